"""`afstand report`: the monthly mirror, as text for a terminal (80 columns, honest without
colour) or as data (`--json`). Both render the one report model."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from afstand.cli import completion
from afstand.cli.context import workspace
from afstand.cli.options import AsJson, Since, Until, Year, month_option
from afstand.cli.output import out, print_json
from afstand.i18n import t


def report(
    ctx: typer.Context,
    month: Annotated[str | None, month_option("help.report.month", "[YYYY-MM]")] = None,
    start: Since = None,
    end: Until = None,
    year: Year = None,
    client: Annotated[
        str | None,
        typer.Option(
            "--client",
            "-c",
            help=t("help.report.client"),
            autocompletion=completion.client_codes,
        ),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help=t("help.report.all"))] = False,
    as_json: AsJson = False,
) -> None:
    from afstand.cli.views.report import render
    from afstand.journal.periods import Period, period_from_options
    from afstand.models.client_code import normalise_client
    from afstand.report.figures import build_report

    today = date.today()
    code = normalise_client(client) if client else None
    period = period_from_options(today, month=month, year=year, start=start, end=end)
    if period is None:
        period = (
            Period()
            if code
            else period_from_options(today, month=today.strftime("%Y-%m")) or Period()
        )
    result = build_report(workspace(ctx).journal(), period, code, today)
    if as_json:
        print_json(result.as_data())
        return
    render(out(), result, show_all)
