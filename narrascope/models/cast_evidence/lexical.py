"""The evidence of a name in a language without a parse (:func:`lexical_evidence`): the items read from the words
around each occurrence of the name (:func:`_lexical_items`, then the language's own reader), naming the speaker
when they are someone's words.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import takewhile

from ..stance import coref_key
from .bulgarian import _bg_beyond_comma, _bg_fourth_items, _bg_items, _bg_not_told
from .common import _A, _DATE_WORDS, _I, _LEAD_SENTENCES, _P, _pool, _quote_at
from .hindi import _hi_comma_list, _postpositional_items
from .portuguese import _pt_items
from .russian import _ru_agrees, _ru_case_items, _ru_untitled
from .words import (
    _CLAUSE_WINDOW,
    _called_word,
    _clause,
    _group_helps,
    _matches,
    _TextIndex,
    _time_clause_at,
    _tokens,
    _word_char,
)


def _lexical_items(text: str, a: int, b: int, lex, index: _TextIndex | None = None,
                   listed: bool = True) -> list[tuple[int, str]]:
    """Evidence items of the name at ``text[a:b]`` read with ``lex``'s cast words (see :func:`lexical_evidence`);
    ``index``: the text's :class:`_TextIndex` (built here without one); ``listed``: whether a Portuguese name listed
    after another also reads the first name of its list (not when this name is that first name)."""
    if index is None or index.text != text:
        index = _TextIndex(text)
    s, e = index.sentence(a, b)
    if e < len(text) and text[e] == "?":
        return []  # a question asserts nothing
    # only the clause around the name is read: at most _CLAUSE_WINDOW characters each side (no clause of the training
    # articles is longer than 375), so a sentence of thousands of words is not tokenised once per name in it
    raw_left, raw_right = index.tokens(max(s, a - _CLAUSE_WINDOW), a), index.tokens(b, min(e, b + _CLAUSE_WINDOW))
    if lex.cast_cases and ("»" in raw_left or "«" in raw_right):  # (Russian: a title does not end a clause)
        raw_left, raw_right = _ru_untitled(index, max(s, a - _CLAUSE_WINDOW), a), \
            _ru_untitled(index, b, min(e, b + _CLAUSE_WINDOW))
    left, right = _clause(raw_left, forward=False), _clause(raw_right, forward=True)
    if any(t in lex.cast_conditionals for t in left):
        return []  # "если Россия нападет": a condition
    if lex.cast_agent_markers:
        if not right and raw_right[:1] == [","] and lex.cast_called_words:
            right = _hi_comma_list(raw_right, lex)  # (hi-cast42b) "X, Y, Z जैसे देशों पर कब्जा": the list's clause
        return _postpositional_items(left, right, lex, text[a:b], raw_right)
    items: list[tuple[int, str]] = []
    helps = None
    # what it does: the verb after it, past fillers; a negation says nothing
    for n, t in enumerate(right):
        if t in lex.cast_fillers:
            continue
        if t in lex.cast_negations:
            break
        if _matches(t, lex.cast_harm_verbs, lex.cast_not_verbs):
            items.append((_A, f"does “{t}”"))
        elif _matches(t, lex.cast_help_verbs, lex.cast_not_verbs) and right[n + 1:n + 2] != ["que"]:
            items.append((_P, f"does “{t}”"))
        else:  # (ml45) a group's help, its verb or one later in the clause ("Волонтёры развернули пункт и раздавали
            # воду"): added last, once; in Russian only where the group can be the verb's subject ("одиноких пожилых
            # людей развозят волонтёры": the group is carried, stop 45)
            # (mlfix45: not past a "que"/"которую" clause or a reporting verb: "Os moradores disseram que os
            # voluntários distribuíram água" is the volunteers' help; nor to a verb whose object the group is)
            # (mlfix46: nor past a time conjunction after its first word: "Os moradores choravam quando os bombeiros
            # apagaram o fogo"; the verb's object is read up to the same stops)
            clause = right[n:]
            clause = clause[:next((i for i in range(1, len(clause)) if _time_clause_at(clause, i, lex)), len(clause))]
            scan = list(takewhile(lambda w: not (w in lex.cast_negations or w in lex.complementizers
                                                 or w in lex.relatives or w in lex.reporting_forms), clause))
            helps = next((h for h in (_group_helps(text[a:b], w, lex, scan[i + 1:i + 5],
                                                   right[n + i - 1] if n + i else None)
                                      for i, w in enumerate(scan)
                                      if lex.code != "ru" or _ru_agrees(_tokens(text[a:b]), w)) if h),
                         None)
        break
    # what it is called: "Россия — агрессор", "a Rússia é um agressor", "стала жертвой"
    k = 0
    while k < len(right) and k < 3 and right[k] in lex.cast_copulas:
        k += 1
    # (or the word after the one the copulas reach: "é uma organização criminosa", "é o principal agressor",
    # "— страна агрессор"; Russian praise words: "Россия — миротворец", "стал героем")
    said = _called_word(right[k:k + 2], lex) if k > 0 else None
    if said:
        items.append(said)
    if lex.cast_victim_words and right[:1] and _matches(right[0], lex.cast_victim_words, frozenset()):
        items.append((_I, f"called “{right[0]}”"))  # "Украина пострадала"
    # what is done to it: a verb or a noun of harm before it
    name_last = (_tokens(text[a:b]) or [""])[-1]
    # (an acronym does not decline: "Белгород обстреляли ВСУ" is the armed forces' deed, not harm they suffer)
    written = text[a:b].split()
    acronym = bool(written) and len(written[-1]) > 1 and written[-1].isupper()
    accusative = not lex.cast_accusative_endings or "" in lex.cast_accusative_endings \
        or name_last.endswith(lex.cast_accusative_endings) and not acronym
    if left:
        last = left[-1]
        negated = len(left) >= 2 and left[-2] in lex.cast_negations
        if _matches(last, lex.cast_harm_verbs, lex.cast_not_verbs) and accusative and not negated:
            items.append((_I, f"suffers “{last}”"))
        elif len(left) >= 2 and len(last) <= 3 and (len(left) < 3 or left[-3] not in lex.cast_negations) \
                and _matches(left[-2], lex.cast_harm_verbs, lex.cast_not_verbs):
            items.append((_I, f"suffers “{left[-2]}”"))  # "напала на Украину", "invadiu a Ucrânia"
        if lex.cast_harm_nouns.get(last) == "":
            items.append((_I, f"suffers “{last}”"))  # "оккупация Крыма"
        for j in range(2, min(5, len(left)) + 1):
            noun = left[-j]
            if noun in lex.cast_harm_nouns and last in lex.cast_harm_nouns[noun].split("|"):
                items.append((_I, f"suffers “{noun}”"))  # "удары по Харькову", "a invasão da Ucrânia"
                break
            if noun in lex.cast_harm_nouns and last in lex.cast_agent_preps:
                items.append((_A, f"its “{noun}”"))  # "a invasão da Ucrânia pela Rússia"
                break
        if last in lex.cast_agent_nouns:
            items.append((_A, f"its “{last}”"))  # "вторжение России"
        elif len(left) >= 2 and last == "на" and left[-2] in lex.cast_agent_nouns:
            items.append((_A, f"its “{left[-2]}”"))  # "инвазията на Русия"
        if last in lex.cast_blame_nouns:
            items.append((_A, f"called “{last}”"))  # "режим Зеленского"
        elif len(left) >= 2 and len(last) <= 3 and left[-2] in lex.cast_blame_nouns:
            items.append((_A, f"called “{left[-2]}”"))  # "режимът на Зеленски", "o regime de Maduro"
    if lex.cast_passives:
        items = _bg_items(left, right, lex, items) + _bg_beyond_comma(left, right, raw_left, raw_right, lex)
        items += [it for it in _bg_fourth_items(left, right, lex) if it not in items]
        items = [it for it in items if not _bg_not_told(left, right, it, lex)]
    if lex.cast_cases:
        items = _ru_case_items(items, left, right, _tokens(text[a:b]), lex, index.tokens(b, min(e, b + 120)))
    if lex.cast_word_kinds:
        items = _pt_items(items, left, right, lex, (text, a, index, _lexical_items) if listed else None,
                          (text, b, e, index))
    if helps and not any(cue.startswith(helps[1][:-1]) for _, cue in items):
        items.append(helps)  # (not when a reader already names the verb: "does “distribuíram água”")
    return items


def _quoted_by(items: list[tuple[int, str]], pos: int, cache: dict | None) -> list[tuple[int, str]]:
    """The items read at ``pos`` naming whose words they are, when the quotes layer puts ``pos`` inside a quote with a
    named speaker (:func:`_quote_at`): ``does “обстреляла” (says Дмитрий Песков)``, as the parse-read English items
    do; unchanged otherwise (no quotes given, none there, no named speaker)."""
    if not items:
        return items
    _, who = _quote_at(pos, cache)
    return [(role, f"{cue} (says {who})") for role, cue in items] if who else items


#: How many other words may stand between two words of a phrase of mutual blame ("си размениха в понеделник
#: обвинения", "возлагают ответственность друг на друга").
_PHRASE_GAP = 2


def _phrase_in(words: list[str], phrase: str) -> int | None:
    """Where ``phrase`` (words; one ending in "*" is a beginning, as a stem of :func:`_matches` without a closing
    space) first stands in ``words``, each of its words at most :data:`_PHRASE_GAP` others after the one before;
    ``None`` where it does not."""
    stems = tuple(w[:-1] if w.endswith("*") else w + " " for w in phrase.split())
    for i, word in enumerate(words):
        if not _matches(word, stems[:1], frozenset()):
            continue
        k = i
        for stem in stems[1:]:
            k = next((j for j in range(k + 1, min(k + 2 + _PHRASE_GAP, len(words)))
                      if _matches(words[j], (stem,), frozenset())), None)
            if k is None:
                break
        else:
            return i
    return None


def _mutual_blame_lexical(index: _TextIndex, lex, cache: dict | None) -> bool:
    """Whether the title or lead (the first :data:`_LEAD_SENTENCES` sentences, a line of date only skipped) reports
    two sides blaming each other (``CAST_MUTUAL_BLAME``: "Москва и Киев обвиняют друг друга", "acusaram-se
    mutuamente", "размениха си обвинения", "एक-दूसरे को दोषी ठहराया"), not negated: the article tells both charges and
    makes neither its own, as the English reader's ``_mutual_blame`` (branch mutual43). Said once per article
    cache."""
    found = cache.get("LEV_MUTUAL") if cache is not None else None
    if found is None:
        found, seen, start = False, 0, 0
        for end in [*index.breaks, len(index.text)]:
            words = index.tokens(start, end)
            start = end + 1
            letters = [w for w in words if any(c.isalpha() for c in w)]
            if not letters or all(w in _DATE_WORDS or w in lex.months for w in letters):
                continue  # an empty line, or a line of date only ("date 2025-06-03")
            for phrase in lex.cast_mutual_blame:
                at = _phrase_in(words, phrase)
                if at is not None and not any(w in lex.cast_negations for w in words[max(0, at - 2):at]):
                    found = True
            seen += 1
            if found or seen == _LEAD_SENTENCES:
                break
        if cache is not None:
            cache["LEV_MUTUAL"] = found
    return found


@lru_cache(maxsize=4)
def mutual_blame(text: str, lang: str) -> bool:
    """:func:`_mutual_blame_lexical` of an article in ``lang`` (False for a language without its phrases: English
    reads its own from the parse), for the display: in such a report the model's score alone, learnt from articles
    that take a side, shows no role (branch mutual43). Asked once per entity of an article: the last few are kept."""
    from ...lang import lexicon

    lex = lexicon(lang.lower())
    return bool(lex.cast_mutual_blame) and _mutual_blame_lexical(_TextIndex(text), lex, None)


def _one_sides(items: list[tuple[int, str]], pos: int, mutual: bool, cache: dict | None) -> list[tuple[int, str]]:
    """In a report of mutual blame (:func:`_mutual_blame_lexical`), the villain items read at ``pos`` that are one
    side's, not the article's, dropped: those inside someone's words (a quote of the quotes layer: "«Киев пытается
    спровоцировать …», — заявила Захарова", "Юсов заявил, что …") and the charges ("acusaram Moscovo de encenar",
    "X को दोषी ठहराया": ``blamed “…”``); unchanged elsewhere."""
    if not mutual or not any(role == _A for role, _ in items):
        return items
    said = _quote_at(pos, cache)[0]
    return [(role, cue) for role, cue in items if role != _A or not said and not cue.startswith("blamed “")]


def lexical_evidence(text: str, start: int, end: int, coref: tuple[tuple[int, int], ...] = (),
                     lang: str | None = None, cache: dict | None = None
                     ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """:func:`entity_evidence` for a language without a parse, read from the words around each occurrence of
    the entity in their usual order (``CAST_*`` words of ``narrascope/lang/<lang>.py``; Hindi:
    :func:`_postpositional_items`): the verb of harm or help after the name ("Россия обстреляла", "a Ucrânia
    defendeu"), what it is called after a dash or copula ("— агрессор", "é um agressor"), what is done to it
    ("напала на Украину", "удары по Харькову", "a invasão da Ucrânia"), the harm it owns ("вторжение России",
    "инвазията на Русия") and the blame nouns it is the genitive of ("режим Зеленского"). Questions,
    conditions and negated verbs give nothing."""
    from ...lang import lexicon

    code = (lang or "").lower()
    lex = lexicon(code) if code else None
    if lex is None or lex.code != code or not lex.cast_harm_verbs:
        return (), (), ()
    name = text[start:end]
    key = ("LEV", name, coref_key(coref, cache))
    if cache is not None and key in cache:
        return cache[key]
    spans = set(coref) | {(start, end)}
    i = text.find(name) if name.strip() else -1
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not _word_char(text[i - 1])) and (j >= len(text) or not _word_char(text[j])):
            spans.add((i, j))
        i = text.find(name, i + 1)
    index = cache.get("LEV_INDEX") if cache is not None else None
    if index is None or index.text != text:  # one article's index, built once (the cache is per article)
        index = _TextIndex(text)
        if cache is not None:
            cache["LEV_INDEX"] = index
    mutual = bool(lex.cast_mutual_blame) and _mutual_blame_lexical(index, lex, cache)
    out = _pool(_quoted_by(_one_sides(_lexical_items(text, a, b, lex, index), a, mutual, cache), a, cache)
                for a, b in sorted(spans))
    if cache is not None:
        cache[key] = out
    return out
