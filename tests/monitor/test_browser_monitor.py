"""The monitor pages in a real browser (Debian chromium driven by Playwright): stories and a story's timeline,
narrative spread with its first carriers, entity role drift, alerts, outlets and their copy network, 404 pages."""
from __future__ import annotations

import threading
import time

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from narrascope.api import create_app  # noqa: E402
from narrascope.settings import Settings  # noqa: E402
from narrascope.store import open_store  # noqa: E402

from ..web.test_browser import ARGS, CHROMIUM, _free_port  # noqa: E402
from . import monitor_data as md  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def base():
    import os
    import shutil

    if not (shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but chromium is missing at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"no chromium at {CHROMIUM}")
    from narrascope.monitor import update_stories

    store = open_store(":memory:")
    md.fill(store)
    update_stories(store)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(), store, None), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page()
        yield pg
        browser.close()


def test_stories_then_a_story_timeline(base, page):
    page.goto(base + "/")
    page.click("header nav >> text=Stories")
    assert page.inner_text("#story-count") == "1 story with at least 2 articles"
    page.click("#stories a.story-link")
    page.wait_for_selector("#story-title")
    assert page.inner_text("#first-seen") == "2025-03-10 at Outlet A"
    assert page.locator("svg.timeline circle.story-dot").count() == 3
    labels = page.locator("svg.timeline text").all_text_contents()
    assert [x for x in labels if x.startswith("Outlet")] == ["Outlet A", "Outlet D", "Outlet E"]
    assert md.HERO in page.inner_text("#story-cast") and "Antagonist" in page.inner_text("#story-cast")
    assert page.locator("#story-articles tr").count() == 4
    # A lag column: the copies came a day after the first article.
    assert page.locator("#story-articles td.lag").all_inner_texts() == ["–", "+24.0", "+24.0"]
    # An article links to its story and its outlet.
    page.click("#story-articles >> text=Outlet D")
    page.wait_for_selector("#outlet-name")
    assert page.inner_text("#outlet-name") == "Outlet D"
    page.go_back()
    page.locator("#story-articles tr").nth(2).locator("td").nth(3).locator("a").first.click()
    page.wait_for_selector("#article-story")
    assert "3 copies" in page.inner_text("#article-story") and page.inner_text("#article-outlet") == "Outlet D"
    page.click("#article-story")
    page.wait_for_selector("#story-title")


def test_html_404_pages(base, page):
    for path in ("/stories/999999", "/outlets/nobody", "/articles/999999"):
        resp = page.goto(base + path)
        assert resp.status == 404 and resp.headers["content-type"].startswith("text/html")
        assert page.inner_text("#not-found") == "Not found"


def test_narrative_spread_page(base, page):
    page.goto(base + "/narratives")
    page.click(f"#narrative-reach >> text={md.SPREAD}")
    page.wait_for_selector("#carriers")
    rows = page.locator("#carriers tr").all_inner_texts()[1:]
    assert [r.split("\t")[0] for r in rows] == ["Outlet C", "Outlet A", "Outlet B"]
    assert "3 outlets" in page.inner_text("#spread-summary")
    assert page.locator("svg.chart polyline").count() == 3  # outlets, stories, articles
    # Every day from the first carrier to the last is on the x axis (03-06 had none): 3 points per line.
    assert page.locator("svg.chart polyline").first.get_attribute("points").count(",") == 3
    assert len(page.locator("svg.chart text.ytick").all_text_contents()) >= 3  # 0, 1, 2 ... not just 0 and top


def test_entity_drift_and_alerts(base, page):
    page.goto(base + "/entities/" + md.HERO.replace(" ", "%20"))
    assert page.inner_text("#shift-count") == "1 shift"
    assert page.locator("#drift td.role-pro").count() >= 2 and page.locator("#drift td.role-ant").count() >= 2
    assert "Protagonist" in page.inner_text("#shifts") and "Antagonist" in page.inner_text("#shifts")
    page.click("header nav >> text=Alerts")
    assert md.CLIMATE in page.inner_text("#alerts")
    assert page.locator("#alerts ul.evidence li").count() == 4  # the four stories that caused it, by title
    assert "(Outlet A)" in page.inner_text("#alerts ul.evidence")
    page.click("#alert-switch >> text=per week")
    assert "Per week" in page.inner_text("#alert-switch")
    # An entity without shifts says so.
    page.goto(base + "/entities/" + md.HERO.replace(" ", "%20") + "?by=day")
    assert page.locator("#shifts li").count() >= 1


def test_outlets_and_copy_network(base, page):
    page.goto(base + "/")
    page.click("header nav >> text=Outlets")
    page.wait_for_selector("#outlets")
    assert page.locator("#outlets a.outlet-link").count() == 5
    # The copy network: D and E copy A.
    assert page.locator("svg.copy-graph path.copy-edge").count() == 2
    assert page.locator("svg.copy-graph circle.outlet-node").count() == 3
    page.click("#outlets a.outlet-link >> text=\"Outlet A\"")
    page.wait_for_selector("#outlet-name")
    assert [r.split("\t")[0] for r in page.locator("#copied-by tr").all_inner_texts()[1:]] == ["Outlet D", "Outlet E"]
    assert "First carrier of 2 narratives" in page.inner_text("#first-carrier")
    assert md.HERO in page.inner_text("#outlet-cast")
    assert page.locator("svg.chart rect").count() >= 3  # articles per week, every week
