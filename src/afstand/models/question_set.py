"""A question set as the program asks it: checked once, then held in these msgspec structs.

A set file a user writes is checked by the pydantic models of afstand.models.questionnaire,
which say every problem at once in the user's words; the checked set is then converted to a
`QuestionSet` and kept in afstand's cache of checked sets, which is read straight into these
structs. So a reflection asks its questions, and saves its answers, without loading pydantic.
The fields are those of the pydantic models, name for name (a test holds them together); the
texts and options are the month file's own structs, as a set's wording is stored in the same
words it was asked in."""

from __future__ import annotations

from typing import Annotated

from msgspec import Meta, field

from afstand.i18n import t
from afstand.models.month_file import (
    QuestionType,
    Stored,
    StoredOption,
    StoredText,
    Tags,
    WordedQuestion,
    Wording,
)
from afstand.models.patterns import ITEM_ID_PATTERN, SET_ID_PATTERN, whole

SetId = Annotated[str, Meta(pattern=whole(SET_ID_PATTERN), max_length=64)]
ItemId = Annotated[str, Meta(pattern=whole(ITEM_ID_PATTERN), max_length=64)]

TESTS = ("equals", "any_of", "at_least", "at_most")


def check_one_test(condition: object) -> None:
    """A condition makes exactly one of its tests (the set-file checker asks this too)."""
    if sum(getattr(condition, name) is not None for name in TESTS) != 1:
        raise ValueError(t("schema.condition_one"))


class ShowIf(Stored, frozen=True, kw_only=True):
    """Ask a question only when an earlier question was answered in a certain way (one test)."""

    question: ItemId
    equals: bool | int | str | None = None
    any_of: list[str] | None = None
    at_least: int | None = None
    at_most: int | None = None

    def __post_init__(self) -> None:
        check_one_test(self)

    def test(self) -> tuple[str, bool | int | str | list[str]]:
        """The name of the one test and what it compares with."""
        for name in TESTS:
            value = getattr(self, name)
            if value is not None:
                return name, value
        raise AssertionError("a condition holds one test")  # see __post_init__


class SetQuestion(Stored, frozen=True, kw_only=True):
    id: ItemId
    type: QuestionType
    prompt: StoredText
    help: StoredText | None = None
    required: bool = False
    # asked by `afstand reflect --quick`; a required question is always asked there too
    quick: bool = False
    show_if: ShowIf | None = None
    min: int | None = None
    max: int | None = None
    anchors: dict[int, StoredText] = field(default_factory=dict)
    options: list[StoredOption] = field(default_factory=list)
    tags: Tags = field(default_factory=dict)

    def option(self, option_id: str) -> StoredOption | None:
        return next((option for option in self.options if option.id == option_id), None)

    @property
    def in_quick(self) -> bool:
        """Whether the quick reflection asks this question right after a session."""
        return self.quick or self.required


class QuestionSet(Stored, frozen=True, kw_only=True):
    id: SetId
    version: Annotated[int, Meta(ge=1)]
    title: StoredText
    description: StoredText
    source: Annotated[str, Meta(min_length=1)]
    questions: Annotated[list[SetQuestion], Meta(min_length=1)]

    def question(self, question_id: str) -> SetQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)


def set_wording(question_set: QuestionSet) -> Wording:
    """The whole wording of a question set: every question, with all its options and anchors.
    What a reflection saves for the sets it was asked from, so that every entry of a month
    asked from the same version of a set shares one wording."""
    return Wording(
        set=question_set.id,
        version=question_set.version,
        title=question_set.title,
        questions={
            question.id: WordedQuestion(
                type=question.type,
                prompt=question.prompt,
                min=question.min,
                max=question.max,
                anchors=dict(sorted(question.anchors.items())),
                tags=dict(question.tags),
                options=list(question.options),
            )
            for question in question_set.questions
        },
    )
