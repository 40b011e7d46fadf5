"""Analysts' corrections as training examples: ``narrascope train narratives|framing|persuasion --corrections DB``.

**Weighting.** Each corrected example is repeated ``weight`` times (default :data:`DEFAULT_WEIGHT`) beside the
SemEval data. Duplicating is the sample weight of a linear model's loss (the trainers take no
``sample_weight``; duplicates change nothing else: the narrative model's inner folds group them by article id,
so no copy is scored by a model that saw another). Why more than 1: a correction is a verified label from the
corpus the models serve, while SemEval is another corpus (other outlets, years, topics); a few dozen corrected
articles beside ~1,800 SemEval ones would barely move the decision boundaries at weight 1. Why not much more:
the analyst corrects only what caught their eye, so a heavy weight would overfit those few entities and labels.
``narrascope eval framing --simulate-corrections`` measures what the corrections buy (model cards).

Only the latest correction of each target counts (:func:`~narrascope.store.corrections.latest_per_target`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError

#: How many times a corrected example counts beside one SemEval example (see the module docstring).
DEFAULT_WEIGHT = 3


@dataclass
class CorrectedArticle:
    """A stored article with the latest corrections of one layer."""

    article_id: int
    text: str
    lang: str
    analysis: Any
    corrections: list[Any] = field(default_factory=list)


def corrected_articles(db: str | Path, layer: str) -> list[CorrectedArticle]:
    """Stored articles that have corrections of ``layer``, with those corrections (latest per target)."""
    from ..store import open_store
    from ..store.corrections import latest_per_target

    location = str(db)
    if "://" not in location and not Path(location).exists():
        raise DataError(f"--corrections {db}: no such store; it is the --db of `narrascope serve`/`ingest`")
    store = open_store(location)
    try:
        by_article: dict[int, list] = {}
        for c in latest_per_target(store.corrections(layer=layer)):
            by_article.setdefault(c.article_id, []).append(c)
        out = []
        for aid in sorted(by_article):
            found = store.get(aid)
            if found is None or found.analysis is None:
                continue
            lang = (found.analysis.article.language or "").upper()
            out.append(CorrectedArticle(aid, found.text, lang, found.analysis, by_article[aid]))
        return out
    finally:
        store.close()


# -- framing -------------------------------------------------------------------------------------------------
def framing_examples(articles: list[CorrectedArticle], weight: int = DEFAULT_WEIGHT, parse: bool = True):
    """``(X, y, ids)`` for the framing model from cast corrections: every mention of a corrected entity gets
    the analyst's role (``main_role`` null: a "not framed" example), repeated ``weight`` times."""
    from ..models.role_classifier import MentionInput
    from ..store.corrections import _find_entity
    from .framing import parse_articles, parsed_quotes

    parsed = parse_articles({str(a.article_id): (a.text, a.lang) for a in articles}) if parse else {}
    quotes = parsed_quotes(parsed, {str(a.article_id): a.lang for a in articles})
    X, y, ids = [], [], []
    for a in articles:
        for c in a.corrections:
            entity = _find_entity(a.analysis, c.target)
            if entity is None:
                continue
            main, fines = c.analyst_value["main_role"], tuple(c.analyst_value["fine_roles"])
            label = None if main is None else (main, fines)
            spans = tuple((m.start, m.end) for m in entity.mentions)
            for m in entity.mentions:
                x = MentionInput(a.text, m.start, m.end, a.lang, parsed.get(str(a.article_id)), spans,
                                 quotes.get(str(a.article_id)))
                for _ in range(weight):
                    X.append(x)
                    y.append(label)
                    ids.append(f"correction:{a.article_id}")
    return X, y, ids


def train_framing_with_corrections(data: Path, db: str | Path, out: Path, langs: list[str] | None = None,
                                   weight: int = DEFAULT_WEIGHT) -> tuple[Any, dict]:
    """Train the framing model on the SemEval data of ``data`` plus the cast corrections in store ``db``."""
    import time

    from ..models import save_artifact
    from ..models.role_classifier import RoleClassifier
    from .framing import training_examples

    t0 = time.perf_counter()
    X, y, ids = training_examples(Path(data), langs)
    cx, cy, cids = framing_examples(corrected_articles(db, "cast"), weight)
    clf = RoleClassifier().fit(X + cx, y + cy)
    summary = {"mentions": sum(r is not None for r in y), "unframed_examples": sum(r is None for r in y),
               "articles": len(set(ids)), "languages": sorted({m.lang for m in X}),
               "corrected_articles": len(set(cids)), "corrected_examples": len(cx) // max(weight, 1),
               "correction_weight": weight, "train_seconds": round(time.perf_counter() - t0, 1)}
    arrays, meta = clf.to_artifact()
    meta["training"] = {k: v for k, v in summary.items() if k != "train_seconds"}
    save_artifact(out, arrays, meta)
    return clf, summary


# -- narratives ----------------------------------------------------------------------------------------------
def train_narratives_with_corrections(data: Path, db: str | Path, out: Path, langs: list[str] | None = None,
                                      weight: int = DEFAULT_WEIGHT) -> tuple[Any, dict]:
    """Train the narrative model on ``data`` plus the narrative corrections in ``db`` (each corrected article's
    full label set, repeated ``weight`` times under one id so inner folds keep the copies together)."""
    from ..models.narrative_classifier import NarrativeClassifier
    from .semeval2025 import load_labelled

    d = load_labelled(data, langs)
    texts, coarse, fine, lgs, ids = list(d.texts), list(d.coarse), list(d.fine), list(d.langs), list(d.ids)
    fixed = corrected_articles(db, "narratives")
    for a in fixed:
        v = a.corrections[-1].analyst_value
        for _ in range(weight):
            texts.append(a.text)
            coarse.append(list(v["coarse"]))
            fine.append(list(v["fine"]))
            lgs.append(a.lang or "EN")
            ids.append(f"correction:{a.article_id}")
    model = NarrativeClassifier().fit(texts, coarse, fine, lgs, ids=ids)
    counts: dict[str, int] = {}
    for lang in d.langs:
        counts[lang] = counts.get(lang, 0) + 1
    path = model.save(out, {"training_data": {"articles_per_language": counts, "corrected_articles": len(fixed),
                                              "correction_weight": weight}})
    return model, {"articles": len(d.ids), "corrected_articles": len(fixed), "path": str(path)}


# -- persuasion ----------------------------------------------------------------------------------------------
def persuasion_articles(db: str | Path) -> list[Any]:
    """Stored articles with persuasion corrections as training articles: labelled with the spans judged
    right (spans judged wrong, and spans nobody reviewed, count as absent — review an article's spans before
    training on it)."""
    from ..models.technique_model import split_paragraphs
    from .persuasion_data import TechniqueArticle

    out = []
    for a in corrected_articles(db, "persuasion"):
        spans = [(c.analyst_value["technique"], c.analyst_value["start"], c.analyst_value["end"])
                 for c in a.corrections if c.analyst_value["verdict"] == "right"]
        paragraphs = split_paragraphs(a.text)
        labels: dict[int, list[str]] = {}
        for tech, s, e in spans:
            for p in paragraphs:
                if s < p.end and p.start < e and tech not in labels.setdefault(p.no, []):
                    labels[p.no].append(tech)
        out.append(TechniqueArticle(id=f"correction:{a.article_id}", text=a.text, paragraphs=paragraphs,
                                    labels=labels, spans=spans))
    return out


__all__ = ["DEFAULT_WEIGHT", "CorrectedArticle", "corrected_articles", "framing_examples", "persuasion_articles",
           "train_framing_with_corrections", "train_narratives_with_corrections"]
