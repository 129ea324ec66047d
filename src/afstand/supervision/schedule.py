"""When things are due in a series: the verslag before the next meeting, and the evaluations
after the third meeting, halfway and at the end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from afstand.models.supervision import EvaluationKind, Meeting, Series

DAYS_BEFORE = 2  # the verslag is due this many days before the next meeting
USUAL_INTERVAL = 14  # meetings are about two weeks apart when the next is not planned yet
EARLY_AFTER = 3


def minimum_minutes(group_size: int) -> int:
    """The usual least length of a meeting: an hour alone, half an hour more per supervisee
    more (1½ h with two, 2 h with three, 2½ h with four)."""
    return 60 + 30 * (max(group_size, 1) - 1)


def held(series: Series, today: date) -> list[Meeting]:
    """The meetings that have taken place (up to and including today), in order."""
    return [m for m in series.ordered_meetings() if m.date <= today]


def upcoming(series: Series, today: date) -> list[Meeting]:
    return [m for m in series.ordered_meetings() if m.date > today]


def next_after(series: Series, meeting: Meeting) -> Meeting | None:
    ordered = series.ordered_meetings()
    index = [m.id for m in ordered].index(meeting.id)
    return ordered[index + 1] if index + 1 < len(ordered) else None


def previous_before(series: Series, meeting: Meeting) -> Meeting | None:
    ordered = series.ordered_meetings()
    index = [m.id for m in ordered].index(meeting.id)
    return ordered[index - 1] if index > 0 else None


@dataclass(frozen=True)
class Due:
    day: date
    estimated: bool  # the next meeting is not planned yet: two weeks after this one is assumed


def verslag_due(series: Series, meeting: Meeting, days_before: int = DAYS_BEFORE) -> Due:
    following = next_after(series, meeting)
    if following is not None:
        return Due(following.date - timedelta(days=days_before), estimated=False)
    return Due(meeting.date + timedelta(days=USUAL_INTERVAL - days_before), estimated=True)


def evaluation_points(series: Series) -> dict[EvaluationKind, int]:
    """After which meeting each evaluation comes: the third, the middle one, the last one
    planned. A short series has fewer: a point that falls on another is left out."""
    planned = series.planned_meetings
    points: dict[EvaluationKind, int] = {"final": planned}
    if planned > EARLY_AFTER:
        points["early"] = EARLY_AFTER
    middle = (planned + 1) // 2
    if EARLY_AFTER < middle < planned:
        points["midway"] = middle
    return {kind: points[kind] for kind in ("early", "midway", "final") if kind in points}


def evaluations_due(series: Series, today: date) -> list[tuple[EvaluationKind, int]]:
    """The evaluations whose meeting has taken place and that are not written yet."""
    done = {e.kind for e in series.evaluations}
    count = len(held(series, today))
    return [
        (kind, after)
        for kind, after in evaluation_points(series).items()
        if kind not in done and count >= after
    ]


def next_evaluation(series: Series) -> tuple[EvaluationKind, int] | None:
    done = {e.kind for e in series.evaluations}
    for kind, after in evaluation_points(series).items():
        if kind not in done:
            return kind, after
    return None


def verslagen_due(
    series: Series, today: date, days_before: int = DAYS_BEFORE
) -> list[tuple[int, Meeting, Due]]:
    """Meetings that took place and have no verslag yet, with when it is due."""
    found = []
    for number, meeting in enumerate(series.ordered_meetings(), start=1):
        if meeting.date <= today and meeting.verslag is None:
            found.append((number, meeting, verslag_due(series, meeting, days_before)))
    return found


def is_finished(series: Series, today: date) -> bool:
    """Every planned meeting held and the final evaluation written."""
    return len(held(series, today)) >= series.planned_meetings and any(
        e.kind == "final" for e in series.evaluations
    )
