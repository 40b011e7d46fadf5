"""Inner folds made of whole topics (``TechniqueModel(inner_topics=...)``): every article of a topic lands in one
fold, the folds hold about the same number of articles, and the paragraph model then tunes its thresholds on
scores from topics its inner models did not train on. Texts are our own, four made-up topics."""
from __future__ import annotations

import numpy as np
import pytest

from narrascope.errors import DataError
from narrascope.models.technique_model import (
    ParagraphRows,
    TechniqueModel,
    article_rows,
    split_paragraphs,
    topic_inner_folds,
)

TOPICS = {
    "harbour": "The harbour crane lifted containers onto the ferry while dockers checked the cargo manifests {i}.",
    "orchard": "Growers picked apples in the orchard and the cider press ran late into the harvest night {i}.",
    "comet": "Astronomers tracked the comet with a telescope as its tail brightened near the sun {i}.",
    "choir": "The choir rehearsed the hymn and the organist tuned the pipes before the concert {i}.",
}


def _articles(per_topic: int = 6):
    texts, groups, topic_of = [], [], {}
    for t, sentence in TOPICS.items():
        for i in range(per_topic):
            gid = f"{t}-{i}"
            texts.append("\n".join(sentence.format(i=i + k) for k in range(3)))
            groups.append(gid)
            topic_of[gid] = t
    return texts, np.array(groups), topic_of


def test_each_topic_stays_in_one_fold_and_folds_are_balanced():
    texts, groups, topic_of = _articles()
    fold_of = topic_inner_folds(texts, groups, k=2, topics=4, seed=0)
    assert set(fold_of) == set(groups)
    per_topic = {}
    for g, f in fold_of.items():
        per_topic.setdefault(topic_of[g], set()).add(f)
    assert all(len(f) == 1 for f in per_topic.values()), per_topic
    assert sorted(np.bincount(list(fold_of.values()))) == [12, 12]
    # Deterministic: the same call gives the same folds.
    assert topic_inner_folds(texts, groups, k=2, topics=4, seed=0) == fold_of


def test_paragraph_model_uses_topic_folds_and_falls_back_to_random_when_too_few_articles():
    texts, groups, topic_of = _articles()
    rows_texts, row_groups, ys = [], [], []
    for text, g in zip(texts, groups):
        r = article_rows(text, split_paragraphs(text))
        rows_texts.append(r)
        row_groups += [g] * len(r.texts)
        ys += [[int(g.endswith(("0", "2", "4")))] for _ in r.texts]  # half the articles of every topic
    rows = ParagraphRows([t for r in rows_texts for t in r.texts], [c for r in rows_texts for c in r.context],
                         np.vstack([r.numeric for r in rows_texts]))
    y, row_groups = np.array(ys), np.array(row_groups)
    model = TechniqueModel(char_features=0, inner_folds=2, inner_topics=4).fit(rows, y, ["Loaded_Language"],
                                                                               groups=row_groups)
    per_topic = {}
    for g, f in model.fold_of_.items():
        per_topic.setdefault(topic_of[g], set()).add(f)
    assert all(len(f) == 1 for f in per_topic.values())
    # Fewer than two articles per asked-for topic: random article folds, as without inner_topics.
    few = TechniqueModel(char_features=0, inner_folds=2, inner_topics=20).fit(rows, y, ["Loaded_Language"],
                                                                              groups=row_groups)
    plain = TechniqueModel(char_features=0, inner_folds=2).fit(rows, y, ["Loaded_Language"], groups=row_groups)
    assert few.fold_of_ == plain.fold_of_
    assert len(set(plain.fold_of_.values())) == 2


def test_texts_without_shared_words_get_a_clear_error():
    from narrascope.models.textfeatures import topic_folds

    with pytest.raises(DataError, match="cannot find topics"):
        topic_folds(["a1", "b2", "c3", "d4"], ["alpha beta", "gamma delta", "epsilon zeta", "eta theta"], k=2, topics=2)
