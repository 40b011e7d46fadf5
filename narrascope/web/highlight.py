"""Article text as HTML with its layers highlighted; every piece of article text is escaped.

The text is cut at every layer boundary; each piece is escaped on its own and wrapped in one ``<span>``
whose classes name the layers covering it, so overlapping layers (an entity inside a persuasion span inside
narrative evidence) all show. Nothing from the article ever reaches the page unescaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from ..schema import Analysis

ROLE_CLASS = {"Protagonist": "role-pro", "Antagonist": "role-ant", "Innocent": "role-inn", None: "role-none"}


@dataclass
class Layer:
    start: int
    end: int
    css: str
    note: str


def layers(a: Analysis, text_len: int) -> list[Layer]:
    """Every highlightable span of the analysis: entity mentions, persuasion spans, narrative evidence."""
    out: list[Layer] = []
    for e in a.entities:
        entity_role = e.role.main_role if e.role else None
        for m in e.mentions:
            role = m.role.main_role if m.role else entity_role
            out.append(Layer(m.start, m.end, f"ent {ROLE_CLASS.get(role, 'role-none')}",
                             f"{e.name} ({e.type}{', ' + role if role else ''})"))
    if a.persuasion:
        for s in a.persuasion.spans:
            cue = f" · {s.cue}" if s.cue else ""
            out.append(Layer(s.start, s.end, "tech", f"{s.technique} ({s.category}, {s.score:.2f}){cue}"))
    if a.narratives:
        for lab in [*a.narratives.coarse, *a.narratives.fine]:
            for ev in lab.evidence:
                out.append(Layer(ev.start, ev.end, "evid", f"evidence: {lab.label}"))
    if a.explanation:
        for ev in a.explanation.evidence:
            out.append(Layer(ev.start, ev.end, "evid", f"evidence: {a.explanation.narrative}"))
    return [x for x in out if 0 <= x.start < x.end <= text_len]


def _render(text: str, spans: list[Layer], lo: int, hi: int) -> Markup:
    cuts = sorted({lo, hi, *(min(max(x.start, lo), hi) for x in spans), *(min(max(x.end, lo), hi) for x in spans)})
    html: list[str] = []
    for a, b in pairwise(cuts):
        piece = escape(text[a:b])
        active = [x for x in spans if x.start <= a and b <= x.end]
        if not active:
            html.append(str(piece))
            continue
        classes = " ".join(sorted({c for x in active for c in x.css.split()}))
        title = "; ".join(dict.fromkeys(x.note for x in active))
        html.append(f'<span class="{escape(classes)}" title="{escape(title)}">{piece}</span>')
    return Markup("".join(html))


def highlight(text: str, a: Analysis | None) -> Markup:
    """The whole text as safe HTML, with a ``<span class="...">`` around every highlighted piece."""
    return _render(text, layers(a, len(text)) if a else [], 0, len(text))


def evidence_layers(a: Analysis, ev) -> list[Layer]:
    """The items the linked reading tied to one narrative evidence sentence, as highlightable spans."""
    out: list[Layer] = []
    ids = set(getattr(ev, "entities", []))
    for e in a.entities:
        if e.id not in ids:
            continue
        role = e.role.main_role if e.role else None
        for m in e.mentions:
            if ev.start <= m.start and m.end <= ev.end:
                mrole = m.role.main_role if m.role else role
                out.append(Layer(m.start, m.end, f"ent {ROLE_CLASS.get(mrole, 'role-none')}",
                                 f"{e.name}{' (' + mrole + ')' if mrole else ''}"))
    quotes = set(getattr(ev, "quotes", []))
    for q in a.quotes:
        if q.id in quotes:
            out.append(Layer(max(q.content.start, ev.start), min(q.content.end, ev.end), "quote",
                             f"quote {q.id}: {q.speaker or 'unresolved speaker'}"))
    claims = set(getattr(ev, "claims", []))
    for c in a.claims:
        if c.id in claims:
            for v in c.values:
                out.append(Layer(v.start, v.end, "claimval", f"claim {c.id}: {v.type}, claimant "
                                 f"{c.claimant or 'the article'}"))
    techs = set(getattr(ev, "techniques", []))
    for t in a.persuasion.spans if a.persuasion else []:
        if t.id in techs:
            out.append(Layer(max(t.start, ev.start), min(t.end, ev.end), "tech", f"{t.technique} ({t.score:.2f})"))
    return [x for x in out if ev.start <= x.start < x.end <= ev.end]


def evidence_html(text: str, a: Analysis, ev) -> Markup:
    """One evidence sentence as safe HTML with its linked claims, quotes, persuasion spans and entities marked."""
    return _render(text, evidence_layers(a, ev), ev.start, ev.end)


def linked_notes(a: Analysis, ev) -> list[str]:
    """Plain-text notes on the items linked to one evidence sentence (shown under it)."""
    notes = []
    for q in a.quotes:
        if q.id in getattr(ev, "quotes", []):
            notes.append(f"quote by {q.speaker or 'an unresolved speaker'}")
    for c in a.claims:
        if c.id in getattr(ev, "claims", []):
            notes.append(f"claim by {c.claimant or 'the article'}: " + ", ".join(v.text for v in c.values[:3]))
    for t in a.persuasion.spans if a.persuasion else []:
        if t.id in getattr(ev, "techniques", []):
            notes.append(f"{t.technique.replace('_', ' ')}: “{t.text}”")
    for e in a.entities:
        if e.id in getattr(ev, "entities", []) and e.role is not None:
            notes.append(f"{e.name}: {e.role.main_role.lower()}")
    return notes


def snippet_html(snippet: str | None, start: str, end: str) -> Markup:
    """A search snippet with its hit markers turned into ``<mark>``, everything else escaped."""
    if not snippet:
        return Markup("")
    parts = snippet.replace(end, start).split(start)
    return Markup("".join(f"<mark>{escape(p)}</mark>" if i % 2 else str(escape(p)) for i, p in enumerate(parts)))
