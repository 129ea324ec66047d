"""A text that a user reads, per language."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StrictStr, model_validator

from afstand.control_chars import strip_controls
from afstand.i18n import t

# Every text a user gives (prompt, answers file, editor, import, question set) is held in this
# type, so control characters are removed whichever way the text came in.
CleanStr = Annotated[StrictStr, AfterValidator(strip_controls)]


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a user's file must never be skipped in silence."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(Strict):
    nl: CleanStr | None = None
    en: CleanStr | None = None

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
