"""A bounded pool for the analyses the REST API runs (``/api/analyze``, article posts).

At most ``workers`` analyses run at once, each on its own pipeline (loaded on first use) unless the app was
given one pipeline to share; at most ``queue`` more wait for a free worker. Anything beyond is refused at once
with :class:`Busy` (HTTP 429 with a ``Retry-After`` estimated from recent analysis times), so one client
cannot pile up work that occupies the server, and waiting requests hold only a bounded number of threads.
"""
from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Callable
from typing import Any


class Busy(Exception):
    """Every worker is busy and the queue is full; ``retry_after`` is a guess in whole seconds."""

    def __init__(self, retry_after: int):
        super().__init__(f"busy; retry after {retry_after} s")
        self.retry_after = retry_after


class AnalysisPool:
    """Runs ``work(pipeline)`` with at most ``workers`` at once and ``queue`` waiting."""

    def __init__(self, workers: int, waiting: int, load: Callable[[], Any], shared: Any = None):
        self.workers, self.waiting = workers, waiting
        self._admit = threading.BoundedSemaphore(workers + waiting)
        self._running = threading.BoundedSemaphore(workers)
        self._idle: queue.LifoQueue[Any] = queue.LifoQueue()
        self._load, self._shared = load, shared
        self._load_lock = threading.Lock()
        self._seconds = 5.0  # mean analysis time, updated as analyses finish (a guess until the first)

    def retry_after(self) -> int:
        """Seconds after which a refused client may find room: the queue's work spread over the workers."""
        return max(1, math.ceil(self._seconds * (self.waiting + self.workers) / self.workers))

    def _pipeline(self) -> Any:
        if self._shared is not None:
            return self._shared
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            with self._load_lock:  # one model load at a time: loading is memory-hungry
                return self._load()

    def run(self, work: Callable[[Any], Any]) -> Any:
        """``work(pipeline)`` once a worker is free; raises :class:`Busy` at once when the queue is full."""
        if not self._admit.acquire(blocking=False):
            raise Busy(self.retry_after())
        try:
            with self._running:
                pipeline = self._pipeline()
                start = time.monotonic()
                try:
                    return work(pipeline)
                finally:
                    self._seconds = 0.8 * self._seconds + 0.2 * (time.monotonic() - start)
                    if self._shared is None:
                        self._idle.put(pipeline)
        finally:
            self._admit.release()
