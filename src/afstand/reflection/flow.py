"""The interactive reflection, without a terminal: it asks through a `Prompter` and saves
through a `DraftStore`, so tests drive it with scripted answers and the CLI with Rich."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from afstand.models.entry import AnswerValue, Entry
from afstand.models.question_set import QuestionSet, SetQuestion
from afstand.models.submission import Submission
from afstand.questionnaires.catalog import Catalog
from afstand.reflection.answer_checks import build_entry, is_answered, is_shown
from afstand.reflection.clock import Clock
from afstand.reflection.drafts import Draft, DraftStore
from afstand.reflection.identifiers import Finding, check_submission_identifiers


class GoBack(Exception):
    """Raised by a prompter when the user asks for the previous question (`<`)."""


@dataclass(frozen=True)
class Step:
    """One thing the flow asks: a question of a set, or the note or supervision at the end."""

    set_id: str
    question_id: str


NOTE = Step("", "note")
SUPERVISION = Step("", "supervision")


class Prompter(Protocol):
    def ask_client(self, known: list[str]) -> str: ...

    def ask_date(self, today: date) -> date: ...

    def start_set(self, questionnaire: QuestionSet, number: int, total: int) -> None: ...

    def ask(
        self, questionnaire: QuestionSet, question: SetQuestion, current: AnswerValue | None
    ) -> AnswerValue | None:
        """The answer, or None when the user passes the question by (never for required).
        `current` is the earlier answer when the user came back to this question."""
        ...

    def ask_note(self, current: str | None) -> str | None: ...

    def ask_supervision(
        self, current: bool | None, question: str | None
    ) -> tuple[bool, str | None]: ...

    def cannot_go_back(self) -> None:
        """Tell the user that this is the first question: there is nothing before it."""
        ...

    def review(self, entry: Entry) -> bool | Step:
        """The summary: True saves, False keeps the draft for later, a Step is changed first."""
        ...

    def review_identifiers(self, findings: list[Finding]) -> str:
        """ "edit", "keep" or "cancel", after showing what looks like it identifies someone."""
        ...

    def revise(self, field: str, current: str) -> str: ...


def run_reflection(
    draft: Draft,
    catalog: Catalog,
    prompter: Prompter,
    drafts: DraftStore,
    clock: Clock,
    known_clients: Callable[[], list[str]],
) -> Entry | None:
    """Ask what the draft still lacks; return the confirmed entry, or None to keep the draft.
    The draft is saved after every answer, once it holds one (see DraftStore.save)."""
    if draft.client is None:
        draft.client = prompter.ask_client(known_clients())
    if draft.date is None:
        draft.date = prompter.ask_date(clock.today())
    sets = [catalog.get(set_id) for set_id in draft.sets]
    while True:
        _walk(draft, sets, prompter, drafts)
        submission = submission_of(draft, catalog)
        entry = build_entry(
            submission,
            catalog,
            now=clock.now(),
            today=clock.today(),
            entry_id=draft.deepens,
            created=draft.deepens_created,
            phase="quick" if draft.quick else "complete",
        )
        findings = check_submission_identifiers(submission, clock.today())
        if findings:
            choice = prompter.review_identifiers(findings)
            if choice == "cancel":
                return None
            if choice == "edit":
                _revise(draft, findings, prompter)
                drafts.save(draft)
                continue
        decision = prompter.review(entry)
        if decision is True:
            return entry
        if decision is False:
            return None
        _reopen(draft, decision)


def _walk(draft: Draft, sets: list[QuestionSet], prompter: Prompter, drafts: DraftStore) -> None:
    """Ask every step that is still open, in order; `<` reopens the step before."""
    shown_set: str | None = None
    while (step := next_step(draft, sets)) is not None:
        try:
            if step == NOTE:
                draft.note = prompter.ask_note(draft.note) or ""
            elif step == SUPERVISION:
                draft.supervision, draft.supervision_question = prompter.ask_supervision(
                    draft.supervision, draft.supervision_question
                )
            else:
                # the sets this walk asks from (a quick reflection skips sets without a
                # quick question), so that "2/2" is the last one
                walked = list(dict.fromkeys(s.set_id for s, _ in _steps(draft, sets) if s.set_id))
                questionnaire = next(q for q in sets if q.id == step.set_id)
                if shown_set != questionnaire.id:
                    number = walked.index(questionnaire.id) + 1
                    prompter.start_set(questionnaire, number, len(walked))
                    shown_set = questionnaire.id
                question = questionnaire.question(step.question_id)
                assert question is not None
                given = draft.answers.setdefault(questionnaire.id, {})
                value = prompter.ask(questionnaire, question, given.get(question.id))
                if is_answered(value):
                    assert value is not None
                    given[question.id] = value
                else:
                    given.pop(question.id, None)
        except GoBack:
            earlier = previous_step(draft, sets, step)
            if earlier is None:
                prompter.cannot_go_back()
            else:
                _reopen(draft, earlier)
                shown_set = None
            continue
        _mark_asked(draft, step)
        if next_step(draft, sets) in (NOTE, SUPERVISION, None):
            draft.stage = "closing"
        drafts.save(draft)


def _steps(draft: Draft, sets: list[QuestionSet]) -> list[tuple[Step, bool]]:
    """Every step that is shown with the answers so far, in order, and whether it was asked.
    A question hidden by a changed earlier answer drops out, with the answer it had."""
    steps = []
    for questionnaire in sets:
        given = draft.answers.get(questionnaire.id, {})
        asked = draft.asked.get(questionnaire.id, [])
        effective: dict[str, AnswerValue] = {}
        for question in questionnaire.questions:
            if draft.quick and not question.in_quick:
                continue
            if not is_shown(question, effective):
                continue
            steps.append((Step(questionnaire.id, question.id), question.id in asked))
            if question.id in asked and question.id in given:
                effective[question.id] = given[question.id]
    steps.append((NOTE, "note" in draft.closing_asked))
    if not draft.quick:  # whether to bring it to supervision waits for deepening
        steps.append((SUPERVISION, "supervision" in draft.closing_asked))
    return steps


def next_step(draft: Draft, sets: list[QuestionSet]) -> Step | None:
    return next((step for step, asked in _steps(draft, sets) if not asked), None)


def previous_step(draft: Draft, sets: list[QuestionSet], current: Step) -> Step | None:
    """The last step before `current` that was asked."""
    earlier = None
    for step, asked in _steps(draft, sets):
        if step == current:
            break
        if asked:
            earlier = step
    return earlier


def _mark_asked(draft: Draft, step: Step) -> None:
    if step in (NOTE, SUPERVISION):
        draft.closing_asked.append("note" if step == NOTE else "supervision")
    else:
        draft.asked.setdefault(step.set_id, []).append(step.question_id)
        draft.stage = "questions"


def _reopen(draft: Draft, step: Step) -> None:
    """Ask `step` again; what it held stays as the earlier answer to start from."""
    if step in (NOTE, SUPERVISION):
        draft.closing_asked = [c for c in draft.closing_asked if c != step.question_id]
        return
    asked = draft.asked.get(step.set_id, [])
    if step.question_id in asked:
        asked.remove(step.question_id)
    draft.stage = "questions"


def _revise(draft: Draft, findings: list[Finding], prompter: Prompter) -> None:
    """Ask once for each field that something was found in, however many things it holds."""
    for field in dict.fromkeys(finding.field for finding in findings):
        found = next(f for f in findings if f.field == field)
        current = found.text if field == "client" else _get_field(draft, field)
        _set_field(draft, field, prompter.revise(field, current))


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


def submission_of(draft: Draft, catalog: Catalog) -> Submission:
    """The draft's answers to the questions that are asked with them (an answer to a question
    that a changed earlier answer hides is left out)."""
    assert draft.client is not None
    shown = {step for step, asked in _steps(draft, [catalog.get(s) for s in draft.sets]) if asked}
    return Submission(
        client=draft.client,
        date=draft.date,
        note=draft.note or None,
        supervision=bool(draft.supervision),
        supervision_question=draft.supervision_question,
        answers={
            set_id: {
                question_id: value
                for question_id, value in draft.answers.get(set_id, {}).items()
                if Step(set_id, question_id) in shown
            }
            for set_id in draft.sets
        },
    )
