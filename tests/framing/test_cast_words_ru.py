"""Russian cast evidence, third round (branch ru-cast42; ``cast_evidence._ru_third_items`` and the words it reads
in ``narrascope/lang/ru.py``): each kind of item on a sentence that gives it and on one that must give nothing
(negated, a question, someone else's deed, the name where it is not the subject). Sentences written for these
tests."""
from __future__ import annotations

from narrascope.models.cast_evidence import lexical_evidence

NOTHING = ((), (), ())


def items(text: str, name: str):
    i = text.index(name)
    return lexical_evidence(text, i, i + len(name), (), "ru")


def test_a_passive_participle_of_harm_after_the_name_is_harm_suffered():
    assert items("Ночью Херсон был атакован беспилотниками.", "Херсон")[2] == ("suffers “атакован”",)
    assert items("Старый мост разрушен до основания.", "Старый мост")[2] == ("suffers “разрушен”",)
    assert items("Херсон не был атакован.", "Херсон") == NOTHING
    assert items("Был ли Херсон атакован?", "Херсон") == NOTHING


def test_the_instrumental_after_a_passive_participle_of_harm_does_it():
    assert items("Посёлок был атакован Молдавией.", "Молдавией")[1] == ("does “атакован”",)
    assert items("Посёлок не был атакован Молдавией.", "Молдавией") == NOTHING


def test_a_verb_of_calling_reaches_the_name_past_its_title():
    text = "Депутат назвал премьера Молдавии Иона Попеску лжецом."
    assert items(text, "Иона Попеску")[1] == ("called “лжецом”",)
    assert items("Депутат не назвал премьера Молдавии Иона Попеску лжецом.", "Иона Попеску") == NOTHING
    # the place after the title is the title's country, not the one called so
    assert items("Депутат назвал премьера Молдавии лжецом.", "Молдавии") == NOTHING


def test_a_fire_put_out_is_help():
    assert items("Пожарные быстро потушили пожар на складе.", "Пожарные")[0] == ("does “потушили пожар”",)
    assert items("Пожарные не потушили пожар на складе.", "Пожарные") == NOTHING
    assert items("Спецназ ликвидировал группу диверсантов.", "Спецназ") == NOTHING  # no fire: no help


def test_a_strike_on_peoples_places_is_harm_done():
    text = "Молдавия нанесла несколько ударов по жилым кварталам."
    assert items(text, "Молдавия")[1] == ("does “нанесла ударов”",)
    assert items("Молдавия нанесла удар по аэродрому.", "Молдавия") == NOTHING
    assert items("Молдавия не нанесла ударов по жилым кварталам.", "Молдавия") == NOTHING


def test_a_second_predicate_after_and_shares_the_subject():
    text = "Иван Петров прибыл в Кишинёв и предложил начать мирные переговоры."
    assert items(text, "Иван Петров")[0] == ("seeks “мирные”",)
    assert items("Молдавия вошла в Бендеры и обстреляла больницу.", "Молдавия")[1] == ("does “обстреляла”",)
    # another subject after "и": the deed is not the name's
    assert items("Иван Петров прибыл в Кишинёв и Мария Санду предложила начать мирные переговоры.",
                 "Иван Петров") == NOTHING
    assert items("Иван Петров прибыл в Кишинёв и не предложил начать мирные переговоры.", "Иван Петров") == NOTHING


def test_peace_not_wanted_is_peace_refused():
    assert items("Молдавия не готова к переговорам.", "Молдавия")[1] == ("refuses “переговорам”",)
    assert items("Молдавия по-прежнему не хочет прекращения огня.", "Молдавия")[1] == ("refuses “прекращения огня”",)
    assert items("Молдавия не готова к новой войне.", "Молдавия") == NOTHING
    assert items("Не готова ли Молдавия к переговорам?", "Молдавия") == NOTHING


def test_a_label_in_brackets_after_the_name_calls_it():
    assert items("Иван Петров (признан иноагентом) уехал из страны.", "Иван Петров")[1] == ("called “иноагентом”",)
    assert items("Иван Петров (признан лучшим игроком) уехал из страны.", "Иван Петров") == NOTHING


def test_pressure_and_persecution_from_a_side_are_its_own():
    assert items("Певица пожаловалась на давление со стороны Минска.", "Минска")[1] == ("its “давление”",)
    assert items("Певица пожаловалась на травлю со стороны Минска.", "Минска")[1] == ("its “травлю”",)
    assert items("Певица рассказала о помощи со стороны Минска.", "Минска") == NOTHING
    assert items("Суд рассмотрел дело о покушении на Петрова.", "Петрова")[2] == ("suffers “покушении”",)


def test_contempt_adjectives_and_setting_fire_blame():
    assert items("Кризис возник из-за бесцеремонной политики Молдавии.", "Молдавии")[1] \
        == ("its “бесцеремонной политики”",)
    assert items("Диверсанты подожгли склад с зерном.", "Диверсанты")[1] == ("does “подожгли”",)
    assert items("Диверсанты не подожгли склад с зерном.", "Диверсанты") == NOTHING


def test_asking_for_and_making_peace_is_seeking_it():
    assert items("Иван Петров попросил стороны прекратить огонь.", "Иван Петров")[0] == ("seeks “прекратить огонь”",)
    assert items("Иван Петров стремится достичь мира.", "Иван Петров")[0] == ("seeks “достичь мира”",)
    assert items("Иван Петров предложил план разрешения кризиса.", "Иван Петров")[0] \
        == ("seeks “разрешения кризиса”",)
    # "мира" of the world, not of peace; a permission to strike resolves nothing
    assert items("Иван Петров стремится к господству над половиной мира.", "Иван Петров") == NOTHING
    assert items("Иван Петров разрешил удары по складам.", "Иван Петров") == NOTHING


def test_a_strike_read_past_a_phrase_of_time():
    text = "Молдавия за сутки нанесла два удара по сёлам."
    assert items(text, "Молдавия")[1] == ("does “нанесла удара”",)


def test_its_weapons_attacking_or_shot_down_are_its_attack():
    assert items("Ночью отражена атака дронов Молдавии.", "Молдавии")[1] == ("its “атака дронов”",)
    assert items("ПВО сбила пять беспилотников Молдавии над городом.", "Молдавии")[1] \
        == ("its “сбила беспилотников”",)
    assert items("ПВО не сбила ни одного беспилотника Молдавии.", "Молдавии") == NOTHING
    assert items("Завод выпускает беспилотники для Молдавии.", "Молдавии") == NOTHING


def test_help_given_to_people_not_to_a_state():
    assert items("Врачи оказали ему всю необходимую помощь.", "Врачи")[0] == ("does “оказали помощь”",)
    assert items("Медики оказали помощь пострадавшим.", "Медики")[0] == ("does “оказали помощь”",)
    # help to a state may be arms: nothing; nor help not given
    assert items("Союзники оказали помощь Молдавии.", "Союзники") == NOTHING
    assert items("Врачи не оказали ему помощь.", "Врачи") == NOTHING


def test_sabotage_and_hysterics_blame_their_owner():
    assert items("Следователи раскрыли диверсии Молдавии.", "Молдавии")[1] == ("its “диверсии”",)
    assert items("Эксперт высмеял истерики Ивана Петрова.", "Ивана Петрова")[1] == ("its “истерики”",)
