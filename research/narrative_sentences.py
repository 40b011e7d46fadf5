"""Does a sentence-level signal in each label's calibration improve the narrative labels? (narr41)

Question: the narrative classifier scores whole articles (TF-IDF of the full text, one ridge per label, Platt
calibration). A narrative is often carried by two or three sentences of a long article, which whole-article
TF-IDF dilutes. Variant: score every sentence with the label's own ridge weights (the same linear model on the
sentence's TF-IDF row), aggregate over the article's sentences (max, or mean of the top 2), and calibrate each
label with a 2-input logistic model [article score, sentence score] instead of the 1-input Platt, fitted on the
same inner out-of-fold scores (the sentence scores for calibration come from the inner-fold models that did
not see the article). The decision rule (``tune_rule``, expected-F1 sets) is unchanged and re-tuned on each
variant's inner out-of-fold probabilities.

``cache DATA OUT`` trains the 5 outer folds of ``narrascope eval narratives --cv 5`` (article_folds, seed 13;
inner CV as in ``NarrativeClassifier.fit``) and stores per fold the raw article and sentence-aggregate scores
of the inner out-of-fold and the held-out articles (about 5 CPU-minutes). ``eval OUT VARIANT [--fold0]``
calibrates, tunes and decodes for one variant (``base``, ``max``, ``top2``) and prints F1-samples per language
and shown precision at cut-offs chosen on folds 1-4 (``research/narrative_display.py``), on folds 1-4, or with
``--fold0`` on fold 0. Sentences: lines, split after ``. ! ? ।`` followed by white space, at least 4 words
(``split_spans``).

    nice python research/narrative_sentences.py cache ../shared/data/semeval2025-task10/train /tmp/narr_sent
    python research/narrative_sentences.py eval /tmp/narr_sent base     # also max, top2, max-r10, max-nar, ...
    python research/narrative_sentences.py eval /tmp/narr_sent max-r10 --fold0
    nice python research/narrative_sentences.py cache ../shared/data/semeval2025-task10/train /tmp/narr_sent \
        --example examples/nato_expansion.txt
    python research/narrative_sentences.py example /tmp/narr_sent base max max-r10

What it showed (narr41; the model card's "Tried, not adopted" paragraph has the table): the baseline reproduces
the shipped model's out-of-fold labels exactly (folds 1-4: 0.596 / 0.455, EN 0.606 / 0.512). With a free
coefficient the sentence signal lowers English (max: 0.600 / 0.495; top-2 mean 0.592 / 0.493); the best
sentence ranks labels worse than the whole article (mean ROC AUC 0.841 vs 0.859). Only with the coefficient
shrunk hard (L2 prior 10: 0.598 / 0.457, EN 0.610 / 0.513, 43 of 1,422 label sets changed; fold 0 once 0.613 /
0.478 vs 0.610 / 0.479) is it level with or above the baseline, by noise-sized amounts. Not adopted.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

_SPLIT = re.compile(r"[^\n]+")
_END = re.compile(r"(?<=[.!?।])\s+")


def split_spans(text: str, min_words: int = 4) -> list[tuple[int, int]]:
    """Sentence spans: each line, cut after ``. ! ? ।`` followed by white space; at least ``min_words`` words."""
    out = []
    for line in _SPLIT.finditer(text):
        pos = line.start()
        for piece in _END.split(line.group()):
            s = text.find(piece, pos)
            e = s + len(piece)
            pos = e
            if len(piece.split()) >= min_words:
                out.append((s, e))
    return out


def _aggregates(scores: np.ndarray, owner: np.ndarray, n: int, fallback: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per article (``owner`` of each sentence row) the max and the mean of the top 2 sentence scores."""
    mx = fallback.copy()
    t2 = fallback.copy()
    order = np.argsort(owner, kind="stable")
    owner_s = owner[order]
    bounds = np.searchsorted(owner_s, np.arange(n + 1))
    for a in range(n):
        rows = order[bounds[a]:bounds[a + 1]]
        if len(rows) == 0:
            continue
        s = np.sort(scores[rows], axis=0)
        mx[a] = s[-1]
        t2[a] = s[-2:].mean(0)
    return mx, t2


