"""Deletion records: that an entry is gone, so that merging an older copy does not bring it
back.

`delete`, `forget` and `purge` record, for every entry they remove, its id and when it was
removed, and nothing else: no client code, no date, no text (a record of a forgotten client's
ids with the code attached would itself be a list about that client). Each computer writes its
own file, `journal/sync/<computer>/deleted.json`; a reader takes every computer's records
together, the latest time per id.

An entry that is brought back on purpose (`afstand import` of an export that holds it) gets a
record that it was restored, with the time; the later of deletion and restoration counts.

A record is kept for `KEEP_DAYS` days and then dropped, the next time its computer records a
deletion; readers ignore it from then on. A copy of a month that waited longer than that to be
merged could bring such an entry back."""

from __future__ import annotations

from collections.abc import Mapping
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
    """The deletions in one file: id → when."""
    return read_both(journal, path, original)[0]


def read_both(
    journal: Journal, path: Path, original: Path | None = None
) -> tuple[dict[str, datetime], dict[str, datetime]]:
    """The deletions and the restorations in one file."""
    document = read_record(journal, path, KIND, original)
    found = []
    for key in ("deleted", "restored"):
        part = document.get(key)
        items = part.items() if isinstance(part, dict) else []
        found.append({name: parse_time(value) for name, value in items if isinstance(name, str)})
    return found[0], found[1]


def load(journal: Journal, now: datetime | None = None) -> dict[str, datetime]:
    """Every computer's deletion records that are not yet expired and not followed by a
    restoration: id → latest deletion."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=KEEP_DAYS)
    deleted: dict[str, datetime] = {}
    restored: dict[str, datetime] = {}
    for path, original in files(journal):
        for target, found in zip(
            (deleted, restored), read_both(journal, path, original), strict=True
        ):
            for entry_id, when in found.items():
                if when >= cutoff and (entry_id not in target or when > target[entry_id]):
                    target[entry_id] = when
    return {
        key: when for key, when in deleted.items() if key not in restored or restored[key] < when
    }


def record(journal: Journal, deleted: Mapping[str, datetime]) -> None:
    """Record that the entries `deleted` (id → when) are deleted, in this computer's file; drop
    expired records."""
    _write(journal, deleted, {})


def record_restored(journal: Journal, restored: Mapping[str, datetime]) -> None:
    """Record that the entries `restored` (id → when), deleted before, are back on purpose."""
    _write(journal, {}, restored)


def _write(
    journal: Journal, deleted: Mapping[str, datetime], restored: Mapping[str, datetime]
) -> None:
    if not deleted and not restored:
        return
    path = record_path(own_folder(journal.folder))
    known = read_both(journal, path) if path.exists() else ({}, {})
    cutoff = datetime.now(UTC) - timedelta(days=KEEP_DAYS)
    body = {}
    for key, part, new in zip(("deleted", "restored"), known, (deleted, restored), strict=True):
        kept = {name: when for name, when in part.items() if when >= cutoff}
        for name, when in new.items():
            kept[name] = max(when, kept.get(name, when))
        body[key] = {name: when.isoformat() for name, when in sorted(kept.items())}
    write_record(journal, path, KIND, body)
