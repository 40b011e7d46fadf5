"""Article text as HTML with its layers highlighted; every piece of article text is escaped.

The text is cut at every layer boundary; each piece is escaped on its own and wrapped in one ``<span>``
whose classes name the layers covering it, so overlapping layers (an entity inside a persuasion span inside
narrative evidence) all show. Nothing from the article ever reaches the page unescaped.
"""
from __future__ import annotations

from dataclasses import dataclass

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


def highlight(text: str, a: Analysis | None) -> Markup:
    """The whole text as safe HTML, with a ``<span class="...">`` around every highlighted piece."""
    spans = layers(a, len(text)) if a else []
    cuts = sorted({0, len(text), *(x.start for x in spans), *(x.end for x in spans)})
    html: list[str] = []
    for lo, hi in zip(cuts, cuts[1:]):
        piece = escape(text[lo:hi])
        active = [x for x in spans if x.start <= lo and hi <= x.end]
        if not active:
            html.append(str(piece))
            continue
        classes = " ".join(sorted({c for x in active for c in x.css.split()}))
        title = "; ".join(dict.fromkeys(x.note for x in active))
        html.append(f'<span class="{escape(classes)}" title="{escape(title)}">{piece}</span>')
    return Markup("".join(html))


def snippet_html(snippet: str | None, start: str, end: str) -> Markup:
    """A search snippet with its hit markers turned into ``<mark>``, everything else escaped."""
    if not snippet:
        return Markup("")
    parts = snippet.replace(end, start).split(start)
    return Markup("".join(f"<mark>{escape(p)}</mark>" if i % 2 else str(escape(p)) for i, p in enumerate(parts)))
