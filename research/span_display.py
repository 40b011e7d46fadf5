"""Precision of persuasion spans at display (issue 20): which spans to show, chosen out of fold.

``run`` retrains the shipped persuasion configuration of a language on four of the five article-grouped folds
(``article_folds``, seed 13: the folds of ``narrascope eval persuasion --cv 5``) and writes one row per span it
predicts on the fifth: technique, offsets, text, score, whether it is a paragraph-level fallback, whether it is
shown by the paragraph rule, its words, and its precision credit against the gold spans (SemEval-2020 T11
partial credit: overlap / span length, with the gold spans of its own technique, and of any technique).

``choose`` picks, on folds 1-4 only, per technique, the lowest span score at which the tagged spans (never a
paragraph-level fallback) shown by the paragraph rule reach the target labelled precision (at least
``MIN_ROWS`` spans); it prints folds 1-4 and the left-out fold 0 before and after, ``--curve`` the precision of
each frequent technique's shown spans by score, word count and fallback, and ``--write DIR`` writes the
cut-offs as ``DIR/span_display.json``, which the persuasion analyser reads (a technique without a cut-off shows
no span by default; its paragraph label is shown as before).

    nice -n 10 python research/span_display.py run ../shared/data/semeval2023-task3/en en /tmp/spans_en.jsonl
    python research/span_display.py choose /tmp/spans_en.jsonl --curve --write narrascope/models/persuasion
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

MIN_ROWS = 10
GRID = [round(x, 3) for x in np.arange(0.30, 1.0001, 0.01)]


def _credit(s: int, e: int, gold: list[tuple[int, int]]) -> float:
    from narrascope.metrics import merge_spans

    if e <= s:
        return 0.0
    return sum(max(0, min(e, ge) - max(s, gs)) for gs, ge in merge_spans(gold)) / (e - s)


def run(data: str, language: str, out: str, folds: list[int]) -> None:
    from narrascope.evaluation.persuasion import _load_labelled, make_model
    from narrascope.metrics import article_folds
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion import article_sentences, train_persuasion

    articles = _load_labelled(data)
    techniques = load_techniques().ids
    groups = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=5,
                           seed=13)
    sentences = article_sentences(articles, language)
    with open(out, "a", encoding="utf-8") as fh:
        for f in folds:
            train = [a for a, g in zip(articles, groups) if g != f]
            test = [a for a, g in zip(articles, groups) if g == f]
            model, secs = train_persuasion(train, techniques, make_model(None, language), sentences)
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in span_rows(model, test, sentences, f))
            print(f"fold {f} done ({secs:.0f} s training, {len(test)} articles)", flush=True)


def span_rows(model, articles, sentences: dict, fold: int) -> list[dict]:
    """One row per span ``model`` predicts on ``articles`` (scored against their gold spans), as ``run`` writes."""
    techs = model.techniques_
    rows = []
    for a in articles:
        pred = model.predict_article(a.text, a.paragraphs, sentences.get(a.id))
        for h in pred.spans:
            tech = techs[h.technique]
            rows.append({
                "fold": fold, "article": a.id, "technique": tech, "start": h.start, "end": h.end,
                "text": a.text[h.start:h.end], "score": round(float(h.score), 4), "fallback": h.fallback,
                "shown": h.shown, "words": len(a.text[h.start:h.end].split()),
                "credit": round(_credit(h.start, h.end, [(s, e) for t, s, e in a.spans if t == tech]), 4),
                "si": round(_credit(h.start, h.end, [(s, e) for _, s, e in a.spans]), 4),
            })
    return rows


def _summary(rows: list[dict]) -> str:
    n = len(rows)
    if not n:
        return "0 spans"
    arts = len({r["article"] for r in rows})
    return (f"{n} spans in {arts} articles, labelled P {sum(r['credit'] for r in rows) / n:.3f}, "
            f"SI P {sum(r['si'] for r in rows) / n:.3f}")


def cutoffs(rows: list[dict], target: float) -> dict[str, float | None]:
    """Per technique: the lowest grid score at which the shown spans scoring at least that reach ``target``
    labelled precision with at least ``MIN_ROWS`` of them; ``None`` = never reached (the technique's spans are
    not shown)."""
    out: dict[str, float | None] = {}
    for tech in sorted({r["technique"] for r in rows}):
        mine = [r for r in rows if r["technique"] == tech and r["shown"] and not r["fallback"]]
        out[tech] = None
        for c in GRID:
            above = [r for r in mine if r["score"] >= c]
            if len(above) < MIN_ROWS:
                break
            if sum(r["credit"] for r in above) / len(above) >= target:
                out[tech] = c
                break
    return out


def apply(rows: list[dict], cuts: dict[str, float | None]) -> list[dict]:
    """The spans the policy shows: tagged (never a paragraph-level fallback), supporting a shown paragraph
    label, scoring at least their technique's cut-off."""
    return [r for r in rows if r["shown"] and not r["fallback"] and cuts.get(r["technique"]) is not None
            and r["score"] >= cuts[r["technique"]]]


