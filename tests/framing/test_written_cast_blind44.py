"""The Russian, Bulgarian, Portuguese and Hindi cast on twelve articles written blind in stop 44
(``tests/framing/articles/cast44_{ru,bg,pt,hi}/``, three per language: a strike, flood or heatwave with groups of
people as victims and rescuers, a pro-Kremlin or pro-Ukrainian opinion piece, and one from the language's own media
world). A helper wrote them and their gold before anything was run on them or the cast code was read; the gold puts
places struck by a disaster among the unframed and casts their people instead (SemEval's annotators often mark such a
place as a victim). Scored once, unseen, with ``tests/framing/cast_scorer.py``: before the groups of people of stop
44 (main 527afa6 + English rules), 13 shown, 5 right (Russian 2 of 6, Bulgarian 0 of 1, Portuguese 2 of 4, Hindi 1 of
2), 5 of 177 gold entries covered; with them (groups found, a group with an evidence item shown without the framed
floor), 23 shown, 15 right (Russian 8 of 12, Bulgarian 2 of 3, Portuguese 4 of 6, Hindi 1 of 2), 14 of 177 covered.
Five of the eight wrong roles are struck places read as victims. Two more shown entities match no stem of the gold
and are not scored (Russian "погибших" and "семьям", the dead and their families, victims in substance). The gate pins
these figures."""
from pathlib import Path

import pytest

from tests.framing.cast_scorer import assert_floors, score_folder

ARTICLES = Path(__file__).resolve().parent / "articles"
#: language -> (at least this many shown roles right, at most this many wrong), measured unseen in stop 44
PINNED = {"ru": (8, 4), "bg": (2, 1), "pt": (4, 2), "hi": (1, 1)}
#: language -> at most this many shown entities that match no stem of the gold (not scored), as measured
UNMATCHED = {"ru": 2, "bg": 0, "pt": 0, "hi": 0}


@pytest.mark.parametrize("lang", sorted(PINNED))
def test_blind_cast_in_each_language(pipeline, lang):
    assert_floors(*score_folder(ARTICLES / f"cast44_{lang}", pipeline), 3, *PINNED[lang], UNMATCHED[lang])
