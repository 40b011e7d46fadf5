"""The SemEval-2025 Task 10 narrative taxonomy (URW and CC), loaded from ``narratives.json``.

Labels are spelled exactly as in the training annotations: a coarse label is ``"<DOMAIN>: <narrative>"``,
a fine label ``"<DOMAIN>: <narrative>: <sub-narrative>"`` (``"…: Other"`` for a narrative expressed in a way no
listed sub-narrative covers) and ``"Other"`` alone means no narrative of the taxonomy. The descriptions are
our own short wording.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

OTHER = "Other"
DOMAINS = ("URW", "CC")


@dataclass(frozen=True)
class Taxonomy:
    """Every label with its description; ``parent`` maps a fine label to its coarse label."""

    coarse: tuple[str, ...]
    fine: tuple[str, ...]
    parent: dict[str, str]
    description: dict[str, str]
    gist: dict[str, str]

    def domain_of(self, label: str) -> str:
        """``"URW"``, ``"CC"`` or ``"Other"`` for any coarse or fine label."""
        head = label.split(":", 1)[0]
        return head if head in DOMAINS else OTHER

    def children(self, coarse: str) -> list[str]:
        """The fine labels under ``coarse``, specific ones first and ``…: Other`` last."""
        return [f for f in self.fine if self.parent.get(f) == coarse]


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy (cached)."""
    raw = json.loads(resources.files("narrascope.taxonomy").joinpath("narratives.json").read_text("utf-8"))
    coarse, fine, parent, desc, gist = [], [], {}, {}, {}
    for dom in raw["domains"]:
        for n in dom["narratives"]:
            coarse.append(n["label"])
            desc[n["label"]] = n["description"]
            gist[n["label"]] = n["gist"]
            for s in n["subnarratives"]:
                fine.append(s["label"])
                parent[s["label"]] = n["label"]
                desc[s["label"]] = s["description"]
    coarse.append(OTHER)
    fine.append(OTHER)
    parent[OTHER] = OTHER
    desc[OTHER] = raw["other"]["description"]
    return Taxonomy(tuple(coarse), tuple(fine), parent, desc, gist)


def make_consistent(coarse: list[str], fine: list[str],
                    taxonomy: Taxonomy | None = None) -> tuple[list[str], list[str]]:
    """Repair a label set so the hierarchy holds.

    A sub-narrative implies its narrative; a narrative without any of its sub-narratives gets ``"<it>: Other"``
    when the taxonomy has that label; ``Other`` excludes every other label; an empty set becomes ``Other``.
    """
    tax = taxonomy or load_taxonomy()
    fine = [f for f in dict.fromkeys(fine) if f in tax.parent and f != OTHER]
    coarse = [c for c in dict.fromkeys(coarse) if c in tax.gist]
    for f in fine:
        if tax.parent[f] not in coarse:
            coarse.append(tax.parent[f])
    for c in coarse:
        if not any(tax.parent[f] == c for f in fine):
            kids = tax.children(c)
            if f"{c}: Other" in kids:
                fine.append(f"{c}: Other")
            elif kids:
                fine.append(kids[0])
    if not coarse:
        return [OTHER], [OTHER]
    order_c = {c: i for i, c in enumerate(tax.coarse)}
    order_f = {f: i for i, f in enumerate(tax.fine)}
    return sorted(coarse, key=order_c.get), sorted(fine, key=order_f.get)
