"""``POST /api/analyze`` is no open CPU endpoint: the token when one is set, a bounded pool with a queue limit
(429 with Retry-After, against a real server on 127.0.0.1), a text limit; a post looks up only its own
article's pipeline; secrets never reach an error body; the dashboard search applies the API's limits."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from fastapi.testclient import TestClient

from narrascope.api import create_app
from narrascope.errors import StoreError
from narrascope.pipeline import Pipeline
from narrascope.settings import Settings
from narrascope.store import open_store
from tests.conftest import require

from ..corpus.corpus_data import fill

TOKEN = "guard-test-token-7d2e"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Port strike\n\nDockworkers in Rotterdam went on strike on Monday, the union said.\n"


@pytest.fixture(scope="module")
def light():
    """No models: the empty pipeline still reads the article and returns an Analysis."""
    settings = Settings(n_process=1)
    return Pipeline([], settings)


def client(pipeline, store=None, **settings) -> TestClient:
    return TestClient(create_app(Settings(**settings), store or open_store(":memory:"), pipeline),
                      raise_server_exceptions=False)


def error(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def test_analyze_needs_the_token_when_one_is_set(light):
    guarded = client(light, api_token=TOKEN)
    error(guarded.post("/api/analyze", json={"text": TEXT}), 401, "unauthorized")
    error(guarded.post("/api/analyze", json={"text": TEXT}, headers={"Authorization": "Bearer nope"}), 401)
    assert guarded.post("/api/analyze", json={"text": TEXT}, headers=AUTH).status_code == 200
    # The OpenAPI document says so.
    assert guarded.get("/openapi.json").json()["paths"]["/api/analyze"]["post"].get("security")
    # Opened on purpose, or no token at all: open (as the reads are).
    assert client(light, api_token=TOKEN, api_analyze_open=True).post("/api/analyze", json={"text": TEXT}).status_code \
        == 200
    assert client(light).post("/api/analyze", json={"text": TEXT}).status_code == 200


def test_text_over_the_limit_is_413_in_the_one_shape(light):
    small = client(light, api_max_text_chars=50)
    err = error(small.post("/api/analyze", json={"text": TEXT + "x" * 50}), 413, "text_too_large")
    assert "api_max_text_chars" in err["message"]
    assert small.post("/api/analyze", json={"text": TEXT[:50]}).status_code == 200


def test_a_post_looks_up_only_its_own_articles_pipeline(light):
    store = open_store(":memory:")
    fill(store)
    calls = []
    real = store.pipelines

    def spy(hashes=None):
        calls.append(hashes)
        return real(hashes)

    store.pipelines = spy
    r = client(light, store, api_token=TOKEN).post("/api/articles", json={"text": TEXT}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert len(calls) == 1 and calls[0] is not None and len(calls[0]) == 1


def test_error_bodies_never_carry_a_password(light):
    store = open_store(":memory:")

    def broken():
        raise StoreError("cannot reach the store postgresql://alice:s3cret@db/x (password=s3cret)")

    store.counts = broken
    err = error(client(light, store).get("/api/health"), 503)
    assert "s3cret" not in err["message"] and "alice:***@db" in err["message"]


def test_the_dashboard_search_applies_the_api_limits_and_reuses_its_choices(light):
    store = open_store(":memory:")
    fill(store)
    calls = []
    real = store.overview
    store.overview = lambda: calls.append(1) or real()
    c = client(light, store)
    error(c.get("/search", params={"entity": "x" * 301}), 422)
    error(c.get("/search", params={"technique": "x" * 201}), 422)
    error(c.get("/search", params={"role": "villain"}), 400)
    for q in ("NATO", "strike", "ports"):
        assert c.get("/search", params={"q": q, "role": "", "language": ""}).status_code == 200
    assert len(calls) == 1  # one overview query for three searches


# -- the pool, against a real server ---------------------------------------------------------------------
class Gate:
    """A pipeline that holds every analysis until released."""

    def __init__(self, inner):
        self.inner, self.names = inner, inner.names
        self.entered, self.release = threading.Event(), threading.Event()

    def __call__(self, article):
        self.entered.set()
        assert self.release.wait(30)
        return self.inner(article)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_full_queue_gets_429_with_retry_after(light):
    httpx = require("httpx")
    uvicorn = require("uvicorn")
    gate = Gate(light)
    app = create_app(Settings(api_token=TOKEN, api_analyze_workers=1, api_analyze_queue=1),
                     open_store(":memory:"), gate)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        results: list = []

        def post():
            results.append(httpx.post(f"{base}/api/analyze", json={"text": TEXT}, headers=AUTH, timeout=60))

        threads = [threading.Thread(target=post) for _ in range(2)]
        threads[0].start()
        assert gate.entered.wait(10)  # one analysis runs...
        threads[1].start()
        pool = app.state.analysis_pool
        while pool._admit._value > 0:  # ...and one waits: the queue is full
            assert time.monotonic() < deadline
            time.sleep(0.02)
        r = httpx.post(f"{base}/api/analyze", json={"text": TEXT}, headers=AUTH, timeout=10)
        err = error(r, 429, "too_many_requests")
        assert r.headers["retry-after"].isdigit() and int(r.headers["retry-after"]) >= 1
        assert "api_analyze_queue" in err["message"]
        # Reads are not held up by the busy analyses.
        assert httpx.get(f"{base}/api/health", timeout=10).status_code == 200
        gate.release.set()
        for t in threads:
            t.join(30)
        assert [x.status_code for x in results] == [200, 200]
        assert httpx.post(f"{base}/api/analyze", json={"text": TEXT}, headers=AUTH, timeout=10).status_code == 200
    finally:
        gate.release.set()
        server.should_exit = True
