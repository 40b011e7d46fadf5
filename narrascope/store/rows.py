"""Flatten an :class:`Analysis` into the rows of the denormalised query tables (backend-independent).

Only layers present in the analysis produce rows, so analyses made before a layer existed simply have none
of its rows; re-analysing and storing again fills them.

The query tables hold what the reading *shows* (precision at display, :mod:`narrascope.display`): a role or a
persuasion span below its layer's display target, or a narrative label flagged ``shown=False``, is left out of
them (an entity keeps its row, without a role), so corpus search, outlet framing, trends, spread, stories and
alerts count only what clears the targets the model cards state. The stored Analysis JSON keeps every item with
its ``shown`` flag. The stores pass the analysis with its corrections applied (``SQLCorrectionsMixin._indexed``).
"""
from __future__ import annotations

import json
from typing import Any

from ..schema import Analysis


def _shown(item) -> bool:
    return bool(getattr(item, "shown", True))


def narrative_rows(a: Analysis) -> list[tuple[str, str, float]]:
    """``(level, label, score)`` for the domain, coarse and fine narratives."""
    n = a.narratives
    if n is None:
        return []
    rows = [("domain", n.domain, n.domain_score)]
    rows += [("coarse", s.label, s.score) for s in n.coarse if _shown(s)]
    rows += [("fine", s.label, s.score) for s in n.fine if _shown(s)]
    return rows


def entity_rows(a: Analysis) -> list[tuple[Any, ...]]:
    """``(entity id, name, casefolded name, type, main role, role score, fine roles JSON, mentions)``."""
    rows = []
    for e in a.entities:
        role = e.role if e.role is not None and _shown(e.role) else None
        rows.append((e.id, e.name, e.name.casefold(), e.type, role.main_role if role else None,
                     role.main_score if role else None,
                     json.dumps([f.label for f in role.fine_roles]) if role else None, len(e.mentions)))
    return rows


def mention_rows(a: Analysis) -> list[tuple[Any, ...]]:
    """``(entity id, start, end, main role of the mention)``."""
    return [(e.id, m.start, m.end, m.role.main_role if m.role is not None and _shown(m.role) else None)
            for e in a.entities for m in e.mentions]


def technique_rows(a: Analysis) -> list[tuple[Any, ...]]:
    """``(technique, category, score, start, end)`` per persuasion span."""
    if a.persuasion is None:
        return []
    return [(s.technique, s.category, s.score, s.start, s.end) for s in a.persuasion.spans if _shown(s)]
