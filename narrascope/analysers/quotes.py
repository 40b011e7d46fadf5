"""The ``quotes`` analyser: direct quotes (all common quote marks) and indirect speech, with speakers.

Direct quotes are found by scanning the raw text for paired marks: “…”, "…", «…», „…“, and ‘…’ outside
double quotes. A quote may span paragraphs in the newspaper convention (the paragraph ends without a
closing mark and the next one opens again). Quotes nested inside a quote stay part of the outer one.
Short quoted phrases without a reporting verb are scare quotes, not speech, and are left out.

Speakers come from the parse: a reporting verb next to the quote ("…," Trump said / said Trump / Trump
said: "…"), a participial reporting clause whose speaker is the subject of the verb it hangs on (Trump linked
X to the war, saying, "…"; also adding, noting that, warning:), "according to X", a he/she pronoun resolved
to the last person named who agrees in gender, or the speaker of the previous paragraph's quote when a quote
continues it. A few quoted words inside reported speech (stating that the country can "forget about"
joining NATO) are a ``partial`` direct quote of the reporting verb's subject. Indirect speech is a reporting
verb with a clausal complement ("X said that …", "X claims …", "…, adding that …").

That is English, read on spaCy's parse. Bulgarian, Hindi, Portuguese and Russian have no parser: their
quotes and reported speech are read by :func:`lexical_quotes` with the language's lexicon (see
:mod:`narrascope.analysers.reported`). A language outside the five gets no quotes (its verbs are unknown).
"""
from __future__ import annotations

import bisect
import re

from ..lang import LANGUAGES, Lexicon, lexicon
from ..lang.ru import morph as _morph
from ..models.sentences import doc_text
from ..registry import Document, analyser
from ..schema import Quote, Sentence, Span
from .reported import (
    _BG_BARE_TEXTS,
    _BG_BODY_NOUNS,
    INITIAL,
    QUOTED_NAME,
    RU_DATIVE,
    Resolver,
    Speaker,
    _bg_participle_opener,
    _is_cap,
    _person_types,
    _pt_participle_opener,
    _ru_singular_lemma,
    find_phrase,
    is_infinitive,
    is_object_verb,
    is_pointer_verb,
    is_reporting,
    words,
)
from .reported import (
    _unaccent as _pt_unaccent,
)
from .speech import REPORTING_VERBS, function_word_name, speaker_of

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‚": "‘", "‘": "’", "‹": "›", "»": "«", '"': '"'}
_DOUBLE_OPEN = {"“", "«", "„", '"'}
_MIN_SPEECH_WORDS = 4
# a short name in quote marks, an exclamation allowed at its end ("форуме «Россия зовет!»")
_RU_EVENT_NAME = re.compile(r"[«„“\"][A-ZА-ЯЁ][^«»„“”\"\n.,;:!?]{0,40}?[!?]?[»“”\"]")
# A straight double quote written twice (""…"", from CSV exports and some CMSs) is one mark.
_DOUBLED_OPEN = re.compile(r'(?:(?<=^)|(?<=[\s(\[{—–:,;-]))""(?=[^\s"])')
_DOUBLED_CLOSE = re.compile(r'(?<=[^\s"])""(?=[\s.,;:!?)\]}—–-]|$)')


#: a name in apposition between commas ("Nuno Matias", "Maria do Céu Ferraz")
_PT_APPOSED_NAME = re.compile(r"[A-ZÀ-Ú][\w-]+(?:\s+(?:d[aoe]s?\s+|e\s+)?[A-ZÀ-Ú][\w-]+){1,4}")
#: a stance closed by a colon, the statement after it ("não tem dúvidas: …", "está convencido: …")
_PT_STANCE_COLON = re.compile(r"\s*:\s+(?=[\w«“\"])")
#: "Folha de S.Paulo", "O Estado de S. Paulo": a full stop inside a name
_PT_S_PAULO = re.compile(r"(?<![\w])S\.\s?(?=Paulo\b)")
#: "pediu para não ser identificado", "pediu anonimato": a speaker's wish not to be named, which reports nothing
_PT_ANONYMITY = re.compile(r"\s+(?:para\s+não\s+(?:ser\s+identificad|se\s+identificar|ter\s+o\s+nome)|anonimato"
                           r"|reserva\s+de\s+identidade)")
#: the outlet told after a reporting verb, then "que": "ao jornal O Estado de S. Paulo que", "à rádio TSF que"
_PT_TOLD_OUTLET = re.compile(r"\s+(?:ao|à)\s+"
                             r"(?:(?:jornal|revista|rádio|emissora|televisão|canal|site|portal|agência)\s+)?(?:[OA]\s+)?[A-ZÀ-Ú][\w-]*(?:\s+(?:d[eoa]s?|S\.|[A-ZÀ-Ú][\w-]*)){0,5}\s+(que)\s")


def _is_open_straight(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-:,;") and not nxt.isspace()


def undouble(text: str) -> str:
    """``text`` with each doubled straight quote (``""…""``) made one mark and a space (same length)."""
    if '""' not in text:
        return text
    text = _DOUBLED_OPEN.sub(' "', text)
    return _DOUBLED_CLOSE.sub('" ', text)


def _runs_on(text: str, nl: int, open_mark: str, close: str, opened: int = -1, marks: str = "„") -> int | None:
    """Where a „…“ quote closes when it runs on, not opened again, into the next paragraph: the paragraph at
    ``nl`` ends a sentence, the next one holds no opening mark before its first closing mark, and that mark is
    followed by a comma or a dash (its attribution: "„… пари.\n\nДокато … никой“, коментира той"), or, when the
    quote (opened at ``opened``) opens the paragraph after one that ends with a colon ("X е категоричен:"), by the
    end of its paragraph."""
    if open_mark not in marks or nl == 0 or text[nl - 1] not in ".!?…":
        return None
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    if text[k:k + 1] in ("", open_mark, "–", "—", "-") or text[nl:k].count("\n") > 3:
        return None
    stop = text.find("\n", k)
    stop = len(text) if stop < 0 else stop
    c = text.find(close, k, stop)
    if c < 0 or open_mark in text[k:c]:
        return None
    after_colon = opened > 0 and text[:opened].rstrip(" \t").endswith("\n") and text[:opened].rstrip().endswith(":")
    if not (re.match(r"\s*[,–—]", text[c + 1:stop]) or after_colon and not text[c + 1:stop].strip()):
        return None
    return c


def find_quote_spans(text: str, straight_single: bool = False, run_on: bool | str = False) -> list[tuple[int, int]]:
    """``(open_mark, close_mark)`` index pairs of top-level quotes; content is ``text[open+1:close]``.

    ``straight_single``: ``'…'`` counts as a quote too (Hindi news quotes with it; in English it is
    mostly an apostrophe). A doubled straight quote (``""…""``) is one mark: the pair's inner character
    is the one returned, so the content never holds a quote character of the mark. ``run_on``: a „…“ quote
    may run on into the next paragraph without opening again there (Bulgarian news, see :func:`_runs_on`); a string:
    the opening marks that may (Russian "„«").
    """
    text = undouble(text)
    pairs = dict(_OPEN_CLOSE, **({"'": "'"} if straight_single else {}))
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    nested = True
    while i < n:
        ch = text[i]
        is_open = ch in pairs and ch != "’" and (
            (ch not in "\"'" or _is_open_straight(text, i))
            and (ch not in "‘'" or (i == 0 or not text[i - 1].isalnum()))
        )
        if not is_open:
            i += 1
            continue
        close = pairs[ch]
        j = i + 1
        end = None
        depth = 0  # "„… АЕЦ „Козлодуй“ работи …“": a „…“ pair nested inside a „…“ quote, the same marks
        inner = False
        while j < n:
            c = text[j]
            if ch == "„" and c == "„" and nested:
                depth += 1
                inner = True
            elif ch == "„" and c == close and depth:
                depth -= 1
                j += 1
                continue
            if c == close and (close not in "’'" or j + 1 >= n or not text[j + 1].isalpha()):
                if close in "\"'" and _is_open_straight(text, j) and j + 1 < n and text[j + 1].isalpha():
                    break  # an opening straight quote where a closing one was due: give up on this one
                end = j
                break
            if c == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == ch and text[j:k].count("\n") <= 3:
                    j = k + 1  # the quote continues in the next paragraph
                    continue
                if run_on and depth == 0 and (c2 := _runs_on(text, j, ch, close, i,
                                                             run_on if isinstance(run_on, str) else "„")) is not None:
                    end = c2
                break
            j += 1
        if end is None and inner:
            # the quote does not close after its nested pairs before the paragraph ends (one mark closing both,
            # "„… „достатъчно!“ добави той"): read this quote as before, up to the first closing mark
            nested = False
            continue
        nested = True
        if end is None:
            i += 1
            continue
        if end > i + 1:
            out.append((i, end))
        i = end + 1
    return out


_DASH = "—–"


def dash_quote_spans(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Direct speech opened by a dash (``— Всеки месец плащам повече — каза Елена Тодорова.``, ``— Já perdi um voo.
    Não arrisco mais — disse à Lusa.``): a dash at a paragraph's start or after a sentence's end opens it, the next
    spaced dash of the paragraph (its attribution) or the paragraph's end closes it. ``(o, c)`` as quote marks
    give them (the content is ``text[o + 1:c]``); none overlaps ``taken`` (the quotes in quote marks)."""
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        p0, p1 = para.start(), para.end()
        hyphen = r"|^[ \t]*-[ \t]+(?=[А-Я])" if lex.code == "bg" else ""
        for op in re.finditer(r"(?:(?:^[ \t]*|(?<=[.!?…]) )[—–][ \t]+(?=\S)" + hyphen + ")", text[p0:p1]):
            o = p0 + op.end() - 1  # the space before the first word
            closes = list(re.compile(r"[ \t],?[ \t]*[—–][ \t]").finditer(text, o + 1, p1))
            if lex.code == "ru":
                # "— Главный риск — это запасы.": a dash before "это" is the sentence's copula, no attribution's
                closes = [d for d in closes if not re.match(r"это\b", text[d.end():d.end() + 4])]
            if op.group(0).strip() == "-" and not any(is_reporting(m.group(0), lex) for d in closes
                                                      for m in words(text, d.end(), p1)[:3]):
                # "- Нямаме вода. Никой не идва – оплака се той.": a hyphen opens speech only before a dash and a
                # reporting verb (a hyphen also marks a list's items)
                continue
            # the dash of the attribution: one after a comma or before a reporting verb; a bare dash before one is the
            # speech's own ("— У нас фельдшер, школа, магазин — всё на том берегу. …, — сказала Кудряшова.")
            close = next((d for d in closes if "," in d.group(0) or any(
                is_reporting(m.group(0), lex) for m in words(text, d.end(), p1)[:4])), closes[0] if closes else None)
            c = close.start() if close is not None else p1
            if close is None:
                # "— Vi o fumo a descer a serra, contou Rosa Almeida, de 71 anos.": a comma before a reporting verb
                for comma in reversed(list(re.finditer(r",\s", text[o + 1:p1]))):
                    after = words(text, o + 1 + comma.end(), p1)[:2]
                    if any(is_reporting(m.group(0), lex) for m in after):
                        c = o + 1 + comma.start()
                        break
            if op.start() > 0 and text[o + 1:o + 2].islower():
                continue  # "… Какво да правя? – попита тя.": a dash before a lower-case word is the attribution's
            if op.start() > 0 and not any(p0 <= a < p1 for a, _ in out) and (close is None or not any(
                    is_reporting(m.group(0), lex) for m in words(text, close.end(), p1)[:3])):
                # inside a paragraph only before a reporting verb or after speech of the same paragraph
                # ("руб. — это больше, чем …" is no speech)
                continue
            # (Russian: a short name in quote marks inside the speech is no quote of its own that ends it: "— Некем.
            # В прошлом году на специальность «Лечебное дело» поступили 90 человек …")
            inner = [(a, b) for a, b in taken if o < a and b < c and lex.code == "ru"
                     and len(text[a + 1:b].split()) <= 4 and not re.search(r"[.!?…,;:]", text[a + 1:b])]
            if c <= o + 1 or any(a < c and o < b and (a, b) not in inner for a, b in taken) \
                    or any(a < c and o < b for a, b in out) or len(text[o + 1:c].split()) < 2:
                continue
            out.append((o, c))
    return out


def _is_cue(tok) -> bool:
    """A reporting verb; a participle hanging on a clause (", warning: …") counts even when the small
    model tags it as a noun."""
    if tok.dep_ == "advcl" and tok.lower_.endswith("ing") and (
            tok.lower_[:-3] in REPORTING_VERBS or tok.lower_[:-3] + "e" in REPORTING_VERBS):
        return True
    return tok.pos_ in ("VERB", "AUX") and (
        tok.lemma_.lower() in REPORTING_VERBS or tok.lower_ in REPORTING_VERBS
        or tok.lower_ in ("says", "said", "told", "claimed", "added", "wrote"))  # tagged as nouns at times


def subject_of(verb, quote: tuple[int, int] = (-1, -1)):
    """The subject of a reporting verb, outside the quote marks ``quote`` (open/close positions).

    A participial reporting clause has no subject of its own: in "Trump linked the expansion to the war,
    saying, “…”" (also ``adding,``, ``noting that``, ``warning:``) the speaker is the subject of the verb
    the clause hangs on, so the search climbs from the participle (or a conjoined verb) to its head.
    """
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                     and not quote[0] <= c.idx <= quote[1]), None)
        if subj is not None:
            return subj
        if tok.dep_ in ("advcl", "conj", "xcomp", "acl") and tok.head is not tok:
            tok = tok.head
            continue
        break
    return None


def _cue_near(doc, left: int, right: int, text: str, quote: tuple[int, int] = (0, 0), nearest_last: bool = False):
    """A reporting verb with its subject in ``text[left:right]`` (same paragraph), nearest to the quote first.

    Subjects inside the quote itself (``quote`` = open/close mark positions) are not speakers.
    ``nearest_last``: the window lies before the quote, so its last verb is the nearest.
    """
    toks = list(doc.char_span(left, right, alignment_mode="contract") or [])
    for tok in (reversed(toks) if nearest_last else toks):
        if not _is_cue(tok):
            continue
        subj = subject_of(tok, quote)
        if subj is None:
            # inverted order: `..." said Trump.`
            subj = next((c for c in tok.rights if c.ent_type_ == "PERSON" or c.pos_ in ("PROPN", "PRON")), None)
        if subj is not None:
            return tok, subj
    return None


def _governs(verb, doc, start: int, end: int) -> bool:
    """Whether the quoted words ``text[start:end]`` lie in the clause the verb governs."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and len(span) > 0 and verb.is_ancestor(span[0])


_THAT = re.compile(r"[\s,:;—–-]*(?:that\b)?[\s,:;—–-]*", re.IGNORECASE)


def _is_partial(text: str, verb, o: int, c: int, sent_end: int) -> bool:
    """A few quoted words inside reported speech: words stand between the verb and the quote, or the
    sentence goes on after it ("stating that the country can “forget about” joining NATO")."""
    gap_start = verb.idx + len(verb.text)
    gap = text[gap_start:o]
    if _THAT.fullmatch(gap) is None:
        return True
    tail = text[c + 1:sent_end]
    return any(ch.isalpha() for ch in tail)


def _according_to(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), doc[tok.i + 2])
            return tok, pobj
    return None


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, pos) + 1
    right = text.find("\n", pos)
    return left, (len(text) if right < 0 else right)


def _quote_window(text: str, layout: str, spans: list[tuple[int, int]], qi: int):
    """The ``qi``-th quote's content span, its paragraph's bounds, and the ends of the quotes before and after
    it: the window in which both the English and the lexicon readers look for a speaker."""
    o, c = spans[qi]
    content = Span(start=o + 1, end=c, text=text[o + 1:c])
    p_left, _ = _paragraph_bounds(layout, o)
    _, p_right = _paragraph_bounds(layout, c)
    nxt = spans[qi + 1][0] if qi + 1 < len(spans) else len(text)
    prv = spans[qi - 1][1] + 1 if qi > 0 else 0
    return content, p_left, p_right, prv, nxt


def _previous_paragraph_end(text: str, pos: int) -> int:
    """End of the last non-blank line before ``pos``."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return _paragraph_bounds(text, i)[1] if i >= 0 else -1


def direct_quotes(document: Document) -> list[Quote]:
    """Direct quotes with speakers resolved where the text allows."""
    text, doc = document.article.text, document.doc
    # Quote marks and paragraphs are read on the parsed text, where the line breaks of hard-wrapped
    # paragraphs are spaces (same length, see spacy_parse.unwrap): a quote may run on over a wrapped line.
    layout = doc_text(doc) if doc is not None and len(doc_text(doc)) == len(text) else text
    entities = document.data.get("entities", [])
    quotes: list[Quote] = []
    spans = find_quote_spans(layout)
    for qi, (o, c) in enumerate(spans):
        content, p_left, p_right, prv, nxt = _quote_window(text, layout, spans, qi)
        # Look after the quote first (the usual `"…," he said`), then before it (`Trump said: "…"`).
        words = len(content.text.split())
        after = _cue_near(doc, c + 1, min(p_right, nxt, c + 160), text, (o, c)) if doc is not None else None
        before = None
        if after is not None and not _governs(after[0], doc, o + 1, c):
            # a verb after the quote that does not govern it may be another clause's ("Trump said that Ukraine
            # "can forget about" joining NATO, a reversal that critics say is long overdue": Trump's words, stop 52)
            earlier = _cue_near(doc, max(p_left, prv, o - 200), o, text, (o, c), nearest_last=True)
            if earlier is not None and _governs(earlier[0], doc, o + 1, c):
                after, before = None, earlier
        if after is None and before is None and doc is not None:
            before_left = max(p_left, prv, o - 200)
            before = _cue_near(doc, before_left, o, text, (o, c), nearest_last=True)
            if before is not None and words < _MIN_SPEECH_WORDS and not _governs(before[0], doc, o + 1, c):
                before = None  # a short quoted phrase is speech only inside the reporting verb's clause
        found = after or before
        speaker = entity = sspan = cue = None
        reason = None
        partial = False
        if found is not None:
            verb, subj = found
            speaker, entity, sspan = speaker_of(subj, entities, text)
            cue = verb.text
            if before is not None and _governs(verb, doc, o + 1, c):
                partial = _is_partial(text, verb, o, c, _sentence_end(document, c))
        if speaker is None and doc is not None:
            acc = _according_to(doc, max(p_left, o - 200), min(p_right, c + 200))
            if acc is not None:
                speaker, entity, sspan = speaker_of(acc[1], entities, text)
                cue = "according to"
        if speaker is None and quotes and quotes[-1].speaker and p_left == o \
                and _paragraph_bounds(layout, quotes[-1].content.end)[1] == _previous_paragraph_end(layout, o):
            # A quote opening a paragraph right after a paragraph with an attributed quote continues it.
            prev = quotes[-1]
            speaker, entity, sspan = prev.speaker, prev.speaker_entity, prev.speaker_span
            cue = "continues previous quote"
        if speaker is None:
            partial = False
            if words < _MIN_SPEECH_WORDS:
                continue  # a scare quote or a title, not speech
            reason = "no reporting verb, 'according to' or earlier speaker near the quote"
        quotes.append(Quote(kind="direct", content=content, speaker=speaker, speaker_entity=entity,
                            speaker_span=sspan, cue=cue, unresolved_reason=reason, partial=partial))
    return quotes


def _sentence_end(document: Document, pos: int) -> int:
    """End of the sentence holding ``pos`` (end of its paragraph when sentences are missing)."""
    for sent in document.data.get("sentences", []):
        if sent.start <= pos < sent.end:
            return sent.end
    return _paragraph_bounds(document.article.text, pos)[1]


def indirect_quotes(document: Document, direct: list[Quote]) -> list[Quote]:
    """Reported speech: a reporting verb with a clausal complement, outside direct quotes."""
    doc, text = document.doc, document.article.text
    if doc is None or not doc.has_annotation("DEP"):
        return []
    entities = document.data.get("entities", [])
    covered = [(q.content.start - 1, q.content.end + 1) for q in direct]
    out = []
    en = lexicon("en")
    for tok in doc:
        finding = tok.lemma_.lower() in en.finding_verbs and tok.pos_ in ("VERB", "NOUN")  # ("Data … show that": NOUN)
        if not finding and (tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING_VERBS):
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subj = subject_of(tok)
        if comp is None or subj is None or comp.i < tok.i:
            continue
        if finding:
            # "a study found that …", "an investigation showed that …": what a source shows, with its owner
            # ("a report by the IMF") when one is named; "the map shows that …" is the article's own
            if subj.lemma_.lower() not in en.source_nouns or subj.dep_ != "nsubj":
                continue
            out += _finding(tok, subj, comp, entities, text, covered)
            continue
        sub = list(comp.subtree)
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        if any(a <= start < b or a < end <= b for a, b in covered):
            continue
        if text[start:end].lower().startswith("that "):
            start += 5
        while end > start and (text[end - 1] in ".,;:" or text[end - 1].isspace()):
            end -= 1
        if len(text[start:end].split()) < 3:
            continue
        speaker, entity, sspan = speaker_of(subj, entities, text)
        if speaker is None:
            continue
        out.append(Quote(kind="indirect", content=Span(start=start, end=end, text=text[start:end]),
                         speaker=speaker, speaker_entity=entity, speaker_span=sspan, cue=tok.text))
    return out


def _finding(verb, subj, comp, entities, text: str, covered) -> list[Quote]:
    """The reported finding of a source noun (:func:`indirect_quotes`): its speaker is the entity that owns the
    source ("a report by the IMF", "a Reuters investigation"), else the noun phrase ("data from the ministry"; a long
    one up to its noun)."""
    # (the clause's edges spaCy keeps: its subtree listed per verb was cubic in a chain of findings, "a study found
    # that a study found that …")
    first, last = comp.left_edge, comp.right_edge
    start, end = first.idx, last.idx + len(last.text)
    if any(a <= start < b or a < end <= b for a, b in covered):
        return []
    if text[start:end].lower().startswith("that "):
        start += 5
    while end > start and (text[end - 1] in ".,;:" or text[end - 1].isspace()):
        end -= 1
    if len(text[start:end].split()) < 3:
        return []
    phrase = [t for t in subj.subtree]
    a, b = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    # (not a stray "al." of "et al."; not the group a survey asked, "a survey of Ukrainian civilians": groups are no
    # speakers' entities)
    owner = next((e for e in entities for m in e.mentions if a <= m.start and m.end <= b and m.text[:1].isupper()
                  and e.type not in ("GPE", "LOC", "NORP", "GROUP")), None)
    if owner is not None:
        speaker, entity = owner.name, owner.id
        sspan = Span(start=a, end=b, text=text[a:b])
    else:
        if len(phrase) > 6:  # (a long phrase up to its noun: "a journalistic investigation")
            b = subj.idx + len(subj.text)
        sspan = Span(start=a, end=b, text=text[a:b])
        speaker, entity = sspan.text, None
    return [Quote(kind="indirect", content=Span(start=start, end=end, text=text[start:end]),
                  speaker=speaker, speaker_entity=entity, speaker_span=sspan, cue=verb.text)]


_SPEECH_FORMS = re.compile(
    r"\s+(?:also\s+|has\s+|have\s+|had\s+|repeatedly\s+|now\s+)*"
    r"(" + "|".join(f + r"\s+\w+" if f in ("tells", "told") else f
                    for f in sorted(lexicon("en").reporting_forms - {"added"}))
    + r")\b[\s,]*(?:that\s+)?")


def pattern_indirect(document: Document, found: list[Quote]) -> list[Quote]:
    """Reported speech the parser missed: an entity mention directly followed by a reporting verb.

    The small English model often tags "Trump claims ..." as a noun phrase; the surface pattern
    `<entity> claims|says|insists ... <clause>` recovers those.
    """
    text = document.article.text
    taken = [(q.content.start - 1, q.content.end + 1) for q in found]
    out = []
    for sent in document.data.get("sentences", []):
        if any(a < sent.end and sent.start < b for a, b in taken):
            continue
        for ent in document.data.get("entities", []):
            for m in ent.mentions:
                if not (sent.start <= m.start < sent.end):
                    continue
                hit = _SPEECH_FORMS.match(text, m.end, sent.end)
                if hit is None:
                    continue
                start, end = hit.end(), sent.end
                while end > start and (text[end - 1] in ".,;:!?" or text[end - 1].isspace()):
                    end -= 1
                if len(text[start:end].split()) < 3 or not _is_clause(document.doc, start, end):
                    continue
                out.append(Quote(kind="indirect", content=Span(start=start, end=end, text=text[start:end]),
                                 speaker=ent.name, speaker_entity=ent.id,
                                 speaker_span=Span(start=m.start, end=m.end, text=m.text),
                                 cue=hit.group(1).split()[0]))
                taken.append((start, end))
                break
    return out


def _is_clause(doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a verb: "Russia warned them for decades" reports no statement."""
    if doc is None or not doc.has_annotation("TAG"):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


