"""The ``claims`` analyser: check-worthy sentences — numbers, money, percentages, fractions, dates,
comparisons — and who makes them.

A sentence is a claim when its values weigh enough (money, percentages, quantities and fractions weigh
most; relative dates such as "on Monday" and small counts such as "two sides" are not values). The claimant is the speaker of a quote or of reported
speech the sentence belongs to, or the X of "according to X"; with none, the article itself asserts it.
"""
from __future__ import annotations

import re

from ..registry import Document, analyser
from ..schema import Claim, ClaimValue, Span
from .speech import speaker_of

_WEIGHT = {"money": 0.6, "percent": 0.6, "fraction": 0.55, "quantity": 0.5, "number": 0.4,
           "comparison": 0.3, "date": 0.3}
_THRESHOLD = 0.3
_ENT_TYPES = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "CARDINAL": "number", "DATE": "date"}
_BIG_NUMBER_WORD = re.compile(r"\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b", re.I)
_MONTH_OR_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b")
_FRACTION = re.compile(
    r"\b(?:(?:roughly|about|nearly|almost|some|around|over|more than|less than|at least|up to)\s+)?"
    r"(?:(?:a|one|two|three|four|five)\s+(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?"
    r"|half|majority|minority)\s+of\b", re.I)
_COMPARISON = re.compile(
    r"\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|worse|better)"
    r"(?:\s+[a-z]+)?\s+than"
    r"|(?:largest|biggest|highest|lowest|fastest|worst|deadliest|record)"
    r"|(?:doubled|tripled|quadrupled|halved|soared|surged|plunged|plummeted|skyrocketed))\b", re.I)


def sentence_values(doc, start: int, end: int, text: str) -> list[ClaimValue]:
    """The checkable values inside ``text[start:end]``."""
    values: list[ClaimValue] = []
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        for ent in span.ents:
            kind = _ENT_TYPES.get(ent.label_)
            if kind is None:
                continue
            if kind == "number" and not (any(ch.isdigit() for ch in ent.text) or _BIG_NUMBER_WORD.search(ent.text)):
                continue  # "two sides", "one of them": not a checkable figure
            if kind == "date" and not _MONTH_OR_YEAR.search(ent.text):
                continue  # "on Monday", "last week": relative, nothing to check
            values.append(ClaimValue(type=kind, start=ent.start_char, end=ent.end_char, text=ent.text))
    for kind, rx in (("fraction", _FRACTION), ("comparison", _COMPARISON)):
        for m in rx.finditer(text, start, end):
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type=kind, start=m.start(), end=m.end(), text=m.group(0)))
    values.sort(key=lambda v: v.start)
    return values


def _score(values: list[ClaimValue]) -> float:
    kinds = {v.type for v in values}
    return min(1.0, sum(_WEIGHT[k] for k in kinds))


def _claimant(document: Document, start: int, end: int):
    """(name, entity id, cue) of whoever the sentence ``[start, end)`` is attributed to."""
    for q in document.data.get("quotes", []):
        if q.speaker and q.content.start < end and start < q.content.end:
            return q.speaker, q.speaker_entity, q.cue
    doc = document.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        for tok in span:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    name, ent, _ = speaker_of(pobj, document.data.get("entities", []), document.article.text)
                    return name, ent, "according to"
    return None, None, None


@analyser("claims", requires=("sentences", "ner", "quotes"), assigns=("claims",))
class Claims:
    """Check-worthy sentences with their values and claimant."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        text = document.article.text
        claims = []
        article = document.article
        for sent in document.data.get("sentences", []):
            if sent.end <= article.body_start and text[sent.start:sent.end].strip() != (article.title or ""):
                continue  # the date marker and byline lines are metadata, not statements
            values = sentence_values(document.doc, sent.start, sent.end, text)
            score = _score(values)
            if score < _THRESHOLD:
                continue
            name, ent, cue = _claimant(document, sent.start, sent.end)
            claims.append(Claim(span=Span(start=sent.start, end=sent.end, text=text[sent.start:sent.end]),
                                score=round(score, 3), values=values, claimant=name, claimant_entity=ent, cue=cue))
        if len(claims) > self.settings.max_claims:
            keep = sorted(claims, key=lambda c: -c.score)[: self.settings.max_claims]
            claims = sorted(keep, key=lambda c: c.span.start)
        document.data["claims"] = claims
        return document
