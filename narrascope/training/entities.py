"""Training data and training of the name-mention tagger (``narrascope train entities``).

Examples are the SemEval-2025 Task 10 train articles of each language, tokenised by the Document's own
tokenizer (the blank spaCy pipeline of the ``spacy`` analyser, on the unwrapped text), with the subtask-1
gold mentions as B/I tags. The gazetteer is the set of every gold mention of every language (lower-cased,
tokenised the same way).
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..models.mention_tagger import MentionTagger, doc_tokens
from .semeval2025 import load_documents, load_role_labels

#: Languages the tagger is trained for (English has spaCy's NER).
TAGGER_LANGS = ("BG", "HI", "PT", "RU")


@dataclass
class TaggedDoc:
    """One article: id, language, tokens (no whitespace tokens), their character offsets, sentence starts,
    gold tags (0 O, 1 B, 2 I) and the gold spans (character offsets, end exclusive)."""

    id: str
    lang: str
    text: str
    tokens: list[str]
    offsets: list[tuple[int, int]]
    sent_starts: list[bool]
    tags: list[int]
    gold: set[tuple[int, int]]


def load_tagged(data: str | Path, langs: list[str] | None = None) -> list[TaggedDoc]:
    """Every article of ``data`` with subtask-1 labels, tokenised and tagged (see the module docstring)."""
    from ..analysers.spacy_parse import load_blank, nlp_for, unwrap

    langs = langs or list(TAGGER_LANGS)
    docs = load_documents(Path(data), langs)
    gold: dict[str, set[tuple[int, int]]] = {}
    for m in load_role_labels(Path(data), langs, docs):
        gold.setdefault(m.article_id, set()).add((m.start, m.end))
    if not gold:
        raise DataError(f"{data}: no subtask-1 labels for {langs}")
    out = []
    for aid in sorted(gold):
        d = docs.get(aid)
        if d is None:
            continue
        # English only feeds the gazetteer: its tokens are enough (no parse).
        nlp = nlp_for(d.lang.lower()) if d.lang in TAGGER_LANGS else load_blank(d.lang.lower())
        doc = nlp(unwrap(d.text))
        toks, offs, starts = doc_tokens(doc)
        tags = [0] * len(toks)
        by_start = {s: i for i, (s, _) in enumerate(offs)}
        by_end = {e: i for i, (_, e) in enumerate(offs)}
        for s, e in sorted(gold[aid], key=lambda se: (se[0], -se[1])):
            i, j = by_start.get(s), by_end.get(e)
            if i is None or j is None or j < i or any(tags[k] for k in range(i, j + 1)):
                continue  # not on token boundaries, or nested in a longer mention
            tags[i] = 1
            for k in range(i + 1, j + 1):
                tags[k] = 2
        out.append(TaggedDoc(aid, d.lang, d.text, toks, offs, starts, tags, gold[aid]))
    return out


def known_countries() -> set[str]:
    """Country, capital and bloc names the language modules list (``COUNTRIES``, lower case)."""
    from importlib import import_module

    out = set()
    for lang in TAGGER_LANGS:
        out |= {w.lower() for w in getattr(import_module(f"narrascope.lang.{lang.lower()}"), "COUNTRIES", ())}
    return out


def gazetteer_from(docs: list[TaggedDoc]) -> set[str]:
    """Lower-cased, tokenised gold mentions of ``docs`` (every language), and the known countries."""
    gaz = known_countries()
    for d in docs:
        for i, tag in enumerate(d.tags):
            if tag == 1:
                j = i + 1
                while j < len(d.tags) and d.tags[j] == 2:
                    j += 1
                gaz.add(" ".join(t.lower() for t in d.tokens[i:j]))
    return gaz


def propagate_tags(docs: list[TaggedDoc], gazetteer: set[str], min_ratio: float = 0.05) -> list[list[int]]:
    """Tags with every name the annotators marked extended to its other occurrences.

    Subtask-1 gold marks only the *framed* mentions, so "Русия" is a mention in one sentence and an untagged
    word in the next; trained on that, a tagger learns to miss names. A gazetteer name is tagged wherever it
    occurs in an article that marks it, and everywhere when at least ``min_ratio`` of its occurrences in the
    training articles are marked (so "Русия" is always a name, a common noun marked once is not) or when it is
    a known country (:func:`known_countries`).
    """
    from ..models.mention_tagger import gazetteer_tags

    matches = []
    seen, marked = Counter(), Counter()
    for d in docs:
        low = [t.lower() for t in d.tokens]
        g = gazetteer_tags(low, gazetteer)
        found = []
        i = 0
        while i < len(g):
            if g[i] == "B":
                j = i + 1
                while j < len(g) and g[j] == "I":
                    j += 1
                name = " ".join(low[i:j])
                gold = d.tags[i] == 1 and all(t == 2 for t in d.tags[i + 1:j]) and (j == len(d.tags) or d.tags[j] != 2)
                found.append((i, j, name))
                seen[name] += 1
                marked[name] += gold
                i = j
            else:
                i += 1
        matches.append(found)
    countries = known_countries()
    out = []
    for d, found in zip(docs, matches):
        tags = list(d.tags)
        in_doc = {name for i, j, name in found if tags[i] == 1}
        for i, j, name in found:
            if all(t == 0 for t in tags[i:j]) and (
                    name in in_doc or name in countries or marked[name] >= min_ratio * seen[name]):
                tags[i] = 1
                for k in range(i + 1, j):
                    tags[k] = 2
        out.append(tags)
    return out


def fit_tagger(docs: list[TaggedDoc], langs: tuple[str, ...] = TAGGER_LANGS, min_ratio: float = 0.05,
               **params) -> MentionTagger:
    """A tagger trained on ``docs`` of ``langs`` (tags propagated: :func:`propagate_tags`), its gazetteer taken
    from every document given."""
    gaz = gazetteer_from(docs)
    chosen = [d for d in docs if d.lang in langs]
    tags = propagate_tags(chosen, gaz, min_ratio) if min_ratio is not None else [d.tags for d in chosen]
    seqs = [(d.lang, d.tokens, d.sent_starts, t) for d, t in zip(chosen, tags)]
    return MentionTagger(**params).fit(seqs, gaz)


def train_entities(data: str | Path, out: str | Path) -> tuple[MentionTagger, dict]:
    """Train the shipped mention tagger on every labelled article of ``data`` and write it to ``out``."""
    t0 = time.time()
    docs = load_tagged(data, ["BG", "EN", "HI", "PT", "RU"])
    tagger = fit_tagger(docs)
    summary = {"articles": sum(d.lang in TAGGER_LANGS for d in docs),
               "mentions": sum(len(d.gold) for d in docs if d.lang in TAGGER_LANGS),
               "gazetteer": len(tagger.gazetteer_), "train_seconds": round(time.time() - t0, 1)}
    tagger.save(out, {"training": {k: v for k, v in summary.items() if k != "train_seconds"}})
    return tagger, summary
