"""The report's quick paths against the plain ones, over random small journals: the views read
with each answer worked out once per month equal the views built answer by answer, the
figures equal what the answers say when counted by hand, and the comparison with the period
before equals the report of that period made on its own."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from statistics import mean
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afstand.journal.format import AnswerFacts, stored_answers
from afstand.journal.periods import Period
from afstand.models.month_file import StoredEntry
from afstand.report.entries import (
    POSITION_AXES,
    REPORT_DIMENSIONS,
    Chosen,
    EntryView,
    read_views,
)
from afstand.report.figures import build_report
from report_helpers import OCTOBER, TODAY, JournalBuilder

SEPTEMBER = Period(date(2026, 9, 1), date(2026, 9, 30))
CLIENTS = ("K7", "AB1", "MW-03")
NEEDS = ("limits", "support", "place", "protection", "nurture")
OCTANTS = ("submissive", "friendly", "hostile", "dominant")

reflection = st.fixed_dictionaries(
    {
        "client": st.sampled_from(CLIENTS),
        "day": st.dates(min_value=date(2026, 9, 1), max_value=date(2026, 10, 31)),
        "position": st.integers(min_value=1, max_value=7),
        "type1": st.lists(st.sampled_from(("reserved", "withdrawing", "avoiding")), unique=True),
        "type2": st.lists(st.sampled_from(("rescuing", "merging", "identified")), unique=True),
        "messages": st.lists(st.sampled_from(OCTANTS), unique=True, max_size=2),
        "pull": st.integers(min_value=0, max_value=4),
        "needs": st.dictionaries(st.sampled_from(NEEDS), st.integers(min_value=0, max_value=4)),
        "supervision": st.booleans(),
    }
)


def words(text: Any) -> dict[str, str]:
    return {lang: value for lang, value in (("nl", text.nl), ("en", text.en)) if value}


def plain_view(stored: StoredEntry, answers: list[AnswerFacts]) -> EntryView:
    """An entry's view built answer by answer, the straightforward way."""
    view = EntryView(
        stored.id,
        stored.date,
        stored.client,
        stored.supervision,
        stored.supervision_question,
        stored.phase == "quick",
    )
    for answer in answers:
        view.sets.add(answer.set_id)
        for dimension, tag in answer.tags.items():
            view.dimensions.setdefault(dimension, set()).add(answer.set_id)
            if dimension == "axis":
                view.dimensions.setdefault(f"axis:{tag}", set()).add(answer.set_id)
        if answer.type == "scale" and isinstance(answer.value, int):
            value, low, high = answer.value, answer.min, answer.max
            axis = answer.tags.get("axis")
            if axis in POSITION_AXES and low is not None and high is not None:
                setattr(view, axis, (value, low, high))
                view.anchors[axis] = {k: words(v) for k, v in answer.anchors.items()}
            for dimension, tag in answer.tags.items():
                if dimension != "axis" or tag not in POSITION_AXES:
                    view.scales.append((dimension, tag, value, low, high))
            if not set(answer.tags) & REPORT_DIMENSIONS:
                key = f"{answer.set_id}.{answer.question}"
                view.generic.append((key, words(answer.prompt), value))
        for option in answer.options:
            for dimension in option.tags:
                view.dimensions.setdefault(dimension, set()).add(answer.set_id)
            feedback = words(option.feedback) if option.feedback is not None else None
            chosen = Chosen(answer.set_id, option.id, words(option.label), option.tags, feedback)
            view.chosen.append(chosen)
            for dimension in option.tags:
                view.by_dimension.setdefault(dimension, []).append(chosen)
    for chosen in view.by_dimension.get("pole", []):
        ids = view.poles.setdefault(chosen.tags["pole"], [])
        if chosen.id not in ids:
            ids.append(chosen.id)
    view.messages = [c.tags["octant"] for c in view.by_dimension.get("octant", [])]
    view.pulls = [c.tags["pull"] for c in view.by_dimension.get("pull", [])]
    view.felt = next(
        (
            v > low
            for d, tag, v, low, _ in view.scales
            if (d, tag) == ("pull", "felt") and low is not None
        ),
        None,
    )
    return view


def write(builder: JournalBuilder, given: dict[str, Any]) -> None:
    builder.add(
        given["client"],
        given["day"].isoformat(),
        position=given["position"],
        type1=given["type1"],
        type2=given["type2"],
        messages=given["messages"],
        pull=given["pull"] if given["messages"] else None,
        needs=given["needs"],
        supervision=given["supervision"],
    )


