"""Dashboard pages of the monitor: stories (a timeline by outlet with the shared narratives and cast), narrative
spread (chart and first carriers), entity role drift per source, and alerts. Server-rendered, no JavaScript."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Path
from fastapi import Query as Q
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from ..store import Store
from .charts import PALETTE, line_chart

ROLE_CLASS = {"Protagonist": "role-pro", "Antagonist": "role-ant", "Innocent": "role-inn"}


def _t(when: str) -> float:
    return datetime.fromisoformat(when if "T" in when else when + "T00:00:00").timestamp()


def timeline(articles: list[dict[str, Any]], width: int = 800) -> Markup:
    """One row per outlet (in order of first appearance), one linked dot per article at its time."""
    if not articles:
        return Markup('<p class="empty">No articles.</p>')
    outlets: list[str] = []
    for a in articles:
        if (a["source"] or "?") not in outlets:
            outlets.append(a["source"] or "?")
    t0, t1 = _t(articles[0]["when"]), max(_t(a["when"]) for a in articles)
    span = (t1 - t0) or 1.0
    pad_l, row, pad_t = 160, 26, 10
    w = width - pad_l - 20
    height = pad_t + row * len(outlets) + 24
    parts = []
    for i, o in enumerate(outlets):
        y = pad_t + row * i + row / 2
        parts.append(f'<text x="{pad_l - 8}" y="{y + 4:.0f}" text-anchor="end" class="tick">{escape(o[:24])}</text>'
                     f'<line x1="{pad_l}" y1="{y:.0f}" x2="{width - 20}" y2="{y:.0f}" stroke="#e3e6ea"/>')
    for a in articles:
        i = outlets.index(a["source"] or "?")
        x = pad_l + (w * (_t(a["when"]) - t0) / span if t1 > t0 else w / 2)
        y = pad_t + row * i + row / 2
        color = PALETTE[i % len(PALETTE)]
        parts.append(f'<a href="/articles/{a["id"]}"><circle class="story-dot" cx="{x:.1f}" cy="{y:.1f}" r="6" '
                     f'fill="{color}"><title>{escape(a["when"])} · {escape(a["source"] or "?")} · '
                     f'{escape(a["title"] or "(untitled)")}</title></circle></a>')
    base = pad_t + row * len(outlets) + 16
    parts.append(f'<text x="{pad_l}" y="{base}" class="tick">{escape(articles[0]["when"])}</text>'
                 f'<text x="{width - 20}" y="{base}" text-anchor="end" class="tick">'
                 f'{escape(max(a["when"] for a in articles))}</text>')
    return Markup(f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="articles by outlet over time">{"".join(parts)}</svg>')


def mount_monitor_pages(app: FastAPI, store: Store, page: Callable[..., HTMLResponse], read: list[Any]) -> None:
    """Add ``/stories``, ``/stories/{id}``, ``/narratives``, ``/narratives/spread``, ``/entities/{name}`` and
    ``/alerts`` to the dashboard."""
    import threading

    from ..monitor import alerts, get_story, list_stories, narrative_spread, narratives_overview, role_drift

    lock = threading.Lock()

    def not_found(message: str) -> None:
        from ..api.errors import ApiError

        raise ApiError(404, message, "not_found")

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def stories(level: str = Q("story", pattern="^(story|event)$"), min_articles: int = Q(2, ge=1, le=100_000),
                page_no: int = Q(1, alias="page", ge=1, le=10_000)) -> HTMLResponse:
        with lock:
            found = list_stories(store, level=level, min_articles=min_articles)
        size = 25
        return page("stories.html", stories=found[(page_no - 1) * size:page_no * size], total=len(found),
                    level=level, min_articles=min_articles, page_no=page_no, pages=max(1, -(-len(found) // size)))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def story(story_id: int = Path(ge=1, le=2**62), level: str = Q("story", pattern="^(story|event)$")) -> HTMLResponse:
        with lock:
            s = get_story(store, story_id, level=level)
        if s is None:
            not_found(f"no {level} {story_id} in the store")
        return page("story.html", s=s, level=level, chart=timeline(s["articles"]), role_class=ROLE_CLASS)

    @app.get("/narratives", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def narratives() -> HTMLResponse:
        return page("narratives.html", items=narratives_overview(store))

    @app.get("/narratives/spread", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def spread(narrative: str = Q(min_length=1, max_length=300), by: str = Q("day", pattern="^(day|week)$")
               ) -> HTMLResponse:
        sp = narrative_spread(store, narrative, by=by)
        chart = line_chart({"outlets": [(p["period"], p["outlets"]) for p in sp["per_period"]],
                            "articles": [(p["period"], p["articles"]) for p in sp["per_period"]]}, percent=False)
        return page("spread.html", sp=sp, chart=chart, by=by)

    @app.get("/entities/{name}", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def entity(name: str = Path(min_length=1, max_length=300), by: str = Q("week", pattern="^(day|week)$")
               ) -> HTMLResponse:
        d = role_drift(store, name, by=by)
        periods = sorted({p["period"] for s in d["sources"] for p in s["periods"]})
        cells = {(s["source"], p["period"]): p for s in d["sources"] for p in s["periods"]}
        return page("entity.html", d=d, periods=periods, cells=cells, by=by, role_class=ROLE_CLASS)

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def alerts_page(by: str = Q("day", pattern="^(day|week)$")) -> HTMLResponse:
        from ..monitor import AlertRule

        return page("alerts.html", result=alerts(store, rule=AlertRule(by=by)), by=by)
