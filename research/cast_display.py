"""Choose the cast's display thresholds (``narrascope/models/framing/display.json``) out of fold (issue 20).

Reads the out-of-fold predictions of ``research/cast_oof.py`` (5 article-grouped folds, the shipped model and
evidence reader). Per language and main role it picks the lowest main-role score whose precision on folds 1-4
reaches the role's target (at least ``MIN_SHOWN`` mentions shown; English roles only with evidence from the
parse); fold 0 is kept out of every choice and reported. Usage:

    python research/cast_display.py /tmp/cast_oof [--evidence EN,BG,...] [--write] [--shipped]
    python research/cast_display.py /tmp/cast_oof --no-cue [--write]

``--no-cue`` (stop 43) keeps the shipped thresholds (a role with none, never shown by its score alone, is tried with
an evidence item required: ``"HI:Antagonist"`` in ``evidence_required``, from the lowest score that reaches the
role's target) and chooses, per language on folds 1-4, the score a role with no
evidence item must reach to be shown (``no_cue_floor`` in ``display.json``): the lowest at which those roles are right
``NO_CUE_TARGET`` of the time (at least ``MIN_SHOWN`` of them; ``null``: none is shown without a cue), lowered where
needed so that the language's shown roles still cover ``NO_CUE_COVERAGE`` of its gold mentions; fold 0 reported.

``--evidence`` names the languages whose roles are shown only with evidence items (default: English only);
``--shipped`` also reports folds 1-4 and fold 0 at the thresholds of ``display.json`` (what the product shows).
Each row ends with how many shown roles have a cue that names an evidence item (and how many of those are right).
"""
import json
import sys
from pathlib import Path

from narrascope.models.cast_evidence import lone_weak

TARGETS = {"Antagonist": 0.85, "Protagonist": 0.6, "Innocent": 0.6}
EVIDENCE = ["EN"]
MIN_SHOWN = 8
NO_CUE_TARGET = 0.85  # a role the model alone proposes: the cast's strictest target (Antagonist's)
NO_CUE_COVERAGE = 0.30  # ... but a language keeps at least this share of its gold mentions covered (issue 20: 0.20)
ROLES = ("Protagonist", "Antagonist", "Innocent")
GRID = [round(0.34 + 0.01 * i, 2) for i in range(66)]


def shown(r, t, lang, evidence=None, floors=None):
    """Whether row ``r`` is shown at threshold ``t``; ``evidence``: the languages that require an evidence item
    (default: ``EVIDENCE``, what ``--evidence`` sets); ``floors``: the policy's ``no_cue_floor`` (as
    ``narrascope.analysers.framing.is_shown``; its ``mutual`` rule, no role without an item in a report of mutual
    blame, concerns no training article: none of them has such a lead)."""
    evidence = EVIDENCE if evidence is None else evidence
    k = ROLES.index(r["pred"])
    if not r["evidence"][k] and f"{lang}:{r['pred']}" in evidence:
        return False  # a role shown in this language only with an evidence item (Hindi villains, stop 43)
    if floors and lang in floors and not r["evidence"][k] and (floors[lang] is None or r["score"] < floors[lang]):
        return False  # no evidence item, and the model alone is not right often enough at this score
    if not r["evidence"][k] and (lang in evidence or any(e for j, e in enumerate(r["evidence"]) if j != k)):
        return False  # no evidence where it is required, or evidence only for another role
    if lone_weak(r["pred"], r["evidence"][k]):
        return False  # one brokering act alone is no hero (as narrascope.analysers.framing.is_shown)
    return t is not None and r["score"] >= t


def choose(rows):
    out = {}
    for lang in sorted({r["lang"] for r in rows}):
        out[lang] = {}
        for role in ROLES:
            mine = [r for r in rows if r["lang"] == lang and r["pred"] == role]
            pick = None
            for t in GRID:
                kept = [r for r in mine if shown(r, t, lang)]
                if len(kept) >= MIN_SHOWN and sum(r["gold"] == role for r in kept) / len(kept) >= TARGETS[role]:
                    pick = t
                    break
            out[lang][role] = pick
    return out


