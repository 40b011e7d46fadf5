"""What the SQL backends share: the query conditions and the reads whose SQL is the same in both dialects.

The SQLite and PostgreSQL stores keep the same tables, so a filter ("articles of this source pushing this
narrative") is the same SQL but for three things a backend supplies: the parameter mark (``?`` or ``%s``),
how a case-insensitive comparison is written, and the full-text condition (FTS5 or a ``tsvector``).
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any

from .base import Query, StoredArticle, _load_analysis


class SQLQueries:
    """Mixin for a SQL store: builds the WHERE conditions of a :class:`Query` and reads one article.

    A backend sets :attr:`_P` and implements :meth:`_ci_eq` and :meth:`_text_cond`; rows must support
    ``row["column"]`` (``sqlite3.Row``, psycopg's ``dict_row``).
    """

    #: The DB-API parameter mark of the driver.
    _P = "?"
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
        """``sql`` written with ``?`` marks, in the driver's marks."""
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
