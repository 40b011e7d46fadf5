"""The SemEval-2020 Task 11 span measures (SI and technique-labelled), checked on hand-computed cases."""
from __future__ import annotations

import pytest

from narrascope.metrics import SpanCounts, SpanScores, merge_spans


def test_merge_spans_unions_overlaps_and_drops_empty():
    assert merge_spans([(5, 9), (0, 3), (2, 6), (12, 12), (20, 25)]) == [(0, 9), (20, 25)]


def test_partial_overlap_earns_partial_credit():
    c = SpanCounts()
    c.add([(5, 15)], [(0, 10)])
    assert c.scores() == pytest.approx((0.5, 0.5, 0.5))


def test_two_exact_pieces_of_one_gold_span():
    c = SpanCounts()
    c.add([(0, 2), (4, 6)], [(0, 10)])
    p, r, f = c.scores()
    assert p == pytest.approx(1.0) and r == pytest.approx(0.4) and f == pytest.approx(2 * 0.4 / 1.4)


def test_nothing_predicted_scores_zero_and_articles_accumulate():
    c = SpanCounts()
    c.add([], [(0, 10)])
    assert c.scores() == (0.0, 0.0, 0.0)
    c.add([(0, 10)], [(0, 10)])
    assert c.scores() == pytest.approx((1.0, 0.5, 2 / 3))


def test_si_ignores_techniques_but_labelled_does_not():
    s = SpanScores()
    s.add(pred=[("Doubt", 0, 10)], gold=[("Loaded_Language", 0, 10), ("Doubt", 20, 30)])
    d = s.as_dict()
    assert d["si"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(0.6667, abs=1e-4)}
    assert d["labelled"]["f1"] == 0.0
    assert d["per_technique"]["Doubt"]["gold_spans"] == 1
