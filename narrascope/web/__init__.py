"""The dashboard: server-rendered pages (Jinja2, autoescaped) and hand-drawn SVG charts, served by the API app.

Pages: ``/`` corpus overview, ``/search`` search with filters, ``/articles/{id}`` one article with its
layers highlighted. No JavaScript and nothing fetched from elsewhere: the dashboard works offline.
"""
from __future__ import annotations

import threading
import time
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Path, Request
from fastapi import Query as Q
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from .._version import __version__
from ..service import QUERY_LIMITS
from ..settings import Settings
from ..store import HIT_END, HIT_START, ROLES, Query, Store
from .charts import bar_chart, heat_color, line_chart
from .corrections import correction_choices
from .highlight import evidence_html, highlight, linked_notes, snippet_html

_HERE = resources.files(__name__)
#: Seconds the search page reuses the narratives and languages it offers as choices.
CHOICES_TTL = 30.0


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(_HERE / "templates")), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(version=__version__, urlencode=urlencode, heat_color=heat_color, roles=ROLES,
                       evidence_html=evidence_html, linked_notes=linked_notes)
    return env


def _every_day(points: list[tuple[str, int]], most: int = 731) -> list[tuple[str, int]]:
    """``(day, n)`` points with the days between them as zeros, so a three-week gap is drawn three weeks wide
    (up to ``most`` days; a longer span is drawn as given)."""
    from datetime import date, timedelta

    try:
        days = sorted(points)
        first, last = date.fromisoformat(days[0][0][:10]), date.fromisoformat(days[-1][0][:10])
    except (IndexError, ValueError):
        return points
    if (last - first).days > most:
        return points
    have = dict(days)
    return [(d, have.get(d, 0)) for d in ((first + timedelta(n)).isoformat() for n in range((last - first).days + 1))]


def _hidden_count(a) -> int:
    """How many items of ``a`` are below their layer's display target (what ``?all=1`` adds)."""
    n = 0
    if a.narratives is not None:
        n += sum(not x.shown for x in a.narratives.coarse + a.narratives.fine)
    if a.cast is not None:
        n += sum(not m.shown for m in a.cast.protagonists + a.cast.antagonists + a.cast.innocents)
    n += sum(1 for e in a.entities if e.role is not None and not e.role.shown)
    if a.persuasion is not None:
        n += sum(not s.shown for s in a.persuasion.spans)
        n += sum(not t.shown for p in a.persuasion.paragraphs for t in p.techniques)
    return n


