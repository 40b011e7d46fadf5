"""Corrections in the SQL backends (the ``corrections`` table of migration 7; same SQL in both dialects).

A correction row is keyed to the article row, never to the analysis: re-analysis (``ingest --refresh``,
a stale ``POST /api/articles``) replaces the analysis and its query rows but leaves the corrections alone.
"""
from __future__ import annotations

import json
from typing import Any

from .base import _now
from .corrections import Correction


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
        return correction

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
