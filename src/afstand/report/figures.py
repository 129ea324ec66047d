"""The mirror's figures, computed once into the report model (`report.model.Report`).

Every figure comes from the tags stored in the entries, never from question ids, so a user's
own tagged set counts too. Its denominator is the number of reflections in which the question
was asked: those that answered a set which holds it. It describes the professional's own
reflections; it diagnoses no one. Attention points are invitations with their evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from statistics import mean
from typing import Any

from afstand.dates import month_start
from afstand.i18n import current_language, t
from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.questionnaires.tags import EXTENSION_OCTANTS, KNOWN_TAGS
from afstand.report import circumplex
from afstand.report.model import (
    Bands,
    Circle,
    ClientRow,
    CourseRow,
    Generic,
    Labelled,
    Measure,
    Octant,
    Point,
    Position,
    Previous,
    Pull,
    Question,
    Report,
    Span,
    Tally,
    Week,
)
from afstand.report.words import natural, octant_words

MINIMUM = 5  # fewer answers than this: a count, no mean; no difference with the period before
EXTREME = 0.1  # only the end of a scale counts as an extreme (1 or 7 on 1..7)
PRESSURE = 0.75  # a need answered in the upper quarter of its scale counts as under pressure
GAP_DAYS = 14

POLES = KNOWN_TAGS["pole"]
OCTANTS = KNOWN_TAGS["octant"]
NEEDS = KNOWN_TAGS["need"]
ABC = KNOWN_TAGS["abc"]
REPORT_DIMENSIONS = {"pole", "octant", "need", "abc", "axis", "pull", "role", "source", "touch"}

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
    sets: set[str] = field(default_factory=set)
    dimensions: dict[str, set[str]] = field(default_factory=dict)  # dimension → set ids
    affiliation: ScaleAnswer | None = None
    control: ScaleAnswer | None = None
    anchors: dict[str, dict[int, dict[str, str]]] = field(default_factory=dict)
    chosen: list[Chosen] = field(default_factory=list)
    scales: list[tuple[str, str, int, int | None, int | None]] = field(default_factory=list)
    generic: list[tuple[str, dict[str, str], int]] = field(default_factory=list)

    def tagged(self, dimension: str, value: str | None = None) -> list[Chosen]:
        return [
            c
            for c in self.chosen
            if dimension in c.tags and (value is None or c.tags[dimension] == value)
        ]

    def signals(self, pole: str) -> list[str]:
        found: list[str] = []
        for chosen in self.tagged("pole", pole):
            if chosen.id not in found:  # a role and a signal may share an id: once
                found.append(chosen.id)
        return found

    def octants(self) -> list[str]:
        return [c.tags["octant"] for c in self.tagged("octant")]

    def pull(self) -> list[str]:
        return [c.tags["pull"] for c in self.tagged("pull")]

    def asks(self, dimension: str, holders: set[str]) -> bool:
        return bool(self.sets & holders)

    @property
    def affiliation_share(self) -> float | None:
        return _share(self.affiliation)

    def pull_felt(self) -> bool | None:
        for dimension, tag, value, low, _ in self.scales:
            if dimension == "pull" and tag == "felt" and low is not None:
                return value > low
        return None


def _share(position: ScaleAnswer | None) -> float | None:
    if position is None:
        return None
    value, low, high = position
    return (value - low) / (high - low) if high > low else None


def view_of(raw: dict[str, Any]) -> EntryView:
    view = EntryView(
        id=raw["id"],
        day=date.fromisoformat(raw["date"]),
        client=raw["client"],
        supervision=bool(raw.get("supervision", False)),
        supervision_question=raw.get("supervision_question"),
    )
    for answered_set in raw.get("sets", []):
        set_id = answered_set["id"]
        view.sets.add(set_id)
        for answer in answered_set["answers"]:
            value = answer["value"]
            tags: dict[str, str] = answer.get("tags", {})
            for dimension, tag in tags.items():
                view.dimensions.setdefault(dimension, set()).add(set_id)
                if dimension == "axis":  # the two axes are two questions
                    view.dimensions.setdefault(f"axis:{tag}", set()).add(set_id)
            if answer["type"] == "scale":
                low, high = answer.get("min"), answer.get("max")
                axis = tags.get("axis")
                if axis in ("affiliation", "control") and low is not None and high is not None:
                    setattr(view, axis, (value, low, high))
                    anchors = {int(k): v for k, v in answer.get("anchors", {}).items()}
                    view.anchors[axis] = anchors
                for dimension, tag in tags.items():
                    if dimension != "axis":
                        view.scales.append((dimension, tag, value, low, high))
                if not set(tags) & REPORT_DIMENSIONS:  # untagged, or tagged only unknown
                    key = f"{set_id}.{answer['question']}"
                    view.generic.append((key, answer["prompt"], value))
            for option in answer.get("options", []):
                option_tags: dict[str, str] = option.get("tags", {})
                for dimension in option_tags:
                    view.dimensions.setdefault(dimension, set()).add(set_id)
                view.chosen.append(
                    Chosen(
                        set_id, option["id"], option["label"], option_tags, option.get("feedback")
                    )
                )
    return view


def _words(text: dict[str, str] | None, fallback: str = "") -> str:
    if not text:
        return fallback
    lang = current_language()
    return str(text.get(lang) or text.get("nl") or text.get("en") or fallback)


def _mean(values: Sequence[float]) -> float | None:
    return round(mean(values), 2) if values else None


def holders(views: Iterable[EntryView], dimension: str) -> set[str]:
    """The sets in which a question with this tag was answered: a reflection that answered one
    of them was asked it."""
    found: set[str] = set()
    for view in views:
        found |= view.dimensions.get(dimension, set())
    return found


# -- the parts of the report ------------------------------------------------------------------


def position(views: Sequence[EntryView], axis: str, asked: set[str]) -> Position:
    answers = [getattr(v, axis) for v in views if getattr(v, axis)]
    asked_n = sum(1 for v in views if v.asks(axis, asked) or getattr(v, axis))
    if not answers:
        return Position(asked=asked_n)
    low = min(a[1] for a in answers)
    high = max(a[2] for a in answers)
    counts = Counter(a[0] for a in answers)
    anchors: dict[str, str] = {}
    for view in views:
        for value, text in view.anchors.get(axis, {}).items():
            anchors.setdefault(str(value), _words(text))
    bands = Bands()
    distances = []
    for value, a_low, a_high in answers:
        middle = (a_low + a_high) / 2
        distances.append(abs(value - middle))
        if value < middle:
            bands = bands.model_copy(update={"low": bands.low + 1})
        elif value > middle:
            bands = bands.model_copy(update={"high": bands.high + 1})
        else:
            bands = bands.model_copy(update={"middle": bands.middle + 1})
    return Position(
        n=len(answers),
        asked=max(asked_n, len(answers)),
        mean=_mean([a[0] for a in answers]),
        min=low,
        max=high,
        distribution={str(v): counts.get(v, 0) for v in range(low, high + 1)},
        anchors={k: anchors[k] for k in sorted(anchors, key=int)},
        bands=bands,
        distance_from_balance=_mean(distances),
        enough=len(answers) >= MINIMUM,
    )


def tally(views: Sequence[EntryView], dimension: str, by_option: bool) -> Tally:
    """The options tagged `dimension`: per option (`by_option`) or per tag value."""
    sets = holders(views, dimension)
    asked = [v for v in views if v.sets & sets]
    counts: Counter[str] = Counter()
    clients: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    kinds: dict[str, str] = {}
    answered = 0
    for view in asked:
        found = view.tagged(dimension)
        answered += bool(found)
        keys = set()
        for chosen in found:
            key = chosen.id if by_option else chosen.tags[dimension]
            keys.add(key)
            labels.setdefault(key, _words(chosen.label, key))
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
    return Tally(asked=len(asked), answered=answered, sets=sorted(sets), items=items)


def circle(views: Sequence[EntryView]) -> Circle:
    sets = holders(views, "octant")
    asked = sum(1 for v in views if v.sets & sets)
    with_message = [v for v in views if v.octants()]
    if not with_message:
        return Circle(asked=asked)
    octants = []
    shares = []
    for octant in OCTANTS:
        noted = [v for v in with_message if octant in v.octants()]
        share = len(noted) / len(with_message)
        shares.append(share)
        consider = None
        for view in reversed(noted):
            texts = [c.feedback for c in view.tagged("octant", octant) if c.feedback]
            if texts:
                consider = _words(texts[0])
                break
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
                went_along=sum(1 for v in noted if {"followed", "partly"} & set(v.pull())),
                consider=consider,
            )
        )
    summary = circumplex.summarise(shares, len(with_message), MINIMUM, OCTANTS)
    joined = any(len(v.octants()) > 1 and (v.pull() or v.pull_felt() is not None) for v in views)
    return Circle(
        asked=max(asked, len(with_message)),
        with_message=len(with_message),
        octants=octants,
        summary=summary,
        joined=joined,
    )


def pull(views: Sequence[EntryView]) -> Pull:
    felt = [v.pull_felt() for v in views]
    return Pull(
        messages=sum(1 for v in views if v.octants()),
        felt=sum(1 for f in felt if f),
        felt_n=sum(1 for f in felt if f is not None),
        followed=sum(1 for v in views if "followed" in v.pull()),
        partly=sum(1 for v in views if "partly" in v.pull()),
        resisted=sum(1 for v in views if "resisted" in v.pull()),
    )


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


def measures(
    views: Sequence[EntryView], dimension: str, names: Sequence[str], pressure: bool
) -> dict[str, Measure]:
    scales = tagged_scales(views, dimension)
    result = {}
    for name in names:
        scale = scales.get(name)
        if scale is None:
            continue
        n = len(scale.values)
        result[name] = Measure(
            mean=_mean([v for _, v in scale.values]),
            n=n,
            count=scale.count,
            under_pressure=sum(1 for s in scale.shares if s >= PRESSURE) if pressure else None,
            enough=n >= MINIMUM,
        )
    return result


def generic(views: Sequence[EntryView]) -> Generic:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for view in views:
        for chosen in view.chosen:
            for dimension, tag in chosen.tags.items():
                if dimension not in REPORT_DIMENSIONS:
                    counts[dimension][tag] += 1
    values: dict[str, list[int]] = defaultdict(list)
    prompts: dict[str, dict[str, str]] = {}
    for view in views:
        for key, prompt, value in view.generic:
            values[key].append(value)
            prompts[key] = prompt
    scales = {}
    for key, series in sorted(values.items()):
        half = len(series) // 2
        trend = round(mean(series[half:]) - mean(series[:half]), 2) if half >= 2 else None
        scales[key] = {
            "mean": _mean(series),
            "n": len(series),
            "trend": trend,
            "prompt": prompts[key],
        }
    return Generic(
        tags={dim: dict(c.most_common()) for dim, c in sorted(counts.items())}, scales=scales
    )


def mondays(first: date, last: date) -> list[date]:
    monday = first - timedelta(days=first.weekday())
    found = []
    while monday <= last:
        found.append(monday)
        monday += timedelta(days=7)
    return found


MOST_WEEKS = 60  # a longer period is charted per month


def weeks(
    views: Sequence[EntryView], first: date, last: date, asked: set[str], unit: str = "week"
) -> list[Week]:
    """A row per week (Monday) or per month (its first day) from `first` to `last`."""

    def start_of(day: date) -> date:
        return day - timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)

    by_bucket: dict[date, list[EntryView]] = defaultdict(list)
    for view in views:
        by_bucket[start_of(view.day)].append(view)
    if unit == "week":
        starts = mondays(first, last)
    else:
        starts = [month_start(first)]
        while starts[-1] < month_start(last):
            starts.append(month_start(starts[-1], 1))
    rows = []
    for start in starts:
        bucket = by_bucket.get(start, [])
        distance = sum(1 for v in bucket if v.signals("distance"))
        proximity = sum(1 for v in bucket if v.signals("proximity"))
        bucket_asked = sum(1 for v in bucket if v.sets & asked)
        rows.append(
            Week(
                week=start.isoformat(),
                label=max(start, first).isoformat(),
                entries=len(bucket),
                affiliation_mean=_mean([v.affiliation[0] for v in bucket if v.affiliation]),
                distance=distance,
                proximity=proximity,
                asked=bucket_asked,
                distance_share=round(100 * distance / bucket_asked) if bucket_asked else 0,
                proximity_share=round(100 * proximity / bucket_asked) if bucket_asked else 0,
                bands=position(bucket, "affiliation", set()).bands,
            )
        )
    return rows


def abc_weeks(views: Sequence[EntryView], first: date, last: date) -> dict[str, list[float | None]]:
    result = {}
    for part, scale in tagged_scales(views, "abc").items():
        if part not in ABC or not scale.values:
            continue
        by_week: dict[date, list[int]] = defaultdict(list)
        for day, value in scale.values:
            by_week[day - timedelta(days=day.weekday())].append(value)
        result[part] = [_mean(by_week[m]) if by_week.get(m) else None for m in mondays(first, last)]
    return result


def per_client(views: Sequence[EntryView], pole_sets: set[str]) -> list[ClientRow]:
    by_client: dict[str, list[EntryView]] = defaultdict(list)
    for view in views:
        by_client[view.client].append(view)
    rows = []
    for code, mine in sorted(by_client.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        placed = position(mine, "affiliation", set())
        rows.append(
            ClientRow(
                client=code,
                entries=len(mine),
                first=mine[0].day.isoformat(),
                last=mine[-1].day.isoformat(),
                affiliation_mean=placed.mean,
                affiliation_n=placed.n,
                bands=placed.bands,
                poles={pole: sum(1 for v in mine if v.signals(pole)) for pole in POLES},
                poles_asked=sum(1 for v in mine if v.sets & pole_sets),
            )
        )
    return rows


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
            return _words(chosen.label, option_id)
    return option_id


def _short(label: str) -> str:
    """The first clause of a label: short enough for one line per reflection."""
    for mark in (",", ":", "("):
        label = label.split(mark)[0]
    return label.strip()


# -- attention points ---------------------------------------------------------------------------


def attention(
    views: Sequence[EntryView], client: str | None, period: Period, today: date, pole_sets: set[str]
) -> list[Point]:
    points: list[Point] = []
    by_client: dict[str, list[EntryView]] = defaultdict(list)
    for view in views:
        by_client[view.client].append(view)
    for code, mine in sorted(by_client.items()):
        asked = [v for v in mine if v.sets & pole_sets]
        for pole, key in (("proximity", "type2-with-client"), ("distance", "type1-with-client")):
            hits = [v for v in asked if v.signals(pole)]
            if len(asked) >= 3 and len(hits) * 2 >= len(asked):
                points.append(
                    Point(
                        code=key,
                        client=code,
                        message=t(
                            f"attention.{key}", client=code, count=len(hits), total=len(asked)
                        ),
                        evidence=t("evidence.dates", dates=_dates(hits)),
                        strength=len(hits) * len(hits) / len(asked),
                    )
                )
        points += _streaks(code, mine)
        points += _swinging(code, mine)
        unasked = [v for v in mine if v.tagged("touch", "touched-unasked")]
        if unasked:
            points.append(
                Point(
                    code="touch-without-consent",
                    client=code,
                    message=t("attention.touch-without-consent", client=code, count=len(unasked)),
                    evidence=t("evidence.dates", dates=_dates(unasked)),
                    strength=float(len(unasked)) + 1,
                )
            )
    for need, scale in sorted(tagged_scales(views, "need").items()):
        if need not in NEEDS:
            continue
        pressed = sum(1 for s in scale.shares if s >= PRESSURE)
        total = len(scale.values)
        if total >= 3 and pressed * 2 > total:
            points.append(
                Point(
                    code="need-under-pressure",
                    message=t(
                        "attention.need-under-pressure",
                        need=t(f"need.{need}"),
                        count=pressed,
                        total=total,
                    ),
                    evidence=t("evidence.need", count=pressed, total=total),
                    strength=pressed * pressed / total,
                )
            )
    if client is None:
        points += _gaps(views, period, today)
    return sorted(points, key=lambda p: (-p.strength, p.code, p.client or ""))


def _dates(views: Iterable[EntryView]) -> str:
    return ", ".join(v.day.isoformat() for v in views)


def _in_zone(share: float, zone: str) -> bool:
    return share >= 1 - EXTREME if zone == "close" else share <= EXTREME


def _streaks(code: str, views: Sequence[EntryView]) -> list[Point]:
    placed = [v for v in views if v.affiliation_share is not None]
    points = []
    for zone in ("close", "distant"):
        run: list[EntryView] = []
        longest: list[EntryView] = []
        for view in placed:
            share = view.affiliation_share
            run = [*run, view] if share is not None and _in_zone(share, zone) else []
            if len(run) > len(longest):
                longest = run
        if len(longest) >= 3:
            shown = ", ".join(
                f"{v.day.isoformat()} ({v.affiliation[0]})" for v in longest if v.affiliation
            )
            points.append(
                Point(
                    code=f"extreme-{zone}",
                    client=code,
                    message=t(f"attention.extreme-{zone}", client=code, count=len(longest)),
                    evidence=t("evidence.streak", dates=shown),
                    strength=float(len(longest)),
                )
            )
    return points


def switches(shares: Iterable[float]) -> int:
    """How often the answers at an end of the scale changed end (answers between are passed)."""
    ends = [
        "close" if _in_zone(s, "close") else "distant"
        for s in shares
        if _in_zone(s, "close") or _in_zone(s, "distant")
    ]
    return sum(1 for a, b in pairwise(ends) if a != b)


def _swinging(code: str, views: Sequence[EntryView]) -> list[Point]:
    """Both ends of the scale with one client, alternating at least twice (1, 7, 1): a mean
    of 4 would hide it."""
    placed = [v for v in views if v.affiliation_share is not None]
    shares = [v.affiliation_share for v in placed if v.affiliation_share is not None]
    changed = switches(shares)
    if changed < 2:
        return []
    ends = [
        v
        for v in placed
        if v.affiliation_share is not None
        and (_in_zone(v.affiliation_share, "close") or _in_zone(v.affiliation_share, "distant"))
    ]
    shown = ", ".join(f"{v.day.isoformat()} ({v.affiliation[0]})" for v in ends if v.affiliation)
    return [
        Point(
            code="alternating-extremes",
            client=code,
            message=t("attention.alternating-extremes", client=code, count=len(ends)),
            evidence=t("evidence.streak", dates=shown),
            strength=float(len(ends)) + 0.5,
        )
    ]


def _gaps(views: Sequence[EntryView], period: Period, today: date) -> list[Point]:
    if period.start is None:
        return []
    end = min(period.end or today, today)
    days = sorted({v.day for v in views})
    marks = [period.start - timedelta(days=1), *days, end + timedelta(days=1)]
    points = []
    for before, after in pairwise(marks):
        silent = (after - before).days - 1
        if silent >= GAP_DAYS:
            first, last = before + timedelta(days=1), after - timedelta(days=1)
            points.append(
                Point(
                    code="no-reflection",
                    message=t("attention.no-reflection", days=silent),
                    evidence=t("evidence.gap", start=first.isoformat(), end=last.isoformat()),
                    strength=silent / 14,
                )
            )
    return points


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
    affiliation = position(views, "affiliation", set())
    control = position(views, "control", set())
    enough = len(views) >= MINIMUM and now.entries >= MINIMUM
    affiliation_enough = affiliation.enough and now.affiliation.enough
    control_enough = control.enough and now.control.enough
    poles = {pole: sum(1 for v in views if v.signals(pole)) for pole in POLES}

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
        clients=len({v.client for v in views}),
        poles=poles,
        affiliation_mean=affiliation.mean,
        control_mean=control.mean,
        enough=enough,
        affiliation_enough=affiliation_enough,
        control_enough=control_enough,
        changes={
            "entries": now.entries - len(views),
            "clients": now.clients - len({v.client for v in views}),
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
    views = sorted(views, key=lambda v: v.day)
    everything = [*views, *(previous or [])]
    pole_sets = holders(everything, "pole")
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
    distance_sets = pole_sets
    signals = Counter(s for v in views for pole in POLES for s in v.signals(pole))
    labels: dict[str, str] = {}
    for view in views:
        for chosen in view.tagged("pole"):
            labels.setdefault(chosen.id, _words(chosen.label, chosen.id))
    octant_clients: dict[str, set[str]] = defaultdict(set)
    octant_counts: Counter[str] = Counter()
    for view in views:
        for octant in view.octants():
            octant_counts[octant] += 1
            octant_clients[octant].add(view.client)
    report = Report(
        period=Span(
            start=first.isoformat() if views or period.start else None,
            end=end.isoformat(),
        ),
        client=client,
        entries=len(views),
        clients=len({v.client for v in views}),
        per_week=round(len(views) * 7 / days, 2),
        small_sample=len(views) < MINIMUM,
        minimum=MINIMUM,
        poles={pole: sum(1 for v in views if v.signals(pole)) for pole in POLES},
        poles_asked=sum(1 for v in views if v.sets & distance_sets),
        pole_sets=sorted(holders(views, "pole")),
        signals=dict(signals.most_common()),
        signal_labels={key: labels[key] for key in signals},
        roles=tally(views, "role", by_option=True),
        source=tally(views, "source", by_option=False),
        touch=tally(views, "touch", by_option=False),
        octants={o: octant_counts[o] for o in OCTANTS if octant_counts[o]},
        octant_clients={o: len(octant_clients[o]) for o in OCTANTS if octant_clients[o]},
        circle=circle(views),
        pull=pull(views),
        needs=measures(views, "need", NEEDS, pressure=True),
        abc=measures(views, "abc", ABC, pressure=False),
        affiliation=position(views, "affiliation", holders(everything, "axis:affiliation")),
        control=position(views, "control", holders(everything, "axis:control")),
        weeks=weeks(views, first, last, pole_sets) if views else [],
        chart_unit=unit,
        chart=weeks(views, first, last, pole_sets, unit) if views and unit == "month" else [],
        abc_weeks=abc_weeks(views, first, last) if views else {},
        per_client=per_client(views, pole_sets),
        generic=generic(views),
        attention=attention(views, client, period, today, pole_sets),
        supervision=[v.id for v in views if v.supervision],
        supervision_questions=[
            Question(
                id=v.id, date=v.day.isoformat(), client=v.client, question=v.supervision_question
            )
            for v in views
            if v.supervision
        ],
        course=course(views) if client else [],
        disclaimer=t("report.disclaimer"),
    )
    before = previous_period(period)
    if previous is not None and before is not None:
        report = report.model_copy(
            update={"previous": _previous(before, previous, report, pole_sets)}
        )
    return report


def build_report(journal: Journal, period: Period, client: str | None, today: date) -> Report:
    views = read_views(journal, period, client)
    before = previous_period(period)
    previous = read_views(journal, before, client) if before else None
    return summarise(views, period, client, today, previous)


def read_views(journal: Journal, period: Period, client: str | None) -> list[EntryView]:
    try:
        views = [
            view_of(raw)
            for raw in journal.raw_entries(period)
            if client is None or raw.get("client") == client
        ]
    except (KeyError, TypeError, ValueError, AttributeError):
        journal.entries(period)  # validates, and raises the full account of what is wrong
        raise
    views.sort(key=lambda v: v.day)
    return views
