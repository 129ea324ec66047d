"""Due dates as an iCalendar file (RFC 5545) for the user's own calendar: the verslag before
each meeting, the next meetings, the evaluations and the end of a register's period. Whole-day
events with stable ids, so that importing the file again updates them instead of doubling
them. No client data: only series (by short id), meeting numbers and dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from afstand import __version__
from afstand.i18n import t
from afstand.models.supervision import Series
from afstand.supervision.hours import Progress
from afstand.supervision.schedule import evaluation_points, verslag_due


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    summary: str
    description: str = ""


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets; a continuation starts with a space (RFC 5545, 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    parts: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = ""
            limit = 74  # the leading space takes one octet
        current += char
    parts.append(current)
    return [parts[0], *(" " + part for part in parts[1:])]


def calendar_text(events: list[Event], stamp: datetime) -> bytes:
    when = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//afstand//afstand {__version__}//EN",
        "CALSCALE:GREGORIAN",
    ]
    for event in sorted(events, key=lambda e: (e.day, e.uid)):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{when}",
            f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(event.day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{_escape(event.description)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    folded = [part for line in lines for part in _fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def series_events(every: list[Series], today: date, days_before: int) -> list[Event]:
    events = []
    for series in every:
        short = series.id[:8]
        ordered = series.ordered_meetings()
        for number, meeting in enumerate(ordered, start=1):
            if meeting.date > today:
                events.append(
                    Event(
                        f"meeting-{meeting.id}@afstand",
                        meeting.date,
                        t("calendar.meeting", number=number, series=short),
                    )
                )
            if meeting.verslag is None:
                due = verslag_due(series, meeting, days_before)
                events.append(
                    Event(
                        f"verslag-{meeting.id}@afstand",
                        due.day,
                        t("calendar.verslag", number=number, series=short),
                    )
                )
        done = {e.kind for e in series.evaluations}
        for kind, after in evaluation_points(series).items():
            if kind not in done and after <= len(ordered):
                events.append(
                    Event(
                        f"evaluation-{kind}-{series.id}@afstand",
                        ordered[after - 1].date,
                        t("calendar.evaluation", kind=t("evaluation.kind." + kind), series=short),
                    )
                )
    return events


def register_events(results: list[Progress]) -> list[Event]:
    from afstand.supervision.hours import whole_hours

    events = []
    for result in results:
        if result.end is None:
            continue
        required = result.profile.required_hours
        summary = t("calendar.period_end", register=result.profile.id)
        description = ""
        if required is not None:
            description = t(
                "hours.counted_of",
                counted=whole_hours(round(result.counted_hours, 1)),
                required=whole_hours(required),
            )
        events.append(
            Event(
                f"period-{result.profile.id}-{result.start}@afstand",
                result.end,
                summary,
                description,
            )
        )
    return events
