"""Who each narrative blames, praises or casts as a victim, loaded from ``stances.json``.

The file names groups of actors (Russia, Ukraine, the West, the media, climate activists, ...) with the
lower-case name stems that identify their members, and for each narrative or sub-narrative label the groups
it blames, praises or pities. The linked reading uses it to check that the cast agrees with the dominant
narrative. A sub-narrative without its own entry inherits its narrative's.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_EMPTY = {"blames": [], "praises": [], "victims": []}


@dataclass(frozen=True)
class Stances:
    """Actor groups (name -> stems) and, per label, the groups it blames, praises and pities."""

    groups: dict[str, list[str]]
    labels: dict[str, dict[str, list[str]]]

    def for_label(self, label: str) -> dict[str, list[str]]:
        """The stance of ``label``, falling back to its narrative's for a sub-narrative without an entry."""
        if label in self.labels:
            return self.labels[label]
        parent = label.rsplit(": ", 1)[0]
        return self.labels.get(parent, _EMPTY)


@lru_cache(maxsize=1)
def load_stances() -> Stances:
    """The shipped stance table (cached)."""
    raw = json.loads(resources.files("narrascope.taxonomy").joinpath("stances.json").read_text("utf-8"))
    return Stances({g: [s.lower() for s in stems] for g, stems in raw["groups"].items()},
                   {lab: {k: list(v.get(k, [])) for k in _EMPTY} for lab, v in raw["labels"].items()})
