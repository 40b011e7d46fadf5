"""Russian lexicon. Verbs are lemmas (pymorphy3 lemmatises Russian); forms cover the common past tenses."""
from __future__ import annotations

from functools import lru_cache

__all__ = ["CURRENCY_QUALIFIERS", "NUMBER_WORDS", "POINTER_VERBS", "RELATIVES",
           "QUANTIFIERS", "POINTER_OPENERS", "PLACE_ANAPHORS", "NOT_NAMES", "BODY_ANAPHORS",
           "SURNAME_ENDINGS", "TITLE_GENITIVE_ENDINGS", "DASH_SPEECH", "QUOTE_MARKS", "REPORTING_VERBS",
           "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES", "CURRENCIES", "TITLES", "PRONOUNS",
           "COMPLEMENTIZERS", "PERCENT_WORDS", "SOURCE_VERBS_AFTER", "ROLE_NOUNS", "FRACTION_WORDS", "ABBREVIATIONS",
           "SINGLE_OFFICES", "MALE_NAMES_IN_A", "SOURCE_NOUNS", "INSTITUTION_NOUNS", "OBJECT_VERBS",
           "IMPERSONAL_PREPS", "PLURAL_ENDINGS", "TIME_WORDS", "INTERVIEW_WORDS",
           "LOCATIVE_BODIES", "SPOKES_ROLES", "ROLE_BODY_ALIASES",
           "ANONYMOUS_SOURCES", "SOURCE_ONLY_VERBS", "QUOTES_RUN_ON"]

#: "«Обе стороны … сезон.\n\nРеалистичный сценарий … стороны», — сказал эксперт.": a «…» quote may run on into the
#: next paragraph without opening again there (as Bulgarian „…“)
QUOTES_RUN_ON = "„«"

#: "Данные Росстата свидетельствуют, что …" reports; "Это свидетельствует о том, что …" does not: these verbs
#: report only after a cited text (SOURCE_NOUNS)
SOURCE_ONLY_VERBS = frozenset("свидетельствует свидетельствуют свидетельствовал свидетельствовала "
                              "свидетельствовали свидетельствовало".split())
QUOTE_MARKS = frozenset('«„“"')
REPORTING_VERBS = frozenset("""
заявить заявлять сказать говорить сообщить сообщать отметить отмечать добавить добавлять подчеркнуть
подчёркивать подчеркивать заметить замечать пояснить пояснять объявить объявлять признать признавать указать
указывать признаться признаваться
напомнить напоминать рассказать рассказывать написать писать предупредить предупреждать утверждать
уточнить уточнять ответить отвечать пообещать обещать призвать призывать обвинить обвинять констатировать
считать полагать
настаивать настоять предложить предлагать попросить просить потребовать требовать
цитировать подтвердить подтверждать опровергнуть заверить уверять выразить высказаться процитировать
ожидать прогнозировать допускать допустить предположить предполагать возмущаться возмутиться пожаловаться
жаловаться посетовать сетовать назвать называть объяснить объяснять сходиться сойтись
резюмировать вспоминать вспомнить свидетельствовать связывать связать выяснить рекомендовать порекомендовать
посоветовать советовать обратить обращать прокомментировать комментировать высказать высказывать
подсчитать посчитать
возразить возражать парировать исключить исключать отрицать сомневаться усомниться
""".split())
# Verbs are found by their pymorphy3 lemma (REPORTING_VERBS); these are the short adjectives news uses the
# same way ("«…», — уверен эксперт").
REPORTING_FORMS = frozenset("уверен уверена уверены убежден убеждена убеждён убеждены".split())
SOURCE_PHRASES = ("по словам", "по данным", "по мнению", "по сообщению", "по информации", "как сообщает",
                  "как сообщил", "как заявил", "как следует из",
                  "как заявлял", "как ранее заявлял", "как ранее заявил", "как ранее сообщал", "как ранее сообщил",
                  "согласно", "со ссылкой на", "как пишет", "по оценке", "по оценкам",
                  "по его словам", "по её словам", "по ее словам", "по его мнению", "по её мнению", "по ее мнению",
                  "по его оценке", "по её оценке", "по ее оценке", "по его данным", "по её данным",
                  "по подсчётам", "по подсчетам", "по расчётам", "по расчетам", "по его расчётам", "по её расчётам",
                  "по его расчетам", "по прогнозу", "по прогнозам", "по его прогнозу", "следует из",
                  "по их словам", "по их данным", "по их мнению", "по их оценке", "по их оценкам",
                  "по их подсчётам", "по их подсчетам", "по их расчётам", "по их расчетам",
                  "говорится в", "отмечается в", "сообщается в", "сказано в", "указывается в",
                  "по ее данным", "по его подсчетам", "по его подсчётам", "по ее подсчетам", "по её подсчётам",
                  "по ее подсчётам", "по её подсчетам", "по ее расчетам", "по ее расчётам", "по её расчетам",
                  "как передает", "как передаёт", "как передают", "по версии",
                  # an adjective between "по" and the cited noun ("по предварительной оценке следствия")
                  "по предварительной оценке", "по предварительным оценкам", "по предварительным данным",
                  "по последним данным", "по официальным данным", "по уточненным данным", "по уточнённым данным",
                  "по предварительной информации", "по официальной информации")
