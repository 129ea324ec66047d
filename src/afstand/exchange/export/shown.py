"""An entry as an export shows it, read from its stored form: the client as an alias where
asked, the free text without client codes or left out, and its answers with the wording they
were given in. No `Entry` is built: a document or a CSV of ten years reads each stored entry
once and keeps nothing of it when its month is written.

An answer is the month's `AnswerFacts` (worked out once per month for the same answer to the
same question), with the anchors the answer shows and, for a text answer, its text as handed
over. Read them, never change them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from afstand.exchange.export.select import Codes
from afstand.journal.format import AnswerFacts, stored_answers

if TYPE_CHECKING:
    from afstand.journal.format import Month
    from afstand.models.month_file import StoredAnswer, StoredEntry


def in_order(chosen: list[StoredEntry]) -> list[StoredEntry]:
    """A month's entries in order of date and creation."""
    return sorted(chosen, key=lambda e: (e.date, e.created))


@dataclass(frozen=True, slots=True)
class Shown:
    """One entry as the export shows it."""

    id: str
    created: datetime
    date: date
    client: str
    supervision: bool
    supervision_question: str | None
    note: str | None
    phase: str
    answers: list[AnswerFacts]


Known = dict[tuple[int, tuple[int, ...] | None], AnswerFacts]


@dataclass
class Fit:
    """How entries are made fit to hand over: client codes replaced by their aliases (also in
    free text), and free text left out where asked."""

    mapping: Mapping[str, str] = field(default_factory=dict)
    no_notes: bool = False
    codes: Codes = field(init=False)

    def __post_init__(self) -> None:
        self.codes = Codes(self.mapping)

    def text(self, text: str | None) -> str | None:
        if text is None or self.no_notes:
            return None
        return self.codes.replace(text)

    def client(self, code: str) -> str:
        return self.mapping.get(code, code)

    def month(self, month: Month, chosen: list[StoredEntry]) -> Iterator[tuple[StoredEntry, Shown]]:
        """The chosen entries of `month`, in order of date and creation, each as stored and as
        shown."""
        shown: Known = {}
        for stored in in_order(chosen):
            yield stored, self.entry(month, stored, shown)

    def entry(self, month: Month, stored: StoredEntry, shown: Known) -> Shown:
        """One entry of `month` as shown; `shown` the answers of the month shown so far (keep
        it for one month only)."""
        answers: list[AnswerFacts] = []
        facts = stored_answers(month, stored)
        for stored_set in stored.sets:
            for stored_answer in stored_set.answers:
                found = next(facts)
                if found.type == "text":
                    if self.no_notes:
                        continue
                    if self.codes.pattern is not None and isinstance(found.value, str):
                        scrubbed = self.codes.replace(found.value)
                        answers.append(_with_anchors(found, stored_answer)._replace(value=scrubbed))
                        continue
                explicit = stored_answer.anchors
                key = (id(found), None if explicit is None else tuple(explicit))
                answer = shown.get(key)
                if answer is None:
                    answer = shown[key] = _with_anchors(found, stored_answer)
                answers.append(answer)
        return Shown(
            stored.id,
            stored.created,
            stored.date,
            self.client(stored.client),
            stored.supervision,
            self.text(stored.supervision_question),
            self.text(stored.note),
            stored.phase,
            answers,
        )


def _with_anchors(facts: AnswerFacts, stored: StoredAnswer) -> AnswerFacts:
    """`facts` with the anchors the answer itself shows (as an expanded entry holds them): the
    ones it names, or else the two ends and the chosen value's (docs/journal-format.md)."""
    every = facts.anchors
    if stored.anchors is not None:
        return facts._replace(anchors={k: every[k] for k in stored.anchors})
    value = facts.value
    kept = {
        k: v
        for k, v in every.items()
        if k == facts.min or k == facts.max or (type(value) is int and k == value)
    }
    return facts._replace(anchors=kept)
