"""The Ray runner on a real local Ray (two CPUs): the same analyses as the local runner, workers that write
to the store themselves, and a killed run that resumes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from narrascope.batch import ingest
from narrascope.errors import UsageError
from narrascope.settings import Settings
from narrascope.store import open_store

from .corpus_data import write_folder

try:
    import ray
except ImportError:  # under CI=true (where `dev` installs it) a missing Ray is a failure, not a skip
    if os.environ.get("CI") == "true":
        raise
    pytest.skip("the Ray runner needs pip install 'narrascope[ray]'", allow_module_level=True)
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local_ray():
    if ray.is_initialized():
        ray.shutdown()
    # Workers import narrascope from this checkout, like the test process does.
    env = {"PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
    ctx = ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING", runtime_env={"env_vars": env})
    yield ctx
    ray.shutdown()


def _analyses(store) -> dict[str, dict]:
    out = {}
    for summary, analysis in store.iter_analyses():
        out[summary.content_hash] = analysis.model_dump(mode="json")
    return out


def test_ray_gives_the_same_analyses_as_the_local_runner(tmp_path, local_ray, pipeline):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_folder(folder, 4)
    (folder / "copy.txt").write_bytes((folder / "doc_001.txt").read_bytes())
    local = open_store(tmp_path / "local.db")
    expected = ingest([folder], local, Settings(n_process=1), pipeline=pipeline)
    remote = open_store(tmp_path / "ray.db")
    got = ingest([folder], remote, Settings(n_process=2), runner="ray")
    assert (got.read, got.stored, got.duplicates) == (expected.read, expected.stored, expected.duplicates) == (5, 4, 1)
    assert remote.counts() == local.counts()
    a, b = _analyses(local), _analyses(remote)
    assert a.keys() == b.keys() and len(a) == 4
    for h in a:
        assert b[h] == a[h]  # every layer, score and offset
    again = ingest([folder], remote, Settings(n_process=2), runner="ray")
    assert (again.stored, again.already_stored) == (0, 5)


def test_a_store_the_workers_cannot_reach_is_refused(local_ray, tmp_path):
    with pytest.raises(UsageError, match="write to the store themselves"):
        ingest([tmp_path], open_store(":memory:"), Settings(n_process=1), runner="ray")


def test_a_killed_ray_run_resumes(tmp_path, local_ray):
    folder = tmp_path / "corpus"
    folder.mkdir()
    n = len(write_folder(folder, 80))
    db = tmp_path / "ray.db"
    # One article per batch so the kill lands mid-run even on a quiet machine (the light pipeline is fast).
    env = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_ANALYSERS": "spacy,entities",
           "NARRASCOPE_BATCH_SIZE": "1",
           "RAY_ADDRESS": local_ray.address_info["gcs_address"]}  # a second driver on the same local Ray
    cmd = [sys.executable, "-m", "narrascope", "ingest", str(folder), "--db", str(db), "--runner", "ray", "-j", "2",
           "--no-progress", "--json"]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)

    def stored() -> int:
        if not db.exists():
            return 0
        s = open_store(db)
        try:
            return s.counts()["analyses"]
        finally:
            s.close()

    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None and stored() < 3:
        time.sleep(0.1)
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
    os.kill(proc.pid, signal.SIGKILL)  # the driver dies; Ray ends its job and its actors
    proc.wait()
    killed_at = stored()
    for _ in range(50):  # Ray ends the dead driver's actors asynchronously: wait until nothing more arrives
        time.sleep(1)
        if stored() == killed_at:
            break
        killed_at = stored()
    assert 3 <= killed_at < n

    rerun = ingest([folder], open_store(db), Settings(n_process=2, analysers="spacy,entities"), runner="ray")
    assert rerun.stored + rerun.already_stored == n and rerun.already_stored >= killed_at
    s = open_store(db)
    with s._read() as c:
        assert tuple(c.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()) == (n, n)
    assert s.counts()["analyses"] == n


def _our_ray_workers() -> list:
    """The RayWorker actor processes of this test session's local Ray (its descendants, not other users')."""
    import psutil

    found = []
    for p in psutil.Process().children(recursive=True):
        try:
            if "RayWorker" in " ".join(p.cmdline()) and "IDLE" not in " ".join(p.cmdline()):
                found.append(p)
        except psutil.NoSuchProcess:
            pass
    return found


def test_a_lost_ray_worker_costs_a_restart_not_the_job(tmp_path, local_ray, pg_url):
    """Issue 21: kill -9 one of the two actors of `ingest --runner ray -j 2` into PostgreSQL in the middle of
    the run (as a lost node would): the run still ends with every article stored exactly once, no rerun."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    n = len(write_folder(folder, 60))
    env = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_ANALYSERS": "spacy,entities",
           "NARRASCOPE_BATCH_SIZE": "2",  # one article per actor call: the kill lands mid-run
           "RAY_ADDRESS": local_ray.address_info["gcs_address"]}
    cmd = [sys.executable, "-m", "narrascope", "ingest", str(folder), "--db", pg_url, "--runner", "ray", "-j", "2",
           "--no-progress", "--json"]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    probe = open_store(pg_url)

    def stored() -> int:
        try:
            return probe.counts()["analyses"]
        except Exception:  # the run has not created the tables yet
            return 0

    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None and stored() < 5:
        time.sleep(0.1)
    workers = _our_ray_workers()
    assert proc.poll() is None, f"the run ended before a worker could be killed: {proc.stderr.read().decode()[-2000:]}"
    assert len(workers) == 2, [p.cmdline() for p in workers]
    killed_at = stored()
    os.kill(workers[0].pid, signal.SIGKILL)  # a lost node
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()[-3000:]
    assert killed_at < n, "the kill came after the run"
    import json

    text = out.decode()
    assert '{\n  "read"' in text, (text[-2000:], err.decode()[-2000:])
    report = json.loads(text[text.rindex('{\n  "read"'):])  # Ray may log to stdout before it
    assert report["failed"] == 0 and report["stored"] == n, report
    with probe._read() as c:
        row = c.execute("SELECT count(*) AS n, count(DISTINCT content_hash) AS d FROM articles").fetchone()
    assert (row["n"], row["d"]) == (n, n)
    assert probe.counts()["analyses"] == n
    probe.close()
