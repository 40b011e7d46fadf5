"""Name mentions for languages without a statistical NER model (Bulgarian, Portuguese, Russian).

Runs of capitalised words are names, except at the start of a sentence unless the same word also
appears capitalised mid-sentence elsewhere in the article (so "Путин" at a sentence start still counts,
while an ordinary sentence-initial word does not). Hindi has no letter case and gets no names this way.
"""
from __future__ import annotations

import re

_CAP = re.compile(r"^[^\W\d_][\w\-’'.]*$")
_CONNECTORS = {"de", "da", "do", "dos", "das", "von", "der", "van"}  # never "и": "Китая и Белоруссии" is two


def _is_cap(tok) -> bool:
    t = tok.text
    return bool(_CAP.match(t)) and t[:1].isupper() and not t.isupper() or (t.isupper() and 2 <= len(t) <= 5)


def _title_complement(doc, i: int) -> bool:
    """Whether token ``i`` completes a title before it ("o secretário de Estado [Fernando ...]"): the word before is
    a connector and the one before that a title word of the language."""
    from ..lang import lexicon

    return i >= 2 and doc[i - 1].lower_ in _CONNECTORS and doc[i - 2].lower_ in lexicon(doc.lang_).titles


def _cap_follows(doc, i: int) -> bool:
    """Whether a capitalised word follows token ``i`` on its line, directly or after a connector ("Conselho de
    Segurança")."""
    n = len(doc)
    j = i + 1
    if j < n and "\n" not in doc[i].whitespace_ and doc[j].lower_ in _CONNECTORS:
        i, j = j, j + 1
    return j < n and "\n" not in doc[i].whitespace_ and _is_cap(doc[j])


def capitalised_names(doc) -> list[tuple[int, int, str, str]]:
    """``(start, end, text, "NAME")`` for every run of capitalised words that looks like a name."""
    def starts(tok) -> bool:
        return tok.is_sent_start or tok.i == 0 or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ \
            or doc[tok.i - 1].text in "-–—:\"“«„("

    mid_sentence = {tok.text for tok in doc if not starts(tok) and _is_cap(tok)}
    out = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        # a capitalised stop word opens no name unless a capitalised word follows inside a sentence (Portuguese
        # "o Conselho Europeu", "a Segunda Guerra Mundial": spaCy lists "conselho" and "segunda" as stop words);
        # never one in capitals ("НО ТЕ НЕ ЖЕЛАЯТ"), nor one that completes a title ("secretário de Estado")
        if not _is_cap(tok) or (tok.is_stop and (starts(tok) or tok.text.isupper() or not _cap_follows(doc, i)
                                                 or _title_complement(doc, i))) \
                or (starts(tok) and tok.text not in mid_sentence):
            i += 1
            continue
        j = i + 1
        while j < n and "\n" not in doc[j - 1].whitespace_ and (
                _is_cap(doc[j]) or (doc[j].lower_ in _CONNECTORS and j + 1 < n and _is_cap(doc[j + 1]))):
            j += 1
        span = doc[i:j]
        out.append((span.start_char, span.end_char, span.text, "NAME"))
        i = j
    return out
