"""Persuasion CV one fold at a time, predictions saved, scores merged afterwards (folds can run in parallel).

Run (one process per group of folds, then merge):
    python research/persuasion_folds.py run ../shared/data/semeval2023-task3/ru /tmp/ru_folds 0 1 2
    python research/persuasion_folds.py run ../shared/data/semeval2023-task3/ru /tmp/ru_folds 3 4
    python research/persuasion_folds.py merge ../shared/data/semeval2023-task3/ru /tmp/ru_folds

The folds are those of ``narrascope eval persuasion --cv 5`` (article_folds, seed 13) and each training is
the shipped configuration (``make_model(language=...)``): the merged scores over folds 0-4 are that command's.
The merge reports folds 1-4 (where choices may be made), fold 0 (kept out of every choice) and all five, with
the always-Loaded_Language baseline on the same paragraphs, precision at display, span precision (SI, all
spans and shown spans) and labels per paragraph (predicted, shown, gold).
What it showed is in the model cards (``narrascope/models/persuasion*/MODEL_CARD.md``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _setup(data: str):
    from narrascope.evaluation.persuasion import data_language
    from narrascope.metrics import article_folds
    from narrascope.training.persuasion_data import read_semeval2023

    articles = read_semeval2023(data)
    folds = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=5, seed=13)
    return articles, folds, data_language(data)


def run(data: str, out: str, fold_ids: list[int]) -> None:
    from narrascope.evaluation.persuasion import make_model
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion import article_sentences, train_persuasion

    articles, folds, lang = _setup(data)
    techs = load_techniques().ids
    sentences = article_sentences(articles, lang)
    Path(out).mkdir(parents=True, exist_ok=True)
    for f in fold_ids:
        train = [a for a, g in zip(articles, folds) if g != f]
        test = [a for a, g in zip(articles, folds) if g == f]
        model, secs = train_persuasion(train, techs, make_model(language=lang), sentences)
        rows = []
        for a in test:
            pred = model.predict_article(a.text, a.paragraphs, sentences.get(a.id))
            names = model.techniques_
            rows.append({"id": a.id, "paragraphs": [p.no for p in a.paragraphs],
                         "labels": [sorted(names[j] for j in lab) for lab in pred.labels],
                         "shown": [sorted(names[j] for j in sh) for sh in pred.shown],
                         "spans": [[names[h.technique], h.start, h.end, h.shown] for h in pred.spans]})
        Path(out, f"fold{f}.json").write_text(json.dumps({"fold": f, "train_seconds": round(secs, 1),
                                                          "display": model.display_checks_, "articles": rows}))
        print(f"fold {f} done ({secs:.0f} s)", flush=True)


def _fpr(counts) -> list[float]:
    p, r, f = counts.scores()
    return [round(f, 4), round(p, 4), round(r, 4)]


def merge(data: str, out: str) -> dict:
    from narrascope.evaluation.persuasion import flag_rates, gold_pairs, score_pairs
    from narrascope.metrics import SpanScores

    articles, folds, _ = _setup(data)
    by_id = {a.id: a for a in articles}
    res = {}
    done = {int(p.stem[4:]): json.loads(p.read_text()) for p in Path(out).glob("fold*.json")}
    for name, sel in (("folds 1-4", {1, 2, 3, 4}), ("fold 0", {0}), ("all 5", {0, 1, 2, 3, 4})):
        if not sel <= set(done):
            continue
        pred, shown, spans, shown_spans = {}, {}, SpanScores(), SpanScores()
        evaluated = []
        for f in sorted(sel):
            for r in done[f]["articles"]:
                a = by_id[r["id"]]
                evaluated.append(a)
                for no, lab, sh in zip(r["paragraphs"], r["labels"], r["shown"]):
                    pred[(a.id, no)], shown[(a.id, no)] = set(lab), set(sh)
                spans.add([(t, s, e) for t, s, e, _ in r["spans"]], a.spans)
                shown_spans.add([(t, s, e) for t, s, e, ok in r["spans"] if ok], a.spans)
        gold = gold_pairs(evaluated)
        sc, ss, ll = score_pairs(gold, pred), score_pairs(gold, shown), score_pairs(gold, {k: {"Loaded_Language"}
                                                                                         for k in gold})
        res[name] = {
            "articles": len(evaluated), "paragraphs": len(gold),
            "micro_f1": round(sc.micro_f1, 4), "P": round(sc.micro_precision, 4), "R": round(sc.micro_recall, 4),
            "macro_f1": round(sc.macro_f1, 4), "always_LL_micro_f1": round(ll.micro_f1, 4),
            "shown_precision": round(ss.micro_precision, 4), "shown_recall": round(ss.micro_recall, 4),
            "SI_F1_P_R": _fpr(spans.si), "labelled_span_F1_P_R": _fpr(spans.labelled),
            "shown_SI_F1_P_R": _fpr(shown_spans.si), "shown_labelled_span_F1_P_R": _fpr(shown_spans.labelled),
            "rates": {"predicted": flag_rates(pred), "shown": flag_rates(shown), "gold": flag_rates(gold)},
            "per_technique": {t: {"support": s, "P": round(p, 3), "R": round(r, 3), "F1": round(f1, 3)}
                              for t, (s, p, r, f1) in sorted(sc.per_technique.items(), key=lambda kv: -kv[1][0])},
            "display_inner": {f: done[f]["display"] for f in sorted(sel)},
        }
    return res


if __name__ == "__main__":
    cmd, data, out, *rest = sys.argv[1:]
    if cmd == "run":
        run(data, out, [int(x) for x in rest])
    else:
        print(json.dumps(merge(data, out), indent=1, ensure_ascii=False))
