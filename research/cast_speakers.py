"""Should evidence read in someone's words count less (issue 20, branch en-quote38)?

Reads a ``research/cast_oof.py`` run whose cues name their speaker (``does “shell” (says Dmitry Peskov)``), and
writes one ``oof.json`` per variant (a sub-folder of ``out``) with the speech items taken out of the vote (the saved
main-role probabilities moved by ``p * exp(-3 * removed)``, renormalised, as ``research/cast_reevidence.py``
does) for ``research/cast_display.py`` to score:

- ``keep``: every item counts, its cue names the speaker (what ships);
- ``villain_speaker``: an item whose speaker is an entity the same article's out-of-fold cast shows as a villain
  (an annotated mention whose words are in the speaker's name) counts not at all;
- ``speech_villain``: every villain's item read in someone's words counts not at all;
- ``speech_all``: every item read in someone's words counts not at all.

It prints, per variant, how many shown English mentions (folds 1-4) have a cue that names a speaker. Usage:

    python research/cast_speakers.py /tmp/oof-new /tmp/oof-speakers
"""
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cast_display import choose, shown

ROLES = ("Protagonist", "Antagonist", "Innocent")
WEIGHT = 3.0
_SAYS = re.compile(r" \(says (.+)\)$")


def _speaker(cue: str) -> str | None:
    m = _SAYS.search(cue)
    return m.group(1) if m else None


def _villains(rows, texts) -> dict[str, set[str]]:
    """Per article, the words of the mentions its out-of-fold cast shows as villains (before any variant)."""
    th = choose(rows)
    out: dict[str, set[str]] = {}
    for r in rows:
        if r["lang"].upper() == "EN" and r["pred"] == "Antagonist" and shown(r, th["EN"]["Antagonist"], "EN"):
            name = texts[r["article"]][r["start"]:r["end"]]
            out.setdefault(r["article"], set()).update(w for w in re.findall(r"\w+", name) if w[:1].isupper())
    return out


def variant(rows, name, villains):
    out = []
    for r in rows:
        r = dict(r)
        if r["lang"].upper() == "EN":
            ev = [list(e) for e in r["evidence"]]
            keep = []
            for k, items in enumerate(ev):
                kept = []
                for c in items:
                    who = _speaker(c)
                    drop = who is not None and (
                        name == "speech_all" or (name == "speech_villain" and k == 1)
                        or (name == "villain_speaker"
                            and set(re.findall(r"\w+", who)) & villains.get(r["article"], set())))
                    if not drop:
                        kept.append(c)
                keep.append(kept)
            if keep != ev:
                old = np.array([len(e) for e in ev], float)
                new = np.array([len(e) for e in keep], float)
                p = np.array(r["main_scores"], float) * np.exp(WEIGHT * (new - old))
                p /= p.sum()
                k = int(np.argmax(p))
                r.update(main_scores=[float(x) for x in p], pred=ROLES[k], score=float(p[k]), evidence=keep)
        out.append(r)
    return out


def main(src: str, out: str) -> None:
    s = Path(src)
    rows = json.loads((s / "oof.json").read_text())
    import spacy
    from spacy.tokens import DocBin

    ids = json.loads((s / "en_ids.json").read_text())
    texts = {a: d.text for a, d in zip(ids, DocBin().from_disk(s / "en.spacy").get_docs(spacy.blank("en").vocab))}
    rows = [r for r in rows if r["lang"].upper() != "EN" or r["article"] in texts]
    villains = _villains(rows, texts)
    for name in ("keep", "villain_speaker", "speech_villain", "speech_all"):
        v = variant(rows, name, villains)
        th = choose(v)
        en = [r for r in v if r["lang"].upper() == "EN" and r["fold"] != 0]
        shown_en = [r for r in en if shown(r, th["EN"][r["pred"]], "EN")]
        named = sum(1 for r in shown_en if any(_speaker(c) for c in r["evidence"][ROLES.index(r["pred"])]))
        print(f"{name}: folds 1-4 English shown {len(shown_en)}, right "
              f"{sum(r['gold'] == r['pred'] for r in shown_en)}, a shown cue names a speaker: {named}")
        d = Path(out) / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "oof.json").write_text(json.dumps(v))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
