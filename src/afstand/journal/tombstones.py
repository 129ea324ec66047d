"""Deletion records: that an entry is gone, so that merging an older copy does not bring it
back.

`delete`, `forget` and `purge` record, for every entry they remove, its id and when it was
removed, and nothing else: no client code, no date, no text (a record of a forgotten client's
ids with the code attached would itself be a list about that client). Each computer writes its
own file, `journal/sync/<computer>/deleted.json`; a reader takes every computer's records
together, the latest time per id.

A record is kept for `KEEP_DAYS` days and then dropped, the next time its computer records a
deletion; readers ignore it from then on. A copy of a month that waited longer than that to be
merged could bring such an entry back."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from afstand.journal.computers import computer_folders, own_folder
from afstand.journal.conflicts import copies_in
from afstand.journal.merge import parse_time
from afstand.journal.sync_records import read_record, write_record

if TYPE_CHECKING:
    from afstand.journal.store import Journal

KIND = "afstand-deleted"
FILE_NAME = "deleted.json"
KEEP_DAYS = 365


def record_path(folder: Path) -> Path:
    return folder / FILE_NAME


def files(journal: Journal) -> list[tuple[Path, Path | None]]:
    """Every deletion record file with, for a conflict copy, the file it is a copy of."""
    found: list[tuple[Path, Path | None]] = []
    for folder in computer_folders(journal.folder):
        if record_path(folder).is_file():
            found.append((record_path(folder), None))
        found += [(c.path, c.original) for c in copies_in(folder, lambda n: n == FILE_NAME)]
    return found


def read_file(journal: Journal, path: Path, original: Path | None = None) -> dict[str, datetime]:
    document = read_record(journal, path, KIND, original)
    deleted = document.get("deleted")
    if not isinstance(deleted, dict):
        return {}
    return {key: parse_time(value) for key, value in deleted.items() if isinstance(key, str)}


def load(journal: Journal, now: datetime | None = None) -> dict[str, datetime]:
    """Every computer's deletion records that are not yet expired: id → latest deletion."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=KEEP_DAYS)
    found: dict[str, datetime] = {}
    for path, original in files(journal):
        for entry_id, when in read_file(journal, path, original).items():
            if when >= cutoff and (entry_id not in found or when > found[entry_id]):
                found[entry_id] = when
    return found


def record(journal: Journal, ids: Iterable[str], now: datetime | None = None) -> None:
    """Record that `ids` are deleted now, in this computer's file; drop expired records."""
    ids = list(ids)
    if not ids:
        return
    now = now or datetime.now(UTC)
    path = record_path(own_folder(journal.folder))
    known = read_file(journal, path) if path.exists() else {}
    cutoff = now - timedelta(days=KEEP_DAYS)
    kept = {key: when for key, when in known.items() if when >= cutoff}
    for entry_id in ids:
        kept[entry_id] = now
    body = {"deleted": {key: when.isoformat() for key, when in sorted(kept.items())}}
    write_record(journal, path, KIND, body)