def mount_dashboard(app: FastAPI, store: Store, settings: Settings, read: list[Any]) -> None:
    """Add the dashboard pages and ``/static`` to ``app``; ``read`` are the dependencies guarding reads."""
    env = _env()
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")

    def page(name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status_code)

    from .corrections import mount_correction_pages
    from .monitor import mount_monitor_pages

    mount_monitor_pages(app, store, page, read)
    mount_correction_pages(app, store, settings, page, read)
    choices_cache: dict[str, Any] = {"at": -CHOICES_TTL, "value": None}
    choices_lock = threading.Lock()

    def search_choices() -> tuple[list[str], list[str]]:
        # The search form's choices come from the corpus overview, a whole-store query: computed at most
        # every CHOICES_TTL seconds, not on every search.
        with choices_lock:
            if choices_cache["value"] is None or time.monotonic() - choices_cache["at"] > CHOICES_TTL:
                o = store.overview()
                choices_cache["value"] = ([r["label"] for r in o["narratives"] if r["level"] == "coarse"],
                                          [r["language"] for r in o["languages"]])
                choices_cache["at"] = time.monotonic()
            return choices_cache["value"]

    @app.get("/", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def overview() -> HTMLResponse:
        o = store.overview()
        per_day = bar_chart(_every_day([(r["day"], r["n"]) for r in o["per_day"]]))
        trend = line_chart({label: [(r["period"], r["share"]) for r in rows]
                            for label, rows in o["narrative_trend"].items()})
        heat = o["heatmap"]
        cells = {(c["row"], c["col"]): c["n"] for c in heat["cells"]}
        per_row: dict[str, int] = {}
        for (row, _), n in cells.items():
            per_row[row] = per_row.get(row, 0) + n
        rows = sorted(per_row, key=lambda r: -per_row[r])
        return page("overview.html", o=o, per_day=per_day, trend=trend, heat_rows=rows[:12],
                    heat_cols=heat["columns"], heat_axis=heat["axis"], cells=cells,
                    heat_top=max(cells.values(), default=0))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False, dependencies=read)
    def search(request: Request, q: str | None = Q(None, max_length=QUERY_LIMITS["q"]),
               narrative: str | None = Q(None, max_length=QUERY_LIMITS["narrative"]),
               entity: str | None = Q(None, max_length=QUERY_LIMITS["entity"]),
               role: str | None = Q(None, max_length=20),
               technique: str | None = Q(None, max_length=QUERY_LIMITS["technique"]),
               source: str | None = Q(None, max_length=QUERY_LIMITS["source"]),
               language: str | None = Q(None, max_length=10),
               date_from: str | None = Q(None, alias="from", max_length=10),
               date_to: str | None = Q(None, alias="to", max_length=10),
               page_no: int = Q(1, alias="page", ge=1, le=10_000)) -> HTMLResponse:
        # The API's limits, except that the form sends "" for a filter left empty.
        form = {k: v for k, v in request.query_params.items() if v and k != "page"}
        query = Query(text=q or None, narrative=narrative or None, entity=entity or None, role=role or None,
                      technique=technique or None, source=source or None, language=language or None,
                      date_from=date_from or None, date_to=date_to or None)
        size = settings.api_page_size
        result = store.search(query, limit=size, offset=(page_no - 1) * size)
        items = [(i, snippet_html(i.snippet, HIT_START, HIT_END)) for i in result.items]
        narratives, languages = search_choices()
        return page("search.html", form=form, result=result, items=items, page_no=page_no,
                    pages=max(1, -(-result.total // size)), narratives=narratives, languages=languages)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False,
             dependencies=read)
    def article(article_id: int = Path(ge=1, le=2**62),
                show_all: bool = Q(False, alias="all", description=(
                    "Also show items below their layer's display-precision target (marked low confidence)."))
                ) -> HTMLResponse:
        from ..display import shown_only

        found = store.get(article_id)
        if found is None:
            resp = page("not_found.html", message=f"There is no article {article_id} in the store.")
            resp.status_code = 404
            return resp
        rows = store.monitor_rows(ids=[article_id])
        outlet = rows[0].source if rows else None  # the current outlet (a rename relabels the row)
        members = store.story_members()
        story_id = next((m.story_id for m in members if m.article_id == article_id), None)
        story_size = sum(1 for m in members if story_id is not None and m.story_id == story_id)
        full = found.analysis
        corrections: list = []
        if full is not None:  # the reading as corrected by analysts (the model's values stay in `corrections`)
            from ..store.corrections import apply_corrections

            fixes = store.corrections(article=article_id)
            if fixes:
                full, corrections = apply_corrections(full, fixes)
        # precision at display: by default only what clears each layer's target (an analyst's correction always
        # does); ?all=1 shows everything
        a = full if (show_all or full is None) else shown_only(full)
        names = {e.id: e.name for e in a.entities} if a else {}
        top = sorted(a.entities, key=lambda e: -len(e.mentions))[:25] if a else []
        missing = [name for name, layer in (("narratives", a.narratives if a else None),
                                            ("entity roles", a.cast if a else None),
                                            ("persuasion", a.persuasion if a else None)) if layer is None]
        hidden = _hidden_count(full) if full else 0
        return page("article.html", s=found, a=a, meta=a.article if a else None, names=names, top_entities=top,
                    missing=missing, outlet=outlet, story_id=story_id, story_size=story_size,
                    show_all=show_all, hidden=hidden,
                    corrections=corrections, can_correct=bool(settings.token()), choices=correction_choices(),
                    text_html=highlight(found.text, a))
