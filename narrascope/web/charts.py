"""Small hand-drawn SVG charts for the dashboard: no JavaScript, no CDN, works offline.

Every label is escaped; numbers are formatted by us. Charts scale to their container (``viewBox``).
"""
from __future__ import annotations

from markupsafe import Markup, escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def bar_chart(points: list[tuple[str, int]], width: int = 800, height: int = 200, label: str = "articles") -> Markup:
    """Vertical bars, one per (x label, value); first and last x labels drawn under the axis."""
    if not points:
        return Markup('<p class="empty">No dated articles yet.</p>')
    top = max(v for _, v in points) or 1
    pad_l, pad_b, pad_t = 36, 22, 8
    w, h = width - pad_l - 4, height - pad_b - pad_t
    step = w / len(points)
    bars = []
    for i, (x, v) in enumerate(points):
        bh = h * v / top
        bars.append(f'<rect x="{pad_l + i * step + step * 0.1:.1f}" y="{pad_t + h - bh:.1f}" '
                    f'width="{max(step * 0.8, 1):.1f}" height="{bh:.1f}" fill="{PALETTE[0]}">'
                    f"<title>{escape(x)}: {v} {escape(label)}</title></rect>")
    axis = (f'<line x1="{pad_l}" y1="{pad_t + h}" x2="{width - 4}" y2="{pad_t + h}" stroke="#888"/>'
            f'<text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end" class="tick">{top}</text>'
            f'<text x="{pad_l - 4}" y="{pad_t + h}" text-anchor="end" class="tick">0</text>'
            f'<text x="{pad_l}" y="{height - 4}" class="tick">{escape(points[0][0])}</text>'
            f'<text x="{width - 4}" y="{height - 4}" text-anchor="end" class="tick">{escape(points[-1][0])}</text>')
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)} per '
                  f'period">{axis}{"".join(bars)}</svg>')


def line_chart(series: dict[str, list[tuple[str, float]]], width: int = 800, height: int = 240,
               percent: bool = True) -> Markup:
    """One line per series over the union of their x values, with a legend; y is a share when ``percent``."""
    xs = sorted({x for pts in series.values() for x, _ in pts})
    if not xs:
        return Markup('<p class="empty">No dated articles with narratives yet.</p>')
    top = max((v for pts in series.values() for _, v in pts), default=0) or 1
    pad_l, pad_b, pad_t = 44, 22, 8
    w, h = width - pad_l - 8, height - pad_b - pad_t
    xpos = {x: pad_l + (w * i / (len(xs) - 1) if len(xs) > 1 else w / 2) for i, x in enumerate(xs)}
    fmt = (lambda v: f"{v * 100:.0f}%") if percent else (lambda v: f"{v:g}")
    parts = [f'<line x1="{pad_l}" y1="{pad_t + h}" x2="{width - 8}" y2="{pad_t + h}" stroke="#888"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end" class="tick">{fmt(top)}</text>',
             f'<text x="{pad_l - 4}" y="{pad_t + h}" text-anchor="end" class="tick">0</text>',
             f'<text x="{pad_l}" y="{height - 4}" class="tick">{escape(xs[0])}</text>',
             f'<text x="{width - 8}" y="{height - 4}" text-anchor="end" class="tick">{escape(xs[-1])}</text>']
    legend = []
    for n, (name, pts) in enumerate(series.items()):
        color = PALETTE[n % len(PALETTE)]
        coords = " ".join(f"{xpos[x]:.1f},{pad_t + h - h * v / top:.1f}" for x, v in pts)
        parts.append(f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2">'
                     f"<title>{escape(name)}</title></polyline>")
        for x, v in pts:
            parts.append(f'<circle cx="{xpos[x]:.1f}" cy="{pad_t + h - h * v / top:.1f}" r="3" fill="{color}">'
                         f"<title>{escape(name)} · {escape(x)}: {fmt(v)}</title></circle>")
        legend.append(f'<li><span class="swatch" style="background:{color}"></span>{escape(name)}</li>')
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="narrative trend">'
                  f'{"".join(parts)}</svg><ul class="legend">{"".join(legend)}</ul>')


def heat_color(value: int, top: int) -> str:
    """A blue of intensity value/top, as a CSS colour (white for zero)."""
    if not value or not top:
        return "#ffffff"
    t = value / top
    r, g, b = (int(255 + (c - 255) * (0.15 + 0.85 * t)) for c in (31, 119, 180))
    return f"rgb({r},{g},{b})"
