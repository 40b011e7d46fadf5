"""Flag rates of one persuasion model on short lines and long paragraphs, labelled and unlabelled (issue 20, stop 46).

The official dev template has lines of about 128 characters (one or two sentences); the training paragraphs and
the unlabelled official test template's lines have about 250. To tell a layout effect from a content effect this
prints, for the model folder given (use one trained with ``--holdout-fold K`` so that fold K is unseen), labels per
line and per 1,000 characters, per technique, on:

- fold K's training articles as paragraphs and as sentence-line copies (``sentence_line_copy``: the shape of the dev
  template), predicted and gold;
- the unlabelled dev template (its articles) and the unlabelled test template (articles rebuilt from its lines).

Nothing here is tuned; no dev or test label exists in the data folder. Usage (a fold-0 model: ``narrascope train
persuasion --data ../shared/data/semeval2023-task3/en --holdout-fold 0 --out /tmp/pers_h0``, about 8 minutes):

    PYTHONPATH=. python research/persuasion_line_rates.py ../shared/data/semeval2023-task3/en /tmp/pers_h0 0 /tmp/rates
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

SHOWN = ("Loaded_Language", "Name_Calling-Labeling", "Doubt", "Repetition", "Appeal_to_Fear-Prejudice",
         "Exaggeration-Minimisation", "Flag_Waving")


def _read(path: Path) -> dict[tuple[str, str], list[str]]:
    """id/paragraph -> labels (a prediction or gold file) or -> [text] (a template)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) >= 2:
            out[(p[0], p[1])] = [x for x in (p[2].split(",") if len(p) > 2 else []) if x]
    return out


def _texts(template: Path) -> dict[tuple[str, str], str]:
    out = {}
    for line in template.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) >= 3:
            out[(p[0], p[1])] = p[2]
    return out


def rates(texts: dict[tuple[str, str], str], labels: dict[tuple[str, str], list[str]]) -> str:
    chars = sum(len(t) for t in texts.values())
    c = Counter(t for k in texts for t in labels.get(k, []))
    n = sum(c.values())
    return (f"{n / len(texts):.3f}/line {n / chars * 1000:.2f}/1000ch (lines {len(texts)}, mean "
            f"{chars / len(texts):.0f} ch) " + " ".join(f"{c[t] / chars * 1000:.2f}" for t in SHOWN))


def main(data: str, model: str, fold: int, work: str) -> None:
    from narrascope.evaluation.persuasion import _load_labelled, export_semeval_dir
    from narrascope.metrics import article_folds
    from narrascope.training.persuasion_data import sentence_line_copy

    root, out = Path(data), Path(work)
    out.mkdir(parents=True, exist_ok=True)
    articles = _load_labelled(data)
    folds = article_folds([a.id for a in articles], [a.text for a in articles], ["en"] * len(articles), k=5, seed=13)
    held = [a for a, f in zip(articles, folds) if f == fold]
    sets = {}
    for kind in ("paragraphs", "lines"):
        folder = out / f"fold{fold}_{kind}"
        folder.mkdir(exist_ok=True)
        tmpl, gold = [], []
        for a in held:
            c = a if kind == "paragraphs" else sentence_line_copy(a)
            (folder / f"article{a.id}.txt").write_text(c.text, encoding="utf-8")
            for p in c.paragraphs:
                line = c.text[p.start:p.end]
                if line.strip():
                    tmpl.append(f"{a.id}\t{p.no}\t{line}\n")
                    gold.append(f"{a.id}\t{p.no}\t{','.join(c.labels.get(p.no, []))}\n")
        (out / f"fold{fold}_{kind}.template").write_text("".join(tmpl), encoding="utf-8")
        (out / f"fold{fold}_{kind}.gold").write_text("".join(gold), encoding="utf-8")
        sets[f"fold {fold} {kind}"] = (folder, out / f"fold{fold}_{kind}.template", out / f"fold{fold}_{kind}.gold")
    test = out / "test"
    test.mkdir(exist_ok=True)
    lines: dict[str, dict[int, str]] = {}
    for (aid, no), text in _texts(root / "test-labels-subtask-3.template").items():
        lines.setdefault(aid, {})[int(no)] = text
    for aid, by_no in lines.items():
        (test / f"article{aid}.txt").write_text("\n".join(by_no.get(i, "") for i in range(1, max(by_no) + 1)) + "\n",
                                                encoding="utf-8")
    sets["dev (unlabelled)"] = (root / "dev-articles-subtask-3", root / "dev-labels-subtask-3.template", None)
    sets["test (unlabelled)"] = (test, root / "test-labels-subtask-3.template", None)
    print("labels per line, per 1,000 characters, then per 1,000 characters:", ", ".join(SHOWN))
    for name, (folder, template, gold) in sets.items():
        pred = out / (name.split()[0] + "_" + name.split()[-1].strip("()") + ".pred")
        export_semeval_dir(folder, template, pred, model=model)
        texts = _texts(template)
        print(f"{name:26s} predicted {rates(texts, _read(pred))}")
        if gold:
            print(f"{name:26s} gold      {rates(texts, _read(gold))}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
