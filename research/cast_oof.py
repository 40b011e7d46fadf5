"""Out-of-fold framing predictions for choosing the cast's display thresholds (issue 20).

Runs the 5-fold article-grouped CV of ``cross_validate_framing`` (same folds, same model) and writes, per
annotated mention: fold, article, language, gold main role, the model's main-role probabilities (lexicon vote
included, as shipped), framed score; English parsed articles are saved as a spaCy DocBin so the cast's
evidence reader can be re-run on them without re-parsing. Usage:

    nice -n 10 python research/cast_oof.py ../shared/data/semeval2025-task10/train /tmp/cast_oof
"""
import json
import sys
from pathlib import Path

from narrascope.metrics import article_folds
from narrascope.models.role_classifier import RoleClassifier
from narrascope.training.framing import training_examples


def folded_examples(data: str):
    """``(X, y, ids, articles, text_of, lang_of, fold_of)``: the framing training examples and the 5 grouped folds
    of their articles (the folds of ``cross_validate_framing``), shared by the cast research scripts."""
    X, y, ids = training_examples(Path(data))
    articles = sorted(set(ids))
    text_of = {a: X[ids.index(a)].text for a in articles}
    lang_of = {a: X[ids.index(a)].lang for a in articles}
    fold_of = dict(zip(articles, article_folds(articles, [text_of[a] for a in articles],
                                               [lang_of[a] for a in articles], k=5)))
    return X, y, ids, articles, text_of, lang_of, fold_of


def main(data: str, out: str) -> None:
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    X, y, ids, articles, text_of, lang_of, fold_of = folded_examples(data)
    rows = []
    for f in range(5):
        train = [i for i in range(len(X)) if fold_of[ids[i]] != f]
        test = [i for i in range(len(X)) if fold_of[ids[i]] == f and y[i] is not None]
        clf = RoleClassifier().fit([X[i] for i in train], [y[i] for i in train])
        for i, p in zip(test, clf.predict([X[i] for i in test])):
            rows.append({"fold": f, "article": ids[i], "lang": X[i].lang, "start": X[i].start, "end": X[i].end,
                         "gold": y[i][0], "pred": p.main_role, "main_scores": p.main_scores,
                         "framed": p.framed_score, "score": p.main_score,
                         "cues": p.cues, "evidence": p.evidence, "gold_fine": list(y[i][1]),
                         "fine": [f for f, _ in p.fine_roles]})
        print("fold", f, "done", flush=True)
        (out_dir / "oof.json").write_text(json.dumps(rows))  # after each fold, so the analysis can start early
    (out_dir / "oof.json").write_text(json.dumps(rows))
    from spacy.tokens import DocBin

    docs = {}
    for i, a in enumerate(ids):
        if X[i].doc is not None and X[i].lang.upper() == "EN" and a not in docs:
            docs[a] = X[i].doc
    order = sorted(docs)
    db = DocBin(store_user_data=False)
    for a in order:
        db.add(docs[a])
    db.to_disk(out_dir / "en.spacy")
    (out_dir / "en_ids.json").write_text(json.dumps(order))


if __name__ == "__main__":
    main(*sys.argv[1:3])
