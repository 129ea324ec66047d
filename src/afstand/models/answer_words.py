"""Answers in words, in the user's language, from an entry's own snapshot."""

from __future__ import annotations

from afstand.i18n import t
from afstand.models.entry import Answer


def answer_in_words(answer: Answer, lang: str) -> str:
    value = answer.value
    if answer.type == "scale" and isinstance(value, int):
        anchor = answer.anchors.get(value)
        if anchor is not None:
            return f"{value} — {anchor.get(lang)}"
        return f"{value} ({answer.min}–{answer.max})"
    if answer.type in ("choice", "checklist"):
        return "; ".join(option.label.get(lang) for option in answer.options)
    if answer.type == "yesno":
        return t("word.yes") if value is True else t("word.no")
    return str(value)
