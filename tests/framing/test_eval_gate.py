"""Evaluation gate: the shipped configuration must keep its score on a fixed cross-validation fold.

Fold 0 of the 5 article-grouped, language-stratified folds of the shipped training set (all five languages,
unframed names included, articles parsed with the Document's spaCy pipeline), trained with the shipped
hyperparameters exactly as ``narrascope eval framing --cv 5 --fold 0`` does (model 2.1, seed verb lexicon
vote included): floors and how they were set below (narrascope/models/framing/MODEL_CARD.md).
"""
import pytest

from narrascope.evaluation.framing import cross_validate_framing

# Fold 0 of model 2.1 measured (CPU, 2026-11-27): all languages exact 0.370, micro-F1 0.414, main 0.719; English
# main 0.690; cast precision at the shipped threshold 0.8: 0.860 (5-fold: 0.366 / 0.412 / 0.717, EN main 0.717,
# cast 0.863). Training is deterministic, so the floors sit 0.02 below the measured fold: a real regression
# (or a change of folds or features) fails, rounding does not.
FLOORS = {"exact_match": 0.35, "micro_f1": 0.39, "main_accuracy": 0.70}
EN_FLOORS = {"main_accuracy": 0.67}
#: The cast (main score >= the shipped framing_cast_min_score, 0.8) must stay precise.
CAST_FLOOR = ("0.80", 0.84)


@pytest.mark.slow
def test_fixed_fold_of_the_shipped_configuration_keeps_its_score(shared_data):
    result = cross_validate_framing(shared_data / "semeval2025-task10" / "train", k=5, folds=[0])
    got = result["scores"]["ALL"]
    assert got["n"] > 1000 and set(result["scores"]) >= {"BG", "EN", "HI", "PT", "RU"}
    for measure, floor in FLOORS.items():
        assert got[measure] >= floor, f"{measure} fell to {got[measure]:.3f} (floor {floor}); see MODEL_CARD.md"
    for measure, floor in EN_FLOORS.items():
        assert result["scores"]["EN"][measure] >= floor, f"English {measure} fell below {floor}"
    t, floor = CAST_FLOOR
    assert result["cast"][t]["ALL"]["precision"] >= floor
