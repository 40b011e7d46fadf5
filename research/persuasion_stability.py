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
from collections import Counter
from pathlib import Path


def rates(model_dir: str, folder: str, n: int) -> dict:
    from narrascope.analysers.persuasion import TechniqueTagger
    from narrascope.models.technique_model import split_paragraphs
    from narrascope.training.persuasion import article_sentences
    from narrascope.training.persuasion_data import TechniqueArticle

    model = TechniqueTagger.load(model_dir).model
    arts = [TechniqueArticle(p.stem, t, split_paragraphs(t)) for p in sorted(Path(folder).glob("*.txt"))[:n]
            for t in [p.read_text("utf-8")]]
    sents = article_sentences(arts, model.language)
    pred, shown, rows = Counter(), Counter(), 0
    for a in arts:
        out = model.predict_article(a.text, a.paragraphs, sents.get(a.id))
        rows += len(a.paragraphs)
        for lab, sh in zip(out.labels, out.shown):
            pred.update(model.techniques_[j] for j in lab)
            shown.update(model.techniques_[j] for j in sh)
    return {"paragraphs": rows, "labels": round(sum(pred.values()) / rows, 4),
            "shown": round(sum(shown.values()) / rows, 4),
            "per_technique": {t: round(c / rows, 4) for t, c in pred.most_common()}}


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
