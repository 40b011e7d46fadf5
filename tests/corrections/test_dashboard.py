"""The dashboard's correction forms (plain HTML posts, no JavaScript) and the /corrections page."""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi.testclient import TestClient

from narrascope.api import create_app
from narrascope.settings import Settings
from narrascope.store import open_store
from tests.corpus.corpus_data import URW_DISCREDIT, fill

TOKEN = "lena:form-token"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def client():
    store = open_store(":memory:")
    fill(store)
    return TestClient(create_app(Settings(api_token=TOKEN), store, pipeline=object()),
                      raise_server_exceptions=False, follow_redirects=False), store


def post(c, fields):
    return c.post("/articles/3/corrections", content=urlencode(fields, doseq=True), headers=FORM)


def test_forms_post_corrections_and_the_page_lists_them():
    c, store = client()
    page = c.get("/articles/3").text
    assert 'id="corrections"' in page and 'name="main_role"' in page and 'value="wrong"' in page
    assert 'id="fix-narratives"' in page and "<script" not in page
    r = post(c, {"layer": "cast", "entity": "NATO", "main_role": "Protagonist",
                 "fine_roles": ["Guardian", "Peacemaker"], "token": TOKEN})
    assert r.status_code == 303 and r.headers["location"] == "/articles/3#corrections"
    r = post(c, {"layer": "narratives", "label": [URW_DISCREDIT], "add": "", "token": TOKEN})
    assert r.status_code == 303
    span = store.get(3).analysis.persuasion.spans[0]
    assert post(c, {"layer": "persuasion", "start": span.start, "end": span.end, "technique": span.technique,
                    "verdict": "wrong", "token": TOKEN}).status_code == 303
    bad = post(c, {"layer": "cast", "entity": "NATO", "main_role": "Hero", "token": TOKEN})
    assert bad.status_code == 422 and 'id="correction-error"' in bad.text
    assert post(c, {"layer": "cast", "entity": "NATO", "main_role": "Innocent", "token": "nope"}).status_code == 401
    fixes = store.corrections(article=3)
    assert [(f.layer, f.who) for f in fixes] == [("cast", "lena"), ("narratives", "lena"), ("persuasion", "lena")]
    assert fixes[0].analyst_value["fine_roles"] == ["Guardian", "Peacemaker"]
    page = c.get("/articles/3").text
    assert "lena corrected to" in page and URW_DISCREDIT in page
    listing = c.get("/corrections").text
    assert 'href="/articles/3#corrections"' in listing and listing.count("<tr>") == 4
    assert c.get("/corrections", params={"layer": "cast"}).text.count("<tr>") == 2
