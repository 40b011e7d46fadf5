"""The PostgreSQL backend (psycopg 3): a shared store for several ingest processes, Ray workers and the API.

Same contract as the SQLite store (content-hash identity, versions, aliases, query tables, trends, full-text
search, numbered migrations). What differs is how concurrent writers are kept apart: every ``put`` is one
transaction that first takes two transaction-scoped advisory locks, on the content hash and then on the
article key (always in that order, so two writers can never wait on each other in a cycle). Within them the
"is this text stored? which version comes next?" check and the insert cannot interleave with another writer,
and the ``UNIQUE`` constraints on ``content_hash`` and ``(key, version)`` are the last guard: an insert that
still meets an existing row does nothing (``ON CONFLICT DO NOTHING``) and is handled as that row. So any
number of processes may ingest overlapping inputs at once: no article is stored twice and none is lost.

Full-text search uses a generated ``tsvector`` column (title weighted above the body) with a GIN index.
"""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..article import Article
from ..errors import StoreError
from ..schema import Analysis
from ..settings import redact  # the one redaction function; re-exported for callers of this module
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
from .pg_migrations import PG_MIGRATIONS
from .rows import entity_rows, mention_rows, narrative_rows, technique_rows
from .sql import SUMMARY_COLS as _SUMMARY_COLS
from .sql_corrections import SQLCorrectionsMixin
from .sql_monitor import SQLMonitorMixin

_PERIOD_SQL = {
    "day": "a.day",
    "week": "to_char(date_trunc('week', a.day::date), 'YYYY-MM-DD')",  # ISO weeks start on Monday
    "month": "substr(a.day, 1, 7)",
}
#: Advisory-lock namespaces (first argument of the two-key form), so hash and key locks never collide.
_LOCK_HASH, _LOCK_KEY, _LOCK_MIGRATE, _LOCK_STORIES = 7301, 7302, 7303, 7304
_HEADLINE = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=12, ShortWord=2, FragmentDelimiter=…"


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'narrascope[postgres]'") from None
    return psycopg


def ts_parts(text: str) -> list[str]:
    """The full-text query as phrases (each a space-joined token list): quoted phrases stay phrases, other
    words are single-word phrases; all must match. Tokens are passed as parameters to ``phraseto_tsquery``,
    so nothing the user types is ever tsquery syntax."""
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        tokens = re.findall(r"\w+", phrase or word)
        if tokens:
            parts.append(" ".join(tokens))
    return parts


