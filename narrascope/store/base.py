"""The backend-independent side of the store: the :class:`Store` interface, queries and result rows.

A backend (SQLite today, PostgreSQL later) implements :class:`Store`; the CLI, the batch runner, the REST
API and the dashboard only use this interface, so they work unchanged on any backend.
"""
from __future__ import annotations

import abc
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterator, Literal

from ..article import Article
from ..errors import UsageError
from ..schema import Analysis

Period = Literal["day", "week", "month"]
PERIODS: tuple[str, ...] = ("day", "week", "month")
ROLES: tuple[str, ...] = ("Protagonist", "Antagonist", "Innocent")


@dataclass(frozen=True)
class Query:
    """Filters shared by search, trends and export; every field is optional and they combine with AND.

    ``text`` is full-text (words must all occur; ``"quoted phrases"`` must occur as phrases). ``narrative``
    matches a domain, coarse or fine label exactly (case-insensitive); ``entity`` an entity name
    (case-insensitive), optionally with the ``role`` the article gives it (``role`` alone: any entity in that
    role); ``date_from``/``date_to`` are
    inclusive ``YYYY-MM-DD`` bounds (articles without a date never match a date bound).
    """

    text: str | None = None
    narrative: str | None = None
    entity: str | None = None
    role: str | None = None
    technique: str | None = None
    source: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    all_versions: bool = False

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and normalise_day(value) is None:
                raise UsageError(f"{name.replace('_', ' ')} {value!r} is not a date; use YYYY-MM-DD")
            if value is not None:
                object.__setattr__(self, name, normalise_day(value))
        if self.role is not None:
            role = self.role.strip().capitalize()
            if role not in ROLES:
                raise UsageError(f"role {self.role!r} is not one of {', '.join(ROLES)}")
            object.__setattr__(self, "role", role)


@dataclass
class PutResult:
    """What :meth:`Store.put` did: ``new`` article, new ``version`` of a key, ``duplicate`` content
    already stored (recorded as an alias), ``unchanged`` (the very same item again), or ``refreshed`` (stored
    content whose analysis was replaced)."""

    status: Literal["new", "version", "duplicate", "unchanged", "refreshed"]
    article_id: int
    version: int


@dataclass
class ArticleSummary:
    """One row of a search result."""

    id: int
    content_hash: str
    key: str
    version: int
    title: str | None
    date: str | None
    source: str | None
    language: str | None
    words: int
    url: str | None = None
    snippet: str | None = None
    narratives: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


@dataclass
class SearchResult:
    total: int
    items: list[ArticleSummary]


@dataclass
class StoredArticle:
    """An article as stored: its row, raw text, the Analysis and every alias it was seen under."""

    id: int
    content_hash: str
    key: str
    version: int
    latest: bool
    text: str
    ingested_at: str
    analysis: Analysis | None
    aliases: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class TrendRow:
    """Articles in one period (and source, when asked per source): ``count`` of them match, of ``total``."""

    period: str | None
    count: int
    total: int
    source: str | None = None

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``period`` None means undated articles)."""
        d = {"period": self.period, "count": self.count, "total": self.total, "share": round(self.share, 4)}
        if self.source is not None:
            d["source"] = self.source
        return d


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalise_day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for a date or ISO timestamp string (``2025-02-21T10:00Z`` too), else None."""
    if not value:
        return None
    value = value.strip()
    m = _DAY.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    for fmt in ("%d.%m.%Y", "%d/%m/%Y", "%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def article_key(article: Article) -> str:
    """The logical identity under which changed content becomes a new version: id, else path, else hash."""
    return article.id or article.path or article.content_hash


class Store(abc.ABC):
    """An article store. Writes go through one writer; reads may come from many threads."""

    @abc.abstractmethod
    def put(self, article: Article, analysis: Analysis, pipeline: str | None = None,
            replace: bool = False) -> PutResult:
        """Store an article with its analysis, keyed by content hash (the same content twice is a no-op,
        unless ``replace``: then the stored analysis is replaced). ``pipeline`` names what made it."""

    @abc.abstractmethod
    def has(self, content_hash: str) -> bool:
        """Whether an analysis of this content is stored."""

    @abc.abstractmethod
    def pipelines(self) -> dict[str, str | None]:
        """Content hash -> the pipeline fingerprint its stored analysis was made with (None if unknown)."""

    @abc.abstractmethod
    def record_alias(self, article: Article) -> None:
        """Remember that already-stored content was seen again under another id/path."""

    @abc.abstractmethod
    def get(self, article_id: int) -> StoredArticle | None:
        """One stored article with its analysis, or None."""

    @abc.abstractmethod
    def search(self, query: Query, limit: int = 20, offset: int = 0) -> SearchResult:
        """Articles matching ``query``, newest first (best full-text match first when ``text`` is given)."""

    @abc.abstractmethod
    def trends(self, by: Period, query: Query, per_source: bool = False) -> list[TrendRow]:
        """Per period: articles matching the narrative/technique/entity part of ``query`` among all
        articles matching its other filters."""

    @abc.abstractmethod
    def framing(self, entity: str, by: Period, query: Query | None = None) -> list[dict[str, Any]]:
        """Per period and main role, the articles in which ``entity`` appears."""

    @abc.abstractmethod
    def overview(self, top: int = 10) -> dict[str, Any]:
        """Corpus-level numbers for the dashboard: counts, articles per day, top narratives, sources ×
        narratives, top entities and techniques."""

    @abc.abstractmethod
    def iter_analyses(self, query: Query | None = None) -> Iterator[tuple[ArticleSummary, Analysis]]:
        """Every stored analysis matching ``query`` (for export), oldest first."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """``articles``, ``analyses``, ``versions`` and ``aliases`` counts."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection(s)."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
