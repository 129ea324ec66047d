"""An evidence document as Markdown. Every text is escaped, so a `#`, `|` or `<` that a user
typed (a series title, a supervisor's name) stays text."""

from __future__ import annotations

import re

from afstand.registers.documents.shape import Evidence, Section, Table

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LINE_START = re.compile(r"^(\s*)([-+=](?=\s|$)|\d+(?=[.)](\s|$)))")
SIGN_LINE = "_" * 30


def escape(text: str, line_start: bool = False) -> str:
    """One line of literal Markdown: punctuation that could mark up is escaped, and a line
    break becomes a space (a table cell and a field are one line). At the start of a line,
    what would begin a list or a heading underline is escaped too."""
    flat = " ".join(text.split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    match = _LINE_START.match(escaped) if line_start else None
    if match:
        # "- " is escaped before the sign; "1. " after the digits, before the dot
        cut = match.end(2) if match.group(2)[0].isdigit() else match.start(2)
        escaped = escaped[:cut] + "\\" + escaped[cut:]
    return escaped


def _table(table: Table) -> list[str]:
    out = ["| " + " | ".join(escape(header) for header in table.headers) + " |"]
    out.append("|" + "|".join("---" for _ in table.headers) + "|")
    for row in table.rows:
        out.append("| " + " | ".join(escape(cell) for cell in row) + " |")
    return out


def _section(section: Section) -> list[str]:
    out: list[str] = []
    if section.heading:
        out += [f"## {escape(section.heading)}", ""]
    if section.fields:
        out += [f"- **{escape(label)}:** {escape(value)}" for label, value in section.fields]
        out.append("")
    if section.table is not None:
        out += [*_table(section.table), ""]
    for line in section.lines:
        out += [escape(line, line_start=True), ""]
    for prompt in section.blanks:
        out += [f"**{escape(prompt)}**", "", SIGN_LINE * 2, "", SIGN_LINE * 2, ""]
    if section.checkboxes:
        out += [f"- [ ] {escape(box)}" for box in section.checkboxes]
        out.append("")
    for label in section.signatures:
        out += [f"{escape(label)}: {SIGN_LINE}", ""]
    return out


def render(evidence: Evidence) -> str:
    out = [f"# {escape(evidence.title)}", ""]
    out += [escape(line, line_start=True) + "  " for line in evidence.about]
    out.append("")
    for section in evidence.sections:
        out += _section(section)
    if evidence.footer:
        out += ["---", "", f"*{escape(evidence.footer)}*"]
    return "\n".join(out).rstrip("\n") + "\n"
