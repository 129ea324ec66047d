"""The JSON export: every entry as stored, for `afstand import` on another computer.

    {"format": "afstand-export", "schema_version": 1, "afstand_version": "0.1.0",
     "exported": "2026-11-21T20:15:03+01:00", "complete": true, "aliased": false,
     "notes": true, "notice": "...", "selection": {...},
     "entries": [
    {"id": ..., "created": ..., "updated": ..., "date": ..., "client": ..., "sets": [...],
     "note": ..., "supervision": ..., "supervision_question": ...},
    ...]}

One entry per line, like the journal's month files: compact, and still readable with `less`
and `grep`. `complete` is false for an export with aliases (`--alias-clients`) or without free
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
    from afstand.export import ExportOptions
    from afstand.models.entry import Entry

EXPORT_FORMAT = "afstand-export"
SCHEMA_VERSION = 1
ENTRY_KEYS = (
    "id",
    "created",
    "updated",
    "date",
    "client",
    "sets",
    "note",
    "supervision",
    "supervision_question",
)
# what the journal leaves out of a stored entry when it has its default value
_DEFAULTS: dict[str, Any] = {
    "updated": None,
    "sets": [],
    "note": None,
    "supervision": False,
    "supervision_question": None,
}


def stored_form(entry: Entry) -> dict[str, Any]:
    """An entry as the journal stores it."""
    return entry.model_dump(mode="json", exclude_defaults=True)


def full_form(stored: dict[str, Any]) -> dict[str, Any]:
    """A stored entry with every top-level key spelled out, in a fixed order."""
    full = {key: stored.get(key, _DEFAULTS.get(key)) for key in ENTRY_KEYS}
    full.update(stored)  # a key a later afstand adds is kept, after the known ones
    return full


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


def render(entries: Sequence[dict[str, Any]], options: ExportOptions, *, now: datetime) -> str:
    """The export document for `entries` (each as stored)."""
    top = json.dumps(header(options, now), ensure_ascii=False, indent=2)
    if not entries:
        return top[:-2] + ',\n  "entries": []\n}\n'
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines = ",\n".join(encode(full_form(entry)) for entry in entries)
    return top[:-2] + ',\n  "entries": [\n' + lines + "\n  ]\n}\n"
