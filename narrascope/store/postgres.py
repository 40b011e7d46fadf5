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
from contextlib import contextmanager
from datetime import date
from typing import Any, Iterator

from ..article import Article
from ..errors import StoreError
from ..schema import Analysis
from .base import (
    HIT_END,
    HIT_START,
    PERIODS,
    ArticleSummary,
    Period,
    PutResult,
    Query,
    SearchResult,
    Store,
    TrendRow,
    _load_analysis,
    _now,
    article_key,
    normalise_day,
)
from .pg_migrations import PG_MIGRATIONS
from .rows import entity_rows, mention_rows, narrative_rows, technique_rows
from .sql_monitor import SQLMonitorMixin

_PERIOD_SQL = {
    "day": "a.day",
    "week": "to_char(date_trunc('week', a.day::date), 'YYYY-MM-DD')",  # ISO weeks start on Monday
    "month": "substr(a.day, 1, 7)",
}
_SUMMARY_COLS = "a.id, a.content_hash, a.key, a.version, a.title, a.date, a.source, a.language, a.words, a.url"
#: Advisory-lock namespaces (first argument of the two-key form), so hash and key locks never collide.
_LOCK_HASH, _LOCK_KEY, _LOCK_MIGRATE = 7301, 7302, 7303
_HEADLINE = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=12, ShortWord=2, FragmentDelimiter=…"


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'narrascope[postgres]'") from None
    return psycopg


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


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


