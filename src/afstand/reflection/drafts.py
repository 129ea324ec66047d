"""Unfinished reflections. The flow saves a draft after every answer, so Ctrl-C, a closed
terminal or a crash costs at most the answer being typed.

In a synced folder a sync tool may save another computer's version of a draft beside it as a
conflict copy (conflict_names.py). Such a copy is never shown as a draft of its own; before a
command writes drafts (and by `afstand check --repair`) it is merged, under the journal's lock,
into the draft it is a copy of, so that nothing typed on either computer is lost:

- the same content: the copy goes;
- one version holds everything the other holds (every answer with the same value, and the
  note, client, date and supervision question when the other has them): the one saved last
  is kept, as the draft;
- each holds something the other lacks (the draft went on differently on both computers):
  the version saved last stays the draft, and the other is kept beside it as a draft of its
  own, with a new id, and the user is told;
- the draft itself is gone (finished or thrown away on one computer while the other went
  on): the copy becomes the draft again; throwing it away is the user's choice.

A copy is removed only after what it holds is in a draft file."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import date as Date
from pathlib import Path
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from afstand.conflict_names import Copy, copies_in
from afstand.crypto import Cipher
from afstand.errors import AfstandError, InvalidInput
from afstand.files import atomic_write, exclusive_lock, remove_file
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
    # when this version was written: which of two computers' versions is the later one
    saved: AwareDatetime | None = None

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


@dataclass
class DraftMerge:
    """What merging the drafts' conflict copies did."""

    merged: list[Path] = field(default_factory=list)  # copies whose content is now in a draft
    apart: list[tuple[Path, str]] = field(default_factory=list)  # copy, id of the draft made
    left: list[tuple[Path, str]] = field(default_factory=list)  # copies left, and why


# the name of a draft that afstand made (always a UUID): what a conflict copy is a copy of.
# Looser names would let OneDrive's pattern (`<name>-LAPTOP.json`) cut a UUID at its first dash.
_DRAFT_FILE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$")


def _is_draft_name(name: str) -> bool:
    return _DRAFT_FILE.match(name) is not None


class DraftStore:
    def __init__(
        self, folder: Path, cipher: Cipher | None = None, lock_path: Path | None = None
    ) -> None:
        self.folder = folder
        self.cipher = cipher
        self.lock_path = lock_path  # the journal's lock, held while copies are merged
        self.notices: list[str] = []  # for the user, one line each
        self._waiting: str | None = None

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
        draft.saved = datetime.now(UTC)
        self._write(draft)

    def _write(self, draft: Draft) -> None:
        data = draft.model_dump_json().encode("utf-8")
        if self.cipher is not None:
            data = self.cipher.encrypt(f"drafts/{draft.id}.json", data)
        atomic_write(self.path(draft.id), data)

    def delete(self, draft_id: str) -> None:
        remove_file(self.path(draft_id))

    def load(self) -> tuple[list[Draft], list[BrokenDraft]]:
        """Drafts, newest first, and those that cannot be read (left untouched on disk). A sync
        tool's conflict copy of a draft is neither: it waits to be merged (`settle`)."""
        drafts: list[Draft] = []
        broken: list[BrokenDraft] = []
        if not self.folder.is_dir():
            return drafts, broken
        copies = {copy.path for copy in self.copies()}
        if copies and self._waiting is None:
            self._waiting = t("draft.copies_waiting", count=len(copies))
            self.notices.append(self._waiting)
        for path in sorted(self.folder.glob("*.json")):
            if path in copies:
                continue
            try:
                drafts.append(self._read(path))
            except (OSError, ValueError, RecursionError, AfstandError) as error:
                broken.append(BrokenDraft(path, str(error).splitlines()[0]))
        drafts.sort(key=lambda d: d.started, reverse=True)
        return drafts, broken

    def _read(self, path: Path, original: Path | None = None) -> Draft:
        """The draft in `path`; for a conflict copy, read as the `original` it is a copy of
        (an encrypted copy is encrypted under that name)."""
        name = (original or path).name
        data = path.read_bytes()
        if self.cipher is not None:
            data = self.cipher.decrypt(f"drafts/{name}", data, path)
        draft = Draft.model_validate(json.loads(data))
        if draft.id != name[:-5]:  # made by hand, or put in another's place
            raise ValueError(t("draft.name_mismatch", id=repr(draft.id)[:60]))
        return draft

    # -- conflict copies ---------------------------------------------------------------------

    def copies(self) -> list[Copy]:
        """The conflict copies that a sync tool left of drafts."""
        return copies_in(self.folder, _is_draft_name)

    def read_copy(self, copy: Copy) -> Draft:
        """A conflict copy of a draft, read as the draft it is a copy of."""
        return self._read(copy.path, copy.original)

    def settle(self) -> DraftMerge:
        """Before a command writes drafts: merge the conflict copies under the journal's lock,
        and say what was done."""
        if not self.copies():
            return DraftMerge()
        if self.lock_path is None:
            result = self.merge_copies()
        else:
            with exclusive_lock(self.lock_path):
                result = self.merge_copies()
        for path in result.merged:
            self.notices.append(t("draft.copy_merged", path=path.name))
        for path, draft_id in result.apart:
            self.notices.append(t("draft.copy_apart", path=path.name, id=draft_id[:8]))
        for path, reason in result.left:
            self.notices.append(t("draft.copy_left", path=path, reason=reason))
        if self._waiting in self.notices:
            self.notices.remove(self._waiting)
        return result

    def merge_copies(self) -> DraftMerge:
        """Merge every conflict copy into its draft (the caller holds the journal's lock)."""
        result = DraftMerge()
        for copy in self.copies():
            try:
                theirs = self.read_copy(copy)
            except (OSError, ValueError, RecursionError, AfstandError) as error:
                result.left.append((copy.path, str(error).splitlines()[0]))
                continue
            try:
                ours = self._read(copy.original) if copy.original.exists() else None
            except (OSError, ValueError, RecursionError, AfstandError) as error:
                reason = t("draft.copy_original_broken", reason=str(error).splitlines()[0])
                result.left.append((copy.path, reason))
                continue
            outcome = merge_drafts(ours, theirs, self._saved(copy.original), self._saved(copy.path))
            if outcome.keep is not ours:
                self._write(outcome.keep)
            if outcome.apart is not None:
                self._write(outcome.apart)
                result.apart.append((copy.path, outcome.apart.id))
            else:
                result.merged.append(copy.path)
            remove_file(copy.path)
        return result

    @staticmethod
    def _saved(path: Path) -> datetime | None:
        try:
            return datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            return None


