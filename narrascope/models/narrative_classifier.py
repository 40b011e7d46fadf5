"""The narrative classifier: TF-IDF word and character n-grams, one ridge model per label, calibrated scores.

Why this design (chosen by 5-fold cross-validation on train, see the model card): with ~1,800 articles a
linear model over word (1-2) and character (3-5) n-grams, trained on all five languages jointly, beats
per-language models; ridge regression solved in its dual form fits all ~120 labels with one linear solve
(seconds instead of minutes for one-vs-rest logistic regression) at equal accuracy. Scores are calibrated per
label with Platt scaling on out-of-fold predictions of an inner cross-validation, and the decision rule
(thresholds, a per-language threshold for ``Other``) is tuned on those same out-of-fold scores, so nothing is
tuned on the articles it is evaluated on.

The decision keeps the hierarchy: one domain (URW or CC) per article; ``Other`` alone when the article has no
narrative (tuned thresholds on the ``Other`` and narrative probabilities, one ``Other`` threshold per
language); otherwise the narratives and sub-narratives (each narrative with at least one, ``"<narrative>:
Other"`` included) whose set has the highest expected F1-samples, coarse plus fine, under the probabilities
given that the article pushes a narrative (a second Platt calibration fitted on those articles only). The
official metric scores each article's set as a whole, so choosing the set that maximises its expected value
beats per-label thresholds: +0.03 fine F1-samples in 5-fold CV (model card).
"""
from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from ..errors import DataError, NotFittedError
from ..metrics import article_folds, f1_samples
from ..taxonomy.narratives import OTHER, load_taxonomy
from . import load_artifact, save_artifact
from .textfeatures import export_tfidf, import_tfidf

MODEL_VERSION = "narratives-ridge-2"
DOMAIN_COLUMNS = ("domain: URW", "domain: CC")


@dataclass
class Prediction:
    """One article's narratives: domain, coarse and fine labels with calibrated scores (hierarchy kept)."""

    domain: str
    domain_score: float
    coarse: list[tuple[str, float]] = field(default_factory=list)
    fine: list[tuple[str, float]] = field(default_factory=list)

    @property
    def coarse_labels(self) -> list[str]:
        return [c for c, _ in self.coarse]

    @property
    def fine_labels(self) -> list[str]:
        return [f for f, _ in self.fine]


_COUNTERS: dict[int, CountVectorizer] = {}


def _counter(vec: TfidfVectorizer) -> CountVectorizer:
    """A raw-count vectorizer with ``vec``'s analyser and vocabulary (cached per fitted vectorizer)."""
    key = id(vec)
    if key not in _COUNTERS or _COUNTERS[key].vocabulary is not vec.vocabulary_:
        _COUNTERS[key] = CountVectorizer(vocabulary=vec.vocabulary_, analyzer=vec.analyzer, ngram_range=vec.ngram_range,
                                         lowercase=vec.lowercase, token_pattern=vec.token_pattern,
                                         strip_accents=vec.strip_accents, dtype=np.float32)
    return _COUNTERS[key]


def _tfidf(vec: TfidfVectorizer, counts: sp.csr_matrix) -> sp.csr_matrix:
    """``vec``'s tf-idf weighting of raw ``counts`` (sublinear tf, idf, l2 rows), as its transform() does."""
    x = sp.csr_matrix(counts, dtype=np.float32, copy=True)
    if vec.sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1.0
    if vec.use_idf:
        x = x @ sp.diags(vec.idf_.astype(np.float32))
    if vec.norm:
        x = normalize(x, norm=vec.norm, copy=False)
    return sp.csr_matrix(x, dtype=np.float32)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def _platt(scores: np.ndarray, y: np.ndarray, iters: int = 50) -> tuple[float, float]:
    """Fit ``p = sigmoid(a * s + b)`` by Newton's method with a weak L2 prior (deterministic, no solver state)."""
    if y.sum() < 2:
        return 0.0, -6.0  # too few positives to calibrate: a fixed, tiny probability
    a, b = 1.0, 0.0
    for _ in range(iters):
        p = _sigmoid(a * scores + b)
        w = p * (1 - p) + 1e-9
        g = np.array([np.dot(p - y, scores) + 1e-3 * a, np.sum(p - y)])
        h = np.array([[np.dot(w, scores * scores) + 1e-3, np.dot(w, scores)], [np.dot(w, scores), w.sum()]])
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


