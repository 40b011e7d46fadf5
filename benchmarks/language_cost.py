"""CPU per 1,000 characters of article, per language and per analyser: a non-English article must cost no
more than an English one of the same length.

Corpus: the first ``--limit`` unlabeled test articles of each language of SemEval-2025 Task 10
(../shared/data/semeval2025-task10/test/raw-documents/<LANG>). One process, models loaded and warmed on one
article of each language before timing (start-up is throughput.py's business). Language identification is
timed too (it runs in the readers). One BLAS/OpenMP thread, set before numpy loads (export OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS, MKL_NUM_THREADS to change it): with more, natasha's and numpy's matrix products spin extra
threads whose CPU counts here but buys no throughput on a loaded machine.

    python benchmarks/language_cost.py --limit 20
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # before numpy is imported (in main)
    os.environ.setdefault(_var, "1")

CORPUS = (Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "semeval2025-task10" / "test"
          / "raw-documents")


def main() -> None:
    from narrascope import Pipeline
    from narrascope.language import detect_language
    from narrascope.readers.text import parse_text

    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--langs", default="EN,RU,BG,PT,HI")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    pipeline = Pipeline()
    langs = args.langs.split(",")
    articles = {lang: [parse_text(p.read_text(encoding="utf-8"), name=p.name)
                       for p in sorted((CORPUS / lang).glob("*.txt"))[:args.limit]] for lang in langs}
    for lang in langs:  # load every model once
        pipeline.run(articles[lang][0])
    rows = {}
    for lang in langs:
        per = {a.name: 0.0 for a in pipeline.analysers}
        chars = sum(len(a.text) for a in articles[lang])
        t_id = time.process_time()
        for a in articles[lang]:
            detect_language(a.text)
        langid = time.process_time() - t_id
        for art in articles[lang]:
            from narrascope.registry import Document

            doc = Document(art)
            for an in pipeline.analysers:
                t = time.process_time()
                doc = an(doc)
                per[an.name] += time.process_time() - t
        total = sum(per.values())
        rows[lang] = {"articles": len(articles[lang]), "chars": chars,
                      "cpu_ms_per_1k_chars": round(1000 * total / chars * 1000, 2),
                      "langid_ms_per_article": round(1000 * langid / len(articles[lang]), 2),
                      "per_analyser_ms_per_1k_chars": {k: round(1000 * v / chars * 1000, 2) for k, v in per.items()}}
        print(lang, json.dumps(rows[lang], ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