MONTHS = {m: i for i, names in enumerate((
    "январь января янв", "февраль февраля фев", "март марта мар", "апрель апреля апр", "май мая",
    "июнь июня июн", "июль июля июл", "август августа авг", "сентябрь сентября сен сент",
    "октябрь октября окт", "ноябрь ноября ноя", "декабрь декабря дек"), 1) for m in names.split()}
NUMBER_SCALES = {"тыс": 10**3, "тысяча": 10**3, "тысячи": 10**3, "тысяч": 10**3, "млн": 10**6, "миллион": 10**6,
                 "миллиона": 10**6, "миллионов": 10**6, "млрд": 10**9, "миллиард": 10**9, "миллиарда": 10**9,
                 "миллиардов": 10**9, "трлн": 10**12, "триллион": 10**12, "триллиона": 10**12,
                 "триллионов": 10**12}
CURRENCIES = frozenset("$ € £ ₽ ₴ доллар доллара долларов долл евро рубль рубля рублей руб гривна гривны гривен "
                       "юань юаней".split())
# a word between a figure and its currency: "2 млрд американских долларов"
CURRENCY_QUALIFIERS = frozenset("американских американский".split())
TITLES = frozenset("""
президент премьер премьер-министр министр глава председатель канцлер генсек генеральный секретарь госсекретарь
пресс-секретарь представитель официальный спикер депутат сенатор губернатор мэр посол генерал полковник
командующий лидер директор руководитель замглавы заместитель помощник советник экс-президент бывший
замминистра постпред зампред заммэра вице-премьер вице-президент главврач прокурор зампредседатель зампредседателя
иностранных дел обороны
уполномоченный уполномоченная омбудсмен начальник начальница владелец владелица
отец мать
""".split())

PRONOUNS = {"он": "m", "она": "f", "они": ""}
COMPLEMENTIZERS = frozenset({"что", "будто"})
PERCENT_WORDS = frozenset({"%", "процент", "процента", "процентов", "проц"})
SOURCE_VERBS_AFTER = frozenset({"говорится", "сообщается", "отмечается", "пишет", "сообщает", "считает"})
ROLE_NOUNS = frozenset("""
экономист эксперт аналитик политолог профессор дипломат депутат журналист вице-премьер пресс-секретарь
министр глава премьер президент представитель спикер сенатор руководитель врач главврач синоптик
метеоролог климатолог учёный ученый продавец продавщица водитель фермер рыбак пенсионер пенсионерка
блогер блогерка военкор чиновник
генсек хирург специалист исследователь исследовательница банкир юрист адвокат социолог демограф эпидемиолог
вирусолог иммунолог инфекционист педиатр психолог историк финансист
защитник защитница
""".split())
FRACTION_WORDS = frozenset("""
треть трети половина половину четверть вдвое втрое вчетверо
""".split())
# not "им" (им. Ленина): it is also the pronoun "to them", and "ответили им." ends a sentence
ABBREVIATIONS = frozenset("проф акад доц г-н г-жа".split())

