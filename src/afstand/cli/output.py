"""The two streams: data on stdout, messages on stderr. User text is never read as markup."""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from typing import Any

from rich.console import Console

from afstand.cli.accessible import plain
from afstand.errors import AfstandError
from afstand.i18n import t

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def inert(text: str) -> str:
    """Text as a terminal can show it without acting on it: a control character (ESC starts
    a command to the terminal) is shown as its escape, `\\x1b`. Line breaks and tabs stay."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def _console(**options: Any) -> Console:
    # Rich leaves out colour by itself under NO_COLOR; accessible mode leaves out every
    # escape code (bold and underline too), also when FORCE_COLOR asks for them
    if plain():
        options["color_system"] = None
    return Console(markup=False, highlight=False, emoji=False, **options)


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
    sys.stdout.write(text + "\n")


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
        console.print(error.message, style="yellow", soft_wrap=True)
    else:
        console.print(f"{t('word.error')}: {error.message}", style="bold red", soft_wrap=True)
    for problem in error.problems:
        console.print(f"  {problem}", soft_wrap=True)
    if error.hint:
        console.print(f"{t('word.hint')}: {error.hint}", style="cyan", soft_wrap=True)
