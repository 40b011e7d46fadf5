"""Evaluation gate: the shipped configuration must keep its score on a fixed cross-validation fold.

Fold 0 of the 5 article-grouped, language-stratified folds of the shipped training set (all five languages,
unframed names included, articles parsed with the Document's spaCy pipeline), trained with the shipped
hyperparameters exactly as ``narrascope eval framing --cv 5 --fold 0`` does (model 2.1, seed verb lexicon
vote included): floors and how they were set below (narrascope/models/framing/MODEL_CARD.md).
"""
import pytest

from narrascope.evaluation.framing import cross_validate_framing

# (2026-12-04, with evidence read without a parse in RU/PT/BG (voting) and HI (cues and veto only), fold 0:
# exact 0.369, micro-F1 0.414, main 0.718, English main 0.697, cast precision at 0.8 0.850; shown cast BG 0.761,
# EN 0.778, HI 0.707, PT 0.806, RU 0.744. A Hindi vote had taken the cast at 0.8 to 0.834, under its floor.)
# (2026-12-02, with the cast evidence reader of issue 20 replacing the lexicon vote, fold 0: exact 0.370,
# micro-F1 0.414, main 0.720, English main 0.697, cast precision at 0.8 0.855: the floors below still hold.)
# Fold 0 of model 2.1 measured (CPU, 2026-11-27): all languages exact 0.370, micro-F1 0.414, main 0.719; English
# main 0.690; cast precision at the shipped threshold 0.8: 0.860 (5-fold: 0.366 / 0.412 / 0.717, EN main 0.717,
# cast 0.863). Training is deterministic, so the floors sit 0.02 below the measured fold: a real regression
# (or a change of folds or features) fails, rounding does not.
FLOORS = {"exact_match": 0.35, "micro_f1": 0.39, "main_accuracy": 0.70}
EN_FLOORS = {"main_accuracy": 0.67}
#: The cast (main score >= 0.8, the v2.1 cast threshold) must stay precise.
CAST_FLOOR = ("0.80", 0.84)
#: What the cast shows (issue 20; the shipped display policy, models/framing/display.json, chosen on folds 1-4,
#: so fold 0 is left out of every choice): floors set below the fold-0 figures of MODEL_CARD.md.
#: Fold 0 measured (2026-12-02, research/cast_oof.py, the same folds and model): English 27 shown, precision
#: 0.778 (always-Antagonist 0.684), 6 heroes or victims shown, 4 right; BG/HI/PT/RU precision 0.764/0.690/
#: 0.813/0.750 against always-Antagonist 0.623/0.322/0.431/0.563, coverage 0.78/0.74/0.96/0.93.
DISPLAY_FLOORS = {"EN": {"precision": 0.75, "heroes_victims_shown": 5, "heroes_victims_right_share": 0.6}}
#: In BG, HI, PT and RU the shown cast must beat always-Antagonist and cover this share of gold mentions.
DISPLAY_COVERAGE = 0.2
#: ... and, since stop 43 (a role no evidence item names needs the language's no-cue floor; Hindi villains with an
#: evidence item), keep its precision. Fold 0 measured (research/cast_oof.py + research/cast_display.py --shipped,
#: the same folds and model): BG 0.873 (71 shown, coverage 0.62), HI 0.893 (149, 0.29), PT 0.913 (172, 0.64), RU
#: 0.842 (114, 0.80); before the floors 0.767, 0.735, 0.829, 0.769. Floors 0.02 below. (Stop 46: HI 0.889, 153
#: shown, coverage 0.30. Stop 47, more Hindi readings and its no-cue floor 0.9 -> 0.85: HI 0.880, 184 shown, coverage
#: 0.36; its pin lowered from 0.87 to 0.86 to sit about 0.015 below it.)
DISPLAY_PRECISION = {"BG": 0.85, "HI": 0.86, "PT": 0.89, "RU": 0.82}


@pytest.fixture(scope="module")
def fold0(shared_data):
    return cross_validate_framing(shared_data / "semeval2025-task10" / "train", k=5, folds=[0])


@pytest.mark.slow
def test_fixed_fold_of_the_shipped_configuration_keeps_its_score(fold0):
    result = fold0
    got = result["scores"]["ALL"]
    assert got["n"] > 1000 and set(result["scores"]) >= {"BG", "EN", "HI", "PT", "RU"}
    for measure, floor in FLOORS.items():
        assert got[measure] >= floor, f"{measure} fell to {got[measure]:.3f} (floor {floor}); see MODEL_CARD.md"
    for measure, floor in EN_FLOORS.items():
        assert result["scores"]["EN"][measure] >= floor, f"English {measure} fell below {floor}"
    t, floor = CAST_FLOOR
    assert result["cast"][t]["ALL"]["precision"] >= floor


@pytest.mark.slow
def test_fixed_fold_shows_a_precise_cast_with_heroes_and_victims(fold0):
    """Precision at display on the left-out fold: what the shipped display policy shows."""
    d = fold0["display"]
    en = d["EN"]
    floors = DISPLAY_FLOORS["EN"]
    assert en["precision"] >= floors["precision"], en
    assert en["heroes_victims_shown"] >= floors["heroes_victims_shown"], en
    assert en["heroes_victims_right"] >= floors["heroes_victims_right_share"] * en["heroes_victims_shown"], en
    for lang in ("BG", "HI", "PT", "RU"):
        v = d[lang]
        assert v["precision"] > v["always_antagonist"], (lang, v)
        assert v["coverage"] >= DISPLAY_COVERAGE, (lang, v)
        assert v["precision"] >= DISPLAY_PRECISION[lang], (lang, v)
