"""Entity framing: the official measures, cross-validation, and the SemEval subtask-1 export.

Official measures (SemEval-2025 Task 10, subtask 1), per mention:

* **exact match ratio**: share of mentions whose predicted fine-role *set* equals the gold set;
* **micro-F1** over fine roles: true positives, predicted and gold (mention, fine role) pairs pooled;
* **main-role accuracy**: share of mentions whose main role is right.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError, InputError, UsageError
from ..metrics import article_folds
from ..models.role_classifier import MentionInput, RoleClassifier, load_role_model
from ..taxonomy.roles import MAIN_ROLES, fine_roles
from ..training.framing import training_examples


@dataclass(frozen=True)
class RoleScores:
    """Official subtask-1 measures over ``n`` mentions."""

    exact_match: float
    micro_f1: float
    main_accuracy: float
    n: int

    def as_dict(self) -> dict:
        """Rounded values for reports and JSON."""
        return {"exact_match": round(self.exact_match, 4), "micro_f1": round(self.micro_f1, 4),
                "main_accuracy": round(self.main_accuracy, 4), "n": self.n}


def role_scores(gold: Sequence[tuple[str, Sequence[str]]], pred: Sequence[tuple[str, Sequence[str]]]) -> RoleScores:
    """Exact match ratio, micro-F1 of fine roles and main-role accuracy of ``pred`` against ``gold``.

    Each item is ``(main_role, fine_roles)``; fine roles are compared as sets.
    """
    if len(gold) != len(pred):
        raise DataError(f"{len(gold)} gold mentions but {len(pred)} predictions")
    if not gold:
        return RoleScores(0.0, 0.0, 0.0, 0)
    exact = tp = n_pred = n_gold = main_ok = 0
    for (gm, gf), (pm, pf) in zip(gold, pred):
        g, p = set(gf), set(pf)
        exact += g == p
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
        main_ok += gm == pm
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0
    n = len(gold)
    return RoleScores(exact / n, f1, main_ok / n, n)


def _by_language(langs: list[str], gold, pred) -> dict[str, dict]:
    out = {}
    for lang in sorted(set(langs)) + ["ALL"]:
        idx = [i for i, l in enumerate(langs) if lang in ("ALL", l)]
        out[lang] = role_scores([gold[i] for i in idx], [pred[i] for i in idx]).as_dict()
    return out


def _as_pairs(predictions) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.main_role, tuple(f for f, _ in p.fine_roles)) for p in predictions]


def cross_validate_framing(data: Path, k: int = 5, folds: Sequence[int] | None = None,
                           langs: list[str] | None = None, model: RoleClassifier | None = None) -> dict:
    """K-fold CV on a SemEval-2025 ``train`` folder, grouped by article and stratified by language.

    ``folds`` restricts which folds are held out (e.g. ``[0]`` for a quick check). Returns scores per
    language and overall, plus timing.
    """
    X, y, ids = training_examples(Path(data), langs)
    articles = sorted(set(ids))
    text_of = {a: X[ids.index(a)].text for a in articles}
    lang_of = {a: X[ids.index(a)].lang for a in articles}
    fold_list = article_folds(articles, [text_of[a] for a in articles], [lang_of[a] for a in articles], k=k)
    fold_of = dict(zip(articles, fold_list))
    gold, pred, mlangs, scores, found_all = [], [], [], [], []
    t0 = time.perf_counter()
    for f in (folds if folds is not None else range(k)):
        train = [i for i in range(len(X)) if fold_of[ids[i]] != f]
        test = [i for i in range(len(X)) if fold_of[ids[i]] == f and y[i] is not None]
        clf = type(model)(**model.get_params()) if model is not None else RoleClassifier()
        clf.fit([X[i] for i in train], [y[i] for i in train])
        found = clf.predict([X[i] for i in test])
        pred += _as_pairs(found)
        found_all += found
        scores += [p.main_score for p in found]
        gold += [y[i] for i in test]
        mlangs += [X[i].lang for i in test]
    return {"k": k, "folds": list(folds) if folds is not None else list(range(k)),
            "scores": _by_language(mlangs, gold, pred), "cast": cast_precision(gold, pred, scores, mlangs),
            "display": display_precision(gold, found_all, mlangs),
            "seconds": round(time.perf_counter() - t0, 1)}


def display_precision(gold, predictions, langs, policy: dict | None = None) -> dict:
    """What the cast shows under the display policy (``models/framing/display.json``: evidence from the parse
    where required, a per-language, per-main-role threshold), per language and overall, scored on the annotated
    mentions one by one. The policy's entity framed floor (``entity_framed_floor``) is not applied here: it acts
    on whole entities found by the entities layer, including the ones nobody annotated, and is measured by
    ``research/cast_framed.py`` (framing model card).

    ``{lang: {"n", "always_antagonist", "main_accuracy", "shown", "right", "precision", "coverage",
    "heroes_victims_shown", "heroes_victims_right", "roles": {role: {"shown", "right", "precision"}}}}``.
    """
    from ..analysers.framing import contradicted, display_policy, is_shown

    policy = policy or display_policy()
    out = {}
    for lang in sorted(set(langs)) + ["ALL"]:
        idx = [i for i, l in enumerate(langs) if lang in ("ALL", l)]
        shown = [i for i in idx if is_shown(predictions[i].main_role, predictions[i].main_score,
                                            predictions[i].evidence[MAIN_ROLES.index(predictions[i].main_role)],
                                            langs[i], policy, contradicted(predictions[i].evidence,
                                                                           MAIN_ROLES.index(predictions[i].main_role)))]
        right = [i for i in shown if gold[i][0] == predictions[i].main_role]
        hv = [i for i in shown if predictions[i].main_role != "Antagonist"]
        roles = {}
        for role in MAIN_ROLES:
            k = [i for i in shown if predictions[i].main_role == role]
            ok = sum(gold[i][0] == role for i in k)
            roles[role] = {"shown": len(k), "right": ok, "precision": round(ok / len(k), 4) if k else None}
        n = len(idx)
        out[lang] = {"n": n,
                     "always_antagonist": round(sum(gold[i][0] == "Antagonist" for i in idx) / n, 4) if n else 0.0,
                     "main_accuracy": round(sum(gold[i][0] == predictions[i].main_role for i in idx) / n, 4)
                     if n else 0.0,
                     "shown": len(shown), "right": len(right),
                     "precision": round(len(right) / len(shown), 4) if shown else 0.0,
                     "coverage": round(len(shown) / n, 4) if n else 0.0,
                     "heroes_victims_shown": len(hv),
                     "heroes_victims_right": sum(gold[i][0] == predictions[i].main_role for i in hv),
                     "roles": roles}
    return out


#: Main-role score thresholds at which the cast's precision is reported.
CAST_THRESHOLDS = (0.45, 0.5, 0.6, 0.7, 0.8, 0.9)


def cast_precision(gold, pred, scores, langs, thresholds=CAST_THRESHOLDS) -> dict:
    """Precision and coverage of the main roles whose score clears each threshold (what the cast would list).

    ``{threshold: {lang: {"precision", "coverage", "n"}}}``: precision is the share of listed mentions whose
    main role is right, coverage the share of annotated mentions listed at all.
    """
    out = {}
    for t in thresholds:
        row = {}
        for lang in sorted(set(langs)) + ["ALL"]:
            idx = [i for i, l in enumerate(langs) if lang in ("ALL", l)]
            kept = [i for i in idx if scores[i] >= t]
            right = sum(gold[i][0] == pred[i][0] for i in kept)
            row[lang] = {"precision": round(right / len(kept), 4) if kept else 0.0,
                         "coverage": round(len(kept) / len(idx), 4) if idx else 0.0, "n": len(kept)}
        out[f"{t:.2f}"] = row
    return out


def evaluate_framing(data: Path, model_dir: Path | None = None, langs: list[str] | None = None) -> dict:
    """Score a trained model (the shipped one by default) on the annotated mentions of ``data``."""
    X, y, _ = training_examples(Path(data), langs, negatives_per_article=0)
    clf = load_role_model(model_dir)
    return {"scores": _by_language([m.lang for m in X], y, _as_pairs(clf.predict(X)))}


# -- SemEval subtask-1 export ----------------------------------------------------------------------------
def read_mentions_file(path: Path) -> list[tuple[str, str, int, int]]:
    """Lines ``article_id<TAB>mention<TAB>start<TAB>end`` (``end`` inclusive), in file order."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such mentions file")
    out = []
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            raise InputError(f"{path}:{lineno}: expected article_id, mention, start, end separated by tabs")
        try:
            start, end = int(cols[2]), int(cols[3])
        except ValueError:
            raise InputError(f"{path}:{lineno}: start and end must be integers") from None
        out.append((cols[0], cols[1], start, end))
    return out


