"""Session dates as people type them."""

from __future__ import annotations

from datetime import date, timedelta

from afstand.errors import InvalidInput
from afstand.i18n import t

# The session dates the journal accepts: a typo such as 0026-11-03 is refused, and every
# date in range has a month file of the form YYYY/YYYY-MM.json and months on both sides.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)

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
    return require_in_range(day)


def in_range(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def out_of_range_text(day: date) -> str:
    return t(
        "date.out_of_range",
        value=day.isoformat(),
        first=FIRST_DAY.isoformat(),
        last=LAST_DAY.isoformat(),
    )


def check_day_in_range(day: date) -> None:
    """Raise ValueError (for a model's field) when `day` lies outside the accepted years."""
    if not in_range(day):
        raise ValueError(out_of_range_text(day))


def require_in_range(day: date) -> date:
    """`day`, or InvalidInput (for a date typed on the command line) outside the years."""
    if not in_range(day):
        raise InvalidInput(out_of_range_text(day), hint=t("hint.date_range"))
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
    require_in_range(first)
    return first, month_start(first, 1) - timedelta(days=1)


def parse_year(text: str) -> tuple[date, date]:
    try:
        year = int(text.strip())
        first, last = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise InvalidInput(t("date.year_invalid", value=text)) from None
    return require_in_range(first), last
