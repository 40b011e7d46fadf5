"""The ``claims`` analyser: check-worthy sentences — numbers, money, percentages, fractions, dates,
comparisons — and who makes them.

A sentence is a claim when its values weigh enough (money, percentages, quantities and fractions weigh
most; relative dates such as "on Monday" and small counts such as "two sides" are not values). The claimant is the
speaker of a quote or of reported
speech the sentence belongs to, or the X of "according to X"; with none, the article itself asserts it.

English values come from spaCy's entities; Bulgarian, Hindi, Portuguese and Russian values from
:func:`lexical_values` (native number formats, scale, percent and currency words of the lexicon, native
dates); their claimants from the quotes layer, which reads source phrases ("по данным ООН", "segundo a
AIE", "के अनुसार") as reported speech. A language outside the five gets no claims.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lang import LANGUAGES, lexicon
from ..registry import Document, analyser
from ..schema import Claim, ClaimValue, Span
from .speech import function_word_name, speaker_of

_WEIGHT = {"money": 0.6, "percent": 0.6, "fraction": 0.55, "quantity": 0.5, "number": 0.4,
           "comparison": 0.3, "date": 0.3}
_THRESHOLD = 0.3
_ENT_TYPES = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "CARDINAL": "number", "DATE": "date"}
_BIG_NUMBER_WORD = re.compile(r"\b(hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b", re.I)
_MONTH_OR_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b")
_FRACTION = re.compile(
    r"\b(?:(?:roughly|about|nearly|almost|some|around|over|more than|less than|at least|up to)\s+)?"
    r"(?:(?:a|one|two|three|four|five)\s+(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?"
    r"|half|majority|minority)\s+of\b", re.I)
_COMPARISON = re.compile(
    r"\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|worse|better)"
    r"(?:\s+[a-z]+)?\s+than"
    r"|(?:largest|biggest|highest|lowest|fastest|worst|deadliest|record)"
    r"|(?:doubled|tripled|quadrupled|halved|soared|surged|plunged|plummeted|skyrocketed))\b", re.I)


# ", na abertura da conferência que reúne …": the occasion after the speaker and its relative clause
_PT_OCCASION_RELATIVE = re.compile(r",\s+(?:na|no|em|numa|num|durante|à|ao)\s+[^,.;:!?«»\"“”]*?(?<!\w)que\s")

def doc_entities(doc) -> tuple[list, list[int]] | None:
    """The entities of ``doc`` and their first tokens, for :func:`sentence_values` (read once per article)."""
    if doc is None:
        return None
    ents = list(doc.ents)
    return ents, [ent.start for ent in ents]


def _span_ents(span, entities: tuple[list, list[int]] | None) -> list:
    """``span.ents`` (the entities wholly inside ``span``, up to the first one that runs past its end), found by
    bisection in the article's ``entities``: spaCy builds every entity of the doc on each call, quadratic in an
    article of thousands of sentences."""
    if entities is None:
        return list(span.ents)
    ents, starts = entities
    out = []
    for ent in ents[bisect.bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def sentence_values(doc, start: int, end: int, text: str,
                    entities: tuple[list, list[int]] | None = None) -> list[ClaimValue]:
    """The checkable values inside ``text[start:end]``; ``entities`` (:func:`doc_entities`) when the caller reads
    many sentences of one doc."""
    values: list[ClaimValue] = []
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        for ent in _span_ents(span, entities):
            kind = _ENT_TYPES.get(ent.label_)
            if kind is None:
                continue
            if kind == "number" and not (any(ch.isdigit() for ch in ent.text) or _BIG_NUMBER_WORD.search(ent.text)):
                continue  # "two sides", "one of them": not a checkable figure
            if kind == "date" and not _MONTH_OR_YEAR.search(ent.text):
                continue  # "on Monday", "last week": relative, nothing to check
            values.append(ClaimValue(type=kind, start=ent.start_char, end=ent.end_char, text=ent.text))
    for kind, rx in (("fraction", _FRACTION), ("comparison", _COMPARISON)):
        for m in rx.finditer(text, start, end):
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type=kind, start=m.start(), end=m.end(), text=m.group(0)))
    values.sort(key=lambda v: v.start)
    return values


_NUM = r"(?<![\w.,])(?<![^\W\d_]-)(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w])"


_PT_ORDINAL_MARK = re.compile(r"\.?[ºª]|\.°")
_PT_RANKING = re.compile(r"\.?[ºª°]\s+(?:maior|maiores|menor|menores|mais|melhor|melhores|pior|piores)\b")


@lru_cache(maxsize=8)
def _lexical_rx(code: str) -> tuple[re.Pattern, re.Pattern]:
    """(number with its scale, unit and currency; a native date) for language ``code``."""
    lex = lexicon(code)
    def alt(ws):
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    scales = alt(lex.number_scales)
    units = alt(lex.percent_words | lex.currencies)
    # "250 बिलियन अमेरिकी डॉलर": a word naming whose currency it is may stand before the currency word
    qualifier = r"(?:(?:" + alt(lex.currency_qualifiers) + r")\s(?=(?:" + alt(lex.currencies) + r")))?" \
        if lex.currency_qualifiers else ""
    pre_cur = r"(?:(?:US|R|A|C)?\$|€|£|₽|₹|₴)\s?"
    number = re.compile(
        r"(?P<pre>" + pre_cur + r")?" + _NUM
        + r"(?:\s?(?P<scale>(?:" + scales + r")\.?)(?![\w\u0900-\u097F]))?"
        + r"(?:\s?(?:de\s|от\s)?" + qualifier + r"(?P<unit>" + units + r")(?![\w\u0900-\u097F]))?",
        re.IGNORECASE)
    months = alt(lex.months)
    date = re.compile(r"(?<!\d)(?:[0-3]?\d\.?\s(?:de\s)?(?:" + months + r")(?![\w\u0900-\u097F])\.?"
                      r"(?:\s(?:de\s)?(?:19|20)\d\d)?|(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
    return number, date


# Hindi ages: "29 वर्षीय", and "<के/की/अपने/उनकी …> 24 साल के/की <person>" (not "75 साल के इतिहास में", "10 साल के
# दौरान", "भारत का 70 साल का संबंध": a span of time)
_HI_AGE_AFTER = re.compile(r"\s*-?\s*वर्षीय(?![\u0900-\u097F])")
_HI_AGED_PERSON = re.compile(r"\s+(?:साल|वर्ष)\s+(?:का|की|के)\s+(?!(?:दौरान|भीतर|अंदर|बाद|पहले|लिए|सबसे|उच्चतम|न्यूनतम|"
                             r"निचले|निचला|ऊंचे|ऊपरी|रिकॉर्ड|औसत|कार्यकाल|शासन|इतिहास|अंतराल|अंत|अंतर|बीच|समय|"
                             r"लंबे|लंबी|दौर|सफर|सफ़र|संबंध|संबंधों|रिश्ते|रिश्ता|साथ|अनुभव)(?![\u0900-\u097F]))[\u0900-\u097F]")
_HI_AGE_BEFORE = re.compile(r"(?:(?<![\u0900-\u097F])(?:के|की|अपने|अपनी|उनके|उनकी|उसके|उसकी)\s+|^\s*|[,।]\s*)$")


def lexical_values(text: str, start: int, end: int, code: str) -> list[ClaimValue]:
    """The checkable values of a sentence in a language without NER: native numbers ("12 000", "3,5
    процента", "500 mil milhões de dólares", "65 अरब डॉलर"), percentages, money and dates."""
    number, date = _lexical_rx(code)
    lex = lexicon(code)
    values: list[ClaimValue] = []
    for m in date.finditer(text, start, end):
        values.append(ClaimValue(type="date", start=m.start(), end=m.end(), text=m.group(0)))
    for m in number.finditer(text, start, end):
        if any(v.start <= m.start() < v.end for v in values):
            continue
        if code == "bg" and text[m.start() - 1:m.start()] == "(" and re.match(r"\s?г\.\)", text[m.end():m.end() + 4]) \
                and len(m.group(0)) <= 3:
            continue  # "Борис Стефанов (72 г.) казва": an age in brackets, no value
        if code == "hi" and not (m.group("unit") or m.group("scale") or m.group("pre")) and len(m.group(0)) <= 3 \
                and (_HI_AGE_AFTER.match(text, m.end()) or _HI_AGED_PERSON.match(text, m.end())
                     and _HI_AGE_BEFORE.search(text[max(start, m.start() - 12):m.start()])):
            continue  # "29 वर्षीय रवि", "होशियारपुर के 24 साल के गुरप्रीत": an age, no checkable value
        if code == "pt" and _PT_ORDINAL_MARK.match(text, m.end()) and not _PT_RANKING.match(text, m.end()):
            continue  # "um aluno do 2.º ano", "a 3.ª edição": an ordinal, no value ("o 9.º maior produtor" is a rank)
        unit = (m.group("unit") or "").lower()
        if unit in lex.percent_words:
            kind = "percent"
        elif unit or m.group("pre"):
            kind = "money"
        elif m.group("scale"):
            kind = "quantity"
        else:
            kind = "number"
        values.append(ClaimValue(type=kind, start=m.start(), end=m.end(), text=m.group(0)))
    if lex.number_words and lex.number_scales:  # "करीब दो लाख छात्र", "два миллиона человек": a number in words
        rx = re.compile(r"(?<![\w\u0900-\u097F])(?:" + "|".join(map(re.escape, lex.number_words)) + r")\s(?:"
                        + "|".join(map(re.escape, sorted(lex.number_scales, key=len, reverse=True)))
                        + r")(?![\w\u0900-\u097F])", re.IGNORECASE)
        for m in rx.finditer(text, start, end):
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type="quantity", start=m.start(), end=m.end(), text=m.group(0)))
    if code == "pt" and lex.number_words:
        # "pelo menos dez países", "ao menos três aldeias", "mais quatro fragatas", "cerca de seis aldeias": a number
        # in words after a phrase that counts is a checkable count ("mais uma vez" is not: no "um"/"uma")
        # ("para apenas dez dias", "somente três hospitais": a count limited)
        rx = re.compile(r"(?<![\w])(?:pelo menos|ao menos|no mínimo|mais de|menos de|cerca de|quase|até|mais|apenas"
                        r"|somente)\s(?:"
                        + "|".join(sorted(lex.number_words - {"um", "uma"}, key=len, reverse=True))
                        + r")\s[a-zà-ú]+(?![\w])", re.IGNORECASE)
        for m in rx.finditer(text, start, end):
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type="number", start=m.start(), end=m.end(), text=m.group(0)))
    if lex.count_phrases and lex.count_numbers:
        # Bulgarian: "около двеста жители", "поне пет държави", "петима свидетели": a number in words after a phrase
        # that counts, or a count of people by itself ("още три дни" is a span of time, no count)
        nums = "|".join(sorted(lex.count_numbers, key=len, reverse=True))
        people = "|".join(sorted(lex.person_numbers, key=len, reverse=True))
        # (no empty alternative for a lexicon without counts of people: it would match any word)
        rx = re.compile(r"(?<![\w])(?:(?:" + "|".join(sorted(map(re.escape, lex.count_phrases), key=len, reverse=True))
                        + r")\s(?:" + nums + r")" + (r"|(?:" + people + r")" if people else "")
                        + r")\s(?P<noun>\w+)(?![\w])", re.IGNORECASE)
        for m in rx.finditer(text, start, end):
            if m.group("noun").lower() in lex.count_not_nouns:
                continue
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type="number", start=m.start(), end=m.end(), text=m.group(0)))
    if lex.count_words:  # "duas centenas de viticultores", "milhares de pessoas": a count without digits
        rx = re.compile(r"(?<![\w\u0900-\u097F])(?:" + "|".join(map(re.escape, lex.count_words))
                        + r")(?![\w\u0900-\u097F])", re.IGNORECASE)
        for m in rx.finditer(text, start, end):
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type="number", start=m.start(), end=m.end(), text=m.group(0)))
    if lex.fraction_words:
        rx = re.compile(r"(?<![\w\u0900-\u097F])(?:" + "|".join(map(re.escape, lex.fraction_words))
                        + r")(?![\w\u0900-\u097F])", re.IGNORECASE)
        for m in rx.finditer(text, start, end):
            if not any(v.start <= m.start() < v.end for v in values):
                values.append(ClaimValue(type="fraction", start=m.start(), end=m.end(), text=m.group(0)))
    values.sort(key=lambda v: v.start)
    return values


