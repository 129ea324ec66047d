"""The answers of one reflection before they become an entry: the `--answers FILE` shape,
and what the interactive flow collects.

A msgspec struct, not a pydantic model: saving a reflection from a file is meant to start as
fast as `afstand --version`, and reading this shape must not load pydantic. Reading a file
into it (with every problem said at once) is afstand.reflection.answers_file; the JSON Schema
(`afstand schema answers`) is made from it."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Annotated, Any, ClassVar

from msgspec import Meta, Struct, field
from msgspec.structs import force_setattr

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
ClientField = Annotated[
    str, Meta(title="Client", description="The client code you chose (never a name).")
]
DateField = Annotated[
    datetime.date | None, Meta(title="Date", description="The session date; default today.")
]
NoteField = Annotated[str | None, Meta(title="Note")]
SupervisionField = Annotated[bool, Meta(title="Supervision")]
QuestionField = Annotated[str | None, Meta(title="Supervision Question")]
AnswersField = Annotated[
    dict[str, dict[str, AnyAnswer]],
    Meta(
        title="Answers",
        description="Set id → question id → value: an integer for a scale, an option id for "
        "a choice, a list of option ids for a checklist, true/false for yes/no, a string for "
        "a text question.",
    ),
]


def _date_problem(day: datetime.date | None) -> str | None:
    return None if day is None or in_range(day) else out_of_range_text(day)


class Submission(Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """`afstand reflect --answers FILE`: set id → question id → value."""

    # what a field's type cannot say: checked for every Submission made (`__post_init__`),
    # and field by field, beside a file's other problems, by afstand.struct_problems
    field_checks: ClassVar[dict[str, Callable[[Any], str | None]]] = {"date": _date_problem}

    client: ClientField
    date: DateField = None
    note: NoteField = None
    supervision: SupervisionField = False
    supervision_question: QuestionField = None
    answers: AnswersField = field(default_factory=dict)

    def __post_init__(self) -> None:
        # runs when a file is read (after its types are checked), when the program makes one
        # and on `msgspec.structs.replace`: the one place where control characters leave what
        # a user typed (frozen, so that nothing gets in afterwards)
        for name, check in self.field_checks.items():
            problem = check(getattr(self, name))
            if problem:
                raise ValueError(f"{name}: {problem}")
        force_setattr(self, "note", _cleaned(self.note))
        force_setattr(self, "supervision_question", _cleaned(self.supervision_question))
        answers = {
            set_id: {question_id: _cleaned(value) for question_id, value in given.items()}
            for set_id, given in self.answers.items()
        }
        force_setattr(self, "answers", answers)


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [strip_controls(v) if isinstance(v, str) else v for v in value]
    return value
