"""Plural forms and numbers in the user's language."""

from __future__ import annotations

import pytest

from afstand.i18n import counted, number, set_language, t


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("en", 0, "0 reflections"),
        ("en", 1, "1 reflection"),
        ("en", 2, "2 reflections"),
        ("nl", 0, "0 reflecties"),
        ("nl", 1, "1 reflectie"),
        ("nl", 12, "12 reflecties"),
    ],
)
def test_a_counted_noun_takes_its_singular_only_for_one(
    language: str, count: int, expected: str
) -> None:
    set_language(language)  # type: ignore[arg-type]
    assert counted(count, "reflection") == expected


def test_months_are_counted_in_dutch() -> None:
    set_language("nl")
    assert counted(1, "month") == "1 maand"
    assert counted(2, "month") == "2 maanden"


def test_a_message_with_a_singular_form_uses_it_for_a_count_of_one() -> None:
    assert t("report.weeks", count=1) == "1 week"
    assert t("report.weeks", count=3) == "3 weeks"
    set_language("nl")
    assert t("report.more_clients", count=1) == "en 1 andere cliënt"


def test_numbers_use_a_decimal_comma_in_dutch() -> None:
    assert number(3.456) == "3.5"
    set_language("nl")
    assert number(3.456) == "3,5"
    assert number(2, decimals=2) == "2,00"
