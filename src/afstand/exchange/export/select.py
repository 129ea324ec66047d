"""Choosing what goes into an export, and making it fit to hand over: client codes replaced by
aliases, free text left out. Pure functions: entries in, entries out, nothing read or written."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afstand.models.entry import Answer, Entry, SetAnswers
    from afstand.models.month_file import Header, StoredEntry


def choose(
    entries: Iterable[Entry], client: str | None = None, supervision_only: bool = False
) -> list[Entry]:
    """The entries of `client` (all when None), only those flagged for supervision when asked,
    in order of date and creation."""
    chosen = [
        e
        for e in entries
        if (client is None or e.client == client) and (e.supervision or not supervision_only)
    ]
    return sorted(chosen, key=lambda e: (e.date, e.created))


def wanted(entry: Header | StoredEntry | Entry, client: str | None, supervision_only: bool) -> bool:
    """`choose` for one entry, also as stored (without building the entry)."""
    return (client is None or entry.client == client) and (
        entry.supervision or not supervision_only
    )


def alias_map(clients: Iterable[str]) -> dict[str, str]:
    """Real code → C1, C2, … in the order the codes first appear (give them sorted by date)."""
    mapping: dict[str, str] = {}
    for code in clients:
        if code not in mapping:
            mapping[code] = f"C{len(mapping) + 1}"
    return mapping


def code_pattern(mapping: Mapping[str, str]) -> re.Pattern[str] | None:
    """One pattern for every code of `mapping`, as a whole word. Codes are stored in capitals;
    one with a digit or a sign (`K7`, `MW-03`) is found in any case, since such a word is
    hardly ever anything else; a code of letters only (`ANNA`) only as written in capitals,
    so that an ordinary word in a note (`anna`, `ik`) stays as it is."""
    if not mapping:
        return None
    parts = []
    first: set[str] = set()
    for code in sorted(mapping, key=len, reverse=True):
        escaped = re.escape(code)
        parts.append(escaped if code.isalpha() else f"(?i:{escaped})")
        first |= {code[0]} if code.isalpha() else {code[0], code[0].lower()}
    # the first letter looked at before the alternatives are tried: most places start no code
    starts = "(?=[" + re.escape("".join(sorted(first))) + "])"
    return re.compile(starts + r"(?<![A-Za-z0-9])(?:" + "|".join(parts) + r")(?![A-Za-z0-9])")


def replace_codes(
    text: str, mapping: Mapping[str, str], pattern: re.Pattern[str] | None = None
) -> str:
    """`text` with every client code of `mapping` replaced by its alias, in one pass (so that a
    real code `C2` that became `C1` is never replaced twice)."""
    return Codes(mapping, pattern).replace(text)


class Codes:
    """`replace_codes` for many texts with the same aliases: the pattern made once."""

    def __init__(self, mapping: Mapping[str, str], pattern: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern if pattern is not None else code_pattern(mapping)
        self.upper = {code.upper(): alias for code, alias in mapping.items()}

    def _alias(self, match: re.Match[str]) -> str:
        found = match.group(0)
        return self.upper.get(found.upper(), found)

    def replace(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(self._alias, text)


def alias_entries(entries: Sequence[Entry], mapping: Mapping[str, str]) -> list[Entry]:
    """The entries with their client codes replaced, also where a code stands in free text."""
    codes = Codes(mapping)
    if codes.pattern is None:
        return list(entries)

    def scrub(text: str | None) -> str | None:
        return codes.replace(text) if text is not None else None

    def scrub_answer(answer: Answer) -> Answer:
        if answer.type == "text" and isinstance(answer.value, str):
            return answer.model_copy(update={"value": scrub(answer.value)})
        return answer

    return [
        entry.model_copy(
            update={
                "client": mapping.get(entry.client, entry.client),
                "note": scrub(entry.note),
                "supervision_question": scrub(entry.supervision_question),
                "sets": [
                    s.model_copy(update={"answers": [scrub_answer(a) for a in s.answers]})
                    for s in entry.sets
                ],
            }
        )
        for entry in entries
    ]


def drop_notes(entries: Sequence[Entry]) -> list[Entry]:
    """The entries without any free text: no text answers, no note, no supervision question.
    A set left without answers is left out; the flag for supervision stays."""
    result = []
    for entry in entries:
        sets: list[SetAnswers] = []
        for answered in entry.sets:
            kept = [a for a in answered.answers if a.type != "text"]
            if kept:
                sets.append(answered.model_copy(update={"answers": kept}))
        result.append(
            entry.model_copy(update={"sets": sets, "note": None, "supervision_question": None})
        )
    return result
