"""The Store contract, run against every backend (SQLite and a real PostgreSQL server): content-hash
identity, versions, aliases, search filters, full-text search, trends, framing, overview, migrations."""
from __future__ import annotations

from dataclasses import replace

import pytest

from narrascope.errors import UsageError
from narrascope.store import Query, fts_query, normalise_day, open_store
from tests.corpus.corpus_data import ARTICLES, CC_HOAX, URW_BLAME, URW_DISCREDIT, article, fill, hand_analysis

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request):
    return request.param


def _open(request, backend: str, folder):
    if backend == "sqlite":
        return open_store(folder / "store.db")
    from tests.pg_server import create_database

    return open_store(create_database(request.getfixturevalue("pg_server")))


@pytest.fixture()
def new_store(request, backend, tmp_path_factory):
    """A factory of empty stores of the backend under test (each call: a new, empty store)."""
    opened = []

    def make():
        opened.append(_open(request, backend, tmp_path_factory.mktemp("store")))
        return opened[-1]

    yield make
    for s in opened:
        s.close()


@pytest.fixture()
def store(new_store):
    """A store holding the test corpus, for tests that write to it."""
    s = new_store()
    fill(s)
    return s


@pytest.fixture(scope="module")
def filled(request, backend, tmp_path_factory):
    """One store holding the test corpus per backend, shared by the tests that only read."""
    s = _open(request, backend, tmp_path_factory.mktemp("filled"))
    fill(s)
    yield s
    s.close()


def test_put_is_keyed_by_content_hash(store):
    art = article(ARTICLES[0])
    again = store.put(art, hand_analysis(art))
    assert again.status == "unchanged"
    assert store.counts() == {"articles": 10, "versions": 10, "analyses": 10, "aliases": 10}


def test_same_content_under_another_id_is_an_alias_not_a_second_article(store):
    copy = replace(article(ARTICLES[1]), id="mirror-of-a02", path="mirror.txt")
    res = store.put(copy, hand_analysis(copy))
    assert res.status == "duplicate" and res.article_id == 2
    assert store.counts()["articles"] == 10 and store.counts()["aliases"] == 11
    assert {a["key"] for a in store.get(2).aliases} == {"a02", "mirror-of-a02"}


def test_changed_text_under_the_same_id_is_a_new_version(store):
    old = article(ARTICLES[0])
    new = replace(old, text=old.text.replace("Monday", "Tuesday"))
    res = store.put(new, hand_analysis(new, [URW_BLAME]))
    assert (res.status, res.version) == ("version", 2)
    assert store.counts() == {"articles": 10, "versions": 11, "analyses": 11, "aliases": 11}
    hits = store.search(Query(text="Brussels"))
    assert [i.version for i in hits.items] == [2]
    assert store.search(Query(text="Brussels", all_versions=True)).total == 2
    stored = store.get(res.article_id)
    assert [v["version"] for v in stored.versions] == [1, 2] and stored.latest
    # Going back to the first text makes version 1 the latest again, without a third version.
    back = store.put(old, hand_analysis(old))
    assert back.version == 1 and store.get(back.article_id).latest and not store.get(res.article_id).latest


def test_get_round_trips_the_analysis_and_text(filled):
    s = filled.get(3)
    assert s.text.startswith("Analyst says expansion of NATO")
    assert s.analysis.narratives.coarse[0].label == URW_BLAME
    assert s.analysis.models == {"hand": "test-1"}
    assert filled.get(999) is None
    assert filled.has(s.content_hash) and not filled.has("0" * 64)


