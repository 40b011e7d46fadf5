"""The estimators are scikit-learn estimators: ``sklearn.base.clone`` gives an unfitted copy with the same
hyperparameters, the copy trains (on tiny synthetic data here), and using an unfitted one raises narrascope's
NotFittedError, which is also scikit-learn's."""
from __future__ import annotations

import numpy as np
import pytest
import sklearn.exceptions
from sklearn.base import BaseEstimator, clone

from narrascope.errors import ModelError, NotFittedError
from narrascope.models.evidence_scorer import EvidenceScorer
from narrascope.models.mention_tagger import MentionTagger
from narrascope.models.narrative_classifier import NarrativeClassifier
from narrascope.models.persuasion_model import PersuasionModel
from narrascope.models.role_classifier import MentionInput, RoleClassifier
from narrascope.models.span_tagger import SpanTagger, TokenTable
from narrascope.models.technique_model import TechniqueModel, split_paragraphs
from narrascope.training.persuasion_data import TechniqueArticle

TECHS = ["Loaded_Language", "Doubt"]


def _persuasion_articles(n: int = 16) -> list[TechniqueArticle]:
    """Articles of four lines: a planted loaded word on line 2 and a doubting question on line 4."""
    calm = ["The council met on {d} to discuss the budget.", "Officials presented figures for the new school.",
            "The meeting ended at {d} in the evening.", "Residents asked about parking near the station."]
    loud = "The disgraceful scheme was approved on {d}."
    doubt = "Can anyone really believe the figures they published?"
    out = []
    for i in range(n):
        d = str(i % 9 + 1)
        text = "\n".join([calm[i % 4].format(d=d), loud.format(d=d), calm[(i + 1) % 4].format(d=d), doubt])
        s, q = text.index("disgraceful"), text.index(doubt)
        out.append(TechniqueArticle(f"a{i}", text, split_paragraphs(text), {1: [], 2: ["Loaded_Language"], 3: [],
                                                                          4: ["Doubt"]},
                                    [("Loaded_Language", s, s + len("disgraceful")), ("Doubt", q, q + len(doubt))]))
    return out


def _narratives_data():
    from narrascope.taxonomy.narratives import OTHER, load_taxonomy

    tax = load_taxonomy()
    urw = next(c for c in tax.coarse if c.startswith("URW:"))
    cc = next(c for c in tax.coarse if c.startswith("CC:"))
    texts, coarse, fine, langs = [], [], [], []
    for i in range(6):
        texts.append(f"The invasion was provoked by the alliance, officials in capital {i} said of the war.")
        coarse.append([urw])
        fine.append([tax.children(urw)[0]])
        texts.append(f"Climate policies ruin farmers, the report from region {i} claimed about green rules.")
        coarse.append([cc])
        fine.append([tax.children(cc)[0]])
        texts.append(f"The local football team won the match on day {i} with a late goal.")
        coarse.append([OTHER])
        fine.append([OTHER])
        langs += ["EN", "EN", "EN"]
    return texts, coarse, fine, langs


def _role_data():
    templates = [("{} bombed the city and lied about it.", ("Antagonist", ("Instigator",))),
                 ("{} defended the town and protected the families.", ("Protagonist", ("Guardian",))),
                 ("{} lost their homes when the shells hit.", ("Innocent", ("Victim",)))]
    X, y = [], []
    for name in ("Arland", "Borovia", "Cestria", "Dunmark"):
        for tpl, role in templates:
            text = "A headline\n\nIn the news today, " + tpl.format(name) + " Reporters said so.\n"
            s = text.index(name)
            X.append(MentionInput(text, s, s + len(name), "EN"))  # no parse: a window stands for the sentence
            y.append(role)
        text = f"Weather\n\nIt rained in {name} on Monday, the forecast said.\n"
        s = text.index(name)
        X.append(MentionInput(text, s, s + len(name), "EN"))
        y.append(None)
    return X, y


def _mention_data():
    sequences = []
    for i in range(20):
        toks = ["Yesterday", f"Ivanov{i % 5}", "Petrov", "visited", "the", "market", "."]
        sequences.append(("bg", toks, [True] + [False] * 6, [0, 1, 2, 0, 0, 0, 0]))
    return sequences, {"Ivanov0 Petrov"}


def _paragraph_rows():
    from narrascope.training.persuasion import corpus_rows, label_matrix

    articles = _persuasion_articles()
    rows, keys = corpus_rows(articles)
    return rows, label_matrix(articles, TECHS), np.array([k[0] for k in keys])


# Each estimator: (a configured unfitted one, fit it on tiny data, use it). Non-default hyperparameters, so that
# a clone that lost one would show.
def _fit_narratives(m):
    return m.fit(*_narratives_data())


def _use_narratives(m):
    return m.predict(["The alliance provoked the war."], ["EN"])


def _fit_technique(m):
    rows, y, groups = _paragraph_rows()
    return m.fit(rows, y, TECHS, groups=groups)


def _use_technique(m):
    return m.predict(_paragraph_rows()[0])


def _fit_tagger(m):
    articles = _persuasion_articles()
    return m.fit([TokenTable.build(a.text) for a in articles], [a.spans for a in articles], TECHS)


def _use_tagger(m):
    return m.predict_proba(TokenTable.build("The disgraceful scheme was approved."))


def _fit_persuasion(m):
    from narrascope.training.persuasion import train_persuasion

    model, _ = train_persuasion(_persuasion_articles(), TECHS, m, sentences={})
    return model


def _use_persuasion(m):
    text = "The council met.\nThe disgraceful scheme was approved on 3."
    return m.predict_article(text, split_paragraphs(text))


