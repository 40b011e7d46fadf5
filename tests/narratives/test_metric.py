"""The official subtask-2 metric (F1-samples) against hand-computed cases."""
import pytest

from narrascope.evaluation.narratives import per_label_table
from narrascope.evaluation.metrics import f1_samples

A, B, C = "URW: Praise of Russia", "URW: Discrediting Ukraine", "URW: Russia is the Victim"


@pytest.mark.parametrize("gold,pred,expected", [
    ([A], [A], 1.0),
    ([A, B], [A], 2 * 1 / 3),          # P=1, R=1/2
    ([A], [A, B, C], 2 * 1 / 4),       # P=1/3, R=1
    ([A, B], [B, C], 0.5),             # P=1/2, R=1/2
    ([A], [B], 0.0),
    (["Other"], ["Other"], 1.0),       # Other is an ordinary label: right when both say it
    (["Other"], [A], 0.0),
    ([A], ["Other"], 0.0),
    ([], [], 1.0),                     # nothing to find and nothing found
    ([A], [], 0.0),
    ([], [A], 0.0),
    ([A, A], [A], 1.0),                # sets, duplicates do not count twice
])
def test_per_article_f1(gold, pred, expected):
    assert f1_samples([gold], [pred])[0] == pytest.approx(expected)


def test_mean_and_std_over_articles():
    scores = f1_samples([[A], [A, B], ["Other"]], [[A], [A], [B]])
    assert scores.tolist() == pytest.approx([1.0, 2 / 3, 0.0])
    assert scores.mean() == pytest.approx(5 / 9)


def test_per_label_table_counts():
    rows = {r["label"]: r for r in per_label_table([[A], [A, B], ["Other"]], [[A], [A, C], ["Other"]])}
    assert rows[A] == {"label": A, "support": 2, "predicted": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert rows[B]["recall"] == 0.0 and rows[B]["predicted"] == 0
    assert rows[C]["precision"] == 0.0 and rows[C]["support"] == 0
    assert rows["Other"]["f1"] == 1.0
