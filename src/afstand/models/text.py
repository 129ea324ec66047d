"""A text that a user reads, per language."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from afstand.i18n import t


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a user's file must never be skipped in silence."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(Strict):
    nl: str | None = None
    en: str | None = None

    @model_validator(mode="after")
    def _one_language_at_least(self) -> Text:
        if not (self.nl and self.nl.strip()) and not (self.en and self.en.strip()):
            raise ValueError(t("schema.text_language"))
        return self

    def get(self, language: str) -> str:
        """The text in `language`, or in the other language when this one is missing."""
        chosen = self.nl if language == "nl" else self.en
        return chosen or self.nl or self.en or ""

    def missing_languages(self) -> list[str]:
        return [lang for lang in ("nl", "en") if not getattr(self, lang)]
