"""The ``entities`` analyser: spaCy's named-entity mentions grouped into canonical entities.

Grouping rules, in order:

1. aliases of the big actors of world news ("US", "U.S.", "United States", "America", "American",
   "Washington" -> *United States*; "Kremlin", "Moscow", "Russian" -> *Russia*; ...);
2. people: a one-word name ("Trump") joins the longest full name ending (or starting) with it
   ("Donald Trump"); titles ("US President", "Mr") are dropped;
3. organisations: an acronym joins the full name whose initials it spells ("NATO" ~ "North Atlantic Treaty
   Organization");
4. otherwise mentions with the same normalised text are one entity.

English articles also get *groups of people* (type ``GROUP``: "Ukrainian civilians", "the residents of Kharkiv",
"pensioners"), read from the parse by :func:`_group_mentions` with a closed list of head nouns
(:data:`narrascope.lang.en.GROUP_HEADS`); one entity per group per article. Bulgarian, Hindi, Portuguese and Russian
articles get them too, from the words and each language's ``GROUP_HEADS`` (:mod:`.multilingual_groups`: "мирные
жители", "жителите на Харков", "os moradores de Porto Alegre", "आम नागरिक"). The quote and claim speaker resolver and
the persuasion span rules do not use them.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import cache, lru_cache

from ..lang import lexicon
from ..lang.en import (
    GROUP_HEADS_MODIFIED,
    GROUP_PLURALS,
    INSTITUTION_NOUNS,
    KNOWN_ORG_PATTERN,
    KNOWN_ORGS,
    NAME_PARTICLES,
    ROLE_WORDS,
    US_STATE_ABBREVIATIONS,
    group_word,
)
from ..models.sentences import doc_text
from ..registry import Document, analyser
from ..schema import Entity, Mention
from .multilingual_groups import people_group_key, people_group_name, people_groups
from .multilingual_names import (
    lemma_key,
    multilingual_names,
    ru_common_word,
    ru_display_name,
    ru_glued_name,
    ru_known_form,
    ru_nominative_full_name,
    ru_single_form,
    ru_womans_nominative,
)

KEPT_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}  # NAME: a name in a language without NER

_ALIAS_GROUPS = {
    ("United States", "GPE"): "us u.s. u.s usa u.s.a. america united states united states of america american "
                              "americans washington white house",
    ("Russia", "GPE"): "russia russian russians moscow kremlin russian federation",
    ("Ukraine", "GPE"): "ukraine ukrainian ukrainians kyiv kiev",
    ("United Kingdom", "GPE"): "uk u.k. britain great britain united kingdom british london",
    ("China", "GPE"): "china chinese beijing prc",
    ("European Union", "ORG"): "eu e.u. european union brussels",
    ("NATO", "ORG"): "nato north atlantic treaty organization north atlantic treaty organisation "
                     "north atlantic alliance",
    ("United Nations", "ORG"): "un u.n. united nations",
    ("Germany", "GPE"): "germany german germans berlin",
    ("France", "GPE"): "france french paris",
    ("Poland", "GPE"): "poland polish poles warsaw",
    ("Belarus", "GPE"): "belarus belarusian belarusians",
    ("Israel", "GPE"): "israel israeli israelis",
    ("Iran", "GPE"): "iran iranian iranians tehran",
    ("United Arab Emirates", "GPE"): "uae u.a.e. united arab emirates abu dhabi",
    ("Europe", "LOC"): "europe european europeans",
    ("the West", "LOC"): "west the west western",
    ("IAEA", "ORG"): "iaea international atomic energy agency",
    ("World Health Organization", "ORG"): "world health organization world health organisation",
    ("IMF", "ORG"): "imf international monetary fund",
    ("OSCE", "ORG"): "osce organization for security and co-operation in europe",
}
# Multi-word aliases must be matched on the whole normalised mention, so keep them as phrases.
_ALIASES: dict[str, tuple[str, str]] = {}
_PHRASES = {
    "united states", "united states of america", "white house", "russian federation", "great britain",
    "united kingdom", "european union", "north atlantic treaty organization", "north atlantic treaty organisation",
    "north atlantic alliance", "united nations", "the west", "international atomic energy agency",
    "world health organization", "world health organisation", "international monetary fund",
    "organization for security and co-operation in europe", "united arab emirates", "abu dhabi",
}
for (_canon, _type), _words in _ALIAS_GROUPS.items():
    rest = " " + _words + " "
    for phrase in sorted(_PHRASES, key=len, reverse=True):
        if f" {phrase} " in rest:
            _ALIASES[phrase] = (_canon, _type)
            rest = rest.replace(f" {phrase} ", " ")
    for w in rest.split():
        _ALIASES[w] = (_canon, _type)

# The same actors in the other four languages, as written (lemmatised when used). Entities of these groups are
# named by the English canonical name in every language: the store, search, trends and spread link entities
# across articles by name, so "США", "САЩ", "EUA" and "अमेरिका" must all be "United States" there.
_NATIVE_ALIASES = {
    "United States": {
        "ru": "сша|соединенные штаты|соединенные штаты америки|америка|вашингтон|белый дом",
        "bg": "сащ|съединените щати|съединени щати|америка|вашингтон|белия дом|белият дом",
        "pt": "eua|estados unidos|estados unidos da américa|américa|washington|casa branca",
        "hi": "अमेरिका|अमरीका|संयुक्त राज्य अमेरिका|यूएस|यूएसए|वाशिंगटन|वॉशिंगटन|व्हाइट हाउस"},
    "Russia": {
        "ru": "россия|российская федерация|рф|москва|кремль",
        "bg": "русия|руската федерация|москва|кремъл|кремъла|кремълът",
        "pt": "rússia|federação russa|moscovo|moscou|kremlin",
        "hi": "रूस|रशिया|मास्को|मॉस्को|क्रेमलिन"},
    "Ukraine": {
        "ru": "украина|киев", "bg": "украйна|киев", "pt": "ucrânia|kiev|kyiv|kiiv", "hi": "यूक्रेन|कीव"},
    "United Kingdom": {
        "ru": "великобритания|британия|лондон", "bg": "великобритания|британия|лондон",
        "pt": "reino unido|grã-bretanha|londres", "hi": "ब्रिटेन|यूके|लंदन"},
    "China": {"ru": "китай|пекин", "bg": "китай|пекин", "pt": "china|pequim", "hi": "चीन|बीजिंग"},
    "European Union": {
        "ru": "ес|евросоюз|европейский союз|брюссель", "bg": "ес|европейския съюз|европейският съюз|брюксел",
        "pt": "ue|união europeia|bruxelas", "hi": "यूरोपीय संघ|ईयू"},
    "NATO": {"ru": "нато|североатлантический альянс", "bg": "нато|северноатлантическия алианс|алианса",
             "pt": "otan|nato|aliança atlântica", "hi": "नाटो"},
    "United Nations": {"ru": "оон", "bg": "оон", "pt": "onu|nações unidas", "hi": "संयुक्त राष्ट्र|यूएन"},
    "Germany": {"ru": "германия|берлин", "bg": "германия|берлин", "pt": "alemanha|berlim", "hi": "जर्मनी|बर्लिन"},
    "France": {"ru": "франция|париж", "bg": "франция|париж", "pt": "frança|paris", "hi": "फ्रांस|पेरिस"},
    "Poland": {"ru": "польша|варшава", "bg": "полша|варшава", "pt": "polónia|polônia|varsóvia", "hi": "पोलैंड"},
    "Belarus": {"ru": "белоруссия|беларусь|минск", "bg": "беларус|минск", "pt": "bielorrússia|belarus",
                "hi": "बेलारूस"},
    "Israel": {"ru": "израиль", "bg": "израел", "pt": "israel", "hi": "इजराइल|इज़राइल|इसराइल"},
    "Iran": {"ru": "иран|тегеран", "bg": "иран|техеран", "pt": "irão|irã|teerão", "hi": "ईरान"},
    # ("Эмираты" alone is the country too; "арабские страны" are no one country and are left alone)
    "United Arab Emirates": {"ru": "оаэ|объединенные арабские эмираты|эмираты|абу-даби",
                             "bg": "оае|обединените арабски емирства|обединени арабски емирства|абу даби",
                             "pt": "eau|emirados árabes unidos|emirados|abu dhabi",
                             "hi": "यूएई|संयुक्त अरब अमीरात|अबू धाबी"},
    "Europe": {"ru": "европа", "bg": "европа", "pt": "europa", "hi": "यूरोप"},
    "the West": {"ru": "запад", "bg": "запад|запада|западът", "pt": "ocidente", "hi": "पश्चिम|पश्चिमी देश|पश्चिमी देशों"},
    # An organisation and its acronym are one actor ("Международное агентство по атомной энергии" and "МАГАТЭ"
    # were two entities): the acronym is not built from the name's initials in these languages.
    "IAEA": {"ru": "магатэ|международное агентство по атомной энергии",
             "bg": "маае|международната агенция за атомна енергия|международна агенция за атомна енергия",
             "pt": "aiea|agência internacional de energia atómica|agência internacional de energia atômica",
             "hi": "आईएईए|अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी"},
    "World Health Organization": {"ru": "воз|всемирная организация здравоохранения",
                                  "bg": "сзо|световната здравна организация|световна здравна организация",
                                  "pt": "oms|organização mundial da saúde", "hi": "डब्ल्यूएचओ|विश्व स्वास्थ्य संगठन"},
    "IMF": {"ru": "мвф|международный валютный фонд", "bg": "мвф|международния валутен фонд|международният валутен фонд",
            "pt": "fmi|fundo monetário internacional", "hi": "आईएमएफ|अंतरराष्ट्रीय मुद्रा कोष"},
    "OSCE": {"ru": "обсе|организация по безопасности и сотрудничеству в европе", "bg": "обсе|оссе",
             "pt": "osce|organização para a segurança e cooperação na europa", "hi": "ओएससीई"},
}


@lru_cache(maxsize=8)
def _aliases_for(lang: str | None) -> dict[str, tuple[str, str]]:
    """The alias table for ``lang``: the English aliases plus the language's own, keyed by lemma key."""
    if lang not in _LEMMA_LANGS:
        return _ALIASES
    types = {c: t for (c, t) in _ALIAS_GROUPS}
    out = dict(_ALIASES)
    for canon, forms in _NATIVE_ALIASES.items():
        for form in forms.get(lang, "").split("|"):
            if form:
                out[lemma_key(form, lang)] = (canon, types[canon])
    return out


