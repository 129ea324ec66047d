"""`afstand supervision` and `afstand status` on the command line: bad input changes nothing,
the log has the journal's guarantees (owner-only, encrypted, exported, forgotten with a
client), and the documents come out aliased, with their due dates."""

from __future__ import annotations

import io
import json
import stat
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from afstand.cli import run
from afstand.crypto import MAGIC
from helpers import Cli, flat

TODAY = date.today()
STARTED = TODAY - timedelta(days=60)


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def new_series(cli: Cli, tmp_path: Path) -> str:
    source = write(
        tmp_path,
        "series.yaml",
        f"""kind: intervision
supervisor: {{name: Anna de Vries, registry: LVSC}}
group_size: 2
planned_meetings: 10
started: {STARTED.isoformat()}
goals:
  - I notice sooner when I start rescuing.
  - I name what happens between me and the client.
""",
    )
    result = cli("supervision", "new", "--file", source)
    assert result.code == 0, result.stderr
    return json.loads(cli("supervision", "list", "--json").stdout)[0]["id"]


def reflect(cli: Cli, tmp_path: Path, client: str, day: date) -> str:
    source = write(
        tmp_path,
        f"r-{client}-{day}.yaml",
        f"""client: {client}
date: {day.isoformat()}
supervision: true
supervision_question: What does {client} ask of me?
answers:
  countertransference: {{position: 6, type2_signals: [rescuing]}}
""",
    )
    assert cli("reflect", "--answers", source).code == 0
    listed = json.loads(cli("list", "--json").stdout)
    return next(e["id"] for e in listed if e["client"] == client and e["date"] == day.isoformat())


def log_files(home: Path) -> dict[Path, bytes]:
    folder = home / "journal" / "supervision"
    return {p: p.read_bytes() for p in sorted(folder.glob("*.json"))}


@pytest.fixture
def series_id(cli: Cli, tmp_path: Path) -> str:
    return new_series(cli, tmp_path)


def test_a_new_series_is_stored_owner_only_in_the_journal_folder(
    cli: Cli, series_id: str, afstand_home: Path
) -> None:
    path = afstand_home / "journal" / "supervision" / f"{series_id}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    shown = cli("supervision", "show")
    assert "Anna de Vries (LVSC)" in shown.stdout
    assert "group of 2" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--date", (STARTED - timedelta(days=1)).isoformat(), "--minutes", "90"],
            "before the series started",
        ),
        (
            [
                "--date",
                (STARTED + timedelta(days=7)).isoformat(),
                "--start",
                "10:30",
                "--end",
                "12:00",
            ],
            "overlaps a meeting",
        ),
        (
            [
                "--date",
                (STARTED + timedelta(days=9)).isoformat(),
                "--minutes",
                "90",
                "-r",
                "deadbeef",
            ],
            "no reflection with id deadbeef",
        ),
        (
            ["--date", (STARTED + timedelta(days=9)).isoformat(), "--minutes", "90", "-g", "7"],
            "has no learning goal 7",
        ),
        (
            [
                "--date",
                (STARTED + timedelta(days=9)).isoformat(),
                "--start",
                "12:00",
                "--end",
                "11:00",
            ],
            "is not after the start time",
        ),
    ],
)
def test_a_meeting_that_cannot_be_gets_a_clear_error_and_changes_nothing(
    cli: Cli, series_id: str, afstand_home: Path, args: list[str], message: str
) -> None:
    first = (STARTED + timedelta(days=7)).isoformat()
    assert (
        cli(
            "supervision", "meeting", "add", "--date", first, "--start", "10:00", "--end", "11:30"
        ).code
        == 0
    )
    before = log_files(afstand_home)
    result = cli("supervision", "meeting", "add", *args)
    assert result.code == 3
    assert result.stderr.startswith("error: afstand cannot record this; nothing was changed")
    assert message in flat(result.stderr)
    assert "hint:" in result.stderr
    assert "Traceback" not in result.stderr
    assert log_files(afstand_home) == before


def test_a_meeting_file_with_a_typo_names_the_field(
    cli: Cli, series_id: str, afstand_home: Path, tmp_path: Path
) -> None:
    before = log_files(afstand_home)
    source = write(tmp_path, "m.yaml", f"date: {TODAY.isoformat()}\nminuts: 60\n")
    result = cli("supervision", "meeting", "add", "--file", source)
    assert result.code == 3
    assert "minuts: unknown key" in result.stderr
    assert log_files(afstand_home) == before


