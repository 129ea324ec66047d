"""A journal in a synced folder: what the store does about conflict copies and the record of
each month's latest write, in one place (the store calls these few functions).

- Reading a month counts in its conflict copies (merged in memory, nothing written) and tells
  the user, once per command, that there are copies to merge.
- Reading a month compares it with its latest write record; a month that lost versions it held
  then is noted, and a command that would write it refuses (writing over it would hide the
  loss); `afstand check --repair` restores what can be restored. A month whose newer version
  is still on its way from another computer (write_log.arriving) is told apart: the user is
  asked to wait for the sync, and nothing is written over it meanwhile.
- Taking the lock to write first merges every month's conflict copies into the month file, and
  removes a copy only when everything in it is in the journal.
- Every written month gets a new write record."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from afstand.errors import AfstandError, JournalUnreadable, StorageFailed
from afstand.files import remove_file
from afstand.i18n import counted, t
from afstand.journal import tombstones, write_log
from afstand.journal.computers import this_computer
from afstand.journal.conflicts import Copy, month_copies
from afstand.journal.merge import changed, covers, merge_versions
from afstand.journal.month_data import (
    as_entries,
    as_month,
    checked_entries_of,
    entries_of,
    month_bytes,
    month_entries,
    version_of,
)

if TYPE_CHECKING:
    from afstand.journal.format import Month
    from afstand.journal.store import Journal
    from afstand.models.entry import Entry
    from afstand.models.month_file import Header, StoredEntry

    Typed = Entry | StoredEntry | Header

_Kept = TypeVar("_Kept", "StoredEntry", "Header")


@dataclass
class SyncState:
    """What one open journal learned about copies and records during a command."""

    notices: list[str] = field(default_factory=list)  # for the user, one line each
    copies: dict[str, list[Copy]] | None = None
    # every write record file by month, listed once per command and kept up to date by the
    # writes it makes (None: list them again); with the latest record of each month read
    records: dict[str, list[tuple[Path, Path | None]]] | None = None
    latest: dict[str, write_log.Written | None] = field(default_factory=dict)
    checked: set[str] = field(default_factory=set)
    behind: dict[str, dict[str, datetime]] = field(default_factory=dict)
    arriving: set[str] = field(default_factory=set)  # behind, but the sync is still under way
    told_copies: bool = False
    told_series_copies: str | None = None  # the line about the supervision log's copies
    deleted: dict[str, datetime] | None = None  # every computer's deletion records
    # `afstand check --repair` writes a month that lost versions anyway, and says what it lost
    accept_losses: bool = False

    def notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)


def copies(journal: Journal) -> dict[str, list[Copy]]:
    state = journal.sync_state
    if state.copies is None:
        state.copies = month_copies(journal.folder)
    return state.copies


def has_copies(journal: Journal, month: str) -> bool:
    return bool(copies(journal).get(month))


def decode_copy(journal: Journal, copy: Copy) -> list[dict[str, Any]]:
    """The entries of a conflict copy (decrypted under the name of its original), checked."""
    # a copy that does not validate is not merged
    return checked_entries_of(journal.read_bytes(copy.path, as_path=copy.original), copy.path)


def reader_view(journal: Journal, month: Month) -> Month:
    """The month as a reader should see it: with its conflict copies counted in, and without
    what was deleted (on any computer) that an older copy brought back."""
    found = copies(journal).get(month.name)
    if found:
        versions = [month_entries(month)]
        for copy in found:
            try:
                versions.append(decode_copy(journal, copy))
            except (AfstandError, OSError, ValueError):
                continue  # `afstand check` reports it
        merged = merge_versions(versions, _deleted_if_readable(journal)).entries
        month = as_month(month.name, as_entries(merged))  # every version was checked
        _tell_copies(journal)
        _note_went_back(journal, month.name, {s.id: version_of(s) for s in month.entries})
        return month
    kept = without_deleted(journal, month.name, month.entries)
    if len(kept) != len(month.entries):
        month = replace(month, entries=kept)
    return month


def without_deleted(journal: Journal, month: str, entries: Iterable[_Kept]) -> list[_Kept]:
    """`entries` of `month` (typed) without what was deleted on any computer; and the month
    compared with its latest write record, once per command."""
    deleted = _deleted_if_readable(journal)
    kept = [e for e in entries if not _typed_deleted(e, deleted)] if deleted else list(entries)
    _note_went_back(journal, month, {e.id: version_of(e) for e in kept})
    return kept


def _typed_deleted(entry: Typed, deleted: Mapping[str, datetime]) -> bool:
    when = deleted.get(entry.id)
    return when is not None and version_of(entry) <= when


def _tell_copies(journal: Journal) -> None:
    state = journal.sync_state
    if state.told_copies:
        return
    state.told_copies = True
    count = sum(len(found) for found in copies(journal).values())
    state.notice(t("sync.copies_counted", count=count))


def _deleted_if_readable(journal: Journal) -> dict[str, datetime]:
    state = journal.sync_state
    if state.deleted is None:
        try:
            state.deleted = tombstones.load(journal)
        except AfstandError:
            state.deleted = {}  # `afstand check` reports it
    return state.deleted


def record_deletions(journal: Journal, entries: Sequence[Typed]) -> None:
    """Record that `entries` are deleted (before the months are written without them): now,
    and in any case after their last change, even when that came from a computer whose clock
    runs ahead."""
    now = datetime.now(UTC)
    times = {e.id: max(now, (e.updated or e.created) + timedelta(microseconds=1)) for e in entries}
    tombstones.record(journal, times)
    journal.sync_state.deleted = None


def record_restorations(journal: Journal, ids: list[str]) -> None:
    """Entries added on purpose (an import) that were deleted before: record that they are
    back, so that the deletion records no longer hide them."""
    deleted = _deleted_if_readable(journal)
    now = datetime.now(UTC)
    back = {
        key: max(now, deleted[key] + timedelta(microseconds=1)) for key in ids if key in deleted
    }
    if back:
        tombstones.record_restored(journal, back)
        journal.sync_state.deleted = None


def _records(journal: Journal) -> dict[str, list[tuple[Path, Path | None]]]:
    state = journal.sync_state
    if state.records is None:
        state.records = write_log.record_files(journal)
        state.latest = {}
    return state.records


def _latest(journal: Journal, month: str) -> write_log.Written | None:
    """The latest write record of `month` (read once per command)."""
    files = _records(journal).get(month)
    state = journal.sync_state
    if month not in state.latest:
        state.latest[month] = write_log.latest(journal, files) if files else None
    return state.latest[month]


def _note_went_back(journal: Journal, month: str, present: Mapping[str, datetime]) -> None:
    state = journal.sync_state
    if month in state.checked:
        return
    state.checked.add(month)
    lost = _went_back(journal, month, present)
    if lost and is_arriving(journal, month):
        state.arriving.add(month)
        state.behind[month] = lost
        state.notice(t("sync.arriving", path=journal.month_path(month)))
    elif lost and not state.accept_losses:
        state.behind[month] = lost
        state.notice(t("sync.went_back", path=journal.month_path(month), count=len(lost)))


def is_arriving(journal: Journal, month: str) -> bool:
    """Whether the latest write of `month` is still on its way from another computer."""
    written = _latest(journal, month)
    return written is not None and write_log.arriving(written, journal.month_path(month))


def went_back(
    journal: Journal,
    month: str,
    entries: list[dict[str, Any]],
    deleted: Mapping[str, datetime] | None = None,
) -> dict[str, datetime]:
    """The versions that `month` held at its latest recorded write and that are neither in
    `entries`, nor deleted since, nor in another month (moved by an edit of the date)."""
    return _went_back(journal, month, write_log.versions_of(entries), deleted)


def _went_back(
    journal: Journal,
    month: str,
    present: Mapping[str, datetime],
    deleted: Mapping[str, datetime] | None = None,
) -> dict[str, datetime]:
    written = _latest(journal, month)
    if written is None:
        return {}
    lost = write_log.missing_versions(written, present, {})
    if lost:
        lost = write_log.missing_versions(
            written, present, deleted if deleted is not None else _deleted_if_readable(journal)
        )
    if lost:
        elsewhere = find_elsewhere(journal, set(lost), skip=month)
        lost = {
            key: when
            for key, when in lost.items()
            if key not in elsewhere or changed(elsewhere[key][1]) < when
        }
    return lost


def find_elsewhere(
    journal: Journal, ids: set[str], skip: str | None = None
) -> dict[str, tuple[str, dict[str, Any]]]:
    """Where the entries with `ids` are, by month file (not `skip`): id → (month, entry). The
    bytes of a month are searched first, so only months that hold one are decoded."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    if not ids:
        return found
    needles = [key.encode() for key in ids]
    for month in journal.months():
        if month == skip:
            continue
        path = journal.month_path(month)
        try:
            data = journal.read_bytes(path)
        except (OSError, AfstandError):
            continue
        if not any(needle in data for needle in needles):
            continue
        try:
            entries = entries_of(data, path)
        except AfstandError:
            continue
        for entry in entries:
            if entry.get("id") in ids:
                found[entry["id"]] = (month, entry)
    return found


