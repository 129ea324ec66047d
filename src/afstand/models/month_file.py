"""A month file of format 2 as it lies on disk (see docs/journal-format.md).

Each distinct wording of a question set that entries of the month answered is stored once, in
`wordings`, under a hash of its content; an entry keeps its answers and that hash. Turning a
stored entry back into an `Entry` (with the wording it was asked in) is `expand`; the
other way round is afstand.journal.format.encode_month."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from afstand.models.entry import (
    AnswerValue,
    ChosenOption,
    ClientCode,
    EntryId,
    JournalDate,
    JournalMoment,
)
from afstand.models.questionnaire import QuestionType, Tags
from afstand.models.text import CleanStr, Strict, Text

WordingKey = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{16}$")]


class WordedQuestion(Strict):
    type: QuestionType
    prompt: Text
    min: StrictInt | None = None
    max: StrictInt | None = None
    anchors: dict[int, Text] = Field(default_factory=dict)
    tags: Tags = Field(default_factory=dict)
    options: list[ChosenOption] = Field(default_factory=list)


class Wording(Strict):
    """What a set asked, in the words it used: the questions (by id) that entries answered."""

    set: StrictStr
    version: StrictInt
    title: Text
    questions: dict[StrictStr, WordedQuestion]


class StoredAnswer(Strict):
    question: StrictStr
    value: AnswerValue
    # only when they differ from what the value and the wording give (see docs)
    options: list[StrictStr] | None = None
    anchors: list[int] | None = None


class StoredSet(Strict):
    wording: WordingKey
    answers: list[StoredAnswer]


class StoredEntry(Strict):
    id: EntryId
    created: JournalMoment
    updated: JournalMoment | None = None
    date: JournalDate
    client: ClientCode
    sets: list[StoredSet] = Field(default_factory=list)
    note: CleanStr | None = None
    supervision: StrictBool = False
    supervision_question: CleanStr | None = None
    phase: Literal["quick", "complete"] = "complete"  # see models.entry


class MonthBlock(Strict):
    """A month's wordings and entries: the body of a month file, and a month of an export."""

    month: Annotated[StrictStr, Field(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
    wordings: dict[WordingKey, Wording] = Field(default_factory=dict)
    entries: list[StoredEntry]


class MonthFile(MonthBlock):
    format: Literal["afstand-journal"]
    schema_version: Literal[2]


class Header(BaseModel):
    """What a light scan reads of an entry: enough to choose it, checked; the rest skipped."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    id: EntryId
    created: JournalMoment
    updated: JournalMoment | None = None
    date: JournalDate
    client: ClientCode
    supervision: StrictBool = False


class MonthHeaders(BaseModel):
    """A month file (of any readable format) read lightly: its entries' headers only."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    format: Literal["afstand-journal"]
    schema_version: Literal[1, 2]
    entries: list[Header]
