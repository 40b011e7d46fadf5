"""Entities in Bulgarian, Hindi, Portuguese and Russian, on short articles written for these tests
(tests/analysers/articles/{bg,hi,pt,ru}.txt): inflected names merge, titles and countries in apposition
split from the name, coordinations stay two names, the big actors link across languages. Real models."""
from __future__ import annotations

from pathlib import Path

import pytest

from narrascope.article import Article
from narrascope.pipeline import load_pipeline

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def entities():
    pipeline = load_pipeline(["spacy", "entities"])

    def run(lang: str) -> dict[str, list[str]]:
        text = (ARTICLES / f"{lang}.txt").read_text("utf-8")
        document = pipeline.run(Article(text, language=lang))
        return {e.name: [m.text for m in e.mentions] for e in document.data["entities"]}
    return run


def test_russian_inflections_merge_and_appositions_split(entities):
    got = entities("ru")
    assert sorted(got["Сергей Лавров"]) == sorted(["Лавров", "Сергей Лавров", "Лаврова", "Лаврову"])
    assert sorted(got["Russia"]) == sorted(["России", "Москва", "Кремля", "Россия"])
    assert sorted(got["Poland"]) == ["Польша", "Польшей"]
    assert got["Дмитрий Песков"] == ["Дмитрий Песков", "Песков"]  # the Kremlin is not glued to him
    assert got["China"] == ["Китая"] and got["Belarus"] == ["Белоруссии"]  # "Китая и Белоруссии" is two
    assert sorted(got["United States"]) == ["Вашингтону", "США"]
    assert "Владимир Зеленский" in got and "Украины Владимир Зеленский" not in got
    assert not any(" и " in name for name in got)


def test_bulgarian_titles_and_countries_split_from_names(entities):
    got = entities("bg")
    assert got["Володимир Зеленски"].count("Зеленски") == 2
    assert got["Ukraine"] == ["Украйна"]  # "Украйна Володимир Зеленски" is two
    assert got["Сергей Лавров"].count("Лавров") == 2
    assert "United States" in got and "САЩ" in got["United States"]
    assert got["China"] == ["Китай"] and got["Belarus"] == ["Беларус"]


def test_portuguese_names_and_aliases(entities):
    got = entities("pt")
    assert got["Volodymyr Zelensky"].count("Zelensky") == 2
    assert sorted(got["United States"]) == ["EUA", "Estados Unidos"]
    assert "Ucrânia" in got["Ukraine"] and not any(name.startswith("da ") for name in got)
    assert got["Sergei Lavrov"].count("Lavrov") == 2


def test_hindi_gets_entities_without_capital_letters(entities):
    got = entities("hi")
    assert "रूस" in got["Russia"] and "अमेरिका" in got["United States"]
    assert "लावरोव" in got["सर्गेई लावरोव"]
    assert "ज़ेलेंस्की" in got["वोलोडिमिर ज़ेलेंस्की"]
    assert "Poland" in got and "NATO" in got


def test_hindi_unknown_name_after_a_title():
    """A name the tagger has never seen, between a title and a postposition, is a name ("क्षेत्रीय गवर्नर [ओलेग
    तरासेंको] ने कहा"); a common noun after an adjective-like title is not ("प्रमुख आपूर्तिकर्ताओं ने")."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("कीव में रात भर हमले\n\nक्षेत्रीय गवर्नर ओलेग तरासेंको ने कहा कि रात में ड्रोन हमले हुए। "
            "कंपनी के प्रमुख आपूर्तिकर्ताओं ने कीमतें बढ़ाईं।")
    document = pipeline.run(Article(text, language="hi"))
    mentions = [m.text for e in document.data["entities"] for m in e.mentions]
    assert "ओलेग तरासेंको" in mentions, mentions
    assert not any("आपूर्तिकर्ताओं" in m for m in mentions), mentions


def test_hindi_government_is_an_actor_apart_from_its_leader():
    """"भारत सरकार", "बाइडेन प्रशासन" are governments (one mention each); "मोदी सरकार" is not the person मोदी, who
    keeps his own name (the gazetteer knows "मोदी सरकार" whole, and the grouping named Modi after it)."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("मोदी की यात्रा\n\nभारत सरकार ने कहा कि बाइडेन प्रशासन ने यूक्रेन को हथियार दिए। प्रधानमंत्री मोदी ने शांति की "
            "अपील की, लेकिन मोदी सरकार ने कोई नया कदम नहीं उठाया।\n")
    document = pipeline.run(Article(text, language="hi"))
    got = {e.name: (e.type, [m.text for m in e.mentions]) for e in document.data["entities"]}
    assert got["भारत सरकार"][0] == "ORG" and got["बाइडेन प्रशासन"][0] == "ORG"
    assert set(got["मोदी"][1]) == {"मोदी"} and got["मोदी सरकार"] == ("ORG", ["मोदी सरकार"])


def test_russian_surnames_agree_with_the_first_name_in_any_case():
    """"Павла Сомова" is Павел Сомов (one entity with a later "Сомов"), not "Павел Сомова"; "Анны Сомовой" is Анна
    Сомова, not the adjective "Сомовый"."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("Заголовок\n\nПо словам депутата Павла Сомова, решение было ошибкой. Сомов добавил, что ждет ответа. "
            "Позиция Анны Сомовой ясна, заявила Анна Сомова.\n")
    document = pipeline.run(Article(text, language="ru"))
    got = {e.name: [m.text for m in e.mentions] for e in document.data["entities"]}
    assert got["Павел Сомов"] == ["Павла Сомова", "Сомов"]
    assert got["Анна Сомова"] == ["Анны Сомовой", "Анна Сомова"]


def test_hindi_ministries_stay_apart_and_hyphens_are_cut():
    """A title word before a body noun belongs to the body's name: "विदेश मंत्रालय" and "रक्षा मंत्रालय" are two
    entities, not one "मंत्रालय"; "जनरल स्टाफ" is not "स्टाफ". "भारत-चीन" gives "भारत", never "भारत-"."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("भारत-चीन वार्ता\n\nविदेश मंत्रालय ने कहा कि रक्षा मंत्रालय और जनरल स्टाफ तैयार हैं। भारत-चीन सीमा पर "
            "शांति है। विदेश मंत्री एस जयशंकर ने बात की।\n")
    document = pipeline.run(Article(text, language="hi"))
    got = {e.name: [m.text for m in e.mentions] for e in document.data["entities"]}
    assert got["विदेश मंत्रालय"] == ["विदेश मंत्रालय"] and got["रक्षा मंत्रालय"] == ["रक्षा मंत्रालय"]
    assert "जनरल स्टाफ" in got and "एस जयशंकर" in got      # a title before a person is still cut
    mentions = [m.text for e in document.data["entities"] for m in e.mentions]
    assert not any(m.endswith("-") or m.startswith("-") for m in mentions), mentions


