"""The documents for the supervisor: the inbreng before a meeting, the reflectieverslag after
it, and the evaluations (the final one a summary to read and sign). They describe the
professional's own reflections; client codes are aliased unless the user asks otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from afstand.i18n import counted, number, t
from afstand.models.answer_words import answer_in_words
from afstand.models.supervision import Evaluation, Meeting, Series
from afstand.supervision.documents.blocks import (
    Aliases,
    Document,
    Fields,
    Heading,
    Items,
    MakeAliases,
    NoAliases,
    Paragraph,
    Quote,
    Signature,
)
from afstand.supervision.schedule import Due, held

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.supervision.evaluation import GoalTrail
    from afstand.supervision.inbreng import Gathered


def series_title(series: Series) -> str:
    return t(
        "supervision.series_title",
        kind=t("supervision.kind." + series.kind),
        supervisor=series.supervisor.name,
    )


def meeting_when(meeting: Meeting) -> str:
    """`2026-10-05, 14:00–15:30 (90 min), in person`."""
    when = meeting.date.isoformat()
    if meeting.start and meeting.end:
        when += f", {meeting.start.strftime('%H:%M')}–{meeting.end.strftime('%H:%M')}"
    when += f" ({t('supervision.minutes', minutes=meeting.minutes)})"
    return f"{when}, {t('supervision.mode.' + meeting.mode)}"


def group_text(size: int) -> str:
    return t("supervision.individual") if size == 1 else t("supervision.group_size", count=size)


def hours(minutes: int) -> str:
    return t("supervision.hours", hours=number(minutes / 60, 2 if minutes % 30 else 1))


def _aliases(entries: Sequence[Entry], make: MakeAliases | None) -> Aliases:
    if make is None:
        return NoAliases()
    ordered = sorted(entries, key=lambda e: (e.date, e.created))
    clients: list[str] = []
    for entry in ordered:
        if entry.client not in clients:
            clients.append(entry.client)
    return make(clients)


def _heading_of(entry: Entry, aliases: Aliases) -> str:
    return f"{entry.date.isoformat()} · {aliases.code(entry.client)}"


def _reflection(doc: Document, entry: Entry, aliases: Aliases, level: int) -> None:
    lang = doc.language
    doc.add(Heading(level, _heading_of(entry, aliases)))
    if entry.supervision_question:
        doc.add(
            Paragraph(
                f"{t('export.entry.question')}: {aliases.text(entry.supervision_question)}",
                "question",
            )
        )
    rows = []
    for answered in entry.sets:
        for answer in answered.answers:
            words = answer_in_words(answer, lang)
            if answer.type == "text":
                words = aliases.text(words)
            rows.append((answer.prompt.get(lang), words))
    if rows:
        doc.add(Fields(tuple(rows)))
    if entry.note:
        doc.add(Paragraph(t("show.note"), "strong"), Quote(aliases.text(entry.note)))


def _confidential(doc: Document) -> None:
    doc.add(Paragraph(t("export.confidential"), "confidential"))


def _goals(doc: Document, series: Series, level: int = 2) -> None:
    doc.add(Heading(level, t("supervision.doc.goals")))
    if not series.goals:
        doc.add(Paragraph(t("supervision.doc.no_goals"), "muted"))
        return
    doc.add(Items(tuple(f"{g.number}. {g.text}" for g in series.goals)))


# -- the inbreng -------------------------------------------------------------------------------


def inbreng_document(
    gathered: Gathered,
    chosen: list[Entry],
    question: str | None,
    language: str,
    make_aliases: MakeAliases | None,
    today: date,
) -> Document:
    series, meeting = gathered.series, gathered.meeting
    aliases = make_aliases(gathered.clients_with(chosen)) if make_aliases else NoAliases()
    title = t("supervision.doc.inbreng_title", number=gathered.number)
    doc = Document(title=f"{title} — {series_title(series)}", language=language)
    doc.add(Heading(1, doc.title))
    _confidential(doc)
    period = gathered.period
    doc.add(
        Fields(
            (
                (t("supervision.doc.meeting"), meeting_when(meeting)),
                (
                    t("supervision.doc.period"),
                    f"{period.start.isoformat() if period.start else '…'} – "
                    f"{period.end.isoformat() if period.end else '…'}",
                ),
                (t("supervision.doc.prepared"), today.isoformat()),
            )
        )
    )
    doc.add(Heading(2, t("supervision.doc.my_question")))
    if question and question.strip():
        doc.add(Paragraph(aliases.text(question.strip()), "question"))
    else:
        doc.add(Paragraph(t("supervision.doc.no_question"), "muted"))
    _goals(doc, series)
    doc.add(Heading(2, t("supervision.doc.open_actions")))
    if gathered.actions:
        doc.add(
            Items(
                tuple(
                    t("supervision.doc.action_from", number=n, text=aliases.text(a.text))
                    for n, a in gathered.actions
                )
            )
        )
    else:
        doc.add(Paragraph(t("supervision.doc.no_actions"), "muted"))

    report = gathered.report
    total = report.entries
    doc.add(Heading(2, t("supervision.doc.since")))
    lines = [
        t(
            "supervision.doc.figure_entries",
            count=total,
            clients=counted(report.clients, "client"),
        ),
    ]
    if report.poles_asked:
        asked = report.poles_asked
        lines.append(
            t("supervision.doc.figure_type1", count=report.poles.get("distance", 0), total=asked)
        )
        lines.append(
            t("supervision.doc.figure_type2", count=report.poles.get("proximity", 0), total=asked)
        )
    doc.add(Items(tuple(lines)))
    if 0 < total < report.minimum:
        doc.add(Paragraph(t("supervision.doc.small_sample"), "muted"))
    if report.attention:
        doc.add(Paragraph(t("report.attention"), "strong"))
        doc.add(
            Items(
                tuple(
                    f"{aliases.text(p.message)} ({aliases.text(p.evidence)})"
                    for p in report.attention
                )
            )
        )
    doc.add(Heading(2, t("supervision.doc.reflections", count=len(chosen))))
    if not chosen:
        doc.add(Paragraph(t("supervision.doc.no_reflections"), "muted"))
    for entry in chosen:
        _reflection(doc, entry, aliases, 3)
    doc.add(Paragraph(t("report.disclaimer"), "muted"))
    return doc


# -- the reflectieverslag ----------------------------------------------------------------------


def verslag_document(series: Series, meeting: Meeting, due: Due, language: str) -> Document:
    assert meeting.verslag is not None
    number = [m.id for m in series.ordered_meetings()].index(meeting.id) + 1
    title = t("supervision.doc.verslag_title", number=number)
    doc = Document(title=f"{title} — {series_title(series)}", language=language)
    doc.add(Heading(1, doc.title))
    _confidential(doc)
    due_text = due.day.isoformat()
    if due.estimated:
        due_text += f" ({t('supervision.doc.due_estimated')})"
    touched = [g for g in series.goals if g.number in meeting.goals]
    doc.add(
        Fields(
            (
                (t("supervision.doc.meeting"), meeting_when(meeting)),
                (t("supervision.doc.written"), meeting.verslag.written.date().isoformat()),
                (t("supervision.doc.due"), due_text),
            )
        )
    )
    doc.add(Heading(2, t("supervision.doc.goals_touched")))
    if touched:
        doc.add(Items(tuple(f"{g.number}. {g.text}" for g in touched)))
    else:
        doc.add(Paragraph(t("supervision.doc.no_goals_touched"), "muted"))
    answers = meeting.verslag.answers
    doc.add(Heading(2, answers.title.get(language)))
    doc.add(
        Fields(
            tuple((a.prompt.get(language), answer_in_words(a, language)) for a in answers.answers)
        )
    )
    return doc


# -- the evaluations ---------------------------------------------------------------------------


def evaluation_document(
    series: Series,
    evaluation: Evaluation,
    trails: list[GoalTrail],
    language: str,
    make_aliases: MakeAliases | None,
    today: date,
) -> Document:
    final = evaluation.kind == "final"
    entries = [e for trail in trails for e in trail.reflections]
    aliases = _aliases(entries, make_aliases)
    title = t("evaluation.title." + evaluation.kind, number=evaluation.after_meeting)
    doc = Document(title=f"{title} — {series_title(series)}", language=language)
    doc.add(Heading(1, doc.title))
    _confidential(doc)
    meetings = held(series, today)[: evaluation.after_meeting]
    minutes = sum(m.minutes for m in meetings)
    supervisor = series.supervisor.name
    if series.supervisor.registry:
        supervisor += f" ({series.supervisor.registry}"
        if series.supervisor.number:
            supervisor += f" {series.supervisor.number}"
        supervisor += ")"
    rows = [
        (t("supervision.doc.kind"), t("supervision.kind." + series.kind)),
        (t("supervision.doc.supervisor"), supervisor),
        (
            t("supervision.doc.group"),
            group_text(series.group_size),
        ),
        (
            t("supervision.doc.meetings"),
            t(
                "supervision.doc.meetings_of",
                count=len(meetings),
                planned=series.planned_meetings,
            ),
        ),
        (t("supervision.doc.hours"), hours(minutes)),
    ]
    if meetings:
        rows.append(
            (
                t("supervision.doc.period"),
                f"{meetings[0].date.isoformat()} – {meetings[-1].date.isoformat()}",
            )
        )
    rows.append((t("supervision.doc.written"), evaluation.written.date().isoformat()))
    doc.add(Fields(tuple(rows)))
    words = {w.goal: w.words for w in evaluation.goals}
    doc.add(Heading(2, t("supervision.doc.per_goal")))
    if not trails:
        doc.add(Paragraph(t("supervision.doc.no_goals"), "muted"))
    for trail in trails:
        doc.add(Heading(3, f"{trail.goal.number}. {trail.goal.text}"))
        touched = (
            ", ".join(str(n) for n in trail.meetings)
            if trail.meetings
            else t("supervision.doc.none")
        )
        lines = [t("supervision.doc.touched_in", meetings=touched, count=len(trail.meetings))]
        reflections = (
            "; ".join(_heading_of(e, aliases) for e in trail.reflections)
            if trail.reflections
            else t("supervision.doc.none")
        )
        lines.append(
            t("supervision.doc.reflections_touched", count=len(trail.reflections), list=reflections)
        )
        if trail.missing:
            lines.append(t("supervision.doc.missing", count=trail.missing))
        doc.add(Items(tuple(lines)))
        if trail.goal.number in words:
            doc.add(Paragraph(t("supervision.doc.my_words"), "strong"))
            doc.add(Quote(aliases.text(words[trail.goal.number])))
        else:
            doc.add(Paragraph(t("supervision.doc.no_words"), "muted"))
    if evaluation.overall:
        doc.add(Heading(2, t("supervision.doc.overall")))
        doc.add(Quote(aliases.text(evaluation.overall)))
    if final:
        written = sum(1 for m in meetings if m.verslag is not None)
        doc.add(Heading(2, t("supervision.doc.record")))
        doc.add(
            Items(
                (
                    t("supervision.doc.verslagen", count=written, total=len(meetings)),
                    t(
                        "supervision.doc.evaluations",
                        list=", ".join(t("evaluation.kind." + e.kind) for e in series.evaluations),
                    ),
                )
            )
        )
        doc.add(Paragraph(t("supervision.doc.sign_intro"), "muted"))
        doc.add(
            Signature(
                (
                    t("supervision.doc.sign_supervisee"),
                    t("supervision.doc.sign_supervisor", name=series.supervisor.name),
                    t("supervision.doc.sign_date"),
                )
            )
        )
    doc.add(Paragraph(t("report.disclaimer"), "muted"))
    return doc
