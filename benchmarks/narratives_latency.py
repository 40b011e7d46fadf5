"""Latency the narratives, explain and links analysers add to one article (milliseconds, single process).

Runs the other layers first (they are not timed), then times ``narratives``, ``explain`` and ``links`` on each
article of the corpus (default: every 4th of the unlabeled SemEval-2025 test articles, all five languages).
Writes ``benchmarks/results/narratives_latency.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

# One core, as the latency goal is stated: no BLAS thread pool.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
TIMED = ("narratives", "explain", "links")
DEFAULT_CORPUS = REPO / ".." / "shared" / "data" / "semeval2025-task10" / "test" / "raw-documents"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--every", type=int, default=4, help="take every N-th file")
    ap.add_argument("--lang", default="en", help="only articles in this language (detected); 'all' for every one")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "narratives_latency.json")
    args = ap.parse_args()
    from narrascope.pipeline import Pipeline
    from narrascope.readers import ReadFailure, iter_articles
    from narrascope.registry import Document

    files = sorted(args.corpus.glob("**/*.txt"))[:: args.every]
    pipeline = Pipeline(["spacy", "entities", "quotes", "claims", "narratives", "framing", "persuasion", "explain",
                         "links"])
    articles = [a for a in iter_articles(files) if not isinstance(a, ReadFailure)
                and (args.lang == "all" or a.language == args.lang)]
    pipeline.run(articles[0])  # loads the models: not part of the per-article cost
    added, cpu, each = [], [], {name: [] for name in TIMED}
    for article in articles:
        doc = Document(article)
        ms = cpu_ms = 0.0
        for a in pipeline.analysers:
            t0, c0 = time.perf_counter(), time.process_time()
            doc = a(doc)
            if a.name in TIMED:
                dt = (time.perf_counter() - t0) * 1000
                each[a.name].append((time.process_time() - c0) * 1000)
                ms += dt
                cpu_ms += (time.process_time() - c0) * 1000
        added.append(ms)
        cpu.append(cpu_ms)
    added.sort()
    cpu.sort()
    # CPU time is what one core spends; wall time also counts waiting for the core on a shared machine.
    res = {"timed": list(TIMED), "language": args.lang, "articles": len(added),
           "median_ms": round(statistics.median(added), 1), "mean_ms": round(statistics.mean(added), 1),
           "p95_ms": round(added[int(0.95 * len(added))], 1), "max_ms": round(added[-1], 1),
           "cpu_median_ms": round(statistics.median(cpu), 1), "cpu_p95_ms": round(cpu[int(0.95 * len(cpu))], 1),
           "cpu_median_ms_each": {k: round(statistics.median(v), 2) for k, v in each.items()},
           "load_average_1min": round(os.getloadavg()[0], 1), "cores": os.cpu_count()}
    print(json.dumps(res))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
