"""Checking answers against the question sets and turning them into an entry. The interactive
flow and `--answers FILE` both end here, so both get exactly the same validation.

The checks load no pydantic: saving from a file (afstand.reflection.new_entry) uses them and
must start fast. Only the functions that build a pydantic `Entry` import its model."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

import msgspec

from afstand.dates import require_not_future
from afstand.i18n import t
from afstand.models.month_file import AnswerValue, StoredOption, StoredText
from afstand.models.question_set import QuestionSet, SetQuestion
from afstand.models.submission import Submission
from afstand.reflection.entry_fields import (
    MAX_TEXT,
    field_problems,
    field_values,
    nothing_problem,
    refuse,
)
from afstand.user_files import is_text

if TYPE_CHECKING:
    from afstand.models.entry import ChosenOption, Entry, SetAnswers
    from afstand.models.text import Text
    from afstand.questionnaires.catalog import Catalog


def is_shown(question: SetQuestion, earlier: Mapping[str, AnswerValue]) -> bool:
    """Whether `question` is asked, given the answers so far in its set."""
    condition = question.show_if
    if condition is None:
        return True
    answer = earlier.get(condition.question)
    if answer is None:
        return False
    if condition.equals is not None:
        return type(answer) is type(condition.equals) and answer == condition.equals
    if condition.any_of is not None:
        chosen = answer if isinstance(answer, list) else [answer]
        return any(value in condition.any_of for value in chosen)
    if isinstance(answer, bool) or not isinstance(answer, int):
        return False
    if condition.at_least is not None:
        return answer >= condition.at_least
    if condition.at_most is not None:
        return answer <= condition.at_most
    return True


def is_answered(value: AnswerValue | None) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return True


def value_problem(question: SetQuestion, value: AnswerValue) -> str | None:
    """Why `value` cannot answer `question`, or None when it can."""
    kind = question.type
    texts = value if isinstance(value, list) else [value]
    if not all(is_text(text) for text in texts if isinstance(text, str)):
        return t("data.not_text")
    if kind == "scale":
        if isinstance(value, bool) or not isinstance(value, int):
            return t("answer.scale_type", min=question.min, max=question.max)
        assert question.min is not None and question.max is not None
        if not question.min <= value <= question.max:
            return t("answer.scale_range", value=value, min=question.min, max=question.max)
    elif kind == "choice":
        if not isinstance(value, str) or question.option(value) is None:
            return t(
                "answer.choice", value=value, options=", ".join(o.id for o in question.options)
            )
    elif kind == "checklist":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return t("answer.checklist_type")
        unknown = [v for v in value if question.option(v) is None]
        if unknown:
            return t(
                "answer.checklist_unknown",
                count=len(unknown),
                values=", ".join(str(v) for v in unknown),
                options=", ".join(o.id for o in question.options),
            )
        if len(set(value)) != len(value):
            return t("answer.checklist_duplicate")
    elif kind == "yesno":
        if not isinstance(value, bool):
            return t("answer.yesno")
    elif kind == "text":
        if not isinstance(value, str):
            return t("answer.text")
        if len(value) > MAX_TEXT:
            return t("answer.too_long", limit=MAX_TEXT)
    return None


def check_submission(
    submission: Submission,
    catalog: Catalog,
    *,
    allow_empty: bool = False,
    today: date | None = None,
) -> list[str]:
    """Every problem with a submission, as `field.path: message` lines; with `today`, a
    session date after it is one of them."""
    problems = field_problems(submission.client, submission.note, submission.supervision_question)
    if today is not None and submission.date is not None and submission.date > today:
        problems.append(f"date: {t('date.future', value=submission.date.isoformat())}")
    for set_id, given in submission.answers.items():
        where = f"answers.{set_id}"
        loaded = catalog.sets.get(set_id)
        if loaded is None:
            broken = catalog.invalid_file(set_id)
            said = (
                t("answer.unknown_set", id=set_id)
                if broken is None
                else t("questionnaire.invalid_named", id=set_id, path=broken)
            )
            problems.append(f"{where}: {said}")
            continue
        questionnaire = loaded.questionnaire
        known = {q.id for q in questionnaire.questions}
        for question_id in given:
            if question_id not in known:
                problems.append(
                    f"{where}.{question_id}: {t('answer.unknown_question', set=set_id)}"
                )
        for question in questionnaire.questions:
            value = given.get(question.id)
            shown = is_shown(question, given)
            if not is_answered(value):
                if shown and question.required:
                    problems.append(f"{where}.{question.id}: {t('answer.required')}")
                continue
            assert value is not None
            if not shown:
                problems.append(f"{where}.{question.id}: {t('answer.not_shown')}")
                continue
            problem = value_problem(question, value)
            if problem:
                problems.append(f"{where}.{question.id}: {problem}")
    has_answer = any(
        is_answered(v) for given in submission.answers.values() for v in given.values()
    )
    if not (problems or allow_empty) and (empty := nothing_problem(has_answer, submission.note)):
        problems.append(empty)
    return problems


def build_entry(
    submission: Submission,
    catalog: Catalog,
    *,
    now: datetime,
    today: date,
    entry_id: str | None = None,
    created: datetime | None = None,
    phase: Literal["quick", "complete"] = "complete",
) -> Entry:
    """Validate `submission` and make it an entry, with a snapshot of the wording."""
    from afstand.models.entry import Entry

    refuse(check_submission(submission, catalog))
    sets = []
    for set_id, given in submission.answers.items():
        snapshot = _snapshot(catalog.get(set_id), given)
        if snapshot.answers:
            sets.append(snapshot)
    return Entry(
        id=entry_id or str(uuid.uuid4()),
        created=created or now,
        updated=now if created is not None else None,
        sets=sets,
        phase=phase,
        **submitted_fields(submission, today),
    )


def submitted_fields(submission: Submission, today: date) -> dict[str, Any]:
    """The client, date, note and supervision of a new entry, as it keeps them."""
    return field_values(
        submission.client,
        submission.date or today,
        submission.note,
        submission.supervision,
        submission.supervision_question,
    )


def asked_sets(entry: Entry, catalog: Catalog) -> list[QuestionSet]:
    """The question sets an entry was just built from (see `build_entry`): the journal keeps
    their whole wording beside it."""
    return [catalog.sets[s.id].questionnaire for s in entry.sets if s.id in catalog.sets]


def answered(
    questionnaire: QuestionSet, given: Mapping[str, AnswerValue]
) -> list[tuple[SetQuestion, AnswerValue]]:
    """What an entry keeps of the answers `given` to a set, in the order of its questions:
    each question answered and shown, a text without the white space around it."""
    kept = []
    for question in questionnaire.questions:
        value = given.get(question.id)
        if not is_answered(value) or not is_shown(question, given):
            continue
        assert value is not None
        if isinstance(value, str) and question.type == "text":
            value = value.strip()
        kept.append((question, value))
    return kept


def _snapshot(questionnaire: QuestionSet, given: Mapping[str, AnswerValue]) -> SetAnswers:
    from afstand.models.entry import Answer, SetAnswers

    answers = []
    for question, value in answered(questionnaire, given):
        chosen = value if isinstance(value, list) else [value]
        options = [_chosen_option(o) for o in question.options if o.id in chosen]
        answers.append(
            Answer(
                question=question.id,
                type=question.type,
                prompt=_text(question.prompt),
                value=value,
                options=options,
                min=question.min,
                max=question.max,
                # the ends give the scale its meaning; the chosen value's label says the answer
                anchors={
                    k: _text(v)
                    for k, v in question.anchors.items()
                    if k in (question.min, question.max, value)
                },
                tags=question.tags,
            )
        )
    return SetAnswers(
        id=questionnaire.id,
        version=questionnaire.version,
        title=_text(questionnaire.title),
        answers=answers,
    )


def _text(words: StoredText) -> Text:
    """A set's text as an `Entry` holds it."""
    from afstand.models.text import Text

    return Text(nl=words.nl, en=words.en)


