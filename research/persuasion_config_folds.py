"""One persuasion configuration, fold by fold: paragraph, sentence-line and span predictions saved per fold, so a
variant can be judged on the folds where choices are made and reported on the fold kept out (issue 20).

``run`` trains the configuration (``make_model(PARAMS)``, PARAMS a JSON object such as '{"tagger": {"bags": 3}}';
'{}' is the shipped one) on four of the five article-grouped folds (``article_folds``, seed 13: the folds of
``narrascope eval persuasion --cv 5``) and scores the fifth: ``OUT/fold<F>.json`` holds the per-technique counts
(right, predicted, gold) on paragraphs and on sentence-line copies, and ``OUT/spans<F>.jsonl`` one row per predicted
span in the format of ``research/span_display.py`` (concatenated, ``cat OUT/spans?.jsonl``, they are what its
``choose`` reads to pick span cut-offs on folds 1-4).
``--topics``: the folds are five topic clusters (``topic_folds``) instead of the random ones.
``--topic-groups`` (stop 48): the folds of ``narrascope eval persuasion --cv 5 --topic-folds`` (twenty topic clusters
dealt to five folds of 89-90 articles, ``topic_cv_folds``), so every article is scored by a model that saw none of its
topic: a full CV of new topics.
``report`` prints micro-F1 (P / R) and labels per row, per fold, for paragraphs and lines. Folds can run in
parallel (one process each). Usage:

    nice python research/persuasion_config_folds.py run ../shared/data/semeval2023-task3/en '{}' OUT 1 2
    nice python research/persuasion_config_folds.py run ../shared/data/semeval2023-task3/en '{}' OUT 0 1 --topics
    python research/persuasion_config_folds.py report OUT
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def topic_folds(texts: list[str], k: int = 5) -> list[int]:
    """(stop 46) Folds by topic instead of at random: k-means (k=5, seed 0) over the articles' TF-IDF words. A
    model scored on a topic none of its training articles is about meets what the official dev articles are to the
    training ones (British politics around Brexit, against mostly American news): the vocabulary of the cues moves.
    Identical texts get the same vector, so they share a fold as in ``article_folds``."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english", min_df=3, max_df=0.5, sublinear_tf=True).fit_transform(texts)
    return [int(c) for c in KMeans(n_clusters=k, random_state=0, n_init=10).fit_predict(x)]


def run(data: str, params: dict, out: str, folds: list[int], topics: bool = False, topic_groups: bool = False) -> None:
    from narrascope.evaluation.persuasion import (
        _load_labelled,
        data_language,
        gold_pairs,
        make_model,
        predict_articles,
        topic_cv_folds,
    )
    from narrascope.metrics import article_folds
    from narrascope.taxonomy.techniques import load_techniques
    from narrascope.training.persuasion import article_sentences, train_persuasion
    from narrascope.training.persuasion_data import sentence_line_copy

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from span_display import span_rows

    language = data_language(data)
    articles = _load_labelled(data)
    groups = topic_cv_folds(articles) if topic_groups else \
        topic_folds([a.text for a in articles]) if topics else \
        article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=5, seed=13)
    sentences = article_sentences(articles, language)
    Path(out).mkdir(parents=True, exist_ok=True)
    for f in folds:
        train = [a for a, g in zip(articles, groups) if g != f]
        test = [a for a, g in zip(articles, groups) if g == f]
        model, secs = train_persuasion(train, load_techniques().ids, make_model(params, language), sentences)
        paras, lines = predict_articles(model, test, sentences)
        gold = {"paragraphs": gold_pairs(test), "lines": gold_pairs([sentence_line_copy(a) for a in test])}
        counts = {kind: _counts(pred, gold[kind]) for kind, pred in (("paragraphs", paras), ("lines", lines))}
        (Path(out) / f"fold{f}.json").write_text(json.dumps({"params": params, "train_seconds": round(secs, 1),
                                                             **counts}))
        with open(Path(out) / f"spans{f}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in span_rows(model, test, sentences, f))
        print(f"fold {f} done ({secs:.0f} s training, {len(test)} articles)", flush=True)


def _counts(pred: dict, gold: dict) -> dict[str, Counter]:
    """Rows and per-technique right / predicted / gold counts of ``(article, paragraph) -> techniques`` pairs."""
    right, predicted, golden = Counter(), Counter(), Counter()
    for key, mine in pred.items():
        theirs = gold.get(key, set())
        predicted.update(mine)
        golden.update(theirs)
        right.update(set(mine) & set(theirs))
    return {"rows": Counter({"n": len(pred)}), "right": right, "pred": predicted, "gold": golden}


def _line(counts: dict) -> str:
    parts = []
    for kind in ("paragraphs", "lines"):
        c = counts[kind]
        tp, p, g, n = sum(c["right"].values()), sum(c["pred"].values()), sum(c["gold"].values()), c["rows"]["n"]
        parts.append(f"{kind} micro-F1 {2 * tp / max(p + g, 1):.3f} (P {tp / max(p, 1):.3f} / "
                     f"R {tp / max(g, 1):.3f}), {p / n:.2f} predicted / {g / n:.2f} gold per row")
    return " | ".join(parts)


def report(out: str) -> None:
    folds = {int(p.stem[4:]): json.loads(p.read_text()) for p in sorted(Path(out).glob("fold*.json"))}
    for f, d in folds.items():
        print(f"fold {f} |", _line(d))
    for name, chosen in (("folds 1-4 pooled", [f for f in folds if f != 0]), ("all folds pooled", list(folds))):
        if len(chosen) > 1:
            pooled = {kind: {key: sum((Counter(folds[f][kind][key]) for f in chosen), Counter())
                             for key in ("rows", "right", "pred", "gold")} for kind in ("paragraphs", "lines")}
            print(f"{name} ({', '.join(map(str, sorted(chosen)))}) |", _line(pooled))


if __name__ == "__main__":
    folds_given = [x for x in sys.argv[5:] if x not in ("--topics", "--topic-groups")]
    if len(sys.argv) >= 5 and sys.argv[1] == "run" and not folds_given:
        sys.exit("persuasion_config_folds: name the folds to run (0-4), e.g. `run DATA '{}' OUT 1 2 --topics`")
    if len(sys.argv) >= 5 and sys.argv[1] == "run":
        run(sys.argv[2], json.loads(sys.argv[3]), sys.argv[4], [int(x) for x in folds_given],
            topics="--topics" in sys.argv, topic_groups="--topic-groups" in sys.argv)
    elif len(sys.argv) == 3 and sys.argv[1] == "report":
        report(sys.argv[2])
    else:
        sys.exit(__doc__)
