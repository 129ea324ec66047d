"""What an evidence document holds, whatever its format: a title, a few lines about it, and
sections with fields, a table, lines to write on and lines to sign."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Table:
    keys: tuple[str, ...]  # stable English column names (the CSV header)
    headers: tuple[str, ...]  # the column names in the user's language
    rows: tuple[tuple[str, ...], ...]
    signature_column: bool = False  # the last column is left empty, to sign in


@dataclass(frozen=True)
class Section:
    heading: str | None = None
    lines: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()  # label, value
    table: Table | None = None
    blanks: tuple[str, ...] = ()  # a prompt with room to write by hand
    checkboxes: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    new_page: bool = False


@dataclass(frozen=True)
class Evidence:
    kind: str
    register: str
    title: str
    about: tuple[str, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)
    footer: str = ""


def rewrite(evidence: Evidence, change: Callable[[str], str]) -> Evidence:
    """The same document with `change` applied to every text in it (to take out client codes
    that a user wrote in a learning goal or a series title)."""

    def table(old: Table | None) -> Table | None:
        if old is None:
            return None
        rows = tuple(tuple(change(cell) for cell in row) for row in old.rows)
        return replace(old, rows=rows)

    sections = tuple(
        replace(
            section,
            heading=change(section.heading) if section.heading else section.heading,
            lines=tuple(change(line) for line in section.lines),
            fields=tuple((change(label), change(value)) for label, value in section.fields),
            table=table(section.table),
        )
        for section in evidence.sections
    )
    return replace(
        evidence,
        about=tuple(change(line) for line in evidence.about),
        sections=sections,
    )