@pytest.mark.parametrize("query, expected", [
    (Query(text="NATO"), {"a01", "a03", "a06", "a10"}),
    (Query(text='"grain corridor"'), {"a02"}),
    (Query(text="NATO Baltic"), {"a06"}),
    (Query(narrative=URW_BLAME), {"a01", "a03", "a06", "a10"}),
    (Query(narrative=URW_BLAME.upper()), {"a01", "a03", "a06", "a10"}),
    (Query(narrative="URW"), {"a01", "a02", "a03", "a06", "a08", "a10"}),
    (Query(entity="nato", role="Antagonist"), {"a01", "a03", "a06"}),
    (Query(entity="Ukraine"), {"a01", "a02", "a07", "a08", "a10"}),
    (Query(role="Innocent"), {"a01", "a06", "a07", "a10"}),
    (Query(narrative=URW_BLAME, entity="NATO", role="Protagonist"), {"a10"}),
    (Query(technique="loaded_language"), {"a04", "a05"}),
    (Query(source="Daily Ledger"), {"a03", "a04", "a08"}),
    (Query(date_from="2025-02-01", date_to="2025-02-28"), {"a05", "a06", "a07", "a08"}),
    (Query(text="NATO", source="Coastal Post", date_from="2025-02-01"), {"a06"}),
    (Query(narrative=CC_HOAX, language="en"), {"a04", "a05"}),
    (Query(narrative=URW_DISCREDIT, language="bg"), set()),
])
def test_search_filters(filled, query, expected):
    result = filled.search(query, limit=100)
    assert {i.key for i in result.items} == expected
    assert result.total == len(expected)


def test_search_pages_newest_first_with_snippets(filled):
    first = filled.search(Query(), limit=4)
    second = filled.search(Query(), limit=4, offset=4)
    assert first.total == 10 and [i.key for i in first.items] == ["a10", "a09", "a08", "a07"]
    assert [i.key for i in second.items] == ["a06", "a05", "a04", "a03"]
    hit = filled.search(Query(text="transformers")).items[0]
    assert "\x02transformers\x03" in hit.snippet and hit.narratives == []
    assert filled.search(Query(text="NATO")).items[0].narratives == [URW_BLAME]


ALL_KEYS = {f"a{i:02d}" for i in range(1, 11)}


@pytest.mark.parametrize("text, expected", [
    # FTS5 operators and syntax are plain words to search for, never query syntax (no error, no widening).
    ('NATO" OR "x', set()),
    ("AND OR NOT", set()),
    ("NATO NOT Baltic", set()),
    ("NEAR(a b)", set()),
    ('a"b', set()),
    ("ü' --", set()),
    # Punctuation around words is dropped: the words are searched.
    ("NATO) (Baltic", {"a06"}),
    ("NATO* -Baltic", {"a06"}),
    # Nothing searchable: no text filter at all.
    ("*", ALL_KEYS),
    ("(", ALL_KEYS),
    ("\x00", ALL_KEYS),
])
def test_hostile_search_text_is_searched_literally(filled, text, expected):
    result = filled.search(Query(text=text), limit=100)
    assert {i.key for i in result.items} == expected and result.total == len(expected)


def test_fts_query_quotes_every_token():
    assert fts_query('NATO "grain corridor" x-y') == '"NATO" "grain corridor" "x y"'
    assert fts_query("  *** ") is None


def test_trends_by_month_count_and_share(filled):
    rows = filled.trends("month", Query(narrative=URW_BLAME))
    assert [(r.period, r.count, r.total) for r in rows] == [("2025-01", 2, 4), ("2025-02", 1, 4), ("2025-03", 1, 2)]
    assert rows[2].share == 0.5


def test_trends_by_week_start_on_monday_and_per_source(filled):
    weeks = filled.trends("week", Query())
    assert weeks[0].period == "2025-01-06" and weeks[0].total == 2  # a01 (Mon 6th) and a02 (Wed 8th)
    per = filled.trends("month", Query(entity="NATO", role="Antagonist"), per_source=True)
    jan = {r.source: (r.count, r.total) for r in per if r.period == "2025-01"}
    assert jan == {"Daily Ledger": (1, 2), "Harbor Tribune": (1, 2)}


def test_trends_keep_undated_articles_apart(new_store):
    s = new_store()
    art = replace(article(ARTICLES[0]), date=None)
    s.put(art, hand_analysis(art, [URW_BLAME]))
    assert [(r.period, r.count) for r in s.trends("day", Query(narrative=URW_BLAME))] == [(None, 1)]


