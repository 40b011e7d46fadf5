"""A generated news corpus with syndicated copies and same-event reports, for story tests and benchmarks.

Everything is generated here (pseudo-words from syllables, stock news phrases we wrote), never taken from
a dataset. Originals are articles on one of a few dozen topics (topic words and entity names shared within
a topic, stock phrases shared by all), so unrelated articles do overlap a little, as real news does.
Then:

- **syndicated copies** of an original (another outlet): a new title line and a byline, boilerplate added
  before or after the body, 10-20% of the body cut (whole sentences); a fifth of them are light rewrites with
  about 3% of the words replaced as well. Same story as the original.
- **same-event reports**: another outlet's own article on the event of an original: same topic, entities,
  date within a day, and one or two sentences quoted verbatim from it. Another story, same event.

``pairwise(pred, truth)`` gives pairwise precision and recall of a grouping.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

SYLLABLES = ("ka ri to me na lo su vi de po ra ne mi zu ta le ko sa ni ve bo ru da fe go hi ju lu mo "
             "pa qu si tu wa xe yo ze an el in on ur ar es or al ul").split()
STOCK = ["officials said on Monday", "according to a statement released late on Tuesday",
         "it was not immediately clear whether", "the ministry did not respond to a request for comment",
         "in an interview with local media", "the figures could not be independently verified",
         "speaking to reporters after the meeting", "a spokesperson for the government said",
         "analysts say the decision could", "earlier this week the agency announced",
         "the move drew sharp criticism from", "people familiar with the matter said"]
BOILER = ["Subscribe to our newsletter to get the day's top stories in your inbox every morning.",
          "Follow us on social media for live updates and breaking news alerts from around the world.",
          "This article was originally published by a partner agency and is republished with permission.",
          "Copyright all rights reserved. This material may not be published, broadcast or redistributed.",
          "Read more: the latest coverage, analysis and opinion from our correspondents in the region.",
          "Support independent journalism. Become a member today and read without limits."]
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKLMNOPQRST"]


@dataclass
class Item:
    """One generated article with its ground truth."""

    key: str
    title: str
    body: str
    byline: str | None
    day: str
    source: str
    entities: list[str]
    story: str          #: the original it copies (its own key for an original or a same-event report)
    event: str          #: the original whose event it reports

    @property
    def text(self) -> str:
        head = f"{self.title}\n\n" + (f"{self.byline}\n\n" if self.byline else "")
        return head + self.body + "\n"

    @property
    def body_start(self) -> int:
        return len(self.title) + 2


class Generator:
    """Deterministic generator (``seed``)."""

    def __init__(self, seed: int = 7, topics: int = 40, cut: tuple[float, float] = (0.10, 0.20),
                 rewrite_share: float = 0.2, rewrite_rate: float = 0.03):
        self.rng = random.Random(seed)
        self.cut, self.rewrite_share, self.rewrite_rate = cut, rewrite_share, rewrite_rate
        words = set()
        while len(words) < 6000:
            words.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        self.vocab = sorted(words)
        self.weights = [1 / (r + 1) ** 1.1 for r in range(len(self.vocab))]
        self.topics = [(self.rng.sample(self.vocab[200:], 40),
                        [self._name() for _ in range(8)]) for _ in range(topics)]

    def _name(self) -> str:
        return " ".join("".join(self.rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(2))

    def sentence(self, topic: int, ents: list[str]) -> str:
        rng = self.rng
        n = rng.randint(12, 28)
        words = rng.choices(self.vocab, self.weights, k=n)
        tw = self.topics[topic][0]
        for i in range(n):
            if rng.random() < 0.25:
                words[i] = rng.choice(tw)
        if rng.random() < 0.4:
            words.insert(rng.randint(0, len(words)), rng.choice(ents))
        if rng.random() < 0.25:
            words.insert(rng.randint(0, len(words)), rng.choice(STOCK))
        s = " ".join(words)
        return s[0].upper() + s[1:] + "."

    def original(self, key: str, day: date, topic: int | None = None, ents: list[str] | None = None,
                 quotes: list[str] = (), event: str | None = None) -> Item:
        rng = self.rng
        topic = rng.randrange(len(self.topics)) if topic is None else topic
        ents = ents or rng.sample(self.topics[topic][1], rng.randint(3, 5))
        sents = [self.sentence(topic, ents) for _ in range(rng.randint(8, 24))]
        for q in quotes:
            sents.insert(rng.randint(0, len(sents)), q)
        paras, i = [], 0
        while i < len(sents):
            k = rng.randint(2, 4)
            paras.append(" ".join(sents[i:i + k]))
            i += k
        title = " ".join(rng.choices(self.vocab, self.weights, k=rng.randint(5, 10))).capitalize()
        return Item(key=key, title=title, body="\n\n".join(paras), byline=None, day=day.isoformat(),
                    source=rng.choice(OUTLETS), entities=ents, story=key, event=event or key)

    def copy(self, orig: Item, key: str, rewrite: bool) -> Item:
        rng = self.rng
        paras = [p.split(". ") for p in orig.body.split("\n\n")]
        flat = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
        total = len(orig.body.split())
        goal = rng.uniform(*self.cut) * total
        cut, removed = set(), 0
        for i, j in rng.sample(flat, len(flat)):
            n = len(paras[i][j].split())
            if removed + n > self.cut[1] * total:
                continue
            cut.add((i, j))
            removed += n
            if removed >= goal:
                break
        kept = [". ".join(s for j, s in enumerate(p) if (i, j) not in cut) for i, p in enumerate(paras)]
        body = "\n\n".join(p for p in kept if p.strip())
        if rewrite:
            words = body.split(" ")
            for _ in range(max(1, int(len(words) * self.rewrite_rate))):
                words[rng.randrange(len(words))] = rng.choice(self.vocab)
            body = " ".join(words)
        extra = rng.sample(BOILER, rng.randint(1, 2))
        body = "\n\n".join(extra + [body]) if rng.random() < 0.3 else "\n\n".join([body] + extra)
        source = rng.choice([o for o in OUTLETS if o != orig.source])
        title = " ".join(rng.choices(self.vocab, self.weights, k=rng.randint(5, 10))).capitalize()
        day = date.fromisoformat(orig.day) + timedelta(days=rng.choice((0, 0, 1)))
        return Item(key=key, title=title, body=body, byline=f"By {self._name()}, {source}", day=day.isoformat(),
                    source=source, entities=orig.entities, story=orig.story, event=orig.event)

    def corpus(self, n: int, copy_share: float = 0.5, event_share: float = 0.2, days: int = 60) -> list[Item]:
        """About ``n`` articles: originals, copies of half of them (1-3 each) and same-event reports."""
        rng = self.rng
        items: list[Item] = []
        start = date(2025, 1, 1)
        while len(items) < n:
            key = f"o{len(items):06d}"
            orig = self.original(key, start + timedelta(days=rng.randrange(days)))
            items.append(orig)
            if rng.random() < event_share:
                sents = orig.body.replace("\n\n", " ").split(". ")
                quotes = [q.rstrip(".") + "." for q in rng.sample(sents, min(len(sents), rng.randint(1, 2)))]
                topic = next(t for t, (_, names) in enumerate(self.topics) if orig.entities[0] in names)
                day = date.fromisoformat(orig.day) + timedelta(days=rng.choice((0, 1)))
                items.append(self.original(f"e{len(items):06d}", day, topic, orig.entities, quotes, orig.key))
            if rng.random() < copy_share:
                for _ in range(rng.randint(1, 3)):
                    items.append(self.copy(orig, f"c{len(items):06d}", rng.random() < self.rewrite_share))
        return items[:n]


def pairwise(pred: dict[str, object], truth: dict[str, object]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of grouping ``pred`` against ``truth`` (both key -> group), with the
    numbers of predicted and true pairs."""
    pairs = lambda groups: sum(n * (n - 1) // 2 for n in Counter(groups).values())
    both = pairs((pred[k], truth[k]) for k in truth)
    p_pairs, t_pairs = pairs(pred[k] for k in truth), pairs(truth.values())
    return (both / p_pairs if p_pairs else 1.0), (both / t_pairs if t_pairs else 1.0), p_pairs, t_pairs


def to_article(item: Item):
    """The Article of a generated item (id = key, so the store key is the item key)."""
    from narrascope.article import Article

    return Article(text=item.text, id=item.key, title=item.title, body_start=item.body_start, date=item.day,
                   source=item.source, language="en", path=f"{item.key}.txt")


def light_analysis(art, entities: list[str], narratives: list[str] = (), roles: dict[str, str] | None = None):
    """A minimal Analysis: the named entities located in the text (with roles when given), narratives when
    given; no model involved, so story tests and benchmarks measure grouping, not analysis."""
    from narrascope import __version__
    from narrascope.schema import Analysis, ArticleMeta, Entity, EntityRole, Mention, Narratives, ScoredLabel

    ents = []
    for n, name in enumerate(entities):
        pos, mentions = art.text.find(name), []
        while pos >= 0:
            mentions.append(Mention(start=pos, end=pos + len(name), text=name, label="PERSON"))
            pos = art.text.find(name, pos + 1)
        role = (roles or {}).get(name)
        if mentions:
            ents.append(Entity(id=f"E{n}", name=name, type="PERSON", mentions=mentions,
                               role=EntityRole(main_role=role, main_score=0.9) if role else None))
    narr = None
    if narratives:
        narr = Narratives(domain=narratives[0].split(":")[0], domain_score=0.9,
                          coarse=[ScoredLabel(label=x, score=0.8) for x in narratives])
    meta = ArticleMeta(text=art.text, id=art.id, title=art.title, date=art.date, source=art.source,
                       language=art.language, path=art.path, words=art.words, chars=len(art.text),
                       body_start=art.body_start, content_hash=art.content_hash)
    return Analysis(narrascope_version=__version__, models={"hand": "test-1"}, article=meta, entities=ents,
                    narratives=narr)