def test_the_default_length_follows_the_group_size(cli: Cli, series_id: str) -> None:
    day = (STARTED + timedelta(days=3)).isoformat()
    result = cli("supervision", "meeting", "add", "--date", day)
    assert result.code == 0, result.stderr
    assert "(90 minutes)" in result.stderr  # 1½ hours with two supervisees


def test_prepare_aliases_clients_and_records_what_was_brought(
    cli: Cli, series_id: str, tmp_path: Path
) -> None:
    one = reflect(cli, tmp_path, "K7", STARTED + timedelta(days=2))
    assert (
        cli("supervision", "meeting", "add", "--date", (TODAY + timedelta(days=3)).isoformat()).code
        == 0
    )
    out = tmp_path / "inbreng.html"
    result = cli("supervision", "prepare", "-q", "How do I stay with K7?", "-o", str(out))
    assert result.code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "K7" not in page and "C1" in page
    assert "<script" not in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    meeting = json.loads(cli("supervision", "meeting", "show", "1", "--json").stdout)
    assert meeting["reflections"] == [one]
    assert meeting["inbreng"]["question"] == "How do I stay with K7?"
    real = cli("supervision", "prepare", "--real-codes", "-q", "again")
    assert "K7" in real.stdout


def test_the_verslag_has_its_due_date_and_status_shows_it(
    cli: Cli, series_id: str, tmp_path: Path
) -> None:
    held = TODAY - timedelta(days=1)
    following = TODAY + timedelta(days=10)
    assert cli("supervision", "meeting", "add", "--date", held.isoformat(), "-g", "1").code == 0
    assert cli("supervision", "meeting", "add", "--date", following.isoformat()).code == 0
    status = json.loads(cli("status", "--json").stdout)
    verslag = next(i for i in status["items"] if i["kind"] == "verslag")
    assert verslag["due"] == (following - timedelta(days=2)).isoformat()
    assert verslag["meeting"] == 1
    assert "reflection report on meeting 1" in cli("status").stdout

    answers = write(
        tmp_path,
        "v.yaml",
        "answers:\n  what_we_did: We looked at a home visit.\n  what_it_did: Calmer.\n"
        "  what_next: Ask first.\ngoals: [2]\n",
    )
    result = cli("supervision", "verslag", "--answers", answers)
    assert result.code == 0, result.stderr
    assert f"Due by** — {(following - timedelta(days=2)).isoformat()}" in result.stdout
    assert "2\\. I name what happens" in result.stdout
    status = json.loads(cli("status", "--json").stdout)
    assert all(i["kind"] != "verslag" for i in status["items"])


def test_a_verslag_with_a_missing_required_answer_changes_nothing(
    cli: Cli, series_id: str, tmp_path: Path, afstand_home: Path
) -> None:
    assert cli("supervision", "meeting", "add", "--date", TODAY.isoformat()).code == 0
    before = log_files(afstand_home)
    answers = write(tmp_path, "v.yaml", "answers:\n  what_we_did: Something.\n")
    result = cli("supervision", "verslag", "--answers", answers)
    assert result.code == 3
    assert "answers.reflectieverslag.what_it_did: this question is required" in result.stderr
    assert log_files(afstand_home) == before


def test_strict_refuses_a_phone_number_in_an_action(
    cli: Cli, series_id: str, afstand_home: Path
) -> None:
    before = log_files(afstand_home)
    result = cli(
        "supervision",
        "meeting",
        "add",
        "--date",
        TODAY.isoformat(),
        "-a",
        "call 06 12345678",
        "--strict",
    )
    assert result.code == 3
    assert "phone" in result.stderr
    assert log_files(afstand_home) == before


def test_forgetting_a_client_takes_its_reflections_out_of_the_meetings(
    cli: Cli, series_id: str, tmp_path: Path
) -> None:
    gone = reflect(cli, tmp_path, "K7", STARTED + timedelta(days=2))
    kept = reflect(cli, tmp_path, "B12", STARTED + timedelta(days=3))
    day = (STARTED + timedelta(days=5)).isoformat()
    assert (
        cli("supervision", "meeting", "add", "--date", day, "-r", gone[:8], "-r", kept[:8]).code
        == 0
    )
    assert cli("forget", "--client", "K7", "--yes").code == 0
    meeting = json.loads(cli("supervision", "meeting", "show", "1", "--json").stdout)
    assert meeting["reflections"] == [kept]


