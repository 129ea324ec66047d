"""The JSON export: every entry as stored, for `afstand import` on another computer.

    {"format": "afstand-export", "schema_version": 1, "afstand_version": "0.1.0",
     "exported": "2026-11-21T20:15:03+01:00", "complete": true, "aliased": false,
     "notes": true, "notice": "...", "selection": {...},
     "entries": [
    {"id": ..., "created": ..., "updated": ..., "date": ..., "client": ..., "sets": [...],
     "note": ..., "supervision": true, "supervision_question": ...},
    ...]}

One entry per line, like the journal's month files, and exactly as stored there (keys with
their default value, such as `"updated": null` or `"supervision": false`, may be left out):
compact, still readable with `less` and `grep`, and fast to write for a whole journal.

`complete` is false for an export with aliases (`--alias-clients`) or without free
text (`--no-notes`): those are not the journal as it is, and `import` refuses them unless
`--force`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afstand import __version__
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions
    from afstand.models.entry import Entry

EXPORT_FORMAT = "afstand-export"
SCHEMA_VERSION = 1


def stored_form(entry: Entry) -> dict[str, Any]:
    """An entry as the journal stores it (keys with their default value left out)."""
    return entry.model_dump(mode="json", exclude_defaults=True)


def entry_text(stored: dict[str, Any]) -> bytes:
    return json.dumps(stored, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


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


def render(entries: Sequence[bytes], options: ExportOptions, *, now: datetime) -> bytes:
    """The export document (UTF-8) for `entries`, each the JSON of an entry as stored."""
    top = json.dumps(header(options, now), ensure_ascii=False, indent=2)[:-2].encode("utf-8")
    if not entries:
        return top + b',\n  "entries": []\n}\n'
    return b"".join((top, b',\n  "entries": [\n', b",\n".join(entries), b"\n  ]\n}\n"))
