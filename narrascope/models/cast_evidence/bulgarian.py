"""Bulgarian evidence read without a parse (:func:`_bg_items`, :func:`_bg_beyond_comma`,
:func:`_bg_fourth_items`, with the ``CAST_*`` words of ``narrascope/lang/bg.py``): Bulgarian has no cases, so
passives, articles and clitics tell who does what.
"""
from __future__ import annotations

from functools import lru_cache

from .common import _A, _I, _P
from .words import _clause, _matches

#: :func:`_matches` remembered: Bulgarian words repeat and each is tried against the same stems (``_bg_items`` runs
#: for every occurrence of every name)
_bg_matches = lru_cache(maxsize=1 << 16)(_matches)
_BG_STRIKE = ("нанес", "нанас")  # "нанесе удар", "нанасят удари": a strike dealt
_BG_PLURAL = ("ха", "ат", "ят", "ли")  # a plural verb ("атакуваха", "подтикват", "обстрелват", "нападнали")
_BG_ARTICLED = ("ия", "ият", "ата", "ото", "ите")  # an adjective with its article ("спящия", "мирната")


#: What a name is in, under or for it is not called ("Украйна е под заплаха", "е в режим на военно положение")
_BG_PREPS = frozenset("под в във на за от с със към при без".split())
_BG_SPOKEN = ("отправи", "отправя")  # "отправи нова атака срещу": an attack in words
#: Aid given (bg-cast49): a verb of giving or sending with humanitarian aid within three words after it ("Турция
#: изпрати хуманитарна помощ"; aid alone is not enough: "предоставя помощ на Украйна" is arms as often as bread)
_BG_GIVE = ("изпрати", "изпраща", "предостави", "предоставя", "достави", "доставя", "оказа", "оказва", "дари",
            "дарява", "разпредели", "раздаде", "раздава", "осигури", "осигурява", "отпусна", "отпуска")
_BG_AID = ("хуманитарн",)
#: Peace sought by the name before the verb ("Ватиканът призова за примирие"), with a word of peace within five
#: words after it (peace refused, "отхвърли примирие", was pruned: wrong 1 of 1 on folds 1-4)
_BG_SEEK = ("призова", "призовават", "призоваха", "настоя", "настоява", "търси", "стреми", "желае")
#: A deed of a name aimed at another: "военен акт на Турция срещу Сирия", "плановете на ЕС срещу Русия" (the noun
#: before "на X срещу"); not resistance or defence against it ("борбата на Украйна срещу агресора")
_BG_AGAINST_NOT = ("борба", "борбата", "отбрана", "отбраната", "защита", "защитата", "съпротива", "съпротивата",
                   "санкции", "санкциите", "мерки", "мерките", "решение", "решението", "позиция", "позицията",
                   "иск", "иска", "искът", "жалба", "жалбата", "дело", "делото", "мач", "мача", "победа", "победата")
#: Harm intended or attempted by the name ("Западът се опитва да въвлече …", "САЩ искат да унищожат …",
#: "Киев планира да атакува …"): the intent is its own, as English reads "tried to destroy"
_BG_INTENT = frozenset("""иска искат искаше искаха опитва опитват опита опитаха опитваше планира планират планираше
възнамерява възнамеряват готви готвят стреми стремят""".split())
#: Named or declared something: "Русия беше обявена за терористична държава", "е наречен диктатор", "признат за
#: герой" (what follows is what it is called, as after a copula)
_BG_NAMED = ("обявен", "наречен", "признат", "определен", "смятан", "считан", "нарича", "нарече")
#: Peace offered by a name after a participle ("предложена от Русия", "внесено от президента Путин")
_BG_OFFERED = ("предложен", "внесен", "представен", "лансиран")
#: Fire ceased by the name ("Русия ще прекрати огъня", "Израел прекрати бойните действия"): a hero's item as the
#: peace English reads in "brokered a truce"
_BG_CEASE = ("прекрати", "прекратя", "прекратява", "спря ", "спре ", "спират", "спряха")
_BG_FIGHTING = frozenset("огъня огън войната бойните военните обстрелите обстрела ударите атаките".split())
#: A war started by a name: "Русия започна войната" (not "войната, която започнаха САЩ": the comma ends the clause
#: read before the name)
_BG_START = ("започна", "започва", "отприщи", "развяза", "разпали", "разпалва", "предизвика")
_BG_WAR = ("войн", "конфликт", "агресия", "нахлуване", "инвазия")
#: "режим" of a mode, not of a rule: "контратерористичен режим в Дагестан", "безвизов режим с ЕС", "извънреден
#: режим в Одеса" name no regime
_BG_MODE = ("контратерорист", "антитерорист", "безвизов", "визов", "извънред", "особен", "санкцион", "пропускател",
            "работен", "енергиен", "тих", "дежурен", "авариен", "карантин")
#: Blame owned: "отговорността на Запада за войната", "вината на Киев" (bg-cast49)
_BG_GUILT = frozenset("отговорността отговорност вината вина".split())
_BG_GUILT_FOR = frozenset("отговорността отговорност".split())  # these blame only with "за": "отговорността на … за"
#: Thanks addressed to a name: "благодарност на Полша", "признателността към Турция"
_BG_THANKS = frozenset("благодарност благодарността признателност признателността".split())
#: A charge answered in the clause: "Русия обвини Украйна, която отрече" is no blame of Ukraine by the article
_BG_DENY = ("отрече", "отрича", "отрекоха", "отхвърли обвин", "отхвърля обвин", "опроверга", "опровергава")
#: Negations of the future and of having as well ("Украйна няма да може да победи Русия"), read by the bg-cast42 items
_BG_NOT = frozenset({"не", "нито", "няма", "нямаше", "никога"})
#: Behind a deed of harm: "Киев стои зад атаката", "САЩ стояха зад преврата" (bg-cast42); the deed is a noun of harm
#: within three words after "зад" ("стоим зад Украйна", support, has the name after "зад" and reads nothing here)
_BG_STAND = frozenset("стои стоят стоеше стояха стоял стояла стояли".split())
_BG_DEEDS = ("атак", "нападени", "удар", "удари", "взрив", "атентат", "убийств", "преврат", "саботаж", "диверси",
             "провокаци", "терор", "обстрел", "бомбардиров", "отвличан", "покушени", "агреси", "инвази", "нахлуван",
             "кампания", "престъплен", "зверств", "войн", "конфликт", "дезинформаци", "пропаганд",
             # interventions, genocide, occupation, repressions (bg-cast42b)
             "интервенц", "геноцид", "окупаци", "репреси")
