"""`afstand registers list|show|validate`: the register profiles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from afstand.cli.context import workspace
from afstand.cli.options import AsJson
from afstand.cli.output import out, print_json, print_rows, say
from afstand.i18n import current_language, t


def build() -> typer.Typer:
    group = typer.Typer(no_args_is_help=True)
    group.command(name="list", help=t("help.registers.list"))(list_profiles)
    group.command(name="show", help=t("help.registers.show"))(show_profile)
    group.command(name="validate", help=t("help.registers.validate"))(validate_profiles)
    return group


def list_profiles(ctx: typer.Context, as_json: AsJson = False) -> None:
    from afstand.registers.catalog import load_profiles

    catalog = load_profiles(workspace(ctx).paths.registers)
    lang = current_language()
    if as_json:
        print_json(
            {
                "registers": [
                    {
                        "id": loaded.profile.id,
                        "version": loaded.profile.version,
                        "name": loaded.profile.name.get(lang),
                        "origin": loaded.origin,
                        "path": str(loaded.path),
                        "replaces_built_in": loaded.replaces_shipped,
                        "checked": loaded.profile.checked,
                    }
                    for loaded in catalog
                ],
                "invalid": [str(path) for path in catalog.invalid],
            }
        )
        return
    rows = []
    for loaded in catalog:
        origin = t(f"registers.origin.{loaded.origin}")
        if loaded.origin == "user":
            origin += f" ({loaded.path.name})"
            if loaded.replaces_shipped:
                origin += " — " + t("registers.replaces")
        rows.append([loaded.profile.id, loaded.profile.name.get(lang), origin])
    print_rows([t(f"registers.column.{h}") for h in ("id", "name", "origin")], rows)
    for path in catalog.invalid:
        say(t("registers.skipped_invalid", path=path), style="yellow")


def show_profile(
    ctx: typer.Context,
    profile_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.registers.id"))],
    as_json: AsJson = False,
) -> None:
    from afstand.registers.catalog import load_profiles

    profile = load_profiles(workspace(ctx).paths.registers).get(profile_id)
    if as_json:
        print_json(profile.model_dump(mode="json", exclude_none=True))
        return
    lang = current_language()
    console = out()
    console.print(Text(profile.name.get(lang), style="bold"))
    console.print(Text(" ".join(profile.description.get(lang).split())), soft_wrap=True)
    if profile.notes is not None:
        console.print(Text(" ".join(profile.notes.get(lang).split())), soft_wrap=True)
    console.print(
        Text(t("registers.hours.rules_change", checked=profile.checked, source=profile.source)),
        style="dim",
        soft_wrap=True,
    )


def validate_profiles(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH...", help=t("help.questionnaires.paths"))
    ],
) -> None:
    from afstand.cli.file_check import validate_files
    from afstand.registers.catalog import check_file

    validate_files(paths, check_file)
