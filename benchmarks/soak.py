"""Soak test: many distinct articles through ONE pipeline in one process; resident memory must stay flat.

A ``serve`` or ``watch --every`` process, or a batch worker, analyses articles for days with one pipeline. Every
article brings words and names the process has never seen (spaCy's string store and lexeme table keep each new
string unless the analysis runs in a memory zone; other per-word caches may too), so memory that grows per
article grows without bound. Here articles are synthesized so that each is distinct and brings new strings:
sentences sampled from the unlabelled SemEval-2025 English test articles (``../shared/data``), with names,
places and numbers swapped for freshly made-up ones (a new surname, town and figure per article). Resident
memory (RSS) is sampled every ``--every`` articles.

Modes: ``batch`` analyses batches of ``--batch`` articles as a batch worker does (``analyse_batch``: one
``nlp.pipe`` and one memory zone per batch); ``single`` calls ``pipeline(article)`` per article as ``serve``
does. ``--no-zone`` turns the memory zones off (the behaviour before issue 21), for comparison.

    nice -n 10 .venv/bin/python benchmarks/soak.py --articles 10000 --out benchmarks/results/soak.json

Reported: articles/s, RSS after warm-up (``--warmup`` articles) and at the end, and the growth per 1,000
articles after warm-up (least-squares slope of the samples).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "semeval2025-task10" / "test" / "raw-documents" / "EN"
if not DATA.is_dir():
    DATA = Path("/work/shared/data/semeval2025-task10/test/raw-documents/EN")

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘])")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})+\b")
_NUM = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_SYL = ["ka", "lo", "ri", "ven", "dor", "mi", "sa", "tu", "rel", "bo", "nak", "zi", "per", "gan", "li", "vos",
        "te", "mar", "quin", "ha", "jo", "bel", "str", "an", "ek"]


def rss_mb() -> float:
    """Resident memory of this process in MB (from /proc, no dependency)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def sentences() -> list[str]:
    """Sentences of the unlabelled English test articles (a title line is not a sentence)."""
    out = []
    for path in sorted(DATA.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n")[1:]:
            out.extend(s.strip() for s in _SENT.split(para) if 40 <= len(s.strip()) <= 400)
    if not out:
        raise SystemExit(f"no sentences found under {DATA}")
    return out


def made_up(rnd: random.Random, parts: int) -> str:
    return "".join(rnd.choice(_SYL) for _ in range(parts)).capitalize()


def synth(i: int, pool: list[str]) -> dict:
    """The i-th article: 6-12 sampled sentences with names, places and numbers made new for this article."""
    rnd = random.Random(i)
    person = f"{made_up(rnd, 2)} {made_up(rnd, 3)}"
    town = made_up(rnd, 3)
    body = []
    for s in rnd.sample(pool, rnd.randint(6, 12)):
        s = _NAME.sub(lambda m: rnd.choice([person, f"{town} {made_up(rnd, 2)}", m.group(0)]), s)
        s = _NUM.sub(lambda m: str(rnd.randint(2, 99_999)), s)
        body.append(s)
    paras = [" ".join(body[k:k + 3]) for k in range(0, len(body), 3)]
    title = f"{person} and the {town} affair: {rnd.choice(pool)[:60].rstrip()}"
    return {"id": f"soak-{i}", "title": title, "text": title + "\n\n" + "\n\n".join(paras),
            "language": "en", "date": f"2025-0{1 + i % 9}-{1 + i % 28:02d}"}


def slope_per_1000(points: list[tuple[int, float]]) -> float:
    """Least-squares MB per 1,000 articles."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


def summary(args, pipeline, samples: list[dict], done: int, failed: int, seconds: float, complete: bool) -> dict:
    """The figures so far, written to ``args.out``."""
    flat = [(s["articles"], s["rss_mb"]) for s in samples if s["articles"] >= args.warmup]
    at_warm = flat[0][1] if flat else samples[-1]["rss_mb"]
    result = {
        "complete": complete, "mode": args.mode, "memory_zones": not args.no_zone,
        "analysers": list(pipeline.names), "articles_asked": args.articles, "articles": done, "failed": failed,
        "seconds": round(seconds, 1), "articles_per_second": round(done / seconds, 2) if seconds else 0.0,
        "warmup_articles": args.warmup, "rss_start_mb": samples[0]["rss_mb"], "rss_after_warmup_mb": at_warm,
        "rss_end_mb": samples[-1]["rss_mb"], "rss_max_mb": max(s["rss_mb"] for s in samples),
        "growth_mb_per_1000_after_warmup": round(slope_per_1000(flat), 2),
        "load_average": os.getloadavg(), "samples": samples,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=250, help="sample RSS every N articles")
    ap.add_argument("--warmup", type=int, default=1000, help="articles before the flat part is measured")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--mode", choices=["batch", "single"], default="batch")
    ap.add_argument("--analysers", default="", help="comma-separated (default: the default pipeline)")
    ap.add_argument("--no-zone", action="store_true", help="analyse without memory zones (before issue 21)")
    ap.add_argument("--out", default="benchmarks/results/soak.json")
    args = ap.parse_args()

    from narrascope import Pipeline
    from narrascope.article import Article
    from narrascope.batch.worker import analyse_batch
    from narrascope.pipeline import fast_numerics
    from narrascope.readers import article_from_record
    from narrascope.settings import Settings

    if args.no_zone:
        Pipeline.memory_zone = lambda self, articles: contextlib.nullcontext()  # type: ignore[method-assign]
    fast_numerics()
    settings = Settings()
    names = [n for n in args.analysers.split(",") if n] or None
    pipeline = Pipeline(names, settings)
    pool = sentences()
    make = (lambda i: article_from_record(synth(i, pool), settings, where="soak"))
    pipeline(Article(text="Warm-up\n\nThe minister said on Monday that the plan would work.\n", id="w"))
    samples = [{"articles": 0, "rss_mb": round(rss_mb(), 1), "seconds": 0.0}]
    print(f"start: {samples[0]['rss_mb']} MB; {len(pool)} sentences; mode {args.mode}, "
          f"zones {'off' if args.no_zone else 'on'}", flush=True)
    t0, done, failed, i = time.perf_counter(), 0, 0, 0
    while done < args.articles:
        step = args.batch if args.mode == "batch" else 1
        batch = [make(i + k) for k in range(min(step, args.articles - done))]
        i += len(batch)
        if args.mode == "batch":
            outs = analyse_batch(pipeline, batch)
            failed += sum(type(o).__name__ != "Analysis" for o in outs)
        else:
            for a in batch:
                try:
                    pipeline(a)
                except Exception:
                    failed += 1
        before = done
        done += len(batch)
        if done // args.every != before // args.every or done == args.articles:
            s = {"articles": done, "rss_mb": round(rss_mb(), 1), "seconds": round(time.perf_counter() - t0, 1)}
            samples.append(s)
            print(f"{done:>6} articles  {s['rss_mb']:7.1f} MB  {done / s['seconds']:.2f} articles/s", flush=True)
            # Written at every sample, so a run stopped early (a busy machine) still leaves its figures.
            summary(args, pipeline, samples, done, failed, time.perf_counter() - t0, complete=False)
    result = summary(args, pipeline, samples, done, failed, time.perf_counter() - t0, complete=True)
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=2))


if __name__ == "__main__":
    main()
