"""Name-mention detector for languages without a shipped NER model (Bulgarian, Hindi, Portuguese; Russian too,
beside natasha): a token-level linear model with BIO decoding.

:class:`MentionTagger` follows scikit-learn's contract (the constructor stores hyperparameters, ``fit``
returns ``self``, learned state ends in ``_``). One multinomial logistic regression per language reads hashed
features of each token and its neighbours:

* the word (lower case), its prefixes and suffixes (Hindi and Cyrillic names carry case endings), its shape
  (``Xx``, ``XX``, ``x``, digits) where the script has letter case, and whether it starts a sentence;
* the words and shapes of two neighbours on each side, and the word bigrams around it (in Hindi a name is
  often recognised by the postposition after it: "रूस ने", "यूक्रेन में");
* gazetteer membership: whether the token begins or continues a name of the gazetteer (every SemEval-2025
  subtask-1 mention of every language, tokenised) — the only strong cue Hindi has without capitals. In
  training, an article's features do not see the names only that article marks (as an unseen article's new
  names are not in the gazetteer either), so the model also learns the context of names it does not know;
* for the languages of ``common_langs`` (Hindi): whether the token and its neighbours are common words (in at
  least ``common_min_df`` training articles, the article itself not counted in training) — a rare or unseen
  word is often a new name.

``lang_params`` overrides ``alpha`` and ``o_bias`` per language (Hindi: stronger L2 penalty and O bias).

Decoding is Viterbi over O/B/I with ``O -> I`` forbidden. The gold data marks only *framed* mentions, so
the model under-detects names a text does not frame; the analyser adds capitalised names and gazetteer
matches around it (:mod:`narrascope.analysers.multilingual_names`).

Artifacts: ``model.npz`` (float16 weights per language) and ``meta.json`` (hyperparameters, gazetteer):
no pickle.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator

from ..errors import DataError, NotFittedError

MODEL_VERSION = "1.2"
TAGS = ("O", "B", "I")
_MAX_GAZ_LEN = 6
_BREAK = set(".!?:;\"“”«»„()[]—–-|।")


def _shape(w: str) -> str:
    if not any(c.isalpha() for c in w):
        return "d" if any(c.isdigit() for c in w) else "p"
    if w.isupper() and len(w) > 1:
        return "XX"
    if w[:1].isupper():
        return "Xx"
    if w.islower():
        return "x"
    return "o"  # scripts without case (Devanagari)


def gazetteer_tags(words: list[str], gazetteer: frozenset[str]) -> list[str]:
    """``B``/``I``/``O`` per token for the longest gazetteer names matched left to right (lower-cased words)."""
    out = ["O"] * len(words)
    i, n = 0, len(words)
    while i < n:
        for k in range(min(_MAX_GAZ_LEN, n - i), 0, -1):
            if " ".join(words[i:i + k]) in gazetteer:
                out[i] = "B"
                for j in range(i + 1, i + k):
                    out[j] = "I"
                i += k
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=8)
def _edge_words(gazetteer: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """First and last words of the gazetteer's names of two words or more ("Володимир", "Зеленски")."""
    multi = [g.split() for g in gazetteer if " " in g]
    return frozenset(w[0] for w in multi), frozenset(w[-1] for w in multi)


