"""The public API is exactly ``narrascope.__all__``: each name is defined in the narrascope module that owns it."""
import importlib
import inspect
import types

import pytest

import narrascope

#: Exported name -> the module that defines it (where its docs live). A new export must be added here.
DEFINED_IN = {
    "Analysis": "narrascope.schema",
    "Article": "narrascope.article",
    "Document": "narrascope.registry",
    "Failure": "narrascope.pipeline",
    "IngestReport": "narrascope.batch.runner",
    "InputError": "narrascope.errors",
    "ModelError": "narrascope.errors",
    "NarrascopeError": "narrascope.errors",
    "NotFittedError": "narrascope.errors",
    "Pipeline": "narrascope.pipeline",
    "PipelineError": "narrascope.errors",
    "Query": "narrascope.store.base",
    "ReadFailure": "narrascope.readers",
    "Settings": "narrascope.settings",
    "Store": "narrascope.store.base",
    "analyser": "narrascope.registry",
    "analyze": "narrascope",
    "article_from_record": "narrascope.readers.records",
    "ingest": "narrascope.batch.runner",
    "iter_articles": "narrascope.readers",
    "json_schema": "narrascope.schema",
    "load_pipeline": "narrascope.pipeline",
    "load_settings": "narrascope.settings",
    "open_store": "narrascope.store",
    "read_bytes": "narrascope.readers",
    "read_path": "narrascope.readers",
    "read_text": "narrascope.readers",
}


def test_all_is_sorted_and_exported():
    assert narrascope.__all__ == sorted(narrascope.__all__)
    for name in narrascope.__all__:
        assert hasattr(narrascope, name), name


def test_all_lists_exactly_the_documented_names():
    assert set(narrascope.__all__) - {"__version__"} == set(DEFINED_IN)


@pytest.mark.parametrize("name", sorted(DEFINED_IN))
def test_each_name_is_the_object_defined_where_documented(name):
    obj = getattr(narrascope, name)
    module = DEFINED_IN[name]
    assert obj.__module__ == module, f"{name} comes from {obj.__module__}, documented in {module}"
    # The same object as the module's own, not a copy or a wrapper.
    assert getattr(importlib.import_module(module), name) is obj
    assert isinstance(obj, (type, types.FunctionType)), name
    assert inspect.getdoc(obj), f"{name} has no docstring"


def test_version_is_the_installed_distributions():
    # The package's version is the one its metadata (pyproject.toml) declares, not a stale copy.
    import re
    from importlib.metadata import version
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[.-]?\w+)?", narrascope.__version__)
    assert narrascope.__version__ == version("narrascope")


def test_no_guessing_reader_is_exported():
    assert not hasattr(narrascope, "read")
    with pytest.raises(TypeError, match="read_path"):
        narrascope.read_text(b"bytes are not text")


def test_analyze_example_article(analyze):
    from tests.conftest import EXAMPLES

    a = analyze(EXAMPLES / "nato_expansion.txt")
    assert a.article.title.startswith('NATO expansion "started this whole thing"')
    assert a.article.date == "2025-02-21"
    names = {e.name for e in a.entities}
    assert {"Donald Trump", "NATO", "United States", "Ukraine", "Volodymyr Zelensky"} <= names
    assert any(q.speaker == "Volodymyr Zelensky" and q.kind == "direct" for q in a.quotes)
    trump_claim = [c for c in a.claims if "$500 billion" in c.span.text]
    assert trump_claim and trump_claim[0].claimant == "Donald Trump"
    assert a.narratives is not None and a.narratives.domain == "URW"
    assert a.explanation is not None and a.explanation.text


def test_no_exported_name_shadows_a_subpackage():
    """``import narrascope.<sub> as m`` gives the module: no attribute of the package hides one of its modules
    (the readers were ``narrascope.ingest``, hidden by the public ``ingest`` function)."""
    import pkgutil

    for info in pkgutil.iter_modules(narrascope.__path__):
        if info.name == "__main__":  # runs the CLI
            continue
        module = importlib.import_module(f"narrascope.{info.name}")
        assert getattr(narrascope, info.name, module) is module, f"narrascope.{info.name} is not the module"
    import narrascope.readers as readers

    assert isinstance(readers, types.ModuleType) and readers.read_text is narrascope.read_text
