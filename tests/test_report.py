"""`afstand report`: the figures of the monthly mirror (checked against numbers worked out by
hand below), its attention points at their boundaries, its periods, languages and errors.

The fixture journal of most tests is `write_october` in report_helpers.py; its table is the
source of every expected number here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from afstand.i18n import set_language
from afstand.journal.periods import Period
from helpers import Cli, flat, squash
from report_helpers import OCTOBER, JournalBuilder, write_october

README_KEYS = {
    "period",
    "client",
    "entries",
    "clients",
    "per_week",
    "small_sample",
    "quick",
    "poles",
    "signals",
    "octants",
    "octant_clients",
    "pull",
    "needs",
    "abc",
    "affiliation",
    "control",
    "power",
    "legs",
    "sought",
    "strain",
    "weeks",
    "per_client",
    "generic",
    "attention",
    "supervision",
    "supervision_questions",
    "previous",
    "disclaimer",
    # added with the distribution, the true denominators and the circle
    "minimum",
    "poles_asked",
    "pole_sets",
    "signal_labels",
    "roles",
    "source",
    "touch",
    "circle",
    "chart_unit",
    "chart",
    "abc_weeks",
    "course",
}
ORIGINAL_CODES = {
    "type2-with-client",
    "type1-with-client",
    "extreme-close",
    "extreme-distant",
    "need-under-pressure",
    "no-reflection",
}
ATTENTION_CODES = {
    "type2-with-client",
    "type1-with-client",
    "extreme-close",
    "extreme-distant",
    "need-under-pressure",
    "no-reflection",
    "alternating-extremes",
    "touch-without-consent",
}


@pytest.fixture
def builder(afstand_home: Path) -> JournalBuilder:
    return JournalBuilder(afstand_home)


@pytest.fixture
def october(builder: JournalBuilder) -> dict[str, str]:
    return write_october(builder)


def report_json(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("report", *args, "--json")
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def report_text(cli: Cli, *args: str) -> str:
    result = cli("report", *args)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def data_of(builder: JournalBuilder, period: Period = OCTOBER, client: str | None = None):
    return builder.report(period, client).as_data()


def documented(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    """Only the keys that the README documented before the report grew: they keep meaning
    what they meant."""
    return {key: data[key] for key in keys}


def points(data: dict[str, Any], code: str) -> list[dict[str, str]]:
    return [p for p in data["attention"] if p["code"] == code]


# --- the figures of a month ---------------------------------------------------------------


def test_json_has_exactly_the_documented_keys(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    assert set(data) == README_KEYS
    for point in data["attention"]:
        assert set(point) == {"code", "message", "evidence", "client", "strength"}


def documented_keys() -> list[str]:
    """The keys in the first column of the README's `afstand report --json` table."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### `afstand report --json`", 1)[1].split("\n## ", 1)[0]
    keys = []
    for row in table.splitlines():
        if row.startswith("| `"):
            keys += [key.strip(" `") for key in row.split("|")[1].split(",")]
    return keys


def test_the_readme_table_lists_every_key_once(cli: Cli, october) -> None:
    keys = documented_keys()
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert set(keys) == set(report_json(cli, "--month", "2026-10")) == README_KEYS


