"""``watch`` throughput from a local HTTP server, and whether the per-host rate limit holds.

Hosts are local servers (``tests/monitor/feed_server.py``), each with one RSS feed listing its pages (our own
generated article HTML). Measured: articles per minute of one ``watch_once`` run, end to end (feeds, robots.txt,
pages fetched, trafilatura extraction, analysis, store, story assignment), with the rate limit off; the
analysis is either none (``--analysers ''``: fetch + extract + store) or the analysers named. Then a run with a
rate limit: the smallest gap between two requests to one host, against the limit.

    python benchmarks/watch.py --hosts 4 --pages 50
    python benchmarks/watch.py --hosts 2 --pages 20 --analysers default   # with the full analysis
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from email.utils import formatdate
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from narrascope.batch.watch import watch_once  # noqa: E402
from narrascope.pipeline import Pipeline  # noqa: E402
from narrascope.readers.fetch import FetchPolicy  # noqa: E402
from narrascope.settings import Settings  # noqa: E402
from narrascope.store import open_store  # noqa: E402
from tests.monitor.feed_server import Site, page_html, rss  # noqa: E402


def sites(hosts: int, pages: int) -> list[Site]:
    out = []
    for h in range(hosts):
        s = Site(f"host{h}").start()
        s.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        items = []
        for n in range(pages):
            s.add(f"/news/{n}.html", page_html(h * 1000 + n))
            items.append((f"{s.base}/news/{n}.html", f"Report {h}-{n}", formatdate(1741600000 + n * 60, usegmt=True)))
        s.add("/feed.xml", rss(s.base, items), "application/rss+xml")
        out.append(s)
    return out


def run(hosts: int, pages: int, analysers: list[str] | None, limit: float, limit_pages: int) -> dict:
    settings = Settings(n_process=1)
    pipeline = Pipeline(analysers, settings)  # None: the default pipeline
    if analysers is None or analysers:
        from datetime import date

        from tests.monitor.synthetic import Generator, to_article

        pipeline(to_article(Generator(1).original("warm", date(2025, 1, 1))))  # load models before timing
    servers = sites(hosts, pages)
    feeds = [s.base + "/feed.xml" for s in servers]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "w.db")
        t0, c0 = time.perf_counter(), time.process_time()
        r = watch_once(feeds, store, settings, pipeline, FetchPolicy(rate_limit=0, timeout=10, allow_private=True))
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        store.close()
    off = {"hosts": hosts, "pages": hosts * pages, "stored": r.stored, "failed": len(r.failed), "requests": r.requests,
           "seconds": round(seconds, 2), "articles_per_minute": round(r.stored * 60 / seconds, 1),
           "cpu_seconds": round(cpu, 2), "articles_per_cpu_minute": round(r.stored * 60 / cpu, 1)}
    # The limit: one host, `limit_pages` pages, `limit` seconds between requests.
    for s in servers:
        s.log.clear()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "l.db")
        small = Site("limited").start()
        small.add("/robots.txt", "User-agent: *\n", "text/plain")
        items = []
        for n in range(limit_pages):
            small.add(f"/p/{n}.html", page_html(5000 + n))
            items.append((f"{small.base}/p/{n}.html", f"P {n}", formatdate(1741600000, usegmt=True)))
        small.add("/feed.xml", rss(small.base, items), "application/rss+xml")
        t0 = time.perf_counter()
        r2 = watch_once([small.base + "/feed.xml"], store, settings, Pipeline([], settings),
                        FetchPolicy(rate_limit=limit, timeout=10, allow_private=True))
        secs = time.perf_counter() - t0
        starts = [t for t, _, _ in small.log]
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        small.stop()
        store.close()
    for s in servers:
        s.stop()
    held = {"rate_limit_s": limit, "requests": len(starts), "stored": r2.stored, "min_gap_s": round(min(gaps), 3),
            "mean_gap_s": round(sum(gaps) / len(gaps), 3), "seconds": round(secs, 2),
            "holds": min(gaps) >= limit - 0.005}
    return {"analysers": list(pipeline.names), "rate_limit_off": off, "rate_limit_on": held}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hosts", type=int, default=4)
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--analysers", default="", help="Comma-separated analysers ('' = none: fetch+extract+store; "
                                                   "'default' = the default pipeline).")
    ap.add_argument("--limit", type=float, default=0.5)
    ap.add_argument("--limit-pages", type=int, default=8)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    names = None if args.analysers == "default" else [a for a in args.analysers.split(",") if a]
    result = run(args.hosts, args.pages, names, args.limit, args.limit_pages)
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
