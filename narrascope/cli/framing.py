"""``narrascope train framing``, ``narrascope eval framing`` and ``narrascope semeval st1``."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from ..errors import UsageError
from . import eval_app, semeval_app, train_app

_DATA_HELP = "SemEval-2025 Task 10 train folder (raw-documents/, labels/)."


def _langs(value: str | None) -> list[str] | None:
    return [x.strip().upper() for x in value.split(",") if x.strip()] if value else None


@train_app.command("framing")
def train_framing_cmd(
    data: Path = typer.Option(..., "--data", help=_DATA_HELP),
    out: Path | None = typer.Option(None, "--out", "-o", help="Artifact folder (default: the shipped model's)."),
    langs: str | None = typer.Option(None, "--langs", help="Comma-separated languages (default: all)."),
) -> None:
    """Train the entity-framing (role) model and write its artifacts."""
    from ..models import model_dir
    from ..training.framing import train_framing

    target = out or model_dir("framing")
    _, summary = train_framing(data, target, _langs(langs))
    typer.echo(f"trained framing model on {summary['mentions']} mentions "
               f"(+{summary['unframed_examples']} unframed names) from {summary['articles']} articles "
               f"in {summary['train_seconds']}s -> {target}")


@eval_app.command("framing")
def eval_framing_cmd(
    data: Path = typer.Option(..., "--data", help=_DATA_HELP),
    cv: int = typer.Option(0, "--cv",
                           help="K-fold cross-validation on DATA (grouped by article); 0 scores the shipped model."),
    fold: list[int] | None = typer.Option(None, "--fold", help="Only hold out these folds (with --cv)."),
    langs: str | None = typer.Option(None, "--langs", help="Comma-separated languages (default: all)."),
    model: Path | None = typer.Option(None, "--model", help="Artifact folder to score instead of the shipped model."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Exact match ratio, micro-F1 of fine roles and main-role accuracy, per language."""
    from ..evaluation.framing import (
        cross_validate_framing,
        evaluate_framing,
        format_scores,
    )

    if cv == 1 or cv < 0:
        raise UsageError("--cv needs at least 2 folds (or 0 to score the shipped model)")
    if cv:
        result = cross_validate_framing(data, k=cv, folds=fold or None, langs=_langs(langs))
    else:
        result = evaluate_framing(data, model, _langs(langs))
    typer.echo(json.dumps(result, indent=1) if as_json else format_scores(result))


@semeval_app.command("st1")
def semeval_st1_cmd(
    docs_dir: Path = typer.Argument(..., help="Folder with the articles (DOCS_DIR/<id> or DOCS_DIR/<LANG>/<id>)."),
    mentions: Path = typer.Option(..., "--mentions",
                                  help="Lines: article_id, mention, start, end (inclusive), tab-separated."),
    out: Path = typer.Option(..., "--out", "-o", help="Submission file to write."),
    model: Path | None = typer.Option(None, "--model", help="Artifact folder instead of the shipped model."),
) -> None:
    """Write subtask-1 predictions: every input line answered, in order, with main and fine roles."""
    from ..evaluation.framing import export_st1

    n = export_st1(docs_dir, mentions, out, model)
    typer.echo(f"wrote {n} lines to {out}", err=True)
