"""The ``explain`` analyser: a short, grounded explanation of the article's dominant narrative.

It reads the linked layers, not the text alone, and writes at most ``explanation_words`` words (80, the
SemEval subtask-3 limit) in plain sentences; every piece comes from the analysis, so it cannot invent facts:

1. the stance: the narrative's gist and its specific sub-narrative, and who is blamed, praised or pitied —
   the entities named in the narrative's evidence, with their role from the cast or their group from the
   stance table (:func:`narrascope.analysers.links.stance_of`);
2. the strongest source: a quote (with its speaker) or a claim (with its claimant) inside the evidence, or
   else the strongest evidence sentence, quoted;
3. the technique: the shown persuasion span with the highest score inside the evidence, with its words;
4. one more evidence sentence when words remain.

Articles not in English get their own evidence sentences only, so the explanation stays in their language
(the gold explanations of SemEval are written in the article's language).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..registry import Document, analyser
from ..schema import EvidenceSentence, Explanation, NarrativeLabel, Narratives, Span
from ..taxonomy.narratives import OTHER, load_taxonomy
from .links import dominant_label, link_span, stance_of
from .narratives import NarrativeModelUser, evidence_spans, get_model

if TYPE_CHECKING:
    from ..models.narrative_classifier import NarrativeClassifier

_QUOTE_WORDS = 28
_OTHER_TEXT = "The article does not advance any narrative of the URW or climate taxonomy."


def _clip(text: str, budget: int) -> str:
    words = text.split()
    return " ".join(words) if len(words) <= budget else " ".join(words[:max(1, budget)]).rstrip(",;:") + "…"


def _quoted(text: str, budget: int) -> str:
    """``“text”.`` clipped to ``budget`` words; no doubled or dangling punctuation at the close."""
    body = _clip(text, budget).rstrip(",;: ")
    return f"“{body}”" + ("" if body.endswith((".", "!", "?", "…")) else ".")


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def technique_name(technique: str) -> str:
    """``Name_Calling-Labeling`` -> ``name calling/labeling``."""
    return technique.replace("_", " ").replace("-", "/").lower()


def stance_clause(gist: str, sub: str | None, stance, said: dict[str, str] | None = None) -> str:
    """``The article <gist>: <sub-narrative>, blaming X and Y and praising Z.``; an entity whose role rests only on
    one speaker's words (``said``: entity id -> speaker) is named with them: "blaming Ukraine (says Dmitry Peskov)"."""
    said = said or {}
    lead = f"The article {gist}"
    if sub and not sub.endswith(": Other"):
        name = sub.rsplit(": ", 1)[-1]
        lead += ": " + name  # kept as written: sub-narrative names start with proper nouns ("West is tired…")
    parts = []
    for kind, verb in (("blamed", "blaming"), ("praised", "praising"), ("victim", "pitying")):
        names = list(dict.fromkeys(m.name + (f" (says {said[m.entity]})" if m.entity in said else "")
                                   for m in stance if m.stance == kind))[:3]
        if names:
            parts.append(f"{verb} {_names(names)}")
    return lead + (", " + " and ".join(parts) if parts else "") + "."


def role_speakers(document: Document) -> dict[str, str]:
    """Entity id -> speaker, for each entity whose cast role rests only on what one speaker says: every cue of
    its role names the same speaker (``does “shell” (says Dmitry Peskov)``, :mod:`narrascope.models.cast_evidence`)."""
    from ..models.cast_evidence import cue_speaker
    from ..models.stance import ELSEWHERE

    out = {}
    for e in document.data.get("entities") or []:
        # the evidence items' cues (the stance view's cues, "(elsewhere in the article)", "(verb lexicon)", repeat them)
        cues = [c.cue for c in (e.role.cues if e.role is not None else [])
                if not c.cue.endswith((ELSEWHERE, "(verb lexicon)"))]
        who = {cue_speaker(c) for c in cues}
        if cues and len(who) == 1 and None not in who:
            out[e.id] = who.pop()
    return out


def ranked_evidence(top: NarrativeLabel, sub: NarrativeLabel | None) -> list[EvidenceSentence]:
    """The sub-narrative's evidence first (when it is a specific one), then the narrative's; no repeats."""
    out, seen = [], set()
    specific = sub is not None and not sub.label.endswith(": Other")
    for lab in ((sub, top) if specific else (top, sub)):
        for ev in lab.evidence if lab else []:
            if (ev.start, ev.end) not in seen:
                seen.add((ev.start, ev.end))
                out.append(ev)
    return out


