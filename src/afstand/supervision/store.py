"""The supervision log on disk: one file per series in `journal/supervision/`, beside the
month files, so that it travels with the journal (a synced folder, a backup).

It has the journal's guarantees because it goes through the journal: bytes pass through
`Journal.read_bytes`/`write_bytes` (encrypted when the journal is, written atomically and
owner-only) and every change is made under the journal's lock, read and written in one go.

In a synced folder it also behaves like the journal: a sync tool's conflict copy of a series
file is counted in when the log is read (with one line on stderr) and merged into the file
before the log is changed, under the lock (merge.py says how); a copy is removed only when
everything in it is in the file. Removing a meeting or a series leaves a deletion record (its
id and when, journal/tombstones.py), so that an older copy does not bring it back."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from afstand.conflict_names import Copy, copies_in
from afstand.errors import AfstandError, InvalidInput, JournalUnreadable, NotFound
from afstand.field_errors import problems_from
from afstand.files import exclusive_lock, remove_file
from afstand.i18n import t
from afstand.journal import sync, tombstones
from afstand.models.supervision import Series, StoredSeries
from afstand.supervision.merge import adds_nothing, merge_series, series_changed

if TYPE_CHECKING:
    from afstand.journal.check import Change, CheckResult
    from afstand.journal.store import Journal

FOLDER = "supervision"
SCHEMA_VERSION = 1
_FILE = re.compile(r"^[0-9a-f-]{36}\.json$")


def encode_series(series: Series) -> bytes:
    stored = StoredSeries(series=series)
    return (
        json.dumps(stored.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=1)
        + "\n"
    ).encode("utf-8")


def decode_series(data: bytes, path: Path) -> Series:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise JournalUnreadable(
            t("supervision.file_damaged", path=path, detail=str(error)),
            hint=t("hint.journal_corrupt", path=path),
        ) from error
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise JournalUnreadable(
            t("journal.too_new", path=path, version=version, supported=SCHEMA_VERSION),
            hint=t("hint.upgrade"),
        )
    try:
        return StoredSeries.model_validate(raw).series
    except ValidationError as error:
        raise JournalUnreadable(
            t("supervision.file_invalid", path=path),
            hint=t("hint.journal_corrupt", path=path),
            problems=problems_from(error, lambda where, message: f"{where}: {message}")[:5],
        ) from error


@dataclass
class CopyMerge:
    """What merging the conflict copies of the log did."""

    merged: list[tuple[Path, Path]] = field(default_factory=list)  # copy, the file it went in
    left: list[tuple[Path, str]] = field(default_factory=list)  # copies left, and why
    removed: list[Path] = field(default_factory=list)  # series files of deleted series
    kept_after_deletion: list[tuple[str, str]] = field(default_factory=list)  # (kind, id)


@dataclass
class MergeCount:
    """What `SupervisionLog.merge` did with the series of an import."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


