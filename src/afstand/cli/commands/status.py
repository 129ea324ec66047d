"""`afstand status`: one short screen of what is due, for a shell start-up file. It never
prompts: an encrypted journal without AFSTAND_PASSPHRASE is said to be locked, not opened."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from afstand.cli.context import Workspace, workspace
from afstand.cli.options import AsJson
from afstand.cli.output import print_json, print_line, say
from afstand.errors import AfstandError
from afstand.i18n import counted, current_language, t

if TYPE_CHECKING:
    from afstand.registers.counting import Progress
    from afstand.supervision.status import Item


def show_status(
    ctx: typer.Context,
    as_json: AsJson = False,
    ics: Annotated[
        str | None, typer.Option("--ics", metavar="FILE", help=t("help.status.ics"))
    ] = None,
) -> None:
    ws = workspace(ctx)
    from afstand.crypto import is_encrypted
    from afstand.registers.summary import register_line
    from afstand.supervision.schedule import DAYS_BEFORE
    from afstand.supervision.status import (
        draft_items,
        ordered,
        purge_item,
        reflection_items,
        series_items,
    )
    from afstand.supervision.store import SupervisionLog

    today = date.today()
    items: list[Item] = []
    problems: list[str] = []
    locked = is_encrypted(ws.paths.journal) and not os.environ.get("AFSTAND_PASSPHRASE")
    if not locked:
        days = ws.config.verslag_days_before
        try:
            journal = ws.journal()
            items += series_items(
                SupervisionLog(journal).all(), today, DAYS_BEFORE if days is None else days
            )
            drafts, _ = ws.drafts().load()
            items += draft_items(drafts)
            items += reflection_items(journal, today)
            months = ws.config.retention_months
            if months is not None:
                from afstand.journal.forgetting import entries_past_retention

                items += purge_item(entries_past_retention(journal, months, today), months)
        except AfstandError as error:  # status reports; it does not stop at a damaged file
            problems.append(error.message)
    items = ordered(items)
    registers: list[Progress] = []
    if not locked and ws.config.registers:
        from afstand.registers.from_supervision import activities_from_log
        from afstand.registers.selection import configured_progress

        try:
            activities = activities_from_log(ws.journal())
            registers = configured_progress(
                ws.paths.registers, ws.config.registers, activities, today
            )
        except AfstandError as error:
            problems.append(error.message)
    if ics is not None and not locked:
        _write_calendar(ws, ics, registers, today)
    if as_json:
        print_json(
            {
                "today": today.isoformat(),
                "locked": locked,
                "items": [item.as_data() for item in items],
                "registers": [
                    {
                        "register": r.profile.id,
                        "line": register_line(r, current_language()),
                        "period_end": r.end.isoformat() if r.end else None,
                    }
                    for r in registers
                ],
                "problems": problems,
            }
        )
        return
    if locked:
        print_line(t("status.locked"))
    width = max((len(_line(item, today)[0]) for item in items), default=0)
    for item in items:
        when, text = _line(item, today)
        print_line(f"{when:<{width}} {text}".rstrip())
    for result in registers:
        line = register_line(result, current_language())
        print_line(f"{'':<{width}} {line}" if width else line)
    for problem in problems:
        print_line(f"{t('word.error')}: {problem}")
    if not items and not registers and not locked and not problems:
        print_line(t("status.nothing"))


def _write_calendar(ws: Workspace, target: str, registers: list[Progress], today: date) -> None:
    from datetime import datetime
    from pathlib import Path

    from afstand.files import atomic_write
    from afstand.registers.calendar_file import period_due_dates, render
    from afstand.supervision.due_dates import series_due_dates
    from afstand.supervision.schedule import DAYS_BEFORE
    from afstand.supervision.store import SupervisionLog

    days = ws.config.verslag_days_before
    every = SupervisionLog(ws.journal()).all()
    due = series_due_dates(every, today, DAYS_BEFORE if days is None else days)
    due += period_due_dates(registers, current_language())
    atomic_write(Path(target), render(due, datetime.now().astimezone()), own_folder=False)
    say(t("supervision.written", path=target), style="green")


def _line(item: Item, today: date) -> tuple[str, str]:
    """The date column (with how far off it is) and the sentence of one item."""
    d = item.details
    when = ""
    if item.due is not None:
        days = (item.due - today).days
        when = (
            item.due.isoformat()
            + " "
            + (
                t("status.overdue", count=-days)
                if days < 0
                else t("status.today")
                if days == 0
                else t("status.in_days", count=days)
            )
        )
    if item.kind == "verslag":
        text = t("status.verslag", number=d["meeting"], series=d["series"])
        if d["estimated"]:
            when += " " + t("status.estimated")
    elif item.kind == "evaluation":
        text = t(
            "status.evaluation",
            kind=t("evaluation.kind." + d["evaluation"]),
            series=d["series"],
            number=d["after"],
        )
    elif item.kind == "meeting":
        text = t("status.meeting", number=d["meeting"], series=d["series"])
        if d["start"]:
            when += f" {d['start']}"
        if not d["prepared"]:
            text += " " + t("status.not_prepared")
    elif item.kind == "draft":
        text = t(
            "status.draft",
            id=d["draft"],
            client=d["client"] or "?",
            started=d["started"],
            answers=counted(d["answers"], "answer"),
        )
    elif item.kind == "quick":
        text = t("status.quick", id=d["entry"], client=d["client"])
    elif item.kind == "check-in":
        text = t("status.check_in", last=d["last"])
    else:
        text = t("status.purge", count=d["entries"], months=counted(d["months"], "month"))
    return when, text
