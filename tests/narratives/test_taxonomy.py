"""The taxonomy shipped as data, and the hierarchy rules."""
import csv

import numpy as np
import pytest

from narrascope.models.narrative_classifier import DOMAIN_COLUMNS, decide
from narrascope.taxonomy.narratives import OTHER, load_taxonomy, make_consistent

TAX = load_taxonomy()


def test_sizes_and_parents():
    assert len(TAX.coarse) == 22 and TAX.coarse[-1] == OTHER  # 11 URW + 10 CC narratives + Other
    assert len(TAX.fine) == 95
    for f in TAX.fine:
        assert TAX.parent[f] in TAX.coarse
        assert f == OTHER or f.startswith(TAX.parent[f] + ": ")
    assert all(TAX.description[label].strip() for label in TAX.coarse + TAX.fine)


def test_labels_match_training_data_and_descriptions_are_our_own(shared_data):
    root = shared_data / "semeval2025-task10"
    seen = set()
    for f in (root / "train" / "labels").glob("*/subtask-2-annotations.txt"):
        for line in f.read_text("utf-8").splitlines():
            cols = line.split("\t")
            seen |= {x.strip() for x in (cols[1] + ";" + cols[2]).split(";") if x.strip()}
    assert seen == set(TAX.coarse) | set(TAX.fine)
    official = set()
    for name in ("narrative_definitions.csv", "subnarrative_definitions.csv"):
        with open(root / "taxonomy" / name, encoding="utf-8") as fh:
            for row in csv.reader(fh):
                official |= {c.strip().lower() for c in row[1:] if len(c) > 30}
    assert not {d.strip().lower() for d in TAX.description.values()} & official


def test_make_consistent():
    sub = "URW: Discrediting Ukraine: Ukraine is a puppet of the West"
    assert make_consistent([], [sub]) == (["URW: Discrediting Ukraine"], [sub])
    assert make_consistent(["URW: Praise of Russia"], []) == (["URW: Praise of Russia"],
                                                              ["URW: Praise of Russia: Other"])
    assert make_consistent([], []) == ([OTHER], [OTHER])
    assert make_consistent([OTHER], [OTHER]) == ([OTHER], [OTHER])


def _columns():
    return list(DOMAIN_COLUMNS) + list(TAX.coarse) + list(TAX.fine[:-1])


RULE = {"coarse": 0.3, "fine": 0.3, "relative": 0.5, "other": {"EN": 0.3}, "other_default": 0.3, "floor": 0.05}


@pytest.mark.parametrize("expected_f1", [False, True])
def test_decide_keeps_the_hierarchy(expected_f1):
    """Per-label thresholds and the expected-F1 label sets both give hierarchy-consistent sets."""
    cols = _columns()
    col = {c: j for j, c in enumerate(cols)}
    rng = np.random.default_rng(0)
    for _ in range(300):
        p = rng.uniform(0, 1, len(cols)) ** rng.uniform(1, 6)
        cond = np.clip(p * rng.uniform(1, 2), 0, 0.995) if expected_f1 else None
        pred = decide(p, cols, RULE, "en", cond)
        cs, fs = pred.coarse_labels, pred.fine_labels
        if cs == [OTHER]:
            assert fs == [OTHER] and pred.domain == OTHER
            continue
        assert OTHER not in cs and OTHER not in fs
        assert {TAX.domain_of(c) for c in cs} == {pred.domain}
        assert {TAX.parent[f] for f in fs} == set(cs)          # every narrative has a sub, every sub its narrative
        assert all(0 <= s <= 1 for _, s in pred.coarse + pred.fine)
        assert make_consistent(cs, fs) == (cs, fs)
    p = np.zeros(len(cols))
    p[col[OTHER]] = 0.9
    assert decide(p, cols, RULE, "en").fine_labels == [OTHER]