def test_overview_counts_only_the_month(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # #1..#8; not 09-30 (the day before) nor 11-01 (the day after)
    assert data["period"] == {"from": "2026-10-01", "to": "2026-10-31"}
    assert data["client"] is None
    assert data["entries"] == 8
    assert data["clients"] == 3  # K7, MW-03, AB1 ("k7" is K7)
    assert data["per_week"] == 1.81  # 8 × 7 / 31 days = 1.806…
    assert data["small_sample"] is False  # 8 ≥ 5


def test_poles_count_entries_and_signals_count_options(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # Type I in #3, #4; Type II in #1, #2, #3, #7 (#1 has two signals: still one entry)
    assert data["poles"] == {"distance": 2, "proximity": 4}
    # rescuing #1 #2 #7; withdrawing #3 #4; merging #1; identified #3; avoiding #4
    assert data["signals"] == {
        "rescuing": 3,
        "withdrawing": 2,
        "merging": 1,
        "identified": 1,
        "avoiding": 1,
    }
    assert list(data["signals"])[:2] == ["rescuing", "withdrawing"]  # most frequent first


def test_octants_and_pull(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # submissive #1 #2 (K7) #6 (AB1); friendly #2 (K7); hostile #4 (MW-03)
    assert data["octants"] == {"hostile": 1, "submissive": 3, "friendly": 1}
    assert data["octant_clients"] == {"submissive": 2, "friendly": 1, "hostile": 1}
    # a message in #1 #2 #4 #6; pull 3, 0, 2, 1 → felt (above 0) in 3;
    # went along: fully #1, partly #2, not #4 #6
    # felt_n: the pull question was answered in #1 #2 #4 #6
    assert data["pull"] == {
        "messages": 4,
        "felt": 3,
        "felt_n": 4,
        "followed": 1,
        "partly": 1,
        "resisted": 2,
    }


def test_needs_mean_n_and_under_pressure(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # limits: 3 4 2 3 1 → mean 13/5 = 2.6; ≥ 3 (upper quarter of 0..4): 3, 4, 3 → 3
    keys = ("mean", "n", "count", "under_pressure")
    assert {need: documented(f, *keys) for need, f in data["needs"].items()} == {
        "place": {"mean": 0, "n": 1, "count": 0, "under_pressure": 0},
        "nurture": {"mean": 2, "n": 1, "count": 0, "under_pressure": 0},
        "support": {"mean": 1, "n": 1, "count": 0, "under_pressure": 0},
        "protection": {"mean": 4, "n": 1, "count": 0, "under_pressure": 1},
        "limits": {"mean": 2.6, "n": 5, "count": 0, "under_pressure": 3},
    }
    # a mean is shown from 5 answers on: only limits has enough
    assert [need for need, f in data["needs"].items() if f["enough"]] == ["limits"]


def test_abc(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # attention 2, 4 → 3; balance 1, 2 → 1.5; connection 3, 1 → 2
    assert {part: documented(f, "mean", "n", "count") for part, f in data["abc"].items()} == {
        "attention": {"mean": 3, "n": 2, "count": 0},
        "balance": {"mean": 1.5, "n": 2, "count": 0},
        "connection": {"mean": 2, "n": 2, "count": 0},
    }


def test_affiliation_distribution_has_every_value_and_control(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # positions 6 7 5 2 3 4 6 (#8 has none) → n 7, 33/7 = 4.714…
    assert documented(data["affiliation"], "mean", "n", "min", "max", "distribution") == {
        "mean": 4.71,
        "n": 7,
        "min": 1,
        "max": 7,
        "distribution": {"1": 0, "2": 1, "3": 1, "4": 1, "5": 1, "6": 2, "7": 1},
    }
    # the distribution in three: below 4 (2, 3), at 4, above 4 (6 7 5 6); the distance from
    # the middle 2+3+1+2+1+0+2 = 11, over 7 answers = 1.571…; asked in #1..#7 (#8 has no set
    # with the position)
    assert data["affiliation"]["bands"] == {"low": 2, "middle": 1, "high": 4}
    assert data["affiliation"]["distance_from_balance"] == 1.57
    assert data["affiliation"]["asked"] == 7
    assert data["affiliation"]["enough"] is True
    assert data["affiliation"]["anchors"]["4"] == "balanced"
    # control 5 6 4 3 4 → 22/5; asked in the five reflections with the Kiesler set
    assert documented(data["control"], "mean", "n") == {"mean": 4.4, "n": 5}
    assert data["control"]["asked"] == 5
    assert data["control"]["bands"] == {"low": 1, "middle": 2, "high": 2}


def test_weeks_and_per_client(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # weeks from Monday 09-28 (1 October is a Thursday) to the week of 10-31
    assert [documented(w, "week", "entries", "affiliation_mean") for w in data["weeks"]] == [
        {"week": "2026-09-28", "entries": 1, "affiliation_mean": 6},  # #1
        {"week": "2026-10-05", "entries": 2, "affiliation_mean": 6},  # #2 #3: (7+5)/2
        {"week": "2026-10-12", "entries": 2, "affiliation_mean": 2.5},  # #4 #5: (2+3)/2
        {"week": "2026-10-19", "entries": 2, "affiliation_mean": 5},  # #6 #7: (4+6)/2
        {"week": "2026-10-26", "entries": 1, "affiliation_mean": None},  # #8, no position
    ]
    # most reflections first, then by code
    old_keys = ("client", "entries", "affiliation_mean", "affiliation_n", "poles")
    assert [documented(row, *old_keys) for row in data["per_client"]] == [
        {
            "client": "K7",
            "entries": 4,
            "affiliation_mean": 6,  # (6+7+5+6)/4
            "affiliation_n": 4,
            "poles": {"distance": 1, "proximity": 4},
        },
        {
            "client": "AB1",
            "entries": 2,
            "affiliation_mean": 4,
            "affiliation_n": 1,
            "poles": {"distance": 0, "proximity": 0},
        },
        {
            "client": "MW-03",
            "entries": 2,
            "affiliation_mean": 2.5,
            "affiliation_n": 2,
            "poles": {"distance": 1, "proximity": 0},
        },
    ]


def test_supervision_ids_and_questions(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    assert data["supervision"] == [october["1"], october["6"]]
    assert data["supervision_questions"] == [
        {
            "id": october["1"],
            "date": "2026-10-02",
            "client": "K7",
            "question": "Why do I want to rescue her?",
        },
        {"id": october["6"], "date": "2026-10-20", "client": "AB1", "question": None},
    ]


def test_previous_of_a_month_is_the_calendar_month_before(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10")
    # September: K7 09-10 (4, Type I, control 4) and MW-03 09-30 (2, Type II)
    previous_keys = ("period", "entries", "clients", "poles", "affiliation_mean", "control_mean")
    assert data["previous"]["enough"] is False  # 2 reflections before: too few to compare
    assert documented(data["previous"], *previous_keys) == {
        "period": {"from": "2026-09-01", "to": "2026-09-30"},
        "entries": 2,
        "clients": 2,
        "poles": {"distance": 1, "proximity": 1},
        "affiliation_mean": 3,
        "control_mean": 4,
    }


def test_previous_of_ten_days_is_the_ten_days_before(cli: Cli, october) -> None:
    data = report_json(cli, "--from", "2026-10-11", "--to", "2026-10-20")
    # now: #4 #5 (MW-03) #6 (AB1); 3 × 7 / 10 days
    assert data["period"] == {"from": "2026-10-11", "to": "2026-10-20"}
    assert (data["entries"], data["clients"], data["per_week"]) == (3, 2, 2.1)
    # before: 10-01..10-10 holds #1 #2 #3 (K7): positions 6 7 5, control 5 6 4
    previous_keys = ("period", "entries", "clients", "poles", "affiliation_mean", "control_mean")
    assert documented(data["previous"], *previous_keys) == {
        "period": {"from": "2026-10-01", "to": "2026-10-10"},
        "entries": 3,
        "clients": 1,
        "poles": {"distance": 1, "proximity": 3},
        "affiliation_mean": 6,
        "control_mean": 5,
    }


def test_from_and_to_are_inclusive(cli: Cli, october) -> None:
    assert report_json(cli, "--from", "2026-10-02", "--to", "2026-10-30")["entries"] == 8
    assert report_json(cli, "--from", "2026-10-03", "--to", "2026-10-29")["entries"] == 6


def test_a_period_across_the_year_boundary(cli: Cli, builder) -> None:
    builder.add("MW-03", "2025-12-05", position=4)
    builder.add("K7", "2025-12-28", position=5, type2=["rescuing"])
    builder.add("K7", "2026-01-03", position=3, type1=["avoiding"])
    builder.add("AB1", "2026-01-20", position=6)

    january = report_json(cli, "--month", "2026-01")
    assert (january["entries"], january["affiliation"]["mean"]) == (2, 4.5)  # 3, 6
    assert january["previous"]["period"] == {"from": "2025-12-01", "to": "2025-12-31"}
    assert january["previous"]["entries"] == 2
    assert january["previous"]["affiliation_mean"] == 4.5  # 4, 5

    across = report_json(cli, "--from", "2025-12-15", "--to", "2026-01-15")
    # 12-28 and 01-03; 32 days, so the 32 days before: 2025-11-13 .. 2025-12-14
    assert across["entries"] == 2
    assert across["poles"] == {"distance": 1, "proximity": 1}
    assert across["affiliation"]["mean"] == 4  # (5 + 3) / 2
    assert across["previous"]["period"] == {"from": "2025-11-13", "to": "2025-12-14"}
    assert across["previous"]["entries"] == 1  # 12-05
    # the weeks run on from 2025 into 2026: Mondays 12-15, 12-22, 12-29, 01-05, 01-12
    assert [w["week"] for w in across["weeks"]] == [
        "2025-12-15",
        "2025-12-22",
        "2025-12-29",
        "2026-01-05",
        "2026-01-12",
    ]
    assert [w["entries"] for w in across["weeks"]] == [0, 1, 1, 0, 0]


# --- attention points --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("with_signal", "expected"),
    [
        pytest.param([1, 0, 1, 0, 1, 0], True, id="3-of-6"),
        pytest.param([1, 0, 1, 0, 1, 0, 0], False, id="3-of-7-less-than-half"),
        pytest.param([1, 0, 1, 0, 0], False, id="2-of-5"),
        pytest.param([1, 1], False, id="2-of-2-fewer-than-3-reflections"),
        # "≥ half of ≥ 3 reflections": three reflections is enough, not three signals
        pytest.param([1, 0, 1], True, id="2-of-3"),
        pytest.param([1, 0, 1, 0], True, id="2-of-4"),
    ],
)
def test_type2_signals_in_half_of_at_least_three_reflections(
    builder: JournalBuilder, with_signal: list[int], expected: bool
) -> None:
    for day, signal in enumerate(with_signal, start=1):
        builder.add("K7", f"2026-10-{day:02d}", position=4, type2=["rescuing"] if signal else [])
    found = points(data_of(builder), "type2-with-client")
    assert bool(found) is expected
    if expected:
        hits, total = sum(with_signal), len(with_signal)
        dates = [f"2026-10-{day:02d}" for day, s in enumerate(with_signal, start=1) if s]
        assert found[0]["evidence"] == "on " + ", ".join(dates)
        assert found[0]["message"] == (
            f"K7: signals of too much closeness in {hits} of {total} reflections"
            " – something for supervision?"
        )
        assert found[0]["client"] == "K7"


def test_type1_signals_count_per_client(builder: JournalBuilder) -> None:
    # MW-03: Type I in 3 of 5; K7 has Type I once, among 3 reflections
    for day, signal in zip((1, 3, 5, 7, 9), (1, 1, 0, 1, 0), strict=True):
        builder.add("MW-03", f"2026-10-{day:02d}", position=3, type1=["avoiding"] if signal else [])
    for day in (2, 4, 6):
        builder.add("K7", f"2026-10-{day:02d}", position=3, type1=["avoiding"] if day == 2 else [])
    found = points(data_of(builder), "type1-with-client")
    assert [p["message"].split(" – ")[0] for p in found] == [
        "MW-03: signals of too much distance in 3 of 5 reflections"
    ]
    assert [p["evidence"] for p in found] == ["on 2026-10-01, 2026-10-03, 2026-10-07"]
    assert not points(data_of(builder), "type2-with-client")


@pytest.mark.parametrize(
    ("positions", "code"),
    [
        pytest.param([7, 7, 7], "extreme-close", id="three-7s"),
        pytest.param([1, 1, 1], "extreme-distant", id="three-1s"),
        pytest.param([4, 7, 7, 7, 4], "extreme-close", id="three-7s-in-the-middle"),
        pytest.param([7, 7, 5, 7], None, id="7-7-5-7"),
        pytest.param([1, 1, 4, 1, 1], None, id="1-1-4-1-1"),
        pytest.param([7, 7], None, id="two-7s"),
        # the outer fifth of 1..7 is 1 or 7: a 6 or a 2 is no extreme position
        pytest.param([6, 6, 6], None, id="three-6s"),
        pytest.param([2, 2, 2], None, id="three-2s"),
    ],
)
def test_the_same_extreme_position_three_times_in_a_row(
    builder: JournalBuilder, positions: list[int], code: str | None
) -> None:
    days = []
    for day, position in enumerate(positions, start=1):
        builder.add("K7", f"2026-10-{day * 2:02d}", position=position)
        days.append(f"2026-10-{day * 2:02d}")
    data = data_of(builder)
    found = [p for p in data["attention"] if p["code"].startswith("extreme-")]
    assert [p["code"] for p in found] == ([code] if code else [])
    if code:
        value = 7 if code == "extreme-close" else 1
        run = [d for d, p in zip(days, positions, strict=True) if p == value]
        assert found[0]["evidence"] == "on " + ", ".join(f"{d} ({value})" for d in run)
        assert "3 times in a row" in found[0]["message"]
        assert found[0]["message"].endswith("– something for supervision?")


def test_a_streak_is_counted_per_client(builder: JournalBuilder) -> None:
    # K7: 7, 7, 7 with AB1 in between; AB1 adds a 7 of its own, but only one
    for day, client in ((1, "K7"), (2, "AB1"), (3, "K7"), (4, "AB1"), (5, "K7")):
        builder.add(client, f"2026-10-{day:02d}", position=7 if client == "K7" or day == 4 else 4)
    assert [p["client"] for p in points(data_of(builder), "extreme-close")] == ["K7"]


def test_three_7s_across_two_clients_are_no_streak(builder: JournalBuilder) -> None:
    for day, client in ((1, "K7"), (2, "K7"), (3, "AB1")):
        builder.add(client, f"2026-10-{day:02d}", position=7)
    assert not points(data_of(builder), "extreme-close")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param([3, 4, 1, 2], None, id="2-of-4"),
        pytest.param([3, 4, 3, 0], "under pressure in 3 of 4 answers", id="3-of-4"),
        pytest.param([4, 4], None, id="2-of-2-fewer-than-3-answers"),
        pytest.param([3, 3, 3], "under pressure in 3 of 3 answers", id="3-of-3"),
        pytest.param([2, 2, 2], None, id="2-is-not-under-pressure"),
    ],
)
def test_a_need_under_pressure_in_most_answers(
    builder: JournalBuilder, values: list[int], expected: str | None
) -> None:
    for day, value in enumerate(values, start=1):
        builder.add("K7", f"2026-10-{day:02d}", needs={"limits": value, "place": 0})
    found = points(data_of(builder), "need-under-pressure")
    assert len(found) == (1 if expected else 0)
    if expected:
        # the evidence: the answers in the upper quarter (3 or 4 on 0..4), with their dates
        pressed = [
            f"2026-10-{day:02d} ({value})"
            for day, value in enumerate(values, start=1)
            if value >= 3
        ]
        assert found[0]["evidence"] == "on " + ", ".join(pressed)
        assert found[0]["message"] == (
            f"your need for limits: {expected} – something for supervision?"
        )


@pytest.mark.parametrize(
    ("days", "gaps"),
    [
        # 10-01 → 10-15: 10-02..10-14 silent (13 days); 10-15 → 10-29: 13 again
        pytest.param([1, 15, 29, 31], [], id="13-silent-days"),
        # 10-01 → 10-16: 10-02..10-15 silent (14 days); 10-16 → 10-30: 13
        pytest.param([1, 16, 30, 31], [("2026-10-02", "2026-10-15", 14)], id="14-silent-days"),
        # the month starts with 10-01..10-14 silent
        pytest.param([15, 20, 31], [("2026-10-01", "2026-10-14", 14)], id="at-the-start"),
        # and ends with 10-18..10-31 silent
        pytest.param([1, 9, 17], [("2026-10-18", "2026-10-31", 14)], id="at-the-end"),
        pytest.param([1, 14], [("2026-10-15", "2026-10-31", 17)], id="13-then-17"),
    ],
)
def test_fourteen_days_without_a_reflection(
    builder: JournalBuilder, days: list[int], gaps: list[tuple[str, str, int]]
) -> None:
    for day in days:
        builder.add("K7", f"2026-10-{day:02d}", position=4)
    found = points(data_of(builder), "no-reflection")
    assert [p["evidence"] for p in found] == [f"no reflection from {a} to {b}" for a, b, _ in gaps]
    assert [p["message"] for p in found] == [
        f"{n} days without a reflection – room to pause and reflect?" for _, _, n in gaps
    ]


def test_days_after_today_are_not_silent_days(builder: JournalBuilder) -> None:
    # November with today 11-21: only 11-02..11-21 (20 days) have passed without a reflection
    builder.add("K7", "2026-11-01", position=4)
    found = points(data_of(builder, Period(date(2026, 11, 1), date(2026, 11, 30))), "no-reflection")
    assert [p["evidence"] for p in found] == ["no reflection from 2026-11-02 to 2026-11-21"]


def test_a_client_report_has_no_gap_point(builder: JournalBuilder) -> None:
    builder.add("K7", "2026-10-01", position=4)
    builder.add("K7", "2026-10-30", position=4)
    assert points(data_of(builder), "no-reflection")
    assert not points(data_of(builder, client="K7"), "no-reflection")


def all_six(builder: JournalBuilder) -> None:
    """A month that raises every kind of attention point once."""
    for day in (1, 3, 5):  # K7: Type II and 7 three times; limits under pressure
        builder.add("K7", f"2026-10-{day:02d}", position=7, type2=["merging"], needs={"limits": 4})
    for day in (2, 4, 6):  # MW-03: Type I and 1 three times
        builder.add("MW-03", f"2026-10-{day:02d}", position=1, type1=["withdrawing"])
    # and nothing after 10-06: 10-07..10-31 silent


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_attention_point_is_an_invitation_with_evidence(
    builder: JournalBuilder, lang: str
) -> None:
    all_six(builder)
    set_language(lang)
    data = data_of(builder)
    assert sorted(p["code"] for p in data["attention"]) == sorted(ORIGINAL_CODES)
    invitation = {
        "en": ("something for supervision?", "room to pause and reflect?"),
        "nl": ("iets voor supervisie?", "ruimte om bij jezelf stil te staan?"),
    }[lang]
    for point in data["attention"]:
        assert point["code"] in ATTENTION_CODES
        assert point["message"].strip() and point["evidence"].strip()
        assert any(phrase in point["message"] for phrase in invitation), point
        lowered = point["message"].lower() + " " + point["evidence"].lower()
        for verdict in (
            "diagnos",
            "disorder",
            "stoornis",
            "burn",
            "patholog",
            "you are ",
            "je bent",
        ):
            assert verdict not in lowered, point


# --- empty, small, own sets -------------------------------------------------------------


def test_an_empty_period(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-08")
    assert (data["entries"], data["clients"], data["per_week"]) == (0, 0, 0)
    assert data["small_sample"] is True
    assert data["poles"] == {"distance": 0, "proximity": 0}
    assert data["signals"] == data["octants"] == data["octant_clients"] == {}
    assert data["pull"] == {
        "messages": 0,
        "felt": 0,
        "felt_n": 0,
        "followed": 0,
        "partly": 0,
        "resisted": 0,
    }
    assert data["needs"] == data["abc"] == {}
    assert documented(data["affiliation"], "mean", "n", "min", "max", "distribution") == {
        "mean": None,
        "n": 0,
        "min": None,
        "max": None,
        "distribution": {},
    }
    assert documented(data["control"], "mean", "n") == {"mean": None, "n": 0}
    assert data["weeks"] == data["per_client"] == data["supervision"] == []
    assert data["generic"] == {"tags": {}, "scales": {}}
    assert data["previous"]["entries"] == 0  # July
    assert [p["code"] for p in data["attention"]] == ["no-reflection"]

    result = cli("report", "--month", "2026-08")
    assert result.code == 0
    assert "No reflections in this period." in result.stdout
    assert "This mirrors your own reflections" in flat(result.stdout)


def test_a_single_reflection_is_a_small_sample(cli: Cli, builder) -> None:
    builder.add("K7", "2026-10-12", position=5, type2=["rescuing"])
    data = report_json(cli, "--month", "2026-10")
    assert (data["entries"], data["clients"], data["small_sample"]) == (1, 1, True)
    assert data["affiliation"]["distribution"] == {
        "1": 0,
        "2": 0,
        "3": 0,
        "4": 0,
        "5": 1,
        "6": 0,
        "7": 0,
    }
    text = flat(report_text(cli, "--month", "2026-10"))
    assert "is a small sample; read the figures as hints, not as patterns" in text
    assert "Type II signals (too much closeness) in 1 of 1 reflections" in text


OWN_SET = """\
id: my-visits
version: 1
description: {nl: Een eigen set voor de tests., en: An own set for the tests.}
source: "my own set, for the report tests"
title: {nl: Na een huisbezoek, en: After a home visit}
questions:
  - id: closeness
    type: scale
    required: true
    min: 1
    max: 5
    tags: {axis: affiliation}
    prompt: {nl: Hoe dichtbij kwam ik?, en: How close did I get?}
    anchors:
      1: {nl: te ver, en: too far}
      5: {nl: te dichtbij, en: too close}
  - id: pulled
    type: checklist
    prompt: {nl: Wat merkte ik?, en: What did I notice?}
    options:
      - id: stayed_for_coffee
        tags: {pole: proximity}
        label: {nl: ik bleef koffie drinken, en: I stayed for coffee}
      - id: left_early
        tags: {pole: distance}
        label: {nl: ik vertrok vroeg, en: I left early}
      - id: tired
        tags: {mood: tired}
        label: {nl: moe, en: tired}
      - id: nothing
        label: {nl: niets bijzonders, en: nothing special}
  - id: energy
    type: scale
    min: 0
    max: 10
    prompt: {nl: Hoeveel energie had ik na afloop?, en: How much energy did I have afterwards?}
    anchors:
      0: {nl: geen, en: none}
      10: {nl: veel, en: plenty}
"""


def write_own_set(home: Path, text: str = OWN_SET, name: str = "my-visits.yaml") -> None:
    folder = home / "questionnaires"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_a_users_own_tagged_set_counts(cli: Cli, afstand_home, tmp_path) -> None:
    write_own_set(afstand_home)
    answers = {
        "client": "hv1",
        "date": "2026-10-07",
        "answers": {
            "my-visits": {"closeness": 4, "pulled": ["stayed_for_coffee", "tired"], "energy": 7}
        },
    }
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    saved = cli("reflect", "--answers", str(path))
    assert saved.code == 0, saved.stderr

    data = report_json(cli, "--month", "2026-10")
    assert (data["entries"], data["clients"]) == (1, 1)
    assert data["poles"] == {"distance": 0, "proximity": 1}
    assert data["signals"] == {"stayed_for_coffee": 1}
    assert documented(data["affiliation"], "mean", "n", "min", "max", "distribution") == {
        "mean": 4,
        "n": 1,
        "min": 1,
        "max": 5,
        "distribution": {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0},
    }
    assert data["generic"]["tags"] == {"mood": {"tired": 1}}
    energy = data["generic"]["scales"]["my-visits.energy"]
    assert (energy["mean"], energy["n"], energy["trend"]) == (7, 1, None)
    assert energy["prompt"]["en"] == "How much energy did I have afterwards?"

    text = flat(report_text(cli, "--month", "2026-10"))
    # one answer: a count, no mean
    assert "(1 of 1 reflections)" in text
    assert "1 answer: too few for a mean (minimum 5)" in text
    assert "Other scales and tags" in text
    assert "How much energy did I have afterwards? 1 answer (too few for a mean)" in text
    assert "mood: tired 1" in text


def test_an_untagged_scale_gets_mean_n_and_shift(builder: JournalBuilder) -> None:
    # contact-and-responsibility.equality is untagged: 1, 1, 3, 3 → mean 2;
    # shift: mean of the later half (3, 3) − mean of the earlier half (1, 1) = 2
    for day, value in ((1, 1), (8, 1), (15, 3), (22, 3)):
        builder.add(
            "K7",
            f"2026-10-{day:02d}",
            extra={"contact-and-responsibility": {"equality": value}},
        )
    scales = data_of(builder)["generic"]["scales"]
    assert list(scales) == ["contact-and-responsibility.equality"]
    equality = scales["contact-and-responsibility.equality"]
    assert (equality["mean"], equality["n"], equality["trend"]) == (2, 4, 2)


def test_roles_are_reported_by_name_with_their_clients(builder: JournalBuilder) -> None:
    # the shipped roles are tagged role: positive|negative; the report names each role
    for day, client, roles in (
        (1, "K7", ["protector"]),
        (2, "K7", ["rescuer", "angel", "judge"]),
        (3, "AB1", ["rescuer"]),
        (4, "AB1", []),
    ):
        builder.add(
            client,
            f"2026-10-{day:02d}",
            extra={"countertransference": {"position": 5, "roles": roles}},
        )
    data = data_of(builder)
    roles = data["roles"]
    # asked in all four (the set was answered), a role chosen in three
    assert (roles["asked"], roles["answered"], roles["sets"]) == (4, 3, ["countertransference"])
    found = {item["id"]: (item["count"], item["clients"], item["kind"]) for item in roles["items"]}
    assert found == {
        "rescuer": (2, ["AB1", "K7"], "positive"),
        "protector": (1, ["K7"], "positive"),
        "angel": (1, ["K7"], "positive"),
        "judge": (1, ["K7"], "negative"),
    }
    assert roles["items"][0]["id"] == "rescuer"  # the most frequent first
    assert data["generic"]["tags"] == {}  # no longer a dimension the report does not know


def test_a_signal_from_another_set_is_joined_and_said(builder: JournalBuilder) -> None:
    builder.add(
        "K7", "2026-10-01", extra={"contact-and-responsibility": {"responsibility": ["took_over"]}}
    )
    builder.add("K7", "2026-10-02", position=4, type1=["reserved"])
    data = data_of(builder)
    # the pole is read by the report; the option's own responsibility tag (set version 2) is
    # one the report does not know, so it is counted as it is
    assert data["generic"]["tags"] == {"responsibility": {"took-over": 1}}
    # took_over is a Type II signal from another set: the figure joins two sets and says so
    assert data["poles"] == {"distance": 1, "proximity": 1}
    assert data["pole_sets"] == ["contact-and-responsibility", "countertransference"]
    assert data["poles_asked"] == 2


SCALE_WITH_OWN_TAG = """\
id: my-energy
version: 1
description: {nl: Een eigen set voor de tests., en: An own set for the tests.}
source: "my own set, for the report tests"
title: {nl: Energie, en: Energy}
questions:
  - id: energy
    type: scale
    min: 0
    max: 10
    tags: {mood: energy}
    prompt: {nl: Hoeveel energie had ik?, en: How much energy did I have?}
    anchors:
      0: {nl: geen, en: none}
      10: {nl: veel, en: plenty}
"""


def test_a_scale_with_a_tag_the_report_does_not_know_is_not_lost(
    afstand_home: Path, builder: JournalBuilder
) -> None:
    # README: `generic` holds "tags and scales the report does not know"
    write_own_set(afstand_home, SCALE_WITH_OWN_TAG, "my-energy.yaml")
    builder.add("K7", "2026-10-01", extra={"my-energy": {"energy": 6}})
    generic = data_of(builder)["generic"]
    assert "my-energy.energy" in generic["scales"] or "mood" in generic["tags"], generic


OWN_NEED = """\
id: my-strain
version: 1
description: {nl: Een eigen set voor de tests., en: An own set for the tests.}
source: "my own set, for the report tests"
title: {nl: Belasting, en: Strain}
questions:
  - id: strain
    type: scale
    min: 0
    max: 10
    tags: {need: limits}
    prompt: {nl: Hoe sterk stonden mijn grenzen onder druk?, en: How strained were my limits?}
    anchors:
      0: {nl: niet, en: not}
      10: {nl: heel sterk, en: very}
"""


def test_under_pressure_is_the_upper_quarter_of_each_answers_own_scale(
    afstand_home: Path, builder: JournalBuilder
) -> None:
    # limits 4 on the shipped 0..4 (≥ 3) and 9 on an own 0..10 (≥ 7.5): both under pressure
    write_own_set(afstand_home, OWN_NEED, "my-strain.yaml")
    builder.add("K7", "2026-10-01", needs={"limits": 4})
    builder.add("K7", "2026-10-02", extra={"my-strain": {"strain": 9}})
    limits = data_of(builder)["needs"]["limits"]
    assert (limits["n"], limits["under_pressure"]) == (2, 2)


# --- one client ---------------------------------------------------------------------------


def test_client_restricts_everything_to_that_client(cli: Cli, october) -> None:
    data = report_json(cli, "--month", "2026-10", "--client", "k7")
    assert data == report_json(cli, "--month", "2026-10", "--client", "K7")
    # K7 in October: #1 #2 #3 #7
    assert (data["client"], data["entries"], data["clients"]) == ("K7", 4, 1)
    assert data["poles"] == {"distance": 1, "proximity": 4}
    assert data["signals"] == {"rescuing": 3, "merging": 1, "withdrawing": 1, "identified": 1}
    assert data["octants"] == {"submissive": 2, "friendly": 1}
    assert data["pull"] == {
        "messages": 2,
        "felt": 1,
        "felt_n": 2,
        "followed": 1,
        "partly": 1,
        "resisted": 0,
    }
    limits = documented(data["needs"]["limits"], "mean", "n", "count", "under_pressure")
    assert limits == {"mean": 2.5, "n": 4, "count": 0, "under_pressure": 2}
    assert data["affiliation"]["mean"] == 6  # 6 7 5 6
    assert documented(data["control"], "mean", "n") == {"mean": 5, "n": 3}  # 5 6 4
    assert [r["client"] for r in data["per_client"]] == ["K7"]
    assert data["supervision"] == [october["1"]]
    assert data["previous"]["entries"] == 1  # K7 on 09-10, not MW-03 on 09-30

    # without a period: every reflection on K7 (09-10, four in October, 11-01)
    assert report_json(cli, "--client", "k7")["entries"] == 6


def test_client_text_shows_the_course_reflection_by_reflection(cli: Cli, october) -> None:
    text = report_text(cli, "--month", "2026-10", "--client", "k7")
    assert "·  K7" in text.splitlines()[0]
    course = text.split("Course of the relationship\n", 1)[1]
    dated = [line.split()[0] for line in course.splitlines() if line.startswith("  2026-")]
    assert dated == ["2026-10-02", "2026-10-06", "2026-10-09", "2026-10-23"]
    assert "·····●· 6" in course  # 6 on 1..7
    assert "II: merging; urge to rescue and to act" in course  # labels, shortened
    assert "MW-03" not in text and "AB1" not in text
    assert "Course of the relationship" not in report_text(cli, "--month", "2026-10")


# --- languages ----------------------------------------------------------------------------


def test_dutch_report(cli: Cli, october) -> None:
    text = report_text(cli, "--lang", "nl", "--month", "2026-10")
    for heading in ("Overzicht", "Tegenoverdracht", "Aandachtspunten", "Voor supervisie (2)"):
        assert heading in text.splitlines(), heading
    assert (
        "Dit spiegelt je eigen reflecties; het stelt geen diagnose, van niemand, en de getallen "
        "zijn geen gevalideerde scores." in flat(text)
    )
    # #8 answered only the basic needs: Type II was asked in 7 of the 8
    assert "Signalen van Type II (te veel nabijheid) in 4 van 7 reflecties" in flat(text)
    assert "gemiddeld 4,7 op 1–7" in flat(text)  # a decimal comma
    assert "Countertransference" not in text

    data = report_json(cli, "--lang", "nl", "--month", "2026-10")
    assert data["disclaimer"].startswith("Dit spiegelt je eigen reflecties")
    assert data["attention"][0]["message"].endswith("– iets voor supervisie?")


def test_english_report_headings(cli: Cli, october) -> None:
    lines = report_text(cli, "--month", "2026-10").splitlines()
    for heading in ("Overview", "Countertransference", "Attention points", "For supervision (2)"):
        assert heading in lines, heading


# --- bad input ----------------------------------------------------------------------------


def test_a_month_that_does_not_exist(cli: Cli, october) -> None:
    result = cli("report", "--month", "2026-13")
    assert result.code in (1, 3)
    assert "2026-13" in result.stderr and "error" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--month", "2026-10", "--year", "2026"), id="month-and-year"),
        pytest.param(("--month", "2026-10", "--from", "2026-10-01"), id="month-and-from"),
        pytest.param(("--from", "2026-10-20", "--to", "2026-10-10"), id="from-after-to"),
    ],
)
def test_periods_that_cannot_be_are_usage_errors(cli: Cli, october, args) -> None:
    result = cli("report", *args)
    assert result.code == 2
    assert result.stderr.startswith("error:")
    assert result.stdout == ""


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"id;date;client\n3f1c2a9e;2026-10-05;K7\n", id="not-json"),
        pytest.param(
            b'{"format": "afstand-journal", "schema_version": 1, "month": "2026-10",'
            b'"entries":[{"id":"3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",'
            b'"created":"2026-10-05T17:00:00+02:00","date":"2026-10-05"}]}',
            id="entry-without-client",
        ),
    ],
)
def test_a_corrupt_month_in_the_period(cli: Cli, afstand_home, october, content) -> None:
    path = afstand_home / "journal" / "2026" / "2026-10.json"
    path.write_bytes(content)
    for args in (("--month", "2026-10"), ("--month", "2026-10", "--json")):
        result = cli("report", *args)
        assert result.code == 4
        assert squash(str(path)) in squash(result.stderr)
        assert result.stdout == ""


def test_a_corrupt_month_outside_the_period_costs_only_that_month(
    cli, afstand_home, october
) -> None:
    corrupt = afstand_home / "journal" / "2026" / "2026-07.json"
    corrupt.write_bytes(b"not json")
    assert report_json(cli, "--month", "2026-10")["entries"] == 8
