"""Every interface text, in Dutch and English, split by the area of afstand that speaks it.

A test checks that each has both languages, the same placeholders in both, and that no key is
defined in two areas."""

from __future__ import annotations

from afstand.i18n.messages import (
    commands,
    common,
    exchange,
    journal,
    questionnaires,
    reflection,
    registers,
    report,
    safety,
    supervision,
    sync,
)
from afstand.i18n.messages.forms import Forms

AREAS: dict[str, dict[str, Forms]] = {
    "common": common.MESSAGES,
    "questionnaires": questionnaires.MESSAGES,
    "commands": commands.MESSAGES,
    "reflection": reflection.MESSAGES,
    "journal": journal.MESSAGES,
    "report": report.MESSAGES,
    "exchange": exchange.MESSAGES,
    "registers": registers.MESSAGES,
    "supervision": supervision.MESSAGES,
    "safety": safety.MESSAGES,
    "sync": sync.MESSAGES,
}

MESSAGES: dict[str, Forms] = {key: forms for area in AREAS.values() for key, forms in area.items()}
