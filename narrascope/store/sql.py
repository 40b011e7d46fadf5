"""What the SQL backends share: the query conditions and the reads whose SQL is the same in both dialects.

The SQLite and PostgreSQL stores keep the same tables, so a filter ("articles of this source pushing this
narrative") is the same SQL but for three things a backend supplies: the parameter mark (``?`` or ``%s``),
how a case-insensitive comparison is written, and the full-text condition (FTS5 or a ``tsvector``).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any

from ..errors import StoreError
from ..schema import Analysis
from .base import (
    PERIODS,
    ArticleSummary,
    Period,
    Query,
    StoredArticle,
    TrendRow,
    _load_analysis,
)

SUMMARY_COLS = "a.id, a.content_hash, a.key, a.version, a.title, a.date, a.source, a.language, a.words, a.url"
#: Aggregates some drivers return as decimals (PostgreSQL's SUM); read back as int.
_INT_COLS = {"n", "protagonist", "antagonist", "innocent", "spans", "total"}
#: Ids bound per statement: far below SQLite's limit on bound parameters.
CHUNK = 500


def _ints(row: Any) -> dict[str, Any]:
    return {k: int(v) if k in _INT_COLS and v is not None else v for k, v in dict(row).items()}


class SQLQueries:
    """Mixin for a SQL store: builds the WHERE conditions of a :class:`Query` and reads one article.

    A backend sets :attr:`_P` and implements :meth:`_ci_eq` and :meth:`_text_cond`; rows must support
    ``row["column"]`` (``sqlite3.Row``, psycopg's ``dict_row``).
    """

    #: The DB-API parameter mark of the driver.
    _P = "?"
    #: SQL of the period ("day", "week", "month") of ``articles a`` as an ISO date prefix.
    _PERIOD_SQL: dict[str, str]
    _read: Any

    @classmethod
    def _ci_eq(cls, column: str) -> str:
        """SQL that compares ``column`` with one parameter, ignoring case."""
        raise NotImplementedError

    @classmethod
    def _text_cond(cls, text: str) -> tuple[str, list[Any]] | None:
        """The full-text condition on ``articles a`` for ``text`` and its parameters (None: no searchable words)."""
        raise NotImplementedError

    @classmethod
    def _sql(cls, sql: str) -> str:
        """``sql`` written with ``?`` marks, in the driver's marks (so no literal ``?`` may appear in it)."""
        return sql if cls._P == "?" else sql.replace("?", cls._P)

    @classmethod
    def _in(cls, column: str, values: list[Any]) -> tuple[str, list[Any]]:
        """``column`` is one of ``values`` (non-empty), as SQL and its parameters; SQLite binds one mark per value."""
        return f"{column} IN ({', '.join([cls._P] * len(values))})", list(values)

    @staticmethod
    def _batch(conn: Any) -> AbstractContextManager[Any]:
        """Context in which a run of statements on ``conn`` may be sent together (a no-op unless the driver can)."""
        return nullcontext()

    @classmethod
    def _where(cls, q: Query, *, metric: bool = True, text: bool = False) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``articles a`` for the query (``metric`` adds narrative/entity/technique)."""
        p = cls._P
        where: list[str] = [] if q.all_versions else ["a.latest = 1"]
        args: list[Any] = []
        if metric:
            m, margs = cls._metric(q)
            where += m
            args += margs
        if q.source:
            where.append(cls._ci_eq("a.source"))
            args.append(q.source)
        if q.language:
            where.append(f"a.language = {p}")
            args.append(q.language.lower())
        if q.date_from:
            where.append(f"a.day >= {p}")
            args.append(q.date_from)
        if q.date_to:
            where.append(f"a.day <= {p}")
            args.append(q.date_to)
        cond = cls._text_cond(q.text) if text and q.text else None
        if cond:
            where.append(cond[0])
            args += cond[1]
        return where, args

    @classmethod
    def _metric(cls, q: Query) -> tuple[list[str], list[Any]]:
        """Conditions on what the analysis found: a narrative, a technique, an entity and/or a role."""
        p = cls._P
        where: list[str] = []
        args: list[Any] = []
        if q.narrative:
            where.append(f"a.id IN (SELECT article_id FROM narratives WHERE {cls._ci_eq('label')})")
            args.append(q.narrative.strip())
        if q.technique:
            where.append(f"a.id IN (SELECT article_id FROM techniques WHERE {cls._ci_eq('technique')})")
            args.append(q.technique.strip())
        if q.entity:
            sql = f"a.id IN (SELECT article_id FROM entities WHERE norm = {p}"
            args.append(q.entity.strip().casefold())
            if q.role:
                sql += f" AND main_role = {p}"
                args.append(q.role)
            where.append(sql + ")")
        elif q.role:
            where.append(f"a.id IN (SELECT article_id FROM entities WHERE main_role = {p})")
            args.append(q.role)
        return where, args

    def get(self, article_id: int) -> StoredArticle | None:
        """One article with its text, analysis, aliases and the other versions under its key."""
        p = self._P
        with self._read() as c:
            row = c.execute("SELECT a.*, n.analysis FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
                            f"WHERE a.id = {p}", (article_id,)).fetchone()
            if row is None:
                return None
            aliases = [dict(r) for r in c.execute(f"SELECT key, path, seen_at FROM aliases WHERE article_id = {p} "
                                                   "ORDER BY seen_at, key", (article_id,))]
            versions = [dict(r) for r in c.execute("SELECT id, version, content_hash, ingested_at FROM articles "
                                                    f"WHERE key = {p} ORDER BY version", (row["key"],))]
        analysis = _load_analysis(row["analysis"], row["text"]) if row["analysis"] else None
        return StoredArticle(id=row["id"], content_hash=row["content_hash"], key=row["key"], version=row["version"],
                             latest=bool(row["latest"]), text=row["text"], ingested_at=row["ingested_at"],
                             analysis=analysis, aliases=aliases, versions=versions)

    def counts(self) -> dict[str, int]:
        """Stored articles (latest versions), all versions, analyses and aliases (documents seen)."""
        with self._read() as c:
            r = c.execute("SELECT (SELECT count(*) FROM articles WHERE latest = 1) AS articles, "
                          "(SELECT count(*) FROM articles) AS versions, (SELECT count(*) FROM analyses) AS analyses, "
                          "(SELECT count(*) FROM aliases) AS aliases").fetchone()
        return {k: int(r[k]) for k in ("articles", "versions", "analyses", "aliases")}

    @staticmethod
    def _summary(row: Any) -> ArticleSummary:
        r = dict(row)
        return ArticleSummary(id=r["id"], content_hash=r["content_hash"], key=r["key"], version=r["version"],
                              title=r["title"], date=r["date"], source=r["source"], language=r["language"],
                              words=r["words"], url=r["url"],
                              snippet=" ".join(r["snippet"].split()) if r.get("snippet") else None)

    def _rows_of(self, c: Any, sql: str, ids: list[int]) -> Iterator[Any]:
        """Rows of ``sql`` (a ``{ids}`` placeholder stands for "article_id is one of ``ids``"), ``CHUNK`` ids
        per statement."""
        for i in range(0, len(ids), CHUNK):
            in_sql, args = self._in("article_id", ids[i:i + CHUNK])
            yield from c.execute(sql.format(ids=in_sql), args)

    def _attach_narratives(self, c: Any, items: list[ArticleSummary]) -> None:
        """Fill each item's coarse narrative labels, most confident first."""
        by_id = {i.id: i for i in items}
        for r in self._rows_of(c, "SELECT article_id, label FROM narratives WHERE level = 'coarse' AND {ids} "
                                  "ORDER BY score DESC", list(by_id)):
            by_id[r["article_id"]].narratives.append(r["label"])

    def trends(self, by: Period, query: Query, per_source: bool = False) -> list[TrendRow]:
        """Per period (and source): articles matching the metric filters among those matching the others."""
        if by not in PERIODS:
            raise StoreError(f"unknown period {by!r}; use day, week or month")
        where, args = self._where(query, metric=False, text=True)
        metric, margs = self._metric(query)
        hit = f"SUM(CASE WHEN {' AND '.join(metric)} THEN 1 ELSE 0 END)" if metric else "COUNT(*)"
        group = "period, source" if per_source else "period"
        cond = " WHERE " + " AND ".join(where) if where else ""
        sql = (f"SELECT {self._PERIOD_SQL[by]} AS period, {'a.source' if per_source else 'CAST(NULL AS TEXT)'} "
               f"AS source, {hit} AS n, COUNT(*) AS total FROM articles a{cond} GROUP BY {group} "
               "ORDER BY period NULLS LAST, source NULLS FIRST")  # NULLS FIRST/LAST: SQLite 3.30+
        with self._read() as c:
            rows = [_ints(r) for r in c.execute(sql, [*margs, *args])]
        return [TrendRow(r["period"], r["n"] or 0, r["total"], r["source"] if per_source else None) for r in rows]

    def framing(self, entity: str, by: Period, query: Query | None = None) -> list[dict[str, Any]]:
        """Per period and main role, the number of articles mentioning ``entity`` (role None: unassigned)."""
        if by not in PERIODS:
            raise StoreError(f"unknown period {by!r}; use day, week or month")
        where, args = self._where(query or Query(), metric=False, text=True)
        where.append(f"e.norm = {self._P}")
        args.append(entity.strip().casefold())
        sql = (f"SELECT {self._PERIOD_SQL[by]} AS period, e.main_role AS role, COUNT(DISTINCT a.id) AS n "
               f"FROM articles a JOIN entities e ON e.article_id = a.id WHERE {' AND '.join(where)} "
               "GROUP BY period, role ORDER BY period NULLS LAST, role NULLS FIRST")
        with self._read() as c:
            return [{"period": r["period"], "role": r["role"], "count": int(r["n"])} for r in c.execute(sql, args)]

    def overview(self, top: int = 10) -> dict[str, Any]:
        """Everything the dashboard's overview page shows, in one read."""
        count_role = "SUM(CASE WHEN e.main_role = '{0}' THEN 1 ELSE 0 END) AS {1}"
        p = self._P
        with self._read() as c:
            def q(sql: str, *a: Any) -> list[dict[str, Any]]:
                return [_ints(r) for r in c.execute(sql, a)]

            per_day = q("SELECT day, count(*) AS n FROM articles WHERE latest = 1 AND day IS NOT NULL "
                        "GROUP BY day ORDER BY day")
            undated = q("SELECT count(*) AS n FROM articles WHERE latest = 1 AND day IS NULL")[0]["n"]
            languages = q("SELECT coalesce(language, '?') AS language, count(*) AS n FROM articles WHERE latest = 1 "
                          "GROUP BY 1 ORDER BY n DESC, 1")
            sources = q("SELECT source, count(*) AS n FROM articles WHERE latest = 1 AND source IS NOT NULL "
                        f"GROUP BY source ORDER BY n DESC, source LIMIT {p}", top)
            narratives = q("SELECT n.label, n.level, count(DISTINCT n.article_id) AS n FROM narratives n JOIN articles "
                           "a ON a.id = n.article_id WHERE a.latest = 1 AND n.level IN ('domain', 'coarse', 'fine') "
                           "GROUP BY n.label, n.level ORDER BY n DESC, n.label")
            entities = q("SELECT min(e.name) AS name, e.norm, count(DISTINCT e.article_id) AS n, "
                         + ", ".join(count_role.format(role, role.lower())
                                     for role in ("Protagonist", "Antagonist", "Innocent"))
                         + " FROM entities e JOIN articles a ON a.id = e.article_id WHERE a.latest = 1 "
                         f"GROUP BY e.norm ORDER BY n DESC, e.norm LIMIT {p}", top)
            techniques = q("SELECT t.technique, min(t.category) AS category, count(*) AS spans, "
                           "count(DISTINCT t.article_id) AS n FROM techniques t JOIN articles a ON a.id = t.article_id "
                           f"WHERE a.latest = 1 GROUP BY t.technique ORDER BY n DESC, t.technique LIMIT {p}", top)
            coarse = [r["label"] for r in narratives if r["level"] == "coarse"
                      and not r["label"].endswith("Other")][:top]
            # Sources × narratives; a corpus without sources (e.g. SemEval files) falls back to languages.
            axis = "source" if sources else "language"
            col = "a.source" if sources else "a.language"
            heat: list[dict[str, Any]] = []
            if coarse:
                in_sql, in_args = self._in("n.label", coarse)
                heat = [_ints(r) for r in c.execute(
                    f"SELECT {col} AS row, n.label AS col, count(DISTINCT a.id) AS n FROM narratives n JOIN "
                    f"articles a ON a.id = n.article_id WHERE a.latest = 1 AND n.level = 'coarse' AND "
                    f"{in_sql} AND {col} IS NOT NULL GROUP BY 1, 2", in_args)]
        counts = self.counts()
        # Pick the period from the date range, so a sparse corpus still gets a readable trend.
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
        cond = " AND ".join(where) or "1 = 1"
        last = 0
        while True:
            with self._read() as c:
                rows = c.execute(f"SELECT {SUMMARY_COLS}, a.text, n.analysis FROM articles a JOIN analyses n ON "
                                 f"n.article_id = a.id WHERE {cond} AND a.id > {self._P} ORDER BY a.id LIMIT 200",
                                 [*args, last]).fetchall()
            if not rows:
                return
            for r in rows:
                yield self._summary(r), _load_analysis(r["analysis"], r["text"])
            last = rows[-1]["id"]
