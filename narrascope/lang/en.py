"""English lexicon."""
from __future__ import annotations

__all__ = ["QUOTE_MARKS", "REPORTING_VERBS", "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES",
           "CURRENCIES", "TITLES", "PRONOUNS", "COMPLEMENTIZERS", "PERCENT_WORDS", "SOURCE_VERBS_AFTER",
           "ROLE_NOUNS", "FRACTION_WORDS"]

QUOTE_MARKS = frozenset('“"‘\'')
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
