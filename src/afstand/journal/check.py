"""`afstand check`: every file of the journal and the drafts read, and each problem reported
with its path, like a linter; `--repair` fixes what needs no choice and says what it could not.

What is looked for: files that cannot be read, decrypted or validated; conflict copies that a
sync tool left; the same id in two months; temporary files left by a killed write; a missing
or damaged `encryption.json` while months are encrypted, or a different one from another
computer; months in plain text inside an encrypted journal; deleted reflections that came back;
and months that went back in time or disappeared (compared with the record of each month's
latest write, see write_log.py)."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.crypto import HEADER, MAGIC, read_header
from afstand.errors import AfstandError
from afstand.files import exclusive_lock, remove_file
from afstand.i18n import counted, t
from afstand.journal import sync, tombstones, write_log
from afstand.journal.computers import computer_folders
from afstand.journal.conflicts import Copy, copies_in, is_month_name, is_temporary, month_copies
from afstand.journal.merge import changed, merge_versions
from afstand.journal.month_data import as_entries, checked_entries_of
from afstand.journal.sync_records import read_record, write_record

if TYPE_CHECKING:
    from afstand.journal.store import Journal

DRAFT_NAME = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$")
LOCK_NAME = ".lock"
DRAFT_TEMPORARY_AGE = 60.0  # seconds: a younger one may belong to a reflection being written


@dataclass(frozen=True)
class Problem:
    kind: str  # unreadable, conflict-copy, encryption-conflict, duplicate-id, temporary-file,
    # encryption-missing, encryption-damaged, plaintext-month, deleted-came-back, went-back,
    # sync-in-progress, series-came-back
    path: Path
    message: str
    repairable: bool


@dataclass(frozen=True)
class Change:
    path: Path
    message: str


@dataclass
class CheckResult:
    files: int = 0
    problems: list[Problem] = field(default_factory=list)

    def add(self, kind: str, path: Path, message: str, repairable: bool) -> None:
        self.problems.append(Problem(kind, path, message, repairable))

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RepairResult:
    changed: list[Change]
    not_repaired: list[Change]
    after: CheckResult


@dataclass
class _Scan:
    """What the check read, for the repair to act on."""

    result: CheckResult
    months: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # readable months
    copies: dict[str, list[list[dict[str, Any]]]] = field(default_factory=dict)  # readable ones
    plaintext: list[str] = field(default_factory=list)
    temporary: list[Path] = field(default_factory=list)
    deleted: dict[str, datetime] = field(default_factory=dict)


def check(journal: Journal, drafts_folder: Path, header_problem: str | None = None) -> CheckResult:
    """Read every file; return the problems found. `header_problem`: why `encryption.json`
    could not be used, when the caller already found out."""
    return _scan(journal, drafts_folder, header_problem).result


def _scan(journal: Journal, drafts_folder: Path, header_problem: str | None) -> _Scan:
    scan = _Scan(result=CheckResult())
    _check_header(journal, scan, header_problem)
    _check_months(journal, scan)
    _check_records(journal, scan)
    _check_duplicates(journal, scan)
    _check_deleted_came_back(journal, scan)
    _check_went_back(journal, scan)
    _check_drafts(journal, drafts_folder, scan)
    for path in _temporary_files(journal.folder, drafts_folder):
        scan.temporary.append(path)
        scan.result.add("temporary-file", path, t("check.temporary"), True)
    scan.result.problems.sort(key=lambda p: (str(p.path), p.kind))
    return scan


# -- the parts ---------------------------------------------------------------------------------


def _check_header(journal: Journal, scan: _Scan, header_problem: str | None) -> None:
    root = journal.folder
    header = root / HEADER
    result = scan.result
    if header.is_file():
        result.files += 1
        if header_problem is not None:
            result.add("encryption-damaged", header, header_problem, False)
        else:
            try:
                read_header(root)
            except AfstandError as error:
                result.add("encryption-damaged", header, error.message, False)
    elif _encrypted_month(journal) is not None:
        repairable = bool(_header_copies(root))
        message = t("check.header_missing", month=_encrypted_month(journal))
        result.add("encryption-missing", header, message, repairable)
    for copy in _header_copies(root):
        result.files += 1
        if not header.is_file():
            continue
        if _same_json(copy.path, header):
            result.add("conflict-copy", copy.path, t("check.header_copy_same"), True)
        else:
            result.add("encryption-conflict", copy.path, t("check.header_copy_differs"), False)
    for copy in copies_in(root, lambda name: name == LOCK_NAME):
        result.add("conflict-copy", copy.path, t("check.lock_copy"), True)


def _header_copies(root: Path) -> list[Copy]:
    return copies_in(root, lambda name: name == HEADER)


def _same_json(one: Path, other: Path) -> bool:
    try:
        return bool(json.loads(one.read_bytes()) == json.loads(other.read_bytes()))
    except (OSError, ValueError):
        return False


def _encrypted_month(journal: Journal) -> str | None:
    """A month file that is encrypted, if any (to tell that the journal is encrypted)."""
    for month in journal.months():
        try:
            with journal.month_path(month).open("rb") as stream:
                if stream.read(len(MAGIC)) == MAGIC:
                    return month
        except OSError:
            continue
    return None


def _check_months(journal: Journal, scan: _Scan) -> None:
    result = scan.result
    encrypted = journal.cipher is not None
    header_missing = any(p.kind == "encryption-missing" for p in result.problems)
    for month in _month_files(journal):
        path = journal.month_path(month)
        result.files += 1
        try:
            data = path.read_bytes()
        except OSError as error:
            result.add("unreadable", path, error.strerror or str(error), False)
            continue
        if encrypted and not data.startswith(MAGIC):
            try:
                entries = checked_entries_of(data, path)
            except (AfstandError, ValueError):
                result.add("unreadable", path, t("check.plaintext_damaged"), False)
                continue
            scan.plaintext.append(month)
            scan.months[month] = entries
            result.add("plaintext-month", path, t("check.plaintext"), True)
            continue
        if header_missing and data.startswith(MAGIC):
            continue  # said once, with the header
        try:
            entries = checked_entries_of(journal.read_bytes(path), path)
        except AfstandError as error:
            result.add("unreadable", path, error.message, False)
            continue
        except ValueError:
            result.add("unreadable", path, t("journal.invalid", path=path), False)
            continue
        scan.months[month] = entries
    for found in month_copies(journal.folder).values():
        for copy in found:
            result.files += 1
            try:
                entries = sync.decode_copy(journal, copy)
            except (AfstandError, ValueError, OSError) as error:
                reason = error.message if isinstance(error, AfstandError) else str(error)
                message = t("check.copy_unreadable", reason=reason.splitlines()[0])
                result.add("unreadable", copy.path, message, False)
                continue
            scan.copies.setdefault(copy.original.name[:-5], []).append(entries)
            message = t(
                "check.copy",
                original=copy.original.name,
                entries=counted(len(entries), "reflection"),
            )
            result.add("conflict-copy", copy.path, message, True)


def _month_files(journal: Journal) -> list[str]:
    return [m for m in journal.months() if journal.month_path(m).is_file()]


def _check_records(journal: Journal, scan: _Scan) -> None:
    result = scan.result
    header_missing = any(p.kind == "encryption-missing" for p in result.problems)

    def said_with_the_header(path: Path) -> bool:
        if not header_missing:
            return False
        try:
            with path.open("rb") as stream:
                return stream.read(len(MAGIC)) == MAGIC
        except OSError:
            return False

    for folder in computer_folders(journal.folder):
        deleted = tombstones.record_path(folder)
        if deleted.is_file():
            result.files += 1
            try:
                if not said_with_the_header(deleted):
                    tombstones.read_file(journal, deleted)
            except AfstandError as error:
                result.add("unreadable", deleted, error.message, False)
        for copy in copies_in(folder, lambda name: name == tombstones.FILE_NAME):
            result.files += 1
            _check_record_copy(journal, copy, tombstones.KIND, scan)
        months = folder / write_log.FOLDER
        if not months.is_dir():
            continue
        for path in sorted(months.iterdir()):
            if is_month_name(path.name):
                result.files += 1
                try:
                    if not said_with_the_header(path):
                        write_log.read_file(journal, path)
                except AfstandError as error:
                    result.add("unreadable", path, error.message, False)
        for copy in copies_in(months, is_month_name):
            result.files += 1
            _check_record_copy(journal, copy, write_log.KIND, scan)
    try:
        scan.deleted = tombstones.load(journal)
    except AfstandError:
        scan.deleted = {}


def _check_record_copy(journal: Journal, copy: Copy, kind: str, scan: _Scan) -> None:
    try:
        read_record(journal, copy.path, kind, copy.original)
    except AfstandError as error:
        scan.result.add("unreadable", copy.path, error.message, False)
        return
    scan.result.add("conflict-copy", copy.path, t("check.record_copy"), True)


def _check_duplicates(journal: Journal, scan: _Scan) -> None:
    for entry_id, places in _duplicates(scan.months).items():
        months = ", ".join(month for month, _ in places)
        path = journal.month_path(places[-1][0])
        scan.result.add(
            "duplicate-id", path, t("check.duplicate", id=entry_id, months=months), True
        )


def _duplicates(
    months: dict[str, list[dict[str, Any]]],
) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    places: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for month, entries in sorted(months.items()):
        for entry in entries:
            places.setdefault(entry["id"], []).append((month, entry))
    return {key: found for key, found in places.items() if len(found) > 1}


def _check_deleted_came_back(journal: Journal, scan: _Scan) -> None:
    for month, entries in sorted(scan.months.items()):
        if month in scan.copies:
            continue  # merging the copies applies the deletion records too
        back = _came_back(entries, scan.deleted)
        if back:
            message = t("check.came_back", count=len(back))
            scan.result.add("deleted-came-back", journal.month_path(month), message, True)


def _came_back(entries: list[dict[str, Any]], deleted: dict[str, datetime]) -> list[str]:
    return [e["id"] for e in entries if e["id"] in deleted and changed(e) <= deleted[e["id"]]]


def _check_went_back(journal: Journal, scan: _Scan) -> None:
    copies = month_copies(journal.folder)
    recorded = set(write_log.record_files(journal))
    unreadable = {p.path for p in scan.result.problems if p.kind == "unreadable"}
    for month in sorted(recorded | set(scan.months)):
        path = journal.month_path(month)
        if path in unreadable or month in scan.plaintext:
            continue
        entries = scan.months.get(month, [])
        if month in scan.copies:  # what the merge of the copies will hold
            entries = merge_versions([entries, *scan.copies[month]], {}).entries
        lost = sync.went_back(journal, month, entries, scan.deleted)
        if not lost:
            continue
        restorable = _restorable(journal, copies.get(month, []), lost)
        written = write_log.latest_of_month(journal, month)
        when = written.written.astimezone().strftime("%Y-%m-%d %H:%M") if written else "?"
        if written is not None and write_log.arriving(written, path):
            message = t("check.arriving", when=when, entries=counted(len(lost), "reflection"))
            scan.result.add("sync-in-progress", path, message, False)
            continue
        key = "check.went_back" if path.is_file() else "check.disappeared"
        message = t(
            key,
            when=when,
            entries=counted(len(lost), "reflection"),
            restorable=len(restorable),
        )
        scan.result.add("went-back", path, message, len(restorable) == len(lost))


def _restorable(journal: Journal, copies: list[Copy], lost: dict[str, datetime]) -> set[str]:
    found: set[str] = set()
    for copy in copies:
        try:
            entries = sync.decode_copy(journal, copy)
        except (AfstandError, ValueError, OSError):
            continue
        found |= {e["id"] for e in entries if e["id"] in lost and changed(e) >= lost[e["id"]]}
    return found


def _check_drafts(journal: Journal, folder: Path, scan: _Scan) -> None:
    from afstand.reflection.drafts import DraftStore

    if not folder.is_dir():
        return
    result = scan.result
    store = DraftStore(folder, journal.cipher)
    _, broken = store.load()
    for copy in store.copies():
        result.files += 1
        try:
            store.read_copy(copy)
        except (OSError, ValueError, RecursionError, AfstandError) as error:
            reason = str(error).splitlines()[0]
            result.add("unreadable", copy.path, t("check.copy_unreadable", reason=reason), False)
            continue
        # merged into its draft, unless that draft cannot be read
        repairable = all(bad.path != copy.original for bad in broken)
        message = t("check.draft_copy_of", original=copy.original.name)
        result.add("conflict-copy", copy.path, message, repairable)
    for bad in broken:
        if DRAFT_NAME.match(bad.path.name):
            result.add("unreadable", bad.path, bad.reason, False)
    result.files += sum(1 for p in folder.glob("*.json") if DRAFT_NAME.match(p.name))


def _repair_drafts(
    journal: Journal, folder: Path, changes: list[Change], not_repaired: list[Change]
) -> None:
    """Merge the drafts' conflict copies (the caller holds the journal's lock)."""
    from afstand.reflection.drafts import DraftStore

    if not folder.is_dir():
        return
    merged = DraftStore(folder, journal.cipher).merge_copies()
    for path in merged.merged:
        changes.append(Change(path, t("draft.copy_merged", path=path.name)))
    for path, draft_id in merged.apart:
        changes.append(Change(path, t("draft.copy_apart", path=path.name, id=draft_id[:8])))
    for path, reason in merged.left:
        not_repaired.append(Change(path, reason))


def _temporary_files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if not folder.is_dir():
            continue
        for directory, inside, names in os.walk(folder):
            # a sync tool's own hidden folders (Syncthing's .stversions) are its business
            inside[:] = [name for name in inside if not name.startswith(".")]
            for name in sorted(names):
                if is_temporary(name):
                    yield Path(directory) / name


# -- repair ------------------------------------------------------------------------------------


def repair(
    journal: Journal, drafts_folder: Path, header_problem: str | None = None
) -> RepairResult:
    """Fix what needs no choice, under the journal's lock; then check again."""
    changes: list[Change] = []
    not_repaired: list[Change] = []
    state = journal.sync_state
    state.accept_losses = True
    with exclusive_lock(journal.lock_path):
        scan = _scan(journal, drafts_folder, header_problem)
        _repair_files(journal, drafts_folder, scan, changes)
        _repair_records(journal, changes)
        _repair_drafts(journal, drafts_folder, changes, not_repaired)
        state.notices.clear()
        for merged in sync.merge_copies(journal):
            path = journal.month_path(merged.month)
            if merged.merged:
                changes.append(
                    Change(
                        path, t("check.merged", copies=counted(len(merged.merged), "conflict_copy"))
                    )
                )
            for copy_path, reason in merged.left:
                not_repaired.append(Change(copy_path, reason))
            for entry_id in merged.kept_after_deletion:
                changes.append(Change(path, t("sync.kept_after_deletion", id=entry_id[:8])))
        state.notices.clear()
        scan = _scan(journal, drafts_folder, header_problem)
        _repair_plaintext(journal, scan, changes)
        _repair_came_back(journal, scan, changes)
        _repair_duplicates(journal, scan, changes)
        _accept_losses(journal, scan, changes, not_repaired)
    state.accept_losses = False
    state.notices.clear()
    after = check(journal, drafts_folder, header_problem)
    state.notices.clear()
    return RepairResult(changed=changes, not_repaired=not_repaired, after=after)


