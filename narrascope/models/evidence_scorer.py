"""Sentence ranking for narrative evidence: which sentences of an article best show a label to a reader.

A sentence's rank for a label combines five standardised or 0/1 features with fixed weights (``WEIGHTS``):

- ``contribution``: the sentence's contribution to the label's linear score, standardised within the article
  (what the narrative classifier relied on; computed by the ``narratives`` analyser);
- ``log_position``: ``log(1 + index)``, the sentence's place in the article (title = 0);
- ``title``: 1 for the title line;
- ``title_similarity``: the TF-IDF cosine of the sentence with the title (0 for the title itself);
- ``lexical``: a ridge regression over the narrative model's own word and character n-grams, trained with the
  gold explanations of SemEval subtask 3 as weak supervision (target: each training sentence's ROUGE-L F1 plus
  TF-IDF cosine with its article's explanation, centred within the article), standardised within the article.
  It learns the wording annotators echo when they explain a narrative.

The lexical weights are stored by n-gram string, so they bind to whatever vocabulary the narrative model has
(an n-gram it lacks scores 0). The artifact is ``narrascope/models/evidence`` (``model.npz`` + ``meta.json``);
training: ``narrascope train evidence``. See the narratives model card for how the weights were chosen.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator

from ..errors import DataError, NotFittedError

__all__ = ["EVIDENCE_VERSION", "WEIGHTS", "EvidenceScorer"]

EVIDENCE_VERSION = "evidence-lex-1"
#: Chosen by coordinate search on folds 3-4 of the 5-fold split (seed 13) only, so that folds 0-2 stay clean
#: for evaluation (``research/evidence_tuning.py``); see the model card.
WEIGHTS = {"contribution": 0.5, "log_position": -1.0, "title": 4.0, "title_similarity": 5.0, "lexical": 2.0}
#: Ridge penalty of the lexical model.
ALPHA = 10.0


def _standardise(v: np.ndarray) -> np.ndarray:
    sd = float(v.std()) if len(v) else 0.0
    return (v - v.mean()) / sd if sd > 1e-12 else np.zeros(len(v))


class EvidenceScorer(BaseEstimator):
    """Label-independent sentence prior (position, title, title similarity, lexical) for evidence ranking.

    ``weights``: the rank weights (default :data:`WEIGHTS`); ``alpha``: the lexical ridge's penalty. The lexical
    part is learned by :meth:`fit_lexical` (``ngrams_``); a scorer whose ``lexical`` weight is 0 needs no fitting.
    """

    def __init__(self, weights: dict[str, float] | None = None, alpha: float = ALPHA):
        self.weights = weights
        self.alpha = alpha

    @property
    def rank_weights(self) -> dict[str, float]:
        """The rank weights in use: ``weights``, or :data:`WEIGHTS` when none were given."""
        return dict(WEIGHTS if self.weights is None else self.weights)

    # -- training -------------------------------------------------------------------------------------
    def fit_lexical(self, model, x_sentences: list[sp.csr_matrix], targets: list[np.ndarray]) -> EvidenceScorer:
        """Fit the lexical ridge on sentence features of ``model`` (one matrix per article) and their targets.

        Targets are centred within each article: only the order of an article's sentences matters.
        """
        from sklearn.linear_model import Ridge

        xs, ys = [], []
        for x, y in zip(x_sentences, targets):
            if x.shape[0] >= 2:
                xs.append(x)
                ys.append(np.asarray(y, float) - float(np.mean(y)))
        if not xs:
            raise DataError("no article with two or more sentences to train the evidence scorer on")
        ridge = Ridge(alpha=self.alpha, solver="lsqr", fit_intercept=False, tol=1e-6)
        ridge.fit(sp.vstack(xs).tocsr(), np.concatenate(ys))
        coef = ridge.coef_.astype(np.float32)
        nw = len(model.word_.vocabulary_)
        self.ngrams_ = {
            "word": {g: float(coef[j]) for g, j in model.word_.vocabulary_.items() if coef[j] != 0},
            "char": {g: float(coef[nw + j]) for g, j in model.char_.vocabulary_.items() if coef[nw + j] != 0},
        }
        self._bound = None
        return self

    # -- scoring --------------------------------------------------------------------------------------
    def lexical_vector(self, model) -> np.ndarray:
        """The lexical weights aligned with ``model``'s feature columns (cached for the last model)."""
        self._check()
        bound = getattr(self, "_bound", None)
        if bound is not None and bound[0] == id(model):
            return bound[1]
        nw = len(model.word_.vocabulary_)
        vec = np.zeros(nw + len(model.char_.vocabulary_), np.float32)
        for kind, vocab, offset in (("word", model.word_.vocabulary_, 0), ("char", model.char_.vocabulary_, nw)):
            weights = self.ngrams_.get(kind, {})
            for g, w in weights.items():
                j = vocab.get(g)
                if j is not None:
                    vec[offset + j] = w
        self._bound = (id(model), vec)
        return vec

    def prior(self, model, x_sentences: sp.csr_matrix, title: int | None) -> np.ndarray:
        """Label-independent part of each sentence's rank; ``title`` is the title's row (or None)."""
        n = x_sentences.shape[0]
        w = self.rank_weights
        if w.get("lexical"):
            self._check()
        out = w["log_position"] * np.log1p(np.arange(n))
        if w.get("lexical") and (self.ngrams_["word"] or self.ngrams_["char"]):
            out += w["lexical"] * _standardise(np.asarray(x_sentences @ self.lexical_vector(model)).ravel())
        if title is not None and n:
            sim = np.asarray((x_sentences @ x_sentences[title].T).toarray()).ravel()
            sim[title] = 0.0
            out += w["title_similarity"] * sim
            out[title] += w["title"]
        return out

    def _check(self) -> None:
        if not hasattr(self, "ngrams_"):
            raise NotFittedError("this EvidenceScorer has no lexical weights; call fit_lexical(), load a trained "
                                 "artifact with EvidenceScorer.load(), or give it a lexical weight of 0")

    # -- artifact -------------------------------------------------------------------------------------
    def save(self, directory: str | Path, extra_meta: dict[str, Any] | None = None) -> Path:
        """Write ``model.npz`` (lexical weights) + ``meta.json`` (their n-grams, the rank weights); no pickle."""
        from . import save_artifact

        self._check()
        arrays, meta = {}, {"version": EVIDENCE_VERSION, "weights": self.rank_weights, "alpha": self.alpha,
                            **(extra_meta or {})}
        for kind in ("word", "char"):
            grams = sorted(self.ngrams_[kind])
            arrays[f"{kind}_weights"] = np.array([self.ngrams_[kind][g] for g in grams], np.float32)
            meta[f"{kind}_ngrams"] = grams
        return save_artifact(directory, arrays, meta)

    @classmethod
    def load(cls, directory: str | Path | None = None) -> EvidenceScorer:
        """Load a saved scorer (default: the shipped one in ``narrascope/models/evidence``)."""
        from . import load_artifact, model_dir

        arrays, meta = load_artifact(directory or model_dir("evidence"))
        scorer = cls(meta["weights"], meta.get("alpha", ALPHA))
        scorer.ngrams_ = {kind: dict(zip(meta[f"{kind}_ngrams"], arrays[f"{kind}_weights"].astype(float).tolist()))
                          for kind in ("word", "char")}
        scorer.meta_ = meta
        return scorer
