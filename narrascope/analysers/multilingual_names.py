"""Name mentions and their lemmas in Bulgarian, Hindi, Portuguese and Russian.

Sources, in order of trust (a later source only adds names where no earlier one found any):

1. Russian: natasha's news NER (PER, LOC, ORG), loaded once per process;
2. the trained mention tagger (:mod:`narrascope.models.mention_tagger`, shipped in
   ``narrascope/models/entities``), which also carries the gazetteer of names;
3. capitalised words (BG, PT, RU; :mod:`.names`), cut where an earlier source's name begins or ends and at
   title words ("министр иностранных дел России Сергей Лавров" gives "России" from the NER or the tagger and
   "Сергей Лавров" from either), never joined over "и"/"e"/"и" (coordinations stay two names).

:func:`lemma_key` gives the canonical (lemmatised, lower-case) form the entities layer groups mentions by:
pymorphy3 for Russian (proper-name readings first), a few suffix rules for the Bulgarian article, lower case
for Portuguese and Hindi (names hardly inflect there).
"""
from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import Counter
from functools import lru_cache

from ..lang import lexicon
from ..lang.ru import BODIES_OF_A_COUNTRY, COLLECTIVE_NOUNS, GROUP_NOUNS, NATIONAL_ADJECTIVES
from ..lang.ru import morph as _morph
from ..models.sentences import doc_text

_LOCK = threading.Lock()
_NATASHA_LABELS = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
_PROPER_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn", "Abbr", "Trad")
_CONJ = {"и", "e", "ou", "или", "और", "तथा", "एवं"}


@lru_cache(maxsize=1)
def natasha_models():
    """natasha's segmenter and news NER tagger, loaded once per process (about 0.7 s CPU and 110 MB)."""
    with _LOCK:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        return Segmenter(), NewsNERTagger(NewsEmbedding())


def natasha_names(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, surface, label)`` of natasha's NER spans in ``text`` (Russian)."""
    from natasha import Doc

    segmenter, ner = natasha_models()
    d = Doc(text)
    d.segment(segmenter)
    d.tag_ner(ner)
    return [(s.start, s.stop, text[s.start:s.stop], _NATASHA_LABELS.get(s.type, "NAME")) for s in d.spans]


_RU_SURNAME = re.compile(r"^(.+(?:ов|ев|ин|ын))(?:а|у|ым|ом|е)$")
_RU_SKY = re.compile(r"^(.+(?:ск|цк))(?:ого|ому|им|ом)$")
_RU_INSTRUMENTAL = re.compile(r"^(.{3,}[бвгдзклмнпрстфхцжшчщ])(ом|ем)$")
_RU_ADJECTIVAL = re.compile(r"^(.{3,}[бвгдзклмнпрстфхжшчщ])(?:ого|ому)$")


@lru_cache(maxsize=50_000)
def _ru_lemma(word: str) -> str:
    parses = _morph().parse(word)
    if word.endswith("и") and len(word) > 4 and not _morph().word_is_known(word):
        # a name the dictionary lacks in -и is a foreign one that does not decline ("Гросси", "Салвини"), not the
        # genitive of a guessed woman's name "Гросся"
        return word
    if re.search(r"([бвгдзклмнпрстфхцшщ])\1е$", word) and not _morph().word_is_known(word):
        # a name the dictionary lacks in a doubled consonant and -е is a foreign one that does not decline ("Рютте",
        # "Валле"), not the dative of a guessed "Рютта"
        return word
    # A surname reading first, then a singular proper reading: "Силуанов" is a surname in the nominative, not
    # the genitive plural of the first name "Силуан" that pymorphy3 also offers.
    known = _morph().word_is_known(word)
    # A guessed proper reading of a word the dictionary lacks that adds letters to it is no lemma: "Вевер" is not
    # the genitive plural of a woman's name "Вевера", "Содоль" not of "Содоля"; nor is a vocative ("аль" of "Аль
    # Нахайян" is no "Аля"): the name stands as written.
    parses = [p for p in parses if "voct" not in p.tag and (known or len(p.normal_form) <= len(word))]
    m = None if known else _RU_ADJECTIVAL.match(word)
    if m:
        # an adjectival surname the dictionary lacks in an oblique case: "Залужного", "Залужному" are "Залужный"
        # (pymorphy3 guesses a place "Залужнома")
        return m.group(1) + ("ий" if m.group(1)[-1] in "гкхжшчщ" else "ый")
    for p in parses:
        if "Surn" in p.tag:
            return p.normal_form
    for p in parses:
        if any(t in p.tag for t in _PROPER_TAGS) and "plur" not in p.tag:
            return p.normal_form
    if not known:
        # A name the dictionary lacks: pymorphy3's guess would turn "Мелони" into "мелонь" and "Цыденов" into
        # "цыден"; undo only the case endings of the common surname patterns and keep the rest as written.
        m = _RU_SURNAME.match(word)
        if m:
            return m.group(1)
        m = _RU_SKY.match(word)
        if m:
            return m.group(1) + "ий"
        m = _RU_INSTRUMENTAL.match(word)
        if m and "ablt" in _morph().parse(word)[0].tag:
            # a man's name in the instrumental, read so by pymorphy3's guess ("Орбаном" is "Орбан", "Шольцем"
            # "Шольц", "Содолем" "Содоль"), not a name in -ом as written
            stem, end = m.groups()
            return stem if (end == "ом") != (stem[-1] in "цжшчщ") else stem + "ь" if end == "ем" else word
        return word
    # a word of a name is a noun or an adjective: "Кармо Кури" keeps "Кури", which pymorphy3 reads first as
    # the imperative of "курить"
    # (a name's plural with no ending is none: "аль" is no genitive plural of "Аля"; "Искандерами" is "Искандер")
    nominal = next((p for p in parses if p.tag.POS in ("NOUN", "ADJF")
                    and not ("plur" in p.tag and "Name" in p.tag and len(p.normal_form) >= len(word))), None)
    return nominal.normal_form if nominal is not None else word


#: Russian noun case endings of a name that ends in a consonant ("Орбан": "Орбана", "Орбану", "Орбаном",
#: "Орбане") or in -а/-я ("Каллас" has none; "Гута": "Гуты", "Гуте").
_RU_CASE_ENDINGS = ("ом", "ем", "ой", "ей", "у", "ю", "а", "я", "е", "ы", "и")


def _ru_case_stems(word: str) -> list[str]:
    """The word and the forms it may be a case of: without a case ending, with -а/-я for it, or with the soft sign
    or -й a soft stem ends in ("Борреля" is "Боррель", "Содолем" is "Содоль")."""
    out = [word]
    for end in _RU_CASE_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            out += [stem, stem + "а", stem + "я"]
            if end[0] in "яюеи" and stem[-1] not in "аеёиоуыэюяьй":
                out.append(stem + ("й" if stem[-1] in "аеиоуя" else "ь"))
    return out


def ru_known_form(words: list[str], known_words: dict[str, str], known_names: dict[str, str]) -> list[str]:
    """``words`` (a lemmatised Russian name) as a name the article already has, when they are its case forms:
    "орбана" is "орбан" when "Виктор Орбан" is in the article, "илона маска" is "илон маск"; else unchanged.

    ``known_words`` are the single words of the article's full names, ``known_names`` the full names (keys)."""
    if len(words) == 1:
        return next(([s] for s in _ru_case_stems(words[0]) if s in known_words), words)
    if len(words) == 2:
        for a in _ru_case_stems(words[0]):
            for b in _ru_case_stems(words[1]):
                if f"{a} {b}" in known_names:
                    return [a, b]
        # both words a case of the known name's words, whichever has the ending: "Риши Сунака" (lemma "риш
        # сунака") is "Риши Сунак"
        stems = [set(_ru_case_stems(w)) for w in words]
        for name in known_names:
            known = name.split()
            if len(known) == 2 and all(stems[i] & set(_ru_case_stems(known[i])) for i in range(2)):
                return known
    if len(words) >= 3:
        # a longer name whose last word alone declines: "Чан Ван Хыонга" is "Чан Ван Хыонг"
        for b in _ru_case_stems(words[-1]):
            if " ".join(words[:-1] + [b]) in known_names:
                return words[:-1] + [b]
    return words


def ru_nominative_full_name(words: list[str], nominative_singles: set[str] | frozenset[str]) -> list[str]:
    """A Russian full name (its lemmatised words) whose surname the dictionary lacks and the article writes only in
    an oblique case, in the nominative the article writes that surname alone in: "Михаила Подоляка" beside
    "Подоляк" is "михаил подоляк", "Олафа Шольца" beside "Шольц" is "олаф шольц" (a first name the dictionary lacks
    loses the same case ending: "олафа"). ``nominative_singles``: the article's one-word names written as their
    lemma. A surname the dictionary knows, or one no single name is the nominative of, stays."""
    if len(words) < 2 or _morph().word_is_known(words[-1]):
        return words
    last = words[-1]
    for end in _RU_CASE_ENDINGS:
        stem = last[: -len(end)]
        if not last.endswith(end) or len(stem) < 3:
            continue
        soft = [stem + ("й" if stem[-1] in "аеиоуя" else "ь")] if end[0] in "яюеи" else []
        for nominative in [stem] + soft:
            if nominative in nominative_singles:
                firsts = [w[: -len(end)] if w.endswith(end) and len(w) - len(end) >= 3
                          and not _morph().word_is_known(w) else w for w in words[:-1]]
                return firsts + [nominative]
    return words


_NAME_READINGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad")
_RU_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|енко|ук|юк)$")


def ru_glued_name(word: str, names: set[str] | frozenset[str] = frozenset()) -> int:
    """Where a capitalised Russian word the dictionary lacks is a name with a word glued on in the source
    ("Лебедевкоординатор" is "Лебедев" and "координатор"): the length of the name, else 0. The name ends like a
    Russian surname or is written alone elsewhere in the article (``names``, lower case); the rest is a word the
    dictionary knows, of five letters or more, with no reading as a name. A hyphenated name ("Лебедев-Кумач")
    stays whole."""
    w = word.lower()
    if not word[:1].isupper() or word[1:] != word[1:].lower() or not re.fullmatch(r"[а-яё]{8,}", w) \
            or _morph().word_is_known(w):
        return 0
    for i in range(3, len(w) - 4):
        head, rest = w[:i], w[i:]
        if (_RU_SURNAME_END.search(head) or head in names) and _morph().word_is_known(rest) \
                and not any(t in p.tag for p in _morph().parse(rest) for t in _NAME_READINGS):
            return i
    return 0



@lru_cache(maxsize=10_000)
def ru_common_word(word: str) -> bool:
    """A Russian word the dictionary knows with no reading as a name, read only as a noun for a living being or an
    adjective or participle ("Иммунолог", "Философ", "Оскандалившаяся"): capitalised before a name at a sentence's
    start it is the sentence's first word, not the name's. A word that may be a thing is no such word: "Чан" of
    "Чан Кайши" and "Си" of "Си Цзиньпин" are names the dictionary reads as "чан" (a vat) and "си" (a note)."""
    w = word.lower()
    if not re.fullmatch(r"[а-яё]{3,}", w) or not _morph().word_is_known(w):
        return False
    parses = _morph().parse(w)
    return not any(t in p.tag for p in parses for t in _NAME_READINGS) \
        and all(p.tag.POS in ("ADJF", "PRTF") or p.tag.POS == "NOUN" and "anim" in p.tag for p in parses)