def before_write(journal: Journal, month: str) -> None:
    """Refuse to write a month that went back in time: writing would hide what it lost."""
    this_computer()  # an unusable AFSTAND_COMPUTER stops here, before anything is written
    state = journal.sync_state
    if month not in state.checked:
        journal.read(month)  # compares it with its record
    lost = state.behind.get(month)
    if lost and month in state.arriving:
        path = journal.month_path(month)
        told = t("sync.arriving", path=path)
        state.notices[:] = [n for n in state.notices if n != told]
        raise JournalUnreadable(t("sync.arriving_refused", path=path), hint=t("hint.sync_arriving"))
    if lost:
        path = journal.month_path(month)
        told = t("sync.went_back", path=path, count=len(lost))
        state.notices[:] = [n for n in state.notices if n != told]  # the error says it
        raise JournalUnreadable(
            t("sync.behind", path=path, count=len(lost)), hint=t("hint.sync_behind")
        )


def write_month(journal: Journal, month: str, entries: list[Entry]) -> None:
    """Write `month` as `entries` (the caller holds the lock), like the store does."""
    path = journal.month_path(month)
    before_write(journal, month)
    if not entries:
        remove_file(path)
    else:
        journal.write_bytes(path, month_bytes(month, entries))
    after_write(journal, month, entries)


