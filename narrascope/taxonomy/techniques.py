"""The persuasion-technique taxonomy (SemEval-2023 Task 3): 23 techniques in 6 categories, as data.

``techniques.json`` beside this module holds each technique's category, our own one-line description and
an example we wrote, plus the mapping of the 14 labels of the Propaganda Techniques Corpus onto it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Technique:
    """One persuasion technique: its SemEval id, category id, description and example."""

    id: str
    category: str
    description: str
    example: str


@dataclass(frozen=True)
class TechniqueTaxonomy:
    """The techniques (in the official order), the categories and the PTC label mapping."""

    techniques: tuple[Technique, ...]
    categories: dict[str, str]
    category_descriptions: dict[str, str]
    ptc_mapping: dict[str, tuple[str, ...]]

    @property
    def ids(self) -> list[str]:
        """Technique ids in taxonomy order."""
        return [t.id for t in self.techniques]

    def category_of(self, technique: str) -> str:
        """Category id of ``technique`` (KeyError for an unknown technique)."""
        return self.by_id[technique].category

    @property
    def by_id(self) -> dict[str, Technique]:
        """Technique id -> Technique."""
        return {t.id: t for t in self.techniques}


@lru_cache(maxsize=1)
def load_techniques() -> TechniqueTaxonomy:
    """Load the shipped technique taxonomy (cached)."""
    data = json.loads(resources.files("narrascope.taxonomy").joinpath("techniques.json").read_text("utf-8"))
    techniques = tuple(Technique(t["id"], t["category"], t["description"], t["example"]) for t in data["techniques"])
    return TechniqueTaxonomy(
        techniques=techniques,
        categories={c["id"]: c["name"] for c in data["categories"]},
        category_descriptions={c["id"]: c["description"] for c in data["categories"]},
        ptc_mapping={k: tuple(v) for k, v in data["ptc_mapping"].items()},
    )