class PostgresStore(SQLMonitorMixin, Store):
    """A store in a PostgreSQL database given by a ``postgresql://`` URL (the database must exist)."""

    _P = "%s"

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
                except Exception:  # closing is best effort; the server drops dead sessions anyway
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

    @staticmethod
    def _write_analysis(c: Any, aid: int, analysis: Analysis, now: str, pipeline: str | None = None,
                        fresh: bool = False) -> None:
        if not fresh:  # a new article has nothing to replace
            for table in ("analyses", "narratives", "entities", "mentions", "techniques"):
                c.execute(f"DELETE FROM {table} WHERE article_id = %s", (aid,))
        c.execute("INSERT INTO analyses (article_id, schema_version, narrascope_version, models, analysis, created_at,"
                  " pipeline) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                  (aid, analysis.schema_version, analysis.narrascope_version, json.dumps(analysis.models),
                   analysis.model_dump_json(exclude_none=True, exclude={"article": {"text"}}), now, pipeline))
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

    def counts(self) -> dict[str, int]:
        """Stored articles (latest versions), all versions, analyses and aliases (documents seen)."""
        with self._read() as c:
            r = c.execute("SELECT (SELECT count(*) FROM articles WHERE latest = 1) AS articles, "
                          "(SELECT count(*) FROM articles) AS versions, (SELECT count(*) FROM analyses) AS analyses, "
                          "(SELECT count(*) FROM aliases) AS aliases").fetchone()
        return {k: int(r[k]) for k in ("articles", "versions", "analyses", "aliases")}

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

    @staticmethod
    def _summary(r: dict[str, Any]) -> ArticleSummary:
        return ArticleSummary(id=r["id"], content_hash=r["content_hash"], key=r["key"], version=r["version"],
                              title=r["title"], date=r["date"], source=r["source"], language=r["language"],
                              words=r["words"], url=r["url"],
                              snippet=" ".join(r["snippet"].split()) if r.get("snippet") else None)

    @staticmethod
    def _attach_narratives(c: Any, items: list[ArticleSummary]) -> None:
        if not items:
            return
        by_id = {i.id: i for i in items}
        for r in c.execute("SELECT article_id, label FROM narratives WHERE level = 'coarse' AND article_id = ANY(%s) "
                           "ORDER BY score DESC", (list(by_id),)):
            by_id[r["article_id"]].narratives.append(r["label"])

    def trends(self, by: Period, query: Query, per_source: bool = False) -> list[TrendRow]:
        """Per period (and source): articles matching the metric filters among those matching the others."""
        if by not in PERIODS:
            raise StoreError(f"unknown period {by!r}; use day, week or month")
        where, args = self._where(query, metric=False, text=True)
        metric, margs = self._metric(query)
        hit = f"COUNT(*) FILTER (WHERE {' AND '.join(metric)})" if metric else "COUNT(*)"
        group = "period, source" if per_source else "period"
        cond = " WHERE " + " AND ".join(where) if where else ""
        sql = (f"SELECT {_PERIOD_SQL[by]} AS period, {'a.source' if per_source else 'NULL::text'} AS source, "
               f"{hit} AS n, COUNT(*) AS total FROM articles a{cond} GROUP BY {group} "
               "ORDER BY period NULLS LAST, source NULLS FIRST")
        with self._read() as c:
            rows = c.execute(sql, [*margs, *args]).fetchall()
        return [TrendRow(r["period"], int(r["n"] or 0), int(r["total"]), r["source"] if per_source else None)
                for r in rows]

    def framing(self, entity: str, by: Period, query: Query | None = None) -> list[dict[str, Any]]:
        """Per period and main role, the number of articles mentioning ``entity`` (role None: unassigned)."""
        if by not in PERIODS:
            raise StoreError(f"unknown period {by!r}; use day, week or month")
        where, args = self._where(query or Query(), metric=False, text=True)
        where.append("e.norm = %s")
        args.append(entity.strip().casefold())
        sql = (f"SELECT {_PERIOD_SQL[by]} AS period, e.main_role AS role, COUNT(DISTINCT a.id) AS n FROM articles a "
               f"JOIN entities e ON e.article_id = a.id WHERE {' AND '.join(where)} "
               "GROUP BY period, role ORDER BY period NULLS LAST, role NULLS FIRST")
        with self._read() as c:
            return [{"period": r["period"], "role": r["role"], "count": int(r["n"])} for r in c.execute(sql, args)]

    def overview(self, top: int = 10) -> dict[str, Any]:
        """Everything the dashboard's overview page shows (the same shape as the SQLite store's)."""
        with self._read() as c:
            def q(sql: str, *a: Any) -> list[dict[str, Any]]:
                return [{k: int(v) if k in _INT_COLS and v is not None else v for k, v in r.items()}
                        for r in c.execute(sql, a)]

            per_day = q("SELECT day, count(*) AS n FROM articles WHERE latest = 1 AND day IS NOT NULL "
                        "GROUP BY day ORDER BY day")
            undated = int(c.execute("SELECT count(*) AS n FROM articles WHERE latest = 1 AND day IS NULL")
                          .fetchone()["n"])
            languages = q("SELECT coalesce(language, '?') AS language, count(*) AS n FROM articles WHERE latest = 1 "
                          "GROUP BY 1 ORDER BY n DESC, 1")
            sources = q("SELECT source, count(*) AS n FROM articles WHERE latest = 1 AND source IS NOT NULL "
                        "GROUP BY source ORDER BY n DESC, source LIMIT %s", top)
            narratives = q("SELECT n.label, n.level, count(DISTINCT n.article_id) AS n FROM narratives n JOIN articles "
                           "a ON a.id = n.article_id WHERE a.latest = 1 AND n.level IN ('domain', 'coarse', 'fine') "
                           "GROUP BY n.label, n.level ORDER BY n DESC, n.label")
            entities = q("SELECT min(e.name) AS name, e.norm, count(DISTINCT e.article_id) AS n, "
                         "count(*) FILTER (WHERE e.main_role = 'Protagonist') AS protagonist, "
                         "count(*) FILTER (WHERE e.main_role = 'Antagonist') AS antagonist, "
                         "count(*) FILTER (WHERE e.main_role = 'Innocent') AS innocent FROM entities e JOIN articles a "
                         "ON a.id = e.article_id WHERE a.latest = 1 GROUP BY e.norm ORDER BY n DESC, e.norm LIMIT %s",
                         top)
            techniques = q("SELECT t.technique, min(t.category) AS category, count(*) AS spans, "
                           "count(DISTINCT t.article_id) AS n FROM techniques t JOIN articles a ON a.id = t.article_id "
                           "WHERE a.latest = 1 GROUP BY t.technique ORDER BY n DESC, t.technique LIMIT %s", top)
            coarse = [r["label"] for r in narratives if r["level"] == "coarse"
                      and not r["label"].endswith("Other")][:top]
            axis = "source" if sources else "language"
            col = "a.source" if sources else "a.language"
            heat = []
            if coarse:
                heat = q(f"SELECT {col} AS row, n.label AS col, count(DISTINCT a.id) AS n FROM narratives n JOIN "
                         f"articles a ON a.id = n.article_id WHERE a.latest = 1 AND n.level = 'coarse' AND "
                         f"n.label = ANY(%s) AND {col} IS NOT NULL GROUP BY 1, 2", coarse)
        counts = self.counts()
        days = (date.fromisoformat(per_day[-1]["day"]) - date.fromisoformat(per_day[0]["day"])).days if per_day else 0
        by = "day" if days <= 31 else "week" if days <= 366 else "month"
        trend: dict[str, list[dict[str, Any]]] = {}
        for label in coarse[:5]:
            rows = self.trends(by, Query(narrative=label))
            trend[label] = [r.to_dict() for r in rows if r.period is not None]
        return {"counts": counts, "undated": undated, "per_day": per_day, "languages": languages,
                "sources": sources, "narratives": narratives[: top * 3], "entities": entities,
                "techniques": techniques, "trend_by": by, "narrative_trend": trend,
                "heatmap": {"axis": axis, "columns": coarse, "cells": heat}}

    def iter_analyses(self, query: Query | None = None) -> Iterator[tuple[ArticleSummary, Analysis]]:
        """Stored analyses matching ``query``, in insertion order, streamed in pages of 200."""
        where, args = self._where(query or Query(), text=True)
        cond = " AND ".join(where) or "TRUE"
        last = 0
        while True:
            with self._read() as c:
                rows = c.execute(f"SELECT {_SUMMARY_COLS}, a.text, n.analysis FROM articles a JOIN analyses n ON "
                                 f"n.article_id = a.id WHERE {cond} AND a.id > %s ORDER BY a.id LIMIT 200",
                                 [*args, last]).fetchall()
            if not rows:
                return
            for r in rows:
                yield self._summary(r), _load_analysis(r["analysis"], r["text"])
            last = rows[-1]["id"]


_INT_COLS = {"n", "protagonist", "antagonist", "innocent", "spans"}


def _tsquery(text: str) -> tuple[str, list[str]]:
    """SQL for the tsquery of ``text`` (all phrases must match) and its parameters."""
    parts = ts_parts(text)
    return "(" + " && ".join(["phraseto_tsquery('simple', %s)"] * len(parts)) + ")", parts
