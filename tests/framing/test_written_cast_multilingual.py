"""The Russian, Bulgarian, Portuguese and Hindi cast on twenty articles written for stop 43
(``tests/framing/articles/cast_{ru,bg,pt,hi}/``, five per language: a pro-Kremlin piece, a wire report of a Russian
strike, a neutral report of two sides trading accusations, a climate piece, and one from the language's own media
world), each with a hand-written gold cast committed before anything was run on it, scored with
``tests/framing/cast_scorer.py``. Unseen, the product showed little and was often wrong there (framing model card,
HISTORY.md, stop 43): Russian 5 right of 11 shown, Bulgarian 1 of 2, Portuguese 2 of 8, Hindi 1 of 6. The gate pins
what the code gets now: at least as many right roles, at most as many wrong ones, per language (after the no-cue
floor and the mutual-blame rule: Russian 5 right of 8 shown, Bulgarian 1 of 1, Portuguese 2 of 6, Hindi 0 of 1; with
groups of people found as entities, branch groups44, the articles now being what that branch developed on: Russian 7
of 10, Bulgarian 4 of 4, Portuguese 4 of 8, Hindi 1 of 2; stop 44, a group whose role an evidence item names shown
without the framed floor: Russian 12 of 15, Bulgarian 7 of 7, Portuguese 9 of 13, Hindi 4 of 5; ml45, a group's help
read, "Волонтёры … раздавали воду", "स्वयंसेवकों ने … बाँटा": Russian 13 of 16, Hindi 5 of 6)."""
from pathlib import Path

import pytest

from tests.framing.cast_scorer import assert_floors, score_folder

ARTICLES = Path(__file__).resolve().parent / "articles"
#: language -> (at least this many shown roles right, at most this many wrong), measured in stop 44 (ml45: ru, hi;
#: stop 46: ru, where an evidence item lifts persons, bodies and groups over the framed floor: 16 of 20, was 13 of 16;
#: the one more wrong is the Zaporizhzhia plant shelled, a victim our gold leaves unframed)
PINNED = {"ru": (16, 4), "bg": (7, 0), "pt": (9, 4), "hi": (5, 1)}


@pytest.mark.parametrize("lang", sorted(PINNED))
def test_written_cast_in_each_language(pipeline, lang):
    # every shown entity is one the gold names (a framed one, or one listed as unframed), but for at most one group
    # per language the gold did not list (stop 44: "пенсионеров" beside the gold's one "пенсионерк", Hindi
    # "कर्मचारियों"); a slip of the gold stems would show many
    assert_floors(*score_folder(ARTICLES / f"cast_{lang}", pipeline), 5, *PINNED[lang], unmatched=1)
