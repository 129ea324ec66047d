"""The due dates as an iCalendar file, parsed back by a real iCalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from afstand.registers.calendar_file import DueDate, escape_text, fold, period_due_dates, render
from afstand.registers.counting import progress
from helpers import Cli
from registers_helpers import activity, shipped

NOW = datetime(2026, 11, 30, 20, 15, tzinfo=UTC)


def parse(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_period_ends_and_handed_in_due_dates_parse_back() -> None:
    skj = progress(
        shipped("skj"), [activity("2023-01-10", 120)], date(2026, 11, 30), start=date(2022, 1, 1)
    )
    bacp = progress(shipped("bacp"), [activity("2026-11-02", 90)], date(2026, 11, 30))
    long_text = 'Verslag vóór bijeenkomst 4; reeks: Supervisie, groep "Oost"\\ ' + "é" * 80
    due = [
        *period_due_dates([skj, bacp], "en"),
        DueDate(date(2026, 12, 5), long_text, key="verslag-4", description="line one\nline two"),
    ]
    events = parse(render(due, NOW))
    assert len(events) == 2  # BACP has no period, so no end
    verslag, end = events  # by date
    assert end.decoded("DTSTART") == date(2026, 12, 31)
    assert end.decoded("DTEND") == date(2027, 1, 1)
    assert str(end["SUMMARY"]).startswith("SKJ")
    assert "58" in str(end["DESCRIPTION"])  # 60 asked, 2 counted
    assert verslag.decoded("DTSTART") == date(2026, 12, 5)
    assert str(verslag["SUMMARY"]) == long_text
    assert str(verslag["DESCRIPTION"]) == "line one\nline two"
    assert end.decoded("DTSTAMP") == NOW


def test_lines_are_folded_at_75_octets_and_never_inside_a_character() -> None:
    data = render([DueDate(date(2026, 12, 5), "é" * 200, key="k")], NOW)
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is whole characters
    assert fold("a" * 75) == "a" * 75
    assert fold("a" * 76) == "a" * 75 + "\r\n a"


def test_text_is_escaped() -> None:
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_the_uid_stays_the_same_when_written_again() -> None:
    due = [DueDate(date(2026, 12, 5), "x", key="verslag-4")]
    first = parse(render(due, NOW))[0]["UID"]
    again = parse(render(due, datetime(2027, 1, 1, tzinfo=UTC)))[0]["UID"]
    assert first == again


def test_hours_ics_writes_a_private_file_with_no_client_data(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    afstand_home.mkdir(parents=True, exist_ok=True)
    (afstand_home / "config.toml").write_text(
        '[registers]\nskj = 2022-01-01\nhcpc = "2025-09-01"\n'
    )
    log = tmp_path / "log.yaml"
    log.write_text("activities:\n  - {date: 2023-01-10, minutes: 120, kind: supervision}\n")
    target = tmp_path / "due.ics"
    result = cli("hours", "--activities", str(log), "--ics", str(target), "--date", "2026-11-30")
    assert result.code == 0, result.stderr
    assert "2 due dates written" in result.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    events = parse(target.read_bytes())
    assert [e.decoded("DTSTART") for e in events] == [date(2026, 12, 31), date(2027, 8, 31)]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\x7f")
        | st.sampled_from([";", ",", "\\", "\n", ":", '"']),
        min_size=1,
        max_size=300,
    ).filter(lambda s: s.strip() == s and s.strip())
)
def test_any_text_comes_back_as_written(text: str) -> None:
    data = render([DueDate(date(2026, 12, 5), text, key="k", description=text)], NOW)
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
    (event,) = parse(data)
    assert str(event["SUMMARY"]) == text
    assert str(event["DESCRIPTION"]) == text
