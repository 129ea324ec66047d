"""Reading `reflect --answers FILE`: YAML or JSON, from a file or from stdin (`-`)."""

from __future__ import annotations

import json
import re
from collections.abc import Container
from pathlib import Path
from typing import Any

import msgspec
import yaml

from afstand.errors import InvalidInput
from afstand.files import read_stdin
from afstand.i18n import t
from afstand.models.submission import Submission
from afstand.struct_problems import ShapeError, convert
from afstand.user_files import (
    DataRefused,
    data_problems,
    named_path,
    parse_json,
    read_regular_file,
)
from afstand.yaml_reader import MAX_BYTES, YamlError, parse_yaml


def read_submission(
    source: str,
    overrides: dict[str, Any] | None = None,
    text_questions: Container[tuple[str, str]] = (),
) -> Submission:
    """The answers file `source` (`-`: stdin); `overrides` (from the command line) replace
    what the file says, or give what it lacks. `text_questions` (set id, question id) are
    checked, like the note, for text cut off by a `#` comment."""
    name = "<stdin>" if source == "-" else source
    return parse_submission(_read_text(source, name), name, overrides, text_questions)


def parse_submission(
    text: str,
    name: str,
    overrides: dict[str, Any] | None = None,
    text_questions: Container[tuple[str, str]] = (),
) -> Submission:
    if text.lstrip().startswith("{"):
        try:
            data = parse_json(text)
        except json.JSONDecodeError as error:
            raise InvalidInput(
                t("answers.unreadable", path=name),
                problems=[f"{name}:{error.lineno}:{error.colno}: {error.msg}"],
            ) from error
        except DataRefused as error:
            raise InvalidInput(
                t("answers.unreadable", path=name), problems=[f"{name}: {error.message}"]
            ) from None
    else:
        try:
            data = parse_yaml(text, name).data
        except YamlError as error:
            raise InvalidInput(
                t("answers.unreadable", path=name), problems=[error.problem.render()]
            ) from error
        cuts = comment_cuts(text, name, text_questions)
        if cuts:
            raise InvalidInput(
                t("answers.cut_by_comment"), hint=t("hint.block_text"), problems=cuts
            )
    if not isinstance(data, dict):
        raise InvalidInput(t("answers.not_mapping", path=name), hint=t("hint.answers_schema"))
    data = {**data, **(overrides or {})}
    problems = data_problems(data)
    if problems:
        raise InvalidInput(t("answer.invalid"), hint=t("hint.answers_schema"), problems=problems)
    code = data.get("client")
    if isinstance(code, int | float) and not isinstance(code, bool):
        # YAML reads 0042 as the number 34: show what was typed and how to keep it a code
        typed = _typed_text(text, "client") or str(code)
        raise InvalidInput(
            t("answer.invalid"),
            hint=t("hint.quote_client", code=typed),
            problems=[f"client: {t('answers.client_number', code=typed)}"],
        )
    return submission_from(data)


def submission_from(data: Any) -> Submission:
    """Parsed answers (a mapping from YAML or JSON) as a Submission, or InvalidInput with
    every problem of their shape, one line per field."""
    try:
        return convert(data, Submission)
    except ShapeError as error:
        raise InvalidInput(
            t("answer.invalid"), hint=t("hint.answers_schema"), problems=error.problems
        ) from error


def _read_text(source: str, name: str) -> str:
    try:
        raw = read_stdin(MAX_BYTES) if source == "-" else _read_file(named_path(source))
    except FileNotFoundError as error:
        raise InvalidInput(t("answers.missing", path=name)) from error
    except OSError as error:
        raise InvalidInput(
            t("answers.unreadable_os", path=name, reason=error.strerror or str(error))
        ) from error
    if len(raw) > MAX_BYTES:
        raise InvalidInput(t("yaml.too_large", limit=MAX_BYTES // 1000))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            t("answers.unreadable", path=name), problems=[f"{name}: {t('yaml.not_utf8')}"]
        ) from error


def _read_file(path: Path) -> bytes:
    return read_regular_file(path, MAX_BYTES)


def _typed_text(text: str, key: str) -> str | None:
    """What stood after `key:` on its line, before YAML turned it into a number."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(f"{key}:"):
            return stripped.split(":", 1)[1].split("#", 1)[0].strip() or None
    return None


def comment_cuts(text: str, name: str, text_questions: Container[tuple[str, str]]) -> list[str]:
    """Free texts that a `#` cut short: in YAML, ` #` after a plain text starts a comment,
    and the rest of the line is silently dropped. Such a file is refused, never half read."""
    if "#" not in text:
        return []  # no comment at all: nothing cut, and no second parse
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []  # parse_yaml has already accepted the text; nothing more to say here
    if not isinstance(root, yaml.MappingNode):
        return []
    lines = text.splitlines()
    found: list[str] = []

    def check(node: yaml.Node, field: str) -> None:
        if not isinstance(node, yaml.ScalarNode) or node.style is not None:
            return  # quoted and block texts keep every `#`
        end = node.end_mark
        rest = lines[end.line][end.column :] if end.line < len(lines) else ""
        if rest.lstrip().startswith("#"):
            found.append(
                f"{name}:{end.line + 1}: {field}: {t('answers.cut_here', text=rest.strip())}"
            )

    for key, value in root.value:
        if key.value in ("note", "supervision_question"):
            check(value, key.value)
        elif key.value == "answers" and isinstance(value, yaml.MappingNode):
            for set_key, questions in value.value:
                if not isinstance(questions, yaml.MappingNode):
                    continue
                for question_key, answer in questions.value:
                    if (set_key.value, question_key.value) in text_questions:
                        check(answer, f"answers.{set_key.value}.{question_key.value}")
    return found


class _EditDumper(yaml.SafeDumper):
    """Free text as a literal block (`|`): a `#`, a colon or a quote in it stays text."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None if _PLAIN.match(value) else "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_PLAIN = re.compile(r"^[A-Za-z0-9_.+-]*$")  # ids, codes and dates stay on their line
_EditDumper.add_representer(str, _represent_text)


def submission_as_yaml(submission: Submission, header: str) -> str:
    """An answers file to edit, with `header` as comment lines above it."""
    data = {
        name: value for name, value in msgspec.to_builtins(submission).items() if value is not None
    }
    comments = "".join(f"# {line}\n" for line in header.splitlines())
    body = yaml.dump(data, Dumper=_EditDumper, allow_unicode=True, sort_keys=False, width=88)
    return comments + str(body)
