"""Evaluation gate: a fixed cross-validation fold must keep its score (a regression fails CI).

Fold 0 of the 5 article-grouped, language-stratified folds, trained and scored on English and Portuguese
(the other languages are left out to keep the gate under two minutes on two cores). Measured when set:
exact match 0.389, micro-F1 0.404, main-role accuracy 0.754 (422 mentions; model 1.1, joint decoding);
the floors sit a little below (see narrascope/models/framing/MODEL_CARD.md).
"""
import pytest

from narrascope.evaluation.framing import cross_validate_framing

FLOORS = {"exact_match": 0.36, "micro_f1": 0.37, "main_accuracy": 0.72}


@pytest.mark.slow
def test_fixed_fold_keeps_its_score(shared_data):
    result = cross_validate_framing(shared_data / "semeval2025-task10" / "train", k=5, folds=[0],
                                    langs=["EN", "PT"])
    got = result["scores"]["ALL"]
    assert got["n"] > 300
    for measure, floor in FLOORS.items():
        assert got[measure] >= floor, f"{measure} fell to {got[measure]:.3f} (floor {floor}); see MODEL_CARD.md"
