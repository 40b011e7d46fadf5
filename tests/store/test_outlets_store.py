"""The outlet methods of the Store on both backends (SQLite and PostgreSQL): metadata, relabelling articles
on rename and merge, the aliases later watch runs follow, and the fetch state's remembered entry."""
from __future__ import annotations

from narrascope.store import FetchState, Query, open_store
from tests.corpus.corpus_data import fill


def _check(s) -> None:
    fill(s)
    names = {o["name"]: o for o in s.outlets()}
    assert names["Harbor Tribune"]["articles"] == sum(
        1 for i in s.search(Query(), limit=50).items if i.source == "Harbor Tribune")
    assert names["Harbor Tribune"]["words"] > 0
    s.save_outlet("Harbor Tribune", {"domains": ["harbortribune.example"], "country": "UK"})
    s.save_outlet("Harbor Tribune", {"notes": "daily"})  # a missing field keeps its stored value
    o = next(x for x in s.outlets() if x["name"] == "Harbor Tribune")
    assert (o["domains"], o["country"], o["notes"]) == (["harbortribune.example"], "UK", "daily")
    n = o["articles"]
    # Rename (a differently-cased spelling is the same outlet), then merge another outlet in.
    assert s.relabel_outlets(["harbor tribune"], "Harbour Tribune") == n
    assert s.outlet_aliases() == {"harbor tribune": "Harbour Tribune"}
    renamed = next(x for x in s.outlets() if x["name"] == "Harbour Tribune")
    assert renamed["articles"] == n and renamed["country"] == "UK" and renamed["domains"] == ["harbortribune.example"]
    other = next(x["name"] for x in s.outlets() if x["name"] != "Harbour Tribune")
    m = next(x["articles"] for x in s.outlets() if x["name"] == other)
    assert s.relabel_outlets([other], "Harbour Tribune") == m
    assert s.outlet_aliases()[other.casefold()] == "Harbour Tribune"
    assert next(x for x in s.outlets() if x["name"] == "Harbour Tribune")["articles"] == n + m
    assert len(s.search(Query(source="harbour tribune"), limit=50).items) == n + m
    # Renaming back removes the alias that would loop.
    s.relabel_outlets(["Harbour Tribune"], "Harbor Tribune")
    assert "harbor tribune" not in s.outlet_aliases() and s.outlet_aliases()["harbour tribune"] == "Harbor Tribune"
    s.save_fetch_state(FetchState("http://x.example/1", "failed", 500, failures=1, entry='{"page": true}'))
    assert s.fetch_state("http://x.example/1").entry == '{"page": true}'
    s.close()


def test_outlets_on_sqlite(tmp_path):
    _check(open_store(tmp_path / "o.db"))


def test_outlets_on_postgresql(pg_url):
    _check(open_store(pg_url))
