"""The readable terminal report of an :class:`~narrascope.schema.Analysis` (rich).

Each layer adds a section through a function in ``SECTIONS``; a layer that is absent is skipped.

Precision at display: an item whose ``shown`` flag is false (it does not clear its layer's precision target,
see the model cards) is left out of the report by default; ``render(a, show_all=True)`` (``narrascope analyze
--all``) shows everything and marks those items "low confidence". Sections read the choice through
:func:`visible` and :func:`low`, so their signatures stay ``Analysis -> renderable``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from contextvars import ContextVar

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .schema import Analysis

#: Whether the report being rendered shows every item (``--all``) or only the shown ones (the default).
SHOW_ALL: ContextVar[bool] = ContextVar("narrascope_report_show_all", default=False)
#: How an item below its layer's display target is marked when everything is shown.
LOW = "low confidence"


def is_visible(item) -> bool:
    """Whether ``item`` is rendered: it is ``shown`` (items without the flag are), or ``--all`` was asked for."""
    return SHOW_ALL.get() or bool(getattr(item, "shown", True))


def visible(items: Iterable) -> list:
    """The items of one layer the report renders (see :func:`is_visible`)."""
    return [x for x in items if is_visible(x)]


def low(item) -> str:
    """``" (low confidence)"`` for an item rendered only because of ``--all``; ``""`` otherwise."""
    return "" if getattr(item, "shown", True) else f" ({LOW})"


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def header(a: Analysis) -> RenderableType:
    """Title, date, source, language and size."""
    m = a.article
    t = Text()
    t.append(m.title or "(untitled)", style="bold")
    bits = [f"date {m.date or '?'}", f"source {m.source or m.path or '?'}", f"language {m.language or '?'}",
            f"{m.words:,} words"]
    if m.author:
        bits.insert(1, f"by {m.author}")
    t.append("\n" + " · ".join(bits), style="dim")
    for note in m.notes + a.warnings:
        t.append(f"\nnote: {note}", style="yellow")
    return Panel(t, title="narrascope", title_align="left")


def entities(a: Analysis) -> RenderableType | None:
    """Canonical entities with mention counts and the forms they appear in."""
    if not a.entities:
        return None
    table = Table(title="Entities", title_justify="left", expand=True)
    table.add_column("entity", style="bold")
    table.add_column("type")
    table.add_column("mentions", justify="right")
    table.add_column("as written")
    for e in sorted(a.entities, key=lambda e: -len(e.mentions))[:25]:
        forms = sorted({m.text for m in e.mentions})
        table.add_row(e.name, e.type, str(len(e.mentions)), _clip(", ".join(forms), 60))
    return table


def quotes(a: Analysis) -> RenderableType | None:
    """Quotes and reported speech with their speakers."""
    if not a.quotes:
        return None
    table = Table(title="Quotes", title_justify="left", expand=True)
    table.add_column("speaker", style="bold")
    table.add_column("kind")
    table.add_column("says")
    for q in a.quotes:
        who = q.speaker or Text("unresolved", style="italic dim")
        table.add_row(who, q.kind, _clip(q.content.text))
    return table


def claims(a: Analysis) -> RenderableType | None:
    """Check-worthy claims with claimant and values."""
    if not a.claims:
        return None
    table = Table(title="Claims to check", title_justify="left", expand=True)
    table.add_column("claimant", style="bold")
    table.add_column("values")
    table.add_column("claim")
    for c in sorted(a.claims, key=lambda c: -c.score)[:15]:
        vals = ", ".join(f"{v.text} ({v.type})" for v in c.values)
        table.add_row(c.claimant or Text("the article", style="dim"), _clip(vals, 50), _clip(c.span.text))
    return table


_CAST_STYLE = {"protagonists": ("Heroes (protagonists)", "green"), "antagonists": ("Villains (antagonists)", "red"),
               "innocents": ("Victims (innocents)", "cyan")}


def cast(a: Analysis) -> RenderableType | None:
    """Heroes, villains and victims at a glance, then each framed entity's roles with its evidence."""
    if a.cast is None:
        return None
    line = Text()
    for key, (title, style) in _CAST_STYLE.items():
        members = visible(getattr(a.cast, key))
        line.append(f"{title}: ", style=f"bold {style}")
        line.append(", ".join(f"{m.name} ({'/'.join(m.fine_roles)}){low(m)}" for m in members[:8]) or "none",
                    style=style)
        line.append("\n")
    framed = [e for e in a.entities if e.role is not None and is_visible(e.role)]
    if not framed:
        line.append("No entity is clearly framed by this article.", style="dim")
        return Panel(line, title="Cast", title_align="left")
    table = Table(expand=True, show_edge=False)
    table.add_column("entity", style="bold")
    table.add_column("role")
    table.add_column("score", justify="right")
    table.add_column("evidence")
    for e in sorted(framed, key=lambda e: -e.role.main_score)[:15]:
        fines = ", ".join(f"{f.label} {f.score:.2f}" for f in e.role.fine_roles)
        evidence = e.role.evidence[0].text if e.role.evidence else ""
        if e.role.cues:  # what decided the role, before the sentence that shows it
            evidence = "[" + "; ".join(c.cue for c in e.role.cues) + "] " + evidence
        table.add_row(e.name, f"{e.role.main_role}{low(e.role)}: {fines}", f"{e.role.main_score:.2f}",
                      Text(_clip(evidence, 110)))  # a Text: "[does “provoke”]" is not rich markup
    return Panel(Group(line, table), title="Cast", title_align="left")