def token_features(tokens: list[str], sent_starts: list[bool], gazetteer: frozenset[str],
                   common: frozenset[str] | None = None) -> list[list[str]]:
    """Feature strings of every token (see the module docstring); ``common``: the language's common words
    (no common-word features when ``None``)."""
    low = [t.lower() for t in tokens]
    firsts, lasts = _edge_words(gazetteer)
    edge = [("F" if t in firsts else "") + ("L" if t in lasts else "") for t in low]
    shapes = [_shape(t) for t in tokens]
    gaz = gazetteer_tags(low, gazetteer)
    n = len(tokens)
    # A word of many training articles ("C") is seldom a name the gazetteer lacks; a rare or unseen one ("R")
    # often is: the cue for new names in a script without capitals.
    cw = ["C" if t in common else "R" for t in low] if common is not None else []

    def w(i: int) -> str:
        return low[i] if 0 <= i < n else ("<s>" if i < 0 else "</s>")

    def sh(i: int) -> str:
        return shapes[i] if 0 <= i < n else "_"

    feats = []
    for i, t in enumerate(low):
        f = ["b", "w=" + t, "p3=" + t[:3], "s2=" + t[-2:], "s3=" + t[-3:], "s4=" + t[-4:], "sh=" + shapes[i],
             "st=" + str(sent_starts[i]) + shapes[i], "g=" + gaz[i], "gp=" + gaz[i - 1] if i else "gp=_",
             "gn=" + (gaz[i + 1] if i + 1 < n else "_"), "len=" + str(min(len(t), 8)),
             "w-1=" + w(i - 1), "w+1=" + w(i + 1), "w-2=" + w(i - 2), "w+2=" + w(i + 2),
             "s-1=" + w(i - 1)[-3:], "s+1=" + w(i + 1)[-3:],
             "sh-1=" + sh(i - 1), "sh+1=" + sh(i + 1), "shw=" + sh(i - 1) + shapes[i] + sh(i + 1),
             "bg-=" + w(i - 1) + "|" + t, "bg+=" + t + "|" + w(i + 1),
             "gs=" + gaz[i] + shapes[i] + sh(i + 1), "e=" + edge[i],
             "e-1=" + (edge[i - 1] if i else "_"), "e+1=" + (edge[i + 1] if i + 1 < n else "_")]
        if common is not None:
            f += ["c=" + cw[i], "c-1=" + (cw[i - 1] if i else "_"), "c+1=" + (cw[i + 1] if i + 1 < n else "_"),
                  "cg=" + cw[i] + gaz[i], "cw+1=" + cw[i] + "|" + w(i + 1), "cw-1=" + w(i - 1) + "|" + cw[i]]
        feats.append(f)
    return feats


def doc_tokens(doc) -> tuple[list[str], list[tuple[int, int]], list[bool]]:
    """Tokens of a spaCy doc without whitespace tokens, their offsets and sentence-start flags."""
    toks, offs, starts = [], [], []
    for t in doc:
        if t.is_space:
            continue
        toks.append(t.text)
        offs.append((t.idx, t.idx + len(t.text)))
        starts.append(bool(t.is_sent_start) or t.i == 0)
    return toks, offs, starts


@lru_cache(maxsize=4)
def _hasher(n_features: int):
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=n_features, input_type="string", alternate_sign=False)


def viterbi(logp: np.ndarray) -> list[int]:
    """Best O/B/I path of per-token log-probabilities (``n x 3``) with ``O -> I`` (and a leading I) forbidden."""
    n = len(logp)
    if not n:
        return []
    neg = -1e9
    allowed = np.array([[0, 0, neg], [0, 0, 0], [0, 0, 0]], dtype=float)  # from (row) -> to (column)
    score = logp[0] + np.array([0, 0, neg])
    back = np.zeros((n, 3), dtype=int)
    for i in range(1, n):
        cand = score[:, None] + allowed
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i][path[-1]]))
    return path[::-1]


def spans_from_tags(tags: list[int]) -> list[tuple[int, int]]:
    """Token spans ``[i, j)`` of B(I*) runs."""
    out, i = [], 0
    while i < len(tags):
        if tags[i] == 1:
            j = i + 1
            while j < len(tags) and tags[j] == 2:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


