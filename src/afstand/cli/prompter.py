"""Asking the questions of a reflection in a terminal, with Rich and line editing. Invalid
input is asked again with a message; Enter passes an optional question by; `?` shows the help
text; `<` goes back to the previous question. The keys are listed once, at the start."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.text import Text

from afstand.cli.accessible import plain
from afstand.cli.editor import open_in_editor
from afstand.cli.line_input import ask_yes_no, read_line, yes_no_reply, yes_no_suffix
from afstand.dates import parse_day
from afstand.errors import AfstandError
from afstand.i18n import current_language, t
from afstand.models.answer_words import answer_in_words
from afstand.models.client_code import client_problem, normalise_client
from afstand.models.entry import AnswerValue, Entry
from afstand.models.month_file import StoredOption
from afstand.models.question_set import QuestionSet, SetQuestion
from afstand.reflection.answer_checks import value_problem
from afstand.reflection.flow import NOTE, SUPERVISION, GoBack, Step
from afstand.reflection.identifiers import Finding, describe
from afstand.user_files import is_text

EDITOR_COMMAND = ":e"
BACK_COMMAND = "<"


class TerminalPrompter:
    def __init__(self, console: Console, editor: str | None, scratch: Path) -> None:
        self.console = console
        self.editor = editor
        self.scratch = scratch
        self.lang = current_language()
        self.keys_shown = False

    # -- plumbing ----------------------------------------------------------------------------

    def _read(self, prompt: str, prefill: str = "", completions: list[str] | None = None) -> str:
        while True:
            reply = read_line(
                self.console,
                Text(prompt, style="bold cyan"),
                prefill=prefill,
                completions=completions or [],
            )
            if is_text(reply):  # bytes that are not UTF-8 arrive as lone surrogates
                return reply
            self._problem(t("prompt.not_text"))

    def show_keys(self) -> None:
        """The keys of the prompt, once per reflection."""
        if not self.keys_shown:
            self.keys_shown = True
            keys = t("prompt.keys_plain") if plain() else t("prompt.keys")
            self.console.print(Text(keys, style="dim"), soft_wrap=True)

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

    def _text(self, prompt: str, current: str | None = None) -> str:
        """A line of text; `:e` opens the editor (on the current text), `<` goes back. A text
        of several lines (from the editor) is kept by Enter: a line cannot hold it."""
        current = current or ""
        several_lines = "\n" in current
        if several_lines:
            self.console.print(Text(current, style="dim"))
        reply = self._read(prompt, prefill="" if several_lines else current)
        if reply == BACK_COMMAND:
            raise GoBack
        if reply == EDITOR_COMMAND:
            return self.edit_text(current)
        if several_lines and not reply:
            return current
        return reply

    def read(self, prompt: str) -> str:
        """One line of free input after `prompt`, with line editing."""
        return self._read(prompt)

    def text(self, prompt: str) -> str:
        """A free text: one line, or `:e` for the editor."""
        return self._text(prompt)

    def problem(self, message: str) -> None:
        self._problem(message)

    def yes_no(self, question: str, default: bool | None) -> bool:
        return ask_yes_no(self.console, question, default)

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
        self.show_keys()
        while True:
            reply = self._read(t("prompt.client") + " ", completions=known)
            if reply.isdigit() and 1 <= int(reply) <= len(shown) and len(reply) == 1:
                return shown[int(reply) - 1]
            problem = client_problem(reply)
            if problem is None:
                return normalise_client(reply)
            self._problem(problem)

    def ask_date(self, today: date) -> date:
        self.show_keys()
        while True:
            reply = self._read(t("prompt.date", today=today.isoformat()) + " ")
            if not reply:
                return today
            try:
                return parse_day(reply, today)
            except AfstandError as error:
                self._problem(error.message)

    def start_set(self, questionnaire: QuestionSet, number: int, total: int) -> None:
        self.console.print()
        title = questionnaire.title.get(self.lang)
        if plain():  # a line of its own, read as it is written
            self.console.print(t("prompt.set_heading", number=number, total=total, title=title))
            return
        self.console.rule(Text(f"{number}/{total}  {title}", style="bold"))

    def ask(
        self, questionnaire: QuestionSet, question: SetQuestion, current: AnswerValue | None
    ) -> AnswerValue | None:
        lang = self.lang
        self.show_keys()
        self.console.print()
        head = Text(question.prompt.get(lang), style="bold")
        if question.help is not None:
            head.append("  (" + t("prompt.help_hint") + ")", style="dim")
        self.console.print(head)
        if question.type == "scale":
            for value, anchor in sorted(question.anchors.items()):
                marker = ")" if plain() else " "  # read out as "1) ...", like the options
                self._line(f"  {value:>2}{marker} {anchor.get(lang)}", hang=6)
        for number, option in enumerate(question.options, start=1):
            self._line(f"  {number:>2}) {option.label.get(lang)}", hang=6)
        prefill = self._as_typed(question, current)
        several_lines = "\n" in prefill
        if several_lines:
            self.console.print(Text(prefill, style="dim"))
        while True:
            reply = self._read(
                self._input_hint(question) + " ",
                prefill="" if several_lines else prefill,
                completions=[o.id for o in question.options],
            )
            prefill = ""  # a wrong reply is typed again from scratch
            if reply == BACK_COMMAND:
                raise GoBack
            if several_lines and not reply:
                return current
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
                reply = self.edit_text(current if isinstance(current, str) else "")
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

    def _input_hint(self, question: SetQuestion) -> str:
        optional = "" if question.required else t("prompt.enter_skips")
        hints = {
            "scale": f"[{question.min}-{question.max}]",
            "choice": f"[1-{len(question.options)}]",
            "checklist": t("prompt.checklist_hint"),
            "yesno": yes_no_suffix(None),
            "text": t("prompt.text_hint"),
        }
        return f"{hints[question.type]}{optional} >"

    def _parse(self, question: SetQuestion, reply: str) -> tuple[AnswerValue | None, str | None]:
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
            answer = yes_no_reply(reply)
            return answer, None if answer is not None else t("prompt.yes_no")
        return reply, None

    def _as_typed(self, question: SetQuestion, value: AnswerValue | None) -> str:
        """An earlier answer as the user would type it, to edit it in place."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return ("j" if self.lang == "nl" else "y") if value else "n"
        numbers = {o.id: str(n) for n, o in enumerate(question.options, start=1)}
        if isinstance(value, list):
            return ",".join(numbers.get(v, v) for v in value)
        if isinstance(value, str):
            return numbers.get(value, value)
        return str(value)

    @staticmethod
    def _option_id(question: SetQuestion, reply: str) -> str:
        if reply.isdigit() and 1 <= int(reply) <= len(question.options):
            return question.options[int(reply) - 1].id
        return reply

    def _show_feedback(self, question: SetQuestion, value: AnswerValue | None) -> None:
        chosen = value if isinstance(value, list) else [value]
        options: list[StoredOption] = [o for o in question.options if o.id in chosen]
        for option in options:
            if option.feedback is not None:
                self._line("  → " + option.label.get(self.lang), hang=4, style="bold")
                self.console.print(
                    self._wrapped("    " + option.feedback.get(self.lang).strip(), 4, "cyan")
                )

    def ask_note(self, current: str | None) -> str | None:
        self.show_keys()  # a resumed draft may start here
        self.console.print()
        return self._text(t("prompt.note") + " ", current) or None

    def ask_supervision(
        self, current: bool | None, question: str | None
    ) -> tuple[bool, str | None]:
        self.show_keys()
        prompt = Text(
            f"{t('prompt.supervision')} {yes_no_suffix(bool(current))} ", style="bold cyan"
        )
        while True:
            reply = read_line(self.console, prompt)
            if reply == BACK_COMMAND:
                raise GoBack
            wanted = bool(current) if not reply else yes_no_reply(reply)
            if wanted is not None:
                break
            self._problem(t("prompt.yes_no"))
        if not wanted:
            return False, None
        return True, self._text(t("prompt.supervision_question") + " ", question) or None

    def cannot_go_back(self) -> None:
        self._problem(t("prompt.first_question"))

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
        several_lines = "\n" in current
        reply = self._read(t("prompt.revise") + " ", prefill="" if several_lines else current)
        if reply == EDITOR_COMMAND:
            return self.edit_text(current)
        return reply if reply or not several_lines else current

    def review(self, entry: Entry) -> bool | Step:
        """The summary, each line numbered; a number changes that answer before saving."""
        self.console.print()
        if plain():
            self.console.print(t("prompt.summary") + ":")
            self.console.print(f"{entry.client}, {entry.date.isoformat()}")
        else:
            self.console.rule(Text(t("prompt.summary"), style="bold"))
            self.console.print(Text(f"{entry.client}  ·  {entry.date.isoformat()}", style="bold"))
        steps: list[Step] = []
        for answered_set in entry.sets:
            self.console.print(Text(answered_set.title.get(self.lang), style="underline"))
            for answer in answered_set.answers:
                steps.append(Step(answered_set.id, answer.question))
                prompt = _short(answer.prompt.get(self.lang))
                words = answer_in_words(answer, self.lang)
                self._line(f"{len(steps):>3}) {prompt}: {words}", hang=7)
        steps.append(NOTE)
        self._line(f"{len(steps):>3}) {t('show.note')}: {entry.note or '–'}", hang=7)
        if not entry.is_quick:  # the quick reflection leaves supervision for deepening
            steps.append(SUPERVISION)
            yes = t("word.yes") if plain() else "✓"
            wanted = (entry.supervision_question or yes) if entry.supervision else "–"
            self._line(f"{len(steps):>3}) {t('show.supervision')}: {wanted}", hang=7)
        question = f"{t('prompt.confirm')} {yes_no_suffix(True)} {t('prompt.change_hint')}"
        while True:
            reply = self._read(question + " ")
            if reply.isdigit() and 1 <= int(reply) <= len(steps):
                return steps[int(reply) - 1]
            if reply == BACK_COMMAND:  # back through the steps, also to a question passed by
                return steps[-1]
            if not reply:
                return True
            decision = yes_no_reply(reply)
            if decision is not None:
                return decision
            self._problem(t("prompt.review_choice", count=len(steps)))


def _short(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
