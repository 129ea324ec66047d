"""An evidence document as one self-contained HTML file (no script, nothing fetched; a
Content-Security-Policy says so) that prints well on A4: signature lines with room to sign,
a table that repeats its header on every page, each form on a page of its own."""

from __future__ import annotations

from html import escape

from afstand.registers.documents.shape import Evidence, Section, Table

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; line-height: 1.4; color: #1b1b1b; background: #fff; max-width: 52rem;
  margin: 1.5rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.55rem; margin: .4rem 0 .4rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; padding-bottom: .2rem;
  border-bottom: 1px solid #c8c8c8; }
p { margin: .35rem 0; }
.about { color: #333; margin: .1rem 0; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem;
  margin: .4rem 0 .8rem; }
dl.fields dt { color: #444; }
dl.fields dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .86rem; }
th, td { border: 1px solid #9a9a9a; padding: .25rem .3rem; text-align: left;
  vertical-align: top; }
th { background: #eef1f4; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.sign, th.c-signature { width: 11%; height: 2.4rem; }
.c-date, .c-month { white-space: nowrap; }
.blank { margin: .7rem 0; break-inside: avoid; page-break-inside: avoid; }
.blank p { font-weight: 600; margin-bottom: .2rem; }
.blank .room { border-bottom: 1px solid #777; height: 1.9rem; }
ul.boxes { list-style: none; padding-left: 0; }
ul.boxes li::before { content: "☐ "; }
.signature { display: flex; gap: .6rem; align-items: flex-end; margin: 1.1rem 0;
  break-inside: avoid; page-break-inside: avoid; }
.signature span.line { flex: 1; border-bottom: 1px solid #333; height: 1.6rem; }
section { break-inside: auto; }
section.page { break-before: page; page-break-before: always; }
footer { margin-top: 2rem; font-size: .82rem; color: #555; border-top: 1px solid #ccc;
  padding-top: .4rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  table { font-size: 8.5pt; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _table(table: Table) -> list[str]:
    out = ["<table>", "<thead><tr>"]
    out += [
        f'<th scope="col" class="c-{_e(key)}">{_e(header)}</th>'
        for key, header in zip(table.keys, table.headers, strict=True)
    ]
    out.append("</tr></thead>")
    out.append("<tbody>")
    for row in table.rows:
        cells = list(row)
        last = len(cells) - 1
        out.append(
            "<tr>"
            + "".join(
                '<td class="sign"></td>'
                if table.signature_column and index == last
                else f'<td class="c-{_e(key)}">{_e(value)}</td>'
                for index, (key, value) in enumerate(zip(table.keys, cells, strict=True))
            )
            + "</tr>"
        )
    out += ["</tbody>", "</table>"]
    return out


def _section(section: Section) -> list[str]:
    out = ['<section class="page">' if section.new_page else "<section>"]
    if section.heading:
        out.append(f"<h2>{_e(section.heading)}</h2>")
    if section.fields:
        out.append('<dl class="fields">')
        for label, value in section.fields:
            out.append(f"<dt>{_e(label)}</dt><dd>{_e(value) or '&nbsp;'}</dd>")
        out.append("</dl>")
    if section.table is not None:
        out += _table(section.table)
    out += [f"<p>{_e(line)}</p>" for line in section.lines]
    for prompt in section.blanks:
        out.append(
            f'<div class="blank"><p>{_e(prompt)}</p>'
            '<div class="room"></div><div class="room"></div><div class="room"></div></div>'
        )
    if section.checkboxes:
        out.append('<ul class="boxes">')
        out += [f"<li>{_e(box)}</li>" for box in section.checkboxes]
        out.append("</ul>")
    for label in section.signatures:
        out.append(
            f'<div class="signature"><span>{_e(label)}:</span><span class="line"></span></div>'
        )
    out.append("</section>")
    return out


def render(evidence: Evidence, lang: str) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(evidence.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(evidence.title)}</h1>",
    ]
    out += [f'<p class="about">{_e(line)}</p>' for line in evidence.about]
    out += ["</header>", "<main>"]
    for section in evidence.sections:
        out += _section(section)
    out.append("</main>")
    if evidence.footer:
        out.append(f"<footer>{_e(evidence.footer)}</footer>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
