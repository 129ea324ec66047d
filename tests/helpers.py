"""Helpers that many test files share."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


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
