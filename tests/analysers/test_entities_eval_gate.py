"""Evaluation gate: the shipped entities configuration must keep matching gold SemEval-2025 subtask-1 mentions.

Fold 4 of the 5 article-grouped, language-stratified folds (the fold kept out of every choice made for the
tagger, narrascope/models/entities/MODEL_CARD.md), BG/HI/PT/RU/EN: the mention tagger and its gazetteer are
retrained on the other four folds (all five languages feed the gazetteer) and the entities layer, as
shipped, is scored on the held-out articles, exactly as ``narrascope eval entities --cv 5 --fold 4`` does (English:
spaCy's NER and the English rules, no tagger).
Training is deterministic; the floors sit about 0.02 below the measured shares.
"""
import pytest

from narrascope.evaluation.entities import cross_validate_entities

# Fold 4 measured (model 1.1, 2026-12-02): BG 0.902, HI 0.729, PT 0.961, RU 0.878.
# Fold 4 measured (model 1.2, 2026-12-03): BG 0.902, HI 0.771, PT 0.961, RU 0.878 (fold 4 was among the folds
# the v1.2 Hindi choices were made on; fold 0, held out of them: HI 0.748).
# Fold 4 measured (2026-12-05, Hindi structure rules and branch hi-ent35): HI 0.810 (chosen on folds 1-4; fold 0,
# held out of them: HI 0.785); the HI floor is just under the held-out fold-0 figure.
# Fold 4 measured (2026-12-05, branch hi-ent36: Hindi demonyms and multi-word places): HI 0.816 (chosen on folds 1-4;
# fold 0, held out of them: HI 0.796); the HI floor is just under the held-out fold-0 figure.
# English (spaCy's NER and the English rules; no tagger) first pinned 2026-12-05, branch en-ent36b: fold 4 EN 0.727
# -> 0.773 (chosen on folds 2-4, checked on fold 1); the floor is just under the measured share.
# English 2026-12-05, branch en-ent38 (glued people, nicknames, particles, state groups): fold 4 EN 0.773 -> 0.805
# (chosen on folds 1-4; fold 0, held out of them: 0.832 -> 0.832); the floor is just under the measured share.
# Russian, 2026-12-05, branch ru-ent38 (a body with its country, bracketed acronyms apart, a country's adjective with
# a group noun): fold 4 RU 0.885 -> 0.917 (chosen on folds 1-4; fold 0, held out of them: 0.845 -> 0.866); the
# floor sits just under the measured share.
FLOORS = {"BG": 0.88, "HI": 0.79, "PT": 0.94, "RU": 0.90, "EN": 0.79}


@pytest.mark.slow
def test_held_out_fold_keeps_its_exact_match_share(shared_data):
    result = cross_validate_entities(shared_data / "semeval2025-task10" / "train", k=5, folds=[4],
                                     langs=["BG", "HI", "PT", "RU", "EN"])
    for lang, floor in FLOORS.items():
        got = result["scores"][lang]
        assert got["gold"] > 50, f"{lang}: only {got['gold']} gold mentions in the fold"
        assert got["exact_share"] >= floor, (f"{lang}: exact-match share fell to {got['exact_share']:.3f} "
                                             f"(floor {floor}); see narrascope/models/entities/MODEL_CARD.md")
