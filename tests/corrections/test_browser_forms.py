"""The correction forms in a real browser with JavaScript switched off: an analyst changes an entity's role and
judges a persuasion span, and the article page then shows the corrected reading."""
from __future__ import annotations

import threading
import time

import pytest

from tests.conftest import require

playwright_api = require("playwright.sync_api")
uvicorn = require("uvicorn")

from narrascope.api import create_app  # noqa: E402
from narrascope.settings import Settings  # noqa: E402
from narrascope.store import open_store  # noqa: E402

from ..corpus.corpus_data import fill  # noqa: E402
from ..web.test_browser import ARGS, CHROMIUM, _free_port  # noqa: E402

pytestmark = pytest.mark.slow
TOKEN = "olga:browser-token"


def test_forms_work_without_javascript():
    import os
    import shutil

    if not (shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)):
        pytest.skip(f"no chromium at {CHROMIUM}")
    store = open_store(":memory:")
    fill(store)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(api_token=TOKEN), store, pipeline=object()),
                                        host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        with playwright_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_context(java_script_enabled=False).new_page()
            page.goto(f"http://127.0.0.1:{port}/articles/3")
            page.click("#corrections summary")
            form = page.locator("form.cast-form").filter(has_text="NATO")
            form.locator("select[name=main_role]").select_option("Innocent")
            form.locator("select[name=fine_roles]").select_option(["Scapegoat"])
            form.locator("input[name=token]").fill(TOKEN)
            form.locator("button[type=submit]").click()
            page.wait_for_url("**/articles/3#corrections")
            assert "olga corrected to" in page.inner_text("#corrections")
            assert page.locator("#article-text span.ent.role-inn").count() >= 1  # NATO now highlighted as innocent
            page.click("#corrections summary")
            span = page.locator("form.span-form").first
            span.locator("input[name=token]").fill(TOKEN)
            span.locator("button[value=wrong]").click()
            page.wait_for_url("**/articles/3#corrections")
            assert page.locator("#article-text span.tech").count() == 0
            page.goto(f"http://127.0.0.1:{port}/corrections")
            assert page.locator("#corrections-table tr").count() == 3
            browser.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
    assert [c.who for c in store.corrections()] == ["olga", "olga"]
