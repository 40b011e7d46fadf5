"""The linked reading: narrative evidence sentences carry the ids of what other layers found inside them,
and the cast agrees with the dominant narrative or says why. Articles written for these tests."""
import pytest

from narrascope import read_text
from narrascope.analysers.links import (
    assign_ids,
    link_document,
    stance_of,
    taxonomy_stance,
)
from narrascope.registry import Document
from narrascope.schema import (
    Cast,
    CastMember,
    Claim,
    ClaimValue,
    Entity,
    EntityRole,
    EvidenceSentence,
    Mention,
    NarrativeLabel,
    Narratives,
    Quote,
    Span,
)
from narrascope.taxonomy.stances import load_stances

OPINION = (
    "NATO's march east started this war\n\n"
    "For thirty years Washington promised Moscow that NATO would not expand one inch eastward, and for thirty "
    "years it broke that promise. The alliance grew from 16 to 32 members and put its weapons on Russia's "
    "doorstep. \"NATO expansion was probably the reason this whole thing started,\" Donald Trump said in an "
    "interview on Tuesday. The US spent $5 billion on regime change in Kyiv in 2014, according to Victoria "
    "Nuland. Western leaders now pretend to be shocked by a war their own reckless arrogance provoked. Russia "
    "warned again and again that it would defend itself, and the West laughed. Ordinary Ukrainians pay the "
    "price for a conflict cooked up in Washington and Brussels.\n"
)


@pytest.fixture(scope="module")
def analysis(analyze):
    return analyze(OPINION)


def test_every_evidence_link_points_at_an_existing_item(analysis):
    claims = {c.id for c in analysis.claims}
    quotes = {q.id for q in analysis.quotes}
    spans = {t.id for t in analysis.persuasion.spans}
    ents = {e.id for e in analysis.entities}
    assert None not in claims | quotes | spans
    assert analysis.narratives.domain == "URW"
    linked = 0
    for lab in analysis.narratives.coarse + analysis.narratives.fine:
        for ev in lab.evidence:
            assert OPINION[ev.start:ev.end] == ev.text
            assert set(ev.claims) <= claims and set(ev.quotes) <= quotes
            assert set(ev.techniques) <= spans and set(ev.entities) <= ents
            # a link is made exactly when the item lies inside the sentence
            for c in analysis.claims:
                assert (c.id in ev.claims) == (c.span.start < ev.end and ev.start < c.span.end)
            for q in analysis.quotes:
                assert (q.id in ev.quotes) == (q.content.start < ev.end and ev.start < q.content.end)
            linked += bool(ev.claims or ev.quotes or ev.techniques or ev.entities)
    assert linked >= 1 and analysis.links.linked == linked


def test_links_layer_names_the_dominant_narrative_and_its_stance(analysis):
    # the dominant narrative is the best supported one (score and the cast's evidence), listed first
    top = analysis.narratives.coarse[0]
    assert analysis.links.narrative == top.label == analysis.explanation.narrative
    names = {e.id: e.name for e in analysis.entities}
    for m in analysis.links.stance:
        assert names[m.entity] == m.name


def test_explanation_is_grounded_and_short(analysis):
    e = analysis.explanation
    assert 10 <= len(e.text.split()) <= 80
    assert e.text.startswith("The article ")
    flat = " ".join(OPINION.split())
    for quoted in e.text.split("“")[1:]:
        assert quoted.split("”")[0].rstrip("…") in flat
    known = {x.id for x in analysis.claims + analysis.quotes + analysis.persuasion.spans} | {
        x.id for x in analysis.entities}
    assert set(e.sources) <= known


TEXT = "Zelensky is a hero. Zelensky begged again for money and lied about the front."


