"""narrascope: read news the way a disinformation analyst does.

The public API is exactly ``__all__``; everything else is private and may change.
"""
from __future__ import annotations

from ._version import __version__

from .article import Article
from .errors import (
    InputError,
    ModelError,
    NarrascopeError,
    NotFittedError,
    PipelineError,
)
from .ingest import ReadFailure, iter_articles, read
from . import analysers as _analysers  # noqa: F401  (registers the built-in analysers)
from .pipeline import Failure, Pipeline, load_pipeline
from .registry import Document, analyser
from .schema import Analysis, json_schema
from .settings import Settings, load_settings
from .batch import IngestReport, ingest
from .store import Query, Store, open_store

_DEFAULT_PIPELINE: Pipeline | None = None


def analyze(article_or_text: Article | str, pipeline: Pipeline | None = None) -> Analysis:
    """Analyse one article (an :class:`Article`, a path, or the article's text) with the default pipeline."""
    global _DEFAULT_PIPELINE
    article = article_or_text if isinstance(article_or_text, Article) else read(article_or_text)
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
    "ingest",
    "iter_articles",
    "json_schema",
    "load_pipeline",
    "load_settings",
    "open_store",
    "read",
]
