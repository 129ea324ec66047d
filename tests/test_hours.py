"""Hours that count, by register profile, on synthetic logs whose answers were worked out by
hand; and profiles that do not validate get located errors."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from afstand.models.supervision import Meeting, Series, Supervisor
from afstand.supervision.hours import period_end, progress
from afstand.supervision.registers import check_profile_file, load_registers
from helpers import Cli

REGISTERS = load_registers(None)
NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def meeting(day: date, minutes: int, mode: str = "in-person") -> Meeting:
    return Meeting.model_validate(
        {
            "id": str(uuid.uuid4()),
            "date": day,
            "start": time(10, 0),
            "minutes": minutes,
            "mode": mode,
        }
    )


def series(
    meetings: list[Meeting], kind: str = "supervision", group: int = 1, planned: int = 10
) -> Series:
    return Series.model_validate(
        {
            "id": str(uuid.uuid4()),
            "created": NOW,
            "kind": kind,
            "supervisor": Supervisor(name="Anna de Vries"),
            "group_size": group,
            "planned_meetings": planned,
            "started": min((m.date for m in meetings), default=date(2020, 1, 1)),
            "meetings": meetings,
        }
    )


def test_every_shipped_profile_validates() -> None:
    assert REGISTERS.invalid == {}
    assert {"skj", "bacp", "lvsc", "nvo", "fgzpt", "nip-arbeid-en-gezondheid"} <= set(
        REGISTERS.profiles
    )


def test_bacp_flags_the_months_below_an_hour_and_a_half() -> None:
    # an hour every three weeks from 5 January: Jan 5, 26; Feb 16; Mar 9, 30; Apr 20; May 11;
    # Jun 1, 22 — February, April and May have one meeting (1 h < 1.5 h), the others two
    days = [date(2026, 1, 5) + timedelta(weeks=3 * n) for n in range(9)]
    log = series([meeting(d, 60) for d in days])
    result = progress(REGISTERS.get("bacp"), [log], date(2026, 1, 1), date(2026, 7, 1))
    assert result.short_months == [("2026-02", 1.0), ("2026-04", 1.0), ("2026-05", 1.0)]
    assert result.counted_hours == 9.0


def test_a_two_person_group_of_two_hours_meets_lvsc_and_counts_half_for_bacp() -> None:
    log = series([meeting(date(2026, 3, 2), 120)], group=2, planned=12)
    lvsc = progress(REGISTERS.get("lvsc"), [log], date(2026, 1, 1), date(2026, 3, 31))
    assert [v.reason for v in lvsc.verdicts] == [None]  # 1½ h is the least with two
    assert lvsc.series_outside == []
    bacp = progress(REGISTERS.get("bacp"), [log], date(2026, 3, 1), date(2026, 4, 15))
    assert bacp.counted_hours == 1.0  # two hours shared by two
    assert bacp.short_months == [("2026-03", 1.0)]
    short = series([meeting(date(2026, 3, 2), 75)], group=2)
    assert [
        v.reason
        for v in progress(
            REGISTERS.get("lvsc"), [short], date(2026, 1, 1), date(2026, 4, 1)
        ).verdicts
    ] == ["too-short"]


def test_lvsc_flags_a_series_planned_outside_ten_to_twenty_five() -> None:
    log = series([meeting(date(2026, 3, 2), 60)], planned=6)
    result = progress(REGISTERS.get("lvsc"), [log], date(2026, 1, 1), date(2026, 4, 1))
    assert result.series_outside == [(log.id[:8], 6)]


def test_skj_counts_exactly_sixty_hours_of_thirty_two_hour_meetings_in_the_period() -> None:
    start = date(2022, 1, 1)
    inside = [meeting(start + timedelta(days=30 * n + 10), 120) for n in range(30)]
    before = [meeting(start - timedelta(days=20), 120)]
    too_short = [meeting(start + timedelta(days=5), 45)]
    online = [meeting(start + timedelta(days=6), 120, mode="online")]
    later = [meeting(date(2027, 1, 10), 120)]  # after the five years
    log = series(inside + before + too_short + online + later)
    own = series([meeting(start + timedelta(days=7), 120)], kind="coaching")
    result = progress(REGISTERS.get("skj"), [log, own], start, date(2027, 6, 1))
    assert period_end(REGISTERS.get("skj"), start) == date(2026, 12, 31)
    assert result.counted_hours == 60.0
    assert result.still_needed == 0.0
    reasons = sorted(v.reason for v in result.verdicts if v.reason)
    assert reasons == ["after-period", "before-period", "kind", "mode", "too-short"]


def test_a_meeting_not_yet_held_does_not_count() -> None:
    log = series([meeting(date(2026, 5, 1), 120)])
    result = progress(REGISTERS.get("skj"), [log], date(2026, 1, 1), date(2026, 4, 1))
    assert result.counted_hours == 0.0
    assert result.verdicts[0].reason == "not-yet-held"
    assert result.still_needed == 60.0


def test_a_bad_profile_gets_every_problem_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "id: Mine\nversion: 1\ntitle: {en: Mine}\nsource: own\nkinds: [supervisie]\n"
        "min_minutes: -5\nrequired_hourz: 10\n",
        encoding="utf-8",
    )
    problems, profile = check_profile_file(path)
    assert profile is None
    rendered = [p.render() for p in problems]
    assert any(r.startswith(f"{path}: id: ") and "(line 1)" in r for r in rendered)
    assert any("kinds.0" in r and "(line 5)" in r for r in rendered)
    assert any("min_minutes" in r and "(line 6)" in r for r in rendered)
    assert any("required_hourz: unknown key (line 7)" in r for r in rendered)


def test_a_profile_that_requires_nothing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("id: empty\nversion: 1\ntitle: {en: E}\nsource: own\nkinds: [coaching]\n")
    problems, profile = check_profile_file(path)
    assert profile is None
    assert "required_hours" in problems[0].render()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_afstand_hours_shows_what_counts_and_why_not(
    cli: Cli, tmp_path: Path, afstand_home: Path, language: str
) -> None:
    today = date.today()
    source = tmp_path / "s.yaml"
    source.write_text(
        "kind: intervision\nsupervisor: {name: Bram}\n"
        f"started: {(today - timedelta(days=90)).isoformat()}\n",
        encoding="utf-8",
    )
    assert cli("supervision", "new", "--file", str(source)).code == 0
    for back, minutes in ((80, 120), (60, 45)):
        day = (today - timedelta(days=back)).isoformat()
        assert (
            cli("supervision", "meeting", "add", "--date", day, "--minutes", str(minutes)).code == 0
        )
    since = (today - timedelta(days=100)).isoformat()
    result = cli("--lang", language, "hours", "--register", "skj", "--since", since)
    assert result.code == 0, result.stderr
    if language == "en":
        assert "2.0 of 60 hours" in result.stdout
        assert "shorter than 60 minutes" in result.stdout
    else:
        assert "2,0 van 60 uur" in result.stdout
        assert "korter dan 60 minuten" in result.stdout
    data = cli("hours", "--register", "skj", "--since", since, "--json")
    parsed = __import__("json").loads(data.stdout)
    assert parsed[0]["counted_hours"] == 2.0
    assert [m["reason"] for m in parsed[0]["meetings"]] == [None, "too-short"]


def test_afstand_hours_reads_the_registers_from_the_config(cli: Cli, afstand_home: Path) -> None:
    afstand_home.mkdir(parents=True, exist_ok=True)
    (afstand_home / "config.toml").write_text("[registers]\nskj = 2024-01-01\nbacp = 2026-01-01\n")
    result = cli("hours", "--json")
    assert result.code == 0, result.stderr
    import json

    assert [p["register"] for p in json.loads(result.stdout)] == ["skj", "bacp"]
    assert "skj" in cli("status").stdout.lower()


def test_a_bad_register_in_the_config_is_named(cli: Cli, afstand_home: Path) -> None:
    afstand_home.mkdir(parents=True, exist_ok=True)
    (afstand_home / "config.toml").write_text('[registers]\nskj = "soon"\n')
    result = cli("hours")
    assert result.code == 3
    assert "registers.skj" in result.stderr


def test_register_documents_hold_no_client_code_and_no_reflection_text(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    today = date.today()
    marker = "REFLECTION-TEXT-3f9a"
    answers = tmp_path / "r.yaml"
    answers.write_text(
        f"client: MW-03\ndate: {(today - timedelta(days=40)).isoformat()}\nnote: {marker}\n"
        f"supervision: true\nsupervision_question: {marker} question\n"
        "answers: {countertransference: {position: 5}}\n",
        encoding="utf-8",
    )
    assert cli("reflect", "--answers", str(answers)).code == 0
    reflection_id = __import__("json").loads(cli("list", "--json").stdout)[0]["id"]
    source = tmp_path / "s.yaml"
    source.write_text(
        "kind: supervision\nsupervisor: {name: Anna de Vries, registry: LVSC, number: '77'}\n"
        f"started: {(today - timedelta(days=60)).isoformat()}\n"
        "goals: [Stay with myself when MW-03 cries.]\n",
        encoding="utf-8",
    )
    assert cli("supervision", "new", "--file", str(source)).code == 0
    day = (today - timedelta(days=30)).isoformat()
    assert (
        cli(
            "supervision",
            "meeting",
            "add",
            "--date",
            day,
            "--start",
            "10:00",
            "--end",
            "11:00",
            "-r",
            reflection_id[:8],
            "-g",
            "1",
        ).code
        == 0
    )
    outputs = []
    for what, name in (
        ("attendance", "a.md"),
        ("attendance", "a.html"),
        ("attendance", "a.csv"),
        ("statement", "s.md"),
        ("statement", "s.html"),
    ):
        path = tmp_path / name
        result = cli("supervision", "evidence", what, "-o", str(path))
        assert result.code == 0, result.stderr
        outputs.append((name, path.read_text(encoding="utf-8-sig")))
    for name, text in outputs:
        assert "MW-03" not in text.upper(), name
        assert marker not in text, name
        assert reflection_id[:8] not in text, name
    attendance = dict(outputs)["a.md"]
    assert "| 1 | " + day + " | 10:00 | 11:00 | 60 |" in attendance
    assert "______" in attendance  # a place to sign per meeting
    statement = dict(outputs)["s.md"]
    assert "Stay with myself when (client) cries." in statement
    assert "Anna de Vries (LVSC 77)" in statement
    assert "1.0 hours" in statement
    csv_text = dict(outputs)["a.csv"]
    assert csv_text.splitlines()[0].startswith("number,date,start,end,minutes")


def test_the_calendar_file_reads_back_with_a_real_parser_and_holds_no_client_data(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    icalendar = pytest.importorskip("icalendar")
    today = date.today()
    afstand_home.mkdir(parents=True, exist_ok=True)
    start = today - timedelta(days=100)
    (afstand_home / "config.toml").write_text(f"[registers]\nskj = {start.isoformat()}\n")
    answers = tmp_path / "r.yaml"
    answers.write_text(
        f"client: MW-03\ndate: {(today - timedelta(days=40)).isoformat()}\nsupervision: true\n"
        "answers: {countertransference: {position: 5}}\n",
        encoding="utf-8",
    )
    assert cli("reflect", "--answers", str(answers)).code == 0
    source = tmp_path / "s.yaml"
    source.write_text(
        "kind: supervision\nsupervisor: {name: Anna de Vries}\nplanned_meetings: 10\n"
        f"started: {(today - timedelta(days=60)).isoformat()}\n",
        encoding="utf-8",
    )
    assert cli("supervision", "new", "--file", str(source)).code == 0
    held = today - timedelta(days=3)
    following = today + timedelta(days=11)
    for day in (held, following):
        assert cli("supervision", "meeting", "add", "--date", day.isoformat()).code == 0
    target = tmp_path / "afstand.ics"
    result = cli("status", "--ics", str(target))
    assert result.code == 0, result.stderr
    raw = target.read_bytes()
    assert b"MW-03" not in raw
    parsed = icalendar.Calendar.from_ical(raw)
    events = {str(e.get("summary")): e.decoded("dtstart") for e in parsed.walk("VEVENT")}
    verslag = [day for s, day in events.items() if s.startswith("Reflection report on meeting 1 ")]
    assert verslag == [following - timedelta(days=2)]
    assert any(s.startswith("Meeting 2 ") for s in events)
    skj_end = start.replace(year=start.year + 5) - timedelta(days=1)
    assert events["End of the registration period skj"] == skj_end
    # importing it again updates the same events: the ids stay the same
    cli("status", "--ics", str(target))
    again = icalendar.Calendar.from_ical(target.read_bytes())
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == sorted(
        str(e["uid"]) for e in parsed.walk("VEVENT")
    )


def test_the_hours_document_is_a_monthly_log_without_client_data(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    today = date.today()
    start = (today.replace(day=1) - timedelta(days=70)).replace(day=1)
    source = tmp_path / "s.yaml"
    source.write_text(
        f"kind: supervision\nsupervisor: {{name: Anna}}\nstarted: {start.isoformat()}\n"
        "goals: [Stay with K7]\n",
        encoding="utf-8",
    )
    assert cli("supervision", "new", "--file", str(source)).code == 0
    assert (
        cli("supervision", "meeting", "add", "--date", start.isoformat(), "--minutes", "90").code
        == 0
    )
    target = tmp_path / "hours.md"
    result = cli("hours", "-r", "bacp", "--since", start.isoformat(), "-o", str(target))
    assert result.code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "K7" not in text
    assert f"| {start.strftime('%Y-%m')} | 1.50 | yes |" in text
    following = (start + timedelta(days=32)).strftime("%Y-%m")
    assert f"| {following} | 0.00 | no |" in text


def test_skj_reflection_form_keeps_the_three_dimensions_without_client_codes(
    cli: Cli, tmp_path: Path
) -> None:
    today = date.today()
    answers = tmp_path / "r.yaml"
    answers.write_text(
        f"client: MW-03\ndate: {(today - timedelta(days=40)).isoformat()}\n"
        "answers: {countertransference: {position: 5}}\n",
        encoding="utf-8",
    )
    assert cli("reflect", "--answers", str(answers)).code == 0
    source = tmp_path / "s.yaml"
    source.write_text(
        "kind: intervision\nsupervisor: {name: Bram}\n"
        f"started: {(today - timedelta(days=50)).isoformat()}\n",
        encoding="utf-8",
    )
    assert cli("supervision", "new", "--file", str(source)).code == 0
    dimensions = tmp_path / "d.yaml"
    dimensions.write_text(
        "technical: I learned to summarise before I advise.\n"
        "normative: Whose responsibility is it, with MW-03?\n"
        "personal: My urge to rescue is older than this work.\n",
        encoding="utf-8",
    )
    target = tmp_path / "skj.md"
    result = cli("supervision", "evidence", "skj", "--answers", str(dimensions), "-o", str(target))
    assert result.code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "Technical-instrumental dimension" in text
    assert "Whose responsibility is it, with (client)?" in text
    assert "MW-03" not in text
    stored = __import__("json").loads(cli("supervision", "show", "--json").stdout)
    assert stored["dimensions"]["personal"] == "My urge to rescue is older than this work."
    again = cli("supervision", "evidence", "skj")  # printed again from what was stored
    assert "summarise before I advise" in again.stdout
