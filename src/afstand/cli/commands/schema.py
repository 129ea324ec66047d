"""`afstand schema answers`: the JSON Schema of the `reflect --answers` file."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from afstand.cli.output import print_json
from afstand.errors import UsageError
from afstand.i18n import t

SCHEMAS = ("answers",)


def show_schema(
    name: Annotated[str, typer.Argument(metavar="NAME", help=t("help.schema.name"))],
) -> None:
    if name not in SCHEMAS:
        raise UsageError(t("schema.unknown", name=name, known=", ".join(SCHEMAS)))
    print_json(answers_schema())


def answers_schema() -> dict[str, Any]:
    """The JSON Schema of an answers file, its properties at the top (msgspec puts the
    struct under `$defs` and refers to it)."""
    import msgspec

    from afstand.models.submission import Submission

    made = msgspec.json.schema(Submission)
    defs = made.pop("$defs")
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **defs.pop(Submission.__name__),
    }
    if defs:
        schema["$defs"] = defs
    return schema
