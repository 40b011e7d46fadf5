"""Russian evidence read without a parse (:func:`_ru_case_items` and the rounds after it, with the ``CAST_*`` words
of ``narrascope/lang/ru.py``): the name's case and its verb's agreement (pymorphy3) tell who does what in a free
word order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .common import _A, _I, _P, _QUOTE_CHARS
from .words import _CLAUSE_END, _called_word, _matches, _TextIndex

_RU_SKIP_STOP = frozenset({"VERB", "INFN", "PRTS", "GRND", "CONJ", "PRCL", "NPRO"})  # no skipping past these
_RU_BE = frozenset("был была было были будет будут".split())
_RU_CALLED = frozenset("признан признана признано признаны назван названа названы объявлен объявлена объявлены".split())
_RU_SKIP = 5  # at most this many words between a name and its verb ("ВСУ за прошедшие сутки обстреляли")


#: A title in guillemets: one to three capitalised words ("телеканала «Царьград»", "крейсер «Адмирал Кузнецов»"); a
#: longer or lower-case «…» is a quote
_RU_TITLE = re.compile(r"«[A-ZА-ЯЁ0-9][\w\-]*(?: [A-ZА-ЯЁ0-9][\w\-]*){0,2}»")


def _ru_untitled(index: _TextIndex, lo: int, hi: int) -> list[str]:
    """The tokens of ``index.text[lo:hi]`` less its titles in guillemets (:data:`_RU_TITLE`), which do not cut a name
    off from its clause: "покушение на основателя телеканала «Царьград» Ивана Петрова" reads "покушение на
    основателя телеканала" before the name (fix43)."""
    out, p = [], lo
    for m in _RU_TITLE.finditer(index.text, lo, hi):
        out += index.tokens(p, m.start())
        p = m.end()
    return out + index.tokens(p, hi)


@lru_cache(maxsize=20000)
def _ru_readings(word: str) -> tuple[tuple[str, str | None, str | None, str | None, bool], ...]:
    """pymorphy3's readings of a Russian word: (part of speech, case, number, gender, whether a place)."""
    from ...lang.ru import morph

    def text(g) -> str | None:
        return None if g is None else str(g)

    return tuple((str(p.tag.POS), text(p.tag.case), text(p.tag.number), text(p.tag.gender), "Geox" in p.tag)
                 for p in morph().parse(word) if p.score > 0.01)


def _ru_unread(word: str) -> bool:
    """A word whose case cannot be read (an acronym pymorphy3 does not know, Latin letters, a number)."""
    r = _ru_readings(word)
    return not r or all(pos in ("None", "LATN", "NUMB", "UNKN") for pos, *_ in r) \
        or not any("а" <= c <= "я" or c == "ё" for c in word)


@lru_cache(maxsize=20000)
def _ru_abbreviation(word: str) -> bool:
    """Whether pymorphy3 reads the word as an abbreviation ("нато", "оон", "ес")."""
    from ...lang.ru import morph

    return any("Abbr" in p.tag for p in morph().parse(word) if p.score > 0.01)


@lru_cache(maxsize=20000)
def _ru_verb(word: str) -> tuple[str | None, str | None, bool] | None:
    """(number, gender of the past tense, whether past) of a finite verb, or ``None``."""
    for pos, _, number, gender, _ in _ru_readings(word):
        if pos == "VERB":
            from ...lang.ru import morph

            past = any("past" in p.tag for p in morph().parse(word) if p.tag.POS == "VERB")
            return number, gender, past
    return None


def _ru_agrees(name: list[str], verb: str) -> bool:
    """Whether some nominative reading of a word of ``name`` (or a word whose case cannot be read) can be the
    subject of the finite ``verb`` ("Россия атаковала"; not "Украине угрожает", "Россию атаковали", "Киев
    атаковала"). A word that is no finite verb agrees with anything."""
    v = _ru_verb(verb)
    if v is None:
        return True
    number, gender, past = v
    for w in name:
        if _ru_unread(w) or _ru_abbreviation(w):
            return True  # (an abbreviation's gender is the writer's choice: "НАТО атаковало", "НАТО заявила")
        for pos, case, n, g, _ in _ru_readings(w):
            if case != "nomn" or pos not in ("NOUN", "ADJF", "NPRO"):
                continue
            if n == number == "plur" or n == number == "sing" and (not past or g is None or gender is None
                                                                   or g == gender or g == "ms-f"):
                return True
            if len(name) > 1 and number == "plur":
                return True  # "Россия и Китай атаковали", "Министерство обороны сообщили" (rare)
    return False


def _ru_counted(left: list[str], name: list[str]) -> bool:
    """Whether the name is a counted group, the subject of a plural verb in the genitive: a numeral or a figure
    right before its last word in the genitive plural ("двенадцать мирных жителей получили ранения", "двое
    сотрудников", "12 жителей"; branch groups44)."""
    return bool(left and name) and (left[-1].isdigit() or any(pos == "NUMR" for pos, *_ in _ru_readings(left[-1]))) \
        and any(case == "gent" and number == "plur" for _, case, number, *_ in _ru_readings(name[-1]))


def _ru_accusative(name: list[str]) -> bool:
    """Whether the name's last word can be in the accusative ("Киев", "Украину", "Донецк")."""
    return bool(name) and not _ru_unread(name[-1]) and any(case == "accs" for _, case, *_ in _ru_readings(name[-1]))


