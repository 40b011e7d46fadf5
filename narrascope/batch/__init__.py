"""The corpus runner: read sources, skip what the store already has, analyse the rest in parallel, store.

Resumable by construction: the content hashes already stored are skipped *before* analysis, and each
article is stored with its analysis in one transaction the moment it comes back, so a run killed at any
point (even ``kill -9``) loses at most the articles in flight, and rerunning finishes the rest without
duplicating anything. Bad items are skipped, logged and counted; they never stop the run.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from os import PathLike

from .._version import __version__
from ..article import Article
from ..errors import InputError, NarrascopeError, PipelineError
from ..ingest import ReadFailure, iter_articles
from ..pipeline import Failure, Pipeline, load_pipeline
from ..settings import Settings
from ..store import Store

log = logging.getLogger("narrascope.batch")

#: Stop when this many articles in a row crash the analysis (each crash also restarts the workers).
MAX_CRASHES_IN_A_ROW = 5


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
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    analyse_seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.skipped)

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


#: ``on_event(kind, payload)``: ``("total", n)`` once the work is known, ``("done", Article)`` per stored
#: article, ``("skip", Skipped)`` per bad item.
EventHook = Callable[[str, object], None]


def _noop(kind: str, payload: object) -> None:
    pass


def pipeline_fingerprint(pipeline: Pipeline) -> str:
    """What made an analysis, as stored with it: the narrascope version and the analysers, in order."""
    return f"narrascope {__version__}: {','.join(pipeline.names)}"


def ingest(sources: Iterable[str | PathLike], store: Store, settings: Settings | None = None,
           pipeline: Pipeline | None = None, on_event: EventHook = _noop, runner: str = "local",
           refresh: bool = False) -> IngestReport:
    """Analyse every article in ``sources`` (files, folders, ``-``) not yet in ``store`` and store it.

    With ``refresh``, stored articles whose analysis another pipeline made (an older narrascope, or other
    analysers: e.g. before the narrative layer existed) are analysed again and their analysis replaced; a
    killed refresh resumes like an ingest, since refreshed analyses carry the current fingerprint.
    ``runner`` is ``local`` (``settings.n_process`` worker processes) or ``ray`` (a Ray cluster; needs
    ``pip install 'narrascope[ray]'``).
    """
    settings = settings or Settings()
    pipeline = pipeline or load_pipeline(settings=settings)  # cheap: models load on first use
    fingerprint = pipeline_fingerprint(pipeline)
    report = IngestReport()
    t0 = time.perf_counter()

    def skip(source: str, stage: str, message: str) -> None:
        s = Skipped(source, stage, message)
        report.skipped.append(s)
        log.info("skipped %s (%s): %s", source, stage, message)
        on_event("skip", s)

    known = store.pipelines()
    todo: list[Article] = []
    queued: set[str] = set()
    stale: set[str] = set()
    repeats: list[Article] = []
    for item in iter_articles(sources, settings):
        report.read += 1
        if isinstance(item, ReadFailure):
            skip(item.source, "read", item.message)
            continue
        h = item.content_hash
        if h in queued:
            report.duplicates += 1
            repeats.append(item)
        elif h in known and not (refresh and known[h] != fingerprint):
            report.already_stored += 1
            store.record_alias(item)
        else:
            if h in known:
                stale.add(h)
            queued.add(h)
            todo.append(item)
    on_event("total", len(todo))

    if todo:
        t1 = time.perf_counter()
        results = _run(runner, pipeline, todo, settings)
        pos = 0
        crashes = 0  # in a row: an analyser failing on everything is a broken install, not bad articles
        while pos < len(todo):
            try:
                for res in results(todo[pos:]):
                    article = todo[pos]
                    pos += 1
                    if isinstance(res, Failure):
                        skip(res.source, "analyse", res.message)
                        continue
                    crashes = 0
                    put = store.put(article, res, pipeline=fingerprint, replace=article.content_hash in stale)
                    report.stored += put.status in ("new", "version")
                    report.new_versions += put.status == "version"
                    report.refreshed += put.status == "refreshed"
                    on_event("done", article)
            except (KeyboardInterrupt, SystemExit):
                raise
            except NarrascopeError as exc:
                if isinstance(exc, InputError):
                    raise  # pipe() turns these into Failures; anything else here is not about one article
                # A missing model, a bad setting, an unusable store: the same for every article, so stop
                # now; everything stored so far is kept and a rerun resumes after the fix.
                raise type(exc)(f"{exc} (stopped after storing {report.stored} articles this run; "
                                f"rerun to resume)") from None
            except Exception as exc:  # an analyser bug on one article must not stop the corpus
                article = todo[pos]
                pos += 1
                crashes += 1
                skip(article.path or article.id or "<text>", "analyse",
                     f"analysis crashed: {type(exc).__name__}: {exc}")
                if crashes >= MAX_CRASHES_IN_A_ROW:
                    raise PipelineError(f"the analysis crashed on {crashes} articles in a row (last: "
                                        f"{type(exc).__name__}: {exc}); stopping. Stored work is kept: fix the "
                                        f"cause and rerun to resume") from None
        report.analyse_seconds = time.perf_counter() - t1
    for item in repeats:
        store.record_alias(item)
    report.seconds = time.perf_counter() - t0
    return report


def _run(runner: str, pipeline: Pipeline, todo: list[Article], settings: Settings):
    if runner == "local":
        n = max(1, min(settings.n_process, len(todo)))
        return lambda items: pipeline.pipe(items, n_process=n)
    if runner == "ray":
        from .ray_runner import ray_results

        return lambda items: ray_results(pipeline, items, settings)
    from ..errors import UsageError

    raise UsageError(f"unknown runner {runner!r}; use local or ray")


__all__ = ["IngestReport", "Skipped", "ingest", "pipeline_fingerprint"]
