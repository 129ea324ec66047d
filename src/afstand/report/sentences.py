"""The sentences of the figures issue 16 added (powerlessness ↔ omnipotence, the two legs, the
needs looked for with the client, the signs of a periodic check-in), worded once for the
terminal and the documents alike. Below the minimum a scale is said in counts, not a mean."""

from __future__ import annotations

from afstand.i18n import counted, number, t
from afstand.report.model import Report


def _shown(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else number(value, 1)


def power_and_legs(report: Report) -> list[str]:
    """A line for each scale that was answered, and one for what the moment called for."""
    lines = []
    power, legs = report.power, report.legs
    if power is not None:
        lines.append(
            t(
                "report.power" if power.enough else "report.power.few",
                powerless=power.powerless,
                omnipotent=power.omnipotent,
                answers=counted(power.n, "answer"),
                mean=_shown(power.mean),
                min=power.min,
                max=power.max,
            )
        )
    if legs is not None and legs.n:
        lines.append(
            t(
                "report.legs" if legs.enough else "report.legs.few",
                doing=legs.doing,
                meaning=legs.meaning,
                answers=counted(legs.n, "answer"),
                mean=_shown(legs.mean),
                min=legs.min,
                max=legs.max,
            )
        )
    if legs is not None and legs.fit.get("answered"):
        fit = legs.fit
        lines.append(
            t(
                "report.legs_fit",
                answers=counted(fit["answered"], "answer"),
                fitting=fit.get("fitting", 0),
                more_doing=fit.get("more-doing", 0),
                more_meaning=fit.get("more-meaning", 0),
                unsure=fit.get("unsure", 0),
            )
        )
    return lines


def sought_line(report: Report) -> str | None:
    sought = report.sought
    if sought is None:
        return None
    listed = ", ".join(f"{t('need.' + need)} {n}" for need, n in sought.needs.items())
    return t(
        "report.sought",
        reflections=counted(sought.answered, "reflection"),
        needs=listed or t("report.none"),
    )


def strain_lines(report: Report) -> list[str]:
    """How many check-ins went through the signs, and those recognised by their own label."""
    strain = report.strain
    if strain is None:
        return []
    signs = "; ".join(
        f"{strain.labels.get(sign, sign)} ({n})" for sign, n in strain.signals.items()
    )
    return [
        t("report.check_ins", count=strain.check_ins),
        t("report.strain") + ": " + (signs or t("report.none")),
    ]
