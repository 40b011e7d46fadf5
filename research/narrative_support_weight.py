"""The links layer's SUPPORT_WEIGHT re-read on saved rows (stop 52): how the order of an article's narratives moves
when each shown cast member that agrees with a narrative's stance counts for more or less.

Reads ``rows.json`` of ``research/narrative_links_oof.py predict DATA OUT`` (the classifier's scores, the cast's net
support per narrative, the gold narratives) and prints, per weight, on folds 1-4 and fold 0 (all languages and
English): how often the first narrative is one of the gold ones, the share of the gold narratives (at most two) in the
top two, and how often "Blaming the war on others" is in the top two of the articles whose gold has it.

    python research/narrative_support_weight.py /tmp/nl_oof
"""
import json
import sys
from pathlib import Path

import numpy as np

BLAME = "URW: Blaming the war on others rather than the invader"
WEIGHTS = (0, 0.15, 0.25, 0.35, 0.5)


def order(row: dict, w: float) -> list[str]:
    """The article's narratives by classifier score + ``w`` x net cast support, best first."""
    score = {c[0]: c[1] for c in row["final"]}
    return sorted([lab for lab in score if lab != "Other"],
                  key=lambda lab: -(score[lab] + w * row["support"].get(lab, [0, 0])[0]))


def main(out: str) -> None:
    rows = json.loads((Path(out) / "rows.json").read_text())
    for name, keep in (("folds 1-4", lambda r: r["fold"] != 0), ("fold 0", lambda r: r["fold"] == 0)):
        mine = [r for r in rows if keep(r) and any(c[0] != "Other" for c in r["final"])]
        for lang in ("ALL", "EN"):
            part = [r for r in mine if lang in ("ALL", r["lang"])]
            blamed = [r for r in part if BLAME in r["gold_coarse"]]
            for w in WEIGHTS:
                first = np.mean([order(r, w)[0] in r["gold_coarse"] for r in part])
                gold_n = [max(1, min(2, len(set(r["gold_coarse"]) - {"Other"}))) for r in part]
                top2 = np.mean([len(set(order(r, w)[:2]) & set(r["gold_coarse"])) / n for r, n in zip(part, gold_n)])
                rec = np.mean([BLAME in order(r, w)[:2] for r in blamed]) if blamed else float("nan")
                print(f"{name} {lang} ({len(part)}) w={w}: first right {first:.3f} | top-2 gold share {top2:.3f} | "
                      f"blame narrative in the top two {rec:.3f} of {len(blamed)}")


if __name__ == "__main__":
    main(sys.argv[1])
