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


def _adapted_out(out: Path | None, corrections: str | None, layer: str) -> Path | None:
    """Where a model trained with corrections goes: DIR/<layer> of ``--out DIR`` (the layout ``--models DIR``
    reads). An adapted model never replaces the shipped one, so ``--corrections`` needs ``--out``."""
    if not corrections:
        return out
    if out is None:
        raise UsageError("--corrections needs --out DIR: an adapted model goes beside the shipped one "
                         "(then use it with --models DIR)")
    return out / layer if out.name != layer else out


def _simulate(layer: str, data: Path, simulate: str, ks: str, sim_folds: int, max_folds: int | None,
              base_articles: int | None, weight: int | None, as_json: bool) -> None:
    """Run ``eval LAYER --simulate-corrections`` and print the curves (table or JSON)."""
    import sys

    from ..evaluation.corrections import format_curves, simulate_framing, simulate_narratives
    from ..training.corrections import DEFAULT_WEIGHT
    from ..training.semeval2025 import languages

    try:
        k_list = sorted({int(x) for x in ks.split(",") if x.strip()})
    except ValueError:
        raise UsageError(f"--k {ks!r}: give comma-separated whole numbers, e.g. 0,10,25,50") from None
    if not k_list or k_list[0] < 0:
        raise UsageError("--k needs non-negative counts, e.g. 0,10,25,50")
    langs = languages(data) if simulate.strip().lower() == "all" else \
        [x.strip().upper() for x in simulate.split(",") if x.strip()]
    run = simulate_framing if layer == "framing" else simulate_narratives
    result = run(data, langs, k_list, folds=sim_folds, weight=weight or DEFAULT_WEIGHT, max_folds=max_folds,
                 base_articles=base_articles, log=lambda m: print(m, file=sys.stderr, flush=True))
    typer.echo(json.dumps(result, indent=1) if as_json else format_curves(result))


@train_app.command("framing")
def train_framing_cmd(
    data: Path = typer.Option(..., "--data", help=_DATA_HELP),
    out: Path | None = typer.Option(None, "--out", "-o", help="Artifact folder (default: the shipped model's)."),
    langs: str | None = typer.Option(None, "--langs", help="Comma-separated languages (default: all)."),
    corrections: str | None = typer.Option(None, "--corrections", help="Store (--db) whose cast corrections join "
                                           "the training data; needs --out DIR (then analyze --models DIR)."),
    weight: int | None = typer.Option(None, "--weight", min=1, max=100,
                                      help="Times a corrected mention counts beside a SemEval one (default 3)."),
) -> None:
    """Train the entity-framing (role) model and write its artifacts."""
    from ..models import model_dir
    from ..training.framing import train_framing

    if corrections:
        from ..training.corrections import DEFAULT_WEIGHT, train_framing_with_corrections

        target = _adapted_out(out, corrections, "framing")
        _, summary = train_framing_with_corrections(data, corrections, target, _langs(langs), weight or DEFAULT_WEIGHT)
        typer.echo(f"trained framing model on {summary['mentions']} mentions + {summary['corrected_examples']} "
                   f"corrected mentions of {summary['corrected_articles']} articles (weight "
                   f"{summary['correction_weight']}) in {summary['train_seconds']}s -> {target}")
        return
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
    simulate: str | None = typer.Option(None, "--simulate-corrections", help="Learning curve: hold out these "
                                        "languages (comma-separated, or 'all'); their articles enter as corrections."),
    ks: str = typer.Option("0,10,25,50", "--k", help="With --simulate-corrections: corrected-article counts."),
    sim_folds: int = typer.Option(2, "--sim-folds", min=2, help="With --simulate-corrections: folds of the held-out "
                                  "language's articles (each in turn the test set)."),
    max_folds: int | None = typer.Option(None, "--max-folds", min=1, help="Run only the first folds (quicker)."),
    base_articles: int | None = typer.Option(None, "--base-articles", min=10, help="Cap the other languages' "
                                             "articles in each model (a cheaper curve; default: all)."),
    weight: int | None = typer.Option(None, "--weight", min=1, max=100, help="Times a correction counts (default 3)."),
) -> None:
    """Exact match ratio, micro-F1 of fine roles and main-role accuracy, per language."""
    from ..evaluation.framing import (
        cross_validate_framing,
        evaluate_framing,
        format_scores,
    )

    if simulate:
        _simulate("framing", data, simulate, ks, sim_folds, max_folds, base_articles, weight, as_json)
        return
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
