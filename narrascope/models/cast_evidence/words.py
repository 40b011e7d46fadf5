"""The words around a name, for the languages read without a parse: tokens, the name's clause, one article's
sentence ends and tokens found once (:class:`_TextIndex`), word-list matching, and what a word of the lists calls a
name (:func:`_called_word`).
"""
from __future__ import annotations

import bisect
import re
import unicodedata

from .common import _A, _I, _P

# -- without a parse: the language's words in their usual order (Russian, Portuguese, Bulgarian, Hindi) --------
# words (with combining marks: Devanagari vowel signs are no \w), numbers, punctuation
_TOKEN = re.compile(r"[^\W\d_][\w\u0900-\u0963\-’']*|\d[\d.,]*|[^\w\s]")
_CLAUSE_END = frozenset(".!?;:,()[]{}\"«»“”„।")
_CLAUSE_WINDOW = 600


def _tokens(text: str) -> list[str]:
    return [m.group(0).lower() for m in _TOKEN.finditer(text)]


_BREAK = re.compile(r"[.!?\n\u0964]")  # the sentence ends _lexical_items reads a name's sentence between


class _TextIndex:
    """One article's sentence ends and tokens, found once (:func:`lexical_evidence` reads every occurrence of a
    name in the same text): a name's sentence and the tokens of a window around it by bisection, with the answers
    of ``rfind``/``find`` and of :func:`_tokens` on the window's slice (a long paragraph without sentence ends
    made each occurrence scan the whole text)."""

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in _BREAK.finditer(text)]
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        for m in _TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.words.append(m.group(0).lower())

    def sentence(self, a: int, b: int) -> tuple[int, int]:
        """``(s, e)``: one past the last sentence end before ``a`` (0 if none) and the first at or after ``b``
        (the text's length if none), as ``rfind``/``find`` of each end character."""
        i = bisect.bisect_left(self.breaks, a)
        s = self.breaks[i - 1] + 1 if i else 0
        j = bisect.bisect_left(self.breaks, b)
        return s, self.breaks[j] if j < len(self.breaks) else len(self.text)

    def _inside(self, p: int) -> bool:
        """Whether a token of the whole text holds ``p`` strictly inside it (its scan and a scan from ``p``
        differ there)."""
        k = bisect.bisect_right(self.starts, p) - 1
        return k >= 0 and self.starts[k] < p < self.ends[k]

    def tokens(self, lo: int, hi: int) -> list[str]:
        """``_tokens(text[lo:hi])``. A token match depends on its first character alone, so a scan of the slice
        agrees with the scan of the whole text from the first position no token of the whole text straddles:
        the slice is scanned only up to there, the whole text's tokens are taken up to ``hi`` and a token cut
        by ``hi`` is scanned cut."""
        if lo >= hi:
            return []
        out: list[str] = []
        p = lo
        if self._inside(p):
            for m in _TOKEN.finditer(self.text, lo, hi):
                out.append(m.group(0).lower())
                p = m.end()
                if not self._inside(p):
                    break
            else:
                return out
        i = bisect.bisect_left(self.starts, p)
        j = bisect.bisect_right(self.ends, hi, lo=i)
        out.extend(self.words[i:j])
        if j < len(self.starts) and self.starts[j] < hi:
            out.extend(m.group(0).lower() for m in _TOKEN.finditer(self.text, self.starts[j], hi))
        return out


def _matches(word: str, stems: tuple[str, ...], not_words: frozenset[str]) -> bool:
    """``word`` starts with one of ``stems`` (a stem ending in a space must be the whole word)."""
    if word in not_words:
        return False
    return any(word == stem[:-1] if stem.endswith(" ") else word.startswith(stem) for stem in stems)


def _called_word(words: list[str], lex) -> tuple[int, str] | None:
    """What the first of ``words`` that is a word of blame, of a victim or of praise (``CAST_BLAME_WORDS``,
    ``CAST_VICTIM_WORDS``, ``CAST_PRAISE_WORDS``) calls a name, as ``(role, 'called “…”')``: the words after a copula
    or a dash ("Россия — агрессор", "é um agressor"), after a verb of calling ("назвал Зеленского «клоуном»"), or a
    title before it; ``None`` once a negation comes first, or where none is."""
    for w in words:
        if w in lex.cast_negations:
            return None
        if _matches(w, lex.cast_blame_words, frozenset()):
            return _A, f"called “{w}”"
        if _matches(w, lex.cast_victim_words, frozenset()):
            return _I, f"called “{w}”"
        if _matches(w, lex.cast_praise_words, frozenset()):
            return _P, f"called “{w}”"
    return None