#: a wire's dateline opening the body: a place in capitals (an agency in brackets), a comma, then the date
_DATELINE_PLACE = re.compile(r"\s*[^\W\d_a-zа-яё]{3,}(?:[\s-][^\W\d_a-zа-яё]{2,})*(?:\s*\([^)\n]{1,40}\))?,\s*")
_DATELINE_REST = re.compile(r"[.\s]*(?:[-–—/(]\s*[^.!?\n]{1,30})?[.)/\s]*")


def _wire_dateline(text: str, start: int, end: int, values: list[ClaimValue]) -> bool:
    """Whether the sentence is a wire's dateline and nothing more ("РИГА, 10 июл - Sputnik.", "MOSCOW, Feb 10
    (Reuters) -", "МОСКВА, 10 июля."): where and when a report was filed is no claim."""
    m = _DATELINE_PLACE.match(text, start, end)
    if m is None or not values or any(v.type != "date" for v in values):
        return False
    if min(v.start for v in values) != m.end():
        return False
    return _DATELINE_REST.fullmatch(text, max(v.end for v in values), end) is not None


def _score(values: list[ClaimValue]) -> float:
    kinds = {v.type for v in values}
    return min(1.0, sum(_WEIGHT[k] for k in kinds))


def _claimant(document: Document, start: int, end: int):
    """(name, entity id, cue) of whoever the sentence ``[start, end)`` is attributed to."""
    for q in document.data.get("quotes", []):
        if q.speaker and q.content.start < end and start < q.content.end:
            return q.speaker, q.speaker_entity, q.cue
    doc = document.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None:
        for tok in span:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    name, ent, _ = speaker_of(pobj, document.data.get("entities", []), document.article.text)
                    return name, ent, "according to"
    return None, None, None


