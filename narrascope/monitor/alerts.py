"""Alerts: narratives and entity roles whose share of articles jumps above their own recent baseline.

The rule (every parameter is a field of :class:`AlertRule`):

- Signals are every narrative label (coarse and fine) and every (entity, main role) pair. For a period
  ``p`` (a day, or a week) a signal's **share** is the articles carrying it in ``p`` over all articles in ``p``.
- Its **baseline** is the ``baseline`` periods before ``p`` (14 days, or 8 weeks) that have any article:
  mean ``mu`` and standard deviation ``sd`` of the signal's share over them (periods where it is absent count
  as 0). At least ``min_baseline`` (3) such periods are needed, else there is no baseline and no alert.
- ``p`` raises an alert when the signal is carried by at least ``min_count`` (3) articles in ``p`` and its
  share reaches both ``mu + k * max(sd, min_sd)`` (k = 3, min_sd = 0.05) and ``ratio * mu`` (ratio = 2).

Alerts are reported for the periods from ``since`` (default: the last 7 days, or the last 4 weeks, of the
corpus) with the articles of ``p`` that carry the signal, strongest jump (``z``) first.

Counts are **story-aware** by default: a signal's count and a period's total are distinct stories (copies of
one syndicated article count once; an article not yet assigned to a story is its own), so three copies of one
story cannot fire an alert alone; ``count="articles"`` counts each article. Entities are merged across the
corpus ("Putin" counts as "Vladimir Putin", see :func:`~narrascope.monitor.common.entity_aliases`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from statistics import fmean, pstdev
from typing import Any

from ..errors import UsageError
from ..store import MonitorRow, Query, Store
from .common import article_ref, check_count, check_day, day_of, entity_aliases, period, story_of, when


@dataclass(frozen=True)
class AlertRule:
    """Parameters of the alert rule (see the module docstring)."""

    by: str = "day"
    baseline: int | None = None      #: periods before; None: 14 days or 8 weeks
    min_baseline: int = 3
    min_count: int = 3
    k: float = 3.0
    min_sd: float = 0.05
    ratio: float = 2.0

    def __post_init__(self) -> None:
        if self.by not in ("day", "week"):
            raise UsageError(f"unknown period {self.by!r}; use day or week")
        for name in ("min_baseline", "min_count"):
            if getattr(self, name) < 1:
                raise UsageError(f"{name.replace('_', ' ')} must be at least 1")
        if self.baseline is not None and self.baseline < 1:
            raise UsageError("baseline must be at least 1 period")

    @property
    def baseline_periods(self) -> int:
        return self.baseline or (14 if self.by == "day" else 8)


def _step(p: str, by: str, n: int) -> str:
    return (date.fromisoformat(p) + timedelta(days=n * (1 if by == "day" else 7))).isoformat()


def _signals(row: MonitorRow, alias: dict[str, str]) -> set[tuple[str, str, str | None]]:
    sig: set[tuple[str, str, str | None]] = {("narrative", lab, None) for _, lab in row.narratives}
    sig |= {("entity_role", alias.get(norm, norm), role) for _, norm, role in row.entities if role}
    return sig


def _evidence(rows: list[MonitorRow], story: dict[int, int]) -> list[dict[str, Any]]:
    """The carriers of a signal in a period, one entry per story: its title, outlets and articles."""
    groups: dict[int, list[MonitorRow]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (when(r), r.id)):
        groups[story.get(r.id, r.id)].append(r)
    out = []
    for sid, rs in groups.items():
        outlets = list(dict.fromkeys(r.source or "(unknown source)" for r in rs))
        out.append({"story_id": sid, "title": rs[0].title or "(untitled)", "outlets": outlets,
                    "articles": [article_ref(r) for r in rs]})
    return out


def alerts(store: Store, since: str | None = None, rule: AlertRule = AlertRule(),
           count: str = "stories") -> dict[str, Any]:
    """Signals whose share jumps above their baseline in the periods from ``since``; see the module docs.

    ``count="stories"`` (the default) counts copies of one story once — in the signal's count and in the
    period's total — so a syndicated article cannot raise an alert alone; ``"articles"`` counts each copy."""
    check_count(count)
    since = check_day(since, "since")
    rows = store.monitor_rows(Query())
    story = story_of(store)
    alias = entity_aliases(rows)
    by = rule.by
    units: dict[str, set[int]] = defaultdict(set)
    hits: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    carriers: dict[tuple, dict[str, list[MonitorRow]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, str] = {}
    for r in rows:
        p = period(day_of(r), by)
        unit = story.get(r.id, r.id) if count == "stories" else r.id
        units[p].add(unit)
        for name, norm, _ in r.entities:
            if norm not in alias:
                names.setdefault(norm, name)
        for s in _signals(r, alias):
            hits[s][p].add(unit)
            carriers[s][p].append(r)
    totals = {p: len(u) for p, u in units.items()}
    params = {**asdict(rule), "baseline": rule.baseline_periods, "count": count}
    if not totals:
        return {"rule": params, "since": since, "periods": [], "alerts": []}
    last = max(totals)
    start = period(since, by) if since else _step(last, by, -6 if by == "day" else -3)
    checked = sorted(p for p in totals if p >= start)
    found = []
    for s, per_units in hits.items():
        per = {p: len(u) for p, u in per_units.items()}
        for p in checked:
            c = per.get(p, 0)
            if c < rule.min_count:
                continue
            base = [_step(p, by, -i) for i in range(1, rule.baseline_periods + 1)]
            base = [b for b in base if totals.get(b)]
            if len(base) < rule.min_baseline:
                continue
            shares = [per.get(b, 0) / totals[b] for b in base]
            mu, sd = fmean(shares), pstdev(shares)
            share = c / totals[p]
            if share >= mu + rule.k * max(sd, rule.min_sd) and share >= rule.ratio * mu:
                kind, label, role = s
                found.append({
                    "kind": kind, "label": label if kind == "narrative" else names.get(label, label),
                    "role": role, "period": p, "count": c, "total": totals[p], "share": round(share, 4),
                    "baseline": {"mean": round(mu, 4), "sd": round(sd, 4), "periods": len(base)},
                    "z": round((share - mu) / max(sd, rule.min_sd), 2),
                    "articles": [article_ref(r) for r in sorted(carriers[s][p], key=lambda r: r.id)],
                    "stories": _evidence(carriers[s][p], story),
                })
    found.sort(key=lambda a: (-a["z"], a["period"], a["label"]))
    return {"rule": params, "since": start, "periods": checked, "alerts": found}
