"""The answers of one reflection before they become an entry: the `--answers FILE` shape,
and what the interactive flow collects.

A msgspec struct, not a pydantic model: saving a reflection from a file is meant to start as
fast as `afstand --version`, and reading this shape must not load pydantic. Reading a file
into it (with every problem said at once) is afstand.reflection.answers_file; the JSON Schema
(`afstand schema answers`) is made from it."""

from __future__ import annotations

import datetime
from typing import Annotated, Any

from msgspec import Meta, Struct, field

from afstand.control_chars import strip_controls
from afstand.dates import in_range, out_of_range_text

# Values are checked against their question by afstand.reflection.answer_checks, which knows the
# question's type and can say what is wrong in the user's words; the schema still documents
# the types.
AnyAnswer = Annotated[
    Any,
    Meta(
        extra_json_schema={
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
ClientField = Annotated[str, Meta(description="The client code you chose (never a name).")]
DateField = Annotated[datetime.date | None, Meta(description="The session date; default today.")]
AnswersField = Annotated[
    dict[str, dict[str, AnyAnswer]],
    Meta(
        description="Set id → question id → value: an integer for a scale, an option id for "
        "a choice, a list of option ids for a checklist, true/false for yes/no, a string for "
        "a text question."
    ),
]


class Submission(Struct, kw_only=True, forbid_unknown_fields=True):
    """`afstand reflect --answers FILE`: set id → question id → value."""

    client: ClientField
    date: DateField = None
    note: str | None = None
    supervision: bool = False
    supervision_question: str | None = None
    answers: AnswersField = field(default_factory=dict)

    def __post_init__(self) -> None:
        # runs when a file is read (after its types are checked) and when the program makes
        # one: the one place where control characters leave what a user typed
        if self.date is not None and not in_range(self.date):
            raise ValueError(f"date: {out_of_range_text(self.date)}")
        self.note = _cleaned(self.note)
        self.supervision_question = _cleaned(self.supervision_question)
        self.answers = {
            set_id: {question_id: _cleaned(value) for question_id, value in given.items()}
            for set_id, given in self.answers.items()
        }


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [strip_controls(v) if isinstance(v, str) else v for v in value]
    return value
