"""The framing analyser and the cast on hand-written articles."""
import pytest

from narrascope import Pipeline, Settings, read_text
from narrascope.report import render
from narrascope.schema import Analysis
from narrascope.taxonomy.roles import fine_roles

ARTICLE = """Russian missiles strike Odesa as Ukraine pleads for air defence

Russian forces launched a wave of missiles at Odesa on Tuesday night, destroying apartment blocks and killing
eleven civilians, among them three children. Ukrainian air defence units shot down most of the drones and
rescue workers pulled survivors from the ruins until dawn.

President Volodymyr Zelensky thanked the soldiers who protect the city and urged NATO to send more Patriot
systems. "Every missile Putin fires is aimed at our families," he said. Vladimir Putin has repeatedly
ordered strikes on civilian infrastructure while his propaganda claims the attacks only hit military targets.

The United Nations said the refugees who fled the port city need food and shelter before winter.
"""


@pytest.fixture(scope="module")
def analysis(pipeline) -> Analysis:
    return pipeline(read_text(ARTICLE))


def test_framed_entities_get_valid_roles_with_evidence(analysis):
    framed = [e for e in analysis.entities if e.role is not None]
    assert framed, "an article about a missile strike must frame someone"
    text = analysis.article.text
    for e in framed:
        assert e.role.main_role in ("Protagonist", "Antagonist", "Innocent")
        assert e.role.fine_roles and all(f.label in fine_roles(e.role.main_role) for f in e.role.fine_roles)
        assert 0 <= e.role.main_score <= 1
        for span in e.role.evidence:
            assert text[span.start:span.end] == span.text
            # the evidence sentence contains one of the entity's mentions
            assert any(span.start <= m.start < span.end for m in e.mentions)
    for e in analysis.entities:
        for m in e.mentions:
            if m.role is not None:
                assert m.role.fine_roles[0].evidence[0].start <= m.start


def test_putin_is_cast_as_antagonist(analysis):
    putin = next(e for e in analysis.entities if "Putin" in e.name)
    assert putin.role is not None and putin.role.main_role == "Antagonist"
    names = [c.name for c in analysis.cast.antagonists]
    assert putin.name in names


def test_cast_lists_every_framed_entity_and_shows_those_clearing_the_display_policy(analysis):
    # abstention: an entity whose role does not clear the display policy (evidence, per-role threshold) or
    # the extra floor framing_cast_min_score keeps it, listed with shown=False, hidden by the report
    floor = Settings().framing_cast_min_score
    framed = {e.id: e for e in analysis.entities if e.role is not None}
    cast = analysis.cast
    members = cast.protagonists + cast.antagonists + cast.innocents
    assert sorted(c.entity for c in members) == sorted(framed)
    for c in members:
        role = framed[c.entity].role
        assert c.shown == (role.shown and role.main_score >= floor)
    for c in cast.antagonists:
        assert framed[c.entity].role.main_role == "Antagonist"


def test_threshold_controls_whether_an_entity_is_framed():
    never = Pipeline(settings=Settings(framing_min_score=1.0))(read_text(ARTICLE))
    assert all(e.role is None for e in never.entities) and not never.cast.antagonists
    always = Pipeline(settings=Settings(framing_min_score=0.0))(read_text(ARTICLE))
    assert all(e.role is not None for e in always.entities)


def test_report_shows_the_cast(analysis):
    from rich.console import Console

    console = Console(record=True, width=140)
    console.print(render(analysis))
    out = console.export_text()
    assert "Cast" in out and "Villains" in out and "Putin" in out


def test_a_mention_role_is_shown_only_where_its_entity_role_is():
    # The dashboard colours each mention by its role: an entity the cast hides (a town the drones hit, named once,
    # that the article hardly frames) must not be coloured as a villain at its mention.
    from pathlib import Path

    from narrascope.readers.text import parse_text

    path = Path(__file__).parents[1] / "analysers" / "articles" / "ru" / "ru_border_drones.txt"
    a = Pipeline()(parse_text(path.read_text(encoding="utf-8"), name=path.name))
    framed = [e for e in a.entities if e.role is not None]
    assert any(e.role.shown for e in framed) and any(not e.role.shown for e in framed)
    assert any(m.role is not None for e in framed if not e.role.shown for m in e.mentions)
    for e in framed:
        for m in e.mentions:
            if m.role is not None and m.role.shown:
                assert e.role.shown, (e.name, m.text)
            if m.role is not None and not m.role.shown:
                assert not any(f.shown for f in m.role.fine_roles)
