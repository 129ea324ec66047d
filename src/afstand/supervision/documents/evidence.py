"""Evidence for a register, from the supervision log alone: an attendance list with a line to
sign per meeting, and a statement for the supervisor to sign. They hold no reflection and no
client code: only the series, its meetings and its learning goals, and a goal's text passes
through `scrub`, which takes out every client code the journal knows."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from afstand.i18n import number, t
from afstand.models.supervision import Series
from afstand.supervision.documents.blocks import (
    Document,
    Fields,
    Heading,
    Items,
    Paragraph,
    Signature,
    Table,
)
from afstand.supervision.documents.build import group_text, hours, series_title
from afstand.supervision.hours import Progress, whole_hours
from afstand.supervision.schedule import held

Scrub = Callable[[str], str]


def _supervisor(series: Series) -> str:
    text = series.supervisor.name
    if series.supervisor.registry:
        text += f" ({series.supervisor.registry}"
        if series.supervisor.number:
            text += f" {series.supervisor.number}"
        text += ")"
    return text


def _times(start: object, end: object) -> tuple[str, str]:
    def clock(value: object) -> str:
        return value.strftime("%H:%M") if hasattr(value, "strftime") else ""

    return clock(start), clock(end)


def attendance_rows(series: Series, today: date) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for index, meeting in enumerate(held(series, today), start=1):
        start, end = _times(meeting.start, meeting.end)
        rows.append(
            (
                str(index),
                meeting.date.isoformat(),
                start,
                end,
                str(meeting.minutes),
                t("supervision.kind." + series.kind),
                t("supervision.mode." + meeting.mode),
                f"{series.supervisor.name}; {group_text(series.group_size)}",
            )
        )
    return rows


def _headings() -> tuple[str, ...]:
    return tuple(
        t(f"evidence.column.{key}")
        for key in ("number", "date", "start", "end", "minutes", "kind", "mode", "participants")
    )


def attendance_document(series: Series, language: str, today: date) -> Document:
    title = f"{t('evidence.attendance_title')} — {series_title(series)}"
    doc = Document(title=title, language=language)
    doc.add(Heading(1, title))
    meetings = held(series, today)
    doc.add(
        Fields(
            (
                (t("supervision.doc.supervisor"), _supervisor(series)),
                (t("supervision.doc.group"), group_text(series.group_size)),
                (t("supervision.doc.hours"), hours(sum(m.minutes for m in meetings))),
            )
        )
    )
    rows = attendance_rows(series, today)
    doc.add(
        Table(
            (*_headings(), t("evidence.column.signature")),
            tuple((*row, "") for row in rows),
        )
    )
    if not rows:
        doc.add(Paragraph(t("evidence.no_meetings"), "muted"))
    return doc


def statement_document(series: Series, language: str, today: date, scrub: Scrub) -> Document:
    title = f"{t('evidence.statement_title')} — {series_title(series)}"
    doc = Document(title=title, language=language)
    doc.add(Heading(1, title))
    meetings = held(series, today)
    in_person = sum(m.minutes for m in meetings if m.mode == "in-person")
    rows = [
        (t("evidence.supervisee"), ""),
        (t("supervision.doc.kind"), t("supervision.kind." + series.kind)),
        (t("supervision.doc.supervisor"), _supervisor(series)),
        (t("supervision.doc.group"), group_text(series.group_size)),
        (
            t("supervision.doc.meetings"),
            t("supervision.doc.meetings_of", count=len(meetings), planned=series.planned_meetings),
        ),
        (t("supervision.doc.hours"), hours(sum(m.minutes for m in meetings))),
        (t("evidence.in_person_hours"), hours(in_person)),
    ]
    if meetings:
        rows.append(
            (
                t("supervision.doc.period"),
                f"{meetings[0].date.isoformat()} – {meetings[-1].date.isoformat()}",
            )
        )
    doc.add(Fields(tuple((label, value or "." * 40) for label, value in rows)))
    doc.add(Heading(2, t("supervision.doc.goals")))
    if series.goals:
        doc.add(Items(tuple(f"{g.number}. {scrub(g.text)}" for g in series.goals)))
    else:
        doc.add(Paragraph(t("supervision.doc.no_goals"), "muted"))
    doc.add(Paragraph(t("evidence.statement_text"), "plain"))
    doc.add(
        Signature(
            (
                t("supervision.doc.sign_supervisor", name=series.supervisor.name),
                t("supervision.doc.sign_date"),
                t("supervision.doc.sign_supervisee"),
            )
        )
    )
    return doc


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def attendance_csv(series: Series, today: date) -> str:
    """The attendance list as CSV (UTF-8 with a byte order mark for spreadsheets; a cell that
    a spreadsheet would read as a formula gets a `'` in front)."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(
        ("number", "date", "start", "end", "minutes", "kind", "mode", "participants", "signature")
    )
    for row in attendance_rows(series, today):
        writer.writerow([("'" + c if c.startswith(_FORMULA_START) else c) for c in row] + [""])
    return "\ufeff" + stream.getvalue()


