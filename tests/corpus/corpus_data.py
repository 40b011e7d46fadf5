"""A small hand-written corpus for the corpus, API and dashboard tests, and hand-built analyses.

The articles are invented for these tests. ``hand_analysis`` builds an Analysis whose layers are given by
the test (narratives, entity roles, persuasion spans located by phrase), so store queries can be checked
against counts known in advance, independently of what the trained models say.
"""
from __future__ import annotations

from narrascope import __version__
from narrascope.article import Article
from narrascope.schema import (
    Analysis,
    ArticleMeta,
    Cast,
    CastMember,
    Entity,
    EntityRole,
    Mention,
    Narratives,
    Persuasion,
    ScoredLabel,
    Span,
    TechniqueSpan,
)

URW_BLAME = "URW: Blaming the war on others rather than the invader"
URW_DISCREDIT = "URW: Discrediting Ukraine"
CC_HOAX = "CC: Criticism of climate movement"

# (id, date, source, title, body, narratives, {entity: role}, [(phrase, technique, category)])
ARTICLES = [
    ("a01", "2025-01-06", "Harbor Tribune", "Ministers meet in Brussels over winter aid",
     "Foreign ministers from the European Union met in Brussels on Monday. NATO officials said Ukraine needs air "
     "defence before spring. Russia called the meeting a provocation.",
     [URW_BLAME], {"NATO": "Antagonist", "Ukraine": "Innocent"},
     [("a provocation", "Name_Calling-Labeling", "Attack on reputation")]),
    ("a02", "2025-01-08", "Harbor Tribune", "Grain corridor reopens after weeks of shelling",
     "Ships carrying grain left Odesa on Wednesday. Ukraine said the corridor is safe again. Farmers in Kenya "
     "welcomed the news, and the United Nations praised the crews.",
     [URW_DISCREDIT], {"Ukraine": "Protagonist"}, []),
    ("a03", "2025-01-15", "Daily Ledger", "Analyst says expansion of NATO started the conflict",
     "A television analyst said on Wednesday that NATO expansion started the war. \"They pushed and pushed,\" he "
     "said. Critics said the analyst repeats Kremlin talking points without evidence.",
     [URW_BLAME], {"NATO": "Antagonist"}, [("pushed and pushed", "Repetition", "Manipulative wording")]),
    ("a04", "2025-01-22", "Daily Ledger", "Climate summit ends without a deal",
     "Delegates left Geneva on Friday without an agreement. Activists called the outcome a betrayal of future "
     "generations, while industry groups said the targets were never realistic.",
     [CC_HOAX], {}, [("a betrayal of future generations", "Loaded_Language", "Manipulative wording")]),
    ("a05", "2025-02-03", "Coastal Post", "Heat records fall across southern Europe",
     "Temperatures above forty degrees were measured in Seville and Athens. Scientists at the University of Lisbon "
     "said the heat wave was made more likely by warming. Some commentators called the warnings alarmist hysteria.",
     [CC_HOAX], {}, [("alarmist hysteria", "Loaded_Language", "Manipulative wording")]),
    ("a06", "2025-02-05", "Coastal Post", "NATO drills in the Baltic draw protest from Moscow",
     "NATO began naval drills in the Baltic Sea on Wednesday. Moscow said the drills threaten Russia and promised "
     "a response. Estonia said the exercise was planned a year ago.",
     [URW_BLAME], {"NATO": "Antagonist", "Russia": "Innocent"}, []),
    ("a07", "2025-02-12", "Harbor Tribune", "Kyiv power grid repaired after strikes",
     "Engineers in Kyiv restored power to most districts by Tuesday night. Ukraine thanked Poland for spare "
     "transformers. Russia denied targeting civilian infrastructure.",
     [], {"Ukraine": "Innocent", "Russia": "Antagonist"}, []),
    ("a08", "2025-02-19", "Daily Ledger", "Opinion: the corruption nobody wants to discuss",
     "Aid to Ukraine disappears into a bottomless pit, a columnist wrote on Wednesday. Every official in Kyiv is "
     "corrupt, the column claimed, without naming a single case.",
     [URW_DISCREDIT], {"Ukraine": "Antagonist"},
     [("a bottomless pit", "Exaggeration-Minimisation", "Manipulative wording")]),
    ("a09", "2025-03-03", "Coastal Post", "Wind farm approved off the northern coast",
     "Regulators approved a wind farm of sixty turbines on Monday. The operator said it will power two hundred "
     "thousand homes. Local fishermen asked for compensation.",
     [], {}, []),
    ("a10", "2025-03-10", "Harbor Tribune", "NATO summit date announced",
     "NATO will hold its summit in The Hague in June, officials said on Monday. Ukraine hopes for new pledges. "
     "Hungary said it would not block the final statement.",
     [URW_BLAME], {"NATO": "Protagonist", "Ukraine": "Innocent"}, []),
]


