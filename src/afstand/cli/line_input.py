"""Reading one line from the user, with line editing, and the one yes/no question.

In a terminal, Python's readline (GNU readline or libedit) gives the arrow keys, Home/End,
Ctrl-A/E/K/U/W and a history (↑ ↓) of what was typed during this command. The history is
never written to disk: it holds journal text. Windows has no readline; its console edits the
line itself.

Rich and readline must not both draw the prompt: readline redraws the line (after ↑, Ctrl-L,
a wrap) from its own idea of the prompt, so the prompt is rendered by Rich into a string,
its colour codes are marked as invisible for readline, and readline draws it."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from types import ModuleType

from rich.console import Console
from rich.text import Text

from afstand.cli.accessible import plain
from afstand.control_chars import strip_controls
from afstand.errors import Cancelled
from afstand.i18n import current_language, t

YES = frozenset({"y", "yes", "j", "ja"})
NO = frozenset({"n", "no", "nee"})

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_readline: ModuleType | None = None


def _line_editor() -> ModuleType | None:
    """readline, set up on first use, when both ends are a terminal (as `input()` needs)."""
    global _readline
    if plain():  # readline redraws the line, which a screen reader reads again and again
        return None
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    if _readline is None:
        try:
            import readline
        except ImportError:  # Windows, or a Python built without it
            return None
        readline.clear_history()
        readline.set_auto_history(True)
        if "libedit" in (readline.__doc__ or ""):
            readline.parse_and_bind("bind ^I rl_complete")
        else:
            readline.parse_and_bind("tab: complete")
        readline.set_completer_delims(" ,;")
        _readline = readline
    return _readline


def read_line(
    console: Console,
    prompt: Text,
    *,
    prefill: str = "",
    completions: Sequence[str] = (),
) -> str:
    """One line, stripped and without control characters. `prefill` is put on the line to be
    edited (an earlier answer); Tab completes from `completions`."""
    editor = _line_editor()
    if editor is None:
        console.print(prompt, end="")
        if prefill:
            console.print(Text(f"({prefill}) ", style="dim"), end="")
        reply = input()
        if not reply.strip() and prefill:
            reply = prefill
        return strip_controls(reply).strip()
    with console.capture() as capture:
        console.print(prompt, end="")
    shown = _ANSI.sub(lambda m: "\001" + m.group(0) + "\002", capture.get())
    editor.set_completer(_completer(list(completions)))
    editor.set_startup_hook((lambda: editor.insert_text(prefill)) if prefill else None)
    try:
        reply = input(shown)
    finally:
        editor.set_startup_hook(None)
        editor.set_completer(None)
    return strip_controls(reply).strip()


def read_line_or_stop(console: Console, prompt: Text) -> str:
    """`read_line` for a question outside the reflection: Ctrl-C and Ctrl-D end the command
    (exit code 130) instead of reaching Typer, which would call them an abort."""
    try:
        return read_line(console, prompt)
    except (KeyboardInterrupt, EOFError):
        console.print()
        raise Cancelled(t("interrupted")) from None


def _completer(words: list[str]) -> object:
    def complete(start: str, state: int) -> str | None:
        matches = [w for w in words if w.lower().startswith(start.lower())]
        return matches[state] if state < len(matches) else None

    return complete


def yes_no_suffix(default: bool | None) -> str:
    """`[j/N]` in Dutch, `[y/N]` in English: the capital is what Enter means."""
    yes, no = ("j", "n") if current_language() == "nl" else ("y", "n")
    if default is True:
        yes = yes.upper()
    elif default is False:
        no = no.upper()
    return f"[{yes}/{no}]"


def yes_no_reply(reply: str) -> bool | None:
    """True, False, or None when `reply` is neither yes nor no (in either language)."""
    lowered = reply.strip().lower()
    if lowered in YES:
        return True
    if lowered in NO:
        return False
    return None


def ask_yes_no(console: Console, question: str, default: bool | None) -> bool:
    """Ask until the answer is yes or no; Enter gives `default` (asked again when None).
    Ctrl-C or Ctrl-D stops the command, as a choice of the user that changes nothing."""
    prompt = Text(f"{question} {yes_no_suffix(default)} ", style="bold cyan")
    while True:
        reply = read_line_or_stop(console, prompt)
        if not reply and default is not None:
            return default
        answer = yes_no_reply(reply)
        if answer is not None:
            return answer
        console.print(Text("  " + t("prompt.yes_no"), style="red"))
