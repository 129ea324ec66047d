"""After a meeting: the reflectieverslag, a short guided reflection on the meeting itself.

Its questions are a shipped question set (`reflectieverslag`; `korthagen` and `gibbs` work
too, or a set of the user's own), checked exactly like the answers of `afstand reflect`."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from afstand.errors import InvalidInput
from afstand.i18n import t
from afstand.models.submission import Submission
from afstand.models.supervision import Meeting, Series, Verslag, VerslagInput
from afstand.reflection.answer_checks import build_entry
from afstand.reflection.identifiers import Finding, find_in_text
from afstand.supervision.series import replace_meeting, text_problem

if TYPE_CHECKING:
    from afstand.questionnaires.catalog import Catalog

DEFAULT_SET = "reflectieverslag"
# The answers are checked by the same code as a reflection's; it wants a client code, which a
# verslag has not: this placeholder never leaves this module.
_NO_CLIENT = "VERSLAG"


def write_verslag(
    series: Series,
    meeting: Meeting,
    given: VerslagInput,
    catalog: Catalog,
    now: datetime,
    today: date,
) -> Series:
    """The series with the verslag saved on `meeting` (replacing an earlier one), and the
    goals it touched when the verslag names them."""
    problems = []
    if given.goals is not None:
        known = {g.number for g in series.goals}
        problems += [
            f"goals.{i}: {t('supervision.no_goal', number=n)}"
            for i, n in enumerate(given.goals)
            if n not in known
        ]
    for question, value in given.answers.items():
        if isinstance(value, str):
            problem = text_problem(f"answers.{question}", value, 20_000)
            if problem:
                problems.append(problem)
    if meeting.date > today:
        problems.append(f"date: {t('supervision.verslag_future', date=meeting.date)}")
    if problems:
        raise InvalidInput(t("supervision.invalid"), problems=problems)
    submission = Submission(client=_NO_CLIENT, answers={given.set: dict(given.answers)})
    try:
        entry = build_entry(submission, catalog, now=now, today=today)
    except InvalidInput as error:
        error.hint = t("hint.verslag_answers", set=given.set)
        raise
    if not entry.sets:
        raise InvalidInput(t("answer.invalid"), problems=[f"answers: {t('answer.nothing')}"])
    verslag = Verslag(written=now, answers=entry.sets[0])
    update: dict[str, object] = {"verslag": verslag}
    if given.goals is not None:
        update["goals"] = sorted(set(given.goals))
    return replace_meeting(series, meeting.model_copy(update=update), now)


def verslag_findings(given: VerslagInput, today: date) -> list[Finding]:
    """What looks like it identifies someone in the verslag's free text."""
    found: list[Finding] = []
    for question, value in given.answers.items():
        if isinstance(value, str):
            found += find_in_text(value, f"answers.{question}", today)
    return found
