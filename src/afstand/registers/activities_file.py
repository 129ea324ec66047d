"""Activities kept outside the supervision log, in a YAML or JSON file (`--activities FILE`):
hours from before afstand, a course, a reflective discussion. Checked like a question set:
every problem with its field and line, and nothing is used when one is wrong."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, RootModel, StrictStr, ValidationError

from afstand.errors import InvalidInput
from afstand.field_errors import problems_from
from afstand.i18n import t
from afstand.models.text import Strict
from afstand.registers.activity import ActivitiesFile, Activity
from afstand.yaml_reader import Problem, YamlError, read_yaml


def read_activities(path: Path) -> list[Activity]:
    name = str(path)
    try:
        document = read_yaml(path, name)
    except YamlError as error:
        raise InvalidInput(
            t("registers.activities_invalid", path=path),
            hint=t("hint.activities"),
            problems=[error.problem.render()],
        ) from error
    if not isinstance(document.data, dict):
        raise InvalidInput(
            t("registers.activities_invalid", path=path),
            hint=t("hint.activities"),
            problems=[Problem(name, t("registers.activities_shape"), line=1).render()],
        )

    def make(where: str, message: str) -> Problem:
        return Problem(name, message, field=where, line=document.line_of(tuple(where.split("."))))

    try:
        return list(ActivitiesFile.model_validate(document.data).activities)
    except ValidationError as error:
        raise InvalidInput(
            t("registers.activities_invalid", path=path),
            hint=t("hint.activities"),
            problems=[problem.render() for problem in problems_from(error, make)],
        ) from error


class DimensionWords(Strict):
    technical_instrumental: StrictStr | None = Field(None, alias="technical-instrumental")
    normative: StrictStr | None = None
    personal: StrictStr | None = None


class WordsFile(RootModel[dict[StrictStr, DimensionWords]]):
    pass


def read_words(path: Path) -> dict[str, dict[str, str]]:
    """`--words FILE`: per series (its id or its title) the user's words for SKJ's three
    dimensions, written for the register."""
    name = str(path)
    try:
        document = read_yaml(path, name)
    except YamlError as error:
        raise InvalidInput(
            t("registers.words_invalid", path=path),
            hint=t("hint.words"),
            problems=[error.problem.render()],
        ) from error

    def make(where: str, message: str) -> Problem:
        return Problem(name, message, field=where, line=document.line_of(tuple(where.split("."))))

    try:
        parsed = WordsFile.model_validate(document.data)
    except ValidationError as error:
        raise InvalidInput(
            t("registers.words_invalid", path=path),
            hint=t("hint.words"),
            problems=[problem.render() for problem in problems_from(error, make)],
        ) from error
    return {
        series: {
            key: value
            for key, value in (
                ("technical-instrumental", words.technical_instrumental),
                ("normative", words.normative),
                ("personal", words.personal),
            )
            if value
        }
        for series, words in parsed.root.items()
    }
