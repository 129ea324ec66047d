"""Which language afstand speaks, and its interface texts (in `messages/`, by area) in that
language, with singular and plural forms and numbers as the language writes them."""

from __future__ import annotations

import os
from typing import Literal

from afstand.i18n.messages import MESSAGES

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")

_current: Language = "en"


def language_from_locale() -> Language | None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else None
    return None


def resolve_language(option: str | None, configured: str | None) -> Language:
    """`--lang`, else AFSTAND_LANG, else the config, else the locale, else English."""
    for candidate in (option, os.environ.get("AFSTAND_LANG"), configured):
        if candidate:
            return parse_language(candidate)
    return language_from_locale() or "en"


def parse_language(value: str) -> Language:
    lowered = value.strip().lower()
    for language in LANGUAGES:
        if (
            lowered == language
            or lowered.startswith(language + "_")
            or lowered.startswith(language + "-")
        ):
            return language
    from afstand.errors import InvalidInput

    raise InvalidInput(t("error.language", value=value), hint=t("hint.language"))


def set_language(language: Language) -> None:
    global _current
    _current = language


def current_language() -> Language:
    return _current


def t(key: str, /, **values: object) -> str:
    """The interface text `key` in the current language, with `values` filled in. A text that
    changes with a number has a singular form, used when `count` is 1."""
    forms = MESSAGES[key]
    text = forms[_current]
    if values.get("count") == 1:
        singular = forms.get("nl_one") if _current == "nl" else forms.get("en_one")
        text = singular or text
    return text.format(**values) if values else text


def counted(count: int, noun: str) -> str:
    """`count` with its noun in the right form: "1 reflection", "3 reflecties"."""
    return t(f"noun.{noun}", count=count)


def number(value: float, decimals: int = 1) -> str:
    """A number as the user's language writes it: `3,5` in Dutch, `3.5` in English."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if _current == "nl" else text
