"""One contract test run against every registered analyser, plus the pipeline's own checks."""
import json
from pathlib import Path

import pytest

import narrascope
from narrascope import Pipeline, read_text
from narrascope.errors import PipelineError
from narrascope.pipeline import DEFAULT_ANALYSERS, Document, registered_analysers
from narrascope.schema import json_schema

ARTICLE = ('Grain deal\n\n"We will not extend the deal," Dmitry Peskov said on Monday. According to the UN, '
           'exports fell by 40 percent in 2023. Ukraine says Russia attacked the port of Odesa.\n')


@pytest.mark.parametrize("name", sorted(registered_analysers()))
def test_every_analyser_honours_its_contract(name, pipeline):
    cls = registered_analysers()[name]
    assert isinstance(cls.requires, tuple) and isinstance(cls.assigns, tuple) and cls.assigns
    # Build the shortest default prefix that provides what it needs, then run it on a real article.
    names = []
    for n in DEFAULT_ANALYSERS:
        if n == name:
            break
        names.append(n)
    names.append(name)
    p = Pipeline(names)
    doc = p.run(read_text(ARTICLE))
    assert isinstance(doc, Document)
    layer_keys = set(doc.data) | ({"tokens", "parse", "ner"} if doc.doc is not None else set())
    for layer in cls.assigns:
        assert layer in layer_keys, f"{name} did not assign {layer}"
    assert cls.__doc__, f"{name} needs a docstring"


def test_requirements_are_checked_at_construction():
    with pytest.raises(PipelineError, match="needs"):
        Pipeline(["quotes"])
    with pytest.raises(PipelineError, match="unknown analyser"):
        Pipeline(["spacy", "nope"])


def test_pipe_in_two_processes_matches_single(pipeline):
    arts = [read_text(ARTICLE), read_text("Second\n\nThe Kremlin claims that NATO provoked the conflict in 2014.")]
    one = [a.model_dump() for a in pipeline.pipe(arts, n_process=1)]
    two = [a.model_dump() for a in pipeline.pipe(arts, n_process=2)]
    assert one == two and len(one) == 2


def test_pipe_turns_bad_articles_into_failures(pipeline):
    res = list(pipeline.pipe([narrascope.Article(text="   "), read_text(ARTICLE)], n_process=1))
    assert isinstance(res[0], narrascope.Failure) and "no text" in res[0].message
    assert isinstance(res[1], narrascope.Analysis)


def test_shipped_json_schema_is_current():
    shipped = Path(narrascope.__file__).parent / "analysis.schema.json"
    assert json.loads(shipped.read_text()) == json_schema(), "regenerate: narrascope schema -o narrascope/analysis.schema.json"


def test_analysis_validates_against_its_schema(pipeline):
    a = pipeline(read_text(ARTICLE))
    data = json.loads(a.model_dump_json())
    assert narrascope.Analysis.model_validate(data) == a
    for e in a.entities:
        for m in e.mentions:
            assert a.article.text[m.start:m.end] == m.text
    for c in a.claims:
        assert a.article.text[c.span.start:c.span.end] == c.span.text
        for v in c.values:
            assert a.article.text[v.start:v.end] == v.text
