"""The answers of one reflection before they become an entry: the `--answers FILE` shape,
and what the interactive flow collects."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StrictBool, StrictStr, WithJsonSchema, field_validator

from afstand.control_chars import strip_controls
from afstand.models.entry import JournalDate
from afstand.models.text import CleanStr, Strict

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
    note: CleanStr | None = None
    supervision: StrictBool = False
    supervision_question: CleanStr | None = None
    answers: dict[StrictStr, dict[StrictStr, AnyAnswer]] = Field(
        default_factory=dict,
        description="Set id → question id → value: an integer for a scale, an option id for "
        "a choice, a list of option ids for a checklist, true/false for yes/no, a string for "
        "a text question.",
    )

    @field_validator("answers")
    @classmethod
    def _clean_texts(cls, answers: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {
            set_id: {question_id: _cleaned(value) for question_id, value in given.items()}
            for set_id, given in answers.items()
        }


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [strip_controls(v) if isinstance(v, str) else v for v in value]
    return value