def test_framing_over_time(filled):
    rows = filled.framing("NATO", "month")
    assert rows == [{"period": "2025-01", "role": "Antagonist", "count": 2},
                    {"period": "2025-02", "role": "Antagonist", "count": 1},
                    {"period": "2025-03", "role": "Protagonist", "count": 1}]


def test_overview(filled):
    o = filled.overview()
    assert o["counts"]["articles"] == 10 and o["undated"] == 0
    assert sum(r["n"] for r in o["per_day"]) == 10
    top = [(r["label"], r["n"]) for r in o["narratives"] if r["level"] == "coarse"]
    assert top[0] == (URW_BLAME, 4)
    assert o["heatmap"]["axis"] == "source"
    cells = {(c["row"], c["col"]): c["n"] for c in o["heatmap"]["cells"]}
    assert cells[("Harbor Tribune", URW_BLAME)] == 2
    assert o["trend_by"] == "week"  # 6 Jan to 10 Mar
    assert o["narrative_trend"][URW_BLAME][0] == {"period": "2025-01-06", "count": 1, "total": 2, "share": 0.5}
    assert o["techniques"][0]["technique"] == "Loaded_Language" and o["techniques"][0]["n"] == 2


def test_query_validates_its_filters():
    with pytest.raises(UsageError, match="not a date"):
        Query(date_from="yesterday")
    with pytest.raises(UsageError, match="not one of"):
        Query(entity="NATO", role="villain")
    assert Query(date_to="2025-03-01T10:00:00Z").date_to == "2025-03-01"
    assert Query(date_from="21.02.2025").date_from == "2025-02-21"


@pytest.mark.parametrize("raw, day", [("2025-02-21", "2025-02-21"), ("2025-02-21T08:00:00+02:00", "2025-02-21"),
                                      ("21.02.2025", "2025-02-21"), ("February 21, 2025", "2025-02-21"),
                                      ("2025-02-30", None), ("soon", None), (None, None)])
def test_normalise_day(raw, day):
    assert normalise_day(raw) == day


def test_analyses_from_before_a_layer_existed_have_no_layer_rows(new_store):
    s = new_store()
    art = article(ARTICLES[0])
    bare = hand_analysis(art).model_copy(update={"narratives": None, "persuasion": None, "cast": None})
    s.put(art, bare)
    assert s.search(Query(narrative="Other")).total == 0
    assert s.search(Query(entity="NATO")).total == 0  # no entities given
    assert s.overview()["narratives"] == []


def test_posting_the_same_pathless_text_twice_records_one_alias(new_store):
    s = new_store()
    art = replace(article(ARTICLES[0]), id=None, path=None)
    s.put(art, hand_analysis(art))
    s.put(art, hand_analysis(art))
    s.record_alias(art)
    assert s.counts()["aliases"] == 1


def test_the_raw_text_is_stored_once(new_store):
    s = new_store()
    art = article(ARTICLES[3])
    aid = s.put(art, hand_analysis(art, [CC_HOAX])).article_id
    with s._read() as c:
        stored = [r for r in c.execute("SELECT analysis FROM analyses")][0]
        stored = stored["analysis"] if isinstance(stored, dict) else stored[0]
    assert art.text not in stored and '"text"' not in stored.split('"article"')[1].split("}")[0]
    assert s.get(aid).analysis.article.text == art.text
    assert next(iter(s.iter_analyses()))[1].article.text == art.text


