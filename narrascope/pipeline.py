"""The Pipeline: an ordered list of named analysers, each ``Document -> Document``.

An analyser is a class registered with :func:`analyser`, declaring the layers it ``requires`` and
``assigns``. Its ``__init__(settings)`` only stores settings; models load lazily on first use, so building a
pipeline is cheap and worker processes load what they need once. ``Pipeline.pipe`` analyses a stream of
articles in ``settings.n_process`` worker processes; a failing article becomes a :class:`Failure` and the
stream goes on. On Linux, called from a process's only thread, the pipeline loads its models once (:meth:`warm`)
and the workers are forked from it, sharing the loaded models copy-on-write instead of each loading them again
(each load is about 3 s of CPU: spaCy, scikit-learn and the layers' models); elsewhere they are spawned.
"""
from __future__ import annotations

import dataclasses
import gc
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from ._version import __version__
from .article import Article
from .errors import InputError, NarrascopeError, PipelineError
from .registry import Document, registered_analysers
from .schema import Analysis, ArticleMeta
from .settings import Settings

#: The analysers run by default, in order.
DEFAULT_ANALYSERS: tuple[str, ...] = ("spacy", "entities", "quotes", "claims", "narratives", "framing", "persuasion",
                                      "explain", "links")


#: Document layers that the Analysis record holds (the rest of its fields are metadata).
_LAYERS = frozenset(Analysis.model_fields) - {"schema_version", "narrascope_version", "models", "article", "warnings"}


def article_meta(a: Article) -> ArticleMeta:
    """The Analysis record's copy of an article: every field of :class:`Article` that :class:`ArticleMeta` has
    (a field added to both flows through without a change here) and the derived ones (words, chars, hash)."""
    values = {f.name: getattr(a, f.name) for f in dataclasses.fields(a) if f.name in ArticleMeta.model_fields}
    values.update(notes=list(a.notes), words=a.words, chars=len(a.text), content_hash=a.content_hash)
    return ArticleMeta(**values)


def to_analysis(document: Document) -> Analysis:
    """Assemble the :class:`Analysis` record from a finished Document."""
    meta = article_meta(document.article)
    unknown = sorted(k for k in document.data if k not in _LAYERS)
    if unknown:
        raise PipelineError(f"layer(s) {', '.join(unknown)} are not part of the Analysis record (schema "
                            f"{Analysis.model_fields['schema_version'].default}); add them to narrascope/schema.py")
    layers = dict(document.data)
    return Analysis(narrascope_version=__version__, models=dict(document.models), article=meta,
                    warnings=list(document.warnings), **layers)


#: Memory zones are process-wide (the spaCy pipelines are cached per process and shared by every Pipeline), so
#: one thread at a time analyses inside one; a zone entered while one is open (a batch, then each of its
#: articles) is the open one.
_ZONE_LOCK = threading.RLock()
_zone_depth = 0


@dataclass
class Failure:
    """An article the pipeline could not analyse, and why."""

    source: str
    error: NarrascopeError

    @property
    def message(self) -> str:
        return str(self.error)


