"""The ``links`` analyser: the linked reading. It runs last and ties every narrative evidence sentence to
what the other layers found inside it — claims (with claimants), quotes (with speakers), persuasion spans and
entities (with their roles) — by id, and checks that the cast agrees with the dominant narrative.

Why a separate analyser: each layer stays independent and testable; linking is plain offset arithmetic over
finished layers (no model), so it costs well under a millisecond and can be recomputed on stored analyses.

The stance of the dominant narrative comes from two sources: the cast (entities named in the narrative's
evidence with an antagonist, protagonist or innocent role) and the taxonomy (``taxonomy/stances.json``: the
groups of actors each narrative blames, praises or pities). When they disagree — an entity the narrative
blames sits among the heroes — the entity stays among the heroes only when the framing layer is confident
and has its own evidence sentence for it; otherwise it leaves the cast summary (keeping its role in the
entity list) and a :class:`~narrascope.schema.CastCheck` says why.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..registry import Document, analyser
from ..schema import (
    Cast,
    CastCheck,
    EvidenceSentence,
    Links,
    NarrativeLabel,
    Narratives,
    Span,
    StanceMember,
)
from ..taxonomy.narratives import OTHER
from ..taxonomy.stances import load_stances

#: A hero the narrative blames keeps its place only with this main-role score and an evidence sentence.
KEEP_SCORE = 0.7
#: Below this score the dominant narrative is too uncertain to overrule the cast.
MIN_NARRATIVE_SCORE = 0.4
_ROLE_STANCE = {"Antagonist": "blamed", "Protagonist": "praised", "Innocent": "victim"}
_CAST_KEY = {"Protagonist": "protagonists", "Antagonist": "antagonists", "Innocent": "innocents"}


def assign_ids(document: Document) -> None:
    """Give quotes (``q1``…), claims (``c1``…) and persuasion spans (``t1``…) ids where they lack one."""
    for prefix, items in (("q", document.data.get("quotes") or []), ("c", document.data.get("claims") or []),
                          ("t", getattr(document.data.get("persuasion"), "spans", None) or [])):
        taken = {x.id for x in items if x.id}
        n = 0
        for x in items:
            if x.id is None:
                n += 1
                while f"{prefix}{n}" in taken:
                    n += 1
                x.id = f"{prefix}{n}"


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def link_span(document: Document, start: int, end: int) -> dict[str, list[str]]:
    """Ids of the claims, quotes, persuasion spans and entities found inside ``text[start:end]``."""
    persuasion = document.data.get("persuasion")
    return {
        "claims": [c.id for c in document.data.get("claims") or [] if _overlaps(c.span.start, c.span.end, start, end)],
        "quotes": [q.id for q in document.data.get("quotes") or []
                   if _overlaps(q.content.start, q.content.end, start, end)],
        "techniques": [t.id for t in (persuasion.spans if persuasion else [])
                       if _overlaps(t.start, t.end, start, end)],
        "entities": [e.id for e in document.data.get("entities") or []
                     if any(start <= m.start and m.end <= end for m in e.mentions)],
    }


def linked_evidence(document: Document, ev: Span) -> EvidenceSentence:
    """``ev`` as an :class:`EvidenceSentence` carrying the ids of the items inside it."""
    score = getattr(ev, "score", None)
    return EvidenceSentence(start=ev.start, end=ev.end, text=ev.text, score=score,
                            **link_span(document, ev.start, ev.end))


_WORDS = re.compile(r"[\w.]+")


def _matches(names: Iterable[str], stems: list[str]) -> bool:
    """Whether any name belongs to a group: a stem of 3 letters or fewer, or of several words, must match whole
    words ("US" but not "Usman"); a longer one matches the start of a word ("ukrain" in "Ukrainian")."""
    for name in names:
        words = [w.strip(".") for w in _WORDS.findall(name.lower().replace("’", "'"))]
        words = [w.replace(".", "") if len(w) <= 5 else w for w in words if w]  # U.S. -> us
        joined = f" {' '.join(words)} "
        for stem in stems:
            if " " in stem or len(stem.replace(".", "")) <= 3:
                if f" {stem.replace('.', '')} " in joined:
                    return True
            elif any(w.startswith(stem) for w in words):
                return True
    return False


def taxonomy_stance(entity, label_stance: dict[str, list[str]], groups: dict[str, list[str]]) -> str | None:
    """``"blamed"``, ``"praised"`` or ``"victim"`` when the entity belongs to a group the narrative names."""
    names = [entity.name] + [m.text for m in entity.mentions[:5]]
    for stance, key in (("blamed", "blames"), ("praised", "praises"), ("victim", "victims")):
        if any(_matches(names, groups.get(g, [])) for g in label_stance.get(key, [])):
            return stance
    return None


def dominant_label(narratives: Narratives | None) -> tuple[NarrativeLabel | None, NarrativeLabel | None]:
    """The highest-scoring narrative and its highest-scoring sub-narrative (``None`` for Other)."""
    if narratives is None:
        return None, None
    coarse = [c for c in narratives.coarse if c.label != OTHER]
    if not coarse:
        return None, None
    top = max(coarse, key=lambda c: c.score)
    subs = [f for f in narratives.fine if f.label.startswith(top.label + ": ")]
    return top, (max(subs, key=lambda f: f.score) if subs else None)


def stance_of(document: Document, top: NarrativeLabel, sub: NarrativeLabel | None) -> list[StanceMember]:
    """Who the dominant narrative blames, praises or pities in this article, from the cast and the taxonomy.

    An entity counts when it is named in the narrative's evidence sentences; its stance is its role there
    (source ``cast``) or, without a role, its group in the taxonomy (source ``taxonomy``).
    """
    stances = load_stances()
    label_stance = stances.for_label(sub.label if sub else top.label)
    ev = {(e.start, e.end) for lab in (top, sub) if lab for e in lab.evidence}
    out: list[StanceMember] = []
    for e in document.data.get("entities") or []:
        inside = [m for m in e.mentions if any(s <= m.start and m.end <= t for s, t in ev)]
        if not inside:
            continue
        roles = [m.role.main_role for m in inside if m.role] or ([e.role.main_role] if e.role else [])
        by_cast = _ROLE_STANCE[max(set(roles), key=roles.count)] if roles else None
        by_tax = taxonomy_stance(e, label_stance, stances.groups)
        if by_cast and by_tax and by_cast != by_tax and not role_holds(e, top.score):
            by_cast = None  # the same rule as check_cast: an unsupported contrary role gives way to the narrative
        stance = by_cast or by_tax
        if stance is None:
            continue
        source = "cast+taxonomy" if by_cast and by_cast == by_tax else "cast" if by_cast else "taxonomy"
        out.append(StanceMember(entity=e.id, name=e.name, stance=stance, source=source))
    order = {"cast+taxonomy": 0, "cast": 1, "taxonomy": 2}
    counts = {e.id: len(e.mentions) for e in document.data.get("entities") or []}
    out.sort(key=lambda m: (order[m.source], -counts.get(m.entity, 0)))
    return out


def role_holds(entity, narrative_score: float) -> bool:
    """Whether an entity's role stands against the dominant narrative's stance: the framing layer is confident
    (main score at least ``KEEP_SCORE``) and shows its own evidence sentence, or the narrative is uncertain."""
    role = entity.role
    confident = role is not None and role.main_score >= KEEP_SCORE and bool(role.evidence)
    return confident or narrative_score < MIN_NARRATIVE_SCORE


def check_cast(document: Document, top: NarrativeLabel, sub: NarrativeLabel | None) -> list[CastCheck]:
    """Entities the dominant narrative blames that the cast lists as heroes (or praises and lists as villains).

    A confident role with its own evidence sentence is kept (the article may well praise someone the
    narrative generally blames); otherwise the entity leaves the cast summary. ``document``'s cast is updated.
    """
    cast: Cast | None = document.data.get("cast")
    if cast is None:
        return []
    stances = load_stances()
    label = sub.label if sub else top.label
    label_stance = stances.for_label(label)
    by_id = {e.id: e for e in document.data.get("entities") or []}
    checks: list[CastCheck] = []
    for role, narrative_stance in (("Protagonist", "blamed"), ("Antagonist", "praised")):
        key = _CAST_KEY[role]
        keep = []
        for member in getattr(cast, key):
            e = by_id.get(member.entity)
            if e is None or taxonomy_stance(e, label_stance, stances.groups) != narrative_stance:
                keep.append(member)
                continue
            evidence = list(e.role.evidence) if e.role else []
            confident = e.role is not None and e.role.main_score >= KEEP_SCORE and bool(evidence)
            if role_holds(e, top.score):
                why = (f"the article's own sentences cast {e.name} as {role.lower()} (score {member.score:.2f})"
                       if confident else f"the narrative is uncertain (score {top.score:.2f})")
                checks.append(CastCheck(entity=e.id, name=e.name, cast_role=role, narrative=label,
                                        narrative_stance=narrative_stance, action="kept",
                                        reason=f"{label} {narrative_stance} {e.name}, but {why}",
                                        evidence=[Span(start=s.start, end=s.end, text=s.text) for s in evidence]))
                keep.append(member)
            else:
                checks.append(CastCheck(entity=e.id, name=e.name, cast_role=role, narrative=label,
                                        narrative_stance=narrative_stance, action="removed",
                                        reason=f"{label} {narrative_stance} {e.name}; the {role.lower()} role "
                                               f"(score {member.score:.2f}) has no sentence strong enough to "
                                               "overrule it",
                                        evidence=[Span(start=s.start, end=s.end, text=s.text) for s in evidence]))
        setattr(cast, key, keep)
    return checks


def link_document(document: Document) -> Links:
    """Link every narrative evidence sentence in ``document`` and check the cast; returns the ``links`` layer."""
    assign_ids(document)
    nar: Narratives | None = document.data.get("narratives")
    linked = 0
    if nar is not None:
        for lab in nar.coarse + nar.fine:
            lab.evidence = [linked_evidence(document, ev) for ev in lab.evidence]
            linked += sum(1 for ev in lab.evidence if ev.claims or ev.quotes or ev.techniques or ev.entities)
    top, sub = dominant_label(nar)
    if top is None:
        return Links(narrative=None, linked=linked)
    return Links(narrative=top.label, stance=stance_of(document, top, sub), cast_checks=check_cast(document, top, sub),
                 linked=linked)


@analyser("links", requires=("narratives",), assigns=("links", "narratives", "cast", "persuasion"),
          uses=("entities", "quotes", "claims", "explanation", "cast", "persuasion"))
class LinksAnalyser:
    """Adds ``links``, fills the ids of linked items into every narrative evidence sentence (and ids on
    persuasion spans that lack one), and takes out of the cast summary what the dominant narrative contradicts
    without evidence; runs last."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        document.data["links"] = link_document(document)
        return document
