"""``narrascope eval entities``: how often an entity mention matches a gold SemEval-2025 subtask-1 mention
exactly (same start and end), per language.

Gold subtask-1 mentions are the *framed* mentions of each article; an entity layer that finds them exactly
lets the framing layer cast them. With ``--cv K`` the mention tagger (and its gazetteer) is retrained on K-1
folds (article-grouped, language-stratified: :func:`~narrascope.metrics.article_folds`) and scored
on the held-out fold, with the entities layer exactly as shipped; without it the shipped tagger is scored
(on its own training data: an optimistic figure).
"""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from ..metrics import article_folds
from ..training.entities import TAGGER_LANGS, TaggedDoc, fit_tagger, load_tagged

ALL_LANGS = ("BG", "EN", "HI", "PT", "RU")


def _mention_spans(d: TaggedDoc, tagger, cpu: Counter) -> set[tuple[int, int]]:
    from ..analysers.entities import entities_for_doc
    from ..analysers.spacy_parse import nlp_for, unwrap

    t0 = time.process_time()
    doc = nlp_for(d.lang.lower())(unwrap(d.text))
    ents = entities_for_doc(doc, d.text, d.lang.lower(), tagger=tagger)
    cpu[d.lang] += time.process_time() - t0
    return {(m.start, m.end) for e in ents for m in e.mentions}


def _score(docs_taggers, cpu: Counter | None = None) -> dict[str, dict]:
    """Exact-match share of gold mentions per language (and ``ALL``), with mention counts and CPU seconds."""
    hit, tot, pred, arts = Counter(), Counter(), Counter(), Counter()
    cpu = Counter() if cpu is None else cpu
    for d, tagger in docs_taggers:
        spans = _mention_spans(d, tagger, cpu)
        arts[d.lang] += 1
        pred[d.lang] += len(spans)
        tot[d.lang] += len(d.gold)
        hit[d.lang] += len(d.gold & spans)
    out = {}
    for lang in sorted(tot):
        out[lang] = {"gold": tot[lang], "matched": hit[lang], "exact_share": round(hit[lang] / tot[lang], 4),
                     "entity_mentions": pred[lang], "articles": arts[lang],
                     "cpu_ms_per_article": round(1000 * cpu[lang] / arts[lang], 1)}
    n = sum(tot.values())
    out["ALL"] = {"gold": n, "matched": sum(hit.values()), "exact_share": round(sum(hit.values()) / n, 4) if n else 0.0}
    return out


def score_docs(docs: list[TaggedDoc], tagger) -> dict[str, dict]:
    """:func:`_score` of ``docs`` with one tagger."""
    return _score((d, tagger) for d in docs)


def cross_validate_entities(data: str | Path, k: int = 5, folds: list[int] | None = None,
                            langs: list[str] | None = None) -> dict:
    """K-fold CV of the shipped entities configuration (see the module docstring); ``folds`` limits the
    held-out folds. ``scores`` sums the folds held out; ``per_fold`` gives each fold's shares."""
    langs = langs or list(ALL_LANGS)
    docs = load_tagged(data, list(ALL_LANGS))
    assign = article_folds([d.id for d in docs], [d.text for d in docs], [d.lang for d in docs], k=k)
    pairs = []
    per_fold = {}
    t0 = time.time()
    for f in (folds if folds is not None else range(k)):
        train = [d for d, a in zip(docs, assign) if a != f]
        held = [d for d, a in zip(docs, assign) if a == f and d.lang in langs]
        tagged = tuple(x for x in TAGGER_LANGS if x in langs)
        tagger = fit_tagger(train, tagged) if tagged else None  # English names come from spaCy's NER
        fold_pairs = [(d, tagger) for d in held]
        res = _score(fold_pairs)
        per_fold[f] = {lang: r["exact_share"] for lang, r in res.items()}
        pairs.append(res)
    scores = _merge(pairs)
    return {"k": k, "folds": sorted(per_fold), "per_fold": per_fold, "scores": scores,
            "seconds": round(time.time() - t0, 1)}


def _merge(results: list[dict]) -> dict:
    out: dict[str, dict] = {}
    for res in results:
        for lang, r in res.items():
            o = out.setdefault(lang, Counter())
            for key in ("gold", "matched", "entity_mentions", "articles"):
                o[key] += r.get(key, 0)
            o["cpu"] += r.get("cpu_ms_per_article", 0) * r.get("articles", 0)
    final = {}
    for lang, o in out.items():
        final[lang] = {"gold": o["gold"], "matched": o["matched"],
                       "exact_share": round(o["matched"] / o["gold"], 4) if o["gold"] else 0.0,
                       "entity_mentions": o["entity_mentions"], "articles": o["articles"],
                       "cpu_ms_per_article": round(o["cpu"] / o["articles"], 1) if o["articles"] else 0.0}
    return final


def evaluate_entities(data: str | Path, model: str | Path | None = None, langs: list[str] | None = None) -> dict:
    """Score the shipped (or ``model``) tagger on every labelled article of ``data``."""
    from ..analysers.entities import load_tagger

    docs = [d for d in load_tagged(data, list(ALL_LANGS)) if d.lang in (langs or ALL_LANGS)]
    return {"scores": score_docs(docs, load_tagger(str(model) if model else None))}


def format_scores(result: dict) -> str:
    """A small plain-text table."""
    rows = [f"{'lang':5} {'gold':>6} {'matched':>8} {'exact':>7} {'mentions':>9} {'cpu ms/art':>11}"]
    for lang, r in result["scores"].items():
        if lang == "ALL":
            continue
        rows.append(f"{lang:5} {r['gold']:6d} {r['matched']:8d} {r['exact_share']:7.3f} "
                    f"{r.get('entity_mentions', 0):9d} {r.get('cpu_ms_per_article', 0):11.1f}")
    if "per_fold" in result:
        for f, res in result["per_fold"].items():
            rows.append(f"fold {f}: " + "  ".join(f"{lang} {v:.3f}" for lang, v in res.items()))
    return "\n".join(rows)
