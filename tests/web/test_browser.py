"""The dashboard in a real browser (Debian chromium driven by Playwright): overview, search, an article
with its highlighted layers, and an article made of hostile markup that must render as text."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from dataclasses import replace

import pytest

from tests.conftest import require

playwright_api = require("playwright.sync_api")
uvicorn = require("uvicorn")

from narrascope.api import create_app  # noqa: E402
from narrascope.settings import Settings  # noqa: E402
from narrascope.store import open_store  # noqa: E402

from ..corpus.corpus_data import ARTICLES, URW_BLAME, article, fill, hand_analysis  # noqa: E402

CHROMIUM = os.environ.get("NARRASCOPE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Hostile headline'
HOSTILE_BODY = ("NATO said <script>window.__pwned=2; alert('xss')</script> on Monday. "
                "<img src=x onerror=\"window.__pwned=3\"> Another line <svg onload=\"window.__pwned=4\"></svg> "
                "<a href=\"javascript:window.__pwned=5\">click</a> end.")

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(pipeline):
    if not (shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but chromium is missing at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"no chromium at {CHROMIUM}")
    store = open_store(":memory:")
    fill(store)
    # One article analysed by the real pipeline, plus the hand-given layers the models may not have yet.
    real = replace(article(ARTICLES[0]), id="real-01", source="Harbor Tribune")
    real.text = real.text.replace("on Monday", "on Monday morning")
    analysis = pipeline(real)
    layered = hand_analysis(real, [URW_BLAME], {"NATO": "Antagonist"},
                            [("a provocation", "Name_Calling-Labeling", "Attack on reputation")])
    store.put(real, analysis.model_copy(update={
        "narratives": layered.narratives, "persuasion": layered.persuasion, "cast": layered.cast}))
    hostile = replace(article(("evil", "2025-03-12", "Trouble Gazette", HOSTILE_TITLE, HOSTILE_BODY, [], {}, [])))
    hostile_layers = hand_analysis(hostile, [URW_BLAME], {"NATO": "Antagonist"},
                                   [("<img src=x onerror=\"window.__pwned=3\">", "Doubt", "Justification")])
    hostile_id = store.put(hostile, hostile_layers).article_id
    port = _free_port()
    config = uvicorn.Config(create_app(Settings(), store, pipeline), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "hostile": hostile_id}
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page()
        pg.dialogs = []
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        yield pg
        browser.close()


def test_overview_shows_counts_charts_and_heat_map(server, page):
    page.goto(server["base"] + "/")
    assert page.title() == "Overview · narrascope"
    assert page.inner_text("#n-articles") == "12"
    assert page.locator("svg.chart rect").count() >= 10  # one bar per dated day
    assert page.locator("svg.chart polyline").count() >= 1  # narrative trend
    assert URW_BLAME in page.inner_text("#top-narratives")
    assert page.locator("#heatmap td").count() >= 3


def test_search_then_open_an_article_with_highlights(server, page):
    page.goto(server["base"] + "/search")
    page.fill("#search-form input[name=q]", "Baltic drills")
    page.click("#search-form button[type=submit]")
    page.wait_for_selector("#result-count")
    assert page.inner_text("#result-count") == "1 article"
    assert page.inner_text("ol.results mark").lower() in {"baltic", "drills"}
    page.click("ol.results a.title")
    page.wait_for_selector("#article-text")
    assert page.inner_text("#article-title") == "NATO drills in the Baltic draw protest from Moscow"
    assert page.locator("#article-text span.ent.role-ant").count() >= 2
    assert page.locator("#article-text span.ent.role-inn").count() >= 1
    assert "URW: Blaming the war" in page.inner_text("#narratives")
    assert "NATO" in page.inner_text("#cast")


def test_real_analysis_shows_entities_and_filters_by_narrative(server, page):
    page.goto(server["base"] + "/search?" + "narrative=" + URW_BLAME.replace(" ", "+").replace(":", "%3A"))
    assert page.inner_text("#result-count") == "6 articles"
    page.goto(server["base"] + "/search?q=provocation&source=Harbor+Tribune")
    links = page.locator("ol.results a.title")
    assert links.count() == 2
    real = [h for h in links.evaluate_all("els => els.map(e => e.getAttribute('href'))")]
    page.goto(server["base"] + max(real, key=lambda h: int(h.rsplit("/", 1)[1])))
    assert page.locator("#article-text span.ent").count() >= 4  # spaCy's entities: ministers' EU, Brussels, ...
    assert page.locator("#article-text span.tech").inner_text() == "a provocation"
    # Unticking a layer's box turns its highlight off (CSS only, no script).
    before = page.locator("#article-text span.tech").evaluate("e => getComputedStyle(e).backgroundColor")
    page.uncheck("#show-tech")
    after = page.locator("#article-text span.tech").evaluate("e => getComputedStyle(e).backgroundColor")
    assert before != after


def test_hostile_markup_renders_as_text_and_runs_nothing(server, page):
    page.goto(server["base"] + f"/articles/{server['hostile']}")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    assert page.locator("script").count() == 0 and page.locator("main img, main svg:not(.chart)").count() == 0
    assert page.inner_text("#article-title") == HOSTILE_TITLE
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned=2; alert('xss')</script>" in text and 'onerror="window.__pwned=3"' in text
    assert page.locator("#article-text span.tech").inner_text() == '<img src=x onerror="window.__pwned=3">'
    page.goto(server["base"] + "/search?q=hostile")
    page.goto(server["base"] + "/search?q=" + "%3Cscript%3Ewindow.__pwned%3D9%3C%2Fscript%3E")
    page.goto(server["base"] + "/search?q=pwned")
    assert HOSTILE_TITLE in page.inner_text("ol.results")
    page.goto(server["base"] + "/")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
