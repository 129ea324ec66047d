"""Opening the user's editor on a private scratch file inside afstand's own folder.

The scratch file holds journal text in plain text, also for an encrypted journal, so it lives
only while the editor runs: it is removed when the editor ends, when afstand is stopped by a
signal that can be caught (a closed terminal, SIGTERM), and, should afstand be killed
outright, by the next afstand command (`remove_stale_scratch`). The file's name carries the
id of the process that wrote it, which tells a left-over file from one in use."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any

from afstand.errors import UsageError
from afstand.i18n import t

SCRATCH_PREFIX = "afstand-"
LEGACY_AGE_SECONDS = 12 * 3600  # an older afstand named its files tmp…; no pid to ask


def scratch_folder(data: Path) -> Path:
    return data / "tmp"


def editor_command(configured: str | None) -> str:
    command = configured or os.environ.get("VISUAL") or os.environ.get("EDITOR")
    return command or ("notepad" if os.name == "nt" else "vi")


def open_in_editor(initial: str, configured: str | None, scratch: Path, suffix: str) -> str:
    """The text after the user edited it. The scratch file is removed afterwards."""
    import shlex
    import subprocess
    import tempfile

    command = editor_command(configured)
    scratch.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(  # created 0600
        dir=scratch, prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", suffix=suffix
    )
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(initial)
        with _signals_end_the_edit():
            try:
                subprocess.run([*shlex.split(command), str(path)], check=False)
            except OSError as error:
                raise UsageError(
                    t("prompt.editor_failed", editor=command, reason=error.strerror or str(error)),
                    hint=t("hint.editor"),
                ) from error
        try:
            return path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(
                t("prompt.editor_not_utf8", editor=command), hint=t("hint.editor_utf8")
            ) from None
        except OSError:  # the editor removed the file, or put a folder in its place
            raise UsageError(
                t("prompt.editor_no_file", editor=command), hint=t("hint.editor_file")
            ) from None
    finally:
        _remove(path)


def _remove(path: Path) -> None:
    """Remove the scratch file, or what the editor left in its place: it may hold journal text."""
    if path.is_dir() and not path.is_symlink():
        import shutil

        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def _signals_end_the_edit() -> Iterator[None]:
    """While the editor runs: Ctrl-C belongs to the editor (vi uses it), so afstand lets it
    pass; a closed terminal or SIGTERM stops afstand like Ctrl-C elsewhere, through the
    `finally` that removes the scratch file (and ends the editor)."""

    def ignore(signum: int, frame: FrameType | None) -> None:
        pass

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    wanted = {"SIGINT": ignore, "SIGHUP": interrupt, "SIGTERM": interrupt}
    previous: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}
    for name, handler in wanted.items():
        number = getattr(signal, name, None)
        if number is None:
            continue
        with suppress(ValueError):  # only the main thread may set handlers
            previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, earlier in previous.items():
            signal.signal(number, earlier)


def remove_stale_scratch(scratch: Path) -> int:
    """Remove scratch files that a killed afstand left behind; the number removed. A file
    whose process still runs (an edit in another terminal) is left alone."""
    try:
        names = os.listdir(scratch)
    except OSError:
        return 0
    removed = 0
    now = time.time()
    for name in names:
        path = scratch / name
        if name.startswith(SCRATCH_PREFIX):
            pid_text = name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
            if pid_text.isdigit() and _running(int(pid_text)):
                continue
        elif not (name.startswith("tmp") and name.endswith((".yaml", ".txt"))):
            continue
        else:
            with suppress(OSError):
                if now - path.stat().st_mtime < LEGACY_AGE_SECONDS:
                    continue
        with suppress(OSError):
            (scratch / name).unlink()
            removed += 1
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists (another user's), or we cannot tell: leave it
    return True
