"""The TF-IDF views whose size is capped keep the same terms on every CPU (stop 47, ``StableTfidfVectorizer``).

scikit-learn keeps the ``max_features`` heaviest terms with NumPy's unstable sort, whose order among tied terms
depends on the CPU's sort code; these tests need more than a handful of tied terms (small arrays sort stably)."""
import random

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from narrascope.models.textfeatures import StableTfidfVectorizer, export_tfidf, import_tfidf


def _docs(seed: int = 1) -> list[str]:
    """2,000 made-up words, each used one to six times, shuffled into documents of 20 words: many ties."""
    rng = random.Random(seed)
    tokens = [f"w{i:04d}" for i in range(2000) for _ in range(rng.randint(1, 6))]
    rng.shuffle(tokens)
    return [" ".join(tokens[i:i + 20]) for i in range(0, len(tokens), 20)]


def _weights(docs: list[str]) -> dict[str, int]:
    counts = CountVectorizer().fit(docs)
    return dict(zip(counts.get_feature_names_out(), np.asarray(counts.transform(docs).sum(0)).ravel().tolist()))


def test_ties_at_the_cap_are_broken_by_the_term():
    docs = _docs()
    weight, kept = _weights(docs), StableTfidfVectorizer(max_features=500).fit(docs).vocabulary_
    cut = min(weight[t] for t in kept)
    tied = sorted(t for t, w in weight.items() if w == cut)
    assert sum(w > cut for w in weight.values()) < 500 < sum(w >= cut for w in weight.values())  # a real tie
    assert sorted(t for t in kept if weight[t] == cut) == tied[:500 - sum(w > cut for w in weight.values())]
    assert [kept[t] for t in sorted(kept)] == list(range(500))  # columns in term order


def test_the_kept_terms_are_the_heaviest_whatever_the_order_of_the_documents():
    docs = _docs()
    a = StableTfidfVectorizer(max_features=500).fit(docs)
    b = StableTfidfVectorizer(max_features=500).fit(docs[::-1])
    weight = _weights(docs)
    assert a.vocabulary_ == b.vocabulary_
    assert min(weight[t] for t in a.vocabulary_) >= max(w for t, w in weight.items() if t not in a.vocabulary_)


def test_without_a_cap_it_is_scikit_learns_vectorizer_and_it_exports_as_one():
    docs = _docs()
    plain, stable = TfidfVectorizer(min_df=2).fit(docs), StableTfidfVectorizer(min_df=2).fit(docs)
    assert plain.vocabulary_ == stable.vocabulary_ and np.allclose(plain.idf_, stable.idf_)
    capped = StableTfidfVectorizer(max_features=300, min_df=2).fit(docs)
    again = import_tfidf(*export_tfidf(capped, "v."), "v.")
    assert np.allclose(again.transform(docs[:50]).toarray(), capped.transform(docs[:50]).toarray())
