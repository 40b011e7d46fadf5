"""Draw a random sample of entity mentions per language from unlabelled articles, for judging junk by hand.

    python research/entity_junk_sample.py ../shared/data/semeval2025-task10/test/raw-documents OUT_DIR [--n 100]

Writes OUT_DIR/<lang>.tsv (mention, entity name, 60 characters of context each side, and an empty ``junk``
column to fill in: empty = a good name; else one of notname, glued, coordination, fragment). Keep OUT_DIR
outside the repository: the articles are not ours to redistribute; only the counts go in the model card.
Also prints the CPU time per article of the ``spacy`` + ``entities`` analysers for each language.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from narrascope.article import Article
from narrascope.pipeline import load_pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    pipeline = load_pipeline(["spacy", "entities"])
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in ("BG", "HI", "PT", "RU", "EN"):
        files = sorted((args.docs / lang).glob("*.txt"))
        if not files:
            continue
        pool, cpu = [], 0.0
        pipeline.run(Article(files[0].read_text("utf-8"), language=lang.lower()))  # load models first
        for f in files:
            text = f.read_bytes().decode("utf-8")
            t0 = time.process_time()
            document = pipeline.run(Article(text, language=lang.lower()))
            cpu += time.process_time() - t0
            for e in document.data["entities"]:
                for m in e.mentions:
                    pool.append((f.name, m.start, m.end, m.text, e.name,
                                 text[max(0, m.start - 60):m.start].replace("\n", " ").replace("\t", " "),
                                 text[m.end:m.end + 60].replace("\n", " ").replace("\t", " ")))
        sample = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
        with open(args.out / f"{lang}.tsv", "w", encoding="utf-8") as fh:
            fh.write("article\tstart\tend\tmention\tentity\tleft\tright\tjunk\n")
            for row in sample:
                fh.write("\t".join(map(str, row)) + "\t\n")
        chars = sum(f.stat().st_size for f in files)
        print(f"{lang}: {len(files)} articles, {len(pool)} mentions, CPU {1000 * cpu / len(files):.1f} ms/article, "
              f"{1e6 * cpu / chars:.1f} ms per 1000 bytes")


if __name__ == "__main__":
    main()