def _fit_roles(m):
    return m.fit(*_role_data())


def _use_roles(m):
    text = "News\n\nIn the news today, Gravia bombed the city and lied about it.\n"
    return m.predict([MentionInput(text, text.index("Gravia"), text.index("Gravia") + 6, "EN")])


def _fit_mentions(m):
    return m.fit(*_mention_data())


def _use_mentions(m):
    return m.predict_spans("bg", ["Yesterday", "Ivanov3", "Petrov", "left", "."], [True, False, False, False, False])


def _fit_evidence(m):
    narratives = NarrativeClassifier(word_features=500, char_features=500, inner_folds=2).fit(*_narratives_data())
    good, bad = "The alliance provoked the invasion.", "The football team won the match."
    xs = [narratives.transform([good, bad]) for _ in range(4)]
    m.narratives_for_test_ = narratives
    return m.fit_lexical(narratives, xs, [np.array([1.0, 0.0])] * 4)


def _use_evidence(m):
    narratives = getattr(m, "narratives_for_test_", None) or NarrativeClassifier.load()
    return m.prior(narratives, narratives.transform(["One sentence.", "Another sentence here."]), None)


ESTIMATORS = {
    "narratives": (lambda: NarrativeClassifier(alpha=0.5, word_features=500, char_features=500, inner_folds=2,
                                               seed=3), _fit_narratives, _use_narratives),
    "technique": (lambda: TechniqueModel(C=0.7, char_features=300, inner_folds=2, seed=2), _fit_technique,
                  _use_technique),
    "span_tagger": (lambda: SpanTagger(alpha=1e-4, epochs=20, seed=1), _fit_tagger, _use_tagger),
    "persuasion": (lambda: PersuasionModel(TechniqueModel(char_features=0, seed=1), SpanTagger(alpha=1e-4, epochs=20),
                                           inner_folds=2, C=0.5, seed=1), _fit_persuasion, _use_persuasion),
    "roles": (lambda: RoleClassifier(C_main=2.0, fine_threshold=0.3, max_features=2000), _fit_roles, _use_roles),
    "mentions": (lambda: MentionTagger(n_features=2 ** 12, epochs=5), _fit_mentions, _use_mentions),
    "evidence": (lambda: EvidenceScorer({"contribution": 0.0, "log_position": 0.0, "title": 0.0,
                                         "title_similarity": 0.0, "lexical": 1.0}, alpha=1.0),
                 _fit_evidence, _use_evidence),
}


def _same_params(a: BaseEstimator, b: BaseEstimator) -> None:
    """Equal hyperparameters, nested estimators compared by their own parameters (a clone copies them)."""
    pa, pb = a.get_params(deep=True), b.get_params(deep=True)
    assert set(pa) == set(pb)
    for k, v in pa.items():
        if isinstance(v, BaseEstimator):
            assert type(pb[k]) is type(v) and pb[k] is not v, k
        else:
            assert pb[k] == v, k


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_unfitted_use_raises_narrascope_and_sklearn_not_fitted(name):
    make, _, use = ESTIMATORS[name]
    est = make()
    assert isinstance(est, BaseEstimator)
    with pytest.raises(sklearn.exceptions.NotFittedError) as info:
        use(est)
    assert isinstance(info.value, NotFittedError) and isinstance(info.value, ModelError)
    assert info.value.code == "not_fitted"


@pytest.mark.parametrize("name", sorted(ESTIMATORS))
def test_clone_is_an_unfitted_copy_with_equal_params_and_refits(name):
    make, fit, use = ESTIMATORS[name]
    est = make()
    assert est.get_params(deep=False) != type(est)().get_params(deep=False)  # the test sets hyperparameters
    fitted = fit(est)
    assert fitted is est
    use(fitted)  # a fitted estimator works
    copy = clone(fitted)
    assert type(copy) is type(est) and copy is not est
    _same_params(est, copy)
    with pytest.raises(NotFittedError):
        use(copy)
    fit(copy)
    use(copy)


def test_clone_of_a_loaded_persuasion_model_trains_its_configuration():
    """A loaded model's paragraph/tagger parameters are unfitted models with the loaded hyperparameters."""
    from narrascope.models import load_artifact, model_dir

    arrays, meta = load_artifact(model_dir("persuasion_ru"))
    loaded = PersuasionModel.from_artifact(arrays, meta)
    copy = clone(loaded)
    assert copy.paragraph.get_params() == meta["params"] == loaded.paragraph_.get_params()
    assert copy.tagger.get_params() == meta["tagger"]["params"]
    assert copy.saved_params() == meta["combiner"] == loaded.saved_params()
    assert copy.language == "ru" and not hasattr(copy, "paragraph_")
    with pytest.raises(NotFittedError):
        _use_persuasion(copy)


@pytest.mark.parametrize("load", [
    lambda: NarrativeClassifier.load(),
    lambda: EvidenceScorer.load(),
    lambda: __import__("narrascope.models.role_classifier", fromlist=["x"]).load_role_model(),
])
def test_clone_of_a_shipped_model_has_its_params_and_no_fitted_state(load):
    model = load()
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    assert not [k for k in vars(copy) if k.endswith("_") and not k.startswith("_")]
    assert [k for k in vars(model) if k.endswith("_") and not k.startswith("_")]



def test_not_fitted_error_pickles_and_is_one_class():
    """Pool workers send errors back pickled: the lazily made class is found again by name."""
    import pickle

    import narrascope

    err = pickle.loads(pickle.dumps(NotFittedError("not fitted")))
    assert type(err) is NotFittedError is narrascope.NotFittedError
    assert str(err) == "not fitted"