def _find_document(docs_dir: Path, article_id: str) -> Path | None:
    for cand in (docs_dir / article_id, *docs_dir.glob(f"*/{article_id}")):
        if cand.is_file():
            return cand
    return None


def export_st1(docs_dir: Path, mentions_file: Path, out: Path, model_dir: Path | None = None) -> int:
    """Write the subtask-1 submission: one output line per input line, in the same order.

    Each line is ``article_id, mention, start, end`` exactly as given (``end`` inclusive), then the main
    role and one or more fine roles, tab-separated. Returns the number of lines written.
    """
    from ..language import detect_language, language_from_filename
    from ..training.semeval2025 import resolve_offsets

    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        raise UsageError(f"{docs_dir}: not a folder of SemEval documents")
    lines = read_mentions_file(mentions_file)
    from ..training.framing import parse_articles, parsed_quotes

    texts: dict[str, str] = {}
    found = []
    for aid, mention, start, end in lines:
        if aid not in texts:
            f = _find_document(docs_dir, aid)
            if f is None:
                raise InputError(f"{aid}: listed in {mentions_file} but not found under {docs_dir}")
            texts[aid] = f.read_bytes().decode("utf-8")
        text = texts[aid]
        s, e = resolve_offsets(text, mention, start, end + 1)
        s, e = max(0, min(s, len(text))), max(0, min(e, len(text)))
        lang = (detect_language(text) or language_from_filename(aid) or "").upper()
        found.append((aid, s, max(e, s), lang))
    # The model reads each article's Document sentences and parse, as in the pipeline.
    docs = parse_articles({aid: (texts[aid], lang) for aid, _, _, lang in found})
    quotes = parsed_quotes(docs, {aid: lang for aid, _, _, lang in found})
    inputs = [MentionInput(texts[aid], s, e, lang, docs[aid], quotes=quotes.get(aid)) for aid, s, e, lang in found]
    preds = load_role_model(model_dir).predict(inputs)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for (aid, mention, start, end), p in zip(lines, preds):
            roles = [f for f, _ in p.fine_roles]
            fh.write("\t".join([aid, mention, str(start), str(end), p.main_role, *roles]) + "\n")
    return len(preds)


