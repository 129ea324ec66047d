"""Everyday commands load what they use, and no more: listing, showing, editing a field and
deleting do not load the interactive reflection, PyYAML, the question sets' checks, the
supervision models or the cipher of an encrypted journal, nor pydantic (they work on the
entries as stored); saving from an answers file does not load the interactive reflection.
Each command runs in a fresh interpreter, as a user runs it, and must still do its work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import Cli

ANSWERS = """\
client: K7
date: 2026-10-05
note: first note
answers:
  countertransference:
    position: 5
"""

# runs one command and writes the modules it imported to the file named by the first argument
SCRIPT = """
import json, sys
from afstand.cli import run
code = run(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as stream:
    json.dump({"code": code, "modules": sorted(sys.modules)}, stream)
"""

INTERACTIVE = {"afstand.reflection.flow", "afstand.reflection.drafts", "afstand.cli.prompter"}
NOT_FOR_BROWSING = INTERACTIVE | {
    "yaml",
    "afstand.supervision.store",
    "afstand.models.supervision",
    "cryptography",
}


def run_fresh(tmp_path: Path, *args: str, stdin: str = "") -> tuple[set[str], str]:
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(report), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["code"] == 0, done.stderr
    return set(result["modules"]), done.stdout


@pytest.fixture
def entry_id(cli: Cli, tmp_path: Path) -> str:
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    assert cli("reflect", "--answers", str(answers)).code == 0
    listed = json.loads(cli("list", "--json").stdout)
    return str(listed[0]["id"])


def test_list_and_show_load_no_more_than_they_show(entry_id: str, tmp_path: Path) -> None:
    modules, shown = run_fresh(tmp_path, "list")
    assert entry_id[:8] in shown
    assert "····●··" in shown  # position 5 of 7, from the stored wording's scale
    assert modules & NOT_FOR_BROWSING == set()
    # a list line is made from the entries as stored: no model of the expanded entry is built
    assert "pydantic" not in modules
    modules, shown = run_fresh(tmp_path, "show", entry_id[:8])
    assert "first note" in shown
    assert "5 — slightly too close" in shown  # the answer in words, from the stored wording
    assert modules & NOT_FOR_BROWSING == set()
    # shown as stored, beside its month's wordings: no model of the entry is built
    assert "pydantic" not in modules
    modules, shown = run_fresh(tmp_path, "show", entry_id[:8], "--json")
    assert json.loads(shown)["sets"][0]["answers"][0]["value"] == 5
    assert "pydantic" not in modules


def test_editing_a_field_reads_no_question_sets(cli: Cli, entry_id: str, tmp_path: Path) -> None:
    modules, _ = run_fresh(tmp_path, "edit", entry_id[:8], "--note", "second note")
    assert modules & NOT_FOR_BROWSING == set()
    assert "pydantic" not in modules  # a field is changed on the entry as stored
    entry = json.loads(cli("show", entry_id[:8], "--json").stdout)
    assert entry["note"] == "second note"
    assert [s["id"] for s in entry["sets"]] == ["countertransference"]  # answers kept


def test_deleting_without_supervision_loads_no_supervision_models(
    cli: Cli, entry_id: str, tmp_path: Path
) -> None:
    modules, _ = run_fresh(tmp_path, "delete", entry_id[:8], "--yes")
    assert modules & NOT_FOR_BROWSING == set()
    assert "pydantic" not in modules
    assert json.loads(cli("list", "--json").stdout) == []


def test_saving_from_answers_loads_no_interactive_reflection(cli: Cli, tmp_path: Path) -> None:
    for _ in range(2):  # the first run checks the question sets, the second reads its cache
        modules, _ = run_fresh(tmp_path, "reflect", "--answers", "-", stdin=ANSWERS)
        assert modules & (INTERACTIVE | {"afstand.supervision.store"}) == set()
    # the entry is made as stored, from the answers file and the cached sets: no pydantic
    assert "pydantic" not in modules
    listed = json.loads(cli("list", "--json").stdout)
    assert [e["client"] for e in listed] == ["K7", "K7"]
    assert "5 — slightly too close" in cli("show", listed[0]["id"][:8]).stdout


def test_the_report_reads_the_stored_words_without_pydantic(entry_id: str, tmp_path: Path) -> None:
    # the anchor of the chosen position comes from the wording as stored: no Text is built
    for period in (["--month", "2026-10"], ["--year", "2026"]):
        modules, shown = run_fresh(tmp_path, "report", *period)
        assert "1 reflection, 1 client" in shown
        assert "5 slightly too close" in shown
        assert "pydantic" not in modules
        assert modules & NOT_FOR_BROWSING == set()
    modules, shown = run_fresh(tmp_path, "report", "--month", "2026-10", "--json")
    assert json.loads(shown)["affiliation"]["anchors"]["5"] == "slightly too close"
    assert "pydantic" not in modules


def test_the_documents_and_the_csv_read_the_stored_words_without_pydantic(
    entry_id: str, tmp_path: Path
) -> None:
    for form, words in (
        ("markdown", "distance ↔ closeness 5 (slightly too close)"),
        ("html", "5 (slightly too close)"),
        ("csv", "Where did I stand in this session between distance and closeness?"),
    ):
        modules, shown = run_fresh(tmp_path, "export", "--format", form, "--month", "2026-10")
        assert words in shown, form
        assert "first note" in shown, form
        assert "pydantic" not in modules, form
