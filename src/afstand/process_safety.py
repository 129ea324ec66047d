"""What afstand does for itself at start, so that decrypted text never outlives a command.

A core dump would hold whatever the process had in memory: decrypted notes, and the
passphrase from AFSTAND_PASSPHRASE. And a scratch file that the editor was working on stays
behind when the command is killed; the next command removes it. A scratch file is in use as
long as the process that made it holds a lock on it (`scratch_in_use`), so a second terminal
never removes a file that someone is still editing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def disable_core_dumps() -> None:
    """No core file for this process, whatever the shell's `ulimit -c` says."""
    with suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if os.name == "posix":
        with suppress(OSError, AttributeError):
            import ctypes

            pr_set_dumpable = 4  # Linux: also stops a core handler in a pipe, and ptrace
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)


@contextmanager
def scratch_in_use(path: Path) -> Iterator[None]:
    """Mark the scratch file `path` as in use while the block runs."""
    if os.name != "posix":  # pragma: no cover - no shared file locks there
        yield
        return
    import fcntl

    descriptor = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH)
        yield
    finally:
        os.close(descriptor)


def remove_stale_scratch(folder: Path) -> int:
    """Remove the scratch files in `folder` that no running afstand holds; how many."""
    if os.name != "posix" or not folder.is_dir():  # pragma: no cover - see scratch_in_use
        return 0
    import fcntl

    removed = 0
    for path in folder.iterdir():
        if path.is_symlink() or not path.is_file():
            continue
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(descriptor)
            continue  # someone is editing it
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
        finally:
            os.close(descriptor)
    return removed