class SupervisionLog:
    """The series of one journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.folder = journal.folder / FOLDER

    def path(self, series_id: str) -> Path:
        return self.folder / f"{series_id}.json"

    # -- reading -----------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if _FILE.match(p.name))

    def read(self, path: Path) -> Series:
        try:
            data = self.journal.read_bytes(path)
        except OSError as error:
            raise JournalUnreadable(
                t("journal.unreadable", path=path, reason=error.strerror or str(error))
            ) from error
        return decode_series(data, path)

    def copies(self) -> list[Copy]:
        """The conflict copies that a sync tool left of series files."""
        return copies_in(self.folder, lambda name: _FILE.match(name) is not None)

    def read_copy(self, copy: Copy) -> Series:
        """A conflict copy, read as the file it is a copy of (an encrypted copy is encrypted
        under that name)."""
        try:
            data = self.journal.read_bytes(copy.path, as_path=copy.original)
        except OSError as error:
            raise JournalUnreadable(
                t("journal.unreadable", path=copy.path, reason=error.strerror or str(error))
            ) from error
        series = decode_series(data, copy.path)
        if copy.original.name != f"{series.id}.json":
            raise JournalUnreadable(t("supervision.file_invalid", path=copy.path))
        return series

    def all(self) -> list[Series]:
        """Every series, the earliest started first: with the conflict copies counted in, and
        without what was deleted (on any computer) that a sync brought back."""
        found = {p.name: self.read(p) for p in self.paths()}
        copies = self.copies()
        versions: dict[str, list[Series]] = {name: [series] for name, series in found.items()}
        for copy in copies:
            try:
                versions.setdefault(copy.original.name, []).append(self.read_copy(copy))
            except AfstandError:
                continue  # `afstand check` reports it
        deleted = self.deleted()
        if not copies and not deleted:
            every = list(found.values())
        else:
            every = [
                merged
                for name in sorted(versions)
                if (merged := merge_series(versions[name], deleted).series) is not None
            ]
        if copies:
            told = t("supervision.copies_counted", count=len(copies))
            self.journal.sync_state.notice(told)
            self.journal.sync_state.told_series_copies = told
        return sorted(every, key=lambda s: (s.started, s.created))

    def deleted(self) -> dict[str, datetime]:
        try:
            return tombstones.load(self.journal)
        except AfstandError:
            return {}  # `afstand check` reports it

    def all_except(self, series_id: str) -> list[Series]:
        return [s for s in self.all() if s.id != series_id]

    def find(self, prefix: str | None) -> Series:
        """The series whose id starts with `prefix`; without one, the only series there is."""
        every = self.all()
        if prefix is None:
            if len(every) == 1:
                return every[0]
            if not every:
                raise NotFound(t("supervision.none"), hint=t("hint.supervision_new"))
            raise InvalidInput(
                t("supervision.which", count=len(every)),
                hint=t("hint.supervision_series"),
                problems=[describe_series(s) for s in every],
            )
        needle = prefix.strip().lower()
        if len(needle) < 4:
            raise InvalidInput(t("journal.prefix_short"), hint=t("hint.supervision_list"))
        found = [s for s in every if s.id.startswith(needle)]
        if not found:
            raise NotFound(
                t("supervision.no_series", prefix=needle), hint=t("hint.supervision_list")
            )
        if len(found) > 1:
            raise InvalidInput(
                t("supervision.ambiguous", prefix=needle, count=len(found)),
                hint=t("hint.longer_prefix"),
                problems=[describe_series(s) for s in found],
            )
        return found[0]

    # -- changing ----------------------------------------------------------------------------

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The journal's lock: hold it around a read that decides what is written. The copies
        a sync tool left are merged first, so that a change is made to what both computers
        wrote."""
        with exclusive_lock(self.journal.lock_path):
            self.settle()
            yield

    def settle(self) -> CopyMerge:
        """Merge the conflict copies (the caller holds the lock), and say what was done."""
        result = self.merge_copies()
        state = self.journal.sync_state
        for copy, original in result.merged:
            state.notice(t("supervision.copy_merged", path=copy, original=original.name))
        for path, reason in result.left:
            state.notice(t("sync.copy_left", path=path, reason=reason))
        for kind, found_id in result.kept_after_deletion:
            what = t(f"supervision.what.{kind}")
            state.notice(t("supervision.kept_after_deletion", what=what, id=found_id[:8]))
        if state.told_series_copies in state.notices and not self.copies():
            state.notices.remove(state.told_series_copies)  # merged now: no longer to do
        return result

    def merge_copies(self) -> CopyMerge:
        """Merge every series file with its conflict copies, and drop a series that a deletion
        record says is gone (the caller holds the lock). A copy is removed only when everything
        in it is in the file; one that cannot be read is left, and said."""
        result = CopyMerge()
        copies = self.copies()
        deleted = self.deleted()
        if not copies and not deleted:
            return result
        by_file: dict[Path, list[tuple[Copy, Series]]] = {}
        for copy in copies:
            try:
                by_file.setdefault(copy.original, []).append((copy, self.read_copy(copy)))
            except AfstandError as error:
                result.left.append((copy.path, error.message.splitlines()[0]))
        for path in sorted(set(self.paths()) | set(by_file)):
            theirs = by_file.get(path, [])
            try:
                ours = [self.read(path)] if path.exists() else []
            except AfstandError as error:
                reason = error.message.splitlines()[0]
                result.left += [(copy.path, reason) for copy, _ in theirs]
                continue
            if not theirs and not any(_holds_deleted(o, deleted) for o in ours):
                continue
            outcome = merge_series([*ours, *(series for _, series in theirs)], deleted)
            result.kept_after_deletion += outcome.kept_after_deletion
            if outcome.kept_after_deletion:
                # kept on purpose: the deletion no longer counts, and is said once
                kept = [found_id for _, found_id in outcome.kept_after_deletion]
                sync.record_restorations(self.journal, kept)
                deleted = self.deleted()
            if outcome.series is None:
                if path.exists():
                    remove_file(path)
                    result.removed.append(path)
            elif not ours or outcome.series != ours[0]:
                self.write(outcome.series)
            for copy, series in theirs:
                if adds_nothing(outcome.series, series, deleted):
                    remove_file(copy.path)
                    result.merged.append((copy.path, path))
                else:
                    result.left.append((copy.path, t("sync.copy_not_covered")))
        return result

    def write(self, series: Series) -> None:
        """Write one series (call it inside `locked`)."""
        self.journal.write_bytes(self.path(series.id), encode_series(series))

    def change(self, series_id: str, edit: Callable[[Series, list[Series]], Series]) -> Series:
        """Read the series and all others under the lock, apply `edit` (which raises to change
        nothing) and write the result."""
        with self.locked():
            every = self.all()
            current = next((s for s in every if s.id == series_id), None)
            if current is None:
                raise NotFound(t("supervision.no_series", prefix=series_id))
            changed = edit(current, [s for s in every if s.id != series_id])
            kept = {m.id for m in changed.meetings}
            gone = [m for m in current.meetings if m.id not in kept]
            self._record_deleted([(m.id, m.updated or series_changed(current)) for m in gone])
            self.write(changed)
            return changed

    def _record_deleted(self, removed: list[tuple[str, datetime]]) -> None:
        """Record that these ids (with when they last changed) are deleted: now, and in any
        case after their last change, even one from a computer whose clock runs ahead."""
        if not removed:
            return
        now = datetime.now(UTC)
        times = {key: max(now, when + timedelta(microseconds=1)) for key, when in removed}
        tombstones.record(self.journal, times)
        self.journal.sync_state.deleted = None

    def add(self, series: Series) -> None:
        with self.locked():
            if self.path(series.id).exists():
                raise InvalidInput(t("journal.duplicate_id", id=series.id))
            self.write(series)

    def delete(self, series_id: str) -> None:
        with self.locked():
            path = self.path(series_id)
            if path.exists():
                series = self.read(path)
                self._record_deleted([(series.id, series_changed(series))])
            remove_file(path)

    def drop_reflections(self, ids: set[str]) -> int:
        """Take the reflections `ids` out of every meeting (after they left the journal).
        Returns in how many meetings something changed."""
        if not ids or not self.paths():
            return 0
        changed_meetings = 0
        with self.locked():
            for series in self.all():
                meetings = []
                touched = False
                for meeting in series.meetings:
                    kept = [r for r in meeting.reflections if r not in ids]
                    inbreng = meeting.inbreng
                    if inbreng is not None:
                        brought = [r for r in inbreng.reflections if r not in ids]
                        if brought != inbreng.reflections:
                            inbreng = inbreng.model_copy(update={"reflections": brought})
                    if kept != meeting.reflections or inbreng is not meeting.inbreng:
                        touched = True
                        changed_meetings += 1
                        meeting = meeting.model_copy(
                            update={"reflections": kept, "inbreng": inbreng}
                        )
                    meetings.append(meeting)
                if touched:
                    self.write(series.model_copy(update={"meetings": meetings}))
        return changed_meetings

    def merge(
        self, incoming: list[Series], overwrite: bool = False, dry_run: bool = False
    ) -> MergeCount:
        """Bring the series of an import in, like the journal's entries: a new id is added, an
        equal series skipped, a different one with a known id is a conflict that keeps the
        local one (or replaces it, with `overwrite`)."""
        count = MergeCount()
        with self.locked():
            local = {s.id: s for s in self.all()}
            for series in incoming:
                known = local.get(series.id)
                if known is None:
                    count.added.append(series.id)
                elif known == series:
                    count.skipped.append(series.id)
                    continue
                elif not overwrite:
                    count.conflicts.append(series.id)
                    continue
                else:
                    count.replaced.append(series.id)
                if not dry_run:
                    self.write(series)
            if not dry_run:
                # a series brought back on purpose that was deleted before: it stays
                sync.record_restorations(self.journal, [*count.added, *count.replaced])
        return count


