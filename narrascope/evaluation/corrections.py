"""What analysts' corrections buy: learning curves with simulated corrections (``eval … --simulate-corrections``).

For a held-out language L the models are trained on the other languages' SemEval articles, and L's articles
enter as corrections k at a time (their gold labels, repeated ``weight`` times as
:mod:`narrascope.training.corrections` does). L's articles are split into ``folds`` groups (grouped by
article); each group in turn is the test set, and the corrections come from the other groups in a fixed
shuffled order, so a larger k always adds to a smaller one. The scores at each k pool every fold's test
predictions. k = 0 is the model that never saw L (a new corpus before anyone corrected anything).

A simulated correction is a fully annotated article (every framed mention, plus its unframed names for
framing), so the curves are an upper bound on what as many real, partial corrections buy.
"""
from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path

from ..training.corrections import DEFAULT_WEIGHT


def _split(articles: list[str], folds: int, seed: int) -> tuple[dict[str, int], list[str]]:
    """Fold of each article (round robin over a seeded shuffle) and the shuffled order."""
    order = sorted(articles)
    random.Random(seed).shuffle(order)
    return {a: i % folds for i, a in enumerate(order)}, order


def simulate_framing(data: Path, heldout: Sequence[str], ks: Sequence[int] = (0, 10, 25, 50), folds: int = 2,
                     weight: int = DEFAULT_WEIGHT, max_folds: int | None = None, base_articles: int | None = None,
                     seed: int = 13, log=None) -> dict:
    """Framing learning curves: ``{"curves": {LANG: {k: scores}}, ...}`` (scores as in ``eval framing``).

    ``max_folds`` runs only the first folds (a quicker estimate); ``base_articles`` caps the other languages'
    articles the base model trains on (seeded sample; None: all), to make the curve affordable on a small machine.
    """
    from ..models.role_classifier import RoleClassifier
    from ..training.framing import training_examples
    from .framing import _as_pairs, role_scores

    say = log or (lambda msg: None)
    t0 = time.perf_counter()
    X, y, ids = training_examples(Path(data))
    say(f"examples ready: {len(X)} ({time.perf_counter() - t0:.0f} s)")
    lang_of = {ids[i]: X[i].lang for i in range(len(X))}
    rows_of: dict[str, list[int]] = {}
    for i, a in enumerate(ids):
        rows_of.setdefault(a, []).append(i)
    curves: dict[str, dict[str, dict]] = {}
    for lang in [x.upper() for x in heldout]:
        mine = [a for a in rows_of if lang_of[a] == lang]
        if not mine:
            continue
        others = sorted(a for a in rows_of if lang_of[a] != lang)
        if base_articles is not None and base_articles < len(others):
            others = sorted(random.Random(seed).sample(others, base_articles))
        base = [i for a in others for i in rows_of[a]]
        fold_of, order = _split(mine, folds, seed)
        gold: dict[int, list] = {k: [] for k in ks}
        pred: dict[int, list] = {k: [] for k in ks}
        for f in range(min(folds, max_folds or folds)):
            test = [i for a in order if fold_of[a] == f for i in rows_of[a] if y[i] is not None]
            pool = [a for a in order if fold_of[a] != f]
            for k in ks:
                extra = [i for a in pool[:k] for i in rows_of[a]] * weight
                train = base + extra
                clf = RoleClassifier().fit([X[i] for i in train], [y[i] for i in train])
                pred[k] += _as_pairs(clf.predict([X[i] for i in test]))
                gold[k] += [y[i] for i in test]
                say(f"{lang} fold {f} k={k}: {len(test)} test mentions ({time.perf_counter() - t0:.0f} s)")
        curves[lang] = {str(k): role_scores(gold[k], pred[k]).as_dict() for k in ks}
        say(f"{lang} curve: {curves[lang]}")
    return {"layer": "framing", "ks": list(ks), "folds": folds, "folds_run": min(folds, max_folds or folds),
            "weight": weight, "base_articles": base_articles, "curves": curves,
            "seconds": round(time.perf_counter() - t0, 1)}


