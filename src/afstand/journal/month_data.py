"""What the sync code (conflict copies, merges, `afstand check`) needs from the month format,
in one place: the entries of a month file's bytes as plain data, and the bytes of a month from
entries. The merge works on plain data (`id`, `created`, `updated`, `date`), so only these
functions know how a month file is laid out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.journal.format import decode_month, encode_month, entries_adapter, sort_entries

if TYPE_CHECKING:
    from afstand.models.entry import Entry


def entries_of(raw: bytes, path: Path) -> list[dict[str, Any]]:
    """The entries of a month file as plain data (the header checked; JournalUnreadable)."""
    return decode_month(raw, path)


def checked_entries_of(raw: bytes, path: Path) -> list[dict[str, Any]]:
    """Like `entries_of`, and every entry validated (a ValueError when one does not)."""
    entries = decode_month(raw, path)
    entries_adapter().validate_python(entries)
    return entries


def as_entries(entries: list[dict[str, Any]]) -> list[Entry]:
    """Plain data as validated entries (a ValueError when one does not validate)."""
    return entries_adapter().validate_python(entries)


def month_bytes(month: str, entries: list[Entry]) -> bytes:
    return encode_month(month, sort_entries(entries))
