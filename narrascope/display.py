"""Precision at display: the part of an :class:`~narrascope.schema.Analysis` shown by default.

Every layer marks each item with ``shown``: whether it clears the precision target its model card states
(measured out of fold). The JSON keeps every item with its flag; the text report (``narrascope analyze``) and
the dashboard's article page show only the shown ones unless asked for everything (``--all``, ``?all=1``),
and then mark the others "low confidence".
"""
from __future__ import annotations

from .schema import Analysis


def _shown(item) -> bool:
    return bool(getattr(item, "shown", True))


def shown_only(a: Analysis) -> Analysis:
    """A copy of ``a`` without the items below their layer's display target (``a`` itself is unchanged).

    Narrative labels (and the explanation and stance of a narrative not shown), cast members, entity and mention
    roles (an entity whose role is not shown is kept, without a role), fine roles, persuasion spans and paragraph
    labels; narrative evidence sentences keep pointing only at persuasion spans that are still there.
    """
    a = a.model_copy(deep=True)
    if a.narratives is not None:
        hidden = {c.label for c in a.narratives.coarse if not _shown(c)}
        a.narratives.coarse = [c for c in a.narratives.coarse if _shown(c)]
        a.narratives.fine = [f for f in a.narratives.fine if _shown(f)]
        # the explanation and the stance of a narrative that is not shown are not shown either
        if a.explanation is not None and a.explanation.narrative in hidden:
            a.explanation = None
        elif a.explanation is not None and a.explanation.subnarrative is not None \
                and a.explanation.subnarrative not in {f.label for f in a.narratives.fine}:
            a.explanation.subnarrative = None
        if a.links is not None and a.links.narrative in hidden:
            a.links = a.links.model_copy(update={"narrative": None, "stance": [], "cast_checks": []})
    if a.cast is not None:
        for key in ("protagonists", "antagonists", "innocents"):
            setattr(a.cast, key, [m for m in getattr(a.cast, key) if _shown(m)])
    for e in a.entities:
        if e.role is not None and not _shown(e.role):
            e.role = None
        for m in e.mentions:
            if m.role is not None and not _shown(m.role):
                m.role = None
    if a.persuasion is not None:
        a.persuasion.spans = [s for s in a.persuasion.spans if _shown(s)]
        for p in a.persuasion.paragraphs:
            p.techniques = [t for t in p.techniques if _shown(t)]
        kept = {s.id for s in a.persuasion.spans}
        if a.narratives is not None:
            for lab in a.narratives.coarse + a.narratives.fine:
                for ev in lab.evidence:
                    if hasattr(ev, "techniques"):
                        ev.techniques = [t for t in ev.techniques if t in kept]
    return a
