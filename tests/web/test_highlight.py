"""Highlight HTML and snippets: layers wrap the right text, and article text is always escaped."""
from __future__ import annotations

from narrascope.web.charts import bar_chart, line_chart
from narrascope.web.highlight import highlight, snippet_html

from ..corpus.corpus_data import ARTICLES, URW_BLAME, article, hand_analysis

HOSTILE = "<script>alert(1)</script> NATO said <img src=x onerror=alert(2)> & more"


def test_layers_become_spans_around_their_text():
    art = article(ARTICLES[0])
    a = hand_analysis(art, [URW_BLAME], {"NATO": "Antagonist", "Ukraine": "Innocent"},
                      [("a provocation", "Name_Calling-Labeling", "Attack on reputation")])
    html = str(highlight(art.text, a))
    assert '<span class="ent role-ant" title="NATO (ORG, Antagonist)">NATO</span>' in html
    assert 'class="ent role-inn"' in html and '<span class="tech" title="Name_Calling-Labeling' in html
    assert 'class="evid"' in html
    # Removing the tags gives back the text exactly: nothing lost or duplicated at the cuts.
    import re

    assert re.sub(r"<[^>]+>", "", html) == art.text


def test_overlapping_layers_share_one_span():
    art = article(ARTICLES[2])
    a = hand_analysis(art, [URW_BLAME], {"NATO": "Antagonist"}, [("NATO expansion", "Causal_Oversimplification", "x")])
    assert 'class="ent evid role-ant tech" title="NATO (ORG, Antagonist); Causal_Oversimplification' in str(
        highlight(art.text, a))


def test_hostile_text_is_escaped_with_and_without_layers():
    html = str(highlight(HOSTILE, None))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html and "&amp; more" in html
    art = article(("x", "2025-01-01", "s", "t", HOSTILE, [], {}, []))
    a = hand_analysis(art, [URW_BLAME], {"NATO": "Antagonist"}, [("<img src=x onerror=alert(2)>", "Doubt", "y")])
    html = str(highlight(art.text, a))
    assert "<script>" not in html and "<img" not in html
    assert '<span class="evid tech" title="Doubt (y, 0.80); evidence: ' in html
    assert '">&lt;img src=x onerror=alert(2)&gt;</span>' in html


def test_snippets_mark_hits_and_escape_the_rest():
    html = str(snippet_html("a \x02<b>NATO</b>\x03 said <i>x</i>", "\x02", "\x03"))
    assert html == "a <mark>&lt;b&gt;NATO&lt;/b&gt;</mark> said &lt;i&gt;x&lt;/i&gt;"


def test_chart_labels_are_escaped():
    svg = str(bar_chart([("<b>", 3), ("2025-01-02", 1)]))
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    svg = str(line_chart({"<script>x</script>": [("2025-01", 0.5), ("2025-02", 0.25)]}))
    assert "<script>" not in svg and svg.count("<circle") == 2


def test_evidence_sentence_marks_only_its_linked_items():
    from narrascope.schema import EvidenceSentence
    from narrascope.web.highlight import evidence_html, linked_notes

    art = article(ARTICLES[0])
    a = hand_analysis(art, [URW_BLAME], {"NATO": "Antagonist", "Ukraine": "Innocent"},
                      [("a provocation", "Name_Calling-Labeling", "Attack on reputation")])
    a.persuasion.spans[0].id = "t1"
    nato = next(e for e in a.entities if e.name == "NATO")
    start, end = art.body_start, len(art.text.rstrip())
    ev = EvidenceSentence(start=start, end=end, text=art.text[start:end], entities=[nato.id])
    assert "a provocation" in ev.text and "NATO" in ev.text
    html = str(evidence_html(art.text, a, ev))
    assert '<span class="ent role-ant" title="NATO (Antagonist)">NATO</span>' in html
    assert 'class="tech"' not in html  # not linked to this sentence: not marked
    import re

    assert re.sub(r"<[^>]+>", "", html) == art.text[ev.start:ev.end]
    assert linked_notes(a, ev) == ["NATO: antagonist"]
