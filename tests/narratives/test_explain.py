"""The analysers in the pipeline: narratives with evidence offsets, and a grounded explanation."""
import pytest

from narrascope.analysers.explain import compose
from narrascope.taxonomy.narratives import load_taxonomy

ARTICLE = (
    "Zelensky's regime keeps begging while Ukraine collapses\n\n"
    "Volodymyr Zelensky flew to Washington again to ask for billions more, even as his army loses ground every "
    "day. The Ukrainian military is exhausted and its commanders send untrained men to die near Bakhmut. "
    "Corruption in Kyiv is so deep that Western weapons end up on the black market. Meanwhile Europeans pay "
    "for the sanctions with record energy prices, and Brussels refuses to talk about peace. Russian forces, "
    "analysts say, are stronger than ever and Vladimir Putin has kept the country united behind him.\n"
)


def test_compose_limits_words_and_quotes_only_given_text():
    long = " ".join(f"word{i}" for i in range(200))
    text = compose("praises Russia", [long, "Second sentence here."], ["Putin"], max_words=80)
    assert len(text.split()) <= 80
    assert text.startswith("The article praises Russia, pointing at Putin: “word0 word1")
    assert compose(None, ["Только цитата."], None) == "Только цитата."


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


def test_explanation_is_short_and_grounded(analysis):
    expl = analysis.explanation
    assert expl.narrative == max(analysis.narratives.coarse, key=lambda c: c.score).label
    assert expl.text.startswith("The article " + load_taxonomy().gist[expl.narrative])
    assert 10 <= len(expl.text.split()) <= 80
    assert expl.evidence and all(ARTICLE[e.start:e.end] == e.text for e in expl.evidence)
    flat = " ".join(ARTICLE.split())
    for quote in expl.text.split("“")[1:]:
        assert quote.split("”")[0].rstrip("…") in flat


def test_no_narrative_means_other(analyze):
    a = analyze("Garden notes\n\nTomatoes need sun, water every morning and a stake once they reach knee "
                "height. Pinch the side shoots so the plant puts its strength into the fruit.\n")
    assert [c.label for c in a.narratives.coarse] == ["Other"]
    assert a.explanation.narrative == "Other" and a.explanation.evidence == []
