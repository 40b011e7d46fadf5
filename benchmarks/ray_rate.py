"""Articles/s of the Ray runner with 1 and 2 workers on this machine, the full default pipeline, and a projection
for a cluster.

A local Ray is started with as many CPUs as workers; each run ingests the same English test articles into a
fresh SQLite store (the actors write it themselves). ``seconds`` runs from the first batch sent to the last
stored, so the actors' start-up (model loading, once per actor) is inside it, as it would be on a cluster;
Ray's own start-up is reported apart. The projection multiplies the measured per-worker rate by the cores of
the cluster (each actor is one core), which holds while the store keeps up (see ``store_bench.py``: one
PostgreSQL writer connection per actor).

    python benchmarks/ray_rate.py --limit 24 --out benchmarks/results/ray.json
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "data" / "semeval2025-task10" / "test" / "raw-documents" / "EN"


def run(files: list[Path], workers: int) -> dict:
    import ray

    from narrascope import Settings, open_store
    from narrascope.batch import ingest

    t = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, logging_level="WARNING",
             runtime_env={"env_vars": {"PYTHONPATH": str(REPO)}})
    ray_start = time.perf_counter() - t
    try:
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "ray.db")
            report = ingest(files, store, Settings(n_process=workers, batch_size=4 * workers), runner="ray")
            store.close()
    finally:
        ray.shutdown()
    rate = report.stored / report.seconds
    return {"workers": workers, "articles": report.stored, "seconds": round(report.seconds, 1),
            "articles_per_s": round(rate, 3), "per_worker_articles_per_s": round(rate / workers, 3),
            "ray_start_s": round(ray_start, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=24)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--nodes", type=int, default=8)
    ap.add_argument("--cores-per-node", type=int, default=16)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "ray.json")
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[: args.limit]
    if not files:
        sys.exit(f"error: no .txt articles in {args.corpus}")
    rows = []
    for w in [int(x) for x in args.workers.split(",")]:
        r = run(files, w)
        rows.append(r)
        print(f"{w} worker(s): {r['articles']} articles in {r['seconds']}s = {r['articles_per_s']} articles/s "
              f"({r['per_worker_articles_per_s']} per worker; Ray start {r['ray_start_s']}s)", flush=True)
    best = max(r["per_worker_articles_per_s"] for r in rows)
    cores = args.nodes * args.cores_per_node
    projection = {"nodes": args.nodes, "cores_per_node": args.cores_per_node, "workers": cores,
                  "per_worker_articles_per_s": best, "articles_per_s": round(best * cores, 1),
                  "articles_per_day": round(best * cores * 86400)}
    print(f"projection: {args.nodes} nodes x {args.cores_per_node} cores at {best} articles/s per worker = "
          f"{projection['articles_per_s']} articles/s, {projection['articles_per_day']:,} a day")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": rows, "projection": projection}, indent=1) + "\n")


if __name__ == "__main__":
    main()