def _clause(tokens: list[str], forward: bool) -> list[str]:
    """The tokens on one side of a name up to the first clause break (a dash is kept: "Россия — агрессор")."""
    seq = tokens if forward else tokens[::-1]
    out = []
    for t in seq:
        if t in _CLAUSE_END:
            break
        out.append(t)
    return out if forward else out[::-1]


def _word_char(c: str) -> bool:
    """Whether ``c`` continues a word: a letter or digit, or a combining mark (Devanagari vowel signs are marks, not
    letters: without them "रूस" was read inside "बेलारूस", Belarus, and Belarus's deeds went to Russia)."""
    return c.isalnum() or unicodedata.category(c).startswith("M")


def _group_helps(name: str, verb: str, lex, near: list[str] = (), before: str | None = None) -> tuple[int, str] | None:
    """A hero's item (``does “…”``) for a group of people doing a verb of the language's ``CAST_GROUP_HELP`` (ml45):
    "Волонтёры раздавали воду", "Доброволците раздаваха вода", "Os bombeiros apagaram o fogo", "स्वयंसेवकों ने
    पानी बांटा". The name is a group when one of its words is a head of the language's ``GROUP_HEADS`` (the entities
    layer's :func:`~narrascope.lang.groups.head_of`) and none is a word of blame ("боевики",
    "terroristas": help they give is no hero's) or of an armed group (``CAST_GROUP_ARMED``: "военные доставили
    снаряды"); ``None`` otherwise. (mlfix45) ``near``: the words where the verb's object stands (after it; before it in
    Hindi): a verb of ``CAST_GROUP_HELP_NEEDS`` helps only with one of its words there ("apagaram o fogo", not "as
    provas"), one of ``CAST_GROUP_HELP_UNLESS`` not with one of its words ("नुकसान पहुंचाया"); ``before``: the word
    right before the verb, a clitic of ``CAST_GROUP_HELP_CLITICS`` makes the group its object ("Ранените ги
    лекуваха"). (mlfix46) An armed group helps only people in need there (``CAST_GROUP_RESCUED``: "Военные
    эвакуировали раненых", "Os soldados levaram os feridos"; not "эвакуировали технику", "жителей Херсона")."""
    if not lex.cast_group_help or not _matches(verb, lex.cast_group_help, frozenset()):
        return None
    if before in lex.cast_group_help_clitics:
        return None
    for table, wanted in ((lex.cast_group_help_needs, True), (lex.cast_group_help_unless, False)):
        objects = next((v for k, v in table.items() if verb.startswith(k)), None)
        if objects is not None and any(w.startswith(tuple(objects.split("|"))) for w in near) != wanted:
            return None
    from ...lang.groups import head_of

    words = _tokens(name)
    if not any(head_of(w, lex.code) for w in words) or any(_matches(w, lex.cast_blame_words, frozenset())
                                                           for w in words):
        return None
    if any(_matches(w, lex.cast_group_armed, frozenset()) for w in words) and not _rescues(list(near), lex):
        return None
    return _P, f"does “{verb}”"


def _rescues(near: list[str], lex) -> bool:
    """Whether an armed group's verb carries people in need (``CAST_GROUP_RESCUED``) among ``near``, the words of
    its object (mlfix46); not when arms are delivered there (review46, ``CAST_GROUP_ARMS``: "доставили оружие для
    раненых", "घायलों को हथियार पहुंचाए")."""
    return not any(_matches(w, lex.cast_group_arms, frozenset()) for w in near) \
        and any(_matches(w, lex.cast_group_rescued, frozenset()) for w in near)


def _time_clause_at(words: list[str], i: int, lex) -> bool:
    """Whether one of the language's time conjunctions (``CAST_TIME_CONJUNCTIONS``, phrases of words) starts at
    ``words[i]`` (mlfix46): the verb after it is its clause's own subject's ("Os moradores choravam quando os
    bombeiros apagaram o fogo")."""
    return any(words[i:i + len(c.split())] == c.split() for c in lex.cast_time_conjunctions)