# Titles that name one office: a bare "премьер" is not whoever spoke last.
SINGLE_OFFICES = frozenset("премьер премьер-министр президент канцлер".split())
# Men's first names that end like women's
MALE_NAMES_IN_A = frozenset("никита илья фома лука кузьма миша саша ваня костя гоша дима".split())
# What a source phrase cites rather than who: "по данным Минфина", "говорится в обзоре регулятора"
SOURCE_NOUNS = frozenset("""
данным данных данные оценке оценкам докладе доклада доклад обзоре обзора сообщении сообщения материалах
исследовании исследования расчётам расчетам подсчётам подсчетам прогнозу прогнозам отчёте отчете отчёта отчета
заявлении публикации письме комментарии комментария сводке сводки статье статьи материале материала
""".split())
# A body named by a common noun, which speaks as itself ("ведомство называет", "сообщила пресс-служба аэропорта")
INSTITUTION_NOUNS = frozenset("""
ведомство ведомства министерство министерства регулятор регулятора источник источники пресс-служба
пресс-службы профсоюз профсоюза правительство правительства правительстве ведомстве министерстве пресс-службе
профсоюзе администрация администрации представительство представительстве представительства
департамент департамента департаменте прокуратура прокуратуры прокуратуре мэрия мэрии
""".split())
# Lemmas of verbs that give an opinion as object and predicate: "считает ситуацию управляемой", "связывает падение с
# высокой ставкой"
OBJECT_VERBS = frozenset("считать назвать называть связывать связать".split())
# "сообщили в Гидрометцентре": a plural verb with no subject and its source after "в"
IMPERSONAL_PREPS = frozenset({"в", "во"})
PLURAL_ENDINGS = ("ли", "ют", "ят")
TIME_WORDS = frozenset("понедельник вторник среду среда четверг пятницу субботу воскресенье".split())
# "— Words, — said X. — More words.": a dash at a paragraph or sentence start opens direct speech
DASH_SPEECH = True
# "Корреспондент поговорил с …", "… в интервью нашему изданию": a question-and-answer interview follows
INTERVIEW_WORDS = frozenset("интервью беседе беседу поговорил поговорила поговорили побеседовал побеседовала "
                            "побеседовали спросили спросил спросила вопросы".split())
# Surname endings that tell a gender ("Захарова", "Петров")
SURNAME_ENDINGS = {"f": ("ова", "ева", "ина", "ына", "ая", "ска", "цка"),
                   "m": ("ов", "ев", "ин", "ын", "ий", "ый", "ски", "цки")}
# Endings of the lower-case words that belong to a title after it ("министр иностранных дел", "министърът на
# външните работи", "на образованието")
TITLE_GENITIVE_ENDINGS = ("ых", "их", "ого", "ей", "ой", "ния", "ата", "ите", "ски", "ския", "ото", "ето", "ия", "ска")
# "… до ледостава. Об этом сообщили в Министерстве транспорта": the sentence before is the speaker's
POINTER_OPENERS = ("об этом", "такие данные", "эти данные", "такой прогноз", "эти цифры", "такие цифры",
                   "такое мнение", "такую оценку", "такое заявление", "такой вывод", "такие выводы",
                   "такое предположение")
