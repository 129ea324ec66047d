"""`afstand supervision prepare`, `verslag` and `evaluate`: the inbreng before a meeting,
the reflectieverslag after it, and the evaluations, each with its document for the supervisor."""

from __future__ import annotations

import re
import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import Workspace, workspace
from afstand.cli.output import say
from afstand.errors import InvalidInput
from afstand.i18n import counted, current_language, t

if TYPE_CHECKING:
    from afstand.cli.prompter import TerminalPrompter
    from afstand.models.supervision import Series

from afstand.cli.supervision_support import (
    NoAlias,
    OutputOption,
    SeriesOption,
    StrictOption,
    ask,
    check_texts,
    current_time,
    days_before,
    log_of,
    mapped_aliases,
    meeting_arg,
    number_of,
    parse_date,
    review,
    terminal_prompter,
    write_document,
)


def prepare(
    ctx: typer.Context,
    series_id: SeriesOption = None,
    number: Annotated[
        int | None, typer.Option("--meeting", "-m", metavar="N", help=t("help.prepare.meeting"))
    ] = None,
    reflections: Annotated[
        list[str] | None,
        typer.Option("--reflection", "-r", metavar="ID", help=t("help.prepare.reflection")),
    ] = None,
    question: Annotated[
        str | None, typer.Option("--question", "-q", help=t("help.prepare.question"))
    ] = None,
    day: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=t("help.prepare.date"))
    ] = None,
    output: OutputOption = None,
    real_codes: NoAlias = False,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.models.supervision import MeetingInput
    from afstand.supervision import series as ops
    from afstand.supervision.documents.build import inbreng_document
    from afstand.supervision.inbreng import choose, gather, record
    from afstand.supervision.schedule import minimum_minutes

    journal = ws.journal()
    log = log_of(ws)
    series = log.find(series_id)
    today = date.today()
    planned: MeetingInput | None = None
    if day is not None and number is None:
        wanted = parse_date(day)
        meeting = next((m for m in series.meetings if m.date == wanted), None)
        if meeting is None:  # not planned yet: plan it with the usual length
            planned = MeetingInput(date=wanted, minutes=minimum_minutes(series.group_size))
            finder = ops.reflection_finder(journal)
            meeting = ops.build_meeting(series, log.all_except(series.id), planned, finder)
            series = ops.add_meeting(series, meeting, current_time())
    else:
        meeting = meeting_arg(series, number, today, held=False)
    gathered = gather(journal, series, meeting, today)
    prompter = None
    interactive = reflections is None and question is None and sys.stdin.isatty()
    if interactive:
        prompter = terminal_prompter(ws)
        chosen = _choose_interactively(prompter, gathered)
        question = ask(prompter, t("supervision.ask.question")) or None
    else:
        chosen = choose(gathered, journal, reflections)
    check_texts({"question": question or ""}, strict, prompter)
    document = inbreng_document(
        gathered,
        chosen,
        question,
        current_language(),
        None if real_codes else mapped_aliases(),
        today,
    )
    now = current_time()

    def change(current: Series, others: list[Series]) -> Series:
        if planned is not None:
            finder = ops.reflection_finder(journal)
            built = ops.build_meeting(current, others, planned, finder, meeting_id=meeting.id)
            current = ops.add_meeting(current, built, now)
        return record(current, meeting, chosen, question, now)

    log.change(series.id, change)
    write_document(document, output)
    say(
        t(
            "supervision.prepared",
            number=gathered.number,
            reflections=counted(len(chosen), "reflection"),
        ),
        style="green",
    )


def _choose_interactively(prompter: TerminalPrompter, gathered: Any) -> list[Any]:
    if not gathered.flagged:
        say(t("supervision.doc.no_reflections"))
        return []
    for index, entry in enumerate(gathered.flagged, start=1):
        question = f" — {entry.supervision_question}" if entry.supervision_question else ""
        say(f"  {index}) {entry.date.isoformat()} {entry.client}{question}")
    while True:
        reply = ask(prompter, t("supervision.ask.choose"), t("supervision.ask.all"))
        if reply in (t("supervision.ask.all"), "all", "alle"):
            return list(gathered.flagged)
        numbers = [int(n) for n in re.findall(r"\d+", reply)]
        if numbers and all(1 <= n <= len(gathered.flagged) for n in numbers):
            return [gathered.flagged[n - 1] for n in sorted(set(numbers))]
        prompter.problem(t("supervision.choice_invalid"))


