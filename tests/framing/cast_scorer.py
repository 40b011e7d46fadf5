"""Score the shown cast of an analysis against a hand-written gold (issue 20, tests/framing/articles/cast/).

Gold: ``{"cast": {stem: main role}, "unframed": [stems]}``. Every entity the cast shows is matched by stem
(lower-case substring of its name or of one of its mentions' texts; the name is tried first, then the longest
matching stem): right if its shown main role equals the gold role, wrong if it differs or the stem is
unframed; an entity matching no stem is not counted but listed. Usage (prints per article and in total):

    PYTHONPATH=$PWD python tests/framing/cast_scorer.py tests/framing/articles/cast
"""
import json
import sys
from collections import Counter
from pathlib import Path

ROLE_KEYS = {"protagonists": "Protagonist", "antagonists": "Antagonist", "innocents": "Innocent"}
SHORT = {"Protagonist": "heroes", "Antagonist": "villains", "Innocent": "victims"}


def match_stem(name: str, mentions: list[str], stems) -> str | None:
    """The gold stem naming this entity: one found in its name (longest first), else in a mention."""
    for texts in ([name], mentions):
        hits = [s for s in stems if any(s in t.lower() for t in texts)]
        if hits:
            return max(hits, key=len)
    return None


def score(analysis: dict, gold: dict) -> dict:
    """Counts for one analysis (the JSON document of ``analyze -f json``) against its gold."""
    mentions = {e["id"]: [m["text"] for m in e["mentions"]] for e in analysis["entities"]}
    stems = list(gold["cast"]) + list(gold.get("unframed", []))
    c: Counter = Counter()
    rows, unmatched = [], []
    cast = analysis.get("cast") or {}
    for key, role in ROLE_KEYS.items():
        for item in cast.get(key, []):
            if not item.get("shown"):
                continue
            stem = match_stem(item["name"], mentions.get(item["entity"], []), stems)
            if stem is None:
                unmatched.append(f"{item['name']}={role}")
                continue
            ok = gold["cast"].get(stem) == role
            c["shown"] += 1
            c["right"] += ok
            c[SHORT[role] + "_shown"] += 1
            c[SHORT[role] + "_right"] += ok
            rows.append(f"{'+' if ok else '-'} {item['name']}={role} (gold {gold['cast'].get(stem, 'unframed')})")
    covered = set()
    for e in analysis["entities"]:
        for key, role in ROLE_KEYS.items():
            for item in cast.get(key, []):
                if item.get("shown") and item["entity"] == e["id"]:
                    s = match_stem(e["name"], mentions[e["id"]], list(gold["cast"]))
                    if s is not None and gold["cast"][s] == role:
                        covered.add(s)
    c["gold_framed"] = len(gold["cast"])
    c["covered"] = len(covered)
    return {"counts": c, "rows": rows, "unmatched": unmatched}


def score_folder(folder, pipeline=None) -> tuple[dict, Counter]:
    """Analyse every ``*.txt`` with a ``.gold.json`` beside it; per-article results and the total counts."""
    from narrascope import load_pipeline, read_path

    pipeline = pipeline or load_pipeline()
    out, total = {}, Counter()
    for txt in sorted(Path(folder).glob("*.txt")):
        gold = json.loads(txt.with_suffix(".gold.json").read_text())
        analysis = json.loads(pipeline(read_path(txt)).model_dump_json())
        out[txt.stem] = score(analysis, gold)
        total.update(out[txt.stem]["counts"])
    return out, total


def assert_floors(results: dict, total: Counter, articles: int, right: int, wrong: int, unmatched: int | None = None,
                  hv_right: int | None = None) -> None:
    """The written-article gates' floors: ``articles`` scored, at least ``right`` shown roles right, at most ``wrong``
    wrong, at most ``unmatched`` shown entities no gold stem matches (not scored), at least ``hv_right`` heroes and
    victims right."""
    rows = {name: r["rows"] for name, r in results.items() if r["rows"]}
    assert len(results) == articles, sorted(results)
    assert total["right"] >= right and total["shown"] - total["right"] <= wrong, (dict(total), rows)
    if hv_right is not None:
        assert total["heroes_right"] + total["victims_right"] >= hv_right, dict(total)
    if unmatched is not None:
        assert sum(len(r["unmatched"]) for r in results.values()) <= unmatched, \
            {n: r["unmatched"] for n, r in results.items() if r["unmatched"]}


def line(c: Counter) -> str:
    p = c["right"] / c["shown"] if c["shown"] else float("nan")
    return (f"shown {c['shown']} right {c['right']} P {p:.3f} | " + " ".join(
        f"{k} {c[k + '_right']}/{c[k + '_shown']}" for k in ("villains", "heroes", "victims"))
        + f" | gold covered {c['covered']}/{c['gold_framed']}")


if __name__ == "__main__":
    results, total = score_folder(sys.argv[1] if len(sys.argv) > 1 else "tests/framing/articles/cast")
    for name, r in results.items():
        print(f"{name}: {line(r['counts'])}")
        for row in r["rows"]:
            print("   ", row)
        if r["unmatched"]:
            print("    not in gold:", ", ".join(r["unmatched"]))
    print("TOTAL:", line(total))
