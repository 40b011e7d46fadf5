"""Evaluation gate: cross-validated micro-F1 on one fixed fold must not drop below a pinned minimum."""
from __future__ import annotations

import pytest

# Fold 0 of 5 (article_folds, seed 13), default features, thresholds at 0, paragraphs only (inner_folds=0 and
# sentence_lines=False keep the gate under two minutes). Measured 0.370 when pinned (Loaded_Language F1 0.486); labelling every paragraph
# Loaded_Language scores ~0.2.
MIN_MICRO_F1 = 0.34


@pytest.mark.slow
def test_fixed_fold_micro_f1(shared_data):
    from narrascope.evaluation.persuasion import cross_validate
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion_data import read_semeval2023

    articles = read_semeval2023(shared_data / "semeval2023-task3" / "en")
    scores = cross_validate(articles, load_techniques().ids, k=5, seed=13, only_fold=0,
                            model_params={"inner_folds": 0, "sentence_lines": False})
    assert scores.micro_f1 >= MIN_MICRO_F1, scores.as_dict()
    assert scores.per_technique["Loaded_Language"][3] >= 0.44
