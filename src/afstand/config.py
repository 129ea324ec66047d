"""The user's settings: config.toml in the config folder (`afstand paths` shows where)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import Field, StrictInt, StrictStr, ValidationError

from afstand.errors import InvalidInput
from afstand.i18n import t
from afstand.models.text import Strict
from afstand.validation import problems_from


class Config(Strict):
    language: StrictStr | None = None
    default_sets: list[StrictStr] | None = None
    retention_months: StrictInt | None = Field(default=None, ge=1)
    editor: StrictStr | None = None


def load_config(path: Path) -> Config:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as error:
        raise InvalidInput(t("config.unreadable", path=path, reason=error.strerror)) from error
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput(
            t("config.invalid", path=path), hint=t("hint.config"), problems=[f"{path}: {error}"]
        ) from error
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        problems = problems_from(error, lambda field, message: f"{path}: {field}: {message}")
        raise InvalidInput(
            t("config.invalid", path=path), hint=t("hint.config"), problems=problems
        ) from error
