"""Opening the user's editor on a private scratch file inside afstand's own folder."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from afstand.errors import UsageError
from afstand.i18n import t


def editor_command(configured: str | None) -> str:
    command = configured or os.environ.get("VISUAL") or os.environ.get("EDITOR")
    return command or ("notepad" if os.name == "nt" else "vi")


def open_in_editor(initial: str, configured: str | None, scratch: Path, suffix: str) -> str:
    """The text after the user edited it. The scratch file is removed afterwards."""
    command = editor_command(configured)
    scratch.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=scratch, suffix=suffix)  # created 0600
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(initial)
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
    finally:
        path.unlink(missing_ok=True)
