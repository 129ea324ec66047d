"""A register profile: what a professional register counts as supervision or intervision, as
data (a YAML file, shipped or the user's own), so that a changed rule is a changed file."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from afstand.models.supervision import MODES, Kind, Mode
from afstand.models.text import Strict, Text

Hours = Annotated[StrictFloat | StrictInt, Field(gt=0, le=10_000)]


class SeriesRule(Strict):
    """How many meetings a series has (LVSC: 10 to 25)."""

    min: Annotated[StrictInt, Field(ge=1)]
    max: Annotated[StrictInt, Field(ge=1)]


class RegisterProfile(Strict):
    id: Annotated[StrictStr, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    version: Annotated[StrictInt, Field(ge=1)]
    title: Text
    description: Text | None = None
    source: StrictStr = Field(min_length=1)  # where the rule comes from: check it again there
    unit: Literal["hours", "points"] = "hours"  # a point is an hour for these registers
    kinds: list[Kind] = Field(min_length=1)
    modes: list[Mode] = Field(default_factory=lambda: list(MODES), min_length=1)
    min_minutes: Annotated[StrictInt, Field(ge=0, le=24 * 60)] = 0
    min_minutes_by_group: dict[StrictInt, Annotated[StrictInt, Field(ge=0, le=24 * 60)]] = Field(
        default_factory=dict
    )
    group_time: Literal["full", "divided"] = "full"  # divided: a group's time by its size
    period_years: Annotated[StrictInt, Field(ge=1, le=20)] | None = None
    required_hours: Hours | None = None
    monthly_minimum_hours: Hours | None = None
    series_meetings: SeriesRule | None = None
    gap_months: Annotated[StrictInt, Field(ge=1, le=60)] | None = None  # a gap this long is flagged
    evidence: Text | None = None  # what the register asks as proof, in words

    def least_minutes(self, group_size: int) -> int:
        """The shortest meeting that counts, for a group of `group_size`."""
        by_group = 0
        if self.min_minutes_by_group:
            sizes = [size for size in self.min_minutes_by_group if size <= group_size]
            chosen = max(sizes) if sizes else min(self.min_minutes_by_group)
            by_group = self.min_minutes_by_group[chosen]
        return max(self.min_minutes, by_group)
