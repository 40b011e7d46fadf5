"""Outlets as first-class, sturdy URL lists and who copies whom, on a local multi-outlet site served on loopback:
outlet A (127.0.0.1) publishes through two feeds under two titles and a URL list (with bad lines, a comment
after a URL, a non-UTF-8 line, a page also in a feed, and an index page); outlets B (127.0.0.2) and C
(127.0.0.3) republish A's stories a day later under new headlines, with endings trimmed."""
from __future__ import annotations

import json
from datetime import date
from email.utils import formatdate

import pytest
from typer.testing import CliRunner

from narrascope.batch.watch import watch_once
from narrascope.cli import app
from narrascope.monitor import merge_outlets, outlet_profile, outlet_profiles, rename_outlet, update_stories
from narrascope.pipeline import Pipeline
from narrascope.readers.fetch import FetchPolicy
from narrascope.readers.outlets import OutletResolver, read_outlets_file, registrable_domain
from narrascope.settings import Settings
from narrascope.store import Query, open_store

from .feed_server import Site, article_html, index_html, rss
from .synthetic import Generator

POLICY = FetchPolicy(rate_limit=0, timeout=2, retries=0, backoff=0.05, retry_wait=3600,
                     allow_private=True)  # the three outlets are on 127.0.0.x
DAY0 = 1741600000  # 2025-03-10 09:46 UTC
runner = CliRunner()


@pytest.fixture(autouse=True)
def _loopback(monkeypatch):
    # Fetching loopback addresses is refused by default once SSRF checks exist; these servers are ours.
    monkeypatch.setenv("NARRASCOPE_FETCH_ALLOW_PRIVATE", "true")


@pytest.fixture(scope="module")
def light():
    settings = Settings(n_process=1)
    return settings, Pipeline([], settings)