def _chosen_option(option: StoredOption) -> ChosenOption:
    from afstand.models.entry import ChosenOption

    feedback = None if option.feedback is None else _text(option.feedback)
    return ChosenOption(
        id=option.id, label=_text(option.label), feedback=feedback, tags=dict(option.tags)
    )


def text_question_ids(catalog: Catalog) -> set[tuple[str, str]]:
    """(set id, question id) of every text question: the answers that hold free text."""
    return {
        (loaded.questionnaire.id, question.id)
        for loaded in catalog
        for question in loaded.questionnaire.questions
        if question.type == "text"
    }


def submission_from_entry(entry: Entry) -> Submission:
    """The answers of an entry in the `--answers` shape: what `edit` starts from."""
    return Submission(
        client=entry.client,
        date=entry.date,
        note=entry.note,
        supervision=entry.supervision,
        supervision_question=entry.supervision_question,
        answers={s.id: {a.question: a.value for a in s.answers} for s in entry.sets},
    )


def apply_edit(
    entry: Entry, submission: Submission, catalog: Catalog, *, now: datetime, today: date
) -> Entry:
    """The entry with the edited answers. Sets whose answers did not change keep their
    snapshot, so an entry stays editable after its question set changed or was removed."""
    if submission.date is not None and submission.date != entry.date:
        require_not_future(submission.date, today)  # refused as `reflect` refuses it
    original = submission_from_entry(entry)
    changed = {
        set_id: given
        for set_id, given in submission.answers.items()
        if original.answers.get(set_id) != given
    }
    problems = check_submission(
        msgspec.structs.replace(submission, answers=changed), catalog, allow_empty=True
    )
    # a snapshot is built from checked answers only: a wrong value would fail its model
    refuse(problems)
    kept = {s.id: s for s in entry.sets}
    sets = []
    for set_id, given in submission.answers.items():
        if set_id in changed:
            snapshot = _snapshot(catalog.get(set_id), given)
            if snapshot.answers:
                sets.append(snapshot)
        else:
            sets.append(kept[set_id])
    refuse([empty] if (empty := nothing_problem(bool(sets), submission.note)) else [])
    fields = field_values(
        submission.client,
        submission.date or entry.date,
        submission.note,
        submission.supervision,
        submission.supervision_question,
    )
    edited = entry.model_copy(update={**fields, "sets": sets})
    if edited == entry:
        return entry
    return type(entry).model_validate({**edited.model_dump(), "updated": now})
