"""Training of the persuasion model (:class:`~narrascope.models.persuasion_model.PersuasionModel`: paragraph
classifier + span tagger + combiner): training rows from SemEval-2023 articles, PTC labels, the artifact writer."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import clone

from ..models.persuasion_model import PersuasionModel, row_token_max
from ..models.span_tagger import TokenTable, token_labels, tune_span_thresholds
from ..models.technique_model import N_NUMERIC, ParagraphRows, article_rows
from .persuasion_data import TechniqueArticle, sentence_line_copy


def corpus_rows(articles: list[TechniqueArticle], language: str = "en"
                ) -> tuple[ParagraphRows, list[tuple[str, int]]]:
    """Feature inputs for every paragraph of every article, and the ``(article_id, paragraph_no)`` keys."""
    texts, ctx, nums, keys = [], [], [], []
    for a in articles:
        r = article_rows(a.text, a.paragraphs, language)
        texts += r.texts
        ctx += r.context
        nums.append(r.numeric)
        keys += [(a.id, p.no) for p in a.paragraphs]
    numeric = np.vstack(nums) if nums else np.zeros((0, N_NUMERIC))
    return ParagraphRows(texts, ctx, numeric), keys


def label_matrix(articles: list[TechniqueArticle], techniques: list[str]) -> np.ndarray:
    """0/1 matrix (paragraphs x techniques) of the gold paragraph labels, in :func:`corpus_rows` order."""
    index = {t: j for j, t in enumerate(techniques)}
    rows = []
    for a in articles:
        for p in a.paragraphs:
            y = np.zeros(len(techniques), dtype=np.int8)
            for t in a.labels.get(p.no, []):
                if t in index:
                    y[index[t]] = 1
            rows.append(y)
    return np.vstack(rows) if rows else np.zeros((0, len(techniques)), dtype=np.int8)


def add_ptc_labels(articles: list[TechniqueArticle], ptc_spans: dict[str, list[tuple[str, int, int]]]) -> int:
    """Add PTC spans (already mapped to our ids) to the matching articles' spans and paragraph labels.

    Returns the number of (paragraph, technique) labels that were new.
    """
    added = 0
    for a in articles:
        for tech, s, e in ptc_spans.get(a.id, []):
            for p in a.paragraphs:
                if s < p.end and p.start < e:
                    labs = a.labels.setdefault(p.no, [])
                    if tech not in labs:
                        labs.append(tech)
                        added += 1
            a.spans.append((tech, s, e))
    return added


def article_sentences(articles: list[TechniqueArticle], language: str = "en") -> dict[str, list[tuple[int, int]]]:
    """Sentence offsets of each article by the project's splitter (exactly the Document's sentences; for
    ``language`` other than English, the blank tokenizer + sentencizer the ``spacy`` analyser uses).

    Only the spaCy components that decide sentence boundaries run (tagger, lemmatizer and NER do not change
    them), which makes this about three times faster than the full pipeline.
    """
    from ..analysers.spacy_parse import nlp_for, sentence_spans, unwrap

    nlp = nlp_for(language)
    keep = [name for name in nlp.pipe_names if name in ("tok2vec", "parser", "narrascope_newlines")]
    with nlp.select_pipes(enable=keep):
        docs = nlp.pipe([unwrap(a.text) for a in articles], batch_size=16)
        return {a.id: [(s.start, s.end) for s in sentence_spans(d)] for a, d in zip(articles, docs)}


def train_persuasion(articles: list[TechniqueArticle], techniques: list[str], model: PersuasionModel | None = None,
                     sentences: dict[str, list[tuple[int, int]]] | None = None,
                     log: Callable[[str], None] | None = None) -> tuple[PersuasionModel, float]:
    """Fit the paragraph model, the span tagger and their combiner on ``articles``; returns (model, seconds).

    The paragraph model learns from the paragraphs and from sentence-line copies (when its
    ``sentence_lines`` is on: the official dev template has sentence-length lines). Inner folds grouped by
    article give out-of-fold scores of both models: the paragraph thresholds, the tagger's span thresholds
    and the combiner are all tuned on those, never on the articles a score came from. ``sentences`` (article
    id -> offsets) default to :func:`article_sentences`.
    """
    t0 = time.perf_counter()
    say = log or (lambda msg: None)
    model = model or PersuasionModel()
    lang = model.language
    if sentences is None:
        sentences = article_sentences(articles, lang)
        say(f"sentences split ({time.perf_counter() - t0:.0f} s)")
    paragraph, tagger = model.base_models()
    model.paragraph_, model.tagger_ = paragraph, tagger
    copies = [sentence_line_copy(a) for a in articles] if paragraph.sentence_lines else []
    rows_articles = articles + copies
    rows, keys = corpus_rows(rows_articles, lang)
    y = label_matrix(rows_articles, techniques)
    paragraph.fit(rows, y, techniques, groups=np.array([k[0] for k in keys]))
    say(f"paragraph model fitted ({time.perf_counter() - t0:.0f} s)")
    fold_of = paragraph.fold_of_
    tables = [TokenTable.build(a.text, sentences.get(a.id), lang) for a in articles]
    # Sentence-line copies: each line is a sentence, as when the dev template's lines are analysed.
    tables += [TokenTable.build(c.text, [(p.start, p.end) for p in c.paragraphs], lang) for c in copies]
    bounds = [[(p.start, p.end) for p in a.paragraphs] for a in rows_articles]
    # Token features are built once per training: the inner-fold taggers share the vocabularies of the whole
    # training part (word counts only, no labels: the same choice as the paragraph model's vectorizers).
    tagger._fit_vocab(tables[:len(articles)])
    feats = [tagger.features(t) for t in tables]
    ylab = [token_labels(t, a.spans, techniques) for t, a in zip(tables, articles)]
    oof_probs: list[np.ndarray] = [np.zeros(0)] * len(articles)
    oof_max = []
    for k in range(model.inner_folds):
        train = [i for i, a in enumerate(articles) if fold_of[a.id] != k]
        inner = clone(tagger).share_vocabulary(tagger).fit_matrix(
            sp.vstack([feats[i] for i in train], format="csr"), np.vstack([ylab[i] for i in train]), techniques)
        for n, a in enumerate(rows_articles):
            if fold_of[a.id] == k:
                probs = inner.scores_from_features(feats[n])
                if n < len(articles):
                    oof_probs[n] = probs
                oof_max.append((n, row_token_max(tables[n], bounds[n], probs)))
        say(f"inner tagger {k + 1}/{model.inner_folds} ({time.perf_counter() - t0:.0f} s)")
    token_max = np.vstack([m for _, m in sorted(oof_max, key=lambda nm: nm[0])])
    tagger.fit_matrix(sp.vstack(feats[:len(articles)], format="csr"), np.vstack(ylab), techniques)
    tagger.thresholds_ = tune_span_thresholds(tagger, tables[:len(articles)], oof_probs,
                                                    [a.spans for a in articles])
    say(f"tagger fitted, span thresholds tuned ({time.perf_counter() - t0:.0f} s)")
    article_no = np.concatenate([np.full(len(a.paragraphs), n) for n, a in enumerate(rows_articles)])
    lengths = np.array([p.end - p.start for a in rows_articles for p in a.paragraphs])
    row_fold = np.array([fold_of[a.id] for a in rows_articles for _ in a.paragraphs])
    model.fit_combiner(paragraph.oof_, token_max, article_no, lengths, y, techniques, folds=row_fold)
    return model, time.perf_counter() - t0


def save_persuasion(directory: str | Path, model: PersuasionModel, extra_meta: dict[str, Any]) -> Path:
    """Write the model as an npz/JSON artifact (see :func:`~narrascope.models.save_artifact`)."""
    from ..models import save_artifact

    arrays, meta = model.to_artifact()
    meta.update(extra_meta)
    return save_artifact(directory, arrays, meta)