def article(row) -> Article:
    """The Article of one ARTICLES row: a title line, a blank line and the body, as readers produce."""
    aid, date, source, title, body = row[:5]
    return Article(text=f"{title}\n\n{body}\n", id=aid, title=title, body_start=len(title) + 2, date=date,
                   source=source, language="en", path=f"{aid}.txt")


def hand_analysis(art: Article, narratives: list[str] = (), roles: dict[str, str] | None = None,
                  techniques: list[tuple[str, str, str]] = ()) -> Analysis:
    """An Analysis with the given layers; entity mentions and technique spans are located by phrase."""
    text = art.text
    entities, cast = [], Cast()
    for n, (name, role) in enumerate((roles or {}).items()):
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append(Mention(start=pos, end=pos + len(name), text=name, label="ORG"))
            pos = text.find(name, pos + 1)
        entities.append(Entity(id=f"E{n}", name=name, type="ORG", mentions=mentions,
                               role=EntityRole(main_role=role, main_score=0.9)))
        member = CastMember(entity=f"E{n}", name=name, score=0.9)
        by_role = {"Protagonist": cast.protagonists, "Antagonist": cast.antagonists, "Innocent": cast.innocents}
        by_role[role].append(member)
    spans = []
    for phrase, tech, cat in techniques:
        start = text.index(phrase)
        spans.append(TechniqueSpan(technique=tech, category=cat, score=0.8, start=start, end=start + len(phrase),
                                   text=phrase))
    stop = text.find(".", art.body_start)
    stop = stop + 1 if stop >= 0 else len(text)
    body = Span(start=art.body_start, end=stop, text=text[art.body_start:stop])
    narr = None
    if narratives:
        domain = narratives[0].split(":")[0]
        narr = Narratives(domain=domain, domain_score=0.9,
                          coarse=[ScoredLabel(label=n, score=0.8, evidence=[body]) for n in narratives])
    else:
        narr = Narratives(domain="Other", domain_score=0.7)
    meta = ArticleMeta(text=text, id=art.id, title=art.title, date=art.date, source=art.source, language=art.language,
                       path=art.path, words=art.words, chars=len(text), body_start=art.body_start,
                       content_hash=art.content_hash)
    persuasion = Persuasion(spans=spans, counts_by_category={}, density=0.5 if spans else 0.0)
    return Analysis(narrascope_version=__version__, models={"hand": "test-1"}, article=meta, entities=entities,
                    narratives=narr, cast=cast, persuasion=persuasion)


def fill(store) -> list[Article]:
    """Put every ARTICLES row with its hand-built analysis into ``store``; return the articles."""
    arts = []
    for row in ARTICLES:
        art = article(row)
        store.put(art, hand_analysis(art, row[5], row[6], row[7]))
        arts.append(art)
    return arts


def write_folder(folder, n: int = 40) -> list[str]:
    """Write ``n`` distinct plain-text articles (variations of ARTICLES) into ``folder``; return file names."""
    names = []
    for i in range(n):
        aid, date, source, title, body = ARTICLES[i % len(ARTICLES)][:5]
        name = f"doc_{i:03d}.txt"
        (folder / name).write_text(f"date {date}\n{title} (part {i + 1})\n\n{body}\nReported by desk {i}.\n",
                                   encoding="utf-8")
        names.append(name)
    return names
