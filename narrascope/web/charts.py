"""Small hand-drawn SVG charts for the dashboard: no JavaScript, no CDN, works offline.

Every label is escaped; numbers are formatted by us. Charts scale to their container (``viewBox``).
"""
from __future__ import annotations

from markupsafe import Markup, escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def nice_ticks(top: float, n: int = 4, integer: bool = True) -> list[float]:
    """Evenly spaced y-axis ticks from 0 to at least ``top``, at a round step (1, 2, 2.5 or 5 times a power
    of ten; whole numbers when ``integer``): 0..3 becomes 0, 1, 2, 3 rather than just 0 and 3."""
    import math

    if top <= 0:
        return [0, 1]
    raw = top / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    if integer:
        step = max(1, math.ceil(step))
    count = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _y_axis(ticks: list[float], pad_l: float, pad_t: float, h: float, right: float, fmt) -> str:
    top = ticks[-1] or 1
    out = []
    for t in ticks:
        y = pad_t + h - h * t / top
        out.append(f'<line x1="{pad_l}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#eef0f2"/>'
                   f'<text x="{pad_l - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick ytick">{fmt(t)}</text>')
    return "".join(out)


def _x_labels(xs: list[str], xpos, y: float, every: int = 0) -> str:
    """Labels under the x axis: the first and the last, and about six between when there is room."""
    if not xs:
        return ""
    k = every or max(1, -(-len(xs) // 7))
    keep = sorted({0, len(xs) - 1} | set(range(0, len(xs), k)))
    if len(keep) > 2 and keep[-1] - keep[-2] < k / 2:
        keep.pop(-2)
    out = []
    for i in keep:
        anchor = "start" if i == 0 else "end" if i == len(xs) - 1 else "middle"
        out.append(f'<text x="{xpos(i):.1f}" y="{y}" text-anchor="{anchor}" class="tick xtick">{escape(xs[i])}</text>')
    return "".join(out)


def bar_chart(points: list[tuple[str, int]], width: int = 800, height: int = 200, label: str = "articles") -> Markup:
    """Vertical bars, one per (x label, value); first and last x labels drawn under the axis."""
    if not points:
        return Markup('<p class="empty">No dated articles yet.</p>')
    ticks = nice_ticks(max(v for _, v in points))
    top = ticks[-1] or 1
    pad_l, pad_b, pad_t = 36, 22, 8
    w, h = width - pad_l - 4, height - pad_b - pad_t
    step = w / len(points)
    bars = []
    for i, (x, v) in enumerate(points):
        bh = h * v / top
        bars.append(f'<rect x="{pad_l + i * step + step * 0.1:.1f}" y="{pad_t + h - bh:.1f}" '
                    f'width="{max(step * 0.8, 1):.1f}" height="{bh:.1f}" fill="{PALETTE[0]}">'
                    f"<title>{escape(x)}: {v} {escape(label)}</title></rect>")
    axis = (_y_axis(ticks, pad_l, pad_t, h, width - 4, lambda v: f"{v:g}")
            + f'<line x1="{pad_l}" y1="{pad_t + h}" x2="{width - 4}" y2="{pad_t + h}" stroke="#888"/>'
            + _x_labels([x for x, _ in points], lambda i: pad_l + i * step + step / 2, height - 4))
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)} per '
                  f'period">{axis}{"".join(bars)}</svg>')


def line_chart(series: dict[str, list[tuple[str, float]]], width: int = 800, height: int = 240,
               percent: bool = True) -> Markup:
    """One line per series over the union of their x values, with a legend; y is a share when ``percent``."""
    xs = sorted({x for pts in series.values() for x, _ in pts})
    if not xs:
        return Markup('<p class="empty">No dated articles with narratives yet.</p>')
    pad_l, pad_b, pad_t = 44, 22, 8
    w, h = width - pad_l - 8, height - pad_b - pad_t
    xpos = {x: pad_l + (w * i / (len(xs) - 1) if len(xs) > 1 else w / 2) for i, x in enumerate(xs)}
    fmt = (lambda v: f"{v * 100:.0f}%") if percent else (lambda v: f"{v:g}")
    peak = max((v for pts in series.values() for _, v in pts), default=0)
    ticks = [t / 100 for t in nice_ticks(peak * 100)] if percent else nice_ticks(peak)
    top = ticks[-1] or 1
    parts = [_y_axis(ticks, pad_l, pad_t, h, width - 8, fmt),
             f'<line x1="{pad_l}" y1="{pad_t + h}" x2="{width - 8}" y2="{pad_t + h}" stroke="#888"/>',
             _x_labels(xs, lambda i: xpos[xs[i]], height - 4)]
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


def copy_graph(nodes: list[dict], edges: list[tuple[str, str, int, float]], width: int = 640, height: int = 420,
               focus: str | None = None) -> Markup:
    """Who copies whom as a directed graph: ``nodes`` (``{"name", "articles"}``) on a circle, an arrow from
    the outlet copied to the one copying for each ``(origin, copier, stories, median lag hours)``, its width
    by stories. Server-rendered SVG; each node links to its outlet page."""
    import math
    from urllib.parse import quote

    if not edges:
        return Markup('<p class="empty" id="no-copies">No story is carried by two outlets yet, so nobody copies '
                      'anybody.</p>')
    names = [n["name"] for n in nodes]
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 70
    pos = {}
    for i, name in enumerate(names):
        a = -math.pi / 2 + 2 * math.pi * i / max(len(names), 1)
        pos[name] = (cx + r * math.cos(a), cy + r * math.sin(a))
    top = max(e[2] for e in edges) or 1
    parts = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#888"/></marker></defs>']
    for origin, copier, stories, lag in edges:
        (x1, y1), (x2, y2) = pos[origin], pos[copier]
        d = math.hypot(x2 - x1, y2 - y1) or 1
        # Stop short of the circles; bend a little so A->B and B->A do not overlap.
        sx, sy = x1 + (x2 - x1) * 16 / d, y1 + (y2 - y1) * 16 / d
        ex, ey = x2 - (x2 - x1) * 18 / d, y2 - (y2 - y1) * 18 / d
        mx, my = (sx + ex) / 2 + (ey - sy) * 0.12, (sy + ey) / 2 - (ex - sx) * 0.12
        hot = focus in (origin, copier)
        parts.append(f'<path class="copy-edge" d="M {sx:.1f} {sy:.1f} Q {mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}" '
                     f'fill="none" stroke="{PALETTE[1] if hot else "#9aa4ae"}" '
                     f'stroke-width="{1 + 4 * stories / top:.1f}" marker-end="url(#arrow)"><title>{escape(copier)} '
                     f'copies {escape(origin)}: {stories} stories, median lag {lag:g} h</title></path>')
    for n in nodes:
        x, y = pos[n["name"]]
        anchor = "start" if x > cx + 1 else "end" if x < cx - 1 else "middle"
        dx = 18 if anchor == "start" else -18 if anchor == "end" else 0
        dy = -18 if y < cy and anchor == "middle" else 26 if anchor == "middle" else 4
        parts.append(f'<a href="/outlets/{quote(n["name"], safe="")}"><circle class="outlet-node" cx="{x:.1f}" '
                     f'cy="{y:.1f}" r="12" fill="{PALETTE[0] if n["name"] != focus else PALETTE[1]}">'
                     f'<title>{escape(n["name"])}: {n["articles"]} articles</title></circle>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" class="tick node-label">'
                     f'{escape(n["name"][:28])}</text></a>')
    return Markup(f'<svg class="chart copy-graph" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="who copies whom">{"".join(parts)}</svg>')