def _repair_files(
    journal: Journal, drafts_folder: Path, scan: _Scan, changes: list[Change]
) -> None:
    now = time.time()
    for path in scan.temporary:
        if path.is_relative_to(drafts_folder):
            try:
                if now - path.stat().st_mtime < DRAFT_TEMPORARY_AGE:
                    continue
            except OSError:
                continue
        remove_file(path)
        changes.append(Change(path, t("check.removed_temporary")))
    root = journal.folder
    for copy in copies_in(root, lambda name: name == LOCK_NAME):
        remove_file(copy.path)
        changes.append(Change(copy.path, t("check.removed_copy")))
    header = root / HEADER
    copies = _header_copies(root)
    if not header.is_file() and len(copies) == 1 and _encrypted_month(journal) is not None:
        copies[0].path.rename(header)
        changes.append(Change(header, t("check.header_restored", copy=copies[0].path.name)))
        return
    for copy in copies:
        if header.is_file() and _same_json(copy.path, header):
            remove_file(copy.path)
            changes.append(Change(copy.path, t("check.removed_copy")))


def _repair_records(journal: Journal, changes: list[Change]) -> None:
    """Copies of record files: deletion records are joined, of write records the latest kept."""
    for folder in computer_folders(journal.folder):
        for copy in copies_in(folder, lambda name: name == tombstones.FILE_NAME):
            try:
                theirs = tombstones.read_both(journal, copy.path, copy.original)
                ours = (
                    tombstones.read_both(journal, copy.original)
                    if copy.original.exists()
                    else ({}, {})
                )
            except AfstandError:
                continue
            body = {}
            for key, mine, other in zip(("deleted", "restored"), ours, theirs, strict=True):
                joined = dict(other)
                for entry_id, when in mine.items():
                    joined[entry_id] = max(when, joined.get(entry_id, when))
                body[key] = {k: when.isoformat() for k, when in sorted(joined.items())}
            write_record(journal, copy.original, tombstones.KIND, body)
            remove_file(copy.path)
            changes.append(Change(copy.path, t("check.record_merged")))
        months = folder / write_log.FOLDER
        for copy in copies_in(months, is_month_name):
            try:
                theirs_doc = read_record(journal, copy.path, write_log.KIND, copy.original)
                their_record = write_log.read_file(journal, copy.path, copy.original)
                our_record = (
                    write_log.read_file(journal, copy.original) if copy.original.exists() else None
                )
            except AfstandError:
                continue
            if our_record is None or their_record.written > our_record.written:
                body = {k: v for k, v in theirs_doc.items() if k not in ("format", "version")}
                write_record(journal, copy.original, write_log.KIND, body)
            remove_file(copy.path)
            changes.append(Change(copy.path, t("check.record_merged")))
    journal.sync_state.records = None


