"""One module per command or command group; `register_all` attaches them to the app."""

from __future__ import annotations

import typer

from afstand.i18n import t


def register_all(app: typer.Typer) -> None:
    from afstand.cli.commands import paths, questionnaires

    app.add_typer(questionnaires.build(), name="questionnaires", help=t("help.questionnaires"))
    app.command(name="paths", help=t("help.paths"))(paths.show_paths)
