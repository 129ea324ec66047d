"""`afstand hours`: per register, what counts so far, what does not and why, what is still
needed and by when; and `afstand registers`: the register profiles, and checking your own."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from afstand.cli.context import Workspace, workspace
from afstand.cli.options import AsJson
from afstand.cli.output import print_json, print_line, say
from afstand.errors import InvalidInput, UsageError
from afstand.i18n import current_language, number, t

if TYPE_CHECKING:
    from afstand.supervision.hours import Progress
    from afstand.supervision.registers import Registers


def _registers(ws: Workspace) -> Registers:
    from afstand.supervision.registers import load_registers

    return load_registers(ws.paths.config_dir / "registers")


def show_hours(
    ctx: typer.Context,
    register: Annotated[
        str | None, typer.Option("--register", "-r", metavar="ID", help=t("help.hours.register"))
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=t("help.hours.since"))
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", "-o", metavar="FILE", help=t("help.hours.document"))
    ] = None,
    as_json: AsJson = False,
) -> None:
    ws = workspace(ctx)
    from afstand.supervision.hours import progress
    from afstand.supervision.store import SupervisionLog

    registers = _registers(ws)
    chosen = _chosen(ws, register, since)
    every = SupervisionLog(ws.journal()).all()
    today = date.today()
    results = [progress(registers.get(rid), every, start, today) for rid, start in chosen]
    if document is not None:
        from pathlib import Path

        from afstand.files import atomic_write
        from afstand.supervision.documents.evidence import hours_document
        from afstand.supervision.documents.render import render

        path = Path(document)
        fmt = "html" if path.suffix.lower() in (".html", ".htm") else "markdown"
        text = render(hours_document(results, current_language(), today), fmt)
        atomic_write(path, text.encode("utf-8"), own_folder=False)
        say(t("supervision.written", path=path), style="green")
        return
    if as_json:
        print_json([r.as_data() for r in results])
        return
    for index, result in enumerate(results):
        if index:
            print_line("")
        for line in describe(result, today):
            print_line(line)


def _chosen(ws: Workspace, register: str | None, since: str | None) -> list[tuple[str, date]]:
    configured = dict(ws.config.registers or {})
    start = None
    if since is not None:
        try:
            start = date.fromisoformat(since.strip())
        except ValueError:
            raise InvalidInput(t("date.invalid", value=since), hint=t("hint.date")) from None
    if register is not None:
        rid = register.strip().lower()
        start = start or configured.get(rid)
        if start is None:
            raise UsageError(t("hours.no_start", id=rid), hint=t("hint.hours_config"))
        return [(rid, start)]
    if not configured:
        raise UsageError(t("hours.no_registers"), hint=t("hint.hours_config"))
    return [(rid, start or day) for rid, day in configured.items()]


def describe(result: Progress, today: date) -> list[str]:
    from afstand.supervision.hours import whole_hours

    profile = result.profile
    lang = current_language()
    lines = [profile.title.get(lang)]
    period = result.start.isoformat() + " – " + (result.end.isoformat() if result.end else "…")
    lines.append(f"  {t('hours.period')}: {period}")
    counted = number(result.counted_hours)
    if profile.required_hours is not None:
        lines.append(
            "  "
            + t("hours.counted_of", counted=counted, required=whole_hours(profile.required_hours))
        )
        needed = result.still_needed or 0.0
        if needed > 0:
            by = result.end.isoformat() if result.end else "…"
            lines.append("  " + t("hours.still_needed", hours=number(needed), date=by))
        else:
            lines.append("  " + t("hours.enough"))
    else:
        lines.append("  " + t("hours.counted", counted=counted))
    skipped = [v for v in result.verdicts if v.reason is not None]
    if skipped:
        lines.append("  " + t("hours.not_counted"))
        for verdict in skipped:
            reason = t(
                "hours.reason." + (verdict.reason or ""),
                minutes=verdict.least_minutes,
            )
            lines.append(
                f"    {verdict.day.isoformat()}  {verdict.series}  {verdict.minutes} min  {reason}"
            )
    if profile.monthly_minimum_hours is not None:
        minimum = whole_hours(profile.monthly_minimum_hours)
        if result.short_months:
            lines.append("  " + t("hours.short_months", minimum=minimum))
            lines += [f"    {m}: {number(h)}" for m, h in result.short_months]
        else:
            lines.append("  " + t("hours.no_short_months", minimum=minimum))
    if profile.gap_months is not None:
        if result.gaps:
            lines.append("  " + t("hours.gaps", months=profile.gap_months))
            lines += [f"    {a.isoformat()} – {b.isoformat()}" for a, b in result.gaps]
        else:
            lines.append("  " + t("hours.no_gaps", months=profile.gap_months))
    for series, meetings in result.series_outside:
        rule = profile.series_meetings
        assert rule is not None
        lines.append(
            "  "
            + t("hours.series_outside", series=series, count=meetings, min=rule.min, max=rule.max)
        )
    lines.append("  " + t("hours.self_reflection"))
    if profile.evidence:
        lines.append("  " + t("hours.evidence", text=profile.evidence.get(lang)))
    return lines


def list_registers(ctx: typer.Context, as_json: AsJson = False) -> None:
    ws = workspace(ctx)
    registers = _registers(ws)
    lang = current_language()
    if as_json:
        print_json(
            [p.model_dump(mode="json", exclude_none=True) for p in registers.profiles.values()]
        )
        return
    for profile in registers.profiles.values():
        print_line(f"{profile.id:<26} {profile.title.get(lang)}")
    for path, problems in registers.invalid.items():
        say(t("register.invalid_file", path=path, count=len(problems)), style="yellow")


def validate_registers(
    ctx: typer.Context, files: Annotated[list[str], typer.Argument(metavar="FILE...")]
) -> None:
    from pathlib import Path

    from afstand.supervision.registers import check_profile_file

    bad = 0
    for name in files:
        problems, _ = check_profile_file(Path(name))
        for problem in problems:
            print_line(problem.render())
        if problems:
            bad += 1
        else:
            say(t("register.valid", path=name), style="green")
    if bad:
        raise typer.Exit(1)


def build() -> typer.Typer:
    app = typer.Typer(no_args_is_help=True, help=t("help.registers"))
    app.command(name="list", help=t("help.registers.list"))(list_registers)
    app.command(name="validate", help=t("help.registers.validate"))(validate_registers)
    return app
