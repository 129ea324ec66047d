"""The JSON export: every entry as stored, for `afstand import` on another computer.

    {
      "format": "afstand-export",
      "schema_version": 2,
      "afstand_version": "0.1.0",
      "exported": "2026-11-21T20:15:03+01:00",
      "complete": true, "aliased": false, "notes": true, "notice": "...", "selection": {...},
      "months": [
    {"month": "2026-10", "wordings": {...}, "entries": [...]},
    ...
      ]
    }

Each month on a line of its own, as the journal's month files hold it (format 2, see
docs/journal-format.md): its wordings, addressed by their hash, and its entries with their
answers. So an export is written, and imported, one month at a time, and stays readable
with `less` and `grep`. Schema 1 (a flat list `entries` of entries each with its full
wording) is still imported.

`complete` is false for an export with aliases (`--alias-clients`) or without free
text (`--no-notes`): those are not the journal as it is, and `import` refuses them unless
`--force`."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afstand import __version__
from afstand.i18n import t
from afstand.journal.format import encode_block

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions
    from afstand.models.month_file import StoredEntry, Wording

EXPORT_FORMAT = "afstand-export"
SCHEMA_VERSION = 2


def header(options: ExportOptions, now: datetime) -> dict[str, Any]:
    period = options.period
    return {
        "format": EXPORT_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "afstand_version": __version__,
        "exported": now.isoformat(timespec="seconds"),
        "complete": options.complete,
        "aliased": options.alias_clients,
        "notes": not options.no_notes,
        "notice": t("export.confidential"),
        "selection": {
            "from": period.start.isoformat() if period.start else None,
            "to": period.end.isoformat() if period.end else None,
            "client": "C1" if options.client and options.alias_clients else options.client,
            "supervision_only": options.supervision_only,
        },
    }


def opening(options: ExportOptions, now: datetime) -> bytes:
    top = json.dumps(header(options, now), ensure_ascii=False, indent=2)[:-2]
    return (top + ',\n  "months": [\n').encode("utf-8")


def month_line(
    month: str, wordings: dict[str, Wording], entries: list[StoredEntry], *, first: bool
) -> bytes:
    return (b"" if first else b",\n") + encode_block(month, wordings, entries)


def closing() -> bytes:
    return b"\n  ]\n}\n"
