"""Language identification and the quote rules of languages without a parser, one construction at a time."""
from __future__ import annotations

import subprocess
import sys

import pytest

from narrascope import Pipeline
from narrascope.analysers.quotes import find_quote_spans
from narrascope.analysers.spacy_parse import nlp_for
from narrascope.language import detect_language
from narrascope.readers.text import parse_date, parse_text


@pytest.fixture(scope="module")
def run():
    pipeline = Pipeline(["spacy", "entities", "quotes", "claims"])

    def analyse(text: str, language: str | None = None):
        article = parse_text(text)
        if language:
            article.language = language
        return pipeline(article)
    return analyse


def _speaker_of(analysis, snippet: str) -> str | None:
    hits = [q for q in analysis.quotes if snippet in q.content.text]
    assert hits, [q.content.text for q in analysis.quotes]
    return hits[0].speaker


@pytest.mark.parametrize("text, code", [
    ("Le président de la République a déclaré mardi que la France ne céderait pas aux pressions de Moscou.", "fr"),
    ("El presidente del Gobierno afirmó el martes que España no enviará tropas a Ucrania este año.", "es"),
    ("Президент України заявив у вівторок, що Київ не піде на жодні поступки агресору.", "uk"),
    ("Президент России заявил во вторник, что Москва готова к переговорам с Киевом.", "ru"),
    ("Президентът заяви във вторник, че България няма да изпрати войници в Украйна.", "bg"),
    ("O presidente afirmou nesta terça-feira que o Brasil não vai enviar armas à Ucrânia.", "pt"),
    ("राष्ट्रपति ने मंगलवार को कहा कि भारत शांति का समर्थन करता है।", "hi"),
    ("Emissions\n\nAccording to Eurostat, emissions in the bloc fell by 8 percent in 2023.", "en"),
])
def test_language_identification(text, code):
    assert detect_language(text) == code


def test_too_little_text_has_no_language():
    assert detect_language("") is None
    assert detect_language("12 345 — 678") is None


def test_a_language_outside_the_five_gets_no_english_or_bulgarian_models(run):
    fr = run("Sommet à Paris\n\n« Nous ne céderons pas », a déclaré le président Emmanuel Macron devant la presse "
             "mardi, selon qui les dépenses ont augmenté de 12 pour cent en 2024.")
    assert fr.article.language == "fr"
    assert "spacy" not in fr.models  # the English statistical model did not run
    assert fr.quotes == [] and fr.claims == []
    assert any("'fr' is not one narrascope analyses" in w for w in fr.warnings)
    uk = run("Заява Києва\n\nПрезидент України Володимир Зеленський заявив, що Київ не піде на поступки.")
    assert uk.article.language == "uk" and uk.quotes == []
    assert nlp_for("uk").lang == "uk" and not nlp_for("uk").has_pipe("parser")


def test_warning_says_which_layers_a_language_gets(run):
    ru = run("Заявление\n\n«Мы готовы к переговорам», — заявил Песков.")
    (warning,) = [w for w in ru.warnings if w.startswith("language 'ru'")]
    assert "quotes, reported speech and claims are read" in warning and "not analysed" not in warning
    hi = run("बयान\n\nपुतिन ने कहा, 'हम बातचीत के लिए तैयार हैं।'")
    (warning,) = [w for w in hi.warnings if w.startswith("language 'hi'")]
    assert "trained Hindi name tagger" in warning and "not analysed" not in warning


def test_doubled_straight_quotes_are_one_mark():
    text = 'Он сказал: ""Мы готовы к переговорам"", — заявил Песков. ""Второе"" и ""третье""'
    spans = find_quote_spans(text)
    assert [text[o + 1:c] for o, c in spans] == ["Мы готовы к переговорам", "Второе", "третье"]


