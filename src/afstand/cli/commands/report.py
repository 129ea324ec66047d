"""`afstand report`: the monthly mirror, as text for a terminal (80 columns, honest without
colour) or as data (`--json`)."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from afstand.cli import completion
from afstand.cli.accessible import plain
from afstand.cli.context import workspace
from afstand.cli.options import AsJson, Since, Until, Year, month_option
from afstand.cli.output import out, print_json
from afstand.i18n import counted, current_language, number, t

SPARKS = "▁▂▃▄▅▆▇█"


def report(
    ctx: typer.Context,
    month: Annotated[str | None, month_option("help.report.month", "[YYYY-MM]")] = None,
    start: Since = None,
    end: Until = None,
    year: Year = None,
    client: Annotated[
        str | None,
        typer.Option(
            "--client",
            "-c",
            help=t("help.report.client"),
            autocompletion=completion.client_codes,
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    from afstand.journal.periods import Period, period_from_options
    from afstand.models.client_code import normalise_client
    from afstand.report.data import report_data
    from afstand.report.figures import build_report

    today = date.today()
    code = normalise_client(client) if client else None
    period = period_from_options(today, month=month, year=year, start=start, end=end)
    if period is None:
        period = (
            Period()
            if code
            else period_from_options(today, month=today.strftime("%Y-%m")) or Period()
        )
    result = build_report(workspace(ctx).journal(), period, code, today)
    data = report_data(result)
    if as_json:
        print_json(data)
        return
    render(out(), data, result)


def _say(
    console: Console, text: str, indent: int = 2, hang: int = 2, style: str | None = None
) -> None:
    """A line wrapped to the console, continuation lines indented under the first."""
    width = max(40, min(console.width, 100))
    wrapped = textwrap.fill(
        text.strip(),
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hang),
        break_on_hyphens=False,
    )
    console.print(Text(wrapped, style=style or ""), soft_wrap=True)


def _heading(console: Console, text: str) -> None:
    console.print()
    console.print(Text(text, style="bold underline"))


def _bar(count: int, biggest: int, width: int = 24) -> str:
    if biggest <= 0 or count <= 0 or plain():  # accessible mode: the count says it
        return ""
    return "█" * max(1, round(count / biggest * width))


def sparkline(values: list[float | None], low: float, high: float) -> str:
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


def _change(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return ""
    delta = round(now - before, 2)
    return f"{delta:+g}"


def _power_and_legs(console: Console, data: dict[str, Any]) -> None:
    power, legs = data["power"], data["legs"]
    if power:
        _say(console, t("report.power", **power))
    if legs and legs["n"]:
        _say(console, t("report.legs", **{k: v for k, v in legs.items() if k != "fit"}))
    if legs and legs["fit"]["answered"]:
        fit = legs["fit"]
        _say(
            console,
            t(
                "report.legs_fit",
                answered=fit["answered"],
                fitting=fit.get("fitting", 0),
                more_doing=fit.get("more-doing", 0),
                more_meaning=fit.get("more-meaning", 0),
                unsure=fit.get("unsure", 0),
            ),
        )


def render(console: Console, data: dict[str, Any], result: Any) -> None:
    lang = current_language()
    period = data["period"]
    title = t("report.title", start=period["from"] or "…", end=period["to"] or "…")
    if data["client"]:
        title += f"  ·  {data['client']}"
    _say(console, title, indent=0, style="bold")
    _say(console, t("report.disclaimer"), indent=0, hang=0, style="italic")
    total = data["entries"]
    if total == 0:
        console.print()
        console.print(Text(t("report.empty")))
        return

    _heading(console, t("report.overview"))
    console.print(
        Text(
            t(
                "report.overview.line",
                entries=counted(total, "reflection"),
                clients=counted(data["clients"], "client"),
                per_week=data["per_week"],
            )
        )
    )
    if data["small_sample"]:
        _say(console, t("report.small_sample", count=total), style="yellow")
    if data["quick"]:  # one line, and only when there are quick reflections
        _say(console, t("report.still_quick", count=data["quick"], total=total), hang=4)

    affiliation = data["affiliation"]
    if affiliation["n"]:
        _heading(
            console,
            t(
                "report.balance",
                n=affiliation["n"],
                total=total,
                mean=affiliation["mean"],
                low=affiliation["min"],
                high=affiliation["max"],
            ),
        )
        biggest = max(affiliation["distribution"].values())
        low, high = affiliation["min"], affiliation["max"]
        for value, count in affiliation["distribution"].items():
            label = ""
            if int(value) == low:
                label = t("report.too_distant")
            elif int(value) == high:
                label = t("report.too_close")
            console.print(Text(f"  {value:>2} {label:<18} {count:>4}  {_bar(count, biggest)}"))
        weeks = [w["affiliation_mean"] for w in data["weeks"]]
        if len(weeks) > 1 and any(w is not None for w in weeks):
            shown = weeks[-52:]
            console.print(
                Text(
                    f"  {t('report.per_week')}: "
                    + sparkline(shown, low, high)
                    + f"  ({t('report.weeks', count=len(shown))})"
                )
            )
        rows = [r for r in data["per_client"] if r["affiliation_n"]]
        if len(rows) > 1:
            console.print(Text(f"  {t('report.per_client')}:"))
            for row in rows[:12]:
                console.print(
                    Text(
                        f"    {row['client']:<10} {row['affiliation_mean']:>5}  "
                        f"(n {row['affiliation_n']})"
                    )
                )
            if len(rows) > 12:
                console.print(Text("    " + t("report.more_clients", count=len(rows) - 12)))

    _heading(console, t("report.countertransference"))
    for pole in ("distance", "proximity"):
        _say(console, t(f"report.pole.{pole}", count=data["poles"][pole], total=total))
    if data["signals"]:
        top = list(data["signals"].items())[:5]
        labels = "; ".join(f"{result.signal_label(sid, lang)} ({n})" for sid, n in top)
        _say(console, t("report.frequent") + ": " + labels)
    differing = _differing_clients(data, total)
    for line in differing:
        _say(console, line)
    _power_and_legs(console, data)

    if data["octants"] or data["control"]["n"]:
        _heading(console, t("report.kiesler"))
        noted = data["pull"]["messages"]
        _say(console, t("report.messages_noted", count=noted, total=total))
        biggest = max(data["octants"].values(), default=0)
        for octant, count in sorted(data["octants"].items(), key=lambda kv: -kv[1]):
            clients = data["octant_clients"].get(octant, 0)
            console.print(
                Text(
                    f"  {t('octant.' + octant):<34} {count:>4}  "
                    f"{t('report.clients_n', count=clients):<14} "
                    f"{_bar(count, biggest, 12)}"
                )
            )
        for octant, _ in sorted(data["octants"].items(), key=lambda kv: -kv[1])[:2]:
            consider = result.consider(octant, lang)
            if consider:
                _say(console, f"→ {t('octant.' + octant)}: {consider}", style="cyan")
        pull = data["pull"]
        if pull["messages"]:
            _say(console, t("report.pull", **pull))
        if data["control"]["n"]:
            console.print(
                Text(
                    "  "
                    + t(
                        "report.control",
                        mean=data["control"]["mean"],
                        n=data["control"]["n"],
                        total=total,
                    )
                )
            )

    if data["needs"] or data["sought"]:
        _heading(console, t("report.needs"))
        ranked = sorted(data["needs"].items(), key=lambda kv: -(kv[1]["mean"] or 0))
        for need, figures in ranked:
            console.print(
                Text(
                    f"  {t('need.' + need):<14} {t('report.mean')} "
                    f"{figures['mean']!s:>5}  (n {figures['n']})  "
                    + t(
                        "report.under_pressure", count=figures["under_pressure"], total=figures["n"]
                    )
                )
            )
        sought = data["sought"]
        if sought:
            listed = ", ".join(f"{t('need.' + need)} {n}" for need, n in sought["needs"].items())
            _say(
                console,
                t("report.sought", answered=sought["answered"], needs=listed or t("report.none")),
            )

    if data["abc"]:
        _heading(console, t("report.selfcare"))
        series = result.tagged_scales("abc")
        for part, figures in data["abc"].items():
            scale = series[part]
            weekly = result.weekly_means(scale)[-26:]
            spark = sparkline(weekly, scale.low or 0, scale.high or 1) if len(weekly) > 1 else ""
            console.print(
                Text(
                    f"  {t('abc.' + part):<33} {t('report.mean')} "
                    f"{figures['mean']!s:>5}  (n {figures['n']})"
                )
            )
            if spark:
                console.print(Text(f"    {t('report.per_week')}: {spark}"))

    strain = data["strain"]
    if strain:
        _heading(console, t("report.check_in"))
        _say(console, t("report.check_ins", count=strain["check_ins"]))
        signals = "; ".join(
            f"{result.tag_label('strain', value, lang)} ({n})"
            for value, n in strain["signals"].items()
        )
        _say(console, t("report.strain") + ": " + (signals or t("report.none")))

    generic = data["generic"]
    if generic["scales"] or generic["tags"]:
        _heading(console, t("report.generic"))
        for key, figures in generic["scales"].items():
            prompt = figures["prompt"].get(lang) or key
            trend = f", {t('report.trend')} {figures['trend']:+g}" if figures["trend"] else ""
            console.print(
                Text(
                    f"  {_short(prompt, 44)}  {t('report.mean')} {figures['mean']} "
                    f"(n {figures['n']}{trend})"
                )
            )
        for dimension, counts in generic["tags"].items():
            listed = ", ".join(f"{value} {count}" for value, count in counts.items())
            console.print(Text(f"  {dimension}: {listed}"))

    questions = data["supervision_questions"]
    _heading(console, t("report.supervision", count=len(questions)))
    if not questions:
        console.print(Text("  " + t("report.none")))
    for item in questions:
        _say(
            console,
            f"{item['date']}  {item['client']:<8} {item['id'][:8]}  {item['question'] or ''}",
            hang=4,
        )

    _heading(console, t("report.attention"))
    if not data["attention"]:
        console.print(Text("  " + t("report.no_attention")))
    for point in data["attention"]:
        _say(console, "• " + point["message"])
        _say(console, point["evidence"], indent=4, style="dim")

    previous = data["previous"]
    if previous is not None:
        _heading(
            console,
            t("report.previous", start=previous["period"]["from"], end=previous["period"]["to"]),
        )
        rows = [
            (t("report.row.entries"), total, previous["entries"]),
            (t("report.row.clients"), data["clients"], previous["clients"]),
            (t("report.row.distance"), data["poles"]["distance"], previous["poles"]["distance"]),
            (t("report.row.proximity"), data["poles"]["proximity"], previous["poles"]["proximity"]),
            (t("report.row.affiliation"), affiliation["mean"], previous["affiliation_mean"]),
            (t("report.row.control"), data["control"]["mean"], previous["control_mean"]),
        ]
        width = max(len(label) for label, _, _ in rows)
        for label, now, before in rows:
            console.print(
                Text(
                    f"  {label:<{width}} {_fmt(now):>6}  {t('report.was')} "
                    f"{_fmt(before):>6}  {_change(now, before)}"
                )
            )

    if data["client"]:
        _course(console, result, lang)


def _fmt(value: Any) -> str:
    return "–" if value is None else str(value)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _differing_clients(data: dict[str, Any], total: int) -> list[str]:
    """Clients with a clearly higher share of Type II (or Type I) reflections than overall."""
    lines = []
    for row in data["per_client"]:
        n = row["entries"]
        if n < 3 or data["clients"] < 2:
            continue
        for pole in ("proximity", "distance"):
            overall = data["poles"][pole] / total
            share = row["poles"][pole] / n
            if share - overall >= 0.25:
                lines.append(
                    t(
                        f"report.client_pole.{pole}",
                        client=row["client"],
                        count=row["poles"][pole],
                        total=n,
                    )
                )
    return lines[:6]


def _course(console: Console, result: Any, lang: str) -> None:
    _heading(console, t("report.course"))
    for entry in result.entries:
        position = ""
        if entry.affiliation:
            value, low, high = entry.affiliation
            cells = high - low + 1
            position = (
                "" if plain() else "".join("●" if low + i == value else "·" for i in range(cells))
            )
            position += f" {value}"
        line = f"{entry.day.isoformat()}  {position:<12}"
        for pole, mark in (("distance", "I"), ("proximity", "II")):
            if entry.signals[pole]:
                # the first clause of each label: short enough for one line per reflection
                labels = [
                    re.split(r"[,:(]", result.signal_label(sid, lang))[0].strip()
                    for sid in entry.signals[pole]
                ]
                line += f" {mark}: {'; '.join(labels)}"
        if entry.octants:
            line += " · " + ", ".join(t("octant.short." + o) for o in entry.octants)
        if "followed" in entry.pull:
            line += " · " + t("report.followed_short")
        elif "partly" in entry.pull:
            line += " · " + t("report.partly_short")
        _say(console, line, hang=26)
