"""English groups of people in the cast, out of fold (issue 20, branch en-groups35).

The entities layer lists English groups of people (type ``GROUP``: "Ukrainian civilians", "pensioners"). This
script runs the real entities layer on every annotated English training article, predicts roles with the framing
model of the other folds (the grouped folds and model of ``cast_oof.py``, as in ``cast_framed.py``) and prints,
per fold group (folds 1-4, fold 0), for the GROUP entities: how many get a role, how many the display policy
shows, how many of those the annotators marked (a GROUP mention with the exact offsets of a gold subtask-1
mention) and with which role. The SemEval annotators mark few groups, so "not marked" is not "wrong": the rows
are printed for reading. Usage:

    nice -n 10 python research/cast_groups.py ../shared/data/semeval2025-task10/train /tmp/cast_groups
"""
import json
import sys
from collections import Counter
from pathlib import Path


def collect(data: str, out: str) -> list[dict]:
    from cast_oof import folded_examples  # research/ is on the path when a script there runs

    from narrascope import Pipeline
    from narrascope.analysers.framing import (
        _with_layer_sentence,
        contradicted,
        entity_framed_score,
        entity_role,
        framed_floor,
        is_shown,
    )
    from narrascope.article import Article
    from narrascope.models.role_classifier import MAIN_ROLES, MentionInput, RoleClassifier
    from narrascope.training.semeval2025 import load_documents, load_role_labels

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    X, y, ids, articles, text_of, lang_of, fold_of = folded_examples(data)
    articles = [a for a in articles if lang_of[a].upper() == "EN"]
    gold: dict[str, dict[tuple[int, int], str]] = {}
    for r in load_role_labels(Path(data), None, load_documents(Path(data))):
        gold.setdefault(r.article_id, {})[(r.start, r.end)] = r.main_role
    pipe = Pipeline(["spacy", "entities"])
    docs = {a: pipe.run(Article(text=text_of[a], language="en", id=a)) for a in articles}
    rows = []
    for f in range(5):
        train = [i for i in range(len(X)) if fold_of[ids[i]] != f]
        clf = RoleClassifier().fit([X[i] for i in train], [y[i] for i in train])
        for a in (a for a in articles if fold_of[a] == f):
            document = docs[a]
            groups = [e for e in document.data.get("entities") or [] if e.type == "GROUP"]
            entities = document.data.get("entities") or []
            spans = {e.id: tuple((m.start, m.end) for m in e.mentions) for e in entities}
            for e in groups:
                inputs = [MentionInput(text_of[a], m.start, m.end, "EN", document.doc, spans[e.id]) for m in e.mentions]
                mine = [_with_layer_sentence(p, m.start, document.data.get("sentences") or [])
                        for p, m in zip(clf.predict(inputs), inputs)]
                role = entity_role(mine, text_of[a], clf.fine_roles_, 0.0, clf.fine_threshold, "EN")
                k = MAIN_ROLES.index(role.main_role)
                said = sorted({c for p in mine for c in (p.evidence[k] if p.evidence else ())})
                other = any(contradicted(p.evidence, k) for p in mine)
                framed = entity_framed_score(mine)
                golds = [g for g in (gold.get(a, {}).get((m.start, m.end)) for m in e.mentions) if g]
                rows.append({"fold": f, "article": a, "entity": e.name, "role": role.main_role,
                             "score": role.main_score, "said": said, "framed": framed,
                             "policy": is_shown(role.main_role, role.main_score, said, "EN", contradicted=other),
                             "shown": is_shown(role.main_role, role.main_score, said, "EN", contradicted=other)
                             and framed >= max(0.5, framed_floor("EN")),
                             "gold": Counter(golds).most_common(1)[0][0] if golds else None})
        print("fold", f, "done", len(rows), flush=True)
    (out_dir / "groups.json").write_text(json.dumps(rows, ensure_ascii=False))
    return rows


def report(rows: list[dict]) -> None:
    for title, f in (("folds 1-4", lambda r: r["fold"] != 0), ("fold 0", lambda r: r["fold"] == 0)):
        part = [r for r in rows if f(r)]
        framed = [r for r in part if r["framed"] >= 0.5]
        shown = [r for r in part if r["shown"]]
        marked = [r for r in shown if r["gold"]]
        print(f"{title}: GROUP entities {len(part)}, with a role {len(framed)}, shown {len(shown)} "
              f"({Counter(r['role'] for r in shown)}), annotated {len(marked)}, right "
              f"{sum(r['gold'] == r['role'] for r in marked)}; annotated groups in all "
              f"{sum(1 for r in part if r['gold'])}")
        for r in shown:
            print(f"   {r['article']} {r['entity']!r} {r['role']} {r['score']:.2f} gold={r['gold']} {r['said']}")
        unframed = [r for r in part if r["policy"] and not r["shown"]]
        print(f"  shown by the policy but under the framed floor: {len(unframed)} "
              f"({Counter(r['role'] for r in unframed)}), annotated {sum(1 for r in unframed if r['gold'])}")
        for r in unframed:
            print(f"   {r['article']} {r['entity']!r} {r['role']} {r['score']:.2f} framed {r['framed']:.2f} "
                  f"gold={r['gold']} {r['said']}")


if __name__ == "__main__":
    report(collect(sys.argv[1], sys.argv[2]))
