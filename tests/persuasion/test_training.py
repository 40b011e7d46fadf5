"""Training on a small subset: the estimator contract, artifact round trip, determinism, bad data."""
from __future__ import annotations

import numpy as np
import pytest

from narrascope.errors import DataError, NotFittedError
from narrascope.models.technique_model import TechniqueModel
from narrascope.taxonomy.techniques import load_techniques
from narrascope.training.persuasion import corpus_rows, train_persuasion

SMALL = dict(C=0.5, char_features=2000, inner_folds=2, seed=0)


@pytest.fixture(scope="module")
def subset(shared_data):
    from narrascope.training.persuasion_data import read_semeval2023

    articles = read_semeval2023(shared_data / "semeval2023-task3" / "en")
    assert len(articles) == 446
    return articles[:40]


def test_unfitted_model_says_how_to_fix():
    rows, _ = corpus_rows([])
    with pytest.raises(NotFittedError, match="narrascope train persuasion"):
        TechniqueModel().predict(rows)


def test_readers_match_paragraph_labels_and_spans(subset):
    for a in subset:
        assert sorted(a.labels) == [p.no for p in a.paragraphs]
        for tech, s, e in a.spans:
            # every annotated span lies in paragraphs that carry its technique
            inside = [p for p in a.paragraphs if s < p.end and p.start < e]
            assert inside and all(tech in a.labels[p.no] for p in inside)


def _small():
    from narrascope.models.persuasion_model import PersuasionModel
    from narrascope.models.span_tagger import SpanTagger

    return PersuasionModel(TechniqueModel(**SMALL), SpanTagger(epochs=2), inner_folds=2)


def test_train_save_load_roundtrip_and_determinism(subset, tmp_path):
    from narrascope.analysers.persuasion import TechniqueTagger
    from narrascope.training.persuasion import save_persuasion

    ids = load_techniques().ids
    # Sentences default to one per line here (no spaCy run): the test is about the estimator contract.
    model, _seconds = train_persuasion(subset[:30], ids, _small(), sentences={})
    again, _ = train_persuasion(subset[:30], ids, _small(), sentences={})
    assert np.array_equal(model.paragraph_.coef_, again.paragraph_.coef_)
    assert np.array_equal(model.tagger_.coef_, again.tagger_.coef_)
    assert np.array_equal(model.thresholds_, again.thresholds_)
    save_persuasion(tmp_path / "m", model, {"version": "persuasion-test"})
    tagger = TechniqueTagger.load(tmp_path / "m")
    assert tagger.version == "persuasion-test"
    for a in subset[30:34]:
        mine = model.predict_article(a.text, a.paragraphs)
        loaded = tagger.model.predict_article(a.text, a.paragraphs)
        assert len(mine.labels) == len(a.paragraphs)
        # float16 weights in the artifact: scores agree closely, decisions almost always
        assert np.allclose(mine.probs, loaded.probs, atol=5e-3)
        for h in mine.spans:
            assert 0 <= h.start < h.end <= len(a.text)


def test_no_labels_is_a_data_error(subset):
    ids = load_techniques().ids
    rows, _ = corpus_rows(subset[:3])
    with pytest.raises(DataError, match="no technique labels"):
        TechniqueModel(**SMALL).fit(rows, np.zeros((len(rows.texts), len(ids))), ids)
    with pytest.raises(DataError):
        TechniqueModel(**SMALL).fit(rows, np.zeros((1, len(ids))), ids)


def test_wrong_data_folder_names_the_fix(tmp_path):
    from narrascope.training.persuasion_data import read_semeval2023

    with pytest.raises(DataError, match="--data"):
        read_semeval2023(tmp_path)


def test_the_shipped_model_is_never_scored_on_its_own_training_articles(shared_data):
    from narrascope.errors import UsageError
    from narrascope.evaluation.persuasion import evaluate

    # The shipped artifact is trained on the whole train split: a "held-out" score there would be a lie.
    with pytest.raises(UsageError, match="--cv 5"):
        evaluate(shared_data / "semeval2023-task3" / "en")
    with pytest.raises(UsageError, match="--cv 5"):
        evaluate(shared_data / "semeval2023-task3" / "en", heldout_fold=0)
