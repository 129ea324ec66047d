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
    from afstand.journal.format import read_block_data

    if "months" not in document:
        return list(document["entries"])
    found = []
    for block in document["months"]:
        month = read_block_data(block, "test")
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


# -- two computers and a sync tool (see test_sync.py) --------------------------------------

Snapshot = dict[str, bytes]


def snapshot(home: Path) -> Snapshot:
    journal = home / "journal"
    return {
        p.relative_to(journal).as_posix(): p.read_bytes()
        for p in sorted(journal.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def sync_into(target: Path, source: Path, base: Snapshot, pattern: str) -> list[str]:
    """What a sync tool does on `target` when `source` changed files too (since `base`).
    Returns the names of the conflict copies it made."""
    mine, theirs = snapshot(target), snapshot(source)
    made = []
    for name in sorted(set(mine) | set(theirs)):
        here, there, before = mine.get(name), theirs.get(name), base.get(name)
        path = target / "journal" / name
        if here == there or there == before:
            continue  # the same, or changed here only
        if here == before:  # changed there only: taken over (or deleted)
            if there is None:
                path.unlink()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(there)
            continue
        if there is None:
            continue  # deleted there, changed here: the change is kept
        if here is None:  # deleted here, changed there: the change comes back
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(there)
            continue
        copy = path.with_name(pattern.format(stem=path.name[:-5]))
        copy.write_bytes(there)
        made.append(copy.name)
    return made
