"""What a worker does with one batch, whatever runs it (this process, a process pool, a Ray actor).

Every article of a batch gets exactly one outcome, in order: its :class:`~narrascope.schema.Analysis` (the
driver stores it), :class:`Stored` (the worker stored it itself: Ray), a :class:`~narrascope.pipeline.Failure`
(bad input: skipped) or a :class:`Crash` (the analysis raised: a bug on this article, or, with ``systemic``
set, something that would fail on every article, like a missing model). Catching per article keeps one bad
article from costing its whole batch.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..errors import InputError, NarrascopeError
from ..pipeline import Failure, Pipeline, die_with_parent, fast_numerics
from ..settings import Settings


@dataclass
class Crash:
    """The analysis of one article raised: ``kind`` is the exception type, ``error`` the exception itself
    when it is a NarrascopeError (systemic: the driver stops the run with it)."""

    source: str
    kind: str
    message: str
    error: NarrascopeError | None = None

    @property
    def systemic(self) -> bool:
        return self.error is not None


@dataclass
class Stored:
    """The worker stored the article itself; ``status`` is :attr:`PutResult.status`."""

    status: str


def source_of(article: Article) -> str:
    """How an article is named in messages: its path, else its id, else ``<text>``."""
    return article.path or article.id or "<text>"


def analyse(pipeline: Pipeline, article: Article) -> Any:
    """The outcome of analysing one article: an Analysis, a Failure or a Crash (never raises, except for
    interrupts)."""
    try:
        return pipeline(article)
    except InputError as exc:
        return Failure(source_of(article), exc)
    except NarrascopeError as exc:
        return Crash(source_of(article), type(exc).__name__, str(exc), exc)
    except Exception as exc:  # noqa: BLE001 -- an analyser bug on this article; the driver counts these
        return Crash(source_of(article), type(exc).__name__, str(exc))


def analyse_batch(pipeline: Pipeline, batch: list[Article]) -> list[Any]:
    """One outcome per article of ``batch``, in order. Analysers that can work on a whole batch at once
    (``prime``: the spaCy parse, batched through ``nlp.pipe``) do so first. The batch is analysed in one memory
    zone (:meth:`~narrascope.pipeline.Pipeline.memory_zone`), so a worker stays at a flat size over a long run."""
    with pipeline.memory_zone(batch):
        pipeline.prime(batch)
        return [analyse(pipeline, a) for a in batch]


# -- process-pool workers: one pipeline per process, built once by the pool's initializer -------------------
_PIPELINE: Pipeline | None = None
#: The driver's pipeline, models loaded, while a pool is forked from it (a forked worker inherits it).
PARENT_PIPELINE: Pipeline | None = None


def init_process(names: tuple[str, ...], settings: Settings, parent: tuple[int, bool] | None = None,
                 inherit: bool = False) -> None:
    """Pool initializer: build this worker's pipeline and load its models now, before the first batch.

    ``parent`` (from :func:`~narrascope.pipeline.parent_watch` in the process starting the pool) makes the
    worker die with that process, armed before anything loads: a killed ``ingest`` leaves no worker behind,
    even one still loading its models. ``inherit``: the worker was forked from a driver whose pipeline
    (:data:`PARENT_PIPELINE`) already loaded its models; it uses that one, shared copy-on-write."""
    global _PIPELINE
    if parent is not None:
        die_with_parent(*parent)
    fast_numerics()
    if inherit and PARENT_PIPELINE is not None:
        _PIPELINE = PARENT_PIPELINE
        return
    _PIPELINE = Pipeline(names, settings)
    warm_up(_PIPELINE)


def ready() -> bool:
    """A no-op pool task: submitting it starts a forked pool's processes at once."""
    return True


def process_batch(batch: list[Article]) -> list[Any]:
    """Pool task: analyse one batch with this worker's pipeline."""
    assert _PIPELINE is not None, "init_process was not run in this worker"
    return analyse_batch(_PIPELINE, batch)


def warm_up(pipeline: Pipeline) -> None:
    """Load every model of ``pipeline`` by analysing a tiny article, so start-up is paid once, up front,
    in parallel across workers (not on each worker's first real batch). Failures are left to the real
    articles to report."""
    probe = Article(text="Warm-up\n\nThe minister said on Monday that the plan would work.\n", id="warm-up")
    try:
        pipeline(probe)
    except Exception:  # noqa: BLE001 -- e.g. a missing model: the first real article reports it properly
        pass