def test_an_organisation_and_its_acronym_are_one_entity():
    """"Международное агентство по атомной энергии" and "МАГАТЭ", "Agência Internacional de Energia Atómica" and
    "AIEA" are one actor (their acronyms are not the name's initials), named as in every other language."""
    pipeline = load_pipeline(["spacy", "entities"])
    for lang, text in (("ru", "Заголовок\n\nГенеральный директор Международного агентства по атомной энергии Рафаэль "
                              "Гросси прибыл в Киев. МАГАТЭ сообщило, что эксперты останутся. МВФ выделил кредит.\n"),
                       ("pt", "Título\n\nA Agência Internacional de Energia Atómica enviou peritos. A AIEA disse que "
                              "o FMI ajuda.\n")):
        document = pipeline.run(Article(text, language=lang))
        got = {e.name: [m.text for m in e.mentions] for e in document.data["entities"]}
        assert len(got["IAEA"]) == 2 and "IMF" in got, (lang, got)


def test_the_end_or_first_and_last_of_a_longer_name_is_that_person():
    """"Gouveia e Melo" after "Henrique Gouveia e Melo", "López Obrador" after "Andrés Manuel López Obrador", "Мария
    Захарова" after "Мария Владимировна Захарова" are the same person; a woman's patronymic keeps its written form
    (pymorphy's lemma is the man's "Владимирович"); another person of the same surname stays apart."""
    pipeline = load_pipeline(["spacy", "entities"])
    cases = (("pt", "Título\n\nO almirante Henrique Gouveia e Melo disse que está pronto. Mais tarde, Gouveia e Melo "
                    "afirmou que vai votar. O presidente Andrés Manuel López Obrador respondeu. López Obrador disse "
                    "não.\n", {"Henrique Gouveia e Melo": 2, "Andrés Manuel López Obrador": 2}),
             ("ru", "Заголовок\n\nМария Владимировна Захарова заявила, что Захарова не ответит. Мария Захарова "
                    "добавила, что Ольга Захарова не права.\n",
              {"Мария Владимировна Захарова": 3, "Ольга Захарова": 1}))
    for lang, text, want in cases:
        document = pipeline.run(Article(text, language=lang))
        got = {e.name: len(e.mentions) for e in document.data["entities"]}
        assert {k: got.get(k) for k in want} == want, (lang, got)


def test_a_russian_womans_name_that_is_also_a_mans_oblique_case_shows_as_hers():
    """"Марина" is a woman's name in the nominative and also the genitive of the man's name "Марин": the entity
    "Марина Осипова" (with "Осиповой") is shown as written, not with pymorphy's masculine surname "Осипов"; "Валентина
    Матвиенко" and a man's "Сергей Лавров" keep their names."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("Заголовок\n\nДепутат Госдумы Марина Осипова заявила, что закон примут. По словам Осиповой, документ "
            "готов. Алина Сомова и Сергей Лавров выступили. Валентина Матвиенко согласилась.\n")
    names = {e.name for e in pipeline.run(Article(text, language="ru")).data["entities"]}
    assert {"Марина Осипова", "Алина Сомова", "Сергей Лавров", "Валентина Матвиенко"} <= names, names
    assert not any(n.endswith(("Осипов", "Сомов")) for n in names), names


class _FakeTagger:
    """The two things the Hindi span rules read from the tagger: common words of the training articles and the
    gazetteer (lower case, tokenised)."""

    def __init__(self, common=(), gazetteer=()):
        self.common_ = {"HI": frozenset(common)}
        self.gazetteer_ = frozenset(gazetteer)


def _names(spans, tokens):
    return [" ".join(tokens[i:j]) for i, j in spans]


def test_hindi_first_name_and_surname_found_apart_are_one_name():
    """Two one-word spans that touch are one name when the first never stands alone and the second does; two
    countries side by side stay two."""
    from narrascope.analysers.multilingual_names import _join_first_names

    toks = "वोलोदीमीर ज़ेलेंस्की ने कहा । ज़ेलेंस्की ने फिर कहा । रूस यूक्रेन वार्ता । यूक्रेन".split()
    spans = [(0, 1), (1, 2), (5, 6), (10, 11), (11, 12), (14, 15)]
    got = _names(_join_first_names(spans, toks, "hi", _FakeTagger()), toks)
    assert got == ["वोलोदीमीर ज़ेलेंस्की", "ज़ेलेंस्की", "रूस", "यूक्रेन", "यूक्रेन"]


def test_hindi_touching_names_counted_once_not_once_per_pair():
    """A flood of one name ("रूस रूस रूस …") makes thousands of touching one-word spans: the word pairs are counted
    once for the text (a scan of every token per touching pair was quadratic: 28 s for 80,000 characters), with
    the answers of that scan."""
    import random

    from narrascope.analysers.multilingual_names import _join_first_names

    compared = {"n": 0}

    class Word(str):
        def lower(self):
            return Word(str.lower(self))

        def __eq__(self, other):
            compared["n"] += 1
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    flood = [Word("रूस")] * 2000
    spans = [(k, k + 1) for k in range(len(flood))]
    assert _join_first_names(spans, flood, "hi", _FakeTagger()) == spans  # ("रूस" stands alone: no first name)
    assert compared["n"] < 10 * len(flood)  # (the scan per pair compared about 2000 x 4000 words)

    def by_scan(spans, tokens):  # the rule as a scan of the text per touching pair
        low = [t.lower() for t in tokens]
        out = []
        for i, j in spans:
            if out and out[-1][1] == i and out[-1][1] - out[-1][0] == 1 and j - i == 1:
                a = out[-1][0]
                pairs = sum(1 for x in range(len(low) - 1) if low[x] == low[a] and low[x + 1] == low[i])
                if pairs == low.count(low[a]) and low.count(low[i]) > pairs:
                    out[-1] = (a, j)
                    continue
            out.append((i, j))
        return out

    rng = random.Random(7)
    words = "अलेक्सेई नवलनी पेस्कोव दिमित्री ओरबान विक्टर".split()
    for _ in range(200):
        toks = [rng.choice(words) for _ in range(rng.randint(1, 14))]
        cuts = sorted(rng.sample(range(len(toks) + 1), min(len(toks) + 1, rng.randint(2, 8))))
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.8]
        assert _join_first_names(spans, toks, "hi", _FakeTagger()) == by_scan(spans, toks)


def test_hindi_surname_between_a_first_name_after_a_title_and_another_name():
    """"प्रधानमंत्री [विक्टर] ओरबान [रूस] की यात्रा": the surname before another name joins the first name."""
    from narrascope.analysers.multilingual_names import _surname_before_name

    toks = "हंगरी के प्रधानमंत्री विक्टर ओरबान रूस की यात्रा पर".split()
    got = _names(_surname_before_name([(0, 1), (3, 4), (5, 6)], toks, "hi", _FakeTagger()), toks)
    assert got == ["हंगरी", "विक्टर ओरबान", "रूस"]


def test_hindi_names_coordinated_with_a_name():
    """A word coordinated with a name is a name: after "और" or a comma before a postposition, and before "और" and a
    name; a common word or an oblique plural is not."""
    from narrascope.analysers.multilingual_names import _coordinated_names

    tagger = _FakeTagger(common={"शहर"})
    toks = "सेना ने कुर्स्क , बेलगोरोद और ब्रियांस्क के शहर और गांवों पर हमला किया । बिडेन और कमला हैरिस की बैठक".split()
    spans = [(2, 3), (17, 19)]
    got = _names(_coordinated_names(spans, toks, "hi", tagger), toks)
    assert got == ["कुर्स्क", "बेलगोरोद", "ब्रियांस्क", "बिडेन", "कमला हैरिस"]


def test_hindi_subject_of_ne_after_a_sentence_boundary():
    """"। [पेस्कोव] ने कहा": one or two unknown words between a sentence boundary (or a postposition) and the ergative
    "ने" are a name; a common word, an oblique plural, or a word after a hyphen are not."""
    from narrascope.analysers.multilingual_names import _ergative_names

    tagger = _FakeTagger(common={"सरकार"})
    toks = "बैठक हुई । पेस्कोव ने कहा । सरकार ने माना । शोधकर्ताओं ने पाया । अल - नागगर ने कहा".split()
    got = _names(_ergative_names([], toks, "hi", tagger), toks)
    assert got == ["पेस्कोव"]


def test_hindi_dateline_place_before_its_country():
    """"[जकार्ता], इंडोनेशिया: ..." opens a paragraph with a place."""
    from narrascope.analysers.multilingual_names import _dateline_places

    toks = "शहर डूब रहे हैं . जकार्ता , इंडोनेशिया : भूजल पंपिंग के कारण".split()
    got = _names(_dateline_places([(7, 8)], toks, "hi", _FakeTagger()), toks)
    assert got == ["जकार्ता", "इंडोनेशिया"]


def test_hindi_surname_of_a_found_name_alone_later():
    """The last word of a found full name is that name alone later in the article ("विक्टर ओरबान" ... "[ओरबान] ने"),
    also when the first name is a common word that the gazetteer's names hold; not the last word of a name with a
    country or a common last word ("रूसी सेना" gives no "सेना")."""
    from narrascope.analysers.multilingual_names import _repeat_surnames

    tagger = _FakeTagger(common={"विक्टर", "सेना", "रूसी"}, gazetteer={"विक्टर यानुकोविच", "रूसी सेना"})
    toks = "विक्टर ओरबान रूस गए । रूसी सेना आगे बढ़ी । ओरबान ने कहा कि सेना पीछे है".split()
    got = _names(_repeat_surnames([(0, 2), (2, 3), (5, 7)], toks, "hi", tagger), toks)
    assert got == ["विक्टर ओरबान", "रूस", "रूसी सेना", "ओरबान"]


def test_hindi_name_after_a_title_may_open_with_a_frequent_first_name():
    """A common word that the gazetteer's multi-word names hold may open a name after a title ("संस्थापक [एलेक्सी
    मालिनिन] ने"); common words alone do not make one ("सदस्य देश ने")."""
    from narrascope.analysers.multilingual_names import _title_names

    tagger = _FakeTagger(common={"एलेक्सी", "देश"}, gazetteer={"एलेक्सी नवेलनी", "यूरोपीय देश"})
    toks = "संगठन के संस्थापक एलेक्सी मालिनिन ने कहा । हर सदस्य देश ने माना".split()
    got = _names(_title_names([], toks, "hi", tagger), toks)
    assert got == ["एलेक्सी मालिनिन"]


