"""`afstand supervision` (also `supervisie`, `intervisie`): a series of supervision,
intervision, werkbegeleiding, peer consultation or coaching, with its learning goals: new, list,
show, edit, delete. Interactive in a terminal, or from a file (YAML or JSON)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import workspace
from afstand.cli.options import AsJson
from afstand.cli.output import out, print_json, print_line, say
from afstand.errors import Cancelled
from afstand.i18n import counted, t

if TYPE_CHECKING:
    from afstand.cli.prompter import TerminalPrompter
    from afstand.models.supervision import Series

from afstand.cli.supervision_support import (
    FileOption,
    StrictOption,
    YesOption,
    ask,
    ask_date,
    ask_int,
    check_texts,
    current_time,
    days_before,
    in_editor,
    log_of,
    terminal_prompter,
)


def _series_texts(series: Series) -> dict[str, str]:
    texts = {f"goals.{g.number}": g.text for g in series.goals}
    if series.title:
        texts["title"] = series.title
    return texts


def new_series(ctx: typer.Context, file: FileOption = None, strict: StrictOption = False) -> None:
    ws = workspace(ctx)
    from afstand.supervision import series as ops

    prompter = None
    if file is not None:
        from afstand.supervision.files import read_data

        data, name = read_data(file)
        given = ops.parse_series_input(data, name)
    else:
        prompter = terminal_prompter(ws)
        given = _ask_series(prompter)
    created = ops.new_series(given, current_time())
    check_texts(_series_texts(created), strict, prompter)
    log_of(ws).add(created)
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
        reply = ask(prompter, t("supervision.ask.kind"), "1")
        if reply.isdigit() and 1 <= int(reply) <= len(KINDS):
            kind = KINDS[int(reply) - 1]
            break
        if reply in KINDS:
            kind = reply
            break
        prompter.problem(t("supervision.choice_invalid"))
    data: dict[str, Any] = {"kind": kind}
    data["supervisor"] = {"name": ask(prompter, t("supervision.ask.supervisor"))}
    register = ask(prompter, t("supervision.ask.register"))
    if register:
        data["supervisor"]["registry"] = register
        number = ask(prompter, t("supervision.ask.register_number"))
        if number:
            data["supervisor"]["number"] = number
    data["group_size"] = ask_int(prompter, t("supervision.ask.group_size"), 1)
    data["planned_meetings"] = ask_int(prompter, t("supervision.ask.planned"), 10)
    data["started"] = ask_date(prompter, t("supervision.ask.started"), date.today())
    say(t("supervision.ask.goals_intro"))
    goals: list[str] = []
    while True:
        goal = ask(prompter, t("supervision.ask.goal", number=len(goals) + 1))
        if not goal:
            break
        goals.append(goal)
    data["goals"] = goals
    return SeriesInput.model_validate(data)


def list_series(ctx: typer.Context, as_json: AsJson = False) -> None:
    ws = workspace(ctx)
    from afstand.supervision.schedule import held

    every = log_of(ws).all()
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

    series = log_of(ws).find(series_id)
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
            due = verslag_due(series, meeting, days_before(ws))
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

    log = log_of(ws)
    current = log.find(series_id)
    prompter = None
    if file is not None:
        data, name = read_data(file)
    else:
        prompter = terminal_prompter(ws)
        data, name = in_editor(ws, ops.series_input_of(current).model_dump(mode="json")), "edit"
        data = parse_text(data, name)
    given = ops.parse_series_input(data, name)
    now = current_time()
    changed = ops.edit_series(current, given, now)
    check_texts(_series_texts(changed), strict, prompter)
    log.change(current.id, lambda series, others: ops.edit_series(series, given, now))
    say(t("supervision.series_changed", id=current.id[:8]), style="green")


def delete_series(
    ctx: typer.Context,
    series_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    yes: YesOption = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.store import describe_series

    log = log_of(ws)
    series = log.find(series_id)
    if not yes:
        prompter = terminal_prompter(ws)
        question = t(
            "supervision.delete_question",
            series=describe_series(series),
            meetings=counted(len(series.meetings), "meeting"),
        )
        if not prompter.yes_no(question, default=False):
            raise Cancelled(t("supervision.nothing_saved"))
    log.delete(series.id)
    say(t("supervision.series_deleted", id=series.id[:8]), style="green")
