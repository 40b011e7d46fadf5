"""Evaluation gate of the Russian persuasion model: the shipped configuration (``make_model(language="ru")``),
retrained on folds 1-4 of the 143 Russian SemEval-2023 articles and scored on fold 0 (articles it never saw, and
the fold kept out of every choice), must stay above pinned minimums and clearly above always answering
Loaded_Language on the same paragraphs."""
from __future__ import annotations

import pytest

# Fold 0 of 5 (article_folds, seed 13): 29 articles, 368 paragraphs. Measured values are in
# narrascope/models/persuasion_ru/MODEL_CARD.md ("v2: the span tagger converges", stop 42: 50 SGD epochs): paragraph
# micro-F1 0.410 against 0.301 for always Loaded_Language (margin 0.109), precision of the labels shown by default
# 0.492 (target 0.5); v1 (5 epochs) measured 0.386, 0.086 and 0.479. Minimums sit about 0.03-0.04 below them (the
# shown precision is over ~240 labels: noisier). Runtime: about 4 minutes on the shared 2-core machine (one
# training on 114 articles + scoring 29).
MIN_PARAGRAPH_MICRO_F1 = 0.38
MIN_MARGIN_OVER_ALWAYS_LL = 0.07
MIN_SHOWN_PRECISION = 0.45


@pytest.mark.slow
def test_fold0_scores_of_the_shipped_russian_configuration(shared_data):
    from narrascope.evaluation.persuasion import cross_validate, gold_pairs, score_pairs
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion_data import read_semeval2023

    articles = read_semeval2023(shared_data / "semeval2023-task3" / "ru")
    result = cross_validate(articles, load_techniques().ids, k=5, seed=13, only_fold=0, language="ru")
    from narrascope.metrics import article_folds

    folds = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=5, seed=13)
    gold = gold_pairs([a for a, f in zip(articles, folds) if f == 0])
    always_ll = score_pairs(gold, {k: {"Loaded_Language"} for k in gold}).micro_f1
    assert result.paragraphs.micro_f1 >= MIN_PARAGRAPH_MICRO_F1, result.paragraphs.as_dict()
    assert result.paragraphs.micro_f1 - always_ll >= MIN_MARGIN_OVER_ALWAYS_LL, (result.paragraphs.micro_f1, always_ll)
    assert result.shown.micro_precision >= MIN_SHOWN_PRECISION, result.shown.as_dict()
