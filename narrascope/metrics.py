"""Metrics (paragraph labels, SemEval-2020 T11 spans) and cross-validation folds: a leaf module (numpy only)
that training and models may use.

Folds are grouped by article and stratified by language. Identical texts (the training data has a few
duplicates under different ids) share a group, so a text never sits on both sides of a split.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

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


# -- span measures of SemEval-2020 Task 11 -------------------------------------------------------------------
# SI (Da San Martino et al., 2020): overlapping spans are merged per article regardless of technique; for a
# predicted span s and a gold span t, C(s, t, h) = |s ∩ t| / h. Precision = Σ_s Σ_t C(s, t, |s|) / |S|,
# recall = Σ_t Σ_s C(s, t, |t|) / |T|, both summed over articles before dividing. Partial overlaps earn
# partial credit, so a whole sentence predicted around a two-word gold span earns little precision. The
# technique-labelled variant applies the same measure per technique (spans of one technique merged, spans
# only meet spans of the same technique) and micro-averages over techniques.


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of character spans as sorted, non-overlapping ``(start, end)`` pairs (touching spans merge)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


@dataclass
class SpanCounts:
    """Running sums of the SI measure: precision credit, predicted spans, recall credit, gold spans."""

    prec: float = 0.0
    n_pred: int = 0
    rec: float = 0.0
    n_gold: int = 0

    def add(self, pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> None:
        """Add one article's predicted and gold spans (merged here)."""
        p, g = merge_spans(pred), merge_spans(gold)
        self.n_pred += len(p)
        self.n_gold += len(g)
        j0 = 0
        for s, e in p:
            while j0 < len(g) and g[j0][1] <= s:  # both lists are sorted and disjoint: sweep
                j0 += 1
            j = j0
            while j < len(g) and g[j][0] < e:
                overlap = min(e, g[j][1]) - max(s, g[j][0])
                if overlap > 0:
                    self.prec += overlap / (e - s)
                    self.rec += overlap / (g[j][1] - g[j][0])
                j += 1

    def scores(self) -> tuple[float, float, float]:
        """``(precision, recall, F1)``."""
        p = self.prec / self.n_pred if self.n_pred else 0.0
        r = self.rec / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class SpanScores:
    """SI and technique-labelled span scores, with per-technique ``(gold spans, P, R, F1)``."""

    si: SpanCounts = field(default_factory=SpanCounts)
    labelled: SpanCounts = field(default_factory=SpanCounts)
    per_technique: dict[str, SpanCounts] = field(default_factory=dict)

    def add(self, pred: list[tuple[str, int, int]], gold: list[tuple[str, int, int]]) -> None:
        """Add one article: ``(technique, start, end)`` spans."""
        self.si.add([(s, e) for _, s, e in pred], [(s, e) for _, s, e in gold])
        for tech in sorted({t for t, _, _ in pred} | {t for t, _, _ in gold}):
            c = self.per_technique.setdefault(tech, SpanCounts())
            p = [(s, e) for t, s, e in pred if t == tech]
            g = [(s, e) for t, s, e in gold if t == tech]
            c.add(p, g)
            self.labelled.add(p, g)

    def as_dict(self) -> dict:
        """JSON-friendly form."""
        def trio(c: SpanCounts) -> dict:
            p, r, f = c.scores()
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        return {"si": trio(self.si), "labelled": trio(self.labelled),
                "per_technique": {t: {"gold_spans": c.n_gold, **trio(c)} for t, c in self.per_technique.items()}}
