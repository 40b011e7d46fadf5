"""Load test of `narrascope serve` on loopback: N concurrent clients for D seconds per scenario.

Scenarios: ``search`` (GET /api/articles with a full-text query and a filter, words drawn in turn from a
fixed list), ``analyse`` (POST /api/analyze with a hand-written ~250-word article, nothing stored), and
``article`` (GET /api/articles/{id}, the stored analysis). A 429 (the server's analysis queue is full:
settings api_analyze_workers, api_analyze_queue) is counted as ``busy_429``, not as an error, and the client
waits the Retry-After it was given. Set NARRASCOPE_API_TOKEN: /api/analyze needs the token when one is set.
Prints requests/s, p50/p95/p99 latency and the error count per scenario, and writes them as JSON with --out.

    python benchmarks/load_api.py --db corpus.db --clients 20 --seconds 30

The server is started here as a subprocess (one uvicorn process) and stopped at the end; client and
server share the machine's cores, so numbers are a floor for a dedicated server.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

WORDS = ["NATO", "Ukraine", "climate", "Russia", "energy", "war", "government", "sanctions", "president",
         "Europe", "scientists", "gas", "election", "army", "weather"]
ARTICLE = """Port workers walk out as talks over automation stall

ROTTERDAM — Thousands of port workers stopped work on Tuesday after talks with terminal operators over
automated cranes broke down, the FNV union said. "We will not accept that machines take our jobs without a
plan for the people who do them today," said union leader Maria Jansen at a rally outside the city hall.

The Port of Rotterdam Authority said about 40 ships were waiting at anchor and that exports could fall by 12
percent this month if the strike continued. A spokesman for the operators, Pieter de Vries, said the
companies had offered a guarantee of employment until 2030 and called the walkout irresponsible.

Economists at Erasmus University estimated the cost to the Dutch economy at 50 million euros a day. The
transport minister urged both sides to return to the table, adding that the government would not intervene
in a dispute between employers and unions. European shippers warned that delays would spread to Antwerp and
Hamburg within a week, and retailers said some goods could be missing from shelves before Christmas.

The union said it would hold a vote on Friday on whether to extend the strike to a second week.
"""


_TOKEN = os.environ.get("NARRASCOPE_API_TOKEN")
AUTH = {"Authorization": f"Bearer {_TOKEN}"} if _TOKEN else {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def client(http: httpx.AsyncClient, scenario: str, stop: float, lat: list[float], errors: list[str],
                 n: int, ids: list[int], busy: list[float]) -> None:
    i = n
    while time.perf_counter() < stop:
        i += 1
        t = time.perf_counter()
        try:
            if scenario == "search":
                r = await http.get("/api/articles", params={"q": WORDS[i % len(WORDS)], "limit": 20})
            elif scenario == "article":
                r = await http.get(f"/api/articles/{ids[i % len(ids)]}")
            else:
                r = await http.post("/api/analyze", json={"text": ARTICLE, "source": "load test"}, headers=AUTH)
            if r.status_code == 429:  # the analysis queue is full: a polite client waits as told
                busy.append(time.perf_counter() - t)
                await asyncio.sleep(min(float(r.headers.get("retry-after", "1")), max(0.0, stop - time.perf_counter())))
            elif r.status_code != 200:
                errors.append(f"{r.status_code}: {r.text[:200]}")
            else:
                lat.append(time.perf_counter() - t)
        except httpx.HTTPError as exc:
            errors.append(f"{type(exc).__name__}: {exc}")


async def run(base: str, scenario: str, clients: int, seconds: float) -> dict:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        ids = [i["id"] for i in (await http.get("/api/articles", params={"limit": 100})).json()["items"]] or [1]
        lat: list[float] = []
        errors: list[str] = []
        busy: list[float] = []
        t0 = time.perf_counter()
        await asyncio.gather(*(client(http, scenario, t0 + seconds, lat, errors, n, ids, busy)
                               for n in range(clients)))
        wall = time.perf_counter() - t0
    lat.sort()
    q = lambda p: round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else None
    return {"scenario": scenario, "clients": clients, "seconds": round(wall, 1), "requests": len(lat),
            "requests_per_s": round(len(lat) / wall, 1), "p50_ms": q(0.50), "p95_ms": q(0.95), "p99_ms": q(0.99),
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None, "errors": len(errors),
            "busy_429": len(busy), "first_errors": errors[:3]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="An ingested store to serve.")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--scenarios", default="search,article,analyse")
    ap.add_argument("--workers", type=int, default=1, help="Server worker processes.")
    ap.add_argument("--out", type=Path, help="Write the results as JSON here.")
    args = ap.parse_args()
    port = free_port()
    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    server = subprocess.Popen([sys.executable, "-m", "narrascope", "serve", "--db", args.db, "--port", str(port),
                               "--workers", str(args.workers)],
                              env=env, cwd=repo)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            sys.exit("server did not start")
        for _ in range(2 * args.workers):  # load the models in every worker first
            httpx.post(base + "/api/analyze", json={"text": ARTICLE}, headers=AUTH, timeout=120)
        results = []
        for scenario in args.scenarios.split(","):
            res = asyncio.run(run(base, scenario, args.clients, args.seconds))
            results.append(res)
            print(json.dumps(res))
        if args.out:
            args.out.write_text(json.dumps(results, indent=2) + "\n")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