def _ru_about_the_speaker(document: Document, start: int, end: int, values: list[ClaimValue]) -> bool:
    """Russian: whether every value of the sentence ``[start, end)`` lies outside what its speakers say, in a
    participle's clause between commas that describes the speaker ("Хирург Николай Бурков, проработавший в больнице 32
    года, вспоминает, что …"): the article's own words about them, no claim of theirs."""
    from ..lang.ru import morph

    text = document.article.text
    said = [q.content for q in document.data.get("quotes", []) if q.content.start < end and start < q.content.end]
    kept = [v for v in values if v.type != "date"]
    if not said or not kept:
        return False
    for v in kept:
        if any(c.start <= v.start < c.end for c in said):
            return False
        opening = text.rfind(",", start, v.start)
        closing = text.find(",", v.end, end)
        first = re.match(r",\s*([а-яё]+)", text[opening:v.start]) if opening >= 0 else None
        if first is None or closing < 0 or re.search(r"[.!?;:«»]", text[opening:closing]) \
                or morph().parse(first.group(1))[0].tag.POS != "PRTF" \
                or not any(closing < c.start for c in said):
            return False
    return True


# "Прогноз Минэкономразвития предполагает …": a noun opening the sentence, then a capitalised name (two words at most)
_RU_CITED_SUBJECT = re.compile(r"([А-ЯЁ][а-яё]+)\s+([A-ZА-ЯЁ][\w.+-]*(?:\s+(?:[A-ZА-ЯЁ][\w.+-]*|РФ|России))?)"
                               r"(?=\s+[а-яё])")


