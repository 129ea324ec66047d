"""Helpers that many test files share."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass
class Result:
    """What one run of afstand did: its exit code and its two streams."""

    code: int
    stdout: str
    stderr: str


class Cli(Protocol):
    """The `cli` fixture: `cli("report", "--json", stdin="...")` runs afstand in-process."""

    def __call__(self, *args: str, stdin: str | None = None) -> Result: ...


class Terminal(io.StringIO):
    """Typed input that says it comes from a terminal."""

    def isatty(self) -> bool:
        return True


# The `typed` fixture: `typed("reflect", lines=["3", ""])` runs afstand with those lines typed
# at its questions, one per line, from a (fake) terminal.
Typed = Callable[..., Result]


def flat(text: str) -> str:
    """Text with every run of white space as one space: long lines may wrap on screen."""
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text without white space: long paths may be broken anywhere to fit the terminal."""
    return "".join(text.split())


def entries_in(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The entries of a JSON export as plain data, each with its full wording, whatever its
    schema (2: months with their wordings; 1: a flat list)."""
    from afstand.journal.format import checked_block
    from afstand.models.month_file import MonthBlock

    if "months" not in document:
        return list(document["entries"])
    found = []
    for block in document["months"]:
        month = checked_block(MonthBlock.model_validate(block), "test")
        found += [e.model_dump(mode="json", exclude_defaults=True) for e in month.expanded()]
    return found


def as_schema_1(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON export as afstand wrote it before format 2: easy to change in a test."""
    flat_list = entries_in(document)
    head = {k: v for k, v in document.items() if k not in ("months", "entries")}
    return {**head, "schema_version": 1, "entries": flat_list}


def month_entries(path: Path) -> list[dict[str, Any]]:
    """The entries of a month file (any format) as plain data, each with its full wording."""
    from afstand.journal.format import decode_month

    return [
        e.model_dump(mode="json", exclude_defaults=True)
        for e in decode_month(path.read_bytes(), path)
    ]
