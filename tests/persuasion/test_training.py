"""Training on a small subset: the estimator contract, artifact round trip, determinism, bad data."""
from __future__ import annotations

import numpy as np
import pytest

from narrascope.errors import DataError, NotFittedError
from narrascope.taxonomy.techniques import load_techniques
from narrascope.models.technique_model import TechniqueModel
from narrascope.training.persuasion import corpus_rows, label_matrix, train_persuasion

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


def test_train_save_load_roundtrip_and_determinism(subset, tmp_path):
    from narrascope.analysers.persuasion import TechniqueTagger
    from narrascope.training.persuasion import save_persuasion

    ids = load_techniques().ids
    model, lexicon, _seconds = train_persuasion(subset[:30], ids, TechniqueModel(**SMALL))
    again, _, _ = train_persuasion(subset[:30], ids, TechniqueModel(**SMALL))
    assert np.array_equal(model.coef_, again.coef_) and np.array_equal(model.thresholds_, again.thresholds_)
    assert set(lexicon) == set(ids) and all(isinstance(v, list) for v in lexicon.values())
    save_persuasion(tmp_path / "m", model, lexicon, {"version": "persuasion-test"})
    tagger = TechniqueTagger.load(tmp_path / "m")
    rows, _ = corpus_rows(subset[30:])
    assert np.allclose(model.decision_function(rows), tagger.model.decision_function(rows), atol=1e-5)
    assert tagger.version == "persuasion-test"
    y = label_matrix(subset[30:], ids)
    assert model.predict(rows).shape == y.shape


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
