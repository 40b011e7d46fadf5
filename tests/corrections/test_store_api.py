"""Analyst corrections through the store (SQLite and PostgreSQL) and the REST API."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from narrascope.api import create_app
from narrascope.errors import InputError
from narrascope.schema import Quote, Span
from narrascope.settings import Settings
from narrascope.store import open_store
from narrascope.store.corrections import apply_corrections, make_correction
from narrascope.store.export import export
from tests.corpus.corpus_data import URW_DISCREDIT, article, fill, hand_analysis

TOKEN = "maria:s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SUB = "URW: Discrediting Ukraine: Ukraine is a puppet of the West"


def with_quote(store, row_no: int = 3):
    """Re-store article a03 with a quote (the hand-built analyses have none), as a refresh would."""
    from tests.corpus.corpus_data import ARTICLES

    row = ARTICLES[row_no - 1]
    art = article(row)
    a = hand_analysis(art, row[5], row[6], row[7])
    s = art.text.index("They pushed")
    a.quotes.append(Quote(id="q1", kind="direct", content=Span(start=s, end=s + 22, text=art.text[s:s + 22]),
                          speaker=None))
    store.put(art, a, replace=True)
    return art, a


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(tmp_path / "c.db")
    else:
        s = open_store(request.getfixturevalue("pg_url"))
    fill(s)
    yield s
    s.close()


def test_corrections_are_stored_applied_and_survive_reanalysis(store):
    art, a = with_quote(store)
    found = store.get(3)
    c = store.add_correction(make_correction(3, found.analysis, {"layer": "cast", "entity": "nato",
                                                                 "main_role": "Innocent", "fine_roles": []}, "maria"))
    assert c.id and c.created_at and c.model_value == {"main_role": "Antagonist", "fine_roles": []}
    store.add_correction(make_correction(3, found.analysis, {"layer": "quotes", "quote": "q1",
                                                             "speaker": "the analyst"}, "maria"))
    store.add_correction(make_correction(3, found.analysis, {"layer": "narratives", "coarse": [URW_DISCREDIT],
                                                             "fine": [SUB]}, "maria"))
    span = a.persuasion.spans[0]
    store.add_correction(make_correction(3, found.analysis, {"layer": "persuasion", "start": span.start,
                                                             "end": span.end, "technique": "Repetition",
                                                             "verdict": "wrong"}, "maria"))
    # Re-analysis (a refresh replaces the analysis; quote ids may change) keeps every correction.
    a2 = a.model_copy(deep=True)
    a2.quotes[0].id = "q7"
    store.put(art, a2, replace=True)
    fixes = store.corrections(article=3)
    assert [f.layer for f in fixes] == ["cast", "quotes", "narratives", "persuasion"]
    assert [f.layer for f in store.corrections(layer="cast")] == ["cast"]
    fixed, applied = apply_corrections(store.get(3).analysis, fixes)
    assert all(f.applied for f in applied)
    nato = next(e for e in fixed.entities if e.name == "NATO")
    assert nato.role.main_role == "Innocent" and [m.name for m in fixed.cast.innocents] == ["NATO"]
    assert {m.role.main_role for m in nato.mentions} == {"Innocent"}
    assert not fixed.cast.antagonists
    assert fixed.quotes[0].speaker == "the analyst"
    assert [n.label for n in fixed.narratives.coarse] == [URW_DISCREDIT] and fixed.narratives.fine[0].label == SUB
    assert fixed.persuasion.spans == []
    # export --format jsonl carries the corrected reading and the corrections with the model's values
    import io

    buf = io.StringIO()
    export(store, "jsonl", buf)
    rec = [json.loads(line) for line in buf.getvalue().splitlines() if '"corrections"' in line]
    assert len(rec) == 1 and rec[0]["narratives"]["coarse"][0]["label"] == URW_DISCREDIT
    assert rec[0]["corrections"][0]["model_value"]["main_role"] == "Antagonist"


@pytest.mark.parametrize("body, match", [
    ({"layer": "cast", "entity": "NATO", "main_role": "Villain"}, "not one of"),
    ({"layer": "cast", "entity": "NATO", "main_role": "Antagonist", "fine_roles": ["Martyr"]}, "not roles of"),
    ({"layer": "cast", "entity": "Atlantis", "main_role": "Antagonist"}, "not among"),
    ({"layer": "narratives", "coarse": ["URW: Aliens did it"]}, "taxonomy"),
    ({"layer": "persuasion", "start": 5, "end": 99999, "technique": "Repetition", "verdict": "right"}, "outside"),
    ({"layer": "persuasion", "start": 5, "end": 9, "technique": "Shouting", "verdict": "right"}, "taxonomy"),
    ({"layer": "quotes", "quote": "q9", "speaker": "x"}, "not among"),
])
def test_bad_corrections_are_refused(body, match):
    s = open_store(":memory:")
    fill(s)
    with pytest.raises(InputError, match=match):
        make_correction(3, s.get(3).analysis, body, "x")


def test_api_post_list_and_reading(pg_url):
    store = open_store(pg_url)
    fill(store)
    with_quote(store)
    client = TestClient(create_app(Settings(api_token=TOKEN), store, pipeline=object()),
                        raise_server_exceptions=False)
    url = "/api/articles/3/corrections"
    body = {"layer": "cast", "entity": "NATO", "main_role": "Protagonist", "fine_roles": ["Guardian"]}
    r = client.post(url, json=body)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = client.post(url, json={**body, "main_role": "Villain"}, headers=AUTH)
    assert r.status_code == 422 and set(r.json()) == {"error"}
    r = client.post(url, json={**body, "fine_roles": ["Tyrant"]}, headers=AUTH)
    assert r.status_code == 422 and "Tyrant" in r.json()["error"]["message"]
    r = client.post(url, json={"layer": "persuasion", "start": 0, "end": 10**6, "technique": "Repetition",
                               "verdict": "right"}, headers=AUTH)
    assert r.status_code == 422
    assert client.get("/api/corrections").json()["total"] == 0  # a bad correction stores nothing
    r = client.post(url, json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    c = r.json()
    assert c["who"] == "maria" and c["model_value"]["main_role"] == "Antagonist" and c["target"] == "NATO"
    assert client.post(url, json={"layer": "quotes", "quote": "q1", "speaker": "A TV analyst"},
                       headers=AUTH).status_code == 201
    assert client.post("/api/articles/999/corrections", json=body, headers=AUTH).status_code == 404
    got = client.get("/api/articles/3").json()
    nato = next(e for e in got["analysis"]["entities"] if e["name"] == "NATO")
    assert nato["role"]["main_role"] == "Protagonist"
    assert [m["name"] for m in got["analysis"]["cast"]["protagonists"]] == ["NATO"]
    assert got["analysis"]["quotes"][0]["speaker"] == "A TV analyst"
    assert {x["layer"]: x["applied"] for x in got["corrections"]} == {"cast": True, "quotes": True}
    listed = client.get("/api/corrections", params={"article": 3, "layer": "cast"}).json()
    assert listed["total"] == 1 and listed["items"][0]["analyst_value"]["fine_roles"] == ["Guardian"]
    assert client.get("/api/articles/4").json()["corrections"] == []
    store.close()