def test_query_tables_hold_what_the_reading_shows(new_store):
    # Precision at display reaches the corpus views: a role, a narrative label and a persuasion span below their
    # layer's display target stay in the stored analysis (with shown=False) but are not searched, charted or
    # counted; the entity itself is still found.
    s = new_store()
    art = article(ARTICLES[0])  # NATO Antagonist, Ukraine Innocent, URW_BLAME, one Name_Calling span
    a = hand_analysis(art, [URW_BLAME, URW_DISCREDIT], {"NATO": "Antagonist", "Ukraine": "Innocent"},
                      [("a provocation", "Name_Calling-Labeling", "Attack on reputation")])
    nato = next(e for e in a.entities if e.name == "NATO")
    nato.role.shown = False
    a.cast.antagonists[0].shown = False  # the framing layer marks the cast member as it marks the role
    for m in nato.mentions:
        m.role = nato.role
    a.narratives.coarse[1].shown = False
    a.persuasion.spans[0].shown = False
    aid = s.put(art, a).article_id
    assert s.search(Query(entity="NATO")).total == 1
    assert s.search(Query(entity="NATO", role="Antagonist")).total == 0
    assert s.search(Query(entity="Ukraine", role="Innocent")).total == 1
    assert s.search(Query(narrative=URW_BLAME)).total == 1
    assert s.search(Query(narrative=URW_DISCREDIT)).total == 0
    assert s.search(Query(technique="Name_Calling-Labeling")).total == 0
    assert s.framing("NATO", "month") == [{"period": "2025-01", "role": None, "count": 1}]  # named, no role
    import csv
    import io

    from narrascope.store.export import export

    flat = io.StringIO()
    export(s, "csv", flat)  # the flat export lists what is shown, as its filters count it
    assert URW_BLAME in flat.getvalue() and URW_DISCREDIT not in flat.getvalue()
    row = next(csv.DictReader(io.StringIO(flat.getvalue())))
    assert row["techniques"] == "" and row["antagonists"] == "" and row["innocents"] == "Ukraine"
    stored = s.get(aid).analysis
    assert not next(e for e in stored.entities if e.name == "NATO").role.shown
    assert [c.label for c in stored.narratives.coarse] == [URW_BLAME, URW_DISCREDIT]
    assert len(stored.persuasion.spans) == 1


def test_an_analysts_correction_is_what_the_query_tables_count(new_store):
    # The query tables index the analysis with its corrections applied, rebuilt when a correction is added: an
    # analyst who confirms a hidden role and a hidden span makes them searchable; one who moves a role moves it.
    from narrascope.store.corrections import make_correction

    s = new_store()
    art = article(ARTICLES[0])
    a = hand_analysis(art, [URW_BLAME], {"NATO": "Antagonist", "Ukraine": "Innocent"},
                      [("a provocation", "Name_Calling-Labeling", "Attack on reputation")])
    nato = next(e for e in a.entities if e.name == "NATO")
    nato.role.shown = False
    a.persuasion.spans[0].shown = False
    aid = s.put(art, a).article_id
    assert s.search(Query(entity="NATO", role="Antagonist")).total == 0
    assert s.search(Query(technique="Name_Calling-Labeling")).total == 0
    stored = s.get(aid).analysis
    span = stored.persuasion.spans[0]
    s.add_correction(make_correction(aid, stored, {"layer": "cast", "entity": "NATO", "main_role": "Antagonist",
                                                  "fine_roles": ["Instigator"]}, "analyst"))
    s.add_correction(make_correction(aid, stored, {"layer": "persuasion", "start": span.start, "end": span.end,
                                                  "technique": span.technique, "verdict": "right"}, "analyst"))
    assert s.search(Query(entity="NATO", role="Antagonist")).total == 1
    assert s.search(Query(technique="Name_Calling-Labeling")).total == 1
    s.add_correction(make_correction(aid, stored, {"layer": "cast", "entity": "Ukraine", "main_role": "Protagonist",
                                                  "fine_roles": []}, "analyst"))
    assert s.search(Query(entity="Ukraine", role="Innocent")).total == 0
    assert s.search(Query(entity="Ukraine", role="Protagonist")).total == 1
    # re-storing the analysis (a refresh) keeps the analyst's word in the tables; reindex rebuilds them all
    s.put(art, a, replace=True)
    assert s.search(Query(entity="NATO", role="Antagonist")).total == 1
    assert s.reindex() == 1 and s.search(Query(entity="Ukraine", role="Protagonist")).total == 1
