"""The seed verb lexicon and the parse paths that feed it (model 2.1), on sentences written for the test."""
import numpy as np
import pytest

from narrascope.models.role_classifier import MentionInput, RoleClassifier
from narrascope.models.stance import (
    lexicon_evidence,
    lexicon_votes,
    readable,
    stance_features,
)
from narrascope.training.framing import parse_articles

TEXT = ("Title\n\nOn Monday, Arland fired rockets at Borovia, killing eleven people, and lied about it. "
        "Cestria defended the border and helped the refugees. Scientists at Dunmark University warned the world. "
        "The timber company Nordwood protected the jobs of farmers. Troops shelled Elvara's villages.\n")


@pytest.fixture(scope="module")
def doc():
    return parse_articles({"a": (TEXT, "EN")})["a"]


def _feats(doc, name):
    s = TEXT.index(name)
    return stance_features(doc, TEXT, s, s + len(name))


def test_verbs_that_share_the_subject_and_people_of_an_organisation_count(doc):
    arland = _feats(doc, "Arland")
    assert {"M_AG_fire", "M_AG_kill", "M_AG_lie"} <= set(arland)          # participle clause, coordination
    assert {"M_AG_defend", "M_AG_help"} <= set(_feats(doc, "Cestria"))
    assert "M_AG_warn" in _feats(doc, "Dunmark University")               # "scientists at X warned"
    assert "M_AG_protect" in _feats(doc, "Nordwood")                      # appositive name read as subject
    assert "M_PT_shell" in _feats(doc, "Elvara")                          # its villages were shelled


def test_lexicon_votes_follow_what_the_entity_does_or_undergoes(doc):
    assert lexicon_votes(_feats(doc, "Arland")) == (0, 3, 0)               # fire, kill, lie: antagonist
    assert lexicon_votes(_feats(doc, "Cestria")) == (2, 0, 0)              # defend, help: protagonist
    assert lexicon_votes(_feats(doc, "Elvara")) == (0, 0, 1)               # shelled: innocent
    assert lexicon_evidence(_feats(doc, "Arland"))[1] == ["fire", "kill", "lie"]
    # an aggressor that is also hit back stays an aggressor: no victim vote when it does harm
    assert lexicon_votes(["E_AG_attack", "E_PT_attack"]) == (0, 1, 0)
    # negated verbs read nothing, nor do mention-only (M_) features: the vote is the entity's, pooled
    assert lexicon_votes(["E_NEG_AG_attack", "M_AG_attack"]) == (0, 0, 0)
    assert readable("E_LEX_HARM").startswith("does harm (verb lexicon)")


def test_the_lexicon_vote_moves_the_main_role_and_shows_as_a_cue(doc):
    # A model trained mostly on antagonists casts a helper as protagonist when the article says so.
    X, y = [], []
    for i, name in enumerate(["Fennick", "Gravia", "Holmar", "Istra"]):
        text = f"News\n\nToday {name} met officials in the capital number {i}. Reporters said so.\n"
        X.append(MentionInput(text, text.index(name), text.index(name) + len(name), "EN",
                              parse_articles({"a": (text, "EN")})["a"]))
        y.append(("Antagonist", ("Instigator",)))
    X.append(MentionInput(TEXT, TEXT.index("Borovia"), TEXT.index("Borovia") + 7, "EN", doc))
    y.append(("Protagonist", ("Guardian",)))
    for name in ("Kestrel", "Lumen"):  # names the text does not frame
        text = f"Weather\n\nIt rained in {name} on Monday, the forecast said.\n"
        X.append(MentionInput(text, text.index(name), text.index(name) + len(name), "EN",
                              parse_articles({"a": (text, "EN")})["a"]))
        y.append(None)
    s = TEXT.index("Cestria")
    probe = MentionInput(TEXT, s, s + len("Cestria"), "EN", doc)
    on = RoleClassifier(max_features=500, lexicon_weight=8.0).fit(X, y).predict([probe])[0]
    off = RoleClassifier(max_features=500, lexicon_weight=0.0).fit(X, y).predict([probe])[0]
    assert on.main_role == "Protagonist" and on.main_scores[0] > off.main_scores[0] + 0.2
    assert [c for c, _ in on.cues[:2]] == ["does “defend”", "does “help”"]     # the evidence, each item named
    assert on.framed_score > off.framed_score                             # what the article says it does frames it
    assert np.isclose(sum(on.main_scores), 1.0)
