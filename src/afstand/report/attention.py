"""Attention points: invitations in one line each, with their evidence, ranked by how many
reflections support them. They describe the professional's own answers; never a verdict."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import pairwise

from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.questionnaires.tags import KNOWN_TAGS
from afstand.report.entries import EntryView, ScaleValues, share_of, tagged_scales
from afstand.report.model import Point

EXTREME = 0.1  # only the end of a scale counts as an extreme (1 or 7 on 1..7)
PRESSURE = 0.75  # a need answered in the upper quarter of its scale counts as under pressure
GAP_DAYS = 14
NEEDS = KNOWN_TAGS["need"]


def attention(
    views: Sequence[EntryView],
    client: str | None,
    period: Period,
    today: date,
    pole_sets: set[str],
    needs: dict[str, ScaleValues] | None = None,
) -> list[Point]:
    """The attention points of `views`; `needs` their `tagged_scales` of need, if known."""
    points: list[Point] = []
    by_client: dict[str, list[EntryView]] = defaultdict(list)
    for view in views:
        by_client[view.client].append(view)
    for code, mine in sorted(by_client.items()):
        asked = [v for v in mine if not pole_sets.isdisjoint(v.sets)]
        for pole, key in (("proximity", "type2-with-client"), ("distance", "type1-with-client")):
            hits = [v for v in asked if v.poles.get(pole)]  # its signals of `pole`
            if len(asked) >= 3 and len(hits) * 2 >= len(asked):
                points.append(
                    Point(
                        code=key,
                        client=code,
                        message=t(
                            f"attention.{key}", client=code, count=len(hits), total=len(asked)
                        ),
                        evidence=t("evidence.dates", dates=_dates(hits)),
                        strength=len(hits) * len(hits) / len(asked),
                    )
                )
        placed, shares = _placed(mine)
        points += _streaks(code, placed, shares)
        points += _swinging(code, placed, shares)
        unasked = [
            v for v in mine if "touch" in v.by_dimension and v.tagged("touch", "touched-unasked")
        ]
        if unasked:
            points.append(
                Point(
                    code="touch-without-consent",
                    client=code,
                    message=t("attention.touch-without-consent", client=code, count=len(unasked)),
                    evidence=t("evidence.dates", dates=_dates(unasked)),
                    strength=float(len(unasked)) + 1,
                )
            )
    if needs is None:
        needs = tagged_scales(views, "need")
    for need, scale in sorted(needs.items()):
        if need not in NEEDS:
            continue
        pressed = sum(1 for s in scale.shares if s >= PRESSURE)
        total = len(scale.values)
        if total >= 3 and pressed * 2 > total:
            points.append(
                Point(
                    code="need-under-pressure",
                    message=t(
                        "attention.need-under-pressure",
                        need=t(f"need.{need}"),
                        count=pressed,
                        total=total,
                    ),
                    evidence=t("evidence.streak", dates=_pressed(views, need)),
                    strength=pressed * pressed / total,
                )
            )
    if client is None:
        points += _gaps(views, period, today)
    return sorted(points, key=lambda p: (-p.strength, p.code, p.client or ""))


def _pressed(views: Iterable[EntryView], need: str) -> str:
    """The dates (and values) of the answers that put `need` under pressure."""
    found = []
    for view in views:
        for dimension, tag, value, low, high in view.scales:
            if dimension != "need" or tag != need or low is None or high is None or high <= low:
                continue
            if (value - low) / (high - low) >= PRESSURE:
                found.append(f"{view.day.isoformat()} ({value})")
    return ", ".join(found)


def _dates(views: Iterable[EntryView]) -> str:
    return ", ".join(v.day.isoformat() for v in views)


def in_zone(share: float, zone: str) -> bool:
    return share >= 1 - EXTREME if zone == "close" else share <= EXTREME


def _placed(views: Sequence[EntryView]) -> tuple[list[EntryView], list[float]]:
    """The views with a position between distance and closeness, and its share of its scale."""
    placed = []
    shares = []
    for view in views:
        share = share_of(view.affiliation)
        if share is not None:
            placed.append(view)
            shares.append(share)
    return placed, shares


def _streaks(code: str, placed: Sequence[EntryView], shares: Sequence[float]) -> list[Point]:
    points = []
    for zone in ("close", "distant"):
        start = length = best_start = best = 0
        for index, share in enumerate(shares):
            if in_zone(share, zone):
                if not length:
                    start = index
                length += 1
                if length > best:
                    best_start, best = start, length
            else:
                length = 0
        longest = placed[best_start : best_start + best]
        if len(longest) >= 3:
            shown = ", ".join(
                f"{v.day.isoformat()} ({v.affiliation[0]})" for v in longest if v.affiliation
            )
            points.append(
                Point(
                    code=f"extreme-{zone}",
                    client=code,
                    message=t(f"attention.extreme-{zone}", client=code, count=len(longest)),
                    evidence=t("evidence.streak", dates=shown),
                    strength=float(len(longest)),
                )
            )
    return points


def switches(shares: Iterable[float]) -> int:
    """How often the answers at an end of the scale changed end (answers between are passed)."""
    ends = [
        "close" if in_zone(s, "close") else "distant"
        for s in shares
        if in_zone(s, "close") or in_zone(s, "distant")
    ]
    return sum(1 for a, b in pairwise(ends) if a != b)


def _swinging(code: str, placed: Sequence[EntryView], shares: Sequence[float]) -> list[Point]:
    """Both ends of the scale with one client, alternating at least twice (1, 7, 1): a mean
    of 4 would hide it."""
    changed = switches(shares)
    if changed < 2:
        return []
    ends = [
        v
        for v, share in zip(placed, shares, strict=True)
        if in_zone(share, "close") or in_zone(share, "distant")
    ]
    shown = ", ".join(f"{v.day.isoformat()} ({v.affiliation[0]})" for v in ends if v.affiliation)
    return [
        Point(
            code="alternating-extremes",
            client=code,
            message=t("attention.alternating-extremes", client=code, count=len(ends)),
            evidence=t("evidence.streak", dates=shown),
            strength=float(len(ends)) + 0.5,
        )
    ]


def _gaps(views: Sequence[EntryView], period: Period, today: date) -> list[Point]:
    if period.start is None:
        return []
    end = min(period.end or today, today)
    days = sorted({v.day for v in views})
    marks = [period.start - timedelta(days=1), *days, end + timedelta(days=1)]
    points = []
    for before, after in pairwise(marks):
        silent = (after - before).days - 1
        if silent >= GAP_DAYS:
            first, last = before + timedelta(days=1), after - timedelta(days=1)
            points.append(
                Point(
                    code="no-reflection",
                    message=t("attention.no-reflection", days=silent),
                    evidence=t("evidence.gap", start=first.isoformat(), end=last.isoformat()),
                    strength=silent / 14,
                )
            )
    return points
