"""A document as a list of plain blocks, so that the inbreng, the verslag and the evaluation
are written once and rendered as Markdown or HTML alike. Every text in a block is the user's
or afstand's text as it is: the renderers make it inert."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

Style = Literal["plain", "muted", "confidential", "question", "strong"]


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Style = "plain"


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Quote:
    """A text of the user's, several lines kept as they are."""

    text: str


@dataclass(frozen=True)
class Fields:
    """Labels with their value (a question and its answer)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Signature:
    """Lines to sign on paper."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Rows under column headings; an empty cell prints as a line to write on."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | Items | Quote | Fields | Signature | Table


@dataclass
class Document:
    title: str
    language: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


class Aliases(Protocol):
    """How client codes appear in a document for someone else."""

    def code(self, client: str) -> str: ...

    def text(self, text: str) -> str: ...


class NoAliases:
    """Client codes as they are (the user asked for the document unaliased)."""

    def code(self, client: str) -> str:
        return client

    def text(self, text: str) -> str:
        return text


# Aliases for the clients of a document, given in the order they first appear.
MakeAliases = Callable[[list[str]], Aliases]