# -- junk names in Bulgarian, Portuguese and Russian (issue 19): rules of multilingual_names.clean_names ----------

def _run(lang: str, text: str) -> dict[str, list[str]]:
    document = load_pipeline(["spacy", "entities"]).run(Article(text, language=lang))
    return {e.name: [m.text for m in e.mentions] for e in document.data["entities"]}


def test_a_title_opening_a_name_is_cut_off_and_a_title_alone_is_no_name():
    from narrascope.analysers.multilingual_names import _cut_titles

    text = "Главе Башкортостана вручили орден. Глава добавил, что Генеральная прокуратура проверит данные."
    got = [f[2] for f in _cut_titles([(0, 19, "Главе Башкортостана", "NAME"), (35, 40, "Глава", "NAME"),
                                      (54, 77, "Генеральная прокуратура", "NAME")], text, "ru")]
    assert got == ["Башкортостана", "Генеральная прокуратура"]  # an adjective of a title opens a body's name
    text = "O Presidente Lula e o Eng. Guterres falaram com Marcelo Rebelo de Sousa e com o CEO."
    found = [(2, 17, "Presidente Lula", "NAME"), (22, 25, "Eng", "NAME"), (27, 35, "Guterres", "NAME"),
             (48, 71, "Marcelo Rebelo de Sousa", "NAME"), (81, 84, "CEO", "NAME")]
    got = [f[2] for f in _cut_titles(found, text, "pt")]
    assert got == ["Lula", "Guterres", "Marcelo Rebelo de Sousa"]


def test_a_country_or_body_before_a_persons_name_is_its_own_mention():
    got = _run("bg", "Заглавие\n\nБившият външен министър на Австрия Карин Кнайсъл заяви, че Европа греши. Кнайсъл "
                     "живее в Русия. Постоянният представител на Русия в ООН Василий Небензя отговори.\n")
    assert got["Карин Кнайсъл"] == ["Карин Кнайсъл", "Кнайсъл"] and "Австрия" in got, got
    assert got["Василий Небензя"] == ["Василий Небензя"] and got["United Nations"] == ["ООН"], got
    from narrascope.analysers.multilingual_names import _split_place_before_person

    # a first word that is also a first name ("Израиль"), or no first name after the place: one name
    found = [(0, 26, "Израиль Моисеевич Гельфанд", "NAME"), (30, 47, "Нью Йорк Таймс", "NAME")]
    assert _split_place_before_person(found, "", "ru") == found


def test_a_common_word_opening_a_sentence_is_no_name():
    from narrascope.analysers.multilingual_names import _drop_common_words

    text = "Он молчал Будучи в Уфе, он устал. Победа будет за нами. Россия ответит. В ХХ веке было иначе."
    found = [(10, 16, "Будучи", "NAME"), (19, 22, "Уфе", "NAME"), (34, 40, "Победа", "NAME"),
             (56, 62, "Россия", "NAME"), (74, 76, "ХХ", "NAME")]
    assert [f[2] for f in _drop_common_words(found, text, "ru")] == ["Уфе", "Россия"]
    # a quoted name, a name after an abbreviation, a surname that is also a common word: names
    text = "Бойцы группировки «Юг» наступают. Бюро им. Березняка молчит. Глава Сомов ответил. Сомов добавил."
    found = [(19, 21, "Юг", "NAME"), (43, 52, "Березняка", "NAME"), (82, 87, "Сомов", "NAME")]
    assert _drop_common_words(found, text, "ru") == found
    # an acronym that reads as an interjection ("ОП", the President's Office), a short surname ("Кин")
    text = "Глава ОП молчит. Кин обратил внимание."
    found = [(6, 8, "ОП", "NAME"), (17, 20, "Кин", "NAME")]
    assert _drop_common_words(found, text, "ru") == found
    text = "Победата е близо. Без победа няма мир. Радев говори."
    found = [(0, 8, "Победата", "NAME"), (39, 44, "Радев", "NAME")]
    assert [f[2] for f in _drop_common_words(found, text, "bg")] == ["Радев"]
    text = "Citando um estudo, Fernando Haddad falou. Fernando disse que não. Nunca o fez."
    found = [(0, 7, "Citando", "NAME"), (19, 34, "Fernando Haddad", "NAME"), (42, 50, "Fernando", "NAME"),
             (66, 71, "Nunca", "NAME")]
    assert [f[2] for f in _drop_common_words(found, text, "pt")] == ["Fernando Haddad", "Fernando"]
    # a lone lower-case word is no name unless the gazetteer knows it (a group the annotators mark: "украинцы")
    bg_text = "Спори в трупа на елена се събудиха. Украинците и американците гледат на запад."
    bg_found = [(17, 22, "елена", "NAME"), (49, 61, "американците", "NAME"), (72, 77, "запад", "NAME")]
    got = _drop_common_words(bg_found, bg_text, "bg", _FakeTagger(gazetteer=["американците"]))
    assert [f[2] for f in got] == ["американците"]
    # the gazetteer knows it: a name even where it could be a common word
    assert _drop_common_words(found[:1], text, "pt", _FakeTagger(gazetteer=["citando"])) == found[:1]


