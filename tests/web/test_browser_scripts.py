"""The dashboard draws every script of the five languages in glyphs, not empty boxes: a Hindi and a Russian
article page in Debian's chromium (Playwright), with the Noto fonts `.ci/run` installs (fonts-noto-core)."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest

from tests.conftest import require

playwright_api = require("playwright.sync_api")
uvicorn = require("uvicorn")

from narrascope.api import create_app  # noqa: E402
from narrascope.readers.text import parse_text  # noqa: E402
from narrascope.settings import Settings  # noqa: E402
from narrascope.store import open_store  # noqa: E402

from .test_browser import ARGS, CHROMIUM  # noqa: E402

pytestmark = pytest.mark.slow

HINDI = ("पुतिन ने कहा, बातचीत के लिए तैयार है रूस\n5 अप्रैल 2025\n\n"
         "रूस के राष्ट्रपति व्लादिमीर पुतिन ने शुक्रवार को कहा कि मॉस्को बातचीत के लिए तैयार है। पुतिन ने कहा, "
         "'हम कभी भी बातचीत से पीछे नहीं हटे।'\n")
RUSSIAN = ("Песков: Москва готова к переговорам\n12 марта 2025\n\n"
           "«Мы никогда не отказывались от переговоров», — сказал пресс-секретарь Кремля Дмитрий Песков журналистам.\n")

# Width of each character of ``sample`` in the font of ``sel``, and of a private-use character that no font
# draws (the "missing glyph" box): glyphs differ in width, boxes are all alike.
_WIDTHS = """([sel, sample]) => {
  const el = document.querySelector(sel);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = getComputedStyle(el).font;
  const box = ctx.measureText('\\uE000').width;
  const widths = Array.from(sample).map(ch => ctx.measureText(ch).width);
  return {box, widths, family: getComputedStyle(el).fontFamily};
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(pipeline):
    if not (shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)):
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but chromium is missing at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"no chromium at {CHROMIUM}")
    store = open_store(":memory:")
    ids = {}
    for name, text in (("HI_talks.txt", HINDI), ("RU_talks.txt", RUSSIAN)):
        article = parse_text(text, name=name)
        ids[article.language] = store.put(article, pipeline(article)).article_id
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(), store, pipeline), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield {"base": f"http://127.0.0.1:{port}", "ids": ids, "page": browser.new_page()}
        browser.close()
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize("lang, sample", [("hi", "नमस्ते दुनिया रूस"), ("ru", "Переговоры Кремль")])
def test_article_page_draws_the_script_in_glyphs(site, lang, sample):
    page = site["page"]
    page.goto(site["base"] + f"/articles/{site['ids'][lang]}")
    page.wait_for_selector("#article-text")
    text = page.inner_text("#article-text")
    assert ("पुतिन" if lang == "hi" else "Песков") in text
    m = page.evaluate(_WIDTHS, ["#article-text", sample])
    assert "Noto Sans Devanagari" in m["family"] and "Noto Sans" in m["family"]
    letters = [w for ch, w in zip(sample, m["widths"]) if not ch.isspace()]
    # Boxes would all be as wide as the missing-glyph box; drawn glyphs vary in width.
    assert len({round(w, 1) for w in letters}) >= 3, m
    assert sum(abs(w - m["box"]) > 0.5 for w in letters) >= len(letters) // 3, m
    if lang == "hi":
        assert page.evaluate("document.fonts.check(\"16px 'Noto Sans Devanagari'\", 'नमस्ते')")
