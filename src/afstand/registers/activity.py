"""What a register counts: one activity of supervision, intervision or the like, as plain data.

Everything in this package works on a list of `Activity`, whatever it came from: the
supervision log (see `from_supervision`) or a file of activities kept elsewhere. An activity
holds no client data and no reflection text: only what a register asks to see."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictInt, StrictStr, model_validator

from afstand.i18n import t
from afstand.models.text import Strict

Kind = Literal[
    "supervision",
    "intervision",
    "werkbegeleiding",
    "peer-consultation",
    "coaching",
    "case-discussion",
    "peer-review",
    "reflective-discussion",
    "training",
    "self-reflection",
]
KINDS: tuple[Kind, ...] = (
    "supervision",
    "intervision",
    "werkbegeleiding",
    "peer-consultation",
    "coaching",
    "case-discussion",
    "peer-review",
    "reflective-discussion",
    "training",
    "self-reflection",
)
Mode = Literal["in-person", "online"]
ShortText = Annotated[StrictStr, Field(min_length=1, max_length=200)]


class Activity(Strict):
    """One meeting or activity. `minutes` is its net length; `start` and `end` are shown when
    known. `group_size` is the number of supervisees or members (1 for individual)."""

    date: date
    minutes: Annotated[StrictInt, Field(ge=1, le=24 * 60)]
    start: time | None = None
    end: time | None = None
    kind: Kind
    mode: Mode = "in-person"
    group_size: Annotated[StrictInt, Field(ge=1, le=50)] = 1
    series_id: ShortText | None = None
    series_title: ShortText | None = None
    facilitator: ShortText | None = None
    facilitator_register: ShortText | None = None
    facilitator_number: ShortText | None = None
    goals: list[ShortText] = Field(default_factory=list)
    role: ShortText | None = None  # the role the register asks for, such as a CanMEDS role
    self_reflection: StrictBool = False

    @model_validator(mode="after")
    def _times_in_order(self) -> Activity:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(t("registers.activity_times"))
        return self

    @property
    def is_self_reflection(self) -> bool:
        return self.self_reflection or self.kind == "self-reflection"


class ActivitiesFile(Strict):
    """A file of activities kept outside the supervision log (`--activities FILE`)."""

    activities: list[Activity]
