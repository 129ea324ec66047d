"""The two streams: data on stdout, messages on stderr. User text is never read as markup, and
never reaches the terminal as a control character: each console shows one as its escape."""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from typing import Any

from rich.console import Console
from rich.text import Text

from afstand.cli.accessible import plain
from afstand.errors import AfstandError
from afstand.i18n import t

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# in a line: also the line break, and the marks that turn text around (right-to-left
# override and isolate), so that a key cannot show other than it is
_IN_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return "\\n"
    return f"\\x{ord(char):02x}" if char < "\u0100" else f"\\u{ord(char):04x}"


def inert(text: str) -> str:
    """Text as a terminal can show it without acting on it: a control character (ESC starts
    a command to the terminal) is shown as its escape, `\\x1b`. Line breaks and tabs stay."""
    if text.isprintable():
        return text
    return _CONTROL.sub(_escape, text)


def inert_line(text: str) -> str:
    """`inert` for a text that must stay one line (an error, a problem in it, a line of
    data): a line break shows as `\\n`, so that a key cannot start a line that looks like
    afstand's own."""
    if text.isprintable():
        return text
    return _IN_LINE.sub(_escape, text)


class _InertConsole(Console):
    """Every string printed, a table cell and a prompt too, passes `inert` first: an error
    quotes a key, id or path as the user typed it, and a key can hold an escape sequence.
    The escape stays visible (rather than dropped) so that the user can tell which key is
    meant. A `Text` made by a caller is its caller's to clean."""

    def render_str(self, text: str, **options: Any) -> Text:
        return super().render_str(inert(text), **options)


def _console(**options: Any) -> Console:
    # Rich leaves out colour by itself under NO_COLOR; accessible mode leaves out every
    # escape code (bold and underline too), also when FORCE_COLOR asks for them
    if plain():
        options["color_system"] = None
    return _InertConsole(markup=False, highlight=False, emoji=False, **options)


@cache
def out() -> Console:
    return _console(soft_wrap=False)


@cache
def err() -> Console:
    return _console(stderr=True)


def print_json(data: Any) -> None:
    """JSON on stdout, exactly as given: no colour, no wrapping, UTF-8 kept."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def print_line(text: str) -> None:
    """One line of plain data on stdout, never wrapped (for grep and editors)."""
    sys.stdout.write(inert_line(text) + "\n")


def print_rows(headers: list[str], rows: list[list[str]]) -> None:
    """A table on stdout: columns without lines; in accessible mode each row as
    "header: value" lines (empty values left out), a blank line between rows."""
    if plain():
        for number, row in enumerate(rows):
            if number:
                print_line("")
            for header, value in zip(headers, row, strict=True):
                if value:
                    print_line(f"{header}: {value}")
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for index, header in enumerate(headers):
        table.add_column(header, no_wrap=index == 0)  # an id is what the user types next
    for row in rows:
        table.add_row(*row)
    out().print(table)


def say(message: str, style: str | None = None) -> None:
    """A message for the user (not data): on stderr."""
    err().print(message, style=style)


def warn(message: str) -> None:
    err().print(f"{t('word.warning')}: {message}", style="yellow", soft_wrap=True)


def print_error(error: AfstandError) -> None:
    """`error:`, the problems and `hint:`, each on one unbroken line: a message often holds a
    path that the user copies, and the terminal wraps long lines by itself."""
    from afstand.errors import Cancelled

    console = err()
    if isinstance(error, Cancelled):  # the user's own choice, not an error
        console.print(inert_line(error.message), style="yellow", soft_wrap=True)
    else:
        message = f"{t('word.error')}: {inert_line(error.message)}"
        console.print(message, style="bold red", soft_wrap=True)
    for problem in error.problems:
        console.print(f"  {inert_line(problem)}", soft_wrap=True)
    if error.hint:
        # a hint may be two of afstand's own lines (reflect adds where the draft is kept)
        hint = "\n".join(inert_line(line) for line in error.hint.split("\n"))
        console.print(f"{t('word.hint')}: {hint}", style="cyan", soft_wrap=True)
