"""Unfinished reflections. The flow saves a draft after every answer, so Ctrl-C, a closed
terminal or a crash costs at most the answer being typed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from afstand.crypto import Cipher
from afstand.errors import AfstandError, InvalidInput
from afstand.files import atomic_write, remove_file
from afstand.i18n import t
from afstand.models.entry import AnswerValue, Entry
from afstand.models.text import CleanStr
from afstand.questionnaires.catalog import Catalog

# A draft's id names its file, so it is a plain word (afstand makes UUIDs): never a path, never
# a name that starts with a dot.
DRAFT_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=DRAFT_ID_PATTERN)
    started: AwareDatetime
    sets: list[str]
    client: CleanStr | None = None
    date: Date | None = None
    answers: dict[str, dict[str, AnswerValue]] = Field(default_factory=dict)
    asked: dict[str, list[str]] = Field(default_factory=dict)
    stage: Literal["questions", "closing"] = "questions"
    note: CleanStr | None = None
    supervision: bool | None = None
    supervision_question: CleanStr | None = None
    # which of the closing steps were asked; a draft of an older afstand had none
    closing_asked: list[Literal["note", "supervision"]] = Field(default_factory=list)
    # `reflect --quick`: only the questions marked quick (and the required ones), and the note
    quick: bool = False
    # `reflect --deepen ID`: the quick entry this draft completes, and when it was first saved
    deepens: str | None = None
    deepens_created: AwareDatetime | None = None

    @model_validator(mode="after")
    def _closing_of_older_drafts(self) -> Draft:
        if "closing_asked" not in self.model_fields_set:
            if self.note is not None:
                self.closing_asked.append("note")
            if self.supervision is not None:
                self.closing_asked.append("supervision")
        return self

    def answered_count(self) -> int:
        return sum(len(given) for given in self.answers.values())

    def holds_anything(self) -> bool:
        """Whether the draft holds an answer or a note: only then is it worth keeping."""
        return self.answered_count() > 0 or bool((self.note or "").strip())


@dataclass(frozen=True)
class BrokenDraft:
    path: Path
    reason: str


class DraftStore:
    def __init__(self, folder: Path, cipher: Cipher | None = None) -> None:
        self.folder = folder
        self.cipher = cipher

    def path(self, draft_id: str) -> Path:
        if not re.fullmatch(DRAFT_ID_PATTERN, draft_id):  # never a path out of the folder
            raise InvalidInput(t("draft.bad_id", id=repr(draft_id)[:60]))
        return self.folder / f"{draft_id}.json"

    def save(self, draft: Draft) -> None:
        """Write the draft, once it holds something; a draft that holds nothing (before the
        first answer, or after the only answer was taken back) has no file."""
        if not draft.holds_anything():
            if self.path(draft.id).exists():
                self.delete(draft.id)
            return
        data = draft.model_dump_json().encode("utf-8")
        if self.cipher is not None:
            data = self.cipher.encrypt(f"drafts/{draft.id}.json", data)
        atomic_write(self.path(draft.id), data)

    def delete(self, draft_id: str) -> None:
        remove_file(self.path(draft_id))

    def load(self) -> tuple[list[Draft], list[BrokenDraft]]:
        """Drafts, newest first, and those that cannot be read (left untouched on disk)."""
        drafts: list[Draft] = []
        broken: list[BrokenDraft] = []
        if not self.folder.is_dir():
            return drafts, broken
        for path in sorted(self.folder.glob("*.json")):
            try:
                data = path.read_bytes()
                if self.cipher is not None:
                    data = self.cipher.decrypt(f"drafts/{path.name}", data, path)
                draft = Draft.model_validate(json.loads(data))
                if draft.id != path.stem:  # made by hand, or put in another's place
                    raise ValueError(t("draft.name_mismatch", id=repr(draft.id)[:60]))
                drafts.append(draft)
            except (OSError, ValueError, RecursionError, AfstandError) as error:
                broken.append(BrokenDraft(path, str(error).splitlines()[0]))
        drafts.sort(key=lambda d: d.started, reverse=True)
        return drafts, broken


def new_draft(
    draft_id: str,
    started: datetime,
    sets: list[str],
    client: str | None,
    session_date: Date | None,
    *,
    quick: bool = False,
) -> Draft:
    return Draft(
        id=draft_id, started=started, sets=sets, client=client, date=session_date, quick=quick
    )


def deepening_draft(
    draft_id: str, started: datetime, entry: Entry, catalog: Catalog, wanted: list[str]
) -> Draft:
    """A draft that walks through what a quick entry still lacks. Every answer of the entry
    stays; what the quick reflection asked (its questions, and the note) is not asked again.
    The sets are those `wanted`, with every set the entry holds among them."""
    held = [s.id for s in entry.sets]
    sets = [*wanted, *(s for s in held if s not in wanted)]
    answers = {s.id: {a.question: a.value for a in s.answers} for s in entry.sets}
    asked: dict[str, list[str]] = {}
    for set_id in held:
        loaded = catalog.sets.get(set_id)
        quick_ids = [q.id for q in loaded.questionnaire.questions if q.in_quick] if loaded else []
        asked[set_id] = list(dict.fromkeys([*quick_ids, *answers[set_id]]))
    return Draft(
        id=draft_id,
        started=started,
        sets=sets,
        client=entry.client,
        date=entry.date,
        answers=answers,
        asked=asked,
        note=entry.note,
        supervision=entry.supervision,
        supervision_question=entry.supervision_question,
        closing_asked=["note"],
        deepens=entry.id,
        deepens_created=entry.created,
    )


def matching_drafts(drafts: list[Draft], key: str) -> list[Draft]:
    """The drafts that `key` names: by the start of their id, or by their client code."""
    wanted = key.strip().lower()
    return [
        d for d in drafts if d.id.lower().startswith(wanted) or (d.client or "").lower() == wanted
    ]


def for_session(drafts: list[Draft], client: str | None, session_date: Date | None) -> list[Draft]:
    """The drafts that fit a new reflection about `client` on `session_date` (None: any)."""
    return [
        d
        for d in drafts
        if (client is None or d.client == client)
        and (session_date is None or d.date in (None, session_date))
    ]
