"""The corpus runner: skip-before-analyse resumability, bad items, duplicates, versions, and kill -9."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from narrascope.batch import ingest
from narrascope.errors import ModelError, PipelineError
from narrascope.pipeline import Pipeline
from narrascope.settings import Settings
from narrascope.store import Query, open_store

from .corpus_data import write_folder

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    write_folder(d, 6)
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (d / "copy_of_doc_000.txt").write_bytes((d / "doc_000.txt").read_bytes())
    return d


def test_ingest_stores_new_skips_bad_and_counts_everything(folder, pipeline):
    store = open_store(":memory:")
    settings = Settings(n_process=1)
    events = []
    report = ingest([folder], store, settings, pipeline=pipeline, on_event=lambda k, p: events.append(k))
    assert (report.read, report.stored, report.duplicates, report.already_stored) == (9, 6, 1, 0)
    assert sorted((s.stage, Path(s.source).name) for s in report.skipped) == [("read", "binary.txt"),
                                                                           ("read", "empty.txt")]
    assert events.count("done") == 6 and events.count("skip") == 2 and events[0] != "done"
    assert store.counts() == {"articles": 6, "versions": 6, "analyses": 6, "aliases": 7}
    assert store.search(Query(date_from="2025-01-01")).total == 6  # dates read from the files

    again = ingest([folder], store, settings, pipeline=pipeline)
    assert (again.stored, again.already_stored, again.duplicates, again.failed) == (0, 7, 0, 2)
    assert store.counts()["analyses"] == 6

    (folder / "doc_001.txt").write_text((folder / "doc_001.txt").read_text() + "Correction appended.\n")
    third = ingest([folder], store, settings, pipeline=pipeline)
    assert (third.stored, third.new_versions) == (1, 1)
    assert store.counts() == {"articles": 6, "versions": 7, "analyses": 7, "aliases": 8}


def test_refresh_reanalyses_what_another_pipeline_made_and_resumes(folder, pipeline):
    store = open_store(":memory:")
    settings = Settings(n_process=1)
    partial = Pipeline(("spacy", "entities"), settings)
    partial.analysers = pipeline.analysers[:2]  # share the loaded models
    first = ingest([folder], store, settings, pipeline=partial)
    assert first.stored == 6 and not any(store.get(i).analysis.quotes for i in range(1, 7))
    plain = ingest([folder], store, settings, pipeline=pipeline)
    assert (plain.stored, plain.refreshed, plain.already_stored) == (0, 0, 7)
    fresh = ingest([folder], store, settings, pipeline=pipeline, refresh=True)
    assert (fresh.stored, fresh.refreshed, fresh.duplicates) == (0, 6, 1)
    assert store.counts() == {"articles": 6, "versions": 6, "analyses": 6, "aliases": 7}
    assert any(store.get(i).analysis.quotes for i in range(1, 7))  # the quotes layer is there now
    again = ingest([folder], store, settings, pipeline=pipeline, refresh=True)
    assert (again.refreshed, again.already_stored) == (0, 7)


class _CrashOn(Pipeline):
    """A pipeline with a bug on one article (a stand-in for an analyser crashing on odd input)."""

    def __call__(self, article):
        if article.id == "doc_002":
            raise RuntimeError("boom")
        return super().__call__(article)


def test_a_crashing_analyser_skips_that_article_only(folder, pipeline):
    store = open_store(":memory:")
    crashy = _CrashOn(pipeline.names, pipeline.settings)
    crashy.analysers = pipeline.analysers  # share the loaded models
    report = ingest([folder], store, Settings(n_process=1), pipeline=crashy)
    assert report.stored == 5
    assert any("RuntimeError: boom" in s.message and s.source.endswith("doc_002.txt") for s in report.skipped)


class _Broken(Pipeline):
    """A pipeline whose model is missing, or whose analyser fails on every article."""

    def __init__(self, base, error):
        super().__init__(base.names, base.settings)
        self.error = error

    def __call__(self, article):
        raise self.error


@pytest.mark.parametrize("error, expected", [
    (ModelError("no model artifact in models/x; train it with `narrascope train x`"), ModelError),
    (ValueError("bug everywhere"), PipelineError),
])
def test_systemic_failures_stop_the_run_instead_of_skipping_everything(tmp_path, pipeline, error, expected):
    folder = tmp_path / "many"
    folder.mkdir()
    write_folder(folder, 12)
    store = open_store(":memory:")
    with pytest.raises(expected, match="rerun"):
        ingest([folder], store, Settings(n_process=1), pipeline=_Broken(pipeline, error))
    assert store.counts()["analyses"] == 0


def _analyses(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "narrascope", "ingest", str(folder), "--db", str(db), "-j", "2", "--no-progress",
            "--json"]


@pytest.mark.slow
def test_killed_with_sigkill_mid_run_then_rerun_finishes_exactly(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    n = len(write_folder(folder, 40))
    db = tmp_path / "c.db"
    # Batches of two: with the default 16, 40 articles are three batches all in flight at once, and on a fast,
    # idle machine the last two were stored between the poll that saw the first and the kill (a CI run failed
    # with 40 of 40 stored). Twenty small batches leave most of the run ahead when the kill lands.
    env = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_BATCH_SIZE": "2"}
    proc = subprocess.Popen(_ingest_cmd(folder, db), env=env, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = _analyses(db)
        if done >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
    os.kill(proc.pid, signal.SIGKILL)  # the main process first, as `kill -9 PID` would
    proc.wait()
    with contextlib.suppress(ProcessLookupError):  # then its workers, so none outlives the test (they may
        os.killpg(proc.pid, signal.SIGKILL)  # be gone already: they die with their parent)
    killed_at = _analyses(db)
    assert 3 <= killed_at < n, "the kill must land mid-run"

    rerun = subprocess.run(_ingest_cmd(folder, db), env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["already_stored"] == killed_at and summary["stored"] == n - killed_at
    assert summary["store"]["analyses"] == n and summary["store"]["articles"] == n
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == n
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

    third = subprocess.run(_ingest_cmd(folder, db), env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    summary = json.loads(third.stdout)
    assert summary["stored"] == 0 and summary["already_stored"] == n and summary["store"]["analyses"] == n


def test_refresh_reanalyses_what_an_older_build_of_the_same_version_made(folder, pipeline, tmp_path):
    """A store written before a shipped model was retrained or a display cut-off moved carries the same version
    number; the build id in the fingerprint tells its analyses apart, so --refresh redoes exactly those."""
    db = tmp_path / "old.db"
    store = open_store(str(db))
    settings = Settings(n_process=1)
    assert ingest([folder], store, settings, pipeline=pipeline).stored == 6
    current = store.pipelines()
    assert len(set(current.values())) == 1 and " build " in next(iter(current.values()))
    older = "narrascope 0.1.0: " + ",".join(pipeline.names)  # the fingerprint stores had before build ids
    with sqlite3.connect(db) as c:
        c.execute("UPDATE analyses SET pipeline = ? WHERE article_id IN (1, 2)", (older,))
    assert sorted(store.pipelines().values()).count(older) == 2
    plain = ingest([folder], store, settings, pipeline=pipeline)
    assert (plain.refreshed, plain.already_stored) == (0, 7)  # without --refresh nothing is redone
    fresh = ingest([folder], store, settings, pipeline=pipeline, refresh=True)
    assert (fresh.stored, fresh.refreshed) == (0, 2)
    assert store.pipelines() == current
    store.close()


def test_the_build_id_follows_code_models_and_policies_not_prose(tmp_path):
    from narrascope._version import build_id

    pkg = tmp_path / "pkg"
    (pkg / "models" / "narratives").mkdir(parents=True)
    (pkg / "reader.py").write_text("X = 1\n")
    (pkg / "models" / "narratives" / "display.json").write_text('{"EN": 0.25}')
    (pkg / "models" / "narratives" / "MODEL_CARD.md").write_text("card\n")
    first = build_id(pkg)
    assert len(first) == 12 and build_id(pkg) == first
    (pkg / "models" / "narratives" / "MODEL_CARD.md").write_text("card, edited\n")
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "reader.cpython-311.pyc").write_bytes(b"\x00")
    assert build_id(pkg) == first  # a model card or a compiled file changes no reading
    (pkg / "models" / "narratives" / "display.json").write_text('{"EN": 0.30}')
    moved = build_id(pkg)
    assert moved != first  # a moved display cut-off does
    (pkg / "reader.py").write_text("X = 2\n")
    assert build_id(pkg) not in (first, moved)  # and so does code