def _ru_case_items(items: list[tuple[int, str]], left: list[str], right: list[str], name: list[str], lex,
                   after: list[str] = ()) -> list[tuple[int, str]]:
    """Russian (branch ru-cast48): corrects and adds to the items :func:`_lexical_items` read, with the name's
    case and its verb's agreement (pymorphy3), which the words around it alone do not tell.

    - A verb after the name is its deed only if it is a finite verb (or an infinitive after "продолжают",
      "пытаются") and the name can be its subject ("Украине угрожает дефолт" is no threat of Ukraine's;
      "Белгород обстреляли" is Belgorod shelled); the verb may stand a few words on, past no other verb ("ВСУ за
      прошедшие сутки обстреляли"), or open a relative clause right after the name (``after``: the sentence's
      words after it; ", которые обстреливают …").
    - A harm verb right before a name in the accusative that cannot be its subject is harm suffered ("атаковала
      Киев", "обстреляли Донецк"), and so is a short passive participle of harm after it ("Донецк был обстрелян").
    - What a verb of calling calls the name ("назвал Зеленского «клоуном»", "признан террористическим", "стал
      героем", "— миротворец"), the name's own words ("киевский режим", "мирные жители", "защитники"), and being
      counted "среди пострадавших" say what it is called.
    - The instrumental after a passive participle of harm does it ("обстрелян украинскими военными"), the
      genitive after "жертвы" too ("жертвы ВСУ", not a place's: "жертвы Беслана").
    - The genitive of an acronym after a noun of harm whose target is a genitive does it ("обстрела ВСУ", not
      "обстрела Донецка"); "на" after a noun of harm names its target, not its doer ("атаки на Курск"); a name
      in the genitive after a noun a blame adjective qualifies owns what it is called ("агрессивной политики
      США")."""
    if not name:
        return items  # a span of blanks: no word to read the case of
    out: list[tuple[int, str]] = []
    does = next((c[6:-1] for _, c in items if c.startswith("does “")), None)
    for role, cue in items:
        if cue.startswith("does “"):
            pos = {p for p, *_ in _ru_readings(does)}
            if "VERB" not in pos and ("INFN" not in pos or right[:1] == [does]):
                continue  # "Россия обстрелы …": a noun; "в Крым убивать": an infinitive right after it is no deed
        if cue.startswith("does “") and not _ru_agrees(name, does):
            # (not after "и" before a plural verb: "США и Израиль атаковали Иран" is a subject of two names, whose
            # second one only the verb does not agree with: review48)
            if role == _A and _ru_accusative(name) and not (left[-1:] == ["и"] and _ru_verb(does)[0] == "plur"):
                out.append((_I, f"suffers “{does}”"))  # "Белгород обстреляли"
            continue
        if len(left) >= 2 and cue == f"its “{left[-2]}”" \
                and left[-1] in lex.cast_harm_nouns.get(left[-2], "").split("|"):
            continue  # "атаки на Курск": "на" names the target, not the doer (as Bulgarian "на" does)
        if left and cue == f"its “{left[-1]}”" and any(t in lex.cast_negations for t in left[-4:-1]):
            continue  # "не готовивший теракт Иван Петров", "это не агрессия России": a deed denied (fix43)
        if right and cue == f"called “{right[0]}”" and not _ru_agrees(name, right[0]):
            continue  # "после обстрела Донецка пострадали трое": not Donetsk
        if cue.startswith("suffers “") and left and lex.cast_harm_nouns.get(left[-1]) == "" \
                and cue == f"suffers “{left[-1]}”" and _ru_unread(name[-1]):
            out.append((_A, f"its “{left[-1]}”"))  # "обстрела ВСУ": an armed body's shelling
            continue
        out.append((role, cue))
    cues = {c for _, c in out}
    # a verb of harm or help a few words on, past no other verb (a finite verb, an infinitive, a participle)
    if does is None:
        for n, t in enumerate(right[:_RU_SKIP + 1]):
            if t in lex.cast_negations or t in lex.relatives or t in lex.complementizers:
                break
            harm = _matches(t, lex.cast_harm_verbs, lex.cast_not_verbs)
            help_ = not harm and _matches(t, lex.cast_help_verbs, lex.cast_not_verbs)
            pos = {p for p, *_ in _ru_readings(t)}
            if (harm or help_) and pos & {"VERB", "INFN"} and n > 0:
                if _ru_agrees(name, t) or "INFN" in pos:
                    out.append((_A if harm else _P, f"does “{t}”"))
                break
            if t in lex.cast_fillers:
                continue
            if pos & _RU_SKIP_STOP:
                break
    # a harm verb right before a name that cannot be its subject: its object; or before an abbreviation (which agrees
    # with any verb) where a noun that agrees with the verb stands right before it, its subject ("Россия атаковала
    # США"; not "Белгород обстреляли ВСУ", "Россию атаковало НАТО", fix43)
    if left and _matches(left[-1], lex.cast_harm_verbs, lex.cast_not_verbs) \
            and f"suffers “{left[-1]}”" not in cues and (len(left) < 2 or left[-2] not in lex.cast_negations) \
            and _ru_verb(left[-1]) and (_ru_accusative(name) and not _ru_agrees(name, left[-1]) or len(left) >= 2
                                        and all(_ru_abbreviation(w) or _ru_unread(w) for w in name)
                                        and not (_ru_abbreviation(left[-2]) or _ru_unread(left[-2]))
                                        and _ru_agrees([left[-2]], left[-1])
                                        and (len(left) < 3 or left[-3] not in lex.cast_negations)):
        out.append((_I, f"suffers “{left[-1]}”"))
    # the doer of a passive harm right before it ("Донецк обстрелян ВСУ", "был атакован боевиками"), and whose
    # victims they are ("жертвы ВСУ"; not a place's: "жертвы Беслана")
    if left and _matches(left[-1], lex.cast_harm_verbs, lex.cast_not_verbs) \
            and any(p == "PRTS" for p, *_ in _ru_readings(left[-1])) \
            and not any(t in lex.cast_negations for t in left[-4:-1]) \
            and (_ru_unread(name[-1]) or any(case == "ablt" for _, case, *_ in _ru_readings(name[-1]))):
        out.append((_A, f"does “{left[-1]}”"))
    if left and left[-1].startswith("жертв") and (_ru_unread(name[-1]) or any(
            case == "gent" for _, case, *_ in _ru_readings(name[-1]))
            and not any(geo for *_, geo in _ru_readings(name[-1]))):
        out.append((_A, f"its “{left[-1]}”"))
    # a short passive participle of harm after the name, past "был" and fillers: "Донецк был обстрелян"
    for t in right[:3]:
        if t in _RU_BE or t in lex.cast_fillers:
            continue
        if _matches(t, lex.cast_harm_verbs, lex.cast_not_verbs) and any(p == "PRTS" for p, *_ in _ru_readings(t)):
            out.append((_I, f"suffers “{t}”"))
        break
    # a blame word before the noun the name is the genitive of: "агрессивной политики США"
    if len(left) >= 2 and _matches(left[-2], lex.cast_blame_words, frozenset()) \
            and any(p == "ADJF" for p, *_ in _ru_readings(left[-2])) \
            and any(p == "NOUN" for p, *_ in _ru_readings(left[-1])) \
            and (_ru_unread(name[-1]) or any(case == "gent" for _, case, *_ in _ru_readings(name[-1]))):
        out.append((_A, f"its “{left[-2]} {left[-1]}”"))
    # ", который обстреливает …": a relative clause right after the name tells its deed
    if after[:1] == [","] and len(after) > 2 and after[1] in lex.relatives and after[1].startswith("котор"):
        for t in after[2:2 + _RU_SKIP]:
            if t in lex.cast_fillers:
                continue
            if t in lex.cast_negations or t in _CLAUSE_END:
                break
            pos = {p for p, *_ in _ru_readings(t)}
            if "VERB" in pos and _matches(t, lex.cast_harm_verbs, lex.cast_not_verbs):
                out.append((_A, f"does “{t}”"))
            elif "VERB" in pos and _matches(t, lex.cast_help_verbs, lex.cast_not_verbs):
                out.append((_P, f"does “{t}”"))
            if pos & _RU_SKIP_STOP:
                break
    # "среди раненых оказался подросток": counted among the victims
    for k in range(max(0, len(left) - 4), len(left) - 1):
        if left[k] == "среди" and _matches(left[k + 1], lex.cast_victim_words, frozenset()):
            out.append((_I, f"called “{left[k + 1]}”"))
            break
    # a group perished: "мирные жители погибли", "погибли пенсионеры" (the plural verb agrees with it)
    verb = next((t for t in right[:3] if t not in lex.cast_fillers), None)
    if verb not in lex.cast_perish_verbs and left and (len(left) < 2 or left[-2] not in lex.cast_negations):
        verb = left[-1]
    if verb in lex.cast_perish_verbs and (_ru_agrees(name, verb) or _ru_counted(left, name)):
        out.append((_I, f"suffers “{verb}”"))
    # what the name itself calls it: "киевский режим", "украинские неонацисты", "мирные жители Донбасса"
    if not any(w.startswith(("борьб", "противо")) or w == "против" for w in name):
        for w in name:
            if _matches(w, lex.cast_blame_words, frozenset()) or w in lex.cast_blame_nouns:
                out.append((_A, f"called “{w}”"))
                break
            if _matches(w, lex.cast_victim_words, frozenset()) or _matches(w, lex.cast_civilian_words, frozenset()):
                out.append((_I, f"called “{w}”"))
                break
            if _matches(w, lex.cast_praise_words, frozenset()):
                out.append((_P, f"called “{w}”"))
                break
    # what a verb of calling calls it: "назвал Зеленского клоуном", "Россия признана агрессором"
    called = left and _matches(left[-1], lex.cast_call_verbs, frozenset()) \
        and (len(left) < 2 or left[-2] not in lex.cast_negations)
    unquoted = [t for t in after[:6] if t not in _QUOTE_CHARS]  # "называл Зеленского «вором»"
    words = unquoted[:2] if called else right[1:3] if right[:1] and right[0] in _RU_CALLED else []
    said = _called_word(words, lex)
    if said:
        out.append(said)
    if lex.cast_give_verbs:
        out = _ru_more_items(out, left, right, name, lex, after)
        out = _ru_third_items(out, left, right, name, lex, after)
        out = _ru_fourth_items(out, left, right, name, lex, after)
    return list(dict.fromkeys(out))


_RU_CLOSING = frozenset('»“”"')
_RU_BEING = ("оказал", "оказыва", "находи", "наход", "оста", "был", "будет", "будут")  # "оказался под обстрелом"
_RU_SOURCES = frozenset({"из", "с", "со", "от"})  # "удары по Киеву из регионов России": where a harm comes from


def _ru_nominal(word: str) -> bool:
    """Whether ``word`` can be (part of) a name in the nominative: a noun or adjective in the nominative, or a
    word whose case cannot be read (an acronym, Latin letters)."""
    return _ru_unread(word) or any(case == "nomn" and pos in ("NOUN", "ADJF") for pos, case, *_ in _ru_readings(word))


def _ru_plural_verb(word: str) -> bool:
    v = _ru_verb(word)
    return v is not None and v[0] == "plur"


def _ru_coordinated_before(left: list[str], lex) -> bool:
    """Whether the name ends a list of subjects ("Германия, Польша и Франция", "США и Британия"): "и" right before
    it after a name in the nominative, and no verb before the list in its clause (a verb there makes the list its
    object: "обстреляли Донецк и Горловку")."""
    if len(left) < 2 or left[-1] != "и" or not _ru_nominal(left[-2]) or left[-2] in lex.relatives:
        return False
    for t in reversed(left[:-2]):
        if t in lex.complementizers or t in lex.relatives:
            break
        if _ru_verb(t) is not None or any(p in ("PREP", "INFN", "PRTS") for p, *_ in _ru_readings(t)):
            return False
    return True


