"""`afstand questionnaires list|show|validate`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli import completion
from afstand.cli.context import workspace
from afstand.cli.output import out, print_json, print_rows, say
from afstand.i18n import current_language, t

if TYPE_CHECKING:
    from afstand.models.question_set import ShowIf


def build() -> typer.Typer:
    group = typer.Typer(no_args_is_help=True)
    group.command(name="list", help=t("help.questionnaires.list"))(list_sets)
    group.command(name="show", help=t("help.questionnaires.show"))(show_set)
    group.command(name="validate", help=t("help.questionnaires.validate"))(validate_sets)
    return group


def list_sets(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
) -> None:
    catalog = workspace(ctx).catalog
    lang = current_language()
    if as_json:
        print_json(
            {
                "sets": [
                    {
                        "id": loaded.questionnaire.id,
                        "version": loaded.questionnaire.version,
                        "title": loaded.questionnaire.title.get(lang),
                        "questions": len(loaded.questionnaire.questions),
                        "origin": loaded.origin,
                        "path": str(loaded.path),
                        "replaces_built_in": loaded.replaces_shipped,
                    }
                    for loaded in catalog
                ],
                "invalid": [str(path) for path in catalog.invalid],
            }
        )
        return
    rows = []
    for loaded in catalog:
        origin = t(f"questionnaires.origin.{loaded.origin}")
        if loaded.origin == "user":
            origin += f" ({loaded.path.name})"
            if loaded.replaces_shipped:
                origin += " — " + t("questionnaires.replaces")
        rows.append(
            [
                loaded.questionnaire.id,
                loaded.questionnaire.title.get(lang),
                str(len(loaded.questionnaire.questions)),
                origin,
            ]
        )
    headers = ("id", "title", "questions", "origin")
    print_rows([t(f"questionnaires.column.{h}") for h in headers], rows)
    for path in catalog.invalid:
        say(t("questionnaires.skipped_invalid", path=path), style="yellow")


def show_set(
    ctx: typer.Context,
    set_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help=t("help.questionnaires.id"), autocompletion=completion.set_ids
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
) -> None:
    questionnaire = workspace(ctx).catalog.get(set_id)
    if as_json:
        print_json(_document(questionnaire))
        return
    from rich.text import Text

    lang = current_language()
    console = out()
    console.print(Text(questionnaire.title.get(lang), style="bold"))
    console.print(Text(questionnaire.description.get(lang)))
    console.print(Text(f"{t('questionnaires.source')}: {questionnaire.source}", style="dim"))
    for number, question in enumerate(questionnaire.questions, start=1):
        console.print()
        head = Text(f"{number}. ", style="bold")
        head.append(question.prompt.get(lang), style="bold")
        head.append(f"  [{question.id} · {t('type.question.' + question.type)}", style="dim")
        if question.required:
            head.append(" · " + t("questionnaires.required"), style="dim")
        head.append("]", style="dim")
        console.print(head)
        if question.show_if is not None:
            console.print(Text("   " + _condition(question.show_if), style="dim italic"))
        if question.type == "scale":
            for value, anchor in sorted(question.anchors.items()):
                console.print(Text(f"   {value:>2}  {anchor.get(lang)}"))
        for option in question.options:
            line = Text(f"   - {option.label.get(lang)}")
            line.append(f"  ({option.id}{_tags(option.tags)})", style="dim")
            console.print(line)
            if option.feedback is not None:
                console.print(Text(f"       → {option.feedback.get(lang)}", style="cyan"))
        if question.tags:
            console.print(Text(f"   {_tags(question.tags).lstrip('; ')}", style="dim"))
        if question.help is not None:
            console.print(
                Text(question.help.get(lang).strip(), style="italic"), style="dim", soft_wrap=False
            )


def _tags(tags: dict[str, str]) -> str:
    return "".join(f"; {name}: {value}" for name, value in tags.items())


def _condition(condition: ShowIf) -> str:
    test, value = condition.test()
    shown = ", ".join(value) if isinstance(value, list) else str(value).lower()
    return t("questionnaires.show_if", question=condition.question, test=test, value=shown)


def _document(value: object) -> Any:
    """A set as its file says it, with every field that has a value (those at their default
    too, as `show --json` has always shown them)."""
    import msgspec

    if isinstance(value, msgspec.Struct):
        fields = ((name, getattr(value, name)) for name in value.__struct_fields__)
        return {name: _document(field) for name, field in fields if field is not None}
    if isinstance(value, dict):
        return {str(key): _document(field) for key, field in value.items()}
    if isinstance(value, list):
        return [_document(item) for item in value]
    return value


def validate_sets(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH...", help=t("help.questionnaires.paths"))
    ],
) -> None:
    from afstand.cli.file_check import validate_files
    from afstand.questionnaires.catalog import check_file

    validate_files(paths, check_file)
