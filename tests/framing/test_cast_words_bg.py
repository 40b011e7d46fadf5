"""Bulgarian cast evidence of branch bg-cast42 (``cast_evidence._bg_items``, ``_bg_more_before``,
``_bg_beyond_comma``, the ``CAST_*`` words of ``narrascope/lang/bg.py``): each new kind of item fires on a sentence
that says it and gives nothing when the sentence denies it, asks it, puts it under a condition or says it of
someone else. The sentences are written for these tests."""
from narrascope.models.cast_evidence import lexical_evidence

NONE = ((), (), ())


def _bg(text: str, name: str):
    """The (hero, villain, victim) items of the first ``name`` in ``text``."""
    i = text.index(name)
    return lexical_evidence(text, i, i + len(name), (), "bg")


def test_harm_verbs_and_passives_widened():
    assert _bg("Режимът застреля протестиращите на площада.", "Режимът")[1] == ("does “застреля”",)
    assert _bg("Армията стреля по Харков цяла нощ.", "Харков")[2] == ("suffers “стреля”",)
    assert _bg("Хунтата изгони опозицията от страната.", "Хунтата")[1] == ("does “изгони”",)
    assert _bg("Хунтата не изгони опозицията.", "Хунтата") == NONE
    assert _bg("Журналистът беше застрелян пред дома си.", "Журналистът")[2] == ("suffers “застрелян”",)
    assert _bg("Градът беше превзет от Вагнер.", "Вагнер")[1] == ("does “превзет от”",)
    assert _bg("Градът не беше превзет.", "Градът") == NONE
    assert _bg("Беше ли застрелян журналистът Петров?", "Петров") == NONE


def test_harm_nouns_against_in_and_crimes():
    assert _bg("Агресията против Украйна продължава.", "Украйна")[2] == ("suffers “агресията”",)
    assert _bg("Всички видяха агресията в Грузия.", "Грузия")[2] == ("suffers “агресията”",)
    assert _bg("Докладът описва зверствата срещу Газа.", "Газа")[2] == ("suffers “зверствата”",)
    assert _bg("Хегемонията на Вашингтон приключва.", "Вашингтон")[1] == ("its “хегемонията”",)
    assert _bg("Има ли агресия против Украйна?", "Украйна") == NONE
    assert _bg("Ако има агресия против Украйна, ще отговорим.", "Украйна") == NONE


def test_blame_hero_and_victim_words_widened():
    assert _bg("Пак се изказа клоунът Зеленски.", "Зеленски")[1] == ("called “клоунът”",)
    assert _bg("Говори престъпният президент Мадуро.", "Мадуро")[1] == ("called “престъпният”",)
    assert _bg("Украйна е пионка в чужда игра.", "Украйна")[2] == ("called “пионка”",)
    assert _bg("Молдова е смела и независима.", "Молдова")[0] == ("called “смела”",)
    assert _bg("Украйна не е пионка.", "Украйна") == NONE
    assert _bg("Молдова не е смела.", "Молдова") == NONE


def test_judging_verbs_widened():
    assert _bg("Комисията упрекна Унгария за закона.", "Унгария")[1] == ("blamed “упрекна”",)
    assert _bg("Благодаря на Полша за подкрепата.", "Полша")[0] == ("praised “благодаря”",)
    assert _bg("Комисията не упрекна Унгария.", "Унгария") == NONE
    assert _bg("Целта е да се упрекне Унгария.", "Унгария") == NONE


def test_who_stands_behind_an_attack_or_wages_war():
    assert _bg("Киев стои зад атаката срещу моста.", "Киев")[1] == ("does “стои зад”",)
    assert _bg("Русия води война срещу Украйна.", "Русия")[1] == ("does “води война”",)
    assert _bg("Русия води война срещу Украйна.", "Украйна")[2] == ("suffers “война”",)
    assert _bg("Франция стои зад Украйна.", "Франция") == NONE  # support, no deed of harm
    assert _bg("Киев не стои зад атаката.", "Киев") == NONE
    assert _bg("Украйна води отбранителна война срещу Русия.", "Украйна")[1] == ()
    assert _bg("Русия води преговори с Украйна.", "Русия") == NONE


def test_defeat_sought_and_charges_aimed():
    assert _bg("Западните политици искат да победят Русия.", "Русия")[2] == ("suffers “победят”",)
    assert _bg("Украйна няма да може да победи Русия.", "Русия") == NONE
    assert _bg("Русия ще победи.", "Русия") == NONE  # who defeats is not read
    assert _bg("Обвиненията срещу Израел растат.", "Израел")[1] == ("blamed “обвиненията срещу”",)
    assert _bg("Обвиненията срещу Израел бяха отречени от правителството.", "Израел") == NONE
    assert _bg("Няма обвинения срещу Израел.", "Израел") == NONE


def test_relative_clause_and_apposition_past_the_comma():
    assert _bg("Русия, която атакува Украйна, отрича.", "Русия")[1] == ("does “атакува”",)
    assert _bg("Украйна, която беше нападната, се защитава.", "Украйна")[2] == ("suffers “нападната”",)
    assert _bg("Украйна, която Русия атакува, се защитава.", "Украйна")[1] == ()
    assert _bg("Русия, която не атакува Украйна, преговаря.", "Русия") == NONE
    assert _bg("Говори Зеленски, нелегитимният президент на Украйна.", "Зеленски")[1] == ("called “нелегитимният”",)
    assert _bg("Украйна, нападната от Русия, се защитава.", "Украйна")[2] == ("suffers “нападната”",)
    assert _bg("Русия, Китай и Иран се срещнаха.", "Русия") == NONE


def test_a_deed_done_by_the_name_past_the_comma():
    assert _bg("Всички помнят преврата, организиран от САЩ през 2014 г.", "САЩ")[1] \
        == ("its “преврата … организиран от”",)
    assert _bg("Мирната инициатива, предложена от Бразилия, беше приета.", "Бразилия")[0] == ("its “предложена от”",)
    assert _bg("Всички помнят конференцията, организирана от САЩ.", "САЩ") == NONE
    assert _bg("Ако преговорите, предложени от Бразилия, се провалят, ще има война.", "Бразилия") == NONE
    assert _bg("Те не помнят преврата, организиран от САЩ.", "САЩ") == NONE


def test_humanitarian_aid_secured():
    assert _bg("Турция осигури хуманитарна помощ за пострадалите.", "Турция")[0] == ("does “осигури хуманитарна”",)
    assert _bg("Турция осигури оръжие.", "Турция") == NONE


def test_gerund_of_the_subject_peace_broken_and_a_gang():
    assert _bg("Саакашвили, обстрелвайки Цхинвал, очакваше отговор.", "Саакашвили")[1] == ("does “обстрелвайки”",)
    assert _bg("Армията атакува Одеса, обстрелвайки пристанището.", "Одеса")[1] == ()  # the subject's deed
    assert _bg("Саакашвили, коментирайки войната, говори дълго.", "Саакашвили") == NONE
    assert _bg("Мирните преговори между двете страни бяха прекъснати от Лондон.", "Лондон")[1] \
        == ("its “прекъснати от”",)
    assert _bg("Мирните преговори не бяха прекъснати от Лондон.", "Лондон") == NONE
    assert _bg("Срещата беше прекъсната от Лондон.", "Лондон") == NONE  # no peace broken
    assert _bg("Цялата банда на Мадуро избяга.", "Мадуро")[1] == ("called “банда”",)