#: A war waged: "Русия води война срещу Украйна", "Западът води хибридна война против Русия" (bg-cast42): who
#: wages it against a target does harm (the target suffers "война срещу", read as a noun of harm)
_BG_WAGE = frozenset("води водят водеше водеха водил водила водили".split())
_BG_JUST_WAR = ("отбранител", "освободител", "справедлив", "отечествен")  # "води отбранителна война срещу": defence
#: Defeat wished or sought for a name ("Западът иска да победи Русия", "провоенните политици искат да победят
#: Русия"; bg-cast42): the name after the verb suffers it; who defeats is not read (a victory is no harm)
_BG_DEFEAT = frozenset("победи победят победим победиш побеждава побеждават сломи сломят сломим".split())
#: Peace broken off by a name: "мирните преговори бяха прекъснати от Лондон", "споразумението, провалено от …"
#: (bg-cast42; the participle with a word of peace or talks within eight words before it)
_BG_BROKEN = ("прекъснат", "провален", "осуетен", "торпилиран", "саботиран", "сорван")
_BG_OF_A_LAND = ("ски", "ския", "ският", "ска", "ската")  # "на украинския президент Зеленски": an adjective of a title
#: An end put to a war ("Русия ще сложи край на войната"; bg-cast42): a hero's item, as fire ceased. Not one wished
#: ("иска да сложи край"), as help wished is none ("иска да помогне": test_cast_evidence); help a name is ready to
#: give ("е готова да помогне", 1 right on folds 1-4) was dropped for the same reason
_BG_PUT = ("сложи", "слага", "сложат", "сложиха", "слагат")
#: The auxiliary of the perfect and pluperfect before an l-participle ("е нападнала", "са разрушили", "беше
#: обстрелвал"; bg-cast42): the name did it
_BG_AUX = frozenset("е са беше бяха бе".split())
_BG_L_PARTICIPLE = ("л", "ла", "ло", "ли")
#: Nouns of blame and the prepositions of whom they blame: "обвиненията срещу Русия", "критиките към ЕС"
#: (bg-cast42; "критиките на ЕС" are the EU's own). A condemnation foretold by its noun ("ще последва осъждане на
#: Русия") was pruned: wrong 1 of 1 on folds 1-4
_BG_CHARGES = {"обвинение": "срещу|към|против", "обвинения": "срещу|към|против", "обвиненията": "срещу|към|против",
               "критика": "срещу|към|против", "критики": "срещу|към|против", "критиките": "срещу|към|против"}


def _bg_spoken(left: list[str], noun: str) -> bool:
    """Whether the noun of harm ``noun`` before a name is launched in words ("Фараж отправи нова атака срещу
    Джонсън": a verbal attack, as English reads "a scathing attack"): a verb of addressing within three words
    before it."""
    if noun not in left:
        return False
    i = len(left) - 1 - left[::-1].index(noun)
    return any(t.startswith(_BG_SPOKEN) for t in left[max(0, i - 3):i])


def _bg_denied_noun(left: list[str], noun: str, lex) -> bool:
    """Whether the harm ``noun`` (a noun or verb) before a name is denied ("Няма траур в Дагестан", "не е имало
    нападение срещу Крим", "не искат да ударят Крим"; bg-cast42): a negation within three words before it."""
    if noun not in left:
        return False
    i = len(left) - 1 - left[::-1].index(noun)
    window = left[max(0, i - 3):i]
    # (a negation before "и" with a verb between belongs to another verb: "Русия не спря и нападна Украйна"; fix43)
    cut = max((n for n, t in enumerate(window) if t in ("и", "а", "но") and n >= 1 and window[n - 1] not in _BG_NOT
               and not _bg_far_crossed(window[n - 1], lex)), default=-1)
    # (not ceasing is going on: "Русия не спира да обстрелва Харков" tells the shelling; fix43)
    return any(t in _BG_NOT and not (window[n + 1:n + 2] and window[n + 1].startswith(_BG_STOP)
                                     and window[n + 2:n + 3] == ["да"]) for n, t in enumerate(window) if n > cut)


def _bg_negated_word(left: list[str], word: str) -> bool:
    """Whether a noun of aggression or blame before a name is denied ("Нямаше никаква агресия на Русия", "не е
    имало инвазия на Русия", "няма режим на …"; bg-cast42b): a negation within three words before it, not "не
    само" ("не само агресията на Русия, но и …" asserts it)."""
    if word not in left:
        return False
    i = len(left) - 1 - left[::-1].index(word)
    return any(t in _BG_NOT and left[j + 1:j + 2] != ["само"]
               for j, t in enumerate(left[max(0, i - 3):i], max(0, i - 3)))


#: Stopping: "не спира да обстрелва" is shelling that goes on (fix43)
_BG_STOP = ("спира", "спират", "спря", "спряха", "престава", "престават", "преста")
#: What a negation reaches across to the verb it negates (fix43): auxiliaries, the reflexive particles and adverbs
#: of time or of denial ("не е никога нападала", "не се е досега извинявал"); fillers are CAST_FILLERS
_BG_NEG_SCOPE = frozenset("""е са беше бяха бе бил била било били бъде бъдат се си изобщо въобще досега още
все""".split())
#: The future and the conditional: a harm foretold or supposed is no fact ("те ще унищожат Русия", "Русия би
#: нападнала"), read as a negation is (fix43)
_BG_NOT_YET = frozenset("ще би биха бих".split())
_BG_NO_WAY = frozenset("начин случай степен".split())  # "по никакъв начин", "в никакъв случай"


def _bg_far_crossed(word: str, lex) -> bool:
    """Whether a negation's scope goes on past ``word`` to the verb it negates: an auxiliary, a particle or an
    adverb (:data:`_BG_NEG_SCOPE`, ``CAST_FILLERS``)."""
    return word in _BG_NEG_SCOPE or word in lex.cast_fillers


def _bg_not_told(left: list[str], right: list[str], item: tuple[int, str], lex) -> bool:
    """Whether the word an item is read from before a name is negated farther back than the windows of three words
    reach (fix43: "Русия не е никога и по никакъв начин нападала Украйна" made Ukraine a victim), or only foretold or
    supposed (:data:`_BG_NOT_YET`: "ще унищожат Русия", "ще бъдат нанесени удари по Русия"): from the word back,
    past auxiliaries, adverbs (:data:`_BG_NEG_SCOPE`, ``CAST_FILLERS``, "по никакъв начин"), "да" and the intent it
    hangs on ("не са искали никога да унищожат"), "и"/"или" between adverbs and, for a noun, the one verb it is the
    object of ("не е водил никога война срещу"), to a negation ("не само" none). Any other word ends the scope:
    another verb ("не спря и нападна"), a conjunction, a noun; the clause ends at a comma."""
    word = item[1].split("“", 1)[-1].split(" ", 1)[0].rstrip("”")
    if len(word) <= 3 or word not in left or word in right:
        return False
    j = len(left) - 2 - left[::-1].index(word)
    verb = any(_bg_matches(word, words, frozenset()) for words in (lex.cast_harm_verbs, lex.cast_help_verbs)) \
        or word in lex.cast_passives or word in lex.cast_judging_verbs
    # (a noun's own verb may stand between: "не е водил никога война", "ще бъдат нанесени удари", a noun as a verb is)
    head = not verb or word in lex.cast_harm_nouns
    wish = False
    while j >= 0:
        t = left[j]
        if t in _BG_NOT or t in _BG_NOT_YET:
            return left[j + 1:j + 2] != ["само"]  # ("не само агресията на Русия, но и …" asserts it)
        if t in _BG_NO_WAY and j >= 2 and left[j - 1].startswith("никак") and left[j - 2] in ("по", "в"):
            j -= 3
        elif _bg_far_crossed(t, lex) or t in ("и", "или") and j >= 1 and (_bg_far_crossed(left[j - 1], lex)
                                                                          or left[j - 1] in _BG_NOT):
            j -= 1
        elif t == "да" and not wish:
            wish, j = True, j - 1
        elif wish:  # the verb of intent "да" hangs on ("искат да", "са искали никога да"), or none
            if not (t in _BG_INTENT or any(t.endswith(e) and t[:-len(e)] in _BG_INTENT for e in _BG_L_PARTICIPLE)):
                return False
            wish, j = False, j - 1
        elif head:
            head, j = False, j - 1
        else:
            return False
    return False


