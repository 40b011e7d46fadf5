"""Document, the ``@analyser`` decorator and the registry of analysers — no runner code.

An analyser is a class registered by name with :func:`analyser`, declaring the layers it ``requires`` and the
layers it ``assigns`` (the only ``Document.data`` keys it may write). Its ``__init__(settings)`` only stores
settings; ``__call__(document)`` returns the Document with its layers added. The built-in analysers register
themselves when :mod:`narrascope.analysers` is imported (the package root does that).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .errors import PipelineError

_REGISTRY: dict[str, type] = {}


@dataclass
class Document:
    """An article being analysed: the spaCy parse (when run) and the layers added so far."""

    article: Article
    doc: Any = None
    data: dict[str, Any] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _defines_call(cls: type) -> bool:
    # Every class is callable (``type.__call__``); what matters is that the class itself, or a base other than
    # ``object``, defines the instance method.
    return any("__call__" in vars(k) for k in cls.__mro__ if k is not object)


def analyser(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (),
             uses: tuple[str, ...] = ()) -> Callable[[type], type]:
    """Register a class as the analyser ``name``. ``requires``, ``assigns`` and ``uses`` are layer names:
    ``requires`` must come from an earlier analyser, ``uses`` are read when present (a pipeline may leave them
    out, but must not produce them after this analyser). A second class under a taken name is an error."""

    def register(cls: type) -> type:
        if not isinstance(cls, type) or not _defines_call(cls):
            raise PipelineError(f"analyser {name!r} must be a class defining __call__(self, document) -> Document")
        if not assigns:
            raise PipelineError(f"analyser {name!r} must assign at least one layer")
        taken = _REGISTRY.get(name)
        if taken is not None and (taken.__module__, taken.__qualname__) != (cls.__module__, cls.__qualname__):
            raise PipelineError(f"analyser name {name!r} is taken by {taken.__module__}.{taken.__qualname__}; "
                                "choose another name")
        cls.name, cls.requires, cls.assigns, cls.uses = name, tuple(requires), tuple(assigns), tuple(uses)
        _REGISTRY[name] = cls
        return cls

    return register


def registered_analysers() -> dict[str, type]:
    """Name -> analyser class, for every registered analyser."""
    return dict(_REGISTRY)
