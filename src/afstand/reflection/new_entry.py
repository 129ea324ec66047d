"""A new reflection made straight in the form the journal stores it: each set it answered
names the whole wording of that set, and each answer holds only its question and value (see
docs/journal-format.md). Saving from an answers file takes this way and builds no model of
the entry: it is what `afstand reflect --answers` costs beyond starting."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from afstand.models.month_file import StoredAnswer, StoredEntry, StoredSet, Wording, wording_key
from afstand.models.question_set import set_wording
from afstand.reflection.answer_checks import answered, check_submission, submitted_fields
from afstand.reflection.entry_fields import refuse

if TYPE_CHECKING:
    from afstand.models.submission import Submission
    from afstand.questionnaires.catalog import Catalog


@dataclass(frozen=True)
class NewEntry:
    """An entry as the journal stores it, and the wordings its sets name by key."""

    entry: StoredEntry
    wordings: dict[str, Wording]


def new_entry(submission: Submission, catalog: Catalog, *, now: datetime, today: date) -> NewEntry:
    """Check `submission` as every reflection is checked (InvalidInput with every problem, a
    session date after `today` among them) and make it a new entry as stored."""
    refuse(check_submission(submission, catalog, today=today))
    wordings: dict[str, Wording] = {}
    sets = []
    for set_id, given in submission.answers.items():
        question_set = catalog.get(set_id)
        kept = answered(question_set, given)
        if not kept:
            continue
        wording = set_wording(question_set)
        key = wording_key(wording)
        wordings[key] = wording
        # with the set's whole wording, the options and anchors an answer shows follow from
        # its value: the stored answer names none (as format 2 has it)
        answers = [StoredAnswer(question=question.id, value=value) for question, value in kept]
        sets.append(StoredSet(wording=key, answers=answers))
    fields = submitted_fields(submission, today)
    entry = StoredEntry(id=str(uuid.uuid4()), created=now, sets=sets, **fields)
    return NewEntry(entry, wordings)
