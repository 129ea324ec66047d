"""Turning pydantic's errors into short messages with a field path, in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError

from afstand.i18n import t

_EXPECTED = {
    "int_type": "integer",
    "int_parsing": "integer",
    "string_type": "text",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "float_type": "number",
    "date_type": "date",
    "date_from_datetime_parsing": "date",
    "date_parsing": "date",
}


def field_path(location: Iterable[Any]) -> str:
    parts = [str(part) for part in location if part != "[key]"]
    return ".".join(parts) if parts else "(top)"


def describe_error(error: Any) -> str:
    kind = error["type"]
    context = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return t("schema.unknown_key")
    if kind == "missing":
        return t("schema.missing")
    if kind in _EXPECTED:
        return t(
            "schema.type", expected=t("type." + _EXPECTED[kind]), got=_show(error.get("input"))
        )
    if kind == "string_pattern_mismatch":
        value = _show(error.get("input"))
        return t("schema.pattern", value=value, pattern=context.get("pattern"))
    if kind == "literal_error":
        return t("schema.one_of", value=_show(error.get("input")), expected=context.get("expected"))
    if kind in ("too_short", "string_too_short"):
        return t("schema.too_short")
    if kind in ("too_long", "string_too_long"):
        return t("schema.too_long")
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        return t("schema.out_of_range", value=_show(error.get("input")))
    if kind == "value_error":
        return str(context.get("error", error["msg"]))
    return str(error["msg"])


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def problems_from(
    error: ValidationError,
    make: Callable[[str, str], Any],
) -> list[Any]:
    """One problem per pydantic error, built by `make(field_path, message)`."""
    return [make(field_path(item["loc"]), describe_error(item)) for item in error.errors()]
