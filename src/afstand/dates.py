"""Session dates as people type them, in Dutch and English.

`2026-11-03`; day first, as in the Netherlands, Flanders and Britain: `3-11-2026`, `3/11/2026`,
`3.11.2026`, `3-11-26`; without a year, `3/11` is the most recent 3 November; the words
`today`/`vandaag`, `yesterday`/`gisteren`, `the day before yesterday`/`eergisteren`; a weekday
(`monday`, `maandag`, `ma`, `mon`) is the most recent one, today included."""

from __future__ import annotations

import re
from datetime import date, timedelta

from afstand.errors import InvalidInput
from afstand.i18n import t

_DAYS_BACK = {
    "today": 0,
    "vandaag": 0,
    "yesterday": 1,
    "gisteren": 1,
    "the day before yesterday": 2,
    "day before yesterday": 2,
    "eergisteren": 2,
}
_WEEKDAYS = (
    ("monday", "mon", "maandag", "ma"),
    ("tuesday", "tue", "dinsdag", "di"),
    ("wednesday", "wed", "woensdag", "wo"),
    ("thursday", "thu", "donderdag", "do"),
    ("friday", "fri", "vrijdag", "vr"),
    ("saturday", "sat", "zaterdag", "za"),
    ("sunday", "sun", "zondag", "zo"),
)
_WEEKDAY = {name: number for number, names in enumerate(_WEEKDAYS) for name in names}
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$")


def parse_day(text: str, today: date) -> date:
    """A session date in any of the forms above; never a date after today."""
    value = " ".join(text.strip().lower().split())
    day = _in_words(value, today) or _in_numbers(value, today)
    if day is None:
        raise InvalidInput(t("date.invalid", value=text), hint=t("hint.date"))
    if day > today:
        raise InvalidInput(t("date.future", value=day.isoformat()), hint=t("hint.date"))
    return day


def _in_words(value: str, today: date) -> date | None:
    if value in _DAYS_BACK:
        return today - timedelta(days=_DAYS_BACK[value])
    if value in _WEEKDAY:
        return today - timedelta(days=(today.weekday() - _WEEKDAY[value]) % 7)
    return None


def _in_numbers(value: str, today: date) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    match = _DAY_FIRST.match(value)
    if match is None:
        return None
    day, month, year = match.groups()
    try:
        if year is None:
            this_year = date(today.year, int(month), int(day))
            return this_year if this_year <= today else this_year.replace(year=today.year - 1)
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        return date(full_year, int(month), int(day))
    except ValueError:  # 31/2, or 29/2 in a year that has none
        return None


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
