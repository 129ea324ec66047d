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
from collections.abc import Sequence
from typing import TYPE_CHECKING

from afstand.i18n import t
from afstand.models.answer_words import answer_in_words

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions
    from afstand.models.entry import Entry

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


def rows(entries: Sequence[Entry], options: ExportOptions, lang: str) -> list[list[str]]:
    return [_notice(), *entry_rows(entries, options, lang)]


def _notice() -> list[str]:
    return ["", "", "", "", "", "notice", "", "text", t("export.confidential"), "", ""]


def entry_rows(entries: Sequence[Entry], options: ExportOptions, lang: str) -> list[list[str]]:
    found: list[list[str]] = []
    for entry in entries:
        head = [entry.id, entry.date.isoformat(), entry.client, str(entry.supervision).lower()]
        for answered in entry.sets:
            for answer in answered.answers:
                where = [
                    answered.id,
                    answer.question,
                    neutralise(answer.prompt.get(lang)),
                    answer.type,
                ]
                if answer.type in ("choice", "checklist"):
                    for option in answer.options:
                        found.append(
                            [
                                *head,
                                *where,
                                option.id,
                                neutralise(option.label.get(lang)),
                                _tags(option.tags),
                            ]
                        )
                    continue
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
                found.append([*head, *where, shown, neutralise(label), _tags(answer.tags)])
        if not options.no_notes:
            for question, text in (
                ("note", entry.note),
                ("supervision_question", entry.supervision_question),
            ):
                if text:
                    found.append([*head, "", question, "", "text", neutralise(text), "", ""])
    return found


def render(entries: Sequence[Entry], options: ExportOptions, lang: str) -> bytes:
    """The CSV as UTF-8 with a byte order mark. Every cell passes `_cell` once more, so that
    no cell, whatever its column, starts as a formula."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows([neutralise(cell) for cell in row] for row in rows(entries, options, lang))
    return buffer.getvalue().encode("utf-8-sig")


def opening() -> bytes:
    """The start of a CSV written in parts: the byte order mark, the columns, the notice."""
    return _write([list(COLUMNS), _notice()]).encode("utf-8-sig")


def more(entries: Sequence[Entry], options: ExportOptions, lang: str) -> bytes:
    """The rows of some more entries, after `opening`."""
    return _write(entry_rows(entries, options, lang)).encode("utf-8")


def _write(found: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(found)
    return buffer.getvalue()
