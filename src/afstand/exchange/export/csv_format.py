"""The CSV export: tidy data, one row per answered question, and for a choice or checklist one
row per chosen option. UTF-8 with a byte order mark (so that Excel reads é and ë right),
RFC 4180 quoting and CRLF line ends through the csv module.

Columns (their names stay English, whatever the language; the wording is in the language):

    entry_id, date, client, supervision, set, question, prompt, type, value, label, tags

- `value`: the number of a scale, the option id of a choice or checklist, `true`/`false` for
  yes/no, the text of a text question;
- `label`: the words of the answer (the scale's anchor, the option's label, yes/no);
- `tags`: `dimension=value;dimension=value` (the option's tags, or the scale's);
- the note and the question for supervision are rows too (question `note` and
  `supervision_question`, type `text`), unless `--no-notes`;
- the first row says that the file holds confidential working notes (question `notice`).

Every cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab
or a carriage return) gets a `'` in front of it, as spreadsheets themselves do."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from afstand.i18n import t
from afstand.models.answer_words import answer_in_words

if TYPE_CHECKING:
    from afstand.exchange.export.shown import Shown
    from afstand.journal.format import AnswerFacts

COLUMNS = (
    "entry_id",
    "date",
    "client",
    "supervision",
    "set",
    "question",
    "prompt",
    "type",
    "value",
    "label",
    "tags",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """`text` as a spreadsheet shows it: a `'` before a start that would make it a formula (a
    cell already neutralised keeps its one `'`)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _tags(tags: dict[str, str]) -> str:
    return ";".join(f"{dimension}={value}" for dimension, value in tags.items())


def _notice() -> list[str]:
    return ["", "", "", "", "", "notice", "", "text", t("export.confidential"), "", ""]


class Rows:
    """The lines of one month's reflections. What an answer puts in its rows depends only on
    the wording and the value, so the same answer to the same question is written out once,
    as a run of CSV cells that each of its rows repeats after the entry's own.
    Keep one for a month only: it knows the answers by their identity, and the month's
    answers are shared (see afstand.exchange.export.shown)."""

    def __init__(self, lang: str, no_notes: bool) -> None:
        self.lang = lang
        self.no_notes = no_notes
        self.known: dict[object, list[str]] = {}
        self.where: dict[object, list[str]] = {}
        self.cells = CsvCells()

    def of(self, entry: Shown) -> list[str]:
        """The entry's rows, each a line of CSV with its line end."""
        cells = self.cells
        head = cells(
            [entry.id, entry.date.isoformat(), entry.client, str(entry.supervision).lower()]
        )
        found: list[str] = []
        for answer in entry.answers:
            if answer.type == "text" and isinstance(answer.value, str):
                where = self._where(answer)
                tail = cells([*where, neutralise(answer.value), "", _tags(answer.tags)])
                found.append(f"{head},{tail}\r\n")
                continue
            tails = self.known.get(id(answer))
            if tails is None:
                tails = self.known[id(answer)] = [cells(tail) for tail in self._tails(answer)]
            found += [f"{head},{tail}\r\n" for tail in tails]
        if not self.no_notes:
            for question, text in (
                ("note", entry.note),
                ("supervision_question", entry.supervision_question),
            ):
                if text:
                    tail = cells(["", question, "", "text", neutralise(text), "", ""])
                    found.append(f"{head},{tail}\r\n")
        return found

    def _where(self, answer: AnswerFacts) -> list[str]:
        key = (id(answer.prompt), answer.set_id, answer.question)
        where = self.where.get(key)
        if where is None:
            where = self.where[key] = [
                answer.set_id,
                answer.question,
                neutralise(answer.prompt.get(self.lang)),
                answer.type,
            ]
        return where

    def _tails(self, answer: AnswerFacts) -> list[list[str]]:
        """The cells after the entry's own of the rows of one answer."""
        lang = self.lang
        where = self._where(answer)
        if answer.type in ("choice", "checklist"):
            return [
                [*where, option.id, neutralise(option.label.get(lang)), _tags(option.tags)]
                for option in answer.options
            ]
        value = answer.value
        if isinstance(value, bool):
            shown = str(value).lower()
            label = answer_in_words(answer, lang)
        elif isinstance(value, int):
            shown = str(value)
            anchor = answer.anchors.get(value)
            label = anchor.get(lang) if anchor is not None else ""
        else:
            shown = neutralise(str(value))
            label = ""
        return [[*where, shown, neutralise(label), _tags(answer.tags)]]


def opening() -> bytes:
    """The start of a CSV written in parts: the byte order mark, the columns, the notice."""
    return _write([list(COLUMNS), _notice()]).encode("utf-8-sig")


def more(lines: list[str]) -> bytes:
    """Some more lines (from `Rows`), after `opening`."""
    return "".join(lines).encode("utf-8")


class CsvCells:
    """Cells written as the csv module writes them in a row, without the line end: cells
    written apart and joined by commas read the same as the row written at once (each cell is
    quoted on its own), as long as no part is a single cell (an empty one alone is `""`)."""

    def __init__(self) -> None:
        self.buffer = io.StringIO(newline="")
        self.writer = csv.writer(self.buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def __call__(self, cells: list[str]) -> str:
        buffer = self.buffer
        buffer.seek(0)
        buffer.truncate()
        self.writer.writerow(cells)
        return buffer.getvalue()[:-2]


def _write(found: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(found)
    return buffer.getvalue()
