"""The mirror's figures, computed once into the report model (`report.model.Report`).

Every figure comes from the tags stored in the entries, never from question ids, so a user's
own tagged set counts too. Its denominator is the number of reflections in which the question
was asked: those that answered a set which holds it. It describes the professional's own
reflections; it diagnoses no one. Attention points are invitations with their evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import repeat
from operator import itemgetter
from statistics import mean

from msgspec.structs import replace

from afstand.dates import month_start
from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.journal.store import Journal, paused_gc
from afstand.questionnaires.tags import EXTENSION_OCTANTS, KNOWN_TAGS
from afstand.report import circumplex
from afstand.report.attention import PRESSURE, attention
from afstand.report.entries import (
    POSITION_AXES,
    REPORT_DIMENSIONS,
    Chosen,
    EntryView,
    ScaleValues,
    holder_table,
    mean_of,
    read_views,
    words_of,
)
from afstand.report.model import (
    Bands,
    Circle,
    ClientRow,
    CourseRow,
    Generic,
    Labelled,
    Legs,
    Measure,
    Octant,
    Position,
    Power,
    Previous,
    Pull,
    Question,
    Report,
    Sought,
    Span,
    Strain,
    Tally,
    Week,
)
from afstand.report.words import natural, octant_words

MINIMUM = 5  # fewer answers than this: a count, no mean; no difference with the period before

POLES = KNOWN_TAGS["pole"]
OCTANTS = KNOWN_TAGS["octant"]
NEEDS = KNOWN_TAGS["need"]
ABC = KNOWN_TAGS["abc"]

ScaleAnswer = tuple[int, int, int]  # value, min, max
SideAnswer = tuple[int, int | None, int | None]  # value, min, max when known


# -- the views gathered once ----------------------------------------------------------------

Combos = Counter[frozenset[str]]  # how many reflections answered each combination of sets
# the option dimensions whose figures look at the reflections that chose them
CHOSEN_DIMENSIONS = ("role", "source", "touch", "leg", "sought", "strain")


def _asked(combos: Combos, holders: set[str]) -> int:
    """How many of the reflections counted in `combos` answered one of the sets `holders`."""
    if not holders:
        return 0
    return sum(n for sets, n in combos.items() if not holders.isdisjoint(sets))


@dataclass(slots=True)
class _Counts:
    """The reflections of a day, a week or a client: with Type I and Type II signals, asked
    about them, and their positions between distance and closeness (summed, and in three
    bands)."""

    entries: int = 0
    distance: int = 0
    proximity: int = 0
    asked: int = 0
    placed: int = 0
    total: int = 0
    low: int = 0
    middle: int = 0
    high: int = 0

    def add(self, other: _Counts) -> None:
        self.entries += other.entries
        self.distance += other.distance
        self.proximity += other.proximity
        self.asked += other.asked
        self.placed += other.placed
        self.total += other.total
        self.low += other.low
        self.middle += other.middle
        self.high += other.high

    def bands(self) -> Bands:
        return Bands(low=self.low, middle=self.middle, high=self.high)

    def mean(self) -> float | None:
        return round(self.total / self.placed, 2) if self.placed else None

    def poles(self) -> dict[str, int]:
        return {"distance": self.distance, "proximity": self.proximity}


@dataclass(slots=True)
class _Client:
    counts: _Counts
    first: date
    last: date


class Gathered:
    """Everything the figures read of the views, gathered in one pass over them (sorted by
    date): each figure then reads what it counts (the answers on a scale, the reflections
    that chose an option of one dimension, the counts per day) instead of walking every view
    again; over ten years that walking cost more than the figures."""

    def __init__(self, views: Sequence[EntryView], pole_sets: set[str]) -> None:
        self.views = views
        self.combos: Combos = Counter()
        self.days: dict[date, _Counts] = {}
        self.clients: dict[str, _Client] = {}
        self.quick = 0
        self.flagged: list[EntryView] = []
        self.signals: Counter[str] = Counter()
        self.labels: dict[str, str] = {}
        self.octant_counts: Counter[str] = Counter()
        self.octant_clients: dict[str, set[str]] = defaultdict(set)
        self.with_message: list[EntryView] = []
        self.pull = [0] * 6  # messages, felt, felt_n, followed, partly, resisted
        self.placed: dict[str, list[ScaleAnswer]] = {axis: [] for axis in POSITION_AXES}
        self.unplaced: dict[str, Combos] = {axis: Counter() for axis in POSITION_AXES}
        self.anchors: dict[str, list[dict[int, dict[str, str]]]] = {
            axis: [] for axis in POSITION_AXES
        }
        self.scales: dict[str, dict[str, ScaleValues]] = {"need": {}, "abc": {}}
        self.on_axes: dict[str, list[SideAnswer]] = defaultdict(list)
        self.chosen: dict[str, list[tuple[frozenset[str], EntryView, list[Chosen]]]] = {
            dimension: [] for dimension in CHOSEN_DIMENSIONS
        }
        self.tags: dict[str, Counter[str]] = defaultdict(Counter)
        self.series: dict[str, list[int]] = defaultdict(list)
        self.prompts: dict[str, dict[str, str]] = {}
        self._gather(views, pole_sets)

    def _gather(self, views: Sequence[EntryView], pole_sets: set[str]) -> None:
        combos = self.combos
        pole_asked: dict[frozenset[str], bool] = {}
        days = self.days
        clients = self.clients
        signals = self.signals
        labels = self.labels
        octant_counts = self.octant_counts
        octant_clients = self.octant_clients
        pull = self.pull
        affiliation, control = self.placed["affiliation"], self.placed["control"]
        no_affiliation, no_control = self.unplaced["affiliation"], self.unplaced["control"]
        seen_anchors: dict[str, set[int]] = {axis: set() for axis in POSITION_AXES}
        scales = self.scales
        # the days of each answer on a scale: the same answer is the same tuple of its tag,
        # value and ends, met many times
        on_days: dict[tuple[str, str, int, int | None, int | None], list[date]] = {}
        chosen = self.chosen
        for view in views:
            sets = frozenset(view.sets)
            combos[sets] += 1
            asked = pole_asked.get(sets)
            if asked is None:
                asked = pole_asked[sets] = not pole_sets.isdisjoint(sets)
            day = view.day
            counts = days.get(day)
            if counts is None:
                counts = days[day] = _Counts()
            client = clients.get(view.client)
            if client is None:
                client = clients[view.client] = _Client(_Counts(), day, day)
            client.last = day
            mine = client.counts
            counts.entries += 1
            mine.entries += 1
            if asked:
                counts.asked += 1
                mine.asked += 1
            if view.quick:
                self.quick += 1
            if view.supervision:
                self.flagged.append(view)
            poles = view.poles
            if poles:
                if poles.get("distance"):
                    counts.distance += 1
                    mine.distance += 1
                if poles.get("proximity"):
                    counts.proximity += 1
                    mine.proximity += 1
                for pole in POLES:
                    for option_id in poles.get(pole, ()):
                        signals[option_id] += 1
                for option in view.by_dimension.get("pole", ()):
                    if option.id not in labels:
                        labels[option.id] = words_of(option.label, option.id)
            position = view.affiliation
            if position:
                affiliation.append(position)
                value, low, high = position
                counts.placed += 1
                mine.placed += 1
                counts.total += value
                mine.total += value
                twice = 2 * value
                if twice < low + high:
                    counts.low += 1
                    mine.low += 1
                elif twice > low + high:
                    counts.high += 1
                    mine.high += 1
                else:
                    counts.middle += 1
                    mine.middle += 1
            else:
                no_affiliation[sets] += 1
            if view.control:
                control.append(view.control)
            else:
                no_control[sets] += 1
            if view.anchors:
                for axis, texts in view.anchors.items():
                    seen = seen_anchors.get(axis)
                    # the same wording's anchors are one object
                    if texts and seen is not None and id(texts) not in seen:
                        seen.add(id(texts))
                        self.anchors[axis].append(texts)
            messages = view.messages
            if messages:
                self.with_message.append(view)
                pull[0] += 1
                for octant in messages:
                    octant_counts[octant] += 1
                    octant_clients[octant].add(view.client)
            felt = view.felt
            if felt:
                pull[1] += 1
            if felt is not None:
                pull[2] += 1
            pulls = view.pulls
            if pulls:
                pull[3] += "followed" in pulls
                pull[4] += "partly" in pulls
                pull[5] += "resisted" in pulls
            for answer in view.scales:
                answered = on_days.get(answer)
                if answered is None:
                    on_days[answer] = [day]
                    table = scales.get(answer[0])
                    if table is not None and answer[1] not in table:
                        table[answer[1]] = ScaleValues()
                else:
                    answered.append(day)
            by_dimension = view.by_dimension
            if by_dimension:
                for dimension, found in by_dimension.items():
                    listed = chosen.get(dimension)
                    table = scales.get(dimension)
                    if listed is not None:
                        listed.append((sets, view, found))
                    elif table is not None:  # an option that counts beside a scale's answers
                        for option in found:
                            tag = option.tags[dimension]
                            scale = table.get(tag)
                            if scale is None:
                                scale = table[tag] = ScaleValues()
                            scale.count += 1
                    elif dimension not in REPORT_DIMENSIONS:
                        tags = self.tags[dimension]
                        for option in found:
                            tags[option.tags[dimension]] += 1
            for key, prompt, value in view.generic:
                self.series[key].append(value)
                self.prompts[key] = prompt
        # a tag's values follow each other answer by answer, not in order of date: every
        # figure made of them counts or sums them
        for (dimension, tag, number, bottom, top), answered in on_days.items():
            table = scales.get(dimension)
            if table is not None:
                scale = table[tag]
                scale.values.extend(zip(answered, repeat(number)))
                if bottom is not None and top is not None and top > bottom:
                    share = (number - bottom) / (top - bottom)
                    scale.shares.extend(repeat(share, len(answered)))
            elif dimension == "axis":
                self.on_axes[tag].extend(repeat((number, bottom, top), len(answered)))


# -- the parts of the report ------------------------------------------------------------------


def position(gathered: Gathered, axis: str, asked: set[str]) -> Position:
    answers = gathered.placed[axis]
    asked_n = len(answers) + _asked(gathered.unplaced[axis], asked)
    if not answers:
        return Position(asked=asked_n)
    # the same answer is the same (value, lowest, highest): counted once, then weighed
    same = Counter(answers)
    low = min(a[1] for a in same)
    high = max(a[2] for a in same)
    counts: Counter[int] = Counter()
    below = at = above = total = 0
    distance = 0.0  # halves only: their sum is exact in any order
    for (value, a_low, a_high), n in same.items():
        counts[value] += n
        total += value * n
        middle = (a_low + a_high) / 2
        distance += abs(value - middle) * n
        if value < middle:
            below += n
        elif value > middle:
            above += n
        else:
            at += n
    anchors: dict[str, str] = {}
    for texts in gathered.anchors[axis]:
        for value, text in texts.items():
            if str(value) not in anchors:
                anchors[str(value)] = words_of(text)
    n = len(answers)
    return Position(
        n=n,
        asked=max(asked_n, n),
        mean=round(total / n, 2),
        min=low,
        max=high,
        distribution={str(v): counts.get(v, 0) for v in range(low, high + 1)},
        anchors={k: anchors[k] for k in sorted(anchors, key=int)},
        bands=Bands(low=below, middle=at, high=above),
        distance_from_balance=round(distance / n, 2),
        enough=n >= MINIMUM,
    )


def tally(gathered: Gathered, dimension: str, by_option: bool, sets: set[str]) -> Tally:
    """The options tagged `dimension` (asked in `sets`): per option (`by_option`) or per tag
    value."""
    counts: Counter[str] = Counter()
    clients: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    answered = 0
    asks: dict[frozenset[str], bool] = {}
    for answered_sets, view, found in gathered.chosen[dimension]:
        asked = asks.get(answered_sets)
        if asked is None:
            asked = asks[answered_sets] = not sets.isdisjoint(answered_sets)
        if not asked:
            continue
        answered += 1
        keys: dict[str, None] = {}  # in order: a tie between counts keeps the order of first use
        for chosen in found:
            key = chosen.id if by_option else chosen.tags[dimension]
            keys[key] = None
            if key not in labels:
                labels[key] = words_of(chosen.label, key)
            kinds[key] = chosen.tags[dimension]
        for key in keys:
            counts[key] += 1
            clients[key].add(view.client)
    order = KNOWN_TAGS.get(dimension, ())
    items = [
        Labelled(
            id=key,
            label=labels[key],
            count=count,
            clients=sorted(clients[key], key=natural),
            kind=kinds[key] if by_option else None,
        )
        for key, count in sorted(
            counts.items(),
            key=lambda kv: (-kv[1], order.index(kinds[kv[0]]) if kinds[kv[0]] in order else 99),
        )
    ]
    asked_n = _asked(gathered.combos, sets)
    return Tally(asked=asked_n, answered=answered, sets=sorted(sets), items=items)


def circle(gathered: Gathered, sets: set[str]) -> Circle:
    asked = _asked(gathered.combos, sets)
    with_message = gathered.with_message
    if not with_message:
        return Circle(asked=asked)
    noted_by: dict[str, list[EntryView]] = {octant: [] for octant in OCTANTS}
    for view in with_message:
        for octant in dict.fromkeys(view.messages):
            if octant in noted_by:
                noted_by[octant].append(view)
    # per message, the feedback stored with the latest reflection that noted it with one
    feedback: dict[str, dict[str, str]] = {}
    for view in reversed(with_message):
        for chosen in view.by_dimension.get("octant", ()):
            if chosen.feedback:
                feedback.setdefault(chosen.tags["octant"], chosen.feedback)
        if feedback.keys() >= set(OCTANTS):
            break
    octants = []
    shares = []
    for octant in OCTANTS:
        noted = noted_by[octant]
        share = len(noted) / len(with_message)
        shares.append(share)
        consider = words_of(feedback[octant]) if octant in feedback else None
        octants.append(
            Octant(
                id=octant,
                label=octant_words(octant),
                short=octant_words(octant, short=True),
                extension=octant in EXTENSION_OCTANTS,
                count=len(noted),
                clients=len({v.client for v in noted}),
                share=round(share, 3),
                pull_felt=sum(1 for v in noted if v.pull_felt()),
                went_along=sum(1 for v in noted if "followed" in v.pulls or "partly" in v.pulls),
                consider=consider,
            )
        )
    summary = circumplex.summarise(shares, len(with_message), MINIMUM, OCTANTS)
    joined = any(
        len(v.messages) > 1 and (v.pulls or v.pull_felt() is not None) for v in with_message
    )
    return Circle(
        asked=max(asked, len(with_message)),
        with_message=len(with_message),
        octants=octants,
        summary=summary,
        joined=joined,
    )


def pull(gathered: Gathered) -> Pull:
    messages, felt, felt_n, followed, partly, resisted = gathered.pull
    return Pull(
        messages=messages,
        felt=felt,
        felt_n=felt_n,
        followed=followed,
        partly=partly,
        resisted=resisted,
    )


def measures(
    scales: dict[str, ScaleValues], names: Sequence[str], pressure: bool
) -> dict[str, Measure]:
    """The scales of one tag dimension (`Gathered.scales`), per name in `names`."""
    result = {}
    for name in names:
        scale = scales.get(name)
        if scale is None:
            continue
        n = len(scale.values)
        # whole numbers: their sum is exact, the same as `mean_of` gives
        total = sum(map(itemgetter(1), scale.values))
        result[name] = Measure(
            mean=round(total / n, 2) if n else None,
            n=n,
            count=scale.count,
            under_pressure=sum(1 for s in scale.shares if s >= PRESSURE) if pressure else None,
            enough=n >= MINIMUM,
        )
    return result


def _scale_sides(
    gathered: Gathered, answers: Sequence[SideAnswer], asked: set[str]
) -> tuple[int, int, float | None, int | None, int | None, int, int]:
    """A scale between two ends (axis power or legs): asked, answers, mean, lowest and highest
    end, and the answers below and above the middle of their own scale."""
    values: list[int] = []
    low = high = None
    below = above = 0
    for value, a_low, a_high in answers:
        values.append(value)
        if a_low is not None and a_high is not None:
            low = a_low if low is None else min(low, a_low)
            high = a_high if high is None else max(high, a_high)
            twice = 2 * value
            below += twice < a_low + a_high
            above += twice > a_low + a_high
    asked_n = _asked(gathered.combos, asked)
    return max(asked_n, len(values)), len(values), mean_of(values), low, high, below, above


def _chosen(
    gathered: Gathered, dimension: str, sets: set[str]
) -> tuple[int, int, dict[str, int], dict[str, str]]:
    """Options tagged `dimension` (asked in `sets`): the reflections that asked and that
    answered, per value in how many reflections it was chosen (`none` counts as an answer
    only), and its label as stored with the latest reflection."""
    answered = 0
    counts: Counter[str] = Counter()
    latest: dict[str, Chosen] = {}
    for _, _, found in gathered.chosen[dimension]:
        answered += 1
        for tag in dict.fromkeys(c.tags[dimension] for c in found):  # in order, each once
            if tag != "none":
                counts[tag] += 1
        for chosen in found:
            latest[chosen.tags[dimension]] = chosen
    order = KNOWN_TAGS.get(dimension, ())
    ranked = sorted(
        counts.items(), key=lambda kv: (-kv[1], order.index(kv[0]) if kv[0] in order else 99)
    )
    return (
        _asked(gathered.combos, sets),
        answered,
        dict(ranked),
        {key: words_of(latest[key].label, key) for key, _ in ranked},
    )


def power(gathered: Gathered, asked: set[str]) -> Power | None:
    answers = gathered.on_axes.get("power", [])
    sets, n, average, low, high, below, above = _scale_sides(gathered, answers, asked)
    if not n:
        return None
    return Power(
        asked=sets,
        n=n,
        mean=average,
        min=low,
        max=high,
        powerless=below,
        omnipotent=above,
        enough=n >= MINIMUM,
    )


def legs(gathered: Gathered, asked: set[str], leg_sets: set[str]) -> Legs | None:
    answers = gathered.on_axes.get("legs", [])
    sets, n, average, low, high, below, above = _scale_sides(gathered, answers, asked)
    fit_asked, fit_answered, fit, _ = _chosen(gathered, "leg", leg_sets)
    if not n and not fit_answered:
        return None
    return Legs(
        asked=sets,
        n=n,
        mean=average,
        min=low,
        max=high,
        doing=below,
        meaning=above,
        enough=n >= MINIMUM,
        fit={
            "asked": fit_asked,
            "answered": fit_answered,
            **{value: fit.get(value, 0) for value in KNOWN_TAGS["leg"]},
        },
    )


def sought(gathered: Gathered, sets: set[str]) -> Sought | None:
    asked, answered, needs, _ = _chosen(gathered, "sought", sets)
    return Sought(asked=asked, answered=answered, needs=needs) if answered else None


def strain(gathered: Gathered, sets: set[str]) -> Strain | None:
    asked, check_ins, signals, labels = _chosen(gathered, "strain", sets)
    if not check_ins:
        return None
    return Strain(asked=asked, check_ins=check_ins, signals=signals, labels=labels)


def generic(gathered: Gathered) -> Generic:
    scales = {}
    for key, series in sorted(gathered.series.items()):
        half = len(series) // 2
        trend = round(mean(series[half:]) - mean(series[:half]), 2) if half >= 2 else None
        scales[key] = {
            "mean": mean_of(series),
            "n": len(series),
            "trend": trend,
            "prompt": gathered.prompts[key],
        }
    return Generic(
        tags={dim: dict(c.most_common()) for dim, c in sorted(gathered.tags.items())},
        scales=scales,
    )


def mondays(first: date, last: date) -> list[date]:
    monday = first - timedelta(days=first.weekday())
    found = []
    while monday <= last:
        found.append(monday)
        monday += timedelta(days=7)
    return found


@cache
def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@cache
def _first_of_month(day: date) -> date:
    return day.replace(day=1)


MOST_WEEKS = 60  # a longer period is charted per month


def weeks(gathered: Gathered, first: date, last: date, unit: str = "week") -> list[Week]:
    """A row per week (Monday) or per month (its first day) from `first` to `last`."""

    start_of = monday_of if unit == "week" else _first_of_month
    by_bucket: dict[date, _Counts] = {}
    for day, counts in gathered.days.items():
        start = start_of(day)
        bucket = by_bucket.get(start)
        if bucket is None:
            bucket = by_bucket[start] = _Counts()
        bucket.add(counts)
    if unit == "week":
        starts = mondays(first, last)
    else:
        starts = [month_start(first)]
        while starts[-1] < month_start(last):
            starts.append(month_start(starts[-1], 1))
    rows = []
    empty = _Counts()
    for start in starts:
        bucket = by_bucket.get(start, empty)
        asked = bucket.asked
        rows.append(
            Week(
                week=start.isoformat(),
                label=max(start, first).isoformat(),
                entries=bucket.entries,
                affiliation_mean=bucket.mean(),
                distance=bucket.distance,
                proximity=bucket.proximity,
                asked=asked,
                distance_share=round(100 * bucket.distance / asked) if asked else 0,
                proximity_share=round(100 * bucket.proximity / asked) if asked else 0,
                bands=bucket.bands(),
            )
        )
    return rows


def abc_weeks(
    scales: dict[str, ScaleValues], first: date, last: date
) -> dict[str, list[float | None]]:
    """The self-care scales (`Gathered.scales` of abc) as a mean per week."""
    result = {}
    starts = mondays(first, last)
    for part, scale in scales.items():
        if part not in ABC or not scale.values:
            continue
        by_week: dict[date, list[int]] = defaultdict(list)
        for day, value in scale.values:
            by_week[monday_of(day)].append(value)
        result[part] = [mean_of(by_week[m]) if by_week.get(m) else None for m in starts]
    return result


def per_client(gathered: Gathered) -> list[ClientRow]:
    rows = []
    for code, mine in sorted(
        gathered.clients.items(), key=lambda kv: (-kv[1].counts.entries, kv[0])
    ):
        counts = mine.counts
        rows.append(
            ClientRow(
                client=code,
                entries=counts.entries,
                first=mine.first.isoformat(),
                last=mine.last.isoformat(),
                affiliation_mean=counts.mean(),
                affiliation_n=counts.placed,
                bands=counts.bands(),
                poles=counts.poles(),
                poles_asked=counts.asked,
            )
        )
    return rows


def _poles(gathered: Gathered) -> tuple[dict[str, int], int]:
    """In how many reflections a signal of each pole was noted, and how many were asked."""
    total = _Counts()
    for counts in gathered.days.values():
        total.add(counts)
    return total.poles(), total.asked


def course(views: Sequence[EntryView]) -> list[CourseRow]:
    rows = []
    for view in views:
        followed = view.pull()
        pull_word = (
            "followed" if "followed" in followed else "partly" if "partly" in followed else None
        )
        rows.append(
            CourseRow(
                id=view.id,
                date=view.day.isoformat(),
                position=view.affiliation[0] if view.affiliation else None,
                low=view.affiliation[1] if view.affiliation else None,
                high=view.affiliation[2] if view.affiliation else None,
                type1=[_short(_label_of(view, s)) for s in view.signals("distance")],
                type2=[_short(_label_of(view, s)) for s in view.signals("proximity")],
                messages=view.octants(),
                pull=pull_word,
            )
        )
    return rows


def _label_of(view: EntryView, option_id: str) -> str:
    for chosen in view.chosen:
        if chosen.id == option_id:
            return words_of(chosen.label, option_id)
    return option_id


def _short(label: str) -> str:
    """The first clause of a label: short enough for one line per reflection."""
    for mark in (",", ":", "("):
        label = label.split(mark)[0]
    return label.strip()


# -- the whole report ----------------------------------------------------------------------------


def previous_period(period: Period) -> Period | None:
    """The period of the same length just before (a calendar month or year when it is one)."""
    if period.start is None or period.end is None:
        return None
    start, end = period.start, period.end
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return Period(month_start(start, -months), start - timedelta(days=1))
    length = (end - start).days + 1
    return Period(start - timedelta(days=length), start - timedelta(days=1))


def _previous(
    before: Period, views: Sequence[EntryView], now: Report, pole_sets: set[str]
) -> Previous:
    gathered = Gathered(views, pole_sets)
    affiliation = position(gathered, "affiliation", set())
    control = position(gathered, "control", set())
    enough = len(views) >= MINIMUM and now.entries >= MINIMUM
    affiliation_enough = affiliation.enough and now.affiliation.enough
    control_enough = control.enough and now.control.enough
    poles, _ = _poles(gathered)
    clients = len(gathered.clients)

    def change(now_value: float | None, before: float | None, comparable: bool) -> float | None:
        if not comparable or now_value is None or before is None:
            return None
        return round(now_value - before, 2)

    return Previous(
        period=Span(
            start=before.start.isoformat() if before.start else None,
            end=before.end.isoformat() if before.end else None,
        ),
        entries=len(views),
        clients=clients,
        poles=poles,
        affiliation_mean=affiliation.mean,
        control_mean=control.mean,
        enough=enough,
        affiliation_enough=affiliation_enough,
        control_enough=control_enough,
        changes={
            "entries": now.entries - len(views),
            "clients": now.clients - clients,
            "distance": change(now.poles["distance"], poles["distance"], enough),
            "proximity": change(now.poles["proximity"], poles["proximity"], enough),
            "affiliation": change(now.affiliation.mean, affiliation.mean, affiliation_enough),
            "control": change(now.control.mean, control.mean, control_enough),
        },
    )


def summarise(
    views: Sequence[EntryView],
    period: Period,
    client: str | None,
    today: date,
    previous: Sequence[EntryView] | None = None,
) -> Report:
    """The report over `views` (sorted by date); `previous` the period before, if compared."""
    with paused_gc():  # see build_report
        return _summarise(views, period, client, today, previous)


def _summarise(
    views: Sequence[EntryView],
    period: Period,
    client: str | None,
    today: date,
    previous: Sequence[EntryView] | None,
) -> Report:
    views = sorted(views, key=lambda v: v.day)
    held = holder_table(views)
    held_before = holder_table(previous or [])

    def asked_in(dimension: str) -> set[str]:
        """The sets holding `dimension` in this period."""
        return held.get(dimension, set())

    def asked_ever(dimension: str) -> set[str]:
        """The sets holding `dimension` in this period or the one before."""
        return held.get(dimension, set()) | held_before.get(dimension, set())

    # Type I and II are asked beside the position between distance and closeness (Maes): a
    # reflection that answered a set holding either was asked, also when no signal was noted
    # anywhere in the period (an unchosen option leaves no trace in an entry)
    pole_sets = asked_ever("pole") | asked_ever("axis:affiliation")
    if views:
        first = period.start or views[0].day
        spanned = client is not None and period.end is None  # a client's own span
        end = period.end or (views[-1].day if spanned else today)
        last = views[-1].day if spanned else min(end, max(today, views[-1].day))
        last = max(last, views[-1].day)
    else:
        first = period.start or today
        end = last = period.end or today
    days = max(1, (min(end, max(today, first)) - first).days + 1)
    unit = "month" if views and len(mondays(first, last)) > MOST_WEEKS else "week"
    gathered = Gathered(views, pole_sets)
    signals = gathered.signals
    labels = gathered.labels
    octant_counts = gathered.octant_counts
    octant_clients = gathered.octant_clients
    poles, poles_asked = _poles(gathered)
    scales = gathered.scales
    report = Report(
        period=Span(
            start=first.isoformat() if views or period.start else None,
            end=end.isoformat(),
        ),
        client=client,
        entries=len(views),
        clients=len(gathered.clients),
        per_week=round(len(views) * 7 / days, 2),
        small_sample=len(views) < MINIMUM,
        quick=gathered.quick,
        minimum=MINIMUM,
        poles=poles,
        poles_asked=poles_asked,
        pole_sets=sorted(asked_in("pole")),
        signals=dict(signals.most_common()),
        signal_labels={key: labels[key] for key in signals},
        roles=tally(gathered, "role", True, asked_in("role")),
        source=tally(gathered, "source", False, asked_in("source")),
        touch=tally(gathered, "touch", False, asked_in("touch")),
        octants={o: octant_counts[o] for o in OCTANTS if octant_counts[o]},
        octant_clients={o: len(octant_clients[o]) for o in OCTANTS if octant_clients[o]},
        circle=circle(gathered, asked_in("octant")),
        pull=pull(gathered),
        needs=measures(scales["need"], NEEDS, pressure=True),
        abc=measures(scales["abc"], ABC, pressure=False),
        affiliation=position(gathered, "affiliation", asked_ever("axis:affiliation")),
        control=position(gathered, "control", asked_ever("axis:control")),
        power=power(gathered, asked_ever("axis:power")),
        legs=legs(gathered, asked_ever("axis:legs"), asked_in("leg")),
        sought=sought(gathered, asked_in("sought")),
        strain=strain(gathered, asked_in("strain")),
        weeks=weeks(gathered, first, last) if views else [],
        chart_unit=unit,
        chart=weeks(gathered, first, last, unit) if views and unit == "month" else [],
        abc_weeks=abc_weeks(scales["abc"], first, last) if views else {},
        per_client=per_client(gathered),
        generic=generic(gathered),
        attention=attention(views, client, period, today, pole_sets, scales["need"]),
        supervision=[v.id for v in gathered.flagged],
        supervision_questions=[
            Question(
                id=v.id, date=v.day.isoformat(), client=v.client, question=v.supervision_question
            )
            for v in gathered.flagged
        ],
        course=course(views) if client else [],
        disclaimer=t("report.disclaimer"),
    )
    before = previous_period(period)
    if previous is not None and before is not None:
        report = replace(report, previous=_previous(before, previous, report, pole_sets))
    return report


def build_report(journal: Journal, period: Period, client: str | None, today: date) -> Report:
    # the views and figures make hundreds of thousands of objects and no cycles: the collector
    # would only rescan them again and again (half the time of a ten-year report). The views
    # are let go inside the pause: alive when it ends, the first collection after it would
    # walk every one of them once more.
    with paused_gc():
        return _report_of(journal, period, client, today)


def _report_of(journal: Journal, period: Period, client: str | None, today: date) -> Report:
    views = read_views(journal, period, client)
    before = previous_period(period)
    previous = read_views(journal, before, client) if before else None
    return summarise(views, period, client, today, previous)
