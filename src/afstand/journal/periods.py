"""Periods of session dates: months, and turning --month/--year/--from/--to into a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from afstand.dates import parse_day, parse_month, parse_year, require_in_range
from afstand.errors import UsageError
from afstand.i18n import t


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


ALL_TIME = Period()


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def period_from_options(
    today: date,
    month: str | None = None,
    year: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> Period | None:
    """The period the options name, or None when they name none."""
    given = [name for name, value in (("--month", month), ("--year", year)) if value is not None]
    if start is not None or end is not None:
        given.append("--from/--to")
    if len(given) > 1:
        raise UsageError(t("period.conflict", options=", ".join(given)))
    if month is not None:
        first, last = parse_month(month)
        return Period(first, last)
    if year is not None:
        first, last = parse_year(year)
        return Period(first, last)
    if start is not None or end is not None:
        since = parse_day(start, today) if start else None
        until = _parse_end(end, today) if end else None
        if since and until and since > until:
            raise UsageError(t("period.reversed", start=since, end=until))
        return Period(since, until)
    return None


def _parse_end(text: str, today: date) -> date:
    """An end date may lie in the future (`--to 2026-12-31`)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return parse_day(text, today)
    return require_in_range(day)
