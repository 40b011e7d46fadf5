"""No junk persuasion spans in any script: whole words only, never a bare name, a function word or a number alone."""
from __future__ import annotations

import re

import pytest

from narrascope.models.span_rules import MARKS, TOKEN, clean_span, junk_reason, snap_to_words


def _at(text: str, word: str) -> tuple[int, int]:
    """Offsets of the first whole-word occurrence of ``word``."""
    m = re.search(rf"(?<![\w{MARKS}]){re.escape(word)}(?![\w{MARKS}])", text)
    return m.start(), m.end()


def test_devanagari_words_keep_their_vowel_signs_and_viramas():
    text = "रूस-यूक्रेन युद्ध में भयानक तबाही हुई।"
    assert TOKEN.findall(text)[:3] == ["रूस", "-", "यूक्रेन"]
    s, e = _at(text, "यूक्रेन")
    # An edge between a consonant and its vowel sign (the old `रूस-य|ूक्रेन` cut) moves out to the word.
    assert snap_to_words(text, s, s + 1) == (s, e)
    assert snap_to_words(text, s + 1, e - 1) == (s, e)
    assert junk_reason(text, s, s + 4, "hi") == "cut inside a word"
    s, e = _at(text, "भयानक तबाही")
    assert clean_span(text, s + 1, e - 1, "hi") == (s, e)


@pytest.mark.parametrize("language,text,word", [
    ("ru", "Как сообщает агентство, на границе в среду снова стреляли.", "на"),
    ("ru", "Как сообщает агентство, на границе в среду снова стреляли.", "в"),
    ("bg", "Това е позорно решение на правителството.", "на"),
    ("pt", "O governo disse que se trata de uma vergonha.", "se"),
    ("hi", "यह सरकार का शर्मनाक फैसला है।", "का"),
    ("en", "The brutal regime, as they said, will fall.", "as they"),
])
def test_function_words_alone_are_never_spans(language, text, word):
    s, e = _at(text, word)
    assert clean_span(text, s, e, language) is None


@pytest.mark.parametrize("language,text,word", [
    ("en", "Officials said thousands were evacuated.", "thousands"),
    ("en", "Officials said 3,500 were evacuated.", "3,500"),
    ("ru", "Эвакуированы тысячи жителей, заявили власти.", "тысячи"),
    ("pt", "Foram retirados milhares de moradores.", "milhares"),
    ("hi", "हजारों लोगों को निकाला गया।", "हजारों"),
])
def test_numbers_alone_are_never_spans(language, text, word):
    s, e = _at(text, word)
    assert clean_span(text, s, e, language) is None


def test_bare_names_are_never_spans():
    text = "The war was started, critics say, by NATO. Russia is blamed by American officials. He blamed Russia."
    for word in ("NATO", "American"):
        assert junk_reason(text, *_at(text, word), "en") == "bare name", word
    # A name that opens its sentence is still a name when it appears capitalised elsewhere.
    assert junk_reason(text, *_at(text, "Russia"), "en") == "bare name"
    ru = "Во всём виновато НАТО, считает Москва."
    assert junk_reason(ru, *_at(ru, "НАТО"), "ru") == "bare name"
    # Hindi has no capitals: the Document's entity mentions name the names.
    hi = "इस युद्ध के लिए नाटो जिम्मेदार है।"
    assert junk_reason(hi, *_at(hi, "नाटो"), "hi", names={"नाटो"}) == "bare name"


def test_words_that_carry_a_technique_stay():
    text = "The Mayor's Disastrous Bridge Scam\nThese arrogant bureaucrats squandered millions on a monstrous waste."
    for phrase in ("arrogant bureaucrats", "monstrous waste", "squandered millions"):
        s, e = _at(text, phrase)
        assert clean_span(text, s, e, "en") == (s, e), phrase
    # A headline is in title case: its loaded words are not names.
    assert clean_span(text, *_at(text, "Disastrous"), "en") is not None
    ru = "Киевский режим устроил кровавую бойню."
    assert clean_span(ru, *_at(ru, "кровавую бойню"), "ru") == _at(ru, "кровавую бойню")
    pt = "O governo cometeu uma traição vergonhosa."
    assert clean_span(pt, *_at(pt, "traição vergonhosa"), "pt") == _at(pt, "traição vergonhosa")


