"""The backend-independent side of the store: the :class:`Store` interface, queries and result rows.

A backend (SQLite in :mod:`.sqlite`, PostgreSQL in :mod:`.postgres`) implements :class:`Store`; the CLI, the batch
runner, the REST
API and the dashboard only use this interface, so they work unchanged on any backend.
"""
from __future__ import annotations

import abc
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from ..article import Article
from ..errors import UsageError
from ..lang.dates import parse_date
from ..schema import Analysis

Period = Literal["day", "week", "month"]
PERIODS: tuple[str, ...] = ("day", "week", "month")
ROLES: tuple[str, ...] = ("Protagonist", "Antagonist", "Innocent")

#: Marks around search hits in snippets (control characters that never occur in news text).
HIT_START, HIT_END = "\x02", "\x03"


def _load_analysis(data: str, text: str) -> Analysis:
    """The stored Analysis JSON with the article's raw text put back (it is stored once, in articles.text)."""
    record = json.loads(data)
    record["article"]["text"] = text
    return Analysis.model_validate(record)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")



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


@dataclass
class MonitorRow:
    """The light view of one stored article that stories, spread and alerts read: its metadata, its
    narrative labels (``(level, label)``) and its entities (``(name, casefolded name, main role or None)``)."""

    id: int
    key: str
    title: str | None
    date: str | None
    day: str | None
    source: str | None
    url: str | None
    ingested_at: str
    narratives: list[tuple[str, str]] = field(default_factory=list)
    entities: list[tuple[str, str, str | None]] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)   #: casefolded entity name -> entity type


@dataclass
class StoryInput:
    """What story assignment needs of an article not yet in a story."""

    id: int
    title: str | None
    text: str
    body_start: int
    day: str | None
    entities: list[str] = field(default_factory=list)   #: casefolded entity names


@dataclass
class StoryCandidate:
    """An article already in a story, as stored for matching: MinHash signature, shingle count, term vector."""

    article_id: int
    story_id: int
    event_id: int
    signature: str
    shingles: int
    terms: str
    shared_entities: int = 0
    entity_count: int = 0


@dataclass
class StoryAssignment:
    """Where story assignment put one article, with what the store keeps for matching later articles.

    ``merge_stories``/``merge_events``: other story/event ids that this article links, to be merged into
    ``story_id``/``event_id`` (the smallest id is kept, so ids are stable)."""

    article_id: int
    story_id: int
    event_id: int
    similarity: float
    signature: str
    shingles: int
    terms: str
    band_keys: list[int]
    merge_stories: list[int] = field(default_factory=list)
    merge_events: list[int] = field(default_factory=list)


@dataclass
class StoryMember:
    """One article's place in the stories: its story (near-duplicates) and event (same-event stories)."""

    article_id: int
    story_id: int
    event_id: int
    similarity: float


@dataclass
class FetchState:
    """What ``watch`` remembers of one URL between runs (for conditional GET, backoff and reporting).

    ``status``: ``ok`` (stored), ``not_modified``, ``failed`` (retried after ``next_try``), ``blocked``
    (robots.txt), ``bad`` (not an article: wrong content type, no text)."""

    url: str
    status: str
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_try: str | None = None
    fetched_at: str | None = None
    article_id: int | None = None
    message: str | None = None
    entry: str | None = None     #: JSON of the feed entry (title, date, outlet, feed), to retry a page alone

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


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
    return parse_date(value)  # 27.02.2025, 27 February 2025, 12 марта 2025 — no locale involved


def article_key(article: Article) -> str:
    """The logical identity under which changed content becomes a new version: id, else path, else hash."""
    return article.id or article.path or article.content_hash


_STORY_LOCK = threading.Lock()


