"""The report as one typed model. `figures.build_report` computes every figure once; the
terminal view, `report --json`, the Markdown and the HTML document only render it.

Words that the renderers show (labels, attention points) are filled in the language that was
current when the report was built. The JSON keys are documented in the README."""

from __future__ import annotations

from typing import Any

from msgspec import Struct, field, to_builtins

# Frozen msgspec structs: neither pydantic models (loading pydantic for the report's output
# alone would cost a quarter of a second) nor dataclasses (which compile their methods each
# time afstand starts: a twentieth of a month's report). msgspec is loaded anyway, to read
# the journal; an empty list or mapping given as a default is a new one for every record.


class Span(Struct, frozen=True, kw_only=True):
    start: str | None = None  # "from" in the JSON
    end: str | None = None  # "to" in the JSON


class Bands(Struct, frozen=True, kw_only=True):
    """How many answers lay below the middle of their scale, in it, and above it."""

    low: int = 0
    middle: int = 0
    high: int = 0


class Position(Struct, frozen=True, kw_only=True):
    """One position scale (distance ↔ closeness, following ↔ directing) as a distribution.

    `asked`: the reflections that answered a set with this scale; `enough`: whether `n` reaches
    the minimum below which the report shows counts and no mean."""

    n: int = 0
    asked: int = 0
    mean: float | None = None
    min: int | None = None
    max: int | None = None
    distribution: dict[str, int] = {}
    anchors: dict[str, str] = {}
    bands: Bands = field(default_factory=Bands)
    distance_from_balance: float | None = None
    enough: bool = False


class Labelled(Struct, frozen=True, kw_only=True):
    """A chosen option (or a tag value): how often, in how many reflections, with whom."""

    id: str
    label: str
    count: int
    clients: list[str] = []
    kind: str | None = None  # a role's kind (positive, negative), an octant's extension mark
    extension: bool = False


class Tally(Struct, frozen=True, kw_only=True):
    """Answers to one kind of question: `asked` is the number of reflections in which a set
    holding it was answered; `sets` names those sets (more than one: the figure joins them)."""

    asked: int = 0
    answered: int = 0
    sets: list[str] = []
    items: list[Labelled] = []


class Octant(Struct, frozen=True, kw_only=True):
    id: str
    label: str
    short: str
    extension: bool
    count: int  # reflections in which the client's message was noted
    clients: int
    share: float  # of the reflections with a message
    pull_felt: int  # of those reflections, with the pull felt
    went_along: int  # … followed fully or partly
    consider: str | None = None


class Summary(Struct, frozen=True, kw_only=True):
    """The Structural Summary Method over the octant profile (shares of the reflections with a
    message). The direction is shown only when `fit` (R²) reaches the threshold."""

    elevation: float
    amplitude: float
    displacement: float  # degrees, 0 = friendly, 90 = dominant
    fit: float | None
    direction: str | None  # the octant nearest to `displacement`, when shown
    reason: str | None  # why no direction is shown


class Circle(Struct, frozen=True, kw_only=True):
    asked: int = 0  # reflections in which the message question was answered in a set
    with_message: int = 0
    octants: list[Octant] = []
    summary: Summary | None = None
    joined: bool = False  # one pull question answered for several messages


class Pull(Struct, frozen=True, kw_only=True):
    messages: int = 0
    felt: int = 0
    felt_n: int = 0
    followed: int = 0
    partly: int = 0
    resisted: int = 0


class Measure(Struct, frozen=True, kw_only=True):
    mean: float | None = None
    n: int = 0
    count: int = 0
    under_pressure: int | None = None
    enough: bool = False


class Power(Struct, frozen=True, kw_only=True):
    """The scale between powerlessness (low) and omnipotence (high): answers below and above
    the middle of their own scale. `asked`: reflections that answered a set holding it."""

    asked: int = 0
    n: int = 0
    mean: float | None = None
    min: int | None = None
    max: int | None = None
    powerless: int = 0
    omnipotent: int = 0
    enough: bool = False


class Legs(Struct, frozen=True, kw_only=True):
    """The scale between the doing leg (low) and the meaning leg (high), and `fit`: what the
    moment called for, as `{asked, answered, fitting, more-doing, more-meaning, unsure}`."""

    asked: int = 0
    n: int = 0
    mean: float | None = None
    min: int | None = None
    max: int | None = None
    doing: int = 0
    meaning: int = 0
    enough: bool = False
    fit: dict[str, int] = {}


class Sought(Struct, frozen=True, kw_only=True):
    """The needs the professional looked to the client to meet: per need, in how many of the
    `answered` reflections (`none` counts in `answered` only)."""

    asked: int = 0
    answered: int = 0
    needs: dict[str, int] = {}


