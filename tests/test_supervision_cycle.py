"""A whole supervision series of ten meetings, driven through the domain with a clock that the
test moves: goals, an inbreng before every meeting built from the reflections flagged since the
last one, a reflectieverslag after every meeting with its due date, the evaluations after the
third meeting, halfway and at the end, and the final summary per learning goal."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from afstand.exchange.export.select import alias_map, code_pattern, replace_codes
from afstand.journal.store import Journal
from afstand.models.entry import Entry
from afstand.models.supervision import EvaluationInput, MeetingInput, SeriesInput, VerslagInput
from afstand.questionnaires.catalog import load_catalog
from afstand.reflection.answer_checks import build_entry
from afstand.reflection.answers_file import submission_from
from afstand.supervision import series as ops
from afstand.supervision.documents.blocks import Aliases
from afstand.supervision.documents.build import (
    evaluation_document,
    inbreng_document,
    verslag_document,
)
from afstand.supervision.documents.render import html, markdown
from afstand.supervision.evaluation import goal_trails, which_evaluation, write_evaluation
from afstand.supervision.inbreng import choose, gather, record
from afstand.supervision.schedule import evaluations_due, verslag_due
from afstand.supervision.status import series_items
from afstand.supervision.store import SupervisionLog
from afstand.supervision.verslag import write_verslag

CATALOG = load_catalog(None)
FIRST = date(2026, 1, 12)  # a Monday; meetings every two weeks from here
CLIENTS = ("K7", "MW-03", "B12")


class Clock:
    """The test's clock: it says what the test set it to."""

    def __init__(self, day: date) -> None:
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(20, 0), tzinfo=UTC)

    def today(self) -> date:
        return self.day


class Mapped:
    def __init__(self, clients: list[str]) -> None:
        self.mapping = alias_map(clients)
        self.pattern = code_pattern(self.mapping)

    def code(self, client: str) -> str:
        return self.mapping.get(client, client)

    def text(self, text: str) -> str:
        return replace_codes(text, self.mapping, self.pattern)


def aliases(clients: list[str]) -> Aliases:
    return Mapped(clients)


def reflection(client: str, day: date, question: str, clock: Clock) -> Entry:
    submission = submission_from(
        {
            "client": client,
            "date": day.isoformat(),
            "supervision": True,
            "supervision_question": question,
            "answers": {"countertransference": {"position": 6, "type2_signals": ["rescuing"]}},
        }
    )
    return build_entry(submission, CATALOG, now=clock.now(), today=clock.today())


def goals_of(number: int) -> list[int]:
    """Which goals meeting `number` touches: goal 1 in every third meeting, 2 in the even ones,
    3 only in the last."""
    touched = []
    if number % 3 == 1:
        touched.append(1)
    if number % 2 == 0:
        touched.append(2)
    if number == 10:
        touched.append(3)
    return touched


@pytest.fixture
def journal(afstand_home: Path) -> Journal:
    return Journal(afstand_home / "journal")


