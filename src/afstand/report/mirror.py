"""One sentence after saving that holds up a mirror: this session's position beside this
client's earlier ones. It describes the professional's own answers; it judges nothing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.models.entry import Entry

LOOK_BACK_DAYS = 183


def affiliation_position(entry: Entry) -> float | None:
    """The affiliation position scaled to 0 (far too distant) .. 1 (far too close)."""
    for _, answer in entry.answers():
        if answer.tags.get("axis") == "affiliation" and isinstance(answer.value, int):
            return _scaled(answer.value, answer.min, answer.max)
    return None


def _scaled(value: int, low: int | None, high: int | None) -> float | None:
    if low is None or high is None or high <= low:
        return None
    return (value - low) / (high - low)


def _raw_position(raw: dict[str, Any]) -> float | None:
    for answered_set in raw.get("sets", []):
        for answer in answered_set.get("answers", []):
            if answer.get("tags", {}).get("axis") == "affiliation":
                value = answer.get("value")
                if isinstance(value, int) and not isinstance(value, bool):
                    return _scaled(value, answer.get("min"), answer.get("max"))
    return None


def zone(position: float) -> str:
    if position <= 0.2:
        return "distant"
    if position >= 0.8:
        return "close"
    return "middle"


def mirror_sentence(journal: Journal, entry: Entry) -> str | None:
    position = affiliation_position(entry)
    if position is None:
        return None
    since = entry.date - timedelta(days=LOOK_BACK_DAYS)
    earlier: list[tuple[date, str, float]] = []
    for raw in journal.raw_entries(Period(start=since, end=entry.date)):
        if raw.get("client") != entry.client or raw.get("id") == entry.id:
            continue
        other = _raw_position(raw)
        if other is not None:
            earlier.append((date.fromisoformat(raw["date"]), raw.get("created", ""), other))
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
