"""One contract test run against every registered analyser, plus the pipeline's own checks."""
import copy
import json
from pathlib import Path

import pytest

import narrascope
from narrascope import Pipeline, read_text
from narrascope.errors import PipelineError
from narrascope.pipeline import DEFAULT_ANALYSERS
from narrascope.registry import Document, analyser, registered_analysers
from narrascope.schema import json_schema

ARTICLE = ('Grain deal\n\n"We will not extend the deal," Dmitry Peskov said on Monday. According to the UN, '
           'exports fell by 40 percent in 2023. Ukraine says Russia attacked the port of Odesa.\n')


def _snapshot(data: dict) -> dict:
    """A deep, comparable copy of the Document's layers (pydantic models dumped to plain data)."""
    def plain(v):
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v.model_dump() if hasattr(v, "model_dump") else copy.deepcopy(v)
    return {k: plain(v) for k, v in data.items()}


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
    before = Pipeline(names).run(read_text(ARTICLE)) if names else Document(read_text(ARTICLE))
    snapshot = _snapshot(before.data)
    doc = cls(Pipeline(names + [name]).settings)(before)
    assert isinstance(doc, Document)
    layer_keys = set(doc.data) | ({"tokens", "parse", "ner"} if doc.doc is not None else set())
    for layer in cls.assigns:
        assert layer in layer_keys, f"{name} did not assign {layer}"
    after = _snapshot(doc.data)
    touched = {k for k in set(snapshot) | set(after) if snapshot.get(k) != after.get(k)}
    assert touched <= set(cls.assigns), f"{name} changed {sorted(touched - set(cls.assigns))} without assigning them"
    assert cls.__doc__, f"{name} needs a docstring"


def test_registration_rejects_a_class_without_call():
    with pytest.raises(PipelineError, match="__call__"):
        @analyser("not-an-analyser", assigns=("x",))
        class NoCall:
            pass
    assert "not-an-analyser" not in registered_analysers()


def test_pipeline_rejects_an_analyser_writing_undeclared_layers():
    @analyser("test-sneaky", assigns=("quotes",))
    class Sneaky:
        """Writes a layer it does not declare."""

        def __init__(self, settings):
            pass

        def __call__(self, document):
            document.data["claims"] = []
            return document

    try:
        with pytest.raises(PipelineError, match="does not declare"):
            Pipeline(["test-sneaky"]).run(read_text(ARTICLE))
    finally:
        from narrascope import registry
        registry._REGISTRY.pop("test-sneaky", None)


def test_unknown_layers_are_rejected_not_dropped():
    from narrascope.pipeline import to_analysis
    doc = Document(read_text(ARTICLE))
    doc.data["mystery"] = [1]
    with pytest.raises(PipelineError, match="mystery"):
        to_analysis(doc)


def test_requirements_are_checked_at_construction():
    with pytest.raises(PipelineError, match="needs"):
        Pipeline(["quotes"])
    with pytest.raises(PipelineError, match="unknown analyser"):
        Pipeline(["spacy", "nope"])


def test_optional_layers_must_come_before_their_readers():
    # links and explain read quotes when present: quotes after them would be silently ignored.
    with pytest.raises(PipelineError, match=r"'quotes' assigns quotes \(read by 'explain'\)"):
        Pipeline("spacy,entities,narratives,explain,links,quotes".split(","))
    # Leaving an optional layer out is fine, and so is links updating the cast it reads.
    assert Pipeline("spacy,entities,narratives,explain,links".split(",")).names[-1] == "links"
    assert Pipeline(list(DEFAULT_ANALYSERS)).names == DEFAULT_ANALYSERS


def test_a_taken_analyser_name_cannot_be_registered_again():
    before = registered_analysers()["spacy"]
    with pytest.raises(PipelineError, match="'spacy' is taken"):
        @analyser("spacy", assigns=("tokens",))
        class Impostor:
            def __call__(self, document):
                return document
    assert registered_analysers()["spacy"] is before


def test_pipe_in_two_processes_matches_single(pipeline):
    arts = [read_text(ARTICLE), read_text("Second\n\nThe Kremlin claims that NATO provoked the conflict in 2014.")]
    one = [a.model_dump() for a in pipeline.pipe(arts, n_process=1)]
    two = [a.model_dump() for a in pipeline.pipe(arts, n_process=2)]
    assert one == two and len(one) == 2