def _ru_estimator(document: Document, start: int, end: int, values: list[ClaimValue]):
    """Russian: the named subject of a verb that measures or counts (lexicon ``ESTIMATE_VERBS``: "Росстат
    зафиксировал рост цен на 0,5%", "Министр … оценивал расходы на учения в 90 млн евро") before the sentence's
    first figure; (None, None, None) without one (a pronoun or a bare noun is not read here)."""
    from ..lang.ru import ESTIMATE_VERBS, SOURCE_SUBJECTS, morph
    from .reported import Resolver, _ru_plural_role, words

    text = document.article.text
    kept = [v for v in values if v.type != "date"]
    if not kept:
        return None, None, None
    first = min(v.start for v in kept)
    cited = _RU_CITED_SUBJECT.match(text, start, first)
    if cited is not None and cited.group(1).lower() in SOURCE_SUBJECTS:
        # "Прогноз Минэкономразвития предполагает рост ВВП на 1,3%": the body whose text gives the figure
        res = Resolver(text, lexicon("ru"), document.data.get("entities", []))
        sp = res._named(cited.start(2), cited.end(2), cited.group(1))
        return sp.name, sp.entity, cited.group(1)
    for m in words(text, start, first):
        w = m.group(0).lower()
        if len(w) < 5 or not any(p.tag.POS in ("VERB", "GRND") and p.normal_form in ESTIMATE_VERBS
                                 for p in morph().parse(w)[:2]):
            continue
        lead = re.sub(r"«[^«»,.;:!?]{1,30}»", " ", text[start:m.start()])
        # "Аналитики Центра … (ЦМАКП) в обзоре, вышедшем в пятницу, оценили": a body's acronym in brackets and a
        # participle's aside between commas belong to the subject's sentence
        lead = re.sub(r" \([A-ZА-ЯЁ]{2,8}\)", " ", lead)
        lead = re.sub(r",\s+([а-яё]+)[^,;:«»\"—–()]{0,40},\s*$",
                      lambda a: " " if any(p.tag.POS == "PRTF" for p in morph().parse(a.group(1))[:2]) else a.group(0),
                      lead)
        if re.search(r"[,;:«»\"—–()]", lead):
            return None, None, None  # (the subject of a clause, not of the sentence)
        res = Resolver(text, lexicon("ru"), document.data.get("entities", []))  # (seldom: only at such a verb)
        sp = res.subject_before(start, m.start(), m.group(0))
        if sp is not None and sp.name and sp.name[:1].isupper() and sp.name.lower() not in res.lex.pronouns \
                and (sp.entity is not None or res.is_title(sp.name.split()[0])
                     or _ru_plural_role(sp.name.split()[0], res.all_titles)):
            # (a named body or person, or a role: not "Коммерческий долг в стране оценивают в …", no subject)
            return sp.name, sp.entity, m.group(0)
        if sp is not None and sp.name and sp.span is not None and m.group(0).lower().endswith(("ли", "ют", "ят")) \
                and re.fullmatch(r"\s*[Вв]о?\s+", text[start:sp.span.start]) \
                and not re.search(r"[\"«»]", text[sp.span.end:m.start()]):
            # "В мэрии (предварительно) оценили ущерб в 120 млн рублей", "В Минфине подсчитали …": a plural verb with no
            # subject, its source the body after the opening preposition
            return sp.name, sp.entity, m.group(0)
        return None, None, None
    return None, None, None


