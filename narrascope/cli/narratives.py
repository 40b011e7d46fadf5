"""``narrascope train narratives``, ``eval narratives`` and ``semeval st2`` / ``semeval st3``."""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import DataError, UsageError
from . import eval_app, semeval_app, train_app

_DEFAULT_DATA = Path("../shared/data/semeval2025-task10/train")


@train_app.command("narratives")
def train_narratives_cmd(
    data: Path = typer.Option(_DEFAULT_DATA, "--data", help="The semeval2025-task10/train folder."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Artifact folder (default: the shipped model)."),
    corrections: str | None = typer.Option(None, "--corrections", help="Store (--db) whose narrative corrections "
                                           "join the training data; needs --out DIR (then analyze --models DIR)."),
    weight: int | None = typer.Option(None, "--weight", min=1, max=100,
                                      help="Times a corrected article counts beside a SemEval one (default 3)."),
) -> None:
    """Train the narrative classifier and write its artifact (model.npz + meta.json)."""
    from ..training.narratives import train_narratives
    from .framing import _adapted_out

    if not data.is_dir():
        raise DataError(f"{data}: no such folder; point --data at semeval2025-task10/train")
    if corrections:
        from ..training.corrections import DEFAULT_WEIGHT, train_narratives_with_corrections

        target = _adapted_out(out, corrections, "narratives")
        model, summary = train_narratives_with_corrections(data, corrections, target, None, weight or DEFAULT_WEIGHT)
        typer.echo(f"trained on {summary['articles']} articles + {summary['corrected_articles']} corrected ones "
                   f"(weight {weight or DEFAULT_WEIGHT}); wrote {summary['path']}")
        return
    model, path = train_narratives(data, out)
    typer.echo(f"trained on {model.n_train_} articles in {model.train_seconds_:.0f} s; inner-CV F1-samples "
               f"coarse {model.oof_scores_['coarse']:.3f} fine {model.oof_scores_['fine']:.3f}; wrote {path}")


@eval_app.command("narratives")
def eval_narratives_cmd(
    data: Path = typer.Option(_DEFAULT_DATA, "--data", help="A labelled SemEval folder (raw-documents/ + labels/)."),
    cv: int = typer.Option(0, "--cv", help="K-fold cross-validation on --data instead of scoring the shipped model."),
    fold: int | None = typer.Option(None, "--fold", help="With --cv, evaluate only this fold (0-based)."),
    table: bool = typer.Option(True, "--table/--no-table", help="Print the per-label precision/recall tables."),
    simulate: str | None = typer.Option(None, "--simulate-corrections", help="Learning curve: hold out these "
                                        "languages (comma-separated, or 'all'); their articles enter as corrections."),
    ks: str = typer.Option("0,10,25,50", "--k", help="With --simulate-corrections: corrected-article counts."),
    sim_folds: int = typer.Option(2, "--sim-folds", min=2, help="With --simulate-corrections: folds of the held-out "
                                  "language's articles (each in turn the test set)."),
    max_folds: int | None = typer.Option(None, "--max-folds", min=1, help="Run only the first folds (quicker)."),
    base_articles: int | None = typer.Option(None, "--base-articles", min=10, help="Cap the other languages' "
                                             "articles in each model (a cheaper curve; default: all)."),
    weight: int | None = typer.Option(None, "--weight", min=1, max=100, help="Times a correction counts (default 3)."),
    as_json: bool = typer.Option(False, "--json", help="With --simulate-corrections: print JSON."),
) -> None:
    """Official F1-samples (coarse and fine, mean ± std) per language, and per-label precision/recall."""
    from ..evaluation.narratives import cross_validate, evaluate, format_result

    if simulate:
        from .framing import _simulate

        if not data.is_dir():
            raise DataError(f"{data}: no such folder; give a labelled SemEval folder with --data")
        _simulate("narratives", data, simulate, ks, sim_folds, max_folds, base_articles, weight, as_json)
        return

    # Usage errors first: a bad command line is exit 2 whether or not the data folder exists.
    if cv == 1 or cv < 0:
        raise UsageError("--cv needs at least 2 folds")
    if fold is not None and not (cv and 0 <= fold < cv):
        raise UsageError("--fold needs --cv K and 0 <= fold < K")
    if not data.is_dir():
        raise DataError(f"{data}: no such folder; give a labelled SemEval folder with --data")
    res = cross_validate(data, k=cv, only_folds=None if fold is None else [fold]) if cv else evaluate(data)
    typer.echo(format_result(res, table=table))


@eval_app.command("explanations")
def eval_explanations_cmd(
    data: Path = typer.Option(_DEFAULT_DATA, "--data",
                              help="The semeval2025-task10/train folder (with subtask-3 labels)."),
    cv: int = typer.Option(5, "--cv", help="Number of cross-validation folds."),
    fold: int | None = typer.Option(None, "--fold", help="Evaluate only this fold (0-based)."),
    lang: list[str] = typer.Option([], "--lang", help="Only these languages (repeatable), e.g. --lang EN."),
) -> None:
    """Evidence and explanations vs the gold subtask-3 explanations in CV (ROUGE-L, TF-IDF cosine)."""
    from ..evaluation.explanations import cross_validate_explanations, format_explanations

    if not data.is_dir():
        raise DataError(f"{data}: no such folder; point --data at semeval2025-task10/train")
    if cv < 2:
        raise UsageError("--cv needs at least 2 folds")
    if fold is not None and not 0 <= fold < cv:
        raise UsageError("--fold needs 0 <= fold < --cv")
    res = cross_validate_explanations(data, k=cv, only_folds=None if fold is None else [fold],
                                      langs=[x.upper() for x in lang] or None)
    typer.echo(format_explanations(res))


@semeval_app.command("st2")
def semeval_st2_cmd(
    docs_dir: Path = typer.Argument(..., help="Folder of the articles' *.txt files."),
    out: Path = typer.Option(..., "--out", "-o", help="Prediction file to write."),
) -> None:
    """Subtask 2 predictions: article_id<TAB>coarse;...<TAB>fine;... per document."""
    from ..evaluation.semeval_export import write_st2

    n = write_st2(docs_dir, out)
    typer.echo(f"wrote {n} lines to {out}", err=True)


@semeval_app.command("st3")
def semeval_st3_cmd(
    docs_dir: Path = typer.Argument(..., help="Folder of the articles' *.txt files."),
    dominant: Path = typer.Option(..., "--dominant",
                                  help="article_id<TAB>dominant_narrative<TAB>dominant_subnarrative lines."),
    out: Path = typer.Option(..., "--out", "-o", help="Explanation file to write."),
) -> None:
    """Subtask 3 explanations: article_id<TAB>explanation (at most 80 words) per --dominant line."""
    from ..evaluation.semeval_export import write_st3

    n = write_st3(docs_dir, dominant, out)
    typer.echo(f"wrote {n} lines to {out}", err=True)


@train_app.command("evidence")
def train_evidence_cmd(
    data: Path = typer.Option(_DEFAULT_DATA, "--data", help="The semeval2025-task10/train folder."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Artifact folder (default: the shipped scorer)."),
) -> None:
    """Train the evidence scorer (lexical part) on the gold explanations and write its artifact."""
    from ..training.evidence import train_evidence

    if not data.is_dir():
        raise DataError(f"{data}: no such folder; point --data at semeval2025-task10/train")
    scorer, path = train_evidence(data, out)
    n = len(scorer.ngrams_["word"]) + len(scorer.ngrams_["char"])
    typer.echo(f"trained the evidence scorer ({n} weighted n-grams); wrote {path}")
