"""The figures that issue 17 added to the mirror, against values worked out by hand: the
position as a distribution, swinging between the ends, true denominators, small samples, the
interpersonal circle and its Structural Summary, and the view of one client."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from afstand.report.attention import switches
from afstand.report.circumplex import ANGLES, FIT, structural_summary
from helpers import Cli, flat
from report_helpers import JournalBuilder, write_october

OCTANTS = list(ANGLES)


@pytest.fixture
def builder(afstand_home: Path) -> JournalBuilder:
    return JournalBuilder(afstand_home)


def data_of(builder: JournalBuilder, client: str | None = None) -> dict[str, Any]:
    from report_helpers import OCTOBER

    return builder.report(OCTOBER, client).as_data()


def codes(data: dict[str, Any]) -> list[str]:
    return [p["code"] for p in data["attention"]]


# --- the position as a distribution -----------------------------------------------------------


def test_a_swinging_client_is_not_hidden_by_a_mean(builder: JournalBuilder) -> None:
    for day, position in zip((1, 8, 15, 22), (1, 7, 1, 7), strict=True):
        builder.add("K7", f"2026-10-{day:02d}", position=position)
    data = data_of(builder)
    affiliation = data["affiliation"]
    # the mean says "balanced"; the distribution and the distance from the middle do not
    assert affiliation["mean"] == 4
    assert affiliation["bands"] == {"low": 2, "middle": 0, "high": 2}
    assert affiliation["distance_from_balance"] == 3  # |1-4| = |7-4| = 3
    assert affiliation["enough"] is False  # 4 answers: a count, no mean
    swing = [p for p in data["attention"] if p["code"] == "alternating-extremes"]
    assert len(swing) == 1
    assert swing[0]["client"] == "K7"
    assert swing[0]["message"].startswith("K7: back and forth between the two ends (4 answers")
    assert swing[0]["evidence"] == (
        "on 2026-10-01 (1), 2026-10-08 (7), 2026-10-15 (1), 2026-10-22 (7)"
    )


@pytest.mark.parametrize(
    ("positions", "expected"),
    [
        pytest.param([1, 7, 1], True, id="1-7-1"),
        pytest.param([1, 4, 7, 4, 1], True, id="middles-between-do-not-count"),
        pytest.param([7, 1, 7, 1], True, id="7-1-7-1"),
        pytest.param([1, 1, 7, 7], False, id="one-change-of-end"),
        pytest.param([7, 1], False, id="two-answers"),
        pytest.param([2, 6, 2, 6], False, id="not-the-ends"),
    ],
)
def test_alternating_extremes_need_two_changes_of_end(
    builder: JournalBuilder, positions: list[int], expected: bool
) -> None:
    for day, position in enumerate(positions, start=1):
        builder.add("K7", f"2026-10-{day * 3:02d}", position=position)
    assert ("alternating-extremes" in codes(data_of(builder))) is expected


def test_switches_count_changes_between_the_ends() -> None:
    # shares 0..1 of the scale: 0 and 1 are the ends, 0.5 lies between
    assert switches([0, 1, 0.5, 0, 1]) == 3
    assert switches([0, 0, 1, 1]) == 1
    assert switches([0.5, 0.5]) == 0


def test_swinging_is_counted_per_client(builder: JournalBuilder) -> None:
    for day, client, position in ((1, "K7", 1), (2, "AB1", 7), (3, "K7", 1), (4, "AB1", 1)):
        builder.add(client, f"2026-10-{day:02d}", position=position)
    assert "alternating-extremes" not in codes(data_of(builder))


# --- true denominators ---------------------------------------------------------------------


def test_a_figure_counts_the_reflections_that_asked(builder: JournalBuilder) -> None:
    write_october(builder)
    data = data_of(builder)
    # #8 answered only the basic needs: Type I and II were asked in 7 of the 8
    assert (data["entries"], data["poles_asked"]) == (8, 7)
    assert data["pole_sets"] == ["countertransference"]
    # the Kiesler set was answered in #1 #2 #3 #4 #6; a message noted in four of them
    assert (data["circle"]["asked"], data["circle"]["with_message"]) == (5, 4)
    # the position in 7 (#1..#7), following ↔ directing in the 5 with the Kiesler set
    assert (data["affiliation"]["asked"], data["control"]["asked"]) == (7, 5)
    per_client = {row["client"]: row["poles_asked"] for row in data["per_client"]}
    assert per_client == {"K7": 4, "MW-03": 2, "AB1": 1}  # AB1's #8 did not ask


def test_the_terminal_says_what_was_asked(cli: Cli, builder: JournalBuilder) -> None:
    write_october(builder)
    text = flat(cli("report", "--month", "2026-10").stdout)
    assert "asked in 7 of 8 reflections" in text
    assert "Type II signals (too much closeness) in 4 of 7 reflections" in text
    assert "A message noted in 4 of 5 reflections that asked" in text


def test_source_and_touch_with_their_counts_and_clients(builder: JournalBuilder) -> None:
    builder.add(
        "K7",
        "2026-10-01",
        position=5,
        extra={
            "countertransference": {"position": 5, "reaction_source": "own_history"},
            "contact-and-responsibility": {"touch": ["my_urge", "touched_unasked"]},
        },
    )
    builder.add(
        "AB1",
        "2026-10-02",
        extra={
            "countertransference": {"position": 4, "reaction_source": "client_story"},
            "contact-and-responsibility": {"touch": ["asked_consent"]},
        },
    )
    builder.add("AB1", "2026-10-03", position=4)  # asked no touch question
    data = data_of(builder)
    source = {i["id"]: (i["count"], i["clients"]) for i in data["source"]["items"]}
    assert source == {"own-history": (1, ["K7"]), "client-story": (1, ["AB1"])}
    assert (data["source"]["asked"], data["source"]["answered"]) == (3, 2)
    touch = {i["id"]: (i["count"], i["clients"]) for i in data["touch"]["items"]}
    assert touch == {
        "my-urge": (1, ["K7"]),
        "touched-unasked": (1, ["K7"]),
        "asked-consent": (1, ["AB1"]),
    }
    assert (data["touch"]["asked"], data["touch"]["answered"]) == (2, 2)
    consent = [p for p in data["attention"] if p["code"] == "touch-without-consent"]
    assert [(p["client"], p["evidence"]) for p in consent] == [("K7", "on 2026-10-01")]


# --- small samples ---------------------------------------------------------------------------


def test_below_the_minimum_a_count_and_no_mean(cli: Cli, builder: JournalBuilder) -> None:
    for day in range(1, 5):
        builder.add("K7", f"2026-10-{day:02d}", position=6, needs={"limits": 4})
    text = flat(cli("report", "--month", "2026-10").stdout)
    assert "4 answers: too few for a mean (minimum 5)" in text
    assert "limits under pressure in 4 of 4 answers" in text
    assert "mean 6" not in text
    builder.add("K7", "2026-10-05", position=1, needs={"limits": 4})
    text = flat(cli("report", "--month", "2026-10").stdout)
    # 6 6 6 6 1 = 25 / 5
    assert "mean 5 on 1–7; mean distance from the middle 2.2" in text
    assert "limits mean 4; under pressure in 5 of 5 answers" in text


def test_a_difference_only_where_both_periods_have_enough(
    cli: Cli, builder: JournalBuilder
) -> None:
    for day in range(1, 6):
        builder.add("K7", f"2026-10-{day:02d}", position=6)
    for day in range(1, 3):
        builder.add("K7", f"2026-09-{day:02d}", position=2)
    text = cli("report", "--month", "2026-10").stdout
    assert "mean position distance ↔ closeness      6  was     –  (too few)" in text
    for day in range(3, 6):
        builder.add("K7", f"2026-09-{day:02d}", position=3)
    text = cli("report", "--month", "2026-10").stdout
    # September: 2 2 3 3 3 = 13 / 5 = 2.6; October 6: a difference of 3.4
    assert "mean position distance ↔ closeness      6  was   2.6  +3.4" in text
    changes = cli("report", "--month", "2026-10", "--json").stdout
    assert json.loads(changes)["previous"]["changes"] == {
        "entries": 0,
        "clients": 0,
        "distance": 0,
        "proximity": 0,
        "affiliation": 3.4,
        "control": None,  # no following ↔ directing on either side
    }


def test_numbers_in_dutch_have_a_decimal_comma(cli: Cli, builder: JournalBuilder) -> None:
    write_october(builder)
    text = flat(cli("report", "--lang", "nl", "--month", "2026-10").stdout)
    assert "1,8 per week" in text
    assert "gemiddeld 4,7 op 1–7; gemiddelde afstand tot het midden 1,6" in text
    assert "1.8" not in text and "4.7" not in text


# --- the circle ------------------------------------------------------------------------------


def cosine_profile(elevation: float, amplitude: float, angle: float) -> list[float]:
    return [
        elevation + amplitude * math.cos(math.radians(ANGLES[name] - angle)) for name in OCTANTS
    ]


@pytest.mark.parametrize("angle", [0.0, 90.0, 270.0, 300.0])
def test_the_structural_summary_of_a_perfect_cosine(angle: float) -> None:
    elevation, amplitude, displacement, fit = structural_summary(
        cosine_profile(0.3, 0.2, angle), OCTANTS
    )
    assert elevation == pytest.approx(0.3)
    assert amplitude == pytest.approx(0.2)
    assert displacement == pytest.approx(angle)
    assert fit == pytest.approx(1.0)


def test_a_flat_profile_has_no_direction() -> None:
    _, amplitude, _, fit = structural_summary([0.25] * 8, OCTANTS)
    assert amplitude == pytest.approx(0)
    assert fit is None


def add_messages(builder: JournalBuilder, groups: list[tuple[int, list[str]]]) -> None:
    day = 1
    for times, messages in groups:
        for _ in range(times):
            builder.add("K7", f"2026-10-{day:02d}", messages=messages, pull=2, went_along="not")
            day += 1


def test_a_clear_profile_gets_its_arrow(builder: JournalBuilder) -> None:
    # ten reflections, each with the submissive message and one neighbour (5 and 5):
    # shares 1 (270°), 0.5 (315°), 0.5 (225°), 0 elsewhere.
    # x = 2/8 · (0.5 cos 315° + 0.5 cos 225°) = 0; y = 2/8 · (−1 − 2 · 0.5 · 0.7071) = −0.4268
    # amplitude 0.4268, displacement 270°, elevation 2/8 = 0.25;
    # residuals of the curve 0.25 + 0.4268 cos(θ − 270°): 0.1045 + 2 · 0.0027 + 2 · 0.0625
    # + 0.0313 + 2 · 0.0027 = 0.2714; total sum of squares 1.0 → R² = 0.7286
    add_messages(
        builder,
        [(5, ["submissive", "friendly-submissive"]), (5, ["submissive", "hostile-submissive"])],
    )
    summary = data_of(builder)["circle"]["summary"]
    assert summary["elevation"] == pytest.approx(0.25)
    assert summary["amplitude"] == pytest.approx(0.427, abs=0.001)
    assert summary["displacement"] == pytest.approx(270.0)
    assert summary["fit"] == pytest.approx(0.729, abs=0.001)
    assert summary["fit"] >= FIT
    assert summary["direction"] == "submissive"
    assert summary["reason"] is None


def test_a_profile_below_the_fit_threshold_gets_no_arrow(cli: Cli, builder: JournalBuilder) -> None:
    # ten reflections with one message: submissive 6, its neighbours 2 and 2:
    # shares 0.6, 0.2, 0.2; elevation 1/8 = 0.125; y = 2/8 · (−0.6 − 2 · 0.2 · 0.7071)
    # = −0.2207, x = 0; residuals 0.0647 + 2 · 0.0066 + 2 · 0.0156 + 0.0092 + 2 · 0.0010
    # = 0.1202; total 0.315 → R² = 0.6185 < 0.70
    add_messages(
        builder, [(6, ["submissive"]), (2, ["friendly-submissive"]), (2, ["hostile-submissive"])]
    )
    summary = data_of(builder)["circle"]["summary"]
    assert summary["displacement"] == pytest.approx(270.0)
    assert summary["fit"] == pytest.approx(0.6185, abs=0.001)
    assert summary["direction"] is None
    assert summary["reason"] == (
        "the profile does not follow the circle's curve closely enough (R² 0.62, below 0.70)"
    )
    text = flat(cli("report", "--month", "2026-10").stdout)
    assert "No main direction shown: the profile does not follow the circle's curve" in text


def test_too_few_messages_get_no_arrow(builder: JournalBuilder) -> None:
    add_messages(builder, [(4, ["submissive"])])
    summary = data_of(builder)["circle"]["summary"]
    assert summary["direction"] is None
    assert summary["reason"] == "4 reflections with a message, fewer than 5"


def test_each_octant_with_its_clients_pull_and_mark(builder: JournalBuilder) -> None:
    write_october(builder)
    octants = {o["id"]: o for o in data_of(builder)["circle"]["octants"]}
    assert [o for o in OCTANTS if octants[o]["count"]] == ["hostile", "submissive", "friendly"]
    # submissive in #1 #2 (K7) and #6 (AB1): pull 3, 0, 1 → felt in 2; along: fully, partly
    submissive = octants["submissive"]
    assert (submissive["count"], submissive["clients"]) == (3, 2)
    assert (submissive["pull_felt"], submissive["went_along"]) == (2, 2)
    assert submissive["share"] == 0.75  # of the 4 reflections with a message
    assert octants["friendly"]["extension"] and octants["friendly-dominant"]["extension"]
    assert not octants["submissive"]["extension"]


def test_each_message_offers_the_feedback_of_the_latest_reflection_that_noted_it(
    builder: JournalBuilder,
) -> None:
    from datetime import date

    from afstand.journal.periods import Period

    builder.add("K7", "2026-09-14", messages=["submissive", "hostile"])
    builder.add("K8", "2026-10-05", messages=["submissive"])
    # the September wording edited by hand: its own feedback for the two messages
    path = builder.journal.month_path("2026-09")
    data = json.loads(path.read_bytes())
    for wording in data["wordings"].values():
        for option in wording["questions"].get("messages", {}).get("options", []):
            option["feedback"] = {
                "nl": f"september {option['id']}",
                "en": f"september {option['id']}",
            }
    path.write_text(json.dumps(data), encoding="utf-8")
    report = builder.report(Period(date(2026, 9, 1), date(2026, 10, 31))).as_data()
    consider = {o["id"]: o["consider"] for o in report["circle"]["octants"]}
    assert consider["hostile"] == "september hostile"  # noted in September only
    assert consider["submissive"] and not consider["submissive"].startswith("september")
    assert consider["friendly"] is None  # never noted
    september = builder.report(Period(date(2026, 9, 1), date(2026, 9, 30))).as_data()
    consider = {o["id"]: o["consider"] for o in september["circle"]["octants"]}
    assert consider["submissive"] == "september submissive"


def test_options_chosen_as_often_keep_the_order_they_were_first_chosen_in_every_run(
    builder: JournalBuilder,
) -> None:
    """A tie in a count is ordered by first use, never by how a run happens to hash."""
    import os
    import subprocess
    import sys

    roles = ["protector", "rescuer", "angel"]  # the set's own order
    for day in ("2026-10-05", "2026-10-06"):
        builder.add("K7", day, extra={"countertransference": {"position": 4, "roles": roles}})
    orders = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        shown = subprocess.run(
            [sys.executable, "-m", "afstand", "report", "--month", "2026-10", "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        report = json.loads(shown.stdout)
        orders.add(tuple(item["id"] for item in report["roles"]["items"]))
    assert orders == {tuple(roles)}


# --- one client --------------------------------------------------------------------------------


def test_a_client_view_spans_the_clients_own_reflections(cli: Cli, builder: JournalBuilder) -> None:
    write_october(builder)
    result = cli("report", "--client", "K7")
    assert result.code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    # K7 from 09-10 to 11-01, not to today
    assert first == "Mirror 2026-09-10 – 2026-11-01  ·  K7"
    text = flat(result.stdout)
    assert "First reflection 2026-09-10, last 2026-11-01" in text
    # the sparkline runs over the weeks with data only: 09-07 (from 09-10), 09-28, 10-05, 10-19,
    # 10-26
    assert "per week with reflections, 2026-09-10 … 2026-10-26 (5 weeks):" in text


def test_an_entry_of_the_first_version_counts_as_before(builder: JournalBuilder) -> None:
    """Entries saved before the source options had tags: still read and counted, only the
    source is missing from them (it was never tagged)."""
    builder.add(
        "K7",
        "2026-10-01",
        extra={
            "countertransference": {
                "position": 6,
                "type2_signals": ["rescuing"],
                "reaction_source": "own_history",
            }
        },
    )
    (entry,) = builder.journal.entries()
    sets = []
    for answered in entry.sets:
        answers = [
            answer.model_copy(
                update={
                    "options": [
                        option.model_copy(update={"tags": {}})
                        if option.id == "own_history"
                        else option
                        for option in answer.options
                    ]
                }
            )
            for answer in answered.answers
        ]
        sets.append(answered.model_copy(update={"version": 1, "answers": answers}))
    builder.journal.replace(entry.model_copy(update={"sets": sets}))
    data = data_of(builder)
    assert (data["entries"], data["poles"]["proximity"], data["poles_asked"]) == (1, 1, 1)
    assert data["affiliation"]["distribution"]["6"] == 1
    assert (data["source"]["asked"], data["source"]["items"]) == (0, [])


def test_no_signal_anywhere_is_zero_of_those_asked(builder: JournalBuilder) -> None:
    # an unchosen option leaves no trace: the position shows that the set was answered
    builder.add("K7", "2026-10-01", position=4)
    builder.add("K7", "2026-10-02", position=5)
    builder.add("K7", "2026-10-03", needs={"limits": 1})
    data = data_of(builder)
    assert (data["poles"], data["poles_asked"]) == ({"distance": 0, "proximity": 0}, 2)
    # the week of 09-28 (from 10-01) holds the three; the weeks after them ask nothing
    assert [(w["asked"], w["distance_share"]) for w in data["weeks"]][:2] == [(2, 0), (0, 0)]
