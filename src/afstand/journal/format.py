"""The format of a month file: a header and one entry per line (see docs/journal-format.md).

Encoding, decoding with its checks, and the migrations from older versions of the format."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afstand.errors import JournalUnreadable
from afstand.i18n import t

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from afstand.models.entry import Entry

FORMAT = "afstand-journal"
SCHEMA_VERSION = 1


@cache
def entries_adapter() -> TypeAdapter[list[Entry]]:
    # built on first use: readers of plain data (the report) never pay for pydantic
    from pydantic import TypeAdapter

    from afstand.models.entry import Entry

    return TypeAdapter(list[Entry])


# schema version n → a function that turns a month document of version n into version n + 1
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def sort_entries(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date, e.created))


def encode_month(month: str, entries: list[Entry]) -> bytes:
    """One entry per line: compact, and still readable with `less` and `grep`."""
    lines = [
        json.dumps(
            e.model_dump(mode="json", exclude_defaults=True),
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for e in entries
    ]
    header = json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION, "month": month})
    return (header[:-1] + ',"entries":[\n' + ",\n".join(lines) + "\n]}\n").encode("utf-8")


def decode_month(raw: bytes, path: Path) -> list[dict[str, Any]]:
    try:
        document = json.loads(raw)
    except UnicodeDecodeError as error:
        raise JournalUnreadable(
            t("journal.not_json", path=path, detail=str(error)),
            hint=t("hint.journal_corrupt", path=path),
        ) from error
    except json.JSONDecodeError as error:
        detail = f"{error.msg} ({t('word.line')} {error.lineno}, {error.colno})"
        raise JournalUnreadable(
            t("journal.not_json", path=path, detail=detail),
            hint=t("hint.journal_corrupt", path=path),
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise JournalUnreadable(
            t("journal.not_journal", path=path), hint=t("hint.journal_corrupt", path=path)
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JournalUnreadable(
            t("journal.bad_version", path=path, version=version),
            hint=t("hint.journal_corrupt", path=path),
        )
    if version > SCHEMA_VERSION:
        raise JournalUnreadable(
            t("journal.too_new", path=path, version=version, supported=SCHEMA_VERSION),
            hint=t("hint.upgrade"),
        )
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    entries = document.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise JournalUnreadable(
            t("journal.not_journal", path=path), hint=t("hint.journal_corrupt", path=path)
        )
    return entries
