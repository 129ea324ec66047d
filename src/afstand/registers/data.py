"""The progress of each register as data, for `afstand hours --json`. The keys are stable
(documented in the README); hours are numbers, dates `YYYY-MM-DD`."""

from __future__ import annotations

from typing import Any

from afstand.registers.activity import Activity
from afstand.registers.counting import Progress


def _hours(minutes: float) -> float:
    return round(minutes / 60, 2)


def _activity(activity: Activity) -> dict[str, Any]:
    return {
        "date": activity.date.isoformat(),
        "start": activity.start.strftime("%H:%M") if activity.start else None,
        "end": activity.end.strftime("%H:%M") if activity.end else None,
        "minutes": activity.minutes,
        "kind": activity.kind,
        "mode": activity.mode,
        "group_size": activity.group_size,
        "series_id": activity.series_id,
        "series_title": activity.series_title,
    }


def progress_data(progress: Progress, lang: str) -> dict[str, Any]:
    profile = progress.profile
    remaining = progress.remaining_minutes
    return {
        "register": profile.id,
        "name": profile.name.get(lang),
        "unit": profile.unit,
        "period": {
            "start": progress.start.isoformat() if progress.start else None,
            "end": progress.end.isoformat() if progress.end else None,
            "months_left": progress.months_left,
            "start_missing": progress.period_needs_start,
        },
        "required_hours": profile.required_hours,
        "counted_hours": _hours(progress.counted_minutes),
        "remaining_hours": None if remaining is None else _hours(remaining),
        "counted": [
            {**_activity(item.activity), "credited_hours": _hours(item.credited_minutes)}
            for item in progress.counted
        ],
        "not_counted": [
            {**_activity(item.activity), "reasons": list(item.reasons)}
            for item in progress.not_counted
        ],
        "months": [
            {
                "month": f"{month.month:%Y-%m}",
                "hours": _hours(month.minutes),
                "minimum_hours": _hours(month.minimum),
                "short": month.short,
            }
            for month in progress.months
        ],
        "this_month": None
        if progress.this_month is None
        else {
            "month": f"{progress.this_month.month:%Y-%m}",
            "hours": _hours(progress.this_month.minutes),
            "minimum_hours": _hours(progress.this_month.minimum),
        },
        "gaps": [
            {
                "after": gap.after.isoformat(),
                "until": gap.until.isoformat(),
                "months": gap.months,
                "ongoing": gap.ongoing,
            }
            for gap in progress.gaps
        ],
        "series": [
            {
                "series_id": series.series_id,
                "title": series.title,
                "meetings": series.meetings,
                "min_meetings": series.minimum,
                "max_meetings": series.maximum,
                "fits": series.fits,
            }
            for series in progress.series
        ],
        "source": profile.source,
        "rules_checked": profile.checked,
    }
