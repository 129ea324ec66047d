"""Asking the questions of a reflection in a terminal, with Rich. Invalid input is asked
again with a message; Enter passes an optional question by; `?` shows the help text."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.text import Text

from afstand.cli.editor import open_in_editor
from afstand.dates import parse_day
from afstand.errors import AfstandError
from afstand.i18n import current_language, t
from afstand.models.answer_words import answer_in_words
from afstand.models.client_code import client_problem, normalise_client
from afstand.models.entry import AnswerValue, Entry
from afstand.models.questionnaire import Option, Question, Questionnaire
from afstand.reflection.answer_checks import value_problem
from afstand.reflection.identifiers import Finding, describe
from afstand.user_files import is_text

_YES = {"y", "yes", "j", "ja"}
_NO = {"n", "no", "nee"}
EDITOR_COMMAND = ":e"


class TerminalPrompter:
    def __init__(self, console: Console, editor: str | None, scratch: Path) -> None:
        self.console = console
        self.editor = editor
        self.scratch = scratch
        self.lang = current_language()

    # -- plumbing ----------------------------------------------------------------------------

    def _read(self, prompt: str) -> str:
        while True:
            reply = self.console.input(Text(prompt, style="bold cyan")).strip()
            if is_text(reply):  # bytes that are not UTF-8 arrive as lone surrogates
                return reply
            self._problem(t("prompt.not_text"))

    def _wrapped(self, text: str, hang: int, style: str = "") -> Text:
        """`text` wrapped to the terminal, continuation lines indented by `hang`."""
        width = max(40, self.console.width - 1)
        indent = len(text) - len(text.lstrip(" "))
        return Text(
            textwrap.fill(
                text.strip(),
                width=width,
                initial_indent=" " * indent,
                subsequent_indent=" " * hang,
                break_on_hyphens=False,
            ),
            style=style,
        )

    def _line(self, text: str, hang: int, style: str = "") -> None:
        self.console.print(self._wrapped(text, hang, style), soft_wrap=True)

    def _problem(self, message: str) -> None:
        self.console.print(Text("  " + message, style="red"))

    def _yes_no(self, prompt: str, default: bool | None) -> bool | None:
        suffix = {True: " [Y/n] ", False: " [y/N] ", None: " [y/n] "}[default]
        if self.lang == "nl":
            suffix = {True: " [J/n] ", False: " [j/N] ", None: " [j/n] "}[default]
        while True:
            reply = self._read(prompt + suffix).lower()
            if not reply:
                return default
            if reply in _YES:
                return True
            if reply in _NO:
                return False
            self._problem(t("prompt.yes_no"))

    def _text(self, prompt: str) -> str:
        reply = self._read(prompt)
        if reply == EDITOR_COMMAND:
            return self.edit_text("")
        return reply

    def edit_text(self, initial: str) -> str:
        try:
            return open_in_editor(initial, self.editor, self.scratch, ".txt").strip()
        except AfstandError as error:
            self._problem(error.message)
            return initial

    # -- the Prompter protocol ---------------------------------------------------------------

    def ask_client(self, known: list[str]) -> str:
        shown = known[:9]
        if shown:
            listed = "  ".join(f"{n}) {code}" for n, code in enumerate(shown, start=1))
            self.console.print(Text(t("prompt.known_clients") + "  " + listed, style="dim"))
        while True:
            reply = self._read(t("prompt.client") + " ")
            if reply.isdigit() and 1 <= int(reply) <= len(shown) and len(reply) == 1:
                return shown[int(reply) - 1]
            problem = client_problem(reply)
            if problem is None:
                return normalise_client(reply)
            self._problem(problem)

    def ask_date(self, today: date) -> date:
        while True:
            reply = self._read(t("prompt.date", today=today.isoformat()) + " ")
            if not reply:
                return today
            try:
                return parse_day(reply, today)
            except AfstandError as error:
                self._problem(error.message)

    def start_set(self, questionnaire: Questionnaire, number: int, total: int) -> None:
        self.console.print()
        self.console.rule(
            Text(f"{number}/{total}  {questionnaire.title.get(self.lang)}", style="bold")
        )

    def ask(self, questionnaire: Questionnaire, question: Question) -> AnswerValue | None:
        lang = self.lang
        self.console.print()
        head = Text(question.prompt.get(lang), style="bold")
        if question.help is not None:
            head.append("  (" + t("prompt.help_hint") + ")", style="dim")
        self.console.print(head)
        if question.type == "scale":
            for value, anchor in sorted(question.anchors.items()):
                self._line(f"  {value:>2}  {anchor.get(lang)}", hang=6)
        for number, option in enumerate(question.options, start=1):
            self._line(f"  {number:>2}) {option.label.get(lang)}", hang=6)
        while True:
            reply = self._read(self._input_hint(question) + " ")
            if reply == "?":
                if question.help is not None:
                    self.console.print(Text(question.help.get(lang).strip(), style="italic"))
                continue
            if not reply:
                if question.required:
                    self._problem(t("prompt.required"))
                    continue
                return None
            if question.type == "text" and reply == EDITOR_COMMAND:
                reply = self.edit_text("")
                if not reply:
                    continue
            parsed, problem = self._parse(question, reply)
            if problem is None and parsed is not None:
                problem = value_problem(question, parsed)
            if problem is not None:
                self._problem(problem)
                continue
            self._show_feedback(question, parsed)
            return parsed

    def _input_hint(self, question: Question) -> str:
        optional = "" if question.required else t("prompt.enter_skips")
        hints = {
            "scale": f"[{question.min}-{question.max}]",
            "choice": f"[1-{len(question.options)}]",
            "checklist": t("prompt.checklist_hint"),
            "yesno": "[j/n]" if self.lang == "nl" else "[y/n]",
            "text": t("prompt.text_hint"),
        }
        return f"{hints[question.type]}{optional} >"

    def _parse(self, question: Question, reply: str) -> tuple[AnswerValue | None, str | None]:
        kind = question.type
        if kind == "scale":
            try:
                return int(reply), None
            except ValueError:
                return None, t("answer.scale_type", min=question.min, max=question.max)
        if kind == "choice":
            return self._option_id(question, reply), None
        if kind == "checklist":
            parts = [p for p in re.split(r"[,\s;]+", reply) if p]
            ids = [self._option_id(question, part) for part in parts]
            return list(dict.fromkeys(ids)), None
        if kind == "yesno":
            lowered = reply.lower()
            if lowered in _YES:
                return True, None
            if lowered in _NO:
                return False, None
            return None, t("prompt.yes_no")
        return reply, None

    @staticmethod
    def _option_id(question: Question, reply: str) -> str:
        if reply.isdigit() and 1 <= int(reply) <= len(question.options):
            return question.options[int(reply) - 1].id
        return reply

    def _show_feedback(self, question: Question, value: AnswerValue | None) -> None:
        chosen = value if isinstance(value, list) else [value]
        options: list[Option] = [o for o in question.options if o.id in chosen]
        for option in options:
            if option.feedback is not None:
                self._line("  → " + option.label.get(self.lang), hang=4, style="bold")
                self.console.print(
                    self._wrapped("    " + option.feedback.get(self.lang).strip(), 4, "cyan")
                )

    def ask_note(self) -> str | None:
        self.console.print()
        return self._text(t("prompt.note") + " ") or None

    def ask_supervision(self) -> tuple[bool, str | None]:
        wanted = bool(self._yes_no(t("prompt.supervision"), default=False))
        if not wanted:
            return False, None
        return True, self._text(t("prompt.supervision_question") + " ") or None

    def review_identifiers(self, findings: list[Finding]) -> str:
        self.console.print()
        self.console.print(Text(t("identifier.found"), style="bold yellow"))
        for finding in findings:
            self.console.print(Text("  " + describe(finding)), soft_wrap=True)
        choices = {"e": "edit", "b": "edit", "k": "keep", "h": "keep", "c": "cancel", "s": "cancel"}
        while True:
            reply = self._read(t("prompt.identifier_choice") + " ").lower()[:1]
            if reply in choices:
                return choices[reply]
            self._problem(t("prompt.identifier_choice"))

    def revise(self, field: str, current: str) -> str:
        self.console.print(Text(f"{field}: {current}", style="dim"), soft_wrap=True)
        if field == "client":
            return self.ask_client([])
        reply = self._read(t("prompt.revise") + " ")
        if reply == EDITOR_COMMAND:
            return self.edit_text(current)
        return reply if reply else current

    def confirm(self, entry: Entry) -> bool:
        self.console.print()
        self.console.rule(Text(t("prompt.summary"), style="bold"))
        self.console.print(Text(f"{entry.client}  ·  {entry.date.isoformat()}", style="bold"))
        for answered_set in entry.sets:
            self.console.print(Text(answered_set.title.get(self.lang), style="underline"))
            for answer in answered_set.answers:
                prompt = _short(answer.prompt.get(self.lang))
                self._line(f"  {prompt}: {answer_in_words(answer, self.lang)}", hang=4)
        if entry.note:
            self.console.print(Text(t("show.note") + ": " + entry.note))
        if entry.supervision:
            self.console.print(
                Text(t("show.supervision") + ": " + (entry.supervision_question or "✓"))
            )
        return bool(self._yes_no(t("prompt.confirm"), default=True))


def _short(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