def test_doubled_quotes_with_dash_attribution(run):
    a = run('Газ\n\n""Мы выходим на проектную мощность раньше графика"", — сказал Новак на форуме.')
    assert _speaker_of(a, "Мы выходим") == "Новак"


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Переговоры\n\n«Мы никогда не отказывались от переговоров», — заявил Дмитрий Песков журналистам.",
     "Мы никогда", "Дмитрий Песков"),
    ("Переговоры\n\n«Мы никогда не отказывались от переговоров», — Песков заявил журналистам.",
     "Мы никогда", "Песков"),
    ("Переговоры\n\nСергей Лавров сообщил: «Европа делает всё, чтобы сорвать мирный процесс».", "Европа",
     "Сергей Лавров"),
    ("Рынок\n\nПо словам Шатрова, «рынок уже заложил в цены провал переговоров».", "рынок", "Шатров"),
    ("Отбрана\n\n„Сигурността на България не е тема за пазарлъци“, каза премиерът Росен Желязков.",
     "Сигурността", "Росен Желязков"),
    ("Clima\n\n“Tais medidas não ficarão sem resposta”, disse o presidente Lula da Silva.", "Tais medidas",
     "Lula da Silva"),
    ("बयान\n\nपुतिन ने कहा, 'हम कभी भी बातचीत से पीछे नहीं हटे, पश्चिम ने ही रास्ते बंद किए।'", "हम कभी", "पुतिन"),
    ("बयान\n\n\"अमेरिका के साथ संपर्क विशेषज्ञ स्तर पर जारी हैं,\" पेसकोव ने बताया।", "अमेरिका", "पेसकोव"),
    # a newspaper in quote marks is told, the person after it tells
    ("Переговоры\n\nВ Москве прошли переговоры о газе.\n\n«Сделка будет заключена до конца года», — сказал "
     "«Известиям» политолог Иван Петров.", "Сделка", "Иван Петров"),
])
def test_dash_verb_and_phrase_attribution(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Кремль\n\nПесков сообщил, что Россия готова продолжать переговоры с Вашингтоном.", "Россия готова", "Песков"),
    ("Отбрана\n\nЗапрянов заяви, че първите изтребители ще пристигнат до края на годината.", "първите", "Запрянов"),
    ("Clima\n\nGuterres disse que os países ricos têm de cumprir as promessas.", "os países ricos", "Guterres"),
    ("बयान\n\nजयशंकर ने कहा कि भारत हमेशा संवाद और कूटनीति का पक्षधर रहा है।", "भारत हमेशा", "जयशंकर"),
])
def test_reported_speech(run, text, snippet, speaker):
    a = run(text)
    (q,) = [q for q in a.quotes if snippet in q.content.text]
    assert q.kind == "indirect" and q.speaker == speaker


def test_a_name_in_quote_marks_speaks_when_no_person_follows(run):
    a = run("Энергетика\n\nВ компании прошли проверки сетей по всей стране.\n\n«Аварий не будет», — сообщили в "
            "пресс-службе компании «Ростелеком».")
    assert _speaker_of(a, "Аварий") == "Ростелеком"


def test_the_pronoun_im_ends_a_sentence(run):
    # "им." is not the abbreviation of "имени" here: the next sentence's subject does not say the quote
    a = run("Ответ\n\nЖурналисты спросили о сроках строительства.\n\n«Сроки строительства моста не изменятся», — "
            "сказали им. Министр Иванов уехал в Москву.")
    assert _speaker_of(a, "Сроки") != "Министр Иванов"


def test_pronoun_speaker_resolves_to_the_person_before(run):
    a = run("Газ\n\nМинистр финансов Антон Силуанов выступил на форуме. «Дефицит бюджета составил 2,2 трлн "
            "рублей», — сказал он.")
    q = next(q for q in a.quotes if "Дефицит" in q.content.text)
    assert q.speaker == "Антон Силуанов"


@pytest.mark.parametrize("text, kind, value", [
    ("Данные\n\nИнфляция составила 3,5 процента в феврале.", "percent", "3,5 процента"),
    ("Данни\n\nБюджетът ще достигне 200 милиона лева.", "money", "200 милиона лева"),
    ("Dados\n\nO investimento chegou a 500 mil milhões de dólares.", "money", "500 mil milhões de dólares"),
    ("आंकड़े\n\nव्यापार 65 अरब डॉलर तक पहुंच गया।", "money", "65 अरब डॉलर"),
    ("Данные\n\nВ городе живут 12 000 человек.", "number", "12 000"),
])
def test_native_number_formats(run, text, kind, value):
    (c,) = run(text).claims
    assert (kind, value) in [(v.type, v.text) for v in c.values]


@pytest.mark.parametrize("text, claimant", [
    ("Данные\n\nПо данным ООН, в 2024 году число беженцев выросло на 12 процентов.", "United Nations"),
    ("Dados\n\nSegundo a AIE, a procura de petróleo cresceu 2% em 2024.", "AIE"),
    ("Данни\n\nСпоред НАТО разходите за отбрана са нараснали с 18 процента през 2024 г.", "NATO"),
    ("आंकड़े\n\nविश्व बैंक के अनुसार, विकास दर 6.5 प्रतिशत रहेगी।", "विश्व बैंक"),
    ("Clima\n\nUma em cada três pessoas viverá em zonas perigosamente quentes até 2080, diz estudo.", "estudo"),
])
def test_sourced_claims(run, text, claimant):
    (c,) = run(text).claims
    assert c.claimant == claimant


