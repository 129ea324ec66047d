"""The evaluations after the third meeting, halfway and at the end: per learning goal, the
meetings and the reflections that touched it, and the professional's own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from afstand.errors import AfstandError, InvalidInput
from afstand.i18n import t
from afstand.models.supervision import (
    Evaluation,
    EvaluationInput,
    EvaluationKind,
    Goal,
    GoalWords,
    Series,
)
from afstand.reflection.identifiers import Finding, find_in_text
from afstand.supervision.schedule import evaluation_points, held
from afstand.supervision.series import MAX_TEXT, text_problem

if TYPE_CHECKING:
    from afstand.journal.store import Journal
    from afstand.models.entry import Entry


@dataclass
class GoalTrail:
    goal: Goal
    meetings: list[int]  # numbers of the meetings that touched the goal
    reflections: list[Entry]  # brought into those meetings, by date
    missing: int  # reflections of those meetings that are no longer in the journal


def goal_trails(journal: Journal, series: Series, up_to: int | None = None) -> list[GoalTrail]:
    """For every goal, the meetings (up to meeting `up_to`) that touched it and the reflections
    brought into them."""
    ordered = series.ordered_meetings()
    if up_to is not None:
        ordered = ordered[:up_to]
    cache: dict[str, Entry | None] = {}

    def lookup(entry_id: str) -> Entry | None:
        if entry_id not in cache:
            try:
                cache[entry_id] = journal.find(entry_id)
            except AfstandError:
                cache[entry_id] = None
        return cache[entry_id]

    trails = []
    for goal in series.goals:
        numbers = [n for n, m in enumerate(ordered, start=1) if goal.number in m.goals]
        ids: list[str] = []
        for number in numbers:
            ids += [r for r in ordered[number - 1].reflections if r not in ids]
        found = [e for e in (lookup(i) for i in ids) if e is not None]
        trails.append(
            GoalTrail(
                goal=goal,
                meetings=numbers,
                reflections=sorted(found, key=lambda e: (e.date, e.created)),
                missing=len(ids) - len(found),
            )
        )
    return trails


def which_evaluation(series: Series, today: date, kind: EvaluationKind | None) -> EvaluationKind:
    """The evaluation asked for, or the first one that is due and not written."""
    points = evaluation_points(series)
    count = len(held(series, today))
    if kind is not None:
        if kind not in points:
            raise InvalidInput(t("evaluation.not_in_series", kind=t("evaluation.kind." + kind)))
        if count < points[kind]:
            raise InvalidInput(
                t(
                    "evaluation.too_early",
                    kind=t("evaluation.kind." + kind),
                    after=points[kind],
                    count=count,
                )
            )
        return kind
    done = {e.kind for e in series.evaluations}
    for candidate, after in points.items():
        if candidate not in done and count >= after:
            return candidate
    raise InvalidInput(t("evaluation.none_due", count=count), hint=t("hint.evaluation_kind"))


def write_evaluation(
    series: Series, kind: EvaluationKind, given: EvaluationInput, now: datetime, today: date
) -> Series:
    known = {g.number for g in series.goals}
    problems = []
    for number, words in given.goals.items():
        if number not in known:
            problems.append(f"goals.{number}: {t('supervision.no_goal', number=number)}")
        elif problem := text_problem(f"goals.{number}", words, MAX_TEXT):
            problems.append(problem)
    if problem := text_problem("overall", given.overall, MAX_TEXT):
        problems.append(problem)
    if problems:
        raise InvalidInput(t("supervision.invalid"), problems=problems)
    evaluation = Evaluation(
        kind=kind,
        after_meeting=min(len(held(series, today)), evaluation_points(series)[kind]),
        written=now,
        goals=[
            GoalWords(goal=n, words=w.strip()) for n, w in sorted(given.goals.items()) if w.strip()
        ],
        overall=given.overall.strip() if given.overall and given.overall.strip() else None,
    )
    kept = [e for e in series.evaluations if e.kind != kind]
    order = {k: i for i, k in enumerate(("early", "midway", "final"))}
    return series.model_copy(
        update={
            "evaluations": sorted([*kept, evaluation], key=lambda e: order[e.kind]),
            "updated": now,
        }
    )


def evaluation_findings(given: EvaluationInput, today: date) -> list[Finding]:
    found: list[Finding] = []
    for number, words in given.goals.items():
        found += find_in_text(words, f"goals.{number}", today)
    if given.overall:
        found += find_in_text(given.overall, "overall", today)
    return found