def ru_single_form(word: str, singles: set[str] | frozenset[str]) -> str:
    """A one-word Russian name (a lemma) as the shortest other one-word name of the article it is a case form of,
    when no full name claims it: "Орбана" is "Орбан" where both stand alone; else unchanged. A woman's name stays
    (a first name only a woman's in the nominative, "Марина", or a woman's surname ending, "Сиротина"): it is no
    case of a man's ("Марин", "Сиротин"), though his genitive is written alike."""
    if _is_female_first_name(word) or _RU_WOMANS_SURNAME.search(word):
        return word
    return min((s for s in _ru_case_stems(word)[1:] if s in singles and s != word), key=len, default=word)


#: A man's surname ending and the woman's form of it ("Захаров" -> "Захарова", "Жуковский" -> "Жуковская").
_RU_FEMININE = (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"), ("ин", "ина"),
                ("ын", "ына"), ("ый", "ая"), ("ий", "ая"), ("ой", "ая"))


@lru_cache(maxsize=10_000)
def _is_female_first_name(word: str) -> bool:
    """A first name in the nominative that is a woman's only ("Мария", not "Саша", which may be either).

    Only nominative readings count: the name shown is a lemma, and "Марина" is also the genitive of the man's name
    "Марин", which made "Марина Осипова" show as "Марина Осипов"."""
    names = [p for p in _morph().parse(word) if "Name" in p.tag and "nomn" in p.tag]
    return bool(names) and all("femn" in p.tag for p in names)


_RU_WOMANS_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ая|яя|вна|чна)$")  # (or a patronymic: "Валентина Петровна")


def ru_womans_nominative(words: list[str]) -> bool:
    """A Russian name as written (its last words the name) that reads as a woman's in the nominative: an adjectival
    woman's surname ("Яна Ковальская"), or a first name that is a woman's only in the nominative before a woman's
    surname ending ("Валентина Иванова", "Александра Суслина"; not "Никола Пашиняна", a man's genitive). Such a name
    is no oblique case of a man's ("Валентин Иванов"), though his genitive is written alike: where the two cannot be
    told apart they stay two people."""
    if len(words) < 2:
        return False
    last = words[-1].lower()
    if last.endswith(("ая", "яя")):
        return True
    return _is_female_first_name(words[0].lower()) and _RU_WOMANS_SURNAME.search(last) is not None


def _ru_oblique_foreign_name(words: list[str], written: tuple[str, ...]) -> list[str]:
    """A man's foreign name the article writes only in one oblique case, every word with the same ending, as
    the dictionary cannot lemmatise it: "Герта Вилдерса" is "Герт Вилдерс", "Реджепу Тайипу Эрдогану" is
    "Реджеп Тайип Эрдоган" (where pymorphy3 guesses "Герт Вилдерса", "Реджеп Тайипа Эрдоган"). Only where the
    article writes the full name in that one form, the first name has no nominative
    man's reading but reads as a man's name in that case ("Никола Тесла", "Анна Сантана" and the unknown "Эвика
    Силиня" stay), and the surname is no Russian woman's ("Александра Суслина" stays)."""
    full = {tuple(m.split()) for m in written if len(m.split()) == len(words)}
    if len(full) != 1:
        return words
    as_written = list(next(iter(full)))
    names = [w for w in as_written if w[:1].isupper()]
    if len(names) < 2 or _RU_WOMANS_SURNAME.search(as_written[-1]):
        return words
    for ends, cases in (("ая", ("gent", "accs")), ("ую", ("datv",))):
        if not all(len(w) > 3 and w[-1] in ends and w[-2] not in "аеёиоуыэюяь" for w in names):
            continue
        readings = [p for p in _morph().parse(names[0].lower()) if "Name" in p.tag]
        first = [p for p in readings if "masc" in p.tag]
        if any("nomn" in p.tag for p in first) or not any(c in p.tag for p in first for c in cases) \
                or not _morph().word_is_known(names[0].lower()):
            # a man's name as written, a name that is no man's in that case ("Анна", "Никола"), or one the
            # dictionary lacks (its readings are guesses): "Эвика Силиня" is a Latvian woman in the nominative,
            # "Жозепа Борреля" a man in the genitive, and nothing in the two names tells them apart
            return words
        return [w[:-1] + ("" if w[-1] in "ау" else "ь") if w in names else w for w in as_written]
    return words


def ru_display_name(name: str, kind: str, written: tuple[str, ...] = ()) -> str:
    """A Russian entity name in the nominative where the word-by-word lemmas miss it.

    Lemmas are taken word by word and pymorphy3 gives surnames in the masculine, so "Мария Захарова" groups
    with "Захарову" under "мария захаров"; the name shown is the woman's form when the first name is only a
    woman's. An organisation's leading adjectives take its noun's gender ("Международного энергетического
    агентства" -> "Международное энергетическое агентство", not "Международный ... Агентство"; "Курской
    области" -> "Курская область"). ``written`` are the entity's mentions as written: an adjective whose lemma
    reads as a place ("Кировском" -> "Кировск") is read from them.
    """
    words = name.split()
    if len(words) < 2:
        return name
    if kind == "PERSON":
        if _is_female_first_name(words[0].lower()):
            last = words[-1]
            for masc, fem in _RU_FEMININE:
                if last.lower().endswith(masc):
                    words[-1] = last[: len(last) - len(masc)] + fem
                    break
        elif len(words) == 2 and _first_name_gender(words[0].lower()) == "m" \
                and re.search(r"[бвгджзклмнпрстфхцчшщ]а$", words[-1]) \
                and any(len(m.split()) == 2 for m in written) \
                and all(m.split()[0].lower() != words[0].lower() and m.split()[-1] == words[-1]
                        for m in written if len(m.split()) == 2):
            # "министра обороны Германии Бориса Писториуса": a foreign surname pymorphy3 does not know, in the
            # genitive of a man's first name written only in an oblique case, is "Писториус"
            words[-1] = words[-1][:-1]
        # a woman's patronymic, lemmatised to the man's ("Владимировна" -> "Владимирович"): as the article writes
        # it in the nominative (matched by its lemma: "Юрьевна" is "юриевич"), else the woman's nominative of it
        # after a woman's first name ("Наталью Сергеевну" -> "Наталья Сергеевна")
        # (or as the last word, with no surname: "Галина Петровна")
        feminine = {_ru_lemma(w.lower()): w for m in written for w in m.split()[1:]
                    if w.lower().endswith(("овна", "евна"))}
        for i in range(1, len(words)):
            if not words[i].lower().endswith(("ович", "евич")):
                continue
            if words[i].lower() in feminine:
                words[i] = feminine[words[i].lower()]
            elif i < len(words) - 1 and _is_female_first_name(words[0].lower()):
                form = next((p.inflect({"femn", "nomn"}) for p in _morph().parse(words[i].lower())
                             if "Patr" in p.tag), None)
                words[i] = form.word.capitalize() if form is not None else words[i]
        return " ".join(_ru_oblique_foreign_name(words, written))
    if kind not in ("ORG", "NAME", "NORP", "FAC", "LOC", "GPE"):
        return name
    morph = _morph()
    forms = [m.split() for m in written if len(m.split()) == len(words)]

    def adjective(i: int, w: str):
        return next((p for c in [w] + [f[i] for f in forms] for p in morph.parse(c.lower()) if p.tag.POS == "ADJF"),
                    None)

    # the head: the first noun that is no adjective as written ("Центр" of "Центр русской культуры");
    # adjectives before it agree with it, and the words after it are its complements, in the case the article
    # writes them (the genitive)
    head = next((i for i, w in enumerate(words) if adjective(i, w) is None
                 and any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in morph.parse(w.lower()))), None)
    if head is None or (head + 1 < len(words) and not forms):
        return name  # no noun, or complements the article never writes in full: left as it is
    noun = next(p for p in morph.parse(words[head].lower()) if p.tag.POS == "NOUN" and "nomn" in p.tag)
    out = []
    for i, w in enumerate(words[:head]):
        adj = adjective(i, w)
        form = (adj.inflect({noun.tag.gender, "nomn", noun.tag.number or "sing"})
                if adj is not None and noun.tag.gender is not None else None)
        if form is None:
            return name  # not adjectives before a noun: left as it is
        out.append(form.word.capitalize() if w[:1].isupper() else form.word)
    out.append(words[head])
    out += forms[0][head + 1:] if head + 1 < len(words) else []
    return " ".join(out)


@lru_cache(maxsize=10_000)
def _is_first_name(word: str) -> bool:
    return any("Name" in p.tag for p in _morph().parse(word))


# (the neuter and plural articles follow a vowel, "министерство-то", "общини-те": "Сиярто" keeps its "-то")
_BG_ARTICLE = re.compile(r"(?<=[а-я]{3})(?:ът|ят|та)$|(?<=[а-я]{2}[аеиоуъюя])(?:то|те)$")


def _bg_lemma(word: str) -> str:
    if word.endswith("ията"):
        return word[:-2]
    return _BG_ARTICLE.sub("", word) if len(word) > 5 and not word.endswith(("ата", "ята")) else word


@lru_cache(maxsize=10_000)
def _ru_uninflected_woman(first: str, last: str, last_lemma: str) -> bool:
    """Whether a first name pymorphy3 reads as a man's name in an oblique case is a woman's name as written.

    First name and surname agree in case. A surname ending in a consonant that stands as written is either a
    man's in the nominative or a woman's (which does not decline); a first name read as a man's in another
    case ("Мадле" as "Мадл" in the locative, "Кая" as "Кай" in the genitive) contradicts the first reading,
    so the name is a woman's, written in the nominative: "Мадле Липпус", "Кая Каллас". "Анны Липпус" is
    read as a woman's genitive and keeps its lemma "Анна".
    """
    if last != last_lemma or not re.search(r"[бвгджзклмнпрстфхцчшщ]$", last):
        return False
    parses = [p for p in _morph().parse(first) if "Name" in p.tag]
    return bool(parses) and "masc" in parses[0].tag and "nomn" not in parses[0].tag


#: A surname in -ов/-ев/-ин/-ын in any case, of a man ("Сомов", "Сомова", "Сомову", "Сомовым", "Сомове") or a woman
#: ("Сомова", "Сомовой", "Сомову", "Сомовою").
_RU_SURNAME_FORMS = re.compile(r"(.{2,}(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е|ой|ою)?")


@lru_cache(maxsize=10_000)
def _first_name_gender(word: str) -> str:
    """"m" or "f" when every first-name reading of ``word`` (any case) has that gender, else ""."""
    genders = {("femn" if "femn" in p.tag else "masc" if "masc" in p.tag else "") for p in _morph().parse(word)
               if "Name" in p.tag}
    return {frozenset({"masc"}): "m", frozenset({"femn"}): "f"}.get(frozenset(genders), "")


