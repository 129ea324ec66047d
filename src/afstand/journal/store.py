"""The journal on disk: one JSON file per month of session dates, `journal/YYYY/YYYY-MM.json`.

Why one file per month: saving a reflection rewrites one month (about a hundred entries for a
full-time professional), not ten years; a report for a month or a year reads only the files of
that period; and a corrupt file costs one month, never the whole journal. Every write is
atomic and made under a lock, so two terminals that save at once both succeed."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.crypto import MAGIC, Cipher, is_encrypted
from afstand.errors import InvalidInput, JournalUnreadable, NotFound, StorageFailed
from afstand.files import atomic_write, exclusive_lock, remove_file
from afstand.i18n import t
from afstand.journal import sync
from afstand.journal.format import (
    SCHEMA_VERSION,
    decode_month,
    encode_month,
    entries_adapter,
    sort_entries,
)
from afstand.journal.periods import ALL_TIME, Period, month_of

if TYPE_CHECKING:
    from afstand.models.entry import Entry

_MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.json$")


@dataclass
class MergeResult:
    """What `Journal.merge` did (or, in a dry run, would do) with each incoming entry."""

    added: list[Entry]
    skipped: list[Entry]  # already present with the same content
    conflicts: list[Entry]  # present with other content; the local one was kept
    replaced: list[Entry]  # present with other content; replaced (overwrite)


class Journal:
    """Read and change the entries in `folder`. Bytes pass through `read_bytes`/`write_bytes`,
    so that an encrypted journal can wrap them without touching the rest."""

    def __init__(self, folder: Path, cipher: Cipher | None = None) -> None:
        self.folder = folder
        self.cipher = cipher
        self.sync_state = sync.SyncState()  # conflict copies and write records (sync.py)

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

    def write_bytes(self, path: Path, data: bytes) -> None:
        # the journal may have been encrypted or decrypted while this command waited for the
        # lock; never write plain text into an encrypted journal, or the reverse
        if is_encrypted(self.folder) != (self.cipher is not None):
            raise StorageFailed(t("crypto.changed_meanwhile"), hint=t("hint.run_again"))
        if self.cipher is not None:
            data = self.cipher.encrypt(self._name(path), data)
        atomic_write(path, data)

    # -- reading -----------------------------------------------------------------------------

    def read_month_raw(self, month: str) -> list[dict[str, Any]]:
        """The entries of one month as plain data (checked header, migrated, not validated)."""
        path = self.month_path(month)
        try:
            raw = self.read_bytes(path)
        except FileNotFoundError:
            return sync.reader_view(self, month, [])
        except OSError as error:
            raise JournalUnreadable(
                t("journal.unreadable", path=path, reason=error.strerror or str(error))
            ) from error
        return sync.reader_view(self, month, decode_month(raw, path))

    def read_month(self, month: str) -> list[Entry]:
        path = self.month_path(month)
        from pydantic import ValidationError

        from afstand.field_errors import problems_from

        raw = self.read_month_raw(month)
        try:
            return entries_adapter().validate_python(raw)
        except ValidationError as error:
            problems = problems_from(error, lambda field, message: f"entries.{field}: {message}")
            raise JournalUnreadable(
                t("journal.invalid", path=path),
                hint=t("hint.journal_corrupt", path=path),
                problems=problems[:5],
            ) from error

    def entries(self, period: Period = ALL_TIME, client: str | None = None) -> list[Entry]:
        """Entries in `period` (and with `client`), in order of date and creation."""
        found = [
            entry
            for month in self._months_in(period)
            for entry in self.read_month(month)
            if period.contains(entry.date) and (client is None or entry.client == client)
        ]
        return sort_entries(found)

    def raw_entries(self, period: Period = ALL_TIME) -> Iterator[dict[str, Any]]:
        """Like `entries` but as plain data, for readers that touch a few fields of many."""
        for month in self._months_in(period):
            entries = self.read_month_raw(month)
            try:
                days = [date.fromisoformat(entry["date"]) for entry in entries]
                if not all(
                    isinstance(e.get("id"), str) and isinstance(e.get("client"), str)
                    for e in entries
                ):
                    raise ValueError
            except (KeyError, TypeError, ValueError):
                self.read_month(month)  # raises the full account of what is wrong
                raise
            for entry, day in zip(entries, days, strict=True):
                if period.contains(day):
                    yield entry

    def _months_in(self, period: Period) -> list[str]:
        months = self.months()
        if period.start is not None:
            months = [m for m in months if m >= month_of(period.start)]
        if period.end is not None:
            months = [m for m in months if m <= month_of(period.end)]
        return months

    def find(self, prefix: str) -> Entry:
        """The entry whose id starts with `prefix` (at least 4 characters, unique)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise InvalidInput(t("journal.prefix_short"), hint=t("hint.list_ids"))
        needle = prefix.encode()
        matches: list[Entry] = []
        for month in reversed(self.months()):
            path = self.month_path(month)
            try:
                raw = self.read_bytes(path)
            except FileNotFoundError:
                raw = b""
            except OSError:
                continue
            # most months do not hold it: skip parsing them (unless a conflict copy might)
            if needle not in raw and not sync.has_copies(self, month):
                continue
            matches.extend(e for e in self.read_month(month) if e.id.startswith(prefix))
        if not matches:
            raise NotFound(t("journal.no_entry", prefix=prefix), hint=t("hint.list_ids"))
        if len(matches) > 1:
            raise InvalidInput(
                t("journal.ambiguous", prefix=prefix, count=len(matches)),
                hint=t("hint.longer_prefix"),
                problems=[f"{e.id}  {e.date}  {e.client}" for e in matches[:10]],
            )
        return matches[0]

    def clients(self, since: date | None = None) -> list[str]:
        """Client codes used (since `since`), most recent first."""
        seen: dict[str, str] = {}
        for entry in self.raw_entries(Period(start=since)):
            client, day = entry["client"], entry["date"]
            if day > seen.get(client, ""):
                seen[client] = day
        return sorted(seen, key=lambda code: seen[code], reverse=True)

    # -- changing ----------------------------------------------------------------------------

    def add(self, entry: Entry) -> None:
        with self.lock():
            entries = self.read_month(entry.month)
            if any(existing.id == entry.id for existing in entries):
                raise InvalidInput(t("journal.duplicate_id", id=entry.id))
            self._write_month(entry.month, [*entries, entry])

    def replace(self, entry: Entry) -> None:
        """Write a changed entry; when its date moved to another month, move it there too."""
        with self.lock():
            old = self._locate(entry.id)
            if old.month == entry.month:
                entries = self.read_month(entry.month)
                self._write_month(entry.month, [entry if e.id == entry.id else e for e in entries])
                return
            # add to the new month first: a crash in between leaves a copy, never a loss
            target = [e for e in self.read_month(entry.month) if e.id != entry.id]
            self._write_month(entry.month, [*target, entry])
            source = self.read_month(old.month)
            self._write_month(old.month, [e for e in source if e.id != entry.id])

    def delete(self, entry_id: str) -> Entry:
        with self.lock():
            old = self._locate(entry_id)
            entries = self.read_month(old.month)
            sync.record_deletions(self, [old])  # so that a synced copy does not bring it back
            self._write_month(old.month, [e for e in entries if e.id != entry_id])
            return old

    def remove_where(
        self, predicate: Callable[[Entry], bool], period: Period = ALL_TIME
    ) -> list[Entry]:
        """Remove every entry (in `period`) for which `predicate` holds, under one lock; each
        month that changes is written once. Returns what was removed."""
        removed: list[Entry] = []
        with self.lock():
            for month in self._months_in(period):
                entries = self.read_month(month)
                gone = [e for e in entries if period.contains(e.date) and predicate(e)]
                if gone:
                    ids = {e.id for e in gone}
                    sync.record_deletions(self, gone)  # so that a synced copy brings none back
                    self._write_month(month, [e for e in entries if e.id not in ids])
                    removed.extend(gone)
        return sort_entries(removed)

    def stored_entries(self, period: Period = ALL_TIME) -> Iterator[tuple[dict[str, Any], bytes]]:
        """Like `raw_entries`, with each entry's JSON (UTF-8) as it stands in its month file (one
        entry per line, see `encode_month`): an export that copies entries unchanged need not
        encode them again. Where a file is not laid out that way (edited by hand, or of an older
        schema version) the text is made anew from the data."""
        wanted = set(self._months_in(period))
        for month in self.months():
            if month not in wanted:
                continue
            path = self.month_path(month)
            if sync.has_copies(self, month):  # counted in, so the month's own lines do not do
                entries, lines = self.read_month_raw(month), None
            else:
                try:
                    data = self.read_bytes(path)
                except FileNotFoundError:
                    continue
                except OSError as error:
                    raise JournalUnreadable(
                        t("journal.unreadable", path=path, reason=error.strerror or str(error))
                    ) from error
                entries = decode_month(data, path)
                view = sync.reader_view(self, month, entries)  # without what was deleted
                lines = self._entry_lines(data, entries) if view is entries else None
                entries = view
            for index, entry in enumerate(entries):
                try:
                    day = date.fromisoformat(entry["date"])
                except (KeyError, TypeError, ValueError):
                    self.read_month(month)  # raises the full account of what is wrong
                    raise
                if period.contains(day):
                    text = lines[index] if lines is not None else None
                    if text is None:
                        text = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode(
                            "utf-8"
                        )
                    yield entry, text

    @staticmethod
    def _entry_lines(data: bytes, entries: list[dict[str, Any]]) -> list[bytes] | None:
        """The JSON of each entry when the file is as `encode_month` writes it, else None."""
        lines = data.split(b"\n")
        opening = b',"entries":['
        if len(lines) != len(entries) + 3 or not lines[0].endswith(opening):
            return None
        try:
            header = json.loads(lines[0][: -len(opening)] + b"}")
        except ValueError:
            return None
        if not isinstance(header, dict) or header.get("schema_version") != SCHEMA_VERSION:
            return None
        found = []
        for line, entry in zip(lines[1:-2], entries, strict=True):
            text = line[:-1] if line.endswith(b",") else line
            start = b'{"id":' + json.dumps(entry.get("id")).encode("utf-8")
            if not (text.startswith(start) and text.endswith(b"}")):
                return None
            found.append(text)
        return found

    def merge(
        self, entries: list[Entry], overwrite: bool = False, dry_run: bool = False
    ) -> MergeResult:
        """Bring `entries` (validated, unique ids) into the journal under one lock: a new id is
        added, an equal entry skipped, a different entry with a known id is a conflict that
        keeps the local one (or replaces it, with `overwrite`). Everything is read before
        anything is written, and each changed month is written once; months that gain
        entries are written before months that only lose one, so a crash never loses one."""
        result = MergeResult(added=[], skipped=[], conflicts=[], replaced=[])
        with self.lock():
            where: dict[str, str] = {}
            for month in self.months():
                for raw in self.read_month_raw(month):
                    if isinstance(raw.get("id"), str):
                        where[raw["id"]] = month
            loaded: dict[str, list[Entry]] = {}

            def month_entries(month: str) -> list[Entry]:
                if month not in loaded:
                    loaded[month] = self.read_month(month)
                return loaded[month]

            gaining: set[str] = set()
            losing: set[str] = set()
            for entry in entries:
                known = where.get(entry.id)
                local = None
                if known is not None:
                    local = next((e for e in month_entries(known) if e.id == entry.id), None)
                if known is None or local is None:
                    month_entries(entry.month).append(entry)
                    gaining.add(entry.month)
                    where[entry.id] = entry.month
                    result.added.append(entry)
                elif local == entry:
                    result.skipped.append(entry)
                elif not overwrite:
                    result.conflicts.append(entry)
                else:
                    loaded[known] = [e for e in month_entries(known) if e.id != entry.id]
                    losing.add(known)
                    month_entries(entry.month).append(entry)
                    gaining.add(entry.month)
                    where[entry.id] = entry.month
                    result.replaced.append(entry)
            if not dry_run:
                sync.record_restorations(self, [e.id for e in result.added])  # on purpose
                for month in sorted(gaining):
                    self._write_month(month, loaded[month])
                for month in sorted(losing - gaining):
                    self._write_month(month, loaded[month])
        return result

    def _locate(self, entry_id: str) -> Entry:
        for month in reversed(self.months()):
            for entry in self.read_month(month):
                if entry.id == entry_id:
                    return entry
        raise NotFound(t("journal.no_entry", prefix=entry_id))

    def _write_month(self, month: str, entries: list[Entry]) -> None:
        path = self.month_path(month)
        sync.before_write(self, month)  # a month that went back in time is not written over
        if not entries:
            remove_file(path)
        else:
            self.write_bytes(path, encode_month(month, sort_entries(entries)))
        sync.after_write(self, month, entries)  # the record of the month's latest write
