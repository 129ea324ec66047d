"""Which computer writes: each computer that shares a synced journal keeps its own records.

The deletion records and the record of each month's latest write live in the synced folder too,
as `journal/sync/<computer>/...`. Each computer writes only its own folder there, so two
computers never change the same record file at once, and a sync tool never has to choose
between them. The computer's name there is a short hash of its host name (and, where the
system has one, its machine id): stable, and saying nothing readable about the computer.
`AFSTAND_COMPUTER` sets it instead, for two computers that share a host name."""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import suppress
from pathlib import Path

from afstand.errors import UsageError
from afstand.i18n import t

SYNC_FOLDER = "sync"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")


def this_computer() -> str:
    given = os.environ.get("AFSTAND_COMPUTER")
    if given:
        if not _NAME.match(given):
            raise UsageError(t("sync.bad_computer", name=given), hint=t("hint.computer_name"))
        return given
    import socket

    seed = socket.gethostname()
    with suppress(OSError, UnicodeDecodeError):
        seed += Path("/etc/machine-id").read_text(encoding="ascii").strip()
    return hashlib.sha256(("afstand " + seed).encode("utf-8", "replace")).hexdigest()[:12]


def is_computer_name(name: str) -> bool:
    return _NAME.match(name) is not None


def sync_folder(journal_folder: Path) -> Path:
    return journal_folder / SYNC_FOLDER


def own_folder(journal_folder: Path) -> Path:
    return sync_folder(journal_folder) / this_computer()


def computer_folders(journal_folder: Path) -> list[Path]:
    """The record folders of every computer that wrote this journal, in order of name."""
    folder = sync_folder(journal_folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and is_computer_name(p.name))
