"""Charts as inline SVG: no script, no external file, legible in print and to a screen reader
(`role="img"`, a `<title>` and a `<desc>` that says what the chart shows in words)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH = 720
FONT = 12


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _open(chart_id: str, title: str, desc: str, height: int, width: int = WIDTH) -> list[str]:
    return [
        f'<svg class="chart" id="{_e(chart_id)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{_e(chart_id)}-title {_e(chart_id)}-desc" '
        f'preserveAspectRatio="xMidYMid meet">',
        f'<title id="{_e(chart_id)}-title">{_e(title)}</title>',
        f'<desc id="{_e(chart_id)}-desc">{_e(desc)}</desc>',
    ]


def _empty(chart_id: str, title: str, desc: str, message: str) -> str:
    parts = _open(chart_id, title, desc, 60)
    parts.append(
        f'<text x="{WIDTH // 2}" y="34" text-anchor="middle" class="muted">{_e(message)}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


def _ticks(count: int, most: int = 8) -> list[int]:
    """Up to `most` evenly spread indexes of `count` points, always the first and the last."""
    if count <= 0:
        return []
    if count <= most:
        return list(range(count))
    step = (count - 1) / (most - 1)
    return sorted({round(i * step) for i in range(most)})


def _nice_max(value: int) -> tuple[int, int]:
    """A round top for a count axis, and its step."""
    if value <= 5:
        return max(value, 1), 1
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value / step <= 6:
            return -(-value // step) * step, step
    step = 10 ** (len(str(value)) - 1)
    return -(-value // step) * step, step


def grouped_bars(
    chart_id: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    empty: str,
    has_data: bool | None = None,
) -> str:
    """Bars side by side per period: `series` is (legend text, css class, one count per label).
    "No data" only when nothing was asked (`has_data`); zeros are drawn as zeros."""
    biggest = max((value for _, _, values in series for value in values), default=0)
    if not labels or (has_data is False) or (has_data is None and biggest == 0):
        return _empty(chart_id, title, desc, empty)
    height, left, right, top, bottom = 290, 50, WIDTH - 40, 44, 246
    top_value, step = _nice_max(biggest + 1)  # room above the highest bar
    parts = _open(chart_id, title, desc, height)
    legend_x = left
    for text, css, _ in series:
        parts.append(f'<rect x="{legend_x}" y="10" width="14" height="14" class="{_e(css)}"/>')
        parts.append(f'<text x="{legend_x + 20}" y="22">{_e(text)}</text>')
        legend_x += 30 + int(len(text) * FONT * 0.55)

    def y(value: float) -> float:
        return bottom - value * (bottom - top) / top_value

    for value in range(0, top_value + 1, step):
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{y(value):.1f}" y2="{y(value):.1f}" class="grid"/>'
        )
        parts.append(
            f'<text x="{left - 8}" y="{y(value) + 4:.1f}" text-anchor="end">{value}</text>'
        )
    group = (right - left) / len(labels)
    bar = max(0.6, group * 0.8 / len(series))
    for index, label in enumerate(labels):
        start = left + index * group + group * 0.1
        for number, (text, css, values) in enumerate(series):
            value = values[index]
            if value:
                parts.append(
                    f'<rect x="{start + number * bar:.2f}" y="{y(value):.1f}" width="{bar:.2f}" '
                    f'height="{bottom - y(value):.1f}" class="{_e(css)}">'
                    f"<title>{_e(label)}: {_e(text)} {value}</title></rect>"
                )
    for index in _ticks(len(labels), 7):
        center = left + (index + 0.5) * group
        parts.append(
            f'<line x1="{center:.1f}" x2="{center:.1f}" y1="{bottom}" '
            f'y2="{bottom + 5}" class="axis"/>'
        )
        parts.append(
            f'<text x="{center:.1f}" y="{bottom + 20}" text-anchor="middle">'
            f"{_e(labels[index])}</text>"
        )
    parts.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" class="axis"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def circle(
    chart_id: str,
    title: str,
    desc: str,
    octants: Sequence[tuple[str, float, float, int, str]],
    arrow: float | None,
    axes: tuple[str, str, str, str],
) -> str:
    """Kiesler's circle: `octants` as (label, angle in degrees, share 0..1, count, clients);
    a wedge per octant as long as its share (the most frequent reaches the rim), and an arrow
    at `arrow` degrees when given.
    `axes`: the words at the top, right, bottom and left."""
    import math

    size, width, radius = 420, 560, 140
    cx, cy = width / 2, 210
    parts = _open(chart_id, title, desc, size, width)
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="{radius}" class="plot"/>')
    for ring in (0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<circle cx="{cx}" cy="{cy}" r="{radius * ring:.1f}" fill="none" class="grid"/>'
        )
    for index in range(8):
        angle = math.radians(index * 45 + 22.5)
        parts.append(
            f'<line x1="{cx}" y1="{cy}" x2="{cx + radius * math.cos(angle):.1f}" '
            f'y2="{cy - radius * math.sin(angle):.1f}" class="grid"/>'
        )
    biggest = max((share for _, _, share, _, _ in octants), default=0.0)
    for label, degrees, share, count, clients in octants:
        angle = math.radians(degrees)
        if share > 0:
            reach = radius * share / biggest  # the most frequent message reaches the rim
            a1, a2 = math.radians(degrees - 20), math.radians(degrees + 20)
            parts.append(
                f'<path d="M {cx} {cy} L {cx + reach * math.cos(a1):.1f} '
                f"{cy - reach * math.sin(a1):.1f} A {reach:.1f} {reach:.1f} 0 0 0 "
                f'{cx + reach * math.cos(a2):.1f} {cy - reach * math.sin(a2):.1f} Z" class="bar">'
                f"<title>{_e(label)}: {count}</title></path>"
            )
        lx, ly = cx + (radius + 18) * math.cos(angle), cy - (radius + 18) * math.sin(angle)
        anchor = "middle"
        if math.cos(angle) > 0.3:
            anchor = "start"
        elif math.cos(angle) < -0.3:
            anchor = "end"
        parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{_e(label)}</text>')
        parts.append(
            f'<text x="{lx:.1f}" y="{ly + 14:.1f}" text-anchor="{anchor}" class="muted">'
            f"{_e(str(count) + ' · ' + clients)}</text>"
        )
    top, right, bottom, left = axes
    parts.append(f'<text x="{cx}" y="16" text-anchor="middle" class="muted">{_e(top)}</text>')
    parts.append(
        f'<text x="{cx}" y="{size - 4}" text-anchor="middle" class="muted">{_e(bottom)}</text>'
    )
    # the horizontal axis in the upper corners, clear of the octants' labels
    parts.append(
        f'<text x="{width - 4}" y="16" text-anchor="end" class="muted">{_e(right)} →</text>'
    )
    parts.append(f'<text x="4" y="16" class="muted">← {_e(left)}</text>')
    if arrow is not None:
        angle = math.radians(arrow)
        tip_x, tip_y = cx + radius * 0.85 * math.cos(angle), cy - radius * 0.85 * math.sin(angle)
        head = 10
        left_x = tip_x - head * math.cos(angle - 0.4)
        left_y = tip_y + head * math.sin(angle - 0.4)
        right_x = tip_x - head * math.cos(angle + 0.4)
        right_y = tip_y + head * math.sin(angle + 0.4)
        parts.append(f'<line x1="{cx}" y1="{cy}" x2="{tip_x:.1f}" y2="{tip_y:.1f}" class="arrow"/>')
        parts.append(
            f'<polygon points="{tip_x:.1f},{tip_y:.1f} {left_x:.1f},{left_y:.1f} '
            f'{right_x:.1f},{right_y:.1f}" class="arrowhead"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
