"""Month arithmetic, done in one place: shifting by months across years and at the edges."""

from __future__ import annotations

from datetime import date

import pytest

from afstand.dates import month_start, parse_month
from afstand.journal.forgetting import retention_cutoff


@pytest.mark.parametrize(
    ("day", "shift", "expected"),
    [
        (date(2026, 3, 31), 0, date(2026, 3, 1)),
        (date(2026, 1, 15), -1, date(2025, 12, 1)),
        (date(2026, 12, 15), 1, date(2027, 1, 1)),
        (date(2026, 11, 2), -23, date(2024, 12, 1)),
        (date(2026, 11, 2), 26, date(2029, 1, 1)),
    ],
)
def test_month_start_shifts_across_years(day: date, shift: int, expected: date) -> None:
    assert month_start(day, shift) == expected


def test_month_start_outside_the_calendar_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        month_start(date(1, 1, 1), -1)
    with pytest.raises(ValueError):
        month_start(date(9999, 12, 1), 1)


def test_the_last_month_of_the_calendar_ends_on_its_last_day() -> None:
    assert parse_month("2100-12") == (date(2100, 12, 1), date(2100, 12, 31))
    assert parse_month("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))


def test_retention_keeps_the_day_or_the_last_day_of_a_shorter_month() -> None:
    assert retention_cutoff(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert retention_cutoff(date(2026, 11, 2), 12) == date(2025, 11, 2)
    assert retention_cutoff(date(1, 6, 1), 12) == date.min
