"""Fast n-gram features for the narratives layer: the same TF-IDF rows as
``NarrativeClassifier.transform_parts`` (:mod:`narrascope.models.narrative_classifier`), at a fraction of the cost.

Why: n-gram extraction was about 80% of the narratives layer's time (scikit-learn builds every character
n-gram of every word as a new string, then looks it up). Here a word's character n-grams are looked up once and
kept (per vectorizer) as the tuple of their vocabulary columns, so an article's character features cost one
dictionary hit per word; word 1-2-grams are looked up directly; the TF-IDF weighting runs on the CSR arrays
with scikit-learn's own row normalisation (``sklearn.preprocessing.normalize``, as ``TfidfTransformer`` does).
The article's counts are its pieces' counts plus the word pairs that straddle two pieces (as in
``transform_parts``); when a sentence boundary cuts a word the article is counted from its whole text instead,
so the result is always exactly ``transform([text])`` and ``transform(sentences)`` (bit for bit:
``tests/narratives/test_evidence.py``).

Only the configuration the narrative model uses is handled (a ``word`` TF-IDF and a ``char_wb`` TF-IDF, lower
case, no accent stripping or stop words, sublinear tf, idf, l2 rows); :func:`transform_parts` falls back to the
model's own method for anything else.
"""
from __future__ import annotations

import re
from itertools import chain

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

__all__ = ["supported", "transform_parts"]

#: Words whose columns are kept (about 0.4 KB each: ~20 MB at most). A long-running process meets new names
#: and figures in every article, so the cache must stop growing; the words met first (the frequent ones)
#: stay, and a word met once is cheap to compute again.
_CACHE_LIMIT = 50_000
_char_cache: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}


def _plain(vec) -> bool:
    return (vec.lowercase and vec.strip_accents is None and vec.stop_words is None and vec.preprocessor is None
            and vec.tokenizer is None and vec.sublinear_tf and vec.use_idf and vec.norm == "l2"
            and vec.binary is False and hasattr(vec, "idf_") and getattr(vec, "vocabulary_", None) is not None)


def supported(model) -> bool:
    """Whether ``model``'s features are the word + char_wb TF-IDF pair this module reproduces."""
    word, char = getattr(model, "word_", None), getattr(model, "char_", None)
    return (word is not None and char is not None and _plain(word) and _plain(char)
            and word.analyzer == "word" and word.ngram_range == (1, 2) and char.analyzer == "char_wb"
            and re.compile(word.token_pattern).groups == 0)


def _char_columns(vec, words: list[str], out: list[int]) -> None:
    """Append the vocabulary columns of every word's padded character n-grams (as sklearn's char_wb)."""
    key = id(vec)
    entry = _char_cache.get(key)
    if entry is None or entry[0] is not vec.vocabulary_:
        entry = (vec.vocabulary_, {})
        _char_cache[key] = entry
    vocab, cache = entry
    lo, hi = vec.ngram_range
    for w in words:
        cols = cache.get(w)
        if cols is None:
            padded = f" {w} "
            n_chars = len(padded)
            grams = []
            for n in range(lo, hi + 1):
                if n >= n_chars:  # a short word counts once, whole (sklearn's rule)
                    grams.append(padded)
                    break
                grams.extend(padded[i:i + n] for i in range(n_chars - n + 1))
            cols = tuple(j for j in map(vocab.get, grams) if j is not None)
            if len(cache) < _CACHE_LIMIT:  # full: frequent words are in already; rare ones are computed
                cache[w] = cols
        out.extend(cols)


def _word_columns(vec, toks: list[str], out: list[int]) -> None:
    """Append the vocabulary columns of the word unigrams and bigrams of ``toks``."""
    vocab = vec.vocabulary_
    for t in toks:
        j = vocab.get(t)
        if j is not None:
            out.append(j)
    for a, b in zip(toks, toks[1:]):
        j = vocab.get(f"{a} {b}")
        if j is not None:
            out.append(j)


def _tfidf_rows(vec, rows: list[list[int]]) -> sp.csr_matrix:
    """Sublinear-tf, idf-weighted, l2-normalised CSR rows from lists of vocabulary columns."""
    n, width = len(rows), len(vec.idf_)
    lens = np.fromiter((len(r) for r in rows), np.int64, n)
    flat = np.fromiter(chain.from_iterable(rows), np.int64, int(lens.sum()))
    # One sort for all rows: (row, column) keys, counted.
    keys, counts = np.unique(np.repeat(np.arange(n, dtype=np.int64), lens) * width + flat, return_counts=True)
    row, ind = np.divmod(keys, width)
    indptr = np.searchsorted(row, np.arange(n + 1)).astype(np.int32)
    val = counts.astype(np.float32)
    np.log(val, val)
    val += 1.0
    val *= vec.idf_.astype(np.float32)[ind]
    x = sp.csr_matrix((val, ind.astype(np.int32), indptr), shape=(n, width))
    # The public form of the row normalisation TfidfTransformer itself applies (float32 stays float32, in place).
    return normalize(x, norm="l2", copy=False)


def _cuts(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a span boundary falls inside a word, or spans overlap (then pieces do not add up to the text)."""
    n = len(text)
    for k, (s, e) in enumerate(spans):
        for b in (s, e):
            if 0 < b < n and not text[b - 1].isspace() and not text[b].isspace():
                return True
        if k and s < spans[k - 1][1]:
            return True
    return False


def transform_parts(model, text: str, spans: list[tuple[int, int]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """``model.transform([text])`` and ``model.transform([text[s:e] for s, e in sorted(spans)])``, fast."""
    if not supported(model):
        return model.transform_parts(text, spans)
    spans = sorted(spans)
    word, char = model.word_, model.char_
    pattern = re.compile(word.token_pattern)
    whole = _cuts(text, spans)
    # The pieces: every span and, when the spans do not cut words, the gaps between them, so that the article's
    # counts are the sum of its pieces' plus the word pairs that straddle two pieces. Each piece is lower-cased
    # on its own, as the vectorizer does.
    pieces, owner, pos = [], [], 0
    for i, (s, e) in enumerate(spans):
        if not whole and text[pos:s].strip():
            pieces.append(text[pos:s].lower())
            owner.append(-1)
        pieces.append(text[s:e].lower())
        owner.append(i)
        pos = e
    if not whole and text[pos:].strip():
        pieces.append(text[pos:].lower())
        owner.append(-1)
    toks = [pattern.findall(p) for p in pieces]
    w_rows, c_rows = [], []
    for p, t in zip(pieces, toks):
        cols: list[int] = []
        _word_columns(word, t, cols)
        w_rows.append(cols)
        cols = []
        _char_columns(char, p.split(), cols)
        c_rows.append(cols)
    keep = [k for k, o in enumerate(owner) if o >= 0]
    if whole:
        lower = text.lower()
        aw: list[int] = []
        _word_columns(word, pattern.findall(lower), aw)
        ac: list[int] = []
        _char_columns(char, lower.split(), ac)
    else:
        aw = list(chain.from_iterable(w_rows))
        vocab = word.vocabulary_
        nonempty = [t for t in toks if t]
        for a, b in zip(nonempty, nonempty[1:]):
            j = vocab.get(f"{a[-1]} {b[0]}")
            if j is not None:
                aw.append(j)
        ac = list(chain.from_iterable(c_rows))
    article = sp.hstack([_tfidf_rows(word, [aw]), _tfidf_rows(char, [ac])], format="csr")
    parts = sp.hstack([_tfidf_rows(word, [w_rows[k] for k in keep]), _tfidf_rows(char, [c_rows[k] for k in keep])],
                      format="csr")
    return article, parts
