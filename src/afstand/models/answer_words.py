"""Answers in words, in the user's language, from an entry's own snapshot."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from afstand.i18n import t


class _Words(Protocol):
    def get(self, language: str) -> str: ...


class _Option(Protocol):
    @property
    def label(self) -> _Words: ...


class ScaledAnswer(Protocol):
    """An answer with its question's scale and tags: an `Answer` of an entry, the facts of a
    stored one (afstand.journal.format.AnswerFacts), or a stored answer beside its stored
    wording (StoredFacts)."""

    @property
    def value(self) -> object: ...
    @property
    def min(self) -> int | None: ...
    @property
    def max(self) -> int | None: ...
    @property
    def tags(self) -> Mapping[str, str]: ...


class WordedAnswer(ScaledAnswer, Protocol):
    """A scaled answer with the words of its question: anchors and options."""

    @property
    def type(self) -> str: ...
    @property
    def anchors(self) -> Mapping[int, _Words]: ...
    @property
    def options(self) -> Sequence[_Option]: ...


def answer_in_words(answer: WordedAnswer, lang: str) -> str:
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
