"""The official subtask-2 metric (F1-samples) against hand-computed cases."""
import pytest

from narrascope.evaluation.narratives import per_label_table
from narrascope.metrics import f1_samples

A, B, C = "URW: Praise of Russia", "URW: Discrediting Ukraine", "URW: Russia is the Victim"


@pytest.mark.parametrize("gold,pred,expected", [
    ([A], [A], 1.0),
    ([A, B], [A], 2 * 1 / 3),          # P=1, R=1/2
    ([A], [A, B, C], 2 * 1 / 4),       # P=1/3, R=1
    ([A, B], [B, C], 0.5),             # P=1/2, R=1/2
    ([A], [B], 0.0),
    (["Other"], ["Other"], 1.0),       # Other is an ordinary label: right when both say it
    (["Other"], [A], 0.0),
    ([A], ["Other"], 0.0),
    ([], [], 1.0),                     # nothing to find and nothing found
    ([A], [], 0.0),
    ([], [A], 0.0),
    ([A, A], [A], 1.0),                # sets, duplicates do not count twice
])
def test_per_article_f1(gold, pred, expected):
    assert f1_samples([gold], [pred])[0] == pytest.approx(expected)


def test_mean_and_std_over_articles():
    scores = f1_samples([[A], [A, B], ["Other"]], [[A], [A], [B]])
    assert scores.tolist() == pytest.approx([1.0, 2 / 3, 0.0])
    assert scores.mean() == pytest.approx(5 / 9)


def test_per_label_table_counts():
    rows = {r["label"]: r for r in per_label_table([[A], [A, B], ["Other"]], [[A], [A, C], ["Other"]])}
    assert rows[A] == {"label": A, "support": 2, "predicted": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert rows[B]["recall"] == 0.0 and rows[B]["predicted"] == 0
    assert rows[C]["precision"] == 0.0 and rows[C]["support"] == 0
    assert rows["Other"]["f1"] == 1.0


def test_expected_f1_matches_brute_force_enumeration():
    """The expected F1 of a label set (hits and misses as Poisson-binomial counts) equals the sum over every
    possible gold set of its probability times the set's F1."""
    import itertools

    import numpy as np

    from narrascope.models.narrative_classifier import _expected_f1

    r = np.array([0.9, 0.6, 0.3, 0.05, 0.5])
    pool = np.arange(5)
    for chosen in ([0], [0, 1], [1, 2, 4], [3]):
        brute = 0.0
        for bits in itertools.product((0, 1), repeat=5):
            prob = np.prod([q if b else 1 - q for q, b in zip(r, bits)])
            gold = [i for i, b in enumerate(bits) if b]
            brute += prob * f1_samples([[str(g) for g in gold]], [[str(c) for c in chosen]])[0]
        # an empty gold set with a non-empty prediction scores 0 in both
        assert _expected_f1(r, chosen, pool) == pytest.approx(brute, abs=1e-9)


def test_expected_f1_sets_prefers_one_confident_label_over_adding_doubtful_ones():
    import numpy as np

    from narrascope.models.narrative_classifier import DOMAIN_COLUMNS, expected_f1_sets
    from narrascope.taxonomy.narratives import load_taxonomy

    tax = load_taxonomy()
    columns = list(DOMAIN_COLUMNS) + list(tax.coarse) + list(tax.fine[:-1])
    col = {c: j for j, c in enumerate(columns)}
    p = np.full(len(columns), 0.01)
    p[col["domain: URW"]] = 0.95
    kids = tax.children(A)
    p[col[A]], p[col[B]] = 0.9, 0.2
    p[col[kids[0]]] = 0.7
    coarse, fine = expected_f1_sets(p, p, columns)
    assert [columns[j] for j in coarse] == [A]
    assert [columns[j] for j in fine] == [kids[0]]
    p[col[B]] = 0.85  # two near-certain narratives: both
    p[col[tax.children(B)[-1]]] = 0.6
    coarse, fine = expected_f1_sets(p, p, columns)
    assert sorted(columns[j] for j in coarse) == sorted([A, B])
    assert {tax.parent[columns[j]] for j in fine} == {A, B}


def test_nested_expected_f1_equals_the_direct_computation():
    import numpy as np

    from narrascope.models.narrative_classifier import _expected_f1, _nested_f1, _pmf

    r = np.array([0.9, 0.6, 0.3, 0.05, 0.5, 0.2])
    pool = np.arange(6)
    nested = _nested_f1(r, [0], [4, 1, 2], _pmf(r[[3, 5]]))
    direct = [_expected_f1(r, [0, 4, 1, 2][: 1 + m], pool) for m in range(4)]
    assert nested == pytest.approx(direct, abs=1e-12)
