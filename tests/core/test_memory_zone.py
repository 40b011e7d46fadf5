"""Memory zones (issue 21): a long-running pipeline does not keep the strings of every article it has read,
and analysing inside a zone gives exactly the analysis it gives without one."""
from __future__ import annotations

import contextlib

from narrascope.analysers.spacy_parse import nlp_for
from narrascope.article import Article
from narrascope.batch.worker import analyse_batch
from narrascope.pipeline import Pipeline
from narrascope.schema import Analysis
from narrascope.settings import Settings


def _article(i: int) -> Article:
    name = f"Zorblat{i}x Quenvar{i}y"
    return Article(text=f"{name} visits Vrellin{i}burg\n\n{name} said on Monday that Vrellin{i}burg would build "
                        f"{1000 + i} new homes. \"We will do it,\" {name} told Glimmerpost{i}.\n", id=f"z{i}")


def test_strings_of_new_articles_are_freed_and_analyses_unchanged(monkeypatch):
    pipeline = Pipeline(["spacy", "entities", "quotes"], Settings())
    pipeline(_article(0))  # load the models
    strings = nlp_for("en").vocab.strings
    before = len(strings)
    zoned = [pipeline(_article(i)) for i in range(1, 4)] + analyse_batch(pipeline, [_article(i) for i in range(4, 8)])
    assert all(isinstance(a, Analysis) for a in zoned)
    assert len(strings) == before  # the made-up names were not kept
    assert "Quenvar5y" not in strings
    monkeypatch.setattr(Pipeline, "memory_zone", lambda self, articles: contextlib.nullcontext())
    plain = [pipeline(_article(i)) for i in range(1, 8)]
    assert [a.model_dump() for a in plain] == [a.model_dump() for a in zoned]
    assert len(strings) > before and "Quenvar5y" in strings  # without zones they stay for good
