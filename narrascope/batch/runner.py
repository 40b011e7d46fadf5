"""The corpus runner: a stream of read → skip what is stored → analyse → store, in bounded memory.

A reader thread turns the sources into articles and puts them on a bounded queue; the driver groups them
into batches, asks the store which of the batch it already has (so only the batch's hashes are ever looked
up, never the whole store), hands the rest to a runner (this process, worker processes, or Ray actors) and
stores each result the moment its batch comes back. At most ``runner.window`` batches are in flight and the
queue holds at most a few batches, so when analysis is the slow part the reader blocks (backpressure) and
memory does not grow with the corpus: the only per-article state kept for the whole run is one integer per
distinct text analysed (to tell duplicates within the run from articles stored before it).

Resumable by construction: each article is stored with its analysis in one transaction, so a run killed at
any point (even ``kill -9``) loses at most the batches in flight, and a rerun skips what is stored and
finishes the rest without duplicating anything. Bad items are skipped, logged and counted; they never stop
the run. A source that is a stream (JSONL on stdin) is analysed as it arrives: a partial batch is sent off as
soon as the input pauses.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from os import PathLike
from typing import Any

from .._version import __version__
from ..article import Article
from ..errors import PipelineError, UsageError
from ..pipeline import Failure, Pipeline, load_pipeline
from ..readers import ReadFailure, iter_articles
from ..schema import Analysis
from ..settings import RedactingFilter, Settings
from ..store import Store
from .worker import Crash, Stored

log = logging.getLogger("narrascope.batch")
log.addFilter(RedactingFilter())  # skip messages may quote a store URL

#: Stop when this many articles in a row crash the analysis.
MAX_CRASHES_IN_A_ROW = 5
#: Skipped items kept in the report (all are counted, logged and passed to ``on_event``).
MAX_SKIPPED_KEPT = 1000
#: Send a partial batch off when the input has been quiet this long (a stream from a crawler).
IDLE_FLUSH_S = 0.25


@dataclass
class Skipped:
    """An item that was skipped: where it came from, the stage (``read`` or ``analyse``) and why."""

    source: str
    stage: str
    message: str


@dataclass
class IngestReport:
    """What one ingest run did."""

    read: int = 0              #: items read from the sources (articles and unreadable items)
    stored: int = 0            #: articles analysed and stored by this run
    new_versions: int = 0      #: of ``stored``, changed content under an id/path already stored
    already_stored: int = 0    #: content the store had before this run (not analysed again)
    refreshed: int = 0         #: stored content analysed again (its analysis came from another pipeline)
    duplicates: int = 0        #: identical content seen more than once in this run (analysed once)
    skipped: list[Skipped] = field(default_factory=list)  #: the first MAX_SKIPPED_KEPT skipped items
    failed: int = 0            #: items skipped (all of them)
    seconds: float = 0.0
    analyse_seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second of analysis."""
        return self.stored / self.analyse_seconds if self.analyse_seconds else 0.0

    def to_dict(self) -> dict:
        """A JSON-ready summary."""
        return {"read": self.read, "stored": self.stored, "new_versions": self.new_versions,
                "already_stored": self.already_stored, "refreshed": self.refreshed, "duplicates": self.duplicates,
                "failed": self.failed,
                "seconds": round(self.seconds, 2), "articles_per_second": round(self.rate, 2),
                "skipped": [s.__dict__ for s in self.skipped]}


#: ``on_event(kind, payload)``: ``("done", Article)`` per stored article, ``("known", Article)`` per article
#: the store already had, ``("skip", Skipped)`` per bad item. The total is never known in advance.
EventHook = Callable[[str, object], None]


def _noop(kind: str, payload: object) -> None:
    pass


def pipeline_fingerprint(pipeline: Pipeline) -> str:
    """What made an analysis, as stored with it: the narrascope version with the build id (a hash of the
    package's code, shipped models, display policies and word lists: a retrained model or a moved cut-off
    changes it while the version number stays), the analysers in order, and any adapted models."""
    from .._version import build_id
    from ..models import models_fingerprint

    settings = getattr(pipeline, "settings", None)
    adapted = models_fingerprint(settings=settings) if settings is not None else ""
    return (f"narrascope {__version__} build {build_id()}: {','.join(pipeline.names)}"
            + (f" models {adapted}" if adapted else ""))


