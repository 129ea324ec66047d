"""What the report reads of one entry as stored: its sets, its tagged answers and the options
chosen, without loading the models (a year's report reads thousands of entries)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from msgspec import Struct

from afstand.i18n import current_language
from afstand.journal.format import AnswerFacts, Month, answer_facts
from afstand.journal.periods import Period
from afstand.journal.store import Journal, paused_gc

if TYPE_CHECKING:
    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredAnswer, StoredEntry, StoredText

# the tag dimensions the report reads itself; others are counted as they are
REPORT_DIMENSIONS = {
    *("pole", "octant", "need", "abc", "axis", "pull", "role", "source", "touch"),
    *("leg", "sought", "strain"),
}
# scales on these axes are the entry's own position; the other axes (power, legs) are read as
# tagged scales, like the needs
POSITION_AXES = ("affiliation", "control")

ScaleAnswer = tuple[int, int, int]  # value, min, max


class Chosen(Struct, gc=False):
    """One chosen option: its id, label (by language) and tags, and the set it came from."""

    set_id: str
    id: str
    label: dict[str, str]
    tags: dict[str, str]
    feedback: dict[str, str] | None = None


class EntryView(Struct, gc=False):
    """What the report needs of one entry, read from its stored data. A struct rather than a
    dataclass, which would compile its methods each time afstand starts; part of no cycle,
    so left out of the cycle collector's scans (a year's report makes thousands)."""

    id: str
    day: date
    client: str
    supervision: bool
    supervision_question: str | None
    quick: bool = False  # saved by `reflect --quick`, not deepened yet
    # the sets and dimensions of entries with the same answered questions and tags are one
    # object, shared (read them, never change them)
    sets: set[str] = set()
    dimensions: dict[str, set[str]] = {}  # dimension → set ids
    affiliation: ScaleAnswer | None = None
    control: ScaleAnswer | None = None
    anchors: dict[str, dict[int, dict[str, str]]] = {}
    chosen: list[Chosen] = []
    scales: list[tuple[str, str, int, int | None, int | None]] = []
    generic: list[tuple[str, dict[str, str], int]] = []
    by_dimension: dict[str, list[Chosen]] = {}  # filled by view_of
    # what the figures ask of every entry again and again, worked out once by view_of
    poles: dict[str, list[str]] = {}
    messages: list[str] = []
    pulls: list[str] = []
    felt: bool | None = None  # whether a pull was felt (the first such answer), if asked

    def tagged(self, dimension: str, value: str | None = None) -> list[Chosen]:
        found = self.by_dimension.get(dimension, [])
        if value is None:
            return found
        return [c for c in found if c.tags[dimension] == value]

    def signals(self, pole: str) -> list[str]:
        return self.poles.get(pole, [])

    def octants(self) -> list[str]:
        return self.messages

    def pull(self) -> list[str]:
        return self.pulls

    def asks(self, holders: set[str]) -> bool:
        """Whether this reflection answered one of the sets `holders`."""
        return bool(self.sets & holders)

    @property
    def affiliation_share(self) -> float | None:
        return share_of(self.affiliation)

    def pull_felt(self) -> bool | None:
        return self.felt


def share_of(position: ScaleAnswer | None) -> float | None:
    if position is None:
        return None
    value, low, high = position
    return (value - low) / (high - low) if high > low else None


class Part(NamedTuple):
    """What one answer adds to its entry's view. An answer with the same wording and the same
    value adds the same, so a part is worked out once and shared (read it, never change it)."""

    set_id: str
    dimensions: tuple[str, ...]  # the dimensions whose holders this answer's set joins
    axis: str | None  # a position axis (affiliation, control) this answer places
    position: ScaleAnswer | None
    anchors: dict[int, dict[str, str]]
    scales: tuple[tuple[str, str, int, int | None, int | None], ...]
    generic: tuple[str, dict[str, str], int] | None
    chosen: tuple[tuple[Chosen, tuple[str, ...]], ...]  # each with its tag dimensions
    felt: bool | None  # a felt pull on a scale: whether above its lowest value
    plain: bool  # adds its set and dimensions only (a text answer, an unchosen option)
    shape: tuple[str, tuple[str, ...]]  # its set and dimensions, what `Shapes` keys on


def part_of(answer: AnswerFacts) -> Part:
    set_id = answer.set_id
    value = answer.value
    tags = answer.tags
    dimensions: list[str] = []
    for dimension, tag in tags.items():
        dimensions.append(dimension)
        if dimension == "axis":  # the two axes are two questions
            dimensions.append(f"axis:{tag}")
    axis: str | None = None
    position: ScaleAnswer | None = None
    anchors: dict[int, dict[str, str]] = {}
    scales: list[tuple[str, str, int, int | None, int | None]] = []
    generic = None
    felt = None
    if answer.type == "scale" and isinstance(value, int):
        low, high = answer.min, answer.max
        on_axis = tags.get("axis")
        if on_axis in POSITION_AXES and low is not None and high is not None:
            axis, position = on_axis, (value, low, high)
            anchors = {k: _words(v) for k, v in answer.anchors.items()}
        for dimension, tag in tags.items():
            if dimension != "axis" or tag not in POSITION_AXES:
                scales.append((dimension, tag, value, low, high))
                if felt is None and dimension == "pull" and tag == "felt" and low is not None:
                    felt = value > low
        if not set(tags) & REPORT_DIMENSIONS:  # untagged, or tagged only unknown
            generic = (f"{set_id}.{answer.question}", _words(answer.prompt), value)
    chosen = []
    for option in answer.options:
        option_tags: dict[str, str] = option.tags
        dimensions.extend(option_tags)
        feedback = _words(option.feedback) if option.feedback is not None else None
        found = Chosen(set_id, option.id, _words(option.label), option_tags, feedback)
        chosen.append((found, tuple(option_tags)))
    joined = tuple(dict.fromkeys(dimensions))
    return Part(
        set_id,
        joined,
        axis,
        position,
        anchors,
        tuple(scales),
        generic,
        tuple(chosen),
        felt,
        axis is None and not scales and generic is None and not chosen,
        (set_id, joined),
    )


def view_of(
    header: StoredEntry | Entry, answers: Iterable[AnswerFacts], client: str | None = None
) -> EntryView:
    """What the report needs of one entry: its header and its answers (as `stored_answers`
    gives them); `client` in place of the stored code (an alias)."""
    return _view(header, [part_of(answer) for answer in answers], client, {})


Shapes = dict[tuple[tuple[str, tuple[str, ...]], ...], tuple[set[str], dict[str, set[str]]]]


def _shape(parts: list[Part]) -> tuple[set[str], dict[str, set[str]]]:
    """The sets answered and, per dimension, the sets holding it, of an entry's `parts`."""
    sets: set[str] = set()
    dimensions: dict[str, set[str]] = {}
    for part in parts:
        set_id = part.set_id
        sets.add(set_id)
        for dimension in part.dimensions:
            held = dimensions.get(dimension)
            if held is None:
                dimensions[dimension] = {set_id}
            else:
                held.add(set_id)
    return sets, dimensions


