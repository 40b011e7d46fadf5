"""Persuasion combiner variants (issue 20): do the sentence-line copies in the combiner's training rows hold back
short real paragraphs, the shape of the held-out lines?

The shipped combiner (``models/persuasion_model.py``) is fitted and its thresholds tuned on the out-of-fold scores
of paragraphs *and* their sentence-line copies together. Held-out SemEval-2023 lines are real paragraphs, short
ones. This script trains the shipped configuration once on folds 1-4 (the folds of ``narrascope eval persuasion
--cv 5``, seed 13), keeps the combiner's inputs (the inner out-of-fold base-model scores) and the base models'
scores on fold 0, then refits variants of the combiner alone:

- V0: as shipped (all rows fit, thresholds on all rows);
- V2: all rows fit, thresholds tuned on real paragraphs only;
- V3: fit and thresholds on real paragraphs only;
- V1: a "sentence copy" input (0 for every line at prediction time), thresholds on all rows;
- V1b: the same input, thresholds on real paragraphs only.

Choices are read on the three inner folds of the folds 1-4 training (combiner refitted on two, scored on the
third); fold 0 is printed with ``fold0`` to report. Both print micro-F1, precision, recall and predicted/gold
labels on real paragraphs, short ones (< 160 characters), long ones and the copies, and Doubt / Repetition /
Appeal_to_Fear (right, predicted, gold). What it showed is in ``narrascope/models/persuasion/MODEL_CARD.md``.

    python research/persuasion_combiner.py rows ../shared/data/semeval2023-task3/en /tmp/comb.pkl   # ~6 CPU-min
    python research/persuasion_combiner.py rows ../shared/data/semeval2023-task3/en /tmp/combF.pkl F --topic-groups
    python research/persuasion_combiner.py inner /tmp/comb.pkl
    python research/persuasion_combiner.py fold0 /tmp/comb.pkl

Stop 51: ``rows DATA OUT F --topic-groups`` keeps the rows of topic fold F instead (the folds of ``narrascope eval
persuasion --cv 5 --topic-folds``), and ``topics OUT1 OUT2 ...`` refits the shipped combiner (V0) and the
cross-technique variant (X1, not adopted: persuasion MODEL_CARD, "Tried in stop 51") on each pickle's training rows
and scores its topic fold's paragraphs and sentence lines, per fold and pooled:

    python research/persuasion_combiner.py topics /tmp/comb1.pkl /tmp/comb2.pkl

Stop 52 added S1 to ``topics``: V0's weights, with the cut-offs tuned apart for rows shorter than 160 characters and
for longer ones (not adopted: persuasion MODEL_CARD, "Tried in stop 52").
"""
from __future__ import annotations

import pickle
import sys

import numpy as np

SHORT = 160
WATCH = ("Doubt", "Repetition", "Appeal_to_Fear-Prejudice")


def rows(data: str, out: str, fold: int = 0, topic_groups: bool = False) -> None:
    from narrascope.evaluation.persuasion import make_model, topic_cv_folds
    from narrascope.metrics import article_folds
    from narrascope.models import persuasion_model as pm
    from narrascope.models.span_tagger import TokenTable
    from narrascope.models.technique_model import article_rows
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion import article_sentences, label_matrix, train_persuasion
    from narrascope.training.persuasion_data import read_semeval2023, sentence_line_copy

    arts = read_semeval2023(data)
    folds = topic_cv_folds(arts) if topic_groups else \
        article_folds([a.id for a in arts], [a.text for a in arts], ["en"] * len(arts), k=5, seed=13)
    sents = article_sentences(arts, "en")
    train = [a for a, g in zip(arts, folds) if g != fold]
    test = [a for a, g in zip(arts, folds) if g == fold]
    saved: dict = {}
    fit_combiner = pm.PersuasionModel.fit_combiner

    def keep_inputs(self, margins, token_max, article, lengths, y, techniques, folds=None):
        saved.update(margins=margins, token_max=token_max, article=article, lengths=lengths, y=y, folds=folds)
        return fit_combiner(self, margins, token_max, article, lengths, y, techniques, folds)

    pm.PersuasionModel.fit_combiner = keep_inputs
    try:
        model, _ = train_persuasion(train, load_techniques().ids, make_model(language="en"), sents)
    finally:
        pm.PersuasionModel.fit_combiner = fit_combiner
    saved["n_real"] = sum(len(a.paragraphs) for a in train)  # real paragraphs come first, then the copies
    test_rows = {}
    for kind in ("para", "copy"):
        parts: dict[str, list] = {k: [] for k in ("margins", "token_max", "article", "lengths", "y")}
        for n, a in enumerate(test):
            b = a if kind == "para" else sentence_line_copy(a)
            bounds = [(p.start, p.end) for p in b.paragraphs]
            table = TokenTable.build(b.text, sents.get(a.id) if kind == "para" else bounds, "en")
            probs = model.tagger_.predict_proba(table)
            parts["margins"].append(model.paragraph_.raw_margins(article_rows(b.text, b.paragraphs, "en")))
            parts["token_max"].append(pm.row_token_max(table, bounds, probs))
            parts["article"].append(np.full(len(bounds), n))
            parts["lengths"].append(np.array([e - s for s, e in bounds]))
            parts["y"].append(label_matrix([b], model.techniques_))
        test_rows[kind] = {k: (np.concatenate(v) if k in ("article", "lengths") else np.vstack(v))
                           for k, v in parts.items()}
    with open(out, "wb") as f:
        pickle.dump({"train": saved, "test": test_rows, "techniques": model.techniques_}, f)


