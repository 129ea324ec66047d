"""The README is part of the product: its examples must work and every command must be in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afstand.questionnaires.catalog import check_document, load_catalog
from afstand.reflection.answer_checks import check_submission
from afstand.reflection.answers_file import submission_from
from afstand.yaml_reader import parse_yaml
from helpers import Cli

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = [
    "reflect",
    "list",
    "show",
    "edit",
    "delete",
    "report",
    "questionnaires",
    "schema",
    "paths",
    "export",
    "import",
    "forget",
    "purge",
    "encrypt",
    "decrypt",
    "hours",
    "evidence",
    "supervision",
    "status",
    "registers",
    "migrate",
    "check",
]


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_question_set_example_is_valid() -> None:
    examples = [block for block in yaml_blocks() if block.startswith("id:")]
    assert examples, "the README lost its question-set example"
    problems, questionnaire = check_document(parse_yaml(examples[0], "README"), "README")
    assert problems == []
    assert questionnaire is not None
    used = {q.type for q in questionnaire.questions}
    assert used == {"scale", "choice", "checklist", "yesno", "text"}
    tests = {
        name
        for q in questionnaire.questions
        if q.show_if
        for name in ("equals", "any_of", "at_least", "at_most")
        if getattr(q.show_if, name) is not None
    }
    assert tests == {"equals", "any_of", "at_least", "at_most"}


def test_the_readme_answers_example_is_valid_against_the_shipped_sets() -> None:
    examples = [block for block in yaml_blocks() if block.startswith("client:")]
    assert examples, "the README lost its answers-file example"
    submission = submission_from(parse_yaml(examples[0], "README").data)
    assert check_submission(submission, load_catalog(None)) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.code == 0
    assert "Usage" in result.stdout
    assert f"afstand {command}" in README.read_text(encoding="utf-8")


def test_the_readme_lists_every_command_that_exists(cli: Cli) -> None:
    listed = cli("--help").stdout
    names = re.findall(r"^│ (\w+) ", listed, re.M)
    assert set(names) == set(COMMANDS)
