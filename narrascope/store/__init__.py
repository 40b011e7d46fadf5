"""The article store: articles keyed by content hash, their analyses, and query tables.

``open_store(location)`` gives the SQLite backend for a file path and the PostgreSQL backend for a
``postgresql://`` URL; everything else talks to the :class:`Store` interface.
"""
from pathlib import Path

from ..errors import StoreError
from .base import (
    HIT_END,
    HIT_START,
                   PERIODS,
                   ROLES,
                   ArticleSummary,
                   FetchState,
                   MonitorRow,
                   Period,
                   PutResult,
                   Query,
                   SearchResult,
                   Store,
                   StoredArticle,
                   StoryAssignment,
                   StoryCandidate,
                   StoryInput,
                   StoryMember,
                   TrendRow,
                   article_key,
                   normalise_day,
)
from .sqlite import SQLiteStore, fts_query

__all__ = ["HIT_END", "HIT_START", "PERIODS", "ROLES", "ArticleSummary", "FetchState", "MonitorRow", "Period",
           "PutResult", "Query", "SQLiteStore", "SearchResult", "Store", "StoredArticle", "StoryAssignment",
           "StoryCandidate", "StoryInput", "StoryMember", "TrendRow", "article_key", "fts_query", "is_url",
           "normalise_day", "open_store"]


def is_url(location: str | Path) -> bool:
    """Whether ``location`` names a database server (``postgresql://``) rather than a SQLite file."""
    return str(location).startswith(("postgresql://", "postgres://"))


def open_store(location: str | Path = ":memory:") -> Store:
    """Open (creating and migrating if needed) the store at ``location``: a SQLite file path, ``:memory:``,
    ``sqlite:///path``, or a ``postgresql://user:password@host:port/database`` URL (needs
    ``pip install 'narrascope[postgres]'``; the database must exist, its tables are created here).
    """
    loc = str(location)
    if is_url(loc):
        from .postgres import PostgresStore

        return PostgresStore(loc)
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///"):]
    elif "://" in loc:
        raise StoreError(f"unsupported store {loc!r}: use a SQLite file (a path or sqlite:///path) or a "
                         "postgresql:// URL")
    return SQLiteStore(loc)
