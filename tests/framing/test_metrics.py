"""The official subtask-1 measures against hand-computed cases, and the role taxonomy."""
import pytest

from narrascope.errors import DataError
from narrascope.evaluation.framing import role_scores, validate_st1_line
from narrascope.taxonomy.roles import MAIN_ROLES, describe_role, fine_roles, main_of


def test_perfect_predictions_score_one():
    gold = [("Antagonist", ["Instigator"]), ("Innocent", ["Victim", "Exploited"])]
    s = role_scores(gold, gold)
    assert (s.exact_match, s.micro_f1, s.main_accuracy, s.n) == (1.0, 1.0, 1.0, 2)


def test_hand_computed_case():
    gold = [("Antagonist", ["Instigator"]),             # exact
            ("Innocent", ["Victim", "Exploited"]),      # predicted subset: not exact, 1 tp
            ("Protagonist", ["Guardian"]),              # wrong main, wrong fine
            ("Antagonist", ["Deceiver"])]               # right main, extra fine: not exact, 1 tp
    pred = [("Antagonist", ["Instigator"]),
            ("Innocent", ["Victim"]),
            ("Antagonist", ["Foreign Adversary"]),
            ("Antagonist", ["Deceiver", "Corrupt"])]
    s = role_scores(gold, pred)
    assert s.exact_match == pytest.approx(1 / 4)
    # tp = 1 + 1 + 0 + 1 = 3; predicted pairs = 1+1+1+2 = 5; gold pairs = 1+2+1+1 = 5 -> F1 = 6/10
    assert s.micro_f1 == pytest.approx(0.6)
    assert s.main_accuracy == pytest.approx(3 / 4)


def test_fine_roles_compare_as_sets():
    s = role_scores([("Innocent", ["Victim", "Exploited"])], [("Innocent", ["Exploited", "Victim", "Victim"])])
    assert s.exact_match == 1.0


def test_length_mismatch_is_a_data_error():
    with pytest.raises(DataError):
        role_scores([("Innocent", ["Victim"])], [])


def test_taxonomy_has_3_main_and_22_fine_roles_with_descriptions():
    assert MAIN_ROLES == ("Protagonist", "Antagonist", "Innocent")
    assert len(fine_roles()) == 22 and len(set(fine_roles())) == 22
    assert sum(len(fine_roles(m)) for m in MAIN_ROLES) == 22
    assert main_of("Scapegoat") == "Innocent" and main_of("Guardian") == "Protagonist"
    for label in (*MAIN_ROLES, *fine_roles()):
        assert 20 < len(describe_role(label)) < 200


def test_st1_line_validation():
    validate_st1_line("EN_1.txt\tNATO\t3\t6\tAntagonist\tInstigator\tConspirator")
    with pytest.raises(DataError):
        validate_st1_line("EN_1.txt\tNATO\t3\t6\tAntagonist\tVictim")      # Victim is an Innocent role
    with pytest.raises(DataError):
        validate_st1_line("EN_1.txt\tNATO\t3\t6\tAntagonist")              # no fine role
