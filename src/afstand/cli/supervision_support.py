"""What the supervision commands share: their options, asking in the terminal, the identifier
check on free text, the aliases for documents, and writing a document."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from afstand.cli.context import Workspace
from afstand.cli.output import say, warn
from afstand.errors import Cancelled, InvalidInput, UsageError
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.cli.prompter import TerminalPrompter
    from afstand.models.supervision import Meeting, Series
    from afstand.reflection.identifiers import Finding
    from afstand.supervision.documents.blocks import Aliases, Document, MakeAliases
    from afstand.supervision.store import SupervisionLog

SeriesOption = Annotated[
    str | None, typer.Option("--series", metavar="ID", help=t("help.supervision.series"))
]
FileOption = Annotated[
    str | None, typer.Option("--file", "-f", metavar="FILE", help=t("help.supervision.file"))
]
StrictOption = Annotated[bool, typer.Option("--strict", help=t("help.reflect.strict"))]
OutputOption = Annotated[
    str | None, typer.Option("--output", "-o", metavar="FILE", help=t("help.supervision.output"))
]
NoAlias = Annotated[bool, typer.Option("--real-codes", help=t("help.supervision.real_codes"))]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help=t("help.yes"))]
MeetingNumber = Annotated[int, typer.Argument(metavar="N", help=t("help.meeting.number"))]


def log_of(ws: Workspace) -> SupervisionLog:
    from afstand.supervision.store import SupervisionLog

    return SupervisionLog(ws.journal())


def current_time() -> datetime:
    return datetime.now().astimezone()


def terminal_prompter(ws: Workspace) -> TerminalPrompter:
    from afstand.cli.output import err
    from afstand.cli.prompter import TerminalPrompter

    if not sys.stdin.isatty():
        raise UsageError(t("supervision.no_terminal"), hint=t("hint.supervision_file"))
    return TerminalPrompter(err(), ws.config.editor, ws.paths.data / "tmp")


def ask(prompter: TerminalPrompter, label: str, default: str | None = None) -> str:
    shown = f"{label} [{default}] " if default else f"{label} "
    reply = prompter.read(shown).strip()
    return reply or (default or "")


def days_before(ws: Workspace) -> int:
    from afstand.supervision.schedule import DAYS_BEFORE

    configured = ws.config.verslag_days_before
    return DAYS_BEFORE if configured is None else configured


def check_texts(texts: dict[str, str], strict: bool, prompter: TerminalPrompter | None) -> None:
    """The identifier check of `reflect`, on every free text: with --strict a hit refuses; in a
    terminal the user chooses; from a file it is a warning."""
    from afstand.reflection.identifiers import find_in_text

    today = date.today()
    findings: list[Finding] = []
    for field, text in texts.items():
        if text:
            findings += find_in_text(text, field, today)
    review(findings, strict, prompter)


def review(findings: list[Finding], strict: bool, prompter: TerminalPrompter | None) -> None:
    from afstand.reflection.identifiers import describe

    if not findings:
        return
    problems = [describe(f) for f in findings]
    if strict:
        raise InvalidInput(t("identifier.strict"), hint=t("hint.identifier"), problems=problems)
    for problem in problems:
        warn(f"{problem} — {t('identifier.found')}")
    if prompter is not None and not prompter.yes_no(t("supervision.keep_anyway"), default=False):
        raise Cancelled(t("supervision.nothing_saved"))


def mapped_aliases() -> MakeAliases:
    from afstand.exchange.export.select import alias_map, code_pattern, replace_codes

    class Mapped:
        def __init__(self, clients: list[str]) -> None:
            self.mapping = alias_map(clients)
            self.pattern = code_pattern(self.mapping)

        def code(self, client: str) -> str:
            return self.mapping.get(client, client)

        def text(self, text: str) -> str:
            return replace_codes(text, self.mapping, self.pattern)

    def make(clients: list[str]) -> Aliases:
        return Mapped(clients)

    return make


def write_document(document: Document, output: str | None) -> None:
    """Markdown on stdout, or the file `-o` names (HTML when it ends in .html or .htm),
    written owner-only and atomically."""
    from afstand.supervision.documents.render import render

    if output is None:
        sys.stdout.write(render(document, "markdown"))
        return
    from afstand.files import atomic_write

    path = Path(output)
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else "markdown"
    atomic_write(path, render(document, fmt).encode("utf-8"), own_folder=False)
    say(t("supervision.written", path=path), style="green")


def number_of(series: Series, meeting: Meeting) -> int:
    from afstand.supervision.series import meeting_number

    return meeting_number(series, meeting)


def meeting_arg(series: Series, number: int | None, today: date, held: bool) -> Meeting:
    """The meeting by its number; without one, the last held (or the next planned)."""
    from afstand.supervision.schedule import held as held_meetings
    from afstand.supervision.schedule import upcoming
    from afstand.supervision.series import meeting_by_number

    if number is not None:
        return meeting_by_number(series, number)
    found = held_meetings(series, today) if held else upcoming(series, today)
    if not found:
        key = "supervision.no_held" if held else "supervision.no_upcoming"
        raise InvalidInput(t(key), hint=t("hint.meeting_add"))
    return found[-1] if held else found[0]


def ask_int(prompter: TerminalPrompter, label: str, default: int) -> int:
    while True:
        reply = ask(prompter, label, str(default))
        if reply.isdigit():
            return int(reply)
        prompter.problem(t("supervision.number_invalid"))


def ask_date(prompter: TerminalPrompter, label: str, default: date) -> date:
    while True:
        reply = ask(prompter, label, default.isoformat())
        try:
            return date.fromisoformat(reply)
        except ValueError:
            prompter.problem(t("date.invalid", value=reply))


def parse_date(text: str) -> date:
    value = text.strip().lower()
    if value in ("today", "vandaag"):
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(t("date.invalid", value=text), hint=t("hint.date")) from None


def in_editor(ws: Workspace, data: dict[str, Any]) -> str:
    import yaml

    from afstand.cli.editor import open_in_editor

    text = yaml.safe_dump(
        {k: v for k, v in data.items() if v is not None}, allow_unicode=True, sort_keys=False
    )
    edited = open_in_editor(text, ws.config.editor, ws.paths.data / "tmp", ".yaml")
    if edited.strip() == text.strip():
        raise Cancelled(t("supervision.unchanged"))
    return edited
