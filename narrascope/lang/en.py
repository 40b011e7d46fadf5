"""English lexicon."""
from __future__ import annotations

__all__ = ["QUOTE_MARKS", "REPORTING_VERBS", "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES",
           "CURRENCIES", "TITLES", "PRONOUNS", "COMPLEMENTIZERS", "PERCENT_WORDS", "SOURCE_VERBS_AFTER",
           "ROLE_NOUNS", "FRACTION_WORDS"]

QUOTE_MARKS = frozenset('“"‘\'')
__all__ += ["NATURAL_HAZARDS"]
#: Words (as written, lower case) that begin or precede the name of a weather event or natural hazard:
#: "Cyclone Jude", "Hurricane Ian", "Storm Isha". Such a storm is no one the press
#: casts; the framing layer shows it no role (stop 44: no SemEval-2025 annotation in any language gives one a role).
NATURAL_HAZARDS = frozenset("cyclone hurricane typhoon storm tornado".split())
REPORTING_VERBS = frozenset("""
say tell claim add state insist argue write warn note explain declare announce accuse deny ask reply suggest
stress assert allege admit believe respond comment remark conclude emphasize emphasise maintain report tweet
post acknowledge confirm predict promise threaten vow urge demand describe recall testify contend complain
concede observe estimate mention reveal charge answer caution boast brag continue quip recount
""".split())
# Surface forms the quotes layer matches where spaCy's tags fail ("Trump claims …" tagged as a noun phrase);
# verbs are otherwise recognised by their spaCy lemma (REPORTING_VERBS). "tells"/"told" take an object.
REPORTING_FORMS = frozenset("""
says said claims claimed insists insisted argues argued alleges alleged asserts asserted believes believed
warns warned maintains maintained states stated suggests suggested thinks thought tells told writes wrote
admits admitted denies denied added
""".split())
SOURCE_PHRASES = ("according to", "citing", "quoted by", "in the words of", "as reported by")
MONTHS = {m: i for i, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
    "september sep sept", "october oct", "november nov", "december dec"), 1) for m in names.split()}
NUMBER_SCALES = {"thousand": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9,
                 "trillion": 10**12, "tn": 10**12}
CURRENCIES = frozenset("$ € £ ¥ ₽ ₴ dollar dollars euro euros pound pounds rouble roubles ruble rubles "
                       "hryvnia hryvnias yuan usd eur gbp".split())
TITLES = frozenset("""
president prime minister mr mr. mrs mrs. ms ms. dr dr. sen sen. senator rep rep. gen gen. general chancellor
secretary state foreign defense defence vice former pope king queen prince sir lord ambassador spokesman
spokeswoman governor mayor colonel col. lt. captain commander leader premier chairman ceo
""".split())

PRONOUNS = {"he": "m", "she": "f", "they": ""}
COMPLEMENTIZERS = frozenset({"that"})
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})
SOURCE_VERBS_AFTER = frozenset({"says", "said"})
ROLE_NOUNS = frozenset("""
minister president spokesman spokeswoman official economist analyst expert
""".split())
FRACTION_WORDS = frozenset("""
half third quarter
""".split())

__all__ += ["GOVERNMENT_NOUNS", "SOURCE_NOUNS", "FINDING_VERBS"]
#: a name followed by one of these is that government, one mention ("the Biden administration", "the Kyiv
#: regime"); lower case but for "Government" (a title-case headline's "Zelensky Regime Begs ..." is left alone)
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "Government"})
#: what a study or a document shows: reported speech only with one of SOURCE_NOUNS as its subject ("a study found
#: that …", "the data show that …", "an investigation showed that …"); "the map shows that" is the article's own
SOURCE_NOUNS = frozenset("""
study report survey data datum investigation analysis poll research figure statistic review audit census paper estimate
assessment inquiry probe document model projection forecast
""".split())
FINDING_VERBS = frozenset({"show", "find", "indicate"})

# -- groups of people: the heads of English group mentions (entity type GROUP) and how to read one -----------
#: Plural nouns that name a set of people by what they are or do: the heads of English group mentions (entity type
#: ``GROUP``). A closed list of people roles, not things; "people" and "class" only with a modifier ("Ukrainian
#: people", "ordinary people", "working class"), never "people", "others" or "many" alone.
GROUP_HEADS = frozenset("""
    civilian resident inhabitant villager citizen pensioner retiree taxpayer voter consumer household family
    farmer worker employee miner fisherman fishermen labourer laborer shopkeeper homeowner tenant
    rescuer firefighter volunteer medic doctor nurse paramedic lifeguard crew sapper deminer
    scientist researcher hydrologist climatologist meteorologist economist expert engineer
    teacher student pupil child kid parent mother woman youth
    refugee migrant immigrant asylum-seeker evacuee survivor victim hostage prisoner captive detainee
    patient veteran soldier troop conscript recruit serviceman servicemen mercenary invader occupier
    activist protester protestor demonstrator campaigner journalist reporter
    politician diplomat lawmaker legislator minister commander elite propagandist
    militant separatist settler nationalist oligarch
""".split())
#: Heads that name a group only with a modifier ("Ukrainian people", "working class", "US officials", "Western
#: leaders", "Western countries"): alone they are anyone ("people said", "officials
#: said", "experts warn", "countries").
GROUP_HEADS_MODIFIED = frozenset(["people", "class", "man", "official", "leader", "expert", "general", "fighter",
                                  "country", "nation", "ally", "power"])