# "Там же полагают", "Там обаче предупредиха": "there" at a sentence's start is the body cited last
PLACE_ANAPHORS = frozenset({"там"})
# Capitalised only as a sentence's first word and never a speaker: "Так, … заявил", "Тук …"
NOT_NAMES = frozenset("как так тут здесь затем потом однако также теперь сейчас поэтому итак впрочем кроме "
                      "ранее позже позднее накануне вчера сегодня все вот потому днем днём утром вечером "
                      "ночью".split())
# "В ведомстве уточнили", "По данным регулятора": a body that only points back at the one named last
BODY_ANAPHORS = frozenset("ведомство ведомства ведомстве ведомству ведомством регулятор регулятора регулятору "
                          "регулятором регуляторе".split())
# "Как уточнили в компании", "В компании заявили": a body named by a common noun only after the preposition of a
# plural verb with no subject (elsewhere "компании" is mostly a genitive: "представитель компании")
LOCATIVE_BODIES = frozenset("компании управлении".split())
#: Lemmas of the roles that speak for a body: "По словам представителя Кремля, …" is the person the article
#: introduced in that role ("пресс-секретарь президента Дмитрий Песков"), not the body
SPOKES_ROLES = frozenset("представитель пресс-секретарь спикер".split())
#: A body's lemma -> the lemmas that name the same body in a spokesman's title ("представитель Кремля" is the
#: "пресс-секретарь президента")
ROLE_BODY_ALIASES = {"кремль": ("кремль", "президент")}
#: Lemmas of an unnamed person who speaks ("Собеседник в одной из администраций … объяснил"): a role noun after it
#: ("— рассказал чиновник") points back at them
ANONYMOUS_SOURCES = frozenset("собеседник собеседница источник".split())

#: Words that open a counted group as a source ("segundo mais de duas centenas de cientistas").
QUANTIFIERS = frozenset("более менее около почти свыше десятки сотни тысячи несколько многие большинство "
                        "одного одной".split())

#: An office named by a word of its own: "омбудсмен" is the one named before as "уполномоченный по правам человека"
TITLE_SYNONYMS = {"омбудсмен": "уполномоченный", "омбудсмена": "уполномоченный", "омбудсмену": "уполномоченный",
                  # "— подчеркнула защитница": the one introduced as "адвокат" (the defence counsel)
                  "защитник": "адвокат", "защитница": "адвокат"}
__all__ += ["TITLE_SYNONYMS"]

# -- what the article says an entity does, suffers or is called (the cast's evidence without a parse;
#    read by narrascope/models/cast_evidence.py: lexical_evidence) ----------------------------------------------
__all__ += ["CAST_HARM_VERBS", "CAST_HELP_VERBS", "CAST_NOT_VERBS", "CAST_HARM_NOUNS", "CAST_AGENT_NOUNS",
            "CAST_BLAME_NOUNS", "CAST_BLAME_WORDS", "CAST_VICTIM_WORDS", "CAST_FILLERS", "CAST_NEGATIONS",
            "CAST_COPULAS", "CAST_AGENT_PREPS", "CAST_CONDITIONALS", "CAST_ACCUSATIVE_ENDINGS"]
#: Beginnings of finite verbs of harm an agent does ("обстреляла", "напали", "вторглась").
CAST_HARM_VERBS = ("обстрел", "атаковал", "атакует", "атакуют", "напал", "нападает", "нападают", "вторгл",
                   "вторгает", "захватил", "захватыва", "оккупировал", "оккупирует", "бомбил", "бомбит", "бомбят",
                   "бомбардир", "похитил", "похищает", "похищают", "угрожа", "шантажир", "аннексир", "депортир",
                   "спровоцир", "провоцир", "обманул", "обманыва", "солгал", "лжет", "лжёт", "лгут", "развязал",
                   "развязыва", "убил", "убива", "расстрелял", "расстрелива", "казнил", "терроризир", "разграбил",
                   "отравил", "саботир", "подорвал", "взорвал", "пытал ", "пытали ", "пытает")
