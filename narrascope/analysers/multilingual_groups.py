"""Groups of people in Bulgarian, Hindi, Portuguese and Russian (entity type ``GROUP``), as English has them
(:func:`narrascope.analysers.entities._group_mentions`): "мирные жители", "жителите на Харков", "os moradores de
Porto Alegre", "आम नागरिक".

One reading for the four languages (:func:`people_groups`): a head noun of the language's closed list
(``GROUP_HEADS`` of ``narrascope/lang/<lang>.py``; Russian by its pymorphy3 lemma, Bulgarian without its article,
Hindi in its direct or oblique form), with the adjectives that name the group (before it; after it in Portuguese)
and a named place it is of ("жители Харькова", "жителите на Харков", "moradores de Porto Alegre", "गांव के लोग").
The span follows the English one: no article, number or quantifier. A head inside a name, capitalised inside a
sentence, or an adjective before a noun ("мирные переговоры", "цивилни обекти", "alvos civis", "नागरिक ठिकानों")
is none; ``GROUP_HEADS_MODIFIED`` ("люди", "хора", "pessoas", "लोग") need a modifier. :func:`people_group_key`
keys the inflected forms of one group alike ("мирных жителей" = "мирные жители"), the head last, so a bare head
joins the one group of the article with that head and a modifier (``entities._group_canon``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import import_module

from ..lang.groups import group_lists as _lists
from ..lang.groups import head_of
from ..lang.groups import morph as _morph
from ..lang.groups import ru_group_head as _ru_head
from .multilingual_names import _ru_agree, lemma_key

_WORD = re.compile(r"[\w\u0900-\u097F]+(?:[-‐][\w\u0900-\u097F]+)*")
_GAP = re.compile(r"[ \t\u00a0]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:\n])[\s«\"„“—–-]*$")
#: Bulgarian plural (or neuter, for "население") adjectives, with or without the article ("мирните", "украински",
#: "местни"; not a noun in a vowel and -ни: "цени", "граждани").
_BG_ADJECTIVE = re.compile(r"[а-я]{2,}(?:ск|цк|[бвгджзклмнпрстфхцчшщ]н|ов|ев)(?:и|ите|о|ото)$")
#: Bulgarian verb endings (past and present plural): a word after an adjectival head that is no noun.
_BG_VERB = re.compile(r"(?:ха|ли|ат|ят|ше|ва|ваха)$")
#: Forms of "to be" before an adjectival head that make it a predicate ("цивилните бяха ранени").
_PREDICATE = {"bg": frozenset("са бяха беше е са били бил била бъдат станаха остават останаха".split()),
              "ru": frozenset("были был была оказались остались стали являются".split()),
              # (stop 44, review: "Os moradores foram evacuados" is no group "evacuados")
              "pt": frozenset("foram foi são é estão está estavam estava ficaram ficou ficam fica seriam serão eram "
                              "era parecem parecia continuam continuavam permanecem".split())}
_PT_OF = frozenset("de da do dos das".split())
_HI_OF = frozenset("के की".split())
#: Words before a Hindi head in its direct form (the same in both numbers) that make it one person: "एक किसान",
#: "60 वर्षीय किसान".
_HI_COUNTING = frozenset("एक हर किसी कोई प्रत्येक वर्षीय".split())
#: Hindi nouns a direct-form head stands before as their modifier ("नागरिक उड्डयन", "किसान आंदोलन").
_HI_NOUN_AFTER = frozenset("""
उड्डयन सुविधा सुविधाएं सुविधाओं अधिकार अधिकारों संहिता समाज संगठन संगठनों प्रशासन आंदोलन नेता नेताओं यूनियन
ठिकाने ठिकानों ठिकाना इलाके इलाकों क्षेत्र क्षेत्रों ढांचे ढांचा ढांचों विमान विमानों संस्था संस्थाओं सरकार
विरोधी समर्थक
अध्ययन शोध तरीके तरीका पद्धति संस्थान सोच दृष्टिकोण
""".split())


@lru_cache(maxsize=4)
def _stop_words(lang: str) -> frozenset[str]:
    from ..lang import lexicon

    stop = import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    return frozenset(stop) | lexicon(lang).stopwords | lexicon(lang).quantifiers


def _modified_only(head: str, lang: str) -> bool:
    return head in _lists(lang)["GROUP_HEADS_MODIFIED"] or head == "население"


def _modifier_before(word: str, head_word: str, lang: str) -> bool:
    """Whether ``word`` (lower case) before the head written ``head_word`` names the group."""
    lists = _lists(lang)
    if lang == "hi":  # (ml45: and the first word of a two-word head, "बचाव कर्मी")
        return word in lists["GROUP_MODIFIERS"] or word in lists["GROUP_COMPOUND_FIRST"] and head_of(head_word,
                                                                                                     lang) == "कर्मी"
    if word in _stop_words(lang) or word in lists["GROUP_NOT_MODIFIERS"]:
        return False
    if lang == "bg":
        return bool(_BG_ADJECTIVE.search(word)) and (head_of(word, lang) is None
                                                     or head_of(word, lang) in lists["GROUP_ADJECTIVE_HEADS"])
    if lang == "ru":
        heads = _ru_head(head_word)[1]
        return any(p.tag.POS in ("ADJF", "PRTF") and p.normal_form.replace("ё", "е") not in lists["GROUP_NOT_MODIFIERS"]
                   and any(_ru_agree(p, h) for h in heads) for p in _morph().parse(word))
    return False


def _noun_after(word: str, head_word: str, lang: str) -> bool:
    """Whether ``word`` after an adjectival head is a noun the head stands before ("мирные переговоры")."""
    if lang == "ru":
        heads = _ru_head(head_word)[1]
        return any(p.tag.POS == "NOUN" and any(_ru_agree(p, h) for h in heads) for p in _morph().parse(word))
    if lang == "bg":
        return word.isalpha() and word not in _stop_words(lang) and not _BG_VERB.search(word)
    if lang == "hi":
        return word in _HI_NOUN_AFTER
    return False


def people_groups(text: str, lang: str, found: list[tuple[int, int, str, str]]
                  ) -> list[tuple[int, int, str, str]]:
    """``found``, the article's name mentions, with the group mentions ``(start, end, surface, "GROUP")`` of a
    BG/HI/PT/RU ``text``: a head inside a longer name is none; a name inside the group (a capitalised word opening a
    sentence, "Мирните хора"; the tagger's "नागरिक" of "आम नागरिक") gives way to it; a place name after "of" joins
    the group and stays a name of its own."""
    lists = _lists(lang)
    if not lists["GROUP_HEADS"]:
        return found
    words = [m for m in _WORD.finditer(text) if not m.group().isdigit()]
    spans = sorted((s, e, label) for s, e, _, label in found)
    starts = [s for s, _, _ in spans]

    def covering(s: int, e: int) -> list[tuple[int, int, str]]:
        k = bisect.bisect_right(starts, s)
        return [spans[j] for j in range(max(0, k - 3), min(len(spans), k + 1)) if spans[j][1] > s and spans[j][0] < e]

    def name_at(pos: int) -> tuple[int, int, str] | None:
        k = bisect.bisect_left(starts, pos)
        return spans[k] if k < len(spans) and spans[k][0] == pos and spans[k][2] != "PERSON" else None

    def joined(i: int, j: int) -> bool:  # words i and j = i + 1 stand next to each other, only spaces between
        return i >= 0 and j < len(words) and bool(_GAP.fullmatch(text[words[i].end():words[j].start()]))

    def cased_ok(m: re.Match) -> bool:  # a capital inside a sentence is a name's
        return lang == "hi" or m.group()[:1].islower() or bool(_SENTENCE_START.search(text[max(0, m.start() - 6):
                                                                                         m.start()]))
    out: list[tuple[int, int, str, str]] = []
    replaced: set[tuple[int, int]] = set()
    for i, m in enumerate(words):
        low = m.group().lower()
        head = head_of(low, lang)
        if head is None or not cased_ok(m):
            continue
        names = covering(m.start(), m.end())
        nxt = words[i + 1].group().lower() if joined(i, i + 1) else ""
        prev = words[i - 1].group().lower() if joined(i - 1, i) else ""
        adjectival = head in lists["GROUP_ADJECTIVE_HEADS"] if lang in ("ru", "bg") \
            else lang == "hi" and lists["GROUP_HEADS"].get(low) == low
        if nxt and (lang != "pt" and head_of(nxt, lang) is not None and _modifier_before(low, nxt, lang)
                    or adjectival and _noun_after(nxt, low, lang)):
            continue  # a modifier of the head after it, or an adjective (a noun's, a direct-form noun's) before a noun
        if adjectival and (prev in _PREDICATE.get(lang, ()) or lang == "hi" and prev and head_of(prev, lang)):
            continue  # a predicate: "бяха ранени", "नागरिक घायल हुए"
        if lang == "pt" and head in lists["GROUP_ADJECTIVE_HEADS"] and prev and prev not in _stop_words(lang):
            continue  # "alvos civis": the noun before it is the group, or no group at all
        if lang == "pt" and prev in _PREDICATE["pt"]:
            continue  # a predicate: "os moradores foram evacuados", "são refugiados"
        if lang == "hi" and lists["GROUP_HEADS"].get(low) == low and (
                prev in _HI_COUNTING or i + 1 < len(words) and joined(i, i + 1) and covering(words[i + 1].start(),
                                                                                            words[i + 1].end())):
            continue  # one person: "एक किसान", "60 वर्षीय किसान", "सिलाई कारीगर सेल्वी मुरुगन" (a name after it)
        first, last = i, i
        if lang == "pt":
            while last + 1 < len(words) and last - i < 2 and joined(last, last + 1) \
                    and words[last + 1].group().lower() in lists["GROUP_MODIFIERS"]:
                last += 1
        else:
            while first - 1 >= 0 and i - first < 3 and joined(first - 1, first) and cased_ok(words[first - 1]) \
                    and _modifier_before(words[first - 1].group().lower(), low, lang):
                first -= 1
        start, end = words[first].start(), words[last].end()
        # the place the group is of: "жители Харькова", "жителите на Харков", "moradores de Porto Alegre"
        after = text[end:end + 6]
        gap = re.match(r"[ \t\u00a0]+(?:(на|de|da|do|dos|das)[ \t\u00a0]+)?", after)
        place = name_at(end + gap.end()) if gap and (lang != "hi") and (
            gap.group(1) is None and lang == "ru" or gap.group(1) == "на" and lang == "bg"
            or gap.group(1) in _PT_OF and lang == "pt") else None
        if place is not None and lang == "ru" and gap.group(1) is None and not _ru_genitive(text[place[0]:place[1]]):
            place = None  # "Мирных жителей Украина эвакуирует": the name after the group is the subject, not its place
        if place is not None:
            end = place[1]
        if lang == "hi" and first == i and first >= 2 and words[first - 1].group() in _HI_OF \
                and joined(first - 2, first - 1) and joined(first - 1, first):
            of = words[first - 2]
            name = next((sp for sp in spans if sp[0] <= of.start() and sp[1] == of.end() and sp[2] != "PERSON"), None)
            if name is not None or of.group() in lists["GROUP_PLACE_NOUNS"]:
                start = name[0] if name is not None else of.start()  # "गांव के लोग", "खारकीव के निवासी"
        if _modified_only(head, lang) and start == m.start() and end == m.end() \
                or any(not (start <= s and e <= end) or label != "NAME" for s, e, label in names):
            continue  # (a head inside a longer name is that name's, "नागरिक उड्डयन क्षेत्र"; one of natasha's or a
            # national group's, "российские военные", stays so)
        out.append((start, end, text[start:end], "GROUP"))
        replaced.update((s, e) for s, e, _ in names)
    return [f for f in found if (f[0], f[1]) not in replaced] + out


def _ru_genitive(name: str) -> bool:
    """Whether a Russian name's last word can be genitive ("Харькова", "Донбасса", an indeclinable "ХАМАС"), so that
    it is the place or body a group before it belongs to (stop 44, review)."""
    from ..lang.ru import morph

    words = _WORD.findall(name)
    if not words:
        return False
    parses = morph().parse(words[-1].lower())
    # a name's own readings first ("Германия" is also the genitive of the element "германий")
    proper = [p for p in parses if any(t in p.tag for t in ("Geox", "Name", "Surn", "Orgn", "Abbr"))]
    return not parses or any("gent" in p.tag or "Fixd" in p.tag for p in proper or parses)


def people_group_key(surface: str, lang: str) -> str:
    """The key one group is known by in an article: its words' lemmas (lower case), the head last ("мирный
    житель" for "мирных жителей", "харьков житель" for "жителей Харькова", "civis ucranianos" -> "ucranianos civis")."""
    words = [w.lower() for w in _WORD.findall(surface)]
    heads = [k for k, w in enumerate(words) if head_of(w, lang) is not None]
    if not heads:
        return lemma_key(" ".join(words), lang)
    h = heads[0] if lang == "pt" else heads[-1]  # (Portuguese names the head first: "civis ucranianos")
    others = [lemma_key(w, lang) for k, w in enumerate(words) if k != h]
    return " ".join(others + [head_of(words[h], lang)])


def people_group_name(written: list[str], lang: str) -> str:
    """The name of a group entity from its mentions as written: a Russian one in the nominative where the article
    writes it so ("мирные жители" of "мирных жителей"), a Hindi one in the direct form; else the first."""
    def plain(surface: str) -> bool:
        words = [w.lower() for w in _WORD.findall(surface)]
        if lang == "ru":
            return any(head_of(w, lang) and any("nomn" in p.tag and p.tag.number == "plur"
                                                for p in _morph().parse(w)) for w in words)
        if lang == "hi":
            return any(_lists(lang)["GROUP_HEADS"].get(w) == w or _lists(lang)["GROUP_HEADS_MODIFIED"].get(w) == w
                       for w in words)
        return True
    longest = max(len(_WORD.findall(w)) for w in written)
    return next((w for w in written if plain(w) and len(_WORD.findall(w)) == longest),
                next((w for w in written if len(_WORD.findall(w)) == longest), written[0]))
