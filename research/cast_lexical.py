"""How often, and how rightly, the cast evidence read without a parse fires on annotated mentions (issue 20).

Russian, Portuguese, Bulgarian and Hindi have no parse: their cast evidence items come from the words around
each occurrence of a name (``cast_evidence.lexical_evidence``, the ``CAST_*`` words of ``narrascope/lang``).
This script needs no model: for every annotated SemEval-2025 subtask-1 mention of a language it reads the items
exactly as the framing model does at prediction (same call, same per-article cache) and counts, per fold group
(the 5 article-grouped folds of ``cross_validate_framing``; folds 1-4 where words are chosen, fold 0 left out):

- mentions with an item at all, and with items for one role only ("decisive": the role they speak for);
- decisive items right (their role is the gold main role), per role;
- coverage: decisive mentions / annotated mentions.

It takes seconds, so a lexicon change can be measured at once; what the items do to the shown cast is measured
with ``research/cast_oof.py`` + ``research/cast_display.py``. ``--wrong N`` prints N wrong decisive items of folds
1-4 with their sentence (never fold 0's); ``--missed N`` prints N fold 1-4 mentions without any item (with ``--oof
DIR``, a ``cast_oof.py`` run: only those the model shows at the shipped thresholds, the roles displayed with no
cue). Usage:

    python research/cast_lexical.py ../shared/data/semeval2025-task10/train [RU PT BG HI] [--wrong 20] \
        [--missed 20 [--oof DIR]]
"""
import random
import sys
from collections import Counter
from pathlib import Path

# the checkout this script lives in, not an installed copy of the package (a worktree measures its own code)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from narrascope.metrics import article_folds
from narrascope.models.cast_evidence import lexical_evidence
from narrascope.taxonomy.roles import MAIN_ROLES
from narrascope.training.semeval2025 import load_documents, load_role_labels


def rows_for(data: Path, lang: str) -> list[dict]:
    """One row per annotated mention of ``lang``: fold, article, gold main role, items per main role."""
    docs = load_documents(data, [lang])
    labels = [r for r in load_role_labels(data, [lang], docs) if r.article_id in docs]
    articles = sorted({r.article_id for r in labels})
    folds = dict(zip(articles, article_folds(articles, [docs[a].text for a in articles],
                                             [docs[a].lang for a in articles], k=5)))
    caches: dict[str, dict] = {}
    out = []
    for r in labels:
        d = docs[r.article_id]
        ev = lexical_evidence(d.text, r.start, r.end, (), d.lang, caches.setdefault(r.article_id, {}))
        out.append({"fold": folds[r.article_id], "article": r.article_id, "gold": r.main_role, "text": d.text,
                    "start": r.start, "end": r.end, "evidence": ev})
    return out


def decisive(ev) -> str | None:
    """The one main role the items speak for, or ``None`` (no items, or items for two roles)."""
    roles = [MAIN_ROLES[k] for k, items in enumerate(ev) if items]
    return roles[0] if len(roles) == 1 else None


def report(lang: str, rows: list[dict], title: str) -> None:
    n = len(rows)
    anyi = sum(any(r["evidence"]) for r in rows)
    dec = [(r, decisive(r["evidence"])) for r in rows if decisive(r["evidence"])]
    right = sum(r["gold"] == role for r, role in dec)
    per = []
    for role in MAIN_ROLES:
        k = [r for r, ro in dec if ro == role]
        ok = sum(r["gold"] == role for r in k)
        per.append(f"{role[:3]} {len(k)}/{ok}")
    base = sum(r["gold"] == "Antagonist" for r in rows) / max(1, n)
    print(f"{lang} {title}: mentions {n} (always-Antagonist {base:.3f}) | any item {anyi} | decisive {len(dec)} "
          f"right {right} ({right / max(1, len(dec)):.3f}) | coverage {len(dec) / max(1, n):.3f} | " + " · ".join(per))


def _sentence(r: dict) -> str:
    t = r["text"]
    s = max(t.rfind(c, 0, r["start"]) for c in ".!?\n।") + 1
    ends = [i for i in (t.find(c, r["end"]) for c in ".!?\n।") if i >= 0]
    e = min(ends) if ends else len(t)
    return (t[s:r["start"]] + "[[" + t[r["start"]:r["end"]] + "]]" + t[r["end"]:e + 1]).strip()


def _shown(oof: str) -> set[tuple[str, int, int]]:
    """``(article, start, end)`` of the mentions a ``research/cast_oof.py`` run shows at the shipped thresholds
    (``display.json``, as ``research/cast_display.py --shipped`` counts them)."""
    import json

    from cast_display import shown

    policy = json.loads((Path(__file__).resolve().parents[1] / "narrascope" / "models" / "framing" /
                         "display.json").read_text())
    rows = json.loads((Path(oof) / "oof.json").read_text())
    return {(r["article"], r["start"], r["end"]) for r in rows
            if shown(r, policy["thresholds"].get(r["lang"].upper(), {}).get(r["pred"]), r["lang"].upper(),
                     policy.get("evidence_required"), policy.get("no_cue_floor"))}


def main(argv: list[str]) -> None:
    data = Path(argv[0])
    opts = {a: int(argv[i + 1]) for i, a in enumerate(argv) if a in ("--wrong", "--missed")}
    langs = [a for a in argv[1:] if a.isalpha() and a.isupper()] or ["BG", "HI", "PT", "RU"]
    shown = _shown(argv[argv.index("--oof") + 1]) if "--oof" in argv else None
    for lang in langs:
        rows = rows_for(data, lang)
        report(lang, [r for r in rows if r["fold"] != 0], "folds 1-4")
        report(lang, [r for r in rows if r["fold"] == 0], "fold 0  ")
        tune = [r for r in rows if r["fold"] != 0]
        rng = random.Random(0)
        if opts.get("--wrong"):
            wrong = [r for r in tune if decisive(r["evidence"]) and decisive(r["evidence"]) != r["gold"]]
            print(f"-- wrong decisive items, folds 1-4 ({len(wrong)}):")
            for r in rng.sample(wrong, min(opts["--wrong"], len(wrong))):
                print(f"  gold {r['gold']} items {[i for i in r['evidence'] if i]} :: {_sentence(r)[:300]}")
        if opts.get("--missed"):
            missed = [r for r in tune if not any(r["evidence"])
                      and (shown is None or (r["article"], r["start"], r["end"]) in shown)]
            what = "shown by the model without items" if shown is not None else "without items"
            print(f"-- mentions {what}, folds 1-4 ({len(missed)}; gold roles "
                  f"{dict(Counter(r['gold'] for r in missed))}):")
            for r in rng.sample(missed, min(opts["--missed"], len(missed))):
                print(f"  gold {r['gold']} :: {_sentence(r)[:300]}")


if __name__ == "__main__":
    main(sys.argv[1:])
