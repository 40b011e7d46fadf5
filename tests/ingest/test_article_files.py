"""Real-world article layouts (header forms, reporting clauses, pronouns) on short articles written for
these tests, in ``tests/ingest/articles/``. Offsets must stay exact: every span slices the raw text."""
from pathlib import Path

import pytest

from narrascope import read_path, read_text

ARTICLES = Path(__file__).parent / "articles"

# file -> (title, date, author)
HEADERS = {
    "oneline_header_leading_space.txt": (
        "Trump Shuts the Door on Ukraine’s NATO Hopes Amid Growing US-Russia Talks", "2025-02-27", "Staff, Agencies"),
    "oneline_header_no_byline.txt": ("Kyiv Counts the Cost of a Long Winter", "2025-03-04", None),
    "twoline_header.txt": ("Minerals Deal Talks Stall in Riyadh", "2025-02-21", "Maria Silva"),
    "published_dateline.txt": ("Alliance Ministers Argue Over Spending Targets", "2025-02-27", "Anna Kowalska"),
    "abbreviated_month_dateline.txt": ("Hegseth Tells Europe to Lower Its Expectations", "2025-02-12", None),
    "dotted_dateline_after_title.txt": ("Talks in the Kremlin Drag On", "2025-02-27", None),
    "updated_dateline_with_time.txt": ("Brussels Prepares a New Sanctions Package", "2025-03-06", "Olena Hrytsenko"),
    "date_in_first_body_line.txt": ("A Spring of Broken Promises", None, None),
    "title_claim_headline_speaker.txt": ("Trump: Ukraine Owes the US $500 Billion for Its Aid", "2025-03-10",
                                         "Staff Writer"),
    "dateline_is_not_a_claim.txt": ("Volunteers Rebuild a School in Irpin", "2025-03-03", None),
}

