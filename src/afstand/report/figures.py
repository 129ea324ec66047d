"""The monthly mirror: figures computed from the tags stored in the entries, never from
question ids, so a user's own tagged set counts too. It describes the professional's own
reflections; it diagnoses no one. Attention points are invitations with their evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from statistics import mean
from typing import Any

from afstand.dates import month_start
from afstand.i18n import t
from afstand.journal.periods import Period
from afstand.journal.store import Journal
from afstand.questionnaires.tags import KNOWN_TAGS

SMALL_SAMPLE = 5
EXTREME = 0.1  # only the end of a scale counts as an extreme (1 or 7 on 1..7)
PRESSURE = 0.75  # a need answered in the upper quarter of its scale counts as under pressure
GAP_DAYS = 14

POLES = KNOWN_TAGS["pole"]
OCTANTS = KNOWN_TAGS["octant"]
NEEDS = KNOWN_TAGS["need"]
ABC = KNOWN_TAGS["abc"]
REPORT_DIMENSIONS = {"pole", "octant", "need", "abc", "axis", "pull", "leg", "sought", "strain"}
# scales with these axes are read into the entry itself; the other axes count as tagged scales
POSITION_AXES = ("affiliation", "control")


@dataclass
class Scale:
    """The answers to all scales with one tag: their values and where they came from."""

    values: list[tuple[date, int]] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)  # each value within its own scale, 0..1
    low: int | None = None
    high: int | None = None
    count: int = 0  # times an option with this tag was chosen

    def add(self, day: date, value: int, low: int | None, high: int | None) -> None:
        self.values.append((day, value))
        if low is not None and high is not None and high > low:
            self.shares.append((value - low) / (high - low))
            self.low = low if self.low is None else min(self.low, low)
            self.high = high if self.high is None else max(self.high, high)

    @property
    def mean(self) -> float | None:
        return round(mean(v for _, v in self.values), 2) if self.values else None

    def share_at_or_above(self, fraction: float) -> int:
        """How many answers lie at or above `fraction` of their own scale."""
        return sum(1 for share in self.shares if share >= fraction)


@dataclass
class EntryView:
    """What the report needs of one entry, read from its stored data."""

    id: str
    day: date
    client: str
    supervision: bool
    supervision_question: str | None
    quick: bool = False  # saved by `reflect --quick`, not deepened yet
    affiliation: tuple[int, int, int] | None = None  # value, min, max
    control: tuple[int, int, int] | None = None
    signals: dict[str, list[str]] = field(default_factory=lambda: {p: [] for p in POLES})
    signal_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    octants: list[str] = field(default_factory=list)
    consider: dict[str, dict[str, str]] = field(default_factory=dict)
    pull: list[str] = field(default_factory=list)
    scales: list[tuple[str, str, int, int | None, int | None]] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)  # (dimension, value) chosen
    generic: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    labels: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)  # option tags

    @property
    def affiliation_share(self) -> float | None:
        return _share(self.affiliation)


def _share(position: tuple[int, int, int] | None) -> float | None:
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
        quick=raw.get("phase") == "quick",
    )
    for answered_set in raw.get("sets", []):
        for answer in answered_set["answers"]:
            value = answer["value"]
            tags: dict[str, str] = answer.get("tags", {})
            if answer["type"] == "scale":
                low, high = answer.get("min"), answer.get("max")
                axis = tags.get("axis")
                if axis in POSITION_AXES and low is not None and high is not None:
                    setattr(view, axis, (value, low, high))
                for dimension, tag in tags.items():
                    if dimension != "axis" or tag not in POSITION_AXES:
                        view.scales.append((dimension, tag, value, low, high))
                if not set(tags) & REPORT_DIMENSIONS:  # untagged, or tagged only unknown
                    key = f"{answered_set['id']}.{answer['question']}"
                    view.generic.append((key, answer["prompt"], value))
            for option in answer.get("options", []):
                for dimension, tag in option.get("tags", {}).items():
                    view.options.append((dimension, tag))
                    view.labels.setdefault((dimension, tag), option["label"])
                    if dimension == "pole" and tag in POLES:
                        # a role and a signal may share an id (rescuer): an entry counts it once
                        if option["id"] not in view.signals[tag]:
                            view.signals[tag].append(option["id"])
                        view.signal_labels[option["id"]] = option["label"]
                    elif dimension == "octant":
                        view.octants.append(tag)
                        if option.get("feedback"):
                            view.consider[tag] = option["feedback"]
                    elif dimension == "pull":
                        view.pull.append(tag)
    return view


@dataclass
class Report:
    period: Period
    client: str | None
    entries: list[EntryView]
    previous: list[EntryView]
    today: date

    # -- figures ---------------------------------------------------------------------------

    def figures(self, entries: list[EntryView] | None = None) -> dict[str, Any]:
        """The main figures of a list of entries (by default those of the period)."""
        chosen = self.entries if entries is None else entries
        affiliation = [e.affiliation[0] for e in chosen if e.affiliation]
        control = [e.control[0] for e in chosen if e.control]
        return {
            "entries": len(chosen),
            "clients": len({e.client for e in chosen}),
            "poles": {pole: sum(1 for e in chosen if e.signals[pole]) for pole in POLES},
            "affiliation_mean": _mean(affiliation),
            "control_mean": _mean(control),
        }

    def signals(self) -> Counter[str]:
        return Counter(s for e in self.entries for pole in POLES for s in e.signals[pole])

    def signal_label(self, option_id: str, lang: str) -> str:
        for entry in self.entries:
            label = entry.signal_labels.get(option_id)
            if label:
                return str(label.get(lang) or label.get("nl") or label.get("en") or option_id)
        return option_id

    def octants(self) -> Counter[str]:
        return Counter(o for e in self.entries for o in e.octants)

    def octant_clients(self) -> dict[str, int]:
        clients: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries:
            for octant in entry.octants:
                clients[octant].add(entry.client)
        return {octant: len(codes) for octant, codes in clients.items()}

    def consider(self, octant: str, lang: str) -> str | None:
        for entry in reversed(self.entries):
            text = entry.consider.get(octant)
            if text:
                return str(text.get(lang) or text.get("nl") or text.get("en"))
        return None

    def pull(self) -> dict[str, int]:
        felt = self.tagged_scales("pull").get("felt")
        with_message = [e for e in self.entries if e.octants]
        return {
            "messages": len(with_message),
            "felt": sum(1 for _, v in felt.values if felt.low is not None and v > felt.low)
            if felt
            else 0,
            "followed": sum(1 for e in self.entries if "followed" in e.pull),
            "partly": sum(1 for e in self.entries if "partly" in e.pull),
            "resisted": sum(1 for e in self.entries if "resisted" in e.pull),
        }

    def bipolar(self, axis: str) -> dict[str, Any] | None:
        """A scale between two ends (axis power or legs): its mean, and how many answers lie
        below and above the middle of their own scale."""
        scale = self.tagged_scales("axis").get(axis)
        if scale is None or not scale.values:
            return None
        return {
            "mean": scale.mean,
            "n": len(scale.values),
            "min": scale.low,
            "max": scale.high,
            "below_middle": sum(1 for share in scale.shares if share < 0.5),
            "above_middle": sum(1 for share in scale.shares if share > 0.5),
        }

    def chosen(self, dimension: str) -> tuple[int, dict[str, int]]:
        """The reflections with an option tagged `dimension`, and per value in how many of
        them it was chosen (a value such as `none` counts in the first figure only)."""
        answered = 0
        counts: Counter[str] = Counter()
        for entry in self.entries:
            values = {tag for dim, tag in entry.options if dim == dimension}
            answered += bool(values)
            counts.update(values - {"none"})
        allowed = KNOWN_TAGS.get(dimension, ())
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], _position(allowed, kv[0])))
        return answered, dict(ordered)

    def tag_label(self, dimension: str, value: str, lang: str) -> str:
        """The label of an option with this tag, as it was stored with the latest entry."""
        for entry in reversed(self.entries):
            label = entry.labels.get((dimension, value))
            if label:
                return str(label.get(lang) or label.get("nl") or label.get("en") or value)
        return value

    def tagged_scales(self, dimension: str) -> dict[str, Scale]:
        found: dict[str, Scale] = defaultdict(Scale)
        for entry in self.entries:
            for dim, tag, value, low, high in entry.scales:
                if dim == dimension:
                    found[tag].add(entry.day, value, low, high)
            for dim, tag in entry.options:
                if dim == dimension:
                    found[tag].count += 1
        return dict(found)

    def generic_tags(self) -> dict[str, dict[str, int]]:
        """Option tags of dimensions the report does not know: counted as they are."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for entry in self.entries:
            for dimension, tag in entry.options:
                if dimension not in REPORT_DIMENSIONS:
                    counts[dimension][tag] += 1
        return {dim: dict(c.most_common()) for dim, c in sorted(counts.items())}

    def generic_scales(self) -> dict[str, dict[str, Any]]:
        """Untagged scales (of a user's own set): mean, number, and trend."""
        values: dict[str, list[int]] = defaultdict(list)
        prompts: dict[str, dict[str, str]] = {}
        for entry in self.entries:
            for key, prompt, value in entry.generic:
                values[key].append(value)
                prompts[key] = prompt
        result = {}
        for key, series in sorted(values.items()):
            half = len(series) // 2
            trend = round(mean(series[half:]) - mean(series[:half]), 2) if half >= 2 else None
            result[key] = {
                "mean": _mean(series),
                "n": len(series),
                "trend": trend,
                "prompt": prompts[key],
            }
        return result

    def affiliation_distribution(self) -> tuple[dict[int, int], int | None, int | None]:
        positions = [e.affiliation for e in self.entries if e.affiliation]
        if not positions:
            return {}, None, None
        low = min(p[1] for p in positions)
        high = max(p[2] for p in positions)
        counts = Counter(p[0] for p in positions)
        return {v: counts.get(v, 0) for v in range(low, high + 1)}, low, high

    def weeks(self) -> list[tuple[date, int, float | None]]:
        """Per week (Monday) of the period: reflections and mean affiliation position."""
        if not self.entries:
            return []
        first = self.period.start or self.entries[0].day
        last = min(self.period.end or self.today, max(self.today, self.entries[-1].day))
        last = max(last, self.entries[-1].day)
        monday = first - timedelta(days=first.weekday())
        by_week: dict[date, list[EntryView]] = defaultdict(list)
        for entry in self.entries:
            by_week[entry.day - timedelta(days=entry.day.weekday())].append(entry)
        result = []
        while monday <= last:
            week = by_week.get(monday, [])
            positions = [e.affiliation[0] for e in week if e.affiliation]
            result.append((monday, len(week), _mean(positions)))
            monday += timedelta(days=7)
        return result

    def weekly_means(self, scale: Scale) -> list[float | None]:
        """The mean of a scale per week of the period (None for a week without answers)."""
        by_week: dict[date, list[int]] = defaultdict(list)
        for day, value in scale.values:
            by_week[day - timedelta(days=day.weekday())].append(value)
        return [
            (round(mean(by_week[monday]), 2) if by_week.get(monday) else None)
            for monday, _, _ in self.weeks()
        ]

    def per_client(self) -> list[dict[str, Any]]:
        by_client: dict[str, list[EntryView]] = defaultdict(list)
        for entry in self.entries:
            by_client[entry.client].append(entry)
        rows = []
        for code, entries in sorted(by_client.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            positions = [e.affiliation[0] for e in entries if e.affiliation]
            rows.append(
                {
                    "client": code,
                    "entries": len(entries),
                    "affiliation_mean": _mean(positions),
                    "affiliation_n": len(positions),
                    "poles": {pole: sum(1 for e in entries if e.signals[pole]) for pole in POLES},
                }
            )
        return rows

    def supervision(self) -> list[EntryView]:
        return [e for e in self.entries if e.supervision]

    @property
    def days(self) -> int:
        start = self.period.start or (self.entries[0].day if self.entries else self.today)
        end = self.period.end or self.today
        return max(1, (min(end, max(self.today, start)) - start).days + 1)

    # -- attention points ------------------------------------------------------------------

    def attention(self) -> list[dict[str, str]]:
        points: list[dict[str, str]] = []
        for row in self.per_client():
            n = row["entries"]
            for pole, code in (
                ("proximity", "type2-with-client"),
                ("distance", "type1-with-client"),
            ):
                hits = row["poles"][pole]
                if n >= 3 and hits * 2 >= n:  # at least half, of at least three reflections
                    points.append(
                        _point(
                            code,
                            t(f"attention.{code}", client=row["client"]),
                            t("evidence.pole_client", count=hits, total=n, client=row["client"]),
                        )
                    )
        points.extend(self._streaks())
        for need, scale in sorted(self.tagged_scales("need").items()):
            pressed = scale.share_at_or_above(PRESSURE)
            if len(scale.values) >= 3 and pressed * 2 > len(scale.values):
                points.append(
                    _point(
                        "need-under-pressure",
                        t("attention.need-under-pressure", need=t(f"need.{need}")),
                        t("evidence.need", count=pressed, total=len(scale.values)),
                    )
                )
        points.extend(self._gaps())
        return points

    def _streaks(self) -> list[dict[str, str]]:
        points = []
        by_client: dict[str, list[EntryView]] = defaultdict(list)
        for entry in self.entries:
            if entry.affiliation_share is not None:
                by_client[entry.client].append(entry)
        for code, entries in sorted(by_client.items()):
            for zone in ("close", "distant"):
                run: list[EntryView] = []
                longest: list[EntryView] = []
                for entry in entries:
                    share = entry.affiliation_share
                    run = [*run, entry] if share is not None and _in_zone(share, zone) else []
                    if len(run) > len(longest):
                        longest = run
                if len(longest) >= 3:
                    shown = ", ".join(
                        f"{e.day.isoformat()} ({e.affiliation[0]})"
                        for e in longest
                        if e.affiliation
                    )
                    points.append(
                        _point(
                            f"extreme-{zone}",
                            t(f"attention.extreme-{zone}", client=code, count=len(longest)),
                            t("evidence.streak", dates=shown),
                        )
                    )
        return points

    def _gaps(self) -> list[dict[str, str]]:
        if self.client is not None or self.period.start is None:
            return []
        end = min(self.period.end or self.today, self.today)
        days = sorted({e.day for e in self.entries})
        marks = [self.period.start - timedelta(days=1), *days, end + timedelta(days=1)]
        points = []
        for before, after in pairwise(marks):
            silent = (after - before).days - 1
            if silent >= GAP_DAYS:
                first, last = before + timedelta(days=1), after - timedelta(days=1)
                points.append(
                    _point(
                        "no-reflection",
                        t("attention.no-reflection", days=silent),
                        t("evidence.gap", start=first.isoformat(), end=last.isoformat()),
                    )
                )
        return points


def _position(values: tuple[str, ...], value: str) -> int:
    return values.index(value) if value in values else len(values)


def _in_zone(share: float, zone: str) -> bool:
    return share >= 1 - EXTREME if zone == "close" else share <= EXTREME


def _point(code: str, message: str, evidence: str) -> dict[str, str]:
    return {"code": code, "message": message, "evidence": evidence}


def _mean(values: list[int]) -> float | None:
    return round(mean(values), 2) if values else None


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


def build_report(journal: Journal, period: Period, client: str | None, today: date) -> Report:
    entries = _views(journal, period, client)
    before = previous_period(period)
    previous = _views(journal, before, client) if before else []
    return Report(period=period, client=client, entries=entries, previous=previous, today=today)


def _views(journal: Journal, period: Period, client: str | None) -> list[EntryView]:
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
