"""The supervision log: a series (supervision, intervision, ...) with its learning goals, its
meetings, the reflectieverslag after each meeting and the evaluations.

A series is stored as one file. Meetings carry what a register counts later on (date, times or
minutes, online or in person, the group's size through the series) without any client data:
reflections are referred to by id only."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field, StrictBool, StrictInt, StrictStr

from afstand.models.entry import SetAnswers
from afstand.models.text import Strict

Kind = Literal["supervision", "intervision", "werkbegeleiding", "peer-consultation", "coaching"]
KINDS: tuple[Kind, ...] = (
    "supervision",
    "intervision",
    "werkbegeleiding",
    "peer-consultation",
    "coaching",
)
Mode = Literal["in-person", "online"]
MODES: tuple[Mode, ...] = ("in-person", "online")
EvaluationKind = Literal["early", "midway", "final"]
EVALUATION_KINDS: tuple[EvaluationKind, ...] = ("early", "midway", "final")

Uuid = Annotated[
    StrictStr, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
ShortText = Annotated[StrictStr, Field(min_length=1, max_length=200)]
LongText = Annotated[StrictStr, Field(min_length=1, max_length=10_000)]


class Supervisor(Strict):
    """The supervisor or facilitator as the user writes them: the only real name afstand
    keeps. A register (LVSC, NIP, ...) and a registration number are optional."""

    name: ShortText
    registry: ShortText | None = None
    number: ShortText | None = None


class Goal(Strict):
    number: Annotated[StrictInt, Field(ge=1)]
    text: LongText


class Action(Strict):
    text: LongText
    done: StrictBool = False


class Inbreng(Strict):
    """What was prepared for a meeting: the question and the reflections chosen."""

    prepared: AwareDatetime
    question: LongText | None = None
    reflections: list[Uuid] = Field(default_factory=list)


class Verslag(Strict):
    """The reflectieverslag on a meeting: the answers of a question set, with their wording."""

    written: AwareDatetime
    answers: SetAnswers
    learned: LongText | None = None  # what helped me learn, when asked outside the set


class Meeting(Strict):
    id: Uuid
    date: date
    start: time | None = None
    end: time | None = None
    minutes: Annotated[StrictInt, Field(ge=1, le=24 * 60)]
    mode: Mode = "in-person"
    goals: list[Annotated[StrictInt, Field(ge=1)]] = Field(default_factory=list)
    reflections: list[Uuid] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    notes: LongText | None = None
    inbreng: Inbreng | None = None
    verslag: Verslag | None = None
    # when the meeting was last changed: which of two computers' versions is the later one
    updated: AwareDatetime | None = None


class GoalWords(Strict):
    goal: Annotated[StrictInt, Field(ge=1)]
    words: LongText


class Evaluation(Strict):
    kind: EvaluationKind
    after_meeting: Annotated[StrictInt, Field(ge=1)]
    written: AwareDatetime
    goals: list[GoalWords] = Field(default_factory=list)
    overall: LongText | None = None


class Dimensions(Strict):
    """SKJ's three dimensions of reflection over a series, in the professional's own words."""

    technical: LongText | None = None  # technical-instrumental: methods, skills, craft
    normative: LongText | None = None  # values, ethics, the rules of the profession
    personal: LongText | None = None  # one's own person: history, feelings, limits


class Series(Strict):
    id: Uuid
    created: AwareDatetime
    updated: AwareDatetime | None = None  # anything in the series, its meetings included
    edited: AwareDatetime | None = None  # the series' own fields (not its meetings)
    kind: Kind
    title: ShortText | None = None
    supervisor: Supervisor
    group_size: Annotated[StrictInt, Field(ge=1, le=20)] = 1
    planned_meetings: Annotated[StrictInt, Field(ge=1, le=100)]
    started: date
    goals: list[Goal] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    evaluations: list[Evaluation] = Field(default_factory=list)
    dimensions: Dimensions | None = None

    def ordered_meetings(self) -> list[Meeting]:
        return sorted(self.meetings, key=lambda m: (m.date, m.start or time.min))

    def goal(self, number: int) -> Goal | None:
        return next((g for g in self.goals if g.number == number), None)


# -- what the user writes (a file, or the answers given interactively) --------------------------


class SupervisorInput(Strict):
    name: StrictStr
    registry: StrictStr | None = None
    number: StrictStr | None = None


class SeriesInput(Strict):
    """`afstand supervision new --file FILE` (and `edit --file`)."""

    kind: Kind
    title: StrictStr | None = None
    supervisor: SupervisorInput
    group_size: StrictInt = 1
    planned_meetings: StrictInt = 10
    started: date
    goals: list[StrictStr] = Field(default_factory=list)


class MeetingInput(Strict):
    """`afstand supervision meeting add --file FILE` (and `edit --file`). Either `start` and
    `end` or `minutes`."""

    date: date
    start: StrictStr | None = None
    end: StrictStr | None = None
    minutes: StrictInt | None = None
    mode: Mode = "in-person"
    goals: list[StrictInt] = Field(default_factory=list)
    reflections: list[StrictStr] = Field(default_factory=list)
    actions: list[StrictStr] = Field(default_factory=list)
    notes: StrictStr | None = None


class VerslagInput(Strict):
    """`afstand supervision verslag --answers FILE`: the answers to the set, the goals touched."""

    set: StrictStr = "reflectieverslag"
    answers: dict[StrictStr, StrictInt | StrictStr | StrictBool | list[StrictStr]] = Field(
        default_factory=dict
    )
    goals: list[StrictInt] | None = None


class EvaluationInput(Strict):
    """`afstand supervision evaluate --answers FILE`: the user's words per goal."""

    goals: dict[StrictInt, StrictStr] = Field(default_factory=dict)
    overall: StrictStr | None = None


class DimensionsInput(Strict):
    """`afstand supervision evidence skj --answers FILE`."""

    technical: StrictStr | None = None
    normative: StrictStr | None = None
    personal: StrictStr | None = None


class StoredSeries(Strict):
    """A series file as written in `journal/supervision/`."""

    format: Literal["afstand-supervision"] = "afstand-supervision"
    schema_version: Literal[1] = 1
    series: Series
