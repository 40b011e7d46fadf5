"""The dominant narrative out of fold, with the whole reading (issue 20): which narrative should lead?

The links layer ranks an article's narratives by the classifier's score plus the support of its cast (shown
villains a narrative blames, victims it pities, ...), and may add a narrative the classifier scored below its
threshold when the cast supports it ("candidates", ``analysers/links.py: rank_narratives``). Whether that ranking
puts a right narrative first was never measured out of fold. This script trains, per fold of the narratives CV
(5 article-grouped folds of ``narrascope eval narratives --cv 5``), the narratives and framing models on the other
folds, runs the real pipeline (entities, cast, quotes, claims, narratives, links; persuasion left out: the ranking
does not read it) on the fold's articles with those models (``models_dir``), and keeps per article: its gold
labels, the classifier's own labels with their scores, the final order with the cast's candidates, and which are
shown by the display cut-offs. The entities layer is the shipped one (its name tagger saw these articles), as in
``research/cast_framed.py``.

    nice python research/narrative_links_oof.py train ../shared/data/semeval2025-task10/train /tmp/nl_oof
    nice python research/narrative_links_oof.py predict ../shared/data/semeval2025-task10/train /tmp/nl_oof
    python research/narrative_links_oof.py report /tmp/nl_oof

``report`` prints, for folds 1-4 and fold 0 and per language: how often the first narrative is right under the
classifier's order, the links' order and the links' order with shown narratives first; and how many candidates the
cast added and how many of them are right.
"""
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _folds(data: str):
    from narrascope.evaluation.narratives import load_labelled
    from narrascope.metrics import article_folds

    d = load_labelled(data)
    return d, dict(zip(d.ids, article_folds(d.ids, d.texts, d.langs, k=5, seed=13)))


def train(data: str, out: str) -> None:
    from cast_oof import folded_examples

    from narrascope.models import save_artifact
    from narrascope.models.narrative_classifier import NarrativeClassifier
    from narrascope.models.role_classifier import RoleClassifier

    d, fold_of = _folds(data)
    X, y, ids, *_ = folded_examples(data)
    for f in range(5):
        tr = [i for i, a in enumerate(d.ids) if fold_of[a] != f]
        NarrativeClassifier().fit([d.texts[i] for i in tr], [d.coarse[i] for i in tr], [d.fine[i] for i in tr],
                                  [d.langs[i] for i in tr], ids=[d.ids[i] for i in tr]).save(Path(out) / str(f) /
                                                                                             "narratives")
        keep = [i for i in range(len(X)) if fold_of.get(ids[i], -1) != f]
        arrays, meta = RoleClassifier().fit([X[i] for i in keep], [y[i] for i in keep]).to_artifact()
        save_artifact(Path(out) / str(f) / "framing", arrays, meta)
        print("fold", f, "trained", flush=True)


def predict(data: str, out: str) -> None:
    from narrascope.analysers.links import _shown_roles, narrative_support
    from narrascope.article import Article
    from narrascope.pipeline import DEFAULT_ANALYSERS, Pipeline
    from narrascope.registry import Document
    from narrascope.settings import Settings

    d, fold_of = _folds(data)
    rows = []
    for f in range(5):
        names = [n for n in DEFAULT_ANALYSERS if n != "persuasion"]
        pipe = Pipeline(names, Settings(models_dir=str(Path(out) / str(f))))
        for i, a in enumerate(d.ids):
            if fold_of[a] != f:
                continue
            doc = Document(Article(d.texts[i], language=d.langs[i].lower()))
            own = None
            for an in pipe.analysers:
                doc = an(doc)
                if an.name == "narratives":
                    own = [(c.label, c.score) for c in doc.data["narratives"].coarse]
            nar = doc.data["narratives"]
            fine = {x.label: x for x in nar.fine}
            cast = _shown_roles(doc)
            own_labels = {o[0] for o in own}
            support = {c.label: narrative_support(doc, c.label, c.label in own_labels, fine, cast)[:2]
                       for c in nar.coarse if c.label != "Other"}
            rows.append({"id": a, "lang": d.langs[i].upper(), "fold": f, "gold_coarse": list(d.coarse[i]),
                         "own": own, "final": [(c.label, c.score, c.shown) for c in nar.coarse],
                         "support": support,
                         "dominant": doc.data["links"].narrative})
        print("fold", f, "predicted", flush=True)
        (Path(out) / "rows.json").write_text(json.dumps(rows))


def _score(label):
    return label[1]


def report(out: str) -> None:
    rows = json.loads((Path(out) / "rows.json").read_text())
    for title, part in (("folds 1-4", [r for r in rows if r["fold"] != 0]), ("fold 0", [r for r in rows
                                                                                       if r["fold"] == 0])):
        print(f"\n{title}: first narrative right (articles with one) | candidates added: n, right | "
              "first shown narrative right")
        for lang in sorted({r["lang"] for r in part}) + ["ALL"]:
            mine = [r for r in part if lang in ("ALL", r["lang"])]
            line = [f"{lang} ({len(mine)})"]
            for name, first in (
                    ("classifier", lambda r: max(r["own"], key=_score)[0] if r["own"] else None),
                    ("links", lambda r: r["final"][0][0] if r["final"] else None),
                    ("links, shown first", lambda r: next((c[0] for c in r["final"] if c[2]),
                                                         r["final"][0][0] if r["final"] else None))):
                got = [first(r) in r["gold_coarse"] for r in mine if first(r) is not None]
                line.append(f"{name} {sum(got)}/{len(got)} ({np.mean(got) if got else 0:.3f})")
            cands = [(c[0] in r["gold_coarse"]) for r in mine for c in r["final"]
                     if c[0] not in {o[0] for o in r["own"]}]
            line.append(f"candidates {len(cands)}, {sum(cands)} right")
            shown_first = [r for r in mine if any(c[2] for c in r["final"])]
            ok = [next(c[0] for c in r["final"] if c[2]) in r["gold_coarse"] for r in shown_first]
            line.append(f"shown: {sum(ok)}/{len(ok)}")
            print(" | ".join(line))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "train":
        train(sys.argv[2], sys.argv[3])
    elif cmd == "predict":
        predict(sys.argv[2], sys.argv[3])
    else:
        report(sys.argv[2])
