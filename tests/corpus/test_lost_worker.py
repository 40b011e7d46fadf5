"""A local worker process that dies (killed, out of memory) costs its batch a second try, not its articles."""
from __future__ import annotations

import os
import signal
import time

import pytest

from narrascope.article import Article
from narrascope.batch.local import PoolRunner
from narrascope.pipeline import Pipeline
from narrascope.schema import Analysis
from narrascope.settings import Settings

pytestmark = pytest.mark.slow


def test_a_killed_pool_worker_costs_a_retry_not_the_batch():
    runner = PoolRunner(Pipeline(["spacy"], Settings()), 2, 2)
    try:
        batches = [[Article(text=f"Title {i}\n\nThe mayor of town {i} said on Monday that the bridge would open.\n",
                            id=f"a{i}-{k}") for k in range(2)] for i in range(6)]
        jobs = [runner.submit(b, [False] * len(b)) for b in batches]
        deadline = time.monotonic() + 120
        while not runner.pool._processes and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(next(iter(runner.pool._processes)), signal.SIGKILL)
        outs = [runner.result(j) for j in jobs]
    finally:
        runner.close()
    assert all(isinstance(o, Analysis) for out in outs for o in out), outs
    assert [len(o) for o in outs] == [2] * 6