#: Irregular plurals and their singular (the group's key merges "the pensioner"/"pensioners").
GROUP_PLURALS = {"allies": "ally", "children": "child", "people": "people", "women": "woman", "men": "man",
                 "fishermen": "fisherman", "servicemen": "serviceman", "kids": "kid", "families": "family",
                 "youths": "youth"}

def group_word(tok, singular: frozenset[str] = frozenset()) -> str | None:
    """The singular of ``tok`` when it is a group head (plural, or "people"/"class"), else ``None``; a singular
    noun only when it is one of ``singular``."""
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if low in ("people", "class"):
        return low
    if tok.tag_ == "NN" and low in singular:
        return low
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    word = GROUP_PLURALS.get(low) or tok.lemma_.lower()
    if word == low and low.endswith("s"):
        word = low[:-1]
    return word if word in GROUP_HEADS or word in GROUP_HEADS_MODIFIED else None



#: Organisations the small English model misses in a Title Case headline or a list ("the heads of the IMF, World
#: Bank"); matched case-sensitively as whole tokens. Not "WHO" nor "US": in an all-caps headline they are words.
KNOWN_ORGS = frozenset("""
NATO IMF ICC Kremlin Pentagon IAEA OSCE UNESCO UNICEF OPEC ASEAN BRICS Hamas Hezbollah Europol Interpol
""".split())
#: Numbered summits: "COP28", "COP 26" is the climate conference.
KNOWN_ORG_PATTERN = r"COP\d{1,2}"
#: A country's institution named by its adjective: "the Russian military", "Russian intelligence" is one actor.
INSTITUTION_NOUNS = frozenset(["military", "intelligence", "army", "navy"])

# -- claims the article disputes (branch en-quote38): the cast reads no evidence inside them ----------------------
# (not in ``__all__``: that names the Lexicon's fields; these are read by narrascope.models.cast_evidence)
#: Adverbs on a verb of saying that call what is said false: "falsely claimed that …", "baselessly alleged …".
DISPUTED_SAYING = frozenset("""
falsely wrongly baselessly groundlessly spuriously erroneously mistakenly dishonestly mendaciously
""".split())
#: What a claim is made without that disputes it: "claimed without evidence that …", "without providing proof".
WITHOUT_WHAT = frozenset(["evidence", "proof", "basis", "substantiation", "foundation", "corroboration"])
#: Verbs of saying whose clause is not so: "denied that …", "lied that …", "fabricated reports that …".
DISPUTING_VERBS = frozenset(["deny", "lie", "fabricate", "pretend", "invent"])
#: Nouns of a claim whose clause is what is claimed: "the claim that …", "allegations that …".
CLAIM_NOUNS = frozenset("""
claim allegation assertion accusation charge report rumour rumor story narrative theory insinuation suggestion
statement version
""".split())
#: What a claim is called that disputes it: "baseless claims that …", "propaganda claims that …".
DISPUTED_CLAIM_WORDS = frozenset("""
baseless false unfounded unsubstantiated fabricated bogus debunked discredited spurious fake groundless untrue
unproven disproven propaganda conspiracy disinformation misleading fictitious absurd dubious unverified
unfair unjustified ridiculous
""".split())
#: Nouns that call a claim false when said of it in the article's voice: "This is a fabrication.", "The story is a
#: lie." (branch en-cast42; the adjectives are :data:`DISPUTED_CLAIM_WORDS`).
REFUTING_NOUNS = frozenset("""
fabrication lie falsehood myth fiction invention hoax fantasy untruth canard smear nonsense
""".split())
#: Verbs that dispute a claim they are said of: "a claim that … was debunked", "investigators refuted the claim".
DEBUNK_VERBS = frozenset(["debunk", "refute", "disprove", "discredit", "rebut", "contradict", "deny", "dismiss",
                          "reject", "expose", "retract"])
#: Verbs that, negated, dispute the claim they are said of: "the claim has not been verified", "could not be
#: independently confirmed".
VERIFY_VERBS = frozenset(["verify", "confirm", "substantiate", "corroborate", "prove"])

#: Words of a role or office that, inside a name the NER model ran together, end what comes before the person
#: ("West Virginia Treasurer Riley Moore", "National Security Advisor John Bolton"): TITLES and these.
ROLE_WORDS = TITLES | frozenset("""
advisor adviser treasurer executive director professor prof prof. emeritus chief host editor founder correspondent
attorney judge spokesperson envoy deputy mp anchor presenter chair chairwoman commissioner official
""".split())
#: Lower-case particles inside a person's name: "Ursula von der Leyen", "Charles de la Tour".
NAME_PARTICLES = frozenset("von van der den de del della la le da di du dos das bin al ter".split())
#: US state abbreviations written after a city ("Cupertino, Calif."): part of an address, no actor of their own.
US_STATE_ABBREVIATIONS = frozenset("""
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. Wis. Wyo.
W.Va.
""".split())
