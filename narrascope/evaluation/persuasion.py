"""Persuasion techniques: the official measure, cross-validation, held-out evaluation and SemEval export.

The official SemEval-2023 Task 3 subtask-3 measure is micro-F1 over (paragraph, technique) pairs. We also
report macro-F1 over the techniques that occur in the gold labels (a technique absent from both gold and
predictions says nothing about the model) and a per-technique precision/recall/F1 table.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import DataError
from ..metrics import SpanScores
from ..models.persuasion_model import PersuasionModel
from ..models.span_tagger import SpanTagger
from ..models.technique_model import TechniqueModel
from ..training.persuasion import train_persuasion
from ..training.persuasion_data import (
    TechniqueArticle,
    read_articles_dir,
    read_template,
    sentence_line_copy,
    split_paragraphs,
)

Pairs = dict[tuple[str, int], set[str]]


@dataclass
class TechniqueScores:
    """Micro/macro scores plus per-technique ``(support, precision, recall, f1)``."""

    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    per_technique: dict[str, tuple[int, float, float, float]] = field(default_factory=dict)
    paragraphs: int = 0

    def as_dict(self) -> dict:
        """JSON-friendly form."""
        return {"micro_precision": round(self.micro_precision, 4), "micro_recall": round(self.micro_recall, 4),
                "micro_f1": round(self.micro_f1, 4), "macro_f1": round(self.macro_f1, 4),
                "paragraphs": self.paragraphs,
                "per_technique": {t: {"support": s, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
                                  for t, (s, p, r, f) in self.per_technique.items()}}


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_pairs(gold: Pairs, pred: Pairs) -> TechniqueScores:
    """Score predicted technique sets against gold ones, paragraph by paragraph.

    Only paragraphs present in ``gold`` count; a gold paragraph missing from ``pred`` counts as predicting
    nothing.
    """
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    for key, g in gold.items():
        p = pred.get(key, set())
        for t in g | p:
            c = per.setdefault(t, [0, 0, 0])
            if t in g and t in p:
                c[0] += 1
            elif t in p:
                c[1] += 1
            else:
                c[2] += 1
    table = {}
    for t in sorted(per):
        a, b, c = per[t]
        tp, fp, fn = tp + a, fp + b, fn + c
        table[t] = (a + c, *_f1(a, b, c))
    mp, mr, mf = _f1(tp, fp, fn)
    present = [v[3] for v in table.values() if v[0] > 0]
    return TechniqueScores(mp, mr, mf, float(np.mean(present)) if present else 0.0, table, len(gold))


def gold_pairs(articles: list[TechniqueArticle]) -> Pairs:
    """Gold ``(article_id, paragraph_no) -> techniques`` of labelled articles."""
    return {(a.id, p.no): set(a.labels.get(p.no, [])) for a in articles for p in a.paragraphs}


#: Precision a label must reach (out of fold) to be shown by default, per language (0: no display cut-offs, every
#: F1-optimal label is shown). Measured precision at display: see the model cards.
DISPLAY_TARGET = {"en": 0.5, "ru": 0.5}


#: Span-tagger settings of a language's shipped configuration, over :class:`SpanTagger`'s defaults. English trains
#: its SGD for 20 epochs: at 5 it stopped far from convergence, and two trainings on the same data (tagger seeds 0
#: and 1) flagged the same unlabelled articles 1.46x apart (0.251 vs 0.366 labels per line); at 20 they agree
#: within 1.07x, and CV improved (fold 1, where it was chosen: paragraphs 0.370 -> 0.379, lines 0.295 -> 0.301).
#: Russian (143 articles) trains 50: at 5 two seeds flagged the same unlabelled Russian articles 2.2x apart, at 20
#: still 1.3x, at 50 within 1.14x (shown labels 1.03x), and CV held (folds 1-4 pooled: paragraphs 0.395 -> 0.402;
#: persuasion_ru MODEL_CARD, "v2: the tagger converges").
#: English (v3.5, stop 50) also clusters its words: 256 k-means clusters of the static MiniLM vectors (``clusters``;
#: ``SpanTagger`` docstring), so a word never seen in training is read like its neighbours in meaning.
TAGGER_DEFAULTS: dict[str, dict] = {"en": {"epochs": 20, "clusters": 256}, "ru": {"epochs": 50}}
#: The paragraph model's defaults per language. English (v3.4, stop 49): a meaning block of static MiniLM word
#: vectors (``models.static_vectors``); on four topic folds left out of training (topic-fold CV, folds 1-4 pooled)
#: sentence lines 0.260 -> 0.284 and paragraphs 0.362 -> 0.376, every fold up (persuasion MODEL_CARD, v3.4).
#: The vectors are English-only (MiniLM's vocabulary), so Russian has none.
#: v3.5 (stop 50): the block reads every word of the paragraph (``static_unseen`` 1.0: words the vocabulary lacks
#: count at its largest idf), not only the vocabulary's; with the tagger's word clusters, topic folds 1-4 pooled
#: sentence lines 0.284 -> 0.299 and paragraphs 0.376 -> 0.384 (persuasion MODEL_CARD, v3.5).
PARAGRAPH_DEFAULTS: dict[str, dict] = {"en": {"static_weight": 1.0, "static_unseen": 1.0}}


def make_model(params: dict | None = None, language: str = "en") -> PersuasionModel:
    """A :class:`PersuasionModel` from ``{"paragraph": {...}, "tagger": {...}, "combiner": {...}}`` (each
    optional; missing parts take the shipped defaults of ``language``) for texts in ``language``."""
    params = params or {}
    combiner = {"language": language, "display_precision": DISPLAY_TARGET.get(language, 0.5),
                **params.get("combiner", {})}
    seed = combiner.get("seed", 0)
    paragraph = TechniqueModel(**{"char_features": 0, "inner_folds": combiner.get("inner_folds", 3), "seed": seed,
                                  **PARAGRAPH_DEFAULTS.get(language, {}), **params.get("paragraph", {})})
    tagger = SpanTagger(**{"seed": seed, **TAGGER_DEFAULTS.get(language, {}), **params.get("tagger", {})})
    return PersuasionModel(paragraph, tagger, **combiner)


@dataclass
class PersuasionCV:
    """Scores on paragraphs, on sentence-line copies of the same articles, and on spans; ``shown``: the
    paragraph labels that clear the display-precision cut-off (precision at display), ``shown_spans`` the
    spans shown by default; ``rates``: labels per paragraph, predicted (all / shown) and gold."""

    paragraphs: TechniqueScores
    lines: TechniqueScores
    spans: SpanScores | None = None
    shown: TechniqueScores | None = None
    shown_spans: SpanScores | None = None
    rates: dict | None = None

    def as_dict(self) -> dict:
        """JSON-friendly form."""
        return {"paragraphs": self.paragraphs.as_dict(), "lines": self.lines.as_dict(),
                "spans": self.spans.as_dict() if self.spans else None,
                "shown": self.shown.as_dict() if self.shown else None,
                "shown_spans": self.shown_spans.as_dict() if self.shown_spans else None,
                "rates": self.rates}


def flag_rates(pairs: Pairs) -> dict:
    """Labels per paragraph, in total and per technique, of ``(paragraph) -> techniques`` pairs."""
    n = max(1, len(pairs))
    per: dict[str, int] = {}
    for techs in pairs.values():
        for t in techs:
            per[t] = per.get(t, 0) + 1
    return {"paragraphs": len(pairs), "labels_per_paragraph": round(sum(per.values()) / n, 4),
            "per_technique": {t: round(c / n, 4) for t, c in sorted(per.items(), key=lambda kv: -kv[1])}}


def predict_articles(model: PersuasionModel, articles: list[TechniqueArticle],
                     sentences: dict[str, list[tuple[int, int]]], spans: SpanScores | None = None,
                     shown: Pairs | None = None, shown_spans: SpanScores | None = None) -> tuple[Pairs, Pairs]:
    """Predicted techniques of every paragraph and of every sentence line of ``articles``, as shipped; the
    articles' spans are scored into ``spans`` (against their gold spans) when given, the shown paragraph
    labels go to ``shown`` and the shown spans are scored into ``shown_spans``."""
    techs = model.techniques_
    paras: Pairs = {}
    lines: Pairs = {}
    for a in articles:
        pred = model.predict_article(a.text, a.paragraphs, sentences.get(a.id))
        paras.update({(a.id, p.no): {techs[j] for j in labels} for p, labels in zip(a.paragraphs, pred.labels)})
        if shown is not None:
            shown.update({(a.id, p.no): {techs[j] for j in sh} for p, sh in zip(a.paragraphs, pred.shown)})
        if spans is not None:
            spans.add([(techs[h.technique], h.start, h.end) for h in pred.spans], a.spans)
        if shown_spans is not None:
            shown_spans.add([(techs[h.technique], h.start, h.end) for h in pred.spans if h.shown], a.spans)
        copy = sentence_line_copy(a)
        # A sentence line is its own sentence (the Document's splitter keeps line breaks as boundaries).
        pred = model.predict_article(copy.text, copy.paragraphs, [(p.start, p.end) for p in copy.paragraphs])
        lines.update({(a.id, p.no): {techs[j] for j in labels} for p, labels in zip(copy.paragraphs, pred.labels)})
    return paras, lines


#: Topic clusters of ``cross_validate(..., topic_folds=True)`` (on the 446 English training articles: clusters of
#: 8-49 articles, five folds of 89-90).
TOPICS = 20


def topic_cv_folds(articles: list[TechniqueArticle], k: int = 5) -> list[int]:
    """The fold of each article in a CV by topic (``cross_validate(..., topic_folds=True)``): :data:`TOPICS` k-means
    clusters of the articles' words (English stop words out, seed 0) dealt to ``k`` folds."""
    from ..models.textfeatures import topic_folds as dealt

    if len(articles) < 2 * k:
        raise DataError(f"cross-validation by topic with {k} folds needs at least {2 * k} labelled articles, got "
                        f"{len(articles)}")
    fold_of = dealt([a.id for a in articles], [a.text for a in articles], k, min(TOPICS, len(articles) // 2),
                    seed=0, stop_words="english")
    return [fold_of[a.id] for a in articles]


def cross_validate(articles: list[TechniqueArticle], techniques: list[str], k: int = 5, seed: int = 13,
                   only_fold: int | list[int] | None = None, model_params: dict | None = None,
                   sentences: dict[str, list[tuple[int, int]]] | None = None,
                   log: Callable[[str], None] | None = None, language: str = "en",
                   extra_train: list[TechniqueArticle] | None = None,
                   span_display: dict[str, float] | None = None, topic_folds: bool = False) -> PersuasionCV:
    """K-fold cross-validation grouped by article (duplicate texts share a fold) of the shipped model
    (``model_params`` override parts of it, see :func:`make_model`). Every threshold and the combiner are
    tuned inside each training part, never on the held-out fold. The held-out articles are scored as
    paragraphs, as sentence-line copies (one sentence per line, labels from the overlapping spans: the shape
    of the official dev template) and on spans. ``only_fold`` runs a single fold (the test gate). ``language``:
    of the articles (and the model); ``extra_train`` articles (e.g. another language's, with their sentences in
    ``sentences``) join every training part and are never scored (pooling). ``span_display``: per-technique span
    cut-offs (the ``cutoffs`` of a model folder's ``span_display.json``) applied to every fold's model, so that
    ``shown_spans`` scores the spans shown by default with those cut-offs (the gate's precision at display).
    ``topic_folds``: the folds are whole topics instead of random articles (:data:`TOPICS` k-means clusters of the
    articles' words dealt to ``k`` folds, :func:`~narrascope.models.textfeatures.topic_folds`), so each article is
    scored by a model trained on none of its topic: issue 20's held-out articles are such a topic, and this CV
    predicted their score (0.262 against 0.248 on sentence lines), where random folds said 0.320 (stop 48)."""
    from ..metrics import article_folds
    from ..training.persuasion import article_sentences

    if len(articles) < k:
        raise DataError(f"cross-validation with {k} folds needs at least {k} labelled articles, got {len(articles)}")
    if topic_folds:
        folds = topic_cv_folds(articles, k)
    else:
        folds = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=k,
                              seed=seed)
    if sentences is None:
        sentences = article_sentences(articles, language)
    paras: Pairs = {}
    lines: Pairs = {}
    shown: Pairs = {}
    spans, shown_spans = SpanScores(), SpanScores()
    evaluated: list[TechniqueArticle] = []
    chosen = range(k) if only_fold is None else [only_fold] if isinstance(only_fold, int) else list(only_fold)
    for f in chosen:
        train = [a for a, g in zip(articles, folds) if g != f]
        test = [a for a, g in zip(articles, folds) if g == f]
        model, _ = train_persuasion(list(extra_train or []) + train, techniques, make_model(model_params, language),
                                    sentences, log=log)
        if span_display is not None:
            model.span_display_ = dict(span_display)
        p, s = predict_articles(model, test, sentences, spans, shown, shown_spans)
        paras.update(p)
        lines.update(s)
        evaluated += test
        if log:
            log(f"fold {f + 1}/{k} done")
    gold_lines = gold_pairs([sentence_line_copy(a) for a in evaluated])
    gold = gold_pairs(evaluated)
    return PersuasionCV(score_pairs(gold, paras), score_pairs(gold_lines, lines), spans, score_pairs(gold, shown),
                        shown_spans, {"predicted": flag_rates(paras), "shown": flag_rates(shown),
                                      "gold": flag_rates(gold)})


