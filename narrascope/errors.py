"""The one exception tree of narrascope.

Every error the library raises on purpose derives from :class:`NarrascopeError` and carries a short
``code`` and a message that says what to do about it. The CLI turns them into a one-line message and an exit
code; the REST API turns them into its one error shape.

::

    NarrascopeError
     ├── InputError                  bad input: the item is skipped in batches        (exit 1)
     │    ├── EmptyInputError         nothing to analyse
     │    ├── BinaryInputError        not text
     │    ├── InputTooLargeError      over the ``max_input_bytes`` setting
     │    ├── MalformedInputError     a JSON/JSONL/CSV record we cannot read
     │    └── UnreadableInputError    missing path, permissions, unknown format
     ├── UsageError                   wrong arguments or options                        (exit 2)
     ├── SettingsError                a bad settings file or environment value          (exit 2)
     ├── PipelineError                unknown analyser, missing requirement
     ├── ModelError                   a model artifact is missing or damaged
     │    └── NotFittedError          an estimator used before ``fit()`` (also scikit-learn's NotFittedError)
     ├── DataError                    training/evaluation data missing or malformed
     └── StoreError                   the article store cannot be opened or written
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any


class NarrascopeError(Exception):
    """Base class: ``code`` is a stable short identifier, the message says the fix."""

    code = "error"
    exit_code = 1


class InputError(NarrascopeError):
    """The input cannot be analysed; in a batch the item is skipped and reported."""

    code = "bad_input"


class EmptyInputError(InputError):
    code = "empty_input"


class BinaryInputError(InputError):
    code = "binary_input"


class InputTooLargeError(InputError):
    code = "input_too_large"


class MalformedInputError(InputError):
    code = "malformed_input"


class UnreadableInputError(InputError):
    code = "unreadable_input"


class UsageError(NarrascopeError):
    code = "usage"
    exit_code = 2


class SettingsError(NarrascopeError):
    code = "bad_setting"
    exit_code = 2


class PipelineError(NarrascopeError):
    code = "pipeline"


class ModelError(NarrascopeError):
    code = "model"


class DataError(NarrascopeError):
    code = "bad_data"


class StoreError(NarrascopeError):
    code = "store"


# NotFittedError also derives from scikit-learn's NotFittedError, so that code written for scikit-learn estimators
# (``except sklearn.exceptions.NotFittedError``, sklearn.utils.validation) recognises ours. ``import narrascope``
# must not import scikit-learn (seconds of numpy and scipy): the class is made on first access of
# ``narrascope.errors.NotFittedError`` (module __getattr__, PEP 562), which is when a model module imports it or
# an ``except NotFittedError`` names it, and kept here as an ordinary module attribute from then on.
if TYPE_CHECKING:
    from sklearn.exceptions import NotFittedError as _SklearnNotFittedError

    class NotFittedError(ModelError, _SklearnNotFittedError):
        code = "not_fitted"

_LOCK = threading.Lock()


def _make_not_fitted_error() -> type:
    from sklearn.exceptions import NotFittedError as sklearn_not_fitted

    class NotFittedError(ModelError, sklearn_not_fitted):
        """An estimator used before ``fit()`` (or before a trained artifact was loaded into it).

        Both a :class:`ModelError` (the CLI and API report it as one) and scikit-learn's
        :class:`sklearn.exceptions.NotFittedError` (so also a ``ValueError`` and an ``AttributeError``).
        """

        code = "not_fitted"

    NotFittedError.__module__ = __name__
    NotFittedError.__qualname__ = "NotFittedError"
    return NotFittedError


def __getattr__(name: str) -> Any:
    if name == "NotFittedError":
        with _LOCK:
            cls = globals().get("NotFittedError")
            if cls is None:
                cls = globals()["NotFittedError"] = _make_not_fitted_error()
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | {"NotFittedError"})
