"""Session dates as people type them."""

from __future__ import annotations

from datetime import date, timedelta

from afstand.errors import InvalidInput
from afstand.i18n import t

_TODAY = {"today", "vandaag"}
_YESTERDAY = {"yesterday", "gisteren"}


def parse_day(text: str, today: date) -> date:
    """`YYYY-MM-DD`, `today`/`vandaag` or `yesterday`/`gisteren`; never a date after today."""
    value = text.strip().lower()
    if value in _TODAY:
        return today
    if value in _YESTERDAY:
        return today - timedelta(days=1)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(t("date.invalid", value=text), hint=t("hint.date")) from None
    if day > today:
        raise InvalidInput(t("date.future", value=day.isoformat()), hint=t("hint.date"))
    return day


def month_start(day: date, shift: int = 0) -> date:
    """The first day of the month `shift` months after that of `day` (before it when negative).
    Raises ValueError outside the years 1 to 9999, like `date` itself."""
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def parse_month(text: str) -> tuple[date, date]:
    """`YYYY-MM` → the first and last day of that month."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise InvalidInput(t("date.month_invalid", value=text), hint=t("hint.month")) from None
    if first.year == date.max.year and first.month == 12:
        return first, date.max
    return first, month_start(first, 1) - timedelta(days=1)


def parse_year(text: str) -> tuple[date, date]:
    try:
        year = int(text.strip())
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise InvalidInput(t("date.year_invalid", value=text)) from None
