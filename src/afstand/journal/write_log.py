"""The record of each month's latest write: which versions of which entries a month held when
it was last written, so that a month put back in time (a backup restored over it, a sync tool
bringing an old version) or deleted is noticed.

Each computer keeps its own record per month, `journal/sync/<computer>/months/YYYY-MM.json`:
the time of the write and, for every entry in the month, its id and when it was last changed
(no client code, no text). In an encrypted journal the record is encrypted and bound to its
name like a month file, so it cannot be changed or swapped unnoticed.

The latest record of a month (over all computers) says what the month held at its last write.
A version in it that the month no longer holds, that was not deleted since and that is not in
another month either (moved there by an edit of its date) is lost: the month went back in time.
A write is stamped at least a moment after the latest record it knows, so the order of the
records follows the order of the writes even when the computers' clocks differ a little.

A sync tool carries the small record and the month file as two files, in either order. While
the record of another computer's write has arrived and the month file has not, the month
lacks what the record names, and yet nothing went back in time. That is told apart by
`arriving`: the latest record was written by another computer, the month file on this disk
is older than that write (sync tools carry a file's time over, so the newer month file, once
here, is not), and the record came onto this disk less than `ARRIVAL_WAIT` ago (the time its
file last changed here, which a sync tool cannot set). A backup restored over a month gives a
file written now, newer than the record; a month that is still behind after the wait did not
come. Both are reported as gone back in time."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.errors import AfstandError
from afstand.journal.computers import computer_folders, own_folder, this_computer
from afstand.journal.conflicts import copies_in, is_month_name
from afstand.journal.merge import changed, parse_time
from afstand.journal.sync_records import read_record, write_record

if TYPE_CHECKING:
    from afstand.journal.store import Journal

KIND = "afstand-written"
FOLDER = "months"
ARRIVAL_WAIT = 3600.0  # seconds: how long a sync is taken to be under way after a record came


@dataclass(frozen=True)
class Written:
    month: str
    written: datetime
    computer: str
    entries: dict[str, datetime]  # id → when that version was last changed
    source: Path | None = None  # the record file it was read from


def record_path(computer_folder: Path, month: str) -> Path:
    return computer_folder / FOLDER / f"{month}.json"


def record_files(journal: Journal) -> dict[str, list[tuple[Path, Path | None]]]:
    """Every record file by month, with for a conflict copy the file it is a copy of."""
    found: dict[str, list[tuple[Path, Path | None]]] = {}
    for computer in computer_folders(journal.folder):
        folder = computer / FOLDER
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if is_month_name(path.name):
                found.setdefault(path.name[:-5], []).append((path, None))
        for copy in copies_in(folder, is_month_name):
            found.setdefault(copy.original.name[:-5], []).append((copy.path, copy.original))
    return found


def read_file(journal: Journal, path: Path, original: Path | None = None) -> Written:
    document = read_record(journal, path, KIND, original)
    entries = document.get("entries")
    return Written(
        month=str(document.get("month")),
        written=parse_time(document.get("written")),
        computer=str(document.get("computer")),
        source=path,
        entries={
            key: parse_time(value)
            for key, value in (entries.items() if isinstance(entries, dict) else [])
            if isinstance(key, str)
        },
    )


def latest(
    journal: Journal, files: Iterable[tuple[Path, Path | None]], problems: list[Path] | None = None
) -> Written | None:
    """The latest of the records in `files`; a record that cannot be read is passed by (and its
    path added to `problems`)."""
    best: Written | None = None
    for path, original in files:
        try:
            found = read_file(journal, path, original)
        except AfstandError:
            if problems is not None:
                problems.append(path)
            continue
        if best is None or (found.written, found.computer) > (best.written, best.computer):
            best = found
    return best


def latest_of_month(journal: Journal, month: str) -> Written | None:
    return latest(journal, _files_of_month(journal, month))


def _files_of_month(journal: Journal, month: str) -> list[tuple[Path, Path | None]]:
    found: list[tuple[Path, Path | None]] = []
    name = f"{month}.json"
    for computer in computer_folders(journal.folder):
        path = record_path(computer, month)
        if path.is_file():
            found.append((path, None))
        copies = copies_in(computer / FOLDER, lambda candidate: candidate == name)
        found += [(c.path, c.original) for c in copies]
    return found


_UNREAD: Any = object()


def record(
    journal: Journal,
    month: str,
    versions: Mapping[str, datetime],
    previous: Written | None = _UNREAD,
) -> Written:
    """Record that `month` now holds exactly `versions` (id → when last changed); `previous`,
    when the caller already read it, is the month's latest record so far. The record's folder
    is not synced: a record lost in a power cut leaves the previous one, which is harmless
    (everything in it is still there, deleted, or moved with a newer version)."""
    now = datetime.now(UTC)
    if previous is _UNREAD:
        previous = latest_of_month(journal, month)
    if previous is not None and previous.written >= now:
        now = previous.written + timedelta(microseconds=1)
    computer = this_computer()
    path = record_path(own_folder(journal.folder), month)
    body = {
        "month": month,
        "computer": computer,
        "written": now.isoformat(),
        "entries": {key: when.isoformat() for key, when in sorted(versions.items())},
    }
    write_record(journal, path, KIND, body, sync_rename=False)
    return Written(month, now, computer, dict(versions), source=path)


def versions_of(entries: Iterable[Mapping[str, Any]]) -> dict[str, datetime]:
    return {e["id"]: changed(e) for e in entries if isinstance(e.get("id"), str)}


def missing(
    written: Written, entries: Iterable[Mapping[str, Any]], deleted: Mapping[str, datetime]
) -> dict[str, datetime]:
    """The versions of the record that `entries` do not hold (as they are or changed since),
    and that were not deleted since."""
    return missing_versions(written, versions_of(entries), deleted)


def missing_versions(
    written: Written, present: Mapping[str, datetime], deleted: Mapping[str, datetime]
) -> dict[str, datetime]:
    """`missing`, for the versions (id → when last changed) that a month holds."""
    lost = {}
    for entry_id, when in written.entries.items():
        if entry_id in present and present[entry_id] >= when:
            continue
        gone = deleted.get(entry_id)
        if gone is not None and gone >= when:
            continue
        lost[entry_id] = when
    return lost


def arriving(written: Written, month_file: Path, now: float | None = None) -> bool:
    """Whether the write that `written` records is still on its way to `month_file` (see the
    top of this module)."""
    if written.computer == this_computer() or written.source is None:
        return False
    try:
        arrived = os.stat(written.source).st_ctime
    except OSError:
        return False
    if (now if now is not None else time.time()) - arrived > ARRIVAL_WAIT:
        return False
    try:
        month_time = os.stat(month_file).st_mtime
    except FileNotFoundError:
        return True  # a month new on the other computer, not here yet
    except OSError:
        return False
    return month_time < written.written.timestamp()
