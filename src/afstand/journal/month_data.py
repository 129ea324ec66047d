"""What the sync code (conflict copies, merges, `afstand check`) needs from the month format,
in one place: the entries of a month as plain data, and a month from entries. The merge works
on plain data (`id`, `created`, `updated`, `date`), so only these functions know how a month
file is laid out."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.journal.format import Month, compress, decode_month, encode_month, sort_entries

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.models.month_file import Header, StoredEntry


def plain(entry: Entry) -> dict[str, Any]:
    return entry.model_dump(mode="json", exclude_defaults=True)


def entries_of(raw: bytes, path: Path) -> list[dict[str, Any]]:
    """The entries of a month file as plain data, checked (JournalUnreadable when not)."""
    return [plain(entry) for entry in decode_month(raw, path)]


def checked_entries_of(raw: bytes, path: Path) -> list[dict[str, Any]]:
    """Like `entries_of`: reading a month validates every entry (JournalUnreadable)."""
    return entries_of(raw, path)


def month_entries(month: Month) -> list[dict[str, Any]]:
    """The entries of a read month as plain data, each with its full wording."""
    return [plain(month.expand(stored)) for stored in month.entries]


def as_entries(entries: list[dict[str, Any]]) -> list[Entry]:
    """Plain data as validated entries (a ValueError when one does not validate)."""
    from afstand.models.entry import Entry

    return [Entry.model_validate_json(json.dumps(entry)) for entry in entries]


def as_month(name: str, entries: list[Entry]) -> Month:
    """A month holding `entries`, as if read from the file that `month_bytes` makes."""
    wordings, stored = compress(sort_entries(entries))
    return Month(name, wordings, stored)


def month_bytes(month: str, entries: list[Entry]) -> bytes:
    return encode_month(month, sort_entries(entries))


def version_of(entry: Entry | StoredEntry | Header) -> datetime:
    """When this version of a typed entry was last changed (as `merge.changed` for plain data)."""
    return entry.updated or entry.created
