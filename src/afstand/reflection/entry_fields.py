"""The fields of an entry besides its answers (client, date, note, supervision), checked and
kept in one way whether they come from an answers file, the editor or `edit --note` on an
entry as stored. Light on purpose: a change of a field alone loads no models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from afstand.control_chars import strip_controls
from afstand.errors import InvalidInput
from afstand.i18n import t
from afstand.models.client_code import client_problem, normalise_client
from afstand.user_files import is_text

MAX_TEXT = 20_000


def field_problems(client: str, note: str | None, supervision_question: str | None) -> list[str]:
    """What is wrong with the client code and the texts, as `field: message` lines."""
    problems: list[str] = []
    client_said = client_problem(client)
    if client_said:
        problems.append(f"client: {client_said}")
    for field, text in (("note", note), ("supervision_question", supervision_question)):
        if text is not None and len(text) > MAX_TEXT:
            problems.append(f"{field}: {t('answer.too_long', limit=MAX_TEXT)}")
        elif text is not None and not is_text(text):
            problems.append(f"{field}: {t('data.not_text')}")
    return problems


def nothing_problem(has_answers: bool, note: str | None) -> str | None:
    """An entry holds answers or a note at least."""
    if has_answers or kept_text(note):
        return None
    return f"answers: {t('answer.nothing')}"


def refuse(problems: list[str]) -> None:
    """InvalidInput listing `problems`, when there are any."""
    if problems:
        raise InvalidInput(t("answer.invalid"), hint=t("hint.answers_schema"), problems=problems)


def kept_text(text: str | None) -> str | None:
    """A note or supervision question as the journal keeps it: without control characters and
    surrounding white space; None when nothing is left."""
    if text is None:
        return None
    cleaned = strip_controls(text).strip()
    return cleaned or None


def field_values(
    client: str,
    day: dt.date,
    note: str | None,
    supervision: bool,
    supervision_question: str | None,
) -> dict[str, Any]:
    """The fields as an entry keeps them (checked first with `field_problems`)."""
    return {
        "client": normalise_client(client),
        "date": day,
        "note": kept_text(note),
        "supervision": supervision,
        "supervision_question": kept_text(supervision_question) if supervision else None,
    }


def edited_fields(
    *,
    client: str,
    date: dt.date,
    note: str | None,
    supervision: bool,
    supervision_question: str | None,
    has_answers: bool,
) -> dict[str, Any]:
    """`field_values` of the fields of an entry whose answers stay as they are; InvalidInput
    with every problem, as for an edit of its answers."""
    problems = field_problems(client, note, supervision_question)
    if not problems and (empty := nothing_problem(has_answers, note)):
        problems.append(empty)
    refuse(problems)
    return field_values(client, date, note, supervision, supervision_question)
