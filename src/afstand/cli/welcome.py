"""The first run: one short message that says where the journal lives, what it is for and
how to encrypt it. A marker file (owner-only) in afstand's data folder keeps it from coming
back. It is meant for a person: while stderr is not a terminal (a script, a pipe into a log)
nothing is said and the marker is not written, so the welcome waits for the first run that
someone sees."""

from __future__ import annotations

import sys
from contextlib import suppress

from afstand.i18n import t
from afstand.paths import Paths

MARKER = "welcomed"


def welcome_once(paths: Paths) -> None:
    marker = paths.data / MARKER
    if marker.exists() or not _stderr_is_terminal():
        return
    from afstand.crypto import is_encrypted
    from afstand.errors import AfstandError
    from afstand.files import atomic_write

    protection = "welcome.encrypted" if is_encrypted(paths.journal) else "welcome.encrypt"
    print(t("welcome.first_run", path=paths.journal), file=sys.stderr)
    print(t(protection), file=sys.stderr)
    with suppress(AfstandError):  # a read-only data folder: the command itself says so
        atomic_write(marker, b"")


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
