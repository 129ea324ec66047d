"""The blocks of a document as Markdown or as one self-contained HTML file (no script, nothing
fetched, a Content-Security-Policy that says so; it prints well on A4).

Markdown: every text is escaped, so a `#`, `<` or `*` that the user typed stays text. (The
export has its own escape; supervision sits below the export in the layers, so it cannot
borrow it.) HTML: every text passes through `html.escape`."""

from __future__ import annotations

import re
from html import escape as html_escape

from afstand.supervision.documents.blocks import (
    Document,
    Fields,
    Heading,
    Items,
    Paragraph,
    Quote,
    Signature,
    Table,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
# what would start a list, a quote or a heading underline only at the start of a line
_LINE_START = re.compile(r"^(\s*)([-+](?=\s|$)|=|\d+(?=[.)](?:\s|$)))")


def md_escape(text: str) -> str:
    """`text` as literal CommonMark."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _SPECIAL.sub(r"\\\1", line)
        match = _LINE_START.match(line)
        if match:
            position = match.end() if match.group(2).isdigit() else match.start(2)
            line = line[:position] + "\\" + line[position:]
        lines.append(line)
    return "\n".join(lines)


def _md_lines(text: str) -> list[str]:
    """Several lines of one text, each kept a line of its own (two spaces: a hard break)."""
    lines = md_escape(text).split("\n")
    return [line + ("  " if i < len(lines) - 1 and line else "") for i, line in enumerate(lines)]


def markdown(document: Document) -> str:
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            out += [f"{'#' * block.level} {md_escape(block.text)}", ""]
        elif isinstance(block, Paragraph):
            lines = _md_lines(block.text)
            if block.style in ("confidential", "strong"):
                lines = [f"**{line.rstrip()}**" if line.strip() else line for line in lines]
            elif block.style == "muted":
                lines = [f"*{line.rstrip()}*" if line.strip() else line for line in lines]
            out += [*lines, ""]
        elif isinstance(block, Items):
            for item in block.items:
                first, *rest = _md_lines(item)
                out.append(f"- {first}")
                out += [f"  {line}" for line in rest]
            out.append("")
        elif isinstance(block, Quote):
            out += [f"> {line}" if line else ">" for line in _md_lines(block.text)]
            out.append("")
        elif isinstance(block, Fields):
            for label, value in block.rows:
                lines = _md_lines(value)
                if len(lines) == 1:
                    out.append(f"- **{md_escape(label)}** — {lines[0]}")
                else:
                    out.append(f"- **{md_escape(label)}**")
                    out += [f"  > {line}" if line else "  >" for line in lines]
            out.append("")
        elif isinstance(block, Signature):
            for line in block.lines:
                out += [f"{md_escape(line)}: ______________________________", ""]
        elif isinstance(block, Table):
            out.append("| " + " | ".join(md_escape(h) for h in block.headings) + " |")
            out.append("|" + "---|" * len(block.headings))
            for row in block.rows:
                cells = [md_escape(c).replace("\n", " ") if c else "______" for c in row]
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; line-height: 1.45; color: #1b1b1b; background: #fff; max-width: 46rem;
  margin: 1.5rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin: .6rem 0 .5rem; }
h2 { font-size: 1.22rem; margin: 1.6rem 0 .5rem; padding-bottom: .2rem;
  border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1.05rem; margin: 1.1rem 0 .35rem; }
p { margin: .35rem 0; white-space: pre-wrap; }
ul { margin: .3rem 0 .6rem; padding-left: 1.3rem; }
li { margin: .2rem 0; white-space: pre-wrap; }
.confidential { border: 1px solid #a33; background: #fbf0f0; color: #7a1616;
  padding: .45rem .7rem; font-weight: 600; font-size: .92rem; }
.muted { color: #555; font-style: italic; }
.strong { font-weight: 600; }
.question { background: #f2f6fb; border-left: 3px solid #24527a; padding: .3rem .6rem; }
blockquote { white-space: pre-wrap; border-left: 3px solid #9a9a9a; margin: .3rem 0;
  padding: .1rem .7rem; }
dl { margin: .3rem 0 .6rem; }
.qa { break-inside: avoid; page-break-inside: avoid; margin-bottom: .45rem; }
dt { color: #444; font-size: .93rem; }
dd { margin: 0 0 0 1.2rem; font-weight: 600; white-space: pre-wrap; }
.signature { margin-top: 1.6rem; break-inside: avoid; page-break-inside: avoid; }
.signature p { margin: 1.4rem 0 .2rem; border-bottom: 1px solid #333; max-width: 26rem;
  padding-bottom: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
th, td { border: 1px solid #999; padding: .35rem .45rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td { white-space: nowrap; }
td.write { min-width: 8rem; height: 2.4rem; }
td:nth-last-child(2) { white-space: normal; }
tr { break-inside: avoid; page-break-inside: avoid; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .confidential { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def _e(text: str) -> str:
    return html_escape(text, quote=True)


def html(document: Document) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(document.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(document.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    for block in document.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 6)
            out.append(f"<h{level}>{_e(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            css = "" if block.style == "plain" else f' class="{block.style}"'
            out.append(f"<p{css}>{_e(block.text)}</p>")
        elif isinstance(block, Items):
            out.append("<ul>")
            out += [f"<li>{_e(item)}</li>" for item in block.items]
            out.append("</ul>")
        elif isinstance(block, Quote):
            out.append(f"<blockquote>{_e(block.text)}</blockquote>")
        elif isinstance(block, Fields):
            out.append("<dl>")
            out += [
                f'<div class="qa"><dt>{_e(label)}</dt><dd>{_e(value)}</dd></div>'
                for label, value in block.rows
            ]
            out.append("</dl>")
        elif isinstance(block, Table):
            out.append("<table>")
            out.append(
                "<thead><tr>"
                + "".join(f"<th>{_e(h)}</th>" for h in block.headings)
                + "</tr></thead>"
            )
            out.append("<tbody>")
            for row in block.rows:
                cells = "".join(
                    f"<td>{_e(c)}</td>" if c else '<td class="write"></td>' for c in row
                )
                out.append(f"<tr>{cells}</tr>")
            out.append("</tbody></table>")
        elif isinstance(block, Signature):
            out.append('<section class="signature">')
            out += [f"<p>{_e(line)}:</p>" for line in block.lines]
            out.append("</section>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def render(document: Document, fmt: str) -> str:
    return html(document) if fmt == "html" else markdown(document)