# file -> [(kind, quote text starts with, speaker, partial)] for every quote of the article
QUOTES = {
    "oneline_header_leading_space.txt": [("direct", "It was probably the reason", "Donald Trump", False)],
    "oneline_header_no_byline.txt": [("direct", "Nobody in Moscow takes", "Sergei Lavrov", False)],
    "twoline_header.txt": [("direct", "the pressure on the Kremlin", "Kaja Kallas", False)],
    "published_dateline.txt": [("direct", "Weakness has always", "Jens Stoltenberg", False)],
    "abbreviated_month_dateline.txt": [
        ("indirect", "the country can “forget about” joining NATO", "Pete Hegseth", False),
        ("direct", "forget about", "Pete Hegseth", True)],
    # "she" skips the man named last and finds the woman: by first name, honorific, gendered noun.
    "dotted_dateline_after_title.txt": [("direct", "The West has lost its mind", "Maria Zakharova", False)],
    "honorific_pronoun.txt": [("direct", "We still have no answers", "Ingrid Vandermeer", False)],
    "spokeswoman_pronoun.txt": [("direct", "This report was written", "Lina Sorensen", False)],
    "warning_colon_she.txt": [("direct", "Every week we see", "Joanna Wrona", False)],
    # "he" skips the woman named last.
    "updated_dateline_with_time.txt": [("direct", "We are coordinating", "Marco Rubio", False)],
    "he_skips_the_woman.txt": [("direct", "Europe has to pay", "Donald Trump", False)],
    "participle_reported_speech.txt": [("indirect", "Europe must carry much more", "Annalena Baerbock", False)],
    # a scare quote in the sentence after a reporting verb is nobody's speech
    "scare_quote_after_said.txt": [("indirect", "the talks had been useful", "Vladimir Putin", False)],
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_title_date_author(name):
    a = read_path(ARTICLES / name)
    assert (a.title, a.date, a.author) == HEADERS[name]
    assert a.text == (ARTICLES / name).read_text(encoding="utf-8")
    assert a.title in a.text[:a.body_start]
    if a.author:
        assert a.author in a.text[:a.body_start]
    assert a.body.strip() and a.title not in a.body


def test_there_are_at_least_fifteen_articles():
    assert len(set(HEADERS) | set(QUOTES) | {p.name for p in ARTICLES.glob("*.txt")}) >= 15
    assert set(HEADERS) | set(QUOTES) <= {p.name for p in ARTICLES.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_quotes_and_speakers(pipeline, name):
    a = pipeline(read_path(ARTICLES / name))
    got = [(q.kind, q.content.text, q.speaker, q.partial) for q in a.quotes]
    assert len(got) == len(QUOTES[name]), got
    for (kind, text, speaker, partial), q in zip(QUOTES[name], a.quotes):
        assert (q.kind, q.speaker, q.partial) == (kind, speaker, partial), got
        assert q.content.text.startswith(text), got
        assert a.article.text[q.content.start:q.content.end] == q.content.text
        if q.speaker_span is not None:
            assert a.article.text[q.speaker_span.start:q.speaker_span.end] == q.speaker_span.text


def test_participle_cues_are_the_participles(pipeline):
    cues = {name: [q.cue for q in pipeline(read_path(ARTICLES / name)).quotes]
            for name in ("oneline_header_leading_space.txt", "oneline_header_no_byline.txt",
                         "twoline_header.txt", "published_dateline.txt")}
    assert cues == {"oneline_header_leading_space.txt": ["saying"], "oneline_header_no_byline.txt": ["adding"],
                    "twoline_header.txt": ["noting"], "published_dateline.txt": ["warning"]}


def test_pronoun_speaker_span_is_the_pronoun(pipeline):
    (q,) = pipeline(read_path(ARTICLES / "dotted_dateline_after_title.txt")).quotes
    assert q.speaker_span.text == "she"


def test_header_lines_are_not_claims(pipeline):
    for name in ("oneline_header_leading_space.txt", "dateline_is_not_a_claim.txt", "published_dateline.txt",
                 "updated_dateline_with_time.txt", "twoline_header.txt"):
        a = pipeline(read_path(ARTICLES / name))
        assert [c for c in a.claims if c.span.start < a.article.body_start] == [], name


def test_headline_claim_is_the_title_with_its_speaker(pipeline):
    a = pipeline(read_path(ARTICLES / "title_claim_headline_speaker.txt"))
    (c,) = [c for c in a.claims if c.span.start < a.article.body_start]
    assert c.span.text == a.article.title and a.article.text[c.span.start:c.span.end] == c.span.text
    assert c.claimant == "Donald Trump"
    assert ("money", "$500 Billion") in [(v.type, v.text) for v in c.values]
    assert all(v.text != "2025-03-10" for v in c.values)


def test_a_date_in_the_body_is_not_a_dateline(pipeline):
    a = pipeline(read_path(ARTICLES / "date_in_first_body_line.txt"))
    assert a.article.date is None and a.article.text[a.article.body_start:].startswith("May 5, 2025 was")
    assert any(v.text == "May 5, 2025" for c in a.claims for v in c.values)


@pytest.mark.parametrize("raw, title, date, author", [
    ("\ufeffdate 2025-01-15 Grain Corridor Reopens\r\n\r\nBy Reuters\r\n\r\nShips left Odesa at dawn.\r\n",
     "Grain Corridor Reopens", "2025-01-15", "Reuters"),
    ("Energy Prices Climb Again\r\n\r\n27.02.2025\r\n\r\nGas rose for a third day.\r\n",
     "Energy Prices Climb Again", "2025-02-27", None),
    ("  Date: 2025-04-01   Fog Over the Strait  \n\nBy Lee Park\n\nNo ships moved.",
     "Fog Over the Strait", "2025-04-01", "Lee Park"),
    ("Published on 1st March 2025\nSpring Offensive Stalls\n\nBoth armies dug in.",
     "Spring Offensive Stalls", "2025-03-01", None),
    ("Invalid Day\n\n31.02.2025\n\nThe date above does not exist.", "Invalid Day", None, None),
    ("date 2025-02-27\n\nBy Staff\n", "By Staff", "2025-02-27", None),
])
def test_header_variants_keep_the_text(raw, title, date, author):
    a = read_text(raw)
    assert a.text == raw
    assert (a.title, a.date, a.author) == (title, date, author)