def validate_st1_line(line: str) -> None:
    """Raise :class:`DataError` unless ``line`` is a well-formed subtask-1 prediction with valid roles."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 6:
        raise DataError(f"expected at least 6 tab-separated fields: {line!r}")
    if cols[4] not in MAIN_ROLES:
        raise DataError(f"unknown main role {cols[4]!r}")
    allowed = set(fine_roles(cols[4]))
    bad = [f for f in cols[5:] if f not in allowed]
    if bad:
        raise DataError(f"fine role(s) {bad} do not belong to {cols[4]}")


def format_scores(result: dict) -> str:
    """A small plain-text table of per-language scores."""
    rows = ["lang   n     exact  microF1  main"]
    for lang, s in result["scores"].items():
        rows.append(f"{lang:<5} {s['n']:>5}  {s['exact_match']:.3f}  {s['micro_f1']:.3f}    {s['main_accuracy']:.3f}")
    cast = result.get("cast")
    if cast:
        rows.append("cast (main score >= t): precision / coverage, all languages")
        for t, row in cast.items():
            rows.append(f"  t={t}  {row['ALL']['precision']:.3f} / {row['ALL']['coverage']:.3f}"
                        + "".join(f"  {lang} {v['precision']:.3f}/{v['coverage']:.3f}"
                                  for lang, v in row.items() if lang != "ALL"))
    display = result.get("display")
    if display:
        rows.append("display (shown roles; models/framing/display.json): shown, precision, coverage, "
                    "always-Antagonist, heroes+victims shown (right), per role shown/right")
        for lang, v in display.items():
            per = "  ".join(f"{r[:3]} {x['shown']}/{x['right']}" for r, x in v["roles"].items())
            hv = f"{v['heroes_victims_shown']} ({v['heroes_victims_right']})"
            rows.append(f"  {lang:<4} {v['shown']:>5}  {v['precision']:.3f}  {v['coverage']:.3f}  "
                        f"{v['always_antagonist']:.3f}  {hv}  {per}")
    return "\n".join(rows)


__all__ = ["RoleScores", "cast_precision", "cross_validate_framing", "display_precision", "evaluate_framing",
           "export_st1", "format_scores", "read_mentions_file", "role_scores", "validate_st1_line"]
