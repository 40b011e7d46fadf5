"""Language identification for the five languages of SemEval-2025 Task 10 (and English fallbacks).

A light script-and-stopword heuristic: Devanagari is Hindi; Cyrillic is Russian or Bulgarian (letters
only Russian uses, and words only one of them uses); Latin script is English or Portuguese by stopwords.
Anything else is ``None`` (unknown). Good enough for news articles of a few sentences or more.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_EN = frozenset("the and of to is in that for with was on are by this it from as be have has not".split())
_PT = frozenset("de que não os as da do em para com uma um por mais dos das foi são também".split())
_RU_ONLY = frozenset("это что как для его она они были был или уже так только также".split())
_BG_ONLY = frozenset("на се че да са от за като това тази които които със във още ще".split())
_FILE_LANG = re.compile(r"(?:^|[_-])(BG|EN|HI|PT|RU)(?=[_-])")

LANGUAGES = ("bg", "en", "hi", "pt", "ru")


def language_from_filename(name: str) -> str | None:
    """``EN_UA_100012.txt``, ``A6_CC_BG_10015.txt``, ``RU-URW-1001.txt`` -> language code, else ``None``."""
    m = _FILE_LANG.search(name)
    return m.group(1).lower() if m else None


def detect_language(text: str) -> str | None:
    """Best guess among bg/en/hi/pt/ru for ``text``, or ``None`` when it is none of them or too short."""
    sample = text[:20000]
    counts = {"deva": 0, "cyr": 0, "lat": 0}
    for ch in sample:
        o = ord(ch)
        if 0x0900 <= o <= 0x097F:
            counts["deva"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyr"] += 1
        elif ch.isascii() and ch.isalpha() or 0xC0 <= o <= 0x17F:
            counts["lat"] += 1
    script = max(counts, key=counts.get)
    if counts[script] < 10:
        return None
    if script == "deva":
        return "hi"
    words = [w.lower() for w in _WORD.findall(sample)]
    if script == "cyr":
        ru_letters = sum(sample.count(c) for c in "ыэё")
        ru = sum(w in _RU_ONLY for w in words) + ru_letters
        bg = sum(w in _BG_ONLY for w in words) + sample.count("ъ") // 3
        return "ru" if ru > bg else "bg"
    en = sum(w in _EN for w in words)
    pt = sum(w in _PT for w in words)
    if en == pt == 0:
        return None
    return "en" if en >= pt else "pt"
