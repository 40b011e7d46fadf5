"""Export and import a fitted scikit-learn ``TfidfVectorizer`` as arrays + JSON (no pickle).

The vocabulary is stored as a JSON list ordered by column, the idf weights as an array; loading rebuilds
an equivalent vectorizer from its parameters, so transforms are identical to the fitted one.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

_PARAMS = ("analyzer", "ngram_range", "lowercase", "min_df", "max_df", "max_features", "sublinear_tf", "norm",
           "use_idf", "smooth_idf", "strip_accents", "token_pattern", "binary", "dtype")


class StableTfidfVectorizer(TfidfVectorizer):
    """A ``TfidfVectorizer`` whose ``max_features`` cut keeps the same terms on every CPU (stop 47).

    scikit-learn keeps the ``max_features`` terms of highest total weight by an unstable ``argsort``; NumPy sorts
    with SIMD code chosen for the CPU, so terms tied at the cut-off came out in a different order on another machine
    and the framing artifact retrained there differed from the shipped one in 23 of 13,333 words. Here ties are
    broken by the term's place in the alphabetically sorted vocabulary (a stable sort). Everything else, and every
    transform, is TfidfVectorizer's; :func:`import_tfidf` rebuilds a plain one from the exported vocabulary."""

    def _limit_features(self, X, vocabulary, high=None, low=None, limit=None):
        if limit is None or high is None and low is None:  # (fit always passes both bounds)
            return super()._limit_features(X, vocabulary, high, low, limit)
        X = super()._limit_features(X, vocabulary, high, low, None)  # the document-frequency bounds only
        if X.shape[1] <= limit:
            return X
        weight = np.asarray(X.sum(axis=0)).ravel()
        keep = np.sort(np.argsort(-weight, kind="stable")[:limit])  # columns are in term order: ties by term
        order = sorted(vocabulary, key=vocabulary.get)
        vocabulary.clear()
        vocabulary.update({order[c]: i for i, c in enumerate(keep)})
        return X[:, keep]


def export_tfidf(vec: TfidfVectorizer, prefix: str) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """``(arrays, meta)`` describing the fitted ``vec``; keys are prefixed with ``prefix``."""
    params = {k: v for k, v in vec.get_params().items() if k in _PARAMS}
    if callable(params.get("analyzer")):
        raise ValueError("a callable analyzer cannot be exported; use 'word', 'char' or 'char_wb'")
    params["dtype"] = np.dtype(params.get("dtype", np.float64)).name
    params["ngram_range"] = list(params["ngram_range"])
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    arrays = {f"{prefix}idf": vec.idf_.astype(np.float64)} if vec.use_idf else {}
    return arrays, {f"{prefix}params": params, f"{prefix}vocabulary": vocab}


def import_tfidf(arrays: dict[str, np.ndarray], meta: dict[str, Any], prefix: str) -> TfidfVectorizer:
    """Rebuild the vectorizer exported by :func:`export_tfidf` under ``prefix``."""
    params = dict(meta[f"{prefix}params"])
    params["ngram_range"] = tuple(params["ngram_range"])
    params["dtype"] = np.dtype(params["dtype"]).type
    vec = TfidfVectorizer(**params)
    vec.vocabulary_ = {term: i for i, term in enumerate(meta[f"{prefix}vocabulary"])}
    if params.get("use_idf", True):
        vec.idf_ = arrays[f"{prefix}idf"]
    return vec


def topic_folds(ids: list, texts: list[str], k: int, topics: int, seed: int = 0,
                stop_words: str | None = None) -> dict:
    """Folds made of whole topics: the texts (one per id) are clustered into ``topics`` k-means clusters (seed
    ``seed``) of their TF-IDF words (``stop_words``: scikit-learn's list name, e.g. "english"), and the clusters,
    largest first, are dealt each to the fold with the fewest texts so far. Returns ``{id: fold}``. A model scored
    on such a fold meets topics none of its training texts is about, as it does on new articles (identical texts
    get the same vector, so they share a fold)."""
    from sklearn.cluster import KMeans

    from ..errors import DataError

    try:
        x = StableTfidfVectorizer(min_df=2, max_df=0.5, sublinear_tf=True, stop_words=stop_words,
                                  dtype=np.float64).fit_transform(texts)
    except ValueError as exc:  # no word in 2 texts and under half of them: nothing to tell topics by
        raise DataError(f"cannot find topics in {len(texts)} texts: too few words they share ({exc})") from None
    labels = KMeans(n_clusters=topics, random_state=seed, n_init=10).fit_predict(x)
    sizes = np.bincount(labels, minlength=topics)
    load, fold_of_cluster = [0] * k, {}
    for c in sorted(range(topics), key=lambda c: (-sizes[c], c)):
        f = min(range(k), key=lambda f: (load[f], f))
        fold_of_cluster[c], load[f] = f, load[f] + int(sizes[c])
    return {i: fold_of_cluster[int(c)] for i, c in zip(ids, labels)}
