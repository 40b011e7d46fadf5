"""Bulgarian lexicon. No lemmatiser runs on Bulgarian verbs: forms are listed as used in news."""
from __future__ import annotations

__all__ = ["NUMBER_WORDS", "PRO_DROP", "RELATIVES",
           "QUANTIFIERS", "POINTER_OPENERS", "PLACE_ANAPHORS", "NOT_NAMES", "BODY_ANAPHORS",
           "INFINITIVE_PARTICLES", "SURNAME_ENDINGS", "TITLE_GENITIVE_ENDINGS", "DASH_SPEECH", "QUOTE_MARKS",
           "REPORTING_VERBS", "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES", "CURRENCIES", "TITLES",
           "PRONOUNS", "COMPLEMENTIZERS", "PERCENT_WORDS", "SOURCE_VERBS_AFTER", "ROLE_NOUNS", "FRACTION_WORDS",
           "ABBREVIATIONS", "SINGLE_OFFICES", "MALE_NAMES_IN_A", "SOURCE_NOUNS", "INSTITUTION_NOUNS", "OBJECT_VERBS",
           "IMPERSONAL_PREPS", "PLURAL_ENDINGS", "TIME_WORDS", "INTERVIEW_WORDS", "AUX_BEFORE_VERB", "TITLE_SYNONYMS",
           "LOCATIVE_BODIES", "SOURCE_ONLY_VERBS",
           "BODY_SYNONYMS"]

QUOTE_MARKS = frozenset('„“"«')
REPORTING_VERBS = frozenset("""
заявя казвам кажа съобщя добавя посоча отбележа подчертая обявя заяви каза съобщи добави посочи отбеляза
подчерта обяви
""".split())
REPORTING_FORMS = frozenset("""
заяви заявил заявила заявиха заявява заявяват каза казал казала казаха казва казват съобщи съобщил съобщила
съобщиха съобщава добави добавил добавила добавиха добавя посочи посочил посочила посочиха посочва отбеляза
отбелязал отбелязала отбелязаха отбелязва подчерта подчертал подчертала подчертаха подчертава обяви обявил
обявила обявиха обявява допълни допълнил допълнила коментира коментирал коментирала написа написал написала
пише предупреди предупредил предупредила твърди твърдял твърдяла увери уверил уверила призова призовал
призовала обясни обяснил обяснила отговори отговорил отговорила изтъкна изтъкнал изтъкнала сподели
сподели споделил споделила уточни уточнил уточнила призна признал признала припомни припомнил припомнила
оплаква оплакват оплака оплакаха
алармира алармирал алармирала иронизира иронизирал иронизирала иронизираха
заплаши заплашил заплашила настоя настоял настояла смята смятат обеща обещал обещала категоричен
категорична убеден убедена прогнозира прогнозират прогнозирал прогнозирала възрази възразил възразила
очаква очакват очаквал очаквала поясни пояснил пояснила настоява настояват твърдят съобщават предупредиха
обясниха коментираха уточниха настояха поясниха допълниха обещаха отговориха признаха припомниха
разказа разказал разказала разказаха разказва
потвърди потвърдил потвърдила потвърдиха възмути възмутил възмутила пита попита обвини обвинил
обвинила обвиниха споделя изчисляват показва показват постанови постановиха
препоръча препоръчаха препоръчва препоръчват препоръчал препоръчала
отсече отсякъл отсякла извика извикал извикала посочват приема
""".split())
SOURCE_PHRASES = ("според", "по думите на", "по данни на", "по информация на", "както съобщи", "цитиран от",
                  "както заяви", "по мнението на", "по оценка на",
                  "по думите му", "по думите ѝ", "по думите й", "по негови думи", "по нейни думи", "по данни от",
                  "по негова оценка", "по нейна оценка", "по изчисления на", "по изчисленията на",
                  "по прогноза на", "сочат данните на", "сочат данни на", "показват данните на", "се казва в",
                  "по думите им", "по нейни данни", "по негови данни", "по негови изчисления", "по нейни изчисления",
                  "по негова информация", "по нейна информация", "по техни данни", "по техните данни",
                  "по техни думи", "по тяхна оценка", "по техни изчисления")
MONTHS = {m: i for i, names in enumerate((
    "януари ян", "февруари фев", "март мар", "април апр", "май", "юни", "юли", "август авг",
    "септември сеп", "октомври окт", "ноември ное", "декември дек"), 1) for m in names.split()}
NUMBER_SCALES = {"хил": 10**3, "хиляда": 10**3, "хиляди": 10**3, "млн": 10**6, "милион": 10**6,
                 "милиона": 10**6, "млрд": 10**9, "милиард": 10**9, "милиарда": 10**9, "трлн": 10**12,
                 "трилион": 10**12, "трилиона": 10**12}
