"""The RoleClassifier contract: hyperparameters only in the constructor, fit returns self, not-fitted
errors, artifact round trip, determinism, and training on a small subset of the real data."""

import numpy as np
import pytest

from narrascope.errors import DataError, NotFittedError
from narrascope.models.role_classifier import (
    MentionInput,
    RoleClassifier,
    document_sentences,
)
from narrascope.models.stance import readable, stance_features
from narrascope.training.framing import (
    parse_articles,
    training_examples,
    unframed_candidates,
)

# A tiny hand-written training set: the context words decide the role.
_TEMPLATES = [
    ("{} bombed the city and lied about it.", ("Antagonist", ("Instigator",))),
    ("{} spread false claims to mislead voters.", ("Antagonist", ("Deceiver",))),
    ("{} defended the town and protected the families.", ("Protagonist", ("Guardian",))),
    ("{} led the talks that brought the ceasefire.", ("Protagonist", ("Peacemaker",))),
    ("{} lost their homes when the shells hit.", ("Innocent", ("Victim",))),
]
_NAMES = ["Arland", "Borovia", "Cestria", "Dunmark", "Elvara", "Fennick"]


def _mention(text: str, name: str) -> MentionInput:
    """``name`` in ``text``, with the Document's spaCy parse as the pipeline gives it."""
    doc = parse_articles({"a": (text, "EN")})["a"]
    s = text.index(name)
    return MentionInput(text, s, s + len(name), "EN", doc)


def _toy():
    X, y = [], []
    for name in _NAMES:
        for tpl, role in _TEMPLATES:
            X.append(_mention("A headline\n\nIn the news today, " + tpl.format(name) + " Reporters said so.\n", name))
            y.append(role)
        X.append(_mention(f"Weather\n\nIt rained in {name} on Monday, the forecast said.\n", name))
        y.append(None)
    return X, y


def test_constructor_only_stores_hyperparameters_and_unfitted_raises():
    clf = RoleClassifier(C_main=2.0, fine_threshold=0.3)
    assert clf.get_params()["C_main"] == 2.0 and not hasattr(clf, "main_coef_")
    with pytest.raises(NotFittedError, match="fit"):
        clf.predict([MentionInput("x y z", 0, 1)])


def test_fit_returns_self_learns_toy_roles_and_round_trips():
    X, y = _toy()
    clf = RoleClassifier(max_features=3000)
    assert clf.fit(X, y) is clf
    probe = "Breaking\n\nIn the news today, Gravia bombed the city and lied about it. Reporters said so.\n"
    m = _mention(probe, "Gravia")
    p = clf.predict([m])[0]
    assert p.main_role == "Antagonist" and p.fine_roles[0][0] == "Instigator"
    assert probe[p.sentence[0]:p.sentence[1]].startswith("In the news today")
    again = RoleClassifier.from_artifact(*clf.to_artifact())
    q = again.predict([m])[0]
    assert q.main_role == p.main_role and q.fine_roles[0][0] == p.fine_roles[0][0]
    assert q.main_score == pytest.approx(p.main_score, abs=1e-3)
    # the evidence names what decided the role: the verb Gravia is the agent of
    assert p.cues and any("bomb" in c for c, _ in p.cues), p.cues
    twin = RoleClassifier(max_features=3000).fit(X, y)
    assert np.array_equal(twin.main_coef_, clf.main_coef_)        # deterministic


def test_fast_features_equal_the_vectorizers():
    """The one-pass feature path used at prediction gives the vectorizers' own numbers (sublinear tf, idf, L2
    norm per view, salience columns last): training and prediction see the same features."""
    import scipy.sparse as sp

    from narrascope.models.role_classifier import _salience_rows

    X, y = _toy()
    clf = RoleClassifier(max_features=3000).fit(X, y)
    cols, _ = clf._views(X, [])
    sal = _salience_rows(X)
    fast = clf._transform(cols, sal)
    assert clf._fast_ok_, "the shipped vectorizer settings take the fast path"
    slow = sp.hstack([clf._matrix(cols), sp.csr_matrix(sal)], format="csr", dtype=np.float32)
    assert fast.shape == slow.shape and fast.nnz > 0
    assert abs(fast - slow).max() < 1e-6


def test_fit_rejects_bad_labels():
    X, y = _toy()
    y[0] = ("Antagonist", ("Superhero",))
    with pytest.raises(DataError, match="Superhero"):
        RoleClassifier().fit(X, y)
    with pytest.raises(DataError):
        RoleClassifier().fit(X, y[:-1])


def test_stance_features_read_who_does_what_to_whom():
    text = ("Title\n\nOn Monday, Russia and Belarus attacked Kharkiv. Poland was attacked by Germany. "
            "Smith is a liar. Moscow, the capital, lied.\n")
    doc = parse_articles({"a": (text, "EN")})["a"]

    def feats(name):
        s = text.index(name)
        return stance_features(doc, text, s, s + len(name))

    assert "M_AG_attack" in feats("Russia") and "M_AG_attack" in feats("Belarus")  # through coordination
    assert "M_PT_attack" in feats("Kharkiv")
    assert "M_PT_attack" in feats("Poland") and "M_AG_attack" in feats("Germany")  # passive, by-agent
    assert "M_IS_liar" in feats("Smith")
    assert {"M_AG_lie", "M_MOD_capital"} <= set(feats("Moscow"))  # through apposition
    assert readable("M_AG_shell") == "does “shell”" and readable("E_PT_attack").startswith("undergoes “attack”")
    assert stance_features(None, text, 7, 13) == []  # no parse (other languages): no stance view


def test_document_sentences_and_unframed_candidates():
    text = "Title line\n\nFirst one. Second here! Last"
    doc = parse_articles({"a": (text, "EN")})["a"]
    assert [text[a:b] for a, b in document_sentences(doc)] == ["Title line", "First one.", "Second here!", "Last"]
    body = "Title\n\nYesterday the envoy met Olaf Brandt and the Foo Institute. Then Brandt left.\n"
    names = [body[s:e] for s, e in unframed_candidates(body, [], 10)]
    assert names == ["Olaf Brandt", "Foo Institute"]       # sentence-initial "Yesterday"/"Then" skipped
    s = body.index("Olaf")
    assert unframed_candidates(body, [(s, s + 4)], 10) == [(body.index("Foo"), body.index("Foo") + 13)]


@pytest.mark.slow
def test_training_on_a_small_subset_of_the_real_data(shared_data):
    from collections import Counter

    from sklearn.metrics import f1_score

    data = shared_data / "semeval2025-task10" / "train"
    X, y, ids = training_examples(data, ["EN"])
    articles = sorted(set(ids))
    train, held_out = set(articles[:80]), set(articles[80:120])  # scored on articles it never saw
    idx = [i for i, a in enumerate(ids) if a in train]
    clf = RoleClassifier(max_features=5000).fit([X[i] for i in idx], [y[i] for i in idx])
    framed = [i for i, a in enumerate(ids) if a in held_out and y[i] is not None]
    preds = clf.predict([X[i] for i in framed])
    gold = [y[i][0] for i in framed]
    # Main-role macro-F1 on held-out articles must clearly beat always answering the commonest role
    # (measured: 0.44 against 0.25); the cross-validated score of the shipped model is the eval gate's job.
    majority = Counter(y[i][0] for i in idx if y[i] is not None).most_common(1)[0][0]
    f1 = f1_score(gold, [p.main_role for p in preds], average="macro")
    assert f1 > f1_score(gold, [majority] * len(gold), average="macro") + 0.1
    assert all(0 <= p.framed_score <= 1 and p.fine_roles for p in preds)
