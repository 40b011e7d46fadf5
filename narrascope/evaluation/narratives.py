"""Evaluation of the narrative classifier with the official SemEval-2025 subtask-2 metric.

The metric is F1-samples: for each article the F1 of the predicted label set against the gold set, then the
mean (and standard deviation) over articles, computed separately for coarse (narrative) and fine
(sub-narrative) labels. ``Other`` is an ordinary label here: predicting ``Other`` for an article whose gold is
``Other`` scores 1, anything else for it scores 0.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..metrics import article_folds, f1_samples
from ..models.narrative_classifier import NarrativeClassifier, Prediction
from ..training.semeval2025 import Labelled, load_labelled

__all__ = ["EvalResult", "cross_validate", "evaluate", "f1_samples", "format_result", "load_labelled",
           "per_label_table"]


@dataclass
class EvalResult:
    """Scores per language (and ``ALL``), per-label tables and the predictions that produced them."""

    by_language: dict[str, dict[str, float]]
    coarse_table: list[dict[str, Any]]
    fine_table: list[dict[str, Any]]
    predictions: dict[str, Prediction] = field(default_factory=dict)
    seconds: float = 0.0
    note: str = ""


def per_label_table(gold: list[list[str]], pred: list[list[str]]) -> list[dict[str, Any]]:
    """Support, predicted count, precision, recall and F1 of every label seen in ``gold`` or ``pred``."""
    tp, ng, npred = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        ng.update(g)
        npred.update(p)
        tp.update(g & p)
    rows = []
    for lab in sorted(set(ng) | set(npred), key=lambda x: (-ng[x], x)):
        prec = tp[lab] / npred[lab] if npred[lab] else 0.0
        rec = tp[lab] / ng[lab] if ng[lab] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append({"label": lab, "support": ng[lab], "predicted": npred[lab], "precision": round(prec, 3),
                     "recall": round(rec, 3), "f1": round(f1, 3)})
    return rows


def _summarise(data: Labelled, preds: list[Prediction], index: list[int] | None = None) -> EvalResult:
    idx = index if index is not None else list(range(len(data.ids)))
    gold_c = [data.coarse[i] for i in idx]
    gold_f = [data.fine[i] for i in idx]
    fc = f1_samples(gold_c, [p.coarse_labels for p in preds])
    ff = f1_samples(gold_f, [p.fine_labels for p in preds])
    langs = np.array([data.langs[i] for i in idx])
    by_lang = {}
    for lang in sorted(set(langs)) + ["ALL"]:
        m = np.ones(len(idx), bool) if lang == "ALL" else langs == lang
        by_lang[lang] = {"n": int(m.sum()), "coarse_mean": round(float(fc[m].mean()), 4),
                         "coarse_std": round(float(fc[m].std()), 4), "fine_mean": round(float(ff[m].mean()), 4),
                         "fine_std": round(float(ff[m].std()), 4)}
    return EvalResult(by_lang, per_label_table(gold_c, [p.coarse_labels for p in preds]),
                      per_label_table(gold_f, [p.fine_labels for p in preds]),
                      {data.ids[i]: p for i, p in zip(idx, preds)})


def evaluate(data: str | Path, model: NarrativeClassifier | None = None, langs: list[str] | None = None) -> EvalResult:
    """Score ``model`` (default: the shipped one) on the labelled articles of ``data``."""
    t0 = time.perf_counter()
    d = load_labelled(data, langs)
    model = model or NarrativeClassifier.load()
    res = _summarise(d, model.predict(d.texts, [lang.lower() for lang in d.langs]))
    res.seconds = round(time.perf_counter() - t0, 1)
    res.note = f"shipped model on {data}"
    return res


def cross_validate(data: str | Path, k: int = 5, seed: int = 13, only_folds: list[int] | None = None,
                   langs: list[str] | None = None, params: dict[str, Any] | None = None) -> EvalResult:
    """K-fold cross-validation on ``data``: folds grouped by article and stratified by language.

    Each fold trains a fresh model (with its own inner CV for calibration and thresholds) on the other folds.
    ``only_folds`` evaluates a subset of the folds (the evaluation gate uses one fixed fold).
    """
    t0 = time.perf_counter()
    d = load_labelled(data, langs)
    folds = np.array(article_folds(d.ids, d.texts, d.langs, k=k, seed=seed))
    index: list[int] = []
    preds: list[Prediction] = []
    for f in only_folds if only_folds is not None else range(k):
        tr, te = np.where(folds != f)[0], np.where(folds == f)[0]
        model = NarrativeClassifier(**(params or {})).fit(
            [d.texts[i] for i in tr], [d.coarse[i] for i in tr], [d.fine[i] for i in tr],
            [d.langs[i] for i in tr], ids=[d.ids[i] for i in tr])
        preds.extend(model.predict([d.texts[i] for i in te], [d.langs[i] for i in te]))
        index.extend(te.tolist())
    res = _summarise(d, preds, index)
    res.seconds = round(time.perf_counter() - t0, 1)
    res.note = f"{k}-fold CV (seed {seed}) on {data}" + (f", folds {only_folds}" if only_folds is not None else "")
    return res


def format_result(res: EvalResult, table: bool = True, top: int = 200) -> str:
    """Plain-text report: F1-samples per language (mean ± std), then per-label precision/recall tables."""
    lines = [res.note, "", f"{'lang':<5} {'n':>5}  {'coarse F1-samples':>18}  {'fine F1-samples':>16}"]
    for lang, s in res.by_language.items():
        lines.append(f"{lang:<5} {s['n']:>5}  {s['coarse_mean']:>8.3f} ± {s['coarse_std']:.3f}  "
                     f"{s['fine_mean']:>7.3f} ± {s['fine_std']:.3f}")
    if table:
        for name, rows in (("coarse", res.coarse_table), ("fine", res.fine_table)):
            lines += ["", f"{name} labels: support  predicted  precision  recall  f1"]
            for r in rows[:top]:
                lines.append(f"  {r['support']:>5} {r['predicted']:>6} {r['precision']:>8.3f} {r['recall']:>7.3f} "
                             f"{r['f1']:>6.3f}  {r['label']}")
    lines.append(f"\n({res.seconds:.0f} s)")
    return "\n".join(lines)