class Store(abc.ABC):
    """An article store. Writes go through one writer; reads may come from many threads.

    ``location`` is what :func:`~narrascope.store.open_store` needs to open the same store from another
    process (a file path or URL), or None when it cannot be shared (an in-memory SQLite store).
    """

    location: str | None = None

    @abc.abstractmethod
    def put(self, article: Article, analysis: Analysis, pipeline: str | None = None,
            replace: bool = False) -> PutResult:
        """Store an article with its analysis, keyed by content hash (the same content twice is a no-op,
        unless ``replace``: then the stored analysis is replaced). ``pipeline`` names what made it."""

    @abc.abstractmethod
    def has(self, content_hash: str) -> bool:
        """Whether an analysis of this content is stored."""

    @abc.abstractmethod
    def pipelines(self, hashes: list[str] | None = None) -> dict[str, str | None]:
        """Content hash -> the pipeline fingerprint its stored analysis was made with (None if unknown), for
        every stored analysis, or only for those of ``hashes``."""

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

    # -- monitor: stories, spread, alerts, watch ----------------------------------------------------------
    @abc.abstractmethod
    def monitor_rows(self, query: Query | None = None, ids: list[int] | None = None) -> list[MonitorRow]:
        """Latest articles matching ``query`` (or those of ``ids`` that are latest versions) with their
        coarse/fine narrative labels and entities with roles, oldest id first."""

    @abc.abstractmethod
    def story_pending(self, limit: int = 500) -> list[StoryInput]:
        """Up to ``limit`` latest articles not yet assigned to a story, oldest id first."""

    @abc.abstractmethod
    def story_candidates(self, band_keys: list[int]) -> list[StoryCandidate]:
        """Assigned articles sharing at least one LSH band key with ``band_keys``."""

    @abc.abstractmethod
    def event_candidates(self, day_from: str, day_to: str, entities: list[str], exclude: int,
                         limit: int = 50) -> list[StoryCandidate]:
        """Assigned latest articles dated in ``[day_from, day_to]`` sharing entities (casefolded names) with
        ``entities``, most shared first (``shared_entities`` and ``entity_count`` set), at most ``limit``; never
        ``exclude``."""

    @abc.abstractmethod
    def save_story(self, assignment: StoryAssignment) -> None:
        """Record one assignment (signature, band keys, membership) and apply its merges, in one transaction."""

    @abc.abstractmethod
    def story_members(self, story_id: int | None = None, event_id: int | None = None) -> list[StoryMember]:
        """Membership rows (all, or of one story / one event), ordered by article id."""

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """Held while articles are assigned to stories, so that one assigner at a time reads the pending
        articles and the stories they join (two at once could put copies of one story into two). This base
        version serialises the threads of this process; the SQLite store locks across processes (a lock file
        beside the database) and the PostgreSQL store across every client of the database (an advisory lock)."""
        with _STORY_LOCK:
            yield

    @abc.abstractmethod
    def reset_stories(self) -> None:
        """Forget every story assignment (to rebuild them with other parameters)."""

    @abc.abstractmethod
    def fetch_state(self, url: str) -> FetchState | None:
        """What ``watch`` remembers of ``url``, or None."""

    @abc.abstractmethod
    def save_fetch_state(self, state: FetchState) -> None:
        """Insert or replace the state of ``state.url``."""

    @abc.abstractmethod
    def fetch_states(self) -> list[FetchState]:
        """Every remembered URL, ordered by URL."""

    # -- analyst corrections ------------------------------------------------------------------------------
    @abc.abstractmethod
    def add_correction(self, correction: Any) -> Any:
        """Store a checked :class:`~narrascope.store.corrections.Correction`; returns it with id and time."""

    @abc.abstractmethod
    def corrections(self, article: int | None = None, layer: str | None = None,
                    limit: int | None = None) -> list[Any]:
        """Stored corrections (of one article and/or layer), oldest first. Re-analysis never removes them."""

    @abc.abstractmethod
    def save_outlet(self, name: str, info: dict[str, Any]) -> None:
        """Insert or update one outlet's metadata (``domains``, ``feeds``, ``lists``, ``language``, ``country``,
        ``notes``)."""

    @abc.abstractmethod
    def outlets(self) -> list[dict[str, Any]]:
        """Every outlet with articles or metadata: name, articles, first and last day, and the metadata."""

    @abc.abstractmethod
    def outlet_aliases(self) -> dict[str, str]:
        """Old outlet names (casefolded) left by :meth:`relabel_outlets`, each to the name it became."""

    @abc.abstractmethod
    def relabel_outlets(self, names: list[str], into: str) -> int:
        """Give every article of the outlets ``names`` (case-insensitive) the outlet ``into``, merge their
        metadata into it and remember the old names as aliases; return how many articles changed."""

    @abc.abstractmethod
    def schema_version(self) -> int:
        """The highest migration applied to this store."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection(s)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