def _view(
    header: StoredEntry | Entry, parts: list[Part], client: str | None, shapes: Shapes
) -> EntryView:
    # entries that answered the same questions with the same tags share their sets and
    # dimensions: worked out once
    key = tuple([part.shape for part in parts])
    shape = shapes.get(key)
    if shape is None:
        shape = shapes[key] = _shape(parts)
    by_dimension: dict[str, list[Chosen]] = {}
    scales: list[tuple[str, str, int, int | None, int | None]] = []
    every_chosen: list[Chosen] = []
    anchors: dict[str, dict[int, dict[str, str]]] = {}
    generic: list[tuple[str, dict[str, str], int]] = []
    affiliation = control = None
    felt = None
    for part in parts:
        if part.plain:
            continue
        axis = part.axis
        if axis is not None:
            if axis == "affiliation":
                affiliation = part.position
            else:
                control = part.position
            anchors[axis] = part.anchors
        if part.scales:
            scales.extend(part.scales)
            if felt is None:
                felt = part.felt
        if part.generic is not None:
            generic.append(part.generic)
        for chosen, tagged in part.chosen:
            every_chosen.append(chosen)
            for dimension in tagged:
                found = by_dimension.get(dimension)
                if found is None:
                    by_dimension[dimension] = [chosen]
                else:
                    found.append(chosen)
    poles: dict[str, list[str]] = {}
    messages: list[str] = []
    pulls: list[str] = []
    if by_dimension:
        for chosen in by_dimension.get("pole", ()):
            ids = poles.setdefault(chosen.tags["pole"], [])
            if chosen.id not in ids:  # a role and a signal may share an id: once
                ids.append(chosen.id)
        messages = [c.tags["octant"] for c in by_dimension.get("octant", ())]
        pulls = [c.tags["pull"] for c in by_dimension.get("pull", ())]
    sets, dimensions = shape
    return EntryView(
        header.id,
        header.date,
        client or header.client,
        header.supervision,
        header.supervision_question,
        header.phase == "quick",
        sets,
        dimensions,
        affiliation,
        control,
        anchors,
        every_chosen,
        scales,
        generic,
        by_dimension,
        poles,
        messages,
        pulls,
        felt,
    )


def _words(text: StoredText) -> dict[str, str]:
    """A stored text as the plain mapping of its languages that the figures keep."""
    return {lang: value for lang, value in (("nl", text.nl), ("en", text.en)) if value}


def words_of(text: dict[str, str] | None, fallback: str = "") -> str:
    if not text:
        return fallback
    lang = current_language()
    return str(text.get(lang) or text.get("nl") or text.get("en") or fallback)


def mean_of(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def holders(views: Iterable[EntryView], dimension: str) -> set[str]:
    """The sets in which a question with this tag was answered: a reflection that answered one
    of them was asked it."""
    found: set[str] = set()
    for view in views:
        found |= view.dimensions.get(dimension, set())
    return found


@dataclass
class ScaleValues:
    values: list[tuple[date, int]] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)
    count: int = 0


