"""Export stored analyses: JSON lines (full records, every item with its ``shown`` flag), CSV (one flat row per
article: what the reading shows), Parquet (flat + JSON)."""
from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import IO, Any

from ..errors import UsageError
from ..schema import Analysis
from .base import ArticleSummary, Query, Store

FORMATS = ("jsonl", "csv", "parquet")
FLAT_COLUMNS = ("id", "key", "version", "content_hash", "title", "date", "source", "language", "url", "words",
                "domain", "narratives", "subnarratives", "protagonists", "antagonists", "innocents",
                "techniques", "persuasion_density", "entities", "quotes", "claims", "models")


def flat_row(summary: ArticleSummary, a: Analysis) -> dict[str, Any]:
    """One article as a flat dict of scalars (lists joined with ``; ``), for CSV and Parquet: what the reading
    shows (items whose ``shown`` flag is set, as in the query tables the export's filters read); a flat column
    has no room for the flag, so hidden items are left to the JSON lines export."""
    n, cast, p = a.narratives, a.cast, a.persuasion

    def shown(items):
        return [x for x in items if getattr(x, "shown", True)]

    techniques = Counter(s.technique for s in shown(p.spans)) if p else Counter()
    return {
        "id": summary.id, "key": summary.key, "version": summary.version, "content_hash": summary.content_hash,
        "title": summary.title, "date": summary.date, "source": summary.source, "language": summary.language,
        "url": summary.url, "words": summary.words,
        "domain": n.domain if n else None,
        "narratives": "; ".join(s.label for s in shown(n.coarse)) if n else None,
        "subnarratives": "; ".join(s.label for s in shown(n.fine)) if n else None,
        "protagonists": "; ".join(m.name for m in shown(cast.protagonists)) if cast else None,
        "antagonists": "; ".join(m.name for m in shown(cast.antagonists)) if cast else None,
        "innocents": "; ".join(m.name for m in shown(cast.innocents)) if cast else None,
        "techniques": "; ".join(f"{t}:{c}" for t, c in techniques.most_common()) if p else None,
        "persuasion_density": p.density if p else None,
        "entities": len(a.entities), "quotes": len(a.quotes), "claims": len(a.claims),
        "models": json.dumps(a.models, sort_keys=True),
    }


def export(store: Store, fmt: str, out: IO[str] | str | Path, query: Query | None = None) -> int:
    """Write the analyses matching ``query`` to ``out`` in ``fmt``; return how many were written.

    ``parquet`` needs ``pyarrow`` (``pip install 'narrascope[parquet]'``) and a file path for ``out``.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use {', '.join(FORMATS)}")
    rows = _corrected(store, store.iter_analyses(query))
    if fmt == "parquet":
        return _parquet(rows, out)
    stream = open(out, "w", encoding="utf-8", newline="") if isinstance(out, (str, Path)) else out  # noqa: SIM115
    count = 0
    try:
        if fmt == "jsonl":
            for summary, a in rows:
                fixes = getattr(summary, "corrections", None)
                if fixes:
                    # The corrected reading plus its corrections (each with the model's value beside).
                    record = json.loads(a.model_dump_json(exclude_none=True))
                    record["corrections"] = [c.to_dict() for c in fixes]
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    stream.write(a.model_dump_json(exclude_none=True) + "\n")
                count += 1
        else:
            writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            for summary, a in rows:
                writer.writerow(flat_row(summary, a))
                count += 1
    finally:
        if stream is not out:
            stream.close()
    return count


def _corrected(store: Store, rows):
    """The rows with analysts' corrections applied (read once: the corrections table is small beside the
    corpus); a corrected row's summary carries its ``corrections``."""
    from .corrections import apply_corrections

    by_article: dict[int, list] = {}
    for c in store.corrections():
        by_article.setdefault(c.article_id, []).append(c)
    for summary, a in rows:
        mine = by_article.get(summary.id)
        if mine:
            a, applied = apply_corrections(a, mine)
            summary.corrections = applied
        yield summary, a


def _parquet(rows, out) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("parquet export needs pyarrow: pip install 'narrascope[parquet]' "
                         "(or export --format csv / jsonl)") from None
    if not isinstance(out, (str, Path)):
        raise UsageError("parquet is binary: give a file with --out FILE.parquet")
    records = []
    for summary, a in rows:
        r = flat_row(summary, a)
        r["analysis"] = a.model_dump_json(exclude_none=True)
        records.append(r)
    columns = {c: [r[c] for r in records] for c in (*FLAT_COLUMNS, "analysis")}
    ints = {"id", "version", "words", "entities", "quotes", "claims"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.float64() if c == "persuasion_density" else pa.string())
                        for c in columns])
    pq.write_table(pa.table(columns, schema=schema), str(out))
    return len(records)
