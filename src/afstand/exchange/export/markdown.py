"""The Markdown document for a supervisor: the period, the main figures and attention points,
the questions for supervision, then the reflections (those flagged for supervision first).

Every text from the journal is escaped, so a note with `# ` or `<script>` stays text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afstand.exchange.export import document
from afstand.i18n import t
from afstand.report import circle_text

if TYPE_CHECKING:
    from afstand.exchange.export import Material
    from afstand.exchange.export.shown import Shown

STRIP_END = True  # the document ends in its last line with text

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")


# what escaping looks for: punctuation that could mark up, and every line break `splitlines`
# knows (a line of its own may start a list)
_ANY_MARK = re.compile(r"[\\`*_\[\]<>#|~&!\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def escape(text: str) -> str:
    """`text` as literal Markdown (CommonMark): punctuation that could mark up is escaped."""
    if _ANY_MARK.search(text) is None and _LINE_START.match(text) is None:
        return text  # most text: one line that marks nothing up
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


def head(material: Material, questions: list[document.Question], flagged: list[str]) -> list[str]:
    """The lines before the reflections that are not flagged: the title, the questions and
    the flagged reflections (`flagged`: their lines, from `entry`), the figures, the circle,
    the attention points, the course per client."""
    report = document.report_of(material)
    out: list[str] = []
    out.append(f"# {escape(document.title_line(material))}")
    out.append("")
    out.append(f"**{escape(t('export.confidential'))}**")
    out.append("")
    out.append(escape(document.period_line(material)) + "  ")
    for line in document.about_lines(material):
        out.append(escape(line) + "  ")
    out[-1] = out[-1].rstrip()
    out.append("")
    out.append(f"*{escape(report.disclaimer)}*")

    out += ["", f"## {escape(t('export.questions'))}", ""]
    if not questions:
        out.append(escape(t("export.no_questions")))
    for question in questions:
        text = question.text if question.text is not None else t("export.question_left_out")
        out.append(f"- {question.day} · {escape(question.client)}: {escape(text)}")
    if material.flagged:
        out += ["", f"### {escape(t('export.flagged', count=material.flagged))}"]
        out += flagged

    out += ["", f"## {escape(t('export.figures'))}", ""]
    out += [f"- {escape(line)}" for line in document.figure_lines(report)]

    circle = document.circle_lines(report)
    if circle:
        out += ["", f"## {escape(t('export.circle'))}", "", "```text"]
        out += circle_text.draw(report.circle, unicode=True)
        out += ["```", ""]
        out += [f"- {escape(line)}" for line in circle]

    out += ["", f"## {escape(t('report.attention'))}", ""]
    points = document.attention_points(report)
    if not points:
        out.append(escape(t("report.no_attention")))
    else:
        out.append(f"*{escape(t('report.attention.intro'))}*")
        out.append("")
    for point in points:
        out.append(f"- {escape(point.message)}")

    if report.per_client:
        out += ["", f"## {escape(t('export.course'))}", ""]
        header = document.client_header()
        out.append("| " + " | ".join(escape(cell) for cell in header) + " |")
        out.append("|" + "---|" * len(header))
        out += [
            "| " + " | ".join(escape(cell) for cell in row) + " |"
            for row in document.client_rows(report)
        ]

    out += ["", f"## {escape(t('export.reflections'))}", ""]
    out.append(f"*{escape(t('export.full_wording'))}*")
    if not material.flagged and not material.others:
        out += ["", escape(t("report.empty"))]
    if material.others:
        out += ["", f"### {escape(t('export.others', count=material.others))}"]
    return out


def tail(material: Material) -> list[str]:
    """The lines after the reflections: the evidence for each attention point."""
    report = document.report_of(material)
    out: list[str] = []
    if report.attention:
        out += ["", f"## {escape(t('export.evidence'))}", ""]
        for point in report.attention:
            out.append(f"- {escape(point.message)} ({escape(point.evidence)})")
    return out


def entry(entry: Shown, phrases: document.Phrases) -> list[str]:
    """The lines of one reflection."""
    out = ["", f"#### {escape(document.entry_heading(entry))}", ""]
    if entry.supervision and entry.supervision_question:
        out.append(
            f"**{escape(t('export.entry.question'))}:** {escape(entry.supervision_question)}"
        )
        out.append("")
    said, texts = phrases.summary(entry.answers)
    if not said and not texts and not entry.note:
        out.append(escape(t("export.entry.no_answers")))
    if said:
        out.append(escape(said))
    for name, text in texts:
        out += ["", f"*{escape(name)}:*", ""]
        out += _quote(text)
    if entry.note:
        out += ["", f"**{escape(t('show.note'))}:**", ""]
        out += _quote(entry.note)
    return out


def _inline(text: str) -> str:
    """Text on one list line: its line breaks kept as Markdown line breaks."""
    lines = escape(text).split("\n")
    return "  \n  ".join(lines)