_END = object()


class _Reader:
    """Reads the sources in a thread onto a bounded queue (the reader waits while the queue is full)."""

    def __init__(self, items: Iterator[Any], maxsize: int):
        self.queue: queue.Queue = queue.Queue(maxsize=maxsize)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(items,), name="narrascope-reader", daemon=True)
        self._thread.start()

    def _put(self, item: Any) -> bool:
        while not self._stop.is_set():
            try:
                self.queue.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, items: Iterator[Any]) -> None:
        try:
            for item in items:
                if not self._put(item):
                    return
        except BaseException as exc:  # noqa: BLE001 -- a reader bug: hand it to the driver, which raises it
            self._put(exc)
        self._put(_END)

    def get(self, timeout: float | None) -> Any:
        return self.queue.get(timeout=timeout)

    def close(self) -> None:
        self._stop.set()


def make_runner(name: str, pipeline: Pipeline, settings: Settings, store: Store, fingerprint: str) -> Any:
    """The runner called ``name``: ``local`` (``settings.n_process`` processes) or ``ray``."""
    if name == "local":
        from .local import InlineRunner, PoolRunner

        n = max(1, settings.n_process)
        return InlineRunner(pipeline, settings.batch_size) if n == 1 else PoolRunner(pipeline, n, settings.batch_size)
    if name == "ray":
        from .ray_runner import RayRunner

        return RayRunner(pipeline, settings, store, fingerprint)
    raise UsageError(f"unknown runner {name!r}; use local or ray")


def _items(sources: Iterable[str | PathLike | Article | ReadFailure], settings: Settings) -> Iterator[Any]:
    """Read path sources one at a time; pass through articles (and read failures) that a caller read itself
    (e.g. the monitor's watch)."""
    for src in sources:
        if isinstance(src, (Article, ReadFailure)):
            yield src
        else:
            yield from iter_articles([src], settings)


def ingest(sources: Iterable[str | PathLike | Article | ReadFailure], store: Store, settings: Settings | None = None,
           pipeline: Pipeline | None = None, on_event: EventHook = _noop, runner: str | Any = "local",
           refresh: bool = False) -> IngestReport:
    """Analyse every article in ``sources`` (files, folders, ``-``, or Articles already read) not yet in
    ``store`` and store it, as a stream (see the module docstring).

    With ``refresh``, stored articles whose analysis another pipeline made (an older narrascope, or other
    analysers: e.g. before the narrative layer existed) are analysed again and their analysis replaced; a
    killed refresh resumes like an ingest, since refreshed analyses carry the current fingerprint.
    ``runner`` is ``local`` (``settings.n_process`` worker processes), ``ray`` (Ray actors that write to the
    store themselves; needs ``pip install 'narrascope[ray]'``) or a runner object.
    """
    settings = settings or Settings()
    pipeline = pipeline or load_pipeline(settings=settings)  # cheap: models load on first use
    fingerprint = pipeline_fingerprint(pipeline)
    report = IngestReport()
    t0 = time.perf_counter()
    run = make_runner(runner, pipeline, settings, store, fingerprint) if isinstance(runner, str) else runner
    reader = _Reader(_items(sources, settings), maxsize=4 * run.batch_size)
    try:
        _Driver(store, run, report, on_event, fingerprint, refresh).drive(reader)
    finally:
        reader.close()
        run.close()
    report.seconds = time.perf_counter() - t0
    return report