def accept(journal: Journal, month: str) -> None:
    """Take `month` as it now is (after `afstand check --repair` said what it could not bring
    back), so that it can be written again."""
    journal.sync_state.behind.pop(month, None)
    journal.sync_state.arriving.discard(month)
    journal.sync_state.checked.add(month)


def after_write(journal: Journal, month: str, entries: Sequence[Typed]) -> None:
    record_written(journal, month, {e.id: version_of(e) for e in entries})


def record_written(journal: Journal, month: str, versions: Mapping[str, datetime]) -> None:
    """After `month` was written (and made durable) holding `versions`: its write record."""
    state = journal.sync_state
    try:
        written = write_log.record(journal, month, versions, _latest(journal, month))
    except StorageFailed as error:
        # the month is written: saying the save failed would be untrue. An older record is
        # harmless (everything in it is still there, deleted, or moved with a newer version).
        state.notice(t("sync.record_failed", reason=error.message))
        state.records = None
    else:
        files = _records(journal).setdefault(month, [])
        if written.source is not None and (written.source, None) not in files:
            files.append((written.source, None))
        state.latest[month] = written
    state.behind.pop(month, None)
    state.arriving.discard(month)
    state.checked.add(month)


@dataclass
class MonthMerge:
    """What merging one month's conflict copies did."""

    month: str
    merged: list[Path]  # copies whose every entry is now in the journal (and that were removed)
    left: list[tuple[Path, str]]  # copies left as they are, and why
    kept_after_deletion: list[str]


def merge_copies(journal: Journal) -> list[MonthMerge]:
    """Merge every month's conflict copies into the month file (the caller holds the lock).
    A copy is removed only when everything in it is in the journal; one that cannot be read or
    does not validate is left, and said."""
    found = month_copies(journal.folder)
    journal.sync_state.copies = found
    if not found:
        return []
    deleted = tombstones.load(journal)
    results = []
    for month, month_copies_found in sorted(found.items()):
        results.append(_merge_month(journal, month, month_copies_found, deleted))
    journal.sync_state.copies = month_copies(journal.folder)
    return results


