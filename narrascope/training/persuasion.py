"""The paragraph-level persuasion-technique model and ``train_persuasion()``.

:class:`TechniqueModel` follows scikit-learn's contract: the constructor stores hyperparameters, ``fit``
returns ``self``, learned state ends in ``_``, and using it before ``fit`` raises
:class:`~narrascope.errors.NotFittedError`.

Each paragraph is described by TF-IDF word 1-2-grams and char 3-5-grams of its own text, word unigrams
of the neighbouring paragraphs (a paragraph's techniques depend on what surrounds it), and a few
standardised numbers: position, length, punctuation, and how much of its wording recurs elsewhere in the
article (the signal behind ``Repetition``). One linear classifier per technique; per-technique decision
thresholds are tuned for micro-F1 on out-of-fold predictions inside the training data, because the
classes are rare and a single 0 cut-off badly under- or over-predicts most of them.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from ..errors import DataError, NotFittedError
from ..models.textfeatures import export_tfidf, import_tfidf
from .persuasion_data import Paragraph, TechniqueArticle, sentence_line_copy

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_QUOTES = "\"“”«»"
N_NUMERIC = 13


def _tokens(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _grams(tokens: list[str]) -> Counter:
    """Content 1-3-grams: the units whose recurrence across paragraphs signals repetition."""
    g: Counter = Counter()
    for n in (1, 2, 3):
        for i in range(len(tokens) - n + 1):
            gg = tuple(tokens[i:i + n])
            if n == 1 and (gg[0] in ENGLISH_STOP_WORDS or len(gg[0]) < 4):
                continue
            if all(x in ENGLISH_STOP_WORDS for x in gg):
                continue
            g[gg] += 1
    return g


@dataclass
class ParagraphRows:
    """Feature inputs for a batch of paragraphs: own text, neighbour text, raw numeric features."""

    texts: list[str]
    context: list[str]
    numeric: np.ndarray
    article_grams: Counter | None = None  # content 1-3-gram counts of the whole article (one-article rows)


def article_rows(text: str, paragraphs: list[Paragraph]) -> ParagraphRows:
    """Feature inputs for every paragraph of one article (order kept)."""
    ptexts = [text[p.start:p.end] for p in paragraphs]
    grams = [_grams(_tokens(t)) for t in ptexts]
    total: Counter = Counter()
    for g in grams:
        total.update(g)
    title = set(grams[0]) if grams else set()
    ctx, num = [], []
    for i, t in enumerate(ptexts):
        g = grams[i]
        rep = [k for k in g if total[k] - g[k] >= 1]
        numbers = [
            float(i == 0), i / max(1, len(ptexts) - 1), np.log1p(len(t)),
            t.count("!"), t.count("?"), sum(t.count(q) for q in _QUOTES),
            sum(c.isupper() for c in t) / max(1, len(t)),
            np.log1p(sum(1 for k in rep if len(k) == 1)), np.log1p(sum(1 for k in rep if len(k) == 2)),
            np.log1p(sum(1 for k in rep if len(k) == 3)), np.log1p(sum(1 for k in g if g[k] >= 2)),
            np.log1p(max((total[k] for k in g), default=0)), np.log1p(len(set(g) & title) if i else 0),
        ]
        num.append(numbers)
        prev = ptexts[i - 1] if i > 0 else ""
        nxt = ptexts[i + 1] if i + 1 < len(ptexts) else ""
        ctx.append(prev + "\n" + nxt)
    return ParagraphRows(ptexts, ctx, np.asarray(num, dtype=np.float64).reshape(-1, N_NUMERIC), total)


def corpus_rows(articles: list[TechniqueArticle]) -> tuple[ParagraphRows, list[tuple[str, int]]]:
    """Feature inputs for every paragraph of every article, and the ``(article_id, paragraph_no)`` keys."""
    texts, ctx, nums, keys = [], [], [], []
    for a in articles:
        r = article_rows(a.text, a.paragraphs)
        texts += r.texts
        ctx += r.context
        nums.append(r.numeric)
        keys += [(a.id, p.no) for p in a.paragraphs]
    numeric = np.vstack(nums) if nums else np.zeros((0, N_NUMERIC))
    return ParagraphRows(texts, ctx, numeric), keys


def label_matrix(articles: list[TechniqueArticle], techniques: list[str]) -> np.ndarray:
    """0/1 matrix (paragraphs x techniques) of the gold paragraph labels, in :func:`corpus_rows` order."""
    index = {t: j for j, t in enumerate(techniques)}
    rows = []
    for a in articles:
        for p in a.paragraphs:
            y = np.zeros(len(techniques), dtype=np.int8)
            for t in a.labels.get(p.no, []):
                if t in index:
                    y[index[t]] = 1
            rows.append(y)
    return np.vstack(rows) if rows else np.zeros((0, len(techniques)), dtype=np.int8)


def micro_f1_counts(y: np.ndarray, pred: np.ndarray) -> float:
    """Micro-F1 of 0/1 matrices (the official measure when rows are paragraphs)."""
    tp = int((y & pred).sum())
    denom = int(y.sum()) + int(pred.sum())
    return 2 * tp / denom if denom else 1.0


def tune_thresholds(y: np.ndarray, scores: np.ndarray, rounds: int = 2) -> np.ndarray:
    """Per-column thresholds maximising the global micro-F1 (coordinate ascent over score quantiles)."""
    th = np.zeros(y.shape[1])
    pred = (scores >= th).astype(np.int8)
    for _ in range(rounds):
        for j in range(y.shape[1]):
            col = scores[:, j]
            grid = np.unique(np.quantile(col, np.linspace(0.5, 0.999, 60)))
            best_f, best_t = -1.0, th[j]
            for g in np.append(grid, col.max() + 1.0):  # the last option turns the technique off
                pred[:, j] = col >= g
                f = micro_f1_counts(y, pred)
                if f > best_f:
                    best_f, best_t = f, g
            th[j] = best_t
            pred[:, j] = col >= best_t
    return th


class TechniqueModel:
    """Multi-label paragraph classifier over persuasion techniques (linear, one per technique).

    Hyperparameters: ``C`` (inverse L2 strength of the logistic models), ``char_features`` (cap on char
    n-grams, 0 disables them), ``context_weight`` (scale of the neighbour-paragraph block), ``max_iter``,
    ``inner_folds`` (folds used to tune thresholds out-of-fold; 0 keeps 0 as every threshold),
    ``short_len`` (lines shorter than this many characters use the short-line thresholds, tuned on
    out-of-fold scores of sentence-line copies of the training articles; 0 disables the rule; off by default
    because it lowered fold-0 CV on both paragraphs and sentence lines), ``sentence_lines`` (train on
    sentence-line copies of the articles as well as their paragraphs, see :func:`train_persuasion`), ``seed``.
    """

    def __init__(self, C: float = 0.5, char_features: int = 50000, context_weight: float = 0.5,
                 max_iter: int = 1000, inner_folds: int = 3, short_len: int = 0,
                 sentence_lines: bool = True, seed: int = 0):
        self.C = C
        self.char_features = char_features
        self.context_weight = context_weight
        self.max_iter = max_iter
        self.inner_folds = inner_folds
        self.short_len = short_len
        self.sentence_lines = sentence_lines
        self.seed = seed

    # -- fitting -----------------------------------------------------------------------------------------
    def _fit_vectorizers(self, rows: ParagraphRows) -> None:
        self.word_ = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32)
        self.word_.fit(rows.texts)
        self.context_ = TfidfVectorizer(min_df=2, sublinear_tf=True, dtype=np.float32).fit(rows.texts)
        self.char_ = None
        if self.char_features:
            self.char_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                                         max_features=self.char_features, dtype=np.float32).fit(rows.texts)
        self.num_mean_ = rows.numeric.mean(0)
        self.num_std_ = rows.numeric.std(0) + 1e-9

    def _features(self, rows: ParagraphRows) -> sp.csr_matrix:
        parts = [self.word_.transform(rows.texts)]
        if self.char_ is not None:
            parts.append(self.char_.transform(rows.texts))
        if self.context_weight:
            parts.append(self.context_.transform(rows.context) * self.context_weight)
        # Small scale: the numeric block should nudge, not dominate, the sparse text features.
        parts.append(sp.csr_matrix(((rows.numeric - self.num_mean_) / self.num_std_ * 0.3).astype(np.float32)))
        return sp.hstack(parts, format="csr", dtype=np.float32)

    def _fit_linear(self, x: sp.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        coef = np.zeros((y.shape[1], x.shape[1]), dtype=np.float32)
        bias = np.full(y.shape[1], -10.0, dtype=np.float32)  # a technique never seen is never predicted
        for j in range(y.shape[1]):
            if y[:, j].sum() < 2:
                continue
            # Dual liblinear: far faster than the primal here (many more features than paragraphs);
            # balanced weights because most techniques label under 3% of paragraphs.
            clf = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", dual=True,
                                     max_iter=self.max_iter, random_state=self.seed)
            clf.fit(x, y[:, j])
            coef[j], bias[j] = clf.coef_[0], clf.intercept_[0]
        return coef, bias

    def fit(self, rows: ParagraphRows, y: np.ndarray, techniques: list[str],
            groups: np.ndarray | None = None,
            short: tuple[ParagraphRows, np.ndarray, np.ndarray] | None = None) -> "TechniqueModel":
        """Learn from paragraph rows and the 0/1 label matrix ``y``; ``groups`` (article ids) drive the inner
        folds that tune thresholds. ``short`` = (rows, labels, article ids) of sentence-line copies of the same
        articles: used only to tune the short-line thresholds (when ``short_len`` > 0). Returns ``self``."""
        y = np.asarray(y, dtype=np.int8)
        if len(rows.texts) == 0 or y.shape != (len(rows.texts), len(techniques)):
            raise DataError(f"need one label row per paragraph and one column per technique; got {y.shape} for "
                            f"{len(rows.texts)} paragraphs and {len(techniques)} techniques")
        if y.sum() == 0:
            raise DataError("the training data has no technique labels at all; check the label files")
        self.techniques_ = list(techniques)
        self._fit_vectorizers(rows)
        x = self._features(rows)
        self.coef_, self.intercept_ = self._fit_linear(x, y)
        self.thresholds_ = np.zeros(len(techniques))
        self.thresholds_short_ = self.thresholds_
        use_short = bool(self.short_len) and short is not None and len(short[0].texts) > 0
        if self.inner_folds and groups is not None:
            oof = np.zeros(y.shape)
            uniq = sorted(set(groups))
            rng = np.random.RandomState(self.seed)
            order = rng.permutation(len(uniq))
            fold_of = {uniq[i]: n % self.inner_folds for n, i in enumerate(order)}
            folds = np.array([fold_of[g] for g in groups])
            if use_short:
                xs, ys = self._features(short[0]), np.asarray(short[1], dtype=np.int8)
                sfolds = np.array([fold_of.get(g, -1) for g in short[2]])
                oof_s = np.zeros(ys.shape)
            for k in range(self.inner_folds):
                # Vectorizers stay those of the full fit: idf leakage is negligible next to label leakage.
                tr, te = folds != k, folds == k
                c, b = self._fit_linear(x[tr], y[tr])
                oof[te] = x[te] @ c.T + b
                if use_short:
                    # Same inner models, scored on the sentence lines of the held-out articles.
                    oof_s[sfolds == k] = xs[sfolds == k] @ c.T + b
            self.thresholds_ = tune_thresholds(y, oof)
            if use_short:
                # Sentence-length lines score lower than paragraphs (less text, fewer n-grams), so the
                # paragraph cut-offs miss most of their techniques; tune a second set on short lines only.
                keep = np.array([len(t) < self.short_len for t in short[0].texts])
                self.thresholds_short_ = tune_thresholds(ys[keep], oof_s[keep]) if keep.any() else self.thresholds_
        return self

    # -- prediction --------------------------------------------------------------------------------------
    def _check(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("this TechniqueModel is not fitted; call fit() or load a trained artifact "
                                 "(narrascope train persuasion)")

    def decision_function(self, rows: ParagraphRows) -> np.ndarray:
        """Margins (paragraphs x techniques) relative to each technique's tuned threshold: > 0 means present."""
        self._check()
        if not rows.texts:
            return np.zeros((0, len(self.techniques_)))
        x = self._features(rows)
        th = np.tile(self.thresholds_, (len(rows.texts), 1))
        if self.short_len:
            # The short-line rule: by line length, so paragraph-length lines keep the paragraph thresholds.
            short = np.array([len(t) < self.short_len for t in rows.texts])
            th[short] = self.thresholds_short_
        return np.asarray(x @ self._coef_t()) + self.intercept_ - th

    def _coef_t(self) -> np.ndarray:
        # A contiguous transpose, made once: scipy would otherwise copy coef_.T on every call.
        if getattr(self, "_coef_t_src", None) is not self.coef_:
            self._coef_t_cache, self._coef_t_src = np.ascontiguousarray(self.coef_.T), self.coef_
        return self._coef_t_cache

    def predict_proba(self, rows: ParagraphRows) -> np.ndarray:
        """Scores in [0, 1]; 0.5 is each technique's decision threshold."""
        return expit(self.decision_function(rows))

    def predict(self, rows: ParagraphRows) -> np.ndarray:
        """0/1 matrix (paragraphs x techniques)."""
        return (self.decision_function(rows) > 0).astype(np.int8)

    # -- artifacts ---------------------------------------------------------------------------------------
    def to_artifact(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """``(arrays, meta)`` for :func:`~narrascope.models.save_artifact` (no pickle)."""
        self._check()
        arrays = {"coef": self.coef_.astype(np.float32), "intercept": self.intercept_.astype(np.float32),
                  "thresholds": self.thresholds_.astype(np.float64),
                  "thresholds_short": self.thresholds_short_.astype(np.float64), "num_mean": self.num_mean_,
                  "num_std": self.num_std_}
        meta: dict[str, Any] = {"techniques": self.techniques_, "params": self.get_params()}
        for prefix, vec in (("word_", self.word_), ("context_", self.context_), ("char_", self.char_)):
            if vec is not None:
                a, m = export_tfidf(vec, prefix)
                arrays.update(a)
                meta.update(m)
        return arrays, meta

    @classmethod
    def from_artifact(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> "TechniqueModel":
        """Rebuild a fitted model from :meth:`to_artifact` output."""
        model = cls(**meta["params"])
        model.techniques_ = list(meta["techniques"])
        model.coef_, model.intercept_ = arrays["coef"], arrays["intercept"]
        model.thresholds_, model.num_mean_, model.num_std_ = arrays["thresholds"], arrays["num_mean"], arrays["num_std"]
        model.thresholds_short_ = arrays["thresholds_short"] if "thresholds_short" in arrays else model.thresholds_
        model.word_ = import_tfidf(arrays, meta, "word_")
        model.context_ = import_tfidf(arrays, meta, "context_")
        model.char_ = import_tfidf(arrays, meta, "char_") if "char_params" in meta else None
        return model

    def get_params(self) -> dict[str, Any]:
        """Hyperparameters, as given to the constructor."""
        return {"C": self.C, "char_features": self.char_features, "context_weight": self.context_weight,
                "max_iter": self.max_iter, "inner_folds": self.inner_folds, "short_len": self.short_len,
                "sentence_lines": self.sentence_lines, "seed": self.seed}


# -- lexicons and training entry points ----------------------------------------------------------------------
def build_lexicon(articles: list[TechniqueArticle], techniques: list[str], min_count: int = 3,
                  min_precision: float = 0.3, min_articles: int = 2, top: int = 400) -> dict[str, list[list]]:
    """Per technique, the 1-3-word phrases that most often sit inside its annotated spans.

    A phrase's score is its precision: occurrences inside a span of the technique / all occurrences in the
    corpus. Used at inference to point at the exact words behind a paragraph-level decision.
    """
    inside: dict[str, Counter] = {t: Counter() for t in techniques}
    docs: dict[str, dict[str, set]] = {t: {} for t in techniques}
    total: Counter = Counter()
    for a in articles:
        for p in a.paragraphs:
            toks = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(a.text, p.start, p.end)]
            local = [s for s in a.spans if s[1] < p.end and p.start < s[2] and s[0] in inside]
            for n in (1, 2, 3):
                for i in range(len(toks) - n + 1):
                    phrase = " ".join(t[0] for t in toks[i:i + n])
                    if n == 1 and (phrase in ENGLISH_STOP_WORDS or len(phrase) < 3):
                        continue
                    total[phrase] += 1
                    s, e = toks[i][1], toks[i + n - 1][2]
                    for tech in {sp_[0] for sp_ in local if sp_[1] <= s and e <= sp_[2]}:
                        inside[tech][phrase] += 1
                        docs[tech].setdefault(phrase, set()).add(a.id)
    lex = {}
    for tech, counts in inside.items():
        # Two articles at least: a phrase repeated inside one article is that article's topic, not a technique.
        entries = [(ph, c / total[ph], c) for ph, c in counts.items()
                   if c >= min_count and len(docs[tech][ph]) >= min_articles and c / total[ph] >= min_precision]
        entries.sort(key=lambda e: (-e[1] * np.log1p(e[2]), e[0]))
        lex[tech] = [[ph, round(float(prec), 4)] for ph, prec, _ in entries[:top]]
    return lex


def add_ptc_labels(articles: list[TechniqueArticle], ptc_spans: dict[str, list[tuple[str, int, int]]]) -> int:
    """Add PTC spans (already mapped to our ids) to the matching articles' spans and paragraph labels.

    Returns the number of (paragraph, technique) labels that were new.
    """
    added = 0
    for a in articles:
        for tech, s, e in ptc_spans.get(a.id, []):
            for p in a.paragraphs:
                if s < p.end and p.start < e:
                    labs = a.labels.setdefault(p.no, [])
                    if tech not in labs:
                        labs.append(tech)
                        added += 1
            a.spans.append((tech, s, e))
    return added


def train_persuasion(articles: list[TechniqueArticle], techniques: list[str],
                     model: TechniqueModel | None = None) -> tuple[TechniqueModel, dict[str, list[list]], float]:
    """Fit the paragraph model and the span lexicons on ``articles``; returns (model, lexicon, seconds).

    With ``model.sentence_lines`` (default) the model also learns from sentence-line copies of the articles
    (one sentence per line, labels from overlapping spans): the official dev template has sentence-length
    lines, and on CV fold 0 this raised micro-F1 on sentence lines 0.286 -> 0.320 and on paragraphs
    0.372 -> 0.390. Copies keep their article id, so inner threshold folds stay grouped by article.
    """
    t0 = time.perf_counter()
    model = model or TechniqueModel()
    lexicon_articles = articles
    if model.sentence_lines:
        articles = articles + [sentence_line_copy(a) for a in articles]
    rows, keys = corpus_rows(articles)
    y = label_matrix(articles, techniques)
    short = None
    if model.short_len:
        copies = [sentence_line_copy(a) for a in lexicon_articles]
        srows, skeys = corpus_rows(copies)
        short = (srows, label_matrix(copies, techniques), np.array([k[0] for k in skeys]))
    model = model.fit(rows, y, techniques, groups=np.array([k[0] for k in keys]), short=short)
    lexicon = build_lexicon(lexicon_articles, techniques)
    return model, lexicon, time.perf_counter() - t0


def save_persuasion(directory: str | Path, model: TechniqueModel, lexicon: dict[str, list[list]],
                    extra_meta: dict[str, Any]) -> Path:
    """Write the model + lexicon as an npz/JSON artifact (see :func:`~narrascope.models.save_artifact`)."""
    from ..models import save_artifact

    arrays, meta = model.to_artifact()
    meta.update({"lexicon": lexicon, **extra_meta})
    return save_artifact(directory, arrays, meta)