def test_a_series_of_ten_meetings_runs_its_whole_cycle(journal: Journal) -> None:
    clock = Clock(date(2026, 1, 5))
    log = SupervisionLog(journal)
    series = ops.new_series(
        SeriesInput.model_validate(
            {
                "kind": "supervision",
                "supervisor": {"name": "Anna de Vries", "registry": "LVSC", "number": "1234"},
                "planned_meetings": 10,
                "started": "2026-01-05",
                "goals": [
                    "I notice sooner when I start rescuing.",
                    "I name what happens between me and the client.",
                    "I keep my own limits in home visits.",
                ],
            }
        ),
        clock.now(),
    )
    log.add(series)
    find = ops.reflection_finder(journal)
    for number in range(1, 11):  # the ten meetings are planned at the start, 14:00-15:00
        day = FIRST + timedelta(days=14 * (number - 1))
        given = MeetingInput(date=day, start="14:00", end="15:00", goals=goals_of(number))

        def plan(current, others, given=given):  # type: ignore[no-untyped-def]
            return ops.add_meeting(
                current, ops.build_meeting(current, others, given, find), clock.now()
            )

        series = log.change(series.id, plan)
    assert [m.minutes for m in series.ordered_meetings()] == [60] * 10

    brought: dict[int, list[str]] = {}
    evaluations: dict[str, str] = {}
    for number in range(1, 11):
        meeting = series.ordered_meetings()[number - 1]
        # two reflections flagged for supervision since the last meeting, one not flagged
        for offset, client in ((4, CLIENTS[number % 3]), (6, CLIENTS[(number + 1) % 3])):
            clock.day = meeting.date - timedelta(days=offset)
            journal.add(reflection(client, clock.day, f"What pulls me to {client}?", clock))
        clock.day = meeting.date - timedelta(days=1)
        gathered = gather(journal, series, meeting, clock.today())
        assert len(gathered.flagged) == 2, number  # only what is new since the last meeting
        chosen = choose(gathered, journal, None)
        document = inbreng_document(
            gathered, chosen, "Where is my limit?", "en", aliases, clock.today()
        )
        text = markdown(document)
        assert f"# Inbreng for meeting {number} — supervision with Anna de Vries" in text
        assert "Reflections I bring in (2)" in text
        for code in CLIENTS:  # the document for the supervisor shows aliases only
            assert not re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text), (number, code)
        assert "· C1" in text
        series = log.change(
            series.id,
            lambda current, others, m=meeting, c=chosen: record(
                current, m, c, "Where is my limit?", clock.now()
            ),
        )
        brought[number] = [e.id for e in chosen]

        clock.day = meeting.date + timedelta(days=1)  # the day after: the verslag
        answers = VerslagInput.model_validate(
            {
                "answers": {
                    "what_we_did": f"We looked at meeting {number}'s case.",
                    "what_it_did": "It made me calmer.",
                    "what_next": "Ask before I act.",
                }
            }
        )
        current = next(m for m in series.meetings if m.id == meeting.id)
        series = log.change(
            series.id,
            lambda s, o, m=current, a=answers: write_verslag(
                s, m, a, CATALOG, clock.now(), clock.today()
            ),
        )
        current = next(m for m in series.meetings if m.id == meeting.id)
        due = verslag_due(series, current)
        if number < 10:
            assert due.day == FIRST + timedelta(days=14 * number - 2)
            assert not due.estimated
        else:  # no next meeting: two weeks on is assumed, and said to be
            assert due.day == current.date + timedelta(days=12)
            assert due.estimated
        verslag_text = markdown(verslag_document(series, current, due, "en"))
        assert f"Due by** — {due.day.isoformat()}" in verslag_text
        assert f"We looked at meeting {number}'s case." in verslag_text

        due_now = evaluations_due(series, clock.today())
        if number in (3, 5, 10):
            kind = which_evaluation(series, clock.today(), None)
            assert [k for k, _ in due_now] == [kind]
            words = EvaluationInput(goals={1: f"Words on goal 1 after {number}."})
            series = log.change(
                series.id,
                lambda s, o, k=kind, w=words: write_evaluation(s, k, w, clock.now(), clock.today()),
            )
            evaluation = next(e for e in series.evaluations if e.kind == kind)
            trails = goal_trails(journal, series, evaluation.after_meeting)
            evaluations[kind] = markdown(
                evaluation_document(series, evaluation, trails, "en", aliases, clock.today())
            )
        else:
            assert due_now == []

    assert list(evaluations) == ["early", "midway", "final"]
    assert [e.after_meeting for e in series.evaluations] == [3, 5, 10]
    assert "Early evaluation after meeting 3" in evaluations["early"]
    assert "Midway evaluation after meeting 5" in evaluations["midway"]

    # the final summary: each goal with the meetings and the reflections that touched it
    final = evaluations["final"]
    trails = goal_trails(journal, series)
    for trail in trails:
        expected = [n for n in range(1, 11) if trail.goal.number in goals_of(n)]
        assert trail.meetings == expected
        ids = sorted({i for n in expected for i in brought[n]})
        assert sorted(e.id for e in trail.reflections) == ids
        touched = ", ".join(str(n) for n in expected)
        assert touched in final
        assert f"{len(ids)} reflection" in final
    assert "10 of 10 held" in final
    assert "10.0 hours" in final
    assert "reflection reports written on 10 of 10 meetings" in final
    assert "Supervisor's signature (Anna de Vries)" in final
    assert "Words on goal 1 after 10." in final
    assert "K7" not in final and "MW-03" not in final

    # nothing is due any more, and the stored series reads back the same
    assert series_items([series], clock.today()) == []
    assert log.find(series.id[:6]) == series
    # the documents render as HTML too, without a script
    page = html(
        evaluation_document(series, series.evaluations[-1], trails, "en", aliases, clock.today())
    )
    assert "<script" not in page and "Content-Security-Policy" in page
