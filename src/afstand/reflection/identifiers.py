"""Spotting what identifies a person in free text and client codes, before it is saved.

The journal holds the professional's notes about their own reactions; it must not become a
client file by accident. These checks look for what plainly identifies someone: an e-mail
address, a phone number, a Dutch citizen service number (BSN, with its check digit), a date
of birth, a client code that looks like a name. They are tuned to raise no alarm on ordinary
Dutch or English sentences; a hit is a question to the user, never a refusal on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.models.submission import Submission

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\d{2}[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){7,10}(?!\d)"
    r"|(?<![\w+])0\d(?:[\s.-]?\d){8}(?!\d)"
)
NINE_DIGITS = re.compile(
    r"(?<![\d.-])(\d{4})[.\s]?(\d{2})[.\s]?(\d{3})(?![\d])|(?<!\d)(\d{9})(?!\d)"
)
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|january|february|march|may|june|july|august|october|"
    "jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
FULL_DATE = re.compile(
    r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)"
    r"|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"
    rf"|(?<!\d)(\d{{1,2}})\s+({MONTHS})\.?\s+(\d{{4}})(?!\d)",
    re.I,
)
BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|verjaardag|born|birth|d\.o\.b|dob", re.I)
NAME_LIKE_CODE = re.compile(r"^[A-Za-z]+(?:[.\s_-]?[A-Za-z]+)*$")


@dataclass(frozen=True)
class Finding:
    kind: str  # email, phone, bsn, birth_date, name_code
    text: str
    field: str


def bsn_valid(digits: str) -> bool:
    """The eleven test of a Dutch citizen service number (9 digits)."""
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def find_in_text(text: str, field: str, today: date) -> list[Finding]:
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match[str]) -> None:
        span = match.span()
        if any(span[0] < end and start < span[1] for start, end in taken):
            return
        taken.append(span)
        found.append(Finding(kind, match.group(0), field))

    for match in EMAIL.finditer(text):
        add("email", match)
    for match in FULL_DATE.finditer(text):
        if _is_birth_date(text, match, today):
            add("birth_date", match)
    for match in NINE_DIGITS.finditer(text):
        digits = "".join(g for g in match.groups() if g)
        if bsn_valid(digits):
            add("bsn", match)
    for match in PHONE.finditer(text):
        add("phone", match)
    return found


def _is_birth_date(text: str, match: re.Match[str], today: date) -> bool:
    groups = match.groups()
    try:
        if groups[0]:
            year = int(groups[2])
        elif groups[3]:
            year = int(groups[3])
        else:
            year = int(groups[8])
    except (TypeError, ValueError):
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if BIRTH_WORDS.search(before):
        return True
    # a full date a generation back is rarely a session; it is most often someone's birth
    return year <= today.year - 15


def find_in_client_code(code: str) -> list[Finding]:
    """A code of letters only, of a name's length, looks like a name (`Jansen`, `JanJansen`)."""
    letters = sum(c.isalpha() for c in code)
    if NAME_LIKE_CODE.match(code.strip()) and letters >= 5:
        return [Finding("name_code", code, "client")]
    return []


def find_identifiers(texts: dict[str, str], client: str, today: date) -> list[Finding]:
    """Every finding in `texts` (field path → text) and in the client code as typed."""
    found = find_in_client_code(client)
    for field, text in texts.items():
        found.extend(find_in_text(text, field, today))
    return found


def submission_texts(submission: Submission) -> dict[str, str]:
    """The free texts of a submission by field path: note, question, text answers."""
    texts = {}
    if submission.note:
        texts["note"] = submission.note
    if submission.supervision_question:
        texts["supervision_question"] = submission.supervision_question
    for set_id, given in submission.answers.items():
        for question_id, value in given.items():
            if isinstance(value, str):
                texts[f"answers.{set_id}.{question_id}"] = value
    return texts


def check_submission_identifiers(submission: Submission, today: date) -> list[Finding]:
    return find_identifiers(submission_texts(submission), submission.client, today)


def describe(finding: Finding) -> str:
    return f"{finding.field}: {t('identifier.' + finding.kind)}: {finding.text!r}"
