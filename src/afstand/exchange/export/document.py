"""What the Markdown and the HTML document say, as plain text in the user's language; the two
formats differ only in how they mark it up (and in the HTML's charts). Every figure comes from
the report model; nothing is computed here but wording.

The document is meant for a supervisor and to be printed: the flagged reflections and their
questions first, then the figures and the circle, the course per client, and the other
reflections as a compact table (the answers as short phrases; the full wording of every
question stays in the JSON export)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from msgspec.structs import asdict

from afstand.i18n import counted, number, t
from afstand.questionnaires.tags import KNOWN_TAGS
from afstand.report import sentences
from afstand.report.words import few, octant_words, without_remark

OCTANTS = KNOWN_TAGS["octant"]

if TYPE_CHECKING:
    from afstand.exchange.export import Material
    from afstand.exchange.export.shown import Shown
    from afstand.journal.format import AnswerFacts
    from afstand.report.model import Point, Position, Report

MOST_POINTS = 5


@dataclass(frozen=True)
class Question:
    day: str
    client: str
    text: str | None  # None when free text is left out


def report_of(material: Material) -> Report:
    assert material.report is not None
    return material.report


def title_line(material: Material) -> str:
    return t("export.title")


def period_line(material: Material) -> str:
    period = report_of(material).period
    return t("export.period", start=period.start or "…", end=period.end or "…")


def about_lines(material: Material) -> list[str]:
    """The lines under the title: what this document holds and how it was made."""
    options = material.options
    lines = []
    if material.client:
        lines.append(t("export.client", client=material.client))
    if options.supervision_only:
        lines.append(t("export.only_supervision", count=report_of(material).entries))
    if options.alias_clients:
        lines.append(t("export.aliased"))
    if options.no_notes:
        lines.append(t("export.without_notes"))
    lines.append(t("export.exported", date=material.today.isoformat()))
    return lines


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else number(value, 1)


def position_line(position: Position, axis: str, total: int, minimum: int) -> str:
    bands = position.bands
    text = (
        f"{t(f'report.band.{axis}.low')} {bands.low} · {t(f'report.band.{axis}.middle')} "
        f"{bands.middle} · {t(f'report.band.{axis}.high')} {bands.high}"
    )
    head = t("report.balance.heading" if axis == "affiliation" else "report.control.heading")
    answers = t("report.position.answers", n=position.n, total=total)
    if position.enough:
        more = t(
            "report.position.mean",
            mean=_num(position.mean),
            low=position.min,
            high=position.max,
            distance=_num(position.distance_from_balance),
        )
    else:
        more = t("report.position.few", n=position.n, count=position.n, minimum=minimum)
    return f"{head} ({answers}): {text}; {more}"


def figure_lines(report: Report) -> list[str]:
    """The main figures of the report, one sentence each."""
    total = report.entries
    if total == 0:
        return [t("report.empty")]
    lines = [
        t(
            "export.line.entries",
            entries=counted(total, "reflection"),
            clients=counted(report.clients, "client"),
            per_week=_num(report.per_week),
        )
    ]
    if report.small_sample:
        lines.append(t("report.small_sample", count=total).strip())
    if report.affiliation.n:
        lines.append(position_line(report.affiliation, "affiliation", total, report.minimum))
    asked = report.poles_asked or total
    for pole in ("distance", "proximity"):
        lines.append(t(f"report.pole.{pole}", count=report.poles.get(pole, 0), total=asked))
    if len(report.pole_sets) > 1:
        lines.append(t("report.joins", sets=", ".join(report.pole_sets)))
    if report.signals:
        top = list(report.signals.items())[:5]
        labels = "; ".join(f"{report.signal_labels.get(s, s)} ({n})" for s, n in top)
        lines.append(f"{t('report.frequent')}: {labels}")
    for title, tally in (
        (t("report.roles"), report.roles),
        (t("report.source"), report.source),
        (t("report.touch"), report.touch),
    ):
        if tally.asked and tally.items:
            listed = "; ".join(
                t(
                    "report.item",
                    label=without_remark(item.label),
                    count=item.count,
                    clients=few(item.clients),
                )
                for item in tally.items
            )
            answered = t("report.answered", count=tally.answered, total=tally.asked)
            lines.append(f"{title} ({answered}): {listed}")
    lines += sentences.power_and_legs(report)
    pull = report.pull
    if pull.felt_n:
        lines.append(t("pull.line", **asdict(pull)))
    if report.control.n:
        lines.append(position_line(report.control, "control", total, report.minimum))
    needs = []
    for need, figures in report.needs.items():
        if figures.enough:
            needs.append(
                f"{t('need.' + need)}: "
                + t(
                    "report.needs.mean",
                    mean=_num(figures.mean),
                    count=figures.under_pressure,
                    total=figures.n,
                )
            )
        else:
            needs.append(
                f"{t('need.' + need)}: "
                + t("report.needs.few", count=figures.under_pressure, total=figures.n)
            )
    if needs:
        lines.append(f"{t('export.line.needs')}: " + "; ".join(needs))
    sought = sentences.sought_line(report)
    if sought is not None:
        lines.append(sought)
    parts = []
    for part, figures in report.abc.items():
        if figures.enough:
            parts.append(
                f"{t('abc.' + part)}: " + t("report.abc.mean", mean=_num(figures.mean), n=figures.n)
            )
        else:
            parts.append(
                f"{t('abc.' + part)}: " + t("report.abc.few", n=figures.n, count=figures.n)
            )
    if parts:
        lines.append(f"{t('report.selfcare')}: " + "; ".join(parts))
    check_in = sentences.strain_lines(report)
    if check_in:
        lines.append(f"{t('report.check_in')}: " + " ".join(check_in))
    return [line[:1].upper() + line[1:] for line in lines]


def client_rows(report: Report) -> list[tuple[str, ...]]:
    """The course per client as table rows: client, reflections, span, the position in three,
    Type I and Type II of the reflections that asked."""
    rows: list[tuple[str, ...]] = []
    for row in report.per_client:
        b = row.bands
        asked = row.poles_asked
        rows.append(
            (
                row.client,
                str(row.entries),
                f"{row.first} … {row.last}",
                f"{b.low} · {b.middle} · {b.high}",
                f"{row.poles.get('distance', 0)}/{asked}" if asked else "–",
                f"{row.poles.get('proximity', 0)}/{asked}" if asked else "–",
            )
        )
    return rows


def client_header() -> tuple[str, ...]:
    return (
        t("export.table.client"),
        t("export.table.reflections"),
        t("export.table.span"),
        t("report.per_client.bands").split("(")[-1].rstrip(")"),
        "Type I",
        "Type II",
    )


def circle_lines(report: Report) -> list[str]:
    """The circle in words: each message with its count and clients, and the direction."""
    circle = report.circle
    if not circle.with_message:
        return []
    lines = [t("circle.noted", count=circle.with_message, total=circle.asked)]
    for octant in circle.octants:
        label = octant.label
        if octant.count:
            lines.append(
                f"{label}: {octant.count} ({counted(octant.clients, 'client')}); "
                + t("pull.counts", felt=octant.pull_felt, along=octant.went_along)
            )
        else:
            lines.append(f"{label}: 0")
    lines.append(direction_line(report))
    if any(o.extension for o in circle.octants):
        lines.append(t("circle.extension"))
    if circle.joined:
        lines.append(t("pull.joined"))
    return lines


def direction_line(report: Report) -> str:
    summary = report.circle.summary
    if summary is None:
        return ""
    if summary.direction is not None:
        return t(
            "circle.direction",
            octant=t(f"octant.{summary.direction}"),
            angle=_num(round(summary.displacement)),
            amplitude=number(summary.amplitude, 2),
            fit=number(summary.fit or 0, 2),
        )
    return t("circle.no_direction", reason=summary.reason)


def attention_points(report: Report) -> list[Point]:
    """The strongest few, grouped per client (the group of the strongest point first)."""
    shown = report.attention[:MOST_POINTS]
    groups: dict[str | None, list[Point]] = {}
    for point in shown:
        groups.setdefault(point.client, []).append(point)
    return [point for group in groups.values() for point in group]


def question_of(entry: Shown, no_notes: bool) -> Question | None:
    """The question for supervision of a flagged reflection (without its text when free text
    is left out); None when it asks none."""
    if not entry.supervision:
        return None
    if no_notes:
        return Question(entry.date.isoformat(), entry.client, None)
    if entry.supervision_question:
        return Question(entry.date.isoformat(), entry.client, entry.supervision_question)
    return None


def entry_heading(entry: Shown, mark_flag: bool = True) -> str:
    heading = f"{entry.date.isoformat()} · {entry.client}"
    if entry.supervision and mark_flag:
        heading += f" · {t('export.entry.flagged')}"
    return heading


# -- the answers as short phrases ------------------------------------------------------------

_TAG_NAMES = {
    ("axis", "affiliation"): "short.affiliation",
    ("axis", "control"): "short.control",
    ("pull", "felt"): "short.pull",
}
_OPTION_NAMES = {
    "pole": "short.signals",
    "octant": "short.message",
    "pull": "short.went_along",
    "role": "short.role",
    "source": "short.source",
    "touch": "short.touch",
}


def short_label(text: str, comma: bool = False) -> str:
    """The first clause of a label: enough to recognise it (a tagged option's label is cut at
    its first comma too: "merging, getting entangled …" is "merging")."""
    text = without_remark(text)
    for mark in (":", ";", *([","] if comma else [])):
        text = text.split(mark)[0]
    return text.strip()


def _name(answer: AnswerFacts, lang: str) -> str:
    for (dimension, value), key in _TAG_NAMES.items():
        if answer.tags.get(dimension) == value:
            return t(key)
    tag = answer.tags.get("need")
    if tag:
        return t(f"need.{tag}")
    tag = answer.tags.get("abc")
    if tag:
        return t(f"abc.{tag}").split(" – ")[0]  # A, B or C
    for option in answer.options:
        for dimension in option.tags:
            if dimension in _OPTION_NAMES:
                return t(_OPTION_NAMES[dimension])
    prompt = " ".join(answer.prompt.get(lang).split()).rstrip("?")
    head = prompt.split(":")[0]
    if len(head) <= 28 and head != prompt:
        return head
    return prompt if len(prompt) <= 40 else prompt[:39].rstrip() + "…"


def answer_phrase(answer: AnswerFacts, lang: str) -> tuple[str, str]:
    """(a short name for the question, the answer as a short phrase). A position keeps the
    first words of its anchor; other scales are their number."""
    value = answer.value
    if answer.type == "scale" and isinstance(value, int):
        anchor = answer.anchors.get(value)
        words = str(value)
        if "axis" in answer.tags and anchor is not None:
            words = f"{value} ({short_label(anchor.get(lang))})"
    elif answer.type in ("choice", "checklist"):
        labels = []
        for option in answer.options:
            octant = option.tags.get("octant")
            if octant in OCTANTS:
                labels.append(octant_words(octant))
                continue
            label = short_label(option.label.get(lang), comma=bool(option.tags))
            if option.tags.get("pole") == "distance":
                label = "I " + label
            elif option.tags.get("pole") == "proximity":
                label = "II " + label
            labels.append(label)
        words = "; ".join(labels)
    elif answer.type == "yesno":
        words = t("word.yes") if value is True else t("word.no")
    else:
        words = str(value)
    return _name(answer, lang), words


class Phrases:
    """The answers of one month's reflections as short phrases: the same answer to the same
    question is put in words once. Keep one for a month only: it knows the answers by their
    identity, and the month's answers are shared (see afstand.exchange.export.shown)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.known: dict[object, str] = {}  # an answer's phrase, or a text question's name

    def summary(self, answers: Iterable[AnswerFacts]) -> tuple[str, list[tuple[str, str]]]:
        """A reflection in short: its answers as short phrases in one line, and apart from
        them the free text it holds (the text answers, each with a short name for its
        question)."""
        phrases = []
        texts = []
        known = self.known
        for answer in answers:
            if answer.type == "text":
                key: object = (id(answer.prompt), answer.set_id, answer.question)
                name = known.get(key)
                if name is None:
                    name = known[key] = _name(answer, self.lang)
                texts.append((name, str(answer.value)))
                continue
            phrase = known.get(id(answer))
            if phrase is None:
                name, words = answer_phrase(answer, self.lang)
                phrase = f"{name} {words}" if answer.type == "scale" else f"{name}: {words}"
                known[id(answer)] = phrase
            phrases.append(phrase)
        return " · ".join(phrases), texts


def chunks_of(pieces: Iterable[list[str]], *, strip_end: bool) -> Iterator[bytes]:
    """A document written in pieces of lines, as UTF-8: every line ends in a line break. With
    `strip_end` the document ends in its last line with text, without trailing whitespace;
    that line (and any blank ones after it) is held back until the end is known."""
    held: list[str] = []
    for piece in pieces:
        out = []
        for line in piece:
            if not strip_end:
                out.append(line)
            elif line.strip():
                out += held
                held = [line]
            else:
                held.append(line)
        if out:
            yield ("\n".join(out) + "\n").encode()
    if strip_end:
        yield ((held[0].rstrip() if held else "") + "\n").encode()
