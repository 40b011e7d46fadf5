"""The SQLite backend: one file, WAL journal, numbered migrations, an FTS5 index, one writer.

Every write is one short ``BEGIN IMMEDIATE`` transaction (an article, its analysis and its query rows
together), so a process killed at any moment leaves either the whole article or nothing. Readers use one
connection per thread; WAL lets them read while the writer writes.
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import StoreError
from ..schema import Analysis
from .base import (
    HIT_END,
    HIT_START,
    PutResult,
    Query,
    SearchResult,
    Store,
    _now,
    article_key,
    normalise_day,
)
from .migrations import MIGRATIONS
from .rows import entity_rows, mention_rows, narrative_rows, technique_rows
from .sql import SUMMARY_COLS as _SUMMARY_COLS
from .sql_corrections import SQLCorrectionsMixin
from .sql_monitor import SQLMonitorMixin

#: The SQL expression of each trend period's bucket (day, ISO week, month) over the articles' stored day.
_PERIOD_SQL = {
    "day": "a.day",
    # Monday of the ISO week, so weeks sort and chart as dates.
    "week": "date(a.day, '-' || ((CAST(strftime('%w', a.day) AS INTEGER) + 6) % 7) || ' days')",
    "month": "substr(a.day, 1, 7)",
}


def fts_query(text: str) -> str | None:
    """Turn free text into a safe FTS5 expression: quoted phrases stay phrases, other words are ANDed.

    Every token is double-quoted, so user input can never be an FTS5 syntax error or operator.
    """
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        tokens = re.findall(r"\w+", phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    return " ".join(parts) or None


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one by one (triggers with inner semicolons kept whole), so
    they can run inside one explicit transaction (``executescript`` would commit it)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        yield pending


class SQLiteStore(SQLMonitorMixin, SQLCorrectionsMixin, Store):
    """The default store. ``path`` is a file, or ``":memory:"`` for a private in-memory database."""

    _PERIOD_SQL = _PERIOD_SQL

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        self.memory = self.path == ":memory:"
        #: Where other processes can open this store (None for a private in-memory one).
        self.location = None if self.memory else str(Path(self.path).expanduser().resolve())
        if not self.memory:
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the store {self.path}: folder {parent} does not exist")
        self._lock = threading.RLock()
        self._local = threading.local()
        self._writer = self._connect()
        self._migrate()

    # -- connections -------------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            if not self.memory:
                conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable against a killed process in WAL mode; only a power cut can lose the last commits.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}; is it a narrascope database?") from None
        return conn

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """One story assigner at a time across processes: an exclusive ``flock`` on ``<database>-stories.lock``
        (SQLite's own locks cover one transaction, and an assignment reads and writes in many). In memory, or
        where the lock file cannot be made (a read-only folder), the threads of this process."""
        if self.memory:
            with super().story_lock():
                yield
            return
        try:
            import fcntl

            fh = open(self.location + "-stories.lock", "a")  # noqa: SIM115 -- held for the whole block
        except (ImportError, OSError):
            with super().story_lock():
                yield
            return
        try:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield
        finally:
            fh.close()  # releases the lock

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        if self.memory:
            with self._lock:
                yield self._writer
            return
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"store {self.path}: {exc}") from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._writer
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"store {self.path} is busy or read-only: {exc}") from None
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _migrate(self) -> None:
        conn = self._writer
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
            applied = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}; is it a narrascope database?") from None
        known = {n for n, _, _ in MIGRATIONS}
        if applied - known:
            raise StoreError(f"the store {self.path} was written by a newer narrascope (migration "
                             f"{max(applied)}); upgrade narrascope to use it")
        for number, description, sql in MIGRATIONS:
            if number in applied:
                continue
            try:
                # The check is repeated inside the write lock: another process may have migrated meanwhile.
                conn.execute("BEGIN IMMEDIATE")
                if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (number,)).fetchone() is None:
                    for statement in _statements(sql):
                        conn.execute(statement)
                    conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, description, _now()))
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise StoreError(f"cannot migrate the store {self.path} to version {number}: {exc}") from None

    def schema_version(self) -> int:
        """The highest migration applied."""
        with self._read() as c:
            return c.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0

    def close(self) -> None:
        """Close the writer (reader connections close with their threads)."""
        with self._lock:
            self._writer.close()

    # -- writes ------------------------------------------------------------------------------------------
    def put(self, article: Article, analysis: Analysis, pipeline: str | None = None,
            replace: bool = False) -> PutResult:
        """Store an article and its analysis in one transaction; see :class:`~narrascope.store.PutResult`.

        Stored content is left alone unless ``replace``, which swaps in the new analysis (a refresh).
        """
        h = article.content_hash
        key = article_key(article)
        now = _now()
        with self._write() as c:
            row = c.execute("SELECT id, key, version, latest FROM articles WHERE content_hash = ?", (h,)).fetchone()
            if row is not None:
                new_alias = c.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?)",
                                      (row["id"], key, article.path or "", now)).rowcount
                if row["key"] == key and not row["latest"]:
                    # Content reverted to an earlier version: that version is the latest again.
                    c.execute("UPDATE articles SET latest = (id = ?) WHERE key = ?", (row["id"], key))
                status = "duplicate" if new_alias and row["key"] != key else "unchanged"
                if replace:
                    self._write_analysis(c, row["id"], analysis, now, pipeline)
                    status = "refreshed"
                return PutResult(status, row["id"], row["version"])
            prev = c.execute("SELECT max(version) FROM articles WHERE key = ?", (key,)).fetchone()[0]
            version = (prev or 0) + 1
            if prev:
                c.execute("UPDATE articles SET latest = 0 WHERE key = ?", (key,))
            cur = c.execute(
                "INSERT INTO articles (content_hash, key, version, latest, ext_id, title, text, body_start, date, day,"
                " source, url, author, language, path, words, ingested_at) VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (h, key, version, article.id, article.title, article.text, article.body_start, article.date,
                 normalise_day(article.date), article.source, article.url, article.author, article.language,
                 article.path, article.words, now))
            aid = cur.lastrowid
            c.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?)", (aid, key, article.path or "", now))
            self._write_analysis(c, aid, analysis, now, pipeline, fresh=True)
            return PutResult("version" if prev else "new", aid, version)

    def _write_analysis(self, c: sqlite3.Connection, aid: int, analysis: Analysis, now: str,
                        pipeline: str | None = None, fresh: bool = False) -> None:
        for table in ("analyses", "narratives", "entities", "mentions", "techniques"):
            c.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        c.execute("INSERT INTO analyses (article_id, schema_version, narrascope_version, models, analysis, created_at,"
                  " pipeline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (aid, analysis.schema_version, analysis.narrascope_version, json.dumps(analysis.models),
                   # The raw text lives once, in articles.text; _load_analysis puts it back.
                   analysis.model_dump_json(exclude_none=True, exclude={"article": {"text"}}), now, pipeline))
        # a new article has no corrections yet: no lookup on the ingest path
        self._write_rows(c, aid, analysis if fresh else self._indexed(c, aid, analysis), fresh=True)

    @staticmethod
    def _write_rows(c: sqlite3.Connection, aid: int, analysis: Analysis, fresh: bool = False) -> None:
        """The query tables' rows of one article (replacing its old ones unless ``fresh``)."""
        if not fresh:
            for table in ("narratives", "entities", "mentions", "techniques"):
                c.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        c.executemany("INSERT INTO narratives VALUES (?, ?, ?, ?)", [(aid, *r) for r in narrative_rows(analysis)])
        c.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      [(aid, *r) for r in entity_rows(analysis)])
        c.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", [(aid, *r) for r in mention_rows(analysis)])
        c.executemany("INSERT INTO techniques VALUES (?, ?, ?, ?, ?, ?)",
                      [(aid, *r) for r in technique_rows(analysis)])

    def record_alias(self, article: Article) -> None:
        """Remember that stored content was seen again under ``article``'s id/path."""
        with self._write() as c:
            row = c.execute("SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone()
            if row is not None:
                c.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?)",
                          (row["id"], article_key(article), article.path or "", _now()))

    # -- reads -------------------------------------------------------------------------------------------
    def has(self, content_hash: str) -> bool:
        """Whether this content (with its analysis) is stored."""
        with self._read() as c:
            return c.execute("SELECT 1 FROM articles a JOIN analyses n ON n.article_id = a.id "
                             "WHERE a.content_hash = ?", (content_hash,)).fetchone() is not None

    def pipelines(self, hashes: list[str] | None = None) -> dict[str, str | None]:
        """Content hash -> pipeline fingerprint of its stored analysis (None for analyses older than that);
        only of ``hashes`` when given (the streaming runner asks per batch, so memory stays flat)."""
        sql = "SELECT a.content_hash, n.pipeline FROM articles a JOIN analyses n ON n.article_id = a.id"
        with self._read() as c:
            if hashes is None:
                return {r[0]: r[1] for r in c.execute(sql)}
            hashes = list(hashes)
            found: dict[str, str | None] = {}
            for i in range(0, len(hashes), 500):  # SQLite caps the number of parameters
                chunk = hashes[i:i + 500]
                found.update((r[0], r[1]) for r in c.execute(
                    f"{sql} WHERE a.content_hash IN ({','.join('?' * len(chunk))})", chunk))
            return found

    @classmethod
    def _ci_eq(cls, column: str) -> str:
        return f"{column} = ? COLLATE NOCASE"

    @classmethod
    def _text_cond(cls, text: str) -> tuple[str, list[Any]] | None:
        match = fts_query(text)
        return ("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [match]) if match else None

    def search(self, query: Query, limit: int = 20, offset: int = 0) -> SearchResult:
        """Matching articles, best full-text match first (else newest first), with a snippet each."""
        where, args = self._where(query)
        match = fts_query(query.text) if query.text else None
        if match:
            frm = "articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            where.insert(0, "articles_fts MATCH ?")
            args.insert(0, match)
            snippet = f"snippet(articles_fts, 1, '{HIT_START}', '{HIT_END}', '…', 24)"
            order = "bm25(articles_fts, 4.0, 1.0), a.id"
        else:
            frm = "articles a"
            snippet = "substr(a.text, a.body_start + 1, 240)"
            order = "a.day IS NULL, a.day DESC, a.id DESC"
        cond = " WHERE " + " AND ".join(where) if where else ""
        with self._read() as c:
            total = c.execute(f"SELECT count(*) FROM {frm}{cond}", args).fetchone()[0]
            rows = c.execute(f"SELECT {_SUMMARY_COLS}, {snippet} AS snippet FROM {frm}{cond} ORDER BY {order} "
                             "LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
            items = [self._summary(r) for r in rows]
            self._attach_narratives(c, items)
        return SearchResult(total, items)