def _linked_items(a: Analysis, ev) -> Text:
    """The items the linked reading found inside one evidence sentence, as one dim line."""
    claims = {c.id: c for c in a.claims if c.id}
    quotes = {q.id: q for q in a.quotes if q.id}
    spans = {t.id: t for t in a.persuasion.spans if t.id} if a.persuasion else {}
    ents = {e.id: e for e in a.entities}
    bits = Text()

    def add(label: str, body: str, style: str) -> None:
        if bits:
            bits.append(" · ", style="dim")
        bits.append(label, style=f"bold {style}")
        bits.append(" " + body, style=style)

    for i in getattr(ev, "entities", []):
        e = ents.get(i)
        if e is not None and e.role is not None and is_visible(e.role):
            add(e.name, e.role.main_role.lower() + low(e.role), _ROLE_STYLE.get(e.role.main_role, ""))
    for i in getattr(ev, "quotes", []):
        if i in quotes:
            who = quotes[i].speaker or "unresolved speaker"
            add("quote", f"{who}: “{_clip(quotes[i].content.text, 60)}”", "magenta")
    for i in getattr(ev, "claims", []):
        if i in claims:
            c = claims[i]
            add("claim", f"{c.claimant or 'the article'} ({', '.join(v.text for v in c.values[:3])})", "blue")
    for i in getattr(ev, "techniques", []):
        if i in spans and is_visible(spans[i]):
            add(spans[i].technique.replace("_", " "), f"“{_clip(spans[i].text, 40)}”{low(spans[i])}", "yellow")
    return bits


_ROLE_STYLE = {"Protagonist": "green", "Antagonist": "red", "Innocent": "cyan"}


def narratives(a: Analysis) -> RenderableType | None:
    """Domain, narratives and sub-narratives with scores; under each, its evidence and what is linked inside it."""
    n = a.narratives
    if n is None:
        return None
    if n.domain == "Other":
        return Panel(Text(f"No narrative of the URW or climate taxonomy (score {n.coarse[0].score:.2f})"
                          if n.coarse else "No narrative found", style="dim"), title="Narratives", title_align="left")
    parts: list[RenderableType] = []
    for c in visible(n.coarse):
        block = Text()
        block.append(f"{c.score:.2f} ", style="dim")
        block.append(c.label + low(c), style="bold")
        subs = visible(f for f in n.fine if f.label.startswith(c.label + ": "))
        for f in subs:
            block.append(f"\n  └ {f.label[len(c.label) + 2:]}{low(f)} ", style="")
            # a sub-narrative the classifier did not predict, read from the cast (links.rank_narratives),
            # has no score of its own
            block.append(f"{f.score:.2f}" if f.score > 0 else "(from the cast)", style="dim")
        seen = set()
        for lab in [*subs, c]:
            for ev in lab.evidence:
                if (ev.start, ev.end) in seen:
                    continue
                seen.add((ev.start, ev.end))
                block.append("\n  » ", style="dim")
                block.append(_clip(ev.text, 200), style="black on yellow")
                items = _linked_items(a, ev)
                if items:
                    block.append("\n    ")
                    block.append_text(items)
        parts.append(block)
    if not parts:
        parts.append(Text("No narrative reaches its display-precision target (--all shows the classifier's labels, "
                          "marked low confidence)", style="dim"))
    links = a.links
    # the stance and cast checks of a narrative that is not shown are not shown either (review48; as display.shown_only)
    linked = next((c for c in n.coarse if links is not None and c.label == links.narrative), None)
    if links is not None and links.narrative and (linked is None or is_visible(linked)):
        line = Text()
        for kind, style in (("blamed", "red"), ("praised", "green"), ("victim", "cyan")):
            names = [m.name for m in links.stance if m.stance == kind]
            if names:
                line.append(f"{kind}: ", style=f"bold {style}")
                line.append(", ".join(names[:6]) + "   ", style=style)
        for chk in links.cast_checks:
            line.append(f"\ncast check ({chk.action}): {chk.reason}",
                        style="yellow" if chk.action == "removed" else "dim")
        if line:
            parts.append(line)
    title = f"Narratives · domain {n.domain} ({n.domain_score:.2f})"
    return Panel(Group(*parts), title=title, title_align="left")


