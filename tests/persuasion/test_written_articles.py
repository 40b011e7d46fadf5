"""The shipped persuasion model on 20 articles we wrote: ten neutral wire-style reports should carry few or
no spans, ten loaded opinion pieces many; every span says why (its cue)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def results():
    from narrascope.analysers.persuasion import load_tagger
    from narrascope.analysers.spacy_parse import split_sentences

    tagger = load_tagger()
    out = {}
    for kind in ("neutral", "loaded"):
        texts = [p.read_text("utf-8") for p in sorted((ARTICLES / kind).glob("*.txt"))]
        assert len(texts) == 10
        out[kind] = [(t, tagger.analyse(t, [(s.start, s.end) for s in split_sentences(t, "en")])) for t in texts]
    return out


def test_neutral_reports_carry_few_spans(results):
    neutral = [len(r.spans) for _, r in results["neutral"]]
    loaded = [len(r.spans) for _, r in results["loaded"]]
    assert sum(neutral) * 4 <= sum(loaded), (neutral, loaded)
    assert sum(1 for n in neutral if n <= 1) >= 6, neutral
    assert all(n >= 2 for n in loaded), loaded


def test_every_span_has_exact_offsets_and_a_cue(results):
    """A span's cue is named for its technique and quotes words that are in the span itself."""
    from narrascope.analysers.persuasion_cues import CUE_NAMES

    special = {"Repetition": "repeated: ", "Appeal_to_Authority": "authority: "}
    n = 0
    for kind in results:
        for text, r in results[kind]:
            for s in r.spans:
                assert text[s.start:s.end] == s.text and s.cue
                named = (CUE_NAMES.get(s.technique, "cue"),) + ((special[s.technique],) if s.technique in special
                                                                else ())
                assert s.cue.startswith(named), (s.technique, s.cue)
                span_text = s.text.lower()
                for quoted in re.findall(r'"([^"]+)"', s.cue):
                    for word in quoted.split():
                        assert word.lower() in span_text, (word, s.cue, s.text)
                n += 1
    assert n > 0