class PostgresStore(SQLMonitorMixin, SQLCorrectionsMixin, Store):
    """A store in a PostgreSQL database given by a ``postgresql://`` URL (the database must exist)."""

    _P = "%s"
    _PERIOD_SQL = _PERIOD_SQL

    def __init__(self, url: str):
        self.url = url
        self.location = url  #: where other processes (Ray workers) open the same store
        self._pg = _psycopg()
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[Any] = []
        self._writer = self._connect(autocommit=False)
        self._migrate()

    # -- connections -------------------------------------------------------------------------------------
    def _connect(self, autocommit: bool) -> Any:
        from psycopg.rows import dict_row

        try:
            return self._pg.connect(self.url, autocommit=autocommit, row_factory=dict_row, connect_timeout=10)
        except self._pg.Error as exc:
            msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot connect to the store {redact(self.url)}: {msg}") from None

    @contextmanager
    def _read(self) -> Iterator[Any]:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._local.conn = self._connect(autocommit=True)
            with self._lock:
                self._readers.append(conn)
        try:
            yield conn
        except self._pg.OperationalError as exc:
            self._local.conn = None  # a dropped connection: the next read reconnects
            raise StoreError(f"store {redact(self.url)}: {exc}") from None
        except self._pg.Error as exc:
            raise StoreError(f"store {redact(self.url)}: {exc}") from None

    @contextmanager
    def _write(self) -> Iterator[Any]:
        with self._lock:
            conn = self._writer
            if conn.closed:
                conn = self._writer = self._connect(autocommit=False)
            try:
                with conn.transaction():
                    yield conn
            except self._pg.OperationalError as exc:
                raise StoreError(f"store {redact(self.url)} cannot be written: {exc}") from None
            except self._pg.Error as exc:
                raise StoreError(f"store {redact(self.url)}: {exc}") from None

    @contextmanager
    def story_lock(self) -> Iterator[None]:
        """One story assigner at a time across every process and server using this database: a transaction
        on a connection of its own holds ``pg_advisory_xact_lock`` for the whole assignment (the assignments
        themselves commit one by one on the writer connection). A process that dies releases it with its
        connection."""
        conn = self._connect(autocommit=False)
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_LOCK_STORIES,))
                yield
        except self._pg.Error as exc:
            raise StoreError(f"store {redact(self.url)}: {exc}") from None
        finally:
            conn.close()

    def _migrate(self) -> None:
        known = {n for n, _, _ in PG_MIGRATIONS}
        for number, description, sql in PG_MIGRATIONS:
            with self._write() as c:
                # One migrator at a time across processes; the others find the work done when they get in.
                c.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_LOCK_MIGRATE,))
                c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                          "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
                applied = {r["version"] for r in c.execute("SELECT version FROM schema_migrations")}
                if applied - known:
                    raise StoreError(f"the store {redact(self.url)} was written by a newer narrascope (migration "
                                     f"{max(applied)}); upgrade narrascope to use it")
                if number in applied:
                    continue
                c.execute(sql)
                c.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)", (number, description, _now()))

    def schema_version(self) -> int:
        """The highest migration applied."""
        with self._read() as c:
            return c.execute("SELECT max(version) AS v FROM schema_migrations").fetchone()["v"] or 0

    def close(self) -> None:
        """Close the writer and every reader connection."""
        with self._lock:
            for conn in [self._writer, *self._readers]:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001 -- closing is best effort; the server drops dead sessions anyway
                    pass
            self._readers.clear()

    # -- writes ------------------------------------------------------------------------------------------
    def put(self, article: Article, analysis: Analysis, pipeline: str | None = None,
            replace: bool = False) -> PutResult:
        """Store an article and its analysis in one transaction; safe with any number of concurrent writers."""
        h = article.content_hash
        key = article_key(article)
        now = _now()
        with self._write() as c:
            # Round trips dominate a put (each one waits on the server), so: the locks, one lookup, the insert
            # (its id is needed) and then everything else pipelined, sent together with the commit.
            c.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s)), pg_advisory_xact_lock(%s, hashtext(%s))",
                      (_LOCK_HASH, h, _LOCK_KEY, key))
            row = c.execute("SELECT a.id, a.key, a.version, a.latest, (SELECT max(version) FROM articles WHERE "
                            "key = %s) AS prev FROM (SELECT 1) AS one LEFT JOIN articles a ON a.content_hash = %s",
                            (key, h)).fetchone()
            if row["id"] is None:
                prev = row["prev"]
                version = (prev or 0) + 1
                new = c.execute(
                    "INSERT INTO articles (content_hash, key, version, latest, ext_id, title, text, body_start, date,"
                    " day, source, url, author, language, path, words, ingested_at) VALUES "
                    "(%s,%s,%s,1,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING RETURNING id",
                    (h, key, version, article.id, article.title, article.text, article.body_start, article.date,
                     normalise_day(article.date), article.source, article.url, article.author, article.language,
                     article.path, article.words, now)).fetchone()
                if new is not None:
                    aid = new["id"]
                    with c.pipeline():
                        if prev:
                            c.execute("UPDATE articles SET latest = 0 WHERE key = %s AND id <> %s", (key, aid))
                        c.execute("INSERT INTO aliases VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                                  (aid, key, article.path or "", now))
                        self._write_analysis(c, aid, analysis, now, pipeline, fresh=True)
                    return PutResult("version" if prev else "new", aid, version)
                # Only reachable if a writer bypassed the locks: the constraint held; treat it as stored.
                row = c.execute("SELECT id, key, version, latest FROM articles WHERE content_hash = %s",
                                (h,)).fetchone()
            new_alias = c.execute("INSERT INTO aliases VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                                  (row["id"], key, article.path or "", now)).rowcount
            if row["key"] == key and not row["latest"]:
                c.execute("UPDATE articles SET latest = (CASE WHEN id = %s THEN 1 ELSE 0 END) WHERE key = %s",
                          (row["id"], key))
            status = "duplicate" if new_alias and row["key"] != key else "unchanged"
            if replace:
                with c.pipeline():
                    self._write_analysis(c, row["id"], analysis, now, pipeline)
                status = "refreshed"
            return PutResult(status, row["id"], row["version"])

    def _write_analysis(self, c: Any, aid: int, analysis: Analysis, now: str, pipeline: str | None = None,
                        fresh: bool = False) -> None:
        if not fresh:  # a new article has nothing to replace
            for table in ("analyses", "narratives", "entities", "mentions", "techniques"):
                c.execute(f"DELETE FROM {table} WHERE article_id = %s", (aid,))
        c.execute("INSERT INTO analyses (article_id, schema_version, narrascope_version, models, analysis, created_at,"
                  " pipeline) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                  (aid, analysis.schema_version, analysis.narrascope_version, json.dumps(analysis.models),
                   analysis.model_dump_json(exclude_none=True, exclude={"article": {"text"}}), now, pipeline))
        # a new article has no corrections yet
        self._write_rows(c, aid, analysis if fresh else self._indexed(c, aid, analysis), fresh=True)

    @staticmethod
    def _write_rows(c: Any, aid: int, analysis: Analysis, fresh: bool = False) -> None:
        """The query tables' rows of one article (replacing its old ones unless ``fresh``)."""
        if not fresh:
            for table in ("narratives", "entities", "mentions", "techniques"):
                c.execute(f"DELETE FROM {table} WHERE article_id = %s", (aid,))
        with c.cursor() as cur:
            for sql, rows in (("INSERT INTO narratives VALUES (%s, %s, %s, %s)", narrative_rows(analysis)),
                              ("INSERT INTO entities VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                               entity_rows(analysis)),
                              ("INSERT INTO mentions VALUES (%s, %s, %s, %s, %s)", mention_rows(analysis)),
                              ("INSERT INTO techniques VALUES (%s, %s, %s, %s, %s, %s)", technique_rows(analysis))):
                if rows:
                    cur.executemany(sql, [(aid, *r) for r in rows])

    def record_alias(self, article: Article) -> None:
        """Remember that stored content was seen again under ``article``'s id/path."""
        with self._write() as c:
            c.execute("INSERT INTO aliases SELECT id, %s, %s, %s FROM articles WHERE content_hash = %s "
                      "ON CONFLICT DO NOTHING", (article_key(article), article.path or "", _now(),
                                                 article.content_hash))

    # -- reads -------------------------------------------------------------------------------------------
    def has(self, content_hash: str) -> bool:
        """Whether this content (with its analysis) is stored."""
        with self._read() as c:
            return c.execute("SELECT 1 FROM articles a JOIN analyses n ON n.article_id = a.id "
                             "WHERE a.content_hash = %s", (content_hash,)).fetchone() is not None

    def pipelines(self, hashes: list[str] | None = None) -> dict[str, str | None]:
        """Content hash -> pipeline fingerprint of its stored analysis (only of ``hashes`` when given)."""
        sql = "SELECT a.content_hash, n.pipeline FROM articles a JOIN analyses n ON n.article_id = a.id"
        with self._read() as c:
            if hashes is None:
                rows = c.execute(sql)
            else:
                rows = c.execute(sql + " WHERE a.content_hash = ANY(%s)", (list(hashes),))
            return {r["content_hash"]: r["pipeline"] for r in rows}

    @classmethod
    def _ci_eq(cls, column: str) -> str:
        return f"lower({column}) = lower(%s)"

    @classmethod
    def _in(cls, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        return f"{column} = ANY(%s)", [list(values)]

    @staticmethod
    def _batch(conn: Any) -> Any:
        return conn.pipeline()  # psycopg sends the statements together: fewer round trips

    @classmethod
    def _text_cond(cls, text: str) -> tuple[str, list[Any]] | None:
        if not ts_parts(text):
            return None
        tsq, targs = _tsquery(text)
        return f"a.tsv @@ {tsq}", targs

    def search(self, query: Query, limit: int = 20, offset: int = 0) -> SearchResult:
        """Matching articles, best full-text match first (else newest first), with a snippet each."""
        where, args = self._where(query, text=True)
        parts = ts_parts(query.text) if query.text else []
        cond = " WHERE " + " AND ".join(where) if where else ""
        if parts:
            tsq, targs = _tsquery(query.text)
            # ts_headline re-parses the text, so it runs only on the page's rows (the outer query).
            sql = (f"SELECT p.*, ts_headline('simple', p.text, {tsq}, %s) AS snippet FROM "
                   f"(SELECT {_SUMMARY_COLS}, a.text, ts_rank(a.tsv, {tsq}) AS rank FROM articles a{cond} "
                   "ORDER BY rank DESC, a.id LIMIT %s OFFSET %s) p ORDER BY p.rank DESC, p.id")
            page_args = [*targs, _HEADLINE, *targs, *args, limit, offset]
        else:
            sql = (f"SELECT {_SUMMARY_COLS}, substr(a.text, a.body_start + 1, 240) AS snippet FROM articles a{cond} "
                   "ORDER BY a.day IS NULL, a.day DESC, a.id DESC LIMIT %s OFFSET %s")
            page_args = [*args, limit, offset]
        with self._read() as c:
            total = c.execute(f"SELECT count(*) AS n FROM articles a{cond}", args).fetchone()["n"]
            items = [self._summary(r) for r in c.execute(sql, page_args)]
            self._attach_narratives(c, items)
        return SearchResult(int(total), items)


def _tsquery(text: str) -> tuple[str, list[str]]:
    """SQL for the tsquery of ``text`` (all phrases must match) and its parameters."""
    parts = ts_parts(text)
    return "(" + " && ".join(["phraseto_tsquery('simple', %s)"] * len(parts)) + ")", parts