def test_first_name_and_patronymic_join_the_person_of_that_first_name():
    got = _run("ru", "Заголовок\n\nГлава Башкирии Радий Хабиров вручил награды. Радий Фаритович поблагодарил бойцов. "
                     "Петр Ильич ответил.\n")
    assert sorted(got["Радий Хабиров"]) == ["Радий Фаритович", "Радий Хабиров"], got
    assert "Петр Ильич" in got, got  # no Петр with a surname: stays apart
    got = _run("ru", "Заголовок\n\nРадий Хабиров и Радий Петров встретились. Радий Фаритович поблагодарил бойцов.\n")
    assert "Радий Фаритович" in got, got  # two people named Радий: which one is unknown


def test_coordinated_regions_before_a_plural_noun_are_each_a_region():
    got = _run("ru", "Заголовок\n\nЗапорожская и Херсонская области восстановятся. Херсонская область получит "
                     "помощь. Власти Черкасской, Николаевской и Сумской областей молчат. Белая и Черная реки текут.\n")
    assert got["Запорожская область"] == ["Запорожская"], got
    assert sorted(got["Херсонская область"]) == ["Херсонская области", "Херсонская область"], got
    assert {"Черкасская область", "Николаевская область", "Сумская область"} <= set(got), got
    assert not any("Белая" in name and "область" in name for name in got), got
    got = _run("ru", "Заголовок\n\nЖители Донецкой и Луганской народных республик голосовали. Луганская Народная "
                     "Республика ответила.\n")
    want = {"Донецкая народная республика", "Луганская народная республика"}
    assert want <= {n.lower().capitalize() for n in got}, got
    assert not any(" и " in name or name.endswith("республик") for name in got), got
    got = _run("bg", "Заглавие\n\nСумска и Полтавска области останаха без ток.\n")
    assert got["Сумска област"] == ["Сумска"] and got["Полтавска област"] == ["Полтавска области"], got


def test_an_armed_forces_acronym_and_its_country_are_one_name():
    from narrascope.analysers.multilingual_names import _ru_join_forces

    text = "Удары ВС РФ и ВС России продолжаются. ВС США молчат. ВС заявил, что Россия права."
    found = [(6, 8, "ВС", "NAME"), (9, 11, "РФ", "NAME"), (14, 16, "ВС", "NAME"), (17, 23, "России", "NAME"),
             (38, 40, "ВС", "NAME"), (41, 44, "США", "NAME"), (68, 74, "Россия", "NAME")]
    got = [f[2] for f in _ru_join_forces(found, text)]
    assert got == ["ВС РФ", "ВС России", "ВС США", "Россия"]
    # the country with no acronym before it, or an acronym that is no armed force or body: unchanged
    found = [(0, 3, "ОДК", "NAME"), (4, 10, "России", "NAME")]
    assert _ru_join_forces(found, "ОДК России заявила.") == found


def _spans(text: str, *names: str) -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    for name in names:
        s = text.index(name, pos)
        out.append((s, s + len(name), name, "NAME"))
        pos = s + len(name)
    return out


def test_a_state_body_and_its_country_in_the_genitive_are_one_name():
    from narrascope.analysers.multilingual_names import _ru_join_forces

    text = ("В МЧС России сообщили о пожаре. Министерство обороны Украины молчит, а Вооруженных сил Польши там нет. "
            "Депутаты Конституции Украины не читали. Сергей Иванов России не нужен. Минобороны НАТО нет.")
    found = _spans(text, "МЧС", "России", "Министерство обороны", "Украины", "Вооруженных сил", "Польши",
                   "Конституции", "Украины", "Сергей Иванов", "России", "Минобороны", "НАТО")
    got = [f[2] for f in _ru_join_forces(found, text)]
    assert got == ["МЧС России", "Министерство обороны Украины", "Вооруженных сил Польши", "Конституции", "Украины",
                   "Сергей Иванов", "России", "Минобороны", "НАТО"]
    # a comma between them: two names
    found = _spans("В МЧС, России и Китае.", "МЧС", "России")
    assert _ru_join_forces(found, "В МЧС, России и Китае.") == found


def test_a_russian_name_and_its_bracketed_acronym_are_two_mentions():
    from narrascope.analysers.multilingual_names import _ru_split_brackets

    text = "Удар Вооруженных сил Украины (ВСУ) по Торецку (ДНР) отразили. Офис президента (ОП) молчит."
    found = _spans(text, "Вооруженных сил Украины (ВСУ)", "Торецку (ДНР)", "ОП)")
    got = [(f[2], text[f[0]:f[1]]) for f in _ru_split_brackets(found, text)]
    assert got == [("Вооруженных сил Украины", "Вооруженных сил Украины"), ("ВСУ", "ВСУ"), ("Торецку", "Торецку"),
                   ("ДНР", "ДНР"), ("ОП", "ОП")]
    found = _spans(text, "Вооруженных сил Украины", "Торецку")  # no bracket: unchanged
    assert _ru_split_brackets(found, text) == found


def test_russian_bodies_and_brackets_in_the_pipeline():
    got = _run("ru", "Заголовок\n\nСотрудники МЧС России потушили пожар. Удар нанесли Вооруженные силы Украины (ВСУ), "
                     "сообщили в Следственном комитете России.\n")
    names = {m for ms in got.values() for m in ms}
    assert {"МЧС России", "ВСУ"} <= names, got
    assert not any("(" in m or ")" in m for m in names), got
    assert "России" not in names, got


def test_portuguese_names_opened_by_a_stop_word_or_holding_a_portfolio_stay_whole():
    """spaCy lists "conselho" and "segunda" as Portuguese stop words: inside a sentence, before a capitalised word,
    they open a name ("Conselho de Segurança", "Segunda Guerra Mundial"); a portfolio inside a body's name goes on
    with it ("Ministério dos Negócios Estrangeiros") and is still cut before a person."""
    got = _run("pt", "Título\n\nDesde a Segunda Guerra Mundial o país mudou. A Rússia pesa no Conselho de Segurança. "
                     "A porta-voz do Ministério dos Negócios Estrangeiros falou. Segundo Lavrov, o ministro dos "
                     "Negócios Estrangeiros Sergei Lavrov vai a Minsk.\n")
    assert {"Segunda Guerra Mundial", "Conselho de Segurança", "Ministério dos Negócios Estrangeiros"} <= set(got), got
    assert sorted(got["Sergei Lavrov"]) == ["Lavrov", "Sergei Lavrov"], got  # a stop word opening a sentence: no name
    assert not any(name.startswith(("Segundo", "Negócios")) for name in got), got
    got = _run("pt", "Título\n\nO secretário de Estado Fernando Baptista Correia garante que sim.\n")
    assert "Fernando Baptista Correia" in got, got  # a stop word completing a title opens no name
    got = _run("bg", "Заглавие\n\nНО ТЕ НЕ ЖЕЛАЯТ ТОВА. Радев мълчи.\n")  # stop words in capitals: no name
    assert not any(name.startswith(("ТЕ", "Те")) for name in got), got