# --- languages without a parser (bg, hi, pt, ru): the lexicon and the words around the quote ------------------

_STOP_AFTER = re.compile(r"[.!?।]\s|[.!?।]$|\n|[«“„\"]")


def _stop_after(text: str, start: int, end: int, lex: Lexicon):
    """The first sentence end or quote mark in ``text[start:end]``; the full stop of an abbreviation
    ("проф.", "Dr.", "डॉ.") ends no sentence."""
    pos = start
    while True:
        stop = _STOP_AFTER.search(text, pos, end)
        if stop is not None and text[stop.start()] in "«“„\"":
            name = QUOTED_NAME.match(text, stop.start(), end)
            if name is not None:  # "представитель агрегатора «Туту» Анна Вересова": a name in quote marks
                pos = name.end()
                continue
        if stop is None or text[stop.start()] != ".":
            return stop
        before = words(text, max(start, stop.start() - 8), stop.start() + 1)
        if not before or before[-1].end() != stop.start() or not (
                before[-1].group(0).lower() in lex.abbreviations or INITIAL.fullmatch(before[-1].group(0))):
            return stop  # (an initial's full stop ends nothing either: "मिशन निदेशक टी. वी. रमणी ने बताया")
        pos = stop.end()


_PT_ASKS = frozenset({"pergunta", "perguntam", "indaga", "interroga"})


# "— приводит слова …", "— передает слова …": the words of whom the genitive after them names
_RU_WORDS_OF = frozenset("приводит приводят привел привела привело передает передаёт передают передал передала "
                         "цитирует цитируют".split())
# an outlet's common noun, the one that passes the words on ("— передает слова премьера агентство PAP")
_RU_OUTLET_NOUNS = frozenset("агентство издание газета телеканал радиостанция портал сайт журнал".split())


# "…, приводит данные эксперт": a statement closed by the one who gives its figures
_RU_GIVES = frozenset("приводит приводят привел привёл привела привели".split())
_RU_GIVEN = frozenset("данные цифры расчеты расчёты оценки статистику".split())


def _tentative(res: Resolver, lookup, *args) -> Speaker | None:
    """A speculative speaker lookup that leaves no trace: what it found is handed back with the speakers it recorded
    (``res.speakers``) taken out again, so that a later "он" or bare title cannot pick up a speaker that was never
    given any words; ``_kept`` records it once the caller uses it."""
    if res.lex.code != "ru":
        return lookup(*args)
    before = list(res.speakers)
    sp = lookup(*args)
    known = {id(y) for y in before}  # (a set: a check against the whole list per speaker made long articles cubic)
    res._pending = [x for x in res.speakers if id(x) not in known] if sp is not None else []
    res.speakers[:] = before
    return sp


def _kept(res: Resolver, sp: Speaker) -> Speaker:
    """``sp`` from ``_tentative`` is used: the speakers its lookup recorded are recorded after all."""
    res.speakers.extend(getattr(res, "_pending", []))
    res._pending = []
    return sp


#: a plural noun with its article right after a plural reporting verb ("acrescentam os signatários")
_PT_PLURAL_AFTER = re.compile(r"\s+((?:os|as)\s+[a-zà-ú-]+s)(?![\w-])")


def _cue_after(res: Resolver, start: int, end: int) -> Speaker | None:
    """A reporting verb or source phrase right after a quote (``», — заявил Песков``, ``", disse.``,
    ``', पुतिन ने कहा।``): its first words (the lexicon's ``attribution_window``: six, Hindi ten, its verb comes
    last), before the sentence ends."""
    text, lex = res.text, res.lex
    stop = _stop_after(text, start, end, lex)
    limit = stop.start() + 1 if stop else end
    ws = words(text, start, limit)
    if lex.code == "hi" and any(w.group(0) == "ने" for w in ws[:lex.attribution_window]) and ws \
            and re.search(r",[\s'\"”’]*$", text[max(0, start - 4):ws[0].start()]):
        # "'…,' क्रेमलिन के प्रवक्ता दमित्री पेस्कोव ने मॉस्को में संवाददाताओं से कहा।" (Hindi round 19): after a quote closed
        # by a comma, a ने-subject within the window, its verb up to six words further in the same sentence
        ws = ws[:lex.attribution_window + 6]
    else:
        ws = ws[:lex.attribution_window]
    for k, m in enumerate(ws):
        w = m.group(0)
        # '"…?", pergunta, com a voz embargada': "pergunta" is a verb only right after the quote and its comma (a noun
        # elsewhere: "a uma pergunta sobre …")
        # ("— E agora, para onde é que eu vou? — pergunta.": right after the dash that closes dash speech too; round 31)
        asks = lex.code == "pt" and k == 0 and w.lower() in _PT_ASKS \
            and re.fullmatch(r"[\s\"”»]*,\s*|\s*[—–]\s*", text[start:m.start()]) is not None
        # ("— приводит ТАСС слова министра …", "— передает РИА Новости слова …": the outlet named between)
        sl = next((i for i in range(k + 1, min(len(ws), k + 4)) if ws[i].group(0).lower() == "слова"
                   and all(_is_cap(y.group(0)) for y in ws[k + 1:i])
                   and not re.search(r"[^\s«»„“\"]", text[m.end():ws[i].start()].replace(
                       " ".join(y.group(0) for y in ws[k + 1:i]), ""))), None) \
            if lex.code == "ru" and k <= 1 and w.lower() in _RU_WORDS_OF else None
        if sl is not None:
            # "«…», — приводит слова председателя профсоюза Ивана Мохначука „Интерфакс“", "— передает слова
            # польского премьера агентство PAP": the one whose words they are, not the outlet
            right = ws[sl].end()
            far = words(text, start, limit)[:sl + 12]  # (the title and its genitives may run past the window)
            for j in range(sl + 1, len(far)):
                x = far[j].group(0)
                if re.search(r"\S", text[far[j - 1].end():far[j].start()]) or x.lower() in _RU_OUTLET_NOUNS \
                        or x.islower() and any(_is_cap(y.group(0)) for y in far[sl + 1:j]):
                    break
                right = far[j].end()
            person = [(s_, t) for s_, t, e in res.mentions
                      if ws[sl].end() < s_ and t <= right and e.type == "PERSON"]
            if person:
                return res._named(person[-1][0], person[-1][1], w)
            if right > ws[sl].end():
                sp = _tentative(res, res.subject_after, ws[sl].end(), right, w)
                if sp is not None:
                    return _kept(res, sp)
        if is_reporting(w, lex) or asks:
            if lex.code == "pt" and k and ws[k - 1].group(0).lower() in ("e", "mas") \
                    and not re.search(r"[,;:—–]", text[start:m.start()]):
                return None  # '… que "…" e acusou a Comissão de chantagem': the verb's subject is before the quote
            if lex.code == "bg" and k == 1 and ws[0].group(0) == "и" \
                    and not re.search(r"[,;:—–]", text[start:m.start()]):
                return None  # "… определиха доклада като „…“ и заявиха, че …": the same subject, before the quote
            if lex.code == "hi":
                return _hindi_subject(res, start, m, w)
            obj = ws[k + 1].group(0).lower() if k + 1 < len(ws) else ""
            told = lex.code == "ru" and k == 1 and ws[0].group(0).islower() and all(
                "datv" in p_.tag and "nomn" not in p_.tag for p_ in _morph().parse(ws[0].group(0).lower())[:2])
            if lex.code == "ru" and k and not told and not re.search(r"[«»\"]", text[start:m.start()]):
                # ("«…», — губернатору ответил мэр Олег Смирнов": the one told, in the dative, is no subject)
                # "«…»: Рязанова прокомментировала поведение Макаревича", "«…», — Песков ответил на вопрос": a
                # person named before the verb is its subject, not the genitive after it
                sp = _tentative(res, res.subject_before, start, m.start(), w)
                ent = next((e for e in res.entities if sp is not None and e.id == sp.entity), None)
                if ent is not None and ent.type == "PERSON":
                    return _kept(res, sp)
            anon = next((y for y in ws[k + 1:k + 4] if lex.code == "ru" and y.group(0).islower()
                         and _ru_singular_lemma(y.group(0).lower()) in lex.anonymous_sources), None) \
                if w.lower().startswith(("цитиру", "процитирова")) else None
            if anon is not None and not re.search(r"[.!?;:,]", text[m.end():anon.start()]):
                # "«…», — цитирует издание собеседника": the unnamed source the outlet quotes, introduced before
                sp = res._anonymous_source(anon, w)
                earlier = [y for y in words(text, max(0, start - 600), start) if y.group(0).islower()
                           and _ru_singular_lemma(y.group(0).lower()) in lex.anonymous_sources] \
                    if sp.name == anon.group(0) else []
                # (the source named so in the sentences before, "как сообщил источник «Ъ»", not outside quotes only)
                earlier = [y for y in earlier if not any(a <= y.start() < b for a, b in res.quote_spans)]
                return Speaker(earlier[-1].group(0), None, sp.span, w) if earlier else sp
            if w.lower().startswith(("цитиру", "процитирова")) and obj in _QUOTED_PERSON:
                # "«…», — цитирует его агентство ERR": the agency quotes him, the words are his
                sp = res.previous_speaker(m.start(), _QUOTED_PERSON[obj])
                if sp is not None:
                    return Speaker(sp.name, sp.entity, sp.span, w)
            if lex.code == "ru" and w.lower().startswith(("цитиру", "процитирова")) and k + 3 <= len(ws) <= k + 4 \
                    and obj.islower() and res.is_title(obj) and all(_is_cap(y.group(0)) for y in ws[k + 2:]) \
                    and not any("nomn" in p_.tag for p_ in _morph().parse(obj)[:1]) \
                    and not re.search(r"[,;:]", text[m.end():ws[k + 2].start()]):
                # "«…», — цитирует эксперта НГС": a bare title in the accusative, then the outlet, ends the
                # sentence: the one so titled before is quoted, not the outlet
                t = ws[k + 1]
                sp = res.by_title(t.group(0), t.start(), w, Span(start=t.start(), end=t.end(), text=t.group(0)),
                                  only_named=True)
                if sp is not None and sp.name != t.group(0):
                    return Speaker(sp.name, sp.entity, sp.span, w)
            sp = _tentative(res, res.subject_after, m.end(), limit, w) \
                or _tentative(res, res.subject_before, start, m.start(), w)
            many = _PT_PLURAL_AFTER.match(text, m.end(), limit) \
                if sp is None and lex.code == "pt" and w.lower().endswith("m") else None
            if many is not None:
                # '«…», acrescentam os signatários': a plural verb and a plural noun after it are many who speak, not
                # the one who spoke last (round 28)
                return Speaker(many.group(1), None, Span(start=many.start(1), end=many.end(1), text=many.group(1)), w)
            return _kept(res, sp) if sp is not None else res.by_pronoun(m.start(), w, None)
        if k == 0 and lex.code != "hi":
            for phrase in lex.source_phrases:
                if text[m.start():m.start() + len(phrase)].lower() == phrase:
                    return res.source_after_phrase(m.start() + len(phrase), limit, phrase)
    if lex.code == "hi":
        for phrase in _longest_first(lex.source_phrases):
            for p in find_phrase(text, phrase, start, limit):
                return res.hindi_before(start, p, phrase)
    return None


# "मुख्यमंत्री कार्यालय की ओर से जारी बयान में कहा गया": whose statement, up to the reporting verb
_HI_STATEMENT_IN = re.compile(r"\s(?:की\s+ओर\s+से|द्वारा)\s+(?:जारी\s+)?(?:(?:एक|किए\s+गए|अपने)\s+)?"
                              r"(?:बयान|विज्ञप्ति|प्रेस\s+विज्ञप्ति|प्रेस\s+नोट)\s+में\s*$")
#: the reflexive "own" that opens no speaker's name ("अपने दफ़्तर", "अपनी पार्टी")
_HI_REFLEXIVES = frozenset("अपने अपनी अपना".split())
# "नीति आयोग की (ताजा) रिपोर्ट में कहा गया है कि": whose report, study or order it is
_HI_DOCUMENT_IN = re.compile(r"\s(?:की|के)\s+(?:(?:एक|ताजा|ताज़ा|नई|नए|सालाना|वार्षिक|हालिया)\s+)?"
                             r"(?:रिपोर्ट|अध्ययन|सर्वे|सर्वेक्षण|अधिसूचना|आदेश|फैसले|फ़ैसले|पत्र|चिट्ठी)\s+में\s*$")
# "जब X से … पूछा गया तो उन्होंने", "X से जब पूछा गया कि क्या …, तो उन्होंने": X (group 1 or 2, ending before से) is
# whom the pronoun stands for, not a name inside the question; "X से जब पूछा गया कि …, उन्होंने कहा" (Hindi round 19:
# the comma alone, no तो)
_HI_ASKED_THEN = re.compile(r"(?<![\u0900-\u097F])(?:जब\s+([^,।.!?]*?)\s+से|([^,।.!?]*?)\s+से\s+जब)\s+"
                            r"(?:[^,।.!?]*?\s+)?पूछ[ाेी]\s+(?:गया|गई|गए|जाने\s+पर)(?:\s+कि\s+[^।]*?)?(?:\s*,?\s*तो|\s*,)\s*$")


def _hi_own_clause_after(scan: str, o: int, c: int) -> bool:
    """Whether a Hindi quote (``o``..``c``, its marks) that ends a sentence of its own ("…।") is followed by a sentence
    whose reporting verb takes its own कि-clause ("उन्होंने बताया कि …"): that verb reports the clause, not the quote;
    only when a verb before the quote leads it in (", X कहती हैं, '…।'")."""
    if not re.search(r"[।.!?]\s*$", scan[o + 1:c]) or not re.search(r",\s*$", scan[max(0, o - 3):o]):
        return False
    after = re.split(r"[।.!?\n]", scan[c + 1:c + 120])[0]
    ws, hi = after.split(), lexicon("hi")
    # (the कि may come after a long subject: "स्थानीय निवासी मीना देवी ने बताया कि")
    if len(ws) >= 2 and any(w == "कि" and is_reporting(ws[i - 1], hi) or w == "कि" and i < 6
                            for i, w in enumerate(ws[1:9], 1)):
        return True
    # ("मोदी भी कई मौकों पर कह चुके हैं कि": the verb and its aspect words before a कि further on)
    if any(w == "कि" and ws[i - 1] in _HI_IS and any(is_reporting(x, hi) for x in ws[max(0, i - 3):i - 1])
           for i, w in enumerate(ws[1:14], 1)):
        return True
    # '"…।" यादव के मुताबिक, पिछले तीन साल में …': a source phrase with its own statement after its comma
    return any(re.match(r"\s*(?:\S+\s+){0,4}?" + re.escape(p) + r"\s*,\s*\S+\s+\S+", after)
               for p in hi.source_phrases)


def _hi_word_number(clause: str, lex: Lexicon) -> bool:
    """Whether a Hindi clause has a number in words before a scale word ("चार-चार लाख रुपये", "दो करोड़")."""
    ws = clause.split()
    return any(set(w.split("-")) <= lex.number_words and ws[i + 1] in lex.number_scales
               for i, w in enumerate(ws[:-1]))


# 'X ने घाटे को "चिंता का विषय" बताया': the past verb right after a short quoted phrase that names what X called it
_HI_CALLED = frozenset("बताया बताई बताए कहा करार".split())


def _hi_called(res: Resolver, left: int, o: int, c: int) -> Speaker | None:
    """Hindi: the ने-subject (or उन्होंने) of the verb right after a short quote (``o``..``c``, its marks) in the same
    sentence ('विदेश मंत्री ने व्यापार घाटे को "चिंता का विषय" बताया'): what the subject called it, in their words."""
    text = res.text
    nxt = words(text, c + 1, c + 30)[:1]
    if not nxt or text[c + 1:nxt[0].start()].strip() or nxt[0].group(0) not in _HI_CALLED:
        return None
    sent = max((m.end() for m in re.finditer(r"[.!?।]\s|\n", text[left:o])), default=0) + left
    if not any(w.group(0) == "ने" or w.group(0) in res.lex.pronouns for w in words(text, sent, o)):
        return None
    sp = _hindi_subject(res, sent, nxt[0], nxt[0].group(0))
    return sp if sp is not None and sp.name else None


# Hindi nouns that report only with their light verb ("पुष्टि की कि", "जानकारी दी कि", "ट्वीट किया") or as "X का … है"
_HI_VERB_NOUNS = frozenset("पुष्टि सुझाव निर्देश खुलासा तर्क जानकारी टिप्पणी ट्वीट जवाब".split())
_HI_LIGHT_VERBS = frozenset("की किया किए करते करती कर दी दिया दिए देते देती दे".split())
_HI_IS = frozenset("है हैं था थी थे".split())
# "X का दावा है कि", "ग्रामीणों का आरोप है कि": the noun and है after X's का
_HI_NOUN_IS = frozenset("दावा आरोप तर्क दलील सुझाव".split())


def _hindi_subject(res: Resolver, left: int, verb: re.Match, cue: str) -> Speaker | None:
    """``X ने (…) कहा``: the phrase before the ने nearest before the verb; ``उन्होंने कहा``: a pronoun."""
    text = res.text
    ws = words(text, left, verb.start())
    nxt = words(text, verb.end(), verb.end() + 12)[:1]
    nxt = nxt[0].group(0) if nxt else ""
    if verb.group(0) in _HI_VERB_NOUNS and nxt not in _HI_LIGHT_VERBS \
            and not (ws and ws[-1].group(0) in ("का", "की") and nxt in _HI_IS):
        return None  # "यह खुलासा करने की आवश्यकता", "उनकी जानकारी ने सवाल उठाया": a noun, no one reporting
    if ws and ws[-1].group(0) in ("का", "की") and (verb.group(0) in ("कहना", "मानना", "अनुमान")
                                                  or verb.group(0) in _HI_NOUN_IS and nxt in _HI_IS):
        return res.hindi_before(left, ws[-1].start(), cue)  # "X का कहना है कि …", "X का दावा/आरोप है कि …"
    if verb.group(0) == "अनुमान":
        return None  # ("के अनुमान के मुताबिक": a source phrase's noun, no verb)
    statement = _HI_STATEMENT_IN.search(text, left, verb.start()) \
        or (_HI_DOCUMENT_IN.search(text, left, verb.start()) if verb.group(0) == "कहा" else None)
    if statement is not None:
        # "X की ओर से जारी बयान में कहा गया, '…'": the body whose statement it is
        owner = text[max(left, statement.start() - 40):statement.start()].split()[-3:]
        if not any(w in _HI_REFLEXIVES for w in owner):
            return res.hindi_before(left, statement.start(), cue)
        # ("X ने अपने दफ़्तर की ओर से जारी बयान में कहा": the subject's own office, the subject speaks)
    if verb.group(0) == "कह" and nxt not in _HI_ASPECT_AFTER_STEM:
        if nxt not in ("दिया", "दी", "डाला"):
            return None  # ("हम कह सकते हैं", "कह नहीं सकते": no one reporting)
        # "X ने साफ कह दिया था कि": the ने-subject below
    elif verb.group(0) == "कह":
        k = len(ws)
        while k and ws[k - 1].group(0) in _HI_NOMINATIVE_ADVERBS:
            k -= 1
        if k and ws[k - 1].group(0) in ("वह", "वे"):
            return res.by_pronoun(ws[k - 1].start(), cue, Span(start=ws[k - 1].start(), end=ws[k - 1].end(),
                                                               text=ws[k - 1].group(0)))
        # "बोरिस जॉनसन पहले ही कह चुके हैं कि", "रूस कह रहा है कि": no ने; only a name the entities layer knows right
        # before (not "कुछ लोग कह रहे हैं", "फ्रांस के राष्ट्रपति भी कह चुके हैं")
        named = [(s_, t) for s_, t, e in res.mentions if k and left <= s_ and t == ws[k - 1].end()]
        if named:
            return res._named(*named[-1], cue)
        sp = res.hindi_before(left, ws[k - 1].end(), cue) if k else None
        prev = words(text, max(left, sp.span.start - 30), sp.span.start) \
            if sp is not None and sp.name and sp.span is not None else []
        if prev and prev[-1].group(0) in res.all_titles and sp.name == sp.span.text \
                and not any(w in res.all_titles for w in sp.name.split()):
            return sp  # "ब्रिटिश पीएम बोरिस जॉनसन पहले ही कह चुके हैं": a name the tagger missed, after its title
        return None
    back = ws[-16:]
    for i, m in enumerate(reversed(back)):  # "X ने नाम न छापने की शर्त पर बताया"
        w = m.group(0)
        if i >= 8 and re.search(r"[,;:।'\"“”‘’]", text[m.end():verb.start()]):
            break  # (up to twelve words back within the clause: "X ने बुधवार को नई दिल्ली में रिपोर्ट जारी करते हुए कहा")
        if i >= 12 and (w != "ने" or re.search(r"[.!?\n]", text[m.end():verb.start()])):
            continue  # (Hindi round 19: a ने up to sixteen words back in a clause with no punctuation: "X के प्रवक्ता ने
            # गुरुवार को साप्ताहिक ब्रीफ़िंग में … से जुड़े सवाल के जवाब में कहा")
        if w == "ने":
            return res.hindi_before(left, m.start(), cue)
        pronoun = w in res.lex.pronouns \
            or w.endswith("ने") and len(w) > 3 and w[:-2] in ("उन्हों", "इन्हों", "उस", "इस", "आप")
        if pronoun:
            # (within 200 characters: the pattern's lazy scans grow with the cube of a clause with no punctuation)
            asked = _HI_ASKED_THEN.search(text, max(left, m.start() - 200), m.start())
            if asked is not None:
                # "जब X से … पूछा गया तो उन्होंने कहा": the one asked answers
                g = 1 if asked.group(1) is not None else 2
                sp = res.hindi_before(asked.start(g), asked.end(g), cue)
                if sp is not None and sp.name:
                    return sp
            tail = back[len(back) - i:]
            while tail and tail[-1].group(0) in _HI_NOMINATIVE_ADVERBS:
                tail = tail[:-1]  # ("उनकी मां भी कहती हैं": no name, the adverb before the verb)
            if w in _HI_POSSESSIVES and 2 <= len(tail) <= 4 and tail[0].group(0) in _HI_KIN_WORDS \
                    and not re.search(r"[,;:।'\"“”‘’]", text[m.end():verb.start()]) \
                    and not any(t.group(0) in res.all_titles or t.group(0) in _HI_POSTPOSITIONS for t in tail[1:]):
                # "उनकी मां कुलविंदर कौर बताती हैं कि": the kin named after the possessive speaks, not its owner
                return res._named(tail[1].start(), tail[-1].end(), cue)
            return res.by_pronoun(m.start(), cue, Span(start=m.start(), end=m.end(), text=w))
    if verb.group(0) in res.lex.nominative_forms:
        end = verb.start()
        if ws and ws[-1].group(0) in _HI_FIGURES:
            # "नायर के मुताबिक, कारों की बिक्री के आंकड़े बताते हैं कि …": figures show, the source that opens the
            # sentence speaks (not "बिक्री", whose figures they are)
            sent = max((m.end() for m in re.finditer(r"[.!?।]\s|\n", text[left:verb.start()])), default=0) + left
            src = _HI_SOURCE_OPENING.match(text, sent, verb.start())
            if src is not None:
                sp = res.hindi_before(sent, src.start(1), src.group(1))
                if sp is not None and sp.name:
                    return sp
        if len(ws) >= 3 and ws[-1].group(0) == "हुए" and ws[-2].group(0).endswith("ते"):
            end = ws[-2].start()  # "सुशीला देवी रोते हुए कहती हैं": the adverbial participle is no part of the name
            own = next((i for i in range(len(ws) - 3, max(0, len(ws) - 12), -1)
                        if ws[i].group(0) in _HI_REFLEXIVES), None)
            if own is not None and own >= 2 and ws[own - 1].group(0) not in _HI_POSTPOSITIONS | _HI_STOP_BEFORE_OWN \
                    and not re.search(r"[,;:।.!?'\"“”‘’]", text[ws[own - 1].end():verb.start()]):
                # "ओलेना मार्चेंको अपने फ़्लैट की खिड़की पर मोमबत्ती जलाते हुए कहती हैं" (Hindi round 19): the participle's
                # own object and place, after the reflexive that follows the subject
                end = ws[own].start()
        k = len(ws)
        while k and ws[k - 1].start() < end and ws[k - 1].group(0) in _HI_NOMINATIVE_ADVERBS:
            k -= 1
        if 0 < k < len(ws) and ws[k - 1].group(0) not in _HI_POSTPOSITIONS:
            # "मोदी भी कई मौकों पर कह चुके हैं कि", "वर्मा अक्सर कहते हैं": an adverb between the subject and the verb
            sp = res.hindi_before(left, ws[k - 1].end(), cue)
            if sp is not None and sp.name:
                return sp
        return res.hindi_before(left, end, cue)  # "सुनीता शर्मा कहती हैं, '…'": no ने in the present
    return None


