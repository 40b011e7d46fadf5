"""Per-language lexicons: the one place every layer reads quote marks, reporting verbs and phrases, number,
date and title words from.

One module per language (``en``, ``ru``, ``bg``, ``pt``, ``hi``) defines the same upper-case names; a layer
asks :func:`lexicon` for the article's language and never keeps a word list of its own. Quote marks are
shared by all languages (``QUOTE_PAIRS`` here); each module says which of them its press uses.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

LANGUAGES = ("bg", "en", "hi", "pt", "ru")

# Opening mark -> closing mark, for every style in the five languages' press. A straight double quote may be
# doubled ("" … "") in text copied from CSV or some CMSs; readers handle that as one mark.
QUOTE_PAIRS: dict[str, str] = {
    "“": "”", "”": "”", "«": "»", "»": "«", "„": "“", "‚": "‘", "‘": "’", "‹": "›", '"': '"', "'": "'",
}


@dataclass(frozen=True)
class Lexicon:
    """The words of one language that the layers use; every field is a frozenset or a dict of lower-case words."""

    code: str
    quote_marks: frozenset[str] = frozenset()       # opening marks this language's press uses
    reporting_verbs: frozenset[str] = frozenset()   # lemmas: say, заявить, заяви, dizer, कहना
    reporting_forms: frozenset[str] = frozenset()   # surface forms where no lemmatiser runs (заявил, каза, disse)
    source_phrases: tuple[str, ...] = ()            # "according to", "по словам", "според", "segundo", "के अनुसार"
    months: dict[str, int] = field(default_factory=dict)        # month names and abbreviations -> 1..12
    number_scales: dict[str, int] = field(default_factory=dict)  # thousand/million/billion words -> multiplier
    currencies: frozenset[str] = frozenset()        # currency words and symbols
    currency_qualifiers: frozenset[str] = frozenset()  # "щатски" долара: a word between a figure and its currency
    titles: frozenset[str] = frozenset()            # words of titles and offices that precede a name
    stopwords: frozenset[str] = frozenset()
    pronouns: dict[str, str] = field(default_factory=dict)    # subject pronouns of people -> "m", "f" or ""
    complementizers: frozenset[str] = frozenset()   # that / что / че / que / कि: reported speech follows
    percent_words: frozenset[str] = frozenset()     # percent / процента / por cento / प्रतिशत
    source_verbs_after: frozenset[str] = frozenset()  # "…, diz estudo": a verb that puts its source after it
    role_nouns: frozenset[str] = frozenset()        # nouns that stand for a speaker: "o economista", "министърът"
    fraction_words: frozenset[str] = frozenset()    # half / треть / metade / आधा: a checkable proportion
    abbreviations: frozenset[str] = frozenset()     # "проф.", "Dr.": a full stop after them ends no sentence
    # how many words after a quote (or in a closing ", — said X") the reporting verb may stand: six, more where
    # the verb comes last (Hindi: "', मिशन निदेशक टी. वी. रमणी ने बताया।")
    attribution_window: int = 6
    single_offices: frozenset[str] = frozenset()    # titles of one office: a bare "премьер" is not whoever spoke
    male_names_in_a: frozenset[str] = frozenset()   # men's first names that end like women's ("Никита", "Илья")
    source_nouns: frozenset[str] = frozenset()      # "данным", "estimativas": what a source phrase cites, not who
    finding_verbs: frozenset[str] = frozenset()     # "show", "find": report only with a source noun as subject
    institution_nouns: frozenset[str] = frozenset()  # "ведомство", "o colegiado": a body that speaks as itself
    opening_source_phrases: tuple[str, ...] = ()    # a source only at a sentence's start, before a comma ("Para X,")
    object_verbs: frozenset[str] = frozenset()      # "considera a medida insuficiente": an opinion without "that"
    org_heads: frozenset[str] = frozenset()         # "Autoridade … de Emergência e Proteção Civil": "e" inside a name
    impersonal_preps: frozenset[str] = frozenset()  # "сообщили в X", "съобщиха от X": a plural verb's source
    plural_endings: tuple[str, ...] = ()            # endings of those plural verbs ("сообщили", "заявиха")
    time_words: frozenset[str] = frozenset()        # "в среду", "в сряда": after a preposition, a time, not a place
    nominative_forms: frozenset[str] = frozenset()  # Hindi present tense: "X कहती हैं" (no ने before the subject)
    surname_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "f"/"m" -> surname endings
    natural_hazards: frozenset[str] = frozenset()   # "cyclone", "ураган": a named storm gets no role in the cast
    title_genitive_endings: tuple[str, ...] = ()    # "министр иностранных дел": words of a title after it
    infinitive_particles: frozenset[str] = frozenset()  # "настояват заплатите да достигнат": what is asked follows
    place_anaphors: frozenset[str] = frozenset()   # "Там же полагают": the body cited last speaks again
    body_anaphors: frozenset[str] = frozenset()    # "В ведомстве уточнили": the body named last speaks again
    locative_bodies: frozenset[str] = frozenset()  # "уточнили в компании": a body noun only after that preposition
    not_names: frozenset[str] = frozenset()        # "Так, …", "Тук …": a sentence's capitalised first word, no name
    pointer_closers: tuple[str, ...] = ()          # "X ने यह जानकारी दी": the sentence before is X's
    pointer_verbs: frozenset[str] = frozenset()     # "Такие данные опубликовало X": verbs that report after an opener
    pointer_openers: tuple[str, ...] = ()          # "Об этом сообщили …": the sentence before is the speaker's
    not_source_after: frozenset[str] = frozenset()  # "o segundo dia": before a one-word source phrase, no source
    quantifiers: frozenset[str] = frozenset()      # "segundo mais de duas centenas de cientistas": a counted group
    quotes_run_on: bool | str = False               # "„… пари.\n\nДокато … никой“, коментира той": no reopening
    #                                                 (True: „…“ only; a string: its opening marks, Russian "„«")
    dash_speech: bool = False                       # "— Words, — said X. — More words.": a dash opens direct speech
    aux_before_verb: frozenset[str] = frozenset()   # "X, title, não tem dúvidas": between apposition and verb
    stance_words: frozenset[str] = frozenset()      # "não tem dúvidas de que": a stance that reports before "de que"
    perfect_aux: frozenset[str] = frozenset()       # "tinha", "havia": a compound past's auxiliary
    reporting_participles: frozenset[str] = frozenset()  # "tinha dito que", "havia pedido que": after perfect_aux
    reporting_gerunds: frozenset[str] = frozenset()  # ", acrescentando que": the sentence's speaker goes on
    nationalities: frozenset[str] = frozenset()     # "a Marinha sueca": a country's adjective closing a body's name
    number_words: frozenset[str] = frozenset()     # "दो", "два", "duas": a value before a scale word ("दो लाख")
    count_words: frozenset[str] = frozenset()       # "centenas", "сотни": a counted quantity without digits (a value)
    count_phrases: tuple[str, ...] = ()             # "около", "поне": a number in words after them is a count
    count_numbers: frozenset[str] = frozenset()     # "двеста", "пет": number words counted after count_phrases
    person_numbers: frozenset[str] = frozenset()    # "петима": a count of people by itself
    count_not_nouns: frozenset[str] = frozenset()   # "години", "дни": a span of time, no counted thing
    interview_words: frozenset[str] = frozenset()   # "entrevista", "интервю": a question-and-answer interview follows
    # the cast's evidence without a parse (models/cast_evidence/lexical.py); see the ru/pt/bg modules
    cast_harm_verbs: tuple[str, ...] = ()           # beginnings of verbs of harm an agent does ("обстрел", "atacou")
    cast_help_verbs: tuple[str, ...] = ()           # beginnings of verbs of help ("защищ", "resgatou")
    cast_group_help: tuple[str, ...] = ()           # help a group of people does ("раздава", "apagaram"; ml45)
    cast_group_armed: tuple[str, ...] = ()          # armed groups whose deliveries are no help ("военн", "soldad")
    cast_group_help_needs: dict[str, str] = field(default_factory=dict)  # "apag" -> "fogo|incêndio|…": help only so
    cast_group_help_unless: dict[str, str] = field(default_factory=dict)  # "पहुंचा" -> "नुकसान|…": harm done instead
    cast_group_help_clitics: frozenset[str] = frozenset()  # "ги", "се": the group is the verb's object, not subject
    cast_group_rescued: tuple[str, ...] = ()        # "раненых ", "ferid": an armed group's help only to them
    cast_group_arms: tuple[str, ...] = ()           # "снаряд", "armas ": what an armed group delivers is no rescue
    cast_time_conjunctions: tuple[str, ...] = ()    # "когда", "после того как": a time clause, another's verb
    cast_not_verbs: frozenset[str] = frozenset()    # words those beginnings start that are no such verb
    cast_harm_nouns: dict[str, str] = field(default_factory=dict)  # noun of harm -> preposition of who suffers it
    cast_agent_nouns: frozenset[str] = frozenset()  # nouns whose genitive is who does it ("вторжение России")
    cast_blame_nouns: frozenset[str] = frozenset()  # "режим Зеленского": the genitive is blamed
    cast_blame_words: tuple[str, ...] = ()          # what an entity is called that blames it ("агрессор")
    cast_victim_words: tuple[str, ...] = ()         # what an entity is called that pities it ("жертв")
    cast_fillers: frozenset[str] = frozenset()      # words between a name and its verb ("снова", "já")
    cast_negations: frozenset[str] = frozenset()    # "не", "não": a negated verb says nothing
    cast_copulas: frozenset[str] = frozenset()      # "—", "é", "е": between a name and what it is called
    cast_agent_preps: frozenset[str] = frozenset()  # "pela": names who does the harm of a noun before it
    cast_conditionals: frozenset[str] = frozenset()  # "если", "ако": a condition, not a fact
    cast_accusative_endings: tuple[str, ...] = ()   # endings that mark a name as the object of a verb before it
    cast_agent_markers: frozenset[str] = frozenset()    # Hindi "ने": the name before it does what the clause says
    cast_patient_markers: frozenset[str] = frozenset()  # Hindi "पर", "को": the name before it is the target
    cast_vote: bool = True                          # the items vote on the main role (False: cues and veto only)
    pro_drop: bool = False  # "Disse que …", "Каза, че …": a finite verb may open a sentence without its subject
    relatives: frozenset[str] = frozenset()         # "que", "который", "чьи": a relative clause opens (", que …,")
    government_nouns: frozenset[str] = frozenset()  # "administration", "सरकार": a name before one is that government
    anonymous_sources: frozenset[str] = frozenset()  # "собеседник": an unnamed person a role noun may point back at
    spokes_roles: frozenset[str] = frozenset()      # "представитель", "пресс-секретарь": who speaks for a body
    role_body_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "кремль" -> ("президент", …)
    body_synonyms: dict[str, str] = field(default_factory=dict)  # "мисия" -> "посолство": a body's other noun
    source_only_verbs: frozenset[str] = frozenset()  # "Данните … показват, че": report only after a cited text
    title_synonyms: dict[str, str] = field(default_factory=dict)  # "държавният глава" -> "президентът": an office
    unnamed_people: frozenset[str] = frozenset()  # "Um operador que pediu anonimato": a person only after "um"/"uma"
    plural_people: frozenset[str] = frozenset()  # "Жители на село X твърдят": an indefinite plural group
    body_heads: frozenset[str] = frozenset()  # "मंत्रालय", "स्टाफ": a title word before one names a body ("जनरल स्टाफ")
    common_acronyms: frozenset[str] = frozenset()  # "пво", "ндс", "ддс": acronyms of common nouns, never a name
    body_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "colegiado" -> ("comitê", "conselho", …)
    # Hindi cast evidence (branch hi-cast48; see lang/hi.py): what a name is called, said to suffer, and judged by
    cast_called_words: dict[str, str] = field(default_factory=dict)  # "पीड़ित" -> "I": a name called it (P/A/I)
    cast_suffer_words: dict[str, str] = field(default_factory=dict)  # "मौत" -> "की": harm the name suffers after it
    cast_judge_nouns: dict[str, str] = field(default_factory=dict)  # "सराहना" -> "P": "X की सराहना" praises X
    cast_clause_verbs: frozenset[str] = frozenset()  # "है", "गया": a word after the harm noun that keeps it the verb
    cast_nominal_words: frozenset[str] = frozenset()  # "का", "करने": after a harm noun, it is no verb ("हमले का")
    cast_peace_words: frozenset[str] = frozenset()  # "शांति": a subject whose clause seeks it makes peace
    cast_reject_words: frozenset[str] = frozenset()  # "खारिज": a clause that rejects what it names seeks nothing
    cast_charge_words: frozenset[str] = frozenset()  # "आरोप": "X पर हमले का आरोप" accuses X, no harm done to it
    cast_passives: frozenset[str] = frozenset()  # "нападната": passive participles of harm ("… от X", "X беше …")
    cast_hero_words: tuple[str, ...] = ()  # what an entity is called that praises it ("герой", "защитник")
    cast_goes_on: frozenset[str] = frozenset()  # "продължава": "X продължава да обстрелва" does the harm
    cast_words_only: tuple[str, ...] = ()  # "заплаши": harm verbs whose object suffers only words (no victim item)
    cast_judging_verbs: dict[str, int] = field(default_factory=dict)  # "осъди" -> 1: its object blamed (0: praised)
    cast_become: frozenset[str] = frozenset()  # "превърна": "X се превърна в диктатура" is called so
    cast_offer_verbs: tuple[str, ...] = ()  # "предложи": with a word of peace after it, peace offered (a hero's item)
    cast_peace_stems: tuple[str, ...] = ()  # "мир", "примирие", "преговори": what is offered (Bulgarian stems)
    cast_peace_plans: frozenset[str] = frozenset()  # "план": "мирният план на X" is X's peace
    cast_cases: bool = False  # Russian: the cast reads a name's case and its verb's agreement (pymorphy3)
    cast_call_verbs: tuple[str, ...] = ()  # beginnings of verbs of calling ("назвал Зеленского клоуном")
    cast_civilian_words: tuple[str, ...] = ()  # a name made of them is a victim's ("мирные жители")
    cast_praise_words: tuple[str, ...] = ()  # what an entity can be called that praises it ("герой", "защитник")
    cast_word_kinds: dict[str, str] = field(default_factory=dict)  # Portuguese "bombardeou" -> "harm" (_pt_items)
    # Russian, second round (branch ru-cast49; cast_evidence.russian._ru_more_items)
    cast_give_verbs: tuple[str, ...] = ()  # "оказали": with a word of aid after it, help given
    cast_aid_words: tuple[str, ...] = ()  # "гуманитарн": what makes a gift help
    cast_armed_words: tuple[str, ...] = ()  # "военн", "оруж": what makes a gift arms or money (no help item)
    cast_undergo_verbs: tuple[str, ...] = ()  # "подверг": "X подвергся обстрелу" suffers the harm after it
    cast_harm_stems: tuple[str, ...] = ()  # "обстрел", "удар": nouns of harm in any case ("под обстрелом")
    cast_place_nouns: tuple[str, ...] = ()  # "город", "регион": "удары по городам России" targets Russia
    cast_refuse_verbs: tuple[str, ...] = ()  # "отказывается": with a word of peace after it, peace refused
    cast_plan_words: tuple[str, ...] = ()  # "готовит", "планирует": a harm only planned, none suffered yet
    cast_injury_stems: tuple[str, ...] = ()  # "ранени": "получили ранения" hurts the subject
    cast_wounded_verbs: tuple[str, ...] = ()  # "получили": with a word of injury after it, the subject is hurt
    cast_strike_verbs: tuple[str, ...] = ()  # "нанесли": "нанесли удар по мирным" strikes civilians
    cast_cease_words: tuple[str, ...] = ()  # "прекратить": before a word of fighting, a word of peace
    cast_fighting_words: tuple[str, ...] = ()  # "огонь", "конфликт": what a word of peace stops
    cast_blame_owned: frozenset[str] = frozenset()  # "ответственность": "ответственность X за …" blames X
    cast_place_harm: tuple[str, ...] = ()  # "погиб", "обстрел": in the clause of a place in the locative, it suffers
    cast_thanks_words: tuple[str, ...] = ()  # "благодарность": the dative it is addressed to is praised
    cast_praise_verbs: tuple[str, ...] = ()  # "поблагодарил", "похвалил": the object is praised
    cast_perish_verbs: frozenset[str] = frozenset()  # "погибли": a plural subject (a group of people) perished
    # reciprocal blame (branch mutual43; cast_evidence.lexical._mutual_blame_lexical): phrases of words, "*" ending a
    # beginning of words ("обвин* друг* друг*"); in a title or lead, a villain item in someone's words or a charge is
    # one side's, not the article's
    cast_mutual_blame: tuple[str, ...] = ()


@cache
def lexicon(language: str | None) -> Lexicon:
    """The lexicon of ``language`` (bg/en/hi/pt/ru); English for ``None`` or any other language."""
    code = language if language in LANGUAGES else "en"
    module = import_module(f"{__name__}.{code}")
    return Lexicon(code=code, **{f.lower(): getattr(module, f) for f in module.__all__})


@cache
def all_months() -> dict[str, int]:
    """Month names and abbreviations of every language -> 1..12 (a date may be written in any of them)."""
    out: dict[str, int] = {}
    for code in LANGUAGES:
        out.update(lexicon(code).months)
    return out
