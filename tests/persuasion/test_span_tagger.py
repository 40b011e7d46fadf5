"""The span tagger on small texts we wrote: it learns planted cue words, spans are exact offsets, clause
techniques become their sentence, the artifact round-trips, and bad input gets a clear error."""
from __future__ import annotations

import numpy as np
import pytest

from narrascope.errors import DataError, NotFittedError
from narrascope.models.span_tagger import SpanTagger, TokenTable, has_content, token_labels

TECHS = ["Loaded_Language", "Doubt"]
CALM = ["The council met on {d} to discuss the budget.", "Officials presented figures for the new school.",
        "The meeting ended at {d} in the evening.", "Residents asked about parking near the station."]
LOUD = "The disgraceful scheme was approved on {d}."
DOUBT = "Can anyone really believe the figures they published?"


def _corpus(n: int = 24):
    texts, spans = [], []
    for i in range(n):
        d = str(i % 9 + 1)
        parts = [CALM[i % 4].format(d=d), LOUD.format(d=d), CALM[(i + 1) % 4].format(d=d), DOUBT]
        text = "\n".join(parts)
        s = text.index("disgraceful")
        q = text.index(DOUBT)
        texts.append(text)
        spans.append([("Loaded_Language", s, s + len("disgraceful")), ("Doubt", q, q + len(DOUBT))])
    return texts, spans


@pytest.fixture(scope="module")
def fitted():
    texts, spans = _corpus()
    tables = [TokenTable.build(t) for t in texts]
    return SpanTagger(epochs=20, alpha=1e-4).fit(tables, spans, TECHS)


def test_planted_word_and_clause_are_found_with_exact_offsets(fitted):
    text = "\n".join(["Officials presented figures for the new school.", LOUD.format(d="3"), DOUBT])
    table = TokenTable.build(text)
    probs = fitted.predict_proba(table)
    assert probs.shape == (len(table.words), len(TECHS) + 1)
    spans = fitted.decode(table, probs, np.array([0.5, 0.5, 0.5]))
    got = {(TECHS[j], text[s:e]) for j, s, e, _, _ in spans}
    assert ("Loaded_Language", "disgraceful") in got
    # Doubt is a clause technique: the span is the whole sentence, closing question mark included.
    assert ("Doubt", DOUBT) in got
    assert all(0 <= s < e <= len(text) for _, s, e, _, _ in spans)


def test_calm_text_gets_no_spans(fitted):
    text = "Residents asked about parking near the station.\nThe meeting ended at 6 in the evening."
    table = TokenTable.build(text)
    assert fitted.decode(table, fitted.predict_proba(table), np.array([0.5, 0.5, 0.5])) == []


def test_artifact_round_trip(fitted):
    back = SpanTagger.from_artifact(*fitted.to_artifact())
    table = TokenTable.build(LOUD.format(d="5") + "\n" + DOUBT)
    assert np.allclose(back.predict_proba(table), fitted.predict_proba(table), atol=2e-3)


def test_token_table_features_and_labels():
    text = 'Title line\nHe said "we will win" and we will win again.'
    t = TokenTable.build(text, [(0, 10), (11, len(text))])
    assert t.words[:2] == ["title", "line"] and list(t.sentence[:3]) == [0, 0, 1]
    inside = [w for w, q in zip(t.words, t.dense[:, 0]) if q]
    assert "we" in inside and "said" not in inside  # inside the quotation marks
    y = token_labels(t, [("Doubt", 11, 18)], TECHS)
    assert y[:, 1].sum() == 2 and y[:, 0].sum() == 0 and y[:, 2].sum() == 2
    assert TokenTable.build("").words == []


def test_stop_words_alone_are_no_evidence():
    assert not has_content("to a ,") and has_content("the corrupt")


def test_bad_input_and_unfitted():
    with pytest.raises(NotFittedError, match="not fitted"):
        SpanTagger().predict_proba(TokenTable.build("x"))
    with pytest.raises(DataError):
        SpanTagger().fit([TokenTable.build("a b")], [], TECHS)
    with pytest.raises(DataError, match="no technique spans"):
        SpanTagger().fit([TokenTable.build("a b")], [[]], TECHS)
    empty = SpanTagger.from_artifact(*SpanTagger(epochs=1).fit(
        [TokenTable.build(t) for t in _corpus(4)[0]], _corpus(4)[1], TECHS).to_artifact())
    assert empty.predict_proba(TokenTable.build("")).shape == (0, 3)


def test_runs_bridge_short_gaps_inside_a_sentence_only(fitted):
    text = "They ruined all, ruined the count.\nThen ruined it."
    table = TokenTable.build(text)
    probs = np.zeros((len(table.words), len(TECHS) + 1))
    on = [i for i, w in enumerate(table.words) if w in ("ruined", "count", "then")]
    probs[on, 0] = 0.9
    spans = [(text[s:e]) for j, s, e, _, _ in fitted.decode(table, probs, np.array([0.5, 0.5, 0.5])) if j == 0]
    # "ruined all , ruined": two tokens below threshold between them (bridged, gap 2), "count" two after: one
    # run; the next line is another sentence, so "Then ruined" starts a new run.
    assert spans == ["ruined all, ruined the count", "Then ruined"]


def test_structural_patterns_fire_on_the_sentences_they_describe():
    from narrascope.models.span_tagger import _PATTERNS

    ck, fd, auth = _PATTERNS[8], _PATTERNS[9], _PATTERNS[10]
    assert ck.search("We will not reopen this. End of story.") and ck.search("It's that simple.")
    assert fd.search("This is the only way forward.") and fd.search("There is no alternative to the plan.")
    assert auth.search("Leading experts say the vaccine is safe.")
    calm = "The council approved the budget on Tuesday after a short debate."
    assert not any(p.search(calm) for p in (ck, fd, auth))
