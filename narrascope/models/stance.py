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
* ``NEG_`` marks a negated verb ("did not attack"),
* ``LEX_HARM`` / ``LEX_HELP`` / ``LEX_VICTIM``: the seed verb lexicon's reading of the above (it does harm or
  is called a blaming word; it helps or protects; it undergoes harm).

The climb from the mention to its governing word goes through coordination and apposition ("Russia and
Belarus attacked" gives Belarus ``AG_attack`` too); an agent also does the verbs that share its subject
("fired rockets, killing eleven", "defended the city and helped refugees"), an organisation what its people do
("scientists at X warned"), and an entity undergoes what its possessions undergo ("shelled X's cities"). Each
feature comes twice: ``M_`` for this mention and ``E_`` pooled over every occurrence of the same name in the
article and the entity's other mentions when the caller knows them (coreference from the entities layer), so a
mention that only names the entity still sees what the entity does elsewhere. :func:`lexicon_evidence` turns
the pooled features into the lexicon's votes for each main role, which the model adds to its main head.
"""
from __future__ import annotations

from itertools import islice
from typing import Any

#: Dependencies to climb through from a name to the word that governs it (coordination, apposition, parts
#: of a compound name).
_CLIMB = {"conj", "appos", "compound", "flat", "nmod"}
_MODIFIERS = {"amod", "appos", "acl", "relcl", "compound"}
_MAX_CLIMB = 5


#: People through whom an organisation or country acts ("scientists at X warned" gives X ``AG_warn``).
MEMBERS = frozenset([
    "scientist", "engineer", "researcher", "expert", "official", "leader", "member", "volunteer",
    "activist", "worker", "employee", "staff", "soldier", "troop", "force", "officer", "diplomat",
    "representative", "spokesman", "spokeswoman", "spokesperson", "minister", "executive", "lawyer",
    "agent", "army", "police"
])

#: A small hand-written seed lexicon of verb polarity (lemmas). Doing harm marks an antagonist, protecting or
#: helping a protagonist, undergoing harm an innocent. The heads learn how much to trust it (``LEX_``
#: features), and :func:`lexicon_votes` gives the transparent vote the model adds when it reads an article.
HARM = frozenset([
    "attack", "kill", "shell", "bomb", "bombard", "invade", "occupy", "destroy", "lie", "threaten", "block",
    "provoke", "deceive", "smear", "sabotage", "murder", "massacre", "torture", "terrorize", "terrorise",
    "fire", "loot", "rape", "deport", "annex", "blackmail", "manipulate", "censor", "persecute", "oppress",
    "betray", "steal", "cheat", "mislead", "undermine", "pollute", "poison", "wreck", "ravage", "starve",
    "abduct", "kidnap", "slaughter", "assault", "harass", "intimidate", "coerce", "extort", "violate",
    "obstruct", "exploit", "hide", "escalate", "prolong", "drag", "break", "drown"
])
HELP = frozenset([
    "defend", "help", "save", "protect", "rescue", "evacuate", "assist", "liberate", "shelter",
    "heal", "rebuild", "restore", "donate", "safeguard", "guard", "thank", "comfort"
])
#: What an entity can be called that blames it (``IS_``/``MOD_`` words).
BLAME = frozenset([
    "liar", "criminal", "terrorist", "regime", "dictator", "aggressor", "invader", "murderer", "extremist",
    "eco-extremist", "warmonger", "fascist", "nazi", "thug", "propagandist", "puppet", "tyrant", "butcher",
    "killer", "occupier", "corrupt"
])


#: At most this many dependents of a word are read. No word of a news sentence has more; a flood of one repeated
#: name (thousands of dependents of one word) would otherwise be read once per mention, in quadratic time.
MAX_CHILDREN = 64


def children(tok):
    """The syntactic dependents of ``tok`` in text order; of a word with more than :data:`MAX_CHILDREN`, its first
    ones on the left only (spaCy lists all right dependents before yielding one; the counts are free)."""
    if tok.n_lefts + tok.n_rights <= MAX_CHILDREN:
        return tok.children
    return islice(tok.lefts, MAX_CHILDREN)


def _lemma(tok) -> str:
    return tok.lemma_.lower() or tok.text.lower()


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in children(tok))


def token_features(root) -> list[str]:
    """Stance features (without the ``M_``/``E_`` prefix) of the name whose syntactic head is ``root``."""
    tok, n = root, 0
    while tok.dep_ in _CLIMB and tok.head is not tok and n < _MAX_CLIMB:
        tok, n = tok.head, n + 1
    head, dep = tok.head, tok.dep_
    if dep == "npadvmod" and tok.pos_ == "PROPN" and head.pos_ == "VERB":
        dep = "nsubj"  # "The timber company Nordwood protected...": the small parser's reading of an appositive name
    neg = "NEG_" if _negated(head) else ""
    out = []
    if dep in ("nsubj", "csubj"):
        if head.pos_ == "AUX" or _lemma(head) == "be":
            for c in children(head):
                if c.dep_ in ("attr", "acomp"):
                    out.append(neg + "IS_" + _lemma(c))
                    out += ["IS_" + _lemma(g) for g in children(c) if g.dep_ == "amod"]
        else:
            out.append(neg + "AG_" + _lemma(head))
            # "X continues to attack", "X tried to block": the verb it is the subject of in spirit; "X
            # defended the city and helped refugees", "X fired rockets, killing eleven": the verbs that share
            # its subject
            out += [(neg or ("NEG_" if _negated(v) else "")) + "AG_" + _lemma(v) for v in _shared_subject_verbs(head)]
    elif dep == "nsubjpass" or dep in ("dobj", "dative", "oprd"):
        out.append(neg + "PT_" + _lemma(head))
    elif dep == "pobj":
        prep, gov = head, head.head
        if _lemma(prep) == "by" and gov.pos_ in ("VERB", "AUX"):
            out.append(("NEG_" if _negated(gov) else "") + "AG_" + _lemma(gov))
            out += [("NEG_" if _negated(v) else "") + "AG_" + _lemma(v) for v in _shared_subject_verbs(gov)]
        else:
            out.append(f"PREP_{_lemma(prep)}_{_lemma(gov)}")
            # "scientists at X warned", "soldiers of X shelled": X acts through its people
            if _lemma(prep) in ("at", "of", "from") and _lemma(gov) in MEMBERS and gov.dep_ in ("nsubj", "nsubjpass"):
                out += [f for f in token_features(gov) if f.split("_")[0] in ("AG", "PT", "NEG")]
    elif dep == "poss":
        out.append("POSS_" + _lemma(head))
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            out.append("PT_" + _lemma(head.head))  # "shelled Ukraine's cities": what is its undergoes it too
        out += ["POSS_" + _lemma(c) for c in children(head) if c.dep_ == "amod"]
    elif dep == "attr":
        out.append("IS_" + _lemma(head))
    out.append("DEP_" + dep)
    for c in children(tok):
        if c.dep_ in _MODIFIERS and c.pos_ != "PROPN":
            out.append("MOD_" + _lemma(c))
            if c.dep_ in ("acl", "relcl"):
                out += ["MOD_" + _lemma(g) for g in children(c) if g.dep_ == "dobj"]
    return out


def _shared_subject_verbs(verb) -> list:
    """Verbs whose subject is ``verb``'s: its ``xcomp``, and its coordinated verbs and participle clauses
    ("defended the city and helped refugees", "fired rockets, killing eleven") that have no subject of their own."""
    out, todo = [], [verb]
    while todo and len(out) < 8:
        v = todo.pop()
        for c in children(v):
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for g in children(c))
            if c.dep_ == "xcomp" or (c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and not own_subject):
                out.append(c)
                todo.append(c)
    return out


def _span_features(doc, start: int, end: int) -> list[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    return token_features(span.root)


def has_parse(doc: Any, cache: dict | None = None) -> bool:
    """Whether ``doc`` is a spaCy Doc with a dependency parse (English); blank pipelines have none.

    ``cache`` (one dict per article) keeps the answer: without a parse spaCy reads every token to say so, and
    an article of thousands of mentions asked once per mention was quadratic."""
    if cache is None:
        return doc is not None and hasattr(doc, "has_annotation") and doc.has_annotation("DEP")
    slot = cache.get("HAS_PARSE")
    if slot is None or slot[0] is not doc:
        slot = (doc, has_parse(doc))
        cache["HAS_PARSE"] = slot
    return slot[1]


def coref_key(coref: tuple, cache: dict | None) -> Any:
    """A stand-in for ``coref`` (an entity's mention spans) in the keys of an article's ``cache``.

    Every mention of an entity passes the same tuple; a tuple's hash is not kept, so a key holding it was hashed
    over all the entity's mentions once per mention (quadratic in a flood of one name). The stand-in is the
    tuple's identity, and the cache keeps the tuple alive so the identity is not reused; an equal tuple that
    is another object only misses the cache (the cached values depend on the tuple's content alone)."""
    if cache is None:
        return coref
    slot = cache.get(("COREF", id(coref)))
    if slot is None:
        slot = (coref, ("COREF", id(coref)))
        cache[("COREF", id(coref))] = slot
    return slot[1]


def stance_features(doc: Any, text: str, start: int, end: int, cache: dict | None = None,
                    coref: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """The stance features of the mention ``text[start:end]`` (see the module docstring); ``[]`` without parse.

    The ``E_`` features pool every occurrence of the same name and the spans in ``coref`` (the entity's
    other mentions, when the caller knows them: "Volodymyr Zelensky" ... "Zelensky" ... "the president").
    ``cache`` (one dict per article) keeps the pooled features of each name so an entity named many times is
    parsed once per occurrence, not once per pair of occurrences.
    """
    if not has_parse(doc, cache):
        return []
    own = cache.get(("S", start, end)) if cache is not None else None
    if own is None:
        own = _span_features(doc, start, end)
        if cache is not None:
            cache[("S", start, end)] = own
    name = text[start:end]
    key = ("E", name, coref_key(coref, cache))
    if cache is not None and key in cache:
        pooled = cache[key]
    else:
        spans, i = set(coref), text.find(name) if name.strip() else -1
        while i >= 0:
            spans.add((i, i + len(name)))
            i = text.find(name, i + 1)
        pooled = set()
        for a, b in sorted(spans):
            feats = cache.get(("S", a, b)) if cache is not None else None
            if feats is None:
                feats = _span_features(doc, a, b)
                if cache is not None:
                    cache[("S", a, b)] = feats
            pooled.update(feats)
        pooled = sorted(pooled)
        if cache is not None:
            cache[key] = pooled
    return ["M_" + f for f in own + _lexicon(own)] + ["E_" + f for f in pooled + _lexicon(pooled)]


def _lexicon(features: list[str]) -> list[str]:
    """``LEX_`` features: the seed lexicon's reading of stance ``features`` (negated verbs read nothing)."""
    out = []
    for f in features:
        kind, _, word = f.partition("_")
        if kind == "AG" and word in HARM:
            out.append("LEX_HARM")
        elif kind == "AG" and word in HELP:
            out.append("LEX_HELP")
        elif kind == "PT" and word in HARM:
            out.append("LEX_VICTIM")
        elif kind in ("IS", "MOD") and word in BLAME:
            out.append("LEX_HARM")
    return out


def lexicon_evidence(features) -> tuple[list[str], list[str], list[str]]:
    """The seed lexicon's evidence for (Protagonist, Antagonist, Innocent) in an entity's pooled (``E_``)
    stance features: the helping verbs it does; the harmful verbs it does and the blaming words it is called;
    the harmful verbs it undergoes, only when it does no harm itself (an aggressor hit back stays an
    aggressor). Each word once."""
    pro, ant, inn = [], [], []
    for f in features:
        if not f.startswith("E_"):
            continue
        kind, _, word = f[2:].partition("_")
        if kind == "AG" and word in HELP:
            pro.append(word)
        elif (kind == "AG" and word in HARM) or (kind in ("IS", "MOD") and word in BLAME):
            ant.append(word)
        elif kind == "PT" and word in HARM:
            inn.append(word)
    return sorted(set(pro)), sorted(set(ant)), [] if ant else sorted(set(inn))


def lexicon_votes(features) -> tuple[int, int, int]:
    """How many distinct words of :func:`lexicon_evidence` speak for each main role."""
    pro, ant, inn = lexicon_evidence(features)
    return len(pro), len(ant), len(inn)


#: Suffix of a cue found at another mention of the same name.
ELSEWHERE = " (elsewhere in the article)"
_READABLE = {"AG": "does “{}”", "PT": "undergoes “{}”", "IS": "is called “{}”", "MOD": "described as “{}”",
             "POSS": "its “{}”", "DEP": ""}
_READABLE_LEX = {"HARM": "does harm (verb lexicon)", "HELP": "helps or protects (verb lexicon)",
                 "VICTIM": "is harmed (verb lexicon)"}


def readable(feature: str) -> str:
    """A stance feature as words for an analyst, e.g. ``M_AG_attack`` -> ``does “attack”``."""
    scope, _, rest = feature.partition("_")
    neg = rest.startswith("NEG_")
    if neg:
        rest = rest[4:]
    kind, _, word = rest.partition("_")
    if kind == "LEX":
        out = _READABLE_LEX.get(word, "")
    elif kind == "PREP":
        prep, _, noun = word.partition("_")
        out = f"the “{noun} {prep}” it"
    else:
        out = _READABLE.get(kind, "{}").format(word)
    if not out:
        return ""
    if neg:
        out = "not: " + out
    return out + (ELSEWHERE if scope == "E" else "")
