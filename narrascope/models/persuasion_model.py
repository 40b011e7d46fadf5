"""The persuasion model: paragraph classifier + span tagger, combined per technique by a small stacker.

:class:`PersuasionModel` holds a :class:`~narrascope.models.technique_model.TechniqueModel` (paragraph
decisions from TF-IDF features), a :class:`~narrascope.models.span_tagger.SpanTagger` (token scores and
spans) and, per technique, a logistic combiner over six numbers of a paragraph: the paragraph model's
margin, the tagger's best token score in the paragraph (logit), both averaged over the article (an article
that uses a technique tends to use it again), the tagger's best "any technique" score and the paragraph's
length. The combiner is
fitted on out-of-fold scores of both models (inner folds grouped by article) and its thresholds are tuned for
micro-F1 on those, over paragraphs and sentence-line copies together.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, clone
from sklearn.linear_model import LogisticRegression

from ..errors import NotFittedError
from .span_rules import clean_span
from .span_tagger import CLAUSE_TECHNIQUES, SpanTagger, TokenTable, _content, _trim
from .technique_model import TechniqueModel, article_rows, tune_thresholds

N_STACK = 6


@dataclass
class Hit:
    """A technique span: technique index, character offsets, score, the token that scored highest, and
    whether it is a fallback (evidence for a paragraph decision, not a span the tagger found itself)."""

    technique: int
    start: int
    end: int
    score: float
    best_token: int
    fallback: bool
    shown: bool = True


@dataclass
class ArticlePrediction:
    """:meth:`PersuasionModel.predict_article`: per paragraph {technique index: score}, the spans, and the
    token table and token scores they came from (for cues); ``shown``: per paragraph, the techniques whose
    score clears the display-precision cut-off (the rest are kept for exports and ``--all``)."""

    labels: list[dict[int, float]]
    spans: list[Hit]
    table: TokenTable
    probs: np.ndarray
    shown: list[set[int]] | None = None


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def row_token_max(table: TokenTable, bounds: list[tuple[int, int]], probs: np.ndarray) -> np.ndarray:
    """Best token score per row (rows x columns) for rows given as (start, end) character ranges."""
    out = np.zeros((len(bounds), probs.shape[1]), dtype=np.float64)
    if not len(table.starts):
        return out
    for i, (s, e) in enumerate(bounds):
        a, b = np.searchsorted(table.starts, s), np.searchsorted(table.starts, e)
        if b > a:
            out[i] = probs[a:b].max(0)
    return out


def stack_features(margins: np.ndarray, token_max: np.ndarray, article: np.ndarray, lengths: np.ndarray
                   ) -> np.ndarray:
    """Combiner inputs (rows x techniques x N_STACK); ``article`` numbers the rows' articles, ``lengths`` are
    their characters (a sentence-length line holds fewer cues than a paragraph: the combiner learns how much
    to lower its bar)."""
    tl = _logit(token_max)
    n, t = margins.shape
    mean_m, mean_t = np.zeros_like(margins), np.zeros((n, t))
    for g in np.unique(article):
        m = article == g
        mean_m[m] = margins[m].mean(0)
        mean_t[m] = tl[m, :t].mean(0)
    size = np.repeat(np.log1p(np.asarray(lengths, dtype=np.float64))[:, None] / 6, t, axis=1)
    return np.stack([margins, tl[:, :t], mean_m, mean_t, np.repeat(tl[:, -1:], t, axis=1), size], axis=2)


class PersuasionModel(BaseEstimator):
    """Paragraph techniques and technique spans of an article (see the module docstring).

    Hyperparameters: ``paragraph`` (an unfitted :class:`TechniqueModel` to train; default, ``None``: word n-grams
    only, no char n-grams, ``inner_folds`` and ``seed`` of this model), ``tagger`` (an unfitted
    :class:`SpanTagger`; default, ``None``: ``SpanTagger(seed=seed)``), ``inner_folds`` (folds for out-of-fold
    scores), ``C`` (combiner's inverse L2), ``labels_from_spans`` (a paragraph also takes the techniques of the
    spans inside it), ``fallback_spans`` (a paragraph decision no span supports gets one around its best token),
    ``rare_bonus`` (weight of a technique's own F1 when its threshold is tuned, see :func:`tune_thresholds`),
    ``bonus_floor`` (a rare technique keeps the bonus only if its held-out F1 on the inner folds reaches this;
    else its threshold is tuned for plain micro-F1), ``display_precision`` (the precision a shown label must
    reach, measured on held-out inner folds, see :func:`display_cut`), ``language`` (of the training and input
    texts: stop words, word pattern), ``seed``.

    A scikit-learn estimator: the constructor only stores these; training
    (:func:`narrascope.training.persuasion.train_persuasion`) fits copies of ``paragraph`` and ``tagger``, kept
    as ``paragraph_`` and ``tagger_`` with the combiner's state (``stack_coef_``, ``thresholds_``, ...).
    """

    def __init__(self, paragraph: TechniqueModel | None = None, tagger: SpanTagger | None = None,
                 inner_folds: int = 3, C: float = 1.0, labels_from_spans: bool = False,
                 fallback_spans: bool = True, rare_bonus: float = 0.3, bonus_floor: float = 0.10,
                 display_precision: float = 0.0, language: str = "en", seed: int = 0):
        self.paragraph = paragraph
        self.tagger = tagger
        self.inner_folds = inner_folds
        self.C = C
        self.labels_from_spans = labels_from_spans
        self.fallback_spans = fallback_spans
        self.rare_bonus = rare_bonus
        self.bonus_floor = bonus_floor
        self.display_precision = display_precision
        self.language = language
        self.seed = seed

    def base_models(self) -> tuple[TechniqueModel, SpanTagger]:
        """Unfitted copies of the two base models to train: ``paragraph`` and ``tagger``, or the defaults."""
        paragraph = clone(self.paragraph) if self.paragraph is not None else TechniqueModel(char_features=0)
        paragraph.set_params(inner_folds=self.inner_folds)
        if self.paragraph is None:
            paragraph.set_params(seed=self.seed)
        tagger = clone(self.tagger) if self.tagger is not None else SpanTagger(seed=self.seed)
        return paragraph, tagger

    def saved_params(self) -> dict[str, Any]:
        """The combiner's own hyperparameters as the artifact's ``combiner`` entry (the two base models keep
        theirs). ``display_precision`` and ``language`` are listed only when they differ from their defaults (0:
        no display cut-offs; English), so that the English artifact trained before they existed is reproduced
        byte for byte."""
        params = {"inner_folds": self.inner_folds, "C": self.C, "labels_from_spans": self.labels_from_spans,
                  "fallback_spans": self.fallback_spans, "rare_bonus": self.rare_bonus, "bonus_floor": self.bonus_floor,
                  "seed": self.seed}
        if self.display_precision:
            params["display_precision"] = self.display_precision
        if self.language != "en":
            params["language"] = self.language
        return dict(sorted(params.items()))

    def fit_combiner(self, margins: np.ndarray, token_max: np.ndarray, article: np.ndarray, lengths: np.ndarray,
                     y: np.ndarray, techniques: list[str], folds: np.ndarray | None = None) -> PersuasionModel:
        """Fit the per-technique combiner on out-of-fold ``margins`` (paragraph model) and ``token_max`` (tagger)
        of training rows, ``article`` numbering their articles, ``lengths`` their characters, and tune its
        thresholds for micro-F1. ``folds`` (the inner fold of each row) let the rare-technique bonus be checked
        on held-out rows (``bonus_floor``); without them the bonus applies unchecked. The two base models must
        already be fitted. Returns ``self``."""
        y = np.asarray(y, dtype=np.int8)
        self.techniques_ = list(techniques)
        feats = stack_features(margins, token_max, article, lengths)
        self.stack_coef_ = np.zeros((len(techniques), N_STACK))
        self.stack_intercept_ = np.full(len(techniques), -10.0)
        scores = np.full(y.shape, -10.0)
        for j in range(len(techniques)):
            if y[:, j].sum() < 2:
                continue
            clf = LogisticRegression(C=self.C, max_iter=1000).fit(feats[:, j], y[:, j])
            self.stack_coef_[j], self.stack_intercept_[j] = clf.coef_[0], clf.intercept_[0]
            scores[:, j] = feats[:, j] @ self.stack_coef_[j] + self.stack_intercept_[j]
        checks: dict[int, float] = {}
        self.thresholds_ = tune_thresholds(y, scores, bonus=self.rare_bonus, folds=folds, floor=self.bonus_floor,
                                           report=checks)
        # Kept for the model card and the artifact: which rare techniques kept the bonus, on what evidence.
        self.bonus_checks_ = {techniques[j]: round(f, 4) for j, f in checks.items() if y[:, j].sum()}
        if self.display_precision > 0:
            self.display_, self.display_checks_ = display_cuts(y, scores, self.thresholds_, self.display_precision,
                                                               folds, techniques)
        return self

    def _check(self) -> None:
        if not hasattr(self, "stack_coef_") or not hasattr(self, "paragraph_") or not hasattr(self, "tagger_"):
            raise NotFittedError("this PersuasionModel is not fitted; call fit() or load the trained artifact "
                                 "(narrascope train persuasion)")

    def analyse(self, text: str, paragraphs: list, sentences: list[tuple[int, int]] | None = None):
        """``(paragraph scores, token table, token probabilities, spans)`` of one text.

        Paragraph scores are in [0, 1] (paragraphs x techniques, >= 0.5 means present); spans are
        ``(technique index, start, end, score, best token)`` from :meth:`SpanTagger.decode`.
        """
        self._check()
        table = TokenTable.build(text, sentences, self.language)
        probs = self.tagger_.predict_proba(table)
        if not paragraphs:
            return np.zeros((0, len(self.techniques_))), table, probs, []
        rows = article_rows(text, paragraphs, self.language)
        margins = self.paragraph_.raw_margins(rows)
        tmax = row_token_max(table, [(p.start, p.end) for p in paragraphs], probs)
        feats = stack_features(margins, tmax, np.zeros(len(paragraphs), dtype=int),
                               np.array([p.end - p.start for p in paragraphs]))
        z = np.einsum("ntk,tk->nt", feats, self.stack_coef_) + self.stack_intercept_ - self.thresholds_
        return 1.0 / (1.0 + np.exp(-z)), table, probs, self.tagger_.decode(table, probs)

    def predict_article(self, text: str, paragraphs: list, sentences: list[tuple[int, int]] | None = None,
                        names: frozenset[str] | set[str] = frozenset()) -> ArticlePrediction:
        """Paragraph decisions and spans of one text, as shipped (see :class:`ArticlePrediction`).

        Every span passes :func:`~narrascope.models.span_rules.clean_span` here (whole words; never a bare
        name, a function word or a number alone); ``names`` are the Document's entity mentions, lower-cased."""
        scores, table, probs, spans = self.analyse(text, paragraphs, sentences)
        labels: list[dict[int, float]] = []
        shown: list[set[int]] = []
        out_spans = [Hit(j, s, e, score, best, False) for j, s, e, score, best in spans]
        display = getattr(self, "display_", None)
        for i, p in enumerate(paragraphs):
            chosen = {int(j): float(scores[i, j]) for j in np.flatnonzero(scores[i] >= 0.5)}
            if display is None:
                shown.append(set(chosen))
            else:
                # scores are sigmoid(raw - threshold); the display cut-off is on the raw scale
                raw = _logit(scores[i]) + self.thresholds_
                shown.append({j for j in chosen if raw[j] >= display[j]})
            inside = {h.technique: max(h.score, 0.5) for h in out_spans
                      if not h.fallback and h.start < p.end and p.start < h.end}
            if self.labels_from_spans:
                for j, sc in inside.items():
                    chosen.setdefault(j, sc)
            if self.fallback_spans:
                for j in chosen:
                    if j not in inside:
                        f = fallback_span(self.tagger_, table, probs, j, p.start, p.end)
                        if f:
                            out_spans.append(Hit(j, f[0], f[1], chosen[j], f[3], True))
            labels.append(chosen)
        kept: dict[tuple[int, int, int], Hit] = {}
        span_cuts = getattr(self, "span_display_", None)
        for h in out_spans:
            span = clean_span(text, h.start, h.end, self.language, names)
            if span is None:
                continue
            h.start, h.end = span
            # A span is shown when it supports a shown label of its paragraph and, where the model folder has
            # span cut-offs (span_display.json, chosen out of fold for span precision), it is a tagged span
            # scoring at least its technique's cut-off.
            h.shown = any(h.technique in sh and h.start < p.end and p.start < h.end
                          for p, sh in zip(paragraphs, shown))
            if h.shown and span_cuts is not None:
                cut = span_cuts.get(self.techniques_[h.technique])
                h.shown = not h.fallback and cut is not None and h.score >= cut
            kept.setdefault((h.technique, h.start, h.end), h)
        out_spans = sorted(kept.values(), key=lambda h: (h.start, h.end, h.technique))
        return ArticlePrediction(labels, out_spans, table, probs, shown)

    # -- artifacts ---------------------------------------------------------------------------------------------
    def to_artifact(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """``(arrays, meta)`` for :func:`~narrascope.models.save_artifact` (no pickle)."""
        self._check()
        arrays, meta = self.paragraph_.to_artifact()
        t_arrays, t_meta = self.tagger_.to_artifact()
        arrays.update({f"tagger_{k}": v for k, v in t_arrays.items()})
        arrays.update({"stack_coef": self.stack_coef_, "stack_intercept": self.stack_intercept_,
                       "stack_thresholds": self.thresholds_})
        if hasattr(self, "display_"):
            arrays["stack_display"] = np.asarray(self.display_, dtype=np.float64)
        meta.update({"tagger": t_meta, "combiner": self.saved_params(),
                     "rare_bonus_heldout_f1": getattr(self, "bonus_checks_", {})})
        if hasattr(self, "display_checks_"):
            meta["display_heldout"] = self.display_checks_
        return arrays, meta

    @classmethod
    def from_artifact(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> PersuasionModel:
        """Rebuild a fitted model from :meth:`to_artifact` output."""
        para_arrays = {k: v for k, v in arrays.items() if not k.startswith(("tagger_", "stack_"))}
        paragraph = TechniqueModel.from_artifact(para_arrays, meta)
        tagger = SpanTagger.from_artifact({k[len("tagger_"):]: v for k, v in arrays.items() if k.startswith("tagger_")},
                                          meta["tagger"])
        # The hyperparameters are unfitted copies of the loaded base models (clone() of a loaded model trains
        # the same configuration); the fitted ones are paragraph_ and tagger_.
        model = cls(paragraph=TechniqueModel(**meta["params"]), tagger=SpanTagger(**meta["tagger"]["params"]),
                    **meta["combiner"])
        model.paragraph_, model.tagger_ = paragraph, tagger
        model.techniques_ = list(meta["techniques"])
        model.stack_coef_, model.stack_intercept_ = arrays["stack_coef"], arrays["stack_intercept"]
        model.thresholds_ = arrays["stack_thresholds"]
        if "stack_display" in arrays:
            model.display_ = arrays["stack_display"]
        return model


NEVER = 1e9  # a display cut-off no score reaches: the technique is never shown


def display_cut(col: np.ndarray, yj: np.ndarray, base: float, target: float, min_n: int = 10) -> float:
    """The lowest cut-off >= ``base`` (the F1-optimal threshold) at which the rows scoring at or above it are
    right at least ``target`` of the time, with at least ``min_n`` such rows; :data:`NEVER` if none."""
    m = col >= base
    if not m.any():
        return NEVER
    order = np.argsort(-col[m], kind="stable")
    s, yy = col[m][order], yj[m][order]
    n = np.arange(1, len(s) + 1)
    ok = (np.cumsum(yy) / n >= target) & (n >= min_n)
    return float(s[np.flatnonzero(ok).max()]) if ok.any() else NEVER


def display_cuts(y: np.ndarray, scores: np.ndarray, thresholds: np.ndarray, target: float,
                 folds: np.ndarray | None, techniques: list[str]) -> tuple[np.ndarray, dict]:
    """Per-technique display cut-offs (:func:`display_cut` on all rows) and their held-out check.

    With ``folds``, each fold's cut-offs are chosen on the other folds and applied to it (pooled counts): a
    technique whose held-out precision at display falls more than 0.05 under ``target`` (or that is shown on
    fewer than 3 held-out rows) is never shown. Returns ``(cut-offs, report)``; the report holds, per technique
    and in total, the held-out rows shown and their precision (the model card's "precision at display")."""
    cuts = np.array([display_cut(scores[:, j], y[:, j], thresholds[j], target) for j in range(y.shape[1])])
    report: dict = {"target": target}
    if folds is None or target <= 0:
        return cuts, report
    folds = np.asarray(folds)
    tp = np.zeros(y.shape[1])
    n = np.zeros(y.shape[1])
    for k in np.unique(folds):
        tr, te = folds != k, folds == k
        for j in range(y.shape[1]):
            c = display_cut(scores[tr, j], y[tr, j], thresholds[j], target)
            hit = scores[te, j] >= c
            tp[j] += y[te, j][hit].sum()
            n[j] += hit.sum()
    per = {}
    for j, tech in enumerate(techniques):
        if n[j]:
            per[tech] = {"shown": int(n[j]), "precision": round(float(tp[j] / n[j]), 4)}
        if not n[j] or n[j] < 3 or tp[j] / n[j] < target - 0.05:
            cuts[j] = NEVER
    keep = cuts < NEVER
    report.update({"per_technique": per, "shown": int(n[keep].sum()),
                   "precision": round(float(tp[keep].sum() / max(1, n[keep].sum())), 4),
                   "f1_rows": int((scores >= thresholds).sum())})
    return cuts, report


def fallback_span(tagger: SpanTagger, table: TokenTable, probs: np.ndarray, j: int, start: int, end: int
                  ) -> tuple[int, int, float, int] | None:
    """Evidence for a paragraph decision that no tagged span supports: around the paragraph's best token
    for technique ``j``, its sentence (clause techniques) or the neighbouring tokens scoring at least half
    as high (other techniques). ``(start, end, score, best token)``, or None for a paragraph without words."""
    a, b = int(np.searchsorted(table.starts, start)), int(np.searchsorted(table.starts, end))
    if b <= a:
        return None
    best = a + int(np.argmax(probs[a:b, j]))
    top = float(probs[best, j])
    if tagger.techniques_[j] in CLAUSE_TECHNIQUES:
        members = np.flatnonzero(table.sentence == table.sentence[best])
        lo, hi = max(int(members[0]), a), min(int(members[-1]), b - 1)
    else:
        lo = hi = best
        while lo > a and table.sentence[lo - 1] == table.sentence[best] and probs[lo - 1, j] >= top / 2:
            lo -= 1
        while hi < b - 1 and table.sentence[hi + 1] == table.sentence[best] and probs[hi + 1, j] >= top / 2:
            hi += 1
    lo, hi = _trim(table, lo, hi)
    if not _content(table, lo, hi):
        return None
    return int(table.starts[lo]), int(table.ends[hi]), top, best
