"""``narrascope train persuasion``, ``narrascope eval persuasion`` and ``narrascope semeval persuasion``."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer

from . import eval_app, semeval_app, train_app

_DEFAULT_DATA = Path("../shared/data/semeval2023-task3/en")
_DEFAULT_PTC = Path("../shared/data/ptc-semeval2020-task11")


@train_app.command("persuasion")
def train_persuasion_cmd(
    data: Path = typer.Option(_DEFAULT_DATA, "--data", help="SemEval-2023 Task 3 language folder (e.g. .../en)."),
    ptc: Optional[Path] = typer.Option(None, "--ptc", help="Also learn from PTC spans (SemEval-2020 T11 folder)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                      help="Artifact folder (default: the shipped model folder)."),
    cv: int = typer.Option(0, "--cv", help="Also run K-fold cross-validation and record it in the artifact (0: skip)."),
    holdout_fold: Optional[int] = typer.Option(None, "--holdout-fold", min=0, max=4,
                                               help="Leave out this fold of the 5-fold CV split (seed 13)."),
    corrections: Optional[str] = typer.Option(None, "--corrections", help="Store (--db) whose persuasion "
                                              "corrections join the training data; needs --out."),
    weight: Optional[int] = typer.Option(None, "--weight", min=1, max=100,
                                         help="Times a corrected article counts (default 3)."),
    language: Optional[str] = typer.Option(None, "--language", help="Language of DATA (default: its folder name, "
                                           "en or ru); the artifact goes to models/persuasion[_<language>]."),
) -> None:
    """Train the persuasion-technique model and write its artifact (model.npz + meta.json)."""
    from ..evaluation.persuasion import train_and_save
    from .framing import _adapted_out

    report = train_and_save(data, _adapted_out(out, corrections, "persuasion"), ptc=ptc, cv=cv,
                            holdout_fold=holdout_fold, corrections=corrections, weight=weight, language=language)
    typer.echo(json.dumps(report, indent=1))


@eval_app.command("persuasion")
def eval_persuasion_cmd(
    data: Path = typer.Option(_DEFAULT_DATA, "--data", help="Labelled SemEval-2023 Task 3 language folder."),
    cv: int = typer.Option(0, "--cv", help="K-fold cross-validation on DATA (grouped by article); 0 evaluates the "
                                              "trained model on DATA as a held-out set."),
    split: str = typer.Option("train", "--split", help="Which <split>-labels-subtask-3.txt to read in DATA."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model folder (default: the shipped one)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    language: Optional[str] = typer.Option(None, "--language", help="Language of DATA (default: its folder name)."),
    pool: Optional[Path] = typer.Option(None, "--pool", help="CV only: another labelled SemEval-2023 language folder "
                                        "whose articles join every training part (never scored)."),
    folds: Optional[str] = typer.Option(None, "--folds", help="CV only: score only these folds, e.g. '1,2,3,4' "
                                        "(choices) or '0' (the left-out fold)."),
    topic_folds: bool = typer.Option(False, "--topic-folds", help="CV only: folds of whole topics (k-means clusters "
                                     "of the articles' words), so every article is scored by a model trained on none "
                                     "of its topic: what new articles on a new subject get."),
) -> None:
    """Micro-F1 over (paragraph, technique) pairs (official) on paragraphs and on sentence lines (one sentence
    per line, like the dev template), macro-F1, a per-technique table, and span F1 (SemEval-2020 T11 SI and
    technique-labelled)."""
    from ..evaluation.persuasion import evaluate

    t0 = time.perf_counter()
    result = evaluate(data, cv=cv, split=split, model=model, log=lambda msg: typer.echo(msg, err=True),
                      language=language, pool=pool,
                      folds=[int(f) for f in folds.split(",")] if folds else None, topic_folds=topic_folds)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=1))
        return
    how = (f"{cv}-fold cross-validation" + (" by topic" if topic_folds else "")) if cv else "held-out evaluation"
    typer.echo(f"{how} on {data} ({time.perf_counter() - t0:.0f}s)")
    for name, scores in (("paragraphs", result.paragraphs), ("sentence lines", result.lines)):
        typer.echo(f"{name} ({scores.paragraphs}): micro-F1 {scores.micro_f1:.4f}  (P {scores.micro_precision:.4f}, "
                   f"R {scores.micro_recall:.4f})  macro-F1 {scores.macro_f1:.4f}")
    if result.shown:
        sh = result.shown
        typer.echo(f"shown by default (display cut-offs): precision {sh.micro_precision:.4f}, recall "
                   f"{sh.micro_recall:.4f}, micro-F1 {sh.micro_f1:.4f}")
    if result.rates:
        r = result.rates
        typer.echo(f"labels per paragraph: predicted {r['predicted']['labels_per_paragraph']:.3f}, shown "
                   f"{r['shown']['labels_per_paragraph']:.3f}, gold {r['gold']['labels_per_paragraph']:.3f}")
    if result.spans:
        for name, c in (("span identification (SI)", result.spans.si),
                        ("technique-labelled spans", result.spans.labelled)):
            p, r, f = c.scores()
            typer.echo(f"{name}: F1 {f:.4f}  (P {p:.4f}, R {r:.4f})")
        if result.shown_spans:
            p, r, f = result.shown_spans.si.scores()
            typer.echo(f"shown spans (SI): F1 {f:.4f}  (P {p:.4f}, R {r:.4f})")
    typer.echo(f"{'technique':36s} {'support':>7s} {'P':>6s} {'R':>6s} {'F1':>6s} {'lines F1':>8s} {'span F1':>7s}")
    for t, (s, p, r, f) in sorted(result.paragraphs.per_technique.items(), key=lambda kv: -kv[1][0]):
        lf = result.lines.per_technique.get(t, (0, 0.0, 0.0, 0.0))[3]
        sf = result.spans.per_technique[t].scores()[2] if result.spans and t in result.spans.per_technique else 0.0
        typer.echo(f"{t:36s} {s:7d} {p:6.3f} {r:6.3f} {f:6.3f} {lf:8.3f} {sf:7.3f}")


@semeval_app.command("persuasion")
def semeval_persuasion_cmd(
    articles_dir: Path = typer.Argument(..., help="Folder of article<ID>.txt files."),
    template: Path = typer.Option(..., "--template", help="*-labels-subtask-3.template (id, paragraph_no, text)."),
    out: Path = typer.Option(..., "--out", "-o", help="Prediction file to write."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model folder (default: the shipped one)."),
    language: str = typer.Option("en", "--language", help="Language of the articles: en or ru (picks the model)."),
) -> None:
    """Write SemEval-2023 subtask-3 predictions: one line per template line, id<TAB>paragraph<TAB>techniques
    (every F1-optimal decision, shown by default or not)."""
    from ..evaluation.persuasion import export_semeval_dir

    n = export_semeval_dir(articles_dir, template, out, model=model, language=language)
    typer.echo(f"wrote {n} lines to {out}", err=True)