def export_semeval(model_predict, articles_dir: str | Path, template: str | Path, out: str | Path) -> int:
    """Write the SemEval subtask-3 prediction file for ``template``; returns the number of lines written.

    One output line per template line, same order: ``article_id<TAB>paragraph_no<TAB>tech1,tech2`` (empty
    third field when no technique). ``model_predict(text, paragraphs) -> list[set[str]]`` gives the
    techniques of each paragraph. A template line naming a missing article or paragraph raises
    :class:`DataError` instead of writing a silently short file.
    """
    rows = read_template(template)
    articles = read_articles_dir(articles_dir)
    wanted = {aid for aid, _ in rows}
    missing = sorted(wanted - set(articles))
    if missing:
        raise DataError(f"the template names {len(missing)} article(s) not in {articles_dir}, "
                        f"e.g. article{missing[0]}.txt")
    predicted: dict[tuple[str, int], set[str]] = {}
    for aid in sorted(wanted):
        a = articles[aid]
        for p, techs in zip(a.paragraphs, model_predict(a.text, a.paragraphs)):
            predicted[(aid, p.no)] = techs
    lines = []
    for aid, no in rows:
        if (aid, no) not in predicted:
            raise DataError(f"template line {aid}\t{no}: article{aid}.txt has no non-blank line {no}")
        lines.append(f"{aid}\t{no}\t{','.join(sorted(predicted[(aid, no)]))}\n")
    Path(out).write_text("".join(lines), encoding="utf-8")
    return len(lines)


