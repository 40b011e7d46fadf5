"""``narrascope serve`` for real: uvicorn worker processes get the token from a token file, and the token
never appears in the environment of the server or of its workers."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import require

httpx = require("httpx")
psutil = require("psutil")
require("uvicorn")

REPO = Path(__file__).resolve().parents[2]
TOKEN = "serve-test-token-5f1c"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environ(proc: psutil.Process) -> str:
    return (Path("/proc") / str(proc.pid) / "environ").read_bytes().decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc/<pid>/environ (Linux)")
def test_workers_get_the_token_from_a_file_and_never_through_the_environment(tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    token_file.chmod(0o600)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NARRASCOPE_")}
    env["PYTHONPATH"] = str(REPO)
    env["HOME"] = str(tmp_path)  # no user settings file
    server = subprocess.Popen([sys.executable, "-m", "narrascope", "serve", "--db", str(tmp_path / "c.db"),
                               "--port", str(port), "--workers", "2", "--token-file", str(token_file)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, server.stdout.read().decode()
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.5)
        # The workers know the token (a wrong one is 401; with no token at all writes would be 403).
        r = httpx.post(f"{base}/api/articles", json={"text": "Talks\n\nThe talks resumed on Monday."},
                       headers={"Authorization": "Bearer wrong"}, timeout=10)
        assert r.status_code == 401, r.text
        parent = psutil.Process(server.pid)
        workers = parent.children(recursive=True)
        assert len(workers) >= 2
        for proc in [parent, *workers]:
            assert TOKEN not in _environ(proc), f"the token is in the environment of pid {proc.pid}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