def test_a_bulgarian_adjective_takes_its_place_noun():
    from narrascope.analysers.multilingual_names import _bg_join_adjective_places

    text = ("Кораби в Черно море. Войски в Курска област. Хора от Северна Америка. Радина каза, че Южна и Западна "
            "мълчат.")
    found = [(9, 14, "Черно", "NAME"), (30, 36, "Курска", "NAME"), (53, 60, "Северна", "NAME"),
             (61, 68, "Америка", "NAME"), (70, 76, "Радина", "NAME"), (86, 90, "Южна", "NAME")]
    got = [f[2] for f in _bg_join_adjective_places(found, text)]
    # a first name before a verb, a direction before a conjunction: unchanged
    assert got == ["Черно море", "Курска област", "Северна Америка", "Радина", "Южна"]


def test_bulgarian_fragments_of_longer_names_are_dropped_and_hyphenated_names_joined():
    from narrascope.analysers.multilingual_names import _bg_fragments, _join_latin_runs

    def spans(text, words):
        out, at = [], 0
        for w in words:
            at = text.index(w, at)
            out.append((at, at + len(w), w, "NAME"))
            at += len(w)
        return out

    text = ("САЩ говориха пред Съвета за сигурност на ООН. Рискът от Третата световна война расте. Учени от "
            "Института за изследвания казаха, че водата е 37 градуса по Целзий. Лидерите на Азиатско-тихоокеанския "
            "регион и Владислав Косиняк-Камиш дойдоха. Москва за пореден път мълча. Кметът на Суми-Курск не беше "
            "там. Марта за малко не дойде. Ахметова за първи път говори.")
    found = spans(text, ["САЩ", "Съвета", "Третата", "Института", "Азиатско", "Владислав Косиняк",
                         "Москва", "Суми", "Курск", "Марта", "Ахметова"])
    got = [f[2] for f in _bg_fragments(found, text, frozenset({"москва"}))]
    # a known name or a name without an article before "за" stays; two places across a hyphen stay apart
    assert got == ["САЩ", "Владислав Косиняк-Камиш", "Москва", "Суми", "Курск", "Марта", "Ахметова"], got
    text = "Пише The Washington Post. Според China Daily и BBC News, Кремъл мълчи."
    found = spans(text, ["The", "Washington", "Post", "China", "Daily", "BBC", "News", "Кремъл"])
    got = [f[2] for f in _join_latin_runs(found, text, "bg")]
    assert got == ["The Washington Post", "China Daily", "BBC News", "Кремъл"], got
    # an English name's "of the" / "in" between capitalised Latin words, in any of the three languages; Portuguese
    # words are not run together over a space
    text = "Segundo a Friends of the Earth e o Our World in Data, Lula Silva falou."
    found = spans(text, ["Friends", "Earth", "Our World", "Data", "Lula Silva"])
    got = [f[2] for f in _join_latin_runs(found, text, "pt")]
    assert got == ["Friends of the Earth", "Our World in Data", "Lula Silva"], got


def test_hindi_whole_known_name_takes_no_next_word_but_a_force_noun():
    """A span one word before a postposition takes that word as a surname ("नितिन [गडकरी] ने"), but not when the
    span is a whole gazetteer name already ("[अमेरिकी] विरोध को", "[नाटो] सदस्यता के"), unless the word is an armed
    force's noun or a body head ("रूसी एयरफ़ोर्स ने")."""
    from narrascope.analysers.multilingual_names import _extend_surnames

    tagger = _FakeTagger(gazetteer={"अमेरिकी", "नाटो", "रूसी"})
    toks = ("नितिन गडकरी ने कहा । अमेरिकी विरोध को देखा । नाटो सदस्यता के लिए । रूसी एयरफ़ोर्स ने हमला किया । "
            "रूसी मुख्यालय से").split()
    spans = [(0, 1), (5, 6), (10, 11), (15, 16), (21, 22)]
    got = _names(_extend_surnames(spans, toks, "hi", tagger), toks)
    assert got == ["नितिन गडकरी", "अमेरिकी", "नाटो", "रूसी एयरफ़ोर्स", "रूसी मुख्यालय"]


def test_hindi_subject_of_ne_that_follows_a_determiner_elsewhere_is_no_name():
    """A word the article writes after a determiner ("एक सिपाही", "इस अदालत") is a common noun: before "ने" it is no
    name; an unknown word the article never determines still is ("। मार्कोव ने")."""
    from narrascope.analysers.multilingual_names import _ergative_names

    toks = ("एक सिपाही मौके पर था । सिपाही ने बताया । इस अदालत का फैसला । अदालत ने कहा । मार्कोव ने "
            "इनकार किया").split()
    got = _names(_ergative_names([], toks, "hi", _FakeTagger()), toks)
    assert got == ["मार्कोव"]


def test_hindi_bare_demonym_is_a_mention_of_its_country():
    """A demonym no span covers is a mention ("यूक्रेन पर [रूसी] हमले"), the two-word one first ("[उत्तर कोरियाई]"
    is not "उत्तर [कोरियाई]"); a span that holds one stays whole ("रूसी सेना"), and a word that only ends like one
    ("गैर-रूसी") or a common adjective ("पुरानी") is none; "पश्चिमी" before a region noun or a place is a direction
    ("पश्चिमी इलाकों", "पश्चिमी बेलारूस"), not the West; before a currency or a language it is no country ("अमेरिकी
    डॉलर", "रूसी भाषा")."""
    from narrascope.analysers.multilingual_names import _demonym_names

    toks = ("यूक्रेन पर रूसी हमले । रूसी सेना आगे बढ़ी । उत्तर कोरियाई टुकड़ी और गैर-रूसी पुरानी कंपनियां । "
            "पश्चिमी हथियार पोलैंड के पश्चिमी इलाकों से और पश्चिमी बेलारूस से आए । 10 अरब अमेरिकी डॉलर और रूसी "
            "भाषा").split()
    got = _names(_demonym_names([(0, 1), (5, 7), (20, 21)], toks, "hi"), toks)
    # "पश्चिमी" is the West before "हथियार", a direction before a region noun or a place
    assert got == ["यूक्रेन", "रूसी", "रूसी सेना", "उत्तर कोरियाई", "पश्चिमी", "पोलैंड"]


