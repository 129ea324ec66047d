"""The command line around question sets: version, help, language, list, show, validate, paths."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from afstand import __version__
from afstand.models.question_set import QuestionSet
from afstand.models.questionnaire import Questionnaire
from afstand.questionnaires.catalog import check_file, load_catalog
from helpers import Cli, flat, squash

FIXTURES = Path(__file__).parent / "fixtures" / "questionnaires"
HOME_VISIT = FIXTURES / "valid" / "home-visit.yaml"
INVALID = FIXTURES / "invalid"
REQUIRED_SETS = ("countertransference", "kiesler", "basic-needs", "self-care")

SMALL_KIESLER = """\
id: kiesler
version: 3
title:
  nl: Mijn eigen Kiesler
  en: My own Kiesler
description:
  en: The team's shorter version.
source: our team
questions:
  - id: pull
    type: text
    prompt:
      en: Which pull did I feel from this client?
"""


def shipped() -> dict[str, QuestionSet]:
    return {loaded.questionnaire.id: loaded.questionnaire for loaded in load_catalog(None)}


def set_columns(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    """The console reads COLUMNS once when it is made; make it anew with this width."""
    from afstand.cli import output

    monkeypatch.setenv("COLUMNS", str(columns))
    for console in (output.out, output.err):
        getattr(console, "cache_clear", lambda: None)()


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A terminal wide enough that no title in `list` wraps."""
    set_columns(monkeypatch, 250)
    yield
    set_columns(monkeypatch, 100)


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The width of a default terminal, and of any pipe when COLUMNS is not set."""
    set_columns(monkeypatch, 80)
    yield
    set_columns(monkeypatch, 100)


@pytest.fixture
def user_dir(afstand_home: Path) -> Path:
    folder = afstand_home / "questionnaires"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def config_file(afstand_home: Path) -> Callable[[str], Path]:
    def write(text: str) -> Path:
        afstand_home.mkdir(parents=True, exist_ok=True)
        path = afstand_home / "config.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


# --- version and help -------------------------------------------------------------------------


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.stdout == f"afstand {__version__}\n"
    assert result.stderr == ""


def test_help(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    assert "questionnaires" in result.stdout
    assert "paths" in result.stdout
    assert "between distance and closeness" in flat(result.stdout)
    assert result.stderr == ""


def test_help_in_dutch(cli: Cli) -> None:
    result = cli("--lang", "nl", "--help")
    assert result.code == 0
    assert "tussen afstand en nabijheid" in flat(result.stdout)


def test_python_m_afstand_help(afstand_home: Path) -> None:
    env = {**os.environ, "AFSTAND_HOME": str(afstand_home)}
    result = subprocess.run(
        [sys.executable, "-m", "afstand", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "questionnaires" in result.stdout
    assert "--version" in result.stdout


def test_json_option_help_is_translated(cli: Cli) -> None:
    """Every interface text exists in Dutch: also the help of `paths --json`."""
    result = cli("--lang", "nl", "paths", "--help")
    assert result.code == 0
    assert "Druk af als JSON." in result.stdout
    assert "Print as JSON." not in result.stdout


# --- language ---------------------------------------------------------------------------------


def assert_lists_in(result, language: str) -> None:
    other = "en" if language == "nl" else "nl"
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    for set_id, questionnaire in shipped().items():
        assert set_id in result.stdout
        title = questionnaire.title.get(language)
        assert title in result.stdout
        if questionnaire.title.get(other) != title:
            assert questionnaire.title.get(other) not in result.stdout
    origin = {"nl": "meegeleverd", "en": "built-in"}[language]
    assert origin in result.stdout


def test_list_shows_shipped_sets_in_english(cli: Cli, wide) -> None:
    result = cli("questionnaires", "list")
    assert set(REQUIRED_SETS) <= set(shipped())
    assert_lists_in(result, "en")
    header = result.stdout.splitlines()[0].split()
    assert header == ["id", "title", "questions", "origin"]


@pytest.mark.parametrize(
    "args",
    [
        ("--lang", "nl", "questionnaires", "list"),
        ("questionnaires", "list", "--lang", "nl"),
        ("questionnaires", "--lang", "nl", "list"),
        ("--lang=nl", "questionnaires", "list"),
        ("questionnaires", "list", "--lang", "nl_BE"),
    ],
)
def test_list_in_dutch_with_lang_option(cli: Cli, wide, args) -> None:
    assert_lists_in(cli(*args), "nl")


def test_list_in_dutch_with_afstand_lang(cli: Cli, wide, monkeypatch) -> None:
    monkeypatch.setenv("AFSTAND_LANG", "nl")
    assert_lists_in(cli("questionnaires", "list"), "nl")


def test_list_in_dutch_with_config(cli: Cli, wide, config_file) -> None:
    config_file('language = "nl"\n')
    assert_lists_in(cli("questionnaires", "list"), "nl")


def test_list_in_dutch_with_locale(cli: Cli, wide, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert_lists_in(cli("questionnaires", "list"), "nl")


def test_lang_option_wins_over_afstand_lang(cli: Cli, wide, monkeypatch) -> None:
    monkeypatch.setenv("AFSTAND_LANG", "nl")
    assert_lists_in(cli("questionnaires", "list", "--lang", "en"), "en")


def test_afstand_lang_wins_over_config(cli: Cli, wide, monkeypatch, config_file) -> None:
    config_file('language = "nl"\n')
    monkeypatch.setenv("AFSTAND_LANG", "en")
    assert_lists_in(cli("questionnaires", "list"), "en")


def test_config_wins_over_locale(cli: Cli, wide, monkeypatch, config_file) -> None:
    config_file('language = "en"\n')
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert_lists_in(cli("questionnaires", "list"), "en")


@pytest.mark.parametrize(
    "args", [("--lang", "de", "questionnaires", "list"), ("questionnaires", "list", "--lang", "de")]
)
def test_unknown_language_is_an_error(cli: Cli, args) -> None:
    result = cli(*args)
    assert result.code != 0
    assert result.stdout == ""
    assert "error: unknown language 'de'" in result.stderr
    assert "hint: choose nl or en" in result.stderr


def test_unknown_language_in_afstand_lang_is_an_error(cli: Cli, monkeypatch) -> None:
    monkeypatch.setenv("AFSTAND_LANG", "fr")
    result = cli("questionnaires", "list")
    assert result.code != 0
    assert result.stdout == ""
    assert "unknown language 'fr'" in result.stderr


def test_list_never_cuts_an_id_in_a_narrow_terminal(cli: Cli, narrow, user_dir) -> None:
    """The id is what the user types next (`show ID`): it must be whole, even in 80 columns
    and with a user set whose origin column is wide."""
    shutil.copy(HOME_VISIT, user_dir / "home-visit.yaml")
    result = cli("questionnaires", "list")
    assert result.code == 0
    ids = [line.split()[0] for line in result.stdout.splitlines()[1:] if line[:1].strip()]
    assert sorted(ids) == sorted([*shipped(), "home-visit"])


# --- list with the user's own sets ------------------------------------------------------------


def line_of(stdout: str, set_id: str) -> str:
    lines = [line for line in stdout.splitlines() if line.split()[:1] == [set_id]]
    assert len(lines) == 1, stdout
    return lines[0]


def test_user_set_is_listed_as_user_file(cli: Cli, wide, user_dir) -> None:
    shutil.copy(HOME_VISIT, user_dir / "home-visit.yaml")
    result = cli("questionnaires", "list")
    assert result.code == 0
    assert result.stderr == ""
    row = line_of(result.stdout, "home-visit")
    assert "After a home visit" in row
    assert "11" in row.split()
    assert "user file (home-visit.yaml)" in row
    assert "built-in" in line_of(result.stdout, "kiesler")


def test_user_set_replaces_shipped_set_with_its_id(cli: Cli, wide, user_dir) -> None:
    (user_dir / "kiesler.yaml").write_text(SMALL_KIESLER, encoding="utf-8")
    result = cli("questionnaires", "list")
    assert result.code == 0
    assert result.stderr == ""
    row = line_of(result.stdout, "kiesler")
    assert "My own Kiesler" in row
    assert "user file (kiesler.yaml)" in row
    assert "replaces the built-in set" in row
    assert shipped()["kiesler"].title.get("en") not in result.stdout
    # the other shipped sets stay
    for set_id in ("countertransference", "basic-needs", "self-care"):
        assert "built-in" in line_of(result.stdout, set_id)
    shown = cli("questionnaires", "show", "kiesler")
    assert shown.code == 0
    assert "Which pull did I feel from this client?" in shown.stdout
    as_json = json.loads(cli("questionnaires", "list", "--json").stdout)
    entry = next(s for s in as_json["sets"] if s["id"] == "kiesler")
    assert entry["origin"] == "user"
    assert entry["replaces_built_in"] is True


def test_invalid_user_set_is_reported_not_skipped(cli: Cli, wide, user_dir) -> None:
    broken = user_dir / "my-set.yaml"
    shutil.copy(INVALID / "unknown_key_question.yaml", broken)
    result = cli("questionnaires", "list")
    assert result.code == 0
    for set_id in REQUIRED_SETS:
        assert "built-in" in line_of(result.stdout, set_id)
    assert "broken-example" not in result.stdout
    assert str(broken) not in result.stdout
    stderr = squash(result.stderr)
    assert squash(f"{broken} is invalid and not used") in stderr
    assert squash(f"afstand questionnaires validate {broken}") in stderr


def test_two_user_sets_with_one_id_are_reported(cli: Cli, wide, user_dir) -> None:
    shutil.copy(HOME_VISIT, user_dir / "a-visit.yaml")
    shutil.copy(HOME_VISIT, user_dir / "b-visit.yaml")
    result = cli("questionnaires", "list")
    assert result.code == 0
    assert "user file (a-visit.yaml)" in line_of(result.stdout, "home-visit")
    assert squash(f"{user_dir / 'b-visit.yaml'} is invalid and not used") in squash(result.stderr)


# --- show -------------------------------------------------------------------------------------


def test_show_renders_every_prompt_and_anchor(cli: Cli) -> None:
    questionnaire = shipped()["countertransference"]
    result = cli("questionnaires", "show", "countertransference")
    assert result.code == 0
    assert result.stderr == ""
    stdout = flat(result.stdout)
    assert flat(questionnaire.title.get("en")) in stdout
    for question in questionnaire.questions:
        assert flat(question.prompt.get("en")) in stdout
        for anchor in question.anchors.values():
            assert flat(anchor.get("en")) in stdout
        for option in question.options:
            assert flat(option.label.get("en")) in stdout


def test_show_in_dutch(cli: Cli) -> None:
    questionnaire = shipped()["self-care"]
    result = cli("questionnaires", "show", "self-care", "--lang", "nl")
    assert result.code == 0
    stdout = flat(result.stdout)
    for question in questionnaire.questions:
        assert flat(question.prompt.get("nl")) in stdout
        assert flat(question.prompt.get("en")) not in stdout


def test_show_user_set_with_conditions_and_feedback(cli: Cli, user_dir) -> None:
    shutil.copy(HOME_VISIT, user_dir / "home-visit.yaml")
    result = cli("questionnaires", "show", "home-visit")
    assert result.code == 0
    stdout = flat(result.stdout)
    assert "How close did I get during this visit?" in stdout
    assert "only if felt_safe equals false" in stdout
    assert "only if closeness at_least 4" in stdout
    assert "Report this to your team leader today." in stdout


def test_show_json_has_the_yaml_field_names(cli: Cli) -> None:
    result = cli("questionnaires", "show", "kiesler", "--json")
    assert result.code == 0
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert {"id", "version", "title", "description", "source", "questions"} <= set(data)
    assert data["id"] == "kiesler"
    assert isinstance(data["version"], int)
    assert set(data["title"]) == {"nl", "en"}
    for question in data["questions"]:
        assert {"id", "type", "prompt"} <= set(question)
    messages = next(q for q in data["questions"] if q["id"] == "messages")
    option = next(o for o in messages["options"] if o["tags"].get("octant") == "dominant")
    assert {"id", "label", "tags", "feedback"} <= set(option)
    assert set(option["feedback"]) == {"nl", "en"}
    scale = next(q for q in data["questions"] if q["tags"].get("axis") == "control")
    assert scale["type"] == "scale"
    assert isinstance(scale["min"], int) and isinstance(scale["max"], int)
    assert str(scale["min"]) in scale["anchors"]


@pytest.mark.parametrize("set_id", ["kiesler", "home-visit"])
def test_show_json_round_trips_through_the_model(cli: Cli, user_dir, set_id) -> None:
    shutil.copy(HOME_VISIT, user_dir / "home-visit.yaml")
    result = cli("questionnaires", "show", set_id, "--json")
    assert result.code == 0
    original = load_catalog(user_dir).get(set_id)
    # what is shown is a set file as a user may write it, every field and value kept
    assert Questionnaire.model_validate_json(result.stdout).as_question_set() == original


def test_show_unknown_set(cli: Cli) -> None:
    result = cli("questionnaires", "show", "unknown")
    assert result.code == 1
    assert result.stdout == ""
    assert "error: no question set with id 'unknown'" in result.stderr
    assert "hint: see the available sets with: afstand questionnaires list" in result.stderr


def test_show_invalid_user_set_names_its_problems(cli: Cli, user_dir) -> None:
    broken = user_dir / "my-set.yaml"
    shutil.copy(INVALID / "unknown_key_top.yaml", broken)
    result = cli("questionnaires", "show", "my-set")
    assert result.code == 3
    assert result.stdout == ""
    stderr = squash(result.stderr)
    assert squash(f"error: the question set 'my-set' ({broken}) is invalid") in stderr
    assert squash(f"{broken}: author: unknown key (line 14)") in stderr
    assert (
        squash(f"hint: see every problem with: afstand questionnaires validate {broken}") in stderr
    )


# --- validate ---------------------------------------------------------------------------------


def rendered(path: Path) -> list[str]:
    return [problem.render() for problem in check_file(path)[0]]


def test_validate_valid_files(cli: Cli) -> None:
    shipped_file = Path(load_catalog(None).sets["kiesler"].path)
    result = cli("questionnaires", "validate", str(HOME_VISIT), str(shipped_file))
    assert result.code == 0
    assert result.stdout == ""
    assert "2 files checked: no problems" in result.stderr


def test_validate_invalid_file(cli: Cli) -> None:
    path = INVALID / "unknown_key_top.yaml"
    result = cli("questionnaires", "validate", str(path))
    assert result.code == 1
    assert squash(result.stdout) == squash(f"{path}: author: unknown key (line 14)")
    assert "1 of 1 file invalid" in result.stderr


def test_validate_reports_every_problem_of_every_file(cli: Cli) -> None:
    several = INVALID / "several_problems.yaml"
    syntax = INVALID / "syntax_error.yaml"
    result = cli("questionnaires", "validate", str(several), str(HOME_VISIT), str(syntax))
    assert result.code == 1
    expected = rendered(several) + rendered(syntax)
    assert len(expected) == 4
    assert squash(result.stdout) == squash("".join(expected))
    assert "2 of 3 files invalid" in result.stderr


def test_validate_prints_each_problem_on_one_line(cli: Cli) -> None:
    """Problems are data (`file: field: message (line N)`) for grep and editors: never wrapped,
    even when the line is longer than the terminal is wide."""
    path = INVALID / "show_if_any_of_unknown_option.yaml"
    expected = rendered(path)
    assert len(expected[0]) > 100  # wider than the test terminal
    result = cli("questionnaires", "validate", str(path))
    assert result.code == 1
    assert result.stdout.splitlines() == expected


def test_validate_a_folder(cli: Cli, tmp_path) -> None:
    folder = tmp_path / "sets"
    folder.mkdir()
    shutil.copy(HOME_VISIT, folder / "home-visit.yaml")
    shutil.copy(INVALID / "unknown_key_top.yaml", folder / "top.yaml")
    shutil.copy(INVALID / "missing_prompt.yaml", folder / "prompt.yml")
    (folder / "notes.txt").write_text("not a question set\n", encoding="utf-8")
    result = cli("questionnaires", "validate", str(folder))
    assert result.code == 1
    stdout = squash(result.stdout)
    assert squash(f"{folder / 'top.yaml'}: author: unknown key (line 14)") in stdout
    assert squash(f"{folder / 'prompt.yml'}: questions.1.prompt: required key is missing") in stdout
    assert "notes.txt" not in result.stdout
    assert "home-visit" not in result.stdout
    assert "2 of 3 files invalid" in result.stderr


def test_validate_the_valid_fixture_folder(cli: Cli) -> None:
    result = cli("questionnaires", "validate", str(HOME_VISIT.parent))
    assert result.code == 0
    assert result.stdout == ""
    assert "file checked: no problems" in result.stderr


def test_validate_missing_file(cli: Cli, tmp_path) -> None:
    missing = tmp_path / "nowhere.yaml"
    result = cli("questionnaires", "validate", str(missing))
    assert result.code == 1
    assert squash(result.stdout).startswith(squash(f"{missing}: cannot read the file"))
    assert "1 of 1 file invalid" in result.stderr


def test_validate_in_dutch(cli: Cli) -> None:
    path = INVALID / "unknown_key_top.yaml"
    result = cli("--lang", "nl", "questionnaires", "validate", str(path))
    assert result.code == 1
    assert squash(result.stdout) == squash(f"{path}: author: onbekende sleutel (regel 14)")
    assert "1 van 1 bestand ongeldig" in result.stderr


# --- paths and config -------------------------------------------------------------------------


def test_paths(cli: Cli, afstand_home) -> None:
    result = cli("paths")
    assert result.code == 0
    assert result.stderr == ""
    for name in ("journal", "drafts", "config.toml", "questionnaires"):
        assert str(afstand_home / name) in result.stdout
    assert "own question sets" in result.stdout


def test_paths_json(cli: Cli, afstand_home) -> None:
    result = cli("paths", "--json")
    assert result.code == 0
    data = json.loads(result.stdout)
    assert data == {
        "journal": str(afstand_home / "journal"),
        "drafts": str(afstand_home / "drafts"),
        "config": str(afstand_home / "config.toml"),
        "questionnaires": str(afstand_home / "questionnaires"),
        "registers": str(afstand_home / "registers"),
    }


def test_broken_config_is_a_clear_error(cli: Cli, config_file) -> None:
    path = config_file('language = "nl\n')
    result = cli("questionnaires", "list")
    assert result.code == 3
    assert result.stdout == ""
    stderr = squash(result.stderr)
    assert squash(f"error: the config {path} is invalid") in stderr
    assert squash("hint: correct the file") in stderr


def test_config_with_unknown_key_is_a_clear_error(cli: Cli, config_file) -> None:
    path = config_file('langauge = "nl"\n')
    result = cli("questionnaires", "list")
    assert result.code == 3
    assert result.stdout == ""
    stderr = squash(result.stderr)
    assert squash(f"error: the config {path} is invalid") in stderr
    assert squash(f"{path}: langauge: unknown key") in stderr