class NarrativeClassifier(BaseEstimator):
    """Multi-label narrative classifier (a scikit-learn estimator: the constructor stores the hyperparameters,
    ``fit`` returns self, learned state ends in ``_``; ``sklearn.base.clone`` gives an unfitted copy)."""

    def __init__(self, alpha: float = 0.3, word_features: int = 20000, char_features: int = 30000,
                 inner_folds: int = 5, seed: int = 13):
        self.alpha = alpha
        self.word_features = word_features
        self.char_features = char_features
        self.inner_folds = inner_folds
        self.seed = seed

    # -- features -------------------------------------------------------------------------------------
    def _new_vectorizers(self) -> tuple[TfidfVectorizer, TfidfVectorizer]:
        from .textfeatures import StableTfidfVectorizer  # (stop 47) the same max_features terms on every CPU

        word = StableTfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.9, ngram_range=(1, 2),
                               max_features=self.word_features, dtype=np.float32)
        char = StableTfidfVectorizer(sublinear_tf=True, min_df=3, analyzer="char_wb", ngram_range=(3, 5),
                               max_features=self.char_features, dtype=np.float32)
        return word, char

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """TF-IDF features (word and character n-grams side by side) of ``texts``."""
        self._check_fitted()
        return sp.hstack([self.word_.transform(texts), self.char_.transform(texts)]).tocsr()

    def transform_parts(self, text: str, spans: list[tuple[int, int]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """Features of the whole ``text`` and of each ``(start, end)`` span, from one pass over the text.

        Identical to ``transform([text])`` and ``transform([text[s:e] for s, e in spans])`` (the article's
        counts are the sum of its pieces' counts plus the word pairs that straddle two pieces), at about half
        the cost: n-gram extraction is what the narratives layer spends its time on. Falls back to two
        transforms when a span boundary cuts a word.
        """
        self._check_fitted()
        spans = sorted(spans)
        n = len(text)
        if any(0 < s < n and not text[s - 1].isspace() and not text[s].isspace() for s, _ in spans) or any(
                0 < e < n and not text[e - 1].isspace() and not text[e].isspace() for _, e in spans) or any(
                b[0] < a[1] for a, b in pairwise(spans)):
            return self.transform([text]), self.transform([text[s:e] for s, e in spans])
        pieces, owner, pos = [], [], 0
        for i, (s, e) in enumerate(spans):
            if text[pos:s].strip():
                pieces.append(text[pos:s])
                owner.append(-1)
            pieces.append(text[s:e])
            owner.append(i)
            pos = e
        if text[pos:].strip():
            pieces.append(text[pos:])
            owner.append(-1)
        parts_x, article_x = [], []
        for vec in (self.word_, self.char_):
            counts = _counter(vec).transform(pieces)
            total = np.asarray(counts.sum(0)).ravel()
            if vec.analyzer == "word" and vec.ngram_range[1] >= 2:
                tok, pre = vec.build_tokenizer(), vec.build_preprocessor()
                toks = [tok(pre(p)) for p in pieces]
                toks = [t for t in toks if t]
                for a, b in pairwise(toks):
                    j = vec.vocabulary_.get(f"{a[-1]} {b[0]}")
                    if j is not None:
                        total[j] += 1
            keep = np.array([o >= 0 for o in owner])
            parts_x.append(_tfidf(vec, counts[keep]))
            article_x.append(_tfidf(vec, sp.csr_matrix(total[None, :].astype(np.float32))))
        return sp.hstack(article_x).tocsr(), sp.hstack(parts_x).tocsr()

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("the narrative classifier is not trained; call fit() or load the shipped model "
                                 "with NarrativeClassifier.load()")

    # -- training -------------------------------------------------------------------------------------
    def fit(self, texts: list[str], coarse: list[list[str]], fine: list[list[str]], langs: list[str],
            ids: list[str] | None = None) -> NarrativeClassifier:
        """Train on articles with their coarse and fine label lists and language codes; returns ``self``."""
        tax = load_taxonomy()
        n = len(texts)
        if not n or not (n == len(coarse) == len(fine) == len(langs)):
            raise DataError("fit() needs as many texts, coarse and fine label lists and languages, and at least one")
        unknown = sorted({lab for labs in list(coarse) + list(fine) for lab in labs
                          if lab not in tax.parent and lab not in tax.gist and lab != OTHER})
        if unknown:
            raise DataError(f"labels not in the taxonomy: {unknown[:5]}; check the label file's spelling")
        ids = list(ids) if ids is not None else [str(i) for i in range(n)]
        langs = [lang.upper() for lang in langs]
        t0 = time.perf_counter()
        self.columns_ = list(DOMAIN_COLUMNS) + list(tax.coarse) + list(tax.fine[:-1])  # fine "Other" = coarse
        col = {c: j for j, c in enumerate(self.columns_)}
        y = np.zeros((n, len(self.columns_)))
        for i, (cs, fs) in enumerate(zip(coarse, fine)):
            for lab in set(cs) | set(fs):
                y[i, col[lab]] = 1
                dom = tax.domain_of(lab)
                if dom != OTHER:
                    y[i, col[f"domain: {dom}"]] = 1
        self.word_, self.char_ = self._new_vectorizers()
        x = sp.hstack([self.word_.fit_transform(texts), self.char_.fit_transform(texts)]).tocsr()
        gram = (x @ x.T).toarray().astype(np.float64)
        # Out-of-fold scores of an inner CV: used to calibrate each label and to tune the decision rule.
        folds = np.array(article_folds(ids, list(texts), langs, k=self.inner_folds, seed=self.seed)) \
            if n >= 2 * self.inner_folds else np.arange(n) % max(2, min(self.inner_folds, n))
        oof = np.zeros_like(y)
        for k in np.unique(folds):
            tr, te = np.where(folds != k)[0], np.where(folds == k)[0]
            if len(tr) == 0:
                continue
            mu = y[tr].mean(0)
            dual = np.linalg.solve(gram[np.ix_(tr, tr)] + self.alpha * np.eye(len(tr)), y[tr] - mu)
            oof[te] = gram[np.ix_(te, tr)] @ dual + mu
        self.platt_ = np.array([_platt(oof[:, j], y[:, j]) for j in range(y.shape[1])])
        # The same scores calibrated on the articles that push a narrative: P(label | not Other), what the
        # expected-F1 choice of the label set needs once the article is judged to carry a narrative.
        pushes = y[:, col[OTHER]] == 0
        self.platt_cond_ = np.array([_platt(oof[pushes, j], y[pushes, j]) for j in range(y.shape[1])])
        probs = _sigmoid(oof * self.platt_[:, 0] + self.platt_[:, 1])
        self.rule_ = tune_rule(probs, self.columns_, coarse, fine, langs)
        self.rule_["decoder"] = "expected-f1"
        mu = y.mean(0)
        dual = np.linalg.solve(gram + self.alpha * np.eye(n), y - mu)
        self.coef_ = np.asarray(x.T @ dual, dtype=np.float32)
        self.intercept_ = mu.astype(np.float32)
        inner = self._decode(probs, langs, oof)
        self.oof_scores_ = {"coarse": round(float(f1_samples(coarse, [q.coarse_labels for q in inner]).mean()), 4),
                            "fine": round(float(f1_samples(fine, [q.fine_labels for q in inner]).mean()), 4)}
        self.train_seconds_ = round(time.perf_counter() - t0, 1)
        self.n_train_ = n
        return self

    # -- prediction -----------------------------------------------------------------------------------
    def decision_function(self, texts: list[str]) -> np.ndarray:
        """Raw linear scores, one column per label in ``columns_``."""
        x = self.transform(texts)
        return np.asarray(x @ self.coef_) + self.intercept_

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated probability of each label in ``columns_``."""
        return _sigmoid(self.decision_function(texts) * self.platt_[:, 0] + self.platt_[:, 1])

    def predict(self, texts: list[str], langs: list[str | None]) -> list[Prediction]:
        """Hierarchy-consistent narratives for each text (``langs``: language codes, ``None`` if unknown)."""
        raw = self.decision_function(texts)
        return self._decode(_sigmoid(raw * self.platt_[:, 0] + self.platt_[:, 1]), langs, raw)

    def predict_features(self, x: sp.csr_matrix, langs: list[str | None]) -> list[Prediction]:
        """:meth:`predict` from features already computed (e.g. by :meth:`transform_parts`)."""
        self._check_fitted()
        raw = np.asarray(x @ self.coef_) + self.intercept_
        return self._decode(_sigmoid(raw * self.platt_[:, 0] + self.platt_[:, 1]), langs, raw)

    def _decode(self, probs: np.ndarray, langs: list[str | None], raw: np.ndarray | None = None) -> list[Prediction]:
        cond = getattr(self, "platt_cond_", None)
        if raw is None or cond is None or self.rule_.get("decoder") != "expected-f1":
            return [decide(p, self.columns_, self.rule_, lang) for p, lang in zip(probs, langs)]
        probs_cond = np.clip(_sigmoid(raw * cond[:, 0] + cond[:, 1]), 0.0, 0.995)
        return [decide(p, self.columns_, self.rule_, lang, r) for p, r, lang in zip(probs, probs_cond, langs)]

    # -- artifacts ------------------------------------------------------------------------------------
    def save(self, directory: str | Path, extra_meta: dict[str, Any] | None = None) -> Path:
        """Write ``model.npz`` + ``meta.json`` (no pickle) into ``directory``."""
        self._check_fitted()
        wa, wm = export_tfidf(self.word_, "word_")
        ca, cm = export_tfidf(self.char_, "char_")
        arrays = {**wa, **ca, "coef": self.coef_.astype(np.float16), "intercept": self.intercept_,
                  "platt": self.platt_, "platt_cond": self.platt_cond_}
        meta = {**wm, **cm, "version": MODEL_VERSION, "columns": self.columns_, "rule": self.rule_,
                "hyperparameters": {"alpha": self.alpha, "word_features": self.word_features,
                                    "char_features": self.char_features, "inner_folds": self.inner_folds,
                                    "seed": self.seed},
                "n_train": self.n_train_, "oof_scores": self.oof_scores_, **(extra_meta or {})}
        return save_artifact(directory, arrays, meta)

    @classmethod
    def load(cls, directory: str | Path | None = None) -> NarrativeClassifier:
        """Load a saved model (default: the shipped one in ``narrascope/models/narratives``)."""
        from ..models import model_dir

        arrays, meta = load_artifact(directory or model_dir("narratives"))
        model = cls(**meta["hyperparameters"])
        model.word_ = import_tfidf(arrays, meta, "word_")
        model.char_ = import_tfidf(arrays, meta, "char_")
        model.coef_ = arrays["coef"].astype(np.float32)
        model.intercept_ = arrays["intercept"]
        model.platt_ = arrays["platt"]
        if "platt_cond" in arrays:
            model.platt_cond_ = arrays["platt_cond"]
        model.columns_ = list(meta["columns"])
        model.rule_ = meta["rule"]
        model.n_train_ = meta.get("n_train", 0)
        model.oof_scores_ = meta.get("oof_scores", {})
        model.meta_ = meta
        return model


@lru_cache(maxsize=8)
def _plan(columns: tuple[str, ...]) -> dict[str, Any]:
    """Column indices the decision rule needs, computed once per column layout (decide() runs in loops)."""
    tax = load_taxonomy()
    col = {c: j for j, c in enumerate(columns)}
    coarse = [(col[c], c, tax.domain_of(c)) for c in tax.coarse if c != OTHER]
    kids = {c: [(col[f], f) for f in tax.children(c) if not f.endswith(": Other")] for _, c, _ in coarse}
    others = {c: col.get(f"{c}: Other") for _, c, _ in coarse}
    order = {lab: i for i, lab in enumerate(list(tax.coarse) + list(tax.fine))}
    # Every sub-narrative column incl. "<narrative>: Other", per narrative: the fine labels the metric sees.
    fine_all = {c: [col[f] for f in tax.children(c) if f in col] for _, c, _ in coarse}
    return {"col": col, "coarse": coarse, "kids": kids, "others": others, "order": order, "fine_all": fine_all,
            "coarse_idx": np.array([j for j, _, _ in coarse]),
            "fine_idx": np.array(sorted(j for js in fine_all.values() for j in js))}


#: Label sets tried by the expected-F1 choice: the top 1..5 narratives, and under them the best sub-narrative
#: of each plus 0..5 more (the largest gold sets in training have 5 narratives and 7 sub-narratives).
MAX_NARRATIVES, MAX_EXTRA_SUBS = 5, 5
_PMF_CAP = 12  # label-count distributions are truncated here; more labels than this has probability ~0


def _pmf(probs: np.ndarray, start: np.ndarray | None = None) -> np.ndarray:
    """Distribution of the number of true labels among independent labels with ``probs`` (Poisson binomial)."""
    out = np.ones(1) if start is None else start
    for q in probs:
        nxt = np.zeros(min(len(out) + 1, _PMF_CAP))
        m = len(nxt)
        nxt[:min(len(out), m)] += out[:m] * (1 - q)
        nxt[1:m] += out[:m - 1] * q
        out = nxt
    return out


def _expected_f1(r: np.ndarray, chosen: list[int], pool: np.ndarray, background: np.ndarray | None = None) -> float:
    """Expected F1 of predicting the label set ``chosen`` when the gold labels in ``pool`` are independent with
    probabilities ``r``: E[2|S∩Y| / (|S| + |Y|)] summed over the joint distribution of hits and misses.

    ``background`` is the count distribution of further gold labels outside ``pool`` (computed once per
    article for the labels no candidate set contains: the decision is made in a loop).
    """
    inside = np.zeros(len(r), bool)
    inside[chosen] = True
    rest = pool[~inside[pool]]
    hits = _pmf(r[chosen])
    misses = _pmf(r[rest[r[rest] > 0.003]], background)  # labels this unlikely change nothing at 3 decimals
    a = np.arange(len(hits))[:, None]
    b = np.arange(len(misses))[None, :]
    return float((hits[:, None] * misses[None, :] * 2 * a / (len(chosen) + a + b)).sum())


def _with(dist: np.ndarray, q: float) -> np.ndarray:
    """``dist`` (a label-count distribution) after one more independent label with probability ``q``."""
    nxt = np.zeros(min(len(dist) + 1, _PMF_CAP))
    m = len(nxt)
    nxt[:min(len(dist), m)] += dist[:m] * (1 - q)
    nxt[1:m] += dist[:m - 1] * q
    return nxt


def _f1_of(hits: np.ndarray, misses: np.ndarray, size: int) -> float:
    """E[2 hits / (size + hits + misses)] for independent hit and miss counts with these distributions."""
    a = np.arange(len(hits))[:, None]
    return float((hits[:, None] * misses[None, :] * 2 * a / (size + a + np.arange(len(misses))[None, :])).sum())


def _nested_f1(r: np.ndarray, fixed: list[int], ordered: list[int], base: np.ndarray) -> list[float]:
    """Expected F1 of ``fixed + ordered[:m]`` for every m, with ``base`` the count distribution of the gold
    labels outside ``fixed + ordered``: prefix (hits) and suffix (misses) distributions built once."""
    misses = [base]
    for j in reversed(ordered):
        misses.append(_with(misses[-1], r[j]) if r[j] > 0.003 else misses[-1])
    misses.reverse()
    hits = _pmf(r[fixed])
    out = []
    for m in range(len(ordered) + 1):
        out.append(_f1_of(hits, misses[m], len(fixed) + m))
        if m < len(ordered):
            hits = _with(hits, r[ordered[m]])
    return out


def expected_f1_sets(p: np.ndarray, r: np.ndarray, columns: list[str]) -> tuple[list[int], list[int]]:
    """The narrative and sub-narrative column sets with the highest expected coarse + fine F1-samples.

    ``p`` are the calibrated probabilities (they pick the domain), ``r`` the probabilities given that the
    article pushes a narrative. F1-samples rewards each article's set as a whole, so a confident narrative
    alone beats it plus two doubtful ones, and two near-equal ones together beat either alone; thresholds on
    each label separately cannot see that. Candidates: the top-k narratives of the likeliest domain (k =
    1..5), each with its likeliest sub-narrative (hierarchy) plus the next most likely ones under them.
    """
    plan = _plan(tuple(columns))
    domain = max(plan["coarse"], key=lambda t: p[t[0]])[2]
    names = {j: c for j, c, _ in plan["coarse"]}
    cands = sorted((j for j, _, d in plan["coarse"] if d == domain), key=lambda j: -r[j])[:MAX_NARRATIVES]
    kids = [plan["fine_all"][names[c]] for c in cands]

    def outside(pool: np.ndarray, region: list[int]) -> np.ndarray:
        keep = np.ones(len(r), bool)
        keep[region] = False
        rest = pool[keep[pool]]
        return _pmf(r[rest[r[rest] > 0.003]])

    coarse_ef1 = _nested_f1(r, cands[:1], cands[1:], outside(plan["coarse_idx"], cands))[: len(cands)]
    # Fine labels under narratives not chosen are misses too: suffix distributions over the candidates' kids.
    unchosen = [outside(plan["fine_idx"], [j for ks in kids for j in ks])]
    for ks in reversed(kids[1:]):
        dist = unchosen[-1]
        for j in ks:
            dist = _with(dist, r[j]) if r[j] > 0.003 else dist
        unchosen.append(dist)
    unchosen.reverse()
    best: tuple[float, list[int], list[int]] = (-1.0, [], [])
    for k in range(1, len(cands) + 1):
        forced = [max(ks, key=lambda j: r[j]) for ks in kids[:k]]
        more = sorted((j for ks in kids[:k] for j in ks if j not in forced), key=lambda j: -r[j])
        fine_ef1 = _nested_f1(r, forced, more, unchosen[k - 1])[: MAX_EXTRA_SUBS + 1]
        m = int(np.argmax(fine_ef1))
        if coarse_ef1[k - 1] + fine_ef1[m] > best[0]:
            best = (coarse_ef1[k - 1] + fine_ef1[m], cands[:k], forced + more[:m])
    return best[1], best[2]


def decide(p: np.ndarray, columns: list[str], rule: dict[str, Any], lang: str | None,
           probs_cond: np.ndarray | None = None) -> Prediction:
    """Turn one article's calibrated label probabilities into a hierarchy-consistent label set.

    ``Other`` (no narrative) by the tuned thresholds; otherwise, with ``probs_cond`` (probabilities given
    that the article pushes a narrative), the label set with the highest expected F1-samples
    (:func:`expected_f1_sets`), else the per-label thresholds of ``rule``.
    """
    plan = _plan(tuple(columns))
    col = plan["col"]
    p_other = float(p[col[OTHER]])
    candidates = [(float(p[j]), c, d) for j, c, d in plan["coarse"]]
    best, best_label, domain = max(candidates)
    dom_p = {d: float(p[col[f"domain: {d}"]]) for d in ("URW", "CC")}
    t_other = rule["other"].get((lang or "").upper(), rule["other_default"])
    if (p_other >= t_other and p_other > best) or best < rule["floor"]:
        score = round(p_other, 4)
        # The domain outputs are calibrated binary probabilities: "no domain" is the chance of neither.
        return Prediction(OTHER, round(1.0 - max(dom_p.values()), 4), [(OTHER, score)], [(OTHER, score)])
    order = plan["order"]
    if probs_cond is not None:
        cs, fs = expected_f1_sets(p, probs_cond, columns)
        domain = next(d for j, _, d in plan["coarse"] if j == cs[0])
        coarse_out = sorted(((columns[j], round(float(p[j]), 4)) for j in cs), key=lambda t: order[t[0]])
        fine_out = sorted(((columns[j], round(float(p[j]), 4)) for j in fs), key=lambda t: order[t[0]])
        return Prediction(domain, round(dom_p[domain], 4), coarse_out, fine_out)
    chosen = [(s, c) for s, c, d in candidates
              if d == domain and s >= rule["coarse"] and s >= rule["relative"] * best] or [(best, best_label)]
    fine: list[tuple[float, str]] = []
    for _, c in chosen:
        kids = [(float(p[j]), f) for j, f in plan["kids"][c]]
        picked = [(fs, f) for fs, f in kids if fs >= rule["fine"]]
        if not picked:
            j = plan["others"][c]
            # "<narrative>: Other" when the taxonomy has it, else the likeliest sub-narrative.
            picked = [(float(p[j]), f"{c}: Other")] if j is not None else [max(kids)]
        fine.extend(picked)
    coarse_out = sorted(((c, round(s, 4)) for s, c in chosen), key=lambda t: order[t[0]])
    fine_out = sorted(((f, round(s, 4)) for s, f in fine), key=lambda t: order[t[0]])
    return Prediction(domain, round(dom_p[domain], 4), coarse_out, fine_out)


def tune_rule(probs: np.ndarray, columns: list[str], coarse: list[list[str]], fine: list[list[str]],
              langs: list[str]) -> dict[str, Any]:
    """Pick thresholds maximising mean coarse + fine F1-samples on out-of-fold probabilities.

    First the shared thresholds with one ``Other`` threshold for all, then the ``Other`` threshold per
    language (the share of articles with no narrative differs a lot between languages).
    """
    def score(rule: dict[str, Any], idx: np.ndarray) -> float:
        preds = [decide(probs[i], columns, rule, langs[i]) for i in idx]
        return float(f1_samples([coarse[i] for i in idx], [q.coarse_labels for q in preds]).mean()
                     + f1_samples([fine[i] for i in idx], [q.fine_labels for q in preds]).mean())

    everyone = np.arange(len(langs))
    best: tuple[float, dict[str, Any]] | None = None
    for tc, tf, rel, to in itertools.product((0.1, 0.15, 0.2, 0.3), (0.08, 0.1, 0.15, 0.2), (0.3, 0.5, 0.7),
                                             (0.15, 0.25, 0.35)):
        rule = {"coarse": tc, "fine": tf, "relative": rel, "other": {}, "other_default": to, "floor": 0.05}
        s = score(rule, everyone)
        if best is None or s > best[0] + 1e-12:
            best = (s, rule)
    rule = best[1]
    for lang in sorted(set(langs)):
        idx = np.array([i for i, lang_i in enumerate(langs) if lang_i == lang])
        options = [(score({**rule, "other": {lang: t}}, idx), -abs(t - rule["other_default"]), t)
                   for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.45, 0.55)]
        rule["other"][lang] = max(options)[2]
    return rule