def _load_labelled(data: str | Path, split: str = "train") -> list[TechniqueArticle]:
    from ..training.persuasion_data import read_semeval2023

    return read_semeval2023(data, split)


def _tagger(model: str | Path | None, language: str = "en"):
    from ..analysers.persuasion import TechniqueTagger, load_tagger

    return TechniqueTagger.load(model) if model else load_tagger(language=language)


def data_language(data: str | Path, language: str | None = None) -> str:
    """``language`` if given, else the SemEval-2023 language folder's name (``.../en``, ``.../ru``), else en."""
    if language:
        return language
    name = Path(data).name.lower()
    return name if name in ("en", "ru", "bg", "pt", "hi", "fr", "de", "it", "pl", "ge", "ka") else "en"


def model_folder(language: str) -> Path:
    """The shipped model folder of ``language``: ``persuasion`` (English) or ``persuasion_<language>``."""
    from ..models import model_dir

    return model_dir("persuasion" if language == "en" else f"persuasion_{language}")


def evaluate(data: str | Path, cv: int = 0, split: str = "train", model: str | Path | None = None,
             seed: int = 13, log: Callable[[str], None] | None = None,
             heldout_fold: int | None = None, k: int = 5, language: str | None = None,
             pool: str | Path | None = None, folds: list[int] | None = None,
             topic_folds: bool = False) -> PersuasionCV:
    """Score on the labelled folder ``data``: K-fold cross-validation when ``cv`` > 1, else the trained model
    (``model`` folder, default the shipped one of the language) on ``data`` as held-out data; both on
    paragraphs, sentence lines and spans. ``heldout_fold`` scores only the articles of that fold (of ``k``,
    seeded like the CV folds): for a model trained with ``--holdout-fold`` that is its held-out score, with no
    training. ``language`` defaults to the data folder's name; ``pool`` (CV only): another labelled folder
    whose articles join every training part (never scored); ``folds`` (CV only): score only these folds (e.g.
    folds 1-4 for every choice, fold 0 once at the end); ``topic_folds`` (CV only): folds of whole topics
    (:func:`cross_validate`)."""
    from ..taxonomy.techniques import load_techniques
    from ..training.persuasion import article_sentences

    if topic_folds and not cv:
        from ..errors import UsageError
        raise UsageError("--topic-folds chooses the folds of a cross-validation: add --cv 5")
    language = data_language(data, language)
    articles = _load_labelled(data, split)
    if cv:
        if cv < 2:
            from ..errors import UsageError
            raise UsageError("--cv needs at least 2 folds")
        extra, sentences = None, article_sentences(articles, language)
        if pool:
            extra = _load_labelled(pool)
            sentences.update(article_sentences(extra, data_language(pool)))
        return cross_validate(articles, load_techniques().ids, k=cv, seed=seed, log=log, language=language,
                              sentences=sentences, extra_train=extra, only_fold=folds, topic_folds=topic_folds)
    if heldout_fold is not None:
        from ..metrics import article_folds
        folds = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=k,
                              seed=seed)
        articles = [a for a, g in zip(articles, folds) if g == heldout_fold]
    _check_held_out(model or model_folder(language), split, heldout_fold)
    tagger = _tagger(model, language)
    has_spans = any(a.spans for a in articles)
    spans, shown_spans = (SpanScores(), SpanScores()) if has_spans else (None, None)
    shown: Pairs = {}
    paras, lines = predict_articles(tagger.model, articles, article_sentences(articles, tagger.model.language), spans,
                                    shown, shown_spans)
    gold_lines = gold_pairs([sentence_line_copy(a) for a in articles])
    gold = gold_pairs(articles)
    return PersuasionCV(score_pairs(gold, paras), score_pairs(gold_lines, lines), spans, score_pairs(gold, shown),
                        shown_spans, {"predicted": flag_rates(paras), "shown": flag_rates(shown),
                                      "gold": flag_rates(gold)})