def simulate_narratives(data: Path, heldout: Sequence[str], ks: Sequence[int] = (0, 10, 25, 50), folds: int = 2,
                        weight: int = DEFAULT_WEIGHT, max_folds: int | None = None, base_articles: int | None = None,
                        seed: int = 13, log=None) -> dict:
    """Narrative learning curves: F1-samples (coarse and fine) of the held-out language at each k."""
    from ..metrics import f1_samples
    from ..models.narrative_classifier import NarrativeClassifier
    from ..training.semeval2025 import load_labelled

    say = log or (lambda msg: None)
    t0 = time.perf_counter()
    d = load_labelled(Path(data))
    n = len(d.ids)
    curves: dict[str, dict[str, dict]] = {}
    for lang in [x.upper() for x in heldout]:
        mine = [i for i in range(n) if d.langs[i] == lang]
        if not mine:
            continue
        others = [i for i in range(n) if d.langs[i] != lang]
        if base_articles is not None and base_articles < len(others):
            others = sorted(random.Random(seed).sample(others, base_articles))
        fold_of, order = _split([d.ids[i] for i in mine], folds, seed)
        index = {d.ids[i]: i for i in mine}
        scores: dict[int, dict[str, list]] = {k: {"gc": [], "pc": [], "gf": [], "pf": []} for k in ks}
        for f in range(min(folds, max_folds or folds)):
            test = [index[a] for a in order if fold_of[a] == f]
            pool = [index[a] for a in order if fold_of[a] != f]
            for k in ks:
                train = others + pool[:k] * weight
                clf = NarrativeClassifier().fit([d.texts[i] for i in train], [d.coarse[i] for i in train],
                                                [d.fine[i] for i in train], [d.langs[i] for i in train],
                                                ids=[d.ids[i] for i in train])
                preds = clf.predict([d.texts[i] for i in test], [d.langs[i] for i in test])
                s = scores[k]
                s["gc"] += [d.coarse[i] for i in test]
                s["gf"] += [d.fine[i] for i in test]
                s["pc"] += [[lab for lab, _ in p.coarse] for p in preds]
                s["pf"] += [[lab for lab, _ in p.fine] for p in preds]
                say(f"{lang} fold {f} k={k}: {len(test)} test articles ({time.perf_counter() - t0:.0f} s)")
        curves[lang] = {str(k): {"coarse_f1": round(float(f1_samples(s["gc"], s["pc"]).mean()), 4),
                                 "fine_f1": round(float(f1_samples(s["gf"], s["pf"]).mean()), 4), "n": len(s["gc"])}
                        for k, s in scores.items()}
        say(f"{lang} curve: {curves[lang]}")
    return {"layer": "narratives", "ks": list(ks), "folds": folds, "folds_run": min(folds, max_folds or folds),
            "weight": weight, "base_articles": base_articles, "curves": curves,
            "seconds": round(time.perf_counter() - t0, 1)}


def format_curves(result: dict) -> str:
    """A plain-text table: one row per language, one column per k, and the gain at k = 25 when measured."""
    layer = result["layer"]
    metric = "exact_match" if layer == "framing" else "coarse_f1"
    second = "main_accuracy" if layer == "framing" else "fine_f1"
    ks = [str(k) for k in result["ks"]]
    head = f"{layer}: {metric} (/{second}) by corrected articles k; weight {result['weight']}, " \
           f"folds {result['folds_run']}/{result['folds']}, base articles {result['base_articles'] or 'all'}"
    gain = "25" in ks and "0" in ks
    rows = [head, "lang  " + "".join(f"{'k=' + k:>16}" for k in ks) + ("   gain@25" if gain else "")]
    for lang, curve in result["curves"].items():
        line = f"{lang:<5} " + "".join(f"{curve[k][metric]:>9.3f}/{curve[k][second]:.3f}" for k in ks)
        if gain:
            line += f"   {curve['25'][metric] - curve['0'][metric]:+.3f}"
        rows.append(line)
    return "\n".join(rows)


__all__ = ["format_curves", "simulate_framing", "simulate_narratives"]
