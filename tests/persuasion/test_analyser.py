"""The persuasion analyser on texts we wrote: spans are real offsets and an opinionated piece gets sensible ones."""
from __future__ import annotations

import pytest

from narrascope.taxonomy.techniques import load_techniques

OPINION = """The Mayor's Disastrous Bridge Scam Must Be Stopped Now

Once again the corrupt clique at city hall has shown its utter contempt for ordinary taxpayers.

These arrogant bureaucrats squandered millions of our hard-earned money on a bridge to nowhere, a monstrous waste that would make any decent citizen sick.

Can we really trust a mayor who hides the real figures from the public? What is he so afraid of?

If this insane project goes ahead, our town will be bankrupt and our children will pay for it for generations.

Every true patriot who loves this town must stand up and say no. Enough is enough!
"""

NEUTRAL = """Library extends weekend opening hours

The central library will open from 9 a.m. to 5 p.m. on Saturdays starting next month, the city said on Tuesday.

The change follows a survey of 1,200 residents, 64 percent of whom asked for longer weekend hours.

The library has 14 staff members and lends about 3,000 books a week.
"""


@pytest.fixture(scope="module")
def tagger():
    from narrascope.analysers.persuasion import load_tagger

    return load_tagger()


def test_taxonomy_is_complete():
    tax = load_techniques()
    assert len(tax.ids) == 23 and len(tax.categories) == 6
    assert all(t.description and t.example for t in tax.techniques)
    assert all(t.category in tax.categories for t in tax.techniques)
    assert len(tax.ptc_mapping) == 14
    assert all(set(v) <= set(tax.ids) for v in tax.ptc_mapping.values())


def test_opinion_piece_gets_sensible_spans(tagger):
    res = tagger.analyse(OPINION)
    assert res.spans, "an openly opinionated article should show techniques"
    for s in res.spans:
        assert OPINION[s.start:s.end] == s.text and s.end > s.start
        assert 0.5 <= s.score <= 1.0
    found = {s.technique for s in res.spans}
    # Name calling / loaded wording in the insults, doubt in the rhetorical questions.
    assert found & {"Loaded_Language", "Name_Calling-Labeling"}
    words = " ".join(s.text.lower() for s in res.spans if s.technique in {"Loaded_Language", "Name_Calling-Labeling"})
    assert any(w in words for w in ("corrupt", "arrogant", "monstrous", "insane", "disastrous", "scam", "clique"))
    by_para = {p.paragraph: {t.label for t in p.techniques} for p in res.paragraphs}
    assert len([p for p, t in by_para.items() if t]) >= 3
    assert res.counts_by_category["manipulative_wording"] + res.counts_by_category["attack_on_reputation"] >= 2
    assert res.density >= 0.4


def test_neutral_report_is_much_calmer(tagger):
    calm, loud = tagger.analyse(NEUTRAL), tagger.analyse(OPINION)
    assert calm.density < loud.density
    assert len(calm.spans) < len(loud.spans)


def test_pipeline_layer_and_report(analyze):
    from rich.console import Console

    from narrascope.report import print_report

    a = analyze(OPINION)
    assert a.persuasion is not None and a.models.get("persuasion", "").startswith("persuasion-")
    assert a.persuasion.paragraphs[0].paragraph == 1
    console = Console(record=True, width=100)
    print_report(a, console)
    out = console.export_text()
    assert "Persuasion techniques" in out and f"persuasion density {a.persuasion.density:.0%}" in out
    # the summary counts the spans the report shows, not every span found
    shown_spans = [s for s in a.persuasion.spans if s.shown]
    assert f"{len(shown_spans)} of {len(a.persuasion.spans)} spans shown" in out
    flagged = [p for p in a.persuasion.paragraphs if p.techniques]
    assert flagged, "the opinion piece must have at least one flagged paragraph"
    for para in flagged:  # a paragraph is shown by default with the labels that clear the display cut-offs
        shown = [t for t in para.techniques if t.shown]
        if shown:
            assert f"¶{para.paragraph} " in out and all(t.label in out for t in shown)
    # --all shows every flagged paragraph with every label found in it
    console = Console(record=True, width=100)
    print_report(a, console, show_all=True)
    everything = console.export_text()
    for para in flagged:
        assert f"¶{para.paragraph} " in everything
        assert all(t.label in everything for t in para.techniques)


def test_empty_and_blank_text(tagger):
    res = tagger.analyse("   \n\n ")
    assert res.spans == [] and res.paragraphs == [] and res.density == 0.0


def _wrap(text: str, width: int = 72) -> str:
    """``text`` hard-wrapped at ``width`` columns, paragraph breaks kept (as mail and plain-text feeds do)."""
    import textwrap

    paras = text.split("\n\n")
    return "\n\n".join([paras[0]] + [textwrap.fill(p.strip(), width) for p in paras[1:]]) + "\n"


def test_a_hard_wrapped_article_keeps_its_paragraphs(analyze):
    wrapped = _wrap(OPINION)
    assert wrapped.count("\n") > OPINION.count("\n")  # the body paragraphs really run over several lines
    a = analyze(wrapped)
    flat = analyze(OPINION)
    assert len(a.persuasion.paragraphs) == len(flat.persuasion.paragraphs) == 6
    assert {s.technique for s in a.persuasion.spans} & {s.technique for s in flat.persuasion.spans}
    for s in a.persuasion.spans:
        assert wrapped[s.start:s.end] == s.text


def test_span_lookups_by_bisection_match_the_plain_scans():
    """A paragraph's evidence spans and the sentence density were found by testing every span against every
    paragraph and sentence (quadratic on a long one-paragraph article); the bisections give the same answers,
    ties, zero-length and touching spans included."""
    import random

    from narrascope.analysers.persuasion import _sentences_hit, _SpanIndex
    from narrascope.schema import TechniqueSpan

    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 25)):
            a = rng.randint(0, 200)
            b = a + rng.choice([0, 1, 3, 8, 30, 90])
            spans.append(TechniqueSpan(technique=rng.choice(["Doubt", "Loaded_Language"]), category="x",
                                       score=rng.choice([0.5, 0.7, 0.9]), start=a, end=b, text="", cue=""))
        cuts = sorted({0, 300, *(rng.randint(0, 300) for _ in range(rng.randint(1, 12)))})
        ranges = list(zip(cuts, cuts[1:]))
        index = _SpanIndex(spans)
        for s, e in ranges:
            for tech in ("Doubt", "Loaded_Language", "Slogans"):
                plain = [sp for sp in spans if sp.technique == tech and sp.start < e and s < sp.end]
                assert index.overlapping(tech, s, e) == plain
        assert _sentences_hit(ranges, spans) == sum(
            1 for s, e in ranges if any(sp.start < e and s < sp.end for sp in spans))
