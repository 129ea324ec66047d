"""`afstand supervision meeting`: the meetings of a series (add, list, show, edit,
delete), checked against the series and every other meeting before anything is stored."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import workspace
from afstand.cli.options import AsJson
from afstand.cli.output import out, print_json, print_line, say
from afstand.errors import Cancelled
from afstand.i18n import current_language, t

if TYPE_CHECKING:
    from afstand.cli.prompter import TerminalPrompter
    from afstand.models.supervision import Meeting, Series

from afstand.cli.supervision_support import (
    FileOption,
    MeetingNumber,
    SeriesOption,
    StrictOption,
    YesOption,
    ask,
    ask_date,
    ask_int,
    check_texts,
    current_time,
    in_editor,
    log_of,
    number_of,
    parse_date,
    terminal_prompter,
)


def _meeting_texts(meeting: Meeting) -> dict[str, str]:
    texts = {f"actions.{i}": a.text for i, a in enumerate(meeting.actions)}
    if meeting.notes:
        texts["notes"] = meeting.notes
    return texts


def add_meeting(
    ctx: typer.Context,
    series_id: SeriesOption = None,
    file: FileOption = None,
    day: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=t("help.meeting.date"))
    ] = None,
    start: Annotated[
        str | None, typer.Option("--start", metavar="HH:MM", help=t("help.meeting.start"))
    ] = None,
    end: Annotated[
        str | None, typer.Option("--end", metavar="HH:MM", help=t("help.meeting.end"))
    ] = None,
    minutes: Annotated[
        int | None, typer.Option("--minutes", help=t("help.meeting.minutes"))
    ] = None,
    online: Annotated[bool, typer.Option("--online", help=t("help.meeting.online"))] = False,
    goals: Annotated[
        list[int] | None, typer.Option("--goal", "-g", help=t("help.meeting.goal"))
    ] = None,
    reflections: Annotated[
        list[str] | None,
        typer.Option("--reflection", "-r", metavar="ID", help=t("help.meeting.reflection")),
    ] = None,
    actions: Annotated[
        list[str] | None, typer.Option("--action", "-a", help=t("help.meeting.action"))
    ] = None,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.models.supervision import MeetingInput
    from afstand.supervision import series as ops
    from afstand.supervision.files import read_data
    from afstand.supervision.schedule import minimum_minutes

    log = log_of(ws)
    series = log.find(series_id)
    prompter = None
    if file is not None:
        data, name = read_data(file)
        given = ops.parse_meeting_input(data, name)
    elif day is not None:
        parsed = parse_date(day)
        given = MeetingInput(
            date=parsed,
            start=start,
            end=end,
            minutes=minutes
            if minutes is not None or end is not None
            else minimum_minutes(series.group_size),
            mode="online" if online else "in-person",
            goals=goals or [],
            reflections=reflections or [],
            actions=actions or [],
        )
    else:
        prompter = terminal_prompter(ws)
        given = _ask_meeting(prompter, series)
    finder = ops.reflection_finder(ws.journal())
    now = current_time()
    meeting = ops.build_meeting(series, log.all_except(series.id), given, finder)
    check_texts(_meeting_texts(meeting), strict, prompter)

    def change(current: Series, others: list[Series]) -> Series:
        rebuilt = ops.build_meeting(current, others, given, finder, meeting_id=meeting.id)
        return ops.add_meeting(current, rebuilt, now)

    changed = log.change(series.id, change)
    saved = next(m for m in changed.meetings if m.id == meeting.id)
    say(
        t(
            "supervision.meeting_saved",
            number=number_of(changed, saved),
            date=saved.date.isoformat(),
            minutes=saved.minutes,
        ),
        style="green",
    )


def _ask_meeting(prompter: TerminalPrompter, series: Series) -> Any:
    from afstand.models.supervision import MeetingInput
    from afstand.supervision.schedule import minimum_minutes

    data: dict[str, Any] = {
        "date": ask_date(prompter, t("supervision.ask.date"), date.today()),
    }
    start = ask(prompter, t("supervision.ask.start"))
    if start:
        data["start"] = start
        data["end"] = ask(prompter, t("supervision.ask.end"))
    else:
        data["minutes"] = ask_int(
            prompter, t("supervision.ask.minutes"), minimum_minutes(series.group_size)
        )
    data["mode"] = (
        "online" if prompter.yes_no(t("supervision.ask.online"), default=False) else "in-person"
    )
    for goal in series.goals:
        say(f"  {goal.number}. {goal.text}")
    touched = ask(prompter, t("supervision.ask.goals"))
    data["goals"] = [int(n) for n in re.findall(r"\d+", touched)]
    ids = ask(prompter, t("supervision.ask.reflections"))
    data["reflections"] = [i for i in re.split(r"[\s,]+", ids) if i]
    actions: list[str] = []
    while True:
        action = ask(prompter, t("supervision.ask.action", number=len(actions) + 1))
        if not action:
            break
        actions.append(action)
    data["actions"] = actions
    return MeetingInput.model_validate(data)


def list_meetings(
    ctx: typer.Context, series_id: SeriesOption = None, as_json: AsJson = False
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.documents.build import meeting_when

    series = log_of(ws).find(series_id)
    ordered = series.ordered_meetings()
    if as_json:
        print_json(
            [
                {"number": n, **m.model_dump(mode="json", exclude_none=True)}
                for n, m in enumerate(ordered, start=1)
            ]
        )
        return
    if not ordered:
        say(t("supervision.no_meetings"))
        return
    for number, meeting in enumerate(ordered, start=1):
        print_line(f"{number:>2}. {meeting_when(meeting)}")


def show_meeting(
    ctx: typer.Context,
    number: MeetingNumber,
    series_id: SeriesOption = None,
    as_json: AsJson = False,
) -> None:
    ws = workspace(ctx)
    from rich.text import Text

    from afstand.models.answer_words import answer_in_words
    from afstand.supervision.documents.build import meeting_when
    from afstand.supervision.series import meeting_by_number

    series = log_of(ws).find(series_id)
    meeting = meeting_by_number(series, number)
    if as_json:
        print_json({"number": number, **meeting.model_dump(mode="json", exclude_none=True)})
        return
    console = out()
    lang = current_language()
    console.print(Text(f"{number}. {meeting_when(meeting)}", style="bold"))
    for goal in series.goals:
        if goal.number in meeting.goals:
            console.print(Text(f"  {t('supervision.mark.goals')} {goal.number}. {goal.text}"))
    for reflection in meeting.reflections:
        console.print(Text(f"  {t('supervision.mark.reflection')} {reflection[:8]}"))
    for index, action in enumerate(meeting.actions, start=1):
        mark = "x" if action.done else " "
        console.print(Text(f"  [{mark}] {index}. {action.text}"))
    if meeting.notes:
        console.print(Text(meeting.notes))
    if meeting.inbreng and meeting.inbreng.question:
        console.print(Text(f"{t('supervision.doc.my_question')}: {meeting.inbreng.question}"))
    if meeting.verslag:
        console.print(Text(meeting.verslag.answers.title.get(lang), style="bold"))
        for answer in meeting.verslag.answers.answers:
            console.print(Text(f"  {answer.prompt.get(lang)}", style="dim"))
            console.print(Text(f"  {answer_in_words(answer, lang)}"))


def edit_meeting(
    ctx: typer.Context,
    number: MeetingNumber,
    series_id: SeriesOption = None,
    file: FileOption = None,
    done: Annotated[
        list[int] | None, typer.Option("--done", metavar="ACTION", help=t("help.meeting.done"))
    ] = None,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision import series as ops
    from afstand.supervision.files import parse_text, read_data

    log = log_of(ws)
    series = log.find(series_id)
    meeting = ops.meeting_by_number(series, number)
    now = current_time()
    if done:

        def mark(current: Series, others: list[Series]) -> Series:
            for action in done:
                current = ops.mark_action_done(current, number, action, now)
            return current

        log.change(series.id, mark)
        say(t("supervision.meeting_changed", number=number), style="green")
        return
    prompter = None
    if file is not None:
        data, name = read_data(file)
    else:
        prompter = terminal_prompter(ws)
        text = in_editor(ws, ops.meeting_input_of(meeting).model_dump(mode="json"))
        data, name = parse_text(text, "edit"), "edit"
    given = ops.parse_meeting_input(data, name)
    finder = ops.reflection_finder(ws.journal())
    checked = ops.build_meeting(series, log.all_except(series.id), given, finder, keep=meeting)
    check_texts(_meeting_texts(checked), strict, prompter)

    def change(current: Series, others: list[Series]) -> Series:
        old = next(m for m in current.meetings if m.id == meeting.id)
        rebuilt = ops.build_meeting(current, others, given, finder, keep=old)
        return ops.replace_meeting(current, rebuilt, now)

    log.change(series.id, change)
    say(t("supervision.meeting_changed", number=number), style="green")


def delete_meeting(
    ctx: typer.Context,
    number: MeetingNumber,
    series_id: SeriesOption = None,
    yes: YesOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision import series as ops
    from afstand.supervision.documents.build import meeting_when

    log = log_of(ws)
    series = log.find(series_id)
    meeting = ops.meeting_by_number(series, number)
    if not yes:
        prompter = terminal_prompter(ws)
        question = t("supervision.delete_meeting", meeting=f"{number}. {meeting_when(meeting)}")
        if not prompter.yes_no(question, default=False):
            raise Cancelled(t("supervision.nothing_saved"))
    log.change(
        series.id, lambda current, others: ops.remove_meeting(current, meeting.id, current_time())
    )
    say(t("supervision.meeting_deleted", number=number), style="green")
