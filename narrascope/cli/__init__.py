"""The ``narrascope`` command line: thin Typer commands over the public API.

Every command only parses its arguments and calls library functions. Errors the library raises on purpose
(:class:`~narrascope.errors.NarrascopeError`) become one line on stderr and an exit code (1 for bad input,
2 for usage); never a traceback.
"""
from __future__ import annotations

import importlib
import sys

import typer

from ..errors import NarrascopeError

app = typer.Typer(
    name="narrascope",
    help="Read news like a disinformation analyst: narratives, entity roles, persuasion, quotes and claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Train a model from the SemEval data and write its artifacts.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate a model with the official metrics (or cross-validation).", no_args_is_help=True)
semeval_app = typer.Typer(help="Write SemEval submission files (exact official formats).", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.callback()
def _train_single_threaded() -> None:
    """Train a model from the SemEval data and write its artifacts."""
    # One BLAS thread while training: a matrix product sums in a different order with more threads, so the
    # float16 weights (and the byte-identical retraining the model cards promise) would depend on the machine.
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


app.add_typer(eval_app, name="eval")
app.add_typer(semeval_app, name="semeval")

#: Modules adding commands to the groups above, one per layer.
LAYER_COMMANDS: tuple[str, ...] = ("analyze", "narratives", "framing", "entities", "corpus", "persuasion",
                                   "monitor", "corrections")

for _mod in LAYER_COMMANDS:
    importlib.import_module(f"{__name__}.{_mod}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning library errors into one-line messages."""
    try:
        app(args=argv, standalone_mode=True)
    except NarrascopeError as exc:
        from ..settings import redact

        typer.echo(f"error: {redact(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception:  # noqa: BLE001 - a bug: the traceback is for its report, with any secret masked
        import traceback

        from ..settings import redact

        typer.echo(redact(traceback.format_exc()), err=True)
        sys.exit(1)
