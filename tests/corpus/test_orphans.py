"""Workers die with their parent: ``kill -9`` of ``ingest`` while its workers are still starting (loading their
models) leaves no process behind, with local worker processes and with a local Ray the driver started."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from .corpus_data import write_folder

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def _kill_during_startup(cmd: list[str], env: dict, started, timeout: float = 120) -> list[psutil.Process]:
    """Run ``cmd``, wait until ``started(descendants)`` says the workers are starting, ``kill -9`` it and
    return the descendants it had."""
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    parent = psutil.Process(proc.pid)
    kids: list[psutil.Process] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                kids = parent.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            if started(kids):
                break
            time.sleep(0.05)
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
        kids = parent.children(recursive=True)  # everything it started, up to the kill
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    return kids


def _assert_all_gone(kids: list[psutil.Process], within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while _alive(kids) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _alive(kids)
    for p in left:  # do not leave them to the rest of the test session
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    assert not left, f"still running {within:.0f}s after the kill: {[(p.pid, p.name()) for p in left]}"


def _python_workers(kids: list[psutil.Process]) -> int:
    """Worker processes among ``kids``: spawned ones (``spawn_main``) and ones forked from the driver (its own
    command line)."""
    n = 0
    for p in kids:
        try:
            cmd = " ".join(p.cmdline())
            if "spawn_main" in cmd or "narrascope ingest" in cmd:
                n += 1
        except psutil.NoSuchProcess:
            pass
    return n


# The driver, a single thread, forks its workers once its own pipeline has loaded the models; a driver with
# another thread running spawns them, and they load the models themselves. This starts a thread first.
_WITH_A_THREAD = ("import sys, threading, time; threading.Thread(target=time.sleep, args=(600,), daemon=True).start(); "
                  "from narrascope.cli import main; sys.argv[0] = 'narrascope'; main()")


def test_kill_9_during_worker_start_up_leaves_no_worker(tmp_path):
    """Spawned workers, killed while they load their models."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_folder(folder, 12)
    # Small batches: the pool starts a worker per batch submitted, up to -j.
    env = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_BATCH_SIZE": "2"}
    cmd = [sys.executable, "-c", _WITH_A_THREAD, "ingest", str(folder), "--db", str(tmp_path / "x.db"), "-j", "2",
           "--no-progress"]
    # Both workers exist and are importing / loading models (they take seconds): kill now.
    seen: list[int] = []  # workers counted before the kill: after it they die with their parent (the point)
    kids = _kill_during_startup(cmd, env, lambda kids: seen.append(_python_workers(kids)) or seen[-1] >= 2)
    assert max(seen, default=0) >= 2, seen
    assert not (tmp_path / "x.db").exists() or _stored(tmp_path / "x.db") == 0, "killed after start-up, not during"
    _assert_all_gone(kids)


def test_kill_9_of_a_driver_with_forked_workers_leaves_no_worker(tmp_path):
    """Forked workers (the usual `narrascope ingest`), killed with their driver as soon as they exist."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_folder(folder, 40)
    env = {**os.environ, "PYTHONPATH": str(REPO), "NARRASCOPE_BATCH_SIZE": "2"}
    cmd = [sys.executable, "-m", "narrascope", "ingest", str(folder), "--db", str(tmp_path / "x.db"), "-j", "2",
           "--no-progress"]
    seen: list[int] = []
    kids = _kill_during_startup(cmd, env, lambda kids: seen.append(_python_workers(kids)) or seen[-1] >= 2)
    assert max(seen, default=0) >= 2, seen
    _assert_all_gone(kids)


def _stored(db: Path) -> int:
    from narrascope.store import open_store

    s = open_store(db)
    try:
        return s.counts()["analyses"]
    finally:
        s.close()


def test_kill_9_of_a_driver_that_started_its_own_ray_leaves_nothing(tmp_path):
    pytest.importorskip("ray")
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_folder(folder, 12)
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}  # the driver starts a local Ray
    env.update(PYTHONPATH=str(REPO), NARRASCOPE_BATCH_SIZE="2", RAY_DISABLE_IMPORT_WARNING="1")

    def actors_starting(kids: list[psutil.Process]) -> bool:
        names = []
        for p in kids:
            try:
                names.append(" ".join(p.cmdline()))
            except psutil.NoSuchProcess:
                pass
        return sum("RayWorker" in n for n in names) >= 2

    cmd = [sys.executable, "-m", "narrascope", "ingest", str(folder), "--db", str(tmp_path / "x.db"),
           "--runner", "ray", "-j", "2", "--no-progress"]
    kids = _kill_during_startup(cmd, env, actors_starting, timeout=180)
    assert len(kids) >= 4  # the local Ray's own processes (gcs, raylet, ...) and the two actors
    _assert_all_gone(kids)
