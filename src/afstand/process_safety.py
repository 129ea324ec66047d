"""What afstand does for itself at start, so that decrypted text never outlives a command.

A core dump would hold whatever the process had in memory: decrypted notes, and the
passphrase from AFSTAND_PASSPHRASE. (Scratch files that a killed edit left behind are removed
by the next command too; see `afstand.cli.editor`.)"""

from __future__ import annotations

import os
from contextlib import suppress


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
