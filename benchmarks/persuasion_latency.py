"""Latency of the persuasion layer, and how much of a corpus it flags.

For the first N English SemEval-2025 Task 10 test articles (unlabeled; nothing is tuned on them) and for the
20 articles we wrote (10 neutral wire-style, 10 loaded opinion pieces, ``tests/persuasion/articles``):
milliseconds of CPU time the ``persuasion`` analyser adds per article on one core (spaCy sentences are computed first
and not timed), and the share of articles and of paragraphs flagged per technique, plus spans per article.

    OMP_NUM_THREADS=1 python benchmarks/persuasion_latency.py [--data DIR] [-n 100] [--model DIR]
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from narrascope.analysers.persuasion import TechniqueTagger, load_tagger
from narrascope.analysers.spacy_parse import nlp_for, sentence_spans, unwrap

HERE = Path(__file__).resolve().parent
WRITTEN = HERE.parent / "tests" / "persuasion" / "articles"


def split(texts: list[str]) -> list[list[tuple[int, int]]]:
    """The Document's sentences of each text (spaCy, components that decide sentence boundaries only)."""
    nlp = nlp_for("en")
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in ("tok2vec", "parser", "narrascope_newlines")]):
        return [[(s.start, s.end) for s in sentence_spans(d)] for d in nlp.pipe(unwrap(t) for t in texts)]


def flagged(tagger, texts: list[str], timed: bool = False, sents: list | None = None) -> dict:
    """Shares of articles and paragraphs flagged per technique, spans per article, optional latency."""
    sents = sents if sents is not None else split(texts)
    arts, paras, times, walls, n_par, n_spans = Counter(), Counter(), [], [], 0, []
    for text, ss in zip(texts, sents):
        t, w = time.process_time(), time.perf_counter()
        res = tagger.analyse(text, ss)
        # CPU time is the measure (the machine is shared, wall time is inflated by other jobs); wall kept too.
        times.append(time.process_time() - t)
        walls.append(time.perf_counter() - w)
        n_par += len(res.paragraphs)
        n_spans.append(len(res.spans))
        found = set()
        for p in res.paragraphs:
            labels = {lab.label for lab in p.techniques}
            paras.update(labels)
            found |= labels
        arts.update(found)
    out = {"articles": len(texts), "paragraphs": n_par, "spans_per_article": round(statistics.mean(n_spans), 2),
           "article_share": {k: round(v / len(texts), 3) for k, v in arts.most_common()},
           "paragraph_share": {k: round(v / max(1, n_par), 4) for k, v in paras.most_common()}}
    if timed:
        times.sort()
        out["cpu_ms_per_article"] = {"median": round(statistics.median(times) * 1000, 1),
                                     "p95": round(times[int(0.95 * (len(times) - 1))] * 1000, 1),
                                     "max": round(times[-1] * 1000, 1)}
        out["wall_ms_per_article_median"] = round(statistics.median(walls) * 1000, 1)
    return out


def main() -> None:
    """Print and write ``benchmarks/results/persuasion.json``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data/semeval2025-task10/test/raw-documents/EN"))
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "persuasion.json")
    args = ap.parse_args()
    tagger = TechniqueTagger.load(args.model) if args.model else load_tagger()
    files = sorted(p for p in args.data.iterdir() if p.is_file())[: args.n]
    report = {"model": tagger.version,
              "semeval2025_en_test": flagged(tagger, [f.read_bytes().decode("utf-8") for f in files], timed=True)}
    for kind in ("neutral", "loaded"):
        texts = [p.read_text("utf-8") for p in sorted((WRITTEN / kind).glob("*.txt"))]
        report[f"written_{kind}"] = flagged(tagger, texts)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