def _doc(main_score: float, with_evidence: bool) -> Document:
    ent = Entity(id="e1", name="Zelensky", type="PERSON",
                 mentions=[Mention(start=0, end=8, text="Zelensky", label="PERSON"),
                           Mention(start=20, end=28, text="Zelensky", label="PERSON")],
                 role=EntityRole(main_role="Protagonist", main_score=main_score, shown=with_evidence,
                                 evidence=[Span(start=0, end=19, text=TEXT[0:19])] if with_evidence else []))
    top = NarrativeLabel(label="URW: Discrediting Ukraine", score=0.8,
                         evidence=[EvidenceSentence(start=20, end=len(TEXT), text=TEXT[20:])])
    doc = Document(read_text(TEXT))
    doc.data.update(entities=[ent], narratives=Narratives(domain="URW", domain_score=0.9, coarse=[top], fine=[]),
                    cast=Cast(protagonists=[CastMember(entity="e1", name="Zelensky", score=main_score,
                                                       shown=with_evidence)]))
    return doc


def test_blamed_hero_without_evidence_leaves_the_cast():
    doc = _doc(0.55, with_evidence=False)
    links = link_document(doc)
    assert doc.data["cast"].protagonists == []
    (chk,) = links.cast_checks
    assert chk.action == "removed" and chk.narrative_stance == "blamed" and "Zelensky" in chk.reason


def test_blamed_hero_with_confident_evidence_stays_and_says_why():
    doc = _doc(0.9, with_evidence=True)
    links = link_document(doc)
    assert [m.entity for m in doc.data["cast"].protagonists] == ["e1"]
    (chk,) = links.cast_checks
    assert chk.action == "kept" and chk.evidence[0].text == "Zelensky is a hero."


def test_stance_comes_from_the_taxonomy_when_the_cast_is_silent():
    doc = _doc(0.55, with_evidence=False)
    doc.data["entities"][0].role = None
    top = doc.data["narratives"].coarse[0]
    (m,) = stance_of(doc, top, None)
    assert (m.name, m.stance, m.source) == ("Zelensky", "blamed", "taxonomy")


def test_ids_are_given_once_and_kept():
    doc = Document(read_text("He said it. It cost 5 dollars."))
    q = Quote(kind="direct", content=Span(start=0, end=2, text="He"))
    c1 = Claim(id="c1", span=Span(start=12, end=30, text="It cost 5 dollars."), score=0.6,
               values=[ClaimValue(type="money", start=20, end=29, text="5 dollars")])
    c2 = Claim(span=Span(start=12, end=30, text="It cost 5 dollars."), score=0.6, values=[])
    doc.data.update(quotes=[q], claims=[c1, c2])
    assign_ids(doc)
    assert (q.id, c1.id, c2.id) == ("q1", "c1", "c2")


def test_group_stems_match_whole_short_words_only():
    groups = load_stances().groups
    stance = {"blames": ["the West"], "praises": [], "victims": []}
    mk = lambda name: Entity(id="x", name=name, type="ORG", mentions=[Mention(start=0, end=1, text=name, label="ORG")])
    assert taxonomy_stance(mk("US"), stance, groups) == "blamed"
    assert taxonomy_stance(mk("NATO"), stance, groups) == "blamed"
    assert taxonomy_stance(mk("Western leaders"), stance, groups) == "blamed"
    assert taxonomy_stance(mk("Usman"), stance, groups) is None


def test_a_group_of_people_does_not_count_twice_in_the_narrative_ranking():
    """"Ordinary Ukrainians" matches Ukraine's taxonomy group: a shown group would repeat its country's vote in
    the ranking of narratives, so groups (entities of type GROUP) are left out of the cast agreement; the same
    entity as a name still counts."""
    from narrascope.analysers.links import cast_agreement

    text = "Ordinary Ukrainians pay the price."

    def entity(etype):
        return Entity(id="e1", name="ordinary Ukrainians", type=etype,
                      mentions=[Mention(start=0, end=19, text=text[:19], label=etype)],
                      role=EntityRole(main_role="Innocent", main_score=0.9, shown=True))

    doc = Document(read_text(text))
    label = "URW: Blaming the war on others rather than the invader"
    assert cast_agreement(doc, label, [entity("GROUP")]) == (0, 0)
    assert cast_agreement(doc, label, [entity("NORP")]) != (0, 0)
