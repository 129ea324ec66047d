"""One sentence after saving that holds up a mirror: this session's position beside this
client's earlier ones. It describes the professional's own answers; it judges nothing."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from afstand.i18n import t
from afstand.journal.format import stored_facts
from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.models.answer_words import ScaledAnswer

if TYPE_CHECKING:
    from afstand.models.entry import Entry

LOOK_BACK_DAYS = 183


def affiliation_position(answers: Iterable[ScaledAnswer]) -> float | None:
    """The affiliation position scaled to 0 (far too distant) .. 1 (far too close)."""
    for answer in answers:
        value = answer.value
        if answer.tags.get("axis") == "affiliation" and type(value) is int:
            return _scaled(value, answer.min, answer.max)
    return None


def _scaled(value: int, low: int | None, high: int | None) -> float | None:
    if low is None or high is None or high <= low:
        return None
    return (value - low) / (high - low)


def zone(position: float) -> str:
    if position <= 0.2:
        return "distant"
    if position >= 0.8:
        return "close"
    return "middle"


def mirror_sentence(journal: Journal, entry: Entry) -> str | None:
    position = affiliation_position(answer for _, answer in entry.answers())
    if position is None:
        return None
    since = entry.date - timedelta(days=LOOK_BACK_DAYS)
    earlier: list[tuple[date, datetime, float]] = []
    for month, stored in journal.stored(Period(start=since, end=entry.date)):
        if stored.client != entry.client or stored.id == entry.id:
            continue
        other = affiliation_position(stored_facts(month, stored))
        if other is not None:
            earlier.append((stored.date, stored.created, other))
    if len(earlier) < 2:  # one earlier reflection is too few to compare with
        return None
    earlier.sort()
    positions = [p for _, _, p in earlier]
    here = zone(position)
    if here != "middle" and len(positions) >= 2 and all(zone(p) == here for p in positions[-2:]):
        return t(f"mirror.streak.{here}", client=entry.client)
    mean = sum(positions) / len(positions)
    direction = "same"
    if position - mean >= 0.15:
        direction = "closer"
    elif mean - position >= 0.15:
        direction = "further"
    return t(
        f"mirror.compare.{direction}",
        client=entry.client,
        count=len(positions),
        since=earlier[0][0].isoformat(),
    )
