"""Cross-validation folds grouped by article and stratified by language.

Identical texts (the training data has a few duplicates under different ids) share a group, so a text
never sits on both sides of a split.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict


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