# a possessive pronoun and a kin word before a name ("उनकी मां कुलविंदर कौर बताती हैं"): the name is the subject
_HI_POSSESSIVES = frozenset("उनकी उनके उनका उसकी उसके उसका".split())
_HI_KIN_WORDS = frozenset("पिता माता मां माँ भाई बहन पति पत्नी बेटा बेटी बेटे बहू दादा दादी नाना नानी चाचा चाची मामा "
                          "ससुर सास".split())
# figures that "say" ("आंकड़े बताते हैं कि"), and a source phrase opening a sentence ("X के मुताबिक, ", group 1 its cue)
_HI_FIGURES = frozenset("आंकड़े आँकड़े".split())
_HI_SOURCE_OPENING = re.compile(r"\s*[^,।.!?'\"“”‘’]{2,80}?\s(के\s+(?:मुताबिक़?|अनुसार)),")
# "X कह चुके हैं कि", "X कह रही हैं": the bare stem with its aspect verb, no ने
_HI_ASPECT_AFTER_STEM = frozenset("चुके चुकी चुका रहे रही रहा".split())
# adverbs (and "भी") a present-tense subject may stand apart from its verb by ("भी कई मौकों पर", "अक्सर", "बार-बार")
_HI_NOMINATIVE_ADVERBS = frozenset("""
भी ही कई मौकों मौके मौका पर बार बार-बार अक्सर हमेशा लगातार पहले अब तक शुरू से आज फिर एक बार
""".split())
_HI_POSTPOSITIONS = frozenset("का की के ने में से को पर तक".split())
# words before a reflexive that close no subject ("और अपने", "भी अपने")
_HI_STOP_BEFORE_OWN = frozenset("और भी ही तो व या कि".split())


# "В съобщението на прокуратурата се казва, че …", "В позицията на министерството се посочва" (or "В позиция на
# …", without the article): the body (group 1)
_BG_IN_TEXT_OF = re.compile(r"\s*В\s+(?:[а-я]+\s+){0,2}?(?:съобщението|позицията|писмото|доклада|декларацията|"
                            r"съобщение|позиция|декларация|становище|"
                            r"становището|изявлението|отговора|документа|мотивите|публикацията|прессъобщението)"
                            r"\s+на\s+([^\s,.;:!?][^,.;:!?]{0,80}?)\s+")


_BG_PEOPLE_NOUNS = frozenset("""източник източници представител представители служители специалисти ръководителят
ръководителката""".split())
# "Представители на бранша", "Източник от МВР", "Говорител на полицията в Бургас": a bare noun of people opening the
# sentence, then whose or where from (group 1), up to the verb
_BG_BARE_HEAD = re.compile(r"\s*[А-Я][а-я]+\s+(?:на|от)\s+([^,.;:!?„“\"«»—–()]{2,60}?)\s*")


def _bg_bare_head(res: Resolver, sp: Speaker | None, a: int, verb_at: int) -> Speaker | None:
    """Bulgarian: the speaker ``sp`` found before a verb, when it is only the bare noun that opens the sentence
    ("Представители", "Източник"), with the body or place it is of or from."""
    if sp is None or not sp.name or sp.span is None or " " in sp.name or not res._sentence_start(sp.span.start):
        return sp
    head = sp.name.lower()
    if not (res.is_title(head) or head in _BG_PEOPLE_NOUNS):
        return sp
    m = _BG_BARE_HEAD.fullmatch(res.text, sp.span.start, verb_at)
    if m is None or any(is_reporting(x.group(0), res.lex) or x.group(0) == "че"
                        for x in words(res.text, m.start(1), m.end(1))):
        return sp
    span = Span(start=sp.span.start, end=m.end(1), text=res.text[sp.span.start:m.end(1)])
    return Speaker(span.text, None, span, sp.cue)


def _bg_called(res: Resolver, left: int, o: int) -> Speaker | None:
    """Bulgarian: a few quoted words closing a sentence after a verb of calling ("Съветът определи прогнозата като
    „твърде оптимистична“.", "Той нарече решението „грешка“."): the words of the verb's subject."""
    text, lex = res.text, res.lex
    sent = max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[left:o])), default=0) + left
    ws = words(text, sent, o)
    for k in range(len(ws) - 1, max(-1, len(ws) - 7), -1):
        v = ws[k]
        if is_object_verb(v.group(0), lex) and v.group(0).lower() not in ("обеща", "обещал", "обещала", "обещаха") \
                and not re.search(r"[.!?;:,«»“„\"]", text[v.end():o].rstrip("„“\"« ")):
            sp = res.subject_before(sent, v.start(), v.group(0))
            rel = re.search(r"\s(\w+)(?:\s+\w+){1,2},\s+(?:в|с|чрез)\s+(?:която|който|което|които)\s+$",
                            text[sent:v.start()])
            if sp is None and rel is not None:
                # "Посолството разпространи позиция, в която определи мерките като „…“": the subject of the
                # sentence that carries the statement the relative clause opens
                at = sent + rel.start(1)
                sp = res.subject_before(sent, at, rel.group(1))
            return sp
    return None


def _cue_before(res: Resolver, left: int, o: int) -> tuple[Speaker, int] | None:
    """The reporting verb or source phrase nearest before a quote, in its sentence (``Песков заявил: «``,
    ``По словам Шатрова, "``, ``X ने कहा, '``); with the number of words between the cue and the quote."""
    text, lex = res.text, res.lex
    sent = max((m.end() for m in re.finditer(r"[.!?।]\s|\n", text[left:o])), default=0) + left
    ws = words(text, sent, o)
    hits: list[tuple[int, Speaker]] = []
    for k in range(len(ws) - 1, -1, -1):
        m = ws[k]
        w = m.group(0)
        # 'A presidente da associação pede «medidas de emergência»', 'O deputado cobrou do governo uma campanha "que
        # chegue …"': a demand whose words follow in marks, a few words of object between
        demands = lex.code == "pt" and w.lower() in _PT_DEMANDS and len(ws) - 1 - k <= 5 \
            and not re.search(r"[,;:—–]", text[m.end():o])
        if is_reporting(w, lex) or demands:
            if lex.code == "hi":
                sp = _hindi_subject(res, sent, m, w)
            elif lex.code in ("pt", "bg") and k and ws[k - 1].group(0).lower() in _AS:
                # "Como explica o diretor: "…"", "Както съобщиха от мисията, доставките „…“": "Como"/"Както" is no
                # speaker
                sp = res.subject_after(m.end(), o, w)
            elif lex.code == "pt" and k and "," in text[ws[k - 1].end():m.start()] \
                    and re.fullmatch(r"\s+[^,.;:!?\n]{2,60},\s*[\"«“]?\s*", text[m.end():o]) \
                    and (after := res.subject_after(m.end(), o, w)) is not None:
                # "Moscovo, disse Peskov, "tomará …"": the verb and its speaker between commas, inside the sentence
                # the quote goes on; the words before are the quote's subject, not who spoke (found once: each
                # call records the speaker)
                sp = after
            elif lex.code == "ru" and k >= 2 and ws[k - 1].group(0).lower() in _AS \
                    and ws[k - 2].group(0).lower() == "вот":
                # "Вот как прокомментировал удары канал «…»": "Вот как" is no speaker
                sp = res.subject_after(m.end(), o, w)
            else:
                sp = res.subject_before(sent, m.start(), w) or res.subject_after(m.end(), o, w)
                sp = _pt_coordinated_subject(res, ws, k, sent, sp)
                if sp is None and len(ws) - k <= 3:
                    sp = res.by_pronoun(m.start(), w, None)  # "Добави: „…“", "Disse: "…""
            if sp is not None:
                hits.append((len(ws) - 1 - k, sp))
                break
    seen: list[tuple[int, int]] = []
    for phrase in _longest_first(lex.source_phrases):
        for p in find_phrase(text, phrase, sent, o, lex.not_source_after):
            if any(a <= p < b or p <= a < p + len(phrase) for a, b in seen):
                continue  # a shorter phrase inside a longer one ("के अनुसार" in "की रिपोर्ट के अनुसार")
            seen.append((p, p + len(phrase)))
            sp = (res.hindi_before(sent, p, phrase) if lex.code == "hi"
                  else res.source_after_phrase(p + len(phrase), o, phrase))
            if sp is not None:
                hits.append((len(words(text, p, o)), sp))
    return min(hits, key=lambda h: h[0])[::-1] if hits else None


def _pt_coordinated_subject(res: Resolver, ws: list[re.Match], k: int, a: int, sp: Speaker | None) -> Speaker | None:
    """Portuguese: a reporting verb right after "e" with no subject found, or one found before the sentence (the
    person named or quoted last), is said by the subject of the sentence's first reporting verb, when that subject
    is in the sentence ("Em nota, o conselho estima que … e afirma que "…"": the council, not the woman quoted
    before)."""
    if res.lex.code != "pt" or not k or ws[k - 1].group(0).lower() != "e" \
            or sp is not None and (sp.span is None or sp.span.start >= a):
        return sp
    first = next((c for c in ws[:k - 1] if is_reporting(c.group(0), res.lex)), None)
    if first is None or not any(c.group(0).lower() in res.lex.complementizers for c in ws[ws.index(first) + 1:k - 1]):
        return sp
    own = res.subject_before(a, first.start(), first.group(0))
    return own if own is not None and own.name and own.span is not None and own.span.start >= a else sp


def _pt_accuser(res: Resolver, left: int, o: int) -> Speaker | None:
    """Portuguese: the subject of an accusing verb whose object is accused "de" what the quote at ``o`` closes
    ('A ministra acusou a oposição de "mentir …"', 'Em comunicado, acusa ainda a administração de ter transferido …
    "sem informar ninguém"'): found before the verb only (after it stands the one accused); None without one."""
    text = res.text
    sent = max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[left:o])), default=0) + left
    m = _PT_ACCUSED_OF.search(text, sent, o) or _PT_CALLED_OF.search(text, sent, o)
    close = next((c for x, c in res.quote_spans if x == o), None)
    judged = _PT_JUDGED.search(text, sent, o) if m is None and close is not None else None
    if judged is not None and re.match(r"[\"”»]?\s+(?:[oa]s?)\s+[a-zà-ú]", text[close:close + 12]):
        # 'O antigo primeiro-ministro considerou "encorajador" o compromisso': the verb of judging right before the
        # words in marks, its object with its article right after them: the subject's judgement (round 33)
        former = re.fullmatch(r"\s*[OA]\s+antig[oa]\s+([a-zà-ú-]+)(?:\s+[a-zà-ú-]+)?\s+", text[sent:judged.start()])
        if former is not None and res.is_title(former.group(1)):
            # ('O antigo primeiro-ministro neerlandês considerou': a former office, short, told of the one named last,
            # not whoever holds that title now)
            sp = res.by_pronoun(sent + former.start(1), judged.group(1), None)
        else:
            sp = res.subject_before(sent, judged.start(), judged.group(1))
        return sp if sp is not None and sp.name else None
    if m is not None and close is not None and "obj" in m.re.groupindex and m.group("obj") is None \
            and not re.match(r"[\"”»]?\s+(?:[oa]s?)\s+[a-zà-ú]", text[close:close + 12]):
        # ('aquilo a que os meteorologistas chamam de "seca-relâmpago", que …': a term, no object named after it)
        return None
    if m is None or close is None \
            or len(text[o + 1:close].split()) < 2 and not re.search(r"\sde\s*$", text[m.start():o]):
        # (one word in marks is a scare quote or a loanword: "com um 'drone'"; not right after the "de" of what one
        # is accused of: 'acusou a Lituânia de "histeria"')
        return None
    sp = res.subject_before(sent, m.start(), m.group(1))
    return sp if sp is not None and sp.name else None


def _pt_reporter_of_place(res: Resolver, left: int, sp: Speaker) -> Speaker | None:
    """Portuguese: a place that speaks inside someone's reported speech ("Kosiniak-Kamysz disse aos jornalistas que
    Varsóvia pediu "uma resposta …""): the quoted words are the reporter's, the person whose reporting verb and "que"
    stand before the place in the same sentence; None when the speaker is no place or no person reports it."""
    ent = next((e for e in res.entities if e.id == sp.entity), None) if sp.entity else None
    if ent is None or ent.type not in ("GPE", "LOC"):
        return None
    text = res.text
    sent = max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[left:sp.span.start])), default=0) + left
    ws = words(text, sent, sp.span.start)
    for k, m in enumerate(ws):
        if not is_reporting(m.group(0), res.lex) or not any(x.group(0).lower() == "que" for x in ws[k + 1:k + 6]):
            continue
        outer = res.subject_before(sent, m.start(), m.group(0))
        inner = next((e for e in res.entities if e.id == outer.entity), None) if outer is not None and outer.entity \
            else None
        if inner is not None and (inner.type == "PERSON" or res._a_person(inner) or res._personal(outer)):
            return outer
        return None
    return None


# "… слова министра о том, что": where the words passed on begin
_RU_ABOUT_THAT = re.compile(r"\s+о\s+том,\s+что\s+")


def _ru_words_of_before(res: Resolver, left: int, o: int) -> Speaker | None:
    """Russian: a colon's sentence that passes on someone's words ("Слова Захаровой приводит РИА Новости: «…»",
    "ТАСС приводит слова министра Марии Захаровой: «…»", "Reuters цитирует министра обороны Бориса Писториуса:
    «…»"): the person named after "слова" (or before it, opening the sentence) or after the quoting verb, not the
    outlet that passes them on; None otherwise."""
    text = res.text
    if not re.search(r":\s*$", text[max(0, o - 4):o]):
        return None
    sent = max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[left:o])), default=0) + left
    colon = text.rfind(":", sent, o)
    ws = words(text, sent, colon)
    if re.search(r"[,;«»\"—–]", text[sent:colon]) and not re.search(r"«[^«»,]{1,30}»", text[sent:colon]):
        return None
    verb = next((i for i, m in enumerate(ws) if m.group(0).lower() in _RU_WORDS_OF), None)
    if verb is None:
        return None
    said = next((i for i, m in enumerate(ws) if m.group(0).lower() == "слова"), None)
    if said is None and ws[verb].group(0).lower().startswith("цитиру"):
        lo, hi = ws[verb].end(), colon  # "X цитирует министра …: «…»": whom X quotes
    elif said is not None and abs(said - verb) == 1 and said > verb:
        lo, hi = ws[said].end(), colon  # "ТАСС приводит слова …"
    elif said == 0 and verb > 1:
        lo, hi = ws[0].end(), ws[verb].start()  # "Слова Захаровой приводит …"
    else:
        return None
    person = [(s_, t) for s_, t, e in res.mentions if lo < s_ and t <= hi and e.type == "PERSON"]
    if not person and said is None and verb > 0 and ws[verb].group(0).lower().startswith("цитиру"):
        # "Сибигу цитирует «Европейская правда»: «…»": the one quoted fronted before the verb, an outlet after it
        person = [(s_, t) for s_, t, e in res.mentions if sent <= s_ and t <= ws[verb].start() and e.type == "PERSON"]
        if not person and verb == 1 and ws[0].group(0)[:1].isupper():
            # (a surname in the accusative the names layer did not see: "Сибигу" of "Андрей Сибига" named before)
            w = ws[0].group(0).lower()
            known = [e for e in res.entities if e.type == "PERSON" and len(e.name.split()) >= 2
                     and any(m.start < ws[0].start() for m in e.mentions)
                     and len(e.name.split()[-1]) >= 4 and w[:-1] == e.name.split()[-1].lower()[:len(w) - 1]
                     and len(w) - len(e.name.split()[-1]) in (0, 1, 2)]
            if len(known) == 1:
                return Speaker(known[0].name, known[0].id, Span(start=ws[0].start(), end=ws[0].end(),
                                                                 text=ws[0].group(0)), ws[verb].group(0))
    return res._named(person[-1][0], person[-1][1], ws[verb].group(0)) if person else None


def _bg_named_opening(res: Resolver, sent: int, colon: int) -> bool:
    """Bulgarian: a sentence before a colon that opens with its subject: a title or role ("Икономистът Николай
    Върбанов … е по-предпазлив:") or two capitalised words of a name; not an adverb or a clause before the subject
    ("Явно подготвяйки се …, Орбан отвръща …:")."""
    ws = words(res.text, sent, colon)
    if len(ws) < 2:
        return False
    first = ws[0].group(0).lower()
    return res.is_title(first) or first in res.lex.role_nouns \
        or _is_cap(ws[0].group(0)) and _is_cap(ws[1].group(0)) and first not in res.lex.not_names


def _colon_lead(res: Resolver, left: int, o: int) -> Speaker | None:
    """A quote after a colon with no reporting verb (``Председатель Счётной палаты Борис Ковальчук обратил
    внимание на другое: «…»``, ``A ministra atribuiu a queda à fiscalização: "…"``): the subject that opens
    the sentence, found before its first word after the names and titles that open it."""
    text = res.text
    sent = max((m.end() for m in re.finditer(r"[.!?।]\s|\n", text[left:o])), default=0) + left
    colon = text.rfind(":", sent, o)
    ws = words(text, sent, colon)
    if res.lex.code == "ru":
        named = _ru_titled_name_before_colon(res, sent, colon)
        if named is not None:
            return named
    if res.lex.code == "pt" and ws and (ws[0].group(0).lower() in _FRONTED or _PT_ASKED.fullmatch(ws[0].group(0))):
        # "Na entrevista, o secretário foi direto …:": a fronted phrase of time or place before the subject; "Perguntado
        # sobre os cortes, o investigador foi taxativo:": a participle clause of being asked
        reach = 10 if ws[0].group(0).lower() not in _FRONTED else 6  # (five words and the comma)
        comma = text.find(", ", ws[0].end(), ws[min(len(ws), reach) - 1].end() + 1)
        if comma > 0:
            ws = words(text, comma + 2, colon)
            sent = comma + 2
        elif ws[0].group(0).lower() not in _FRONTED:
            return None
        if ws and ws[0].group(0).lower() in res.lex.pronouns:  # "Perguntada se …, ela não hesitou:"
            sp = res.by_pronoun(ws[0].start(), ws[0].group(0), Span(start=ws[0].start(), end=ws[0].end(),
                                                                   text=ws[0].group(0)))
            return sp if sp.name and sp.name.lower() not in res.lex.pronouns else None
    if res.lex.code == "pt" and ws and ws[0].group(0).lower() in _PT_MANNER_VERBS and len(ws) <= 4:
        sp = res.by_pronoun(ws[0].start(), ws[0].group(0), None)
        return sp if sp.name else None
    if len(ws) < 2:
        return None
    to = next((i for i in range(len(ws) - 1, 0, -1) if ws[i].group(0) == "пред"), None) \
        if res.lex.code == "bg" else None
    if to is not None and len(ws) - to <= 4 and re.match(r"\s+[„«\"]?[A-ZА-Я]", text[ws[to].end():colon]):
        # "Икономистът Лъчезар Богданов пред БНР: „…“": the one who spoke to the outlet
        sp = res.subject_before(sent, ws[to].start(), ws[to].group(0))
        if sp is not None and sp.name:
            return sp
    head = ws[:8]
    caps = [j for j, m in enumerate(head) if m.group(0)[:1].isupper()
            and not (j == 0 and m.group(0).lower() in ("o", "a", "os", "as"))
            and not (j == 0 and is_reporting(m.group(0), res.lex))]  # ("Especificou que …: "…"": a verb, no name)
    if caps:
        v = caps[-1] + 1
    else:
        v = next((j for j, m in enumerate(head) if m.group(0).lower() not in ("o", "a", "os", "as")
                  and not res.is_title(m.group(0))
                  # ("o governante foi seco: "…"": a role noun that points back, like a title; round 32)
                  and not (res.lex.code == "pt" and j and m.group(0).islower()
                           and m.group(0).lower() in res.lex.role_nouns
                           and head[j - 1].group(0).lower() in ("o", "a"))), None)
    if v is None or v >= len(ws) or v == 0:
        return None
    sp = res.subject_before(sent, ws[v].start(), ws[v].group(0))
    return sp if sp is not None and sp.name else None


def _ru_titled_name_before_colon(res: Resolver, sent: int, colon: int) -> Speaker | None:
    """Russian puts the subject last before a colon ("С этим согласен замминистра финансов Иван Чебесков: «…»",
    "Иначе смотрит на рынок аналитик Олег Круглов: «…»"): a full name in the nominative (its first name so read)
    with a title or role before it, right before the colon and not after a preposition, is the speaker ("Мы
    спросили у министра Ивана Петрова: «…»" is no such name: the genitive)."""
    end = len(res.text[sent:colon].rstrip()) + sent
    for s_, t, _e in res.mentions:
        if t != end or s_ <= sent:
            continue
        parts = res.text[s_:t].split()
        if len(parts) < 2 or res._after_preposition(s_) or not res._titled(s_, res.text[s_:t]):
            return None
        first = _morph().parse(parts[0].lower())[0]
        if "Name" not in first.tag or "nomn" not in first.tag:
            return None
        return res._named(s_, t, "colon after a titled name")
    return None


_AS = frozenset({"как", "както", "como", "as"})
# Bulgarian verbs of a demand, whose "за" and noun say what is demanded ("настояват за по-високи заплати")
_BG_DEMAND_VERBS = frozenset("настоява настояват настоя настояха призова призоваха призовава призовават".split())
# Portuguese prepositions that open a phrase of time or place before a sentence's subject ("Na entrevista, o
# secretário")
_FRONTED = frozenset("na no nas nos num numa em ao à durante após depois sobre".split())
_AND = frozenset({"e", "и", "and"})
# Portuguese participles of being asked that open a sentence before its subject ("Questionada sobre o prazo, a ministra
# …")
_PT_ASKED = re.compile(r"(?:[Pp]erguntad|[Qq]uestionad|[Ii]nterrogad|[Ii]ndagad|[Cc]onfrontad|[Ii]nstad)[oa]s?")
# 'acusa a administração de ter transferido a produção "sem informar ninguém"': a quote inside what an accusing verb's
# object is accused of, up to the quote in the same sentence
_PT_ACCUSED_OF = re.compile(r"\b(acus(?:a|am|ou|aram|ava|avam))\s[^.!?;:\"“”«»\n]{0,100}?\bde\s"
                            r"[^.!?;:\"“”«»\n]{0,100}$")
# 'chamou a decisão de "política de juros a serviço do rentismo"': what a verb of calling names its object, in marks
# right after its "de" (round 29)
# (the object may follow the words in marks: 'que chamou de "esmola" a proposta', round 32)
_PT_CALLED_OF = re.compile(r"\b(cham(?:a|am|ou|aram))\s+(?P<obj>(?:[oa]s?\s+)?[^.!?;:\"“”«»\n]{1,60}?\s)?de\s*$")
# '"…", disse à Lusa o analista, para quem os três ramos perderam 3 mil efetivos.': the attribution after a closing
# mark, then ", para quem" and a clause with no marks up to the sentence's end (group 1; "3.200" ends no sentence)
_PT_FOR_WHOM_AFTER = re.compile(r"[\"”»]?,\s+[^\n.!?\"“”«»]{1,120}?,\s+para\s+quem\s+"
                                r"((?:[^\n.!?\"“”«»]|\.(?=\d)){8,300}?)(?=[.!?](?:\s|$))")
# '… que o arcabouço "está sendo cumprido" e que a alta dos juros "': between two quotes of one sentence, a second
# "e que" clause's subject and nothing else (no verb of its own that would be a reporting one is told apart here: the
# words are few and hold no sentence end, colon or mark)
_PT_AND_THAT_BETWEEN = re.compile(r"[\"”»]\s+e\s+que\s+(?:[^\s\"“”«».!?;:]+\s+){1,6}[\"“«]")
# 'considerou "encorajador" o compromisso': a verb of judging right before words in marks (its object follows them)
_PT_JUDGED = re.compile(r"\b(consider(?:a|am|ou|aram)|classific(?:a|am|ou|aram)\s+(?:de|como))\s*$")
# Portuguese verbs of complaint whose "de"/"da"/"do" says what is complained of
_PT_COMPLAIN = frozenset("reclama reclamam reclamou reclamaram".split())
_PT_ORDINAL = re.compile(r"(?<=\d)\.([ºª°])")
_QUOTED_PERSON = {"его": "m", "её": "f", "ее": "f"}
# Portuguese verbs of manner that open a colon's sentence with no subject ("À saída, foi perentório:", "Esteve
# irredutível:"): whoever was named or spoke last
_PT_MANNER_VERBS = frozenset("foi esteve mostrou-se limitou-se".split())