def _paras(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


@pytest.fixture()
def network(tmp_path):
    """Three outlets on three loopback addresses; returns the sites and the path of the outlets file."""
    gen = Generator(seed=5, topics=10)
    a, b, c = Site("a").start(), Site("b", "127.0.0.2").start(), Site("c", "127.0.0.3").start()
    originals = [gen.original(f"a{n}", date(2025, 3, 10), topic=n) for n in range(4)]
    main_items, desk_items = [], []
    for n, item in enumerate(originals):
        a.add(f"/news/{n}.html", article_html(item.title, _paras(item.body), site="Continental Wire"))
        rec = (f"{a.base}/news/{n}.html", item.title, formatdate(DAY0 + n * 3600, usegmt=True))
        (main_items if n < 2 else desk_items).append(rec)
    # Pages only in the URL list: one with its hour in the page, one also listed by the main feed.
    extra = gen.original("a-list", date(2025, 3, 10), topic=7)
    a.add("/news/list.html", article_html(extra.title, _paras(extra.body), published="2025-03-10T14:30:00Z"))
    heads = [(f"/news/{n}.html", o.title) for n, o in enumerate(originals)]
    heads += [(f"/old/{k}.html", f"Archive headline number {k} of the week") for k in range(12)]
    a.add("/latest.html", index_html(heads))
    a.add("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
    a.add("/feed.xml", rss(a.base, main_items, title="Continental Wire"), "application/rss+xml",
          headers={"ETag": '"a1"'})
    a.add("/europe/feed.xml", rss(a.base, desk_items, title="Continental Wire - Europe desk"),
          "application/rss+xml", headers={"ETag": '"a2"'})
    for site, tag in ((b, "b"), (c, "c")):
        items = []
        for n, item in enumerate(originals[:3]):
            copy = gen.copy(item, f"{tag}{n}", rewrite=False)
            site.add(f"/story/{n}.html", article_html(f"{tag.upper()} republishes: {copy.title}", _paras(copy.body)))
            items.append((f"{site.base}/story/{n}.html", copy.title,
                          formatdate(DAY0 + 86400 + n * 3600, usegmt=True)))
        site.add("/rss", rss(site.base, items, title=f"Outlet {tag.upper()} news"), "application/rss+xml")
    listing = tmp_path / "a-urls.txt"
    listing.write_bytes(
        b"# pages of Continental Wire\n"
        b"not a url\n"
        b"http://[::1\n"
        b"http://\n"
        + f"{a.base}/news/list.html   # a comment\n".encode()
        + b"http://bad.example/caf\xe9\n"
        + f"{a.base}/news/0.html\n{a.base}/latest.html\n".encode())
    outlets = tmp_path / "outlets.toml"
    outlets.write_text(f'''
[[outlet]]
name = "Continental Wire"
feeds = ["{a.base}/feed.xml", "{a.base}/europe/feed.xml"]
lists = ["a-urls.txt"]
country = "DE"
notes = "wire service"

[[outlet]]
name = "outlet-b"
feeds = ["{b.base}/rss"]

[[outlet]]
name = "outlet-c"
feeds = ["{c.base}/rss"]
''')
    yield a, b, c, outlets
    for s in (a, b, c):
        s.stop()


def test_registrable_domain_and_file(tmp_path):
    assert registrable_domain("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert registrable_domain("https://europe.continentalwire.com/rss") == "continentalwire.com"
    assert registrable_domain("http://g1.globo.com.br/x") == "globo.com.br"
    assert registrable_domain("http://127.0.0.2:8080/x") == "127.0.0.2"
    assert registrable_domain("http://[::1") == ""
    bad = tmp_path / "bad.toml"
    bad.write_text("[[outlet]]\nfeeds = ['http://x.example/rss']\n")
    with pytest.raises(Exception, match="give it a name"):
        read_outlets_file(bad)
    r = OutletResolver(source="My feed", aliases={"old name": "New name"})
    assert r.name("http://a.example/1") == "My feed" and r.follow("Old Name") == "New name"
    assert OutletResolver().name("https://news.site.example/x") == "site.example"


def test_one_outlet_sturdy_lists_and_copy_network(network, light, tmp_path):
    a, b, c, outlets_file = network
    settings, pipeline = light
    store = open_store(tmp_path / "o.db")
    events = []
    r1 = watch_once([], store, settings, pipeline, POLICY, on_event=lambda k, p: events.append((k, p)),
                    outlets=read_outlets_file(outlets_file))
    # Bad lines are reported with file:line and skipped; the rest ran (no exception, no traceback).
    probs = "\n".join(r1.problems)
    for line in (2, 3, 4, 6):
        assert f"a-urls.txt:{line}:" in probs
    assert "not UTF-8" in probs and "no host name" in probs and "not a valid URL" in probs
    # The good URL before "# a comment" was fetched; the index page was refused as not an article.
    assert a.requests("/news/list.html")
    assert any("index page" in x["message"] for x in r1.bad if x["url"].endswith("/latest.html"))
    # Each URL once per run: news/0.html is in a feed and in the list.
    assert len(a.requests("/news/0.html")) == 1
    assert r1.stored == 4 + 1 + 3 + 3
    items = store.search(Query(), limit=50).items
    by_source: dict[str, int] = {}
    for i in items:
        by_source[i.source] = by_source.get(i.source, 0) + 1
    # Two feed titles and the URL list: one outlet.
    assert by_source == {"Continental Wire": 5, "outlet-b": 3, "outlet-c": 3}
    listed = next(i for i in items if i.key.endswith("/news/list.html"))
    assert listed.date == "2025-03-10T14:30:00+00:00"  # the hour of the page's date is kept
    # Second run: list pages are not fetched again, feeds answer 304.
    n_list = len(a.requests("/news/list.html"))
    r2 = watch_once([], store, settings, pipeline, POLICY, outlets=read_outlets_file(outlets_file))
    assert r2.stored == 0 and len(a.requests("/news/list.html")) == n_list and r2.not_modified == 2
    assert not a.requests("/latest.html")[1:]  # the index page is remembered as not an article

    # Who copies whom: B and C republish A's stories a day later.
    update_stories(store)
    prof = {p["outlet"]: p for p in outlet_profiles(store)}
    assert [x["outlet"] for x in prof["outlet-b"]["copies_from"]] == ["Continental Wire"]
    assert prof["outlet-b"]["copies_from"][0]["stories"] == 3
    assert prof["outlet-b"]["copies_from"][0]["median_lag_hours"] == 24.0
    assert {x["outlet"] for x in prof["Continental Wire"]["copied_by"]} == {"outlet-b", "outlet-c"}
    assert prof["Continental Wire"]["copies_from"] == [] and prof["Continental Wire"]["country"] == "DE"
    store.close()

    db = str(tmp_path / "o.db")
    r = runner.invoke(app, ["outlets", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = {o["outlet"]: o for o in map(json.loads, r.stdout.splitlines())}
    for key in ("outlet", "articles", "first_carrier", "narratives", "copies_from", "copied_by"):
        assert key in lines["outlet-c"]
    assert lines["outlet-c"]["copies_from"][0]["outlet"] == "Continental Wire"
    assert {x["outlet"] for x in lines["Continental Wire"]["copied_by"]} == {"outlet-b", "outlet-c"}
    r = runner.invoke(app, ["outlets", "--db", db], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "Continental Wire" in r.stdout and "outlet-b (3, 24.0 h)" in r.stdout

    # Renaming relabels stored articles, and later runs follow the new name.
    r = runner.invoke(app, ["outlets", "rename", "outlet-b", "Outlet B", "--db", db])
    assert r.exit_code == 0 and "3 articles" in r.output
    store = open_store(db)
    b.add("/story/9.html", article_html("A late one", _paras(Generator(seed=9).original("z", date(2025, 3, 12)).body)))
    b.add("/rss", rss(b.base, [(f"{b.base}/story/9.html", "A late one", formatdate(DAY0 + 2 * 86400, usegmt=True))]),
          "application/rss+xml")
    watch_once([], store, settings, pipeline, POLICY, outlets=read_outlets_file(outlets_file))
    sources = {i.source for i in store.search(Query(), limit=50).items}
    assert "outlet-b" not in sources and len(store.search(Query(source="Outlet B")).items) == 4
    assert outlet_profile(store, "outlet b")["articles"] == 4
    # Merging: two outlets become one.
    assert merge_outlets(store, ["Outlet B", "outlet-c"], "Regional papers") == 7
    assert outlet_profile(store, "Regional papers")["copies_from"][0]["outlet"] == "Continental Wire"
    with pytest.raises(Exception, match="no outlet"):
        rename_outlet(store, "nobody", "x")
    store.close()


def test_default_outlet_is_the_site_and_source_option(network, light, tmp_path):
    a, b, _, _ = network
    settings, pipeline = light
    store = open_store(tmp_path / "d.db")
    # No outlets file: both feeds of site A (two titles) give one outlet, its domain.
    watch_once([f"{a.base}/feed.xml", f"{a.base}/europe/feed.xml"], store, settings, pipeline, POLICY)
    assert {i.source for i in store.search(Query(), limit=50).items} == {"127.0.0.1"}
    # --source names the outlet of a single feed.
    watch_once([f"{b.base}/rss"], store, settings, pipeline, POLICY, source="Outlet B")
    assert len(store.search(Query(source="Outlet B")).items) == 3
    store.close()


def test_cli_url_list_problems(network, tmp_path):
    a, _, _, _ = network
    listing = tmp_path / "urls.txt"
    listing.write_text(f"not a url\nhttp://[::1\n{a.base}/news/1.html # a comment\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n")
    db = str(tmp_path / "cli.db")
    r = runner.invoke(app, ["watch", str(listing), str(empty), "file:///etc/hosts", "--db", db, "--once",
                            "--rate-limit", "0", "--json", "-j", "1"],
                      env={"NARRASCOPE_ANALYSERS": "spacy", "NARRASCOPE_FETCH_ALLOW_PRIVATE": "true"})
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    report = json.loads(r.stdout.splitlines()[-1])
    assert report["stored"] == 1
    problems = "\n".join(report["problems"])
    assert "urls.txt:1" in problems and "urls.txt:2" in problems and "the URL list is empty" in problems
    assert "file:///etc/hosts" in problems
    # Nothing usable at all: one line, exit code, no traceback.
    r = runner.invoke(app, ["watch", "http://", "--db", db, "--once"])
    assert r.exit_code != 0 and "no host name" in str(r.exception)


def test_news_sitemaps_from_a_home_page(light, tmp_path):
    """A site without feeds: its home page, robots.txt naming a sitemap index, a Google News sitemap (title,
    publication time, language) and a plain sitemap (lastmod)."""
    settings, pipeline = light
    gen = Generator(seed=8, topics=6)
    d = Site("d", "127.0.0.4").start()
    try:
        news = [gen.original(f"d{n}", date(2025, 3, 12), topic=n) for n in range(3)]
        for n, item in enumerate(news):
            d.add(f"/a/{n}", article_html(f"Page title {n}", _paras(item.body)))
        d.add("/", index_html([(f"/a/{n}", f"Headline {n} of the day on the home page") for n in range(12)]))
        d.add("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {d.base}/sitemap_index.xml\n", "text/plain")
        d.add("/sitemap_index.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{d.base}/news-sitemap.xml</loc><lastmod>2025-03-12</lastmod></sitemap>
<sitemap><loc>{d.base}/pages-sitemap.xml</loc><lastmod>2025-03-01</lastmod></sitemap>
</sitemapindex>""", "application/xml", headers={"ETag": '"idx"'})
        d.add("/news-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{d.base}/a/0</loc><news:news><news:publication><news:name>Daily D</news:name><news:language>en</news:language>
</news:publication><news:publication_date>2025-03-12T08:15:00+01:00</news:publication_date>
<news:title>News title zero</news:title></news:news></url>
<url><loc>{d.base}/a/1</loc><news:news><news:publication_date>2025-03-12T09:00:00Z</news:publication_date>
<news:title>News title one</news:title></news:news></url>
</urlset>""", "application/xml", headers={"ETag": '"news"'})
        d.add("/pages-sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{d.base}/a/2</loc><lastmod>2025-03-11T17:45:00Z</lastmod></url>
<url><loc>{d.base}/a/1</loc></url>
<url><loc>not a url</loc></url>
</urlset>""", "text/xml")
        store = open_store(tmp_path / "s.db")
        r1 = watch_once([d.base + "/"], store, settings, pipeline, POLICY)
        assert r1.stored == 3 and r1.failed == [] and r1.bad == []
        got = {i.key.rsplit("/", 1)[1]: i for i in store.search(Query(), limit=10).items}
        assert got["0"].title == "News title zero" and got["0"].date == "2025-03-12T07:15:00+00:00"
        assert got["1"].date == "2025-03-12T09:00:00+00:00" and got["2"].date == "2025-03-11T17:45:00+00:00"
        assert {i.source for i in got.values()} == {"127.0.0.4"}
        assert len(d.requests("/a/1")) == 1  # listed by both sitemaps: fetched once
        r2 = watch_once([d.base + "/"], store, settings, pipeline, POLICY)
        assert r2.stored == 0 and r2.not_modified == 2 and len(d.requests("/a/0")) == 1
        # A sitemap given directly works too; a broken one is reported, not fatal.
        d.add("/broken-sitemap.xml", "<?xml version='1.0'?><urlset><url><loc>", "application/xml")
        r3 = watch_once([d.base + "/broken-sitemap.xml", d.base + "/pages-sitemap.xml"], store, settings, pipeline,
                        POLICY)
        assert any("not a readable sitemap" in b["message"] for b in r3.bad) and r3.known == 2
        store.close()
    finally:
        d.stop()


def test_index_page_rule_spares_articles():
    from narrascope.readers.feeds import index_page

    gen = Generator(seed=12, topics=3)
    body = _paras(gen.original("x", date(2025, 3, 1)).body)
    related = "".join(f"<li><a href='/r{k}'>Related story number {k}</a></li>" for k in range(12))
    article = article_html("A long article", body).replace("</article>", f"</article><ul>{related}</ul>")
    assert index_page(article, "\n\n".join(body)) is None  # a related-links box does not make an index
    heads = [(f"/n/{k}", f"Headline number {k} of the day") for k in range(20)]
    assert "index page" in index_page(index_html(heads), "\n".join(t for _, t in heads))
