"""``narrascope train entities`` and ``narrascope eval entities``."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from ..errors import UsageError
from . import eval_app, train_app

_DATA_HELP = "SemEval-2025 Task 10 train folder (raw-documents/, labels/)."


def _langs(value: str | None) -> list[str] | None:
    return [x.strip().upper() for x in value.split(",") if x.strip()] if value else None


@train_app.command("entities")
def train_entities_cmd(
    data: Path = typer.Option(..., "--data", help=_DATA_HELP),
    out: Path | None = typer.Option(None, "--out", "-o", help="Artifact folder (default: the shipped model's)."),
) -> None:
    """Train the name-mention tagger (BG, HI, PT, RU) and its gazetteer, and write its artifacts."""
    from ..models import model_dir
    from ..training.entities import train_entities

    target = out or model_dir("entities")
    _, summary = train_entities(data, target)
    typer.echo(f"trained mention tagger on {summary['mentions']} mentions from {summary['articles']} articles "
               f"(gazetteer {summary['gazetteer']} names) in {summary['train_seconds']}s -> {target}")


@eval_app.command("entities")
def eval_entities_cmd(
    data: Path = typer.Option(..., "--data", help=_DATA_HELP),
    cv: int = typer.Option(0, "--cv", help="K-fold cross-validation on DATA (grouped by article); 0 scores the "
                                           "shipped model (on its own training data)."),
    fold: list[int] | None = typer.Option(None, "--fold", help="Only hold out these folds (with --cv)."),
    langs: str | None = typer.Option(None, "--langs", help="Comma-separated languages (default: all five)."),
    model: Path | None = typer.Option(None, "--model", help="Artifact folder to score instead of the shipped model."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Share of gold subtask-1 mentions an entity mention matches exactly, per language."""
    from ..evaluation.entities import cross_validate_entities, evaluate_entities, format_scores

    if cv == 1 or cv < 0:
        raise UsageError("--cv needs at least 2 folds (or 0 to score the shipped model)")
    if cv:
        result = cross_validate_entities(data, k=cv, folds=fold or None, langs=_langs(langs))
    else:
        result = evaluate_entities(data, model, _langs(langs))
    typer.echo(json.dumps(result, indent=1) if as_json else format_scores(result))
