"""Sentence-line copies and the short-line threshold rule (lines like the dev template's single sentences)."""
from __future__ import annotations

import numpy as np

from narrascope.models.technique_model import ParagraphRows, TechniqueModel, article_rows, split_paragraphs
from narrascope.training.persuasion import corpus_rows, label_matrix
from narrascope.training.persuasion_data import TechniqueArticle, sentence_line_copy

TECHS = ["Loaded_Language", "Doubt"]


def _article(aid: str, text: str, spans: list[tuple[str, int, int]]) -> TechniqueArticle:
    paras = split_paragraphs(text)
    labels = {p.no: sorted({t for t, s, e in spans if s < p.end and p.start < e}) for p in paras}
    return TechniqueArticle(aid, text, paras, labels, spans)


def _toy() -> list[TechniqueArticle]:
    out = []
    for i in range(8):
        calm = f"The council met on day {i}. It approved the budget for roads."
        hot = f"These shameless crooks wrecked town {i}! Can anyone really believe their numbers?"
        text = f"Title {i}\n\n{calm} {hot}\n{calm}\n"
        s = text.index("shameless")
        d = text.index("Can anyone")
        out.append(_article(str(i), text, [("Loaded_Language", s, s + 16), ("Doubt", d, d + 40)]))
    return out


def test_sentence_line_copy_moves_labels_to_the_sentences():
    a = _toy()[0]
    c = sentence_line_copy(a)
    lines = [c.text[p.start:p.end] for p in c.paragraphs]
    assert lines[0] == "Title 0" and len(lines) == 7
    assert lines[3].startswith("These shameless crooks") and c.labels[4] == ["Loaded_Language"]
    assert lines[4].startswith("Can anyone") and c.labels[5] == ["Doubt"]
    assert not any(n in c.labels for n in (1, 2, 3, 6, 7))
    for _tech, s, e in c.spans:  # spans moved to the copy's offsets
        assert c.text[s:e] in ("shameless crooks", "Can anyone really believe their numbers?")


def test_short_lines_use_their_own_thresholds():
    arts = _toy()
    rows, keys = corpus_rows(arts)
    model = TechniqueModel(char_features=0, inner_folds=0, short_len=40).fit(rows, label_matrix(arts, TECHS), TECHS)
    text = "A short line here.\n" + "A much longer line that certainly goes past the forty character cut-off."
    r = article_rows(text, split_paragraphs(text))
    # The raw scores, computed on their own: with every threshold at zero the margins are the scores.
    model.thresholds_, model.thresholds_short_ = np.zeros(2), np.zeros(2)
    raw = model.decision_function(r)
    model.thresholds_ = np.array([0.5, 0.5])
    model.thresholds_short_ = np.array([-3.0, 2.0])
    margins = model.decision_function(r)
    np.testing.assert_allclose(margins[0], raw[0] - [-3.0, 2.0], rtol=1e-5, atol=1e-6)  # 18 chars: short
    np.testing.assert_allclose(margins[1], raw[1] - [0.5, 0.5], rtol=1e-5, atol=1e-6)   # 72 chars: paragraph
    np.testing.assert_array_equal(model.predict(r), (margins > 0).astype(np.int8))
    model.short_len = 0  # the rule off: every line gets the paragraph thresholds
    np.testing.assert_allclose(model.decision_function(r), raw - [0.5, 0.5], rtol=1e-5, atol=1e-6)


def test_fit_tunes_short_thresholds_out_of_fold():
    arts = _toy()
    rows, keys = corpus_rows(arts)
    copies = [sentence_line_copy(a) for a in arts]
    srows, skeys = corpus_rows(copies)
    groups = np.array([k[0] for k in keys])
    short = (srows, label_matrix(copies, TECHS), np.array([k[0] for k in skeys]))
    model = TechniqueModel(char_features=0, inner_folds=2, short_len=200).fit(
        rows, label_matrix(arts, TECHS), TECHS, groups=groups, short=short)
    assert model.thresholds_short_.shape == (2,)
    assert not np.array_equal(model.thresholds_short_, model.thresholds_)
    back = TechniqueModel.from_artifact(*model.to_artifact())
    np.testing.assert_array_equal(back.thresholds_short_, model.thresholds_short_)
    assert back.short_len == 200 and isinstance(rows, ParagraphRows)
