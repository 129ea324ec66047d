"""Hours that count: the meetings of every series judged by one register's profile, in the
professional's registration period. Every meeting gets a verdict with its reason, so that what
does not count is never a silent gap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, Literal

from afstand.dates import month_start
from afstand.i18n import number
from afstand.models.register import RegisterProfile
from afstand.models.supervision import Meeting, Series

Reason = Literal["kind", "mode", "too-short", "before-period", "after-period", "not-yet-held"]


@dataclass(frozen=True)
class Verdict:
    series: str
    day: date
    minutes: int
    counted_minutes: float  # 0 when it does not count
    reason: Reason | None
    least_minutes: int = 0  # the shortest meeting that counts for this one's group
    kind: str = ""  # of the series
    mode: str = ""


@dataclass
class Progress:
    profile: RegisterProfile
    start: date
    end: date | None  # the last day of the period; None for a period without end
    verdicts: list[Verdict]
    short_months: list[tuple[str, float]] = field(default_factory=list)  # (YYYY-MM, hours)
    series_outside: list[tuple[str, int]] = field(default_factory=list)  # (series, meetings)
    gaps: list[tuple[date, date]] = field(default_factory=list)  # without a counted meeting

    @property
    def counted_hours(self) -> float:
        return sum(v.counted_minutes for v in self.verdicts) / 60

    def months(self, today: date) -> list[tuple[str, float]]:
        """Every whole calendar month of the period before this one, with its counted hours."""
        per_month: dict[str, float] = {}
        for verdict in self.verdicts:
            if verdict.reason is None:
                key = verdict.day.strftime("%Y-%m")
                per_month[key] = per_month.get(key, 0.0) + verdict.counted_minutes / 60
        found = []
        month = month_start(self.start)
        last = month_start(today, -1)
        if self.end is not None:
            last = min(last, month_start(self.end))
        while month <= last:
            key = month.strftime("%Y-%m")
            found.append((key, per_month.get(key, 0.0)))
            month = month_start(month, 1)
        return found

    @property
    def still_needed(self) -> float | None:
        required = self.profile.required_hours
        if required is None:
            return None
        return max(0.0, float(required) - self.counted_hours)

    def as_data(self) -> dict[str, Any]:
        return {
            "register": self.profile.id,
            "unit": self.profile.unit,
            "period": {
                "from": self.start.isoformat(),
                "to": self.end.isoformat() if self.end else None,
            },
            "counted_hours": round(self.counted_hours, 2),
            "required_hours": self.profile.required_hours,
            "still_needed": None if self.still_needed is None else round(self.still_needed, 2),
            "meetings": [
                {
                    "series": v.series,
                    "date": v.day.isoformat(),
                    "minutes": v.minutes,
                    "counted_minutes": round(v.counted_minutes, 2),
                    "reason": v.reason,
                }
                for v in self.verdicts
            ],
            "short_months": [{"month": m, "hours": round(h, 2)} for m, h in self.short_months],
            "series_outside": [{"series": s, "meetings": n} for s, n in self.series_outside],
            "gaps": [{"from": a.isoformat(), "to": b.isoformat()} for a, b in self.gaps],
        }


def whole_hours(value: float) -> str:
    """`60` for a whole number of hours, else as `number` writes it (`1,5`)."""
    return str(int(value)) if float(value).is_integer() else number(float(value))


def period_end(profile: RegisterProfile, start: date) -> date | None:
    if profile.period_years is None:
        return None
    try:
        after = start.replace(year=start.year + profile.period_years)
    except ValueError:  # 29 February
        after = start.replace(year=start.year + profile.period_years, day=28)
    return after - timedelta(days=1)


def judge(
    profile: RegisterProfile,
    series: Series,
    meeting: Meeting,
    start: date,
    end: date | None,
    today: date,
) -> Verdict:
    reason: Reason | None = None
    if series.kind not in profile.kinds:
        reason = "kind"
    elif meeting.mode not in profile.modes:
        reason = "mode"
    elif meeting.minutes < profile.least_minutes(series.group_size):
        reason = "too-short"
    elif meeting.date < start:
        reason = "before-period"
    elif end is not None and meeting.date > end:
        reason = "after-period"
    elif meeting.date > today:
        reason = "not-yet-held"  # only what was completed counts
    counted = 0.0
    if reason is None:
        counted = float(meeting.minutes)
        if profile.group_time == "divided":
            counted /= series.group_size
    least = profile.least_minutes(series.group_size)
    return Verdict(
        series.id[:8],
        meeting.date,
        meeting.minutes,
        counted,
        reason,
        least,
        series.kind,
        meeting.mode,
    )


def progress(profile: RegisterProfile, every: list[Series], start: date, today: date) -> Progress:
    end = period_end(profile, start)
    verdicts = [
        judge(profile, series, meeting, start, end, today)
        for series in every
        for meeting in series.ordered_meetings()
    ]
    verdicts.sort(key=lambda v: (v.day, v.series))
    result = Progress(profile=profile, start=start, end=end, verdicts=verdicts)
    if profile.monthly_minimum_hours is not None:
        result.short_months = _short_months(profile, verdicts, start, end, today)
    if profile.gap_months is not None:
        result.gaps = _gaps(profile.gap_months, verdicts, start, end, today)
    rule = profile.series_meetings
    if rule is not None:
        for series in every:
            held = sum(1 for m in series.meetings if m.date <= today)
            if series.kind in profile.kinds and not rule.min <= series.planned_meetings <= rule.max:
                result.series_outside.append((series.id[:8], series.planned_meetings))
            elif series.kind in profile.kinds and held > rule.max:
                result.series_outside.append((series.id[:8], held))
    return result


def _short_months(
    profile: RegisterProfile,
    verdicts: list[Verdict],
    start: date,
    end: date | None,
    today: date,
) -> list[tuple[str, float]]:
    """Every whole calendar month of the period before this one whose counted hours fall
    below the monthly minimum (no averaging across months)."""
    assert profile.monthly_minimum_hours is not None
    per_month: dict[str, float] = {}
    for verdict in verdicts:
        if verdict.reason is None:
            key = verdict.day.strftime("%Y-%m")
            per_month[key] = per_month.get(key, 0.0) + verdict.counted_minutes / 60
    short = []
    month = month_start(start)
    last = month_start(today, -1)
    if end is not None:
        last = min(last, month_start(end))
    while month <= last:
        key = month.strftime("%Y-%m")
        hours = per_month.get(key, 0.0)
        if hours + 1e-9 < float(profile.monthly_minimum_hours):
            short.append((key, hours))
        month = month_start(month, 1)
    return short


def _months_later(day: date, months: int) -> date:
    first = month_start(day, months)
    last_day = (month_start(first, 1) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last_day))


def _gaps(
    months: int, verdicts: list[Verdict], start: date, end: date | None, today: date
) -> list[tuple[date, date]]:
    """Stretches of `months` months or more without a counted meeting: from the start of the
    period (or a meeting) to the next meeting (or today, or the end of the period)."""
    stop = min(today, end) if end is not None else today
    marks = [start, *sorted({v.day for v in verdicts if v.reason is None}), stop]
    return [
        (before, after)
        for before, after in pairwise(marks)
        if after >= _months_later(before, months)
    ]