# The head words of Portuguese bodies' names ("Instituto Nacional de Estatística", "Direção-Geral da Saúde")
_PT_BODY_HEADS = frozenset("""
Instituto Direção Direção-Geral Agência Ministério Banco Associação Comissão Autoridade Serviço Serviços Conselho
Observatório Sindicato Federação Confederação Ordem Universidade Câmara Polícia Guarda Proteção Fundação Centro
Governo Tribunal Procuradoria Secretaria Empresa Companhia Grupo Liga Entidade Administração
""".split())

#: a subject's phrase closed by a name in apposition between commas ("O ministro das Finanças, Joaquim Sarmento, ")
_PT_HEAD_APPOSITION = re.compile(r"[^,;:«»\"—–]+(,\s*[A-ZÀ-Ú][\w-]+(?:\s+(?:d[aoe]s?\s+)?[A-ZÀ-Ú][\w-]+){1,4},\s*)")


def _pt_tail_relative(document: Document, start: int, end: int, values: list[ClaimValue]) -> bool:
    """Portuguese: "«…», afirmou o governante, na abertura da conferência que reúne representantes de 38 países": the
    figures all stand in a relative clause of the occasion after the speaker, not in what was said."""
    text = document.article.text
    quotes = [q for q in document.data.get("quotes", []) if q.content.start < end and start < q.content.end]
    figures = [v for v in values if v.type != "date"]
    if not quotes or not figures:
        return False
    q = quotes[0]
    if q.speaker_span is None or any(q2.content.start <= v.start < q2.content.end for q2 in quotes for v in figures):
        return False
    first = min(v.start for v in figures)
    return q.content.end <= q.speaker_span.start and q.speaker_span.end <= first \
        and _PT_OCCASION_RELATIVE.match(text, q.speaker_span.end, first) is not None


def _pt_inner_source(document: Document, start: int, end: int, values: list[ClaimValue]):
    """Portuguese: a body named by a source phrase inside what someone reported, after a comma and after every figure
    of the sentence ("Ela lembrou que os docentes acumulam perdas de 27% desde 2016, pelos cálculos do Dieese.") or
    before the first one ("A deputada recordou que, segundo o INE, a carga fiscal atingiu 36,8%"): the figures are
    the body's, relayed by the speaker; (None, None, None) when there is none (round 31)."""
    from .reported import Resolver, find_phrase

    text = document.article.text
    kept = [v for v in values if v.type != "date"]
    quotes = [q for q in document.data.get("quotes", []) if q.content.start < end and start < q.content.end]
    if not kept or not quotes or quotes[0].speaker_entity is None:
        return None, None, None
    q = quotes[0]
    lex = lexicon("pt")
    first, last = min(v.start for v in kept), max(v.end for v in kept)
    lo, hi = max(start, q.content.start), min(end, q.content.end)
    for phrase in sorted(lex.source_phrases, key=len, reverse=True):
        if phrase.endswith((" ele", " ela")) or phrase in ("segundo ele", "segundo ela"):
            continue
        for p in find_phrase(text, phrase, lo, hi, lex.not_source_after):
            after = p >= last and text[:p].rstrip().endswith(",")
            before = p < first and text[:p].rstrip().endswith((",", " que")) and "," in text[p:first]
            if not (after or before):
                continue
            stop = hi if after else p + len(phrase) + text[p + len(phrase):first].index(",")
            res = Resolver(text, lex, document.data.get("entities", []))
            sp = res.source_after_phrase(p + len(phrase), stop, phrase)
            ent = next((e for e in document.data.get("entities", []) if sp is not None and e.id == sp.entity), None)
            if sp is not None and sp.name and ent is not None and ent.id != q.speaker_entity \
                    and not res._a_person(ent):
                return sp.name, sp.entity, phrase
    return None, None, None


# the subject of a counting verb, then ", que …," (group 1: the subject)
_PT_RELATIVE_ASIDE = re.compile(r"(\S[^,;:«»\"—–]*?),\s+que\s+[^,;:«»\"—–()]{1,120},\s*")


