"""The interactive reflection, without a terminal: it asks through a `Prompter` and saves
through a `DraftStore`, so tests drive it with scripted answers and the CLI with Rich."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from afstand.models.entry import AnswerValue, Entry
from afstand.models.questionnaire import Question, Questionnaire
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import Catalog
from afstand.reflection.answer_checks import build_entry, is_answered, is_shown
from afstand.reflection.drafts import Draft, DraftStore
from afstand.reflection.identifiers import Finding, check_submission_identifiers


class Prompter(Protocol):
    def ask_client(self, known: list[str]) -> str: ...

    def ask_date(self, today: date) -> date: ...

    def start_set(self, questionnaire: Questionnaire, number: int, total: int) -> None: ...

    def ask(self, questionnaire: Questionnaire, question: Question) -> AnswerValue | None:
        """The answer, or None when the user passes the question by (never for required)."""
        ...

    def ask_note(self) -> str | None: ...

    def ask_supervision(self) -> tuple[bool, str | None]: ...

    def confirm(self, entry: Entry) -> bool: ...

    def review_identifiers(self, findings: list[Finding]) -> str:
        """ "edit", "keep" or "cancel", after showing what looks like it identifies someone."""
        ...

    def revise(self, field: str, current: str) -> str: ...


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    """The real clock, in the local time zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return date.today()


def run_reflection(
    draft: Draft,
    catalog: Catalog,
    prompter: Prompter,
    drafts: DraftStore,
    clock: Clock,
    known_clients: Callable[[], list[str]],
) -> Entry | None:
    """Ask what the draft still lacks; return the confirmed entry, or None to keep the draft."""
    if draft.client is None:
        draft.client = prompter.ask_client(known_clients())
        drafts.save(draft)
    if draft.date is None:
        draft.date = prompter.ask_date(clock.today())
        drafts.save(draft)
    sets = [catalog.get(set_id) for set_id in draft.sets]
    if draft.stage == "questions":
        for number, questionnaire in enumerate(sets, start=1):
            _ask_set(draft, questionnaire, number, len(sets), prompter, drafts)
        draft.stage = "closing"
        drafts.save(draft)
    if draft.note is None:
        draft.note = prompter.ask_note() or ""
        drafts.save(draft)
    if draft.supervision is None:
        draft.supervision, draft.supervision_question = prompter.ask_supervision()
        drafts.save(draft)
    while True:
        submission = submission_of(draft)
        entry = build_entry(submission, catalog, now=clock.now(), today=clock.today())
        findings = check_submission_identifiers(submission, clock.today())
        if not findings:
            break
        choice = prompter.review_identifiers(findings)
        if choice == "cancel":
            return None
        if choice == "keep":
            break
        for finding in findings:
            _set_field(
                draft,
                finding.field,
                prompter.revise(
                    finding.field,
                    finding.text if finding.field == "client" else _get_field(draft, finding.field),
                ),
            )
        drafts.save(draft)
    return entry if prompter.confirm(entry) else None


def _get_field(draft: Draft, field: str) -> str:
    if field in ("note", "supervision_question", "client"):
        return str(getattr(draft, field) or "")
    _, set_id, question_id = field.split(".", 2)
    return str(draft.answers.get(set_id, {}).get(question_id, ""))


def _set_field(draft: Draft, field: str, text: str) -> None:
    if field in ("note", "supervision_question", "client"):
        setattr(draft, field, text)
        return
    _, set_id, question_id = field.split(".", 2)
    answers = draft.answers.setdefault(set_id, {})
    if text.strip():
        answers[question_id] = text
    else:
        answers.pop(question_id, None)


def _ask_set(
    draft: Draft,
    questionnaire: Questionnaire,
    number: int,
    total: int,
    prompter: Prompter,
    drafts: DraftStore,
) -> None:
    given = draft.answers.setdefault(questionnaire.id, {})
    asked = draft.asked.setdefault(questionnaire.id, [])
    pending = [q for q in questionnaire.questions if q.id not in asked]
    if not pending:
        return
    prompter.start_set(questionnaire, number, total)
    for question in pending:
        if not is_shown(question, given):
            continue
        value = prompter.ask(questionnaire, question)
        if is_answered(value):
            assert value is not None
            given[question.id] = value
        asked.append(question.id)
        drafts.save(draft)


def submission_of(draft: Draft) -> Submission:
    assert draft.client is not None
    return Submission(
        client=draft.client,
        date=draft.date,
        note=draft.note or None,
        supervision=bool(draft.supervision),
        supervision_question=draft.supervision_question,
        answers={set_id: draft.answers.get(set_id, {}) for set_id in draft.sets},
    )
