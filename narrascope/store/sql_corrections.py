"""Corrections in the SQL backends (the ``corrections`` table of migration 7; same SQL in both dialects).

A correction row is keyed to the article row, never to the analysis: re-analysis (``ingest --refresh``,
a stale ``POST /api/articles``) replaces the analysis and its query rows but leaves the corrections alone.
The query rows (search, charts, trends, alerts) are built from the analysis *with its corrections applied*: when
an analysis is written and again when a correction is added, so an analyst's word is what the corpus counts.
"""
from __future__ import annotations

import json
from typing import Any

from .base import _now
from .corrections import Correction, apply_corrections


class SQLCorrectionsMixin:
    """Mixin for a SQL store: write and read corrections (needs ``_P``, ``_read`` and ``_write``)."""

    _P = "?"
    _read: Any
    _write: Any

    def add_correction(self, correction: Correction) -> Correction:
        """Store ``correction`` (checked by :func:`~narrascope.store.corrections.make_correction`); returns it with
        its id and time."""
        p = self._P
        now = _now()
        with self._write() as c:
            row = c.execute(
                "INSERT INTO corrections (article_id, content_hash, layer, target, model_value, analyst_value, who, "
                f"created_at) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}) RETURNING id",
                (correction.article_id, correction.content_hash, correction.layer, correction.target,
                 None if correction.model_value is None else json.dumps(correction.model_value, ensure_ascii=False),
                 json.dumps(correction.analyst_value, ensure_ascii=False), correction.who, now)).fetchone()
        correction.id = int(row["id"])
        correction.created_at = now
        self.reindex(correction.article_id)
        return correction

    def _indexed(self, c: Any, aid: int, analysis: Any) -> Any:
        """``analysis`` as the query tables index it: with the article's corrections applied (read on ``c``)."""
        fixes = [Correction.from_row(r) for r in c.execute(
            f"SELECT * FROM corrections WHERE article_id = {self._P} ORDER BY id", (aid,))]
        return apply_corrections(analysis, fixes)[0] if fixes else analysis

    def reindex(self, article: int | None = None) -> int:
        """Rebuild the query tables of one stored article (or of all) from its stored analysis with its
        corrections applied; returns how many articles were rebuilt. Needed after a correction (done by
        :meth:`add_correction`) and for stores written before the tables held only what the reading shows."""
        if article is None:
            with self._read() as c:
                ids = [int(r["article_id"]) for r in c.execute("SELECT article_id FROM analyses ORDER BY article_id")]
        else:
            ids = [article]
        done = 0
        for aid in ids:
            found = self.get(aid)  # type: ignore[attr-defined]
            if found is None or found.analysis is None:
                continue
            with self._write() as c:
                self._write_rows(c, aid, self._indexed(c, aid, found.analysis))  # type: ignore[attr-defined]
            done += 1
        return done

    def corrections(self, article: int | None = None, layer: str | None = None,
                    limit: int | None = None) -> list[Correction]:
        """Stored corrections, oldest first; of one article and/or one layer when given."""
        p = self._P
        where, args = [], []
        if article is not None:
            where.append(f"article_id = {p}")
            args.append(article)
        if layer is not None:
            where.append(f"layer = {p}")
            args.append(layer)
        sql = "SELECT * FROM corrections" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._read() as c:
            return [Correction.from_row(r) for r in c.execute(sql, args)]
