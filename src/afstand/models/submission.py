"""The answers of one reflection before they become an entry: the `--answers FILE` shape,
and what the interactive flow collects."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StrictBool, StrictStr, WithJsonSchema

from afstand.models.entry import JournalDate
from afstand.models.text import Strict

# Values are checked against their question by afstand.reflection.answer_checks, which knows the
# question's type and can say what is wrong in the user's words; the schema still documents
# the types.
AnyAnswer = Annotated[
    Any,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "integer"},
                {"type": "string"},
                {"type": "boolean"},
                {"type": "array", "items": {"type": "string"}},
                {"type": "null"},
            ]
        }
    ),
]


class Submission(Strict):
    """`afstand reflect --answers FILE`: set id → question id → value."""

    client: StrictStr = Field(description="The client code you chose (never a name).")
    date: JournalDate | None = Field(default=None, description="The session date; default today.")
    note: StrictStr | None = None
    supervision: StrictBool = False
    supervision_question: StrictStr | None = None
    answers: dict[StrictStr, dict[StrictStr, AnyAnswer]] = Field(
        default_factory=dict,
        description="Set id → question id → value: an integer for a scale, an option id for "
        "a choice, a list of option ids for a checklist, true/false for yes/no, a string for "
        "a text question.",
    )