def _holds_deleted(series: Series, deleted: Mapping[str, datetime]) -> bool:
    return series.id in deleted or any(m.id in deleted for m in series.meetings)


def describe_series(series: Series) -> str:
    """One line that tells series apart: short id, kind, supervisor, start."""
    return (
        f"{series.id[:8]}  {t('supervision.kind.' + series.kind)}  {series.supervisor.name}  "
        f"{series.started.isoformat()}"
    )


# -- afstand check -----------------------------------------------------------------------------


def check_log(journal: Journal, result: CheckResult) -> None:
    """Add what is wrong with the supervision log to `result`: files that cannot be read,
    conflict copies, and deleted series that a sync brought back."""
    log = SupervisionLog(journal)
    deleted = log.deleted()
    for path in log.paths():
        result.files += 1
        try:
            series = log.read(path)
        except AfstandError as error:
            result.add("unreadable", path, error.message.splitlines()[0], False)
            continue
        if merge_series([series], deleted).series is None:
            result.add("deleted-came-back", path, t("check.series_came_back"), True)
    for copy in log.copies():
        result.files += 1
        try:
            log.read_copy(copy)
        except AfstandError as error:
            reason = error.message.splitlines()[0]
            result.add("unreadable", copy.path, t("check.copy_unreadable", reason=reason), False)
            continue
        message = t("check.series_copy", original=copy.original.name)
        result.add("conflict-copy", copy.path, message, True)
    result.problems.sort(key=lambda p: (str(p.path), p.kind))


def repair_log(journal: Journal) -> tuple[list[Change], list[Change]]:
    """`afstand check --repair` for the supervision log: merge the conflict copies and drop
    deleted series that came back, under the lock. Returns what changed and what could not."""
    from afstand.journal.check import Change

    log = SupervisionLog(journal)
    changes: list[Change] = []
    not_repaired: list[Change] = []
    with exclusive_lock(journal.lock_path):
        merged = log.merge_copies()
    for copy, original in merged.merged:
        message = t("supervision.copy_merged", path=copy.name, original=original.name)
        changes.append(Change(copy, message))
    for path in merged.removed:
        changes.append(Change(path, t("check.series_removed")))
    for kind, found_id in merged.kept_after_deletion:
        what = t(f"supervision.what.{kind}")
        message = t("supervision.kept_after_deletion", what=what, id=found_id[:8])
        changes.append(Change(log.folder, message))
    for path, reason in merged.left:
        not_repaired.append(Change(path, reason))
    return changes, not_repaired