def test_short_spans_are_dropped():
    text = "Это ложь и позор."
    assert clean_span(text, *_at(text, "Это"), "ru") is None
    assert clean_span(text, *_at(text, "ложь"), "ru") == _at(text, "ложь")


def test_the_shipped_models_never_emit_junk_spans():
    """Every span the analyser emits, English and Russian, passes the rules (they are applied where spans are
    made)."""
    from narrascope.analysers.persuasion import load_tagger

    en = ("Once again the corrupt clique at city hall, backed by NATO, has shown its utter contempt for ordinary "
          "taxpayers.\n\nThese arrogant bureaucrats squandered millions of our hard-earned money on a bridge to "
          "nowhere, a monstrous waste that would make any decent citizen sick.\n")
    res = load_tagger(language="en").analyse(en)
    for s in res.spans:
        assert junk_reason(en, s.start, s.end, "en") is None, s
        assert en[s.start:s.end] == s.text


@pytest.mark.parametrize("language,text,needle", [
    ("bg", "Корумпираното правителство отново излъга народа. Срамота!", "Bulgarian"),
    ("pt", "O governo corrupto mentiu de novo ao povo. Uma vergonha!", "Portuguese"),
    ("hi", "भ्रष्ट सरकार ने फिर से जनता से झूठ बोला। शर्म की बात है!", "Hindi"),
    ("fr", "Le gouvernement corrompu a encore menti au peuple. Quelle honte !", "'fr'"),
    ("uk", "Корумпований уряд знову збрехав народу. Ганьба!", "'uk'"),
])
def test_languages_without_a_measured_model_show_no_techniques(language, text, needle):
    from narrascope.analysers.persuasion import PersuasionAnalyser
    from narrascope.article import Article
    from narrascope.registry import Document
    from narrascope.settings import Settings

    doc = PersuasionAnalyser(Settings())(Document(Article(text=text, language=language)))
    layer = doc.data["persuasion"]
    assert not layer.spans and not layer.paragraphs
    assert any(needle in w and "not shown" in w for w in doc.warnings), doc.warnings


def test_unknown_language_shows_no_techniques():
    from narrascope.analysers.persuasion import PersuasionAnalyser
    from narrascope.article import Article
    from narrascope.registry import Document
    from narrascope.settings import Settings

    doc = PersuasionAnalyser(Settings())(Document(Article(text="!!! ??? 123", language=None)))
    assert not doc.data["persuasion"].spans
    assert any("unknown" in w for w in doc.warnings)


def test_short_spans_lose_function_words_at_their_edges():
    ru = "Члены Шанхайской организации сотрудничества за неделю провели учения."
    s, e = _at(ru, "организации сотрудничества за")
    assert ru[slice(*clean_span(ru, s, e, "ru"))] == "организации сотрудничества"
    en = "They waged a brutal war of the kind we feared."
    s, e = _at(en, "a brutal war of the")
    assert en[slice(*clean_span(en, s, e, "en"))] == "brutal war"


def test_the_russian_model_never_emits_junk_spans():
    from narrascope.analysers.persuasion import has_model, load_tagger

    if not has_model("ru"):
        pytest.skip("the Russian persuasion model is not installed")
    ru = ("Киевский режим снова устроил кровавую провокацию, а так называемые западные партнёры якобы ничего не "
          "знали.\n\nНеужели кто-то ещё верит этим лжецам? Сообщает агентство, что в среду на границе стреляли.\n")
    res = load_tagger(language="ru").analyse(ru)
    assert res.spans
    for s in res.spans:
        assert junk_reason(ru, s.start, s.end, "ru") is None, s
        assert ru[s.start:s.end] == s.text


def test_a_russian_article_gets_russian_techniques_and_no_warning():
    from narrascope.analysers.persuasion import PersuasionAnalyser, has_model
    from narrascope.article import Article
    from narrascope.registry import Document
    from narrascope.settings import Settings

    if not has_model("ru"):
        pytest.skip("the Russian persuasion model is not installed")
    text = "Киевский режим снова устроил кровавую провокацию.\n\nНеужели кто-то ещё верит этим лжецам?\n"
    doc = PersuasionAnalyser(Settings())(Document(Article(text=text, language="ru")))
    assert doc.models["persuasion"].startswith("persuasion_ru-")
    assert not [w for w in doc.warnings if w.startswith("persuasion")]
    assert doc.data["persuasion"].paragraphs
