"""Evaluation gate: the shipped configuration, cross-validated on one fixed fold, must not drop below pinned
minimums (paragraphs, sentence lines, span identification)."""
from __future__ import annotations

import pytest

# Fold 0 of 5 (article_folds, seed 13) with the shipped configuration (make_model() defaults: paragraph model
# + span tagger + combiner, inner folds for every threshold). The shipped artifact is trained on exactly this
# fold's training part (`narrascope train persuasion --holdout-fold 0`), so these are its held-out scores.
# Measured when pinned: paragraphs 0.384, sentence lines 0.327, SI 0.342 (MODEL_CARD.md); minimums sit
# about 0.02 below.
MIN_PARAGRAPH_MICRO_F1 = 0.365
MIN_LINES_MICRO_F1 = 0.31
MIN_SI_F1 = 0.32


@pytest.mark.slow
def test_fixed_fold_scores_of_the_shipped_configuration(shared_data):
    from narrascope.evaluation.persuasion import cross_validate
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion_data import read_semeval2023

    articles = read_semeval2023(shared_data / "semeval2023-task3" / "en")
    result = cross_validate(articles, load_techniques().ids, k=5, seed=13, only_fold=0)
    assert result.paragraphs.micro_f1 >= MIN_PARAGRAPH_MICRO_F1, result.paragraphs.as_dict()
    assert result.lines.micro_f1 >= MIN_LINES_MICRO_F1, result.lines.as_dict()
    assert result.spans.si.scores()[2] >= MIN_SI_F1, result.spans.as_dict()
    assert result.paragraphs.per_technique["Loaded_Language"][3] >= 0.44
