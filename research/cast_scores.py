"""Official subtask-1 scores and the v2.1 cast precision (main score >= t) from ``research/cast_oof.py`` rows:
per language, for fold 0 and for all five folds. Usage: ``python research/cast_scores.py /tmp/cast_oof``."""
import json
import sys
from pathlib import Path

from narrascope.evaluation.framing import cast_precision, role_scores


def main(path):
    rows = json.loads((Path(path) / "oof.json").read_text())
    for name, sel in (("fold 0", [r for r in rows if r["fold"] == 0]), ("5 folds", rows)):
        gold = [(r["gold"], tuple(r["gold_fine"])) for r in sel]
        pred = [(r["pred"], tuple(r["fine"])) for r in sel]
        langs = [r["lang"].upper() for r in sel]
        print(name)
        for lang in sorted(set(langs)) + ["ALL"]:
            idx = [i for i, l in enumerate(langs) if lang in ("ALL", l)]
            s = role_scores([gold[i] for i in idx], [pred[i] for i in idx]).as_dict()
            print(f"  {lang} n {s['n']} exact {s['exact_match']:.3f} micro-F1 {s['micro_f1']:.3f} "
                  f"main {s['main_accuracy']:.3f}")
        c = cast_precision(gold, pred, [r["score"] for r in sel], langs, thresholds=(0.8,))["0.80"]
        print("  cast precision / coverage at 0.8:", {k: (v["precision"], v["coverage"]) for k, v in c.items()})


if __name__ == "__main__":
    main(sys.argv[1])