def _longest_first(phrases) -> list[str]:
    return sorted(phrases, key=len, reverse=True)


def lexical_quotes(document: Document, lex: Lexicon) -> list[Quote]:
    """Direct quotes and reported speech of a language without a parser, with speakers from the lexicon.

    Two passes: the first finds the named speakers of the whole article, so that a pronoun or a bare title in
    the second resolves to whoever spoke or was named last before it, whether in a direct quote or in
    reported speech."""
    text = document.article.text
    doc = document.doc
    layout = doc_text(doc) if doc is not None and len(doc_text(doc)) == len(text) else text
    spans = find_quote_spans(layout, straight_single=True, run_on=lex.quotes_run_on)
    if lex.dash_speech:
        spans = sorted(spans + dash_quote_spans(layout, spans, lex))
    # the words around quotes are read with doubled marks (""…"") made single, offsets unchanged
    scan = undouble(layout)
    if lex.code == "pt":
        # "mãe de um aluno do 2.º ano, conta que": the point of an ordinal ends no sentence before the verb
        scan = _PT_ORDINAL.sub(r" \1", scan)
    res = Resolver(scan, lex, document.data.get("entities", []), spans)
    _lexical_pass(document, lex, res, layout, spans)
    named = [(p, sp) for p, sp in res.speakers if sp.cue]
    res.speakers = named
    quotes = _lexical_pass(document, lex, res, layout, spans)
    answers = _interview_answers(layout, lex, res, quotes)
    if answers:
        quotes = [q for q in quotes if not any(a.content.start <= q.content.start < a.content.end for a in answers)]
    return _dash_interview_answers(layout, lex, res, quotes) + answers


def _is_question(layout: str, para: tuple[int, int]) -> bool:
    """A paragraph that is one short question, no quote or dash speech in it ("O banco é obrigado a ressarcir?")."""
    t = layout[para[0]:para[1]].strip()
    return t.endswith("?") and len(t.split()) <= 40 and not re.search(r"[«»“”„\"]", t) and t[:1] not in _DASH \
        and len(re.findall(r"[.!?]\s", t)) == 0


def _interview_answers(layout: str, lex: Lexicon, res: Resolver, quotes: list[Quote]) -> list[Quote]:
    """A question-and-answer interview: two or more paragraphs that are each one question, each followed by a
    paragraph of answer, after a paragraph that announces an interview (lexicon ``interview_words``: "A reportagem
    conversou com a advogada Juliana Rezende …") and names the person: the answers are that person's words."""
    if not lex.interview_words:
        return []
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", layout) if m.group(0).strip()]
    out: list[Quote] = []
    i = 1
    while i < len(paras):
        pairs = []
        j = i
        while j + 1 < len(paras) and _is_question(layout, paras[j]) and not _is_question(layout, paras[j + 1]) \
                and not re.search(r"[«»“”„\"]", layout[paras[j + 1][0]:paras[j + 1][1]]) \
                and layout[paras[j + 1][0]:paras[j + 1][0] + 1] not in _DASH:
            pairs.append(paras[j + 1])
            j += 2
        if len(pairs) < 2:
            i += 1
            continue
        intro = paras[i - 1]
        said = set(re.findall(r"\w+", layout[intro[0]:intro[1]].lower()))
        sp = res.previous_speaker(intro[1]) if said & lex.interview_words else None
        if sp is not None and sp.name and sp.span is not None and intro[0] <= sp.span.start < intro[1]:
            for a, b in pairs:
                a, b = _trim(layout, a, b)
                out.append(Quote(kind="direct", content=Span(start=a, end=b, text=res.text[a:b]), speaker=sp.name,
                                 speaker_entity=sp.entity, speaker_span=sp.span, cue="interview answer"))
        i = j
    return out


def _dash_interview_answers(layout: str, lex: Lexicon, res: Resolver, quotes: list[Quote]) -> list[Quote]:
    """An interview written as dash speech ("— Виктор Андреевич, когда дольщики получат квартиры?\n\n— Если счета
    разблокируют, …"): two or more paragraphs opened by a dash that alternate question and answer, the first a
    question, no answer ending with one, after a paragraph that announces an interview (lexicon
    ``interview_words``) and names the person. The answers no attribution resolved are that person's words; the
    questions (the reporter's) stay without a speaker."""
    if not (lex.dash_speech and lex.interview_words):
        return quotes
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", layout) if m.group(0).strip()]

    def dashed(p: tuple[int, int]) -> bool:
        return layout[p[0]:p[1]].lstrip()[:1] in _DASH

    out = list(quotes)
    i = 1
    while i < len(paras):
        if not dashed(paras[i]) or dashed(paras[i - 1]):
            i += 1
            continue
        j = i
        while j < len(paras) and dashed(paras[j]):
            j += 1
        block, intro = paras[i:j], paras[i - 1]
        i = j
        answers = block[1::2]
        if lex.code == "pt" and len(block) >= 3 \
                and (by := _pt_statement_dialogue(layout, lex, res, block, intro)) is not None:
            # "A dona de casa Luciana … disse que acordou com os tiros.\n\n— Meu filho …\n\n— A senhora registrou
            # queixa?\n\n— Registrar onde? …": a dash block opened by a statement, the reporter's questions between,
            # after a paragraph that ends on a named person's statement: the unquestioned lines are that person's
            for k, q in enumerate(out):
                if q.speaker is None and any(a <= q.content.start < b for a, b in block[0::2]):
                    out[k] = q.model_copy(update={"speaker": by.name, "speaker_entity": by.entity,
                                                  "speaker_span": by.span, "cue": "interview answer",
                                                  "unresolved_reason": None})
            continue
        # (Portuguese and Russian: one question and its answer after "Em entrevista à Agência Brasil, X disse que …",
        # "В беседе с «Известиями» глава Минприроды … рассказал о …" too)
        if len(answers) < (1 if lex.code in ("pt", "ru") else 2) \
                or not layout[block[0][0]:block[0][1]].rstrip().endswith("?") \
                or any(layout[a:b].rstrip().endswith("?") for a, b in answers):
            continue
        if lex.code == "ru":
            # "— Квоты — это вопрос экономики. Я уверен, что к весне мы найдем компромисс.": an answer's "Я" is the
            # one who answers, no speaker of its own to give the block (it is left to whoever answers)
            for k, q in enumerate(out):
                if q.speaker in ("Я", "я") and q.speaker_entity is None and q.speaker_span is not None \
                        and any(a <= q.speaker_span.start < b for a, b in answers):
                    out[k] = q.model_copy(update={"speaker": None, "speaker_span": None})
        if not set(re.findall(r"\w+", layout[intro[0]:intro[1]].lower())) & lex.interview_words:
            said = [q for q in out if q.speaker and any(a <= q.content.start < b for a, b in answers)]
            if lex.code in ("bg", "ru") and said and len({q.speaker for q in said}) == 1:
                # "– Колко ученици имате? – Шейсет и осем – отговори директорът. – Къде отидоха останалите? – В
                # Германия …": with no word of an interview before, an answer the rules left without a speaker is
                # said by the one every answer of the block that has one is attributed to (Russian too: "— …, —
                # ответил эксперт. … — А что будет с деньгами? — Их все равно найдут …")
                _answers_by(out, answers, said[0])
            elif lex.code == "ru" and not said:
                # "Эксперт … Марат Гайнуллин сомневается, что проблема решится сама собой.\n\n— …?\n\n— Именно. …":
                # a one-sentence paragraph in which a person named in it, before what is said, says something, then a
                # question-and-answer block no answer of which is attributed: the answers are that person's (not after
                # "На рынке было многолюдно, рассказала продавщица …": a scene she told of, then a dialogue in it)
                intro_said = [q for q in out if q.speaker and q.speaker_entity and q.speaker_span is not None
                              and intro[0] <= q.content.start < intro[1]
                              and intro[0] <= q.speaker_span.start < q.content.start]
                ents = {e.id: e for _s, _t, e in res.mentions}
                body = layout[intro[0]:intro[1]].strip()
                if len({q.speaker_entity for q in intro_said}) == 1 and not re.search(r"[.!?…»]\s+\S", body) \
                        and (e := ents.get(intro_said[0].speaker_entity)) is not None and _person_types(e):
                    _answers_by(out, answers, intro_said[0])
                elif not [q for q in intro_said if len(q.content.text.split()) > 3] \
                        and not re.search(r"[.!?…»]\s+\S", re.sub(r"«[^«»]{1,30}»", "X", body)):
                    # "Руководитель центра «Агрополис» Наталья Шубина с этим согласна, но … не ждет.\n\n— …?\n\n— Не
                    # раньше весны.": a one-sentence paragraph whose subject, the one person it names, is in the
                    # nominative right before its predicate: the answers are that person's (not "Корреспондент
                    # поговорил с Натальей Шубиной": her name in another case; a body's name in quote marks is no
                    # statement)
                    people = [(s_, t, e) for s_, t, e in res.mentions
                              if intro[0] <= s_ < intro[1] and e.type == "PERSON"]
                    after = re.match(r"\s+([а-яё]+)", layout[people[0][1]:intro[1]]) if people else None
                    first = layout[people[0][0]:people[0][1]].split()[0] if people else ""
                    if people and len({e.id for _s, _t, e in people}) == 1 and after is not None \
                            and len(layout[people[0][0]:people[0][1]].split()) >= 2 \
                            and "nomn" in _morph().parse(first)[0].tag \
                            and "Name" in _morph().parse(first)[0].tag:
                        s_, t, e = people[0]
                        span = Span(start=s_, end=t, text=layout[s_:t])
                        for k, q in enumerate(out):
                            if q.speaker is None and any(a <= q.content.start < b for a, b in answers):
                                out[k] = q.model_copy(update={"speaker": e.name, "speaker_entity": e.id,
                                                              "speaker_span": span, "cue": "interview answer",
                                                              "unresolved_reason": None})
            continue
        sp = res.previous_speaker(intro[1])
        if sp is None or not sp.name or sp.span is None or not intro[0] <= sp.span.start < intro[1]:
            continue
        for k, q in enumerate(out):
            if q.speaker is None and any(a <= q.content.start < b for a, b in answers):
                out[k] = q.model_copy(update={"speaker": sp.name, "speaker_entity": sp.entity,
                                              "speaker_span": sp.span, "cue": "interview answer",
                                              "unresolved_reason": None})
    return out


def _pt_statement_dialogue(layout: str, lex: Lexicon, res: Resolver, block: list[tuple[int, int]],
                           intro: tuple[int, int]):
    """A Portuguese dash block that opens with a statement and alternates it with short questions (every second
    line ends with "?"; the first does not, a later answer may be a question back), after a paragraph whose last
    sentence has a person named in it as the subject of a reporting verb and "que" (reported speech that closes the
    paragraph): that speaker, else None."""
    lines = [layout[a:b].rstrip() for a, b in block]
    if lines[0].endswith("?") or not all(t.endswith("?") and len(t.split()) <= 20 for t in lines[1::2]):
        return None
    body = layout[intro[0]:intro[1]].rstrip()
    last = intro[0] + max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÀ-Ý])", body)), default=0)
    sp = res.previous_speaker(intro[1])
    if sp is None or not sp.name or sp.span is None or not last <= sp.span.start < intro[1]:
        return None
    tail = layout[sp.span.end:intro[1]]
    if '"' in tail or "“" in tail or "«" in tail:
        return None
    verb = re.search(r"\b(\w+)\s+que\b", tail)
    return sp if verb is not None and verb.group(1).lower() in lex.reporting_forms else None


def _answers_by(out: list[Quote], answers: list[tuple[int, int]], by: Quote) -> None:
    """Give every quote of ``out`` left without a speaker inside one of the ``answers`` spans (a dash interview's
    answers) the speaker of ``by``, in place."""
    for k, q in enumerate(out):
        if q.speaker is None and any(a <= q.content.start < b for a, b in answers):
            out[k] = q.model_copy(update={"speaker": by.speaker, "speaker_entity": by.speaker_entity,
                                          "speaker_span": by.speaker_span, "cue": "interview answer",
                                          "unresolved_reason": None})


def _lexical_pass(document: Document, lex: Lexicon, res: Resolver, layout: str,
                  spans: list[tuple[int, int]]) -> list[Quote]:
    text = document.article.text
    scan = res.text
    quotes: list[Quote] = []
    for qi, (o, c) in enumerate(spans):
        content, p_left, p_right, prv, nxt = _quote_window(text, layout, spans, qi)
        n_words = len(content.text.split())
        short = n_words < _MIN_SPEECH_WORDS
        if lex.code == "ru" and n_words == 1 and len(content.text) > 4 and content.text[:1].isupper() \
                and content.text.endswith(RU_DATIVE):
            continue  # "— сказал Валиев «Коммерсанту».": the paper he told, in the dative, is no speech
        verb = next((x for x in words(scan, max(p_left, o - 40), o)[-3:] if is_reporting(x.group(0), lex)), None) \
            if lex.code == "ru" and n_words <= 2 and QUOTED_NAME.match(scan, o, c + 1) else None
        if verb is not None and not re.search(r"[.!?:;,—–]", scan[verb.end():o]):
            continue  # "… — пишет с тревогой «Рейтер».": the source after its verb, by its name, is no speech
        before = words(scan, max(0, o - 30), o)[-1:] if short and lex.code == "bg" else []
        if before and not scan[before[0].end():o].strip() and QUOTED_NAME.match(scan, o, c + 1) \
                and (is_reporting(before[0].group(0), lex) or before[0].group(0).lower() in lex.source_verbs_after):
            continue  # "…, отбелязва „Гардиън“.": the paper that reports, named in quote marks, is no speech
        if before and lex.code == "bg" and (before[0].group(0) in ("на", "от", "пред")
                                            or before[0].group(0) in _BG_BODY_NOUNS) \
                and not scan[before[0].end():o].strip() and QUOTED_NAME.match(scan, o, c + 1):
            continue  # "…, показва проверка на „Площад Славейков“.": a name after its preposition is no speech
            # (nor one after a body's noun: "уточниха от Басейнова дирекция „Дунавски район“.")
        named = words(scan, max(0, o - 30), o)[-1:] if short and lex.code == "ru" else []
        if named and scan[named[0].end():o] == " " and named[0].group(0).islower() \
                and _RU_EVENT_NAME.match(scan, o, c + 1) and not is_reporting(named[0].group(0), lex) \
                and _morph().parse(named[0].group(0))[0].tag.POS == "NOUN" and scan[c + 1:c + 2] == ",":
            continue  # "Силуанов, выступая на форуме «Россия зовет!», напомнил": the forum's name, no speech
        rel = re.match(r"\s*,\s*(\w+)", scan[c + 1:c + 40]) if short and lex.relatives else None
        if rel is not None and rel.group(1).lower() in lex.relatives and QUOTED_NAME.match(scan, o, c + 1):
            continue  # "В компании «Уралтеплосеть», которая обслуживает …, пояснили": a name, described
        # a short quoted phrase is speech only with speech punctuation beside it ("«Да», — сказал он",
        # "заявил: «Нет»"), not a name or a scare quote inside a sentence ("Глава «Газпрома» Алексей Миллер")
        sp = None
        named = lex.code == "bg" and QUOTED_NAME.match(scan, o, c + 1) is not None \
            and re.match(r" \w", scan[c + 1:c + 3]) is not None
        # ("Докладът „Състоянието на климатичните услуги“ сочи, че …": a title the verb's subject, with no comma)
        if (not short or re.match(r"[\s\"]*[,:]?\s*[—–]|[\s\"]*,", scan[c + 1:c + 6])) and not named:
            after_end, j = nxt, qi + 1
            while j < len(spans) and spans[j][0] == after_end and QUOTED_NAME.match(scan, spans[j][0], spans[j][1] + 1):
                j += 1
                after_end = spans[j][0] if j < len(spans) else len(text)
            # (a name in quote marks after the quote is part of its attribution: "— рассказала представитель
            # агрегатора «Туту» Анна Вересова")
            sp = _cue_after(res, c + 1, min(p_right, after_end, c + 160))
            if sp is not None and lex.code == "hi" and _hi_own_clause_after(scan, o, c):
                sp = None  # '"… हो जाएगा।" उन्होंने बताया कि …': a new sentence with its own कि-clause
        k = qi - 1
        while k >= 0 and spans[k][1] >= p_left and QUOTED_NAME.match(scan, spans[k][0], spans[k][1] + 1):
            # a name in quote marks before the quote is part of its attribution: "Amy Luers, diretora executiva da
            # “Future Earth” disse, citada no documento: “…”"
            k -= 1
            prv = spans[k][1] + 1 if k >= 0 else 0
        if sp is None and lex.code == "ru" and not short:
            sp = _ru_words_of_before(res, max(p_left, prv, o - 250), o)
        if sp is None:
            hit = _cue_before(res, max(p_left, prv, o - 250), o)
            accused = _pt_accuser(res, max(p_left, prv, o - 250), o) if lex.code == "pt" else None
            if accused is not None:
                # 'acusou a oposição de "mentir aos portugueses" sobre …': what one is accused of, in the accuser's
                # words, whatever their length
                hit = (accused, 0)
            if hit is not None and (not short or hit[1] <= 3 and re.search(r"[:,]\s*[\"]?$", scan[max(0, o - 4):o])
                                    or hit[1] <= 4 and re.match(r"[\s\"]*[.!?।]", scan[c + 1:c + 4])
                                    or accused is not None
                                    or lex.code == "pt" and hit[1] == 0 and _PT_DEMAND_RIGHT_BEFORE.search(
                                        scan, max(0, o - 30), o) is not None):
                # ('pede «medidas de emergência» e …': a few words in marks right after a verb of demanding are the
                # demand)
                # a few quoted words closing a reported sentence are the reporter's ("acusou o executivo de
                # "enganar as famílias".")
                sp = hit[0]
                if lex.code == "pt" and sp.span is not None:
                    sp = _pt_reporter_of_place(res, max(p_left, prv), sp) or sp
        if sp is None and lex.code == "hi" and short:
            sp = _hi_called(res, max(p_left, prv, o - 250), o, c)
        if sp is None and lex.code == "bg" and re.match(r"[\s\"]*(?:[.!?,;]|и\s)", scan[c + 1:c + 5]):
            # (however long: "X определи решението като „поредна стъпка към конфронтация“."; or before a second
            # verb of the same subject: "… определиха доклада като „…“ и заявиха, че …")
            sp = _bg_called(res, max(p_left, o - 200), o)
        if sp is None and not short and re.search(r":\s*[\"]?$", scan[max(0, o - 4):o]):
            sp = _colon_lead(res, max(p_left, prv), o)
        colon = scan.rfind(":", 0, o)
        opens = p_left == o or layout[p_left:p_left + 1] in _DASH and not layout[p_left + 1:o].strip()
        if sp is None and not short and lex.code in ("pt", "bg") and opens and colon >= 0 \
                and scan[colon + 1:o].strip().strip(_DASH) == "" and scan[colon + 1:o].count("\n") <= 3:
            # "Na entrevista, o secretário foi direto ao ser perguntado sobre a intervenção:\n\n"Não descartamos
            # nada."": a quote opening the paragraph after one that ends with a colon is said by that sentence's
            # reporting verb's subject ("…, Peskov disse:"), else, when the sentence has no reporting verb, by its
            # subject
            lead = max(_paragraph_bounds(layout, colon)[0], prv)
            hit = _cue_before(res, lead, colon + 1)
            sent = max((x.end() for x in re.finditer(r"[.!?]\s|\n", scan[lead:colon])), default=0) + lead
            if hit is not None:
                sp = hit[0]
            elif not any(is_reporting(x.group(0), lex) for x in words(scan, sent, colon)) \
                    and (lex.code != "bg" or _bg_named_opening(res, sent, colon)):
                sp = _colon_lead(res, lead, colon + 1)
        if sp is None and quotes and quotes[-1].speaker and p_left == o \
                and _paragraph_bounds(layout, quotes[-1].content.end)[1] == _previous_paragraph_end(layout, o):
            prev = quotes[-1]
            sp = Speaker(prev.speaker, prev.speaker_entity, prev.speaker_span, "continues previous quote")
        if sp is None and quotes and quotes[-1].speaker and layout[o - 1:o] in _DASH \
                and _paragraph_bounds(layout, quotes[-1].content.end)[0] == p_left:
            # "— Това вече не е изключение — отбеляза климатологът. — През последните години …": the dash after
            # the attribution goes on with the same speaker
            prev = quotes[-1]
            sp = Speaker(prev.speaker, prev.speaker_entity, prev.speaker_span, "continues previous quote")
        if sp is None or sp.name is None:
            if n_words < _MIN_SPEECH_WORDS:
                continue
            quotes.append(Quote(kind="direct", content=content,
                                unresolved_reason="no reporting verb, source phrase or earlier speaker near the quote"))
            continue
        quotes.append(Quote(kind="direct", content=content, speaker=sp.name, speaker_entity=sp.entity,
                            speaker_span=sp.span, cue=sp.cue))
    indirect = lexical_indirect(document, lex, res, quotes)
    for i, q in enumerate(quotes):
        o = q.content.start - 1
        if q.speaker is not None or _paragraph_bounds(layout, o)[0] != o:
            continue
        prev_end = _previous_paragraph_end(layout, o)
        last = max((x for x in quotes[:i] + indirect if x.speaker and x.content.end <= prev_end
                    and _paragraph_bounds(layout, x.content.start)[1] == prev_end), key=lambda x: x.content.start,
                   default=None)
        if last is not None and last.kind == "indirect" and prev_end - last.content.end <= 2:
            # "Fangueiro … diz que a vida no mar está cada vez mais difícil.\n\n"O gasóleo subiu …"": a quote
            # that opens the paragraph after reported speech closing the one before goes on with its speaker
            quotes[i] = q.model_copy(update={"speaker": last.speaker, "speaker_entity": last.speaker_entity,
                                             "speaker_span": last.speaker_span, "cue": "continues previous quote",
                                             "unresolved_reason": None})
    if lex.code == "pt":
        for q in list(quotes):
            m = _PT_FOR_WHOM_AFTER.match(res.text, q.content.end) if q.speaker and q.cue else None
            if m is not None and re.search(rf"(?<!\w){re.escape(q.cue)}(?!\w)", res.text[q.content.end:m.start(1)]) \
                    and not any(x.content.start < m.end(1) and m.start(1) < x.content.end for x in quotes + indirect):
                # '"…", disse à Lusa o analista, para quem os três ramos perderam …': the clause after "para quem"
                # that ends the quote's sentence is the same speaker's reported view (round 33)
                indirect.append(Quote(kind="indirect", content=Span(start=m.start(1), end=m.end(1),
                                                                    text=text[m.start(1):m.end(1)]),
                                      speaker=q.speaker, speaker_entity=q.speaker_entity,
                                      speaker_span=q.speaker_span, cue="para quem"))
        for i, q in enumerate(quotes):
            x = next((x for x in reversed(quotes[:i]) if x.content.end <= q.content.start), None) \
                if q.speaker is None else None
            if x is not None and x.speaker and _PT_AND_THAT_BETWEEN.fullmatch(res.text, x.content.end,
                                                                             q.content.start):
                # 'afirmou … que o arcabouço "está sendo cumprido" e que a alta dos juros "tem custo"': the quote in a
                # second "e que" clause of the same verb is said by the first one's speaker (round 33)
                quotes[i] = q.model_copy(update={"speaker": x.speaker, "speaker_entity": x.speaker_entity,
                                                 "speaker_span": x.speaker_span, "cue": x.cue,
                                                 "unresolved_reason": None})
                continue
            if q.speaker is None:
                sp = _pt_for_whom(res, q.content.start - 1) \
                    or _pt_speaker_of_sentence_before(res, layout, quotes[:i] + indirect, q.content.start - 1)
                if sp is not None:
                    quotes[i] = q.model_copy(update={"speaker": sp.name, "speaker_entity": sp.entity,
                                                     "speaker_span": sp.span, "cue": "continues previous sentence",
                                                     "unresolved_reason": None})
    if lex.code == "ru":
        indirect += _ru_text_says(res, quotes + indirect)
    return quotes + indirect


