from __future__ import annotations

from typing import Annotated

import typer

from afstand.cli.context import workspace
from afstand.cli.output import out, print_json
from afstand.i18n import t


def show_paths(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
) -> None:
    """Show where the journal, the config and your own question sets live."""
    paths = workspace(ctx).paths
    rows = {
        "journal": paths.journal,
        "drafts": paths.drafts,
        "config": paths.config_file,
        "questionnaires": paths.questionnaires,
        "registers": paths.registers,
    }
    if as_json:
        print_json({name: str(path) for name, path in rows.items()})
        return
    width = max(len(t(f"paths.{name}")) for name in rows)
    for name, path in rows.items():
        out().print(f"{t(f'paths.{name}'):<{width}}  {path}")
