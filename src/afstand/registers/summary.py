"""Progress in one line, for `afstand status` and for the top of `afstand hours`."""

from __future__ import annotations

from collections.abc import Sequence

from afstand.i18n import counted, t
from afstand.registers.counting import Progress
from afstand.registers.words import hours, hours_count


def register_line(progress: Progress, lang: str) -> str:
    """`SKJ: 42 of 60 hours, 18 to go by 2027-02-28` and the like."""
    profile = progress.profile
    name = profile.id.upper()
    if progress.period_needs_start:
        return t("registers.line.no_start", register=name)
    parts: list[str] = []
    remaining = progress.remaining_minutes
    required = progress.required_minutes
    if required is not None and remaining is not None:
        key = "registers.line.done" if remaining == 0 else "registers.line.hours"
        if remaining > 0 and progress.end is not None and progress.today > progress.end:
            key = "registers.line.ended"
        parts.append(
            t(
                key,
                counted=hours(progress.counted_minutes),
                required=hours(required),
                remaining=hours(remaining),
                end=progress.end.isoformat() if progress.end else "",
            )
        )
    else:
        unit = "points" if profile.unit == "points" else "hours"
        parts.append(
            t(
                f"registers.line.{unit}_only",
                counted=hours(progress.counted_minutes),
                count=hours_count(progress.counted_minutes),
            )
        )
    if profile.monthly is not None:
        short = len(progress.short_months)
        parts.append(t("registers.line.months_short", count=short))
    if profile.gap_months is not None and progress.gaps:
        parts.append(t("registers.line.gaps", count=len(progress.gaps)))
    unfit = [s for s in progress.series if not s.fits]
    if profile.series is not None and progress.series:
        parts.append(
            t(
                "registers.line.series",
                fit=len(progress.series) - len(unfit),
                series=counted(len(progress.series), "series"),
            )
        )
    return f"{name}: " + ", ".join(parts)


def summary_line(progresses: Sequence[Progress], lang: str) -> str:
    """Every register the user is in, on one line; `afstand status` shows it as it is."""
    if not progresses:
        return t("registers.line.none")
    return "; ".join(register_line(progress, lang) for progress in progresses)
