"""Training on a small subset: the scikit-learn contract, determinism and artifacts without pickle."""
import numpy as np
import pytest

from narrascope.errors import DataError, NotFittedError
from narrascope.evaluation.narratives import load_labelled
from narrascope.models.narrative_classifier import NarrativeClassifier


@pytest.fixture(scope="module")
def subset(shared_data):
    d = load_labelled(shared_data / "semeval2025-task10" / "train", ["EN", "PT"])
    keep = list(range(0, len(d.ids), 6))  # about 130 articles: fast, still every domain
    pick = lambda xs: [xs[i] for i in keep]
    return pick(d.ids), pick(d.texts), pick(d.langs), pick(d.coarse), pick(d.fine)


def test_unfitted_model_raises():
    with pytest.raises(NotFittedError, match="not trained"):
        NarrativeClassifier().predict(["some text"], ["en"])


def test_bad_training_data_raises():
    with pytest.raises(DataError):
        NarrativeClassifier().fit(["a", "b"], [["Other"]], [["Other"]], ["EN", "EN"])
    with pytest.raises(DataError, match="not in the taxonomy"):
        NarrativeClassifier().fit(["a"], [["URW: Made up"]], [["Other"]], ["EN"])


def test_fit_save_load_roundtrip(subset, tmp_path):
    ids, texts, langs, coarse, fine = subset
    params = {"word_features": 3000, "char_features": 3000, "inner_folds": 3}
    model = NarrativeClassifier(**params)
    assert model.fit(texts, coarse, fine, langs, ids=ids) is model
    assert model.coef_.shape == (6000, len(model.columns_))
    again = NarrativeClassifier(**params).fit(texts, coarse, fine, langs, ids=ids)
    np.testing.assert_array_equal(model.coef_, again.coef_)  # deterministic
    assert model.rule_ == again.rule_
    model.save(tmp_path)
    loaded = NarrativeClassifier.load(tmp_path)
    probe = texts[:5]
    a = model.predict(probe, langs[:5])
    b = loaded.predict(probe, langs[:5])
    assert [p.fine_labels for p in a] == [p.fine_labels for p in b]
    np.testing.assert_allclose(model.predict_proba(probe), loaded.predict_proba(probe), atol=2e-3)
    with np.load(tmp_path / "model.npz", allow_pickle=False) as npz:  # no object arrays: loads without pickle
        assert all(npz[k].dtype != object for k in npz.files)


def test_shipped_model_is_small_and_loads():
    from narrascope.models import model_dir

    size = sum(f.stat().st_size for f in model_dir("narratives").iterdir())
    assert size < 20 * 2 ** 20
    model = NarrativeClassifier.load()
    assert model.meta_["version"].startswith("narratives-")
    assert set(model.rule_["other"]) == {"BG", "EN", "HI", "PT", "RU"}