def _features(r: dict, copy_flag: np.ndarray | None) -> np.ndarray:
    from narrascope.models.persuasion_model import stack_features

    f = stack_features(r["margins"], r["token_max"], r["article"], r["lengths"])
    if copy_flag is None:
        return f
    flag = np.zeros(f.shape[:2] + (1,))
    flag[copy_flag] = 1
    return np.concatenate([f, flag], axis=2)


def _fit(f, y, fit_rows, threshold_rows, folds):
    from sklearn.linear_model import LogisticRegression

    from narrascope.models.technique_model import tune_thresholds

    coef, icpt = np.zeros((y.shape[1], f.shape[2])), np.full(y.shape[1], -10.0)
    for j in range(y.shape[1]):
        if y[fit_rows, j].sum() >= 2:
            clf = LogisticRegression(C=1.0, max_iter=1000).fit(f[fit_rows, j], y[fit_rows, j])
            coef[j], icpt[j] = clf.coef_[0], clf.intercept_[0]
    s = np.einsum("ntk,tk->nt", f, coef) + icpt
    th = tune_thresholds(y[threshold_rows], s[threshold_rows], bonus=0.3, folds=folds[threshold_rows], floor=0.10)
    return coef, icpt, th


def _predict(f, model) -> np.ndarray:
    coef, icpt, th = model
    return np.einsum("ntk,tk->nt", f, coef) + icpt - th >= 0


def _line(name: str, y: np.ndarray, p: np.ndarray, techniques: list[str]) -> str:
    tp, fp, fn = (y & p).sum(), (~y & p).sum(), (y & ~p).sum()
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    watch = ", ".join(f"{t[:10]} {int((y[:, j] & p[:, j]).sum())}/{int(p[:, j].sum())}/{int(y[:, j].sum())}"
                      for j, t in enumerate(techniques) if t in WATCH)
    return (f"  {name}: micro-F1 {f1:.3f} P {prec:.3f} R {rec:.3f} predicted/gold {p.sum() / max(y.sum(), 1):.2f} "
            f"({len(y)} rows, gold {y.sum() / max(len(y), 1):.2f}/row; right/predicted/gold {watch})")


VARIANTS = {  # name: (copy-flag input, fit on copies too, thresholds on copies too)
    "V0 shipped": (False, True, True),
    "V2 thresholds on paragraphs": (False, True, False),
    "V3 paragraphs only": (False, False, False),
    "V1 copy flag": (True, True, True),
    "V1b copy flag, thresholds on paragraphs": (True, True, False),
}


def score(path: str, which: str) -> None:
    with open(path, "rb") as fh:
        d = pickle.load(fh)
    tr, techniques = d["train"], d["techniques"]
    y, folds = tr["y"].astype(bool), np.asarray(tr["folds"])
    copy = np.arange(len(y)) >= tr["n_real"]
    for name, (flag, fit_copies, th_copies) in VARIANTS.items():
        f = _features(tr, copy if flag else None)
        f_pred = _features(tr, np.zeros(len(y), bool) if flag else None)  # every line is a real line when used
        fit_rows = np.ones(len(y), bool) if fit_copies else ~copy
        th_rows = np.ones(len(y), bool) if th_copies else ~copy
        print(name)
        if which == "inner":
            p = np.zeros_like(y)
            for k in np.unique(folds):
                model = _fit(f, y.astype(np.int8), fit_rows & (folds != k), th_rows & (folds != k), folds)
                p[folds == k] = _predict(f_pred[folds == k], model)
            short = tr["lengths"] < SHORT
            for label, m in (("paragraphs", ~copy), (f"short paragraphs < {SHORT}", ~copy & short),
                             ("long paragraphs", ~copy & ~short), ("sentence copies", copy)):
                print(_line(label, y[m], p[m], techniques))
            continue
        model = _fit(f, y.astype(np.int8), fit_rows, th_rows, folds)
        for kind in ("para", "copy"):
            r = d["test"][kind]
            yt = r["y"].astype(bool)
            p = _predict(_features(r, np.zeros(len(yt), bool) if flag else None), model)
            print(_line("fold 0 paragraphs" if kind == "para" else "fold 0 sentence copies", yt, p, techniques))
            if kind == "para":
                m = r["lengths"] < SHORT
                print(_line(f"fold 0 short paragraphs < {SHORT}", yt[m], p[m], techniques))