@lru_cache(maxsize=50_000)
def lemma_key(text: str, lang: str | None) -> str:
    """The lower-case canonical form of a normalised name: each word lemmatised for ``lang``."""
    words = text.lower().split()
    if lang == "ru":
        lemmas = [_ru_lemma(w) if re.fullmatch(r"[а-яё\-]+", w) else w for w in words]
        if (len(words) == 1 or _is_first_name(words[0])) and words[-1].endswith(("ов", "ев", "ёв", "ин", "ын")) \
                and not lemmas[-1].endswith(("ов", "ев", "ин", "ын")):
            # "Андрей Суздальцев", "Шатров": alone or after a first name, a surname in the nominative (as its
            # oblique forms lemmatise), not the genitive plural of a common noun ("суздалец", "шатёр")
            lemmas[-1] = words[-1]
        if len(words) >= 2 and _is_first_name(words[0]) and words[-1].endswith(("ых", "их")) \
                and len(words[-1]) > 4:
            # "Павел Седых", "Ирина Долгих": after a first name, a surname that does not decline, not the genitive
            # plural of an adjective ("седой")
            lemmas[-1] = words[-1]
        if len(words) == 2 and lemmas[0] != words[0] and _ru_uninflected_woman(words[0], words[1], lemmas[1]):
            lemmas[0] = words[0]
        elif len(words) >= 2 and _first_name_gender(words[0]):
            m = _RU_SURNAME_FORMS.fullmatch(words[-1])
            if m:
                # after a first name of known gender, a surname in -ов/-ев/-ин in any case is keyed by its man's
                # form, as a bare surname is ("Павла Сомова" and "Анны Сомовой" are "сомов", not the woman's
                # "сомова" and the adjective "сомовый"); ru_display_name gives a woman her form back
                lemmas[-1] = m.group(1)
        words = lemmas
    elif lang == "bg":
        words = [_bg_lemma(w) for w in words]
    elif lang == "hi":
        # a bare demonym is its country ("रूसी" is "रूस", so Russia: one entity, one name)
        words = _demonyms(lang).get(" ".join(words), " ".join(words)).split()
    return " ".join(words).replace("ё", "е")


class _Taken(list):
    """Spans already taken, none overlapping another (``multilingual_names`` adds a span only when it overlaps none),
    also kept sorted so :func:`_overlaps` needs one look instead of a scan: an article naming thousands of names
    stays linear."""

    def __init__(self) -> None:
        super().__init__()
        self.sorted: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        bisect.insort(self.sorted, span)


