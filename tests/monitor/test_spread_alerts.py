"""Narrative spread, role drift and alerts on the generated three-week corpus with known answers."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from narrascope.cli import app
from narrascope.errors import UsageError
from narrascope.monitor import AlertRule, alerts, narrative_spread, narratives_overview, role_drift
from narrascope.store import open_store

from . import monitor_data as md

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("spread") / "m.db"
    s = open_store(path)
    md.fill(s)
    s.close()
    return str(path)


@pytest.fixture()
def store(db):
    s = open_store(db)
    yield s
    s.close()


def test_narrative_spread(store):
    sp = narrative_spread(store, md.SPREAD)
    assert sp["articles"] == 3 and sp["outlets"] == 3
    assert [c["source"] for c in sp["carriers"]] == ["Outlet C", "Outlet A", "Outlet B"]
    assert [c["lag_days"] for c in sp["carriers"]] == [0.0, 0.25, 2.06]
    assert sp["first_articles"][0]["when"] == "2025-03-05T08:00:00"
    # Every day between the first and the last is a period; the empty one counts zero.
    assert sp["per_period"] == [
        {"period": "2025-03-05", "articles": 2, "stories": 2, "outlets": 2, "new_outlets": 2},
        {"period": "2025-03-06", "articles": 0, "stories": 0, "outlets": 0, "new_outlets": 0},
        {"period": "2025-03-07", "articles": 1, "stories": 1, "outlets": 1, "new_outlets": 1}]
    weekly = narrative_spread(store, md.DISCREDIT, by="week")
    assert weekly["outlets"] == 5 and sum(p["articles"] for p in weekly["per_period"]) == 21
    assert narrative_spread(store, "No such narrative")["articles"] == 0
    with pytest.raises(UsageError):
        narrative_spread(store, md.SPREAD, by="year")


def test_overview(store):
    rows = {r["narrative"]: r for r in narratives_overview(store)}
    assert rows[md.DISCREDIT]["articles"] == 21 and rows[md.SPREAD]["first_source"] == "Outlet C"


def test_role_drift(store):
    d = role_drift(store, md.HERO.upper(), by="week")
    assert d["entity"] == md.HERO and d["shifts"] == 1
    src = d["sources"][0]
    assert src["source"] == "Outlet A"
    assert src["shifts"] == [{"from_period": "2025-03-03", "to_period": "2025-03-10", "from_role": "Protagonist",
                              "to_role": "Antagonist"}]
    assert src["periods"][0]["Protagonist"] == 2 and src["periods"][-1]["Antagonist"] == 5


def test_alerts_rule(store):
    result = alerts(store)
    assert result["since"] == "2025-03-15" and result["rule"]["baseline"] == 14
    assert len(result["alerts"]) == 1
    a = result["alerts"][0]
    assert (a["kind"], a["label"], a["period"], a["count"], a["total"]) == ("narrative", md.CLIMATE, md.LAST_DAY, 4, 5)
    assert a["baseline"] == {"mean": 0.0, "sd": 0.0, "periods": 14}
    assert sorted(x["key"] for x in a["articles"]) == ["m200", "m201", "m202", "m203"]
    # Stricter rule: more carriers needed than there are.
    assert alerts(store, rule=AlertRule(min_count=5))["alerts"] == []
    # From the start of the corpus: early days have too short a baseline, the flat narrative never fires.
    assert [x["label"] for x in alerts(store, since="2025-03-01")["alerts"]] == [md.CLIMATE]
    with pytest.raises(UsageError):
        AlertRule(by="month")


def test_cli(db):
    r = runner.invoke(app, ["spread", "--db", db, "--narrative", md.SPREAD, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["outlets"] == 3
    r = runner.invoke(app, ["spread", "--db", db, "--entity", md.HERO, "--by", "week", "--format", "csv"])
    assert r.exit_code == 0 and "Antagonist" in r.stdout.splitlines()[0]
    r = runner.invoke(app, ["spread", "--db", db])
    assert r.exit_code == 0
    r = runner.invoke(app, ["alerts", "--db", db, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["alerts"][0]["label"] == md.CLIMATE
    r = runner.invoke(app, ["alerts", "--db", db])
    assert r.exit_code == 0 and "1 alerts" in r.output
    r = runner.invoke(app, ["spread", "--db", db, "--narrative", "x", "--entity", "y"])
    assert r.exit_code != 0 and "not both" in str(r.exception)
