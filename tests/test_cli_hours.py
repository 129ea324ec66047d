"""`afstand hours` and `afstand evidence` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import Cli, flat

LOG = """\
activities:
  - {date: 2026-01-05, start: "10:00", end: "12:00", minutes: 120, kind: supervision,
     group_size: 2, series_id: s1, series_title: Reeks A, facilitator: Anne de Vries}
  - {date: 2026-02-05, minutes: 45, kind: intervision}
  - {date: 2026-03-05, minutes: 90, kind: supervision, mode: online}
  - {date: 2026-04-05, minutes: 60, kind: self-reflection}
  - {date: 2021-04-05, minutes: 60, kind: supervision}
"""


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "log.yaml"
    path.write_text(LOG, encoding="utf-8")
    return path


def configure(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text, encoding="utf-8")


def test_hours_says_what_counts_what_not_and_why(cli: Cli, log: Path, afstand_home: Path) -> None:
    configure(
        afstand_home,
        "[registers]\nskj = 2022-01-01\nbacp = 2026-01-01\n",
    )
    result = cli("hours", "--activities", str(log), "--date", "2026-06-15")
    assert result.code == 0, result.stderr
    text = flat(result.stdout)
    assert "Period 2022-01-01 to 2026-12-31 (7 months left)" in text
    assert "Counts: 2 hours in 1 activity" in text
    assert "still needed: 58 hours by 2026-12-31" in text
    assert "2026-02-05 intervision, 0.75 h: too short: at least 60 minutes" in text
    assert "2026-03-05 supervision, 1.5 h: online, and only face-to-face counts" in text
    assert "self-reflection alone does not count" in text
    assert "2021-04-05 supervision, 1 h: before the period started" in text
    assert "Months below the minimum of 1.5 hours: 4" in text  # Jan 1 h (group), Feb, Apr, May
    assert "check your register's current rules" in text


def test_hours_in_dutch_uses_a_decimal_comma(cli: Cli, log: Path, afstand_home: Path) -> None:
    configure(afstand_home, "[registers]\nbacp = 2026-01-01\n")
    result = cli("--lang", "nl", "hours", "--activities", str(log), "--date", "2026-06-15")
    assert result.code == 0
    assert "2026-02-05 intervisie, 0,75 h" in flat(result.stdout) or "0,75" in result.stdout
    assert "Maanden onder het minimum van 1,5 uur: 4" in flat(result.stdout)


def test_since_gives_the_start_of_the_period(cli: Cli, log: Path) -> None:
    result = cli("hours", "-r", "skj", "--since", "2022-01-01", "--activities", str(log),
                 "--json", "--date", "2026-06-15")  # fmt: skip
    data = json.loads(result.stdout)["registers"][0]
    assert data["period"] == {"start": "2022-01-01", "end": "2026-12-31", "months_left": 7,
                              "start_missing": False}  # fmt: skip
    assert data["counted_hours"] == 2.0


def test_hours_json(cli: Cli, log: Path) -> None:
    result = cli("hours", "-r", "skj", "--activities", str(log), "--json", "--date", "2026-06-15")
    assert result.code == 0
    data = json.loads(result.stdout)["registers"][0]
    assert data["register"] == "skj"
    assert data["period"]["start_missing"] is True
    assert data["counted_hours"] == 3.0  # without a start, the 2021 meeting counts too
    reasons = {item["date"]: item["reasons"] for item in data["not_counted"]}
    assert reasons == {
        "2026-02-05": ["too-short"],
        "2026-03-05": ["online"],
        "2026-04-05": ["self-reflection"],
    }


def test_hours_without_a_register_says_how_to_choose_one(cli: Cli) -> None:
    result = cli("hours")
    assert result.code == 2
    assert "you have not chosen a register yet" in result.stderr
    assert "[registers] and below it skj = YYYY-MM-DD" in flat(result.stderr)


def test_a_bad_config_key_is_a_located_error(cli: Cli, afstand_home: Path) -> None:
    configure(afstand_home, 'registers = "skj"\n')
    result = cli("hours")
    assert result.code == 3
    assert "registers: must be a table: [registers]" in flat(result.stderr)
    configure(afstand_home, '[registers]\nskj = "first of May"\nnvo = "2024-02-01"\n')
    result = cli("hours")
    assert result.code == 3
    assert "registers.skj: 'first of May' is not a date" in flat(result.stderr)
    assert "nvo" not in result.stderr  # a date as a quoted text is fine


def test_a_bad_activities_file_changes_nothing_and_names_the_field(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("activities:\n  - {date: 2026-01-05, minutes: 0, kind: supervison}\n")
    result = cli("hours", "-r", "skj", "--activities", str(path))
    assert result.code == 3
    assert "activities.0.minutes" in result.stderr
    assert "activities.0.kind" in result.stderr
    assert "(line 2)" in result.stderr


def test_evidence_writes_each_format_readable_by_the_owner_only(
    cli: Cli, log: Path, tmp_path: Path
) -> None:
    for name in ("list.md", "list.html", "list.csv"):
        target = tmp_path / name
        result = cli("evidence", "attendance", "-r", "lvsc", "--activities", str(log),
                     "-o", str(target), "--date", "2026-06-15")  # fmt: skip
        assert result.code == 0, result.stderr
        assert target.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "list.md").read_text().startswith("# Attendance list")
    assert "<!DOCTYPE html>" in (tmp_path / "list.html").read_text()
    assert (tmp_path / "list.csv").read_text(encoding="utf-8-sig").startswith("number,date")


def test_evidence_to_stdout_and_a_warning_for_a_document_the_register_does_not_list(
    cli: Cli, log: Path
) -> None:
    result = cli("evidence", "monthly-log", "-r", "skj", "--activities", str(log))
    assert result.code == 0
    assert result.stdout.startswith("# Monthly supervision log")
    assert "SKJ does not list monthly-log as evidence" in flat(result.stderr)
    wrong = cli("evidence", "diploma", "-r", "skj")
    assert wrong.code == 2


def test_dimensions_take_the_users_own_words(cli: Cli, log: Path, tmp_path: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text(
        "Reeks A:\n  technical-instrumental: Ik leerde een gesprek te structureren.\n"
        "  personal: Ik merk eerder wanneer ik wil redden.\n",
        encoding="utf-8",
    )
    result = cli("evidence", "dimensions", "-r", "skj", "--activities", str(log),
                 "--words", str(words))  # fmt: skip
    assert result.code == 0, result.stderr
    assert "Technical\\-instrumental: Ik leerde een gesprek te structureren." not in result.stdout
    assert "Technical-instrumental: Ik leerde een gesprek te structureren." in result.stdout
    series = result.stdout.split("## Reeks A")[1].split("## ")[0]
    assert "**Normative**" in series  # still to be written by hand
    assert "**Personal**" not in series
    assert "Personal: Ik merk eerder wanneer ik wil redden." in series
    bad = tmp_path / "bad.yaml"
    bad.write_text("Reeks A:\n  personl: x\n")
    refused = cli("evidence", "dimensions", "-r", "skj", "--words", str(bad))
    assert refused.code == 3
    assert "Reeks A.personl: unknown key (line 2)" in refused.stderr


def test_dutch_users_may_say_uren(cli: Cli, log: Path) -> None:
    result = cli("--lang", "nl", "uren", "-r", "nvo", "--since", "2022-01-01",
                 "--activities", str(log), "--date", "2026-06-15")  # fmt: skip
    assert result.code == 0
    assert "Telt mee: 4,25 uur in 3 activiteiten" in flat(result.stdout)  # 120 + 45 + 90 min


def test_a_client_code_in_a_goal_or_title_is_taken_out_of_every_document(
    cli: Cli, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "client: MW-03\ndate: 2026-01-04\nanswers:\n  countertransference:\n    position: 6\n"
    )
    assert cli("reflect", "--answers", str(answers)).code == 0
    log = tmp_path / "log.yaml"
    log.write_text(
        "activities:\n  - {date: 2026-01-05, minutes: 120, kind: supervision,"
        " series_id: a, series_title: Casus mw-03,"
        " goals: [Rustig blijven bij MW-03, Grenzen stellen]}\n"
    )
    for document in ("attendance", "statement", "dimensions"):
        for fmt in ("markdown", "html", "csv"):
            result = cli("evidence", document, "-r", "skj", "--activities", str(log),
                         "-f", fmt)  # fmt: skip
            assert result.code == 0, result.stderr
            assert "mw-03" not in result.stdout.lower(), (document, fmt)
    statement = cli("evidence", "statement", "-r", "skj", "--activities", str(log)).stdout
    assert "Rustig blijven bij \\[client\\]; Grenzen stellen" in statement
    assert "## Casus \\[client\\]" in statement