def holder_table(views: Iterable[EntryView]) -> dict[str, set[str]]:
    """`holders` of every dimension at once."""
    table: dict[str, set[str]] = {}
    seen: set[int] = set()
    for view in views:
        held = view.dimensions
        if id(held) in seen:  # shared by entries of the same shape
            continue
        seen.add(id(held))
        for dimension, sets in held.items():
            found = table.get(dimension)
            if found is None:
                table[dimension] = set(sets)
            else:
                found |= sets
    return table


def tagged_scales(views: Sequence[EntryView], dimension: str) -> dict[str, ScaleValues]:
    return scale_table(views, (dimension,)).get(dimension, {})


def scale_table(
    views: Sequence[EntryView], dimensions: Sequence[str]
) -> dict[str, dict[str, ScaleValues]]:
    """Per dimension, per tag: the scale answers tagged so (with their day and their share of
    the scale) and the options chosen with that tag, in one pass over `views`."""
    found: dict[str, dict[str, ScaleValues]] = {dimension: {} for dimension in dimensions}
    for view in views:
        for dim, tag, value, low, high in view.scales:
            table = found.get(dim)
            if table is None:
                continue
            scale = table.get(tag)
            if scale is None:
                scale = table[tag] = ScaleValues()
            scale.values.append((view.day, value))
            if low is not None and high is not None and high > low:
                scale.shares.append((value - low) / (high - low))
        by_dimension = view.by_dimension
        if by_dimension:
            for dimension, table in found.items():
                for chosen in by_dimension.get(dimension, ()):
                    tag = chosen.tags[dimension]
                    scale = table.get(tag)
                    if scale is None:
                        scale = table[tag] = ScaleValues()
                    scale.count += 1
    return found


class MonthViews:
    """Views of stored entries, month after month: the same answer to the same question is
    worked out once (as `stored_answers` gives it) and its part shared."""

    __slots__ = ("_plans", "_shapes", "month")

    def __init__(self, month: Month) -> None:
        self.month = month
        # per wording and question: the part of any text answer (its words add nothing), or
        # the parts found so far by value
        self._plans: dict[str, dict[str, tuple[Part | None, dict[Any, Part]]]] = {}
        # what the parts' shapes make of an entry's sets and dimensions, in every month
        self._shapes: Shapes = {}

    def move_to(self, month: Month) -> None:
        """Read the entries of `month` from now on, keeping the parts worked out for the
        wordings it shares with the month before. A wording's key is a hash of its words, but
        a file edited by hand can hold other words under a key: the words are compared."""
        before = self.month.wordings
        now = month.wordings
        self._plans = {
            key: plan for key, plan in self._plans.items() if now.get(key) == before[key]
        }
        self.month = month

    def view(self, stored: StoredEntry, client: str | None = None) -> EntryView:
        """The view of `stored` (an entry of this month); `client` in place of its code."""
        parts = []
        plans = self._plans
        for stored_set in stored.sets:
            wording_key = stored_set.wording
            questions = plans.get(wording_key)
            if questions is None:
                questions = plans[wording_key] = {}
            for answer in stored_set.answers:
                plan = questions.get(answer.question)
                if plan is None:
                    plan = questions[answer.question] = self._plan(wording_key, answer)
                shared, known = plan
                if shared is not None and answer.options is None:
                    parts.append(shared)
                    continue
                value = answer.value
                options = answer.options
                kind = type(value)
                if options is None and (kind is int or kind is str):  # never equal to each other
                    key: Any = value
                else:  # True == 1: a yes is not a one
                    key = (
                        kind,
                        tuple(value) if isinstance(value, list) else value,
                        None if options is None else tuple(options),
                    )
                part = known.get(key)
                if part is None:
                    part = known[key] = self._part(wording_key, answer)
                parts.append(part)
        return _view(stored, parts, client, self._shapes)

    def _plan(self, wording_key: str, answer: StoredAnswer) -> tuple[Part | None, dict[Any, Part]]:
        question = self.month.wordings[wording_key].questions[answer.question]
        if question.type == "text" and not question.options:
            return self._part(wording_key, answer), {}
        return None, {}

    def _part(self, wording_key: str, answer: StoredAnswer) -> Part:
        return part_of(answer_facts(self.month.wordings[wording_key], answer))


def read_views(journal: Journal, period: Period, client: str | None) -> list[EntryView]:
    """The entries of `period` (of one client), as the report reads them, oldest first."""
    views: list[EntryView] = []
    builder: MonthViews | None = None
    with paused_gc():
        for month, stored in journal.stored(period):
            if client is not None and stored.client != client:
                continue
            if builder is None:
                builder = MonthViews(month)
            elif builder.month is not month:
                builder.move_to(month)
            views.append(builder.view(stored))
    views.sort(key=lambda v: v.day)
    return views
