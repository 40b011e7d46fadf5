"""Decoding of roles (main and fine together) and the analyser's pooling of an entity's mentions."""
import numpy as np
import pytest

from narrascope.analysers.framing import build_cast, entity_framed_score, entity_role
from narrascope.models.role_classifier import RolePrediction, decode_roles
from narrascope.schema import EntityRole
from narrascope.taxonomy.roles import MAIN_ROLES, fine_roles, main_of

FINE = fine_roles()
TEXT = "The army shelled the town. Volunteers carried the wounded out."


def _fine(**probs):
    v = np.full(len(FINE), 0.01)
    for name, p in probs.items():
        v[FINE.index(name.replace("_", " "))] = p
    return v


def test_fine_roles_always_belong_to_the_main_role():
    main, score, fines = decode_roles([0.2, 0.5, 0.3], _fine(Victim=0.9, Guardian=0.8), FINE, 0.4)
    assert all(main_of(f) == main for f, _ in fines)
    assert score == pytest.approx(dict(zip(MAIN_ROLES, [0.2, 0.5, 0.3]))[main])


def test_main_role_without_a_fitting_fine_role_loses_to_a_close_second():
    # Antagonist is a little more probable, but none of its fine roles fits; Innocent/Victim clearly does.
    main, _, fines = decode_roles([0.1, 0.46, 0.44], _fine(Victim=0.9), FINE, 0.4)
    assert main == "Innocent" and [f for f, _ in fines] == ["Victim"]
    # A clear main role keeps its place even when its fine roles are unsure.
    main, _, _ = decode_roles([0.05, 0.9, 0.05], _fine(Victim=0.9, Instigator=0.2), FINE, 0.4)
    assert main == "Antagonist"


def test_second_fine_role_only_above_threshold_and_scores_are_joint():
    _, _, one = decode_roles([0.1, 0.1, 0.8], _fine(Victim=0.9, Exploited=0.3), FINE, 0.4)
    _, _, two = decode_roles([0.1, 0.1, 0.8], _fine(Victim=0.9, Exploited=0.5), FINE, 0.4)
    assert [f for f, _ in one] == ["Victim"] and [f for f, _ in two] == ["Victim", "Exploited"]
    # Each reported score is a share of the main role's probability, so they never exceed it together.
    assert sum(s for _, s in two) <= 0.8 + 1e-9 and two[0][1] > two[1][1]


def _pred(framed, main_scores, fine):
    return RolePrediction("Antagonist", 0.0, (), framed, (0, 26), tuple(main_scores), tuple(fine))


def test_entity_framed_when_at_least_one_mention_probably_is():
    weak = [_pred(0.3, [0.3, 0.4, 0.3], _fine(Victim=0.5))] * 4
    assert entity_framed_score(weak) == pytest.approx(1 - 0.7 ** 4)
    assert entity_framed_score([]) == 0.0
    assert entity_role(weak[:1], TEXT, FINE, 0.5, 0.4) is None  # one weak mention: no forced role
    assert entity_role(weak, TEXT, FINE, 0.5, 0.4) is not None  # named four times: framed


def test_summed_confidence_decides_between_disagreeing_mentions():
    victim = _pred(0.9, [0.05, 0.1, 0.85], _fine(Victim=0.9))
    villain = _pred(0.6, [0.05, 0.55, 0.4], _fine(Instigator=0.6, Victim=0.4))
    role = entity_role([villain, villain, victim, victim], TEXT, FINE, 0.5, 0.4)
    assert role.main_role == "Innocent" and role.fine_roles[0].label == "Victim"
    assert 0 < role.main_score <= 1 and role.evidence


class _E:
    def __init__(self, name, role):
        self.id, self.name, self.role = name, name, role


