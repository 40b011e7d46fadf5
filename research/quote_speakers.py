"""Quotes and their speakers on unlabelled articles, to compare two versions of the quotes layer (stop 52).

``dump`` runs the spacy, entities and quotes analysers on the first N articles of a folder and writes, per article,
each quote's start, its first 60 characters and its speaker; ``compare`` prints the quotes whose speaker differs
between two dumps (or that only one has), with the text before them, for reading by hand.

    python research/quote_speakers.py dump ../shared/data/semeval2025-task10/train/raw-documents/EN 120 /tmp/q_old.json
    (change the code)
    python research/quote_speakers.py dump ../shared/data/semeval2025-task10/train/raw-documents/EN 120 /tmp/q_new.json
    python research/quote_speakers.py compare /tmp/q_old.json /tmp/q_new.json
"""
import json
import sys
from pathlib import Path


def dump(folder: str, n: int, out: str) -> None:
    from narrascope import read_path
    from narrascope.pipeline import Pipeline

    pipe = Pipeline(["spacy", "entities", "quotes"])
    rows = {}
    for path in sorted(Path(folder).glob("*.txt"))[:n]:
        doc = pipe.run(read_path(path))
        rows[str(path)] = [(q.content.start, q.content.text[:60], q.speaker) for q in doc.data["quotes"]]
    Path(out).write_text(json.dumps(rows))


def compare(old: str, new: str) -> None:
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    changed = 0
    for path in a:
        text = Path(path).read_text("utf-8")
        mine, theirs = {q[0]: q for q in a[path]}, {q[0]: q for q in b.get(path, [])}
        for start in sorted(set(mine) | set(theirs)):
            if mine.get(start) != theirs.get(start):
                changed += 1
                print(f"--- {Path(path).name} {start}: {mine.get(start)} -> {theirs.get(start)}")
                print("    " + repr(text[max(0, start - 200):start + 80]))
    print(f"{sum(len(v) for v in a.values())} quotes in {len(a)} articles, {changed} differ")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        compare(sys.argv[2], sys.argv[3])
