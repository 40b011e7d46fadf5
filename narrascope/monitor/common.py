"""Small helpers shared by stories, spread and alerts: when an article appeared, periods, article dicts."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..errors import UsageError
from ..store import MonitorRow, normalise_day

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
