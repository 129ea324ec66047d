"""What an evidence document holds, whatever its format: a title, a few lines about it, and
sections with fields, a table, lines to write on and lines to sign."""

from __future__ import annotations

from dataclasses import dataclass, field


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
