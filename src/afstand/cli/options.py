"""Options that several commands share, defined once. Imported by command modules only, so
the help texts are made after the language is known."""

from __future__ import annotations

from typing import Annotated

import typer

from afstand.cli import completion
from afstand.i18n import t

Since = Annotated[str | None, typer.Option("--from", metavar="DATE", help=t("help.period.from"))]
Until = Annotated[str | None, typer.Option("--to", metavar="DATE", help=t("help.period.to"))]
Year = Annotated[str | None, typer.Option("--year", metavar="[YYYY]", help=t("help.report.year"))]
AsJson = Annotated[bool, typer.Option("--json", help=t("help.json"))]
ClientFilter = Annotated[
    str | None,
    typer.Option(
        "--client", "-c", help=t("help.filter.client"), autocompletion=completion.client_codes
    ),
]


def month_option(help_key: str, metavar: str = "YYYY-MM") -> object:
    """`--month`, whose help differs a little per command."""
    return typer.Option("--month", metavar=metavar, help=t(help_key))
