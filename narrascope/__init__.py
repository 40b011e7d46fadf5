"""narrascope: read news the way a disinformation analyst does.

The public API is exactly ``__all__``; everything else is private and may change.
"""
from __future__ import annotations

import os

# A worker process that a narrascope pool is starting (see pipeline.die_with_parent) is made to die with the
# process that started it here, before the imports below, which take seconds on a busy machine: a parent
# killed while its workers are still importing must not leave them running. Only a process that
# multiprocessing is setting up (unpickling its task) in an environment naming the pool's process does this:
# PR_SET_PDEATHSIG (1) with SIGKILL (9), then the parent is checked, in case it died before.
_mp_process = os.sys.modules.get("multiprocessing.process")
if (os.environ.get("NARRASCOPE_DIE_WITH") and _mp_process is not None
        and getattr(_mp_process.current_process(), "_inheriting", False)):
    if os.sys.platform.startswith("linux"):
        try:
            import ctypes as _ctypes

            _ctypes.CDLL(None).prctl(1, 9, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - the pool initializer watches the parent too
            pass
    if os.environ.get("NARRASCOPE_DIE_WITH") != str(os.getppid()):
        os._exit(1)

from . import analysers as _analysers  # noqa: F401  (registers the built-in analysers)
from ._version import __version__
from .article import Article
from .batch import IngestReport, ingest
from .errors import (
    InputError,
    ModelError,
    NarrascopeError,
    PipelineError,
)
from .pipeline import Failure, Pipeline, load_pipeline
from .readers import ReadFailure, article_from_record, iter_articles, read_bytes, read_path, read_text
from .registry import Document, analyser
from .schema import Analysis, json_schema
from .settings import Settings, load_settings
from .store import Query, Store, open_store

_DEFAULT_PIPELINE: Pipeline | None = None


def __getattr__(name: str):
    # NotFittedError derives from scikit-learn's, which ``import narrascope`` must not import: it is looked up in
    # narrascope.errors (which makes it) on first use.
    if name == "NotFittedError":
        from . import errors

        return errors.NotFittedError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | {"NotFittedError"})


def analyze(article: Article | str | os.PathLike, pipeline: Pipeline | None = None) -> Analysis:
    """Analyse one article with ``pipeline`` (the default pipeline with shipped settings when not given).

    ``article`` is an :class:`Article`, the article's text (a ``str`` is always text, never a file name) or
    a :class:`pathlib.Path` to a file.
    """
    global _DEFAULT_PIPELINE
    if isinstance(article, os.PathLike):
        article = read_path(article)
    elif isinstance(article, str):
        article = read_text(article)
    elif not isinstance(article, Article):
        raise TypeError(f"analyze() takes an Article, the article's text or a Path, not {type(article).__name__}")
    if pipeline is None:
        if _DEFAULT_PIPELINE is None:
            _DEFAULT_PIPELINE = load_pipeline()
        pipeline = _DEFAULT_PIPELINE
    return pipeline(article)


__all__ = [
    "Analysis",
    "Article",
    "Document",
    "Failure",
    "IngestReport",
    "InputError",
    "ModelError",
    "NarrascopeError",
    "NotFittedError",
    "Pipeline",
    "PipelineError",
    "Query",
    "ReadFailure",
    "Settings",
    "Store",
    "__version__",
    "analyser",
    "analyze",
    "article_from_record",
    "ingest",
    "iter_articles",
    "json_schema",
    "load_pipeline",
    "load_settings",
    "open_store",
    "read_bytes",
    "read_path",
    "read_text",
]
