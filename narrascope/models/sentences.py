"""The project's one sentence splitter over a spaCy parse: the sentences the ``spacy`` analyser gives a Document
and the framing model trains on. No numpy here, so the parse layer can use it without loading the models."""
from __future__ import annotations

from typing import Any

_TEXT = "narrascope.text"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc and kept in its ``user_data``: spaCy joins it token by token on every
    access (about 9 ms for a news article), and the layers read it several times per article."""
    data = doc.user_data
    text = data.get(_TEXT)
    if text is None:
        text = data[_TEXT] = doc.text
    return text


def document_sentences(doc: Any) -> list[tuple[int, int]]:
    """The sentence spans of a spaCy ``doc`` (the Document's sentences), surrounding whitespace trimmed."""
    if doc is None:
        return []
    out, text = [], doc_text(doc)
    for sent in doc.sents:
        # the span's text sliced from the Doc's (what ``sent.text`` builds token by token, at a fraction of the cost)
        raw = text[sent.start_char:sent.end_char]
        body = raw.strip()
        if body:
            start = sent.start_char + len(raw) - len(raw.lstrip())
            out.append((start, start + len(body)))
    return out