def cache(data: str, out: str, example: str | None = None) -> None:
    """Cache the raw scores of the 5 outer folds; with ``example`` (a text file) one "fold" instead that trains
    on every article and holds out the example (``foldex.npz``)."""
    from narrascope.evaluation.narratives import load_labelled
    from narrascope.metrics import article_folds
    from narrascope.models.narrative_classifier import DOMAIN_COLUMNS, NarrativeClassifier
    from narrascope.taxonomy.narratives import OTHER, load_taxonomy

    d = load_labelled(data)
    tax = load_taxonomy()
    columns = list(DOMAIN_COLUMNS) + list(tax.coarse) + list(tax.fine[:-1])
    col = {c: j for j, c in enumerate(columns)}
    n_all = len(d.texts)
    y_all = np.zeros((n_all, len(columns)))
    for i, (cs, fs) in enumerate(zip(d.coarse, d.fine)):
        for lab in set(cs) | set(fs):
            y_all[i, col[lab]] = 1
            dom = tax.domain_of(lab)
            if dom != OTHER:
                y_all[i, col[f"domain: {dom}"]] = 1
    every = list(d.texts) + ([Path(example).read_text(encoding="utf-8")] if example else [])
    spans = [split_spans(t) for t in every]
    sent_texts = [every[i][s:e] for i in range(len(every)) for s, e in spans[i]]
    sent_owner = np.array([i for i in range(len(every)) for _ in spans[i]])
    folds = np.array(article_folds(d.ids, d.texts, d.langs, k=5, seed=13) + ([-1] if example else []))
    Path(out).mkdir(parents=True, exist_ok=True)
    for f in (["ex"] if example else range(5)):
        tr, te = ((np.arange(n_all), np.array([n_all])) if example
                  else (np.where(folds != f)[0], np.where(folds == f)[0]))
        m = NarrativeClassifier()
        m.word_, m.char_ = m._new_vectorizers()
        texts = [d.texts[i] for i in tr]
        x = sp.hstack([m.word_.fit_transform(texts), m.char_.fit_transform(texts)]).tocsr()
        m.coef_ = np.zeros(1)
        xs = m.transform(sent_texts)
        x_te = m.transform([every[i] for i in te])
        y = y_all[tr]
        gram = (x @ x.T).toarray().astype(np.float64)
        n = len(tr)
        ids = [d.ids[i] for i in tr]
        langs = [d.langs[i].upper() for i in tr]
        inner = np.array(article_folds(ids, texts, langs, k=m.inner_folds, seed=m.seed))
        oof = np.zeros_like(y)
        oof_max, oof_t2 = np.zeros_like(y), np.zeros_like(y)
        pos = {a: k for k, a in enumerate(tr)}
        for k in np.unique(inner):
            itr, ite = np.where(inner != k)[0], np.where(inner == k)[0]
            mu = y[itr].mean(0)
            dual = np.linalg.solve(gram[np.ix_(itr, itr)] + m.alpha * np.eye(len(itr)), y[itr] - mu)
            oof[ite] = gram[np.ix_(ite, itr)] @ dual + mu
            w = np.asarray(x[itr].T @ dual)
            glob = set(tr[ite].tolist())
            rows = np.array([r for r, o in enumerate(sent_owner) if o in glob], dtype=int)
            s_scores = np.asarray(xs[rows] @ w) + mu
            loc = np.array([pos[o] for o in sent_owner[rows]])
            mx, t2 = _aggregates(s_scores, loc, n, oof)
            oof_max[ite], oof_t2[ite] = mx[ite], t2[ite]
        mu = y.mean(0)
        dual = np.linalg.solve(gram + m.alpha * np.eye(n), y - mu)
        coef = np.asarray(x.T @ dual, dtype=np.float32).astype(np.float16).astype(np.float32)  # as shipped
        raw_te = np.asarray(x_te @ coef) + mu.astype(np.float32)
        glob = set(te.tolist())
        rows = np.array([r for r, o in enumerate(sent_owner) if o in glob], dtype=int)
        s_scores = np.asarray(xs[rows] @ coef) + mu.astype(np.float32)
        pos_te = {a: k for k, a in enumerate(te)}
        mx, t2 = _aggregates(s_scores, np.array([pos_te[o] for o in sent_owner[rows]]), len(te), raw_te)
        np.savez(Path(out) / f"fold{f}.npz", tr=tr, te=te, y=y, oof=oof, oof_max=oof_max, oof_t2=oof_t2,
                 raw_te=raw_te, max_te=mx, t2_te=t2)
        print("fold", f, "cached", flush=True)


