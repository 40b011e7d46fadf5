"""Do trainings of one configuration flag new articles at the same rates? (issue 20: behaviour on new articles
should match CV.)

Cross-validation measures models trained on 4/5 of the data; the shipped model is one more training, on all of it.
If two trainings of the same configuration flag the same unlabelled articles at very different rates, CV cannot
say how the shipped model behaves. For each model folder, this prints the labels per paragraph it predicts
(F1-optimal decisions, as the SemEval export keeps them) and shows by default, overall and per technique, on the
first N articles (sorted by file name) of each unlabelled folder, read as the analyser reads them (paragraphs =
non-blank lines, sentences from the project's splitter); then, per technique, the largest ratio between two
models' rates. No labels are read. Usage:

    python research/persuasion_stability.py MODEL_DIR[,MODEL_DIR...] FOLDER[,FOLDER...] N

e.g. the shipped model and one trained with ``narrascope train persuasion --holdout-fold 0 --out /tmp/f0``, on
``../shared/data/semeval2023-task3/en/dev-articles-subtask-3`` (SemEval-2023 dev articles; text only) and
``../shared/data/semeval2025-task10/test/raw-documents/EN``. What it showed is in the English persuasion card.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def rates(model_dir: str, folder: str, n: int) -> dict:
    from narrascope.evaluation.persuasion import flag_rates

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from persuasion_rates import predicted

    _, pred, shown, _, _ = predicted(model_dir, folder, n)
    every, by_default = flag_rates(pred), flag_rates(shown)
    return {"paragraphs": every["paragraphs"], "labels": every["labels_per_paragraph"],
            "shown": by_default["labels_per_paragraph"], "per_technique": every["per_technique"]}


def main(models: list[str], folders: list[str], n: int) -> None:
    out = {f: {m: rates(m, f, n) for m in models} for f in folders}
    for by_model in out.values():
        techs = sorted({t for r in by_model.values() for t in r["per_technique"]})
        spread = {}
        for t in techs:
            vals = [r["per_technique"].get(t, 0.0) for r in by_model.values()]
            if max(vals) >= 0.01:
                spread[t] = round(max(vals) / max(min(vals), 1e-3), 2)
        by_model["max_ratio_per_technique"] = dict(sorted(spread.items(), key=lambda kv: -kv[1]))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main(sys.argv[1].split(","), sys.argv[2].split(","), int(sys.argv[3]))
