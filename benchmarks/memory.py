"""Peak memory of `narrascope ingest` as the corpus grows: it must stay flat (streaming, bounded queue).

Articles are generated here from a few hand-written templates (no shared data), each one distinct (names,
places, numbers and dates vary), and streamed as JSON lines into ``narrascope ingest -`` (the crawler case:
the input itself is never held in memory) or written as one .txt file each into a folder (``--source
folder``). Peak RSS is the highest sum of the resident memory of the ingest process and its workers,
sampled every 50 ms. Analysis cost is not the point, so by default the articles are marked Portuguese and
the analyser list is the spaCy step alone, which for them is spaCy's rule-based tokenizer and sentencizer
(milliseconds per article; 20,000 English parses would take hours on a shared 2-core machine). The reader,
queue, runner, store and bookkeeping are exactly those of a full run; ``--language en --analysers ...`` for
the real thing.

    python benchmarks/memory.py --sizes 2000,20000 --out benchmarks/results/memory.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

NAMES = ["Maria Jansen", "Pieter de Vries", "Anna Kowalska", "Jon Berg", "Leila Haddad", "Tomas Novak",
         "Sofia Rossi", "Ivan Petrov", "Grace Okafor", "Lucas Martin"]
PLACES = ["Rotterdam", "Gdansk", "Lyon", "Porto", "Tallinn", "Graz", "Malmo", "Brno", "Bilbao", "Cork"]
ORGS = ["the port authority", "the city council", "the transport union", "the energy regulator",
        "the farmers' association", "the health ministry"]
TEMPLATES = [
    ("{place} port workers strike over automation",
     "Workers at the port of {place} stopped work on {day} after talks with {org} broke down. \"We will not "
     "accept that machines take our jobs without a plan,\" said {name}, who leads the union. About {n} ships "
     "were waiting at anchor, and exporters warned that delays could cost {m} million euros a week. {other} "
     "said the companies had offered a guarantee of employment until {year}."),
    ("Council in {place} approves new tram line",
     "The city council of {place} approved a tram line of {n} kilometres on {day}, {name} said. The project "
     "will cost {m} million euros and should carry {k} thousand passengers a day by {year}. Shopkeepers "
     "worried about two years of building work, while {org} called the plan overdue. {other} voted against."),
    ("Heat wave strains hospitals around {place}",
     "Hospitals around {place} reported {n} extra admissions on {day} as temperatures passed {k} degrees. "
     "{name}, a doctor at the main clinic, said older patients were most at risk. {org} urged people to drink "
     "water and stay indoors at midday. Forecasters expect the heat to last until {year_day}, {other} said."),
    ("Farmers in {place} block roads over import rules",
     "Tractors blocked the main roads into {place} on {day} as farmers protested against cheaper imports. "
     "{name} said prices had fallen by {n} percent since spring. {org} promised talks within {k} days, and "
     "{other} warned that supermarkets could run short of fresh produce. Police said {m} farms took part."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i: int, language: str = "en") -> dict:
    """The i-th generated article: a JSON record with id, title, text, date and source."""
    rnd = random.Random(i)
    title, body = TEMPLATES[i % len(TEMPLATES)]
    slots = {"place": rnd.choice(PLACES), "name": rnd.choice(NAMES), "other": rnd.choice(NAMES),
             "org": rnd.choice(ORGS), "day": rnd.choice(DAYS), "n": rnd.randint(2, 90), "m": rnd.randint(3, 400),
             "k": rnd.randint(10, 60), "year": 2026 + rnd.randint(0, 9), "year_day": f"the {rnd.randint(2, 28)}th"}
    head = title.format(**slots)
    text = f"{head}\n\n{body.format(**slots)} (Report {i}.)\n"
    return {"id": f"gen-{i}", "title": head, "text": text, "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "source": f"Generated {i % 7}", "language": language}


def peak_rss_of(pid: int, stop: threading.Event, out: list[int]) -> None:
    """Sample the RSS of process ``pid`` and its children until ``stop``; keep the peak in ``out[0]``."""
    import psutil

    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        out[0] = max(out[0], total)
        time.sleep(0.05)


def run(size: int, source: str, analysers: str, processes: int, tmp: Path, language: str = "pt") -> dict:
    """Ingest ``size`` generated articles in a fresh process; return its peak RSS and timings."""
    db = tmp / f"mem-{size}.db"
    env = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_ANALYSERS": analysers}
    if source == "folder":
        folder = tmp / f"corpus-{size}"
        folder.mkdir()
        for i in range(size):
            a = article(i, language)
            (folder / f"{i:06d}.txt").write_text(f"date {a['date']}\n{a['text']}", encoding="utf-8")
        target = str(folder)
    else:
        # Streamed from a file on stdin: read line by line, never whole (the input of a piped crawler).
        feed = tmp / f"corpus-{size}.jsonl"
        with feed.open("w", encoding="utf-8") as f:
            for i in range(size):
                f.write(json.dumps(article(i, language)) + "\n")
        target = "-"
    cmd = [sys.executable, "-m", "narrascope", "ingest", target, "--db", str(db), "-j", str(processes),
           "--no-progress", "--json"]
    t0 = time.perf_counter()
    stdin = feed.open("rb") if source == "stdin" else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stop, peak = threading.Event(), [0]
    sampler = threading.Thread(target=peak_rss_of, args=(proc.pid, stop, peak), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    if stdin is not subprocess.DEVNULL:
        stdin.close()
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed: {err.decode()[-2000:]}")
    summary = json.loads(out)
    seconds = time.perf_counter() - t0
    return {"articles": size, "source": source, "analysers": analysers, "language": language, "processes": processes,
            "stored": summary["stored"], "failed": summary["failed"], "seconds": round(seconds, 1),
            "articles_per_s": round(summary["stored"] / seconds, 1), "peak_rss_mb": round(peak[0] / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--source", choices=("stdin", "folder"), default="stdin")
    ap.add_argument("--analysers", default="spacy")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--language", default="pt", help="language of the generated articles (en: full parse)")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "memory.json")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in [int(s) for s in args.sizes.split(",")]:
            r = run(size, args.source, args.analysers, args.processes, Path(tmp), args.language)
            rows.append(r)
            print(f"{size:>7} articles via {r['source']}: stored {r['stored']} in {r['seconds']}s "
                  f"({r['articles_per_s']} art/s), peak RSS {r['peak_rss_mb']} MB", flush=True)
    if len(rows) >= 2:
        ratio = rows[-1]["peak_rss_mb"] / rows[0]["peak_rss_mb"]
        print(f"peak RSS of {rows[-1]['articles']} vs {rows[0]['articles']} articles: {ratio:.2f}x (goal: <= 1.2x)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
