"""Re-read the English cast evidence on saved out-of-fold predictions, without retraining (issue 20, en-hero36).

``research/cast_oof.py`` saves each English article's parse (``en.spacy``) and every mention's main-role
probabilities, which include ``lexicon_weight`` (3.0) per evidence item. This script re-runs the current
:func:`narrascope.models.cast_evidence.entity_evidence` on those parses and moves the probabilities by the change in
items (``p * exp(3 * (new - old))``, renormalised; the main role is then the most probable one, the fine-role
factor of ``decode_roles`` is not saved and is left out), and writes an ``oof.json`` that
``research/cast_display.py`` reads. A fast proxy for choosing evidence rules; the figures to report come from a
full ``cast_oof.py`` run. Usage:

    python research/cast_reevidence.py /tmp/oof-base /tmp/oof-proxy [--diff]
"""
import json
import sys
from pathlib import Path

import numpy as np

ROLES = ("Protagonist", "Antagonist", "Innocent")
WEIGHT = 3.0


def main(src: str, out: str, diff: bool = False) -> None:
    import spacy
    from spacy.tokens import DocBin

    from narrascope.models.cast_evidence import entity_evidence

    s = Path(src)
    rows = json.loads((s / "oof.json").read_text())
    ids = json.loads((s / "en_ids.json").read_text())
    docs = dict(zip(ids, DocBin().from_disk(s / "en.spacy").get_docs(spacy.blank("en").vocab)))
    caches: dict = {}
    changed = 0
    for r in rows:
        if r["lang"].upper() != "EN" or r["article"] not in docs:
            continue
        doc = docs[r["article"]]
        ev = entity_evidence(doc, doc.text, r["start"], r["end"], (), caches.setdefault(r["article"], {}), "en")
        ev = [list(e) for e in ev]
        if ev != [list(e) for e in r["evidence"]]:
            changed += 1
            old = np.array([len(e) for e in r["evidence"]], float)
            new = np.array([len(e) for e in ev], float)
            p = np.array(r["main_scores"], float) * np.exp(WEIGHT * (new - old))
            p /= p.sum()
            k = int(np.argmax(p))
            if diff:
                print(f"{r['fold']} {r['article']} {doc.text[r['start']:r['end']]!r} gold={r['gold']} "
                      f"{r['pred'][:3]}->{ROLES[k][:3]} {r['evidence']} -> {ev}")
            r.update(main_scores=[float(x) for x in p], pred=ROLES[k], score=float(p[k]), evidence=ev)
    print("mentions whose evidence changed:", changed)
    o = Path(out)
    o.mkdir(parents=True, exist_ok=True)
    (o / "oof.json").write_text(json.dumps(rows))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--diff" in sys.argv)
