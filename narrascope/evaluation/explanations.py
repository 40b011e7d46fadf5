"""Evaluation of narrative evidence and explanations against the gold explanations of SemEval subtask 3.

The training data explains the dominant narrative of many articles in a sentence or two
(``labels/<LANG>/subtask-3-annotations.txt``, in the article's language). In grouped k-fold cross-validation
(the article folds of the label evaluation), each fold trains a narrative model on the other folds; for each
held-out article with a gold explanation we take the gold dominant narrative and sub-narrative (as subtask 3
gives them) and compare with the gold text:

- **evidence**: the sentences the narratives layer picks for that label (:func:`narrascope.analysers.narratives.
  evidence_spans`, with an evidence scorer whose lexical part is trained on the training folds' gold
  explanations only), read in document order, against the lead baseline (the first body sentences, as many
  as we picked) and the title plus lead;
- **explanation**: the composed explanation (:mod:`narrascope.analysers.explain`), against the previous
  template (``The article <gist>, pointing at <names>: “<sentence>” and “<sentence>”`` with the sentences the
  previous version picked: highest linear contribution, title included).

Measures, per article then averaged: ROUGE-L F1 (longest common subsequence of lower-cased words) and the
cosine of TF-IDF vectors (word unigrams, sublinear tf, fitted on the data's articles and explanations). No
sentence encoder is used: none is installed with the project, and the official BERTScore model is not
available offline.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..metrics import article_folds
from ..models.narrative_classifier import NarrativeClassifier
from ..readers.text import parse_text
from ..schema import NarrativeLabel, Narratives
from ..taxonomy.narratives import load_taxonomy
from ..training.evidence import gold_articles, gold_explanations, rouge_l, similarity_vectorizer, train_scorer
from ..training.semeval2025 import load_labelled

__all__ = ["ExplanationResult", "cross_validate_explanations", "format_explanations", "gold_explanations",
           "rouge_l"]


@dataclass
class ExplanationResult:
    """Mean ROUGE-L and TF-IDF cosine of each system, per language and overall (``ALL``)."""

    scores: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)  # system -> lang -> measure
    n: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    note: str = ""


def _legacy_template(model: NarrativeClassifier, doc, narrative: str, sub: str | None, english: bool) -> str:
    """The explanation of narrascope 0.1 (kept here only as the baseline it is measured against): the gist,
    the two most-mentioned names in the evidence, and the two sentences with the highest linear contribution
    (title included)."""
    tax = load_taxonomy()
    text, sentences = doc.article.text, doc.data["sentences"]
    col = {c: j for j, c in enumerate(model.columns_)}
    target = sub if sub and sub in col else narrative
    stx = [text[s.start:s.end] for s in sentences]
    x = model.transform(stx)
    sc = np.asarray(x @ model.coef_[:, [col[target], col[narrative]]]) @ np.array([1.0, 0.5])
    sc[np.array([len(s.split()) < 4 for s in stx])] = 0.0
    order = np.argsort(-sc, kind="stable")
    picked: list[int] = []
    for i in order[:2]:
        if sc[i] <= 0 or (picked and sc[i] < 0.5 * sc[order[0]]):
            break
        picked.append(int(i))
    picked.sort()
    quotes = [" ".join(stx[i].split()) for i in picked]
    if not english:
        return " ".join(quotes)
    gist = tax.gist[narrative]
    counts: dict[str, int] = {}
    for e in doc.data.get("entities") or []:
        if e.type in {"PERSON", "ORG", "GPE", "NORP", "PER", "LOC"} and e.name.lower() not in gist.lower():
            n = sum(1 for m in e.mentions for i in picked
                    if sentences[i].start <= m.start and m.end <= sentences[i].end)
            if n:
                counts[e.name] = n
    names = sorted(counts, key=lambda k: -counts[k])[:2]
    lead = f"The article {gist}" + (", pointing at " + " and ".join(names) if names else "")
    return f"{lead}: " + " and ".join(f"“{q}”" for q in quotes) if quotes else lead + "."


def cross_validate_explanations(data: str | Path, k: int = 5, seed: int = 13, only_folds: list[int] | None = None,
                                langs: list[str] | None = None) -> ExplanationResult:
    """Score evidence and explanations of held-out articles against the gold explanations (see module doc)."""
    from ..analysers.explain import compose_explanation
    from ..analysers.links import link_document
    from ..analysers.narratives import evidence_spans
    from ..pipeline import Pipeline
    from .semeval_export import EXPLANATION_LAYERS

    t0 = time.perf_counter()
    d = load_labelled(data, langs)
    gold = gold_explanations(data, langs)
    tax = load_taxonomy()
    folds = np.array(article_folds(d.ids, d.texts, d.langs, k=k, seed=seed))
    sim = similarity_vectorizer(d.texts, [g[2] for g in gold.values()])
    # Sentences of every article with a gold explanation: the evidence scorer of each fold learns from those
    # of its training folds (never from the held-out fold's explanations).
    training_rows = gold_articles(data, langs, d=d)

    def cosine(a: str, b: str) -> float:
        v = sim.transform([a, b])
        return float((v[0] @ v[1].T).toarray()[0, 0])

    pipeline = Pipeline(EXPLANATION_LAYERS)
    docs: dict[int, object] = {}
    rows: dict[str, list[tuple[str, float, float]]] = {}

    def add(system: str, lang: str, text: str, ref: str) -> None:
        rows.setdefault(system, []).append((lang, rouge_l(text, ref), cosine(text, ref)))

    for f in only_folds if only_folds is not None else range(k):
        tr, te = np.where(folds != f)[0], np.where(folds == f)[0]
        model = NarrativeClassifier().fit([d.texts[i] for i in tr], [d.coarse[i] for i in tr],
                                          [d.fine[i] for i in tr], [d.langs[i] for i in tr],
                                          ids=[d.ids[i] for i in tr])
        scorer = train_scorer(model, [a for a in training_rows if folds[a.index] != f], sim)
        for i in te:
            if d.ids[i] not in gold:
                continue
            narrative, sub, ref = gold[d.ids[i]]
            if narrative not in tax.gist:
                continue
            sub = sub if sub in tax.parent else None
            if i not in docs:  # the other layers do not depend on the fold: analyse each article once
                article = parse_text(d.texts[i])
                article.language = d.langs[i].lower()
                docs[i] = pipeline.run(article)
                docs[i].doc = None  # the spaCy parse is not needed any more; keep memory flat
            doc = docs[i]
            sents = doc.data["sentences"]
            lang = d.langs[i]
            labels = [narrative] + ([sub] if sub else [])
            ev = evidence_spans(model, doc.article.text, sents, labels, doc.article.body_start, k=3,
                                scorer=scorer)
            top = NarrativeLabel(label=narrative, score=1.0, evidence=ev[narrative])
            fine = [NarrativeLabel(label=sub, score=1.0, evidence=ev[sub])] if sub else []
            target = ev[sub] if sub and ev[sub] else ev[narrative]
            n_ev = max(1, len(target))
            body = [s for s in sents
                    if s.start >= doc.article.body_start and len(doc.article.text[s.start:s.end].split()) >= 4]
            # Read as an extract, in document order, as the two baselines are.
            add("evidence", lang, " ".join(e.text for e in sorted(target, key=lambda e: e.start)), ref)
            add("lead", lang, " ".join(doc.article.text[s.start:s.end] for s in body[:n_ev]), ref)
            add("title+lead", lang, " ".join(doc.article.text[s.start:s.end] for s in sents[:n_ev]), ref)
            doc.data["narratives"] = Narratives(domain=tax.domain_of(narrative), domain_score=1.0, coarse=[top],
                                                fine=fine)
            link_document(doc)
            english = lang == "EN"
            expl = compose_explanation(doc, top, fine[0] if fine else None, english=english)
            add("explanation", lang, expl.text, ref)
            add("template-0.1", lang, _legacy_template(model, doc, narrative, sub, english), ref)
    res = ExplanationResult(seconds=round(time.perf_counter() - t0, 1),
                            note=f"{k}-fold CV (seed {seed}) on {data}" +
                                 (f", folds {only_folds}" if only_folds is not None else ""))
    for system, rs in rows.items():
        res.scores[system] = {}
        for lang in sorted({r[0] for r in rs}) + ["ALL"]:
            sel = [r for r in rs if lang == "ALL" or r[0] == lang]
            res.scores[system][lang] = {"rouge_l": round(float(np.mean([r[1] for r in sel])), 4),
                                        "cosine": round(float(np.mean([r[2] for r in sel])), 4)}
            res.n[lang] = len(sel)
    return res


def format_explanations(res: ExplanationResult) -> str:
    """Plain-text table: ROUGE-L / TF-IDF cosine of each system per language."""
    langs = list(next(iter(res.scores.values())).keys()) if res.scores else []
    lines = [res.note, "", f"{'system':<14}" + "".join(f"{lang + ' (' + str(res.n[lang]) + ')':>18}" for lang in langs)]
    for system, by_lang in res.scores.items():
        lines.append(f"{system:<14}" + "".join(f"{s['rouge_l']:>9.3f} {s['cosine']:>7.3f} " for s in by_lang.values()))
    lines.append("(each cell: ROUGE-L F1, TF-IDF cosine; " + f"{res.seconds:.0f} s)")
    return "\n".join(lines)
