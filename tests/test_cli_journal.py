"""The command line around the journal: reflect --answers, list, show, edit, delete, schema."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from afstand.models.entry import Entry
from helpers import Cli, flat, month_entries, squash

FIXTURES = Path(__file__).parent / "fixtures" / "journal"

ANSWERS_YAML = """\
client: k7
date: 2026-10-05
note: she spoke about her father for the first time
supervision: true
supervision_question: why do I want to rescue her?
answers:
  countertransference:
    position: 6
    type2_signals: [rescuing, merging]
    what_pulled: her silence
  kiesler:
    messages: [submissive]
    pull_strength: 3
    control_position: 5
"""

ANSWERS_JSON = {
    "client": "MW-03",
    "date": "2026-09-14",
    "answers": {"countertransference": {"position": 2, "type1_signals": ["withdrawing"]}},
}


@pytest.fixture
def journal_dir(afstand_home: Path) -> Path:
    return afstand_home / "journal"


def month_files(journal_dir: Path) -> list[str]:
    if not journal_dir.exists():
        return []
    return sorted(p.name for p in journal_dir.glob("[0-9]*/*.json"))


@pytest.fixture
def answers_file(tmp_path: Path):
    def write(text: str, name: str = "answers.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def entries(cli: Cli) -> list[dict[str, Any]]:
    result = cli("list", "--from", "2000-01-01", "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def full(cli: Cli, entry_id: str) -> dict[str, Any]:
    result = cli("show", entry_id, "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def save(cli: Cli, answers_file, client: str, day: str, **extra: Any) -> None:
    data = {"client": client, "date": day, "answers": {"countertransference": {"position": 4}}}
    data.update(extra)
    path = answers_file(json.dumps(data), f"{client}-{day}.json")
    result = cli("reflect", "--answers", str(path))
    assert result.code == 0, result.stderr


@pytest.fixture
def journal(cli: Cli, answers_file) -> dict[str, str]:
    """Four reflections in two months and two clients; their ids by name."""
    save(cli, answers_file, "K7", "2026-09-20")
    save(cli, answers_file, "k7", "2026-10-05", supervision=True, supervision_question="why?")
    save(cli, answers_file, "MW-03", "2026-10-12")
    save(cli, answers_file, "K7", "2026-10-28")
    ids = {(e["client"], e["date"]): e["id"] for e in entries(cli)}
    return {
        "k7-sep": ids["K7", "2026-09-20"],
        "k7-oct": ids["K7", "2026-10-05"],
        "mw-oct": ids["MW-03", "2026-10-12"],
        "k7-late-oct": ids["K7", "2026-10-28"],
    }


# --- reflect --answers ------------------------------------------------------------------------


def test_reflect_from_a_yaml_file_saves(cli: Cli, answers_file, journal_dir) -> None:
    result = cli("reflect", "--answers", str(answers_file(ANSWERS_YAML)))
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert "Saved reflection" in result.stderr
    assert "K7, 2026-10-05 (6 answers)" in flat(result.stderr)
    assert month_files(journal_dir) == ["2026-10.json"]
    (entry,) = entries(cli)
    assert entry["id"][:8] in result.stderr
    saved = full(cli, entry["id"])
    assert saved["client"] == "K7"
    assert saved["note"] == "she spoke about her father for the first time"
    assert saved["supervision"] is True
    assert saved["supervision_question"] == "why do I want to rescue her?"
    answers = {(s["id"], a["question"]): a["value"] for s in saved["sets"] for a in s["answers"]}
    assert answers == {
        ("countertransference", "position"): 6,
        ("countertransference", "type2_signals"): ["rescuing", "merging"],
        ("countertransference", "what_pulled"): "her silence",
        ("kiesler", "messages"): ["submissive"],
        ("kiesler", "pull_strength"): 3,
        ("kiesler", "control_position"): 5,
    }


def test_reflect_refuses_a_note_cut_by_a_comment_and_keeps_a_quoted_hash(
    cli: Cli, answers_file, journal_dir
) -> None:
    cut = ANSWERS_YAML.replace("for the first time", "for the first time #3 of 10")
    result = cli("reflect", "--answers", str(answers_file(cut)))
    assert result.code != 0
    assert "#3 of 10" in flat(result.stderr)
    assert month_files(journal_dir) == []
    quoted = ANSWERS_YAML.replace(
        "note: she spoke about her father for the first time",
        "note: 'she spoke about her father, session #3'  # a comment of my own",
    )
    assert cli("reflect", "--answers", str(answers_file(quoted))).code == 0
    assert full(cli, entries(cli)[0]["id"])["note"] == "she spoke about her father, session #3"


def refused_file(cli: Cli, path: Path, journal_dir: Path) -> str:
    """What `reflect --answers` said of a file it refused, on one line; nothing was saved."""
    result = cli("reflect", "--answers", str(path))
    assert result.code != 0
    assert month_files(journal_dir) == []
    return flat(result.stderr)


def test_a_future_date_in_a_file_is_named_with_the_other_problems(
    cli: Cli, answers_file, journal_dir
) -> None:
    later = date.today() + timedelta(days=40)
    text = ANSWERS_YAML.replace("2026-10-05", later.isoformat()).replace(
        "position: 6", "position: 9"
    )
    said = refused_file(cli, answers_file(text), journal_dir)
    assert f"date: {later.isoformat()} lies in the future" in said
    assert "answers.countertransference.position: 9 lies outside 1..7" in said
    assert "monday" not in said  # no hint about words a file cannot hold


def test_reflect_says_when_a_supervision_question_is_not_saved(
    cli: Cli, answers_file, journal_dir
) -> None:
    unused = ANSWERS_YAML.replace("supervision: true\n", "")
    result = cli("reflect", "--answers", str(answers_file(unused)))
    assert result.code == 0, result.stderr
    assert "why do I want to rescue her?" in flat(result.stderr)
    assert "is not saved" in flat(result.stderr)
    assert full(cli, entries(cli)[0]["id"])["supervision_question"] is None
    again = answers_file(ANSWERS_YAML, "again.yaml")
    assert "not saved" not in flat(cli("reflect", "--answers", str(again)).stderr)


def test_answers_for_an_invalid_own_set_name_the_file(
    cli: Cli, answers_file, journal_dir, tmp_path: Path
) -> None:
    paths = json.loads(cli("paths", "--json").stdout)
    folder = Path(paths["questionnaires"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.yaml").write_text("id: broken\nversion: 0\n", encoding="utf-8")
    text = ANSWERS_YAML + "  broken:\n    anything: 1\n"
    said = refused_file(cli, answers_file(text), journal_dir)
    assert "answers.broken: the question set 'broken'" in said
    assert "is invalid" in said


def test_reflect_refuses_a_text_answer_cut_by_a_comment(
    cli: Cli, answers_file, journal_dir
) -> None:
    # YAML drops ` # ...` after a plain text: an answer in words is never saved half
    cut = ANSWERS_YAML.replace("what_pulled: her silence", "what_pulled: her silence # of loss")
    said = refused_file(cli, answers_file(cut), journal_dir)
    assert "answers.countertransference.what_pulled" in said
    assert "# of loss" in said


def test_reflect_from_a_json_file_saves(cli: Cli, answers_file, journal_dir) -> None:
    path = answers_file(json.dumps(ANSWERS_JSON), "answers.json")
    result = cli("reflect", "--answers", str(path))
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    (entry,) = entries(cli)
    assert (entry["client"], entry["date"]) == ("MW-03", "2026-09-14")
    assert month_files(journal_dir) == ["2026-09.json"]


@pytest.mark.parametrize("text", [ANSWERS_YAML, json.dumps(ANSWERS_JSON)], ids=["yaml", "json"])
def test_reflect_from_stdin(cli: Cli, text: str) -> None:
    result = cli("reflect", "--answers", "-", stdin=text)
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert "Saved reflection" in result.stderr
    assert len(entries(cli)) == 1


def test_client_and_date_options_override_the_file(cli: Cli, answers_file, journal_dir) -> None:
    path = answers_file(ANSWERS_YAML)
    result = cli("reflect", "--answers", str(path), "--client", "mw-03", "--date", "2026-09-30")
    assert result.code == 0, result.stderr
    (entry,) = entries(cli)
    assert (entry["client"], entry["date"]) == ("MW-03", "2026-09-30")
    assert month_files(journal_dir) == ["2026-09.json"]


BAD_FILES = [
    pytest.param(
        ANSWERS_YAML.replace("position: 6", "position: 9"),
        "answers.countertransference.position",
        "9 lies outside 1..7",
        id="out-of-range",
    ),
    pytest.param(
        ANSWERS_YAML.replace("control_position: 5", "control_position:"),
        "answers.kiesler.control_position",
        "this question is required",
        id="missing-required",
    ),
    pytest.param(
        ANSWERS_YAML.replace("kiesler:", "kiessler:"),
        "answers.kiessler",
        "unknown question set",
        id="unknown-set",
    ),
    pytest.param(
        ANSWERS_YAML.replace("client: k7", "client: Jan Jansen"),
        "client",
        "never a name",
        id="name-as-client",
    ),
    pytest.param(
        ANSWERS_YAML.replace("note:", "notes:"), "notes", "unknown", id="unknown-top-level-key"
    ),
    pytest.param(
        "client: K7\ndate: 2026-10-05\nanswers: {}\n", "answers", "nothing to save", id="empty"
    ),
]


@pytest.mark.parametrize(("text", "key", "message"), BAD_FILES)
def test_bad_answers_exit_3_and_save_nothing(
    cli, answers_file, afstand_home, text: str, key: str, message: str
) -> None:
    result = cli("reflect", "--answers", str(answers_file(text)))
    assert result.code == 3
    assert result.stdout == ""
    assert "nothing was saved" in result.stderr
    problem_lines = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert any(line.strip().startswith(key + ":") for line in problem_lines), result.stderr
    assert message in flat(result.stderr)
    assert not (afstand_home / "journal").exists()


@pytest.mark.parametrize("code", ["0042", "0x1F"])
def test_a_client_code_of_digits_in_yaml_is_never_shown_as_another_number(
    cli, answers_file, code: str
) -> None:
    # YAML reads 0042 as the octal number 34: saving it as 34, or saying "not 34", would
    # confuse a professional who typed 0042
    result = cli("reflect", "--answers", str(answers_file(ANSWERS_YAML.replace("k7", code))))
    if result.code == 0:
        assert [e["client"] for e in entries(cli)] == [code.upper()]
    else:
        assert result.code == 3
        assert code in result.stderr, result.stderr


def test_bad_answers_from_stdin_exit_3(cli: Cli, afstand_home) -> None:
    result = cli("reflect", "--answers", "-", stdin="client: K7\nanswers: [1, 2]\n")
    assert result.code == 3
    assert result.stdout == ""
    assert "answers" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_empty_stdin_is_no_answers(cli: Cli, afstand_home) -> None:
    result = cli("reflect", "--answers", "-", stdin="")
    assert result.code == 3
    assert result.stdout == ""
    assert "<stdin>" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_an_answers_file_that_does_not_exist(cli: Cli, tmp_path, afstand_home) -> None:
    missing = tmp_path / "no-such-answers.yaml"
    result = cli("reflect", "--answers", str(missing))
    assert result.code == 3
    assert result.stdout == ""
    assert "no-such-answers.yaml" in squash(result.stderr)
    assert "does not exist" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_an_answers_file_that_is_not_yaml(cli: Cli, answers_file, afstand_home) -> None:
    result = cli("reflect", "--answers", str(answers_file("client: [K7\n")))
    assert result.code == 3
    assert "not valid YAML or JSON" in flat(result.stderr)
    assert not (afstand_home / "journal").exists()


@pytest.mark.parametrize(
    "args",
    [("--date", "2099-01-01"), ()],
    ids=["option", "file"],
)
def test_a_future_date_is_refused(cli: Cli, answers_file, afstand_home, args) -> None:
    path = answers_file(ANSWERS_YAML.replace("2026-10-05", "2099-01-01"))
    result = cli("reflect", "--answers", str(path), *args)
    assert result.code == 3
    assert result.stdout == ""
    assert "2099-01-01 lies in the future" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_a_date_option_that_is_no_date(cli: Cli, answers_file, afstand_home) -> None:
    result = cli("reflect", "--answers", str(answers_file(ANSWERS_YAML)), "--date", "5 oct")
    assert result.code == 3
    assert "'5 oct' is not a date" in result.stderr
    assert not (afstand_home / "journal").exists()


def test_reflect_without_a_terminal_and_without_answers(cli: Cli, afstand_home) -> None:
    result = cli("reflect", "--client", "K7", stdin="")
    assert result.code == 2
    assert result.stdout == ""
    assert "not a terminal" in result.stderr
    assert "--answers" in result.stderr
    assert not (afstand_home / "journal").exists()
    assert not (afstand_home / "drafts").exists()


# --- list -------------------------------------------------------------------------------------


def test_list_shows_a_table_with_short_ids(cli: Cli, journal) -> None:
    result = cli("list")
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    rows = [line for line in lines if line[:8] in {i[:8] for i in journal.values()}]
    assert [row[:8] for row in rows] == [
        journal[name][:8] for name in ("k7-sep", "k7-oct", "mw-oct", "k7-late-oct")
    ]
    assert journal["k7-sep"] not in result.stdout  # the short id, not the whole one
    assert "2026-10-12" in rows[2] and "MW-03" in rows[2]


def test_list_json(cli: Cli, journal) -> None:
    result = cli("list", "--json")
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    listed = json.loads(result.stdout)
    assert [(e["id"], e["date"], e["client"]) for e in listed] == [
        (journal["k7-sep"], "2026-09-20", "K7"),
        (journal["k7-oct"], "2026-10-05", "K7"),
        (journal["mw-oct"], "2026-10-12", "MW-03"),
        (journal["k7-late-oct"], "2026-10-28", "K7"),
    ]


def test_list_json_of_an_empty_journal(cli: Cli) -> None:
    result = cli("list", "--json")
    assert result.code == 0
    assert json.loads(result.stdout) == []


def test_list_of_an_empty_journal_says_so_on_stderr(cli: Cli) -> None:
    result = cli("list")
    assert result.code == 0
    assert result.stdout == ""
    assert "No reflections in this selection." in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--month", "2026-10"), ["k7-oct", "mw-oct", "k7-late-oct"]),
        (("--month", "2026-09"), ["k7-sep"]),
        (("--month", "2026-08"), []),
        (("--from", "2026-10-01", "--to", "2026-10-12"), ["k7-oct", "mw-oct"]),
        (("--from", "2026-10-06"), ["mw-oct", "k7-late-oct"]),
        (("--to", "2026-10-05"), ["k7-sep", "k7-oct"]),
        (("--client", "k7"), ["k7-sep", "k7-oct", "k7-late-oct"]),
        (("--client", "mw-03"), ["mw-oct"]),
        (("--client", "K8"), []),
        (("--supervision",), ["k7-oct"]),
        (("-n", "1"), ["k7-late-oct"]),
        (("--limit", "2", "--client", "K7"), ["k7-oct", "k7-late-oct"]),
        (("--month", "2026-10", "--client", "K7"), ["k7-oct", "k7-late-oct"]),
    ],
)
def test_list_filters(cli: Cli, journal, args, expected) -> None:
    result = cli("list", *args, "--json")
    assert result.code == 0, result.stderr
    assert [e["id"] for e in json.loads(result.stdout)] == [journal[name] for name in expected]


def test_list_month_and_from_together_is_a_usage_error(cli: Cli, journal) -> None:
    result = cli("list", "--month", "2026-10", "--from", "2026-10-01")
    assert result.code == 2
    assert result.stdout == ""
    assert "--month" in result.stderr and "--from" in result.stderr


def test_list_with_a_bad_month(cli: Cli, journal) -> None:
    result = cli("list", "--month", "2026-13")
    assert result.code == 3
    assert result.stdout == ""
    assert "'2026-13' is not a month" in result.stderr


def test_list_with_a_corrupt_month_exits_4(cli: Cli, journal, journal_dir) -> None:
    path = journal_dir / "2026" / "2026-10.json"
    shutil.copyfile(FIXTURES / "truncated.json", path)
    before = path.read_bytes()
    result = cli("list")
    assert result.code == 4
    assert result.stdout == ""
    assert str(path) in squash(result.stderr)
    assert "will not write over it" in flat(result.stderr)
    assert path.read_bytes() == before


def test_reflect_into_a_corrupt_month_exits_4_and_keeps_the_file(
    cli, journal, journal_dir, answers_file
) -> None:
    path = journal_dir / "2026" / "2026-10.json"
    shutil.copyfile(FIXTURES / "newer_version.json", path)
    before = path.read_bytes()
    result = cli("reflect", "--answers", str(answers_file(ANSWERS_YAML)))
    assert result.code == 4
    assert "newer afstand" in flat(result.stderr)
    assert "pip install --upgrade afstand" in result.stderr
    assert path.read_bytes() == before


# --- show -------------------------------------------------------------------------------------


@pytest.fixture
def rich_entry(cli: Cli, answers_file) -> str:
    result = cli("reflect", "--answers", str(answers_file(ANSWERS_YAML)))
    assert result.code == 0, result.stderr
    (entry,) = entries(cli)
    return entry["id"]  # type: ignore[no-any-return]


def test_show_in_english(cli: Cli, rich_entry) -> None:
    result = cli("show", rich_entry[:6])
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    text = flat(result.stdout)
    assert "2026-10-05 · K7" in text
    assert rich_entry in text
    assert "Countertransference – between distance and closeness" in text
    assert "Where did I stand in this session between distance and closeness? 6 — too close" in text
    assert (
        "urge to rescue and to act: taking over responsibility; "
        "merging, getting entangled in the client's story"
        in text
        or "merging, getting entangled in the client's story; "
        "urge to rescue and to act: taking over responsibility"
        in text
    )
    assert (
        "Take the message I felt most strongly: how strongly did it invite a complementary "
        "response from me? 3 — strongly" in text
    )
    assert "her silence" in text
    assert "she spoke about her father for the first time" in text
    assert "why do I want to rescue her?" in text
    assert "Waar stond ik" not in text


def test_show_in_dutch(cli: Cli, rich_entry) -> None:
    result = cli("show", rich_entry[:6], "--lang", "nl")
    assert result.code == 0, result.stderr
    text = flat(result.stdout)
    assert "Tegenoverdracht – tussen afstand en nabijheid" in text
    assert "Waar stond ik in deze sessie tussen afstand en nabijheid? 6 — te dichtbij" in text
    assert "vervloeien, verstrikt raken in het verhaal van de cliënt" in text
    assert (
        "Neem de boodschap die ik het sterkst voelde: hoe sterk lokte die bij mij een "
        "aanvullend antwoord uit? 3 — sterk" in text
    )
    assert "Where did I stand" not in text


def test_show_prints_markup_in_a_note_literally(cli: Cli, answers_file) -> None:
    data = {**ANSWERS_JSON, "note": "[bold]x[/bold] and [red]y"}
    result = cli("reflect", "--answers", str(answers_file(json.dumps(data), "a.json")))
    assert result.code == 0, result.stderr
    (entry,) = entries(cli)
    shown = cli("show", entry["id"][:8])
    assert shown.code == 0
    assert "[bold]x[/bold] and [red]y" in shown.stdout


def test_show_json_is_the_full_entry(cli: Cli, rich_entry, journal_dir) -> None:
    result = cli("show", rich_entry[:8], "--json")
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    shown = json.loads(result.stdout)
    on_disk = month_entries(journal_dir / "2026" / "2026-10.json")[0]
    assert Entry.model_validate(shown) == Entry.model_validate(on_disk)
    assert shown["id"] == rich_entry
    assert shown["note"] == "she spoke about her father for the first time"
    assert [s["id"] for s in shown["sets"]] == ["countertransference", "kiesler"]
    position = shown["sets"][0]["answers"][0]
    assert position["prompt"]["nl"].startswith("Waar stond ik")
    assert position["anchors"]["6"] == {"nl": "te dichtbij", "en": "too close"}


def test_show_a_short_id(cli: Cli, rich_entry) -> None:
    result = cli("show", rich_entry[:3])
    assert result.code == 3
    assert result.stdout == ""
    assert "at least the first 4 characters" in result.stderr


def test_show_an_unknown_id(cli: Cli, rich_entry) -> None:
    prefix = "ffff" if not rich_entry.startswith("ffff") else "0000"
    result = cli("show", prefix)
    assert result.code == 1
    assert result.stdout == ""
    assert f"no reflection with id {prefix}" in result.stderr
    assert "afstand list" in result.stderr


# --- edit -------------------------------------------------------------------------------------


def test_edit_the_note(cli: Cli, journal) -> None:
    entry_id = journal["mw-oct"]
    result = cli("edit", entry_id[:8], "--note", "  looked at it again  ")
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert f"Updated reflection {entry_id[:8]}" in result.stderr
    edited = full(cli, entry_id)
    assert edited["note"] == "looked at it again"
    assert edited["updated"] is not None
    assert edited["sets"][0]["answers"][0]["value"] == 4


def test_edit_the_date_moves_the_entry_to_its_month(cli: Cli, journal, journal_dir) -> None:
    entry_id = journal["mw-oct"]
    result = cli("edit", entry_id[:8], "--date", "2026-08-31")
    assert result.code == 0, result.stderr
    assert month_files(journal_dir) == ["2026-08.json", "2026-09.json", "2026-10.json"]
    assert entry_id.encode() in (journal_dir / "2026" / "2026-08.json").read_bytes()
    assert entry_id.encode() not in (journal_dir / "2026" / "2026-10.json").read_bytes()
    assert full(cli, entry_id)["date"] == "2026-08-31"
    assert len(entries(cli)) == 4


def test_edit_no_supervision(cli: Cli, journal) -> None:
    entry_id = journal["k7-oct"]
    result = cli("edit", entry_id[:8], "--no-supervision")
    assert result.code == 0, result.stderr
    edited = full(cli, entry_id)
    assert edited["supervision"] is False
    assert edited["supervision_question"] is None
    assert cli("list", "--supervision", "--json").stdout.strip() == "[]"


def test_edit_a_supervision_question_turns_supervision_on(cli: Cli, journal) -> None:
    entry_id = journal["mw-oct"]
    result = cli("edit", entry_id[:8], "--supervision-question", "what did I avoid?")
    assert result.code == 0, result.stderr
    edited = full(cli, entry_id)
    assert edited["supervision"] is True
    assert edited["supervision_question"] == "what did I avoid?"


def test_edit_the_client(cli: Cli, journal) -> None:
    entry_id = journal["mw-oct"]
    result = cli("edit", entry_id[:8], "--client", "k9")
    assert result.code == 0, result.stderr
    assert full(cli, entry_id)["client"] == "K9"
    assert [e["id"] for e in entries(cli) if e["client"] == "K9"] == [entry_id]


def test_edit_to_a_name_as_client_is_refused(cli: Cli, journal, journal_dir) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    result = cli("edit", journal["mw-oct"][:8], "--client", "Jan Jansen")
    assert result.code == 3
    assert "never a name" in flat(result.stderr)
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before


def test_edit_to_a_future_date_is_refused(cli: Cli, journal, journal_dir) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    result = cli("edit", journal["mw-oct"][:8], "--date", "2099-01-01")
    assert result.code == 3
    assert "lies in the future" in result.stderr
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before
    assert month_files(journal_dir) == ["2026-09.json", "2026-10.json"]


def test_edit_with_an_answers_file(cli: Cli, journal, answers_file) -> None:
    entry_id = journal["mw-oct"]
    path = answers_file(
        "client: MW-03\ndate: 2026-10-12\nanswers:\n  countertransference:\n    position: 2\n"
    )
    result = cli("edit", entry_id[:8], "--answers", str(path))
    assert result.code == 0, result.stderr
    assert full(cli, entry_id)["sets"][0]["answers"][0]["value"] == 2


@pytest.mark.parametrize("value", ["3.5", "{a: 1}"])
def test_edit_with_a_wrong_value_in_an_answers_file_is_refused(
    cli: Cli, journal, journal_dir, answers_file, value: str
) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    path = answers_file(
        f"client: Jan Jansen\nanswers:\n  countertransference:\n    position: {value}\n"
    )
    result = cli("edit", journal["mw-oct"][:8], "--answers", str(path))
    assert result.code == 3, result.stderr
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    message = flat(result.stderr)
    assert "answers.countertransference.position: give a whole number from 1 to 7" in message
    assert "client" in message and "never a name" in message  # every problem at once
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before


def test_edit_with_a_future_date_in_an_answers_file_is_refused(
    cli: Cli, journal, journal_dir, answers_file
) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    path = answers_file(
        "client: MW-03\ndate: 2099-01-01\nanswers:\n  countertransference:\n    position: 2\n"
    )
    result = cli("edit", journal["mw-oct"][:8], "--answers", str(path))
    assert result.code == 3, result.stderr
    assert "2099-01-01 lies in the future" in result.stderr
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before
    assert month_files(journal_dir) == ["2026-09.json", "2026-10.json"]


def test_edit_that_changes_nothing(cli: Cli, journal, journal_dir) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    result = cli("edit", journal["mw-oct"][:8], "--client", "mw-03")
    assert result.code == 0
    assert "Nothing changed" in result.stderr
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before


def test_edit_without_a_terminal_and_without_flags(cli: Cli, journal, journal_dir) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    result = cli("edit", journal["mw-oct"][:8], stdin="")
    assert result.code == 2
    assert result.stdout == ""
    assert "not a terminal" in result.stderr
    assert "--note" in result.stderr and "--answers FILE" in result.stderr
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before


# --- delete -----------------------------------------------------------------------------------


def test_delete_with_yes(cli: Cli, journal) -> None:
    entry_id = journal["mw-oct"]
    result = cli("delete", entry_id[:8], "--yes")
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert f"Deleted reflection {entry_id[:8]}" in result.stderr
    assert entry_id not in [e["id"] for e in entries(cli)]
    assert len(entries(cli)) == 3
    assert cli("show", entry_id).code == 1


def test_delete_the_only_entry_of_a_month_removes_the_file(cli: Cli, journal, journal_dir) -> None:
    assert cli("delete", journal["k7-sep"][:8], "-y").code == 0
    assert month_files(journal_dir) == ["2026-10.json"]


def test_delete_without_a_terminal_and_without_yes(cli: Cli, journal, journal_dir) -> None:
    before = (journal_dir / "2026" / "2026-10.json").read_bytes()
    result = cli("delete", journal["mw-oct"][:8], stdin="")
    assert result.code == 2
    assert result.stdout == ""
    assert "--yes" in result.stderr
    assert (journal_dir / "2026" / "2026-10.json").read_bytes() == before
    assert len(entries(cli)) == 4


def test_delete_an_unknown_id(cli: Cli, journal, journal_dir) -> None:
    prefix = next(
        p for p in ("0000", "1111", "2222") if not any(i.startswith(p) for i in journal.values())
    )
    result = cli("delete", prefix, "--yes")
    assert result.code == 1
    assert f"no reflection with id {prefix}" in result.stderr
    assert len(entries(cli)) == 4


# --- schema -----------------------------------------------------------------------------------


def test_schema_answers(cli: Cli) -> None:
    result = cli("schema", "answers")
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    schema = json.loads(result.stdout)
    assert {"client", "date", "answers"} <= set(schema["properties"])
    assert "client" in schema["required"]
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["additionalProperties"] is False


def schema_problems(value: Any, schema: dict[str, Any], at: str = "") -> list[str]:
    """A small check of `value` against the parts of JSON Schema the answers schema uses."""
    if "anyOf" in schema:
        if all(schema_problems(value, option, at) for option in schema["anyOf"]):
            return [f"{at}: none of anyOf"]
        return []
    kinds = {
        "object": dict,
        "string": str,
        "integer": int,
        "boolean": bool,
        "array": list,
        "null": type(None),
    }
    kind = schema.get("type")
    if kind is not None and (
        not isinstance(value, kinds[kind]) or (kind == "integer" and isinstance(value, bool))
    ):
        return [f"{at}: not {kind}"]
    if schema.get("format") == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return [f"{at}: not a date"]
    problems = []
    if kind == "array":
        for index, item in enumerate(value):
            problems += schema_problems(item, schema.get("items", {}), f"{at}.{index}")
    if kind == "object":
        properties = schema.get("properties", {})
        problems += [
            f"{at}.{key}: missing" for key in schema.get("required", ()) if key not in value
        ]
        for key, item in value.items():
            if key in properties:
                problems += schema_problems(item, properties[key], f"{at}.{key}")
            elif schema.get("additionalProperties", True) is False:
                problems.append(f"{at}.{key}: not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                problems += schema_problems(item, schema["additionalProperties"], f"{at}.{key}")
    return problems


def test_the_answers_schema_accepts_an_answers_file_and_refuses_a_wrong_one(cli: Cli) -> None:
    schema = json.loads(cli("schema", "answers").stdout)
    sample = yaml.safe_load(ANSWERS_YAML)
    sample["date"] = sample["date"].isoformat()  # as in a JSON file
    assert schema_problems(sample, schema) == []
    assert schema_problems(ANSWERS_JSON, schema) == []
    wrong = {
        "note": 3,
        "notes": "a typo",
        "date": "5 October",
        "answers": {"kiesler": {"messages": [1]}},
    }
    assert sorted(schema_problems(wrong, schema)) == [
        ".answers.kiesler.messages: none of anyOf",
        ".client: missing",
        ".date: none of anyOf",
        ".note: none of anyOf",
        ".notes: not allowed",
    ]
    answers = schema["properties"]["answers"]
    assert "option id" in answers["description"]
    assert "never a name" in schema["properties"]["client"]["description"]
    value = answers["additionalProperties"]["additionalProperties"]
    assert {"type": "array", "items": {"type": "string"}} in value["anyOf"]


def test_schema_of_something_unknown(cli: Cli) -> None:
    result = cli("schema", "journal")
    assert result.code == 2
    assert result.stdout == ""
    assert "answers" in result.stderr