class Pipeline:
    """Ordered analysers with their requirements checked at construction time."""

    def __init__(self, names: Iterable[str] | None = None, settings: Settings | None = None):
        self.settings = settings or Settings()  # shipped defaults: the library never reads the environment
        if names is None:
            names = [n.strip() for n in self.settings.analysers.split(",") if n.strip()] or DEFAULT_ANALYSERS
        self.names = tuple(names)
        registry = registered_analysers()
        available: set[str] = set()
        used_by: dict[str, str] = {}  # optional layer -> the first analyser that reads it when present
        self.analysers = []
        for name in self.names:
            if name not in registry:
                raise PipelineError(f"unknown analyser {name!r}; available: {', '.join(sorted(registry))}")
            cls = registry[name]
            missing = [r for r in cls.requires if r not in available]
            if missing:
                raise PipelineError(f"analyser {name!r} needs {', '.join(missing)} from an earlier analyser; "
                                    f"put it after the analysers that assign them")
            # A layer an earlier analyser reads when present must not first appear later (an analyser that
            # itself only updates the layer when present, like links, lists it in its own ``uses``).
            late = [f"{layer} (read by {used_by[layer]!r})" for layer in cls.assigns
                    if layer in used_by and layer not in available and layer not in getattr(cls, "uses", ())]
            if late:
                raise PipelineError(f"analyser {name!r} assigns {', '.join(late)} after the analyser that reads it; "
                                    f"put {name!r} earlier")
            for layer in getattr(cls, "uses", ()):
                used_by.setdefault(layer, name)
            available.update(cls.assigns)
            self.analysers.append(cls(self.settings))

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def prime(self, articles: list[Article]) -> None:
        """Let analysers that can work on a whole batch at once (``prime``: the spaCy parse, batched through
        ``nlp.pipe``) do so before the articles are analysed one by one."""
        if len(articles) > 1:
            for a in self.analysers:
                prime = getattr(a, "prime", None)
                if prime is not None:
                    prime(articles)

    @contextmanager
    def memory_zone(self, articles: Iterable[Article]) -> Iterator[None]:
        """A block after which what the analysis of ``articles`` allocated per article is freed (spaCy's
        ``nlp.memory_zone()``: the strings and lexemes of words first seen in the block, and the parses primed
        for them), so a long-running process (``serve``, ``watch``, a batch worker) stays at a flat size
        however many distinct articles it reads.

        The spaCy parse of a Document made inside the block must not be used after it: :meth:`__call__`
        turns each Document into its Analysis record inside the block, and only the record leaves it.
        Analysers take part through an optional ``memory_zone(articles)`` method returning a context
        manager (it loads its models before entering, so nothing a model needs is freed). Zones do not nest
        (an inner one is the outer one) and one thread at a time is inside one.
        """
        global _zone_depth
        with _ZONE_LOCK:
            if _zone_depth:
                _zone_depth += 1
                try:
                    yield
                finally:
                    _zone_depth -= 1
                return
            articles = [a for a in articles if isinstance(a, Article)]
            with ExitStack() as stack:
                for a in self.analysers:
                    zone = getattr(a, "memory_zone", None)
                    if zone is not None:
                        stack.enter_context(zone(articles))
                _zone_depth = 1
                try:
                    yield
                finally:
                    _zone_depth = 0

    def warm(self) -> None:
        """Load the models an English article needs, by analysing a short English text (:data:`WARM_TEXT`).

        Workers forked after it share these models; the models of other languages load in each worker when
        it first meets the language."""
        self(Article(text=WARM_TEXT, language="en", id="warm-up"))

    def run(self, article: Article) -> Document:
        """Run every analyser on one article and return the finished Document."""
        if not article.text.strip():
            from .errors import EmptyInputError
            raise EmptyInputError(f"{article.path or article.id or '<text>'}: the article has no text")
        document = Document(article)
        for a in self.analysers:
            before = dict(document.data)
            document = a(document)
            if not isinstance(document, Document):
                raise PipelineError(f"analyser {a.name!r} returned {type(document).__name__}, not a Document")
            written = [k for k, v in document.data.items() if k not in before or before[k] is not v]
            undeclared = sorted(set(written) - set(a.assigns)) + sorted(set(before) - set(document.data))
            if undeclared:
                raise PipelineError(f"analyser {a.name!r} wrote or removed layer(s) {', '.join(undeclared)} that it "
                                    f"does not declare in assigns={a.assigns!r}")
        return document

    def __call__(self, article: Article) -> Analysis:
        """Analyse one article (inside a memory zone: see :meth:`memory_zone`)."""
        with self.memory_zone([article]):
            return to_analysis(self.run(article))

    def pipe(self, items: Iterable[Article | Any], n_process: int | None = None,
             batch_size: int | None = None) -> Iterator[Analysis | Failure | Any]:
        """Analyse many articles, in order, using ``n_process`` worker processes.

        Items that are not Articles (e.g. reader failures) pass through unchanged, so a batch keeps its
        order and its count. An article whose analysis raises an :class:`InputError` becomes a Failure.
        Items are taken ``batch_size`` at a time (never more held), and analysers that can work on a whole
        batch (``prime``: the spaCy parse through ``nlp.pipe``) do so first.
        """
        global _PARENT
        n = n_process or self.settings.n_process
        size = batch_size or self.settings.batch_size
        if n <= 1:
            for batch in _batches(items, size):
                yield from _analyse_batch(self, batch)
            return
        fork = can_fork()
        if fork:
            self.warm()
            _PARENT = self
        ctx = mp.get_context("fork" if fork else "spawn")
        try:
            with frozen_heap(fork):  # the pool forks its workers when it starts
                pool = ctx.Pool(n, initializer=_init_worker, initargs=(self.names, self.settings, parent_watch(), fork))
            with pool:
                for done in pool.imap(_worker_analyse, _batches(items, max(1, size // n))):
                    yield from done
        finally:
            if fork:
                _PARENT = None


#: A short English text whose analysis loads every model an English article needs (:meth:`Pipeline.warm`).
WARM_TEXT = ("Talks resume in Geneva\n\nThe minister said on Monday that the talks in Geneva would resume next week. "
             "\u201cWe will not give up,\u201d she told reporters. According to the agency, 12,000 people have left "
             "the region since March.\n")


def can_fork() -> bool:
    """Whether workers may be forked from this process: on Linux, when the caller is the process's only thread.

    A fork copies only the calling thread; a lock another thread held at that moment (a logger's, a database
    driver's) would stay locked forever in the child, so a process with other threads spawns its workers."""
    return (sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()
            and threading.current_thread() is threading.main_thread() and threading.active_count() == 1)


@contextmanager
def frozen_heap(fork: bool = True) -> Iterator[None]:
    """Around forking workers from a warmed pipeline: the objects alive now (its models, lexicons and caches) go to
    the collector's permanent generation (``gc.freeze``), so a worker's full collections never walk them (nor write
    to their pages, which a fork shares copy-on-write); this process takes them back (``gc.unfreeze``) once the
    workers are forked. Nothing is kept or freed otherwise than before. ``fork=False`` (spawned workers): no-op."""
    if not fork:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analyse_batch(pipeline: Pipeline, batch: list[Any]) -> list[Any]:
    articles = [item for item in batch if isinstance(item, Article)]
    with pipeline.memory_zone(articles):
        pipeline.prime(articles)
        return [_analyse_one(pipeline, item) for item in batch]


def _analyse_one(pipeline: Pipeline, item: Any) -> Any:
    if not isinstance(item, Article):
        return item
    try:
        return pipeline(item)
    except InputError as exc:
        return Failure(item.path or item.id or "<text>", exc)


def parent_watch() -> tuple[int, bool]:
    """What a worker needs to die with the process starting it now: this process's id, and whether the
    Linux parent-death signal may be used (only when called from the main thread: the kernel sends it when
    the *thread* that started the child exits, and any other thread may end before the pool).

    From the main thread it also sets ``NARRASCOPE_DIE_WITH`` to this process's id, which the workers inherit:
    ``import narrascope`` arms the signal in a child of this process first thing, before the imports that
    precede the pool initializer (seconds on a busy machine)."""
    main = threading.current_thread() is threading.main_thread()
    if main:
        os.environ["NARRASCOPE_DIE_WITH"] = str(os.getpid())
    return os.getpid(), main


def die_with_parent(parent_pid: int, use_signal: bool = True, interval: float = 0.5) -> None:
    """Make this worker process exit when ``parent_pid`` (the process that started it) dies, whatever the
    worker is doing at that moment: loading models, analysing, or waiting for work.

    Call it first thing in a worker (before loading anything). On Linux the kernel kills the worker when its
    parent dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); a parent that died before that call is caught by
    checking the parent's id right after it. Everywhere, a daemon thread also watches the parent id every
    ``interval`` seconds (a worker is re-parented when its parent dies), which covers other systems and a
    pool started from a thread other than the main one.
    """
    if use_signal and sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the watcher thread remains
            pass
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="narrascope-parent-watch", daemon=True).start()


_WORKER: Pipeline | None = None
#: The pipeline of the process forking workers (set only while :meth:`Pipeline.pipe` forks them).
_PARENT: Pipeline | None = None


def fast_numerics() -> None:
    """In a worker process: one BLAS thread, and no scikit-learn per-call input validation.

    Parallelism comes from the worker processes; a BLAS pool per worker (OpenBLAS starts one thread per core)
    would only oversubscribe the cores the other workers need. scikit-learn's checks
    (parameters, finiteness, dataframe sniffing) never fire on the inputs our own feature code builds, yet
    cost about a tenth of the layers' CPU time, being paid on every predict call."""
    import os

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # libraries loaded from now on
        os.environ.setdefault(var, "1")
    try:
        import sklearn  # loads numpy's and scikit-learn's BLAS and OpenMP, so the limit below reaches them

        sklearn.set_config(assume_finite=True, skip_parameter_validation=True)
    except ImportError:  # pragma: no cover - scikit-learn is a dependency
        pass
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)  # only libraries already loaded: a spawned worker had loaded none before sklearn
    except ImportError:  # pragma: no cover - a scikit-learn dependency
        pass


def _init_worker(names: tuple[str, ...], settings: Settings, parent: tuple[int, bool] | None = None,
                 inherit: bool = False) -> None:
    global _WORKER
    if parent is not None:
        die_with_parent(*parent)
    fast_numerics()
    # a forked worker uses the parent's pipeline, its models already loaded
    _WORKER = _PARENT if inherit and _PARENT is not None else Pipeline(names, settings)


def _worker_analyse(batch: list[Any]) -> list[Any]:
    assert _WORKER is not None
    return _analyse_batch(_WORKER, batch)


def load_pipeline(names: Iterable[str] | None = None, settings: Settings | None = None) -> Pipeline:
    """Build the default pipeline (or the named analysers, in order)."""
    return Pipeline(names, settings)