_TITLES = {
    "president", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
    "senator", "rep", "rep.", "gen", "gen.", "general", "chancellor", "secretary", "state", "foreign",
    "defense", "defence", "vice", "former", "us", "u.s.", "ukrainian", "russian", "american", "british",
    "pope", "king", "queen", "prince", "sir", "lord", "ambassador", "spokesman", "spokeswoman", "governor",
    "mayor", "colonel", "col.", "lt.", "captain", "commander", "leader", "premier", "chairman", "ceo",
}
_STOP_INITIAL = {"of", "the", "and", "for", "&"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: The bracket a mention may end in ("World Economic Forum (WEF": :func:`_with_brackets`); not part of its name.
_OPEN_BRACKET = re.compile(r"(?<=\S)\s+\([^()]*$")


#: Quote marks around a nickname inside a name ("Deanna \"Violet\" Coco", "‘Jim’ Dale"): no part of the name.
_NICKNAME_QUOTES = re.compile(r"""(^|\s)["“‘']?([A-Z][\w.-]*)["”’'](?=\s)""")


def _unquoted(text: str) -> str:
    return _NICKNAME_QUOTES.sub(r"\1\2", text)


def _base_normalise(text: str) -> str:
    """Lower-case, drop a leading 'the', a possessive ending, surrounding punctuation and a nickname's quote marks."""
    # (an editor's square brackets inside a name are no part of it: "[президента Перу Альберто] Фухимори")
    t = _unquoted(" ".join(_OPEN_BRACKET.sub("", text).split()).strip(" .,;:\"'“”‘’()[]").replace("[", "")
                  .replace("]", ""))
    t = _POSSESSIVE.sub("", t)
    low = t.lower()
    if low.startswith("the "):
        low = low[4:]
    return low


def _strip(words: list[str], titles, bodies: frozenset[str] = frozenset()) -> list[str]:
    """``words`` without the titles that open them; a title before a noun of ``bodies`` is part of an
    organisation's name, not a person's title ("विदेश मंत्रालय" stays whole: "मंत्रालय" alone would merge every
    ministry into one entity)."""
    i = 0
    while i < len(words) - 1 and words[i].lower() in titles and words[i + 1].lower() not in bodies:
        i += 1
    return words[i:]


def _strip_titles(words: list[str]) -> list[str]:
    return _strip(words, _TITLES)


normalise = _base_normalise
_LEMMA_LANGS = {"bg", "hi", "pt", "ru"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _STOP_INITIAL and w[:1].isalpha()).lower()


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_GLUED_SUFFIX = re.compile(r"(?<=\w)-[a-z]+$")


def _trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading 'the ' and a trailing possessive ("Joe Biden’s") from a mention span."""
    seg = text[start:end]
    if seg.lower().startswith("the ") and end - start > 4:
        start += 4
    seg = text[start:end]
    m = _POSSESSIVE.search(seg)
    if m and m.start() > 0 and m.group(0) in ("'s", "’s"):
        end = start + m.start()
    if _DOTTED.search(text[start:end]):
        end -= 1  # "U.S." ends at "U.S", as the SemEval annotators mark it: the last dot may end the sentence
    return start, end


def _unglued(mention: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A raw mention without a lower-case word hyphenated onto the name ("Bill Gates-connected",
    "Kremlin-backed"): the name is the actor, the compound an adjective."""
    start, end, surface, label = mention
    m = _GLUED_SUFFIX.search(surface)
    if m is None or not surface[:1].isupper():
        return mention
    cut = len(surface) - m.start()
    return start, end - cut, surface[:m.start()], label


#: Generational suffixes that end a full name and are not its surname: "Pielke" after "Roger Pielke Jr.".
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _without_suffix(words: list[str]) -> list[str]:
    """A person's name words without a generational suffix after the surname ("roger pielke jr" -> "roger
    pielke"); a two-word name keeps its words (the suffix alone would then be the surname)."""
    return words[:-1] if len(words) > 2 and words[-1] in _NAME_SUFFIXES else words


def _one_label_per_name(raw: list[tuple[int, int, str, str]], key=None) -> list[tuple[int, int, str, str]]:
    """Give every mention of the same name the same label: the NER model may call "Greenpeace" an ORG in one
    sentence and a PERSON in the next, which would split one actor in two. The most frequent label wins, ties
    going to the label of the first mention."""
    key = key or normalise
    votes: dict[str, Counter] = defaultdict(Counter)
    first: dict[str, str] = {}
    for _, _, surface, label in raw:
        norm = key(surface)
        votes[norm][label] += 1
        first.setdefault(norm, label)
    chosen = {}
    for norm, counts in votes.items():
        top = max(counts.values())
        chosen[norm] = first[norm] if counts[first[norm]] == top else counts.most_common(1)[0][0]
    return [(s, e, surface, chosen[key(surface)]) for s, e, surface, _ in raw]


_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")


def _patronymic_names(person_names: list[tuple[list[str], str]]) -> dict[str, str]:
    """A first name and patronymic ("Радий Фаритович") -> the one full name of the article with that first name
    and a surname ("Радий Хабиров"), keys as normalised; none when two such people share the first name."""
    full: dict[str, dict[str, str]] = defaultdict(dict)  # first name -> surname -> its longest full name
    for words, _ in sorted(person_names, key=lambda wp: -len(wp[0])):
        if len(words) >= 2 and not _PATRONYMIC.search(words[-1]):
            full[words[0]].setdefault(words[-1], " ".join(words))
    out = {}
    for words, _ in person_names:
        if len(words) == 2 and _PATRONYMIC.search(words[1]) and len(full.get(words[0], ())) == 1:
            out[" ".join(words)] = next(iter(full[words[0]].values()))
    return out


def _ru_case_form_names(full_names: dict[str, str], nominative: set[str],
                        womens: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """Russian full names (keys) of two words that are case forms of another full name of the article which is
    written as its lemma (the nominative), word by word: "риш сунака" (of "Риши Сунака", which pymorphy3 cannot
    lemmatise) -> "риши сунак" (written "Риши Сунак"). Two people who share a surname stay apart: their first names
    are no case forms of each other ("Пётр Порошенко", "Алексей Порошенко"), nor is a name written as a woman's
    nominative (``womens``: "Валентина Иванова") a case of a man's ("Валентин Иванов")."""
    out = {}
    targets = [k for k in full_names if k in nominative and len(k.split()) >= 2]
    for key in full_names:
        # (a name of three words or more whose last word the dictionary lacks reads as its own lemma: "Чан Ван
        # Хыонга" is the genitive of "Чан Ван Хыонг" all the same, its last word the other's with a case ending)
        if key in nominative and len(key.split()) < 3 or len(key.split()) < 2 or key in womens:
            continue
        form = ru_known_form(key.split(), {}, {t: full_names[t] for t in targets if full_names[t] == full_names[key]
                                               and t != key})
        if " ".join(form) != key and " ".join(form) in targets \
                and (key not in nominative or len(form[-1]) < len(key.split()[-1])):
            out[key] = " ".join(form)
    return out


def _ru_first_name_forms(full_names: dict[str, str], written_firsts: set[str]) -> dict[str, str]:
    """Russian two-word full names (keys) of one surname whose first names are X and X with -а/-я, where the
    article never writes X as a first name: one person, keyed by the name in -а. A man's name declined like a
    woman's ("Бидзина Иванишвили", which pymorphy3 reads as the genitive of "Бидзин", beside "Бидзиной
    Иванишвили"; "Ника" and "Ники Гварамия"). A man and a woman the article names both ("Александр" and
    "Александра Порошенко") stay two."""
    out = {}
    for key in full_names:
        first, _, surname = key.partition(" ")
        if " " in surname or not surname or first in written_firsts:
            continue
        other = next((f"{first}{end} {surname}" for end in "ая" if f"{first}{end} {surname}" in full_names
                      and full_names[f"{first}{end} {surname}"] == full_names[key]), None)
        if other is not None:
            out[key] = other
    return out


def group_mentions(raw: list[tuple[int, int, str, str]], text: str, lang: str | None = None) -> list[Entity]:
    """Group ``(start, end, surface, label)`` mentions into canonical entities, ordered by first mention.

    For a language other than English, names are compared by their lemmas (:func:`lemma_key`: "Лаврова" is
    "Лавров"), the language's title words are dropped like English ones, and an entity is named by the form
    of it the article writes that equals its lemma (the nominative), else by the lemma in the article's case.
    """
    if lang in _LEMMA_LANGS:
        def normalise(surface: str) -> str:
            return lemma_key(_base_normalise(surface), lang)
        titles = _TITLES | {lemma_key(w, lang) for w in lexicon(lang).titles}
    else:
        normalise, titles = _base_normalise, _TITLES
    aliases = _aliases_for(lang)

    bodies = lexicon(lang).body_heads

    nominative_singles: set[str] = set()  # (filled below, before any name is read)

    def _strip_titles(words: list[str]) -> list[str]:
        words = _strip(words, titles, bodies)
        return ru_nominative_full_name(words, nominative_singles) if nominative_singles else words

    if lang == "ru":
        raw = _ru_without_first_word(raw, text)
    raw = _one_label_per_name([_unglued(r) for r in raw], normalise)
    group_keys = _group_canon([surface for _, _, surface, label in raw if label == "GROUP"], lang)
    keyed: list[tuple[str, str, Mention]] = []   # (group key, display name, mention)
    full_person: dict[str, str] = {}             # surname/first name -> full name key
    person_names: list[tuple[list[str], str]] = []
    group_of: dict[str, str] = {}                # full name key -> its group prefix
    # (Russian one-word names written in the nominative, as their lemma: a full name the article writes only in an
    # oblique case is keyed by them, "Михаила Подоляка" beside "Подоляк")
    nominative_singles.update(n for n, written in ((normalise(surface), _base_normalise(surface).replace("ё", "е"))
                                                   for _, _, surface, label in raw
                                                   if lang == "ru" and label in ("PERSON", "NAME")
                                                   and len(surface.split()) == 1) if n == written)
    for _start, _end, surface, label in raw:
        norm = normalise(surface)
        words = _strip_titles(norm.split())
        if label in ("PERSON", "NAME") and len(words) >= 2 and norm not in aliases:
            person_names.append((words, "person" if label == "PERSON" else label))
    patronymic_of = _patronymic_names(person_names) if lang in ("ru", "bg") else {}
    singles = {w[0] for w in (_strip_titles(normalise(surface).split()) for _, _, surface, label in raw
                              if label == "PERSON") if len(w) == 1} if lang == "ru" else set()
    for words, prefix in sorted(person_names, key=lambda wp: (-len(wp[0]), wp[1] != "person")):
        key = " ".join(words)
        if key in patronymic_of:
            continue
        group_of.setdefault(key, prefix)
        core = _without_suffix(words)
        for w in (core[-1], core[0]):
            full_person.setdefault(w, key)
    # The last two or more words of a longer name are that person: "Gouveia e Melo" after "Henrique Gouveia e
    # Melo", "López Obrador" after "Andrés Manuel López Obrador" (the longest name first claims its tails); so are
    # its first and last words ("Мария Захарова" after "Мария Владимировна Захарова", "George Bush").
    tail_of = _Tails(group_of)
    # each name's display form once (each is a scan of every mention: once per mention was quadratic), the
    # mentions' normalised words read once for all of them
    displays: dict[str, str] = {}
    norms: list[list[str]] = []

    def display_of(key: str) -> str:
        if key not in displays:
            if not norms:
                norms.extend(normalise(surface).split() for _, _, surface, _ in raw)
            displays[key] = _display(text, raw, key, normalise, _strip_titles, norms)
        return displays[key]

    orgs_by_initials = {}
    for _start, _end, surface, label in raw:
        norm = normalise(surface)
        if label == "ORG" and len(norm.split()) >= 3:
            orgs_by_initials.setdefault(_initials(norm), norm)

    for start, end, surface, label in raw:
        s, e = _trimmed_span(text, start, end)
        mention = Mention(start=s, end=e, text=text[s:e], label=label)
        if label == "GROUP":
            keyed.append((f"GROUP:{group_keys[group_key(surface, lang)]}", " ".join(surface.split()), mention))
            continue
        norm = normalise(surface)
        if norm in aliases:
            canon, ctype = aliases[norm]
            keyed.append((f"alias:{canon}", canon, mention))
            continue
        # Titles belong to people: "US State Department" keeps its "US State".
        words = _strip_titles(norm.split()) if label in ("PERSON", "NAME") or norm.split()[-1:] and \
            norm.split()[-1] in full_person else norm.split()
        joined = " ".join(words)
        if lang == "ru" and label in ("PERSON", "NAME") and words and not (len(words) == 1 and words[0] in full_person
                                                                          or joined in group_of):
            # a foreign name the dictionary lacks, in an oblique case ("Орбана", "Илона Маска"): the name of
            # the article it is a case form of
            words = ru_known_form(words, full_person, group_of)
            if len(words) == 1 and words[0] not in full_person:
                words = [ru_single_form(words[0], singles)]
            joined = " ".join(words)
        if label in ("PERSON", "NAME") and len(words) >= 2 and joined in tail_of:
            joined = tail_of[joined]
            words = joined.split()
        if label in ("PERSON", "NAME") and joined in patronymic_of:
            joined = patronymic_of[joined]
            words = joined.split()
        if label in ("PERSON", "NAME") and (len(words) == 1 and words[0] in full_person or joined in group_of):
            joined = full_person[words[0]] if len(words) == 1 else joined
            keyed.append((f"{group_of[joined]}:{joined}", display_of(joined),
                          mention))
            continue
        if label == "PERSON" or (len(words) == 1 and words[0] in full_person):
            if len(words) == 1 and words[0] in full_person:
                joined = full_person[words[0]]
            display = display_of(joined)
            keyed.append((f"person:{joined}", display, mention))
            continue
        if label == "ORG" and norm in orgs_by_initials:
            joined = orgs_by_initials[norm]
        keyed.append((f"{label}:{joined}", display_of(joined), mention))

    if lang == "ru":
        keyed = _bracketed_acronyms_join(keyed, text)
        # (the names written as a woman's in the nominative, by key: the name's words are the surface's last ones)
        womens = {key for key, written in ((" ".join(_strip_titles(normalise(surface).split())), surface.split())
                                           for _, _, surface, label in raw if label in ("PERSON", "NAME"))
                  if ru_womans_nominative(written[-len(key.split()):] if key else [])}
        same = _ru_case_form_names(group_of, {normalise(surface) for _, _, surface, _ in raw
                                              if lemma_key(" ".join(surface.lower().split()), lang)
                                              == " ".join(surface.lower().split()).replace("ё", "е")}, womens)
        # (a first name in -а the article declines: "Бидзина", "Бидзиной Иванишвили" are one)
        same.update(_ru_first_name_forms(group_of, {surface.split()[0].lower().replace("ё", "е")
                                                    for _, _, surface, label in raw
                                                    if label in ("PERSON", "NAME") and len(surface.split()) >= 2}))
        keyed = [(f"{k.partition(':')[0]}:{same[k.partition(':')[2]]}", display_of(same[k.partition(':')[2]]), m)
                 if k.partition(":")[2] in same else (k, d, m) for k, d, m in keyed]
    groups: dict[str, list[Mention]] = defaultdict(list)
    names: dict[str, str] = {}
    for key, display, mention in keyed:
        groups[key].append(mention)
        names.setdefault(key, display)
        if key.startswith("GROUP:") and group_key(names[key], lang) != key[6:] and group_key(display, lang) == key[6:]:
            names[key] = display  # a group merged with its bare head is named in full: "Ukrainian civilians"
    entities = []
    for i, (key, mentions) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0].start), start=1):
        if key.startswith("alias:"):
            etype = next(t for (c, t) in _ALIAS_GROUPS if c == key[6:])
        elif key.startswith("person:"):
            etype = "PERSON"
        else:
            etype = Counter(m.label for m in mentions).most_common(1)[0][0]
        name = (ru_display_name(names[key], etype, tuple(m.text for m in mentions))
                if lang == "ru" and not key.startswith("alias:") else names[key])
        if key.startswith("GROUP:") and lang in _LEMMA_LANGS:
            name = people_group_name([" ".join(m.text.split()) for m in mentions], lang)
        entities.append(Entity(id=f"E{i}", name=name, type=etype, mentions=mentions))
    return entities


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` can be the acronym of the name of two words or more ``name``: it opens with the name's
    first letter ("ПМР" of "Приднестровской Молдавской республики"), or it is Latin and the name is not (the
    original's acronym of a translated name: "SIPRI"); "ДНР" after "Курахово" is its region, no acronym."""
    words = re.findall(r"\w+", name)
    if len(words) < 2 or len(acronym) < 2 or not acronym.isupper():
        return False
    latin = acronym.isascii()
    return acronym[0] == words[0][0].upper() or (latin and not words[0].isascii())


def _bracketed_acronyms_join(keyed: list[tuple[str, str, Mention]], text: str) -> list[tuple[str, str, Mention]]:
    """Russian: a name and the acronym in brackets right after it ("Стокгольмского института исследования проблем
    мира (SIPRI)", "«Российские автомобильные дилеры» (РОАД)") are two mentions (the annotators mark them apart)
    of one entity: every mention of the acronym joins the name's entity. An alias (a big actor's) keeps its own; a
    region after a place ("Курахово (ДНР)") is no acronym (:func:`_spells`)."""
    key_of = {}
    by_start = sorted(keyed, key=lambda k: k[2].start)
    for (ka, _, a), (kb, _, b) in zip(by_start, by_start[1:]):
        if ka != kb and not kb.startswith("alias:") and not ka.startswith("alias:") and _spells(b.text, a.text) \
                and re.fullmatch(r"[»\"”]?\s*\(", text[a.end:b.start]) and text[b.end:b.end + 1] == ")":
            key_of.setdefault(kb, key_of.get(ka, ka))
    if not key_of:
        return keyed
    display = {}
    for k, d, _ in keyed:
        display.setdefault(k, d)
    return [(key_of[k], display[key_of[k]], m) if k in key_of else (k, d, m) for k, d, m in keyed]


def _display(text: str, raw: list[tuple[int, int, str, str]], key: str, normalise=None, strip=None,
             norms: list[list[str]] | None = None) -> str:
    """The original-case form of a normalised key, as written in the article: the first mention written as
    the key itself (the nominative, where keys are lemmas), else the key in the case of the first mention.
    ``norms``: ``normalise(surface).split()`` of each of ``raw``, when the caller has them."""
    normalise = normalise or _base_normalise
    strip = strip or _strip_titles
    for _start, _end, surface, _ in (raw if normalise is not _base_normalise else ()):
        orig = _POSSESSIVE.sub("", " ".join(surface.split()).strip(" .,;:\"'“”‘’()[]«»„")).split()
        if orig and " ".join(orig[len(orig) - len(key.split()):]).lower().replace("ё", "е") == key:
            return " ".join(orig[len(orig) - len(key.split()):])
    for i, (_start, _end, surface, _) in enumerate(raw):
        norm = norms[i] if norms else normalise(surface).split()
        if key in (" ".join(norm), " ".join(strip(norm))):
            if normalise is not _base_normalise:
                parts = surface.split()[-len(key.split()):]
                # each word in the case the article writes it ("Международного энергетического агентства"
                # keeps its lower-case words), the first always capitalised
                return " ".join(k.upper() if p.isupper() and len(p) > 1 else
                                k.capitalize() if p[:1].isupper() or i == 0 else k
                                for i, (k, p) in enumerate(zip(key.split(), parts))) \
                    if len(parts) == len(key.split()) else key.title()
            orig = _unquoted(" ".join(_OPEN_BRACKET.sub("", surface).split()).strip(" .,;:\"'“”‘’()[]"))
            orig = _POSSESSIVE.sub("", orig)
            parts = orig.split()
            return " ".join(parts[len(parts) - len(key.split()):]) if parts else key
    return key.title()


# Newsmakers of the two domains the small English model often misses when they appear without a first
# name ("Trump claims ..." is parsed as a noun phrase). Matched case-sensitively as whole words.
KNOWN_PEOPLE = frozenset("""
Trump Putin Zelensky Zelenskyy Zelenskiy Biden Macron Scholz Merz Stoltenberg Rutte Orban Orbán Lavrov Peskov
Medvedev Erdogan Erdoğan Vance Musk Gates Thunberg Guterres Navalny Shoigu Gerasimov Lukashenko Kuleba Yermak
Blinken Sunak Starmer Obama Nuland Prigozhin Kadyrov Zaluzhny Syrskyi Podolyak Sybiha Witkoff Kellogg Rubio
""".split())


def _extra_person_mentions(doc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Surnames of people found elsewhere in the article, and known newsmakers, that NER missed."""
    taken = [(s, e) for s, e, _, _ in raw]
    names = set(KNOWN_PEOPLE)
    for _, _, surface, label in raw:
        if label == "PERSON":
            parts = _strip_titles(surface.split())
            if parts:
                names.add(_POSSESSIVE.sub("", parts[-1]))
    extra = []
    for tok in doc:
        if tok.text in names and tok.text[:1].isupper():
            s, e = tok.idx, tok.idx + len(tok.text)
            if not any(a < e and s < b for a, b in taken):
                extra.append((s, e, tok.text, "PERSON"))
    return extra


#: Syntactic roles in which a proper noun NER left out is still an actor of the article.
_ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "agent", "attr"}
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _title_case_sentences(doc) -> set[int]:
    """Starts of sentences written in Title Case (headlines), where capitals say nothing about names."""
    out = set()
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha and len(t.text) > 3]
        if len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
            out.add(sent.start)
    return out


class _Tails:
    """The longer names whose last words (two or more, not all) or first and last word a name is: ``name in
    tails``, ``tails[name]`` (the first such name of ``names``, in their order).

    Built per length of the names asked about, on first use: all tails of every name at once joined each name's
    words once per word, quadratic in a "name" of thousands of words (a flood of one capitalised word)."""

    def __init__(self, names):
        self.names = [(key, key.split()) for key in names]
        self.by_length: dict[int, dict[str, str]] = {}

    def _of_length(self, n: int) -> dict[str, str]:
        tails = self.by_length.get(n)
        if tails is None:
            tails = {}
            for key, parts in self.names:
                if 2 <= n <= len(parts) - 1:
                    tails.setdefault(" ".join(parts[-n:]), key)
                if n == 2 and len(parts) >= 3:
                    tails.setdefault(f"{parts[0]} {parts[-1]}", key)
            self.by_length[n] = tails
        return tails

    def __contains__(self, name: str) -> bool:
        return name in self._of_length(len(name.split()))

    def __getitem__(self, name: str) -> str:
        return self._of_length(len(name.split()))[name]


class _Spans:
    """Character spans, sorted, with an overlap test by bisection (the same answer as a scan of every span: an
    article of thousands of names asked it once per proper noun)."""

    def __init__(self, spans: list[tuple[int, int]] = ()):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def append(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_right(self.spans, span)
        self.spans.insert(i, span)
        self.starts.insert(i, span[0])
        self.longest = max(self.longest, span[1] - span[0])

    def overlaps(self, s: int, e: int) -> bool:
        """Whether a span ``(a, b)`` has ``a < e and s < b``."""
        lo = bisect.bisect_left(self.starts, s - self.longest)
        hi = bisect.bisect_left(self.starts, e)
        return any(a < e and s < b for a, b in self.spans[lo:hi])


def _extra_name_mentions(doc, raw: list[tuple[int, int, str, str]], body_start: int = 0
                         ) -> list[tuple[int, int, str, str]]:
    """Proper nouns acting in a sentence (subject, object, ...) that the small NER model missed: "ExxonMobil
    lied", "Greenpeace defended". Kept conservative: never inside a headline in Title Case, no word of the name
    also used in lower case in the article ("Lies"), no titles; a one-word name needs an inner capital
    ("BlackRock") or a second mid-sentence use, and no article before it ("the Summit"). Header lines (title,
    byline: before ``body_start``) are left to the NER model: "By Staff Writer" is no actor."""
    taken = _Spans([(e.start_char, e.end_char) for e in doc.ents] + [(s, e) for s, e, _, _ in raw])
    lower = {t.text for t in doc if t.text.islower()}
    headline = _title_case_sentences(doc)
    # the tokens of headline sentences, once (``tok.sent`` walks the sentence: per token of a sentence of thousands
    # of words it was quadratic)
    in_headline = {i for sent in doc.sents if sent.start in headline for i in range(sent.start, sent.end)}
    mid_uses = Counter(t.text for t in doc if not t.is_sent_start)
    out = []
    for tok in doc:
        if (tok.idx < body_start or tok.pos_ != "PROPN" or tok.dep_ not in _ACTOR_DEPS or len(tok.text) < 3
                or not tok.text[:1].isupper() or tok.i in in_headline):
            continue
        left = tok
        while (left.i > 0 and doc[left.i - 1].dep_ == "compound" and doc[left.i - 1].head == tok
               and doc[left.i - 1].pos_ == "PROPN" and doc[left.i - 1].text[:1].isupper()):
            left = doc[left.i - 1]
        words = doc[left.i:tok.i + 1]
        s, e = left.idx, tok.idx + len(tok.text)
        if taken.overlaps(s, e) or any(w.text.lower() in lower or w.lower_ in _TITLES for w in words):
            continue
        if left is tok and (any(ch.isdigit() for ch in tok.text) or any(c.dep_ == "det" for c in tok.children)
                            or not _INNER_CAPITAL.search(tok.text) and mid_uses[tok.text] < 2):
            continue
        taken.append((s, e))
        out.append((s, e, doc_text(doc)[s:e], "NAME"))
    return out


def _trim_headline_names(doc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Cut back names the NER model ran through a Title Case headline: in "Zelensky Regime Begs For More
    Weapons" every word is capitalised and the model tags all six as a person. A name of more than three
    words in such a headline keeps its longest leading words that the rest of the article (or the list of
    known newsmakers) also names, and is dropped when there are none; a shorter person in the title with a verb or a
    function word in it is dropped when the rest of the article writes none of its words; other shorter names are
    kept as tagged."""
    headline = _title_case_sentences(doc)
    if not headline:
        return raw
    text = doc_text(doc)
    heads = [(doc[i].sent.start_char, doc[i].sent.end_char) for i in headline]
    elsewhere = "\n".join(text[a:b] for a, b in zip([0] + [e for _, e in heads], [s for s, _ in heads] + [len(text)]))
    out = []
    for s, e, surface, label in raw:
        words = surface.split()
        if not any(a <= s < b for a, b in heads):
            out.append((s, e, surface, label))
            continue
        if len(words) <= 3:
            # a short "person" in the article's title that holds a verb or a function word and none of whose words
            # the article writes again is headline words ("Corruption … Remains A Major Problem Published 24 mins
            # ago" tags "Problem Published"); not "Kim Jong Un" named only there, nor a body sentence that only
            # looks like a headline (a list of names)
            title = any(a <= s < b and not text[:a].strip() for a, b in heads)
            span = doc.char_span(s, e, alignment_mode="expand")
            verbal = span is not None and any(t.pos_ in ("VERB", "AUX", "ADP", "DET", "PART") for t in span)
            if label != "PERSON" or len(words) == 1 or surface in KNOWN_PEOPLE or not title or not verbal \
                    or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", elsewhere) for w in words if len(w) > 2):
                out.append((s, e, surface, label))
            continue
        for n in range(len(words), 0, -1):
            lead = " ".join(words[:n])
            if words[n - 1].lower() in _STOP_INITIAL:
                continue  # "the" of "the Wall Street Journal", "The" of "The Big Climate Change Lie": no name
            if (n == 1 and lead in KNOWN_PEOPLE) or re.search(rf"(?<!\w){re.escape(lead)}(?!\w)", elsewhere):
                out.append((s, s + len(lead), lead, label))
                break
    return out


@cache
def _government_after(nouns: frozenset[str]) -> re.Pattern:
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
                      + r")(?![\w\u0900-\u097F])")


def _governments(text: str, raw: list[tuple[int, int, str, str]], language: str | None
                 ) -> list[tuple[int, int, str, str]]:
    """A name followed by a government noun of the language (``government_nouns``: "the Biden administration",
    "the Russian government", "भारत सरकार") is that government, an actor of its own: one ORG mention."""
    nouns = lexicon(language).government_nouns
    if not nouns:
        return raw
    after = _government_after(nouns)
    out = []
    for start, end, surface, label in raw:
        m = after.match(text, end)
        if m and label in ("PERSON", "NORP", "GPE", "ORG", "NAME", "LOC") and not surface.endswith(("'s", "’s")):
            out.append((start, m.end(), text[start:m.end()], "ORG"))
        elif len(surface.split()) > 1 and surface.split()[-1] in nouns:
            out.append((start, end, surface, "ORG"))  # found whole ("मोदी सरकार"): a government, not the person
        else:
            out.append((start, end, surface, label))
    return out


def _extend_first_names(doc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Take in a first name the model left out of a person: "Vladimir" before "Putin"."""
    out = []
    taken = [(s, e) for s, e, _, _ in raw]
    for s, e, surface, label in raw:
        if label == "PERSON":
            span = doc.char_span(s, e, alignment_mode="expand")
            first = span[0] if span is not None and len(span) else None
            while (first is not None and first.i > 0 and doc[first.i - 1].pos_ == "PROPN"
                   and doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].lower_ not in _TITLES
                   and not any(a <= doc[first.i - 1].idx < b for a, b in taken)):
                first = doc[first.i - 1]
            if first is not None and first.idx < s:
                s, surface = first.idx, doc_text(doc)[first.idx:e]
        out.append((s, e, surface, label))
    return out


def _merge_particle_names(raw: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Join a person's name the model split at a particle: "Ursula von der" + "Leyen", and "Ursula von" + "Leyen"
    with the particle "der" left out of both (:data:`~narrascope.lang.en.NAME_PARTICLES`)."""
    out: list[tuple[int, int, str, str]] = []
    for m in sorted(raw):
        if out:
            ps, pe, psurf, plabel = out[-1]
            last = psurf.split()[-1] if psurf.split() else ""
            between = text[pe:m[0]]
            if plabel == "PERSON" and last.islower() and (between == " " or between[:1] == " " == between[-1:]
                                                          and all(w in NAME_PARTICLES for w in between.split())
                                                          and len(between.split()) <= 2 and last in NAME_PARTICLES):
                out[-1] = (ps, m[1], text[ps:m[1]], "PERSON")
                continue
        out.append(m)
    return out


#: A nickname in quote marks inside a person's name: 'Deanna "Violet" Coco', "James ‘Jim’ Dale".
_NICKNAME = re.compile(r"([A-Z][\w.-]+ )?([\"“‘'])([A-Z][\w.-]*)([\"”’'])( [A-Z][\w'’-]+)")


def _nicknames(text: str, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name with a nickname in quote marks is one mention from the first name to the surname ('Deanna
    "Violet" Coco': the model tags "Deanna" alone, or "Jim’ Dale" with the closing quote inside); with no first name
    before it the mention starts at the opening quote ("‘Jim’ Dale"). Only where the model found a person in it."""
    out = []
    done: list[tuple[int, int]] = []
    for m in _NICKNAME.finditer(text):
        if (m.group(2) + m.group(4)) not in ('""', "“”", "‘’", "''"):
            continue
        s, e = m.start(1) if m.group(1) else m.start(2), m.end(5)
        inside = [r for r in raw if s <= r[0] < e or r[0] < s < r[1]]
        if inside and all(r[3] == "PERSON" for r in inside) and all(r[1] <= e + 2 for r in inside):
            done.append((s, e))
            out.append((s, e, text[s:e], "PERSON"))
    if not done:
        return raw
    return sorted(out + [r for r in raw if not any(a <= r[0] < b or r[0] < a < r[1] for a, b in done)])


#: Titles that make a "place" the NER model found a person ("King Charles" tagged GPE); not before a place noun
#: ("Prince Edward Island", "King County").
_PERSON_TITLES = frozenset("""
king queen prince princess pope president senator sen. governor mayor sir lord lady
""".split())
_PLACE_NOUNS = frozenset("island islands county city street square river bay sound park hall".split())
_SUMMIT_GROUP = re.compile(r"[A-Z]\d{1,2}")


def _after_city(text: str, start: int, surface: str) -> bool:
    """Whether ``surface`` is a US state's abbreviation right after a city and a comma ("Cupertino, Calif.")."""
    return (surface in US_STATE_ABBREVIATIONS or surface + "." in US_STATE_ABBREVIATIONS) \
        and re.search(r"[A-Z][\w.]*, $", text[max(0, start - 30):start]) is not None


def _retyped(text: str, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """English places the NER model got wrong: a title before a name is a person ("King Charles"), "G7"/"G20" are
    organisations, any other "place" with a digit, or a name with a decimal number, is none ("RCP8.5", an emissions
    scenario), and a state's abbreviation after a city ("Cupertino, Calif.") is part of the address, no entity of
    its own."""
    out = []
    for start, end, surface, label in raw:
        words = surface.split()
        if label != "PERSON" and re.search(r"\d\.\d", surface):
            continue  # the NER model calls "RCP8.5" an organisation here, a place there
        if label in ("GPE", "LOC", "FAC"):
            if len(words) >= 2 and words[0].lower() in _PERSON_TITLES and words[-1].lower() not in _PLACE_NOUNS \
                    and all(w[:1].isupper() for w in words):
                label = "PERSON"
            elif _SUMMIT_GROUP.fullmatch(surface):
                label = "ORG"
            elif any(ch.isdigit() for ch in surface) or _after_city(text, start, surface):
                continue
        out.append((start, end, surface, label))
    return out


_WORD = re.compile(r"\S+")
#: Honorifics that open how a person is named ("Dr. Carol Baker", "Pope Francis"): kept where they open a mention.
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir lord lady dame pope".split())
_AFTER_ROLE = re.compile(r"(?:\b(?:of|to|for|at|and)\s+(?:the\s+)?)$")


def _named_alone(text: str, surname: str, start: int, end: int) -> bool:
    """Whether the article writes ``surname`` again outside ``start:end`` on its own, with no capitalised word just
    before or after it ("Paulson said", "Bloomberg-Steyer-Paulson"; not "Kennedy School" for "School")."""
    for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text):
        if start <= m.start() < end:
            continue
        if not re.search(r"[A-Z][\w’'-]* $", text[max(0, m.start() - 40):m.start()]) \
                and not re.match(r" [A-Z]", text[m.end():m.end() + 2]):
            return True
    return False


def _split_glued_people(text: str, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person the NER model ran together with the words before it is that person alone:
    - a role word in the mention (:data:`~narrascope.lang.en.ROLE_WORDS`) ends what comes before ("West Virginia
      Treasurer Riley Moore", "Advisor John Bolton", "Professor Paul Reiter" -> "Riley Moore", "John Bolton", "Paul
      Reiter", as the SemEval gold marks them); an honorific opening it stays ("Dr. Carol Baker", "Pope Francis");
    - words in capitals before a Title Case name are a headline's ("MAD Vlad Putin" -> "Vlad Putin");
    - after a role and "of"/"to"/"for" ("former CEO of Goldman Sachs Hank Paulson", "Ambassador to the UN Samantha
      Power"), a mention whose last two words are a person the article names again by surname is the organisation
      (its own ORG mention when it is an acronym) and the person."""
    out = []
    for start, end, surface, label in raw:
        words = [(start + w.start(), start + w.end(), w.group()) for w in _WORD.finditer(surface)]
        cut = None
        if label in ("PERSON", "NAME") and len(words) >= 3:
            # (a hyphenated title counts by its parts: "UN Secretary-General Antonio Guterres", "Editor-in-Chief")
            roles = [i for i in range(0, len(words) - 2) if (words[i][2].lower() in ROLE_WORDS
                                                             or any(p in ROLE_WORDS for p in words[i][2].lower()
                                                                    .split("-")[:3] if "-" in words[i][2]))
                     and not (i == 0 and words[i][2].lower() in _HONORIFICS)]
            if roles:
                cut = roles[-1] + 1
                if words[cut][2].islower():
                    # "Chief of Staff Susie Wiles", "Director of National Intelligence Tulsi Gabbard": the role's
                    # complement ("of …") follows it; the person is the last two words, not "of Staff Susie Wiles"
                    cut = len(words) - 2
            elif words[0][2].isupper() and len(words[0][2]) > 1 and all(
                    w[2][:1].isupper() and not w[2].isupper() for w in words[1:]):
                cut = next(i for i, w in enumerate(words) if not w[2].isupper())
        if cut is None and label in ("PERSON", "ORG", "NAME") and len(words) >= 3:
            tail = words[-2:]
            before = text[max(0, start - 60):start]
            line = before.split("\n")[-1]
            if (all(w[2].isalpha() and w[2][:1].isupper() and not w[2].isupper() for w in tail)
                    and not any(w[2].islower() for w in words) and _AFTER_ROLE.search(line)
                    and any(w.lower().strip(",") in ROLE_WORDS for w in line.split()[-8:])
                    and _named_alone(text, tail[-1][2], start, end)):
                cut = len(words) - 2
                head = words[:cut]
                hs, he = head[0][0], head[-1][1]
                if len(head) == 1 and head[0][2].isupper() and len(head[0][2]) > 1:
                    out.append((hs, he, text[hs:he], "ORG"))  # an acronym ("UN"); longer heads may be cut short
        if cut is not None and 0 < cut <= len(words) - 2:
            s = words[cut][0]
            out.append((s, end, text[s:end], "PERSON"))
        else:
            out.append((start, end, surface, label))
    return sorted(out)


#: An acronym or a translation in brackets right after a name: " (WEF)", " (Last Generation)".
_BRACKET_AFTER = re.compile(r" \(([A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,4})\)")


def _with_brackets(text: str, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """An organisation followed by its acronym or translation in brackets ("the World Economic Forum (WEF)",
    "'Letzte Generation' (Last Generation)") is one mention up to the bracket's last word, as the SemEval annotators
    mark it ("World Economic Forum (WEF"); the entity keeps the name (:data:`_OPEN_BRACKET`). People are left alone:
    "Joe Manchin (D-W.Va.)" names his party."""
    out = []
    for start, end, surface, label in raw:
        m = _BRACKET_AFTER.match(text, end)
        if m and label in ("ORG", "NAME") and not surface.endswith(("'s", "’s")):  # "the Forum’s (WEF) goals"
            out.append((start, m.end() - 1, text[start:m.end() - 1], label))
        else:
            out.append((start, end, surface, label))
    return out


def _known_org_mentions(doc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Organisations of :data:`~narrascope.lang.en.KNOWN_ORGS` (and numbered summits: "COP28") that NER missed,
    written as one token: "NATO Troops Are Operating In Ukraine", "the heads of the IMF, World Bank"."""
    taken = _Spans([(s, e) for s, e, _, _ in raw])
    out = []
    for tok in doc:
        if tok.text in KNOWN_ORGS or re.fullmatch(KNOWN_ORG_PATTERN, tok.text):
            s, e = tok.idx, tok.idx + len(tok.text)
            if not taken.overlaps(s, e):
                taken.append((s, e))
                out.append((s, e, tok.text, "ORG"))
    return out


def _institutions(doc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A country's adjective before one of :data:`~narrascope.lang.en.INSTITUTION_NOUNS` is that institution, one
    ORG mention: "the Russian military", "Russian intelligence had plotted"; not where the noun only modifies
    another ("Russian intelligence officers", "Russian military equipment")."""
    text = doc_text(doc)
    out = []
    for start, end, surface, label in raw:
        span = doc.char_span(start, end) if label in ("NORP", "GPE") else None
        nxt = doc[span.end] if span is not None and span.end < len(doc) else None
        if (nxt is not None and nxt.lower_ in INSTITUTION_NOUNS and nxt.idx == end + 1 and nxt.pos_ == "NOUN"
                and nxt.dep_ not in ("compound", "amod")):
            e = nxt.idx + len(nxt.text)
            out.append((start, e, text[start:e], "ORG"))
        else:
            out.append((start, end, surface, label))
    return out


# -- groups of people (English): "Ukrainian civilians", "the residents of Kharkiv", "pensioners" ------------------
#: What makes "class" a group of people ("the working class"; not "world-class").
_CLASSES = frozenset(["working", "middle", "ruling", "political", "upper", "lower", "professional", "managerial",
                      "investor", "donor", "chattering"])
#: Words before a group noun that count or point, not name the group ("many residents", "those farmers").
_GROUP_NOT_MODIFIERS = frozenset("""
    many other others some several few more most all such those these both any each every various numerous
    countless certain same own fellow further additional only previous earlier recent past latest
    main key top senior first last next former remaining
    thousand thousands hundred hundreds million millions dozen dozens scores lot lots number majority
""".split())
#: Heads that name a group of states only with a proper adjective or name before them.
_STATE_HEADS = frozenset(["country", "nation", "ally", "power"])
#: Proper adjectives of the West and East, capitalised even where they open a sentence ("Western countries were …").
_PROPER_DIRECTIONS = frozenset(["western", "eastern"])
_GROUP_MODIFIER_DEPS = frozenset(["amod", "compound", "nmod", "npadvmod", "advmod", "punct"])


def _group_canon(surfaces: list[str], lang: str | None = None) -> dict[str, str]:
    """Each group key of an article's group mentions -> the key of its entity: a bare head ("civilians") is the
    one group of the article with that head and a modifier ("Ukrainian civilians"), when there is exactly one."""
    keys = {group_key(s, lang) for s in surfaces}
    by_head: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if " " in k:
            by_head[k.split()[-1]].append(k)
    return {k: by_head[k][0] if " " not in k and len(by_head.get(k, ())) == 1 else k for k in keys}


def group_key(surface: str, lang: str | None = None) -> str:
    """The key one group is known by in an article: lower case, without "the", its last word singular (BG/HI/PT/RU:
    :func:`~narrascope.analysers.multilingual_groups.people_group_key`, its words' lemmas, the head last)."""
    if lang in _LEMMA_LANGS:
        return people_group_key(surface, lang)
    words = [w for w in re.sub(r"[’']s\b", "", surface.lower()).split() if w != "the"]
    if not words:
        return ""
    last = words[-1]
    if last in GROUP_PLURALS:
        words[-1] = GROUP_PLURALS[last]
    elif last.endswith("ies") and len(last) > 4:
        words[-1] = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    return " ".join(words)


def _group_mentions(doc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """English group mentions (label ``GROUP``): a plural noun of :data:`GROUP_HEADS` with its modifiers
    ("Ukrainian civilians", "lifeboat crews", "Russian-speaking residents"), a demonym plural with an adjective
    ("ordinary Ukrainians"; the bare "Ukrainians" stays its country's mention) and a named place after "of" ("the
    residents of Kharkiv"); the span follows the SemEval gold convention ("Ukrainian people", "Russian civilians",
    "German generals"): no article, number or quantifier ("the", "many", "thousands of"), no possessive owner.
    The heads of :data:`GROUP_HEADS_MODIFIED` need a modifier. A head inside a name the NER model found, written
    with a capital inside a sentence ("Doctors Without Borders") or used as a modifier itself ("farmers market")
    is no group; a singular head joins the group only where the article names that group in the plural."""
    out = _group_spans(doc, raw)
    # the singular of a group the article names in the plural is that group ("the pensioners ... every pensioner")
    plural = frozenset(group_key(m[2]).split()[-1] for m in out)
    more = [m for m in _group_spans(doc, raw, plural) if m not in out]
    keys = {group_key(m[2]) for m in out}
    return out + [m for m in more if group_key(m[2]) in keys]


_SENTENCE_END = re.compile(r"(?:^|[.!?…\n])[\s«\"„“—–-]*$")


def _ru_without_first_word(raw: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """Russian person mentions without a word glued onto the name's end in the source (:func:`ru_glued_name`), and
    without a first word that is capitalised only as the sentence's first: a word the
    dictionary knows with no reading as a name ("Иммунолог Жемчугов", "Философ Дугин", "Оскандалившаяся Трасс" at
    a sentence's start are "Жемчугов", "Дугин", "Трасс"); a first name ("Вера Павлова") or a word inside a sentence
    stays."""
    out = []
    names = {w.lower() for w in re.findall(r"\b[А-ЯЁ][а-яё]{2,}\b", text)}
    for start, end, surface, label in raw:
        words = surface.split()
        cut = ru_glued_name(words[-1], names) if label == "PERSON" and words else 0
        if cut:
            # a word glued onto the name in the source ("Сергей Лебедевкоординатор"): the name ends before it
            end -= len(words[-1]) - cut
            surface = surface[: len(surface) - (len(words[-1]) - cut)]
            words = surface.split()
        if label == "PERSON" and len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper() \
                and _SENTENCE_END.search(text[max(0, start - 40):start]) and ru_common_word(words[0]):
            cut = surface.index(words[1], len(words[0]))
            out.append((start + cut, end, surface[cut:], label))
        else:
            out.append((start, end, surface, label))
    return out


def _group_spans(doc, raw: list[tuple[int, int, str, str]], singular: frozenset[str] = frozenset()
                 ) -> list[tuple[int, int, str, str]]:
    taken = _Spans([(s, e) for s, e, _, _ in raw])
    text = doc_text(doc)
    out = []
    for tok in doc:
        word = group_word(tok, singular)
        demonym = word is None and tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS") \
            and tok.i > 0 and doc[tok.i - 1].dep_ == "amod" and doc[tok.i - 1].head.i == tok.i \
            and doc[tok.i - 1].lower_ not in _GROUP_NOT_MODIFIERS and doc[tok.i - 1].pos_ == "ADJ"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
            continue  # "one of the world's leading experts", "one of the residents": one person
        if demonym:
            word = "people"  # "ordinary Ukrainians": a group only with its modifier
        elif word is None or tok.dep_ in ("compound", "amod") \
                or tok.dep_ == "attr" and any(c.dep_ == "neg" for c in tok.head.children) \
                or taken.overlaps(tok.idx, tok.idx + len(tok.text)) or tok.text[:1].isupper() and not tok.is_sent_start:
            # a capital inside a sentence is a name's or a headline's ("Doctors Without Borders"); a denied
            # predicate ("they are not civilians") names no group the article talks about
            continue
        first = tok
        for k in range(tok.i - 1, max(-1, tok.i - 6), -1):
            t = doc[k]
            if not (first.i - 1 == t.i and t.head.i > t.i and t.head.i <= tok.i and t.dep_ in _GROUP_MODIFIER_DEPS
                    and t.lower_ not in _GROUP_NOT_MODIFIERS and not t.like_num
                    and (t.dep_ != "punct" or t.text in "-‑")
                    and (t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") or t.dep_ == "punct")):
                break
            if t.pos_ in ("NOUN", "PROPN", "VERB") and t.dep_ == "compound" and group_word(t) is None \
                    and t.pos_ == "NOUN" and t.tag_ == "NNS":
                break
            first = t
        # not the tail of a name the modifiers start inside ("Just Stop Oil activists": "activists"), nor a
        # headline's first word ("Attention farmers")
        while first.i < tok.i and (first.dep_ == "punct" or first.ent_iob_ == "I"
                                   or first.pos_ == "PROPN" and first.i > 0
                                   and doc[first.i - 1].text[:1].isupper() and not first.is_sent_start
                                   or first.is_sent_start and first.pos_ == "NOUN" and first.text[:1].isupper()):
            first = doc[first.i + 1]
        if word == "class" and (first.i == tok.i or doc[tok.i - 1].lower_ not in _CLASSES):
            continue
        if word in _STATE_HEADS and not any(t.text[:1].isupper() and (not t.is_sent_start or t.ent_type_
                                                                      or t.lower_ in _PROPER_DIRECTIONS)
                                            for t in doc[first.i:tok.i]):
            continue  # "Western countries", "European nations", "NATO countries"; not "rich countries"
        end = tok.idx + len(tok.text)
        # "the residents of Kharkiv": an "of" place named by the NER model
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "of" and nxt.head.i == tok.i:
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            # (the subtree's last token is the right edge spaCy keeps: walking a deep subtree per group noun was
            # cubic, "residents of residents of …" 65 s at 20,000 characters)
            if obj is not None and obj.i == obj.right_edge.i \
                    and all(x.pos_ == "PROPN" or x.ent_type_ in ("GPE", "LOC") for x in obj.subtree):
                end = obj.idx + len(obj.text)
        if first.i == tok.i and word in GROUP_HEADS_MODIFIED and end == tok.idx + len(tok.text):
            continue
        s = first.idx
        out.append((s, end, text[s:end], "GROUP"))
    return out


_SHIPPED_TAGGER = "entities"


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None):
    """The name-mention tagger at ``path`` (default: the shipped ``narrascope/models/entities``), loaded once."""
    from ..models import model_dir
    from ..models.mention_tagger import MentionTagger

    return MentionTagger.load(path or model_dir(_SHIPPED_TAGGER))


def _uncapitalised(surface: str, label: str) -> bool:
    """A NER mention with no capital letter is no name: a person in lower case, or any mention written in a cased
    script with no capital at all ("n’t" of "haven’t", "mm"); a script without case (Devanagari) is not judged."""
    if surface != surface.lower():
        return False
    return label == "PERSON" or surface != surface.upper()


def entities_for_doc(doc, text: str, language: str | None, body_start: int = 0, tagger=None) -> list[Entity]:
    """The entities of one parsed article: spaCy NER (+ repairs) for English, natasha, the trained tagger and
    capitalisation for BG/HI/PT/RU (:mod:`.multilingual_names`), grouped by :func:`group_mentions`."""
    raw = []
    if doc is not None and language in _LEMMA_LANGS and not doc.has_annotation("ENT_IOB"):
        raw = multilingual_names(doc, language, tagger if tagger is not None else load_tagger(),
                                 aliases=_aliases_for(language))
        raw = sorted(people_groups(text, language, raw))
    elif doc is not None and doc.has_annotation("ENT_IOB"):
        raw = [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in KEPT_TYPES]
        raw = [r for r in _merge_particle_names(raw, text) if not _uncapitalised(r[2], r[3])]
        raw = _trim_headline_names(doc, raw)  # (no capital, no name: "al." of "Baico et al.", "mm", "🤔")
        raw = sorted(raw + _extra_person_mentions(doc, raw))
        if language in (None, "", "en"):
            raw = sorted(raw + _extra_name_mentions(doc, raw, body_start))
        raw = _extend_first_names(doc, raw)
        if language in (None, "", "en"):
            raw = _retyped(text, _split_glued_people(text, _nicknames(text, raw)))
            raw = sorted(raw + _known_org_mentions(doc, raw))
            raw = _with_brackets(text, _institutions(doc, raw))
            raw = sorted(raw + _group_mentions(doc, raw))
    return group_mentions(_governments(text, raw, language), text, language)


@analyser("entities", requires=("ner",), assigns=("entities",))
class Entities:
    """Canonical entities with their mentions: spaCy NER for English; natasha (Russian), a trained name tagger
    and capitalisation for BG/HI/PT/RU."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        article = document.article
        document.data["entities"] = entities_for_doc(document.doc, article.text, article.language,
                                                     article.body_start)
        if article.language in _LEMMA_LANGS:
            document.models["entities"] = f"mention_tagger-{load_tagger().version_}" + \
                ("+natasha" if article.language == "ru" else "")
        return document
