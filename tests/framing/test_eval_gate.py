"""Evaluation gate: the shipped configuration must keep its score on a fixed cross-validation fold.

Fold 0 of the 5 article-grouped, language-stratified folds of the shipped training set (all five languages,
unframed names included, articles parsed with the Document's spaCy pipeline), trained with the shipped
hyperparameters exactly as ``narrascope eval framing --cv 5 --fold 0`` does. Measured when set (model 2.0):
see FLOORS' comment; the floors sit a little below (narrascope/models/framing/MODEL_CARD.md).
"""
import pytest

from narrascope.evaluation.framing import cross_validate_framing

# Measured on fold 0 (model 2.0): exact 0.380, micro-F1 0.424, main 0.731 (all languages, 1,1xx mentions);
# English alone: exact 0.2xx, main 0.7xx.
FLOORS = {"exact_match": 0.35, "micro_f1": 0.39, "main_accuracy": 0.70}
EN_FLOORS = {"main_accuracy": 0.66}
#: The cast (main score >= 0.7 here) must stay more precise than the roles overall.
CAST_FLOOR = ("0.70", 0.80)


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
