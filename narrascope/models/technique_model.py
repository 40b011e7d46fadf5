"""The paragraph-level persuasion-technique model (training lives in :mod:`narrascope.training.persuasion`).

:class:`TechniqueModel` follows scikit-learn's contract: the constructor stores hyperparameters, ``fit``
returns ``self``, learned state ends in ``_``, and using it before ``fit`` raises
:class:`~narrascope.errors.NotFittedError`.

Each paragraph is described by TF-IDF word 1-2-grams and char 3-5-grams of its own text, word unigrams
of the neighbouring paragraphs (a paragraph's techniques depend on what surrounds it), and a few
standardised numbers: position, length, punctuation, and how much of its wording recurs elsewhere in the
article (the signal behind ``Repetition``). English models (since persuasion v3.4) also get a meaning block: the
paragraph's TF-IDF unigram row times static MiniLM vectors of those words (:mod:`.static_vectors`), so a new
topic's loaded words count by what they mean. One linear classifier per technique; per-technique decision
thresholds are tuned for micro-F1 on out-of-fold predictions inside the training data, because the
classes are rare and a single 0 cut-off badly under- or over-predicts most of them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from ..errors import DataError, NotFittedError
from ..metrics import micro_f1_counts
from .span_rules import MARKS
from .span_tagger import STRUCTURAL_PATTERNS, patterns, stop_words
from .static_vectors import dequantise_rows, quantise_rows, word_vectors
from .textfeatures import export_tfidf, import_tfidf

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Other languages: any letters (combining marks included, so Devanagari words stay whole).
_WORD_ANY = re.compile(rf"[^\W\d_][\w{MARKS}'’-]+")
_QUOTES = "\"“”«»"
N_NUMERIC = 13 + 6  # 13 numbers + the structural sentence patterns of the span tagger


def _tokens(s: str, language: str = "en") -> list[str]:
    return [w.lower() for w in (_WORD if language in (None, "en") else _WORD_ANY).findall(s)]


def _grams(tokens: list[str], language: str = "en") -> Counter:
    """Content 1-3-grams: the units whose recurrence across paragraphs signals repetition."""
    stop = stop_words(language)
    # each word's stop test once (not once per gram it is in); the grams are counted in the same order as one
    # loop per length would (all 1-grams, then 2-grams, then 3-grams), so the Counter's keys keep their order
    is_stop = [t in stop for t in tokens]
    g: Counter = Counter()
    for t, s in zip(tokens, is_stop):
        if not s and len(t) >= 4:
            g[(t,)] += 1
    for i in range(len(tokens) - 1):
        if not (is_stop[i] and is_stop[i + 1]):
            g[(tokens[i], tokens[i + 1])] += 1
    for i in range(len(tokens) - 2):
        if not (is_stop[i] and is_stop[i + 1] and is_stop[i + 2]):
            g[(tokens[i], tokens[i + 1], tokens[i + 2])] += 1
    return g


@dataclass(frozen=True)
class Paragraph:
    """A non-blank line of an article: official 1-based line number and ``text[start:end]`` offsets."""

    no: int
    start: int
    end: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text`` as the SemEval scorer numbers them (one per non-blank line)."""
    out, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        body = line.rstrip("\r")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append(Paragraph(i + 1, pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


@dataclass
class ParagraphRows:
    """Feature inputs for a batch of paragraphs: own text, neighbour text, raw numeric features."""

    texts: list[str]
    context: list[str]
    numeric: np.ndarray
    article_grams: Counter | None = None  # content 1-3-gram counts of the whole article (one-article rows)


def article_rows(text: str, paragraphs: list[Paragraph], language: str = "en") -> ParagraphRows:
    """Feature inputs for every paragraph of one article (order kept)."""
    ptexts = [text[p.start:p.end] for p in paragraphs]
    grams = [_grams(_tokens(t, language), language) for t in ptexts]
    total: Counter = Counter()
    for g in grams:
        total.update(g)
    title = set(grams[0]) if grams else set()
    struct = patterns(language)
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
        ] + [float(len(struct[q].findall(t))) for q in STRUCTURAL_PATTERNS]
        num.append(numbers)
        prev = ptexts[i - 1] if i > 0 else ""
        nxt = ptexts[i + 1] if i + 1 < len(ptexts) else ""
        ctx.append(prev + "\n" + nxt)
    return ParagraphRows(ptexts, ctx, np.asarray(num, dtype=np.float64).reshape(-1, N_NUMERIC), total)


def _quantile_grid(col: np.ndarray) -> np.ndarray:
    """Candidate cut-offs of one score column; the last one turns the technique off."""
    return np.append(np.unique(np.quantile(col, np.linspace(0.5, 0.999, 60))), col.max() + 1.0)


def _ascent(y: np.ndarray, scores: np.ndarray, rounds: int, weight: np.ndarray) -> np.ndarray:
    """Coordinate ascent of micro-F1 + ``weight[j]`` x column j's own F1 while column j is tuned."""
    th = np.zeros(y.shape[1])
    pred = (scores >= th).astype(np.int8)
    for _ in range(rounds):
        for j in range(y.shape[1]):
            col = scores[:, j]
            best_f, best_t = -1.0, th[j]
            for g in _quantile_grid(col):
                pred[:, j] = col >= g
                f = micro_f1_counts(y, pred)
                if weight[j]:
                    f += weight[j] * micro_f1_counts(y[:, j], pred[:, j])
                if f > best_f:
                    best_f, best_t = f, g
            th[j] = best_t
            pred[:, j] = col >= best_t
    return th


def heldout_column_f1(y: np.ndarray, scores: np.ndarray, th: np.ndarray, j: int, weight: float,
                      folds: np.ndarray) -> float:
    """F1 of column ``j`` when its cut-off is chosen without the rows it is scored on.

    For each fold, column j's cut-off is re-chosen on the other folds (same objective as :func:`_ascent`,
    the other columns fixed at ``th``) and applied to the fold; the counts are pooled. An F1 measured at the
    cut-off picked on the same rows is optimistic for a technique with a few dozen positives (the best of 60
    cut-offs on noise still looks good); this one is not.
    """
    tp = fp = fn = 0
    for k in np.unique(folds):
        tr, te = folds != k, folds == k
        ytr, col = y[tr], scores[tr, j]
        pred = (scores[tr] >= th).astype(np.int8)
        best_f, best_t = -1.0, col.max() + 1.0
        for g in _quantile_grid(col):
            pred[:, j] = col >= g
            f = micro_f1_counts(ytr, pred) + weight * micro_f1_counts(ytr[:, j], pred[:, j])
            if f > best_f:
                best_f, best_t = f, g
        hit = scores[te, j] >= best_t
        tp += int((hit & (y[te, j] == 1)).sum())
        fp += int((hit & (y[te, j] == 0)).sum())
        fn += int((~hit & (y[te, j] == 1)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def tune_thresholds(y: np.ndarray, scores: np.ndarray, rounds: int = 2, bonus: float = 0.0,
                    rare_share: float = 0.01, folds: np.ndarray | None = None, floor: float = 0.0,
                    report: dict | None = None) -> np.ndarray:
    """Per-column thresholds maximising the global micro-F1 (coordinate ascent over score quantiles).

    ``bonus`` > 0 adds ``bonus`` x the column's own F1 to the objective while a rare column (positive in under
    ``rare_share`` of the rows) is tuned: micro-F1 alone switches a rare technique off whenever its precision
    is below the average (a threshold that never fires, F1 0); the bonus keeps it on at the cut-off that
    serves it best, at a small cost in micro-F1. Frequent columns keep the pure micro-F1 objective.

    The bonus only pays when the technique is actually found: with ``floor`` > 0 and ``folds`` (a group
    number per row), a rare column keeps its bonus only if its held-out F1 (:func:`heldout_column_f1`)
    reaches ``floor``; otherwise it is tuned for plain micro-F1 (which usually turns it off). Without
    this check a technique the model cannot find (Red_Herring, F1 0.03 in CV) was switched on and flagged
    in a quarter of new articles. ``report`` (a dict) receives ``{column: held-out F1}`` of the checked columns.
    """
    rare = y.sum(0) < rare_share * len(y)
    weight = np.where(rare, bonus, 0.0)
    th = _ascent(y, scores, rounds, weight)
    if bonus and floor and folds is not None:
        checked = {}
        for j in np.flatnonzero(weight):
            checked[int(j)] = heldout_column_f1(y, scores, th, int(j), bonus, np.asarray(folds))
            if checked[j] < floor:
                weight[j] = 0.0
        if report is not None:
            report.update(checked)
        if not weight[rare].all():
            th = _ascent(y, scores, rounds, weight)
    return th


def topic_inner_folds(texts: list[str], groups: np.ndarray, k: int, topics: int, seed: int = 0) -> dict:
    """Inner folds made of whole topics: the articles (``groups``, rows of ``texts``) are clustered into ``topics``
    topics dealt to the ``k`` folds (:func:`~narrascope.models.textfeatures.topic_folds`). A score out of such a fold
    is a score on a topic the inner model did not train on, as new articles are; thresholds tuned on it expect the
    lower scores a new topic gets."""
    from .textfeatures import topic_folds

    uniq = sorted(set(groups))
    index = {g: i for i, g in enumerate(uniq)}
    docs: list[list[str]] = [[] for _ in uniq]
    for text, g in zip(texts, groups):
        docs[index[g]].append(text)
    return topic_folds(uniq, [" ".join(d) for d in docs], k, topics, seed)


class TechniqueModel(BaseEstimator):
    """Multi-label paragraph classifier over persuasion techniques (linear, one per technique).

    Hyperparameters: ``C`` (inverse L2 strength of the logistic models), ``char_features`` (cap on char
    n-grams, 0 disables them), ``context_weight`` (scale of the neighbour-paragraph block), ``max_iter``,
    ``inner_folds`` (folds used to tune thresholds out-of-fold; 0 keeps 0 as every threshold),
    ``short_len`` (lines shorter than this many characters use the short-line thresholds, tuned on
    out-of-fold scores of sentence-line copies of the training articles; 0 disables the rule; off by default
    because it lowered fold-0 CV on both paragraphs and sentence lines), ``sentence_lines`` (train on
    sentence-line copies of the articles as well as their paragraphs, see :func:`train_persuasion`), ``tol``
    (stopping tolerance of the liblinear solver), ``seed``, ``inner_topics`` (0, shipped: the inner folds are
    articles dealt at random; N: N topic clusters dealt to the inner folds, :func:`topic_inner_folds`, so every
    threshold is tuned on new-topic scores; tried in stop 48 on two left-out topics, not adopted: persuasion
    model card), ``static_weight`` (0: off; w: a 256-number meaning block per paragraph, the unit-length
    TF-IDF-weighted mean of its words' static MiniLM vectors times w; the fitted model keeps its words' vectors
    as ``static_`` and stores them int8 in the artifact; English default 1.0 since v3.4).
    """

    def __init__(self, C: float = 0.5, char_features: int = 50000, context_weight: float = 0.5,
                 max_iter: int = 1000, inner_folds: int = 3, short_len: int = 0,
                 sentence_lines: bool = True, tol: float = 1e-2, seed: int = 0, inner_topics: int = 0,
                 static_weight: float = 0.0, static_unseen: float = 0.0):
        self.C = C
        self.static_unseen = static_unseen
        self.static_weight = static_weight
        self.inner_topics = inner_topics
        self.tol = tol
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
        self.static_cols_, self.static_ = None, None
        if self.static_weight:
            # Meaning block (stop 49): the vectors of the word vectorizer's single words, as stored in the artifact.
            names = self.word_.get_feature_names_out()
            self.static_cols_ = np.array([i for i, n in enumerate(names) if " " not in n], dtype=np.int64)
            self.static_ = dequantise_rows(*quantise_rows(word_vectors([names[i] for i in self.static_cols_])))

    def _features(self, rows: ParagraphRows) -> sp.csr_matrix:
        parts = [self.word_.transform(rows.texts)]
        if self.static_ is not None:
            # A paragraph's meaning: the TF-IDF-weighted mean of its words' static vectors, unit length x weight.
            if self.static_unseen:
                e = self._meaning_all_words(rows.texts)
            else:
                e = np.asarray(parts[0][:, self.static_cols_] @ self.static_, dtype=np.float32)
            e /= np.linalg.norm(e, axis=1, keepdims=True) + 1e-9
            parts.append(sp.csr_matrix(e * np.float32(self.static_weight)))
        if self.char_ is not None:
            parts.append(self.char_.transform(rows.texts))
        if self.context_weight:
            parts.append(self.context_.transform(rows.context) * self.context_weight)
        # Small scale: the numeric block should nudge, not dominate, the sparse text features.
        parts.append(sp.csr_matrix(((rows.numeric - self.num_mean_) / self.num_std_ * 0.3).astype(np.float32)))
        return sp.hstack(parts, format="csr", dtype=np.float32)

    def _meaning_all_words(self, texts: list[str]) -> np.ndarray:
        """The meaning block's sum over every word of the text: words of the vocabulary with their TF-IDF weight
        (the same direction as the row product), words it lacks with ``static_unseen`` x the largest idf."""
        analyse = self.word_.build_analyzer()
        vocab = self.word_.vocabulary_
        if getattr(self, "_static_row_src", None) is not self.static_:
            self._static_row = {int(c): k for k, c in enumerate(self.static_cols_)}
            self._static_row_src = self.static_
        idf = self.word_.idf_
        w_unseen = float(idf.max()) * self.static_unseen
        out = np.zeros((len(texts), self.static_.shape[1]), dtype=np.float32)
        for i, text in enumerate(texts):
            tf = Counter(t for t in analyse(text) if " " not in t)
            if not tf:
                continue
            seen, unseen, ws, wu = [], [], [], []
            for word, n in tf.items():
                c = vocab.get(word)
                if c is not None and c in self._static_row:
                    seen.append(self._static_row[c])
                    ws.append((1 + np.log(n)) * idf[c])
                else:
                    unseen.append(word)
                    wu.append((1 + np.log(n)) * w_unseen)
            # Weighted sums written out, not as BLAS products: a product this small gains nothing from threads, and
            # OpenBLAS's threads spin after every threaded call (a third more CPU per analysed article, no faster).
            if seen:
                out[i] += (self.static_[seen] * np.asarray(ws, dtype=np.float32)[:, None]).sum(0)
            if unseen:
                out[i] += (word_vectors(unseen) * np.asarray(wu, dtype=np.float32)[:, None]).sum(0)
        return out

    def _fit_linear(self, x: sp.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        coef = np.zeros((y.shape[1], x.shape[1]), dtype=np.float32)
        bias = np.full(y.shape[1], -10.0, dtype=np.float32)  # a technique never seen is never predicted
        for j in range(y.shape[1]):
            if y[:, j].sum() < 2:
                continue
            # Primal liblinear (trust-region Newton) stopped at tol=1e-2: 4-6 Newton steps, scores within 1e-2
            # of the fully converged dual solution and 40-70% less time (measured on 24k rows x 175k features);
            # balanced weights because most techniques label under 3% of paragraphs.
            clf = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", dual=False,
                                     tol=self.tol, max_iter=self.max_iter, random_state=self.seed)
            clf.fit(x, y[:, j])
            coef[j], bias[j] = clf.coef_[0], clf.intercept_[0]
        return coef, bias

    def fit(self, rows: ParagraphRows, y: np.ndarray, techniques: list[str],
            groups: np.ndarray | None = None,
            short: tuple[ParagraphRows, np.ndarray, np.ndarray] | None = None) -> TechniqueModel:
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
            if self.inner_topics and len(uniq) >= 2 * self.inner_topics:
                fold_of = topic_inner_folds(rows.texts, groups, self.inner_folds, self.inner_topics, self.seed)
            else:
                rng = np.random.RandomState(self.seed)
                order = rng.permutation(len(uniq))
                fold_of = {uniq[i]: n % self.inner_folds for n, i in enumerate(order)}
            folds = np.array([fold_of[g] for g in groups])
            # Kept in memory (not in the artifact) for the combiner of PersuasionModel, which reuses the folds.
            self.fold_of_, self.oof_ = fold_of, oof
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

    def raw_margins(self, rows: ParagraphRows) -> np.ndarray:
        """Linear scores (paragraphs x techniques) before the thresholds: the combiner's input."""
        self._check()
        if not rows.texts:
            return np.zeros((0, len(self.techniques_)))
        return np.asarray(self._features(rows) @ self._coef_t()) + self.intercept_

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
        arrays = {"coef": self.coef_.astype(np.float16), "intercept": self.intercept_.astype(np.float32),
                  "thresholds": self.thresholds_.astype(np.float64),
                  "thresholds_short": self.thresholds_short_.astype(np.float64), "num_mean": self.num_mean_,
                  "num_std": self.num_std_}
        if self.static_ is not None:
            arrays["static_cols"] = self.static_cols_
            arrays["static_q"], arrays["static_scale"] = quantise_rows(self.static_)
        meta: dict[str, Any] = {"techniques": self.techniques_, "params": self.get_params()}
        for prefix, vec in (("word_", self.word_), ("context_", self.context_), ("char_", self.char_)):
            if vec is not None:
                a, m = export_tfidf(vec, prefix)
                arrays.update(a)
                meta.update(m)
        return arrays, meta

    @classmethod
    def from_artifact(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> TechniqueModel:
        """Rebuild a fitted model from :meth:`to_artifact` output."""
        model = cls(**meta["params"])
        model.techniques_ = list(meta["techniques"])
        # float16 in the shipped artifact (half the size); computed in float32.
        model.coef_, model.intercept_ = arrays["coef"].astype(np.float32), arrays["intercept"]
        model.thresholds_, model.num_mean_, model.num_std_ = arrays["thresholds"], arrays["num_mean"], arrays["num_std"]
        model.thresholds_short_ = arrays.get("thresholds_short", model.thresholds_)
        model.word_ = import_tfidf(arrays, meta, "word_")
        model.context_ = import_tfidf(arrays, meta, "context_")
        model.char_ = import_tfidf(arrays, meta, "char_") if "char_params" in meta else None
        model.static_cols_, model.static_ = None, None
        if "static_q" in arrays:
            model.static_cols_ = arrays["static_cols"]
            model.static_ = dequantise_rows(arrays["static_q"], arrays["static_scale"])
        return model


# -- lexicons and training entry points ----------------------------------------------------------------------
