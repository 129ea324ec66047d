"""What counts for a register, on synthetic logs whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from afstand.registers.counting import add_months, minimum_minutes, progress, whole_months
from registers_helpers import activity, shipped, timed


def every_three_weeks() -> list[str]:
    # by hand: 2026-01-05 and every 21 days after it, up to the end of 2026
    return [
        "2026-01-05", "2026-01-26", "2026-02-16", "2026-03-09", "2026-03-30", "2026-04-20",
        "2026-05-11", "2026-06-01", "2026-06-22", "2026-07-13", "2026-08-03", "2026-08-24",
        "2026-09-14", "2026-10-05", "2026-10-26", "2026-11-16", "2026-12-07", "2026-12-28",
    ]  # fmt: skip


def test_the_hand_made_dates_are_three_weeks_apart() -> None:
    days = [date.fromisoformat(day) for day in every_three_weeks()]
    assert all(b - a == timedelta(days=21) for a, b in pairwise(days))


def test_bacp_an_hour_every_three_weeks_leaves_the_months_with_one_meeting_short() -> None:
    log = [activity(day, 60) for day in every_three_weeks()]
    result = progress(shipped("bacp"), log, today=date(2027, 1, 10))
    # one meeting (1 h < 1.5 h) in February, April, May, July, September and November
    assert [f"{m.month:%Y-%m}" for m in result.short_months] == [
        "2026-02", "2026-04", "2026-05", "2026-07", "2026-09", "2026-11",
    ]  # fmt: skip
    assert len(result.months) == 12  # January to December 2026; no averaging over them
    assert {m.minutes for m in result.months if not m.short} == {120}
    assert result.this_month is not None and result.this_month.minutes == 0
    assert result.counted_minutes == 18 * 60


def test_bacp_a_month_in_progress_is_not_yet_short() -> None:
    log = [activity("2026-12-07", 60)]
    result = progress(shipped("bacp"), log, today=date(2026, 12, 10))
    assert result.months == ()
    assert result.this_month is not None and result.this_month.short
    assert result.short_months == ()


def test_a_two_person_group_of_two_hours_meets_lvsc_and_counts_half_for_bacp() -> None:
    meeting = timed("2026-03-02", "13:00", "15:00", group_size=2)
    lvsc = progress(shipped("lvsc"), [meeting], today=date(2026, 3, 31))
    assert minimum_minutes(shipped("lvsc"), 2) == 90
    assert [item.credited_minutes for item in lvsc.counted] == [120]
    bacp = progress(shipped("bacp"), [meeting], today=date(2026, 3, 31))
    assert [item.credited_minutes for item in bacp.counted] == [60]  # half, for up to four


def test_lvsc_minimums_grow_with_the_group_and_bacp_divides_large_groups() -> None:
    lvsc = shipped("lvsc")
    assert [minimum_minutes(lvsc, size) for size in (1, 2, 3, 4, 6)] == [60, 90, 120, 150, 150]
    short = activity("2026-03-02", 80, group_size=2)
    result = progress(lvsc, [short], today=date(2026, 3, 31))
    assert result.counted == ()
    assert result.not_counted[0].reasons == ("too-short",)
    six = activity("2026-03-02", 120, group_size=6)
    bacp = progress(shipped("bacp"), [six], today=date(2026, 3, 31))
    assert bacp.counted[0].credited_minutes == 20  # two hours shared by six


def skj_log() -> list:  # type: ignore[type-arg]
    # thirty two-hour meetings inside 2021-01-01 .. 2025-12-31, the first and last on its edges
    inside = [
        "2021-01-01",
        *[f"{year}-{month:02d}-15" for year in range(2021, 2026) for month in (2, 4, 6, 8, 10, 12)][
            :28
        ],
        "2025-12-31",
    ]
    log = [timed(day, "09:00", "11:00", series_id="s1", series_title="Reeks A") for day in inside]
    log += [
        timed("2020-12-31", "09:00", "11:00"),  # the day before the period
        timed("2026-01-01", "09:00", "11:00"),  # the day after it
        timed("2023-05-03", "09:00", "09:45", kind="intervision"),  # under an hour
        timed("2023-05-10", "09:00", "11:00", mode="online"),  # not face-to-face
        activity("2023-05-17", 120, kind="self-reflection"),
        activity("2023-05-24", 120, kind="coaching"),
    ]
    return log


def test_skj_counts_exactly_sixty_hours_for_thirty_two_hour_meetings_in_the_period() -> None:
    log = skj_log()
    result = progress(shipped("skj"), log, today=date(2026, 3, 1), start=date(2021, 1, 1))
    assert result.end == date(2025, 12, 31)
    assert len(result.counted) == 30
    assert result.counted_minutes == 60 * 60
    assert result.remaining_minutes == 0
    reasons = {item.activity.date.isoformat(): item.reasons for item in result.not_counted}
    assert reasons == {
        "2020-12-31": ("before-period",),
        "2026-01-01": ("after-period",),
        "2023-05-03": ("too-short",),
        "2023-05-10": ("online",),
        "2023-05-17": ("self-reflection",),
        "2023-05-24": ("kind",),
    }


def test_skj_a_meeting_of_exactly_an_hour_counts() -> None:
    result = progress(
        shipped("skj"), [activity("2022-01-10", 60)], date(2022, 2, 1), start=date(2021, 1, 1)
    )
    assert result.counted_minutes == 60


def test_without_a_start_the_period_is_unknown_and_everything_held_counts() -> None:
    result = progress(shipped("skj"), [activity("2010-01-10", 60)], date(2022, 2, 1))
    assert result.period_needs_start
    assert result.end is None and result.counted_minutes == 60


def test_a_planned_meeting_does_not_count_yet() -> None:
    result = progress(
        shipped("nvo"), [activity("2026-05-01", 90)], date(2026, 4, 1), start=date(2025, 1, 1)
    )
    assert result.not_counted[0].reasons == ("planned",)


def test_hcpc_flags_gaps_of_three_months_or_more_including_one_that_goes_on() -> None:
    log = [
        activity(day, 60, kind="training")
        for day in ("2025-10-01", "2025-12-31", "2026-01-01", "2026-04-01", "2026-04-20")
    ]
    result = progress(shipped("hcpc"), log, today=date(2026, 8, 1), start=date(2025, 9, 1))
    found = [(g.after.isoformat(), g.until.isoformat(), g.months, g.ongoing) for g in result.gaps]
    # 2025-10-01 → 2025-12-31 is 2 months and 30 days: not a gap; 2026-01-01 → 04-01 is 3
    assert found == [
        ("2026-01-01", "2026-04-01", 3, False),
        ("2026-04-20", "2026-08-01", 3, True),
    ]


def test_months_are_added_and_counted_by_the_calendar() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2021, 1, 1), 60) == date(2026, 1, 1)
    assert whole_months(date(2026, 1, 31), date(2026, 2, 27)) == 0
    assert whole_months(date(2026, 1, 31), date(2026, 2, 28)) == 1  # a month on is the 28th
    assert whole_months(date(2026, 1, 1), date(2026, 4, 1)) == 3


def test_lvsc_series_outside_ten_to_twenty_five_meetings_are_named() -> None:
    log = [activity(f"2026-{m:02d}-0{d}", 60, series_id="a") for m in range(1, 10) for d in (1, 5)]
    log += [activity("2026-01-02", 60, series_id="b")]
    result = progress(shipped("lvsc"), log, today=date(2026, 12, 1))
    lengths = {s.series_id: (s.meetings, s.fits) for s in result.series}
    assert lengths == {"a": (18, True), "b": (1, False)}


def test_the_one_line_summary_for_status() -> None:
    from afstand.registers.summary import summary_line

    log = [activity(day, 60) for day in every_three_weeks()]
    skj = progress(shipped("skj"), log, date(2027, 1, 10), start=date(2022, 1, 1))
    bacp = progress(shipped("bacp"), log, date(2027, 1, 10))
    lvsc = progress(shipped("lvsc"), [activity("2026-01-05", 60, series_id="a")], date(2027, 1, 10))
    nvo = progress(shipped("nvo"), log, date(2027, 1, 10))
    assert summary_line([skj, bacp, lvsc, nvo], "en") == (
        "SKJ: period ended on 2026-12-31 with 18 of 60 hours; "
        "BACP: 18 hours, 6 months below the minimum; "
        "LVSC: 1 hour, 0 of 1 series the right length; "
        "NVO: start of the period unknown"
    )
    assert summary_line([], "en") == "no register chosen"
    running = progress(shipped("skj"), log, date(2026, 12, 1), start=date(2022, 1, 1))
    assert (
        summary_line([running], "en") == "SKJ: 16 of 60 hours, 44 to go by 2026-12-31"
    )  # Dec 7 and 28 not yet held


def test_status_gets_the_progress_of_every_configured_register(tmp_path: Path) -> None:
    from afstand.registers.selection import configured_progress
    from afstand.registers.summary import register_line

    log = [activity("2025-03-03", 120)]
    found = configured_progress(
        tmp_path / "none", {"skj": date(2022, 1, 1), "bacp": date(2026, 1, 1)}, log,
        date(2026, 2, 10),
    )  # fmt: skip
    assert [register_line(p, "en") for p in found] == [
        "SKJ: 2 of 60 hours, 58 to go by 2026-12-31",
        "BACP: 0 hours, 1 month below the minimum",
    ]
    assert configured_progress(tmp_path, None, log, date(2026, 2, 10)) == []