class _Driver:
    """The streaming loop of one ingest run (see the module docstring)."""

    def __init__(self, store: Store, run: Any, report: IngestReport, on_event: EventHook, fingerprint: str,
                 refresh: bool):
        self.store, self.run, self.report, self.on_event = store, run, report, on_event
        self.fingerprint, self.refresh = fingerprint, refresh
        self.batch: list[Article] = []
        self.copies: dict[str, list[Article]] = {}   # hash in the open batch or in flight -> its later copies
        self.analysed: set[int] = set()               # hash() of every text sent to analysis this run
        self.inflight: deque = deque()
        self.crashes = 0                               # in a row: many means a broken install, not bad articles
        self.started: float | None = None

    def skip(self, source: str, stage: str, message: str) -> None:
        s = Skipped(source, stage, message)
        self.report.failed += 1
        if len(self.report.skipped) < MAX_SKIPPED_KEPT:
            self.report.skipped.append(s)
        log.info("skipped %s (%s): %s", source, stage, message)
        self.on_event("skip", s)

    def drive(self, reader: _Reader) -> None:
        while True:
            try:
                item = reader.get(timeout=IDLE_FLUSH_S if (self.batch or self.inflight) else None)
            except queue.Empty:  # the input is quiet: send what we have, store what is done
                self.flush()
                self.drain(block=False)
                continue
            if item is _END:
                break
            if isinstance(item, BaseException):
                raise item
            self.take(item)
            self.drain(block=False)
        self.flush()
        self.drain(block=True)
        if self.started is not None:
            self.report.analyse_seconds = time.perf_counter() - self.started

    def take(self, item: Article | ReadFailure) -> None:
        self.report.read += 1
        if isinstance(item, ReadFailure):
            self.skip(item.source, "read", item.message)
            return
        h = item.content_hash
        if h in self.copies:  # the same text is in this batch or being analysed: settled with it
            self.copies[h].append(item)
        elif hash(h) in self.analysed:
            self.report.duplicates += 1
            self.store.record_alias(item)
        else:
            self.copies[h] = []
            self.batch.append(item)
            if len(self.batch) >= self.run.batch_size:
                self.flush()

    def flush(self) -> None:
        """Send the open batch to the runner, minus what the store already has."""
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        known = self.store.pipelines([a.content_hash for a in batch])
        todo, replace = [], []
        for a in batch:
            h = a.content_hash
            if h in known and not (self.refresh and known[h] != self.fingerprint):
                for copy in [a, *self.copies.pop(h)]:
                    self.report.already_stored += 1
                    self.store.record_alias(copy)
                    self.on_event("known", copy)
                continue
            todo.append(a)
            replace.append(h in known)
            self.analysed.add(hash(h))
        if not todo:
            return
        while len(self.inflight) >= self.run.window:
            self.collect()
        if self.started is None:
            self.started = time.perf_counter()
        self.inflight.append((todo, replace, self.run.submit(todo, replace)))

    def drain(self, block: bool) -> None:
        """Store the results of finished batches, oldest first (all of them when ``block``)."""
        while self.inflight and (block or self.run.done(self.inflight[0][2])):
            self.collect()

    def collect(self) -> None:
        todo, replace, handle = self.inflight.popleft()
        for article, stale, outcome in zip(todo, replace, self.run.result(handle)):
            self.outcome(article, stale, outcome)

    def outcome(self, article: Article, stale: bool, res: Any) -> None:
        copies = self.copies.pop(article.content_hash, [])
        self.report.duplicates += len(copies)
        if isinstance(res, Failure):
            self.skip(res.source, "analyse", res.message)
            return
        if isinstance(res, Crash):
            if res.systemic:
                # A missing model, a bad setting, an unusable store: the same for every article, so stop
                # now; everything stored so far is kept and a rerun resumes after the fix.
                err = res.error
                raise type(err)(f"{err} (stopped after storing {self.report.stored} articles this run; "
                                "rerun to resume)") from None
            self.crashes += 1
            self.skip(res.source, "analyse", f"analysis crashed: {res.kind}: {res.message}")
            if self.crashes >= MAX_CRASHES_IN_A_ROW:
                raise PipelineError(f"the analysis crashed on {self.crashes} articles in a row (last: {res.kind}: "
                                    f"{res.message}); stopping. Stored work is kept: fix the cause and rerun to "
                                    "resume") from None
            return
        self.crashes = 0
        if isinstance(res, Analysis):
            status = self.store.put(article, res, pipeline=self.fingerprint, replace=stale).status
        elif isinstance(res, Stored):
            status = res.status
        else:
            raise PipelineError(f"the runner returned {type(res).__name__} for {article.path or article.id}")
        self.report.stored += status in ("new", "version")
        self.report.new_versions += status == "version"
        self.report.refreshed += status == "refreshed"
        for copy in copies:
            self.store.record_alias(copy)
        self.on_event("done", article)


__all__ = ["IngestReport", "Skipped", "ingest", "make_runner", "pipeline_fingerprint"]
