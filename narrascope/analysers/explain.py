"""The ``explain`` analyser: a short, grounded explanation of the article's dominant narrative.

The method is extractive with a fixed frame, so it cannot invent facts: one template clause names the
narrative's stance (who is blamed or praised, from the taxonomy's ``gist``) and the people or bodies named in
the evidence, then the article's own strongest evidence sentences are quoted. The result is capped at the
``explanation_words`` setting (80, the SemEval subtask-3 limit).
"""
from __future__ import annotations

from collections import Counter

from ..registry import Document, analyser
from ..schema import Explanation, Narratives, Sentence, Span
from ..taxonomy.narratives import OTHER, load_taxonomy
from ..models.narrative_classifier import NarrativeClassifier
from .narratives import get_model, pick_evidence, sentence_scores, split_sentences

_NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "PER", "LOC"}


def _clip_words(text: str, budget: int) -> tuple[str, int]:
    words = text.split()
    if len(words) <= budget:
        return " ".join(words), len(words)
    return " ".join(words[:budget]).rstrip(",;:") + "…", budget


def compose(gist: str | None, quotes: list[str], names: list[str] | None = None, max_words: int = 80) -> str:
    """Build the explanation text: ``The article <gist>, pointing at <names>: “<quote>” and “<quote>”.``

    With ``gist`` None (articles not in English) only the quotes are given, so the text stays in the
    article's language. The total never exceeds ``max_words`` words; the last quote is cut with "…".
    """
    lead = ""
    if gist:
        lead = f"The article {gist}"
        if names:
            lead += ", pointing at " + (" and ".join(names) if len(names) <= 2 else ", ".join(names[:-1])
                                        + " and " + names[-1])
    budget = max_words - len(lead.split())
    parts = []
    for q in quotes:
        if budget <= 3:
            break
        clipped, used = _clip_words(q, budget - (1 if parts else 0))
        parts.append(f"“{clipped}”" if gist else clipped)
        budget -= used + (1 if len(parts) > 1 else 0)
    body = " and ".join(parts) if gist else " ".join(parts)
    if not lead:
        return body.strip()
    return f"{lead}: {body}".strip() if body else f"{lead}."


def _names_in(document: Document, spans: list[Span], gist: str) -> list[str]:
    counts: Counter[str] = Counter()
    for e in document.data.get("entities") or []:
        if e.type not in _NAMED_TYPES or e.name.lower() in gist.lower():
            continue
        for m in e.mentions:
            if any(s.start <= m.start and m.end <= s.end for s in spans):
                counts[e.name] += 1
    return [n for n, _ in counts.most_common(2)]


def explain_label(text: str, narrative: str, subnarrative: str | None, sentences: list[Sentence] | None = None,
                  model: NarrativeClassifier | None = None, english: bool = True, max_words: int = 80,
                  evidence: list[Span] | None = None, names: list[str] | None = None) -> Explanation:
    """Explain why ``text`` advances ``narrative`` (and ``subnarrative``), quoting its strongest evidence."""
    tax = load_taxonomy()
    if narrative == OTHER or narrative not in tax.gist:
        return Explanation(narrative=OTHER, subnarrative=None, text=compose(
            "does not advance any narrative of the URW or climate taxonomy" if english else None, [], None,
            max_words) if english else "", evidence=[])
    if evidence is None:
        model = model or get_model()
        sentences = sentences if sentences is not None else split_sentences(text)
        target = subnarrative if subnarrative and not subnarrative.endswith(": Other") else narrative
        scores = sentence_scores(model, text, sentences, [target, narrative])
        evidence = pick_evidence(text, sentences, scores[:, 0] + 0.5 * scores[:, 1], 2)
        if not evidence and sentences:  # no sentence pushes the label up: quote the opening of the body
            s = sentences[min(1, len(sentences) - 1)]
            evidence = [Span(start=s.start, end=s.end, text=text[s.start:s.end])]
    quotes = [" ".join(e.text.split()) for e in evidence[:2]]
    gist = tax.gist[narrative] if english else None
    return Explanation(narrative=narrative, subnarrative=subnarrative,
                       text=compose(gist, quotes, names, max_words), evidence=list(evidence[:2]))


def dominant(narratives: Narratives) -> tuple[str, str | None]:
    """The highest-scoring narrative and, under it, the highest-scoring sub-narrative."""
    coarse = [c for c in narratives.coarse if c.label != OTHER]
    if not coarse:
        return OTHER, None
    top = max(coarse, key=lambda c: c.score)
    subs = [f for f in narratives.fine if f.label.startswith(top.label + ": ")]
    return top.label, (max(subs, key=lambda f: f.score).label if subs else None)


@analyser("explain", requires=("narratives",), assigns=("explanation",))
class ExplainAnalyser:
    """Adds ``explanation``: the dominant narrative, who it blames or praises, and the article's own words."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        nar: Narratives = document.data["narratives"]
        narrative, sub = dominant(nar)
        words = self.settings.explanation_words
        if narrative == OTHER:
            document.data["explanation"] = explain_label(document.article.text, OTHER, None, max_words=words)
            return document
        # Reuse the evidence the narratives layer already found (no second pass over the sentences):
        # the sub-narrative's when it is a specific one, else the narrative's.
        labels = {lab.label: lab for lab in nar.coarse + nar.fine}
        source = labels[sub] if sub and not sub.endswith(": Other") and labels[sub].evidence else labels[narrative]
        evidence = sorted(source.evidence, key=lambda e: labels[narrative].evidence.count(e) == 0)[:2]
        evidence = sorted(evidence, key=lambda e: e.start)
        names = _names_in(document, evidence, load_taxonomy().gist[narrative])
        expl = explain_label(document.article.text, narrative, sub, max_words=words,
                             evidence=evidence or None, names=names, sentences=document.data.get("sentences"))
        document.data["explanation"] = expl
        return document
