"""Hindi evidence read without a parse, by its postpositions (:func:`_postpositional_items` and the ``_hi_``
readers, with the ``CAST_*`` words of ``narrascope/lang/hi.py``): Hindi puts the verb last and marks the
name's part in the clause after it (ने, को, पर, के खिलाफ).
"""
from __future__ import annotations

import unicodedata

from .common import _A, _I, _P
from .words import _clause, _group_helps, _matches, _time_clause_at

_HI_GENITIVES = frozenset({"का", "की", "के"})
#: "X के खिलाफ": against X, in every spelling (the nukta forms, hi-cast42b) and "विरुद्ध"
_HI_AGAINST = frozenset("खिलाफ ख़िलाफ़ खिलाफ़ ख़िलाफ विरुद्ध".split())
_HI_AND = frozenset({"और", "तथा", "एवं"})
_HI_OWN = frozenset({"अपना", "अपने", "अपनी"})
#: A war its subject ends (hi-cast42, :func:`_hi_peace_items`): a word of war after the name, then a word of ending made
#: transitive ("युद्ध समाप्त करने", "संघर्ष खत्म करवा", "युद्ध रुकवाने"; not "युद्ध खत्म हुआ", the war ended)
_HI_WAR = frozenset("युद्ध जंग संघर्ष लड़ाई हिंसा".split())
_HI_END = frozenset("खत्म ख़त्म समाप्त रोकने रुकवाने रुकवा बंद".split())


def _hi_predicate(right: list[str], k: int, lex) -> bool:
    """Whether the word of harm ``right[k]`` in a ने-clause is its verb ("रूस ने हमला किया", "हमले तेज कर
    दिए") and not a noun in it (branch hi-cast48): not someone's harm ("रूस के हमले"; a harm whose genitive is its
    target, "X की हत्या की", is the verb), not a noun joined to another ("हमले और … हमले की बात उठाई"), not before a
    postposition or an infinitive ("इस हमले का जिक्र किया", "हमले के लिए", "हमला करने की मंजूरी दी"); "की" after it
    is the verb "did" only at the clause's end or before an auxiliary ("बमबारी की थी", not "बमबारी की निंदा की")."""
    word = right[k]
    if k >= 2 and right[k - 1] in _HI_GENITIVES and lex.cast_harm_nouns.get(word) not in _HI_GENITIVES:
        return False
    if right[k + 1:k + 2] and right[k + 1] in _HI_AND and (word in lex.cast_harm_nouns or word in lex.cast_agent_nouns):
        return False  # "कंसर्ट हमले और आतंकी हमले की बात उठाई": nouns joined, no verb
    return _hi_verb_after(right, k, lex)


def _hi_verb_after(right: list[str], k: int, lex) -> bool:
    """Whether what follows the noun ``right[k]`` makes it the clause's verb: the clause's end, a light verb or an
    auxiliary ("हमला किया", "हत्या की थी"), not a postposition ("हमले के लिए"), an oblique infinitive ("हत्या करने
    की योजना", "मदद देने का ऐलान": only planned or announced) or "की" before a noun ("हत्या की कोशिश")."""
    nxt = right[k + 1] if k + 1 < len(right) else None
    if nxt is None:
        return True
    if nxt == "की":
        return k + 2 >= len(right) or right[k + 2] in lex.cast_clause_verbs
    return nxt not in lex.cast_nominal_words and not (len(nxt) > 2 and nxt.endswith("ने"))


def _hi_purpose(right: list[str], k: int) -> bool:
    """Whether the noun of harm ``right[k]`` is only intended or allowed: "हमला करने के लिए", "हमले के लिए"."""
    return right[k + 1:k + 2] == ["करने"] or right[k + 1:k + 3] == ["के", "लिए"]


#: ml45: strikes and occupation in a place ("X में हमले किए", "X क्षेत्र में कब्जा कर लिया"): the place suffers them, as
#: after पर ("X पर हमला"); not "घुसपैठ", already read with में (``CAST_HARM_NOUNS``)
_HI_IN_HARM = frozenset("हमला हमले हमलों गोलाबारी बमबारी गोलीबारी कब्जा कब्ज़ा".split())
#: mlfix45: what after a harm of ``_HI_IN_HARM`` makes it done in the place ("X में हमले किए", "… हमले जारी हैं",
#: "कब्जा जमाया"), or the harm in which or by which people died ("X में ड्रोन हमले में बारह लोग मारे गए");
#: not "X में हमले की निंदा", "संसद में हमले के बाद", "रिपोर्ट में हमले का ज़िक्र" (a body or a text, no place struck)
_HI_IN_DONE = frozenset("किए किये किया कर करके करते करती करता हुए हुआ हुई हुईं हो जारी जमाया जमाने जमा में से".split())
#: mlfix45: a participle between में and that harm also makes it done there ("X में हुए नवीनतम हमले", "X में किए हवाई
#: हमले")
_HI_IN_DONE_BEFORE = frozenset("हुए हुई हुआ किए किये किया गए".split())
#: ml45: entering a region ("X क्षेत्र में प्रवेश किया", "X क्षेत्र में … दाखिल"): only after a kind of place
#: (``_HI_PLACES``), not "नाटो में प्रवेश" (joining)
_HI_ENTER = frozenset("प्रवेश दाखिल घुसकर घुसे घुसी घुसा घुसना".split())


def _hi_target_items(right: list[str], lex, place: bool = False) -> list[tuple[int, str]]:
    """The name before पर/को/में is the target of the noun of harm a few words on ("यूक्रेन पर हमला", "कीव पर
    ड्रोन से हमला", "अस्पताल को निशाना बनाया"), up to another postposition's noun; not of an intended harm
    ("रूस पर हमला करने के लिए मिसाइलें दीं") or only possible or to come ("X पर हमला कर सकता है", hi-cast42) nor of a
    charge ("X पर हमले का आरोप लगाया": X is the accused)."""
    marker, first = right[0], 1
    if marker in _HI_GENITIVES and right[1:2] and right[1] in _HI_AGAINST:
        marker, first = "पर", 2  # "X के खिलाफ हमले": against X, as "X पर हमले"
    if any(t in lex.cast_charge_words for t in right):
        return []  # "यूक्रेन पर हमले का आरोप लगाया": the accused, not the target
    for k in range(first, min(len(right), first + 4)):
        t = right[k]
        if lex.cast_harm_nouns.get(t) == marker or lex.cast_called_words and marker == "में" and (
                t in _HI_IN_HARM or place and t in _HI_ENTER):
            if _hi_purpose(right, k) or lex.cast_called_words and _hi_maybe(right[k + 1:], lex):
                return []
            if marker == "में" and t in _HI_IN_HARM and not (right[k + 1:k + 2] and right[k + 1] in _HI_IN_DONE or (
                    right[k + 1:k + 2] == ["की"] and (k + 2 >= len(right) or right[k + 2] in lex.cast_clause_verbs))
                    or any(w in _HI_IN_DONE_BEFORE for w in right[first:k])):
                return []  # (mlfix45) a doing verb right after it ("की" only as "गोलाबारी की गई"), a participle before
            return [(_I, f"suffers “{t}”")]
        if t in lex.cast_agent_markers or t in lex.cast_patient_markers:
            break  # (a genitive may come between: "जॉर्जिया पर रूस के हमले के बाद", the attacker's)
    return []


#: Words after a harm that make it only possible, wanted, planned or to come (hi-cast42): its target suffers nothing yet
_HI_MAYBE = frozenset("""
सकता सकती सकते सकें सकेगा सकेगी सकेंगे करेगा करेगी करेंगे चाहता चाहती चाहते प्लानिंग योजना
""".split())