def verslag(
    ctx: typer.Context,
    number: Annotated[
        int | None, typer.Argument(metavar="[N]", help=t("help.meeting.number"))
    ] = None,
    series_id: SeriesOption = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.verslag.answers"))
    ] = None,
    set_id: Annotated[str | None, typer.Option("--set", "-s", help=t("help.verslag.set"))] = None,
    document_only: Annotated[
        bool, typer.Option("--document", help=t("help.verslag.document"))
    ] = False,
    output: OutputOption = None,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.documents.build import verslag_document
    from afstand.supervision.schedule import verslag_due
    from afstand.supervision.verslag import DEFAULT_SET, verslag_findings, write_verslag

    log = log_of(ws)
    series = log.find(series_id)
    today = date.today()
    meeting = meeting_arg(series, number, today, held=True)
    if not document_only:
        prompter = None
        if answers is not None:
            from afstand.supervision.files import read_data

            data, name = read_data(answers)
            if not isinstance(data, dict):
                raise InvalidInput(t("answers.not_mapping", path=name))
            if set_id is not None:
                data = {**data, "set": set_id}
        else:
            prompter = terminal_prompter(ws)
            data = _ask_verslag(ws, prompter, series, set_id or DEFAULT_SET)
            name = "verslag"
        given = _parse_verslag(data, name)
        review(verslag_findings(given, today), strict, prompter)
        now = current_time()
        series = log.change(
            series.id,
            lambda current, others: write_verslag(
                current,
                next(m for m in current.meetings if m.id == meeting.id),
                given,
                ws.catalog,
                now,
                today,
            ),
        )
        meeting = next(m for m in series.meetings if m.id == meeting.id)
        say(t("supervision.verslag_saved", number=number_of(series, meeting)), style="green")
    elif meeting.verslag is None:
        raise InvalidInput(
            t("supervision.no_verslag", number=number_of(series, meeting)),
            hint=t("hint.verslag_write"),
        )
    due = verslag_due(series, meeting, days_before(ws))
    say(t("supervision.verslag_due", date=due.day.isoformat()))
    write_document(verslag_document(series, meeting, due, current_language()), output)


def _parse_verslag(data: Any, name: str) -> Any:
    from afstand.models.supervision import VerslagInput
    from afstand.supervision.series import parse_model

    return parse_model(VerslagInput, data, name)


def _ask_verslag(
    ws: Workspace, prompter: TerminalPrompter, series: Series, set_id: str
) -> dict[str, Any]:
    from afstand.reflection.answer_checks import is_answered, is_shown

    questionnaire = ws.catalog.get(set_id)
    prompter.start_set(questionnaire, 1, 1)
    given: dict[str, Any] = {}
    for question in questionnaire.questions:
        if not is_shown(question, given):
            continue
        value = prompter.ask(questionnaire, question, None)
        if is_answered(value):
            given[question.id] = value
    for goal in series.goals:
        say(f"  {goal.number}. {goal.text}")
    touched = ask(prompter, t("supervision.ask.goals"))
    return {
        "set": set_id,
        "answers": given,
        "goals": [int(n) for n in re.findall(r"\d+", touched)],
    }


def evaluate(
    ctx: typer.Context,
    series_id: SeriesOption = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", metavar="early|midway|final", help=t("help.evaluate.kind")),
    ] = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.evaluate.answers"))
    ] = None,
    document_only: Annotated[
        bool, typer.Option("--document", help=t("help.evaluate.document"))
    ] = False,
    output: OutputOption = None,
    real_codes: NoAlias = False,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.models.supervision import EVALUATION_KINDS, EvaluationInput
    from afstand.supervision.documents.build import evaluation_document
    from afstand.supervision.evaluation import (
        evaluation_findings,
        goal_trails,
        which_evaluation,
        write_evaluation,
    )
    from afstand.supervision.series import parse_model

    if kind is not None and kind not in EVALUATION_KINDS:
        raise InvalidInput(t("evaluation.unknown_kind", kind=kind), hint=t("hint.evaluation_kind"))
    log = log_of(ws)
    journal = ws.journal()
    series = log.find(series_id)
    today = date.today()
    if document_only:
        written = [e for e in series.evaluations if kind is None or e.kind == kind]
        if not written:
            raise InvalidInput(t("evaluation.none_written"), hint=t("hint.evaluation_write"))
        evaluation = written[-1]
    else:
        chosen = which_evaluation(series, today, kind)
        prompter = None
        if answers is not None:
            from afstand.supervision.files import read_data

            data, name = read_data(answers)
        else:
            prompter = terminal_prompter(ws)
            data, name = _ask_evaluation(journal, prompter, series), "evaluation"
        given = parse_model(EvaluationInput, data, name)
        review(evaluation_findings(given, today), strict, prompter)
        now = current_time()
        series = log.change(
            series.id,
            lambda current, others: write_evaluation(current, chosen, given, now, today),
        )
        evaluation = next(e for e in series.evaluations if e.kind == chosen)
        say(t("evaluation.saved", kind=t("evaluation.kind." + chosen)), style="green")
    trails = goal_trails(journal, series, evaluation.after_meeting)
    document = evaluation_document(
        series,
        evaluation,
        trails,
        current_language(),
        None if real_codes else mapped_aliases(),
        today,
    )
    write_document(document, output)


def _ask_evaluation(journal: Any, prompter: TerminalPrompter, series: Series) -> dict[str, Any]:
    from afstand.supervision.evaluation import goal_trails

    words: dict[int, str] = {}
    for trail in goal_trails(journal, series):
        meetings = ", ".join(str(n) for n in trail.meetings) or "–"
        say(
            f"{trail.goal.number}. {trail.goal.text}  ({t('supervision.mark.meetings')} {meetings})"
        )
        text = prompter.text(t("supervision.ask.goal_words") + " ")
        if text.strip():
            words[trail.goal.number] = text
    overall = prompter.text(t("supervision.ask.overall") + " ")
    return {"goals": words, "overall": overall or None}
