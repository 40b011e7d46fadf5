"""Russian cast evidence, third round (branch ru-cast42; ``russian._ru_third_items`` and the words it reads
in ``narrascope/lang/ru.py``): each kind of item on a sentence that gives it and on one that must give nothing
(negated, a question, someone else's deed, the name where it is not the subject). Sentences written for these
tests."""
from __future__ import annotations

from narrascope.models.cast_evidence import lexical_evidence
from tests.framing.lexical_items import NONE as NOTHING
from tests.framing.lexical_items import reader

items = reader("ru")


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


# -- fourth round (branch ru-cast42b; russian._ru_fourth_items and the fourth-round words of lang/ru.py) ---


def test_a_refusal_owned_is_peace_refused():
    text = "Эксперт указал на нежелание премьера Молдавии Иона Попеску идти на компромиссы."
    assert items(text, "Иона Попеску")[1] == ("refuses “компромиссы”",)
    assert items("Депутат осудил отказ Молдавии от переговоров.", "Молдавии")[1] == ("refuses “переговоров”",)
    # no word of peace after it, or the refusal denied: nothing
    assert items("Депутат осудил отказ Молдавии от угля.", "Молдавии") == NOTHING
    assert items("Депутат не видит отказа Молдавии от переговоров.", "Молдавии") == NOTHING


def test_a_war_needed_or_profitable_is_sought():
    assert items("Молдавии нужна эскалация в регионе.", "Молдавии")[1] == ("seeks “эскалация”",)
    assert items("Эта война выгодна Ивану Петрову.", "Ивану Петрову")[1] == ("seeks “война”",)
    assert items("Молдавии не нужна эскалация.", "Молдавии") == NOTHING
    # the end of a war, or peace, needed is no war sought
    assert items("Окончание войны нужно Молдавии.", "Молдавии") == NOTHING
    assert items("Молдавии нужны переговоры о прекращении войны.", "Молдавии") == NOTHING


def test_peace_not_wanted_read_past_a_comma_and_chtoby():
    text = "Молдавия не хочет, чтобы соседи прекратили огонь."
    assert items(text, "Молдавия")[1] == ("refuses “прекратили огонь”",)
    assert items("Молдавия хочет, чтобы соседи прекратили огонь.", "Молдавия") == NOTHING
    # the name inside the purpose clause wants nothing
    assert items("Депутат не хочет, чтобы Молдавия прекратила огонь.", "Молдавия") == NOTHING


def test_credit_for_an_effort_praises():
    text = "Благодаря слаженной работе пожарных огонь потушили."
    assert items(text, "пожарных")[0] == ("praised “благодаря работе”",)
    assert items("Несмотря на работу пожарных, огонь не потушили.", "пожарных") == NOTHING


def test_what_is_to_be_undone_calls_its_owner():
    assert items("Депутат требует денацификации Молдавии.", "Молдавии")[1] == ("called “денацификации”",)
    assert items("Он напомнил о двойных стандартах Брюсселя.", "Брюсселя")[1] == ("called “двойных стандартах”",)
    assert items("Он напомнил о стандартах Брюсселя.", "Брюсселя") == NOTHING
    assert items("Это не лицемерие Брюсселя.", "Брюсселя") == NOTHING


def test_pumping_with_arms_and_being_capable_of_provocations():
    assert items("Брюссель продолжает накачивать соседей оружием.", "Брюссель")[1] \
        == ("does “накачивать оружием”",)
    assert items("Брюссель не накачивает соседей оружием.", "Брюссель") == NOTHING
    assert items("Молдавия способна на новые провокации.", "Молдавия")[1] == ("does “способна на провокации”",)
    assert items("Молдавия не способна на провокации.", "Молдавия") == NOTHING
    # (harm in general: "навредила")
    assert items("Молдавия навредила экономике соседей.", "Молдавия")[1] == ("does “навредила”",)


def test_a_harm_repelled_by_the_name_in_the_instrumental():
    assert items("Атака была отражена бойцами батальона.", "бойцами батальона")[0] == ("does “отражена”",)
    text = "Бойцами батальона «Север» отражена контратака."
    assert items(text, "Бойцами батальона")[0] == ("does “отражена”",)
    assert items("Атака не была отражена бойцами батальона.", "бойцами батальона") == NOTHING
    assert items("Вместе с бойцами батальона отражена атака.", "бойцами батальона") == NOTHING