def test_cast_marks_unsure_roles_not_shown():
    # every framed entity is listed (the JSON keeps all); only roles that clear the display policy and the
    # extra floor min_score are shown
    sure = EntityRole(main_role="Antagonist", main_score=0.9, fine_roles=[], evidence=[])
    unsure = EntityRole(main_role="Protagonist", main_score=0.4, fine_roles=[], evidence=[])
    hidden = EntityRole(main_role="Innocent", main_score=0.95, fine_roles=[], evidence=[], shown=False)
    cast = build_cast([_E("A", sure), _E("B", unsure), _E("C", None), _E("D", hidden)], min_score=0.55)
    assert [(c.name, c.shown) for c in cast.antagonists] == [("A", True)]
    assert [(c.name, c.shown) for c in cast.protagonists] == [("B", False)]
    assert [(c.name, c.shown) for c in cast.innocents] == [("D", False)]
    assert [(c.name, c.shown) for c in build_cast([_E("B", unsure)]).protagonists] == [("B", True)]


def test_an_entity_the_article_hardly_frames_keeps_its_role_but_is_not_shown():
    # A town or a plane named once in a Russian report: the role is confident, but the framed head doubts that the
    # article frames it at all (entity framed score under the language's floor, chosen out of fold): not shown.
    from narrascope.analysers.framing import display_policy, framed_floor

    assert framed_floor("RU") == display_policy()["entity_framed_floor"]["RU"] > 0.5
    villain = _pred(0.6, [0.02, 0.95, 0.03], _fine(Instigator=0.9))
    once = entity_role([villain], TEXT, FINE, 0.5, 0.4, "RU")
    assert once is not None and once.main_role == "Antagonist" and not once.shown
    # named three times, each mention as weakly framed: the article keeps coming back to it, so it is shown
    thrice = entity_role([villain] * 3, TEXT, FINE, 0.5, 0.4, "RU")
    assert entity_framed_score([villain] * 3) >= framed_floor("RU") and thrice.shown



def test_an_entity_the_article_gives_an_evidence_item_is_shown_under_the_framed_floor():
    # Stop 46: the framed floor guesses whether the article frames an entity at all; an evidence item is the article
    # saying so ("обстреляла" by it). A body named once is hidden without an item and shown with one; a place is left
    # to the floor (its items are mostly strikes on it); with an item for another role only it is not shown.
    from narrascope.analysers.framing import framed_floor

    def villain(evidence):
        return RolePrediction("Antagonist", 0.95, (), 0.6, (0, 26), (0.02, 0.95, 0.03),
                              tuple(_fine(Instigator=0.9)), (), evidence)

    assert entity_framed_score([villain(((), (), ()))]) < framed_floor("RU")
    assert not entity_role([villain(((), (), ()))], TEXT, FINE, 0.5, 0.4, "RU", "ORG").shown
    assert entity_role([villain(((), ("does “обстреляла”",), ()))], TEXT, FINE, 0.5, 0.4, "RU", "ORG").shown
    assert not entity_role([villain(((), ("does “обстреляла”",), ()))], TEXT, FINE, 0.5, 0.4, "RU", "GPE").shown
    assert not entity_role([villain((("does “спасла”",), (), ()))], TEXT, FINE, 0.5, 0.4, "RU", "ORG").shown
    assert not entity_role([villain(((), ("does “обстреляла”",), ()))], TEXT, FINE, 0.5, 0.4, "PT", "NAME").shown

def test_a_kept_main_role_is_not_overruled_by_its_fine_roles():
    """``keep``: the most probable main role the article gives evidence for stays the main role even when another
    role's fine roles fit better; it changes nothing when it is not the most probable one."""
    scores = [0.7, 0.2, 0.1]
    fines = _fine(Victim=0.9, Instigator=0.9, Guardian=0.1)
    assert decode_roles(scores, fines, FINE, 0.4)[0] != "Protagonist"
    main, score, chosen = decode_roles(scores, fines, FINE, 0.4, keep=0)
    assert (main, score) == ("Protagonist", 0.7) and chosen[0][0] == "Guardian"
    assert decode_roles([0.3, 0.6, 0.1], fines, FINE, 0.4, keep=0)[0] == "Antagonist"