def _check_held_out(model: str | Path, split: str, heldout_fold: int | None) -> None:
    """Refuse to score a model on articles it was trained on (the shipped one is trained on the whole train
    split): such a score says nothing about new articles."""
    from ..errors import UsageError
    from ..models import load_artifact

    _, meta = load_artifact(model)
    trained = meta.get("trained_on", {})
    if split != "train" or "holdout_fold" not in trained:
        return
    held = trained["holdout_fold"]
    if held is None or heldout_fold != held:
        what = "all of the train split" if held is None else f"every fold of the train split but fold {held}"
        raise UsageError(f"this model was trained on {what}: scoring it there says nothing about new articles; "
                         "use --cv 5 (retrains on each training part)")


def export_semeval_dir(articles_dir: str | Path, template: str | Path, out: str | Path,
                       model: str | Path | None = None, language: str = "en") -> int:
    """:func:`export_semeval` with the trained tagger (``model`` folder, default the shipped one of
    ``language``). Exports keep the F1-optimal decisions (every label, shown or not)."""
    return export_semeval(_tagger(model, language).predict_sets, articles_dir, template, out)


def train_and_save(data: str | Path, out: str | Path | None = None, ptc: str | Path | None = None,
                   cv: int = 0, holdout_fold: int | None = None, corrections: str | Path | None = None,
                   weight: int | None = None, language: str | None = None) -> dict:
    """Train on ``data`` (+ optional PTC spans), write the artifact to ``out`` (default: the shipped model
    folder of the language) and return a report (sizes, training seconds, optional CV scores).
    ``holdout_fold`` leaves out that fold of the 5-fold CV split (seed 13), so the fold's CV scores are exactly
    the artifact's. ``language`` defaults to the data folder's name (``.../en``, ``.../ru``).
    ``corrections``: a store whose persuasion corrections join the training articles, each ``weight`` times
    (see :mod:`narrascope.training.corrections`)."""
    import hashlib

    from ..taxonomy.techniques import load_techniques
    from ..training.persuasion import add_ptc_labels, save_persuasion
    from ..training.persuasion_data import read_ptc_spans

    tax = load_techniques()
    language = data_language(data, language)
    articles = _load_labelled(data)
    if holdout_fold is not None:
        from ..metrics import article_folds

        folds = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=5,
                              seed=13)
        articles = [a for a, f in zip(articles, folds) if f != holdout_fold]
    added = 0
    if ptc:
        added = add_ptc_labels(articles, read_ptc_spans(ptc, tax.ptc_mapping))
    corrected = []
    if corrections:
        from ..training.corrections import DEFAULT_WEIGHT, persuasion_articles

        # Copies keep their article id: the inner folds group by id, so no copy scores a model that saw another.
        corrected = persuasion_articles(corrections)
        articles = articles + corrected * (weight or DEFAULT_WEIGHT)
    model, seconds = train_persuasion(articles, tax.ids, make_model(language=language))
    report: dict = {"articles": len(articles), "paragraphs": sum(len(a.paragraphs) for a in articles),
                    "ptc_labels_added": added, "train_seconds": round(seconds, 1)}
    if corrections:
        report["corrected_articles"] = len(corrected)
    if cv:
        report["cv"] = {"folds": cv, **cross_validate(articles, tax.ids, k=cv, language=language).as_dict()}
    arrays, _ = model.to_artifact()
    digest = hashlib.sha1(b"".join(np.ascontiguousarray(arrays[k]).tobytes() for k in sorted(arrays))).hexdigest()[:12]
    target = Path(out) if out else model_folder(language)
    name = "persuasion" if language == "en" else f"persuasion_{language}"
    extra: dict = {"version": f"{name}-{digest}", "trained_on": {
        "articles": report["articles"], "paragraphs": report["paragraphs"], "ptc": bool(ptc),
        "holdout_fold": holdout_fold}}
    if language != "en":
        extra["language"] = language
    save_persuasion(target, model, extra)
    report["out"] = str(target)
    report["version"] = f"{name}-{digest}"
    if hasattr(model, "display_checks_"):
        report["display_heldout"] = {k: v for k, v in model.display_checks_.items() if k != "per_technique"}
    return report


__all__ = ["PersuasionCV", "TechniqueScores", "cross_validate", "data_language", "evaluate", "export_semeval",
           "export_semeval_dir", "flag_rates", "gold_pairs", "make_model", "model_folder", "predict_articles",
           "score_pairs", "split_paragraphs", "train_and_save"]
