"""Language identification: which language an article is written in, as an ISO 639-1 code.

narrascope analyses five languages (``LANGUAGES``: bg, en, hi, pt, ru, those of SemEval-2025 Task 10). A
text in any other language must be reported as what it is, not read as the nearest of the five (French
is not Portuguese, Ukrainian is not Bulgarian), so the identifier (lingua, statistical n-gram models) also
knows the languages most often met next to them in news: the other languages of Europe's press around
Russia and Ukraine, and a few world languages. A language it does not know comes out as the closest of
those or ``None``; either way it is outside the five and gets only the language-independent layers.

The detector is built once, lazily, in lingua's low-accuracy mode (trigram models only): for these 43
languages about 40 MB and 0.35 s of CPU to build (high-accuracy mode: over 180 MB and 1.5 s for 20
languages), and as good on texts of a paragraph or more (news articles: 500 of 500 SemEval articles of the
five languages right); it reads at most the first ``_SAMPLE`` characters (3-8 ms an article). On short
texts (under 200 letters) it is unsure, so there one of the five wins when lingua gives it a fair chance
(confidence >= 0.05).
"""
from __future__ import annotations

import re
from functools import lru_cache

_FILE_LANG = re.compile(r"(?:^|[_-])(BG|EN|HI|PT|RU)(?=[_-])")
_SAMPLE = 3000
_MIN_LETTERS = 10
_SHORT = 200        # fewer letters than this: a short text (see detect_language)
_FAIR_CHANCE = 0.05

#: The languages narrascope analyses.
LANGUAGES = ("bg", "en", "hi", "pt", "ru")
#: Languages the identifier knows besides the five (so that their texts are not taken for one of the five).
OTHER_LANGUAGES = ("uk", "be", "sr", "mk", "pl", "cs", "sk", "sl", "hr", "fr", "es", "it", "de", "nl", "ro", "tr",
                   "ar", "mr", "kk", "ca", "sv", "da", "el", "hu", "fi", "lt", "lv", "et", "ka", "hy", "az", "fa",
                   "ur", "bn", "zh", "ja", "ko", "id")
# lingua does not tell Devanagari Nepali from Hindi/Marathi, nor a few small languages; they are left out.


def language_from_filename(name: str) -> str | None:
    """``EN_UA_100012.txt``, ``A6_CC_BG_10015.txt``, ``RU-URW-1001.txt`` -> language code, else ``None``."""
    m = _FILE_LANG.search(name)
    return m.group(1).lower() if m else None


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
             for code in LANGUAGES + OTHER_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language (``"ru"``, ``"fr"``, ``"uk"``, …), or ``None`` when the
    text is too short or has too few letters to tell. Only ``LANGUAGES`` are analysed in full."""
    sample = text[:_SAMPLE]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < _MIN_LETTERS:
        return None
    if letters >= _SHORT:
        found = _detector().detect_language_of(sample)
        return found.iso_code_639_1.name.lower() if found is not None else None
    # A headline or a sentence: trigram statistics are unsure here (a short English sentence can come out
    # as Italian), so one of the five languages narrascope reads wins when the identifier gives it a fair
    # chance; a clear French or Ukrainian sentence still comes out as French or Ukrainian.
    ranked = [(c.language.iso_code_639_1.name.lower(), c.value)
              for c in _detector().compute_language_confidence_values(sample)]
    if not ranked:
        return None
    ours = [(code, v) for code, v in ranked if code in LANGUAGES]
    if ours and ours[0][1] >= _FAIR_CHANCE:
        return ours[0][0]
    return ranked[0][0]


def is_supported(language: str | None) -> bool:
    """Whether narrascope has the full set of layers for ``language`` (``None`` is read as English)."""
    return language is None or language in LANGUAGES


__all__ = ["LANGUAGES", "OTHER_LANGUAGES", "detect_language", "is_supported", "language_from_filename"]
