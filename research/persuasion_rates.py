"""Flag rates on unlabelled articles vs training (issue 20): labels per paragraph, all and shown by default.

    python research/persuasion_rates.py MODEL_DIR ../shared/data/semeval2025-task10/test/raw-documents/EN 100 \
        ../shared/data/semeval2023-task3/en

The first N unlabelled SemEval-2025 test articles (sorted by file name) are read as the analyser reads them
(paragraphs = non-blank lines, sentences from the project's splitter) and never tuned on: the rates are only
compared with the gold rates of the training paragraphs. What it showed is in the model cards.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def predicted(model: str, folder: str, n: int) -> tuple[int, dict, dict, int, int]:
    """``(articles, labels, shown labels, spans, shown spans)`` of the model folder on the first ``n`` articles of
    ``folder``, read as the analyser reads them; labels are ``(article, paragraph) -> techniques``."""
    from narrascope.analysers.persuasion import TechniqueTagger
    from narrascope.models.technique_model import split_paragraphs
    from narrascope.training.persuasion import article_sentences
    from narrascope.training.persuasion_data import TechniqueArticle

    tagger = TechniqueTagger.load(model)
    lang = tagger.model.language
    arts = [TechniqueArticle(p.stem, t, split_paragraphs(t)) for p in sorted(Path(folder).glob("*.txt"))[:n]
            for t in [p.read_text("utf-8")]]
    sents = article_sentences(arts, lang)
    techs = tagger.model.techniques_
    pred, shown, spans, spans_shown = {}, {}, 0, 0
    for a in arts:
        out = tagger.model.predict_article(a.text, a.paragraphs, sents.get(a.id))
        for p, lab, sh in zip(a.paragraphs, out.labels, out.shown):
            pred[(a.id, p.no)] = {techs[j] for j in lab}
            shown[(a.id, p.no)] = {techs[j] for j in sh}
        spans += len(out.spans)
        spans_shown += sum(h.shown for h in out.spans)
    return len(arts), pred, shown, spans, spans_shown


def main(model: str, folder: str, n: int, train: str) -> None:
    from narrascope.evaluation.persuasion import flag_rates, gold_pairs
    from narrascope.training.persuasion_data import read_semeval2023

    arts, pred, shown, spans, spans_shown = predicted(model, folder, n)
    gold = gold_pairs(read_semeval2023(train))
    print(json.dumps({"articles": arts, "spans_per_article": round(spans / arts, 2),
                      "shown_spans_per_article": round(spans_shown / arts, 2),
                      "test_all": flag_rates(pred), "test_shown": flag_rates(shown), "train_gold": flag_rates(gold)},
                     indent=1))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