def test_an_english_hero_with_evidence_keeps_its_role_in_the_entity_pooling():
    """An English entity whose mentions carry a hero's evidence and whose pooled most probable role is Protagonist
    stays a hero, however well the villain fine roles fit; without the evidence, or in another language, the fine
    roles decide as before."""
    def pred(evidence):
        return RolePrediction("Protagonist", 0.7, (), 0.9, (0, 26), (0.7, 0.2, 0.1),
                              tuple(_fine(Instigator=0.9, Victim=0.9, Guardian=0.1)), (), evidence)

    said = (("does “help”",), (), ())
    assert entity_role([pred(said)], TEXT, FINE, 0.5, 0.4, "EN").main_role == "Protagonist"
    assert entity_role([pred(((), (), ()))], TEXT, FINE, 0.5, 0.4, "EN").main_role != "Protagonist"
    assert entity_role([pred(said)], TEXT, FINE, 0.5, 0.4, "RU").main_role != "Protagonist"


def test_a_role_no_evidence_item_names_is_shown_only_from_the_no_cue_floor():
    # Stop 43: in the languages read without a parse most shown roles were the model's reading alone, right 0.72-0.83
    # of the time out of fold and less on articles we wrote; such a role now needs the language's no-cue floor (the
    # score from which those roles were right 0.85 of the time on folds 1-4), a role with an evidence item does not.
    from narrascope.analysers.framing import display_policy, is_shown

    policy = {"thresholds": {"RU": {"Protagonist": 0.34, "Antagonist": 0.48, "Innocent": 0.38},
                             "HI": {"Protagonist": 0.34, "Antagonist": None, "Innocent": 0.34},
                             "PT": {"Protagonist": 0.34, "Antagonist": 0.49, "Innocent": 0.34}},
              "no_cue_floor": {"RU": 0.8, "HI": None}}
    assert not is_shown("Antagonist", 0.7, (), "ru", policy)
    assert is_shown("Antagonist", 0.85, (), "ru", policy)
    assert is_shown("Antagonist", 0.7, ("does “обстреляла”",), "ru", policy)  # named evidence: the role's threshold
    assert not is_shown("Innocent", 0.99, (), "hi", policy)  # null: never without a cue
    assert is_shown("Innocent", 0.5, ("suffers “हमला”",), "hi", policy)
    assert is_shown("Antagonist", 0.5, (), "pt", policy)  # a language without a floor: the role's threshold alone
    # a role never shown by its score alone may be shown with an evidence item ("HI:Antagonist": Hindi villains)
    policy["evidence_required"] = ["EN", "HI:Antagonist"]
    policy["thresholds"]["HI"]["Antagonist"] = 0.6
    policy["no_cue_floor"]["HI"] = 0.5  # (so that only the evidence rule can hide the villain below)
    assert is_shown("Antagonist", 0.7, ("does “हमला”",), "hi", policy)
    assert not is_shown("Antagonist", 0.99, (), "hi", policy)
    assert not is_shown("Antagonist", 0.5, ("does “हमला”",), "hi", policy)
    assert is_shown("Innocent", 0.99, (), "hi", policy)  # the other Hindi roles: the floor alone
    assert "HI:Antagonist" in display_policy()["evidence_required"]
    # a report of mutual blame: no role without an evidence item, whatever its score; one with an item stays
    assert not is_shown("Antagonist", 0.99, (), "ru", policy, mutual=True)
    assert is_shown("Antagonist", 0.99, ("does “обстреляла”",), "ru", policy, mutual=True)
    shipped = display_policy()["no_cue_floor"]
    assert {"BG", "HI", "PT", "RU"} <= set(shipped)
    assert all(shipped[lang] is None or shipped[lang] >= 0.5 for lang in ("BG", "HI", "PT", "RU"))
