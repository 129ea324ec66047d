"""The dates a supervision series asks something by, for the user's own calendar: the next
meetings, the verslag before each meeting, and the evaluations. No client data: only the series
(by short id), the meeting's number and the date."""

from __future__ import annotations

from datetime import date

from afstand.i18n import t
from afstand.models.due_date import DueDate
from afstand.models.supervision import Series
from afstand.supervision.schedule import evaluation_points, verslag_due


def series_due_dates(every: list[Series], today: date, days_before: int) -> list[DueDate]:
    found: list[DueDate] = []
    for series in every:
        short = series.id[:8]
        ordered = series.ordered_meetings()
        for number, meeting in enumerate(ordered, start=1):
            if meeting.date > today:
                found.append(
                    DueDate(
                        meeting.date,
                        t("calendar.meeting", number=number, series=short),
                        f"meeting-{meeting.id}",
                    )
                )
            if meeting.verslag is None:
                due = verslag_due(series, meeting, days_before)
                found.append(
                    DueDate(
                        due.day,
                        t("calendar.verslag", number=number, series=short),
                        f"verslag-{meeting.id}",
                    )
                )
        done = {evaluation.kind for evaluation in series.evaluations}
        for kind, after in evaluation_points(series).items():
            if kind not in done and after <= len(ordered):
                found.append(
                    DueDate(
                        ordered[after - 1].date,
                        t("calendar.evaluation", kind=t("evaluation.kind." + kind), series=short),
                        f"evaluation-{kind}-{series.id}",
                    )
                )
    return found