def _hi_maybe(after: list[str], lex) -> bool:
    """Whether the words after a harm, up to a doer's postposition or a "कि" clause, make it only possible, wanted,
    planned or to come (``_HI_MAYBE``: "X पर हमला कर सकता है", "X पर हमला करेगा")."""
    for t in after:
        if t in lex.cast_agent_markers or t in lex.complementizers:
            return False
        if t in _HI_MAYBE:
            return True
    return False


def _hi_called_items(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """What the name is called (``CAST_CALLED_WORDS``): the word right before it ("निर्दोष नागरिक", "तानाशाह X") or a
    word after it, before any postposition, that a copula makes its predicate ("X लगातार हमलावर है", "X पीड़ित
    बना"); "मारे गए लोग": the killed."""
    items: list[tuple[int, str]] = []
    called = lex.cast_called_words
    if left and left[-1] in called:
        items.append(("PAI".index(called[left[-1]]), f"called “{left[-1]}”"))
    elif len(left) >= 2 and left[-1] in lex.cast_clause_verbs and lex.cast_suffer_words.get(left[-2]) == "":
        items.append((_I, f"suffers “{left[-2]}”"))
    for k, t in enumerate(right[:3]):
        if t in lex.cast_nominal_words or t in lex.cast_agent_markers or t in _HI_GENITIVES or t in _HI_OWN:
            break  # (and "X अपना हीरो मानता है": what X calls someone else)
        if t in called and any(v in lex.cast_clause_verbs for v in right[k + 1:k + 3]):
            items.append(("PAI".index(called[t]), f"called “{t}”"))
            break
    return items


def _hi_suffered_items(right: list[str], lex) -> list[tuple[int, str]]:
    """Harm the name suffers (``CAST_SUFFER_WORDS``): "X मारे गए", "X की मौत हो गई", "X की हत्या", "X हमले का शिकार
    हुआ" (not when it is the doer: "X ने … मारे")."""
    suffer = lex.cast_suffer_words
    if right[0] in lex.cast_agent_markers:
        return []
    if suffer.get(right[0]) == "" and right[1:2] and right[1] in lex.cast_clause_verbs:
        return [(_I, f"suffers “{right[0]}”")]
    if right[0] in _HI_GENITIVES and right[1:2] and suffer.get(right[1]) == "की":
        return [(_I, f"suffers “{right[1]}”")] if _hi_verb_after(right, 1, lex) else []
    if right[0] in _HI_GENITIVES and lex.cast_called_words and right[1:2] and right[2:3] in (["जाने"], ["होने"]) \
            and (suffer.get(right[1]) == "" or lex.cast_called_words.get(right[1]) == "I"):
        return [(_I, f"suffers “{right[1]}”")]  # (hi-cast42) "X के मारे जाने की खबर", "X के घायल होने के बाद"
    if right[0] in _HI_GENITIVES:
        return []
    for k in range(2, min(len(right), 6)):
        if suffer.get(right[k]) == "का" and right[k - 1] in _HI_GENITIVES \
                and any(v in lex.cast_clause_verbs for v in right[k + 1:k + 3]):
            return [(_I, f"suffers “{right[k]}”")]
    return []


def _hi_judged_items(right: list[str], lex) -> list[tuple[int, str]]:
    """Who is praised or blamed (``CAST_JUDGE_NOUNS``): "X की सराहना की", "X की जमकर तारीफ", "X के फैसले की
    आलोचना", "X को सम्मानित किया", "X को दोषी ठहराया" (up to another postposition's noun)."""
    if right[0] not in _HI_GENITIVES and right[0] != "को":
        return []
    for k in range(1, min(len(right), 4)):
        t = right[k]
        role = lex.cast_judge_nouns.get(t)
        if role and right[k + 1:k + 2] == ["करने"]:
            return []  # "X की निंदा करने से इनकार किया": refused to condemn
        if role:
            return [(_P, f"praised “{t}”") if role == "P" else (_A, f"blamed “{t}”")]
        if t in lex.cast_agent_markers or t in lex.cast_patient_markers or t == "से":
            break
    return []


#: hi-cast42b: "निशाना साधा" (took aim, in words: criticised), in either order; its target is not read as blamed (1 of
#: 2 on folds 1-4: who criticises whom)
_HI_AIM = frozenset("साधा साधी साधे साधते साधने साधता साधती".split())


def _hi_compound(left: list[str], right: list[str]) -> bool:
    """Whether the name is part of a longer word: joined by a hyphen ("रूस-यूक्रेन युद्ध", "यूक्रेन-रूस संघर्ष") or
    followed by a vowel sign ("यूक्रेनी": the adjective). It does and suffers nothing itself there."""
    return bool(right and (right[0] == "-" or unicodedata.category(right[0][0]).startswith("M"))
                or left and left[-1].endswith("-"))


def _hi_peace_items(right: list[str], lex) -> list[tuple[int, str]]:
    """Peace the name seeks as its clause's subject (``CAST_PEACE_WORDS``): "नेपाल शांति के पक्ष में है", "X ने शांति
    की अपील की", up to a nested "कि" clause or reporting verb ("X ने कहा कि शांति …" is someone else's), not as an
    object ("X को शांति के लिए मजबूर किया") nor when the clause rejects it ("शांति वार्ता को खारिज कर दिया"). A war the
    subject ends is peace sought too (hi-cast42, ``_HI_WAR``: "X युद्ध समाप्त करवा सकता है"; not "X युद्ध", its name)."""
    start = 1 if right[0] in lex.cast_agent_markers else 0
    if start == 0 and (right[0] in lex.cast_nominal_words or right[0] in _HI_GENITIVES):
        return []
    found = None
    for k in range(start, len(right)):
        t = right[k]
        if t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms:
            break
        if t in lex.cast_reject_words:
            return []
        if found is None and t in lex.cast_peace_words and (k == 0 or right[k - 1] not in _HI_GENITIVES
                                                            and right[k - 1] != "बीच"):
            found = t  # (not someone else's, "ब्राज़ील के शांति प्रयासों पर", nor between others, "X और Y के बीच शांति";
            # right after the name, the word before it is the name, not the clause's last: review48)
        if found is None and lex.cast_called_words and k > 0 and t in _HI_WAR:
            m = k + 2 if right[k + 1:k + 2] == ["को"] else k + 1  # "युद्ध को खत्म करने"
            if right[m:m + 1] and right[m] in _HI_END and (right[m].startswith("रुकवा") or right[m + 1:m + 2]
                                                            and right[m + 1].startswith(("कर", "करा"))):
                found = f"{t} {right[m]}"  # (hi-cast42) a war ended: "X इस युद्ध को खत्म करवा सकता है", "संघर्ष रुकवाने"
    return [(_P, f"seeks “{found}”")] if found else []


#: Kinds of place written between a place's name and its postposition ("X शहर पर हमला", "X गांवों पर कब्जा"; hi-cast42)
_HI_PLACES = frozenset("शहर शहरों गांव गांवों गाँव गाँवों इलाके इलाकों इलाका क्षेत्र क्षेत्रों प्रांत प्रांतों कस्बे कस्बों".split())


def _hi_agent_items(right: list[str], lex, answering: bool = False) -> list[tuple[int, str]]:
    """The harm or help done by the name before ``right[0]`` (ने, द्वारा), up to a nested "कि" clause or reporting
    verb ("भारत ने कहा कि रूस ने हमला किया": the attack is not India's). A counter-attack answers an attack
    ("X ने जवाबी हमले तेज कर दिए", "X ने पलटवार किया": a hero's item, hi-cast42), and so is a condemnation it voices
    ("X ने बमबारी की कड़ी निंदा की", hi-cast42). An occupation by a ने-subject
    gives nothing (hi-cast42: "X ने … पर कब्जा कर लिया" named the gold role 11 times in 22 on folds 1-4, the side
    that takes land is as often the hero); "X द्वारा कब्जा किए गए इलाके", occupied by X, still does (5 of 7)."""
    for k in range(1, len(right)):
        t = right[k]
        if (t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms) \
                and not (t == "जवाब" and right[k + 1:k + 2] == ["में"] and lex.cast_called_words):
            break  # ("X ने हमले के जवाब में …": in answer to, no reply said, hi-cast42b)
        if lex.cast_called_words and t in _HI_RETALIATE:
            return [(_P, f"retaliates “{t}”")]
        if lex.cast_called_words and (answering or _hi_answering(right[1:k])) and right[0] == "ने" and (
                t in _HI_STRIKES or _matches(t, lex.cast_harm_verbs, frozenset()) and t not in _HI_TAKEN) \
                and _hi_verb_after(right, k, lex):
            return [(_P, f"retaliates “{t}”")]  # (hi-cast42b) "Y के हमले के जवाब में X ने भी हमला किया"
        if lex.cast_called_words and t in _HI_CONDEMN and _hi_verb_after(right, k, lex):
            return [(_P, f"condemns “{t}”")]  # (hi-cast42) "X ने हमले की कड़ी निंदा की"
        if _matches(t, lex.cast_harm_verbs, frozenset()):
            if lex.cast_nominal_words and not _hi_predicate(right, k, lex):
                continue
            if lex.cast_called_words and t == "निशाना" and right[k - 1] in _HI_AIM:
                continue  # (hi-cast42b) "X ने Y पर साधा निशाना": words, as "निशाना साधा" (CAST_NOMINAL_WORDS)
            if lex.cast_called_words and right[0] == "ने" and right[k + 1:k + 2] and right[k + 1] in _HI_PASSIVE:
                continue  # (hi-cast42) "X ने … हमलों में मारे गए छात्रों की बात की": a passive, someone else was killed
            if lex.cast_called_words and t in _HI_TAKEN and right[0] == "ने":
                return []
            if lex.cast_called_words and any(w in _HI_PERMIT for w in right[k + 1:]):
                return []  # (hi-cast42b) "X ने Y को … निशाना बनाकर मिसाइलें चलाने की इजाजत दी": only allowed
            if lex.cast_called_words and right[k - 1] in _HI_RETALIATE:
                return [(_P, f"retaliates “{right[k - 1]}”")]
            return [(_A, f"does “{t}”")]
        if _matches(t, lex.cast_help_verbs, frozenset()):
            if lex.cast_nominal_words and not _hi_verb_after(right, k, lex):
                continue  # (the genitive before help is whom it helps: "शहर की रक्षा की")
            return [(_P, f"does “{t}”")]
        if right[0] != "ने" and len(t) > 2 and t.endswith("ने"):
            break  # "भारत द्वारा तेल खरीदे जाने पर हमला बोला": the द्वारा clause ends at its infinitive
    return []


#: hi-cast42b: permission, later in a ने-clause of harm: the subject allowed it, someone else does it
_HI_PERMIT = frozenset("इजाजत इजाज़त अनुमति मंजूरी मंज़ूरी".split())
#: hi-cast42b: the loanwords of a strike ("ड्रोन अटैक किया"), read as a ने-subject's deed only when it answers another
_HI_STRIKES = frozenset("अटैक एयरस्ट्राइक स्ट्राइक".split())


def _hi_answering(words: list[str]) -> bool:
    """Whether ``words`` (the clause before the name, or before the harm in its ने-clause) say that what follows
    answers or avenges another deed (hi-cast42b): "के जवाब में", "के बदले में", "का बदला लेते हुए"."""
    return any(t in ("जवाब", "बदले", "जवाबी") and words[k + 1:k + 2] == ["में"] or t == "बदला"
               and words[k + 1:k + 2] and words[k + 1].startswith("ले") for k, t in enumerate(words))


#: hi-cast42: a counter-attack ("जवाबी हमला", "पलटवार"); occupation, not read as the deed of a ने-subject
_HI_RETALIATE = frozenset("जवाबी पलटवार".split())
_HI_TAKEN = frozenset("कब्जा कब्ज़ा".split())
#: hi-cast42: the passive after a verb of harm ("मारे गए", "तबाह हो गया"): the ने-subject did not do it ("X द्वारा
#: मारे गए लोग", killed by X, still is X's deed)
_HI_PASSIVE = frozenset("गए गई गया गये गयी जाते जाती जाता जाने हुए हुआ हुई हो".split())
#: hi-cast42: condemnation a ने-subject voices ("X ने बमबारी की निंदा की": 5 of 5 heroes on folds 1-4)
_HI_CONDEMN = frozenset("निंदा भर्त्सना".split())


def _hi_honoured_items(right: list[str], lex) -> list[tuple[int, str]]:
    """An honour given to the name before को (hi-cast42): "X को … पुरस्कार से नवाजा", "X को सर्वोच्च सम्मान दिया"
    (an honour given, not "संप्रभुता का सम्मान", respect), up to another को or a "कि" clause; its giver may come
    between ("X को रूस ने सर्वोच्च सम्मान से नवाजा", hi-cast42b; before, a doer's postposition ended the search)."""
    if right[0] != "को":
        return []
    for k in range(1, min(len(right), 11)):
        t = right[k]
        if t == "को" or t in lex.complementizers or t in lex.reporting_forms:
            break
        if t in _HI_BESTOW or t in _HI_HONOURS and right[k + 1:k + 2] and right[k + 1] in _HI_GIVE:
            return [(_P, f"honoured “{t}”")]
    return []


#: hi-cast42b: verbs of calling or declaring after "X को …": "X को कठपुतली बताता है", "X को गद्दार करार दिया"
_HI_CALL = frozenset("""बताया बताता बताते बताती बताए बतातें करार कहा कहता कहते कहती माना मानता मानते मानती ठहराया
पुकारा घोषित""".split())


def _hi_named_as_items(right: list[str], lex) -> list[tuple[int, str]]:
    """What the name before को is called by someone (hi-cast42b): a word of ``CAST_CALLED_WORDS`` a few words after
    को and a verb of calling or declaring right after it ("रूस यूक्रेन को पश्चिम की कठपुतली बताता है", "X को
    दृढ़संकल्पित और साहसी बताते हुए", "X को गद्दार करार दिया"), up to a doer's postposition or a "कि" clause."""
    if right[0] != "को":
        return []
    for k in range(1, min(len(right), 7)):
        t = right[k]
        if t in lex.cast_agent_markers or t in lex.complementizers or t in _HI_OWN:
            break  # ("X को रूस अपना हीरो मानता है": a hero to someone, as in _hi_called_items)
        if t in lex.cast_called_words and any(v in _HI_CALL for v in right[k + 1:k + 3]):
            return [("PAI".index(lex.cast_called_words[t]), f"called “{t}”")]
    return []


#: hi-cast42b: rescued, evacuated, freed ("X को सुरक्षित निकाला", "X को बचा लिया", "X को रिहा किया")
_HI_RESCUE = frozenset("बचाया बचाए बचाई बचा निकाला निकाले निकाली रिहा".split())


def _hi_rescued_items(right: list[str], lex) -> list[tuple[int, str]]:
    """The name before को rescued, evacuated or freed by someone (hi-cast42b): a victim's item ("नागरिकों को
    सुरक्षित निकाला गया", "बंधकों को रिहा किया"), up to another को, a "कि" clause or a reporting verb; not only
    planned ("X को निकालने की योजना": an infinitive)."""
    if right[0] != "को":
        return []
    for k in range(1, min(len(right), 6)):
        t = right[k]
        if t in lex.cast_agent_markers or t in lex.complementizers or t == "को" or t in lex.reporting_forms:
            break
        if t in _HI_RESCUE and _hi_verb_after(right, k, lex):
            return [(_I, f"rescued “{t}”")]
    return []


_HI_BESTOW = frozenset("नवाजा नवाज़ा नवाजे नवाज़े नवाजी नवाज़ी".split())  # "से नवाजा": bestowed on
_HI_HONOURS = frozenset("सम्मान पुरस्कार अवॉर्ड अवार्ड पदक".split())
_HI_GIVE = frozenset("दिया दी दिए प्रदान".split())


def _hi_spoken_attack(right: list[str], lex) -> bool:
    """Whether a harm in the clause is said while speaking (hi-cast42b): "हमला बोलते हुए कहा", "निशाना साधते हुए
    कहा" (a word of harm, then "… हुए" and a reporting verb within three words): an attack in words."""
    for k, t in enumerate(right):
        if _matches(t, lex.cast_harm_verbs, frozenset()) or t in lex.cast_harm_nouns:
            rest = right[k + 1:k + 5]
            if "हुए" in rest and rest[rest.index("हुए") + 1:rest.index("हुए") + 2] and \
                    rest[rest.index("हुए") + 1] in lex.reporting_forms:
                return True
    return False


#: hi-cast42b: endings of the future ("होगा", "करेगा", "जाएगी", "करेंगे"; not "लगा", began)
_HI_FUTURE = ("ेगा", "ेगी", "ेंगे", "ोगा", "ोगी", "ोंगे", "एगा", "एगी", "एंगे", "ऐगा")
#: hi-cast42b: "X सहित/समेत …", "X जैसे देशों", "X आदि": including X, such as X (the list's head is said of X too)
_HI_INCLUDING = frozenset("सहित समेत जैसे जैसी आदि".split())


def _hi_listed(right: list[str], lex) -> list[tuple[int, str]]:
    """The words after the name from its list's postposition on, when the name heads a list (hi-cast42b): "X और Y ने
    … हमला किया" (X attacks too), "X और Y गांवों पर कब्जा", "X सहित 12 लोगों की मौत", "X समेत यूक्रेन के कई शहरों
    पर हमले", "X जैसे देशों पर कब्जा" (X is among them); up to four words between, with no genitive after "और" ("X
    और Y के बीच": between them). ``right`` itself otherwise."""
    if not right or right[0] not in _HI_AND and right[0] not in _HI_INCLUDING:
        return right
    marks, genitive = lex.cast_agent_markers | lex.cast_patient_markers, None
    for k in range(2, min(len(right), 6)):
        t = right[k]
        if t in marks or t in _HI_GENITIVES and right[0] in _HI_AND:
            return right[k:]
        if t in _HI_GENITIVES:
            genitive = k if genitive is None else genitive  # "X सहित नौ लोगों की मौत", unless a postposition follows
        elif t in lex.cast_nominal_words or t in lex.cast_negations:
            break
    return right[genitive:] if genitive is not None else right


def _hi_comma_list(raw: list[str], lex) -> list[str]:
    """The clause after a comma list the name heads (hi-cast42b): "X, Y, Z और W पर हमला", "X, Y, Z जैसे देशों पर
    कब्जा" -> the words from the list's postposition on, up to the clause's end; [] when the commas are no list
    (no "और"/"जैसे" closing it, or an item of more than three words: a clause)."""
    closed, run = False, 0
    for k, t in enumerate(raw[:40]):
        if t == ",":
            if closed:
                return []
            run = 0
        elif t in _HI_AND or t in ("जैसे", "जैसी", "आदि", "समेत", "सहित"):
            closed, run = True, 0
        elif t in lex.cast_agent_markers or t in lex.cast_patient_markers or t in _HI_GENITIVES:
            return _clause(raw[k:], forward=True) if closed else []
        elif t in lex.cast_nominal_words or t in lex.cast_negations or not t[0].isalnum() \
                and not unicodedata.category(t[0]).startswith("L"):
            return []
        else:
            run += 1
            if run > 3:
                return []
    return []


def _hi_through_list(raw: list[str]) -> list[str]:
    """The clause after the name read through a comma list inside it (ml45): "X ने परिवारों को पानी, कंबल और खाना
    बाँटा" -> its words up to "बाँटा", the commas left out; the list's items between commas of at most three words,
    the last closed by "और"/"तथा"/"एवं" within three words. The clause as :func:`_clause` cuts it otherwise."""
    clause = _clause(raw, forward=True)
    k, out = len(clause), list(clause)
    while k < len(raw) and raw[k] == ",":
        piece = _clause(raw[k + 1:], forward=True)
        closer = next((j for j, t in enumerate(piece) if t in _HI_AND), None)
        if closer is not None and closer <= 3:
            return out + piece
        if not piece or len(piece) > 3:
            break
        out, k = out + piece, k + 1 + len(piece)
    return clause


def _hi_group_help(right: list[str], name: str, lex) -> list[tuple[int, str]]:
    """A group's help in its ने-clause (ml45, :func:`~.words._group_helps`): "स्वयंसेवकों ने पानी बांटा", "राहत
    कर्मियों ने भोजन वितरित किया", up to another doer, a "कि" clause or a reporting verb; not only planned ("बांटने की
    योजना": an infinitive), nor past a time conjunction after its first word (mlfix46: "ग्रामीणों ने राहत की सांस ली जब
    पानी बांटा गया")."""
    for k in range(1, len(right)):
        t = right[k]
        if t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms \
                or k > 1 and _time_clause_at(right, k, lex):
            break
        helps = _group_helps(name, t, lex, right[1:k])
        if helps and _hi_verb_after(right, k, lex):
            return [helps]
    return []


#: hivil46: a relative pronoun after "X पर", a postposition of time, and words that deny or reject a charge ("X पर
#: भ्रष्टाचार के आरोप लगे जो बेबुनियाद निकले", "X पर लगे आरोपों को खारिज किया")
_HI_WHICH = frozenset("जिन जिस जिसे जिनका जिसका जो".split())
_HI_AFTER = frozenset("बाद पहले दौरान जब".split())
_HI_DENIED = frozenset("निराधार बेबुनियाद झूठे झूठा गलत ग़लत काल्पनिक खारिज ख़ारिज इनकार इंकार ठुकरा ठुकराया".split())


def _hi_charged_items(right: list[str], lex) -> list[tuple[int, str]]:
    """A charge made against the name before पर (hivil46): a word of ``CAST_CHARGE_WORDS`` and a form of "लगाना"
    within two words after it ("X पर युद्ध अपराधों के आरोप लगाए", "X पर … का आरोप लगाया गया", "X पर आरोप लगे हैं"),
    up to a "कि" clause or a reporting verb; not a charge rejected ("X पर लगे आरोपों को खारिज किया")."""
    for k in range(1, min(len(right), 12)):
        t = right[k]
        if t in lex.complementizers or t in lex.reporting_forms and t not in lex.cast_charge_words:
            break
        if t in _HI_WHICH or t in lex.cast_patient_markers or t in _HI_AFTER:
            break  # "X पर जिन अपराधों के आरोप लगे, वे झूठे निकले": a relative clause, the charge denied after
            # it; "X पर हमले के बाद Y पर आरोप लगे": the charge is against another
        if t in lex.cast_charge_words and any(w.startswith("लग") and w not in ("लगातार", "लगभग")
                                                    for w in right[k + 1:k + 3]):
            if any(w in _HI_DENIED for w in right[k + 1:]):
                return []
            return [(_A, f"blamed “{t}”")]  # (a charge: one side's in a report of mutual blame, as "दोषी")
    return []


#: hivil47: sanctions and bans ("प्रतिबंध", "पाबंदियां"), read by their beginnings, and the verbs that impose them
#: ("लगाए", "लगा दिए", "लागू किए", "थोपे"; not "लगातार", "लगभग")
_HI_SANCTIONS = ("प्रतिबंध", "पाबंदी", "पाबंदि")
_HI_IMPOSE = ("लगा", "लगे", "लागू", "थोप")
#: hifix47: a passive after the verb of imposing ("प्रतिबंध लगाए गए", "लगाए जाने की निंदा": imposed by no one named),
#: and the words of a cause that end a clause before it ("X संकट के चलते Y पर प्रतिबंध लगाए")
_HI_SANCTION_PASSIVE = frozenset("गए गये गई गयी जाने जाएंगे जाएगा जाएंगी जाएगी".split())
_HI_CAUSE = frozenset("चलते बाद कारण वजह".split())


def _hi_sanction_items(right: list[str], lex) -> list[tuple[int, str]]:
    """Sanctions the name imposes on someone as its clause's subject (hivil47), with ने or without it ("X ने Y पर
    नए प्रतिबंध लगाए", "X Y के खिलाफ पाबंदियां लगा रहा है"): a target (पर, "के खिलाफ") before the word of sanctions
    and a verb of imposing within two words after it, up to another doer, a "कि" clause or a reporting verb; not the
    target itself ("X पर प्रतिबंध", a postposition right after the name), nor sanctions only planned, possible or
    wanted ("प्रतिबंध लगाने की तैयारी", "प्रतिबंध लगा सकते हैं"). A villain's item: on folds 1-4, 8 of the 9
    decisive items it added named the gold role (Bulgarian reads "санкционира" so too)."""
    if right[0] in lex.cast_patient_markers or right[0] in _HI_GENITIVES or right[0] in _HI_AND or right[0] == "से":
        return []
    start, target = (1 if right[0] in lex.cast_agent_markers else 0), False
    for k in range(start, min(len(right), 14)):
        t = right[k]
        if k > start and t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms:
            break
        if not start and t in _HI_CAUSE and k and right[k - 1] in _HI_GENITIVES:
            break  # (hifix47) "X संकट के चलते Y पर प्रतिबंध लगाए गए": X names the cause, another clause
        if t == "पर" or t in _HI_AGAINST:
            target = True
        elif target and t.startswith(_HI_SANCTIONS):
            verb = next((w for w in right[k + 1:k + 3] if w.startswith(_HI_IMPOSE) and w not in ("लगातार", "लगभग")),
                        None)
            after = right[right.index(verb, k + 1) + 1:] if verb else []
            if verb and not verb.endswith(("ने", "ना", "नी")) and not _hi_maybe(right[k + 1:], lex) \
                    and not (not start and after[:1] and after[0] in _HI_SANCTION_PASSIVE):
                return [(_A, f"does “{t}”")]  # (hifix47: without ने, not a passive "लगाए गए")
            return []
    return []


#: hifix47: deeds a charge names besides ``CAST_AGENT_NOUNS``/``CAST_HARM_NOUNS`` ("X की मिलीभगत के आरोप"; not "X के
#: प्रवक्ता के आरोप", the office that makes the charge)
_HI_DEEDS = frozenset("""मिलीभगत भ्रष्टाचार साजिश साज़िश घोटाले घोटाला घोटालों दखल दखलंदाजी दखलअंदाजी हस्तक्षेप अपराध
अपराधों उल्लंघन धोखाधड़ी संलिप्तता""".split())


def _hi_charged_that(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The name a charge is made against in other words (hivil47), as "X पर आरोप लगाया" (:func:`_hi_charged_items`):
    the subject of a "कि" clause right after a word of ``CAST_CHARGE_WORDS`` ("Y ने आरोप लगाया कि X ने …", "Y का
    आरोप है कि X …"), or the genitive of the deed charged ("Y ने X की मिलीभगत के आरोप लगाए"); not the target in
    that clause ("आरोप लगाया कि X पर …"), a charge denied ("आरोपों को खारिज करते हुए कहा कि X …"), nor the charge's
    maker ("X के आरोप", "X की ओर से आरोप": no deed between)."""
    if left and left[-1] in lex.complementizers and right[0] not in lex.cast_patient_markers \
            and not (right[0] in _HI_GENITIVES and any(w in ("को", "पर") for w in right[2:4])):
        before = left[-6:-1]  # (hifix47: not "कि X के नागरिकों को बंधक बनाया गया", X's people the object)
        if any(w in lex.cast_charge_words for w in before) and not any(w in _HI_DENIED for w in before):
            return [(_A, "blamed “आरोप”")]
    if right[0] in _HI_GENITIVES and right[1:2] and right[1] not in lex.cast_charge_words \
            and right[1] not in lex.cast_nominal_words and right[1] not in ("ओर", "तरफ", "तरफ़"):
        for k in range(2, min(len(right), 6)):
            t = right[k]
            if t in lex.cast_agent_markers or t in lex.cast_patient_markers or t in lex.complementizers:
                break
            if t in lex.cast_charge_words and any(w.startswith("लग") and w not in ("लगातार", "लगभग")
                                                  for w in right[k + 1:k + 3]):
                if not any(w in lex.cast_agent_nouns or w in lex.cast_harm_nouns or w in _HI_DEEDS
                           for w in right[1:k]):
                    return []  # (hifix47) "X के प्रवक्ता के आरोप": no deed, the charge's maker
                return [] if any(w in _HI_DENIED for w in right[k + 1:]) else [(_A, f"blamed “{t}”")]
    return []


#: hivil47: responsible ("X … के लिए जिम्मेदार है"), in its spellings; the copulas that make it the name's predicate
_HI_RESPONSIBLE = frozenset("जिम्मेदार ज़िम्मेदार जिम्मेवार ज़िम्मेवार".split())
_HI_IS = frozenset("है हैं था थे थी थीं".split())
#: hifix47: harms one is responsible for besides ``CAST_AGENT_NOUNS``/``CAST_HARM_NOUNS`` ("इस हादसे के लिए"; not
#: "नागरिकों की सुरक्षा के लिए", responsible for safety)
_HI_HARMS = frozenset("""मौत मौतों हादसे हादसा हादसों तबाही नुकसान संकट हिंसा युद्ध जंग अपराध अपराधों विनाश बर्बादी
घटना घटनाओं""".split())


def _hi_responsible_items(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The name held responsible for a harm (hivil47): "Y ने X को हमलों के लिए जिम्मेदार ठहराया", or the subject
    of "… के लिए जिम्मेदार है" ("इस मौत के लिए X जिम्मेदार है", "X इस संकट के लिए सीधे जिम्मेदार है": for
    something, "लिए" before it in the clause or before the name); not someone else's responsibility ("X ने कहा कि …",
    "X की जिम्मेदारी": a postposition after the name), nor responsible in no charge ("X अपने परिवार का जिम्मेदार
    बेटा है": no "लिए"). A charge, as "दोषी ठहराया" (``CAST_JUDGE_NOUNS``)."""
    if right[0] == "को":
        for k in range(1, min(len(right), 7)):
            t = right[k]
            if t in lex.cast_agent_markers or t == "को" or t in lex.complementizers:
                break
            if t in _HI_RESPONSIBLE and any(w.startswith("ठहरा") for w in right[k + 1:k + 3]):
                return [(_A, f"blamed “{t}”")]
        return []
    if right[0] in lex.cast_patient_markers or right[0] in _HI_GENITIVES or right[0] in _HI_AND \
            or right[0] in lex.cast_agent_markers or right[0] == "से":
        return []
    for k in range(0, min(len(right), 9)):
        t = right[k]
        if t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms:
            break
        if t in _HI_RESPONSIBLE:
            words = right[:k] if "लिए" in right[:k] else left[-6:] if "लिए" in left[-4:] else []
            j = len(words) - 1 - words[::-1].index("लिए") if words else 0
            if right[k + 1:k + 2] and right[k + 1] in _HI_IS and any(
                    w in lex.cast_harm_nouns or w in lex.cast_agent_nouns or w in _HI_HARMS
                    for w in words[max(0, j - 4):j]):
                return [(_A, f"blamed “{t}”")]  # (hifix47: for a harm before "के लिए")
            break
    return []


#: hivil47: a case brought against someone, by its beginnings: a warrant, a lawsuit, a case, a police report, a
#: prosecution ("गिरफ्तारी वारंट", "मुकदमा", "एफआईआर", "अभियोग"), and "केस" as a whole word (not "केसरिया")
_HI_LEGAL = ("वारंट", "मुकदम", "मुक़दम", "एफआईआर", "अभियोग")


def _hi_prosecuted_items(right: list[str], lex) -> list[tuple[int, str]]:
    """A case brought against the name (hivil47): a word of ``_HI_LEGAL`` within four words after "X के खिलाफ" or
    "X पर" ("अदालत ने X के खिलाफ नया वारंट जारी किया", "X पर मुकदमा चला"), its accused; not a military
    action against it ("X के खिलाफ कार्रवाई": no case)."""
    if right[0] == "पर":
        first = 1
    elif right[0] in _HI_GENITIVES and right[1:2] and right[1] in _HI_AGAINST:
        first = 2
    else:
        return []
    for k in range(first, min(len(right), first + 4)):
        w = right[k]
        if w in lex.cast_harm_nouns or w in lex.cast_agent_nouns:
            return []  # (hifix47) "X पर हमले का मुकदमा": a case over a harm done to X
        if w.startswith(_HI_LEGAL) or w == "केस":
            if any(t in _HI_DENIED or t in ("रद्द", "वापस") for t in right[k + 1:]):
                return []  # (hifix47) "X के खिलाफ मुकदमा खारिज कर दिया": the case dismissed
            return [(_A, f"blamed “{w}”")]
    return []


#: hivil47: forced, compelled ("मजबूर", "विवश")
_HI_FORCED = frozenset("मजबूर मज़बूर विवश".split())
#: hifix47: a retreat or withdrawal ("पीछे हटने पर मजबूर": a force driven back, no victim)
_HI_RETREAT = frozenset("पीछे वापस वापसी हटने हटना".split())


def _hi_forced_items(right: list[str], lex) -> list[tuple[int, str]]:
    """What the name before को has to endure, forced (hivil47): "X को घर छोड़ने पर मजबूर होना पड़ा" (the passive
    of necessity, "… होना पड़ा/पड़ रहा है"): a victim's item; not who is pressed by someone ("Y ने X को शांति के लिए
    मजबूर किया": a deed, read by no one here), up to another को, a doer's postposition or a "कि" clause."""
    if right[0] != "को":
        return []
    for k in range(1, min(len(right), 10)):
        t = right[k]
        if t == "को" or t in lex.cast_agent_markers or t in lex.complementizers or t in _HI_RETREAT:
            break  # (hifix47) "X को Y से पीछे हटने पर मजबूर होना पड़ा": a retreat
        if t in _HI_FORCED and right[k + 1:k + 2] == ["होना"] and right[k + 2:k + 3] \
                and right[k + 2].startswith(("पड़", "पड़")):  # (either nukta form)
            return [(_I, f"suffers “{t}”")]
    return []


#: hivil47: acts of war one side orders or declares on another ("हमले", "सैन्य कार्रवाई", "सैन्य ऑपरेशन") and the words of
#: an order or a declaration ("का फरमान जारी किया", "का आदेश दिया", "का ऐलान किया", "की घोषणा की")
_HI_WAR_ACTS = frozenset("हमला हमले हमलों आक्रमण कार्रवाई कार्यवाही ऑपरेशन अभियान चढ़ाई बमबारी युद्ध जंग".split())
_HI_ORDER = frozenset("फरमान फ़रमान आदेश ऐलान घोषणा".split())
#: hifix47: the finite verb after the order that makes it given ("का आदेश दिया", "की घोषणा की", "का फरमान जारी", "का
#: ऐलान कर दिया"; not "का आदेश देने से इनकार किया")
_HI_ORDER_GIVEN = frozenset("दिया दी दिए दिये किया की किए किये कीं जारी".split())


def _hi_ordered_items(right: list[str], lex) -> list[tuple[int, str]]:
    """An act of war on someone that the ने-subject orders or declares (hivil47): "X ने Y पर हमले का आदेश दिया", "X ने
    Y के खिलाफ सैन्य अभियान का ऐलान किया", "X ने Y पर बड़ी सैन्य कार्रवाई की घोषणा की" (a target, पर or "के खिलाफ",
    before the act; the act right before का/की and the order); not an announcement of something else ("X ने Y को
    और हथियार भेजने का ऐलान किया": no act of war, no target), up to another doer or a "कि" clause."""
    if right[0] != "ने":
        return []
    target = False
    for k in range(1, min(len(right), 14)):
        t = right[k]
        if t in lex.cast_agent_markers or t in lex.complementizers or t in lex.cast_reject_words:
            break  # (hifix47: "X ने Y पर हमले का आदेश देने से इनकार किया", an order refused)
        if t == "पर" or t in _HI_AGAINST:
            target = True
        elif target and t in _HI_ORDER and right[k - 1] in _HI_GENITIVES and right[k - 2] in _HI_WAR_ACTS:
            if right[k + 1:k + 2] and (right[k + 1] in _HI_ORDER_GIVEN
                                       or right[k + 1] == "कर" and right[k + 2:k + 3] and right[k + 2] in _HI_GIVE) \
                    and not any(w in _HI_RETALIATE for w in right[max(1, k - 4):k - 2]) \
                    and not any(w in lex.cast_reject_words for w in right[k + 1:]):
                return [(_A, f"orders “{right[k - 2]}”")]  # (hifix47: not "जवाबी हमले का आदेश", a counter-attack)
            return []
    return []


#: hivil47b: a meeting or talks ("मुलाकात", "बातचीत", "वार्ता", "बैठक", "भेंट") and the light verbs that make one held
#: ("की", "कीं", "किया")
_HI_MEET = frozenset("मुलाकात मुलाक़ात बातचीत वार्ता बैठक भेंट".split())
_HI_DID = frozenset("की कीं किया".split())


def _hi_meets_items(right: list[str], lex) -> list[tuple[int, str]]:
    """A meeting or talks the ने-subject holds (hivil47b): "X ने Y से मुलाकात की", "X ने Y के साथ बैठक की थी", "X ने
    अपनी बातचीत में कहा": a word of ``_HI_MEET`` after "से"/"साथ" or one's own ("अपनी"), or right before a light
    verb at the clause's end or before an auxiliary; diplomacy, a hero's item (as peace sought, ``CAST_PEACE_WORDS``).
    Not a meeting someone else holds ("परिषद की बैठक में", "प्रेस वार्ता के दौरान": no partner, no verb), nor talks
    rejected ("X ने वार्ता को खारिज किया"), up to another doer, a "कि" clause or a reporting verb."""
    if right[0] != "ने":
        return []
    end = next((k for k in range(1, len(right)) if right[k] in lex.cast_agent_markers
                or right[k] in lex.complementizers or right[k] in lex.reporting_forms), len(right))
    if any(t in lex.cast_reject_words for t in right[1:end]):
        return []
    for k in range(1, min(end, 16)):
        t = right[k]
        if t in _HI_MEET and (right[k - 1] in ("से", "साथ") or right[k - 1] in _HI_OWN or right[k + 1:k + 2]
                              and right[k + 1] in _HI_DID and (k + 2 >= len(right)
                                                                or right[k + 2] in lex.cast_clause_verbs)):
            return [(_P, f"meets “{t}”")]
    return []


#: hivil47b: a mediator, a peacemaker ("मध्यस्थ", "मध्यस्थता", "पीसमेकर"), read by their beginnings
_HI_MEDIATOR = ("मध्यस्थ", "पीसमेकर")


#: hivil47b: ending or settling a conflict, the part a subject plays in it ("युद्ध के समाधान की भूमिका निभाना
#: चाहता है", "संघर्ष के समाधान में X भूमिका")
_HI_SETTLE = frozenset("समाधान रोकने रुकवाने सुलझाने खत्म ख़त्म समाप्त".split())


def _hi_clause_before(left: list[str], lex) -> list[str]:
    """The words of the name's clause before it, at most five (hifix47): back to a ने, a "कि", a reporting verb, a
    postposition of time ("X के बाद", "जब") or a mark ("शांति वार्ता टूटने के बाद Y ने …": the peace is another
    clause's)."""
    words = left[-5:]
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        if w in lex.cast_agent_markers or w in lex.complementizers or w in lex.reporting_forms or w in _HI_AFTER \
                or not w[:1].isalpha():
            return words[j + 1:]
    return words


def _hi_mediator_items(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The name as a mediator or peacemaker in its clause (hivil47b): its subject, with ने or without it, or the name
    before को ("X दोनों पक्षों के बीच मध्यस्थ बनना चाहता है", "X पीसमेकर की भूमिका निभाना चाहता है", "Y X को एक
    भरोसेमंद मध्यस्थ मानता है"); not someone else's mediation ("Z की मध्यस्थता में": a genitive right before), nor
    the name as a genitive ("X के मध्यस्थ") or a war's name ("X युद्ध के बीच मध्यस्थ"), up to another doer, a "कि"
    clause or a reporting verb (and, for a subject without ने, a पर/को/में: another clause's place or target may come
    first). A part played in ending or settling a conflict is read so too (``_HI_SETTLE`` or a word of peace in the
    clause or in the five words before the name: "X विवाद के समाधान की भूमिका निभाना चाहता है", "समाधान में X भूमिका
    निभा सकता है"; not a part in the war itself; up to a पर/को/में as above: read past one, "X युद्ध रोकने में भूमिका
    निभा सकता है", it added 3 decisive items on folds 1-4, 2 right, for 1 of 1 without)."""
    if right[0] in _HI_GENITIVES or right[0] in _HI_AND or right[0] in ("से", "पर", "में") or right[0] in _HI_WAR:
        return []  # (and "X युद्ध के बीच मध्यस्थ": the war's name)
    end = next((k for k in range(1, len(right)) if right[k] in lex.cast_agent_markers
                or right[k] in lex.complementizers or right[k] in lex.reporting_forms), len(right))
    if any(t in lex.cast_reject_words for t in right[1:end]):
        return []  # (hifix47) "X ने मध्यस्थता का प्रस्ताव ठुकरा दिया", as a meeting (:func:`_hi_meets_items`)
    for k in range(1 if right[0] in ("ने", "को") else 0, min(len(right), 10)):
        t = right[k]
        if k > 0 and t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms \
                or t in lex.cast_patient_markers and right[0] not in ("ने", "को") or t == "को" and right[0] == "ने":
            break  # (a subject without ने: up to a target or place, "X-Y जंग में Z मध्यस्थ बना" is Z's; hifix47: a
            # ने-subject up to its object, "X ने Y को मध्यस्थ माना" is Y's)
        if t.startswith(_HI_MEDIATOR) and (k == 0 or right[k - 1] not in _HI_GENITIVES):
            return [(_P, f"mediates “{t}”")]
        if t == "भूमिका" and right[k + 1:k + 2] and right[k + 1].startswith("निभा") and right[0] != "को":
            clause = _hi_clause_before(left, lex) + right[:k]
            if any(w in _HI_SETTLE or w in lex.cast_peace_words for w in clause) \
                    and not any(w in lex.cast_harm_nouns or w in lex.cast_agent_nouns for w in clause):
                return [(_P, "mediates “भूमिका”")]  # "X समाधान की भूमिका निभाना चाहता है"
    return []


#: hivil47b: a visit ("यात्रा", "दौरा", "दौरे")
_HI_VISIT = frozenset("यात्रा यात्राओं दौरा दौरे दौरों".split())
#: hifix47: a span of time whose genitive may come before a visit ("तीन दिन की जापान यात्रा"; another noun's genitive,
#: "Y के नेता की Z यात्रा", makes the visit someone else's), and the words of an occupied place ("कब्जे वाले शहर का
#: दौरा": a visit to occupied land is no diplomacy)
_HI_SPAN = frozenset("दिन दिनों दिवसीय हफ्ते हफ़्ते सप्ताह महीने घंटे".split())
_HI_OCCUPIED = frozenset("कब्जे कब्ज़े कब्जा कब्ज़ा कब्जाए कब्ज़ाए अधिकृत".split())


def _hi_visit_items(right: list[str], lex) -> list[tuple[int, str]]:
    """A visit the name pays (hivil47b): the name's genitive before its destination and the word of a visit ("X की
    कीव यात्रा", "X के पेरिस दौरे के बाद", one or two words between, none a postposition), or a ने-subject that visits
    ("X ने Y का दौरा किया"), or a subject on a visit ("X दो दिन की पेरिस यात्रा पर है"); diplomacy, a hero's item,
    as a meeting (:func:`_hi_meets_items`). Not the destination ("X की यात्रा": nothing between, the trip may be to X;
    "X यात्रा पर"), nor a visit only planned ("दौरा करने की योजना")."""
    if right[0] not in lex.cast_nominal_words and right[0] not in _HI_GENITIVES and right[0] not in _HI_AND:
        for k in range(1, min(len(right) - 1, 8)):  # ("X दो दिन की मास्को यात्रा पर है", a subject on a visit)
            t = right[k]
            if t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms \
                    or t in _HI_GENITIVES and right[k - 1] not in _HI_SPAN and right[k + 1] not in _HI_VISIT:
                break  # (hifix47) "X Y के नेता की Z यात्रा पर नाराज है": another's visit (not "X Y की यात्रा पर")
            if t in _HI_VISIT and right[k + 1] == "पर":
                return [(_P, f"visits “{t}”")]
        return []
    if right[0] in ("की", "के") and len(right) > 2:
        for k in (2, 3):
            between = right[1:k]
            if any(w in lex.cast_nominal_words or w in _HI_GENITIVES or w in _HI_AND or w in lex.cast_agent_markers
                   or w in _HI_OCCUPIED or not w[:1].isalpha() for w in between):
                return []
            if right[k:k + 1] and right[k] in _HI_VISIT:
                return [(_P, f"visits “{right[k]}”")]
        return []
    if right[0] == "ने":
        for k in range(1, min(len(right), 12)):
            t = right[k]
            if t in lex.cast_agent_markers or t in lex.complementizers or t in lex.reporting_forms \
                    or t in _HI_OCCUPIED:
                break  # (hifix47) "X ने कब्जे वाले Y का दौरा किया": occupied land
            if t in _HI_VISIT and right[k - 1] in _HI_GENITIVES and right[k + 1:k + 2] and right[k + 1] in _HI_DID:
                return [(_P, f"visits “{t}”")]
    return []


def _hi_attributive(name: str, right: list[str], lex) -> str:
    """The harm a demonym owns as the adjective before it (hivil46): a name ending in "ी" ("रूसी", "अमेरिकी") right
    before a noun of ``CAST_AGENT_NOUNS``, or one other word between ("यूक्रेन पर रूसी हमले", "रूसी सैन्य आक्रमण",
    "रूसी ड्रोन हमलों में"); not a noun name before a harm, its target or place ("यूक्रेन आक्रमण", "कुर्स्क हमले"),
    nor a harm past a postposition ("रूसी सेना पर हमले": someone else's)."""
    if not name.endswith("ी"):
        return ""
    for k in range(0, min(len(right), 2)):
        t = right[k]
        if t in lex.cast_agent_nouns:
            return t
        if t in lex.cast_nominal_words or t in _HI_GENITIVES or t in _HI_AND or t in _HI_RETALIATE \
                or not t[:1].isalpha():
            return ""  # (and "रूसी जवाबी हमले": a counter-attack, a hero's in the ने-reader)
    return ""


def _hi_owned_before_negation(name: str, right: list[str], lex) -> list[tuple[int, str]]:
    """The harm the name owns ("X के ताजा आक्रमण", "रूसी हमलों") in a clause whose verb is negated further on
    (hivil47): "X के आक्रमण ने पड़ोसियों को विभाजित नहीं किया" still tells X's invasion; not when the negation
    comes within three words after the harm ("X का कोई हमला नहीं हुआ", "X के हमले नहीं हुए": no harm done)."""
    first = next(k for k, t in enumerate(right) if t in lex.cast_negations)
    if right[0] in _HI_GENITIVES:
        k = next((j for j in (1, 2) if j < len(right) and right[j] in lex.cast_agent_nouns), None)
        if k == 2 and (right[1] in lex.cast_nominal_words or right[1] in _HI_GENITIVES or right[1] in _HI_AGAINST):
            k = None
    else:
        noun = _hi_attributive(name, right, lex)
        k = right.index(noun) if noun else None
    if k is None or first <= k + 3 or any(t in lex.cast_negations or t in ("कोई", "किसी") for t in right[:k]) \
            or any(t in ("कोई", "किसी") for t in right[k + 1:first]):
        return []  # (hifix47: "X के हमले का कोई सबूत नहीं मिला", no harm told)
    return [(_A, f"its “{right[k]}”")]


def _postpositional_items(left: list[str], right: list[str], lex, name: str = "",
                          raw: list[str] | None = None) -> list[tuple[int, str]]:
    """Hindi: the verb comes last and postpositions mark the roles. "रूस ने … हमला किया": the name before ने
    does the harm or help its clause names (:func:`_hi_predicate`); "यूक्रेन पर हमला": the name before पर/को is
    its target; "रूस का आक्रमण": the harm it owns; what it is called, suffers, and is judged by (the ``_hi_``
    functions above). A negation in the clause gives nothing but a harm the name owns told before it
    (:func:`_hi_owned_before_negation`, hivil47)."""
    if lex.cast_called_words and _hi_compound(left, right):
        return []
    if any(t in lex.cast_negations for t in right):
        return _hi_owned_before_negation(name, right, lex) if lex.cast_called_words else []
    if lex.cast_called_words and "जब" in left and any(t.endswith(_HI_FUTURE) for t in right):
        return []  # (hi-cast42b) "जब X शांति समझौते के लिए तैयार होगा": a time to come, as a condition
    if lex.cast_called_words and _hi_spoken_attack(right, lex):
        return []  # (hi-cast42b) "X ने Y पर हमला बोलते हुए कहा": an attack in words, neither's harm
    items: list[tuple[int, str]] = []
    if lex.cast_called_words:
        items += _hi_called_items(left, right, lex)
    whole, right = right, _hi_listed(right, lex) if lex.cast_called_words else right
    if not right:
        return items
    if right[0] in lex.cast_agent_markers:
        items += _hi_agent_items(right, lex, _hi_answering(left) if lex.cast_called_words else False)
        if name and right[0] == "ने" and not any(role == _P for role, _ in items):
            items += _hi_group_help(_hi_through_list(raw) if raw else right, name, lex)
    elif right[0] in lex.cast_patient_markers or right[1:2] and right[1] in _HI_AGAINST:
        items += _hi_target_items(right, lex)
        if lex.cast_called_words and right[0] == "पर":
            items += _hi_charged_items(right, lex)
    elif lex.cast_called_words and right[0] in _HI_PLACES and right[1:2] and right[1] in lex.cast_patient_markers:
        items += _hi_target_items(right[1:], lex, True)  # (hi-cast42) "X शहर पर हमला": the place of that name
    elif right[0] in ("का", "की", "के") and len(right) > 1 and right[1] in lex.cast_agent_nouns:
        items.append((_A, f"its “{right[1]}”"))
    elif lex.cast_called_words and _hi_attributive(name, right, lex):
        items.append((_A, f"its “{_hi_attributive(name, right, lex)}”"))  # (hivil46) "यूक्रेन पर रूसी हमले"
    elif lex.cast_called_words and right[0] in _HI_GENITIVES and len(right) > 2 and right[2] in lex.cast_agent_nouns \
            and right[1] not in lex.cast_nominal_words and right[1] not in _HI_GENITIVES \
            and right[1] not in _HI_AGAINST:
        items.append((_A, f"its “{right[2]}”"))  # one word between: "रूस के ड्रोन हमले", "रूस का सैन्य आक्रमण"
    if lex.cast_called_words:
        items += _hi_honoured_items(right, lex) + _hi_named_as_items(right, lex) + _hi_rescued_items(right, lex)
        items += _hi_sanction_items(right, lex)  # (hivil47) "X ने Y पर प्रतिबंध लगाए"
        items += _hi_charged_that(left, right, lex)  # (hivil47) "Y ने आरोप लगाया कि X ने …"
        items += _hi_responsible_items(left, right, lex)  # (hivil47) "इस हमले के लिए X जिम्मेदार है"
        items += _hi_prosecuted_items(right, lex)  # (hivil47) "X के खिलाफ वारंट"
        items += _hi_forced_items(right, lex)  # (hivil47) "X को घर छोड़ने पर मजबूर होना पड़ा"
        items += _hi_ordered_items(right, lex)  # (hivil47) "X ने Y पर हमले का आदेश दिया"
        items += _hi_meets_items(right, lex)  # (hivil47b) "X ने Y से मुलाकात की"
        items += _hi_mediator_items(left, right, lex)  # (hivil47b) "X मध्यस्थ बनना चाहता है"
        items += _hi_visit_items(right, lex)  # (hivil47b) "X की कीव यात्रा"
    if lex.cast_suffer_words:
        items += _hi_suffered_items(right, lex)
    if lex.cast_judge_nouns:
        items += _hi_judged_items(right, lex)
    if lex.cast_peace_words:
        items += _hi_peace_items(whole, lex)  # (a list's peace is read as before: "X और Y के बीच शांति" is no one's)
    return items
