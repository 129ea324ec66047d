"""`afstand supervision` (also `supervisie`, `intervisie`): series, meetings, the inbreng before
a meeting, the reflectieverslag after it, and the evaluations. Interactive in a terminal, or
from a file (YAML or JSON) like `reflect --answers`."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import Workspace, workspace
from afstand.cli.options import AsJson
from afstand.cli.output import out, print_json, print_line, say, warn
from afstand.errors import Cancelled, InvalidInput, UsageError
from afstand.i18n import counted, current_language, t

if TYPE_CHECKING:
    from afstand.cli.prompter import TerminalPrompter
    from afstand.models.supervision import Meeting, Series
    from afstand.reflection.identifiers import Finding
    from afstand.supervision.documents.blocks import Aliases, Document, MakeAliases
    from afstand.supervision.store import SupervisionLog

SeriesOption = Annotated[
    str | None, typer.Option("--series", metavar="ID", help=t("help.supervision.series"))
]
FileOption = Annotated[
    str | None, typer.Option("--file", "-f", metavar="FILE", help=t("help.supervision.file"))
]
StrictOption = Annotated[bool, typer.Option("--strict", help=t("help.reflect.strict"))]
OutputOption = Annotated[
    str | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.supervision.output"))
]
NoAlias = Annotated[bool, typer.Option("--real-codes", help=t("help.supervision.real_codes"))]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))]


def build() -> typer.Typer:
    app = typer.Typer(no_args_is_help=True, help=t("help.supervision"))
    app.command(name="new", help=t("help.supervision.new"))(new_series)
    app.command(name="list", help=t("help.supervision.list"))(list_series)
    app.command(name="show", help=t("help.supervision.show"))(show_series)
    app.command(name="edit", help=t("help.supervision.edit"))(edit_series)
    app.command(name="delete", help=t("help.supervision.delete"))(delete_series)
    meeting = typer.Typer(no_args_is_help=True, help=t("help.supervision.meeting"))
    meeting.command(name="add", help=t("help.meeting.add"))(add_meeting)
    meeting.command(name="list", help=t("help.meeting.list"))(list_meetings)
    meeting.command(name="show", help=t("help.meeting.show"))(show_meeting)
    meeting.command(name="edit", help=t("help.meeting.edit"))(edit_meeting)
    meeting.command(name="delete", help=t("help.meeting.delete"))(delete_meeting)
    app.add_typer(meeting, name="meeting", help=t("help.supervision.meeting"))
    app.add_typer(meeting, name="bijeenkomst", hidden=True)
    app.command(name="prepare", help=t("help.supervision.prepare"))(prepare)
    app.command(name="verslag", help=t("help.supervision.verslag"))(verslag)
    app.command(name="evaluate", help=t("help.supervision.evaluate"))(evaluate)
    app.command(name="evalueer", hidden=True)(evaluate)
    app.command(name="evidence", help=t("help.supervision.evidence"))(evidence)
    return app


# -- helpers -----------------------------------------------------------------------------------


def _log(ws: Workspace) -> SupervisionLog:
    from afstand.supervision.store import SupervisionLog

    return SupervisionLog(ws.journal())


def _now() -> datetime:
    return datetime.now().astimezone()


def _prompter(ws: Workspace) -> TerminalPrompter:
    from afstand.cli.output import err
    from afstand.cli.prompter import TerminalPrompter

    if not sys.stdin.isatty():
        raise UsageError(t("supervision.no_terminal"), hint=t("hint.supervision_file"))
    return TerminalPrompter(err(), ws.config.editor, ws.paths.data / "tmp")


def _ask(prompter: TerminalPrompter, label: str, default: str | None = None) -> str:
    shown = f"{label} [{default}] " if default else f"{label} "
    reply = prompter._read(shown).strip()
    return reply or (default or "")


def _days_before(ws: Workspace) -> int:
    from afstand.supervision.schedule import DAYS_BEFORE

    configured = ws.config.verslag_days_before
    return DAYS_BEFORE if configured is None else configured


def _check_texts(texts: dict[str, str], strict: bool, prompter: TerminalPrompter | None) -> None:
    """The identifier check of `reflect`, on every free text: with --strict a hit refuses; in a
    terminal the user chooses; from a file it is a warning."""
    from afstand.reflection.identifiers import find_in_text

    today = date.today()
    findings: list[Finding] = []
    for field, text in texts.items():
        if text:
            findings += find_in_text(text, field, today)
    _review(findings, strict, prompter)


def _review(findings: list[Finding], strict: bool, prompter: TerminalPrompter | None) -> None:
    from afstand.reflection.identifiers import describe

    if not findings:
        return
    problems = [describe(f) for f in findings]
    if strict:
        raise InvalidInput(t("identifier.strict"), hint=t("hint.identifier"), problems=problems)
    for problem in problems:
        warn(f"{problem} — {t('identifier.found')}")
    if prompter is not None and not prompter._yes_no(t("supervision.keep_anyway"), default=False):
        raise Cancelled(t("supervision.nothing_saved"))


def _series_texts(series: Series) -> dict[str, str]:
    texts = {f"goals.{g.number}": g.text for g in series.goals}
    if series.title:
        texts["title"] = series.title
    return texts


def _meeting_texts(meeting: Meeting) -> dict[str, str]:
    texts = {f"actions.{i}": a.text for i, a in enumerate(meeting.actions)}
    if meeting.notes:
        texts["notes"] = meeting.notes
    return texts


def _mapped_aliases() -> MakeAliases:
    from afstand.exchange.export.select import alias_map, code_pattern, replace_codes

    class Mapped:
        def __init__(self, clients: list[str]) -> None:
            self.mapping = alias_map(clients)
            self.pattern = code_pattern(self.mapping)

        def code(self, client: str) -> str:
            return self.mapping.get(client, client)

        def text(self, text: str) -> str:
            return replace_codes(text, self.mapping, self.pattern)

    def make(clients: list[str]) -> Aliases:
        return Mapped(clients)

    return make


def _write_document(document: Document, output: str | None) -> None:
    """Markdown on stdout, or the file `-o` names (HTML when it ends in .html or .htm),
    written owner-only and atomically."""
    from afstand.supervision.documents.render import render

    if output is None:
        sys.stdout.write(render(document, "markdown"))
        return
    from afstand.files import atomic_write

    path = Path(output)
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else "markdown"
    atomic_write(path, render(document, fmt).encode("utf-8"), own_folder=False)
    say(t("supervision.written", path=path), style="green")


def _number(series: Series, meeting: Meeting) -> int:
    from afstand.supervision.series import meeting_number

    return meeting_number(series, meeting)


def _meeting_arg(series: Series, number: int | None, today: date, held: bool) -> Meeting:
    """The meeting by its number; without one, the last held (or the next planned)."""
    from afstand.supervision.schedule import held as held_meetings
    from afstand.supervision.schedule import upcoming
    from afstand.supervision.series import meeting_by_number

    if number is not None:
        return meeting_by_number(series, number)
    found = held_meetings(series, today) if held else upcoming(series, today)
    if not found:
        key = "supervision.no_held" if held else "supervision.no_upcoming"
        raise InvalidInput(t(key), hint=t("hint.meeting_add"))
    return found[-1] if held else found[0]


# -- series ------------------------------------------------------------------------------------


def new_series(ctx: typer.Context, file: FileOption = None, strict: StrictOption = False) -> None:
    ws = workspace(ctx)
    from afstand.supervision import series as ops

    prompter = None
    if file is not None:
        from afstand.supervision.files import read_data

        data, name = read_data(file)
        given = ops.parse_series_input(data, name)
    else:
        prompter = _prompter(ws)
        given = _ask_series(prompter)
    created = ops.new_series(given, _now())
    _check_texts(_series_texts(created), strict, prompter)
    _log(ws).add(created)
    say(
        t(
            "supervision.series_saved",
            id=created.id[:8],
            kind=t("supervision.kind." + created.kind),
            goals=counted(len(created.goals), "goal"),
        ),
        style="green",
    )


def _ask_series(prompter: TerminalPrompter) -> Any:
    from afstand.models.supervision import KINDS, SeriesInput

    listed = "  ".join(f"{n}) {t('supervision.kind.' + k)}" for n, k in enumerate(KINDS, 1))
    say(listed)
    while True:
        reply = _ask(prompter, t("supervision.ask.kind"), "1")
        if reply.isdigit() and 1 <= int(reply) <= len(KINDS):
            kind = KINDS[int(reply) - 1]
            break
        if reply in KINDS:
            kind = reply
            break
        prompter._problem(t("supervision.choice_invalid"))
    data: dict[str, Any] = {"kind": kind}
    data["supervisor"] = {"name": _ask(prompter, t("supervision.ask.supervisor"))}
    register = _ask(prompter, t("supervision.ask.register"))
    if register:
        data["supervisor"]["registry"] = register
        number = _ask(prompter, t("supervision.ask.register_number"))
        if number:
            data["supervisor"]["number"] = number
    data["group_size"] = _ask_int(prompter, t("supervision.ask.group_size"), 1)
    data["planned_meetings"] = _ask_int(prompter, t("supervision.ask.planned"), 10)
    data["started"] = _ask_date(prompter, t("supervision.ask.started"), date.today())
    say(t("supervision.ask.goals_intro"))
    goals: list[str] = []
    while True:
        goal = _ask(prompter, t("supervision.ask.goal", number=len(goals) + 1))
        if not goal:
            break
        goals.append(goal)
    data["goals"] = goals
    return SeriesInput.model_validate(data)


def _ask_int(prompter: TerminalPrompter, label: str, default: int) -> int:
    while True:
        reply = _ask(prompter, label, str(default))
        if reply.isdigit():
            return int(reply)
        prompter._problem(t("supervision.number_invalid"))


def _ask_date(prompter: TerminalPrompter, label: str, default: date) -> date:
    while True:
        reply = _ask(prompter, label, default.isoformat())
        try:
            return date.fromisoformat(reply)
        except ValueError:
            prompter._problem(t("date.invalid", value=reply))


def list_series(ctx: typer.Context, as_json: AsJson = False) -> None:
    ws = workspace(ctx)
    from afstand.supervision.schedule import held

    every = _log(ws).all()
    today = date.today()
    if as_json:
        print_json(
            [
                {
                    "id": s.id,
                    "kind": s.kind,
                    "supervisor": s.supervisor.name,
                    "started": s.started.isoformat(),
                    "planned_meetings": s.planned_meetings,
                    "meetings": len(s.meetings),
                    "held": len(held(s, today)),
                    "goals": len(s.goals),
                }
                for s in every
            ]
        )
        return
    if not every:
        say(t("supervision.none"))
        say(t("hint.supervision_new"), style="cyan")
        return
    for s in every:
        print_line(
            f"{s.id[:8]}  {s.started.isoformat()}  {t('supervision.kind.' + s.kind)}  "
            f"{s.supervisor.name}  "
            + t("supervision.held_of", count=len(held(s, today)), planned=s.planned_meetings)
        )


def show_series(
    ctx: typer.Context,
    series_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    as_json: AsJson = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.documents.build import group_text, hours, meeting_when
    from afstand.supervision.schedule import evaluation_points, held, verslag_due

    series = _log(ws).find(series_id)
    if as_json:
        print_json(series.model_dump(mode="json", exclude_none=True))
        return
    today = date.today()
    console = out()
    from rich.text import Text

    console.print(Text(f"{series.id}", style="bold"))
    supervisor = series.supervisor.name
    if series.supervisor.registry:
        supervisor += f" ({series.supervisor.registry} {series.supervisor.number or ''})".replace(
            " )", ")"
        )
    rows = [
        (t("supervision.doc.kind"), t("supervision.kind." + series.kind)),
        (t("supervision.doc.supervisor"), supervisor),
        (t("supervision.doc.group"), group_text(series.group_size)),
        (t("supervision.doc.started"), series.started.isoformat()),
        (
            t("supervision.doc.meetings"),
            t(
                "supervision.doc.meetings_of",
                count=len(held(series, today)),
                planned=series.planned_meetings,
            ),
        ),
        (
            t("supervision.doc.hours"),
            hours(sum(m.minutes for m in held(series, today))),
        ),
    ]
    if series.title:
        rows.insert(0, (t("supervision.doc.title"), series.title))
    for label, value in rows:
        console.print(Text(f"{label}: {value}"))
    console.print(Text(t("supervision.doc.goals"), style="bold"))
    for goal in series.goals:
        console.print(Text(f"  {goal.number}. {goal.text}"))
    console.print(Text(t("supervision.doc.meetings"), style="bold"))
    for number, meeting in enumerate(series.ordered_meetings(), start=1):
        marks = []
        if meeting.inbreng:
            marks.append(t("supervision.mark.inbreng"))
        if meeting.verslag:
            marks.append(t("supervision.mark.verslag"))
        elif meeting.date <= today:
            due = verslag_due(series, meeting, _days_before(ws))
            marks.append(t("supervision.mark.verslag_due", date=due.day.isoformat()))
        goals = ",".join(str(g) for g in meeting.goals) or "–"
        console.print(
            Text(
                f"  {number:>2}. {meeting_when(meeting)}  {t('supervision.mark.goals')} {goals}"
                + (f"  [{'; '.join(marks)}]" if marks else "")
            )
        )
    points = evaluation_points(series)
    done = {e.kind for e in series.evaluations}
    console.print(Text(t("supervision.doc.evaluations_head"), style="bold"))
    for kind, after in points.items():
        state = t("supervision.mark.done") if kind in done else t("supervision.mark.open")
        console.print(
            Text(
                f"  {t('evaluation.kind.' + kind)} ({t('evaluation.after', number=after)}): {state}"
            )
        )


def edit_series(
    ctx: typer.Context,
    series_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    file: FileOption = None,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision import series as ops
    from afstand.supervision.files import parse_text, read_data

    log = _log(ws)
    current = log.find(series_id)
    prompter = None
    if file is not None:
        data, name = read_data(file)
    else:
        prompter = _prompter(ws)
        data, name = _in_editor(ws, ops.series_input_of(current).model_dump(mode="json")), "edit"
        data = parse_text(data, name)
    given = ops.parse_series_input(data, name)
    now = _now()
    changed = ops.edit_series(current, given, now)
    _check_texts(_series_texts(changed), strict, prompter)
    log.change(current.id, lambda series, others: ops.edit_series(series, given, now))
    say(t("supervision.series_changed", id=current.id[:8]), style="green")


def _in_editor(ws: Workspace, data: dict[str, Any]) -> str:
    import yaml

    from afstand.cli.editor import open_in_editor

    text = yaml.safe_dump(
        {k: v for k, v in data.items() if v is not None}, allow_unicode=True, sort_keys=False
    )
    edited = open_in_editor(text, ws.config.editor, ws.paths.data / "tmp", ".yaml")
    if edited.strip() == text.strip():
        raise Cancelled(t("supervision.unchanged"))
    return edited


def delete_series(
    ctx: typer.Context,
    series_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    yes: YesOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.store import describe_series

    log = _log(ws)
    series = log.find(series_id)
    if not yes:
        prompter = _prompter(ws)
        question = t(
            "supervision.delete_question",
            series=describe_series(series),
            meetings=counted(len(series.meetings), "meeting"),
        )
        if not prompter._yes_no(question, default=False):
            raise Cancelled(t("supervision.nothing_saved"))
    log.delete(series.id)
    say(t("supervision.series_deleted", id=series.id[:8]), style="green")


# -- meetings ----------------------------------------------------------------------------------


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

    log = _log(ws)
    series = log.find(series_id)
    prompter = None
    if file is not None:
        data, name = read_data(file)
        given = ops.parse_meeting_input(data, name)
    elif day is not None:
        parsed = _parse_date(day)
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
        prompter = _prompter(ws)
        given = _ask_meeting(prompter, series)
    finder = ops.reflection_finder(ws.journal())
    now = _now()
    meeting = ops.build_meeting(series, log.all_except(series.id), given, finder)
    _check_texts(_meeting_texts(meeting), strict, prompter)

    def change(current: Series, others: list[Series]) -> Series:
        rebuilt = ops.build_meeting(current, others, given, finder, meeting_id=meeting.id)
        return ops.add_meeting(current, rebuilt, now)

    changed = log.change(series.id, change)
    saved = next(m for m in changed.meetings if m.id == meeting.id)
    say(
        t(
            "supervision.meeting_saved",
            number=_number(changed, saved),
            date=saved.date.isoformat(),
            minutes=saved.minutes,
        ),
        style="green",
    )


def _parse_date(text: str) -> date:
    value = text.strip().lower()
    if value in ("today", "vandaag"):
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(t("date.invalid", value=text), hint=t("hint.date")) from None


def _ask_meeting(prompter: TerminalPrompter, series: Series) -> Any:
    from afstand.models.supervision import MeetingInput
    from afstand.supervision.schedule import minimum_minutes

    data: dict[str, Any] = {
        "date": _ask_date(prompter, t("supervision.ask.date"), date.today()),
    }
    start = _ask(prompter, t("supervision.ask.start"))
    if start:
        data["start"] = start
        data["end"] = _ask(prompter, t("supervision.ask.end"))
    else:
        data["minutes"] = _ask_int(
            prompter, t("supervision.ask.minutes"), minimum_minutes(series.group_size)
        )
    data["mode"] = (
        "online" if prompter._yes_no(t("supervision.ask.online"), default=False) else "in-person"
    )
    for goal in series.goals:
        say(f"  {goal.number}. {goal.text}")
    touched = _ask(prompter, t("supervision.ask.goals"))
    data["goals"] = [int(n) for n in re.findall(r"\d+", touched)]
    ids = _ask(prompter, t("supervision.ask.reflections"))
    data["reflections"] = [i for i in re.split(r"[\s,]+", ids) if i]
    actions: list[str] = []
    while True:
        action = _ask(prompter, t("supervision.ask.action", number=len(actions) + 1))
        if not action:
            break
        actions.append(action)
    data["actions"] = actions
    return MeetingInput.model_validate(data)


MeetingNumber = Annotated[int, typer.Argument(metavar="N", help=t("help.meeting.number"))]


def list_meetings(
    ctx: typer.Context, series_id: SeriesOption = None, as_json: AsJson = False
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.documents.build import meeting_when

    series = _log(ws).find(series_id)
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

    series = _log(ws).find(series_id)
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

    log = _log(ws)
    series = log.find(series_id)
    meeting = ops.meeting_by_number(series, number)
    now = _now()
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
        prompter = _prompter(ws)
        text = _in_editor(ws, ops.meeting_input_of(meeting).model_dump(mode="json"))
        data, name = parse_text(text, "edit"), "edit"
    given = ops.parse_meeting_input(data, name)
    finder = ops.reflection_finder(ws.journal())
    checked = ops.build_meeting(series, log.all_except(series.id), given, finder, keep=meeting)
    _check_texts(_meeting_texts(checked), strict, prompter)

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

    log = _log(ws)
    series = log.find(series_id)
    meeting = ops.meeting_by_number(series, number)
    if not yes:
        prompter = _prompter(ws)
        question = t("supervision.delete_meeting", meeting=f"{number}. {meeting_when(meeting)}")
        if not prompter._yes_no(question, default=False):
            raise Cancelled(t("supervision.nothing_saved"))
    log.change(series.id, lambda current, others: ops.remove_meeting(current, meeting.id, _now()))
    say(t("supervision.meeting_deleted", number=number), style="green")


# -- before, after, and along the way ----------------------------------------------------------


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
    log = _log(ws)
    series = log.find(series_id)
    today = date.today()
    planned: MeetingInput | None = None
    if day is not None and number is None:
        wanted = _parse_date(day)
        meeting = next((m for m in series.meetings if m.date == wanted), None)
        if meeting is None:  # not planned yet: plan it with the usual length
            planned = MeetingInput(date=wanted, minutes=minimum_minutes(series.group_size))
            finder = ops.reflection_finder(journal)
            meeting = ops.build_meeting(series, log.all_except(series.id), planned, finder)
            series = ops.add_meeting(series, meeting, _now())
    else:
        meeting = _meeting_arg(series, number, today, held=False)
    gathered = gather(journal, series, meeting, today)
    prompter = None
    interactive = reflections is None and question is None and sys.stdin.isatty()
    if interactive:
        prompter = _prompter(ws)
        chosen = _choose_interactively(prompter, gathered)
        question = _ask(prompter, t("supervision.ask.question")) or None
    else:
        chosen = choose(gathered, journal, reflections)
    _check_texts({"question": question or ""}, strict, prompter)
    document = inbreng_document(
        gathered,
        chosen,
        question,
        current_language(),
        None if real_codes else _mapped_aliases(),
        today,
    )
    now = _now()

    def change(current: Series, others: list[Series]) -> Series:
        if planned is not None:
            finder = ops.reflection_finder(journal)
            built = ops.build_meeting(current, others, planned, finder, meeting_id=meeting.id)
            current = ops.add_meeting(current, built, now)
        return record(current, meeting, chosen, question, now)

    log.change(series.id, change)
    _write_document(document, output)
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
        reply = _ask(prompter, t("supervision.ask.choose"), t("supervision.ask.all"))
        if reply in (t("supervision.ask.all"), "all", "alle"):
            return list(gathered.flagged)
        numbers = [int(n) for n in re.findall(r"\d+", reply)]
        if numbers and all(1 <= n <= len(gathered.flagged) for n in numbers):
            return [gathered.flagged[n - 1] for n in sorted(set(numbers))]
        prompter._problem(t("supervision.choice_invalid"))


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

    log = _log(ws)
    series = log.find(series_id)
    today = date.today()
    meeting = _meeting_arg(series, number, today, held=True)
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
            prompter = _prompter(ws)
            data = _ask_verslag(ws, prompter, series, set_id or DEFAULT_SET)
            name = "verslag"
        given = _parse_verslag(data, name)
        _review(verslag_findings(given, today), strict, prompter)
        now = _now()
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
        say(t("supervision.verslag_saved", number=_number(series, meeting)), style="green")
    elif meeting.verslag is None:
        raise InvalidInput(
            t("supervision.no_verslag", number=_number(series, meeting)),
            hint=t("hint.verslag_write"),
        )
    due = verslag_due(series, meeting, _days_before(ws))
    say(t("supervision.verslag_due", date=due.day.isoformat()))
    _write_document(verslag_document(series, meeting, due, current_language()), output)


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
        value = prompter.ask(questionnaire, question)
        if is_answered(value):
            given[question.id] = value
    for goal in series.goals:
        say(f"  {goal.number}. {goal.text}")
    touched = _ask(prompter, t("supervision.ask.goals"))
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
    log = _log(ws)
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
            prompter = _prompter(ws)
            data, name = _ask_evaluation(journal, prompter, series), "evaluation"
        given = parse_model(EvaluationInput, data, name)
        _review(evaluation_findings(given, today), strict, prompter)
        now = _now()
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
        None if real_codes else _mapped_aliases(),
        today,
    )
    _write_document(document, output)


def _ask_evaluation(journal: Any, prompter: TerminalPrompter, series: Series) -> dict[str, Any]:
    from afstand.supervision.evaluation import goal_trails

    words: dict[int, str] = {}
    for trail in goal_trails(journal, series):
        meetings = ", ".join(str(n) for n in trail.meetings) or "–"
        say(
            f"{trail.goal.number}. {trail.goal.text}  ({t('supervision.mark.meetings')} {meetings})"
        )
        text = prompter._text(t("supervision.ask.goal_words") + " ")
        if text.strip():
            words[trail.goal.number] = text
    overall = prompter._text(t("supervision.ask.overall") + " ")
    return {"goals": words, "overall": overall or None}


def evidence(
    ctx: typer.Context,
    what: Annotated[
        str, typer.Argument(metavar="attendance|statement|skj", help=t("help.evidence.what"))
    ],
    series_id: SeriesOption = None,
    answers: Annotated[
        str | None, typer.Option("--answers", metavar="FILE", help=t("help.evidence.answers"))
    ] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.exchange.export.select import code_pattern, replace_codes
    from afstand.supervision.documents import evidence as documents

    if what not in ("attendance", "statement", "skj"):
        raise InvalidInput(t("evidence.unknown", what=what))
    journal = ws.journal()
    log = _log(ws)
    series = log.find(series_id)
    today = date.today()
    if what == "attendance" and output and Path(output).suffix.lower() == ".csv":
        from afstand.files import atomic_write

        data = documents.attendance_csv(series, today).encode("utf-8")
        atomic_write(Path(output), data, own_folder=False)
        say(t("supervision.written", path=output), style="green")
        return
    if what == "attendance":
        _write_document(documents.attendance_document(series, current_language(), today), output)
        return
    mapping = {code: t("word.client_placeholder") for code in journal.clients()}
    pattern = code_pattern(mapping)

    def scrub(text: str) -> str:
        return replace_codes(text, mapping, pattern)

    if what == "statement":
        document = documents.statement_document(series, current_language(), today, scrub)
    else:
        if answers is not None:
            series = _save_dimensions(log, series, answers, strict)
        document = documents.dimensions_document(series, current_language(), today, scrub)
    _write_document(document, output)


def _save_dimensions(log: SupervisionLog, series: Series, source: str, strict: bool) -> Series:
    from afstand.models.supervision import Dimensions, DimensionsInput
    from afstand.supervision.files import read_data
    from afstand.supervision.series import MAX_TEXT, parse_model, text_problem

    data, name = read_data(source)
    given = parse_model(DimensionsInput, data, name)
    texts = {k: v for k, v in given.model_dump().items() if isinstance(v, str) and v.strip()}
    problems = [p for k, v in texts.items() if (p := text_problem(k, v, MAX_TEXT))]
    if problems:
        raise InvalidInput(t("supervision.invalid"), problems=problems)
    _check_texts(texts, strict, None)
    dimensions = Dimensions(**{k: v.strip() for k, v in texts.items()})
    now = _now()
    changed = log.change(
        series.id,
        lambda current, others: current.model_copy(
            update={"dimensions": dimensions, "updated": now}
        ),
    )
    say(t("evidence.dimensions_saved"), style="green")
    return changed