# "В нем говорится, что …", "В докладе агентства отмечается, что …": a text, and whose it is, says what follows
_RU_TEXT_SAYS = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?…»]\s))В\s+(?:(нем|нём|ней)|(?:[а-яё]+(?:ом|ем|ой|ей)\s+)?"
    r"(докладе|отч[её]те|обзоре|сообщении|заявлении|документе|исследовании|записке|релизе|пресс-релизе|бюллетене|"
    r"мониторинге|прогнозе|справке|ответе)((?:\s+[^\s,.!?;:«»“”—]+){0,6}?))\s+"
    r"(говорится|сообщается|отмечается|указывается|сказано)\s*,\s+(?:что|будто)\s+")


def _ru_text_says(res: Resolver, said: list[Quote]) -> list[Quote]:
    """Russian: "В нем говорится, что …" (the text the sentence before says its subject issued: "МЭА выпустило
    доклад …"), "В докладе говорится, что …" (the same) and "В сообщении Минздрава говорится, что …" (the body
    named after the text's noun): what follows "что", to the sentence's end, is the issuer's reported statement.
    Nothing when no issuer is found or the words are already someone's quote."""
    text = res.text
    out: list[Quote] = []
    for m in _RU_TEXT_SAYS.finditer(text):
        start = m.end()
        stop = re.search(r"[.!?…](?=\s|$)|\n", text[start:])
        end = start + stop.start() if stop else len(text)
        if len(text[start:end].split()) < 3 or any(q.content.start < end and start < q.content.end for q in said):
            continue
        cue = m.group(4)
        if m.group(3) and m.group(3).strip():
            sp = res.source_after_phrase(m.start(2), m.end(3), f"{cue} в")
            if sp is None or sp.name is None or sp.span is None or not m.start(3) <= sp.span.start < m.end(3) \
                    or sp.entity is None and not sp.name[:1].isupper():
                continue  # (not "В сообщении министерства …" with no ministry named: a bare noun is nobody)
        else:
            sp = res._ru_issuer_before(m.start())
            if sp is None or not sp.name:
                continue
        out.append(Quote(kind="indirect", content=Span(start=start, end=end, text=text[start:end]),
                         speaker=sp.name, speaker_entity=sp.entity, speaker_span=sp.span, cue=cue))
    return out


# a relative pronoun that is the object of the clause's verb ("которого попросили", "которой предложили")
_RU_OBJECT_RELATIVES = frozenset("которого которую которой которому которых которым кого".split())
_PT_FOR_WHOM = re.compile(r",\s+para\s+quem\s+[^.!?;:\"“”«»\n]{1,150}$")


def _pt_for_whom(res: Resolver, o: int) -> Speaker | None:
    """Portuguese: 'o tenente-general … Luís Sequeira Alves, antigo comandante …, para quem a meta é "irrealista …"':
    a quote in the clause ", para quem …" is the words of the person named last before that comma in the same sentence
    (round 29); None without one."""
    text = res.text
    sent = max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[max(0, o - 400):o])), default=0) + max(0, o - 400)
    m = _PT_FOR_WHOM.search(text, sent, o)
    if m is None:
        return None
    person = [(s_, t, e) for s_, t, e in res.mentions if sent <= s_ and t <= m.start() and res._a_person(e)
              and not res._in_quote(s_)]
    if not person:
        return None
    s_, t, e = person[-1]
    return Speaker(e.name, e.id, Span(start=s_, end=t, text=text[s_:t]), "para quem")


def _pt_speaker_of_sentence_before(res: Resolver, layout: str, said: list[Quote], o: int) -> Speaker | None:
    """Portuguese: who says a quote that opens a sentence in the middle of a paragraph with no attribution of its own
    ('"…", disse Dudchak. "O gabinete …"', "O ministro disse que a proposta é má. "Não aceitamos …"", "Já a
    porta-voz …, Maria Zakharova, foi mais comedida. "Vimos as declarações …""): the speaker of the last quote in the
    sentence before, else the person whose verb opens that sentence; None otherwise."""
    text = res.text
    p_left = _paragraph_bounds(layout, o)[0]
    lead = re.search(r"[.!?][\"»”]?\s+$", layout[p_left:o])
    if p_left >= o or lead is None:
        return None
    end = p_left + lead.start() + 1
    # (a full stop inside a quote ends none of the article's sentences: '"… antes. O que mata é a demora", afirmou o
    # médico. "Por isso …"'; round 30)
    start = max((m.end() for m in re.finditer(r"[.!?][\"»”]?\s+(?=[\"«“A-ZÀ-Ú])", layout[p_left:end - 1])
                 if not res._in_quote(p_left + m.start())), default=0) + p_left
    inside = [x for x in said if x.speaker and start <= x.content.start and x.content.end <= end + 2]
    if inside:
        last = max(inside, key=lambda x: x.content.end)
        return Speaker(last.speaker, last.speaker_entity, last.speaker_span, "continues previous sentence")
    ws = words(text, start, end)
    if len(ws) < 3 or re.search(r"[«“\"]", text[start:end]):
        return None
    verb = next((x for x in ws[1:] if x.group(0).islower() and (
        is_reporting(x.group(0), res.lex) or is_object_verb(x.group(0), res.lex)
        or x.group(0) in ("foi", "é", "está", "tem") or re.fullmatch(r"[a-zà-ú]{3,}(?:ou|eu|iu)", x.group(0)))), None)
    if verb is None:
        return None
    first = min(((s_, t, e) for s_, t, e in res.mentions if start <= s_ and t <= verb.start() and res._a_person(e)),
                key=lambda c: c[0], default=None)
    if first is not None:
        # ("O jornalista Hiram Firmino, criador do prémio Hugo Werneck, classifica …": the first person, not the
        # name in the apposition)
        s_, t, e = first
        return Speaker(e.name, e.id, Span(start=s_, end=t, text=text[s_:t]), "continues previous sentence")
    sp = res.subject_before(start, verb.start(), verb.group(0))
    if sp is None or not sp.name:
        return None
    ent = next((e for e in res.entities if e.id == sp.entity), None) if sp.entity else None
    if not (ent is not None and res._a_person(ent) or res._personal(sp)):
        return None
    return Speaker(sp.name, sp.entity, sp.span, "continues previous sentence")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:—–-"):
        start += 1
    while end > start and (text[end - 1] in ".,;:!?।" or text[end - 1].isspace()):
        end -= 1
    return start, end


def _closing_attribution(res: Resolver, a: int, b: int):
    """``…, diz estudo.``, ``…, — сообщил Песков.``, ``…, वाणिज्य मंत्रालय ने बताया।``: a statement closed by
    a short attribution after its last comma or dash."""
    text, lex = res.text, res.lex
    window = lex.attribution_window
    cited = re.search(r",\s+цитиран[аио]?\s+от\s[^,]*$", text[a:b]) if lex.code == "bg" else None
    if cited is not None:
        b = a + cited.start()  # "…, каза проф. X от института …, цитиран от Ройтерс.": the agency is no attribution
    rel = _PT_CLOSING_THEN_RELATIVE.search(text, a, b) if lex.code == "pt" else None
    if rel is not None and is_reporting(rel.group(1), lex) and len(rel.group(2).split()) <= 5:
        b = rel.end(2)  # "…, lamenta a OMM, que divulga o seu relatório …": a relative clause on who spoke
    cuts = [m.start() for m in re.finditer(r",|—| – ", text[a:b])]
    # (the words of the span read once: a cut is no word's character, so the words after a cut are the span's words
    # from the first that starts after it; read again per comma, a long run of commas was quadratic)
    span_words = words(text, a, b) if lex.code == "pt" and cuts else []
    starts = [w.start() for w in span_words]
    most = 2 * window + 5
    for cut in ((a + c for c in cuts) if lex.code == "pt" else ()):
        i = bisect.bisect_left(starts, cut)
        if len(span_words) - i <= most or not is_reporting(span_words[i].group(0), lex):
            continue
        # "…, anunciou esta quinta-feira em Bruxelas o ministro X, Paulo Rangel, à margem da reunião …": a phrase of
        # circumstance after the speaker's comma is no part of the attribution (its comma within ``most`` words of
        # the cut: the first comma of the phrase before the start of the word after those)
        limit = starts[i + most] if i + most < len(span_words) else b
        adjunct = next((m for c in re.finditer(",", text[span_words[i].end():limit])
                        if (m := _PT_ADJUNCT_AFTER_SPEAKER.match(text, span_words[i].end() + c.start(), b))), None)
        if adjunct is not None and not any(t.group(0).lower() in lex.complementizers
                                           for t in span_words[i:bisect.bisect_left(starts, adjunct.start())]):
            b = adjunct.start()
            cuts = [m.start() for m in re.finditer(r",|—| – ", text[a:b])]
            break
    # the last comma or dash first; an earlier one when the words after the last hold no reporting verb
    # ("— Vi as chamas …, contou Rosa Almeida, de 71 anos.", "…, заявил министр …, выступая в Госдуме.")
    for cut in (a + c for c in reversed(cuts)):
        if cut <= a:
            return None
        tail = words(text, cut, b)
        if not tail:
            continue
        if len(tail) > 2 * window + 2 and not (
                lex.code == "pt" and len(tail) >= 3 and tail[0].group(0).lower() in lex.source_verbs_after
                and tail[1].group(0).lower() in lex.source_nouns) and not (
                lex.code == "bg" and len(tail) <= 4 * window and is_reporting(tail[0].group(0), lex)
                and not any(t.group(0).lower() in lex.complementizers for t in tail)
                and not re.search(r"[:;,]", text[tail[0].start():b])) and not (
                lex.code == "pt" and len(tail) <= 2 * window + 5 and is_reporting(tail[0].group(0), lex)
                and not any(t.group(0).lower() in lex.complementizers for t in tail)
                and not re.search(r"[:;]", text[tail[0].start():b])):
            # (bg: "…, заяви в сряда министърът на отбраната Атанас Запрянов след среща на министрите …": the verb
            # right after the comma, the speaker after it, then where and when)
            # (", aponta relatório do Laboratório …, da Universidade …, divulgado …": a cited report's long name)
            # (pt: not "…, disse ao Público o porta-voz do Comando Distrital da PSP de Braga, subcomissário X.": the
            # verb right after the comma, the outlet told and a long title before the name)
            return None
        for k, m in enumerate(tail[:window]):
            w = m.group(0)
            if lex.code == "ru" and k == 0 and w.lower() in _RU_GIVES and len(tail) >= 3 \
                    and tail[1].group(0).lower() in _RU_GIVEN and text[m.end():tail[1].start()] == " ":
                # "…, приводит данные эксперт.": whose figures they are
                sp = res.subject_after(tail[1].end(), b, w)
                return (sp, a, cut) if sp is not None and sp.name else None
            if lex.code == "ru" and k == 0 and w.lower() in _RU_GIVES and len(tail) >= 3 \
                    and tail[1].group(0).lower() in lex.pronouns and tail[2].group(0).lower() in _RU_GIVEN \
                    and text[m.end():tail[1].start()] == " " and text[tail[1].end():tail[2].start()] == " ":
                # "…, на 3,2% больше, чем годом ранее, привела она данные ведомства.": the pronoun's person gives them
                sp = res.by_pronoun(tail[1].start(), w,
                                    Span(start=tail[1].start(), end=tail[1].end(), text=tail[1].group(0)))
                return (sp, a, cut) if sp is not None and sp.name else None
            if lex.code == "ru" and k == 0 and w.lower() in _RU_PASSES_ON and len(tail) >= 3 \
                    and tail[1].group(0).lower() in _RU_CORRESPONDENT and text[m.end():tail[1].start()] == " ":
                # "Москва ответит на размещение ракет, передает корреспондент ТАСС.": the outlet's report, unless a
                # reporting verb before it names the speaker ("…, заявила она, передает корреспондент ТАСС")
                if any(is_reporting(x.group(0), lex) and "past" in _morph().parse(x.group(0).lower())[0].tag
                       for x in words(text, a, cut)):
                    break  # ("Об этом … заявил политолог …, передаёт корреспондент …": his words; not "Москва ответит")
                sp = res.subject_after(tail[1].end(), b, w)
                return (sp, a, cut) if sp is not None and sp.name else None
            if not (is_reporting(w, lex) or w.lower() in lex.source_verbs_after):
                continue
            if lex.code == "bg" and k and tail[k - 1].group(0).lower() == "не":
                return None  # "По каква причина, Ройтерс не уточнява.": a denied statement says nothing
            if lex.code == "hi":
                sp = _hindi_subject(res, cut, m, w)
            elif k == 0:
                prev_cut = max([a + c for c in cuts if a + c < cut], default=None)
                if lex.code == "pt" and prev_cut is not None \
                        and _PT_APPOSED_NAME.fullmatch(text[prev_cut + 1:cut].strip()) \
                        and any(x.group(0).lower() in res.all_titles for x in words(text, a, prev_cut)):
                    # "O presidente da Câmara de Almada, Nuno Matias, pediu uma reunião …": the comma closes the
                    # subject's name in apposition; what follows is its verb, not an attribution closing a statement
                    return None
                if lex.code == "bg" and len(tail) == 3 and tail[1].group(0).lower() in ("в", "във") \
                        and tail[2].group(0).lower() in _BG_BARE_TEXTS:
                    # "…, пише в анализа.": the text named in the sentence before, by whom it is
                    sp = res._bg_author_of_text_before(m.start(), tail[2].group(0))
                    return (Speaker(sp.name, sp.entity, sp.span, w), a, cut) if sp is not None and sp.name else None
                sp = res.subject_after(m.end(), b, w)
                if sp is not None and len(tail) > 2 * window + 2 and (sp.span is None or sp.span.start < cut):
                    return None  # (a long bg tail: its speaker named in it, not someone before)
                if sp is not None and lex.code == "pt" and len(tail) > 2 * window + 2 \
                        and w.lower() not in lex.source_verbs_after \
                        and (sp.span is None or text[sp.span.end:b].strip(" .!?") != ""
                             and _PT_AFFILIATION_CLOSING.match(text, sp.span.end, b) is None):
                    return None  # (a long pt tail: only when the name it gives closes the sentence, or its body)
                opener = words(text, a, cut)[:2] if lex.code == "pt" else []
                if len(opener) == 2 and _pt_participle_opener(opener[0].group(0).lower(), opener[1].group(0)) \
                        and _is_cap(opener[0].group(0)) and "," not in text[a:cut].rstrip().rstrip(","):
                    return None  # "Questionada sobre o caso, respondeu:": a participle's clause, no statement
                if sp is None and len(tail) == 1:
                    sp = res.by_pronoun(m.start(), w, None)  # "… — reclamou.": whoever spoke or was named last
                    if lex.code == "pt" and sp is not None and sp.span is not None and a <= sp.span.start < cut:
                        return None  # "O advogado de defesa, Rui Pinto, nega.": the subject, no statement of theirs
            else:
                sp = res.subject_before(cut + 1, m.start(), w)
            if sp is not None and sp.name:
                return sp, a, cut
            return None
    return None


# "Для бюджета, пояснил Силуанов, каждый процент …": a reporting verb and the name after it, set off by commas
_RU_INSERTED = re.compile(r",\s+([а-яё]+)\s+((?:[А-ЯЁ][а-яё-]+\s+){0,2}[А-ЯЁ][а-яё-]+),\s+(?=[а-яё])")


def _ru_inserted_attribution(res: Resolver, a: int, b: int):
    """Russian: a statement with its attribution inserted between commas ("Для бюджета, пояснил Силуанов, каждый
    процент индексации обходится …"), no quote marks in the sentence: the whole sentence is the named one's."""
    text = res.text
    if re.search(r"[«»„“\"—–:;]", text[a:b]):
        return None
    for m in _RU_INSERTED.finditer(text, a, b):
        w = m.group(1)
        if not is_reporting(w, res.lex) or _morph().parse(w)[0].tag.POS != "VERB" \
                or not re.search(r"\w", text[a:m.start()]) or len(words(text, m.end(), b)) < 3 \
                or _morph().parse(words(text, m.end(), b)[0].group(0))[0].tag.POS in ("GRND", "PRTF", "PRTS", "CONJ"):
            continue  # (not "…, заявил Песков, выступая в Думе.": the statement is before, closed by its source)
        if any(is_reporting(x.group(0), res.lex) and _morph().parse(x.group(0).lower())[0].tag.POS == "VERB"
               for x in words(text, a, m.start())):
            return None  # "Министр … заявил, что …, сообщил Интерфакс, …": the sentence has its own speaker and verb
        sp = res.subject_after(m.end(1), m.end(2), w)
        if sp is not None and sp.name and sp.name[:1].isupper():
            return sp, a, b
    return None


# "…, передает корреспондент ТАСС": an outlet's correspondent closing a statement
_RU_PASSES_ON = frozenset("передает передаёт передают".split())
_RU_CORRESPONDENT = frozenset("корреспондент корреспонденты корреспондентка".split())


def _ru_dative_opener(text: str, a: int, start: int) -> bool:
    """Russian: whether the word at ``start`` opens the sentence at ``a`` and is a plural noun in the dative
    ("Политикам", "Жителям"), never a subject."""
    m = re.match(r"\s*([А-ЯЁ][а-яё]+)", text[a:start + 40])
    if m is None or a + m.start(1) != start:
        return False
    parses = _morph().parse(m.group(1).lower())[:2]
    return all(p.tag.POS == "NOUN" and "datv" in p.tag and "plur" in p.tag for p in parses)


def _ru_declined(ws: list[re.Match], k: int) -> bool:
    """Russian: whether the reporting word at ``k`` is an infinitive after a verb of declining ("отказался
    комментировать", "не стали комментировать"): nothing is said."""
    if not is_infinitive(ws[k].group(0), "ru") or ws[k].group(0).lower() == "отрицать":
        return False  # ("не стал отрицать, что …" is no refusal: it grants what follows)
    prev = ws[k - 1].group(0).lower()
    return _morph().parse(prev)[0].normal_form == "отказаться" \
        or k >= 2 and ws[k - 2].group(0).lower() == "не" and prev in ("стал", "стала", "стало", "стали", "будет",
                                                                      "будут", "станет", "станут")


# "X की (वार्षिक) रिपोर्ट में यह आंकड़ा सामने आया है", "X के सर्वे में ये आंकड़े सामने आए": the pointer and whose
# text (before group 1's की/के)
_HI_FOUND_IN = re.compile(r"\s*[^।.!?]{2,80}?\s((?:की|के))\s+(?:[^\s।.!?,]+\s+){0,2}?(?:रिपोर्ट|अध्ययन|सर्वे|"
                          r"सर्वेक्षण|आंकड़ों|आँकड़ों)\s+में\s+(?:यह|ये)\s+(?:आंकड़ा|आंकड़े|आँकड़ा|आँकड़े|तथ्य|जानकारी|बात)\s+"
                          r"सामने\s+(?:आया|आई|आए)")


# "Това показват данните на НСИ", "Това сочат данните, които министерството представи": whose figures the sentence
# before gave
_BG_POINTER_DATA = re.compile(r"Това\s+(?:показват|сочат|показва|сочи)\s+(?:и\s+)?(?:последните\s+|официалните\s+)?"
                              r"(?:данните|данни|проучването|изследването|докладът|анализът|статистиката)"
                              r"(?:\s+на|,\s+които|,\s+който|,\s+което)\s")


# "Данните на НСИ показват сходна картина.": a source (group 1) that points at the next sentence's figures
_BG_DATA_SHOW = re.compile(r"(?:(?:Последните|Официалните|Новите)\s+)?(?:Данните|Статистиката|Проучването|"
                           r"Изследването|Докладът)\s+на\s+([^.!?\n]{2,80}?)\s(показват|сочат|показва|сочи|потвърждават)"
                           r"(?!\w)")


def _pointer_back(res: Resolver, ws: list[re.Match], a: int, b: int, before: tuple[int, int] | None):
    """A sentence that opens with a phrase pointing back at the one before it and a reporting verb ("Об этом
    сообщили в Министерстве транспорта", "Това съобщи министърът"; lexicon ``pointer_openers``): the speaker and the
    sentence before, in the same paragraph."""
    lex, text = res.lex, res.text
    if before is None or "\n" in text[before[1]:a]:
        return None
    tail = " ".join(m.group(0) for m in ws[-3:])
    if lex.pointer_closers and len(ws) >= 4 and any(tail.endswith(c) for c in lex.pointer_closers):
        # "… अनिवार्य होगा। शिक्षा मंत्री सुरेंद्र राठौड़ ने मंगलवार को यह जानकारी दी।": the sentence before is theirs
        sp = _hindi_subject(res, a, ws[-1], ws[-1].group(0))
        if sp is not None and sp.name:
            return sp, before[0], before[1]
        return None
    told = _HI_FOUND_IN.match(text, a, b) if lex.code == "hi" else None
    if told is not None:
        # "… 1,77,000 लोगों की मौत हुई। मंत्रालय की वार्षिक रिपोर्ट में यह आंकड़ा सामने आया है": the sentence before
        # is the report's owner's
        sp = res.hindi_before(a, told.start(1), "के अनुसार")
        if sp is not None and sp.name:
            return sp, before[0], before[1]
        return None
    data = _BG_POINTER_DATA.match(text, a, b) if lex.code == "bg" else None
    if data is not None:
        # "… с 9% по-малко. Това показват данните, които Министерството на туризма представи": the sentence before
        # is the figures' owner's, named after the data ("данните на НСИ") or in the relative clause after them
        sp = res.source_after_phrase(data.end(), b, "по данни на")
        if sp is not None and sp.name and sp.name[:1].isupper():
            return sp, before[0], before[1]
        return None
    for opener in lex.pointer_openers:
        n = len(opener.split())
        if len(ws) <= n or " ".join(m.group(0).lower() for m in ws[:n]) != opener:
            continue
        # (Russian: a time and a place may stand before the verb, "Об этом в четверг на Финансовом конгрессе заявил")
        verb = next((m for m in ws[n:n + (7 if lex.code == "ru" else 4)] if is_pointer_verb(m.group(0), lex)), None)
        if verb is None and lex.code == "ru" and len(ws) > n + 2:
            # "… 4 870 случаев кори. Об этом говорится в сообщении Роспотребнадзора": a source phrase right after
            # the opener ("говорится в", "сообщается в") names the text the sentence before is from
            said = " ".join(m.group(0).lower() for m in ws[n:n + 2])
            if said in lex.source_phrases and said.endswith(" в") \
                    and not re.search(r"[,.;:!?«»“”\"]", text[ws[n - 1].end():ws[n + 1].end()]):
                sp = res.source_after_phrase(ws[n + 1].end(), b, said)
                if sp is not None and sp.name and (sp.entity is not None or sp.name[:1].isupper()):
                    return sp, before[0], before[1]  # (a named source, not "в свежей военной сводке")
        gap = text[ws[n - 1].end():verb.start()] if verb is not None else ""
        if lex.code == "ru":
            # "Об этом «Известиям» рассказала Мария Захарова": an outlet told, named in quote marks, may stand between
            gap = re.sub(r"^\s*«[^«»,.;:!?]{1,40}»\s*$", " ", gap)
        if verb is None or re.search(r"[,.;:!?«»“”\"]", gap):
            return None
        pron = next((m for m in ws[n:ws.index(verb)] if m.group(0).lower() in lex.pronouns), None) \
            if lex.code == "ru" else None
        if pron is not None:
            # "Об этом она рассказала в шоу «…»", "Об этом он написал в своем Telegram-канале": the one the pronoun
            # points back at, not a name after the verb
            sp = res.by_pronoun(pron.start(), verb.group(0), Span(start=pron.start(), end=pron.end(),
                                                                  text=pron.group(0)))
            if sp is not None and sp.name and sp.name.lower() not in lex.pronouns:
                return sp, before[0], before[1]
            return None
        sp = res.subject_after(verb.end(), b, verb.group(0))
        if sp is not None and sp.name:
            return sp, before[0], before[1]
    return None


