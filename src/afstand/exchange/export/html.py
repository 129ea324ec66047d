"""The HTML document: one self-contained file (no script, no external file, no network; a
Content-Security-Policy says so to the browser too) that prints well to PDF, with the balance
over time, Type I and Type II per week and the Kiesler messages as inline SVG charts.

Every text from the journal passes through `html.escape`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape
from statistics import mean
from typing import TYPE_CHECKING

from afstand.dates import month_start
from afstand.exchange.export import document, svg
from afstand.i18n import t

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions, Summary
    from afstand.models.entry import Entry
    from afstand.report.figures import EntryView, Report

MOST_WEEKS = 60  # a longer period is charted per month

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
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  .reflections { break-before: page; page-break-before: always; }
  .confidential, svg.chart * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  svg.chart { max-width: 100%; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def render(entries: Sequence[Entry], summary: Summary, options: ExportOptions, lang: str) -> str:
    title = document.title_line(summary)
    period = document.period_line(summary)
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
    out += [
        f'<p class="about">{_e(line)}</p>'
        for line in document.about_lines(summary, options, summary.today.isoformat())
    ]
    out.append(f'<p class="disclaimer">{_e(t("report.disclaimer"))}</p>')
    out.append("</header>")
    out.append("<main>")

    out.append('<section aria-labelledby="figures">')
    out.append(f'<h2 id="figures">{_e(t("export.figures"))}</h2>')
    out.append("<ul>")
    out += [f"<li>{_e(line)}</li>" for line in document.figure_lines(summary, lang)]
    out.append("</ul>")
    out.append("</section>")

    out.append('<section aria-labelledby="charts">')
    out.append(f'<h2 id="charts">{_e(t("export.charts"))}</h2>')
    out += charts(summary)
    out.append("</section>")

    out.append('<section aria-labelledby="attention">')
    out.append(f'<h2 id="attention">{_e(t("report.attention"))}</h2>')
    points = document.attention_points(summary)
    if not points:
        out.append(f"<p>{_e(t('report.no_attention'))}</p>")
    else:
        out.append("<ul>")
        out += [
            f'<li>{_e(p["message"])}<br><span class="evidence">{_e(p["evidence"])}</span></li>'
            for p in points
        ]
        out.append("</ul>")
    out.append("</section>")

    out.append('<section aria-labelledby="questions">')
    out.append(f'<h2 id="questions">{_e(t("export.questions"))}</h2>')
    questions = document.questions(entries, options)
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
    out.append("</section>")

    out.append('<section class="reflections" aria-labelledby="reflections">')
    out.append(f'<h2 id="reflections">{_e(t("export.reflections"))}</h2>')
    if not entries:
        out.append(f"<p>{_e(t('report.empty'))}</p>")
    flagged, others = document.flagged_first(entries)
    for key, heading, group in (
        ("flagged", t("export.flagged", count=len(flagged)), flagged),
        ("others", t("export.others", count=len(others)), others),
    ):
        if group:
            out.append(f'<h3 id="{key}">{_e(heading)}</h3>')
            out += [_entry(entry, lang) for entry in group]
    out.append("</section>")
    out.append("</main>")
    out.append(f"<footer><p>{_e(t('export.confidential'))}</p></footer>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def _entry(entry: Entry, lang: str) -> str:
    anchor = f"entry-{entry.id}"
    out = [
        f'<article class="entry" aria-labelledby="{_e(anchor)}">',
        f'<h4 id="{_e(anchor)}">{_e(document.entry_heading(entry))}</h4>',
    ]
    if entry.supervision and entry.supervision_question:
        out.append(
            f'<p class="question"><strong>{_e(t("export.entry.question"))}:</strong> '
            f"{_e(entry.supervision_question)}</p>"
        )
    sets = document.answer_lines(entry, lang)
    if not sets and not entry.note:
        out.append(f'<p class="muted">{_e(t("export.entry.no_answers"))}</p>')
    for title, answers in sets:
        out.append(f"<h5>{_e(title)}</h5>")
        out.append("<dl>")
        for prompt, answer in answers:
            out.append(f'<div class="qa"><dt>{_e(prompt)}</dt><dd>{_e(answer)}</dd></div>')
        out.append("</dl>")
    if entry.note:
        out.append(f"<h5>{_e(t('show.note'))}</h5>")
        out.append(f'<p class="note">{_e(entry.note)}</p>')
    out.append("</article>")
    return "\n".join(out)


# -- charts --------------------------------------------------------------------------------


def _buckets(report: Report) -> tuple[str, list[date], Callable[[date], date]]:
    """The periods to chart: the weeks of the report, or its months when there are many."""
    weeks = [monday for monday, _, _ in report.weeks()]
    if len(weeks) <= MOST_WEEKS:
        return "week", weeks, lambda day: day - timedelta(days=day.weekday())
    first = report.period.start or weeks[0]
    last = report.period.end or weeks[-1] + timedelta(days=6)
    months = [month_start(first)]
    while months[-1] < month_start(last):
        months.append(month_start(months[-1], 1))
    return "month", months, lambda day: day.replace(day=1)


def _label(unit: str, day: date) -> str:
    return day.isoformat() if unit == "week" else day.strftime("%Y-%m")


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")


def charts(summary: Summary) -> list[str]:
    report = summary.report
    data = summary.data
    unit, buckets, bucket_of = _buckets(report)
    grouped: dict[date, list[EntryView]] = {bucket: [] for bucket in buckets}
    for view in report.entries:
        grouped.setdefault(bucket_of(view.day), []).append(view)
    labels = [_label(unit, bucket) for bucket in buckets]
    unit_word = t(f"export.unit.{unit}")
    start = labels[0] if labels else "…"
    end = labels[-1] if labels else "…"
    empty = t("export.chart.no_data")

    means: list[float | None] = []
    for bucket in buckets:
        values = [v.affiliation[0] for v in grouped[bucket] if v.affiliation]
        means.append(round(mean(values), 2) if values else None)
    present = [value for value in means if value is not None]
    affiliation = data["affiliation"]
    low = affiliation["min"] if affiliation["min"] is not None else 1
    high = affiliation["max"] if affiliation["max"] is not None else 7
    balance_title = t("export.chart.balance", unit=unit_word)
    balance = svg.line_chart(
        "chart-balance",
        balance_title,
        t(
            "export.chart.balance.desc",
            unit=unit_word,
            start=start,
            end=end,
            low=low,
            high=high,
            lowest=_fmt(min(present, default=None)),
            highest=_fmt(max(present, default=None)),
            mean=_fmt(affiliation["mean"]),
        ),
        list(zip(labels, means, strict=True)),
        low,
        high,
        t("export.axis.too_distant"),
        t("export.axis.too_close"),
        empty,
    )

    type1 = [sum(1 for v in grouped[b] if v.signals["distance"]) for b in buckets]
    type2 = [sum(1 for v in grouped[b] if v.signals["proximity"]) for b in buckets]
    poles_title = t("export.chart.poles", unit=unit_word)
    poles = svg.grouped_bars(
        "chart-poles",
        poles_title,
        t(
            "export.chart.poles.desc",
            unit=unit_word,
            start=start,
            end=end,
            distance=data["poles"]["distance"],
            proximity=data["poles"]["proximity"],
            total=data["entries"],
        ),
        labels,
        [
            (t("export.legend.type1"), "type1", type1),
            (t("export.legend.type2"), "type2", type2),
        ],
        empty,
    )

    rows = document.octant_rows(summary)
    kiesler_title = t("export.chart.kiesler")
    counts = "; ".join(f"{label} {count}" for label, count in rows)
    kiesler = svg.horizontal_bars(
        "chart-kiesler",
        kiesler_title,
        t("export.chart.kiesler.desc", counts=counts),
        rows,
        empty,
    )
    return [
        _figure("chart-balance", balance_title, balance),
        _figure("chart-poles", poles_title, poles),
        _figure("chart-kiesler", kiesler_title, kiesler),
    ]


def _figure(chart_id: str, title: str, chart: str) -> str:
    return (
        f'<figure aria-labelledby="{chart_id}-heading">\n'
        f'<h3 id="{chart_id}-heading">{_e(title)}</h3>\n{chart}\n</figure>'
    )