@dataclass(frozen=True)
class DraftOutcome:
    keep: Draft  # the draft under its own id
    apart: Draft | None = None  # the other version, as a draft of its own (a new id)


def saved_at(draft: Draft, file_time: datetime | None) -> datetime:
    """When a version was saved: its own `saved`, else (a draft of an older afstand) the time
    of its file, which sync tools carry over."""
    return draft.saved or file_time or draft.started


def holds_all_of(draft: Draft, other: Draft) -> bool:
    """Whether `draft` holds everything typed in `other`: every answer with the same value,
    and the note, client, date and supervision question where `other` has them."""
    for set_id, given in other.answers.items():
        mine = draft.answers.get(set_id, {})
        if any(mine.get(question) != value for question, value in given.items()):
            return False
    for name in ("note", "supervision_question", "client", "date", "supervision", "deepens"):
        theirs = getattr(other, name)
        if theirs not in (None, "") and getattr(draft, name) != theirs:
            return False
    return True


def merge_drafts(
    ours: Draft | None,
    theirs: Draft,
    ours_file: datetime | None = None,
    theirs_file: datetime | None = None,
) -> DraftOutcome:
    """Two versions of one draft, as described at the top of this module. The outcome does
    not depend on which of the two is the file and which the copy."""
    if ours is None or ours == theirs:
        return DraftOutcome(keep=ours or theirs)
    one = (saved_at(ours, ours_file), ours.model_dump_json())
    other = (saved_at(theirs, theirs_file), theirs.model_dump_json())
    newer, older = (ours, theirs) if one >= other else (theirs, ours)
    if holds_all_of(newer, older):
        return DraftOutcome(keep=newer)
    if holds_all_of(older, newer):
        return DraftOutcome(keep=older)
    # a new id made from the two versions, so that merging the same pair again (on the other
    # computer, or twice) makes the same draft instead of another one
    pair = "\n".join(sorted((one[1], other[1])))
    apart_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"afstand-draft:{newer.id}\n{pair}"))
    return DraftOutcome(keep=newer, apart=older.model_copy(update={"id": apart_id}))


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
