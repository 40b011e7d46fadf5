"""The store alone: insert rate on SQLite and PostgreSQL (1 and N concurrent writers), then the API load test
(`load_api.py`) against a store of each backend holding the same articles.

Articles are generated from the templates of ``memory.py``; each gets a real analysis (the full default
pipeline is run once per template and its record reused with the article's own metadata), so rows per article
(entities, mentions, techniques, narratives) are those of real analyses. Without ``--pg URL`` a throwaway
PostgreSQL cluster is started (Debian's ``postgresql`` binaries, as the tests do; as root it runs as the
``postgres`` user) with its default durability settings (fsync on).

    python benchmarks/store_bench.py --articles 2000 --writers 4 --out benchmarks/results/store.json
    python benchmarks/store_bench.py --articles 2000 --load-seconds 15   # also run load_api.py on both
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from memory import TEMPLATES  # noqa: E402
from memory import article as record  # noqa: E402


def analyses_per_template():
    """A real analysis (full default pipeline) of one article per template."""
    from narrascope import Settings, load_pipeline
    from narrascope.readers.records import article_from_record

    pipeline = load_pipeline()
    return [pipeline(article_from_record(record(i), Settings(), where=f"template {i}"))
            for i in range(len(TEMPLATES))]


def items(start: int, stop: int, templates):
    """Articles ``start..stop`` with an analysis each (the template's, with this article's metadata)."""
    from narrascope import Settings
    from narrascope.readers.records import article_from_record

    settings = Settings()
    for i in range(start, stop):
        art = article_from_record(record(i), settings, where=f"gen {i}")
        base = templates[i % len(templates)]
        meta = base.article.model_copy(update={"id": art.id, "title": art.title, "text": art.text,
                                               "content_hash": art.content_hash, "date": art.date,
                                               "source": art.source})
        yield art, base.model_copy(update={"article": meta})


def _writer(location: str, start: int, stop: int, templates, out) -> None:
    from narrascope.store import open_store

    store = open_store(location)
    t = time.perf_counter()
    for art, analysis in items(start, stop, templates):
        store.put(art, analysis, pipeline="bench")
    out.put((stop - start, time.perf_counter() - t))
    store.close()


def insert_rate(location: str, n: int, writers: int, templates, offset: int = 0) -> dict:
    """Articles/s putting ``n`` articles with ``writers`` processes at once (each its own connection)."""
    from narrascope.store import open_store

    open_store(location).close()  # migrate first: the race is about articles
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    share = n // writers
    procs = [ctx.Process(target=_writer, args=(location, offset + k * share, offset + (k + 1) * share, templates, out))
             for k in range(writers)]
    t = time.perf_counter()
    for p in procs:
        p.start()
    done = [out.get() for _ in procs]
    for p in procs:
        p.join()
    wall = time.perf_counter() - t
    stored = sum(d[0] for d in done)
    return {"articles": stored, "writers": writers, "seconds": round(wall, 2),
            "articles_per_s": round(stored / wall, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--pg", help="postgresql:// URL of an empty database (default: a throwaway cluster)")
    ap.add_argument("--load-seconds", type=float, default=0, help="also run load_api.py this long per scenario")
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "store.json")
    args = ap.parse_args()
    templates = analyses_per_template()
    cluster = None
    pg = args.pg
    if not pg:
        from tests.pg_server import PgCluster, _bindir, create_database

        cluster = PgCluster(_bindir(), durable=True)
        cluster.start()
        pg = create_database(cluster.url)
    results: dict = {"insert": [], "load_api": []}
    with tempfile.TemporaryDirectory() as tmp:
        lite = str(Path(tmp) / "bench.db")
        try:
            n = args.articles
            for name, loc in (("sqlite", lite), ("postgres", pg)):
                r = insert_rate(loc, n, 1, templates)
                results["insert"].append({"backend": name, **r})
                print(f"{name:<9} 1 writer : {r['articles_per_s']:>7.1f} articles/s "
                      f"({r['articles']} in {r['seconds']}s)", flush=True)
            r = insert_rate(pg, n, args.writers, templates, offset=n)
            results["insert"].append({"backend": "postgres", **r})
            print(f"postgres  {args.writers} writers: {r['articles_per_s']:>7.1f} articles/s ({r['articles']} in "
                  f"{r['seconds']}s)", flush=True)
            if args.load_seconds:
                # Same articles in both: put the PostgreSQL-only second half into SQLite too.
                r = insert_rate(lite, n, 1, templates, offset=n)
                for name, loc in (("sqlite", lite), ("postgres", pg)):
                    out = Path(tmp) / f"load-{name}.json"
                    subprocess.run([sys.executable, str(REPO / "benchmarks" / "load_api.py"), "--db", loc,
                                    "--clients", str(args.clients), "--seconds", str(args.load_seconds),
                                    "--scenarios", "search,article", "--out", str(out)], check=True)
                    for row in json.loads(out.read_text()):
                        results["load_api"].append({"backend": name, **row})
        finally:
            if cluster is not None:
                cluster.stop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
