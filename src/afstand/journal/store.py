"""The journal on disk: one JSON file per month of session dates, `journal/YYYY/YYYY-MM.json`.

Why one file per month: saving a reflection rewrites one month (about a hundred entries for a
full-time professional), not ten years; a report for a month or a year reads only the files of
that period; and a corrupt file costs one month, never the whole journal. Every write is
atomic and made under a lock, so two terminals that save at once both succeed; reading takes
no lock and writes nothing, so a journal on a read-only disk can be read. What a month file
holds, and how it is read and written, is afstand.journal.format."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from afstand.crypto import MAGIC, Cipher, is_encrypted
from afstand.errors import AfstandError, InvalidInput, JournalUnreadable, NotFound, StorageFailed
from afstand.files import atomic_write, exclusive_lock, remove_file, sync_folder
from afstand.i18n import t
from afstand.journal import sync
from afstand.journal.format import (
    SCHEMA_VERSION,
    Month,
    encode_month,
    header_of,
    read_headers,
    read_month_file,
    sort_entries,
    with_entry,
    with_stored,
)
from afstand.journal.month_data import version_of
from afstand.journal.periods import ALL_TIME, Period, month_of
from afstand.models.month_file import Header, StoredEntry

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.models.month_file import Wording
    from afstand.models.question_set import QuestionSet

_MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.json$")


@dataclass
class MergeResult:
    """What `Journal.merge` did (or, in a dry run, would do) with each incoming entry."""

    added: list[str]  # ids
    skipped: list[str]  # ids already present with the same content
    conflicts: list[Entry]  # present with other content; the local one was kept
    replaced: list[Entry]  # present with other content; replaced (overwrite)


class Journal:
    """Read and change the entries in `folder`. Bytes pass through `read_bytes`/`write_bytes`,
    so that an encrypted journal can wrap them without touching the rest."""

    def __init__(self, folder: Path, cipher: Cipher | None = None) -> None:
        self.folder = folder
        self.cipher = cipher
        self.sync_state = sync.SyncState()  # conflict copies and write records (sync.py)
        # month → (the file as it was when searched, a needle its bytes did not hold): a
        # change looks up the entry that `find` found again, and skips these if unchanged
        self._searched: dict[str, tuple[tuple[int, int, int, int], bytes]] = {}
        # month → (the file as it was when searched, the month it held): what a search found
        # is looked up again under the lock without being read twice if unchanged
        self._holding: dict[str, tuple[tuple[int, int, int, int], Month]] = {}
        self._wordings: dict[str, dict[str, Wording]] = {}  # month → as `read_month` found it

    @property
    def notices(self) -> list[str]:
        """Lines for the user about what was found or merged (the CLI prints them)."""
        return self.sync_state.notices

    # -- files -------------------------------------------------------------------------------

    def month_path(self, month: str) -> Path:
        return self.folder / month[:4] / f"{month}.json"

    def months(self) -> list[str]:
        """The months that have a file, oldest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for year_dir in self.folder.iterdir():
            if not (year_dir.is_dir() and year_dir.name.isdigit()):
                continue
            for path in year_dir.iterdir():
                match = _MONTH_FILE.match(path.name)
                if match and match.group(1) == year_dir.name:
                    found.append(path.name[:-5])
        # sync: a month that only a sync tool's conflict copy holds is still read
        return sorted(set(found) | set(sync.copies(self)))

    @property
    def lock_path(self) -> Path:
        return self.folder / ".lock"

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the lock to change the journal; first merge the conflict copies a sync tool
        left (sync.py), so that a change is made to everything both computers wrote."""
        with exclusive_lock(self.lock_path):
            sync.forget_unlocked_reads(self)
            sync.settle(self)
            yield

    def _name(self, path: Path) -> str:
        """The file's name as bound into its encryption: the same wherever the folder moves."""
        return "journal/" + path.relative_to(self.folder).as_posix()

    def read_bytes(self, path: Path, as_path: Path | None = None) -> bytes:
        """The (decrypted) bytes of `path`; of a conflict copy, decrypted under the name of the
        file it is a copy of, `as_path`."""
        data = path.read_bytes()
        if self.cipher is not None:
            return self.cipher.decrypt(self._name(as_path or path), data, path)
        if data.startswith(MAGIC):
            raise JournalUnreadable(
                t("crypto.encrypted_file", path=path), hint=t("hint.crypto_header")
            )
        return data

    def write_bytes(self, path: Path, data: bytes, *, sync_rename: bool = True) -> None:
        # the journal may have been encrypted or decrypted while this command waited for the
        # lock; never write plain text into an encrypted journal, or the reverse
        if is_encrypted(self.folder) != (self.cipher is not None):
            raise StorageFailed(t("crypto.changed_meanwhile"), hint=t("hint.run_again"))
        if self.cipher is not None:
            data = self.cipher.encrypt(self._name(path), data)
        atomic_write(path, data, sync_rename=sync_rename)

    # -- reading -----------------------------------------------------------------------------

    def month_bytes(self, month: str) -> bytes | None:
        """The bytes of a month file (decrypted), or None when the month has no file."""
        path = self.month_path(month)
        try:
            return self.read_bytes(path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise JournalUnreadable(
                t("journal.unreadable", path=path, reason=error.strerror or str(error))
            ) from error

    def read(self, month: str) -> Month:
        """One month, checked (empty when it has no file); JournalUnreadable when damaged. As a
        reader should see it (sync.py): with its conflict copies counted in, and without what
        was deleted on any computer."""
        return sync.reader_view(self, self.read_file(month))

    def has_copies(self, month: str) -> bool:
        """Whether a sync tool left conflict copies of `month` (they are counted in by `read`)."""
        return sync.has_copies(self, month)

    def visible(self, month: str, headers: Iterable[Header]) -> list[Header]:
        """`headers` read from the file of `month`, without what was deleted on any computer."""
        return sync.without_deleted(self, month, headers)

    def read_file(self, month: str) -> Month:
        """The month file alone, as it is stored (no conflict copies, no deletion records)."""
        raw = self.month_bytes(month)
        if raw is None:
            return Month(month)
        found = read_month_file(raw, self.month_path(month))
        found.name = month
        return found

    def read_month(self, month: str) -> list[Entry]:
        """The entries of one month, with the wording they were asked in."""
        found = self.read(month)
        # the month's wordings, for when it is written anew (`_write_month`)
        self._wordings[month] = found.wordings
        return found.expanded()

    def stored(
        self, period: Period = ALL_TIME, *, newest_first: bool = False
    ) -> Iterator[tuple[Month, StoredEntry]]:
        """Every entry in `period` as stored, with its month (to expand it when needed), month
        by month: the cheap way to look at many entries. An id met again in a later month (see
        `_belongs`) is passed over, so that each entry counts once; which copy a stream keeps
        is the first it meets, while `entries`, `find` and the changes choose by `_belongs`."""
        months = self.months_in(period)
        seen: dict[str, str] = {}
        for name in reversed(months) if newest_first else months:
            month = self.read(name)
            for stored in month.entries:
                if not period.contains(stored.date):
                    continue
                if stored.id in seen:  # a second copy (see `_belongs`)
                    continue
                seen[stored.id] = name
                yield month, stored

    def headers(self, period: Period = ALL_TIME) -> Iterator[tuple[str, Header]]:
        """Every entry in `period` read lightly (id, dates, client, flag; each checked), with
        the name of its month: a scan that costs a fraction of reading the entries."""
        seen: set[str] = set()
        for name in self.months_in(period):
            found: Sequence[Header | StoredEntry]
            if sync.has_copies(self, name):  # the copies counted in: read in full
                found = list(self.read(name).entries)
            else:
                raw = self.month_bytes(name)
                if raw is None:
                    continue
                found = sync.without_deleted(self, name, read_headers(raw, self.month_path(name)))
            for header in found:
                if period.contains(header.date) and header.id not in seen:
                    seen.add(header.id)
                    yield name, _as_header(header)

    def entries(
        self,
        period: Period = ALL_TIME,
        client: str | None = None,
        *,
        supervision: bool = False,
        latest: int | None = None,
    ) -> list[Entry]:
        """Entries in `period` (and with `client`; only those flagged for supervision with
        `supervision`), in order of date and creation; with
        `latest`, only that many of the most recent, reading months newest first until found.
        An id stored in two months counts once, as the copy that `_belongs` best."""
        with paused_gc():
            chosen = self.chosen(period, client, supervision=supervision, latest=latest)
            return [month.expand(stored) for month, stored in chosen]

    def chosen(
        self,
        period: Period = ALL_TIME,
        client: str | None = None,
        *,
        supervision: bool = False,
        latest: int | None = None,
    ) -> list[tuple[Month, StoredEntry]]:
        """What `entries` gives, as stored (each with its month), for a look that needs no
        wording built."""
        chosen: dict[str, tuple[Month, StoredEntry]] = {}
        months = self.months_in(period)
        for name in reversed(months) if latest is not None else months:
            if latest is not None and len(chosen) >= latest:
                break
            month = self.read(name)
            for stored in month.entries:
                if not period.contains(stored.date):
                    continue
                if client is not None and stored.client != client:
                    continue
                if supervision and not stored.supervision:
                    continue
                known = chosen.get(stored.id)
                if known is None or _belongs(name, stored) > _belongs(known[0].name, known[1]):
                    chosen[stored.id] = (month, stored)
        found = sorted(chosen.values(), key=lambda pair: (pair[1].date, pair[1].created))
        return found[-latest:] if latest is not None else found

    def months_in(self, period: Period) -> list[str]:
        months = self.months()
        if period.start is not None:
            months = [m for m in months if m >= month_of(period.start)]
        if period.end is not None:
            months = [m for m in months if m <= month_of(period.end)]
        return months

    def find(self, prefix: str) -> Entry:
        """The entry whose id starts with `prefix` (at least 4 characters, unique)."""
        month, stored = self._find(prefix)
        return month.expand(stored)

    def find_stored(self, prefix: str) -> StoredEntry:
        """`find`, the entry as stored (without its wording): all that `delete` needs."""
        return self._find(prefix)[1]

    def locate(self, prefix: str) -> tuple[Month, StoredEntry]:
        """`find`, the entry as stored with the month it lies in (whose wordings it refers
        to): to show it, or change a field of it, without building it."""
        return self._find(prefix)

    def _find(self, prefix: str) -> tuple[Month, StoredEntry]:
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise InvalidInput(t("journal.prefix_short"), hint=t("hint.list_ids"))
        needle = prefix.encode()
        copies = self._stored_copies(lambda entry_id: entry_id.startswith(prefix), needle)
        matches: dict[str, tuple[Month, StoredEntry]] = {}
        for month, entry in copies:
            known = matches.get(entry.id)
            if known is None or _belongs(month.name, entry) > _belongs(known[0].name, known[1]):
                matches[entry.id] = (month, entry)
        if not matches:
            raise NotFound(t("journal.no_entry", prefix=prefix), hint=t("hint.list_ids"))
        if len(matches) > 1:
            found = [entry for _, entry in matches.values()]
            raise InvalidInput(
                t("journal.ambiguous", prefix=prefix, count=len(found)),
                hint=t("hint.longer_prefix"),
                problems=[f"{e.id}  {e.date}  {e.client}" for e in found[:10]],
            )
        return next(iter(matches.values()))

    def _copies(self, wanted: Callable[[str], bool], needle: bytes) -> list[tuple[str, Entry]]:
        """Every stored copy of the entries whose id is `wanted`, with its month's name."""
        return [(m.name, m.expand(s)) for m, s in self._stored_copies(wanted, needle)]

    def _stored_copies(
        self, wanted: Callable[[str], bool], needle: bytes
    ) -> list[tuple[Month, StoredEntry]]:
        """Every stored copy of the entries whose id is `wanted`, with its month. Months whose
        bytes do not hold `needle` (most of them) are skipped without being parsed."""
        found: list[tuple[Month, StoredEntry]] = []
        for name in reversed(self.months()):
            path = self.month_path(name)
            try:
                status = os.stat(path)
                seen = (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
                earlier = self._searched.get(name)
                # unchanged since a search for a part of this needle found nothing there
                if (
                    earlier is not None
                    and earlier[0] == seen
                    and earlier[1] in needle
                    and not sync.has_copies(self, name)
                ):
                    continue
                holding = self._holding.get(name)
                if holding is not None and holding[0] == seen and not sync.has_copies(self, name):
                    month = sync.reader_view(self, holding[1])
                    found.extend((month, s) for s in month.entries if wanted(s.id))
                    continue
                raw = self.read_bytes(path)
            except FileNotFoundError:
                raw = b""
                seen = None
            except OSError as error:
                raise JournalUnreadable(
                    t("journal.unreadable", path=path, reason=error.strerror or str(error))
                ) from error
            # most months do not hold it: skip parsing them (unless a conflict copy might)
            if needle not in raw:
                if seen is not None:
                    self._searched[name] = (seen, needle)
                if not sync.has_copies(self, name):
                    continue
            month = Month(name)
            if raw:
                month = read_month_file(raw, path)
                month.name = name
                if seen is not None:
                    self._holding[name] = (seen, month)
            month = sync.reader_view(self, month)
            found.extend((month, s) for s in month.entries if wanted(s.id))
        return found

    def clients(self, since: date | None = None) -> list[str]:
        """Client codes used (since `since`), most recent first."""
        seen: dict[str, date] = {}
        for _, stored in self.headers(Period(start=since)):
            if stored.date > seen.get(stored.client, date.min):
                seen[stored.client] = stored.date
        return sorted(seen, key=lambda code: seen[code], reverse=True)

    # -- changing ----------------------------------------------------------------------------

    def add(self, entry: Entry, asked: Sequence[QuestionSet] = ()) -> None:
        """Save a new entry: its month gets it as it is stored, the month's other entries are
        written as they are (never expanded). `asked`: the question sets it was just asked
        from, whose whole wording the month keeps (see format.with_entry)."""
        from afstand.models.question_set import set_wording

        wordings = [set_wording(question_set) for question_set in asked]
        self._add_to_month(entry.id, entry.month, lambda month: with_entry(month, entry, wordings))

    def add_stored(self, entry: StoredEntry, wordings: Mapping[str, Wording]) -> None:
        """`add` for an entry made as it is stored, its sets naming their wordings in
        `wordings` (see afstand.reflection.new_entry): no model is built on the way."""
        self._add_to_month(
            entry.id, month_of(entry.date), lambda read: with_stored(read, entry, wordings)
        )

    def _add_to_month(self, entry_id: str, name: str, grow: Callable[[Month], Month]) -> None:
        with self.lock():
            month = self.read(name)
            if any(existing.id == entry_id for existing in month.entries):
                raise InvalidInput(t("journal.duplicate_id", id=entry_id))
            grown = grow(month)
            self._write_stored(grown, grown.entries)

    def replace(self, entry: Entry, read_as: Entry | None = None) -> None:
        """Write a changed entry; when its date moved to another month, move it there too.
        With `read_as` (the entry as it was read before it was changed) a change made by
        another process meanwhile is never overwritten: StorageFailed, and nothing written."""
        with self.lock():
            copies = self._copies(lambda entry_id: entry_id == entry.id, entry.id.encode())
            if not copies:
                raise NotFound(t("journal.no_entry", prefix=entry.id))
            best = max(copies, key=lambda copy: _belongs(*copy))
            if read_as is not None and best[1] != read_as:
                raise StorageFailed(
                    t("journal.changed_meanwhile", id=entry.id[:8]),
                    hint=t("hint.edit_again", id=entry.id[:8]),
                )
            # the new copy first: a crash in between leaves a second copy, never a loss
            target = [e for e in self.read_month(entry.month) if e.id != entry.id]
            self._write_month(entry.month, [*target, entry])
            self._drop_copies(entry.id, {name for name, _ in copies} - {entry.month})

    def change(self, found: tuple[Month, StoredEntry], changes: Mapping[str, Any]) -> StoredEntry:
        """`replace` for an entry as stored (`found`, as `locate` gave it) whose fields other
        than its answers change: the months are rewritten as they are stored, only the
        entry changed (a month of an older format is written in the current one). As
        `replace`: moved to the month of a new date, its new copy written before the old one
        goes; StorageFailed, and nothing written, when another process changed it
        meanwhile. Returns the entry as written."""
        read_month, read_as = found
        with self.lock():
            copies = self._stored_copies(
                lambda entry_id: entry_id == read_as.id, read_as.id.encode()
            )
            if not copies:
                raise NotFound(t("journal.no_entry", prefix=read_as.id))
            source, best = max(copies, key=lambda copy: _belongs(copy[0].name, copy[1]))
            # the same entry may be stored under another wording key when its month was
            # written anew meanwhile (its wordings gathered again): then compare the meaning
            if best != read_as and source.expand(best) != read_month.expand(read_as):
                raise StorageFailed(
                    t("journal.changed_meanwhile", id=read_as.id[:8]),
                    hint=t("hint.edit_again", id=read_as.id[:8]),
                )
            changed = _checked(msgspec.structs.replace(best, **changes))
            name = month_of(changed.date)
            target = source if source.name == name else self.read(name)
            wordings = {**target.wordings}
            for part in changed.sets:
                wordings[part.wording] = source.wordings[part.wording]
            kept = [s for s in target.entries if s.id != changed.id]
            entries = sorted([*kept, changed], key=lambda s: (s.date, s.created))
            # the new copy first: a crash in between leaves a second copy, never a loss
            self._write_stored(Month(name, wordings, target.entries), entries)
            self._drop_copies(changed.id, [month for month, _ in copies if month.name != name])
            return changed

    def delete(self, entry_id: str) -> Entry:
        month, gone = self._delete(entry_id)
        return month.expand(gone)

    def delete_stored(self, entry_id: str) -> StoredEntry:
        """`delete`, returning the entry as it was stored (without building it)."""
        return self._delete(entry_id)[1]

    def _delete(self, entry_id: str) -> tuple[Month, StoredEntry]:
        with self.lock():
            copies = self._stored_copies(lambda found: found == entry_id, entry_id.encode())
            if not copies:
                raise NotFound(t("journal.no_entry", prefix=entry_id))
            month, gone = max(copies, key=lambda copy: _belongs(copy[0].name, copy[1]))
            sync.record_deletions(self, [gone])  # so that a synced copy does not bring it back
            self._drop_copies(entry_id, [month for month, _ in copies])
            return month, gone

    def _drop_copies(self, entry_id: str, months: Iterable[Month | str]) -> None:
        """Write `months` without the entry: each as read under the lock (or read now)."""
        by_name = {m if isinstance(m, str) else m.name: m for m in months}
        for name, given in sorted(by_name.items()):
            month = self.read(name) if isinstance(given, str) else given
            self._write_stored(month, [s for s in month.entries if s.id != entry_id])

    def remove_where(
        self, predicate: Callable[[Header | StoredEntry], bool], period: Period = ALL_TIME
    ) -> list[Entry]:
        """Remove every entry (in `period`) for which `predicate` holds, under one lock. A light
        scan finds the months that hold one; only those are read in full and checked (a
        damaged one stops everything, before any write), then written once each, as they are
        stored (nothing else in them is rewritten). Returns what was removed."""
        removed: list[Entry] = []
        with self.lock(), paused_gc():
            touched = sorted({name for name, header in self.headers(period) if predicate(header)})
            changes = []
            for name in touched:
                month = self.read(name)
                gone = [s for s in month.entries if period.contains(s.date) and predicate(s)]
                if gone:
                    changes.append((month, gone))
            for month, gone in changes:
                removed.extend(month.expand(s) for s in gone)
            if removed:
                sync.record_deletions(self, removed)  # so that a synced copy brings none back
            for month, gone in changes:
                ids = {s.id for s in gone}
                self._write_stored(month, [s for s in month.entries if s.id not in ids])
        return sort_entries(removed)

    def migrate(self) -> tuple[int, int]:
        """Rewrite every month not yet in the current format (and every second copy of an
        entry) under one lock. Each month is replaced atomically on its own and its entries
        stay in it, so a crash at any moment leaves each entry readable exactly once.
        Returns (months rewritten, entries in them)."""
        rewritten = entries = 0
        with self.lock(), paused_gc():
            self.repair_copies()
            for name in self.months():
                month = self.read(name)
                if month.version != SCHEMA_VERSION:
                    self._write_stored(month, month.entries)
                    rewritten += 1
                    entries += len(month.entries)
        return rewritten, entries

    def repair_copies(self) -> int:
        """Remove the second copies of entries stored in two months (see `_belongs`); call it
        under the lock. Returns how many copies went."""
        where: dict[str, list[tuple[str, StoredEntry]]] = {}
        for name in self.months():
            for stored in self.read(name).entries:
                where.setdefault(stored.id, []).append((name, stored))
        stale: dict[str, set[str]] = {}
        for copies in where.values():
            if len(copies) > 1:
                best = max(range(len(copies)), key=lambda i: _belongs(*copies[i]))
                for index, (name, stored) in enumerate(copies):
                    if index != best and name != copies[best][0]:
                        stale.setdefault(name, set()).add(stored.id)
        for name, ids in sorted(stale.items()):
            month = self.read(name)
            self._write_stored(month, [s for s in month.entries if s.id not in ids])
        return sum(len(ids) for ids in stale.values())

    def merge(
        self, entries: list[Entry], overwrite: bool = False, dry_run: bool = False
    ) -> MergeResult:
        """Bring `entries` (validated, unique ids) into the journal under one lock: a new id is
        added, an equal entry skipped, a different entry with a known id is a conflict that
        keeps the local one (or replaces it, with `overwrite`). Everything is read before
        anything is written, and each changed month is written once; months that gain
        entries are written before months that only lose one, so a crash never loses one."""
        return self.merge_batches([entries], overwrite=overwrite, dry_run=dry_run)

    def merge_batches(
        self,
        batches: Iterable[list[Entry] | Month],
        overwrite: bool = False,
        dry_run: bool = False,
    ) -> MergeResult:
        """`merge` for entries that come a batch at a time (an import, month by month), under
        one lock: each batch is merged and written before the next is taken, so that memory
        holds one batch and the months it touches, not the whole import. A checked month
        (`Month`) whose month has no file yet and whose entries are all new is written as it
        is, without building its entries."""
        result = MergeResult(added=[], skipped=[], conflicts=[], replaced=[])
        with self.lock(), paused_gc(), _NewMonths(self) as new_months:
            where: dict[str, str] = {}
            for name, header in self.headers():  # the ids are enough: a light scan
                where[header.id] = name
            present = set(self.months())
            loaded: dict[str, list[Entry]] = {}
            as_stored: dict[str, tuple[Month, dict[str, StoredEntry]]] = {}

            def stored_month(month: str) -> tuple[Month, dict[str, StoredEntry]]:
                if month not in as_stored:
                    found = self.read(month)
                    as_stored[month] = (found, {s.id: s for s in found.entries})
                    self._wordings[month] = found.wordings  # kept when it is written
                return as_stored[month]

            def month_entries(month: str) -> list[Entry]:
                if month not in loaded:
                    loaded[month] = stored_month(month)[0].expanded()
                return loaded[month]

            def already_here(given: Month, incoming: StoredEntry) -> bool:
                """Whether the journal holds `incoming` as it is, seen on the entries as
                stored (equal entries with equal wordings expand to equal entries)."""
                known = where.get(incoming.id)
                if known is None:
                    return False
                local_month, by_id = stored_month(known)
                return by_id.get(incoming.id) == incoming and all(
                    local_month.wordings.get(part.wording) == given.wordings.get(part.wording)
                    for part in incoming.sets
                )

            for given in batches:
                if isinstance(given, Month):
                    if (
                        given.entries
                        and given.name not in present
                        and all(
                            s.id not in where and month_of(s.date) == given.name
                            for s in given.entries
                        )
                    ):
                        if not dry_run:
                            sync.record_restorations(self, [s.id for s in given.entries])
                            new_months.write(given)
                        present.add(given.name)
                        for stored in given.entries:
                            where[stored.id] = given.name
                            result.added.append(stored.id)
                        continue
                    batch = []
                    for stored in given.entries:
                        if already_here(given, stored):
                            result.skipped.append(stored.id)
                        else:
                            batch.append(given.expand(stored))
                else:
                    batch = given
                gaining: set[str] = set()
                losing: set[str] = set()
                added_now: list[str] = []
                for entry in batch:
                    known = where.get(entry.id)
                    local = None
                    if known is not None:
                        local = next((e for e in month_entries(known) if e.id == entry.id), None)
                    if known is None or local is None:
                        month_entries(entry.month).append(entry)
                        gaining.add(entry.month)
                        where[entry.id] = entry.month
                        result.added.append(entry.id)
                        added_now.append(entry.id)
                    elif local == entry:
                        result.skipped.append(entry.id)
                    elif not overwrite:
                        result.conflicts.append(entry)
                    else:
                        loaded[known] = [e for e in month_entries(known) if e.id != entry.id]
                        losing.add(known)
                        month_entries(entry.month).append(entry)
                        gaining.add(entry.month)
                        where[entry.id] = entry.month
                        result.replaced.append(entry)
                present |= gaining
                if not dry_run:
                    new_months.settle()  # their records first, like every other write's
                    sync.record_restorations(self, added_now)  # brought back on purpose
                    for month in sorted(gaining):
                        self._write_month(month, loaded[month])
                    for month in sorted(losing - gaining):
                        self._write_month(month, loaded[month])
                    loaded.clear()  # written: the next batch reads what it needs again
                as_stored.clear()
        return result

    def _write_month(self, month: str, entries: list[Entry]) -> None:
        path = self.month_path(month)
        sync.before_write(self, month)  # a month that went back in time is not written over
        if not entries:
            remove_file(path)
        else:
            # the wordings it held, so that the whole wording of a set stays, and the partial
            # ones of entries that it holds all are merged into it (see format.compress)
            known = self._wordings.get(month, {}).values()
            self.write_bytes(path, encode_month(month, entries, known))
        sync.after_write(self, month, entries)  # the record of the month's latest write

    def _write_stored(self, month: Month, entries: list[StoredEntry]) -> None:
        path = self.month_path(month.name)
        sync.before_write(self, month.name)
        if not entries:
            remove_file(path)
        else:
            self.write_bytes(path, month.encode(entries))
        sync.after_write(self, month.name, entries)


class _NewMonths:
    """The months of an import that had no file and get only new entries, written a folder at
    a time: each file is synced as it is written, their folder once for them all, and then
    their write records are made, so that a record never names what a power cut could still
    undo. A month waiting for its record only lacks one for a moment (a kill then leaves the
    months without a record, which hides nothing: they only gained entries)."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.waiting: list[tuple[str, dict[str, datetime]]] = []
        self.folder: Path | None = None

    def __enter__(self) -> _NewMonths:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.settle()
            return
        with suppress(AfstandError, OSError):  # the error that stopped the merge is the news
            self.settle()

    def write(self, month: Month) -> None:
        journal = self.journal
        path = journal.month_path(month.name)
        if self.folder is not None and path.parent != self.folder:
            self.settle()
        sync.before_write(journal, month.name)
        journal.write_bytes(path, month.encode(month.entries), sync_rename=False)
        self.folder = path.parent
        self.waiting.append((month.name, {s.id: version_of(s) for s in month.entries}))

    def settle(self) -> None:
        if self.folder is None:
            return
        sync_folder(self.folder)
        self.folder = None
        waiting, self.waiting = self.waiting, []
        for name, versions in waiting:
            sync.record_written(self.journal, name, versions)


def _belongs(month: str, entry: StoredEntry | Entry) -> tuple[datetime, bool, datetime]:
    """How well a stored copy of an entry fits where it lies; of two copies of one id (a move
    to another month that a crash interrupted, or a move on one computer and an edit on the
    other) the larger is the entry, the other is stale: first the copy changed last, then the
    one whose date lies in its month (as the merge of conflict copies and `check --repair`)."""
    moment = entry.updated or entry.created
    return (moment, month_of(entry.date) == month, entry.created)


def _checked(entry: StoredEntry) -> StoredEntry:
    """A changed entry checked as the reader will check it when its month is read again."""
    try:
        return msgspec.json.decode(msgspec.json.encode(entry), type=StoredEntry)
    except msgspec.ValidationError as error:
        raise InvalidInput(t("answer.invalid"), problems=[str(error)]) from error


def _as_header(found: Header | StoredEntry) -> Header:
    if isinstance(found, Header):
        return found
    return header_of(found)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector rescans everything alive whenever many objects were made; for
    the entries of many months that triples the time of a read. Reading makes no cycles worth
    collecting, so the collector rests until the block is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
