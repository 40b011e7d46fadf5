"""What a persuasion span may be: whole words, never a bare name, a function word or a number alone.

Every technique span the persuasion model produces passes :func:`clean_span` (in
:meth:`~narrascope.models.persuasion_model.PersuasionModel.predict_article`, the one place spans are made), in
every language:

- **whole words**: a span never starts or ends inside a word. A word is a run of ``\\w`` characters *and*
  combining marks (Unicode Mn/Mc): Devanagari vowel signs and viramas (``ू``, ``्``), Cyrillic or Latin
  combining accents belong to the word they sit on. Python's ``\\w`` alone splits ``यूक्रेन`` into letters;
  :data:`TOKEN` does not. Edges inside a word are moved out to the word's edges.
- **not junk**: a span is dropped when it is 1-3 characters long, when every word in it is a function word of
  the language (``на``, ``в``, ``se``, ``का``, ``to``), a number or a number word (``thousands``,
  ``миллионов``), or when it is a bare name: all its content words are an entity mention of the Document, or
  capitalised words that are not at the start of their sentence (``NATO``, ``Russia``, ``American``).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS


def _mark_class() -> str:
    """A regex character-class body of every combining mark (Mn, Mc) in the Basic Multilingual Plane."""
    ranges, start, prev = [], None, None
    for cp in range(0x300, min(sys.maxunicode, 0xFFFF) + 1):
        if unicodedata.category(chr(cp)) in ("Mn", "Mc"):
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        ranges.append((start, prev))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if b > a else f"\\u{a:04x}" for a, b in ranges)


MARKS = _mark_class()
#: One token: a word (letters, digits and combining marks, apostrophes inside) or one other non-space character.
TOKEN = re.compile(rf"[\w{MARKS}]+(?:['’][\w{MARKS}]+)*|[^\w\s{MARKS}]")
_WORD_CHAR = re.compile(rf"[\w{MARKS}]")
_NUMBER = re.compile(r"^[\d.,:/%+\-–]+$")

# Number words a span must not consist of alone (scales and counts; the lexicons' number scales are added).
_NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million "
          "millions billion billions trillion trillions percent per cent half",
    "ru": "один одна два две три четыре пять шесть семь восемь девять десять десятки сотни сотен тысяча тысячи тысяч "
          "тысячами миллион миллиона миллионов миллиард миллиарда миллиардов процент процента процентов половина",
    "bg": "един една две три четири пет шест седем осем девет десет стотици хиляди хиляда милион милиона милиарда "
          "процент процента",
    "pt": "um uma dois duas três quatro cinco seis sete oito nove dez dezenas centenas milhares mil milhão milhões "
          "bilião bilhão bilhões mil milhões por cento metade",
    "hi": "एक दो तीन चार पांच पाँच छह सात आठ नौ दस सैकड़ों हजारों हज़ारों हजार हज़ार लाख करोड़ अरब प्रतिशत",
}


@cache
def function_words(language: str | None) -> frozenset[str]:
    """Lower-cased function words of ``language`` (spaCy's stop-word lists; English: scikit-learn's too)."""
    code = language or "en"
    words: set[str] = set()
    try:
        from importlib import import_module

        words |= set(import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)
    except Exception:  # noqa: BLE001 -- a language spaCy does not know: no list beyond the lexicon's
        pass
    if code == "en":
        words |= set(ENGLISH_STOP_WORDS)
    try:
        from ..lang import LANGUAGES, lexicon

        if code in LANGUAGES:
            words |= set(lexicon(code).stopwords)
    except ImportError:
        pass
    return frozenset(w.lower() for w in words)


@cache
def number_words(language: str | None) -> frozenset[str]:
    """Lower-cased number words and scales of ``language`` (a span of these alone says nothing)."""
    code = language or "en"
    words = set(_NUMBER_WORDS.get(code, "").split())
    try:
        from ..lang import LANGUAGES, lexicon

        if code in LANGUAGES:
            words |= {w.lower() for w in lexicon(code).number_scales}
    except ImportError:
        pass
    return frozenset(words)


def is_word_char(ch: str) -> bool:
    """A letter, digit, underscore or combining mark (the mark belongs to the word it sits on)."""
    return bool(_WORD_CHAR.match(ch))


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved outwards so that neither edge falls inside a word."""
    start, end = max(0, start), min(len(text), end)
    while 0 < start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]):
        start -= 1
    while 0 < end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        end += 1
    return start, end


