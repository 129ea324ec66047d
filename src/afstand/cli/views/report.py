"""The report model as text for a terminal: 80 columns, honest without colour. It computes
nothing; every figure comes from `report.model.Report`."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from msgspec.structs import asdict
from rich.console import Console
from rich.text import Text

from afstand.cli.accessible import plain
from afstand.i18n import counted, number, t
from afstand.report import circle_text as circle_view
from afstand.report import sentences
from afstand.report.model import Point, Position, Report, Tally
from afstand.report.words import few, octant_words, without_remark

SPARKS = "▁▂▃▄▅▆▇█"
MOST_POINTS = 5
MOST_CLIENTS = 12


def say(
    console: Console, text: str, indent: int = 2, hang: int = 2, style: str | None = None
) -> None:
    """A line wrapped to the console, continuation lines indented under the first."""
    console.print(Text(wrapped(console, text, indent, hang), style=style or ""), soft_wrap=True)


def wrapped(console: Console, text: str, indent: int = 2, hang: int = 2) -> str:
    width = max(40, min(console.width, 100))
    return textwrap.fill(
        text.strip(),
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hang),
        break_on_hyphens=False,
    )


def line(console: Console, text: str) -> None:
    console.print(Text(text), soft_wrap=True)


def heading(console: Console, text: str) -> None:
    console.print()
    console.print(Text(text, style="bold underline"))


def bar(count: int, biggest: int, width: int = 24) -> str:
    if biggest <= 0 or count <= 0 or plain():  # accessible mode: the count says it
        return ""
    return "█" * max(1, round(count / biggest * width))


def sparkline(values: Sequence[float | None], low: float, high: float) -> str:
    if plain():  # accessible mode: the weekly means as numbers, "-" for a week without
        return "; ".join("-" if v is None else number(v) for v in values)
    if high <= low:
        high = low + 1
    cells = []
    for value in values:
        if value is None:
            cells.append(" ")
        else:
            index = round((value - low) / (high - low) * (len(SPARKS) - 1))
            cells.append(SPARKS[max(0, min(len(SPARKS) - 1, index))])
    return "".join(cells)


def num(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return number(value, decimals)


def can_draw(console: Console) -> bool:
    if plain():  # accessible mode: no drawing for a screen reader to spell out
        return False
    return (console.encoding or "").lower().replace("-", "") in ("utf8", "utf16", "utf32")


def render(console: Console, report: Report, show_all: bool = False) -> None:
    period = report.period
    title = t("report.title", start=period.start or "…", end=period.end or "…")
    if report.client:
        title += f"  ·  {report.client}"
    say(console, title, indent=0, style="bold")
    say(console, report.disclaimer, indent=0, hang=0, style="italic")
    total = report.entries
    if total == 0:
        console.print()
        line(console, t("report.empty"))
        return

    heading(console, t("report.overview"))
    line(
        console,
        t(
            "report.overview.line",
            entries=counted(total, "reflection"),
            clients=counted(report.clients, "client"),
            per_week=num(report.per_week),
        ),
    )
    if report.client and report.course:
        say(
            console,
            t("report.client.span", first=report.course[0].date, last=report.course[-1].date),
        )
    if report.small_sample:
        say(console, t("report.small_sample", count=total), style="yellow")
    if report.quick:  # one line, and only when there are quick reflections
        say(console, t("report.still_quick", count=report.quick, total=total))

    _balance(console, report)
    _countertransference(console, report)
    _circle(console, report)
    _needs(console, report)
    _selfcare(console, report)
    _check_in(console, report)
    _generic(console, report)
    _supervision(console, report)
    _attention(console, report.attention, show_all)
    _previous(console, report)
    if report.client:
        _course(console, report)


def _position(console: Console, position: Position, axis: str, total: int, minimum: int) -> None:
    distribution = position.distribution
    biggest = max(distribution.values(), default=0)
    for value, count in distribution.items():
        anchor = position.anchors.get(value, "").split(" (")[0]
        line(console, f"  {value:>2} {_cut(anchor, 24):<24} {count:>4}  {bar(count, biggest)}")
    low, high = position.min, position.max
    assert low is not None and high is not None
    middle = (low + high) / 2
    below = f"{low}–{int(middle - 0.5)}" if middle - 0.5 > low else str(low)
    above = f"{int(middle + 1)}–{high}" if high > middle + 1 else str(high)
    bands = position.bands
    parts = [
        f"{t(f'report.band.{axis}.low')} ({below}) {bands.low}",
        *(
            [f"{t(f'report.band.{axis}.middle')} ({num(middle)}) {bands.middle}"]
            if float(middle).is_integer()
            else []
        ),
        f"{t(f'report.band.{axis}.high')} ({above}) {bands.high}",
    ]
    say(console, " · ".join(parts))
    if position.enough:
        say(
            console,
            t(
                "report.position.mean",
                mean=num(position.mean),
                low=low,
                high=high,
                distance=num(position.distance_from_balance),
            ),
        )
    else:
        say(console, t("report.position.few", n=position.n, count=position.n, minimum=minimum))


def _balance(console: Console, report: Report) -> None:
    affiliation = report.affiliation
    if not affiliation.n:
        return
    heading(
        console,
        t("report.balance.heading")
        + f" ({t('report.position.answers', n=affiliation.n, total=report.entries)})",
    )
    _position(console, affiliation, "affiliation", report.entries, report.minimum)
    low, high = affiliation.min or 0, affiliation.max or 1
    weeks = report.weeks
    if report.client:
        weeks = [w for w in weeks if w.entries]
    if len(weeks) > 1 and any(w.affiliation_mean is not None for w in weeks):
        shown = weeks[-52:]
        key = "report.weeks.with_data" if report.client else "report.weeks.span"
        say(
            console,
            t(
                key,
                start=shown[0].label,
                end=shown[-1].week,
                weeks=t("report.weeks", count=len(shown)),
            )
            + ": "
            + sparkline([w.affiliation_mean for w in shown], low, high),
        )
    rows = [r for r in report.per_client if r.affiliation_n]
    if len(rows) > 1:
        line(console, f"  {t('report.per_client.bands')}:")
        for row in rows[:MOST_CLIENTS]:
            mean = (
                f"  {t('report.mean')} {num(row.affiliation_mean)}"
                if row.affiliation_n >= report.minimum
                else ""
            )
            b = row.bands
            line(console, f"    {row.client:<10} {b.low:>3} · {b.middle:>3} · {b.high:>3}{mean}")
        if len(rows) > MOST_CLIENTS:
            line(console, "    " + t("report.more_clients", count=len(rows) - MOST_CLIENTS))


def _items(tally: Tally, kinds: bool = False) -> list[str]:
    parts = []
    for item in tally.items:
        label = _cut(without_remark(item.label), 48)
        if kinds and item.kind:
            label = (
                f"{label} ({t('report.role.' + item.kind)})"
                if item.kind in ("positive", "negative")
                else label
            )
        parts.append(t("report.item", label=label, count=item.count, clients=few(item.clients)))
    return parts


def _tally(console: Console, title: str, tally: Tally, total: int, kinds: bool = False) -> None:
    if not tally.asked:
        return
    say(console, f"{title} ({t('report.answered', count=tally.answered, total=tally.asked)})")
    for part in _items(tally, kinds):
        say(console, "· " + part, indent=4)
    if len(tally.sets) > 1:
        say(console, t("report.joins", sets=", ".join(tally.sets)), indent=4, style="dim")


def _countertransference(console: Console, report: Report) -> None:
    total = report.entries
    asked = report.poles_asked or total
    heading(console, t("report.countertransference"))
    if report.poles_asked and report.poles_asked < total:
        say(console, t("report.asked", count=report.poles_asked, total=total))
    for pole in ("distance", "proximity"):
        say(console, t(f"report.pole.{pole}", count=report.poles.get(pole, 0), total=asked))
    if len(report.pole_sets) > 1:
        say(console, t("report.joins", sets=", ".join(report.pole_sets)), style="dim")
    if report.signals:
        top = list(report.signals.items())[:5]
        labels = "; ".join(f"{report.signal_labels.get(sid, sid)} ({n})" for sid, n in top)
        say(console, t("report.frequent") + ": " + labels)
    # per client, those with a signal: where a pole shows itself with whom
    rows = [r for r in report.per_client if r.poles_asked and any(r.poles.values())]
    if len(rows) > 1 and not report.client:
        for row in rows[:MOST_CLIENTS]:
            say(
                console,
                t(
                    "report.client.poles",
                    client=row.client,
                    distance=row.poles.get("distance", 0),
                    proximity=row.poles.get("proximity", 0),
                    total=row.poles_asked,
                ),
            )
    _tally(console, t("report.roles"), report.roles, total, kinds=True)
    _tally(console, t("report.source"), report.source, total)
    if report.touch.asked:
        _tally(console, t("report.touch"), report.touch, total)
    _power_and_legs(console, report)


def _power_and_legs(console: Console, report: Report) -> None:
    for text in sentences.power_and_legs(report):
        say(console, text)


def _circle(console: Console, report: Report) -> None:
    circle = report.circle
    if not circle.with_message and not report.control.n:
        return
    if circle.with_message:
        heading(console, t("circle.heading"))
        say(console, t("circle.noted", count=circle.with_message, total=circle.asked))
        console.print()
        for text in circle_view.draw(circle, can_draw(console)):
            line(console, text)
        console.print()
        if any(o.extension and o.count for o in circle.octants):
            say(console, t("circle.extension"), style="dim")
        summary = circle.summary
        if summary is not None and summary.direction is not None:
            say(
                console,
                t(
                    "circle.direction",
                    octant=t(f"octant.{summary.direction}"),
                    angle=num(summary.displacement, 0),
                    amplitude=number(summary.amplitude, 2),
                    fit=number(summary.fit or 0, 2),
                ),
            )
        elif summary is not None:
            say(console, t("circle.no_direction", reason=summary.reason))

        heading(console, t("pull.heading"))
        pull = report.pull
        if pull.felt_n or pull.followed or pull.partly or pull.resisted:
            say(console, t("pull.line", **asdict(pull)))
        for octant in sorted(circle.octants, key=lambda o: -o.count):
            if octant.count:
                say(
                    console,
                    t(
                        "pull.octant",
                        octant=octant.label,
                        felt=octant.pull_felt,
                        along=octant.went_along,
                        count=octant.count,
                    ),
                )
        if circle.joined:
            say(console, t("pull.joined"), style="dim")
        ranked = sorted((o for o in circle.octants if o.count), key=lambda o: -o.count)
        for octant in ranked[:2]:
            if octant.consider:
                say(console, f"→ {octant.label}: {octant.consider}", style="cyan")
    control = report.control
    if control.n:
        heading(
            console,
            t("report.control.heading")
            + f" ({t('report.position.answers', n=control.n, total=report.entries)})",
        )
        _position(console, control, "control", report.entries, report.minimum)


def _needs(console: Console, report: Report) -> None:
    if not report.needs and report.sought is None:
        return
    heading(console, t("report.needs"))
    ranked = sorted(report.needs.items(), key=lambda kv: (-(kv[1].under_pressure or 0), -kv[1].n))
    for need, figures in ranked:
        if figures.enough:
            text = t(
                "report.needs.mean",
                mean=num(figures.mean),
                count=figures.under_pressure,
                total=figures.n,
            )
        else:
            text = t("report.needs.few", count=figures.under_pressure, total=figures.n)
        line(console, f"  {t('need.' + need):<14} {text}")
    sought = sentences.sought_line(report)
    if sought is not None:
        say(console, sought)


def _selfcare(console: Console, report: Report) -> None:
    if not report.abc:
        return
    heading(console, t("report.selfcare"))
    for part, figures in report.abc.items():
        if figures.enough:
            text = t("report.abc.mean", mean=num(figures.mean), n=figures.n)
        else:
            text = t("report.abc.few", n=figures.n, count=figures.n)
        line(console, f"  {t('abc.' + part):<33} {text}")
        weekly = report.abc_weeks.get(part, [])
        if report.client:
            weekly = [w for w in weekly if w is not None]
        weekly = weekly[-26:]
        if figures.enough and len(weekly) > 1:
            line(console, f"    {t('report.per_week')}: {sparkline(weekly, 0, 4)}")


def _check_in(console: Console, report: Report) -> None:
    lines = sentences.strain_lines(report)
    if lines:
        heading(console, t("report.check_in"))
    for text in lines:
        say(console, text)


def _generic(console: Console, report: Report) -> None:
    generic = report.generic
    if not (generic.scales or generic.tags):
        return
    from afstand.i18n import current_language

    lang = current_language()
    heading(console, t("report.generic"))
    for key, figures in generic.scales.items():
        prompt = figures["prompt"].get(lang) or key
        n = figures["n"]
        if n >= report.minimum:
            trend = f", {t('report.trend')} {figures['trend']:+g}" if figures["trend"] else ""
            shown = f"{t('report.mean')} {num(figures['mean'])} (n {n}{trend})"
        else:
            shown = t("report.abc.few", n=n, count=n)
        line(console, f"  {_cut(prompt, 44)}  {shown}")
    for dimension, counts in generic.tags.items():
        listed = ", ".join(f"{value} {count}" for value, count in counts.items())
        say(console, f"{dimension}: {listed}")


def _supervision(console: Console, report: Report) -> None:
    questions = report.supervision_questions
    heading(console, t("report.supervision", count=len(questions)))
    if not questions:
        line(console, "  " + t("report.none"))
    if questions:  # one print: ten years hold a thousand of them
        lines = [
            wrapped(
                console,
                f"{item.date}  {item.client:<8} {item.id[:8]}  {item.question or ''}",
                hang=4,
            )
            for item in questions
        ]
        console.print(Text("\n".join(lines)), soft_wrap=True)


def grouped(points: Sequence[Point]) -> list[tuple[str | None, list[Point]]]:
    """Points grouped per client, the group with the strongest point first."""
    groups: dict[str | None, list[Point]] = {}
    for point in points:
        groups.setdefault(point.client, []).append(point)
    return list(groups.items())


def _attention(console: Console, points: Sequence[Point], show_all: bool) -> None:
    heading(console, t("report.attention"))
    if not points:
        line(console, "  " + t("report.no_attention"))
        return
    say(console, t("report.attention.intro"), style="italic")
    shown = list(points) if show_all else list(points)[:MOST_POINTS]
    for _, group in grouped(shown):
        for point in group:
            say(console, "• " + point.message)
            if show_all:
                say(console, point.evidence, indent=4, style="dim")
    if not show_all:
        hidden = len(points) - len(shown)
        say(
            console,
            t("report.attention.more", count=hidden) if hidden else t("report.attention.evidence"),
            style="dim",
        )


def _previous(console: Console, report: Report) -> None:
    previous = report.previous
    if previous is None:
        return
    heading(console, t("report.previous", start=previous.period.start, end=previous.period.end))
    changes = previous.changes
    rows: list[tuple[str, float | None, float | None, str]] = [
        (t("report.row.entries"), report.entries, previous.entries, "entries"),
        (t("report.row.clients"), report.clients, previous.clients, "clients"),
        (
            t("report.row.distance"),
            report.poles.get("distance", 0),
            previous.poles.get("distance", 0),
            "distance",
        ),
        (
            t("report.row.proximity"),
            report.poles.get("proximity", 0),
            previous.poles.get("proximity", 0),
            "proximity",
        ),
        (
            t("report.row.affiliation"),
            report.affiliation.mean if report.affiliation.enough else None,
            previous.affiliation_mean if previous.affiliation_enough else None,
            "affiliation",
        ),
        (
            t("report.row.control"),
            report.control.mean if report.control.enough else None,
            previous.control_mean if previous.control_enough else None,
            "control",
        ),
    ]
    width = max(len(label) for label, _, _, _ in rows)
    for label, now, before, key in rows:
        delta = changes.get(key)
        if delta is None:
            shown = f"({t('report.compare.few')})"
        else:
            shown = ("+" if delta >= 0 else "-") + num(abs(delta))
        line(
            console,
            f"  {label:<{width}} {num(now):>5}  {t('report.was')} {num(before):>5}  {shown}",
        )


def _course(console: Console, report: Report) -> None:
    heading(console, t("report.course"))
    for row in report.course:
        position = ""
        if row.position is not None and row.low is not None and row.high is not None:
            cells = row.high - row.low + 1
            if not plain():
                position = "".join(
                    "●" if row.low + i == row.position else "·" for i in range(cells)
                )
            position += f" {row.position}"
        text = f"{row.date}  {position:<12}"
        if row.type1:
            text += f" I: {'; '.join(row.type1)}"
        if row.type2:
            text += f" II: {'; '.join(row.type2)}"
        if row.messages:
            text += " · " + ", ".join(octant_words(o, short=True) for o in row.messages)
        if row.pull == "followed":
            text += " · " + t("report.followed_short")
        elif row.pull == "partly":
            text += " · " + t("report.partly_short")
        say(console, text, hang=26)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
