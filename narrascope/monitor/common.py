"""Small helpers shared by stories, spread and alerts: when an article appeared, periods, article dicts."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..errors import UsageError
from ..store import MonitorRow, Store, normalise_day

BY = ("day", "week")


def when(row: MonitorRow) -> str:
    """When an article appeared, as a sortable ISO string: its own date (with the time when it has one),
    else the day read from it, else when it was ingested."""
    if row.date and len(row.date.strip()) > 10:
        try:
            dt = datetime.fromisoformat(row.date.strip().replace("Z", "+00:00"))
            if dt.tzinfo is not None:
                dt = dt.astimezone(UTC).replace(tzinfo=None)
            return dt.isoformat(timespec="seconds")
        except ValueError:
            pass
    if row.day:
        return row.day
    return row.ingested_at[:19]


def day_of(row: MonitorRow) -> str:
    """The day (``YYYY-MM-DD``) the article appeared (its date, else its ingest day)."""
    return row.day or when(row)[:10]


def period(day: str, by: str) -> str:
    """The period a day falls in: the day itself, or the Monday of its ISO week."""
    if by == "day":
        return day
    if by == "week":
        d = date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()
    raise UsageError(f"unknown period {by!r}; use day or week")


def days_between(a: str, b: str) -> float:
    """Days from ``a`` to ``b`` (ISO day or datetime strings), fractional when both carry a time."""
    return round((_dt(b) - _dt(a)).total_seconds() / 86400, 2)


def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s) if "T" in s else datetime.fromisoformat(s + "T00:00:00")


def check_day(value: str | None, name: str) -> str | None:
    """``value`` as ``YYYY-MM-DD`` (None stays None); a UsageError naming ``name`` when it is not a date."""
    if value is None:
        return None
    day = normalise_day(value)
    if day is None:
        raise UsageError(f"{name} {value!r} is not a date; use YYYY-MM-DD")
    return day


def article_ref(row: MonitorRow) -> dict[str, Any]:
    """The short form of an article used in every monitor result."""
    return {"id": row.id, "key": row.key, "title": row.title, "source": row.source, "date": row.date,
            "when": when(row), "url": row.url}


COUNTS = ("stories", "articles")
_PERSON = {"PERSON", "PER", "NAME"}
_PLACES = {"GPE", "LOC", "NORP", "FAC"}


def check_count(count: str) -> str:
    """``count`` ("stories": copies of one story count once; "articles") or a UsageError."""
    if count not in COUNTS:
        raise UsageError(f"unknown count {count!r}; use stories or articles")
    return count


def story_of(store: Store) -> dict[int, int]:
    """Article id -> story id for every assigned article (read only: an article not yet assigned is its
    own story wherever this map is read)."""
    return {m.article_id: m.story_id for m in store.story_members()}


def entity_aliases(rows: list[MonitorRow]) -> dict[str, str]:
    """One entity across the corpus: a one-word name (casefolded) -> the full name it is short for, when the
    corpus holds exactly one longer name (2-4 words, each capitalised) ending with that word, e.g. "putin" ->
    "vladimir putin". Names seen only lower-case, and words ending several full names, stay as they are."""
    names: dict[str, str] = {}
    persons: set[str] = set()
    places: set[str] = set()
    for r in rows:
        for name, norm, _ in r.entities:
            names.setdefault(norm, name)
            if r.types.get(norm) in _PERSON:
                persons.add(norm)
            elif r.types.get(norm) in _PLACES:
                places.add(norm)
    longer: dict[str, set[str]] = {}
    for norm, name in names.items():
        if norm not in persons:  # "Ukraine" is not short for "Western Ukraine"
            continue
        words = name.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            longer.setdefault(words[-1].casefold(), set()).add(norm)
    out = {}
    for norm, name in names.items():
        if " " in norm or not name[:1].isupper() or (norm in places and norm not in persons):
            continue
        full = longer.get(norm, set())
        if len(full) == 1:
            out[norm] = next(iter(full))
    return out


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period from the one holding day ``first`` to the one holding ``last``, empty ones included."""
    p, end = period(first[:10], by), period(last[:10], by)
    step = timedelta(days=1 if by == "day" else 7)
    out = []
    while p <= end:
        out.append(p)
        p = (date.fromisoformat(p) + step).isoformat()
    return out


def fill_periods(per: dict[str, Any], by: str) -> dict[str, Any]:
    """``per`` (a defaultdict keyed by period) with every period between its first and last present: a gap
    of three weeks stays three weeks wide, its periods empty."""
    if per:
        for p in period_range(min(per), max(per), by):
            per[p]  # the defaultdict makes the empty period
    return per
