"""Evaluation gate: the shipped configuration, retrained on folds 1-4 and scored on fold 0 (articles it never
saw), must not drop below pinned minimums (paragraphs, sentence lines, span identification, the techniques
issue 11 asked to find)."""
from __future__ import annotations

import json

import pytest

# Fold 0 of 5 (article_folds, seed 13) with the shipped configuration (make_model() defaults). The shipped
# artifact is trained on all 446 articles, so it cannot be scored on any of them: this test retrains the same
# configuration on folds 1-4 (about 4 CPU-minutes) and scores fold 0. Measured values are in MODEL_CARD.md
# ("fold 0" rows); minimums sit about 0.02 below them (0.03 for the small per-technique counts).
# Measured when pinned (v3.1, rare-technique bonus checked on held-out inner folds): paragraphs 0.373, lines
# 0.324, SI 0.344; Loaded_Language 0.504, Causal 0.171, False_Dilemma 0.110, Appeal_to_Authority 0.262.
# Conversation_Killer is no longer pinned: its held-out inner F1 (0.08) is under the bonus floor, so its
# threshold is tuned for plain micro-F1 and it fires rarely (1 of 17 fold-0 paragraphs found).
MIN_PARAGRAPH_MICRO_F1 = 0.35
MIN_LINES_MICRO_F1 = 0.30
MIN_SI_F1 = 0.32
# Precision at display of the spans (issue 20): the shipped span cut-offs (span_display.json, chosen on folds 1-4
# by research/span_display.py) applied to the fold-0 model; technique-labelled precision of the spans shown by
# default (SemEval-2020 T11 partial credit): 0.505 on 95 spans when pinned (every predicted span: 0.141).
MIN_SHOWN_SPAN_PRECISION = 0.45
MIN_SHOWN_SPANS = 60
MIN_TECHNIQUE_F1 = {"Loaded_Language": 0.47, "Causal_Oversimplification": 0.12, "False_Dilemma-No_Choice": 0.08,
                    "Appeal_to_Authority": 0.20}


@pytest.mark.slow
def test_fixed_fold_scores_of_the_shipped_configuration(shared_data):
    from narrascope.evaluation.persuasion import cross_validate, model_folder
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion_data import read_semeval2023

    articles = read_semeval2023(shared_data / "semeval2023-task3" / "en")
    cutoffs = json.loads((model_folder("en") / "span_display.json").read_text(encoding="utf-8"))["cutoffs"]
    result = cross_validate(articles, load_techniques().ids, k=5, seed=13, only_fold=0, span_display=cutoffs)
    shown = result.shown_spans.labelled
    print(f"\nshown spans: {shown.n_pred}, labelled precision {shown.scores()[0]:.3f}; "
          f"all spans labelled precision {result.spans.labelled.scores()[0]:.3f}")
    assert shown.n_pred >= MIN_SHOWN_SPANS, result.shown_spans.as_dict()
    assert shown.scores()[0] >= MIN_SHOWN_SPAN_PRECISION, result.shown_spans.as_dict()
    assert result.paragraphs.micro_f1 >= MIN_PARAGRAPH_MICRO_F1, result.paragraphs.as_dict()
    assert result.lines.micro_f1 >= MIN_LINES_MICRO_F1, result.lines.as_dict()
    assert result.spans.si.scores()[2] >= MIN_SI_F1, result.spans.as_dict()
    for tech, floor in MIN_TECHNIQUE_F1.items():
        assert result.paragraphs.per_technique[tech][3] >= floor, (tech, result.paragraphs.per_technique[tech])