def _after_initial(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the text before ``pos`` ends with an initial or an abbreviation and its full stop ("वी.के. ", "С. ",
    "млрд. "), and a lower-case word follows: no sentence end."""
    # (a comma may follow the full stop: "2,1 млн., сочат данните на НСИ")
    # after an abbreviation only: an initial with a comma ("A., …") is no name going on
    m = re.search(r"(\S+)\.(,?)[ \t]*$", text[max(0, pos - 12):pos])
    return m is not None and (INITIAL.fullmatch(m.group(1)) is not None and not m.group(2)
                              or m.group(1).lower() in lex.abbreviations and text[pos:pos + 1].islower())


# after a quote inside a sentence that a source opens ("Как заявила X, препараты «есть в наличии», а перебои носят
# локальный характер"): the clause joined after it is the source's too
# "não tem dúvidas de que": a stance word reports before "de que" only
_DE_QUE = re.compile(r"\s+de\s+que\b", re.IGNORECASE)
# a figure with its percent sign or word ("18,4%", "7,3 процента", "15 por cento")
_FIGURE = re.compile(r"\d\s?(?:%|процент|процента|по сто|por cento)", re.IGNORECASE)
# "X ने सरकार पर देर से जागने का आरोप लगाया": the accusation between पर and का आरोप
_HI_ACCUSED = re.compile(r"(?<=\sपर\s)([^।,;\"“”]+?)\s(?:का|के)\s(आरोप)\sलगा(?:या|ई|ए|ते|ती)")
# "X ने परिजनों को 2-2 लाख रुपये देने की घोषणा की": what was announced, between ने and की घोषणा
_HI_ANNOUNCED = re.compile(r"(?<=\sने\s)((?:[^।.!?;\"“”]|\.(?=\d))+?)\s(?:की|का)\s(घोषणा|ऐलान)\s(?:की|किया|कर)")
_AND_REST = re.compile(r"\s*,\s*(?:а|и|но|e|mas)\s+(?=\w)", re.IGNORECASE)
_PT_AND_VERB_THAT = re.compile(r"\s*(?:,\s*)?(?:e|mas)\s+(?:ainda\s+|também\s+)?(\w+)\s+que\b\s*", re.IGNORECASE)
_PT_AND_PREDICATE = re.compile(r"\s+e\s+(?=(?!(?:estão|são|vão|têm|tem|sem|bem|também|além|quem|ninguém|alguém|"
                               r"porém)\b)"
                               r"[a-zà-ú]{3,}(?:aram|eram|iram|ou|eu|iu|am|em)\b)")
# 'disse que "não há dinheiro" e saiu da sala': a verb in the past after "e" (short ones too)
_PT_AND_DID = re.compile(r"\s+e\s+(?!(?:estão|são|vão|têm|tem|sem|bem|também|além|quem|ninguém|alguém|porém|que)\b)"
                         r"[a-zà-ú]{2,}(?:aram|eram|iram|ou|eu|iu)\b")
_PT_LATER_AND_THAT = re.compile(r"(?:\s+(?!(?:que|onde|quem|qual|quais|cujo|cuja|cujos|cujas)\b)[^\W\d]+){1,8}"
                                r"\s+e\s+que\b\s*", re.IGNORECASE)
_AND_THAT = re.compile(r"\s*(?:,\s*)?(?:e|mas|и|а|and)\s+(?:que|че|что|that)\b\s*", re.IGNORECASE)


#: "Para o presidente da Andifes, o reitor da Universidade Federal de Pernambuco (UFPE), Henrique …": a second title
#: with its article and complement (a bracketed acronym inside), up to the comma before the name
_PT_SECOND_TITLE = re.compile(r"(?:o|a)\s+([a-zà-ú-]+)(?:\s+[^,.;:!?«»“”\"\n]{1,90})?,\s+(?=[A-ZÀ-Ý])")


#: a person's name of two or more capitalised words (particles between) and the comma that closes its apposition
_PT_NAME_APPOSED = re.compile(r"[A-ZÀ-Ý][\w-]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ý][\w-]+){1,4},\s")


#: "o economista-chefe de um grande banco privado": the article, one word of a trade, then "de um/uma"
_PT_ONE_OF_UNNAMED = re.compile(r"\s*(?:o|a)\s+([a-zà-ú-]+)\s+de\s+uma?\s")


def _opening_source(res: Resolver, a: int, b: int):
    """``Para a Confederação Nacional da Indústria, os juros …``, ``Para Martins, …``: a phrase that names a source
    only at the sentence's start (the lexicon's ``opening_source_phrases``), before a name or a title and a
    comma; the statement follows the comma."""
    text, lex = res.text, res.lex
    ws = words(text, a, b)
    if len(ws) < 4 or re.search(r"\w", text[a:ws[0].start()]):
        return None
    if lex.code == "pt" and ws[0].group(0) == "Já" and len(ws) > 4:
        ws = ws[1:]  # "Já para a bancada do Chega, o Governo …": the contrast word before the phrase (round 29)
    for phrase in lex.opening_source_phrases:
        n = len(phrase.split())
        if " ".join(m.group(0).lower() for m in ws[:n]) != phrase:
            continue
        if lex.code == "pt" and ws[n].group(0).lower() in lex.pronouns and text[ws[n].end():ws[n].end() + 2] == ", ":
            # "Para ela, as acusações são "pura histeria"": the person the pronoun points back at
            pw = ws[n]
            sp = res.by_pronoun(pw.start(), phrase, Span(start=pw.start(), end=pw.end(), text=pw.group(0)))
            ent = next((e for e in res.entities if e.id == sp.entity), None) if sp.entity else None
            if sp.name and sp.name.lower() not in lex.pronouns and (ent is None or res._a_person(ent)
                                                                    or res._personal(sp)):
                return sp, pw.end() + 2, b  # (a person, not a body whose name ends like a woman's)
            return None
        if lex.code == "pt" and len(ws) > n + 2 and ws[n].group(0).lower() in ("o", "a") \
                and ws[n + 1].group(0) in lex.nationalities and text[ws[n + 1].end():ws[n + 1].end() + 2] == ", ":
            # "Para o finlandês, qualquer negociação …": the person introduced with that country ("o presidente da
            # Finlândia, Alexander Stubb")
            nw = ws[n + 1]
            key = _pt_unaccent(nw.group(0).lower())[:4]
            for s_, t, e in reversed(res.mentions):
                lead = re.split(r"[.!?:;\n]", text[max(0, s_ - 80):s_])[-1]
                if t <= a and res._a_person(e) and any(_pt_unaccent(w.lower()).startswith(key)
                                                        for w in re.findall(r"[\w-]+", lead)):
                    span = Span(start=nw.start(), end=nw.end(), text=nw.group(0))
                    return Speaker(e.name, e.id, span, phrase), nw.end() + 2, b
            return None
        head = next((m for m in ws[n:n + 2] if m.group(0).lower() not in ("o", "a", "os", "as")), None)
        hw = head.group(0).lower() if head is not None else ""
        many = hw.endswith("s") and (hw[:-1] in lex.role_nouns or hw.endswith("es") and hw[:-2] in lex.role_nouns)
        if head is None or not (head.group(0)[:1].isupper() or res.is_title(head.group(0))
                                or hw in lex.institution_nouns or many):
            return None  # "Para 2026, …", "Para a maioria dos analistas, …": no source
        # ("Para os familiares das vítimas, …", "Para os moradores, …": many of a role)
        comma = re.compile(r",\s").search(text, ws[n - 1].end(), min(b, ws[n - 1].end() + 90))
        # (a lower-case title and its complement up to a name may run longer: "Para a professora de direito
        # previdenciário da USP Fernanda Castilho,")
        # ("Para a coordenadora do Núcleo de Defesa dos Direitos Humanos da Defensoria, Maria Júlia Miranda, há …": a
        # lower-case title, its body's long name, then a name of two words or more in apposition; round 33)
        named = comma is not None and lex.code == "pt" and res.is_title(hw) and hw == head.group(0) \
            and _PT_NAME_APPOSED.match(text, comma.end(), b) is not None
        if comma is None or len(words(text, ws[n - 1].end(), comma.start())) > (
                14 if named else 10 if res.is_title(hw) and hw == head.group(0)
                and _is_cap_word(words(text, a, comma.start())[-1].group(0)) else 8):
            return None
        sp = res.source_after_phrase(ws[n - 1].end(), comma.start(), phrase)
        lone = _PT_ONE_OF_UNNAMED.match(text, ws[n - 1].end(), comma.start()) if lex.code == "pt" else None
        if lone is not None and (lone.group(1) in lex.role_nouns or res.is_title(lone.group(1))
                                 or lone.group(1).split("-")[0] in lex.role_nouns):
            # "Para o economista-chefe de um grande banco privado, que falou sob reserva, o comunicado …": one of a
            # trade "de um/uma" something unnamed is someone new, not the last one of that trade named; a relative
            # aside after the comma is no part of the statement (round 33)
            role = Span(start=lone.start(1), end=lone.end(1), text=lone.group(1))
            aside = re.match(r"que\s[^,.;:!?«»“”\"\n]{1,80},\s", text[comma.end():b])
            return Speaker(lone.group(1), None, role, phrase), comma.end() + (aside.end() if aside else 0), b
        if sp is not None and sp.name and res.is_title(hw):
            rest = words(text, comma.end(), b)
            second = _PT_SECOND_TITLE.match(text, comma.end(), b) if lex.code == "pt" else None
            if second is not None and res.is_title(second.group(1)) and second.group(1) not in ("antigo", "antiga"):
                # "Para o presidente da Andifes, o reitor da Universidade … (UFPE), Henrique Dantas, a greve …": a
                # second title with its article, then the name (round 31)
                rest = words(text, second.end(), b)
            r0 = 1 if len(rest) > 1 and rest[0].group(0).islower() and res.is_title(rest[0].group(0)) \
                and rest[0].group(0) not in ("antigo", "antiga") else 0
            run = res.cap_run_starting(rest, r0) if rest else None
            close = re.match(r"(?:\s*\([^()\n]{1,20}\))?,\s", text[run[1]:run[1] + 30]) if run is not None else None
            if run is not None and len(text[run[0]:run[1]].split()) >= 2 and close is not None \
                    and (sp.span is None or sp.span.start > head.start()
                         or lex.code == "pt" and sp.span.start == head.start()):
                # ("Para o diretor técnico da confederação, Marcelo Reis, …": the title itself, whoever or whatever
                # it was read as, gives way to the name too; round 31)
                # "Para o prefeito de Linhares, Wanderson Bravim, o estado …": the name in apposition after the
                # title and its place is the source, not the place ("Para o líder do PL na Câmara, deputado Sóstenes
                # Cavalcante (RJ), …": a rank before the name, a party or state in brackets after it)
                return res._named(run[0], run[1], phrase), run[1] + close.end(), b
        if sp is not None and sp.name:
            nxt = words(text, comma.end(), b)[:2]
            if len(nxt) == 2 and nxt[0].group(0) in ("da", "do", "de", "das", "dos") and nxt[1].group(0)[:1].isupper():
                # "Para o delegado Marcos Tavares, da Polícia Civil de São Paulo, boa parte …": the statement follows
                # the body the source is from
                more = re.compile(r",\s").search(text, nxt[1].end(), min(b, nxt[1].end() + 100))
                if more is not None and len(words(text, nxt[0].start(), more.start())) <= 8:
                    return sp, more.end(), b
            if nxt and nxt[0].group(0).islower() and res.is_title(nxt[0].group(0)):
                # "Para Humberto Jorge, presidente da associação …, os números …": the statement follows the title
                more = re.compile(r",\s").search(text, nxt[0].end(), min(b, nxt[0].end() + 160))
                if more is not None:
                    return sp, more.end(), b
            return sp, comma.end(), b
    return None


# "с аргумента, че …", "с думите, че …": a noun of speech that reports what the sentence's subject said
_BG_SPEECH_NOUNS = frozenset("аргумента аргументите думите мотива мотивите обяснението твърдението уверението "
                             "коментара".split())


def _bg_sentence_subject(res: Resolver, a: int, ws: list[re.Match]) -> Speaker | None:
    """Bulgarian: the subject before the first verb of a sentence (its first lower-case word after the capitalised
    words and titles that open it), or None when a reporting verb or "че" comes before."""
    if not ws or not ws[0].group(0)[:1].isupper():
        return None
    for j in range(1, len(ws)):
        w = ws[j].group(0)
        if w.lower() in res.lex.complementizers or is_reporting(w, res.lex):
            return None
        if w.islower() and not res.is_title(w) and w not in ("на", "за", "от", "по") \
                and not re.search(r"[,.;:!?]", res.text[ws[j - 1].end():ws[j].start()]):
            return res.subject_before(a, ws[j].start(), w)
    return None


def _gerund_subject(res: Resolver, ws: list[re.Match], direct: list[Quote], a: int, gerund: re.Match
                    ) -> Speaker | None:
    """Portuguese: who speaks on in a reporting gerund after a comma (", acrescentando que …"): the speaker of a quote
    earlier in the sentence, else the subject that opens the sentence, else the subject of its first verb."""
    # (a quote of several sentences may open before the sentence that the gerund's comma ends: '«… português. Não há
    # reconstrução …», disse Rangel, acrescentando que …')
    said = [q for q in direct if q.content.start < gerund.start() and q.content.end > a and q.speaker]
    if said:
        q = said[-1]
        return Speaker(q.speaker, q.speaker_entity, q.speaker_span, gerund.group(0))
    sp = _opening_subject(res, ws + [gerund], gerund)
    if sp is not None and sp.name:
        return sp
    verb = next((x for x in ws[1:] if x.group(0).islower() and (
        is_reporting(x.group(0), res.lex) or is_object_verb(x.group(0), res.lex)
        or re.fullmatch(r"[a-zà-ú]{3,}(?:ou|eu|iu|ram)", x.group(0)))), None)
    if verb is None or not res._sentence_start(ws[0].start()):
        return None
    return res.subject_before(a, verb.start(), verb.group(0))


def _opening_subject(res: Resolver, ws: list[re.Match], verb: re.Match) -> Speaker | None:
    """Portuguese: the person that opens a sentence as its subject, a title and a name between commas after it ("O
    presidente da Ucrânia, Volodymyr Zelensky, …") or a name of two words or more and a comma ("Rui Matoso, …"), for a
    verb joined by "e"/"mas" later in the sentence; None when another reporting verb or "que" of a complement stands
    between."""
    text = res.text
    if len(ws) < 4 or not res._sentence_start(ws[0].start()):
        return None
    i = 0
    if _PT_ASKED.fullmatch(ws[0].group(0)) or ws[0].group(0).lower() in _FRONTED:
        # "Questionado sobre o custo, o ministro remeteu para …, mas admitiu que": the subject after the fronted phrase
        i = next((j for j in range(1, min(len(ws), 10)) if text[ws[j - 1].end():ws[j].start()].strip() == ","), None)
        if i is None or i + 2 >= len(ws):
            return None
    if ws[i].group(0).lower() in ("o", "a") and ws[i + 1].group(0).islower() and res.is_title(ws[i + 1].group(0)):
        t = ws[i + 1]
        i = next((j for j in range(i + 2, min(len(ws), i + 10)) if (text[ws[j - 1].end():ws[j].start()].strip() == ","
                  or j == i + 2 and text[ws[j - 1].end():ws[j].start()] == " ") and _is_cap_word(ws[j].group(0))), None)
        if i is not None and any(x.group(0) in ("o", "a", "os", "as", "um", "uma") for x in ws if t.end() <= x.start()
                                 < ws[i].start()):
            i = None  # "O ativista felicitou o presidente eleito da Moldávia, Ion Ceban, e disse": the object's name
        if i is None:
            # "o ministro remeteu para o Orçamento, mas admitiu que": a bare title, the person it points back at
            between = [x for x in ws if t.end() <= x.start() < verb.start()]
            if not any(is_reporting(x.group(0), res.lex) or x.group(0).lower() == "que" for x in between):
                return res.by_title(t.group(0), t.start(), verb.group(0), Span(start=t.start(), end=t.end(),
                                                                                 text=t.group(0)))
            return None
    elif not i and ws[0].group(0) in ("O", "A") and _is_cap_word(ws[1].group(0)):
        # "A Zero saudou a decisão, mas alertou, em comunicado, que …": a body named with its article, its own verb
        # right after the name
        run = res.cap_run_starting(ws, 1)
        if run is None or run[1] >= verb.start() or not re.match(r" [a-zà-ú]", text[run[1]:run[1] + 2]):
            return None
        between = [x for x in ws if run[1] <= x.start() < verb.start()]
        if any(is_reporting(x.group(0), res.lex) or x.group(0).lower() == "que" for x in between) \
                or res.is_title(text[run[0]:run[1]].split()[0]):
            return None
        return res._named(run[0], run[1], verb.group(0))
    elif i or ws[0].group(0).lower() in ("o", "a", "os", "as") or not _is_cap_word(ws[0].group(0)):
        return None
    run = res.cap_run_starting(ws, i)
    if run is None or len(text[run[0]:run[1]].split()) < 2 or text[run[1]:run[1] + 1] != "," \
            or run[1] >= verb.start():
        return None
    ent = res.entity_over(*run)
    if ent is None or not res._a_person(ent) and ent.id not in res._speaker_ids():
        return None
    between = [x for x in ws if run[1] <= x.start() < verb.start()]
    if any(is_reporting(x.group(0), res.lex) for x in between):
        return None
    return res._named(run[0], run[1], verb.group(0))


def _is_cap_word(w: str) -> bool:
    return w[:1].isupper() and not w.isupper() or len(w) > 1 and w.isupper()


def _unnamed_subject(res: Resolver, text: str, direct: list[Quote], verb: re.Match) -> Speaker | None:
    """Who says a verb that opens a sentence with no subject ("Disse que …"): a person named earlier in the same
    paragraph, else the speaker of the last quote of this paragraph or the one before, else whoever was named last;
    never a name inside a quote ("disse ao presidente [Emmanuel Macron]") nor one capitalised word no layer took
    for a name."""
    w = verb.group(0)
    para = _paragraph_bounds(text, verb.start())[0]
    sp = res.by_pronoun(verb.start(), w, None)
    if sp.span is not None and any(x <= sp.span.start < y for x, y in res.quote_spans) \
            or sp.entity is None and len((sp.name or "").split()) < 2:
        sp = None
    if sp is not None and sp.span is not None and sp.span.start >= para:
        return sp
    before = _previous_paragraph_end(text, para)
    last = max((q for q in direct if q.speaker and q.content.end <= verb.start()
                and (q.content.start >= para or _paragraph_bounds(text, q.content.end)[1] == before)),
               key=lambda q: q.content.start, default=None)
    if last is not None:
        return Speaker(last.speaker, last.speaker_entity, last.speaker_span, w)
    return sp


# a Portuguese infinitive right after a reporting verb: a lower-case word of five letters or more in -ar/-er/-ir (a noun
# or an adjective there would take an article or stand after a comma)
# what opens a phrase of place or occasion between a reporting verb and its "que" ("à margem de uma visita ao …")
_PT_PP_OPENERS = frozenset("à ao na no nas nos numa num em durante após depois perante".split())
# a phrase of circumstance after a comma that closes the speaker of a closing attribution ("…, disse o ministro, à
# margem da reunião", "…, revelou a Fenprof, com base num levantamento …")
_PT_ADJUNCT_AFTER_SPEAKER = re.compile(r",\s+(?=(?:à\s+margem|com\s+base|durante|após|depois\s+d|antes\s+d|perante|"
                                       r"em\s+conferência|numa?\s+(?:conferência|entrevista|comunicado|nota|reunião|"
                                       r"declaração|declarações|visita|cerimónia|cerimônia|audição|sessão))\b)")
# "…, observou em relatório enviado a clientes o economista Otávio Leme, da consultoria Tendências.": the speaker's
# body after the comma closing a long attribution is no part of it (round 29)
_PT_AFFILIATION_CLOSING = re.compile(r",\s+d[aoe]s?\s+(?:[a-zà-ú-]+\s+){0,2}[A-ZÀ-Ú][\w-]*"
                                     r"(?:\s+(?:d[aoe]s?\s+)?[A-ZÀ-Ú][\w-]*){0,4}\s*[.!?]?\s*$")
# a Portuguese attribution closing a statement, then a relative clause on who spoke (", lamenta a OMM, que …")
_PT_CLOSING_THEN_RELATIVE = re.compile(r",\s+([a-zà-ú]+)\s+([^,.;:!?«»“”\"—–()]{2,60}?),\s+que\s")
# Portuguese verbs of demanding that report the words in marks right after them (a short object between)
_PT_DEMANDS = frozenset("pede pedem cobrou cobra cobram cobraram reivindica reivindicam reivindicou".split())
_PT_DEMAND_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_PT_DEMANDS)) + r")\s+$", re.IGNORECASE)
# Portuguese verbs of asking or ordering that report only with "que" right after them ("pede ainda que")
# ("Pesquisadores da Fiocruz identificaram que …": a finding, reported only with its "que" too)
_PT_ASK_THAT = frozenset("pede pedem determina determinam determinou determinaram "
                         "identificou identificaram identifica identificam".split())
_PT_RIGHT_THAT = re.compile(r"\s+(?:(?:ainda|também)\s+)?que\b")
# when, right after a Portuguese reporting verb ("admitiu esta quarta-feira na comissão … que")
_PT_TIME_OPENERS = frozenset("esta este nesta neste hoje ontem".split())
_PT_TIME_NOUNS = frozenset("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo manhã tarde "
                           "noite semana".split())


def _pt_time_words(ws: list, i: int) -> int:
    """How many words from ``ws[i]`` say when and nothing else ("esta quarta-feira", "hoje", "ontem à tarde" is 1)."""
    if i >= len(ws) or ws[i].group(0).lower() not in _PT_TIME_OPENERS:
        return 0
    if ws[i].group(0).lower() in ("hoje", "ontem"):
        return 1
    return 2 if i + 1 < len(ws) and ws[i + 1].group(0).lower() in _PT_TIME_NOUNS else 0
# Portuguese verbs of what a study or figures show ("pesquisa … mostra que")
_PT_EVIDENCE_VERBS = frozenset("mostra mostram indica indicam revela revelam aponta apontam conclui concluem".split())
# What may open a Portuguese sentence before a reporting verb with no subject: an adverbial and its comma
# (not "Em comunicado, …", "Em nota, …": the body named last, read elsewhere)
_PT_OPENER = re.compile(r"\s*(?!Em (?:comunicado|nota)\b)(?:(?:Em|No|Na|Nos|Nas|À|Ao|Às|Aos|Durante|Após|"
                        r"Depois d[eoa]s?|Mais tarde|Questionad[oa]|Confrontad[oa]|Ouvid[oa]|Contactad[oa]|"
                        r"Procurad[oa])(?![\w-])[^,.;:!?«»“”\"—–()\n]{0,60}|Ontem|Hoje|"
                        r"Depois|Antes|Já|Mais tarde|Também|Além disso), ")
_PT_INFINITIVE = re.compile(r"[a-zà-ú][a-zà-ú-]{2,}(?:ar|er|ir)")


def _opens_clause(text: str, a: int, start: int) -> bool:
    """Whether a name at ``start`` is the subject that opens the sentence at ``a``: no comma before it, or only the
    comma of an apposition right before it ("O vereador do Chega, Paulo Seixas, …")."""
    if start < a:
        return False
    lead = text[a:start]
    return lead.count(",") == 0 or lead.count(",") == 1 and lead.rstrip().endswith(",")


_ASIDE = re.compile(r"\s*,\s*([^\W\d][^,.;:!?«»“”\"()]{0,40}?)\s*,\s*$")


def _blank(text: str, start: int, end: int) -> bool:
    """Whether only blanks stand between ``start`` and ``end``."""
    return not text[start:end].strip()


def _no_subject_between(res: Resolver, ws: list[re.Match], m: re.Match, comp: re.Match) -> bool:
    """Whether a reporting verb opening a sentence (``ws[0]`` is ``m``) has no subject of its own before what it reports
    (``comp``): "que" right after it ("Disse que …"), after adverbs that may stand there ("Disse ainda que …":
    lexicon ``aux_before_verb``) or after an aside in lower case between commas ("Admitiu, no entanto, que …"); or an
    opinion verb whose object opens with an article and a common noun ("Defendeu a descida do imposto …"), not a title
    ("Anunciou o ministro …") nor a name ("Anunciou o Governo …")."""
    text, lex = res.text, res.lex
    if lex.code == "bg" and comp is not m and comp in ws[2:4] and all(
            x.group(0).lower() in lex.aux_before_verb for x in ws[1:ws.index(comp)]) \
            and not re.search(r"[.;:!?«»“”\"—–(]", text[m.end():comp.start()]):
        return True  # "Каза още, че …", "Добави обаче, че …": an adverb between the verb and "че"
    if lex.code != "pt":
        return comp is not m and comp is ws[1]
    if comp is m:
        return is_object_verb(m.group(0), lex) and not m.group(0).lower().endswith("m") and len(ws) >= 3 \
            and ws[1].group(0).lower() in ("o", "a", "os", "as") \
            and ws[2].group(0).islower() and not res.is_title(ws[2].group(0)) \
            and not re.search(r"[,.;:!?«»“”\"]", text[m.end():ws[2].start()])
    if comp is ws[1]:
        return True
    if m.group(0).lower().endswith("m"):
        return False  # ("Acrescentaram, ainda, que …": many speak, not whoever spoke last)
    told = re.fullmatch(r"\s+(?:ao|à|aos|às)\s+([^,.;:!?«»“”\"—–()\n]{1,60}?)\s+", text[m.end():comp.start()])
    if told is not None and comp.group(0).lower() in lex.complementizers \
            and not re.search(r"(?<![\w-])(?:o|a|os|as|um|uma)(?![\w-])", told.group(1)):
        return True  # "Além disso, disse ao Departamento de Defesa que …": whom it was told, no subject
    between = [x for x in ws[1:5] if x.start() < comp.start()]
    if len(between) == len(ws[1:5]) or any(x.start() > comp.start() for x in between):
        return False
    gap = text[m.end():comp.start()]
    if "," not in gap:
        return all(x.group(0).lower() in lex.aux_before_verb for x in between)
    aside = _ASIDE.fullmatch(gap)
    return aside is not None and aside.group(1) == aside.group(1).lower()


# what opens a Bulgarian clause after a comma: a conjunction, a subordinator or a relative
# Prepositions that open a source's complement before its comma ("по данни на министъра по селските райони, …")
_BG_PREPOSITIONS = frozenset("в във на от до при с със под над за пред по към след между чрез без".split())
_BG_CLAUSE_OPENER = re.compile(r"\s*(?:а|но|и|като|докато|защото|тъй като|ако|въпреки че|макар|след като|когато|"
                               r"който|която|което|които|където|(?:в|във|на|за|от|с|със|при|по|към|до|чрез|без|след|"
                               r"пред|под|над|между) (?:който|която|което|които|чийто|чиято|чието|чиито))\b")


# (and a purpose or manner clause after a source opening the sentence: "По думите ѝ … трябва да става бавно, за да не
# бъде унищожено …", "…, без да …", "…, така че …")
_BG_PURPOSE_OPENER = re.compile(r"\s*(?:за да|преди да|без да|вместо да|така че|освен ако|понеже)\b")
_BG_COLON_STATEMENT = re.compile(r"(?:[ \t]+[^\W\d][\w-]*){0,4}:(?=[ \t]+[^\s„“\"«—–-])")
_BG_RELATIVE_AFTER = re.compile(r",\s+(?:(?:на|за|с|със|от|в|във|по|към|при|до|чрез)\s+)?"
                                r"(?:който|която|което|които|когото|чийто|чиято|чието|чиито|където)\b")


def _bg_source_end(text: str, start: int, comma: int, sp: Speaker) -> int:
    """Where a Bulgarian source phrase's source ends: its span when it stands right after the phrase, else (a
    pronoun, "Според него", resolved to someone named before) the first word after the phrase."""
    if start <= sp.span.start < comma:
        return sp.span.end
    first = words(text, start, comma)[:1]
    return first[0].end() if first else start


def _bg_relative_object(text: str, lex: Lexicon, ws: list[re.Match], k: int) -> re.Match | None:
    """Bulgarian: the "че" after a reporting verb's object and a relative clause about it between commas ("обвини
    фирмата, която поддържа пътищата, че …", "увери родителите, които протестираха, че …"): what is reported
    follows that "че"."""
    comma = text.find(",", ws[k].end())
    obj = [x for x in ws[k + 1:k + 5] if x.end() <= comma]
    if not obj or comma < 0 or re.search(r"[.;:!?«»“”\"„—–(]", text[ws[k].end():comma]) \
            or any(x.group(0).lower() in lex.complementizers or is_reporting(x.group(0), lex) for x in obj):
        return None
    rest = ws[k + 1 + len(obj):k + 16]
    if not rest or rest[0].group(0).lower() not in lex.relatives or text[comma + 1:rest[0].start()].strip():
        return None
    close = text.find(",", rest[0].end())
    comp = next((x for x in rest if x.start() > close), None)
    if close < 0 or comp is None or comp.group(0).lower() not in lex.complementizers \
            or text[close + 1:comp.start()].strip() or re.search(r"[.;:!?«»“”\"„—–(]", text[rest[0].end():close]):
        return None
    return comp


# "… навън след 18 ч. Според директора …": an abbreviation after a number ends the sentence the splitter ran on
_BG_ABBREVIATION_END = re.compile(r"(?<=\d )(?:ч|г|лв|хил|км|кг)\.(\s+)(?=[А-Я])")


# Russian: "… превысить 3,5 трлн руб. Замминистра Иван Чебесков добавил …": the same after a sum's abbreviation
_RU_ABBREVIATION_END = re.compile(r"(?<=\d )(?:(?:тыс|млн|млрд|трлн)\.?\s+)?(?:руб|долл|тыс|млн|млрд|трлн)\.(\s+)"
                                  r"(?=[А-ЯЁ])")


def _bg_split_after_abbreviation(text: str, sents: list, lex: Lexicon) -> list:
    """Bulgarian: the sentences, those the splitter joined over a number's abbreviation ("18 ч.", "2025 г.") cut
    there when the next word opens a source phrase ("Според …", "По думите на …"), or is a pronoun or a title that
    opens a sentence ("… до 2028 г. Министърът добави, че …", "… през 2025 г. Той …")."""
    if lex.code not in ("bg", "ru"):
        return sents
    openers = {p.split()[0] for p in lex.source_phrases} | set(lex.pronouns) \
        | {t for t in lex.titles if len(t) > 4 and (t.endswith(("ът", "ят")) or lex.code == "ru")}
    ends = _BG_ABBREVIATION_END if lex.code == "bg" else _RU_ABBREVIATION_END
    out = []
    for sent in sents:
        a = sent.start
        for m in ends.finditer(text, sent.start, sent.end):
            nxt = re.match(r"\w+", text[m.end():sent.end])
            if nxt is not None and nxt.group(0).lower() in openers and m.start() > a:
                out.append(Sentence(start=a, end=m.start(1)))
                a = m.end()
        out.append(Sentence(start=a, end=sent.end) if a != sent.start else sent)
    return out


def _ru_join_after_quoted_mark(text: str, sents: list, lex: Lexicon) -> list:
    """Russian: the sentences, those the splitter cut after a "!" or "?" inside quote marks joined again when the
    next one opens in lower case ("Силуанов, выступая на форуме «Россия зовет!», | напомнил, что …")."""
    if lex.code != "ru":
        return sents
    out: list = []
    for sent in sents:
        if out and re.search(r"[!?][»“\"]\s*,?$", text[out[-1].start:out[-1].end]) \
                and re.match(r"[,\s]*[а-яё]", text[sent.start:sent.end]) \
                and not re.search(r"\n", text[out[-1].end:sent.start]):
            out[-1] = Sentence(start=out[-1].start, end=sent.end)
            continue
        prev = text[out[-1].start:out[-1].end] if out else ""
        if prev.rstrip().endswith(".") and re.search(r"«[^«»]*$", prev) \
                and re.match(r"\w[^«»\s]*»", text[sent.start:]) \
                and not text[out[-1].start:sent.start].rstrip().endswith(" ."):
            # ("Как рассказал он «Якутия.Инфо», …": a name in marks with a full stop inside it, cut by the splitter)
            out[-1] = Sentence(start=out[-1].start, end=sent.end)
            continue
        out.append(sent)
    return out


def lexical_indirect(document: Document, lex: Lexicon, res: Resolver, direct: list[Quote]) -> list[Quote]:
    """Reported speech: ``X заявил, что …``, ``X disse que …``, ``X ने कहा कि …``; ``По словам X, …``,
    ``Segundo X, …``, ``X के अनुसार …``; and a statement closed by ``…, diz estudo``."""
    text = document.article.text
    taken = [(q.content.start - 1, q.content.end + 1) for q in direct
             if len(q.content.text.split()) >= _MIN_SPEECH_WORDS]
    out: list[Quote] = []
    prev_start = prev_end = None
    data_source = None  # (speaker, end) of a sentence that gave a source's data
    opened_source = None  # that of the sentence before the one the splitter cut short
    forward = False  # the sentence before only pointed at the source's figures ("Данните на НСИ показват …")
    sentences = _ru_join_after_quoted_mark(text, document.data.get("sentences", []), lex)
    for sent in _bg_split_after_abbreviation(text, sentences, lex):
        a, b = sent.start, sent.end
        prev_source, data_source = data_source, None
        if a < document.article.body_start:
            continue
        # the splitter cut after an initial or an abbreviation ("वी.के. | सिंह के मुताबिक", "2,5 млрд. | евро тази
        # година, изчисляват от съвета"): the sentence begins before the cut
        if prev_start is not None and _after_initial(text, a, lex):
            a = prev_start
            if lex.code == "bg" and prev_source is None:
                # "По данни на X … 3,4 млн. туристи. Чуждестранните са 2,1 млн., а българите – с 9% по-малко.": the
                # sentence joined again over "млн.," goes on with the source the sentence before it gave
                prev_source = opened_source
        else:
            opened_source = prev_source
        before = (prev_start, prev_end) if prev_start is not None and prev_start < a else None
        left = prev_start = a
        prev_end = b
        ws = words(text, a, b)
        shown = _BG_DATA_SHOW.match(text, a, b) if lex.code == "bg" else None
        if shown is not None and not re.search(r"\d|(?<!\w)че(?!\w)|[„“\"]", text[a:b]):
            # "Данните на НСИ показват сходна картина. Нощувките … са били 9,7 млн.": a source that points at the
            # figures of the next sentence, no statement of its own
            sp = res.source_after_phrase(shown.start(1), shown.end(1), "по данни на")
            if sp is not None and sp.name and sp.name[:1].isupper() and sp.span is not None \
                    and sp.span.end <= shown.start(2):
                data_source = (sp, b)
                forward = True
                continue
        forward_now, forward = forward, False  # (the one sentence right after it only)
        pointed = _pointer_back(res, ws, a, b, before)
        if pointed is not None:
            # "… до ледостава. Об этом во вторник сообщили в Министерстве транспорта": the sentence before is theirs
            sp, ps, pe = pointed
            ps, pe = _trim(text, ps, pe)
            if not any(x <= ps < y or ps <= x < pe for x, y in taken) and len(text[ps:pe].split()) >= 3:
                out.append(Quote(kind="indirect", content=Span(start=ps, end=pe, text=text[ps:pe]), speaker=sp.name,
                                 speaker_entity=sp.entity, speaker_span=sp.span, cue=sp.cue))
            continue
        found = None
        whole = False  # the attribution covers the whole rest of the sentence ("Как заявила X, …")
        opened = None  # Russian: where the statement after an opening "По словам X," begins
        if lex.code == "ru" and ws and ws[0].group(0).lower() == "по":
            lead = next((ph for ph in _longest_first(lex.source_phrases) if ph.startswith("по ")
                         and text[ws[0].start():ws[0].start() + len(ph)].lower() == ph), None)
            comma = re.compile(r",\s").search(text, ws[0].start() + len(lead), min(b, ws[0].start() + len(lead) + 80)) \
                if lead else None
            if comma is not None and not re.search(r"[.!?;:«»\"—–]", text[ws[0].start():comma.start()]):
                opened = comma.end()
        # "Каждый процент, считает Алексей Иванов, обходится …": the insert's verb has no subject before it
        found = _ru_inserted_attribution(res, a, b) if lex.code == "ru" and opened is None else None
        for k, m in enumerate(ws if found is None else []):
            if opened is not None and m.start() >= opened:
                # "По словам защитника, ее подзащитная неоднократно просила выделить деньги": a reporting verb inside
                # the statement is the source's words, not a new attribution
                break
            if lex.code == "ru" and m.group(0).lower() in _RU_WORDS_OF and k + 2 < len(ws) \
                    and ws[k + 1].group(0).lower() == "слова" and not any(x < m.start() < y for x, y in taken):
                # "Издание приводит слова источника в компании о том, что …": the words of whom "слова" names
                about = _RU_ABOUT_THAT.search(text, ws[k + 1].end(), b)
                if about is not None and len(words(text, ws[k + 1].end(), about.start())) <= 10 \
                        and not re.search(r"[.!?;:«»\"—–]", text[ws[k + 1].end():about.start()]):
                    sp = res.subject_after(ws[k + 1].end(), about.start(), m.group(0))
                    if (sp is None or not sp.name) \
                            and _ru_singular_lemma(ws[k + 2].group(0).lower()) in lex.anonymous_sources:
                        # "слова источника в компании": the unnamed source and where it sits
                        s0, e0 = ws[k + 2].start(), len(text[:about.start()].rstrip())
                        sp = Speaker(text[s0:e0], None, Span(start=s0, end=e0, text=text[s0:e0]), m.group(0))
                    if sp is not None and sp.name:
                        found = (sp, about.end(), b)
                        break
            if lex.code == "bg" and k >= 2 and m.group(0).lower() in _BG_SPEECH_NOUNS \
                    and ws[k - 1].group(0).lower() == "с" and k + 1 < len(ws) and ws[k + 1].group(0) == "че" \
                    and re.fullmatch(r",\s+", text[m.end():ws[k + 1].start()]) \
                    and not any(x < m.start() < y for x, y in taken):
                # "Министърът защити рамката с аргумента, че …", "… отговори с думите, че …": what the sentence's
                # subject argued
                sp = _bg_sentence_subject(res, a, ws[:k - 1])
                if sp is not None and sp.name:
                    found = (sp, ws[k + 1].end(), b)
                    break
            stance = m.group(0).lower() in lex.stance_words and _DE_QUE.match(text, m.end(), b) is not None
            # "O sindicalista X não tem dúvidas: a greve "vai continuar"": a stance, then what it holds after a colon
            stance_colon = _PT_STANCE_COLON.match(text, m.end(), b) \
                if lex.code == "pt" and m.group(0).lower() in lex.stance_words else None
            if stance_colon is not None and len(words(text, stance_colon.end(), b)) >= 3:
                stance = True
            else:
                stance_colon = None
            # "votou contra por considerar que …", "ao afirmar que …": a reporting infinitive after "por" (the reason)
            # or "ao" (the moment) reports what the sentence's subject says
            reason = lex.code == "pt" and k > 0 and ws[k - 1].group(0).lower() in ("por", "ao") \
                and m.group(0).lower() in lex.reporting_verbs
            # "Rutte tinha pedido aos aliados que …": a reporting participle after the auxiliary of a compound past
            compound = k > 0 and ws[k - 1].group(0).lower() in lex.perfect_aux \
                and m.group(0).lower() in lex.reporting_participles \
                and _blank(text, ws[k - 1].end(), m.start())
            gerund = k > 0 and m.group(0).lower() in lex.reporting_gerunds \
                and re.fullmatch(r",\s+", text[ws[k - 1].end():m.start()]) is not None
            # "X ने अदालत के सामने यह भी रखा कि …": a case put, reported only with its कि right after
            put = lex.code == "hi" and m.group(0) == "रखा" and k + 1 < len(ws) and ws[k + 1].group(0) == "कि"
            # "A magistrada pede ainda que …", "O tribunal determinou que …": a request or an order, reported only
            # with its "que" right after (or after "ainda", "também")
            asks = lex.code == "pt" and m.group(0).lower() in _PT_ASK_THAT \
                and _PT_RIGHT_THAT.match(text, m.end(), b) is not None
            if not (is_reporting(m.group(0), lex) or stance or reason or compound or gerund or put or asks) \
                    or any(x < m.start() < y for x, y in taken):
                continue  # (a verb inside a direct quote reports nothing of the article's)
            if lex.code == "pt" and _PT_ANONYMITY.match(text, m.end()):
                continue  # "Um operador que pediu para não ser identificado contou que …": the wish not to be named
            if lex.code == "bg" and m.group(0) == "мнение" and k and ws[k - 1].group(0).lower().endswith("ото"):
                continue  # "Общественото мнение, че властта бездейства, расте": whose opinion is no one's words
            if lex.code == "ru" and k and _ru_declined(ws, k):
                continue  # "Песков отказался комментировать сообщения о том, что …": what one would not say
            w = m.group(0)
            if k and ws[k - 1].group(0).lower() in _AS:
                # "Как отметил помощник президента Юрий Ушаков, …", "Como disse o ministro, …"
                comma = re.compile(r",\s").search(text, m.end(), b)
                if lex.code == "ru" and comma is not None and k >= 2 \
                        and text[ws[k - 2].end():ws[k - 1].start()] == ", " \
                        and (nxt := re.compile(r"[а-яё]+").match(text, comma.end())) is not None \
                        and is_reporting(nxt.group(0), lex):
                    continue  # "Петров, как пишет РБК, считает, что …": the outlet only relays what the subject says
                sp = res.subject_after(m.end(), comma.start() if comma else b, w) if comma else None
                if sp is not None and sp.name:
                    found = (sp, comma.end(), b)
                    whole = True
                    if lex.code == "ru" and w.lower().endswith(lex.plural_endings) and k == 1 \
                            and re.search(r"\d", text[comma.end():b]):
                        # "Как сообщили в «Яндекс Go», время подачи выросло с 6 до 9 минут. Стоимость поездок
                        # поднялась на 14%.": a body's figures, which the next sentence goes on with
                        data_source = (sp, b)
                    break
                continue
            comp = next((c for c in ws[k + 1:k + 7] if c.group(0).lower() in lex.complementizers), None)
            aside = lex.code == "pt" and comp is not None \
                and re.fullmatch(r"(?:\s+(?:ao|à|aos|às)\s[^,.;:!?«»“”\"()—–]+)?,\s[^,.;:!?«»“”\"()—–]+,\s+",
                                 text[m.end():comp.start()]) is not None
            # ('lamentou, numa publicação nas redes sociais, que a UE …': where or how, between commas, before "que";
            # also after the outlet told: 'admitiu ao Expresso, sob anonimato, que …', round 32)
            # ("disse à Folha de S.Paulo que": the full stop of the newspaper's name ends no clause)
            if comp is not None and not aside and (re.search(r"[.;:!?]",
                                                             _PT_S_PAULO.sub("S ", text[m.end():comp.start()]))
                                     or comp not in ws[k + 1:k + 5] and "," in text[m.end():comp.start()]
                                     # (Russian puts a comma before every "что": "заявил на заседании профильного
                                     # комитета Госдумы, что …" is one clause)
                                     and not (lex.code == "ru" and "," not in text[m.end():comp.start()].rstrip()[:-1]
                                              and text[m.end():comp.start()].rstrip().endswith(","))):
                comp = None  # ("disse ao jornal O Globo que": words to whom may stand between, not a clause)
            if comp is not None and lex.code == "pt" and not aside and comp in ws[k + 2:k + 7] \
                    and re.search(r",\s*$", text[m.end():comp.start()]) \
                    and "," not in text[m.end():comp.start()].rstrip()[:-1]:
                # ("disse o autarca, que se recusou a comentar …": a relative clause on who spoke; "disse aos
                # deputados, que a ouviam em silêncio, que …": on whom it was told, the clause after it)
                second = re.compile(r"[^,.;:!?«»“”\"()—–]+,\s+(que)\b").match(text, comp.end(), b)
                comp = next((c for c in ws if second is not None and c.start() == second.start(1)), None)
            if comp is not None and lex.code == "pt" and ws[k + 1].group(0).lower() in ("um", "uma") \
                    and k + 2 < len(ws) and ws[k + 2].group(0).lower() not in ("vez", "dia", "vezes"):
                comp = None  # ('contou um comerciante que pediu anonimato': the one who spoke, then a relative clause)
            when = _pt_time_words(ws, k + 1) if lex.code == "pt" else 0
            if comp is None and lex.code == "pt" and k + 1 + when < len(ws) \
                    and ws[k + 1 + when].group(0).lower() in _PT_PP_OPENERS:
                # "afirmou à margem de uma visita ao hospital que …": a longer phrase of place or occasion before "que"
                # (also after when: "admitiu esta quarta-feira na comissão parlamentar de Defesa que …")
                far = next((c for c in ws[k + 7:k + 11 + when] if c.group(0).lower() in lex.complementizers),
                           None)
                if far is not None and not re.search(r"[,.;:!?«»“”\"()—–]", text[m.end():far.start()]) \
                        and not any(x.group(0).lower() in lex.complementizers or is_reporting(x.group(0), lex)
                                    for x in ws[k + 1:ws.index(far)]):
                    comp = far
            if comp is None and lex.code == "pt":
                # "disse ao jornal O Estado de S. Paulo que …": the outlet told, a name of many words, before "que"
                told = _PT_TOLD_OUTLET.match(text, m.end(), b)
                if told is not None:
                    comp = next((c for c in ws[k + 1:] if c.start() == told.start(1)), None)
            if comp is None and lex.code == "bg":
                # "… съобщи пред журналисти в Брюксел, че …", "заяви по време на брифинг в Министерския съвет, че":
                # where and to whom, up to eight words, with no comma but the one before "че"
                comp = next((c for c in ws[k + 1:k + 10] if c.group(0) == "че"), None)
                between = text[m.end():comp.start()].rstrip()[:-1] if comp is not None else ""
                aside = re.fullmatch(r"([^,]+),\s+([^\W\d_]+)\s+([^\W\d_]+)[^,]*", between)
                if aside is not None and _bg_participle_opener(aside.group(2), aside.group(3)):
                    # "установи в одитен доклад, публикуван в сряда, че …": a participle's aside on the text named
                    between = aside.group(1)
                if comp is not None and (re.search(r"[.;:!?,«»“”\"—–()]", between)
                                         or not text[m.end():comp.start()].rstrip().endswith(",")
                                         or any(is_reporting(x.group(0), lex) or x.group(0).lower() in lex.relatives
                                                for x in ws[k + 1:k + 10] if x.start() < comp.start())):
                    comp = None
            if comp is None and stance_colon is not None:
                comp = re.compile(":").search(text, m.end())
            if comp is None and lex.code == "bg":
                comp = _bg_relative_object(text, lex, ws, k)
            if comp is None and lex.code == "bg":
                # "Министърът каза: цените ще паднат …", "Данните … показват друга картина: 44% от анкетираните …":
                # an unquoted statement after a colon a few words after the verb
                colon = _BG_COLON_STATEMENT.match(text, m.end(), b)
                if colon is not None and len(words(text, colon.end(), b)) >= 3:
                    comp = re.compile(":").match(text, colon.end() - 1)
            if comp is None and is_object_verb(w, lex) and k + 1 < len(ws) \
                    and not re.search(r"[,.;:!?«»“”\"]", text[m.end():ws[k + 1].start()]) \
                    and not (lex.code == "ru" and k and text[ws[k - 1].end():m.start()].strip() == ","
                             and ws[k + 1].group(0).lower() in ("в", "во")):
                # (not "Главная причина — нехватка сырья, считают в Национальном союзе …": after the statement's
                # comma, "в …" is where the opinion is held, no object)
                comp = m  # "considera a medida insuficiente", "считает ситуацию управляемой": the opinion follows
            if comp is None and lex.code == "bg" and w.lower() in _BG_DEMAND_VERBS and k + 2 < len(ws) \
                    and ws[k + 1].group(0) == "за" and text[m.end():ws[k + 1].start()] == " " \
                    and ws[k + 2].group(0).islower() and len(ws) - k >= 5 \
                    and not any(x.group(0).lower() in lex.relatives for x in ws[max(0, k - 3):k]):
                comp = ws[k + 1]  # "Синдикатът настоява за ръст на заплатите, който …": what is demanded
            if comp is None and lex.code == "pt" and w.lower() in _PT_COMPLAIN and k + 2 < len(ws) \
                    and ws[k + 1].group(0) in ("de", "da", "do", "das", "dos") \
                    and text[m.end():ws[k + 1].start()] == " " and len(ws) - k >= 4:
                comp = m  # "Os moradores reclamam da demora nos exames": what they complain of
            if comp is None and lex.code == "pt" and w.lower().startswith("acus"):
                # "o autarca acusou a empresa de ter ignorado dois avisos": what the object is accused of
                de = next((c for c in ws[k + 2:k + 7] if c.group(0) == "de"), None)
                i_de = ws.index(de) if de is not None else -1
                inf_ = ws[i_de + 1].group(0) if de is not None and i_de + 1 < len(ws) else ""
                if (_PT_INFINITIVE.fullmatch(inf_) or inf_ in lex.infinitive_particles) \
                        and not re.search(r"[,.;:!?«»“”\"()]", text[m.end():ws[i_de + 1].start()]) \
                        and len(ws) - i_de >= 4:
                    comp = de
            if comp is None and lex.code == "bg" and w.lower().startswith("оплак") and k + 2 < len(ws) \
                    and ws[k + 1].group(0) == "от" and ws[k + 2].group(0).islower() and len(ws) - k >= 4:
                comp = ws[k + 1]  # "Жителите се оплакват от шума и праха": what they complain of
            if comp is None:
                # (Bulgarian: up to three words before "да", "настоя минималната работна заплата да бъде вдигната")
                reach = 5 if lex.code == "bg" else 4
                if lex.code == "bg" and k + 2 < len(ws) and ws[k + 2].group(0) == "на" \
                        and ws[k + 1].group(0).islower() \
                        and ws[k + 1].group(0).endswith(("ата", "ите", "ото", "ът", "ят", "ия")):
                    # "очакват печалбата на банковия сектор да достигне …", "призова жителите на кварталите … да":
                    # the object runs on over its genitive
                    reach = 9
                inf = next((c for c in ws[k + 1:k + reach] if is_infinitive(c.group(0), lex.code)
                            or c.group(0).lower() in lex.infinitive_particles), None)
                if inf is None and lex.code == "pt" and k + 1 < len(ws) \
                        and _PT_INFINITIVE.fullmatch(ws[k + 1].group(0)) and ws[k + 1].group(0) != "qualquer" \
                        and w.lower() not in ("conta", "contam") and not (k and ws[k - 1].group(0).lower() == "que"):
                    # "disse esperar um debate sério", "garantiu desconhecer as queixas"; not "Kiev conta atrair …" (it
                    # counts on), nor "o orçamento que diz garantir …" (a relative clause: someone else says it)
                    inf = ws[k + 1]
                    reason = True  # (its subject opens the sentence, as after "por considerar")
                if inf is None or re.search(r"[,.;:!?«»“”\"]", text[m.end():inf.start()]):
                    continue
                if lex.code == "pt" and re.search(r"(?<![\w])para(?![\w])", text[m.end():inf.start()],
                                                  re.IGNORECASE):
                    continue  # "A empresa, que pediu para não ser identificada, …": an aim or a request, no statement
                closing = _closing_attribution(res, a, b) if lex.code == "pt" else None
                if closing is not None and closing[2] > inf.end() and closing[0].span is not None \
                        and closing[0].span.start > closing[2]:
                    # "A empresa prevê investir …, informou o diretor financeiro, Marcos Prado.": the whole sentence
                    # is told by the attribution closing it, not by the subject of the verb before the infinitive
                    continue
                if lex.code == "ru" and any(x.group(0).lower() in _RU_OBJECT_RELATIVES
                                            and x.start() > text.rfind(",", 0, m.start()) for x in ws[max(0, k - 4):k]):
                    # "Игорь Самарин, которого РИА Новости попросило оценить шансы, …": what the person the relative
                    # stands for was asked to do, no statement of the asker
                    continue
                comp = m  # "предложил ввести пошлины …": what was proposed or asked for, after the verb
            if gerund:
                # "«É absurdo», afirmou aos jornalistas, acrescentando que …", "O ministro rejeitou as críticas,
                # sublinhando que …": the subject of the sentence's verb before it, or who said the sentence's quote
                sp = _gerund_subject(res, ws[:k], direct, a, m)
                if sp is None or not sp.name:
                    continue
                if ":" in text[comp.end():b]:
                    continue  # (", salientando que …: recorde-se que …": the sentence goes on with the writer's aside)
                found = (sp, comp.end(), b)
                break
            if lex.code == "hi":
                sp = _hindi_subject(res, left, m, w)
            elif (k == 0 and lex.pro_drop and w[:1].isupper() and not re.search(r"\S", text[a:m.start()])
                  or lex.code == "pt" and k and not w.lower().endswith("m")
                  and _PT_OPENER.fullmatch(text, a, m.start())) \
                    and _no_subject_between(res, ws[k:], m, comp):
                # (also after an opening adverbial and its comma: "Em declarações à SIC, afirmou que …", "Ontem,
                # disse que …")
                # "Disse que o grupo "está unido" …", "Каза, че …": a verb opening the sentence with no subject
                # is said by whoever spoke or was named last
                sp = _unnamed_subject(res, text, direct, m)
            else:
                # ("Жителите на квартал „Изток“ се оплакват": the subject before the reflexive "се")
                verb_at = ws[k - 1].start() if lex.code == "bg" and k and ws[k - 1].group(0) == "се" \
                    and w.lower().startswith("оплак") or compound else m.start()
                cited = _BG_IN_TEXT_OF.fullmatch(text, a, ws[k - 1].start()) \
                    if lex.code == "bg" and k and ws[k - 1].group(0) == "се" else None
                if cited is not None:
                    # "В съобщението на прокуратурата се казва, че …": the body whose text says it
                    sp = res._named(cited.start(1), cited.end(1), w)
                else:
                    sp = res.subject_before(a, verb_at, w) or res.subject_after(m.end(), comp.start(), w)
                    sp = _bg_bare_head(res, sp, a, verb_at) if lex.code == "bg" else sp
                if lex.code == "ru" and sp is not None and sp.span is not None and w.lower().endswith("ли") \
                        and _ru_dative_opener(text, a, sp.span.start):
                    # "Политикам в ЕС посоветовали пристегнуть ремни": whom they advised, in the dative, opens the
                    # sentence; the subject is left out
                    sp = None
                if (sp is None or not sp.name) and k and (ws[k - 1].group(0).lower() in _AND or lex.code == "pt"
                                                          and ws[k - 1].group(0).lower() == "mas"):
                    # (Portuguese "mas" too: "X justificou a abstenção com «…», mas avisou que …"; round 30)
                    # "X acusou o executivo de "…" e lembrou que …", "X заяви … и добави, че …": the subject of the
                    # sentence's first reporting verb
                    first = next((c for c in ws[:k - 1] if is_reporting(c.group(0), lex)), None)
                    sp = res.subject_before(a, first.start(), first.group(0)) if first is not None else sp
                else:
                    sp = _pt_coordinated_subject(res, ws, k, a, sp)
                if sp is not None and sp.name and sp.span is not None and lex.code == "pt" and k \
                        and ws[k - 1].group(0).lower() in ("e", "mas") and not w.lower().endswith("m") \
                        and text[sp.span.end:ws[k - 1].start()] == ", " \
                        and text[max(a, sp.span.start - 2):sp.span.start] == ", ":
                    # "O ativista felicitou o presidente eleito da Moldávia, Ion Ceban, e disse que …": the name in
                    # apposition closes the first verb's object; the subject opens the sentence
                    sp = _opening_subject(res, ws, m) or sp
                if (sp is None or not sp.name) and lex.code == "pt" and k \
                        and ws[k - 1].group(0).lower() in ("e", "mas") and not w.lower().endswith("m"):
                    # "O presidente da Ucrânia, Volodymyr Zelensky, que participou …, agradeceu aos líderes, mas lembrou
                    # que …": the subject that opens the sentence
                    sp = _opening_subject(res, ws, m) or sp
            if reason and sp is not None and sp.name and (sp.span is None or not _opens_clause(text, a, sp.span.start)):
                continue  # "Szijjártó criticou o órgão executivo da União Europeia, ao considerar que": not the subject
            if sp is not None and sp.name:
                # (what one complains of keeps its "от": "от миризмата и от плъховете")
                found = (sp, comp.start() if comp is not m and comp.group(0) in ("от", "de") else comp.end(), b)
                break
        if found is not None and lex.code == "pt" and not whole and found[0].span is not None:
            lead = next((ph for ph in _longest_first(lex.source_phrases) if text[a:a + len(ph)].lower() == ph
                         and text[a + len(ph):a + len(ph) + 1] == " "), None)
            comma = re.compile(r",\s").search(text, a + len(lead), min(b, a + len(lead) + 80)) if lead else None
            if comma is not None and found[0].span.start < comma.start() and comma.end() < found[1]:
                # "De acordo com o relatório da CGU, 97% dos aposentados ouvidos disseram não ter …": the verb's
                # subject reached back into the opening source; the whole statement after its comma is the source's
                found = (found[0], comma.end(), b)
            elif comma is not None and comma.end() <= found[0].span.start \
                    and found[0].cue.lower() in _PT_EVIDENCE_VERBS:
                # "Segundo Porto, pesquisa encomendada pela associação mostra que 72% …": what a study shows is told by
                # the source that opens the sentence
                src = res.source_after_phrase(a + len(lead), comma.start(), lead)
                if src is not None and src.name and src.span is not None and src.span.end <= comma.start():
                    found = (src, comma.end(), b)
            elif found[0].span.start < found[1] and text[a:a + 5].lower() == "para " and _opening_source(res, a, b):
                # "Para o pneumologista Filipe Froes, o surto mostra que …": the statement after the opening source's
                # comma is the source's
                opening = _opening_source(res, a, b)
                if opening[0].name == found[0].name and opening[1] < found[1]:
                    found = (found[0], opening[1], b)
        if found is not None and lex.code == "hi" and found[0].cue in lex.source_phrases \
                and (src := _HI_SOURCE_OPENING.match(text, a, found[1])) is not None:
            # "नायर के मुताबिक, कारों की बिक्री के आंकड़े बताते हैं कि …": the statement after the source's comma
            found = (found[0], src.end() + len(text[src.end():found[1]]) - len(text[src.end():found[1]].lstrip()), b)
        if found is None:
            found = _opening_source(res, a, b)
        if found is None:
            for phrase in _longest_first(lex.source_phrases):
                hits = find_phrase(text, phrase, a, b, lex.not_source_after)
                if not hits:
                    continue
                p = hits[0]
                if lex.code == "bg" and phrase.startswith("цитиран") and text[max(a, p - 2):p] == ", ":
                    continue  # "Сиярто, цитиран от БТА, отиде по-далеч": the agency that quotes him says nothing
                if lex.code == "ru" and re.match(r"\s*,", text[p + len(phrase):b]) \
                        and not {"его", "её", "ее", "их"} & set(phrase.split()):
                    continue  # "По предварительным данным, пострадал один человек": no source named
                if lex.code == "ru" and phrase == "по версии" and re.search(r"\w", text[a:p]):
                    # "карты Украины — по версии Киева и по версии Запада": a version, no source, but at the start
                    continue
                if lex.code == "hi":
                    sp = res.hindi_before(left, p, phrase)
                    span = (p + len(phrase), b)
                else:
                    sp = res.source_after_phrase(p + len(phrase), b, phrase)
                    # the statement follows the source's comma ("По словам X, …", "…: по его словам, …"),
                    # else it is the sentence around the phrase ("Според Запрянов бюджетът …")
                    comma = re.compile(r",\s").search(text, p + len(phrase), min(b, p + len(phrase) + 80))
                    if comma is not None and len(words(text, p + len(phrase), comma.start())) > 7:
                        comma = None  # that comma is the statement's own, not the end of the source
                    if comma is None and lex.code == "pt" and p <= a + 3 and sp is not None and sp.span is not None \
                            and p < sp.span.start and sp.span.end < p + 160 \
                            and text[sp.span.end:sp.span.end + 2] == ", ":
                        # "Conforme explicou o diretor do Instituto Nacional de Aviação Civil, engenheiro Paulo Rebelo,
                        # …": a long source opening the sentence ends with the comma after the name it resolved to
                        comma = re.compile(r",\s").match(text, sp.span.end)
                    if comma is not None and lex.code == "bg" and sp is not None and sp.span is not None \
                            and len(words(text, _bg_source_end(text, p + len(phrase), comma.start(), sp),
                                          comma.start())) >= 2 \
                            and not any(x <= comma.start() < y for x, y in taken) \
                            and (_BG_CLAUSE_OPENER.match(text, comma.end() - 1, b)
                                 or p <= a + 3 and _BG_PURPOSE_OPENER.match(text, comma.end() - 1, b)):
                        # "По данни на агенцията в региона работят 86 машини, а …", "Според него цената можеше да
                        # падне, ако …": the statement runs on past a comma before a conjunction or a relative; the
                        # source ended long before it
                        comma = None
                    between = words(text, _bg_source_end(text, p + len(phrase), comma.start(), sp),
                                    comma.start()) if lex.code == "bg" and sp is not None and sp.span is not None \
                        and comma is not None else []
                    if comma is not None and p <= a + 3 and len(between) >= 3 \
                            and between[0].group(0).lower() not in _BG_PREPOSITIONS \
                            and re.match(r"[a-zа-я]", text[comma.end():comma.end() + 1]) \
                            and not any(x <= comma.start() < y for x, y in taken):
                        # "По думите на министъра разследващите не изключват нито една версия, включително …": the
                        # statement with its subject and verb stands between the source and the comma
                        comma = None
                    if comma is not None and lex.code == "bg" and sp is not None and sp.span is not None \
                            and words(text, _bg_source_end(text, p + len(phrase), comma.start(), sp), comma.start()) \
                            and not any(x <= comma.start() < y for x, y in taken) \
                            and _BG_RELATIVE_AFTER.match(text, comma.start()):
                        # "По думите на защитника експертизата, на която се позовава съдът, е изготвена …": the
                        # statement's subject and its relative clause, the source ended before them
                        comma = None
                    aside = re.match(r",\s+(\w+)\s+(\w+)", text[comma.start():b]) \
                        if comma is not None and lex.code == "bg" else None
                    if aside is not None and sp is not None and sp.span is not None \
                            and _bg_participle_opener(aside.group(1), aside.group(2)) \
                            and words(text, p + len(phrase) if phrase.split()[-1] in ("му", "ѝ", "й", "им")
                                      else _bg_source_end(text, p + len(phrase), comma.start(), sp), comma.start()) \
                            and not any(x <= comma.start() < y for x, y in taken):
                        # "По думите му пилотите, обучени в САЩ, ще започнат …": the statement's subject and a
                        # participle's aside on it, the source ended before them
                        comma = None
                    if comma is not None and sp is not None and sp.span is not None and sp.span.start > comma.start() \
                            and text[sp.span.end:sp.span.end + 2] == ", ":
                        comma = re.compile(r",\s").match(text, sp.span.end)  # ("…, Dmitry Peskov, a Rússia vê …")
                    rel = re.match(r"\s+(\w+)\s", text[p + len(phrase):b]) if lex.code == "bg" else None
                    if rel is not None and rel.group(1).lower() in lex.relatives and sp is not None and sp.name:
                        span = (p + len(phrase) + rel.end(), b)  # "…оценка, според която България …": the clause
                    elif comma is not None and text[a:p].rstrip().endswith(",") \
                            and (len(text[a:p].split()) >= 3 or lex.code == "ru" and len(text[a:p].split()) >= 1):
                        # ("Среди пострадавших, по его словам, 11 детей": a short opening is the statement's too)
                        span = (a, b)  # "…, segundo a PSP, que promete …": the source stands inside the statement
                    elif lex.code == "ru" and phrase.endswith(" в") and len(words(text, a, p)) < 3 \
                            and (comma is None or re.match(r"\s*котор", text[comma.end() - 1:b])):
                        # "Об этом говорится в свежей военной сводке, которая опубликована …": what follows the
                        # comma is about the text cited, not its words; the words were the sentence before (also
                        # "— Ред. — говорится в публикации.": nothing of its own before the phrase)
                        continue
                    elif comma is not None:
                        span = (comma.end(), b)
                        whole = p <= a + 3  # ("По словам X, …" opening the sentence)
                    elif len(text[a:p].split()) >= 3:
                        span = (a, p)
                    else:
                        span = (a, b)
                if sp is not None and sp.name:
                    found = (sp, *span)
                    cited = set(m.group(0).lower() for m in words(text, p, p + len(phrase) + 20)[:4])
                    if cited & lex.source_nouns and lex.code != "hi":
                        data_source = (sp, b)  # "Според данни на НСИ …", "По данным Росстата, …": figures of a source
                    break
        if found is None and lex.code == "hi":
            acc = _HI_ACCUSED.search(text, a, b)
            verb = next((m for m in ws if acc is not None and m.start() == acc.start(2)), None)
            sp = _hindi_subject(res, left, verb, verb.group(0)) if verb is not None else None
            if sp is not None and sp.name and len(acc.group(1).split()) >= 2:
                # "X ने सरकार पर देर से जागने का आरोप लगाया": what X accuses them of, between पर and का आरोप
                found = (sp, acc.start(1), acc.end(1))
        if found is None and lex.code == "hi":
            ann = _HI_ANNOUNCED.search(text, a, b)
            sp = res.hindi_before(left, text.rindex("ने", a, ann.start(1)), ann.group(2)) \
                if ann is not None and not any(x < ann.start(2) < y for x, y in taken) else None
            if sp is not None and sp.name and len(ann.group(1).split()) >= 3 \
                    and (re.search(r"\d", ann.group(1)) or _hi_word_number(ann.group(1), lex)) \
                    and any(w in lex.number_scales or w in lex.currencies or w in lex.percent_words
                            for w in ann.group(1).split()):
                # "सरकार ने परिजनों को 2-2 लाख रुपये देने की घोषणा की": the sum or share announced, between ने and
                # की घोषणा (not "ने पहली बार नवंबर 2022 में … की घोषणा की": when, no figure of the announcement)
                found = (sp, ann.start(1), ann.end(1))
        if found is None:
            found = _closing_attribution(res, a, b)
        if found is None and prev_source is not None and "\n" not in text[prev_source[1]:a] \
                and not text[prev_source[1]:a].strip() \
                and (_FIGURE.search(text, a, b) or forward_now and re.search(r"\d", text[a:b])) \
                and not re.search(r"[«»“”„\"]", text[a:b]):
            # "Според данни на НСИ цените са се повишили с 15,8%. В София ръстът е 18,4%.": the next sentence of the
            # same paragraph, with a figure and no source of its own, goes on with the source's figures
            found = (prev_source[0], a, b)
            data_source = (prev_source[0], b)
        if found is None:
            continue
        sp, cs, ce = found
        if lex.code == "hi":
            whereas = re.search(r"(?<![\u0900-\u097F])जबकि(?![\u0900-\u097F])", text[cs:ce])
            if whereas is not None and whereas.start() > 0:
                # "… दी है जबकि चीनी मीडिया …": the contrast after जबकि is the writer's
                ce = cs + len(text[cs:cs + whereas.start()].rstrip(", "))
        for i, q in enumerate(direct):
            if q.speaker is None and cs <= q.content.start - 1 < ce:
                # 'Para X, os números "não refletem o que se vê no mar".': the quoted words are the source's
                direct[i] = q.model_copy(update={"speaker": sp.name, "speaker_entity": sp.entity,
                                                 "speaker_span": sp.span, "cue": sp.cue, "unresolved_reason": None})
        inside = [(x, y) for x, y in taken if cs <= x < ce]
        if inside:
            x, y = min(inside)
            ce_all = ce
            ce = x  # reported speech stops where a direct quote opens
            more = _AND_THAT.match(text, y, ce_all) or (_AND_REST.match(text, y, ce_all) if whole else None)
            if more is None and lex.code == "pt":
                # 'considera que os aliados gastam "…" e defende que a resposta …': a second reporting verb of the
                # same subject
                more = _PT_AND_VERB_THAT.match(text, y, ce_all)
                if more is not None and not is_reporting(more.group(1), lex):
                    more = None
            if more is None and lex.code == "pt":
                # 'afirmou que "não haverá falta de verbas" para proteger as populações e que o Governo vai …': the
                # quote's sentence runs on a few words before the second clause
                more = _PT_LATER_AND_THAT.match(text, y, ce_all)
            if more is None and lex.code == "pt" and words(text, cs, x):
                # 'afirma que os réus "sabiam do risco" e optaram por adiar as obras': the reported clause's subject
                # (before the quote) goes on with a second verb
                more = _PT_AND_PREDICATE.match(text, y, ce_all)
            if more is None and lex.code == "hi" and not re.search(r"[।.!?,]\s*.?$", text[x:y]):
                # 'कहा कि मोदी का "यह युद्ध का युग नहीं है" वाला बयान दुनिया भर में सुना गया': the reported sentence goes
                # on past a quoted phrase inside it
                more = re.compile(r"\s+(?=[\u0900-\u097F])").match(text, y, ce_all)
                stop = re.compile(r"[,;।.!?'\"“”‘’]").search(text, y, ce_all)
                ce_all = stop.start() if stop is not None and more is not None else ce_all
                # (up to its first comma: "कहा है कि भारत “शांति के पक्ष में” है, लेकिन …" goes on in the writer's
                # words)
            if more is not None and not any(u <= more.end() < v for u, v in taken):
                # 'afirmou que "o cenário segue marcado…" e que a inflação ainda está acima da meta': it goes on
                ms, me = _trim(text, more.end(), ce_all)
                if len(text[ms:me].split()) >= 3:
                    out.append(Quote(kind="indirect", content=Span(start=ms, end=me, text=text[ms:me]),
                                     speaker=sp.name, speaker_entity=sp.entity, speaker_span=sp.span, cue=sp.cue))
        if any(x <= cs < y for x, y in taken):
            continue
        cs, ce = _trim(text, cs, ce)
        if lex.code == "pt" and cs < ce and text[cs] in "“\"«":
            # 'disse que "não há dinheiro" e saiu da sala': a short quote the clause opens with, then what the
            # speaker did, not said
            close = text.find({"“": "”", "«": "»"}.get(text[cs], '"'), cs + 1, ce)
            if close > 0 and _PT_AND_DID.match(text, close + 1, ce) is not None:
                ce = close + 1
        # (a two-word clause only when it ends its sentence: 'заяви, че дневният ред "противоречи …"' goes on in the
        # direct quote)
        after_che = lex.code == "bg" and re.search(r"(?<!\w)че\s+$", text[max(0, cs - 6):cs]) is not None \
            and re.match(r"\s*(?:[.!?]|$)", text[ce:ce + 3]) is not None
        # ("Как сообщила X, водитель задержан.", "сообщил, что мост закрыт.": a two-word clause that ends its sentence,
        # after "что" or a source's opening)
        ru_short = lex.code == "ru" and (whole or re.search(r"(?<!\w)что\s+$", text[max(0, cs - 6):cs]) is not None) \
            and re.match(r"\s*(?:[.!?]|$)", text[ce:ce + 3]) is not None
        if len(text[cs:ce].split()) < (2 if is_object_verb(sp.cue, lex) or after_che or ru_short else 3):
            continue  # ("считает ситуацию управляемой": an opinion in two words; "съобщи, че лихвите растат")
        if any(q.content.start - 1 >= cs and q.content.end + 1 <= ce
                                    and not re.search(r"\w", text[cs:q.content.start] + text[q.content.end:ce])
                                    for q in direct):
            # "«Ситуация под контролем», — заявил мэр", '"Tudo sob controle", disse': a direct quote, already found
            continue
        out.append(Quote(kind="indirect", content=Span(start=cs, end=ce, text=text[cs:ce]), speaker=sp.name,
                         speaker_entity=sp.entity, speaker_span=sp.span, cue=sp.cue))
    if lex.code == "bg":
        # "… възлязъл на 3,1 млн. | барела …": a sentence the splitter cut after a number's abbreviation is read
        # again joined; the statement cut at the abbreviation is the same statement as the whole one
        def cut_short(q: Quote) -> bool:
            last = re.search(r"(\S+)$", q.content.text)
            return text[q.content.end:q.content.end + 1] == "." and last is not None \
                and last.group(1).lower() in lex.abbreviations \
                and any(r is not q and r.content.start <= q.content.start and r.content.end > q.content.end + 1
                        and r.speaker == q.speaker for r in out)
        out = [q for q in out if not cut_short(q)]
    return out


@analyser("quotes", requires=("parse", "entities"), assigns=("quotes",))
class Quotes:
    """Direct and indirect quotes with their speakers."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        lang = document.article.language
        if lang in (None, "", "en"):
            direct = direct_quotes(document)
            quotes = direct + indirect_quotes(document, direct)
            quotes += pattern_indirect(document, quotes)
        elif lang in LANGUAGES:
            quotes = lexical_quotes(document, lexicon(lang))
            for q in quotes:
                if function_word_name(q.speaker, q.speaker_entity, lang, document.article.text):
                    q.speaker, q.speaker_span, q.unresolved_reason = None, None, "no name before the reporting verb"
        else:
            quotes = []  # a language narrascope has no lexicon for: its speech verbs are unknown
        quotes.sort(key=lambda q: q.content.start)
        for n, quote in enumerate(quotes, 1):
            quote.id = f"q{n}"  # ids in reading order: the linked reading refers to quotes by them
        document.data["quotes"] = quotes
        return document


__all__ = ["Quotes", "direct_quotes", "find_quote_spans", "indirect_quotes", "lexical_quotes", "pattern_indirect",
           "undouble"]


def quote_rows(doc) -> tuple[tuple[int, int, str | None], ...]:
    """The English quotes of a bare parse (no entities: speakers are the names the quote's words give) as ``(content
    start, end, speaker)``: what the ``framing`` analyser passes the cast (``MentionInput.quotes``) where the pipeline
    did not run the layer first (training and evaluation of the role model, the research scripts)."""
    from ..article import Article

    document = Document(Article(text=doc_text(doc), language="en"), doc=doc)
    found = direct_quotes(document)
    found = found + indirect_quotes(document, found)
    found += pattern_indirect(document, found)
    return tuple((q.content.start, q.content.end, q.speaker) for q in found)