@pytest.mark.parametrize("line, iso", [
    ("12 марта 2025", "2025-03-12"), ("12 марта 2025 г.", "2025-03-12"), ("14 de novembro de 2025", "2025-11-14"),
    ("20 февруари 2025", "2025-02-20"), ("5 अप्रैल 2025", "2025-04-05"), ("Published 27 February 2025", "2025-02-27"),
    ("27.02.2025", "2025-02-27"), ("31.02.2025", None), ("12 марта", None),
])
def test_native_dates(line, iso):
    assert parse_date(line) == iso


def test_header_date_in_the_articles_language():
    a = parse_text("Заголовок статьи\n12 марта 2025\n\nТекст статьи о переговорах в Москве.")
    assert a.date == "2025-03-12" and a.title == "Заголовок статьи"


def test_store_reads_native_dates_without_locale():
    from narrascope.store.base import normalise_day
    assert normalise_day("14 de novembro de 2025") == "2025-11-14"
    assert normalise_day("2025-02-21T10:00Z") == "2025-02-21"


def test_bad_input_in_another_language_is_a_one_line_error(tmp_path):
    f = tmp_path / "RU_empty.txt"
    f.write_text("   \n\n  ", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "narrascope", "analyze", str(f)], capture_output=True, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err and "RU_empty.txt" in lines[0]


def test_russian_names_are_shown_in_the_nominative_of_their_gender(run):
    """A woman's surname groups with its oblique forms under the masculine lemma but is shown as hers; an
    organisation's adjectives agree with its noun and keep the article's lower case."""
    a = run("Москва\n\nОфициальный представитель МИД России Мария Захарова заявила, что санкции не работают. "
            "Захарову поддержал депутат Андрей Колесник. По данным Международного энергетического агентства, "
            "спрос вырос. Ирина Волкова встретилась с Анной Смирновой.", "ru")
    names = {e.name: [m.text for m in e.mentions] for e in a.entities}
    assert names.get("Мария Захарова") == ["Мария Захарова", "Захарову"], names
    assert "Андрей Колесник" in names and "Ирина Волкова" in names and "Анна Смирнова" in names, names
    assert "Международное энергетическое агентство" in names, names


def test_russian_display_name_rules():
    from narrascope.analysers.multilingual_names import ru_display_name

    assert ru_display_name("Мария Жуковский", "PERSON") == "Мария Жуковская"
    assert ru_display_name("Саша Петров", "PERSON") == "Саша Петров"  # a man's or a woman's name: left
    assert ru_display_name("Никита Михалков", "PERSON") == "Никита Михалков"
    assert ru_display_name("Европейский Центральный Банк", "ORG") == "Европейский Центральный Банк"
    assert ru_display_name("Государственный дума", "ORG") == "Государственная дума"
    assert ru_display_name("Газпром", "ORG") == "Газпром"


def test_russian_case_forms_of_foreign_names_join_the_full_name(run):
    """Foreign surnames the dictionary lacks keep their case endings as lemmas; they join the article's full
    name they are case forms of, and an organisation with a genitive complement is shown as written."""
    a = run("Будапешт\n\nПремьер-министр Венгрии Виктор Орбан заявил, что Евросоюз ошибается. Позицию Орбана "
            "поддержали в Братиславе. Орбану возразил председатель Центра русской культуры Кармо Кури. "
            "Кури напомнил, что Центр русской культуры работает с 1990 года.", "ru")
    names = {e.name: [m.text for m in e.mentions] for e in a.entities}
    assert names.get("Виктор Орбан") == ["Виктор Орбан", "Орбана", "Орбану"], names
    assert "Центр русской культуры" in names, names
    assert any(n.endswith("Кармо Кури") for n in names), names


def test_russian_known_form_rules():
    from narrascope.analysers.multilingual_names import ru_known_form

    assert ru_known_form(["орбаном"], {"орбан": "виктор орбан"}, {"виктор орбан": "person"}) == ["орбан"]
    assert ru_known_form(["илона", "маска"], {}, {"илон маск": "person"}) == ["илон", "маск"]
    assert ru_known_form(["каллас"], {"кая": "кая каллас"}, {}) == ["каллас"]  # no case form of a known name
