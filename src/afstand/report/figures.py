"""The monthly mirror: figures computed from the tags stored in the entries, never from
question ids, so a user's own tagged set counts too. It describes the professional's own
reflections; it diagnoses no one. Attention points are invitations with their evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from statistics import mean
from typing import TYPE_CHECKING, Any

from afstand.dates import month_start
from afstand.i18n import t
from afstand.journal.format import AnswerFacts, stored_answers
from afstand.journal.periods import Period
from afstand.journal.store import Journal, paused_gc
from afstand.questionnaires.tags import KNOWN_TAGS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from afstand.models.entry import Entry
    from afstand.models.month_file import StoredEntry
    from afstand.models.text import Text

SMALL_SAMPLE = 5
EXTREME = 0.1  # only the end of a scale counts as an extreme (1 or 7 on 1..7)
PRESSURE = 0.75  # a need answered in the upper quarter of its scale counts as under pressure
GAP_DAYS = 14

POLES = KNOWN_TAGS["pole"]
OCTANTS = KNOWN_TAGS["octant"]
NEEDS = KNOWN_TAGS["need"]
ABC = KNOWN_TAGS["abc"]
REPORT_DIMENSIONS = {"pole", "octant", "need", "abc", "axis", "pull"}


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

    @property
    def affiliation_share(self) -> float | None:
        return _share(self.affiliation)


def _share(position: tuple[int, int, int] | None) -> float | None:
    if position is None:
        return None
    value, low, high = position
    return (value - low) / (high - low) if high > low else None


def view_of(
    header: StoredEntry | Entry, answers: Iterable[AnswerFacts], client: str | None = None
) -> EntryView:
    """What the report needs of one entry: its header and its answers (from
    `stored_answers` or `entry_answers`); `client` in place of the stored code (an alias)."""
    view = EntryView(
        id=header.id,
        day=header.date,
        client=client or header.client,
        supervision=header.supervision,
        supervision_question=header.supervision_question,
    )
    for answer in answers:
        value = answer.value
        tags = answer.tags
        if answer.type == "scale" and isinstance(value, int):
            low, high = answer.min, answer.max
            axis = tags.get("axis")
            if axis in ("affiliation", "control") and low is not None and high is not None:
                setattr(view, axis, (value, low, high))
            for dimension, tag in tags.items():
                if dimension != "axis":
                    view.scales.append((dimension, tag, value, low, high))
            if not set(tags) & REPORT_DIMENSIONS:  # untagged, or tagged only unknown
                key = f"{answer.set_id}.{answer.question}"
                view.generic.append((key, _words(answer.prompt), value))
        for option in answer.options:
            for dimension, tag in option.tags.items():
                view.options.append((dimension, tag))
                if dimension == "pole" and tag in POLES:
                    view.signals[tag].append(option.id)
                    view.signal_labels[option.id] = _words(option.label)
                elif dimension == "octant":
                    view.octants.append(tag)
                    if option.feedback is not None:
                        view.consider[tag] = _words(option.feedback)
                elif dimension == "pull":
                    view.pull.append(tag)
    return view


def _words(text: Text) -> dict[str, str]:
    """A text as plain data, in the languages it has."""
    return {lang: words for lang, words in (("nl", text.nl), ("en", text.en)) if words}


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
    """The entries of `period` as the report sees them, read as stored (never expanded)."""
    with paused_gc():
        views = [
            view_of(stored, stored_answers(month, stored))
            for month, stored in journal.stored(period)
            if client is None or stored.client == client
        ]
    views.sort(key=lambda v: v.day)
    return views
