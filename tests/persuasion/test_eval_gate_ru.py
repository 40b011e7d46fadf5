"""Evaluation gate of the Russian persuasion model: the shipped configuration (``make_model(language="ru")``),
retrained on folds 1-4 of the 143 Russian SemEval-2023 articles and scored on fold 0 (articles it never saw, and
the fold kept out of every choice), must stay above pinned minimums and clearly above always answering
Loaded_Language on the same paragraphs."""
from __future__ import annotations

import pytest

# Fold 0 of 5 (article_folds, seed 13): 29 articles, 368 paragraphs. Measured values are in
# narrascope/models/persuasion_ru/MODEL_CARD.md ("fold 0"): paragraph micro-F1 0.386 against 0.301 for always
# Loaded_Language (margin 0.086), precision of the labels shown by default 0.479 (target 0.5). Minimums sit
# about 0.03-0.05 below them (the shown precision is over ~300 labels: noisier). Runtime: 248 s on the shared
# 2-core machine while its load average fell from about 9 to 2 (one training on 114 articles + scoring 29).
MIN_PARAGRAPH_MICRO_F1 = 0.36
MIN_MARGIN_OVER_ALWAYS_LL = 0.05
MIN_SHOWN_PRECISION = 0.43


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
