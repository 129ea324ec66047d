"""Before a meeting: what is new since the last one (the reflections flagged for supervision
with their questions, the figures and attention points of that period, the open actions and
the learning goals), and recording what the professional chose to bring in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from afstand.errors import AfstandError, InvalidInput
from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.models.supervision import Action, Inbreng, Meeting, Series
from afstand.report.figures import build_report
from afstand.supervision.schedule import previous_before
from afstand.supervision.series import MAX_TEXT, open_actions, replace_meeting, text_problem

if TYPE_CHECKING:
    from afstand.journal.store import Journal
    from afstand.models.entry import Entry
    from afstand.report.model import Report


@dataclass
class Gathered:
    """What `prepare` offers for one meeting."""

    series: Series
    meeting: Meeting
    number: int
    period: Period  # since the day after the previous meeting (or the start of the series)
    flagged: list[Entry]  # reflections flagged for supervision in that period, by date
    report: Report  # the mirror of that period
    actions: list[tuple[int, Action]]
    clients: list[str]  # the clients of the period, in the order they first appear

    def clients_with(self, chosen: list[Entry]) -> list[str]:
        """The clients of the period and then those of reflections chosen from outside it:
        the order in which a document gives them aliases."""
        found = list(self.clients)
        for entry in sorted(chosen, key=lambda e: (e.date, e.created)):
            if entry.client not in found:
                found.append(entry.client)
        return found


def gather(journal: Journal, series: Series, meeting: Meeting, today: date) -> Gathered:
    before = previous_before(series, meeting)
    start = before.date + timedelta(days=1) if before else series.started
    end = min(meeting.date, today) if meeting.date >= start else start
    period = Period(start, end)
    already = {r for m in series.meetings if m.id != meeting.id for r in m.reflections}
    entries = journal.entries(period)
    flagged = [e for e in entries if e.supervision and e.id not in already]
    report = build_report(journal, period, None, today)
    number = [m.id for m in series.ordered_meetings()].index(meeting.id) + 1
    return Gathered(
        series=series,
        meeting=meeting,
        number=number,
        period=period,
        flagged=flagged,
        report=report,
        actions=open_actions(series, before=meeting.date),
        clients=list(dict.fromkeys(entry.client for entry in entries)),
    )


def choose(gathered: Gathered, journal: Journal, wanted: list[str] | None) -> list[Entry]:
    """The reflections to bring in: by default every flagged one; else those named (by a unique
    start of the id, flagged or not). An unknown id stops everything."""
    if wanted is None:
        return list(gathered.flagged)
    chosen: list[Entry] = []
    problems = []
    for index, prefix in enumerate(wanted):
        try:
            entry = journal.find(prefix)
        except AfstandError as error:
            problems.append(f"reflections.{index}: {error.message}")
            continue
        if all(e.id != entry.id for e in chosen):
            chosen.append(entry)
    if problems:
        raise InvalidInput(t("supervision.invalid"), hint=t("hint.list_ids"), problems=problems)
    return sorted(chosen, key=lambda e: (e.date, e.created))


def record(
    series: Series,
    meeting: Meeting,
    chosen: list[Entry],
    question: str | None,
    now: datetime,
) -> Series:
    """The meeting with its inbreng: the question, and the reflections brought in (which the
    meeting lists too)."""
    problem = text_problem("question", question, MAX_TEXT)
    if problem:
        raise InvalidInput(t("supervision.invalid"), problems=[problem])
    ids = [e.id for e in chosen]
    inbreng = Inbreng(
        prepared=now,
        question=question.strip() if question and question.strip() else None,
        reflections=ids,
    )
    merged = list(meeting.reflections) + [i for i in ids if i not in meeting.reflections]
    return replace_meeting(
        series, meeting.model_copy(update={"inbreng": inbreng, "reflections": merged}), now
    )