def _ru_verb_after(words: list[str], lex, start: int = 0) -> tuple[int, str] | None:
    """The verb of harm or help after ``words[start:]``, past fillers (a negation, another verb or a clause break
    ends the search): (role, verb)."""
    for t in words[start:start + _RU_SKIP + 1]:
        if t in lex.cast_fillers:
            continue
        if t in lex.cast_negations or t in _CLAUSE_END or t in lex.relatives or t in lex.complementizers:
            return None
        pos = {p for p, *_ in _ru_readings(t)}
        if "VERB" in pos and _matches(t, lex.cast_harm_verbs, lex.cast_not_verbs):
            return _A, t
        if "VERB" in pos and _matches(t, lex.cast_help_verbs, lex.cast_not_verbs):
            return _P, t
        return None
    return None


def _ru_cease(words: list[str], m: int, lex) -> str | None:
    """The words of peace at ``words[m]``: a word of stopping and the fighting it stops, a word between left out
    ("прекратить огонь", "завершение конфликта", "прекращала эту войну" as "прекращала войну": the cue names the
    words that carry the meaning, fix43); or making peace (branch ru-cast42): "достичь мира", "установление мира",
    "миссия мира". ``None`` if ``words[m]`` is neither."""
    from ...lang.ru import CAST_PEACE_MAKING

    if _matches(words[m], lex.cast_cease_words, frozenset()):
        fight = next((w for w in words[m + 1:m + 3] if _matches(w, lex.cast_fighting_words, frozenset())), None)
        if fight:
            return f"{words[m]} {fight}"
    if words[m].startswith(CAST_PEACE_MAKING) and words[m + 1:m + 2] in (["мир"], ["мира"], ["миру"], ["миром"]):
        return f"{words[m]} {words[m + 1]}"
    return None


