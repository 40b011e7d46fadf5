"""The English cast on fifteen articles written for issue 20 (``tests/framing/articles/cast/``: three pro-Kremlin
pieces, five wire/opinion pieces on the war, one of them reporting both sides' blame, five on climate and pollution,
one of them climate-sceptic, two with rescuers and mediators), scored against their hand-written gold with
``tests/framing/cast_scorer.py``. The articles and the gold were committed before the cast code was read (or
changed); the floors sit slightly under what the code gets (see the framing model card, 2026-12-05)."""
from pathlib import Path

import pytest

from tests.framing.cast_scorer import match_stem, score, score_folder

FOLDER = Path(__file__).resolve().parent / "articles" / "cast"
# the code of 2026-12-05 (branch cast-en34): 7 shown, 7 right, all villains; no hero or victim shown (the heroes
# and victims of these articles are mostly groups the entities layer does not list: rescuers, pensioners, farmers).
# Branch en-groups35 (groups of people as GROUP entities, group evidence; two more articles, sumy_drones and
# river_mine, written before the cast code was changed): 16 shown, 14 right on the eight, 6 of 7 victims right
# Branch en-hero36 (hero evidence, English heroes shown; two more articles with heroes, mountain_rescue and
# ceasefire_envoy, written and committed before the code was changed): on the ten, 19 shown, 17 right (no hero) ->
# 34 shown, 30 right, heroes 13 of 15 right, victims 9 of 10
# Branch en-cast39 (five more articles, donbas_restraint, zaporizhzhia_strike, net_zero_farmers, seville_heatwave,
# nuclear_plant_blame, written and committed before the cast code was read): as first written, unseen, the five
# 9 shown, 5 right (villains 2 of 6, heroes 1 of 1, victims 2 of 2); the fifteen 43 shown, 35 right (0.814),
# villains 10/15, heroes 14/16, victims 11/12 (the ten: 33 shown, 30 right). After the branch's rules (false-flag
# blame, blame going round, scare-quoted charge, "It is false." two sentences on, mutual-blame lead, civil group
# forced to act): the five 7 shown, 7 right (villains 2/2, heroes 1/1, victims 4/4); the fifteen 41 shown, 37 right
# (0.902), villains 10/11, heroes 14/16, victims 13/14 (the ten unchanged)
FLOOR_SHOWN = 38
FLOOR_PRECISION = 0.87
FLOOR_HV_RIGHT = 25


@pytest.fixture(scope="module")
def scored(pipeline):
    return score_folder(FOLDER, pipeline)


def test_written_cast_floor(scored):
    results, total = scored
    assert len(results) == 15
    assert total["shown"] >= FLOOR_SHOWN, total
    assert total["right"] / total["shown"] >= FLOOR_PRECISION, total
    assert total["heroes_right"] + total["victims_right"] >= FLOOR_HV_RIGHT, total
    # no place named in a dateline or only located ("lies 30 km from the border") is shown as a villain
    assert not any("Kharkiv=" in u or "Ukraine=Antagonist" in u for r in results.values() for u in r["unmatched"])


def test_scorer_counts():
    gold = {"cast": {"nato": "Antagonist", "pensioners": "Innocent"}, "unframed": ["turkey"]}
    analysis = {
        "entities": [{"id": "E1", "name": "NATO", "mentions": [{"text": "NATO"}]},
                     {"id": "E2", "name": "Turkey", "mentions": [{"text": "Turkish"}]},
                     {"id": "E3", "name": "Mars", "mentions": [{"text": "Mars"}]},
                     {"id": "E4", "name": "the pensioners", "mentions": [{"text": "pensioners"}]}],
        "cast": {"protagonists": [{"entity": "E2", "name": "Turkey", "shown": True}],
                 "antagonists": [{"entity": "E1", "name": "NATO", "shown": True},
                                 {"entity": "E3", "name": "Mars", "shown": True}],
                 "innocents": [{"entity": "E4", "name": "the pensioners", "shown": False}]}}
    c = score(analysis, gold)
    assert (c["counts"]["shown"], c["counts"]["right"], c["counts"]["covered"]) == (2, 1, 1)
    assert c["unmatched"] == ["Mars=Antagonist"]
    assert match_stem("Russian Navy", ["navy"], ["russia", "russian navy"]) == "russian navy"
