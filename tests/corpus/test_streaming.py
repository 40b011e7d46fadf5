"""Streaming ingest: JSONL on stdin stored as it arrives, `analyze -` on records, kill -9 on PostgreSQL.

These are plumbing tests, so they run a light analyser list (spaCy + entities) through
``NARRASCOPE_ANALYSERS``; the default pipeline's behaviour in a run is covered by test_ingest.py.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from narrascope.batch import ingest
from narrascope.cli import app
from narrascope.pipeline import Pipeline
from narrascope.settings import Settings
from narrascope.store import open_store

from .corpus_data import ARTICLES, write_folder

REPO = Path(__file__).resolve().parents[2]
LIGHT = "spacy,entities"
ENV = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_ANALYSERS": LIGHT}


def _record(i: int) -> str:
    aid, date, source, title, body = ARTICLES[i % len(ARTICLES)][:5]
    return json.dumps({"id": f"r{i}", "title": title, "text": f"{title}\n\n{body} (item {i})\n", "date": date,
                       "source": source}) + "\n"


def _count(url_or_path: str) -> int:
    s = open_store(url_or_path)
    try:
        return s.counts()["analyses"]
    finally:
        s.close()


def _wait_for(predicate, seconds: float, proc: subprocess.Popen | None = None) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc is not None and proc.poll() is not None:
            return predicate()
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_jsonl_piped_into_ingest_is_stored_as_it_arrives(tmp_path):
    db = str(tmp_path / "stream.db")
    proc = subprocess.Popen([sys.executable, "-m", "narrascope", "ingest", "-", "--db", db, "-j", "1",
                             "--no-progress", "--json"], env=ENV, cwd=REPO, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        proc.stdin.write(_record(0) + _record(1))
        proc.stdin.flush()
        # Stored while stdin is still open: the runner does not wait for the end of the input.
        assert _wait_for(lambda: Path(db).exists() and _count(db) == 2, 120, proc), proc.stderr.read()[-2000:]
        # A bad line, a new record, a blank line and a repeat; then the end of the input.
        out, err = proc.communicate("{not json\n" + _record(2) + "\n" + _record(1), timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    summary = json.loads(out)
    assert (summary["read"], summary["stored"], summary["failed"]) == (5, 3, 1)
    assert summary["already_stored"] + summary["duplicates"] == 1
    assert "<stdin>:3" in summary["skipped"][0]["source"] and summary["store"]["analyses"] == 3


def test_analyze_dash_reads_jsonl_records_from_stdin():
    runner = CliRunner()
    r = runner.invoke(app, ["analyze", "-", "--format", "jsonl", "--analysers", LIGHT],
                      input=_record(0) + "\n" + _record(3))
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert [x["article"]["id"] for x in lines] == ["r0", "r3"]
    # (stdin that does not start with "{" is one plain-text article: tests/cli/test_bad_input.py)


def test_a_small_queue_still_stores_everything_in_order(tmp_path, pipeline):
    """Backpressure does not drop or reorder: a long folder through the bounded queue, batch by batch."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_folder(folder, 14)
    store = open_store(":memory:")
    light = Pipeline(LIGHT.split(","), Settings(n_process=1))
    light.analysers = pipeline.analysers[:2]  # share the loaded models
    report = ingest([folder], store, Settings(n_process=1, batch_size=2), pipeline=light)
    assert (report.read, report.stored) == (14, 14)
    assert [store.get(i).key for i in range(1, 15)] == [f"doc_{i:03d}" for i in range(14)]


@pytest.mark.slow
def test_kill_9_during_a_postgresql_ingest_then_rerun_stores_every_text_exactly_once(tmp_path, pg_url):
    folder = tmp_path / "corpus"
    folder.mkdir()
    n = len(write_folder(folder, 150))
    for i in range(0, n, 4):  # identical copies under other names: still one article each
        (folder / f"copy_{i:03d}.txt").write_bytes((folder / f"doc_{i:03d}.txt").read_bytes())
    cmd = [sys.executable, "-m", "narrascope", "ingest", str(folder), "--db", pg_url, "-j", "2", "--no-progress",
           "--json"]
    # One article per batch, so articles are stored one by one and the kill lands mid-run even on a quiet,
    # fast machine (with 16-article batches the light pipeline stored everything between two polls).
    env = {**ENV, "NARRASCOPE_BATCH_SIZE": "1"}
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    reached = _wait_for(lambda: _count(pg_url) >= 3, 180, proc)
    assert reached and proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()[-2000:]}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    os.killpg(proc.pid, signal.SIGKILL)  # its workers too, so none outlives the test
    killed_at = _count(pg_url)
    assert 3 <= killed_at < n, "the kill must land mid-run"

    rerun = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["stored"] == n - killed_at and summary["store"]["analyses"] == n
    s = open_store(pg_url)
    with s._read() as c:
        row = c.execute("SELECT count(*) AS rows, count(DISTINCT content_hash) AS texts FROM articles").fetchone()
    s.close()
    assert (row["rows"], row["texts"]) == (n, n)  # every distinct text exactly once
