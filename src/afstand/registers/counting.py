"""What counts for one register: each activity counted (with the time credited) or not (with
the reasons), the total against what the period asks, the months below a monthly minimum, the
gaps that must be explained, and the length of each series."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from itertools import pairwise
from typing import Literal

from afstand.dates import month_start
from afstand.registers.activity import Activity
from afstand.registers.profile import Profile

Reason = Literal[
    "kind", "self-reflection", "planned", "before-period", "after-period", "online", "too-short"
]
REASONS: tuple[Reason, ...] = (
    "kind",
    "self-reflection",
    "planned",
    "before-period",
    "after-period",
    "online",
    "too-short",
)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter."""
    first = month_start(day, months)
    last = calendar.monthrange(first.year, first.month)[1]
    return first.replace(day=min(day.day, last))


def whole_months(start: date, end: date) -> int:
    """Whole calendar months from `start` to `end` (0 when `end` is before a month later)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return max(months, 0)


@dataclass(frozen=True)
class Counted:
    activity: Activity
    credited_minutes: float


@dataclass(frozen=True)
class NotCounted:
    activity: Activity
    reasons: tuple[Reason, ...]
    minimum_minutes: int | None = None


@dataclass(frozen=True)
class MonthTotal:
    month: date  # its first day
    minutes: float
    minimum: int

    @property
    def short(self) -> bool:
        return self.minutes < self.minimum


@dataclass(frozen=True)
class Gap:
    after: date  # the last activity before the gap (or the start of the period)
    until: date  # the next activity, or today when the gap goes on
    months: int
    ongoing: bool


@dataclass(frozen=True)
class SeriesLength:
    series_id: str
    title: str | None
    meetings: int
    minimum: int
    maximum: int | None

    @property
    def fits(self) -> bool:
        return self.meetings >= self.minimum and (
            self.maximum is None or self.meetings <= self.maximum
        )


@dataclass(frozen=True)
class Progress:
    profile: Profile
    today: date
    start: date | None
    end: date | None  # the last day of the period
    counted: tuple[Counted, ...]
    not_counted: tuple[NotCounted, ...]
    months: tuple[MonthTotal, ...]  # complete months only; the current one is `this_month`
    this_month: MonthTotal | None
    gaps: tuple[Gap, ...]
    series: tuple[SeriesLength, ...]

    @property
    def counted_minutes(self) -> float:
        return sum(item.credited_minutes for item in self.counted)

    @property
    def required_minutes(self) -> int | None:
        hours = self.profile.required_hours
        return None if hours is None else hours * 60

    @property
    def remaining_minutes(self) -> float | None:
        required = self.required_minutes
        return None if required is None else max(0.0, required - self.counted_minutes)

    @property
    def period_needs_start(self) -> bool:
        return self.profile.period is not None and self.start is None

    @property
    def months_left(self) -> int | None:
        if self.end is None or self.today > self.end:
            return None
        return whole_months(self.today, self.end) + 1

    @property
    def short_months(self) -> tuple[MonthTotal, ...]:
        return tuple(month for month in self.months if month.short)


def period_end(profile: Profile, start: date | None) -> date | None:
    if profile.period is None or start is None:
        return None
    return date.fromordinal(add_months(start, profile.period.months).toordinal() - 1)


def minimum_minutes(profile: Profile, group_size: int) -> int | None:
    """The shortest meeting that counts for a group of this size, if the profile sets one."""
    found = profile.counts.minimum_minutes
    for rule in profile.counts.group_minimums:
        if rule.size <= group_size:
            found = max(found or 0, rule.minutes)
    return found


def credited_minutes(profile: Profile, activity: Activity) -> float:
    """The part of a meeting's time that counts for one member of its group."""
    size = activity.group_size
    for band in profile.counts.group_credit:
        if band.from_size <= size and (band.to_size is None or size <= band.to_size):
            if band.divide_by_size:
                return activity.minutes / size
            assert band.factor is not None
            return activity.minutes * band.factor
    return float(activity.minutes)