def _write(journal: Journal, month: str, entries: list[dict[str, Any]]) -> None:
    validated = as_entries(entries)
    sync.accept(journal, month)
    sync.write_month(journal, month, validated)


def _repair_plaintext(journal: Journal, scan: _Scan, changes: list[Change]) -> None:
    for month in scan.plaintext:
        _write(journal, month, scan.months[month])
        changes.append(Change(journal.month_path(month), t("check.encrypted_month")))


def _repair_came_back(journal: Journal, scan: _Scan, changes: list[Change]) -> None:
    for month, entries in sorted(scan.months.items()):
        back = set(_came_back(entries, scan.deleted))
        if back:
            kept = [e for e in entries if e["id"] not in back]
            _write(journal, month, kept)
            scan.months[month] = kept
            message = t("check.removed_came_back", entries=counted(len(back), "reflection"))
            changes.append(Change(journal.month_path(month), message))


def _repair_duplicates(journal: Journal, scan: _Scan, changes: list[Change]) -> None:
    """Keep the most recently changed version; of equal ones, the one in the month of its
    date; remove the others."""
    for entry_id, places in _duplicates(scan.months).items():
        keep = max(places, key=lambda place: sync.rank_in_month(place[1], place[0]))
        for month, _ in places:
            if month == keep[0]:
                continue
            kept = [e for e in scan.months[month] if e["id"] != entry_id]
            _write(journal, month, kept)
            scan.months[month] = kept
            message = t("check.removed_duplicate", id=entry_id[:8], month=keep[0])
            changes.append(Change(journal.month_path(month), message))


def _accept_losses(
    journal: Journal, scan: _Scan, changes: list[Change], not_repaired: list[Change]
) -> None:
    """What no copy holds cannot be brought back: say so plainly, and take the month as it is
    now, so that it can be written again (a backup put beside it later is still merged)."""
    for problem in scan.result.problems:
        if problem.kind != "went-back":
            continue
        month = problem.path.name[:-5]
        lost = sync.went_back(journal, month, scan.months.get(month, []), scan.deleted)
        if not lost:
            continue
        ids = ", ".join(sorted(key[:8] for key in lost))
        message = t("check.cannot_restore", entries=counted(len(lost), "reflection"), ids=ids)
        not_repaired.append(Change(problem.path, message))
        write_log.record(journal, month, write_log.versions_of(scan.months.get(month, [])))
        journal.sync_state.records = None
        sync.accept(journal, month)
