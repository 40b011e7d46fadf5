"""Story-aware counts and one entity across the corpus, on real SQLite stores: a label counts once per article
("Other" is both the coarse and the fine label of an article outside the taxonomy), copies of one story
count once in alerts (``count="articles"`` counts each), and a one-word surname is the full name."""
from __future__ import annotations

import json
from datetime import date, timedelta

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from narrascope.api import create_app
from narrascope.cli import app
from narrascope.monitor import alerts, narrative_spread, narratives_overview, role_drift, update_stories
from narrascope.schema import NarrativeLabel, Narratives
from narrascope.settings import Settings
from narrascope.store import open_store

from .synthetic import Generator, light_analysis, to_article

runner = CliRunner()
HOT = "URW: Amplifying war-related fears"


def _other(art):
    a = light_analysis(art, [])
    a.narratives = Narratives(domain="Other", domain_score=0.9, coarse=[NarrativeLabel(label="Other", score=0.9)],
                              fine=[NarrativeLabel(label="Other", score=0.9)])
    return a


def test_other_counted_once(tmp_path):
    gen = Generator(seed=3, topics=5)
    s = open_store(tmp_path / "o.db")
    for n in range(13):
        item = gen.original(f"o{n}", date(2025, 3, 1) + timedelta(days=n % 3))
        item.source = f"Outlet {n % 2}"
        art = to_article(item)
        s.put(art, _other(art))
    rows = {r["narrative"]: r for r in narratives_overview(s)}
    assert rows["Other"]["articles"] == 13 and rows["Other"]["stories"] == 13
    assert narrative_spread(s, "Other")["articles"] == 13
    client = TestClient(create_app(Settings(), s, None))
    got = client.get("/api/narratives").json()["items"]
    assert [x["articles"] for x in got if x["narrative"] == "Other"] == [13]
    s.close()
    r = runner.invoke(app, ["spread", "--db", str(tmp_path / "o.db"), "--format", "json"])
    assert [x["articles"] for x in json.loads(r.stdout) if x["narrative"] == "Other"] == [13]


def test_alerts_count_a_story_once(tmp_path):
    gen = Generator(seed=4, topics=30)
    s = open_store(tmp_path / "a.db")
    start = date(2025, 3, 1)
    for d in range(12):
        for o in range(3):
            item = gen.original(f"d{d}o{o}", start + timedelta(days=d))
            item.source = f"Outlet {o}"
            art = to_article(item)
            s.put(art, light_analysis(art, []))
    # The last day: one story, carrying HOT, published by three outlets (a wire story and two copies).
    last = start + timedelta(days=12)
    wire = gen.original("wire", last)
    wire.source = "Wire"
    items = [wire] + [gen.copy(wire, f"copy{k}", rewrite=False) for k in range(2)]
    for k, item in enumerate(items):
        item.source, item.day = f"Paper {k}", last.isoformat()
        art = to_article(item)
        s.put(art, light_analysis(art, [], [HOT]))
    for o in range(2):
        item = gen.original(f"last{o}", last)
        item.source = f"Outlet {o}"
        art = to_article(item)
        s.put(art, light_analysis(art, []))
    update_stories(s)
    assert alerts(s)["alerts"] == []  # one story is one carrier: under min_count
    per_article = alerts(s, count="articles")["alerts"]
    assert [(a["label"], a["count"], a["total"]) for a in per_article] == [(HOT, 3, 5)]
    # Evidence: one story with its title and its three outlets, not three bare ids.
    ev = per_article[0]["stories"]
    assert len(ev) == 1 and ev[0]["title"] == wire.title and ev[0]["outlets"] == ["Paper 0", "Paper 1", "Paper 2"]
    s.close()
    db = str(tmp_path / "a.db")
    r = runner.invoke(app, ["alerts", "--db", db, "--count", "articles"], env={"COLUMNS": "250"})
    assert r.exit_code == 0 and "1 alerts" in r.output and "Paper 0, Paper 1, Paper 2" in r.stdout
    r = runner.invoke(app, ["alerts", "--db", db, "--format", "json"])
    assert json.loads(r.stdout)["alerts"] == [] and json.loads(r.stdout)["rule"]["count"] == "stories"


def test_surname_is_the_full_name(tmp_path):
    gen = Generator(seed=6, topics=5)
    s = open_store(tmp_path / "e.db")
    for n in range(6):
        item = gen.original(f"p{n}", date(2025, 3, 3) + timedelta(days=7 * (n // 3)))
        item.source = "Outlet A"
        name = "Vladimir Putin" if n % 3 == 0 else "Putin"
        item.body = f"{name} spoke today. " + item.body
        art = to_article(item)
        role = "Protagonist" if n < 3 else "Antagonist"
        s.put(art, light_analysis(art, [name, "Ukraine"], roles={name: role}))
    for asked in ("Putin", "vladimir putin"):
        d = role_drift(s, asked, by="week")
        assert d["entity"] == "Vladimir Putin" and d["aliases"] == ["putin"]
        src = d["sources"][0]
        assert src["articles"] == 6 and [p["dominant"] for p in src["periods"]] == ["Protagonist", "Antagonist"]
    assert role_drift(s, "Ukraine")["aliases"] == []
    s.close()
