"""The corpus commands through the CLI entry point: search, trends, export, their formats and errors."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from narrascope.cli import app
from narrascope.store import open_store
from tests.conftest import require

from .corpus_data import URW_BLAME, fill

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "corpus.db"
    s = open_store(path)
    fill(s)
    s.close()
    return str(path)


def run(*args):
    return runner.invoke(app, list(args))


def test_search_table_and_json(db):
    r = run("search", "NATO", "--db", db)
    assert r.exit_code == 0 and "4 articles" in r.output and "Baltic" in r.output
    r = run("search", "--db", db, "--entity", "NATO", "--role", "antagonist", "--format", "json")
    data = json.loads(r.output)
    assert data["total"] == 3 and {i["key"] for i in data["items"]} == {"a01", "a03", "a06"}
    r = run("search", "--db", db, "--from", "2025-03-01", "--to", "2025-03-31", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {row["key"] for row in rows} == {"a09", "a10"}


def test_trends_formats(db):
    r = run("trends", "--db", db, "--by", "month", "--narrative", URW_BLAME, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert [(x["period"], x["count"], x["total"], x["share"]) for x in rows] == [
        ("2025-01", "2", "4", "0.5"), ("2025-02", "1", "4", "0.25"), ("2025-03", "1", "2", "0.5")]
    r = run("trends", "--db", db, "--by", "month", "--technique", "Loaded_Language", "--per-source", "--format", "json")
    data = json.loads(r.output)
    assert sum(x["count"] for x in data) == 2 and all("source" in x for x in data)
    r = run("trends", "--db", db, "--by", "week")
    assert r.exit_code == 0 and "2025-01-06" in r.output


def test_export_jsonl_csv_parquet(db, tmp_path):
    r = run("export", "--db", db, "--format", "jsonl")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 10 and lines[0]["article"]["id"] == "a01" and lines[0]["models"] == {"hand": "test-1"}
    out = tmp_path / "x.csv"
    r = run("export", "--db", db, "--format", "csv", "--out", str(out), "--narrative", URW_BLAME)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 4 and rows[0]["narratives"] == URW_BLAME and rows[0]["antagonists"] == "NATO"
    pq = require("pyarrow.parquet")
    out = tmp_path / "x.parquet"
    r = run("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert r.exit_code == 0, r.output
    table = pq.read_table(out)
    assert table.num_rows == 10 and "analysis" in table.column_names


@pytest.mark.parametrize("args, code, message", [
    (("search", "x", "--db", "/nonexistent/x.db"), 2, "no store at"),
    (("search", "--db", "{db}", "--role", "villain"), 2, "not one of"),
    (("search", "--db", "{db}", "--from", "last week"), 2, "not a date"),
    (("trends", "--db", "{db}", "--by", "year"), 2, "year"),
    (("export", "--db", "{db}", "--format", "parquet"), 2, "--out"),
])
def test_usage_errors_are_one_line(db, args, code, message, capsys):
    from narrascope.cli import main

    with pytest.raises(SystemExit) as exc:
        main([a.format(db=db) for a in args])
    err = capsys.readouterr().err
    assert exc.value.code == code and message in err and "Traceback" not in err


def test_reindex_rebuilds_a_stale_store(tmp_path):
    # A store written before the query tables held only what the reading shows indexed hidden roles too; the
    # reindex command rebuilds the tables from the stored analyses (which keep every item with its flag).
    import sqlite3

    from narrascope.store import Query

    from .corpus_data import ARTICLES, article, hand_analysis

    path = tmp_path / "old.db"
    s = open_store(path)
    art = article(ARTICLES[0])
    a = hand_analysis(art, [URW_BLAME], {"NATO": "Antagonist"})
    a.entities[0].role.shown = False
    aid = s.put(art, a).article_id
    s.close()
    with sqlite3.connect(path) as c:  # what an earlier build wrote: the hidden role indexed
        c.execute("UPDATE entities SET main_role = 'Antagonist' WHERE article_id = ? AND name = 'NATO'", (aid,))
    s = open_store(path)
    assert s.search(Query(entity="NATO", role="Antagonist")).total == 1
    s.close()
    r = run("reindex", "--db", str(path))
    assert r.exit_code == 0 and "reindexed 1 analyses" in r.output
    s = open_store(path)
    assert s.search(Query(entity="NATO", role="Antagonist")).total == 0 and s.search(Query(entity="NATO")).total == 1
    s.close()
    r = run("reindex", "--db", str(tmp_path / "missing.db"))
    assert r.exit_code != 0 and "no store at" in r.output + str(r.exception)