def compose_explanation(document: Document, top: NarrativeLabel, sub: NarrativeLabel | None,
                        max_words: int = 80, english: bool = True) -> Explanation:
    """The explanation of ``top`` (and ``sub``) from the document's layers (see the module doc)."""
    evidence = ranked_evidence(top, sub)
    spans = [Span(start=e.start, end=e.end, text=e.text) for e in evidence]
    sub_label = sub.label if sub else None
    if not english:
        body, budget, used = [], max_words, []
        for ev in spans[:2]:
            if budget <= 3:
                break
            piece = _clip(ev.text, budget)
            body.append(piece)
            used.append(ev)
            budget -= len(piece.split())
        return Explanation(narrative=top.label, subnarrative=sub_label, text=" ".join(body), evidence=used)
    stance = stance_of(document, top, sub)
    # a sub-narrative below its display target under a shown narrative is not named: the explanation is shown with
    # its narrative, and states nothing the report hides (review48: "· The West is weak" under a shown narrative)
    named = sub_label if sub is None or sub.shown or not top.shown else None
    first = stance_clause(load_taxonomy().gist[top.label], named, stance, role_speakers(document))
    sources = [m.entity for m in stance if m.name in first]
    pieces, used = [first], []
    links = {(e.start, e.end): link_span(document, e.start, e.end) for e in evidence}
    quotes = {q.id: q for q in document.data.get("quotes") or []}
    claims = {c.id: c for c in document.data.get("claims") or []}
    persuasion = document.data.get("persuasion")
    # only spans shown at the display precision: the explanation states nothing the report hides
    techniques = {t.id: t for t in (persuasion.spans if persuasion else []) if t.shown is not False}
    # The strongest source across the evidence: a direct quote with a named speaker beats reported speech,
    # any quote beats a claim, a claim with a claimant beats one the article makes itself; earlier evidence
    # (stronger) breaks ties.
    people = {e.id for e in document.data.get("entities") or [] if e.type in ("PERSON", "PER")}
    best = None
    for rank, ev in enumerate(spans):
        ids = links[(ev.start, ev.end)]
        for i in ids["quotes"]:
            q = quotes.get(i)
            if q is not None and q.speaker:
                key = (2, q.kind == "direct", q.speaker_entity in people, -rank)
                if best is None or key > best[0]:
                    best = (key, ev, f"It quotes {q.speaker}: {_quoted(q.content.text, _QUOTE_WORDS)}", q.id)
        for i in ids["claims"]:
            c = claims.get(i)
            if c is not None:
                key = (1, c.claimant is not None, c.score >= 0.6, -rank)
                who = f"It cites {c.claimant}" if c.claimant else "It asserts"
                if best is None or key > best[0]:
                    best = (key, ev, f"{who}: {_quoted(c.span.text, _QUOTE_WORDS)}", c.id)
    if best is not None:
        pieces.append(best[2])
        sources.append(best[3])
        used.append(best[1])
    if not used and spans:
        pieces.append(f"Key sentence: {_quoted(spans[0].text, _QUOTE_WORDS)}")
        used.append(spans[0])
    found = [techniques[i] for e in evidence for i in links[(e.start, e.end)]["techniques"] if i in techniques]
    if found:
        t = max(found, key=lambda t: t.score)
        pieces.append(f"Technique: {technique_name(t.technique)} (“{_clip(t.text, 8)}”).")
        sources.append(t.id)
    words = sum(len(p.split()) for p in pieces)
    for ev in spans:
        if ev not in used and max_words - words >= 12:
            pieces.append(f"Also: {_quoted(ev.text, max_words - words - 1)}")
            used.append(ev)
            break
    out = " ".join(pieces)
    if len(out.split()) > max_words:
        out = " ".join(out.split()[:max_words]).rstrip(",;:") + "…"
    return Explanation(narrative=top.label, subnarrative=sub_label, text=out,
                       evidence=sorted(used, key=lambda e: e.start), sources=[s for s in dict.fromkeys(sources) if s])


def explain_document(document: Document, narrative: str, subnarrative: str | None,
                     model: NarrativeClassifier | None = None, max_words: int = 80) -> Explanation:
    """Explain a given (e.g. gold) dominant narrative of an analysed Document (SemEval subtask 3).

    The Document needs its sentences and, for the full explanation, entities, quotes, claims, cast and
    persuasion; the evidence for the two labels is found here with ``model`` (default: the shipped one).
    """
    tax = load_taxonomy()
    english = (document.article.language or "en") == "en"
    if narrative == OTHER or narrative not in tax.gist:
        return Explanation(narrative=OTHER, text=_OTHER_TEXT if english else "")
    sub = subnarrative if subnarrative in tax.parent else None
    ev = evidence_spans(model or get_model(), document.article.text, document.data.get("sentences") or [],
                        [narrative] + ([sub] if sub else []), document.article.body_start)
    top = NarrativeLabel(label=narrative, score=1.0, evidence=ev[narrative])
    fine = NarrativeLabel(label=sub, score=1.0, evidence=ev[sub]) if sub else None
    return compose_explanation(document, top, fine, max_words, english)


@analyser("explain", requires=("narratives",), assigns=("explanation",),
          uses=("entities", "quotes", "claims", "persuasion", "cast"))
class ExplainAnalyser(NarrativeModelUser):
    """Adds ``explanation``: the dominant narrative, who it blames or praises, its source and technique."""

    def __call__(self, document: Document) -> Document:
        nar: Narratives = document.data["narratives"]
        top, sub = dominant_label(nar, document, self.model)
        english = (document.article.language or "en") == "en"
        if top is None:
            document.data["explanation"] = Explanation(narrative=OTHER, text=_OTHER_TEXT if english else "")
        else:
            document.data["explanation"] = compose_explanation(document, top, sub, self.settings.explanation_words,
                                                               english)
        return document