def _ru_more_items(items: list[tuple[int, str]], left: list[str], right: list[str], name: list[str], lex,
                   after: list[str]) -> list[tuple[int, str]]:
    """Russian, second round (branch ru-cast49), after :func:`_ru_case_items`:

    - Coordinated subjects share their plural verb: "Германия, Польша и Франция обстреляли" (the name first or
      inside the list, read on past its commas; or last, after "и"), not when a verb before the list makes it
      its object ("обстреляли Донецк и Горловку").
    - A name in quote marks reads its verb past the closing mark («Азов» обстрелял).
    - Help given: a verb of giving with a word of aid after it, not arms or money ("оказали гуманитарную помощь";
      not "военную и гуманитарную помощь").
    - Harm undergone: "X подвергся обстрелу", "X оказался под обстрелом".
    - Harm aimed at a name's land or people: "удары по городам России", "обстрел территории Украины" (the name in
      the genitive)."""
    out = list(items)
    prep_before = bool(left) and any(p == "PREP" for p, *_ in _ru_readings(left[-1]))
    has_deed = any(c.startswith("does “") for _, c in out)
    # the name last in a list of subjects: "… Италия и Франция обстреляли"
    if not prep_before and _ru_coordinated_before(left, lex) and _ru_nominal(name[-1]):
        deed = _ru_verb_after(right, lex)
        if deed and _ru_plural_verb(deed[1]):
            out = [x for x in out if x != (_I, f"suffers “{deed[1]}”")]
            out.append((deed[0], f"does “{deed[1]}”"))
            has_deed = True
    # the name first or inside a list of subjects, read past the commas: "Германия, Польша и Франция обстреляли"
    if not prep_before and not has_deed and after[:1] and after[0] in (",", "и") and _ru_nominal(name[-1]) \
            and not (left and _ru_verb(left[-1]) is not None):
        k, joined, listed = 0, False, False
        while k < len(after) and k < 16:
            t = after[k]
            if t in (",", "и"):
                joined = joined or t == "и"
                k += 1
                continue
            if t in _QUOTE_CHARS or t not in lex.relatives and t not in lex.cast_fillers and _ru_nominal(t) \
                    and _ru_verb(t) is None:
                listed = True
                k += 1
                continue
            break
        if joined and listed and k < len(after):
            deed = _ru_verb_after(after, lex, k)
            if deed and _ru_plural_verb(deed[1]) and after[k - 1] not in (",", "и"):
                out.append((deed[0], f"does “{deed[1]}”"))
                has_deed = True
    # a name in quote marks: its verb after the closing mark («Азов» обстрелял)
    if not prep_before and not has_deed and not right and after[:1] and after[0] in _RU_CLOSING:
        deed = _ru_verb_after(after, lex, 1)
        if deed and _ru_agrees(name, deed[1]):
            out.append((deed[0], f"does “{deed[1]}”"))
            has_deed = True
    # help given: "оказали гуманитарную помощь" (the name its subject)
    found = None if prep_before else _ru_subject_verb(
        right, name, lex, lambda t: _matches(t, lex.cast_give_verbs, frozenset()) and _ru_verb(t) is not None)
    if found:
        n, t = found
        aid = next((w for w in right[n + 1:n + 5] if _matches(w, lex.cast_aid_words, frozenset())), None)
        if aid and not any(_matches(w, lex.cast_armed_words, frozenset()) for w in right[n + 1:n + 7]):
            out.append((_P, f"does “{t} {aid}”"))
    # harm undergone: "X подвергся обстрелу", "X оказался под обстрелом"
    if not prep_before:
        for n, t in enumerate(right[:4]):
            if t in lex.cast_negations:
                break
            if _matches(t, lex.cast_undergo_verbs, frozenset()) and _ru_verb(t) is not None and _ru_agrees(name, t):
                harm = next((w for w in right[n + 1:n + 4] if _matches(w, lex.cast_harm_stems, frozenset())), None)
                if harm:
                    out.append((_I, f"suffers “{harm}”"))
                break
            if t == "под" and right[n + 1:n + 2] and _matches(right[n + 1], lex.cast_harm_stems, frozenset()) \
                    and any(case == "ablt" for _, case, *_ in _ru_readings(right[n + 1])):
                out.append((_I, f"suffers “{right[n + 1]}”"))
                break
            if _ru_verb(t) is not None and not t.startswith(_RU_BEING):
                break  # "народ гибнет под обстрелами": under the verb's phrase, read by the verb's own rule
    # peace sought or refused by the name as subject: "Орбан предложил прекратить огонь", "Украина отказывается от
    # переговоров" (past fillers; another verb, a negation or "что" ends the search)
    if not prep_before and lex.cast_offer_verbs:
        for n, t in enumerate(right[:_RU_SKIP + 1]):
            if t in lex.cast_negations or t in lex.complementizers:
                break
            if t in lex.cast_fillers:
                continue
            offer = _matches(t, lex.cast_offer_verbs, frozenset())
            refuse = not offer and _matches(t, lex.cast_refuse_verbs, frozenset())
            if (offer or refuse) and _ru_agrees(name, t):
                for m, w in enumerate(right[n + 1:n + 8], n + 1):
                    if w in lex.cast_negations or w in lex.complementizers:
                        break
                    peace = w if _matches(w, lex.cast_peace_stems, frozenset()) else _ru_cease(right, m, lex)
                    if peace:  # (a word of peace, or "прекратить огонь")
                        out.append((_P, f"seeks “{peace}”") if offer else (_A, f"refuses “{peace}”"))
                        break
                break
            if _ru_verb(t) is not None:
                break
    # harm undergone as injuries: "двое журналистов получили ранения"
    if not prep_before and lex.cast_wounded_verbs:
        for n, t in enumerate(right[:4]):
            if t in lex.cast_negations:
                break
            if t in lex.cast_fillers:
                continue
            if _matches(t, lex.cast_wounded_verbs, frozenset()) and (_ru_agrees(name, t) or _ru_counted(left, name)):
                hurt = next((w for w in right[n + 1:n + 4] if _matches(w, lex.cast_injury_stems, frozenset())), None)
                if hurt:
                    out.append((_I, f"suffers “{hurt}”"))
            break
    # a strike on civilians: "ВСУ нанесли удар по мирному кварталу" (not "по аэродрому"; the verb the first word
    # past fillers)
    found = None if prep_before or not lex.cast_strike_verbs else _ru_subject_verb(
        right, name, lex, lambda t: _matches(t, lex.cast_strike_verbs, frozenset()) and _ru_verb(t) is not None,
        stop=lambda t: True)
    if found:
        n, t = found
        gift = right[n + 1:n + 7]
        harm = next((w for w in gift[:2] if _matches(w, lex.cast_harm_stems, frozenset())), None)
        if harm and any(_matches(w, lex.cast_civilian_words, frozenset()) for w in gift):
            out.append((_A, f"does “{t} {harm}”"))
    gleft = left
    # the name after another in the genitive: "мирного предложения Турции и Катара", "давлением Вашингтона и НАТО"
    if len(left) >= 3 and left[-1] == "и" and (_ru_unread(left[-2]) or any(
            case == "gent" for _, case, *_ in _ru_readings(left[-2]))) \
            and (_ru_unread(name[-1]) or any(case == "gent" for _, case, *_ in _ru_readings(name[-1]))):
        gleft = left[:-2]
        if gleft[-1] in lex.cast_agent_nouns:
            out.append((_A, f"its “{gleft[-1]}”"))
        elif gleft[-1] in lex.cast_blame_nouns:
            out.append((_A, f"called “{gleft[-1]}”"))
    # responsibility or guilt for something: "ответственность Запада за затягивание конфликта" (not "снять
    # ответственность с Запада": the genitive right after the noun, "за" right after the name)
    if left and left[-1] in lex.cast_blame_owned and right[:1] == ["за"] \
            and not any(t in lex.cast_negations for t in left[-4:-1]) \
            and (_ru_unread(name[-1]) or any(case == "gent" for _, case, *_ in _ru_readings(name[-1]))):
        out.append((_A, f"blamed “{left[-1]}”"))
    # the name after another object of the same harm: "обстреляли Донецк и Горловку", "удары по Киеву и Харькову",
    # "оккупация Крыма и Донбасса" (the first conjunct a single word, the name not the verb's subject)
    if len(left) >= 3 and left[-1] == "и" and not any(c.startswith("suffers “") for _, c in out):
        prev, first = left[:-2], left[-2]
        verb = prev[-1]
        if _matches(verb, lex.cast_harm_verbs, lex.cast_not_verbs) and _ru_verb(verb) is not None \
                and (len(prev) < 2 or prev[-2] not in lex.cast_negations) \
                and _ru_accusative(name) and not _ru_agrees(name, verb) and not _ru_agrees([first], verb):
            out.append((_I, f"suffers “{verb}”"))
        elif len(prev) >= 2 and verb in lex.cast_harm_nouns.get(prev[-2], "-").split("|") \
                and lex.cast_harm_nouns.get(prev[-2]) != "" and (len(prev) < 3 or prev[-3] not in lex.cast_negations):
            out.append((_I, f"suffers “{prev[-2]}”"))
        elif lex.cast_harm_nouns.get(verb) == "" and any(case == "gent" for _, case, *_ in _ru_readings(name[-1])) \
                and any(case == "gent" for _, case, *_ in _ru_readings(first)):
            out.append((_I, f"suffers “{verb}”"))
    # the peace a plan of the name's seeks: "мирные инициативы России", "предложения Китая по урегулированию"
    if gleft and gleft[-1] in lex.cast_peace_plans and (_ru_unread(name[-1]) or any(
            case == "gent" for _, case, *_ in _ru_readings(name[-1]))):
        peace = next((w for w in gleft[-3:-1][::-1] + (right[:3] if gleft is left else [])
                      if _matches(w, lex.cast_peace_stems, frozenset())), None)
        if peace:
            out.append((_P, f"seeks “{peace}”"))
    # harm aimed at the name's land or people: "удары по городам России", "обстрел территории Украины"
    if len(left) >= 2 and _matches(left[-1], lex.cast_place_nouns, frozenset()) \
            and any(p == "NOUN" for p, *_ in _ru_readings(left[-1])) \
            and (_ru_unread(name[-1]) or any(case == "gent" for _, case, *_ in _ru_readings(name[-1]))):
        rest = left[:-1]
        if rest and any(p == "ADJF" for p, *_ in _ru_readings(rest[-1])) and rest[-1] not in lex.cast_harm_nouns:
            rest = rest[:-1]  # "удары по приграничным районам России"
        if rest and lex.cast_harm_nouns.get(rest[-1]) == "":
            out.append((_I, f"suffers “{rest[-1]}”"))  # "обстрел территории Украины"
        else:
            # the noun of harm a few words back, its preposition between it and the place, no source between
            # ("удары британскими ракетами по районам РФ", "удары по объектам на территории России"; not "удары по
            # Киеву из регионов России")
            for j in range(len(rest) - 2, max(-1, len(rest) - 6), -1):
                preps = lex.cast_harm_nouns.get(rest[j])
                if preps is None:
                    continue
                between = rest[j + 1:]
                if any(w in preps.split("|") for w in between) and not any(w in _RU_SOURCES for w in between):
                    out.append((_I, f"suffers “{rest[j]}”"))
                break
    # what it is called right before it, in its case: "датский наемник Эрик Ланге", "герой Донбасса" is no
    # apposition ("убийца Дарьи Дугиной": the genitive is the victim)
    if left and (_matches(left[-1], lex.cast_blame_words, frozenset())
                 or _matches(left[-1], lex.cast_praise_words, frozenset())) \
            and (len(left) < 2 or left[-2] not in lex.cast_negations):
        cases = {case for pos, case, *_ in _ru_readings(left[-1]) if pos == "NOUN"}
        if cases and (_ru_unread(name[0]) or cases & {case for pos, case, *_ in _ru_readings(name[0])
                                                       if pos in ("NOUN", "ADJF")}):
            blame = _matches(left[-1], lex.cast_blame_words, frozenset())
            out.append((_A if blame else _P, f"called “{left[-1]}”"))
    # harm told of a place: "В Белгороде погибли трое", "в ДНР зафиксированы обстрелы" (not when the harm has a
    # target of its own after it: "в Москве обсудили удары по Киеву", nor after a verb of saying)
    if len(left) >= 1 and left[-1] in ("в", "во", "на") and lex.cast_place_harm \
            and not any(t in lex.reporting_verbs or t in lex.complementizers for t in left) \
            and any(case == "loct" for _, case, *_ in _ru_readings(name[-1])):
        for n, t in enumerate(right[:8]):
            if t in lex.cast_negations or t in lex.complementizers or t in lex.reporting_verbs:
                break
            if _matches(t, lex.cast_place_harm, frozenset()):
                # (a verb, a short participle or a noun; not an attribute of another noun: "в США истерия по
                # поводу пострадавшей больницы")
                if not any(w in ("по", "на") for w in right[n + 1:n + 3]) \
                        and {p for p, *_ in _ru_readings(t)} & {"VERB", "PRTS", "NOUN"}:
                    out.append((_I, f"suffers “{t}”"))
                break
    # the name killed or hurt a few words on: "Лозинский в прошлом месяце был убит" (past phrases of time or place)
    for t in right[:7]:
        if t in lex.cast_negations:
            break
        if t in _RU_BE or t in lex.cast_fillers:
            continue
        pos = {p for p, *_ in _ru_readings(t)}
        if "PRTS" in pos and (_matches(t, lex.cast_harm_verbs, lex.cast_not_verbs)
                              or _matches(t, lex.cast_victim_words, frozenset())):
            out.append((_I, f"suffers “{t}”"))
            break
        if pos & (_RU_SKIP_STOP | {"PRTS"}) or t in lex.relatives:
            break
    # thanks or praise addressed to it: "выразил благодарность премьеру Японии", "слова благодарности в адрес
    # губернатора", "поблагодарил спасателей" (not negated)
    if lex.cast_thanks_words and not any(t in lex.cast_negations for t in left[-6:]):
        cases = {case for _, case, *_ in _ru_readings(name[0])}  # (the head: "главам стран БРИКС")
        # (six words back: "много слов благодарности они сказали в адрес губернатора", branch ru-cast42b)
        thanks = next((w for w in left[-6:] if _matches(w, lex.cast_thanks_words, frozenset())), None)
        if thanks and ("datv" in cases and left[-1] == thanks
                       or left[-2:] == ["в", "адрес"] or left[-3:-1] == ["в", "адрес"] and _ru_title(left[-1], lex)):
            out.append((_P, f"praised “{thanks}”"))
        elif left and _matches(left[-1], lex.cast_praise_verbs, frozenset()) and _ru_verb(left[-1]) is not None \
                and "accs" in cases and not _ru_agrees(name, left[-1]):
            out.append((_P, f"praised “{left[-1]}”"))
    # a harm only planned or wanted is none suffered yet: "готовит решающий удар по Одессе"
    if lex.cast_plan_words:
        planned = set()
        for k in range(1, len(left)):
            if left[k] in lex.cast_harm_nouns and any(_matches(w, lex.cast_plan_words, frozenset())
                                                      for w in left[max(0, k - 2):k]):
                planned.add(f"suffers “{left[k]}”")
        out = [x for x in out if not (x[0] == _I and x[1] in planned)]
    return out


