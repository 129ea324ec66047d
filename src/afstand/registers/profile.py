"""The shape of a register profile: what one register counts, as a YAML file.

A profile says which kinds of activity count, whether online time counts, the minimum length
of a meeting (per group size), how group time is credited, the registration period and the
hours it asks for, a minimum per calendar month, the longest gap allowed, the length of a
series, and which evidence documents the register accepts."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictInt, StrictStr, model_validator

from afstand.i18n import t
from afstand.models.text import Strict, Text
from afstand.registers.activity import Kind, Mode

Document = Literal[
    "attendance",
    "statement",
    "dimensions",
    "monthly-log",
    "reflective-account",
    "discussion-record",
    "cpd-list",
]
DOCUMENTS: tuple[Document, ...] = (
    "attendance",
    "statement",
    "dimensions",
    "monthly-log",
    "reflective-account",
    "discussion-record",
    "cpd-list",
)
Unit = Literal["hours", "points"]
ProfileId = Annotated[StrictStr, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=40)]
Positive = Annotated[StrictInt, Field(ge=1)]
ShortName = Annotated[StrictStr, Field(min_length=1, max_length=40)]


class Period(Strict):
    """The registration period: its length in months; its start is the user's (config)."""

    months: Annotated[StrictInt, Field(ge=1, le=240)]


class GroupMinimum(Strict):
    """The shortest meeting that counts for a group of `size` (and larger, until the next)."""

    size: Annotated[StrictInt, Field(ge=1, le=50)]
    minutes: Annotated[StrictInt, Field(ge=1, le=24 * 60)]


class GroupCredit(Strict):
    """How much of a group meeting counts for one member: a `factor` of the time, or the time
    divided by the group's size (`divide_by_size`), for groups from `from_size` to `to_size`."""

    from_size: Annotated[StrictInt, Field(ge=2, le=50)]
    to_size: Annotated[StrictInt, Field(ge=2, le=50)] | None = None
    factor: Annotated[float, Field(gt=0, le=1)] | None = None
    divide_by_size: StrictBool = False

    @model_validator(mode="after")
    def _one_rule(self) -> GroupCredit:
        if (self.factor is None) == (not self.divide_by_size):
            raise ValueError(t("registers.check.credit_rule"))
        if self.to_size is not None and self.to_size < self.from_size:
            raise ValueError(t("registers.check.credit_sizes"))
        return self


class Monthly(Strict):
    """A minimum in every calendar month, without averaging across months."""

    minimum_minutes: Annotated[StrictInt, Field(ge=1, le=100 * 60)]


class SeriesLength(Strict):
    """The number of meetings a series should have (LVSC: 10 to 25)."""

    min_meetings: Positive
    max_meetings: Positive | None = None


def both_modes() -> list[Mode]:
    return ["in-person", "online"]


class Counts(Strict):
    """What counts towards the register."""

    kinds: Annotated[list[Kind], Field(min_length=1)]
    modes: Annotated[list[Mode], Field(min_length=1)] = Field(default_factory=both_modes)
    minimum_minutes: Annotated[StrictInt, Field(ge=1, le=24 * 60)] | None = None
    group_minimums: list[GroupMinimum] = Field(default_factory=list)
    group_credit: list[GroupCredit] = Field(default_factory=list)
    self_reflection: StrictBool = False


class Profile(Strict):
    id: ProfileId
    version: Positive
    name: Text
    description: Text
    source: Annotated[StrictStr, Field(min_length=1)]
    checked: Annotated[StrictStr, Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$")]
    unit: Unit = "hours"
    period: Period | None = None
    required_hours: Annotated[StrictInt, Field(ge=1, le=10_000)] | None = None
    counts: Counts
    monthly: Monthly | None = None
    gap_months: Annotated[StrictInt, Field(ge=1, le=60)] | None = None
    series: SeriesLength | None = None
    signer_registers: list[ShortName] = Field(default_factory=list)
    evidence: Annotated[list[Document], Field(min_length=1)]
    statement_prompts: list[Text] = Field(default_factory=list)  # parts of the form to write
    role_column: Text | None = None  # a column on the attendance list, such as a CanMEDS role
    notes: Text | None = None