def _pt_estimator(document: Document, start: int, end: int, values: list[ClaimValue]):
    """Portuguese: the named subject of a verb that forecasts, measures or counts (lexicon ``ESTIMATE_VERBS``: "O
    IPMA prevê 40 graus", "A DGS contabilizou 1.200 casos", "O IPMA emitiu avisos, prevendo 46 graus") before the
    sentence's first figure; (None, None, None) without a named body or person opening the sentence."""
    from ..lang.pt import ESTIMATE_VERBS
    from .reported import Resolver, words

    text = document.article.text
    kept = [v for v in values if v.type != "date"]
    if not kept:
        return None, None, None
    first = min(v.start for v in kept)
    ws = words(text, start, max(v.start for v in kept))
    for k, m in enumerate(ws):
        w = m.group(0)
        gerund = w.endswith("ndo")
        if w not in ESTIMATE_VERBS or k == 0 or m.start() > first and not gerund:
            continue  # (a gerund may follow a smaller figure: "colocou 12 distritos em aviso, prevendo 46 graus")
        before = text[start:m.start()]
        if gerund and not before.rstrip().endswith(","):
            return None, None, None
        # (a finite verb right after its subject; a gerund after the comma that closes the sentence's main clause)
        main = re.search(r"\s[a-zà-ú]{2,}(?:ou|eu|iu|aram|eram|iram)\s", before) if gerund else None
        if gerund and main is None:
            return None, None, None
        head = before[:main.start()] if main is not None else before
        rel = _PT_RELATIVE_ASIDE.fullmatch(head) if not gerund else None
        if rel is not None:
            # "A organização X, que monitora a violência armada …, contabiliza 31 operações": a relative clause between
            # commas after the subject is no part of it (round 33)
            head = rel.group(1) + " "
        # "O ministro das Finanças, Joaquim Sarmento, estimou em …": the subject's name in apposition between commas
        appo = _PT_HEAD_APPOSITION.fullmatch(head)
        bare = head[:appo.start(1)] if appo is not None else head
        if not head.strip() or re.search(r"[,;:«»\"—–]", re.sub(r"\([^()]{1,12}\)", " ", bare)):
            return None, None, None
        res = Resolver(text, lexicon("pt"), document.data.get("entities", []))
        sp = res.subject_before(start, start + len(head.rstrip()) + 1, w)
        if sp is not None and sp.name and sp.name[:1].isupper() and sp.name.lower() not in res.lex.pronouns \
                and sp.entity is not None and (
                    any(w.isupper() and len(w) >= 2 or w in _PT_BODY_HEADS for w in re.findall(r"[\w-]+", sp.name))
                    # (or, past a relative aside, a name the common noun of a body's kind introduces: "A organização
                    # Redes da Maré, que …, contabiliza")
                    or rel is not None and sp.span is not None and re.search(
                        r"(?<!\w)(?:organização|associação|entidade|ONG|rede|instituto|observatório)\s+$",
                        text[max(start, sp.span.start - 30):sp.span.start], re.I) is not None
                    or any(e.id == sp.entity and res._a_person(e) for e in document.data.get("entities", []))):
            # (a body, by an acronym or the head of its name, or a person; not a place: "a Amazónia registou a
            # pior época de incêndios em 17 anos")
            return re.sub(r"^(?:O|A|Os|As)\s+", "", sp.name), sp.entity, w
        return None, None, None
    return None, None, None


# "पुलिस ने अब तक 11 लोगों को गिरफ्तार किया है": a verb of counting one's own catch or record, after the figure
_HI_COUNT_VERB = re.compile(r"(?<![\u0900-\u097F])(?:गिरफ्तार|गिरफ़्तार|बरामद|जब्त|ज़ब्त|दर्ज)\s+(?:किया|किए|किये|की|कीं)"
                            r"(?![\u0900-\u097F])")


def _hi_counter(document: Document, start: int, end: int, values: list[ClaimValue]):
    """Hindi: the ने-subject of a verb that counts what its subject caught, seized or recorded ("पुलिस ने 11 लोगों को
    गिरफ्तार किया", "विभाग ने 240 मामले दर्ज किए"), the ने before the sentence's first figure and the verb after it;
    (None, None, None) without one."""
    from .reported import Resolver

    text = document.article.text
    kept = [v for v in values if v.type != "date"]
    if not kept:
        return None, None, None
    first = min(v.start for v in kept)
    ne = [m for m in re.finditer(r"(?<![\u0900-\u097F])ने(?![\u0900-\u097F])", text[start:first])]
    verb = _HI_COUNT_VERB.search(text, first, end)
    last = max((v.end for v in kept if verb is not None and v.end <= verb.start()), default=None)
    between = text[last:verb.start()].split() if last is not None else []
    if last is None or len(between) > 3 or "से" in between:
        return None, None, None  # (the count is what the verb counts: "11 लोगों को गिरफ्तार", not "1600 किमी दूर … से")
    if len(ne) != 1 \
            or re.search(r"(?<![\u0900-\u097F])कि(?![\u0900-\u097F])|[,;:'\"“”‘’]", text[start:first]):
        return None, None, None  # (one subject, in the sentence's own clause)
    res = Resolver(text, lexicon("hi"), document.data.get("entities", []))
    sp = res.hindi_before(start, start + ne[0].start(), "ने")
    if sp is None or not sp.name or sp.name in res.lex.pronouns:
        return None, None, None
    return sp.name, sp.entity, "ने"


_HEADLINE_SPEAKER = re.compile(r"[ \t]*([^\W\d_][^:\n]{0,40}?)[ \t]*:[ \t]+\S")


