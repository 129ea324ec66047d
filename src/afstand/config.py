"""The user's settings: config.toml in the config folder (`afstand paths` shows where).

Read on every start, for the language, so it is checked by hand rather than with pydantic:
importing pydantic costs more than everything else `afstand --version` does."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from afstand.errors import InvalidInput
from afstand.i18n import t
from afstand.user_files import FileRefused, read_regular_file

MAX_BYTES = 100_000


@dataclass(frozen=True)
class Config:
    language: str | None = None
    default_sets: list[str] | None = None
    retention_months: int | None = None
    editor: str | None = None
    verslag_days_before: int | None = None  # the reflectieverslag is due this long before
    registers: dict[str, date] | None = None  # register profile id → start of the period


def load_config(path: Path) -> Config:
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except FileNotFoundError:
        return Config()
    except FileRefused as error:
        raise InvalidInput(error.message, hint=t("hint.config")) from None
    except OSError as error:
        raise InvalidInput(t("config.unreadable", path=path, reason=error.strerror)) from error
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput(
            t("config.invalid", path=path), hint=t("hint.config"), problems=[f"{path}: {error}"]
        ) from error
    except (RecursionError, ValueError):  # nested without end, or a number of 4,300 digits
        raise InvalidInput(
            t("config.invalid", path=path),
            hint=t("hint.config"),
            problems=[f"{path}: {t('data.too_complex')}"],
        ) from None
    problems = [f"{path}: {key}: {message}" for key, message in _problems(data)]
    if problems:
        raise InvalidInput(t("config.invalid", path=path), hint=t("hint.config"), problems=problems)
    if "registers" in data:
        data["registers"] = {
            name.strip().lower(): _day(value) for name, value in data["registers"].items()
        }
    return Config(**data)


def _day(value: object) -> date:
    """A date as TOML gives it (`2024-03-01`) or as a quoted text (`"2024-03-01"`)."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip())


def _problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for key in data:
        if key not in Config.__dataclass_fields__:
            found.append((key, t("schema.unknown_key")))
    for key in ("language", "editor"):
        if key in data and not isinstance(data[key], str):
            found.append((key, t("schema.type", expected=t("type.text"), got=repr(data[key]))))
    sets = data.get("default_sets")
    if sets is not None and not (
        isinstance(sets, list) and sets and all(isinstance(s, str) for s in sets)
    ):
        found.append(("default_sets", t("config.sets")))
    months = data.get("retention_months")
    if months is not None and (
        isinstance(months, bool) or not isinstance(months, int) or months < 1
    ):
        found.append(("retention_months", t("config.months")))
    days = data.get("verslag_days_before")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 0):
        found.append(("verslag_days_before", t("config.days")))
    found.extend(_register_problems(data.get("registers")))
    return found


def _register_problems(registers: object) -> list[tuple[str, str]]:
    """`[registers]`: a register profile id = the start of its period, for each register."""
    if registers is None:
        return []
    if not isinstance(registers, dict):
        return [("registers", t("config.registers"))]
    found: list[tuple[str, str]] = []
    for name, value in registers.items():
        if isinstance(value, date) and not hasattr(value, "hour"):
            continue
        if isinstance(value, str):
            try:
                date.fromisoformat(value.strip())
                continue
            except ValueError:
                pass
        found.append((f"registers.{name}", t("config.register_date", value=repr(value))))
    return found
