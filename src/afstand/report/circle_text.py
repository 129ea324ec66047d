"""Kiesler's interpersonal circle as text: the eight octants around a centre, dominant at the
top and friendly on the right, each with its count and clients; an arrow in the centre only
when the report found a main direction. Unicode where the terminal can show it, else plain."""

from __future__ import annotations

from afstand.i18n import counted
from afstand.report.model import Circle, Octant

CELL = 26
# the octants on a 3 × 3 grid; None is the centre
GRID = (
    ("hostile-dominant", "dominant", "friendly-dominant"),
    ("hostile", None, "friendly"),
    ("hostile-submissive", "submissive", "friendly-submissive"),
)
ARROWS = {
    "dominant": ("↑", "^"),
    "friendly-dominant": ("↗", "/"),
    "friendly": ("→", ">"),
    "friendly-submissive": ("↘", "\\"),
    "submissive": ("↓", "v"),
    "hostile-submissive": ("↙", "/"),
    "hostile": ("←", "<"),
    "hostile-dominant": ("↖", "\\"),
}


def _fit(text: str, width: int = CELL - 2) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cell(octant: Octant, unicode: bool, biggest: int) -> tuple[str, str]:
    name = octant.short
    if octant.count == 0:
        return _fit(name), "0"
    block, times, dot = ("█", "×", "·") if unicode else ("#", "x", "-")
    bar = block * max(1, round(octant.count / biggest * 6)) if biggest else ""
    clients = counted(octant.clients, "client")
    return _fit(name), _fit(f"{octant.count}{times} {dot} {clients} {bar}")


def _centre(circle: Circle, unicode: bool) -> tuple[str, str]:
    summary = circle.summary
    if summary is not None and summary.direction is not None:
        return ARROWS[summary.direction][0 if unicode else 1], ""
    return ("┼" if unicode else "+"), ""


def draw(circle: Circle, unicode: bool = True) -> list[str]:
    """The circle as lines of at most 80 characters (indented by two): dominant at the top,
    friendly on the right, an arrow in the centre for the main direction when there is one."""
    by_id = {o.id: o for o in circle.octants}
    biggest = max((o.count for o in circle.octants), default=0)
    lines: list[str] = []
    for row in GRID:
        cells = [
            _centre(circle, unicode) if name is None else _cell(by_id[name], unicode, biggest)
            for name in row
        ]
        for index in range(2):
            parts = [
                cells[0][index].ljust(CELL - 2),
                cells[1][index].center(CELL - 2),
                cells[2][index].rjust(CELL - 2),
            ]
            lines.append(("  " + "  ".join(parts)).rstrip())
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return lines