def _sentence_starts(text: str, start: int) -> int:
    """Offset where the sentence holding ``start`` begins (after . ! ? or a line break), for capitals."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“”«»„‘’([-—–":
        i -= 1
    return i < 0 or text[i] in ".!?\n\r:;"


def junk_reason(text: str, start: int, end: int, language: str | None = "en",
                names: frozenset[str] | set[str] = frozenset()) -> str | None:
    """Why ``text[start:end]`` is not a persuasion span, or None when it may be one (see the module docstring).

    ``names``: lower-cased entity mentions of the Document (a span that is one of them is a bare name)."""
    chunk = text[start:end]
    if len(chunk.strip()) <= 3:
        return "too short"
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]) or \
            end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        return "cut inside a word"
    words = [(m.group(0), start + m.start()) for m in TOKEN.finditer(chunk) if is_word_char(m.group(0)[0])]
    if not words:
        return "no word"
    fw, nw = function_words(language), number_words(language)
    content = [(w, s) for w, s in words if w.lower() not in fw]
    if not content:
        return "function words only"
    if all(_NUMBER.match(w) or w.lower() in nw for w, _ in content):
        return "number only"
    if " ".join(chunk.lower().split()).strip(" \"'“”«»„‘’.,;:!?") in names:
        return "bare name"
    lexical = [(w, s) for w, s in content if not (_NUMBER.match(w) or w.lower() in nw)]
    if lexical and all(w.lower() in names for w, _ in lexical):
        return "bare name"
    # One or two capitalised words that do not open their sentence are a name or a demonym (NATO, Russia,
    # American), unless the whole line is in title case (a headline). A script without capitals (Devanagari)
    # relies on the Document's entity mentions above.
    if len(lexical) <= 2 and all(w[0].isupper() and (not _sentence_starts(text, s) or _name_elsewhere(text, w))
                                 for w, s in lexical) and not _title_case_line(text, start):
        return "bare name"
    return None


def _name_elsewhere(text: str, word: str) -> bool:
    """Whether ``word`` (capitalised) also occurs capitalised inside a sentence elsewhere: a name that happens to
    open this sentence ("Russia is ...")."""
    for m in re.finditer(rf"(?<![\w{MARKS}]){re.escape(word)}(?![\w{MARKS}])", text):
        if not _sentence_starts(text, m.start()):
            return True
    return False


def _title_case_line(text: str, pos: int) -> bool:
    """Whether most longer words of the line holding ``pos`` are capitalised (a headline)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = [w for w in TOKEN.findall(text[a:b if b >= 0 else len(text)]) if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def clean_span(text: str, start: int, end: int, language: str | None = "en",
               names: frozenset[str] | set[str] = frozenset()) -> tuple[int, int] | None:
    """``(start, end)`` snapped to whole words, or None when the span is junk (:func:`junk_reason`)."""
    start, end = snap_to_words(text, start, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    start, end = _trim_function_words(text, start, end, language)
    return None if junk_reason(text, start, end, language, names) else (start, end)


def _trim_function_words(text: str, start: int, end: int, language: str | None) -> tuple[int, int]:
    """A short span (up to 5 words) loses function words at its edges ("организации за" -> "организации");
    clause-long spans are left whole."""
    toks = [(m.start() + start, m.end() + start, m.group(0)) for m in TOKEN.finditer(text[start:end])]
    words = [t for t in toks if is_word_char(t[2][0])]
    if not words or len(words) > 5:
        return start, end
    fw = function_words(language)
    while len(words) > 1 and words[-1][2].lower() in fw:
        words.pop()
        end = words[-1][1]
    while len(words) > 1 and words[0][2].lower() in fw:
        words.pop(0)
        start = words[0][0]
    return start, end
