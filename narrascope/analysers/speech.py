"""Shared helpers for quotes and claims: reporting verbs and mapping a speaker token to an entity."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..schema import Entity, Span

REPORTING_VERBS = lexicon("en").reporting_verbs  # English lemmas; every language's list is in narrascope.lang

PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}

# Gender cues for pronoun agreement ("she" never resolves to a man): honorifics and gendered nouns right
# before a mention, common first names, and Slavic surname endings. Unknown stays unknown.
_TITLE_GENDER = {**dict.fromkeys("mr mister sir lord king prince duke monsieur herr señor senhor gospodin "
                                 "spokesman chairman congressman businessman statesman councilman father son "
                                 "husband brother grandfather uncle boy man".split(), "m"),
                 **dict.fromkeys("mrs ms miss madam madame dame lady queen princess duchess frau señora senhora "
                                 "spokeswoman chairwoman congresswoman businesswoman stateswoman councilwoman "
                                 "mother daughter wife sister grandmother aunt girl woman".split(), "f")}
_MALE_NAMES = frozenset("""
abdullah ahmed alan albert alexander alexei alexey ali andrei andrew andriy andrzej angus anthony antonio antony
arseniy barack ben benjamin bernie bill bob boris brian charles chris christopher dan daniel david denis dmitri
dmitry dmytro donald edward emmanuel eric fedor frank friedrich gavin george gerhard gordon hakan harry helmut
henry igor ivan jack jacques jake james jean jeff jens jim joe johann john jonathan joseph josep keir kevin
kim klaus leonid lloyd luis marco mark martin matteo michael mike mikhail mohammed muhammad narendra nicolas
nikolai oleg oleksandr olaf olivier pavel pete peter petro rishi robert roman ron rustem sam scott sebastian
sergei sergey sergiy steve steven tayyip ted thomas tim tom tony valery viktor vitali vitaliy vladimir
volodymyr william xi yevgeny yuri zbigniew
""".split())
_FEMALE_NAMES = frozenset("""
alice alina ana angela ann anna annalena anne antonia barbara beata bridget catherine christine claudia dana
diana elena elisabeth elizabeth ella elvira emma eva evelyn giorgia hanna hannah helen hillary iryna irina
jacinda jane janet jennifer jill julia julie kaja kamala karen karine kate katherine kristi laura liz
lyudmila margaret margrethe maria marie marine marina mary melania meloni michelle mette nancy natalia
natalya nikki oksana olena olga ruth sanna sarah sophie susan svetlana tatiana tatyana theresa tulsi ursula
valentina victoria viktoria yulia yuliia zuzana
""".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\.?),?[ \t]+$")


def person_gender(entity: Entity, text: str) -> str | None:
    """``"m"``, ``"f"`` or None: the gender the text gives a person, from names, titles and surnames."""
    votes = {"m": 0, "f": 0}
    first = entity.name.split()[0].lower() if entity.name.split() else ""
    if first in _MALE_NAMES:
        votes["m"] += 2
    elif first in _FEMALE_NAMES:
        votes["f"] += 2
    last = entity.name.split()[-1].lower() if entity.name.split() else ""
    if last.endswith(("ova", "eva", "skaya", "ska")):
        votes["f"] += 1
    elif last.endswith(("ov", "ev", "sky", "skiy", "ski")):
        votes["m"] += 1
    for m in entity.mentions:
        # The word right before a mention: "Mrs May", "spokeswoman Maria Zakharova", "his wife, Melania".
        prev = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if prev is not None:
            w = prev.group(1).lower()
            # A full stop after the word ends a sentence ("… his wife. Trump said") unless it abbreviates Mr/Mrs/Ms.
            if w in _TITLE_GENDER and (not prev.group(2) or w in ("mr", "mrs", "ms")):
                votes[_TITLE_GENDER[w]] += 3
        words = [w.rstrip(".").lower() for w in m.text.split()]
        for w in words[:-1]:
            if w in _TITLE_GENDER:
                votes[_TITLE_GENDER[w]] += 3
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def entity_at(entities: list[Entity], start: int, end: int, prefer_person: bool = True) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)``; people win over places and organisations."""
    # groups of people (English GROUP entities) are no speakers' entities: "residents said" names its speaker as before
    hits = [e for e in entities if e.type != "GROUP" for m in e.mentions if m.start < end and start < m.end]
    if not hits:
        return None
    if prefer_person:
        people = [e for e in hits if e.type == "PERSON"]
        if people:
            return people[0]
    return hits[0]