#: Beginnings of verbs of help ("защищала", "спасли", "эвакуировали").
CAST_HELP_VERBS = ("защищ", "защитил", "защитит", "спасл", "спасает", "спасают", "спасет", "спасёт", "помогл",
                   "помог ", "помогает", "помогают", "эвакуир", "освободил", "освобожда", "восстановил",
                   "восстанавлива", "укрыва", "накормил")
#: Words those beginnings also start that are no such verb ("пытался": tried; "защитник" is a noun).
CAST_NOT_VERBS = frozenset("пытался пыталась пытались пытается пытаются защитник защитники защитников".split())
#: Nouns of harm -> the preposition that names who suffers it ("нападение на Украину", "удары по Харькову");
#: "" = a genitive right after the noun ("оккупация Крыма", "обстрел Донецка").
CAST_HARM_NOUNS = {
    "нападение": "на", "нападения": "на", "нападении": "на", "вторжение": "в", "вторжения": "в", "вторжении": "в",
    "агрессия": "против", "агрессии": "против", "агрессию": "против", "удар": "по", "удары": "по", "ударов": "по",
    "ударами": "по", "атака": "на", "атаки": "на", "атаку": "на", "атак": "на", "обстрел": "", "обстрелы": "",
    "обстрелов": "", "обстрела": "", "оккупация": "", "оккупации": "", "блокада": "", "блокады": "",
    "бомбардировки": "", "бомбардировка": "", "разрушение": "", "геноцид": "",
}
#: Nouns of aggression whose genitive right after them is the one who does it ("вторжение России").
CAST_AGENT_NOUNS = frozenset("""вторжение вторжения вторжении вторжением агрессия агрессии агрессию агрессией
нападение нападения нападении провокации провокация преступления преступлений пропаганда пропаганды""".split())
#: Nouns that blame the genitive after them ("режим Зеленского", "хунта Порошенко").
CAST_BLAME_NOUNS = frozenset("режим режима режиму режимом режиме хунта хунты хунте хунтой".split())
#: What an entity can be called that blames it ("Россия — агрессор").
CAST_BLAME_WORDS = ("агрессор", "террорист", "преступник", "преступн", "фашист", "нацист", "неонацист",
                    "диктатор", "оккупант", "захватчик", "лжец", "убийц", "палач", "марионетк")
#: What an entity can be called that pities it ("стала жертвой", "пострадала").
CAST_VICTIM_WORDS = ("жертв", "пострадал")
#: Words that may stand between a name and its verb ("Россия снова атаковала").
CAST_FILLERS = frozenset("""снова вновь уже также тоже ранее неоднократно опять фактически фактически якобы
ещё еще вчера сегодня ночью утром""".split())
CAST_NEGATIONS = frozenset({"не", "ни"})
#: Words between a name and what it is called ("Россия — агрессор", "Киев является").
CAST_COPULAS = frozenset("— – - это является являются стала стал стали был была были".split())
#: Prepositions that put the doer of a noun of harm after it ("вторжение в Украину со стороны России": rare) —
#: none in Russian: the genitive does it (CAST_AGENT_NOUNS).
CAST_AGENT_PREPS = frozenset()
#: Words that make a clause a condition, not a fact ("если Россия нападет").
CAST_CONDITIONALS = frozenset({"если", "ежели"})
#: Endings of a name in the accusative (feminine -у/-ю): the object of a verb right before it, not its subject
#: ("атаковала Украину"; "атаковала Россия" is Russia attacking, in the free Russian word order).
CAST_ACCUSATIVE_ENDINGS = ("у", "ю")
#: Words that open a relative clause between a subject and its verb
#: ("В агрохолдинге «Тамыр», чьи поля граничат с пасеками, заявили, что …"):
#: the subject stands before the clause
RELATIVES = frozenset("""
который которая которое которые которого которой котором которую которым которыми которых
чей чья чьё чье чьи чьей чьего чьих где
""".split())
#: Lemmas that report only after a pointer opener ("Такие данные опубликовало агентство «Автостат»", "Эти цифры
#: привёл министр"): alone they publish or lead to, and say nothing
POINTER_VERBS = frozenset("опубликовать публиковать привести приводить дать давать сделать делать".split())
#: Numbers written as words, a value only before a scale word ("два миллиона человек")
#: Lemmas of verbs that measure or count, no speech: "Росстат зафиксировал рост цен на 0,5%", "Министр оценил
#: расходы в 90 млн евро" give the figure to their subject as a claim, not a quote
ESTIMATE_VERBS = frozenset("""
оценить оценивать зафиксировать фиксировать насчитать насчитывать подсчитать подсчитывать посчитать
зарегистрировать регистрировать
""".split())
#: Nouns of a cited text that, opening a sentence before the body's name, give it the sentence's figures ("Прогноз
#: Минэкономразвития предполагает рост ВВП на 1,3%", "Данные Росстата показывают …")
SOURCE_SUBJECTS = frozenset("прогноз прогнозы данные доклад отчет отчёт исследование опрос расчеты расчёты оценки "
                            "обзор статистика".split())
