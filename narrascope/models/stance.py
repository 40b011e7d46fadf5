"""Who does what to whom: stance features of an entity mention from the spaCy dependency parse.

The framing model (:mod:`narrascope.models.role_classifier`) reads these as one more text view, so their
weights (the polarity of each verb or word for each role) are learned from the training mentions. For a
mention the parse gives (English; other languages have no parse and get none):

* ``AG_<verb>`` the entity is the agent of the verb ("Russia *shelled* the city", "shelled *by* Russia"),
* ``PT_<verb>`` the entity undergoes it (object or passive subject: "the troops *shelled* Kharkiv"),
* ``IS_<word>`` what the entity is said to be ("Putin is a *dictator*"), ``MOD_<word>`` the words that
  qualify its name (adjectives, appositions, relative clauses: "the *criminal* regime"),
* ``POSS_<noun>`` what it owns ("Putin's *war*"), ``PREP_<prep>_<noun>`` the noun it attaches to
  ("the invasion *of* Ukraine"),
* ``NEG_`` marks a negated verb ("did not attack").

The climb from the mention to its governing word goes through coordination and apposition ("Russia and
Belarus attacked" gives Belarus ``AG_attack`` too). Each feature comes twice: ``M_`` for this mention and
``E_`` for every occurrence of the same name in the article (the entity's other, coreferent mentions), so a
mention that only names the entity still sees what the entity does elsewhere.
"""
from __future__ import annotations

from typing import Any

#: Dependencies to climb through from a name to the word that governs it (coordination, apposition, parts
#: of a compound name).
_CLIMB = {"conj", "appos", "compound", "flat", "nmod"}
_MODIFIERS = {"amod", "appos", "acl", "relcl", "compound"}
_MAX_CLIMB = 5


def _lemma(tok) -> str:
    return tok.lemma_.lower() or tok.text.lower()


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def token_features(root) -> list[str]:
    """Stance features (without the ``M_``/``E_`` prefix) of the name whose syntactic head is ``root``."""
    tok, n = root, 0
    while tok.dep_ in _CLIMB and tok.head is not tok and n < _MAX_CLIMB:
        tok, n = tok.head, n + 1
    head, dep = tok.head, tok.dep_
    neg = "NEG_" if _negated(head) else ""
    out = []
    if dep in ("nsubj", "csubj"):
        if head.pos_ == "AUX" or _lemma(head) == "be":
            for c in head.children:
                if c.dep_ in ("attr", "acomp"):
                    out.append(neg + "IS_" + _lemma(c))
                    out += ["IS_" + _lemma(g) for g in c.children if g.dep_ == "amod"]
        else:
            out.append(neg + "AG_" + _lemma(head))
            # "X continues to attack", "X tried to block": the verb it is the subject of in spirit
            out += [neg + "AG_" + _lemma(c) for c in head.children if c.dep_ == "xcomp"]
    elif dep == "nsubjpass" or dep in ("dobj", "dative", "oprd"):
        out.append(neg + "PT_" + _lemma(head))
    elif dep == "pobj":
        prep, gov = head, head.head
        if _lemma(prep) == "by" and gov.pos_ in ("VERB", "AUX"):
            out.append(("NEG_" if _negated(gov) else "") + "AG_" + _lemma(gov))
        else:
            out.append(f"PREP_{_lemma(prep)}_{_lemma(gov)}")
    elif dep == "poss":
        out.append("POSS_" + _lemma(head))
        out += ["POSS_" + _lemma(c) for c in head.children if c.dep_ == "amod"]
    elif dep == "attr":
        out.append("IS_" + _lemma(head))
    out.append("DEP_" + dep)
    for c in tok.children:
        if c.dep_ in _MODIFIERS and c.pos_ != "PROPN":
            out.append("MOD_" + _lemma(c))
            if c.dep_ in ("acl", "relcl"):
                out += ["MOD_" + _lemma(g) for g in c.children if g.dep_ == "dobj"]
    return out


def _span_features(doc, start: int, end: int) -> list[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    return token_features(span.root)


def has_parse(doc: Any) -> bool:
    """Whether ``doc`` is a spaCy Doc with a dependency parse (English); blank pipelines have none."""
    return doc is not None and hasattr(doc, "has_annotation") and doc.has_annotation("DEP")


def stance_features(doc: Any, text: str, start: int, end: int, cache: dict | None = None) -> list[str]:
    """The stance features of the mention ``text[start:end]`` (see the module docstring); ``[]`` without parse.

    ``cache`` (one dict per article) keeps the features of each name so an entity named many times is
    parsed once per occurrence, not once per pair of occurrences.
    """
    if not has_parse(doc):
        return []
    own = _span_features(doc, start, end)
    name = text[start:end]
    key = ("E", name)
    if cache is not None and key in cache:
        pooled = cache[key]
    else:
        pooled, i = set(), text.find(name) if name.strip() else -1
        while i >= 0:
            pooled.update(_span_features(doc, i, i + len(name)))
            i = text.find(name, i + 1)
        pooled = sorted(pooled)
        if cache is not None:
            cache[key] = pooled
    return ["M_" + f for f in own] + ["E_" + f for f in pooled]


#: Suffix of a cue found at another mention of the same name.
ELSEWHERE = " (elsewhere in the article)"
_READABLE = {"AG": "does “{}”", "PT": "undergoes “{}”", "IS": "is called “{}”", "MOD": "described as “{}”",
             "POSS": "its “{}”", "DEP": ""}


def readable(feature: str) -> str:
    """A stance feature as words for an analyst, e.g. ``M_AG_attack`` -> ``does “attack”``."""
    scope, _, rest = feature.partition("_")
    neg = rest.startswith("NEG_")
    if neg:
        rest = rest[4:]
    kind, _, word = rest.partition("_")
    if kind == "PREP":
        prep, _, noun = word.partition("_")
        out = f"the “{noun} {prep}” it"
    else:
        out = _READABLE.get(kind, "{}").format(word)
    if not out:
        return ""
    if neg:
        out = "not: " + out
    return out + (ELSEWHERE if scope == "E" else "")