def test_the_log_travels_in_the_json_export_and_comes_back_on_import(
    cli: Cli, series_id: str, tmp_path: Path, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reflect(cli, tmp_path, "K7", STARTED + timedelta(days=2))
    assert (
        cli(
            "supervision", "meeting", "add", "--date", (STARTED + timedelta(days=4)).isoformat()
        ).code
        == 0
    )
    exported = tmp_path / "all.json"
    assert cli("export", "-o", str(exported)).code == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["supervision"]] == [series_id]
    monkeypatch.setenv("AFSTAND_HOME", str(tmp_path / "elsewhere"))
    result = cli("import", str(exported))
    assert result.code == 0, result.stderr
    assert "Supervision series: 1 added" in result.stderr
    again = json.loads(cli("supervision", "show", "--json").stdout)
    assert again["id"] == series_id and len(again["meetings"]) == 1


def test_the_log_is_encrypted_with_the_journal(
    cli: Cli, series_id: str, afstand_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "correct horse battery")
    assert cli("encrypt").code == 0
    path = afstand_home / "journal" / "supervision" / f"{series_id}.json"
    assert path.read_bytes().startswith(MAGIC)
    assert b"Anna" not in path.read_bytes()
    assert cli("supervision", "meeting", "add", "--date", TODAY.isoformat()).code == 0
    assert path.read_bytes().startswith(MAGIC)
    assert "Anna de Vries" in cli("supervision", "show").stdout
    monkeypatch.delenv("AFSTAND_PASSPHRASE")
    locked = cli("status")
    assert locked.code == 0 and "encrypted" in locked.stdout  # never asks
    monkeypatch.setenv("AFSTAND_PASSPHRASE", "correct horse battery")
    assert cli("decrypt").code == 0
    assert json.loads(path.read_bytes())["series"]["supervisor"]["name"] == "Anna de Vries"


def test_status_says_when_nothing_is_due(cli: Cli) -> None:
    result = cli("status")
    assert result.code == 0
    assert result.stdout.strip() == "Nothing is due."


def test_the_dutch_names_work_too(cli: Cli, series_id: str) -> None:
    assert cli("supervisie", "list").code == 0
    assert cli("intervisie", "show", "--json").code == 0


