"""The monitor pages of the dashboard as HTML over HTTP (no browser needed): outlets and the copy network,
HTML 404 pages, lags on story pages, links between an article, its story and its outlet, the alerts switches,
"no shifts", and charts that keep empty periods with readable y axes. (The browser tests repeat the main paths
in chromium where it is installed.)"""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from narrascope.api import create_app
from narrascope.monitor import update_stories
from narrascope.settings import Settings
from narrascope.store import open_store
from narrascope.web.charts import bar_chart, nice_ticks

from . import monitor_data as md
from .synthetic import Generator, light_analysis, to_article


@pytest.fixture(scope="module")
def client():
    store = open_store(":memory:")
    md.fill(store)
    update_stories(store)
    return TestClient(create_app(Settings(), store, None), raise_server_exceptions=False)


def test_outlets_pages_and_copy_graph(client):
    html = client.get("/outlets").text
    assert html.count('class="outlet-link"') == 5
    assert html.count('class="copy-edge"') == 2 and html.count('class="outlet-node"') == 3
    assert "Outlet D copies Outlet A: 1 stories, median lag 24 h" in html
    one = client.get("/outlets/Outlet%20A")
    assert one.status_code == 200
    copied = re.search(r'id="copied-by">(.*?)</table>', one.text, re.S).group(1)
    assert "Outlet D" in copied and "Outlet E" in copied
    assert "First carrier of <b>2</b> narratives" in one.text and md.HERO in one.text
    assert "<script" not in one.text and "http" not in re.sub(r'href="[^"]*"', "", one.text.split("<body")[1])


def test_html_404s(client):
    for path in ("/stories/999999", "/outlets/nobody", "/articles/999999"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert 'id="not-found"' in r.text
    assert client.get("/api/stories/999999").json()["error"]["status"] == 404  # the API keeps JSON


def test_story_lags_and_article_links(client):
    sid = client.get("/api/stories", params={"min_articles": 2}).json()["items"][0]["story_id"]
    html = client.get(f"/stories/{sid}").text
    assert re.findall(r'<td class="num lag">([^<]*)</td>', html) == ["–", "+24.0", "+24.0"]
    assert 'href="/outlets/Outlet%20D"' in html
    art = client.get(f"/articles/{sid}").text
    assert f'id="article-story" href="/stories/{sid}"' in art and "3 copies" in art
    assert 'id="article-outlet" href="/outlets/Outlet%20A"' in art


def test_alerts_switches_and_titles(client):
    html = client.get("/alerts").text
    assert re.search(r'href="/alerts\?by=week&(amp;)?count=stories"', html) and "count articles" in html
    assert html.count("<li><a href=\"/articles/") == 4  # four stories by title, with their outlets
    assert "(Outlet A)" in html
    week = client.get("/alerts", params={"by": "week", "count": "articles"}).text
    assert "Per <b>week</b>" in week and "counting <b>articles</b>" in week


def test_shifts_and_empty_periods(client):
    html = client.get(f"/entities/{md.HERO}", params={"by": "week"}).text
    assert 'id="shifts"' in html and "no-shifts" not in html
    quiet = client.get("/entities/Outlet%20nobody").text
    assert 'id="shifts"' not in quiet  # no roles at all: the page says so instead
    spread = client.get("/narratives/spread", params={"narrative": md.SPREAD}).text
    # 03-05, 03-06 (empty), 03-07: three points on each of the three lines.
    for pts in re.findall(r'<polyline points="([^"]+)"', spread):
        assert len(pts.split()) == 3
    assert nice_ticks(3) == [0, 1, 2, 3] and nice_ticks(17) == [0, 5, 10, 15, 20]
    svg = bar_chart([("2025-03-01", 3), ("2025-03-02", 0), ("2025-03-03", 1)])
    assert re.findall(r'class="tick ytick">([^<]+)<', svg) == ["0", "1", "2", "3"]


def test_no_shifts_said(tmp_path):
    store = open_store(tmp_path / "n.db")
    gen = Generator(seed=2, topics=3)
    for n in range(4):
        item = gen.original(f"n{n}", date(2025, 3, 3) + timedelta(days=7 * n))
        item.source, item.body = "Outlet A", "Steady Person spoke. " + item.body
        art = to_article(item)
        store.put(art, light_analysis(art, ["Steady Person"], roles={"Steady Person": "Innocent"}))
    client = TestClient(create_app(Settings(), store, None))
    html = client.get("/entities/Steady%20Person").text
    assert 'id="no-shifts"' in html and "No shifts" in html