_FORK_CHECK = r"""
import json, sys, threading
import narrascope
from narrascope import read_text
from narrascope.pipeline import can_fork

def pipe(texts, n):
    return [a.model_dump() for a in narrascope.load_pipeline().pipe([read_text(t) for t in texts], n_process=n)]


if __name__ == "__main__":  # spawned workers import this file again
    texts = json.loads(sys.argv[1])
    one = pipe(texts, 1)
    assert can_fork(), "a single-threaded Linux process should fork its workers"
    two = pipe(texts, 2)
    # with another thread alive the workers are spawned, with the same results
    t = threading.Event()
    threading.Thread(target=t.wait, daemon=True).start()
    assert not can_fork()
    spawned = pipe(texts, 2)
    t.set()
    print(json.dumps({"same_forked": one == two, "same_spawned": one == spawned, "n": len(one)}))
"""


def test_forked_and_spawned_workers_give_the_single_process_results(tmp_path):
    """Workers forked from a warmed pipeline (a single-threaded Linux process) and spawned ones (a process with
    other threads) analyse exactly as one process does (run in a fresh interpreter: the test session has
    threads)."""
    import subprocess
    import sys

    script = tmp_path / "check.py"
    script.write_text(_FORK_CHECK, encoding="utf-8")
    texts = [ARTICLE, "Second\n\nThe Kremlin claims that NATO provoked the conflict in 2014.",
             "Третья\n\n«Мы не продлим сделку», — заявил Дмитрий Песков 12 марта 2025 года."]
    res = subprocess.run([sys.executable, str(script), json.dumps(texts)], capture_output=True, text=True,
                         timeout=600)
    if res.returncode != 0:
        pytest.fail(res.stderr[-3000:])
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out == {"same_forked": True, "same_spawned": True, "n": 3}


def test_pipe_in_batches_matches_one_at_a_time(pipeline):
    """Batches share one spaCy ``nlp.pipe`` call; the readings must be those of articles analysed alone, in
    order, with non-articles (reader failures) passed through where they were."""
    texts = [ARTICLE, "Second\n\nThe Kremlin claims that NATO provoked the conflict in 2014.",
             "Third\n\nGreenpeace activists blocked the port. Shell said the protest was illegal.", ARTICLE]
    items = [read_text(t) for t in texts]
    items.insert(2, "not an article")
    alone = [pipeline(a).model_dump() if not isinstance(a, str) else a for a in items]
    batched = [r if isinstance(r, str) else r.model_dump() for r in pipeline.pipe(items, n_process=1, batch_size=3)]
    assert batched == alone


def test_pipe_turns_bad_articles_into_failures(pipeline):
    res = list(pipeline.pipe([narrascope.Article(text="   "), read_text(ARTICLE)], n_process=1))
    assert isinstance(res[0], narrascope.Failure) and "no text" in res[0].message
    assert isinstance(res[1], narrascope.Analysis)


def test_shipped_json_schema_is_current():
    shipped = Path(narrascope.__file__).parent / "analysis.schema.json"
    assert json.loads(shipped.read_text()) == json_schema(), \
        "regenerate: narrascope schema -o narrascope/analysis.schema.json"


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


_WORKER_NUMERICS = r"""
import json
import numpy  # noqa: F401  (numpy's BLAS loaded before the worker starts, as in a forked worker)
import sklearn
from threadpoolctl import threadpool_info
from narrascope.pipeline import _init_worker
from narrascope.settings import Settings

_init_worker(("spacy",), Settings())
print(json.dumps({"threads": sorted({p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}),
                  "assume_finite": sklearn.get_config()["assume_finite"]}))
"""


def test_an_analyse_worker_runs_one_blas_thread():
    """Workers of ``Pipeline.pipe`` (analyze, the API) limit BLAS to one thread as ingest workers do: the
    processes are the parallelism, and an idle BLAS pool spins on the cores the other worker needs."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", _WORKER_NUMERICS], capture_output=True, text=True, env=env,
                         timeout=300, check=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    assert got == {"threads": [1], "assume_finite": True}
