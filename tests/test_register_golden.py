"""The register documents in Dutch and English against golden files (`UPDATE_GOLDEN=1`
rewrites them): the attendance list, the statement and the hours with a monthly log."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from afstand.i18n import set_language
from afstand.models.supervision import Goal, Meeting, Series, Supervisor
from afstand.supervision.documents.evidence import (
    attendance_csv,
    attendance_document,
    hours_document,
    statement_document,
)
from afstand.supervision.documents.render import markdown
from afstand.supervision.hours import progress
from afstand.supervision.registers import load_registers

GOLDEN = Path(__file__).parent / "golden"
TODAY = date(2026, 4, 2)


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


def fixed_series() -> Series:
    days = [date(2026, 1, 12), date(2026, 1, 26), date(2026, 2, 9), date(2026, 3, 9)]
    meetings = [
        Meeting(
            id=str(uuid.UUID(int=n + 1)),
            date=day,
            start=time(14, 0),
            end=time(16, 0),
            minutes=120,
            mode="online" if n == 2 else "in-person",
        )
        for n, day in enumerate(days)
    ]
    return Series(
        id=str(uuid.UUID(int=99)),
        created=datetime(2026, 1, 1, tzinfo=UTC),
        kind="supervision",
        supervisor=Supervisor(name="Anna de Vries", registry="LVSC", number="1234"),
        group_size=2,
        planned_meetings=10,
        started=date(2026, 1, 5),
        goals=[Goal(number=1, text="I notice sooner when I start rescuing with K7.")],
        meetings=meetings,
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_register_documents_read_as_written(language: str) -> None:
    set_language(language)  # type: ignore[arg-type]
    series = fixed_series()
    registers = load_registers(None)
    check(
        f"register_attendance_{language}.md", markdown(attendance_document(series, language, TODAY))
    )
    statement = statement_document(
        series, language, TODAY, lambda text: text.replace("K7", "(client)")
    )
    check(f"register_statement_{language}.md", markdown(statement))
    results = [
        progress(registers.get("skj"), [series], date(2026, 1, 1), TODAY),
        progress(registers.get("bacp"), [series], date(2026, 1, 1), TODAY),
    ]
    check(f"register_hours_{language}.md", markdown(hours_document(results, language, TODAY)))
    if language == "en":
        check("register_attendance.csv", attendance_csv(series, TODAY))
    for text in (markdown(statement),):
        assert "K7" not in text
