"""Evaluation gate for evidence and explanations: on fold 0 of the 5-fold split (seed 13), measured against the
gold explanations of SemEval subtask 3, the evidence sentences must stay at least as close as the lead
sentences, the explanation closer than the previous template, and neither may drop below pinned minimums.

Evidence evidence-lex-1 (the scorer is retrained on the training folds' explanations inside the gate), fold 0
(228 articles with a gold explanation) in the tuning runs: evidence ROUGE-L 0.150 / TF-IDF cosine 0.198 (lead
0.148 / 0.191, title + lead 0.152 / 0.197; English 0.151 / 0.213 vs lead 0.138 / 0.180). Over folds 0-2 the
evidence beats both baselines on both measures (model card of narrascope/models/evidence); fold 0 alone is too
small to pin that against the title + lead. Minimums sit a little below.
"""
import pytest

from narrascope.evaluation.explanations import cross_validate_explanations

MINIMUM = {("evidence", "ALL"): (0.145, 0.19), ("evidence", "EN"): (0.145, 0.205),
           ("explanation", "ALL"): (0.145, 0.178), ("explanation", "EN"): (0.15, 0.21)}


@pytest.mark.slow
def test_explanation_gate_fold0(shared_data):
    res = cross_validate_explanations(shared_data / "semeval2025-task10" / "train", k=5, seed=13, only_folds=[0])
    s = res.scores
    for (system, lang), (rouge, cosine) in MINIMUM.items():
        assert s[system][lang]["rouge_l"] >= rouge, (system, lang, s[system][lang])
        assert s[system][lang]["cosine"] >= cosine, (system, lang, s[system][lang])
    for measure in ("rouge_l", "cosine"):
        assert s["explanation"]["ALL"][measure] > s["template-0.1"]["ALL"][measure]
    assert s["explanation"]["EN"]["cosine"] > s["template-0.1"]["EN"]["cosine"]
    # English ROUGE-L ties the old template over 5 folds (0.158 both): it must not fall clearly behind.
    assert s["explanation"]["EN"]["rouge_l"] >= s["template-0.1"]["EN"]["rouge_l"] - 0.01
    for measure in ("rouge_l", "cosine"):
        assert s["evidence"]["ALL"][measure] >= s["lead"]["ALL"][measure], measure
        assert s["evidence"]["EN"][measure] > s["lead"]["EN"][measure], measure
    assert s["evidence"]["EN"]["cosine"] > s["title+lead"]["EN"]["cosine"]


def test_rouge_l_counts_the_longest_common_subsequence():
    from narrascope.evaluation.explanations import rouge_l

    assert rouge_l("the cat sat on the mat", "the cat sat on the mat") == 1.0
    assert rouge_l("", "anything") == 0.0
    # LCS "the cat the mat" = 4 of 6 and 4 of 5 words
    expected = 2 * (4 / 6) * (4 / 5) / (4 / 6 + 4 / 5)
    assert abs(rouge_l("the cat sat on the mat", "the cat ate the mat") - expected) < 1e-9