def test_harm_aimed_at_a_person_named_after_their_title():
    text = "Следователи раскрыли покушение на журналиста Ивана Петрова."
    assert items(text, "Ивана Петрова")[2] == ("suffers “покушение”",)
    assert items("Следователи не нашли покушения на журналиста Ивана Петрова.", "Ивана Петрова") == NOTHING
    # the title owned by a thing, not a person: not the name's harm
    assert items("Удар нанесён по стоянке самолётов Молдавии.", "Молдавии") == NOTHING


def test_a_place_harmed_in_the_clause_of_a_harm():
    assert items("Боевики пытаются поджигать леса в Молдавии.", "Молдавии")[2] == ("suffers “поджигать”",)
    assert items("Ночью обстреляли больницу в Бендерах.", "Бендерах")[2] == ("suffers “обстреляли”",)
    assert items("Боевики не обстреляли больницу в Бендерах.", "Бендерах") == NOTHING
    assert items("Депутат выступил в Бендерах.", "Бендерах") == NOTHING


def test_thanks_addressed_to_a_title_six_words_back_and_the_old_doer_rule_negated():
    text = "Много слов благодарности они сказали в адрес губернатора Ивана Петрова."
    assert items(text, "Ивана Петрова")[0] == ("praised “благодарности”",)
    assert items("Посёлок был обстрелян украинскими военными.", "украинскими военными")[1] == ("does “обстрелян”",)
    assert items("Посёлок не был обстрелян украинскими военными.", "украинскими военными") == NOTHING


def test_blame_for_a_harm_and_being_guilty():
    assert items("Трое жителей погибли по вине Ивана Петрова.", "Ивана Петрова")[1] == ("blamed “по вине”",)
    assert items("Эти жертвы на совести Брюсселя.", "Брюсселя")[1] == ("blamed “на совести”",)
    assert items("Жители погибли не по вине Ивана Петрова.", "Ивана Петрова") == NOTHING
    assert items("Молдавия виновата в срыве переговоров.", "Молдавия")[1] == ("called “виновата”",)
    assert items("Молдавия не виновата в срыве переговоров.", "Молдавия") == NOTHING


def test_left_without_what_one_lives_on_is_harm_suffered():
    assert items("Жители Бендер остались без света.", "Жители Бендер")[2] == ("suffers “остались без света”",)
    assert items("Семьи переселенцев лишились крова.", "Семьи переселенцев")[2] == ("suffers “лишились крова”",)
    assert items("Жители Бендер не остались без света.", "Жители Бендер") == NOTHING
    assert items("Депутаты остались без ответа.", "Депутаты") == NOTHING
    # who deprives others does harm, suffers none
    assert items("Брюссель лишил соседей газа.", "Брюссель") == NOTHING
    assert items("Молдавия останется без газа.", "Молдавия") == NOTHING  # foretold, not suffered


def test_behind_a_harm_or_involved_in_it():
    text = "Следствие считает, что за терактом стоят спецслужбы Молдавии."
    assert items(text, "спецслужбы Молдавии")[1] == ("does “стоит за терактом”",)
    assert items("Молдавия стоит за атакой на мост.", "Молдавия")[1] == ("does “стоит за атакой”",)
    assert items("Молдавия причастна к подрыву моста.", "Молдавия")[1] == ("called “причастна к подрыву”",)
    assert items("Следствие установило причастность Молдавии к подрыву моста.", "Молдавии")[1] \
        == ("called “причастность к подрыву”",)
    # denied, or no harm behind: nothing
    assert items("Молдавия не причастна к подрыву моста.", "Молдавия") == NOTHING
    assert items("Доказательств причастности Молдавии к подрыву нет.", "Молдавии") == NOTHING
    assert items("За этим успехом стоят врачи.", "врачи") == NOTHING


def test_harm_at_a_title_that_owns_a_genitive():
    text = "Следователи раскрыли покушение на основателя телеканала Ивана Петрова."
    assert items(text, "Ивана Петрова")[2] == ("suffers “покушение”",)
    # the title's country is not the one attacked
    assert items("Следователи раскрыли покушение на главу администрации Молдавии.", "Молдавии") == NOTHING


def test_harm_complained_of_is_harm_suffered():
    text = "Певица Мария Иванова пожаловалась на травлю со стороны властей."
    assert items(text, "Мария Иванова")[2] == ("suffers “травлю”",)
    assert items("Мария Иванова пожаловалась на то, что власти молчат.", "Мария Иванова") == NOTHING
    assert items("Мария Иванова не жалуется на давление.", "Мария Иванова") == NOTHING


