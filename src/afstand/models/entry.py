"""A journal entry: one reflection, with a snapshot of the wording of what was asked.

The snapshot keeps an entry readable, and countable by the report, after a question set
changes or is removed: the report reads the tags stored here, never the current sets."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, Field, StrictBool, StrictInt, StrictStr

from afstand.dates import check_day_in_range
from afstand.models.client_code import CLIENT_PATTERN
from afstand.models.questionnaire import QuestionType, Tags
from afstand.models.text import CleanStr, Strict, Text

ClientCode = Annotated[StrictStr, Field(pattern=CLIENT_PATTERN)]
EntryId = Annotated[
    StrictStr, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]


def _day_in_range(day: date) -> date:
    check_day_in_range(day)
    return day


def _moment_in_range(moment: datetime) -> datetime:
    check_day_in_range(moment.date())
    return moment


# a session date, and the moments of writing, within the years the journal accepts
JournalDate = Annotated[date, AfterValidator(_day_in_range)]
JournalMoment = Annotated[AwareDatetime, AfterValidator(_moment_in_range)]
AnswerValue = StrictBool | StrictInt | CleanStr | list[CleanStr]


class ChosenOption(Strict):
    id: str
    label: Text
    feedback: Text | None = None
    tags: Tags = Field(default_factory=dict)


class Answer(Strict):
    question: str
    type: QuestionType
    prompt: Text
    value: AnswerValue
    options: list[ChosenOption] = Field(default_factory=list)
    min: int | None = None
    max: int | None = None
    anchors: dict[int, Text] = Field(default_factory=dict)
    tags: Tags = Field(default_factory=dict)


class SetAnswers(Strict):
    id: str
    version: StrictInt
    title: Text
    answers: list[Answer]


class Entry(Strict):
    id: EntryId
    created: JournalMoment
    updated: JournalMoment | None = None
    date: JournalDate
    client: ClientCode
    sets: list[SetAnswers] = Field(default_factory=list)
    note: CleanStr | None = None
    supervision: StrictBool = False
    supervision_question: CleanStr | None = None
    # "quick": saved by `reflect --quick`, waiting for `reflect --deepen`; an entry without
    # this field (every entry of an older afstand) is complete
    phase: Literal["quick", "complete"] = "complete"

    @property
    def is_quick(self) -> bool:
        return self.phase == "quick"

    @property
    def month(self) -> str:
        return self.date.strftime("%Y-%m")

    def answers(self) -> list[tuple[SetAnswers, Answer]]:
        return [
            (answered_set, answer) for answered_set in self.sets for answer in answered_set.answers
        ]