@lru_cache(maxsize=20000)
def _ru_lemmas(word: str) -> frozenset[str]:
    """pymorphy3's lemmas of a Russian word (its likely readings)."""
    from ...lang.ru import morph

    return frozenset(p.normal_form for p in morph().parse(word) if p.score > 0.01)


def _ru_title(word: str, lex) -> bool:
    """A title or role noun in any case ("президента", "премьеру", "блогера")."""
    return word in lex.titles or bool(_ru_lemmas(word) & (lex.titles | lex.role_nouns))


def _ru_peace_after(words: list[str], lex) -> str | None:
    """The word of peace in ``words`` (before a negation or "что"): "переговоров", "прекратить огонь"."""
    for m, w in enumerate(words):
        if w in lex.cast_negations or w in lex.complementizers:
            return None
        if _matches(w, lex.cast_peace_stems, frozenset()):
            return w
        ceased = _ru_cease(words, m, lex)
        if ceased:
            return ceased
    return None


def _ru_subject_verb(right: list[str], name: list[str], lex, kind, stop=None) -> tuple[int, str] | None:
    """The name's own verb of a ``kind`` after it: the first word of ``right`` (past fillers, before a negation) that
    ``kind`` accepts and that agrees with the name, as ``(index, word)``; ``None`` once a negation comes first or
    ``stop`` holds for a word (default: another finite verb)."""
    stop = stop or (lambda t: _ru_verb(t) is not None)
    for n, t in enumerate(right[:_RU_SKIP + 1]):
        if t in lex.cast_negations:
            return None
        if t in lex.cast_fillers:
            continue
        if kind(t) and _ru_agrees(name, t):
            return n, t
        if stop(t):
            return None
    return None


def _ru_third_items(items: list[tuple[int, str]], left: list[str], right: list[str], name: list[str], lex,
                    after: list[str]) -> list[tuple[int, str]]:
    """Russian, third round (branch ru-cast42), after :func:`_ru_more_items` (words: the third-round lists of
    ``lang/ru.py``):

    - A short passive participle of harm the verbs' beginnings miss ("Киев был атакован", "город разрушен"),
      after the name, suffers; before a name in the instrumental, the name does it ("атакован боевиками").
    - A verb of calling a title or two before the name ("назвала президента Украины Владимира Зеленского
      «клоуном»"; not a place after its title: "президента Украины").
    - A fire put out: "пожарные потушили пожар" (the name its subject).
    - A strike on people's places: "за сутки нанесли удары по шести регионам", "по жилым кварталам" (not "по
      аэродрому").
    - A second predicate after "и" shares the subject: "Орбан прибыл в Киев и предложил прекратить огонь".
    - Peace not wanted: "Киев не готов к переговорам", "не хочет прекращения огня".
    - Pressure "со стороны" a name; a label in brackets after it ("(признан иноагентом)"); its weapons attacking or
      shot down ("атака дронов ВСУ", "ПВО сбила десять беспилотников ВСУ").
    - Help given to people, not to a state: "медики оказали ему всю необходимую помощь" (not "помощь Молдавии")."""
    from ...lang import ru as ru_words

    out = list(items)
    prep_before = bool(left) and any(p == "PREP" for p, *_ in _ru_readings(left[-1]))

    def participle(t: str) -> bool:
        return t.startswith(ru_words.CAST_SUFFERED_PARTICIPLES) and any(p == "PRTS" for p, *_ in _ru_readings(t))

    # a short passive participle of harm after the name, past "был" and fillers: "Киев был атакован"
    if not prep_before and any(_ru_nominal(w) for w in name):
        for t in right[:3]:
            if t in _RU_BE or t in lex.cast_fillers:
                continue
            if participle(t):
                out.append((_I, f"suffers “{t}”"))
            break
    # its doer in the instrumental right after it: "был атакован боевиками ВСУ"
    if left and participle(left[-1]) and not any(t in lex.cast_negations for t in left[-4:-1]) \
            and (_ru_unread(name[-1]) or any(case == "ablt" for _, case, *_ in _ru_readings(name[-1]))):
        out.append((_A, f"does “{left[-1]}”"))
    # a verb of calling before the name's title: "назвала президента Украины Владимира Зеленского «клоуном»"
    for k in range(2, min(5, len(left)) + 1):
        if not _matches(left[-k], lex.cast_call_verbs, frozenset()):
            continue
        between = left[-k + 1:]
        if (len(left) > k and left[-k - 1] in lex.cast_negations) or not _ru_title(between[0], lex) \
                or _ru_title(left[-1], lex) and any(geo for *_, geo in _ru_readings(name[-1])):
            break
        if all(_ru_title(w, lex) or _ru_unread(w) or any(case == "gent" for _, case, *_ in _ru_readings(w))
               for w in between[1:]):
            said = _called_word([t for t in after[:6] if t not in _QUOTE_CHARS][:2], lex)
            if said:
                out.append(said)
        break
    # the doer of pressure or provocations "со стороны": "давление со стороны Минска" (a noun of harm's doer is
    # read by _lexical_items)
    if left[-2:] == ["со", "стороны"] and any(w in lex.cast_agent_nouns for w in left[-5:-2]):
        out.append((_A, f"its “{next(w for w in left[-5:-2][::-1] if w in lex.cast_agent_nouns)}”"))
    # its weapons attacking or shot down: "атака дронов ВСУ", "ПВО сбила десять беспилотников ВСУ" (the name in the
    # genitive right after the weapon; the shooting down a number or a word before it)
    if left and left[-1].startswith(ru_words.CAST_WEAPON_WORDS) \
            and (_ru_unread(name[-1]) or any(case == "gent" for _, case, *_ in _ru_readings(name[-1]))):
        if len(left) >= 2 and left[-2] in lex.cast_agent_nouns:
            out.append((_A, f"its “{left[-2]} {left[-1]}”"))
        else:
            downed = next((w for w in left[-4:-1][::-1] if w.startswith(ru_words.CAST_DOWNED_VERBS)), None)
            if downed and not any(t in lex.cast_negations for t in left[-5:-1]):
                out.append((_A, f"its “{downed} {left[-1]}”"))
    # a label in brackets after it: "Иван Петров (признан иноагентом)", "(признанный экстремистом)"
    if after[:1] == ["("] and after[1:2] and after[1].startswith(("признан", "внесен", "объявлен")):
        said = _called_word([t for t in after[2:5] if t not in _QUOTE_CHARS][:2], lex)
        if said:
            out.append(said)
    if prep_before:
        return out
    # a fire put out: "МЧС потушили пожар", "пожарные ликвидировали возгорание"
    found = _ru_subject_verb(right, name, lex, lambda t: t.startswith(ru_words.CAST_FIRE_VERBS) and bool(
        {p for p, *_ in _ru_readings(t)} & {"VERB", "INFN"}))
    if found:
        n, t = found
        fire = next((w for w in right[n + 1:n + 4] if w.startswith(ru_words.CAST_FIRE_WORDS)), None)
        if fire:
            out.append((_P, f"does “{t} {fire}”"))
    # help given to people: "медики оказали ему всю необходимую помощь", "оказали помощь пострадавшим"
    found = _ru_subject_verb(right, name, lex, lambda t: _matches(t, lex.cast_give_verbs, frozenset())
                             and _ru_verb(t) is not None)
    if found:
        n, t = found
        gift = right[n + 1:n + 6]
        if any(w in ("помощь", "помощи") for w in gift) \
                and any(_matches(w, ru_words.CAST_HELPED_PEOPLE, frozenset()) for w in gift) \
                and not any(_matches(w, lex.cast_armed_words, frozenset()) for w in right[n + 1:n + 8]) \
                and not any(c.startswith(f"does “{t} ") for _, c in out):  # (not twice: "гуманитарную")
            out.append((_P, f"does “{t} помощь”"))
    # a strike on people's places: "ВСУ нанесли удары по шести регионам России" (not "по аэродрому"), read past a
    # phrase of time ("за сутки нанесли")
    found = _ru_subject_verb(right, name, lex, lambda t: _matches(t, lex.cast_strike_verbs, frozenset())
                             and _ru_verb(t) is not None,
                             stop=lambda t: bool({p for p, *_ in _ru_readings(t)} & _RU_SKIP_STOP))
    if found:
        n, t = found
        gift = right[n + 1:n + 9]
        h = next((m for m, w in enumerate(gift[:4]) if _matches(w, lex.cast_harm_stems, frozenset())), None)
        if h is not None and "по" in gift[h + 1:h + 3]:
            p = gift.index("по", h + 1)
            if any(w.startswith(ru_words.CAST_STRUCK_PLACES) for w in gift[p + 1:p + 4]):
                out.append((_A, f"does “{t} {gift[h]}”"))
    deeds = any(c.startswith(("does “", "seeks “", "refuses “")) for _, c in out)
    # a second predicate after "и": "Орбан прибыл в Киев и предложил прекратить огонь" (the first verb the
    # name's, no other verb or clause word before "и", the second verb right after it)
    first = None
    for n, t in enumerate(right[:_RU_SKIP + 1]):
        if t in lex.cast_negations or t in lex.relatives or t in lex.complementizers:
            break
        if t in lex.cast_fillers:
            continue
        if _ru_verb(t) is not None:
            first = n if _ru_agrees(name, t) else None
            break
        if {p for p, *_ in _ru_readings(t)} & {"INFN", "GRND", "PRTS", "CONJ"}:
            break
    if first is not None and not deeds:
        for m in range(first + 1, min(len(right), first + 9)):
            t = right[m]
            if t in lex.complementizers or t in lex.relatives or t in lex.cast_negations:
                break
            if t == "и":
                rest = [w for w in right[m + 1:m + 4] if w not in lex.cast_fillers]
                verb = rest[0] if rest else ""
                if _ru_verb(verb) is None or not _ru_agrees(name, verb):
                    break
                deed = _ru_verb_after(rest, lex)
                if deed:
                    out.append((deed[0], f"does “{deed[1]}”"))
                elif _matches(verb, lex.cast_offer_verbs, frozenset()) \
                        or _matches(verb, lex.cast_refuse_verbs, frozenset()):
                    peace = _ru_peace_after(right[m + 2:m + 9], lex)
                    if peace:
                        offer = _matches(verb, lex.cast_offer_verbs, frozenset())
                        out.append((_P, f"seeks “{peace}”") if offer else (_A, f"refuses “{peace}”"))
                break
            if _ru_verb(t) is not None:
                break
    # peace not wanted: "Киев не готов к переговорам", "не хочет прекращения огня"
    for n, t in enumerate(right[:_RU_SKIP + 1]):
        if t in lex.cast_fillers:
            continue
        if t == "не" and n + 1 < len(right) and _matches(right[n + 1], ru_words.CAST_WILLING_VERBS, frozenset()) \
                and _ru_agrees(name, right[n + 1]):
            peace = _ru_peace_after(right[n + 2:n + 9], lex)
            if peace:
                out.append((_A, f"refuses “{peace}”"))
        if t in lex.cast_negations or t in lex.complementizers or _ru_verb(t) is not None:
            break
    return out


