"""The analysers in the pipeline: narratives with evidence offsets, and a grounded explanation."""
import pytest

from narrascope.analysers.explain import stance_clause, technique_name
from narrascope.schema import StanceMember
from narrascope.taxonomy.narratives import load_taxonomy

ARTICLE = (
    "Zelensky's regime keeps begging while Ukraine collapses\n\n"
    "Volodymyr Zelensky flew to Washington again to ask for billions more, even as his army loses ground every "
    "day. The Ukrainian military is exhausted and its commanders send untrained men to die near Bakhmut. "
    "Corruption in Kyiv is so deep that Western weapons end up on the black market. Meanwhile Europeans pay "
    "for the sanctions with record energy prices, and Brussels refuses to talk about peace. Russian forces, "
    "analysts say, are stronger than ever and Vladimir Putin has kept the country united behind him.\n"
)


def test_stance_clause_names_who_is_blamed_and_praised():
    stance = [StanceMember(entity="E1", name="Zelensky", stance="blamed", source="cast"),
              StanceMember(entity="E2", name="Kyiv", stance="blamed", source="taxonomy"),
              StanceMember(entity="E3", name="Putin", stance="praised", source="cast")]
    text = stance_clause("discredits Ukraine", "URW: Discrediting Ukraine: Situation in Ukraine is hopeless", stance)
    assert text == ("The article discredits Ukraine: Situation in Ukraine is hopeless, blaming Zelensky and Kyiv "
                    "and praising Putin.")
    assert stance_clause("praises Russia", "URW: Praise of Russia: Other", []) == "The article praises Russia."
    assert technique_name("Name_Calling-Labeling") == "name calling/labeling"


@pytest.fixture(scope="module")
def analysis(analyze):
    return analyze(ARTICLE)


def test_narratives_layer(analysis):
    tax = load_taxonomy()
    nar = analysis.narratives
    assert nar.domain == "URW" and 0.5 <= nar.domain_score <= 1
    assert nar.coarse and all(c.label.startswith("URW: ") for c in nar.coarse)
    assert {tax.parent[f.label] for f in nar.fine} == {c.label for c in nar.coarse}
    for lab in nar.coarse + nar.fine:
        assert 0 <= lab.score <= 1
        assert 1 <= len(lab.evidence) <= 3
        for ev in lab.evidence:
            assert ARTICLE[ev.start:ev.end] == ev.text
            # the title or the body, never a byline (the title rule itself: tests/narratives/test_evidence.py)
            assert ev.start >= analysis.article.body_start or ev.start == analysis.sentences[0].start


def test_explanation_is_short_and_grounded(analysis):
    expl = analysis.explanation
    assert expl.narrative == max(analysis.narratives.coarse, key=lambda c: c.score).label
    assert expl.text.startswith("The article " + load_taxonomy().gist[expl.narrative])
    assert 10 <= len(expl.text.split()) <= 80
    assert expl.evidence and all(ARTICLE[e.start:e.end] == e.text for e in expl.evidence)
    # every evidence sentence of the explanation is evidence of the dominant narrative or its sub-narrative
    labels = [lab for lab in analysis.narratives.coarse + analysis.narratives.fine
              if lab.label == expl.narrative or lab.label == expl.subnarrative]
    spans = {(e.start, e.end) for lab in labels for e in lab.evidence}
    assert {(e.start, e.end) for e in expl.evidence} <= spans
    flat = " ".join(ARTICLE.split())
    for quote in expl.text.split("“")[1:]:
        assert quote.split("”")[0].rstrip("…") in flat
    # a technique it names is one the report shows (above the display cut-off), never a hidden one
    spans = {s.id: s for s in analysis.persuasion.spans}
    for sid in expl.sources:
        if sid in spans:
            assert spans[sid].shown is not False, spans[sid]


def test_no_narrative_means_other(analyze):
    a = analyze("Garden notes\n\nTomatoes need sun, water every morning and a stake once they reach knee "
                "height. Pinch the side shoots so the plant puts its strength into the fruit.\n")
    assert [c.label for c in a.narratives.coarse] == ["Other"]
    assert a.explanation.narrative == "Other" and a.explanation.evidence == []


def test_explanation_names_no_hidden_technique(analyze):
    # On the bundled example the best-scoring span inside the evidence ("spin", Loaded_Language) is below the
    # display cut-off: the explanation used to cite it while the report hid it.
    from pathlib import Path

    text = (Path(__file__).parents[2] / "examples" / "nato_expansion.txt").read_text(encoding="utf-8")
    a = analyze(text)
    spans = {s.id: s for s in a.persuasion.spans}
    hidden = [s for s in spans.values() if s.shown is False]
    assert hidden, "the example needs a hidden span for this test to mean something"
    cited = [spans[i] for i in a.explanation.sources if i in spans]
    assert all(s.shown is not False for s in cited), cited
    assert all(f"“{s.text}”" not in a.explanation.text for s in hidden if len(s.text) > 3), a.explanation.text