CURRENCIES = frozenset("$ € £ ₽ лв лева лев долара долар евро рубли рубла".split())
TITLES = frozenset("""
президент премиер премиерът министър министърът председател председателят канцлер генерален секретар
говорител говорителят представител депутат посланик генерал командващ лидер лидерът директор външен външния
външните отбраната на бившият бивш държавен началник началникът кмет кметът управител управителят
заместник-кмет заместник-кметът заместник-министър заместник-министърът вицепремиер вицепремиерът
адмирал адмиралът вицеадмирал вицеадмиралът контраадмирал контраадмиралът
""".split())

PRONOUNS = {"той": "m", "тя": "f", "те": ""}
COMPLEMENTIZERS = frozenset({"че"})
PERCENT_WORDS = frozenset({"%", "процент", "процента", "процентa"})
# (and verbs of a body's decision, which report only after the decision: "Цената ще се повиши с 9%, реши КЕВР")
SOURCE_VERBS_AFTER = frozenset({"пише", "съобщава", "твърди", "реши", "решиха", "постанови", "постановиха",
                                "отсъди", "отсъдиха"})
ROLE_NOUNS = frozenset("""
икономист икономистът експерт експертът анализатор политолог професор дипломат депутат депутатът журналист
премиер премиерът министър министърът президент президентът говорител говорителят министър-председател
министър-председателят демограф демографът социолог социологът собственик собственикът климатолог
климатологът синоптик синоптикът метеоролог метеорологът фермер фермерът
пенсионер пенсионерът пенсионерката студент студентът студентката учител учителят учителката лекар лекарят
лекарката шофьор шофьорът жител жителят жителката жената мъжът
защитник защитникът обвинител обвинителят одитор одиторът одиторите
""".split())
FRACTION_WORDS = frozenset("""
наполовина половината трета третина четвърт двойно
""".split())
ABBREVIATIONS = frozenset("проф акад доц д-р г-н г-жа инж млн млрд хил".split())

# An office named by a phrase of its own ("Държавният глава призова …"): the person named before with the title
TITLE_SYNONYMS = {"държавният глава": "президентът", "държавния глава": "президентът",
                  "министър-председателят": "премиерът", "министър-председателя": "премиерът"}
# A body pointed back at by another noun ("Руското посолство … съобщиха от дипломатическата мисия")
BODY_SYNONYMS = {"мисия": "посолство", "мисията": "посолството"}
# Verbs that report only what a cited text shows ("Данните на НСИ обаче показват, че …", "Проучване на „Тренд“
# показва, че …"), never a person or "Това показва, че …"
SOURCE_ONLY_VERBS = frozenset("показва показват".split())
# Titles that name one office: a bare "премиерът" is not whoever spoke last.
SINGLE_OFFICES = frozenset("премиер премиерът президент президентът".split())
# Men's first names that end like women's
MALE_NAMES_IN_A = frozenset("никола илия никита илья лука".split())
# What a source phrase cites rather than who: "по изчисления на асоциацията", "сочат данните на НСИ"
SOURCE_NOUNS = frozenset("""
данни данните оценка оценката изчисления изчисленията доклад доклада анализ анализа проучване проучването
прогноза прогнозата съобщение съобщението позиция позицията
""".split())
# A body named by a common noun, which speaks as itself ("по изчисления на асоциацията")
INSTITUTION_NOUNS = frozenset("""
министерството ведомството агенцията асоциацията синдикатът синдиката организацията общината института
институтът пресцентърът пресцентъра съветът съвета дружеството дружество съдът съда службата
""".split())
# (and promises with their object: "обеща 30 милиона лева за подмяна на водопровода")
OBJECT_VERBS = frozenset("""определи определя нарече нарича обеща обещал обещала обещаха
препоръча препоръчаха препоръчва препоръчват препоръчал препоръчала""".split())
# "съобщиха от Столичната община", "От Сдружението … заявиха": a plural verb and its source after "от"
IMPERSONAL_PREPS = frozenset({"от"})
PLURAL_ENDINGS = ("ха", "ат", "ят")
# "…, съобщиха от съда.", "…, уточниха от общината.": a body named by its noun alone after "от", closing the sentence
LOCATIVE_BODIES = frozenset("""
съда общината министерството прокуратурата полицията агенцията болницата ведомството компанията дружеството
""".split())
TIME_WORDS = frozenset("понеделник вторник сряда четвъртък петък събота неделя".split())
# "— Words, — said X. — More words.": a dash at a paragraph or sentence start opens direct speech
DASH_SPEECH = True
# Surname endings that tell a gender ("Захарова", "Петров")
SURNAME_ENDINGS = {"f": ("ова", "ева", "ина", "ына", "ая", "ска", "цка"),
                   "m": ("ов", "ев", "ин", "ын", "ий", "ый", "ски", "цки")}