def _headline_speaker(document: Document, start: int, end: int):
    """``Trump: Ukraine owes …``: a headline that opens with a name and a colon reports that person's words.

    The name must be a person or organisation the article names (in the headline or, as "Donald Trump" for
    "Trump", in the body), so section labels ("Analysis:", "Live:") are not taken for speakers.
    """
    text = document.article.text
    m = _HEADLINE_SPEAKER.match(text, start, end)
    if m is None:
        return None, None, None
    name = m.group(1)
    for e in document.data.get("entities", []):
        if e.type not in ("PERSON", "ORG"):
            continue
        if any(m.start(1) <= x.start < m.end(1) for x in e.mentions) or \
                name == e.name or (e.type == "PERSON" and e.name.split()[-1] == name):
            return e.name, e.id, ":"
    return None, None, None


def _bg_data_goes_on(text: str, prev: Claim, start: int, values: list[ClaimValue]) -> bool:
    """Bulgarian: whether the claim ``prev`` is the sentence right before ``start`` in the same paragraph and its
    percentages or sums were read from a body's data ("…, показват данните на НСИ", "По данни на НСИ …"), the
    sentence at ``start`` giving percentages (a rate's change, not a count or a record): "Заплатата е 1 187 евро, сочат
    данните на НСИ. Ръстът е 11,4 на сто"."""
    cue = (prev.cue or "").lower()
    lex = lexicon("bg")
    return bool(prev.claimant) and (cue in lex.source_only_verbs or "данн" in cue) \
        and any(v.type in ("percent", "money") for v in prev.values) and any(v.type == "percent" for v in values) \
        and prev.span.end <= start and not text[prev.span.end:start].strip() and "\n" not in text[prev.span.end:start]


def _bg_plan_goes_on(text: str, prev: Claim, start: int, end: int, values: list[ClaimValue]) -> bool:
    """Bulgarian: whether the sentence ``[start, end)`` goes on with the figures of a plan its speaker announced in
    the claim ``prev`` right before it, in the same paragraph ("Пенсиите ще бъдат увеличени със 7,8%, потвърди
    министърът. Минималната пенсия ще стане 322 евро"): a short sentence in the future ("ще") with sums or
    percentages, no quote marks and no other name."""
    gap = text[prev.span.end:start] if prev.span.end <= start else "x"
    sentence = text[start:end]
    ws = sentence.split()
    return bool(prev.claimant) and bool(prev.cue) and not gap.strip() and "\n" not in gap \
        and any(v.type in ("percent", "money") for v in prev.values) \
        and any(v.type in ("percent", "money") for v in values) \
        and "ще" in (w.lower() for w in ws) and len(ws) <= 16 and not re.search(r"[„“\"«»:]", sentence) \
        and not any(w[:1].isupper() for w in ws[1:])


def _bg_this_goes_on(text: str, prev: Claim, start: int, end: int, values: list[ClaimValue]) -> bool:
    """Bulgarian: whether the sentence ``[start, end)`` opens with "Това е/са/означава" and compares the figure of
    the sourced claim ``prev`` right before it, in the same paragraph ("Приходите са 19 млрд. евро, съобщиха от
    агенцията. Това е с 11,2% повече …"): the same source's figure, not a statement of the article's own."""
    gap = text[prev.span.end:start] if prev.span.end <= start else "x"
    sentence = text[start:end]
    return bool(prev.claimant) and bool(prev.cue) and not gap.strip() and "\n" not in gap \
        and re.match(r"Това (?:е|са|означава|прави)\s", sentence) is not None \
        and any(v.type in ("percent", "money") for v in prev.values) \
        and any(v.type in ("percent", "money") for v in values) \
        and len(sentence.split()) <= 20 and not re.search(r"[„“\"«»:]", sentence) \
        and not any(w[:1].isupper() for w in sentence.split()[1:])


def _title_span(article) -> tuple[int, int] | None:
    """Where the title lies in the header part of the raw text, if it is there."""
    if not article.title or article.body_start <= 0:
        return None
    i = article.text.find(article.title, 0, article.body_start)
    return (i, i + len(article.title)) if i >= 0 else None


_BG_SCALE_CUT = re.compile(r"(?<!\w)(?:млн|млрд|хил|трлн|куб|кв)\.\s*$")  # (and "2,3 млн. куб. м", "кв. м")


def _bg_join_scale_cuts(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bulgarian: a sentence the splitter cut after a scale's abbreviation before a lower-case word ("щетите са 3 млн."
    | "лева.") is one sentence with the next."""
    out: list[tuple[int, int]] = []
    for start, end in sents:
        if out and _BG_SCALE_CUT.search(text, out[-1][0], out[-1][1]) \
                and re.match(r"\s*[a-zа-я]", text[out[-1][1]:end]):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


# "… през 2027 г. Според МВФ обаче …": a year's (or an hour's) full stop before a source phrase opening a new sentence
_BG_YEAR_THEN_SOURCE = re.compile(r"(?<=\s[гч]\.)\s+(?=(?:Според|По данни|По думите|По информация|По оценка|"
                                  r"По изчисления|По прогноза)\s)")


def _bg_split_year_stops(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bulgarian: a sentence the splitter joined over a year's "г." that ends it, before a source phrase opening the
    next ("… с 2,7% през 2027 г. Според МВФ …"), is two sentences: the second has a source of its own."""
    out: list[tuple[int, int]] = []
    for start, end in sents:
        for m in _BG_YEAR_THEN_SOURCE.finditer(text, start, end):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, end))
    return out


