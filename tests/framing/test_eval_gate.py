"""Evaluation gate: the shipped configuration must keep its score on a fixed cross-validation fold.

Fold 0 of the 5 article-grouped, language-stratified folds of the shipped training set (all five languages,
unframed names included, articles parsed with the Document's spaCy pipeline), trained with the shipped
hyperparameters exactly as ``narrascope eval framing --cv 5 --fold 0`` does (model 2.0):
floors and how they were set below (narrascope/models/framing/MODEL_CARD.md).
"""
import pytest

from narrascope.evaluation.framing import cross_validate_framing

# Set from the 5-fold CV of model 2.0 (all languages: exact 0.364, micro-F1 0.411, main 0.715; English main
# 0.700; cast precision at the shipped threshold 0.8: 0.863) less a margin for one fold's spread: fold 0
# alone was not measured separately when the floors were set (the shared machine was too busy).
FLOORS = {"exact_match": 0.33, "micro_f1": 0.37, "main_accuracy": 0.68}
EN_FLOORS = {"main_accuracy": 0.64}
#: The cast (main score >= the shipped framing_cast_min_score, 0.8) must stay precise.
CAST_FLOOR = ("0.80", 0.80)


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