def hours_document(results: list[Progress], language: str, today: date) -> Document:
    """Per register: the meetings with what counted of each (and why not), and where the
    register asks a monthly minimum, every month with its hours (a monthly log)."""
    title = t("evidence.hours_title")
    doc = Document(title=title, language=language)
    doc.add(Heading(1, title))
    for result in results:
        profile = result.profile
        doc.add(Heading(2, profile.title.get(language)))
        period = f"{result.start.isoformat()} – {result.end.isoformat() if result.end else '…'}"
        counted = number(result.counted_hours)
        total = (
            t("hours.counted_of", counted=counted, required=whole_hours(profile.required_hours))
            if profile.required_hours is not None
            else t("hours.counted", counted=counted)
        )
        doc.add(Fields(((t("hours.period"), period), (t("supervision.doc.hours"), total))))
        rows = tuple(
            (
                v.day.isoformat(),
                t("supervision.kind." + v.kind),
                t("supervision.mode." + v.mode),
                str(v.minutes),
                number(v.counted_minutes / 60, 2),
                t("hours.reason." + v.reason, minutes=v.least_minutes) if v.reason else "✓",
            )
            for v in result.verdicts
        )
        doc.add(
            Table(
                tuple(
                    t(f"evidence.column.{key}")
                    for key in ("date", "kind", "mode", "minutes", "counted", "counts")
                ),
                rows,
            )
        )
        if profile.monthly_minimum_hours is not None:
            minimum = float(profile.monthly_minimum_hours)
            doc.add(
                Heading(
                    3, t("evidence.monthly", minimum=whole_hours(profile.monthly_minimum_hours))
                )
            )
            doc.add(
                Table(
                    (
                        t("evidence.column.month"),
                        t("evidence.column.hours"),
                        t("evidence.column.enough"),
                    ),
                    tuple(
                        (
                            month,
                            number(value, 2),
                            t("word.yes") if value + 1e-9 >= minimum else t("word.no"),
                        )
                        for month, value in result.months(today)
                    ),
                )
            )
        if profile.gap_months is not None:
            doc.add(Heading(3, t("evidence.gaps", months=profile.gap_months)))
            if result.gaps:
                doc.add(
                    Table(
                        (t("evidence.column.from"), t("evidence.column.to")),
                        tuple((a.isoformat(), b.isoformat()) for a, b in result.gaps),
                    )
                )
            else:
                doc.add(Paragraph(t("hours.no_gaps", months=profile.gap_months), "muted"))
        if profile.evidence:
            doc.add(Paragraph(t("hours.evidence", text=profile.evidence.get(language)), "muted"))
    doc.add(Paragraph(t("hours.self_reflection"), "muted"))
    return doc


DIMENSIONS = ("technical", "normative", "personal")


def dimensions_document(series: Series, language: str, today: date, scrub: Scrub) -> Document:
    """SKJ's reflection form for one series: the three dimensions in the user's words."""
    title = f"{t('evidence.skj_title')} — {series_title(series)}"
    doc = Document(title=title, language=language)
    doc.add(Heading(1, title))
    meetings = held(series, today)
    rows = [
        (t("supervision.doc.supervisor"), _supervisor(series)),
        (
            t("supervision.doc.meetings"),
            t("supervision.doc.meetings_of", count=len(meetings), planned=series.planned_meetings),
        ),
        (t("supervision.doc.hours"), hours(sum(m.minutes for m in meetings))),
    ]
    if meetings:
        rows.append(
            (
                t("supervision.doc.period"),
                f"{meetings[0].date.isoformat()} – {meetings[-1].date.isoformat()}",
            )
        )
    doc.add(Fields(tuple(rows)))
    given = series.dimensions
    for key in DIMENSIONS:
        doc.add(Heading(2, t(f"evidence.dimension.{key}")))
        doc.add(Paragraph(t(f"evidence.dimension.{key}.help"), "muted"))
        text = getattr(given, key) if given is not None else None
        doc.add(
            Paragraph(scrub(text)) if text else Paragraph(t("supervision.doc.no_words"), "muted")
        )
    doc.add(
        Signature(
            (
                t("supervision.doc.sign_supervisor", name=series.supervisor.name),
                t("supervision.doc.sign_date"),
            )
        )
    )
    return doc