def _logistic2(s: np.ndarray, t: np.ndarray, y: np.ndarray, iters: int = 50,
               prior: float = 1e-3) -> tuple[float, float, float]:
    """Fit ``p = sigmoid(a * s + b + c * t)`` by Newton's method with a weak L2 prior on a and ``prior`` on c."""
    from narrascope.models.narrative_classifier import _sigmoid

    if y.sum() < 2:
        return 0.0, -6.0, 0.0
    z = np.stack([s, np.ones_like(s), t], 1)
    beta = np.array([1.0, 0.0, 0.0])
    reg = np.array([1e-3, 0.0, prior])
    for _ in range(iters):
        p = _sigmoid(z @ beta)
        w = p * (1 - p) + 1e-9
        g = z.T @ (p - y) + reg * beta
        h = (z * w[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        beta = beta - step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), float(beta[1]), float(beta[2])


def predictions(out: str, variant: str, fold: int, data: str) -> list[dict]:
    """Held-out predictions of ``fold`` for ``variant``, rows as ``research/narrative_display.py`` writes."""
    from narrascope.evaluation.narratives import load_labelled
    from narrascope.models.narrative_classifier import DOMAIN_COLUMNS, _platt, _sigmoid, decide, tune_rule
    from narrascope.taxonomy.narratives import OTHER, load_taxonomy

    d = load_labelled(data)
    tax = load_taxonomy()
    columns = list(DOMAIN_COLUMNS) + list(tax.coarse) + list(tax.fine[:-1])
    z = np.load(Path(out) / f"fold{fold}.npz")
    tr, te, y, oof = z["tr"], z["te"], z["y"], z["oof"]
    # variant: base | max | top2, optionally "-nar" (the sentence input for narrative and sub-narrative
    # columns only; domain and Other keep Platt), "-cond" (only in the conditional calibration), "-rX" (L2
    # prior X on the sentence coefficient) and "-mN" (only labels with at least N positives to calibrate on).
    agg, *opts = variant.split("-")
    prior = next((float(o[1:]) for o in opts if o.startswith("r")), 1e-3)
    min_pos = next((int(o[1:]) for o in opts if o.startswith("m")), 0)
    key = {"base": None, "max": ("oof_max", "max_te"), "top2": ("oof_t2", "t2_te")}[agg]
    pushes = y[:, columns.index(OTHER)] == 0
    narrative_cols = {j for j, c in enumerate(columns) if c != OTHER and not c.startswith("domain: ")}

    def calib(mask, use):
        if key is None or not use:
            return np.array([(*_platt(oof[mask, j], y[mask, j]), 0.0) for j in range(y.shape[1])])
        t = z[key[0]]
        two = [("nar" not in opts or j in narrative_cols) and y[mask, j].sum() >= min_pos for j in range(y.shape[1])]
        return np.array([_logistic2(oof[mask, j], t[mask, j], y[mask, j], prior=prior) if two[j]
                         else (*_platt(oof[mask, j], y[mask, j]), 0.0) for j in range(y.shape[1])])

    cal_all, cal_cond = calib(np.ones(len(tr), bool), "cond" not in opts), calib(pushes, True)
    t_oof = z[key[0]] if key else np.zeros_like(oof)
    t_te = z[key[1]] if key else np.zeros_like(z["raw_te"])

    def prob(raw, t, c):
        return _sigmoid(raw * c[:, 0] + c[:, 1] + t * c[:, 2])

    rule = tune_rule(prob(oof, t_oof, cal_all), columns, [d.coarse[i] for i in tr], [d.fine[i] for i in tr],
                     [d.langs[i].upper() for i in tr])
    p_te = prob(z["raw_te"], t_te, cal_all)
    r_te = np.clip(prob(z["raw_te"], t_te, cal_cond), 0.0, 0.995)
    rows = []
    for k, i in enumerate(te):
        p = decide(p_te[k], columns, rule, d.langs[i], r_te[k])
        rows.append({"id": d.ids[i], "lang": d.langs[i].upper(), "fold": fold, "gold_coarse": list(d.coarse[i]),
                     "gold_fine": list(d.fine[i]), "coarse": p.coarse, "fine": p.fine})
    return rows


def example(out: str, variants: list[str]) -> None:
    """The example's probability of every label that any variant gives at least 0.1 (model trained on all)."""
    from narrascope.models.narrative_classifier import DOMAIN_COLUMNS, _platt, _sigmoid
    from narrascope.taxonomy.narratives import load_taxonomy

    tax = load_taxonomy()
    columns = list(DOMAIN_COLUMNS) + list(tax.coarse) + list(tax.fine[:-1])
    z = np.load(Path(out) / "foldex.npz")
    y, oof = z["y"], z["oof"]
    table = {}
    for variant in variants:
        agg, *opts = variant.split("-")
        prior = next((float(o[1:]) for o in opts if o.startswith("r")), 1e-3)
        if agg == "base":
            cal = np.array([(*_platt(oof[:, j], y[:, j]), 0.0) for j in range(y.shape[1])])
            t_te = np.zeros_like(z["raw_te"])
        else:
            key = {"max": ("oof_max", "max_te"), "top2": ("oof_t2", "t2_te")}[agg]
            cal = np.array([_logistic2(oof[:, j], z[key[0]][:, j], y[:, j], prior=prior) for j in range(y.shape[1])])
            t_te = z[key[1]]
        table[variant] = _sigmoid(z["raw_te"][0] * cal[:, 0] + cal[:, 1] + t_te[0] * cal[:, 2])
    for j, c in enumerate(columns):
        if max(p[j] for p in table.values()) >= 0.1:
            print(c[:70].ljust(70), " ".join(f"{v} {table[v][j]:.3f}" for v in variants))


def f1_table(rows) -> None:
    from narrascope.metrics import f1_samples

    for lang in sorted({r["lang"] for r in rows}) + ["ALL"]:
        mine = [r for r in rows if lang in ("ALL", r["lang"])]
        fc = f1_samples([r["gold_coarse"] for r in mine], [[c for c, _ in r["coarse"]] for r in mine]).mean()
        ff = f1_samples([r["gold_fine"] for r in mine], [[c for c, _ in r["fine"]] for r in mine]).mean()
        print(f"{lang} n={len(mine)} coarse {fc:.3f} fine {ff:.3f}")


def main(argv):
    data = str(Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval2025-task10" / "train")
    if argv[0] == "cache":
        cache(argv[1], argv[2], argv[4] if len(argv) > 4 and argv[3] == "--example" else None)
        return
    if argv[0] == "example":
        example(argv[1], argv[2:])
        return
    import narrative_display as nd

    out, variant = argv[1], argv[2]
    dev_path = Path(out) / f"rows_{variant}_1-4.json"
    if dev_path.exists():
        rows = json.loads(dev_path.read_text())
    else:
        rows = [r for f in range(1, 5) for r in predictions(out, variant, f, data)]
        dev_path.write_text(json.dumps(rows))
    if "--fold0" in argv:
        rows = rows + predictions(out, variant, 0, data)
    cut = nd.choose([r for r in rows if r["fold"] != 0])
    print(variant, "cut-offs (folds 1-4):", cut)
    dev = [r for r in rows if r["fold"] != 0]
    print("folds 1-4 F1-samples")
    f1_table(dev)
    nd.report(dev, cut, "folds 1-4 shown")
    if "--fold0" in argv:
        held = [r for r in rows if r["fold"] == 0]
        print("fold 0 F1-samples")
        f1_table(held)
        nd.report(held, cut, "fold 0 shown")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main(sys.argv[1:])