def reasons_for(
    profile: Profile, activity: Activity, today: date, start: date | None, end: date | None
) -> tuple[Reason, ...]:
    found: list[Reason] = []
    if activity.is_self_reflection and not profile.counts.self_reflection:
        found.append("self-reflection")
    elif activity.kind not in profile.counts.kinds:
        found.append("kind")
    if activity.date > today:
        found.append("planned")
    if start is not None and activity.date < start:
        found.append("before-period")
    if end is not None and activity.date > end:
        found.append("after-period")
    if activity.mode not in profile.counts.modes:
        found.append("online")
    shortest = minimum_minutes(profile, activity.group_size)
    if shortest is not None and activity.minutes < shortest:
        found.append("too-short")
    return tuple(found)


def progress(
    profile: Profile, activities: Sequence[Activity], today: date, start: date | None = None
) -> Progress:
    end = period_end(profile, start)
    counted: list[Counted] = []
    not_counted: list[NotCounted] = []
    ordered = sorted(activities, key=lambda a: (a.date, a.start or time.min))
    for activity in ordered:
        reasons = reasons_for(profile, activity, today, start, end)
        if reasons:
            shortest = minimum_minutes(profile, activity.group_size)
            not_counted.append(NotCounted(activity, reasons, shortest))
        else:
            counted.append(Counted(activity, credited_minutes(profile, activity)))
    months, this_month = _months(profile, counted, ordered, today, start, end)
    return Progress(
        profile=profile,
        today=today,
        start=start,
        end=end,
        counted=tuple(counted),
        not_counted=tuple(not_counted),
        months=months,
        this_month=this_month,
        gaps=_gaps(profile, counted, today, start, end),
        series=_series(profile, ordered, today),
    )


def _months(
    profile: Profile,
    counted: Sequence[Counted],
    ordered: Sequence[Activity],
    today: date,
    start: date | None,
    end: date | None,
) -> tuple[tuple[MonthTotal, ...], MonthTotal | None]:
    """Every calendar month from the period's start (or the first activity of a kind that
    counts) to this month, with the time that counts in it."""
    if profile.monthly is None:
        return (), None
    minimum = profile.monthly.minimum_minutes
    first_day = start
    if first_day is None:
        held = [a.date for a in ordered if a.kind in profile.counts.kinds and a.date <= today]
        if not held:
            return (), None
        first_day = held[0]
    last_day = min(today, end) if end is not None else today
    per_month: dict[date, float] = defaultdict(float)
    for item in counted:
        per_month[month_start(item.activity.date)] += item.credited_minutes
    months: list[MonthTotal] = []
    month = month_start(first_day)
    current = month_start(today)
    while month <= month_start(last_day):
        months.append(MonthTotal(month, per_month.get(month, 0.0), minimum))
        month = month_start(month, 1)
    this_month = None
    if months and months[-1].month == current:
        this_month = months.pop()
    return tuple(months), this_month


def _gaps(
    profile: Profile,
    counted: Sequence[Counted],
    today: date,
    start: date | None,
    end: date | None,
) -> tuple[Gap, ...]:
    """Stretches of `gap_months` or more without an activity that counts; the last one may
    still be going on today."""
    if profile.gap_months is None:
        return ()
    length = profile.gap_months
    marks = sorted({item.activity.date for item in counted})
    if start is not None:
        marks.insert(0, start)
    found: list[Gap] = []
    for before, after in pairwise(marks):
        if after >= add_months(before, length):
            found.append(Gap(before, after, whole_months(before, after), ongoing=False))
    if marks:
        last_day = min(today, end) if end is not None else today
        if last_day >= add_months(marks[-1], length):
            found.append(Gap(marks[-1], last_day, whole_months(marks[-1], last_day), True))
    return tuple(found)


def _series(profile: Profile, ordered: Sequence[Activity], today: date) -> tuple[SeriesLength, ...]:
    if profile.series is None:
        return ()
    meetings: dict[str, int] = defaultdict(int)
    titles: dict[str, str | None] = {}
    for activity in ordered:
        if activity.series_id is None or activity.kind not in profile.counts.kinds:
            continue
        if activity.date > today:
            continue
        meetings[activity.series_id] += 1
        titles.setdefault(activity.series_id, activity.series_title)
    return tuple(
        SeriesLength(
            series_id,
            titles[series_id],
            count,
            profile.series.min_meetings,
            profile.series.max_meetings,
        )
        for series_id, count in meetings.items()
    )
