"""Runners on this machine: in the calling process, or in a pool of worker processes.

A runner takes batches (``submit``) and hands back one outcome per article (``result``, in the order the
caller asks for them); the driver in :mod:`narrascope.batch.runner` bounds how many batches are in flight, which is
what keeps memory flat. On Linux, when the driver is still its process's only thread, the driver's pipeline
loads its models once and the workers are forked from it, sharing the loaded models copy-on-write (each load
is about 3 s of CPU); otherwise (another thread is running, e.g. a pool started again after a worker died)
they are spawned and build their pipeline (models included) once, in the pool initializer, all at the same
time.
"""
from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..pipeline import Pipeline, can_fork, frozen_heap, parent_watch
from . import worker
from .worker import Crash, analyse_batch, init_process, process_batch, source_of


class InlineRunner:
    """Analyse in the calling process (``n_process == 1``): each batch is done when submitted."""

    stores_itself = False

    def __init__(self, pipeline: Pipeline, batch_size: int = 8):
        self.pipeline = pipeline
        self.batch_size = batch_size
        self.window = 1

    def submit(self, batch: list[Article], replace: list[bool]) -> list[Any]:
        return analyse_batch(self.pipeline, batch)

    def done(self, handle: list[Any]) -> bool:
        return True

    def result(self, handle: list[Any]) -> list[Any]:
        return handle

    def close(self) -> None:
        pass


@dataclass
class _Job:
    batch: list[Article]
    future: Future
    generation: int
    tries: int = 0


class PoolRunner:
    """``n`` worker processes (forked where :func:`~narrascope.pipeline.can_fork`, else spawned); at most
    ``window`` batches queued or running at once."""

    stores_itself = False

    def __init__(self, pipeline: Pipeline, n: int, batch_size: int):
        self.pipeline, self.names, self.settings, self.n = pipeline, pipeline.names, pipeline.settings, n
        # A worker's batch is parsed in one nlp.pipe call (cheaper per article the larger it is), but small
        # batches keep every worker busy to the end and results flowing: the batch_size setting per worker.
        # Two batches per worker in flight means a worker never waits for the driver.
        self.batch_size = max(1, batch_size)
        self.window = 2 * n
        self.generation = 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        fork = can_fork()
        if not fork:
            return ProcessPoolExecutor(self.n, mp_context=mp.get_context("spawn"), initializer=init_process,
                                       initargs=(self.names, self.settings, parent_watch()))
        try:
            self.pipeline.warm()
        except Exception:  # noqa: BLE001 -- e.g. a missing model: the first real article reports it properly
            pass
        worker.PARENT_PIPELINE = self.pipeline
        try:
            with frozen_heap():
                pool = ProcessPoolExecutor(self.n, mp_context=mp.get_context("fork"), initializer=init_process,
                                           initargs=(self.names, self.settings, parent_watch(), True))
                # The first submit forks every worker (before the pool's own thread starts): do it now, while
                # this is still the only thread (the ingest's reader thread starts after the runner).
                pool.submit(worker.ready).result()
        finally:
            worker.PARENT_PIPELINE = None
        return pool

    def submit(self, batch: list[Article], replace: list[bool]) -> _Job:
        return _Job(batch, self.pool.submit(process_batch, batch), self.generation)

    def done(self, job: _Job) -> bool:
        return job.future.done()

    def result(self, job: _Job) -> list[Any]:
        try:
            return job.future.result()
        except BrokenProcessPool:
            if job.generation == self.generation:
                # A worker died (killed, out of memory, a crash in native code) while this batch was the
                # oldest in flight: start a fresh pool and send the batch once more; if it breaks that pool
                # too, its articles count as crashed. Later batches of the broken pool are sent again.
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.generation += 1
                self.pool = self._start()
                if job.tries >= 1:
                    return [Crash(source_of(a), "BrokenProcessPool", "a worker process died twice while analysing "
                                  "this batch (out of memory or killed?)") for a in job.batch]
                tries = job.tries + 1
            else:
                tries = job.tries  # lost with a pool that another batch broke: not this batch's doing
            retry = self.submit(job.batch, [])
            retry.tries = tries
            return self.result(retry)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
