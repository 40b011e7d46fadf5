"""Static MiniLM word vectors (stop 49) and the meaning block they give the English paragraph model."""
from __future__ import annotations

import numpy as np

from narrascope.models import load_artifact, save_artifact
from narrascope.models.static_vectors import dequantise_rows, pieces, quantise_rows, word_vectors
from narrascope.models.technique_model import TechniqueModel, article_rows, split_paragraphs
from narrascope.training.persuasion import corpus_rows, label_matrix

from .test_short_lines import TECHS, _toy


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_words_split_into_minilm_pieces_and_unspellable_words_get_no_vector():
    assert len(pieces("war")) == 1
    assert len(pieces("warmongering")) > 1  # not one vocabulary piece: spelled from several
    assert pieces("Café") == pieces("cafe")  # lower-cased, accents stripped as BERT does
    v = word_vectors(["war", "☃☃"])
    assert v.shape == (2, 256) and np.abs(v[0]).sum() > 0 and not v[1].any()


def test_related_words_are_closer_than_unrelated_ones():
    war, warfare, invasion, banana, obviously, clearly = word_vectors(
        ["war", "warfare", "invasion", "banana", "obviously", "clearly"])
    assert _cos(war, warfare) > _cos(war, banana) + 0.2
    assert _cos(war, invasion) > _cos(war, obviously)
    assert _cos(obviously, clearly) > _cos(obviously, banana) + 0.2


def test_int8_rows_round_trip_within_one_step():
    m = np.random.default_rng(0).normal(size=(50, 256)).astype(np.float32)
    q, scale = quantise_rows(m)
    assert q.dtype == np.int8 and scale.shape == (50,)
    assert np.abs(dequantise_rows(q, scale) - m).max() <= scale.max() / 2 + 1e-6


def test_the_meaning_block_is_part_of_the_features_and_survives_the_artifact(tmp_path):
    arts = _toy()
    rows, _ = corpus_rows(arts)
    y = label_matrix(arts, TECHS)
    plain = TechniqueModel(char_features=0, inner_folds=0).fit(rows, y, TECHS)
    model = TechniqueModel(char_features=0, inner_folds=0, static_weight=1.0).fit(rows, y, TECHS)
    words = [n for n in model.word_.get_feature_names_out() if " " not in n]
    assert model.static_.shape == (len(words), 256)
    assert model._features(rows).shape[1] == plain._features(rows).shape[1] + 256
    # The block follows the word columns; each paragraph's meaning vector has unit length x weight.
    n = len(model.word_.get_feature_names_out())
    block = model._features(rows)[:, n:n + 256].toarray()
    np.testing.assert_allclose(np.linalg.norm(block, axis=1), 1.0, atol=1e-3)
    text = "Officials said the shameless crooks lied.\nThe budget for roads was approved."
    r = article_rows(text, split_paragraphs(text))
    save_artifact(tmp_path, *model.to_artifact())
    back = TechniqueModel.from_artifact(*load_artifact(tmp_path))
    np.testing.assert_allclose(back.decision_function(r), model.decision_function(r), rtol=1e-4, atol=1e-4)
    assert back.static_weight == 1.0 and back.static_ is not None
    # A model trained without the block stores none, and loads without one.
    save_artifact(tmp_path / "plain", *plain.to_artifact())
    assert TechniqueModel.from_artifact(*load_artifact(tmp_path / "plain")).static_ is None


def _unit(m: np.ndarray) -> np.ndarray:
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def _tagger_toy():
    from narrascope.models.span_tagger import TokenTable

    cues = ["corrupt", "evil", "vile", "corrupt"]
    texts = [f"Rain fell in town {i}. The {cue} regime lies again.\nPeople met on day {i}." for i, cue in
             enumerate(cues * 3)]
    tables = [TokenTable.build(t) for t in texts]
    spans = [[("Loaded_Language", t.index(c), t.index(c) + len(c))] for t, c in zip(texts, cues * 3)]
    return tables, spans


def test_tagger_word_clusters_carry_a_cue_to_words_it_never_saw(tmp_path):
    from narrascope.models.span_tagger import SpanTagger, TokenTable

    tables, spans = _tagger_toy()
    plain = SpanTagger(min_count=1, min_bigram=1, epochs=20).fit(tables, spans, ["Loaded_Language"])
    tagger = SpanTagger(min_count=1, min_bigram=1, epochs=20, clusters=6).fit(tables, spans, ["Loaded_Language"])
    assert tagger.centroids_.shape == (6, 256) and len(tagger.word_cluster_) == len(tagger.vocab_)
    # Three blocks of neighbour clusters and a sentence bag of clusters follow the plain features.
    assert tagger.dim_ == plain.dim_ + 4 * 6
    t = TokenTable.build("The wicked regime lies again.")
    assert "wicked" not in tagger.vocab_
    cl = tagger._clusters_of(t.words, np.array([tagger.vocab_.get(w, -1) for w in t.words]))
    assert cl[t.words.index("wicked")] == tagger.word_cluster_[tagger.vocab_["evil"]]  # its nearest trained kin
    # ... and that cluster is among the unseen word's features (its own cluster block), as it is for a trained word.
    wicked, own = t.words.index("wicked"), tagger.base_[len(tagger.OFFSETS) + 5]
    row = tagger.features(t)[wicked]
    assert own + cl[wicked] in set(row.indices)
    assert row.shape[1] == tagger.dim_ and row.nnz > plain.features(t)[wicked].nnz
    # The clusters travel with the artifact; a tagger without them stores none.
    back = SpanTagger.from_artifact(*tagger.to_artifact())
    np.testing.assert_allclose(back.predict_proba(t), tagger.predict_proba(t), atol=2e-3)
    assert "centroids" not in plain.to_artifact()[0]
    assert SpanTagger.from_artifact(*plain.to_artifact()).dim_ == plain.dim_


def test_the_meaning_block_can_read_words_the_vocabulary_lacks():
    arts = _toy()
    rows, _ = corpus_rows(arts)
    y = label_matrix(arts, TECHS)
    model = TechniqueModel(char_features=0, inner_folds=0, static_weight=1.0).fit(rows, y, TECHS)
    e = np.asarray(model.word_.transform(rows.texts)[:, model.static_cols_] @ model.static_)
    model.static_unseen = 1.0
    every = model._meaning_all_words(rows.texts)
    # Over vocabulary words only it points where the TF-IDF row product points.
    np.testing.assert_allclose(_unit(every), _unit(e), atol=1e-4)
    known, new = model._meaning_all_words(["The crooks lied.", "The crooks lied, swindlers."])
    assert _cos(known, new) < 0.999  # an unseen word moves the paragraph's meaning
