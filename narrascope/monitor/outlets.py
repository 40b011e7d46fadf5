"""Outlets: renaming and merging them, and their profiles.

An outlet is the ``source`` of its articles: ``watch`` stores each page under its site's outlet (see
:mod:`narrascope.readers.outlets`). :func:`rename_outlet` and :func:`merge_outlets` relabel stored articles and
leave aliases, so later ``watch`` runs use the new name.

A profile (:func:`outlet_profiles`) says, for each outlet:

- ``articles`` and ``stories`` (copies of one story once), ``per_period``: articles per week (or day), every
  period from its first to its last article, empty ones as 0;
- ``narratives`` ({label: articles}, a label once per article) and ``narrative_mix``: each label's share of
  the outlet's articles beside its share of the corpus (``ratio`` > 1: the outlet carries it more);
- ``first_carrier``: of how many narratives it carried the corpus's first article (``first_carrier_of`` names
  them);
- ``persuasion``: technique spans per 1,000 words;
- ``cast``: how it casts the corpus's most frequent entities (its role counts and dominant role beside the
  corpus's dominant role), entities merged across the corpus ("Putin" = "Vladimir Putin");
- ``copies_from`` and ``copied_by``: from stories (near-duplicate groups) carried by several outlets, the
  outlet whose article came first is the one copied; for each other outlet, how many stories and the median
  lag in hours after the first. Lists of ``{outlet, stories, median_lag_hours}``, most stories first.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from statistics import median
from typing import Any

from ..errors import UsageError
from ..store import ROLES, MonitorRow, Query, Store
from .common import _dt, day_of, entity_aliases, fill_periods, period, story_of, when

NO_SOURCE = "(unknown source)"


def _names(store: Store) -> dict[str, str]:
    return {o["name"].casefold(): o["name"] for o in store.outlets()}


def rename_outlet(store: Store, old: str, new: str) -> int:
    """Rename outlet ``old`` to ``new`` (its articles relabelled; a later watch run follows the rename).
    Renaming onto an existing outlet merges them. Returns how many articles changed."""
    new = (new or "").strip()
    if not new:
        raise UsageError("give the new outlet name")
    known = _names(store)
    if (old or "").strip().casefold() not in known:
        raise UsageError(f"no outlet {old!r} in the store; `narrascope outlets` lists them")
    return store.relabel_outlets([known[old.strip().casefold()]], new)


def merge_outlets(store: Store, names: list[str], into: str) -> int:
    """Merge the outlets ``names`` into ``into`` (which may be new or one of them); returns how many articles
    changed."""
    into = (into or "").strip()
    if not into:
        raise UsageError("give the outlet to merge into (--into NAME)")
    known = _names(store)
    missing = [n for n in names if n.strip().casefold() not in known]
    if missing:
        raise UsageError(f"no outlet {missing[0]!r} in the store; `narrascope outlets` lists them")
    if not names:
        raise UsageError("give the outlets to merge")
    return store.relabel_outlets([known[n.strip().casefold()] for n in names], into)


def _labels(r: MonitorRow) -> set[str]:
    return {lab for _, lab in r.narratives}


def _copy_network(rows: list[MonitorRow], story: dict[int, int]) -> tuple[dict, dict]:
    """``copies_from[outlet][origin]`` and ``copied_by[origin][outlet]``: lags in hours, one per story."""
    groups: dict[int, list[MonitorRow]] = defaultdict(list)
    for r in rows:
        if r.id in story:
            groups[story[r.id]].append(r)
    copies_from: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    copied_by: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for members in groups.values():
        first: dict[str, tuple[str, int]] = {}
        for r in sorted(members, key=lambda r: (when(r), r.id)):
            first.setdefault(r.source or NO_SOURCE, (when(r), r.id))
        if len(first) < 2:
            continue
        origin, (t0, _) = min(first.items(), key=lambda kv: kv[1])
        for outlet, (t, _) in first.items():
            if outlet == origin:
                continue
            lag = round((_dt(t) - _dt(t0)).total_seconds() / 3600, 2)
            copies_from[outlet][origin].append(lag)
            copied_by[origin][outlet].append(lag)
    return copies_from, copied_by


def _links(d: dict[str, list[float]]) -> list[dict[str, Any]]:
    out = [{"outlet": o, "stories": len(lags), "median_lag_hours": round(median(lags), 2)} for o, lags in d.items()]
    return sorted(out, key=lambda x: (-x["stories"], x["outlet"]))


def outlet_profiles(store: Store, by: str = "week", top_entities: int = 8) -> list[dict[str, Any]]:
    """The profile of every outlet (see the module docstring), most articles first."""
    period("2025-01-01", by)  # validates ``by``
    rows = store.monitor_rows(Query())
    story = story_of(store)
    alias = entity_aliases(rows)
    meta = {o["name"]: o for o in store.outlets()}
    by_outlet: dict[str, list[MonitorRow]] = defaultdict(list)
    for r in rows:
        by_outlet[r.source or NO_SOURCE].append(r)
    n_all = len(rows) or 1
    corpus_labels: Counter[str] = Counter(lab for r in rows for lab in _labels(r))
    # First carrier of each narrative.
    firsts: dict[str, tuple[str, int, str]] = {}
    for r in rows:
        for lab in _labels(r):
            key = (when(r), r.id, r.source or NO_SOURCE)
            if lab not in firsts or key < firsts[lab]:
                firsts[lab] = key
    first_of: dict[str, list[str]] = defaultdict(list)
    for lab, (_, _, src) in sorted(firsts.items()):
        first_of[src].append(lab)
    # The corpus's most frequent entities (merged) and how the corpus casts them.
    ent_articles: Counter[str] = Counter()
    ent_name: dict[str, str] = {}
    corpus_roles: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        seen = set()
        for name, norm, role in r.entities:
            canon = alias.get(norm, norm)
            if norm == canon:
                ent_name.setdefault(canon, name)
            if role:
                corpus_roles[canon][role] += 1
            seen.add(canon)
        ent_articles.update(seen)
    top = [e for e, _ in ent_articles.most_common(top_entities)]
    copies_from, copied_by = _copy_network(rows, story)
    out = []
    for outlet in set(by_outlet) | set(meta):
        rs = by_outlet.get(outlet, [])
        m = meta.get(outlet, {})
        labels: Counter[str] = Counter(lab for r in rs for lab in _labels(r))
        n = len(rs) or 1
        per: dict[str, int] = defaultdict(int)
        for r in rs:
            per[period(day_of(r), by)] += 1
        cast = []
        for e in top:
            roles: Counter[str] = Counter()
            carried = 0
            for r in rs:
                mine = [role for _, norm, role in r.entities if alias.get(norm, norm) == e]
                carried += bool(mine)
                roles.update({x for x in mine if x})
            if not carried:
                continue
            dom = max(ROLES, key=lambda x: (roles[x], -ROLES.index(x))) if roles else None
            cdom = corpus_roles[e]
            cast.append({"entity": ent_name.get(e, e), "articles": carried, "roles": {x: roles[x] for x in ROLES},
                         "dominant": dom,
                         "corpus_dominant": max(ROLES, key=lambda x: (cdom[x], -ROLES.index(x))) if cdom else None})
        words = m.get("words") or 0
        techniques = m.get("techniques") or 0
        out.append({
            "outlet": outlet, "articles": len(rs), "stories": len({story.get(r.id, r.id) for r in rs}),
            "first_day": m.get("first_day"), "last_day": m.get("last_day"),
            "domains": m.get("domains", []), "feeds": m.get("feeds", []), "language": m.get("language"),
            "country": m.get("country"), "notes": m.get("notes"),
            "first_carrier": len(first_of.get(outlet, [])), "first_carrier_of": first_of.get(outlet, []),
            "narratives": dict(labels.most_common()),
            "narrative_mix": [{"label": lab, "articles": k, "share": round(k / n, 3),
                               "corpus_share": round(corpus_labels[lab] / n_all, 3),
                               "ratio": round((k / n) / (corpus_labels[lab] / n_all), 2)}
                              for lab, k in labels.most_common()],
            "persuasion": {"techniques": techniques, "words": words,
                           "per_1000_words": round(1000 * techniques / words, 2) if words else None},
            "cast": cast,
            "by": by,
            "per_period": [{"period": p, "articles": k} for p, k in sorted(fill_periods(per, by).items())],
            "copies_from": _links(copies_from.get(outlet, {})),
            "copied_by": _links(copied_by.get(outlet, {})),
        })
    out.sort(key=lambda o: (-o["articles"], o["outlet"].casefold()))
    return out


def outlet_profile(store: Store, name: str, by: str = "week") -> dict[str, Any] | None:
    """The profile of one outlet (case-insensitive name), or None."""
    want = (name or "").strip().casefold()
    return next((o for o in outlet_profiles(store, by=by) if o["outlet"].casefold() == want), None)
