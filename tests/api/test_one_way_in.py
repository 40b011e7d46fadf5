"""One record -> Article function: the REST API, JSONL ingest and read_text build the same Article, so one
article gets one analysis whichever way it came in; the API applies the reader's checks and stores the
pipeline fingerprint."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from narrascope import Settings, article_from_record, read_text
from narrascope.api import create_app
from narrascope.batch import ingest, pipeline_fingerprint
from narrascope.errors import BinaryInputError, EmptyInputError, InputTooLargeError, MalformedInputError
from narrascope.store import open_store

TOKEN = "one-way-in-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# A separately sent title, and a check-worthy first paragraph: the API used to take that paragraph for the
# title line and drop its claims.
RECORD = {
    "id": "wire-0412", "title": "Port strike hits exports", "source": "Harbour Wire", "date": "2025-04-12",
    "text": ("Exports through Rotterdam fell by 12 percent in March, the port authority said on Friday.\n\n"
             "\"We will not unload a single ship until the contract is signed,\" said Maria Jansen, a union "
             "leader. The strike began on Monday and has idled 40 vessels.\n"),
}


def _client(pipeline, store, **settings) -> TestClient:
    app = create_app(Settings(api_token=TOKEN, **settings), store, pipeline)
    return TestClient(app, raise_server_exceptions=False)


def test_api_post_and_jsonl_ingest_give_the_same_analysis(pipeline, tmp_path):
    api_store = open_store(":memory:")
    posted = _client(pipeline, api_store).post("/api/articles", json=RECORD, headers=AUTH)
    assert posted.status_code == 201, posted.text
    from_api = posted.json()["analysis"]

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    file_store = open_store(":memory:")
    report = ingest([feed], file_store, Settings(n_process=1), pipeline=pipeline)
    assert report.stored == 1 and not report.skipped
    from_file = file_store.get(1).analysis.model_dump(mode="json", exclude_none=True)

    # The only field that differs: where the article came from (the JSONL file; nothing for a POST).
    assert from_file["article"].pop("path") == str(feed)
    assert "path" not in from_api["article"]
    assert from_api == from_file

    article = from_api["article"]
    assert (article["title"], article["body_start"], article["date"]) == (RECORD["title"], 0, RECORD["date"])
    first_paragraph = RECORD["text"].index("\n\n")
    assert any(c["span"]["end"] <= first_paragraph and "12 percent" in c["span"]["text"] for c in from_api["claims"])


def test_api_articles_carry_the_fingerprint_so_refresh_leaves_them_alone(pipeline, tmp_path):
    store = open_store(":memory:")
    client = _client(pipeline, store)
    stored = client.post("/api/articles", json=RECORD, headers=AUTH).json()["stored"]
    assert stored["status"] == "new"
    h = store.get(stored["id"]).content_hash
    assert store.pipelines()[h] == pipeline_fingerprint(pipeline)

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    report = ingest([feed], store, Settings(n_process=1), pipeline=pipeline, refresh=True)
    assert (report.stored, report.refreshed, report.already_stored) == (0, 0, 1)

    # Content another pipeline analysed gets the fresh analysis when it is posted again.
    with store._write() as c:
        c.execute("UPDATE analyses SET pipeline = 'narrascope 0.0.1: spacy'")
    again = client.post("/api/articles", json=RECORD, headers=AUTH).json()["stored"]
    assert again == {**stored, "status": "refreshed"}
    assert store.pipelines()[h] == pipeline_fingerprint(pipeline)


@pytest.mark.parametrize("text, status, code", [
    ("Title\n\n" + "\x01\x02\x03\x04 " * 50, 422, "binary_input"),
    ("x" * 2_000, 413, "input_too_large"),
    ("\n\t \n", 422, "empty_input"),
])
def test_the_api_applies_the_readers_checks(pipeline, text, status, code):
    client = _client(pipeline, open_store(":memory:"), max_input_bytes=1_000)
    for url, headers in (("/api/analyze", AUTH), ("/api/articles", AUTH)):
        r = client.post(url, json={"text": text}, headers=headers)
        assert r.status_code == status, r.text
        assert r.json()["error"]["code"] == code


def test_the_same_text_read_as_text_or_as_a_record_is_the_same_article():
    text = "date 2025-02-21\nTalks collapse in Riyadh\n\nBy Maria Silva\n\nThe delegations left early.\n"
    a, b = read_text(text), article_from_record({"text": text}, Settings())
    assert a == b and (a.title, a.date, a.author) == ("Talks collapse in Riyadh", "2025-02-21", "Maria Silva")
    # A title sent with the text is located when the text starts with it, never invented from the body.
    same = article_from_record({"text": text, "title": "Talks collapse in Riyadh"}, Settings())
    assert same.body_start == a.body_start and same.author == "Maria Silva"
    other = article_from_record({"text": text, "title": "Riyadh talks", "author": "Desk"}, Settings())
    assert (other.title, other.body_start, other.author, other.date) == ("Riyadh talks", 0, "Desk", None)


@pytest.mark.parametrize("record, error", [
    ({"title": "no text"}, MalformedInputError),
    ({"text": 42}, MalformedInputError),
    ("just a string", MalformedInputError),
    ({"text": "bad \ud800 surrogate here"}, MalformedInputError),
    ({"text": "   "}, EmptyInputError),
    ({"text": "\x00\x01\x02" * 100}, BinaryInputError),
    ({"text": "long " * 300}, InputTooLargeError),
])
def test_unusable_records_are_input_errors_naming_where(record, error):
    with pytest.raises(error, match="feed.jsonl:3"):
        article_from_record(record, Settings(max_input_bytes=1_000), where="feed.jsonl:3")
