"""`afstand hours` (what counts for each register, and what is still needed) and
`afstand evidence` (a document a register accepts)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from afstand.cli.context import Workspace, workspace
from afstand.cli.options import AsJson
from afstand.cli.output import out, print_json, say
from afstand.i18n import counted, current_language, t

if TYPE_CHECKING:
    from afstand.registers.activity import Activity
    from afstand.registers.counting import Progress
    from afstand.registers.documents.shape import Evidence

Registers = Annotated[
    list[str] | None,
    typer.Option("--register", "-r", metavar="ID", help=t("help.hours.register")),
]
ActivitiesOption = Annotated[
    Path | None,
    typer.Option("--activities", metavar="FILE", help=t("help.hours.activities")),
]
Since = Annotated[str | None, typer.Option("--since", metavar="DATE", help=t("help.hours.since"))]
OnDay = Annotated[str | None, typer.Option("--date", metavar="DATE", help=t("help.hours.date"))]
FORMATS = ("markdown", "html", "csv")
MAX_LISTED = 12  # months listed on screen; --json lists them all
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
}


def supervision_activities(ws: Workspace) -> list[Activity]:
    """The meetings of the supervision log, as activities."""
    from afstand.registers.from_supervision import activities_from_log

    return activities_from_log(ws.journal())


def _activities(ws: Workspace, extra: Path | None) -> list[Activity]:
    from afstand.registers.activities_file import read_activities

    found = supervision_activities(ws)
    if extra is not None:
        found += read_activities(extra.expanduser())
    return found


def _progresses(
    ws: Workspace,
    registers: list[str] | None,
    extra: Path | None,
    today: date,
    since: str | None = None,
) -> list[Progress]:
    from afstand.registers.catalog import load_profiles
    from afstand.registers.selection import chosen_profiles, progress_of

    catalog = load_profiles(ws.paths.registers)
    profiles = chosen_profiles(catalog, registers or [], ws.config.registers, ws.paths.config_file)
    start = _day(since) if since else None
    return progress_of(profiles, _activities(ws, extra), today, ws.config.registers, start)


def _today(text: str | None) -> date:
    return date.today() if text is None else _day(text)


def _day(text: str) -> date:
    from afstand.errors import InvalidInput

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(t("date.invalid", value=text), hint=t("hint.date")) from None


def hours(
    ctx: typer.Context,
    registers: Registers = None,
    activities: ActivitiesOption = None,
    ics: Annotated[
        Path | None, typer.Option("--ics", metavar="FILE", help=t("help.hours.ics"))
    ] = None,
    since: Since = None,
    on_day: OnDay = None,
    as_json: AsJson = False,
) -> None:
    from afstand.registers.data import progress_data

    ws = workspace(ctx)
    today = _today(on_day)
    progresses = _progresses(ws, registers, activities, today, since)
    lang = current_language()
    if ics is not None:
        from afstand.exchange.export import write_file
        from afstand.registers.calendar_file import period_due_dates, render

        due = period_due_dates(progresses, lang)
        write_file(ics.expanduser(), render(due, datetime.now().astimezone()))
        say(t("registers.ics.written", count=len(due), path=ics), style="green")
        return
    if as_json:
        print_json({"registers": [progress_data(p, lang) for p in progresses]})
        return
    for index, progress in enumerate(progresses):
        if index:
            out().print()
        _show(progress, lang, ws)


def _line(text: str, indent: int = 0, style: str = "") -> None:
    out().print(Text(" " * indent + text, style=style), soft_wrap=True)


def _show(progress: Progress, lang: str, ws: Workspace) -> None:
    from afstand.registers.words import hours as in_hours
    from afstand.registers.words import hours_count, kind_words, reason_words

    profile = progress.profile
    _line(profile.name.get(lang), style="bold")
    if progress.start is not None and progress.end is not None:
        left = progress.months_left
        tail = (
            t("registers.hours.months_left", months=counted(left, "month"))
            if left is not None
            else t("registers.hours.period_over")
        )
        period = t("registers.hours.period", start=progress.start, end=progress.end)
        _line(f"{period} ({tail})", 2)
    elif progress.period_needs_start:
        _line(t("registers.hours.no_start"), 2, "yellow")
        _line(
            f"{t('word.hint')}: "
            + t("hint.register_start", path=ws.paths.config_file, id=profile.id),
            2,
            "cyan",
        )
    key = (
        "registers.hours.counted_points" if profile.unit == "points" else "registers.hours.counted"
    )
    _line(
        t(
            key,
            hours=in_hours(progress.counted_minutes),
            meetings=counted(len(progress.counted), "activity"),
            count=hours_count(progress.counted_minutes),
        ),
        2,
    )
    required = progress.required_minutes
    remaining = progress.remaining_minutes
    if required is not None and remaining is not None:
        if remaining == 0:
            _line(t("registers.hours.complete", required=in_hours(required)), 2, "green")
        else:
            line = t(
                "registers.hours.required",
                required=in_hours(required),
                remaining=in_hours(remaining),
                end=progress.end or "?",
            )
            if progress.months_left:
                line += "; " + t(
                    "registers.hours.pace", hours=in_hours(remaining / progress.months_left)
                )
            _line(line, 2)
    elif profile.monthly is None and profile.gap_months is None and profile.series is None:
        _line(t("registers.hours.no_minimum"), 2)
    if profile.monthly is not None:
        minimum = in_hours(profile.monthly.minimum_minutes)
        short = progress.short_months
        _line(
            t("registers.hours.months_short", minimum=minimum, count=len(short)),
            2,
            "yellow" if short else "",
        )
        if len(short) > MAX_LISTED:
            _line(t("registers.hours.more", count=len(short) - MAX_LISTED), 4)
        for month in short[-MAX_LISTED:]:
            _line(
                t(
                    "registers.hours.month_line",
                    month=f"{month.month:%Y-%m}",
                    hours=in_hours(month.minutes),
                    minimum=minimum,
                ),
                4,
            )
        if progress.this_month is not None:
            _line(
                t(
                    "registers.hours.this_month",
                    hours=in_hours(progress.this_month.minutes),
                    minimum=minimum,
                ),
                4,
            )
    if profile.gap_months is not None and progress.gaps:
        _line(
            t(
                "registers.hours.gaps",
                months=counted(profile.gap_months, "month"),
                count=len(progress.gaps),
            ),
            2,
            "yellow",
        )
        for gap in progress.gaps:
            _line(f"{gap.after} – {gap.until}: {counted(gap.months, 'month')}", 4)
    if profile.series is not None and progress.series:
        _line(
            t(
                "registers.hours.series",
                minimum=profile.series.min_meetings,
                maximum=profile.series.max_meetings or "…",
            ),
            2,
        )
        for series in progress.series:
            text = t(
                "registers.hours.series_line",
                title=series.title or series.series_id[:8],
                meetings=counted(series.meetings, "meeting"),
            )
            if not series.fits:
                text += f" ({t('registers.hours.series_unfit')})"
            _line(text, 4)
    if progress.not_counted:
        _line(t("registers.hours.not_counted", count=len(progress.not_counted)), 2)
        for item in progress.not_counted:
            activity = item.activity
            reasons = "; ".join(reason_words(r, item.minimum_minutes) for r in item.reasons)
            _line(
                f"{activity.date} {kind_words(activity.kind)}, "
                f"{in_hours(activity.minutes)} h: {reasons}",
                4,
            )
    if profile.notes is not None:
        _line(" ".join(profile.notes.get(lang).split()), 2, "dim")
    _line(
        t("registers.hours.rules_change", checked=profile.checked, source=profile.source),
        2,
        "dim italic",
    )


def _check_format(value: str | None) -> str | None:
    if value is None:
        return None
    lowered = value.strip().lower()
    if lowered not in FORMATS:
        raise typer.BadParameter(f"{value!r}: {' | '.join(FORMATS)}")
    return lowered


def _check_document(value: str) -> str:
    from afstand.registers.profile import DOCUMENTS

    lowered = value.strip().lower()
    if lowered not in DOCUMENTS:
        raise typer.BadParameter(f"{value!r}: {' | '.join(DOCUMENTS)}")
    return lowered


def _without_client_codes(built: Evidence, ws: Workspace) -> Evidence:
    """An activity holds no client data, but a learning goal or a series title is the user's
    own text: a client code of the journal that stands in it as a word is replaced."""
    from afstand.exchange.export.select import code_pattern, replace_codes
    from afstand.registers.documents.shape import rewrite

    if not ws.paths.journal.is_dir():
        return built
    mapping = dict.fromkeys(ws.journal().clients(), t("registers.doc.a_client"))
    pattern = code_pattern(mapping)
    if pattern is None:
        return built
    return rewrite(built, lambda text: replace_codes(text, mapping, pattern))


def evidence(
    ctx: typer.Context,
    document: Annotated[
        str,
        typer.Argument(
            metavar="DOCUMENT", callback=_check_document, help=t("help.evidence.document")
        ),
    ],
    register: Annotated[
        str | None,
        typer.Option("--register", "-r", metavar="ID", help=t("help.evidence.register")),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="|".join(FORMATS),
            callback=_check_format,
            help=t("help.evidence.format"),
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.export.output"))
    ] = None,
    activities: ActivitiesOption = None,
    words: Annotated[
        Path | None, typer.Option("--words", metavar="FILE", help=t("help.evidence.words"))
    ] = None,
    since: Since = None,
    on_day: OnDay = None,
) -> None:
    from afstand.registers.activities_file import read_words
    from afstand.registers.documents import csv_format, html, markdown
    from afstand.registers.documents.build import build

    ws = workspace(ctx)
    chosen_register = [register] if register else None
    progress = _progresses(ws, chosen_register, activities, _today(on_day), since)[0]
    lang = current_language()
    if document not in progress.profile.evidence:
        say(
            t(
                "registers.evidence.not_for_register",
                register=progress.profile.id.upper(),
                document=document,
            ),
            style="yellow",
        )
    given = read_words(words.expanduser()) if words is not None else None
    built = _without_client_codes(build(document, progress, lang, given), ws)
    chosen = fmt or (
        EXTENSIONS.get(Path(output).suffix.lower(), "markdown") if output else "markdown"
    )
    if chosen == "csv":
        data = csv_format.render(built)
    elif chosen == "html":
        data = html.render(built, lang).encode("utf-8")
    else:
        data = markdown.render(built).encode("utf-8")
    if output is None or output == "-":
        import sys

        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
        return
    from afstand.exchange.export import write_file

    path = Path(output).expanduser()
    write_file(path, data)
    say(
        t(
            "registers.evidence.written",
            document=built.title,
            register=progress.profile.id.upper(),
            path=path,
        ),
        style="green",
    )