class MentionTagger(BaseEstimator):
    """Per-language BIO tagger of name mentions (see the module docstring)."""

    def __init__(self, n_features: int = 2 ** 17, alpha: float = 1e-5, epochs: int = 10, o_bias: float = 2.0,
                 common_langs: tuple[str, ...] = ("HI",), common_min_df: int = 3,
                 lang_params: dict[str, dict[str, float]] | None = None):
        self.n_features = n_features
        self.alpha = alpha
        self.epochs = epochs
        self.o_bias = o_bias
        self.common_langs = common_langs
        self.common_min_df = common_min_df
        self.lang_params = lang_params

    def _param(self, lang: str, name: str) -> float:
        """``alpha`` or ``o_bias`` for ``lang``: its entry in ``lang_params``, else the common value."""
        return (self.lang_params or {}).get(lang, {}).get(name, getattr(self, name))

    def fit(self, sequences: list[tuple], gazetteer: set[str]):
        """Train on ``(language, tokens, sentence-start flags, tags[, hidden])`` sequences (tags index
        :data:`TAGS`); ``hidden``, where given, are gazetteer names the sequence's features do not see (the names
        only that article marks: an unseen article's new names are not in the gazetteer either)."""
        from sklearn.linear_model import SGDClassifier

        if not sequences:
            raise DataError("no training sequences for the mention tagger")
        self.gazetteer_ = frozenset(gazetteer)
        self.version_ = MODEL_VERSION
        self.coef_: dict[str, np.ndarray] = {}
        self.intercept_: dict[str, np.ndarray] = {}
        self.common_: dict[str, frozenset[str]] = {}
        for lang in sorted({s[0] for s in sequences}):
            docs = [s for s in sequences if s[0] == lang]
            df: Counter = Counter()
            if lang in self.common_langs:
                for _, toks, *_ in docs:
                    df.update({t.lower() for t in toks})
                self.common_[lang] = frozenset(w for w, c in df.items() if c >= self.common_min_df)
            feats, y = [], []
            for _, toks, starts, tags, *rest in docs:
                gaz = self.gazetteer_ - rest[0] if rest and rest[0] else self.gazetteer_
                common = None
                if lang in self.common_:
                    # The article's own words count as in the other training articles only: an unseen
                    # article's words are looked up the same way.
                    common = frozenset(w for w in {t.lower() for t in toks} if df[w] - 1 >= self.common_min_df)
                feats.extend(token_features(toks, starts, gaz, common))
                y.extend(tags)
            X = _hasher(self.n_features).transform(feats)
            # Plain SGD on log loss, fixed epochs and seed: seconds per language, and the same weights every run.
            clf = SGDClassifier(loss="log_loss", alpha=self._param(lang, "alpha"), max_iter=self.epochs, tol=None,
                                average=True, random_state=0)
            clf.fit(X, np.asarray(y))
            if list(clf.classes_) != [0, 1, 2]:
                raise DataError(f"{lang}: the training tags lack one of O, B, I")
            self.coef_[lang] = clf.coef_.astype(np.float16)
            self.intercept_[lang] = clf.intercept_.astype(np.float32)
        return self

    @property
    def languages(self) -> list[str]:
        self._check()
        return sorted(self.coef_)

    def _check(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("MentionTagger is not fitted; call fit() or load() first")

    def predict_spans(self, lang: str, tokens: list[str], sent_starts: list[bool]) -> list[tuple[int, int]]:
        """Token spans ``[i, j)`` of the names in ``tokens`` (none for a language the model was not trained on)."""
        self._check()
        if lang not in self.coef_ or not tokens:
            return []
        X = _hasher(self.n_features).transform(token_features(tokens, sent_starts, self.gazetteer_,
                                                              self.common_.get(lang)))
        z = X @ self.coef_[lang].astype(np.float32).T + self.intercept_[lang]
        z = np.asarray(z)
        logp = z - np.logaddexp.reduce(z, axis=1, keepdims=True)
        logp[:, 0] -= self._param(lang, "o_bias")  # the gold marks only framed names: lean towards finding names
        return spans_from_tags(viterbi(logp))

    # -- artifacts ---------------------------------------------------------------------------------------------
    def save(self, directory: str | Path, extra_meta: dict[str, Any] | None = None) -> Path:
        """Write ``model.npz`` and ``meta.json`` (byte-identical for the same training data)."""
        from . import save_artifact

        self._check()
        arrays = {}
        for lang in self.coef_:
            arrays[f"{lang}_coef"] = self.coef_[lang]
            arrays[f"{lang}_intercept"] = self.intercept_[lang]
        meta = {"model": "mention_tagger", "version": MODEL_VERSION, "tags": list(TAGS),
                "params": self.get_params(),
                "languages": sorted(self.coef_), "gazetteer": sorted(self.gazetteer_),
                "common_words": {lang: sorted(words) for lang, words in sorted(self.common_.items())},
                "sure_names": sorted(getattr(self, "sure_names_", ()))}
        meta.update(extra_meta or {})
        return save_artifact(directory, arrays, meta)

    @classmethod
    def load(cls, directory: str | Path) -> MentionTagger:
        """Read an artifact written by :meth:`save`."""
        from . import load_artifact

        arrays, meta = load_artifact(directory)
        params = dict(meta["params"])
        params["common_langs"] = tuple(params.get("common_langs", ()))
        self = cls(**params)
        self.gazetteer_ = frozenset(meta["gazetteer"])
        self.common_ = {lang: frozenset(words) for lang, words in meta.get("common_words", {}).items()}
        self.sure_names_ = frozenset(meta.get("sure_names", ()))
        self.coef_ = {lang: arrays[f"{lang}_coef"] for lang in meta["languages"]}
        self.intercept_ = {lang: arrays[f"{lang}_intercept"] for lang in meta["languages"]}
        self.version_ = meta.get("version", "?")
        return self
