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
     │    └── NotFittedError          an estimator used before ``fit()``
     ├── DataError                    training/evaluation data missing or malformed
     └── StoreError                   the article store cannot be opened or written
"""
from __future__ import annotations


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


class NotFittedError(ModelError):
    code = "not_fitted"


class DataError(NarrascopeError):
    code = "bad_data"


class StoreError(NarrascopeError):
    code = "store"
