"""Training of the evidence scorer (:class:`~narrascope.models.evidence_scorer.EvidenceScorer`) and the pieces
the explanation evaluation shares with it: the gold explanations of SemEval subtask 3, ROUGE-L and the TF-IDF
cosine against them.

Weak supervision: each training sentence's target is its ROUGE-L F1 plus TF-IDF cosine with its article's
gold explanation of the dominant narrative. The lexical ridge learns from every body sentence of four words or
more and the title; the narrative model's own n-gram features are the inputs, so the scorer needs no extra
feature pass at inference.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from ..errors import DataError
from ..models import model_dir
from ..models.evidence_scorer import EvidenceScorer
from ..models.narrative_classifier import NarrativeClassifier
from ..schema import Sentence
from ..taxonomy.narratives import load_taxonomy
from .semeval2025 import load_labelled

__all__ = ["GoldArticle", "gold_articles", "gold_explanations", "rouge_l", "similarity_vectorizer",
           "train_evidence", "train_scorer"]

_TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")
_MIN_WORDS = 4


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 of two texts over lower-cased word tokens (0 when either is empty)."""
    a, b = _TOKEN.findall(candidate.lower()), _TOKEN.findall(reference.lower())
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    lcs = prev[-1]
    if not lcs:
        return 0.0
    p, r = lcs / len(a), lcs / len(b)
    return 2 * p * r / (p + r)


def gold_explanations(data: str | Path, langs: list[str] | None = None) -> dict[str, tuple[str, str | None, str]]:
    """``article_id -> (dominant narrative, dominant sub-narrative or None, explanation)`` of a train folder."""
    out = {}
    for f in sorted(Path(data).glob("labels/*/subtask-3-annotations.txt")):
        if langs and f.parent.name not in langs:
            continue
        for line in f.read_text("utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 4 and cols[3].strip():
                sub = cols[2].strip()
                out[cols[0].strip()] = (cols[1].strip(), None if sub in ("", "none", "Other") else sub, cols[3].strip())
    if not out:
        raise DataError(f"{data}: no gold explanations; expected labels/<LANG>/subtask-3-annotations.txt")
    return out


def similarity_vectorizer(texts: list[str], references: list[str]) -> TfidfVectorizer:
    """The TF-IDF (word unigrams, sublinear tf) whose cosine measures closeness to a gold explanation."""
    sim = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)[\w\u0900-\u0963\u0966-\u097F]{2,}", min_df=2)
    return sim.fit(list(texts) + list(references))


@dataclass
class GoldArticle:
    """A training article with a gold explanation: its text as parsed, sentences and gold dominant labels."""

    index: int  # position in load_labelled()'s lists
    text: str
    body_start: int
    lang: str
    narrative: str
    sub: str | None
    reference: str
    sentences: list[Sentence]


def gold_articles(data: str | Path, langs: list[str] | None = None, d=None) -> list[GoldArticle]:
    """Every article of ``data`` with a gold explanation of a taxonomy narrative, sentence-split as the
    ``spacy`` analyser splits it (one batched spaCy pass per language)."""
    from ..analysers.spacy_parse import nlp_for, sentence_spans, unwrap
    from ..readers.text import parse_text

    d = d or load_labelled(data, langs)
    gold = gold_explanations(data, langs)
    tax = load_taxonomy()
    out: list[GoldArticle] = []
    for i, aid in enumerate(d.ids):
        if aid not in gold or gold[aid][0] not in tax.gist:
            continue
        narrative, sub, ref = gold[aid]
        article = parse_text(d.texts[i])
        out.append(GoldArticle(i, article.text, article.body_start, d.langs[i], narrative,
                               sub if sub in tax.parent else None, ref, []))
    for lang in sorted({a.lang for a in out}):
        group = [a for a in out if a.lang == lang]
        texts = [unwrap(a.text, a.body_start) for a in group]  # as the analyser parses (same offsets)
        for a, doc in zip(group, nlp_for(lang.lower()).pipe(texts, batch_size=32)):
            a.sentences = sentence_spans(doc)
    return out


def _rows(model: NarrativeClassifier, a: GoldArticle, sim: TfidfVectorizer):
    """The lexical training rows of one article: its title and body sentences of four words or more."""
    keep = [s for i, s in enumerate(a.sentences) if len(a.text[s.start:s.end].split()) >= _MIN_WORDS
            and (i == 0 or s.start >= a.body_start)]
    if len(keep) < 2:
        return None
    texts = [a.text[s.start:s.end] for s in keep]
    ref = sim.transform([a.reference])
    cos = np.asarray((sim.transform(texts) @ ref.T).toarray()).ravel()
    target = np.array([rouge_l(t, a.reference) for t in texts]) + cos
    _, x = model.transform_parts(a.text, [(s.start, s.end) for s in keep])
    return x, target


def train_scorer(model: NarrativeClassifier, articles: list[GoldArticle], sim: TfidfVectorizer,
                 weights: dict[str, float] | None = None) -> EvidenceScorer:
    """An evidence scorer whose lexical part is fitted on ``articles`` with ``model``'s features."""
    rows = [r for r in (_rows(model, a, sim) for a in articles) if r is not None]
    return EvidenceScorer(weights).fit_lexical(model, [r[0] for r in rows], [r[1] for r in rows])


def train_evidence(data: str | Path, out: str | Path | None = None,
                   model: NarrativeClassifier | None = None) -> tuple[EvidenceScorer, Path]:
    """Train the shipped evidence scorer on every gold explanation of ``data`` (semeval2025-task10/train) with
    the shipped narrative model's features, and save it (default: ``narrascope/models/evidence``)."""
    d = load_labelled(data)
    articles = gold_articles(data, d=d)
    sim = similarity_vectorizer(d.texts, [a.reference for a in articles])
    model = model or NarrativeClassifier.load()
    scorer = train_scorer(model, articles, sim)
    counts: dict[str, int] = {}
    for a in articles:
        counts[a.lang] = counts.get(a.lang, 0) + 1
    path = scorer.save(out or model_dir("evidence"), {"training_data": {"articles_per_language": counts},
                                                      "narratives_model": model.meta_.get("version", "?")
                                                      if hasattr(model, "meta_") else "?"})
    return scorer, Path(path)
