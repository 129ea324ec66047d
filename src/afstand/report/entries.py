"""What the report reads of one entry as stored: its sets, its tagged answers and the options
chosen, without loading the models (a year's report reads thousands of entries)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from afstand.i18n import current_language
from afstand.journal.periods import Period
from afstand.journal.store import Journal, paused_gc

if TYPE_CHECKING:
    from afstand.journal.format import AnswerFacts
    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredEntry
    from afstand.models.text import Text

# the tag dimensions the report reads itself; others are counted as they are
REPORT_DIMENSIONS = {
    *("pole", "octant", "need", "abc", "axis", "pull", "role", "source", "touch"),
    *("leg", "sought", "strain"),
}
# scales on these axes are the entry's own position; the other axes (power, legs) are read as
# tagged scales, like the needs
POSITION_AXES = ("affiliation", "control")

ScaleAnswer = tuple[int, int, int]  # value, min, max


@dataclass
class Chosen:
    """One chosen option: its id, label (by language) and tags, and the set it came from."""

    set_id: str
    id: str
    label: dict[str, str]
    tags: dict[str, str]
    feedback: dict[str, str] | None = None


@dataclass
class EntryView:
    """What the report needs of one entry, read from its stored data."""

    id: str
    day: date
    client: str
    supervision: bool
    supervision_question: str | None
    quick: bool = False  # saved by `reflect --quick`, not deepened yet
    sets: set[str] = field(default_factory=set)
    dimensions: dict[str, set[str]] = field(default_factory=dict)  # dimension → set ids
    affiliation: ScaleAnswer | None = None
    control: ScaleAnswer | None = None
    anchors: dict[str, dict[int, dict[str, str]]] = field(default_factory=dict)
    chosen: list[Chosen] = field(default_factory=list)
    scales: list[tuple[str, str, int, int | None, int | None]] = field(default_factory=list)
    generic: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    by_dimension: dict[str, list[Chosen]] = field(default_factory=dict)  # filled by view_of
    # what the figures ask of every entry again and again, worked out once by view_of
    poles: dict[str, list[str]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    pulls: list[str] = field(default_factory=list)

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
        for dimension, tag, value, low, _ in self.scales:
            if dimension == "pull" and tag == "felt" and low is not None:
                return value > low
        return None


def share_of(position: ScaleAnswer | None) -> float | None:
    if position is None:
        return None
    value, low, high = position
    return (value - low) / (high - low) if high > low else None


def view_of(
    header: StoredEntry | Entry, answers: Iterable[AnswerFacts], client: str | None = None
) -> EntryView:
    """What the report needs of one entry: its header and its answers (from `stored_answers`
    or `entry_answers`); `client` in place of the stored code (an alias)."""
    view = EntryView(
        id=header.id,
        day=header.date,
        client=client or header.client,
        supervision=header.supervision,
        supervision_question=header.supervision_question,
        quick=header.phase == "quick",
    )
    for answer in answers:
        set_id = answer.set_id
        view.sets.add(set_id)
        value = answer.value
        tags = answer.tags
        for dimension, tag in tags.items():
            view.dimensions.setdefault(dimension, set()).add(set_id)
            if dimension == "axis":  # the two axes are two questions
                view.dimensions.setdefault(f"axis:{tag}", set()).add(set_id)
        if answer.type == "scale" and isinstance(value, int):
            low, high = answer.min, answer.max
            axis = tags.get("axis")
            if axis in POSITION_AXES and low is not None and high is not None:
                setattr(view, axis, (value, low, high))
                view.anchors[axis] = {k: _words(v) for k, v in answer.anchors.items()}
            for dimension, tag in tags.items():
                if dimension != "axis" or tag not in POSITION_AXES:
                    view.scales.append((dimension, tag, value, low, high))
            if not set(tags) & REPORT_DIMENSIONS:  # untagged, or tagged only unknown
                key = f"{set_id}.{answer.question}"
                view.generic.append((key, _words(answer.prompt), value))
        for option in answer.options:
            option_tags: dict[str, str] = option.tags
            for dimension in option_tags:
                view.dimensions.setdefault(dimension, set()).add(set_id)
            feedback = _words(option.feedback) if option.feedback is not None else None
            chosen = Chosen(set_id, option.id, _words(option.label), option_tags, feedback)
            view.chosen.append(chosen)
            for dimension in option_tags:
                view.by_dimension.setdefault(dimension, []).append(chosen)
    for chosen in view.tagged("pole"):
        ids = view.poles.setdefault(chosen.tags["pole"], [])
        if chosen.id not in ids:  # a role and a signal may share an id: once
            ids.append(chosen.id)
    view.messages = [c.tags["octant"] for c in view.tagged("octant")]
    view.pulls = [c.tags["pull"] for c in view.tagged("pull")]
    return view


def _words(text: Text) -> dict[str, str]:
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


def tagged_scales(views: Sequence[EntryView], dimension: str) -> dict[str, ScaleValues]:
    found: dict[str, ScaleValues] = defaultdict(ScaleValues)
    for view in views:
        for dim, tag, value, low, high in view.scales:
            if dim == dimension:
                found[tag].values.append((view.day, value))
                if low is not None and high is not None and high > low:
                    found[tag].shares.append((value - low) / (high - low))
        for chosen in view.tagged(dimension):
            found[chosen.tags[dimension]].count += 1
    return dict(found)


def read_views(journal: Journal, period: Period, client: str | None) -> list[EntryView]:
    """The entries of `period` (of one client), as the report reads them, oldest first."""
    from afstand.journal.format import stored_answers

    with paused_gc():
        views = [
            view_of(stored, stored_answers(month, stored))
            for month, stored in journal.stored(period)
            if client is None or stored.client == client
        ]
    views.sort(key=lambda v: v.day)
    return views
