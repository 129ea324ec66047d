"""Reading what the user wrote for a series, a meeting, a verslag or an evaluation: YAML or
JSON, from a file or from stdin (`-`), as plain data for the models to validate."""

from __future__ import annotations

import json
import sys
from typing import Any

from afstand.errors import InvalidInput
from afstand.i18n import t
from afstand.user_files import DataRefused, named_path, parse_json
from afstand.yaml_reader import MAX_BYTES, YamlError, parse_yaml


def read_data(source: str) -> tuple[Any, str]:
    """The data in `source` and the name to show in messages."""
    name = "<stdin>" if source == "-" else source
    try:
        if source == "-":
            stream = getattr(sys.stdin, "buffer", None)
            raw = (
                bytes(stream.read(MAX_BYTES + 1))
                if stream is not None
                else sys.stdin.read(MAX_BYTES + 1).encode("utf-8")
            )
        else:
            with named_path(source).open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError as error:
        raise InvalidInput(t("answers.missing", path=name)) from error
    except OSError as error:
        raise InvalidInput(
            t("answers.unreadable_os", path=name, reason=error.strerror or str(error))
        ) from error
    if len(raw) > MAX_BYTES:
        raise InvalidInput(t("yaml.too_large", limit=MAX_BYTES // 1000))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            t("answers.unreadable", path=name), problems=[f"{name}: {t('yaml.not_utf8')}"]
        ) from error
    return parse_text(text, name), name


def parse_text(text: str, name: str) -> Any:
    if text.lstrip().startswith("{"):
        try:
            return parse_json(text)
        except json.JSONDecodeError as error:
            raise InvalidInput(
                t("answers.unreadable", path=name),
                problems=[f"{name}:{error.lineno}:{error.colno}: {error.msg}"],
            ) from error
        except DataRefused as error:
            raise InvalidInput(
                t("answers.unreadable", path=name), problems=[f"{name}: {error.message}"]
            ) from None
    try:
        return parse_yaml(text, name).data
    except YamlError as error:
        raise InvalidInput(
            t("answers.unreadable", path=name), problems=[error.problem.render()]
        ) from error
