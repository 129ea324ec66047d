"""The Markdown document for a supervisor: the period, the main figures and attention points,
the questions for supervision, then the reflections (those flagged for supervision first).

Every text from the journal is escaped, so a note with `# ` or `<script>` stays text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from afstand.exchange.export import document
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions, Summary
    from afstand.models.entry import Entry

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """`text` as literal Markdown (CommonMark): punctuation that could mark up is escaped."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _SPECIAL.sub(r"\\\1", line)
        match = _LINE_START.match(line)
        if match:
            if match.group(2).isdigit():  # "1. " would start a list: escape the dot
                end = match.end()
                line = line[:end] + "\\" + line[end:]
            else:
                line = line[: match.start(2)] + "\\" + line[match.start(2) :]
        lines.append(line)
    return "\n".join(lines)


def _quote(text: str) -> list[str]:
    """A block quote: each line of `text`, escaped, and kept a line of its own."""
    lines = escape(text).split("\n")
    return [
        (f"> {line}" if line else ">") + ("  " if line and number < len(lines) - 1 else "")
        for number, line in enumerate(lines)
    ]


def render(entries: Sequence[Entry], summary: Summary, options: ExportOptions, lang: str) -> str:
    out: list[str] = []
    out.append(f"# {escape(document.title_line(summary))}")
    out.append("")
    out.append(f"**{escape(t('export.confidential'))}**")
    out.append("")
    out.append(escape(document.period_line(summary)) + "  ")
    for line in document.about_lines(summary, options, summary.today.isoformat()):
        out.append(escape(line) + "  ")
    out[-1] = out[-1].rstrip()
    out.append("")
    out.append(f"*{escape(t('report.disclaimer'))}*")

    out += ["", f"## {escape(t('export.figures'))}", ""]
    out += [f"- {escape(line)}" for line in document.figure_lines(summary, lang)]

    out += ["", f"## {escape(t('report.attention'))}", ""]
    points = document.attention_points(summary)
    if not points:
        out.append(escape(t("report.no_attention")))
    for point in points:
        out.append(f"- {escape(point['message'])}  ")
        out.append(f"  *{escape(point['evidence'])}*")

    out += ["", f"## {escape(t('export.questions'))}", ""]
    questions = document.questions(entries, options)
    if not questions:
        out.append(escape(t("export.no_questions")))
    for question in questions:
        text = question.text if question.text is not None else t("export.question_left_out")
        out.append(f"- {question.day} · {escape(question.client)}: {escape(text)}")

    out += ["", f"## {escape(t('export.reflections'))}"]
    if not entries:
        out += ["", escape(t("report.empty"))]
    flagged, others = document.flagged_first(entries)
    for heading, group in (
        (t("export.flagged", count=len(flagged)), flagged),
        (t("export.others", count=len(others)), others),
    ):
        if not group:
            continue
        out += ["", f"### {escape(heading)}"]
        for entry in group:
            out += _entry(entry, options, lang)
    return "\n".join(out).rstrip() + "\n"


def _entry(entry: Entry, options: ExportOptions, lang: str) -> list[str]:
    out = ["", f"#### {escape(document.entry_heading(entry))}"]
    if entry.supervision and entry.supervision_question:
        out += [
            "",
            f"**{escape(t('export.entry.question'))}:** {escape(entry.supervision_question)}",
        ]
    sets = document.answer_lines(entry, lang)
    if not sets and not entry.note:
        out += ["", escape(t("export.entry.no_answers"))]
    for title, answers in sets:
        out += ["", f"**{escape(title)}**", ""]
        for prompt, answer in answers:
            if "\n" in answer:  # a text answer of several lines
                out.append(f"- {escape(prompt)}")
                out += [f"  {line}" for line in _quote(answer)]
            else:
                out.append(f"- {escape(prompt)} — {escape(answer)}")
    if entry.note:
        out += ["", f"**{escape(t('show.note'))}:**", ""]
        out += _quote(entry.note)
    return out