def _cross(r: dict) -> np.ndarray:
    """(stop 51, variant X1, not adopted) The shipped inputs plus every technique's paragraph margin and token logit:
    a technique's decision may lean on the others (Loaded_Language with Name_Calling, Doubt with Loaded_Language)."""
    from narrascope.models.persuasion_model import _logit

    f = _features(r, None)
    n, t, _ = f.shape
    others = np.concatenate([r["margins"], _logit(r["token_max"])[:, :t]], axis=1)
    return np.concatenate([f, np.repeat(others[:, None, :], t, axis=1)], axis=2)


def _fit_short_long(f, y, folds, lengths):
    """(stop 52, variant S1, not adopted) V0's weights; cut-offs tuned apart on rows shorter than :data:`SHORT`
    characters and on the longer ones. Returns a predictor ``(features, lengths) -> decisions``."""
    from narrascope.models.technique_model import tune_thresholds

    coef, icpt, _ = _fit(f, y, np.ones(len(y), bool), np.ones(len(y), bool), folds)
    s = np.einsum("ntk,tk->nt", f, coef) + icpt
    short = lengths < SHORT
    th = {b: tune_thresholds(y[m], s[m], bonus=0.3, folds=folds[m], floor=0.10) for b, m in ((1, short), (0, ~short))}

    def predict(g, lens):
        cut = np.where((lens < SHORT)[:, None], th[1][None, :], th[0][None, :])
        return np.einsum("ntk,tk->nt", g, coef) + icpt - cut >= 0
    return predict


def topics(paths: list[str]) -> None:
    """Topic folds (stop 51): per pickle of ``rows ... F --topic-groups``, refit the combiner (shipped inputs: V0;
    X1 :func:`_cross`; S1 :func:`_fit_short_long`) on the training part's inner rows and score the left-out topic
    fold's paragraphs and sentence lines; prints per fold and pooled micro-F1."""
    pooled = {}
    for path in paths:
        with open(path, "rb") as fh:
            d = pickle.load(fh)
        tr = d["train"]
        y, folds = tr["y"].astype(np.int8), np.asarray(tr["folds"])
        rows_all = np.ones(len(y), bool)
        plain = (lambda r: _features(r, None))
        for name, feats in (("V0 shipped", plain), ("X1 cross-technique", _cross), ("S1 short/long cut-offs", plain)):
            if name.startswith("S1"):
                predict = _fit_short_long(feats(tr), y, folds, tr["lengths"])
            else:
                model = _fit(feats(tr), y, rows_all, rows_all, folds)
            for kind in ("para", "copy"):
                r = d["test"][kind]
                yt = r["y"].astype(bool)
                p = predict(feats(r), r["lengths"]) if name.startswith("S1") else _predict(feats(r), model)
                c = pooled.setdefault((name, kind), np.zeros(3))
                got = np.array([(yt & p).sum(), p.sum(), yt.sum()])
                c += got
                f1 = 2 * got[0] / max(got[1] + got[2], 1)
                print(f"{path} {name} {'paragraphs' if kind == 'para' else 'lines'}: micro-F1 {f1:.4f} "
                      f"(right {got[0]}, predicted {got[1]}, gold {got[2]})")
    for (name, kind), c in pooled.items():
        print(f"pooled {name} {'paragraphs' if kind == 'para' else 'lines'}: micro-F1 {2 * c[0] / (c[1] + c[2]):.4f}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "topics":
        topics(sys.argv[2:])
        sys.exit(0)
    if len(sys.argv) >= 4 and sys.argv[1] == "rows":
        rest = [x for x in sys.argv[4:] if x != "--topic-groups"]
        rows(sys.argv[2], sys.argv[3], int(rest[0]) if rest else 0, "--topic-groups" in sys.argv)
    elif len(sys.argv) == 3 and sys.argv[1] in ("inner", "fold0"):
        score(sys.argv[2], sys.argv[1])
    else:
        sys.exit(__doc__)
