"""The Structural Summary Method for a profile of eight octant scores on the interpersonal
circle (Gurtman's method, as the circumplex literature uses it).

The octants sit 45° apart, friendly at 0° and dominant at 90°. A profile is summarised by the
cosine curve that fits it best: its elevation (the mean score), its amplitude (how far the
profile leans to one side), its angular displacement (where it leans to) and the fit R² of
the curve. A direction means something only when the curve fits; the report shows it only when
R² is at least `FIT`."""

from __future__ import annotations

import math
from collections.abc import Sequence

from afstand.i18n import t
from afstand.report.model import Summary

FIT = 0.70

# degrees of each octant, in the order of KNOWN_TAGS["octant"]
ANGLES = {
    "dominant": 90.0,
    "hostile-dominant": 135.0,
    "hostile": 180.0,
    "hostile-submissive": 225.0,
    "submissive": 270.0,
    "friendly-submissive": 315.0,
    "friendly": 0.0,
    "friendly-dominant": 45.0,
}


def structural_summary(
    scores: Sequence[float], names: Sequence[str]
) -> tuple[float, float, float, float | None]:
    """(elevation, amplitude, displacement in degrees 0..360, R² or None for a flat profile)."""
    angles = [math.radians(ANGLES[name]) for name in names]
    count = len(scores)
    elevation = sum(scores) / count
    x = 2 / count * sum(s * math.cos(a) for s, a in zip(scores, angles, strict=True))
    y = 2 / count * sum(s * math.sin(a) for s, a in zip(scores, angles, strict=True))
    amplitude = math.hypot(x, y)
    displacement = math.degrees(math.atan2(y, x)) % 360
    spread = sum((s - elevation) ** 2 for s in scores)
    if spread <= 1e-12:
        return elevation, amplitude, displacement, None
    curve = [elevation + amplitude * math.cos(a - math.radians(displacement)) for a in angles]
    residual = sum((s - c) ** 2 for s, c in zip(scores, curve, strict=True))
    return elevation, amplitude, displacement, max(0.0, 1 - residual / spread)


def nearest(displacement: float) -> str:
    return min(ANGLES, key=lambda name: abs((ANGLES[name] - displacement + 180) % 360 - 180))


def summarise(
    shares: Sequence[float], with_message: int, minimum: int, names: Sequence[str]
) -> Summary:
    elevation, amplitude, displacement, fit = structural_summary(shares, names)
    reason = None
    if with_message < minimum:
        reason = t("circle.reason.few", count=with_message, minimum=minimum)
    elif fit is None:
        reason = t("circle.reason.flat")
    elif fit < FIT:
        reason = t("circle.reason.fit", fit=_two(fit))
    return Summary(
        elevation=round(elevation, 3),
        amplitude=round(amplitude, 3),
        displacement=round(displacement, 1),
        fit=round(fit, 3) if fit is not None else None,
        direction=nearest(displacement) if reason is None else None,
        reason=reason,
    )


def _two(value: float) -> str:
    from afstand.i18n import number

    return number(value, 2)
