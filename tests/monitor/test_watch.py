"""``watch`` against a local HTTP server started here (never an outside address): a feed with good pages,
a robots.txt-forbidden page, a 500, a redirect, a PDF, a page without text, and a slow host."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from narrascope.batch.watch import parse_every, watch_once
from narrascope.cli import app
from narrascope.monitor import update_stories
from narrascope.pipeline import Pipeline
from narrascope.readers.fetch import Fetcher, FetchPolicy
from narrascope.settings import Settings
from narrascope.store import Query, open_store

from .feed_server import news_sites

# The feed server listens on 127.0.0.1: these tests must allow private addresses (off by default).
POLICY = FetchPolicy(rate_limit=0.2, timeout=0.5, retries=1, backoff=0.05, retry_wait=3600, allow_private=True)


@pytest.fixture()
def sites():
    main, slow = news_sites(pages=4, slow_delay=1.5)
    yield main, slow
    main.stop()
    slow.stop()


@pytest.fixture(scope="module")
def light():
    """Plumbing tests need no models: an empty analyser list still stores the article (and its metadata)."""
    settings = Settings(n_process=1)
    return settings, Pipeline([], settings)


def test_watch_once_then_again(sites, light, tmp_path):
    main, slow = sites
    settings, pipeline = light
    store = open_store(tmp_path / "w.db")
    feed = main.base + "/feed.xml"
    r1 = watch_once([feed], store, settings, pipeline, POLICY)
    assert r1.stored == 5 and r1.entries == 10
    assert sorted(f["url"].rsplit("/", 1)[1] for f in r1.failed) == ["broken.html", "slow.html"]
    assert any("timed out" in f["message"] for f in r1.failed) and any("HTTP 500" in f["message"] for f in r1.failed)
    assert sorted(b["url"].rsplit("/", 1)[1] for b in r1.bad) == ["empty.html", "report.pdf"]
    assert r1.blocked == [main.base + "/private/secret.html"]
    # robots.txt honoured: the forbidden page was never requested; the 500 was retried once.
    assert main.requests("/private/secret.html") == [] and len(main.requests("/broken.html")) == 2
    # One clear User-Agent on every request.
    assert all(h.get("user-agent", "").startswith("narrascope/") for _, _, h in main.log + slow.log)
    # The per-host rate limit holds: requests to one host start at least 0.2 s apart.
    starts = [t for t, _, _ in main.log]
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.2 - 0.01
    # The feed's date, source and URL are kept; the redirect is stored under the feed's link.
    items = {i.key: i for i in store.search(Query(), limit=50).items}
    first = items[main.base + "/news/1.html"]
    # The outlet is the site (its registrable domain; an IP address here), not the feed's title.
    assert first.source == "127.0.0.1" and first.url == first.key and first.date.startswith("2025-03-10T")
    assert first.title == "Terminal delay, report 1"
    assert main.base + "/old/moved" in items
    art = store.get(items[main.base + "/old/moved"].id)
    assert any("redirected" in n for n in art.analysis.article.notes)
    assert update_stories(store) == 5

    # Second run: the feed answers 304 to the conditional GET; nothing is fetched or added.
    n_requests = len(main.log)
    r2 = watch_once([feed], store, settings, pipeline, POLICY)
    assert r2.stored == 0 and r2.not_modified == 1 and store.counts()["articles"] == 5
    new = main.log[n_requests:]
    assert [p for _, p, _ in new] == ["/robots.txt", "/feed.xml"] and new[1][2].get("if-none-match") == '"feed-v1"'

    # Later: the failed pages' retry time has come, the slow host is fast again, the 500 still fails.
    for st in store.fetch_states():
        if st.status == "failed":
            past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat(timespec="seconds")
            store.save_fetch_state(replace(st, next_try=past))
    slow.routes["/slow.html"] = slow.routes["/slow.html"][:3] + (0.0,)
    r3 = watch_once([feed], store, settings, pipeline, POLICY)
    assert r3.stored == 1 and [f["url"].rsplit("/", 1)[1] for f in r3.failed] == ["broken.html"]
    assert store.fetch_state(main.base + "/broken.html").failures == 2
    # The failed pages were retried alone from their remembered entries: the feed stayed conditional (304).
    assert r3.not_modified == 1 and r3.bad == []
    slow_item = next(i for i in store.search(Query(), limit=50).items if i.key == slow.base + "/slow.html")
    assert slow_item.title == "Slow"  # the feed entry's title, kept through the retry
    assert main.requests("/report.pdf") and len(main.requests("/report.pdf")) == 1  # not fetched again
    assert store.counts()["articles"] == 6
    store.close()


def test_rate_limit_off_and_crawl_delay(sites):
    main, _ = sites
    fast = Fetcher(replace(POLICY, rate_limit=0))
    for n in range(1, 5):
        fast.get(f"{main.base}/news/{n}.html")
    main.add("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", "text/plain")
    polite = Fetcher(replace(POLICY, rate_limit=0.05))
    before = len(main.log)
    for n in range(1, 4):
        polite.get(f"{main.base}/news/{n}.html")
    starts = [t for t, _, _ in main.log[before:]]
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 1 - 0.01


def test_cli_url_list(sites, tmp_path, monkeypatch):
    main, _ = sites
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# two pages\n{main.base}/news/1.html\n\n{main.base}/news/2.html\n{main.base}/report.pdf\n")
    db = str(tmp_path / "cli.db")
    monkeypatch.setenv("NARRASCOPE_ANALYSERS", "spacy")
    monkeypatch.setenv("NARRASCOPE_FETCH_USER_AGENT", "test-watcher/1.0")
    monkeypatch.setenv("NARRASCOPE_FETCH_ALLOW_PRIVATE", "true")  # the feed server is on 127.0.0.1
    main.log.clear()
    runner = CliRunner()
    args = ["watch", str(listing), "--db", db, "--once", "--rate-limit", "0", "--timeout", "2", "--json", "-j", "1"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert {h.get("user-agent") for _, _, h in main.log} == {"test-watcher/1.0"}  # from NARRASCOPE_FETCH_USER_AGENT
    report = json.loads(r.stdout.splitlines()[-1])
    assert report["stored"] == 2 and [b["url"] for b in report["bad"]] == [f"{main.base}/report.pdf"]
    r = runner.invoke(app, args)
    assert json.loads(r.stdout.splitlines()[-1])["stored"] == 0
    store = open_store(db)
    assert store.counts()["articles"] == 2
    got = store.get(store.search(Query(), limit=1).items[0].id)
    assert got.analysis.sentences  # analysed through the normal pipeline
    store.close()


def test_cli_bad_arguments(tmp_path, monkeypatch):
    runner = CliRunner()
    r = runner.invoke(app, ["watch", "ftp://example.invalid/feed", "--db", str(tmp_path / "x.db"), "--once"])
    assert r.exit_code != 0 and "not an http(s) URL" in str(r.exception)
    r = runner.invoke(app, ["watch", "http://127.0.0.1:9/feed", "--db", str(tmp_path / "x.db"), "--every", "5x"])
    assert r.exit_code != 0 and "15m" in str(r.exception)
    monkeypatch.setenv("NARRASCOPE_WATCH_EVERY", "often")  # a bad setting is named, and nothing is created
    r = runner.invoke(app, ["watch", "http://127.0.0.1:9/feed", "--db", str(tmp_path / "y.db")])
    assert r.exit_code != 0 and "watch_every" in str(r.exception) and not (tmp_path / "y.db").exists()
    assert parse_every("1h30m") == 5400 and parse_every("90s") == 90 and parse_every("15") == 900
