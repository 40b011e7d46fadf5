"""Metrics and cross-validation folds: a leaf module (numpy only) that training and models may use.

Folds are grouped by article and stratified by language. Identical texts (the training data has a few
duplicates under different ids) share a group, so a text never sits on both sides of a split.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np


def f1_samples(gold: list[list[str]], pred: list[list[str]]) -> np.ndarray:
    """Per-article F1 of two label sets (both empty counts 1, one empty 0): the official subtask-2 metric."""
    out = np.empty(len(gold))
    for i, (g, p) in enumerate(zip(gold, pred)):
        g, p = set(g), set(p)
        out[i] = 1.0 if not g and not p else 2 * len(g & p) / (len(g) + len(p))
    return out


def micro_f1_counts(y: np.ndarray, pred: np.ndarray) -> float:
    """Micro-F1 of 0/1 matrices (the official persuasion measure when rows are paragraphs)."""
    tp = int((y & pred).sum())
    denom = int(y.sum()) + int(pred.sum())
    return 2 * tp / denom if denom else 1.0


def article_folds(ids: list[str], texts: list[str], langs: list[str], k: int = 5, seed: int = 13) -> list[int]:
    """Fold number (0..k-1) for each article; deterministic for a given ``seed``."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        groups[hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()].append(i)
    by_lang: dict[str, list[str]] = defaultdict(list)
    for key, members in groups.items():
        by_lang[langs[members[0]]].append(key)
    folds = [0] * len(ids)
    for lang in sorted(by_lang):
        # Order groups by a seeded hash of their smallest id: a stable shuffle independent of input order.
        keys = sorted(by_lang[lang], key=lambda g: hashlib.sha1(
            f"{seed}:{min(ids[i] for i in groups[g])}".encode()).hexdigest())
        for n, g in enumerate(keys):
            for i in groups[g]:
                folds[i] = n % k
    return folds
