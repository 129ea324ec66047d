"""Reading `reflect --answers FILE`: YAML or JSON, from a file or from stdin (`-`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import ValidationError

from afstand.errors import InvalidInput
from afstand.field_errors import problems_from
from afstand.i18n import t
from afstand.models.submission import Submission
from afstand.user_files import DataRefused, data_problems, parse_json, read_regular_file
from afstand.yaml_reader import MAX_BYTES, YamlError, parse_yaml


def read_submission(source: str) -> Submission:
    name = "<stdin>" if source == "-" else source
    return parse_submission(_read_text(source, name), name)


def parse_submission(text: str, name: str) -> Submission:
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
    if not isinstance(data, dict):
        raise InvalidInput(t("answers.not_mapping", path=name), hint=t("hint.answers_schema"))
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
    try:
        return Submission.model_validate(data)
    except ValidationError as error:
        raise InvalidInput(
            t("answer.invalid"),
            hint=t("hint.answers_schema"),
            problems=problems_from(error, lambda field, message: f"{field}: {message}"),
        ) from error


def _read_text(source: str, name: str) -> str:
    try:
        raw = _read_stdin() if source == "-" else _read_file(Path(source))
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


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        return bytes(stream.read(MAX_BYTES + 1))
    return sys.stdin.read(MAX_BYTES + 1).encode("utf-8")


def _typed_text(text: str, key: str) -> str | None:
    """What stood after `key:` on its line, before YAML turned it into a number."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(f"{key}:"):
            return stripped.split(":", 1)[1].split("#", 1)[0].strip() or None
    return None