def _bg_mode_after(right: list[str], word: str) -> bool:
    """Whether "режим" after a name is a mode, not a rule ("В Ингушетия е въведен режим на извънредно
    положение", "е обявен извънреден режим"): "на" after it or a word of a mode before it."""
    if not word.startswith("режим") or word not in right[:5]:
        return False
    i = right.index(word)
    return right[i + 1:i + 2] == ["на"] or i > 0 and right[i - 1].startswith(_BG_MODE)


def _bg_denied(right: list[str]) -> bool:
    """Whether the clause after a blamed name answers the charge ("обвини Украйна, а Киев отрече": the accused
    denies it; "обвини Киев в атака, което Киев отхвърля обвиненията"): a verb of denying in it."""
    return any(w.startswith(_BG_DENY) or (w.startswith(("отхвърли", "отхвърля")) and right[n + 1:n + 2]
                                          and right[n + 1].startswith("обвин"))
               for n, w in enumerate(right))


def _bg_items(left: list[str], right: list[str], lex, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Bulgarian (no cases; ``items``: those :func:`_lexical_items` read, returned with these added): the passive of
    harm ("Украйна беше нападната", "Харков се обстрелва", "окупирания Крим": suffers it; "нападната от Русия": does
    it), a strike dealt ("Русия нанесе удар"), harm that goes on ("продължава да обстрелва"), a plural verb after two
    coordinated names ("Франция и Германия подтикват"), the second object of a harm verb ("атакува Украйна и
    Молдова"), peace offered ("Путин предложи мирен план", "мирният план на Ердоган": a hero's item), what the name is
    called after copulas and adverbs ("Румъния отдавна е мишена", "Украйна е защитник на …", "се превърна в
    диктатура") or before it ("агресорът Русия", "нелегитимният президент Зеленски", "престъпните действия на Киев",
    "окупаторът е Русия"), whom a verb of judging blames or praises ("ЕС осъди Русия"). A negation gives nothing; a
    threat's object suffers only words (no victim item); what a name is in or under ("под заплаха", "в режим на
    военно положение") it is not called."""
    out = [(role, cue) for role, cue in items
           if not (role == _I and cue.startswith("suffers")
                   and _bg_matches(cue[9:-1], lex.cast_words_only, frozenset()))
           and not (cue.startswith("called") and any(right[i] in _BG_PREPS and right[i + 1] == cue[8:-1]
                                                     for i in range(min(4, len(right) - 1))))
           and not (role == _I and cue.startswith("suffers") and _bg_spoken(left, cue[9:-1]))
           and not (role == _I and cue.startswith("suffers") and _bg_denied_noun(left, cue[9:-1], lex))
           and not (role == _A and cue.startswith(("its “", "called “"))
                    and _bg_negated_word(left, cue[cue.index("“") + 1:-1]))]
    # after the name: copulas, auxiliaries and adverbs, then a passive participle of harm, a strike dealt, harm that
    # goes on or what it is called
    k = 0
    while k < len(right) and k < 4 and (right[k] in lex.cast_copulas or right[k] in lex.cast_fillers):
        k += 1
    if right[k:k + 1] == ["се"] and right[k + 1:k + 2] and right[k + 1] in lex.cast_become \
            and right[k + 2:k + 3] == ["в"]:
        right = right[:k] + ["е"] + right[k + 3:]  # "се превърна в диктатура" is called as "е диктатура"
        k += 1
    nxt = right[k] if k < len(right) else ""
    if nxt in lex.cast_negations:
        pass
    elif nxt.startswith(_BG_NAMED) and not any(t in lex.cast_negations for t in right[:k]):
        for word in right[k + 1 + (right[k + 1:k + 2] == ["за"]):k + 4]:
            if word in lex.cast_negations or word in _BG_PREPS:
                break
            for role, words in ((_A, lex.cast_blame_words), (_I, lex.cast_victim_words), (_P, lex.cast_hero_words)):
                if _bg_matches(word, words, frozenset()):
                    out.append((role, f"called “{nxt} … {word}”"))  # "обявена за терористична държава"
                    break
            else:
                continue
            break
    elif nxt in lex.cast_passives:
        out.append((_I, f"suffers “{nxt}”"))
    elif nxt.startswith(_BG_STRIKE) and any(w.startswith("удар") for w in right[k + 1:k + 4]):
        out.append((_A, f"does “{nxt} удар”"))
    elif nxt in lex.cast_goes_on and right[k + 1:k + 2] == ["да"] and len(right) > k + 2 \
            and _bg_matches(right[k + 2], lex.cast_harm_verbs, lex.cast_not_verbs):
        out.append((_A, f"does “{right[k + 2]}”"))  # "Русия продължава да обстрелва"
    elif (intent := next((c for c in (k, k + 1) if c < len(right) and right[c] in _BG_INTENT
                          and (c == k or nxt == "се")), None)) is not None \
            and right[intent + 1:intent + 2] == ["да"] and len(right) > intent + 2 \
            and _bg_matches(right[intent + 2], lex.cast_harm_verbs, lex.cast_not_verbs) \
            and not _bg_matches(right[intent + 2], lex.cast_words_only, frozenset()):
        out.append((_A, f"does “{right[intent]} да {right[intent + 2]}”"))  # "САЩ искат да унищожат Русия"
    elif nxt == "се" and k + 1 < len(right) and _bg_matches(right[k + 1], lex.cast_harm_verbs, lex.cast_not_verbs) \
            and not _bg_matches(right[k + 1], lex.cast_words_only, frozenset()):
        out.append((_I, f"suffers “се {right[k + 1]}”"))  # "Харков се обстрелва всеки ден": the passive
    elif nxt == "и" and k == 0:
        # a subject coordinated with another name, the plural verb after both ("Франция и Германия подтикват …")
        for j in range(2, min(5, len(right))):
            w = right[j]
            if w in lex.cast_fillers:
                continue
            if w.endswith(_BG_PLURAL) and w not in lex.cast_passives:
                if _bg_matches(w, lex.cast_harm_verbs, lex.cast_not_verbs):
                    out.append((_A, f"does “{w}”"))
                elif _bg_matches(w, lex.cast_help_verbs, lex.cast_not_verbs):
                    out.append((_P, f"does “{w}”"))
            if w in lex.cast_negations or _bg_matches(w, lex.cast_harm_verbs, lex.cast_not_verbs) \
                    or _bg_matches(w, lex.cast_help_verbs, lex.cast_not_verbs):
                break
    elif _bg_matches(nxt, lex.cast_offer_verbs, frozenset()) and any(
            _bg_matches(w, lex.cast_peace_stems, frozenset()) for w in right[k + 1:k + 6]):
        w = next(w for w in right[k + 1:k + 6] if _bg_matches(w, lex.cast_peace_stems, frozenset()))
        gap = " " if right[k + 1] == w else " … "
        out.append((_P, f"does “{nxt}{gap}{w}”"))  # "Путин предложи мирен план"
    elif nxt.startswith(_BG_GIVE) and any(w.startswith(_BG_AID) for w in right[k + 1:k + 4]):
        w = next(w for w in right[k + 1:k + 4] if w.startswith(_BG_AID))
        out.append((_P, f"does “{nxt} {w}”" if right[k + 1] == w else f"does “{nxt} … {w}”"))
    elif nxt.startswith(_BG_START) and any(w.startswith(_BG_WAR) for w in right[k + 1:k + 3]):
        w = next(w for w in right[k + 1:k + 3] if w.startswith(_BG_WAR))
        out.append((_A, f"does “{nxt} {w}”" if right[k + 1] == w else f"does “{nxt} … {w}”"))
    elif any(_bg_matches(v, _BG_CEASE, frozenset()) and right[c + 1:c + 2] and right[c + 1] in _BG_FIGHTING
             for c, v in ((k, nxt), (k + 1, right[k + 1] if nxt == "ще" and k + 1 < len(right) else ""))):
        c = k + (nxt == "ще")  # "Русия прекрати огъня", "Русия ще прекрати огъня"
        out.append((_P, f"does “{right[c]} {right[c + 1]}”"))
    elif (put := next((c for c in (k, k + 1) if c < len(right) and right[c].startswith(_BG_PUT)
                       and (c == k or nxt == "ще")), None)) is not None \
            and right[put + 1:put + 3] == ["край", "на"] and any(w.startswith(_BG_WAR) for w in right[put + 3:put + 5]):
        out.append((_P, f"does “{right[put]} край”"))  # "Русия ще сложи край на войната"
    elif k > 0 and any(t in _BG_AUX for t in right[:k]) and nxt.endswith(_BG_L_PARTICIPLE) \
            and (_bg_matches(nxt, lex.cast_harm_verbs, lex.cast_not_verbs)
                 or _bg_matches(nxt, lex.cast_help_verbs, lex.cast_not_verbs)):
        # the perfect and pluperfect ("Русия е нападнала Украйна", "САЩ бяха провокирали войната"; bg-cast42)
        harm = _bg_matches(nxt, lex.cast_harm_verbs, lex.cast_not_verbs)
        out.append((_A if harm else _P, f"does “{right[k - 1]} {nxt}”"))
    elif nxt in _BG_STAND and right[k + 1:k + 2] == ["зад"] \
            and any(w.startswith(_BG_DEEDS) for w in right[k + 2:k + 5]):
        out.append((_A, f"does “{nxt} зад”"))  # "Киев стои зад атаката"
    elif nxt in _BG_WAGE and any(w.startswith("войн") for w in right[k + 1:k + 3]) \
            and any(w in ("срещу", "против") for w in right[k + 2:k + 5]) \
            and not right[k + 1].startswith(_BG_JUST_WAR):
        w = next(w for w in right[k + 1:k + 3] if w.startswith("войн"))
        out.append((_A, f"does “{nxt} {w}”" if right[k + 1] == w else f"does “{nxt} … {w}”"))
    elif nxt.startswith(_BG_SEEK) and any(
            _bg_matches(w, lex.cast_peace_stems, frozenset()) for w in right[k + 1:k + 6]):
        w = next(w for w in right[k + 1:k + 6] if _bg_matches(w, lex.cast_peace_stems, frozenset()))
        out.append((_P, f"seeks “{w}”"))  # "Ватиканът призова за примирие"
    elif k > 0 and any(t in lex.cast_copulas for t in right[:k]):
        for word in right[k:k + 2]:
            if word in lex.cast_negations or word in _BG_PREPS:
                break
            for role, words in ((_A, lex.cast_blame_words), (_I, lex.cast_victim_words), (_P, lex.cast_hero_words)):
                if _bg_matches(word, words, frozenset()):
                    out.append((role, f"called “{word}”"))
                    break
            else:
                continue
            break
    if not left:
        return _bg_no_mode(out + _bg_answerable(left, right, lex), right)
    last = left[-1]
    if len(left) >= 3 and left[-2] in lex.cast_blame_nouns and left[-3].startswith(_BG_MODE):
        out = [it for it in out if it != (_A, f"called “{left[-2]}”")]  # "контратерористичен режим в Дагестан"
    if len(left) >= 2 and last == "на" and left[-2] in _BG_GUILT \
            and (left[-2] not in _BG_GUILT_FOR or right[:1] == ["за"]) \
            and not any(t in lex.cast_negations for t in left[-5:]):
        out.append((_A, f"blamed “{left[-2]} на … за”" if right[:1] == ["за"] else f"blamed “{left[-2]} на”"))
    if len(left) >= 2 and last in ("на", "към") and left[-2] in _BG_THANKS \
            and not any(t in lex.cast_negations for t in left[-5:]):
        out.append((_P, f"praised “{left[-2]} {last}”"))  # "изрази благодарност на Полша"
    if len(left) >= 2 and last == "на" and right[:1] == ["срещу"] and len(left[-2]) > 2 \
            and left[-2] not in _BG_AGAINST_NOT and left[-2] not in lex.cast_peace_plans \
            and left[-2] not in lex.cast_agent_nouns \
            and not any(t in lex.cast_negations for t in left[-5:]):
        out.append((_A, f"its “{left[-2]} … срещу”"))  # "военен акт на Турция срещу Сирия" (not twice: "войната на")
    by = next((len(left) - j for j in range(1, min(6, len(left)) + 1) if left[-j] == "от"), 0)
    if by >= 2 and left[by - 1].startswith(_BG_OFFERED) \
            and not any(t in lex.cast_harm_verbs or t in lex.cast_passives for t in left[by + 1:]) \
            and any(_bg_matches(t, lex.cast_peace_stems, frozenset()) for t in left[max(0, by - 6):by - 1]):
        # "мирната инициатива, предложена от Русия", "предложението за мир, внесено от президента на Русия
        # Владимир Путин" (titles between "от" and the name)
        out.append((_P, f"its “{left[by - 1]} от”"))
    if len(left) >= 3 and last in ("в", "във") and len(left[-2]) > 3 \
            and _bg_matches(left[-3], lex.cast_harm_verbs, lex.cast_not_verbs) \
            and not _bg_matches(left[-3], lex.cast_words_only, frozenset()) \
            and not any(t in lex.cast_negations for t in left[-6:-3]):
        out.append((_I, f"suffers “{left[-3]} … {last}”"))  # "да удари склад във Варна": where the harm falls
    if len(left) >= 2 and last == "срещу" and left[-2].startswith("насочен") \
            and not any(t in lex.cast_negations for t in left[-5:-2]):
        out.append((_I, f"suffers “{left[-2]} срещу”"))  # "санкциите, насочени срещу Русия"
    if last == "от" and len(left) >= 2 and left[-2] in lex.cast_passives:
        out.append((_A, f"does “{left[-2]} от”"))  # "нападната от Русия"
    elif last in lex.cast_passives:
        out.append((_I, f"suffers “{last}”"))  # "окупирания Крим"
    elif len(left) >= 3 and last == "и" or len(left) >= 2 and last.endswith(_BG_ARTICLED):
        # the second object of a harm verb ("атакува Украйна и Молдова") or one with an adjective ("нападна
        # спящия Киев"): the verb one or two words before
        for verb in (left[-3], left[-4] if len(left) >= 4 and last == "и" else "") if last == "и" else (left[-2],):
            if _bg_matches(verb, lex.cast_harm_verbs, lex.cast_not_verbs) \
                    and not _bg_matches(verb, lex.cast_words_only, frozenset()) \
                    and not any(t in lex.cast_negations for t in left[-6:]):
                out.append((_I, f"suffers “{verb}”"))
                break
    if len(left) >= 3 and last == "на" and left[-2] in lex.cast_peace_plans \
            and _bg_matches(left[-3], lex.cast_peace_stems, frozenset()):
        out.append((_P, f"its “{left[-3]} {left[-2]}”"))  # "мирният план на Ердоган"
    if left[-3:] == ["от", "страна", "на"]:
        # "нападението срещу Крим от страна на Украйна": who does the harm of a noun before it
        for noun in left[-8:-3]:
            if noun in lex.cast_harm_nouns:
                out.append((_A, f"its “{noun}”"))
                break
    # what it is called before it: "агресорът Русия", "нелегитимният президент Зеленски" (a noun between, no
    # preposition or verb), "престъпните действия на Киев"
    called = None
    if _bg_matches(last, lex.cast_blame_words, frozenset()):
        called = last
    elif len(left) >= 2 and len(last) > 3 and last not in lex.reporting_forms \
            and not _bg_matches(last, lex.cast_harm_verbs, frozenset()) \
            and not _bg_matches(last, lex.cast_help_verbs, frozenset()) \
            and _bg_matches(left[-2], lex.cast_blame_words, frozenset()):
        called = left[-2]
    elif len(left) >= 3 and last == "на" and _bg_matches(left[-3], lex.cast_blame_words, frozenset()):
        called = left[-3]
    elif len(left) >= 2 and last in lex.cast_copulas and not (len(left) >= 3 and left[-3] in lex.cast_negations):
        for role, words in ((_A, lex.cast_blame_words), (_I, lex.cast_victim_words)):
            if _bg_matches(left[-2], words, frozenset()):
                out.append((role, f"called “{left[-2]}”"))  # "окупаторът е Русия", "жертвата е Украйна"
    at = len(left) - 1 - left[::-1].index(called) if called else 0
    if called and not any(t in lex.cast_negations for t in left[-4:] + left[max(0, at - 3):at]):
        # (nor a negation up to three words before the word: "не е безчестната тактика на Лондон"; bg-cast42b)
        out.append((_A, f"called “{called}”"))
    # judged: the object of a verb of blaming or praising ("ЕС осъди Русия", "благодари на Полша"); not negated, nor
    # a purpose or wish ("целта е да се осъди Иран")
    verb = left[-2] if len(left) >= 2 and last == "на" else last
    before = left[-4 - (verb != last):-1 - (verb != last)]
    if verb in lex.cast_judging_verbs and not any(t in lex.cast_negations or t == "да" for t in before) \
            and not (lex.cast_judging_verbs[verb] and _bg_denied(right)):
        out.append((_A, f"blamed “{verb}”") if lex.cast_judging_verbs[verb] else (_P, f"praised “{verb}”"))
    if _bg_matches(last, lex.cast_hero_words, frozenset()):
        out.append((_P, f"called “{last}”"))  # "героят Зеленски"
    return _bg_no_mode(out + _bg_more_before(left, right, lex) + _bg_answerable(left, right, lex), right)


#: Answerable for a harm: "САЩ са отговорни за атаката", "Киев носи отговорност за удара", "групировката пое
#: отговорност за нападението", "Западът е виновен за войната" (bg-cast42; a noun of harm within four words after
#: "за": "отговорен за енергетиката" is an office)
_BG_ANSWERABLE = ("отговорн", "отговорен", "виновн", "виновен")
_BG_BEAR = frozenset("носи носят носеше носеха пое поеха поема поемат".split())


def _bg_answerable(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The blame of a name answerable for a harm after it (:data:`_BG_ANSWERABLE`); a negation before the name or
    the word gives nothing ("не Русия е виновна за войната")."""
    k = 0
    while k < len(right) and k < 4 and (right[k] in lex.cast_copulas or right[k] in lex.cast_fillers
                                        or right[k] in ("ще", "пряко", "изцяло", "напълно")):
        k += 1
    word = right[k] if k < len(right) else ""
    if word.startswith(_BG_ANSWERABLE):
        at = k + 1
    elif word in _BG_BEAR and right[k + 1:k + 2] and right[k + 1].startswith(("отговорност", "вина")):
        at, word = k + 2, f"{word} {right[k + 1]}"
    else:
        return []
    if right[at:at + 1] != ["за"] or any(t in _BG_NOT for t in left[-2:] + right[:k]) \
            or not _bg_deed(right[at + 1:at + 5]):
        return []
    return [(_A, f"blamed “{word} за”")]


def _bg_more_before(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """Items of bg-cast42 read before a Bulgarian name: a defeat sought for it ("искат да победят Русия": suffers
    it), a noun of blame aimed at it ("обвиненията срещу Русия": blamed), peace talks it broke off ("преговорите
    бяха прекъснати от Лондон"), what pities it right before it ("многострадалната Газа"), the place a harm falls
    on ("обстрела на плажа в Крим") and the peace plan it owns with titles between or its aim after ("мирния план на
    украинския президент Зеленски", "предложението на Путин за прекратяване на огъня"). A negation within five
    words before gives nothing, nor a charge the accused denies in the same clause."""
    if not left or any(t in _BG_NOT for t in left[-5:]):
        return []
    last, out = left[-1], []
    if _bg_matches(last, lex.cast_victim_words, frozenset()):
        out.append((_I, f"called “{last}”"))  # "многострадалната Газа"
    if last in ("в", "във") and len(left) >= 4 and len(left[-2]) > 3 and left[-4] in lex.cast_harm_nouns \
            and left[-3] in lex.cast_harm_nouns[left[-4]].split("|"):
        out.append((_I, f"suffers “{left[-4]} … {last}”"))  # "обстрела на плажа в Крим"
    of = next((len(left) - j for j in range(1, min(4, len(left)) + 1) if left[-j] == "на"), 0)
    if of >= 1 and left[of - 1] in lex.cast_peace_plans and all(
            t in lex.titles or t.endswith(_BG_OF_A_LAND) for t in left[of + 1:]):
        aim = next((w for w in right[1:3] if _bg_matches(w, lex.cast_peace_stems, frozenset())), None) \
            if right[:1] == ["за"] else None
        if aim:
            out.append((_P, f"its “{left[of - 1]} за {aim}”"))  # "предложението на Путин за прекратяване"
        elif of < len(left) - 1 and of >= 2 and _bg_matches(left[of - 2], lex.cast_peace_stems, frozenset()):
            out.append((_P, f"its “{left[of - 2]} {left[of - 1]}”"))  # "мирния план на украинския президент"
    by = next((len(left) - j for j in range(1, min(6, len(left)) + 1) if left[-j] == "от"), 0)
    if by >= 2 and left[by - 1].startswith(_BG_BROKEN) \
            and any(t.startswith(("преговор", "примири", "споразумени", "мирн")) for t in left[max(0, by - 9):by - 1]):
        out.append((_A, f"its “{left[by - 1]} от”"))  # "мирните преговори бяха прекъснати от Лондон"
    if last in _BG_DEFEAT:
        out.append((_I, f"suffers “{last}”"))
    if len(left) >= 2 and last in _BG_CHARGES.get(left[-2], "").split("|") and not _bg_denied(right):
        out.append((_A, f"blamed “{left[-2]} {last}”"))
    return out


def _bg_no_mode(out: list[tuple[int, str]], right: list[str]) -> list[tuple[int, str]]:
    """``out`` less what a "режим" of a mode after the name calls it (see :func:`_bg_mode_after`)."""
    return [(role, cue) for role, cue in out if not (cue.startswith("called") and _bg_mode_after(right, cue[8:-1]))]


#: Relative pronouns whose clause after a comma has the name before it as its subject ("Русия, която атакува …")
_BG_WHO = frozenset("който която което които".split())
#: Participles of a deed done by a name after "от" ("държавният преврат, организиран от САЩ", "войната, водена от
#: Запада"): with a noun of harm (:data:`_BG_DEEDS`) just before the comma, the name does the harm
_BG_DONE_BY = ("организиран", "спонсориран", "иницииран", "извършен", "извършван", "подготвен", "финансиран", "воден",
               "разпален", "отприщен", "нанесен", "нанасян", "започнат", "координиран", "поръчан", "дирижиран")
_BG_SOLDIERS = ("войник", "войници")  # "войн…" of soldiers is no war: "войниците, водени от"


def _bg_deed(words: list[str]) -> str | None:
    """The noun of harm among ``words`` (:data:`_BG_DEEDS`; not soldiers), or ``None``."""
    return next((w for w in words if w.startswith(_BG_DEEDS) and not w.startswith(_BG_SOLDIERS)), None)


def _bg_beyond_comma(left: list[str], right: list[str], raw_left: list[str], raw_right: list[str],
                     lex) -> list[tuple[int, str]]:
    """Bulgarian items of the clause past the comma that ends a name's clause (bg-cast42; ``raw_left``/``raw_right``:
    the tokens each side before clauses were cut): a relative clause whose subject is the name ("Русия, която
    атакува Украйна": does it; "Украйна, която беше нападната": suffers it), an apposition that calls it or a
    participle of harm after it ("Зеленски, нелегитимният президент", "Украйна, нападната от Русия"), and the deed
    of harm before a comma done by the name after a participle ("преврат, организиран от САЩ"; peace offered so,
    "мирната инициатива, предложена от Русия", is a hero's item). A negation, a condition or a question gives
    nothing."""
    out: list[tuple[int, str]] = []
    if not right and raw_right[:1] == [","]:
        after = _clause(raw_right[1:], forward=True)
        if not left and after[:1] and after[0].endswith("йки"):
            # a gerund of the subject that opens the clause: "Саакашвили, обстрелвайки Южна Осетия, очакваше …"
            # (not of a name after the verb: "Русия атакува Украйна, унищожавайки …" is Russia's deed)
            if _bg_matches(after[0], lex.cast_harm_verbs, lex.cast_not_verbs):
                out.append((_A, f"does “{after[0]}”"))
            elif _bg_matches(after[0], lex.cast_help_verbs, lex.cast_not_verbs):
                out.append((_P, f"does “{after[0]}”"))
        elif after[:1] and after[0] in _BG_WHO and not (left and left[-1] in _BG_PREPS):
            # (not of a name after a preposition: "посланикът на САЩ, който …" is the ambassador)
            rel = after[1:]
            for t in rel:
                if t in lex.cast_fillers:
                    continue
                if t in _BG_NOT:
                    break
                if _bg_matches(t, lex.cast_harm_verbs, lex.cast_not_verbs):
                    out.append((_A, f"does “{t}”"))
                elif _bg_matches(t, lex.cast_help_verbs, lex.cast_not_verbs):
                    out.append((_P, f"does “{t}”"))
                break
            if not any(t in _BG_NOT for t in rel[:3]):
                out += _bg_items([], rel, lex, [])
        elif after[:1] and after[0] in lex.cast_passives:
            out.append((_I, f"suffers “{after[0]}”"))  # "Украйна, нападната от Русия"
        else:
            for word in after[:2]:
                if word in _BG_NOT or word in _BG_PREPS:
                    break
                role = next((r for r, words in ((_A, lex.cast_blame_words), (_I, lex.cast_victim_words),
                                                (_P, lex.cast_hero_words)) if _bg_matches(word, words, frozenset())),
                            None)
                if role is not None:
                    out.append((role, f"called “{word}”"))  # "Зеленски, нелегитимният президент"
                    break
    by = next((len(left) - j for j in range(1, min(6, len(left)) + 1) if left[-j] == "от"), 0)
    if by == 1 and len(raw_left) > len(left) and raw_left[-len(left) - 1] == "," \
            and not any(t in lex.cast_harm_verbs or t in lex.cast_passives for t in left[by + 1:]):
        head = raw_left[:-len(left) - 1]
        while head and head[-1] in _BG_CLOSING:
            head = head[:-1]  # "„хуманитарните интервенции“, извършвани от Запада": the quote closes before the comma
        clause = _clause(head, forward=False)
        before, part = clause[-5:], left[0]
        if any(t in lex.cast_conditionals for t in clause) or any(t in _BG_NOT for t in before):
            return out
        deed = _bg_deed(before[-4:])
        if part.startswith(_BG_DONE_BY) and deed:
            out.append((_A, f"its “{deed} … {part} от”"))  # "преврат, организиран от САЩ"
        elif part.startswith(_BG_OFFERED) and any(_bg_matches(t, lex.cast_peace_stems, frozenset()) for t in before):
            out.append((_P, f"its “{part} от”"))  # "мирната инициатива, предложена от Русия"
    return out


_BG_CLOSING = frozenset("“”\"»")  # closing quotes
#: Leave given to strike a target (bg-cast42b): "САЩ разрешиха на Киев да нанася удари по Русия", "Байдън одобри
#: използването на оръжията срещу Русия", "разрешението на Вашингтон за удари по Русия": a word of strikes or arms
#: and a target ("срещу", "по") after the verb or noun of leave; who gives it does the harm (the one allowed is after
#: "на" and reads nothing)
_BG_ALLOW = ("разреши", "разрешава", "разрешиха", "разрешават", "одобри", "одобрява", "позволи", "позволява")
_BG_LEAVE = frozenset("разрешението разрешение разрешаването одобрението позволението".split())
_BG_STRIKES = ("удар", "атак", "оръж", "ракет", "обстрел")
#: Bodies that act for a name: "осъди ръководството на ЕС", "похвали правителството на Полша" judge the name
_BG_BETWEEN = frozenset("между сред".split())  # "споразумението между Русия и КНДР" shares no predicate
_BG_PLURAL_AUX = frozenset("са бяха ще".split())
#: Deeds of harm done: a verb of committing, organising or planning with a noun of a crime within three words after
#: it ("Киев извърши терористична атака", "Лондон планира саботаж"); war and conflict are not crimes here ("готвят
#: се за война" is preparing)
_BG_COMMIT = ("извърши", "извършва", "извършиха", "организира", "подготви", "подготвя", "планира", "финансира",
              "спонсорира", "осъществи", "устрои", "инсценира")
_BG_CRIMES = ("атак", "нападени", "удар", "взрив", "атентат", "убийств", "преврат", "саботаж", "диверси", "провокаци",
              "терор", "обстрел", "бомбардиров", "отвличан", "покушени", "агреси", "инвази", "нахлуван", "престъплен",
              "зверств", "геноцид", "интервенц", "репреси", "клане")
#: Charged, condemned or praised by others: "е обвинен в", "беше заклеймен", "бе похвален за" (not "осъден": a
#: sentence passed is as often a dissident's as a criminal's, "журналистът беше осъден на 16 години")
_BG_CHARGED = ("обвинен", "заклеймен", "порицан", "разкритикуван", "критикуван", "уличен")
_BG_PRAISED = ("похвален", "приветстван", "аплодиран", "възхваляван", "награден")
_BG_BODIES = frozenset("""ръководството правителството властите администрацията политиката действията
решението решенията позицията лидерите""".split())
#: Violations done "от страна на" a name: "нарушаването на свободата на медиите от страна на Кремъл"
_BG_VIOLATION = ("нарушаван", "нарушени", "потъпкван", "изоставян", "тормоз")


#: Under harm (bg-cast42b): "е под обстрел", "остава под окупация", "се намира под обсада" (not "под заплаха": words)
_BG_UNDER = ("обстрел", "окупаци", "блокад", "обсад", "бомби", "бомбардиров", "артилерийски", "ракетен", "ракетни")
_BG_REMAIN = frozenset("остава остават остана останаха се намира намират живее живеят".split())


def _bg_crime(words: list[str]) -> str | None:
    """The noun of a crime among ``words`` (:data:`_BG_CRIMES`; the noun, not its adjective: "терористична атака"
    gives "атака"), or ``None``."""
    hits = [i for i, w in enumerate(words) if w.startswith(_BG_CRIMES)]
    return next((words[i] for i in hits if i + 1 not in hits), None)


def _bg_leave_to_strike(words: list[str]) -> str | None:
    """The word of strikes or arms in ``words`` when a target follows it ("да нанася удари по Русия",
    "използването на оръжия срещу цели в Русия"), else ``None``."""
    for n, w in enumerate(words):
        if w.startswith(_BG_STRIKES) and any(t in ("срещу", "по") for t in words[n + 1:n + 6]):
            return w
    return None


def _bg_fourth_items(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """Bulgarian items of bg-cast42b: the predicate the name shares with a second name after "и" ("Вашингтон и
    Лондон стоят зад атаката"), a crime committed ("планират саботаж"), charged, condemned or praised ("е обвинен
    в", "по обвинения в", "беше похвален"), leave given to strike a target (:data:`_BG_ALLOW`: does harm),
    legitimacy denied ("вече не е легитимен"), a deed of harm after the participle that names its doer ("този
    иницииран от Запада геноцид"), what the name is called before its titles and the adjectives of its land
    ("войнственият германски канцлер Олаф Шолц") or as one of a kind ("адекватни политици като Орбан"), a target it
    aims at ("мишена на Москва"), the second of two names after a harm noun's target, a noun of aggression or a verb
    of judging ("траур в Севастопол и Крим", "намесата на САЩ и Великобритания", "осъди Русия и Беларус"), the body a
    verb of judging judges for the name ("критикува ръководството на ЕС"), the blame borne for a harm "от" the name
    ("отговорността за удара се носи от Вашингтон") and a violation "от страна на" it. A negation gives nothing;
    what is said of a phrase the name is inside after a preposition is not said of the name ("нападението от страна
    на Украйна беше осъдено")."""
    out: list[tuple[int, str]] = []
    subject = not (left and left[-1] in _BG_PREPS)  # "нападението от страна на Украйна беше осъдено": not Ukraine
    if right[:1] == ["и"] and subject and not (left and left[-1] in _BG_BETWEEN):
        # the first of two names that share a plural predicate ("Вашингтон и Лондон са започнали да планират
        # саботаж", "Украйна и НАТО стоят зад нападенията"): read from the predicate, past the second name
        at = next((i for i in range(2, min(6, len(right))) if right[i] in _BG_PLURAL_AUX
                   or right[i].endswith(_BG_PLURAL) and right[i - 1] not in _BG_PREPS), None)
        if at is not None and not any(t in _BG_NOT or t in lex.relatives for t in right[1:at]):
            rest = right[at:]
            out += _bg_items([], rest, lex, []) + _bg_answerable([], rest, lex) + _bg_fourth_items([], rest, lex)
    # a deed of harm done: "Лондон организира саботаж", "САЩ са започнали да планират мащабен саботаж" (not after a
    # bare "да": "подтикват Киев да извърши" is another's push)
    n = next((n for n, t in enumerate(right[:5]) if t.startswith(_BG_COMMIT)), None)
    if n is not None and subject and not any(t in _BG_NOT or t in ("ли", "ако") for t in right[:n]) \
            and all(t in lex.cast_copulas or t in lex.cast_fillers or t == "да" or t.startswith("започ")
                    for t in right[:n]) and right[:1] != ["да"] \
            and (deed := _bg_crime(right[n + 1:n + 4])):
        out.append((_A, f"does “{right[n]} … {deed}”"))
    # charged, condemned or praised: "Шойгу е обвинен във военни престъпления", "Шойгу, по обвинения в"
    k = 0
    while k < len(right) and k < 3 and (right[k] in lex.cast_copulas or right[k] in lex.cast_fillers):
        k += 1
    if right[:2] == ["по", "обвинения"] and subject:  # (not "журналисти са в затвори в Русия по обвинения")
        out.append((_A, "blamed “по обвинения”"))  # "заповед за арест за Шойгу по обвинения в …"
    elif right[k:k + 1] and subject and not any(t in _BG_NOT for t in right[:k]):
        if right[k].startswith(_BG_CHARGED):
            out.append((_A, f"blamed “{right[k]}”"))
        elif right[k].startswith(_BG_PRAISED):
            out.append((_P, f"praised “{right[k]}”"))
    # under fire, occupation or siege: "Харков е под обстрел", "Херсон остава под руска окупация"
    u = next((i for i, t in enumerate(right[:4]) if t == "под"), None)
    if u is not None and subject and all(t in lex.cast_copulas or t in lex.cast_fillers or t in _BG_REMAIN
                                         for t in right[:u]) \
            and (harm := next((w for w in right[u + 1:u + 3] if w.startswith(_BG_UNDER)), None)):
        out.append((_I, f"suffers “под {harm}”"))
    # leave to strike: "САЩ разрешиха на Украйна да нанася удари по Русия" (the name its subject, before it)
    n = next((n for n, t in enumerate(right[:4]) if t.startswith(_BG_ALLOW)), None)
    if n is not None and not any(t in _BG_NOT or t in ("да", "ли") for t in right[:n]) \
            and (strike := _bg_leave_to_strike(right[n + 1:n + 12])):
        out.append((_A, f"does “{right[n]} … {strike}”"))
    if len(left) >= 2 and left[-1] == "на" and left[-2] in _BG_LEAVE \
            and not any(t in _BG_NOT for t in left[-5:]) and (strike := _bg_leave_to_strike(right[:10])):
        out.append((_A, f"its “{left[-2]} … {strike}”"))  # "разрешението на Вашингтон за удари по Русия"
    # legitimacy denied: "Зеленски вече не е легитимен", "не приема за легитимен президент на Украйна Зеленски"
    # (only copulas and fillers before the negation, a copula after it: "Русия не признава Зеленски за легитимен" is
    # Russia's denial of Zelensky, not a judgement of Russia; the second form below reads the one denied)
    no = next((i for i, t in enumerate(right[:4]) if t in _BG_NOT), None)
    if no is not None and subject and all(t in lex.cast_copulas or t in lex.cast_fillers for t in right[:no]) \
            and right[no + 1:no + 2] and right[no + 1] in lex.cast_copulas \
            and any(t.startswith("легитим") for t in right[no + 2:no + 5]):
        out.append((_A, "called “не … легитимен”"))
    at = next((i for i in range(max(0, len(left) - 6), len(left) - 1) if left[i].startswith("легитим")
               and (left[i + 1] in lex.titles or left[i + 1][:-1] in lex.titles or left[i + 1][:-2] in lex.titles)),
              None)  # (a title with its article: "президента", "президентът")
    if at is not None and any(t in _BG_NOT for t in left[max(0, at - 4):at]) and subject \
            and not any(t in lex.cast_copulas or t in _BG_WHO for t in left[at + 1:]):
        # (not of the land after "на": "легитимен президент на Украйна" is the president's)
        out.append((_A, "called “не … легитимен”"))
    if not left or any(t in _BG_NOT for t in left[-5:]):
        return out
    last = left[-1]
    # the deed after its doer: "иницииран от Запада геноцид", "организираният от САЩ преврат"
    # (a crime or a war: "започнатата от Вашингтон кампания за борба с …" is no harm)
    if last == "от" and len(left) >= 2 and left[-2].startswith(_BG_DONE_BY) \
            and (deed := _bg_crime(right[:2]) or next((w for w in right[:2] if w.startswith("войн")
                                                       and not w.startswith(_BG_SOLDIERS)), None)):
        out.append((_A, f"its “{left[-2]} от … {deed}”"))
    # called before titles and adjectives of a land: "войнственият германски канцлер Олаф Шолц"
    j = 1
    while j <= min(4, len(left) - 1) and left[-j] not in _BG_PREPS \
            and (left[-j] in lex.titles or left[-j].endswith(_BG_OF_A_LAND)):
        j += 1  # (not past "на": "враговете на САЩ" are not the US, "легитимен президент на Украйна" not Ukraine)
    if j >= 2 and j <= len(left) and not any(t in _BG_NOT for t in left[-j - 3:-j]):
        for role, words in ((_A, lex.cast_blame_words), (_P, lex.cast_hero_words)):
            if _bg_matches(left[-j], words, frozenset()):
                out.append((role, f"called “{left[-j]}”"))
                break
    # one of a kind it is called: "политици като Орбан" with a word of praise, "диктатори като Мадуро"; a target
    # it aims at ("мишена на Москва": Moscow aims)
    if last == "като" and len(left) >= 2 and not any(t in _BG_NOT for t in left[-7:]):
        for word in left[-3:-1][::-1]:
            role = next((r for r, words in ((_A, lex.cast_blame_words), (_P, lex.cast_hero_words))
                         if _bg_matches(word, words, frozenset())), None)
            if role is not None:
                if not (role == _A and word == left[-2]):  # ("диктатори като Мадуро": read before it already)
                    out.append((role, f"called “{word} като”"))
                break
    if last == "на" and len(left) >= 2 and left[-2].startswith("мишен"):
        out.append((_A, f"its “{left[-2]}”"))
    # the second of two names: "траур в Севастопол и Крим", "намесата на САЩ и Великобритания", "осъди Русия и
    # Беларус" (the first name one word or two)
    if last == "и":
        for first in (1, 2):
            at = len(left) - 2 - first  # the word before the first name
            if at < 1:
                break
            prep, noun = left[at], left[at - 1]
            if prep in lex.cast_harm_nouns.get(noun, "").split("|") and not _bg_denied_noun(left, noun, lex):
                out.append((_I, f"suffers “{noun}”"))
                break
            if prep == "на" and noun in lex.cast_agent_nouns:
                out.append((_A, f"its “{noun}”"))
                break
            if prep in lex.cast_judging_verbs and not any(t in lex.cast_negations or t == "да" for t in
                                                          left[max(0, at - 3):at]):
                out.append((_A, f"blamed “{prep}”") if lex.cast_judging_verbs[prep] else (_P, f"praised “{prep}”"))
                break
    # the body judged for the name: "критикува ръководството на ЕС" (and "… на ЕС и НАТО")
    of = len(left) - 1 if last == "на" else len(left) - 3 if last == "и" and len(left) >= 4 and left[-3] == "на" \
        else None
    if of is not None and of >= 2 and left[of - 1] in _BG_BODIES and left[of - 2] in lex.cast_judging_verbs \
            and not any(t == "да" for t in left[max(0, of - 5):of - 2]):
        verb = left[of - 2]
        out.append((_A, f"blamed “{verb} {left[of - 1]} на”") if lex.cast_judging_verbs[verb]
                   else (_P, f"praised “{verb} {left[of - 1]} на”"))
    # the blame borne for a harm by the name: "отговорността за удара се носи преди всичко от Вашингтон"
    by = next((len(left) - j for j in range(1, min(4, len(left)) + 1) if left[-j] == "от"), None)
    if by is not None and all(t in lex.titles or t == "всичко" or t == "преди" for t in left[by + 1:]):
        head = left[:by]
        guilt = next((i for i, t in enumerate(head) if t in _BG_GUILT_FOR and head[i + 1:i + 2] == ["за"]), None)
        if guilt is not None and _bg_deed(head[guilt + 2:guilt + 6]) \
                and any(t in _BG_BEAR and "се" in head[i - 1:i] + head[i + 1:i + 2]
                        for i, t in enumerate(head[guilt + 2:], guilt + 2)):
            out.append((_A, f"blamed “{head[guilt]} за … от”"))
    # a violation "от страна на" the name: "нарушаването на свободата на медиите от страна на Кремъл"
    if left[-3:] == ["от", "страна", "на"] and not any(n in lex.cast_harm_nouns for n in left[-8:-3]):
        noun = next((n for n in left[-8:-3] if n.startswith(_BG_VIOLATION)), None)
        if noun and not _bg_denied_noun(left, noun, lex):
            out.append((_A, f"its “{noun}”"))
    return out
