"""Stories: near-duplicate grouping of syndicated copies, incremental assignment, the CLI contract."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from narrascope.cli import app
from narrascope.monitor import get_story, list_stories, rebuild_stories, update_stories
from narrascope.monitor.stories import is_near_duplicate, shingles, signature, similarity
from narrascope.store import open_store

from . import monitor_data
from .synthetic import Generator, light_analysis, pairwise, to_article

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stories") / "m.db"
    s = open_store(path)
    monitor_data.fill(s)
    s.close()
    return str(path)


@pytest.mark.parametrize("hard", [False, True], ids=["copies", "reworded"])
def test_generated_copies_precision_recall(tmp_path, hard):
    """The evaluation gate of story grouping: on 400 generated articles (originals, syndicated copies, light
    rewrites, same-event reports) pairwise precision and recall of stories stay at least 0.95; also when every
    copy loses 20-35% of its body and has 5% of its words replaced."""
    gen = Generator(seed=3, cut=(0.2, 0.35), rewrite_share=1.0, rewrite_rate=0.05) if hard else Generator(seed=3)
    items = gen.corpus(400)
    store = open_store(tmp_path / "g.db")
    ids = {}
    for it in items:
        art = to_article(it)
        ids[store.put(art, light_analysis(art, it.entities)).article_id] = it.key
    assert update_stories(store) == 400
    pred = {ids[m.article_id]: m.story_id for m in store.story_members()}
    p, r, predicted, true = pairwise(pred, {it.key: it.story for it in items})
    assert true > 100 and p >= 0.95 and r >= 0.95, (p, r)
    store.close()


def test_near_duplicate_rule_on_one_copy():
    from datetime import date

    gen = Generator(seed=5)
    orig = gen.original("o1", date(2025, 1, 1))
    other = gen.original("o2", date(2025, 1, 1))
    copy = gen.copy(orig, "c1", rewrite=True)
    a, b, c = (shingles(x.body) for x in (orig, copy, other))
    sa, sb, sc = (signature(x) for x in (a, b, c))
    j, cont = similarity(sa, len(a), sb, len(b))
    assert is_near_duplicate(j, cont, len(a), len(b))
    j, cont = similarity(sa, len(a), sc, len(c))
    assert not is_near_duplicate(j, cont, len(a), len(c)) and j < 0.1


def test_incremental_join_and_merge(tmp_path):
    """A new copy joins the stored story without reassigning anything else; an article bridging two stories
    merges them under the smaller id."""
    from datetime import date

    gen = Generator(seed=9)
    store = open_store(tmp_path / "i.db")
    orig = gen.original("o1", date(2025, 1, 1))
    other = gen.original("o2", date(2025, 1, 2))
    for it in (orig, other):
        art = to_article(it)
        store.put(art, light_analysis(art, it.entities))
    assert update_stories(store) == 2 and update_stories(store) == 0
    before = {m.article_id: m for m in store.story_members()}
    copy = to_article(gen.copy(orig, "c1", rewrite=False))
    cid = store.put(copy, light_analysis(copy, orig.entities)).article_id
    assert update_stories(store) == 1
    after = {m.article_id: m for m in store.story_members()}
    assert after[cid].story_id == before[1].story_id == 1 and after[1] == before[1] and after[2] == before[2]
    # A bridge: the first half of o1's body and the first half of o2's body: near both.
    half = lambda it: it.body[: len(it.body) // 2]
    bridge = to_article(replace_body(orig, "b1", half(orig) + "\n\n" + half(other)))
    store.put(bridge, light_analysis(bridge, []))
    update_stories(store)
    stories = {m.story_id for m in store.story_members()}
    assert stories == {1}, stories
    assert rebuild_stories(store) == 4
    store.close()


def replace_body(item, key, body):
    from dataclasses import replace

    return replace(item, key=key, body=body, title="Bridge " + key)


def test_story_summary(db):
    s = open_store(db)
    found = list_stories(s, min_articles=2)
    assert len(found) == 1
    story = found[0]
    assert story["size"] == 3 and story["sources"] == ["Outlet A", "Outlet D", "Outlet E"]
    assert story["first_seen"]["source"] == "Outlet A" and story["first_seen"]["when"] == "2025-03-10"
    assert [(c["name"], c["role"], c["articles"]) for c in story["cast"]] == [(monitor_data.HERO, "Antagonist", 2)]
    one = get_story(s, story["story_id"])
    assert one["articles"] == story["articles"]
    assert get_story(s, 99999) is None
    events = list_stories(s, level="event", min_articles=3)
    assert any(story["story_id"] in e["stories"] for e in events)
    s.close()


def test_cli_jsonl_contract(db):
    r = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 107 - 2  # 107 articles, two of them copies joining a story
    for obj in lines:
        assert {"story_id", "articles", "first_seen", "sources", "narratives"} <= set(obj)
        for a in obj["articles"]:
            assert {"id", "key", "source", "date"} <= set(a)
    big = [o for o in lines if len(o["articles"]) == 3]
    assert len(big) == 1 and {a["key"] for a in big[0]["articles"]} == {"m090", "copy3", "copy4"}
    r = runner.invoke(app, ["stories", "--db", db, "--min-articles", "2"])
    assert r.exit_code == 0 and "1 story" in r.output


def test_cli_errors(db, tmp_path):
    r = runner.invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert r.exit_code != 0 and "no store" in str(r.exception)
    r = runner.invoke(app, ["stories", "--db", db, "--since", "yesterday"])
    assert r.exit_code != 0 and "not a date" in str(r.exception)


def test_only_latest_versions_count(tmp_path):
    """A changed article (same key, new version) replaces its older version in its story."""
    from dataclasses import replace as dc_replace
    from datetime import date

    gen = Generator(seed=13)
    store = open_store(tmp_path / "v.db")
    orig = gen.original("o1", date(2025, 1, 1))
    art = to_article(orig)
    store.put(art, light_analysis(art, []))
    update_stories(store)
    changed = to_article(dc_replace(orig, body=orig.body + "\n\nCorrection: an earlier version misspelt a name."))
    store.put(changed, light_analysis(changed, []))
    update_stories(store)
    found = list_stories(store)
    assert len(found) == 1 and found[0]["size"] == 1 and found[0]["articles"][0]["id"] == 2
    store.close()


def _snapshot(path) -> dict[str, str]:
    """Every table of a SQLite store: a hash of all its rows."""
    import hashlib
    import sqlite3

    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: hashlib.sha256(repr(con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()).encode()).hexdigest()
                for t in tables}
    finally:
        con.close()


def test_reads_leave_the_store_unchanged(tmp_path):
    """Issue 21: listing stories (API, dashboard, CLI) never writes; assignment happens when articles are
    written or when asked (`stories --assign`)."""
    from fastapi.testclient import TestClient

    from narrascope.api import create_app
    from narrascope.settings import Settings

    path = tmp_path / "r.db"
    store = open_store(path)
    monitor_data.fill(store, assign=False)  # stored by other means: nothing assigned yet
    before = _snapshot(path)
    client = TestClient(create_app(Settings(), store, None))
    for url in ("/api/stories", "/api/stories?level=event", "/api/stories/1", "/stories", "/stories/1",
                "/stories?level=event"):
        r = client.get(url)
        assert r.status_code in (200, 404), (url, r.text)
    assert client.get("/api/stories").json()["total"] == 0  # nothing assigned, nothing shown
    r = runner.invoke(app, ["stories", "--db", str(path), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert _snapshot(path) == before
    r = runner.invoke(app, ["stories", "--db", str(path), "--assign", "--format", "jsonl"])
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 107 - 2
    after = _snapshot(path)
    assert after != before and after["story_members"] != before["story_members"]
    assert client.get("/api/stories").json()["total"] == 105
    assert _snapshot(path) == after
    store.close()
