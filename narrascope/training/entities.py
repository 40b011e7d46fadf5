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
#: Per-language settings that differ from the tagger's common ones. Hindi has no capitals, so its new names
#: come from context alone: a stronger L2 penalty (less trust in single features such as the gazetteer) and a
#: larger O penalty (chosen on folds 1-4 of the grouped CV and a hand-judged junk sample, see the model card).
LANG_PARAMS = {"HI": {"alpha": 1e-4, "o_bias": 3.0}}


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


def _gold_spans(tags: list[int]) -> set[tuple[int, int]]:
    """Token spans ``[i, j)`` of the B(I*) runs of ``tags``."""
    out, i = set(), 0
    while i < len(tags):
        if tags[i] == 1:
            j = i + 1
            while j < len(tags) and tags[j] == 2:
                j += 1
            out.add((i, j))
            i = j
        else:
            i += 1
    return out


def propagate_tags(docs: list[TaggedDoc], gazetteer: set[str], min_ratio: float = 0.05,
                   sure: set[str] | None = None) -> list[list[int]]:
    """Tags with every name the annotators marked extended to its other occurrences.

    Subtask-1 gold marks only the *framed* mentions, so "Русия" is a mention in one sentence and an untagged
    word in the next; trained on that, a tagger learns to miss names. A gazetteer name is tagged wherever it
    occurs in an article that marks it, and everywhere when at least ``min_ratio`` of its occurrences in the
    training articles are marked (so "Русия" is always a name, a common noun marked once is not) or when it is
    a known country (:func:`known_countries`).

    Every occurrence of every gazetteer name counts, nested ones included ("मोदी" inside "पीएम मोदी"). Where
    names nest, the longest one that qualifies is tagged, except a name (not marked in the article itself)
    whose occurrences the annotators more often cut to a shorter name inside it than mark whole ("पीएम [मोदी]",
    "प्रधानमंत्री [मोदी]": the title is left out), which gives way to that shorter name. Before, only the
    longest name was tried: an untagged "पीएम मोदी" left "मोदी" untagged too, and the tagger learned that
    "मोदी" after "पीएम" is no name (130 such occurrences in Hindi training text). ``sure``, where given, receives
    the names tagged in every article (known countries and names marked often enough).
    """
    from ..models.mention_tagger import _MAX_GAZ_LEN

    seen, marked, inner = Counter(), Counter(), Counter()
    lows, golds = [], []
    for d in docs:
        low = [t.lower() for t in d.tokens]
        gold = _gold_spans(d.tags)
        lows.append(low)
        golds.append(gold)
        n = len(low)
        for i in range(n):
            for k in range(1, min(_MAX_GAZ_LEN, n - i) + 1):
                name = " ".join(low[i:i + k])
                if name not in gazetteer:
                    continue
                seen[name] += 1
                if (i, i + k) in gold:
                    marked[name] += 1
                elif k > 1 and any(i <= a and b <= i + k and (a, b) != (i, i + k) for a, b in gold
                                   if a < i + k and i < b):
                    inner[name] += 1
    countries = known_countries()
    if sure is not None:  # the names tagged in every article: what the entities layer may trust alone
        sure.update(n for n in seen if n in countries or inner[n] <= marked[n] and marked[n] >= min_ratio * seen[n])
    out = []
    for d, low, gold in zip(docs, lows, golds):
        tags = list(d.tags)
        in_doc = {" ".join(low[a:b]) for a, b in gold}
        i, n = 0, len(low)
        while i < n:
            for k in range(min(_MAX_GAZ_LEN, n - i), 0, -1):
                name = " ".join(low[i:i + k])
                if name not in gazetteer or any(tags[i:i + k]):
                    continue
                if name in in_doc or inner[name] <= marked[name] and (
                        name in countries or marked[name] >= min_ratio * seen[name]):
                    tags[i] = 1
                    for m in range(i + 1, i + k):
                        tags[m] = 2
                    i += k
                    break
            else:
                i += 1
        out.append(tags)
    return out


def fit_tagger(docs: list[TaggedDoc], langs: tuple[str, ...] = TAGGER_LANGS, min_ratio: float = 0.05,
               hide_own: bool = True, **params) -> MentionTagger:
    """A tagger trained on ``docs`` of ``langs`` (tags propagated: :func:`propagate_tags`), its gazetteer taken
    from every document given; each article's features see the gazetteer without the names only it marks
    (:func:`own_names`, unless ``hide_own`` is false). The tagger keeps the names tagged in every article as
    ``sure_names_`` (the entities layer keeps a common Hindi word as a name only if it is one of them).
    ``params`` go to :class:`MentionTagger` (``lang_params`` defaults to :data:`LANG_PARAMS`)."""
    gaz = gazetteer_from(docs)
    chosen = [d for d in docs if d.lang in langs]
    params.setdefault("lang_params", LANG_PARAMS)
    sure: set[str] = set()
    tags = propagate_tags(chosen, gaz, min_ratio, sure) if min_ratio is not None else [d.tags for d in chosen]
    hidden = own_names(docs, chosen) if hide_own else [frozenset()] * len(chosen)
    seqs = [(d.lang, d.tokens, d.sent_starts, t, h) for d, t, h in zip(chosen, tags, hidden)]
    tagger = MentionTagger(**params).fit(seqs, gaz)
    tagger.sure_names_ = frozenset(sure)
    return tagger


def _names(d: TaggedDoc) -> set[str]:
    return {" ".join(d.tokens[i:j]).lower() for i, j in _gold_spans(d.tags)}


def own_names(docs: list[TaggedDoc], chosen: list[TaggedDoc]) -> list[frozenset[str]]:
    """Per article of ``chosen``, the gazetteer names that no other article of ``docs`` marks (a known
    country excepted). Training features leave them out of the gazetteer: otherwise every marked name of a
    training article is a gazetteer name, the tagger learns that names are gazetteer names, and it misses every
    new name of an unseen article (a Hindi name has no capital letter to give it away). Articles of the same
    text (duplicates under two ids) count as one."""
    import hashlib

    def key(d: TaggedDoc) -> str:
        return hashlib.sha1(" ".join(d.text.split()).encode("utf-8")).hexdigest()

    marked_by: dict[str, set[str]] = {}
    for d in docs:
        for name in _names(d):
            marked_by.setdefault(name, set()).add(key(d))
    countries = known_countries()
    return [frozenset(n for n in _names(d) if marked_by[n] == {key(d)} and n not in countries) for d in chosen]


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