def _merge_month(
    journal: Journal,
    month: str,
    found: list[Copy],
    deleted: Mapping[str, datetime],
) -> MonthMerge:
    path = journal.month_path(month)
    current = _read_month_file(journal, path)
    result = MonthMerge(month=month, merged=[], left=[], kept_after_deletion=[])
    readable: list[tuple[Copy, list[dict[str, Any]]]] = []
    for copy in found:
        try:
            readable.append((copy, decode_copy(journal, copy)))
        except (AfstandError, OSError, ValueError) as error:
            reason = error.message if isinstance(error, AfstandError) else str(error)
            result.left.append((copy.path, reason.splitlines()[0]))
    if not readable:
        return result
    outcome = merge_versions([current, *(entries for _, entries in readable)], deleted)
    # an entry may also be in another month (its date was changed on one computer): the most
    # recently changed version stays, in its month; the other goes
    elsewhere = other_months(journal, skip=month)
    entries = []
    stale: dict[str, set[str]] = {}
    for entry in outcome.entries:
        other = elsewhere.get(entry["id"])
        if other is None:
            entries.append(entry)
        elif rank_in_month(entry, month) > rank_in_month(other[1], other[0]):
            entries.append(entry)
            stale.setdefault(other[0], set()).add(entry["id"])
    result.kept_after_deletion = outcome.kept_after_deletion
    journal.sync_state.checked.discard(month)
    _note_went_back(journal, month, write_log.versions_of(entries))
    if month in journal.sync_state.arriving:  # merged once the month file is here
        reason = t("sync.arriving", path=path)
        result.left += [(copy.path, reason) for copy, _ in readable]
        return result
    write_month(journal, month, as_entries(entries))
    for other_month, ids in sorted(stale.items()):
        kept = [
            e
            for e in _read_month_file(journal, journal.month_path(other_month))
            if e.get("id") not in ids
        ]
        write_month(journal, other_month, as_entries(kept))
    after = {e["id"]: e for e in _read_month_file(journal, path) if isinstance(e.get("id"), str)}
    for copy, copy_entries in readable:
        if all(
            covers(after, e, deleted)
            or (e.get("id") in elsewhere and covers({e["id"]: elsewhere[e["id"]][1]}, e, {}))
            for e in copy_entries
        ):
            remove_file(copy.path)
            result.merged.append(copy.path)
        else:
            result.left.append((copy.path, t("sync.copy_not_covered")))
    return result


def rank_in_month(entry: Mapping[str, Any], month: str) -> tuple[datetime, bool, str]:
    """Which of two versions of an entry in different months stays: the one changed last; of
    two changed at once, the one in the month of its date."""
    at_home = str(entry.get("date", ""))[:7] == month
    return changed(entry), at_home, json.dumps(entry, sort_keys=True, ensure_ascii=False)


def other_months(journal: Journal, skip: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every entry of the month files other than `skip`: id → (month, entry). Read only when
    a conflict copy is merged; a month that cannot be read is passed by (check reports it)."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for month in journal.months():
        if month == skip:
            continue
        try:
            entries = _read_month_file(journal, journal.month_path(month))
        except AfstandError:
            continue
        for entry in entries:
            if isinstance(entry.get("id"), str):
                found[entry["id"]] = (month, entry)
    return found


def _read_month_file(journal: Journal, path: Path) -> list[dict[str, Any]]:
    try:
        return entries_of(journal.read_bytes(path), path)
    except FileNotFoundError:
        return []
    except OSError as error:
        raise JournalUnreadable(
            t("journal.unreadable", path=path, reason=error.strerror or str(error))
        ) from error


def forget_unlocked_reads(journal: Journal) -> None:
    """What a command learned of the journal before it took the lock (the copies, the write
    records, how each month it read compared with its record) may be out of date once it holds
    it: another process may have written in between, and a month read just before that write
    and its record read just after would look gone back in time. It is learned anew under the
    lock; a notice that such a comparison gave is taken back until it is made again."""
    state = journal.sync_state
    for month, lost in state.behind.items():
        path = journal.month_path(month)
        stale = {t("sync.went_back", path=path, count=len(lost)), t("sync.arriving", path=path)}
        state.notices[:] = [n for n in state.notices if n not in stale]
    state.copies = None
    state.records = None
    state.deleted = None
    state.latest.clear()
    state.checked.clear()
    state.behind.clear()
    state.arriving.clear()


def settle(journal: Journal) -> None:
    """Before a command writes (under the lock): merge the copies a sync tool left, and say so."""
    for result in merge_copies(journal):
        state = journal.sync_state
        if result.merged:
            state.notice(
                t(
                    "sync.copies_merged",
                    copies=counted(len(result.merged), "conflict_copy"),
                    path=journal.month_path(result.month),
                )
            )
        for path, reason in result.left:
            state.notice(t("sync.copy_left", path=path, reason=reason))
        for entry_id in result.kept_after_deletion:
            state.notice(t("sync.kept_after_deletion", id=entry_id[:8]))


def record_files(journal: Journal) -> list[tuple[Path, Path | None]]:
    """Every record file under `sync/` (deletion records and write records), each with the
    file it is a copy of when it is a conflict copy: what `encrypt` and `decrypt` carry over."""
    found = tombstones.files(journal)
    for files in write_log.record_files(journal).values():
        found += files
    return found


def leftover_copies(journal: Journal) -> list[Path]:
    """Conflict copies of months that are still there (after a merge: those it could not use)."""
    return [copy.path for found in month_copies(journal.folder).values() for copy in found]
