"""Speakers and sources without a parser: the quotes and claims of Bulgarian, Hindi, Portuguese and Russian.

These languages get a blank spaCy tokenizer (no parse), so who said what is read from the words around a
quote with the language's lexicon (:mod:`narrascope.lang`):

- a reporting verb next to the quote, before or after it, with its speaker before the verb (``Песков
  заявил: «…»``, ``«…», — Песков заявил``) or after it (``«…», — заявил Песков``; ``"…", disse o ministro
  Fulano``); Russian verbs are recognised by their pymorphy3 lemma (any tense, gerunds too), the others by
  the forms listed in their lexicon;
- Hindi's ergative ``X ने कहा`` (the speaker is the phrase before ने, also when words stand between ने and
  the verb: ``X ने संवाददाताओं से कहा``) and ``उन्होंने कहा``;
- a source phrase: ``по словам X``, ``според X``, ``segundo X``, ``de acordo com X``, ``X के अनुसार``;
- a pronoun (он/она, той/тя, ele/ela, उन्होंने) or a verb with no subject at all (Portuguese ``disse.``,
  Bulgarian ``каза.``): the speaker of the quote just before in the same or previous paragraph, else the
  last person named before;
- a title without a name (``министр``, ``o porta-voz``, ``प्रवक्ता``): the last person named before with
  that title next to a mention, else the last person named before when the title is a role (``дипломат``)
  or an office that person was not introduced with another office for, else the title phrase itself;
- a quote after a colon with no reporting verb: the subject opening the sentence (``Ковальчук обратил
  внимание на другое: «…»``);
- a plural verb with no subject and its source after a preposition (``сообщили в Гидрометцентре``, ``От
  Сдружението на търговските вериги заявиха``), a body named by a common noun (``o colegiado afirmou``,
  ``сообщила пресс-служба``), the people of a body after a source phrase (``Според експерти от БАН``), what a
  source phrase cites skipped (``segundo estimativas do sistema europeu Copernicus``), an opinion without "that"
  (``considera o calendário irrealista``), a source only at a sentence's start (``Para Martins, …``).

Which words do this is lexicon data (:class:`narrascope.lang.Lexicon`): source and institution nouns, object
verbs, the prepositions of plural verbs, single offices, men's names in -a, surname endings, the attribution
window (Hindi ten words).

Names in quote marks (``компании «Россети»``, ``Агенция „Пътна инфраструктура“``), an acronym in brackets after
the name it stands for (``Confederação … do Brasil (CNA)``) and a name after a title and a comma (``a ministra do
Meio Ambiente, Luciana Prado Assis``) are read as parts of the speaker phrase.

A speaker is a span of the text: a run of capitalised words (with de/da/do between them) or, in Hindi,
the words before ने. It maps to the entity whose mention overlaps its last word (the surname), so an
inflected speaker ("По словам Шатрова") joins the entity of "Шатров" when the entities layer groups them.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lang import Lexicon
from ..lang import hi as _hi
from ..lang.ru import morph as _morph
from ..schema import Entity, Span
from .multilingual_names import _PT_PORTFOLIOS

_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097F][\w\u0900-\u0963\u0966-\u097F\-’']*"
                   r"(?:\.[\w\u0900-\u0963\u0966-\u097F]+)*")
# "92 साल की सुखमनी देवी", "45 वर्षीय कमला": a sentence that opens with an age, then the name (group 1, with a second
# word that ends many Indian names in group 2)
_HI_AGED = re.compile(r"\s*(?:\d+\s+(?:साल|वर्ष)\s+(?:की|के)|\d+\s*वर्षीय)\s+([\u0900-\u097F]+)"
                      r"(?:\s+(देवी|कुमारी|बाई|बेगम|खातून|सिंह|प्रसाद|लाल|राम))?(?![\u0900-\u097F])")
# "पोकरण निवासी 34 वर्षीय महेंद्र सिंह भाटी", "बालेसर की रहने वाली कमला देवी": a person given with their place of
# residence (and age) anywhere in the sentence; groups as in _HI_AGED
_HI_RESIDENT = re.compile(r"(?<![\u0900-\u097F])(निवासी|(?<=की\s)रहने\s+वाली|(?<=के\s)रहने\s+वाले)\s+"
                          r"(?:\d+\s*वर्षीय\s+|\d+\s+(?:साल|वर्ष)\s+"
                          r"(?:की|के)\s+)?([\u0900-\u0963\u0966-\u097F]+)(?:\s+(देवी|कुमारी|बाई|बेगम|खातून|सिंह|प्रसाद|लाल|राम))?"
                          r"(?![\u0900-\u097F])")
# "प्रिया के पिता ", "कमला देवी की बहू ": a sentence that opens with a kinship phrase, the person named after it
_HI_KIN = re.compile(r"\s*[^\s।.!?,]+(?:\s+[^\s।.!?,]+){0,2}?\s+(?:का|की|के)\s+(?:पिता|माता|मां|माँ|भाई|बहन|पति|पत्नी|"
                     r"बेटा|बेटी|बेटे|बहू|दादा|दादी|नाना|नानी|चाचा|चाची|मामा|ससुर|सास)\s+")
# "फ़िक्की के (एक) सर्वे में [शामिल …]": the body whose survey those asked were in (group 1)
_HI_IN_SURVEY = re.compile(r"(?<![\u0900-\u097F])([^\s।.!?,'\"“”‘’]+(?:\s+[^\s।.!?,'\"“”‘’]+){0,2}?)"
                           r"\s+(?:की|के)\s+(?:एक\s+)?"
                           r"(?:ताज़ा\s+|ताजा\s+|हालिया\s+)?(?:सर्वे|सर्वेक्षण|अध्ययन)\s+में\s+$")
_SENT_END = re.compile(r"[.!?।]\s|[.!?।]$|\n")
_CONNECTORS = frozenset("de da do dos das von van der фон дер".split())  # not "и"/"e": they join two names
# Hindi postpositions and particles that end a name phrase going backwards.
_HI_STOP = frozenset("""
को में से ने का की के पर और तो भी है हैं था थे थी ही यह वह इस उस एक कि लेकिन मगर जबकि साथ बाद पहले तक लिए
वाले वाली वाला ओर द्वारा बीच दौरान वहीं हुए हालांकि हालाँकि
""".split())
# short verb forms that end a sentence and look like an initial ("… सलाह दी. पुतिन ने"; not "आई", the letter I)
_HI_SHORT_VERBS = frozenset("दी दे दो ली ले गई गए हो".split())
# Hindi: a postposition after a name that makes it no subject ("पुतिन को", "ट्रंप की आलोचना"), but not the source
# phrases "की तरफ से", "की ओर से", "के हवाले से" ("पुतिन की तरफ से प्रतिक्रिया आई … उनके अनुसार" is Putin)
_HI_OBJECT = re.compile(r"\s+(?!की तरफ़? से|की ओर से|के हवाले से)(?:को|की|के|का|से|में|पर|तक|द्वारा)(?![\u0900-\u097F])")
# a Russian body's head title in any case: "глава", "председателя", "руководителем"
_RU_HEAD = r"(?:глав[аыеуо]й?|председател[ьяюем]м?|руководител[ьяюем]м?)"

# "— рассказала нашему корреспонденту фельдшер с пятнадцатилетним стажем Ольга": a role, a "с …" phrase (an adjective or
# two and a noun in the instrumental), then the name
_RU_ROLE_WITH_PHRASE = re.compile(r"\s+(?:[а-яё]+\s+){0,3}?([а-яё-]+)\s+(?:с|со)\s+(?:[а-яё-]+\s+){0,2}"
                                  r"[а-яё]+(?:ом|ем|ой|ей|ами|ями)\s+(?=[A-ZА-ЯЁ])")
# an outlet told, named right after the verb: «Известиям», “Ъ”, РИА Новости, РБК, ТАСС, Reuters
_RU_OUTLET = r"(?:«[^»]{1,30}»|“[^”]{1,30}”|РИА\s+Новости|[A-ZА-ЯЁ][\w.-]*)"
# "сказал РБК источник …", "рассказал «Известиям» собеседник …", "сообщил РИА Новости источник": an outlet told, then
# who spoke
_RU_TOLD_THEN_SOURCE = re.compile(r"\s+" + _RU_OUTLET + r"\s+(источник|собеседник)\b")

# "— сказал ТАСС представитель оперативных служб", "— сказал Reuters высокопоставленный чиновник": an outlet told,
# then a role (an adjective may stand before it)
_RU_TOLD_THEN_ROLE = re.compile(r"\s+(" + _RU_OUTLET + r")\s+((?:[а-яё]+(?:ый|ий|ой|ая|яя)\s+)?([а-яё][\w-]+))\b")
# "В разговоре с Набиуллиной президент отметил": a conversation with someone opening the sentence, before the subject
_RU_TALK_WITH = re.compile(r"\s*(?:В|Во)\s+(?:разговоре|беседе|интервью|ходе\s+беседы|ходе\s+разговора)\s+(?:с|со)\s+"
                           r"(?:[а-яё-]+\s+){0,3}?(?:«[^«»]{1,30}»|[A-ZА-ЯЁ][\w-]*)(?:\s+[A-ZА-ЯЁ][\w-]*){0,2},?(?=\s)")
# a company's noun right before its name in quote marks: "компании «Кузбассэнерго»", "банка «Открытие»"
_RU_FIRM_BEFORE = re.compile(r"\b(?:компани[июяей]+|концерн[аеу]?|холдинг[аеу]?|групп[аеуы]|банк[аеу]?|центр[аеу]?)"
                             r"\s*[«„“\"]?$")

_PREPOSITIONS = frozenset("в во във на из от до к ко у при про через с со със под над за пред по към "
                          "em no na nos nas para por pela pelo da do das dos de com à ao aos às".split())
_NOT_SKIPPED = frozenset("как кроме освен".split())  # sentence adverbs that may not stand between subject and verb
_PLACE_PREPS = frozenset("в във em no na in".split())  # a body "in" a place: "дружество в Смолян"
_POSSESSIVES = frozenset("его её ее му ѝ й негови нейни негова нейна неговите нейните им техни техните их".split())
_FEMININE_POSSESSIVES = frozenset("её ее ѝ й нейни нейна нейните".split())
# "по думите им", "по техни данни", "по их словам": whoever spoke last, of either gender
_PLURAL_POSSESSIVES = frozenset({"им", "техни", "техните", "их"})
_THEIR = frozenset({"техни", "техните", "их"})  # (not "им": "по думите им" is whoever spoke last, as before)
_OBLIQUE = frozenset("него нея тях ним ней них их ele ela eles elas".split())  # ("говорится в их обзоре")
_ADJ_ENDINGS = ("ого", "его", "ой", "ей", "ий", "ый", "ая", "ое", "ых", "их", "ния", "ски", "ския", "ската",
                "ното", "ната", "ия", "ска", "ско", "ият")
# words that open a Bulgarian statement, never part of a source's noun phrase: demonstratives, focus particles and
# the particles of a verb ("Според учените тази жега …", "според експертите ще …")
# Bulgarian endings of a word with the definite article ("пожарната", "огънят", "студеното", "учените"), and of an
# adjective with it ("първоначалната", "предварителните", "официалния")
_BG_DEFINITE = ("ът", "ят", "ата", "ята", "ото", "ето", "ите")
# "…, установи проверка на КЗП", "…, показа одит на Сметната палата": a past verb of what a cited text found, closing
# the statement before its cited text and whose it is (as "сочи" and "показва" do)
_BG_CITED_TEXT_VERBS = frozenset("установи установиха".split())
_BG_DEFINITE_ADJECTIVE = ("ната", "ните", "ния", "ният", "ското", "ската", "ските", "ното")
# Adverbs between a Bulgarian subject and its verb ("Министерството … също заяви")
_BG_BEFORE_VERB = frozenset("също обаче още вече отново днес вчера и пък".split())
# A Bulgarian body's name, quoted or an acronym, then a dash before the town of its branch ("„Геозащита“ – Варна")
_BG_BRANCH = re.compile(r"(„[^„“”\n]{2,40}[“”]|(?<!\w)[А-ЯA-Z]{2,8}(?!\w)) [–—-] $")
# "публикува проучване", "която публикува финансовото изследване": a study or a report issued
_BG_ISSUED = re.compile(r"(?<!\w)(публикува|публикуваха|изготви|изготвиха|представи|представиха|проведе|проведоха)"
                        r"\s+(?:[а-я-]+\s+){0,3}?(проучване|изследване|доклад|анализ|проучването|изследването|"
                        r"доклада|анализа|становище|становището)(?!\w)")
# "заяви председателят на КТ „Подкрепа“ Димитър Манолов": a title, its body by an acronym and a name in quote marks,
# then the person's first name and surname
_BG_TITLE_OF_QUOTED_BODY = re.compile(r"\s+(?:[а-я]+\s+){0,3}?([а-я-]+)\s+на\s+(?:[А-Я]{2,6}\s+)?„[^„“\n]{1,40}“\s+"
                                      r"([А-Я][а-я]+(?:-[А-Я][а-я]+)?\s+[А-Я][а-я]+(?:-[А-Я][а-я]+)?)(?![\w-])")
_BG_STATEMENT_OPENERS = frozenset("това тази този тези тъкмо именно ще не вече".split())
# Bulgarian nouns of bodies, as they follow a definite adjective ("областната администрация", "руското ведомство")
# the small words an acronym leaves out ("Института за пазарна икономика": ИПИ)
_BG_SMALL_WORDS = frozenset("за по и на в във от с със към до".split())
_BG_BODY_NOUNS = frozenset("""
администрация инспекция дирекция агенция служба полиция прокуратура комисия власт управа болница компания фирма
асоциация организация камара палата партия коалиция община министерство ведомство институция банка каса съвет
съд управление институт университет академия мисия посолство дружество синдикат федерация сдружение власти фонд
""".split())
# endings of Bulgarian adjectives in a body's complement ("по обществени поръчки", "за градска мобилност")
# "в мотивите, прочетени от съдия X", "в писмото, подписано от кмета X": who read or signed the cited text
_BG_TEXT_READ_BY = re.compile(r",\s+(?:прочетен|оповестен|подписан|изпратен|внесен)[аио]?\s+от\s")
_BG_ADJECTIVE = ("ни", "на", "но", "ски", "ска", "ско", "ен", "ия", "ата", "ото", "ите", "ова", "ово", "ови")
# after a body's name: its town after a dash and an academic title ("РЗИ – Перник д-р …", "ОДМВР – Бургас …")
# (or the field of the office: "представителя на ЕС за външната политика Кая Калас")
_BG_BODY_TOWN = re.compile(r"(?:\s+(?:за|по)(?:\s+[а-я]+){1,3}(?=\s+[А-Я]))?(?:\s+[–-]\s+[А-Я][а-я]+)?"
                           r"\s+(?:(?:д-р|проф\.|доц\.|инж\.|акад\.)\s+)?")
# "Учените по климата", "Лекарите от спешната помощ": a plural definite noun opening a sentence and its field, in
# lower case, before a plural verb
# (or an indefinite plural of people, its place's name closing it: "Жители на съседното село Градница")
_BG_PLURAL_GROUP = re.compile(r"([А-Я][а-я]+(?:ите|ците)\s+(?:по|от|на|в|за)(?:\s+[а-я]+){1,3}"
                              r"|([А-Я][а-я]+)\s+(?:от|на|в)(?:\s+[а-я]+){1,3}(?:\s+[А-Я][а-я]+)?)\s*")
# "Министърът на вътрешните работи посети …": a definite title opening a sentence, with its lower-case genitive
_BG_TITLED_OPENING = re.compile(r"\s*([А-Я][а-я-]+(?:ът|ят))((?:\s+на\s+(?:[а-я]+(?:ните|ната|ното|ския|ските|ското|"
                                r"ската)\s+[а-я]+|[а-я]+))?)")
# what may stand between a Bulgarian subject and its verb: nothing, or a filler ("от своя страна", "също", "обаче")
_BG_AFTER_SUBJECT = re.compile(r"\W*(?:(?:от своя страна|също|обаче|вече|днес|от тяхна страна)\W*)?")
# the people of a body ("वन विभाग के अधिकारियों ने बताया"): the body is part of the speaker
_HI_BODY_PEOPLE = frozenset("अधिकारियों अधिकारी सूत्रों कर्मचारियों".split())
# a title of a body's person ("दिल्ली पुलिस के प्रवक्ता ने बताया"): the body's spokesman, unless one was named before
_HI_BODY_TITLES = frozenset({"प्रवक्ता"})
_HI_SOURCE_NOUNS = frozenset("आंकड़ों आंकड़े आँकड़ों रिपोर्ट अनुमान अनुमानों सर्वे सर्वेक्षण अध्ययन बयान बुलेटिन आदेश अधिसूचना".split())
#: source nouns of figures with no author of their own: ownerless, the article cites them ("आंकड़ों के मुताबिक, …")
_HI_DATA_NOUNS = frozenset("आंकड़ों आंकड़े आँकड़ों आँकड़े".split())
# words that leave a source noun ownerless: "जारी आंकड़ों के मुताबिक", "ताजा आंकड़ों के अनुसार"
_HI_SOURCE_MODIFIERS = frozenset("जारी ताजा ताज़ा नए नवीनतम इन इन्हीं".split())
_ARTICLES = frozenset("o a os as um uma the".split())
# Portuguese: a title with its article opening the sentence, then the name after a comma ("O ministro da Previdência,
# Raimundo Bezerra"; "Em Moscovo, a porta-voz …, Maria Zakharova")
_PT_BODY_ASIDE = re.compile(r",\s+(?:d[oa]s?|de)\s+[A-ZÀ-Ý][^,;:.!?\n«»\"“”()]{0,100}\([A-ZÀ-Ý][\w-]{1,12}\),\s*$")
#: "…, do Hospital Pequeno Príncipe, em Curitiba, afirma": the town of the body named in an aside, before the verb
#: ("…, da unidade Gado de Corte, em Campo Grande, lembra": one lower-case noun of the body's kind may open it;
#: round 31)
_PT_TOWN_AFTER_BODY = re.compile(r",\s+(?:d[oa]s?|de)\s+(?:[a-zà-ú]{3,}\s+)?[A-ZÀ-Ý][^,;:.!?\n«»\"“”()]{1,80}"
                                 r"(,\s+(?:em|no|na)\s+[A-ZÀ-Ý][\w-]+(?:\s+(?:(?:de|do|da|dos|das)\s+)?[A-ZÀ-Ý][\w-]+){0,3},\s*)$")
_PT_KIND_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:do|da|dos|das)\s+([a-zà-ú]{3,})\s$")
#: "o gerente de uma trading", "a diretora de um hospital": a title of a body given with an indefinite article
_PT_OF_SOME = re.compile(r"\s+(?:de|d)\s*(?:um|uma)\s+[a-zà-ú]")
_PT_WHERE_ASIDE = re.compile(r",\s+(?:no|na|nos|nas|num|numa|em)\s+[a-zà-ú][^,;:.!?\n«»\"“”()A-ZÀ-Ý]{0,80},\s*$")
_PT_FIELD = r"[A-ZÀ-Ý][\w-]*(?: (?:de|da|do|dos|das) [A-ZÀ-Ý][\w-]*| [A-ZÀ-Ý][\w-]*)*"
#: "Fonte oficial do Ministério da Educação, Ciência e Inovação" right before a verb: a body with its fields listed, or
#: an unnamed source of a body
_PT_FIELDED_BODY = re.compile(rf"(?:(?<![\w-])(Fontes?(?:\s+oficia(?:l|is))?)\s+(?:d[oa]s?|de)\s+)?"
                              rf"([A-ZÀ-Ý][\w-]*\s+(?:de|do|da|dos|das)\s+{_PT_FIELD}(?:,\s+{_PT_FIELD})*"
                              rf"(?:\s+e\s+{_PT_FIELD})?)\s*$")
#: "Fonte do gabinete do presidente", "Fontes próximas do ministro": an unnamed source of a body or an office, all in
#: lower case after it, opening the sentence right before the verb
_PT_BARE_SOURCE = re.compile(r"\s*(Fontes?(?:\s+(?:oficia(?:l|is)|próximas?|ligadas?))?)(\s+(?:d[oa]s?|de|ao|à)\s+"
                             r"[a-zà-ú][a-zà-ú\s-]{1,70}?)\s*")
#: how far before the verb such a body may start (the longest in the written and training articles is under 100)
_PT_FIELDED_WINDOW = 300
_PT_FIELD_LIST = re.compile(rf"(\w[\w-]*) (?:de|do|da|dos|das) {_PT_FIELD}(?:, {_PT_FIELD})* e $")
_PT_FIELD_LIST_MID = re.compile(rf"(\w[\w-]*) (?:de|do|da|dos|das) {_PT_FIELD}(?:, {_PT_FIELD})*, $")
_PT_FIELD_LIST_REST = re.compile(rf"(?:, {_PT_FIELD})* e [A-ZÀ-Ý]")
# ("A ministra do Trabalho, Solidariedade e Segurança Social, Rosário …": a title's fields listed with commas)
_PT_TITLED_APPOSITION = re.compile(r"(?:^|(?<=[.!?,]\s)|(?<=\n))(O|A|o|a)\s+([\w-]+)[^.!?,;:\n\"“”«»]{0,80}"
                                   r"(?:,\s+[A-ZÀ-Ý][^.!?,;:\n\"“”«»]{0,40}\s+e\s+[A-ZÀ-Ý][^.!?,;:\n\"“”«»]{0,30})?,\s+")
# "acusou o governo de mentir", "acusa o treinador de "…"": the one accused, between the verb and "de"
# (the one accused may be a name: "acusou o Governo de", "acusa Moscovo de", "acusou a ministra da Saúde de")
_PT_ACCUSED = re.compile(r"\s+(?:(?:o|a|os|as)\s+[a-zà-ú-]+|(?:(?:o|a|os|as)\s+)?[A-ZÀ-Ú][\w-]*)"
                         r"(?:\s+(?:d[aoe]s?\s+)?[A-ZÀ-Ú][\w-]*)?\s+de\s+[«“\"a-zà-ú]")
# Portuguese prepositions that open a fronted phrase before a sentence's subject ("Em declarações à Lusa, a …")
# a past-tense verb, its object (a few words, one capitalised) and "e" just before a second verb
#: "Um operador que pediu para não ser identificado contou que": an article, a role noun and its relative clause
_PT_ROLE_THAT = re.compile(r"\s*(?:Um|Uma|O|A|Outro|Outra)\s+([a-zà-ú-]+)\s+(que)\s+[^,.;:!?«»“”\"—–\n]{3,80}?\s*$")
#: "Um vigilante, que pediu anonimato, contou que", "Uma moradora que vive ali há 30 anos, e que …, conta que": after an
#: indefinite article only, the relative clause may hold commas
#: (a lower-case genitive may follow the noun: "Um funcionário dos serviços de urbanismo, que pediu o anonimato,")
#: (an ordinal and a closing place may stand in it: "Uma aluna do 11.º ano", "Um servidor da vigilância epidemiológica
#: de Curitiba")
_PT_ROLE_GENITIVE = (r"(?:\s+(?:de|do|da|dos|das)(?:\s+(?:[a-zà-ú-]+|\d{1,2}\.?\s?[ºª])){1,4}"
                     r"(?:\s+(?:de|do|da|dos|das)\s+[A-ZÀ-Ú][\w-]+)?)?")
_PT_ROLE_THAT_COMMAS = re.compile(r"\s*(?:Um|Uma|Outro|Outra)\s+([a-zà-ú-]+)"
                                  + _PT_ROLE_GENITIVE +
                                  r"\s*,?\s+(que)\s+"
                                  r"[^.;:!?«»“”\"—–\n]{3,160}?,\s*$")
#: "Uma liderança feminina da aldeia, que pediu …, afirmou que", "Um deputado do PSD eleito pelo círculo do Porto, que
#: pediu …, queixou-se de que": after an indefinite article, an adjective, a genitive with a capitalised name and a
#: participle's phrase may stand between the noun and its relative clause between commas (round 30)
#: "a entidade liderada por …": a body's noun, then who heads it
_PT_BODY_LED_BY = re.compile(r"\s*(?:[oa]s?\s+)?([a-zà-ú]+)\s+(?:liderad|presidid|dirigid|chefiad|coordenad)[oa]s?\s+"
                             r"por\s")
#: the same anywhere before a bare "o porta-voz"
_PT_BY_VOICE_ANYWHERE = re.compile(r",\s+pela\s+voz\s+d[eoa]\s+((?:[a-zà-ú-]+\s+){0,3}[A-ZÀ-Ú][\w-]+"
                                   r"(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ú][\w-]+){0,3}),")
#: "Questionado sobre a espera, resumiu:": a capitalised participle and its phrase, then only the verb and a colon
# "Técnicos do ministério ouvidos pela reportagem dizem que …", "Interlocutores do ministro afirmam que …": a plural
# role or group noun opening the sentence, with its genitive (up to four words), then a plural verb (round 32)
_PT_GROUP_OPENER = re.compile(r"\s*([A-ZÀ-Ú][a-zà-ú]+s)\s+(d[oa]s?|de)\s+((?:[\w-]+\s+){0,3}?[\w-]+)"
                              r"(?=\s+(?:ouvid|consultad|contactad|citad|que\b|sob\b|em\b|,)|\s*$)")
_PT_ONE_OF_THEM = re.compile(r"\s+((?:um|uma)\s+del[ea]s)(?=\s*[.,;!?]|\s*$)")
_PT_GROUP_NOUNS = frozenset("interlocutores integrantes membros aliados aliadas auxiliares".split())
_PT_ASKED_OPENER = re.compile(r"\s*([A-ZÀ-Ú][a-zà-ú]+)\s+([a-zà-ú]+)\s+[^,.;:!?«»“”\"—–\n]{1,60},\s*")
#: "Já o Livre, pela voz de Rui Tavares, lamentou que": a body speaking through a person named between commas
_PT_BY_VOICE = re.compile(r",\s+pela\s+voz\s+d[eoa]\s+((?:[a-zà-ú-]+\s+){0,3}[A-ZÀ-Ú][\w-]+(?:\s+(?:d[aeo]s?\s+)?"
                          r"[A-ZÀ-Ú][\w-]+){0,3}),\s*$")
_PT_ROLE_THAT_LONG = re.compile(r"\s*(?:Um|Uma|Outro|Outra)\s+([a-zà-ú-]+)"
                                r"(?:\s+(?!que\b|e\b|mas\b)[\w.ºª-]+){1,8}?"
                                r"\s*,\s+(que)\s+"
                                r"[^.;:!?«»“”\"—–\n]{3,160}?,\s*$")
#: "Um assessor do MEC que participa das mesas de negociação afirmou que": after an indefinite article, the noun, a
#: genitive with a capitalised name and a relative clause with no commas; the subject is the noun (round 31)
_PT_ROLE_OF_NAME_THAT = re.compile(r"\s*(?:Um|Uma|Outro|Outra)\s+([a-zà-ú-]+)\s+(?:de|do|da|dos|das)\s+[A-ZÀ-Ú][\w-]*"
                                   r"(?:\s+(?:(?:de|do|da|dos|das)\s+)?[A-ZÀ-Ú][\w-]*){0,3}\s+(que)\s+"
                                   r"[^,.;:!?«»“”\"—–\n]{3,80}?\s*$")
#: "Na Escola Secundária de Loulé, uma aluna do 11.º ano, que preferiu não ser identificada, conta que": a place
#: fronted before the unnamed speaker and the relative clause between commas
_PT_ROLE_THAT_FRONTED = re.compile(r"\s*(?:Na|No|Nas|Nos|Em)\s+[^,.;:!?«»“”\"\n]{2,60},\s+(?:um|uma|outro|outra)\s+"
                                   r"([a-zà-ú-]+)" + _PT_ROLE_GENITIVE +
                                   r"\s*,\s+(que)\s+[^.;:!?«»“”\"—–\n]{3,160}?,\s*$")
#: "Um ministro do STF ouvido reservadamente pela reportagem avaliou que": an unnamed source, then a participle of being
#: heard or asked (no commas), right before the verb; the subject is the noun (round 28)
_PT_ROLE_HEARD = re.compile(r"\s*(?:Um|Uma|Outro|Outra)\s+([a-zà-ú-]+)(?:\s+(?:de|do|da|dos|das)\s+[\w-]+){0,3}\s+"
                            r"((?:ouvid|consultad|contactad|contatad|entrevistad)[oa])\s+[^,.;:!?«»“”\"—–\n]{3,60}?\s*$")
#: "Um diplomata de um Estado báltico disse que", "Um técnico do órgão, ouvido sob reserva, afirmou que": an unnamed
#: source opening the sentence, its genitive (which may hold a capitalised common noun after "um"/"uma") and a
#: participle of being heard between commas, right before the verb; the subject is the noun, not a word of its genitive
#: (round 29)
_PT_ROLE_OF = re.compile(r"\s*(?:Um|Uma|Outro|Outra)\s+([a-zà-ú-]+)()"
                         r"(?:\s+(?:de|do|da|dos|das)\s+(?:(?:um|uma)\s+[\w-]+(?:\s+[a-zà-ú-]+)?|[a-zà-ú-]+)){1,2}"
                         r"(?:\s*,\s+(?:ouvid|consultad|contactad|contatad|entrevistad)[oa]\s+[^,.;:!?«»“”\"—–\n]{3,60}?,)?"
                         r"\s*$")
#: "observou em relatório enviado a clientes nesta quinta-feira o economista …": the text the speaker wrote or spoke in,
#: between the verb and an article, a role noun and a name
_PT_MEDIUM_AFTER_VERB = re.compile(r"\s+(?:em|num|numa|no|na)\s+(?:relatório|nota|entrevista|comunicado|análise|carta|"
                                   r"documento|mensagem|publicação|artigo|parecer|boletim)\b[^,.;:!?«»“”\"\n]{0,70}?"
                                   r"(?=\s+(?:o|a)\s+[a-zà-ú-]+\s+[A-ZÀ-Ú])")
#: "É o caso de Carla Antunes, 44 anos, que …", "Mariana Toledo, 21, aluna de biologia": a name with an age after it
#: is a person's, after a preposition too (round 31)
_PT_AGE_AFTER = re.compile(r",\s+(?:de\s+)?\d{1,3}(?:\s+anos)?\s*[,.]")
#: (after a preposition only with "anos": "na Rua Augusta, 120, no primeiro andar" is a street and its number)
_PT_YEARS_AFTER = re.compile(r",\s+(?:de\s+)?\d{1,3}\s+anos\s*[,.]")
#: "…, onde, afirmou, os preços …": a conjunction or relative and a comma right before a bare reporting verb
_PT_INSET_AFTER = re.compile(r"(?<![\w-])(?:onde|que|porque|quando|como|mas|e|se|pois)\s*,\s*$")
#: "avisou, em declarações à SIC, o presidente …": an occasion or the outlet told, between commas, before the subject
_PT_ASIDE_AFTER_VERB = re.compile(r",\s+(?:em|num|numa|durante|no|na|à|ao)\s+[^,.;:!?«»“”\"\n]{2,60},"
                                  r"(?=\s+(?:o|a|os|as)\s+[a-zà-ú-]+\b)")
#: "disse a secretária durante entrevista no Palácio Pedro Ludovico": a bare title or role noun after the verb, then
#: where or how it was said; the names in that phrase are no speaker (round 30)
_PT_MEDIUM_AFTER_NOUN = re.compile(r"\s+(?:o|a)\s+([a-zà-ú-]+)(?=\s+(?:em|num|numa|durante)\s+(?:entrevista|nota|"
                                   r"comunicado|conferência|coletiva|visita|audiência|reunião|sessão|debate|live|"
                                   r"transmissão|cerimônia|cerimónia|evento)\b)")
#: the office the head of state holds in Portugal and Brazil
_PT_PRESIDENT_OFFICE = re.compile(r"Presidente\s+da\s+República")
#: the gender an article gives the role noun after it ("Um operador", "a técnica")
_PT_ARTICLE_GENDER = {"o": "m", "um": "m", "outro": "m", "a": "f", "uma": "f", "outra": "f"}
#: "Um operador …", "Outra moradora …": an unnamed speaker opening a sentence
#: '"…", explicou um diplomata de um país do Norte da Europa': "um/uma" and a trade right after the closing verb (the
#: one told may come first: "disse à Lusa um …"), then a genitive that names nothing either ("de um …", not "da
#: Embaixada da Polónia", whose body stays the speaker)
_PT_ONE_OF_TRADE = re.compile(r"\s+(?:(?:à|ao)\s+\S+\s+)?uma?\s+([a-zà-ÿ-]+)(?=\s+de\s+uma?\s)")
#: "a mesma fonte", "esse magistrado": an unnamed source named again
_PT_SAME_BEFORE = re.compile(r"(?<![\w-])(?:[oa]\s+mesm[oa]|d?ess[ea]|d?est[ea])\s+$")  # ("deste responsável")
_PT_UNNAMED_OPENER = re.compile(r"(?<![\w-])(Um|Uma|Outro|Outra)\s+([a-zà-ú-]+)\b")
#: a government named by its leader: "O executivo de Luís Montenegro", "o executivo liderado por Lula"
_PT_GOVERNMENT_OF = re.compile(r"(?<!\w)[Oo]\s+(executivo\s+(?:de|do|da|liderado\s+por|chefiado\s+por)\s+"
                               r"[A-ZÀ-Ú][\w-]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ú][\w-]+){0,3})\s+")
#: an unnamed person in apposition to the subject: ", uma reformada de 81 anos, contou"
_PT_UNNAMED_APPOSED = re.compile(r",\s+(um|uma)\s+([a-zà-ú-]+)(?:\s+de\s+\d+\s+anos)?(?:\s+d[eoa]s?\s+[A-ZÀ-Ú][\w-]*)?,"
                                 r"\s+[a-zà-ú]+")
#: a person's name right after a body's acronym, closed by a comma ("da Universidade de Brasília (UnB) Roberto
#: Goulart,")
_PT_PERSON_AFTER_ACRONYM = re.compile(r"\s*([A-ZÀ-Ú][a-zà-ú]+(?:\s+(?:d[aoe]s?\s+)?[A-ZÀ-Ú][a-zà-ú]+){1,3})(?=,)")
#: heads of a body's name where scholars and doctors work ("Universidade de Brasília (UnB) Roberto Goulart")
_PT_SCHOOL_HEADS = frozenset("universidade faculdade escola hospital banco centro".split())
_PT_COORDINATED = re.compile(r"(?<!\S)([a-zà-ú]{3,}(?:ou|eu|iu))\s+(?:(?!que\s|se\s)[\w-]+\s+){0,15}?[\w-]+\s+e\s*$")
_PT_COORDINATED_TAIL = re.compile(r"\s+(?:(?!que\s|se\s)[\w-]+\s+){0,15}?[\w-]+\s+e\s*")
_PT_PLACE_BEFORE_COMMA = re.compile(r"(?<!\S)(?:em|no|na|nos|nas|para|pelo|pela)\s+[A-ZÀ-Ý][\w-]+"
                                    r"(?:\s+(?:(?:de|da|do|dos|das)\s+)?[A-ZÀ-Ý][\w-]+)*\s*,\s*$")
_PT_NOT_PAST_VERBS = frozenset("europeu europeus plebeu judeu ateu museu troféu chapéu apogeu".split())
_PT_SOURCE_ADJECTIVE = re.compile(r"[a-zà-ú]{3,}(?:icas?|icos?|ais|al|ares|ar|árias?|ários?|eias?|eus|istas?)")
_PT_OF = frozenset("de do da dos das pelo pela ao à no na".split())
_PT_OTHER = frozenset("Outro Outra Outros Outras".split())  # "Outra moradora disse": no name
_PT_FRONTED = frozenset("em na no nas nos num numa".split())
# "a empresa" points back at a company: a name after an article or its contraction ("a administração da Vougametal",
# "de acordo com a Águas do Algarve"), not after "em"/"na" (a place) and not a public body ("o Governo")
# "Em comunicado, acusa …", "Numa nota, lembra …": a sentence that opens with a statement's medium, no subject after it
_PT_STATEMENT_OPENER = re.compile(r"(?:Em|Num|Numa)\s+(?:\w+\s+)?(?:comunicado|nota)(?:\s+(?:enviad|divulgad)[ao]\s+"
                                  r"[^,.;:!?«»“”\"]{0,40})?,\s*")
# role words that are adjectives too: "o técnico" coaches, "o relatório técnico" is a report
_PT_ROLE_ADJECTIVES = frozenset("técnico técnica socialista comunista centrista social-democrata familiar parlamentar "
                                "responsável vizinho vizinha oficial".split())
# ("o país vizinho, segundo anunciou Putin"; "Uma fonte oficial da Navigator afirmou")
# after a cited text's own name: by whom it was released ("dados da Pnad Contínua divulgados nesta sexta pelo IBGE")
_PT_RELEASED_BY = re.compile(r"(?:\s+(?:por|para|de|d[oa]s?|e)\s+[A-ZÀ-Ú][\w-]*(?:\s+[A-ZÀ-Ú][\w-]*)*)*"
                             r"(?:\s*\([^()\n]{1,30}\))?\s+(?:divulgad|feit|elaborad|realizad)[oa]s?\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:pel[oa]s?|por)\s+(?=[A-ZÀ-Ú])")
_PT_COMPANY_NOUNS = frozenset("""empresa companhia construtora fabricante administração petrolífera farmacêutica
seguradora transportadora retalhista concessionária estatal""".split())
# (a company noun may come between the article and the name: "o consórcio H2 Atlântico", "a construtora Mota-Engil")
#: after a reporting verb, "ao"/"à" and a capitalised name of several words that closes the sentence: whom it was
#: told ("afirmou ao Jornal de Notícias.", "disse ao Correio da Manhã."), never who spoke (a name joined by
#: "de"/"da"/"do": "disse ao Expresso Marta Reis." names the outlet, then the speaker)
_PT_TOLD_NAME_ONLY = re.compile(r"\s+(?:ao|à)\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w-]+(?:\s+(?:de|da|do|das|dos)\s+"
                                r"[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w.-]*\w)+\s*(?:[.!?…]|$)")
_PT_COMPANY_BEFORE = re.compile(r"(?:^|\s)(?:[oa]s?|d[oa]s?|pel[oa]s?|à|ao|às|aos)\s+(?:(?:consórcio|grupo|empresa|"
                                r"companhia|construtora|fabricante|operadora|petrolífera|farmacêutica|seguradora|"
                                r"transportadora|retalhista|concessionária|multinacional|startup|mineradora|"
                                r"distribuidora|varejista|siderúrgica|montadora|elétrica|energética)"
                                # ("a fabricante de autopeças Valtec": the company's trade after its noun)
                                r"(?:\s+d[eoa]s?\s+[a-zà-ú-]{3,})?\s+)?$",
                                re.IGNORECASE)
_PT_NOT_COMPANIES = frozenset("governo estado parlamento congresso senado assembleia tribunal polícia universidade "
                              "união comissão justiça câmara prefeitura ministério".split())
_HI_INSTITUTIONS = frozenset("मंत्रालय विभाग कार्यालय आयोग परिषद सरकार बैंक संगठन दफ्तर".split())
# a short name in quote marks right before a verb: "Профсоюз медработников «Действие» считает"
_QUOTED_BEFORE = re.compile(r"[«„“\"]([A-ZА-ЯЁ][^«»„“”\"\n.,;:!?]{0,40}?)[»“”\"][ \t]*$")
# texts issued by a body or person ("Комисията публикува оценка, според която …")
# a text cited by its bare noun at a sentence's end ("…, пише в анализа.")
_BG_BARE_TEXTS = frozenset("анализа доклада становището проучването изследването отчета".split())
_BG_ISSUED_TEXTS = frozenset("оценка позиция становище решение доклад анализ одит съобщение изявление".split())
_BG_ISSUING_VERBS = frozenset("""публикува публикуваха разпространи разпространиха представи представиха
изпрати изпратиха издаде издадоха прие приеха оповести оповестиха излезе излязоха""".split())
# how the names of countries end ("Румъния", "Украйна", "Полша", "Молдова")
_BG_COUNTRY_ENDINGS = ("ия", "йна", "ша", "дова", "тва", "ипет", "ран", "ай")
_BG_MARKED = re.compile(r"[«„“\"][A-ZА-ЯA-Z][^«»„“”\"\n.,;:!?]{0,40}?[»“”\"]")
_BG_WHEN_AFTER_MARKS = re.compile(r"[»“”\"]\s+от\s+([а-я]+)(?:\s+(?:19|20)\d\d(?:\s*г\.)?)?[ \t]*$")
QUOTED_NAME = re.compile(r"[ \t]*[«„“\"]([A-ZА-ЯЁ][^«»„“”\"\n.,;:!?]{0,40}?)[»“”\"]")
# (men's first names in -a and titles of one office are lexicon data: Lexicon.male_names_in_a, .single_offices)
# "глава города Н.", "глава Кичменгско-Городецкого округа": the head of a town, whom a bare "мэр" names later
_RU_TOWN_HEAD = re.compile(r"глав[аыео]\s+(?:[\w-]+\s+){0,2}(?:города|округа|района|поселка|посёлка)\s+"
                           r"(?:[\w-]+\s+){0,2}$")
# "в письме в ЦБ", "в обращении к Минфину": the text sent and its addressee, between a subject and its verb
_RU_LETTER_TO = re.compile(r"\s(?:в|во)\s+(?:письме|обращении|запросе|письмах|обращениях)\s+"
                           r"(?:в|во|к|ко|на)\s+[A-ZА-ЯЁ«]")
# "Лавров в интервью агентству РИА Новости заявил", "Костров в беседе с журналистами ИА «…» отметил": the outlet
# told is no subject
_RU_TOLD_IN = re.compile(r"\s(?:в|во)\s+(?:интервью|беседе|разговоре|эфире|комментарии)\s+(?:с\s+|со\s+)?"
                         r"(?:[а-яё-]+\s+){0,2}[A-ZА-ЯЁ«„]")
# the occasion a statement was made at, between the subject and its verb ("Силуанов на заседании бюджетного комитета
# Госдумы заверил"): the body after it is no subject
_RU_AT_EVENT = re.compile(r"\sна\s+(?:[а-яё-]+\s+)?(?:заседании|совещании|встрече|пресс-конференции|брифинге|форуме|"
                          r"конгрессе|съезде|сессии|коллегии|саммите|церемонии|конференции|слушаниях)\s+"
                          r"(?:с\s+|со\s+)?(?:[а-яё-]+\s+){0,3}[A-ZА-ЯЁ«„]")
# where the subject posted a statement ("Парфенчиков в своем Telegram-канале написал"): the channel is no subject
_RU_POSTED_IN = re.compile(r"\s(?:в|во)\s+(?:сво[её]м\s+|своей\s+|своих\s+|личном\s+|официальном\s+)?"
                           r"(?:[Tt]elegram-канале|[Тт]елеграм-канале|канале|блоге|соцсетях|соцсети|аккаунте|"
                           r"микроблоге|[Tt]elegram|[Тт]елеграме?)(?=[\s,])")
# where a statement was posted ("в своем канале в «Максе»"): a name in quote marks after it is a medium
_RU_MEDIA_PLACES = frozenset("канале телеграм-канале telegram-канале блоге аккаунте странице сообществе "
                             "соцсети соцсетях мессенджере".split())
# a deputy's or aide's title right before another title: "заместитель министра", "помощник президента"
_RU_DEPUTY_BEFORE = re.compile(r"(?:заместител|помощник|советник|пресс-секретар|представител)[а-яё]*\s+$")
# Russian: an office's short or descriptive name -> the words it was introduced with (lower case, searched in the
# words before a name)
_RU_OFFICE_ALIASES = (
    (re.compile(r"замминистр"), re.compile(r"заместител[а-яё]*\s+министр")),
    (re.compile(r"зампред"), re.compile(r"заместител[а-яё]*\s+председател")),
    (re.compile(r"замглав"), re.compile(r"заместител[а-яё]*\s+глав")),
    (re.compile(r"генсек"), re.compile(r"генеральн[а-яё]*\s+секретар")),
    (re.compile(r"главврач"), re.compile(r"главн[а-яё]*\s+врач")),
    # "Постпред добавил" for "постоянный представитель РФ при ОБСЕ Дмитрий Поляков"
    (re.compile(r"постпред"), re.compile(r"постоянн[а-яё]*\s+представител")),
    (re.compile(r"министр"), re.compile(r"глав[а-яё]*\s+(?:мид|мин[а-яё]+|министерств[а-яё]*)(?![а-яё])")),
    (re.compile(r"глав[аеуы]?\s+(?:ведомства|министерства|мид|мин[а-яё]+)(?![а-яё])"), re.compile(r"министр")),
    (re.compile(r"глав[аеуы]?\s+(?:региона|области|края|республики|субъекта)(?![а-яё])"),
     re.compile(r"губернатор")),
    # "Глава государства обратил внимание" for the president, "глава правительства" for the premier
    (re.compile(r"глав[аеуы]?\s+государства(?![а-яё])"), re.compile(r"президент")),
    # "сказала глава ЦБ" for "Председатель Банка России Эльвира Набиуллина"
    (re.compile(r"глав[аеуы]?\s+(?:цб|центробанка|регулятора)(?![а-яё])"),
     re.compile(r"(?:председател[а-яё]*|глав[аеуы]?)\s+(?:банка\s+россии|цб|центробанка|центрального\s+банка)")),
    (re.compile(r"глав[аеуы]?\s+правительства(?![а-яё])"),
     re.compile(r"премьер|председател[а-яё]*\s+правительств")),
)


def _ru_office_alias(title: str, after: str) -> re.Pattern | None:
    """Russian: the words an office was introduced with when it is now named otherwise ("замминистра" for
    "заместитель министра", "глава региона" for "губернатор"); ``after`` is the text right after the title."""
    nxt = after.split()
    if len(nxt) > 1 and nxt[0].islower() and nxt[0].endswith(("ого", "его", "ой", "ей")) and _ru_adjective(nxt[0]):
        nxt = nxt[1:]  # "глава военного ведомства": the body's noun after its adjective
    phrase = title.lower() + " " + (nxt[0].lower().strip(",.;:") if nxt else "")
    for short, full in _RU_OFFICE_ALIASES:
        if short.match(phrase):
            return full
    return None


# "С.", "टी.", "वी": one letter (a syllable) of a name; initials written together ("वी.के.", "В.В.") too
# the dative of a name in quote marks ("«Известиям»", "«Коммерсанту»"): who was told
RU_DATIVE = ("ям", "ам", "у", "ю")


def _ru_past_gender(word: str | None) -> str:
    """Russian: "m" or "f" for a singular past-tense verb ("заявил", "сказала"), else ""."""
    if not word or not re.fullmatch(r"[а-яё]+", word.lower()):
        return ""
    tag = _morph().parse(word.lower())[0].tag
    if tag.POS != "VERB" or "past" not in tag or "sing" not in tag:
        return ""
    return "m" if "masc" in tag else "f" if "femn" in tag else ""


# a central bank by its names: "регулятор" points back at it
_RU_CENTRAL_BANK = re.compile(r"(?<!\w)(?:Банк[а-я]{0,2}\s+России|ЦБ(?:\s+РФ)?|Центробанк[а-я]{0,2}|"
                              r"Центральн[а-я]{2,3}\s+банк[а-я]{0,2})(?!\w)")
# a federal service's or agency's noun after its adjectives ("Федеральная антимонопольная служба", "Федеральное
# агентство …"): a body that "ведомство" may point back at
_RU_SERVICE_NOUNS = frozenset("служба агентство инспекция комиссия".split())
# an outlet's common noun in the dative: the one told ("— заявил адвокат агентству ТАСС")
_RU_OUTLETS_TOLD = frozenset("агентству изданию газете телеканалу радиостанции порталу журналу корреспонденту "
                             "корреспондентке".split())
# an acronym in brackets right after a body's name: "Federação Brasileira de Bancos (Febraban)"
# a Brazilian politician's party and state in brackets after the name ("(PL-RJ)", "(RJ)"), no acronym of the name
_PT_PARTY_STATE = re.compile(r"(?:[\w]+-)?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|"
                             r"SP|SE|TO)")
# a nationality adjective right after a title ("o ministro ucraniano", "a chefe da diplomacia estónia")
_PT_NATIONALITY = re.compile(r"\s+([a-zà-ú]{4,}(?:ano|ana|anos|anas|ês|esa|eno|ena|ico|ica|ino|ina|ão|ã|sso|ssa|co|ca|"
                             r"nio|nia|eu|eia|dês|desa))\b")


def _pt_initials_hold(name: str, acronym: str) -> bool:
    """Whether the capitals of ``acronym`` are, in order, initials of ``name``'s capitalised words ("Faculdade de
    Ciências e Tecnologia da Universidade de Coimbra" and "FCTUC"; not "Luiz Inácio Lula da Silva" and "PT")."""
    initials = iter(w[0].upper() for w in name.split() if w[:1].isupper())
    return all(c in initials for c in acronym if c.isupper())


def _unaccent(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-ZА-ЯЁ][\w-]{1,11}(?:[ \t][A-ZА-ЯЁ][\w-]{1,11})?)\)")
INITIAL = re.compile(r"(?:(?:[A-ZА-ЯЁ]|[\u0900-\u097F]{1,2})\.)*(?:[A-ZА-ЯЁ]|[\u0900-\u097F]{1,2})$")


#: Russian: an office "по … делам" of a named body ("Верховный представитель Евросоюза по иностранным делам и
#: политике безопасности", "Верховный комиссар ООН по делам беженцев") opening the sentence
_RU_OFFICE_FOR_AFFAIRS = re.compile(
    r"\s*((?:[А-ЯЁ][а-яё]+(?:ый|ий|ой)\s+)?(?:[Пп]редставитель|[Кк]омиссар|[Сс]пецпредставитель|[Сс]пецпосланник)"
    r"\s+(?:[A-ZА-ЯЁ][\w-]*\s+){1,2}по\s+(?:[а-яё]+\s+)?делам(?:\s+(?!и\s)[а-яё]+)?(?:\s+и\s+[а-яё]+(?:\s+[а-яё]+)?)?)"
    r"(?=[\s,])")
#: Russian: an unnamed member of a body opening the sentence ("Высокопоставленный сотрудник Госдепартамента")
_RU_UNNAMED_MEMBER = re.compile(r"\s*((?:[А-ЯЁ][а-яё]+(?:ый|ий|ой)\s+)?(?:[Сс]отрудник|[Сс]отрудница|[Чч]иновник))\s+")
#: Russian: the region a bare "глава" heads ("Глава республики написал")
_RU_REGION_HEAD = re.compile(r"\s+(?:республики|области|края|региона)(?![\w-])")
#: Russian: "на вопрос «Ъ»", "на вопрос журналистов", "на запрос “Ъ”" between a subject and its verb
_RU_ASKED_ASIDE = re.compile(r"(?<!\s)\s+на\s+(?:вопросы?|запросы?)\s+(?:[«“\"][^«»“”\"\n]{1,30}[»”\"]|[а-яё]+)\s*$")
#: Russian: a subject issued a text ("опубликовал доклад о …", "представила отчет об исполнении", "опубликовал
#: очередной выпуск обзора"), and the bare nouns a next sentence cites it by ("Согласно документу, …")
_RU_ISSUED = re.compile(r"(?<!\w)((?:опубликова|представи|подготови|выпусти|обнародова|распространи)(?:л|ла|ло|ли))"
                        r"\s+(?:[а-яё-]+\s+){0,3}?(?:доклад|отч[её]т|обзор|исследование|мониторинг|документ|"
                        r"бюллетень|прогноз|аналитическ\w+ записк\w+|справк\w+)[а-яё]*(?!\w)")
_RU_TEXT_GENITIVES = frozenset("доклада отчета отчёта обзора исследования мониторинга документа бюллетеня "
                               "прогноза".split())
_RU_BARE_TEXTS = frozenset("документу докладу отчету отчёту обзору исследованию мониторингу ему нему бюллетеню "
                           "прогнозу".split())
#: (``(?<!\s)``: the aside starts where a run of spaces starts, as the leftmost match did; without it a run of
#: thousands of spaces before the verb was read once per space, quadratic)
_RU_EVENT_ASIDE = re.compile(r"(?<!\s)\s+на\s+(?:встрече|брифинге|пресс-конференции|совещании|заседании|форуме|съезде"
                             r"|пресс-подходе)(?:\s+с\s+\w+)?(?:\s+после\s+[а-яё]+)?(?:\s+во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
                             r"воскресенье))?\s*$")
#: Bulgarian: an aside in brackets or "цитиран от X," closing the words before a verb ("Борис Стефанов (72 г.) казва").
#: (``(?<!\s)``: from where a run of spaces starts, as the leftmost match did; from every space was quadratic)
_BG_ASIDE_BEFORE_VERB = re.compile(r"(?<!\s)\s*(?:\((?![A-ZА-Я]{2,8}\))[^()\n]{1,40}\)|,\s*цитиран[аио]?\s+от\s+"
                                   r"[^,.\n]{1,40},(?:\s+се(?=\s*$))?)\s*$")
_RU_RELAY_ASIDE = re.compile(r",\s+как\s+(?:пишет|пишут|сообщает|сообщают|передает|передают|передаёт)"
                             r"\s+[^,.;:!?]+,\s*$")
# A country adjective's stem (its first four letters) -> the stems of the country's other names, for countries whose
# adjective starts otherwise than their name ("американского" -> "США", "немецкий" канцлер -> "Германии"; "Президент
# РФ" is "российский", "Чехии" "чешский", "Дании" "датский": review41)
_RU_COUNTRY_ADJECTIVE_STEMS = {"амер": ("сша",), "брит": ("великобритан",), "англ": ("великобритан",),
                               "неме": ("герман", "фрг"), "туре": ("турц",), "кита": ("кнр",), "бело": ("беларус",),
                               "росс": ("рф",), "чешс": ("чехи",), "датс": ("дани",), "голл": ("нидерл",)}
_RU_MONTH_IN = re.compile(r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[еяюь]")
_RU_WHEN_WORDS = frozenset("сегодня вчера ранее позднее накануне утром днем днём вечером ночью".split())
_RU_WHOSE_NOUN = re.compile(r"\s*(?:его|ее|её|их)\s+[а-яё-]+,\s+(?=[а-яё-]+\s)")


@dataclass
class Speaker:
    """Who a cue points at: a name (an entity's when one is found), its entity id and span, and the cue."""

    name: str | None
    entity: str | None
    span: Span | None
    cue: str


class _SpeakerLog(list):
    """The speakers (or Hindi agents) found so far in one article, as (position, speaker): a list that counts its
    changes other than appends (``rewrites``). What is read from it once per entry (the Hindi look-back's candidates,
    ``Resolver._hi_candidates``) is kept for the entries read and extended by those appended since; a rewrite
    (``speakers[:] = before``, ``speakers[-1] = …``, a pop, a sort) has it read again from the start."""

    __slots__ = ("rewrites",)

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.rewrites = 0

    def __setitem__(self, *args) -> None:
        self.rewrites += 1
        super().__setitem__(*args)

    def __delitem__(self, *args) -> None:
        self.rewrites += 1
        super().__delitem__(*args)

    def __imul__(self, n):
        self.rewrites += 1
        return super().__imul__(n)

    def insert(self, *args) -> None:
        self.rewrites += 1
        super().insert(*args)

    def pop(self, *args):
        self.rewrites += 1
        return super().pop(*args)

    def remove(self, *args) -> None:
        self.rewrites += 1
        super().remove(*args)

    def sort(self, *args, **kwargs) -> None:
        self.rewrites += 1
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self.rewrites += 1
        super().reverse()

    def clear(self) -> None:
        self.rewrites += 1
        super().clear()


class _LogIndex:
    """The entries of a ``_SpeakerLog`` that give a key (``entry(index, position, speaker)`` is not None), sorted by
    key, kept per article: extended by the entries appended since the last ``sync`` (each read once), read again
    from the start when the log was rewritten or another one was assigned (``Resolver.previous_speaker``: the whole
    list of speakers was read on every look-back)."""

    def __init__(self, entry, spans: bool = False) -> None:
        self.entry = entry
        self.spans = spans  # keys of spans: (start, …, end), of which ``widest`` is the longest
        self.log: _SpeakerLog | None = None
        self.rewrites = 0
        self.read = 0
        self.keys: list[tuple] = []
        self.values: set = set()  # the keys' first items
        self.widest = 0

    def sync(self, log: _SpeakerLog) -> list[tuple]:
        if log is not self.log or log.rewrites != self.rewrites or self.read > len(log):
            self.log, self.rewrites, self.read, self.keys, self.values, self.widest = log, log.rewrites, 0, [], set(), 0
        for k in range(self.read, len(log)):
            key = self.entry(k, *log[k])
            if key is not None:
                bisect.insort(self.keys, key)
                self.values.add(key[0])
                if self.spans:
                    self.widest = max(self.widest, key[-1] - key[0])
        self.read = len(log)
        return self.keys


@lru_cache(maxsize=20000)
def _ru_reporting(word: str, verbs: frozenset[str]) -> bool:
    """Whether a Russian word is a form (finite verb, infinitive or gerund) of a reporting verb lemma."""
    return any(p.tag.POS in ("VERB", "INFN", "GRND") and p.normal_form.replace("ё", "е") in verbs
               for p in _morph().parse(word))


def _ru_same_country(a: str | None, b: str | None) -> bool:
    """Russian: whether a country's adjective or name and another ("белорусский", "беларуси"; "азербайджана",
    "азербайджанский") may name the same country: the same first three letters, one's first four letters inside the
    other, or a known pair (:data:`_RU_COUNTRY_ADJECTIVE_STEMS`); True when either is unknown."""
    if not a or not b:
        return True
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    alias = [v for k, vs in _RU_COUNTRY_ADJECTIVE_STEMS.items() if a.startswith(k) or b.startswith(k) for v in vs]
    return a[:3] == b[:3] or a[:4] in b or b[:4] in a or any(x.startswith(v) for v in alias for x in (a, b))


_RU_ONE_OF_THEM = re.compile(r"\s*(Один|Одна)\s+из\s+них\s*")
#: "Дипломат из одной из прикаспийских стран, пожелавший остаться неназванным, рассказал": a capitalised role noun
#: opening the clause, "из одной/одного из" and lower-case words, an optional participle's aside between commas
_RU_ONE_OF_ROLE = re.compile(r"\s*([А-ЯЁ][а-яё-]+)\s+из\s+(?:одной|одного)\s+из(?:\s+[а-яё-]+){1,4}"
                             r"(?:\s*,\s*[а-яё]+(?:ший|шая|вший|вшая)(?:\s+[а-яё-]+){0,5}\s*,)?\s*$")


@lru_cache(maxsize=4)
def _ru_prefixes(verbs: frozenset[str]) -> frozenset[str]:
    """First three letters of every form of every lemma: a word starting otherwise is not looked up (most words).
    Forms, not only lemmas: "пишет" (писать) starts otherwise than its lemma."""
    heads = {v[:3] for v in verbs}
    for v in verbs:
        for p in _morph().parse(v)[:1]:
            if p.tag.POS == "INFN":
                heads.update(f.word[:3] for f in p.lexeme)
    return frozenset(heads) | frozenset(h.replace("е", "ё") for h in heads)


@lru_cache(maxsize=20000)
def _ru_adjective(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word first as a full adjective ("территориальном")."""
    return _morph().parse(word.lower())[0].tag.POS == "ADJF"


@lru_cache(maxsize=20000)
def _ru_genitive_noun(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word, first or second, as a noun in the genitive ("суда", "губернатора")."""
    return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in _morph().parse(word.lower())[:2])


@lru_cache(maxsize=20000)
def _ru_participle_opener(word: str, nxt: str) -> bool:
    """A Russian participle ("попросивший не называть его имени"), a gerund ("выступая на форуме") or an adjective
    with its preposition ("близкий к администрации"): it opens a clause between commas that qualifies the subject
    before it, as a relative does."""
    p = _morph().parse(word)[0]
    return p.tag.POS in ("PRTF", "GRND") \
        or p.tag.POS == "ADJF" and "nomn" in p.tag and _morph().parse(nxt)[0].tag.POS == "PREP"


_BG_ASIDE_PREPS = frozenset("в във от до между за на през по с със сред пред".split())
_BG_PARTICIPLE_ENDINGS = ("ан", "ана", "ано", "ани", "ян", "яна", "яно", "яни", "ен", "ена", "ено", "ени", "ит", "ита",
                          "ито", "ити")


def _bg_participle_opener(word: str, nxt: str) -> bool:
    """A Bulgarian past passive participle with its preposition ("проведено между 10 и 17 ноември", "изпратени до
    „Капитал“", "публикуван в сряда"): it opens a clause between commas that qualifies the cited text or the
    subject before it, as a relative does."""
    # (not one of leading: "групата, ръководена от професор X, предупреди" is the leader's statement)
    # (or a source's wish not to be named: "Служител в министерството, пожелал да остане анонимен, каза …")
    if word in _BG_ANONYMITY_WISH and (nxt == "да" or nxt.startswith("аноним")):
        return True
    return word.islower() and len(word) >= 7 and word.endswith(_BG_PARTICIPLE_ENDINGS) and nxt in _BG_ASIDE_PREPS \
        and not word.startswith(("ръковод", "оглав", "водена", "воден"))


# "Висш служител в Министерството на финансите": an unnamed source's noun after a capitalised adjective, and its body
_BG_ADJECTIVE_ROLE = re.compile(r" (?:служител|служителка|източник|представител|представителка|чиновник|дипломат|"
                                r"офицер|експерт)(?: (?:в|във|от|на) (?:[А-Я][а-я]+|[А-Я]{2,6})(?: на [а-я]+)?)?(?!\w)")
_BG_CITED_BEFORE_RELATIVE = re.compile(
    r"(?<!\w)(?:проучване|проучването|доклад|доклада|анализ|анализа|изследване|изследването|прогноза|прогнозата|"
    r"оценка|оценката|справка|справката|анкета|анкетата)\s+на\s+(?:[а-я]+\s+){0,2}"
    r"(„[^„“”\n]{1,40}“|[A-ZА-Я][\w-]*(?:\s+[A-ZА-Я][\w-]*)*)"
    r"(?:,\s+[а-я]{4,}(?:но|на|ен|ена|ано|ана|ени|ани|ят)\s+[^,.;!?\n]{1,80})?,\s*$")
_BG_ADJECTIVE_GROUP = re.compile(r"((?: [а-я]+(?:ни|ски|ови|ки)){0,2} [а-я]{3,}(?:и|ци))(?: [а-я]+о)?\s*$")
_BG_ANONYMITY_WISH = frozenset("пожелал пожелала пожелали поискал поискала поискали".split())
# "Офицер от щаба на флота, който не пожела да бъде цитиран с име, каза", "Двама дипломати от Брюксел, запознати с
# разговорите, потвърдиха": an unnamed source's noun opening the sentence, the body or place it is from, and an aside
# between commas, right before the verb
_BG_UNNAMED_OPENER = re.compile(
    r"((?:(?:Двама|Трима|Четирима|Няколко)\s+(?:[а-я]+\s+)?[а-я]+|"
    # ("Висш магистрат, който не пожела да бъде назован, коментира …": a rank before the unnamed one)
    r"(?:Висш|Висша|Високопоставен|Високопоставена)\s+(?:магистрат|съдия|прокурор|служител|служителка|дипломат|"
    r"офицер|чиновник|източник|представител)|(?:Магистрат|Офицер|Служител|Служителка|Източник|Представител|"
    r"Представителка|Чиновник|Дипломат|Експерт|Учител|Учителка|Лекар|Лекарка|Медицинска сестра|Полицай|Служители|"
    r"Дипломати|Офицери|Източници|Експерти|Лекари|Учители|Чиновници))"
    r"(?:\s+(?:от|в|във|на|към)\s+[^,.;:!?\n]{1,60}?)?)(?:,\s+[^.;:!?\n]{1,160}?,)?\s*$")


@lru_cache(maxsize=20000)
def _ru_male_first(word: str) -> bool:
    """A Russian man's first name in the nominative ("Алексей", not "Саша" nor the genitive "Дональда": a name in
    an oblique case is seldom the subject a pronoun points back at)."""
    names = [p for p in _morph().parse(word.lower()) if "Name" in p.tag]
    # (the first reading: "Виталий" is also a rare woman's name in the plural)
    return word[:1].isupper() and bool(names) and "masc" in names[0].tag and "nomn" in names[0].tag


@lru_cache(maxsize=20000)
def _ru_oblique_male_first(word: str) -> bool:
    """A Russian man's first name in an oblique case that ends like a woman's ("Сергея", "Петра", "Марка"): every
    most likely first-name reading is a man's in an oblique case (pymorphy3's readings come most likely first)."""
    names = [p for p in _morph().parse(word.lower()) if "Name" in p.tag]
    return bool(names) and "masc" in names[0].tag and "nomn" not in names[0].tag


@lru_cache(maxsize=20000)
def _ru_dative_only(word: str) -> bool:
    """A Russian name or personal pronoun that pymorphy3 reads only in the dative (or, for a woman's surname, the
    genitive or instrumental too), never the nominative: "Гладкову", "Набиуллиной", "Ему"."""
    ps = [p for p in _morph().parse(word.lower()) if p.tag.POS in ("NOUN", "NPRO")]
    return bool(ps) and any("datv" in p.tag for p in ps) and not any("nomn" in p.tag for p in ps) \
        and (word[:1].isupper()) and all(p.score > 0 for p in ps)


@lru_cache(maxsize=20000)
def _ru_verb_disagrees(noun: str, verb: str) -> bool:
    """Russian: whether a past-tense verb ("прокомментировала") cannot agree with a common inanimate noun opening
    the clause ("Решение", "Слова"): no nominative reading of the noun has the verb's number and gender, so the
    noun is the fronted object and the subject follows the verb. False for anything else (names, present tense)."""
    v = next((p for p in _morph().parse(verb.lower()) if p.tag.POS == "VERB" and "past" in p.tag), None)
    parses = _morph().parse(noun.lower())
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    person = any({"Name", "Surn", "Patr", "anim"} & set(re.split(r"[ ,]", str(p.tag))) for p in nouns)
    if v is None or not nouns or len(noun) < 4 or parses[0].tag.POS != "NOUN" or person \
            or not any("accs" in p.tag for p in nouns):
        return False  # (a fronted object is in the accusative: not "Утром", "Днем")
    for p in nouns:
        if "nomn" not in p.tag:
            continue
        if v.tag.number == "plur" and p.tag.number == "plur":
            return False
        if v.tag.number == "sing" and p.tag.number == "sing" and (p.tag.gender is None or "ms-f" in p.tag
                                                                   or v.tag.gender == p.tag.gender):
            return False
    return True


@lru_cache(maxsize=20000)
def _ru_lemma(word: str) -> str:
    return _morph().parse(word)[0].normal_form


@lru_cache(maxsize=20000)
def _ru_singular_lemma(word: str) -> str:
    """The lemma of a singular Russian noun ("министра" -> "министр"); "" for a plural ("синоптики": many)."""
    p = _morph().parse(word)[0]
    return "" if p.tag.number == "plur" else p.normal_form


@lru_cache(maxsize=20000)
def _ru_noun_lemmas(word: str) -> frozenset[str]:
    """The lemmas of every singular animate noun reading of a Russian word ("аналитика": "аналитик")."""
    return frozenset(p.normal_form for p in _morph().parse(word)
                     if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.animacy == "anim")


@lru_cache(maxsize=20000)
def _ru_plural_role_lemma(word: str) -> str:
    p = _morph().parse(word)[0]
    return p.normal_form if p.tag.number == "plur" and p.tag.POS == "NOUN" else ""


def _ru_plural_role(word: str, titles: frozenset[str]) -> bool:
    """A Russian plural noun of a title or role ("депутаты", "эксперты", "синоптики")."""
    return _ru_plural_role_lemma(word) in titles if len(word) > 3 and word[:1].isalpha() else False


def is_object_verb(word: str, lex: Lexicon) -> bool:
    """A verb that gives an opinion as object and predicate ("considera a medida insuficiente", "считает
    ситуацию управляемой"): Russian by lemma, the others by form."""
    w = word.lower()
    return w in lex.object_verbs or lex.code == "ru" and len(w) > 3 and _ru_lemma(w) in lex.object_verbs


def is_pointer_verb(word: str, lex: Lexicon) -> bool:
    """A reporting verb, or one that reports only after a pointer opener (lexicon ``pointer_verbs``: "Такие данные
    опубликовало агентство")."""
    w = word.lower()
    return is_reporting(word, lex) or w in lex.pointer_verbs \
        or lex.code == "ru" and len(w) > 2 and bool(lex.pointer_verbs) and _ru_lemma(w) in lex.pointer_verbs


def is_reporting(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a reporting verb of ``lex``'s language."""
    w = word.lower()
    if w in lex.reporting_forms:
        return True
    if lex.code == "ru" and len(w) > 3 and w[:3] in _ru_prefixes(lex.reporting_verbs):
        return _ru_reporting(w, lex.reporting_verbs)
    return False


@lru_cache(maxsize=20000)
def is_infinitive(word: str, code: str) -> bool:
    """Whether ``word`` is an infinitive (Russian, by pymorphy3): "попросил центр выделить", "предложил ввести"
    report what was asked for or proposed."""
    if code != "ru" or not word.lower().endswith(("ть", "ти", "чь")):
        return False
    return any(p.tag.POS == "INFN" for p in _morph().parse(word.lower()))


def words(text: str, start: int, end: int) -> list[re.Match]:
    return list(_WORD.finditer(text, start, end))


def _pt_participle_opener(w: str, nxt: str) -> bool:
    """Portuguese: a past participle and the word after it open a clause on the subject (", questionada pelos
    jornalistas sobre os protestos,", ", ouvido pela Lusa,"), which stands between the subject and its verb."""
    return w.islower() and len(w) > 4 and w.endswith(("ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas")) \
        and nxt in _PT_PARTICIPLE_LINKS


_PT_PARTICIPLE_LINKS = frozenset("pelo pela pelos pelas por sobre com em no na à ao".split())


def _is_cap(w: str) -> bool:
    return w[:1].isupper() or (w.isupper() and len(w) >= 2) or _RU_DOMAIN.fullmatch(w) is not None


# A Russian website's name, written lower case ("hh.ru", "superjob.ru"): a name all the same
_RU_DOMAIN = re.compile(r"[a-z][a-z0-9-]*\.(?:ru|рф)")


def _person_types(e: Entity) -> bool:
    return e.type in ("PERSON", "NAME", "PER")


def _skip_back(never: dict[int, int], i: int) -> int:
    """The last index at or before ``i`` not known to be skipped: ``never`` maps an index to one before it with
    every index between them (that one excluded) skipped; the jumps read are shortened to the answer."""
    path = []
    while i >= 0 and i in never:
        path.append(i)
        i = never[i]
    for p in path:
        never[p] = i
    return i


class Resolver:
    """Speakers of one article: entity lookup, pronouns and titles resolved against what came before."""

    def __init__(self, text: str, lex: Lexicon, entities: list[Entity], quotes: list[tuple[int, int]] = ()):
        # speakers are named people and bodies: the entities layer's groups of people ("residents") are left to the
        # speaker rules as before (GROUP entities, English, 2026-12-05)
        entities = [e for e in entities if e.type != "GROUP"]
        self.text, self.lex, self.entities = text, lex, entities
        self.quote_spans = list(quotes)
        self.mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda t: t[0])
        # for entity_over's bisection: the mentions' starts, and the longest mention
        self._mention_starts = [t[0] for t in self.mentions]
        self._longest_mention = max((t - s_ for s_, t, _ in self.mentions), default=0)
        # what depends on an entity (or a mention's place) alone, kept per article: a text of thousands of quotes
        # and mentions asked it once per quote and mention (quadratic and worse)
        self._a_person_memo: dict[int, tuple[Entity, bool]] = {}
        self._person_like_memo: dict[int, tuple[Entity, bool]] = {}
        self._in_long_quote_memo: dict[int, bool] = {}
        self._after_preposition_memo: dict[int, bool] = {}
        self._person_mention_memo: dict[tuple[int, str], tuple[Entity, bool]] = {}
        self._personal_memo: dict[tuple[str | None, str | None], bool] = {}
        self._quoted_mention_memo: dict[tuple[int, int], bool] = {}
        self.speakers = []  # resolved named speakers by position (a _SpeakerLog, whatever list is assigned)
        self.all_titles = lex.titles | lex.role_nouns
        self._fronted: set[int] = set()  # where a subject starts after a fronted phrase (Portuguese)
        self._unnamed_roles: set[str] = set()  # Russian role nouns of unnamed speakers ("Дипломат из одной из …")
        # Russian: the countries an entity was introduced with by a title, per (entity id, title stem), kept per article
        self._intro_countries: dict[tuple[str, str], frozenset[str]] = {}
        # by_title's look-back: per title (and its other names and country), the mentions known not to hold it, as
        # jumps back over them (``_skip_back``), kept per article
        self._title_never: dict[tuple, dict[int, int]] = {}
        self.agents = []
        # the Hindi look-back's speakers and agents (``_hi_candidates``): per list, the log read, its rewrites and how
        # many entries were read; the candidates sorted as the look-back reads them; a count of their changes
        self._hi_named_seen: list[tuple[_SpeakerLog, int, int] | None] = [None, None]
        self._hi_named_keys: list[tuple] = []
        self._hi_named_changes = 0
        self._hi_resolved: dict[int, tuple[Speaker, Speaker | None]] = {}
        if lex.code == "hi":
            # Hindi has no capital letters and (here) no NER: the agent of every "X ने" outside quotes is a
            # candidate antecedent of उन्होंने.
            for m in re.finditer(r"(?<![\u0900-\u097F])ने(?![\u0900-\u097F])", text):
                if any(a <= m.start() < b for a, b in quotes):
                    continue
                sp = self._hindi_phrase(max(0, m.start() - 80), m.start(), "ने")
                if sp is not None and sp.span.text.split()[-1] not in _HI_INSTITUTIONS:
                    # (an institution is no उन्होंने: "वर्मा ने कहा कि सरकार ने …, उन्होंने कहा" is Verma)
                    ts = sp.span.text.split()
                    if self._hi_inside_reported(m.start()):
                        continue  # "डीएम ने कहा कि टीम ने नमूने लिए हैं। …, उन्होंने जोड़ा": the टीम is inside what was said
                    said = None
                    if len(ts) == 1 and ts[0] in _hi.TITLE_ABBREVIATIONS:
                        # "डीएम ने बताया …। '…,' उन्होंने कहा": the officer the short title stands for
                        said = self._hi_person_after(_hi.TITLE_ABBREVIATIONS[ts[0]], sp.span.start)
                    elif ts[-1] in self.all_titles and len(ts[-1]) > 3:
                        # "विदेश सचिव विक्रम मिस्री ने …। विदेश सचिव ने कहा कि …। उन्होंने कहा": the one so introduced
                        said = self._hi_person_after(sp.span.text if len(ts) > 1 else ts[-1], sp.span.start)
                        country = next((_hi.TITLE_MODIFIERS[w] for w in ts[:-1] if _hi.TITLE_MODIFIERS.get(w)), "")
                        if said is None and country and all(w in self.all_titles or w in _hi.TITLE_MODIFIERS
                                                            for w in ts):
                            # "रूसी विदेश मंत्री ने …": the holder introduced with that country ("रूस के विदेश
                            # मंत्री सर्गेई लावरोव")
                            said = self._hi_person_after(ts[-1], sp.span.start, country)
                    if said is not None:
                        # (the holder keeps the name: "विदेश सचिव" resolved is not "सचिव" after _after_titles)
                        self.agents.append((m.start(), Speaker(said.name, said.entity, sp.span, sp.cue)))
                        continue
                    if all(w in self.all_titles for w in ts):
                        # "मंत्री ने माना …। उन्होंने बताया": a bare title is the person it stands for
                        said = self.by_title(ts[-1], sp.span.start, "ने", sp.span)
                        if said.name and said.name != sp.span.text:
                            sp = Speaker(said.name, said.entity, sp.span, sp.cue)
                    self.agents.append((m.start(), self._after_titles(sp)))

    def _hi_inside_reported(self, pos: int) -> bool:
        """Whether ``pos`` is inside a reported clause of its sentence: after "X ने कहा कि", "X ने बताया कि"."""
        if not hasattr(self, "_hi_sentence_ends"):
            # (once per article: the sentence ends of the whole text, abbreviations' full stops left out)
            self._hi_sentence_ends = [m.end() for m in re.finditer(r"[.!?।\n]\s", _hi_abbrev_dots(self.text, self.lex))]
        ends = self._hi_sentence_ends
        i = bisect.bisect_right(ends, pos)
        sent = ends[i - 1] if i else 0
        for k in re.finditer(r"(?<![\u0900-\u097F])कि(?![\u0900-\u097F])", self.text[sent:pos]):
            before = words(self.text, max(sent, sent + k.start() - 30), sent + k.start())
            if any(w.group(0) in self.lex.reporting_forms and w.group(0) != "पूछा" for w in before[-3:]):
                return True  # (not a question asked: "जब X से पूछा गया कि क्या …, तो X ने …" has X outside it)
        # "उनके मुताबिक़, … रूस ने … दागे हैं। उन्होंने लिखा": a sentence opened by a source phrase and a comma is what
        # the source says
        return _HI_SOURCE_OPENING.match(self.text, sent, pos) is not None

    @property
    def speakers(self) -> _SpeakerLog:
        """The named speakers found so far, as (position, speaker): an append-only log unless rewritten (a list
        assigned is copied into a new one, so what was read from the old one is read again)."""
        return self._speakers

    @speakers.setter
    def speakers(self, value) -> None:
        self._speakers = _SpeakerLog(value)

    @property
    def agents(self) -> _SpeakerLog:
        """Hindi: the agents of "X ने" outside quotes, as (position, speaker), in text order."""
        return self._agents

    @agents.setter
    def agents(self, value) -> None:
        self._agents = _SpeakerLog(value)

    # -- entities -------------------------------------------------------------------------------------
    def _mentions_before(self, pos: int, reach: int = 400):
        """The entity mentions that start before ``pos``, the nearest first, at most ``reach`` of them (a holder
        introduced further back is not looked for: a flood of titles stays linear)."""
        i = bisect.bisect_left(self._mention_starts, pos)
        return reversed(self.mentions[max(0, i - reach):i])

    def entity_over(self, start: int, end: int) -> Entity | None:
        """The entity with a mention over ``[start, end)``; the mention over the span's last word wins."""
        # (only mentions starting before ``end`` and less than the longest mention before ``start`` can overlap;
        # the same hits in the same order as a scan of every mention)
        lo = bisect.bisect_left(self._mention_starts, start - self._longest_mention)
        hi = bisect.bisect_left(self._mention_starts, end)
        hits = [(t >= end, s, e) for s, t, e in self.mentions[lo:hi] if s < end and start < t]
        if not hits:
            return None
        return max(hits, key=lambda h: (h[0], h[1], _person_types(h[2])))[2]

    def _entity_mentions(self, ent: Entity) -> tuple[list[int], list[tuple[int, int]], list[int]]:
        """An entity's mentions sorted by start, read once per article: their starts, (start, index in
        ``ent.mentions``) and the furthest end of those up to each (``_named`` scanned every mention of the entity per
        speaker: quadratic for a name repeated thousands of times, the benchmark's ``titled`` shape)."""
        memo = self.__dict__.setdefault("_entity_mentions_memo", {})
        got = memo.get(id(ent))
        if got is None or got[0] is not ent:
            order = sorted((m.start, i) for i, m in enumerate(ent.mentions))
            reach = list(itertools.accumulate((ent.mentions[i].end for _, i in order), max))
            got = memo[id(ent)] = (ent, [s_ for s_, _ in order], order, reach)
        return got[1], got[2], got[3]

    def _mention_inside(self, ent: Entity, start: int, end: int):
        """The first of ``ent``'s mentions (in its own order) that starts inside ``(start, end)`` and reaches ``end``
        or one before it, else None."""
        starts, order, _ = self._entity_mentions(ent)
        found = [i for _, i in order[bisect.bisect_right(starts, start):bisect.bisect_left(starts, end)]
                 if end <= ent.mentions[i].end + 1]
        return ent.mentions[min(found)] if found else None

    def _mention_holds(self, ent: Entity, start: int, end: int) -> bool:
        """Whether a mention of ``ent`` starts at or before ``start`` and reaches ``end`` or one before it."""
        starts, _, reach = self._entity_mentions(ent)
        k = bisect.bisect_right(starts, start)
        return k > 0 and reach[k - 1] >= end - 1

    def _other_mention_holds(self, ent: Entity, start: int, end: int) -> bool:
        """Whether a mention of an entity other than ``ent`` holds ``[start, end)``: only those starting at most the
        longest mention before ``start`` can (by bisection; every mention was read per word of a speaker's name)."""
        lo = bisect.bisect_left(self._mention_starts, start - self._longest_mention)
        hi = bisect.bisect_right(self._mention_starts, start)
        return any(end <= b for _, b, e in self.mentions[lo:hi] if e is not ent)

    def _named(self, start: int, end: int, cue: str) -> Speaker:
        text = self.text
        while end > start and (text[end - 1] in ".,;:" or text[end - 1] in "»“”\"" and not re.search(
                r"[«„“\"]", text[start:end - 1])):
            end -= 1  # ("От „Топлофикация София“ съобщиха": a closing mark whose opening one is outside)
        bracket = re.search(r"\S\s*\([^()\n]{1,20}\)$", text[start:end]) if self.lex.code == "pt" else None
        if bracket is not None and sum(_is_cap(w) for w in text[start:start + bracket.start() + 1].split()) >= 2:
            end = start + bracket.start() + 1  # "O senador Davi Lima (MDB-BA) disse": the name, not its brackets
        ent = self.entity_over(start, end)
        if ent is not None and self.lex.code == "pt" and self._pt_person_after_body(ent, start, end):
            ent = None  # the person of "o investigador do Instituto … Filipe Amaral", not the joined name
        if ent is not None and ent.type == "PERSON":
            # "России Владимир Путин", "Таллинна Мадле Липпус": a place's genitive between the title and the name
            # is another entity's mention, not part of the speaker's name
            inner = self._mention_inside(ent, start, end)
            if inner is not None and all(self._other_mention_holds(ent, w.start(), w.end())
                                         for w in words(text, start, inner.start)):
                start = inner.start
        adj = re.match(r" ([a-zà-ú-]+)\b", text[end:end + 25]) if self.lex.code == "pt" else None
        if adj is not None and adj.group(1) in self.lex.nationalities and (ent is None or ent.name == text[start:end]) \
                and _is_cap(text[start:end].split()[0]) and not (ent is not None and ent.type == "PERSON"):
            # "Segundo a Marinha sueca, …": the country's adjective is part of the body's name
            end += adj.end()
            ent = None
        span = Span(start=start, end=end, text=text[start:end])
        name = ent.name if ent is not None else span.text
        if ent is not None and not self._mention_holds(ent, start, end) \
                and len(span.text) > max(len(m.text) for m in ent.mentions if m.start < end and start < m.end):
            name = span.text  # "Националния статистически институт": more than the mention the names layer saw
        elif ent is not None and span.text.endswith(" " + ent.name):
            name = span.text  # "रक्षा मंत्रालय" of an entity named "मंत्रालय" (the names layer joined two ministries)
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym is not None and self.lex.code == "pt" and _PT_PARTY_STATE.fullmatch(acronym.group(1)):
            acronym = None  # "Hugo Motta (Republicanos-PB)", "Sóstenes Cavalcante (RJ)": a deputy's party or state
        if acronym is not None and self.lex.code == "pt" and len(span.text.split()) >= 2 \
                and not _pt_initials_hold(name, acronym.group(1)) \
                and (ent is not None and ent.type in ("PERSON", "NAME", "PER") and self._a_person(ent)
                     or self._titled(start, span.text)):
            acronym = None  # "O presidente Luiz Inácio Lula da Silva (PT)": a person's party, no name of theirs
        person = _PT_PERSON_AFTER_ACRONYM.match(text, acronym.end()) \
            if acronym is not None and self.lex.code == "pt" \
            and span.text.split()[0].lower() in self.lex.org_heads | _PT_SCHOOL_HEADS \
            else None
        pent = self.entity_over(person.start(1), person.end(1)) if person is not None else None
        if pent is not None and (pent.type == "PERSON" or pent.type in ("NAME", "PER")
                                 and person.group(1).split()[0].lower() not in self.lex.org_heads
                                 and any(w.group(0).lower() in self.all_titles
                                         for w in words(text, max(0, start - 80), start)[-8:])):
            # "o professor … da Universidade de Brasília (UnB) Roberto Goulart,": the person of that body, after its
            # acronym with no comma
            return self._named(person.start(1), person.end(1), cue)
        bare = re.fullmatch(r"(?:[^\n]*\n+)?(?:[OA]s?\s+)([A-ZÀ-Ú][\w-]*)(\s+\S.*)", name, re.DOTALL) \
            if self.lex.code == "pt" else None
        if bare is not None and bare.group(1).lower() in self.lex.org_heads:
            # "A Confederação Nacional da Indústria (CNI) afirmou": the entities layer's name kept the sentence's
            # article (or the line before it); the body's name opens with its head word (round 32)
            name = bare.group(1) + bare.group(2)
        if acronym is not None and len(span.text.split()) >= 2 and acronym.group(1) not in name:
            # "o Instituto dos Vinhos do Douro e do Porto (IVDP)": the body goes by its acronym too
            name = f"{name} ({acronym.group(1)})"
        if self.lex.code == "bg" and acronym is None and re.fullmatch(r"[А-Я]{2,6}", span.text):
            full = self._bg_expanded_acronym(span.text, end + 1)
            if full is not None:  # "Институтът за пазарна икономика (ИПИ) … пише в анализа на ИПИ": by its full name
                name = f"{full} ({span.text})"
        if self.lex.code == "pt" and acronym is None and re.fullmatch(r"[A-Z]{2,8}", span.text):
            full = self._pt_expanded_acronym(span.text, start)
            if full is not None:  # "A Polícia Federal (PF) prendeu … Segundo a PF, …": the body by its full name
                name = f"{full} ({span.text})"
            else:
                holder = self._pt_office_by_initials(span.text, start)
                if holder is not None:  # "o Chefe do Estado-Maior-General das Forças Armadas, general Eduardo
                    # Mendes Ferrão, … O CEMGFA lembrou": the person who holds the office the acronym spells
                    sp = Speaker(holder.name, holder.id, span, cue)
                    self.speakers.append((start, sp))
                    return sp
        sp = Speaker(name, ent.id if ent is not None else None, span, cue)
        self.speakers.append((start, sp))
        return sp

    def _pt_office_by_initials(self, acronym: str, pos: int) -> Entity | None:
        """Portuguese: the person named right after an office whose capitalised words (and the parts of their
        hyphens) spell ``acronym``, before ``pos`` ("o Chefe do Estado-Maior-General das Forças Armadas, general
        Eduardo Mendes Ferrão," for "CEMGFA"; round 29); None when no such office was named."""
        if len(acronym) < 3:
            return None
        rx = re.compile(r"([A-ZÀ-Ú][\w-]*(?:\s+(?:d[aoe]s?|e|[A-ZÀ-Ú][\w-]*)){1,8}),\s+(?:[a-zà-ú-]+\s+){0,2}$")
        found = None
        for s_, t, e in self.mentions:
            if t > pos or s_ < pos - 3000 or not self._a_person(e) or self._in_quote(s_):
                continue
            m = rx.search(self.text, max(0, s_ - 150), s_)
            ws = m.group(1).split() if m is not None else []
            for i in range(len(ws)):
                caps = [part for w in ws[i:] if w[:1].isupper() for part in w.split("-") if part[:1].isupper()]
                if "".join(c[0] for c in caps) == acronym:
                    found = e
                    break
        return found

    def _pt_expanded_acronym(self, acronym: str, pos: int) -> str | None:
        """Portuguese: the name an acronym was introduced with before ``pos`` ("a Polícia Federal (PF)"), the
        capitalised words whose initials spell it; None when none was. The text is scanned once per acronym and
        article: every introduction with its end, the last one ending by ``pos`` taken."""
        cache = self.__dict__.setdefault("_pt_acronyms", {})
        if acronym not in cache:
            found: list[tuple[int, str]] = []
            for m in re.finditer(r"((?:[A-ZÀ-Ú][\w-]*)(?:\s+(?:d[aoe]s?|e|[A-ZÀ-Ú][\w-]*)){1,8})\s+\(" + acronym
                                 + r"\)", self.text):
                ws = m.group(1).split()
                for i in range(len(ws)):
                    name = " ".join(ws[i:])
                    if ws[i][0] == acronym[0] and ws[i] not in ("A", "O", "As", "Os") \
                            and len([w for w in ws[i:] if w[:1].isupper()]) >= len(acronym) \
                            and _pt_initials_hold(name, acronym):
                        found.append((m.end(), name))
                        break
            cache[acronym] = found
        return next((name for end, name in reversed(cache[acronym]) if end <= pos), None)

    def _bg_expanded_acronym(self, acronym: str, pos: int) -> str | None:
        """Bulgarian: the name an acronym was introduced with before ``pos`` ("Националния институт по метеорология
        и хидрология (НИМХ)", "Държавен фонд „Земеделие“ (ДФЗ)"), the words whose initials spell it, the small
        words between them left out; None when none was (as ``_pt_expanded_acronym``)."""
        cache = self.__dict__.setdefault("_bg_acronyms", {})
        if acronym not in cache:
            found: list[tuple[int, str]] = []
            for m in re.finditer(r"([А-Я][а-я-]*(?:\s+„?[А-Яа-я][а-я-]*“?){1,8})\s+\(" + acronym + r"\)", self.text):
                ws = m.group(1).split()
                for i in range(len(ws)):
                    initials = "".join(w.strip("„“")[0] for w in ws[i:] if w.strip("„“").lower() not in _BG_SMALL_WORDS)
                    if ws[i][0] == acronym[0] and initials.upper() == acronym:
                        found.append((m.end(), " ".join(ws[i:])))
                        break
            cache[acronym] = found
        return next((name for end, name in reversed(cache[acronym]) if end <= pos), None)

    def _pt_person_after_body(self, ent: Entity, start: int, end: int) -> bool:
        """Portuguese: whether ``[start, end)``, two capitalised words or more, ends a mention of ``ent`` that opens
        with a body's head word: a person written on after the body with no comma ("o investigador do Instituto
        Português de Relações Internacionais Filipe Amaral"), which the names layer joined into one name; the
        surname must stand alone elsewhere in the text (as the article names the person later), or a body's own
        last words ("Instituto de Pesquisa Econômica Aplicada") would be taken for a person."""
        if ent.type == "PERSON" or sum(_is_cap(w) for w in self.text[start:end].split()) < 2:
            return False
        if not any(m.start < start and abs(m.end - end) <= 1 and m.text.split()[0].lower() in self.lex.org_heads
                   for m in ent.mentions):
            return False
        surname = self.text[start:end].split()[-1]
        for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", self.text):
            before = words(self.text, max(0, m.start() - 30), m.start())
            if not start <= m.start() < end and not (before and before[-1].end() == m.start() - 1
                                                     and _is_cap(before[-1].group(0))):
                return True
        return False

    def previous_speaker(self, pos: int, gender: str = "", prefer_known: bool = True) -> Speaker | None:
        """The person named or quoted last before ``pos`` (of ``gender`` "m"/"f" when the pronoun has one):
        a speaker found so far, a person-like entity mention, or (Hindi) the agent of an ``X ने`` clause.
        ``prefer_known``: one of the last six known to be of ``gender`` wins over a more recent one of unknown
        gender (a pronoun); without it the gender only rules out those known to be of the other one.

        The candidates are read from ``pos`` back, the mentions lazily: only as many as the answer needs (the whole
        text before ``pos`` was read on every call: quadratic in a paragraph of thousands of look-backs, review of
        stop 38). They come in the order of a stable sort by position, latest first, of the speakers, the mentions,
        the agents and the Portuguese unnamed sources, in that order."""
        idx = self._previous_indices()
        # "Глава МИД Венгрии … заявил": a body's name inside an unnamed office that spoke (before ``pos``) is no
        # speaker of its own; the offices by the start of their span, read by bisection (``_previous_indices``)
        offices = idx["offices"].sync(self.speakers) if self.lex.code == "ru" else []
        longest = idx["offices"].widest

        def kept(sp: Speaker) -> bool:
            if not (offices and sp.entity and sp.span is not None):
                return True
            x = sp.span.start
            near = offices[bisect.bisect_left(offices, (x - longest,)):bisect.bisect_left(offices, (x,))]
            return not any(o_start < x < o_end and p < pos for o_start, _, p, o_end in near)

        def stream(keys: list[tuple], group: int):
            """The speakers (group 0) or agents (group 2) before ``pos`` that are kept, latest first."""
            for j in range(bisect.bisect_left(keys, (pos,)) - 1, -1, -1):
                p, k, sp = keys[j]
                if kept(sp):
                    yield -p, group, -k, sp

        # (-position, group, index, speaker): the sort's order; the speakers and agents are read lazily, the next of
        # each always in the heap
        heap: list[tuple[int, int, int, Speaker]] = []
        streams = {0: stream(idx["speakers"].sync(self.speakers), 0), 2: stream(idx["agents"].sync(self.agents), 2)}

        def pull(group: int) -> tuple | None:
            nxt = next(streams[group], None)
            if nxt is not None:
                heapq.heappush(heap, nxt)
            return nxt

        for g in streams:
            pull(g)
        # the mentions at or before ``pos`` that may give a candidate, latest first: those that always read
        # (``_mention_kinds``), and those of the entities that spoke so far that give one only once they spoke
        ids = self._speaker_ids()
        last = bisect.bisect_right(self._mention_starts, pos) - 1
        readable, by_speaking, dropped_at = self._mention_kinds()

        def back(indices: list[int]):
            for j in range(bisect.bisect_right(indices, last) - 1, -1, -1):
                yield indices[j]

        merged = heapq.merge(back(readable), *(back(by_speaking[x]) for x in ids if x in by_speaking), reverse=True)
        state = {"i": next(merged, -1)}

        def read_mention() -> None:
            i = state["i"]
            state["i"] = next(merged, -1)
            s_, t, e = self.mentions[i]
            if t > pos:
                return
            dropped = dropped_at.get(i)
            sp = None
            if self._person_like(e, ids) and self._person_mention(e, self.text[s_:t]):
                sp = Speaker(e.name, e.id, Span(start=s_, end=t, text=self.text[s_:t]), "")
                at = s_
            elif dropped is not None:
                # "Ana Pimentel, utente da linha de Sintra, …", "Maria do Céu Fontes, de 58 anos, …": the names layer
                # left out the sentence's first word
                sp = Speaker(e.name, e.id, Span(start=dropped, end=t, text=self.text[dropped:t]), "")
                at = dropped
            if sp is not None and kept(sp):
                heapq.heappush(heap, (-at, 1, i, sp))

        def candidates():
            """The candidates in order, a mention read only once none before it can come first."""
            while True:
                # (a mention not read yet gives a candidate at its start or before it)
                while state["i"] >= 0 and (not heap or -heap[0][0] <= self.mentions[state["i"]][0]):
                    read_mention()
                if not heap:
                    return
                top = heapq.heappop(heap)
                if top[1] in streams:
                    pull(top[1])
                yield top[3]

        if self.lex.code == "pt":
            # (the mentions of the last 600 characters read first: an unnamed source is no candidate where one is)
            while state["i"] >= 0 and self.mentions[state["i"]][0] >= pos - 600:
                read_mention()
            for g in streams:  # (and every speaker and agent of those 600 characters)
                while (got := pull(g)) is not None and -got[0] >= pos - 600:
                    pass
            found = {-h[0] for h in heap}  # the positions of the candidates so far
            # "Um operador que pediu anonimato contou que … — … — disse ele.": an unnamed speaker opening a sentence
            # with an indefinite article and a role noun (found before the reported speech that names him is read)
            k = 0
            for u in _PT_UNNAMED_OPENER.finditer(self.text, max(0, pos - 600), pos):
                if (u.group(2) in self.lex.role_nouns or u.group(2) in self.lex.unnamed_people) \
                        and self._sentence_start(u.start(1)) and not self._in_long_quote(u.start(1)) \
                        and u.start(2) not in found:
                    # (not "«Um professor contratado ganha …», explica.": someone the speaker talks about)
                    unnamed = Span(start=u.start(2), end=u.end(2), text=u.group(2))
                    heapq.heappush(heap, (-u.start(2), 3, k, Speaker(u.group(2), None, unnamed, "")))
                    found.add(u.start(2))
                    k += 1
            # "A primeira vítima, uma reformada de 81 anos, contou que …": an unnamed speaker in apposition, a role
            # noun after a comma and an indefinite article, before the sentence's verb
            for u in _PT_UNNAMED_APPOSED.finditer(self.text, max(0, pos - 600), pos):
                if u.group(2) in self.lex.role_nouns and u.start(2) not in found:
                    unnamed = Span(start=u.start(2), end=u.end(2), text=u.group(2))
                    heapq.heappush(heap, (-u.start(2), 3, k, Speaker(u.group(2), None, unnamed, "")))
                    found.add(u.start(2))
                    k += 1
        order = candidates()
        if gender:
            # a person known to fit the pronoun wins over a more recent one of unknown gender (she -> a woman)
            first = list(itertools.islice(order, 6))
            known = [sp for sp in first if self._speaker_gender(sp) == gender] if prefer_known else []
            # (the first that fits: the gender of every earlier name was read on each call)
            fitting = known[0] if known else next((sp for sp in itertools.chain(first, order)
                                                   if self._speaker_gender(sp) in (gender, "")), None)
            if fitting:
                return fitting
            if self.lex.code == "pt" and first:
                return None  # "Segundo ela, …" when only men were named before: no one, not the last man
            return first[0] if first else None
        return next(order, None)

    def _mention_kinds(self) -> tuple[list[int], dict[str, list[int]], dict[int, int]]:
        """For ``previous_speaker``, what each mention can give, read once per article from the text and the
        entities alone: the indices of the mentions to read on each look-back (a person, or a name whose first word
        the names layer left out), per entity the indices of those that give a candidate only once the entity has
        spoken (a body's name: "Ucrânia", then "disse a Ucrânia"), and where the first word left out starts. The
        rest give none (a place after a preposition, a name inside a quote, …).

        Where a first word left out starts reads where sentences start (``_sentence_start``), which grows as subject
        parsing finds fronted phrases (``_fronted``): the mentions right after a new one are read again (review of
        stop 43: a "no" kept from the article's first look-back hid "Ana" of "Em declarações à Lusa, Ana Costa")."""
        known = self.__dict__.get("_mention_kinds_memo")
        if known is not None:
            readable, by_speaking, dropped_at, seen = known
            for x in sorted(self._fronted - seen) if len(self._fronted) != len(seen) else ():
                # (a first word left out ends at most 30 characters before its name: ``_first_word_dropped``)
                for i in range(bisect.bisect_right(self._mention_starts, x),
                               bisect.bisect_right(self._mention_starts, x + 60)):
                    e = self.mentions[i][2]
                    k = bisect.bisect_left(readable, i)
                    if k < len(readable) and readable[k] == i:
                        del readable[k]
                    mine = by_speaking.get(e.id, [])
                    k = bisect.bisect_left(mine, i)
                    if k < len(mine) and mine[k] == i:
                        del mine[k]
                    dropped_at.pop(i, None)
                    self._mention_kind(i, readable, by_speaking, dropped_at)
                seen.add(x)
            return readable, by_speaking, dropped_at
        readable = []
        by_speaking = {}
        dropped_at = {}
        for i in range(len(self.mentions)):
            self._mention_kind(i, readable, by_speaking, dropped_at)
        self._mention_kinds_memo = (readable, by_speaking, dropped_at, set(self._fronted))
        return readable, by_speaking, dropped_at

    def _mention_kind(self, i: int, readable: list[int], by_speaking: dict[str, list[int]],
                      dropped_at: dict[int, int]) -> None:
        """``_mention_kinds`` of the mention ``i``, filed in index order."""
        s_, t, e = self.mentions[i]
        dropped = self._first_word_dropped(s_) if e.type in ("NAME", "PER") and len(e.mentions) == 1 else None
        if self.text[s_ - 1:s_] == "(" and self.text[t:t + 1] == ")" \
                or e.type != "PERSON" and self._after_preposition(s_) and dropped is None \
                and not (self.lex.code == "pt" and _PT_YEARS_AFTER.match(self.text, t)):
            return  # an acronym in brackets after the body's name ("(ANOP Cerco)"), a place ("hotéis do Porto")
        if self.lex.code == "pt" and e.type != "PERSON" and self._pt_title_field(s_, t):
            return  # the end of a body's name ("Comissão de Ciência e Tecnologia da Câmara"), no person
        if self._in_long_quote(s_):
            return  # someone named inside a quote ("disse ao presidente [Emmanuel Macron] que …"), not a speaker
        if self.lex.code == "hi" and (_HI_OBJECT.match(self.text, t) or self._hi_inside_reported(s_)):
            # a name with a postposition is no subject ("राष्ट्रपति पुतिन को", "ट्रंप की आलोचना"), nor one inside
            # what someone said ("ट्रंप ने कहा कि … जेलेंस्की … जिम्मेदार हैं। उन्होंने कहा": Trump)
            return
        if dropped is not None:
            dropped_at[i] = dropped
            bisect.insort(readable, i)
        elif not self._person_mention(e, self.text[s_:t]):
            return
        elif self._person_like(e, set()):  # (a person whoever spoke)
            bisect.insort(readable, i)
        else:
            bisect.insort(by_speaking.setdefault(e.id, []), i)

    def _org_name_before_e(self, pos: int) -> bool:
        """Portuguese: whether ``pos`` follows "e" inside a body's name, the capitalised words before it opening with a
        body's head word ("Comissão de Ciência e | Tecnologia da Câmara"), not a person after another ("Ursula von der
        Leyen e | Manfred Weber")."""
        m = re.search(r"((?:[A-ZÀ-Ý][\w-]+|de|da|do|dos|das)(?: (?:[A-ZÀ-Ý][\w-]+|de|da|do|dos|das))*) e $",
                      self.text[max(0, pos - 80):pos])
        heads = [w for w in m.group(1).split() if w not in _CONNECTORS] if m is not None else []
        if bool(heads) and heads[0].lower() in self.lex.org_heads:
            return True
        # "A ministra do Trabalho, Solidariedade e | Segurança Social, Rosário …", "Ministério da Agricultura, Pecuária
        # e | Abastecimento": the last field of a title's or a body's list of fields, no person
        f = _PT_FIELD_LIST.search(self.text[max(0, pos - 120):pos])
        return f is not None and (self.is_title(f.group(1)) or f.group(1).lower() in self.lex.org_heads)

    def _pt_title_field(self, start: int, end: int) -> bool:
        """Portuguese: whether the name at ``start``-``end`` is one of the fields a title or a body's name lists ("A
        ministra do Trabalho, [Solidariedade] e [Segurança Social], Rosário Palma Ramalho"). Kept per span (it reads
        the text alone; asked for every earlier name on each look-back)."""
        memo = self.__dict__.setdefault("_pt_title_field_memo", {})
        known = memo.get((start, end))
        if known is None:
            known = memo[(start, end)] = self._pt_title_field_uncached(start, end)
        return known

    def _pt_title_field_uncached(self, start: int, end: int) -> bool:
        if self._org_name_before_e(start):
            return True
        f = _PT_FIELD_LIST_MID.search(self.text[max(0, start - 120):start])
        return f is not None and (self.is_title(f.group(1)) or f.group(1).lower() in self.lex.org_heads) \
            and _PT_FIELD_LIST_REST.match(self.text, end) is not None

    def _person_like(self, e: Entity, speaker_ids: set[str] | None = None) -> bool:
        """A person: so typed by the entities layer, already a speaker, or (names from capitalisation) a name
        of two or more capitalised words with a title or role within six words before it ("A economista
        Monica de Bolle", "Министр финансов Антон Силуанов") and no preposition right before it."""
        if e.type == "PERSON" or e.id in (self._speaker_ids() if speaker_ids is None else speaker_ids):
            return True
        if e.type not in ("NAME", "PER"):
            return False
        known = self._person_like_memo.get(id(e))  # the rest reads the entity and the text alone
        if known is None or known[0] is not e:
            known = (e, self._person_like_by_name(e))
            self._person_like_memo[id(e)] = known
        return known[1]

    def _person_like_by_name(self, e: Entity) -> bool:
        return any(self._name_words(m.text) >= 2 and not self._after_preposition(m.start)
                   and not self._pt_after_kind_noun(m.start)
                   and (self._titled(m.start, m.text) or self._gender(m.text)) for m in e.mentions) \
            or self.lex.code == "pt" and any(self._name_words(m.text) >= 2 and _PT_AGE_AFTER.match(self.text, m.end)
                                             and (_PT_YEARS_AFTER.match(self.text, m.end)
                                                  or not self._after_preposition(m.start))
                                             for m in e.mentions) \
            or self._titled_surname(e) \
            or self.lex.code == "hi" and any(self._hi_opening_name(m.start, m.end, m.text) for m in e.mentions)

    def _name_words(self, mention: str) -> int:
        """The words of a mention that make it a name: its capitalised words; in Hindi (no capitals) all its words,
        none for a body ("विदेश मंत्रालय") or a place ("उत्तर प्रदेश" is no person however titled)."""
        ws = mention.split()
        if self.lex.code != "hi":
            return sum(_is_cap(w) for w in ws)
        if not ws or ws[-1] in _hi.BODY_HEADS or ws[-1] in _hi.GOVERNMENT_NOUNS or ws[-1] in _hi.COUNTRIES:
            return 0
        return len(ws)

    def _titled_surname(self, e: Entity) -> bool:
        """A one-word name with a surname's ending and a title before it ("директор на „Булгаргаз“ Владимир
        Малинов", whose first name the names layer left out)."""
        endings = sum(self.lex.surname_endings.values(), ())
        return bool(endings) and any(
            len(m.text.split()) == 1 and m.text.lower().endswith(endings) and not self._after_preposition(m.start)
            and self._titled(m.start, m.text) for m in e.mentions)

    def _titled(self, start: int, mention: str) -> bool:
        if any(self.is_title(w) for w in mention.split()[:-1]):
            return True
        before = words(self.text, max(0, start - 100), start)[-6:]
        if self.lex.code == "hi":
            # no capitals to end a name: only the word right before it ("रूस के राष्ट्रपति व्लादिमीर पुतिन"), not a
            # title further back ("राष्ट्रपति पुतिन ने ब्रिक्स शिखर सम्मेलन": the summit is no person)
            return bool(before) and self.is_title(before[-1].group(0))
        for w in reversed(before):
            if w.group(0).lower() in self.lex.complementizers or is_reporting(w.group(0), self.lex):
                return False  # "O ministro garante ainda que o Orçamento do Estado …": the title is another clause's
            if self.is_title(w.group(0)):
                return True
        if self.lex.code == "pt" and len(mention.split()) >= 2:
            # "O presidente da Associação de Pescadores do Alto Minho, Joaquim Barbosa": a title in apposition, its
            # complement longer than six words
            return any(m.end() == start and self.is_title(m.group(2))
                       for m in _PT_TITLED_APPOSITION.finditer(self.text, max(0, start - 120), start))
        return False

    def _first_word_dropped(self, start: int) -> int | None:
        """Where the name really starts when the capitalised word just before a name opens the sentence and reads
        as a first name: a woman's in -a, or any word no lexicon knows as a title or article when a comma follows the
        name; a connector may stand between them ("Maria do Céu Fontes, de 58 anos" found as "Céu Fontes"). None
        when no word was left out."""
        before = words(self.text, max(0, start - 30), start)
        if len(before) >= 2 and before[-1].group(0) in _CONNECTORS and self.text[before[-1].end():start] == " " \
                and self.text[before[-2].end():before[-1].start()] == " ":
            before = before[:-1]  # "Maria do | Céu Fontes"
        elif not before or self.text[before[-1].end():start] != " ":
            return None
        if not _is_cap(before[-1].group(0)):
            return None
        w = before[-1].group(0)
        if not self._sentence_start(before[-1].start()) or w.lower() in _ARTICLES or w.lower() in _PREPOSITIONS \
                or self.is_title(w) or w.isupper():
            return None
        end = next((t for s_, t, _ in self.mentions if s_ == start), start)
        if self._female_first([w]) or self.text[end:end + 1] == ",":  # "Nuno Pimentel, utente da linha"
            return before[-1].start()
        return None

    def _person_mention(self, e: Entity, text: str) -> bool:
        """A mention that names the person: a full name, or its last word alone ("Радев"), not "НАТО" of a
        name glued to an organisation. Kept per entity and mention text (it reads them and the text alone)."""
        key = (id(e), text)
        known = self._person_mention_memo.get(key)
        if known is None or known[0] is not e:
            known = (e, self._person_mention_uncached(e, text))
            self._person_mention_memo[key] = known
        return known[1]

    def _person_mention_uncached(self, e: Entity, text: str) -> bool:
        if e.type == "PERSON":
            return True
        if self._name_words(text) >= 2:
            # (Hindi has postpositions, no prepositions: nothing to scan)
            return self.lex.code == "hi" or not any(self._after_preposition(m.start) for m in e.mentions
                                                    if m.text == text) \
                or self.lex.code == "pt" and any(_PT_YEARS_AFTER.match(self.text, m.end) for m in e.mentions
                                                 if m.text == text)
        if self._titled_surname(e):
            return True
        return any(len(m.text.split()) >= 2 and m.text.split()[-1] == text for m in e.mentions)

    def _pt_role_adjective(self, ws: list[re.Match], k: int) -> bool:
        """Portuguese: a role word that is also an adjective ("técnico", "socialista") right after a common noun in
        lower case ("o relatório técnico", "o parecer técnico") describes that noun; after a title it is still the
        title's ("o diretor técnico")."""
        if self.lex.code != "pt" or not k or ws[k].group(0).lower() not in _PT_ROLE_ADJECTIVES:
            return False
        prev = ws[k - 1].group(0)
        return prev.islower() and prev not in _ARTICLES and prev not in _PREPOSITIONS and not self.is_title(prev) \
            and self.text[ws[k - 1].end():ws[k].start()] == " "

    def _after_preposition(self, pos: int) -> bool:
        """Whether a preposition ends right before ``pos`` (kept per offset: asked for every mention on every
        look-back)."""
        known = self._after_preposition_memo.get(pos)
        if known is None:
            prev = words(self.text, max(0, pos - 12), pos)
            known = bool(prev) and prev[-1].end() >= pos - 1 and prev[-1].group(0).lower() in _PREPOSITIONS
            self._after_preposition_memo[pos] = known
        return known

    def _pt_after_kind_noun(self, pos: int) -> bool:
        """Portuguese: whether "do/da/dos/das" and one lower-case noun that is no title, role or trade stand right
        before ``pos`` ("da unidade Gado de Corte", "da consultoria Agrimercado"): the name of a body, a unit or a
        place of that kind, no person, however titled the words before it (round 31); "do economista João Reis" is
        a person, and so is one after a trade's bare "de" ("A operadora de máquinas Juliana Prado")."""
        if self.lex.code != "pt":
            return False
        m = _PT_KIND_NOUN_BEFORE.search(self.text, max(0, pos - 40), pos)
        return m is not None and not self.is_title(m.group(1)) and m.group(1) not in self.lex.role_nouns \
            and m.group(1) not in self.lex.unnamed_people

    def _mentions_between(self, lo: int, hi: int) -> list[tuple[int, int, Entity]]:
        """The mentions starting strictly between ``lo`` and ``hi``, by bisection (in text order)."""
        return self.mentions[bisect.bisect_right(self._mention_starts, lo):bisect.bisect_left(self._mention_starts, hi)]

    def _speaker_ids(self) -> set[str]:
        """The entities of the speakers found so far (kept per article: ``_previous_indices``); not to be changed."""
        ids = self._previous_indices()["ids"]
        ids.sync(self.speakers)
        return ids.values

    def _previous_indices(self) -> dict[str, _LogIndex]:
        """``previous_speaker``'s speakers, agents and offices kept per article (``_LogIndex``): the speakers with a
        name and the agents as (position, minus the index, speaker); the Russian unnamed offices that spoke ("Глава
        МИД Венгрии") as (span start, index, position, span end); the speakers' entities."""
        got = self.__dict__.get("_previous_indices_memo")
        if got is None:
            def office(k: int, p: int, sp: Speaker):
                if sp.name and sp.entity is None and sp.span and sp.cue \
                        and self._ru_title_country(sp.name.split()[0], sp.span) is not None:
                    return sp.span.start, k, p, sp.span.end
                return None
            got = self._previous_indices_memo = {
                "speakers": _LogIndex(lambda k, p, sp: (p, -k, sp) if sp.name else None),
                "agents": _LogIndex(lambda k, p, sp: (p, -k, sp)),
                "offices": _LogIndex(office, spans=True),
                "ids": _LogIndex(lambda k, p, sp: (sp.entity,) if sp.entity else None)}
        return got

    def _speaker_gender(self, sp: Speaker) -> str:
        """The gender of a speaker; a first name as written in the text counts ("Кая Каллас", whose entity
        name the lemmatiser may have made "Кай Каллас"), and in Portuguese the article of the title before
        the name ("contou a supermercadista Denise Arruda")."""
        if sp.span is not None and sp.span.text.split()[0].lower() in self.lex.org_heads:
            return ""  # "Associação Brasileira de …": a body, whatever its words end in
        if self.lex.code == "ru" and sp.entity is None and sp.cue and sp.name \
                and sp.name.split()[0].lower() in self.lex.titles \
                and self._ru_title_country(sp.name.split()[0], Span(start=0, end=0, text=sp.name)) is not None:
            # "Глава МИД Венгрии", "Президент Франции" with no name: the past-tense verb tells ("заявил", "не стал
            # отрицать"), not the words' endings
            gender = _ru_past_gender(sp.cue)
            if not gender and sp.span is not None and sp.span.text == sp.name:
                end = min([m.start() for m in _SENT_END.finditer(self.text, sp.span.end, sp.span.end + 200)]
                          + [sp.span.end + 200])
                gender = next((g for g in (_ru_past_gender(w.group(0)) for w in words(self.text, sp.span.end, end)[:8])
                               if g), "")
            return gender
        if self.lex.code == "ru" and sp.entity is None and sp.name and sp.cue \
                and (_RU_UNNAMED_MEMBER.match(sp.name) or _RU_OFFICE_FOR_AFFAIRS.fullmatch(sp.name)):
            # "Высокопоставленный сотрудник Госдепартамента … назвал": an unnamed member or office, of the gender
            # its past-tense verb tells
            return _ru_past_gender(sp.cue)
        if self.lex.code == "ru" and sp.entity is None and sp.name and sp.name.split()[0].lower() in (
                "источник", "собеседник", "собеседница"):
            # "Источник, знакомый с …, утверждает … «…», — пояснил он": the unnamed source's noun has a gender
            return "f" if sp.name.split()[0].lower() == "собеседница" else "m"
        if self.lex.code == "ru" and sp.span is not None and len(sp.span.text.split()) >= 2 and sp.name \
                and len(sp.name.split()) >= 2 and sp.span.text.split()[0].lower() != sp.name.split()[0].lower() \
                and _ru_male_first(sp.name.split()[0]) and _ru_oblique_male_first(sp.span.text.split()[0]) \
                and sp.span.text[-1:].lower() in "аяоеиуыюэ" and not self._ru_feminine_verb_after(sp.span.end):
            # "директора театра Петра Иванова", "генсека НАТО Марка Рютте": a man's first name in an oblique case, as
            # the names layer read it ("Петр Иванов"; not "Евгения Григорьева", a woman in the nominative)
            # (not "Кая Каллас": a man's foreign surname would take the case ending too, "Калласа"); no known man
            # either: a name in an oblique case is seldom the subject "он" points back at
            return ""
        if sp.span is not None and len(sp.span.text.split()) >= 2 and self._female_first(sp.span.text.split()[:-1]):
            return "f"
        if self.lex.code == "ru" and sp.span is not None and len(sp.span.text.split()) >= 2 \
                and _ru_male_first(sp.span.text.split()[0]) \
                and (len(sp.span.text.split()) == 2 or all(w.islower() for w in sp.span.text.split()[1:-1])):
            # "Алексей Гончаренко", "Павел Седых": a man's first name as written, whatever the surname; "Барт де
            # Вевер": a particle before the surname
            return "m"
        if sp.span is not None and self.lex.code == "pt":
            before = words(self.text, max(0, sp.span.start - 40), sp.span.start)[-3:]
            if before and sp.span.text.islower() and (sp.span.text in self.lex.role_nouns
                                                      or sp.span.text in self.lex.unnamed_people) \
                    and before[-1].group(0).lower() in _PT_ARTICLE_GENDER \
                    and not self.text[before[-1].end():sp.span.start].strip():
                # "Um operador que pediu anonimato contou …": an unnamed speaker's article ("— disse ele" is him)
                return _PT_ARTICLE_GENDER[before[-1].group(0).lower()]
            while before and re.search(r"[.!?;:]", self.text[before[0].end():sp.span.start]):
                before = before[1:]  # ("… menor.\n\nA professora Sueli Nogueira": the words of its own sentence)
            if len(before) >= 2 and not re.search(r"[.!?;:]", self.text[before[0].start():sp.span.start]):
                art = next((w.group(0).lower() for w in before[:-1] if w.group(0).lower() in ("a", "o")), None)
                if art is not None and self.is_title(before[-1].group(0)) or art and before[-1].group(0).islower() \
                        and before[-1].group(0) not in _PREPOSITIONS:
                    # ("o relatório da CGU": the article of the noun a preposition hangs on tells nothing)
                    return "f" if art == "a" else "m"
            appo = next((m for m in _PT_TITLED_APPOSITION.finditer(self.text, max(0, sp.span.start - 120),
                                                                    sp.span.start) if m.end() == sp.span.start), None)
            if appo is not None and self.is_title(appo.group(2)):
                # "O ministro da Previdência, Raimundo Bezerra, …": the article of the title in apposition
                return "f" if appo.group(1) in ("A", "a") else "m"  # (", a coordenadora do …, Miriam X,")
            if before and self.text[before[-1].end():sp.span.start] == " " and before[-1].group(0).islower():
                # "…, subcomissário Nuno Carvalhais": a title with no article right before the name, in the form
                # of one gender when the other's is a title too ("subcomissária", "inspetora")
                t_ = before[-1].group(0)
                other = t_[:-1] + "a" if t_.endswith("o") else t_ + "a" if t_.endswith("or") \
                    else t_[:-1] + "o" if t_.endswith("a") else ""
                if other and self.is_title(t_) and self.is_title(other):
                    return "f" if t_.endswith("a") else "m"
        gender = self._gender(sp.name)
        if not gender and self.lex.code == "ru" and sp.span is not None and sp.name \
                and any(e.id == sp.entity and e.type == "PERSON" for e in self.entities):
            # "Министр обороны Финляндии Антти Хяккянен назвал …": a foreign name tells no gender; the past-tense
            # verb it is the subject of does ("назвал", "заявила")
            gender = _ru_past_gender(sp.cue) or _ru_past_gender(
                (re.match(r"\s+([а-яё]+)", self.text[sp.span.end:sp.span.end + 30]) or [None, ""])[1])
        return gender

    def _ru_feminine_verb_after(self, end: int) -> bool:
        """Russian: whether a feminine past-tense verb follows ``end`` ("Мэр Якутска Евгения Григорьева заявила":
        a woman in the nominative, however the names layer read her name)."""
        nxt = re.match(r"\s+([а-яё]+)", self.text[end:end + 30])
        if nxt is None:
            return False
        tag = _morph().parse(nxt.group(1))[0].tag
        return tag.POS == "VERB" and "past" in tag and "femn" in tag

    def _gender(self, name: str | None) -> str:
        """"f", "m" or "" from a name's endings (Russian/Bulgarian surnames, first names in -a)."""
        if not name:
            return ""
        parts = name.split()
        last = parts[-1].lower().replace("ё", "е")
        # a first name in -a first: the entities layer gives a Russian surname in its masculine lemma
        # ("Мария Захаров" for "Мария Захарова")
        if parts[0].lower() in self.lex.org_heads:
            return ""  # "Associação Brasileira de …": a body, whatever its words end in
        endings = self.lex.surname_endings
        if endings and len(parts) >= 2 and self._female_first(parts[:-1]):
            return "f"
        if endings:
            if last.endswith(endings.get("f", ())):
                return "f"
            if last.endswith(endings.get("m", ())):
                return "m"
        # a first name in -a ("Эвика Силиня", "Maria da Graça Carvalho"; a country glued before it is skipped)
        return "f" if self._female_first(parts[:-1]) else ""

    def _female_first(self, parts: list[str]) -> bool:
        if self.lex.code == "pt":
            parts = parts[:1]  # "Fernando Baptista Correia": Portuguese middle names (Baptista, Sousa, Costa) end in -a
        return any(len(p) > 2 and p[:1].isupper() and p.lower().endswith(("a", "а", "я"))
                   and p.lower() not in self.lex.male_names_in_a for p in parts)

    def is_title(self, word: str) -> bool:
        w = word.lower()
        if len(w) <= 3 and not (self.lex.code == "ru" and w == "мэр") or w in _PREPOSITIONS:
            return False  # title lists also hold the small words of titles ("на", "de") for trimming names
        if w in self.all_titles or w.rstrip("ът") in self.all_titles or w.rstrip("ят") in self.all_titles:
            return True
        if self.lex.code == "pt" and len(w) > 8 and w.endswith(("logista", "logistas", "ólogo", "óloga")):
            return True  # "o pneumologista", "a cardiologista", "o climatólogo": a specialist's title
        if self.lex.code == "bg" and (len(w) > 5 or w == "кмета") and w.endswith(("а", "я")) \
                and w[:-1] in self.all_titles:
            return True  # "Според министъра", "по думите на председателя", "на кмета": the short definite form
        if "-" in w.strip("-"):
            # "вице-президент", "заместник-кметът", "diretor-geral", "economista-chefe": a title in a compound
            return any(self.is_title(part) for part in w.split("-") if len(part) > 3)
        # "по словам министра"; "по мнению аналитика" (also the noun "аналитика": any singular noun reading)
        return self.lex.code == "ru" and (_ru_singular_lemma(w) in self.all_titles
                                          or bool(_ru_noun_lemmas(w) & self.all_titles))

    def by_title(self, title: str, pos: int, cue: str, span: Span, only_named: bool = False) -> Speaker | None:
        """A title without a name (``министр``, ``a ministra``, ``премиерът``): the last person named before
        ``pos`` right after that title (``Министр финансов Антон Силуанов``), else the last person before
        (``only_named``: else None)."""
        whose = re.search(r"(?<![\w-])(defesa|assessoria|advogad[oa]|equipa|equipe|família)\s+d[oa]\s+$",
                          self.text[max(0, pos - 30):pos], re.IGNORECASE) if self.lex.code == "pt" else None
        if whose is not None:
            # "a defesa do ex-deputado disse", "a assessoria da prefeita informou": the title's lawyers or office speak,
            # not the one the title points back at
            start = max(0, pos - 30) + whose.start(1)
            return Speaker(self.text[start:span.end], None, Span(start=start, end=span.end,
                                                                 text=self.text[start:span.end]), cue)
        voice = [v for v in _PT_BY_VOICE_ANYWHERE.finditer(self.text, max(0, pos - 400), pos)] \
            if self.lex.code == "pt" and title.lower() == "porta-voz" else []
        if voice and "porta-voz" not in self.text[voice[-1].end():pos - 1].lower():
            # "Já o Livre, pela voz de Rui Tavares, lamentou que … «…», ironizou o porta-voz": the one the body spoke
            # through just before, no other spokesperson named since (round 30)
            named = self._named(voice[-1].start(1), voice[-1].end(1), cue)
            if named is not None and named.entity is not None:
                return Speaker(named.name, named.entity, span, cue)
        if self.lex.code == "pt" and not only_named \
                and re.search(r"(?<!\w)[Uu]ma?\s+$", self.text[max(0, pos - 6):pos]):
            # "contou um comerciante que pediu …", "disse uma moradora": someone not named, never one named before
            return Speaker(title, None, span, cue)
        if title.lower() in self.lex.title_synonyms:
            said = self._by_title_synonym(span.start, span.end, cue, title.lower())
            if said is not None:  # "каза министър-председателят": the one named before as "премиерът"
                return said
        if self.lex.code == "ru" and (title.islower() or self._sentence_start(pos) and title[1:].islower()) \
                and _ru_singular_lemma(title.lower()) in self.lex.role_nouns \
                and _ru_singular_lemma(title.lower()) not in self.lex.titles:
            # "Хирург Николай Бурков … вспоминает, что … «…», — говорит врач": a role noun, not an office, after a
            # person who spoke in the same paragraph is that person (not "Главный врач … Коптяева" named before)
            para = self.text.rfind("\n", 0, pos) + 1
            last = max(((p, sp) for p, sp in self.speakers if para <= p < pos and sp.name and sp.entity),
                       key=lambda c: c[0], default=None)
            ent = next((e for e in self.entities if last is not None and e.id == last[1].entity), None)
            # (another person named in the paragraph before this one's last mention is no rival: "Литовкину
            # возражает директор … Алексей Подберезкин. … Эксперт обратил внимание, что")
            seen = max((m.start for m in ent.mentions if para <= m.start < pos), default=para) if ent is not None \
                else para
            if ent is not None and ent.type == "PERSON" and any(para <= m.start < pos for m in ent.mentions) \
                    and not any(seen <= s_ < pos and e.id != ent.id and e.type == "PERSON"
                                and not any(a < s_ < b for a, b in self.quote_spans) for s_, t, e in self.mentions):
                return Speaker(last[1].name, last[1].entity, span, cue)
            closing = re.search(r"[»\"”]\s*,?\s*[—–]\s*(?:[а-яё]+\s+){1,2}$", self.text[max(0, pos - 50):pos])
            if (last is None or ent is None or ent.type != "PERSON") and (self._sentence_start(pos) or closing):
                # (also "«…», — считает экономист" after a paragraph that named one person)
                # "Постпред … Мэтью Уитакер, как пишет Politico, убеждает … Дипломат, по данным издания, предложил":
                # the one person the paragraph named, when the last to speak was an outlet or a body
                people = {e.id: e for s_, t, e in self.mentions if para <= s_ and t <= pos and e.type == "PERSON"
                          and not any(a < s_ < b for a, b in self.quote_spans)}
                if len(people) == 1:
                    one = next(iter(people.values()))
                    return Speaker(one.name, one.id, span, cue)
        stem = title.lower()[:5]
        if self.lex.code == "bg" and len(title.split()) > 1 and not self.is_title(title.split()[0]):
            # "По думите на генералния секретар": the title's noun, not the adjective's inflected form
            stem = next((w.lower()[:5] for w in title.split() if self.is_title(w)), stem)
        if self.lex.code == "pt" and stem == "chefe" and re.match(r"\s+da\s+diplomacia\b", self.text[span.end:]):
            # "A chefe da diplomacia estónia alertou": the foreign minister named before
            for s_, t, e in reversed(self.mentions):
                lead = self.text[max(0, s_ - 80):s_].lower()
                if t <= pos and self._a_person(e) and not re.search(r"[.!?:;]", lead[-45:]) and re.search(
                        r"(?:negócios estrangeiros|relações exteriores|chanceler|chefe da diplomacia)[^.!?:;]*$", lead):
                    return Speaker(e.name, e.id, span, cue)
        if self.lex.code == "pt" and stem == "chefe" \
                and re.match(r"\s+do\s+(?:[Gg]overno|[Ee]xecutivo)\b", self.text[span.end:]):
            # "O chefe do Governo admitiu": the prime minister named before
            for s_, t, e in reversed(self.mentions):
                lead = self.text[max(0, s_ - 40):s_].lower()
                if t <= pos and self._a_person(e) and re.search(r"primeir[oa]-ministr[oa][^.!?:;]{0,25}$", lead):
                    return Speaker(e.name, e.id, span, cue)
        nation = _PT_NATIONALITY.match(self.text, span.end) if self.lex.code == "pt" else None
        if nation is not None:
            # "— … — declarou o ministro ucraniano": the person named before with a title and that country's adjective
            # or name before the name ("o chefe da diplomacia ucraniana, Andrii Sybiha"), not the last minister
            key = _unaccent(nation.group(1).lower())[:4]
            for s_, t, e in reversed(self.mentions):
                lead = re.split(r"[.!?:;\n]", self.text[max(0, s_ - 80):s_])[-1]
                lw = re.findall(r"[\w-]+", lead.lower())
                if t <= span.start and self._a_person(e) and any(self.is_title(w) for w in lw) \
                        and any(_unaccent(w).startswith(key) for w in lw):
                    return Speaker(e.name, e.id, span, cue)
        place = re.match(r"\s+(?:de|do|da|dos|das)\s+([A-ZÀ-Ú][\w-]+(?:\s+[A-ZÀ-Ú][\w-]+)?)", self.text[span.end:]) \
            if self.lex.code == "pt" else None
        if place is not None:
            # "O autarca de Ourique insistiu": the person introduced with that place in their title ("O presidente
            # da Câmara de Ourique, Marcelo Guerreiro")
            for s_, t, e in reversed(self.mentions):
                lead = self.text[max(0, s_ - 60):s_]
                at = lead.rfind(place.group(1))
                if t <= span.start and at >= 0 and self._a_person(e) \
                        and re.fullmatch(r"[^.!?:;]{0,25}", lead[at + len(place.group(1)):]) \
                        and any(self.is_title(w)
                                for w in re.findall(r"[\w-]+", re.split(r"[.!?:;\n]", lead[:at])[-1])[-6:]):
                    return Speaker(e.name, e.id, span, cue)
        if self.lex.code == "ru" and not only_named and span.text.lower() == title.lower() == "губернатор" \
                and self._sentence_start(pos):
            # "Губернатор в среду в своем телеграм-канале назвал ситуацию недопустимой": a bare "Губернатор" opening
            # the sentence is the governor or the region's head named before, else the governor with no name (not
            # whoever spoke last: "депутат Игорь Сабуров"), noted so that "— написал глава региона" points back at it
            for s_, t, e in reversed(self.mentions):
                lead = re.split(r"[.!?:;\n«»]", self.text[max(0, s_ - 60):s_])[-1].lower()
                if t <= pos and self._a_person(e) \
                        and re.search(r"губернатор|глав[аеуы]?\s+(?:республики|области|края|региона)", lead):
                    return Speaker(e.name, e.id, span, cue)
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        region = _RU_REGION_HEAD.match(self.text, span.end) \
            if self.lex.code == "ru" and not only_named and span.text.lower() == title.lower() == "глава" else None
        if region is not None:
            # "Глава республики написал в Telegram-канале, что …": the governor or the head of that region named
            # before, else the region's head with no name (not "глава администрации Сыктывкара Наталья Хозяинова",
            # nor whoever spoke last)
            noun = region.group(0).strip()
            for s_, t, e in reversed(self.mentions):
                lead = re.split(r"[.!?:;\n«»]", self.text[max(0, s_ - 60):s_])[-1].lower()
                if t <= pos and self._a_person(e) and re.search(r"губернатор|глав[аеуы]?\s+" + noun, lead):
                    return Speaker(e.name, e.id, span, cue)
            governor = next((sp_ for p_, sp_ in reversed(self.speakers) if p_ < pos and sp_.entity is None and sp_.name
                             and sp_.name.lower() == "губернатор"), None)
            if governor is not None and noun != "республики":
                return Speaker(governor.name, None, span, cue)  # the unnamed "Губернатор" noted before
            span = Span(start=span.start, end=region.end(), text=self.text[span.start:region.end()])
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        portfolio = self._ru_portfolio_after(title, span) if self.lex.code == "ru" and not only_named else None
        if portfolio is not None:
            # "Министр сельского хозяйства заявил" after "Министр экономического развития Максим Решетников": an office
            # with a portfolio is the person introduced before with that title and portfolio, else the office itself
            # with no name (not the last minister named, who holds another portfolio)
            stems = [w[:5] for w in portfolio.text.lower().split()]
            for s_, t, e in reversed(self.mentions):
                lead = re.split(r"[.!?:;\n«»]", self.text[max(0, s_ - 70):s_])[-1].lower()
                if t <= span.start and self._a_person(e) and "минис" in lead and all(st in lead for st in stems) \
                        and not _RU_DEPUTY_BEFORE.search(lead[:lead.find("минис")]):
                    return Speaker(e.name, e.id, span, cue)
            span = Span(start=span.start, end=portfolio.end, text=self.text[span.start:portfolio.end])
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))  # ("— добавил министр" points back at it)
            return sp
        country = self._ru_title_country(title, span) if self.lex.code == "ru" and not only_named else None
        if country is not None:
            # "Президент Франции призвал …", "По словам министра обороны Польши": an office of a country with no name
            # is the person introduced before with that office and that country, else no one named (not whoever
            # spoke last)
            for s_, t, e in reversed(self.mentions):
                lead = re.split(r"[.!?:;\n«»]", self.text[max(0, s_ - 60):s_])[-1].lower()
                if t <= pos and self._a_person(e) and country in lead and title.lower()[:5] in lead:
                    return Speaker(e.name, e.id, span, cue)
            named_after = any(span.end <= s_ < span.end + 80 and (e.type == "PERSON" or self._a_person(e))
                              and not _SENT_END.search(self.text, span.end, s_) for s_, t, e in self.mentions)
            prev = self.previous_speaker(pos)
            held = self._ru_intro_countries(next((e for e in self.entities if prev is not None
                                                  and e.id == prev.entity), None), title)
            if not named_after and (prev is None or prev.entity is None or self._ru_other_office(prev, title)
                                    or held and not any(_ru_same_country(country, h) for h in held)
                                    or not _ru_same_country(country, self._ru_spoke_for_country(prev.entity, pos,
                                                                                                 title))):
                # (nor "Президент Ирана заявил" after "Президент Азербайджана Ильхам Алиев" spoke: another country's)
                # (not "Лидер РФ заявил" after Putin spoke, named with no title: he may be the one; nor "президент
                # Украины (…) Владимир Зеленский": the name after it)
                sp = Speaker(span.text, None, span, cue)
                self.speakers.append((span.start, sp))  # ("— заявил министр" points back at it)
                return sp
        alt = _ru_office_alias(title, self.text[pos + len(title):pos + len(title) + 30]) if self.lex.code == "ru" \
            else None
        want = self._ru_wanted_country(title, span, country) if self.lex.code == "ru" and not only_named else None
        # the last person before ``pos`` who holds the title, read back from ``pos``: a mention that cannot hold it
        # (its verdict reads the text and the entities alone) is skipped on later look-backs with the same title
        # (review of stop 38: "Российский президент сообщил" after thousands of "Президент Франции Эмманюэль Макрон",
        # "disse o ministro" after thousands of names, read every earlier mention on every look-back, quadratic)
        never = self._title_never.setdefault((title, stem, alt.pattern if alt is not None else None, want), {})
        i = bisect.bisect_right(self._mention_starts, pos) - 1
        while True:
            i = _skip_back(never, i)
            if i < 0:
                break
            s_, t, e = self.mentions[i]
            if t <= pos:
                held = self._holds_title(s_, t, e, title, stem, alt, want)
                if held:
                    return Speaker(e.name, e.id, span, cue)
                if held is False:
                    never[i] = i - 1
            i -= 1
        if self.lex.code == "ru" and title.lower().startswith("мэр"):
            # "Глава Кичменгско-Городецкого округа Сергей Мокиевский … Мэр добавил": a town's head is its mayor
            for s_, t, e in reversed(self.mentions):
                lead = self.text[max(0, s_ - 60):s_].lower()
                if t <= pos and self._a_person(e) and _RU_TOWN_HEAD.search(lead):
                    return Speaker(e.name, e.id, span, cue)
        if only_named:
            return None
        art = re.search(r"(?<!\w)([OoAa])\s+$", self.text[max(0, pos - 3):pos]) if self.lex.code == "pt" else None
        # ("A governante garantiu" after a man spoke: the woman named before, by the article; "o" is also the
        # generic article, so "O cientista" only rules women out: "O cientista sublinha" after "…, diz Eberl" is
        # Eberl, not a meteorologist introduced with "O" before him)
        female = art is not None and art.group(1).lower() == "a"
        prev = self.previous_speaker(pos, ("f" if female else "m") if art else "", prefer_known=female)
        if female and prev is not None and self._speaker_gender(prev) == "m":
            # "A procuradora titular do processo sustenta" when only men spoke before: someone new, no man
            prev = None
        if prev is not None and prev.name and self._may_hold(prev, title) and not (
                want and (held := self._ru_intro_countries(next((e for e in self.entities if e.id == prev.entity),
                                                                None), title))
                and not any(_ru_same_country(want, h) for h in held)):
            # (Russian: nor "Российский президент сообщил" right after "Президент Казахстана Касым-Жомарт Токаев"
            # spoke, with no other president named: another country's, as in the loop above; review41)
            return Speaker(prev.name, prev.entity, span, cue)
        if self.lex.code == "pt" and title.lower() == "porta-voz" and prev is not None:
            # "Dmitri Peskov … disse … O presidente francês, Emmanuel Macron, defendeu … O porta-voz do Kremlin também
            # criticou": one of the last three people who spoke, the latest who holds no other office
            seen: list[str] = []
            for _, sp in sorted(((p, sp) for p, sp in self.speakers if p < pos and sp.name), key=lambda c: -c[0]):
                if sp.name in seen:
                    continue
                seen.append(sp.name)
                if len(seen) > 3:
                    break
                ent = next((e for e in self.entities if e.id == sp.entity), None) if sp.entity else None
                if sp.name != prev.name and (sum(_is_cap(w) for w in sp.name.split()) >= 2 or ent is not None and all(
                        not re.search(r"(?:^|\s)(?:[oa]s?|d[oa]s?|n[oa]s?|pel[oa]s?)\s+$",
                                      self.text[max(0, m.start - 6):m.start].lower()) for m in ent.mentions)) \
                        and sp.name.split()[0].lower() not in self.lex.org_heads \
                        and (ent is None or not self._org_like(ent)) \
                        and (self._entity_offices(ent, True) if ent is not None
                             else self._offices([sp.span.start] if sp.span else [], True)) <= {"porta"}:
                    return Speaker(sp.name, sp.entity, span, cue)
        return Speaker(span.text, None, span, cue)

    def _holds_title(self, s_: int, t: int, e: Entity, title: str, stem: str, alt: re.Pattern | None,
                     want: str | None) -> bool | None:
        """Whether the mention ``s_``-``t`` of ``e`` is the one a bare ``title`` (first letters ``stem``; Russian: its
        other names ``alt``, the country ``want`` of its adjective) stands for, read from the words before it: True,
        False, or None for a no that may turn (Portuguese: a title right after a name that has not spoken yet)."""
        if want and (held := self._ru_intro_countries(e, title)) \
                and not any(_ru_same_country(want, h) for h in held):
            # "Российский президент сообщил" after "Президент Азербайджана Ильхам Алиев": not a holder of the same
            # office introduced with another country
            return False
        if self.lex.code == "pt" and self._in_long_quote(s_):
            return False  # "«Eu disse que [o presidente dos EUA, Joe] Biden é …»": named inside a quote, no speaker
        if self.lex.code == "pt" and e.type != "PERSON" and self._pt_title_field(s_, t):
            return False  # "A ministra do Trabalho, Solidariedade e [Segurança Social]": the title's field, no person
        lead = self.text[max(0, s_ - 60):s_].lower()
        at = lead.rfind(stem)
        while self.lex.code in ("pt", "bg") and at > 0 and (lead[at - 1].isalpha() or lead[at - 1] == "-"):
            # "a reitora" is not "o pró-reitor", "o presidente" no "vice-presidente"; "депутатът" is no
            # "евродепутатът", "председателят" no "министър-председателят"
            at = lead.rfind(stem, 0, at)
        if self.lex.code == "pt" and stem == "minis" and "chefe da diplomacia" in lead:
            at = max(at, lead.rfind("chefe da diplomacia"))  # the foreign minister: "o chefe da diplomacia …, X"
        if stem and at >= 0 and not self.is_title(lead[at:].split()[0].strip(",")) \
                and lead[at:].split()[0] != title.lower():
            at = -1  # "विदेश मंत्रालय के प्रवक्ता": a ministry, not a minister
        if self.lex.code == "ru" and at >= 0 and any(is_reporting(w, self.lex) for w in lead[at:].split()[1:]):
            at = -1  # "зампред ЦБ Владимир Чистюхин заявил на Финансовом конгрессе": the title was another name's
        if self.lex.code == "ru" and at >= 0 and _RU_DEPUTY_BEFORE.search(lead[:at]) \
                and not _RU_DEPUTY_BEFORE.search(title.lower() + " "):
            at = -1  # "Заместитель министра … Сергей Рябков" is no "министр"
        if self.lex.code == "ru" and at < 0 and alt is not None:
            # "По словам замминистра" for "Заместитель министра … Сергей Рябков", "Как отметил министр" for
            # "Глава МИД России Сергей Лавров", "глава региона" for the governor: the same office in other words
            hits = [h for h in alt.finditer(lead) if not _RU_DEPUTY_BEFORE.search(lead[:h.start()])]
            if hits and self._a_person(e) and not re.search(r"[.!?:;]", lead[hits[-1].start():]) \
                    and len(lead[hits[-1].start():].split()) <= 6 \
                    and not any(e2 is not e and e2.type == "PERSON"
                                for _s2, _t2, e2 in self._mentions_between(max(0, s_ - 60) + hits[-1].start(), s_)):
                # (not "… Эльвира Набиуллина на Финансовом конгрессе": the person right after the office holds it)
                return True
        # "O ministro da Integração e do Desenvolvimento Regional, Waldez Góes": a name of two capitalised words
        # after the comma that closes a long title
        appositive = lead.endswith(", ") and sum(_is_cap(w) for w in self.text[s_:t].split()) >= 2 \
            and not self._org_like(e)
        title_after = self.lex.code == "pt" and re.match(r",\s+(?:[oa]\s+)?" + re.escape(title.lower())
                                                         + r"(?!\w)", self.text[t:t + 60].lower())
        if title_after and self._person_like(e):
            # "a ecóloga Marta Seixas, professora da Universidade, …": the title right after the name
            return True
        if self.lex.code == "pt" and at >= 0 and any(e2 is not e and self._a_person(e2)
                                                     and not (e2.type != "PERSON" and self._pt_title_field(s2, t2))
                                                     for s2, t2, e2 in self._mentions_between(max(0, s_ - 60) + at,
                                                                                              s_)):
            # "O juiz Carlos Dantas, da 2ª Vara Criminal, …": the person after the title, not the court
            return None if title_after else False
        if self.lex.code == "bg" and at >= 0 and self._a_person(e) \
                and any(e2 is not e and self._a_person(e2) and "," in self.text[_t2:s_]
                        for _s2, _t2, e2 in self._mentions_between(max(0, s_ - 60) + at, s_)):
            # "Адвокат Росен Манолов, който представлява Кирков, … каза адвокатът": the person right after the
            # title holds it, not the one named later in its relative clause
            return None if title_after else False
        seg = lead[at:]
        if self.lex.code == "pt" and at >= 0 and re.search(r",\s+(?:que|onde|quando)\s", seg):
            # "«…», afirmou o ministro, que viaja a Fortaleza no sábado": a name in the title's relative clause
            # is what it is about (a place, someone met), not the title's holder
            return None if title_after else False
        if self.lex.code == "hi":  # "बलरामपुर अस्पताल के निदेशक डॉ. सुशील प्रकाश": the full stop of "डॉ." ends nothing
            seg = _hi_abbrev_dots(seg, self.lex)
        if stem and at >= 0 and not re.search(r"[.!?:;]", seg) \
                and not (e.type != "PERSON" and "," in lead[at:] and self._after_preposition(s_)) \
                and not (self.lex.code == "pt" and e.type != "PERSON" and self._after_preposition(s_)
                         and not appositive) \
                and not (self.lex.code == "bg" and not self._a_person(e) and self._after_preposition(s_)) \
                and len(lead[at:].split()) <= (9 if appositive else 6) \
                and (self._a_person(e) or appositive or len(lead[at:].split()) <= 4 and not self._org_like(e)):
            # "O ministro das Infraestruturas e Habitação, Rui Tavares Melo": the person, not "Habitação"
            return True
        return None if title_after else False

    def _ru_intro_countries(self, ent: Entity | None, title: str) -> frozenset[str]:
        """Russian: the countries (lower case) in the genitive after ``title`` where the person ``ent`` was introduced
        with it ("Президент Азербайджана Ильхам Алиев": {"азербайджана"}). Read once per entity and title (it is asked
        for every mention before every bare title: unkept, a long article took minutes, review41)."""
        stem = title.lower()[:5]
        if ent is None or len(stem) != 5:
            return frozenset()
        key = (ent.id, stem)
        if key in self._intro_countries:
            return self._intro_countries[key]
        out: set[str] = set()
        for m in ent.mentions:
            lead = re.split(r"[.!?:;\n«»]", self.text[max(0, m.start - 50):m.start])[-1]
            at = lead.lower().rfind(stem)
            if at < 0:
                continue
            for w in re.findall(r"[\w-]+", lead[at:])[1:4]:
                if _is_cap(w) and any("Geox" in p.tag and "gent" in p.tag for p in _morph().parse(w)[:2]):
                    out.add(w.lower())
        self._intro_countries[key] = frozenset(out)
        return self._intro_countries[key]

    def _ru_spoke_for_country(self, entity: str | None, pos: int, title: str) -> str | None:
        """Russian: the adjective of a country before ``title`` ("Российский президент
        сообщил") between the last mention of the person ``entity`` and ``pos``, the title he was last called by,
        else None."""
        ent = next((e for e in self.entities if entity is not None and e.id == entity), None)
        last = max((m.end for m in ent.mentions if m.end <= pos), default=None) if ent is not None else None
        if last is None or len(title) < 5:
            return None
        adjs = list(re.finditer(r"(?<![\w-])([А-ЯЁа-яё]+(?:ский|цкий|ская|цкая))\s+" + re.escape(title.lower()[:5]),
                                self.text[last:pos], re.IGNORECASE))
        return adjs[-1].group(1).lower() if adjs else None

    def _ru_wanted_country(self, title: str, span: Span, country: str | None) -> str | None:
        """Russian: the country (a word in lower case) a bare title names, by its genitive ("Президент Ирана") or
        its adjective right before it ("Российский президент", "иранский лидер"), else None."""
        if country:
            return country
        adj = re.search(r"(?<![\w-])([А-ЯЁа-яё]+(?:ский|цкий|ская|цкая|ского|ской))\s+$",
                        self.text[max(0, span.start - 30):span.start])
        first = span.text.split()[0] if len(span.text.split()) > 1 else ""
        word = first if re.fullmatch(r"[А-ЯЁа-яё]+(?:ский|цкий|ская|цкая|ского|ской)", first) \
            else adj.group(1) if adj is not None else ""
        return word.lower() if word else None

    def _ru_other_office(self, prev: Speaker, title: str) -> bool:
        """Russian: whether the person ``prev`` was introduced with an office or a profession other than ``title``
        ("Министр Иван Петров", "Политолог Сергей Ветров" for "Президент Франции")."""
        ent = next((e for e in self.entities if e.id == prev.entity), None)
        if ent is None:
            return False
        for m in ent.mentions:
            lead = re.split(r"[.!?:;\n«»]", self.text[max(0, m.start - 50):m.start])[-1]
            for w in re.findall(r"[\w-]+", lead.lower())[-4:]:
                if (w in self.lex.titles or w in self.lex.role_nouns) and len(w) > 4 and w[:5] != title.lower()[:5] \
                        and w not in ("иностранных", "обороны", "официальный", "бывший", "генеральный"):
                    return True
        return False

    def _ru_plural_opener(self, opening: int) -> Speaker | None:
        """Russian: the people of a body who open the sentence before the one at ``opening`` as its subject, a plural
        role noun and the body's name ("Аналитики Центра … (ЦМАКП) в обзоре … оценили"), up to the body's acronym in
        brackets, else over its genitives; None when that sentence opens otherwise or has no plural verb."""
        if opening <= 0:
            return None
        para = self.text.rfind("\n", 0, opening - 1) + 1
        sent = max([para] + [m.end() for m in _SENT_END.finditer(self.text, para, opening) if m.end() < opening - 1])
        head = re.match(r"\s*([А-ЯЁ][а-яё]+)\s+(?=[А-ЯЁ])", self.text[sent:opening])
        if head is None:
            return None
        parses = _morph().parse(head.group(1).lower())[:2]
        if not any(p.tag.POS == "NOUN" and "plur" in p.tag and "nomn" in p.tag
                   and p.normal_form in self.lex.role_nouns for p in parses):
            return None
        if not any(any(p.tag.POS == "VERB" and "plur" in p.tag for p in _morph().parse(w.group(0).lower())[:1])
                   for w in words(self.text, sent + head.end(), opening)):
            return None
        body = self.text[sent:opening]
        start = sent + head.start(1)
        acr = re.compile(r"\(([A-ZА-ЯЁ]{2,8})\)").search(body, head.end(), min(len(body), head.end() + 120))
        if acr is not None and not re.search(r"[,.;:]", body[head.end():acr.start()]):
            end = sent + acr.end()
        else:
            m = re.match(r"\s+[А-ЯЁA-Z][\w-]*", self.text[sent + head.end(1):opening])
            end = self._ru_body_phrase_end(sent + head.end(1) + m.end(), opening) if m is not None else 0
        if end <= sent + head.end(1):
            return None
        span = Span(start=start, end=end, text=self.text[start:end])
        return Speaker(span.text, None, span, "их")

    def _ru_portfolio_after(self, title: str, span: Span) -> Span | None:
        """Russian: the portfolio right after a bare "Министр" opening a sentence ("Министр сельского хозяйства",
        "Министр финансов"): one to three lower-case words in the genitive that are no title of their own and no
        name follows, else None."""
        parts = span.text.split()
        if len(parts) > 1 and parts[0].lower() == "министр" and parts[-1] == title \
                and self._sentence_start(span.start) and all(w in ("обороны", "иностранных", "дел") for w in parts[1:]):
            # "Министр обороны заявил": the title's own portfolio word was found first
            start = span.start + len(parts[0]) + 1
            return Span(start=start, end=span.end, text=self.text[start:span.end])
        if span.text.lower() != title.lower() or title.lower() not in ("министр", "министра", "министру") \
                or not self._sentence_start(span.start):
            return None
        m = re.match(r"(?:\s+[а-яё]+){2,4}(?![\w-])", self.text[span.end:span.end + 80])
        ws = m.group(0).split() if m is not None else []
        # the portfolio runs right up to the reporting verb: "Министр финансов заявил"
        n = next((i for i in range(1, len(ws)) if is_reporting(ws[i], self.lex)), 0)
        ws = ws[:n]
        if not ws or any(self.is_title(w) and w not in ("обороны", "иностранных", "дел")
                         or is_reporting(w, self.lex) or w in _PREPOSITIONS
                         or not any("gent" in p.tag and p.tag.POS in ("NOUN", "ADJF") for p in _morph().parse(w)[:2])
                         for w in ws) or not any(_morph().parse(w)[0].tag.POS == "NOUN" for w in ws):
            return None
        end = span.end + len(re.match(r"(?:\s+[а-яё]+){" + str(len(ws)) + "}", self.text[span.end:]).group(0))
        return Span(start=span.end + 1, end=end, text=self.text[span.end + 1:end])

    def _ru_title_country(self, title: str, span: Span) -> str | None:
        """Russian: the stem of the country a title phrase ends with ("Президент Франции", "министра обороны Польши",
        "Глава МИД Венгрии": a capitalised place in the genitive), else None."""
        parts = span.text.split()
        if len(parts) == 2 and parts[0].lower() == title.lower() == "глава" \
                and _RU_REGION_HEAD.fullmatch(" " + parts[1]) is not None:
            return parts[1].lower()[:5]  # "Глава республики" (an office of a region, unnamed)
        if len(parts) < 2 or parts[0].lower() != title.lower() or not _is_cap(parts[-1]) or len(parts) > 5 \
                or any(s_ < span.end and t > span.start and e.type == "PERSON" for s_, t, e in self.mentions):
            return None
        last = parts[-1].strip(",.")
        if not any("Geox" in p.tag and "gent" in p.tag for p in _morph().parse(last)[:2]) \
                or last.lower().startswith(("росси", "рф")):
            return None  # (Russia's own offices, "Президент России", "Лидер РФ", are read as before: the press names
            # their holders by office alone)
        return last.lower()[:5]

    def _by_title_synonym(self, start: int, end: int, cue: str, phrase: str = "") -> Speaker | None:
        """An office named by a phrase of its own (lexicon ``title_synonyms``: "Държавният глава" for the
        president, "министър-председателят" for the premier): the person named before with that office's title,
        else None."""
        office = self.lex.title_synonyms.get(phrase or " ".join(self.text[start:end].lower().split()))
        if office is None:
            return None
        stem = office[:5]
        for s_, t, e in reversed(self.mentions):
            lead = self.text[max(0, s_ - 60):s_].lower()
            at = lead.rfind(stem)
            if self.lex.code == "ru" and phrase.endswith("ница") and self._gender(e.name) == "m":
                continue  # "защитница" is a woman: not a man introduced as "адвокат"
            if t <= start and at >= 0 and self._a_person(e) and not re.search(r"[.!?:;]", lead[at:]) \
                    and len(lead[at:].split()) <= (7 if self.lex.code == "ru" else 4):
                # (a Russian office takes its remit and place: "уполномоченный по правам человека в России …")
                return Speaker(e.name, e.id, Span(start=start, end=end, text=self.text[start:end]), cue)
        return None

    def _ru_head_named_before(self, start: int, end: int, cue: str) -> Speaker | None:
        """"Глава регулятора": the person named last right after a head title ("председатель ЦБ Эльвира
        Набиуллина", "глава ведомства …"), else None."""
        for s_, t, e in reversed(self.mentions):
            if t > start or not self._a_person(e):
                continue
            lead = self.text[max(0, s_ - 60):s_].lower()
            heads = [m.start() for m in re.finditer(r"\b" + _RU_HEAD + r"\b", lead)]
            if heads and not re.search(r"[.!?:;]", lead[heads[-1]:]) and len(lead[heads[-1]:].split()) <= 4:
                return Speaker(e.name, e.id, Span(start=start, end=end, text=self.text[start:end]), cue)
        return None

    def _org_like(self, e: Entity) -> bool:
        return e.type in ("ORG", "GPE", "LOC", "NORP")

    def _in_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quote (``a <= pos < b`` for a quote span): a bisection in the quotes' union,
        built once (a scan of every quote per name found was quadratic in a text of thousands of quotes)."""
        union = getattr(self, "_quote_union", None)
        if union is None:
            starts: list[int] = []
            ends: list[int] = []
            for a, b in sorted(self.quote_spans):
                if a >= b:
                    continue
                if ends and a <= ends[-1]:
                    ends[-1] = max(ends[-1], b)
                else:
                    starts.append(a)
                    ends.append(b)
            union = self._quote_union = (starts, ends)
        i = bisect.bisect_right(union[0], pos) - 1
        return i >= 0 and pos < union[1][i]

    def _in_long_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quote of four words or more (kept per offset)."""
        known = self._in_long_quote_memo.get(pos)
        if known is None:
            known = any(a < pos < b and len(self.text[a + 1:b].split()) >= 4 for a, b in self.quote_spans)
            self._in_long_quote_memo[pos] = known
        return known

    def _a_person(self, e: Entity) -> bool:
        """A person by the entity itself (not by having spoken): typed so, or two capitalised words with a title
        before them, or a name whose ending tells a gender. Kept per entity (it reads the entity and the text
        alone)."""
        known = self._a_person_memo.get(id(e))
        if known is None or known[0] is not e:
            known = (e, self._a_person_uncached(e))
            self._a_person_memo[id(e)] = known
        return known[1]

    def _a_person_uncached(self, e: Entity) -> bool:
        if e.type == "PERSON":
            return True
        if e.type not in ("NAME", "PER"):
            return False
        if self.lex.code == "hi" and any(self._hi_titled_name(m.start, m.text) for m in e.mentions):
            return True  # "रूस के विदेश मंत्री सर्गेई लावरोव": two words right after a title, no capitals to tell
        return any(sum(_is_cap(w) for w in m.text.split()) >= 2 and not self._after_preposition(m.start)
                   and self._titled(m.start, m.text) for m in e.mentions) or bool(self._gender(e.name)) \
            or any(sum(_is_cap(w) for w in m.text.split()) >= 2 and self._title_after(m.end) for m in e.mentions)

    def _hi_titled_name(self, start: int, mention: str) -> bool:
        """Hindi: a name of two or three words right after a title word, only spaces between ("विदेश मंत्री सर्गेई
        लावरोव"); not after a word that is also an adjective ("प्रमुख शहर", "पूर्व दिल्ली")."""
        if not 2 <= len(mention.split()) <= 3:
            return False
        before = words(self.text, max(0, start - 40), start)[-1:]
        return bool(before) and not self.text[before[0].end():start].strip() \
            and before[0].group(0) in self.lex.titles and before[0].group(0) not in _HI_ADJECTIVE_TITLES

    def _hi_opening_name(self, start: int, end: int, mention: str) -> bool:
        """Hindi: a name of two or three words that opens its sentence as its subject ("नरेंद्र मोदी सोमवार को मॉस्को
        पहुंचे।", "व्लादिमीर पुतिन, जो …"): no postposition, body noun or place noun after it."""
        before = self.text[max(0, start - 3):start]
        opens = "\n" in before or not before.strip() or before.strip()[-1] in ".!?।"
        if not 2 <= len(mention.split()) <= 3 or not self._name_words(mention) or not opens:
            return False
        nxt = words(self.text, end, end + 40)[:1]
        if not nxt or self.text[end:nxt[0].start()].strip() not in ("", ","):
            return False
        w = nxt[0].group(0)
        return w not in _HI_STOP and w not in _hi.BODY_HEADS and w not in _HI_PLACE_NOUNS \
            and w not in _hi.GOVERNMENT_NOUNS

    def _title_after(self, end: int) -> bool:
        """A title in apposition right after a name ("Humberto Jorge, presidente da ANOP", "Иван Петров, директор
        на …"): a comma, an article at most, and a lower-case title or role."""
        m = re.match(r",[ \t]+(?:(?:o|a|os|as)[ \t]+)?([^\W\d_][\w-]*)", self.text[end:end + 60])
        if self.lex.code == "pt":
            # "Andrei Nastasin, um dos porta-vozes do Ministério": one of many holding a title
            many = re.match(r",[ \t]+(?:um|uma)[ \t]+(?:dos|das)[ \t]+([a-zà-ú-]+)", self.text[end:end + 60])
            if many is not None and any(self.is_title(many.group(1)[:-n]) for n in (1, 2) if
                                        many.group(1).endswith("es"[2 - n:])):
                return True
        return m is not None and m.group(1).islower() and self.is_title(m.group(1))

    def _may_hold(self, prev: Speaker, title: str) -> bool:
        """Whether the earlier speaker ``prev`` can be the one a bare title stands for: a person (an
        institution is no "primeiro-ministro"), and, for an office (``TITLES``: "primeiro-ministro",
        "रक्षा मंत्री"), not someone introduced with another office ("o porta-voz Fulano"). A role noun
        ("дипломат", "o governante") may stand for anyone named before."""
        ent = next((e for e in self.entities if e.id == prev.entity), None) if prev.entity else None
        # "Rita Gomes, do Ministério Público, … A procuradora respondeu": a name whose first word the names layer
        # left out (it opens the sentence) is a person
        dropped = ent is not None and self.lex.code == "pt" and ent.type in ("NAME", "PER") and prev.span is not None \
            and prev.span.text != ent.name and prev.span.text.endswith(" " + ent.name) \
            and sum(_is_cap(w) for w in prev.span.text.split()) >= 2 \
            and self._first_word_dropped(prev.span.start + len(prev.span.text) - len(ent.name)) is not None
        if ent is not None and not dropped and not self._a_person(ent) and not (
                self.lex.code == "pt" and ent.type in ("NAME", "PER") and " " not in ent.name
                and any(o is not ent and o.type in ("NAME", "PER", "PERSON") and ent.name in o.name.split()[1:-1]
                        and self._a_person(o) for o in self.entities)):
            # ("O presidente Luiz Inácio Lula da Silva … disse Lula. Segundo o petista": a person's middle name)
            return False
        if ent is None and self.lex.code == "ru" and prev.name and len(prev.name.split()) == 1 \
                and _ru_singular_lemma(prev.name.lower()) in self.lex.anonymous_sources \
                and title.lower() in self.lex.role_nouns:
            return True  # "Собеседник …, попросивший не называть его имени, объяснил … — рассказал чиновник"
        if ent is None and self.lex.code == "pt" and prev.span is not None and prev.name.islower() \
                and prev.name in self.lex.role_nouns and title.lower() in self.lex.role_nouns \
                and re.search(r"(?<![\w-])(?:[Uu]ma?|[Oo]utr[oa])\s+$",
                              self.text[max(0, prev.span.start - 8):prev.span.start]):
            return True  # "uma reformada de 81 anos contou … «…», disse a idosa": the unnamed one, by a role noun
        if ent is None and self.lex.code == "bg" and prev.span is not None and title.lower() in self.lex.role_nouns \
                and _BG_UNNAMED_OPENER.fullmatch(prev.span.text) is not None and prev.span.text[:1].isupper():
            return True  # "Учителка от квартал „Надежда“ … разказа … „…“, каза жената": the unnamed source opener
        if ent is None and self.lex.code == "ru" and prev.name and prev.name.split()[0].lower() in self.lex.titles \
                and self._ru_title_country(prev.name.split()[0], prev.span) is not None if prev.span else False:
            # "Глава МИД Венгрии … не стал отрицать … «…», — заявил министр": an office of a country with no name,
            # the same office by its title or its other name
            alias = _ru_office_alias(title, "")
            return title.lower()[:5] in prev.name.lower() or alias is not None and bool(alias.search(prev.name.lower()))
        if ent is None and prev.span is not None and self.lex.code != "hi" \
                and sum(_is_cap(w) for w in prev.name.split()) < 2:
            return False  # a word or an institution no layer took for a person ("Минстрой", "Националния
            # статистически институт")
        if ent is None and self.lex.code == "hi" and prev.name and title.split() \
                and prev.name.split()[-1] in _HI_BODY_PEOPLE and prev.name.split()[-1] != title.split()[-1]:
            return False  # (Hindi round 19: "एक वरिष्ठ अधिकारी ने बताया …। मुख्यमंत्री ने कहा": an unnamed official is no
            # chief minister)
        def office(w: str) -> bool:
            w = w.lower()
            if "-" in w.strip("-"):  # "министър-председателят", "заместник-кметът"
                return any(office(part) for part in w.split("-") if len(part) > 3)
            return w in self.lex.titles or w.rstrip("ът") in self.lex.titles or w.rstrip("ят") in self.lex.titles \
                or len(w) > 5 and w[-1] in "ая" and w[:-1] in self.lex.titles
        def former() -> bool:
            return self.lex.code == "pt" and any(w in ("antigo", "antiga") or w.startswith("ex-")
                                                 for w in title.lower().split()) \
                or self.lex.code == "pt" and ent is not None and any(
                    self._title_after(m.end) and any(office(w.group(0)) for w in words(self.text, m.end, m.end + 60)[:3]
                                                     if len(w.group(0)) > 3) for m in ent.mentions)
        if self.lex.code in ("bg", "pt") and any(office(w) for w in title.split() if len(w) > 3) and not former():
            # "Икономистът Калин Дамянов … По думите на европейския комисар …", "O analista Rui Lopes … o secretário
            # de Estado garantiu": one introduced by a profession holds no office (but may have held one: "a antiga
            # ministra"; nor one given an office in apposition: "O almirante Rui Sá, antigo chefe da Armada")
            starts = [m.start for m in ent.mentions] if ent is not None else [prev.span.start] if prev.span else []
            intro = [w.group(0).lower() for st in starts for w in words(self.text, max(0, st - 40), st)[-2:]]
            if any((w in self.lex.role_nouns or w.rstrip("ът") in self.lex.role_nouns) and not office(w)
                   for w in intro) \
                    and not any(office(w) for w in intro if len(w) > 3):
                return False
        t = title.lower()
        if self.lex.code == "bg":
            t = self.lex.title_synonyms.get(t, t)  # "каза градоначалникът": one introduced as "Кметът на …"
        spokesman = self.lex.code == "pt" and t == "porta-voz"
        if (t not in self.lex.titles or t in self.lex.role_nouns and t not in self.lex.single_offices) \
                and not spokesman:
            return True
        offices = self._entity_offices(ent, spokesman) if ent is not None \
            else self._offices([prev.span.start] if prev.span else [], spokesman)
        return not offices or t[:5] in offices

    def _entity_offices(self, ent: Entity, spokesman: bool = False) -> frozenset[str]:
        """``_offices`` of all the mentions of ``ent``, kept per article (asked on every look-back of a bare title:
        a person named thousands of times had every mention read again each time, review of stop 38)."""
        memo = self.__dict__.setdefault("_entity_offices_memo", {})
        known = memo.get((id(ent), spokesman))
        if known is None or known[0] is not ent:
            known = memo[(id(ent), spokesman)] = (ent, frozenset(self._offices([m.start for m in ent.mentions],
                                                                               spokesman)))
        return known[1]

    def _offices(self, starts: list[int], spokesman: bool = False) -> set[str]:
        """The offices (first five letters) in the six words before a person's mentions at ``starts``; for a bare
        Portuguese "porta-voz", role nouns that are offices too ("O porta-voz do Kremlin" is not "o presidente
        francês, Emmanuel Macron": a spokesman holds no other office)."""
        offices = set()
        for start in starts:
            for w in words(self.text, max(0, start - 60), start)[-6:]:
                lw = w.group(0).lower()
                if lw in self.lex.titles and lw not in _PREPOSITIONS and len(lw) > 3 and (
                        lw not in self.lex.role_nouns or spokesman and lw not in ("antigo", "antiga", "líder")):
                    offices.add(lw[:5])
        return offices

    def by_pronoun(self, pos: int, cue: str, span: Span | None) -> Speaker:
        gender = self.lex.pronouns.get(span.text.lower(), "") if span is not None else ""
        titled = self._bg_titled_subject_before(pos, cue) if self.lex.code == "bg" and gender else None
        if titled is None and self.lex.code == "ru" and gender:
            titled = self._ru_unnamed_subject_before(pos, gender, cue)
        if titled is None and self.lex.code == "hi" and span is not None:
            titled = self._hi_aged_subject_before(pos, cue) or self._hi_kin_subject_before(pos, cue) \
                or self._hi_titled_subject_before(pos, cue)
        if titled is not None:
            return titled
        prev = self.previous_speaker(pos, gender)
        if prev is not None:
            return Speaker(prev.name, prev.entity, span or prev.span, cue)
        return Speaker(span.text if span else None, None, span, cue)

    def _hi_named(self, start: int, end: int, cue: str) -> Speaker:
        """The person of the words ``text[start:end]``: the entity a mention there is of, else the words."""
        for s_, t, e in self.mentions:
            if start <= s_ < end and t <= end + 2 and _person_types(e):
                return Speaker(e.name, e.id, Span(start=start, end=end, text=self.text[start:end]), cue)
        return Speaker(self.text[start:end], None, Span(start=start, end=end, text=self.text[start:end]), cue)

    def _hi_titled_subject_before(self, pos: int, cue: str) -> Speaker | None:
        """Hindi round 19: "… के जलवायु वैज्ञानिक डॉ. अरुण नायर इसे … से जोड़ते हैं। वे कहते हैं कि …": a pronoun opening
        a sentence after one in the same paragraph that has no ने and no quote, whose subject is a title (or "डॉ.")
        and a name of two words not followed by a postposition: that person, not the last speaker."""
        para = self.text.rfind("\n", 0, pos) + 1
        plain = _hi_abbrev_dots(self.text, self.lex)
        ends = [m.end() for m in _SENT_END.finditer(plain, para, pos)]
        if not ends or self.text[ends[-1]:pos].strip():
            return None  # (only a pronoun that opens its sentence)
        lo = ends[-2] if len(ends) >= 2 else para
        sent = self.text[lo:ends[-1]]
        if "\n" in sent.strip() or re.search(r"(?<![\u0900-\u097F])ने(?![\u0900-\u097F])|[\"“”‘’']", sent) \
                or any(w.group(0) in self.lex.reporting_forms and "कि" in [x.group(0) for x in ws[i + 1:i + 4]]
                       for ws in [words(self.text, lo, ends[-1])] for i, w in enumerate(ws)):
            return None  # (a sentence that reports a कि-clause: its speaker is the last one already)
        for m in _HI_TITLED_NAME.finditer(self.text, lo, ends[-1]):
            title = m.group(1).rstrip(".")
            if title not in self.all_titles and title not in self.lex.abbreviations \
                    and title not in ("प्रोफ़ेसर", "डॉक्टर"):
                continue
            if any(w in _HI_STOP or w in self.all_titles or w in self.lex.pronouns or w in _hi.TITLE_MODIFIERS
                   for w in (m.group(2), m.group(3))) or m.group(4) in _hi.NAME_EDGE_STOP - {"भी", "ही", "तो"}:
                continue  # ("पूर्व अध्यक्ष और संवैधानिक …", "प्रमुख रमेश यादव के बेटे": no subject)
            if m.group(3) in ("सिंह", "प्रसाद", "कुमार", "लाल") and m.group(4) not in _HI_STOP | self.all_titles:
                return self._hi_named(m.start(2), m.end(4), cue)  # ("डॉ. हरपाल सिंह बराड़")
            return self._hi_named(m.start(2), m.end(3), cue)
        return None

    def _hi_kin_subject_before(self, pos: int, cue: str) -> Speaker | None:
        """Hindi: "प्रिया के पिता रामेश्वर यादव खेती करते हैं। उन्होंने कहा, '…'": a pronoun opening a sentence after
        one in the same paragraph that opens with "<X> का/की/के <kin word> <person>" and reports nothing: that
        person, not the last speaker."""
        para = self.text.rfind("\n", 0, pos) + 1  # (the whole paragraph: a long sentence before must not hide one)
        ends = [m.end() for m in _SENT_END.finditer(self.text, para, pos)]
        if not ends or self.text[ends[-1]:pos].strip():
            return None
        lo = ends[-2] if len(ends) >= 2 else para
        sent = self.text[lo:ends[-1]]
        if "\n" in sent.strip() or re.search(r"\sने\s|[\"“”‘’']", sent):
            return None
        m = _HI_KIN.match(self.text, lo, ends[-1])
        if m is None:
            return None
        for s_, t, e in self.mentions:
            if s_ == m.end() and e.type == "PERSON":
                return Speaker(self.text[s_:t], e.id, Span(start=s_, end=t, text=self.text[s_:t]), cue)
        # (no entity there: the first two words, a given name and a surname, as _HI_RESIDENT takes them)
        w = re.match(r"([\u0900-\u097F]+)(?:\s+([\u0900-\u097F]+))?(?![\u0900-\u097F])", self.text[m.end():ends[-1]])
        if w is None or w.group(1) in _HI_STOP or w.group(1) in self.all_titles or w.group(1) in self.lex.role_nouns:
            return None
        end = m.end() + (w.end(2) if w.group(2) and w.group(2) not in _HI_STOP else w.end(1))
        return Speaker(self.text[m.end():end], None, Span(start=m.end(), end=end, text=self.text[m.end():end]), cue)

    def _hi_aged_subject_before(self, pos: int, cue: str) -> Speaker | None:
        """Hindi: "92 साल की सुखमनी देवी बूथ तक पहुंचीं। वे कहती हैं, '…'": a pronoun opening a sentence after one in
        the same paragraph that opens with a person given with their age and no person the entities layer knows."""
        ends = [m.end() for m in _SENT_END.finditer(self.text, max(0, pos - 400), pos)]
        if not ends or self.text[ends[-1]:pos].strip():
            return None  # (only a pronoun that opens its sentence)
        lo = ends[-2] if len(ends) >= 2 else self.text.rfind("\n", 0, ends[-1]) + 1
        if "\n" in self.text[lo:ends[-1]].strip() or any(lo <= s_ < ends[-1] and e.type == "PERSON"
                                                         for s_, t, e in self.mentions):
            return None
        m = _HI_AGED.match(self.text, lo, ends[-1])
        g = 1
        if m is None:
            m, g = _HI_RESIDENT.search(self.text, lo, ends[-1]), 2
            if m is not None and (m.group(g) in _HI_STOP or re.search(r"\sने\s", self.text[lo:ends[-1]])):
                return None  # ("X ने बताया कि सभी मृतक … के रहने वाले थे।": the ने-subject is whom the pronoun means)
            if m is not None and re.match(r"\s+(?:का|की|के)\s", self.text[m.end():ends[-1]]) \
                    and not (cue.endswith(("ती", "ीं"))
                             and (m.group(3) == "देवी" or m.group(1).startswith("रहने") and m.group(1).endswith("वाली"))):
                # "… की रहने वाली कमला देवी का बेटा …। वे बताती हैं": the owner only when she is a woman and the
                # verb after the pronoun is feminine
                return None
        if m is None or m.group(g) in self.all_titles or m.group(g) in self.lex.role_nouns \
                or m.group(g) in _hi.TITLE_MODIFIERS:
            return None  # ("… में रहने वाले भारतीय समुदाय": no person)
        end = m.end(g + 1) if m.group(g + 1) else m.end(g)
        if m.group(g + 1) in ("सिंह", "प्रसाद", "लाल", "राम"):
            # "महेंद्र सिंह भाटी …। … भाटी के मुताबिक": a third word the paragraph names the person by again
            w3 = re.match(r"\s+([\u0900-\u097F]+)(?![\u0900-\u097F])", self.text[end:ends[-1]])
            para_end = self.text.find("\n", pos)
            if w3 and w3.group(1) not in _HI_STOP and re.search(
                    r"(?<![\u0900-\u097F])" + re.escape(w3.group(1)) + r"(?![\u0900-\u097F])",
                    self.text[ends[-1]:para_end if para_end >= 0 else len(self.text)]):
                end += w3.end(1)
        start = m.start(g)
        return Speaker(self.text[start:end], None, Span(start=start, end=end, text=self.text[start:end]), cue)

    def _ru_unnamed_subject_before(self, pos: int, gender: str, cue: str) -> Speaker | None:
        """Russian: "Санитарка интерната, попросившая не называть ее имени, рассказала, что … «…», — вспоминает
        она.": the sentence before, in the same paragraph, opens with a person named by a common noun of the
        pronoun's gender and reports something, with no person named in it: that unnamed person."""
        ends = [m.end() for m in _SENT_END.finditer(self.text, max(0, pos - 400), pos)]
        if not ends or "\n" in self.text[ends[-1]:pos]:
            return None
        lo = ends[-2] if len(ends) >= 2 else self.text.rfind("\n", 0, ends[-1]) + 1
        if "\n" in self.text[lo:ends[-1]].strip() or re.search(r"[«»\"“”]", self.text[ends[-1]:pos].split("—")[-1]):
            return None
        ws = words(self.text, lo, ends[-1])
        if len(ws) < 4 or not ws[0].group(0)[:1].isupper() or self.is_title(ws[0].group(0)) \
                or ws[0].group(0).lower() in self.lex.not_names:
            return None
        p0 = _morph().parse(ws[0].group(0).lower())[0]
        if p0.tag.POS != "NOUN" or "anim" not in p0.tag or "nomn" not in p0.tag or "sing" not in p0.tag \
                or {"Name", "Surn", "Patr"} & set(str(p0.tag).replace(" ", ",").split(",")) \
                or p0.tag.gender != ("femn" if gender == "f" else "masc"):
            return None
        if not any(is_reporting(w.group(0), self.lex) for w in ws[1:12]) \
                or any(lo <= s_ < pos and e.type == "PERSON" for s_, t, e in self.mentions):
            return None
        end = ws[0].end()
        if len(ws) > 1 and self.text[ws[0].end():ws[1].start()] == " " and ws[1].group(0).islower() \
                and "gent" in _morph().parse(ws[1].group(0).lower())[0].tag:
            end = ws[1].end()  # "Санитарка интерната"
        return Speaker(self.text[ws[0].start():end], None, Span(start=ws[0].start(), end=end,
                                                                text=self.text[ws[0].start():end]), cue)

    def _bg_titled_subject_before(self, pos: int, cue: str) -> Speaker | None:
        """Bulgarian: "Министърът на вътрешните работи посети района. Той заяви, че …": a pronoun opening a sentence
        after one whose subject is a title with no name: the person named before with that title, else the title."""
        ends = [m.end() for m in _SENT_END.finditer(self.text, max(0, pos - 400), pos)]
        if not ends or self.text[ends[-1]:pos].strip():
            return None  # (only a pronoun that opens its sentence)
        lo = ends[-2] if len(ends) >= 2 else max(0, pos - 400)
        m = _BG_TITLED_OPENING.match(self.text, lo, ends[-1])
        if m is None or not self.is_title(m.group(1)) or self.lex.code != "bg":
            return None
        if any(lo <= s_ < ends[-1] and self._person_like(e) for s_, t, e in self.mentions):
            return None  # (a person named in that sentence: the pronoun's usual candidates)
        span = Span(start=m.start(1), end=m.end(), text=self.text[m.start(1):m.end()])
        named = self.by_title(m.group(1), m.start(1), cue, span, only_named=True)
        return named if named is not None and named.name else Speaker(span.text, None, span, cue)

    def by_place(self, pos: int, cue: str, span: Span) -> Speaker:
        """"Там же полагают", "Там обаче предупредиха": the last speaker before ``pos`` that is no person (a body
        cited by name), else whoever spoke last."""
        if self.lex.code == "ru":
            opened = self._ru_locative_opener(pos)
            if opened is not None:
                return Speaker(opened, None, span, cue)
        body = self._last_body(pos)
        if body is not None:
            return Speaker(body[0], body[1], span, cue)
        return self.by_pronoun(pos, cue, None) if self.speakers else Speaker(span.text, None, span, cue)

    def _ru_paragraph_opener(self, pos: int) -> str | None:
        """Russian: the body that opened a sentence of the paragraph before ``pos`` by its common noun ("Прокуратура
        Кировской области начала проверку"), with its complement; the last such."""
        para = self.text.rfind("\n", 0, pos) + 1
        sent = max([para] + [e.end() for e in _SENT_END.finditer(self.text, para, pos)])
        here = [o for n in range(3)
                for o in re.finditer(r"(?<!\w)[Вв]о? ((?:[а-яё]+ ){" + str(n) + r"})([а-яё]+)(?!\w)",
                                     self.text[sent:pos])
                if o.group(2) in self.lex.institution_nouns and o.group(2) not in self.lex.body_anaphors
                and o.group(2).endswith("е") and all(_ru_adjective(a) for a in o.group(1).split())]
        here.sort(key=lambda o: o.end())
        if here:
            # "Самойлову в дорожном департаменте возразили: по данным ведомства, …": the body this sentence named
            o = here[-1]
            return self.text[sent + o.start(2) - len(o.group(1)):self._ru_body_phrase_end(sent + o.end(2), pos)]
        # ("Региональная прокуратура, как пишет …, проверяет": the noun after a capitalised adjective too)
        # ("Федеральная антимонопольная служба запросила …": a capitalised adjective, a lower-case one and a service's
        # noun)
        opener = [o for o in re.finditer(r"(?:^|(?<=[.!?»] ))((?:[А-ЯЁ][а-яё]+(?:ая|ое|ый|ий|ой) "
                                         r"(?:[а-яё]+(?:ая|ое|ый|ий|ой) )?(?=[а-яё]))?"
                                         r"[А-ЯЁа-яё][а-яё-]+)", self.text[para:pos])
                  if (o.group(1).split()[-1][0].isupper() or len(o.group(1).split()) >= 2
                      and all(_ru_adjective(a.lower()) for a in o.group(1).split()[:-1])
                      and "Apro" not in _morph().parse(o.group(1).split()[0].lower())[0].tag)  # ("Любая прокуратура")
                  and (o.group(1).split()[-1].lower() in self.lex.institution_nouns
                       or len(o.group(1).split()) == 3 and o.group(1).split()[-1] in _RU_SERVICE_NOUNS)
                  and o.group(1).split()[-1].lower() not in self.lex.body_anaphors
                  and _ru_singular_lemma(o.group(1).split()[-1].lower()) not in self.lex.anonymous_sources]
        if not opener:
            return None
        o = opener[-1]
        return self.text[para + o.start(1):self._ru_body_phrase_end(para + o.end(1), pos)]

    def _ru_body_phrase_end(self, end: int, right: int) -> int:
        """Russian: the end of a body's noun phrase that ends at ``end`` so far, run on over its lower-case genitives
        and adjectives and capitalised names ("Министерство | обороны России", "управлении | образования
        Златоуста")."""
        for w in words(self.text, end, min(right, end + 80))[:4]:
            if self.text[end:w.start()] != " ":
                break
            lw = w.group(0)
            parses = _morph().parse(lw)
            first = parses[0].tag
            if lw.islower() and lw not in _PREPOSITIONS \
                    and not any(p.tag.POS in ("VERB", "INFN", "PRTS", "ADVB", "GRND") for p in parses[:2]) \
                    and (_ru_genitive_noun(lw) or first.POS == "ADJF" and "gent" in first) \
                    and not is_reporting(lw, self.lex) \
                    or _is_cap(lw) and self.entity_over(w.start(), w.end()) is not None:
                end = w.end()
                continue
            break
        return end

    def _ru_locative_opener(self, pos: int) -> str | None:
        """Russian: a body named by its common noun after "В" that opens the sentence right before ``pos``, in the
        same paragraph ("В управлении образования Златоуста с этим не согласны. Там заявили, что …"), with its
        adjectives and its genitives."""
        para = self.text.rfind("\n", 0, pos) + 1
        ends = [m.end() for m in _SENT_END.finditer(self.text, para, pos)]
        if not ends:
            return None
        start = ends[-2] if len(ends) >= 2 else para
        m = re.match(r"\s*Во? ((?:[а-яё]+ ){0,2}?)([а-яё]+)\b", self.text[start:ends[-1]])
        if m is None or not (m.group(2) in self.lex.institution_nouns or m.group(2) in self.lex.locative_bodies) \
                or m.group(2) in self.lex.body_anaphors \
                or any(not _ru_adjective(a) for a in m.group(1).split()):
            return None
        return self.text[start + m.start(2):self._ru_body_phrase_end(start + m.end(2), ends[-1])]

    def _last_body(self, pos: int, noun: str = "", strict: bool = False) -> tuple[str, str | None] | None:
        """The body named last before ``pos``: a speaker that is no person, or an organisation the entities layer
        found outside quotes (not "Брюссель" in a quote; a name opening with a body's head word, "Câmara Municipal
        do Porto", counts), as (name, entity id). Given the ``noun`` that points back ("министерството", "a
        associação"), a body with a word of that noun's stem in its name wins over a later one."""
        cands = [(p, sp.name, sp.entity) for p, sp in self.speakers if p < pos and sp.name and not self._personal(sp)]
        cands += [(s_, e.name, e.id) for s_, t, e in self.mentions if t <= pos and (
                  e.type == "ORG" or e.type in ("NAME", "PER")
                  and self.text[s_:t].split()[0].lower() in self.lex.org_heads
                  or self.lex.code == "bg" and e.type in ("NAME", "PER") and len(self.text[s_:t]) >= 3
                  and self.text[s_:t].isupper()  # ("КНСБ", "КЕВР": a body's acronym)
                  or self.lex.code == "pt" and e.type in ("NAME", "PER") and len(self.text[s_:t]) >= 3
                  and self.text[s_:t].isupper() and self._sentence_start(s_ - 2)
                  and self.text[s_ - 2:s_] in ("A ", "O "))  # ("A SAD, detida por um fundo, reagiu": its acronym)
                  and not self._quoted_mention(s_, t)]
        if self.lex.code == "pt" and noun.lower() in _PT_COMPANY_NOUNS:
            # "a empresa" is the company named last, not a union or ministry named after it
            firms = [(s_, e.name, e.id) for s_, t, e in self.mentions if t <= pos and e.type in ("ORG", "NAME")
                     and self.text[s_:t].split()[0].lower() not in self.lex.org_heads | _PT_NOT_COMPANIES
                     # ("Segundo a DGS", "a diretora-geral da Saúde": a mention of a body by its acronym or its last
                     # word, the body's name opening with a body's head word)
                     and not self._pt_acronym_of_body(self.text[s_:t])
                     and e.name.split()[0].lower() not in self.lex.org_heads | _PT_NOT_COMPANIES
                     and _PT_COMPANY_BEFORE.search(self.text, max(0, s_ - 45), s_) is not None
                     # (not a minister's portfolio: "o ministro do Trabalho")
                     and not self._pt_portfolio(s_)
                     and not self._a_person(e) and not self._in_quote(s_)]
            firms += [c for c in cands if c[1] in {f[1] for f in firms} or re.match(
                # "A iFood, maior empresa do setor, afirmou … A empresa diz": the body its apposition called so
                r"[^\s,]+(?:\s+[A-ZÀ-Ú][^\s,]*)*,\s+(?:[oa]\s+)?(?:[a-zà-ú]+\s+)?" + re.escape(noun.lower()) + r"\b",
                self.text[c[0]:c[0] + 80])]
            if firms:
                _, name, ent = max(firms, key=lambda c: c[0])
                return name, ent
        stem = noun.lower()[:5]
        # a body of that kind by its name, or by the noun it was introduced with ("компании «Телесеть»")
        # (the name as written too: "Международного агентства по атомной энергии" is the entity "IAEA")
        written = {s_: self.text[s_:t] for s_, t, _e in self.mentions}
        same = [c for c in cands if len(stem) == 5 and (any(w.lower().startswith(stem) for w in c[1].split())
                                                       or any(w.lower().startswith(stem)
                                                              for w in written.get(c[0], "").split())
                                                       or self._introduced_as(c[0], stem))]
        kinds = self.lex.body_kinds.get(noun.lower())
        if kinds:
            # "o colegiado", "a corte", "a central": the last body whose name (or its written form) opens with a head
            # word of that kind ("Comitê de Política Monetária", "Tribunal Superior Eleitoral"), not "Banco Central"
            # (the entities layer may call such a body a NAME: "Comitê" and "Tribunal" open no body's name of their own)
            named = cands + [(s_, e.name, e.id) for s_, t, e in self.mentions if t <= pos and not self._in_quote(s_)
                             and not self._a_person(e)]
            same = [c for c in named if any(n.split() and n.split()[0].lower() in kinds
                                            for n in (c[1], written.get(c[0], "")))]
        if self.lex.code == "ru" and stem == "минис" and not same:
            # "В Минздраве сообщили … По информации министерства": a ministry named by its short form ("Минфин",
            # "Минобороны", "Минпромторг")
            same = [c for c in cands if any(re.fullmatch(r"Мин[а-яё]{3,}", w) for w in c[1].split())]
        if strict:
            cands = same
        if self.lex.code == "ru" and noun.lower() in self.lex.body_anaphors:
            ends = [m.end() for m in _SENT_END.finditer(self.text, max(0, pos - 600), pos)]
            lo = ends[-1] if ends else max(0, pos - 600)
            if re.search(r",\s*(?:[а-яё]+\s+){1,3}$", self.text[lo:pos]):
                # "Средства компенсируют из Фонда национального благосостояния, уточнили в ведомстве": a body named
                # in the words the agency closes is what they are about, not the agency
                outside = [c for c in cands if not lo <= c[0] < pos]
                cands, same = outside or cands, [c for c in same if not lo <= c[0] < pos] if outside else same
            prev = [m.end() for m in _SENT_END.finditer(self.text, max(0, lo - 600), max(0, lo - 2))]
            start = prev[-1] if prev else max(0, lo - 600)
            src = re.match(r"\s*(?:По (?:данным|информации|сведениям)|Как (?:сообщили|заявили|уточнили) в)\s+",
                           self.text[start:lo])
            if src is not None and not same:
                # "По данным Минобороны, силы ПВО сбили … В ведомстве уточнили": the source that opened the sentence
                # before, not a body named inside what it reported
                first = [c for c in cands if c[0] == start + src.end()]
                if first:
                    return first[0][1], first[0][2]
        if not cands:
            return None
        _, name, ent = max(same or cands, key=lambda c: c[0])
        return name, ent

    def _ru_quoted_name(self, a: int, b: int, s_: int, t: int) -> bool:
        """Russian: whether the "quote" from ``a`` to ``b`` is only the name at ``s_``..``t`` in its marks after a
        company's noun ("В компании «Кузбассэнерго» …"): a name, not a quote (not a journal's title)."""
        return self.lex.code == "ru" and self.text[a:b].strip(" «»„“”\"") == self.text[s_:t] \
            and _RU_FIRM_BEFORE.search(self.text[max(0, s_ - 20):s_]) is not None

    def _pt_acronym_of_body(self, name: str) -> bool:
        """Portuguese: whether ``name`` is the acronym given in brackets after a body's name that opens with a
        body's head word ("a Direção-Geral da Saúde (DGS)"): "Segundo a DGS" names no company for "a empresa"."""
        if not (name.isupper() and len(name) >= 2):
            return False
        m = re.search(r"([A-ZÀ-Ý][\w-]+)(?: (?:[A-ZÀ-Ý][\w-]+|de|da|do|dos|das|e))* \(" + re.escape(name) + r"\)",
                      self.text)
        return m is not None and m.group(1).lower() in self.lex.org_heads | _PT_NOT_COMPANIES

    def _introduced_as(self, pos: int, stem: str) -> bool:
        """Russian: whether the word right before a body's name at ``pos`` (its quote mark skipped) starts with
        ``stem``: "компании «Телесеть»" is a company, "министерство Минпромторг" a ministry."""
        if self.lex.code != "ru":
            return False
        before = words(self.text, max(0, pos - 30), pos)
        return bool(before) and not re.search(r"[^\s«„“\"]", self.text[before[-1].end():pos]) \
            and before[-1].group(0).lower().startswith(stem)

    def _pt_not_a_body_noun(self, m: re.Match) -> bool:
        """Portuguese: "o corte" is a cut, only "a corte" a court ("Segundo a corte", not "O corte mostra que");
        "central" is a union's body only as a noun after a feminine article ("Pelas contas da central", not "o banco
        central"); "executivo" a government only capitalised or with its level ("O Executivo estadual")."""
        if self.lex.code != "pt" or m.group(0).lower() not in ("corte", "central", "executivo", "município"):
            return False
        if m.group(0).lower() == "município":
            # "Segundo o município, …": the town's government only after a masculine article, not in an apposition
            # ("a Câmara Municipal de X, município de Sevilha, disse"; round 30)
            return re.search(r"(?<!\w)(?:[oO]|[dnDN]o|pelo|ao|d?[eE]ste|d?[eE]sse|mesmo)\s+$",
                             self.text[max(0, m.start() - 8):m.start()]) is None
        if m.group(0).lower() == "executivo":
            # "O Executivo estadual afirmou": a government, capitalised or with the adjective of its level; not "um
            # executivo do banco", "o executivo comunitário" (the European Commission)
            level = re.match(r"\s+(\w+)", self.text[m.end():m.end() + 20])
            return not (m.group(0) == "Executivo" or level is not None and level.group(1).lower() in (
                "estadual", "federal", "municipal", "regional") or level is not None
                and level.group(1).lower() in self.lex.nationalities)
        fem = re.search(r"(?<!\w)(?:[aA]|[dnDN]a|pela|à|d?[eE]sta|d?[eE]ssa|mesma)\s+$",
                        self.text[max(0, m.start() - 8):m.start()])
        return fem is None

    def _body(self, m: re.Match, cue: str) -> Speaker:
        """A body named by a common noun ("пресс-служба", "o colegiado"); one that only points back ("В ведомстве
        уточнили", "говорится в сообщении ведомства": lexicon BODY_ANAPHORS) is the body named last before it: a
        speaker that is no person, else an organisation the entities layer found."""
        end = self._body_complement(m)
        if self.lex.code == "pt" and m.group(0).lower() in ("estrutura", "estruturas") \
                and not re.search(r"\s(?:de|d[oa]s?)\s", self.text[m.end():end]):
            # "Em comunicado, a estrutura sindical acusa …": the union named before, not the words of its kind
            body = self._last_body(m.start(), "")
            if body is not None:
                return Speaker(body[0], body[1], Span(start=m.start(), end=end, text=self.text[m.start():end]), cue)
        adj = re.match(r" ([a-zà-ú-]+)\b", self.text[end:end + 25]) if self.lex.code == "pt" and end == m.end() \
            else None
        if adj is not None and (adj.group(1) in self.lex.nationalities
                                or adj.group(1).endswith("s") and adj.group(1)[:-1] in self.lex.nationalities):
            end += adj.end()  # "O Governo francês disse": the body of that country, with its adjective
            name = re.match(r" ([A-ZÀ-Ú][\w-]*(?: [A-ZÀ-Ú][\w-]*)*)", self.text[end:end + 60])
            if name is not None:  # "a agência espanhola Europa Press": the body's own name after it
                return self._named(end + 1, end + name.end(), cue)
        if end > m.end():  # "A associação de moradores da Sé pediu", "fonte do gabinete do comissário": its own body
            span = Span(start=m.start(), end=end, text=self.text[m.start():end])
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((m.start(), sp))  # (a body that "министерството" may point back at later)
            return sp
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        noun = m.group(0).lower()
        if self.lex.code == "ru" and noun not in self.lex.body_anaphors:
            # "в пресс-службе надзорного ведомства": the service of the body that "ведомство" points back at
            after = words(self.text, m.end(), min(len(self.text), m.end() + 60))[:3]
            for i, w in enumerate(after):
                if re.search(r"\S", self.text[(after[i - 1].end() if i else m.end()):w.start()]):
                    break
                if w.group(0).lower() in self.lex.body_anaphors:
                    # the body that opened a sentence of this paragraph by its common noun ("Прокуратура
                    # Кировской области начала проверку"), else the body named last
                    name = self._ru_paragraph_opener(m.start())
                    if name is not None:
                        return Speaker(name, None, span, cue)
                    body = self._last_body(m.start(), w.group(0))
                    if body is not None:
                        return Speaker(body[0], body[1], span, cue)
                    break
                if not (w.group(0).islower() and _ru_adjective(w.group(0))):
                    break
        if self.lex.code == "ru" and noun.startswith("регулятор"):
            # "Банк России пока не видит угрозы. Регулятор при этом отмечает": the central bank named shortly before
            # (the entities layer may see only "России" in "Банк России"), not an outlet named since
            banks = list(_RU_CENTRAL_BANK.finditer(self.text, max(0, m.start() - 1500), m.start()))
            if banks:
                return Speaker(banks[-1].group(0), None, span, cue)
        if self.lex.code == "ru" and noun in self.lex.body_anaphors:
            # "Прокуратура Златоуста начала проверку. В надзорном ведомстве отметили": the body that opened a
            # sentence of this paragraph by its common noun
            name = self._ru_paragraph_opener(m.start())
            if name is not None:
                return Speaker(name, None, span, cue)
        # a body that only points back is the body named last; a noun of one kind of body ("министерството", "a
        # associação") is the last body of that kind named before ("Министерството на околната среда …"), if any
        # (Bulgarian: a body named just before with that very noun first, "Световната здравна организация … Според
        # данни на организацията", before the body named last, which "организацията" may also point back at)
        named = self._bg_named_before(m.start(), noun) if self.lex.code == "bg" else None
        if named is None and self.lex.code == "bg" and noun == "ведомството":
            # "Министерството на финансите … се посочва в отговор на ведомството": an office points back at the
            # ministry or agency named in the sentences just before, by its own noun, not at the body named last
            found = [f for f in (self._bg_named_before(m.start(), "министерството"),
                                 self._bg_named_before(m.start(), "агенцията")) if f is not None]
            named = max(found) if found else None
        if named is not None and noun in self.lex.body_anaphors:
            return Speaker(self.text[named[0]:named[1]], None, span, cue)
        body = self._last_body(m.start(), noun) if noun in self.lex.body_anaphors \
            else self._last_body(m.start(), noun, strict=True)
        if self.lex.code == "pt" and noun == "pasta" \
                and re.search(r"(?<!\w)titular\s+da\s+$", self.text[max(0, m.start() - 15):m.start()], re.IGNORECASE):
            # "A titular da pasta avalia": the minister or secretary named last, not the ministry
            for s_, t, e in reversed(self.mentions):
                if t <= m.start() and self._a_person(e) and not any(a < s_ < b for a, b in self.quote_spans) \
                        and re.search(r"(?:ministr|secretári)[oa]\b[^.!?:;]{0,60}$", self.text[max(0, s_ - 70):s_],
                                      re.IGNORECASE):
                    return Speaker(e.name, e.id, span, cue)
        if self.lex.code == "pt" and noun in ("pasta", "chancelaria") and body is not None \
                and not re.match(r"(?:Minist|Secretar|Itamaraty)", body[0]):
            # "Em nota, o Itamaraty informou … a ONU … De acordo com a pasta": the ministry, not the body named last
            cands = [(p_, sp.name, sp.entity) for p_, sp in self.speakers if p_ < m.start() and sp.name
                     and re.match(r"(?:Minist|Secretar|Itamaraty)", sp.name)]
            cands += [(s_, e.name, e.id) for s_, t, e in self.mentions if t <= m.start()
                      and re.match(r"(?:Minist|Secretar|Itamaraty)", e.name)]
            if cands:
                _, name, eid = max(cands, key=lambda c: c[0])
                body = (name, eid)
        if body is None and (self.lex.code == "pt" and noun == "instituto"
                             or self.lex.code == "bg" and noun in ("института", "институтът", "инспекцията")):
            # "segundo os mesmos dados do instituto": the institute named last by its acronym ("De acordo com o INE";
            # "… сочат данните на НСИ. …, уточняват от института")
            body = self._last_body(m.start(), "")
            if body is not None and not (body[0].isupper() and 2 <= len(body[0]) <= 6 and body[0].isalpha()):
                body = None
            of = re.match(r" на " + re.escape(body[0]) + r"(?!\w)", self.text[named[1]:named[1] + 20]) \
                if body is not None and named is not None and self.lex.code == "bg" else None
            if of is not None:
                # "Икономическият институт на БАН … пише в анализа на института": the institute named before, of the
                # body the acronym names, not that body
                return Speaker(self.text[named[0]:named[1] + of.end()], None, span, cue)
            if body is not None and noun == "инспекцията" and ("И" not in body[0] or body[0] == "НСИ"):
                # ("… по данни на РЗИ. …, сочат данните на инспекцията": an inspectorate's acronym, РЗИ, ГИТ, РИОСВ;
                # not the statistics institute's)
                body = None
            if body is None and self.lex.code == "pt":
                # "… divulgados pelo IBGE. De acordo com o instituto": the last acronym opening with its initial,
                # though another body (the survey, "Pesquisa Nacional …") was named after it
                acrs = [(s_, e.name, e.id) for s_, t, e in self.mentions if t <= m.start()
                        and re.fullmatch(r"I[A-Z]{1,5}", self.text[s_:t])
                        and not self._in_quote(s_)]
                if acrs:
                    _, name, eid = max(acrs, key=lambda c: c[0])
                    body = (name, eid)
        if body is not None:
            return Speaker(body[0], body[1], span, cue)
        if named is not None:
            return Speaker(self.text[named[0]:named[1]], None, span, cue)
        return Speaker(m.group(0), None, span, cue)

    def _bg_named_before(self, pos: int, noun: str) -> tuple[int, int] | None:
        """Bulgarian: a body named in the two sentences before ``pos`` by a capitalised adjective and the noun that
        points back at it ("Световната здравна организация отчита … Според данни на организацията …"), with its
        complement up to its acronym in brackets ("Европейската служба за борба с измамите (ОЛАФ)"), outside
        quotes."""
        # the noun without its article, less its last letter for the other forms ("министерството": "министерств",
        # not "министър"; "организацията": "организаци"; "мисията": "мисия")
        base = noun.lower()
        # (a short noun that only points back, "касата": "каса", for "Националната здравноосигурителна каса")
        short = noun.lower() in self.lex.body_anaphors and base.endswith(("ата", "ята"))  # (not "съвета": съвет-а)
        base = base[:-2] if base.endswith(("ът", "ят", "та", "то", "те")) and (len(base) > 6 or short) else base
        stem = base[:-1] if len(base) > 5 else base
        if len(stem) < (4 if short else 5):
            return None
        left = max(0, pos - 400)
        # (a scale's or a unit's full stop ends no sentence: "струва 1,1 млрд. лв. годишно")
        ends = [m.end() for m in _SENT_END.finditer(self.text, left, pos)
                if not (m.group(0).startswith(".") and (w := re.search(r"(\w+)$", self.text[left:m.start()]))
                        and w.group(1).lower() in self.lex.abbreviations | {"лв", "ч", "г", "м", "км"})]
        left = ends[-3] if len(ends) >= 3 else left
        # ("От руското посолство в София отхвърлиха …": after "от" the adjective is not capitalised)
        # (nor after "От своя страна": "От своя страна руското посолство отрече …")
        rx = re.compile(r"(?:(?<!\w)[А-Я]|(?<=[Оо]т )[а-я]|(?<=[Оо]т своя страна )[а-я])[а-я]+(?:ата|ото|ия|ият|ите)"
                        r"(?: [а-я]+(?:на|но|ни|ска|ско|ски|ова|ово|ови)){0,2} "
                        + re.escape(stem) + r"[а-я]*")  # (adjectives only: not "Анализът на организацията")
        # (or the noun itself, capitalised, with its complement: "Анализаторът от Центъра за изследване на
        # демокрацията … По изчисления на центъра …")
        own = re.compile(r"(?<!\w)" + re.escape(stem[:1].upper() + stem[1:]) + r"[а-я]*"
                         r" (?:за|на|по) [а-я]+(?: (?:за|на|по|и) [а-я]+| [а-я]+(?:на|но|ни|ска|ско|ски|ия|ата|ите)"
                         r"(?= [а-я]+(?:ата|ите|ото|ия|а|е)\b)){0,2}(?: [а-я]+(?:ата|ите|ото|ия))?"
                         # (or its name in quote marks: "Агенция „Митници“ … показва отчетът на агенцията")
                         r"|(?<!\w)" + re.escape(stem[:1].upper() + stem[1:]) + r"[а-я]* „[^„“\n]{2,40}“")
        # (the name itself, which is rarer, from further back: a paragraph of quotes may stand between)
        found = [m for m in [*rx.finditer(self.text, left, pos), *own.finditer(self.text, max(0, pos - 1200), pos)]
                 if not self._in_quote(m.start())]
        if not found:
            return None
        found.sort(key=lambda m: m.start())
        start, end = found[-1].start(), found[-1].end()
        acr = re.match(r"(?: [а-я]+){1,5} \([А-Я]{2,6}\)", self.text[end:end + 80])
        if acr is not None:
            end += acr.group(0).rindex(" (")
        elif short:
            # ("Националната здравноосигурителна каса (НЗОК)": the short noun's body keeps its acronym, by which the
            # text goes on to name it)
            own_acr = re.match(r" \([А-Я]{2,6}\)", self.text[end:end + 10])
            end += own_acr.end() if own_acr is not None else 0
        return start, end

    def _bg_titled_before(self, title: str, place: str, pos: int, acronym: str = "") -> tuple[int, int] | None:
        """Bulgarian: a person's name right after ``title`` and ``на`` ``place`` before ``pos`` ("Кметът на Варна
        Иван Коцев" for "кмета на Варна"), the name's span; with no place, after a body's common noun whose initial
        is in ``acronym`` ("председателят на агенцията Деница Славова" for "председателя на ДАНС")."""
        body = "(" + "|".join(n for n in sorted(self.lex.institution_nouns) if n[:1].upper() in acronym) + ")" \
            if not place else "(" + re.escape(place[:4]) + r"\w*)"
        if body == "()":
            return None
        rx = re.compile(r"(?<!\w)(?i:" + re.escape(title.lower()[:4]) + r")\w*\s+на\s+" + body
                        + r"\s+((?:(?:д-р|проф\.|доц\.)\s+)?[А-Я][а-я]+(?:\s+[А-Я][а-я-]+){1,2})")
        found = [m for m in rx.finditer(self.text, max(0, pos - 3000), pos)
                 if not self._in_quote(m.start()) and m.group(2)[:1].isupper()]
        return found[-1].span(2) if found else None

    def _body_complement(self, m: re.Match) -> int:
        """The end of a body noun's complement (Portuguese de/do/da…, Bulgarian на/за and up to six words: "associação
        de moradores da Sé", "fonte do gabinete do comissário das Pescas"); ``m.end()`` when none follows."""
        links = {"pt": ("de", "do", "da", "dos", "das"), "bg": ("на", "за")}.get(self.lex.code, ())
        ws = words(self.text, m.end(), min(len(self.text), m.end() + 120))[:7]
        end, i = m.end(), 0
        if self.lex.code == "ru" and m.group(0).lower().startswith("пресс-служб"):
            # "Как сообщает пресс-служба суда", "пресс-служба областного суда": the body whose service it is, named
            # by a common noun in the genitive after its adjectives (not "ведомства": that one points back)
            prev = m.end()
            for w in ws[:3]:
                lw = w.group(0)
                if self.text[prev:w.start()] != " " or not lw.islower() or is_reporting(lw, self.lex):
                    break
                if _ru_adjective(lw):
                    prev = w.end()
                    continue
                if lw not in self.lex.body_anaphors and _ru_genitive_noun(lw):
                    return w.end()
                break
        if self.lex.code == "ru":  # "в администрации Верхоянского района": a name in the genitive
            if ws and self.text[m.end():ws[0].start()] == " " and _is_cap(ws[0].group(0)) \
                    and not is_reporting(ws[0].group(0), self.lex):
                run = self.cap_run_starting(ws, 0)
                return self._extend_name(ws, run) if run is not None else end
            return end
        if self.lex.code == "bg":  # "Министерството на околната среда и водите": one genitive
            if len(ws) >= 2 and ws[0].group(0) in links and self.text[m.end():ws[1].start()].strip() == ws[0].group(0) \
                    and ws[1].group(0).islower() and not is_reporting(ws[1].group(0), self.lex) \
                    and ws[1].group(0) not in self.lex.complementizers:
                return self._bg_adjective_genitive(ws, 1)
            if len(ws) >= 2 and ws[0].group(0) == "на" and self.text[m.end():ws[1].start()].strip() == "на" \
                    and _is_cap(ws[1].group(0)) and not is_reporting(ws[1].group(0), self.lex):
                # "пресцентъра на Община Пазарджик", "дружеството на БДЖ": the body whose noun it is, by its name
                run = self.cap_run_starting(ws, 1)
                return self._extend_name(ws, run) if run is not None else end
            return end
        if self.lex.code == "pt" and m.group(0).lower() in ("fonte", "fontes", "estrutura", "estruturas") and ws \
                and self.text[m.end():ws[0].start()] == " " and _PT_SOURCE_ADJECTIVE.fullmatch(ws[0].group(0)) \
                and not is_reporting(ws[0].group(0), self.lex):
            # "fontes diplomáticas", "fonte policial do distrito": the kind of source is part of its name ("a estrutura
            # sindical do SITE-Sul": the kind of body)
            end, i = ws[0].end(), 1
        while i + 1 < len(ws) and ws[i].group(0) in links:
            if self.text[end:ws[i + 1].start()].strip() != ws[i].group(0) or ws[i].start() < end:
                break
            j = i + 1
            while j < len(ws) and self.text[ws[j - 1].end():ws[j].start()].strip() == "" \
                    and ws[j].group(0) not in links and not is_reporting(ws[j].group(0), self.lex) \
                    and ws[j].group(0).lower() not in self.lex.complementizers \
                    and (j == i + 1 or _is_cap(ws[j].group(0))):
                end = ws[j].end()
                j += 1
            i = j
        return end

    def _bg_plural_subject_before(self, pos: int, cue: str) -> Speaker | None:
        """Bulgarian: the plural group that opens the sentence before ``pos`` with a plural verb ("Фермерите от
        Русенско настояват за … Според тях …"): those "тях" points back at, not a body named inside that sentence."""
        here = max(self.text.rfind(c, 0, pos) for c in ".!?\n")
        if here < 0:
            return None
        before = max(self.text.rfind(c, 0, here) for c in ".!?\n") + 1
        m = re.match(r"\s*([А-Я][а-я]{2,}(?:ите|ците|те))((?:\s+(?:от|на|в)\s+[\w-]+){0,2})\s+(?:и\s+)?"
                     r"(?:също\s+|пък\s+|обаче\s+)?([а-я]+)(?!\w)", self.text[before:here])
        if m is None or not m.group(3).endswith(self.lex.plural_endings) \
                or any(s_ <= before + m.start(1) < t for s_, t, _ in self.mentions):
            return None
        a, b = before + m.start(1), before + m.end(2)
        return Speaker(self.text[a:b], None, Span(start=a, end=b, text=self.text[a:b]), cue)

    def _bg_data_owner_before(self, pos: int, cue: str) -> Speaker | None:
        """Bulgarian: "Данните на анализаторската компания Kpler сочат друго. Според тях …": the cited texts that open
        the sentence before, in the plural, are whose they are (the capitalised name after their "на" and at most
        three lower-case words), else None."""
        here = max(self.text.rfind(c, 0, pos) for c in ".!?\n")
        if here < 0:
            return None
        before = max(self.text.rfind(c, 0, here) for c in ".!?\n") + 1
        m = re.match(r"\s*(?:Данните|Изчисленията|Прогнозите|Проучванията|Анализите|Оценките)\s+на\s+(?:[а-я]+\s+){0,3}"
                     r"([A-ZА-Я][\w-]*(?:\s+[A-ZА-Я][\w-]*)*)", self.text[before:here])
        if m is None:
            return None
        return self._named(before + m.start(1), before + m.end(1), cue)

    def _bg_issuer_before(self, pos: int, since: int = 0) -> tuple[int, Speaker] | None:
        """Bulgarian: the one who issued a study or a report in this paragraph or the one before ``pos`` ("…
        организацията Urgewald, която публикува финансовото изследване", "Агенцията публикува проучване"), as (where
        its verb stands, the subject), else None; ``since``: only a verb from there on (the sentence before, for a
        caller that takes no other: each earlier verb of a long paragraph read its subject again on every call)."""
        para = self.text.rfind("\n", 0, pos)
        lo = self.text.rfind("\n", 0, max(0, para - 1)) + 1 if para > 0 else 0
        found = None
        for v in _BG_ISSUED.finditer(self.text, max(lo, since), pos):
            sent = max([x.end() for x in _SENT_END.finditer(self.text, max(lo, v.start() - 300), v.start())]
                       + [self.text.rfind("\n", 0, v.start()) + 1])
            rel = re.search(r"(„[^„“”\n]{2,60}“|[A-ZА-Я][\w-]*(?: [A-ZА-Я][\w-]*)*),\s+(?:която|който|което|които)\s+$",
                            self.text[max(sent, v.start() - 120):v.start()])
            if rel is not None:  # "… организацията Urgewald, която публикува …": the body before the relative
                at = max(sent, v.start() - 120)
                q = rel.group(1).startswith("„")  # (the name without its quote marks)
                sp = self._named(at + rel.start(1) + q, at + rel.end(1) - q, v.group(1))
            else:
                sp = self.subject_before(sent, v.start(), v.group(1))
            if sp is not None and sp.name and sp.span is not None and not self._personal(sp):
                found = (v.start(), Speaker(sp.name, sp.entity, sp.span, sp.cue))
        return found

    def _bg_author_of_text_before(self, pos: int, noun: str) -> Speaker | None:
        """Bulgarian: whose is a text named by its bare noun at the end of a sentence ("…, пише в анализа.", "…, се
        казва в становището."): the one named with that text in the sentence before, in the same paragraph ("В
        анализ на ИПИ се посочва …", "Фискалният съвет публикува становище …"); None when that sentence has none."""
        text = self.text
        sent = max([x.end() for x in _SENT_END.finditer(text, max(0, pos - 400), pos)]
                   + [text.rfind("\n", 0, pos) + 1])
        before = max([x.end() for x in _SENT_END.finditer(text, max(0, sent - 400), max(0, sent - 2))]
                     + [text.rfind("\n", 0, max(0, sent - 2)) + 1])
        if before >= sent or "\n" in text[before:sent].strip():
            return None
        stem = noun.lower()[:5]
        of = re.search(r"(?<!\w)" + stem + r"[а-я]*\s+на\s+", text[before:sent], re.IGNORECASE)
        if of is not None:  # "В анализ на Института за пазарна икономика (ИПИ) се посочва …"
            sp = self.source_after_phrase(before + of.end(), sent, "по данни на")
            if sp is not None and sp.name and sp.name[:1].isupper():
                return sp
        issued = self._bg_issuer_before(sent, before)
        if issued is not None and before <= issued[0] < sent \
                and stem in text[issued[0]:issued[0] + 80].lower():
            return issued[1]  # "Фискалният съвет публикува становище …"
        return None

    def _bg_a_body(self, sp: Speaker) -> bool:
        """Bulgarian: a speaker that is surely a body: an organisation the entities layer found, an acronym, or a name
        opening with a body's noun ("Агенцията по заетостта", "Министерството на …")."""
        ent = next((e for e in self.entities if e.id == sp.entity), None) if sp.entity else None
        first = sp.name.split()[0].lower() if sp.name and sp.name.split() else ""
        return ent is not None and ent.type == "ORG" or bool(sp.name) and sp.name.isupper() \
            or first in self.lex.institution_nouns or first in self.lex.org_heads

    def _quoted_mention(self, s_: int, t: int) -> bool:
        """Whether the mention ``text[s_:t]`` is inside a quote (not a body's name in quote marks,
        :meth:`_ru_quoted_name`), kept per mention: :meth:`_last_body` asks it of every mention before, each time (a
        scan of every quote per mention per call was cubic in a text of thousands of quotes)."""
        key = (s_, t)
        if key not in self._quoted_mention_memo:
            self._quoted_mention_memo[key] = any(a <= s_ < b and not self._ru_quoted_name(a, b, s_, t)
                                                 for a, b in self.quote_spans)
        return self._quoted_mention_memo[key]

    def _personal(self, sp: Speaker) -> bool:
        """A speaker that is a person by its entity's type, a title before it or a surname's ending (kept per name and
        entity: :meth:`_last_body` asks it of every speaker before, each time)."""
        key = (sp.name, sp.entity)
        if key not in self._personal_memo:
            self._personal_memo[key] = self._personal_uncached(sp)
        return self._personal_memo[key]

    def _personal_uncached(self, sp: Speaker) -> bool:
        ent = next((e for e in self.entities if e.id == sp.entity), None) if sp.entity else None
        if ent is not None and ent.type == "PERSON":
            return True
        if ent is not None and ent.type not in ("NAME", "PER"):
            return False
        endings = sum(self.lex.surname_endings.values(), ())
        last = (sp.name or "").split()[-1].lower() if sp.name else ""
        return bool(endings) and last.endswith(endings) or ent is not None and any(
            sum(_is_cap(w) for w in m.text.split()) >= 2 and self._titled(m.start, m.text) for m in ent.mentions)

    # -- speaker phrases --------------------------------------------------------------------------------
    def cap_run_ending(self, ws: list[re.Match], i: int) -> tuple[int, int] | None:
        """The run of capitalised words ending with word ``i`` (connectors inside), as (start, end)."""
        if i < 0 or not _is_cap(ws[i].group(0)):
            return None
        j = i
        while j - 1 >= 0 and self.text[ws[j - 1].end():ws[j].start()].strip() in ("", "&") and (
                _is_cap(ws[j - 1].group(0)) or ws[j - 1].group(0) in _CONNECTORS and j - 2 >= 0
                and _is_cap(ws[j - 2].group(0))):
            j -= 1
        # "O Ministério de Portos e Aeroportos informou": "e" inside a body's name, read backwards (a connector may
        # follow it: "da Integração e do Desenvolvimento Regional"); the run before it opens with a body's head word
        if self.lex.code == "pt" and j >= 3 and ws[j - 1].group(0) in ("a", "o", "as", "os") \
                and ws[j - 2].group(0) == "e" and all(self.text[ws[x].end():ws[x + 1].start()] == " "
                                                      for x in range(j - 3, j)):
            # "A Organização … para a Alimentação e a Agricultura informou", read backwards
            before = self.cap_run_ending(ws, j - 3)
            if before is not None and " para " in self.text[before[0]:before[1]]:
                return before[0], ws[i].end()
        p = j - 1 - (j - 1 >= 1 and ws[j - 1].group(0) in ("a", "o", "as", "os"))
        if self.lex.code == "pt" and p >= 1 and ws[p].group(0) == "para" and all(
                self.text[ws[x].end():ws[x + 1].start()] == " " for x in range(p - 1, j)):
            # "A Agência para a Modernização Administrativa informou": "para" inside a body's name, read backwards
            before = self.cap_run_ending(ws, p - 1)
            heads = [w.lower() for w in self.text[before[0]:before[1]].split()[:2]] if before is not None else []
            if heads and (heads[0] in self.lex.org_heads or heads[0] in _ARTICLES and heads[1:2]
                          and heads[1] in self.lex.org_heads):
                return before[0], ws[i].end()
        e = j - 1 - (j - 1 >= 0 and ws[j - 1].group(0) in _CONNECTORS)
        if e >= 1 and ws[e].group(0) in ("e", "и") and all(
                self.text[ws[x].end():ws[x + 1].start()].strip() == "" for x in range(e - 1, j)):
            before = self.cap_run_ending(ws, e - 1)
            heads = [w.lower() for w in self.text[before[0]:before[1]].split()[:2]] if before is not None else []
            if heads and (heads[0] in self.lex.org_heads or heads[0] in _ARTICLES and heads[1:2]
                          and heads[1] in self.lex.org_heads):
                return before[0], ws[i].end()
        return ws[j].start(), ws[i].end()

    def quoted_name(self, pos: int, right: int) -> tuple[int, int] | None:
        """A short capitalised name in quote marks right at ``pos`` (``«Россети»``, ``„Пътна инфраструктура“``):
        the span inside the marks."""
        m = QUOTED_NAME.match(self.text, pos, right)
        return (m.start(1), m.end(1)) if m else None

    def cap_run_starting(self, ws: list[re.Match], i: int) -> tuple[int, int] | None:
        run = self._cap_run_starting(ws, i)
        if run is not None and self.lex.code == "ru":
            # "— сказал Шершнев ТАСС": a person's name, then a body's (the agency he told), is no one name
            cut = next((t for s_, t, e in self.mentions if e.type == "PERSON" and run[0] <= s_ and t < run[1]
                        and any(e2.type in ("ORG", "GPE") and s2 == t + 1 for s2, _, e2 in self.mentions)), None)
            if cut is not None:
                run = run[0], cut
        if run is not None:
            quoted = self.quoted_name(run[1], len(self.text))
            if quoted is not None and self.lex.code == "ru" and " " not in self.text[quoted[0]:quoted[1]] \
                    and self.text[quoted[0]:quoted[1]].endswith(RU_DATIVE):
                return run  # "— сказал Валиев «Коммерсанту»": the paper he told, no part of his name
            if quoted is not None:  # "Агенция „Пътна инфраструктура“": the name runs on into the quote marks
                return run[0], quoted[1] + 1
        return run

    def _cap_run_starting(self, ws: list[re.Match], i: int) -> tuple[int, int] | None:
        if i >= len(ws) or not _is_cap(ws[i].group(0)):
            return None
        j = i
        org = ws[i].group(0).lower() in self.lex.org_heads or self.lex.code == "pt" and ws[i].group(0) == "Alto" \
            and i + 1 < len(ws) and ws[i + 1].group(0).lower() in self.lex.org_heads  # ("Alto Comissariado …")
        while j + 1 < len(ws) and self.text[ws[j].end():ws[j + 1].start()].strip() in ("", "-", "&") and (
                _is_cap(ws[j + 1].group(0)) or ws[j + 1].group(0) in _CONNECTORS and j + 2 < len(ws)
                and _is_cap(ws[j + 2].group(0)) or org and self._org_and(ws, j + 1)
                or self.lex.code == "pt" and j + 3 < len(ws) and ws[j + 1].group(0) in ("von", "van")
                and ws[j + 2].group(0) in ("der", "den") and _is_cap(ws[j + 3].group(0))
                and self.text[ws[j + 1].end():ws[j + 3].start()].count(" ") == 2):
            # ("Ursula von der Leyen": a foreign name's two lower-case particles, Portuguese)
            j += 1
        return ws[i].start(), ws[j].end()

    def _org_and(self, ws: list[re.Match], i: int) -> bool:
        """"e" inside a body's name ("Autoridade Nacional de Emergência e Proteção Civil", "Instituto da
        Conservação da Natureza e das Florestas"): a capitalised word follows, a connector before it allowed."""
        if self.lex.code == "pt" and i + 1 < len(ws) and (ws[i].group(0) == "para" or ws[i].group(0) in _ARTICLES
                                                           and i and ws[i - 1].group(0) in ("para", "e")):
            # "Associação Nacional para Difusão de Adubos", "Agência para a Modernização Administrativa": "para"
            # inside a body's name, maybe with an article
            nxt = ws[i + 1].group(0)
            return _is_cap(nxt) or ws[i].group(0) == "para" and nxt in ("a", "o", "as", "os") and i + 2 < len(ws) \
                and _is_cap(ws[i + 2].group(0)) and self.text[ws[i + 1].end():ws[i + 2].start()] == " "
        if ws[i].group(0) not in ("e", "и") or i + 1 >= len(ws):
            return False
        nxt = ws[i + 1].group(0)
        if self.lex.code == "pt" and nxt in ("a", "o", "as", "os") and i + 2 < len(ws) and _is_cap(ws[i + 2].group(0)) \
                and self.text[ws[i].end():ws[i + 2].start()] == f" {nxt} " \
                and any(ws[x].group(0) == "para" for x in range(max(0, i - 4), i)):
            return True  # "Organização … para a Alimentação e a Agricultura": an article after "e" in what it is for
        return _is_cap(nxt) or nxt in _CONNECTORS and i + 2 < len(ws) and _is_cap(ws[i + 2].group(0))

    def subject_before(self, left: int, verb_start: int, cue: str) -> Speaker | None:
        """The speaker before a reporting verb: a name (with words between it and the verb), a pronoun or a
        title, within the clause that ends at the verb."""
        opener = self._bg_unnamed_opener(left, verb_start, cue) if self.lex.code == "bg" else None
        if opener is not None:
            return opener
        them = _RU_ONE_OF_THEM.fullmatch(self.text, left, verb_start) if self.lex.code == "ru" else None
        if them is not None and self._sentence_start(them.start(1)):
            # "…, говорят два собеседника «Ведомостей» в отрасли. Один из них рассказал, что …": one of the unnamed
            # sources noted before (with none noted, read on as before)
            said = self._anonymous_source(re.compile(r"\w+").match(self.text, them.start(1)), cue)
            if said.name != them.group(1):
                return said
        asked = _PT_ASKED_OPENER.fullmatch(self.text, left, verb_start) if self.lex.code == "pt" else None
        if asked is not None and self._sentence_start(asked.start(1)) \
                and _pt_participle_opener(asked.group(1).lower(), asked.group(2)) \
                and re.match(r"[\w-]+\s*:", self.text[verb_start:verb_start + 40]):
            # "Questionado sobre a espera, resumiu: …": a participle's clause on the left-out subject, who is the one
            # named last of the participle's gender, not the participle (round 30)
            gender = "f" if asked.group(1).lower().endswith(("a", "as")) else "m"
            prev = self.previous_speaker(asked.start(1), gender)
            if prev is not None and prev.name:
                # (the participle stands for the subject: the clause is no statement of its own)
                return Speaker(prev.name, prev.entity, Span(start=asked.start(1), end=asked.end(1),
                                                            text=asked.group(1)), cue)
        voice = _PT_BY_VOICE.search(self.text, left, verb_start) if self.lex.code == "pt" else None
        if voice is not None:
            # "Já o Livre, pela voz de Rui Tavares, lamentou que …": the person the body speaks through (round 30)
            named = self._named(voice.start(1), voice.end(1), cue)
            if named is not None and named.entity is not None \
                    and any(e.id == named.entity and e.type in ("PERSON", "NAME", "PER") for e in self.entities):
                # (a voice is a person's: a name the entities layer left untyped counts)
                self.speakers.append((voice.start(1), named))
                return named
        group = _PT_GROUP_OPENER.match(self.text, left, verb_start) \
            if self.lex.code == "pt" and cue.lower().endswith("m") else None
        noun = group.group(1).lower() if group is not None else ""
        if group is not None and self._sentence_start(group.start(1)) \
                and (noun in _PT_GROUP_NOUNS or noun[:-1] in self.lex.role_nouns
                     or noun.endswith("es") and noun[:-2] in self.lex.role_nouns) \
                and not re.search(r"[.;:!?«»“”\"—–]", self.text[group.end():verb_start]) \
                and not any(is_reporting(w.group(0), self.lex) for w in words(self.text, group.end(), verb_start)):
            # "Técnicos do ministério ouvidos pela reportagem dizem que …": the unnamed group, not the body or person
            # of its genitive; noted so that "disse um deles" points back at it
            span = Span(start=group.start(1), end=group.end(3), text=self.text[group.start(1):group.end(3)])
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        office = _RU_OFFICE_FOR_AFFAIRS.match(self.text, left, verb_start) if self.lex.code == "ru" else None
        if office is not None and self._sentence_start(office.start(1)) \
                and re.fullmatch(r"(?:,\s+[а-яё]+(?:я|ясь|в)\s[^.!?;:«»“”\"—–]+,)?\s*",
                                 self.text[office.end():verb_start]) \
                and not any(office.start(1) <= s_ < verb_start and e.type == "PERSON" for s_, t, e in self.mentions):
            # "Верховный представитель Евросоюза по иностранным делам и политике безопасности, комментируя …,
            # напомнила": an office "по … делам" of a named body with no name after it is the unnamed office itself
            # (past a gerund's clause), noted so that a pronoun after it points back at it
            span = Span(start=office.start(1), end=office.end(1), text=office.group(1))
            sp = Speaker(office.group(1), None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        member = _RU_UNNAMED_MEMBER.match(self.text, left, verb_start) if self.lex.code == "ru" else None
        body = None
        if member is not None:
            # (the mentions that start where the member's words end, by bisection: every mention was read per call)
            lo = bisect.bisect_left(self._mention_starts, member.end())
            hi = bisect.bisect_right(self._mention_starts, member.end())
            body = next((t for s_, t, e in self.mentions[lo:hi] if t < verb_start and e.type == "ORG"), None)
        if body is not None and self._sentence_start(member.start(1)) \
                and re.fullmatch(r"(?:,\s+[а-яё]+\s[^.!?;:«»“”\"—–]+,)?\s*", self.text[body:verb_start]) \
                and not any(member.start(1) <= s_ < verb_start and e.type == "PERSON" for s_, t, e in self.mentions):
            # "Высокопоставленный сотрудник Государственного департамента, проинформировавший журналистов …, назвал":
            # an unnamed member of a named body is the speaker, not the body; noted so that "По его словам" after it
            # points back at him
            span = Span(start=member.start(1), end=body, text=self.text[member.start(1):body])
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        gerund = self._ru_gerund_opening(left, verb_start) if self.lex.code == "ru" else None
        if gerund is not None:
            # "Выступая в четверг на заседании Совета …, замминистра Александр Грушко заявил": a gerund's clause
            # opening the sentence is no subject; the subject follows its closing comma
            for comma in gerund:
                sp = self._subject_before(comma + 1, verb_start, cue)
                if sp is not None and sp.name:
                    # (an unnamed source after the gerund is noted as one below is: "Выступая …, источник … заявил")
                    return self._ru_office_of_place(comma + 1, sp, cue) or sp if sp.entity else self._ru_note_source(sp)
            return None  # (the gerund itself is no speaker: "Чувствуя направление эмоций, журналисты …")
        sp = self._subject_before(left, verb_start, cue)
        if self.lex.code == "bg" and sp is not None and sp.span is not None and " " not in sp.span.text \
                and sp.span.text == sp.name and self._sentence_start(sp.span.start):
            role = _BG_ADJECTIVE_ROLE.match(self.text, sp.span.end, verb_start)
            if role is not None:
                # "Висш служител в Министерството на финансите, пожелал …, каза": a capitalised adjective opening the
                # sentence, then an unnamed source's noun and its body, is no name
                span = Span(start=sp.span.start, end=role.end(), text=self.text[sp.span.start:role.end()])
                return Speaker(span.text, None, span, cue)
            group = _BG_ADJECTIVE_GROUP.match(self.text, sp.span.end, verb_start) \
                if sp.span.text.endswith(("ските", "ците", "ните")) and cue.endswith(self.lex.plural_endings) else None
            if group is not None:
                # "Украинските военни лидери открито признават, че": a capitalised adjective opening the sentence, then
                # the plural noun it qualifies, is a group, not a name
                span = Span(start=sp.span.start, end=group.end(1), text=self.text[sp.span.start:group.end(1)])
                return Speaker(span.text, None, span, cue)
        if sp is not None and sp.span is not None and sp.span.text.lower() in self.lex.pronouns:
            opening = self.text.rfind("(", left, sp.span.start)
            closing = self.text.find(")", sp.span.end, verb_start)
            if opening >= 0 and closing >= 0 and ")" not in self.text[opening:sp.span.start] \
                    and not self.text[closing + 1:verb_start].strip(" ,") and words(self.text, left, opening):
                # "Президент Франции (он находится в Берлине) заявил": the pronoun of an aside in brackets is not the
                # subject; the words before the aside are (checked before the Russian office below: a pronoun that
                # points back at a named person has an entity, and that check's return left the aside unseen)
                return self.subject_before(left, opening, cue) or sp
        if self.lex.code == "ru" and sp is not None and sp.span is not None and sp.entity is not None:
            return self._ru_office_of_place(left, sp, cue) or sp
        if self.lex.code == "ru":
            sp = self._ru_note_source(sp)
        return self._pt_head_of_state(sp)

    def _ru_note_source(self, sp: Speaker | None) -> Speaker | None:
        """Russian: ``sp``, noted among the speakers when it is an unnamed source ("источник", "собеседник")."""
        if sp is not None and sp.span is not None and sp.entity is None and sp.name \
                and sp.name.split()[0].lower() in ("источник", "собеседник", "собеседница") \
                and not any(p == sp.span.start for p, _ in self.speakers):
            # "Источник, знакомый с ходом …, утверждает, что … «…», — пояснил он": the unnamed source is the one a
            # pronoun after it points back at
            self.speakers.append((sp.span.start, sp))
        return sp

    def _ru_issuer_before(self, pos: int) -> Speaker | None:
        """Russian: the subject that issued a text ("опубликовал доклад", "представила отчет") in the sentence just
        before the one ``pos`` stands in, in this paragraph or the one before, else None."""
        sent = max([x.end() for x in _SENT_END.finditer(self.text, max(0, pos - 300), pos)]
                   + [self.text.rfind("\n", 0, pos) + 1])
        back = self.text[:sent].rstrip()
        before = max([x.end() for x in _SENT_END.finditer(self.text, max(0, len(back) - 400), len(back) - 1)]
                     + [self.text.rfind("\n", 0, len(back)) + 1])
        v = _RU_ISSUED.search(self.text, before, len(back))
        if v is None:
            return None
        sp = self.subject_before(before, v.start(), v.group(1))
        if sp is None or not sp.name or sp.span is None or sp.span.end > v.start():
            return None
        return sp

    def _ru_gerund_opening(self, left: int, verb_start: int) -> list[int] | None:
        """Russian: where the commas stand (first to last) after a gerund that opens the sentence before a verb
        ("Выступая …, X заявил"), else None: no quote mark, colon or dash between."""
        ws = words(self.text, left, verb_start)
        if len(ws) < 4 or not self._sentence_start(ws[0].start()) or not _is_cap(ws[0].group(0)) \
                or re.search(r"[«»\"“”:;—–]", self.text[ws[0].start():verb_start]):
            return None
        if _morph().parse(ws[0].group(0).lower())[0].tag.POS != "GRND":
            return None
        commas = [m.start() for m in re.finditer(",", self.text[ws[0].end():verb_start])]
        return [ws[0].end() + c for c in commas] or None

    def _bg_unnamed_opener(self, left: int, verb_start: int, cue: str) -> Speaker | None:
        """Bulgarian: an unnamed source that opens the sentence by its noun ("Офицер от щаба на флота, който не
        пожела …, каза", "Учителка от квартал „Надежда“ …, разказа", "Двама дипломати от Брюксел, запознати с …,
        потвърдиха"): the noun with where it is from, not a body or a name in quote marks inside that phrase."""
        m = _BG_UNNAMED_OPENER.search(self.text, left, verb_start)
        if m is None or not self._sentence_start(m.start(1)) or m.start(1) > 0 and self.text[m.start(1) - 1] in "„“\"«":
            return None
        if m.group(1).split()[0] in ("Двама", "Трима", "Четирима", "Няколко") \
                and not any(w.endswith("и") and w not in _PREPOSITIONS for w in m.group(1).split()[1:3]):
            return None  # (a counted group of people: "Двама дипломати", not "Двама от тях")
        a, b = m.start(1), m.end(1)
        sp = Speaker(self.text[a:b], None, Span(start=a, end=b, text=self.text[a:b]), cue)
        self.speakers.append((a, sp))
        return sp

    def _ru_office_of_place(self, left: int, sp: Speaker, cue: str) -> Speaker | None:
        """Russian: "Позже президент РФ заявил", "министр обороны Польши сказал": a country in the genitive after a
        title is whose office it is, not the speaker. The speaker is the person introduced before with that title and
        that country ("Министр обороны Польши Владислав Косиняк-Камыш"), else the title with its country, unlinked.
        None when the words before the country are not such a title."""
        ent = next((e for e in self.entities if e.id == sp.entity), None)
        if ent is None or ent.type not in ("GPE", "LOC"):
            return None
        ws = words(self.text, left, sp.span.start)[-4:]
        title = None
        for k in range(len(ws) - 1, -1, -1):
            w = ws[k].group(0)
            if re.search(r"[^\s]", self.text[ws[k].end():(ws[k + 1].start() if k + 1 < len(ws) else sp.span.start)]):
                break  # punctuation or a quote mark between: another clause
            if not (w.islower() or self._sentence_start(ws[k].start()) and w[1:].islower()):
                break  # a name before the country ("Путин РФ"?) or a capitalised body ("МИД России") is left alone
            low = w.lower()
            if low in self.all_titles or "-" in low and low.rsplit("-", 1)[-1] in self.all_titles:
                title = ws[k]  # a title in the nominative, the subject ("президент", "пресс-секретарь")
        if title is None:
            return None
        return self._ru_office_holder(title, ent, sp.span.end, cue)

    def _ru_place_of_title(self, title: re.Match | None, found: tuple[int, int]) -> Entity | None:
        """Russian: the country entity of a name found right after a lower-case title in the nominative, with only
        lower-case words between ("президент Франции", "министр обороны Польши"), else None."""
        if self.lex.code != "ru" or title is None or not title.group(0).islower():
            return None
        low = title.group(0).lower()
        if not (low in self.all_titles or "-" in low and low.rsplit("-", 1)[-1] in self.all_titles):
            return None
        between = self.text[title.end():found[0]]
        if not re.fullmatch(r"(?:\s+[а-яё-]+){0,3}\s+", between):
            return None
        ent = self.entity_over(found[0], found[1])
        if ent is None or ent.type not in ("GPE", "LOC") \
                or not any(m.start == found[0] and m.end >= found[1] - 1 for m in ent.mentions):
            return None
        return ent

    def _ru_office_holder(self, title: re.Match, ent: Entity, end: int, cue: str) -> Speaker:
        """Russian: who holds ``title`` of the country ``ent`` named up to ``end`` ("президент Франции"): the person
        introduced before with that title and that country, else the phrase itself with no entity."""
        span = Span(start=title.start(), end=end, text=self.text[title.start():end])
        aside = re.compile(r"\s*\([^()\n]{1,80}\)\s*").match(self.text, end)
        after = self.entity_over(aside.end(), aside.end() + 1) if aside is not None else None
        if after is not None and after.type == "PERSON" \
                and any(m.start == aside.end() for m in after.mentions):
            # "заявил нелегитимный президент Украины (его полномочия истекли 21 мая) Владимир Зеленский": the name after
            # the aside in brackets
            sp = Speaker(after.name, after.id, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        stem = title.group(0).lower()[:5]
        for s_, t, e in self._mentions_before(span.start):
            if t > span.start or e.type != "PERSON" or e.id == ent.id:
                continue
            lead_start = max(0, s_ - 60)
            lead = re.split(r"[.!?;:\n«»]", self.text[lead_start:s_])[-1]
            lead_start = s_ - len(lead)
            if stem in lead.lower() and any(lead_start <= m.start and m.end <= s_ for m in ent.mentions):
                sp = Speaker(e.name, e.id, span, cue)  # introduced as "<title> <country> <name>"
                break
        else:
            sp = Speaker(span.text, None, span, cue)
        self.speakers.append((span.start, sp))  # ("Он добавил" points back at the office holder)
        return sp

    def _subject_before(self, left: int, verb_start: int, cue: str) -> Speaker | None:
        lex = self.lex
        pair = re.search(r"(?<!\w)([а-я]+(?:ната|ното|ската|ското)) ([а-я]+)\s*$", self.text[left:verb_start]) \
            if lex.code == "bg" else None
        if pair is not None and pair.group(2) in lex.body_synonyms:
            # "…, дипломатическата мисия твърди, че …": a lower-case adjective and a noun that points back at a body
            # named just before ("От руското посолство …"), right before the verb (or its "се": "В позиция на
            # дипломатическата мисия се казва, че …")
            named = self._bg_named_before(left + pair.start(1), lex.body_synonyms[pair.group(2)])
            if named is not None:
                span = Span(start=left + pair.start(1), end=left + pair.end(2), text=pair.group(0).strip())
                return Speaker(self.text[named[0]:named[1]], None, span, cue)
        relay = _RU_RELAY_ASIDE.search(self.text, left, verb_start) if lex.code == "ru" else None
        if relay is not None and words(self.text, left, relay.start()):
            # "Министр Петров, как пишет РБК, считает, что …": the outlet between commas only relays the subject
            return self.subject_before(left, relay.start(), cue)
        talk = _RU_TALK_WITH.match(self.text, left, verb_start) if lex.code == "ru" else None
        if talk is not None and self._sentence_start(left + (len(self.text[left:verb_start]) -
                                                            len(self.text[left:verb_start].lstrip()))) \
                and words(self.text, talk.end(), verb_start):
            # "В разговоре с Набиуллиной президент отметил": the one talked with is no subject, nor what a title
            # after it points back at
            sp = self.subject_before(talk.end(), verb_start, cue)
            talked = {e.id for s_, t, e in self.mentions if talk.start() <= s_ < talk.end()}
            if sp is not None and sp.entity in talked:
                w0 = words(self.text, talk.end(), verb_start)[0]
                return Speaker(w0.group(0), None, Span(start=w0.start(), end=w0.end(), text=w0.group(0)), cue)
            return sp
        one_of = _RU_ONE_OF_ROLE.match(self.text, left, verb_start) if lex.code == "ru" else None
        if one_of is not None and self._sentence_start(one_of.start(1)) \
                and _ru_singular_lemma(one_of.group(1).lower()) in lex.role_nouns:
            # "Дипломат из одной из прикаспийских стран, пожелавший остаться неназванным, рассказал, что …": someone
            # of an unnamed one of many is not named, never the person named before with that role
            # ("— считает собеседник агентства" points back at it)
            m = one_of
            sp = Speaker(m.group(1), None, Span(start=m.start(1), end=m.end(1), text=m.group(1)), cue)
            self.speakers.append((m.start(1), sp))
            self._unnamed_roles.add(m.group(1))
            return sp
        if lex.code == "ru":
            ws = words(self.text, left, verb_start)
            if len(ws) == 1 and not re.search(r"[,;:«»\"—–]", self.text[left:verb_start]) \
                    and _ru_dative_only(ws[0].group(0)):
                # "Гладкову ответила глава района Ольга Петрова: «…»", "Ему возразил депутат": whom one answers, in
                # the dative, opens the clause; the speaker follows the verb
                return None
            if ws and self._sentence_start(ws[0].start()) and _ru_verb_disagrees(ws[0].group(0), cue) \
                    and not re.search(r"[,;:«»\"—–]", self.text[left:verb_start]) \
                    and not any(left <= s_ and t <= verb_start and e.type == "PERSON"
                                and not (len(ws) > 1 and s_ == ws[1].start()) for s_, t, e in self.mentions):
                # "Решение суда прокомментировала адвокат …", "Слова Лаврова прокомментировала Кая Каллас: «…»": a
                # fronted object the past-tense verb cannot agree with (a name may follow it, in the genitive, not
                # elsewhere: "Днем Песков заявил"); the speaker follows the verb
                return None
        inset = _PT_INSET_AFTER.search(self.text, left, verb_start) if lex.code == "pt" else None
        if inset is not None and cue[:1].islower() and self.text.startswith(",", verb_start + len(cue)):
            # "…, onde, afirmou, os preços «subiram …»": a bare reporting verb set between commas inside a clause that
            # an earlier verb of the sentence reports goes on with that verb's subject, not a name in the clause
            # (round 31)
            sent = max([m.end() for m in _SENT_END.finditer(self.text, max(0, left - 600), left)]
                       + [self.text.rfind("\n", 0, left) + 1])
            for v in words(self.text, sent, inset.start()):
                if self._in_quote(v.start()):
                    continue
                if v.group(0)[:1].islower() and is_reporting(v.group(0), lex):
                    first = self.subject_before(sent, v.start(), v.group(0))
                    if first is not None and first.name:
                        return Speaker(first.name, first.entity, first.span, cue)
                    break
        led = _PT_GOVERNMENT_OF.search(self.text, left, verb_start) if lex.code == "pt" else None
        if led is not None and self._sentence_start(led.start()) and led.end() == verb_start:
            # "O executivo de Luís Montenegro garantiu que …": a government named by its leader speaks as a body
            # (a bare "o executivo" may be a company's, left to the other rules)
            sp = Speaker(led.group(1), None, Span(start=led.start(1), end=led.end(1), text=led.group(1)), cue)
            self.speakers.append((led.start(1), sp))
            return sp
        adv = re.search(r"(?<!\S)(\w+)\s*$", self.text[left:verb_start])
        if adv is not None and adv.group(1) in lex.not_names and adv.group(1) not in _NOT_SKIPPED \
                and words(self.text, left, left + adv.start()):
            # "Еколозите от сдружение „Зелена Струма“ обаче смятат", "X также считает": an adverb between the
            # subject and its verb
            verb_start = left + adv.start()
        became = re.search(r"(?<!\S)(?:не\s+)?(?:стал|стала|стали)\s*$", self.text[left:verb_start]) \
            if lex.code == "ru" else None
        if became is not None and words(self.text, left, left + became.start()):
            # "Глава МИД … не стал отрицать, что": the verb's infinitive after "не стал"; the subject before it
            verb_start = left + became.start()
        asked = _RU_ASKED_ASIDE.search(self.text[left:verb_start]) if lex.code == "ru" else None
        if asked is not None and words(self.text, left, left + asked.start()):
            # "Представитель ведомства на вопрос «Ъ» ответил": who asked stands between the subject and its verb
            verb_start = left + asked.start()
        event = _RU_EVENT_ASIDE.search(self.text[left:verb_start]) if lex.code == "ru" else None
        if event is not None and any(_is_cap(w.group(0)) for w in words(self.text, left, left + event.start())):
            # "Министр Антон Силуанов на встрече с журналистами в среду признал": where (and when) one spoke stands
            # between the subject and its verb
            verb_start = left + event.start()
        # ("В доклад на службата, цитиран от агенцията, се посочва": the aside before "се" of an impersonal verb)
        paren = _BG_ASIDE_BEFORE_VERB.search(self.text[left:verb_start]) if lex.code == "bg" else None
        if paren is not None and words(self.text, left, left + paren.start()):
            # "Пенсионерът Борис Стефанов (72 г.) казва, че …", "Съветът, цитиран от „Сега“, определи": an aside
            # between the subject and its verb (not a body's acronym: "Конвенцията на ООН … (UNCCD) заяви")
            verb_start = left + paren.start()
        town = _PT_TOWN_AFTER_BODY.search(self.text[left:verb_start]) if lex.code == "pt" else None
        if town is not None and self._sentence_start(left + len(self.text[left:verb_start])
                                                     - len(self.text[left:verb_start].lstrip())):
            # "A infectologista Débora Carvalhaes, do Hospital Pequeno Príncipe, em Curitiba, afirma que": the town of
            # the body one works for, between commas after it, is no part of the subject
            # (the aside's comma is kept, so that the apposition before it is closed: round 31)
            verb_start = left + town.start(1) + 1
        body_aside = _PT_BODY_ASIDE.search(self.text[left:verb_start]) if lex.code == "pt" else None
        if body_aside is not None and any(_is_cap(w.group(0)) for w in words(self.text, left,
                                                                              left + body_aside.start())):
            # "A promotora Luciana Bastos, do Grupo de Atuação Especial … (Gaeco), explica que": the body one works
            # for, with its acronym in brackets, stands between the subject and its verb
            verb_start = left + body_aside.start()
        where = _PT_WHERE_ASIDE.search(self.text[left:verb_start]) if lex.code == "pt" else None
        lead = words(self.text, left, left + where.start()) if where is not None else []
        if where is not None and lead and lead[0].group(0).lower() not in _PREPOSITIONS \
                and lead[0].group(0).lower() not in ("em", "no", "na", "nos", "nas", "para", "segundo", "conforme") \
                and any(_is_cap(w.group(0)) for w in lead[1:]) and self._sentence_start(lead[0].start()) \
                and "," not in self.text[left:left + where.start()] and len(lead) <= 8 \
                and not any(w.group(0).lower() in lex.complementizers or w.group(0).lower() in lex.relatives
                            or is_reporting(w.group(0), lex) for w in lead):
            # "O Banco de Portugal, no boletim económico publicado na semana passada, estima que": where the subject
            # said it, all in lower case, between commas before the verb (not "Não é a primeira vez que Nauseda faz
            # comentários deste género, em janeiro …, disse que": a clause before the aside)
            verb_start = left + where.start()
        place = _PT_PLACE_BEFORE_COMMA.search(self.text, left, verb_start) if lex.code == "pt" else None
        if place is not None and cue[:1].islower() and len(words(self.text, left, verb_start)) >= 8 \
                and not re.search(r"[,;:—–()]", self.text[left:place.start()]) \
                and not any(w.group(0).lower() in lex.relatives for w in words(self.text, left, place.start())):
            # (not "O ministro, que esteve em Bruxelas, disse": a clause between the subject and its verb)
            # "Subiu para 31 o número de casos no surto em Vila Nova de Gaia, anunciou a DGS": a statement closed by
            # its verb, the name before the comma the object of a preposition; the subject follows the verb
            return None
        pre_rel = verb_start
        rel = self._relative_clause(left, verb_start)
        if rel is not None:
            # "A Serra Alta, que foi vendida em 2024 ao grupo Northridge, informou que", "В агрохолдинге «Тамыр», чьи
            # поля граничат с пасеками, заявили": the subject stands before the relative clause, not inside it
            verb_start = rel
        if lex.code == "pt":
            bare = _PT_ROLE_THAT.match(self.text, left, verb_start) \
                or _PT_ROLE_THAT_COMMAS.match(self.text, left, verb_start) \
                or _PT_ROLE_THAT_COMMAS.match(self.text, left, pre_rel) \
                or _PT_ROLE_THAT_FRONTED.match(self.text, left, pre_rel) \
                or _PT_ROLE_HEARD.match(self.text, left, verb_start) \
                or _PT_ROLE_OF.match(self.text, left, verb_start) \
                or _PT_ROLE_THAT_LONG.match(self.text, left, pre_rel) \
                or _PT_ROLE_OF_NAME_THAT.match(self.text, left, pre_rel)
            if bare is not None and (bare.group(1).lower() in lex.role_nouns or bare.group(1) in lex.unnamed_people
                                     and (bare.group(0).split()[0] in ("Um", "Uma", "Outro", "Outra")
                                          or bare.re is _PT_ROLE_THAT_FRONTED)) \
                    and self._sentence_start(left + len(self.text[left:verb_start])
                                             - len(self.text[left:verb_start].lstrip())):
                # "Um operador que pediu para não ser identificado contou que …": a role noun's relative clause with
                # no commas, right before the verb; the subject is the noun
                verb_start = bare.start(2)
                if bare.group(1).lower() not in lex.role_nouns or bare.re in (_PT_ROLE_THAT_LONG,
                                                                               _PT_ROLE_OF_NAME_THAT):
                    # (a trade named only after "um"/"uma"; a long genitive may hold a name that is not the subject)
                    span = Span(start=bare.start(1), end=bare.end(1), text=bare.group(1))
                    sp = Speaker(bare.group(1), None, span, cue)
                    self.speakers.append((span.start, sp))
                    return sp
            coord = _PT_COORDINATED.search(self.text, left, verb_start)
            if coord is not None and coord.group(1).lower() not in _PT_NOT_PAST_VERBS:
                # "O porta-voz do Kremlin também criticou Paris e disse que", "O Kremlin rejeitou a proposta europeia
                # e acusou o Governo francês de …": what follows the first verb is its object; the subject of both
                # verbs stands before the first
                verb_start = coord.start(1)
                said = [v for v in re.finditer(r"(?<!\S)([a-zà-ú]{3,})\s+que\s", self.text[left:verb_start])
                        if v.group(1) in lex.reporting_forms]
                if said and cue[:1].islower():
                    # "O ministro lembrou que a Hungria já recuou e considerou que …": the first verb is inside what
                    # was reported; the subject of both reporting verbs stands before the first of them
                    verb_start = left + said[-1].start(1)
            elif cue[:1].islower() and not cue.lower().endswith("m"):
                # "O ministro critica Bruxelas e diz que …": a first verb in the present, reporting or giving an opinion
                # (lexicon), its object before "e"; the subject stands before it
                for v in re.finditer(r"(?<!\S)([a-zà-ú]{3,}[ae])(?=\s)", self.text[left:verb_start]):
                    if (v.group(1) in lex.reporting_forms or v.group(1) in lex.object_verbs) \
                            and _PT_COORDINATED_TAIL.fullmatch(self.text, left + v.end(1), verb_start):
                        verb_start = left + v.start(1)
                        break
        bare_source = _PT_BARE_SOURCE.fullmatch(self.text, left, verb_start) if lex.code == "pt" else None
        if bare_source is not None and self._sentence_start(bare_source.start(1)):
            # "Fonte do gabinete do presidente disse ao PÚBLICO que": an unnamed source of a body or an office given in
            # lower case; a title inside ("presidente") points back at no one (round 31)
            span = Span(start=bare_source.start(1), end=bare_source.end(2),
                        text=self.text[bare_source.start(1):bare_source.end(2)])
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        # (from at most _PT_FIELDED_WINDOW characters before the verb: the pattern ends at the verb, and tried from
        # every capital of a long clause of names it was quadratic, 0.5 s per verb at 20,000 characters)
        fielded = _PT_FIELDED_BODY.search(self.text, max(left, verb_start - _PT_FIELDED_WINDOW), verb_start) \
            if lex.code == "pt" else None
        if fielded is not None and self._sentence_start(fielded.start()) and (
                fielded.group(1) or "," in fielded.group(2) and fielded.group(2).split()[0].lower() in lex.org_heads):
            # "Fonte oficial do Ministério da Educação, Ciência e Inovação garantiu que": a body whose name lists its
            # fields (no person after the last one), or an unnamed source of a body, is the speaker as a whole
            span = Span(start=fielded.start(), end=fielded.end(2), text=self.text[fielded.start():fielded.end(2)])
            ent = next((e.id for s_, t, e in self.mentions if s_ == fielded.start(2) and e.type != "PERSON"), None)
            return Speaker(span.text, None if fielded.group(1) else ent, span, cue)
        ws = words(self.text, left, verb_start)
        if not ws:
            return None
        if lex.code == "bg" and len(ws) == 1 and ws[0].group(0) == "и" and left > 0 and self.text[left - 1] in "“\"»":
            # "От посолството определиха доклада като „…“ и заявиха, че …": a second verb after a quote, with no
            # subject of its own, has the subject of the sentence's first verb
            sent = max([m.end() for m in _SENT_END.finditer(self.text, max(0, left - 400), left)]
                       + [self.text.rfind("\n", 0, left) + 1])
            for v in words(self.text, sent, left - 1):
                if self._in_quote(v.start()):
                    break
                if is_reporting(v.group(0), lex) or is_object_verb(v.group(0), lex):
                    first = self.subject_before(sent, v.start(), v.group(0))
                    if first is not None and first.name:
                        return first
                    break
        if cue.lower() in lex.source_only_verbs and not any(w.group(0).lower() in lex.source_nouns for w in ws[:2]):
            return None  # "Това показва, че …": no one reports; "Данните на НСИ показват, че …" does
        group = _BG_PLURAL_GROUP.fullmatch(self.text, ws[0].start(), verb_start) if lex.code == "bg" else None
        if group is not None and group.group(2) and group.group(2).lower() not in lex.plural_people:
            group = None
        if group is not None and cue.lower().endswith(lex.plural_endings) and self._sentence_start(ws[0].start()):
            # "Учените по климата предупреждават, че …": many of a kind with their field, the whole group
            span = Span(start=ws[0].start(), end=group.end(1), text=group.group(1))
            sp = Speaker(span.text, None, span, cue)
            self.speakers.append((span.start, sp))  # ("Те предупреждават" points back at them)
            return sp
        if lex.code == "pt" and _PT_STATEMENT_OPENER.fullmatch(self.text, ws[0].start(), verb_start) \
                and self._sentence_start(ws[0].start()) and not cue.lower().endswith("m"):
            # "O sindicato exige … . Em comunicado, acusa a administração de …": a statement issued with no subject is
            # the body's named last
            body = self._last_body(ws[0].start())
            span = Span(start=ws[0].start(), end=ws[-1].end(), text=self.text[ws[0].start():ws[-1].end()])
            return Speaker(body[0], body[1], span, cue) if body is not None else None
        if lex.code == "pt":
            many = self._plural_role_subject(ws, verb_start, cue)
            if many is not None:  # "Os moradores do bairro Vila do Sapé, …, dizem que": the people, not the place
                return many
        if lex.code == "ru" and len(ws) >= 2 \
                and _ru_singular_lemma(ws[0].group(0).lower()) in lex.anonymous_sources \
                and self._sentence_start(ws[0].start()) and QUOTED_NAME.match(self.text, ws[0].end(), verb_start) \
                and not re.search(r"[.!?;:,—–]", self.text[ws[0].end():verb_start]) \
                and not any(_is_cap(m.group(0)) for m in ws[1:]
                            if m.start() >= QUOTED_NAME.match(self.text, ws[0].end(), verb_start).end()):
            # (the paper's name in «…» or in “…”: "Собеседник “Ъ” в одном из крупнейших госбанков говорит")
            # "Источник «Ъ» в одном из крупных банков говорит": the paper's source, its place after it
            sp = self._body(ws[0], cue)
            self.speakers.append((ws[0].start(), sp))  # ("— пояснил собеседник «Ъ»" points back at it)
            return sp
        if lex.code == "ru" and len(ws) >= 4 and ws[0].group(0).lower() in lex.not_names \
                and ws[0].group(0).lower() not in _NOT_SKIPPED and self._sentence_start(ws[0].start()) \
                and ws[1].group(0).islower() and _ru_singular_lemma(ws[1].group(0)) in lex.anonymous_sources \
                and self.text[ws[0].end():ws[1].start()] == " ":
            # "Однако источник в СБУ сообщил": an adverb opening the sentence before the unnamed source
            self._fronted.add(ws[1].start())
            return self.subject_before(ws[0].end(), verb_start, cue)
        # ("Собеседник агентства в правительстве сообщил": the outlet told, in the genitive, may come before "в")
        told = 1 if lex.code == "ru" and len(ws) >= 4 and ws[1].group(0).islower() \
            and ws[2].group(0).lower() in ("в", "во") and _ru_genitive_noun(ws[1].group(0)) else 0
        if lex.code == "ru" and len(ws) >= 3 + told and (ws[0].group(0).lower() in lex.institution_nouns or told
                                                          or ws[0].group(0).lower() in ("собеседник", "собеседница")) \
                and _ru_singular_lemma(ws[0].group(0).lower()) in lex.anonymous_sources \
                and ws[1 + told].group(0).lower() in ("в", "во") and self._sentence_start(ws[0].start()) \
                and not re.search(r"[.!?;:,—–«»]", self.text[ws[0].end():verb_start]):
            # "Источник в делегации Киргизии сообщил ТАСС, что": an unnamed source, its place after it (not the
            # place's name)
            sp = self._body(ws[0], cue)
            self.speakers.append((ws[0].start(), sp))  # ("— пояснил собеседник агентства" points back at it)
            return sp
        if lex.code == "ru" and len(ws) >= 3 and _is_cap(ws[0].group(0)) \
                and ws[0].group(0).lower() in lex.institution_nouns and self._sentence_start(ws[0].start()) \
                and not re.search(r"[.!?;:,«»“”\"—–()]", self.text[ws[0].start():verb_start]):
            # "Министерство обороны России в четверг сообщило": the body's noun, its lower-case genitive and the
            # country it serves are one name (not the country)
            j = 1
            while j < len(ws) and ws[j].group(0).islower() and ws[j].group(0) not in _PREPOSITIONS \
                    and not is_reporting(ws[j].group(0), lex) and (_ru_genitive_noun(ws[j].group(0))
                                                                  or _ru_adjective(ws[j].group(0))):
                j += 1
            run = self.cap_run_starting(ws, j) if 1 < j < len(ws) else None
            if run is not None and len(self.text[run[0]:run[1]].split()) == 1 \
                    and all(x.group(0).islower() for x in ws if x.start() >= run[1]):
                span = Span(start=ws[0].start(), end=run[1], text=self.text[ws[0].start():run[1]])
                sp = Speaker(span.text, None, span, cue)
                self.speakers.append((ws[0].start(), sp))
                return sp
        told = _RU_TOLD_IN.search(self.text, left, verb_start) if lex.code == "ru" else None
        if told is None and lex.code == "ru":
            told = _RU_AT_EVENT.search(self.text, left, verb_start) or _RU_POSTED_IN.search(self.text, left, verb_start)
            if told is not None and not any(_is_cap(m.group(0)) and m.group(0).lower() not in _PREPOSITIONS
                                            and m.group(0).lower() not in lex.not_names
                                            for m in ws if m.end() <= told.start()):
                told = None  # ("В четверг на встрече с Путиным Макрон заявил": the subject follows the occasion)
        # (a comma may close an apposition right before the outlet: "Эксперт, полковник в отставке Виктор Литовкин, в
        # беседе с «Газетой.ру» отметил"; a dot inside an outlet's name ends nothing)
        if told is not None and any(_is_cap(m.group(0)) for m in ws if m.end() <= told.start()) \
                and not re.search(r"[.!?;:»“”\"]", self.text[ws[0].start():told.start()]) \
                and (not re.search(r",", self.text[ws[0].start():told.start()])
                     or lex.code == "ru" and self.text[:told.start()].rstrip().endswith(",")) \
                and not re.search(r"[!?;:]|\.(?![a-zа-яё])", self.text[told.start():verb_start]):
            # "Лавров в интервью агентству РИА Новости заявил", "Костров в беседе с журналистами ИА «…» отметил": the
            # subject stands before the outlet told
            verb_start = told.start()
            ws = words(self.text, left, verb_start)
        when = _BG_WHEN_AFTER_MARKS.search(self.text, left, verb_start) if lex.code == "bg" else None
        if when is not None and when.group(1).lower() in lex.months:
            # "Данни на „Галъп интернешънъл“ от ноември сочат, че": the month of the data after the name in marks
            verb_start = when.start() + 1
            ws = words(self.text, left, verb_start)
        quoted = _QUOTED_BEFORE.search(self.text, left, verb_start)
        if quoted is not None and lex.code == "ru" and quoted.group(1).split()[-1].endswith(RU_DATIVE) \
                and len(quoted.group(1).split()) == 1:
            # "…, «Известиям» сообщили, что …": the paper that was told, not who told it
            verb_start = quoted.start()
            ws = words(self.text, left, verb_start)
            quoted = None
            if not ws:
                return None
        if quoted is not None and lex.code == "ru":
            appos = self._appositive_subject(ws, verb_start)
            if appos is not None:  # "Андрей Смирнов, аналитик ФГ «Финам», считает": the name, not the company
                return self._named(appos[0], appos[1], cue)
        if lex.code == "ru" and len(ws) >= 3 and ws[0].group(0) in ("В", "Во") \
                and ws[1].group(0) in lex.body_anaphors and self._sentence_start(ws[0].start()) \
                and cue.lower().endswith(lex.plural_endings) \
                and re.fullmatch(r"\s+" + _RU_OUTLET + r"\s+", self.text[ws[1].end():verb_start]):
            # "В ведомстве РБК сообщили, что …", "В ведомстве “Ъ” пояснили": the outlet told stands between the body
            # that points back and its verb; the body is the one named before, not the outlet
            span = Span(start=ws[1].start(), end=ws[1].end(), text=ws[1].group(0))
            name = self._ru_paragraph_opener(ws[1].start())
            if name is not None:
                return Speaker(name, None, span, cue)
            body = self._last_body(ws[1].start(), ws[1].group(0))
            if body is not None:
                return Speaker(body[0], body[1], span, cue)
            return Speaker(ws[1].group(0), None, span, cue)
        if quoted is not None:
            opener = self._name_before_title(ws, quoted.start())
            if opener is not None:
                # "Amy Luers, diretora executiva da “Future Earth” disse": the person, not her organisation
                return self._named(*opener, cue)
            # "Профсоюз медработников «Действие» считает", "Аналитики «Атона» считают": the name in quote marks
            # with the capitalised words of its phrase before it
            before = [m for m in words(self.text, left, quoted.start()) if m.end() <= quoted.start()][-3:]
            if before and re.search(r"[.!?;:,»“”\"]", self.text[before[0].end():quoted.start()]):
                before = before[-1:] if not re.search(r"[.!?;:,»“”\"]", self.text[before[-1].end():quoted.start()]) \
                    else []
            caps = [m for m in before if _is_cap(m.group(0)) and m.group(0).lower() not in _PREPOSITIONS]
            start = caps[0].start() if caps else quoted.start(1)
            part = re.search(r"(?<!\w)[А-Я][а-я]+\s+„[^„“”\n]{1,40}“\s+към\s+$", self.text[left:start]) \
                if lex.code == "bg" else None
            if part is not None:
                # "От Синдикат „Образование“ към КТ „Подкрепа“ настояват": the body within the one after "към"
                start = left + part.start()
            return self._named(start, quoted.end(1) + 1, cue)
        # "Ранее в Кремле заявили": an adverb of time may open the sentence before the preposition
        o = 1 if lex.code == "ru" and len(ws) >= 3 and ws[0].group(0).lower() in lex.not_names \
            and ws[1].group(0) in lex.impersonal_preps and self._sentence_start(ws[0].start()) else 0
        if len(ws) >= 2 + o and (_is_cap(ws[0].group(0)) or o) and ws[o].group(0).lower() in lex.impersonal_preps \
                and cue.lower().endswith(lex.plural_endings) and self._sentence_start(ws[0].start()) \
                and not re.search(r"[.!?;:»“”\"]", self.text[ws[o + 1].end():verb_start]):
            # "От Съюза на работодателите в системата на народната просвета обаче предупредиха", "В правительстве
            # заявили": a plural verb with no subject, its source after the preposition opening the sentence
            w1 = ws[o + 1].group(0)
            if w1.islower() and w1 in lex.institution_nouns:
                return self._body(ws[o + 1], cue)
            if w1 in lex.locative_bodies and all(m.group(0).islower() for m in ws[o + 2:]) \
                    and not re.search(r"[«„“\"]", self.text[ws[o + 1].end():verb_start]):
                return self._body(ws[o + 1], cue)  # "В компании также заявили": the company named before
            noun = next((m for m in ws[o + 2:o + 4] if m.group(0).islower() and m.group(0) in lex.institution_nouns),
                        None)
            if w1.islower() and noun is not None and all(m.group(0).lower().endswith(_ADJ_ENDINGS + ("ом", "ем"))
                                                         for m in ws[o + 1:ws.index(noun)]):
                return self._body(noun, cue)  # "В российском представительстве … сообщили": the body after adjectives
            run = self.cap_run_starting(ws, o + 1)
            if run is not None and lex.code == "ru" and run[1] == ws[o + 1].end():
                # "В Кремле заявили, что … «…», — сказал пресс-секретарь президента Дмитрий Песков": the body's
                # spokesman named in the same paragraph
                para = self.text.rfind("\n", 0, run[0]) + 1
                end = self.text.find("\n", run[1])
                span = Span(start=run[0], end=run[1], text=self.text[run[0]:run[1]])
                holder = self._ru_spokesman(ws[o + 1].group(0), para, end if end >= 0 else len(self.text), span, cue)
                if holder is not None:
                    return holder
            if run is not None:
                return self._named(run[0], self._extend_name(ws, run), cue)
        appos = self._appositive_subject(ws, verb_start)
        if appos is None and lex.code == "pt" and len(ws) >= 6 and ws[0].group(0).lower() in _PT_FRONTED \
                and self._sentence_start(ws[0].start()):
            # "Em declarações à Lusa, a investigadora Marta Lobo Antunes, do Instituto …, considerou que": the subject
            # after a fronted phrase of place or occasion
            comma = self.text.find(", ", ws[0].end(), ws[min(len(ws), 5) - 1].end() + 1)
            rest = [m for m in ws if m.start() > comma] if comma > 0 else []
            if rest:
                self._fronted.add(rest[0].start())
                appos = self._appositive_subject(rest, verb_start)
        if appos is not None:
            return self._named(appos[0], appos[1], cue)
        affiliated = self._bg_affiliated(ws, verb_start)
        if affiliated is not None:
            return self._named(affiliated[0], affiliated[1], cue)
        body = self._bg_opening_body(ws, verb_start)
        if body is not None:
            return self._named(body[0], body[1], cue)
        if lex.code == "ru":
            letter = _RU_LETTER_TO.search(self.text, left, verb_start)
            if letter is not None and any(_is_cap(m.group(0)) for m in ws if m.end() <= letter.start()) \
                    and not re.search(r"[.!?;:,»“”\"«]", self.text[letter.start():verb_start]):
                # "Ассоциация банков России в письме в ЦБ предупредила": the addressee of the letter is no subject
                verb_start = letter.start()
                ws = words(self.text, left, verb_start)
                whole = max(((a, b) for a, b, _e in self.mentions if b == ws[-1].end() and a == ws[0].start()),
                            key=lambda m: m[1] - m[0], default=None)
                if whole is not None:
                    return self._named(whole[0], whole[1], cue)  # the body's whole name ("Ассоциация банков России")
                if _is_cap(ws[0].group(0)) and self._sentence_start(ws[0].start()) and len(ws) <= 5 \
                        and not re.search(r"[.!?;:,»“”\"«—–]", self.text[ws[0].start():verb_start]):
                    return self._named(ws[0].start(), ws[-1].end(), cue)  # (one the entities layer split)
        if lex.code == "ru":
            # "Шохин в письме на имя премьер-министра Михаила Мишустина предупредил": a name after a preposition and
            # a title is an object, not the subject; the subject stands before that phrase
            run = self.cap_run_ending(ws, len(ws) - 1)
            i0 = next((i for i, m in enumerate(ws) if run is not None and m.start() == run[0]), None)
            j = i0 - 1 if i0 is not None else -1
            while i0 is not None and j > max(0, i0 - 4) and ws[j].group(0).islower() \
                    and not self.is_title(ws[j].group(0)) and ws[j].group(0) not in _PREPOSITIONS \
                    and not is_reporting(ws[j].group(0), lex):
                j -= 1  # "к министру сельского хозяйства Оксане Лут": the title's own genitive words
            if j >= 1 and not re.search(r"[.!?;:,»“”\"«]", self.text[ws[j - 1].start():verb_start]):
                t_ = ws[j].group(0)
                prep = j >= 1 and (ws[j - 1].group(0) in _PREPOSITIONS - {"в", "во"}
                                   or ws[j - 1].group(0) == "имя" and j >= 2 and ws[j - 2].group(0) == "на")
                if t_.islower() and self.is_title(t_) and prep:
                    verb_start = ws[j - 1].start() if ws[j - 1].group(0) != "имя" else ws[j - 2].start()
                    ws = words(self.text, left, verb_start)
                    if not ws:
                        return None
        # six words back; eight when the sentence opens there with a body noun and its complement ("Fonte do gabinete
        # do comissário das Pescas disse")
        reach = 8 if len(ws) <= 8 and ws[0].group(0).lower() in lex.institution_nouns \
            and self._sentence_start(ws[0].start()) else 6
        for k in range(len(ws) - 1, max(-1, len(ws) - 1 - reach), -1):
            w = ws[k].group(0)
            gap = self.text[ws[k].end():verb_start]
            if re.search(r"[.!?;:»“”\"]", gap):
                break
            branch = _BG_BRANCH.search(self.text, max(left, ws[k].start() - 60), ws[k].start()) \
                if lex.code == "bg" and k == len(ws) - 1 and _is_cap(w) and not gap.strip() else None
            if branch is not None:
                # "Данните на „Геозащита“ – Варна сочат", "РЗИ – Бургас съобщи": a body and its branch in a town
                span = Span(start=branch.start(1), end=ws[k].end(), text=self.text[branch.start(1):ws[k].end()])
                return Speaker(span.text, None, span, cue)
            if lex.code == "pt" and re.search(r",\s+(?:mas|porém|enquanto)\s", gap):
                break  # "A autoridade deve ser um órgão independente, mas a oposição diz que": another clause's noun
            if w.lower() in lex.pronouns:
                return self.by_pronoun(ws[k].start(), cue, Span(start=ws[k].start(), end=ws[k].end(), text=w))
            if w in lex.place_anaphors and k == len(ws) - 1 and cue.lower().endswith(lex.plural_endings):
                # "В Минздраве не согласны: там утверждают, что …": the body named last
                return self.by_place(ws[k].start(), cue, Span(start=ws[k].start(), end=ws[k].end(), text=w))
            # ("Глава военного ведомства подчеркнул": an adjective may stand between the title and the body)
            ti = k - 2 if lex.code == "ru" and k >= 2 and ws[k - 1].group(0).islower() \
                and _ru_adjective(ws[k - 1].group(0)) and self.text[ws[k - 2].end():ws[k - 1].start()] == " " else k - 1
            if lex.code == "ru" and k and w.islower() and w in lex.institution_nouns \
                    and self.text[ws[k - 1].end():ws[k].start()] == " " and self.is_title(ws[ti].group(0)) \
                    and ws[ti].group(0).lower() not in lex.institution_nouns:
                # "Зампред регулятора добавил": a title of the body, the person named before with that title
                t_ = ws[ti]
                said = self.by_title(t_.group(0), t_.start(), cue,
                                     Span(start=t_.start(), end=ws[k].end(), text=self.text[t_.start():ws[k].end()]),
                                     only_named=True)
                if said is not None and ti == k - 2 and not self._ru_adjective_fits(ws[k - 1].group(0), said):
                    said = None  # (not "Глава венгерского правительства" for China's leader named last as "глава")
                if said is None and re.fullmatch(_RU_HEAD, t_.group(0).lower()):
                    # "Председатель ЦБ Эльвира Набиуллина … Глава регулятора отметила": the body's head named
                    # before under another head title
                    said = self._ru_head_named_before(t_.start(), ws[k].end(), cue)
                    if said is not None and ti == k - 2 and not self._ru_adjective_fits(ws[k - 1].group(0), said):
                        said = None
                if said is not None:
                    return said
            if lex.code == "pt" and w == "governo" and k and ws[k - 1].group(0).lower() in _PT_OF:
                continue  # "Fontes do governo estadual admitem": the government's sources, not the government
            if (w.islower() or self._sentence_start(ws[k].start()) or lex.code == "pt" and w.isupper()
                    or lex.code == "pt" and w == "Executivo") \
                    and (w.lower() in lex.institution_nouns or lex.code == "pt" and w.lower() == "executivo") \
                    and not self._pt_not_a_body_noun(ws[k]):
                named = self._pt_named_before_apposition(ws, k, verb_start)
                if named is not None:
                    # "A iFood, maior empresa do setor, afirmou": the name the apposition describes
                    return self._named(named[0], named[1], cue)
                if lex.code == "ru" and w.islower() and w.lower() not in lex.body_anaphors and k >= 1 \
                        and _is_cap(ws[k - 1].group(0)) and _ru_adjective(ws[k - 1].group(0)) \
                        and self.text[ws[k - 1].end():ws[k].start()] == " ":
                    # "Представитель Государственного департамента заявил": the body the entities layer found, named
                    # by a capitalised adjective and this noun, not the bare noun ("Финансовое министерство" opening a
                    # sentence, no entity, still points back at the body named before)
                    run = self.cap_run_ending(ws, k - 1)
                    first = run[0] if run is not None else ws[k - 1].start()
                    if self.entity_over(ws[k - 1].start(), ws[k].end()) is not None:
                        return self._named(first, ws[k].end(), cue)
                return self._body(ws[k], cue)  # "o colegiado afirmou", "ведомство называет", "Синдикатът настоява"
            run = self.cap_run_ending(ws, k)
            if run is not None and lex.code == "ru" and run[0] < ws[k].start() and self._sentence_start(run[0]) \
                    and self.text[run[0]:run[1]].split()[0].lower() in lex.not_names:
                # "Днем Песков добавил": the adverb opening the sentence is no part of the name
                second = re.search(r"\s+(?=\S)", self.text[run[0]:run[1]])
                run = (run[0] + second.end(), run[1])
            if run is not None and run[0] == ws[k].start() and self._sentence_start(run[0]):
                if w.lower() in lex.place_anaphors:  # "Там же полагают": the body cited last
                    return self.by_place(ws[k].start(), cue, Span(start=ws[k].start(), end=ws[k].end(), text=w))
                if w.lower() in lex.not_names:  # "Так, …", "Тук …": an adverb opening the sentence
                    break
            if run is not None and self.text[run[0]:run[1]].split()[0].lower() in _ARTICLES | lex.source_nouns:
                # "O Copom afirmou", "A Associação Brasileira …": the article opening the sentence is no part of
                # the name; "Dados do Instituto … indicam": the body whose data they are
                parts = list(re.finditer(r"\S+", self.text[run[0]:run[1]]))
                lead = parts[0].group(0).lower()
                skip = 1 + (lead in lex.source_nouns and len(parts) > 2 and parts[1].group(0) in _CONNECTORS)
                if len(parts) <= skip:
                    continue
                i1 = next(i for i, m in enumerate(ws) if m.start() == run[0] + parts[skip].start())
                run = self.cap_run_starting(ws, i1) if lead in lex.source_nouns else (run[0] + parts[skip].start(),
                                                                                      run[1])
                if lead in lex.source_nouns:
                    return self._named(run[0], run[1], cue)
            if run is not None and self.text[run[0]:run[1]].split()[0].lower().split("-")[0] in _PREPOSITIONS:
                # "От Сдружението на търговските вериги заявиха", "В Сбербанке заявили": a plural verb with no
                # subject and its source after the preposition; else ("Em comunicado, o …", "По-късно
                # вицепремиерът заяви") no name at all
                parts = list(re.finditer(r"\S+", self.text[run[0]:run[1]]))
                if len(parts) >= 2 and parts[0].group(0).lower() in lex.impersonal_preps \
                        and cue.lower().endswith(lex.plural_endings):
                    rest = (run[0] + parts[1].start(), run[1])
                    end = self._extend_name(words(self.text, rest[0], verb_start), rest) \
                        if len(parts) == 2 else rest[1]
                    return self._named(rest[0], end, cue)
                continue
            if run is not None:
                run = self._acronym_expansion(run)
            if run is not None and self._after_preposition(run[0]):
                i0 = next((i for i, m in enumerate(ws) if m.start() == run[0]), None)
                if i0 is None:
                    continue  # the name its acronym stands for began before the clause: no subject of this verb
                if lex.code == "pt" and i0 >= 2 and ws[i0 - 1].group(0) in ("de", "do", "da") \
                        and ws[i0 - 2].group(0) in lex.institution_nouns \
                        and ws[i0 - 2].group(0) not in lex.body_anaphors \
                        and len(self.text[run[0]:run[1]].split()) >= 3 and not self.text[run[1]:verb_start].strip():
                    # "a prefeitura de Aparecida de Goiânia informou": the body of a town whose name is of three words
                    # or more, right before the verb, not the town (as with a shorter one; round 30)
                    return self._body(ws[i0 - 2], cue)
                o = 1 if ws[0].group(0).lower() in _ARTICLES else 0
                if lex.code == "pt" and o + 1 < i0 and ws[o].group(0).lower() in ("fonte", "fontes") \
                        and self._sentence_start(ws[0].start()) and ws[o + 1].group(0) in _PT_OF \
                        and not re.search(r"[,.;:!?«»“”\"()—–]", self.text[ws[o].end():verb_start]):
                    # "Uma fonte dos estaleiros de Viana do Castelo disse": the unnamed source opening the sentence,
                    # with its body and place, not the place
                    return self._body(ws[o], cue)
                if i0 >= 2 and ws[i0 - 1].group(0).lower() in lex.impersonal_preps | {"из", "de", "do", "da"} \
                        and _is_cap(ws[i0 - 2].group(0)) and self._sentence_start(ws[i0 - 2].start()) \
                        and cue.lower().endswith(lex.plural_endings or ("m",)) \
                        and ws[i0 - 2].group(0).lower() not in lex.not_names | lex.place_anaphors \
                        and ws[i0 - 2].group(0).lower() not in _PREPOSITIONS | _ARTICLES:
                    # "Експерти от Центъра за изследване на демокрацията смятат": the people of a body, plural
                    return self._named(ws[i0 - 2].start(), self._extend_name(ws, self.cap_run_starting(ws, i0)), cue)
                if i0 >= 2 and ws[i0 - 2].group(0).lower() in lex.source_nouns:
                    # "Dados do Instituto da Conservação da Natureza e das Florestas indicam": whose data
                    whole = self.cap_run_starting(ws, i0)
                    if lex.code == "bg" and len(self.text[whole[0]:whole[1]].split()) == 1:
                        whole = (whole[0], self._extend_name(ws, whole))  # "Данните на Националния статистически
                        # институт": the body's whole name
                    return self._named(whole[0], whole[1], cue)
                parts = list(re.finditer(r"\S+", self.text[run[0]:run[1]]))
                if lex.code == "pt" and (len(parts) == 3 and parts[1].group(0) in ("de", "do", "da", "dos", "das")
                                         or len(parts) >= 4 and parts[-2].group(0) in _PT_PORTFOLIOS
                                         and parts[-3].group(0) in ("de", "do", "da", "dos", "das")) \
                        and i0 >= 2 and self.is_title(ws[i0 - 2].group(0)) and ws[i0 - 2].group(0).islower():
                    # ("O secretário de Estado da Defesa Nacional explicou": the portfolio of two words closes the
                    # title, no name after the genitive)
                    # "A professora da Universidade do Minho respondeu": the one with that title, not the body
                    t_ = ws[i0 - 2]
                    return self.by_title(t_.group(0), t_.start(), cue,
                                         Span(start=t_.start(), end=run[1], text=self.text[t_.start():run[1]]))
                if len(parts) < 3:
                    continue  # "в Москве", "цитиран от БТА", "da Universidade": not the subject
                run = (run[0] + parts[-2].start(), run[1])  # "на НАТО Марк Рюте": the name after the genitive
            other = re.match(r"\s+([a-zà-ú-]+)", self.text[run[1]:run[1] + 30]) \
                if run is not None and lex.code == "pt" and self.text[run[0]:run[1]] in _PT_OTHER else None
            if other is not None and (self.is_title(other.group(1)) or other.group(1) in lex.role_nouns):
                # "Outra moradora, que preferiu não se identificar, disse": an unnamed person of that kind
                end = run[1] + other.end()
                span = Span(start=run[0], end=end, text=self.text[run[0]:end])
                sp = Speaker(span.text, None, span, cue)
                self.speakers.append((run[0], sp))
                return sp
            if run is not None:
                first = self.text[run[0]:run[1]].split()[0].lower()
                if self.is_title(first) and self._sentence_start(run[0]):
                    parts = list(re.finditer(r"\S+", self.text[run[0]:run[1]]))
                    rest = (run[0] + parts[1].start(), run[1]) if len(parts) > 1 else None
                    ent = self.entity_over(*rest) if rest else None
                    if rest and (len(parts) >= 3 or ent is not None and self._person_like(ent)
                                 and self._person_mention(ent, self.text[rest[0]:rest[1]])):
                        # "Премьер-министр Латвии Эвика Силиня сообщила": the name after the title
                        return self._named(rest[0], rest[1], cue)
                    # "Глава МИД напомнил": a title phrase, not a name
                    span = Span(start=run[0], end=run[1], text=self.text[run[0]:run[1]])
                    return self.by_title(first, run[0], cue, span)
                # "Сметната палата посочи": an institution named by a capitalised adjective runs on to its noun
                end = self._extend_name(ws, run) if len(self.text[run[0]:run[1]].split()) == 1 else run[1]
                said = self._by_title_synonym(run[0], end, cue)
                if said is not None:  # "Държавният глава призова …": the president named before
                    return said
                return self._named(run[0], end, cue)
            if lex.code == "bg" and w.islower() and self.is_title(w) and k >= 2 and ws[k - 1].group(0) == "на" \
                    and ws[k - 2].group(0).lower() in lex.institution_nouns \
                    and not re.search(r"[.!?;:,«»“”„\"—–()]", self.text[ws[k - 2].start():verb_start]):
                # "Министерството на външните работи на Китай заяви": a title's words in a body's name, the body
                last = len(ws) - 1
                while last > k and ws[last].group(0).lower() in _BG_BEFORE_VERB:
                    last -= 1
                span = Span(start=ws[k - 2].start(), end=ws[last].end(),
                            text=self.text[ws[k - 2].start():ws[last].end()])
                sp = Speaker(span.text, None, span, cue)
                self.speakers.append((span.start, sp))
                return sp
            if self.is_title(w):
                if self.lex.code == "pt" and w.islower() and k and _is_cap(ws[k - 1].group(0)) \
                        and ws[k - 1].group(0).lower() not in _ARTICLES \
                        and self.text[ws[k - 1].end():ws[k].start()] == " ":
                    continue  # "O Governo socialista disse": a role word after a capitalised noun is its adjective
                if self._pt_role_adjective(ws, k):
                    continue  # "O relatório técnico concluiu": an adjective after a common noun, no person
                end = ws[k].end()
                while lex.code == "bg" and k >= 2 and ws[k - 1].group(0) == "на" and self.is_title(ws[k - 2].group(0)) \
                        and not re.search(r"[.!?;:,«»“”„\"—–()]", self.text[ws[k - 2].start():verb_start]):
                    # "Министърът на отбраната на Полша заяви": "отбраната" is the title's portfolio; the title is
                    # the head before it, and the phrase runs on to the verb
                    k -= 2
                    w = ws[k].group(0)
                    end = ws[-1].end()
                start, shown_end = ws[k].start(), end
                if lex.code == "ru" and w.islower():
                    # "Министр обороны заявил", "Представитель Министерства иностранных дел заявил": a portfolio word
                    # is found first; the phrase shown when no one holds it opens at its head (the portfolio word
                    # still finds the holder: "министр обороны Андрей Белоусов" named before)
                    j = k
                    while j >= 1 and self.text[ws[j - 1].end():ws[j].start()] == " " \
                            and (self.is_title(ws[j - 1].group(0))
                                 or ws[j - 1].group(0).lower() in lex.institution_nouns
                                 or _ru_singular_lemma(ws[j - 1].group(0).lower()) in lex.spokes_roles):
                        j -= 1
                    start = ws[j].start()
                    if end == ws[k].end() and re.match(r" дел(?!\w)", self.text[end:end + 4]):
                        shown_end = end + 4  # "иностранных дел"
                span = Span(start=start, end=shown_end, text=self.text[start:shown_end])
                if end != ws[k].end():
                    return self._bg_portfolio_holder(span, cue)
                return self.by_title(w, ws[k].start(), cue, span)
        if lex.code == "pt" and len(ws) > reach and ws[0].group(0) in ("O", "A") \
                and self._sentence_start(ws[0].start()) \
                and not re.search(r"[.!?;:,»“”«\"()]", self.text[ws[0].end():verb_start]):
            # "O antigo porta-voz da missão da NATO no Afeganistão considera que": a title opening the sentence, its
            # complement of bodies and places too long to reach back over; the person the title points back at
            t = next((m for m in ws[1:3] if m.group(0).islower() and self.is_title(m.group(0))
                      and m.group(0) not in ("antigo", "antiga")), None)
            if t is not None and all(not is_reporting(m.group(0), lex) and m.group(0).lower() not in lex.complementizers
                                     for m in ws[1:]):
                span = Span(start=ws[0].start(), end=ws[-1].end(), text=self.text[ws[0].start():ws[-1].end()])
                if ws[1].group(0) in ("antigo", "antiga"):
                    # ("O antigo porta-voz da missão …": a former office told of the one named last, not whoever holds
                    # that title now)
                    sp = self.by_pronoun(t.start(), cue, None)
                    return Speaker(sp.name, sp.entity, span, cue) if sp.name else None
                return self.by_title(t.group(0), t.start(), cue, span)
        return self._plural_role_subject(ws, verb_start, cue)

    def _bg_portfolio_holder(self, span: Span, cue: str) -> Speaker:
        """Bulgarian: who holds a title with its portfolio ("Министърът на отбраната на Полша"): the person introduced
        before in the same sentence as every content word of the phrase, else the phrase itself with no entity (not
        the last minister named: "Министърът на финансите Асен Василев" holds another portfolio)."""
        stems = [w.lower()[:5] for w in re.findall(r"[\w-]+", span.text) if w.lower() != "на"]
        for s_, t, e in self._mentions_before(span.start):
            if t > span.start or not self._a_person(e):
                continue
            lead = re.split(r"[.!?;:\n]", self.text[max(0, s_ - 90):s_])[-1].lower()
            if all(st in lead for st in stems):
                return Speaker(e.name, e.id, span, cue)
        sp = Speaker(span.text, None, span, cue)
        self.speakers.append((span.start, sp))  # ("Той добави" points back at the unnamed office holder)
        return sp

    def _bg_source_before_subject(self, run: tuple[int, int]) -> int | None:
        """Bulgarian: a source named by one name and the statement's subject, a place or a body, capitalised right
        after it ("Според Зеленски Русия подготвя …", "Според Радев България трябва …"): where the source's name
        ends. The second name is a place or body the entities layer typed, or a word with no surname's ending after
        a surname ("Елена Димитрова" stays one name); None when the run is one name."""
        if self.lex.code != "bg":
            return None
        endings = sum(self.lex.surname_endings.values(), ())
        first = next(((s_, t, e) for s_, t, e in self.mentions if s_ == run[0] and t < run[1]), None)
        if first is None or self.text[first[1]:first[1] + 1] != " ":
            return None
        second = next(((s_, t, e) for s_, t, e in self.mentions if s_ == first[1] + 1 and t <= run[1]), None)
        if second is None or second[2] is first[2]:
            return None
        word = self.text[second[0]:second[1]].split()[0].lower()
        last = self.text[first[0]:first[1]].split()[-1].lower()
        if second[2].type in ("GPE", "LOC", "ORG") or not word.endswith(endings) and last.endswith(endings):
            return first[1]
        return None

    def _bg_affiliated(self, ws: list[re.Match], verb_start: int) -> tuple[int, int] | None:
        """Bulgarian: a person's name, then "от" and the body they work for, right before the verb ("д-р Светла
        Маринова от Института по океанология към БАН смята"): the name, however long the body's name."""
        if self.lex.code != "bg":
            return None
        endings = sum(self.lex.surname_endings.values(), ())
        for i in range(max(2, len(ws) - 12), len(ws) - 1):
            if ws[i].group(0) != "от" or not (_is_cap(ws[i + 1].group(0))
                                              or re.match(r"\s[„«\"]", self.text[ws[i].end():ws[i + 1].start()])):
                continue
            run = self.cap_run_ending(ws, i - 1)
            if run is None or self.text[run[1]:ws[i].start()] != " " or self._after_preposition(run[0]):
                continue
            parts = self.text[run[0]:run[1]].split()
            if len(parts) >= 3 and self.is_title(parts[0]) and self._sentence_start(run[0]):
                # "Анализаторът Иван Стамболов от Центъра за … смята": the name after the title opening the sentence
                run = (run[0] + len(self.text[run[0]:run[1]]) - len(" ".join(parts[1:])), run[1])
                parts = parts[1:]
            ent = self.entity_over(*run)
            if len(parts) < 2 or not (ent is not None and ent.type == "PERSON"
                                      or parts[-1].lower().endswith(endings)) \
                    or parts[0].lower() in _PREPOSITIONS or self.is_title(parts[0]):
                continue
            tail = words(self.text, ws[i].end(), verb_start)
            if re.search(r"[,.;:!?()—–]", self.text[ws[i].end():verb_start]) or any(
                    is_reporting(x.group(0), self.lex) or x.group(0).lower() in self.lex.complementizers
                    or x.group(0).lower() in self.lex.relatives for x in tail):
                return None
            return run
        return None

    def _bg_opening_body(self, ws: list[re.Match], verb_start: int) -> tuple[int, int] | None:
        """Bulgarian: a body named by a capitalised definite adjective opening the sentence, maybe more adjectives,
        its noun and its genitive, right before the verb ("Руското министерство на отбраната съобщи", "Регионалната
        здравна инспекция посочи"): its span (not the title word "отбраната" in the genitive)."""
        if self.lex.code != "bg" or len(ws) < 2 or not self._sentence_start(ws[0].start()) \
                or not ws[0].group(0)[:1].isupper() or ws[0].group(0).isupper():
            return None
        first = ws[0].group(0).lower()
        if any(first.endswith(e) and first[:-len(e)] in _BG_BODY_NOUNS for e in ("та", "то", "ът", "ят")):
            # "Министерството на външните работи съобщи": a body's definite noun opening the sentence, its genitive
            # (not the title word "външните" in it)
            end = self._bg_genitive(ws, 1, ws[0].end())
            return (ws[0].start(), end) if end > ws[0].end() and _BG_AFTER_SUBJECT.fullmatch(
                self.text, end, verb_start) else None
        if not first.endswith(("ната", "ното", "ните", "ската", "ското", "ските", "цката", "цкото", "цките")):
            return None  # ("Гръцкото посолство")
        j = 1
        while j < len(ws) and ws[j].group(0).islower() and ws[j].group(0).endswith(("на", "но", "ни", "ска", "ско")) \
                and ws[j].group(0) not in _BG_BODY_NOUNS:
            j += 1
        if j >= len(ws) or ws[j].group(0) not in _BG_BODY_NOUNS \
                or any(self.text[ws[x - 1].end():ws[x].start()] != " " for x in range(1, j + 1)):
            return None
        end = self._bg_genitive(ws, j + 1, ws[j].end())
        if not _BG_AFTER_SUBJECT.fullmatch(self.text, end, verb_start):
            return None  # ("Украинското посолство от своя страна посочи": a filler between the body and its verb)
        return ws[0].start(), end

    def _pt_named_before_apposition(self, ws: list[re.Match], k: int, verb_start: int) -> tuple[int, int] | None:
        """Portuguese: a name opening the sentence before an apposition between commas that holds the body noun
        ``ws[k]`` and closes right before the verb ("A iFood, maior empresa do setor, afirmou"); None otherwise."""
        if self.lex.code != "pt" or not re.fullmatch(r"\s*,\s*", self.text[ws[-1].end():verb_start]):
            return None
        i = k
        while i > 0 and not self.text[ws[i - 1].end():ws[i].start()].strip():
            i -= 1  # back to the apposition's first word
        if i == 0 or self.text[ws[i - 1].end():ws[i].start()].strip() != "," or i - k < -3:
            return None
        o = 1 if ws[0].group(0) in ("O", "A", "Os", "As") else 0
        if o >= i or not self._sentence_start(ws[0].start()):
            return None
        run = self.cap_run_starting(ws, o)
        if run is None and i - 1 == o and re.fullmatch(r"[a-z]+[A-Z][\w-]*", ws[o].group(0)):
            run = ws[o].start(), ws[o].end()  # "A iFood": a brand written in camel case
        if run is None or run[1] != ws[i - 1].end():
            return None
        return run

    def _relative_clause(self, left: int, verb_start: int) -> int | None:
        """The start of a relative clause between commas right before a verb (", que foi vendida em 2024 …,", ", чьи
        поля граничат с …,": lexicon ``relatives``), when a word stands before it: where the subject's phrase ends."""
        if not self.lex.relatives:
            return None
        seg = self.text[left:verb_start]
        if not seg.rstrip().endswith(","):
            return None
        close = left + len(seg.rstrip()) - 1
        # (Russian: the short names in quote marks the clause holds are masked, "на форуме «Вперед, Сибирь!»")
        masked = re.sub(r"«[^«»\n]{1,60}»", lambda q: "«" + "x" * (len(q.group(0)) - 2) + "»", seg) \
            if self.lex.code == "ru" else re.sub(r"„[^„“\n]{1,60}“", lambda q: "«" + "x" * (len(q.group(0)) - 2) + "»",
                                                 seg) if self.lex.code == "bg" else seg
        opening = masked.rfind(",", 0, close - left) + left
        if opening <= left:
            return None
        ws = words(self.text, opening + 1, close)
        if len(ws) < 2 or ws[0].group(0).lower() not in self.lex.relatives and not (
                self.lex.code == "ru" and _ru_participle_opener(ws[0].group(0).lower(), ws[1].group(0).lower())
                or self.lex.code == "pt" and _pt_participle_opener(ws[0].group(0), ws[1].group(0).lower())
                or self.lex.code == "bg" and _bg_participle_opener(ws[0].group(0), ws[1].group(0))) \
                or re.search(r"[.!?;:«»“”\"—–]", re.sub(r"«x+»", "", masked[opening - left:close - left])
                             if self.lex.code in ("ru", "bg") else seg[opening - left:close - left]) \
                or not words(self.text, left, opening):
            return None
        return opening

    def _plural_role_subject(self, ws: list[re.Match], verb_start: int, cue: str) -> Speaker | None:
        """Portuguese: a sentence opening with many of a role ("Os estudantes receberam a medida com agrado, mas dizem
        que …", "Os moradores queixam-se e afirmam que …") is their statement when the verb is plural."""
        if self.lex.code != "pt" or len(ws) < 2 or not cue.lower().endswith("m") \
                or ws[0].group(0).lower() not in ("os", "as") or not self._sentence_start(ws[0].start()):
            return None
        noun = ws[1].group(0).lower()
        if not noun.endswith("s") or not (noun[:-1] in self.lex.role_nouns or noun[:-2] in self.lex.role_nouns
                                          and noun.endswith("es")) \
                or re.search(r"[.!?;:«»“”\"]", self.text[ws[1].end():verb_start]) \
                or any(is_reporting(m.group(0), self.lex) or m.group(0).lower() in self.lex.complementizers
                       for m in ws[2:]):
            return None
        span = Span(start=ws[0].start(), end=ws[1].end(), text=self.text[ws[0].start():ws[1].end()])
        return Speaker(span.text, None, span, cue)

    def _name_before_title(self, ws: list[re.Match], limit: int) -> tuple[int, int] | None:
        """A name of two or more capitalised words opening the sentence, then a comma and a lower-case title or
        role before ``limit`` ("Amy Luers, diretora executiva da …"): the subject the apposition describes."""
        if len(ws) < 3 or not self._sentence_start(ws[0].start()):
            return None
        first = ws[0].group(0).lower()
        if first in _PREPOSITIONS | _ARTICLES | self.lex.not_names or self.is_title(first):
            return None
        run = self.cap_run_starting(ws, 0)
        if run is None or len(self.text[run[0]:run[1]].split()) < 2 or run[1] >= limit:
            return None
        i = next((i for i, m in enumerate(ws) if m.start() >= run[1]), None)
        if i is None or self.text[run[1]:ws[i].start()].strip() != "," or not ws[i].group(0).islower() \
                or not (self.is_title(ws[i].group(0)) or ws[i].group(0) in self.lex.role_nouns) \
                or re.search(r"[.!?;:]", self.text[run[1]:limit]):
            return None
        return run

    def _appositive_subject(self, ws: list[re.Match], verb_start: int) -> tuple[int, int] | None:
        """A name opening the sentence and an apposition between commas before the verb ("Manuel Fangueiro, mestre
        de uma traineira da Póvoa de Varzim há 22 anos, diz que", "Иван Петров, директор на …, заяви"): the name,
        not the place inside the apposition."""
        if len(ws) >= 6 and self.text[ws[-1].end():verb_start].strip() == "" \
                and self.text[ws[-2].end():ws[-1].start()].strip() == "," \
                and ws[-1].group(0) in self.lex.aux_before_verb:
            ws = ws[:-1]  # "…, da Universidade X, não tem dúvidas de que": a negation or an auxiliary before the verb
            verb_start = ws[-1].end() + self.text[ws[-1].end():verb_start].index(",") + 1
        elif len(ws) >= 7 and self.text[ws[-1].end():verb_start].strip() == "" \
                and self.text[ws[-2].end():ws[-1].start()].strip() == "" \
                and self.text[ws[-3].end():ws[-2].start()].strip() == "," \
                and ws[-2].group(0) in self.lex.aux_before_verb and ws[-1].group(0) in self.lex.aux_before_verb:
            ws = ws[:-2]
            verb_start = ws[-1].end() + self.text[ws[-1].end():verb_start].index(",") + 1
        # (Bulgarian: a name in quote marks inside the apposition, "Компанията Meta, собственик на „Фейсбук“,
        # съобщи")
        marks = _BG_MARKED.sub("Q", self.text[ws[0].start():verb_start]) if self.lex.code == "bg" else ""
        tail = self.text[ws[-1].end():verb_start].strip()
        if self.lex.code == "ru" and tail == "»," and "«" in self.text[ws[0].start():ws[-1].start()]:
            tail = ","  # ("аналитик ФГ «Финам», считает": the apposition ends with a name in quote marks)
        if len(ws) < 4 or not self._sentence_start(ws[0].start()) \
                or tail != "," and not (marks.endswith(("Q,", "Q, ")) and tail[:1] in "»“”\"" and tail[1:] == ","):
            return None
        i0 = 0
        if ws[0].group(0).lower() in _ARTICLES and len(ws) > 2 and ws[1].group(0).islower() \
                and (self.is_title(ws[1].group(0)) or ws[1].group(0) in self.lex.role_nouns
                     or self.lex.code == "pt" and len(ws[1].group(0)) > 3 and ws[1].group(0) not in _PREPOSITIONS
                     and _is_cap(ws[2].group(0)) and self.text[ws[1].end():ws[2].start()] == " "):
            i0 = 2  # "O economista Rui Pestana, da Universidade …, não tem dúvidas": a name after its title
            # (Portuguese: any common noun of a profession, "o geógrafo Nuno Caldeira Lopes, da Universidade …,")
            if self.lex.code == "pt" and len(ws) > 4 and ws[2].group(0) == "e" and ws[3].group(0).islower() \
                    and len(ws[3].group(0)) > 3 and ws[3].group(0) not in _PREPOSITIONS and _is_cap(ws[4].group(0)) \
                    and self.text[ws[1].end():ws[4].start()] == f" e {ws[3].group(0)} ":
                i0 = 4  # "O jornalista e ambientalista Hiram Firmino, criador do prémio …,": two titles joined
        if self.lex.code == "pt" and i0 == 2 and len(ws) > 6 and ws[2].group(0) in ("da", "do", "das", "dos") \
                and _is_cap(ws[3].group(0)) and _is_cap(ws[4].group(0)) and _is_cap(ws[5].group(0)) \
                and self.text[ws[1].end():ws[5].start()] == f" {ws[2].group(0)} {ws[3].group(0)} {ws[4].group(0)} ":
            i0 = 4  # "A ex-ministra da Agricultura Tereza Cristina, hoje senadora …,": the portfolio, then the name
        run = self.cap_run_starting(ws, i0)
        if run is None or len(self.text[run[0]:run[1]].split()) < 2:
            return None
        br = re.match(r"\s*\([^()\n]{1,20}\)", self.text[run[1]:]) if self.lex.code == "pt" else None
        after = run[1] + br.end() if br is not None else run[1]  # "O senador Davi Lima (MDB-BA), vice-…,"
        i = next((i for i, m in enumerate(ws) if m.start() >= after), None)
        first = ws[i0].group(0).lower()
        if self.lex.code == "ru" and i0 == 0 and self.is_title(first) and ws[0].group(0)[1:].islower() \
                and len(self.text[run[0]:run[1]].split()) >= 3 and ws[1].start() < run[1] and _is_cap(ws[1].group(0)):
            # "Политолог Сергей Ветров, руководитель центра … одного из московских вузов, считает": the name after
            # its title opening the sentence, then a long apposition
            run = (ws[1].start(), run[1])
            first = ws[1].group(0).lower()
        if i is None or self.text[after:ws[i].start()].strip() != "," or not ws[i].group(0).islower() \
                or "," in self.text[ws[i].start():ws[-1].end()] \
                or re.search(r"[.!?;:«»“”\"]", _BG_MARKED.sub("Q", self.text[after:verb_start])
                             if self.lex.code == "bg" else self._ru_unquote(self.text[after:verb_start])) \
                or first in _PREPOSITIONS | _ARTICLES | self.lex.not_names or self.is_title(first):
            return None
        return run

    def _ru_adjective_fits(self, adjective: str, said: Speaker) -> bool:
        """Russian: whether a person found for "американского чиновника", "венгерского премьера" fits the adjective:
        one of a country's ("-ского", "-цкого") only when the country's stem (its first four letters) stands in the
        words that introduce a mention of that person ("премьер-министр Венгрии Виктор Орбан"); any other adjective
        ("высокопоставленного", "военного") fits."""
        a = adjective.lower()
        if not a.endswith(("ского", "цкого")):
            return True
        if said.entity:
            # kept per adjective's stem and entity (the answer reads only them; asked for every earlier mention of a
            # person on each look-back, it read all the person's mentions each time: cubic in a flood of one name)
            memo = self.__dict__.setdefault("_ru_adjective_memo", {})
            key = (a[:4], said.entity)
            if key not in memo:
                memo[key] = self._ru_adjective_fits_uncached(a, said)
            return memo[key]
        return self._ru_adjective_fits_uncached(a, said)

    def _ru_adjective_fits_uncached(self, a: str, said: Speaker) -> bool:
        ent = next((e for e in self.entities if e.id == said.entity), None) if said.entity else None
        starts = [m.start for m in ent.mentions] if ent is not None else [said.span.start] if said.span else []
        stems = (a[:4],) + _RU_COUNTRY_ADJECTIVE_STEMS.get(a[:4], ())
        return any(stem in self.text[max(0, s_ - 60):s_].lower() for s_ in starts for stem in stems)

    def _ru_unquote(self, s: str) -> str:
        """Russian: ``s`` with a short name in quote marks made plain ("аналитик ФГ «Финам»": a company's name, no
        quote); other languages unchanged."""
        return re.sub(r"«([^«»,.;:!?]{1,30})»", r" \1 ", s) if self.lex.code == "ru" else s

    def _abbreviation(self, word: str) -> bool:
        """"проф", "Dr" of the lexicon, or an initial ("С", "टी", "वी"): a full stop after it ends no sentence."""
        return word.lower() in self.lex.abbreviations or INITIAL.fullmatch(word) is not None

    def _sentence_start(self, pos: int) -> bool:
        if pos in self._fronted:
            return True  # the subject after a fronted phrase ("Em declarações à Lusa, a investigadora …")
        before = self.text[max(0, pos - 3):pos]
        if "\n" in before:
            return True  # a paragraph's first word (after a title without a full stop too)
        before = before.strip()
        return not before or before[-1] in ".!?:—–-«\"„“"

    def subject_after(self, verb_end: int, right: int, cue: str) -> Speaker | None:
        """The speaker after a reporting verb (``_subject_after``); Russian: an unnamed source found there ("Как
        рассказал источник, …") is recorded, as before a verb, so that "По его словам" after it points back at it."""
        one = _PT_ONE_OF_THEM.match(self.text, verb_end, right) if self.lex.code == "pt" else None
        if one is not None:
            # '"…", disse um deles.': one of the unnamed group that spoke last ("Técnicos do ministério … dizem")
            group = max(((p, sp) for p, sp in self.speakers if p < verb_end and sp.name and sp.entity is None
                         and sp.span is not None and _PT_GROUP_OPENER.fullmatch(sp.span.text)), key=lambda c: c[0],
                        default=None)
            if group is not None and verb_end - group[0] <= 600:
                return Speaker(group[1].name, None, Span(start=one.start(1), end=one.end(1), text=one.group(1)), cue)
        sp = self._pt_head_of_state(self._pt_same_source(self._subject_after(verb_end, right, cue)))
        if self.lex.code == "ru" and sp is not None and sp.name and sp.entity is None and sp.span is not None \
                and len(sp.name.split()) == 1 and _ru_singular_lemma(sp.name.lower()) in self.lex.anonymous_sources \
                and not any(p == sp.span.start for p, _ in self.speakers):
            self.speakers.append((sp.span.start, sp))
        return sp

    def _subject_after(self, verb_end: int, right: int, cue: str) -> Speaker | None:
        """The speaker after a reporting verb (``заявил Песков``, ``disse o ministro Fulano``, ``diz estudo``,
        ``заявил в понедельник постоянный представитель России при ООН Василий Небензя``): up to three
        other words (when, to whom) may come first; after titles and their genitives the last name of the
        phrase is the speaker; a pronoun or a bare title resolves to an earlier person."""
        ws = words(self.text, verb_end, right)
        lex = self.lex
        titled = _BG_TITLE_OF_QUOTED_BODY.match(self.text, verb_end, max(verb_end, right)) if lex.code == "bg" else None
        if titled is not None and titled.group(1).lower() in lex.titles:
            # "заяви председателят на КТ „Подкрепа“ Димитър Манолов": the name after the body named in quote marks
            return self._named(titled.start(2), titled.end(2), cue)
        lone = _PT_ONE_OF_TRADE.match(self.text, verb_end, max(verb_end, right)) if lex.code == "pt" else None
        if lone is not None and lone.group(1) in lex.role_nouns:
            # '"…", explicou um diplomata de um país do Norte da Europa': one of a trade, unnamed, right after the verb
            # is the speaker, not the place or body of the genitive after it; recorded, so that "Segundo a mesma
            # fonte" points back at him (round 33)
            sp = Speaker(lone.group(1), None, Span(start=lone.start(1), end=lone.end(1), text=lone.group(1)), cue)
            self.speakers.append((lone.start(1), sp))
            return sp
        medium = _PT_MEDIUM_AFTER_VERB.match(self.text, verb_end, max(verb_end, right)) if lex.code == "pt" else None
        if medium is not None:
            # "…, observou em relatório enviado a clientes nesta quinta-feira o economista Otávio Leme": where and when
            # he wrote it, then who (round 29)
            said = self._subject_after(medium.end(), right, cue)
            if said is not None and said.name:
                return said
        aside = _PT_ASIDE_AFTER_VERB.match(self.text, verb_end, max(verb_end, right)) if lex.code == "pt" else None
        if aside is not None:
            # "«…», avisou, em declarações à SIC, o presidente da ALEP, Nuno Carreira.": where or to whom, between
            # commas, then who (round 31)
            said = self._subject_after(aside.end(), right, cue)
            if said is not None and said.name:
                return said
        bare = _PT_MEDIUM_AFTER_NOUN.match(self.text, verb_end, max(verb_end, right)) if lex.code == "pt" else None
        if bare is not None and (bare.group(1) in lex.role_nouns or self.is_title(bare.group(1))):
            said = self._subject_after(verb_end, bare.end(), cue)
            if said is not None and said.name:
                return said
        if lex.code == "pt" and _PT_TOLD_NAME_ONLY.match(self.text[verb_end:right]):
            return None  # "«…», afirmou ao Jornal de Notícias.": the outlet told (a name of many words), no speaker
        if lex.code == "pt" and cue.lower().startswith("acus") \
                and _PT_ACCUSED.match(self.text, verb_end, max(verb_end, right + 2)):
            return None  # "acusa o treinador de "abandonar a equipa"": whom the subject accuses, not who speaks
        withp = _RU_ROLE_WITH_PHRASE.match(self.text, verb_end, max(verb_end, right)) if lex.code == "ru" else None
        if withp is not None and any(p_.tag.POS == "NOUN" and "nomn" in p_.tag
                                     for p_ in _morph().parse(withp.group(1))[:2]):
            # "— рассказала нашему корреспонденту фельдшер с пятнадцатилетним стажем Ольга": the person named after
            # the role and its "с …" phrase, not the one named before
            named = next(((s_, t) for s_, t, e in self.mentions if s_ == withp.end() and e.type == "PERSON"), None)
            if named is not None:
                return self._named(named[0], named[1], cue)
        whose = _RU_WHOSE_NOUN.match(self.text, verb_end, max(verb_end, right)) if lex.code == "ru" else None
        if whose is not None:
            # "— подчеркнула его коллега, аналитик агентства Екатерина Ковалева": the one named in apposition after
            # "his colleague", not the man "его" points back at
            named = self.subject_after(whose.end(), right, cue)
            if named is not None and named.entity is not None:
                return named
        posted = _RU_POSTED_IN.match(self.text, verb_end, max(verb_end, right)) if lex.code == "ru" else None
        if posted is not None and re.match(r"\s+[^\W\d_]", self.text[posted.end():right]):
            # "Как сообщил в Telegram-канале губернатор Саратовской области Роман Бусаргин, …": where he posted, then
            # who (not a channel named in quote marks: "написал в Telegram-канале «Рыбарь»")
            return self.subject_after(posted.end(), right, cue)
        anon = re.match(r"\s+(собеседни(?:к|ца))\s+(?:агентства|издания|газеты|телеканала|портала|журнала)\s*[.!?,]",
                        self.text[verb_end:max(verb_end, right) + 1]) if lex.code == "ru" else None
        if anon is not None:
            # "— пояснил собеседник агентства.": the unnamed source the agency spoke to, named before ("Как рассказал
            # ТАСС источник в одной из делегаций"), not whoever spoke last
            said = self._anonymous_source(re.compile(r"\w+").match(self.text, verb_end + anon.start(1)), cue)
            if said.name != anon.group(1):
                return said  # (with no such source noted before, read on as before)
        told = _RU_TOLD_THEN_SOURCE.match(self.text, verb_end, max(verb_end, right)) if lex.code == "ru" else None
        if told is not None:
            # "— сказал РБК источник в министерстве": the outlet told, then the unnamed source who spoke
            return self._body(re.compile(r"\w+").match(self.text, told.start(1)), cue)
        if lex.code == "pt" and len(ws) >= 2 and ws[0].group(0).lower() in ("um", "uma") \
                and not self.text[verb_end:ws[0].start()].strip() and self.text[ws[0].end():ws[1].start()] == " " \
                and ws[1].group(0).islower() and len(ws[1].group(0)) > 3 and ws[1].group(0) not in _PREPOSITIONS \
                and ws[1].group(0) not in ("vez", "vezes") and not is_reporting(ws[1].group(0), lex) \
                and ws[1].group(0) not in lex.source_nouns and not (len(ws) > 2 and ws[2].group(0) in _CONNECTORS
                                                                    and self.text[ws[1].end():ws[2].start()] == " "):
            # (not "disse um porta-voz do Comando Norte", "aponta um estudo da Nasa": the body named after it)
            # '"…", contou uma feirante que pediu …': someone not named, never the one who spoke before
            span = Span(start=ws[0].start(), end=ws[1].end(), text=self.text[ws[0].start():ws[1].end()])
            return Speaker(ws[1].group(0), None, span, cue)
        if lex.code == "ru" and len(ws) >= 2 and ws[0].group(0).lower() == "глава" \
                and not self.text[verb_end:ws[0].start()].strip(" ,") and (len(ws) == 2 or re.match(
                    r"\s*[.!?]", self.text[ws[1].end():ws[2].start()])) \
                and _ru_office_alias("глава", self.text[ws[0].end():ws[0].end() + 30]) is not None:
            # "— сказала глава ЦБ": the person introduced in that office in other words ("Председатель Банка России
            # Эльвира Набиуллина"), not the body
            span = Span(start=ws[0].start(), end=ws[1].end(), text=self.text[ws[0].start():ws[1].end()])
            said = self.by_title("глава", ws[0].start(), cue, span, only_named=True)
            if said is not None and said.name:
                return said
        told = _RU_TOLD_THEN_ROLE.match(self.text, verb_end, max(verb_end, right)) if lex.code == "ru" else None
        if told is not None and _ru_singular_lemma(told.group(3)) in self.all_titles \
                and "nomn" in _morph().parse(told.group(3))[0].tag \
                and not any(s_ <= told.start(1) < t and e.type == "PERSON" for s_, t, e in self.mentions):
            # "— сказал ТАСС представитель оперативных служб": the outlet told, in the dative, is no speaker
            said = self.subject_after(told.start(2) - 1, right, cue)
            if said is not None and said.name and said.name not in self.text[told.start(2):right] \
                    and not (said.entity is not None and any(told.start(2) <= s_ < right for s_, t, e in self.mentions
                                                             if e.id == said.entity)) \
                    or said is not None and said.entity is not None \
                    and any(e.id == said.entity and e.type in ("GPE", "LOC") for _s, _t, e in self.mentions):
                # (and "рассказал “Ъ” высокопоставленный чиновник финансового блока одной из областей Центральной
                # России": the place his office is in, at the end of the role's genitives, did not speak)
                # (a role resolved to someone named before, "рассказал РИА Новости специалист по работе с
                # вооружением": a new, unnamed person)
                return Speaker(told.group(3), None, Span(start=told.start(3), end=told.end(3), text=told.group(3)),
                               cue)
            if said is not None and said.name:
                return said
        title_seen = None
        found: tuple[int, int] | None = None
        quoted_only: tuple[int, int] | None = None  # a name in quote marks, the speaker when no person follows
        title_after_quote = False
        other = 0
        k = 0
        prep_seen = False
        body = None
        lead = 0  # Russian: the time words and adjectives before a source noun right after the verb
        lead_start: int | None = None
        while k < min(len(ws), 14):
            m = ws[k]
            gap_start = verb_end if k == 0 else ws[k - 1].end()
            if quoted_only is not None:
                gap_start = max(gap_start, quoted_only[1] + 1)  # past the closing mark of the quoted name
            gap = self.text[gap_start:m.start()]
            quoted = self.quoted_name(gap_start, right) if quoted_only is None else None
            if quoted is not None and found is None and lex.code == "bg" and k and ws[k - 1].group(0) == "пред" \
                    and self.text[ws[k - 1].end():quoted[0] - 1] == " " \
                    and re.match(r"[“\"]?\s*(?:,|че\b|[.!?]|$)", self.text[quoted[1]:quoted[1] + 6]):
                break  # "коментира пред „Капитал“, че …": the paper told, before the statement, is no speaker
            if quoted is not None and found is None and lex.code == "ru" and k \
                    and ws[k - 1].group(0).lower() in ("с", "со") and self.text[ws[k - 1].end():quoted[0] - 1] == " ":
                break  # "— сказал депутат в беседе с «Известиями»": whom he spoke with, not who spoke
            if quoted is not None and found is None and lex.code == "ru" and k and title_seen is not None \
                    and ws[k - 1].group(0).lower() in ("в", "во") and self.text[ws[k - 1].end():quoted[0] - 1] == " " \
                    and any(w_.group(0).lower() in _RU_MEDIA_PLACES for w_ in ws[max(0, k - 4):k - 1]):
                break  # "— написал глава региона в своем канале в «Максе»": where he wrote, not who wrote
            if quoted is not None and found is None and lex.code == "ru" and title_seen is not None \
                    and k and ws[k - 1] is title_seen \
                    and re.match(r"[»\"“”]?\s*(?:[.!?;]|$)", self.text[quoted[1]:quoted[1] + 3]) \
                    and len(self.text[quoted[0]:quoted[1]].split()) == 1 \
                    and self.text[quoted[0]:quoted[1]].endswith(RU_DATIVE) \
                    and any("datv" in p_.tag for p_ in _morph().parse(self.text[quoted[0]:quoted[1]].strip("«»"))[:2]):
                break  # "— пояснил эксперт «Известиям»": the paper told, in the dative, after the speaker's bare title
            if quoted is not None and found is None:
                # "в пресс-службе компании «Россети»": a name in quote marks, the speaker unless a person
                # follows: "представитель агрегатора «Туту» Анна Вересова", "сказал «Известиям» политолог
                # Иван Петров" (a newspaper told, not telling)
                if lex.code == "ru" and k and self.text[ws[k - 1].end():quoted[0] - 1] == " " \
                        and _ru_singular_lemma(ws[k - 1].group(0).lower()) in lex.anonymous_sources:
                    # "— пояснил собеседник «Ъ»": the paper's unnamed source, introduced before
                    return self._anonymous_source(ws[k - 1], cue)
                if lex.code == "ru":
                    # "рассказал «Ъ» управляющий партнер компании «ВЭД Эксперт» Дмитрий Ляхов": the paper told;
                    # the person at the end of the title phrase, past a body's name in quote marks, told it
                    person = self._person_past_quoted_body(quoted[1] + 1, right)
                    if person is not None:
                        found = person
                        break
                quoted_only = quoted
                while k < len(ws) and ws[k].end() <= quoted[1]:
                    k += 1
                if k < len(ws) and self.text[quoted[1] + 1:ws[k].start()].strip() == "" and _is_cap(ws[k].group(0)):
                    run = self.cap_run_starting(ws, k)
                    if run is not None and len(self.text[run[0]:run[1]].split()) >= 2:
                        found = run
                        break
                continue
            if gap.strip() == "(" and m.group(0).isdigit() and len(m.group(0)) <= 2 \
                    and self.text[m.end():m.end() + 1] == ")":
                k += 1  # "anunciou nesta terça-feira (10) o presidente do Inep": the day of the month, in brackets
                continue
            if lex.code == "bg" and gap.strip() == "(" and title_seen is not None and found is None \
                    and m.group(0).isupper() and len(m.group(0)) >= 2 and self.text[m.end():m.end() + 1] == ")":
                k += 1  # "съобщи директорът на Регионалната здравна инспекция (РЗИ) д-р …": the body's acronym
                continue
            if lex.code == "bg" and gap.strip() in ("–", "-") and gap.startswith(" ") and k \
                    and title_seen is not None and ws[k - 1].group(0).isupper() and len(ws[k - 1].group(0)) >= 2 \
                    and _is_cap(m.group(0)) and k + 1 < len(ws) and self.text[m.end():ws[k + 1].start()] == " ":
                k += 1  # "каза директорът на МБАЛ – Сливен д-р …": an acronym's town after a dash is of its name
                continue
            if lex.code == "pt" and (gap.strip() == "," or gap.strip() == "(" and m.group(0)[:1].isupper()
                                     and self.text[m.end():m.end() + 1] == ")") \
                    and found is not None and title_seen is not None \
                    and (_is_cap(m.group(0)) or m.group(0).islower() and self.is_title(m.group(0))):
                # ('"…", rebateu a coordenadora do Programa Nacional de Imunizações (PNI), Juliana Farias.': the
                # body's acronym in brackets before the comma and the name)
                # (also with a rank before the name: "…, disse à Lusa o porta-voz da PSP, subcomissário Rui Matos.")
                person = self._apposed_person(ws, found[1], last=True)
                if person is not None:
                    # '«…», admitiu à Lusa o presidente da Associação de …, Manuel Cordeiro.': the person after the
                    # body the title belongs to
                    found = person
                    break
            if re.search(r"[.!?;:,«»“”\"—–(]", gap) and not (
                    gap.strip() == "." and k and ws[k - 1].group(0).lower() in lex.abbreviations) and not (
                    gap.strip() == "," and title_seen is not None and found is None and _is_cap(m.group(0))) \
                    and not (gap.strip() == "," and title_seen is not None and found is None
                             and self._pt_adjective_apposition(ws, k)) \
                    and not (gap.strip() == "," and lex.code == "ru" and title_seen is not None
                             and m.group(0).islower() and self._ru_title_then_name(ws, k)) \
                    and not (gap.strip() == "," and lex.code == "ru" and lead and k == lead and lead_start is None
                             and found is None and title_seen is None):
                # ("сообщает сегодня, 3 июля, пресс-служба …": the date between commas, then the source)
                # ("демографът проф. Весела Арнаудова"; "a ministra do Meio Ambiente, Luciana Prado Assis"; "—
                # рассказала руководитель исследования, кандидат медицинских наук Анна Горелова": a second title
                # in apposition, then the name)
                break
            if gap.strip() == "," and lex.code == "ru" and found is not None:
                found = None  # ("эпидемиолог, заместитель президента Российской академии образования, академик РАН
                # Геннадий Онищенко": the body of the first title is no name of the speaker)
            w = m.group(0)
            lw = w.lower()
            # ("…, сочи анализ на Института за пазарна икономика": the cited text with no adjective)
            of = 1 if lw in lex.source_nouns else 2
            if lex.code == "bg" and k == 0 and found is None and title_seen is None \
                    and (cue.lower() in lex.source_only_verbs or cue.lower() in _BG_CITED_TEXT_VERBS) and w.islower() \
                    and (of == 1 or lw.endswith(("ен", "ни", "на", "но", "ите") + _BG_DEFINITE_ADJECTIVE)) \
                    and len(ws) > of + 1 and (of == 1 or ws[1].group(0) in lex.source_nouns) \
                    and ws[of].group(0) == "на" \
                    and not re.search(r"[.!?;:,«»“”\"—–(]", self.text[m.end():ws[of + 1].start()]):
                # "…, показва одитен доклад на Сметната палата": the cited text and whose it is
                run = self.cap_run_starting(ws, of + 1)
                if run is not None:
                    end = self._extend_name(ws, run)
                    acronym = re.match(r" \([A-ZА-Я]{2,8}\)", self.text[end:end + 11])
                    end += acronym.end() if acronym else 0  # "… данни на Националния статистически институт (НСИ)"
                    if of == 1:
                        return self._named(run[0], end, cue)  # ("…, сочи анализ на „Грийнпийс“": the body)
                    span = Span(start=m.start(), end=end, text=self.text[m.start():end])
                    return Speaker(span.text, None, span, cue)
                owner = ws[of + 1].group(0)
                if run is None and owner.islower() and owner.endswith(_BG_DEFINITE + _BG_DEFINITE_ADJECTIVE) \
                        and len(owner) > 5 \
                        and owner not in lex.source_nouns:
                    # "…, показва първоначалната оценка на застрахователите": whose the cited text is, by a noun
                    # with its article (and the adjective before it: "на общинската комисия")
                    end = ws[of + 1].end()
                    if of + 2 < len(ws) and ws[of + 2].group(0).islower() \
                            and not ws[of + 2].group(0).endswith(_BG_DEFINITE) \
                            and self.text[end:ws[of + 2].start()] == " " and ws[of + 2].group(0) not in _PREPOSITIONS:
                        end = ws[of + 2].end()
                    span = Span(start=ws[of + 1].start(), end=end, text=self.text[ws[of + 1].start():end])
                    return Speaker(span.text, None, span, cue)
            if lex.code == "bg" and k == 0 and found is None and title_seen is None \
                    and cue.lower() in lex.source_only_verbs and lw in lex.source_nouns \
                    and lw.endswith(("то", "та", "те", "ът", "ят")) \
                    and re.match(r"\s*(?:[.!?]|$)", self.text[m.end():m.end() + 3]):
                # "…, показва проучването.": the cited text alone, that of the body cited last in this paragraph or
                # the one before ("Агенцията публикува проучване … Над 60% …, показва проучването.")
                last = max(((p, sp) for p, sp in self.speakers if p < m.start() and sp.name
                            and not self._personal(sp) and self._bg_a_body(sp)), key=lambda c: c[0], default=None)
                issued = self._bg_issuer_before(m.start())
                if issued is not None and (last is None or issued[0] > last[0]):
                    last = issued
                if last is not None and len(re.findall(r"\n\s*\S", self.text[last[0]:m.start()])) <= 1:
                    return Speaker(last[1].name, last[1].entity, Span(start=m.start(), end=m.end(), text=w), cue)
            if lex.code == "pt" and lw in lex.complementizers:
                break  # "Disse ainda que a secretaria abriu …": who is said to act after "que" is not the speaker
            if lw in lex.abbreviations:
                k += 1
                continue
            if lw in lex.pronouns and found is None and title_seen is None:
                return self.by_pronoun(m.start(), cue, Span(start=m.start(), end=m.end(), text=w))
            if k == 0 and lex.code == "ru" and w.islower() and cue.lower().endswith(lex.plural_endings) \
                    and _ru_plural_role(lw, self.all_titles) \
                    and not (self.text[m.end():m.end() + 1] == " " and self.quoted_name(m.end() + 1, right)):
                # (not "— уточнили специалисты «СберАналитики»": the body whose staff they are)
                # "— отметили депутаты", "заявили эксперты": many of a role, not the last person named
                org = next((t for s_, t, e in self.mentions if e.type == "ORG" and s_ == m.end() + 1
                            and self.text[m.end()] == " " and t <= right), None) if k + 1 < len(ws) else None
                if org is not None:  # "— отметили аналитики ВТБ": the role and the body it works for
                    return Speaker(self.text[m.start():org], None, Span(start=m.start(), end=org,
                                                                       text=self.text[m.start():org]), cue)
                return Speaker(w, None, Span(start=m.start(), end=m.end(), text=w), cue)
            if k == 0 and lex.code == "bg" and w.islower() and cue.lower().endswith(lex.plural_endings) \
                    and len(lw) > 5 and lw.endswith(("ите", "ците")) and lw not in lex.source_nouns \
                    and not re.search(r"\S", gap):
                # "…, казват учените.", "…, предупреждават фермерите от Добруджа.": many of a kind after a plural
                # verb, with the field or place they are from
                end = m.end()
                j = k + 1
                if j + 1 < len(ws) and ws[j].group(0) in ("от", "по", "на") \
                        and not re.search(r"[^ ]", self.text[m.end():ws[j].start()]):
                    end = ws[j].end()
                    for x in ws[j + 1:j + 4]:
                        named = self.quoted_name(end, right)
                        if named is not None:  # ("жителите на квартал „Изток“")
                            end = named[1] + 1
                            break
                        if re.search(r"[.!?;:,«»“”\"—–()]", self.text[end:x.start()]):
                            break
                        end = x.end()
                        if _is_cap(x.group(0)):
                            break
                sp = Speaker(self.text[m.start():end], None, Span(start=m.start(), end=end,
                                                                  text=self.text[m.start():end]), cue)
                self.speakers.append((m.start(), sp))  # ("Те предупреждават" points back at them)
                return sp
            nxt = ws[k + 1].group(0) if k + 1 < len(ws) and not re.search(
                r"[.!?;:,«»“”\"—–(]", self.text[m.end():ws[k + 1].start()]) else ""
            if lw in _PREPOSITIONS and nxt.lower() in lex.time_words:
                k += 2  # "обявиха в сряда от …", "сообщил в среду Центробанк": a time, not a place
                continue
            if lex.code == "ru" and lw in lex.impersonal_preps and found is None and nxt.islower() \
                    and k + 2 < len(ws) and _is_cap(ws[k + 2].group(0)) and _ru_adjective(nxt) \
                    and nxt.endswith(("ом", "ем")) and self.text[ws[k + 1].end():ws[k + 2].start()] == " " \
                    and cue.lower().endswith(lex.plural_endings):
                k += 1  # "сообщили в региональном Минздраве": the body's name after its adjective
                nxt = ws[k + 1].group(0)
            if lw in lex.impersonal_preps and found is None and _is_cap(nxt) \
                    and cue.lower().endswith(lex.plural_endings):
                # "сообщили в Гидрометцентре России", "съобщиха от Столичната община": a plural verb with no
                # subject, its source after the preposition
                run = self.cap_run_starting(ws, k + 1)
                if run is not None:
                    return self._named(run[0], self._extend_name(ws, run), cue)
            if lex.code == "bg" and lw in ("в", "във") and found is None and _is_cap(nxt) \
                    and nxt.lower()[:-2] in _BG_BODY_NOUNS and nxt.lower().endswith(("та", "то")) \
                    and cue.lower().endswith(lex.plural_endings):
                # "…, смятат в Асоциацията на банките в България": a plural verb with no subject, its source a body
                # named by its capitalised noun after "в" (not a place: "казаха в Брюксел")
                run = self.cap_run_starting(ws, k + 1)
                if run is not None:
                    return self._named(run[0], self._extend_name(ws, run), cue)
            if lex.code == "bg" and k == 0 and found is None and title_seen is None and w.islower() \
                    and not self.text[verb_end:m.start()].strip():
                # "…, изчисли финансовото министерство": the body named by a definite adjective and its noun
                # right after the verb, ending the clause
                phrase = self._bg_adjective_body(ws, 0, right)
                if phrase is not None:
                    span = Span(start=phrase[0], end=phrase[1], text=self.text[phrase[0]:phrase[1]])
                    return Speaker(span.text, None, span, cue)
            if lex.code == "bg" and lw in lex.impersonal_preps and found is None and nxt.islower() \
                    and cue.lower().endswith(lex.plural_endings):
                # "съобщиха от областната администрация", "уточниха от регионалната здравна инспекция, че": a
                # plural verb with no subject, its source a body named by a definite adjective and a noun
                phrase = self._bg_adjective_body(ws, k + 1, right)
                if phrase is not None:
                    span = Span(start=phrase[0], end=phrase[1], text=self.text[phrase[0]:phrase[1]])
                    noun = next(x for x in span.text.split() if x in _BG_BODY_NOUNS)
                    named = self._bg_named_before(phrase[0], lex.body_synonyms.get(noun, noun))
                    if named is not None:  # "Руското посолство … Както съобщиха от дипломатическата мисия": the
                        # body named just before
                        return Speaker(self.text[named[0]:named[1]], None, span, cue)
                    sp = Speaker(span.text, None, span, cue)
                    self.speakers.append((span.start, sp))
                    return sp
            if lex.code == "ru" and lw in lex.impersonal_preps and found is None and title_seen is None \
                    and nxt.islower() and nxt in lex.institution_nouns and nxt not in lex.body_anaphors \
                    and cue.lower().endswith(lex.plural_endings) \
                    and self._place_after(ws[k + 1].end(), self._body_complement(ws[k + 1])):
                # "Как сообщили в прокуратуре Вологодской области, …": a plural verb with no subject, its source a
                # body noun and the place it serves after it (not the place: "в пресс-службе Банка России" is
                # the bank's own statement, read on below)
                return self._body(ws[k + 1], cue)
            if lex.code == "ru" and lw in lex.impersonal_preps and found is None and title_seen is None \
                    and cue.lower().endswith(lex.plural_endings):
                # "сообщили в региональном управлении МЧС": a plural verb with no subject, its source the office
                # (after its adjectives) of the body named after it
                j = k + 1
                while j < len(ws) - 2 and ws[j].group(0).islower() and _ru_adjective(ws[j].group(0)) \
                        and self.text[ws[j].end():ws[j + 1].start()] == " ":
                    j += 1
                if j + 1 < len(ws) and ws[j].group(0) in lex.locative_bodies \
                        and self.text[ws[j].end():ws[j + 1].start()] == " " and _is_cap(ws[j + 1].group(0)):
                    e = j + 1
                    while e + 1 < len(ws) and _is_cap(ws[e + 1].group(0)) \
                            and self.text[ws[e].end():ws[e + 1].start()] == " ":
                        e += 1
                    return self._named(ws[j + 1].start(), ws[e].end(), cue)
            if lw in lex.impersonal_preps and found is None and nxt in lex.locative_bodies \
                    and cue.lower().endswith(lex.plural_endings) \
                    and re.match(r"\s*(?:[,.;:!?—–]|$)", self.text[ws[k + 1].end():right]):
                return self._body(ws[k + 1], cue)  # "Как уточнили в компании, …": the company named before
            if lex.title_synonyms and found is None and title_seen is None and nxt \
                    and f"{lw} {nxt.lower()}" in lex.title_synonyms:
                said = self._by_title_synonym(m.start(), ws[k + 1].end(), cue)
                if said is not None:  # "… — каза държавният глава": the president named before
                    return said
            if w.islower() and w in lex.institution_nouns and found is None and title_seen is None and body is None \
                    and not (lex.code == "pt" and k and ws[k - 1].group(0).lower() in ("à", "ao", "às", "aos")):
                # (not the body told: "disse à agência Lusa")
                body = m  # "сообщила пресс-служба аэропорта", "calcula o instituto", "пояснил источник"
            if lex.code == "pt" and found is None and title_seen is None and k and w[:1].isupper() \
                    and self.is_title(lw) and lw not in ("antigo", "antiga", "negócios", "estrangeiros", "defesa") \
                    and ws[k - 1].group(0).lower() in ("o", "a") and self.text[ws[k - 1].end():m.start()] == " " \
                    and not any(s_ <= m.start() < t and e.type == "PERSON" for s_, t, e in self.mentions):
                # '"…", escreveu o Presidente ucraniano, Volodymyr Zelensky.': a title written with a capital, as
                # European Portuguese does, is no name
                title_seen = m
                k += 1
                continue
            if lex.code == "ru" and found is None and title_seen is not None and lw in _RU_OUTLETS_TOLD:
                break  # "— заявил адвокат агентству ТАСС": the outlet told, in the dative, after a bare title
            told = self.cap_run_starting(ws, k + 1) if lex.code == "ru" and found is None and title_seen is None \
                and lw in _RU_OUTLETS_TOLD and m.group(0).islower() and k + 1 < len(ws) else None
            if told is not None and any(x.start() >= told[1] for x in ws):
                # "Как сообщил газете The Washington Post источник в администрации": the outlet told, in the dative,
                # before the speaker
                k += 1
                while k < len(ws) and ws[k].end() <= told[1]:
                    k += 1
                continue
            run = self.cap_run_starting(ws, k)
            if run is not None and lex.code == "pt" and found is None and title_seen is not None and k \
                    and ws[k - 1].group(0).lower() in ("à", "ao", "às", "aos"):
                break  # "— …— contou a autarca ao Jornal de Notícias": the outlet told after a bare title, no name
            if run is not None and lex.code == "pt" and found is not None and k \
                    and ws[k - 1].group(0).lower() in ("à", "ao", "às", "aos") and found[1] <= ws[k - 1].start():
                break  # '"…", disse o ministro Fulano à Folha de S.Paulo': the outlet told, after the speaker's name
            if run is not None and found is not None and lex.code == "ru" and found[1] < run[0] \
                    and self.text[found[1]:run[0]].strip() == "":
                break  # "сказал Шершнев ТАСС": the body he told, right after his name (cap_run_starting cut it)
            if run is not None:
                n = len(self.text[run[0]:run[1]].split())
                longer = self._extend_name(ws, run) if n == 1 else run[1]
                if self._after_preposition(run[0]):
                    if found is not None and lex.code == "bg":
                        break  # "каза Стоянов пред Bulgaria ON AIR": the channel he spoke to, after his name
                    if n >= 3:  # "при ООН Василий Небензя": the name after the genitive
                        parts = list(re.finditer(r"\S+", self.text[run[0]:run[1]]))
                        found = (run[0] + parts[-2].start(), run[1])
                elif not (prep_seen and n == 1):  # "сказал дипломат на заседании Совбеза": a place, not a name
                    ent = self.entity_over(*run)
                    found = (run[0], longer) if n == 1 and not (ent is not None and ent.type == "PERSON") else run
                    if lex.code == "ru" and n == 1 and ent is not None and ent.type == "ORG" and title_seen is None \
                            and not other:
                        # "сообщило в четверг Министерство обороны РФ": the body's name runs on over its lower-case
                        # genitive (the place after it is its own entity)
                        whole = max((t for s_, t, e in self.mentions if e is ent and s_ == run[0]), default=found[1])
                        if whole > found[1]:
                            found = (run[0], whole)
                            while k < len(ws) and ws[k].end() <= whole:
                                k += 1
                            continue
                    # ("съобщи в понеделник Националният статистически институт")
                elif longer > run[1]:  # "съобщи в понеделник Националният статистически институт"
                    found = (run[0], longer)
                    break
                while k < len(ws) and ws[k].end() <= run[1]:
                    k += 1
                continue
            k += 1
            if self.is_title(w) and not self._pt_role_adjective(ws, k - 1):
                title_seen = title_seen or m
                title_after_quote = title_after_quote or quoted_only is not None
                continue
            if lw in _ARTICLES or lw in _PREPOSITIONS or lw in _CONNECTORS:
                prep_seen = prep_seen or lw in _PREPOSITIONS
                continue
            if title_seen is not None and found is None and lex.title_genitive_endings \
                    and lw.endswith(lex.title_genitive_endings):
                continue  # "министр иностранных дел", "министърът на външните работи", "на образованието"
            if found is not None and lex.code == "ru" and title_seen is not None:
                # "эпидемиолог, заместитель президента Российской академии образования, академик РАН Геннадий
                # Онищенко": past the body of one title, another title in apposition, then the person
                c = next((c for c in range(k, min(len(ws), k + 4))
                          if re.search(r"[^\s,]", self.text[ws[c - 1].end():ws[c].start()])
                          or "," in self.text[ws[c - 1].end():ws[c].start()]), None)
                if c is not None and self.text[ws[c - 1].end():ws[c].start()].strip() == "," \
                        and ws[c].group(0).islower() and self._ru_title_then_name(ws, c):
                    found = None
                    k = c
                    continue
            if found is not None:
                if title_seen is not None:
                    found = self._name_further(ws, k - 1, found) or found
                elif other and lex.code == "ru":
                    # "пояснила ведущий гидролог Курганского центра по гидрометеорологии Светлана Ефимова": a
                    # profession no lexicon lists, its body, then the person
                    further = self._name_further(ws, k - 1, found)
                    ent = self.entity_over(*further) if further is not None else None
                    if ent is not None and self._a_person(ent):
                        found = further
                break  # the name phrase is over: "заявил Песков журналистам"
            if lex.code == "ru" and title_seen is None and found is None and k == 1 + lead \
                    and (w.islower() or w.isdigit()) \
                    and k < len(ws) and cue.lower() in lex.source_verbs_after \
                    and (lw in _RU_WHEN_WORDS or lw in lex.months or lw.isdigit()
                         or _ru_adjective(lw) and self.text[m.end():ws[k].start()] == " "
                         and ws[k].group(0).islower() and not self.is_title(ws[k].group(0))):
                # "сообщает сегодня, 3 июля, пресс-служба …", "сообщает российское внешнеполитическое ведомство",
                # "заявил бывший американский разведчик": when, and what kind of source, before the source's noun
                if _ru_adjective(lw) and lw not in _RU_WHEN_WORDS:
                    lead_start = m.start() if lead_start is None else lead_start
                else:
                    lead_start = None
                lead += 1
                continue
            if lead_start is not None and k == 1 + lead and lex.code == "ru" and title_seen is None \
                    and w.islower() and lw not in lex.institution_nouns and lw not in lex.body_anaphors \
                    and not _ru_adjective(lw):
                # the adjectives and their noun together: "бывший американский разведчик"
                return Speaker(self.text[lead_start:m.end()], None,
                               Span(start=lead_start, end=m.end(), text=self.text[lead_start:m.end()]), cue)
            if title_seen is None and (k == 1 + lead or lex.code == "pt" and k == 2
                                       and ws[0].group(0).lower() in _ARTICLES
                                       and lw in lex.source_nouns) and lw not in lex.complementizers \
                    and cue.lower() in lex.source_verbs_after \
                    and not (lex.code == "ru" and k < len(ws) and _is_cap(ws[k].group(0)) and _ru_adjective(lw)) \
                    and not (lex.code == "ru" and k < len(ws) and _ru_adjective(lw)
                             and self.is_title(ws[k].group(0))):
                # (not "считает главный экономист агентства …": an adjective before a role, the person named after)
                run = self.cap_run_starting(ws, k) if lex.code == "ru" and k < len(ws) and w.islower() \
                    and self.text[m.end():ws[k].start()] == " " else None
                if run is not None:  # "Как сообщает агентство Reuters": the common noun, then the body's name
                    # ("сообщает представительство ДНР в СЦКК": a body's noun and whose it is, the two together)
                    return self._named(m.start() if lw in lex.institution_nouns else run[0], run[1], cue)
                # (not "Как пишет немецкий Der Spiegel": an adjective before the source's name)
                by = self._source_by(ws, k) if lw in lex.source_nouns else None
                if by is not None:  # "aponta levantamento divulgado nesta terça-feira pela Fundação …": whose
                    return self._named(by[0], by[1], cue)
                marks = self.quoted_name(m.end(), right) if lex.code == "ru" else None
                if marks is not None:  # "Как сообщает издание «Курган и курганцы», …": the paper, by its name
                    return self._named(marks[0], marks[1], cue)
                if lex.code == "ru" and w.islower() and lw in lex.institution_nouns:
                    return self._body(m, cue)  # "Как сообщает пресс-служба суда": the body noun and whose it is
                return Speaker(w, None, Span(start=m.start(), end=m.end(), text=w), cue)  # "…, diz estudo"
            other += 1
            if other > 3:
                break  # (a title may take two words of its own: "помощник президента Юрий Ушаков")
        if found is not None and lex.code == "ru" and title_seen is not None and title_seen.group(0).islower() \
                and _ru_singular_lemma(title_seen.group(0).lower()) in lex.spokes_roles \
                and self.text[title_seen.end():found[0]] == " " and len(self.text[found[0]:found[1]].split()) == 1:
            # "— добавил представитель Кремля": the one the article introduced in that role ("пресс-секретарь
            # президента Дмитрий Песков"), not the body
            span = Span(start=title_seen.start(), end=found[1], text=self.text[title_seen.start():found[1]])
            holder = self._ru_spokesman(self.text[found[0]:found[1]], 0, title_seen.start(), span, cue)
            if holder is not None:
                return holder
        if found is not None:
            head = self._head_of_body(title_seen, found, cue)
            if head is not None:
                return head
            place = self._ru_place_of_title(title_seen, found)
            if place is not None:
                # "— заявил президент Франции": the office's holder, not the country
                return self._ru_office_holder(title_seen, place, found[1], cue)
            return self._named(found[0], found[1], cue)
        if body is not None and (quoted_only is None or body.start() > quoted_only[1]):
            # ("сообщил «Интерфаксу» источник в министерстве": the paper told, the source told it)
            return self._body(body, cue)
        if quoted_only is not None and not title_after_quote:
            return self._named(quoted_only[0], quoted_only[1], cue)
        if title_seen is not None and lex.code == "ru" and title_seen.group(0).islower() \
                and _ru_adjective(title_seen.group(0)):
            end = self._ru_adjective_noun_end(title_seen.end(), right)
            if end is not None:
                # "заявил бывший американский разведчик": the former what, not the last person named before
                span = Span(start=title_seen.start(), end=end, text=self.text[title_seen.start():end])
                return Speaker(span.text, None, span, cue)
        if title_seen is not None and lex.code == "pt" and title_seen.group(0).islower() \
                and _PT_OF_SOME.match(self.text, title_seen.end(), max(title_seen.end(), right)) \
                and (title_seen.group(0) in lex.role_nouns or self.is_title(title_seen.group(0))):
            # '"…", avaliou o gerente de uma trading multinacional': a title or role "of a" body the article does not
            # name is someone not named before, not the last one who spoke (round 31)
            span = Span(start=title_seen.start(), end=title_seen.end(), text=title_seen.group(0))
            sp = Speaker(title_seen.group(0), None, span, cue)
            self.speakers.append((span.start, sp))
            return sp
        if title_seen is not None:
            span = Span(start=title_seen.start(), end=title_seen.end(), text=title_seen.group(0))
            said = self.by_title(title_seen.group(0), title_seen.start(), cue, span)
            adj = re.search(r"(?<![\w-])([а-яё]+(?:ск|цк)ий) $", self.text[max(0, title_seen.start() - 30):
                                                                           title_seen.start()]) \
                if lex.code == "ru" and said is not None and said.entity else None
            if adj is not None and not self._ru_adjective_fits(adj.group(1)[:-2] + "ого", said) \
                    and self._ru_of_a_country(said.entity):
                # "Си Цзиньпин на встрече с премьер-министром Венгрии Виктором Орбаном заявил … «…», — сказал
                # китайский лидер": not the last person named when the words introducing him name another country;
                # the last speaker before who is introduced with no country
                para = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, title_seen.start()))) + 1
                other = next((sp_ for p_, sp_ in reversed(self.speakers) if para <= p_ < title_seen.start()
                              and sp_.entity and sp_.entity != said.entity and not self._ru_of_a_country(sp_.entity)
                              and any(e.id == sp_.entity and e.type == "PERSON" for e in self.entities)), None)
                if other is not None:
                    return Speaker(other.name, other.entity, span, cue)
            if said is not None or quoted_only is None:
                return said
        if quoted_only is not None:
            return self._named(quoted_only[0], quoted_only[1], cue)
        return None

    def _ru_of_a_country(self, entity: str) -> bool:
        """Russian: whether the words just before a mention of the person ``entity`` (in its sentence) name a country
        or place ("премьер-министром Венгрии Виктором Орбаном")."""
        ent = next((e for e in self.entities if e.id == entity), None)
        if ent is None:
            return False
        for m in ent.mentions:
            lo = max([m.start - 60] + [x.end() for x in _SENT_END.finditer(self.text, max(0, m.start - 60), m.start)])
            if any(lo <= s_ and t <= m.start and e.type in ("GPE", "LOC") for s_, t, e in self.mentions):
                return True
        return False

    def _ru_adjective_noun_end(self, pos: int, right: int) -> int | None:
        """Russian: the end of "американский разведчик" after ``pos`` (lower-case adjectives, then a lower-case noun
        that is no title and no body noun, one space apart), or None."""
        for w in words(self.text, pos, right)[:4]:
            if self.text[pos:w.start()] != " " or not w.group(0).islower():
                return None
            lw = w.group(0).lower()
            if not _ru_adjective(lw):
                if self.is_title(lw) or lw in self.lex.institution_nouns or lw in self.lex.body_anaphors \
                        or _morph().parse(lw)[0].tag.POS != "NOUN":
                    return None
                return w.end()
            pos = w.end()
        return None

    def _pt_portfolio(self, pos: int) -> bool:
        """Portuguese: the name at ``pos`` is a title's portfolio ("o ministro do Trabalho", "a secretária de
        Cultura")."""
        m = re.search(r"(\S+)\s+d[eoa]s?\s+$", self.text[max(0, pos - 40):pos])
        return m is not None and self.is_title(m.group(1).lower())

    def _pt_adjective_apposition(self, ws: list[re.Match], k: int) -> bool:
        """Portuguese: an article, a country's adjective or a role, then a name, in apposition after a title
        ("afirmou o presidente executivo do consórcio, o espanhol Javier Olmedo, …")."""
        return self.lex.code == "pt" and k + 2 < len(ws) and ws[k].group(0) in ("o", "a") \
            and (ws[k + 1].group(0) in self.lex.nationalities or ws[k + 1].group(0) in self.lex.role_nouns) \
            and _is_cap(ws[k + 2].group(0)) \
            and self.text[ws[k].end():ws[k + 1].start()] == " " == self.text[ws[k + 1].end():ws[k + 2].start()]

    def _anonymous_source(self, m: re.Match, cue: str) -> Speaker:
        """Russian: "собеседник «Ъ»", "источник издания": the unnamed source named so last before (a speaker whose
        one-word name is such a noun), else the noun itself."""
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        for p, sp in reversed(self.speakers):
            if p < m.start() and sp.name and len(sp.name.split()) == 1 and sp.entity is None \
                    and (_ru_singular_lemma(sp.name.lower()) in self.lex.anonymous_sources
                         or sp.name in self._unnamed_roles):
                return Speaker(sp.name, None, span, cue)
        return Speaker(m.group(0), None, span, cue)

    def _person_past_quoted_body(self, pos: int, right: int) -> tuple[int, int] | None:
        """Russian: after a paper's name in quote marks, lower-case words of a title (up to six), a body's name in
        quote marks and a person of two words right after it: that person's span."""
        lead = re.match(r"(?:[ \t]+[а-яё-]+){1,6}[ \t]+(?=«)", self.text[pos:right])
        second = self.quoted_name(pos + lead.end() - 1, right) if lead is not None else None
        if second is None or any(is_reporting(w, self.lex) or w in self.lex.complementizers
                                 for w in lead.group(0).split()):
            return None
        ws = words(self.text, second[1] + 1, right)
        if not ws or self.text[second[1] + 1:ws[0].start()] != " ":
            return None
        run = self.cap_run_starting(ws, 0)
        ent = self.entity_over(*run) if run is not None else None
        if ent is None or ent.type != "PERSON" or len(self.text[run[0]:run[1]].split()) < 2:
            return None
        return run

    def _head_of_body(self, title: re.Match | None, found: tuple[int, int], cue: str) -> Speaker | None:
        """Russian: a title and the body it heads with no name after them ("— подчеркнул глава ФАС на брифинге") is a
        person, not the body: the one named before with that title and body ("глава Росатома Алексей Лихачев"), else
        the last speaker of the same paragraph when no other person was named since, the verb's gender and the title
        fit them. None otherwise (the body stays the speaker)."""
        if self.lex.code != "ru" or title is None or title.start() >= found[0]:
            return None
        ent = self.entity_over(*found)
        body = self.text[found[0]:found[1]]
        if not (ent is not None and self._org_like(ent) or len(body) >= 2 and body.isupper()):
            return None
        if any(w.group(0)[:1].isupper() or is_reporting(w.group(0), self.lex)
               for w in words(self.text, title.end(), found[0])):
            return None  # only the title's own lower-case words between it and the body
        span = Span(start=title.start(), end=found[1], text=self.text[title.start():found[1]])
        said = self.by_title(title.group(0), title.start(), cue, span, only_named=True)
        person = next((e for e in self.entities if e.id == said.entity), None) if said is not None else None
        last = max((m for m in person.mentions if m.end <= title.start()), key=lambda m: m.start, default=None) \
            if person is not None else None
        if last is not None and re.search(r"(?<!\w)" + re.escape(body.split()[0][:4]),
                                          self.text[max(0, last.start - 60):last.start], re.IGNORECASE) \
                and not re.match(r"[ \t]+[A-ZА-ЯЁ]", self.text[last.end:]):
            # the same title and body before the name (not "глава региона Вячеслав Гладков" for "глава МИД Венгрии"),
            # and no genitive name ("глава офиса президента Украины Владимира Зеленского Андрей Ермак")
            return said
        if title.group(0).lower() in self.lex.single_offices:
            return None  # "президент РФ" is whoever holds that office, not whoever spoke last
        para = self.text.rfind("\n", 0, title.start()) + 1
        prev = max(((p, sp) for p, sp in self.speakers if para <= p < title.start() and sp.name and sp.cue
                    and self._personal(sp)), key=lambda c: c[0], default=None)
        if prev is None:
            return None
        p, sp = prev
        if any(p < s_ and t <= title.start() and e.id != sp.entity and self._person_like(e)
               and not any(a < s_ < b_ for a, b_ in self.quote_spans) for s_, t, e in self.mentions):
            return None  # someone else named since
        low = cue.lower()
        gender = "f" if low.endswith("ла") else "m" if low.endswith("л") else ""
        if gender and self._speaker_gender(sp) not in (gender, "") or not self._may_hold(sp, title.group(0)):
            return None
        stem = title.group(0).lower()[:5]
        person = next((e for e in self.entities if e.id == sp.entity), None)
        for m in person.mentions if person is not None else []:
            lead = self.text[max(0, m.start - 60):m.start]
            at = lead.lower().rfind(stem)
            if at >= 0 and not re.search(r"[.!?:;]", lead[at:]) and not re.search(
                    r"(?<!\w)" + re.escape(body.split()[0][:4]), lead[at:], re.IGNORECASE):
                return None  # introduced with that title of another body ("глава региона" is no "глава МИД")
        return Speaker(sp.name, sp.entity, span, cue)

    def _apposed_person(self, ws: list[re.Match], end: int, last: bool = False) -> tuple[int, int] | None:
        """Portuguese: a name of two or more capitalised words between commas right after ``end`` (the body a title
        belongs to: "o porta-voz do Kremlin, Dmitry Peskov, …"), not a body itself."""
        if self.lex.code == "bg":
            return self._bg_person_after_body(ws, end)
        if self.lex.code != "pt":
            return None
        j = next((i for i, x in enumerate(ws) if x.start() >= end), None)
        for _ in range(2):
            # "o porta-voz do Governo húngaro, Zoltán Kovács,": an adjective after the body, before the comma
            if j is not None and j + 1 < len(ws) and ws[j].group(0).islower() and self.text[end:ws[j].start()] == " " \
                    and ws[j].group(0) not in _PREPOSITIONS | _ARTICLES | _CONNECTORS \
                    and not is_reporting(ws[j].group(0), self.lex) and ws[j].group(0) not in self.lex.complementizers:
                end, j = ws[j].end(), j + 1
        if j is not None and j + 2 < len(ws) and ws[j].group(0) in ("na", "no", "em") \
                and self.text[end:ws[j].start()] == " " and _is_cap(ws[j + 1].group(0)):
            # "o líder do PL na Câmara, deputado …,": the body's place after it, before the comma
            place = self.cap_run_starting(ws, j + 1)
            j = next((i for i, x in enumerate(ws) if x.start() >= place[1]), None)
            end = place[1]
        acr = re.match(r" \([^()\n]{1,20}\)", self.text[end:end + 30]) if j is not None else None
        if acr is not None:
            # "o presidente da Confederação Nacional da Indústria (CNI), Ricardo Alban,": the body's acronym in
            # brackets before the comma
            end += acr.end()
            j = next((i for i, x in enumerate(ws) if x.start() >= end), None)
        if j is None or self.text[end:ws[j].start()].strip() != ",":
            return None
        if j + 1 < len(ws) and ws[j].group(0).islower() and self.is_title(ws[j].group(0)) \
                and ws[j].group(0) not in ("antigo", "antiga") and self.text[ws[j].end():ws[j + 1].start()] == " " \
                and _is_cap(ws[j + 1].group(0)):
            j += 1  # "o chefe do Estado-Maior da Força Aérea, general João Cartaxo Alves,": a rank before the name
        run = self.cap_run_starting(ws, j)
        close = re.match(r"\s*\([^()\n]{1,20}\)\s*,", self.text[run[1]:run[1] + 30]) if run is not None else None
        if run is None or len(self.text[run[0]:run[1]].split()) < 2 \
                or self.text[run[1]:run[1] + 1] != "," and close is None \
                and not (last and re.match(r"[.;!?]|\s*$", self.text[run[1]:run[1] + 1])) \
                or ws[j].group(0).lower() in self.lex.org_heads:
            # ("deputado Sóstenes Cavalcante (RJ),": the party or state in brackets after the name)
            return None
        ent = self.entity_over(*run)
        return run if ent is None or not self._org_like(ent) else None

    def _bg_person_after_body(self, ws: list[re.Match], end: int) -> tuple[int, int] | None:
        """Bulgarian: a person's name right after the body a title belongs to, maybe after the body's town and an
        academic title ("директора на РЗИ – Перник д-р Мария Николова"): the name, when the entities layer has it as
        a person (or a name of two or more words ending like a surname)."""
        m = _BG_BODY_TOWN.match(self.text, end)
        if m is None:
            return None
        j = next((i for i, x in enumerate(ws) if x.start() >= m.end()), None)
        if j is None or ws[j].start() != m.end():
            return None
        run = self.cap_run_starting(ws, j)
        if run is None or len(self.text[run[0]:run[1]].split()) < 2:
            return None
        ent = self.entity_over(*run)
        surname = self.text[run[0]:run[1]].split()[-1].lower().endswith(sum(self.lex.surname_endings.values(), ()))
        # (a foreign name without a Bulgarian surname's ending: "Кая Калас", a name with a woman's first name)
        return run if (ent is not None and (ent.type == "PERSON" or self._person_like(ent))) \
            or (ent is None or not self._org_like(ent)) and surname else None

    def _source_by(self, ws: list[re.Match], k: int) -> tuple[int, int] | None:
        """The body a cited report is by, within its clause: "levantamento divulgado … pela Fundação X", "estudo
        da Universidade Y" (a capitalised name right after pelo/pela/do/da/de, up to eight words on)."""
        for j in range(k + 1, min(len(ws), k + 9)):
            if re.search(r"[.!?;:,«»“”\"—–]", self.text[ws[j - 1].end():ws[j].start()]):
                return None
            if ws[j - 1].group(0).lower() in ("pelo", "pela", "do", "da", "de", "dos", "das") \
                    and _is_cap(ws[j].group(0)):
                return self.cap_run_starting(ws, j)
        return None

    def _name_further(self, ws: list[re.Match], k: int, found: tuple[int, int]) -> tuple[int, int] | None:
        """After a title, the name of a body or place it heads and more lower-case words of the title: the
        person named at the end ("заместитель мэра Москвы по вопросам градостроительной политики Андрей
        Бочкарёв", "директор Института экономики транспорта ВШЭ Михаил Блинкин"), an acronym before the name
        dropped. None when ``found`` is a person already or no name of two words follows in the clause."""
        ent = self.entity_over(*found)
        if ent is not None and ent.type == "PERSON":
            return None
        j = k
        while j < min(len(ws), k + 8):
            if j > k and re.search(r"[.!?;:,«»“”\"—–()]", self.text[ws[j - 1].end():ws[j].start()]):
                return None
            w = ws[j].group(0)
            if is_reporting(w, self.lex) or w.lower() in self.lex.complementizers:
                return None
            run = self.cap_run_starting(ws, j)
            if run is not None:
                parts = list(re.finditer(r"\S+", self.text[run[0]:run[1]]))
                if len(parts) >= 3 and parts[0].group(0).isupper():
                    parts = parts[1:]  # "ВШЭ Михаил Блинкин"
                if len(parts) >= 2 and not self._after_preposition(run[0]):
                    return run[0] + parts[0].start(), run[1]
                while j < len(ws) and ws[j].end() <= run[1]:
                    j += 1
                continue
            j += 1
        return None

    def _ru_title_then_name(self, ws: list[re.Match], k: int) -> bool:
        """Russian: whether word ``k`` opens a lower-case title phrase ("кандидат медицинских наук", "заместитель
        президента Российской академии образования, академик РАН") that runs, through no punctuation but commas,
        into a person's name of two capitalised words."""
        endings = sum(self.lex.surname_endings.values(), ())
        j = k
        while j < min(len(ws), k + 16):
            if j > k and re.search(r"[^\s,]", self.text[ws[j - 1].end():ws[j].start()]):
                return False
            if _is_cap(ws[j].group(0)):
                run = self.cap_run_starting(ws, j)
                if j == k or run is None:
                    return False
                if len(self.text[run[0]:run[1]].split()) >= 2 and (
                        any(e.type == "PERSON" and run[0] <= s_ and t <= run[1] for s_, t, e in self.mentions)
                        or self.text[run[0]:run[1]].split()[-1].lower().endswith(endings)):
                    return True
                while j < len(ws) and ws[j].end() <= run[1]:
                    j += 1
                continue
            if not ws[j].group(0).islower() or is_reporting(ws[j].group(0), self.lex):
                return False
            j += 1
        return False

    def source_after_phrase(self, start: int, right: int, cue: str) -> Speaker | None:
        """``по словам X``, ``според X``, ``segundo X``: a name among the first words after the phrase (titles
        and at most two other words before it), or the noun phrase itself (``os autores``, ``документа``)."""
        sp = self._pt_head_of_state(self._pt_same_source(self._source_after_phrase(start, right, cue)))
        if self.lex.code == "ru" and sp is not None and sp.entity is None and sp.span is not None and sp.name \
                and sp.name == sp.span.text and re.fullmatch(r"[а-яё]+", sp.name) \
                and _ru_singular_lemma(sp.name) in self.lex.anonymous_sources:
            # "По словам собеседника, …": the unnamed source named so last before ("Источник в правительстве
            # рассказал …"), as "— пояснил собеседник" is
            return self._anonymous_source(re.compile(r"\w+").match(self.text, sp.span.start), cue)
        return sp

    def _pt_head_of_state(self, sp: Speaker | None) -> Speaker | None:
        """Portuguese: "o Chefe do Estado considerou" after "O Presidente da República …": the head of state is the
        President named by office before (round 30); with no such office before, the words as they stand."""
        if self.lex.code != "pt" or sp is None or not sp.name or sp.span is None \
                or not re.fullmatch(r"[Cc]hefe\s+d[eo]\s+Estado", sp.name.strip()):
            return sp
        offices = list(_PT_PRESIDENT_OFFICE.finditer(self.text, 0, sp.span.start))
        if not offices:
            return sp
        office = offices[-1]
        after = re.compile(r"(?:\s*,)?\s*").match(self.text, office.end()).end()
        person = next((e for s_, _, e in self.mentions if s_ == after and self._a_person(e)), None)
        if person is not None:
            # "O Presidente da República, Marcelo Rebelo de Sousa, …": the person named with the office
            return Speaker(person.name, person.id, sp.span, sp.cue)
        ent = self.entity_over(office.start(), office.end())
        # (an entity over the whole office only: not "República" alone, which is the country)
        whole = ent is not None and any(m.start <= office.start() and m.end >= office.end() for m in ent.mentions)
        return Speaker(office.group(0), ent.id if whole else None, sp.span, sp.cue)

    def _pt_same_source(self, sp: Speaker | None) -> Speaker | None:
        """Portuguese: "resumiu a mesma fonte", "Segundo esse magistrado": an unnamed source named again with "mesmo"
        or a demonstrative is the unnamed one who spoke last ("Um diplomata europeu … disse"), not a new speaker."""
        if self.lex.code == "pt" and sp is not None and sp.entity is None and sp.span is not None and sp.name \
                and not sp.name.islower() and sp.span.text.islower() \
                and sp.span.text in self.lex.role_nouns | {"fonte"}:
            # "Fontes diplomáticas … admitem que …. "…", explicou um diplomata de um país …. Segundo a mesma fonte,
            # …": the group the noun was read as is mentioned before the one of them who spoke last (round 33)
            group = self.text.rfind(sp.name, 0, sp.span.start)
            one = self._pt_same_source(Speaker(sp.span.text, None, sp.span, sp.cue))
            if one is not None and one.name != sp.span.text and group >= 0 \
                    and any(group < p < sp.span.start and s_.name == one.name and s_.entity is None
                            for p, s_ in self.speakers):
                return one
            return sp
        if self.lex.code != "pt" or sp is None or sp.entity is not None or sp.span is None or not sp.name \
                or not sp.name.islower() or len(sp.name.split()) > 3:
            return sp
        noun = sp.name.split()[-1]
        if not (noun in self.lex.role_nouns or noun in self.lex.unnamed_people or noun == "fonte") \
                or not _PT_SAME_BEFORE.search(self.text[max(0, sp.span.start - 12):sp.span.start]
                                              + " ".join(sp.name.split()[:-1]) + " "):
            return sp
        # this paragraph or the last (``max``: with no line break before, rfind's -1 as an end would search the
        # whole text and start "the paragraph" after the source)
        para = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, sp.span.start))) + 1
        # (the last that fits, read from the end in pieces that start after a full stop, which no opener holds: each
        # opener of a long paragraph was listed and tested on every call, quadratic)
        # ('"…", avaliou o gerente de uma trading … Segundo esse executivo, …': an unnamed speaker found after a
        # verb and recorded, when no opener stands after it; round 31)
        recorded = max(((p, s_) for p, s_ in self.speakers
                        if para <= p < sp.span.start and s_.entity is None and s_.name and s_.name.islower()
                        and s_.name in self.lex.role_nouns and s_.span is not None and s_.span.start == p),
                       default=None, key=lambda c: c[0])
        end = sp.span.start
        while end > para:
            lo = max(para, self.text.rfind(".", para, max(para, end - 2000)) + 1)
            for u in reversed(list(_PT_UNNAMED_OPENER.finditer(self.text, lo, end))):
                if (u.group(2) in self.lex.role_nouns or u.group(2) in self.lex.unnamed_people
                    or u.group(2) == "fonte") \
                        and self._sentence_start(u.start(1)) and not self._in_long_quote(u.start(1)):
                    if recorded is not None and recorded[0] > u.start(2):
                        return Speaker(recorded[1].name, None, sp.span, sp.cue)
                    return Speaker(u.group(2), None, sp.span, sp.cue)
            if recorded is not None and recorded[0] >= lo:
                return Speaker(recorded[1].name, None, sp.span, sp.cue)
            end = lo
        return sp

    def _source_after_phrase(self, start: int, right: int, cue: str) -> Speaker | None:
        lex = self.lex
        bare = re.match(r"\s*(?:[oa]s?\s+)?([a-zà-ú-]+),\s", self.text[start:right]) if lex.code == "pt" else None
        if bare is not None and bare.group(1) in lex.role_nouns:
            # "Nas contas do oficial, Portugal teria de …": a bare role noun's comma closes the source; the name after
            # it opens the statement (round 29)
            right = start + bare.end(1)
        led = _PT_BODY_LED_BY.match(self.text, start, right) if lex.code == "pt" else None
        if led is not None and led.group(1) in lex.institution_nouns:
            # "Para a entidade liderada por Nazaré da Costa Cabral, …": the body the noun points back at, not its head
            # (round 30)
            right = start + len(self.text[start:led.end(1)])
        ws = words(self.text, start, right)
        if lex.code == "bg" and len(ws) == 1 and ws[0].group(0).lower() in _BG_BARE_TEXTS \
                and re.match(r"\s*[.!?\n]|\s*$", self.text[ws[0].end():ws[0].end() + 2]):
            # "…, се казва в становището.": the text named in the sentence before, by whom it is
            author = self._bg_author_of_text_before(start, ws[0].group(0))
            if author is not None:
                return Speaker(author.name, author.entity, author.span, cue)
        if lex.code == "ru" and len(ws) >= 2 and ws[0].group(0) in ("его", "ее", "её") \
                and ws[1].group(0) in lex.source_nouns and cue.lower().split()[0] in lex.source_verbs_after:
            # "— говорится в ее комментарии для клиентов банка": the text of the one the possessive points back at
            prev = self.previous_speaker(start, "m" if ws[0].group(0) == "его" else "f")
            if prev is not None:
                return Speaker(prev.name, prev.entity, prev.span, cue)
        if lex.code == "ru" and ws and cue.lower() == "согласно" and ws[0].group(0).lower() in _RU_BARE_TEXTS \
                and re.match(r"\s*,", self.text[ws[0].end():]):
            # "SIPRI опубликовал доклад о … . Согласно документу, …", "Банк России опубликовал обзор … . Согласно ему":
            # the text a subject issued in the sentence just before, by its issuer
            issued = self._ru_issuer_before(start)
            if issued is not None:
                return Speaker(issued.name, issued.entity, issued.span, cue)
        if lex.code == "ru" and len(ws) >= 2 and cue.lower().startswith("по ") \
                and (ws[0].group(0).lower() in ("его", "ее", "её", "их") and ws[1].group(0).lower() == "авторов"
                     or ws[0].group(0).lower() == "авторов" and ws[1].group(0).lower() in _RU_TEXT_GENITIVES) \
                and re.match(r"\s*,", self.text[ws[1].end():]):
            # "АКРА опубликовало обзор … . По оценке его авторов, …", "По мнению авторов доклада, …": the authors of
            # the text a subject issued in the sentence just before are its issuer
            issued = self._ru_issuer_before(start)
            if issued is not None:
                return Speaker(issued.name, issued.entity, issued.span, cue)
        if lex.code == "bg" and len(ws) > 2 and ws[0].group(0).islower() \
                and ws[0].group(0).endswith(_BG_DEFINITE_ADJECTIVE) and ws[1].group(0) in lex.source_nouns \
                and ws[2].group(0) == "на" and not re.search(r"\S", self.text[ws[0].end():ws[1].start()]):
            # "Според първоначалната оценка на общинската комисия …": the cited text's adjective, then whose it is
            return self.source_after_phrase(ws[1].start(), right, cue)
        if lex.code == "bg" and len(ws) > 1 and lex.title_synonyms \
                and f"{ws[0].group(0).lower()} {ws[1].group(0).lower()}" in lex.title_synonyms:
            # "Според държавния глава …": the person named before with the office's title
            said = self._by_title_synonym(ws[0].start(), ws[1].end(), cue)
            if said is not None:
                return said
        cited = _BG_CITED_BEFORE_RELATIVE.search(self.text, max(0, start - len(cue) - 240), start - len(cue)) \
            if lex.code == "bg" and ws and ws[0].group(0).lower() in lex.relatives and cue.lower() == "според" else None
        if cited is not None and not re.search(r"[.!?\n]", cited.group(0)):
            # "… проучване на агенция „Тренд“, проведено между 10 и 17 ноември, според което 64% …": the cited text
            # before the relative (past a participle's aside) is whose it says it is
            q = cited.group(1).startswith("„")
            return self._named(cited.start(1) + q, cited.end(1) - q, cue)
        if lex.code == "bg" and ws and ws[0].group(0).lower() in lex.relatives:
            # "…, според който пенсиите ще растат": according to what the clause points back at, no one; but a text
            # the sentence's subject issued ("Комисията публикува оценка, според която …", "Посолството разпространи
            # позиция, според която …") is that subject's
            noun = re.search(r"(\w+),\s*$", self.text[max(0, start - 80):start - len(cue) - 1]) if cue else None
            if noun is not None and noun.group(1).lower() in lex.source_nouns | _BG_ISSUED_TEXTS:
                sent = max([m.end() for m in _SENT_END.finditer(self.text, max(0, start - 300), start)]
                           + [self.text.rfind("\n", 0, start) + 1])
                ws_ = words(self.text, sent, start - len(cue) - 1 - len(noun.group(0)) + 1)
                for i, v in enumerate(ws_[1:7], 1):
                    if re.search(r"[,;:«»„“\"—–()]", self.text[ws_[i - 1].end():v.start()]):
                        break
                    if v.group(0) not in _BG_ISSUING_VERBS and not is_reporting(v.group(0), lex):
                        continue
                    sp = self.subject_before(sent, v.start(), v.group(0))
                    if sp is not None and sp.name and sp.span is not None and sp.span.end <= v.start():
                        return Speaker(sp.name, sp.entity, sp.span, cue)
                    break
            # (else as before: a name after the relative, "основната теза, според която Съединените щати …")
        if lex.code == "bg" and len(ws) > 1 and ws[0].group(0) == "него" and cue.lower() == "според" \
                and ws[1].group(0).islower():
            # "Фискалният съвет публикува становище по бюджета. Според него разходите …": the text a body issued in
            # the sentence just before, by its issuer (not the body that spoke last)
            sent = max([x.end() for x in _SENT_END.finditer(self.text, max(0, start - 300), start - len(cue))]
                       + [self.text.rfind("\n", 0, start) + 1])
            before = max([x.end() for x in _SENT_END.finditer(self.text, max(0, sent - 300), sent - 2)]
                         + [self.text.rfind("\n", 0, max(0, sent - 2)) + 1])
            issued = self._bg_issuer_before(sent, before)
            if issued is not None and before <= issued[0] < sent \
                    and _BG_ISSUED.match(self.text, issued[0]) is not None:
                return Speaker(issued[1].name, issued[1].entity, issued[1].span, cue)
        by = _BG_TEXT_READ_BY.match(self.text, ws[0].end()) if lex.code == "bg" and ws else None
        if by is not None and ws[0].group(0).islower():
            # "… се казва в мотивите, прочетени от председателя на състава съдия Мария Стоева": the one who read
            # or signed the text
            said = self.subject_after(by.end() - 1, right, cue)
            if said is not None and said.name:
                return said
        if lex.code == "pt" and cue.lower().split()[-1] in ("dele", "dela") and len(cue.split()) > 1:
            cue_pron = cue.lower().split()[-1][1:]  # "na avaliação dela": "ela"
            prev = self.previous_speaker(start, lex.pronouns.get(cue_pron, ""))
            return Speaker(prev.name, prev.entity, prev.span, cue) if prev else Speaker(None, None, None, cue)
        if set(cue.lower().split()) & _POSSESSIVES or cue.lower().split()[-1] in lex.pronouns:
            # "по его словам", "по думите ѝ", "segundo ele": the possessive tells the gender
            gender = "f" if set(cue.lower().split()) & _FEMININE_POSSESSIVES else ""
            if not gender and set(cue.lower().split()) & (_POSSESSIVES - _PLURAL_POSSESSIVES):
                gender = "m"
            if not (set(cue.lower().split()) & _POSSESSIVES):
                gender = lex.pronouns.get(cue.lower().split()[-1], "")
            if set(cue.lower().split()) & _THEIR:
                # "Эксперты «Циан» …: по их данным, …", "По техни данни …": many or a body, never one person; a name
                # in quote marks earlier in the sentence, else the last speaker when it is no person
                opening = max((m.end() for m in _SENT_END.finditer(self.text, 0, start)), default=0)
                inside = [m for m in QUOTED_NAME.finditer(self.text, opening, start)]
                if inside:
                    q = inside[-1]
                    lead = [w for w in words(self.text, opening, q.start(1)) if _is_cap(w.group(0))
                            and w.group(0).lower() not in _PREPOSITIONS][:1]
                    return self._named(lead[0].start() if lead else q.start(1), q.end(1) + (1 if lead else 0), cue)
                group = self._ru_plural_opener(opening) if lex.code == "ru" else None
                if group is not None:
                    return group  # "Аналитики ЦМАКП … оценили … . Пик, по их мнению, пройден"
                prev = self.previous_speaker(start)
                if prev is None or self._personal(prev):
                    return Speaker(None, None, None, cue)
                return Speaker(prev.name, prev.entity, prev.span, cue)
            prev = self.previous_speaker(start, gender)
            return Speaker(prev.name, prev.entity, prev.span, cue) if prev else Speaker(None, None, None, cue)
        holder = self._ru_role_holder(ws, right, cue) if lex.code == "ru" else None
        if holder is not None:
            return holder
        others = 0
        skip_to = -1
        named_in_marks = None
        body = None  # "по изчисления на асоциацията": a body named by a common noun, when no name follows
        title_seen = False
        title_m = None
        for k, m in enumerate(ws[:9]):
            if m.start() < skip_to:
                continue
            quoted = self.quoted_name(ws[k - 1].end(), right) if k else None
            if quoted is not None:  # "по мнению аналитика «Финама» Дмитрия Лепехина": the company in quote marks
                skip_to = quoted[1]
                named_in_marks = named_in_marks or quoted
                others += 1
                continue
            gap = self.text[max(ws[k - 1].end(), skip_to + 1):m.start()] if k else ""
            if k and re.search(r"[.!?;:,«»“”\"—–]", gap) and not (
                    gap.strip() == "." and self._abbreviation(ws[k - 1].group(0))) and not (
                    gap.strip() == "," and title_seen and _is_cap(m.group(0))
                    and not (lex.code == "ru" and not self._ru_apposition_closed(ws, k, right))):
                # ("Според проф. Стоян Пенев", "Segundo o diretor-geral da agência, Otávio Brandão,"; in Russian
                # only a name closed by a comma: "По мнению эксперта, МАГАТЭ должно …" opens the statement)
                break
            run = self.cap_run_starting(ws, k)
            if run is not None and lex.code == "bg" and title_seen and body is None and k >= 3 \
                    and ws[k - 1].group(0).lower() in ("в", "във") and others >= 1:
                break  # "По думите на управителя за нощта в училището в Минерални бани …": a place in the statement
            if run is not None and lex.code == "bg" and k == 2 and title_m is ws[0] and body is None \
                    and ws[0].group(0).lower().endswith(_BG_DEFINITE) \
                    and ws[1].group(0).lower() in ("през", "в", "във", "до", "към", "край", "около", "при", "из") \
                    and not re.search(r"\S", self.text[ws[0].end():ws[1].start()]):
                break  # "Според министърката през Босфора …": a bare title, then a place in the statement
            if run is not None and body is not None and ws[k - 1].group(0).lower() in _PLACE_PREPS:
                # "по изчисления на пчеларското дружество в Смолян": the body in a place, not the place
                start = next(w for w in ws if w.group(0).lower() not in _ARTICLES | _PREPOSITIONS
                             and w.group(0).lower() not in lex.source_nouns).start()
                span = Span(start=start, end=run[1], text=self.text[start:run[1]])
                sp = Speaker(span.text, None, span, cue)
                self.speakers.append((start, sp))
                return sp
            if run is not None:
                # (the short form of a short title is no title of the lexicon: "кмета")
                held = title_m or (ws[0] if k == 2 and ws[0].group(0).islower()
                                   and ws[0].group(0).lower().rstrip("а") in lex.titles else None)
                before = self._bg_titled_before(held.group(0), self.text[run[0]:run[1]], held.start()) \
                    if lex.code == "bg" and held is not None and k >= 2 and ws[k - 1].group(0) == "на" \
                    and len(self.text[run[0]:run[1]].split()) == 1 and k + 1 < len(ws) \
                    and ws[k + 1].group(0).islower() else None
                if before is None and lex.code == "bg" and held is not None and k >= 2 \
                        and ws[k - 1].group(0) == "на" and len(self.text[run[0]:run[1]].split()) == 1 \
                        and k + 1 < len(ws) and ws[k + 1].group(0).islower():
                    # "Председателят на агенцията Деница Славова … Според председателя на ДАНС …": the person named
                    # before with that title of a body told by its common noun
                    acronym = self.text[run[0]:run[1]]
                    before = self._bg_titled_before(held.group(0), "", held.start(), acronym) \
                        if acronym.isupper() and 2 <= len(acronym) <= 6 else None
                if before is not None:
                    # "По думите на кмета на Варна ремонтът …": the person named before with that title and place
                    return self._named(before[0], before[1], cue)
                if k >= 2 and ws[k - 1].group(0).lower() in _PREPOSITIONS and ws[0].group(0).islower() \
                        and k == 2 and ws[0].group(0) not in lex.source_nouns and not self.is_title(ws[0].group(0)) \
                        and ws[0].group(0) not in _ARTICLES and ws[0].group(0) not in _PREPOSITIONS:
                    # "Според експерти от БАН", "segundo fontes do Governo": the people of the body speak
                    return self._named(ws[0].start(), self._extend_name(ws, run), cue)
                person = self._apposed_person(ws, self._extend_name(ws, run)) if title_seen else None
                if person is not None:
                    # "Segundo o porta-voz do Kremlin, Dmitry Peskov, …": the person after the title's body
                    return self._named(person[0], person[1], cue)
                own = self._bg_source_before_subject(run)
                if own is not None:
                    return self._named(run[0], own, cue)
                by = _PT_RELEASED_BY.match(self.text, self._extend_name(ws, run), right) \
                    if lex.code == "pt" and any(x.group(0).lower() in lex.source_nouns for x in ws[:k]) else None
                j = next((i for i, x in enumerate(ws) if x.start() >= by.end()), None) if by is not None else None
                rel = self.cap_run_starting(ws, j) if j is not None else None
                if rel is not None:
                    # "segundo dados da Pesquisa Nacional … (Pnad) divulgados nesta sexta-feira pelo IBGE": the body
                    # that released the cited survey's figures
                    return self._named(rel[0], self._extend_name(ws, rel), cue)
                parts = self.text[run[0]:run[1]].split()
                if lex.code == "bg" and title_seen and k >= 2 and ws[k - 1].group(0) == "на" and len(parts) == 3 \
                        and (parts[0].isupper() or parts[0].endswith(_BG_COUNTRY_ENDINGS)) \
                        and not parts[1].isupper():
                    # "Според министъра на отбраната на Румъния Ион Попеску": the country of the title, then the name
                    # (which the entities layer may have joined to the country: the name as written, then)
                    sp = self._named(run[0] + len(parts[0]) + 1, run[1], cue)
                    if sp.name and parts[0] in sp.name:
                        sp = Speaker(sp.span.text, None, sp.span, cue)
                        self.speakers[-1] = (sp.span.start, sp)
                    return sp
                return self._named(run[0], self._extend_name(ws, run), cue)
            w = m.group(0).lower()
            if k == 0 and lex.code == "bg" and w in ("мен", "нас"):
                return Speaker(None, None, None, cue)  # "Според мен …" outside a quote: the writer, no one named
            if k == 0 and lex.code == "bg" and w == "тях":
                # "Според тях …": many or a body, never the one person named last
                data = self._bg_data_owner_before(m.start(), cue)
                if data is not None:
                    return data
                group = self._bg_plural_subject_before(m.start(), cue)
                if group is not None:
                    return group
                prev = self.previous_speaker(start)
                if prev is None or self._personal(prev):
                    return Speaker(None, None, None, cue)
                return Speaker(prev.name, prev.entity, prev.span, cue)
            if lex.code == "bg" and k >= 1 and (body is not None or title_seen) and w in lex.pronouns:
                break  # "Според дирекцията той е сред …": the pronoun after the source opens the statement, no source
            if w in lex.pronouns or k == 0 and w in _OBLIQUE:
                return self.by_pronoun(m.start(), cue, Span(start=m.start(), end=m.end(), text=m.group(0)))
            if w in lex.source_nouns and k <= 1 and all(x.group(0).lower() in _ARTICLES for x in ws[:k]) \
                    and (re.match(r"\s*,", self.text[m.end():m.end() + 3])
                         or lex.code in ("pt", "ru") and k == (1 if lex.code == "pt" else 0)
                         and re.match(r"\s*(?:[.;!?]|$)", self.text[m.end():m.end() + 3])):
                # (pt: also closing the sentence, "…, conforme o levantamento.")
                # "… anunciou o Ministério … Segundo a nota, o congelamento abrange …": a cited text with no author
                # of its own is that of the statement just before it
                by = re.match(r"\s*,\s+(?:feit|divulgad|realizad|publicad|elaborad|encomendad)[oa]s?\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:pel[oa]s?|por)\s+(?=[A-ZÀ-Ú])", self.text[m.end():right]) \
                    if lex.code == "pt" else None
                if by is not None:
                    # "Segundo o levantamento, feito pela Fundação Getulio Vargas (FGV), …": the body it is by
                    j = next((i for i, x in enumerate(ws) if x.start() >= m.end() + by.end()), None)
                    run = self.cap_run_starting(ws, j) if j is not None else None
                    if run is not None:
                        return self._named(run[0], self._extend_name(ws, run), cue)
                last = max(((p, sp) for p, sp in self.speakers if p < m.start() and sp.name), key=lambda c: c[0],
                           default=None)
                if re.match(r"\s*,", self.text[m.end():m.end() + 3]) is None and lex.code == "pt":
                    last = None  # ("…, de acordo com o relatório.": the cited text, not the last to speak)
                # (Russian: "…, сказано в статье.": the article of the one who spoke last, "The Economist заявил")
                ends = lex.code == "ru" and re.match(r"\s*,", self.text[m.end():m.end() + 3]) is None
                if last is not None and len(re.findall(r"\n\s*\S", self.text[last[0]:m.start()])) <= (0 if ends else 1):
                    return Speaker(last[1].name, last[1].entity, last[1].span, cue)  # (this paragraph or the last)
                if ends:
                    return None  # (Russian: "…, говорится в сообщении." with no one who spoke in this paragraph)
                return Speaker(w, None, Span(start=m.start(), end=m.end(), text=m.group(0)), cue)
            if w in lex.source_nouns and k + 1 < len(ws) and ws[k + 1].group(0).islower() \
                    and ws[k + 1].group(0) not in _PREPOSITIONS:
                by = self._source_by(ws, k + 1)
                if by is not None:  # "segundo levantamento divulgado nesta terça-feira pela Federação …": whose
                    return self._named(by[0], self._extend_name(ws, by), cue)
            if self._abbreviation(w) or w in lex.source_nouns:
                continue  # "segundo estimativas do sistema europeu Copernicus", "говорится в обзоре регулятора"
            if lex.code == "ru" and k == 0 and w == "агентства" and (k + 1 == len(ws) or re.match(
                    r"\s*[,.;:]", self.text[m.end():right])):
                # "МАГАТЭ … По данным агентства, …": the agency named before, by that noun ("Международного агентства
                # по атомной энергии", "агентство Bloomberg"); not any body
                agency = self._last_body(m.start(), w, strict=True)
                if agency is not None:
                    return Speaker(agency[0], agency[1], Span(start=m.start(), end=m.end(), text=w), cue)
            if m.group(0).islower() and w in lex.institution_nouns and body is None \
                    and not self._pt_not_a_body_noun(m) \
                    and not (lex.code == "bg" and k == 1 and title_m is ws[0] and ws[0].group(0).islower()
                             and self.text[ws[0].end():m.start()] == " "):
                # (not "Според кмета общината е отчела …": a bare title, then the statement's subject)
                body = m
            if self.is_title(w):
                title_seen = True
                title_m = title_m or m
            elif lex.code == "ru" and title_seen and m.group(0).islower() and lex.title_genitive_endings \
                    and w.endswith(lex.title_genitive_endings):
                continue  # "по словам главного врача областной детской больницы Ольги …": the title's body's words
            elif not (w in _ARTICLES or w in _PREPOSITIONS):
                others += 1
                if others > 2:
                    break
        if named_in_marks is not None:  # "как пишет газета «Ведомости»": the paper, without its marks
            return self._named(*named_in_marks, cue)
        if body is not None:
            return self._body(body, cue)
        if lex.code == "bg":
            for i in range(min(len(ws), 5) - 1):
                noun = ws[i + 1].group(0)
                if ws[i].group(0).islower() and ws[i].group(0).endswith(("ната", "ното", "ската", "ското")) \
                        and noun in lex.body_synonyms and self.text[ws[i].end():ws[i + 1].start()] == " ":
                    # "…, се казва в позиция на дипломатическата мисия": the embassy named just before (only a noun
                    # that points back at another: "по данни на унгарското министерство" names the body itself)
                    named = self._bg_named_before(ws[i].start(), lex.body_synonyms.get(noun, noun))
                    if named is not None:
                        span = Span(start=ws[i].start(), end=ws[i + 1].end(),
                                    text=self.text[ws[i].start():ws[i + 1].end()])
                        return Speaker(self.text[named[0]:named[1]], None, span, cue)
                    break
        cited = next((m for m in ws[:3] if m.group(0).lower() not in _ARTICLES), None)
        if lex.code == "pt" and cited is not None and cited.group(0).lower() in lex.source_nouns:
            # "Conforme o comunicado final da reunião, …", "segundo informações preliminares, …": the cited text with
            # its adjectives when no author is named, not an adjective alone ("dados das autoridades locais" keep
            # the body)
            cut = re.search(r"[,.;:!?]", self.text[cited.start():right])
            own = words(self.text, cited.start(), cited.start() + cut.start() if cut else right)
            k = 1
            while k < min(len(own), 4) and own[k].group(0).islower() and own[k].group(0) not in _PREPOSITIONS \
                    and own[k].group(0) not in _ARTICLES:
                k += 1
            if k > 1:
                span = Span(start=cited.start(), end=own[k - 1].end(), text=self.text[cited.start():own[k - 1].end()])
                return Speaker(span.text, None, span, cue)
        given = ws
        ws = [m for m in ws[:4] if m.group(0).lower() not in _ARTICLES and m.group(0).lower() not in _PREPOSITIONS
              and m.group(0).lower() not in lex.source_nouns][:3]
        if not ws:
            return None
        if lex.code == "bg" and ws[0] is not given[0] and given[given.index(ws[0]) - 1].group(0).lower() == "над" \
                and (ws[0].group(0)[0].isdigit() or ws[0].group(0).lower() in lex.count_numbers | lex.person_numbers):
            # "Според над 40 икономисти …": "над" counts the group, no preposition to drop
            ws = [given[given.index(ws[0]) - 1]] + ws[:2]
        t = next((w for w in ws if self.is_title(w.group(0))), None)
        if t is not None and t is ws[0]:
            return self.by_title(t.group(0), t.start(), cue, Span(start=t.start(), end=t.end(), text=t.group(0)))
        if lex.code == "bg" and t is not None and len(ws) > 1 and t is ws[1] and ws[0].group(0).islower() \
                and ws[0].group(0).endswith(("ния", "ия", "ата", "ото")) and self.text[ws[0].end():t.start()] == " ":
            # "По думите на генералния секретар": an adjective and the title, the person named before with it
            span = Span(start=ws[0].start(), end=t.end(), text=self.text[ws[0].start():t.end()])
            return self.by_title(span.text, ws[0].start(), cue, span)
        if lex.code == "ru" and t is not None and len(ws) > 1 and t is ws[1] and ws[0].group(0).islower() \
                and t.group(0).islower() and self.text[ws[0].end():t.start()] == " " and _ru_adjective(ws[0].group(0)) \
                and re.match(r"\s*,", self.text[t.end():right + 1]):
            # "По словам американского чиновника, …": an adjective and the title, the person named before with it
            said = self.by_title(t.group(0), t.start(), cue, Span(start=t.start(), end=t.end(), text=t.group(0)))
            if said is not None and said.name and self._ru_adjective_fits(ws[0].group(0), said):
                return said
            if ws[0].group(0).lower().endswith(("ского", "цкого")):
                # "Премьер-министр Венгрии Виктор Орбан … предложил президенту Украины Владимиру Зеленскому … По
                # мнению венгерского лидера": the last person of this paragraph or the one before whose introduction
                # names the adjective's country, not the last person named
                span = Span(start=ws[0].start(), end=t.end(), text=self.text[ws[0].start():t.end()])
                para = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, ws[0].start()))) + 1
                # (the mentions that start in those paragraphs only, by bisection, latest first)
                for x in range(bisect.bisect_left(self._mention_starts, ws[0].start()) - 1,
                               bisect.bisect_left(self._mention_starts, para) - 1, -1):
                    s_, t_, e = self.mentions[x]
                    if t_ <= ws[0].start() and e.type == "PERSON" and not self._in_quote(s_) \
                            and self._ru_adjective_fits(ws[0].group(0), Speaker(e.name, e.id, None, cue)):
                        return Speaker(e.name, e.id, span, cue)

        first = ws[0]
        if lex.code == "bg" and re.fullmatch(r"(?:19|20)\d\d", first.group(0)):
            return None  # "Според данни от 2023 г. …": when the data are from, no one named
        if lex.code == "bg" and first.group(0).lower() in lex.relatives:
            return None  # "…, според който пенсиите ще растат": according to what the clause points back at, no one
        if lex.code == "ru" and first.group(0).lower().startswith("котор"):
            return None  # "…, согласно которым командиры …": according to what the relative points back at, no one
        if lex.code == "ru" and all(_RU_MONTH_IN.fullmatch(part) for part in first.group(0).lower().split("-")):
            return None  # "Пик заболеваемости обычно отмечается в августе-сентябре": when, not who
        cut = re.search(r"[,.;:!?]", self.text[first.start():right])
        end = min(first.start() + (cut.start() if cut else right), ws[min(1, len(ws) - 1)].end())
        if lex.code == "ru" and len(ws) > 2 and end == ws[1].end() and ws[1].group(0).islower() \
                and ws[2].group(0).islower() \
                and any(p_.tag.POS == "ADJF" and "gent" in p_.tag for p_ in _morph().parse(ws[1].group(0))[:2]) \
                and self.text[ws[1].end():ws[2].start()] == " " \
                and (cut is None or ws[2].end() <= first.start() + cut.start()):
            end = ws[2].end()  # "По словам главаря киевского режима, …": the adjective's noun too
        elif lex.code == "ru" and len(ws) > 1 and end == ws[1].end() and ws[1].group(0).islower() \
                and _ru_adjective(ws[1].group(0)) and self.text[first.end():ws[1].start()] == " " \
                and not any("gent" in p_.tag for p_ in _morph().parse(ws[1].group(0))[:2]):
            end = first.end()  # "Согласно оценкам экспертов украинские войска …": the statement's subject opens
        if lex.code == "bg" and len(ws) > 1 and end == ws[1].end() \
                and ws[1].group(0).lower() in _BG_STATEMENT_OPENERS | set(lex.pronouns):
            end = first.end()  # "Според климатолозите това не са …": the statement opens with the demonstrative
        if lex.code == "bg" and len(ws) > 1 and end == ws[1].end() and first.group(0).islower() \
                and ws[1].group(0).islower() and first.group(0).endswith(_BG_DEFINITE) \
                and ws[1].group(0).endswith(_BG_DEFINITE) and self.text[first.end():ws[1].start()] == " ":
            # "По данни на пожарната огънят е обхванал …", "Според статистиката студеното време …": a noun phrase
            # bears the article once, on its first word; a second word with its own opens the statement
            end = first.end()
        if first.group(0).lower() in lex.quantifiers or first.group(0)[0].isdigit():
            # "segundo mais de duas centenas de cientistas": the counted group up to its noun, not "mais de duas"
            group = words(self.text, first.start(), first.start() + (cut.start() if cut else right - first.start()))
            end = group[min(len(group), 7) - 1].end()
            if lex.code == "bg":
                end = self._bg_counted_group(group, end)
        elif lex.code == "bg" and first.group(0).lower() in {w for p in lex.count_phrases for w in p.split()}:
            # "Според най-малко петима експерти …": the counted group up to its noun, not "най-малко петима"
            group = words(self.text, first.start(), first.start() + (cut.start() if cut else right - first.start()))
            end = self._bg_counted_group(group, end)
        span = Span(start=first.start(), end=end, text=self.text[first.start():end])
        return Speaker(span.text, None, span, cue)

    def _bg_counted_group(self, group: list[re.Match], end: int) -> int:
        """Bulgarian: the end of a counted group opening a source phrase ("над 40 икономисти", "най-малко петима
        експерти", "повече от 200 учени"): the counting words and the number, then one noun; ``end`` if none."""
        lex = self.lex
        counting = {w for p in lex.count_phrases for w in p.split()} | set(lex.quantifiers) | {"от"}
        k = 0
        while k < len(group) and (group[k].group(0).lower() in counting or group[k].group(0)[0].isdigit()
                                  or group[k].group(0).lower() in lex.count_numbers | lex.person_numbers
                                  | lex.number_words):
            k += 1
        if 0 < k < len(group) and group[k].group(0).islower():
            return group[k].end()
        return end

    def _place_after(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` (a body noun's genitive complement) is a place the entities layer found."""
        ent = self.entity_over(start + 1, end) if end > start + 1 else None
        return ent is not None and ent.type in ("GPE", "LOC")

    def _ru_role_holder(self, ws: list[re.Match], right: int, cue: str) -> Speaker | None:
        """"По словам представителя Кремля, …" with no name after it: the one person the article introduced before
        in a spokesman's role of that body ("пресс-секретарь президента Дмитрий Песков"; lexicon SPOKES_ROLES,
        ROLE_BODY_ALIASES), else None."""
        lex = self.lex
        if len(ws) < 2 or not ws[0].group(0).islower() or not _is_cap(ws[1].group(0)) \
                or self.text[ws[0].end():ws[1].start()] != " " \
                or _ru_singular_lemma(ws[0].group(0)) not in lex.spokes_roles \
                or not re.match(r"\s*[,.;:]", self.text[ws[1].end():right + 1]):
            return None
        span = Span(start=ws[0].start(), end=ws[1].end(), text=self.text[ws[0].start():ws[1].end()])
        return self._ru_spokesman(ws[1].group(0), 0, ws[0].start(), span, cue)

    def _ru_spokesman(self, body_word: str, lo: int, hi: int, span: Span, cue: str) -> Speaker | None:
        """The one person named between ``lo`` and ``hi`` in a spokesman's role of the body ``body_word`` names
        ("пресс-секретарь президента Дмитрий Песков" for "Кремля", "Кремле"), else None."""
        lex = self.lex
        body = _ru_lemma(body_word.lower())
        aliases = set(lex.role_body_aliases.get(body, (body,)))
        holders = {}
        for s_, t, e in self.mentions:
            if t > hi or s_ < lo or e.type != "PERSON":
                continue
            lead = words(self.text, max(0, s_ - 60), s_)
            lead = [w for w in lead if not re.search(r"[.!?;:»“”]", self.text[w.end():s_])][-5:]
            roles = [i for i, w in enumerate(lead) if _ru_singular_lemma(w.group(0).lower()) in lex.spokes_roles]
            if roles and any(_ru_lemma(w.group(0).lower()) in aliases for w in lead[roles[0] + 1:]):
                holders[e.id] = e
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return Speaker(e.name, e.id, span, cue)

    def _ru_apposition_closed(self, ws: list[re.Match], k: int, right: int) -> bool:
        """A name after a title's comma is its apposition only when a comma closes it ("По словам пресс-секретаря,
        Дмитрия Пескова, …"); "По мнению эксперта, МАГАТЭ должно …" is the statement."""
        run = self.cap_run_starting(ws, k)
        if run is None:
            return False
        return bool(re.match(r"\s*,", self.text[run[1]:right]))

    def _acronym_expansion(self, run: tuple[int, int]) -> tuple[int, int]:
        """An acronym in brackets after the name it stands for (``A Confederação da Agricultura e Pecuária do
        Brasil (CNA) divulgou``): the name and the acronym, ``e``/``и`` joining its capitalised parts."""
        text = self.text
        if not (run[0] > 1 and text[run[0] - 1] == "(" and text[run[1]:run[1] + 1] == ")"):
            return run
        ws = words(text, max(0, run[0] - 160), run[0] - 1)
        start = None
        before_em = None  # where the name started before an "em" was crossed
        i = len(ws) - 1
        while i >= 0:
            r = self.cap_run_ending(ws, i)
            if r is None:
                break
            start = r[0]
            i = next(j for j, m in enumerate(ws) if m.start() == r[0]) - 1
            if i >= 1 and ws[i].group(0) in ("e", "и") and _is_cap(ws[i - 1].group(0)):
                i -= 1
                continue
            if self.lex.code == "pt" and before_em is None and i >= 1 and ws[i].group(0) == "em" \
                    and _is_cap(ws[i - 1].group(0)):
                # "Federação de Sindicatos de Trabalhadores … em Instituições de Ensino Superior … (Fasubra)": a
                # body's name that holds "em", kept only when it opens with a body's head word (round 31)
                before_em = start
                i -= 1
                continue
            break
        if before_em is not None and start is not None:
            start = max(start, text.rfind("\n", 0, run[0]) + 1)  # (not a title line before the paragraph)
            lead = [w for w in text[start:run[0]].split() if w.lower() not in _ARTICLES]
            if not lead or lead[0].lower() not in self.lex.org_heads:
                start = before_em
            elif text[start:start + 2] in ("A ", "O "):
                start += 2  # (the article opening the sentence is no part of the name)
        if self.lex.code == "bg" and start is not None and text[max(0, start - 2):start] == " „":
            # "Държавен фонд „Земеделие“ (ДФЗ) съобщи": the body's noun (and a capitalised word before it) that
            # the name in quote marks belongs to
            noun = re.search(r"(?:^|[\s(])((?:[А-Я][а-я]+ )?([А-Яа-я][а-я]+)) „$", text[max(0, start - 60):start])
            if noun is not None and noun.group(2).lower() in _BG_BODY_NOUNS:
                start = max(0, start - 60) + noun.start(1)
        return run if start is None else (start, run[1] + 1)

    def _extend_name(self, ws: list[re.Match], run: tuple[int, int]) -> int:
        """As ``_extend_name_on``; Bulgarian: a body's noun ending the name runs on over its name in quote marks
        ("Държавна агенция „Национална сигурност“")."""
        end = self._extend_name_on(ws, run)
        if self.lex.code == "bg" and self.text[run[0]:end].split()[-1].lower() in _BG_BODY_NOUNS \
                and self.text[end:end + 1] == " ":
            quoted = self.quoted_name(end + 1, len(self.text))
            if quoted is not None:
                return quoted[1] + 1
            acronym = re.match(r" на ([А-Я]{2,6})\b", self.text[end:end + 12])
            if acronym is not None:  # "Областната дирекция на МВР": whose branch it is, by its acronym
                return end + acronym.end(1)
        return end

    def _extend_name_on(self, ws: list[re.Match], run: tuple[int, int]) -> int:
        """An organisation named by a capitalised adjective runs on to its noun: ``Международного
        энергетического агентства``, ``Националния статистически институт``; a Bulgarian institution runs on
        over its genitive: ``Министерството на финансите``."""
        end = run[1]
        last = self.text[run[0]:run[1]].split()[-1].lower()
        if self.lex.code == "bg" and len(self.text[run[0]:run[1]].split()) == 1 and last.endswith(("та", "то")) \
                and last[:-2] in _BG_BODY_NOUNS:
            i = next(i for i, m in enumerate(ws) if m.end() == run[1]) + 1
            if i + 1 < len(ws) and ws[i].group(0) == "на" and self.text[run[1]:ws[i + 1].start()] == " на " \
                    and _is_cap(ws[i + 1].group(0)):
                # "Мисията на Международния валутен фонд", "Посолството на Русия": whose body it is, by its name
                of = self.cap_run_starting(ws, i + 1)
                if of is not None:
                    return self._extend_name_on(ws, of)
        if self.lex.code == "bg" and len(last) > 6 and last.endswith(("ството", "ията", "ата", "ът", "ото")):
            i = next(i for i, m in enumerate(ws) if m.end() == run[1]) + 1
            if i + 1 < len(ws) and ws[i].group(0) == "на" and ws[i + 1].group(0).islower() \
                    and ws[i + 1].group(0).endswith(("те", "та", "то")) \
                    and self.text[run[1]:ws[i + 1].start()].strip() == "на":
                return self._bg_adjective_genitive(ws, i + 1)
            if last.startswith("министерств") and i + 1 < len(ws) and ws[i].group(0) == "на" \
                    and ws[i + 1].group(0).islower() and ws[i + 1].group(0).endswith(("да", "ма")) \
                    and len(ws[i + 1].group(0)) > 4 and self.text[run[1]:ws[i + 1].start()].strip() == "на":
                # "Министерството на труда и социалната политика", "Министерството на туризма": a ministry's field
                # in the short definite form, and a second field after "и"
                end = ws[i + 1].end()
                if i + 3 < len(ws) and self.text[end:ws[i + 3].start()] == " и " and ws[i + 3].group(0).islower():
                    end = max(end, self._bg_adjective_genitive(ws, i + 3)) \
                        if ws[i + 3].group(0).endswith(("ната", "ното", "ните", "ската", "ското", "ските")) else end
                return end
        if self.lex.code == "bg" and len(last) > 4 and last.endswith(("ето", "ъра", "ята", "ът", "ият", "а")) \
                and not last.endswith(sum(self.lex.surname_endings.values(), ())):
            # "Сдружението на търговските вериги", "Центъра за градска мобилност"
            i = next(i for i, m in enumerate(ws) if m.end() == run[1]) + 1
            out = self._bg_genitive(ws, i, end)
            if out > end:
                return out
        def bg_adj(w: str) -> bool:  # "народна", "национално": a Bulgarian adjective ("Българската народна банка")
            # (and the short masculine form, "Електроенергийния системен оператор")
            return self.lex.code == "bg" and len(w) > 5 and w.endswith(("на", "но", "ни", "ен"))
        if self.lex.code == "bg" and (len(last) == 5 and last.endswith("на") or len(last) > 6 and last.endswith(
                ("ова", "ево", "ово", "ева"))) and run[1] < len(self.text) \
                and re.match(r" (\w+)", self.text[run[1]:run[1] + 20]) is not None \
                and re.match(r" (\w+)", self.text[run[1]:run[1] + 20]).group(1) in _BG_BODY_NOUNS:
            # "Пътна полиция", "Горска служба": a short adjective before a body's noun (and a possessive adjective,
            # never a surname before a lower-case body's noun: "Басейнова дирекция „Дунавски район“")
            return run[1] + 1 + len(re.match(r" (\w+)", self.text[run[1]:run[1] + 20]).group(1))
        def ru_adj(w: str) -> bool:  # "Северо-Восточном территориальном": a Russian adjective in any case
            return self.lex.code == "ru" and w.endswith(("ом", "ем", "ым", "им")) and _ru_adjective(w)
        if not last.endswith(_ADJ_ENDINGS) and not bg_adj(last) and not ru_adj(last):
            return end
        i = next(i for i, m in enumerate(ws) if m.end() == run[1]) + 1
        while i < len(ws) and self.text[ws[i - 1].end():ws[i].start()].strip() == "":
            w = ws[i].group(0)
            if w[:1].isupper() or w.lower() in _PREPOSITIONS or is_reporting(w, self.lex) \
                    or w.lower() in self.lex.complementizers:
                break
            if self.lex.code == "bg" and w == "и":
                # "Българската петролна и газова асоциация": a second adjective after "и", then the body's noun;
                # else the name ends before "и" (never on it)
                if i + 2 < len(ws) and self.text[ws[i].end():ws[i + 1].start()] == " " \
                        and self.text[ws[i + 1].end():ws[i + 2].start()] == " " and ws[i + 1].group(0).islower() \
                        and ws[i + 1].group(0).endswith(("на", "но", "ни", "ска", "ско", "ски", "ова", "ево", "ева",
                                                          "ово")) \
                        and (ws[i + 2].group(0).lower() in _BG_BODY_NOUNS or ws[i + 2].group(0).lower().endswith(
                            ("на", "ска", "ова", "ева"))):
                    end = ws[i + 1].end()
                    i += 2
                    continue
                break
            end = ws[i].end()
            if not w.lower().endswith(_ADJ_ENDINGS) and not bg_adj(w.lower()) and not ru_adj(w.lower()):
                if self.lex.code == "bg" and w.lower() in _BG_BODY_NOUNS:
                    i += 1  # "Европейската служба за външна дейност": the genitive after the body's noun follows
                break
            if self.lex.code == "bg" and w.lower() in _BG_BODY_NOUNS:
                i += 1  # "Морската администрация": the body's noun ends the name ("-ия" is no adjective here), not
                break  # "… администрация риболовните кораби"
            i += 1
        if self.lex.code == "bg" and i < len(ws) and end > run[1]:
            end = self._bg_genitive(ws, i, end)
        if self.lex.code == "ru" and end > run[1]:
            nxt = next((m for m in ws if m.start() >= end), None)
            ent = self.entity_over(nxt.start(), nxt.end()) if nxt is not None else None
            if nxt is not None and self.text[end:nxt.start()] == " " and _is_cap(nxt.group(0)) \
                    and ent is not None and ent.type == "ORG" and not is_reporting(nxt.group(0), self.lex):
                end = nxt.end()  # "в Северо-Восточном территориальном управлении Росрыболовства": whose body it is
        return end

    def _bg_adjective_body(self, ws: list[re.Match], i: int, right: int) -> tuple[int, int] | None:
        """Bulgarian: a body named by lower-case words, a definite adjective, maybe more adjectives, and its noun
        ("областната администрация", "регионалната здравна инспекция", "местната власт"), that ends the phrase
        at ``right`` (only punctuation after it): its span."""
        j = i
        while j < len(ws) and ws[j].group(0).islower() and (
                ws[j].group(0).endswith(("ната", "ното", "ните", "ската", "ското", "ските", "овата", "овото",
                                         "овите")) if j == i
                else ws[j].group(0).endswith(("на", "но", "ни", "ска", "ско", "ски"))) \
                and self.text[ws[j - 1].end() if j > i else ws[i].start():ws[j].start()].strip() == "":
            j += 1
        if j == i or j >= len(ws) or self.text[ws[j - 1].end():ws[j].start()] != " ":
            return None
        noun = ws[j].group(0)
        if noun not in _BG_BODY_NOUNS:
            return None  # ("съобщиха от вчерашната среща": a meeting, no body)
        end = self._bg_genitive(ws, j + 1, ws[j].end())
        if re.search(r"\w", self.text[end:right]):
            return None
        return ws[i].start(), end

    def _bg_adjective_genitive(self, ws: list[re.Match], i: int) -> int:
        """A Bulgarian genitive that opens with a definite adjective runs on to its noun and an "и" with another
        definite noun: "Министерството на [околната] среда и водите", "на труда и социалната политика"."""
        end = ws[i].end()
        if not ws[i].group(0).endswith(("ната", "ното", "ните", "ската", "ското", "ските")):
            return end
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        w = nxt.group(0) if nxt is not None else ""
        if nxt is None or self.text[end:nxt.start()] != " " or not w.islower() or len(w) <= 3 \
                or w.endswith(("та", "те", "то", "ът", "ят")) or w in self.lex.not_names | {"вече", "още", "днес"} \
                or is_reporting(w, self.lex) or w in self.lex.complementizers or w in _PREPOSITIONS:
            return end
        end = nxt.end()
        if i + 3 < len(ws) and ws[i + 2].group(0) == "и" and self.text[end:ws[i + 3].start()] == " и " \
                and ws[i + 3].group(0).islower() and ws[i + 3].group(0).endswith(("те", "та", "то")) \
                and not is_reporting(ws[i + 3].group(0), self.lex):
            end = ws[i + 3].end()
        return end

    def _bg_genitive(self, ws: list[re.Match], i: int, end: int) -> int:
        """A Bulgarian body's name runs on over its complement: ``Националната асоциация на
        зърнопроизводителите``, ``Центъра за градска мобилност`` (на/за/по and up to three lower-case words, not a
        reporting verb)."""
        if i + 1 >= len(ws) or ws[i].group(0) not in ("на", "за", "по") \
                or self.text[end:ws[i].start()].strip() != "":
            return end
        out = end
        rest = ws[i + 1:i + 4]
        if any(m.group(0) == "и" for m in rest[1:]):
            rest = ws[i + 1:i + 5]  # "Комисията за енергийно и водно регулиране": two adjectives joined by "и"
        for j, m in enumerate(rest):
            w = m.group(0)
            if w == "на" and j and j + 1 < len(rest) and rest[j + 1].group(0).islower() \
                    and rest[j + 1].group(0).endswith(("та", "те", "то")) \
                    and self.text[out:rest[j + 1].start()].strip() == "на":
                out = rest[j + 1].end()  # "Центъра за изследване на демокрацията": one more genitive
                break
            if w == "на" and j and j + 1 < len(rest) and rest[j + 1].group(0).islower() \
                    and self.text[out:rest[j + 1].start()].strip() == "на" \
                    and re.match(r" \([А-ЯA-Z]{2,8}\)", self.text[rest[j + 1].end():rest[j + 1].end() + 11]):
                out = rest[j + 1].end()  # "… институт за изследване на мира (СИПРИ)": the acronym closes the name
                break
            if w == "в" and j and j + 1 < len(rest) and rest[j + 1].group(0).islower() \
                    and rest[j + 1].group(0).endswith(("ето", "ото")) and len(rest[j + 1].group(0)) > 6 \
                    and self.text[out:rest[j + 1].start()].strip() == "в":
                out = rest[j + 1].end()  # "Националната служба за съвети в земеделието": the field it serves
                break
            if self.text[out if out > end else ws[i].end():m.start()].strip() != "" or not w.islower() \
                    or w in _PREPOSITIONS or is_reporting(w, self.lex) or w in self.lex.complementizers:
                break
            if j and w != "и" and not rest[j - 1].group(0).endswith(_BG_ADJECTIVE) and rest[j - 1].group(0) != "и":
                break  # "Агенцията по обществени поръчки [средният брой …]": the complement ends with its noun
            out = m.end()
        return out

    def hindi_before(self, left: int, pos: int, cue: str) -> Speaker | None:
        """The Hindi phrase before ``pos`` (ने or के अनुसार): up to three words back, stopping at a
        postposition, punctuation or the clause start; titles alone resolve to an earlier person."""
        first = cue.split()[0]
        if first in self.lex.pronouns:  # "उनके मुताबिक": the pronoun is the phrase's own first word
            return self.by_pronoun(pos, cue, Span(start=pos, end=pos + len(first), text=first))
        sp = self._hindi_phrase(left, pos, cue)
        if sp is None:
            return None
        if sp.span is not None and sp.span.text.split()[0] == "शामिल":
            # "फ़िक्की के एक सर्वे में शामिल 62 प्रतिशत कंपनियों ने कहा": those in the body's survey, with the body
            m = _HI_IN_SURVEY.search(self.text, max(left, sp.span.start - 80), sp.span.start)
            if m is not None:
                span = Span(start=m.start(1), end=sp.span.end, text=self.text[m.start(1):sp.span.end])
                return Speaker(span.text, None, span, cue)
        ws_ = sp.span.text.split() if sp.span is not None else []
        if ws_ and ws_[-1] in _HI_SOURCE_NOUNS:
            # "वाणिज्य मंत्रालय के आंकड़ों के मुताबिक": the source is whose data or report it is
            prev = words(self.text, max(left, sp.span.start - 16), sp.span.start)
            if len(prev) >= 2 and prev[-1].group(0) == "एक":
                prev = prev[:-1]  # "रिजर्व बैंक की एक रिपोर्ट के अनुसार": one of the body's reports
            if prev and prev[-1].group(0) in ("के", "की", "का"):
                inner = self._hindi_phrase(left, prev[-1].start(), cue)
                if inner is not None and re.fullmatch(r"(?:(?:साल|वर्ष|सन)\s+)?\d{4}", inner.span.text):
                    # "यूनिवर्सिटी की साल 2012 की एक रिपोर्ट": the year of the report, the body before it
                    more = words(self.text, max(left, inner.span.start - 8), inner.span.start)
                    inner = self._hindi_phrase(left, more[-1].start(), cue) \
                        if more and more[-1].group(0) in ("के", "की", "का") else None
                if inner is not None:
                    sp = inner
            if sp.span.text.split()[-1] in _HI_SOURCE_NOUNS:
                owner = self._hi_source_owner(left, sp, cue)
                if owner is not None:
                    sp = owner
                elif all(w in _HI_DATA_NOUNS or w in _HI_SOURCE_MODIFIERS for w in sp.span.text.split()):
                    return None  # "आंकड़ों के मुताबिक, …" with no body's data named: the article's own figures
        if sp.span is not None and sp.span.text.split()[-1] in _HI_BENCHES:
            prev = words(self.text, max(left, sp.span.start - 16), sp.span.start)
            if len(sp.span.text.split()) == 1 and prev and prev[-1].group(0) in ("की", "के"):
                judge = self.hindi_before(left, prev[-1].start(), cue)
                if judge is not None and judge.name and judge.span is not None:
                    before = words(self.text, max(left, judge.span.start - 40), judge.span.start)
                    while before and before[-1].group(0) in self.all_titles:
                        before = before[:-1]  # ("और न्यायमूर्ति रेणु …": the second judge's title)
                    if before and before[-1].group(0) == "और":
                        first = self.hindi_before(left, before[-1].start(), cue)
                        if first is not None and first.name and first.span is not None:
                            # "न्यायमूर्ति X और न्यायमूर्ति Y की खंडपीठ ने": both judges, the bench speaks
                            span = Span(start=first.span.start, end=sp.span.end,
                                        text=self.text[first.span.start:sp.span.end])
                            return Speaker(span.text, None, span, cue)
                    return judge  # "न्यायमूर्ति X की पीठ ने कहा": the judge whose bench it is
        if sp.span is not None and len(sp.span.text.split()) == 1 and sp.span.text in _HI_BODY_PEOPLE | _HI_BODY_TITLES:
            prev = words(self.text, max(left, sp.span.start - 16), sp.span.start)
            if len(prev) >= 2 and prev[-1].group(0) == "एक":
                prev = prev[:-1]  # "नेफेड के एक अधिकारी ने": one of the body's people
            said = self.by_title(sp.span.text, sp.span.start, cue, sp.span, only_named=True) \
                if sp.span.text in _HI_BODY_TITLES else None
            last = max(((p_, x) for p_, x in self.speakers if p_ < sp.span.start and x.name), default=None,
                       key=lambda c: c[0])
            if said is not None and last is not None and last[1].name != said.name \
                    and last[1].name.split()[-1] == sp.span.text and not (prev and prev[-1].group(0) in ("के", "की")):
                # (Hindi round 19: "विदेश मंत्रालय के प्रवक्ता ने कहा …। प्रवक्ता ने यह भी बताया": the unnamed
                # spokesman who spoke last, not one of another body named before him)
                return Speaker(last[1].name, last[1].entity, sp.span, cue)
            if said is not None and prev and prev[-1].group(0) in ("के", "की"):
                body = self._hindi_phrase(left, prev[-1].start(), cue)
                intro = self.text.find(said.name.split()[-1]) if said.name else -1
                if body is not None and intro >= 0 and body.span.text not in self.text[max(0, intro - 80):intro]:
                    said = None  # (Hindi round 19: "विदेश मंत्रालय के प्रवक्ता ने" is not "क्रेमलिन के प्रवक्ता X")
            if said is not None:
                return said  # "… के प्रवक्ता रणधीर जायसवाल … प्रवक्ता ने": the spokesman named before
            if sp.span.text == "अधिकारी" and not (prev and prev[-1].group(0) in ("के", "की", "का", "एक")):
                e = self._hi_titled_just_before(sp.span.start)
                if e is not None:  # "वित्त सचिव अजय मेहता ने इनकार किया। '…,' अधिकारी ने कहा": the officer just named
                    return Speaker(e.name, e.entity, sp.span, cue)
            if prev and prev[-1].group(0) in ("के", "की", "का"):
                inner = self._hindi_phrase(left, prev[-1].start(), cue)
                if inner is not None:
                    return self._named(inner.span.start, sp.span.end, cue)
        if sp.span is not None and len(sp.span.text.split()) == 1 and sp.span.text in self.lex.body_anaphors:
            named = self._hindi_body(sp.span.text, sp.span.start)  # "संघ का कहना है": the union named before
            if named is not None:
                return self._named(*named, cue)
        if sp.span is not None and sp.span.text in _hi.TITLE_ABBREVIATIONS:
            e = self._hi_person_after(_hi.TITLE_ABBREVIATIONS[sp.span.text], sp.span.start)
            if e is not None:  # "मुख्य चिकित्सा अधिकारी डॉ. X ने …। सीएमओ के मुताबिक": the officer the short title stands for
                return Speaker(e.name, e.entity, sp.span, cue)
        if sp.span is not None:
            words_ = sp.span.text.split()
            if words_[-1] in self.lex.pronouns:
                return self.by_pronoun(sp.span.start, cue, sp.span)
            if len(words_) >= 2 and words_[-1] in self.all_titles and any(w in _hi.TITLE_MODIFIERS for w in words_) \
                    and all(w in self.all_titles or w in _hi.TITLE_MODIFIERS for w in words_):
                # "यूक्रेनी राष्ट्रपति का कहना है", "भाजपा विधायक ने": a bare title; with a demonym, the holder
                # introduced with that country ("यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की")
                country = next((_hi.TITLE_MODIFIERS[w] for w in words_ if _hi.TITLE_MODIFIERS.get(w)), "")
                e = self._hi_person_after(words_[-1], sp.span.start, country) if country else None
                if e is not None:
                    return Speaker(e.name, e.entity, sp.span, cue)
                return self.by_title(words_[-1], sp.span.start, cue, sp.span)
            if all(w in self.all_titles for w in words_) and len(words_[-1]) > 3:
                # ("पूर्व राष्ट्रपति ने": the one introduced with the whole title, "अमेरिका के पूर्व राष्ट्रपति डोनाल्ड
                # ट्रंप", before the last "राष्ट्रपति" named)
                e = (self._hi_person_after(sp.span.text, sp.span.start) if len(words_) > 1 else None) \
                    or self._hi_person_after(words_[-1], sp.span.start)
                if e is not None:  # "… के निदेशक डॉ. सुशील प्रकाश ने …। निदेशक ने कहा": the last one with that title
                    return Speaker(e.name, e.entity, sp.span, cue)
            if all(w in self.all_titles for w in words_):
                return self.by_title(words_[-1], sp.span.start, cue, sp.span)
            if len(words_) >= 2 and words_[-1] in self.all_titles and len(words_[-1]) > 3 \
                    and self.entity_over(sp.span.start, sp.span.end) is None:
                e = self._hi_person_after(sp.span.text, sp.span.start)
                if e is not None:  # "राजस्व सचिव अरविंद श्रीवास्तव ने …। '…,' राजस्व सचिव ने जोड़ा": the one so introduced
                    return Speaker(e.name, e.entity, sp.span, cue)
            names = [w for w in words_ if w not in self.all_titles]
            last_title = max((i for i, w in enumerate(words_[:-1]) if w in self.all_titles), default=None)
            if last_title is not None:
                names = words_[last_title + 1:]  # "सेना प्रमुख वी के सिंह": the name after the last title word
            if words_[-1] in _HI_INSTITUTIONS:
                names = words_  # "रक्षा मंत्रालय", "विदेश मंत्रालय": an institution, not a title before a name
            start = sp.span.start + sp.span.text.index(names[0])
            return self._named(start, sp.span.end, cue)
        return sp

    def _hi_source_owner(self, left: int, sp: Speaker, cue: str) -> Speaker | None:
        """Whose data or report a source noun with no "X के" right before it is: "X की ओर से (सोमवार को) जारी
        आंकड़ों के मुताबिक" (the body before की ओर से/द्वारा in the clause); a bare "आंकड़ों के अनुसार" (nothing but the
        noun) is the owner of the same noun named last before it, within a few sentences."""
        start = sp.span.start
        clause = max((m.end() for m in re.finditer(r"[,.;:!?।'\"“”‘’\n]", self.text[left:start])), default=0) + left
        by = list(re.finditer(r"(?<![\u0900-\u097F])(?:की\s+ओर\s+से|द्वारा)(?![\u0900-\u097F])",
                              self.text[clause:start]))
        if by and len(self.text[clause + by[-1].end():start].split()) <= 6:
            inner = self._hindi_phrase(clause, clause + by[-1].start(), cue)
            if inner is not None and inner.span.text.split()[-1] not in _HI_SOURCE_NOUNS:
                return inner
            return None
        ws_ = sp.span.text.split()
        if not all(w in _HI_SOURCE_NOUNS or w in _HI_SOURCE_MODIFIERS for w in ws_) \
                or getattr(self, "_hi_owner_search", False):
            return None  # (one step back only: the earlier noun's own owner, never a chain of bare nouns)
        noun = ws_[-1]
        same = "|".join(re.escape(n) for n in sorted(_HI_SOURCE_NOUNS, key=len, reverse=True) if n[:3] == noun[:3])
        lo = max(0, start - 600)
        hits = [m for m in re.finditer(r"(?<![\u0900-\u097F])(?:" + same + r")(?![\u0900-\u097F])",
                                       self.text[lo:start])
                if not self._in_quote(lo + m.start())]
        for m in reversed(hits):
            end = lo + m.end()
            sent = max((x.end() for x in re.finditer(r"[.!?।\n]", self.text[lo:lo + m.start()])), default=0) + lo
            self._hi_owner_search = True
            try:
                earlier = self.hindi_before(sent, end, cue)
            finally:
                self._hi_owner_search = False
            if earlier is not None and earlier.span is not None \
                    and earlier.span.text.split()[-1] not in _HI_SOURCE_NOUNS and earlier.name:
                return earlier
        return None

    def _hi_candidates(self) -> list[tuple]:
        """The speakers found so far and the agents of "X ने" that the Hindi look-back reads (``_hi_people_before``),
        as (start, 0 for a speaker or -1 for an agent, minus its index in its list, end, speaker, the speaker with the
        entity of a person over its span or None), sorted: read from the end, the order of a stable sort by start,
        latest first, of the speakers then the agents. Kept per article and extended by the entries appended since the
        last call, each read once (entity_over on each speaker and agent on every look-back made a paragraph of
        thousands of bare titles quadratic, review of stop 38's shapes); read again from the start when a list was
        rewritten or replaced."""
        keys = self._hi_named_keys
        for group, log in ((0, self.speakers), (-1, self.agents)):
            seen = self._hi_named_seen[-group]
            if seen is None or seen[0] is not log or seen[1] != log.rewrites or seen[2] > len(log):
                if seen is not None:
                    keys[:] = [k for k in keys if k[1] != group]
                    self._hi_named_changes += 1
                seen = (log, log.rewrites, 0)
            for i in range(seen[2], len(log)):
                sp = log[i][1]
                if sp.span is None or not sp.name or all(w in self.all_titles for w in sp.name.split()) \
                        or all(w in self.all_titles for w in sp.span.text.split()):
                    continue  # (a bare "सचिव", or a title resolved before)
                got = self._hi_resolved.get(id(sp))
                if got is None or got[0] is not sp:
                    ent = self.entity_over(sp.span.start, sp.span.end) if sp.entity is None else None
                    # "पीएम मोदी ने": the names layer's "नरेंद्र मोदी"
                    got = self._hi_resolved[id(sp)] = (sp, Speaker(ent.name, ent.id, sp.span, sp.cue)
                                                       if ent is not None and self._a_person(ent) else None)
                bisect.insort(keys, (sp.span.start, group, -i, sp.span.end, sp, got[1]))
                self._hi_named_changes += 1
            self._hi_named_seen[-group] = (log, log.rewrites, len(log))
        return keys

    def _hi_people_before(self, pos: int, never: dict[int, int] | None = None):
        """People named before ``pos``, the nearest first: person mentions, speakers found so far and the agents of
        "X ने" (the tagger misses some names: "निदेशक डॉ. सुशील प्रकाश ने"), as (start, speaker, the mention's index or
        None). The order of a stable sort by start of the mentions, then the speakers and agents; the mentions are
        read lazily from ``pos`` back, skipping those ``never`` jumps over (``_skip_back``), and so are the speakers
        and agents (``_hi_candidates``, kept per article): a look-back that reads few reads few (the whole list was
        built and sorted on every call, review of stop 38's shapes). The speakers and agents must not change while it
        is read."""
        keys = self._hi_candidates()
        changes = self._hi_named_changes
        q = bisect.bisect_left(keys, (pos + 1,))  # (those that start after ``pos`` end after it)

        def next_named() -> tuple | None:
            nonlocal q
            if self._hi_named_changes != changes:
                raise RuntimeError("the speakers or agents changed during a Hindi look-back")
            while q > 0:
                q -= 1
                if keys[q][3] <= pos:
                    s_, _, _, _, sp, resolved = keys[q]
                    # (a fresh speaker per answer, as when the list was built per call)
                    return s_, sp if resolved is None else Speaker(resolved.name, resolved.entity, sp.span, sp.cue)
            return None

        named = next_named()
        never = {} if never is None else never
        i = bisect.bisect_right(self._mention_starts, pos) - 1
        group: list[int] = []  # the next mentions, of one start, in text order
        while True:
            if not group:
                start = None
                while True:
                    i = _skip_back(never, i)
                    if i < 0:
                        break
                    s_, t, e = self.mentions[i]
                    if start is not None and s_ != start:
                        break
                    if not self._a_person(e):
                        never[i] = i - 1
                    elif t <= pos:
                        start = s_
                        group.append(i)
                    i -= 1
                group.reverse()
            if group and (named is None or self.mentions[group[0]][0] >= named[0]):
                j = group.pop(0)
                s_, t, e = self.mentions[j]
                yield s_, Speaker(e.name, e.id, Span(start=s_, end=t, text=self.text[s_:t]), ""), j
            elif named is not None:
                yield named[0], named[1], None
                named = next_named()
            else:
                return

    def _hi_person_after(self, title: str, pos: int, also: str = "") -> Speaker | None:
        """The last person before ``pos`` introduced right after ``title`` (and ``also``, a country, in the same
        phrase): "यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की", "मुख्य चिकित्सा अधिकारी डॉ. अनिल श्रीवास्तव". A mention
        that is no such person (it reads the text alone) is skipped on the next look-backs with the same title."""
        rx = re.compile(r"(?<![\u0900-\u097F])" + _hi_nukta_free(title) + r"(?![\u0900-\u097F])")
        never = self.__dict__.setdefault("_hi_title_never", {}).setdefault((title, also), {})
        for s_, sp, j in self._hi_people_before(pos, never):
            # (the title may open the phrase itself: "चिकित्सा अधिकारी डॉ. अनिल श्रीवास्तव")
            lead = _hi_abbrev_dots(self.text[max(0, s_ - 60):sp.span.end], self.lex)
            at = max((m.start() for m in rx.finditer(lead)), default=-1)
            between = lead[at + len(title):len(lead) - len(sp.span.text)].split()
            # (the name's own full stops are no sentence end: "विदेश मंत्री एस. जयशंकर")
            if at < 0 or re.search(r"[.!?:;,।'\"“”‘’\n]", lead[at:len(lead) - len(sp.span.text)]) \
                    or len(lead[at:].split()) > 5 + len(sp.span.text.split()) \
                    or any(w in _HI_STOP for w in between) \
                    or also and also not in lead:
                # ("पीएम ने पुतिन से …": the title's holder is the subject, not the name after ने)
                if j is not None:
                    never[j] = j - 1
                continue
            return sp
        return None

    def _hi_titled_just_before(self, pos: int) -> Speaker | None:
        """The person named in this sentence or the one before, in the same paragraph, with a title before the
        name ("वित्त सचिव अजय मेहता ने …"): whom a bare "अधिकारी" that follows stands for."""
        para = self.text.rfind("\n", 0, pos) + 1
        for s_, sp, _ in self._hi_people_before(pos):
            if s_ < para or len(re.findall(r"[.!?।](?:\s|$)", _hi_abbrev_dots(self.text[s_:pos], self.lex))) > 1:
                return None
            lead = _hi_abbrev_dots(self.text[max(para, s_ - 40):s_], self.lex)
            lead = re.split(r"[.!?।,'\"“”‘’]", lead)[-1]
            if any(w in self.lex.titles and len(w) > 3 for w in lead.split()[-4:]):
                return sp
            return None
        return None

    def _hindi_body(self, noun: str, pos: int) -> tuple[int, int] | None:
        """The body a bare Hindi noun ("संघ", "संगठन") points back at: its last mention before ``pos``, as the name
        in apposition after it ("पर्यावरण संगठन वाइल्डलाइफ प्रोटेक्शन सोसाइटी ने") or the words before it that
        name it ("बेरोजगार युवा संघ के अध्यक्ष")."""
        rx = re.compile(r"(?<![\u0900-\u097F])" + re.escape(noun) + r"(?![\u0900-\u097F])")
        hits = [m for m in rx.finditer(self.text[:pos])
                if not self._in_quote(m.start())]
        if not hits:
            return None
        h = hits[-1]
        after = words(self.text, h.end(), min(pos, h.end() + 80))[:5]
        stop = next((i for i, m in enumerate(after) if m.group(0) in _HI_STOP), None)
        if stop and not re.search(r"[,.;:!?।'\"“”‘’]", self.text[h.end():after[stop].start()]):
            return after[0].start(), after[stop - 1].end()
        before = self._hindi_phrase(max(0, h.start() - 80), h.end(), "")
        if before is not None and len(before.span.text.split()) >= 2:
            return before.span.start, before.span.end
        return None

    def _after_titles(self, sp: Speaker) -> Speaker:
        """A Hindi phrase without the titles before its name ("पार्क के निदेशक अमित बरुआ" -> "अमित बरुआ")."""
        ws_ = list(re.finditer(r"\S+", sp.span.text))
        last = max((i for i, m in enumerate(ws_[:-1]) if m.group(0) in self.all_titles), default=None)
        if last is None:
            return sp
        start = sp.span.start + ws_[last + 1].start()
        span = Span(start=start, end=sp.span.end, text=self.text[start:sp.span.end])
        return Speaker(span.text, sp.entity, span, sp.cue)

    def _hindi_phrase(self, left: int, pos: int, cue: str) -> Speaker | None:
        # a bracket between the name and its cue: a description is not the speaker ("व्हाइट हाउस (अमेरिका के
        # राष्ट्रपति का आधिकारिक आवास) ने कहा": the quote marks around the name go too), a short name or acronym
        # belongs to it ("स्टॉकहोम … इंस्टीट्यूट (सिपरी) ने", "जो बाइडेन (Joe Biden) ने")
        before, gloss_end = self.text[left:pos].rstrip(), None
        if before.endswith(")"):
            o = before.rfind("(")
            inner = before[o + 1:-1].split()
            if o > 0 and inner and not re.search(r"[\n।]", before[o:]):
                if len(inner) <= 3 and not any(w in _HI_STOP for w in inner):
                    gloss_end = left + len(before)
                before = before[:o].rstrip()
                pos = left + len(before) - (before[-1:] in ("’", "”", "'", '"'))
        ws = words(self.text, left, pos)
        picked = []
        for i in range(len(ws) - 1, max(-1, len(ws) - 9), -1):
            m = ws[i]
            w = m.group(0)
            gap = self.text[m.end():(picked[-1].start() if picked else pos)]
            if re.search(r"[,.;:!?।'\"“”‘’\n]", gap) and not (gap.strip() == "." and "\n" not in gap
                                                             and INITIAL.fullmatch(w) and w not in _HI_STOP
                                                             and w not in _HI_SHORT_VERBS):
                break  # (the full stop of an initial: "एस. के. दुबे"; not a sentence's "है." before a line break)
            if w in _HI_STOP and not (picked and i and INITIAL.fullmatch(ws[i - 1].group(0))
                                      and ws[i - 1].group(0) not in _HI_STOP
                                      and ws[i - 1].group(0) not in _HI_SHORT_VERBS):
                break  # (but "वी के सिंह": के between initials is one)
            picked.append(m)
            if len(picked) == 5 and not any(p.group(0) in _HI_NAME_LINKS for p in picked[:-1]) \
                    or len(picked) == 7:  # "सेंटर फॉर मॉनिटरिंग इंडियन इकोनॉमी के अनुसार"
                break  # (Hindi round 19: up to seven words in an English name joined by "फ़ॉर द", "ऑफ़": "कील
                # इंस्टीट्यूट फ़ॉर द वर्ल्ड इकोनॉमी")
        if not picked:
            return None
        picked.reverse()
        # titles in front of a name are dropped (विदेश मंत्री सर्गेई लावरोव -> सर्गेई लावरोव) by hindi_before
        a, b = picked[0].start(), gloss_end or picked[-1].end()
        span = Span(start=a, end=b, text=self.text[a:b])
        return Speaker(span.text, None, span, cue)


def _hi_nukta_free(word: str) -> str:
    """A pattern for a Hindi word written with or without its nukta ("ज़िलाधिकारी" for "जिलाधिकारी")."""
    bare = unicodedata.normalize("NFD", word).replace("\u093c", "")
    return "".join(f"(?:{ch}\u093c?|{_HI_NUKTA_FORMS[ch]})" if ch in _HI_NUKTA_FORMS
                   else re.escape(ch) + "\u093c?" if "\u0915" <= ch <= "\u092f" else re.escape(ch) for ch in bare)


#: consonants and their precomposed nukta letters (U+0958-U+095F)
_HI_NUKTA_FORMS = dict(zip("कखगजडढफय", "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f"))


#: nouns after a name that make it a place or an institution ("जवाहरलाल नेहरू विश्वविद्यालय", "इंदिरा गांधी स्टेडियम")
_HI_PLACE_NOUNS = frozenset("""
विश्वविद्यालय यूनिवर्सिटी अस्पताल संस्थान कॉलेज महाविद्यालय स्टेडियम हवाई अड्डे अड्डा एयरपोर्ट मार्ग नगर पार्क योजना
स्टेशन भवन सेतु पुल बांध जिले ज़िले जिला ज़िला राज्य शहर गांव इलाके क्षेत्र प्रदेश अभियान मिशन पुरस्कार
""".split())


#: the English words that join an institution's name written in Hindi ("सेंटर फ़ॉर …", "स्कूल ऑफ़ …")
_HI_NAME_LINKS = frozenset("फ़ॉर फॉर ऑफ़ ऑफ द एंड".split())


#: a sentence opening with a source phrase and its comma ("उनके मुताबिक़, …", "पुलिस के अनुसार, …")
_HI_SOURCE_OPENING = re.compile(r"\s*[^.!?।,\n]{0,60}?(?<![\u0900-\u097F])(?:मुताबिक़?|अनुसार),")


# "<title> <given name> <surname> <word>" (Hindi round 19): a titled name and the word after it
_HI_TITLED_NAME = re.compile(r"(?<![\u0900-\u097F])([\u0900-\u097F]+\.?)(?=\s+([\u0900-\u097F]+)\s+([\u0900-\u097F]+)"
                             r"\s+([\u0900-\u097F]+))")
#: a judge's bench ("न्यायमूर्ति X की पीठ ने"): the judge speaks
_HI_BENCHES = frozenset("पीठ खंडपीठ बेंच".split())


#: Hindi title words that are also adjectives or nouns of places ("प्रमुख शहर", "पूर्व दिल्ली", "विदेश नीति")
_HI_ADJECTIVE_TITLES = frozenset("पूर्व प्रमुख विदेश रक्षा अतिरिक्त कार्यकारी प्रधान श्री".split())


def _hi_abbrev_dots(text: str, lex: Lexicon) -> str:
    """``text`` without the full stops of abbreviations ("डॉ.", "प्रो."), which end no sentence."""
    for a in lex.abbreviations:
        text = re.sub(r"(?<![\u0900-\u097F])" + re.escape(a) + r"\.", a + " ", text)
    return text


def find_phrase(text: str, phrase: str, start: int, end: int, not_after: frozenset[str] = frozenset()) -> list[int]:
    """Positions of ``phrase`` (case-insensitive, whole words) in ``text[start:end]``; a one-word phrase right
    after a word of ``not_after`` is left out ("durante o segundo dia": "segundo" as "second", no source)."""
    rx = _phrase_rx(phrase)
    out = []
    for m in rx.finditer(text, start, end):
        if not_after and " " not in phrase:
            prev = words(text, max(0, m.start() - 12), m.start())
            if prev and prev[-1].end() >= m.start() - 1 and prev[-1].group(0).lower() in not_after:
                continue
        out.append(m.start())
    return out


@lru_cache(maxsize=256)
def _phrase_rx(phrase: str) -> re.Pattern:
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    return re.compile(r"(?<![\w\u0900-\u097F])" + body + r"(?![\w\u0900-\u097F])", re.IGNORECASE)


__all__ = ["INITIAL", "QUOTED_NAME", "RU_DATIVE", "Resolver", "Speaker", "find_phrase", "is_infinitive",
           "is_object_verb",
           "is_reporting", "words"]