# Endings of the lower-case words that belong to a title after it ("министр иностранных дел", "министърът на
# външните работи", "на образованието")
TITLE_GENITIVE_ENDINGS = ("ых", "их", "ого", "ей", "ой", "ния", "ата", "ите", "ски", "ския", "ото", "ето", "ия", "ска")
# "настояват заплатите да достигнат 125%": what is demanded or proposed follows the verb
INFINITIVE_PARTICLES = frozenset({"да"})
# "… през декември. Това съобщи министърът на транспорта": the sentence before is the speaker's
POINTER_OPENERS = ("това", "за това")
# "Там же полагают", "Там обаче предупредиха": "there" at a sentence's start is the body cited last
PLACE_ANAPHORS = frozenset({"там"})
# Capitalised only as a sentence's first word and never a speaker: "Так, … заявил", "Тук …"
NOT_NAMES = frozenset("тук така затова после сега също обаче освен тогава впрочем".split())
# "В ведомстве уточнили": a body that only points back at the one named last
# (a union is mostly named by its acronym, "КНСБ", so "синдикатът" points back at the body named last)
BODY_ANAPHORS = frozenset("ведомството синдикатът синдиката съветът съвета".split())

#: Words that open a counted group as a source ("segundo mais de duas centenas de cientistas").
QUANTIFIERS = frozenset("повече по-малко около близо над десетки стотици хиляди няколко много мнозинството".split())

# -- what the article says an entity does, suffers or is called (the cast's evidence without a parse;
#    read by narrascope/models/cast_evidence.py: lexical_evidence) ----------------------------------------------
__all__ += ["CAST_HARM_VERBS", "CAST_HELP_VERBS", "CAST_NOT_VERBS", "CAST_HARM_NOUNS", "CAST_AGENT_NOUNS",
            "CAST_BLAME_NOUNS", "CAST_BLAME_WORDS", "CAST_VICTIM_WORDS", "CAST_FILLERS", "CAST_NEGATIONS",
            "CAST_COPULAS", "CAST_AGENT_PREPS", "CAST_CONDITIONALS", "CAST_ACCUSATIVE_ENDINGS"]
CAST_HARM_VERBS = ("обстрелва", "обстреля", "атакува", "нападна", "напада", "нахлу", "окупира", "бомбардира",
                   "уби ", "убиха", "убива", "отвлече", "отвлякоха", "заплаши", "заплашва", "провокира", "излъга",
                   "лъже", "анексира", "депортира", "саботира", "взриви", "разграби", "изби", "тероризира")
CAST_HELP_VERBS = ("защити", "защитава", "защитиха", "спаси", "спасява", "спасиха", "помогна", "помага",
                   "евакуира", "освободи", "освобождава", "възстанови", "приюти")
CAST_NOT_VERBS = frozenset("защитник защитници защитниците".split())
CAST_HARM_NOUNS = {
    "нападение": "срещу", "нападението": "срещу", "нахлуване": "в", "нахлуването": "в", "инвазия": "в",
    "инвазията": "в", "агресия": "срещу", "агресията": "срещу", "удари": "по", "ударите": "по", "удар": "по",
    "атака": "срещу", "атаката": "срещу", "атаки": "срещу", "окупация": "на", "окупацията": "на",
    "обстрел": "на", "обстрела": "на", "блокада": "на", "блокадата": "на", "геноцид": "срещу",
}
#: Nouns of aggression whose "на X" is the one who does it ("инвазията на Русия", "агресията на Москва").
CAST_AGENT_NOUNS = frozenset("""нахлуване нахлуването инвазия инвазията агресия агресията нападение
нападението пропаганда пропагандата престъпления престъпленията провокации провокациите""".split())
CAST_BLAME_NOUNS = frozenset("режим режима режимът хунта хунтата".split())
CAST_BLAME_WORDS = ("агресор", "терорист", "престъпни", "престъпник", "фашист", "нацист", "диктатор", "окупатор",
                    "нашественик", "лъжец", "убиец", "палач", "марионетк")
CAST_VICTIM_WORDS = ("жертва", "жертви", "пострада")
CAST_FILLERS = frozenset("отново вече също пак вчера днес нощес".split())
CAST_NEGATIONS = frozenset({"не", "нито"})
CAST_COPULAS = frozenset("— – - е са беше бяха стана станаха".split())
CAST_AGENT_PREPS = frozenset()
CAST_CONDITIONALS = frozenset({"ако"})
#: Bulgarian names do not change for the object.
CAST_ACCUSATIVE_ENDINGS = ("",)
#: Words that open a relative clause between a subject and its verb
#: ("Общината, която дължи пари на фирмата, съобщи, че …"):
#: the subject stands before the clause
RELATIVES = frozenset("който която което които чийто чиято чието чиито където".split())
#: A reporting verb may open a sentence without its subject ("Каза, че ще подаде оставка"): whoever spoke last
PRO_DROP = True
#: Numbers written as words, a value only before a scale word ("две хиляди души")
NUMBER_WORDS = frozenset("един една два две три четири пет шест седем осем девет десет двадесет сто".split())
#: "В интервю за БНР X обясни …" before dash questions and answers: the answers are X's words
INTERVIEW_WORDS = frozenset("интервю интервюто разговор разговора предаване предаването".split())
#: Adverbs between a reporting verb that opens a sentence and its "че" ("Каза още, че …", "Добави също, че …")
AUX_BEFORE_VERB = frozenset("още също обаче и".split())
