"""`afstand schema answers`: the JSON Schema of the `reflect --answers` file."""

from __future__ import annotations

from typing import Annotated

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
    from afstand.models.submission import Submission

    schema = Submission.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    print_json(schema)
