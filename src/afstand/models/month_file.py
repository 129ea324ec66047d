"""A month file of format 2 as it lies on disk (see docs/journal-format.md).

Each distinct wording of a question set that entries of the month answered is stored once, in
`wordings`, under a hash of its content; an entry keeps its answers and that hash. Turning a
stored entry back into an `Entry` (with the wording it was asked in) is `expand`; the
other way round is afstand.journal.format.encode_month.

These are msgspec structs, not pydantic models: reading ten years of months is the one bulk
read afstand does, and msgspec decodes the bytes straight into checked, typed objects several
times faster than pydantic (and faster than `json.loads`). The checks pydantic made are all
here: patterns, strict types, unknown keys refused, aware datetimes; what msgspec cannot say
in a type (dates within the journal's years, a text in one language at least) is checked in
`__post_init__`. Control characters, which pydantic's CleanStr stripped, are stripped by the
reader (afstand.journal.format) before a text reaches these structs."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from afstand.dates import FIRST_DAY, LAST_DAY, out_of_range_text
from afstand.i18n import t
from afstand.models.client_code import CLIENT_PATTERN
from afstand.models.patterns import TAG_PATTERN, whole

KEY_LENGTH = 16  # hex digits of the SHA-256 of a wording that address it
WordingKey = Annotated[str, Meta(pattern=r"^[0-9a-f]{16}\Z")]
EntryId = Annotated[
    str, Meta(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
]
ClientCode = Annotated[str, Meta(pattern=whole(CLIENT_PATTERN))]
TagName = Annotated[str, Meta(pattern=whole(TAG_PATTERN), max_length=40)]
Tags = dict[TagName, TagName]
MonthName = Annotated[str, Meta(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])\Z")]
Moment = Annotated[datetime, Meta(tz=True)]
QuestionType = Literal["scale", "choice", "checklist", "yesno", "text"]
AnswerValue = bool | int | str | list[str]


class Stored(
    Struct, frozen=True, forbid_unknown_fields=True, kw_only=True, omit_defaults=True, gc=False
):
    """Unknown keys are errors, nothing can be changed in place, and a field at its default is
    left out when written (as the files have always been written). Not tracked by Python's
    cycle collector (`gc=False`): a frozen struct of texts, numbers and other structs can make
    no cycle, and tracking the hundreds of thousands of a ten-year journal made the collector
    run over and over while it was read, tripling the time of a read."""


def _in_range(created: datetime, updated: datetime | None, day: date) -> bool:
    """Whether the session date, and the moments of writing, lie within the years the journal
    accepts (called for every entry read: one expression)."""
    return (
        FIRST_DAY <= day <= LAST_DAY
        and FIRST_DAY <= created.date() <= LAST_DAY
        and (updated is None or FIRST_DAY <= updated.date() <= LAST_DAY)
    )


def _out_of_range(created: datetime, updated: datetime | None, day: date) -> ValueError:
    """What is out of range; the message starts with the field, which the reader puts in the
    problem's path."""
    for name, value in (("date", day), ("created", created.date())):
        if not FIRST_DAY <= value <= LAST_DAY:
            return ValueError(f"{name}: {out_of_range_text(value)}")
    assert updated is not None
    return ValueError(f"updated: {out_of_range_text(updated.date())}")


class StoredText(Stored, frozen=True, kw_only=True):
    """A text a user reads, per language (as afstand.models.text.Text)."""

    nl: str | None = None
    en: str | None = None

    def __post_init__(self) -> None:
        if not (self.nl and self.nl.strip()) and not (self.en and self.en.strip()):
            raise ValueError(t("schema.text_language"))

    def get(self, language: str) -> str:
        """The text in `language`, or in the other language when this one is missing."""
        chosen = self.nl if language == "nl" else self.en
        return chosen or self.nl or self.en or ""

    def missing_languages(self) -> list[str]:
        return [lang for lang in ("nl", "en") if not getattr(self, lang)]


class StoredOption(Stored, frozen=True, kw_only=True):
    id: str
    label: StoredText
    feedback: StoredText | None = None
    tags: Tags = {}


class WordedQuestion(Stored, frozen=True, kw_only=True):
    type: QuestionType
    prompt: StoredText
    min: int | None = None
    max: int | None = None
    anchors: dict[int, StoredText] = {}
    tags: Tags = {}
    options: list[StoredOption] = []


class Wording(Stored, frozen=True, kw_only=True):
    """What a set asked, in the words it used: the questions (by id) that entries answered."""

    set: str
    version: int
    title: StoredText
    questions: dict[str, WordedQuestion]


def wording_key(wording: Wording) -> str:
    """The address of a wording: the start of the SHA-256 of its canonical JSON."""
    canonical = json.dumps(
        msgspec.to_builtins(wording, str_keys=True),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:KEY_LENGTH]


class StoredAnswer(Stored, frozen=True, kw_only=True):
    question: str
    value: AnswerValue
    # only when they differ from what the value and the wording give (see docs)
    options: list[str] | None = None
    anchors: list[int] | None = None


class StoredSet(Stored, frozen=True, kw_only=True):
    wording: WordingKey
    answers: list[StoredAnswer]


class StoredEntry(Stored, frozen=True, kw_only=True):
    id: EntryId
    created: Moment
    updated: Moment | None = None
    date: date
    client: ClientCode
    sets: list[StoredSet] = []
    note: str | None = None
    supervision: bool = False
    supervision_question: str | None = None
    phase: Literal["quick", "complete"] = "complete"  # see models.entry

    def __post_init__(self) -> None:
        if not _in_range(self.created, self.updated, self.date):
            raise _out_of_range(self.created, self.updated, self.date)

    @property
    def is_quick(self) -> bool:
        return self.phase == "quick"


class MonthBlock(Stored, frozen=True, kw_only=True):
    """A month's wordings and entries: the body of a month file, and a month of an export."""

    month: MonthName
    wordings: dict[WordingKey, Wording] = {}
    entries: list[StoredEntry]


class MonthFile(MonthBlock, frozen=True, kw_only=True):
    format: Literal["afstand-journal"]
    schema_version: Literal[2]


class Header(Struct, frozen=True, kw_only=True, gc=False):
    """What a light scan reads of an entry: enough to choose it, checked; the rest skipped."""

    id: EntryId
    created: Moment
    updated: Moment | None = None
    date: date
    client: ClientCode
    supervision: bool = False

    def __post_init__(self) -> None:
        if not _in_range(self.created, self.updated, self.date):
            raise _out_of_range(self.created, self.updated, self.date)


class MonthHeaders(Struct, frozen=True):
    """A month file (of any readable format) read lightly: its entries' headers only."""

    format: Literal["afstand-journal"]
    schema_version: Literal[1, 2]
    entries: list[Header]