def explanation(a: Analysis) -> RenderableType | None:
    """The explanation of the dominant narrative."""
    e = a.explanation
    if e is None or e.narrative == "Other":
        return None
    label = next((c for c in (a.narratives.coarse if a.narratives else []) if c.label == e.narrative), None)
    if label is not None and not is_visible(label):
        return None  # the explanation of a narrative that is not shown is not shown either
    # (nor its sub-narrative when that is not shown: review48)
    sub = next((f for f in (a.narratives.fine if a.narratives else []) if f.label == e.subnarrative), None)
    title = e.narrative + (f" · {e.subnarrative.rsplit(': ', 1)[-1]}{low(sub) if sub is not None else ''}"
                           if e.subnarrative and (sub is None or is_visible(sub)) else "")
    return Panel(Text(e.text), title=f"Why: {title}{low(label) if label is not None else ''}", title_align="left")


#: Colour of each persuasion-technique category in the marked-up text.
CATEGORY_STYLES = {"attack_on_reputation": "bold red", "justification": "bold magenta", "simplification": "bold yellow",
                   "distraction": "bold cyan", "call": "bold green", "manipulative_wording": "bold blue"}


def _marked_paragraph(text: str, start: int, end: int, spans: list) -> Text:
    """The paragraph ``text[start:end]`` with technique spans coloured by category and tagged after their end."""
    cuts = sorted({start, end} | {min(max(x, start), end) for s in spans for x in (s.start, s.end)})
    out = Text()
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        style = CATEGORY_STYLES.get(covering[-1].category, "bold") + " underline" if covering else ""
        out.append(text[a:b], style=style)
        for s in spans:
            if s.end == b:
                out.append(f"[{s.technique}]", style="dim " + CATEGORY_STYLES.get(s.category, ""))
    return out


def persuasion(a: Analysis) -> RenderableType | None:
    """Paragraphs that use persuasion techniques, with each technique's span marked in the text."""
    p = a.persuasion
    if p is None:
        return None
    text = a.article.text
    # the density is the layer's (every span found); the counts are of the spans this report shows
    shown_spans = visible(p.spans)
    summary = Text(f"persuasion density {p.density:.0%} of sentences · {len(shown_spans)} of {len(p.spans)} "
                   "spans shown · ")
    by_category: dict[str, int] = {}
    for s in shown_spans:
        by_category[s.category] = by_category.get(s.category, 0) + 1
    summary.append(" · ".join(f"{name.replace('_', ' ')} {n}" for name, n in by_category.items() if n),
                   style="dim")
    parts: list[RenderableType] = [summary]
    for para in p.paragraphs:
        labels = visible(para.techniques)
        if not labels:
            continue
        spans = visible(s for s in p.spans if para.start <= s.start and s.end <= para.end)
        block = Text(f"¶{para.paragraph} ", style="dim")
        block.append_text(_marked_paragraph(text, para.start, para.end, spans))
        block.append("\n  " + ", ".join(f"{t.label} {t.score:.2f}{low(t)}" for t in labels), style="italic dim")
        cues = list(dict.fromkeys(f"{s.technique}: {s.cue}" for s in spans if s.cue))
        if cues:
            block.append("\n  why: " + "; ".join(cues[:4]), style="dim")
        parts.append(block)
    if len(parts) == 1:
        parts.append(Text("no persuasion technique found", style="dim"))
    return Panel(Group(*parts), title="Persuasion techniques", title_align="left")


#: Report sections in order; later layers append theirs.
SECTIONS: list[Callable[[Analysis], RenderableType | None]] = [header, narratives, explanation, entities, cast,
                                                                quotes, claims, persuasion]


def render(a: Analysis, show_all: bool = False) -> RenderableType:
    """All sections of the report as one renderable: the ``shown`` items, or with ``show_all`` every item
    (those below their layer's display target marked "low confidence")."""
    token = SHOW_ALL.set(show_all)
    try:
        parts = [s(a) for s in SECTIONS]
    finally:
        SHOW_ALL.reset(token)
    return Group(*[p for p in parts if p is not None])


def print_report(a: Analysis, console: Console | None = None, show_all: bool = False) -> None:
    """Print the report to ``console`` (stdout by default); ``show_all`` as in :func:`render`."""
    (console or Console()).print(render(a, show_all=show_all))
