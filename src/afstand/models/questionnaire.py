"""The question-set format (see docs/questionnaire-format.md), as a set file a user writes is
checked: every problem of its fields at once, in the user's words. A checked set is converted
to afstand.models.question_set.QuestionSet, the form the program asks it in."""

from __future__ import annotations

from typing import Annotated

import msgspec
from pydantic import Field, StrictBool, StrictInt, StrictStr, model_validator

from afstand.models.month_file import QuestionType as QuestionType
from afstand.models.patterns import ITEM_ID_PATTERN as ITEM_ID_PATTERN
from afstand.models.patterns import SET_ID_PATTERN as SET_ID_PATTERN
from afstand.models.patterns import TAG_PATTERN as TAG_PATTERN
from afstand.models.question_set import QuestionSet, check_one_test
from afstand.models.text import Strict, Text

SetId = Annotated[StrictStr, Field(pattern=SET_ID_PATTERN, max_length=64)]
ItemId = Annotated[StrictStr, Field(pattern=ITEM_ID_PATTERN, max_length=64)]
TagName = Annotated[StrictStr, Field(pattern=TAG_PATTERN, max_length=40)]


Tags = dict[TagName, TagName]


class Condition(Strict):
    """Ask a question only when an earlier question was answered in a certain way."""

    question: ItemId
    equals: StrictBool | StrictInt | StrictStr | None = None
    any_of: list[StrictStr] | None = None
    at_least: StrictInt | None = None
    at_most: StrictInt | None = None

    @model_validator(mode="after")
    def _exactly_one_test(self) -> Condition:
        check_one_test(self)
        return self


class Option(Strict):
    id: ItemId
    label: Text
    feedback: Text | None = None
    tags: Tags = Field(default_factory=dict)


class Question(Strict):
    id: ItemId
    type: QuestionType
    prompt: Text
    help: Text | None = None
    required: StrictBool = False
    # asked by `afstand reflect --quick`; a required question is always asked there too
    quick: StrictBool = False
    show_if: Condition | None = None
    min: StrictInt | None = None
    max: StrictInt | None = None
    anchors: dict[StrictInt, Text] = Field(default_factory=dict)
    options: list[Option] = Field(default_factory=list)
    tags: Tags = Field(default_factory=dict)


class Questionnaire(Strict):
    id: SetId
    version: Annotated[StrictInt, Field(ge=1)]
    title: Text
    description: Text
    source: Annotated[StrictStr, Field(min_length=1)]
    questions: Annotated[list[Question], Field(min_length=1)]

    def as_question_set(self) -> QuestionSet:
        """This set, once checked, as the program asks it (and caches it)."""
        return msgspec.convert(self.model_dump(), QuestionSet)
