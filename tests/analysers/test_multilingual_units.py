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
    # a word naming whose currency it is between the figure and the currency word
    ("आंकड़े\n\nप्रस्ताव में 250 बिलियन अमेरिकी डॉलर का लक्ष्य रखा गया।", "money", "250 बिलियन अमेरिकी डॉलर"),
    ("Данни\n\nПомощта възлиза на 2 млрд. щатски долара.", "money", "2 млрд. щатски долара"),
    ("Данные\n\nКредит составил 2 млрд американских долларов.", "money", "2 млрд американских долларов"),
    ("आंकड़े\n\nयह 250 बिलियन अमेरिकी लोगों का मामला है।", "quantity", "250 बिलियन"),  # no currency after it
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


def test_russian_foreign_women_and_the_place_before_a_speaker(run):
    """First name and surname agree in case: a surname standing as written after a first name read as a man's
    oblique case makes the pair a woman's name in the nominative ("Кая", not "Кай"); "Анны Липпус" is still
    Анна. A place in the genitive between a title and a name is no part of the speaker's name."""
    a = run("Таллин\n\nПремьер Кая Каллас отмечала, что власти уже демонтировали памятники. Советские символы "
            "уберут, заявила вице-мэр Таллинна Мадле Липпус. Позиция Анны Липпус известна. Президент России "
            "Владимир Путин заявлял, что снос памятников является варварством.", "ru")
    names = {e.name for e in a.entities}
    assert {"Кая Каллас", "Мадле Липпус", "Анна Липпус", "Владимир Путин"} <= names, names
    assert _speaker_of(a, "Советские символы") == "Мадле Липпус"
    assert _speaker_of(a, "снос памятников") == "Владимир Путин"


def test_bulgarian_names_opened_by_a_definite_adjective_run_on_to_their_noun(run):
    """Bulgarian capitalises only the first word of a multi-word name: the capitalised definite adjective takes
    the lower-case words up to its noun instead of standing alone as a fragment ("Дълбоката"); an acronym
    before it stays a name of its own, and a function word after a noun with the article adds nothing."""
    a = run("София\n\nПо думите му Дълбоката държава е по-силна от президента. Според СЗО Световната здравна "
            "организация ще реши до края на годината, а експертите казват, че Топлината също е фактор и "
            "Световната метеорологична организация го потвърждава.", "bg")
    mentions = {m.text for e in a.entities for m in e.mentions}
    assert {"Дълбоката държава", "СЗО", "Световната здравна организация",
            "Световната метеорологична организация"} <= mentions, mentions
    assert not {"Дълбоката", "Топлината също", "СЗО Световната"} & mentions, mentions


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


# --- rules added with the fourth held-out batch (each case failed before its rule) ---------------------------------

@pytest.mark.parametrize("text, snippet, speaker", [
    # an earlier comma when the words after the last hold no reporting verb
    ("Fogo\n\nO fumo desceu a serra em poucos minutos, contou Rosa Almeida, de 71 anos.", "O fumo", "Rosa Almeida"),
    ("Fogo\n\n— Vi o fumo a descer a serra e fugi com os netos, contou Rosa Almeida, de 71 anos.", "Vi o fumo",
     "Rosa Almeida"),
    # a bare verb after the dash: whoever was named last
    ("Juros\n\nComerciante em Belo Horizonte, Cláudio Ribeiro diz que o crédito ficou caro.\n\n— Pegar dinheiro no "
     "banco hoje é loucura, os juros passam de 130% ao ano — reclamou.", "Pegar dinheiro", "Cláudio Ribeiro"),
    # a dash opens speech, the attribution's dash closes it, a dash after the attribution goes on
    ("Суша\n\n— Това вече не е изключение, а тенденция — отбеляза климатологът Стоян Пенев. — През последните десет "
     "години имахме шест сушави лета.", "През последните", "Стоян Пенев"),
    ("Voos\n\nA professora Carla Nunes chegou ao aeroporto cedo. — Já perdi um voo por causa da fila. Não arrisco "
     "mais — disse à Lusa.", "Já perdi", "Carla Nunes"),
    # more reporting verbs in the lexicons
    ("Aeroporto\n\n«Não podemos esperar dez anos de braços cruzados», contrapôs Raul Martins.", "Não podemos",
     "Raul Martins"),
    ("Снег\n\n\"Проблема не в снеге, а в том, что его не вывозят\", — возмущается Виктор Давыдов.", "Проблема",
     "Виктор Давыдов"),
    ("Суша\n\n„Животновъдите ще го усетят първи“, прогнозира Радослав Христов.", "Животновъдите", "Радослав Христов"),
    # a title in a compound, a title inflected
    ("Ипотека\n\nКак рассказал журналистам старший вице-президент банка Олег Ткачук, портфель кредитов вырос на 3%.",
     "портфель", "Олег Ткачук"),
    ("Врачи\n\nМинистр здравоохранения Андрей Соколовский выступил в Госдуме. По словам министра, нехватка врачей "
     "ощущается в сёлах.", "нехватка", "Андрей Соколовский"),
    ("Juros\n\n\"Estamos pagando o preço de uma política fiscal frouxa\", avaliou a economista-chefe da corretora "
     "Andes, Fernanda Lopes.", "Estamos pagando", "Fernanda Lopes"),
    # after a source phrase: an abbreviation, the data it cites, a title and a comma before the name
    ("Суша\n\nСпоред проф. Стоян Пенев валежите през юли са били с 60% под нормата.", "валежите", "Стоян Пенев"),
    ("Fogo\n\nO incêndio já consumiu 20 mil hectares, segundo estimativas do sistema europeu Copernicus.",
     "O incêndio", "Copernicus"),
    ("Luz\n\nSegundo o diretor-geral da agência, Otávio Brandão, os reservatórios estão com 48% da capacidade.",
     "os reservatórios", "Otávio Brandão"),
    # the people of a body after a source phrase
    ("Вода\n\nСпоред експерти от БАН загубите по мрежата достигат 70 процента.", "загубите", "експерти от БАН"),
    # a body named by a common noun speaks as itself; a source after a newspaper in quote marks
    ("Juros\n\nEm comunicado, o colegiado afirmou que a inflação ainda está acima da meta.", "a inflação",
     "colegiado"),
    ("Снег\n\nВ аэропорту задержаны 47 рейсов, сообщила пресс-служба аэропорта.", "задержаны",
     "пресс-служба аэропорта"),
    ("Бюджет\n\nКак сообщил «Интерфаксу» источник в министерстве, расходы могут быть сокращены.", "расходы",
     "источник"),
    # a plural verb with no subject: its source after в / от; a time after a preposition is no place
    ("Снег\n\nЗа сутки в Москве выпало 22 мм осадков, сообщили в Гидрометцентре России.", "За сутки",
     "Гидрометцентре России"),
    ("Лекари\n\nБлизо 3000 лекари ще стачкуват от 1 декември, обявиха в сряда от Българския лекарски съюз.",
     "Близо 3000", "Българския лекарски съюз"),
    ("Цени\n\nОт Сдружението на търговските вериги заявиха, че маржовете им не са се променили.", "маржовете",
     "Сдружението на търговските вериги"),
    ("Ипотека\n\nБанки выдали кредитов на 290 млрд рублей, сообщил в среду Центробанк.", "Банки выдали",
     "Центробанк"),
    # a Bulgarian body's name runs on over its complement
    ("Транспорт\n\nОт Центъра за градска мобилност съобщиха, че транспортът е превозил 420 милиона пътници.",
     "транспортът", "Центъра за градска мобилност"),
    # a name in quote marks right before the verb
    ("Врачи\n\nПрофсоюз медработников «Действие» считает, что главная причина — низкие зарплаты.",
     "главная причина", "Профсоюз медработников «Действие»"),
    # an opinion without "that": object and predicate after the verb; a promise and its object
    ("Aeroporto\n\nA deputada socialista Marta Gouveia considera o calendário do Governo irrealista.", "o calendário",
     "Marta Gouveia"),
    ("Ипотека\n\nМинистр строительства Рустам Галиев, напротив, считает ситуацию управляемой.", "ситуацию",
     "Рустам Галиев"),
    ("Вода\n\nМинистърът на регионалното развитие Стоян Шишков обеща 30 милиона лева за подмяна на главния "
     "водопровод.", "30 милиона", "Стоян Шишков"),
    # words to whom between the verb and "que"
    ("Luz\n\nO ministro Eduardo Pires disse ao jornal O Globo que o governo estuda ampliar a tarifa social.",
     "o governo estuda", "Eduardo Pires"),
    # a source at the sentence's start only
    ("Juros\n\nPara a Confederação Nacional da Indústria, os juros altos já custaram ao país 0,8 ponto.",
     "os juros altos", "Confederação Nacional da Indústria"),
    # "e" inside a body's name; whose data
    ("Fogo\n\nNo terreno estão 1.200 operacionais, informou ao início da tarde a Autoridade Nacional de Emergência e "
     "Proteção Civil.", "No terreno", "Autoridade Nacional de Emergência e Proteção Civil"),
    ("Fogo\n\nDados do Instituto da Conservação da Natureza e das Florestas indicam que arderam 150 mil hectares.",
     "arderam", "Instituto da Conservação da Natureza e das Florestas"),
    # reported speech goes on after a direct quote inside it
    ('Juros\n\nO Copom afirmou que "o cenário segue marcado por elevada incerteza" e que a inflação ainda está acima '
     'da meta.', "a inflação ainda", "Copom"),
    # a possessive of a source phrase
    ("Цени\n\nИкономистът Андрей Велинов смята, че търговците закръглят цените. По негова оценка ефектът върху "
     "инфлацията е 0,3 пункта.", "ефектът", "Андрей Велинов"),
])
def test_attribution_rules_of_the_fourth_batch(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


def test_a_lower_case_title_subject_and_a_capitalised_adverb(run):
    a = run("Бюджет\n\nВицепремиерът Теодора Маринова представи бюджета. Депутатите поискаха отговори. След "
            "заседанието министърът на финансите заяви, че дефицитът ще остане под 3 процента. По-късно "
            "вицепремиерът заяви, че няма да има нови данъци.")
    assert _speaker_of(a, "дефицитът") == "Теодора Маринова"
    assert _speaker_of(a, "няма да има") == "Теодора Маринова"


@pytest.mark.parametrize("text, snippet, speaker", [
    # a source phrase with a possessive
    ("Учители\n\nИкономистът Петър Чобанов говори пред БНР. По негови изчисления мярката ще струва 600 милиона лева.",
     "мярката", "Петър Чобанов"),
    # a plural verb far after the preposition that opens the sentence, its body running on over "на …"
    ("Градини\n\nОт Съюза на работодателите в системата на народната просвета обаче предупредиха, че общините няма "
     "да могат да платят.", "общините", "Съюза на работодателите"),
    ("Бензин\n\nВ правительстве заявили, что ситуация с топливом находится под контролем.", "ситуация",
     "правительстве"),
    # what is demanded follows the verb and "да"
    ("Учители\n\nСиндикатите настояват учителските заплати да достигнат 125% от средната.", "учителските",
     "Синдикатите"),
    # an announcement and its object
    ("Dengue\n\nO Ministério da Saúde anunciou o envio de 1,5 milhão de doses ao estado.", "o envio",
     "Ministério da Saúde"),
])
def test_attribution_rules_of_the_fifth_batch(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


def test_a_dash_inside_a_paragraph_opens_speech_only_before_a_reporting_verb(run):
    a = run("Бюджет\n\nМинистр финансов Антон Силуанов выступил в Госдуме. Дефицит составил 5 млрд руб. — это больше, "
            "чем годом ранее.")
    assert not [q for q in a.quotes if q.kind == "direct"]


def test_a_plural_role_noun_is_not_the_last_person(run):
    a = run("Снег\n\nПредседатель Общества автомобилистов Виктор Давыдов раскритиковал службы. Синоптики "
            "предупреждают, что в выходные придут морозы.")
    assert _speaker_of(a, "в выходные") == "Синоптики"


def test_a_body_is_not_the_woman_of_she(run):
    a = run("Luz\n\nA Associação Brasileira de Grandes Consumidores de Energia acredita que a conta poderia ser menor."
            "\n\nA professora Sueli Nogueira já sente o impacto.\n\n— A conta de agosto veio 180 reais — disse ela.")
    assert _speaker_of(a, "A conta de agosto") == "Sueli Nogueira"


@pytest.mark.parametrize("text, snippet, speaker", [
    # initials: "वी के सिंह" (के between initials), "टी. वी. रमणी ने बताया" (their full stops end no sentence)
    ("सीमा\n\nपूर्व सेना प्रमुख वी के सिंह ने कहा कि चीन पर भरोसा करना जल्दबाजी होगी।", "चीन पर", "वी के सिंह"),
    ('इसरो\n\n"चौथे चरण पर लगे प्रयोग अगले तीन महीने तक काम करेंगे," मिशन निदेशक टी. वी. रमणी ने बताया।', "चौथे चरण",
     "टी. वी. रमणी"),
    # a long body before के अनुसार
    ("नौकरी\n\nसेंटर फॉर मॉनिटरिंग इंडियन इकोनॉमी के अनुसार, दिसंबर में बेरोजगारी दर 7.8 प्रतिशत रही।", "दिसंबर में",
     "सेंटर फॉर मॉनिटरिंग इंडियन इकोनॉमी"),
    # उनके मुताबिक, उनका कहना है: a pronoun inside the phrase
    ("बाढ़\n\nपार्क के निदेशक अमित बरुआ ने बताया कि 160 वन शिविर पानी में हैं। उनके मुताबिक, अब तक 9 जानवरों की मौत हुई है।",
     "अब तक 9", "अमित बरुआ"),
    ("बाढ़\n\nकांग्रेस विधायक मनोज बोरा ने सरकार की आलोचना की। उनका कहना है कि तटबंधों की मरम्मत का पैसा खर्च नहीं हुआ।",
     "तटबंधों", "मनोज बोरा"),
    # the present tense has no ने
    ("प्रदूषण\n\nलक्ष्मी नगर की रहने वाली सुनीता शर्मा कहती हैं, 'हर साल यही कहानी होती है, कोई कुछ नहीं करता।'", "हर साल",
     "सुनीता शर्मा"),
    # an institution is no उन्होंने
    ('प्रदूषण\n\nपर्यावरण मंत्री राजेश वर्मा ने कहा कि सरकार ने पाबंदियां लागू कर दी हैं। "सभी स्कूल अगले आदेश तक ऑनलाइन '
     'चलेंगे," उन्होंने कहा।', "सभी स्कूल", "राजेश वर्मा"),
    # a closing attribution whose verb comes after more than six words
    ("नौकरी\n\nइस बार 1.2 करोड़ से ज्यादा आवेदन आए हैं, रेल मंत्रालय के एक वरिष्ठ अधिकारी ने मंगलवार को बताया।", "इस बार",
     "वरिष्ठ अधिकारी"),
    # "भरोसा दिलाया कि": an assurance reports too
    ("नौकरी\n\nकार्यकारी निदेशक गोपाल सक्सेना ने भरोसा दिलाया कि इस बार गड़बड़ी नहीं होगी।", "इस बार", "गोपाल सक्सेना"),
])
def test_hindi_rules_of_the_fourth_batch(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


def test_language_settings_live_in_the_lexicons():
    from narrascope.lang import lexicon
    assert lexicon("hi").attribution_window == 10 and lexicon("ru").attribution_window == 6
    assert "премьер-министр" in lexicon("ru").single_offices and "primeiro-ministro" in lexicon("pt").single_offices
    assert "никита" in lexicon("ru").male_names_in_a and "никола" in lexicon("bg").male_names_in_a
    assert lexicon("ru").surname_endings["f"][0] == "ова" and not lexicon("pt").surname_endings
    assert lexicon("pt").dash_speech and not lexicon("hi").dash_speech


@pytest.mark.parametrize("text, snippet, speaker", [
    # reporting forms of the sixth batch: "recomendou", "resumiu", "ponderou", a plural verb ("alertam")
    ("Preços\n\nA gasolina subiu 4% em março.\n\n— Os consumidores devem comparar preços — recomendou a economista "
     "Ana Sofia Ferreira.", "Os consumidores", "Ana Sofia Ferreira"),
    ("Chuvas\n\nTécnicos do Serviço Geológico do Brasil alertam que o nível do rio pode subir mais 2 metros.",
     "o nível do rio", "Técnicos do Serviço Geológico do Brasil"),
    # "a prefeita de Estrela, Carine Schwingel": a woman's title before the comma and the name
    ("Chuvas\n\nO ministro Waldez Góes anunciou R$ 480 milhões. \"A gente pediu reforço na sexta\", criticou a "
     "prefeita de Estrela, Carine Schwingel.", "A gente pediu", "Carine Schwingel"),
    # an occupation before a name makes a person: "contou ela" is the pensioner, not the minister before her
    ("Chuvas\n\nO ministro Waldez Góes anunciou R$ 480 milhões para o estado.\n\nEm Lajeado, a aposentada Ivone "
     "Kunzler foi resgatada de barco. \"Perdi tudo de novo\", contou ela.", "Perdi tudo", "Ivone Kunzler"),
    # "segundo o balanço da Defesa Civil": whose report it is
    ("Chuvas\n\nAs chuvas já deixaram 14 mortos, segundo o balanço mais recente da Defesa Civil estadual.",
     "As chuvas", "Defesa Civil"),
])
def test_portuguese_words_of_the_sixth_batch(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


@pytest.mark.parametrize("text, snippet, speaker", [
    # "объяснил": a reporting verb
    ("Пожары\n\n— Значительная часть пожаров находится в зонах контроля, — объяснил эксперт Григорий Куксин.",
     "Значительная часть", "Григорий Куксин"),
    # Bulgarian "разказа", and an occupation before a woman's name
    ("Цени\n\nВ София пенсионерката Донка Илиева разказа, че хлябът вече струва 1,10 евро.", "хлябът вече",
     "Донка Илиева"),
    # Hindi "माना कि": an admission reports
    ("सड़क\n\nकेंद्रीय मंत्री नितिन गडकरी ने लोकसभा में भाषण दिया। मंत्री ने माना कि ज्यादातर हादसे तेज रफ्तार के कारण होते हैं।",
     "ज्यादातर हादसे", "नितिन गडकरी"),
])
def test_russian_bulgarian_hindi_words_of_the_sixth_batch(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


@pytest.mark.parametrize("text, snippet, speaker", [
    # "Там же полагают": "there" is the body cited last, not a name, and not the person who spoke since
    ("Зерно\n\nПо оценке аналитического центра «СовЭкон», урожай составит 78 млн тонн. «Цены растут», — сказал "
     "директор центра Андрей Сизов.\n\nТам же полагают, что экспортные пошлины стоит снизить.",
     "экспортные пошлины", "СовЭкон"),
    ("Газ\n\nОт „Топлофикация София“ съобщиха, че сметките ще паднат с 3%. Там обаче предупредиха, че дълговете "
     "надхвърлят 1,4 млрд. евро.", "дълговете", "Топлофикация София"),
])
def test_there_at_a_sentence_start_is_the_body_cited_last(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


def test_an_adverb_opening_the_sentence_is_no_speaker(run):
    a = run("Рынок\n\nМинистр финансов Антон Силуанов выступил в Думе. Так, в прошлом году цены выросли на 8%, "
            "заявил он.")
    assert _speaker_of(a, "в прошлом году") == "Антон Силуанов"
    b = run("Пазар\n\nМинистърът на финансите Теменужка Петкова говори в парламента. Тук цените са се вдигнали с 8%, "
            "заяви тя.")
    assert _speaker_of(b, "цените са") == "Теменужка Петкова"
    c = run("Рынок\n\nТак считают в Минфине: цены выросли на 8%.")
    assert all(q.speaker != "Так" for q in c.quotes)


@pytest.mark.parametrize("text, snippet, speaker", [
    # after a title, the body or place it heads and more of the title: the person named at the end
    ("Метро\n\nГород откроет 12 новых станций, сообщил в среду заместитель мэра Москвы по вопросам "
     "градостроительной политики Андрей Бочкарёв.", "Город откроет", "Андрей Бочкарёв"),
    ("Метро\n\n«Стоимость проходки выросла на 30%», — заявил директор Института экономики транспорта ВШЭ Михаил "
     "Блинкин.", "Стоимость проходки", "Михаил Блинкин"),
])
def test_the_person_after_a_title_and_the_body_it_heads(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


@pytest.mark.parametrize("text, snippet, speaker", [
    # "fonte do setor" speaks as itself, with its complement
    ("Combustíveis\n\nO preço do gasóleo deverá subir 4,5 cêntimos por litro, adiantou à Lusa fonte do setor.",
     "O preço do gasóleo", "fonte do setor"),
    # a cited report's author: "aponta levantamento divulgado nesta terça-feira (27) pela Fundação …"
    ("Creches\n\nCerca de 1,2 milhão de crianças estão fora da creche, aponta levantamento divulgado nesta "
     "terça-feira (27) pela Fundação Maria Cecilia Souto Vidigal.", "Cerca de 1,2",
     "Fundação Maria Cecilia Souto Vidigal"),
    # a Bulgarian body named by adjectives in -на runs on to its noun
    ("Пари\n\nОт Българската народна банка съобщиха, че досега са изтеглени левове за 11,2 млрд. лв.",
     "досега са", "Българската народна банка"),
])
def test_unnamed_sources_report_authors_and_adjectives_of_bodies(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


@pytest.mark.parametrize("text, snippet, speaker", [
    # "В ведомстве уточнили": the body named last
    ("Пожары\n\nПлощадь пожаров превысила 1 млн гектаров, сообщили в среду в Авиалесоохране. В ведомстве уточнили, "
     "что сейчас действуют 164 очага.", "сейчас действуют", "Авиалесоохрана"),
])
def test_the_agency_is_the_body_named_last(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


def test_there_and_a_present_plural_verb_point_back_at_a_body(run):
    # "там утверждают": a present plural verb with no subject, "there" the body named last (not the union quoted)
    a = run("Врачи\n\nПрофсоюз «Действие» заявил, что зарплаты упали. В Минздраве с этими данными не согласны: там "
            "утверждают, что средняя зарплата превысила 70 тысяч рублей.")
    assert _speaker_of(a, "средняя зарплата") == "Минздрав"
    # "По данным ведомства" after a person quoted: the ministry she speaks for, not a body in her quote
    b = run("Переговоры\n\nОфициальный представитель МИД Мария Захарова написала: «Брюссель снова выделяет "
            "миллиарды».\n\nПо данным ведомства, с 2022 года Евросоюз направил Киеву 88 млрд евро.")
    assert b.claims and b.claims[0].claimant == "МИД"


@pytest.mark.parametrize("text, snippet, speaker", [
    # "मंत्री ने माना …। उन्होंने बताया": the bare title agent is the minister named before, not "मंत्री"
    ('सड़क\n\nकेंद्रीय सड़क परिवहन मंत्री नितिन गडकरी ने लोकसभा में कहा, "हम लक्ष्य से दूर हैं।" मंत्री ने माना कि हादसे '
     'तेज रफ्तार से होते हैं। उन्होंने बताया कि सरकार ने 5,000 से ज्यादा ब्लैक स्पॉट की पहचान की है।', "सरकार ने 5,000",
     "नितिन गडकरी"),
    # a one-word surname with a title before it is a person a pronoun can stand for
    ("Пазар\n\nИзпълнителният директор на „Булгаргаз“ Владимир Малинов е на друго мнение. Според него цената "
     "можеше да падне и повече.", "цената", "Малинов"),
])
def test_a_title_agent_and_a_titled_surname_are_people(run, text, snippet, speaker):
    assert _speaker_of(run(text), snippet) == speaker


def test_a_plural_role_after_a_plural_verb_speaks(run):
    a = run("Дума\n\nСпикер Госдумы Вячеслав Володин заявил, что закон примут в июне.\n\n— Мы поддержим законопроект в "
            "первом чтении, — отметили депутаты.")
    assert _speaker_of(a, "Мы поддержим") == "депутаты"


def test_the_people_of_a_body_before_a_plural_verb(run):
    a = run("Газ\n\nЕксперти от Центъра за изследване на демокрацията смятат, че договорът ще струва над 2 млрд. евро.")
    assert _speaker_of(a, "договорът") == "Експерти от Центъра за изследване на демокрацията"


def test_a_bare_title_finds_the_name_after_a_long_title_and_its_comma(run):
    a = run("Chuvas\n\nO ministro da Integração e do Desenvolvimento Regional, Waldez Góes, anunciou a liberação de "
            "R$ 480 milhões. Segundo o ministro, o dinheiro deve chegar aos municípios ainda nesta semana.")
    assert _speaker_of(a, "o dinheiro deve chegar") == "Waldez Góes"


@pytest.mark.parametrize("text, snippet, speaker", [
    # Portuguese "segundo" after an article is "second", no source; "nesta terça-feira (10)": a day in brackets
    ("Enem\n\nO Ministério vai reaplicar a prova para 310 mil candidatos, depois que fotos circularam durante o "
     "segundo dia de provas, no domingo (8), anunciou nesta terça-feira (10) o presidente do Inep, Manuel Palacios.",
     "O Ministério vai reaplicar", "Manuel Palacios"),
    # Hindi initials written together ("वी.के.") are no sentence end
    ("परीक्षा\n\nविशेष जांच दल के प्रमुख वी.के. सिंह के मुताबिक, प्रश्नपत्र उदयपुर के एक निजी स्कूल से लीक हुआ।",
     "प्रश्नपत्र उदयपुर", "वी.के. सिंह"),
    # Hindi: up to twelve words between ने and the verb
    ("बाघ\n\nकेंद्रीय पर्यावरण मंत्री अरविंद त्रिपाठी ने बुधवार को नई दिल्ली में रिपोर्ट जारी करते हुए कहा कि यह दुनिया "
     "के कुल बाघों का 75 प्रतिशत है।", "यह दुनिया के कुल", "अरविंद त्रिपाठी"),
    # Hindi: the people of a body ("वन विभाग के अधिकारियों"), a bare body noun pointing back ("संघ")
    ("बाघ\n\nचंद्रपुर जिले में इस साल बाघ के हमलों में 34 लोगों की जान जा चुकी है, वन विभाग के अधिकारियों ने बताया।",
     "इस साल बाघ", "वन विभाग के अधिकारियों"),
    ("परीक्षा\n\nबेरोजगार युवा संघ के अध्यक्ष राकेश बैरवा ने मांग की कि परीक्षा का खर्च सरकार उठाए। संघ का कहना है कि "
     "कानून का सख्ती से पालन नहीं हो रहा।", "कानून का सख्ती", "बेरोजगार युवा संघ"),
    # a title in apposition makes a name a person ("Humberto Jorge, presidente da …"), an acronym in brackets is no
    # person; quoted words inside a "Para X, …" statement are X's
    ("Sardinha\n\nPara Humberto Jorge, presidente da Associação Nacional da Pesca do Cerco (ANOP Cerco), os números "
     "\"não refletem o que se vê no mar\".\n\n— Nunca vimos tanta sardinha junto à costa — disse o dirigente.",
     "Nunca vimos", "Humberto Jorge"),
    ("Sardinha\n\nPara Humberto Jorge, presidente da Associação Nacional da Pesca do Cerco (ANOP Cerco), os números "
     "\"não refletem o que se vê no mar\".", "não refletem", "Humberto Jorge"),
    # a place after a preposition is no person a bare title stands for
    ("Taxa\n\nA Câmara Municipal do Porto aprovou o aumento da taxa. A vice-presidente da associação, Helena Quintela, "
     "disse à Lusa que os hotéis do Porto já perderam reservas de grupos.\n\n— Não somos contra a taxa, somos contra a "
     "forma — frisou a dirigente.", "Não somos contra", "Helena Quintela"),
    # bodies that point back: "a autarquia" (the last body), "министерството" (the last ministry), "Синдикатът"
    ("Taxa\n\nA Câmara Municipal do Porto aprovou o aumento da taxa turística. A medida deverá render cerca de 38 "
     "milhões de euros por ano, segundo as contas da autarquia.", "A medida deverá", "Câmara Municipal do Porto"),
    ("Мечки\n\nМинистерството на околната среда и водите отговори, че кафявата мечка е защитен вид. По данни на "
     "министерството през миналата година са изплатени 186 000 евро обезщетения.", "през миналата година",
     "Министерството на околната среда и водите"),
    ("Пенсии\n\nОт КНСБ обаче смятат, че увеличението не стига. Синдикатът настоява минималната пенсия да достигне "
     "400 евро.", "минималната пенсия", "КНСБ"),
    # a body noun with its complement is a body of its own
    ("Taxa\n\nA associação de moradores da Sé pediu que parte da receita vá para as freguesias mais afetadas.",
     "parte da receita", "associação de moradores da Sé"),
    ("Sardinha\n\nFonte do gabinete do comissário das Pescas disse à agência Lusa que Bruxelas acompanha a evolução "
     "do stock.", "Bruxelas acompanha", "Fonte do gabinete do comissário das Pescas"),
    ("Мечки\n\nПо изчисления на пчеларското дружество в Смолян тази година мечките са унищожили близо 900 кошера.",
     "мечките са унищожили", "пчеларското дружество в Смолян"),
    ("Якутия\n\nВ администрации Верхоянского района признали, что запасов угля в котельных хватит лишь до января.",
     "запасов угля", "администрации Верхоянского района"),
    # "… e lembrou que": the subject of the sentence's first reporting verb
    ("Taxa\n\nA vereadora Catarina Moura acusou o executivo de \"governar a pensar nas manchetes\" e lembrou que a "
     "taxa foi aprovada sem qualquer estudo.", "a taxa foi aprovada", "Catarina Moura"),
    # a name opening the sentence, an apposition with a place in it, then the verb
    ("Sardinha\n\nManuel Fangueiro, mestre de uma traineira da Póvoa de Varzim há 22 anos, diz que a vida no mar está "
     "cada vez mais difícil.\n\n\"O gasóleo subiu, as quotas descem e os jovens não querem vir para a pesca.\"",
     "O gasóleo subiu", "Fangueiro"),
    # the splitter's cut after "млрд." is no sentence end
    ("Пенсии\n\nДефицитът на фонд „Пенсии“ ще надхвърли 2,5 млрд. евро тази година, изчисляват от Фискалния съвет.",
     "Дефицитът на фонд", "Фискалния съвет"),
    # "Об этом сообщили в X": the sentence before is X's
    ("Лена\n\nУровень воды в Лене у Якутска опустился до минимума за последние 40 лет. Об этом во вторник сообщили в "
     "Министерстве транспорта Якутии.", "Уровень воды", "транспорта"),
    ("Влакове\n\nПървите седем нови влака ще тръгнат по линията София – Пловдив през декември. Това съобщи в петък "
     "министърът на транспорта Гроздан Караджов.", "Първите седем", "Гроздан Караджов"),
    # Bulgarian verbs "възмути се той", Russian "— считает учёный"
    ("Мечки\n\nПастирът Ангел Чолаков е загубил 23 овце.\n\n– Държавата плаща обезщетение след година – възмути се "
     "той.", "Държавата плаща", "Ангел Чолаков"),
    ("Лена\n\nКак отметил профессор Алексей Кычкин, без дноуглубления ситуации будут повторяться.\n\n«Мы годами "
     "экономили на содержании водных путей», — считает учёный.", "Мы годами", "Алексей Кычкин"),
])
def test_seventh_batch_constructions(run, text, snippet, speaker):
    assert speaker in (_speaker_of(run(text), snippet) or "")


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    ("Clima\n\nO calor extremo é a maior ameaça, segundo mais de duas centenas de cientistas.", "pt",
     "O calor extremo", "mais de duas centenas de cientistas"),
    ("Clima\n\nA seca vai piorar, segundo 40 investigadores do clima.", "pt", "A seca", "40 investigadores do clima"),
    ("Климат\n\nЗасуха усилится, по словам более двухсот учёных из разных стран.", "ru", "Засуха",
     "более двухсот учёных из разных стран"),
])
def test_a_counted_group_is_a_source_up_to_its_noun(run, text, lang, snippet, speaker):
    assert _speaker_of(run(text, lang), snippet) == speaker


def test_a_name_never_runs_from_the_title_line_into_the_body(run):
    a = run("Климат\n\nЗасуха усилится, по словам учёных.", "ru")
    assert not any("\n" in m.text for e in a.entities for m in e.mentions), [e.name for e in a.entities]


def test_a_name_in_quote_marks_inside_the_attribution(run):
    """The organisation in quote marks inside "Name, title da “Org” disse, …: “…”" neither ends the search for
    the speaker nor becomes the speaker."""
    a = run("Clima\n\nO relatório foi publicado ontem.\n\nAmy Luers, diretora executiva da “Future Earth” disse, "
            "citada no documento: “As nossas ações na próxima década determinarão o nosso futuro coletivo”.", "pt")
    assert _speaker_of(a, "As nossas ações") == "Amy Luers"


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    # a reporting verb of justification; a title of the police; a body with its acronym in brackets
    ('Preços\n\n"Os custos da energia subiram muito", justificou o presidente da associação, Carlos Mendes.', "pt",
     "Os custos da energia", "Carlos Mendes"),
    ("Crime\n\nPara a delegada Ana Ribeiro, da Polícia Federal, os ataques partem do exterior. Segundo a delegada, os "
     "suspeitos usam contas falsas.", "pt", "os suspeitos usam", "Ana Ribeiro"),
    ("Emprego\n\nO desemprego caiu para 6% em março, anunciou o Instituto Nacional de Estatística (INE).", "pt",
     "O desemprego caiu", "(INE)"),
    # the body a cited survey is by; a cited note with no author of its own is that of the statement before it
    ("Emprego\n\nO desemprego caiu 2% no trimestre, segundo levantamento divulgado nesta terça-feira (11) pela "
     "Confederação Nacional do Comércio.", "pt", "O desemprego caiu", "Confederação Nacional do Comércio"),
    ("Vacinas\n\nO Ministério da Saúde anunciou, em comunicado, que a campanha começa em maio. Segundo a nota, a "
     "vacina será gratuita para todos.", "pt", "a vacina será", "Ministério da Saúde"),
    # many of a role opening the sentence, a plural verb; an infinitive after the verb; "não tem dúvidas de que"
    ("Escolas\n\nOs professores aceitaram o acordo, mas dizem que os salários continuam baixos.", "pt",
     "os salários continuam", "Os professores"),
    ("Bancos\n\nA Deco diz ter recebido 3.000 queixas sobre o tema este ano.", "pt", "recebido 3.000", "Deco"),
    ("Crise\n\nO economista Rui Matos, da Universidade do Minho, não tem dúvidas de que a crise vai piorar.", "pt",
     "a crise vai piorar", "Rui Matos"),
    ("Água\n\nA Quercus exige que o Governo reveja a lei das águas até ao fim do ano.", "pt", "o Governo reveja",
     "Quercus"),
    # "Как заявила X, …": not "Как"; the clause after the quote is hers too
    ("Лекарства\n\nКак заявила на брифинге официальный представитель ведомства Анна Орлова, лекарства «есть в наличии "
     "в достаточном количестве», а перебои носят временный характер.", "ru", "есть в наличии", "Анна Орлова"),
    ("Лекарства\n\nКак заявила на брифинге официальный представитель ведомства Анна Орлова, лекарства «есть в наличии "
     "в достаточном количестве», а перебои носят временный характер.", "ru", "перебои носят", "Анна Орлова"),
    # a paper in the dative in quote marks is who was told; a body after adjectives and a preposition
    ("Лекарства\n\nВ российском представительстве компании, попросившем не называть его, «Известиям» сообщили, что "
     "поставки задерживаются.", "ru", "поставки задерживаются", "представительстве"),
    # a body and the name of whose body it is in the genitive
    ("Рыба\n\nУлов составил 100 тыс. тонн, сообщили в Западном территориальном управлении Росрыболовства.", "ru",
     "Улов составил", "Росрыболовства"),
    # a surname that does not decline; a title of a trade
    ("Рыба\n\nЗаместитель министра Павел Седых заявил, что решение будет принято в мае.", "ru", "решение будет",
     "Седых"),
    ("Икра\n\n«Раньше икру брали банками, а теперь по сто граммов», — говорит продавщица Центрального рынка Надежда "
     "Ким.", "ru", "Раньше икру", "Надежда Ким"),
    # a spokesman of a body, not the person named before; one of a body's officials
    ("अपराध\n\nपुलिस अधीक्षक नेहा चौधरी ने कहा कि खाते फ्रीज किए गए हैं। दिल्ली पुलिस के प्रवक्ता ने बताया कि राजधानी में "
     "2,400 मामले दर्ज हुए हैं।", "hi", "राजधानी में", "दिल्ली पुलिस के प्रवक्ता"),
    ("प्याज\n\nकृषि मंत्री राम सिंह ने कहा कि कीमतें घटेंगी। नेफेड के एक अधिकारी ने बताया कि स्टॉक में करीब 4 लाख टन प्याज है।",
     "hi", "स्टॉक में", "नेफेड"),
    # the next sentence of a source's data, with a figure and no source of its own
    ("Жилища\n\nЦените на жилищата са се повишили с 15,8%, според данни на НСИ. В София ръстът е 18,4%.", "bg",
     "В София ръстът", "НСИ"),
])
def test_eighth_batch_constructions(run, text, lang, snippet, speaker):
    assert speaker in (_speaker_of(run(text, lang), snippet) or "")


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    # a name whose first words the names layer left out, after a connector ("Maria do Céu Fontes")
    ('Seca\n\nO autarca João Silva disse que a seca é grave.\n\nMaria do Céu Fontes, de 58 anos, vive em Tabuaço. '
     '"Os meus pais viveram disto, eu já não consigo", contou, emocionada.', "pt", "Os meus pais", "Fontes"),
    # a title of another clause does not make a name a person; a middle name in -a is no woman's first name
    ("Saúde\n\nO Ministério da Saúde anunciou o plano. O secretário de Estado Fernando Baptista Correia garante que o "
     "Orçamento do Estado reforça os hospitais. Ele disse que a verba chega em março.", "pt", "a verba chega",
     "Fernando Baptista Correia"),
    # a man's first name tells the gender of a surname that does not ("Гончаренко")
    ("Рыба\n\nЭксперт Виктор Жуланов считает, что вода стала теплее. «Рыба ушла на север», — рассказал он.\n\n"
     "Губернатор Алексей Гончаренко заявил, что регион попросит помощи. «Без помощи не обойтись», — подчеркнул "
     "глава региона.\n\nПо его словам, ущерб оценивается в 5 млрд рублей.", "ru", "ущерб оценивается", "Гончаренко"),
])
def test_eighth_batch_resolution(run, text, lang, snippet, speaker):
    assert speaker in (_speaker_of(run(text, lang), snippet) or "")


def test_a_paper_in_the_dative_is_neither_speech_nor_part_of_the_speaker(run):
    a = run("Лекарства\n\nПредседатель союза Тимур Валиев предупредил об опасности. «Каждая вынужденная замена — это "
            "риск», — сказал Валиев «Коммерсанту».", "ru")
    assert _speaker_of(a, "Каждая вынужденная") == "Тимур Валиев"
    assert not any(q.content.text == "Коммерсанту" for q in a.quotes)


def test_interview_answers_are_the_interviewees(run):
    a = run("Golpes\n\nA reportagem conversou com a advogada Juliana Rezende, especialista em direito do "
            "consumidor.\n\nQuem cai no golpe consegue o dinheiro de volta?\n\nDepende da rapidez. A recuperação "
            "fica em torno de 10% dos casos.\n\nO banco é obrigado a ressarcir?\n\nNem sempre. Se o cliente "
            "entregou a senha, a responsabilidade tende a ser dele.", "pt")
    assert _speaker_of(a, "Depende da rapidez") == "Juliana Rezende"
    assert _speaker_of(a, "Nem sempre") == "Juliana Rezende"
    assert next(c for c in a.claims if "10%" in c.span.text).claimant == "Juliana Rezende"


def test_rhetorical_questions_without_an_interview_are_no_answers(run):
    a = run("Golpes\n\nO golpe do falso funcionário cresce no país, disse o diretor Adriano Volpato.\n\nQuem paga a "
            "conta?\n\nOs bancos dizem que não são responsáveis.\n\nE o cliente?\n\nFica sem o dinheiro na maioria dos "
            "casos.", "pt")
    assert not any(q.cue == "interview answer" for q in a.quotes)


def test_counted_groups_without_digits_are_claims(run):
    a = run("Protesto\n\nCerca de duas centenas de viticultores concentraram-se frente à sede do instituto.", "pt")
    assert any("duas centenas" in c.span.text for c in a.claims)


def test_a_stance_word_reports_only_before_de_que(run):
    a = run("Eleições\n\nWashington e outros governos estrangeiros lançaram dúvidas sobre os resultados oficiais "
            "que deram a vitória ao atual presidente.", "pt")
    assert not any("deram a vitória" in q.content.text for q in a.quotes)


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    # "prosseguiu" reports; a cited note right after the paragraph of its body's statement
    ('Sanções\n\n"As medidas são necessárias para travar a guerra", prosseguiu o Ministério da Justiça.', "pt",
     "As medidas são", "Ministério da Justiça"),
    ('Sanções\n\n"As medidas são necessárias para travar a guerra", prosseguiu o Ministério da Justiça.\n\nSegundo o '
     "comunicado, as sanções entram em vigor amanhã.", "pt", "as sanções entram", "Ministério da Justiça"),
    # a man's first name in the genitive tells no subject: "Он" is still Peskov
    ("Кремль\n\nПресс-секретарь президента Дмитрий Песков отказался комментировать слова Дональда Трампа. Он добавил, "
     "что слова экс-президента свидетельствуют о непонимании ситуации.", "ru", "слова экс-президента",
     "Дмитрий Песков"),
    # "वहीं" (meanwhile) opens the clause, it is no part of the speaker
    ("यूक्रेन\n\nबैठक में कई देशों ने हिस्सा लिया। वहीं यूरोपीय आयोग के एक अधिकारी ने कहा कि बैठक में सहमति बन रही थी।", "hi",
     "बैठक में सहमति", "यूरोपीय आयोग के एक अधिकारी"),
])
def test_eighth_batch_precision(run, text, lang, snippet, speaker):
    assert _speaker_of(run(text, lang), snippet) == speaker


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    # "na avaliação de" is a source phrase
    ("Justiça\n\nNa avaliação do professor Caio Bittencourt, a decisão pode abrir um precedente importante.", "pt",
     "a decisão pode abrir", "Caio Bittencourt"),
    # "jurista" is a role noun: "Para o jurista X, …"
    ("Futebol\n\nPara o jurista Tiago Lucena, o caso mostra as fragilidades do modelo das sociedades desportivas.",
     "pt", "o caso mostra", "Tiago Lucena"),
    # a relative clause between the subject and its verb
    ("Mineração\n\nA Serra Alta, que foi vendida em 2024 ao grupo canadense Northridge, informou que não comenta "
     "processos de ex-funcionários.", "pt", "não comenta processos", "Serra Alta"),
    ("Пчёлы\n\nВ агрохолдинге «Тамыр», чьи поля граничат с пасеками, заявили, что обработка проводилась по "
     "регламенту.", "ru", "обработка проводилась", "Тамыр"),
    # "&" inside a name
    ('Tribunal\n\nEm nota, o escritório Prado & Vilela Advogados sustenta que os laudos da acusação estão errados.',
     "pt", "os laudos da acusação", "Prado & Vilela Advogados"),
    # many of a role open the sentence: not the place named in their phrase
    ("Lama\n\nOs moradores do bairro Vila do Sapé, o mais atingido pela lama, dizem que a reconstrução nunca saiu do "
     "papel.", "pt", "a reconstrução nunca", "Os moradores"),
    # a reporting verb opening the sentence with no subject (Portuguese, Bulgarian)
    ("Futebol\n\nO capitão, Nuno Brás, falou em nome do balneário à saída do treino. Disse que o grupo está unido e "
     "vai continuar a treinar.", "pt", "o grupo está unido", "Nuno Brás"),
    ("Оставка\n\nКметът Петър Андонов се срещна с журналисти в понеделник. Каза, че няма да подаде оставка заради "
     "кризата.", "bg", "няма да подаде оставка", "Петър Андонов"),
    # "classificou … como" reports; "a defesa" is a body
    ('Tribunal\n\nA defesa dos ex-diretores classificou a condenação como "injusta e tecnicamente equivocada".', "pt",
     "injusta e tecnicamente", "defesa dos ex-diretores"),
    # "conta que" reports
    ("Saúde\n\nA agricultora Edileuza Ramos passou oito dias internada. Ela conta que teve febre alta e dores "
     "fortes.", "pt", "teve febre alta", "Edileuza Ramos"),
    # "Para os familiares das vítimas, …": many of a role as an opening source
    ("Tragédia\n\nPara os familiares das vítimas, a sentença chega tarde demais.", "pt", "a sentença chega",
     "familiares das vítimas"),
    # "Para o prefeito de Linhares, Wanderson Bravim, …": the name in apposition, not the place
    ("Saúde\n\nPara o prefeito de Linhares, Wanderson Bravim, o estado demorou a reagir ao surto.", "pt",
     "o estado demorou", "Wanderson Bravim"),
    # bodies named by a common noun: департамент, прокуратура
    ("Мост\n\nКак сообщили в областном департаменте транспорта, специалисты обнаружили трещины в опорах.", "ru",
     "специалисты обнаружили", "департаменте"),
    ("Мост\n\nВ региональной прокуратуре заявили, что начали проверку подрядчика.", "ru", "начали проверку",
     "прокуратуре"),
    # a dash inside dash speech is the speech's own: the attribution's dash follows a comma or comes before the verb
    ("Мост\n\nГлава поселения Нина Кудряшова рассказала о проблемах.\n\n— У нас фельдшер, школа, магазин — всё на том "
     "берегу. Скорая будет ехать долго, — сказала Кудряшова.", "ru", "У нас фельдшер", "Нина Кудряшова"),
    # "Такие данные опубликовало X": a pointer opener with a verb that reports only after it
    ("Авторынок\n\nПродажи новых автомобилей в марте сократились на 28%. Такие данные во вторник опубликовало "
     "агентство «Автостат».", "ru", "Продажи новых автомобилей", "Автостат"),
    # an adverb between the subject and its verb
    ("Отпадъци\n\nЕколозите от сдружение „Зелена Струма“ обаче смятат, че кризата е показателна за страната.", "bg",
     "кризата е показателна", "Еколозите от сдружение „Зелена Струма“"),
    # "यह जानकारी दी": the sentence before is the subject's
    ("कोचिंग\n\nसरकार ने कोचिंग संस्थानों के लिए नए नियम जारी किए हैं। शिक्षा मंत्री सुरेंद्र राठौड़ ने मंगलवार को यह जानकारी दी।",
     "hi", "नए नियम जारी", "सुरेंद्र राठौड़"),
    # "X ने Y पर … का आरोप लगाया": the accusation
    ("कोचिंग\n\nविपक्ष के नेता हरीश मीणा ने सरकार पर देर से जागने का आरोप लगाया।", "hi", "देर से जागने", "हरीश मीणा"),
])
def test_ninth_batch_constructions(run, text, lang, snippet, speaker):
    assert _speaker_of(run(text, lang), snippet) == speaker


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    # "по техни данни", "по их данным": many or a body, never the last person
    ("Отпадъци\n\nЕколозите от сдружение „Зелена Струма“ обаче смятат, че кризата е показателна. По техни данни поне "
     "30 общини имат задължения.", "bg", "поне 30 общини", "Струма"),  # (the entity the names layer found)
    ("Ипотека\n\nКак рассказал журналистам вице-президент банка Олег Ткачук, портфель вырос на 3%.\n\nЭксперты «Циан» "
     "фиксируют рост предложения: по их данным, в Москве в продаже около 95 тысяч квартир.", "ru",
     "в Москве в продаже", "Эксперты «Циан»"),
])
def test_ninth_batch_resolution(run, text, lang, snippet, speaker):
    assert _speaker_of(run(text, lang), snippet) == speaker


def test_a_sentence_opening_verb_is_not_said_by_a_name_inside_a_quote(run):
    a = run('Guerra\n\n"Disse ao presidente [Emmanuel Macron] que temos de parar", acrescentou.\n\nSalientou que o '
            "Ocidente está apenas a ajudar a Rússia com estas hesitações.", "pt")
    assert all(q.speaker != "Emmanuel Macron" for q in a.quotes if "o Ocidente está" in q.content.text)


def test_a_sentence_opening_verb_before_a_colon_is_no_speaker(run):
    a = run('Guerra\n\nO Presidente Vladimir Putin falou à televisão estatal.\n\nEspecificou que as forças estão '
            'preparadas: "Do ponto de vista militar, é claro que estamos prontos para tudo."', "pt")
    assert all(q.speaker != "Especificou" for q in a.quotes)


def test_a_verb_that_reports_only_after_a_pointer_says_nothing_alone(run):
    a = run('Разведка\n\nПолный текст донесения российского разведчика опубликовал журнал "Разведчик".', "ru")
    assert not any(q.speaker for q in a.quotes)


def test_numbers_in_words_before_a_scale_are_claims(run):
    a = run("कोचिंग\n\nकोटा में करीब दो लाख छात्र प्रवेश परीक्षाओं की तैयारी करते हैं।", "hi")
    assert any("दो लाख" in c.span.text for c in a.claims)


@pytest.mark.parametrize("text, lang, snippet, speaker", [
    # a person named inside a quote is spoken about: a verb with no subject after it is not theirs
    ('Guerra\n\nO presidente lituano, Gitanas Nauseda, falou em Paris.\n\n"Ontem disse ao presidente Emmanuel Macron '
     'que temos de parar com as linhas vermelhas", acrescentou.', "pt", "Ontem disse", "Gitanas Nauseda"),
    ("Переговоры\n\nБывший премьер Украины Николай Азаров выступил в эфире телеканала.\n\n«Ничего серьёзного в "
     "позиции Владимира Зеленского я не вижу», — отметил он.", "ru", "Ничего серьёзного", "Николай Азаров"),
])
def test_names_inside_quotes_are_no_antecedents(run, text, lang, snippet, speaker):
    assert _speaker_of(run(text, lang), snippet) == speaker


def test_a_name_in_quote_marks_before_a_relative_clause_is_no_speech(run):
    a = run("Урожай\n\nВ холдинге «Агросила», который владеет элеваторами под Тамбовом, пояснили, что урожай собран "
            "на 80 процентов.", "ru")
    assert not any(q.content.text == "Агросила" for q in a.quotes)
    assert "Агросила" in next(c for c in a.claims if "80 процентов" in c.span.text).claimant


def test_the_head_of_a_body_without_a_name_is_the_person_quoted_before_in_the_paragraph(run):
    a = run("Конкуренция\n\nКак сообщил руководитель Федеральной антимонопольной службы Николай Веселов, проверка "
            "закончится к маю. «Мы не видим оснований для повышения цен на цемент», — подчеркнул глава ФАС на "
            "брифинге.", "ru")
    assert _speaker_of(a, "Мы не видим оснований") == "Николай Веселов"


def test_the_head_of_a_body_is_nobody_quoted_in_another_paragraph(run):
    a = run("Конкуренция\n\nЭкономист Николай Веселов считает, что цены на цемент вырастут.\n\n«Мы не видим оснований "
            "для повышения цен», — подчеркнул глава ФАС на брифинге.", "ru")
    assert _speaker_of(a, "Мы не видим оснований") != "Николай Веселов"


def test_a_person_named_after_a_profession_and_a_body_speaks_not_the_body(run):
    a = run("Землетрясение\n\nКак сообщила ведущий сейсмолог Камчатского филиала Геофизической службы Ольга Чернова, "
            "повторные толчки продлятся ещё неделю.", "ru")
    assert _speaker_of(a, "повторные толчки") == "Ольга Чернова"


def test_a_company_pointed_back_at_is_the_company_named_before(run):
    a = run("Связь\n\nПредставители компании «Телесеть» заявили, что тарифы не изменятся до конца года. Как уточнили "
            "в компании, новые вышки построят в районе к осени.", "ru")
    assert "Телесеть" in (_speaker_of(a, "новые вышки построят") or "")


def test_dash_interview_answers_are_the_interviewees(run):
    a = run("Школы\n\nДиректор лицея Ирина Сомова в интервью нашему корреспонденту рассказала, что набор в первые "
            "классы закрыт.\n\n— Ирина Петровна, сколько детей придёт первого сентября?\n\n— Около ста двадцати, "
            "это на треть больше, чем в прошлом году.\n\n— Родители жалуются на очереди при записи.\n\n— Мы открыли "
            "запись через портал госуслуг, и очередей больше нет.", "ru")
    assert _speaker_of(a, "Около ста двадцати") == "Ирина Сомова"
    assert _speaker_of(a, "Мы открыли запись") == "Ирина Сомова"
    assert _speaker_of(a, "сколько детей придёт") is None


def test_dash_dialogue_without_an_interview_gives_no_answers(run):
    a = run("Рынок\n\nНа рынке в субботу было многолюдно, рассказала продавщица Ирина Сомова.\n\n— Почём "
            "картошка?\n\n— Сорок рублей за килограмм, берите.\n\n— А морковь?\n\n— Морковь кончилась ещё утром.",
            "ru")
    assert not any(q.cue == "interview answer" for q in a.quotes)
# -- tenth round (Portuguese) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, snippet, speaker", [
    # a councillor is a title: the name in apposition after "Para o vereador do X," is the source
    ("Obras\n\nO governo aprovou a lei. Para a vereadora do Livre, Marta Lobo, o plano «não passa de um folheto "
     "eleitoral» e deve ser retirado.", "não passa de um folheto", "Marta Lobo"),
    # a lorry driver is a role: the person so introduced is who speaks next
    ('Porto\n\nA Associação de Hotelaria anunciou a subida dos preços.\n\nPara o camionista Jorge Vaz, de 52 anos, '
     'que trabalha no porto há duas décadas, a obra chega tarde. "Perdi metade dos clientes desde o verão passado", '
     'contou.',
     "Perdi metade dos clientes", "Jorge Vaz"),
])
def test_pt_councillors_and_drivers_are_titles(run, text, snippet, speaker):
    assert _speaker_of(run(text, "pt"), snippet) == speaker


def test_pt_and_inside_a_body_name_read_backwards(run):
    a = run("Seca\n\nO Ministério da Agricultura e Pescas informou que vai pagar 20 milhões de euros aos produtores.",
            "pt")
    assert _speaker_of(a, "vai pagar 20 milhões") == "Ministério da Agricultura e Pescas"


@pytest.mark.parametrize("text, snippet, speaker", [
    ('Cultura\n\nA ministra da Cultura, Teresa Vidal, visitou o teatro na segunda-feira. Na opinião da ministra, o '
     'edifício "precisa de obras" antes do inverno.', "o edifício", "Teresa Vidal"),
    ("Preços\n\nO economista Paulo Reis esteve no debate. No entender do economista, a inflação vai cair até ao fim do "
     "ano.", "a inflação vai cair", "Paulo Reis"),
])
def test_pt_opinion_phrases_with_a_contraction(run, text, snippet, speaker):
    assert _speaker_of(run(text, "pt"), snippet) == speaker


def test_pt_ironic_reply_is_a_reporting_verb(run):
    a = run('Estacionamento\n\nA Câmara aprovou novas tarifas.\n\n— Agora até os pombos pagam estacionamento — '
            'ironizou o deputado municipal Rui Alves.', "pt")
    assert _speaker_of(a, "Agora até os pombos") == "Rui Alves"


def test_pt_party_member_nouns_stand_for_the_person_not_for_a_body(run):
    a = run("Renda\n\nA deputada do PS, Inês Moura, votou contra o diploma. A socialista lembrou que a lei foi "
            "aprovada sem debate público.", "pt")
    assert _speaker_of(a, "a lei foi aprovada") == "Inês Moura"
    b = run("Défice\n\nA deputada Inês Moura criticou o plano. O Governo socialista garantiu que o défice vai descer "
            "no próximo ano.", "pt")
    assert _speaker_of(b, "o défice vai descer") == "Governo"  # (an adjective after a capitalised noun)


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Prazos\n\nA ministra Ana Freire falou aos jornalistas. Reconheceu, apesar disso, que o prazo é curto para as "
     "escolas.", "o prazo é curto", "Ana Freire"),
    ("Portagens\n\nO deputado Nuno Sá votou contra. Defendeu a redução da portagem para 2 euros e pediu um estudo.",
     "a redução da portagem", "Nuno Sá"),
])
def test_pt_a_sentence_opening_verb_with_an_aside_or_an_opinion_object(run, text, snippet, speaker):
    assert _speaker_of(run(text, "pt"), snippet) == speaker


def test_pt_an_opening_verb_before_its_own_subject_is_not_said_by_the_last_speaker(run):
    a = run("Vagas\n\nO deputado Nuno Sá votou contra. Anunciou o Governo a criação de 300 vagas nas creches.", "pt")
    assert all(q.speaker != "Nuno Sá" for q in a.quotes if "300 vagas" in q.content.text)


def test_pt_an_infinitive_right_after_a_reporting_verb_is_what_was_said(run):
    a = run("Concursos\n\nO reitor da universidade, Paulo Sena, garantiu desconhecer as queixas dos estudantes.", "pt")
    assert _speaker_of(a, "as queixas dos estudantes") == "Paulo Sena"


def test_pt_a_quote_after_a_paragraph_ending_with_a_colon(run):
    a = run("Museu\n\nA diretora do museu, Clara Antunes, recebeu os jornalistas na sexta-feira.\n\nNo final da "
            "visita, a diretora respondeu às críticas sobre o preço dos bilhetes:\n\n\"O museu não recebe um cêntimo "
            "do Estado desde 2019. Sem bilheteira, fechamos.\"", "pt")
    assert _speaker_of(a, "O museu não recebe") == "Clara Antunes"


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Educação\n\nA Secretaria de Educação de Goiás abriu as inscrições. A secretaria calcula que 12 mil alunos fiquem "
     "sem transporte.", "12 mil alunos", "Secretaria de Educação de Goiás"),
    ("Benefício\n\nA Prefeitura de Niterói lançou o edital na terça-feira. A prefeitura informou que 12 mil famílias "
     "devem receber o benefício.", "12 mil famílias", "Prefeitura de Niterói"),
])
def test_pt_a_secretariat_or_city_hall_named_by_its_common_noun(run, text, snippet, speaker):
    assert _speaker_of(run(text, "pt"), snippet) == speaker


def test_pt_no_speaker_after_que(run):
    a = run('Previsões\n\nO ministro das Finanças, Rui Matos, falou no parlamento. Disse ainda que o Banco de Portugal '
            '"vai rever as previsões em breve".', "pt")
    assert _speaker_of(a, "vai rever as previsões") == "Rui Matos"


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Renda\n\nA deputada Joana Rebelo absteve-se na votação por considerar que o texto ignora os inquilinos.",
     "o texto ignora", "Joana Rebelo"),
    ("Jogo\n\nO treinador Mário Lino deixou a sala ao afirmar que a arbitragem foi vergonhosa.",
     "a arbitragem foi", "Mário Lino"),
])
def test_pt_a_reporting_infinitive_after_por_or_ao(run, text, snippet, speaker):
    assert _speaker_of(run(text, "pt"), snippet) == speaker


def test_pt_a_person_in_apposition_after_a_titles_body_in_a_source_phrase(run):
    a = run("Gás\n\nO Kremlin reagiu. Segundo o porta-voz do Kremlin, Dmitry Peskov, a Rússia vê os confrontos como "
            "inevitáveis.", "pt")
    assert _speaker_of(a, "vê os confrontos") == "Dmitry Peskov"


def test_pt_como_before_a_reporting_verb_is_no_speaker(run):
    a = run('Saúde\n\nA equipa regressou. Como lembrou a presidente da comissão, Helena Vaz, "nenhum hospital pode '
            'funcionar sem médicos de família".', "pt")
    assert _speaker_of(a, "nenhum hospital pode") == "Helena Vaz"


def test_pt_an_acronym_whose_name_runs_back_past_the_paragraph_does_not_crash(run):
    a = run("Vírus\n\nNovos surtos do vírus “paralisante” do Nilo Ocidental\n\nO Centro Europeu de Prevenção e "
            "Controlo de Doenças (ECDC) afirma que houve novos surtos em partes da Grécia e Itália.", "pt")
    assert "ECDC" in _speaker_of(a, "houve novos surtos")


@pytest.mark.parametrize("text, snippet, not_speaker", [
    # a plural verb opening a sentence is said by many, not by whoever spoke last
    ("Calor\n\nO secretário-geral da ONU, António Guterres, falou em Nova Iorque. Um grupo de especialistas publicou "
     "um relatório na quarta-feira. Acrescentaram, ainda, que a saúde da humanidade corre um sério risco.",
     "a saúde da humanidade", "António Guterres"),
    # "conta" + infinitive counts on something: no speech
    ("Guerra\n\nO ministro Pedro Vale falou ontem. Kiev conta atrair a atenção do público internacional com a visita.",
     "atrair a atenção", "Kiev"),
])
def test_pt_guards_of_the_tenth_round(run, text, snippet, not_speaker):
    a = run(text, "pt")
    assert all(q.speaker != not_speaker for q in a.quotes if snippet in q.content.text)


# -- Bulgarian, tenth round --------------------------------------------------------------------------------------

def test_bg_dash_interview_answers_are_the_interviewees_words(run):
    a = run("Пенсии\n\nВ интервю за БНТ икономистът Петър Ганев обясни какво следва.\n\n– Кога ще има индексация?\n\n"
            "– През юли, както всяка година. Размерът зависи от инфлацията.\n\n– А минималната пенсия?\n\n"
            "– Тя също ще се увеличи, но не много.", "bg")
    assert "Ганев" in (_speaker_of(a, "Размерът зависи") or "")


def test_bg_an_adverb_between_a_verb_opening_the_sentence_and_che(run):
    a = run("Мост\n\nКметът Иван Колев откри новия мост над реката. „Това е най-важният обект за града“, каза той. "
            "Посочи също, че ремонтът на пътя ще започне през май.", "bg")
    assert "Колев" in (_speaker_of(a, "ремонтът на пътя") or "")


def test_bg_a_relative_clause_about_the_object_before_che(run):
    a = run("Болници\n\nМинистърът на здравеопазването Анна Стоянова обвини болниците, които отказват прием на "
            "пациенти, че нарушават закона за лечебните заведения.", "bg")
    assert "Стоянова" in (_speaker_of(a, "нарушават закона") or "")


def test_bg_a_person_and_the_body_they_work_for_before_the_verb(run):
    a = run("Ваксини\n\nД-р Людмила Петрова от Катедрата по епидемиология на Медицинския университет в Пловдив "
            "смята, че ваксината е безопасна за децата.", "bg")
    assert "Петрова" in (_speaker_of(a, "ваксината е безопасна") or "")


def test_bg_a_plural_verb_and_a_body_named_by_an_adjective_and_a_noun(run):
    a = run("Пожар\n\nДвама души са пострадали при пожар в склад край Русе, съобщиха от регионалната пожарна служба.",
            "bg")
    assert _speaker_of(a, "Двама души са пострадали") == "регионалната пожарна служба"


def test_bg_a_body_noun_runs_on_to_the_name_of_its_body(run):
    a = run("Улици\n\nОт пресцентъра на Столична община съобщиха, че ремонтът на улицата ще приключи до петък.", "bg")
    assert "Столична община" in (_speaker_of(a, "ремонтът на улицата") or "")


def test_bg_a_comma_before_a_conjunction_belongs_to_the_statement_not_the_source(run):
    a = run("Население\n\nПо данни на НСИ в областта живеят 120 000 души, а през 2011 г. са били 150 000.", "bg")
    assert _speaker_of(a, "живеят 120 000 души") == "НСИ"


def test_bg_a_bodys_complement_ends_with_its_noun(run):
    a = run("Работа\n\nПо данни на Агенцията по заетостта безработицата в страната е 4 процента.", "bg")
    assert _speaker_of(a, "безработицата в страната") == "Агенцията по заетостта"


def test_bg_a_demonstrative_after_a_source_noun_opens_the_statement(run):
    a = run("Криза\n\nСпоред икономистите това не е краят на кризата в страната.", "bg")
    assert _speaker_of(a, "не е краят на кризата") == "икономистите"


def test_bg_a_relative_after_spored_names_no_source(run):
    a = run("Пенсии\n\nДокладът предлага нов модел, според който пенсиите ще растат всяка година с инфлацията.", "bg")
    assert all(q.speaker is None or "който" not in q.speaker for q in a.quotes)


def test_bg_a_future_particle_after_a_source_noun_opens_the_statement(run):
    a = run("Цени\n\nПо-бедните домакинства според анализаторите ще плащат повече за ток през зимата.", "bg")
    assert _speaker_of(a, "плащат повече за ток") == "анализаторите"


def test_bg_a_place_in_the_genitive_is_no_part_of_the_name_after_it(run):
    a = run("Габрово\n\nКметът на Габрово Таня Христова заяви, че общината ще кандидатства за нов проект по "
            "програмата.", "bg")
    assert _speaker_of(a, "общината ще кандидатства") == "Таня Христова"


def test_bg_a_comma_before_a_subordinate_clause_after_a_pronoun_source_belongs_to_the_statement(run):
    a = run("Бюджет\n\nИкономистката Мария Петрова коментира бюджета. Според нея заплатите можеха да растат по-бързо, "
            "ако бюджетът беше приет навреме.", "bg")
    assert "Петрова" in (_speaker_of(a, "заплатите можеха да растат") or "")


def test_bg_a_plural_verb_from_an_adjective_and_a_noun_that_is_no_body_names_no_source(run):
    a = run("Среща\n\nДвамата лидери се договориха за нови санкции срещу режима, съобщиха от вчерашната среща.", "bg")
    assert all(q.speaker != "вчерашната среща" for q in a.quotes)


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Война\n\nПремиерът Виктор Орбан говори в Будапеща. Според Орбан Брюксел води Европа към война с Русия.",
     "води Европа към война", "Виктор Орбан"),
    ("Избори\n\nСпоред Стефанов България трябва да смени изборния кодекс до есента.", "трябва да смени", "Стефанов"),
])
def test_bg_a_name_after_the_source_in_a_source_phrase_is_the_statements_subject(run, text, snippet, speaker):
    assert _speaker_of(run(text, "bg"), snippet) == speaker


# -- eleventh Portuguese round ----------------------------------------------------------------------------------------

def test_pt_a_verb_joined_by_e_after_a_quote_takes_no_subject_after_it(run):
    a = run('Portagens\n\nO autarca Jorge Silveira disse na segunda-feira que as portagens "são um imposto sobre o '
            'interior" e acusou o Governo de abandono.', "pt")
    assert _speaker_of(a, "são um imposto sobre") == "Jorge Silveira"


@pytest.mark.parametrize("text, snippet, speaker", [
    ('Obras\n\nO engenheiro Carlos Meireles, da Universidade do Minho, estudou a ponte durante meses. '
     'Questionado sobre o risco de colapso, o engenheiro foi claro:\n\n"A ponte aguenta, mas precisa de obras já este '
     'ano."',
     "A ponte aguenta", "Carlos Meireles"),
    ('Pesca\n\nA pescadora Rosa Teixeira vive da apanha de bivalves há trinta anos. Perguntada sobre o futuro, ela '
     'foi categórica:\n\n"Os meus filhos já não querem ir ao mar, e eu percebo porquê."',
     "Os meus filhos", "Rosa Teixeira"),
])
def test_pt_a_participle_of_being_asked_before_the_subject_of_a_colon(run, text, snippet, speaker):
    assert _speaker_of(run(text, "pt"), snippet) == speaker


def test_pt_a_bare_title_is_not_the_tail_of_a_compound_title(run):
    a = run("Campus\n\nA reitora da Universidade de Évora, Ana Luísa Franco, inaugurou o edifício. O vice-reitor "
            "para a investigação, Miguel Sá Pinto, falou a seguir. A reitora garantiu que as obras terminam em "
            "maio.", "pt")
    assert _speaker_of(a, "as obras terminam") == "Ana Luísa Franco"


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Vacinas\n\nO Ministério da Saúde lançou a campanha na terça-feira. Em nota, a pasta informou que 3 milhões de "
     "doses já foram distribuídas.", "3 milhões de doses", "Ministério da Saúde"),
    ("Escolas\n\nA Secretaria de Educação do Recife adiou o início das aulas. Segundo a pasta, 40 escolas ainda estão "
     "em obras.", "40 escolas", "Secretaria de Educação do Recife"),
])
def test_pt_pasta_points_back_at_the_ministry_named_before(run, text, snippet, speaker):
    assert speaker in (_speaker_of(run(text, "pt"), snippet) or "")


@pytest.mark.parametrize("text, snippet, speaker", [
    ("Saneamento\n\nA deputada estadual Luciana Ferraz Moura (PT) visitou a obra. Conforme a parlamentar, 2 mil "
     "famílias continuam sem esgoto.", "2 mil famílias", "Luciana Ferraz Moura"),
    ('Abelhas\n\nO biólogo Tiago Serrano Vidal estuda as colmeias da serra há dez anos. Sobre o inverno, o biólogo '
     'afirmou que metade das colónias morreu.', "metade das colónias", "Tiago Serrano Vidal"),
])
def test_pt_role_nouns_of_the_eleventh_round(run, text, snippet, speaker):
    assert speaker in (_speaker_of(run(text, "pt"), snippet) or "")


def test_pt_repetiu_reports(run):
    a = run("Greve\n\nO líder sindical Artur Bento repetiu que os professores não aceitam o novo horário.", "pt")
    assert _speaker_of(a, "os professores não aceitam") == "Artur Bento"


def test_pt_a_person_after_a_titles_body_and_its_adjective(run):
    a = run("Fronteira\n\nDe acordo com o ministro do Interior polaco, Tomasz Wrona, a vedação custou 400 milhões de "
            "euros.", "pt")
    assert _speaker_of(a, "a vedação custou") == "Tomasz Wrona"


def test_pt_chefe_da_diplomacia_is_the_foreign_minister(run):
    a = run("Sanções\n\nA ministra das Relações Exteriores da Finlândia, Aino Virtanen, chegou a Roma. O "
            "primeiro-ministro italiano, Marco Ferri, disse que apoia o plano. A chefe da diplomacia finlandesa "
            "alertou que a fronteira continua fechada.", "pt")
    assert _speaker_of(a, "a fronteira continua fechada") == "Aino Virtanen"


def test_pt_a_fronted_phrase_before_an_apposed_subject(run):
    a = run("Cheias\n\nEm entrevista à rádio, o geógrafo Nuno Caldeira Lopes, da Faculdade de Ciências e Tecnologia da "
            "Universidade Nova de Lisboa, explicou que o rio subiu dois metros numa noite.", "pt")
    assert _speaker_of(a, "o rio subiu") == "Nuno Caldeira Lopes"


def test_pt_a_reporting_verb_after_mas_takes_the_sentences_opening_subject(run):
    a = run("Cimeira\n\nO chanceler da Áustria, Karl Brenner, que chegou atrasado à reunião, elogiou o acordo, mas "
            "lembrou que o seu país não enviará armas.", "pt")
    assert _speaker_of(a, "o seu país não enviará") == "Karl Brenner"


def test_pt_the_end_of_a_bodys_name_after_e_is_no_person(run):
    a = run("Ciência\n\nO senador Rogério Lins Castro (PL) disse que vai ouvir os reitores na Comissão de Educação e "
            "Cultura do Senado. Conforme o parlamentar, 14 universidades estão sem verba.", "pt")
    assert _speaker_of(a, "14 universidades") == "Rogério Lins Castro"  # (round 18: no party in the name)


def test_pt_the_one_accused_is_not_the_speaker(run):
    a = run('Clube\n\nO treinador Vasco Leal saiu na segunda-feira. O clube reagiu à noite. Em comunicado, acusa o '
            'treinador de "deixar a equipa sem rumo a meio da época".', "pt")
    assert all(q.speaker != "Vasco Leal" for q in a.quotes if "deixar a equipa" in q.content.text)


def test_ru_a_dash_interview_announced_by_sprosili(run):
    a = run("Тарифы\n\nО планах регулятора мы спросили директора энергетического департамента области Павла Сомова.\n"
            "— Павел Игоревич, когда вырастут тарифы?\n"
            "— Повышение запланировано на июль, раньше его не будет.\n"
            "— А льготы сохранятся?\n"
            "— Сохранятся для всех пенсионеров без исключения.", "ru")
    assert "Сомов" in _speaker_of(a, "Повышение запланировано")
    assert "Сомов" in _speaker_of(a, "Сохранятся для всех")


def test_ru_one_of_a_group_in_a_source_phrase_is_the_whole_group(run):
    a = run("Урожай\n\nЗасуха ударила по югу. По словам одного из местных фермеров, пшеницы в этом году соберут "
            "вдвое меньше.", "ru")
    assert "фермеров" in _speaker_of(a, "пшеницы в этом году")


def test_ru_a_blogger_named_before_is_the_bare_role_noun(run):
    a = run("Фронт\n\nВоенный блогер Павел Сухов обратил внимание на новые удары. «Противник бьет по мостам, чтобы "
            "отрезать снабжение», — пишет блогер.", "ru")
    assert _speaker_of(a, "Противник бьет по мостам") == "Павел Сухов"


def test_ru_skhoditsya_vo_mnenii_reports(run):
    a = run("Рынок\n\nАналитики банков сходятся во мнении, что ставка до конца года не изменится.", "ru")
    assert "Аналитики" in _speaker_of(a, "ставка до конца года")


def test_ru_a_titled_name_in_the_nominative_right_before_a_colon_speaks(run):
    a = run("Бюджет\n\nС оценкой министерства не согласен депутат Законодательного собрания Олег Рябинин: "
            "«Денег на ремонт дорог в бюджете нет».", "ru")
    assert _speaker_of(a, "Денег на ремонт дорог") == "Олег Рябинин"
    b = run("Бюджет\n\nЖурналисты обратились к министру финансов Ивану Петрову: «Когда выплатят долги?»", "ru")
    assert all(q.speaker != "Иван Петров" for q in b.quotes if "Когда выплатят" in q.content.text)
def test_bg_a_decision_verb_after_the_statement_gives_the_body(run):
    a = run("Вода\n\nЦената на водата в Русе ще се повиши с 12% от март, реши в сряда Комисията за енергийно и водно "
            "регулиране (КЕВР).", "bg")
    assert "КЕВР" in (_speaker_of(a, "Цената на водата в Русе") or "")


def test_bg_a_dash_before_a_lower_case_verb_after_a_question_is_the_attribution(run):
    a = run("Наеми\n\nСтудентката Йоана Стефанова плаща 800 лева наем.\n\n– Заплатата ми е 1200 лева. Как да живея? "
            "– пита Стефанова.", "bg")
    assert _speaker_of(a, "Заплатата ми е 1200 лева") == "Йоана Стефанова"


def test_bg_kakto_opening_a_sentence_is_no_speaker_of_its_quote(run):
    a = run("Митници\n\nМитницата в Свиленград също реагира. Както съобщиха от агенцията, новите скенери „ще скъсят "
            "опашките наполовина“.", "bg")
    assert _speaker_of(a, "ще скъсят опашките") != "Както"


def test_bg_a_source_phrase_runs_on_past_a_comma_before_a_relative_after_a_preposition(run):
    a = run("Образование\n\nПедагогът Мира Данаилова смята, че реформата закъснява. По думите ѝ България е "
            "сред страните в Европа, в които учителите са най-възрастни.", "bg")
    assert _speaker_of(a, "България е сред страните") == "Мира Данаилова"


def test_bg_the_short_definite_form_of_a_title_after_a_source_phrase(run):
    a = run("Пътища\n\nМинистърът на регионалното развитие Стефан Милушев откри отсечката. Според министъра от "
            "ремонтите ще се възползват 40 000 шофьори дневно.", "bg")
    assert _speaker_of(a, "от ремонтите ще се възползват") == "Стефан Милушев"


def test_bg_a_title_before_a_name_and_its_body_before_the_verb(run):
    a = run("Избори\n\nСоциологът Десислава Пеева от Центъра за анализ на данните смята, че избирателната "
            "активност ще падне под 40 процента.", "bg")
    assert _speaker_of(a, "избирателната активност") == "Десислава Пеева"


def test_bg_a_body_named_by_a_definite_adjective_opening_the_sentence(run):
    a = run("Граница\n\nПолитологът Тихомир Бонев коментира напрежението. Турското министерство на вътрешните работи "
            "съобщи, че границата остава отворена.", "bg")
    assert "министерство на вътрешните работи" in (_speaker_of(a, "границата остава отворена") or "")


def test_bg_an_agency_quoting_a_person_in_apposition_is_no_antecedent(run):
    a = run("Газ\n\nПремиерът на Словакия Роберт Фицо, цитиран от ТАСР, отиде по-далеч. Той заяви, че Братислава "
            "ще съди Комисията.", "bg")
    assert _speaker_of(a, "Братислава ще съди") == "Роберт Фицо"
    assert not any(q.speaker == "ТАСР" for q in a.quotes)


def test_bg_a_name_in_consonant_and_to_keeps_its_ending(run):
    a = run("Визита\n\nИталианският министър Роберто Кали заяви, че Рим подкрепя плана.", "bg")
    assert _speaker_of(a, "Рим подкрепя плана") == "Роберто Кали"


def test_bg_a_place_after_v_is_cut_from_the_name_after_it(run):
    a = run("Посещение\n\nВ разговор за bTV посланикът в Атина Тарас Федоренко коментира новите визи.\n\n"
            "– Ще отворите ли нов консулски пункт?\n\n– Да, през пролетта във Варна.\n\n– А кога ще има решение?\n\n"
            "– Очакваме го до края на месеца.", "bg")
    assert _speaker_of(a, "Очакваме го до края") == "Тарас Федоренко"


def test_bg_a_demand_with_za_is_reported(run):
    a = run("Медици\n\nБългарският лекарски съюз обяви протест. Съюзът настоява за нови правила за нощните "
            "дежурства в болниците.", "bg")
    assert _speaker_of(a, "нови правила за нощните") is not None


def test_bg_a_union_by_its_acronym_is_the_body_sindikata_points_back_at(run):
    a = run("Заплати\n\n„Парите не стигат“, коментира президентът на КНСБ Пламен Колев. Според изчисленията на "
            "синдиката издръжката на един човек е 1 100 лева.", "bg")
    assert _speaker_of(a, "издръжката на един човек") == "КНСБ"


def test_bg_sa_oplakvat_ot_is_reported(run):
    a = run("Шум\n\nЖивущите около летището се оплакват от нощните полети и от вибрациите на прозорците.", "bg")
    assert _speaker_of(a, "нощните полети") is not None


def test_bg_a_surname_in_the_genitive_before_a_lawyers_name(run):
    a = run("Дело\n\nЗащитникът на Колев Стоян Ганев заяви, че ще поиска нова експертиза.", "bg")
    assert _speaker_of(a, "ще поиска нова експертиза") == "Стоян Ганев"


def test_bg_spored_tyah_and_spored_men_are_no_one_person(run):
    a = run("Пазар\n\nЗемеделката Росица Кръстева разказа за срещата с прекупвачите. Според тях цената ще падне. "
            "Според мен пазарът е изкривен.", "bg")
    assert all(q.speaker != "Росица Кръстева" for q in a.quotes if "цената ще падне" in q.content.text)
    assert all(not (q.speaker or "").startswith("мен") for q in a.quotes)


def test_bg_ironizira_reports(run):
    a = run("Парламент\n\n„Това не е бюджет, а списък с желания“, иронизира депутатът Калин Стоянов.", "bg")
    assert _speaker_of(a, "Това не е бюджет") == "Калин Стоянов"


def test_bg_a_long_closing_attribution_before_tsitiran_ot(run):
    a = run("Климат\n\nПодобни помощи показват, че няма истинско желание за промяна, каза професор Ханс Майер от "
            "Берлинския институт за изследване на въздействието на климата, цитиран от Ройтерс.", "bg")
    assert _speaker_of(a, "няма истинско желание") == "Ханс Майер"
def test_pt_a_empresa_is_the_company_named_last_not_a_later_union(run):
    a = run("Têxteis\n\nOs trabalhadores da Fiação Lusa Norte pararam na sexta-feira, com o apoio do Sindicato "
            "dos Têxteis do Minho. A empresa garantiu que os salários de março serão pagos até ao dia 10.", "pt")
    assert _speaker_of(a, "os salários de março") == "Fiação Lusa Norte"


def test_pt_a_administracao_is_the_company_named_last(run):
    a = run("Papel\n\nA Celulose do Tejo vai fechar a linha de Setúbal. A administração admitiu que 90 postos de "
            "trabalho estão em risco.", "pt")
    assert _speaker_of(a, "90 postos de trabalho") == "Celulose do Tejo"


def test_pt_a_coordinators_body_then_the_person_after_the_comma(run):
    a = run('Saúde\n\n"Os enfermeiros estão exaustos e ninguém nos ouve", afirmou a coordenadora da federação, '
            'Teresa Vilaça.', "pt")
    assert _speaker_of(a, "Os enfermeiros estão exaustos") == "Teresa Vilaça"


def test_pt_o_orgao_points_back_at_the_body_named_last(run):
    a = run("Florestas\n\nO Instituto Florestal Nacional abriu 30 vagas para guardas. O órgão explicou que as "
            "contratações terminam em maio.", "pt")
    assert _speaker_of(a, "as contratações terminam") == "Instituto Florestal Nacional"


def test_pt_ong_in_capitals_points_back_at_the_body(run):
    a = run("Rios\n\nO Instituto Rios Vivos recolheu 4 toneladas de lixo no Douro. A ONG alertou que os plásticos "
            "chegam já à foz.", "pt")
    assert _speaker_of(a, "os plásticos chegam") == "Instituto Rios Vivos"


def test_pt_aponta_relatorio_with_a_long_name_after_it(run):
    a = run("Água\n\nO consumo de água nas escolas caiu 18% num ano, aponta relatório do Observatório Nacional da "
            "Água e Saneamento (ONAS), da Universidade de Coimbra, publicado em março.", "pt")
    assert "Observatório Nacional" in (_speaker_of(a, "O consumo de água") or "")


def test_pt_em_comunicado_with_no_subject_is_the_body_named_last(run):
    a = run("Portos\n\nO Sindicato dos Estivadores do Sul marcou nova paralisação. Em comunicado, lembra que os "
            "turnos de 16 horas continuam a ser a regra.", "pt")
    assert _speaker_of(a, "os turnos de 16 horas") == "Sindicato dos Estivadores do Sul"


def test_pt_a_noun_before_mas_is_no_subject_of_the_next_clause(run):
    a = run("Eleições\n\nO Instituto Eleitoral Andino publicou os resultados. A comissão devia ser uma entidade "
            "neutra, mas a oposição diz que obedece ao governo.", "pt")
    assert all(q.speaker != "Instituto Eleitoral Andino" for q in a.quotes if "obedece ao governo" in q.content.text)


def test_pt_perguntou_after_a_quote(run):
    a = run('Rendas\n\nA inquilina Marta Seixas vive no Porto há 30 anos. "Para onde é que eu vou com esta idade?", '
            'perguntou.', "pt")
    assert _speaker_of(a, "Para onde é que eu vou") == "Marta Seixas"


def test_pt_pergunta_right_after_a_quote_is_a_verb(run):
    a = run('Rendas\n\nO reformado Abílio Torres mora no bairro há 40 anos. "E agora, quem é que nos paga a renda?", '
            'pergunta, com as mãos a tremer.', "pt")
    assert _speaker_of(a, "quem é que nos paga") == "Abílio Torres"


def test_pt_a_title_and_its_body_point_at_the_person_not_the_body(run):
    a = run('Seca\n\nOs rios secaram, afirmou a hidróloga Marta Seixas, professora da Universidade do Minho. O Governo '
            'prometeu obras. A professora da Universidade do Minho respondeu que "as obras chegam tarde demais para '
            'os agricultores".', "pt")
    assert _speaker_of(a, "as obras chegam tarde") == "Marta Seixas"


def test_pt_a_company_noun_points_back_at_the_company(run):
    a = run("Gás\n\nA Lusogás subiu as tarifas em abril. A petrolífera justificou que o custo do gás natural aumentou "
            "12%.", "pt")
    assert _speaker_of(a, "o custo do gás natural") == "Lusogás"


def test_pt_o_tecnico_is_the_coach_named_before(run):
    a = run("Futebol\n\nO técnico Artur Lemos falou aos jornalistas no sábado. O técnico garantiu que a equipa vai "
            "lutar pelo título.", "pt")
    assert _speaker_of(a, "a equipa vai lutar") == "Artur Lemos"


def test_pt_tecnico_after_a_common_noun_is_an_adjective(run):
    a = run("Pontes\n\nO engenheiro Paulo Reis visitou a obra na segunda-feira. O relatório técnico concluiu que a "
            "ponte tem fissuras.", "pt")
    assert all(q.speaker not in ("Paulo Reis", "técnico")
               for q in a.quotes if "ponte tem fissuras" in q.content.text)
    a = run("Leis\n\nA deputada Rita Sousa falou aos jornalistas. O grupo parlamentar defendeu que a lei das rendas "
            "deve ser revista.", "pt")
    assert all(q.speaker != "Rita Sousa" for q in a.quotes if "a lei das rendas" in q.content.text)


def test_pt_chefe_do_governo_is_the_prime_minister_named_before(run):
    a = run("Cimeira\n\nA primeira-ministra da Letónia, Inga Ozola, chegou a Lisboa. O Presidente francês, Paul "
            "Girard, também. A chefe do Governo letão admitiu que o gasoduto não estará pronto antes de 2030.", "pt")
    assert _speaker_of(a, "o gasoduto não estará pronto") == "Inga Ozola"


def test_ru_reporting_verb_whose_present_stem_differs_from_its_lemma(run):
    a = run("Уголь\n\nОбозреватель Иван Соколов пишет, что зимой цены на уголь в Кузбассе снова вырастут.", "ru")
    assert "Соколов" in (_speaker_of(a, "цены на уголь") or "")


def test_ru_foreign_surname_in_i_keeps_its_form(run):
    a = run("Рим\n\nМинистр экономики Италии Джанкарло Моретти заявил, что дефицит бюджета страны сократится.", "ru")
    assert _speaker_of(a, "дефицит бюджета") == "Джанкарло Моретти"


def test_ru_a_name_after_a_titles_comma_opens_the_statement(run):
    a = run("Ставка\n\nАналитик Олег Панин считает, что инфляция замедлится. По мнению аналитика, ЦБ сохранит ставку "
            "до весны.", "ru")
    assert "Панин" in (_speaker_of(a, "ЦБ сохранит ставку") or "")


def test_ru_the_body_told_after_a_name_is_no_part_of_it(run):
    a = run("Ставка\n\nАналитик Олег Панин выступил на форуме. «Рынок ждет снижения ставки», — сказал Панин РБК. "
            "По оценке эксперта, кредиты подешевеют к лету.", "ru")
    assert _speaker_of(a, "Рынок ждет снижения") == "Олег Панин"
    assert _speaker_of(a, "кредиты подешевеют") == "Олег Панин"


def test_ru_po_ee_podschetam_is_a_source_phrase(run):
    a = run("Аренда\n\nРиелтор Анна Крылова говорит о дефиците жилья. По ее подсчетам, аренда в Казани за год "
            "подорожала на 18%.", "ru")
    assert "Крылова" in (a.claims[-1].claimant or "")


def test_ru_kak_peredaet_correspondent(run):
    a = run("Паводок\n\nКак передает корреспондент РБК, вода в реке поднялась до опасной отметки.", "ru")
    assert "РБК" in (_speaker_of(a, "вода в реке") or "")


def test_ru_a_participle_clause_between_the_subject_and_its_verb(run):
    a = run("Переговоры\n\nИсточник, знакомый с ходом переговоров, утверждает, что встреча министров состоится в "
            "марте.", "ru")
    assert (_speaker_of(a, "встреча министров") or "").lower().startswith("источник")
    a = run("Бюджет\n\nСобеседник в мэрии, пожелавший остаться анонимным, рассказал, что ремонт дорог отложат. "
            "«Денег на это просто нет», — добавил чиновник.", "ru")
    assert (_speaker_of(a, "ремонт дорог") or "").lower().startswith("собеседник")
    assert (_speaker_of(a, "Денег на это") or "").lower().startswith("собеседник")


def test_ru_a_body_noun_after_v_with_its_genitive(run):
    a = run("Дело\n\nКак сообщили в прокуратуре Тверской области, проверка завода продлится месяц. По данным "
            "ведомства, ущерб составил 12 млн рублей.", "ru")
    assert "прокуратур" in (_speaker_of(a, "проверка завода") or "")
    assert "прокуратур" in (a.claims[-1].claimant or "")


def test_ru_a_paper_named_in_quote_marks_after_its_noun(run):
    a = run("Рынок\n\nКак сообщает газета «Северный вестник», цены на рыбу в Мурманске выросли.", "ru")
    assert _speaker_of(a, "цены на рыбу") == "Северный вестник"
    a = run("Фронт\n\nКак пишет британский Guardian, поставки снарядов в этом году сократятся.", "ru")
    assert _speaker_of(a, "поставки снарядов") == "Guardian"


def test_ru_an_adverb_of_time_before_v_and_a_body(run):
    a = run("Налоги\n\nРанее в Минфине заявили, что ставка налога на прибыль не изменится.", "ru")
    assert "Ранее" not in (_speaker_of(a, "ставка налога") or "")


def test_ru_a_spokesman_role_of_a_body_is_the_person_who_holds_it(run):
    a = run("Визит\n\nОфициальный представитель МИД Ирина Белова провела брифинг. «Визит не отменен», — сказала "
            "Белова. Министр обороны Павел Орлов выступил в Думе. По словам представителя МИД, делегация прилетит "
            "в пятницу.", "ru")
    assert _speaker_of(a, "делегация прилетит") == "Ирина Белова"
    a = run("Саммит\n\nВ Кремле заявили, что подготовка к саммиту продолжается. «Сроки пока не определены», — сказал "
            "журналистам пресс-секретарь президента Дмитрий Песков.", "ru")
    assert _speaker_of(a, "подготовка к саммиту") == "Дмитрий Песков"


def test_ru_a_source_named_in_quote_marks_after_its_verb_is_no_quote(run):
    a = run("Аэропорты\n\nВ Москве временно закрыли два аэропорта — пишет «Вестник». Рейсы задерживаются.", "ru")
    assert all(q.content.text != "Вестник" for q in a.quotes)


def test_ru_vse_opening_a_sentence_is_no_speaker(run):
    a = run("Совещание\n\nВсе участники совещания сошлись во мнении, что школу надо ремонтировать летом.", "ru")
    assert all(q.speaker != "Все" for q in a.quotes)
def test_pt_para_ela_is_the_person_named_before(run):
    a = run("Rendas\n\nA vereadora Sofia Antunes votou contra a proposta. Para ela, o regulamento é \"um presente aos "
            "senhorios\" e tem de ser revisto.", "pt")
    assert _speaker_of(a, "o regulamento é") == "Sofia Antunes"


def test_pt_dash_answer_after_a_colon_paragraph(run):
    a = run("Impostos\n\nO ministro das Finanças, Paulo Rocha, esteve no Parlamento. À saída, foi taxativo:\n\n"
            "— Não haverá aumento do IRS no próximo ano, nem no seguinte.", "pt")
    assert _speaker_of(a, "Não haverá aumento do IRS") == "Paulo Rocha"
    a = run("Impostos\n\nO ministro das Finanças, Paulo Rocha, deu uma entrevista à rádio. Questionado sobre o IVA, o "
            "ministro respondeu:\n\n— Não mexemos no IVA da energia enquanto a inflação estiver alta.", "pt")
    assert _speaker_of(a, "Não mexemos no IVA") == "Paulo Rocha"


def test_pt_ele_skips_a_body_after_a_preposition(run):
    """"o relatório da CGU" says nothing of the body's gender; "O ministro da Previdência, Raimundo Bezerra" is a
    man."""
    a = run("Fraude\n\nDe acordo com o relatório da CGU, os descontos eram ilegais. O ministro da Previdência, "
            "Raimundo Bezerra, disse que o dinheiro será devolvido. Ele afirmou que o ressarcimento \"vai continuar "
            "até ao fim\".", "pt")
    assert _speaker_of(a, "vai continuar até ao fim") == "Raimundo Bezerra"


def test_pt_a_cited_text_with_its_adjective_and_no_author(run):
    a = run("Cimeira\n\nConforme o comunicado final da cimeira, os países vão partilhar dados sobre migração.", "pt")
    assert _speaker_of(a, "os países vão partilhar") == "comunicado final"


def test_pt_o_magistrado_is_the_judge_named_before(run):
    a = run("Tribunal\n\nO juiz Carlos Mendes Ribeiro condenou os três arguidos. Na sentença, o magistrado "
            "escreveu que os arguidos agiram com dolo e sem arrependimento.", "pt")
    assert _speaker_of(a, "os arguidos agiram com dolo") == "Carlos Mendes Ribeiro"


def test_pt_a_former_office_with_a_long_complement_is_the_person_named_last(run):
    a = run("Defesa\n\nO porta-voz do Governo, Luís Pinto, falou de manhã. À tarde, o general Rui Dias disse ao "
            "jornal que a guerra vai ser longa. O antigo porta-voz da missão da ONU no Líbano considera que a Europa "
            "gasta mal o dinheiro da defesa.", "pt")
    assert _speaker_of(a, "a Europa gasta mal") == "Rui Dias"


def test_pt_an_ordinal_point_ends_no_sentence(run):
    a = run("Escola\n\nJoana Frade, mãe de uma aluna do 3.º ano, conta que a filha ficou em casa toda a semana.", "pt")
    assert _speaker_of(a, "a filha ficou em casa") == "Joana Frade"


def test_pt_para_a_title_with_a_long_complement_and_a_name(run):
    a = run("Saúde\n\nPara a professora de saúde pública da UMinho Inês Calado, o plano chega tarde.",
            "pt")
    assert "Inês Calado" in _speaker_of(a, "o plano chega tarde")
    a = run("Ativismo\n\nPara a defesa da causa e pelo respeito à lei, esta forma de protesto não é aceitável.", "pt")
    assert not any("esta forma de protesto" in q.content.text for q in a.quotes)


def test_pt_a_second_reporting_verb_after_a_quote(run):
    a = run("Defesa\n\nO general Rui Dias considera que os aliados compram \"mísseis caros para drones baratos\" e "
            "defende que a Europa tem de produzir os seus intercetores.", "pt")
    assert _speaker_of(a, "a Europa tem de produzir") == "Rui Dias"


def test_pt_a_bare_title_after_a_fronted_participle_then_mas(run):
    a = run("Orçamento\n\nO ministro Nuno Faria falou aos jornalistas. Questionado sobre o défice, o ministro remeteu "
            "para o Orçamento, mas admitiu que a despesa vai subir no próximo ano.", "pt")
    assert _speaker_of(a, "a despesa vai subir") == "Nuno Faria"


def test_pt_an_opening_source_over_a_verb_of_its_statement(run):
    a = run("Inquérito\n\nSegundo o inquérito da DECO, 80% dos consumidores ouvidos disseram não confiar nas "
            "operadoras.", "pt")
    q = next(q for q in a.quotes if "80% dos consumidores" in q.content.text)
    assert q.speaker == "DECO"


def test_pt_a_place_inside_a_persons_reported_speech(run):
    a = run("Cimeira\n\nO chefe da diplomacia polaca, Marek Nowicki, chegou a Bruxelas. Nowicki disse aos jornalistas "
            "que Varsóvia exige \"uma resposta firme\" da Aliança.", "pt")
    assert _speaker_of(a, "uma resposta firme") == "Marek Nowicki"


def test_pt_an_ordinal_is_no_claim(run):
    a = run("Escola\n\nA escola abriu uma 2.ª turma do 5.º ano na segunda-feira.", "pt")
    assert not a.claims
    a = run("Obras\n\nA 2.ª fase da obra custa 30 milhões de euros.", "pt")
    assert a.claims
    a = run("Petróleo\n\nO país é o 7.º maior produtor de cobre do mundo.", "pt")
    assert a.claims  # a rank is checkable


def test_pt_a_quote_of_what_the_accused_did_is_the_accusers(run):
    a = run("Parlamento\n\nA ministra Ana Reis falou ontem. A ministra acusou a oposição de \"mentir aos eleitores\" "
            "sobre o défice.", "pt")
    assert _speaker_of(a, "mentir aos eleitores") == "Ana Reis"
    a = run("Energia\n\nO ministro Rui Costa falou ontem. O ministro acusou a empresa de usar um 'drone' sem licença.",
            "pt")
    assert not any(q.content.text == "drone" for q in a.quotes)  # one word in marks: a loanword, no speech


def test_pt_an_acronym_opening_a_sentence_is_the_body_of_a_statement_without_subject(run):
    a = run("Futebol\n\nA SAD, detida por um fundo brasileiro, reagiu à noite. Em comunicado, acusa o treinador de "
            "\"faltar ao respeito aos adeptos\" e garante que os prémios serão pagos.", "pt")
    assert _speaker_of(a, "faltar ao respeito") == "SAD"


def test_pt_what_one_complains_of(run):
    a = run("Saúde\n\nOs utentes do centro de saúde reclamam da falta de médicos de família desde janeiro.", "pt")
    assert "utentes" in _speaker_of(a, "falta de médicos de família")


def test_pt_what_one_criticises(run):
    a = run("Ambiente\n\nA Associação Ambientalista Zero publicou o relatório. A associação criticou ainda o atraso "
            "de dois anos na limpeza do rio.", "pt")
    assert "Zero" in _speaker_of(a, "o atraso de dois anos")
def test_bg_a_long_closing_attribution_with_where_and_when_after_the_speaker(run):
    a = run("Мост\n\nНовият мост над Дунав при Силистра ще бъде открит през май, съобщи в понеделник министърът на "
            "регионалното развитие Иван Шишков по време на посещение на строителната площадка край града.", "bg")
    assert _speaker_of(a, "ще бъде открит през май") == "Иван Шишков"


def test_bg_a_long_closing_attribution_needs_its_speaker_inside_it(run):
    a = run("Дума\n\nКметът Петър Иванов посети Русе. Думите на министъра за новия закон са неверни, смята "
            "председателят на комисията по въпросите на енергетиката, транспорта и съобщенията Стоян Колев.", "bg")
    assert all(q.speaker != "Петър Иванов" for q in a.quotes if "за новия закон" in q.content.text)


def test_bg_an_acronym_in_brackets_between_the_title_and_the_name(run):
    a = run("Грип\n\nГрипната епидемия в Габрово ще продължи до края на месеца, заяви директорът на Регионалната "
            "здравна инспекция (РЗИ) д-р Мила Дончева.", "bg")
    assert _speaker_of(a, "Грипната епидемия") == "Мила Дончева"


def test_bg_a_phrase_for_an_office_is_the_person_named_with_its_title(run):
    a = run("Визита\n\nПрезидентът Иван Колев посети Бургас в неделя. Държавният глава призова общината да "
            "„не бърза с продажбата на пристанището“.", "bg")
    assert _speaker_of(a, "не бърза с продажбата") == "Иван Колев"
    a = run("Бюджет\n\nВъншният министър Петър Донев пристигна в Рим. Премиерът Стефан Илиев говори пред "
            "депутатите. „Бюджетът няма да има дефицит над 3%“, каза министър-председателят.", "bg")
    assert _speaker_of(a, "Бюджетът няма да има") == "Стефан Илиев"


def test_bg_the_defender_is_the_lawyer_named_before(run):
    a = run("Дело\n\nАдвокатът Симеон Делчев говори пред журналистите. По думите на защитника свидетелят е бил "
            "подведен от полицаите.", "bg")
    assert _speaker_of(a, "свидетелят е бил") == "Симеон Делчев"


def test_bg_a_plural_verb_and_a_body_noun_after_ot(run):
    a = run("Дело\n\nДелото срещу бившия директор на пристанището ще продължи през март, съобщиха от съда.", "bg")
    assert "съд" in _speaker_of(a, "ще продължи през март")


def test_bg_pokazva_reports_only_a_cited_text(run):
    a = run("Анкета\n\nНово проучване на „Маркет Линкс“ показва, че 48% от младите искат да работят в чужбина.",
            "bg")
    assert "Маркет Линкс" in _speaker_of(a, "от младите искат")
    a = run("Заплати\n\nКметът обеща нови заплати. Това показва, че общината мисли за изборите.", "bg")
    assert not any("общината мисли" in q.content.text for q in a.quotes)


def test_bg_the_body_whose_data_show_with_its_whole_name(run):
    a = run("Дългове\n\nДанните на Агенцията за държавна финансова инспекция обаче показват, че болницата дължи "
            "над 2 млн. лв.", "bg")
    assert _speaker_of(a, "болницата дължи") == "Агенцията за държавна финансова инспекция"


def test_bg_a_body_noun_points_back_at_the_body_named_by_its_adjectives(run):
    a = run("Ваксини\n\nМеждународната агенция за енергетика публикува нов доклад. Според данни на агенцията "
            "търсенето на въглища ще спадне с 5% до 2030 г.", "bg")
    assert _speaker_of(a, "търсенето на въглища") == "Международната агенция"
    a = run("Измами\n\nСхемата беше разкрита от Европейската служба за борба с измамите (ОЛАФ) миналата година. Както "
            "съобщи службата, загубите надхвърлят 2 млн. евро.", "bg")
    assert _speaker_of(a, "загубите надхвърлят") == "Европейската служба за борба с измамите"


def test_bg_according_to_the_court(run):
    a = run("Дело\n\nРайонният съд в Шумен гледа делото. Според съда фирмата е укрила данъци за 300 000 лв.", "bg")
    assert "съд" in _speaker_of(a, "фирмата е укрила")


def test_bg_a_source_phrase_and_a_relative_clause_after_the_statements_subject(run):
    a = run("Дело\n\nПрокурорът Анна Колева говори след заседанието. По думите на обвинителя свидетелят, за когото "
            "стана дума в съда, е бил подкупен.", "bg")
    q = [q for q in a.quotes if "е бил подкупен" in q.content.text]
    assert q and q[0].speaker == "Анна Колева" and "свидетелят" in q[0].content.text


def test_bg_the_text_read_by_a_judge(run):
    a = run("Присъда\n\n„Обвиняемият е действал с пряк умисъл“, се казва в мотивите, прочетени от съдия Петя "
            "Маринова.", "bg")
    assert _speaker_of(a, "Обвиняемият е действал") == "Петя Маринова"


def test_bg_postanovi_reports_the_courts_ruling(run):
    a = run("Дело\n\nАдминистративният съд във Варна гледа жалбата. Съдът постанови общината да върне на "
            "фирмата 120 000 лв.", "bg")
    assert "съд" in _speaker_of(a, "общината да върне").lower()


def test_bg_a_paper_in_quote_marks_after_the_verb_is_no_quote(run):
    a = run("Газ\n\nМинистърът Иван Колев каза, че цените ще паднат. Проблемът на пазара е в данъците, отбелязва "
            "„Файненшъл таймс“.", "bg")
    assert not any(q.content.text.strip("„“") == "Файненшъл таймс" for q in a.quotes)


def test_bg_the_diplomatic_mission_is_the_embassy_named_before(run):
    a = run("Посолство\n\nТурското посолство в София изпрати нота. Както уточниха от дипломатическата мисия, "
            "решението на кмета нарушава споразумението от 2019 г.", "bg")
    assert _speaker_of(a, "решението на кмета") == "Турското посолство"


def test_bg_an_unquoted_statement_after_a_colon(run):
    a = run("Пари\n\nФинансовият министър Иван Дянков обясни накратко: дефицитът ще остане под 3% и догодина.",
            "bg")
    assert _speaker_of(a, "дефицитът ще остане") == "Иван Дянков"
    a = run("Анкета\n\nДанните на агенция „Галъп“ обаче показват друга картина: 52% от анкетираните са против.", "bg")
    assert "Галъп" in _speaker_of(a, "от анкетираните са против")


@pytest.mark.parametrize("text, snippet, speaker", [
    # a demonym before a bare title: the holder introduced with that country, not the last president named
    ("वार्ता\n\nरूस के राष्ट्रपति व्लादिमीर पुतिन ने सोमवार को भाषण दिया। अमेरिका के राष्ट्रपति जो बाइडेन ने भी बयान जारी "
     "किया। रूसी राष्ट्रपति का कहना है कि पश्चिम ने बातचीत के रास्ते बंद कर दिए हैं।", "पश्चिम ने बातचीत", "पुतिन"),
    # a party before a bare title
    ("विधानसभा\n\nविपक्ष के नेता रमेश गुप्ता ने सरकार की आलोचना की। भाजपा विधायक ने आरोप लगाया कि सरकार ने किसानों का "
     "पैसा रोक रखा है।", "किसानों का पैसा", "गुप्ता"),
    # the full stop of "डॉ." does not cut a title from its name
    ("अस्पताल\n\nजिला अस्पताल के निदेशक डॉ. विनय कुमार ने कहा कि दवाइयां पर्याप्त हैं। स्वास्थ्य मंत्री रेखा सिंह ने भी "
     'अस्पताल का दौरा किया। निदेशक ने कहा, "हम अगले हफ्ते नए वार्ड खोल रहे हैं।"', "नए वार्ड", "विनय कुमार"),
    # a short title for a long one named before
    ("बुखार\n\nमुख्य चिकित्सा अधिकारी डॉ. राकेश वर्मा ने अस्पतालों का दौरा किया। सीएमओ के मुताबिक, जिले में बुखार के नए "
     "मरीज लगातार मिल रहे हैं।", "बुखार के नए", "वर्मा"),
    # a bare "अधिकारी" right after an officer named with his title
    ("परिवहन\n\nपरिवहन सचिव अजय मेहता ने इससे इनकार किया। 'ऐसा कोई आदेश अभी जारी नहीं हुआ है,' अधिकारी ने कहा।",
     "ऐसा कोई आदेश", "मेहता"),
    # "स्वीकार किया कि" reports; "X का अनुमान है कि" too
    ("सफाई\n\nनगर आयुक्त सुरेश पाल ने स्वीकार किया कि शहर में सफाई कर्मियों की भारी कमी है।", "सफाई कर्मियों",
     "सुरेश पाल"),
    ("विकास\n\nविश्व बैंक का अनुमान है कि इस साल देश की विकास दर पिछले साल से कम रहेगी।", "विकास दर", "विश्व बैंक"),
    # "X की ओर से जारी बयान में कहा गया": the body whose statement it is
    ('रेल\n\nरेल मंत्रालय की ओर से जारी बयान में कहा गया, "सभी ट्रेनें समय पर चल रही हैं और यात्रियों को घबराने की जरूरत '
     'नहीं है।"', "सभी ट्रेनें", "रेल मंत्रालय"),
    # "जब X से … पूछा गया तो उन्होंने कहा": the one asked answers
    ("महंगाई\n\nमंत्री अनिल जोशी ने कहा कि बजट संतुलित है। सम्मेलन में जब प्रवक्ता राहुल सेन से महंगाई पर सवाल पूछा गया "
     'तो उन्होंने कहा, "कीमतें अगले महीने से कम होने लगेंगी।"', "कीमतें अगले", "राहुल सेन"),
    # "X की एक रिपोर्ट", "X की साल 2020 की एक रिपोर्ट": the body whose report it is
    ("महंगाई\n\nभारतीय रिजर्व बैंक की एक रिपोर्ट के अनुसार, खुदरा महंगाई दर घटकर चार प्रतिशत रह गई है।", "खुदरा महंगाई",
     "भारतीय रिजर्व बैंक"),
    ("पानी\n\nदिल्ली विश्वविद्यालय की साल 2020 की एक रिपोर्ट के मुताबिक, शहर में भूजल तेजी से घट रहा है।", "भूजल तेजी",
     "दिल्ली विश्वविद्यालय"),
])
def test_hindi_rules_of_the_eleventh_batch(run, text, snippet, speaker):
    assert speaker in (_speaker_of(run(text), snippet) or "")


def test_ru_a_ministry_whose_name_runs_on_over_its_genitive_and_a_country(run):
    a = run("Фронт\n\nВойска заняли село Ивановка в Донецкой области, сообщило во вторник Министерство обороны РФ. "
            "По данным ведомства, противник потерял до 120 военнослужащих.", "ru")
    assert "обороны" in _speaker_of(a, "Войска заняли село")
    assert "обороны" in _speaker_of(a, "противник потерял")


def test_ru_a_common_noun_before_an_agencys_name(run):
    a = run("Поставки\n\nКак сообщает агентство Bloomberg со ссылкой на источники, Польша закупит новые танки у "
            "Южной Кореи.", "ru")
    assert "Bloomberg" in _speaker_of(a, "Польша закупит")


def test_ru_an_adjective_before_a_role_after_a_source_verb(run):
    a = run("Рынок\n\n«Спрос на жилье упадет уже весной», — считает ведущий аналитик компании «Финам» Ольга Петрова.",
            "ru")
    assert _speaker_of(a, "Спрос на жилье") == "Ольга Петрова"


def test_ru_a_paper_told_then_a_title_with_a_quoted_body(run):
    a = run("Логистика\n\n«Контейнеров на границе стало вдвое больше», — рассказал «Известиям» генеральный директор "
            "транспортной компании «Северный путь» Игорь Смирнов.", "ru")
    assert _speaker_of(a, "Контейнеров на границе") == "Игорь Смирнов"


def test_ru_a_title_of_a_body_named_by_a_common_noun(run):
    a = run("Ставка\n\nЗампред Банка России Алексей Заботкин выступил на конференции в Казани. Зампред регулятора "
            "добавил, что инфляция замедлится до 5% к концу года.", "ru")
    assert _speaker_of(a, "инфляция замедлится") == "Алексей Заботкин"


def test_ru_a_title_that_another_name_reported_after_is_not_that_names(run):
    a = run("Ставка\n\nЗампред Банка России Алексей Заботкин заявил на Петербургском форуме, что ставка останется "
            "высокой до осени. Зампред регулятора добавил, что инфляция замедлится до 5% к концу года.", "ru")
    assert _speaker_of(a, "инфляция замедлится") == "Алексей Заботкин"


def test_ru_a_name_after_a_preposition_and_a_title_is_no_subject(run):
    a = run("Письмо\n\nГлава союза фермеров Николай Громов в обращении к министру сельского хозяйства Оксане Лут "
            "предупредил, что без субсидий посевные площади сократятся.", "ru")
    assert _speaker_of(a, "посевные площади сократятся") == "Николай Громов"


def test_ru_the_press_service_of_the_body_ведомство_points_back_at(run):
    a = run("Проверка\n\nПрокуратура Тамбовской области начала проверку после пожара на складе. Как сообщили в "
            "пресс-службе надзорного ведомства, будет проверено соблюдение требований пожарной безопасности.", "ru")
    assert "Прокуратура" in _speaker_of(a, "соблюдение требований")


def test_ru_a_bare_prosecutor_is_the_prosecutor_named_before(run):
    a = run("Суд\n\nОбвинение в суде поддерживал прокурор района Павел Орехов. Прокурор также напомнил, что "
            "подсудимый ранее уже привлекался к ответственности.", "ru")
    assert _speaker_of(a, "подсудимый ранее") == "Павел Орехов"


def test_ru_a_papers_source_and_its_interlocutor_after(run):
    a = run("Банки\n\nИсточник «Ведомостей» в одном из банков говорит, что часть переводов возвращается "
            "отправителям. «Это происходит каждую неделю», — пояснил собеседник «Ведомостей».", "ru")
    assert _speaker_of(a, "часть переводов") == "Источник"
    assert _speaker_of(a, "Это происходит") == "Источник"


def test_ru_a_body_noun_before_whose_body_it_is_after_a_source_verb(run):
    a = run("Обстрел\n\nСнаряды попали в жилой дом в Горловке. Об этом сообщает представительство ДНР в Совместном "
            "центре по контролю и координации.", "ru")
    assert _speaker_of(a, "Снаряды попали") == "представительство ДНР"


def test_pt_chefe_do_executivo_in_lower_case_is_the_prime_minister(run):
    a = run("Governo\n\nO primeiro-ministro cabo-verdiano, Jorge Almada, visitou Lisboa. Questionado sobre a dívida, o "
            "chefe do executivo respondeu que o país vai pagar tudo a tempo.", "pt")
    assert _speaker_of(a, "o país vai pagar tudo") == "Jorge Almada"


def test_pt_recorda_reports(run):
    a = run("Saúde\n\nA médica Sofia Pinheiro recorda que a vacina foi testada em milhares de pessoas.", "pt")
    assert _speaker_of(a, "a vacina foi testada") == "Sofia Pinheiro"


def test_pt_a_body_whose_name_holds_e_is_named_whole(run):
    a = run("Pesca\n\nDe acordo com a Direção-Geral de Recursos Naturais e Segurança, a frota perdeu dez barcos.", "pt")
    assert "Segurança" in _speaker_of(a, "a frota perdeu dez barcos")


def test_pt_a_person_after_a_long_title_in_apposition_is_a_person(run):
    a = run("Porto\n\nO presidente da Associação dos Comerciantes do Centro Histórico, Artur Leitão, disse que as "
            "vendas caíram.\n\n— Estamos a fechar lojas todas as semanas — lamentou o dirigente.", "pt")
    assert _speaker_of(a, "Estamos a fechar lojas") == "Artur Leitão"


def test_pt_a_bare_lider_points_back_at_the_person_named_before(run):
    a = run("Cimeira\n\nO primeiro-ministro eslovaco, Pavel Novak, votou contra. Para o líder eslovaco, a medida "
            "\"não serve a Europa\".", "pt")
    assert _speaker_of(a, "não serve a Europa") == "Pavel Novak"


def test_pt_a_participle_clause_between_a_bare_title_and_its_verb(run):
    a = run("Escolas\n\nA ministra da Educação, Clara Moutinho, visitou a escola. O diretor da escola, Vasco Reis, "
            "disse que faltam seis professores. A ministra, confrontada pelos pais com a falta de aulas, "
            "prometeu «um reforço de contratações» até março.", "pt")
    assert _speaker_of(a, "um reforço de contratações") == "Clara Moutinho"


def test_pt_a_body_opening_the_sentence_then_mas_and_an_aside(run):
    a = run("Rio\n\nA Quercus elogiou o plano, mas avisou, em comunicado, que a limpeza do rio chega tarde.", "pt")
    assert "Quercus" in _speaker_of(a, "a limpeza do rio chega tarde")


def test_pt_mas_que_after_a_quote_goes_on_with_the_same_speaker(run):
    a = run("Saúde\n\nO ministro Rui Costa disse que \"não há falta de vagas\", mas que vai abrir mais camas no "
            "inverno.", "pt")
    assert _speaker_of(a, "vai abrir mais camas") == "Rui Costa"


def test_pt_a_person_written_after_a_body_with_no_comma(run):
    a = run("Clima\n\nA climatologista do Instituto Superior de Ciências Atmosféricas Marta Quintas considera que o "
            "verão foi o mais quente. A climatologista lembra que choveu muito pouco em abril. \"Foi um ano "
            "extremo\", disse Quintas.", "pt")
    assert _speaker_of(a, "o verão foi o mais quente") == "Marta Quintas"
    assert _speaker_of(a, "choveu muito pouco") == "Marta Quintas"


def test_pt_a_bare_title_is_not_someone_named_inside_a_quote(run):
    a = run("Rússia\n\nO presidente russo, Vladimir Putin, falou à televisão. \"Eu disse que [o presidente dos EUA, "
            "Joe] Biden é um político da velha escola, e isso confirma-se\", afirmou. Os testes estão proibidos por um "
            "tratado que ninguém cumpre, lembrou o presidente russo.", "pt")
    assert _speaker_of(a, "Os testes estão proibidos") == "Vladimir Putin"


def test_pt_one_of_many_holding_a_title_in_apposition(run):
    a = run("Energia\n\n\"A decisão de Kiev é chantagem pura e simples\", disse em conferência de imprensa Oleg "
            "Tarasov, um dos porta-vozes do Ministério russo. O porta-voz da diplomacia russa assinalou que a Hungria "
            "depende do oleoduto.", "pt")
    assert _speaker_of(a, "a Hungria depende do oleoduto") == "Oleg Tarasov"


def test_pt_a_name_closing_the_first_verbs_object_is_not_the_subject_of_e_disse(run):
    a = run("Eleições\n\nO ativista bielorrusso Pavel Lebedev esteve em Varsóvia. O ativista saudou o "
            "primeiro-ministro eleito da Letónia, Andris Ozols, e disse que a vitória dele é um aviso ao "
            "Kremlin.", "pt")
    assert _speaker_of(a, "a vitória dele é um aviso") == "Pavel Lebedev"


def test_pt_a_bare_porta_voz_is_not_the_last_person_who_holds_another_office(run):
    a = run("Rússia\n\nO Kremlin reagiu à noite. Dmitri Peskov, que fala em nome de Putin, disse que as sanções \"não "
            "terão qualquer efeito\". O presidente francês, Emmanuel Macron, defendeu que a Europa \"não pode ceder "
            "agora\".\n\nO porta-voz do Kremlin também criticou a decisão de Paris e afirmou que o Eliseu escolheu a "
            "escalada.", "pt")
    assert _speaker_of(a, "o Eliseu escolheu a escalada") == "Dmitri Peskov"
def test_bg_a_dateline_with_its_weekday():
    assert parse_date("Четвъртък, 12 март 2026") == "2026-03-12"
    assert parse_date("Понедельник, 9 марта 2026 г.") == "2026-03-09"


def test_bg_a_body_by_its_adjective_and_noun_with_a_filler_before_the_verb(run):
    a = run("Нота\n\nГръцкото посолство от своя страна уточни, че границата остава затворена до петък.", "bg")
    assert _speaker_of(a, "границата остава затворена") == "Гръцкото посолство"


def test_bg_a_ministry_and_its_genitive_with_a_title_word_in_it(run):
    a = run("Визи\n\nМинистерството на външните работи съобщи, че е връчило протест на посланика.", "bg")
    assert _speaker_of(a, "е връчило протест") == "Министерството на външните работи"


def test_bg_an_admiral_pointed_back_at_by_his_rank(run):
    a = run("Флот\n\nКонтраадмирал Петър Недков посети базата. По думите на адмирала корабите се нуждаят от "
            "ремонт.", "bg")
    assert _speaker_of(a, "корабите се нуждаят") == "Петър Недков"


def test_bg_dash_interview_announced_by_a_tv_programme(run):
    a = run("Бюджет\n\nВ предаването „Денят започва“ по БНТ депутатът Стефан Гълъбов коментира дълга.\n\n"
            "– Г-н Гълъбов, ще има ли нови заеми?\n\n– Ще има, но ще бъдат по-малко от миналата година.\n\n"
            "– А данъците?\n\n– Данъците остават същите и догодина, това е обещание.", "bg")
    assert _speaker_of(a, "по-малко от миналата година") == "Стефан Гълъбов"
    assert _speaker_of(a, "Данъците остават същите") == "Стефан Гълъбов"


def test_bg_the_channel_after_the_speakers_name_is_not_the_speaker(run):
    a = run("Пожар\n\n„Огънят е овладян, но хората няма да се върнат до утре“, каза Иван Марков пред Nova News.", "bg")
    assert _speaker_of(a, "Огънят е овладян") == "Иван Марков"


def test_bg_a_title_of_a_body_with_its_town_and_the_persons_name(run):
    a = run("Грип\n\nСпоред директора на РЗИ – Бургас д-р Стела Маринова заболелите са се удвоили за седмица.", "bg")
    assert _speaker_of(a, "заболелите са се удвоили") == "Стела Маринова"


def test_bg_an_aside_in_brackets_or_a_cited_by_between_subject_and_verb(run):
    a = run("Цени\n\nШофьорът Георги Илиев (54 г.) казва, че горивото поскъпва всяка седмица.", "bg")
    assert _speaker_of(a, "горивото поскъпва") == "Георги Илиев"


def test_bg_with_the_argument_that(run):
    a = run("Такси\n\nКметът Иван Стоев отказа увеличението с аргумента, че хората не могат да плащат повече.", "bg")
    assert _speaker_of(a, "хората не могат да плащат") == "Иван Стоев"


def test_bg_a_body_recommends(run):
    a = run("Жега\n\nАгенцията по безопасност на храните препоръча на търговците да пазят продуктите на хладно.",
            "bg")
    assert "Агенцията" in _speaker_of(a, "търговците да пазят")


def test_bg_a_source_phrase_after_an_hour_that_the_splitter_joined(run):
    a = run("Смог\n\nОбщината затвори парковете след 20 ч. Според кмета Петър Иванов замърсяването е спаднало с "
            "15% за ден.", "bg")
    assert _speaker_of(a, "замърсяването е спаднало") == "Петър Иванов"
    claim = next(c for c in a.claims if "15%" in c.span.text)
    assert claim.claimant == "Петър Иванов"


def test_bg_a_few_quoted_words_after_a_verb_of_calling(run):
    a = run("Отчет\n\nСметната палата, цитирана от БНР, определи разходите като „напълно необосновани“.", "bg")
    assert "Сметната палата" in _speaker_of(a, "напълно необосновани")


def test_bg_the_embassy_named_after_ot_and_the_mission_in_a_cited_position(run):
    a = run("Нота\n\nОт турското посолство в София отказаха коментар. „Решението е вътрешна работа на България и "
            "няма да го коментираме“, се казва в позиция на дипломатическата мисия.", "bg")
    assert _speaker_of(a, "Решението е вътрешна работа") == "турското посолство"
    a = run("Газ\n\nВъншният министър Иван Колев заяви, че доставките продължават. По данни на гръцкото министерство "
            "страната внася около 2 млрд. кубически метра газ годишно.", "bg")
    assert _speaker_of(a, "страната внася") == "гръцкото министерство"


def test_ru_resumirovat_and_vspominat_report(run):
    a = run("Рынок\n\n«Рост продолжится и в следующем году», — резюмировал аналитик Павел Зорин. Ветеран завода Иван "
            "Лыков вспоминает, что цех закрывали уже дважды.", "ru")
    assert _speaker_of(a, "Рост продолжится") == "Павел Зорин"
    assert _speaker_of(a, "цех закрывали уже дважды") == "Иван Лыков"


def test_ru_a_bare_gensek_points_back_at_the_secretary_general(run):
    a = run("Альянс\n\nГенеральный секретарь организации Тимур Ахметов выступил на форуме. «Мы открыты для диалога», "
            "— заявил генсек.", "ru")
    assert _speaker_of(a, "Мы открыты для диалога") == "Тимур Ахметов"


def test_ru_the_outlet_spoken_with_is_no_speaker(run):
    a = run("Выборы\n\nДепутат Госдумы Олег Смолин раскритиковал законопроект. «Его надо отправить на доработку», — "
            "сказал депутат в беседе с «Ведомостями».", "ru")
    assert _speaker_of(a, "Его надо отправить") == "Олег Смолин"


def test_ru_an_unnamed_source_in_a_place_and_its_later_sobesednik(run):
    a = run("Переговоры\n\nИсточник в делегации Узбекистана сообщил РИА Новости, что встреча пройдет в марте. "
            "«Дата пока не согласована», — пояснил собеседник агентства.", "ru")
    assert _speaker_of(a, "встреча пройдет в марте") == "Источник"
    assert _speaker_of(a, "Дата пока не согласована") == "Источник"


def test_ru_zampredsedatelya_is_a_title_before_a_name(run):
    a = run("Банки\n\nВ Газпромбанке, по словам зампредседателя правления банка Игоря Котова, спрос на ипотеку "
            "упал.", "ru")
    assert _speaker_of(a, "спрос на ипотеку упал") == "Игорь Котов"


def test_ru_the_addressee_of_a_letter_is_not_the_subject(run):
    a = run("Торговля\n\nСоюз торговых сетей в письме в Минпромторг предупредил, что цены на сахар вырастут.", "ru")
    assert "Союз торговых сетей" in _speaker_of(a, "цены на сахар вырастут")


def test_ru_svidetelstvovat_reports_only_after_a_cited_text(run):
    a = run("Цены\n\nДанные Росстата свидетельствуют, что цены на овощи выросли. Это свидетельствует о том, что "
            "спрос высок.", "ru")
    assert "Росстат" in _speaker_of(a, "цены на овощи выросли")
    assert not [q for q in a.quotes if "спрос высок" in q.content.text and q.speaker == "Это"]


def test_ru_a_bare_mer_is_the_head_of_the_town_named_before(run):
    a = run("Город\n\nГлава Верхнекамского округа Андрей Соколов открыл школу. Мэр добавил, что в округе построят "
            "еще два детских сада.", "ru")
    assert _speaker_of(a, "построят") == "Андрей Соколов"


def test_pt_the_object_of_a_first_past_verb_is_not_the_subject_of_e_disse(run):
    a = run("Diplomacia\n\nA porta-voz do Governo húngaro, Zsófia Kiss, falou em Budapeste. A porta-voz elogiou Berlim "
            "e disse que a Alemanha \"fez finalmente o que tinha de fazer\".", "pt")
    assert _speaker_of(a, "fez finalmente o que tinha de fazer") == "Zsófia Kiss"


def test_pt_a_long_object_before_e_acusou_de(run):
    a = run("Energia\n\nA Gazprom suspendeu ontem o fornecimento de gás à Moldávia durante duas semanas e acusou o "
            "operador moldavo de \"roubar o gás\".", "pt")
    assert _speaker_of(a, "roubar o gás") == "Gazprom"


def test_pt_a_bare_agencia_is_the_agency_named_before(run):
    a = run("Água\n\nA Agência Nacional de Águas publicou os dados de março. A agência avisa que, sem chuva até maio, "
            "\"o racionamento em várias cidades será inevitável\".", "pt")
    assert "Agência Nacional de Águas" in _speaker_of(a, "o racionamento em várias cidades")


def test_pt_the_agency_told_is_not_the_speaker(run):
    a = run("Saúde\n\nA presidente da Ordem dos Enfermeiros, Sofia Lemos, criticou o plano. \"Faltam enfermeiros em "
            "todos os hospitais do país\", disse à agência Lusa.", "pt")
    assert _speaker_of(a, "Faltam enfermeiros em todos") == "Sofia Lemos"

def test_pt_governo_de_place_reports_as_a_body(run):
    a = run("Escolas\n\nO governo do Paraná informou que suspendeu dois diretores e que abriu uma sindicância. Fontes "
            "do governo federal admitem que a investigação vai demorar.", "pt")
    assert "governo do Paraná" in _speaker_of(a, "suspendeu dois diretores")
    assert _speaker_of(a, "a investigação vai demorar").startswith("Fontes")

def test_pt_fontes_keep_their_adjective(run):
    a = run("Cimeira\n\nSegundo fontes militares ouvidas pela agência, o exercício vai durar três semanas.", "pt")
    assert _speaker_of(a, "o exercício vai durar") == "fontes militares"


def test_pt_a_bare_title_with_the_place_of_its_office(run):
    a = run("Cheias\n\nO prefeito de Canoas, Rui Barreto, pediu ajuda federal. A secretária estadual Lívia Prado "
            "garantiu que os abrigos chegam. O engenheiro Paulo Mota, da UFRGS, explicou que o dique cedeu.\n\n"
            "O autarca de Canoas disse depois que \"a cidade vai precisar de anos para se reerguer\".", "pt")
    assert _speaker_of(a, "a cidade vai precisar de anos") == "Rui Barreto"


def test_bg_otseche_and_izvika_report(run):
    a = run("Среща\n\nКметът на Видин Огнян Василев прие протестиращите. „Няма да подпиша този договор“, отсече "
            "Василев.\n\n— Чакаме от десет години — извика Стефка Русева от кв. „Калето“.", "bg")
    assert "Василев" in _speaker_of(a, "Няма да подпиша този договор")
    assert "Русева" in _speaker_of(a, "Чакаме от десет години")


def test_bg_posochvat_a_plural_role_after_the_statement(run):
    a = run("Одит\n\nПроверката е открила нарушения в три от седемте поръчки за ремонт на училища, посочват "
            "одиторите.", "bg")
    assert _speaker_of(a, "открила нарушения") == "одиторите"


def test_bg_adjective_and_vlasti_name_a_body(run):
    a = run("Граница\n\nСръбските власти съобщиха, че граничният пункт при Калотина ще бъде затворен до неделя.", "bg")
    assert _speaker_of(a, "граничният пункт") == "Сръбските власти"


def test_bg_po_dumite_na_an_adjective_and_a_title(run):
    a = run("Среща\n\nСъвещанието ще продължи два дни, обяви генералният директор на БДЖ Петър Лазаров във Враца.\n\n"
            "По думите на генералния директор компанията ще купи нови влакове до края на годината.", "bg")
    assert _speaker_of(a, "компанията ще купи нови влакове") == "Петър Лазаров"


def test_bg_the_court_priema_che(run):
    a = run("Дело\n\nАдминистративният съд във Варна отмени заповедта на кмета. Съдът приема, че общината не е "
            "обявила търга по закон.", "bg")
    assert "Съд" in _speaker_of(a, "общината не е обявила търга")


def test_bg_pokazva_an_adjective_and_a_cited_text_of_a_body(run):
    a = run("Пътища\n\nРемонтът на пътя е поскъпнал с 2,3 млн. лева, показва годишен доклад на Агенция „Пътна "
            "инфраструктура“.", "bg")
    c = next(c for c in a.claims if "2,3 млн" in c.span.text)
    assert "Агенция" in c.claimant


def test_bg_an_age_in_brackets_is_no_claim(run):
    a = run("Ток\n\nПенсионерката Мария Петкова (81 г.) казва, че вече не пали печката през деня.", "bg")
    assert not a.claims
def test_pt_a_number_in_words_after_a_counting_phrase_is_a_claim(run):
    a = run("Defesa\n\nO comandante Rui Tavares disse que a Marinha vai receber mais três navios e que pelo menos seis "
            "aviões ficam na base. Foi mais uma vez adiado o concurso.", "pt")
    texts = [c.span.text for c in a.claims]
    assert any("mais três navios" in t for t in texts) and any("pelo menos seis" in t for t in texts)
    assert next(c for c in a.claims if "pelo menos seis" in c.span.text).claimant == "Rui Tavares"
    assert not any("mais uma vez" in t for t in texts)


def test_pt_a_verb_then_para_and_an_infinitive_reports_nothing(run):
    a = run("Obras\n\nA Câmara de Braga publicou o relatório. A construtora, que pediu para não ser identificada, "
            "garante que a ponte \"está dentro do prazo\".", "pt")
    assert not any(q.content.text.startswith("para não ser") for q in a.quotes)
    assert _speaker_of(a, "está dentro do prazo") == "construtora"


def test_pt_a_body_s_acronym_is_not_the_company_pointed_back_at(run):
    a = run("Surto\n\nO número de casos subiu, anunciou a Direção-Geral da Saúde (DGS). Segundo a DGS, há dez doentes "
            "internados.\n\nA empresa diz que cumpre \"todas as normas sanitárias\".", "pt")
    assert _speaker_of(a, "todas as normas sanitárias") == "empresa"


def test_pt_the_object_of_a_first_present_verb_is_not_the_subject_of_e_diz(run):
    a = run("Pescas\n\nO ministro do Mar, Paulo Viegas, reuniu-se com os pescadores. O ministro critica Madrid e diz "
            "que as quotas espanholas \"são um abuso\".", "pt")
    assert _speaker_of(a, "são um abuso") == "Paulo Viegas"


def test_pt_a_place_before_the_comma_of_a_closing_verb_is_not_its_subject(run):
    a = run("Sarampo\n\nSubiu para 9 o número de casos de sarampo associados ao surto detetado no mês passado em Vila "
            "Nova de Famalicão, anunciou esta segunda-feira a Direção-Geral da Saúde (DGS).", "pt")
    assert "Direção-Geral da Saúde" in _speaker_of(a, "o número de casos de sarampo")


def test_ru_the_outlet_told_in_an_interview_is_not_the_subject(run):
    a = run("Транспорт\n\nМинистр транспорта Андрей Белов в интервью телеканалу НТВ заявил, что новые мосты откроют "
            "к осени. Глава ведомства Олег Миронов в беседе с журналистами ИА «Восток» отметил, что паром через реку "
            "оставят до весны.", "ru")
    assert _speaker_of(a, "новые мосты откроют") == "Андрей Белов"
    assert _speaker_of(a, "паром через реку") == "Олег Миронов"


def test_ru_an_office_named_otherwise_points_back_at_its_holder(run):
    a = run("Переговоры\n\nЗаместитель министра иностранных дел Павел Громов заявил, что встреча возможна. Глава МИД "
            "Игорь Соколов в среду выступил в парламенте.\n\nКак отметил министр, диалог продолжится в январе. По "
            "словам замминистра, повестка еще не готова.", "ru")
    assert _speaker_of(a, "диалог продолжится") == "Игорь Соколов"
    assert _speaker_of(a, "повестка еще не готова") == "Павел Громов"


def test_ru_glava_regiona_is_the_governor_and_glava_vedomstva_the_minister(run):
    a = run("Дороги\n\nГубернатор Тверской области Петр Лапин осмотрел трассу. «Ремонт закончим до зимы», — написал "
            "глава региона в своем канале в «Телеграме».\n\n«Денег хватит на все работы», — сказал министр финансов "
            "Юрий Ершов. Глава ведомства добавил, что смета уже утверждена.", "ru")
    assert _speaker_of(a, "Ремонт закончим до зимы") == "Петр Лапин"
    assert _speaker_of(a, "смета уже утверждена") == "Юрий Ершов"


def test_ru_a_dash_answer_by_the_spokesman_of_a_body(run):
    a = run("Кремль\n\nПресс-секретарь президента Дмитрий Песков отметил, что график встреч не изменился. «Все идет "
            "по плану», — добавил представитель Кремля.", "ru")
    assert _speaker_of(a, "Все идет по плану") == "Дмитрий Песков"


def test_ru_privodit_slova_names_whose_words_they_are(run):
    a = run("Шахты\n\n«Зарплаты выплатят до конца месяца», — приводит слова директора шахты Петра Орлова "
            "„Интерфакс“. Премьер-министр Чехии Ян Новак прибыл в Берлин. «Мы не уступим», — передает слова "
            "чешского премьера агентство ČTK.", "ru")
    assert _speaker_of(a, "Зарплаты выплатят") == "Петр Орлов"
    assert _speaker_of(a, "Мы не уступим") == "Ян Новак"


def test_ru_a_press_service_and_the_body_in_the_genitive(run):
    a = run("Суд\n\nКак сообщает пресс-служба суда, истец требует вернуть 2 млн рублей.", "ru")
    assert _speaker_of(a, "истец требует") == "пресс-служба суда"


def test_ru_a_foreign_surname_in_a_doubled_consonant_and_e_does_not_decline(run):
    a = run("НАТО\n\nГенеральный секретарь альянса Марк Рютте заявил, что учения пройдут весной.", "ru")
    assert _speaker_of(a, "учения пройдут весной") == "Марк Рютте"


def test_ru_the_comma_before_chto_after_a_long_phrase_of_place(run):
    a = run("Энергетика\n\nЗаместитель министра энергетики Иван Ломов заявил на заседании профильного комитета "
            "Госдумы, что тарифы вырастут весной.", "ru")
    assert _speaker_of(a, "тарифы вырастут весной") == "Иван Ломов"


def test_ru_privodit_dannye_closes_a_statement(run):
    a = run("Рынок\n\nАналитик банка Олег Сомов считает, что рынок уже упал. Акции металлургов с начала года "
            "подешевели на 28%, приводит данные эксперт.", "ru")
    assert _speaker_of(a, "Акции металлургов") == "Олег Сомов"


def test_ru_a_ministry_its_genitive_and_its_country_are_one_body(run):
    a = run("Фронт\n\nМинистерство обороны России в пятницу сообщило, что над Брянской областью сбиты 12 "
            "беспилотников.", "ru")
    assert _speaker_of(a, "над Брянской областью") == "Министерство обороны России"


def test_ru_po_dannym_regulyatora_is_the_body_named_before(run):
    a = run("Банки\n\nБанк России в обзоре отмечает, что кредиты дорожают. По данным регулятора, просрочка выросла на "
            "0,4 процентного пункта.", "ru")
    c = next(c for c in a.claims if "0,4" in c.span.text)
    assert c.claimant == "Банк России"


def test_ru_a_gerund_clause_with_a_quoted_name_between_subject_and_verb(run):
    a = run("Бюджет\n\nМинистр экономики Олег Зуев, выступая на форуме «Вперед, Сибирь!», напомнил, что инвестиции "
            "в регионе выросли за год.", "ru")
    assert _speaker_of(a, "инвестиции в регионе") == "Олег Зуев"


def test_ru_a_number_in_the_speaker_s_participle_clause_is_not_theirs(run):
    a = run("Школа\n\nУчитель Анна Белова, преподающая в школе 25 лет, рассказывает, что раньше классы были "
            "меньше.", "ru")
    c = next(c for c in a.claims if "25 лет" in c.span.text)
    assert c.claimant is None


def test_ru_svyazyvaet_gives_a_cause(run):
    a = run("Рынок\n\nДиректор агентства Павел Сухов связывает спад продаж с подорожанием кредитов.", "ru")
    assert _speaker_of(a, "спад продаж") == "Павел Сухов"


def test_ru_a_role_noun_after_a_person_of_the_paragraph(run):
    a = run("Больница\n\nГлавный врач больницы Ирина Осипова признает, что ставок не хватает.\n\nФельдшер Максим "
            "Юдин, работающий на скорой, говорит, что вызовов стало больше. «Мы ездим по сорок раз за смену», — "
            "говорит медик.", "ru")
    assert _speaker_of(a, "Мы ездим по сорок раз") == "Максим Юдин"
def test_pt_a_rank_before_the_name_in_apposition_after_a_title_s_body(run):
    a = run("Aviões\n\nSegundo o comandante da Zona Aérea dos Açores, coronel Vítor Meireles, os caças chegam em "
            "março. Para o líder do PT no Senado, senador Jorge Matos (BA), a proposta \"não tem votos\".", "pt")
    assert _speaker_of(a, "os caças chegam") == "Vítor Meireles"
    assert _speaker_of(a, "não tem votos") == "Jorge Matos"  # (the state in brackets, no acronym of the name)


def test_pt_conforme_and_a_verb_before_a_long_title_and_the_name(run):
    a = run("Radares\n\nConforme explicou o diretor do Instituto Nacional de Aviação Civil, engenheiro Paulo "
            "Rebelo, os novos radares entram em funcionamento no verão.", "pt")
    q = next(q for q in a.quotes if "novos radares" in q.content.text)
    assert q.speaker == "Paulo Rebelo" and not q.content.text.startswith("Conforme")


def test_pt_a_compound_past_reports_after_its_auxiliary(run):
    a = run("Cimeira\n\nA comissária europeia Laura Kask, que visitou Lisboa na semana passada, tinha pedido aos "
            "governos que \"gastem melhor e mais depressa\". O Kremlin tem dito que a Europa quer a guerra.\n\n"
            "O pedido que o Governo fez foi recusado.", "pt")
    assert _speaker_of(a, "gastem melhor") == "Laura Kask"
    assert _speaker_of(a, "a Europa quer a guerra") is not None
    assert not any("Governo fez" in q.content.text for q in a.quotes)


def test_pt_descreveu_reports_a_description(run):
    a = run("Cheias\n\nA rádio ouviu a comerciante Teresa Lopes, que descreveu uma manhã \"de caos\" na baixa.", "pt")
    assert _speaker_of(a, "de caos") == "Teresa Lopes"


def test_pt_a_second_que_clause_a_few_words_after_the_quote(run):
    a = run("Escolas\n\nO ministro Fernando Alves afirmou que \"não faltarão professores\" no próximo ano letivo e "
            "que o concurso abre em maio.", "pt")
    assert _speaker_of(a, "o concurso abre em maio") == "Fernando Alves"


def test_pt_an_unnamed_source_of_a_body_in_a_place_is_no_place(run):
    a = run("Fábrica\n\nUma fonte da fábrica de Castelo Branco disse à agência que a produção para em agosto.", "pt")
    assert _speaker_of(a, "a produção para em agosto").startswith("fonte")


def test_pt_a_reporting_gerund_goes_on_with_the_sentence_s_speaker(run):
    a = run("Portos\n\nO porta-voz Tiago Lemos rejeitou as acusações. \"É falso\", afirmou aos jornalistas, "
            "acrescentando que a administração cumpre todas as regras. A autarca Rita Faria criticou a obra, "
            "sublinhando que o estudo ambiental está incompleto.", "pt")
    assert _speaker_of(a, "a administração cumpre") == "Tiago Lemos"
    assert _speaker_of(a, "o estudo ambiental está incompleto") == "Rita Faria"


def test_pt_what_one_is_accused_of_after_acusou_x_de(run):
    a = run("Fábrica\n\nEm declarações à rádio, a vereadora Sónia Prates acusou a fábrica de ter escondido as análises "
            "da água. O Ministério dos Negócios Estrangeiros acusou a Hungria de \"hipocrisia\".", "pt")
    assert _speaker_of(a, "ter escondido as análises") == "Sónia Prates"
    assert _speaker_of(a, "hipocrisia") == "Ministério dos Negócios Estrangeiros"


def test_pt_what_a_study_shows_after_an_opening_source_is_the_source_s(run):
    a = run("Renda\n\nDe acordo com a economista Helena Duarte, inquérito feito pela federação mostra que 40% dos "
            "inquilinos pagam demais. Para o cardiologista Nuno Faria, o estudo mostra que o sal continua a "
            "matar.", "pt")
    assert _speaker_of(a, "40% dos inquilinos") == "Helena Duarte"
    q = next(q for q in a.quotes if "o sal continua" in q.content.text)
    assert q.speaker == "Nuno Faria" and q.content.text.startswith("o estudo mostra")


def test_pt_a_second_verb_of_the_reported_clause_s_subject_after_the_quote(run):
    a = run("Tribunal\n\nNo acórdão, o juiz Álvaro Pinto afirma que os gestores \"conheciam o perigo\" e decidiram "
            "ignorar os alertas dos técnicos.", "pt")
    assert _speaker_of(a, "decidiram ignorar os alertas") == "Álvaro Pinto"


def test_pt_a_title_with_a_nationality_is_the_one_introduced_with_that_country(run):
    a = run("Cimeira\n\nO ministro da Defesa da Letónia, Jānis Kalniņš, pediu mais tropas. Em Varsóvia, o chefe da "
            "diplomacia polaca, Tomasz Wrona, também falou.\n\n— A fronteira é de todos — declarou o ministro polaco "
            "à rádio.\n\nO ministro critica Berlim e diz que a ajuda \"chega tarde\".", "pt")
    assert _speaker_of(a, "A fronteira é de todos") == "Tomasz Wrona"
    assert _speaker_of(a, "chega tarde") == "Tomasz Wrona"


def test_pt_a_long_phrase_of_occasion_before_que(run):
    a = run("Hospital\n\nA ministra da Saúde, Carla Bento, afirmou à margem de uma visita ao centro de saúde que as "
            "urgências vão reabrir em junho.", "pt")
    assert _speaker_of(a, "as urgências vão reabrir") == "Carla Bento"


def test_pt_a_company_s_name_before_an_apposition_with_its_noun(run):
    a = run("Entregas\n\nA iFood, maior empresa do setor, afirmou que vai recorrer da decisão do tribunal. A empresa "
            "diz ter pago R$ 2,1 bilhões aos entregadores.", "pt")
    assert _speaker_of(a, "vai recorrer da decisão") == "iFood"
    assert _speaker_of(a, "ter pago") == "iFood"


def test_pt_a_double_surname_joined_by_e_is_one_person(run):
    a = run("Marinha\n\nO almirante Rui Sampaio e Castro, antigo chefe da Armada, disse à rádio que os submarinos "
            "estão velhos. Sampaio e Castro defendeu que o país compre mais drones.", "pt")
    assert _speaker_of(a, "os submarinos estão velhos") == "Rui Sampaio e Castro"
    assert "Sampaio e Castro" in _speaker_of(a, "o país compre mais drones")
    b = run("Cimeira\n\nO primeiro-ministro Pedro Lemos e Costa conversaram ontem. Costa disse que o acordo está "
            "fechado.", "pt")
    assert not any("Lemos e Costa" in (q.speaker or "") for q in b.quotes)


def test_pt_a_country_s_adjective_closes_a_body_s_name(run):
    a = run("Báltico\n\nSegundo a Guarda Costeira finlandesa, o navio esteve parado durante seis horas.", "pt")
    assert _speaker_of(a, "o navio esteve parado") == "Guarda Costeira finlandesa"


def test_pt_a_quote_opening_a_sentence_goes_on_with_the_sentence_before(run):
    a = run("Gás\n\n\"O contrato está fechado\", disse Oleg Markov. \"Os europeus vão pagar mais caro no inverno que "
            "vem.\"\n\nJá a porta-voz da comissão, Ingrid Solberg, foi mais prudente. \"Vamos analisar os números "
            "antes de decidir.\"\n\nO Governo aprovou o decreto ontem. \"Isto é uma vergonha para o país "
            "inteiro.\"", "pt")
    assert _speaker_of(a, "Os europeus vão pagar") == "Oleg Markov"
    assert _speaker_of(a, "Vamos analisar os números") == "Ingrid Solberg"
    assert _speaker_of(a, "Isto é uma vergonha") is None


def test_pt_two_titles_joined_by_e_before_the_name_in_apposition(run):
    a = run("Rios\n\nO biólogo e fotógrafo Caio Menezes, fundador do projeto Rio Vivo, considera que a poluição "
            "\"não para de crescer\".", "pt")
    assert _speaker_of(a, "não para de crescer") == "Caio Menezes"
def test_bg_otvarna_and_otchita_report(run):
    a = run("Бюджет\n\nДепутатът Иван Колев от опозицията критикува плана.\n\n– Заплатите ще растат и догодина, "
            "както беше обещано – отвърна Колев.\n\nУправителят на банката Петър Стаматов отчита, че депозитите "
            "растат по-бавно от заемите.", "bg")
    assert _speaker_of(a, "Заплатите ще растат") == "Иван Колев"
    assert _speaker_of(a, "депозитите растат") == "Петър Стаматов"


def test_bg_sochat_reports_only_what_a_cited_text_shows(run):
    a = run("Цени\n\nДанните на Евростат пък сочат, че цените на тока у нас са най-ниските в съюза.", "bg")
    assert _speaker_of(a, "цените на тока") == "Евростат"


def test_bg_pokazvat_a_definite_adjective_and_a_cited_text_with_its_acronym(run):
    a = run("Заетост\n\nБезработицата през октомври е 3,9%, показват последните данни на Националния статистически "
            "институт (НСИ).", "bg")
    c = next(c for c in a.claims if "3,9%" in c.span.text)
    assert "НСИ" in c.claimant


def test_bg_organizatsiyata_points_back_at_the_body_named_last(run):
    a = run("Туризъм\n\nОт Асоциацията на заведенията в България (АЗБ) предупредиха, че сезонът ще е слаб. "
            "Според данните на организацията нощувките са намалели с 8%.", "bg")
    assert "Асоциацията на заведенията" in _speaker_of(a, "нощувките са намалели")


def test_bg_a_title_its_body_and_its_field_before_a_foreign_name(run):
    a = run("Бежанци\n\nПо думите на специалния представител на ООН за бежанците Луиза Мартинес лагерите са "
            "препълнени.", "bg")
    assert _speaker_of(a, "лагерите са препълнени") == "Луиза Мартинес"


def test_bg_a_feminine_title_and_a_long_quote_after_opredeli_kato(run):
    a = run("Реформа\n\nГоворителката на здравното министерство Елена Маринова определи проекта като „опасен и "
            "напълно ненужен експеримент“.", "bg")
    assert _speaker_of(a, "опасен и напълно ненужен") == "Елена Маринова"


def test_bg_a_dateline_with_the_hour_word():
    assert parse_text("Заглавие\n4 декември 2026 г., 12:40 ч.\n\nТекст на статията.").date == "2026-12-04"
    assert parse_text("Заглавие\n3 декември 2026 г. 9:15 часа\n\nТекст на статията.").date == "2026-12-03"


def test_bg_a_rate_right_after_one_read_from_data_is_from_the_same_data(run):
    a = run("Заплати\n\nСредната заплата е нараснала с 12,4% за година, показват данните на НСИ. Спрямо "
            "предходното тримесечие ръстът е 2,1%.\n\nПо данни на МВР катастрофите са намалели с 5%. На 12 места "
            "са поставени нови камери.", "bg")
    assert next(c for c in a.claims if "2,1%" in c.span.text).claimant == "НСИ"
    assert next(c for c in a.claims if "12 места" in c.span.text).claimant is None


def test_bg_a_quoted_name_after_a_preposition_or_before_its_verb_is_no_speech(run):
    a = run("Климат\n\nЦените са скочили с 20%, показва проверка на „Зелена планета“. Докладът „Състоянието на "
            "водите“ сочи, че реките пресъхват все по-често.", "bg")
    assert not any(q.content.text == "Зелена планета" for q in a.quotes)
    assert all(q.speaker is None for q in a.quotes if q.content.text == "Състоянието на водите")


def test_bg_a_plural_group_with_its_field_and_preduprezhdavat(run):
    a = run("Ледници\n\nГеолозите от института по география предупреждават, че снежните полета в Рила се топят "
            "по-бързо. Тъй като синоптиците предупреждават, че идва суша, общината ограничава поливането.", "bg")
    assert _speaker_of(a, "снежните полета в Рила") == "Геолозите от института по география"
    assert not any(q.speaker == "Тъй" for q in a.quotes)


def test_bg_a_plural_group_after_a_closing_plural_verb(run):
    a = run("Море\n\nВодата край Созопол е по-топла от обичайното, казват биолозите от института по океанология. "
            "Сезонът ще бъде кратък, предупреждават хотелиерите.", "bg")
    assert _speaker_of(a, "Водата край Созопол") == "биолозите от института по океанология"
    assert _speaker_of(a, "Сезонът ще бъде кратък") == "хотелиерите"


def test_bg_a_body_noun_does_not_point_back_at_a_title_of_the_same_letters(run):
    a = run("Приходи\n\nФинансовият министър Иван Петров защити бюджета пред депутатите. Според данни на "
            "министерството приходите са се увеличили с 8%.", "bg")
    assert "Финансовият министър" not in _speaker_of(a, "приходите са се увеличили")


def test_bg_v_saobshtenieto_na_a_body_se_kazva(run):
    a = run("Арест\n\nВ съобщението на районната прокуратура се казва, че задържаният е оставен в ареста. В позицията "
            "на Министерството на външните работи се посочва, че посланикът ще бъде извикан.", "bg")
    assert _speaker_of(a, "задържаният е оставен") == "районната прокуратура"
    assert _speaker_of(a, "посланикът ще бъде извикан") == "Министерството на външните работи"


def test_bg_a_title_and_its_place_point_back_at_the_person_named_with_them(run):
    a = run("Ремонт\n\nКметът на Габрово Таня Христова откри обекта. По думите на кмета на Габрово ремонтът на "
            "площада ще приключи до май. Според кмета на Трявна сроковете са нереалистични.", "bg")
    assert _speaker_of(a, "ремонтът на площада") == "Таня Христова"
    assert "Таня Христова" not in _speaker_of(a, "сроковете са нереалистични")


def test_bg_te_points_back_at_a_plural_group(run):
    a = run("Реки\n\nНивото на Дунав е най-ниското от десетилетия, казват хидролозите. Те предупреждават, че корабите "
            "ще спрат до края на месеца.", "bg")
    assert _speaker_of(a, "корабите ще спрат") == "хидролозите"


def test_bg_where_and_to_whom_between_the_verb_and_che(run):
    a = run("Съвет\n\nМинистърът на земеделието Иван Колев заяви по време на брифинг в Министерския съвет, че "
            "изкупните цени ще бъдат обявени до петък.", "bg")
    assert _speaker_of(a, "изкупните цени ще бъдат обявени") == "Иван Колев"


def test_bg_informira_utochnyavat_and_a_denied_statement(run):
    a = run("Сесия\n\nПредседателят на общинския съвет Мария Колева информира, че заседанието ще продължи до късно "
            "вечерта. От полицията уточняват, че пътят ще остане затворен до неделя. Съветът отложи решението. "
            "По каква причина, общината не уточнява.", "bg")
    assert _speaker_of(a, "заседанието ще продължи") == "Мария Колева"
    assert "полицията" in _speaker_of(a, "пътят ще остане затворен")
    assert not any("По каква причина" in q.content.text for q in a.quotes)


def test_bg_eto_kakvo_kaza_toy_opens_no_name(run):
    a = run("Грип\n\nЗдравният министър Петър Калинов каза, че болниците са готови за сезона. Ето какво каза той: "
            "„Ваксините стигат за всички, които искат да се ваксинират.“", "bg")
    assert _speaker_of(a, "Ваксините стигат") == "Петър Калинов"


def test_bg_a_sentence_cut_after_a_year_before_a_title(run):
    a = run("Път\n\nВицепремиерът Стоян Колев подчерта, че магистралата е приоритет. По думите на вицепремиера "
            "отсечката ще бъде завършена до 2028 г. Министърът на транспорта Иван Генов добави, че парите за "
            "отчуждаването са осигурени.", "bg")
    assert _speaker_of(a, "отсечката ще бъде завършена") == "Стоян Колев"
    assert _speaker_of(a, "парите за отчуждаването") == "Иван Генов"


def test_bg_data_from_a_year_name_no_source(run):
    a = run("Доходи\n\nСпоред данни от 2023 г. България е на последно място по доходи в съюза.", "bg")
    assert next(c for c in a.claims if "2023" in c.span.text).claimant is None


def test_bg_predade_and_uveriha_close_a_statement(run):
    a = run("Пожар\n\nОгънят край Свиленград е локализиран късно вечерта, предаде БТА. Положението в района е "
            "напълно овладяно, увериха от областната администрация.", "bg")
    assert _speaker_of(a, "Огънят край Свиленград") == "БТА"
    assert "областната администрация" in _speaker_of(a, "Положението в района")


def test_bg_a_name_pred_an_outlet_and_a_colon(run):
    a = run("Дефицит\n\nИкономистът Стефан Гонов пред „Дарик“: „Дефицитът ще надхвърли три процента от БВП.“\n\n"
            "По думите на икономиста разходите за заплати растат твърде бързо.", "bg")
    assert _speaker_of(a, "Дефицитът ще надхвърли") == "Стефан Гонов"
    assert _speaker_of(a, "разходите за заплати") == "Стефан Гонов"


def test_bg_a_bare_noun_of_people_keeps_whose_they_are(run):
    a = run("Горива\n\nПредставители на бранша смятат, че цените на горивата ще се задържат до пролетта. Източник "
            "от митниците каза пред „Сега“, че проверките ще продължат до края на годината.", "bg")
    assert _speaker_of(a, "цените на горивата") == "Представители на бранша"
    assert _speaker_of(a, "проверките ще продължат") == "Източник от митниците"


def test_bg_toy_after_a_sentence_opened_by_a_title_without_a_name(run):
    a = run("Пожар\n\nЩетите надхвърлят два милиона лева, пише „Капитал“. Министърът на земеделието посети района в "
            "неделя. Той заяви, че стопаните ще получат обезщетения до края на месеца.", "bg")
    assert _speaker_of(a, "стопаните ще получат") == "Министърът на земеделието"


def test_bg_otbelyazvat_and_nyakoi_open_no_name(run):
    a = run("Климат\n\nЛятото ще бъде по-горещо от обичайното за региона, отбелязват синоптиците. Някои експерти "
            "отбелязват, че сушата ще засегне и реколтата от царевица.", "bg")
    assert _speaker_of(a, "Лятото ще бъде") == "синоптиците"
    assert not any(q.speaker == "Някои" for q in a.quotes)


def test_ru_ob_etom_govoritsya_v_soobshchenii_gives_the_sentence_before(run):
    a = run("Грипп\n\nЗа неделю в области выявлено 2 300 случаев гриппа. Об этом говорится в сообщении "
            "Роспотребнадзора.", "ru")
    assert _speaker_of(a, "выявлено 2 300 случаев") == "Роспотребнадзор"


def test_ru_po_informatsii_ministerstva_is_the_ministry_named_by_its_short_form(run):
    a = run("Школы\n\nВ Минпросвещения сообщили, что учебников хватит всем. По информации министерства, тираж "
            "увеличен на 15%.", "ru")
    assert "Минпросвещения" in _speaker_of(a, "тираж увеличен")


def test_ru_spetsialist_points_back_at_the_person(run):
    a = run("Дороги\n\nИнженер Олег Карпов пояснил, что асфальт кладут зимой. «Так делать нельзя, покрытие "
            "не продержится и года», — считает специалист.", "ru")
    assert "Олег Карпов" in _speaker_of(a, "Так делать нельзя")


def test_ru_a_second_title_in_apposition_before_the_name(run):
    a = run("Наука\n\n«Мы наблюдали за пациентами три года», — рассказала руководитель проекта, доктор "
            "биологических наук Ольга Смирнова.", "ru")
    assert _speaker_of(a, "Мы наблюдали за пациентами") == "Ольга Смирнова"


def test_ru_v_vedomstve_is_the_body_that_opened_the_paragraph(run):
    a = run("Пожар\n\nПрокуратура Тверской области начала проверку. Банк «Восток» отказался от комментариев. В "
            "надзорном ведомстве отметили, что владелец склада уже получал предписания.", "ru")
    assert _speaker_of(a, "владелец склада уже получал") == "Прокуратура Тверской области"


def test_ru_po_dannym_vedomstva_is_the_body_the_sentence_named(run):
    a = run("Дороги\n\nВодителям в областном департаменте ответили: по данным ведомства, все трассы очищены от "
            "снега.", "ru")
    assert "департамент" in _speaker_of(a, "все трассы очищены")


def test_ru_tam_is_the_body_named_by_its_common_noun_after_v(run):
    a = run("Школа\n\nДиректор лицея Анна Белова заявила, что ремонт сорван. В управлении образования района с "
            "этим не согласны. Там заявили, что подрядчик «получил все деньги вовремя».", "ru")
    assert "управлении образования" in _speaker_of(a, "получил все деньги")


def test_ru_kak_vyyasnil_an_outlet(run):
    a = run("Банки\n\nКак выяснил «Коммерсантъ», крупные банки готовят снижение ставок по вкладам.", "ru")
    assert _speaker_of(a, "крупные банки готовят") == "Коммерсантъ"


def test_ru_rekomendovali_with_an_infinitive(run):
    a = run("Жара\n\nВ Минздраве рекомендовали пенсионерам не выходить на улицу в полдень.", "ru")
    assert "Минздрав" in _speaker_of(a, "не выходить на улицу")


def test_ru_a_man_s_first_name_with_a_particle_before_the_surname(run):
    a = run("Саммит\n\nМинистр Олег Зуев предложил, что голосование стоит отложить.\n\nПозицию Зуева поддержал "
            "канцлер Людвиг ван Берген. По его словам, спешка только навредит союзу.", "ru")
    assert "Берген" in _speaker_of(a, "спешка только навредит")


def test_ru_po_dannym_agentstva_is_the_agency_named_before(run):
    a = run("Атом\n\nДиректор Международного агентства по атомной энергии Иван Лесков посетил станцию. По данным "
            "агентства, реактор остановлен 4 раза.", "ru")
    c = next(c for c in a.claims if "4 раза" in c.span.text)
    assert c.claimant == "IAEA"  # the agency, named as the entities layer links it in every language


def test_ru_kak_soobshchili_v_goes_on_into_the_next_sentence_s_figure(run):
    a = run("Такси\n\nКак сообщили в «Ситимобил», время ожидания машины выросло с 5 до 8 минут. Цены за месяц "
            "поднялись на 12%.", "ru")
    c = next(c for c in a.claims if "12%" in c.span.text)
    assert c.claimant == "Ситимобил"


def test_ru_an_event_s_name_in_quote_marks_is_no_speech(run):
    a = run("Форум\n\nДепутат Петр Осин, выступая на форуме «Сибирь зовет!», напомнил, что дороги в регионе "
            "строятся медленно.", "ru")
    assert not [q for q in a.quotes if "Сибирь" in q.content.text]
    assert _speaker_of(a, "дороги в регионе") == "Петр Осин"


def test_ru_a_plural_role_of_a_body_named_in_quote_marks(run):
    a = run("Туризм\n\n«Летом турпоток на юг вырос вдвое по сравнению с весной», — уточнили эксперты "
            "«ТурСтата».", "ru")
    assert "ТурСтат" in _speaker_of(a, "турпоток на юг")


def test_ru_privodit_an_outlet_then_slova(run):
    a = run("Переговоры\n\n«Встреча прошла конструктивно, но без прорыва», — приводит ТАСС слова министра "
            "иностранных дел Словакии Юрая Бланара.", "ru")
    assert "Бланар" in _speaker_of(a, "Встреча прошла конструктивно")


def test_ru_a_plural_role_and_the_body_it_works_for(run):
    a = run("Рубль\n\n«Рубль ослабнет к концу квартала», — отметили аналитики Газпромбанка.", "ru")
    assert _speaker_of(a, "Рубль ослабнет") == "аналитики Газпромбанка"


def test_ru_po_mneniyu_bankira_points_back(run):
    a = run("Ставка\n\nГлава банка «Заря» Олег Чернов считает, что кредиты подешевеют. По мнению банкира, к лету "
            "ставка составит 14%.", "ru")
    assert _speaker_of(a, "к лету ставка") == "Олег Чернов"


def test_ru_two_titles_in_apposition_with_a_body_between(run):
    a = run("Грипп\n\nВакцин хватит на всех желающих. Об этом сообщил вирусолог, заведующий лабораторией "
            "Института вирусологии, профессор МГУ Андрей Белов.", "ru")
    assert "Андрей Белов" in _speaker_of(a, "Вакцин хватит")


def test_ru_a_dative_plural_opening_the_sentence_is_no_speaker(run):
    a = run("Вода\n\nЖителям посоветовали кипятить воду перед употреблением.", "ru")
    assert not [q for q in a.quotes if "кипятить воду" in q.content.text and q.speaker == "Жителям"]


def test_ru_a_short_direct_quote_is_not_found_again_as_reported_speech(run):
    a = run("Мэр\n\n«Ситуация под контролем», — заявил мэр Тулы Игорь Волков.", "ru")
    assert len([q for q in a.quotes if "Ситуация под контролем" in q.content.text]) == 1


def test_a_direct_quote_is_not_found_again_as_reported_speech_in_any_language(run):
    a = run('Prefeito\n\n"Tudo sob controle", disse o prefeito João Silva.', "pt")
    found = [(q.kind, q.speaker) for q in a.quotes if "Tudo sob controle" in q.content.text]
    assert found == [("direct", "João Silva")]


@pytest.mark.parametrize("text, snippet, speaker", [
    # "अपील की कि", "दलील दी कि" report what follows
    ("बाढ़\n\nमुख्यमंत्री हेमंत राव ने केंद्र से अपील की कि राज्य को तुरंत राहत पैकेज दिया जाए।", "राहत पैकेज", "हेमंत राव"),
    ("अदालत\n\nवकील सुधीर नंदा ने दलील दी कि पुलिस ने बिना वारंट के तलाशी ली थी।", "बिना वारंट", "सुधीर नंदा"),
    # a bare "मेयर" is the mayor named before
    ("पानी\n\nइंदौर के मेयर अजय भार्गव ने बैठक बुलाई। मेयर के अनुसार, शहर की तीन टंकियां खाली हो चुकी हैं।",
     "तीन टंकियां", "भार्गव"),
    # a title with its modifier, as the person was introduced with it
    ("कर\n\nकेंद्रीय उत्पाद शुल्क आयुक्त नरेश बाली ने छापे की पुष्टि की। 'सभी दस्तावेज जब्त कर लिए गए हैं,' शुल्क आयुक्त ने "
     "कहा।", "सभी दस्तावेज", "नरेश बाली"),
    # "X की ओर से (सोमवार को) जारी आंकड़ों के मुताबिक": the body before की ओर से; a bare "आंकड़ों के अनुसार" after it
    ("निर्यात\n\nवाणिज्य मंत्रालय की ओर से बुधवार को जारी आंकड़ों के मुताबिक, निर्यात में गिरावट आई है। आंकड़ों के अनुसार, "
     "आयात भी घटा है।", "निर्यात में गिरावट", "वाणिज्य मंत्रालय"),
    ("निर्यात\n\nवाणिज्य मंत्रालय की ओर से बुधवार को जारी आंकड़ों के मुताबिक, निर्यात में गिरावट आई है। आंकड़ों के अनुसार, "
     "आयात भी घटा है।", "आयात भी घटा", "वाणिज्य मंत्रालय"),
    # "डीएम ने बताया …। '…,' उन्होंने कहा": the officer the short title stands for
    ("ठंड\n\nजिलाधिकारी सौरभ गुप्ता ने रैन बसेरों का निरीक्षण किया। डीएम ने बताया कि सभी रैन बसेरों में कंबल हैं। "
     '"किसी को सड़क पर नहीं सोने दिया जाएगा," उन्होंने कहा।', "सड़क पर नहीं", "सौरभ गुप्ता"),
    # an agent inside a reported clause is no antecedent of उन्होंने
    ("सड़क\n\nआयुक्त मनोज तिवारी ने कहा कि ठेकेदार ने काम अधूरा छोड़ दिया है। भुगतान रोक दिया जाएगा, उन्होंने जोड़ा।",
     "भुगतान रोक", "मनोज तिवारी"),
    # "X रोते हुए कहती हैं, '…।' उन्होंने बताया कि …": the participle is no part of the name, and the next sentence's
    # own कि-clause does not take the quote away
    ("हादसा\n\nपड़ोसी विनोद शर्मा का कहना है कि आग रात में लगी। मृतक की पत्नी गीता देवी रोते हुए कहती हैं, \"अब हमारा कोई "
     "सहारा नहीं बचा।\" उन्होंने बताया कि घर में कोई और कमाने वाला नहीं है।", "कोई सहारा", "गीता देवी"),
    # a title with its modifier before ने is the one introduced with it, as the antecedent of उन्होंने
    ("राजस्व\n\nवाणिज्य सचिव सुनील बर्थवाल ने बैठक की अध्यक्षता की। वाणिज्य सचिव ने कहा कि प्रधानमंत्री मोदी ने निर्यातकों की "
     "तारीफ की. उन्होंने कहा, 'निर्यात के नए बाजार खुल रहे हैं।'", "नए बाजार", "सुनील बर्थवाल"),
    # "ऐलान किया कि" reports; "X ने … N लाख रुपये देने की घोषणा की": the sum announced is X's
    ("खेल\n\nखेल मंत्री अनुराग राणा ने ऐलान किया कि राज्य में नया स्टेडियम बनेगा।", "नया स्टेडियम", "अनुराग राणा"),
    ("राहत\n\nराज्य सरकार ने बाढ़ पीड़ितों को 50-50 हजार रुपये की मदद देने की घोषणा की है।", "50-50 हजार", "राज्य सरकार"),
])
def test_hindi_rules_of_the_twelfth_batch(run, text, snippet, speaker):
    assert speaker in (_speaker_of(run(text), snippet) or "")


def test_hindi_an_announcement_without_a_sum_stays_the_reporter_s(run):
    a = run("योजना\n\nमुख्यमंत्री ने पहली बार मार्च 2021 में 12 जिलों के दौरे के दौरान इस योजना की घोषणा की थी।", "hi")
    assert not any("12 जिलों" in q.content.text for q in a.quotes)
    assert all(c.claimant is None for c in a.claims)


def test_hindi_an_adverbial_participle_before_a_present_tense_verb_is_no_part_of_the_name(run):
    a = run("हादसा\n\nमृतक की बहन रेखा कुमारी मुस्कुराते हुए कहती हैं, \"भाई हमेशा सबकी मदद करता था।\"", "hi")
    speaker = _speaker_of(a, "सबकी मदद")
    assert "रेखा कुमारी" in speaker and "हुए" not in speaker


def test_a_wire_dateline_is_no_claim(run):
    """"РИГА, 10 июл - Sputnik.", "LISBOA, 12 de março - Lusa.": where and when a wire was filed is no claim; a
    sentence with a date after its first words still is one ("NATO, founded in 1949, grew" keeps its date)."""
    a = run("Бои\n\nРИГА, 10 июл - Sputnik. ВСУ потеряли за сутки 2,1 тысячи человек.", "ru")
    assert [c.span.text for c in a.claims] == ["ВСУ потеряли за сутки 2,1 тысячи человек."]
    b = run("Governo\n\nLISBOA, 12 de março - Lusa. O Governo aprovou 300 milhões de euros.", "pt")
    assert [c.span.text for c in b.claims] == ["O Governo aprovou 300 milhões de euros."]
    c = run("Договор\n\nНАТО, основанное в 1949 году, расширилось.", "ru")
    assert len(c.claims) == 1


def test_a_function_word_is_never_a_speaker_or_claimant(run):
    """A capitalised function word opening the sentence before the verb ("Для русских это было, как сказал …", "И
    тогда я не исключаю, что …") names no one: the quote stays unresolved rather than spoken by "Для" or "И"."""
    a = run("Интервью\n\nДля русских это было, как сказал посол в то время, «очень тёмно-красной линией». И тогда я не "
            "исключаю, что Западная Украина может вступить в НАТО.", "ru")
    for q in a.quotes:
        assert (q.speaker or "").casefold() not in ("для", "и"), q
    b = run("Бюджет\n\nИ все пак, каза тя, дефицитът ще бъде 3%.", "bg")
    assert all((c.claimant or "").casefold() not in ("и", "все") for c in b.claims)
    # Bulgarian demonstratives spaCy's stop list lacks ("Тази тактика, каза той, …")
    from narrascope.analysers.speech import function_word_name
    assert function_word_name("Тази", None, "bg") and function_word_name("Същевременно", None, "bg")
    # the Bulgarian negation opening the sentence ("Не всички икономисти смятат, че …") is no one either
    d = run("Цени\n\nНе всички икономисти смятат, че инфлацията ще падне до 3 процента тази година.", "bg")
    assert all((q.speaker or "").casefold() != "не" for q in d.quotes) and d.quotes
    assert all((c.claimant or "").casefold() != "не" for c in d.claims) and d.claims
    assert not function_word_name("Тази", "E3", "bg") and not function_word_name("Лавров", None, "bg")
    # a Portuguese gerund before its object opens no name; a first name in -ndo is one
    assert function_word_name("Citando", None, "pt", "Citando um estudo, disse que o clima aquece.")
    assert not function_word_name("Fernando", None, "pt", "Fernando disse que o clima aquece.")
    # a body whose name is a function word, written capitalised inside a sentence, keeps its quotes
    c = run("Ambiente\n\nA associação ambientalista Zero critica o plano. «O ruído afeta 400 mil pessoas», disse a "
            "Zero.", "pt")
    assert _speaker_of(c, "O ruído afeta") == "Zero"


def test_hindi_a_sentence_s_last_word_is_no_initial(run):
    """Hindi: a short word before a full stop is an initial only inside a name ("टी. वी. रमणी ने"); a sentence's
    last verb ("… है.", "… दी.") or a line break ends the speaker's phrase, and "हालांकि" opens none."""
    a = run("समझौता\n\nनाटो ने इसकी पुष्टि कर दी है.\nउत्तर अटलांटिक संधि संगठन ने कहा कि सैनिक पहुंच चुके हैं.", "hi")
    assert _speaker_of(a, "सैनिक पहुंच चुके") in ("उत्तर अटलांटिक संधि संगठन", "NATO")
    b = run("बयान\n\nसरकार ने जानकारी दी. योनहाप समाचार एजेंसी ने बताया कि सैनिक रवाना हो चुके हैं.", "hi")
    assert _speaker_of(b, "सैनिक रवाना") == "योनहाप समाचार एजेंसी"
    c = run("रिपोर्ट\n\nयुद्ध जारी है. हालांकि सदस्य देशों ने कहा कि समर्थन जारी रहेगा.", "hi")
    assert _speaker_of(c, "समर्थन जारी") == "सदस्य देशों"
    d = run("मिशन\n\nमिशन निदेशक टी. वी. रमणी ने बताया कि प्रक्षेपण सफल रहा.", "hi")
    assert "टी. वी. रमणी" in _speaker_of(d, "प्रक्षेपण सफल")


def test_hindi_a_gloss_in_brackets_before_ne_is_not_the_speaker(run):
    """Hindi: a bracketed description between the subject and "ने" ("व्हाइट हाउस (… आधिकारिक आवास) ने") is skipped,
    with the quote marks around the name; a bracketed acronym after a body's name belongs to the name, whole."""
    a = run("फैसला\n\n‘व्हाइट हाउस’ (अमेरिकी राष्ट्रपति का सरकारी आवास) ने कहा कि यह निर्णय चुनाव से पहले लिया गया।", "hi")
    speaker = _speaker_of(a, "निर्णय चुनाव से पहले")
    assert speaker in ("व्हाइट हाउस", "United States")  # (the entities layer names the White House so)
    b = run("चुनाव\n\nभारतीय जनता पार्टी (भाजपा) ने कहा कि वह सभी सीटों पर लड़ेगी।", "hi")
    speaker = _speaker_of(b, "सभी सीटों पर")
    assert speaker == "भारतीय जनता पार्टी (भाजपा)"


@pytest.mark.parametrize("text, snippet, speaker", [
    # verb nouns with their light verb report: "पुष्टि की कि", "खुलासा किया कि", "निर्देश दिए कि", "जानकारी दी कि"
    ("बांध\n\nसिंचाई मंत्री कमल नाथ ने पुष्टि की कि बांध की दीवार में दरार है।", "दीवार में दरार", "कमल नाथ"),
    ("घोटाला\n\nसांसद रीना पाल ने खुलासा किया कि ठेके बिना टेंडर के दिए गए।", "बिना टेंडर", "रीना पाल"),
    ("ठंड\n\nजिलाधिकारी मोहन लाल ने निर्देश दिए कि सभी स्कूल शनिवार तक बंद रहेंगे।", "शनिवार तक बंद", "मोहन लाल"),
    ("पुल\n\nविधायक अरुण सेठी ने जानकारी दी कि नया पुल मार्च में खुलेगा।", "मार्च में खुलेगा", "अरुण सेठी"),
    ("संदेश\n\nमुख्यमंत्री पुष्कर धामी ने ट्वीट किया, 'राहत का काम तेजी से चल रहा है।'", "राहत का काम", "पुष्कर धामी"),
    # "X का दावा है कि", "X का आरोप है कि"
    ("गांव\n\nग्रामीणों का आरोप है कि अधिकारी मौके पर नहीं पहुंचे।", "मौके पर नहीं", "ग्रामीणों"),
    ("मोर्चा\n\nसेना का दावा है कि उसने दो चौकियों पर कब्जा कर लिया है।", "दो चौकियों", "सेना"),
    # "X के शब्दों में, '…'"
    ("नदी\n\nपर्यावरणविद् सुनीता नारायण के शब्दों में, 'यह नदी अब नाला बन चुकी है।'", "नाला बन चुकी", "सुनीता नारायण"),
    # "X की रिपोर्ट में कहा गया है कि": whose report
    ("गरीबी\n\nनीति आयोग की ताजा रिपोर्ट में कहा गया है कि गांवों में गरीबी घटी है।", "गांवों में गरीबी", "नीति आयोग"),
])
def test_hindi_reporting_nouns_of_the_twelfth_batch(run, text, snippet, speaker):
    assert speaker in (_speaker_of(run(text), snippet) or "")


def test_hindi_a_reporting_noun_without_its_light_verb_reports_nothing(run):
    a = run("नियम\n\nसंसद ने एक कानून पारित किया जिसमें कंपनियों को यह खुलासा करने की जरूरत है कि वे कितना धुआं छोड़ती हैं। "
            "उनकी दी गई जानकारी ने यह सवाल उठाया कि नियम कितने सख्त हैं।", "hi")
    assert not any("कितना धुआं" in q.content.text or "कितने सख्त" in q.content.text for q in a.quotes)
    b = run("आरोप\n\nपुलिस ने व्यापारी रमेश गोयल पर कर चोरी की साजिश में शामिल होने का आरोप लगाया।", "hi")
    assert all((q.speaker or "") != "शामिल होने" for q in b.quotes)


def test_hindi_a_reported_clause_stops_at_jabki(run):
    a = run("रिपोर्ट\n\nविपक्ष का दावा है कि सरकार ने आंकड़े छिपाए हैं जबकि सरकारी मीडिया \"विकास की नई कहानी\" बता रहा है।",
            "hi")
    q = next(q for q in a.quotes if "आंकड़े छिपाए" in q.content.text)
    assert q.speaker == "विपक्ष" and "जबकि" not in q.content.text and "मीडिया" not in q.content.text


def test_pt_relembra_reports(run):
    a = run("Seca\n\n— O poço secou em agosto. Ficámos sem nada — relembra o agricultor Jaime Lobo.", "pt")
    assert _speaker_of(a, "O poço secou") == "Jaime Lobo"


def test_pt_a_union_s_estrutura_speaks_for_the_union(run):
    a = run("Greve\n\nEm comunicado, a estrutura sindical do STAL acusa a câmara de \"esconder as contas\".", "pt")
    assert "STAL" in _speaker_of(a, "esconder as contas")
    b = run("Greve\n\nO Sindicato dos Estivadores marcou uma greve para segunda-feira. Em comunicado, a estrutura "
            "sindical acusa o porto de \"ignorar os acidentes\".", "pt")
    assert _speaker_of(b, "ignorar os acidentes") == "Sindicato dos Estivadores"


def test_pt_a_corporacao_is_the_police_named_before(run):
    a = run("Operação\n\nA Polícia Federal prendeu três suspeitos em Belém. Em nota, a corporação informou que foram "
            "apreendidos dois carros.", "pt")
    assert _speaker_of(a, "foram apreendidos") == "Polícia Federal"


def test_pt_o_instituto_is_the_institute_named_by_its_acronym(run):
    a = run("Emprego\n\nDe acordo com o IBGE, o desemprego caiu para 6,1%. A renda média subiu 3,4%, segundo os "
            "mesmos dados do instituto.", "pt")
    assert _speaker_of(a, "A renda média subiu") == "IBGE"


def test_pt_a_party_in_brackets_after_a_name(run):
    a = run("Senado\n\nO senador Tiago Ramos (PSB) disse que o texto é bom. A deputada Rita Dias (PL-GO), relatora da "
            "Comissão de Saúde, afirmou que vai votar contra.", "pt")
    assert _speaker_of(a, "o texto é bom") == "Tiago Ramos"
    assert _speaker_of(a, "vai votar contra") == "Rita Dias"
    b = run("Escolas\n\nA diretora da Faculdade de Ciências Agrárias (FCA), Lia Mota, disse que faltam salas. "
            "Segundo a Faculdade de Ciências Agrárias (FCA), o curso abre em março.", "pt")
    assert _speaker_of(b, "o curso abre em março") == "Faculdade de Ciências Agrárias (FCA)"


def test_pt_a_place_or_acronym_before_a_name_is_not_part_of_it(run):
    a = run("Guerra\n\nO antigo embaixador em Varsóvia Pedro Lino afirma que a fronteira está calma. Ontem, em "
            "Varsóvia, houve protestos.\n\n— Ninguém aqui espera uma invasão — disse o diplomata.", "pt")
    assert _speaker_of(a, "a fronteira está calma") == "Pedro Lino"
    assert _speaker_of(a, "Ninguém aqui espera") == "Pedro Lino"


def test_pt_one_question_and_answer_after_an_interview_intro(run):
    a = run("Entrevista\n\nEm entrevista à rádio, o embaixador Rui Vaz disse que o acordo está perto.\n\n— O acordo "
            "sai este ano?\n\n— Sai, se ninguém mudar de ideias à última hora.", "pt")
    assert _speaker_of(a, "se ninguém mudar de ideias") == "Rui Vaz"


def test_pt_outra_with_a_role_noun_is_no_name(run):
    a = run("Bairro\n\nOs moradores queixam-se do lixo. Outra moradora, que pediu anonimato, disse que a recolha "
            "\"falha todas as semanas\".", "pt")
    assert _speaker_of(a, "falha todas as semanas") == "Outra moradora"


def test_pt_o_magistrado_is_the_judge_named_in_a_genitive_before(run):
    a = run("Tribunal\n\nA sentença é do juiz Rui Tavares Pinto, do Tribunal de Braga. No despacho, o magistrado "
            "afirma que os arguidos \"mentiram\".", "pt")
    assert _speaker_of(a, "mentiram") == "Rui Tavares Pinto"


def test_pt_a_pasta_is_the_ministry_not_the_body_named_last(run):
    a = run("Diplomacia\n\nEm nota, o Ministério da Saúde informou que a ministra vai a Genebra falar com a OMS. De "
            "acordo com a pasta, a visita \"não tem data\".", "pt")
    assert _speaker_of(a, "não tem data") == "Ministério da Saúde"


def test_pt_a_one_word_name_inside_a_full_name_is_that_person(run):
    a = run("Planalto\n\nO presidente Luiz Inácio Lula da Silva afirmou que vai viajar. \"Vamos a Pequim\", disse "
            "Lula. Segundo o petista, a viagem dura cinco dias.", "pt")
    assert "Lula" in _speaker_of(a, "a viagem dura")


def test_pt_para_o_with_a_country_s_adjective_is_the_person_from_that_country(run):
    a = run("Cimeira\n\nO primeiro-ministro da Noruega, Erik Dahl, chegou ontem. Para o norueguês, o acordo \"está "
            "longe\".", "pt")
    assert _speaker_of(a, "está longe") == "Erik Dahl"
def test_russian_head_of_body_is_the_head_named_before_under_another_title(run):
    a = run("Ставка\n\nПредседатель Центробанка Ольга Смирнова выступила в Думе. «Цены растут», — сказала она. "
            "Глава регулятора также отметила, что объем вкладов населения вырос за год.", "ru")
    assert "Смирнова" in (_speaker_of(a, "вкладов населения") or "")


def test_russian_company_named_in_quote_marks_is_the_company_that_speaks_later(run):
    a = run("Завод\n\nВ компании «Севертрубмаш» причиной простоя назвали нехватку деталей. «Поставки сорваны», "
            "— пояснили в компании.", "ru")
    assert "Севертрубмаш" in (_speaker_of(a, "Поставки сорваны") or "")
    b = run("Журнал\n1 декабря 2025 г.\n\nЖурнал «Вестник» опубликовал письмо. "
            "В оборонном ведомстве посетовали, что подобных потерь страна не знала давно.", "ru")
    assert "Вестник" not in (_speaker_of(b, "подобных потерь") or "")


def test_russian_commentary_of_a_body_names_the_body(run):
    a = run("Рубль\n\n«Курс ослабнет к весне», — говорится в комментарии аналитического центра ЦМАКП.", "ru")
    assert "ЦМАКП" in (_speaker_of(a, "Курс ослабнет") or "")


def test_russian_outlet_told_before_the_source_who_spoke(run):
    a = run("Бюджет\n\n«Денег на всех не хватит», — сказал ТАСС источник в правительстве.", "ru")
    assert _speaker_of(a, "Денег на всех") == "источник"
def test_bulgarian_e_na_mnenie_che_reports(run):
    a = run("Пазар\n\nСоциологът Петя Игнатова е на мнение, че доверието в институциите ще спадне.", "bg")
    assert "Игнатова" in (_speaker_of(a, "доверието в институциите") or "")


def test_bulgarian_na_sto_is_a_percentage_and_a_rate_follows_a_sum_read_from_data(run):
    a = run("Пенсии\n\nСредната пенсия е 640 евро, сочат данните на Националния осигурителен институт. "
            "Увеличението спрямо миналата година е 8,7 на сто.", "bg")
    c = next(c for c in a.claims if "8,7 на сто" in c.span.text)
    assert any(v.type == "percent" for v in c.values)
    assert "осигурителен" in (c.claimant or "")


def test_bulgarian_a_demand_with_three_words_before_da(run):
    a = run("Мляко\n\nЗемеделецът Стоян Маринов беше ядосан. Той настоя държавната изкупна цена да бъде вдигната "
            "незабавно.", "bg")
    assert "Маринов" in (_speaker_of(a, "да бъде вдигната") or "")


def test_hindi_pronoun_points_back_at_a_titled_name_with_no_ne(run):
    # Hindi has no capitals: a titled name of two words is a person "उन्होंने" can point back at, a ministry is not
    a = run("दौरा\n\nफ्रांस के राष्ट्रपति इमैनुएल मैक्रों मंगलवार को दिल्ली पहुंचे। उन्होंने कहा कि व्यापार दोगुना होगा।", "hi")
    assert "मैक्रों" in (_speaker_of(a, "व्यापार दोगुना") or "")
    b = run("बयान\n\nकृषि मंत्री रमेश यादव ने खेतों का दौरा किया। कृषि मंत्रालय सोमवार को बंद रहा। "
            "उन्होंने बताया कि फसल अच्छी है।", "hi")
    assert "यादव" in (_speaker_of(b, "फसल अच्छी") or "")


def test_hindi_the_one_asked_answers_not_a_name_inside_the_question(run):
    a = run("प्रेस वार्ता\n\nप्रवक्ता अनिल शर्मा ने बैठक की जानकारी दी। प्रवक्ता से जब पूछा गया कि क्या "
            "मुख्यमंत्री योगी आदित्यनाथ दौरा करेंगे, तो उन्होंने कहा कि कार्यक्रम तय नहीं है।", "hi")
    assert "शर्मा" in (_speaker_of(a, "कार्यक्रम तय नहीं") or "")


def test_bulgarian_bare_titles_komisar_and_kmetitsa_point_back(run):
    a = run("Наводнение\n\nКметът на Бяла Слатина Милена Дончева каза, че водата спада. По думите на кметицата "
            "мостът ще бъде затворен. Началникът на полицията комисар Петър Гатев заяви, че няма жертви. "
            "Според комисаря движението ще бъде пуснато утре.", "bg")
    assert "Дончева" in (_speaker_of(a, "мостът ще бъде") or "")
    assert "Гатев" in (_speaker_of(a, "движението ще бъде") or "")


def test_bulgarian_body_noun_is_the_capitalised_body_named_before_with_its_complement(run):
    a = run("Пазар\n\nИкономистът от Института за пазарни изследвания Васил Колев посочи, че търсенето пада. "
            "„Пазарът е пренаситен. Цените ще паднат. Купувачите чакат“, каза той. По изчисления на института "
            "продажбите са намалели с 14%.", "bg")
    c = next(c for c in a.claims if "14%" in c.span.text)
    assert "пазарни изследвания" in (c.claimant or "")


def test_bulgarian_izchislyava_reports(run):
    a = run("Щети\n\nОбластната администрация изчислява, че щетите от градушката надхвърлят 2 млн. лева.", "bg")
    assert "администрация" in (_speaker_of(a, "щетите от градушката") or "")


def test_bulgarian_statement_closed_by_an_analysis_of_a_body(run):
    a = run("Наеми\n\nНаемите в столицата ще поскъпнат с 9% до края на годината, сочи анализ на Асоциацията на "
            "агенциите за недвижими имоти.", "bg")
    assert "Асоциацията" in (_speaker_of(a, "Наемите в столицата") or "")


def test_bulgarian_data_of_a_body_in_quote_marks_and_their_month(run):
    a = run("Доверие\n\nДанни на „Алфа рисърч“ от октомври сочат, че 37% от анкетираните не вярват на партиите.",
            "bg")
    assert "Алфа" in (_speaker_of(a, "не вярват на партиите") or "")


def test_bulgarian_apposition_with_a_name_in_quote_marks(run):
    a = run("Телеком\n\nФирмата Нетис, собственик на „Скайнет“, съобщи, че ще съкрати 120 служители.", "bg")
    assert "Нетис" in (_speaker_of(a, "ще съкрати 120") or "")


def test_bulgarian_called_then_and_declared_keeps_the_subject_of_the_first_verb(run):
    a = run("Посолство\n\nМинистърът Иван Стоев заяви, че ще има проверка. От китайското посолство определиха "
            "проверката като „неприятелски акт“ и заявиха, че Пекин „ще защити своите граждани“.", "bg")
    assert "посолство" in (_speaker_of(a, "неприятелски акт") or "")
    assert "посолство" in (_speaker_of(a, "ще защити своите") or "")


def test_bulgarian_report_cited_by_an_agency_is_the_report_s_body(run):
    a = run("Енергия\n\nКакто съобщи „Блумбърг“, Европейската агенция за околна среда подготвя нов доклад. В доклад "
            "на агенцията, цитиран от „Блумбърг“, се посочва, че емисиите са паднали с 8%.", "bg")
    assert "Европейската агенция" in (_speaker_of(a, "емисиите са паднали") or "")


def test_bulgarian_according_to_which_after_a_text_the_subject_issued(run):
    a = run("Оценка\n\nСметната палата публикува в петък одит, според който общината е надплатила за ремонта.", "bg")
    assert "Сметната палата" in (_speaker_of(a, "общината е надплатила") or "")
    b = run("Закон\n\nПарламентът прие закон, според който пенсиите ще растат всяка година.", "bg")
    assert not any(q.speaker for q in b.quotes if "пенсиите ще растат" in q.content.text)


def test_bulgarian_title_of_a_body_by_its_acronym_is_the_person_named_with_its_common_noun(run):
    a = run("Служби\n\nПредседателят на агенцията Стефан Ралчев заяви, че проверките продължават. Според "
            "председателя на ДАБ нарушенията са над сто.", "bg")
    assert "Ралчев" in (_speaker_of(a, "нарушенията са над") or "")
    b = run("Служби\n\nПредседателят на агенцията Стефан Ралчев заяви, че проверките продължават. Според "
            "председателя на КНСБ заплатите изостават.", "bg")
    assert not any("Ралчев" in (q.speaker or "") for q in b.quotes if "заплатите изостават" in q.content.text)


def test_bulgarian_country_of_a_title_before_the_name(run):
    a = run("Съюзници\n\nСпоред министъра на отбраната на Полша Марек Новак съюзниците трябва да харчат повече.", "bg")
    assert _speaker_of(a, "съюзниците трябва") == "Марек Новак"


def test_bulgarian_sum_in_millions_then_a_comma_and_the_source(run):
    a = run("Заетост\n\nБроят на заетите в индустрията е 1,3 млн., сочат данните на НСИ.", "bg")
    c = next(c for c in a.claims if "1,3 млн." in c.span.text)
    assert "НСИ" in (c.claimant or "")


def test_bulgarian_public_opinion_reports_nothing(run):
    a = run("Власт\n\nОбщественото мнение, че управляващите бездействат пред кризата с цените, се засилва.", "bg")
    assert not any("управляващите бездействат" in q.content.text for q in a.quotes)


def test_bulgarian_body_name_with_a_short_masculine_adjective(run):
    a = run("Ток\n\nПотреблението през декември е било 3,8 млн. мегаватчаса, сочат данните на Независимия "
            "системен оператор.", "bg")
    c = next(c for c in a.claims if "3,8 млн." in c.span.text)
    assert "системен оператор" in (c.claimant or "")


def test_bulgarian_one_introduced_by_a_profession_holds_no_office(run):
    a = run("Фондове\n\nАнализаторът Петър Ганчев смята, че парите ще закъснеят. По думите на европейския комисар по "
            "регионалното развитие, плащанията ще започнат през май.", "bg")
    assert "Ганчев" not in (_speaker_of(a, "плащанията ще започнат") or "")
    b = run("Отбрана\n\nМинистър-председателят Росен Желев заяви, че разходите ще растат. „Няма да отстъпим“, каза "
            "премиерът пред журналисти.", "bg")
    assert "Желев" in (_speaker_of(b, "Няма да отстъпим") or "")


def test_bulgarian_statement_cut_at_a_number_s_abbreviation_is_read_once(run):
    a = run("Бюджет\n\nМинистърът Петър Илиев каза, че за ремонта ще бъдат отделени 4,5 млн. лева от резерва.", "bg")
    hits = [q for q in a.quotes if "ще бъдат отделени" in q.content.text]
    assert len(hits) == 1 and "лева от резерва" in hits[0].content.text


def test_bulgarian_body_name_ends_at_its_noun_before_the_statement(run):
    a = run("Лов\n\nСпоред данни на Регионалната дирекция горските пожари са намалели с 12% през годината.", "bg")
    assert _speaker_of(a, "горските пожари") == "Регионалната дирекция"


def test_pt_body_acronym_in_brackets_before_the_apposed_person(run):
    a = run("Indústria\n\nSegundo o presidente da Federação das Indústrias do Ceará (FIEC), Ricardo Matos, a fábrica "
            "\"fecha em março\".", "pt")
    assert _speaker_of(a, "fecha em março") == "Ricardo Matos"


def test_pt_article_and_country_adjective_then_the_name_after_a_title(run):
    a = run("Estaleiro\n\n«Vamos contratar mais soldadores», disse o diretor-geral do estaleiro, o norueguês Lars "
            "Holm, em Viana.", "pt")
    assert _speaker_of(a, "contratar mais soldadores") == "Lars Holm"


def test_pt_indefinite_role_noun_is_someone_not_named(run):
    a = run("Feira\n\nO vereador Jorge Paiva visitou a feira ontem. \"Ninguém fiscaliza nada aqui\", contou uma "
            "feirante que pediu para não ser identificada.", "pt")
    assert _speaker_of(a, "Ninguém fiscaliza") == "feirante"
    assert not any("pediu para não" in q.content.text for q in a.quotes)


def test_pt_portfolio_between_title_and_name_and_a_later_office_in_apposition(run):
    a = run("Saúde\n\nA ex-ministra da Saúde Carla Nogueira, hoje deputada pelo PS, disse que o plano \"chega "
            "tarde\".", "pt")
    assert "Carla Nogueira" in (_speaker_of(a, "chega tarde") or "")


def test_pt_a_empresa_is_the_company_introduced_with_its_kind(run):
    a = run("Obras\n\nA construtora Betão Norte anunciou despedimentos. Em comunicado, a empresa explica que a "
            "decisão se deve \"à falta de encomendas\".", "pt")
    assert _speaker_of(a, "falta de encomendas") == "Betão Norte"


def test_pt_a_body_named_by_its_acronym_is_the_body_introduced_with_it(run):
    a = run("Fronteira\n\nA Polícia Rodoviária Federal (PRF) apreendeu dois camiões. Segundo a PRF, a carga "
            "\"vinha do Paraguai\".", "pt")
    assert "Polícia Rodoviária Federal" in (_speaker_of(a, "vinha do Paraguai") or "")


def test_pt_para_inside_a_body_s_name(run):
    a = run("Portal\n\nA Agência para a Integração Digital informou que o portal \"volta amanhã\".", "pt")
    assert _speaker_of(a, "volta amanhã") == "Agência para a Integração Digital"


def test_pt_gestor_is_a_role_pointing_back(run):
    a = run("Fábrica\n\nO administrador Paulo Teixeira falou ontem. O gestor acrescentou que a unidade vai fechar em "
            "junho.", "pt")
    assert _speaker_of(a, "unidade vai fechar") == "Paulo Teixeira"


def test_pt_government_with_a_country_s_adjective(run):
    a = run("Ajuda\n\nO Governo italiano disse que vai enviar bombeiros para a Grécia.", "pt")
    assert _speaker_of(a, "enviar bombeiros") == "Governo italiano"


def test_pt_short_quote_then_what_the_speaker_did(run):
    a = run("Assembleia\n\nO vereador Mário Antunes disse que \"chega de promessas\" e abandonou a sessão.", "pt")
    assert not any("abandonou" in q.content.text for q in a.quotes)
    assert _speaker_of(a, "chega de promessas") == "Mário Antunes"


def test_pt_portfolio_joined_to_a_minister_s_name_is_no_part_of_it(run):
    a = run("Contas\n\nO ministro da Economia Paulo Branco disse que o défice \"vai descer\".", "pt")
    assert _speaker_of(a, "vai descer") == "Paulo Branco"


def test_pt_the_one_accused_by_name_is_no_speaker(run):
    a = run("Parlamento\n\nA líder da bancada, Sofia Paiva, acusou o Governo de \"fugir ao debate\".", "pt")
    assert not any("Sofia Paiva" in q.content.text for q in a.quotes)
    assert _speaker_of(a, "fugir ao debate") == "Sofia Paiva"


def test_pt_a_bare_title_is_the_person_after_it_not_the_court_in_apposition(run):
    a = run("Tribunal\n\nA juíza Marta Leal, da 3ª Vara Cível, ouviu as partes. Na sentença, a juíza escreve que o "
            "contrato \"é nulo\".", "pt")
    assert _speaker_of(a, "é nulo") == "Marta Leal"


def test_pt_comissario_is_a_title(run):
    a = run("Bruxelas\n\nA comissária europeia da Energia, Ilse Berg, esteve em Lisboa. A comissária lembrou que as "
            "metas \"não mudam\".", "pt")
    assert _speaker_of(a, "não mudam") == "Ilse Berg"


def test_pt_a_estatal_is_the_state_company_named_before(run):
    a = run("Combustíveis\n\nA Petrobras anunciou um corte no preço da gasolina. A estatal diz que o corte \"segue o "
            "mercado\".", "pt")
    assert _speaker_of(a, "segue o mercado") == "Petrobras"


def test_pt_a_survey_by_a_body_in_apposition_after_segundo(run):
    a = run("Emprego\n\nO ministro falou ontem. Segundo a sondagem, realizada pelo Instituto Datapoll, 35% dos jovens "
            "querem emigrar.", "pt")
    assert "Datapoll" in (_speaker_of(a, "35% dos jovens") or "")


def test_pt_the_platform_x_is_no_initial_of_the_next_sentence_s_name(run):
    a = run("Guerra\n\nO chanceler polaco, Adam Nowak, reagiu ao ataque. \"Basta\", escreveu no X. Nowak acrescentou "
            "que Varsóvia vai convocar o embaixador.", "pt")
    assert _speaker_of(a, "vai convocar o embaixador") == "Adam Nowak"


def test_pt_the_person_after_a_title_s_body_closing_the_sentence(run):
    a = run("Vinho\n\n«A colheita foi má», admitiu à Lusa o presidente da Adega Cooperativa de Borba, Luís Serra.",
            "pt")
    assert _speaker_of(a, "A colheita foi má") == "Luís Serra"


def test_pt_an_aside_between_commas_before_que(run):
    a = run("Bruxelas\n\nA eurodeputada Clara Mendes afirmou, numa mensagem aos militantes, que o partido \"não "
            "desiste\".", "pt")
    assert _speaker_of(a, "não desiste") == "Clara Mendes"


def test_pt_a_foreign_name_with_a_particle_is_one_name(run):
    a = run("Bruxelas\n\nO comissário europeu, Wopke van der Berg, chegou ontem. \"Não há atalhos\", disse. "
            "Depois, van der Berg afirmou que o plano \"avança em maio\".", "pt")
    assert _speaker_of(a, "Não há atalhos") == "Wopke van der Berg"
    assert _speaker_of(a, "avança em maio") == "Wopke van der Berg"


def test_pt_an_embassy_with_its_country_s_adjective(run):
    a = run("Diplomacia\n\nEm comunicado, a embaixada chinesa afirmou que as acusações \"não têm fundamento\".", "pt")
    assert _speaker_of(a, "não têm fundamento") == "embaixada chinesa"


def test_pt_falou_com_announces_an_interview(run):
    a = run("Escolas\n\nO PÚBLICO falou com a diretora do agrupamento, Sónia Barros.\n\n— Faltam professores?\n\n— "
            "Faltam sete, desde setembro, e ninguém os substitui.", "pt")
    assert _speaker_of(a, "ninguém os substitui") == "Sónia Barros"


def test_pt_divulgou_que_reports(run):
    a = run("Emprego\n\nO Dieese divulgou nesta quinta-feira que o salário médio subiu 3,1% no ano.", "pt")
    assert _speaker_of(a, "salário médio subiu") == "Dieese"


def test_pt_a_closing_source_verb_with_an_article_before_the_cited_text(run):
    a = run("Preços\n\nO preço do pão subiu 9% num ano, indicam os dados do Instituto Regional de Estatística.", "pt")
    c = next(c for c in a.claims if "9%" in c.span.text)
    assert "Instituto Regional de Estatística" in (c.claimant or "")


def test_pt_a_un_agency_s_long_name_runs_over_para_os_and_e_a(run):
    a = run("Refugiados\n\nMais de 40 mil pessoas fugiram da região, segundo o Alto Comissariado das Nações Unidas "
            "para os Refugiados.", "pt")
    c = next(c for c in a.claims if "40 mil" in c.span.text)
    assert "para os Refugiados" in (c.claimant or "")
    b = run("Fome\n\nA Organização das Nações Unidas para a Alimentação e a Agricultura informou que a colheita caiu "
            "12% na região.", "pt")
    assert "e a Agricultura" in (_speaker_of(b, "colheita caiu") or "")


def test_pt_a_bare_title_s_article_tells_the_gender_of_the_one_it_points_back_at(run):
    a = run("Porto\n\nA secretária de Estado do Mar, Inês Vale, visitou a lota. O mestre da traineira, Jorge Neto, "
            "contou que a pesca \"caiu a pique\". A governante prometeu que o apoio \"chega em março\".", "pt")
    assert _speaker_of(a, "chega em março") == "Inês Vale"


def test_pt_a_subject_closed_by_a_bare_verb_is_no_statement(run):
    a = run("Julgamento\n\nA acusação pede dez anos de prisão. O arguido, Paulo Serra, nega.", "pt")
    assert not any("Paulo Serra" in q.content.text for q in a.quotes)


def test_pt_an_unnamed_witness_speaks_as_herself(run):
    a = run("Incêndio\n\nO comandante Luís Rocha esteve no local. Uma testemunha contou que as chamas começaram no "
            "armazém.", "pt")
    assert _speaker_of(a, "chamas começaram") == "testemunha"


def test_pt_the_defence_or_office_of_a_titled_person_speaks_as_itself(run):
    a = run("Câmara\n\nO vereador Hugo Matos votou contra. Procurada, a defesa do ex-secretário disse que ele \"nunca "
            "recebeu nada\". Em nota, a assessoria da governadora informou que a agenda \"foi cumprida\".", "pt")
    assert _speaker_of(a, "nunca recebeu nada") == "defesa do ex-secretário"
    assert _speaker_of(a, "foi cumprida") == "assessoria da governadora"


def test_pt_a_title_points_back_at_a_person_by_the_gender_of_the_title_they_were_introduced_with(run):
    # a later mention ("disse Putin") keeps the gender of the title the person was introduced with, and a
    # title in apposition after a lower-case article tells a woman ("a coordenadora …, Miriam Souto,")
    a = run("Visita\n\nO presidente russo, Vladimir Putin, recebeu o primeiro-ministro chinês, Li Qiang. "
            "“Os planos são grandes”, disse Putin.\n\nO líder russo assegurou que as relações estão a crescer.", "pt")
    assert _speaker_of(a, "as relações estão a crescer") == "Vladimir Putin"
    b = run("Clima\n\nEm entrevista ao programa Bom Dia Maria, a coordenadora do grupo de pesquisa, Miriam Souto, "
            "afirmou que os botos são sentinelas.\n\n\"A água é primordial\", disse a investigadora.", "pt")
    assert _speaker_of(b, "A água é primordial") == "Miriam Souto"


def test_pt_vizinho_after_a_noun_is_an_adjective_not_a_speaker(run):
    a = run("Guerra\n\nA Rússia invadiu a Ucrânia para “desmilitarizar” o país vizinho, segundo anunciou Putin.", "pt")
    assert "Putin" in (_speaker_of(a, "desmilitarizar") or "")


def test_hindi_a_title_further_back_or_a_name_inside_what_was_said_is_no_antecedent(run):
    # "राष्ट्रपति पुतिन ने ब्रिक्स शिखर सम्मेलन से पहले": the summit after the speaker is no titled person
    a = run("बयान\n\nरूस के राष्ट्रपति पुतिन ने ब्रिक्स शिखर सम्मेलन से पहले बयान दिया है। उन्होंने कहा कि जंग लंबी चलेगी।",
            "hi")
    assert "पुतिन" in (_speaker_of(a, "जंग लंबी चलेगी") or "")
    # a titled name inside what someone said is not whom the next उन्होंने stands for
    b = run("बयान\n\nडोनाल्ड ट्रंप ने कहा कि यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की इसके लिए जिम्मेदार हैं। "
            "उन्होंने कहा कि वह जंग रोक देंगे।", "hi")
    assert "ट्रंप" in (_speaker_of(b, "जंग रोक देंगे") or "")


def test_russian_obratit_vnimanie_chto_reports(run):
    a = run("Рынок\n\nЭкономист Олег Марков обратил внимание, что спрос на кредиты падает третий месяц подряд.", "ru")
    assert "Марков" in (_speaker_of(a, "спрос на кредиты падает") or "")


def test_russian_pointer_opener_with_an_outlet_in_quote_marks(run):
    a = run("Порт\n\nВ порту Усть-Луги возобновили отгрузку угля после аварии. Об этом «Коммерсанту» рассказала "
            "пресс-секретарь компании Дарья Белова.", "ru")
    assert "Белова" in (_speaker_of(a, "возобновили отгрузку угля") or "")


def test_russian_a_dative_name_opening_the_clause_is_whom_one_answers(run):
    a = run("Спор\n\nМэр Андрей Носов заявил, что дорогу отремонтируют до осени этого года. Носову возразила "
            "депутат Елена Гришина: «Денег на ремонт в бюджете города нет».", "ru")
    assert "Гришина" in (_speaker_of(a, "Денег на ремонт") or "")


def test_russian_a_measuring_verb_gives_its_subject_the_figure(run):
    a = run("Цены\n\nРосстат зафиксировал рост цен на овощи на 4,2% за месяц. "
            "Ущерб от паводка оценивают в 3 млрд рублей.", "ru")
    c = next(c for c in a.claims if "4,2%" in c.span.text)
    assert "Росстат" in (c.claimant or "")
    d = next(c for c in a.claims if "3 млрд" in c.span.text)
    assert d.claimant is None  # (a plural verb with no subject: nobody named)


def test_russian_a_role_noun_opening_a_sentence_is_the_last_speaker_of_the_paragraph(run):
    a = run("Учения\n\nС аналитиком Петром Ивановым не согласен политолог Игорь Смолин. По словам Смолина, "
            "маневры носят демонстративный характер. Политолог также отметил, что число участников "
            "выросло вдвое.", "ru")
    assert "Смолин" in (_speaker_of(a, "число участников") or "")


def test_russian_words_passed_on_before_a_colon_are_the_persons(run):
    a = run("Заявление\n\nСлова министра Сергея Лаврова приводит агентство ТАСС: «Мы готовы к диалогу без "
            "предварительных условий».", "ru")
    assert "Лавров" in (_speaker_of(a, "Мы готовы к диалогу") or "")
    b = run("Заявление\n\nИздание Politico цитирует канцлера Германии Фридриха Мерца: «Европа должна сама "
            "отвечать за свою безопасность».", "ru")
    assert "Мерц" in (_speaker_of(b, "Европа должна сама") or "")


def test_russian_one_question_and_answer_after_an_interview_intro(run):
    a = run("Интервью\n\nВ интервью РБК глава «Росводоканала» Павел Кузнецов рассказал о тарифах.\n\n"
            "— Вырастут ли тарифы в следующем году?\n\n— Рост будет, но не выше уровня инфляции.", "ru")
    assert "Кузнецов" in (_speaker_of(a, "Рост будет") or "")


def test_russian_an_adjective_before_a_role_noun_after_po_slovam(run):
    a = run("Поставки\n\nПредставитель Госдепартамента Мэтью Миллер заявил, что помощь будет продолжена. "
            "По словам высокопоставленного дипломата, пакет утвердят в течение месяца.", "ru")
    assert "Миллер" in (_speaker_of(a, "пакет утвердят") or "")


def test_russian_an_outlets_source_in_a_place(run):
    a = run("Пошлины\n\nСобеседница агентства в Минпромторге сообщила, что пошлины на автомобили повысят "
            "с нового года.", "ru")
    assert (_speaker_of(a, "пошлины на автомобили") or "").lower() == "собеседница"


def test_russian_prokommentirovat_reports(run):
    a = run("Суд\n\n«Приговор слишком мягкий», — прокомментировал решение прокурор Артем Зуев.", "ru")
    assert "Зуев" in (_speaker_of(a, "Приговор слишком мягкий") or "")


def test_russian_pointer_openers_of_opinion_and_forecast(run):
    a = run("Прогноз\n\nЦены на жилье в следующем году вырастут на 7%. Такой прогноз дал аналитик банка Денис "
            "Попов.", "ru")
    assert "Попов" in (_speaker_of(a, "Цены на жилье") or "")
    b = run("Мнение\n\nПереговоры о перемирии зайдут в тупик к весне. Такое мнение высказала политолог Елена "
            "Супонина.", "ru")
    assert "Супонина" in (_speaker_of(b, "Переговоры о перемирии") or "")


def test_russian_a_fronted_object_the_verb_cannot_agree_with(run):
    a = run("Приговор\n\nРешение суда прокомментировала адвокат Ирина Соколова: «Мы подадим апелляцию в "
            "ближайшие дни».", "ru")
    assert "Соколова" in (_speaker_of(a, "Мы подадим апелляцию") or "")


def test_russian_a_pronoun_after_a_pointer_opener(run):
    a = run("Эвакуация\n\nГлава района Марина Лесных попросила жителей приготовиться к эвакуации. Об этом она "
            "написала в канале «Новости района».", "ru")
    assert "Лесных" in (_speaker_of(a, "приготовиться к эвакуации") or "")


def test_russian_a_name_before_the_verb_after_a_quote(run):
    a = run("Скандал\n\n«Это позор для всей отрасли»: Смирнова прокомментировала поступок Горина", "ru")
    assert "Смирнов" in (_speaker_of(a, "Это позор") or "")


def test_russian_an_outlet_told_before_a_role_is_no_speaker(run):
    a = run("Пожар\n\n«Огонь локализован на площади 300 квадратных метров», — сказал ТАСС представитель "
            "пожарной охраны.", "ru")
    assert "ТАСС" not in (_speaker_of(a, "Огонь локализован") or "")
    assert "представитель" in (_speaker_of(a, "Огонь локализован") or "")


def test_russian_a_head_title_with_an_adjective_before_the_body_noun(run):
    a = run("Совещание\n\nМинистр финансов Антон Силуанов провел совещание с регионами. Глава финансового "
            "ведомства подчеркнул, что дотации регионам сохранятся в полном объеме.", "ru")
    assert "Силуанов" in (_speaker_of(a, "дотации регионам") or "")


def test_russian_declining_to_comment_reports_nothing(run):
    a = run("Обмен\n\nПесков отказался комментировать сообщения о том, что стороны готовят обмен пленными.", "ru")
    assert not any("готовят обмен" in q.content.text for q in a.quotes)


def test_russian_an_apposition_ending_with_a_company_in_quote_marks(run):
    a = run("Курс\n\nОльга Сергеева, аналитик ИК «Велес», считает, что рубль укрепится к весне.", "ru")
    assert "Сергеева" in (_speaker_of(a, "рубль укрепится") or "")


def test_russian_a_body_after_its_adjective_after_a_plural_verb(run):
    a = run("Паводок\n\nЧисло эвакуированных достигло 320 человек, сообщили в областном Минздраве.", "ru")
    assert "Минздрав" in (_speaker_of(a, "Число эвакуированных") or "")


def test_russian_a_cited_text_opening_the_sentence_gives_its_body_the_figure(run):
    a = run("Экономика\n\nПрогноз Минфина предполагает дефицит бюджета на уровне 1,7% ВВП.", "ru")
    c = next(c for c in a.claims if "1,7%" in c.span.text)
    assert "Минфин" in (c.claimant or "")


def test_russian_glava_gosudarstva_is_the_president_named_before(run):
    a = run("Визит\n\nПрезидент Казахстана Касым-Жомарт Токаев провел переговоры. Премьер Армении Никол Пашинян "
            "прибыл в Астану. Глава государства отметил, что торговля между странами выросла.", "ru")
    assert "Токаев" in (_speaker_of(a, "торговля между странами") or "")


def test_russian_a_conversation_partner_opening_the_sentence_is_no_speaker(run):
    a = run("Встреча\n\nВ разговоре с Ксенией Юдаевой министр отметил, что кредитование замедлилось в третьем "
            "квартале.", "ru")
    assert "Юдаев" not in (_speaker_of(a, "кредитование замедлилось") or "")


def test_russian_answered_questions_introduces_a_dash_interview(run):
    a = run("Интервью\n\nДиректор театра Вера Лаптева ответила на вопросы «Известий».\n\n"
            "— Вера Павловна, когда откроется новая сцена?\n\n— Весной, если подрядчик уложится в сроки.", "ru")
    assert "Лаптева" in (_speaker_of(a, "если подрядчик уложится") or "")


def test_bg_a_number_in_words_after_a_counting_phrase_or_a_count_of_people_is_a_claim(run):
    # "поне осем общини", "двеста хиляди", "шестима пожарникари", "всяка пета къща": checkable counts in words;
    # "още два дни" is a span of time, "две страни" no count without a phrase before it
    a = run("Наводнение\n\nКметът Иван Марков каза, че водата е заляла поне осем общини. Ремонтът ще продължи още "
            "два дни. На място работят шестима пожарникари. Всяка пета къща в селото е без ток. Две страни "
            "предложиха помощ.", "bg")
    texts = [c.span.text for c in a.claims]
    assert any("поне осем общини" in t for t in texts)
    assert next(c for c in a.claims if "поне осем" in c.span.text).claimant == "Иван Марков"
    assert any("шестима пожарникари" in t for t in texts) and any("Всяка пета" in t for t in texts)
    assert not any("още два дни" in t or "Две страни" in t for t in texts)


def test_bg_a_bare_title_is_no_longer_title_that_ends_with_it(run):
    # "депутатът" points back at the member of parliament who spoke last, not at the one introduced as
    # "евродепутатът" before him
    a = run("Фермери\n\nЕвродепутатът Пламен Русев заяви, че помощта ще дойде. Председателят на бюджетната комисия "
            "Стоян Начев предупреди, че „парите идват късно“.\n\n– Нужно е решение веднага – настоя депутатът.", "bg")
    assert "Начев" in (_speaker_of(a, "Нужно е решение") or "")


def test_bg_spored_tyah_is_the_plural_group_that_opens_the_sentence_before(run):
    a = run("Пазар\n\nМинистерството на икономиката отчете ръст на вноса. Млекопреработвателите от Шуменско "
            "настояват за мерки. Според тях вносното мляко сваля цените.", "bg")
    assert "Млекопреработвателите" in (_speaker_of(a, "вносното мляко") or "")


def test_bg_a_verb_of_calling_in_a_relative_clause_is_the_words_of_the_sentence_subject(run):
    a = run("Позиция\n\nКитайското посолство в София разпространи кратка позиция, в която определи доклада като "
            "„политическа манипулация“.", "bg")
    assert "посолство" in (_speaker_of(a, "политическа манипулация") or "")


def test_bg_a_short_plan_in_the_future_goes_on_with_the_speaker_of_the_sentence_before(run):
    # a short sentence in the future with sums, right after the speaker's figures in the same paragraph
    a = run("Заплати\n\nЗаплатите в сектора ще растат с 5% от януари, обяви министърът на здравеопазването Иван "
            "Димов. Най-ниската заплата ще бъде 700 евро, а най-високата – 2400 евро.", "bg")
    assert "Димов" in (next(c for c in a.claims if "700 евро" in c.span.text).claimant or "")


def test_bg_a_reported_clause_of_two_words_after_che(run):
    a = run("Лихви\n\nУправителят на банката Иван Петров съобщи, че лихвите растат.", "bg")
    assert _speaker_of(a, "лихвите растат") == "Иван Петров"


def test_bg_komisiyata_points_back_at_the_commission_named_before(run):
    a = run("Доклад\n\nЕвропейската комисия публикува доклад за правосъдието. Министър Иван Петров го коментира. "
            "Комисията заяви, че реформите в съдебната система се бавят.", "bg")
    assert _speaker_of(a, "реформите в съдебната") == "Европейската комисия"


def test_bulgarian_two_words_after_che_that_go_on_in_a_direct_quote_are_no_quote_of_their_own(run):
    a = run("Пекин\n\nМинистерството на външните работи на Китай заяви, че дневният ред \"противоречи на исканията "
            "на Пекин\".", "bg")
    assert not [q for q in a.quotes if q.content.text.strip() == "дневният ред"]


def test_portuguese_a_medical_specialist_opening_a_para_phrase_is_the_source(run):
    a = run("Vacinas\n\nA campanha arrancou em outubro. Para o pediatra Henrique Lobo, a adesão \"está a correr bem\".",
            "pt")
    assert "Lobo" in (_speaker_of(a, "está a correr bem") or "")


def test_portuguese_a_bare_title_then_the_outlet_told_after_a_dash_answer(run):
    a = run("Cheias\n\nA presidente da Câmara de Tomar, Inês Valente, visitou as margens do rio.\n\n"
            "— Há famílias que perderam tudo — disse a autarca ao Diário de Notícias.", "pt")
    assert "Valente" in (_speaker_of(a, "Há famílias que perderam") or "")


def test_portuguese_the_verb_and_its_speaker_between_commas_inside_the_quoted_sentence(run):
    a = run("Sanções\n\nO chefe da diplomacia húngara, Péter Szijjártó, reagiu ao pacote. Budapeste, afirmou "
            "Szijjártó, \"não aceitará novas restrições\" ao gás russo.", "pt")
    assert "Szijj" in (_speaker_of(a, "não aceitará novas") or "")


def test_portuguese_a_forecasting_or_counting_verb_gives_a_claim_its_named_subject(run):
    a = run("Gripe\n\nA Direção-Geral da Saúde contabilizou 3.400 casos de gripe na última semana.", "pt")
    c = next(c for c in a.claims if "3.400" in c.span.text)
    assert "Saúde" in (c.claimant or "")
    b = run("Chuva\n\nA Agência Portuguesa do Ambiente emitiu 9 alertas, prevendo caudais de 800 metros cúbicos por "
            "segundo no Tejo.", "pt")
    c = next(c for c in b.claims if "800" in c.span.text)
    assert "Ambiente" in (c.claimant or "")


def test_portuguese_por_segundo_is_a_rate_not_a_source(run):
    a = run("Barragem\n\nA barragem de Alqueva está a descarregar 300 metros cúbicos por segundo no rio Guadiana.",
            "pt")
    c = next(c for c in a.claims if "300" in c.span.text)
    assert c.claimant is None


def test_hindi_a_demonym_title_is_the_holder_introduced_with_that_country(run):
    # "रूसी विदेश मंत्री ने": the minister introduced as "रूस के विदेश मंत्री …", not the other country's minister
    # named later (two words right after a title are a person's name)
    a = run("वार्ता\n\nरूस के विदेश मंत्री सर्गेई लावरोव बुधवार को बीजिंग पहुंचे। वहां चीन के विदेश मंत्री वांग यी ने "
            "उनका स्वागत किया। रूसी विदेश मंत्री ने कहा, 'हमारी साझेदारी किसी के ख़िलाफ़ नहीं है।'", "hi")
    assert "लावरोव" in (_speaker_of(a, "हमारी साझेदारी") or "")


def test_hindi_a_short_title_stands_for_its_long_form_written_with_a_nukta(run):
    # "ज़िलाधिकारी" (nukta) introduced, then "डीएम के मुताबिक"
    a = run("बाढ़\n\nगोंडा के ज़िलाधिकारी रमेश चंद्र वर्मा ने बताया कि नदी का जलस्तर घट रहा है। डीएम के मुताबिक, "
            "राहत शिविरों में भोजन पहुंचाया जा रहा है।", "hi")
    assert "वर्मा" in (_speaker_of(a, "राहत शिविरों में") or "")


def test_hindi_neta_pratipaksh_is_a_title_before_the_name(run):
    a = run("सदन\n\nनेता प्रतिपक्ष सुरेश पाठक ने सरकार को घेरा। उन्होंने कहा, 'बजट में किसानों के लिए कुछ नहीं है।'", "hi")
    assert (_speaker_of(a, "बजट में किसानों") or "").startswith("सुरेश")


def test_hindi_a_next_sentence_with_its_own_ki_clause_or_source_is_not_the_quotes_attribution(run):
    # '… ने कहा, "…।" <long subject> ने बताया कि …': the quote is the first speaker's
    a = run("हादसा\n\nघायल के पिता रमेश यादव ने रोते हुए कहा, \"सड़क पर कोई बैरिकेड नहीं था।\" पड़ोस में रहने वाली "
            "कमला देवी ने बताया कि हादसा रात में हुआ।", "hi")
    assert "रमेश" in (_speaker_of(a, "कोई बैरिकेड नहीं") or "")
    # '… उन्होंने कहा, '…।' X के मुताबिक, …': X's own statement after the source's comma
    b = run("चुनाव\n\nविधायक अजय सिंह ने सभा को संबोधित किया। उन्होंने कहा, 'सरकार ने वादे पूरे नहीं किए। जनता सब "
            "देख रही है।' गुप्ता के मुताबिक, सभा में पांच हज़ार लोग आए थे।", "hi")
    assert "अजय" in (_speaker_of(b, "वादे पूरे नहीं किए") or "")


def test_hindi_a_short_quoted_phrase_before_the_verb_is_the_ne_subjects(run):
    # 'X ने Y को "…" बताया': what X called it
    a = run("व्यापार\n\nवाणिज्य मंत्री राजेश कुमार ने आयात में बढ़ोतरी को \"गंभीर चुनौती\" बताया और उद्योग से बात की।", "hi")
    assert "राजेश" in (_speaker_of(a, "गंभीर चुनौती") or "")


def test_hindi_a_judges_bench_is_the_judge(run):
    a = run("फ़ैसला\n\nसुनवाई के दौरान न्यायमूर्ति विकास मेहता की पीठ ने कहा कि पुलिस को जांच रिपोर्ट पेश करनी होगी।", "hi")
    assert "मेहता" in (_speaker_of(a, "जांच रिपोर्ट पेश") or "")


def test_hindi_an_announced_sum_in_words_is_the_announcers_claim(run):
    a = run("मुआवज़ा\n\nमुख्यमंत्री सुनील शर्मा ने मृतकों के परिजनों को पांच-पांच लाख रुपये की सहायता देने की घोषणा की।",
            "hi")
    c = next(c for c in a.claims if "पांच-पांच लाख" in c.span.text)
    assert "शर्मा" in (c.claimant or "")


def test_hindi_a_reported_clause_goes_on_past_a_quoted_phrase_inside_it(run):
    a = run("बयान\n\nराजदूत अनिल मेहरा ने कहा कि प्रधानमंत्री का \"हम हर हाल में आपके साथ हैं\" वाला संदेश सभी देशों तक पहुंचा है।", "hi")
    assert "मेहरा" in (_speaker_of(a, "सभी देशों तक पहुंचा") or "")
    # (only up to its first comma: the writer's words after it are no one's)
    b = run("बयान\n\nमोदी ने कई बार कहा है कि भारत \"शांति के पक्ष में\" है, लेकिन पश्चिमी देश इसे अलग तरह से देखते "
            "हैं।", "hi")
    assert not any("पश्चिमी देश इसे" in q.content.text for q in b.quotes)


def test_hindi_an_adverbial_participle_before_the_subject_is_no_part_of_its_name(run):
    a = run("बयान\n\nरिपोर्ट पर प्रतिक्रिया देते हुए स्वास्थ्य मंत्रालय ने कहा कि आंकड़े पुराने हैं।", "hi")
    assert "देते" not in (_speaker_of(a, "आंकड़े पुराने") or "x")


def test_hindi_a_name_opening_its_sentence_is_an_antecedent_of_unhonne(run):
    # a two-word name opening the sentence with no title or ने, then "उन्होंने कहा कि"
    a = run("दौरा\n\nनरेंद्र मोदी, जो तीसरी बार प्रधानमंत्री बने हैं, रविवार को वाराणसी पहुंचे। उन्होंने कहा कि काशी का "
            "विकास जारी रहेगा।", "hi")
    assert "मोदी" in (_speaker_of(a, "काशी का विकास") or "")
    # (not a place or an institution named after someone: "जवाहरलाल नेहरू विश्वविद्यालय")
    b = run("परिसर\n\nजवाहरलाल नेहरू विश्वविद्यालय में सोमवार को सेमिनार हुआ। उन्होंने कहा कि शोध ज़रूरी है।", "hi")
    assert "नेहरू" not in (_speaker_of(b, "शोध ज़रूरी") or "")


def test_hindi_a_figure_pointed_back_at_by_the_report_it_came_from(run):
    # "… । X की रिपोर्ट में यह आंकड़ा सामने आया है": the sentence before is X's
    a = run("रेल\n\nपिछले साल रेल हादसों में 2,450 लोग घायल हुए। रेल सुरक्षा आयोग की सालाना रिपोर्ट में यह आंकड़ा सामने "
            "आया है।", "hi")
    c = next(c for c in a.claims if "2,450" in c.span.text)
    assert "आयोग" in (c.claimant or "")


def test_hindi_a_body_counting_its_own_arrests_or_seizures_claims_the_figure(run):
    a = run("छापा\n\nआबकारी विभाग ने इस हफ़्ते 36 लोगों को गिरफ्तार किया है।", "hi")
    c = next(c for c in a.claims if "36" in c.span.text)
    assert "आबकारी विभाग" in (c.claimant or "")
    # (not a distance on the way: "… 900 किमी दूर शहर से गिरफ्तार किया")
    b = run("रिहाई\n\nरूस ने पिछले साल पत्रकार को राजधानी से 900 किमी दूर एक शहर से गिरफ्तार किया था।", "hi")
    assert all(c.claimant is None for c in b.claims if "900" in c.span.text)


def test_hindi_a_title_of_two_words_points_back_at_the_one_introduced_with_both(run):
    a = run("बयान\n\nअमेरिका के पूर्व राष्ट्रपति डोनाल्ड ट्रंप ने यूक्रेन पर बयान दिया। उन्होंने कहा कि यूक्रेन को रूसी "
            "राष्ट्रपति व्लादिमीर पुतिन से बात करनी चाहिए थी।\n\nपूर्व राष्ट्रपति ने कहा कि जंग जल्द रुकेगी।", "hi")
    assert "ट्रंप" in (_speaker_of(a, "जंग जल्द रुकेगी") or "")


def test_bg_an_adjective_before_the_cited_data_in_a_source_phrase(run):
    a = run("Пожар\n\nПо предварителни данни на горските служители огънят е унищожил 40 хектара гора.", "bg")
    assert "горските служители" in (_speaker_of(a, "унищожил 40 хектара") or "")
    a = run("Наводнение\n\nСпоред предварителната оценка на областната комисия щетите са 3 млн. лева.", "bg")
    assert "областната комисия" in (next(c for c in a.claims if "3 млн. лева" in c.span.text).claimant or "")


def test_bg_a_lower_case_source_stops_before_a_second_word_with_its_own_article(run):
    a = run("Зима\n\nСпоред синоптиците студеното време ще продължи до неделя.", "bg")
    assert _speaker_of(a, "ще продължи до неделя") == "синоптиците"


def test_bg_a_closing_cited_text_whose_owner_is_a_common_noun(run):
    a = run("Реколта\n\nДобивът на пшеница е спаднал с 18%, показва предварителната оценка на зърнопроизводителите.",
            "bg")
    assert "зърнопроизводителите" in (next(c for c in a.claims if "18%" in c.span.text).claimant or "")


def test_bg_a_source_phrase_before_a_whole_clause_with_a_comma_of_its_own(run):
    a = run("Мост\n\nКметът на Русе Пенчо Милков откри ремонта. По думите на кмета работниците ще сменят парапета, "
            "включително осветлението.", "bg")
    assert "Милков" in (_speaker_of(a, "работниците ще сменят") or "")


def test_bg_institut_points_back_at_the_institute_named_by_its_acronym(run):
    a = run("Цени\n\nЦените на храните са се повишили с 4,2%, сочат данните на НСИ. При плодовете ръстът е 9%, "
            "уточняват от института.", "bg")
    assert "НСИ" in (next(c for c in a.claims if "9%" in c.span.text).claimant or "")


def test_bg_a_title_word_inside_a_ministrys_name_is_no_title(run):
    a = run("Визита\n\nМинистерството на външните работи на Турция също заяви, че Анкара подкрепя преговорите.", "bg")
    assert _speaker_of(a, "Анкара подкрепя") == "Министерството на външните работи на Турция"


def test_bg_rejected_as_quoted_words(run):
    a = run("Спор\n\nСиндикатът на миньорите отхвърли плана като „смъртна присъда за региона“.", "bg")
    assert "Синдикатът" in (_speaker_of(a, "смъртна присъда") or "")


def test_bg_a_body_and_the_town_of_its_branch_after_a_dash(run):
    a = run("Морбили\n\nРЗИ – Плевен съобщи, че заболелите деца са 23.", "bg")
    assert _speaker_of(a, "заболелите деца") == "РЗИ – Плевен"


def test_bg_a_claim_the_splitter_cut_after_a_scale_abbreviation_is_one_sentence(run):
    a = run("Ремонт\n\nОбщината ще похарчи 2 млн. лева за нов покрив на училището.", "bg")
    assert any("2 млн. лева за нов покрив" in c.span.text for c in a.claims)


def test_bg_an_estimate_with_its_object_before_the_verb(run):
    a = run("Склад\n\nСобственикът Георги Манов смята, че пожарът е умишлен. Щетите по склада бизнесменът оцени на "
            "около 5 млн. лева.", "bg")
    assert "Манов" in (next(c for c in a.claims if "5 млн." in c.span.text).claimant or "")


def test_bg_tova_sochi_a_cited_text_of_a_body_named_by_common_words(run):
    a = run("Ток\n\nСметките за парно ще поскъпнат с 8% от октомври. Това сочи прогнозата на енергийния регулатор.",
            "bg")
    assert "енергийния регулатор" in (next(c for c in a.claims if "8%" in c.span.text).claimant or "")


def test_bg_a_closing_cited_text_alone_is_the_body_that_spoke_last(run):
    a = run("Заетост\n\nАгенцията по заетостта съобщи, че безработните намаляват. Около 40% от фирмите търсят "
            "шофьори, показва проучването.", "bg")
    assert "Агенцията" in (next(c for c in a.claims if "40%" in c.span.text).claimant or "")


def test_bg_a_closing_cited_text_alone_is_the_body_that_issued_the_study(run):
    a = run("Пластмаси\n\nТова е тревожно, каза Иван Колев от сдружението „Чиста река“, което публикува годишното "
            "изследване.\n\nОколо 70% от отпадъците по бреговете са пластмаса, показва изследването.", "bg")
    assert "Чиста река" in (next(c for c in a.claims if "70%" in c.span.text).claimant or "")


def test_russian_po_versii_is_a_source_phrase(run):
    a = run("Пожар\n\nПо версии полиции, на складе хранилось до 40 тонн удобрений.", "ru")
    c = next(c for c in a.claims if "40 тонн" in c.span.text)
    assert "полици" in (c.claimant or "")


def test_russian_zashchitnik_points_back_at_the_lawyer(run):
    a = run("Суд\n\nАдвокат фермера Ольга Смирнова обжаловала приговор. По словам защитника, ее клиент не знал о "
            "нарушениях.", "ru")
    assert "Смирнова" in (_speaker_of(a, "клиент не знал") or "")


def test_russian_a_mans_first_name_in_an_oblique_case_is_no_woman(run):
    a = run("Театр\n\nМинистр культуры Ольга Любимова раскритиковала директора театра Петра Иванова. По ее словам, "
            "новый спектакль нарушает закон.", "ru")
    assert "Любимова" in (_speaker_of(a, "спектакль нарушает") or "")


def test_russian_a_fronted_surname_quoted_by_an_outlet(run):
    a = run("Переговоры\n\nМинистр иностранных дел Андрей Сибига обвинил Москву в срыве встречи. Сибигу цитирует "
            "«Европейская правда»: «Мы не получили никакого ответа».", "ru")
    assert "Сибига" in (_speaker_of(a, "никакого ответа") or "")


def test_russian_glava_cb_is_the_bank_governor_named_before(run):
    a = run("Ставка\n\nПредседатель Банка России Эльвира Набиуллина предупредила о рисках. «Мы внимательно следим за "
            "условиями», — сказала глава ЦБ.", "ru")
    assert "Набиуллин" in (_speaker_of(a, "внимательно следим") or "")


def test_russian_upolnomochennyi_is_a_title(run):
    a = run("Приюты\n\nКак заявила уполномоченный по правам ребенка в Томской области Елена Кравец, в области "
            "работают девять приютов.", "ru")
    assert "Кравец" in (_speaker_of(a, "работают девять") or "")


def test_russian_an_outlet_passes_on_someones_words_about_that(run):
    a = run("Сделка\n\nИздание Reuters приводит слова источника в компании о том, что сделка будет отменена.", "ru")
    assert "источник" in (_speaker_of(a, "сделка будет отменена") or "")
    a = run("Цены\n\n«Коммерсант» приводит слова министра Павла Орлова о том, что цены на бензин вырастут.", "ru")
    assert "Орлов" in (_speaker_of(a, "цены на бензин") or "")


def test_russian_a_role_noun_after_an_outlet_is_the_one_person_named(run):
    a = run("НАТО\n\nПосол США Джон Смит, как пишет Politico, убеждает союзников помогать Киеву. Дипломат, по данным "
            "издания, предложил увеличить вклад союзников.", "ru")
    assert "Смит" in (_speaker_of(a, "увеличить вклад") or "")


def test_russian_a_pronoun_after_an_unnamed_person_who_spoke(run):
    a = run("Школа\n\nДиректор школы Анна Белова открыла новый корпус. Учительница, попросившая не называть ее имени, "
            "рассказала, что мест не хватает. «Классы переполнены, дети сидят по трое», — говорит она.", "ru")
    assert "Учительница" in (_speaker_of(a, "Классы переполнены") or "")


def test_russian_an_adverb_opening_the_sentence_is_no_part_of_the_name(run):
    a = run("Кремль\n\nГлава МИД Сергей Лавров провел переговоры. Вечером Песков заявил, что встреча пока не "
            "планируется.", "ru")
    assert (_speaker_of(a, "встреча пока не") or "") == "Песков"


def test_russian_a_correspondent_closing_a_statement_gives_the_outlet(run):
    a = run("Ракеты\n\nМосква ответит на размещение ракет в Германии, передает корреспондент ТАСС.", "ru")
    assert "ТАСС" in (_speaker_of(a, "ответит на размещение") or "")
    a = run("Ракеты\n\nОб этом заявил политолог Иван Гришин, передает корреспондент ТАСС. Москва ответит на "
            "размещение ракет в Германии, заявил он, передает корреспондент ТАСС.", "ru")
    assert "Гришин" in (_speaker_of(a, "ответит на размещение") or "")


def test_russian_a_foreign_surname_in_the_genitive_is_named_in_the_nominative(run):
    a = run("Бундесвер\n\nПо словам министра обороны Германии Бориса Писториуса, бундесвер увеличит численность на "
            "20 тысяч человек.", "ru")
    assert _speaker_of(a, "бундесвер увеличит") == "Борис Писториус"


def test_portuguese_the_foreign_ministry_as_chancelaria_is_the_ministry_named_before(run):
    a = run("Diplomacia\n\nO Itamaraty convocou o embaixador da Venezuela. A ONU pediu calma às partes. Em nota, a "
            "chancelaria afirmou que o Brasil \"não tolera ameaças à fronteira\".", "pt")
    assert "Itamaraty" in (_speaker_of(a, "não tolera ameaças") or "")


def test_portuguese_a_defendant_named_by_arguido_is_the_person_on_trial(run):
    a = run("Julgamento\n\nO antigo vereador de Lagos, Rui Brandão, começou a ser julgado em Faro. O arguido, de 58 "
            "anos, disse ainda que é alvo de \"uma perseguição\" de antigos colegas.", "pt")
    assert "Brandão" in (_speaker_of(a, "uma perseguição") or "")


def test_portuguese_a_role_noun_with_a_relative_clause_and_no_commas_is_the_subject(run):
    a = run("Fábrica\n\nA fábrica parou. Um operador que pediu para não ser identificado contou que os salários "
            "estão em atraso.\n\n— Ninguém nos diz nada há dois meses — disse ele.", "pt")
    assert "operador" in (_speaker_of(a, "os salários estão em atraso") or "")
    assert "operador" in (_speaker_of(a, "Ninguém nos diz nada") or "")


def test_portuguese_a_scholar_written_after_the_body_s_acronym_with_no_comma(run):
    a = run("Juros\n\nNa avaliação da economista da Universidade de Coimbra (UC) Marta Sequeira, o banco central "
            "\"vai esperar até março\".", "pt")
    assert "Sequeira" in (_speaker_of(a, "vai esperar até março") or "")


def test_portuguese_a_verb_after_a_name_in_apposition_closes_no_statement(run):
    a = run("Obras\n\nO presidente da Câmara de Loures, Rui Teixeira, pediu uma reunião urgente com a ministra.", "pt")
    assert not [q for q in a.quotes if q.speaker and "reunião" in q.speaker]


def test_portuguese_a_stance_then_a_colon_reports_what_follows(run):
    a = run("Greve\n\nA dirigente sindical Ana Brito não tem dúvidas: a paralisação \"vai durar semanas\".", "pt")
    assert "Brito" in (_speaker_of(a, "vai durar semanas") or "")


def test_portuguese_an_estimating_verb_after_a_name_in_apposition_gives_the_claimant(run):
    a = run("Orçamento\n\nO ministro da Economia, Paulo Neves, estimou em 250 milhões de euros o custo do programa.",
            "pt")
    c = next(c for c in a.claims if "250" in c.span.text)
    assert "Neves" in (c.claimant or "")


def test_portuguese_the_outlet_told_after_the_speaker_s_name_is_no_speaker(run):
    a = run("Saúde\n\n\"O programa vai chegar a todo o país\", disse o ministro Carlos Avelar à Folha de Pernambuco.",
            "pt")
    assert "Avelar" in (_speaker_of(a, "O programa vai chegar") or "")


def test_portuguese_the_full_stop_in_folha_de_s_paulo_ends_no_clause(run):
    a = run("Saúde\n\nA secretária Lúcia Prates disse à Folha de S.Paulo que as filas vão diminuir em abril.", "pt")
    assert "Prates" in (_speaker_of(a, "as filas vão diminuir") or "")


def test_portuguese_an_attribution_closing_the_sentence_wins_over_a_verb_with_an_infinitive(run):
    a = run("Fábrica\n\nA construtora prevê contratar 300 pessoas em Setúbal, informou a diretora de recursos "
            "humanos, Lúcia Fontes.", "pt")
    assert "Fontes" in (_speaker_of(a, "contratar 300 pessoas") or "")


def test_bulgarian_a_quote_with_a_name_in_the_same_marks_nested_inside(run):
    a = run("Пристанище\n\nМинистърът на транспорта Гроздан Караджов посети Варна. „Кейовете на „Пристанище Варна“ "
            "ще бъдат ремонтирани догодина. Парите са осигурени“, заяви Караджов.", "bg")
    assert "Караджов" in (_speaker_of(a, "Парите са осигурени") or "")


def test_bulgarian_the_head_of_state_after_a_source_phrase_is_the_president_named_before(run):
    a = run("Армия\n\nПрезидентът Илияна Йотова посети поделението. Според държавния глава армията има нужда от "
            "повече хора.", "bg")
    assert "Йотова" in (_speaker_of(a, "армията има нужда") or "")


def test_bulgarian_the_woman_minister_points_back_at_the_minister_named_before(run):
    a = run("Училища\n\nОбразователният министър Мария Стоянова отхвърли критиките. По думите на министърката "
            "учебниците ще бъдат готови навреме.", "bg")
    assert "Стоянова" in (_speaker_of(a, "учебниците ще бъдат готови") or "")


def test_bulgarian_a_hyphen_opens_speech_before_a_dash_and_a_reporting_verb(run):
    a = run("Опашки\n\nМайката Дарина Колева чака пред болницата.\n\n- Нямаме лекар от седмица. Никой не ни "
            "обяснява нищо – каза тя.\n\n- първа точка\n- втора точка", "bg")
    assert "Колева" in (_speaker_of(a, "Нямаме лекар от седмица") or "")
    assert not [q for q in a.quotes if "точка" in q.content.text]


def test_bulgarian_a_body_s_noun_runs_on_over_its_name_in_quote_marks_and_its_acronym(run):
    a = run("Граница\n\nПо данни на Изпълнителна агенция „Морска администрация“ корабите са над 300. Опашката е "
            "от над 200 камиона, съобщиха от Областната дирекция на МВР.", "bg")
    c = next(c for c in a.claims if "300" in c.span.text)
    assert "Морска администрация" in (c.claimant or "")
    assert "МВР" in (_speaker_of(a, "Опашката е") or "")


def test_bulgarian_a_proposal_with_its_da_clause_is_the_proposer_s(run):
    a = run("Жилища\n\nОбщинският съветник Стоян Колев говори в съвета. Той предложи общината да купи 50 апартамента "
            "за млади семейства.", "bg")
    c = next(c for c in a.claims if "50" in c.span.text)
    assert "Колев" in (c.claimant or "")


def test_russian_ombudsman_points_back_at_the_commissioner_for_human_rights(run):
    a = run("Тюрьмы\n\nУполномоченный по правам человека в Карелии Ольга Семенова посетила колонию. Как заявила "
            "омбудсмен, жалобы заключенных на питание подтвердились.", "ru")
    assert "Семенова" in (_speaker_of(a, "жалобы заключенных") or "")


def test_russian_a_two_word_clause_that_ends_the_sentence_is_reported(run):
    a = run("Паводок\n\nКак сообщил глава района Петр Ильин, дорога перекрыта. Синоптик Олег Рудин заявил, что "
            "вода прибывает.", "ru")
    assert "Ильин" in (_speaker_of(a, "дорога перекрыта") or "")
    assert "Рудин" in (_speaker_of(a, "вода прибывает") or "")


def test_russian_a_full_stop_inside_an_outlet_s_name_in_marks_ends_no_sentence(run):
    a = run("Пожар\n\nНачальник пожарной части Игорь Зотов прибыл на место. Как рассказал он «Омск.Онлайн», огонь "
            "удалось локализовать только к вечеру.", "ru")
    assert "Зотов" in (_speaker_of(a, "огонь удалось локализовать") or "")


def test_russian_his_colleague_in_apposition_is_the_one_named_after_it(run):
    a = run("Рынок\n\nСтратег Павел Жуков ждет снижения ставок. «Рублевые облигации остаются недооцененными», — "
            "возразила его коллега, аналитик банка Марина Осипова.", "ru")
    assert "Осипов" in (_speaker_of(a, "Рублевые облигации") or "")


def test_russian_vozrazit_reports_speech(run):
    a = run("Рынок\n\nМинистр Павел Жуков возразил, что облигации остаются недооцененными.", "ru")
    assert "Жуков" in (_speaker_of(a, "облигации остаются") or "")


def test_russian_an_outlet_between_commas_only_relays_the_subject_s_words(run):
    a = run("Ставки\n\nЗампред банка Олег Лунин, как пишет «Коммерсант», заявил на форуме, что кредиты подешевеют "
            "весной.", "ru")
    assert "Лунин" in (_speaker_of(a, "кредиты подешевеют") or "")


def test_portuguese_a_rank_before_the_name_after_the_title_s_body_in_a_closing_attribution(run):
    a = run("Incêndio\n\nO fogo começou numa garagem, disse à Lusa o porta-voz da GNR de Évora, subcomissário Rui "
            "Matos.", "pt")
    assert "Matos" in (_speaker_of(a, "O fogo começou numa garagem") or "")


def test_portuguese_oficial_is_a_role_noun(run):
    a = run("Estrada\n\nO tenente Paulo Brás, da GNR, falou ontem aos jornalistas. O oficial explicou que a estrada "
            "reabre amanhã.", "pt")
    assert "Brás" in (_speaker_of(a, "a estrada reabre amanhã") or "")


def test_portuguese_an_opening_adverbial_before_a_verb_with_no_subject(run):
    a = run("Processo\n\nO advogado Vasco Leal disse que vai recorrer da decisão. Em declarações à RTP, afirmou que o "
            "cliente está inocente.", "pt")
    assert "Leal" in (_speaker_of(a, "o cliente está inocente") or "")


def test_portuguese_a_company_introduced_with_its_trade_and_no_minister_s_portfolio(run):
    a = run("Despedimentos\n\nA fabricante de calçado Solmar anunciou o fecho da fábrica. O ministro da Economia "
            "criticou a decisão. Em nota, a empresa afirma que a medida é \"inevitável\".", "pt")
    assert "Solmar" in (_speaker_of(a, "inevitável") or "")


def test_portuguese_a_capitalised_title_after_a_closing_verb_is_no_name(run):
    a = run("Guerra\n\n\"Não vamos desistir\", escreveu o Presidente ucraniano, Volodymyr Zelensky, nas redes "
            "sociais.", "pt")
    assert "Zelensky" in (_speaker_of(a, "Não vamos desistir") or "")


def test_portuguese_a_long_title_and_the_outlet_told_before_the_name_closing_the_statement(run):
    a = run("Lar\n\nO lar funcionava há anos sem licença, disse ao Expresso o porta-voz do Comando Distrital da PSP "
            "de Viseu, subcomissário Rui Matos.", "pt")
    assert "Matos" in (_speaker_of(a, "O lar funcionava") or "")


def test_portuguese_the_institute_is_the_last_acronym_opening_with_its_initial(run):
    a = run("Emprego\n\nO desemprego caiu, segundo o INE. A Comissão Europeia elogiou os números. De acordo com o "
            "instituto, a população ativa cresceu em todas as regiões.", "pt")
    assert "INE" in (_speaker_of(a, "a população ativa cresceu") or "")


def test_portuguese_the_body_that_released_a_cited_survey_s_figures(run):
    a = run("Renda\n\nA renda média subiu 3%, segundo dados da Pesquisa de Orçamentos Familiares (POF) divulgados "
            "ontem pelo IBGE.", "pt")
    assert "IBGE" in (_speaker_of(a, "A renda média subiu") or "")


def test_portuguese_a_closing_source_phrase_with_a_bare_cited_text_still_reports(run):
    a = run("Preços\n\nO preço do pão subiu 12% num ano, segundo o levantamento.", "pt")
    assert _speaker_of(a, "O preço do pão subiu") == "levantamento"


def test_portuguese_the_holder_of_the_portfolio_is_the_minister_named_before(run):
    a = run("Saúde\n\nO ministro da Saúde, Rui Costa, disse que vai reunir com os médicos. O sindicato protestou. O "
            "titular da pasta admitiu que \"há atrasos\".", "pt")
    assert "Costa" in (_speaker_of(a, "há atrasos") or "")


def test_pt_a_name_of_initials_after_do_keeps_them(run):
    a = run("Mercados\n\nSegundo a análise do J. P. Morgan, o dólar \"vai subir\" em março.", "pt")
    assert not any(e.name == "P. Morgan" for e in a.entities)


def test_bulgarian_a_demand_with_its_da_clause_is_the_demander_s(run):
    a = run("Заплати\n\nЛидерът на синдиката Иван Стоев поиска заплатите на медиците да се вдигнат с 15% от "
            "март.", "bg")
    assert "Стоев" in (_speaker_of(a, "заплатите на медиците") or "")
    c = next(c for c in a.claims if "15%" in c.span.text)
    assert "Стоев" in (c.claimant or "")


def test_bulgarian_an_indefinite_plural_group_with_its_place_is_the_speaker(run):
    a = run("Път\n\nЖители на село Белица твърдят, че мостът се руши от години.", "bg")
    assert _speaker_of(a, "мостът се руши") == "Жители на село Белица"


def test_bulgarian_a_bare_agency_noun_is_the_agency_named_in_quote_marks(run):
    a = run("Граница\n\nАгенция „Пътна инфраструктура“ отчита ремонти за 40 млн. евро, показва отчетът на "
            "агенцията.", "bg")
    c = next(c for c in a.claims if "40 млн" in c.span.text)
    assert "Пътна инфраструктура" in (c.claimant or "")


def test_bulgarian_a_body_s_noun_with_no_adjective_ending_runs_on_over_its_genitive(run):
    a = run("Туризъм\n\nСпоред Националната служба за защита на природата посетителите са 12% повече.", "bg")
    assert "за защита на природата" in (_speaker_of(a, "посетителите са") or "")


def test_bulgarian_this_is_goes_on_with_the_source_of_the_figure_before(run):
    a = run("Износ\n\nИзносът е 2,4 млрд. евро, съобщиха от министерството на икономиката. Това е с 6,3% повече "
            "спрямо година по-рано.", "bg")
    c = next(c for c in a.claims if "6,3%" in c.span.text)
    assert "министерств" in (c.claimant or "")
    b = run("Износ\n\nИзносът е 2,4 млрд. евро. Това е с 6,3% повече спрямо година по-рано.", "bg")
    assert next(c for c in b.claims if "6,3%" in c.span.text).claimant is None


def test_bulgarian_a_counted_group_after_spored_runs_to_its_noun(run):
    a = run("Прогноза\n\nСпоред най-малко шестима анализатори лихвите ще паднат до 3%.", "bg")
    assert _speaker_of(a, "лихвите ще паднат") == "най-малко шестима анализатори"


def test_bulgarian_a_bare_head_of_a_body_keeps_its_body(run):
    a = run("Мисия\n\nРъководителят на мисията на ООН поиска страните да спрат огъня.", "bg")
    assert _speaker_of(a, "страните да спрат") == "Ръководителят на мисията на ООН"


def test_hindi_a_short_title_for_the_education_officer_or_a_doctor_points_back(run):
    # "बेसिक शिक्षा अधिकारी X ने …। बीएसए ने कहा कि": the officer the short title stands for
    a = run("स्कूल\n\nबेसिक शिक्षा अधिकारी महेश चंद्र ने बताया कि सभी स्कूल खुले हैं। बीएसए ने कहा कि शिक्षकों की हाज़िरी "
            "रोज़ जांची जाएगी।", "hi")
    assert "महेश" in (_speaker_of(a, "शिक्षकों की हाज़िरी") or "")
    # "… डॉ. X ने …। डॉक्टर के मुताबिक, …": the doctor named before
    b = run("अस्पताल\n\nज़िला अस्पताल के अधीक्षक डॉ. विनोद पांडेय ने बताया कि मरीज़ों की हालत स्थिर है। डॉक्टर के "
            "मुताबिक, दो मरीज़ों को आईसीयू में रखा गया है।", "hi")
    assert "पांडेय" in (_speaker_of(b, "दो मरीज़ों को आईसीयू") or "")


def test_hindi_an_additional_advocate_general_is_a_title(run):
    a = run("सुनवाई\n\nअपर महाधिवक्ता राकेश दुबे ने अदालत में सरकार का पक्ष रखा। अपर महाधिवक्ता का कहना था कि जांच "
            "पूरी हो चुकी है।", "hi")
    assert "दुबे" in (_speaker_of(a, "जांच पूरी हो चुकी") or "")


def test_hindi_a_statement_from_the_subject_s_own_office_is_the_subject_s(run):
    # "X ने अपने दफ़्तर की ओर से जारी बयान में कहा कि": not "अपने दफ़्तर"
    a = run("बयान\n\nमुख्यमंत्री रमेश पटेल ने अपने कार्यालय की ओर से जारी बयान में कहा कि राहत कार्य तेज़ किए जाएंगे।",
            "hi")
    assert "पटेल" in (_speaker_of(a, "राहत कार्य तेज़") or "")


def test_hindi_a_name_inside_a_sentence_opened_by_a_source_phrase_is_no_antecedent(run):
    # "उनके मुताबिक़, … चीन ने … । उन्होंने कहा, '…'": the source, not the country inside what it says
    a = run("व्यापार\n\nवाणिज्य मंत्री अजय सिन्हा ने संसद में जवाब दिया। उनके मुताबिक़, पिछले साल चीन ने भारत को ज़्यादा "
            "सामान बेचा। उन्होंने कहा, 'हम घाटा कम करने पर काम कर रहे हैं।'", "hi")
    assert "सिन्हा" in (_speaker_of(a, "हम घाटा कम करने") or "")


def test_hindi_a_bench_of_two_judges_speaks_for_both(run):
    a = run("अदालत\n\nन्यायमूर्ति अमित सेठ और न्यायमूर्ति नीरजा कपूर की खंडपीठ ने कहा कि सरकार को जवाब देना होगा।",
            "hi")
    sp = _speaker_of(a, "सरकार को जवाब देना") or ""
    assert "सेठ" in sp and "कपूर" in sp


def test_hindi_a_question_asked_reports(run):
    a = run("सुनवाई\n\nइस पर पीठ ने पूछा, \"अब तक कार्रवाई क्यों नहीं हुई?\"", "hi")
    assert "पीठ" in (_speaker_of(a, "अब तक कार्रवाई") or "")
    # (a question put to X leaves X outside it: "जब X से पूछा गया कि क्या …, तो X ने …। उन्होंने कहा")
    b = run("चुनाव\n\nजब मंत्री सुरेश नायक से पूछा गया कि क्या वह चुनाव लड़ेंगे तो नायक ने जवाब नहीं दिया। उन्होंने कहा, "
            "'पार्टी तय करेगी।'", "hi")
    assert "नायक" in (_speaker_of(b, "पार्टी तय करेगी") or "")


def test_hindi_ownerless_figures_are_the_article_s_own(run):
    # "आंकड़ों के मुताबिक, …" with no body's data named before: no claimant
    a = run("हादसे\n\nआंकड़ों के मुताबिक, पिछले साल राज्य में 4,200 सड़क हादसे हुए।", "hi")
    c = next(c for c in a.claims if "4,200" in c.span.text)
    assert c.claimant is None


def test_hindi_a_case_put_before_the_court_is_reported_with_its_ki(run):
    a = run("सुनवाई\n\nवकील अनिल माथुर ने अदालत के सामने यह भी रखा कि याचिकाकर्ता को नोटिस नहीं मिला।", "hi")
    assert "माथुर" in (_speaker_of(a, "याचिकाकर्ता को नोटिस") or "")
    # (no कि right after: "रुख बनाए रखा है" reports nothing)
    b = run("नीति\n\nसंघर्ष के बीच, भारत ने एक तटस्थ रुख बनाए रखा है, किसी का पक्ष नहीं लिया है।", "hi")
    assert not b.quotes


def test_russian_a_source_phrase_inside_commas_after_a_short_opening_gives_the_whole_sentence(run):
    a = run("Авария\n\nВ Омске прорвало трубу. Мэр Сергей Шелест осмотрел место аварии. Без тепла, по его словам, "
            "40 домов.", "ru")
    assert "Шелест" in (_speaker_of(a, "40 домов") or "")
    claim = next(c for c in a.claims if "40 домов" in c.span.text)
    assert "Шелест" in (claim.claimant or "")


def test_russian_an_adjective_between_po_and_the_cited_noun(run):
    a = run("Пожар\n\nУщерб, по предварительным данным МЧС, составил 3 млн рублей.", "ru")
    assert "МЧС" in (_speaker_of(a, "3 млн рублей") or "")


def test_russian_a_speculative_subject_before_the_verb_records_no_speaker(run):
    from narrascope.analysers.quotes import _cue_after
    from narrascope.analysers.reported import Resolver
    from narrascope.lang import lexicon

    text = "«Денег нет», — Минфину ответил мэр Олег Смирнов."
    a = run(text, "ru")
    res = Resolver(text, lexicon("ru"), a.entities)
    sp = _cue_after(res, text.index("»") + 1, len(text))
    assert "Смирнов" in (sp.name or "")
    assert not any("Минфин" in (s.name or "") for _, s in res.speakers)


def test_russian_the_one_told_in_the_dative_before_the_verb_is_no_subject(run):
    a = run("Город\n\nГубернатор Иван Белов приехал в город. «Денег нет», — губернатору ответил мэр Олег Смирнов.",
            "ru")
    assert "Смирнов" in (_speaker_of(a, "Денег нет") or "")


def test_russian_an_outlet_quoting_its_unnamed_source(run):
    a = run("Сделка\n\nКак сообщил источник в министерстве, сделка закрыта. «Документы подписаны», — цитирует "
            "агентство собеседника.", "ru")
    assert "источник" in (_speaker_of(a, "Документы подписаны") or "")


def test_russian_the_outlet_told_in_the_dative_after_a_bare_title(run):
    a = run("Суд\n\nАдвокат Олег Смирнов подал жалобу. «Суд не прав», — заявил адвокат агентству ТАСС.", "ru")
    assert "Смирнов" in (_speaker_of(a, "Суд не прав") or "")
    a = run("Армия\n\nВоенный эксперт Иван Белов оценил учения. «Это демонстрация», — пояснил эксперт «Известиям».",
            "ru")
    assert "Белов" in (_speaker_of(a, "Это демонстрация") or "")


def test_russian_a_foreign_name_takes_the_gender_of_its_past_tense_verb(run):
    a = run("Оборона\n\nПресс-секретарь Дмитрий Песков назвал учения провокацией. Министр обороны Дании Троэльс "
            "Лунд Поульсен назвал критику необоснованной. «Мы защищаем свою страну», — сказал он.", "ru")
    assert "Поульсен" in (_speaker_of(a, "Мы защищаем свою страну") or "")


def test_russian_an_office_alias_is_held_by_the_person_named_right_after_the_office(run):
    a = run("Ставка\n\n«Ставка останется высокой», — заявила председатель Банка России Эльвира Набиуллина на "
            "Петербургском форуме. Глава ЦБ напомнила, что инфляция замедляется.", "ru")
    assert "Набиуллин" in (_speaker_of(a, "инфляция замедляется") or "")


def test_russian_the_agency_closing_a_statement_is_not_a_body_named_inside_it(run):
    a = run("Энергетика\n\nПо оценке Минэнерго, добыча угля упала на 2%. Потери шахтам покроет Фонд развития "
            "промышленности, уточнили в ведомстве.", "ru")
    assert "Минэнерго" in (_speaker_of(a, "Потери шахтам покроет") or "")


def test_russian_a_role_noun_closing_a_quote_is_the_one_person_of_its_paragraph(run):
    a = run("Нефть\n\n«Цены упадут», — пишет аналитик банка Мария Ковалева. По ее прогнозу, баррель подешевеет.\n\n"
            "Ее коллега Олег Смирнов не исключает роста. «Спрос восстановится», — считает аналитик.", "ru")
    assert "Смирнов" in (_speaker_of(a, "Спрос восстановится") or "")


def test_russian_a_source_phrase_right_before_its_comma_names_no_source(run):
    a = run("Пожар\n\nЗавод горел всю ночь. По последним данным, пострадал один человек.", "ru")
    assert not any("пострадал один" in q.content.text for q in a.quotes if q.speaker)


def test_portuguese_the_executive_of_a_prime_minister_speaks_as_a_body(run):
    a = run("Governo\n\nO executivo de Ana Ribeiro garantiu que o país vai cumprir a meta do défice.", "pt")
    assert "Ribeiro" in (_speaker_of(a, "o país vai cumprir") or "")
    a = run("Petróleo\n\nO presidente da Petrobras, João Prates, falou à Reuters. “A empresa vai crescer”, afirmou o "
            "executivo.", "pt")
    assert "Prates" in (_speaker_of(a, "A empresa vai crescer") or "")


def test_portuguese_an_unnamed_elderly_person_is_a_role_noun(run):
    a = run("Cheias\n\nA moradora Ana Lima, de 80 anos, viu a casa inundada. O vereador Rui Costa visitou a rua. "
            "«Perdi tudo o que tinha», disse a idosa.", "pt")
    assert "Lima" in (_speaker_of(a, "Perdi tudo") or "")


def test_portuguese_an_unnamed_person_in_apposition_is_the_bare_role_noun_after(run):
    a = run("Burla\n\nO inspetor Paulo Neves depôs de manhã. A segunda testemunha, uma reformada de 77 anos, contou "
            "que perdeu as poupanças.\n\n«Confiei num estranho», disse a idosa.", "pt")
    assert _speaker_of(a, "Confiei num estranho") == "reformada"


def test_portuguese_a_speaker_between_commas_is_found_once(run, monkeypatch):
    from narrascope.analysers import quotes as quotes_module
    from narrascope.analysers.reported import Resolver
    calls: list[tuple] = []
    cue_calls = [0]
    subject_after, cue_before = Resolver.subject_after, quotes_module._cue_before

    def counted(self, verb_end, right, cue):
        calls.append((cue_calls[0], verb_end, right, cue))
        return subject_after(self, verb_end, right, cue)

    def counted_cue(*args):
        cue_calls[0] += 1
        return cue_before(*args)
    monkeypatch.setattr(Resolver, "subject_after", counted)
    monkeypatch.setattr(quotes_module, "_cue_before", counted_cue)
    a = run('Guerra\n\nMoscovo, disse Dmitri Peskov, "tomará todas as medidas necessárias" contra os ataques.', "pt")
    assert "Peskov" in (_speaker_of(a, "tomará todas as medidas") or "")
    assert calls and len(calls) == len(set(calls))  # (one call per cue: each call records the speaker)


def test_portuguese_an_acronym_s_expansion_is_the_last_one_before_it(run):
    a = run("Polícia\n\nA Polícia Federal (PF) fez buscas ontem. Segundo a PF, o grupo lavou R$ 10 milhões. A Polícia "
            "Florestal (PF) também agiu. Segundo a PF, a área foi isolada.", "pt")
    assert "Federal" in (_speaker_of(a, "o grupo lavou") or "")
    assert "Florestal" in (_speaker_of(a, "a área foi isolada") or "")


def test_portuguese_an_outlet_of_many_words_told_before_que(run):
    a = run("Indústria\n\nO diretor da associação, Paulo Viana, disse ao jornal O Estado de S. Paulo que as vendas vão "
            "cair no fim do ano.", "pt")
    assert "Viana" in (_speaker_of(a, "as vendas vão cair") or "")


def test_portuguese_a_masculine_title_without_article_before_a_name_tells_a_man(run):
    a = run("Lar\n\nA casa estava fechada, disse à Lusa o porta-voz da PSP, subcomissário Rui Matos. \"Havia doentes "
            "sem cuidados\", relatou. A procuradora do caso sustenta que a dona \"enganou as famílias\".", "pt")
    assert _speaker_of(a, "enganou as famílias") != "Rui Matos"


def test_portuguese_a_number_in_words_after_ao_menos_is_a_claim(run):
    a = run("Garimpo\n\nA fundação afirmou que ao menos quatro aldeias tiveram rios contaminados.", "pt")
    assert any("quatro aldeias" in c.span.text for c in a.claims)


def test_portuguese_a_subjectless_verb_after_an_opener_and_whom_it_was_told(run):
    a = run("Defesa\n\nO general Paulo Reis falou ontem em Lisboa. Além disso, disse ao Conselho de Estado que vai "
            "reforçar a fronteira.", "pt")
    assert "Reis" in (_speaker_of(a, "vai reforçar a fronteira") or "")


def test_hindi_a_deputy_commissioner_is_a_title_that_points_back(run):
    a = run("ठंड\n\nगिरिडीह के उपायुक्त नमन प्रियेश ने बैठक की। उपायुक्त ने बताया कि सभी स्कूल दो दिन बंद रहेंगे।", "hi")
    assert "प्रियेश" in (_speaker_of(a, "सभी स्कूल दो दिन") or "")


def test_hindi_bole_takes_no_ne(run):
    a = run("संसद\n\nकृषि मंत्री शिवराज चौहान ने सदन में जवाब दिया। चौहान बोले, \"किसानों को पूरा मुआवजा मिलेगा।\"",
            "hi")
    assert "चौहान" in (_speaker_of(a, "किसानों को पूरा मुआवजा") or "")


def test_hindi_the_stem_kah_with_its_aspect_verb_and_an_adverb_before_it(run):
    a = run("सड़क\n\nकेंद्रीय मंत्री नितिन गडकरी भी कई बार कह चुके हैं कि हाईवे पर हादसे कम होंगे।", "hi")
    assert "गडकरी" in (_speaker_of(a, "हाईवे पर हादसे") or "")
    a = run("बाजार\n\nअर्थशास्त्री सुनील वर्मा अक्सर कहते हैं कि महंगाई सबसे बड़ा खतरा है।", "hi")
    assert (_speaker_of(a, "महंगाई सबसे बड़ा") or "").endswith("वर्मा")
    # (no name right before the verb: "कुछ लोग" is no one, not the person named before)
    b = run("युद्ध\n\nराष्ट्रपति व्लादिमीर पुतिन ने बैठक बुलाई. हालात बदल गए. कुछ लोग कह रहे हैं कि इससे बातचीत "
            "आसान होगी.", "hi")
    assert not any("इससे बातचीत आसान" in q.content.text for q in b.quotes if q.speaker)


def test_hindi_a_quote_before_a_sentence_whose_kah_chuke_takes_its_own_ki(run):
    a = run("कूटनीति\n\nविदेश मंत्री एस. जयशंकर ने सम्मेलन में हिस्सा लिया। मंत्री ने जोड़ा, \"हम बातचीत के लिए तैयार "
            "हैं।\" प्रधानमंत्री नरेंद्र मोदी भी कई मौकों पर कह चुके हैं कि शांति का रास्ता बातचीत है।", "hi")
    assert "जयशंकर" in (_speaker_of(a, "हम बातचीत के लिए") or "")


def test_hindi_a_pronoun_after_a_person_given_with_her_age(run):
    a = run("बाढ़\n\nतहसीलदार मनोज तिवारी ने बताया कि राहत शिविर खोले गए हैं।\n\n70 साल की रामकली देवी नाव से शिविर "
            "पहुंचीं। वे कहती हैं, \"घर में कमर तक पानी भर गया है।\"", "hi")
    assert "रामकली" in (_speaker_of(a, "घर में कमर तक") or "")


def test_bulgarian_spored_with_a_possessive_clitic_after_the_cited_noun(run):
    a = run("Горите\n\nЛесовъдът Христо Колев обясни, че сечта е спаднала. Според данните му от 2019 г. насам горите "
            "са нараснали с 4%.", "bg")
    assert "Колев" in (_speaker_of(a, "горите са нараснали") or "")
    assert "Колев" in (next(c for c in a.claims if "4%" in c.span.text).claimant or "")


def test_bulgarian_otreche_reports_its_che_clause(run):
    a = run("Цени\n\nМинистърката на земеделието Ана Денева отрече, че хлябът ще поскъпне.", "bg")
    assert "Денева" in (_speaker_of(a, "хлябът ще поскъпне") or "")


def test_bulgarian_a_town_after_a_dash_in_a_body_s_acronym_is_part_of_its_name(run):
    a = run("Болница\n\nПострадалият е в стабилно състояние, каза директорът на УМБАЛ – Русе д-р Петя Иванова.", "bg")
    assert "Иванова" in (_speaker_of(a, "в стабилно състояние") or "")


def test_bulgarian_pak_between_a_subject_and_its_verb(run):
    a = run("Паркът\n\nЕколозите от сдружение „Зелен град“ пък настояват дърветата да бъдат запазени.", "bg")
    assert "Еколозите" in (_speaker_of(a, "дърветата да бъдат") or "")


def test_bulgarian_ot_obvinenieto_is_the_prosecution(run):
    a = run("Съд\n\nОкръжната прокуратура в Русе е повдигнала обвинение на шофьора, съобщиха от обвинението.", "bg")
    assert _speaker_of(a, "е повдигнала обвинение") == "обвинението"


def test_bulgarian_nad_before_a_number_after_spored_is_kept(run):
    a = run("Прогноза\n\nСпоред над 30 банкери лихвите ще паднат до 3%.", "bg")
    assert _speaker_of(a, "лихвите ще паднат") == "над 30 банкери"


def test_bulgarian_a_body_s_complement_runs_on_over_v_and_its_field(run):
    a = run("Реколта\n\nДобивът на царевица ще е 2,9 млн. тона, сочи прогнозата на Националната служба за съвети в "
            "земеделието.", "bg")
    assert "в земеделието" in (next(c for c in a.claims if "2,9 млн" in c.span.text).claimant or "")


def test_bulgarian_a_lower_case_adjective_and_body_noun_after_the_verb(run):
    a = run("Бюджет\n\nДефицитът ще бъде 2,8% от БВП, изчисли финансовото министерство.", "bg")
    assert next(c for c in a.claims if "2,8%" in c.span.text).claimant == "финансовото министерство"


def test_bulgarian_census_and_survey_nouns_cite_their_owner(run):
    a = run("Жилища\n\nОколо 12% от жилищата в Пловдив са празни, показва преброяването на НСИ.", "bg")
    assert next(c for c in a.claims if "12%" in c.span.text).claimant == "НСИ"


def test_bulgarian_a_fund_runs_on_over_its_name_in_quote_marks(run):
    a = run("Субсидии\n\nОбщо 210 млн. евро са изплатени на стопаните, съобщи Държавен фонд „Земеделие“.", "bg")
    assert next(c for c in a.claims if "210 млн" in c.span.text).claimant == "Държавен фонд „Земеделие“"


def test_bulgarian_a_ministry_s_field_in_the_short_definite_form(run):
    a = run("Заплати\n\nЗаплатите са нараснали с 11%, съобщиха от Министерството на труда и социалната политика.", "bg")
    assert next(c for c in a.claims if "11%" in c.span.text).claimant \
        == "Министерството на труда и социалната политика"


def test_russian_the_occasion_between_the_subject_and_its_verb_is_no_subject(run):
    a = run("Бюджет\n\nВице-премьер Олег Смирнов на заседании финансового комитета Совета Федерации заявил, что "
            "расходы сократят.", "ru")
    assert "Смирнов" in (_speaker_of(a, "расходы сократят") or "")
    a = run("Визит\n\nВ среду на встрече с Игорем Волковым губернатор Павел Ершов сказал, что мост откроют.", "ru")
    assert "Ершов" in (_speaker_of(a, "мост откроют") or "")


def test_russian_an_apposition_and_an_outlet_with_a_dot_before_the_verb(run):
    a = run("Армия\n\nПолитолог, профессор МГУ Иван Белов, в беседе с «Лентой.ру» отметил, что учения "
            "продолжатся.", "ru")
    assert "Белов" in (_speaker_of(a, "учения продолжатся") or "")


def test_russian_the_channel_posted_in_is_no_speaker(run):
    a = run("Паводок\n\nМэр Томска Анна Егорова в своем Telegram-канале написала, что вода спадает.", "ru")
    assert "Егоров" in (_speaker_of(a, "вода спадает") or "")
    a = run("Паводок\n\nКак сообщил в Telegram-канале глава Томской области Павел Ершов, вода спадает.", "ru")
    assert "Ершов" in (_speaker_of(a, "вода спадает") or "")


def test_russian_an_adverb_before_an_unnamed_source(run):
    a = run("Сделка\n\nОднако собеседник в Министерстве энергетики России сообщил, что сделка сорвалась.", "ru")
    assert (_speaker_of(a, "сделка сорвалась") or "").lower() == "собеседник"


def test_russian_his_words_after_an_unnamed_source_named_after_the_verb(run):
    a = run("Дело\n\n«Нарушений нет», — сказала прокурор Анна Егорова.\n\nКак рассказал источник, дело передадут в "
            "суд. По его словам, обвинение готово.", "ru")
    assert "источник" in (_speaker_of(a, "обвинение готово") or "")


def test_russian_a_text_with_a_possessive_closing_a_quote(run):
    a = run("Рубль\n\nАналитик банка Мария Ковалева ждет ослабления рубля. «Спрос на валюту растет», — говорится в "
            "ее обзоре для клиентов.", "ru")
    assert "Ковалев" in (_speaker_of(a, "Спрос на валюту растет") or "")


def test_hindi_a_collector_is_a_title_that_points_back(run):
    a = run("बारिश\n\nअजमेर के ज़िला कलेक्टर रमेश पारीक ने बांध का दौरा किया। कलेक्टर ने कहा, \"निचली बस्तियां खाली "
            "कराई जा रही हैं।\"", "hi")
    assert "पारीक" in (_speaker_of(a, "निचली बस्तियां") or "")


def test_hindi_rto_stands_for_the_transport_officer_named_before(run):
    a = run("परमिट\n\nक्षेत्रीय परिवहन अधिकारी दिनेश यादव ने जांच शुरू की। आरटीओ ने बताया कि दस बसें ज़ब्त की गईं।",
            "hi")
    assert "यादव" in (_speaker_of(a, "दस बसें ज़ब्त") or "")


def test_hindi_a_bulletin_is_its_owners(run):
    a = run("कर्ज\n\nनाबार्ड के नए बुलेटिन के अनुसार, ग्रामीण कर्ज में 12 प्रतिशत की बढ़ोतरी हुई।", "hi")
    assert "नाबार्ड" in (_speaker_of(a, "ग्रामीण कर्ज में") or "")


def test_hindi_figures_that_show_inside_a_source_phrase_are_the_sources(run):
    a = run("बाजार\n\nविश्लेषक राकेश जोशी के मुताबिक, मकानों की बिक्री के आंकड़े बताते हैं कि शहरों में मांग लौट रही "
            "है। उन्होंने कहा कि ब्याज दरें घटीं तो बिक्री और बढ़ेगी।", "hi")
    assert "जोशी" in (_speaker_of(a, "शहरों में मांग लौट") or "")
    assert any("मकानों की बिक्री" in q.content.text for q in a.quotes if q.speaker and "जोशी" in q.speaker)
    assert "जोशी" in (_speaker_of(a, "ब्याज दरें घटीं") or "")


def test_hindi_a_pronoun_after_a_person_given_with_their_residence(run):
    a = run("हादसा\n\nथानाध्यक्ष सुरेश मीणा ने बताया कि ट्रक चालक फरार है।\n\nकार में सवार सीकर निवासी 40 वर्षीय "
            "विजय सिंह राठौड़ बच गए। उन्होंने बताया, \"ट्रक ने अचानक मोड़ काटा।\" राठौड़ के मुताबिक, सड़क पर अंधेरा था।",
            "hi")
    assert "राठौड़" in (_speaker_of(a, "ट्रक ने अचानक") or "")
    a = run("हादसा\n\nथानाध्यक्ष सुरेश मीणा ने बताया कि ट्रक चालक फरार है।\n\nनागौर की रहने वाली गीता देवी का पति भी "
            "कार में था। वे बताती हैं कि पति के सिर में चोट आई है।", "hi")
    assert "गीता" in (_speaker_of(a, "पति के सिर में") or "")
    # (a ने-subject in the sentence is whom the pronoun means, not the residents it names)
    a = run("हादसा\n\nएसडीएम राजेश कुमार वर्मा ने बताया कि सभी घायल दो गांवों के रहने वाले थे। उन्होंने कहा, "
            "\"घायलों को जयपुर भेजा गया है।\"", "hi")
    assert "वर्मा" in (_speaker_of(a, "घायलों को जयपुर") or "")


def test_hindi_those_in_a_bodys_survey_speak_with_the_body(run):
    a = run("रोजगार\n\nउद्योग जगत चिंतित है। सीआईआई के एक सर्वे में शामिल 40 प्रतिशत कारोबारियों ने कहा कि वे निवेश "
            "टालेंगे।", "hi")
    assert "सीआईआई" in (_speaker_of(a, "निवेश टालेंगे") or "")


def test_portuguese_a_title_listing_fields_before_the_name(run):
    a = run("Orçamento\n\nO ministro da Ciência, Tecnologia e Ensino Superior, Pedro Morais, disse que o plano "
            "avança. «Não vamos recuar», garantiu o governante.\n\n«Há verbas», afirmou depois o ministro.", "pt")
    assert "Pedro Morais" in (_speaker_of(a, "Não vamos recuar") or "")
    assert "Pedro Morais" in (_speaker_of(a, "Há verbas") or "")


def test_portuguese_a_body_with_its_acronym_between_the_subject_and_its_verb(run):
    a = run("Inflação\n\nA economista Carla Nunes, da Fundação Getulio Vargas (FGV), avalia que os preços vão "
            "cair.", "pt")
    assert "Carla Nunes" in (_speaker_of(a, "os preços vão cair") or "")


def test_portuguese_an_aside_of_where_a_body_said_it(run):
    a = run("Economia\n\nO Banco Central, no relatório trimestral divulgado em junho, estima que o PIB cresça "
            "2,1% este ano.", "pt")
    assert "Banco Central" in (_speaker_of(a, "o PIB cresça") or "")
    assert next(c for c in a.claims if "2,1%" in c.span.text).claimant == "Banco Central"


def test_portuguese_in_her_assessment(run):
    a = run("Violência\n\nPara a socióloga Marta Vieira, a polícia chega tarde. Na avaliação dela, o Estado \"tem de "
            "mudar de estratégia\".", "pt")
    assert "Marta Vieira" in (_speaker_of(a, "tem de mudar") or "")


def test_portuguese_a_count_in_words_after_apenas(run):
    a = run("Energia\n\nSegundo a agência, a central tem combustível para apenas sete dias.", "pt")
    assert any("sete dias" in c.span.text for c in a.claims)


def test_portuguese_a_bare_title_after_a_name_whose_first_word_opens_the_sentence(run):
    a = run("Julgamento\n\nSofia Mendes, do Ministério Público, pediu penas pesadas. A procuradora respondeu que "
            "\"as provas são claras\".", "pt")
    assert "Mendes" in (_speaker_of(a, "as provas são claras") or "")


def test_portuguese_a_figure_in_the_occasion_after_the_speaker_is_not_his(run):
    a = run("Cimeira\n\n«A Europa tem de agir», afirmou a ministra, na sessão de abertura da cimeira que junta "
            "delegações de 27 países.\n\n«O défice cai para 2%», disse o ministro, na conferência que reuniu "
            "empresários.", "pt")
    assert next(c for c in a.claims if "27 países" in c.span.text).claimant is None
    assert next(c for c in a.claims if "2%" in c.span.text).claimant == "ministro"


def test_portuguese_a_feminine_pronoun_after_only_men_is_not_the_last_man(run):
    a = run("Tribunal\n\nO advogado Rui Sousa falou aos jornalistas à saída. Segundo ela, o processo \"vai "
            "demorar\".", "pt")
    assert "Sousa" not in (_speaker_of(a, "vai demorar") or "")


def _claimant_of(analysis, number: str) -> str | None:
    hits = [c for c in analysis.claims if number in c.span.text]
    assert hits, [c.span.text for c in analysis.claims]
    return hits[0].claimant


def test_bulgarian_reminding_finding_and_advising_report(run):
    a = run("Заводи\n\nЗаместник-министърът Мария Колева посети Видин. Тя напомни, че в региона има 9 такива "
            "завода.", "bg")
    assert "Колева" in (_speaker_of(a, "в региона има 9") or "")
    assert "Колева" in (_claimant_of(a, "9 такива") or "")
    a = run("Одит\n\nАгенцията за държавна финансова инспекция установи, че 5 общини са надплатили ремонта.", "bg")
    assert "инспекция" in (_claimant_of(a, "5 общини") or "")
    a = run("Грип\n\nДиректорът на болницата д-р Иван Стоев посъветва възрастните да избягват болниците.", "bg")
    assert "Стоев" in (_speaker_of(a, "да избягват болниците") or "")


def test_bulgarian_a_participle_aside_before_the_verb_or_its_che(run):
    a = run("Доверие\n\nАнкета на агенция „Тренд“, направена между 3 и 9 май, показва, че 37% от хората вярват на "
            "съдилищата.", "bg")
    assert "Тренд" in (_claimant_of(a, "37%") or "")
    a = run("Ремонт\n\nДанните на Министерството на културата, предоставени на БНР, сочат, че са похарчени 4 млн. "
            "лева.", "bg")
    assert "културата" in (_claimant_of(a, "4 млн. лева") or "")
    a = run("Болници\n\nСметната палата посочи в доклад, представен в понеделник, че 6 болници нямат лиценз.", "bg")
    assert "Сметната палата" in (_claimant_of(a, "6 болници") or "")
    a = run("Армия\n\nМинистърът Иван Стоев посети базата. По думите му войниците, изпратени в Латвия, ще се "
            "върнат през май.", "bg")
    assert "Стоев" in (_speaker_of(a, "войниците, изпратени") or "")


def test_bulgarian_a_past_finding_closing_the_sentence_before_its_cited_text(run):
    a = run("Храни\n\nЦените на хляба са се повишили с 14% за месец, установи проверка на Българската агенция по "
            "безопасност на храните.", "bg")
    assert "безопасност на храните" in (_claimant_of(a, "14%") or "")


def test_bulgarian_the_staff_and_a_short_adjective_before_a_body_noun(run):
    a = run("Учение\n\nВ учението участват 40 военнослужещи, съобщиха от щаба на Сухопътните войски.", "bg")
    assert "щаба" in (_claimant_of(a, "40 военнослужещи") or "")
    a = run("Пътища\n\nПътят е затворен за 5 часа, съобщиха от Пътна полиция.", "bg")
    assert _claimant_of(a, "5 часа") == "Пътна полиция"


def test_bulgarian_an_adjective_and_a_pointing_noun_right_before_the_verb(run):
    a = run("Визи\n\nОт турското посолство в София отказаха коментар. В писмо до медиите дипломатическата мисия "
            "твърди, че правилата са ясни.", "bg")
    assert "посолство" in (_speaker_of(a, "правилата са ясни") or "")


def test_bulgarian_an_object_with_its_genitive_before_da(run):
    a = run("Води\n\nКметът Петър Стоев призова собствениците на къщите в ниските части да напуснат домовете си.", "bg")
    assert "Стоев" in (_speaker_of(a, "да напуснат домовете") or "")


def test_bulgarian_a_neuter_pronoun_opening_a_sentence_is_no_name(run):
    a = run("Климат\n\nИзследването бе представено в Женева. То установи, че ледниците се топят.", "bg")
    assert all(q.speaker != "То" for q in a.quotes)


def test_russian_a_title_quoted_by_an_outlet_is_the_one_so_titled_before(run):
    a = run("Мосты\n\nЭксперт Павел Горин считает, что опоры нужно менять. «Металл устал», — цитирует эксперта "
            "«Фонтанка».", "ru")
    assert "Горин" in (_speaker_of(a, "Металл устал") or "")
    a = run("Мосты\n\nМинистр Павел Горин считает, что опоры нужно менять. «Металл устал», — цитирует министра "
            "РИА Новости.", "ru")
    assert "Горин" in (_speaker_of(a, "Металл устал") or "")


def test_russian_not_ruling_out_reports(run):
    a = run("Цены\n\nЭкономисты банка, напротив, не исключают, что цены снова вырастут.", "ru")
    assert "Экономисты" in (_speaker_of(a, "цены снова вырастут") or "")


def test_russian_an_attribution_inserted_between_commas(run):
    a = run("Налоги\n\nВице-премьер Олег Седов выступил в Совфеде. Для регионов, уточнил Седов, каждая новая льгота "
            "обойдется в 15 млрд рублей.", "ru")
    assert "Седов" in (_speaker_of(a, "каждая новая льгота") or "")
    assert "Седов" in next(c for c in a.claims if "15 млрд" in c.span.text).claimant
    a = run("Налоги\n\nКаждая льгота, считает Олег Седов, обходится казне слишком дорого.", "ru")
    assert "Седов" in (_speaker_of(a, "обходится казне") or "")
    a = run("Налоги\n\nБюджет региона будет сбалансирован, заявил Олег Седов, выступая в Совфеде.", "ru")
    assert "выступая" not in next(q for q in a.quotes if "Бюджет" in q.content.text).content.text


def test_russian_a_website_in_lower_case_is_a_name(run):
    a = run("Вакансии\n\nАналитики superjob.ru считают, что спрос на водителей растет.", "ru")
    assert "superjob.ru" in (_speaker_of(a, "спрос на водителей") or "")
    a = run("Вакансии\n\nПо оценкам аналитиков superjob.ru, зарплаты водителей выросли на 12%.", "ru")
    assert "superjob.ru" in next(c for c in a.claims if "12%" in c.span.text).claimant


def test_russian_a_plural_estimate_verb_after_in_the_body(run):
    a = run("Пожар\n\nВ мэрии предварительно оценили ущерб в 40 млн рублей.", "ru")
    assert next(c for c in a.claims if "40 млн" in c.span.text).claimant == "мэрии"


def test_portuguese_round25_lawyer_and_present_report_words(run):
    a = run("Tribunal\n\nO advogado Nuno Dias pediu a absolvição do cliente. O causídico adiantou que vai recorrer "
            "da decisão.", "pt")
    assert "Dias" in (_speaker_of(a, "vai recorrer da decisão") or "")
    a = run("Incêndio\n\nUma moradora que pediu para não ser identificada relata que o fogo começou de madrugada.",
            "pt")
    assert "moradora" in (_speaker_of(a, "o fogo começou") or "")


def test_portuguese_round25_unnamed_trade_with_commas_in_its_clause(run):
    a = run("Obras\n\nUm vigilante que trabalha na obra há dois anos, e que pediu anonimato, conta que as gruas "
            "pararam na segunda-feira.", "pt")
    assert "vigilante" in (_speaker_of(a, "as gruas pararam") or "")


def test_portuguese_round25_an_office_is_not_the_analyst_named_before(run):
    a = run("Impostos\n\nO economista Paulo Mendes avalia que a medida é tardia. Em entrevista à rádio, o secretário "
            "de Estado dos Assuntos Fiscais garantiu que o imposto não vai subir.", "pt")
    assert "Mendes" not in (_speaker_of(a, "o imposto não vai subir") or "")
    a = run("Impostos\n\nA deputada Sara Lopes, antiga ministra, critica o plano. O plano é injusto, defende a antiga "
            "ministra.", "pt")
    assert "Lopes" in (_speaker_of(a, "O plano é injusto") or "")


def test_portuguese_round25_a_second_reporting_verb_after_a_reported_clause(run):
    a = run("Cimeira\n\nO analista Pedro Antunes diz que o prazo é curto. A ministra Inês Faria lembrou que a Polónia "
            "já cedeu antes e considerou que \"o acordo sairá em março\".", "pt")
    assert "Faria" in (_speaker_of(a, "o acordo sairá em março") or "")


def test_hindi_advice_introduces_a_quote(run):
    a = run('सर्दी\n\nडॉ. रमेश तिवारी ने सलाह दी, "ठंड में बच्चे सुबह जल्दी बाहर न निकलें।"', "hi")
    assert "तिवारी" in (_speaker_of(a, "ठंड में बच्चे") or "")


def test_hindi_a_pronoun_after_a_person_named_by_kinship(run):
    a = run("खेल\n\nधावक अंजलि ने बताया, \"मैंने रोज अभ्यास किया।\"\n\nअंजलि के भाई सुरेश चौधरी ऑटो चलाते हैं। उन्होंने "
            "कहा, 'हमें उस पर गर्व है।'", "hi")
    assert "सुरेश" in (_speaker_of(a, "हमें उस पर गर्व") or "")


def test_russian_a_pointer_sentence_with_a_time_and_place_before_its_verb(run):
    a = run("Тарифы\n\nПравительство повысит тарифы на электричество на 9% с июля. Об этом в среду на заседании "
            "кабинета заявил вице-премьер Олег Седов.", "ru")
    assert "Седов" in (_speaker_of(a, "повысит тарифы") or "")


def test_russian_the_source_that_opened_the_sentence_before_the_agency_anaphor(run):
    a = run("Сводка\n\nПо данным Росгидромета, на реке Тобол уровень воды поднялся на 40 см. В ведомстве добавили, "
            "что пик паводка ожидается в субботу.", "ru")
    assert "Росгидромет" in (_speaker_of(a, "пик паводка") or "")


def test_russian_a_body_opening_with_an_adjective_is_what_the_agency_anaphor_points_at(run):
    a = run("Проверка\n\nОбластная прокуратура, как пишет «Фонтанка», проверяет управляющую компанию. В ведомстве "
            "оценили ущерб в 2,5 млн рублей.", "ru")
    assert "прокуратура" in (_claimant_of(a, "2,5 млн") or "")


def test_russian_an_office_of_a_named_body_after_a_plural_verb(run):
    a = run("Пожар\n\nПострадали 3 рабочих, сообщили в областном управлении МЧС.", "ru")
    assert "МЧС" in (_claimant_of(a, "3 рабочих") or "")


def test_russian_a_father_or_mother_with_a_long_complement_is_a_title(run):
    a = run("Авария\n\n«Дочь позвонила нам сама», — говорит мать одной из пострадавших студенток Ирина Котова.", "ru")
    assert "Котова" in (_speaker_of(a, "Дочь позвонила") or "")


def test_russian_an_inserted_attribution_never_overrides_the_sentences_own_speaker(run):
    """Review fix: a sentence with its own subject and reporting verb keeps them when a source is named between
    later commas ("…, сообщил Интерфакс, …"); the inserted attribution is only for a sentence with no verb before it."""
    a = run("Экономика\n\nМинистр экономического развития Максим Решетников заявил, что рост экономики составит три "
            "процента в этом году, сообщил Интерфакс, на заседании правительства в среду.", "ru")
    assert "Решетников" in (_speaker_of(a, "рост экономики") or "")
    b = run("Бюджет\n\nДля бюджета, пояснил Антон Силуанов, каждый процент индексации обходится в сотни миллиардов "
            "рублей.", "ru")
    assert "Силуанов" in (_speaker_of(b, "каждый процент") or "")


def test_russian_many_quotes_of_one_speaker_are_all_attributed(run):
    """Review fix: the speculative lookups after each quote compare the speakers they record by identity in a set
    (a scan of the whole speaker list per speaker made an article of hundreds of quotes cubic)."""
    quote = "«Мы продолжим работу по плану номер {} в этом году», — заявил Дмитрий Песков."
    body = " ".join(quote.format(i) for i in range(60))
    a = run("Кремль\n\n" + body, "ru")
    assert len(a.quotes) == 60 and all("Песков" in (q.speaker or "") for q in a.quotes)


def test_bulgarian_the_fund_points_back_at_the_fund_named_with_its_acronym(run):
    a = run("Болници\n\nПлащанията на Националната здравноосигурителна каса (НЗОК) към болниците са 300 млн. лева, "
            "сочат данните на касата.", "bg")
    assert "НЗОК" in (_claimant_of(a, "300 млн") or "")


def test_bulgarian_a_body_named_after_ot_svoya_strana_is_pointed_back_at(run):
    a = run("Посолство\n\nОт своя страна китайското посолство отхвърли критиките. Според дипломатическата мисия "
            "критиките са неоснователни.", "bg")
    assert "посолство" in (_speaker_of(a, "критиките са неоснователни") or "").lower()


def test_bulgarian_in_a_text_of_a_body_without_the_article(run):
    a = run("Посолство\n\nВ позиция на дипломатическата мисия се казва, че мерките са „напълно неоправдани“.", "bg")
    assert "мисия" in (_speaker_of(a, "напълно неоправдани") or "")


def test_review_fixes_of_the_last_rounds(run):
    """Second review of this stop's merges. Portuguese: a profession given in apposition ("economista do Banco …")
    does not make a man introduced by a profession an office holder, so "o ministro" does not point back at him.
    Bulgarian: "съвета" keeps its stem "съвет" (not "съве", which found "съвещание"). Russian: "Любая прокуратура" is
    no named body. Hindi: a pronoun after a long sentence does not reach the kin phrase two sentences back. Russian:
    a relative "что" before an inserted attribution does not block it."""
    a = run("Economia\n\nO analista Rui Lopes, economista do Banco Atlântico, disse que a inflação vai subir. "
            "O ministro garantiu que \"não haverá aumento de impostos\".", "pt")
    assert "Rui Lopes" not in (_speaker_of(a, "não haverá aumento") or "")
    b = run("Бюджет\n\nМинистерският съвет прие плана. Министерското съвещание продължи до късно. По думите на съвета "
            "бюджетът ще бъде приет до края на месеца.", "bg")
    assert "съвещание" not in (_speaker_of(b, "бюджетът ще бъде") or "")
    c = run("Прокуратура\n\nЛюбая прокуратура обязана реагировать на жалобы граждан. В ведомстве сообщили, что "
            "проверка займет месяц.", "ru")
    assert "Любая" not in (_speaker_of(c, "проверка займет") or "")
    long = "गांव के लोग " + " ".join(["बताते हैं कि खेतों में पानी नहीं पहुंच रहा और फसलें सूख रही हैं"] * 8)
    d = run("खेती\n\nप्रिया के पिता रामेश्वर यादव खेती करते हैं। " + long + "। उन्होंने कहा, 'बारिश नहीं हुई तो भूख होगी।'",
            "hi")
    assert "रामेश्वर" not in (_speaker_of(d, "बारिश नहीं हुई") or "")
    e = run("Бюджет\n\nВсё, что касается бюджета, пояснил Антон Силуанов, каждый год обходится дороже.", "ru")
    assert any("Силуанов" in (q.speaker or "") for q in e.quotes), [(q.speaker, q.content.text) for q in e.quotes]


def test_hindi_a_possessive_kin_word_and_a_name_before_a_present_reporting_verb(run):
    """Hindi round 18: "उनकी पत्नी रेखा देवी बताती हैं कि …" is the wife's statement, not the husband's (the owner of
    "उनकी"); "उनकी मां भी कहती हैं" with no name still goes back to the pronoun."""
    a = run("दुबई\n\nपटना के सुनील कुमार पिछले साल दुबई गए थे। उनकी पत्नी रेखा देवी बताती हैं कि एजेंट ने वीज़ा के नाम पर "
            "पैसे लिए थे।", "hi")
    assert "रेखा" in (_speaker_of(a, "एजेंट ने वीज़ा") or "")
    b = run("दुबई\n\nसुनील कुमार पिछले साल दुबई गए थे। उनके बेटे अमित कहते हैं, \"पापा का फोन महीनों से नहीं आया।\"",
            "hi")
    assert "अमित" in (_speaker_of(b, "पापा का फोन") or "")


def test_hindi_asking_after_a_quote_reports(run):
    """Hindi round 18: '"…?" वे पूछते हैं' and "X पूछती हैं, "…"" report a question."""
    a = run("बाज़ार\n\nदुकानदार रमेश गुप्ता कहते हैं कि बिक्री आधी रह गई है। \"अब घर का खर्च कैसे चलेगा?\" वे पूछते हैं।",
            "hi")
    assert "गुप्ता" in (_speaker_of(a, "घर का खर्च") or "")
    b = run("बाज़ार\n\nगृहिणी सविता यादव पूछती हैं, \"सरकार हमारी बात कब सुनेगी?\"", "hi")
    assert "सविता" in (_speaker_of(b, "हमारी बात कब") or "")


def test_hindi_a_bodys_order_is_its_source(run):
    """Hindi round 18: "नगर निगम के आदेश के अनुसार, …" is the body's statement, not the order's."""
    a = run("दुकानें\n\nनगर निगम के आदेश के अनुसार, शहर में 200 दुकानों को सील किया जाएगा।", "hi")
    assert "नगर निगम" in (_speaker_of(a, "दुकानों को सील") or "")


def test_hindi_an_age_is_no_claim(run):
    """Hindi round 18: "29 वर्षीय रवि", "होशियारपुर के 24 साल के गुरप्रीत" are ages, no checkable values; "देश के 75 साल
    के इतिहास में" and "भारत का 70 साल का संबंध" are spans of time and stay values."""
    a = run("मॉस्को\n\nहोशियारपुर के 24 साल के गुरप्रीत सिंह मॉस्को गए थे। 29 वर्षीय रवि मौण भी उनके साथ थे।", "hi")
    assert not a.claims, [c.span.text for c in a.claims]
    b = run("बांध\n\nदेश के 75 साल के इतिहास में पहली बार ऐसा हुआ।", "hi")
    assert any("75 साल" in c.span.text for c in b.claims), [c.span.text for c in b.claims]
    c = run("पोलैंड\n\nपोलैंड के साथ भारत का 70 साल का संबंध है।", "hi")
    assert any("70 साल" in c_.span.text for c_ in c.claims), [c_.span.text for c_ in c.claims]


def test_pt_an_outlet_of_several_words_told_after_the_verb_is_no_speaker(run):
    a = run("Escolas\n\nA diretora Sofia Brandão criticou o novo calendário. «Os professores não foram ouvidos», "
            "disse ao Diário de Coimbra.", "pt")
    assert "Brandão" in (_speaker_of(a, "não foram ouvidos") or "")


def test_pt_when_before_a_long_phrase_of_place_between_verb_and_que(run):
    a = run("Escolas\n\nA ministra da Educação, Helena Pires, garantiu ontem numa audição da comissão parlamentar de "
            "Educação que as aulas começam a horas.", "pt")
    assert "Helena Pires" in (_speaker_of(a, "as aulas começam") or "")


def test_pt_a_relative_clause_on_the_speaker_after_the_verb_is_no_reported_speech(run):
    a = run("Obras\n\n«A ponte abre em maio», disse o engenheiro Luís Tavares, que visitou o estaleiro de manhã.", "pt")
    assert not any("visitou o estaleiro" in q.content.text for q in a.quotes)
    assert "Tavares" in (_speaker_of(a, "A ponte abre") or "")
    b = run("Obras\n\nA ministra Carla Viegas disse aos autarcas, que a ouviam em silêncio, que a ponte abre em maio.",
            "pt")
    assert "Carla Viegas" in (_speaker_of(b, "a ponte abre em maio") or "")


def test_pt_a_closing_attribution_then_a_relative_clause_on_who_spoke(run):
    a = run("Clima\n\nSe nada mudar, os glaciares dos Alpes vão desaparecer até ao fim do século, avisa a agência "
            "europeia Copernicus, que publica hoje o seu boletim anual.", "pt")
    assert "Copernicus" in (_speaker_of(a, "os glaciares dos Alpes") or "")


def test_pt_pede_and_determinou_report_with_que_right_after(run):
    a = run("Tribunal\n\nA juíza Marta Campos ouviu as partes. A magistrada pede ainda que a empresa entregue os "
            "registos.", "pt")
    assert "Marta Campos" in (_speaker_of(a, "a empresa entregue os registos") or "")
    b = run("Tribunal\n\nO juiz Nuno Faria, do Tribunal de Trabalho, determinou que a fábrica reabra na segunda-feira.",
            "pt")
    assert "Nuno Faria" in (_speaker_of(b, "a fábrica reabra") or "")


def test_pt_an_unnamed_trade_with_a_genitive_and_a_relative_between_commas(run):
    a = run("Hospital\n\nUm enfermeiro das urgências pediátricas, que pediu para não ser identificado, contou que os "
            "turnos duram dezasseis horas.", "pt")
    assert "enfermeiro" in (_speaker_of(a, "os turnos duram") or "")
    b = run("Escola\n\nUm funcionário dos serviços de limpeza urbana, que pediu o anonimato, contou que as matrículas "
            "abriram tarde.", "pt")
    assert "funcionário" in (_speaker_of(b, "as matrículas abriram") or "")


def test_pt_a_portfolio_of_two_words_closes_the_title_no_name_after_it(run):
    a = run("Segurança\n\nO secretário de Estado da Administração Interna ouviu os autarcas. O secretário de Estado da "
            "Defesa Nacional explicou que os radares chegam em março.", "pt")
    assert "secretário de Estado" in (_speaker_of(a, "os radares chegam") or "")


def test_bulgarian_body_named_by_two_adjectives_joined_by_and(run):
    """Bulgarian: "От Българската петролна и газова асоциация отчитат": the second adjective after "и" and the body's
    noun belong to the name (it ended on "и"); the name never ends on "и"."""
    a = run("Горива\n\nОт Националната транспортна и логистична асоциация отчитат, че превозите са намалели с 12%.",
            "bg")
    assert _speaker_of(a, "превозите са намалели") == "Националната транспортна и логистична асоциация"
    assert _claimant_of(a, "12%") == "Националната транспортна и логистична асоциация"


def test_bulgarian_inspectorate_points_back_at_its_acronym(run):
    """Bulgarian: "инспекцията" is a body's noun that points back at the inspectorate named last by its acronym ("По
    данни на РИОСВ … сочат данните на инспекцията"), not at the statistics institute ("НСИ")."""
    a = run("Замърсяване\n\nПо данни на РИОСВ реката е замърсена. През лятото загинаха 300 риби, сочат данните на "
            "инспекцията.", "bg")
    assert _claimant_of(a, "300 риби") == "РИОСВ"
    b = run("Цени\n\nСпоред НСИ цените са стабилни. Проверените обекти са 45, съобщиха от инспекцията.", "bg")
    assert _claimant_of(b, "45") != "НСИ"


def test_russian_title_body_adjectives_before_the_name(run):
    a = run("Поликлиника\n\nПо словам главного врача городской детской поликлиники Анны Соколовой, очередей стало "
            "меньше.", "ru")
    assert "Соколова" in (_speaker_of(a, "очередей стало") or "")


def test_russian_meeting_aside_between_subject_and_verb(run):
    a = run("Экономика\n\nМинистр экономики Олег Лисин на встрече с журналистами в среду признал, что рост замедлится.",
            "ru")
    assert "Лисин" in (_speaker_of(a, "рост замедлится") or "")


def test_russian_meeting_aside_starts_where_its_spaces_start():
    """The meeting aside is searched from the start of a run of spaces only: the same asides as a search from every
    space (the leftmost match starts there), and a run of thousands of spaces before the verb is no longer read
    once per space (quadratic: 4.8 s of one 40,000-space article)."""
    import re

    from narrascope.analysers.reported import _RU_EVENT_ASIDE

    assert _RU_EVENT_ASIDE.pattern.startswith(r"(?<!\s)")
    everywhere = re.compile(_RU_EVENT_ASIDE.pattern[len(r"(?<!\s)"):])
    for s in ("Министр Олег Лисин на встрече с журналистами в среду", "Лисин  на   брифинге ", "Лисин на форуме",
              " на заседании", "Лисин\nна совещании во вторник", "Лисин на встрече с", "Лисин на встрече x",
              "на встрече", "Лисин" + " " * 300 + "на съезде" + " " * 300, " " * 500):
        got, old = _RU_EVENT_ASIDE.search(s), everywhere.search(s)
        assert (got and got.span()) == (old and old.span()), s


def test_bulgarian_aside_before_the_verb_starts_where_its_spaces_start():
    """The Bulgarian aside before a verb ("(72 г.)", ", цитиран от X,") is searched from the start of a run of spaces
    or a non-space only: the same asides as a search from every position, and a run of thousands of spaces before
    the verb is no longer read once per space (quadratic: 11.9 s of one 40,000-space article)."""
    import re

    from narrascope.analysers.reported import _BG_ASIDE_BEFORE_VERB

    assert _BG_ASIDE_BEFORE_VERB.pattern.startswith(r"(?<!\s)")
    everywhere = re.compile(_BG_ASIDE_BEFORE_VERB.pattern[len(r"(?<!\s)"):])
    for s in ("Пенсионерът Борис Стефанов (72 г.) ", "Стефанов (72 г.)", "Стефанов   (72 г.)   ", "(72 г.)",
              "Съветът, цитиран от „Сега“, ", "В доклад на службата, цитиран от агенцията, се ", "Конвенцията (UNCCD) ",
              "Стефанов" + " " * 300 + "(72 г.)" + " " * 300, " " * 500, "Стефанов (72 г.) казва", "x\n(бивш) "):
        got, old = _BG_ASIDE_BEFORE_VERB.search(s), everywhere.search(s)
        assert (got and got.span()) == (old and old.span()), s


def test_russian_meeting_aside_after_a_run_of_spaces(run):
    a = run("Экономика\n\nМинистр экономики Олег Лисин на встрече с журналистами" + " " * 3000
            + "признал, что рост замедлится.", "ru")
    assert "Лисин" in (_speaker_of(a, "рост замедлится") or "")


def test_russian_outlet_told_before_the_speaker(run):
    a = run("Сделка\n\nКак рассказал агентству Bloomberg собеседник в правительстве, сделка будет закрыта в мае.",
            "ru")
    assert "Bloomberg" not in (_speaker_of(a, "сделка будет закрыта") or "")
    b = run("Проверка\n\nКак сообщил изданию The Insider источник в ведомстве, проверка продлится месяц.", "ru")
    assert "источник" in (_speaker_of(b, "проверка продлится") or "")


def test_bulgarian_quote_runs_on_into_the_next_paragraph_without_reopening(run):
    """Bulgarian: a „…“ quote whose paragraph ends a sentence without closing it runs on into the next paragraph when
    that one holds no opening mark before its closing mark and the attribution follows ("„… инженери.\\n\\nДокато …
    никой“, коментира той"); an unclosed mark before a paragraph with no closing mark opens nothing."""
    a = run("Язовири\n\nИнженерът Петко Илиев е категоричен. „Ремонтът закъснява с години. Няма кой да го плати.\n\n"
            "Ако дойде нов порой, стената няма да издържи“, каза Илиев пред местния вестник.", "bg")
    assert _speaker_of(a, "Ремонтът закъснява с години") == "Петко Илиев"
    assert _speaker_of(a, "Ако дойде нов порой") == "Петко Илиев"
    spans = find_quote_spans("„Ремонтът закъснява с години.\n\nСтената е стара. „Язовир“ е думата.", run_on=True)
    assert all("Ремонтът" not in "„Ремонтът закъснява с години.\n\nСтената е стара. „Язовир“ е думата."[o:c]
               for o, c in spans)


def test_bulgarian_cubic_metres_end_no_sentence(run):
    """Bulgarian: "куб." and "кв." before "м" end no sentence: the figure's statement and its source after it are one
    claim ("Язовирът събира 4,1 млн. куб. м вода, съобщиха от общината.")."""
    a = run("Язовир\n\nЯзовирът събира 4,1 млн. куб. м вода, съобщиха от общината. Паркът е 12 хил. кв. м, "
            "съобщиха от кметството.", "bg")
    assert "общината" in (_claimant_of(a, "4,1 млн.") or "")
    assert any("4,1 млн. куб. м вода" in c.span.text for c in a.claims)


def test_bulgarian_possessive_adjective_before_a_body_noun(run):
    """Bulgarian: a capitalised possessive adjective in "-ова"/"-ева" before a body's noun names the body with its
    name in quote marks ("Басейнова дирекция „Дунавски район“"), and that quoted name is no speech; a surname before a
    reporting verb stays a person."""
    a = run("Реки\n\nНивото на Дунав е спаднало с 2 метра, уточниха от Басейнова дирекция „Дунавски район“.", "bg")
    assert _speaker_of(a, "Нивото на Дунав") == "Басейнова дирекция „Дунавски район“"
    assert not any(q.content.text == "Дунавски район" for q in a.quotes)
    b = run("Реки\n\nНивото на Дунав е спаднало, каза хидрологът Мария Петрова пред БНР.", "bg")
    assert _speaker_of(b, "Нивото на Дунав") == "Мария Петрова"


def test_bulgarian_present_plural_of_recall_reports(run):
    """Bulgarian: "припомнят" (they recall) reports like "припомниха"."""
    a = run("Проверки\n\nОт агенцията припомнят, че през миналата година са проверени 214 обекта.", "bg")
    assert "агенцията" in (_speaker_of(a, "през миналата година") or "")


def test_bulgarian_pronoun_after_a_cited_body_opens_the_statement(run):
    """Bulgarian: "Според дирекцията той е …": a pronoun after the cited body (or title) is the statement's subject,
    not its source; the body named before with that noun is the source. "Според него" still points back."""
    a = run("Язовир\n\nОбластният управител Иван Колев посети стената. Язовирът е стар, уточниха от Регионалната "
            "дирекция по горите. Според дирекцията той е сред 20-те най-опасни в областта.", "bg")
    assert "дирекция" in (_claimant_of(a, "20-те") or "")
    b = run("Язовир\n\nОбластният управител Иван Колев посети стената. Според него язовирът е сред 20-те най-опасни.",
            "bg")
    assert _claimant_of(b, "20-те") == "Иван Колев"


def test_bulgarian_place_inside_the_statement_after_a_titled_source(run):
    """Bulgarian: "По думите на управителя за нощта в училището в Минерални бани …": a capitalised place after "в",
    past lower-case words of the statement, is no name of the title's holder; the person named before with the title
    is."""
    a = run("Наводнение\n\n„Водата спада“, каза областният управител Стоян Илиев. По думите на управителя за нощта в "
            "училището в Горна Оряховица са подготвени 40 легла.", "bg")
    assert _claimant_of(a, "40 легла") == "Стоян Илиев"


def test_bulgarian_purpose_clause_after_the_statement_of_a_source(run):
    """Bulgarian: "По думите ѝ X трябва да …, за да …": the statement runs on past the comma before "за да" (or "без
    да", "така че"); it does not start there."""
    a = run("Гнезда\n\nОрнитоложката Вера Колева посети района. По думите ѝ изпускането на водата трябва да става "
            "бавно, за да не бъдат изоставени гнездата.", "bg")
    assert _speaker_of(a, "изпускането на водата") == "Вера Колева"
    # (a source inside the sentence, not opening it: the words before it are no statement of the source)
    b = run("Климат\n\nСветът премина прага от 1,5 градуса, който според учените не бива да бъде надхвърлян, за да "
            "се ограничат щетите.", "bg")
    assert not any(q.content.text.startswith("Светът премина прага") for q in b.quotes)


def test_bulgarian_according_to_it_is_the_issuer_of_the_text_named_before(run):
    """Bulgarian: "Сметната палата публикува одитен доклад. Според него …": "него" is the text the body issued in the
    sentence just before, so the body is the source, not the one who spoke last; after a person's words "Според него"
    is still that person."""
    a = run("Одит\n\nРазходите растат с 9%, сочат данните на НСИ. Сметната палата публикува във вторник одитен "
            "доклад за болниците. Според него дълговете им са 310 млн. лв.", "bg")
    assert "Сметната палата" in (_claimant_of(a, "310 млн.") or "")
    b = run("Одит\n\nМинистърът Иван Петров говори пред депутатите. Според него дълговете са 310 млн. лв.", "bg")
    assert _claimant_of(b, "310 млн.") == "Иван Петров"


def test_bulgarian_body_noun_of_a_capitalised_name(run):
    """Bulgarian: "Мисията на Международния валутен фонд, която …, очаква": a body's noun and the name of whose body
    it is are one name, not the noun alone."""
    a = run("Растеж\n\nМисията на Световната банка, която посети Русе, очаква износът да расте с 3%.", "bg")
    assert _claimant_of(a, "3%") == "Мисията на Световната банка"


def test_bulgarian_title_of_a_body_named_in_quote_marks_then_the_person(run):
    """Bulgarian: "заяви председателят на КТ „Подкрепа“ Димитър Манолов": the person after the title and its body
    named by an acronym and a name in quote marks, not the title."""
    a = run("Заплати\n\n„Няма да отстъпим за заплатите на медиците“, заяви председателят на КТ „Подкрепа“ Мария "
            "Стоянова.", "bg")
    assert _speaker_of(a, "Няма да отстъпим") == "Мария Стоянова"
    b = run("Заводът\n\n„Ще има съкращения“, каза изпълнителният директор на „Булгартабак“ Иван Колев.", "bg")
    assert _speaker_of(b, "Ще има съкращения") == "Иван Колев"


def test_bulgarian_paper_told_after_pred_is_no_speaker(run):
    """Bulgarian: "коментира пред „Капитал“, че …": the paper told is no speaker; an unnamed source before the verb,
    past its wish not to be named ("пожелал да остане анонимен"), is; a capitalised adjective opening the sentence
    is part of that source ("Висш служител в …"), not a name."""
    a = run("Бюджет\n\nСлужител в Министерството на здравеопазването, пожелал да остане анонимен, каза пред "
            "„Сега“, че болниците ще получат по-малко пари.", "bg")
    assert "Сега" not in (_speaker_of(a, "болниците ще получат") or "")
    assert "лужител" in (_speaker_of(a, "болниците ще получат") or "")
    b = run("Бюджет\n\nВисш служител в Министерството на здравеопазването каза пред „Сега“, че болниците ще получат "
            "по-малко пари.", "bg")
    assert _speaker_of(b, "болниците ще получат") == "Висш служител в Министерството на здравеопазването"


def test_bulgarian_plural_verb_then_a_body_after_v(run):
    """Bulgarian: "…, смятат в Асоциацията на банките в България": a plural verb with no subject, its source a body
    named by its capitalised noun after "в"; a place after "в" is no source."""
    a = run("Кредити\n\nКредитите ще растат с 12%, смятат в Агенцията за икономически анализи.", "bg")
    assert "Агенцията" in (_claimant_of(a, "12%") or "")
    b = run("Кредити\n\nКредитите ще растат с 12%, казаха в Брюксел.", "bg")
    assert "Брюксел" not in (_claimant_of(b, "12%") or "")


def test_bulgarian_acronym_in_brackets_closes_a_long_name(run):
    """Bulgarian: "… на Стокхолмския институт за изследване на мира (СИПРИ)": a second genitive in the short
    masculine form ("на мира") belongs to the name when the acronym in brackets follows it."""
    a = run("Оръжие\n\nВносът на оръжие в Европа е нараснал със 155%, сочат данните на Стокхолмския институт за "
            "изследване на мира (СИПРИ).", "bg")
    assert "на мира" in (_claimant_of(a, "155%") or "")


def test_bulgarian_institute_of_an_acronym_is_pointed_back_at_as_the_institute(run):
    """Bulgarian: "Икономическият институт на БАН … пише в анализа на института": the institute named before (of the
    academy the acronym names), not the academy; with only an acronym named before ("Според НСИ …"), the acronym; the
    sentence ends looked back over skip a scale's full stop ("1,1 млрд. лв. годишно")."""
    a = run("Осигуровки\n\nИнститутът за социални изследвания на КНСБ е изчислил ефекта. Мярката ще струва на "
            "работниците 1,1 млрд. лв. годишно, пише в анализа на института.", "bg")
    assert _claimant_of(a, "1,1 млрд.") == "Институтът за социални изследвания на КНСБ"
    b = run("Заплати\n\nСпоред НСИ безработицата е 4%. Ръстът на заплатите е 12%, уточняват от института.", "bg")
    assert _claimant_of(b, "12%") == "НСИ"


def test_bulgarian_present_tense_of_explain_reports(run):
    """Bulgarian: "обяснява" (explains) closing a quote reports like "обясни", so the quote is not taken as going on
    with the speaker of the quote before."""
    a = run("Климат\n\n„Юли беше най-горещият месец“, каза климатологът Иван Колев.\n\n„Това показва колко бързо се "
            "затопля светът“, обяснява Мария Петрова от Националния институт по метеорология.", "bg")
    assert _speaker_of(a, "Това показва колко бързо") == "Мария Петрова"


def test_bulgarian_year_stop_before_a_source_phrase_ends_the_claim(run):
    """Bulgarian: "… с 2,7% през 2027 г. Според МВФ …": the year's "г." ends the sentence before a source phrase that
    opens the next one, so the second figure is the second source's claim; "г." inside a sentence ends nothing."""
    a = run("Растеж\n\nБНБ очаква икономиката да расте с 2,4% през 2027 г. Според Евростат обаче растежът ще е 1,9%.",
            "bg")
    assert "Евростат" in (_claimant_of(a, "1,9%") or "")
    assert "БНБ" in (_claimant_of(a, "2,4%") or "")
    b = run("Растеж\n\nБНБ очаква икономиката да расте с 2,4% през 2027 г. и с 3% през 2028 г.", "bg")
    assert any("2,4%" in c.span.text and "3%" in c.span.text for c in b.claims)


def test_russian_source_after_the_verb_past_its_date_and_adjectives(run):
    """Russian: after "сообщает" the time ("сегодня, 3 июля,") and the adjectives of an unnamed source come before the
    source's noun: the source is the noun with its words ("пресс-служба армянского правительства"; a body noun that
    points back, "российское внешнеполитическое ведомство", is the body named before), never "сегодня" or an
    adjective alone."""
    a = run("Визит\n\nДелегация Конгресса провела переговоры в Ереване, сообщает сегодня, 3 июля, пресс-служба "
            "армянского правительства.", "ru")
    assert _speaker_of(a, "Делегация Конгресса") == "пресс-служба армянского правительства"
    b = run("Белград\n\nЗаместитель министра иностранных дел Александр Грушко прибыл в Белград. МИД Сербии принял "
            "делегацию в среду, сообщает российское внешнеполитическое ведомство.", "ru")
    assert _speaker_of(b, "МИД Сербии принял") not in ("российское", None)
    c = run("Сделка\n\nКомпания закроет завод к осени, сообщает вчера вечером газета.", "ru")
    assert _speaker_of(c, "Компания закроет завод") == "газета"


def test_russian_former_what_is_the_speaker_not_the_last_person(run):
    """Russian: "заявил бывший американский разведчик": "бывший" with the adjectives and the noun after it is the
    speaker, not "бывший" alone nor the person named before; "бывший президент" keeps the title's own resolution."""
    a = run("Граница\n\nПремьер Венгрии Виктор Орбан посетил Киев. Украина может потерять часть территорий. Об этом "
            "заявил бывший американский разведчик в эфире подкаста.", "ru")
    assert _speaker_of(a, "Украина может потерять") == "бывший американский разведчик"
    b = run("Выборы\n\nБывший президент США Дональд Трамп выступил в Огайо. Америка вернет себе величие, заявил "
            "бывший президент.", "ru")
    assert "Трамп" in (_speaker_of(b, "Америка вернет") or "")


def test_russian_text_cited_with_a_relative_clause_after_it_gives_no_statement(run):
    """Russian: "Об этом говорится в свежей военной сводке, которая опубликована 2 июля": the relative clause after the
    cited text's comma is about the text, not its words, so it is no quote of "свежей военной"; a source phrase
    inside a longer statement still gives the statement before it."""
    a = run("Сводка\n\nВойска продолжают наступление на южном направлении. Об этом говорится в свежей военной "
            "сводке, которая опубликована во вторник.", "ru")
    assert not any("которая опубликована" in q.content.text for q in a.quotes)
    b = run("Бюджет\n\nДефицит бюджета в этом году вырастет до трех процентов, говорится в докладе "
            "Минфина, который опубликован во вторник.", "ru")
    assert any("Дефицит бюджета" in q.content.text for q in b.quotes)
    c = run("Оборона\n\nКак говорится в сообщении Минобороны, войска заняли три села на южном направлении.", "ru")
    assert "Минобороны" in (_speaker_of(c, "войска заняли три села") or "")


def test_russian_said_in_the_message_with_no_one_in_the_paragraph_is_no_one(run):
    """Russian: "…, говорится в сообщении." when no one spoke in that paragraph: no speaker rather than the last one
    two paragraphs up, and a phrase with no words of its own before it ("— Ред. — говорится в публикации.") is no
    statement."""
    a = run("Протест\n\nИсточник в министерстве заявил, что ответ будет жестким.\n\nПосольство выражает решительный "
            "протест в связи с демонтажем памятников, говорится в сообщении.", "ru")
    hits = [q for q in a.quotes if "Посольство выражает" in q.content.text]
    assert all(q.speaker is None or "Источник" not in q.speaker for q in hits)
    b = run("Лазеры\n\nТакие системы пока не вышли из стадии опытных образцов (технология лазерного оружия. — Ред. — "
            "говорится в публикации. Аналитики рассуждают о помехах.", "ru")
    assert not any(q.content.text.strip(" —.") in ("Ред", "") for q in b.quotes)


def test_russian_said_in_the_article_is_the_last_source(run):
    """Russian: "…, сказано в статье." with no author of its own: the article of the one who spoke last in this
    paragraph ("Британский журнал The Economist ранее заявил"), not "статье"."""
    a = run("Долги\n\nБританский журнал The Economist ранее заявил, что в августе в стране могут объявить дефолт. "
            "Экономика Украины сейчас на четверть меньше, чем в начале 2022 года, сказано в статье.", "ru")
    assert "Economist" in (_speaker_of(a, "Экономика Украины") or "")


def test_pt_a_closing_attribution_then_a_phrase_of_circumstance(run):
    """Portuguese round 27: "…, anunciou esta quinta-feira em Bruxelas o ministro X, Nome, à margem da reunião …": the
    phrase of circumstance after the speaker's comma is no part of the attribution, however long it is."""
    a = run("Escolas\n\nO Estado vai pagar as obras de todas as escolas do distrito, anunciou esta sexta-feira em "
            "Évora a secretária de Estado da Educação, Luísa Carvalhal, à margem de uma visita às obras da escola "
            "secundária local.", "pt")
    assert _speaker_of(a, "O Estado vai pagar as obras") == "Luísa Carvalhal"
    b = run("Hospitais\n\nHá 40 centros de saúde sem médico de família, revelou esta segunda-feira a Ordem dos "
            "Médicos, a maior associação profissional do setor, com base num inquérito feito aos diretores "
            "clínicos.", "pt")
    assert "Ordem dos Médicos" in (_speaker_of(b, "Há 40 centros de saúde") or "")
    assert "Ordem dos Médicos" in (_claimant_of(b, "40 centros") or "")
    # (a long tail that holds a "que" is left alone: the phrase is not cut off after a clause)
    c = run("Hospitais\n\nHá 40 centros de saúde sem médico de família, disse o bastonário que a Ordem elegeu em "
            "março passado para o triénio seguinte, durante a visita.", "pt")
    assert not any("Há 40 centros" in q.content.text and q.speaker for q in c.quotes)


def test_pt_a_bare_verb_after_a_quote_is_not_said_by_a_trade_named_inside_it(run):
    """Portuguese round 27: '«Um professor contratado ganha pouco», explica.': the unnamed trade that opens a sentence
    inside the quote is someone the speaker talks about; the verb goes back to the one named before. Outside quote
    marks the unnamed trade still speaks on."""
    a = run("Escolas\n\nA diretora da escola, Ana Costa, tem três horários por preencher. «Já publicámos os horários "
            "dez vezes.\n\n«Um professor contratado ganha pouco. Um quarto custa 600 euros», explica.", "pt")
    assert _speaker_of(a, "Um professor contratado") == "Ana Costa"
    b = run("Escolas\n\nUm professor que pediu anonimato contou que a escola fechou. «Ninguém nos avisou», disse.",
            "pt")
    assert _speaker_of(b, "Ninguém nos avisou") == "professor"


def test_pt_an_unnamed_trade_with_an_ordinal_or_a_town_and_a_fronted_place(run):
    """Portuguese round 27: "Um servidor da vigilância epidemiológica de Curitiba, que …, disse que", "Na Escola
    Secundária de Loulé, uma aluna do 11.º ano, que …, conta que": the genitive after the trade may hold an ordinal
    and close on a town, and a place may be fronted before the indefinite article."""
    a = run("Saúde\n\nUm servidor da vigilância sanitária de Londrina, que pediu para não ter o nome publicado, disse "
            "que faltam vacinas em seis postos.", "pt")
    assert _speaker_of(a, "faltam vacinas em seis postos") == "servidor"
    b = run("Escolas\n\nNa Escola Básica de Tavira, um aluno do 9.º ano, que preferiu não ser identificado, conta que "
            "a turma não teve aulas de Inglês.", "pt")
    assert _speaker_of(b, "a turma não teve aulas") == "aluno"
    # (a trade not of the unnamed list after a fronted place is not read as a speaker by this rule)
    c = run("Escolas\n\nNa Escola Básica de Tavira, uma turma do 9.º ano, que ficou sem professor, conta que a "
            "diretora prometeu uma solução.", "pt")
    assert not any("a diretora prometeu" in q.content.text and q.speaker == "turma" for q in c.quotes)


def test_pt_a_demand_reports_the_words_in_marks_after_it(run):
    """Portuguese round 27: 'pede «medidas de emergência» e defende …', 'cobrou do governo uma campanha "que chegue
    …"': a verb of demanding reports the words in marks after it (a short object between), a few words too."""
    a = run("Escolas\n\nA presidente da associação de pais, Teresa Albuquerque, pede «medidas de emergência» e "
            "defende que os alunos tenham explicações.", "pt")
    assert _speaker_of(a, "medidas de emergência") == "Teresa Albuquerque"
    b = run("Saúde\n\nNa Assembleia, o deputado Marcelo Tavares (PT) cobrou do governo uma campanha \"que chegue às "
            "periferias e ao interior\".", "pt")
    assert _speaker_of(b, "que chegue às periferias") == "Marcelo Tavares"
    # (not a few words in marks after something else than the demand verb)
    c = run("Escolas\n\nA diretora pede desculpa, mas o «plano B» avança.", "pt")
    assert not any(q.content.text == "plano B" for q in c.quotes)


def test_pt_the_town_of_a_body_in_an_aside_before_the_verb(run):
    """Portuguese round 27: "A infectologista X, do Hospital Y, em Curitiba, afirma que": the town of the body one works
    for, between commas after the body's aside, is no part of the subject."""
    a = run("Saúde\n\nA pediatra Marta Vilela, do Hospital de Santa Maria, em Lisboa, afirma que o serviço internou 30 "
            "crianças.", "pt")
    assert _speaker_of(a, "o serviço internou 30 crianças") == "Marta Vilela"
    assert _claimant_of(a, "30 crianças") == "Marta Vilela"


def test_pt_a_body_with_listed_fields_and_a_source_of_a_body(run):
    """Portuguese round 27: "Fonte oficial do Ministério da Educação, Ciência e Inovação garantiu que": a body whose
    name lists its fields with no person after it speaks as a whole (not its last field), and an unnamed source of a
    body keeps "Fonte"; a title with listed fields and a name after it is still the person's."""
    a = run("Escolas\n\nFonte oficial do Ministério da Educação, Ciência e Inovação garantiu ao Expresso que os "
            "horários foram preenchidos.", "pt")
    assert (_speaker_of(a, "os horários foram preenchidos") or "").startswith("Fonte oficial do Ministério")
    b = run("Agricultura\n\nO Ministério da Agricultura, Pecuária e Abastecimento informou que a safra cresceu 4%.",
            "pt")
    assert _speaker_of(b, "a safra cresceu") == "Ministério da Agricultura, Pecuária e Abastecimento"
    c = run("Trabalho\n\nA ministra do Trabalho, Solidariedade e Segurança Social, Rosário Palma Ramalho, disse que o "
            "salário vai subir.", "pt")
    assert _speaker_of(c, "o salário vai subir") == "Rosário Palma Ramalho"


def test_pt_a_reporting_gerund_after_a_quote_of_several_sentences(run):
    """Portuguese round 27: '«… português. Não há reconstrução …», disse Rangel, acrescentando que …': the gerund goes
    on with the speaker of the quote that opened before its own sentence."""
    a = run("Ucrânia\n\n«Há campos minados em toda a frente. Não há reconstrução sem os limpar», disse o ministro "
            "Paulo Rangel aos jornalistas, acrescentando que a decisão foi tomada com Kiev.", "pt")
    assert _speaker_of(a, "a decisão foi tomada com Kiev") == "Paulo Rangel"


def test_russian_country_adjective_and_title_is_that_countrys_person(run):
    """Russian: "По мнению венгерского лидера" after "Премьер-министр Венгрии Виктор Орбан … президенту Украины
    Владимиру Зеленскому": the person introduced with the adjective's country, not the last person named;
    "американского лидера" fits "Президент США Джо Байден" (the adjective's country by its other name)."""
    a = run("Визит\n\nПремьер-министр Венгрии Виктор Орбан прибыл в Киев и предложил президенту Украины Владимиру "
            "Зеленскому прекратить огонь. По мнению венгерского лидера, такой ход может приблизить начало "
            "переговоров.", "ru")
    assert "Орбан" in (_speaker_of(a, "такой ход может") or "")
    b = run("НАТО\n\nПрезидент США Джо Байден выступил в Вашингтоне на саммите альянса. По версии американского "
            "лидера, российская сторона «добивается полного подчинения Украины».", "ru")
    assert "Байден" in (_speaker_of(b, "добивается полного") or "")


def test_russian_noted_in_a_month_is_no_source(run):
    """Russian: "отмечается в августе-сентябре" (is observed in August-September): a time after the phrase, no one who
    notes; "отмечается в докладе ВОЗ" still names its source."""
    a = run("Холера\n\nПик заболеваемости холерой обычно отмечается в августе-сентябре. Рост заболеваемости "
            "отмечается в марте.", "ru")
    assert not any(q.speaker and q.speaker.lower().startswith(("август", "март")) for q in a.quotes)
    b = run("Холера\n\nЧисло случаев холеры выросло на треть, отмечается в докладе ВОЗ.", "ru")
    assert _speaker_of(b, "Число случаев") == "World Health Organization"  # (its canonical name)


def test_pt_the_rapporteur_is_the_justice_introduced_as_rapporteur(run):
    """Portuguese round 28: "Segundo o relator" after "o voto do relator, ministro Flávio Dino": the rapporteur is a
    title that points back at the one introduced with it, as "o ministro" does."""
    a = run("STF\n\nO plenário acompanhou o voto da relatora, ministra Cármen Lúcia. Segundo a relatora, o prazo "
            "de 30 dias foi cumprido por todos os estados.", "pt")
    assert _speaker_of(a, "o prazo de 30 dias") == "Cármen Lúcia"


def test_pt_the_same_source_is_the_unnamed_one_who_spoke_last(run):
    """Portuguese round 28: '«…», resumiu a mesma fonte' and "Segundo esse magistrado" after "Um diplomata …
    disse"/"Um ministro … avaliou": the unnamed source named again, not a new "fonte"; without "mesma"/a demonstrative
    a bare noun stays what it was."""
    a = run("Bruxelas\n\nUm diplomata europeu disse à Lusa que três capitais têm dúvidas. «Ninguém quer travar o "
            "dinheiro», resumiu a mesma fonte.", "pt")
    assert _speaker_of(a, "Ninguém quer travar") == "diplomata"
    b = run("STF\n\nUm ministro do tribunal ouvido pela reportagem avaliou que a reação era esperada. Segundo esse "
            "magistrado, a Corte «não vai recuar».", "pt")
    assert _speaker_of(b, "não vai recuar") == "ministro"
    c = run("Bruxelas\n\nUm diplomata europeu disse à Lusa que três capitais têm dúvidas. «Não há pressa», afirmou "
            "fonte do Conselho.", "pt")
    assert _speaker_of(c, "Não há pressa") != "diplomata"


def test_pt_the_same_source_in_an_article_with_no_line_break_before_it(run):
    """'resumiu a mesma fonte' in the article's first paragraph (no title line, so no line break before it) with
    more paragraphs after it is the unnamed source of that paragraph too (review37: the paragraph's start was read
    from the last line break of the whole text, after the source, and the speaker stayed "fonte")."""
    text = ("Um diplomata europeu disse aos jornalistas que a cimeira falhou. «Não houve qualquer acordo sobre o "
            "orçamento», resumiu a mesma fonte.")
    for body in (text, text + "\n\nO encontro decorreu em Bruxelas durante dois dias."):
        assert _speaker_of(run(body, "pt"), "Não houve qualquer acordo") == "diplomata", body


def test_pt_a_name_with_two_lower_case_particles_after_a_title(run):
    """Portuguese round 28: '«…», declarou a presidente da Comissão, Ursula von der Leyen, numa conferência': the
    name with "von der" is one name after the title, not the bare title."""
    a = run("Bruxelas\n\n«A Europa não recua», afirmou a presidente da Comissão, Ursula von der Leyen, numa reunião em "
            "Estrasburgo.", "pt")
    assert "von der Leyen" in (_speaker_of(a, "A Europa não recua") or "")


def test_pt_present_plural_reporting_forms(run):
    """Portuguese round 28: "Os técnicos … calculam que", "Os juristas afirmam que": the present plural of reporting
    verbs whose singular was already listed reports too ("consideram" is left out: "aquilo que consideram ser …")."""
    a = run("PEC\n\nO Senado votou a proposta. Os técnicos da consultoria calculam que a medida atinge 300 processos.",
            "pt")
    assert "técnicos" in (_speaker_of(a, "a medida atinge 300 processos") or "")
    b = run("PEC\n\nO Senado votou a proposta. Os juristas afirmam que o texto é "
            "inconstitucional.", "pt")
    assert "juristas" in (_speaker_of(b, "o texto é inconstitucional") or "")


def test_pt_an_unnamed_source_heard_by_the_paper(run):
    """Portuguese round 28: "Um ministro do STF ouvido reservadamente pela reportagem avaliou que": the unnamed
    source before a participle of being heard or consulted is the subject; "Um agente … relatou" is someone later
    "Segundo ele" points back at."""
    a = run("STF\n\nA Corte decidiu o caso. Uma desembargadora do tribunal consultada reservadamente pelo jornal "
            "avaliou que a decisão era esperada.", "pt")
    assert _speaker_of(a, "a decisão era esperada") == "desembargadora"
    b = run("Seca\n\nO climatologista Carlos Nobre falou em Belém. Um agente de saúde da região, que preferiu não se "
            "identificar, relatou casos de diarreia. Segundo ele, o posto atendeu o dobro de doentes.", "pt")
    assert _speaker_of(b, "o posto atendeu o dobro") == "agente"


def test_pt_a_plural_noun_after_a_plural_closing_verb(run):
    """Portuguese round 28: '«…», acrescentam os signatários': a plural verb closing a quote and a plural noun with its
    article after it are the speakers, not the last person named; a singular verb still goes back to that person."""
    a = run("Clima\n\nO ministro Rui Lopes abriu a sessão. «As emissões voltaram a subir», alertam os autores do "
            "estudo.", "pt")
    assert _speaker_of(a, "As emissões voltaram") == "os autores"
    b = run("Clima\n\nO ministro Rui Lopes abriu a sessão. «As emissões voltaram a subir», alertou.", "pt")
    assert _speaker_of(b, "As emissões voltaram") == "Rui Lopes"


def test_ru_a_title_of_a_country_is_its_holder_not_the_country(run):
    """Russian: "Позже президент РФ заявил", "— заявил президент Франции": a country in the genitive after a title is
    whose office it is. The speaker is the person introduced before with that title and that country, else the title
    with its country (unlinked); never the country, and never a holder of the same title in another country."""
    a = run("Визит\n\nВладимир Путин провёл совещание в Кремле. Позже президент РФ заявил, что переговоры "
            "возможны.", "ru")
    assert _speaker_of(a, "переговоры возможны") == "президент РФ"
    b = run("Визит\n\nМинистр обороны Польши Владислав Косиняк-Камыш посетил Киев. Позже министр обороны Польши "
            "заявил, что Варшава передаст Украине еще 10 танков.", "ru")
    assert _speaker_of(b, "Варшава передаст") == "Владислав Косиняк-Камыш"
    c = run("Визит\n\nМинистр обороны Германии Борис Писториус посетил Киев. «Мы не допустим эскалации», — заявил "
            "министр обороны Польши.", "ru")
    assert _speaker_of(c, "Мы не допустим") == "министр обороны Польши"
    d = run("Визит\n\n«Мы не допустим эскалации», — заявил президент Франции Эммануэль Макрон.", "ru")
    assert _speaker_of(d, "Мы не допустим") == "Эммануэль Макрон"
    e = run("Визит\n\nМИД России заявил, что ответ будет жёстким.", "ru")
    assert _speaker_of(e, "ответ будет жёстким") == "МИД России"  # a capitalised body stays itself
    f = run("Визит\n\nУ армии нет оружия, заявил президент Украины (его полномочия истекли в мае) Владимир Зеленский "
            "в интервью.", "ru")
    assert _speaker_of(f, "У армии нет оружия") == "Владимир Зеленский"  # the name after an aside in brackets


def test_bg_a_title_with_its_portfolio_before_the_verb(run):
    """Bulgarian: "Министърът на отбраната на Полша заяви": the portfolio ("отбраната") is no speaker; the title with
    its portfolio is, or the person introduced before with all of it, never another minister named before."""
    a = run("Танкове\n\nМинистърът на финансите Асен Василев представи бюджета. Министърът на отбраната на Полша "
            "заяви, че Варшава ще изпрати още 10 танка.", "bg")
    assert _speaker_of(a, "Варшава ще изпрати") == "Министърът на отбраната на Полша"
    b = run("Танкове\n\nМинистърът на отбраната на Полша Владислав Косиняк посети Киев. По-късно министърът на "
            "отбраната на Полша заяви, че Варшава ще изпрати още 10 танка.", "bg")
    assert _speaker_of(b, "Варшава ще изпрати") == "Владислав Косиняк"
    c = run("Бюджет\n\nМинистърът на финансите Асен Василев представи бюджета. По-късно министърът заяви, че "
            "дефицитът ще бъде 3 процента.", "bg")
    assert _speaker_of(c, "дефицитът ще бъде") == "Асен Василев"


def _claimant_of(analysis, snippet: str) -> str | None:
    hits = [c for c in analysis.claims if snippet in c.span.text]
    assert hits, [c.span.text for c in analysis.claims]
    return hits[0].claimant


def test_pt_a_body_named_by_the_noun_of_its_kind(run):
    """Portuguese round 29: "o colegiado", "Segundo o comitê", "Segundo a corte", "Pelas contas da central": the last
    body whose name opens with a head word of that kind, not the bare noun; "o corte" is a cut and "o banco central"
    no union's central."""
    a = run("Juros\n\nO Conselho Monetário Nacional (CMN) reuniu-se em Brasília. Em nota, o colegiado afirmou que a "
            "meta de inflação continua em 3%. Segundo o conselho, o crédito rural sobe 8%.", "pt")
    assert _speaker_of(a, "a meta de inflação continua") == "Conselho Monetário Nacional"
    b = run("Eleição\n\nO Tribunal Regional Eleitoral de Goiás recebeu as denúncias. O governador Ronaldo Dias "
            "criticou o processo. Segundo a corte, 412 candidaturas foram impugnadas.", "pt")
    assert "Tribunal Regional Eleitoral" in (_claimant_of(b, "412 candidaturas") or "")
    c = run("Greve\n\nO Banco Central subiu os juros. A Central dos Sindicatos Brasileiros convocou um ato. Pelas "
            "contas da central, 300 mil trabalhadores pararam.", "pt")
    assert (_claimant_of(c, "300 mil trabalhadores") or "").startswith("Central dos Sindicatos")
    d = run("Juros\n\nO Supremo Tribunal Federal julgou o caso. O corte mostra que a economia perdeu fôlego.", "pt")
    assert all(q.speaker != "Supremo Tribunal Federal" for q in d.quotes)


def test_pt_source_phrases_of_reckoning_and_reading(run):
    """Portuguese round 29: "Pelas estimativas do Tesouro Nacional, …", "Pelos cálculos do economista …, …" name
    whose reckoning it is; "Na leitura deste responsável, …" points back at the unnamed source of the sentence
    before."""
    a = run("Dívida\n\nO Copom manteve os juros. Pelas estimativas do Tesouro Nacional, cada ponto custa R$ 50 "
            "bilhões por ano.", "pt")
    assert _claimant_of(a, "R$ 50 bilhões") == "Tesouro Nacional"
    b = run("Cimeira\n\nO ministro Rui Lopes chegou a Haia. Um diplomata de um país nórdico admitiu que houve "
            "tensão. Na leitura deste responsável, os aliados do sul \"não levam a ameaça a sério\".", "pt")
    assert _speaker_of(b, "não levam a ameaça a sério") == "diplomata"


def test_pt_projecting_and_revising_verbs(run):
    """Portuguese round 29: "Ela projeta que …" reports; "A entidade revisou de 9% para 7,5% …" is the body's
    estimate (the body named before)."""
    a = run("Juros\n\nA economista Marta Reis, do banco Inter, comentou a decisão. Ela projeta que a Selic termine o "
            "ano em 11%.", "pt")
    assert _speaker_of(a, "a Selic termine o ano") == "Marta Reis"
    b = run("Crédito\n\nA Associação Brasileira de Bancos divulgou nota. A entidade revisou de 6% para 4% a "
            "previsão para o crédito em 2027.", "pt")
    assert (_claimant_of(b, "de 6% para 4%") or "").startswith("Associação Brasileira de Bancos")


def test_pt_an_unnamed_source_with_a_genitive_before_the_verb(run):
    """Portuguese round 29: "Um diplomata de um Estado báltico disse que", "Um técnico do órgão, ouvido sob reserva,
    afirmou que": the unnamed noun is the subject, not a capitalised word of its genitive nor the last person
    named."""
    a = run("Defesa\n\nO ministro Rui Lopes falou. Um diplomata de um Estado nórdico disse que o plano é tardio.", "pt")
    assert _speaker_of(a, "o plano é tardio") == "diplomata"
    b = run("Contas\n\nPara Miguel Torres, o Copom errou. Um técnico do órgão, ouvido sob reserva, afirmou que a "
            "despesa vai subir.", "pt")
    assert _speaker_of(b, "a despesa vai subir") == "técnico"


def test_pt_what_a_verb_of_calling_names_in_marks(run):
    """Portuguese round 29: 'chamou a decisão de "…"': the words in marks after the "de" are the subject's."""
    a = run("Juros\n\nO ministro Rui Lopes defendeu o Banco Central. Num ato em Curitiba, a sindicalista Ana Prado "
            "chamou a decisão de \"uma afronta a quem trabalha\".", "pt")
    assert _speaker_of(a, "uma afronta a quem trabalha") == "Ana Prado"


def test_pt_words_in_a_for_whom_clause(run):
    """Portuguese round 29: '… Luís Alves, antigo comandante …, para quem a meta é "…"': a quote in the clause
    ", para quem …" is the person's named before that comma, not unattributed."""
    a = run("Defesa\n\nO Governo apresentou o plano. Mais cético é o general na reserva Luís Alves, antigo chefe do "
            "Exército, para quem o objetivo é \"impossível sem novos recrutas\".", "pt")
    assert _speaker_of(a, "impossível sem novos recrutas") == "Luís Alves"


def test_pt_a_bare_role_noun_closes_its_source_phrase(run):
    """Portuguese round 29: "Nas contas do oficial, Portugal teria de …": the role noun's comma ends the source; the
    name after it opens the statement (the role noun points back at the officer)."""
    a = run("Defesa\n\nO coronel Rui Matos criticou o plano. Nas contas do oficial, Portugal teria de gastar mais "
            "mil milhões de euros.", "pt")
    assert _speaker_of(a, "Portugal teria de gastar") == "Rui Matos"


def test_pt_a_defence_lawyer_by_his_role(run):
    """Portuguese round 29: "O defensor sustenta que" is the lawyer named before."""
    a = run("Operação\n\nO advogado do vereador, Paulo Sena, criticou as buscas. A juíza Marta Lobo manteve a prisão. "
            "O defensor sustenta que o cliente é inocente.", "pt")
    assert _speaker_of(a, "o cliente é inocente") == "Paulo Sena"


def test_pt_a_state_executive_points_back_at_its_government(run):
    """Portuguese round 29: "O Executivo estadual afirmou" is the government named before ("o governo do Pará");
    "disse o executivo em entrevista" is still the person (a company's executive)."""
    a = run("Operação\n\nEm nota, o governo de Goiás disse que o servidor foi exonerado. O Executivo estadual afirmou "
            "ainda que colabora com a investigação.", "pt")
    assert _speaker_of(a, "colabora com a investigação") == "governo de Goiás"
    b = run("Porto\n\nO presidente da empresa, Carlos Dias, comentou a fila. \"Os navios esperam dias demais\", disse "
            "o executivo em entrevista.", "pt")
    assert _speaker_of(b, "Os navios esperam") == "Carlos Dias"


def test_pt_an_opening_source_after_ja(run):
    """Portuguese round 29: 'Já para a bancada do Livre, o Governo "…"': "Já" before an opening "para" source."""
    a = run("Defesa\n\nO ministro falou. Já para a bancada do Livre, o Governo \"cede aos aliados\" sem debate.", "pt")
    assert "Livre" in (_speaker_of(a, "cede aos aliados") or "")


def test_pt_an_office_acronym_names_its_holder(run):
    """Portuguese round 29: "o Chefe do Estado-Maior da Armada, almirante …, … O CEMA lembrou": an acronym that spells
    an office named before, with its parts of hyphens, is the person named after it."""
    a = run("Marinha\n\nEm Lisboa, o Chefe do Estado-Maior da Armada, almirante Jorge Nobre Sousa, falou aos cadetes. "
            "O CEMA lembrou que faltam 600 marinheiros.", "pt")
    assert _speaker_of(a, "faltam 600 marinheiros") == "Jorge Nobre Sousa"


def test_pt_a_medium_between_the_verb_and_the_speaker(run):
    """Portuguese round 29: "…, observou em relatório enviado a clientes nesta quinta-feira o economista …, da
    consultoria …": where he wrote it stands between the verb and the speaker, his body closes the sentence."""
    a = run("Juros\n\nO Copom manteve a taxa. O consumo das famílias, por sua vez, segue forte, escreveu em nota "
            "enviada a investidores nesta sexta-feira a economista Joana Prates, da gestora Kapitalo.", "pt")
    assert _speaker_of(a, "segue forte") == "Joana Prates"


def test_bg_a_quote_after_a_paragraph_closed_by_a_colon(run):
    """Bulgarian round 27: "Икономистът X е по-предпазлив:" and a „…“ paragraph after it, running over a second
    paragraph without opening again and closing at its end: the whole quote is X's; a quote not after a colon that
    runs over two paragraphs with no attribution after it stays unattributed and does not swallow the next one."""
    a = run("Цени\n\nДемографът Росица Лазарова от университета в Пловдив е скептична:\n\n„Селата се обезлюдяват "
            "от трийсет години. Никоя програма не обръща това за един мандат.\n\nДокато няма работа, младите ще "
            "заминават.“", "bg")
    assert _speaker_of(a, "Селата се обезлюдяват") == "Росица Лазарова"
    assert _speaker_of(a, "младите ще заминават") == "Росица Лазарова"
    b = run("Цени\n\nДемографът Росица Лазарова говори в Пловдив.\n\n„Селата се обезлюдяват от трийсет години. "
            "Никоя програма не обръща това.\n\nДокато няма работа, младите ще заминават.“", "bg")
    assert not any("младите ще заминават" in q.content.text and q.speaker for q in b.quotes)


def test_bg_an_unnamed_source_opening_the_sentence(run):
    """Bulgarian round 27: "Офицер от щаба на флота, който не пожела …, каза", "Двама дипломати от Брюксел, запознати
    с …, потвърдиха": the unnamed source's noun and where it is from speak, not the body inside that phrase nor a
    name in quote marks ("квартал „Надежда“"); "Според него" and "каза жената" after it point back at it."""
    a = run("Флот\n\nЛекар от болницата в Шумен, който не пожела да бъде цитиран с име, каза пред БНТ, че "
            "отделението няма анестезиолог. Според него чакането е над месец.", "bg")
    assert _speaker_of(a, "отделението няма анестезиолог").startswith("Лекар")
    assert _speaker_of(a, "чакането е над месец").startswith("Лекар")
    b = run("Училища\n\nУчителка от квартал „Веселина“, която пожела да остане анонимна, разказа, че половината "
            "клас е заминал. „Един ден просто не идват“, каза жената.", "bg")
    assert _speaker_of(b, "половината клас е заминал").startswith("Учителка")
    assert _speaker_of(b, "Един ден просто не идват").startswith("Учителка")
    c = run("Среща\n\nТрима дипломати от Виена, запознати с преговорите, потвърдиха пред БТА, че срещата ще се "
            "състои.", "bg")
    assert _speaker_of(c, "срещата ще се състои").startswith("Трима дипломати")
    d = run("Среща\n\nМинистърът Петър Колев посети Виена. Източник от кабинета признава, че срещата е отложена.",
            "bg")
    assert _speaker_of(d, "срещата е отложена").startswith("Източник")
    e = run("Среща\n\nМинистърът Петър Колев посети Виена. Той каза, че срещата ще се състои.", "bg")
    assert _speaker_of(e, "срещата ще се състои") == "Петър Колев"  # a named subject stays


def test_bg_a_bare_title_then_a_place_after_spored(run):
    """Bulgarian round 27: "Според министърката през Босфора …": a bare title after "Според", then a preposition and
    a place, is the person introduced with that title; the place belongs to the statement."""
    a = run("Танкери\n\nВъншният министър Мила Кирова е в Анкара. Според министърката през Дарданелите минават "
            "30 танкера на месец.", "bg")
    assert "Кирова" in (_speaker_of(a, "минават 30 танкера") or "")
    b = run("Танкери\n\nВъншният министър Мила Кирова е в Анкара. Според Кирова през Дарданелите минават "
            "30 танкера на месец.", "bg")
    assert "Кирова" in (_speaker_of(b, "минават 30 танкера") or "")


def test_bg_spored_tyah_after_cited_data(run):
    """Bulgarian round 27: "Данните на компанията Vortexa сочат друго. Според тях …": the body whose data opened the
    sentence before, not a place named last; "Според тях" after people keeps them."""
    a = run("Петрол\n\nТанкерът мина покрай Варна. Данните на аналитичната компания Vortexa сочат друго. Според тях "
            "износът е паднал с 12%.", "bg")
    assert _speaker_of(a, "износът е паднал") == "Vortexa"
    b = run("Мед\n\nФермерите от Русенско настояват за помощ. Според тях изкупната цена е паднала с 12%.", "bg")
    assert "Фермерите" in (_speaker_of(b, "изкупната цена") or "")


def test_bg_vedomstvoto_points_back_at_the_ministry_just_named(run):
    """Bulgarian round 27: "Министерството на здравеопазването … се посочва в отговор на ведомството": the ministry
    named in the sentences just before, not a body named before it (an acronym of another body)."""
    a = run("Лекарства\n\nПредседателят на НЗОК Петър Стоев говори пред БНР. Министерството на здравеопазването не "
            "вижда недостиг. „Аптеките са заредени“, се посочва в отговор на ведомството.", "bg")
    assert "здравеопазването" in (_speaker_of(a, "Аптеките са заредени") or "")


def test_bg_the_central_bank_points_back_at_the_bank_named(run):
    """Bulgarian round 27: "Българската народна банка … централната банка изчислява, че": the bank named just before;
    with no bank named before, no bank is made up."""
    a = run("Инфлация\n\nБългарската народна банка публикува прегледа си. В него централната банка изчислява, че "
            "ефектът е 0,2 пункта.", "bg")
    assert "народна банка" in (_speaker_of(a, "ефектът е 0,2 пункта") or "")
    b = run("Инфлация\n\nМинистърът Иван Колев говори в Русе. В него централната банка изчислява, че ефектът е "
            "0,2 пункта.", "bg")
    assert "народна" not in (next((q.speaker for q in b.quotes if "0,2 пункта" in q.content.text), None) or "")


def test_bg_komandirat_is_a_title(run):
    """Bulgarian round 27: "командирът на ВМС контраадмирал X … Командирът уточни, че": the one introduced with the
    title, not the bare title."""
    a = run("Флот\n\n„Корабът е в безопасност“, каза командирът на поделението полковник Иво Димов. Командирът "
            "уточни, че екипажът е здрав.", "bg")
    assert _speaker_of(a, "екипажът е здрав") == "Иво Димов"


def test_bg_dash_answers_of_one_speaker(run):
    """Bulgarian round 27: a dash question-and-answer block with no word of an interview before it: an answer left
    without a speaker is said by the one the other answers are attributed to; questions stay the reporter's."""
    a = run("Село\n\nКметът на Бяла Черква Ангел Стоев ни посрещна пред кметството.\n\n– Колко души живеят тук?\n\n"
            "– Около триста. Преди двайсет години бяха хиляда – отговори кметът.\n\n– А младите?\n\n– Заминаха за "
            "Испания и Германия. Остават само възрастните.", "bg")
    assert _speaker_of(a, "Заминаха за Испания") == "Ангел Стоев"
    assert _speaker_of(a, "Колко души живеят") is None


def test_bg_a_body_within_a_body_after_kam(run):
    """Bulgarian round 27: "От Синдикат „Здраве“ към КТ „Подкрепа“ настояват": the body named before "към", within the
    confederation, not the confederation alone; a body in quote marks alone stays itself."""
    a = run("Болници\n\nОт Федерация „Медици“ към КТ „Подкрепа“ настояват заплатите да растат с 20%.", "bg")
    assert "Медици" in (_speaker_of(a, "заплатите да растат") or "")
    b = run("Болници\n\nОт КТ „Подкрепа“ настояват заплатите да растат с 20%.", "bg")
    assert "Подкрепа" in (_speaker_of(b, "заплатите да растат") or "")


def test_bg_spored_koeto_after_a_survey_and_its_aside(run):
    """Bulgarian round 27: "… проучване на агенция „Маркет линкс“, проведено в края на октомври, според което 58% …":
    the survey's agency, past the participle's aside, is the claimant."""
    a = run("Отбрана\n\nТова сочи национално проучване на агенция „Маркет линкс“, проведено в края на октомври, според "
            "което 58% подкрепят по-високи разходи.", "bg")
    assert next(c for c in a.claims if "58%" in c.span.text).claimant == "Маркет линкс"


def test_bg_a_capitalised_adjective_and_its_plural_noun(run):
    """Bulgarian round 27 (out of sample): "Украинските военни лидери открито признават, че": a capitalised adjective
    opening the sentence and the plural noun it qualifies, before a plural verb, are the group, not the adjective
    alone; a singular verb after a name keeps the name."""
    a = run("Фронт\n\nСръбските транспортни синдикати открито признават, че стачката е загубена.", "bg")
    assert _speaker_of(a, "стачката е загубена") == "Сръбските транспортни синдикати"
    b = run("Фронт\n\nМинистърът Иван Петров призна, че стачката е загубена.", "bg")
    assert _speaker_of(b, "стачката е загубена") == "Иван Петров"


def test_a_pronoun_in_an_aside_in_brackets_is_no_subject(run):
    """"Президент Франции (он находится в Берлине) заявил": the pronoun inside the brackets is not who spoke; the words
    before the aside are."""
    a = run("Визит\n\nПрезидент Франции (он находится в Берлине) заявил, что Европа должна защищать себя сама.", "ru")
    assert _speaker_of(a, "Европа должна") == "Президент Франции"


def test_a_pronoun_in_brackets_that_points_back_at_a_person_is_no_subject_either(run):
    """The aside's pronoun resolves to the person named before ("он" = the minister who spoke); the Russian office
    check must not return that person before the aside is seen (a merge put it first)."""
    a = run("Визит\n\nИван Сидоров выступил в Москве во вторник. «Мы готовы», — сказал он. Министр обороны Польши (он "
            "находится в Берлине) заявил, что Европа должна защищать себя сама.", "ru")
    assert _speaker_of(a, "Европа должна") == "Министр обороны Польши"


def test_hi_pronoun_after_a_titled_subject_that_reports_nothing(run):
    """Hindi round 19: "… के भूजल विशेषज्ञ डॉ. सुरेश मेहता इस संकट को … से जोड़ते हैं। वे कहते हैं कि …": a pronoun opening
    a sentence after one with no ने, no quote and no reported clause, whose subject is a title and a name, is that
    person, not the body that spoke last; after a sentence that reports a कि-clause it stays with its speaker."""
    a = run("जल\n\nसिंचाई विभाग की रिपोर्ट बताती है कि 40 तालाब सूख चुके हैं। जयपुर के भूजल विशेषज्ञ डॉ. सुरेश मेहता इस संकट "
            "को अंधाधुंध बोरिंग से जोड़ते हैं। वे कहते हैं कि अगले दस साल में कई गांव खाली हो जाएंगे।", "hi")
    assert _speaker_of(a, "कई गांव खाली") == "सुरेश मेहता"
    b = run("जल\n\nसिंचाई विभाग की रिपोर्ट बताती है कि 40 तालाब सूख चुके हैं। जल समिति की अध्यक्ष रीना जोशी का कहना है "
            "कि विशेषज्ञ डॉ. सुरेश मेहता सही नहीं हैं। वह कहती हैं कि अगले दस साल में कई गांव खाली हो जाएंगे।", "hi")
    assert "जोशी" in (_speaker_of(b, "कई गांव खाली") or "")
    c = run("जल\n\nसिंचाई मंत्री रमेश चंद ने कहा कि 40 तालाब सूख चुके हैं। गांव के लोग अब टैंकर पर निर्भर हैं। वे कहते "
            "हैं कि अगले दस साल में कई गांव खाली हो जाएंगे।", "hi")
    assert _speaker_of(c, "कई गांव खाली") != "सुरेश मेहता"


def test_hi_asked_then_a_pronoun_after_a_comma(run):
    """Hindi round 19: "<X> से जब पूछा गया कि …, उन्होंने कहा, "…"": the one asked answers, also with no तो after the
    comma; a pronoun with no one asked before it keeps the last speaker."""
    a = run("गांव\n\nज़िलाधिकारी अनिल सेठी ने बताया कि राहत शिविर खुल गए हैं। बुज़ुर्ग किसान गोपाल से जब पूछा गया कि वह गांव क्यों "
            "नहीं छोड़ते, उन्होंने कहा, \"यह ज़मीन मेरे पुरखों की है।\"", "hi")
    assert "गोपाल" in (_speaker_of(a, "यह ज़मीन मेरे पुरखों") or "")
    b = run("गांव\n\nज़िलाधिकारी अनिल सेठी ने बताया कि राहत शिविर खुल गए हैं। बाद में, उन्होंने कहा, \"यह ज़मीन सबकी है।\"",
            "hi")
    assert _speaker_of(b, "यह ज़मीन सबकी") == "अनिल सेठी"


def test_hi_javab_diya_reports(run):
    """Hindi round 19: "महाधिवक्ता ने जवाब दिया कि …" reports (a noun with a light verb, like "जानकारी दी"); "जवाब में"
    alone does not, the verb after it does."""
    a = run("अदालत\n\nराज्य के महाधिवक्ता सुरेश गुप्ता ने जवाब दिया कि रिपोर्ट अगले महीने तक सौंप दी जाएगी।", "hi")
    assert _speaker_of(a, "रिपोर्ट अगले महीने") == "सुरेश गुप्ता"
    b = run("अदालत\n\nसवाल के जवाब में महाधिवक्ता सुरेश गुप्ता ने कहा कि रिपोर्ट अगले महीने तक सौंप दी जाएगी।", "hi")
    assert _speaker_of(b, "रिपोर्ट अगले महीने") == "सुरेश गुप्ता"


def test_hi_an_unnamed_official_holds_no_other_title(run):
    """Hindi round 19: "विभाग के एक वरिष्ठ अधिकारी ने बताया …। मुख्यमंत्री ने कहा कि …": a bare title of another office is not
    the unnamed official who spoke last; a bare "अधिकारी" after him still is."""
    a = run("बिजली\n\nऊर्जा विभाग के एक वरिष्ठ अधिकारी ने बताया कि नया संयंत्र मार्च में चालू होगा। मुख्यमंत्री ने भी जयपुर में "
            "कहा कि किसानों को दिन में बिजली मिलेगी।", "hi")
    assert _speaker_of(a, "किसानों को दिन में") == "मुख्यमंत्री"
    b = run("बिजली\n\nऊर्जा विभाग के एक वरिष्ठ अधिकारी ने बताया कि नया संयंत्र मार्च में चालू होगा। अधिकारी ने यह भी कहा "
            "कि किसानों को दिन में बिजली मिलेगी।", "hi")
    assert "अधिकारी" in (_speaker_of(b, "किसानों को दिन में") or "")


def test_hi_a_long_ne_subject_after_a_quote_closed_by_a_comma(run):
    """Hindi round 19: "'…,' <body> के प्रवक्ता <name> ने <place> में संवाददाताओं से कहा।": after a quote closed by a
    comma, a ने-subject within the window has its verb up to six words further; a quote that ends its sentence ("…?")
    is not given to a ने-subject of the sentence after it."""
    a = run("बयान\n\nमेयर सुनीता राव ने कहा कि सड़कें ठीक होंगी।\n\n'हम किसी दबाव में नहीं झुकेंगे,' राज्य परिवहन निगम के "
            "प्रबंध निदेशक विवेक बंसल ने लखनऊ में बुधवार शाम संवाददाताओं से कहा।", "hi")
    assert _speaker_of(a, "किसी दबाव में नहीं") == "विवेक बंसल"
    b = run("बयान\n\nइस पर पीठ ने पूछा, \"अब तक एक भी ठेकेदार पर कार्रवाई क्यों नहीं हुई?\" अदालत ने निगम को चार हफ़्ते में "
            "पूरी सूची सौंपने का निर्देश दिया।", "hi")
    assert "पीठ" in (_speaker_of(b, "एक भी ठेकेदार") or "")


def test_hi_ne_up_to_sixteen_words_before_the_verb(run):
    """Hindi round 19: "X ने गुरुवार को … से जुड़े सवाल के जवाब में कहा कि …": a ने up to sixteen words before the verb in a
    clause with no punctuation is its subject; not across a full stop."""
    a = run("सम्मेलन\n\nगृह मंत्री अजय राठी ने बुधवार को जयपुर में पश्चिमी राज्यों के पुलिस प्रमुखों के साथ एक लंबी बैठक में "
            "कहा कि सीमा पर निगरानी बढ़ाई जाएगी।", "hi")
    assert _speaker_of(a, "सीमा पर निगरानी") == "अजय राठी"
    b = run("सम्मेलन\n\nदो अख़बारों ने सुरक्षा एजेंसियों के सूत्रों के हवाले से एक रिपोर्ट छापी थी. इसमें बताया गया था कि सीमा "
            "पर 40 ड्रोन देखे गए थे।", "hi")
    assert "अख़बार" not in (next((q.speaker for q in b.quotes if "40 ड्रोन" in q.content.text), None) or "")


def test_hi_a_spokesman_of_another_body_and_then_a_bare_spokesman(run):
    """Hindi round 19: "क्रेमलिन के प्रवक्ता X ने …। विदेश मंत्रालय के प्रवक्ता ने कहा …। प्रवक्ता ने यह भी बताया": the
    spokesman of another body is not the one named before, and the bare title after him is him (the unnamed one who
    spoke last); with the same body the one named before stays."""
    a = run("युद्ध\n\nक्रेमलिन के प्रवक्ता दमित्री पेस्कोव ने कहा कि हमले जारी रहेंगे।\n\nविदेश मंत्रालय के प्रवक्ता ने गुरुवार को "
            "कहा कि नागरिकों की रक्षा होनी चाहिए। प्रवक्ता ने यह भी बताया कि भारत ने 80 टन दवाइयां भेजी हैं।", "hi")
    assert "विदेश मंत्रालय" in (_speaker_of(a, "नागरिकों की रक्षा") or "")
    assert "विदेश मंत्रालय" in (_speaker_of(a, "80 टन दवाइयां") or "")
    b = run("युद्ध\n\nविदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि भारत शांति चाहता है।\n\nविदेश मंत्रालय के प्रवक्ता ने "
            "गुरुवार को कहा कि नागरिकों की रक्षा होनी चाहिए।", "hi")
    assert _speaker_of(b, "नागरिकों की रक्षा") == "रणधीर जायसवाल"


def test_hi_a_participle_with_its_object_after_the_reflexive(run):
    """Hindi round 19: "<name> अपने … पर <object> <verb>ते हुए कहती हैं, "…"": the participle's object and place after the
    reflexive are no part of the subject, the name before the reflexive speaks; with no reflexive the bare participle is
    cut as before."""
    a = run("बाढ़\n\nपटना की 58 साल की शांति देवी अपने घर की छत पर कपड़े सुखाते हुए कहती हैं, \"पानी हर साल आता है।\"", "hi")
    assert "शांति देवी" in (_speaker_of(a, "पानी हर साल") or "")
    b = run("बाढ़\n\nकिसान रामदीन यादव रोते हुए कहते हैं, \"पूरी फसल डूब गई।\"", "hi")
    assert "रामदीन" in (_speaker_of(b, "पूरी फसल डूब") or "")


def test_hi_an_english_institution_name_of_up_to_seven_words(run):
    """Hindi round 19: "<country> के <name> इंस्टीट्यूट फ़ॉर … के आंकड़े बताते हैं कि": an institution's English name joined
    by "फ़ॉर", "ऑफ़", "एंड" may run to seven words, its first word kept; the country before its के stays out."""
    a = run("मदद\n\nअमेरिका के पीटरसन इंस्टीट्यूट फ़ॉर इंटरनेशनल इकोनॉमिक्स एंड ट्रेड के आंकड़े बताते हैं कि निर्यात 12 प्रतिशत "
            "घटा है।", "hi")
    assert _speaker_of(a, "निर्यात 12 प्रतिशत") == "पीटरसन इंस्टीट्यूट फ़ॉर इंटरनेशनल इकोनॉमिक्स एंड ट्रेड"
    b = run("मदद\n\nभारत के सेंटर फॉर साइंस एंड एनवायरनमेंट के अनुसार प्रदूषण 12 प्रतिशत बढ़ा है।", "hi")
    assert _speaker_of(b, "प्रदूषण 12 प्रतिशत") == "सेंटर फॉर साइंस एंड एनवायरनमेंट"


def test_pt_unnamed_source_with_a_long_genitive_before_its_relative_clause(run):
    """Portuguese round 30: "Um vereador do PT eleito pela zona leste, que pediu …, afirmou que": after an indefinite
    article an adjective, a genitive with a capitalised name and a participle's phrase may stand between the noun and
    its relative clause between commas; the noun is the speaker, not the name inside the genitive."""
    a = run("Câmara\n\nUm vereador do PT eleito pela zona leste, que pediu para não ser identificado, afirmou que a "
            "votação foi combinada antes da sessão.", "pt")
    assert _speaker_of(a, "a votação foi combinada") == "vereador"
    b = run("Câmara\n\nA vereadora Carla Nunes, que preside a comissão, afirmou que a votação foi combinada.", "pt")
    assert _speaker_of(b, "a votação foi combinada") == "Carla Nunes"


def test_pt_an_unnamed_lideranca_and_her_pronoun(run):
    """Portuguese round 30: "Uma liderança comunitária do bairro, que pediu …, contou que" is an unnamed speaker, and
    "disse ela" after a man's words points back at her."""
    a = run("Bairro\n\nO pastor Jorge Leal relatou que a água não chega há uma semana.\n\nUma liderança comunitária do "
            "bairro, que pediu para não ter o nome divulgado, contou que os moradores compram água de caminhão.\n\n"
            "— A conta passou de cem reais por família — disse ela.", "pt")
    assert _speaker_of(a, "os moradores compram água") == "liderança"
    assert _speaker_of(a, "A conta passou de cem reais") == "liderança"


def test_pt_complaint_with_de_que(run):
    """Portuguese round 30: "queixou-se de que …" reports what the subject complains of; "queixou-se do frio" (no
    "de que") reports nothing."""
    a = run("Escola\n\nA diretora Sílvia Mota queixou-se de que a escola recebeu metade dos professores prometidos.",
            "pt")
    assert _speaker_of(a, "a escola recebeu metade") == "Sílvia Mota"
    b = run("Escola\n\nA diretora Sílvia Mota queixou-se do frio nas salas durante a visita de ontem à tarde.", "pt")
    assert not any("frio nas salas" in q.content.text for q in b.quotes)


def test_pt_a_finding_with_que(run):
    """Portuguese round 30: "Cientistas da universidade identificaram que …" report a finding; "identificou o suspeito"
    (no "que") reports nothing."""
    a = run("Estudo\n\nCientistas da Universidade de Coimbra identificaram que a bactéria resiste a três antibióticos.",
            "pt")
    assert "Universidade de Coimbra" in (_speaker_of(a, "a bactéria resiste") or "")
    b = run("Crime\n\nA Polícia Judiciária identificou o suspeito do assalto ao banco de Faro na manhã de ontem.", "pt")
    assert b.quotes == []


def test_pt_fiscal_as_a_role_noun(run):
    """Portuguese round 30: "Ainda de acordo com o fiscal, …" points back at the inspector named before, as other role
    nouns do."""
    a = run("Obras\n\nO chefe de fiscalização da prefeitura, Otávio Brandão, disse que a obra não tinha alvará. Ainda "
            "de acordo com o fiscal, o dono do terreno foi multado duas vezes.", "pt")
    assert _speaker_of(a, "o dono do terreno foi multado") == "Otávio Brandão"


def test_pt_a_body_speaking_through_a_person(run):
    """Portuguese round 30: "Já o PCP, pela voz de Inês Lobo, criticou que …": the person the body speaks through,
    named between commas; a body alone stays the body."""
    a = run("Parlamento\n\nJá o PCP, pela voz de Inês Lobo, criticou que o Governo ignore os salários baixos.", "pt")
    assert _speaker_of(a, "o Governo ignore") == "Inês Lobo"
    b = run("Parlamento\n\nJá o PCP criticou que o Governo ignore os salários baixos.", "pt")
    assert _speaker_of(b, "o Governo ignore") == "PCP"


def test_pt_head_of_state_after_the_president_of_the_republic(run):
    """Portuguese round 30: "o Chefe do Estado afirmou" after "O Presidente da República …" is the President named by
    office; with no such office before, the words stay as they are."""
    a = run("Belém\n\nO Presidente da República recebeu ontem os parceiros sociais. À saída, o Chefe do Estado afirmou "
            "que o acordo de rendimentos deve ser assinado até ao Natal.", "pt")
    assert _speaker_of(a, "o acordo de rendimentos") == "Presidente da República"
    b = run("Cimeira\n\nNa cimeira de Luanda, o Chefe do Estado afirmou que o acordo deve ser assinado até ao Natal.",
            "pt")
    assert _speaker_of(b, "o acordo deve ser assinado") == "Chefe do Estado"


def test_pt_head_of_state_is_the_president_named_with_the_office(run):
    """"O Presidente da República, <nome>, …" then "o Chefe de Estado considerou": the person named with the office,
    as the same words after the verb give; the office alone is linked to no entity of a part of it ("República")."""
    a = run("Belém\n\nO Presidente da República, Marcelo Rebelo de Sousa, esteve em Belém. O Chefe de Estado "
            "considerou que a lei é inconstitucional.", "pt")
    assert _speaker_of(a, "a lei é inconstitucional") == "Marcelo Rebelo de Sousa"
    b = run("Belém\n\nO Presidente da República recebeu ontem os parceiros sociais. À saída, o Chefe do Estado afirmou "
            "que o acordo de rendimentos deve ser assinado até ao Natal.", "pt")
    q = next(q for q in b.quotes if "o acordo de rendimentos" in q.content.text)
    assert q.speaker == "Presidente da República"
    assert q.speaker_entity is None or "República" not in [e.name for e in b.entities if e.id == q.speaker_entity]


def test_pt_participle_opener_before_a_colon(run):
    """Portuguese round 30: "Questionada sobre a obra, respondeu:" then a dash quote: the one named last of the
    participle's gender speaks, not the participle; the participle's clause is no statement of its own."""
    a = run("Obra\n\nO engenheiro Paulo Reis e a moradora Luísa Campos acompanharam a vistoria. Questionada sobre a "
            "obra, respondeu:\n\n— Ninguém nos avisou de que a rua ia fechar durante três meses.", "pt")
    assert _speaker_of(a, "Ninguém nos avisou") == "Luísa Campos"
    assert not any(q.content.text.startswith("Questionada") for q in a.quotes)


def test_pt_bare_role_noun_before_where_it_was_said(run):
    """Portuguese round 30: '"…", disse a vereadora durante entrevista no Teatro Municipal.': the role noun points back
    at the woman named before; the place in the phrase after it is no speaker."""
    a = run("Cultura\n\nA vereadora de Cultura, Helena Barros, visitou as obras. \"O teatro reabre em maio, com a sala "
            "toda renovada\", disse a vereadora durante entrevista no Teatro Municipal.", "pt")
    assert _speaker_of(a, "O teatro reabre em maio") == "Helena Barros"


def test_pt_quote_after_an_attributed_quote_with_a_full_stop_inside(run):
    """Portuguese round 30: '"A. B", afirmou o técnico. "C."': a quote opening a sentence after an attributed quote in
    the same paragraph goes on with its speaker, though the first quote holds a full stop of its own."""
    a = run("Futebol\n\nO treinador Vasco Pinheiro falou depois do jogo. \"Jogámos mal na primeira parte. Depois "
            "melhorámos muito\", afirmou o técnico. \"A equipa precisa de mais tempo para crescer.\"", "pt")
    assert _speaker_of(a, "A equipa precisa de mais tempo") == "Vasco Pinheiro"


def test_pt_mas_before_a_second_reporting_verb(run):
    """Portuguese round 30: "X justificou … com «…», mas lembrou que …": the second verb after "mas" has the subject of
    the sentence's first reporting verb, past the quote between them."""
    a = run("Autarquia\n\nO presidente da câmara, Álvaro Sequeira, justificou o atraso com «chuvas fora de época», mas "
            "lembrou que a ponte abre antes do verão.", "pt")
    assert _speaker_of(a, "a ponte abre antes do verão") == "Álvaro Sequeira"


def test_pt_a_body_noun_led_by_a_person_as_a_source(run):
    """Portuguese round 30: "Para a entidade liderada por X, …" is the body the noun points back at, not its head."""
    a = run("Contas\n\nO Conselho Nacional de Saúde (CNS) estima que o défice dos hospitais fique nos 0,4%. Para a "
            "entidade presidida por Rui Baleiras, a despesa com pessoal vai crescer acima do previsto.", "pt")
    assert "Conselho Nacional de Saúde" in (_speaker_of(a, "a despesa com pessoal") or "")


def test_pt_porta_voz_after_a_body_spoke_through_a_person(run):
    """Portuguese round 30: "Já o PAN, pela voz de Rui Faria, lamentou … «…», ironizou o porta-voz": the bare
    "porta-voz" is the one the body spoke through just before, not the woman who spoke before him; with no such voice
    before, the title stays unresolved to him."""
    a = run("Parlamento\n\nA deputada Joana Cruz, do PS, disse que o debate foi «inútil». Já o PAN, pela voz de Rui "
            "Faria, lamentou a falta de verbas para os animais. «Nem um euro para os canis municipais», ironizou o "
            "porta-voz.", "pt")
    assert _speaker_of(a, "Nem um euro para os canis") == "Rui Faria"
    b = run("Parlamento\n\nA deputada Joana Cruz, do PS, disse que o debate foi «inútil». O PAN lamentou a falta de "
            "verbas para os animais. «Nem um euro para os canis municipais», ironizou o porta-voz.", "pt")
    assert _speaker_of(b, "Nem um euro para os canis") != "Rui Faria"


def test_pt_town_government_with_a_long_town_name(run):
    """Portuguese round 30: "a prefeitura de São José dos Campos informou que" is the town's government, not the town,
    as with a town of one word ("a prefeitura de Sorocaba")."""
    a = run("Saúde\n\nProcurada, a prefeitura de São José dos Campos informou que vai abrir mais dois postos.", "pt")
    assert _speaker_of(a, "vai abrir mais dois postos") == "prefeitura de São José dos Campos"
    b = run("Saúde\n\nA prefeitura de Sorocaba informou que vai abrir mais dois postos.", "pt")
    assert _speaker_of(b, "vai abrir mais dois postos") == "prefeitura de Sorocaba"


def test_pt_municipio_points_back_at_the_town_government(run):
    """Portuguese round 30: "Segundo o município, …" after "a prefeitura de …" (or "a Câmara Municipal de …") is that
    body; with none named before, the noun stays itself; "município de …" in an apposition is no speaker (out of
    sample)."""
    a = run("Obras\n\nA prefeitura de Sorocaba informou que a ponte fica pronta em julho. Segundo o município, "
            "a obra já consumiu R$ 12 milhões.", "pt")
    assert _speaker_of(a, "a obra já consumiu") == "prefeitura de Sorocaba"
    b = run("Obras\n\nSegundo o município, a obra da ponte nova já consumiu 12 milhões de euros.", "pt")
    assert _speaker_of(b, "a obra da ponte nova") == "município"
    c = run("Vírus\n\nNuma nota publicada ontem, a Câmara Municipal de Vila Real, município de Trás-os-Montes, disse "
            "que está a trabalhar sem parar contra o vírus.", "pt")
    assert _speaker_of(c, "está a trabalhar sem parar") == "Câmara Municipal de Vila Real"


def test_ru_an_unnamed_office_of_a_country_is_no_earlier_speaker(run):
    """Russian round 26: "Президент Франции призвал …" after another person spoke is that office with no name, not
    whoever spoke last; the person introduced before with that office and country is still found."""
    a = run("Саммит\n\nМинистр Олег Рябов заявил, что денег нет. Президент Финляндии заявил, что Хельсинки не "
            "отступит.", "ru")
    assert _speaker_of(a, "Хельсинки не отступит") == "Президент Финляндии"
    b = run("Саммит\n\nПрезидент Финляндии Александр Стубб прибыл в Рим. Министр Олег Рябов заявил, что денег нет. "
            "Президент Финляндии заявил, что Хельсинки не отступит.", "ru")
    assert _speaker_of(b, "Хельсинки не отступит") == "Александр Стубб"


def test_ru_an_unnamed_office_is_pointed_back_at_by_title_and_pronoun(run):
    """Russian round 26: "Глава МИД Словакии … не стал отрицать, что …. «…», — заявил министр. Он напомнил, что …":
    the office with no name (the minister is the head of the MFA; the verb "стал" tells he is a man), not an
    anonymous source who spoke before, nor the MFA inside the title."""
    a = run("Газ\n\nОб этом рассказал источник в одной из делегаций. Глава МИД Словакии на пресс-подходе после "
            "заседания не стал отрицать, что речь идет о Братиславе. «Мы не заплатим за чужой транзит», — заявил "
            "министр. Он напомнил, что страна уже потеряла 300 млн евро.", "ru")
    assert _speaker_of(a, "речь идет о Братиславе") == "Глава МИД Словакии"
    assert _speaker_of(a, "Мы не заплатим") == "Глава МИД Словакии"
    assert _speaker_of(a, "страна уже потеряла") == "Глава МИД Словакии"


def test_ru_a_gerund_opening_the_sentence_is_no_subject(run):
    """Russian round 26: "Выступая на форуме в Казани, вице-премьер Марат Хуснуллин заявил, что …": the subject
    follows the gerund's clause."""
    a = run("Стройка\n\nВыступая во вторник на форуме в Казани, вице-премьер Марат Хуснуллин заявил, что ввод жилья "
            "снизится.", "ru")
    assert _speaker_of(a, "ввод жилья снизится") == "Марат Хуснуллин"


def test_ru_soglasno_dokumentu_is_the_issuer_of_the_sentence_before(run):
    """Russian round 26: "Счетная палата опубликовала отчет о … . Согласно документу, …": the issuer of the text the
    sentence before names; with no text issued there, not that subject."""
    a = run("Дороги\n\nВ пятницу Счетная палата опубликовала отчет о ремонте дорог. Согласно документу, план "
            "выполнен на 61%.", "ru")
    assert "палата" in (_speaker_of(a, "план выполнен") or "")
    b = run("Дороги\n\nВ пятницу Счетная палата провела заседание о ремонте дорог. Согласно документу, план "
            "выполнен на 61%.", "ru")
    assert "палата" not in (next((q.speaker for q in b.quotes if "план выполнен" in q.content.text), None) or "")


def test_ru_ne_stal_otritsat_grants_what_follows(run):
    """Russian round 26: "не стал отрицать, что …" reports (it grants what follows), unlike "не стал комментировать"."""
    a = run("Нефть\n\nВице-премьер Александр Новак не стал отрицать, что добыча сократится.", "ru")
    assert _speaker_of(a, "добыча сократится") == "Александр Новак"


def test_ru_an_interlocutor_of_a_paper_in_curly_quotes(run):
    """Russian round 26: "Собеседник “Ъ” в одном из крупных банков говорит, что …", and "— рассказал он" after it:
    the unnamed interlocutor, not the paper, nor a man named before."""
    a = run("Кредиты\n\nЗампред Сбербанка Петр Орлов выступил на форуме. Собеседник “Ъ” в одном из крупных банков "
            "говорит, что спрос упал. «Клиенты пришли за отсрочкой», — рассказал он.", "ru")
    assert _speaker_of(a, "спрос упал") == "Собеседник"
    assert _speaker_of(a, "Клиенты пришли") == "Собеседник"


def test_ru_an_anonymous_source_is_the_one_a_pronoun_points_back_at(run):
    """Russian round 26: "Источник, знакомый с ходом …, утверждает, что … «…», — пояснил он": the source (a masculine
    noun), not a man who spoke in the paragraph before."""
    a = run("Ставка\n\nЗамминистра Иван Чебесков добавил, что программы сохранятся.\n\nИсточник, знакомый с ходом "
            "подготовки заседания, утверждает, что ставку сохранят. «Данные по ценам этого не позволяют», — пояснил "
            "он.", "ru")
    assert _speaker_of(a, "Данные по ценам") == "Источник"


def test_ru_an_anonymous_source_after_an_opening_gerund_is_the_one_a_pronoun_points_back_at(run):
    """The same source after a gerund's clause that opens the sentence ("Выступая …, источник … утверждает"): the
    gerund's path returned before the source was noted, so "пояснил он" went to the man named before."""
    a = run("Ставка\n\nЗамминистра Иван Чебесков добавил, что программы сохранятся. Выступая в Москве в четверг, "
            "источник, знакомый с ходом подготовки заседания, утверждает, что ставку сохранят. «Данные по ценам этого "
            "не позволяют», — пояснил он.", "ru")
    assert _speaker_of(a, "ставку сохранят") == "источник"
    assert _speaker_of(a, "Данные по ценам") == "источник"


def test_ru_na_vopros_between_subject_and_verb(run):
    """Russian round 26: "Губернатор Олег Мельниченко на вопрос «Известий» ответил, что …": who asked is no
    speaker."""
    a = run("Дороги\n\nГубернатор Олег Мельниченко на вопрос «Известий» ответил, что ремонт закончат летом.", "ru")
    assert _speaker_of(a, "ремонт закончат летом") == "Олег Мельниченко"


def test_ru_kak_ranee_zayavlyal_and_a_sum_before_a_title(run):
    """Russian round 26: "Как ранее заявлял министр X, … 2,1 трлн руб. Замминистра Y добавил, что …": a source
    phrase with "ранее", and a sum's abbreviation before a title ends the sentence."""
    a = run("Бюджет\n\nКак ранее заявлял министр финансов Антон Силуанов, дефицит может достичь 2,1 трлн руб. "
            "Замминистра Иван Чебесков добавил, что расходы сократят.", "ru")
    assert _speaker_of(a, "дефицит может достичь") == "Антон Силуанов"
    assert _speaker_of(a, "расходы сократят") == "Иван Чебесков"


def test_ru_an_unnamed_head_of_a_region(run):
    """Russian round 26: "Глава республики написал …, что … «…», — пообещал он" with no governor named before is the
    region's head, not whoever spoke last; a governor named before is still the one "глава региона" points back at."""
    a = run("Дом\n\nПрокурор Игорь Лапин заявил, что нарушения выявлены.\n\nГлава республики написал в своем "
            "Telegram-канале, что взял ситуацию на контроль. «Ни одна семья не останется на улице», — пообещал "
            "он.", "ru")
    assert _speaker_of(a, "взял ситуацию") == "Глава республики"
    assert _speaker_of(a, "Ни одна семья") == "Глава республики"
    b = run("Дом\n\nГубернатор Оренбургской области Евгений Солнцев прибыл в Орск. Прокурор Игорь Лапин заявил, что "
            "нарушения выявлены.\n\nГлава региона написал в своем Telegram-канале, что взял ситуацию на "
            "контроль.", "ru")
    assert _speaker_of(b, "взял ситуацию") == "Евгений Солнцев"


def test_ru_a_titled_name_before_a_long_apposition(run):
    """Russian round 26: "Экономист Анна Котова, ведущий аналитик отдела исследований одного из крупнейших частных
    банков, считает, что …": the name after its title, past an apposition too long for a title to reach back over."""
    a = run("Ставка\n\nЭкономист Анна Котова, ведущий аналитик отдела исследований одного из крупнейших частных "
            "банков, считает, что ставка не изменится.", "ru")
    assert _speaker_of(a, "ставка не изменится") == "Анна Котова"


def test_ru_dash_answers_of_one_speaker(run):
    """Russian round 26: a dash question-and-answer block with no word of an interview before it: an answer left
    without a speaker is said by the one its attributed answers are; the questions stay the reporter's."""
    a = run("Газ\n\nЭкономист Олег Савин уверен, что цены вырастут.\n\n— Насколько?\n\n— Процентов на десять, — "
            "ответил эксперт.\n\n— А зимой?\n\n— Зимой будет еще дороже, запасы в хранилищах небольшие.", "ru")
    assert _speaker_of(a, "Зимой будет еще дороже") == "Олег Савин"
    assert next((q.speaker for q in a.quotes if "А зимой" in q.content.text), None) is None


def _claimant_of(analysis, snippet: str) -> str | None:
    hits = [c for c in analysis.claims if snippet in c.span.text]
    assert hits, [c.span.text for c in analysis.claims]
    return hits[0].claimant


def test_pt_town_after_a_lower_case_unit_and_a_name_after_it_is_no_person(run):
    """Portuguese round 31: "O pesquisador X, da unidade Gado de Corte, em Campo Grande, lembra que": the town after a
    body that opens with a lower-case noun is no part of the subject, and the unit's name is no person that a later
    bare verb points back at; a trade's bare "de" before a name still gives a person."""
    a = run("Gado\n\nO pesquisador Tiago Menezes, da unidade Gado de Corte, em Campo Grande, lembra que o rebanho "
            "cresceu. \"Sem a China, o boi gordo pode cair\", estimou.", "pt")
    assert _speaker_of(a, "o rebanho cresceu") == "Tiago Menezes"
    assert _speaker_of(a, "o boi gordo pode cair") == "Tiago Menezes"
    b = run("Fábrica\n\nA operadora de máquinas Juliana Prado, 34 anos, soube da demissão por mensagem. \"Tenho dois "
            "filhos e ninguém ligou\", contou.", "pt")
    assert _speaker_of(b, "Tenho dois filhos") == "Juliana Prado"


def test_pt_para_a_title_then_the_name_in_apposition(run):
    """Portuguese round 31: "Para o diretor técnico da confederação, Marcelo Reis, o governo "errou"": the name, not the
    body the title's noun points back at; "Para o presidente da X, o reitor da Y (UFPE), Henrique Dantas, a greve …":
    a second title before the name."""
    a = run("Carne\n\nA Confederação Nacional da Pecuária (CNP) cobrou uma resposta. Para o diretor técnico da "
            "confederação, Marcelo Agostini Reis, o governo \"errou ao não negociar\" em outubro.", "pt")
    assert _speaker_of(a, "errou ao não negociar") == "Marcelo Agostini Reis"
    b = run("Greve\n\nPara o presidente da Andifes, o reitor da Universidade Federal de Pernambuco (UFPE), Henrique "
            "Vasconcelos Dantas, a greve \"é legítima, mas tem custo alto\".", "pt")
    assert _speaker_of(b, "é legítima") == "Henrique Vasconcelos Dantas"


def test_pt_a_title_of_some_body_after_the_verb_is_someone_new(run):
    """Portuguese round 31: '"…", avaliou o gerente de uma trading multinacional' is someone not named before, and
    "Segundo esse executivo" points back at him; "disse o diretor da empresa" still points back at the director
    named before."""
    a = run("Soja\n\nO diretor Marcelo Reis falou com a imprensa. \"Se a disputa escalar, o prêmio despenca\", avaliou "
            "o gerente de uma trading multinacional, que falou sob anonimato. Segundo esse executivo, o prêmio já "
            "caiu 18 centavos.", "pt")
    assert _speaker_of(a, "Se a disputa escalar") == "gerente"
    assert _speaker_of(a, "o prêmio já caiu") == "gerente"
    b = run("Soja\n\nO diretor da Agrosul, Marcelo Reis, falou com a imprensa. \"O prêmio vai cair\", disse o diretor "
            "da empresa.", "pt")
    assert _speaker_of(b, "O prêmio vai cair") == "Marcelo Reis"


def test_pt_estatal_points_back_at_a_companhia(run):
    """Portuguese round 31: "Levantamento da Companhia Nacional de Abastecimento (Conab) … A estatal estima que": the
    company ("Companhia" opens a body's name: no woman's first name in -a)."""
    a = run("Safra\n\nLevantamento da Companhia Nacional de Abastecimento (Conab) projeta uma safra de 172 milhões de "
            "toneladas. A estatal estima ainda que as exportações cheguem a 109 milhões de toneladas.", "pt")
    assert _speaker_of(a, "as exportações cheguem") == "Companhia Nacional de Abastecimento"


def test_pt_an_aside_between_the_verb_and_its_subject(run):
    """Portuguese round 31: "«…», avisou, em declarações à SIC, o presidente da ALEP, Nuno Carreira.": the person after
    the aside, not the body named before."""
    a = run("Turismo\n\nA Associação do Alojamento Local em Portugal (ALEP) estima perdas. «Vão empurrar os turistas "
            "para fora», avisou, em declarações à SIC, o presidente da ALEP, Nuno Carreira.", "pt")
    assert _speaker_of(a, "Vão empurrar os turistas") == "Nuno Carreira"


def test_pt_fonte_of_a_lower_case_office(run):
    """Portuguese round 31: "Fonte do gabinete do presidente disse ao PÚBLICO que": an unnamed source, not the
    president named before; "A mesma fonte" points back at it."""
    a = run("Casas\n\nO presidente da ALEP, Nuno Carreira, falou. Fonte do gabinete do presidente disse ao PÚBLICO que "
            "o executivo prepara um pacote. A mesma fonte reconheceu que o orçamento «não dá para tudo».", "pt")
    assert _speaker_of(a, "o executivo prepara") == "Fonte do gabinete do presidente"
    assert _speaker_of(a, "não dá para tudo") == "Fonte do gabinete do presidente"


def test_pt_an_unnamed_source_with_a_named_genitive_and_a_relative_clause(run):
    """Portuguese round 31: "Um assessor do MEC que participa das mesas de negociação afirmou que": the adviser."""
    a = run("Greve\n\nO ministro Fernando Caldeira falou. Um assessor do MEC que participa das mesas de negociação "
            "afirmou à Folha que a greve vai durar.", "pt")
    assert _speaker_of(a, "a greve vai durar") == "assessor"


def test_pt_a_body_cited_inside_a_reported_clause_owns_the_figure(run):
    """Portuguese round 31: "Ela lembrou que … perdas de 27% …, pelos cálculos do Dieese." and "recordou que, segundo o
    INE, …": the figure's claimant is the body; a person cited so is not (the speaker stays)."""
    a = run("Greve\n\nA vice-presidente Rosana Lemos falou. Ela lembrou que os docentes acumulam perdas de 27% desde "
            "2016, pelos cálculos do Departamento Intersindical de Estatística e Estudos Socioeconômicos (Dieese).",
            "pt")
    assert "Dieese" in _claimant_of(a, "perdas de 27%")
    assert _speaker_of(a, "os docentes acumulam") == "Rosana Lemos"
    b = run("Impostos\n\nA deputada Mariana Leitão recordou que, segundo o INE, a carga fiscal atingiu 36,8% do PIB.",
            "pt")
    assert _claimant_of(b, "36,8%") == "INE"
    c = run("Impostos\n\nA deputada Mariana Leitão recordou que, segundo o economista Rui Pestana, a carga fiscal "
            "atingiu 36,8% do PIB.", "pt")
    assert _claimant_of(c, "36,8%") != "INE" and _claimant_of(c, "36,8%") is not None


def test_pt_a_name_with_an_age_after_a_preposition_is_a_person(run):
    """Portuguese round 31: "É o caso de Carla Antunes, 44 anos, que vive … num segundo andar …" then "conta a
    auxiliar": the woman, not the councillor named before (and "num segundo" names no source)."""
    a = run("Casas\n\nA vereadora Joana Morais falou. É o caso de Carla Antunes, 44 anos, que vive num segundo andar "
            "em Arroios. «O prédio tem seis andares», conta a auxiliar de ação educativa.", "pt")
    assert _speaker_of(a, "O prédio tem seis andares") == "Carla Antunes"


def test_pt_a_street_and_its_number_after_a_preposition_is_no_person(run):
    """Portuguese: "na Travessa do Carmo, 118, no rés-do-chão": a number after a name behind a preposition with no
    "anos" is a house number; the street is no speaker of the bare "disse" after it."""
    a = run("Incêndio\n\nA moradora contou que o fumo saiu da cozinha na Travessa do Carmo, 118, no rés-do-chão. "
            "\"Ficámos sem nada\", disse.", "pt")
    assert all(q.speaker != "Travessa do Carmo" for q in a.quotes)
    assert {q.speaker for q in a.quotes if "o fumo saiu" in q.content.text} == {"moradora"}


def test_pt_a_bare_verb_between_commas_inside_a_reported_clause(run):
    """Portuguese round 31: "X adiantou que … a Alvalade, onde, afirmou, os preços «subiram»": X, not the place."""
    a = run("Casas\n\nO líder da bancada do PS, Francisco Meireles, adiantou que o partido vai alargar a suspensão a "
            "Alvalade e às Avenidas Novas, onde, afirmou, os preços «subiram mais de 40%».", "pt")
    assert _speaker_of(a, "subiram mais de 40%") == "Francisco Meireles"


def test_pt_a_body_name_holding_em_before_its_acronym(run):
    """Portuguese round 31: "A Federação de Sindicatos de Trabalhadores … em Instituições de Ensino Superior … (Fasubra)
    garantiu": the whole federation; a name that opens with no body's head word is not joined over "em"."""
    a = run("Greve\n\nA Federação de Sindicatos de Trabalhadores Técnico-Administrativos em Instituições de Ensino "
            "Superior Públicas do Brasil (Fasubra) garantiu que os servidores não vão impedir as provas.", "pt")
    assert _speaker_of(a, "os servidores não vão").startswith("Federação de Sindicatos")


def test_pt_por_entender_que_reports(run):
    """Portuguese round 31: "X votou contra por entender que a medida «não toca no essencial»"."""
    a = run("Casas\n\nJá a vereadora do BE, Joana Morais, votou contra por entender que a medida «não toca no "
            "essencial».", "pt")
    assert _speaker_of(a, "não toca no essencial") == "Joana Morais"


def test_pt_pergunta_after_a_closing_dash(run):
    """Portuguese round 31: "— E agora, para onde é que eu vou? — pergunta.": the verb right after the dash that closes
    dash speech; "a uma pergunta sobre …" (a noun) reports nothing."""
    a = run("Casas\n\nA inquilina Carla Antunes, 44 anos, recebeu uma carta.\n\n— E agora, para onde é que eu vou? — "
            "pergunta.", "pt")
    assert _speaker_of(a, "para onde é que eu vou") == "Carla Antunes"
    b = run("Kremlin\n\nO porta-voz do Kremlin, Dmitry Peskov, respondia a uma pergunta sobre comentários que o "
            "presidente fez num telefonema.", "pt")
    assert not any("presidente fez" in q.content.text for q in b.quotes)
def test_bg_long_possessives_and_plural_estimates(run):
    """Bulgarian round 28: "По нейните думи …", "По неговите думи …" (the long possessive) and "По техни оценки …"
    (plural estimates) name their source as "По думите ѝ" and "По техни данни" do."""
    a = run("Протест\n\nОбластният управител Мая Стоева призова шофьорите да карат внимателно. По нейните думи "
            "полицията ще затвори два пътя.\n\nОт Съюза на превозвачите коментираха, че няма шофьори. По техни "
            "оценки в страната липсват около 6000 шофьори.", "bg")
    assert _speaker_of(a, "полицията ще затвори") == "Мая Стоева"
    assert "превозвачите" in _speaker_of(a, "в страната липсват")
    b = run("Ремонт\n\nКметът Иван Колев откри новия мост. По неговите думи ремонтът на стария ще започне "
            "през март.", "bg")
    assert _speaker_of(b, "ремонтът на стария") == "Иван Колев"


def test_bg_a_lawyer_and_a_prosecutor_by_title(run):
    """Bulgarian round 28: "Адвокат X, който представлява Y, … „…“, каза адвокатът": the person right after the title,
    not the client named in its relative clause; "Обвинителката напомни, че …" is the prosecutor named before."""
    a = run("Делото\n\nАдвокат Георги Марков, който защитава Петър Илиев, поиска оправдателна присъда. „Няма нито "
            "едно пряко доказателство срещу клиента ми“, каза адвокатът.\n\nПрокурор Елена Рачева поиска "
            "пет години затвор. Обвинителката напомни, че при обиска са намерени пари.", "bg")
    assert _speaker_of(a, "Няма нито едно пряко") == "Георги Марков"
    assert "Рачева" in _speaker_of(a, "при обиска са намерени")
    # (a body between the title and the name with no comma is the title's, not another person: "Председателят на
    # Народното събрание" … the name right after it)
    b = run("Сесия\n\nПредседателят на Сметната палата Димитър Главчев заяви, че одитът е приключил. "
            "Председателят на Сметната палата изрази мнение, че министерството трябва да върне парите.", "bg")
    assert _speaker_of(b, "министерството трябва да върне") == "Димитър Главчев"


def test_bg_a_mayor_by_gradonachalnik(run):
    """Bulgarian round 28: "Според градоначалника общината …": a bare title, then the statement's subject (not the
    body noun after the title); "заяви градоначалникът" after "Кметът на Кърджали Хасан Азис" is the mayor (the
    town and a name with no Slavic ending split into two mentions). "Според общината …" keeps the body."""
    a = run("Сезон\n\nКметът на Поморие Иван Алексиев откри сезона. Според градоначалника общината е събрала с "
            "12% по-малко такси.", "bg")
    assert _speaker_of(a, "общината е събрала") == "Иван Алексиев"
    b = run("Столове\n\nКметът на Кърджали Хасан Азис обяви, че общината прекратява договора. „Няма да позволим "
            "това“, заяви градоначалникът пред журналисти.", "bg")
    assert _speaker_of(b, "Няма да позволим") == "Хасан Азис"
    c = run("Такси\n\nКметът Иван Колев откри сезона. Според общината таксите ще останат същите догодина.", "bg")
    assert "общината" in _speaker_of(c, "таксите ще останат")


def test_bg_an_unnamed_magistrate_of_rank(run):
    """Bulgarian round 28: "Висш магистрат, който не пожела да бъде назован, коментира, че …" and "Според него …"
    after it: the unnamed magistrate, not the adjective "Висш" read as a name."""
    a = run("Делото\n\nВисш магистрат, който не пожела да бъде назован, коментира, че делото ще е тест за "
            "съда. Според него присъдата ще бъде обжалвана.", "bg")
    assert _speaker_of(a, "делото ще е тест") == "Висш магистрат"
    assert _speaker_of(a, "присъдата ще бъде обжалвана") == "Висш магистрат"


def test_bg_a_body_named_in_quote_marks_before_its_acronym(run):
    """Bulgarian round 28: "Агенция „Митници“ (АМ) съобщи, че …": the body's noun and its name in quote marks
    before the acronym (not "Митници“ (АМ)"); "…, допълниха от фонда." names a fund by its noun."""
    a = run("Цигари\n\nАгенция „Митници“ (АМ) съобщи, че е задържала 30 тона цигари. Държавен фонд „Земеделие“ "
            "(ДФЗ) съобщи, че ще преведе 50 млн. евро. Парите са от резерва на ЕС, допълниха от фонда.", "bg")
    assert _speaker_of(a, "е задържала 30 тона").startswith("Агенция „Митници“")
    assert "фонд „Земеделие“" in _speaker_of(a, "ще преведе 50")
    assert "фонд" in _speaker_of(a, "Парите са от резерва")


def test_bg_figures_after_a_source_past_a_split_million(run):
    """Bulgarian round 28: "По данни на X … . Чуждестранните са били 2,1 млн., а българите – … с 9% по-малко.": the
    sentence the splitter cut after "млн.," and joined again goes on with the source of the sentence before it;
    with no source before, the figures stay the article's."""
    a = run("Море\n\nПо данни на министерството през лятото на морето са почивали 3,4 млн. туристи. "
            "Чуждестранните гости са били 2,1 млн., а българите – 1,3 млн., или с 9% по-малко.", "bg")
    assert _claimant_of(a, "с 9% по-малко") == "министерството"
    b = run("Море\n\nПрез лятото на морето бяха много туристи. Чуждестранните гости са били 2,1 млн., а "
            "българите – 1,3 млн., или с 9% по-малко.", "bg")
    assert _claimant_of(b, "с 9% по-малко") is None


def test_bg_data_pointing_back_at_the_sentence_before(run):
    """Bulgarian round 28: "… . Това показват данните, които Министерството на туризма представи …": the sentence
    before is the figures' owner's; "Това показва, че …" with no data names no one."""
    a = run("Хотели\n\nХотелиерите затварят сезона с по-високи приходи. Това показват данните, които "
            "Министерството на туризма представи в четвъртък.", "bg")
    assert _speaker_of(a, "Хотелиерите затварят") == "Министерството на туризма"
    b = run("Хотели\n\nХотелиерите затварят сезона с по-високи приходи. Това показва, че туристите се връщат.", "bg")
    assert not any("Хотелиерите затварят" in q.content.text for q in b.quotes)


def test_bg_an_acronym_by_the_name_it_was_introduced_with(run):
    """Bulgarian round 28: "Синоптиците от Националния институт по метеорология и хидрология (НИМХ) …
    посочват от НИМХ": the acronym given with the full name the text introduced it with (its initials spell it,
    the small words left out); an acronym never spelled out stays as it is."""
    a = run("Жега\n\nНационалният институт по метеорология и хидрология (НИМХ) отчете рекордна жега. Водата е "
            "достигнала 28 градуса, посочват от НИМХ.\n\nБезработицата е 4%, съобщи НСИ.", "bg")
    assert _speaker_of(a, "Водата е достигнала") == \
        "Националният институт по метеорология и хидрология (НИМХ)"
    assert _speaker_of(a, "Безработицата е 4%") == "НСИ"


def test_bg_a_text_cited_by_its_bare_noun(run):
    """Bulgarian round 28: "…, пише в анализа." / "…, се казва в становището." closing a sentence: whose text the
    sentence before named ("В анализ на ИПИ …", "Фискалният съвет публикува становище"); with no text named
    before, not the one who spoke last."""
    a = run("Зърно\n\nВ анализ на Института за пазарна икономика (ИПИ) се посочва, че цените са паднали. "
            "Себестойността пък е нараснала заради торовете, пише в анализа.\n\nФискалният съвет публикува "
            "становище за бюджета. Дефицитът ще надхвърли 3% от БВП, се казва в становището.", "bg")
    assert "пазарна икономика" in _speaker_of(a, "Себестойността пък")
    assert _speaker_of(a, "Дефицитът ще надхвърли") == "Фискалният съвет"
    b = run("Зърно\n\nМинистърът Иван Колев заяви, че цените са паднали. Себестойността пък е нараснала заради "
            "торовете, пише в анализа.", "bg")
    assert all(q.speaker != "Иван Колев" for q in b.quotes if "Себестойността" in q.content.text)


def test_bg_data_that_point_at_the_next_sentence(run):
    """Bulgarian round 28: "Данните на НСИ показват сходна картина. Нощувките … са били 9,7 млн.": the next sentence's
    figures are the source's; only that one sentence, and not after "Данните … показват, че …" (a statement)."""
    a = run("Нощувки\n\nДанните на Националния статистически институт показват сходна картина. Нощувките в "
            "областта са били 9,7 млн. за лятото. Хотелите в града са 420.", "bg")
    assert _claimant_of(a, "9,7 млн.") == "Националния статистически институт"
    assert _claimant_of(a, "Хотелите в града са 420") is None
    b = run("Заетост\n\nДанните на НСИ показват, че безработицата е 4%. Заетите са 2,9 млн. души.", "bg")
    assert _claimant_of(b, "Заетите са 2,9 млн.") is None


def test_bg_a_village_or_an_office_place_split_from_the_name_after_it(run):
    """Bulgarian round 28: "в село Ичера Стоян Драганов" and "Кметът на Кърджали Хасан Азис" are a place and a person
    the caps ran together (a surname with no Slavic ending too after an office); a name after "на" with no office
    before it keeps its words ("поканата на Стоян Иванов Петров")."""
    a = run("Село\n\nЖивеещият в село Ичера Стоян Драганов разказа, че водата спря. Кметът на Кърджали Хасан Азис "
            "обеща помощ. Писмото отговаря на поканата на Стоян Иванов Петров.", "bg")
    names = {e.name for e in a.entities}
    assert "Стоян Драганов" in names and "Хасан Азис" in names
    assert not any("Ичера Стоян" in n or "Кърджали Хасан" in n for n in names)
    assert "Стоян Иванов Петров" in names


def test_bg_an_office_whose_title_ends_in_t_splits_its_place_from_the_name():
    """Bulgarian: the article "-ът" is cut off the title as a suffix, not as letters ("Президентът" is
    "президент", not "президен"), so a president's or deputy's place splits from the name after it as a mayor's
    does, a surname with no Slavic ending too."""
    from narrascope.analysers.multilingual_names import _bg_split_genitive_names

    for text, surface, place, person in [
            ("Президентът на Гърция Андреас Маркидис замина.", "Гърция Андреас Маркидис", "Гърция",
             "Андреас Маркидис"),
            ("Депутатът на Смолян Хасан Мурад внесе проекта.", "Смолян Хасан Мурад", "Смолян", "Хасан Мурад")]:
        s = text.index(surface)
        got = [m[2] for m in _bg_split_genitive_names([(s, s + len(surface), surface, "PER")], text)]
        assert got == [place, person]


def test_ru_dash_interview_after_a_named_persons_statement(run):
    """Russian round 27: a one-sentence paragraph in which a person named in it says something ("… Марат Ильин
    сомневается, что …"), then a question-and-answer block no answer of which is attributed: the answers are that
    person's; the questions stay the reporter's, and a block after a paragraph with no one's statement gets no
    speaker."""
    a = run("Ставка\n\nЭкономист Марат Ильин сомневается, что ставка снизится до весны.\n\n— Почему?\n\n— Инфляция "
            "остается высокой, а бюджет тратит больше, чем планировал.\n\n— А летом?\n\n— Летом многое будет "
            "зависеть от урожая и курса рубля.", "ru")
    assert _speaker_of(a, "ставка снизится") == "Марат Ильин"
    assert _speaker_of(a, "Инфляция остается высокой") == "Марат Ильин"
    assert _speaker_of(a, "Летом многое будет") == "Марат Ильин"
    assert next((q.speaker for q in a.quotes if "А летом" in q.content.text), None) is None
    b = run("Село\n\nКорреспондент приехал в село Марата Ильина в среду утром.\n\n— Где все жители?\n\n— Уехали в "
            "город на заработки еще весной.", "ru")
    assert next((q.speaker for q in b.quotes if "Уехали в город" in q.content.text), None) is None


def test_ru_a_short_name_in_quote_marks_inside_dash_speech(run):
    """Russian round 27: "— Некем. … на специальность «Лечебное дело» поступили 90 человек …": a short name in quote
    marks inside dash speech does not end it; a quote of a sentence inside the dash's paragraph still does."""
    a = run("Кадры\n\nВрач Виктор Кашин уверен, что дело не в деньгах.\n\n— Их кто-то заменит?\n\n— Некем. В "
            "колледже на специальность «Лечебное дело» поступили 90 человек, а к нам пришли трое.", "ru")
    assert _speaker_of(a, "на специальность") == "Виктор Кашин"
    assert not any(q.content.text == "Лечебное дело" for q in a.quotes)


def test_ru_an_outlet_told_then_an_unnamed_source(run):
    """Russian round 27: "…, сообщил РИА Новости источник, близкий к …", "— рассказал “Ъ” высокопоставленный
    чиновник … одной из областей Центральной России": the outlet told (also "РИА Новости" and “Ъ”), and a place at
    the end of the role's genitives did not speak; a person named after the outlet still did."""
    a = run("Переговоры\n\nРазногласия остаются по двум пунктам, сообщил РИА Новости источник, близкий к "
            "делегации.\n\n«Мы уже перенесли ремонт двух школ на весну», — рассказал “Ъ” высокопоставленный "
            "чиновник финансового блока одной из областей Центральной России.\n\n«Бюджет сверстан с дефицитом», — "
            "рассказал “Ъ” вице-губернатор Тверской области Игорь Сомов.", "ru")
    assert _speaker_of(a, "Разногласия остаются") == "источник"
    assert _speaker_of(a, "перенесли ремонт") == "чиновник"
    assert _speaker_of(a, "Бюджет сверстан") == "Игорь Сомов"


def test_ru_a_text_says_by_its_issuer(run):
    """Russian round 27: "МЭА выпустило доклад … . В нем говорится, что …", "В докладе говорится, что …" are the
    issuer's, "В сообщении Роспотребнадзора говорится, что …" the body's; "В сообщении министерства говорится" with
    no ministry named is nobody's statement."""
    a = run("Энергия\n\nМеждународное энергетическое агентство в среду выпустило доклад об энергосистемах. В нем "
            "говорится, что дефицит мощности может достичь 4,5 ГВт.\n\nЦентр макроэкономического анализа "
            "опубликовал доклад о ценах. В докладе отмечается, что инфляция замедлится до 5%.\n\nВ сообщении "
            "Роспотребнадзора говорится, что заболели 40 человек.", "ru")
    assert _speaker_of(a, "дефицит мощности") == "Международное энергетическое агентство"
    assert _speaker_of(a, "инфляция замедлится") == "Центр макроэкономического анализа"
    assert _speaker_of(a, "заболели 40 человек") == "Роспотребнадзор"
    b = run("Вспышка\n\nВ сообщении министерства говорится, что заболели 40 человек.", "ru")
    assert not any("заболели" in q.content.text for q in b.quotes)


def test_ru_by_the_estimate_of_its_authors(run):
    """Russian round 27: "АКРА опубликовало обзор … . По оценке его авторов, …" (and "По мнению авторов доклада,")
    is the issuer's; with no text issued in the sentence before, the authors are not the body named there."""
    a = run("Долг\n\nРейтинговое агентство АКРА в четверг опубликовало обзор долговой нагрузки регионов. По оценке "
            "его авторов, госдолг регионов может вырасти до 3,4 трлн руб.", "ru")
    assert "АКР" in _speaker_of(a, "госдолг регионов")
    b = run("Долг\n\nРейтинговое агентство АКРА в четверг повысило рейтинг Москвы. По оценке его авторов, госдолг "
            "регионов может вырасти до 3,4 трлн руб.", "ru")
    assert "АКР" not in (_speaker_of(b, "госдолг регионов") or "")


def test_ru_a_role_with_a_phrase_then_the_name(run):
    """Russian round 27: "— рассказал нашему корреспонденту водитель с двадцатилетним стажем Сергей Петров": the name
    after the role and its "с …" phrase, not the one who spoke before; "— сказала она с горечью." is still her."""
    a = run("Скорая\n\n«Нам платят меньше», — рассказала фельдшер Ольга Ильина.\n\n«Мы работаем без выходных», — "
            "рассказал нашему корреспонденту водитель с двадцатилетним стажем Сергей Петров.\n\n«Никто не "
            "слышит», — сказала Ильина с горечью.", "ru")
    assert _speaker_of(a, "Мы работаем без выходных") == "Сергей Петров"
    assert "Ильин" in _speaker_of(a, "Никто не слышит")


def test_ru_a_guillemet_quote_runs_on_into_the_next_paragraph(run):
    """Russian round 27: "«… сезон.\\n\\nРеалистичный сценарий … стороны», — сказал эксперт.": a «…» quote not opened
    again in the next paragraph runs on to its closing mark before the attribution; one that never closes does not
    swallow the next paragraph."""
    a = run("Мораторий\n\nПолитолог Игорь Самарин считает шансы невысокими.\n\n«Обе стороны используют удары как "
            "рычаг давления. Отказаться от него зимой трудно.\n\nРеалистичный сценарий — частичный мораторий на "
            "атомные станции», — сказал Игорь Самарин.", "ru")
    assert _speaker_of(a, "Реалистичный сценарий") == "Игорь Самарин"
    assert _speaker_of(a, "Обе стороны используют") == "Игорь Самарин"
    b = run("Мораторий\n\n«Обе стороны используют удары как рычаг давления.\n\nРеалистичный сценарий остается "
            "прежним, сказал Игорь Самарин.", "ru")
    assert not any("Реалистичный" in q.content.text and "Обе стороны" in q.content.text for q in b.quotes)


def test_ru_a_request_to_the_person_of_a_relative_is_no_statement(run):
    """Russian round 27: "Игорь Самарин, которого агентство попросило оценить шансы, считает, что …": what the
    relative's person was asked to do is no statement of the asker; a request of the subject's own still is."""
    a = run("Мораторий\n\nДиректор института Игорь Самарин, которого РИА Новости попросило оценить шансы на "
            "договоренность, считает, что они невысоки.\n\nМинистр финансов Антон Силуанов попросил депутатов "
            "ускорить рассмотрение бюджета.", "ru")
    assert not any(q.content.text.startswith("оценить шансы") for q in a.quotes)
    assert _speaker_of(a, "они невысоки") == "Игорь Самарин"
    assert _speaker_of(a, "ускорить рассмотрение") == "Антон Силуанов"


def test_ru_asked_by_a_paper_between_the_source_and_its_verb(run):
    """Russian round 27: "В Банке России на запрос “Ъ” сообщили, что …": a paper's request between the body and the
    verb, as "на вопрос «Ъ»", is not part of the body's name."""
    a = run("Кредиты\n\nВ Банке России на запрос “Ъ” сообщили, что регулятор не видит системных рисков.", "ru")
    assert _speaker_of(a, "не видит системных рисков") == "Банк России"


def test_ru_doubting_reports(run):
    """Russian round 27: "X сомневается, что …" reports X's opinion, as "считает"."""
    a = run("Ставка\n\nАналитик Ольга Седова сомневается, что ЦБ снизит ставку в декабре.", "ru")
    assert _speaker_of(a, "ЦБ снизит ставку") == "Ольга Седова"


def test_ru_an_unnamed_office_for_affairs_of_a_named_body(run):
    """Russian round 27: "Верховный представитель Евросоюза по иностранным делам и политике безопасности,
    комментируя …, напомнила, что …" is the unnamed office itself (past the gerund's clause), and "— сказала она"
    points back at it, not at a man named before; with a name after the office, the name speaks."""
    a = run("Перемирие\n\nДипломат Алексей Кобзев ответил на вопросы журналистов.\n\nВерховный представитель "
            "Евросоюза по иностранным делам и политике безопасности, комментируя консультации на пресс-конференции, "
            "напомнила, что энергосистема Украины потеряла около 60% мощностей. «Любое перемирие без энергетики — "
            "это перемирие на бумаге», — сказала она.", "ru")
    office = "Верховный представитель Евросоюза по иностранным делам и политике безопасности"
    assert _speaker_of(a, "энергосистема Украины") == office
    assert _speaker_of(a, "перемирие на бумаге") == office
    b = run("Перемирие\n\nВерховный представитель Евросоюза по иностранным делам Жозеп Боррель напомнил, что "
            "энергосистема Украины потеряла около 60% мощностей.", "ru")
    assert "Боррел" in _speaker_of(b, "энергосистема Украины")


def test_ru_an_unnamed_member_of_a_named_body(run):
    """Russian round 27: "Высокопоставленный сотрудник Государственного департамента, проинформировавший журналистов
    …, назвал …" is the unnamed member, not the body, and "По его словам" after him points back at him rather than at
    a source quoted before; a named member still speaks by name."""
    a = run("Переговоры\n\nРазногласия остаются, сообщил РИА Новости источник в делегации.\n\nВысокопоставленный "
            "сотрудник Государственного департамента, проинформировавший журналистов на условиях анонимности, назвал "
            "консультации «трудными, но предметными». По его словам, американская сторона передала перечень из 40 "
            "объектов.", "ru")
    member = "Высокопоставленный сотрудник Государственного департамента"
    assert _speaker_of(a, "трудными, но предметными") == member
    assert _speaker_of(a, "американская сторона передала") == member
    b = run("Переговоры\n\nСотрудник Государственного департамента Джон Смит заявил, что консультации прошли "
            "трудно.", "ru")
    assert _speaker_of(b, "консультации прошли трудно") == "Джон Смит"


def test_ru_a_bare_governor_opening_the_sentence(run):
    """Russian round 27: "Губернатор в среду … назвал ситуацию недопустимой. «…», — написал глава региона." with no
    governor named before is the governor, unnamed, not the deputy who spoke last, and "глава региона" points back at
    him; a governor named before is still the one a bare "Губернатор" is."""
    a = run("Скорая\n\n«Резерв министерства — это латание дыр», — заявил депутат Игорь Сабуров.\n\nГубернатор в среду "
            "в своем телеграм-канале назвал ситуацию недопустимой. «Фельдшер не должен узнавать о сокращении "
            "зарплаты из расчетного листка», — написал глава региона.", "ru")
    assert _speaker_of(a, "ситуацию недопустимой") == "Губернатор"
    assert _speaker_of(a, "Фельдшер не должен") == "Губернатор"
    b = run("Скорая\n\nГубернатор Вологодской области Георгий Филимонов приехал в Череповец. «Резерв министерства — "
            "это латание дыр», — заявил депутат Игорь Сабуров.\n\nГубернатор в среду назвал ситуацию "
            "недопустимой.", "ru")
    assert _speaker_of(b, "ситуацию недопустимой") == "Георгий Филимонов"


def test_ru_a_country_adjective_and_a_bare_title_after_the_verb(run):
    """Russian round 27: "Си Цзиньпин на встрече с премьер-министром Венгрии Виктором Орбаном заявил … «…», — сказал
    китайский лидер": not the last person named when the words introducing him name another country, but the last
    speaker introduced with none; "— сказал венгерский лидер" is still Orbán."""
    a = run("Визит\n\nСи Цзиньпин на встрече с премьер-министром Венгрии Виктором Орбаном заявил, что Пекин "
            "поддерживает переговоры. «Мы готовы помочь сторонам», — сказал китайский лидер.", "ru")
    assert _speaker_of(a, "Мы готовы помочь") == "Си Цзиньпин"
    b = run("Визит\n\nСи Цзиньпин на встрече с премьер-министром Венгрии Виктором Орбаном заявил, что Пекин "
            "поддерживает переговоры. «Будапешт благодарен за помощь», — сказал венгерский лидер.", "ru")
    assert "Орбан" in _speaker_of(b, "Будапешт благодарен")


def test_ru_a_portfolio_title_with_no_holder_is_shown_whole(run):
    """Russian: with no one named before who holds it, "Министр обороны заявил" / "Представитель Министерства
    иностранных дел заявил" is that office, shown whole, not its portfolio word ("обороны", "иностранных"); a holder
    named before is still the speaker. The same for a body named by a capitalised adjective and a noun."""
    for sentence, want in (("Министр обороны заявил, что выпуск вырос.", "Министр обороны"),
                           ("Представитель Министерства иностранных дел заявил, что встреча прошла.",
                            "Представитель Министерства иностранных дел"),
                           ("Министерство обороны заявило, что удар был нанесен по складу.", "Министерство обороны")):
        a = run("Новости\n\n" + sentence, "ru")
        assert [q.speaker for q in a.quotes] == [want], (sentence, [q.speaker for q in a.quotes])
    b = run("Новости\n\nМинистр обороны Андрей Белоусов посетил завод в Туле. Позже министр обороны заявил, что "
            "выпуск вырос.", "ru")
    assert _speaker_of(b, "выпуск вырос") == "Андрей Белоусов"
    # a body the entities layer found, named by a capitalised adjective and a noun, is that body, not the bare noun;
    # such a noun opening a sentence with no entity still points back at the body named before
    c = run("Новости\n\nПредставитель Государственного департамента заявил, что удар был нанесен.", "ru")
    assert [q.speaker for q in c.quotes] == ["Представитель Государственного департамента"]
    assert c.quotes[0].speaker_entity is not None
    d = run("Новости\n\nМинфин опубликовал данные. Финансовое министерство заявило, что дефицит вырос.", "ru")
    assert _speaker_of(d, "дефицит вырос") == "Минфин"


def test_pt_council_confederation_federation_and_directorate_point_back_at_their_body(run):
    """Portuguese (round 32): "o conselho", "a confederação", "a federação" and "a direção-geral" as a subject or after
    "Segundo" are the last body named before whose name opens with that noun, not the person quoted last nor the
    bare noun; a body of another kind named later does not take it."""
    a = run("Saúde\n\nO Conselho Estadual de Enfermagem de Goiás divulgou um balanço. A enfermeira Carla Moura disse "
            "que o plantão está vazio. Em nota, o conselho afirma que faltam 200 enfermeiros na rede.", "pt")
    assert _speaker_of(a, "faltam 200 enfermeiros") == "Conselho Estadual de Enfermagem de Goiás"
    b = run("Escolas\n\nA Direção-Geral dos Estabelecimentos Escolares publicou os dados. Segundo a direção-geral, "
            "40 escolas fecharam.", "pt")
    assert "Direção-Geral dos Estabelecimentos Escolares" in _speaker_of(b, "40 escolas fecharam")
    c = run("Futebol\n\nA Federação Paulista de Futebol marcou a final. O Conselho Regional de Medicina pediu "
            "exames aos atletas. A federação disse que a data não muda.", "pt")
    assert _speaker_of(c, "a data não muda") == "Federação Paulista de Futebol"


def test_pt_rebater_reports(run):
    """Portuguese (round 32): '"…", rebateu X' reports like "replicou"; the quote does not go on with the speaker of
    the sentence before."""
    a = run('Vacinas\n\nO deputado Rui Campos criticou a pasta. "Não é hora de culpados", rebateu a coordenadora do '
            'programa, Joana Fialho Reis.', "pt")
    assert _speaker_of(a, "Não é hora de culpados") == "Joana Fialho Reis"


def test_pt_title_of_a_body_with_its_acronym_then_the_name(run):
    """Portuguese (round 32): '"…", disse o presidente do Instituto X (IX), Fulano.' is Fulano, past the body's
    acronym in brackets; with no name after the acronym the body stays the speaker."""
    a = run('Dados\n\n"Os números não mentem", disse o presidente do Instituto Brasileiro de Museus (Ibram), '
            'Carlos Pedreira Lobo.', "pt")
    assert _speaker_of(a, "Os números não mentem") == "Carlos Pedreira Lobo"
    b = run('Dados\n\n"Os números não mentem", disse o presidente do Instituto Brasileiro de Museus (Ibram).', "pt")
    assert "Instituto Brasileiro de Museus" in _speaker_of(b, "Os números não mentem")


def test_pt_a_second_reporting_verb_after_e_keeps_the_sentence_subject(run):
    """Portuguese (round 32): "X estima que … e afirma que "…"" is X's twice, not the person named in the sentence
    before; a second verb with its own subject after "e" keeps that subject."""
    a = run('Saúde\n\nA aposentada Lúcia Prado Nunes esperava havia horas. Ela conta que a neta não foi vacinada. '
            'O Sindicato dos Médicos do Ceará culpa o governo. Em nota, o sindicato estima que faltam 300 médicos e '
            'afirma que "a carência de pediatras é antiga".', "pt")
    assert _speaker_of(a, "a carência de pediatras") == "Sindicato dos Médicos do Ceará"
    b = run('Saúde\n\nA aposentada Lúcia Prado Nunes esperava havia horas. O Sindicato dos Médicos do Ceará estima '
            'que faltam 300 médicos e a secretária Marta Lins Costa afirma que "a carência é antiga".', "pt")
    assert _speaker_of(b, "a carência é antiga") == "Marta Lins Costa"


def test_pt_a_name_in_the_titles_relative_clause_does_not_hold_the_title(run):
    """Portuguese (round 32): after '"…", afirmou o ministro, que viaja a Fortaleza', a later "O ministro anunciou"
    is the minister named before, not the city named in the relative clause on the title."""
    a = run('Surto\n\nO ministro da Saúde, Alexandre Padilha, visitou Brasília. "O vírus não espera", afirmou o '
            'ministro, que viaja a Fortaleza no sábado. A Organização Pan-Americana da Saúde informou que enviará '
            'técnicos a Fortaleza.\n\nO ministro anunciou ainda que o governo vai repassar R$ 18 milhões ao Ceará.',
            "pt")
    assert _speaker_of(a, "vai repassar R$ 18 milhões") == "Alexandre Padilha"


def test_pt_a_plural_group_with_its_genitive_opens_a_statement_and_one_of_them_points_back(run):
    """Portuguese (round 32): "Técnicos do ministério ouvidos pela reportagem dizem que …" is the unnamed group, not
    the body of its genitive, and '"…", disse um deles' is one of that group; "Dados do ministério mostram" is no
    group of people, and "um deles" with no group before is left as it was."""
    a = run('Surto\n\nTécnicos do ministério ouvidos pela reportagem dizem que a resposta foi lenta. "O alerta chegou '
            'em junho", disse um deles.', "pt")
    assert _speaker_of(a, "a resposta foi lenta") == "Técnicos do ministério"
    assert _speaker_of(a, "O alerta chegou") == "Técnicos do ministério"
    b = run("Votação\n\nInterlocutores do ministro afirmam que ele vai esperar a votação.", "pt")
    assert _speaker_of(b, "ele vai esperar") == "Interlocutores do ministro"
    c = run("Surto\n\nDados do ministério mostram que a resposta foi lenta.", "pt")
    assert _speaker_of(c, "a resposta foi lenta") != "Dados do ministério"
    d = run('Surto\n\nA ministra Ana Lopes visitou os feridos. "O alerta chegou tarde", disse um deles.', "pt")
    assert _speaker_of(d, "O alerta chegou tarde") != "Técnicos do ministério"


def test_pt_a_lobbyist_is_an_unnamed_speaker(run):
    """Portuguese (round 32): "Um lobista que representa …, e que pediu para não ter o nome publicado, disse …" is the
    lobbyist, and the quote and "Segundo ele" after go on with him."""
    a = run('Apostas\n\nO deputado Gil Moura Neves votou contra. Um lobista que representa duas operadoras, e que '
            'pediu para não ter o nome publicado, disse que o setor vai ao Senado. "Perdemos por falta de tempo", '
            'afirmou. Segundo ele, 15 senadores apoiam mudanças.', "pt")
    assert _speaker_of(a, "o setor vai ao Senado") == "lobista"
    assert _speaker_of(a, "Perdemos por falta de tempo") == "lobista"
    assert _speaker_of(a, "15 senadores apoiam") == "lobista"


def test_pt_confirmou_counts_a_bodys_figures(run):
    """Portuguese (round 32): "O Ministério X confirmou nesta quinta-feira 87 casos" is the ministry's claim; a
    confirmed visit with a count in it and no named body is no one's."""
    a = run("Surto\n\nO Ministério da Saúde confirmou nesta quinta-feira 87 casos de sarampo no Ceará.", "pt")
    assert [c.claimant for c in a.claims] == ["Ministério da Saúde"]
    b = run("Surto\n\nA polícia confirmou a visita de três deputados ao hospital ontem.", "pt")
    assert all(c.claimant is None for c in b.claims)


def test_pt_a_fronted_phrase_of_five_words_and_a_role_noun_before_a_colon(run):
    """Portuguese (round 32): 'Sobre os números da federação, o governante foi seco: "…"' is the minister named
    before ("o governante" a role noun pointing back, past a fronted phrase of five words)."""
    a = run('Greve\n\nO ministro Fernando Alves Costa falou em Coimbra. Sobre os números da federação, o governante '
            'foi seco: "Uma coisa são os números dos sindicatos, outra são os das escolas."', "pt")
    assert _speaker_of(a, "Uma coisa são os números") == "Fernando Alves Costa"


def test_pt_an_aside_after_the_outlet_told_keeps_the_complement(run):
    """Portuguese (round 32): "Fonte do gabinete do ministro admitiu ao Expresso, sob anonimato, que …" reports what
    follows "que" (the outlet told, then an aside between commas)."""
    a = run("Greve\n\nFonte do gabinete do ministro admitiu ao Expresso, sob anonimato, que a equipa está "
            "disponível para negociar.", "pt")
    assert _speaker_of(a, "a equipa está disponível") == "Fonte do gabinete do ministro"


def test_pt_a_bodys_name_drops_the_article_of_the_sentence(run):
    """Portuguese (round 32): "A Confederação Nacional da Indústria (CNI) afirmou que …" is "Confederação Nacional da
    Indústria (CNI)", without the sentence's article (nor the title line) the entities layer kept."""
    a = run("Juros\n\nA Confederação Nacional da Indústria (CNI) afirmou que os juros vão subir.", "pt")
    assert _speaker_of(a, "os juros vão subir") == "Confederação Nacional da Indústria (CNI)"


def test_pt_called_by_a_word_in_marks_before_the_object(run):
    """Portuguese (round 32): 'A vice-presidente …, Rosana Lemos, que chamou de "esmola" a proposta, …' gives the
    word in marks to her, as 'chamou a proposta de "…"' does."""
    a = run('Greve\n\nA reunião terminou sem acordo. A vice-presidente da entidade, Rosana Lemos, que chamou de '
            '"esmola" a proposta do governo, disse que a greve continua.', "pt")
    assert _speaker_of(a, "esmola") == "Rosana Lemos"


def test_ru_correspondent_told_before_the_speaker(run):
    """Russian: "сообщил корреспонденту ТАСС постоянный представитель … Дмитрий Поляков": the correspondent told and
    his outlet are no speaker; the person after them is."""
    a = run("Новости\n\nСмета не будет принята, сообщил корреспонденту ТАСС постоянный представитель РФ при ОБСЕ "
            "Игорь Веденеев.", "ru")
    assert _speaker_of(a, "Смета не будет принята") == "Игорь Веденеев"
    b = run("Новости\n\n«Смета не будет принята», — заявила корреспонденту РБК депутат Анна Рябова.", "ru")
    assert _speaker_of(b, "Смета не будет принята") == "Анна Рябова"


def test_ru_postpred_points_back_at_the_permanent_representative(run):
    """Russian: "Постпред добавил" is the person introduced as "постоянный представитель", not the word itself;
    with no permanent representative named before it stays the office."""
    a = run("Новости\n\nСмета не будет принята, заявил постоянный представитель России при ООН Игорь Веденеев. "
            "Постпред добавил, что поправки направлены.", "ru")
    assert _speaker_of(a, "поправки направлены") == "Игорь Веденеев"
    b = run("Новости\n\nПосол Игорь Веденеев прибыл в Женеву. Постпред добавил, что поправки направлены.", "ru")
    assert _speaker_of(b, "поправки направлены") == "Постпред"


def test_ru_po_slovam_sobesednika_is_the_source_named_before(run):
    """Russian: "По словам собеседника, …" points back at the unnamed source introduced before ("Источник в
    правительстве рассказал"), as "— пояснил собеседник" does; with none before, the word itself."""
    a = run("Новости\n\nИсточник в областном правительстве рассказал нашему изданию, что вопрос обсуждали в мае. "
            "По словам собеседника, тогда решили подождать.", "ru")
    assert _speaker_of(a, "тогда решили подождать").lower() == "источник"
    b = run("Новости\n\nПо словам собеседника, тогда решили подождать.", "ru")
    assert _speaker_of(b, "тогда решили подождать") == "собеседника"


def test_ru_nachalnik_is_a_title(run):
    """Russian: "начальник" is a title, so "Как пояснил начальник городского управления транспорта Роман Шевелев,"
    reaches the name past four words of title and genitives, and "— считает чиновник" points back at him."""
    a = run("Новости\n\nКак пояснил начальник городского управления транспорта Олег Прудников, доходы составили "
            "214 млн рублей. «Все деньги идут на дороги», — считает чиновник.", "ru")
    assert _speaker_of(a, "доходы составили") == "Олег Прудников"
    assert _speaker_of(a, "Все деньги идут") == "Олег Прудников"


def test_ru_minister_with_a_portfolio_is_not_another_minister(run):
    """Russian: "Министр сельского хозяйства заявил" / "Министр обороны заявил" after another minister was named
    ("Министр финансов Антон Силуанов") is that office with no name, not the last minister; the holder introduced
    before with the same portfolio still is the speaker, and a deputy of that portfolio is not."""
    a = run("Новости\n\nМинистр финансов Антон Силуанов выступил в Думе. Министр сельского хозяйства заявил, что "
            "цены регулировать не будут.", "ru")
    assert _speaker_of(a, "цены регулировать") == "Министр сельского хозяйства"
    b = run("Новости\n\nМинистр финансов Антон Силуанов выступил в Думе. Министр обороны заявил, что выпуск вырос.",
            "ru")
    assert _speaker_of(b, "выпуск вырос") == "Министр обороны"
    c = run("Новости\n\nМинистр сельского хозяйства Оксана Лут прибыла в Тверь. Министр финансов Антон Силуанов "
            "выступил в Думе. Министр сельского хозяйства заявила, что цены регулировать не будут.", "ru")
    assert _speaker_of(c, "цены регулировать") == "Оксана Лут"
    d = run("Новости\n\nЗаместитель министра сельского хозяйства Елена Фастова выступила на форуме. Министр "
            "сельского хозяйства заявил, что цены регулировать не будут.", "ru")
    assert _speaker_of(d, "цены регулировать") == "Министр сельского хозяйства"
    e = run("Новости\n\nМинистр финансов Антон Силуанов выступил в Думе. Министр заявил, что бюджет сбалансирован.",
            "ru")
    assert _speaker_of(e, "бюджет сбалансирован") == "Антон Силуанов"


def test_ru_schitayut_v_body_after_the_statement(run):
    """Russian: "X — Y, считают в Национальном союзе …": after the statement's comma, "считают в …" names where the
    opinion is held (the body), not an object of the verb; "Эксперты считают в целом ситуацию управляемой" still has
    its object."""
    a = run("Новости\n\nГлавная причина — нехватка кормов, считают в Национальном союзе птицеводов.", "ru")
    assert "союз" in _speaker_of(a, "Главная причина").lower()
    b = run("Новости\n\nЭксперты считают в целом ситуацию управляемой.", "ru")
    assert _speaker_of(b, "ситуацию управляемой") == "Эксперты"


def test_ru_vedomstvo_with_an_outlet_before_the_verb(run):
    """Russian: "В ведомстве РБК сообщили, что …": the outlet told between the body that points back and the verb is
    no part of the body; "ведомство" is the service that opened a sentence of the paragraph by its adjectives and
    noun ("Федеральная антимонопольная служба запросила …"), or the body named before."""
    a = run("Новости\n\nФедеральная налоговая служба в мае запросила у банков данные. В ведомстве РБК сообщили, что "
            "проверка продолжается.", "ru")
    assert _speaker_of(a, "проверка продолжается") == "Федеральная налоговая служба"
    b = run("Новости\n\nМинфин в мае запросил у банков данные. В ведомстве ТАСС сообщили, что проверка "
            "продолжается.", "ru")
    assert _speaker_of(b, "проверка продолжается") == "Минфин"


def test_ru_regulyator_is_the_central_bank_named_before(run):
    """Russian: "Регулятор при этом отмечает, что …" after "Банк России" (which the entities layer may see only as
    "России") is the central bank, not an outlet named since; with no central bank named, the body named before."""
    a = run("Новости\n\nБанк России пока не видит угрозы, сообщили РБК. Регулятор при этом отмечает, что ожидания "
            "выросли.", "ru")
    assert _speaker_of(a, "ожидания выросли") == "Банк России"
    b = run("Новости\n\nРосавиация опубликовала данные. По данным регулятора, число рейсов выросло на 5%.", "ru")
    assert _speaker_of(b, "число рейсов") == "Росавиация"


def test_ru_estimator_past_an_acronym_and_a_participle_aside(run):
    """Russian: "Аналитики ЦМАКП в обзоре, вышедшем в пятницу, оценили вклад … в 0,15 п.п.": a participle's aside
    between commas and a body's acronym in brackets do not hide the subject of the estimating verb; an aside that is
    no participle ("Аналитики, как и год назад, оценили") still does."""
    a = run("Новости\n\nАналитики ИНП РАН в докладе, опубликованном во вторник, оценили рост ВВП в 1,1%.", "ru")
    assert [c.claimant for c in a.claims if "1,1%" in c.span.text] == ["Аналитики ИНП РАН"]
    b = run("Новости\n\nЭкономисты Высшей школы экономики (ВШЭ) оценили рост ВВП в 1,1%.", "ru")
    assert [c.claimant for c in b.claims if "1,1%" in c.span.text] != [None]
    c = run("Новости\n\nАналитики, как и год назад, оценили рост ВВП в 1,1%.", "ru")
    assert [c_.claimant for c_ in c.claims if "1,1%" in c_.span.text] == [None]


def test_ru_vladelets_is_a_title(run):
    """Russian: "владелец" is a title, so "— говорит владелец молочной фермы в Вологодской области Игорь Сотников"
    reaches the name past the farm and the region."""
    a = run("Новости\n\n«Корма подорожали еще весной, — говорит владелец молочной фермы в Тверской области Игорь "
            "Мохов. — До фермы деньги доходят последними».", "ru")
    assert _speaker_of(a, "Корма подорожали") == "Игорь Мохов"


def test_ru_dash_interview_after_a_nominative_subject_paragraph(run):
    """Russian: a one-sentence paragraph whose subject is the one person it names, in the nominative ("Руководитель
    центра «Агрополис» Наталья Шубина с этим согласна, но … не ждет."), then a question-and-answer block with no
    answer attributed: the answers are hers, the questions no one's. A paragraph naming two people gives none."""
    text = ("Новости\n\nРуководитель центра «Агрополис» Наталья Шубина с этим согласна, но быстрого снижения не "
            "ждет.\n\n— Когда сыр подешевеет?\n\n— Не раньше весны, когда молока станет больше.\n\n— А если не "
            "подешевеет?\n\n— Тогда вопрос уже не к рынку, а к государству.")
    a = run(text, "ru")
    assert _speaker_of(a, "Не раньше весны") == "Наталья Шубина"
    assert _speaker_of(a, "Тогда вопрос") == "Наталья Шубина"
    assert _speaker_of(a, "А если не подешевеет") is None
    b = run(text.replace("с этим согласна", "и Ольга Рябова с этим согласны"), "ru")
    assert _speaker_of(b, "Не раньше весны") is None


def test_ru_sobesednik_agentstva_is_the_source_noted_before(run):
    """Russian: "— пояснил собеседник агентства." is the unnamed source noted before ("Как рассказал ТАСС источник в
    одной из делегаций, …"), not a country named since in a short quote ("без России по формуле «…»")."""
    a = run("Новости\n\nКак рассказал ТАСС источник в одной из европейских делегаций, ряд стран предлагал принять "
            "смету без России по формуле «консенсус минус один», однако от идеи отказались. «Юристы объяснили, что "
            "правила такого не допускают», — пояснил собеседник агентства.", "ru")
    assert _speaker_of(a, "Юристы объяснили").lower() == "источник"


def test_ru_privela_ona_dannye_after_the_figures(run):
    """Russian: "…, на 3,2% больше, чем годом ранее, привела она данные ведомства.": the figures are given by the person
    the pronoun points back at (the gender of the pronoun chooses between a man and a woman named before)."""
    a = run("Новости\n\nЗамминистра Елена Корнилова и депутат Игорь Лаптев выступили на форуме. Выпуск сыра составил "
            "98 тыс. т, на 2,1% больше, чем годом ранее, привела она данные ведомства.", "ru")
    assert _speaker_of(a, "Выпуск сыра") == "Елена Корнилова"
    assert [c.claimant for c in a.claims if "98 тыс" in c.span.text] == ["Елена Корнилова"]


def test_ru_po_ih_mneniyu_after_a_plural_role_and_body_opening_the_sentence_before(run):
    """Russian: "Аналитики Института … (ИНП) в докладе оценили … . Пик, по их мнению, пройден": "их" is the people of
    the body who opened the sentence before as its subject, not the body that spoke last; with a sentence before that
    opens otherwise, the last speaker that is no person, as before."""
    a = run("Новости\n\nВ Банке России заявили, что ожидания растут. Аналитики Института народнохозяйственного "
            "прогнозирования (ИНП) в докладе оценили вклад бензина в инфляцию в 0,2 п.п. Пик, по их мнению, уже "
            "пройден и цены начнут снижаться.", "ru")
    assert "(ИНП)" in _speaker_of(a, "уже пройден")
    b = run("Новости\n\nВ Банке России заявили, что ожидания растут. Бензин подорожал на 2%. Пик, по их мнению, уже "
            "пройден и цены начнут снижаться.", "ru")
    assert "(ИНП)" not in (_speaker_of(b, "уже пройден") or "")


def test_ru_zashchitnitsa_is_the_lawyer_named_before(run):
    """Russian: "— подчеркнула защитница." is the one introduced as "адвокат", not a woman named since (inside the
    quote too); "защитница" is a woman, not a man introduced as "адвокат" before her."""
    a = run("Новости\n\nАдвокат обвиняемой Ирина Соколова обжалует приговор. По ее словам, суд не выслушал "
            "свидетелей.\n\n«Ни один свидетель не видел, как Мария Андреевна писала эти посты. Мы докажем это в "
            "апелляции», — подчеркнула защитница.", "ru")
    assert _speaker_of(a, "Ни один свидетель") == "Ирина Соколова"
    b = run("Новости\n\nАдвокат потерпевшего Олег Смирнов потребовал реального срока. Защиту обвиняемой "
            "представляет Анна Лебедева.\n\n«Мы докажем это в апелляции», — подчеркнула защитница.", "ru")
    assert "Смирнов" not in (_speaker_of(b, "Мы докажем") or "")


def test_ru_role_from_one_of_many_is_unnamed(run):
    """Russian: "Дипломат из одной из прикаспийских стран, пожелавший остаться неназванным, рассказал, что …" is an
    unnamed diplomat, not the person named before, and "— считает собеседник агентства" points back at him; a named
    diplomat ("Дипломат Олег Рыбин рассказал") is still that person."""
    a = run("Новости\n\nОфициальный представитель МИД Мария Захарова назвала заявление провокацией. Дипломат из одной "
            "из соседних стран, пожелавший остаться неназванным, рассказал агентству, что переговоры зашли в тупик. "
            "«Никто не хочет уступать», — считает собеседник агентства.", "ru")
    assert _speaker_of(a, "переговоры зашли") == "Дипломат"
    assert _speaker_of(a, "Никто не хочет") == "Дипломат"
    b = run("Новости\n\nДипломат Олег Рыбин рассказал агентству, что переговоры зашли в тупик.", "ru")
    assert _speaker_of(b, "переговоры зашли") == "Олег Рыбин"


def test_ru_dash_interview_answer_with_its_own_ya(run):
    """Russian: "— … Я уверен, что к весне мы найдем компромисс." in a dash interview after a one-sentence paragraph
    where the named person says something: the answer's "Я" is the one who answers, and the whole answer is that
    person's."""
    a = run("Новости\n\nГлава МИД Олег Рыбин подчеркнул, что страна остается нейтральной.\n\n— Вы будете участвовать в "
            "фонде?\n\n— Мы готовы рассматривать любые проекты.\n\n— А квоты?\n\n— Это вопрос экономики. Я уверен, "
            "что к весне мы найдем компромисс.", "ru")
    assert _speaker_of(a, "Мы готовы") == "Олег Рыбин"
    assert _speaker_of(a, "к весне мы найдем") == "Олег Рыбин"


def test_ru_dash_before_eto_is_no_attribution(run):
    """Russian: "— Главный риск — это запасы в США." is one answer (the dash before "это" is a copula), not "Главный
    риск" closed by an attribution; a dash before a reporting verb still closes the speech."""
    a = run("Новости\n\nПартнер компании Мария Белова называет решение ожидаемым.\n\n— Каких рисков вы ждете?\n\n— "
            "Главный риск — это запасы в США. Если они вырастут, цены упадут.\n\n— А компании?\n\n— Запас прочности у "
            "них есть.", "ru")
    assert _speaker_of(a, "это запасы в США") == "Мария Белова"
    b = run("Новости\n\n— Главный риск в запасах, — сказала Мария Белова.", "ru")
    assert _speaker_of(b, "Главный риск") == "Мария Белова"


def test_ru_national_title_skips_a_holder_of_another_country(run):
    """Russian: "Российский президент сообщил" after "Президент Казахстана Касым-Жомарт Токаев" is not Tokayev
    (introduced with another country) but the president named with no title before; "Казахстанский президент" is
    still Tokayev, "белорусский президент" still Lukashenko ("Президент Беларуси")."""
    a = run("Новости\n\nПрезидент Казахстана Касым-Жомарт Токаев заявил, что грузооборот растет. Владимир Путин "
            "предложил создать общий фонд. Российский президент сообщил, что Россия внесет в фонд 15 млрд рублей.",
            "ru")
    assert _speaker_of(a, "Россия внесет") == "Владимир Путин"
    b = run("Новости\n\nПрезидент Казахстана Касым-Жомарт Токаев заявил, что грузооборот растет. Владимир Путин "
            "предложил создать общий фонд. Казахстанский президент сообщил, что страна внесет в фонд 15 млрд рублей.",
            "ru")
    assert _speaker_of(b, "страна внесет") == "Касым-Жомарт Токаев"
    c = run("Новости\n\nПрезидент Беларуси Александр Лукашенко заявил, что санкции не сломят страну. Владимир Путин "
            "предложил создать общий фонд. Кроме того, белорусский президент отметил, что рынок открыт.", "ru")
    assert _speaker_of(c, "рынок открыт") == "Александр Лукашенко"  # (an adjective spelt otherwise: "бело-"/"бела-")


def test_ru_country_title_after_another_countrys_holder_spoke(run):
    """Russian: "Президент Ирана заявил" right after Putin spoke as "Российский президент" is the office with no name
    (not Putin, nor Kazakhstan's president named before); with Iran's president named before by that title, it is he."""
    a = run("Новости\n\nПрезидент Казахстана Касым-Жомарт Токаев заявил, что грузооборот растет. Владимир Путин "
            "предложил создать общий фонд. Российский президент сообщил, что Россия внесет в фонд 15 млрд рублей. "
            "Президент Ирана заявил, что Тегеран поддерживает идею фонда.", "ru")
    assert _speaker_of(a, "Тегеран поддерживает") == "Президент Ирана"
    b = run("Новости\n\nПрезидент Ирана Масуд Пезешкиан прибыл на саммит. Владимир Путин выступил первым. Российский "
            "президент сообщил, что Россия внесет в фонд 15 млрд рублей. Президент Ирана заявил, что Тегеран "
            "поддерживает идею фонда.", "ru")
    assert _speaker_of(b, "Тегеран поддерживает") == "Масуд Пезешкиан"


def test_ru_odin_iz_nih_is_one_of_the_unnamed_sources(run):
    """Russian: "…, говорят два собеседника «Ведомостей» в отрасли. Один из них рассказал, что …" is one of those
    unnamed sources, not the body named before; with no unnamed source noted, no "собеседник" is made up."""
    a = run("Новости\n\nСтраны ОПЕК+ сохранили квоты. «Роснефть» переживает это болезненнее конкурентов, говорят два "
            "собеседника «Ведомостей» в отрасли. Один из них рассказал, что компания сократила отгрузки.", "ru")
    assert "собеседник" in _speaker_of(a, "компания сократила").lower()
    b = run("Новости\n\nСтраны ОПЕК+ сохранили квоты. Аналитики Олег Рыбин и Анна Лебедева обсудили решение. Один из "
            "них рассказал, что компания сократила отгрузки.", "ru")
    assert "собеседник" not in (_speaker_of(b, "компания сократила") or "").lower()


def test_pt_sinalizou_que_reports(run):
    """Portuguese: "sinalizou que" reports; after "e" with no subject of its own it is said by the sentence's first
    speaker ("o conselho afirmou que … e sinalizou que …")."""
    a = run("Notícia\n\nEm nota, a Agência Nacional de Águas afirmou que \"os reservatórios estão baixos\" e sinalizou "
            "que poderá decretar racionamento em março.", "pt")
    assert "Agência Nacional de Águas" in _speaker_of(a, "poderá decretar racionamento")


def test_pt_dash_dialogue_opened_by_a_statement(run):
    """Portuguese: a dash block that opens with a statement and alternates it with the reporter's short questions,
    after a paragraph that ends on a named person's reported statement, is that person's (the questions stay
    unattributed); after a paragraph that ends on no one's statement the block stays unattributed."""
    a = run("Notícia\n\nA feira abriu cedo. O pescador Joaquim Bastos, de 61 anos, contou que perdeu metade da "
            "rede no temporal.\n\n— Foi tudo numa noite. O mar levou as boias e metade das redes.\n\n— O senhor pediu "
            "apoio?\n\n— Pedi, mas ninguém respondeu até hoje.", "pt")
    assert _speaker_of(a, "Foi tudo numa noite") == "Joaquim Bastos"
    assert _speaker_of(a, "Pedi, mas ninguém") == "Joaquim Bastos"
    assert _speaker_of(a, "O senhor pediu") is None
    b = run("Notícia\n\nO pescador Joaquim Bastos, de 61 anos, contou que perdeu metade da rede. A feira abriu cedo "
            "e estava cheia.\n\n— Foi tudo numa noite. O mar levou as boias.\n\n— O senhor pediu apoio?\n\n— Pedi, "
            "mas ninguém respondeu até hoje.", "pt")
    assert _speaker_of(b, "Foi tudo numa noite") is None


def test_pt_one_of_a_trade_after_the_closing_verb(run):
    """Portuguese: '"…", explicou um diplomata de um país do Norte da Europa': one of a trade with "um/uma" right
    after the verb, then a genitive that names nothing either ("de um país da América do Sul"), is the unnamed
    speaker, not the place of the genitive (a named body's genitive stays the speaker); "Segundo a mesma fonte" after a
    group named before ("Fontes diplomáticas … admitem") is that one; with no such speaker the group, as before."""
    a = run("Notícia\n\nFontes diplomáticas ouvidas em Bruxelas admitem que o acordo está atrasado. \"Há governos que "
            "querem adiar tudo\", explicou uma diplomata de um país da América do Sul. Segundo a mesma fonte, a "
            "votação deverá ficar para março.", "pt")
    assert _speaker_of(a, "Há governos que") == "diplomata"
    assert _speaker_of(a, "a votação deverá ficar") == "diplomata"
    c = run("Notícia\n\n\"Há governos que querem adiar tudo\", explicou uma diplomata da Embaixada da Polónia.", "pt")
    assert "Embaixada" in _speaker_of(c, "Há governos que")
    b = run("Notícia\n\nFontes diplomáticas ouvidas em Bruxelas admitem que o acordo está atrasado. Segundo a mesma "
            "fonte, a votação deverá ficar para março.", "pt")
    assert _speaker_of(b, "a votação deverá ficar") != "diplomata"


def test_pt_para_quem_clause_after_a_closing_attribution(run):
    """Portuguese: '"…", disse à rádio o geógrafo, para quem as cheias …': the clause after "para quem" that ends the
    quote's sentence is the same speaker's reported view; with no ", para quem" no statement is made of the rest."""
    a = run("Notícia\n\nA geógrafa Helena Prates Lobo estuda o rio há vinte anos. \"Construímos onde a água sempre "
            "passou\", disse à rádio a geógrafa, para quem as cheias de 2025 custaram 1.400 casas à região.", "pt")
    assert _speaker_of(a, "as cheias de 2025 custaram") == "Helena Prates Lobo"
    b = run("Notícia\n\nA geógrafa Helena Prates Lobo estuda o rio há vinte anos. \"Construímos onde a água sempre "
            "passou\", disse à rádio a geógrafa, enquanto as cheias de 2025 custaram 1.400 casas à região.", "pt")
    assert not [q for q in b.quotes if "as cheias de 2025 custaram" in q.content.text and q.cue == "para quem"]


def test_pt_second_e_que_clause_quote_has_the_first_speaker(run):
    """Portuguese: 'afirmou a vereadores, na saída de …, que o plano "está atrasado" e que a obra "vai custar o dobro"':
    a quote in a second "e que" clause of the same verb is the first quote's speaker's; a quote after "e" and another
    subject with no "que" stays without one."""
    a = run("Notícia\n\nO prefeito Rui Antunes Veloso afirmou a vereadores, na saída de uma audiência na Câmara "
            "Municipal, que o plano \"está atrasado dois anos\" e que a obra \"vai custar o dobro do previsto\".", "pt")
    assert _speaker_of(a, "vai custar o dobro") == "Rui Antunes Veloso"
    b = run("Notícia\n\nO prefeito Rui Antunes Veloso afirmou a vereadores, na saída de uma audiência na Câmara "
            "Municipal, que o plano \"está atrasado dois anos\" e a oposição \"vai pedir uma auditoria\".", "pt")
    assert _speaker_of(b, "vai pedir uma auditoria") is None


def test_pt_considerou_words_in_marks_then_the_object(run):
    """Portuguese: 'considerou "encorajador" o compromisso': a verb of judging right before words in marks and its
    object after them is the subject's judgement; "O antigo <title> <adjective>" is the one named last, not whoever
    holds the title."""
    a = run("Notícia\n\nO primeiro-ministro Artur Menezes Vilar falou na sexta-feira. Em Genebra, o alto-comissário "
            "Samuel Okafor Bright pediu mais verbas. O antigo ministro nigeriano considerou \"insuficiente\" o apoio "
            "europeu aos refugiados.", "pt")
    assert _speaker_of(a, "insuficiente") == "Samuel Okafor Bright"
    b = run("Notícia\n\nA ministra Carla Bento Faria considerou \"inaceitável\" o atraso das obras no hospital.", "pt")
    assert _speaker_of(b, "inaceitável") == "Carla Bento Faria"


def test_pt_counting_verb_past_a_relative_aside(run):
    """Portuguese: "A associação Mar Limpo, que recolhe lixo nas praias do Algarve, contabilizou 14 toneladas": a
    relative clause between commas after the subject is no part of it, so the body counts the figure; a subject
    with another kind of aside between commas ("A associação, segundo o jornal, …") is left as before."""
    a = run("Notícia\n\nA associação Mar Limpo, que recolhe lixo nas praias do Algarve, contabilizou 14 toneladas de "
            "plástico em agosto.", "pt")
    assert [c.claimant for c in a.claims if "14 toneladas" in c.span.text] == ["Mar Limpo"]
    b = run("Notícia\n\nA associação Mar Limpo, segundo o jornal regional, contabilizou 14 toneladas de plástico em "
            "agosto.", "pt")
    assert [c.claimant for c in b.claims if "14 toneladas" in c.span.text] != ["Mar Limpo"]


def test_pt_para_a_long_title_then_a_name_in_apposition(run):
    """Portuguese: "Para o diretor do Centro de Estudos de Segurança Pública da Universidade do Minho, Tiago Leal
    Correia, o aumento …": a lower-case title with its body's long name (up to fourteen words), then a name of two
    words or more between commas, opens the source; with no name after the comma the long phrase opens none."""
    a = run("Notícia\n\nPara o diretor do Centro de Estudos de Segurança Pública da Universidade do Minho, Tiago Leal "
            "Correia, o aumento dos furtos nas aldeias explica-se pelo abandono das escolas.", "pt")
    assert _speaker_of(a, "o aumento dos furtos") == "Tiago Leal Correia"
    b = run("Notícia\n\nPara o diretor do Centro de Estudos de Segurança Pública da Universidade do Minho, o aumento "
            "dos furtos nas aldeias explica-se pelo abandono das escolas.", "pt")
    assert not [q for q in b.quotes if "o aumento dos furtos" in q.content.text]


def test_pt_para_one_of_a_trade_de_um_is_someone_new(run):
    """Portuguese: "Para o economista de uma gestora de Lisboa, que pediu anonimato, …": one of a trade "de um/uma"
    something unnamed is a new, unnamed source, not the last economist named (the relative aside is no part of the
    statement); "Para o economista, …" still points back at the one named before."""
    a = run("Notícia\n\nO economista Vasco Matias Rolo falou ontem. Para o economista de uma gestora de Lisboa, que "
            "pediu anonimato, a subida das taxas vai travar o crédito à habitação.", "pt")
    assert _speaker_of(a, "a subida das taxas") == "economista"
    b = run("Notícia\n\nO economista Vasco Matias Rolo falou ontem. Para o economista, a subida das taxas vai travar "
            "o crédito à habitação.", "pt")
    assert _speaker_of(b, "a subida das taxas") == "Vasco Matias Rolo"


def test_body_named_last_stays_linear_in_a_flood_of_quotes(monkeypatch):
    """Review40: "o conselho" (a body's noun since round 32) asks for the body named last before it, which asked
    every speaker before whether it is a person (over every mention of its entity) and every mention whether it is in
    any quote: cubic in a text of thousands of quotes (12.7 s at 10,000 characters, over 250 s at 200,000). Each
    speaker and each mention is now asked once per article: four times the text is about four times the work, and
    the speakers read the same."""
    from narrascope.analysers import reported

    sentence = ('Em nota, o conselho estima que a safra caia e afirma que "o clima ajudou pouco". '
                "A Confederação Nacional da Indústria (CNI) afirmou que vai recorrer. ")
    work = {"titled": 0, "quote spans": 0}

    class Counted(list):
        def __iter__(self):
            work["quote spans"] += 1
            return super().__iter__()

    init, titled = reported.Resolver.__init__, reported.Resolver._titled

    def counted_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.quote_spans = Counted(self.quote_spans)

    def counted_titled(self, *args, **kwargs):
        work["titled"] += 1
        return titled(self, *args, **kwargs)

    monkeypatch.setattr(reported.Resolver, "__init__", counted_init)
    monkeypatch.setattr(reported.Resolver, "_titled", counted_titled)
    pipeline = Pipeline(["spacy", "entities", "quotes"])
    seen, read = [], []
    for n in (8, 32):
        article = parse_text("Safra\n\n" + sentence * n)
        article.language = "pt"
        before = dict(work)
        quotes = pipeline(article).quotes
        seen.append({k: work[k] - before[k] for k in work})
        assert len([q for q in quotes if "clima ajudou" in q.content.text]) == n
        read.append({(q.content.text, q.speaker, q.cue) for q in quotes})
    assert read[0] == read[1]
    for k in work:
        assert seen[1][k] <= 6 * max(seen[0][k], 1), (k, seen)


def test_ru_countries_a_title_introduced_are_read_once_per_person(run, monkeypatch):
    """Russian: a bare national title ("Российский президент сообщил") asks, for every mention before it, which
    countries that person was introduced with; read afresh each time, a long article of such sentences took minutes
    (20 KB: 151 s; review41). The morphological look-ups it makes grow with the article, not with its square."""
    from narrascope.analysers import reported

    real = reported._morph()
    calls = []

    class Counting:
        def parse(self, word):
            calls.append(word)
            return real.parse(word)

        def __getattr__(self, name):
            return getattr(real, name)

    monkeypatch.setattr(reported, "_morph", lambda: Counting())
    body = ("Президент Казахстана Касым-Жомарт Токаев заявил, что грузооборот растет. Российский президент сообщил, "
            "что Россия внесет 15 млрд рублей. ")
    counts = []
    for n in (10, 20):
        calls.clear()
        a = run("Новости\n\n" + body * n, "ru")
        assert len([q for q in a.quotes if "Россия внесет" in q.content.text]) == n
        counts.append(len(calls))
    assert counts[1] < 3 * counts[0], counts


def test_ru_national_title_skips_another_countrys_holder_with_no_one_else_named(run):
    """Russian: "Российский президент сообщил" right after "Президент Казахстана Касым-Жомарт Токаев" spoke, with no
    other president named, is not Tokayev either (the last speaker who may hold the title was taken regardless of the
    country; review41); "Казахстанский президент" and a bare "Президент" still are he."""
    lead = "Новости\n\nПрезидент Казахстана Касым-Жомарт Токаев заявил, что грузооборот растет. "
    a = run(lead + "Российский президент сообщил, что Россия внесет в фонд 15 млрд рублей.", "ru")
    assert _speaker_of(a, "Россия внесет") != "Касым-Жомарт Токаев"
    # must stay Tokayev
    b = run(lead + "Казахстанский президент сообщил, что страна внесет в фонд 15 млрд рублей.", "ru")
    assert _speaker_of(b, "страна внесет") == "Касым-Жомарт Токаев"
    c = run(lead + "Президент сообщил, что страна внесет в фонд 15 млрд рублей.", "ru")
    assert _speaker_of(c, "страна внесет") == "Касым-Жомарт Токаев"
    # "Президент РФ" is the Russian president ("российский"; the adjective and "РФ" share no letters)
    d = run("Новости\n\nПрезидент РФ Владимир Путин заявил, что грузооборот растет. Премьер Казахстана Олжас Бектенов "
            "выступил. Российский президент сообщил, что Россия внесет в фонд 15 млрд рублей.", "ru")
    assert _speaker_of(d, "Россия внесет") == "Владимир Путин"


def test_ru_case_forms_of_unknown_names():
    from narrascope.analysers.multilingual_names import lemma_key, ru_known_form, ru_single_form

    assert ru_known_form(["борреля"], {"боррель": "жозеп боррель"}, {}) == ["боррель"]  # soft stem
    assert ru_known_form(["риш", "сунака"], {}, {"риши сунак": "person"}) == ["риши", "сунак"]
    assert ru_known_form(["алексей", "порошенко"], {}, {"пётр порошенко": "person"}) == ["алексей", "порошенко"]
    assert ru_single_form("орбана", {"орбан", "орбана"}) == "орбан"
    assert ru_single_form("орбан", {"орбан", "орбана"}) == "орбан"
    assert ru_single_form("мира", {"мир", "мира"}) == "мир" and ru_single_form("мира", {"мира"}) == "мира"
    assert lemma_key("барт де вевер", "ru") == "барт де вевер"  # no guessed plural "вевера"
    assert lemma_key("юрий содоль", "ru") == "юрий содоль"
    assert lemma_key("аль", "ru") == "аль"
    assert lemma_key("искандерами", "ru") == "искандер"
    assert lemma_key("сергея лаврова", "ru") == "сергей лавров"


def test_ru_woman_named_like_a_mans_genitive_stays_apart():
    """A woman's name in the nominative that reads like a man's genitive ("Валентина Иванова" of "Валентин Иванов")
    is another person, not a case form of his name (review of stop 43: the case-form merge joined them); a man's
    genitive whose first name is no woman's still joins ("Даниила Медведева")."""
    import re

    from narrascope.analysers.entities import group_mentions

    def people(text: str, names: list[str]) -> list[list[str]]:
        raw = sorted((m.start(), m.end(), m.group(0), "PERSON")
                     for m in re.finditer("|".join(map(re.escape, names)), text))
        return sorted(sorted(m.text for m in e.mentions) for e in group_mentions(raw, text, "ru"))

    for woman, man in (("Валентина Иванова", "Валентин Иванов"), ("Александра Суслина", "Александр Суслин"),
                       ("Симона Петрова", "Симон Петров")):
        assert people(f"{woman} заявила журналистам. {man} ответил ей.", [woman, man]) == [[man], [woman]]
    assert people("Даниил Медведев выиграл. Даниила Медведева поздравили.", ["Даниила Медведева", "Даниил Медведев"]) \
        == [["Даниил Медведев", "Даниила Медведева"]]
    # ("Никола" reads as a woman's nominative, but a woman would be "Никола Пашинян": "Пашиняна" is his genitive)
    assert people("Никол Пашинян прибыл. Слова Никола Пашиняна процитировали.", ["Никола Пашиняна", "Никол Пашинян"]) \
        == [["Никол Пашинян", "Никола Пашиняна"]]


def test_pt_previous_speaker_reads_a_first_name_a_fronted_phrase_opens_after_an_earlier_look_back():
    """A first name the names layer left out ("Ana" of "Costa") opens its sentence once subject parsing has found a
    fronted phrase before it ("Em declarações à Lusa, Ana Costa, …"): a pronoun after that points back at her, however
    many look-backs came before (review of stop 43: the look-back's per-article memo kept the first answer, "no
    first name left out", so "afirmou ela" found no one after an earlier "disse ele")."""
    from narrascope.analysers.reported import Resolver
    from narrascope.lang import lexicon
    from narrascope.schema import Entity, Mention

    text = ("Notícia\n\nO governo reuniu-se ontem e o ministro falou. «Vamos continuar o trabalho todo», disse ele.\n"
            "Em declarações à Lusa, Ana Costa, de 58 anos, considerou que a situação é grave. "
            "«Estamos muito preocupados com tudo», afirmou ela.")
    s = text.index("Costa")

    def resolver() -> Resolver:
        costa = Entity(id="e1", name="Costa", type="NAME",
                       mentions=[Mention(start=s, end=s + 5, text="Costa", label="NAME")])
        return Resolver(text, lexicon("pt"), [costa])

    looked, fresh = resolver(), resolver()
    assert looked.previous_speaker(text.index("disse ele"), "m") is None
    for res in (looked, fresh):
        res._fronted.add(text.index("Ana Costa"))  # as the subject parse of the fronted sentence records it
    got = [res.previous_speaker(text.index("afirmou ela"), "f") for res in (looked, fresh)]
    assert [(sp.name, sp.span.text) if sp else None for sp in got] == [("Costa", "Ana Costa")] * 2


def test_ru_single_woman_name_stays_apart_from_a_mans():
    """A one-word name that is a woman's ("Марина", a first name that is only a woman's in the nominative; "Сиротина",
    a woman's surname ending) is no case form of a man's one-word name of the article ("Марин", "Сиротин"), though
    his genitive is written alike (review of stop 43: the one-word case-form merge joined them); an unknown surname
    in the genitive still joins ("Гарбана" of "Гарбан")."""
    import re

    from narrascope.analysers.entities import group_mentions
    from narrascope.analysers.multilingual_names import ru_single_form

    def people(text: str, names: list[str]) -> list[list[str]]:
        raw = sorted((m.start(), m.end(), m.group(0), "PERSON")
                     for m in re.finditer(r"(?<!\w)(?:" + "|".join(names) + r")(?!\w)", text))
        return sorted(sorted(m.text for m in e.mentions) for e in group_mentions(raw, text, "ru"))

    for man, woman in (("Марин", "Марина"), ("Валентин", "Валентина"), ("Сиротин", "Сиротина")):
        assert people(f"{man} сказал. {woman} ответила.", [man, woman]) == [[man], [woman]]
        assert ru_single_form(woman.lower(), {man.lower(), woman.lower()}) == woman.lower()
    assert people("Документ подписал Гарбан. Позицию Гарбана поддержали.", ["Гарбан", "Гарбана"]) \
        == [["Гарбан", "Гарбана"]]
