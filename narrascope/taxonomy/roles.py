"""The entity-role taxonomy (SemEval-2025 Task 10, subtask 1) as data: 3 main roles and 22 fine roles.

The labels are the official ones; the descriptions in ``roles.json`` are our own short wording.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

MAIN_ROLES: tuple[str, ...] = ("Protagonist", "Antagonist", "Innocent")


@lru_cache(maxsize=1)
def role_taxonomy() -> dict:
    """The parsed ``roles.json``: ``main_roles`` (name -> description) and ``fine_roles``
    (main -> fine -> description)."""
    return json.loads(resources.files("narrascope.taxonomy").joinpath("roles.json").read_text("utf-8"))


def fine_roles(main: str | None = None) -> tuple[str, ...]:
    """The fine roles under ``main`` (all 22 when ``main`` is None), in taxonomy order."""
    tax = role_taxonomy()["fine_roles"]
    if main is None:
        return tuple(f for m in MAIN_ROLES for f in tax[m])
    return tuple(tax[main])


def main_of(fine: str) -> str:
    """The main role a fine role belongs to; ``KeyError`` for an unknown fine role."""
    for m, fines in role_taxonomy()["fine_roles"].items():
        if fine in fines:
            return m
    raise KeyError(fine)


def describe_role(label: str) -> str:
    """Our one-line description of a main or fine role."""
    tax = role_taxonomy()
    if label in tax["main_roles"]:
        return tax["main_roles"][label]
    return tax["fine_roles"][main_of(label)][label]
