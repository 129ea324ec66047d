"""What the Markdown and the HTML document say, as plain text in the user's language; the two
formats differ only in how they mark it up (and in the HTML's charts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from afstand.i18n import counted, t
from afstand.report.figures import OCTANTS

if TYPE_CHECKING:
    from afstand.exchange.export import ExportOptions, Summary
    from afstand.models.entry import Entry


@dataclass(frozen=True)
class Question:
    day: str
    client: str
    text: str | None  # None when free text is left out


def title_line(summary: Summary) -> str:
    return t("export.title")


def period_line(summary: Summary) -> str:
    period = summary.data["period"]
    return t("export.period", start=period["from"] or "…", end=period["to"] or "…")


def about_lines(summary: Summary, options: ExportOptions, exported: str) -> list[str]:
    """The lines under the title: what this document holds and how it was made."""
    lines = []
    if summary.client:
        lines.append(t("export.client", client=summary.client))
    if options.supervision_only:
        lines.append(t("export.only_supervision", count=summary.data["entries"]))
    if options.alias_clients:
        lines.append(t("export.aliased"))
    if options.no_notes:
        lines.append(t("export.without_notes"))
    lines.append(t("export.exported", date=exported))
    return lines


def figure_lines(summary: Summary, lang: str) -> list[str]:
    """The main figures of the report, one sentence each."""
    data = summary.data
    total = data["entries"]
    if total == 0:
        return [t("report.empty")]
    lines = [
        t(
            "export.line.entries",
            entries=counted(total, "reflection"),
            clients=counted(data["clients"], "client"),
            per_week=data["per_week"],
        )
    ]
    if data["small_sample"]:
        lines.append(t("report.small_sample", count=total).strip())
    affiliation = data["affiliation"]
    if affiliation["n"]:
        lines.append(
            t(
                "report.balance",
                n=affiliation["n"],
                total=total,
                mean=affiliation["mean"],
                low=affiliation["min"],
                high=affiliation["max"],
            )
        )
    for pole in ("distance", "proximity"):
        lines.append(t(f"report.pole.{pole}", count=data["poles"][pole], total=total))
    if data["signals"]:
        top = list(data["signals"].items())[:5]
        labels = "; ".join(f"{summary.report.signal_label(s, lang)} ({n})" for s, n in top)
        lines.append(f"{t('report.frequent')}: {labels}")
    if data["octants"]:
        ranked = sorted(data["octants"].items(), key=lambda kv: (-kv[1], OCTANTS.index(kv[0])))
        listed = "; ".join(f"{t('octant.' + octant)} ({count})" for octant, count in ranked)
        lines.append(f"{t('report.kiesler')}: {listed}")
    if data["pull"]["messages"]:
        lines.append(t("report.pull", **data["pull"]))
    if data["control"]["n"]:
        control = data["control"]
        lines.append(t("report.control", mean=control["mean"], n=control["n"], total=total))
    if data["needs"]:
        ranked_needs = sorted(data["needs"].items(), key=lambda kv: -(kv[1]["mean"] or 0))
        listed = "; ".join(
            f"{t('need.' + need)} {figures['mean']} (n {figures['n']}, "
            + t("report.under_pressure", count=figures["under_pressure"], total=figures["n"])
            + ")"
            for need, figures in ranked_needs
            if figures["n"]
        )
        if listed:
            lines.append(f"{t('export.line.needs')}: {listed}")
    if data["abc"]:
        listed = "; ".join(
            f"{t('abc.' + part)}: {t('report.mean')} {figures['mean']} (n {figures['n']})"
            for part, figures in data["abc"].items()
            if figures["n"]
        )
        if listed:
            lines.append(f"{t('report.selfcare')}: {listed}")
    return [line[:1].upper() + line[1:] for line in lines]


def attention_points(summary: Summary) -> list[dict[str, str]]:
    points: list[dict[str, str]] = summary.data["attention"]
    return points


def questions(entries: Sequence[Entry], options: ExportOptions) -> list[Question]:
    """The questions for supervision, by date; without their text when free text is left out."""
    found = []
    for entry in entries:
        if not entry.supervision:
            continue
        if options.no_notes:
            found.append(Question(entry.date.isoformat(), entry.client, None))
        elif entry.supervision_question:
            found.append(Question(entry.date.isoformat(), entry.client, entry.supervision_question))
    return found


def flagged_first(entries: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The entries flagged for supervision, and the others; each by date."""
    flagged = [e for e in entries if e.supervision]
    others = [e for e in entries if not e.supervision]
    return flagged, others


def entry_heading(entry: Entry) -> str:
    heading = f"{entry.date.isoformat()} · {entry.client}"
    if entry.supervision:
        heading += f" · {t('export.entry.flagged')}"
    return heading


def answer_lines(entry: Entry, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per answered set: its title, and (question, answer in words) for every answer."""
    from afstand.models.answer_words import answer_in_words

    return [
        (
            answered.title.get(lang),
            [(a.prompt.get(lang), answer_in_words(a, lang)) for a in answered.answers],
        )
        for answered in entry.sets
    ]


def octant_rows(summary: Summary) -> list[tuple[str, int]]:
    """Every Kiesler message in the order of the circle, with how often it was noted."""
    counts: dict[str, Any] = summary.data["octants"]
    return [(t("octant." + octant), int(counts.get(octant, 0))) for octant in OCTANTS]