@analyser("claims", requires=("sentences", "ner", "quotes"), assigns=("claims",))
class Claims:
    """Check-worthy sentences with their values and claimant."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        text = document.article.text
        claims = []
        article = document.article
        lang = article.language
        title = _title_span(article)
        sents = [(x.start, x.end) for x in document.data.get("sentences", [])]
        entities = None  # the doc's entities, read once (:func:`doc_entities`)
        if lang == "bg":
            sents = _bg_split_year_stops(text, _bg_join_scale_cuts(text, sents))
        for start, end in sents:
            if start < article.body_start:
                # The header: date marker, datelines and byline are metadata, not statements. Only the title
                # can claim something, and only its own words count (not a `date 2025-02-27` before it).
                if title is None or not (title[0] < end and start < title[1]):
                    continue
                start, end = max(start, title[0]), min(end, title[1])
            if lang in (None, "", "en"):
                if entities is None:
                    entities = doc_entities(document.doc)
                values = sentence_values(document.doc, start, end, text, entities)
            elif lang in LANGUAGES:
                values = lexical_values(text, start, end, lang)
            else:
                continue  # a language without a lexicon: its numbers and sources are not read
            score = _score(values)
            if score < _THRESHOLD:
                continue
            if _wire_dateline(text, start, end, values):
                continue  # "РИГА, 10 июл - Sputnik.", "MOSCOW, Feb 10 (Reuters) -": where and when a wire was filed
            name, ent, cue = _claimant(document, start, end)
            if lang == "bg" and values:
                # "Регионалната здравна инспекция препоръча … след 18 ч. Според директора … броят … се е увеличил с
                # около 30%": the sentence the splitter joined holds two statements; the figure's is the claimant's
                kinds = [v for v in values if v.type not in ("date", "number")] or values  # (not "след 18 ч.")
                first = min(kinds, key=lambda v: v.start)
                own = _claimant(document, first.start, first.end)
                if own[0] is not None:
                    name, ent, cue = own
            if lang == "pt" and name is not None and _pt_tail_relative(document, start, end, values):
                name, ent, cue = None, None, None
            if lang == "pt" and name is not None:
                inner = _pt_inner_source(document, start, end, values)
                if inner[0] is not None:
                    name, ent, cue = inner
            if lang == "ru" and name is not None and _ru_about_the_speaker(document, start, end, values):
                name, ent, cue = None, None, None
            if name is None and lang == "ru":
                name, ent, cue = _ru_estimator(document, start, end, values)
            if name is None and lang == "hi":
                name, ent, cue = _hi_counter(document, start, end, values)
            if name is None and lang == "pt":
                name, ent, cue = _pt_estimator(document, start, end, values)
            if name is None and title is not None and start == title[0]:
                name, ent, cue = _headline_speaker(document, start, end)
            if name is None and lang == "bg" and claims and _bg_data_goes_on(text, claims[-1], start, values):
                # "Инфлацията е 4,3%, показват данните на НСИ. Спрямо октомври цените са се повишили с 0,6 на сто":
                # a bare figure right after one read from data, in its paragraph, comes from the same data
                prev = claims[-1]
                name, ent, cue = prev.claimant, prev.claimant_entity, prev.cue
            if name is None and lang == "bg" and claims and _bg_plan_goes_on(text, claims[-1], start, end, values):
                # "Минималната пенсия ще стане 322 евро, а максималната – 1200 евро." after the minister's sentence
                prev = claims[-1]
                name, ent, cue = prev.claimant, prev.claimant_entity, prev.cue
            if name is None and lang == "bg" and claims and _bg_this_goes_on(text, claims[-1], start, end, values):
                # "…, съобщиха от агенцията. Това е с 11,2% повече спрямо …": the source's own comparison goes on
                prev = claims[-1]
                name, ent, cue = prev.claimant, prev.claimant_entity, prev.cue
            if lang not in (None, "", "en") and function_word_name(name, ent, lang, text):
                name, ent, cue = None, None, None  # ("Для" opening the sentence names no one)
            claims.append(Claim(span=Span(start=start, end=end, text=text[start:end]),
                                score=round(score, 3), values=values, claimant=name, claimant_entity=ent, cue=cue))
        if len(claims) > self.settings.max_claims:
            keep = sorted(claims, key=lambda c: -c.score)[: self.settings.max_claims]
            claims = sorted(keep, key=lambda c: c.span.start)
        for n, claim in enumerate(claims, 1):
            claim.id = f"c{n}"  # ids in reading order: the linked reading refers to claims by them
        document.data["claims"] = claims
        return document