def test_hurt_with_others():
    text = "Корреспондент Иван Петров и его коллега из съёмочной группы получили ранения при атаке."
    assert items(text, "Иван Петров")[2] == ("suffers “ранения”",)
    assert items("Иван Петров и его коллега не получили ранений.", "Иван Петров") == NOTHING
    assert items("Иван Петров и его коллега получили награды.", "Иван Петров") == NOTHING


def test_peace_sought_by_a_plan_past_a_title_or_offered_by_the_name():
    text = "Депутат поддержал предложения участников ШОС по урегулированию конфликта."
    assert items(text, "ШОС")[0] == ("seeks “урегулированию”",)
    assert items("Депутат отверг предложения участников ШОС по торговле.", "ШОС") == NOTHING
    text = "Предложенный Молдавией план позволит немедленно прекратить бои."
    assert items(text, "Молдавией")[0] == ("seeks “прекратить бои”",)
    assert items("Предложенный Молдавией план позволит снизить налоги.", "Молдавией") == NOTHING


def test_help_offered_not_arms():
    assert items("Молдавия предлагала свою помощь в борьбе с эпидемией.", "Молдавия")[0] \
        == ("does “предлагала помощь”",)
    assert items("Молдавия предложила военную помощь соседям.", "Молдавия") == NOTHING
    assert items("Молдавия не предлагала помощь.", "Молдавия") == NOTHING


def test_skilled_work_is_credited():
    text = "Это свидетельство высококвалифицированной работы полиции и пограничников."
    assert items(text, "полиции")[0] == ("praised “высококвалифицированной работы”",)
    assert items(text, "пограничников")[0] == ("praised “высококвалифицированной работы”",)
    assert items("Это итог работы полиции.", "полиции") == NOTHING
    assert items("Благодаря слаженной работе пожарных огонь потушили.", "пожарных")[0] \
        == ("praised “благодаря работе”",)  # one cue for one fact


def test_a_crime_prepared_or_committed():
    assert items("Иван Петров готовил теракт в Кишинёве.", "Иван Петров")[1] == ("does “готовил теракт”",)
    text = "По данным следствия, покушение готовили спецслужбы Молдавии."
    assert items(text, "спецслужбы Молдавии")[1] == ("does “готовили покушение”",)
    text = "Готовивший теракт в Кишинёве Иван Петров осуждён."
    assert items(text, "Иван Петров")[1] == ("does “готовивший теракт”",)
    # not done, no crime (a strike is an army's deed), or a report about one: nothing
    assert items("Иван Петров не готовил теракт.", "Иван Петров") == NOTHING
    assert items("Иван Петров готовил удар по складу.", "Иван Петров") == NOTHING
    assert items("Готовивший доклад о теракте Иван Петров выступил.", "Иван Петров") == NOTHING


def test_at_the_behest_of_a_titled_name_is_blame():
    text = "Переговоры были сорваны по указке тогдашнего премьера Молдавии Ивана Петрова."
    assert items(text, "Ивана Петрова")[1] == ("blamed “по указке”",)
    assert items("Переговоры прошли по указанию премьера Ивана Петрова.", "Ивана Петрова") == NOTHING


def test_what_it_is_called_past_a_genitive_in_its_case():
    text = "Депутат договорился с просроченным фюрером молдавского народа Иваном Петровым."
    assert items(text, "Иваном Петровым")[1] == ("called “фюрером”",)
    assert items("Памятник открыли вместе с героем Донбасса Арсеном Павловым.", "Арсеном Павловым")[0] \
        == ("called “героем”",)
    # a name that may be the genitive is the victim of an agent noun, not called so
    assert items("Убийцы журналистки Дарьи Ивановой задержаны.", "Дарьи Ивановой") == NOTHING
    assert items("Он встретился с лидером оппозиции Иваном Петровым.", "Иваном Петровым") == NOTHING


def test_thanked_past_a_title():
    text = "Депутат поблагодарил президента Молдавии Ивана Петрова."
    assert items(text, "Ивана Петрова")[0] == ("praised “поблагодарил”",)
    assert items(text, "Молдавии") == NOTHING  # the title's country is not thanked
    assert items("Депутат не поблагодарил президента Молдавии Ивана Петрова.", "Ивана Петрова") == NOTHING


