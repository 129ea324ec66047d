"""The series file keeps whatever text the user wrote, exactly, through encoding and back."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from afstand.models.supervision import Goal, Series, Supervisor
from afstand.supervision.store import decode_series, encode_series

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(goals=st.lists(TEXT, max_size=5), name=TEXT, title=st.none() | TEXT)
def test_a_series_reads_back_as_written(goals: list[str], name: str, title: str | None) -> None:
    series = Series(
        id=str(uuid.uuid4()),
        created=datetime(2026, 1, 1, tzinfo=UTC),
        kind="intervision",
        title=title,
        supervisor=Supervisor(name=name),
        planned_meetings=10,
        started=date(2026, 1, 1),
        goals=[Goal(number=i, text=g) for i, g in enumerate(goals, start=1)],
    )
    assert decode_series(encode_series(series), Path("x.json")) == series