def _overlaps(s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    if isinstance(taken, _Taken):
        # the spans are disjoint, so their ends grow with their starts: the last one starting before e decides
        k = bisect.bisect_left(taken.sorted, (e, -1))
        return k > 0 and taken.sorted[k - 1][1] > s
    return any(a < e and s < b for a, b in taken)


# Bulgarian adjectives with the definite article: capitalised as the first word of a name whose other words are
# not ("Северния полюс", "Студената война", "Европейската комисия"); alone they are fragments, not names.
_BG_ADJ_ARTICLE = re.compile(r"(?:ния|ният|ската|ския|ският|ната|ото|ите|ият|ия)$")
_LOWER_NEXT = re.compile(r"\s+[a-zа-яё]")


#: A Bulgarian adjective with the definite article: "Дълбоката", "Европейският", "Руската" (the article on a noun,
#: "Русия", "Държавата", does not follow an adjective's suffix).
_BG_DEF_ADJECTIVE = re.compile(r"(?:(?:ск|цк)(?:ият|ия|ата|ото|ите)|(?:н|ен|ов|ев|ок)(?:ият|ата|ото|ите))$")


#: A Bulgarian adjective without the article ("политическа", "здравна", "технологичен", "арабски"): the words of
#: a name between its capitalised first adjective and its noun ("Световната метеорологична организация").
_BG_ADJECTIVE = re.compile(r"(?:ск[аио]|чн[аио]|чен|лн[аио]|лен|вн[аио]|рн[аио]|тн[аио]|дн[аио]|жн[аио]|зн[аио]"
                           r"|ов[аио]|ев[аио]|ен)$")


@lru_cache(maxsize=1)
def _bg_stop_words() -> frozenset[str]:
    from spacy.lang.bg.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _bg_noun_words(following: list[str]) -> int:
    """How many of the lower-case words after a capitalised Bulgarian definite adjective belong to its name:
    adjectives up to the noun ("Световната [метеорологична организация]"), none when a function word follows
    ("Топлината също", "Съветската през")."""
    stop = _bg_stop_words()
    for n, w in enumerate(following[:3]):
        if not (_is_word(w) and w.islower() and len(w) >= 3 and w not in stop):
            return 0 if n == 0 or _BG_ADJECTIVE.search(following[n - 1]) else n
        if not _BG_ADJECTIVE.search(w):
            return n + 1
    return 0  # adjectives only: no noun in sight


def _bg_adjective_heads(spans: list[tuple[int, int]], tokens: list[str]) -> list[tuple[int, int]]:
    """A one-word Bulgarian span that is a capitalised definite adjective before lower-case words takes them up
    to its noun: Bulgarian capitalises only the first word of a multi-word name, so "[Дълбоката] държава" is
    "Дълбоката държава" and "[Световната] здравна организация" "Световната здравна организация"; the adjective
    alone is a fragment."""
    starts = {i for i, _ in spans}
    out = []
    for i, j in spans:
        if j == i + 1 and tokens[i][:1].isupper() and _BG_DEF_ADJECTIVE.search(tokens[i].lower()):
            n = _bg_noun_words(tokens[j:j + 3])
            if n and not any(k in starts for k in range(j, j + n)):
                j += n
        out.append((i, j))
    return out


#: Title words that go on a capitalised name they do not open (a ministry's portfolio)
_TITLE_IN_NAMES = frozenset("negócios estrangeiros defesa".split())


def _cut_capitalised(doc, lang: str, taken: list[tuple[int, int]], known: frozenset[str] = frozenset()
                     ) -> list[tuple[int, int, str, str]]:
    """Capitalised names outside ``taken``, cut at taken spans, title words and conjunctions; a lone Bulgarian
    definite adjective before a lower-case word takes that word as its noun ("Дълбоката държава", see
    ``_bg_adjective_heads``) or, when it reads as no adjective, is left out (``_BG_ADJ_ARTICLE``)."""
    from .names import _CONNECTORS, capitalised_names

    titles = lexicon(lang).titles
    out = []
    text = doc_text(doc)
    for s, e, _, _ in capitalised_names(doc):
        piece: list[tuple[int, int]] = []
        for m in re.finditer(r"\S+", text[s:e]):
            a, b = s + m.start(), s + m.end()
            word = m.group(0).lower()
            # (a portfolio's words inside a body's name go on with it: "Ministério dos Negócios Estrangeiros")
            if _overlaps(a, b, taken) or (word in titles and not (piece and word in _TITLE_IN_NAMES)) \
                    or word in _CONJ:
                if piece:
                    out.append(piece)
                piece = []
            else:
                piece.append((a, b))
        if piece:
            out.append(piece)
    if lang == "bg":  # "СЗО Световната здравна организация": a definite adjective before lower case opens a name
        out = [part for piece in out for part in (
            [piece[:-1], piece[-1:]] if len(piece) > 1 and _BG_DEF_ADJECTIVE.search(text[slice(*piece[-1])].lower())
            and _LOWER_NEXT.match(text, piece[-1][1]) else [piece])]
    names = []
    for piece in out:
        while piece and text[piece[0][0]:piece[0][1]].lower() in _CONNECTORS:
            piece = piece[1:]
        while piece and text[piece[-1][0]:piece[-1][1]].lower() in _CONNECTORS:
            piece = piece[:-1]
        if not piece:
            continue
        a, b = piece[0][0], piece[-1][1]
        surface = text[a:b].rstrip(".,;:")
        b = a + len(surface)
        if lang == "bg" and len(piece) == 1 and surface.lower() not in known and _LOWER_NEXT.match(text, b):
            after = []  # the words right after it, one space apart
            for m in re.finditer(r"(\s+)([^\W\d_]+)", text[b:b + 80]):
                if m.start() != (after[-1].end() if after else 0) or m.group(1) != " ":
                    break
                after.append(m)
            n = _bg_noun_words([m.group(2) for m in after]) if _BG_DEF_ADJECTIVE.search(surface.lower()) else 0
            if n and not _overlaps(b, b + after[n - 1].end(), taken):
                b += after[n - 1].end()  # "Дълбоката държава": up to the adjective's noun (see _bg_adjective_heads)
                surface = text[a:b]
            elif _BG_ADJ_ARTICLE.search(surface.lower()):
                continue
        if surface and len(surface) > 1:
            names.append((a, b, surface, "NAME"))
    return names


@lru_cache(maxsize=8)
def _edge_stop(lang: str) -> frozenset[str]:
    from importlib import import_module

    try:
        return frozenset(getattr(import_module(f"narrascope.lang.{lang}"), "NAME_EDGE_STOP", ()))
    except ImportError:
        return frozenset()


def _trim_edges(spans: list[tuple[int, int]], tokens: list[str], lang: str) -> list[tuple[int, int]]:
    """Token spans without the language's postpositions and conjunctions at either end (``NAME_EDGE_STOP`` of
    ``narrascope/lang/<lang>.py``: Hindi "यूक्रेन की" is "यूक्रेन") nor a token of punctuation alone ("भारत-चीन" is
    tokenised "भारत", "-", "चीन": the tagger's "भारत-" is "भारत"); a span of nothing else is dropped."""
    stop = _edge_stop(lang)

    def edge(token: str) -> bool:
        return token.lower() in stop or not any(c.isalnum() for c in token)

    if lang in _CASELESS:
        spans = _split_at_quotes(spans, tokens)
    out = []
    for i, j in spans:
        while i < j and edge(tokens[i]):
            i += 1
        while j > i and edge(tokens[j - 1]):
            j -= 1
        if j > i:
            out.append((i, j))
    return out


_QUOTE_MARKS = frozenset("\"“”«»„‘’")


def _split_at_quotes(spans: list[tuple[int, int]], tokens: list[str]) -> list[tuple[int, int]]:
    """Token spans cut at a quotation mark inside them: the tagger's "रूसी “मिसाइलों" (Russian "missiles") is
    the demonym and a quoted word, not one name (Hindi, where the tagger is the only source; names quoted whole
    keep their marks at the edges, which :func:`_trim_edges` drops)."""
    out = []
    for i, j in spans:
        start = i
        for k in range(i, j):
            if tokens[k] in _QUOTE_MARKS:
                if k > start:
                    out.append((start, k))
                start = k + 1
        if j > start:
            out.append((start, j))
    return out


#: Languages without letter case, where the tagger is the only source: its spans are cleaned of titles and
#: common words (:func:`_drop_non_names`) and repeated over the article (:func:`_repeat_names`).
_CASELESS = {"hi"}


def _repeat_names(spans: list[tuple[int, int]], tokens: list[str]) -> list[tuple[int, int]]:
    """``spans`` plus the other occurrences in the article of the names they cover, where no span is (one sense
    per article: a name the tagger finds once is a name everywhere in the article); longest names first."""
    low = [t.lower() for t in tokens]
    names = sorted({tuple(low[i:j]) for i, j in spans}, key=lambda n: -len(n))
    covered = [False] * len(low)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    out = list(spans)
    for name in names:
        k = len(name)
        for i in range(len(low) - k + 1):
            if tuple(low[i:i + k]) == name and not any(covered[i:i + k]):
                out.append((i, i + k))
                for m in range(i, i + k):
                    covered[m] = True
    return sorted(out)


def _is_word(token: str) -> bool:
    """Letters only, with their combining marks (Devanagari vowel signs are marks, not letters, to ``isalpha``)."""
    return bool(token) and token[0].isalpha() and all(c.isalpha() or unicodedata.category(c) in ("Mn", "Mc")
                                                      for c in token)


@lru_cache(maxsize=8)
def _name_words(gazetteer: frozenset[str], lang: str) -> frozenset[str]:
    """The words of the gazetteer's names of two or three words (no postposition in them): a common word that is one of
    these may be part of a name ("एलेक्सी", "सर्गेई")."""
    stop = _edge_stop(lang)
    return frozenset(w for name in gazetteer for ws in [name.split()]
                     if 2 <= len(ws) <= 3 and all(_is_word(x) for x in ws) and not any(x in stop for x in ws)
                     for w in ws)


def _gazetteer_name_words(tagger, lang: str) -> frozenset[str]:
    return _name_words(frozenset(getattr(tagger, "gazetteer_", ())), lang)


#: Nouns of an armed force: a known country or demonym before one is the force's name ("अमेरिकी फौज", "रूसी
#: एयरफ़ोर्स"), so ``_extend_surnames`` still takes them after a known name.
_HI_FORCE_NOUNS = frozenset("सेना सेनाएं सेनाओं फौज फ़ौज फौजें फ़ौजें एयरफ़ोर्स एयरफोर्स वायुसेना नौसेना थलसेना".split())


def _extend_surnames(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """Spans that end one word before a postposition take that word when it is no common word of the training
    articles: a first name the tagger knows and a surname it does not ("नितिन [गडकरी] ने" is "नितिन गडकरी").
    A span that is a whole gazetteer name already ("अमेरिकी", "नाटो", "जेलेंस्की") takes no word, unless the word is
    a body head or an armed force's noun ("रूसी एयरफ़ोर्स"): "[अमेरिकी] ऐतराज को", "[नाटो] मेंबरशिप के" stay the
    name alone."""
    stop = _edge_stop(lang)
    lex = lexicon(lang)
    common = getattr(tagger, "common_", {}).get(lang.upper(), frozenset())
    gazetteer = frozenset(getattr(tagger, "gazetteer_", ()))
    heads = lex.body_heads | _HI_FORCE_NOUNS
    starts = {i for i, _ in spans}
    out = []
    for i, j in spans:
        if (j + 1 < len(tokens) and j not in starts and tokens[j + 1].lower() in stop
                and _is_word(tokens[j]) and tokens[j].lower() not in common and tokens[j].lower() not in stop
                and tokens[j].lower() not in lex.titles
                and (" ".join(tokens[i:j]).lower() not in gazetteer or tokens[j].lower() in heads)):
            j += 1
        out.append((i, j))
    return out


#: Words after which a Hindi name follows ("विदेश मंत्री एंड्री सिबिहा ने", "गवर्नर ओलेह किपर ने"): the lexicon's
#: titles and role nouns and these.
_HI_NAME_TITLES = frozenset("""
गवर्नर कार्यकर्ता सदस्य सह-लेखक लेखक संपादक कमांडर राजनेता उद्योगपति प्रोफ़ेसर संस्थापक सह-संस्थापक चांसलर अरबपति
शोधकर्ता वैज्ञानिक पत्रकार
""".split())
#: Title words that are adjectives as often as titles ("प्रमुख आपूर्तिकर्ताओं", "राजनयिक दृष्टिकोणों"): no name after them.
_HI_NOT_BEFORE_NAMES = frozenset("प्रमुख राजनयिक पूर्व कार्यकारी अतिरिक्त प्रधान विदेश रक्षा".split())


def _title_names(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """``spans`` plus the words between a title and a postposition that no span covers, when they are one to
    three words, none of them a title or an oblique plural ("-ों", "-ओं"), and none a common word of the training
    articles unless it is a word of the gazetteer's multi-word names (a frequent first name: "संस्थापक [एलेक्सी
    मालिनिन] ने"), with at least one word no common word ("सदस्य [देश] ने" stays out): a name the tagger has never
    seen, where Hindi news puts a name ("यूक्रेन के विदेश मंत्री [एंड्री सिबिहा] ने"). A
    comma may follow the title ("गवर्नर, [सर्गी हैदाई] ने"); a present-tense reporting verb ("प्रोफ़ेसर [ओल्गा ओनुच]
    कहती हैं": the lexicon's ``nominative_forms``) or a bracket ("[एलन मस्क] (Elon Musk)") may end the name."""
    lex = lexicon(lang)
    titles = lex.titles | lex.role_nouns | _HI_NAME_TITLES
    before = titles - _HI_NOT_BEFORE_NAMES
    stop = _edge_stop(lang)
    common = getattr(tagger, "common_", {}).get(lang.upper(), frozenset())
    low = [t.lower() for t in tokens]
    covered = [False] * len(tokens)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    out = list(spans)
    ends = stop | lex.nominative_forms | {"("}
    name_words = _gazetteer_name_words(tagger, lang)
    for k, w in enumerate(low):
        if w not in before:
            continue
        first = k + 2 if k + 1 < len(low) and low[k + 1] == "," else k + 1
        m = first
        while m < len(low) and m - first < 3 and _is_word(tokens[m]) \
                and (low[m] not in common or low[m] in name_words) and low[m] not in ends \
                and low[m] not in titles and not low[m].endswith(("ों", "ओं")) and not covered[m]:
            m += 1
        if first < m < len(low) and low[m] in ends and any(w not in common for w in low[first:m]):
            out.append((first, m))
            for x in range(first, m):
                covered[x] = True
    return sorted(out)


@lru_cache(maxsize=8)
def _hi_countries(lang: str) -> frozenset[str]:
    """The language's ``COUNTRIES`` (lower case)."""
    from importlib import import_module

    return frozenset(w.lower() for w in getattr(import_module(f"narrascope.lang.{lang}"), "COUNTRIES", ()))


@lru_cache(maxsize=8)
def _demonyms(lang: str) -> dict[str, str]:
    """The language's ``DEMONYMS`` (demonym -> the country as written, lower case)."""
    from importlib import import_module

    return {k.lower(): v.lower() for k, v in getattr(import_module(f"narrascope.lang.{lang}"), "DEMONYMS", {}).items()}


#: A demonym that is also a direction: before a region noun, a place or another demonym it is the direction ("रूस के
#: पश्चिमी क्षेत्रों", "पश्चिमी कजाकिस्तान"), not the West.
_HI_DIRECTIONS = frozenset({"पश्चिमी"})
_HI_REGION_NOUNS = frozenset("""
क्षेत्र क्षेत्रों इलाके इलाकों इलाका शहर शहरों सीमा सीमाओं सीमावर्ती भाग भागों हिस्से हिस्सों हिस्सा तट प्रांत प्रांतों छोर
मोर्चा मोर्चे दिशा एशिया एशियाई यूरोप प्रदेश जिले ज़िले
""".split())
#: Words after which a demonym names a currency or a language, not its country ("अमेरिकी डॉलर", "रूसी भाषा", "रूसी
#: बोलते हैं"); the lexicon's currencies also count.
_HI_NOT_COUNTRY_AFTER = frozenset("डालर डॉलरों भाषा भाषी भाषियों बोलने बोलती बोलते बोलता बोली".split())


def _demonym_names(spans: list[tuple[int, int]], tokens: list[str], lang: str) -> list[tuple[int, int]]:
    """``spans`` plus every demonym (``DEMONYMS``, longest first: "उत्तर कोरियाई" before "कोरियाई") that no span
    covers: a demonym names its country's people or state, an entity mention as English NORP is ("यूक्रेन पर [रूसी]
    हमले"; the entities layer keys it by the country). A span that holds one ("रूसी सेना") stays whole; a demonym
    that is also a direction ("पश्चिमी") is none before a region noun, a place or a demonym ("रूस के पश्चिमी
    क्षेत्रों"), and none is one before a currency or a language's words ("अमेरिकी डॉलर", "रूसी भाषा")."""
    demonyms = _demonyms(lang)
    if not demonyms:
        return spans
    low = [t.lower() for t in tokens]
    places = _hi_countries(lang) | _HI_REGION_NOUNS | set(demonyms)
    not_country = _HI_NOT_COUNTRY_AFTER | {c.lower() for c in lexicon(lang).currencies}
    covered = [False] * len(low)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    out = list(spans)
    for n in sorted({len(d.split()) for d in demonyms}, reverse=True):
        for k in range(len(low) - n + 1):
            if " ".join(low[k:k + n]) in demonyms and not any(covered[k:k + n]) \
                    and not (k + n < len(low) and (low[k + n] in not_country
                                                   or low[k] in _HI_DIRECTIONS and low[k + n] in places)):
                out.append((k, k + n))
                for x in range(k, k + n):
                    covered[x] = True
    return sorted(out)


def _surname_before_name(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger
                         ) -> list[tuple[int, int]]:
    """A one-word span after a title takes the next word when it is no common word, title or postposition and another
    name or a postposition follows it ("प्रधानमंत्री [विक्टर] ओरबान [रूस] की यात्रा")."""
    titles, common, stop = _hi_sets(lang, tagger)
    low = [t.lower() for t in tokens]
    starts = {i for i, _ in spans}
    out = []
    for i, j in spans:
        if j - i == 1 and i >= 1 and low[i - 1] in titles and j + 1 < len(low) and j not in starts \
                and _is_word(tokens[j]) and low[j] not in common and low[j] not in stop and low[j] not in titles \
                and (j + 1 in starts or low[j + 1] in stop):
            j += 1
        out.append((i, j))
    return out


def _coordinated_names(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """One or two words that no span covers, none a common word of the training articles, a title, a postposition or
    an oblique plural, coordinated with a name: after a name and "और"/"तथा"/"एवं"/a comma, before a postposition or
    another conjunction ("रुबिज़ने और [सेवरोडोनेट्स] के", "कुर्स्क, [बेलगोरोद] और ब्रियांस्क"); or before "और" and a
    name, after a postposition or punctuation ("। [बिडेन] और कमला हैरिस की"). A list of names is a list of names."""
    titles, common, stop = _hi_sets(lang, tagger)
    low = [t.lower() for t in tokens]
    covered = [False] * len(low)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    ends = {j for _, j in spans}
    out = list(spans)
    conj = {"और", "तथा", "एवं", ","}

    def ok(k):
        return _is_word(tokens[k]) and not covered[k] and low[k] not in common and low[k] not in stop \
            and low[k] not in titles and not low[k].endswith(("ों", "ओं"))

    for k in range(1, len(low)):
        if low[k - 1] in conj and k - 1 in ends:
            m = k
            while m < len(low) and m - k < 2 and ok(m):
                m += 1
            if k < m < len(low) and (low[m] in stop or low[m] in conj):
                out.append((k, m))
                ends.add(m)
                for x in range(k, m):
                    covered[x] = True
    starts = {i for i, _ in out}
    for k in range(len(low) - 2, 0, -1):
        if low[k] in conj - {","} and k + 1 in starts:
            m = k
            while m > 0 and k - m < 2 and ok(m - 1):
                m -= 1
            if m < k and (m == 0 or low[m - 1] in stop or not _is_word(tokens[m - 1])):
                out.append((m, k))
                starts.add(m)
                for x in range(m, k):
                    covered[x] = True
    return sorted(out)


#: Words before a common noun and hardly ever before a name: "एक पायलट", "इस कोर्ट", "उस सिपाही", "कई सैनिक".
_HI_DETERMINERS = frozenset("एक इस उस यह वह ये वे इन उन इसी उसी कई हर किसी कोई प्रत्येक".split())


def _ergative_names(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """One or two words that no span covers, none a common word of the training articles, a title, a postposition or
    an oblique plural, between a sentence boundary (punctuation, not a hyphen) or a postposition and the ergative "ने":
    the subject, a name ("। [पेस्कोव] ने कहा", "चोए और [लावरोव] ने"). Not a first word that follows a determiner
    anywhere in the article ("एक सिपाही ... । सिपाही ने": a common noun, ``_HI_DETERMINERS``)."""
    titles, common, stop = _hi_sets(lang, tagger)
    low = [t.lower() for t in tokens]
    covered = [False] * len(low)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    out = list(spans)
    determined = {low[x + 1] for x in range(len(low) - 1) if low[x] in _HI_DETERMINERS}
    for k, w in enumerate(low):
        if w != "ने":
            continue
        m = k
        while m > 0 and k - m < 2 and _is_word(tokens[m - 1]) and not covered[m - 1] and low[m - 1] not in common \
                and low[m - 1] not in stop and low[m - 1] not in titles and not low[m - 1].endswith(("ों", "ओं")):
            m -= 1
        if m < k and (m == 0 or not _is_word(tokens[m - 1]) and "-" not in tokens[m - 1] or low[m - 1] in stop) \
                and low[m] not in determined:
            out.append((m, k))
    return sorted(out)


def _dateline_places(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """A dateline: one or two words that no span covers after a sentence boundary, no common word, title or
    postposition, then a comma, a known country (``COUNTRIES``) and a colon: a place ("[जकार्ता], इंडोनेशिया: ...")."""
    titles, common, stop = _hi_sets(lang, tagger)
    countries = _hi_countries(lang)
    low = [t.lower() for t in tokens]
    covered = [False] * len(low)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    out = list(spans)
    for k in range(len(low)):
        if not (k == 0 or not _is_word(tokens[k - 1]) and "-" not in tokens[k - 1]):
            continue
        m = k
        while m < len(low) and m - k < 2 and _is_word(tokens[m]) and not covered[m] and low[m] not in common \
                and low[m] not in stop and low[m] not in titles:
            m += 1
        if k < m and m + 2 < len(low) and low[m] == "," and low[m + 1] in countries and low[m + 2] == ":":
            out.append((k, m))
            for x in range(k, m):
                covered[x] = True
    return sorted(out)


def _hi_sets(lang: str, tagger) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Hindi titles (with role nouns and ``_HI_NAME_TITLES``), the training articles' common words, postpositions."""
    lex = lexicon(lang)
    titles = lex.titles | lex.role_nouns | _HI_NAME_TITLES
    common = getattr(tagger, "common_", {}).get(lang.upper(), frozenset())
    return titles, common, _edge_stop(lang)


def _join_first_names(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """Two one-word spans that touch are one name when the first word never stands alone in the article (a first name,
    written only before its surname), the second does (the surname), and neither is a common word or a known country
    ("[वोलोदीमीर] [ज़ेलेंस्की] ने ... ज़ेलेंस्की ने"; "रूस यूक्रेन" stays two)."""
    _, common, _ = _hi_sets(lang, tagger)
    countries = _hi_countries(lang)
    low = [t.lower() for t in tokens]
    n = Counter(low)
    # (the word pairs counted once: a scan of the text per pair of touching spans was quadratic in a flood of one
    # name, "रूस रूस रूस …")
    pair_counts = Counter(zip(low, low[1:]))
    out: list[tuple[int, int]] = []
    for i, j in spans:
        if out and out[-1][1] == i and out[-1][1] - out[-1][0] == 1 and j - i == 1:
            a = out[-1][0]
            pairs = pair_counts[(low[a], low[i])]
            if pairs == n[low[a]] and n[low[i]] > pairs and low[a] not in common and low[a] not in countries \
                    and low[i] not in countries:
                out[-1] = (a, j)
                continue
        out.append((i, j))
    return out


def _repeat_surnames(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """The last word of a found name of two or three words is that name wherever it stands alone and no span is
    ("विक्टर ओरबान" ... "[ओरबान] ने कहा"), when no word of the name is a title, a postposition or a known country, the
    last is no common word of the training articles nor an oblique plural, and the others are no common words unless
    they are words of the gazetteer's multi-word names (a frequent first name: "सर्गेई", "विक्टर")."""
    titles, common, stop = _hi_sets(lang, tagger)
    low = [t.lower() for t in tokens]
    covered = [False] * len(low)
    for i, j in spans:
        for k in range(i, j):
            covered[k] = True
    countries = _hi_countries(lang)
    name_words = _gazetteer_name_words(tagger, lang)
    last = {low[j - 1] for i, j in spans if 2 <= j - i <= 3 and all(_is_word(t) for t in tokens[i:j])
            and not any(w in common and not (w in name_words and w != low[j - 1]) or w in stop or w in titles
                        or w in countries for w in low[i:j])
            and not low[j - 1].endswith(("ों", "ओं"))}
    out = list(spans)
    for k, w in enumerate(low):
        if w in last and not covered[k]:
            out.append((k, k + 1))
            covered[k] = True
    return sorted(out)


def _drop_non_names(spans: list[tuple[int, int]], tokens: list[str], lang: str, tagger) -> list[tuple[int, int]]:
    """``spans`` without titles, number words, currencies and months alone ("प्रधानमंत्री", "पीएम", "अरब" of
    "61 अरब डॉलर") and without single common words the training did not tag everywhere (a word of many
    training articles that annotators marked seldom or never: "लोगों", "सरकार", "संविधान"): the tagger's
    guesses in a script without capitals."""
    lex = lexicon(lang)
    titles = lex.titles | lex.role_nouns
    common = getattr(tagger, "common_", {}).get(lang.upper(), frozenset())
    sure = getattr(tagger, "sure_names_", frozenset())
    numeric = set(lex.number_scales) | set(lex.currencies) | set(lex.months)
    out = []
    for i, j in spans:
        words = [t.lower() for t in tokens[i:j]]
        if all(w in titles or w in numeric for w in words) or (j - i == 1 and words[0] in common
                                                               and words[0] not in sure):
            continue
        out.append((i, j))
    return out


def _split_lines(text: str, items) -> list[tuple[int, int, str, str]]:
    """Name spans cut at line breaks: a name never runs from a title line into the body ("Климат\n\nЗасуха",
    which natasha reads as one name when the title has no full stop)."""
    out = []
    for s, e, surface, label in items:
        if "\n" not in text[s:e]:
            out.append((s, e, surface, label))
            continue
        for m in re.finditer(r"[^\n]+", text[s:e]):
            piece = m.group(0).strip()
            if len(piece.split()) > 1 and piece[:1].isupper():  # a lone capitalised word of a joined pair: no name
                a = s + m.start() + m.group(0).index(piece)
                out.append((a, a + len(piece), piece, label))
    return out


#: The sources of names per language, most trusted first (chosen by grouped CV, see the model card).
SOURCES = {"ru": ("natasha", "caps", "tagger"), "bg": ("tagger", "caps"), "pt": ("caps", "tagger"),
           "hi": ("tagger",)}


def multilingual_names(doc, lang: str, tagger=None, sources: tuple[str, ...] | None = None,
                       aliases: dict | None = None) -> list[tuple[int, int, str, str]]:
    """Name mentions ``(start, end, surface, label)`` of a BG/HI/PT/RU spaCy ``doc`` (blank tokenizer); ``aliases``:
    the entities layer's alias table of the language (big actors' names, kept whatever they look like)."""
    sources = sources or SOURCES.get(lang, ("tagger", "caps"))
    from ..models.mention_tagger import doc_tokens

    text = doc_text(doc)
    found: list[tuple[int, int, str, str]] = []
    taken = _Taken()

    def add(items):
        for s, e, surface, label in _split_lines(text, items):
            if e > s and not _overlaps(s, e, taken):
                found.append((s, e, surface, label))
                taken.append((s, e))

    for source in sources:
        if source == "natasha" and lang == "ru":
            add(natasha_names(text))
        elif source == "tagger" and tagger is not None:
            toks, offs, starts = doc_tokens(doc)
            spans = _trim_edges(tagger.predict_spans(lang.upper(), toks, starts), toks, lang)
            if lang == "bg":
                spans = _bg_adjective_heads(spans, toks)
            if lang in _CASELESS:
                spans = _extend_surnames(spans, toks, lang, tagger)
                spans = _title_names(_drop_non_names(spans, toks, lang, tagger), toks, lang, tagger)
                spans = _join_first_names(spans, toks, lang, tagger)
                spans = _surname_before_name(spans, toks, lang, tagger)
                spans = _coordinated_names(spans, toks, lang, tagger)
                spans = _ergative_names(spans, toks, lang, tagger)
                spans = _dateline_places(spans, toks, lang, tagger)
                spans = _repeat_names(spans, toks)
                spans = _repeat_surnames(spans, toks, lang, tagger)
                spans = _demonym_names(spans, toks, lang)
            add((offs[i][0], offs[j - 1][1], text[offs[i][0]:offs[j - 1][1]], "NAME") for i, j in spans)
        elif source == "caps" and lang != "hi":
            add(_cut_capitalised(doc, lang, taken, tagger.gazetteer_ if tagger is not None else frozenset()))
    if lang == "bg":
        found = _bg_split_genitive_names(found, text)
    if lang == "pt":
        found = _pt_join_e_surnames(sorted(found), text)
        found = _pt_split_place_before_name(found, text)
        found = _pt_drop_platform_letter(found, text)
        found = _pt_join_particles(sorted(found), text)
    return sorted(clean_names(sorted(found), text, lang, tagger, aliases))


_PT_NAME_PARTICLES = re.compile(r" (?:von der|van der|van den|von|van|de la|del) ")


def _pt_join_particles(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Portuguese text: a foreign name with a lower-case particle ("Ursula von der Leyen", "Frans van Dijk"), which
    the caps cut in two, is one name; the particle and the surname alone ("von der Leyen disse") are a name too."""
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _PT_NAME_PARTICLES.fullmatch(text[a[1]:b[0]]) and " " not in b[2]:
            out.append((a[0], b[1], text[a[0]:b[1]], a[3]))
            i += 2
            continue
        lead = re.search(r"(?:^|(?<=\s))(?:[Vv]on der|[Vv]an der|[Vv]an den) $", text[max(0, a[0] - 12):a[0]])
        if lead is not None and " " not in a[2] and not (out and out[-1][1] >= a[0] - len(lead.group(0)) - 1):
            s = a[0] - len(lead.group(0))
            out.append((s, a[1], text[s:a[1]], a[3]))
            i += 1
            continue
        out.append(a)
        i += 1
    return out


def _pt_drop_platform_letter(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Portuguese: a one-letter name after a preposition that ends a sentence ("escreveu no X. Zelensky acrescentou")
    is the platform, no initial of the name the next sentence opens with: the name without it."""
    out = []
    for s, e, surface, label in found:
        # (not before another initial: "a análise do J. P. Morgan" keeps its initials)
        m = re.match(r"[A-Z]\.\s+(?=[A-ZÀ-Ú])(?![A-Z]\.)", surface)
        if m is not None and re.search(r"(?:^|\s)(?:no|na|do|da|pelo|pela|ao)\s+$", text[max(0, s - 6):s]):
            out.append((s + m.end(), e, surface[m.end():], label))
            continue
        out.append((s, e, surface, label))
    return out


_PT_PLACE_PREPS = frozenset("em de da do na no à ao".split())
# A minister's portfolio or a body's one-word name between the title and the name ("o ministro da Fazenda Fernando
# Haddad", "a ex-ministra da Agricultura Tereza Cristina", "o presidente da Câmara Rui Moreira")
_PT_PORTFOLIOS = frozenset("""
Fazenda Agricultura Saúde Educação Defesa Justiça Economia Cultura Trabalho Ambiente Energia Finanças Interior
Infraestrutura Transportes Habitação Previdência Planeamento Planejamento Turismo Comunicações Cidadania Câmara
""".split())


def _pt_split_place_before_name(found: list[tuple[int, int, str, str]], text: str
                                ) -> list[tuple[int, int, str, str]]:
    """Portuguese: a place or a body's acronym after a preposition, then a person's name written on with no comma
    ("A ex-embaixadora do Brasil em Kiev Regina Coutinho", "o professor da UnB Marcelo Trindade", "referiu à BBC
    Andrew Fleming"), which the caps joined into one name: two mentions, when the first word is an acronym or is
    named on its own elsewhere in the text, and a lower-case word (a title, a verb) stands before the preposition."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, surface, label in found:
        parts = surface.split()
        prep = re.search(r"(?:^|\s)([a-zà-ú]+)\s+$", text[max(0, s - 6):s])
        lead = re.findall(r"[\w-]+", re.split(r"[.!?:;\n]", text[max(0, s - 60):s])[-1])
        first = parts[0] if parts else ""
        # (a place named on its own after "em", "de", "para", "a": "A reação em Kiev foi fria"; read only when the
        # rest holds: it scans the whole text, once per name was quadratic)
        def alone(first=first, s=s, e=e) -> bool:
            return any(not re.match(r"\s+[A-ZÀ-Ú]", text[m.end():m.end() + 3])
                       and re.search(r"(?:^|\s)(?:[Ee]m|de|para|a)\s+$", text[max(0, m.start() - 6):m.start()])
                       for m in re.finditer(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])", text)
                       if not s <= m.start() < e) if first else False
        if len(parts) in (3, 4) and prep is not None and prep.group(1) in _PT_PLACE_PREPS \
                and all(p[:1].isupper() and p.isalpha() for p in parts) and not parts[1].isupper() \
                and len(lead) >= 2 and any(w.islower() and len(w) > 3 for w in lead[:-1]) \
                and (sum(c.isupper() for c in first) >= 2 or alone()
                     or first in _PT_PORTFOLIOS and prep.group(1) in ("da", "do")):
            cut = s + len(first)
            nxt = cut + len(text[cut:e]) - len(text[cut:e].lstrip())
            out += [(s, cut, first, label), (nxt, e, text[nxt:e], label)]
            continue
        out.append((s, e, surface, label))
    return out


# Portuguese surnames that close a double surname joined by "e" ("Gouveia e Melo", "Costa e Silva")
_PT_E_SURNAMES = frozenset("""
Melo Mello Silva Sousa Souza Castro Costa Cunha Vasconcelos Vasconcellos Menezes Meneses Albuquerque Brito Sá Lima
Almeida Moura Matos Cruz Noronha Távora Carvalho Oliveira Pereira Santos Bragança Lencastre Mendonça
""".split())


def _pt_join_e_surnames(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Portuguese: a name of two words or more, "e" and one of ``_PT_E_SURNAMES`` that no other name of the text
    holds alone ("O almirante Henrique Gouveia e Melo, antigo chefe …") are one name, not two people; later "Gouveia e
    Melo" joins too."""
    def alone(word: str, skip: int) -> bool:  # the surname named on its own elsewhere ("Costa" for someone else)
        return any(s_ != skip and t[2] == word and text[max(0, s_ - 3):s_] != " e " for t in found for s_ in (t[0],))

    out: list[tuple[int, int, str, str]] = []
    tails: set[str] = set()
    i = 0
    while i < len(found):
        a, b = found[i], found[i + 1] if i + 1 < len(found) else None
        if b is not None and text[a[1]:b[0]] == " e " and b[2] in _PT_E_SURNAMES and " " not in b[2] \
                and not re.match(r"\s+[A-ZÀ-Ú]", text[b[1]:b[1] + 3]) and not alone(b[2], b[0]) \
                and (len(a[2].split()) >= 2 or f"{a[2]} e {b[2]}" in tails):
            out.append((a[0], b[1], text[a[0]:b[1]], a[3]))
            tails.add(f"{a[2].split()[-1]} e {b[2]}")
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_BG_SURNAME = re.compile(r"(?:ов|ев|ова|ева|ски|ска|цки|цка)$")


def _bg_office_genitive(text: str, s: int) -> bool:
    """Whether an office's title and "на" stand right before ``s`` ("Кметът на ", "областният управител на ")."""
    m = re.search(r"(?:^|\s)([А-Яа-я-]{4,})\s+на\s$", text[max(0, s - 40):s])
    if m is None:
        return False
    w, titles = m.group(1).lower(), lexicon("bg").titles
    # (``removesuffix``, not ``rstrip``: "президентът".rstrip("ът") is "президен", no title)
    return w in titles or w.removesuffix("ът") in titles or w.removesuffix("ят") in titles \
        or len(w) > 5 and w.endswith(("а", "я")) and w[:-1] in titles


def _bg_split_genitive_names(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Bulgarian: a place or body in the genitive run together with the name after it ("кметът на Габрово Таня
    Христова", "кметът на Велико Търново Даниел Панов"): three or more capitalised words after "на", the last a
    surname, the one before it a first name (no surname's or patronymic's ending), the first words no surname:
    two mentions, the genitive's and the person's. So too a place after "в" ("посланикът в София Олеся
    Мирненко", a Ukrainian surname in "-енко" too)."""
    out = []
    for s, e, surface, label in found:
        parts = list(re.finditer(r"\S+", surface))
        settlement = re.search(r"(?:^|\s)(?:село|селото|град|града|градчето|с\.|гр\.)\s$", text[max(0, s - 9):s])
        if len(parts) in (3, 4) and (_bg_office_genitive(text, s) or settlement is not None) \
                and all(p.group(0)[:1].isupper() and p.group(0)[1:].islower() for p in parts) \
                and (_BG_SURNAME.search(parts[-1].group(0)) or settlement is None
                     and not parts[-1].group(0).endswith(("а", "я", "о", "е", "и", "у"))) \
                and not re.search(r"(?:ов|ев|ова|ева|ски|ска|вич|вна|ия)$", parts[-2].group(0)):
            # "Кметът на Кърджали Хасан Азис", "в село Ичера Стоян Драганов": an office's place or a village, then
            # the person's first name and surname (one with no Slavic ending too after an office)
            cut = parts[-2].start()
            head = surface[:parts[-3].end()]
            out.append((s, s + len(head), head, label))
            out.append((s + cut, e, surface[cut:], label))
            continue
        if len(parts) >= 3 and (text[max(0, s - 3):s] in ("на ", " в ") or text[max(0, s - 4):s] == "във ") \
                and all(p.group(0)[:1].isupper() for p in parts) \
                and (_BG_SURNAME.search(parts[-1].group(0)) or parts[-1].group(0).endswith("енко")) \
                and not re.search(r"(?:ов|ев|ова|ева|ски|ска|вич|вна)$", parts[-2].group(0)) \
                and (not any(_BG_SURNAME.search(p.group(0)) for p in parts[:-2])
                     or len(parts) == 3 and text[max(0, s - 3):s] == "на "):
            # ("Адвокатът на Станчев Петър Велев": one surname in the genitive, then the lawyer's first name and
            # surname)
            cut = parts[-2].start()
            head = surface[:parts[-3].end()]
            out.append((s, s + len(head), head, label))
            out.append((s + cut, e, surface[cut:], label))
            continue
        out.append((s, e, surface, label))
    return out


# -- junk names in Bulgarian, Portuguese and Russian (issue 19) ----------------------------------------------------

#: Words of the language's TITLES that are adjectives or complements of a title, not an office on their own: never
#: cut off a name's start ("Държавният департамент", "Генеральная прокуратура", "Negócios Estrangeiros").
_TITLE_NOT_NOUNS = frozenset("""
на външен външния външните бившият бивш държавен генерален отбраната
генеральный бывший официальный иностранных дел обороны
antigo antiga negócios estrangeiros defesa
""".split())
#: Titles the lexicons lack that open no name either ("o CEO da Partex", "o Eng. Guterres").
_EXTRA_TITLES = {"pt": frozenset("ceo eng dr dra prof profª".split()), "bg": frozenset(), "ru": frozenset()}
_PROPER_MARKS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad", "Init")
#: Russian parts of speech that are never a name ("Будучи", "Благодаря", "Согласно")
_RU_NEVER_NAME_POS = frozenset("GRND VERB INFN PRTS ADVB CONJ PREP PRCL NPRO INTJ PRED COMP".split())
# (not after an opening quote: a quoted word is a name as often as not, «Юг», "Победа"; not after an abbreviation:
# "им. Березняка")
_SENTENCE_END = re.compile(r"(?:^|(?<![\s.][a-zа-яё])(?<![\s.][a-zа-яё]{2})\.|[!?…:;\n]"
                           r"|[.!?…][»\"“”’)]|[—–])\s*$")
_ROMAN = re.compile(r"[IVXLCХІС]{1,6}")


@lru_cache(maxsize=4)
def _title_nouns(lang: str) -> frozenset[str]:
    titles = frozenset(w for w in lexicon(lang).titles if w not in _TITLE_NOT_NOUNS)
    return titles | _EXTRA_TITLES.get(lang, frozenset())


@lru_cache(maxsize=20_000)
def _is_title_word(word: str, lang: str) -> bool:
    """Whether ``word`` (as written) is an office or title word of ``lang``: "Глава", "Главе", "президентът", "CEO"."""
    low = word.lower().rstrip(".")
    if lang == "ru":
        parses = _morph().parse(low)
        if any(any(t in p.tag for t in _PROPER_MARKS) for p in parses):
            return False
        return any(p.tag.POS == "NOUN" and p.normal_form in _title_nouns("ru") for p in parses)
    return low in _title_nouns(lang)


def _cut_titles(found: list[tuple[int, int, str, str]], text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """A title or office opening a name is cut off when a capitalised word follows ("Главе Башкортостана" is
    "Башкортостана", "Presidente Putin" is "Putin"); a title alone is no name ("Глава", "CEO", "Eng")."""
    out = []
    for s, e, surface, label in found:
        parts = list(re.finditer(r"\S+", surface))
        k = 0
        while k < len(parts) - 1 and _is_title_word(parts[k].group(0), lang) and parts[k + 1].group(0)[:1].isupper():
            k += 1
        if len(parts) == 1 and _is_title_word(parts[0].group(0), lang):
            continue
        if k:
            cut = parts[k].start()
            out.append((s + cut, e, surface[cut:], label))
            continue
        out.append((s, e, surface, label))
    return out


@lru_cache(maxsize=20_000)
def _ru_place_or_body(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a place or a body and not as a first name."""
    return _morph().word_is_known(word) and not _is_first_name(word) and any(
        any(t in p.tag for t in ("Geox", "Orgn", "Abbr")) for p in _morph().parse(word))


def _split_place_before_person(found: list[tuple[int, int, str, str]], text: str, lang: str
                               ) -> list[tuple[int, int, str, str]]:
    """Bulgarian and Russian: a country, place or body written directly before a person's name ("на Австрия Карин
    Кнайсъл", "в ООН Василий Небензя") is its own mention: a name of three words or more whose first word is a
    place or body (an acronym, or a place or organisation in the Russian dictionary, and no first name) and whose
    second is a first name."""
    out = []
    for s, e, surface, label in found:
        parts = list(re.finditer(r"\S+", surface))
        if len(parts) >= 3 and all(p.group(0)[:1].isupper() for p in parts):
            first, second = parts[0].group(0), parts[1].group(0)
            place = (len(first) >= 2 and first.isupper() and first.isalpha()) or _ru_place_or_body(first.lower())
            if place and not second.isupper() and _is_first_name(second.lower()):
                out.append((s, s + parts[0].end(), first, label))
                out.append((s + parts[1].start(), e, surface[parts[1].start():], label))
                continue
        out.append((s, e, surface, label))
    return out


@lru_cache(maxsize=4)
def _lexicon_words(lang: str) -> frozenset[str]:
    """The function and verb words of ``lang``'s lexicon and spaCy's stop words: a capitalised one is a sentence's
    first word, no name."""
    lex = lexicon(lang)
    out = set(lex.stopwords) | set(lex.not_names) | set(lex.reporting_verbs) | set(lex.reporting_forms)
    out |= set(lex.reporting_gerunds) | set(lex.reporting_participles) | set(lex.relatives) | set(lex.complementizers)
    out |= set(lex.pronouns) | set(lex.quantifiers)
    try:  # spaCy's stop words of the language (its blank tokenizer marks them: capitalised_names skips them)
        from importlib import import_module

        out |= set(import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    except ImportError:
        pass
    return frozenset(w.lower() for w in out if " " not in w)


def _bg_forms(word: str) -> set[str]:
    """A Bulgarian word with and without its definite article ("победата", "победа")."""
    out = {word, _bg_lemma(word)}
    if len(word) > 4 and word.endswith(("та", "то", "те", "ът", "ят")):
        out.add(word[:-2])
    return out


def _common_word(word: str, lang: str, lower_words: set[str]) -> bool:
    """Whether ``word`` reads as a common word of ``lang``: Russian, a word pymorphy3 knows with no proper-name
    reading; Bulgarian and Portuguese, a word of the lexicon; any, a word the article also writes in lower case
    (its Bulgarian article off: "Победата" ... "победа"); Portuguese, a gerund ("Citando")."""
    low = word.lower()
    if low in lower_words or (lang == "bg" and not _bg_forms(low).isdisjoint(lower_words)):
        return True
    if lang == "ru":
        if re.fullmatch(r".{2,}(?:ов|ев|ёв|ин|ын)", low) or len(low) <= 3 or word.isupper():
            # read as a surname ("Сомов", also a plural genitive of "сом"), a short name ("Кин") or an acronym
            return False
        parses = _morph().parse(low)
        return _morph().word_is_known(low) and not any(any(t in p.tag for t in _PROPER_MARKS) for p in parses)
    if lang == "pt" and re.fullmatch(r"[a-zà-ú]{3,}(?:ando|endo|indo)", low):
        return True
    return low in _lexicon_words(lang)


def _drop_common_words(found: list[tuple[int, int, str, str]], text: str, lang: str, tagger=None,
                       aliases: dict | None = None) -> list[tuple[int, int, str, str]]:
    """One-word names that are common words of the language: a capitalised word that opens a sentence and reads as a
    common word (:func:`_common_word`: "Будучи", "Победата", "Citando"), unless the gazetteer knows it or the
    article writes it capitalised inside a sentence too, or it is a big actor's alias ("Кремль"); a Russian word
    that is never a noun or adjective ("Будучи", a gerund) anywhere; a Roman numeral before a lower-case word ("ХХ
    века"); a lone lower-case word the gazetteer does not know ("елена"). A word of another, longer name of the
    article stays ("Fernando disse" after "Fernando Haddad", "Сомов" after "Павла Сомова")."""
    gazetteer = getattr(tagger, "gazetteer_", frozenset())
    aliases = aliases or {}  # (the entities layer's alias table, passed in: it imports this module)
    lower_words: set[str] = set()
    capital_inside: set[str] = set()
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        w = m.group(0)
        if w.islower():
            lower_words.add(w)
            if lang == "bg":
                lower_words |= _bg_forms(w)
        elif w[:1].isupper() and not _SENTENCE_END.search(text[max(0, m.start() - 8):m.start()]):
            capital_inside.add(w.lower())
    in_names = {w for _, _, surface, _ in found if " " in surface.strip()
                for w in surface.lower().split() + lemma_key(surface, lang).split()}
    out = []
    for s, e, surface, label in found:
        word = surface.strip()
        low = word.lower()
        if " " not in word and word.islower() and word.isalpha() and low not in gazetteer:
            continue  # a lone lower-case word the gazetteer does not know ("елена", "на запад")
        if " " not in word and word[:1].isupper() and low not in gazetteer and low not in in_names \
                and lemma_key(low, lang) not in aliases:
            if _ROMAN.fullmatch(word) and re.match(r"\s+[a-zа-яё]", text[e:e + 3]):
                continue
            if lang == "ru" and not word.isupper() and _morph().word_is_known(low) and all(
                    p.tag.POS in _RU_NEVER_NAME_POS for p in _morph().parse(low)):
                continue
            if _SENTENCE_END.search(text[max(0, s - 8):s]) and low not in capital_inside \
                    and _common_word(word, lang, lower_words):
                continue
        out.append((s, e, surface, label))
    return out


_RU_REGION_ADJ = r"[А-ЯЁ][а-яё]+(?:ая|ой|ую|ою)"
_BG_REGION_ADJ = r"[А-Я][а-я]+(?:ска|цка|нска)"
_REGIONS = {
    "ru": ((re.compile(rf"((?:{_RU_REGION_ADJ}\s*,\s*)*{_RU_REGION_ADJ}\s+и\s+)({_RU_REGION_ADJ})\s+"
                       r"(област(?:и|ей|ям|ями|ях))\b"), "область"),
           (re.compile(rf"((?:{_RU_REGION_ADJ}\s*,\s*)*{_RU_REGION_ADJ}\s+и\s+)({_RU_REGION_ADJ})\s+"
                       r"([Нн]ародн(?:ые|ых|ым|ыми)\s+[Рр]еспублик(?:и|ам|ами|ах)?)\b"), "народная республика")),
    "bg": ((re.compile(rf"((?:{_BG_REGION_ADJ}\s*,\s*)*{_BG_REGION_ADJ}\s+и\s+)({_BG_REGION_ADJ})\s+"
                       r"(област(?:и|ите)?)\b"), "област"),),
}


_LIST_GAP = re.compile(r"\s*,\s*")


def _list_matches(pattern: re.Pattern, adjective: re.Pattern, text: str) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern that opens with a comma-separated list of ``adjective`` items, tried
    only where such a list starts: an item after "X, " matches only if the list from X does (one more item), which
    was tried first, so the matches are the same. Trying every item of a long list again was quadratic ("Запорожская,
    " thousands of times: 4 s at 40,000 characters)."""
    out: list[re.Match] = []
    pos = 0
    prev = None
    for a in adjective.finditer(text):
        listed = prev is not None and prev.start() >= pos and _LIST_GAP.fullmatch(text, prev.end(), a.start())
        prev = a
        if a.start() < pos or listed:
            continue
        m = pattern.match(text, a.start())
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _coordinated_regions(found: list[tuple[int, int, str, str]], text: str, lang: str
                         ) -> list[tuple[int, int, str, str]]:
    """Regions coordinated before one plural noun ("Запорожская и Херсонская области", "Черкасской, Николаевской и
    Сумской областей", "Сумска и Полтавска области", "Донецкая и Луганская народные республики"): each adjective is
    a mention of its own region, named with the noun in the singular ("Херсонская область", "Луганская народная
    республика"), so each region is one entity with its other mentions."""
    if lang not in _REGIONS:
        return found
    adjective = _RU_REGION_ADJ if lang == "ru" else _BG_REGION_ADJ
    regions = []
    for pattern, noun in _REGIONS[lang]:
        for m in _list_matches(pattern, re.compile(adjective), text):
            for a in re.finditer(adjective, m.group(1)):
                regions.append((m.start(1) + a.start(), m.start(1) + a.end(), noun))
            regions.append((m.start(2), m.end(3), noun))
    if not regions:
        return found
    # (the overlap test by bisection: a scan of every region per name was quadratic in a text of thousands of them)
    spans = sorted((a, b) for a, b, _ in regions)
    starts = [a for a, _ in spans]
    longest = max(b - a for a, b in spans)
    out = [f for f in found if not any(a < f[1] and f[0] < b for a, b in
                                       spans[bisect.bisect_left(starts, f[0] - longest):
                                             bisect.bisect_left(starts, f[1])])]
    for a, b, noun in regions:
        adjective = text[a:b].split()[0]
        out.append((a, b, f"{adjective} {noun}", "LOC"))
    return sorted(out)


#: Bulgarian nouns of places and states that a capitalised adjective before them names ("Черно море", "Курска
#: област", "Руска федерация"), and the adjectives of direction that open a place's name ("Северна Америка")
_BG_PLACE_NOUNS = frozenset("""
море морета океан област федерация република империя залив река езеро планина полуостров пустиня остров острови
""".split())
_BG_DIRECTIONS = frozenset("северна южна източна западна централна северно южно източно западно централно".split())
_BG_INDEFINITE_ADJECTIVE = re.compile(r"(?:[скцнвлрдтжзо]н[аио]|ск[аио]|цк[аио]|ен|ски|ов[аио]|ев[аио])$")


def _bg_join_adjective_places(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Bulgarian: a capitalised adjective found alone before a place noun written in lower case takes it ("Черно
    море", "Курска област", "Руска федерация"), and an adjective of direction joins the one-word name after it
    ("Северна Америка", "Източна Европа"): Bulgarian capitalises only a name's first word, so the adjective alone
    was a fragment."""
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(found):
        s, e, surface, label = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if " " not in surface and _BG_INDEFINITE_ADJECTIVE.search(surface.lower()):
            m = re.match(r" ([а-я]+)\b", text[e:e + 30])
            if m and m.group(1) in _BG_PLACE_NOUNS and not (nxt and nxt[0] < e + m.end()):
                out.append((s, e + m.end(), text[s:e + m.end()], label))
                i += 1
                continue
            if surface.lower() in _BG_DIRECTIONS and nxt and text[e:nxt[0]] == " " and " " not in nxt[2]:
                out.append((s, nxt[1], text[s:nxt[1]], nxt[3]))
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out


#: Russian acronyms of armed forces that take their country after them ("ВС РФ", "ВМС Украины")
_RU_FORCES = frozenset("вс вмс ввс вкс вмф".split())


def _ru_body_head(surface: str) -> str:
    """The head of a Russian body's name: its first noun's lemma ("Вооруженных сил" -> "сила", "Министерства
    обороны" -> "министерство"), or the acronym ("МЧС" -> "мчс"); "" where no word is a noun."""
    for word in surface.lower().split():
        parses = _morph().parse(word)
        if parses and parses[0].tag.POS == "NOUN":
            return parses[0].normal_form.replace("ё", "е")
    return ""


def _ru_country_genitive(word: str) -> bool:
    """Whether ``word`` can be a place in the genitive ("России", "РФ", "Украины", "США"), per the dictionary."""
    return any("Geox" in p.tag and "gent" in p.tag for p in _morph().parse(word.lower()))


def _ru_title_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a title ("Глава МИД Венгрии", "министр обороны"): the phrase
    names the body's head, whom the attribution layer finds by the country after the title."""
    m = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    return bool(m) and _is_title_word(m.group(1), "ru")


def _ru_join_forces(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Russian: an armed forces' acronym and the country after it ("ВС РФ", "ВС России", "ВМС Украины") are one
    name, as the annotators mark it; alone "ВС" is a fragment. A country is one word the dictionary reads as a
    place or an acronym. So is a state body and its country in the genitive ("МЧС России", "Минобороны РФ",
    "Вооруженных сил Украины", "Следственный комитет России": :data:`~narrascope.lang.ru.BODIES_OF_A_COUNTRY`):
    the annotators never mark the country alone there; not after a title ("Глава МИД Венгрии" names a minister,
    found by his country)."""
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and text[a[1]:b[0]] == " " and " " not in b[2] and (
                a[2].lower() in _RU_FORCES and (b[2].isupper() or _ru_place_or_body(b[2].lower()))
                or _ru_body_head(a[2]) in BODIES_OF_A_COUNTRY and _ru_country_genitive(b[2])
                and not _ru_title_before(text, a[0])):
            out.append((a[0], b[1], text[a[0]:b[1]], "ORG"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_RU_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


def _ru_agree(a, b) -> bool:
    """Whether two pymorphy3 parses can agree in case and number (a plural noun of a group: any gender)."""
    return a.tag.case == b.tag.case and a.tag.number == b.tag.number


def _ru_national_groups(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Russian: a country's adjective and a group noun that agree with it ("российские военные", "Украинские
    власти", "киевских властей", "западных стран", "украинское военное начальство" with one more adjective between)
    name that side's people or bodies, one mention the annotators mark (:data:`~narrascope.lang.ru.
    NATIONAL_ADJECTIVES`, :data:`~narrascope.lang.ru.GROUP_NOUNS`); not where the noun is itself an adjective before
    another noun ("российских военных объектов"), before a group's name in quotes ("российской группировки «Юг»"),
    or where a name already covers a word of it. A person noun counts in the plural only ("российского военного" is
    one soldier), a collective one (:data:`~narrascope.lang.ru.COLLECTIVE_NOUNS`: "украинскую власть") in both."""
    words = list(_RU_WORD.finditer(text))
    spans = sorted((s, e) for s, e, _, _ in found)
    starts = [s for s, _ in spans]
    out = list(found)

    def covered(s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, e)
        return k > 0 and any(spans[j][1] > s for j in range(max(0, k - 3), k))

    def adj_parses(w: str):
        return [p for p in _morph().parse(w.lower()) if p.tag.POS == "ADJF"]

    stems = tuple(sorted({a[:-2] for a in NATIONAL_ADJECTIVES}))  # ("российск", ...): parse only those words
    i = 0
    while i < len(words) - 1:
        adj = [p for p in adj_parses(words[i].group(0)) if p.normal_form.replace("ё", "е") in NATIONAL_ADJECTIVES
               ] if words[i].group(0).lower().startswith(stems) else []
        if not adj:
            i += 1
            continue
        for gap in (0, 1):
            j = i + 1 + gap
            if j >= len(words) or any(not re.fullmatch(r"\s+", text[words[k].end():words[k + 1].start()])
                                      for k in range(i, j)):
                break
            noun = words[j].group(0)
            if not noun.islower():
                break
            readings = [p for p in _morph().parse(noun) if p.tag.POS in ("NOUN", "ADJF")]
            lemma = readings[0].normal_form.replace("ё", "е") if readings else ""  # its likeliest reading
            nouns = [p for p in readings if p.normal_form.replace("ё", "е") == lemma and lemma in GROUP_NOUNS
                     and (p.tag.number == "plur" or lemma in COLLECTIVE_NOUNS) and any(_ru_agree(a, p) for a in adj)]
            middle = adj_parses(words[i + 1].group(0)) if gap else []
            if gap and not any(_ru_agree(a, m) for a in adj for m in middle):
                break
            if not nouns:
                continue
            nxt = words[j + 1] if j + 1 < len(words) else None
            if nxt is not None and re.fullmatch(r"\s+", text[words[j].end():nxt.start()]) and any(
                    p.tag.POS == "NOUN" and any(_ru_agree(n, p) for n in nouns)
                    for p in _morph().parse(nxt.group(0).lower())[:1]):
                break  # "российских военных объектов": the noun is an adjective of the next one
            if re.match(r"\s*(?:войск\s*)?[«\"„]", text[words[j].end():]):
                break  # a named group follows: "российской группировки «Юг»", "группировка войск «Запад»"
            s, e = words[i].start(), words[j].end()
            if not covered(s, e):
                out.append((s, e, text[s:e], "NORP"))
                i = j
            break
        i += 1
    return sorted(out)


_BRACKETS = re.compile(r"\s*[()]\s*")


def _ru_split_brackets(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Russian: a name and the acronym or region in brackets after it ("Вооруженных сил Украины (ВСУ)", "Торецка
    (ДНР)", "ISW (Институт изучения войны)") are two mentions, as the annotators mark them; a bracket left at a
    name's edge ("ОП)") is cut off. Each piece keeps the label; a piece with no letter is dropped."""
    out = []
    for s, e, surface, label in found:
        if "(" not in surface and ")" not in surface:
            out.append((s, e, surface, label))
            continue
        pos = 0
        for m in [*_BRACKETS.finditer(surface), None]:
            end = m.start() if m is not None else len(surface)
            piece = surface[pos:end]
            if any(c.isalpha() for c in piece):
                lead = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                out.append((s + pos + lead, s + pos + lead + len(piece), piece, label))
            if m is not None:
                pos = m.end()
    return out


#: Bulgarian capitalises only a name's first word: a capitalised noun with its article, or an ordinal, before these
#: words is the first word of a longer name or phrase ("Съвета за сигурност", "Института за стратегически
#: изследвания", "Устава на ООН", "Втората световна война"), a fragment alone
_BG_NAME_GOES_ON = re.compile(r"\s+(?:(?:за|по|от)\s+[а-я]|на\s+(?:[а-я]|[А-Я]{2,}\b)|световна\b)")
#: (the endings of a noun with its article: not a bare "-та"/"-то", which names end in too: "Марта", "Торонто")
_BG_DEFINITE = ("ата", "ята", "ото", "ето", "ета", "тта", "ута", "ът", "ят")


def _bg_fragments(found: list[tuple[int, int, str, str]], text: str, gazetteer: frozenset[str]
                  ) -> list[tuple[int, int, str, str]]:
    """Bulgarian one-word fragments: a capitalised noun with its article (or an ordinal) that opens a longer name or
    phrase (:data:`_BG_NAME_GOES_ON`); the piece of a hyphenated word before a lower-case part ("[Азиатско]-
    тихоокеанския"). A name the gazetteer knows stays. A name followed by a
    hyphen and a capitalised part takes it when it is a name of two words or more or a Latin word ("Владислав
    Косиняк-Камиш", "Lend-Lease"), unless the gazetteer knows either part ("Украйна-Русия": a dash without spaces)."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, surface, label in found:
        word = surface.strip()
        if " " not in word and word[:1].isupper() and not word.isupper():
            low = word.lower()
            if re.match(r"-[a-zа-я]", text[e:e + 2]):
                continue  # a piece of a hyphenated word ("места-Брюксел" is a dash without spaces: kept)
            if low not in gazetteer and len(low) > 4 and low.endswith(_BG_DEFINITE) and _BG_NAME_GOES_ON.match(text, e):
                continue
        joined = re.match(r"-([A-ZА-Я][a-zа-я]+)\b", text[e:e + 30])
        if joined and (not out or out[-1][1] <= s) and not surface.isupper() and surface.lower() not in gazetteer \
                and joined.group(1).lower() not in gazetteer \
                and (" " in surface.strip() or re.fullmatch(r"[A-Za-z]+", surface.strip())):
            # (a person's double surname after the first name, a Latin word; not "Суми-Курск", two places)
            e2 = e + joined.end()
            out.append((s, e2, text[s:e2], label))
            continue
        if out and out[-1][1] > s:
            continue  # the part after the hyphen, taken by the name before it
        out.append((s, e, surface, label))
    return out


#: English words inside an English name quoted in another language ("Friends of the Earth", "Our World in Data")
_EN_NAME_LINKS = re.compile(r" (?:of(?: the)?|in|for|on) ")
#: Portuguese: the words before a ministry's portfolio ("Ministro da [Economia]", "Ministério da Cultura, da [Saúde] e
#: do [Ensino]"): the portfolio alone is no entity
_PT_PORTFOLIO_BEFORE = re.compile(r"(?:Minist[ée]rio|Ministr[oa]|Secret[áa]ri[oa](?: de Estado)?)\s+"
                                  r"(?:(?:d[aoe]s?\s+)?[A-ZÀ-Ú][\w-]*(?:\s+[A-ZÀ-Ú][\w-]*)*(?:\s*,\s*|\s+e\s+))*"
                                  r"d[aoe]s?\s+$")


def _pt_drop_portfolios(found: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Portuguese: a one-word name right after a minister's or ministry's "da/do" (or after the portfolios listed
    before it) is the portfolio, no entity ("o Ministro da Economia", "Ministério da Cultura, da Saúde e do Ensino")."""
    return [f for f in found if " " in f[2].strip() or not _PT_PORTFOLIO_BEFORE.search(text[max(0, f[0] - 90):f[0]])]


def _join_latin_runs(found: list[tuple[int, int, str, str]], text: str, lang: str
                     ) -> list[tuple[int, int, str, str]]:
    """Latin-script names found word by word are one name: in Bulgarian and Russian text when only a space stands
    between them ("The", "Washington", "Post": "The Washington Post"); in any of the three, an English name's "of
    (the)", "in", "for", "on" between two capitalised Latin names ("Friends of the Earth", "Our World in Data")."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, surface, label in found:
        gap = text[out[-1][1]:s] if out else ""
        if out and (gap == " " and lang in ("bg", "ru") or _EN_NAME_LINKS.fullmatch(gap)) \
                and re.fullmatch(r"[A-Za-z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*)*", out[-1][2].strip()) \
                and re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*)*", surface.strip()):
            ps = out[-1][0]
            out[-1] = (ps, e, text[ps:e], out[-1][3] if out[-1][2].strip() != "The" else label)
            continue
        out.append((s, e, surface, label))
    return out


#: temperature scales, never an actor ("37 градуса по Целзий", "graus Celsius")
_SCALES = frozenset("celsius fahrenheit целзий фаренхайт цельсия цельсию цельсий фаренгейта фаренгейт".split())


def clean_names(found: list[tuple[int, int, str, str]], text: str, lang: str, tagger=None,
                aliases: dict | None = None) -> list[tuple[int, int, str, str]]:
    """Bulgarian, Portuguese and Russian names without the junk issue 19 lists: titles cut off or dropped, a place
    before a person split off, common words opening a sentence dropped, acronyms of common nouns, temperature scales
    and Portuguese months dropped, coordinated regions each named, an armed forces' acronym joined to its country, a
    Bulgarian adjective joined to its place noun, Bulgarian fragments of longer names dropped, Portuguese portfolios
    dropped, Latin-script names found word by word joined."""
    if lang not in ("bg", "pt", "ru"):
        return found
    found = _cut_titles(found, text, lang)
    if lang in ("bg", "ru"):
        found = _split_place_before_person(found, text, lang)
    found = _drop_common_words(found, text, lang, tagger, aliases)
    lex = lexicon(lang)
    # "ПВО", "НДС", "ДДС", "PIB": an acronym of a common noun is no name; nor a temperature scale ("graus Celsius",
    # "по Целзий"), nor a Portuguese month alone ("29 de Novembro": European Portuguese wrote months with a capital;
    # Russian and Bulgarian do not, so a capitalised "Октября" there is a name: the village of "в районе Октября")
    found = [f for f in found if not (f[2].strip().isupper() and f[2].strip().lower() in lex.common_acronyms)
             and not (" " not in f[2].strip() and (lang == "pt" and len(f[2].strip()) >= 4
                                                   and f[2].strip().lower() in lex.months
                                                   or f[2].strip().lower() in _SCALES))]
    if lang == "ru":
        found = _ru_join_forces(_ru_split_brackets(sorted(found), text), text)
        found = _ru_national_groups(found, text)
    if lang == "bg":
        found = _bg_join_adjective_places(sorted(found), text)
        found = _bg_fragments(sorted(found), text, getattr(tagger, "gazetteer_", frozenset()))
    if lang == "pt":
        found = _pt_drop_portfolios(sorted(found), text)
    found = _join_latin_runs(sorted(found), text, lang)
    return _coordinated_regions(found, text, lang)
