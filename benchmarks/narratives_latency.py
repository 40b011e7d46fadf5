"""Latency the narratives and explain analysers add to one article (milliseconds, single process).

Runs spaCy and entities first (they are not timed), then times ``narratives`` and ``explain`` on each
article of the corpus (default: every 4th of the unlabeled SemEval-2025 test articles, all five languages).
Writes ``benchmarks/results/narratives_latency.json``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "data" / "semeval2025-task10" / "test" / "raw-documents"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--every", type=int, default=4, help="take every N-th file")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "narratives_latency.json")
    args = ap.parse_args()
    from narrascope.ingest import ReadFailure, iter_articles
    from narrascope.pipeline import Pipeline
    from narrascope.registry import Document

    files = sorted(args.corpus.glob("**/*.txt"))[:: args.every]
    pipeline = Pipeline(["spacy", "entities", "narratives", "explain"])
    articles = [a for a in iter_articles(files) if not isinstance(a, ReadFailure)]
    pipeline.run(articles[0])  # loads the models: not part of the per-article cost
    added = []
    for article in articles:
        doc = Document(article)
        ms = 0.0
        for a in pipeline.analysers:
            t0 = time.perf_counter()
            doc = a(doc)
            if a.name in ("narratives", "explain"):
                ms += (time.perf_counter() - t0) * 1000
        added.append(ms)
    added.sort()
    res = {"articles": len(added), "median_ms": round(statistics.median(added), 1),
           "mean_ms": round(statistics.mean(added), 1), "p95_ms": round(added[int(0.95 * len(added))], 1),
           "max_ms": round(added[-1], 1)}
    print(json.dumps(res))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
