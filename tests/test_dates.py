"""Session dates as people type them, in both languages, against a fixed today."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from afstand.dates import parse_day
from afstand.errors import InvalidInput
from afstand.i18n import set_language
from helpers import Cli

TODAY = date(2026, 12, 2)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("03-11-2026", date(2026, 11, 3)),
        ("3-11-2026", date(2026, 11, 3)),
        ("3/11/2026", date(2026, 11, 3)),
        ("3.11.2026", date(2026, 11, 3)),
        ("3-11-26", date(2026, 11, 3)),
        ("1/11", date(2026, 11, 1)),
        ("01-11", date(2026, 11, 1)),
        ("2/12", date(2026, 12, 2)),
        ("25/12", date(2025, 12, 25)),  # the most recent 25 December
        ("today", TODAY),
        ("Vandaag", TODAY),
        ("yesterday", date(2026, 12, 1)),
        ("gisteren", date(2026, 12, 1)),
        ("eergisteren", date(2026, 11, 30)),
        ("the day before yesterday", date(2026, 11, 30)),
        ("  the  day before   yesterday ", date(2026, 11, 30)),
        ("wednesday", TODAY),  # today is the most recent Wednesday
        ("woensdag", TODAY),
        ("monday", date(2026, 11, 30)),
        ("maandag", date(2026, 11, 30)),
        ("ma", date(2026, 11, 30)),
        ("thursday", date(2026, 11, 26)),
        ("donderdag", date(2026, 11, 26)),
        ("Sun", date(2026, 11, 29)),
        ("zo", date(2026, 11, 29)),
    ],
)
def test_a_date_as_people_type_it(typed: str, expected: date) -> None:
    assert parse_day(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed", ["31/2", "30-02-2026", "13/13", "1/11/202", "next week", "", "3-11-2026x"]
)
def test_what_is_no_date_is_refused_with_the_forms_as_a_hint(typed: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_day(typed, TODAY)
    assert "is not a date" in raised.value.message
    assert "3/11" in (raised.value.hint or "")


def test_a_date_after_today_is_refused() -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_day("3/12/2026", TODAY)
    assert "2026-12-03 lies in the future" in raised.value.message


def test_the_hint_speaks_dutch_in_dutch() -> None:
    set_language("nl")
    with pytest.raises(InvalidInput) as raised:
        parse_day("morgen?", TODAY)
    assert "is geen datum" in raised.value.message
    assert "eergisteren" in (raised.value.hint or "")


def test_reflect_takes_a_date_in_words_from_the_command_line(cli: Cli) -> None:
    answers = "client: K7\nanswers:\n  countertransference:\n    position: 4\n"
    result = cli("reflect", "--answers", "-", "--date", "eergisteren", stdin=answers)
    assert result.code == 0, result.stderr
    expected = date.today() - timedelta(days=2)
    listed = cli("list", "--json")
    assert [entry["date"] for entry in json.loads(listed.stdout)] == [expected.isoformat()]
