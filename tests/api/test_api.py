"""The REST API by hand: every route, auth, pagination, filters and the one error shape."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from narrascope.api import create_app
from narrascope.settings import Settings
from narrascope.store import open_store

from ..corpus.corpus_data import URW_BLAME, fill

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = ("Dockworkers strike in Rotterdam\n\nDockworkers in Rotterdam went on strike on Monday, the union said. "
           "\"We will not unload a single ship,\" said Maria Jansen, a union leader. Exports fell by 12 percent.\n")


def client_for(pipeline, **settings) -> TestClient:
    store = open_store(":memory:")
    fill(store)
    return TestClient(create_app(Settings(**settings), store, pipeline), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(pipeline):
    return client_for(pipeline, api_token=TOKEN)


def assert_error(r, status, code=None):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200 and r.json()["store"]["articles"] == 10 and r.json()["status"] == "ok"


def test_list_filters_and_pagination(client):
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] == 10 and [i["key"] for i in page["items"]] == ["a10", "a09", "a08"]
    page2 = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert [i["key"] for i in page2["items"]] == ["a07", "a06", "a05"]
    r = client.get("/api/articles", params={"q": "NATO", "from": "2025-02-01", "source": "Coastal Post"}).json()
    assert [i["key"] for i in r["items"]] == ["a06"] and "«NATO»" in r["items"][0]["snippet"]
    r = client.get("/api/articles", params={"entity": "NATO", "role": "Antagonist"}).json()
    assert r["total"] == 3


def test_get_article(client):
    r = client.get("/api/articles/3").json()
    assert r["key"] == "a03" and r["text"].startswith("Analyst says") and r["analysis"]["narratives"]["coarse"]
    assert_error(client.get("/api/articles/12345"), 404, "not_found")


def test_trends_and_framing(client):
    r = client.get("/api/trends", params={"by": "month", "narrative": URW_BLAME}).json()
    assert [(x["period"], x["count"], x["total"]) for x in r["rows"]] == [("2025-01", 2, 4), ("2025-02", 1, 4),
                                                                          ("2025-03", 1, 2)]
    assert r["metric"] == {"narrative": URW_BLAME}
    r = client.get("/api/entities/NATO/framing", params={"by": "month"}).json()
    assert {(x["period"], x["role"]) for x in r["rows"]} == {("2025-01", "Antagonist"), ("2025-02", "Antagonist"),
                                                            ("2025-03", "Protagonist")}
    both = client.get("/api/trends", params={"narrative": URW_BLAME, "entity": "NATO", "role": "Protagonist"}).json()
    assert [(x["period"], x["count"]) for x in both["rows"]] == [("2025-01", 0), ("2025-02", 0), ("2025-03", 1)]


def test_analyze_does_not_store_and_store_needs_the_token(client):
    # With a token set, /api/analyze (it runs the models: CPU) needs it too.
    assert_error(client.post("/api/analyze", json={"text": ARTICLE}), 401, "unauthorized")
    r = client.post("/api/analyze", json={"text": ARTICLE}, headers=AUTH)
    assert r.status_code == 200 and "stored" not in r.json()
    assert any(q["speaker"] == "Maria Jansen" for q in r.json()["analysis"]["quotes"])
    assert client.get("/api/health").json()["store"]["articles"] == 10
    assert_error(client.post("/api/articles", json={"text": ARTICLE}), 401, "unauthorized")
    assert_error(client.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer nope"}), 401)
    r = client.post("/api/articles", json={"text": ARTICLE, "source": "Wire", "date": "2025-03-20"}, headers=AUTH)
    assert r.status_code == 201 and r.json()["stored"]["status"] == "new"
    again = client.post("/api/articles", json={"text": ARTICLE, "source": "Wire", "date": "2025-03-20"}, headers=AUTH)
    assert again.json()["stored"] == {**r.json()["stored"], "status": "unchanged"}
    found = client.get("/api/articles", params={"q": "Rotterdam"}).json()
    assert found["total"] == 1 and found["items"][0]["source"] == "Wire"


def test_writes_are_off_without_a_token_and_reads_can_be_protected(pipeline):
    open_client = client_for(pipeline)
    assert_error(open_client.post("/api/articles", json={"text": ARTICLE}), 403, "forbidden")
    closed = client_for(pipeline, api_token=TOKEN, api_protect_reads=True)
    assert_error(closed.get("/api/articles"), 401)
    assert_error(closed.get("/"), 401)
    assert closed.get("/api/articles", headers=AUTH).status_code == 200
    assert closed.get("/articles/1", headers=AUTH).status_code == 200


@pytest.mark.parametrize("method, url, kwargs, status", [
    ("get", "/api/nowhere", {}, 404),
    ("delete", "/api/articles/1", {}, 405),
    ("put", "/api/health", {}, 405),
    ("get", "/api/articles", {"params": {"limit": 0}}, 422),
    ("get", "/api/articles", {"params": {"limit": "many"}}, 422),
    ("get", "/api/articles", {"params": {"from": "yesterday"}}, 422),
    ("get", "/api/articles", {"params": {"from": "2025-02-30"}}, 422),
    ("get", "/api/articles/0", {}, 422),
    ("get", "/api/articles/abc", {}, 422),
    ("get", "/api/trends", {"params": {"by": "year"}}, 422),
    ("get", "/api/trends", {"params": {"role": "villain"}}, 422),
    ("post", "/api/analyze", {**{"json": {"text": ""}}, "headers": AUTH}, 422),
    ("post", "/api/analyze", {**{"json": {"text": "   \n"}}, "headers": AUTH}, 422),
    ("post", "/api/analyze", {**{"json": {"text": "x", "colour": "red"}}, "headers": AUTH}, 422),
    ("post", "/api/analyze", {"content": b"{not json", "headers": {"content-type": "application/json", **AUTH}},
     422),
    ("post", "/api/analyze", {"content": b"x" * 7_000_000, "headers": {"content-type": "application/json"}}, 413),
])
def test_every_error_has_the_one_shape(client, method, url, kwargs, status):
    assert_error(getattr(client, method)(url, **kwargs), status)


def test_chunked_body_over_the_limit_is_413(pipeline):
    small = client_for(pipeline, api_max_body_bytes=1000)

    def chunks():
        for _ in range(10):
            yield b'{"text": "' + b"a" * 500

    assert_error(small.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"}), 413,
                 "body_too_large")


def test_openapi_document(client):
    doc = client.get("/openapi.json").json()
    assert {"/api/health", "/api/analyze", "/api/articles", "/api/articles/{article_id}", "/api/trends",
            "/api/entities/{name}/framing", "/api/overview"} <= set(doc["paths"])
    assert "/" not in doc["paths"]
    assert "413" in doc["paths"]["/api/analyze"]["post"]["responses"]
