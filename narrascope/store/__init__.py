"""The article store: articles keyed by content hash, their analyses, and query tables.

``open_store(location)`` gives the SQLite backend for a file path and the PostgreSQL backend for a
``postgresql://`` URL; everything else talks to the :class:`Store` interface.
"""
from .base import (
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
from .sqlite import HIT_END, HIT_START, SQLiteStore, fts_query, is_url, open_store

__all__ = ["HIT_END", "HIT_START", "PERIODS", "ROLES", "ArticleSummary", "FetchState", "MonitorRow", "Period",
           "PutResult", "Query", "SQLiteStore", "SearchResult", "Store", "StoredArticle", "StoryAssignment",
           "StoryCandidate", "StoryInput", "StoryMember", "TrendRow", "article_key", "fts_query", "is_url",
           "normalise_day", "open_store"]
