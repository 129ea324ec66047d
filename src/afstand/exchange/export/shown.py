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
from typing import TYPE_CHECKING, Any

from afstand.exchange.export.select import Codes
from afstand.journal.format import AnswerFacts, stored_answers

if TYPE_CHECKING:
    from afstand.journal.format import Month
    from afstand.models.entry import AnswerValue
    from afstand.models.month_file import StoredAnswer, StoredEntry, Wording


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


# the answers shown so far to the questions of one wording: per question, whether it is
# answered in words alone, and its answers by value
Known = dict[str, tuple[bool, dict[Any, AnswerFacts]]]


@dataclass
class Fit:
    """How entries are made fit to hand over: client codes replaced by their aliases (also in
    free text), and free text left out where asked.

    The same answer to the same question is worked out once while the wording stays the same:
    a wording is stored once per month under a key, and the answers shown for it are kept for
    the next month if it holds the same wording under that key (checked, never assumed: a key
    alone says nothing outside its month). Only the wordings of the month at hand are kept, so
    what is kept does not grow with the journal. The answers are shared: read them, never
    change them."""

    mapping: Mapping[str, str] = field(default_factory=dict)
    no_notes: bool = False
    codes: Codes = field(init=False)
    _known: dict[str, tuple[Wording, Known]] = field(default_factory=dict, init=False)
    _month: Month | None = field(default=None, init=False)
    _month_known: dict[str, Known] = field(default_factory=dict, init=False)

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
        for stored in in_order(chosen):
            yield stored, self.entry(month, stored)

    def _questions(self, month: Month, key: str) -> Known:
        """The answers shown so far to the wording `key` of `month` (the month at hand)."""
        wording = month.wordings[key]
        kept = self._known.get(key)
        if kept is None or (kept[0] is not wording and kept[0] != wording):
            kept = self._known[key] = (wording, {})
        found = self._month_known[key] = kept[1]
        return found

    def entry(self, month: Month, stored: StoredEntry) -> Shown:
        """One entry of `month` as shown."""
        if month is not self._month:
            self._month, self._month_known = month, {}
            self._known = {k: kept for k, kept in self._known.items() if k in month.wordings}
        month_known = self._month_known
        answers: list[AnswerFacts] = []
        facts: list[AnswerFacts] = []  # the entry's own, worked out as far as a miss needs
        every: Iterator[AnswerFacts] | None = None
        index = -1
        for stored_set in stored.sets:
            wording = stored_set.wording
            questions = month_known.get(wording)
            if questions is None:
                questions = self._questions(month, wording)
            for stored_answer in stored_set.answers:
                index += 1
                question = stored_answer.question
                known = questions.get(question)
                if known is None:
                    known = questions[question] = (_plain(month, wording, question), {})
                words_only, by_value = known
                value = stored_answer.value
                kind = type(value)
                explicit = stored_answer.options is not None or stored_answer.anchors is not None
                if words_only and kind is str and not explicit and by_value:
                    # any text answer to this question: only its words differ
                    self._text(answers, next(iter(by_value.values())), value)
                    continue
                if not explicit and (kind is int or kind is str):  # never equal to each other
                    key: Any = value
                else:  # True == 1: a yes is not a one
                    key = (
                        kind,
                        tuple(value) if isinstance(value, list) else value,
                        None if stored_answer.options is None else tuple(stored_answer.options),
                        None if stored_answer.anchors is None else tuple(stored_answer.anchors),
                    )
                found = by_value.get(key)
                if found is None:
                    if every is None:
                        every = stored_answers(month, stored)
                    while len(facts) <= index:
                        facts.append(next(every))
                    found = _with_anchors(facts[index], stored_answer)
                    # of a text answer only the first: the others differ in their words alone
                    if found.type != "text" or (words_only and not explicit and not by_value):
                        by_value[key] = found
                if found.type == "text":
                    self._text(answers, found, value)
                    continue
                answers.append(found)
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

    def _text(self, answers: list[AnswerFacts], found: AnswerFacts, value: AnswerValue) -> None:
        """Add a text answer as shown: left out without notes, its client codes replaced."""
        if self.no_notes:
            return
        if isinstance(value, str) and self.codes.pattern is not None:
            answers.append(found._replace(value=self.codes.replace(value)))
        elif found.value is value:
            answers.append(found)
        else:
            answers.append(found._replace(value=value))


def _plain(month: Month, wording: str, question: str) -> bool:
    """Whether a question is answered in words alone (no options): its answers then differ
    in nothing but their words."""
    worded = month.wordings[wording].questions[question]
    return worded.type == "text" and not worded.options


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