def choose_no_cue(rows, th, evidence):
    """Per language, the ``no_cue_floor`` (see the module docstring) at thresholds ``th``."""
    out = {}
    for lang in sorted({r["lang"] for r in rows}):
        bare = [r for r in rows if r["lang"] == lang and not r["evidence"][ROLES.index(r["pred"])]
                and shown(r, th.get(lang, {}).get(r["pred"]), lang, evidence)]
        mine = [r for r in rows if r["lang"] == lang]
        with_cue = sum(bool(r["evidence"][ROLES.index(r["pred"])])
                       and shown(r, th.get(lang, {}).get(r["pred"]), lang, evidence) for r in mine)

        def coverage(t, with_cue=with_cue, bare=bare, n=len(mine)):
            return (with_cue + sum(r["score"] >= t for r in bare)) / n

        out[lang] = None
        for t in GRID:
            kept = [r for r in bare if r["score"] >= t]
            if len(kept) >= MIN_SHOWN and sum(r["gold"] == r["pred"] for r in kept) / len(kept) >= NO_CUE_TARGET:
                out[lang] = t
                break
        if bare and coverage(out[lang] if out[lang] is not None else 1.01) < NO_CUE_COVERAGE:
            out[lang] = max((t for t in GRID if coverage(t) >= NO_CUE_COVERAGE), default=None)
    return out


def report(rows, th, title, evidence=None, floors=None):
    print(f"\n{title}")
    print("lang | mentions | always-Antagonist | shown | precision | coverage | per role: shown / right (precision)")
    for lang in sorted({r["lang"] for r in rows}) + ["ALL"]:
        mine = [r for r in rows if lang in ("ALL", r["lang"])]
        kept = [r for r in mine if shown(r, th.get(r["lang"], {}).get(r["pred"]), r["lang"], evidence, floors)]
        right = sum(r["gold"] == r["pred"] for r in kept)
        base = sum(r["gold"] == "Antagonist" for r in mine) / len(mine)
        acc = sum(r["gold"] == r["pred"] for r in mine) / len(mine)
        per = []
        for role in ROLES:
            k = [r for r in kept if r["pred"] == role]
            ok = sum(r["gold"] == role for r in k)
            per.append(f"{role[:3]} {len(k)}/{ok}" + (f" ({ok / len(k):.2f})" if k else ""))
        hv = sum(r["pred"] != "Antagonist" for r in kept)
        hv_ok = sum(r["pred"] != "Antagonist" and r["gold"] == r["pred"] for r in kept)
        named = [r for r in kept if r["evidence"][ROLES.index(r["pred"])]]  # a cue that names an evidence item
        print(f"{lang} | {len(mine)} | {base:.3f} | {len(kept)} | {right / max(1, len(kept)):.3f} | "
              f"{len(kept) / len(mine):.3f} | " + " · ".join(per) +
              f" | heroes+victims {hv} ({hv_ok} right) | mention main acc {acc:.3f}"
              f" | with an evidence cue {len(named)} ({sum(r['gold'] == r['pred'] for r in named)} right)")


