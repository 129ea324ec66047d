"""The report as data: the stable keys documented in the README (`afstand report --json`)."""

from __future__ import annotations

from typing import Any

from afstand.i18n import t
from afstand.report.figures import ABC, NEEDS, OCTANTS, SMALL_SAMPLE, Report


def report_data(report: Report) -> dict[str, Any]:
    figures = report.figures()
    distribution, low, high = report.affiliation_distribution()
    affiliation = [e.affiliation[0] for e in report.entries if e.affiliation]
    control = [e.control[0] for e in report.entries if e.control]
    needs = report.tagged_scales("need")
    abc = report.tagged_scales("abc")
    start = report.period.start or (report.entries[0].day if report.entries else None)
    end = report.period.end or report.today
    previous = None
    if report.period.start is not None:
        from afstand.report.figures import previous_period

        before = previous_period(report.period)
        if before is not None:
            previous = {
                "period": {"from": _iso(before.start), "to": _iso(before.end)},
                **report.figures(report.previous),
            }
    return {
        "period": {"from": _iso(start), "to": _iso(end)},
        "client": report.client,
        "entries": figures["entries"],
        "clients": figures["clients"],
        "per_week": round(figures["entries"] * 7 / report.days, 2),
        "small_sample": figures["entries"] < SMALL_SAMPLE,
        "quick": sum(1 for e in report.entries if e.quick),
        "poles": figures["poles"],
        "signals": dict(report.signals().most_common()),
        "octants": {o: c for o in OCTANTS if (c := report.octants().get(o, 0))},
        "octant_clients": report.octant_clients(),
        "pull": report.pull(),
        "needs": {
            need: {
                "mean": s.mean,
                "n": len(s.values),
                "count": s.count,
                "under_pressure": s.share_at_or_above(0.75),
            }
            for need in NEEDS
            if (s := needs.get(need)) is not None
        },
        "abc": {
            part: {"mean": s.mean, "n": len(s.values), "count": s.count}
            for part in ABC
            if (s := abc.get(part)) is not None
        },
        "affiliation": {
            "mean": figures["affiliation_mean"],
            "n": len(affiliation),
            "min": low,
            "max": high,
            "distribution": {str(v): c for v, c in distribution.items()},
        },
        "control": {"mean": figures["control_mean"], "n": len(control)},
        **second_pass_figures(report),
        "weeks": [
            {"week": monday.isoformat(), "entries": count, "affiliation_mean": position}
            for monday, count, position in report.weeks()
        ],
        "per_client": report.per_client(),
        "generic": {"tags": report.generic_tags(), "scales": report.generic_scales()},
        "attention": report.attention(),
        "supervision": [e.id for e in report.supervision()],
        "supervision_questions": [
            {
                "id": e.id,
                "date": e.day.isoformat(),
                "client": e.client,
                "question": e.supervision_question,
            }
            for e in report.supervision()
        ],
        "previous": previous,
        "disclaimer": t("report.disclaimer"),
    }


def second_pass_figures(report: Report) -> dict[str, Any]:
    """Omnipotence and powerlessness, the two legs, the needs looked for with the client, and
    the signals of the periodic check-in: each `null` when the period has no answer to it."""
    power = report.bipolar("power")
    legs = report.bipolar("legs")
    fit_answered, fit = report.chosen("leg")
    sought_answered, sought = report.chosen("sought")
    check_ins, strain = report.chosen("strain")
    return {
        "power": None
        if power is None
        else {
            **_ends(power),
            "powerless": power["below_middle"],
            "omnipotent": power["above_middle"],
        },
        "legs": None
        if legs is None and not fit_answered
        else {
            **(_ends(legs) if legs else {"mean": None, "n": 0, "min": None, "max": None}),
            "doing": legs["below_middle"] if legs else 0,
            "meaning": legs["above_middle"] if legs else 0,
            "fit": {"answered": fit_answered, **fit},
        },
        "sought": None if not sought_answered else {"answered": sought_answered, "needs": sought},
        "strain": None if not check_ins else {"check_ins": check_ins, "signals": strain},
    }


def _ends(figures: dict[str, Any]) -> dict[str, Any]:
    return {key: figures[key] for key in ("mean", "n", "min", "max")}


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None