def test_hindi_demonym_joins_its_countrys_entity():
    """"रूसी" is Russia's mention (one English name across languages, as English "Russian" is), "भारतीय" India's,
    named as the article writes the country; "रूसी सेना" stays an actor of its own."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("सीमा पर तनाव\n\nरूस ने कहा कि रूसी हमले जारी रहेंगे। भारत ने चिंता जताई और भारतीय हितों की "
            "बात की। रूसी सेना ने एक गांव पर कब्जा किया।\n")
    document = pipeline.run(Article(text, language="hi"))
    got = {e.name: [m.text for m in e.mentions] for e in document.data["entities"]}
    assert "रूसी" in got["Russia"] and "रूस" in got["Russia"], got
    assert "भारतीय" in got["भारत"] and "भारत" in got["भारत"], got
    assert "रूसी सेना" not in got["Russia"], got


def test_hindi_span_is_cut_at_a_quotation_mark_inside_it():
    """A tagged Hindi span never runs across a quotation mark: "रूसी “मिसाइलों”" (Russian "missiles") is the
    demonym and a quoted word, not one name; a name quoted whole keeps its words; other languages are untouched
    (a Russian body's quoted name, «Единая Россия», stays whole)."""
    from narrascope.analysers.multilingual_names import _trim_edges

    toks = "मेयर ने कहा कि रूसी “ मिसाइलों ” ने हमला किया और “ नाटो ” चुप रहा".split()
    got = _names(_trim_edges([(4, 7), (12, 15)], toks, "hi"), toks)
    assert got == ["रूसी", "मिसाइलों", "नाटो"]
    ru = "партия « Единая Россия » победила".split()
    assert _names(_trim_edges([(0, 4)], ru, "ru"), ru) == ["партия « Единая Россия"]
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("ल्वीव में धमाके\n\nल्वीव के मेयर एंड्री सडोवी ने दावा किया कि रूसी “मिसाइलों” ने शुक्रवार को हवाई अड्डे के "
            "क्षेत्र में विस्फोट किया। रूस ने इससे इनकार किया।\n")
    names = [e.name for e in pipeline.run(Article(text, language="hi")).data["entities"]]
    assert not any(q in n for n in names for q in "“”\""), names


def test_hindi_multi_word_place_is_tagged_whole_in_training():
    """A known place of two words ("नई दिल्ली", "दक्षिण अफ्रीका": ``COUNTRIES`` of ``lang/hi.py``) is tagged whole in
    every training article, marked or not, so the tagger learns it whole rather than "नई [दिल्ली]"; its direction
    word alone ("दक्षिण की ओर") is no name."""
    from narrascope.training.entities import TaggedDoc, gazetteer_from, propagate_tags

    toks = "नई दिल्ली में बैठक हुई । दक्षिण अफ्रीका ने कहा । सेना दक्षिण की ओर बढ़ी ।".split()
    doc = TaggedDoc("x", "HI", " ".join(toks), toks, [(0, 0)] * len(toks), [False] * len(toks), [0] * len(toks),
                    set())
    tags = propagate_tags([doc], gazetteer_from([doc]))[0]
    assert tags[:2] == [1, 2] and tags[6:8] == [1, 2], tags
    assert tags[13] == 0 and sum(tags) == 6, tags  # "दक्षिण" alone: O


def test_acronyms_of_common_nouns_are_no_names():
    """Russian and Bulgarian: "ПВО", "НДС", "БПЛА", "ДДС" are common nouns written in capitals (the lexicons'
    COMMON_ACRONYMS), never an entity; a body's acronym beside them ("НАТО", "МВФ") stays."""
    got = _run("ru", "Заголовок\n\nСилы ПВО сбили 12 БПЛА над Белгородом. НАТО и МВФ обсудили НДС и СМИ.\n")
    assert not {"ПВО", "БПЛА", "НДС", "СМИ"} & {m for ms in got.values() for m in ms}, got
    assert any("НАТО" in ms for ms in got.values()), got
    got = _run("bg", "Заглавие\n\nДДС върху храните и БВП на страната растат, заяви НАТО.\n")
    assert not {"ДДС", "БВП"} & {m for ms in got.values() for m in ms}, got


def test_portuguese_months_scales_and_common_acronyms_are_no_names():
    """Portuguese: "29 de Novembro" (a month written with a capital), "graus Celsius", "PIB", "CO2", a minister's
    portfolio ("Ministro da Economia", "Ministério da Cultura, da Saúde") are no entities; a Russian capitalised month
    form mid-sentence is a name ("в районе Октября": a village) and stays."""
    from narrascope.analysers.multilingual_names import _pt_drop_portfolios

    text = "O Ministro da Economia e o Ministério da Cultura, da Saúde e do Ensino falaram com a Caatinga."
    found = [(14, 22, "Economia", "NAME"), (41, 48, "Cultura", "NAME"), (53, 58, "Saúde", "NAME"),
             (64, 70, "Ensino", "NAME"), (85, 93, "Caatinga", "NAME")]
    assert [f[2] for f in _pt_drop_portfolios(found, text)] == ["Caatinga"]
    got = _run("pt", "Título\n\nA greve é a 29 de Novembro em Lisboa. O PIB caiu e o CO2 subiu 1,5 graus Celsius, "
                     "disse Greta Thunberg.\n")
    mentions = {m for ms in got.values() for m in ms}
    assert not {"Novembro", "PIB", "CO2", "Celsius"} & mentions, got
    assert "Greta Thunberg" in mentions, got
    from narrascope.analysers.multilingual_names import clean_names

    text = "Бои идут в районе Октября и Урожайного."
    found = [(17, 24, "Октября", "NAME"), (27, 38, "Урожайного", "NAME")]
    assert [f[2] for f in clean_names(found, text, "ru")] == ["Октября", "Урожайного"]
    text = "Водата е 37 градуса по Целзий, каза Радев."
    found = [(22, 28, "Целзий", "NAME"), (35, 40, "Радев", "NAME")]
    assert [f[2] for f in clean_names(found, text, "bg")] == ["Радев"]


def test_a_countrys_adjective_and_a_group_noun_are_one_russian_mention():
    from narrascope.analysers.multilingual_names import _ru_national_groups

    text = ("Российские военные отбили атаку. Склад украинских войск сгорел. Украинское военное начальство бежало. "
            "Решение киевских властей и западных стран. Украинскую власть критикуют.")
    got = [f[2] for f in _ru_national_groups([], text)]
    assert got == ["Российские военные", "украинских войск", "Украинское военное начальство", "киевских властей",
                   "западных стран", "Украинскую власть"]
    assert all(f[3] == "NORP" for f in _ru_national_groups([], text))


def test_no_russian_group_mention_for_one_soldier_a_noun_modifier_or_a_named_group():
    from narrascope.analysers.multilingual_names import _ru_national_groups

    text = ("Российский военный ранен. Удар по складам российских военных объектов. Бойцы российской группировки "
            "«Юг» и российская группировка войск «Запад». Он стал венгерским политиком. Речь о западной политике.")
    assert _ru_national_groups([], text) == []
    text = "Украинские Вооруженные силы отступили."  # a capitalised name, not a group noun
    assert _ru_national_groups([], text) == []
    found = [(0, 18, "Российские военные", "NAME")]  # a name already there: kept, nothing added
    assert _ru_national_groups(found, "Российские военные пришли.") == found


def test_a_russian_name_and_its_bracketed_acronym_are_one_entity():
    got = _run("ru", "Заголовок\n\nПо данным Стокгольмского института исследования проблем мира (SIPRI), расходы "
                     "выросли. Позже SIPRI уточнил цифры. В Москве молчат.\n")
    sipri = [ms for ms in got.values() if "SIPRI" in ms]
    assert len(sipri) == 1 and sipri[0].count("SIPRI") == 2, got
    assert any("Стокгольмского" in m for m in sipri[0]), got
    assert not any("(" in m for ms in got.values() for m in ms), got
    assert ["Москве"] in got.values(), got  # a name with no bracket after it: its own entity
    got = _run("ru", "Заголовок\n\nБои идут у села Курахово (ДНР) и в Торецке. Власти ДНР сообщили о потерях.\n")
    assert not any("Курахово" in ms and "ДНР" in ms for ms in got.values()), got  # a region, no acronym


def test_a_body_after_a_title_keeps_its_country_apart():
    from narrascope.analysers.multilingual_names import _ru_join_forces

    text = "Глава МИД Венгрии приехал, а МИД Венгрии промолчал."
    found = _spans(text, "МИД", "Венгрии", "МИД", "Венгрии")
    assert [f[2] for f in _ru_join_forces(found, text)] == ["МИД", "Венгрии", "МИД Венгрии"]


def _ru_entities(text: str) -> dict[str, list[str]]:
    pipeline = load_pipeline(["spacy", "entities"])
    document = pipeline.run(Article("Заголовок\n\n" + text + "\n", language="ru"))
    return {e.name: [m.text for m in e.mentions] for e in document.data["entities"] if e.type == "PERSON"}


def test_russian_full_name_in_an_oblique_case_joins_its_nominative():
    """"Николу Пашиняну" and "Никол Пашинян" are one person, named in the nominative; two people who share a
    surname stay two ("Пётр Порошенко", "Алексей Порошенко")."""
    got = _ru_entities("Глава правительства Армении Никол Пашинян прибыл в Ереван. Вопрос задали Николу Пашиняну "
                       "журналисты. Пётр Порошенко выступил в Раде, а его сын Алексей Порошенко промолчал.")
    pashinyan = [n for n in got if "Пашинян" in n]
    assert pashinyan == ["Никол Пашинян"], got
    assert sorted(got["Никол Пашинян"]) == ["Никол Пашинян", "Николу Пашиняну"], got
    assert "Пётр Порошенко" in got and "Алексей Порошенко" in got, got


def test_russian_unknown_surname_alone_joins_its_case_forms():
    """A surname the dictionary lacks, alone in two cases ("Гарбан", "Гарбана"), is one person, as is a soft-stem
    surname in the genitive after the full name ("Жоан Феррель" then "Ферреля")."""
    got = _ru_entities("Документ подписал Гарбан. Позицию Гарбана поддержали в парламенте. Жоан Феррель "
                       "выступил против. Слова Ферреля процитировали.")
    assert sorted(got["Гарбан"]) == ["Гарбан", "Гарбана"], got
    assert sorted(got["Жоан Феррель"]) == sorted(["Жоан Феррель", "Ферреля"]), got
    assert not any(n in got for n in ("Гарбана", "Ферреля")), got


def test_russian_canonical_name_is_the_nominative_as_written():
    """A foreign name the dictionary lacks keeps its written nominative ("Барт де Вевер", not pymorphy3's guessed
    "Вевера"); a woman's adjectival surname and patronymic keep her forms; a man's foreign name written only in the
    genitive is shown in the nominative, but a woman's nominative first name stays as written."""
    from narrascope.analysers.multilingual_names import ru_display_name

    got = _ru_entities("Премьер Бельгии Барт де Вевер приехал в Брюссель. Аналитик Ольга Беленькая считает, что "
                       "ставка вырастет. Встречу провели с Натальей Сергеевной Гребенкиной.")
    assert {"Барт де Вевер", "Ольга Беленькая", "Наталья Сергеевна Гребенкина"} <= set(got), got
    assert ru_display_name("Наталья Сергеевич Гребенкина", "PERSON", ("Наталью Сергеевну Гребенкину",)) \
        == "Наталья Сергеевна Гребенкина"
    assert ru_display_name("Галина Петрович", "PERSON", ("Галина Петровна",)) == "Галина Петровна"
    assert ru_display_name("Герт Вилдерса", "PERSON", ("Герта Вилдерса",)) == "Герт Вилдерс"
    assert ru_display_name("Реджеп Тайипа Эрдоган", "PERSON", ("Реджепу Тайипу Эрдогану",)) \
        == "Реджеп Тайип Эрдоган"
    # negatives: a woman's name in the nominative, a first name with its patronymic, a Russian woman's surname
    assert ru_display_name("Анна Сантана", "PERSON", ("Анна Сантана",)) == "Анна Сантана"
    assert ru_display_name("Эвика Силиня", "PERSON", ("Эвика Силиня",)) == "Эвика Силиня"
    assert ru_display_name("Валентина Петровна", "PERSON", ("Валентина Петровна",)) == "Валентина Петровна"
    assert ru_display_name("Александра Суслина", "PERSON", ("Александра Суслина",)) == "Александра Суслина"


def test_the_uae_acronym_name_and_capital_are_one_country():
    """"ОАЭ", "Объединенные Арабские Эмираты", "Эмираты" and "Абу-Даби" are one actor, named as in the other
    languages; "арабские страны" are no one country and do not join it."""
    pipeline = load_pipeline(["spacy", "entities"])
    text = ("Заголовок\n\nМинистр иностранных дел ОАЭ прибыл в Москву. Объединенные Арабские Эмираты выступили "
            "посредником. Эмираты рассчитывают на рост торговли с Абу-Даби. Арабские страны промолчали.\n")
    got = {e.name: [m.text for m in e.mentions] for e in pipeline.run(Article(text, language="ru")).data["entities"]}
    assert sorted(got["United Arab Emirates"]) == sorted(["ОАЭ", "Объединенные Арабские Эмираты", "Эмираты",
                                                          "Абу-Даби"]), got


def test_russian_oblique_full_name_joins_its_surname_in_the_nominative():
    """A full name written only in an oblique case, its surname unknown to the dictionary ("Михаила Гарбуляка",
    "Олафа Вендтца"), is the person the article names alone in the nominative ("Гарбуляк", "Вендтц"), shown in the
    nominative; two people who share the surname stay apart."""
    got = _ru_entities("Советник Михаила Гарбуляка опроверг слухи. Позже Гарбуляк заявил, что переговоры идут. "
                       "Канцлер встретился с коллегами Олафа Вендтца. Вендтц промолчал.")
    assert sorted(got["Михаил Гарбуляк"]) == ["Гарбуляк", "Михаила Гарбуляка"], got
    assert sorted(got["Олаф Вендтц"]) == ["Вендтц", "Олафа Вендтца"], got
    assert not any(n in got for n in ("Гарбуляк", "Вендтц", "Олафа Вендтца")), got
    # negatives: two people who share a surname (the first names tell them apart), "Пётр" and "Алексей Порошенко"
    got = _ru_entities("Встречу провёл Никита Гарбуляк. Советник Михаила Гарбуляка опроверг слухи. Пётр Порошенко "
                       "выступил в Раде, а его сын Алексей Порошенко промолчал.")
    assert got["Михаил Гарбуляк"] == ["Михаила Гарбуляка"] and "Никита Гарбуляк" in got, got
    assert "Пётр Порошенко" in got and "Алексей Порошенко" in got, got


def test_russian_nominative_full_name_rule_in_isolation():
    from narrascope.analysers.multilingual_names import ru_nominative_full_name

    assert ru_nominative_full_name(["михаил", "гарбуляка"], {"гарбуляк"}) == ["михаил", "гарбуляк"]
    assert ru_nominative_full_name(["олафу", "вендтцу"], {"вендтц"}) == ["олаф", "вендтц"]
    assert ru_nominative_full_name(["жоан", "ферреля"], {"феррель"}) == ["жоан", "феррель"]
    # a first name the dictionary knows keeps its ending ("Никита" is no case form of "Никит")
    assert ru_nominative_full_name(["никита", "гарбуляка"], {"гарбуляк"}) == ["никита", "гарбуляк"]
    # no nominative alone, a known surname, a single that is no stem of it: unchanged
    assert ru_nominative_full_name(["михаил", "гарбуляка"], set()) == ["михаил", "гарбуляка"]
    assert ru_nominative_full_name(["иван", "ивана"], {"иван"}) == ["иван", "ивана"]
    assert ru_nominative_full_name(["михаил", "гарбуляка"], {"гарбул"}) == ["михаил", "гарбуляка"]


def test_russian_sentence_first_word_is_no_part_of_a_name():
    """A word the dictionary knows with no reading as a name, capitalised as a sentence's first before a surname
    ("Иммунолог Жемчугов", "Философ Дугин"), is no part of the name: the person joins the full name; a first name
    at a sentence's start ("Вера Павлова") and a name inside a sentence stay whole."""
    got = _ru_entities("Врач Владислав Гарбузов дал интервью. Иммунолог Гарбузов уверен, что волна спадёт. "
                       "Вера Павлова не согласна.")
    assert sorted(got["Владислав Гарбузов"]) == ["Владислав Гарбузов", "Гарбузов"], got
    assert "Иммунолог Гарбузов" not in got and "Вера Павлова" in got, got
    from narrascope.analysers.multilingual_names import ru_common_word

    assert ru_common_word("Иммунолог") and ru_common_word("Философ")
    assert not ru_common_word("Вера") and not ru_common_word("Мороз") and not ru_common_word("Путин")
    assert not ru_common_word("Чан") and not ru_common_word("Си")  # "Чан Кайши", "Си Цзиньпин"
    got = _ru_entities("Чан Кайши бежал на Тайвань. Си Цзиньпин прибыл в Москву.")
    assert "Чан Кайши" in got and "Си Цзиньпин" in got, got


def test_editors_brackets_are_no_part_of_a_name():
    """An editor's insertion in square brackets ("[президента Перу Альберто] Фухимори") leaves the name whole."""
    from narrascope.analysers.entities import group_mentions

    text = "Говорили про [президента Перу Альберто] Фухимори и про Альберто Фухимори."
    s = text.index("Альберто]")
    t = text.index("Альберто Фухимори")
    got = group_mentions([(s, s + len("Альберто] Фухимори"), "Альберто] Фухимори", "PERSON"),
                          (t, t + len("Альберто Фухимори"), "Альберто Фухимори", "PERSON")], text, "ru")
    assert [(e.name, len(e.mentions)) for e in got] == [("Альберто Фухимори", 2)], got


def test_russian_instrumental_and_adjectival_surnames_the_dictionary_lacks():
    """A man's name the dictionary lacks in the instrumental ("Виктором Гарбаном", "Шольцем") or an adjectival
    surname in an oblique case ("Валерия Залужного", "Залужному") is keyed and shown in the nominative; a name in -ом
    pymorphy3 does not read as an instrumental ("Малком") stays as written."""
    from narrascope.analysers.multilingual_names import lemma_key

    assert lemma_key("виктором гарбаном", "ru") == "виктор гарбан"
    assert lemma_key("шольцем", "ru") == "шольц" and lemma_key("содолем", "ru") == "содоль"
    assert lemma_key("валерия залужного", "ru") == "валерий залужный" and lemma_key("залужному", "ru") == "залужный"
    assert lemma_key("малком", "ru") == "малком" and lemma_key("того", "ru") == "того"
    got = _ru_entities("Премьер Венгрии Виктор Гарбан прибыл в Брюссель. С Виктором Гарбаном встретились лидеры. "
                       "Министр встретился с Вендтцем в Берлине. Генерал Валерий Залужный уехал в Лондон. Отставка "
                       "Валерия Залужного обсуждалась.")
    assert sorted(got["Виктор Гарбан"]) == ["Виктор Гарбан", "Виктором Гарбаном"], got
    assert got["Вендтц"] == ["Вендтцем"], got
    assert sorted(got["Валерий Залужный"]) == ["Валерий Залужный", "Валерия Залужного"], got


def test_russian_first_name_in_a_declined_and_a_longer_name_in_an_oblique_case():
    """A man's first name declined like a woman's ("Бидзина", "Бидзиной Иванишвили", which pymorphy3 reads as two
    names) and a name of three words in an oblique case ("Чан Ван Хыонга") are one person each; where the article
    writes both first names, a man's and a woman's, they stay two."""
    from narrascope.analysers.entities import _ru_first_name_forms

    got = _ru_entities("Основатель партии Бидзина Гарбашвили вернулся. Встреча с Бидзиной Гарбашвили прошла в "
                       "Тбилиси. Диктатор Чан Ван Хыонг был убит. Убийство Чан Ван Хыонга обсуждали.")
    assert sorted(got["Бидзина Гарбашвили"]) == ["Бидзина Гарбашвили", "Бидзиной Гарбашвили"], got
    assert sorted(got["Чан Ван Хыонг"]) == ["Чан Ван Хыонг", "Чан Ван Хыонга"], got
    keys = {"бидзин гарбашвили": "person", "бидзина гарбашвили": "person"}
    assert _ru_first_name_forms(keys, {"бидзина"}) == {"бидзин гарбашвили": "бидзина гарбашвили"}
    assert _ru_first_name_forms(keys, {"бидзин", "бидзина"}) == {}  # "Бидзин" written: two people
    assert _ru_first_name_forms({"петр гарбашвили": "person", "алексей гарбашвили": "person"}, set()) == {}


def test_russian_word_glued_onto_a_name_in_the_source():
    """A word glued onto a surname in the source ("Гарбуновкоординатор") is cut off: the person joins the
    surname written alone; a hyphenated surname ("Лебедев-Кумач") and a surname the dictionary knows stay whole."""
    from narrascope.analysers.multilingual_names import ru_glued_name

    assert ru_glued_name("Гарбуновкоординатор") == len("Гарбунов")
    assert ru_glued_name("Гарбулякзаявил", {"гарбуляк"}) == len("Гарбуляк")
    assert ru_glued_name("Гарбулякзаявил") == 0  # no surname ending, never written alone
    assert ru_glued_name("Лебедев-Кумач") == 0 and ru_glued_name("Кончаловский") == 0
    assert ru_glued_name("координатор") == 0
    got = _ru_entities("Об этом сообщил Сергей Гарбуновкоординатор подполья. Гарбунов добавил, что взрывы были. "
                       "Песню написал Василий Лебедев-Кумач.")
    assert sorted(got["Сергей Гарбунов"]) == ["Гарбунов", "Сергей Гарбунов"], got
    assert "Василий Лебедев-Кумач" in got, got
