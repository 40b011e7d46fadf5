"""The ``narratives`` analyser: domain, narratives and sub-narratives with calibrated scores and evidence.

Evidence for a label is the article's sentences that push its linear score up most: each sentence is
vectorised with the model's own TF-IDF features and multiplied by the label's weights, so the evidence
shown is what the classifier actually relied on, not a separate guess.
"""
from __future__ import annotations

import re
import threading

import numpy as np

from ..registry import Document, analyser
from ..schema import Narratives, ScoredLabel, Sentence, Span
from ..models.narrative_classifier import NarrativeClassifier, Prediction

_LOCK = threading.Lock()
_MODEL: NarrativeClassifier | None = None
# Sentence ends: . ! ? … (and the Hindi danda) followed by space, or a line break.
_SENT_END = re.compile(r"(?<=[.!?…।])[\"'”»)]*\s+|\n\s*")
_MIN_WORDS = 4


def get_model() -> NarrativeClassifier:
    """The shipped narrative model, loaded once per process."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = NarrativeClassifier.load()
        return _MODEL


def split_sentences(text: str) -> list[Sentence]:
    """Rule-based sentence offsets (used when no earlier analyser gave sentences, e.g. in SemEval exports)."""
    out, start = [], 0
    for m in list(_SENT_END.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(start=start + lead, end=start + len(piece.rstrip())))
        if m:
            start = m.end()
    return out


def sentence_scores(model: NarrativeClassifier, text: str, sentences: list[Sentence],
                    labels: list[str]) -> np.ndarray:
    """Contribution of each sentence (rows) to each label's linear score (columns); short ones score 0."""
    if not sentences or not labels:
        return np.zeros((len(sentences), len(labels)))
    col = {c: j for j, c in enumerate(model.columns_)}
    cols = [col.get(lab, col.get(lab.rsplit(": ", 1)[0], 0)) for lab in labels]
    x = model.transform([text[s.start:s.end] for s in sentences])
    scores = np.asarray(x @ model.coef_[:, cols])
    short = np.array([len(text[s.start:s.end].split()) < _MIN_WORDS for s in sentences])
    scores[short] = 0.0
    return scores


def pick_evidence(text: str, sentences: list[Sentence], scores: np.ndarray, k: int = 3) -> list[Span]:
    """The 1..k sentences with the highest positive contribution (later ones need half the best one's)."""
    order = np.argsort(-scores, kind="stable")
    out: list[Span] = []
    for i in order[:k]:
        if scores[i] <= 0 or (out and scores[i] < 0.5 * scores[order[0]]):
            break
        s = sentences[i]
        out.append(Span(start=s.start, end=s.end, text=text[s.start:s.end]))
    return sorted(out, key=lambda sp: sp.start)


def narratives_of(text: str, language: str | None, sentences: list[Sentence] | None = None,
                  model: NarrativeClassifier | None = None, evidence: int = 3) -> Narratives:
    """Classify one article's text and attach evidence sentences to every predicted label."""
    model = model or get_model()
    pred: Prediction = model.predict([text], [language])[0]
    sentences = sentences if sentences is not None else split_sentences(text)
    labels = [c for c, _ in pred.coarse if c != "Other"] + [f for f, _ in pred.fine if f != "Other"]
    scores = sentence_scores(model, text, sentences, labels)
    ev = {lab: pick_evidence(text, sentences, scores[:, j], evidence) for j, lab in enumerate(labels)}
    return Narratives(domain=pred.domain, domain_score=pred.domain_score,
                      coarse=[ScoredLabel(label=c, score=s, evidence=ev.get(c, [])) for c, s in pred.coarse],
                      fine=[ScoredLabel(label=f, score=s, evidence=ev.get(f, [])) for f, s in pred.fine])


@analyser("narratives", requires=("sentences",), assigns=("narratives",))
class NarrativesAnalyser:
    """Adds ``narratives``: the article's domain, narratives and sub-narratives, each with evidence."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        model = get_model()
        document.data["narratives"] = narratives_of(document.article.text, document.article.language,
                                                    document.data.get("sentences"), model,
                                                    evidence=self.settings.narrative_evidence)
        document.models["narratives"] = model.meta_.get("version", "?")
        return document