class Strain(Struct, frozen=True, kw_only=True):
    """The signs recognised in periodic check-ins: per sign, in how many of the `check_ins`
    that went through them; `labels` as the option was stored (no score, no diagnosis)."""

    asked: int = 0
    check_ins: int = 0
    signals: dict[str, int] = {}
    labels: dict[str, str] = {}


class Week(Struct, frozen=True, kw_only=True):
    week: str  # the Monday (or the first day of the month) the row starts on
    label: str  # its first day within the period: what a chart writes under it
    entries: int
    affiliation_mean: float | None = None
    distance: int = 0
    proximity: int = 0
    asked: int = 0  # reflections that were asked about Type I and II signals
    distance_share: int = 0  # per cent of `asked` with Type I signals
    proximity_share: int = 0  # … with Type II signals
    bands: Bands = field(default_factory=Bands)  # positions below, in and above the middle


class ClientRow(Struct, frozen=True, kw_only=True):
    client: str
    entries: int
    first: str
    last: str
    affiliation_mean: float | None = None
    affiliation_n: int = 0
    bands: Bands = field(default_factory=Bands)
    poles: dict[str, int] = {}
    poles_asked: int = 0


class Point(Struct, frozen=True, kw_only=True):
    """An attention point: an invitation in one line, with its evidence."""

    code: str
    message: str
    evidence: str
    client: str | None = None
    strength: float = 0.0


class Question(Struct, frozen=True, kw_only=True):
    id: str
    date: str
    client: str
    question: str | None = None


class CourseRow(Struct, frozen=True, kw_only=True):
    """One reflection in the course of a relationship."""

    id: str
    date: str
    position: int | None = None
    low: int | None = None
    high: int | None = None
    type1: list[str] = []
    type2: list[str] = []
    messages: list[str] = []
    pull: str | None = None


class Previous(Struct, frozen=True, kw_only=True):
    period: Span
    entries: int
    clients: int
    poles: dict[str, int]
    affiliation_mean: float | None
    control_mean: float | None
    enough: bool  # enough reflections on both sides for a difference to be shown
    affiliation_enough: bool = False  # enough answers on both sides for the mean's difference
    control_enough: bool = False
    # now minus before, per row of the comparison; null where a side has too few to compare
    changes: dict[str, float | None] = {}


class Generic(Struct, frozen=True, kw_only=True):
    tags: dict[str, dict[str, int]] = {}
    scales: dict[str, dict[str, Any]] = {}


class Report(Struct, frozen=True, kw_only=True):
    period: Span
    client: str | None = None
    entries: int = 0
    clients: int = 0
    per_week: float = 0.0
    small_sample: bool = True
    minimum: int = 5
    quick: int = 0  # reflections saved with `reflect --quick` and not deepened yet
    poles: dict[str, int] = {}
    poles_asked: int = 0
    pole_sets: list[str] = []
    signals: dict[str, int] = {}
    signal_labels: dict[str, str] = {}
    roles: Tally = field(default_factory=Tally)
    source: Tally = field(default_factory=Tally)
    touch: Tally = field(default_factory=Tally)
    octants: dict[str, int] = {}
    octant_clients: dict[str, int] = {}
    circle: Circle = field(default_factory=Circle)
    pull: Pull = field(default_factory=Pull)
    needs: dict[str, Measure] = {}
    abc: dict[str, Measure] = {}
    affiliation: Position = field(default_factory=Position)
    control: Position = field(default_factory=Position)
    power: Power | None = None  # each of these four: None when the period has no answer to it
    legs: Legs | None = None
    sought: Sought | None = None
    strain: Strain | None = None
    weeks: list[Week] = []
    chart_unit: str = "week"  # the charts' unit: a month when the period has many weeks
    chart: list[Week] = []  # per month, when `chart_unit` is month
    abc_weeks: dict[str, list[float | None]] = {}
    per_client: list[ClientRow] = []
    generic: Generic = field(default_factory=Generic)
    attention: list[Point] = []
    supervision: list[str] = []
    supervision_questions: list[Question] = []
    course: list[CourseRow] = []
    previous: Previous | None = None
    disclaimer: str = ""

    def as_data(self) -> dict[str, Any]:
        """The report as JSON-ready data, with the keys the README documents."""
        data: dict[str, Any] = to_builtins(self)
        for span in (data["period"], (data["previous"] or {}).get("period")):
            if span is not None:
                span["from"] = span.pop("start")
                span["to"] = span.pop("end")
        return {key: data[key] for key in data}