def no_cue(tune, held, write=False):
    """``--no-cue``: the shipped thresholds, and the no-cue floor chosen on folds 1-4 (fold 0 reported)."""
    out = Path(__file__).resolve().parents[1] / "narrascope" / "models" / "framing" / "display.json"
    policy = json.loads(out.read_text())
    th, needed = policy["thresholds"], list(policy.get("evidence_required", EVIDENCE))
    for lang in sorted({r["lang"] for r in tune}):  # a role never shown by its score alone: shown with a cue?
        for role in ROLES:
            if th.get(lang, {}).get(role, 0) is not None or lang in needed:
                continue
            cued = [r for r in tune if r["lang"] == lang and r["pred"] == role
                    and shown(r, 0.0, lang, needed + [f"{lang}:{role}"])]
            for t in GRID:
                kept = [r for r in cued if r["score"] >= t]
                if len(kept) >= MIN_SHOWN and sum(r["gold"] == role for r in kept) / len(kept) >= TARGETS[role]:
                    th[lang][role] = t
                    needed.append(f"{lang}:{role}")
                    print(f"{lang} {role}: shown only with an evidence item, from {t} ({len(kept)} on folds 1-4)")
                    break
    floors = choose_no_cue(tune, th, needed)
    print("no-cue floors (chosen on folds 1-4, target", NO_CUE_TARGET, "):", json.dumps(floors))
    report(tune, th, "folds 1-4, shipped thresholds, no floor", needed)
    report(tune, th, "folds 1-4, shipped thresholds and the no-cue floors", needed, floors)
    report(held, th, "fold 0, shipped thresholds, no floor", needed)
    report(held, th, "fold 0, shipped thresholds and the no-cue floors (left out of the choice)", needed, floors)
    if write:
        policy["no_cue_floor"] = floors
        policy["no_cue_floor_annotated"] = floors  # (stop 47) cast_framed.py --no-cue-cover may lower it after
        policy["evidence_required"] = needed
        policy["no_cue_floor_chosen_on"] = (f"research/cast_display.py --no-cue on folds 1-4 (target {NO_CUE_TARGET}, "
                                            "fold 0 reported)")
        out.write_text(json.dumps(policy, indent=1) + "\n")
        print("wrote", out, "- now run research/cast_framed.py --no-cue-cover DIR --write again (stop 47): it lowers "
              "these floors where the entities the reading finds cover too little")


def main(path, write=False, shipped=False):
    rows = json.loads((Path(path) / "oof.json").read_text())
    for r in rows:
        r["lang"] = r["lang"].upper()
    tune = [r for r in rows if r["fold"] != 0]
    held = [r for r in rows if r["fold"] == 0]
    if "--no-cue" in sys.argv:
        no_cue(tune, held, write)
        return
    th = choose(tune)
    print("thresholds (chosen on folds 1-4):", json.dumps(th))
    report(tune, th, "folds 1-4 (tuning; in-sample for the thresholds)")
    report(held, th, "fold 0 (left out of every choice)")
    report(rows, th, "all 5 folds (thresholds from folds 1-4)")
    if shipped:  # what the product shows: the thresholds in display.json, not the ones chosen again here
        policy = json.loads((Path(__file__).resolve().parents[1] / "narrascope" / "models" / "framing" /
                             "display.json").read_text())
        needed, floors = policy.get("evidence_required", EVIDENCE), policy.get("no_cue_floor")
        report(tune, policy["thresholds"], "folds 1-4, shipped thresholds (display.json)", needed, floors)
        report(held, policy["thresholds"], "fold 0, shipped thresholds (display.json)", needed, floors)
    if write:
        out = Path(__file__).resolve().parents[1] / "narrascope" / "models" / "framing" / "display.json"
        old = json.loads(out.read_text()) if out.exists() else {}
        policy = {"targets": TARGETS, "evidence_required": EVIDENCE, "min_shown": MIN_SHOWN,
                  "chosen_on": "out-of-fold predictions of folds 1-4 (research/cast_oof.py)", "thresholds": th}
        for key in ("entity_framed_floor", "entity_framed_floor_chosen_on", "no_cue_floor", "no_cue_floor_chosen_on",
                    "no_cue_floor_annotated"):
            if key in old:
                policy[key] = old[key]
        print("kept no_cue_floor; run --no-cue --write again to choose it at these thresholds (it also restores role-"
              "level evidence_required entries such as HI:Antagonist, which this --write drops)")
        if "entity_framed_floor" in old:
            print("kept entity_framed_floor; it was chosen with the thresholds before these: rerun "
                  "research/cast_framed.py (--analyse --write) to choose it again")
        out.write_text(json.dumps(policy, indent=1) + "\n")


if __name__ == "__main__":
    if "--evidence" in sys.argv:
        EVIDENCE = sys.argv[sys.argv.index("--evidence") + 1].upper().split(",")
    main(sys.argv[1], "--write" in sys.argv, "--shipped" in sys.argv)