NUMBER_WORDS = frozenset("один одна два две три четыре пять шесть семь восемь девять десять двадцать сто".split())


@lru_cache(maxsize=1)
def morph():
    """pymorphy3's Russian analyser, loaded once (about 15 MB) for every layer that reads Russian morphology: the
    names layer's lemmas and the attribution layer's verbs, cases and titles. Not a lexicon field."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")

#: Acronyms of common nouns (air defence, VAT, drones, media, rocket artillery, GDP, sabotage groups, the special
#: military operation ...): never an entity's name, though written in capitals
COMMON_ACRONYMS = frozenset("""пво про ндс бпла бла сми рсзо твд отрк рлс зрк пзрк птур бмп бтр рэб ввп впк дрг
дтп жкх мрот чп нпз аэс тэц гэс лэп впп опк кпп сво ии fpv co2 ch4""".split())
__all__ += ["COMMON_ACRONYMS"]

#: Head nouns (lemmas) and acronyms of a state's bodies that take their country in the genitive after them as part of
#: their name, as the annotators mark it: "МЧС России", "Минобороны РФ", "Министерство обороны Украины",
#: "Вооружённые силы России", "Следственный комитет России"; not a document ("Конституции Украины") or a day
BODIES_OF_A_COUNTRY = frozenset("""
мчс фсб уфсб мид мвд свр сбу гур мо минобороны минздрав минфин минюст минэнерго минобрнауки скр ск генштаб
генпрокуратура министерство комитет сила служба управление армия правительство посольство прокуратура
госдепартамент госдеп совбез спецслужба нацгвардия росгвардия гвардия разведка флот
""".split())

#: Adjectives (lemmas) of a country, a capital or a bloc that, before a group noun, name that side's people or
#: bodies: "российские военные", "украинских спецслужб", "киевских властей", "западных стран"
NATIONAL_ADJECTIVES = frozenset("""
российский русский украинский американский британский английский французский немецкий германский польский западный
киевский европейский натовский израильский иранский китайский турецкий венгерский молдавский грузинский белорусский
эстонский латвийский литовский финский шведский японский сирийский канадский итальянский румынский чешский
""".split())
#: Group nouns (lemmas) that such an adjective makes an actor the annotators mark: soldiers, authorities, services
#: (in the plural; :data:`COLLECTIVE_NOUNS` in the singular too: "российский военный" is one soldier, no side)
GROUP_NOUNS = frozenset("""
военный военнослужащий боец солдат войско армия власть спецслужба командование медик инженер правоохранитель
диверсант группировка начальство силовик чиновник политик дипломат страна государство партнер союзник наемник
националист неонацист боевик пограничник десантник летчик подразделение формирование руководство элита военачальник
генерал
""".split())  # (lemmas written with "е" for "ё", as they are compared)
COLLECTIVE_NOUNS = frozenset("армия власть командование группировка руководство элита начальство".split())