def in_period(written: list[dict[str, Any]], period: Period) -> list[dict[str, Any]]:
    return [w for w in written if period.contains(w["day"])]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(written=st.lists(reflection, min_size=0, max_size=10))
def test_the_quick_paths_equal_the_plain_ones(
    written: list[dict[str, Any]], afstand_home: Path
) -> None:
    home = Path(tempfile.mkdtemp(prefix="afstand-report-"))
    try:
        builder = JournalBuilder(home)
        for given_entry in written:
            write(builder, given_entry)
        journal = builder.journal
        for client in (None, "K7"):
            plain = sorted(
                (
                    plain_view(stored, list(stored_answers(month, stored)))
                    for month, stored in journal.stored(OCTOBER)
                    if client is None or stored.client == client
                ),
                key=lambda v: v.day,
            )
            assert read_views(journal, OCTOBER, client) == plain

        data = builder.report(OCTOBER).as_data()
        october = in_period(written, OCTOBER)
        assert data["entries"] == len(october)
        assert data["clients"] == len({w["client"] for w in october})
        assert data["poles"] == {
            "distance": sum(1 for w in october if w["type1"]),
            "proximity": sum(1 for w in october if w["type2"]),
        }
        positions = [w["position"] for w in october]
        assert data["affiliation"]["n"] == len(positions)
        assert data["affiliation"]["mean"] == (round(mean(positions), 2) if positions else None)
        for need in NEEDS:
            values = [w["needs"][need] for w in october if need in w["needs"]]
            measure = data["needs"].get(need)
            if values:
                assert (measure["n"], measure["mean"]) == (len(values), round(mean(values), 2))
            else:
                assert measure is None
        noted = Counter(o for w in october for o in w["messages"])
        assert data["octants"] == {o: n for o, n in noted.items() if n}
        assert {row["client"]: row["entries"] for row in data["per_client"]} == dict(
            Counter(w["client"] for w in october)
        )
        assert len(data["supervision"]) == sum(1 for w in october if w["supervision"])

        # the period before, compared in the same report, is that period's own report
        before = builder.report(SEPTEMBER).as_data()
        previous = data["previous"]
        assert previous["period"] == {"from": "2026-09-01", "to": "2026-09-30"}
        assert previous["entries"] == before["entries"]
        assert previous["clients"] == before["clients"]
        assert previous["poles"] == before["poles"]
        assert previous["affiliation_mean"] == before["affiliation"]["mean"]
        assert previous["control_mean"] == before["control"]["mean"]
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_a_report_over_a_month_reads_no_other_months(
    afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = JournalBuilder(afstand_home)
    for day in ("2026-07-03", "2026-08-03", "2026-09-03", "2026-10-03"):
        builder.add("K7", day, position=4)
    read: list[str] = []
    original = builder.journal.read

    def counting(month: str) -> Any:
        read.append(month)
        return original(month)

    monkeypatch.setattr(builder.journal, "read", counting)
    report = build_report(builder.journal, OCTOBER, None, TODAY)
    assert report.entries == 1
    assert report.previous is not None and report.previous.entries == 1
    assert sorted(set(read)) == ["2026-09", "2026-10"]


def test_months_that_hold_other_words_under_the_same_key_each_keep_their_own(
    afstand_home: Path,
) -> None:
    builder = JournalBuilder(afstand_home)
    for day in ("2026-08-04", "2026-09-03", "2026-10-02"):
        builder.add("K7", day, position=6, type2=["rescuing"])
    # September's file edited by hand: other words for the anchor and the option, under the
    # key that August and October hold for the words as they were
    path = builder.journal.month_path("2026-09")
    document = json.loads(path.read_text(encoding="utf-8"))
    (wording,) = document["wordings"].values()
    question = wording["questions"]["position"]
    question["anchors"]["6"]["en"] = "edited anchor"
    for option in wording["questions"]["type2_signals"]["options"]:
        if option["id"] == "rescuing":
            option["label"]["en"] = "edited label"
    path.write_text(json.dumps(document), encoding="utf-8")
    keys = {
        month: set(json.loads(builder.journal.month_path(month).read_text("utf-8"))["wordings"])
        for month in ("2026-08", "2026-09", "2026-10")
    }
    assert keys["2026-08"] == keys["2026-09"] == keys["2026-10"]

    views = read_views(builder.journal, Period(date(2026, 8, 1), date(2026, 10, 31)), None)
    anchors = [v.anchors["affiliation"][6]["en"] for v in views]
    labels = [c.label["en"] for v in views for c in v.chosen]
    assert anchors == ["too close", "edited anchor", "too close"]
    assert labels[1] == "edited label"
    assert labels[0] == labels[2] != "edited label"
