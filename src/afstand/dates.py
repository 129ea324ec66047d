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

# The session dates the journal accepts: a typo such as 0026-11-03 is refused, and every
# date in range has a month file of the form YYYY/YYYY-MM.json and months on both sides.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)

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
    return require_in_range(require_not_future(day, today))


def require_not_future(day: date, today: date) -> date:
    """`day`, or InvalidInput when a session would lie after today."""
    if day > today:
        raise InvalidInput(t("date.future", value=day.isoformat()), hint=t("hint.date"))
    return day


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
    require_in_range(first)
    return first, month_start(first, 1) - timedelta(days=1)


def parse_year(text: str) -> tuple[date, date]:
    try:
        year = int(text.strip())
        first, last = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise InvalidInput(t("date.year_invalid", value=text)) from None
    return require_in_range(first), last
