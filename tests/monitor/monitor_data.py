"""A generated three-week corpus for the monitor tests (stories, spread, drift, alerts), with known answers.

- 2025-03-01 .. 2025-03-21, five articles a day from Outlet A..E (generated text, see ``synthetic.py``).
- ``DISCREDIT`` is carried by one article a day (share 0.2, flat: never an alert).
- ``CLIMATE`` is absent until 2025-03-21, when 4 of the 5 articles carry it: the one alert.
- ``SPREAD`` first appears at Outlet C on 2025-03-05 08:00, then Outlet A (same day 14:00), then Outlet B
  on 2025-03-07: first carriers C, A, B with lags 0, 0.25 and 2.x days.
- ``HERO`` (an entity) is Protagonist at Outlet A in the first week and Antagonist in the third: a drift.
- The 2025-03-10 article of Outlet A is syndicated: copies at Outlet D and Outlet E (new title and byline,
  boilerplate, 10-20% of the body cut), so one story has three articles and three outlets; the copies cast
  ``HERO`` as Antagonist.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .synthetic import Generator, light_analysis, to_article

DISCREDIT = "URW: Discrediting Ukraine"
CLIMATE = "CC: Criticism of climate movement"
SPREAD = "URW: Speculating war outcomes"
HERO = "Vorlana Kest"
OUTLETS = ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
LAST_DAY = "2025-03-21"


def build() -> list[tuple]:
    """``(article, analysis)`` pairs of the corpus, in ingest order."""
    gen = Generator(seed=11, topics=12)
    out = []
    start = date(2025, 3, 1)
    syndicated = None
    for d in range(21):
        day = start + timedelta(days=d)
        for o, outlet in enumerate(OUTLETS):
            item = gen.original(f"m{d:02d}{o}", day)
            item.source = outlet
            ents = list(item.entities)
            roles = {}
            if o == 0:
                item.body = f"{HERO} spoke on {day:%A}. " + item.body
                ents.append(HERO)
                if d < 7:
                    roles[HERO] = "Protagonist"
                elif d >= 14:
                    roles[HERO] = "Antagonist"
            narr = []
            if o == d % 5:
                narr.append(DISCREDIT)
            if day.isoformat() == LAST_DAY and o < 4:
                narr.append(CLIMATE)
            art = to_article(item)
            when = {(4, 2): "T08:00:00", (4, 0): "T14:00:00", (6, 1): "T09:30:00"}.get((d, o))
            if when:
                narr.append(SPREAD)
                art.date = day.isoformat() + when
            out.append((art, light_analysis(art, ents, narr, roles)))
            if d == 9 and o == 0:
                syndicated = item
    for o in (3, 4):
        copy = gen.copy(syndicated, f"copy{o}", rewrite=False)
        copy.source, copy.day = OUTLETS[o], "2025-03-11"
        art = to_article(copy)
        out.append((art, light_analysis(art, syndicated.entities + [HERO], roles={HERO: "Antagonist"})))
    return out


def fill(store, assign: bool = True) -> list:
    """Store the corpus and (as ingest does when it writes) assign it to stories; return the ``(article,
    analysis)`` pairs."""
    from narrascope.monitor import update_stories

    pairs = build()
    for art, analysis in pairs:
        store.put(art, analysis)
    if assign:
        update_stories(store)
    return pairs


__all__ = ["CLIMATE", "DISCREDIT", "HERO", "LAST_DAY", "OUTLETS", "SPREAD", "build", "fill", "replace"]
