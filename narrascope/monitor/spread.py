"""Narrative spread and entity role drift, computed from the store's light article rows.

- :func:`narrative_spread`: for one narrative label (coarse or fine), the first articles that carried it,
  each outlet's first article with its lag after the very first one, and per day/week the articles and
  distinct outlets carrying it.
- :func:`narratives_overview`: every narrative with its first carrier, outlets and articles (for a list).
- :func:`role_drift`: for one entity, per source and period, how often each main role was given, the
  dominant role, and the periods where the dominant role changed (a drift).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from statistics import median
from typing import Any

from ..errors import UsageError
from ..store import ROLES, MonitorRow, Query, Store
from .common import article_ref, check_day, day_of, days_between, entity_aliases, fill_periods, period, story_of, when

NO_SOURCE = "(unknown source)"


def _rows(store: Store, since: str | None, until: str | None, **filters: Any) -> list[MonitorRow]:
    return store.monitor_rows(Query(date_from=check_day(since, "since"), date_to=check_day(until, "until"), **filters))


def _has(row: MonitorRow, label: str) -> bool:
    want = label.strip().casefold()
    return any(lab.casefold() == want for _, lab in row.narratives)


def narrative_spread(store: Store, narrative: str, by: str = "day", first: int = 5, since: str | None = None,
                     until: str | None = None) -> dict[str, Any]:
    """How one narrative spread: first articles, each outlet's first carrier and lag, and outlets per period."""
    if not narrative or not narrative.strip():
        raise UsageError("give a narrative label, e.g. 'URW: Discrediting Ukraine'")
    period("2025-01-01", by)  # validates ``by``
    rows = sorted((r for r in _rows(store, since, until, narrative=narrative) if _has(r, narrative)),
                  key=lambda r: (when(r), r.id))
    levels = {lvl for r in rows for lvl, lab in r.narratives if lab.casefold() == narrative.strip().casefold()}
    out: dict[str, Any] = {"narrative": narrative.strip(), "level": sorted(levels)[0] if levels else None,
                           "by": by, "articles": len(rows), "outlets": 0, "first_articles": [], "carriers": [],
                           "stories": 0, "per_period": [], "lag_days": {"median": None, "max": None}}
    if not rows:
        return out
    t0 = when(rows[0])
    carriers: dict[str, dict[str, Any]] = {}
    for r in rows:
        src = r.source or NO_SOURCE
        if src not in carriers:
            carriers[src] = {"source": src, "first_article": article_ref(r), "first_seen": when(r),
                             "lag_days": days_between(t0, when(r)), "articles": 0}
        carriers[src]["articles"] += 1
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"articles": 0, "sources": set(), "new_sources": 0,
                                                          "stories": set()})
    seen: set[str] = set()
    story = story_of(store)
    for r in rows:
        p = per[period(day_of(r), by)]
        p["articles"] += 1
        p["stories"].add(story.get(r.id, r.id))
        src = r.source or NO_SOURCE
        p["sources"].add(src)
        if src not in seen:
            seen.add(src)
            p["new_sources"] += 1
    lags = [c["lag_days"] for c in carriers.values()][1:]
    out.update({
        "outlets": len(carriers),
        "first_articles": [article_ref(r) for r in rows[:first]],
        "carriers": list(carriers.values()),
        "stories": len({story.get(r.id, r.id) for r in rows}),
        "per_period": [{"period": k, "articles": v["articles"], "stories": len(v["stories"]),
                        "outlets": len(v["sources"]), "new_outlets": v["new_sources"]}
                       for k, v in sorted(fill_periods(per, by).items())],
        "lag_days": {"median": median(lags) if lags else None, "max": max(lags) if lags else None},
    })
    return out


def narratives_overview(store: Store, since: str | None = None, until: str | None = None,
                        level: str | None = None) -> list[dict[str, Any]]:
    """Every narrative label with its articles, stories, outlets and first carrier, most stories first.

    An article counts once per label, even when the label is both its coarse and its fine narrative ("Other").
    ``stories`` counts copies of one story once (articles not yet in a story count as their own)."""
    first: dict[str, tuple[str, MonitorRow]] = {}
    arts: Counter[str] = Counter()
    stories: dict[str, set[int]] = defaultdict(set)
    outlets: dict[str, set[str]] = defaultdict(set)
    levels: dict[str, str] = {}
    story = story_of(store)
    for r in _rows(store, since, until):
        labels: dict[str, str] = {}
        for lvl, lab in r.narratives:
            if (level and lvl != level) or lab in labels:
                continue
            labels[lab] = lvl
        for lab, lvl in labels.items():
            levels.setdefault(lab, lvl)
            arts[lab] += 1
            stories[lab].add(story.get(r.id, r.id))
            outlets[lab].add(r.source or NO_SOURCE)
            w = when(r)
            if lab not in first or (w, r.id) < (first[lab][0], first[lab][1].id):
                first[lab] = (w, r)
    order = sorted(arts, key=lambda lab: (-len(stories[lab]), -arts[lab], lab))
    return [{"narrative": lab, "level": levels[lab], "articles": arts[lab], "stories": len(stories[lab]),
             "outlets": len(outlets[lab]), "first_seen": first[lab][0], "first_source": first[lab][1].source,
             "first_article": first[lab][1].id} for lab in order]


def role_drift(store: Store, entity: str, by: str = "week", since: str | None = None,
               until: str | None = None) -> dict[str, Any]:
    """Per source and period, the main roles ``entity`` was given, the dominant one and where it changed."""
    if not entity or not entity.strip():
        raise UsageError("give an entity name, e.g. NATO")
    period("2025-01-01", by)
    rows = _rows(store, since, until)
    alias = entity_aliases(rows)
    want = entity.strip().casefold()
    canonical = alias.get(want, want)
    norms = {canonical} | {short for short, full in alias.items() if full == canonical}
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    articles: dict[str, int] = Counter()
    name = entity.strip()
    for r in rows:
        mine = [(n, nm, role) for n, nm, role in r.entities if nm in norms]
        if not mine:
            continue
        roles = {role for _, _, role in mine if role}
        for n, nm, _ in mine:
            if nm == canonical:
                name = n
        src = r.source or NO_SOURCE
        articles[src] += 1
        for role in roles:
            counts[src][period(day_of(r), by)][role] += 1
    sources = []
    for src in sorted(counts, key=lambda s: (-articles[s], s)):
        periods, shifts, prev = [], [], None
        for p in sorted(counts[src]):
            c = counts[src][p]
            total = sum(c.values())
            dominant = max(ROLES, key=lambda role: (c[role], -ROLES.index(role)))
            periods.append({"period": p, **{role: c[role] for role in ROLES}, "dominant": dominant,
                            "dominant_share": round(c[dominant] / total, 3)})
            if prev is not None and prev[1] != dominant:
                shifts.append({"from_period": prev[0], "to_period": p, "from_role": prev[1], "to_role": dominant})
            prev = (p, dominant)
        sources.append({"source": src, "articles": articles[src], "periods": periods, "shifts": shifts})
    return {"entity": name, "aliases": sorted(norms - {canonical}), "by": by, "sources": sources,
            "shifts": sum(len(s["shifts"]) for s in sources)}