def _ru_cases(word: str) -> set[str]:
    """The cases pymorphy3 reads ``word`` in ("loc2" counts as the locative, "в Крыму"; "gen2" as the genitive)."""
    return {{"loc2": "loct", "gen2": "gent"}.get(case, case) for _, case, *_ in _ru_readings(word)}


@lru_cache(maxsize=20000)
def _ru_person_cases(word: str) -> frozenset[str]:
    """The cases in which ``word`` reads as a noun of a person (animate: "журналистки", "основателя")."""
    from ...lang.ru import morph

    return frozenset(str(p.tag.case) for p in morph().parse(word)
                     if p.score > 0.01 and p.tag.POS == "NOUN" and "anim" in p.tag)


def _ru_person(word: str, cases: set[str]) -> bool:
    """Whether ``word`` is a noun of a person in one of ``cases`` (a title before a name in its case)."""
    return bool(_ru_person_cases(word) & cases)

#: Phrases whose genitive after them is to blame for a harm ("погибли по вине ВСУ", "от рук боевиков", "на совести
#: Киева"; branch ru-cast42b)
_RU_BLAMED_BY = frozenset({("по", "вине"), ("от", "рук"), ("на", "совести"), ("по", "указке")})


def _ru_fourth_items(items: list[tuple[int, str]], left: list[str], right: list[str], name: list[str], lex,
                     after: list[str]) -> list[tuple[int, str]]:
    """Russian, fourth round (branch ru-cast42b), after :func:`_ru_third_items` (words: the fourth-round lists of
    ``lang/ru.py``):

    - Refusal owned: a noun of refusing before the name in the genitive (titles between) with a word of peace on
      ("нежелание президента Украины Владимира Зеленского идти на компромиссы", "отказ Киева от переговоров").
    - A war wanted: a war or an escalation needed by or profitable to the name in the dative ("Западу нужна
      эскалация", "конфликт выгоден Вашингтону").
    - Peace not wanted, read past ", чтобы": "Запад не хочет, чтобы Украина прекратила конфликт".
    - Credit for an effort: "благодаря слаженной работе огнеборцев".
    - Calling by what is to be undone: "денацификация Украины", "двойные стандарты Запада", "лицемерие Запада".
    - A loaded verb of arming: "Запад накачивает Украину оружием"; capable of harm: "Киев способен на провокации".
    - A harm repelled or a rescue by the name in the instrumental: "атака отражена бойцами", "бойцами группировки
      «Север» отражена контратака" (not after a preposition: "вместе с бойцами").
    - Harm aimed at a person named after their title: "теракт против журналистки Дарьи Дугиной", "покушение на
      основателя телеканала" (the title a noun of a person in the name's case).
    - Thanked or praised past a title: "поблагодарил президента Молдавии Ивана Петрова".
    - What it is called past a genitive, in its case: "фюрером украинского народа Владимиром Зеленским".
    - Blame for a harm: "погибли по вине ВСУ", "от рук боевиков", "на совести Киева"; "Киев виноват в …".
    - A crime prepared or committed: "Иван Петров готовил теракт", "преступление готовили спецслужбы",
      "готовивший теракт Иван Петров" (not a strike: an army's deed, whose side depends on the article).
    - Behind a harm or involved in it: "за терактом стоят спецслужбы", "причастность Киева к теракту" (not denied:
      "доказательств причастности нет").
    - Peace sought by a plan of the name's past a title ("предложения участников ШОС по урегулированию"), or by
      a plan it offered ("предложенный Россией план … позволит прекратить бои"); help offered ("предлагала свою
      помощь"); skilled work credited ("высококвалифицированной работы ФСБ").
    - Harm complained of: "певица пожаловалась на травлю"; hurt with others: "Иван Петров и его коллега получили
      ранения".
    - Left without what one lives on: "жители остались без света", "семьи лишились крова".
    - A place harmed: the name in the locative after "в"/"на" in the clause of a harm verb or a word of harm told of
      a place ("ВСУ пытаются поджигать леса в ЛНР", "обстреляли больницу в Донецке", "погибли трое в Белгороде")."""
    from ...lang import ru as ru_words

    out = list(items)
    cues = {c for _, c in out}
    negated = any(t in lex.cast_negations for t in left[-6:])

    def genitive(w: str) -> bool:
        return _ru_unread(w) or "gent" in _ru_cases(w)

    def crime(words: list[str]) -> str | None:
        """The first word of a crime in ``words``, with its noun after an adjective ("террористический акт")."""
        n = next((n for n, w in enumerate(words) if w.startswith(ru_words.CAST_CRIME_WORDS)), None)
        if n is None:
            return None
        adjective = words[n].startswith("террористическ") and n + 1 < len(words)
        return f"{words[n]} {words[n + 1]}" if adjective else words[n]

    # refusal owned: "нежелание президента Украины Владимира Зеленского идти на компромиссы"
    for k in range(1, min(5, len(left)) + 1):
        w = left[-k]
        if f"{w} ".startswith(ru_words.CAST_REFUSAL_NOUNS) and genitive(name[-1]) and not negated:
            peace = _ru_peace_after(right[:8], lex)
            if peace:
                out.append((_A, f"refuses “{peace}”"))
            break
        if not (_ru_title(w, lex) or genitive(w)):
            break
    # a war wanted: "Западу нужна эскалация", "конфликт на Украине выгоден Владимиру Зеленскому"
    if "datv" in _ru_cases(name[-1]) or _ru_unread(name[-1]):
        near = left[-5:] + right[:2]
        wanted = next((w for w in near if w.startswith(ru_words.CAST_WANTED_WORDS)
                       and {p for p, *_ in _ru_readings(w)} & {"ADJS", "PRED"}), None)
        # (the war the subject: "эскалация", not "окончание войны" nor "нужны переговоры о прекращении войны")
        war = next((w for n, w in enumerate(near) if w.startswith(ru_words.CAST_WAR_WORDS)
                    and any(p == "NOUN" and case == "nomn" for p, case, *_ in _ru_readings(w))
                    and not (n and any(p == "NOUN" for p, *_ in _ru_readings(near[n - 1])))), None)
        if wanted and war and not any(t in lex.cast_negations or _matches(t, lex.cast_cease_words, frozenset())
                                      or _matches(t, lex.cast_peace_stems, frozenset()) for t in near):
            out.append((_A, f"seeks “{war}”"))
    # peace not wanted, past ", чтобы": "Запад не хочет, чтобы Украина прекратила конфликт"
    for n, t in enumerate(after[:_RU_SKIP + 1]):
        if t in lex.cast_fillers:
            continue
        if t == "не" and n + 1 < len(after) and _matches(after[n + 1], ru_words.CAST_WILLING_VERBS, frozenset()) \
                and _ru_agrees(name, after[n + 1]) and after[n + 2:n + 4] in ([",", "чтобы"], [",", "что"]):
            peace = _ru_peace_after(after[n + 4:n + 10], lex)
            if peace and f"refuses “{peace}”" not in cues:
                out.append((_A, f"refuses “{peace}”"))
        if t in lex.cast_negations or t in lex.complementizers or _ru_verb(t) is not None:
            break
    # credit for an effort: "благодаря слаженной работе огнеборцев"
    if left and left[-1].startswith(ru_words.CAST_EFFORT_WORDS) and "благодаря" in left[-4:-1] and genitive(name[-1]) \
            and not negated:
        out.append((_P, f"praised “благодаря {left[-1]}”"))
    # calling by what is to be undone: "денацификация Украины", "двойные стандарты Запада"
    if left and genitive(name[-1]) and not (len(left) >= 2 and left[-2] in lex.cast_negations):
        if left[-1] in ru_words.CAST_UNDONE_NOUNS:
            out.append((_A, f"called “{left[-1]}”"))
        elif len(left) >= 2 and left[-1].startswith("стандарт") and left[-2].startswith("двойн"):
            out.append((_A, f"called “{left[-2]} {left[-1]}”"))
    # a loaded verb of arming: "Запад продолжает накачивать Украину оружием" (the name its subject)
    if not (left and any(p == "PREP" for p, *_ in _ru_readings(left[-1]))):
        for n, t in enumerate(right[:_RU_SKIP + 1]):
            if t in lex.cast_negations:
                break
            if t in lex.cast_fillers:
                continue
            if t.startswith(ru_words.CAST_PUMP_VERBS) and (_ru_verb(t) is None or _ru_agrees(name, t)) \
                    and any(w.startswith("оружи") for w in right[n + 1:n + 4]):
                out.append((_A, f"does “{t} оружием”"))
            break
    # capable of harm: "Киев способен на масштабные провокации" (the name its subject)
    for n, t in enumerate(right[:3]):
        if t in lex.cast_negations:
            break
        if t.startswith("способ") and any(p == "ADJS" for p, *_ in _ru_readings(t)) and _ru_nominal(name[-1]) \
                and right[n + 1:n + 2] == ["на"]:
            harm = next((w for w in right[n + 2:n + 5] if w in lex.cast_harm_nouns or w in lex.cast_agent_nouns),
                        None)
            if harm:
                out.append((_A, f"does “{t} на {harm}”"))
            break
        if t not in lex.cast_fillers and t not in _RU_BE:
            break
    # a harm repelled or a rescue by the name in the instrumental, its short participle before or after it:
    # "атака отражена бойцами ВСУ", "бойцами группировки «Север» отражена контратака"
    # (the head in the instrumental, "бойцами ВС России"; not after a preposition: "вместе с бойцами")
    if not _ru_unread(name[0]) and "ablt" in _ru_cases(name[0]) and not negated \
            and not (left and any(p == "PREP" for p, *_ in _ru_readings(left[-1]))):
        ahead = [w for w in after[:6] if w not in _QUOTE_CHARS][:4]  # (past a name in quote marks: «Север»)
        done = next((w for w in left[-2:] + ahead if w.startswith(ru_words.CAST_HELPED_PARTICIPLES)
                     and any(p == "PRTS" for p, *_ in _ru_readings(w))), None)
        between = ahead[:ahead.index(done)] if done in ahead else []
        if done and not any(t in lex.cast_negations or t in _CLAUSE_END for t in between):
            out.append((_P, f"does “{done}”"))
    # what it is called a title's genitive before it, in its case: "с просроченным фюрером украинского народа
    # Владимиром Зеленским", "героем Донбасса Арсеном Павловым" (not the genitive: "убийцы журналистки Дарьи
    # Дугиной" names the victim)
    head = {c for pos, c, *_ in _ru_readings(name[0]) if pos in ("NOUN", "ADJF")}
    head = set() if "gent" in head else head  # (a name that may be a genitive may be the victim: "Дарьи")
    for k in range(2, min(4, len(left)) + 1):
        w, between = left[-k], left[-k + 1:]
        if not all(genitive(x) and x not in lex.cast_negations for x in between):
            break
        said = _called_word([w], lex)
        if said and head & {c for pos, c, *_ in _ru_readings(w) if pos == "NOUN"} \
                and not (len(left) > k and left[-k - 1] in lex.cast_negations) and not _ru_unread(name[0]):
            out.append(said)
            break
    # thanked or praised past a title: "поблагодарил президента Молдавии Ивана Петрова" (the name the object)
    for k in range(2, min(5, len(left)) + 1):
        w, between = left[-k], left[-k + 1:]
        if _matches(w, lex.cast_praise_verbs, frozenset()) and _ru_verb(w) is not None:
            if _ru_title(between[0], lex) and "accs" in _ru_cases(name[-1]) and not _ru_agrees(name, w) \
                    and not (len(left) > k and left[-k - 1] in lex.cast_negations) \
                    and not any(c.startswith("praised “") for _, c in out):
                out.append((_P, f"praised “{w}”"))
            break
        if not all(_ru_title(x, lex) or genitive(x) for x in between[:1]):
            break
    # blame for a harm: "погибли по вине ВСУ", "от рук боевиков", "на совести Киева", "сорваны по указке
    # тогдашнего премьера Великобритании Бориса Джонсона" (titles between); "Киев виноват в …"
    for k in range(2, min(6, len(left)) + 1):
        if (left[-k], left[-k + 1]) in _RU_BLAMED_BY:
            if genitive(name[-1]) and not negated:
                out.append((_A, f"blamed “{left[-k]} {left[-k + 1]}”"))
            break
        w = left[-k + 1]
        if not (_ru_title(w, lex) or genitive(w)) or w in ("и", ","):
            break
    guilty = next((t for t in right[:3] if t not in lex.cast_fillers and t not in _RU_BE), "")
    if guilty.startswith("виноват") and not any(t in lex.cast_negations for t in right[:right.index(guilty)]) \
            and _ru_nominal(name[-1]) and not (left and any(p == "PREP" for p, *_ in _ru_readings(left[-1]))):
        out.append((_A, f"called “{guilty}”"))
    # the peace a plan of the name's seeks, a title or a noun of persons between ("предложения участников ШОС по
    # урегулированию", "инициатива президента Турции Эрдогана о прекращении огня"), or a plan it offered ("предложенный
    # Россией план … позволит прекратить бои")
    seeks = {c for _, c in out if c.startswith("seeks “")}
    if len(left) >= 2 and genitive(name[-1]) and left[-2] in lex.cast_peace_plans and not negated \
            and (_ru_title(left[-1], lex) or _ru_person(left[-1], {"gent"})):
        peace = _ru_peace_after(right[:4], lex)
        if peace and not seeks:
            out.append((_P, f"seeks “{peace}”"))
    if left and left[-1].startswith("предложенн") and "ablt" in _ru_cases(name[-1]) and right[:1] \
            and right[0] in lex.cast_peace_plans and not seeks:
        peace = _ru_peace_after(right[1:12], lex)
        if peace:
            out.append((_P, f"seeks “{peace}”"))
    # help offered: "Россия предлагала свою помощь в борьбе с холерой" (not arms)
    found = _ru_subject_verb(right, name, lex, lambda t: t.startswith(("предлага", "предложил", "предложит",
                                                                       "предложат")) and _ru_verb(t) is not None)
    if found:
        n, t = found
        if any(w in ("помощь", "помощи") for w in right[n + 1:n + 4]) \
                and not any(_matches(w, lex.cast_armed_words, frozenset()) for w in right[n + 1:n + 7]):
            out.append((_P, f"does “{t} помощь”"))
    # skilled work or success credited: "высококвалифицированной работы ФСБ", "слаженные действия спасателей"
    owner = left[:-2] if len(left) >= 4 and left[-1] == "и" and genitive(left[-2]) else left
    if len(owner) >= 2 and owner[-1].startswith(ru_words.CAST_WORK_WORDS) and genitive(name[-1]) and not negated \
            and owner[-2].startswith(ru_words.CAST_SKILL_WORDS) and not any(c.startswith("praised “благодаря")
                                                                            for _, c in out):  # (one fact, one cue)
        out.append((_P, f"praised “{owner[-2]} {owner[-1]}”"))
    # harm complained of: "певица пожаловалась на травлю", "жалуются на обстрелы" (the name its subject)
    for n, t in enumerate(right[:4]):
        if t in lex.cast_negations:
            break
        if t in lex.cast_fillers:
            continue
        if t.startswith(("пожаловал", "жалует", "жалуют", "жаловал")) and _ru_agrees(name, t) \
                and right[n + 1:n + 2] == ["на"]:
            harm = next((w for w in right[n + 2:n + 4] if _matches(w, lex.cast_harm_stems, frozenset())
                         or w.startswith(ru_words.CAST_COMPLAINED_HARMS)), None)
            if harm:
                out.append((_I, f"suffers “{harm}”"))
            break
        if _ru_verb(t) is not None:
            break
    # hurt with others: "корреспондент Иван Петров и его коллега получили ранения" (the name first in the list)
    if right[:1] == ["и"] and not any(c.startswith("suffers “") for _, c in out) and _ru_nominal(name[0]):
        for n, t in enumerate(right[1:10], 1):
            if t in lex.cast_negations or t in lex.relatives or t in lex.complementizers:
                break
            if _ru_verb(t) is not None:
                hurt = next((w for w in right[n + 1:n + 4] if _matches(w, lex.cast_injury_stems, frozenset())), None)
                if _matches(t, lex.cast_wounded_verbs, frozenset()) and _ru_plural_verb(t) and hurt:
                    out.append((_I, f"suffers “{hurt}”"))
                break
    # left without what one lives on: "жители остались без света", "семьи лишились крова" (the name its subject)
    for n, t in enumerate(right[:4]):
        if t in lex.cast_negations:
            break
        if t in lex.cast_fillers:
            continue
        # (reflexive only: "оставили без света", "лишили крова" is harm done, not suffered; not a future one foretold,
        # "останется без газа")
        if t.startswith(("остал", "остаю", "лиш")) and t.endswith(("ся", "сь")) and not t.startswith("лишат") \
                and _ru_verb(t) is not None and _ru_agrees(name, t):
            lost = right[n + 1:n + 3]
            need = lost[1:2] if lost[:1] == ["без"] else lost[:1] if t.startswith("лиш") else []
            if need and need[0].startswith(ru_words.CAST_NEEDS):
                out.append((_I, f"suffers “{t} {' '.join(lost[:len(lost) if lost[:1] == ['без'] else 1])}”"))
            break
        if _ru_verb(t) is not None:
            break
    # a crime prepared or committed: "Иван Петров готовил теракт", "преступление готовили украинские спецслужбы",
    # "готовивший теракт Иван Петров" (not a strike or an attack: an army's deed, whose side the article takes)
    if not negated and not (left and any(p == "PREP" for p, *_ in _ru_readings(left[-1]))) and _ru_nominal(name[0]):
        for k in range(1, min(3, len(left)) + 1):
            w = left[-k]
            if w.startswith(ru_words.CAST_COMMIT_VERBS) and (_ru_verb(w) is not None and _ru_agrees(name, w) or any(
                    p == "PRTF" for p, *_ in _ru_readings(w))):
                deed = crime([x for x in left[-k - 3:] if x not in lex.cast_negations])
                if deed and deed.startswith(ru_words.CAST_PLOT_WORDS):
                    out.append((_A, f"does “{w} {deed}”"))
                break
            if w not in lex.cast_fillers and not (k == 1 and any(p == "INFN" for p, *_ in _ru_readings(w))):
                break  # (an infinitive between: "теракт планировали организовать украинские спецслужбы")
        # an active participle opening the name's phrase: "Готовивший теракт в Херсоне Иван Петров"
        part = next((k for k in range(1, min(10, len(left)) + 1) if left[-k].startswith(ru_words.CAST_COMMIT_VERBS)
                     and any(p == "PRTF" and c == "nomn" for p, c, *_ in _ru_readings(left[-k]))), None)
        if part and not any(_ru_verb(w) is not None or w in lex.cast_negations for w in left[-part - 2:]):
            deed = crime(left[len(left) - part + 1:len(left) - part + 3])  # (the crime may end it: "готовивший теракт")
            if deed and deed.startswith(ru_words.CAST_PLOT_WORDS):
                out.append((_A, f"does “{left[-part]} {deed}”"))
                out = [x for x in out if x != (_A, f"its “{deed}”")]  # (one fact, one cue)
        for n, t in enumerate(right[:4]):
            if t in lex.cast_negations:
                break
            if t in lex.cast_fillers:
                continue
            if t.startswith(ru_words.CAST_COMMIT_VERBS) and _ru_verb(t) is not None and _ru_agrees(name, t):
                deed = crime(right[n + 1:n + 4])
                if deed and deed.startswith(ru_words.CAST_PLOT_WORDS):
                    out.append((_A, f"does “{t} {deed}”"))
            break
    # behind a harm or involved in it: "за терактом стоят спецслужбы", "Киев стоит за атакой", "причастность Киева к
    # теракту", "Киев причастен к подрыву" (a word of harm after "за" or "к"; "нет" after it denies)
    denied = any(t in lex.cast_negations or t in ("нет", "никакой", "никакого", "никаких") for t in right[:10])
    if not denied and not negated:
        stand = next((k for k in range(1, min(3, len(left)) + 1) if left[-k].startswith(("стоит", "стоят", "стоял"))
                      or left[-k] == "стоять"), None)
        deed = crime(left[-stand - 3:-stand]) if stand else None
        if stand and "за" in left[-stand - 3:-stand] and deed and _ru_nominal(name[0]):
            out.append((_A, f"does “стоит за {deed}”"))
        elif right[:1] and right[0].startswith(("стоит", "стоят", "стоял")) and right[1:2] == ["за"] \
                and crime(right[2:4]) and _ru_agrees(name, right[0]):
            out.append((_A, f"does “стоит за {crime(right[2:4])}”"))
        elif right[:1] and right[0].startswith("причастн") and right[1:2] in (["к"], ["ко"]) and crime(right[2:5]) \
                and _ru_nominal(name[0]):
            out.append((_A, f"called “{right[0]} к {crime(right[2:5])}”"))
        elif left and left[-1].startswith("причастност") and genitive(name[-1]) and right[:1] in (["к"], ["ко"]) \
                and crime(right[1:4]):
            out.append((_A, f"called “причастность к {crime(right[1:4])}”"))
    # harm aimed at a person named after their title: "теракт против журналистки Дарьи Дугиной"
    cases = _ru_cases(name[-1])
    # (the title may own a genitive: "покушение на основателя телеканала Ивана Петрова"; not a thing's owner, "удар
    # по стоянке самолетов ВСУ", nor the title's country, "покушение на главу администрации Молдавии")
    for k in range(2, min(7, len(left)) + 1):
        prep, between = left[-k], left[-k + 1:]
        noun = left[-k - 1] if len(left) > k else ""
        if not _ru_person(between[0], cases) or not all(w in _QUOTE_CHARS or _ru_unread(w) or genitive(w)
                                                         for w in between[1:]):
            continue
        if noun in lex.cast_harm_nouns and prep in lex.cast_harm_nouns[noun].split("|") \
                and not any(t in lex.cast_negations for t in left[max(0, len(left) - k - 4):len(left) - k - 1]):
            out.append((_I, f"suffers “{noun}”"))
        break
    # a place harmed: "поджигать леса в ЛНР", "обстреляли больницу в Донецке", "погибли трое в Белгороде"
    if len(left) >= 2 and left[-1] in ("в", "во", "на") and (_ru_unread(name[-1]) or "loct" in cases) \
            and not any(c.startswith("suffers “") for _, c in out):
        for j in range(len(left) - 2, max(-1, len(left) - 8), -1):
            t = left[j]
            if t in lex.cast_negations or t in lex.complementizers or t in lex.relatives or t in lex.reporting_verbs:
                break
            pos = {p for p, *_ in _ru_readings(t)}
            harm = pos & {"VERB", "INFN", "PRTS"} and _matches(t, lex.cast_harm_verbs, lex.cast_not_verbs)
            told = lex.cast_place_harm and _matches(t, lex.cast_place_harm, frozenset()) \
                and pos & {"VERB", "PRTS"}
            if harm or told:
                if not any(w in lex.cast_negations for w in left[max(0, j - 2):j]):
                    out.append((_I, f"suffers “{t}”"))
                break
            if pos & {"VERB", "INFN"}:
                break  # another verb's clause
    return out