class Terminal(io.StringIO):
    """Typed lines, as from a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_series_and_its_verslag_can_be_made_by_answering_questions(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        "2",  # intervision
        "Bram Peters",
        "",  # no register
        "4",
        "12",
        STARTED.isoformat(),
        "I ask for help sooner.",
        "",
    ]
    monkeypatch.setattr(sys, "stdin", Terminal("\n".join(lines) + "\n"))
    assert run(["supervision", "new"]) == 0
    listed = json.loads(cli("supervision", "show", "--json").stdout)
    assert listed["kind"] == "intervision"
    assert listed["group_size"] == 4
    assert listed["goals"] == [{"number": 1, "text": "I ask for help sooner."}]
    assert cli("supervision", "meeting", "add", "--date", TODAY.isoformat()).code == 0
    answers = ["We shared cases.", "I felt seen.", "Ask the team on Monday.", "", "", "1"]
    monkeypatch.setattr(sys, "stdin", Terminal("\n".join(answers) + "\n"))
    assert run(["supervision", "verslag"]) == 0
    meeting = json.loads(cli("supervision", "meeting", "show", "1", "--json").stdout)
    assert meeting["goals"] == [1]
    assert [a["value"] for a in meeting["verslag"]["answers"]["answers"]] == [
        "We shared cases.",
        "I felt seen.",
        "Ask the team on Monday.",
    ]


def test_deleting_a_reflection_takes_it_out_of_its_meeting(
    cli: Cli, series_id: str, tmp_path: Path
) -> None:
    one = reflect(cli, tmp_path, "K7", STARTED + timedelta(days=2))
    day = (STARTED + timedelta(days=5)).isoformat()
    assert cli("supervision", "meeting", "add", "--date", day, "-r", one[:8]).code == 0
    assert cli("delete", one[:8], "--yes").code == 0
    meeting = json.loads(cli("supervision", "meeting", "show", "1", "--json").stdout)
    assert meeting["reflections"] == []


def test_prepare_plans_the_meeting_of_a_date_that_is_not_planned_yet(
    cli: Cli, series_id: str, tmp_path: Path
) -> None:
    reflect(cli, tmp_path, "K7", STARTED + timedelta(days=2))
    day = (TODAY + timedelta(days=5)).isoformat()
    result = cli("supervision", "prepare", "--date", day, "-q", "Where is my limit?")
    assert result.code == 0, result.stderr
    meetings = json.loads(cli("supervision", "meeting", "list", "--json").stdout)
    assert [(m["date"], m["minutes"]) for m in meetings] == [(day, 90)]
    assert meetings[0]["inbreng"]["question"] == "Where is my limit?"


def test_a_series_file_of_a_newer_afstand_is_refused_and_left_alone(
    cli: Cli, series_id: str, afstand_home: Path
) -> None:
    path = afstand_home / "journal" / "supervision" / f"{series_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema_version"] = 2
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    result = cli("supervision", "meeting", "add", "--date", TODAY.isoformat())
    assert result.code == 4
    assert "written by a newer afstand" in flat(result.stderr)
    assert path.read_bytes() == before


def test_a_damaged_series_file_is_named_and_left_alone(
    cli: Cli, series_id: str, afstand_home: Path
) -> None:
    path = afstand_home / "journal" / "supervision" / f"{series_id}.json"
    path.write_bytes(path.read_bytes()[:40])
    before = path.read_bytes()
    result = cli("supervision", "show")
    assert result.code == 4
    assert "supervision file" in result.stderr and "is damaged" in result.stderr
    assert path.read_bytes() == before


def test_control_characters_never_enter_the_log(
    cli: Cli, series_id: str, tmp_path: Path, afstand_home: Path
) -> None:
    assert cli("supervision", "meeting", "add", "--date", TODAY.isoformat()).code == 0
    before = log_files(afstand_home)
    escape = "look \x1b[31mred"
    result = cli("supervision", "prepare", "-m", "1", "-q", escape)
    assert result.code == 3 and "control characters" in result.stderr
    answers = write(
        tmp_path,
        "v.json",
        json.dumps({"answers": {"what_we_did": escape, "what_it_did": "x", "what_next": "y"}}),
    )
    result = cli("supervision", "verslag", "--answers", answers)
    assert result.code == 3 and "control characters" in result.stderr
    assert log_files(afstand_home) == before


def test_editing_a_meeting_keeps_its_inbreng_and_verslag_and_ticks_off_actions(
    cli: Cli, series_id: str, tmp_path: Path
) -> None:
    day = TODAY - timedelta(days=2)
    add = cli(
        "supervision", "meeting", "add", "--date", day.isoformat(), "-a", "Ask first", "-a", "Rest"
    )
    assert add.code == 0
    assert cli("supervision", "prepare", "-m", "1", "-q", "Where am I?").code == 0
    answers = write(tmp_path, "v.yaml", "answers: {what_we_did: A, what_it_did: B, what_next: C}\n")
    assert cli("supervision", "verslag", "1", "--answers", answers).code == 0
    changed = write(
        tmp_path,
        "m.yaml",
        f"date: {day.isoformat()}\nstart: '09:00'\nend: '10:30'\nonline: true\n",
    )
    wrong = cli("supervision", "meeting", "edit", "1", "--file", changed)
    assert wrong.code == 3 and "online: unknown key" in wrong.stderr
    changed = write(
        tmp_path,
        "m2.yaml",
        f"date: {day.isoformat()}\nstart: '09:00'\nend: '10:30'\nmode: online\n"
        "actions: [Ask first, Rest]\n",
    )
    assert cli("supervision", "meeting", "edit", "1", "--file", changed).code == 0
    assert cli("supervision", "meeting", "edit", "1", "--done", "2").code == 0
    meeting = json.loads(cli("supervision", "meeting", "show", "1", "--json").stdout)
    assert (meeting["minutes"], meeting["mode"]) == (90, "online")
    assert meeting["inbreng"]["question"] == "Where am I?"
    assert meeting["verslag"]["answers"]["answers"][0]["value"] == "A"
    assert [a["done"] for a in meeting["actions"]] == [False, True]
    assert cli("supervision", "meeting", "edit", "1", "--done", "5").code == 3


def test_a_series_can_be_edited_from_a_file_and_deleted(
    cli: Cli, series_id: str, tmp_path: Path, afstand_home: Path
) -> None:
    assert cli("supervision", "meeting", "add", "--date", TODAY.isoformat(), "-g", "2").code == 0
    fewer = write(
        tmp_path,
        "s.yaml",
        f"kind: intervision\nsupervisor: {{name: Bram}}\nstarted: {STARTED.isoformat()}\n"
        "goals: [Only one goal now]\n",
    )
    refused = cli("supervision", "edit", "--file", fewer)
    assert refused.code == 3 and "learning goal 2 was touched" in flat(refused.stderr)
    both = write(
        tmp_path,
        "s2.yaml",
        f"kind: intervision\nsupervisor: {{name: Bram}}\nstarted: {STARTED.isoformat()}\n"
        "goals: [First, Second, Third]\n",
    )
    assert cli("supervision", "edit", "--file", both).code == 0
    shown = json.loads(cli("supervision", "show", "--json").stdout)
    assert [g["text"] for g in shown["goals"]] == ["First", "Second", "Third"]
    assert shown["supervisor"] == {"name": "Bram"}
    assert cli("supervision", "delete", "--yes").code == 0
    assert log_files(afstand_home) == {}
    assert cli("supervision", "show").code == 1


def test_status_counts_the_log_for_a_register_and_writes_every_due_date_to_a_calendar(
    cli: Cli, series_id: str, tmp_path: Path, afstand_home: Path
) -> None:
    from icalendar import Calendar

    held = TODAY - timedelta(days=7)
    following = TODAY + timedelta(days=10)
    start = "15:00"
    add = ("supervision", "meeting", "add", "--start", start, "--end", "17:00")
    assert cli(*add, "--date", held.isoformat()).code == 0
    assert cli(*add, "--date", following.isoformat()).code == 0
    config = afstand_home / "config.toml"  # AFSTAND_HOME holds the config too
    config.write_text(f"[registers]\nskj = {TODAY.replace(day=1).isoformat()}\n", "utf-8")

    status = json.loads(cli("status", "--json").stdout)
    (register,) = status["registers"]
    assert register["register"] == "skj"
    assert "2" in register["line"]  # the one meeting held counts two hours

    calendar_file = tmp_path / "due.ics"
    result = cli("status", "--ics", str(calendar_file))
    assert result.code == 0, result.stderr
    calendar = Calendar.from_ical(calendar_file.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Meeting 2" in s for s in summaries)
    assert any("Reflection report on meeting 1" in s for s in summaries)
    assert any("SKJ" in s or "skj" in s.lower() for s in summaries)
    assert not any("K7" in s for s in summaries)


def test_status_names_quick_reflections_and_a_periodic_check_in_that_is_due(
    cli: Cli, tmp_path: Path, afstand_home: Path
) -> None:
    from afstand.journal.store import Journal

    check_in = write(
        tmp_path,
        "c.yaml",
        f"client: K7\ndate: {(TODAY - timedelta(days=40)).isoformat()}\n"
        "answers:\n  periodic-check-in: {load_and_capacity: 4}\n",
    )
    assert cli("reflect", "--answers", check_in).code == 0
    session = write(
        tmp_path, "s.yaml", "client: MW-03\nanswers:\n  countertransference: {position: 5}\n"
    )
    assert cli("reflect", "--answers", session).code == 0
    journal = Journal(afstand_home / "journal")
    (entry,) = [e for e in journal.entries() if e.client == "MW-03"]
    journal.replace(entry.model_copy(update={"phase": "quick"}))

    status = json.loads(cli("status", "--json").stdout)
    kinds = {item["kind"]: item for item in status["items"]}
    assert kinds["quick"]["entry"] == entry.id[:8]
    assert kinds["check-in"]["due"] == (TODAY - timedelta(days=12)).isoformat()
    said = flat(cli("status").stdout)
    assert f"afstand reflect --deepen {entry.id[:8]}" in said
    assert "periodic check-in" in said

    fresh = write(
        tmp_path,
        "f.yaml",
        "client: K7\nanswers:\n  periodic-check-in: {load_and_capacity: 3}\n",
    )
    assert cli("reflect", "--answers", fresh).code == 0
    status = json.loads(cli("status", "--json").stdout)
    assert all(item["kind"] != "check-in" for item in status["items"])
