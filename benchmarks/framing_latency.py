"""Latency of the framing model: seconds per article to classify all its listed entity mentions.

Reads the unlabeled SemEval-2025 test inputs (``test/raw-documents`` + ``subtask-1-entity-mentions.txt``)
from ``../shared/data`` and reports the median and 95th percentile per article, model loading excluded.

    python benchmarks/framing_latency.py [--data ../shared/data/semeval2025-task10/test]
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

from narrascope.models.role_classifier import MentionInput, load_role_model


def main() -> None:
    """Time ``RoleClassifier.predict`` article by article."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data/semeval2025-task10/test"))
    args = ap.parse_args()
    t0 = time.perf_counter()
    model = load_role_model()
    load_s = time.perf_counter() - t0
    per_article: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for f in sorted(args.data.glob("inputs/*/subtask-1-entity-mentions.txt")):
        lang = f.parent.name
        for line in f.read_text("utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 4:
                per_article[(lang, cols[0])].append((int(cols[2]), int(cols[3]) + 1))
    times, n_mentions = [], 0
    for (lang, aid), spans in sorted(per_article.items()):
        text = (args.data / "raw-documents" / lang / aid).read_bytes().decode("utf-8")
        inputs = [MentionInput(text, s, e, lang) for s, e in spans]
        t = time.perf_counter()
        model.predict(inputs)
        times.append(time.perf_counter() - t)
        n_mentions += len(inputs)
    times.sort()
    print(f"model load {load_s * 1000:.0f} ms; {len(times)} articles, {n_mentions} mentions; per article: "
          f"median {statistics.median(times) * 1000:.1f} ms, p95 {times[int(0.95 * len(times))] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