def curve(rows: list[dict]) -> None:
    """Labelled precision of the shown spans of the frequent techniques, folds 1-4, by score, words, fallback."""
    tune = [r for r in rows if r["fold"] != 0 and r["shown"]]
    for tech in sorted({r["technique"] for r in tune}, key=lambda t: -sum(r["technique"] == t for r in tune))[:3]:
        mine = [r for r in tune if r["technique"] == tech]
        print(f"  {tech}: fallback {_summary([r for r in mine if r['fallback']])}")
        for c in (0.3, 0.5, 0.7, 0.9):
            print(f"    score >= {c}: {_summary([r for r in mine if r['score'] >= c and not r['fallback']])}")
        for w in (1, 3):
            print(f"    words <= {w}: {_summary([r for r in mine if r['words'] <= w and not r['fallback']])}")


def choose(path: str, target: float, show_curve: bool, write: str | None = None) -> None:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    tune = [r for r in rows if r["fold"] != 0]
    held = [r for r in rows if r["fold"] == 0]
    cuts = cutoffs(tune, target)
    for name, part in (("folds 1-4", tune), ("fold 0 (left out)", held)):
        print(f"== {name}")
        print("  all spans      :", _summary(part))
        print("  shown (para)   :", _summary([r for r in part if r["shown"]]))
        print("  shown (+cut)   :", _summary(apply(part, cuts)))
        for tech in sorted(cuts, key=lambda t: -sum(r["technique"] == t for r in part)):
            mine = [r for r in part if r["technique"] == tech and r["shown"]]
            if mine:
                print(f"    {tech:36s} cut {cuts[tech]}  para-shown: {_summary(mine)}  "
                      f"| cut: {_summary(apply(mine, cuts))}")
    print(json.dumps(cuts))
    if show_curve:
        curve(rows)
    if write:
        def figures(part: list[dict]) -> dict:
            kept = apply(part, cuts)
            return {"spans": len(kept), "articles": len({r["article"] for r in part}),
                    "labelled_precision": round(sum(r["credit"] for r in kept) / max(1, len(kept)), 4),
                    "si_precision": round(sum(r["si"] for r in kept) / max(1, len(kept)), 4)}

        report = {"target": target, "min_rows": MIN_ROWS, "fallbacks_shown": False,
                  "chosen_on": "tagged spans of folds 1-4 of article_folds(k=5, seed=13), research/span_display.py",
                  "cutoffs": {t: c for t, c in sorted(cuts.items()) if c is not None},
                  "folds_1_4": figures(tune), "fold_0": figures(held)}
        (Path(write) / "span_display.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("data")
    r.add_argument("language")
    r.add_argument("out")
    r.add_argument("--folds", default="0,1,2,3,4")
    c = sub.add_parser("choose")
    c.add_argument("rows")
    c.add_argument("--target", type=float, default=0.5)
    c.add_argument("--curve", action="store_true")
    c.add_argument("--write")
    a = ap.parse_args(argv)
    if a.cmd == "run":
        run(a.data, a.language, a.out, [int(x) for x in a.folds.split(",")])
    else:
        choose(a.rows, a.target, a.curve, a.write)


if __name__ == "__main__":
    main(sys.argv[1:])
