"""How the BG/HI/PT/RU group finder (narrascope/analysers/multilingual_groups.py) meets the SemEval-2025 gold
(branch groups44). Per language, on the annotated training articles of the chosen folds (the 5 article-grouped
folds of ``cross_validate_framing``, as ``research/cast_oof.py`` gets them):

- gold groups: annotated mentions that name a group of people by a common noun: written in lower case, or whose last
  word is lower case and plural (RU: a plural reading of pymorphy3; BG: -и/-а/-е with or without the article; PT:
  -s); Hindi (no case): whose last word is a plural oblique noun (-ों) or a head of the finder's lists;
- recall: the share of them a found group overlaps (and, for comparison, the share any mention of the entities layer
  overlaps, a name or a national group such as "российские военные" included);
- marked: the share of the found groups that overlap an annotated mention (any), with the found and marked counts
  of each head (``--heads``): a head the annotators mostly leave unmarked costs precision at display.

With ``--shown N``, the whole pipeline also runs on the first N of those articles per language and counts the groups
the cast shows, those that overlap an annotated mention, and those whose shown role is that mention's: what the
groups cost at display.

Runs the entities layer's name finder and the group finder on each article (no model is trained; a minute or so;
``--shown 40``: some minutes more). Prints figures only, no text of the data. Usage:

    PYTHONPATH=. nice python research/group_mentions.py ../shared/data/semeval2025-task10/train [--folds 1,2,3,4]
        [--heads] [--shown N]
"""
import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from narrascope.analysers.entities import _aliases_for, load_tagger
from narrascope.analysers.multilingual_groups import head_of, people_group_key, people_groups
from narrascope.analysers.multilingual_names import multilingual_names
from narrascope.analysers.spacy_parse import load_blank
from narrascope.lang.ru import morph
from narrascope.metrics import article_folds
from narrascope.training.semeval2025 import load_documents, load_role_labels

LANGS = ("BG", "HI", "PT", "RU")
_WORD = re.compile(r"[\w\u0900-\u097F]+")


def is_gold_group(mention: str, lang: str) -> bool:
    """Whether an annotated mention names a group of people by a common noun (see the module's docstring)."""
    words = _WORD.findall(mention)
    if not words:
        return False
    last = words[-1]
    if lang == "hi":
        return last.endswith("ों") or head_of(last, "hi") is not None
    if mention.islower():
        return True
    if not last.islower():
        return False
    if lang == "ru":
        return any(p.tag.number == "plur" and p.tag.POS in ("NOUN", "ADJF") for p in morph().parse(last)[:1])
    if lang == "bg":
        return last.endswith(("и", "а", "е", "ите", "ата", "ете"))
    return last.endswith("s")


def shown_line(articles: list[str], docs, gold, roles) -> str:
    """The groups the default pipeline's cast shows on ``articles``, and how they meet the annotated mentions."""
    from narrascope import load_pipeline
    from narrascope.article import Article

    pipeline = load_pipeline()
    c: Counter = Counter()
    unmarked: Counter = Counter()
    for a in articles:
        analysis = pipeline(Article(docs[a].text, language=docs[a].lang.lower()))
        for e in analysis.entities:
            if e.type != "GROUP":
                continue
            c["groups"] += 1
            if e.role is None or not e.role.shown:
                continue
            c["shown"] += 1
            hits = [(s, t) for s, t in gold[a] for m in e.mentions if m.start < t and s < m.end]
            c["marked"] += bool(hits)
            c["right"] += any(roles[(a, s, t)] == e.role.main_role for s, t in hits)
            if not hits:
                unmarked[people_group_key(e.name, docs[a].lang.lower()).split()[-1]] += 1
    return (f"pipeline on {len(articles)} articles: {c['groups']} groups, {c['shown']} shown, {c['marked']} of them "
            f"marked, {c['right']} with the annotated role; shown unmarked by head: "
            + ", ".join(f"{h} {n}" for h, n in unmarked.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--folds", default="1,2,3,4", help="comma-separated folds read (0 is held out)")
    ap.add_argument("--heads", action="store_true", help="also each head's found and marked counts")
    ap.add_argument("--shown", type=int, default=0, help="run the pipeline on N articles per language: shown groups")
    args = ap.parse_args()
    folds = {int(f) for f in args.folds.split(",")}
    data = Path(args.data)
    docs = load_documents(data)
    labels = load_role_labels(data, None, docs)
    annotated = sorted({r.article_id for r in labels if r.article_id in docs})
    fold_of = dict(zip(annotated, article_folds(annotated, [docs[a].text for a in annotated],
                                                [docs[a].lang for a in annotated], k=5)))
    gold = defaultdict(list)
    roles = {}
    for r in labels:
        gold[r.article_id].append((r.start, r.end))
        roles[(r.article_id, r.start, r.end)] = r.main_role
    tagger = load_tagger()
    for lang in LANGS:
        code = lang.lower()
        nlp = load_blank(code)
        c: Counter = Counter()
        heads: dict[str, Counter] = defaultdict(Counter)
        for a in annotated:
            if docs[a].lang != lang or fold_of[a] not in folds:
                continue
            text = docs[a].text
            raw = multilingual_names(nlp(text), code, tagger, aliases=_aliases_for(code))
            out = people_groups(text, code, raw)
            found = [(s, e) for s, e, _, label in out if label == "GROUP"]
            c["articles"] += 1
            c["gold"] += len(gold[a])
            for s, e in gold[a]:
                if is_gold_group(text[s:e], code):
                    c["gold_groups"] += 1
                    c["recalled"] += any(fs < e and s < fe for fs, fe in found)
                    c["any"] += any(fs < e and s < fe for fs, fe, _, _ in out)
            for fs, fe in found:
                marked = any(fs < e and s < fe for s, e in gold[a])
                c["found"] += 1
                c["marked"] += marked
                head = people_group_key(text[fs:fe], code).split()[-1]
                heads[head]["found"] += 1
                heads[head]["marked"] += marked
        recall = c["recalled"] / c["gold_groups"] if c["gold_groups"] else float("nan")
        share = c["marked"] / c["found"] if c["found"] else float("nan")
        print(f"{lang} folds {args.folds}: {c['articles']} articles, {c['gold']} gold mentions, "
              f"{c['gold_groups']} gold groups, recall {c['recalled']}/{c['gold_groups']} = "
              f"{recall:.3f} (any entity mention {c['any']}); found {c['found']} groups, marked {c['marked']} = "
              f"{share:.3f}")
        if args.shown:
            chosen = [a for a in annotated if docs[a].lang == lang and fold_of[a] in folds][:args.shown]
            print("    " + shown_line(chosen, docs, gold, roles))
        if args.heads:
            for head, n in sorted(heads.items(), key=lambda kv: -kv[1]["found"]):
                print(f"    {head}: found {n['found']}, marked {n['marked']}")


if __name__ == "__main__":
    main()