def test_an_acronym_after_a_verb_of_harm_is_not_its_object():
    """An acronym does not decline, so "-у" at its end is no accusative: the armed forces after the verb did it."""

    text = "Белгород обстреляли ВСУ. Жители провели ночь в укрытиях."
    i = text.index("ВСУ")
    assert lexical_evidence(text, i, i + 3, (), "ru", {})[2] == ()
    text = "Россия атаковала Украину."
    i = text.index("Украину")
    assert lexical_evidence(text, i, i + 7, (), "ru", {})[2] == ("suffers “атаковала”",)


def test_an_abbreviation_agrees_with_its_verb_in_any_gender():
    """Writers give "НАТО" any gender ("НАТО атаковало", "НАТО заявила"): the verb after it is its own deed, not harm
    it suffers (review of stop 42)."""

    text = "НАТО атаковало Россию."
    assert lexical_evidence(text, 0, 4, (), "ru", {}) == ((), ("does “атаковало”",), ())
    text = "Россию атаковало НАТО."
    assert lexical_evidence(text, 0, 6, (), "ru", {})[2] == ("suffers “атаковало”",)


def test_a_crime_noun_next_to_the_name_denied_is_no_deed():
    """The noun of a crime right before the name is its own ("its “теракт”"), unless a negation comes before the noun
    (fix43)."""
    assert items("Не готовивший теракт Иван Петров был освобождён.", "Иван Петров") == NOTHING
    assert items("Это не агрессия Молдавии.", "Молдавии") == NOTHING
    assert items("Это агрессия Молдавии.", "Молдавии")[1] == ("its “агрессия”",)
    # the participle right before its crime, the crime right before the name: one cue, the deed
    assert items("Готовивший теракт Иван Петров был задержан.", "Иван Петров")[1] == ("does “готовивший теракт”",)


def test_a_word_of_peace_names_the_fighting_stopped_not_the_word_between():
    """A word of stopping and the fighting it stops, a word between them left out of the cue (fix43)."""
    text = "Запад не хочет, чтобы Молдавия прекращала эту войну."
    assert items(text, "Запад")[1] == ("refuses “прекращала войну”",)
    assert items("Молдавия отказалась прекращать эту войну.", "Молдавия")[1] == ("refuses “прекращать войну”",)
    assert items("Молдавия отказывается прекратить огонь.", "Молдавия")[1] == ("refuses “прекратить огонь”",)
    assert items("Молдавия не отказалась прекращать эту войну.", "Молдавия") == NOTHING


def test_a_title_in_guillemets_does_not_cut_the_name_off_its_clause():
    """«Звезда» after "телеканала" is a title, not a quote: the name after or before it reads its clause (fix43)."""
    text = "Покушение на основателя телеканала «Звезда» Ивана Петрова провалилось."
    assert items(text, "Ивана Петрова")[2] == ("suffers “покушение”",)
    assert items("Сотрудники «Звезды» получили ранения.", "Сотрудники")[2] == ("suffers “ранения”",)
    assert items("Покушение на основателя телеканала Ивана Петрова провалилось.", "Ивана Петрова")[2] \
        == ("suffers “покушение”",)
    # a quote of more words still ends the clause
    text = "Покушение на «основателя телеканала, которого все знают» Ивана Петрова провалилось."
    assert items(text, "Ивана Петрова") == NOTHING
    assert items("Сотрудники «Звезды» не получили ранения.", "Сотрудники") == NOTHING


def test_an_abbreviation_after_a_verb_whose_subject_stands_before_it_is_its_object():
    """An abbreviation agrees with any verb, so after a harm verb it is the object only where a noun that agrees with
    the verb stands right before it (fix43)."""
    assert items("Молдавия атаковала США.", "США")[2] == ("suffers “атаковала”",)
    assert items("Молдавия атаковала США.", "Молдавия")[1] == ("does “атаковала”",)
    assert items("Молдавия не атаковала США.", "США") == NOTHING
    # the verb's subject is the abbreviation: "Белгород" does not agree with "обстреляли", "Россию" is no subject
    assert items("Белгород обстреляли ВСУ.", "ВСУ") == NOTHING
    assert items("Россию атаковало НАТО.", "НАТО") == NOTHING
    assert items("НАТО атаковало Россию.", "НАТО")[1] == ("does “атаковало”",)