def last_person_before(entities: list[Entity], pos: int, pronoun: str | None = None,
                       text: str | None = None) -> Entity | None:
    """The person mentioned most recently before ``pos`` who agrees with ``pronoun`` (antecedent of he/she).

    A person of the other gender is never chosen. For "she" a woman named earlier wins over a more recent
    person of unknown gender; for "he" the most recent person not known to be a woman is taken.
    """
    want = _PRONOUN_GENDER.get((pronoun or "").lower())
    latest: list[tuple[int, Entity]] = []
    for e in entities:
        if e.type != "PERSON":
            continue
        starts = [m.start for m in e.mentions if m.start < pos]
        if starts:
            latest.append((max(starts), e))
    latest.sort(key=lambda t: -t[0])
    if want is None or text is None:
        return latest[0][1] if latest else None
    genders = [(e, person_gender(e, text)) for _, e in latest]
    if want == "f":
        return next((e for e, g in genders if g == "f"), None) or next((e for e, g in genders if g is None), None)
    return next((e for e, g in genders if g != "f"), None)


def speaker_of(subject, entities: list[Entity], text: str) -> tuple[str | None, str | None, Span | None]:
    """Resolve a spaCy subject token to ``(speaker name, entity id, span)``.

    The subject's head or subtree is matched against entity mentions; a he/she pronoun is resolved to the
    most recent person; otherwise the subject phrase itself names the speaker (e.g. 'a Kremlin spokesman').
    """
    sub = list(subject.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    span = Span(start=start, end=end, text=text[start:end])
    if subject.lower_ in PRONOUNS_PERSON:
        ent = last_person_before(entities, subject.idx, subject.lower_, text)
        if ent is not None:
            return ent.name, ent.id, span
        return subject.text, None, span
    head_ent = entity_at(entities, subject.idx, subject.idx + len(subject.text))
    if head_ent is not None:
        return head_ent.name, head_ent.id, span
    if subject.pos_ in ("PRON", "DET") and subject.lower_ not in ("who",):
        return None, None, None
    people = [e for e in entities if e.type == "PERSON"
              and any(start <= m.start and m.end <= end for m in e.mentions)]
    if people:
        return people[0].name, people[0].id, span
    return span.text, None, span



def function_word_name(name: str | None, entity: str | None, language: str | None, text: str = "") -> bool:
    """Whether a speaker or claimant found without an entity is one function word of the language ("Для", "И",
    "Até" opening the sentence before the verb, a lower-case "mesmo"; a Portuguese gerund before its object, "Citando
    um estudo"), which names no one: the layers then leave it unresolved. Not a pronoun (the layers resolve or show
    them on purpose), nor a word the article writes capitalised inside a sentence, where it is a name ("a associação
    Zero", "вестник „Сега“")."""
    if not name or entity is not None or " " in name.strip():
        return False
    from ..models.span_rules import function_words

    name = name.strip()
    word = name.casefold()
    lex = lexicon(language) if language else None
    # a Portuguese gerund before its object ("Citando um estudo, …"), not a name ("Fernando disse")
    gerund = language == "pt" and re.fullmatch(r"\w{3,}[aei]ndo", word) is not None and re.search(
        rf"(?<!\w){re.escape(name.strip())}\s+(?:o|a|os|as|um|uma|uns|umas|que|est[ea]s?|ess[ea]s?|em|de|d[oa]s?|n[oa]s?|com|para|por|a[oà]s?|à)(?!\w)",
        text)
    if (word not in function_words(language) and not gerund) or (lex is not None and word in lex.pronouns):
        return False
    if name[:1].isupper():
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            before = text[:m.start()].rstrip(" \t„“”\"«‚‘'(")
            if before and before[-1] not in ".!?…:\n":
                return False
    return True
