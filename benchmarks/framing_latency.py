"""Latency the ``framing`` layer adds to an article: the framing analyser alone, on one core.

Every English article of the unlabeled SemEval-2025 test set (``../shared/data/semeval2025-task10/test``) goes
through the default pipeline up to the framing layer (spaCy, entities, quotes, claims, narratives: their
time is not counted); then the framing analyser runs on the finished Document and is timed. Reports the
median and 95th percentile per article — CPU time of this process (``time.process_time``, one thread),
which a busy shared machine does not inflate, and wall time — and writes
``benchmarks/results/framing_latency.json``. Run with one thread (the script sets the BLAS/OpenMP thread
variables to 1 before numpy loads):

    python benchmarks/framing_latency.py [--data ../shared/data/semeval2025-task10/test] [--limit N]
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402 (after the thread variables)
import json  # noqa: E402 (after the thread variables)
import statistics  # noqa: E402 (after the thread variables)
import time  # noqa: E402 (after the thread variables)
from pathlib import Path  # noqa: E402 (after the thread variables)

from narrascope import load_pipeline, load_settings, read_path  # noqa: E402 (after the thread variables)
from narrascope.pipeline import DEFAULT_ANALYSERS, registered_analysers  # noqa: E402 (after the thread variables)


def main() -> None:
    """Time the framing analyser article by article on Documents the earlier layers have filled."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data/semeval2025-task10/test"))
    ap.add_argument("--limit", type=int, default=0, help="Only the first N English articles (0: all).")
    args = ap.parse_args()
    before = DEFAULT_ANALYSERS[:DEFAULT_ANALYSERS.index("framing")]
    upstream = load_pipeline(before)
    framing = registered_analysers()["framing"](load_settings())
    files = sorted((args.data / "raw-documents" / "EN").glob("*.txt"))
    if args.limit:
        files = files[:args.limit]
    if not files:
        raise SystemExit(f"no English articles under {args.data}/raw-documents/EN")
    t0 = time.perf_counter()
    framing(upstream.run(read_path(files[0])))  # loads the model once (not counted below)
    load_s = time.perf_counter() - t0
    times, walls, mentions = [], [], 0
    for f in files:
        doc = upstream.run(read_path(f))
        t, w = time.process_time(), time.perf_counter()
        framing(doc)
        times.append(time.process_time() - t)
        walls.append(time.perf_counter() - w)
        mentions += sum(len(e.mentions) for e in doc.data.get("entities") or [])
    times.sort()
    walls.sort()
    result = {"articles": len(times), "mentions": mentions, "first_call_wall_s": round(load_s, 2),
              "cpu_median_ms": round(statistics.median(times) * 1000, 1),
              "cpu_p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 1),
              "cpu_mean_ms": round(statistics.fmean(times) * 1000, 1),
              "wall_median_ms": round(statistics.median(walls) * 1000, 1),
              "wall_p95_ms": round(walls[int(0.95 * (len(walls) - 1))] * 1000, 1)}
    print(json.dumps(result))
    out = Path(__file__).parent / "results" / "framing_latency.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
