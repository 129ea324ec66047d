"""The HTML document: one self-contained file (no script, no external file, no network; a
Content-Security-Policy says so to the browser too) that prints well to PDF, with the balance
over time, Type I and Type II per week and the Kiesler messages as inline SVG charts.

Every text from the journal passes through `html.escape`."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from afstand.exchange.export import document, svg
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.exchange.export import Material
    from afstand.exchange.export.shown import Shown
    from afstand.report.model import Report

STRIP_END = False  # every line, the last too, ends in a line break


STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; line-height: 1.45; color: #1b1b1b; background: #fff; max-width: 50rem;
  margin: 1.5rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.65rem; margin: .6rem 0 .3rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem;
  border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1.08rem; margin: 1.3rem 0 .4rem; }
h4 { font-size: 1rem; margin: 0 0 .3rem; }
h5 { font-size: .95rem; margin: .7rem 0 .2rem; color: #333; }
p { margin: .35rem 0; }
ul { margin: .3rem 0; padding-left: 1.3rem; }
li { margin: .2rem 0; }
.confidential { border: 1px solid #a33; background: #fbf0f0; color: #7a1616; padding: .45rem .7rem;
  font-weight: 600; font-size: .92rem; }
.about { color: #333; }
.disclaimer, .evidence, .muted { color: #555; font-style: italic; }
figure { margin: .8rem 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
figure h3 { margin-top: .4rem; }
svg.chart { display: block; width: 100%; height: auto; max-width: 720px; }
svg.chart text { font-family: inherit; font-size: 12px; fill: #222; }
svg.chart text.muted { fill: #666; font-style: italic; }
svg.chart .plot { fill: #fafafa; stroke: none; }
svg.chart .grid { stroke: #dcdcdc; stroke-width: 1; }
svg.chart .grid.mid { stroke: #7a9a7a; stroke-dasharray: 5 4; }
svg.chart .axis { stroke: #444; stroke-width: 1; }
svg.chart .line { fill: none; stroke: #24527a; stroke-width: 2; }
svg.chart .dot { fill: #24527a; }
svg.chart .type1 { fill: #2f6db3; }
svg.chart .type2 { fill: #d9822b; }
svg.chart .bar { fill: #6a5f9e; }
svg.chart .mid { fill: #8fae8f; }
svg.chart .arrow { stroke: #b3261e; stroke-width: 3; }
svg.chart .arrowhead { fill: #b3261e; }
.side { display: flex; gap: 1rem; align-items: flex-start; }
.side > * { flex: 1 1 0; min-width: 0; }
.side ul { font-size: .85rem; }
ul.evidence-list { font-size: .85rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
td, th { border-top: 1px solid #ddd; padding: .15rem .35rem; vertical-align: top;
  text-align: left; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.reflections col.when { width: 13%; }
table.reflections col.answers { width: 87%; }
table.reflections .set { color: #444; font-weight: 600; }
table.reflections p { margin: 0 0 .1rem; }
table.reflections .note { font-style: italic; color: #333; border-left: 2px solid #bbb;
  padding: 0 .4rem; white-space: pre-wrap; }
.entry { border-top: 1px solid #d5d5d5; padding: .6rem 0 .4rem; }
.entry dl { margin: .2rem 0; }
.entry .qa, .question { break-inside: avoid; page-break-inside: avoid; }
.note { orphans: 3; widows: 3; }
.entry dt { color: #444; font-size: .93rem; }
.entry dd { margin: 0 0 .35rem 1.2rem; font-weight: 600; white-space: pre-wrap; }
.question { background: #f2f6fb; border-left: 3px solid #24527a; padding: .3rem .6rem; }
.note { white-space: pre-wrap; border-left: 3px solid #9a9a9a; padding: .1rem .6rem;
  margin: .3rem 0; }
footer { margin-top: 2rem; font-size: .85rem; color: #555; }
@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  table { font-size: 7.5pt; line-height: 1.2; }
  td, th { padding: .08rem .3rem; }
  .side ul, ul.evidence-list { font-size: 7.5pt; }
  ul.evidence-list { columns: 2; column-gap: 1.5rem; }
  ul.evidence-list li { break-inside: avoid; }
  h2 { margin-top: 1rem; }
  .confidential, svg.chart * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  svg.chart { max-width: 100%; }
  figure svg.chart, svg.chart { max-height: 7cm; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def head(material: Material, questions: list[document.Question], flagged: list[str]) -> list[str]:
    """The lines before the rows of the reflections that are not flagged: the head, the
    questions and the flagged reflections (`flagged`: their rows, from `entry`), the figures,
    the circle, the charts, the attention points, the course per client."""
    report = document.report_of(material)
    lang = material.lang
    title = document.title_line(material)
    period = document.period_line(material)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)} – {_e(period)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="confidential" role="note">{_e(t("export.confidential"))}</p>',
        f"<h1>{_e(title)}</h1>",
        f'<p class="about">{_e(period)}</p>',
    ]
    out += [f'<p class="about">{_e(line)}</p>' for line in document.about_lines(material)]
    out.append(f'<p class="disclaimer">{_e(report.disclaimer)}</p>')
    out.append("</header>")
    out.append("<main>")

    out.append('<section aria-labelledby="questions">')
    out.append(f'<h2 id="questions">{_e(t("export.questions"))}</h2>')
    if not questions:
        out.append(f"<p>{_e(t('export.no_questions'))}</p>")
    else:
        out.append("<ul>")
        for question in questions:
            text = question.text if question.text is not None else t("export.question_left_out")
            out.append(
                f"<li>{_e(question.day)} · {_e(question.client)}: "
                f'<span class="question-text">{_e(text)}</span></li>'
            )
        out.append("</ul>")
    if material.flagged:
        out.append(f'<h3 id="flagged">{_e(t("export.flagged", count=material.flagged))}</h3>')
        out.append("\n".join([*_table_start(), *flagged, _TABLE_END]))
    out.append("</section>")

    out.append('<section aria-labelledby="figures">')
    out.append(f'<h2 id="figures">{_e(t("export.figures"))}</h2>')
    out.append("<ul>")
    out += [f"<li>{_e(line)}</li>" for line in document.figure_lines(report)]
    out.append("</ul>")
    out.append("</section>")

    circle_lines = document.circle_lines(report)
    if circle_lines:
        out.append('<section aria-labelledby="circle">')
        out.append(f'<h2 id="circle">{_e(t("export.circle"))}</h2>')
        out.append('<div class="side">')
        out.append(_circle(report))
        out.append("<ul>")
        out += [f"<li>{_e(line)}</li>" for line in circle_lines]
        out.append("</ul>")
        out.append("</div>")
        out.append("</section>")

    out.append('<section aria-labelledby="charts">')
    out.append(f'<h2 id="charts">{_e(t("export.charts"))}</h2>')
    out.append('<div class="side">')
    out += charts(report)
    out.append("</div>")
    out.append("</section>")

    out.append('<section aria-labelledby="attention">')
    out.append(f'<h2 id="attention">{_e(t("report.attention"))}</h2>')
    points = document.attention_points(report)
    if not points:
        out.append(f"<p>{_e(t('report.no_attention'))}</p>")
    else:
        out.append(f'<p class="muted">{_e(t("report.attention.intro"))}</p>')
        out.append("<ul>")
        out += [f"<li>{_e(p.message)}</li>" for p in points]
        out.append("</ul>")
    out.append("</section>")

    if report.per_client:
        out.append('<section aria-labelledby="course">')
        out.append(f'<h2 id="course">{_e(t("export.course"))}</h2>')
        out.append(_clients_table(report))
        out.append("</section>")

    out.append('<section aria-labelledby="reflections">')
    out.append(f'<h2 id="reflections">{_e(t("export.reflections"))}</h2>')
    out.append(f'<p class="muted">{_e(t("export.full_wording"))}</p>')
    if not material.flagged and not material.others:
        out.append(f"<p>{_e(t('report.empty'))}</p>")
    if material.others:
        out.append(f'<h3 id="others">{_e(t("export.others", count=material.others))}</h3>')
        out += _table_start()
    return out


def tail(material: Material) -> list[str]:
    """The lines after the rows of the reflections: the evidence, the end of the page."""
    report = document.report_of(material)
    out = []
    if material.others:
        out.append(_TABLE_END)
    out.append("</section>")

    if report.attention:
        out.append('<section aria-labelledby="evidence">')
        out.append(f'<h2 id="evidence">{_e(t("export.evidence"))}</h2>')
        out.append('<ul class="evidence-list">')
        out += [
            f'<li>{_e(p.message)} <span class="evidence">{_e(p.evidence)}</span></li>'
            for p in report.attention
        ]
        out.append("</ul>")
        out.append("</section>")
    out.append("</main>")
    out.append(f"<footer><p>{_e(t('export.confidential'))}</p></footer>")
    out.append("</body>")
    out.append("</html>")
    return out


# The reflections are one compact table: a row per reflection, its answers as short phrases,
# then its free text (text answers and the note).
_TABLE_END = "</tbody></table>"


def _table_start() -> list[str]:
    return [
        '<table class="reflections">',
        '<colgroup><col class="when"><col class="answers"></colgroup>',
        f"<thead><tr><th>{_e(t('export.table.reflection'))}</th>"
        f"<th>{_e(t('export.table.answers'))}</th></tr></thead>",
        "<tbody>",
    ]


def entry(entry: Shown, phrases: document.Phrases) -> list[str]:
    """The row of one reflection."""
    cells = []
    if entry.supervision and entry.supervision_question:
        cells.append(
            f'<p class="question"><strong>{_e(t("export.entry.question"))}:</strong> '
            f"{_e(entry.supervision_question)}</p>"
        )
    said, texts = phrases.summary(entry.answers)
    if not said and not texts and not entry.note:
        cells.append(f'<p class="muted">{_e(t("export.entry.no_answers"))}</p>')
    if said:
        cells.append(f'<p class="phrases">{_e(said)}</p>')
    for name, text in texts:
        cells.append(f'<p class="note"><span class="set">{_e(name)}:</span> {_e(text)}</p>')
    if entry.note:
        cells.append(f'<p class="note">{_e(entry.note)}</p>')
    anchor = f"entry-{entry.id}"
    return [
        f'<tr id="{_e(anchor)}"><td>{_e(document.entry_heading(entry, mark_flag=False))}</td>'
        f"<td>{''.join(cells)}</td></tr>"
    ]


def _clients_table(report: Report) -> str:
    out = ['<table class="clients">', "<thead><tr>"]
    out += [f"<th>{_e(cell)}</th>" for cell in document.client_header()]
    out.append("</tr></thead><tbody>")
    for row in document.client_rows(report):
        out.append("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _circle(report: Report) -> str:
    from afstand.i18n import counted
    from afstand.report.circumplex import ANGLES

    circle = report.circle
    summary = circle.summary
    arrow = summary.displacement if summary is not None and summary.direction else None
    octants = [
        (
            o.short,
            ANGLES[o.id],
            o.share,
            o.count,
            counted(o.clients, "client"),
        )
        for o in circle.octants
    ]
    counts = "; ".join(f"{o.label} {o.count}" for o in circle.octants)
    return svg.circle(
        "chart-circle",
        t("circle.title"),
        t(
            "circle.desc",
            total=circle.with_message,
            counts=counts,
            direction=document.direction_line(report),
        ),
        octants,
        arrow,
        (
            t("circle.axis.dominant"),
            t("circle.axis.friendly"),
            t("circle.axis.submissive"),
            t("circle.axis.hostile"),
        ),
    )


# -- charts --------------------------------------------------------------------------------


def charts(report: Report) -> list[str]:
    monthly = report.chart_unit == "month"
    weeks = report.chart if monthly else report.weeks
    labels = [w.label[:7] if monthly else w.label for w in weeks]
    unit_word = t(f"export.unit.{report.chart_unit}")
    start = labels[0] if labels else "…"
    end = labels[-1] if labels else "…"
    empty = t("export.chart.no_data")

    balance_title = t("export.chart.balance", unit=unit_word)
    affiliation = report.affiliation
    balance = svg.grouped_bars(
        "chart-balance",
        balance_title,
        t(
            "export.chart.balance.desc",
            unit=unit_word,
            start=start,
            end=end,
            low=affiliation.bands.low,
            middle=affiliation.bands.middle,
            high=affiliation.bands.high,
            total=affiliation.n,
        ),
        labels,
        [
            (t("report.band.affiliation.low"), "type1", [w.bands.low for w in weeks]),
            (t("report.band.affiliation.middle"), "mid", [w.bands.middle for w in weeks]),
            (t("report.band.affiliation.high"), "type2", [w.bands.high for w in weeks]),
        ],
        empty,
        has_data=affiliation.n > 0,
    )

    poles_title = t("export.chart.poles.share", unit=unit_word)
    asked = report.poles_asked
    poles = svg.grouped_bars(
        "chart-poles",
        poles_title,
        t(
            "export.chart.poles.desc",
            unit=unit_word,
            start=start,
            end=end,
            distance=report.poles.get("distance", 0),
            proximity=report.poles.get("proximity", 0),
            total=asked,
        ),
        labels,
        [
            (
                t("export.legend.type1"),
                "type1",
                [w.distance_share for w in weeks],
            ),
            (
                t("export.legend.type2"),
                "type2",
                [w.proximity_share for w in weeks],
            ),
        ],
        empty,
        has_data=asked > 0,
    )
    return [
        _figure("chart-balance", balance_title, balance),
        _figure("chart-poles", poles_title, poles),
    ]


def _figure(chart_id: str, title: str, chart: str) -> str:
    return (
        f'<figure aria-labelledby="{chart_id}-heading">\n'
        f'<h3 id="{chart_id}-heading">{_e(title)}</h3>\n{chart}\n</figure>'
    )
