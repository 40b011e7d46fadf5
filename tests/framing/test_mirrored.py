"""Mirrored pairs: the same event told from opposite sides must cast the entities the two tellings flip.

Each pair is two short articles written for this test (war and climate), the second one telling the first
one's event from the other side. For every entity named in ``flips`` the two casts must give it different
main roles: the role follows what the article says about the entity, not what the name usually is.

The seed verb lexicon of model 2.1 (``narrascope/models/stance.py``) was written while looking at these pairs,
so they show that the mechanism works end to end, not how well it generalises: that is the cross-validation
in the model card.
"""
import pytest

from narrascope import read_text

PAIRS = {
    "strike": (
        """Russian missiles hit Odesa

Russia launched missiles at Odesa on Tuesday night, destroying apartment blocks and killing eleven civilians.
Russia has repeatedly attacked civilian infrastructure and lied that it only hits military targets.
Ukraine defended the city: Ukrainian air defence shot down most of the drones and rescuers saved dozens of
families from the ruins.
""",
        """Kyiv regime shells Donetsk

Ukraine fired rockets at Donetsk on Tuesday night, destroying apartment blocks and killing eleven civilians.
Ukraine has repeatedly attacked civilian infrastructure and lied that it only hits military targets.
Russia defended the city: Russian air defence shot down most of the rockets and rescuers saved dozens of
families from the ruins.
""",
        ("Russia", "Ukraine"),
    ),
    "leaders": (
        """Zelensky rallies his nation while Putin threatens Europe

Volodymyr Zelensky visited the front line and thanked the soldiers who protect their homes. Zelensky
helped evacuate children from the shelled villages. Vladimir Putin ordered new strikes on power stations and
threatened Europe with nuclear weapons. Putin lied to the world about the war he started.
""",
        """Putin seeks peace while Zelensky drags Europe into war

Vladimir Putin met mediators and offered talks to end the fighting. Putin helped evacuate children from the
shelled villages. Volodymyr Zelensky ordered new strikes on border towns and threatened Europe with a wider
war. Zelensky lied to the world about the war he prolonged.
""",
        ("Volodymyr Zelensky", "Vladimir Putin"),
    ),
    "alliance": (
        """NATO protects its eastern members

NATO sent air defence systems to Poland to protect civilians from Russian drones. NATO defended the
alliance's borders and helped refugees. Russia attacked Ukrainian cities and threatened its neighbours.
""",
        """NATO provokes a new arms race

NATO sent missiles to Poland and provoked Russia. NATO attacked the peace talks and threatened its
neighbours with war. Russia defended its borders and helped refugees from the front.
""",
        ("NATO", "Russia"),
    ),
    "activists": (
        """Climate activists save a forest

Greenpeace volunteers protected the old forest from loggers and planted thousands of trees. Greenpeace
defended the rights of local farmers. The timber company Nordwood destroyed the river valley and lied about
its emissions.
""",
        """Eco-extremists sabotage a sawmill

Greenpeace activists attacked the sawmill, destroyed machines and lied about the company's emissions.
Greenpeace threatened the workers. The timber company Nordwood protected the jobs of local farmers and
planted thousands of trees.
""",
        ("Greenpeace", "Nordwood"),
    ),
    "oil": (
        """Oil giant hid the truth about warming

ExxonMobil lied for decades about the climate crisis and funded campaigns that deceived the public.
Scientists at Columbia University warned the world and defended the evidence against attacks.
""",
        """Academics smear an energy company

Columbia University lied about the energy industry and funded campaigns that deceived the public.
Engineers at ExxonMobil warned the world and defended the evidence against attacks.
""",
        ("ExxonMobil", "Columbia University"),
    ),
    "summit": (
        """Island nations fight for survival at the summit

The Maldives warned that rising seas will drown its islands and fought for a fund to protect poor
countries. The European Union blocked the deal and broke its promises to the victims of floods.
""",
        """Brussels saves the climate summit

The European Union rescued the deal and protected poor countries with a new fund. The Maldives blocked the
agreement, broke its promises and threatened to walk out of the summit.
""",
        ("European Union", "Maldives"),
    ),
}


def unwrap(text: str) -> str:
    """The article as a news file holds it: title line, blank line, each paragraph on one line.

    The texts above are wrapped to fit the source; the pipeline ends a sentence at every line break (news
    paragraphs are lines, ``narrascope/analysers/spacy_parse.py``), so a wrapped line would cut a sentence.
    """
    return "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")) + "\n"


def _main_roles(pipeline, text: str) -> dict[str, str | None]:
    a = pipeline(read_text(unwrap(text)))
    return {e.name: (e.role.main_role if e.role else None) for e in a.entities}


def _role_of(roles: dict[str, str | None], name: str) -> str | None:
    for n, r in roles.items():
        if n == name or name in n or n in name:
            return r
    raise AssertionError(f"entity {name!r} not found among {sorted(roles)}")


# Model 2.1 flips all six pairs: the article's evidence (who harms, who helps, who is harmed) outweighs the name
# prior where the article says what the entity does. "summit" passes since branch en-its38: the Maldives of the
# first telling is owed the harm done to "its islands" (a possessive pronoun read back to the subject) and "fought
# for a fund to protect poor countries" (a verb the parser put under "will drown", given back to "warned"). A pair
# listed here is a strict xfail: the day it passes, its entry must be removed.
_FAILING: dict[str, str] = {}


@pytest.mark.parametrize("pair", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=_FAILING[p]))
                                  if p in _FAILING else p for p in sorted(PAIRS)])
def test_flipped_framing_flips_the_main_role(pipeline, pair):
    first, second, flips = PAIRS[pair]
    one, two = _main_roles(pipeline, first), _main_roles(pipeline, second)
    for name in flips:
        r1, r2 = _role_of(one, name), _role_of(two, name)
        assert r1 is not None and r2 is not None, f"{pair}: {name} is not framed ({r1} / {r2})"
        assert r1 != r2, f"{pair}: {name} is {r1} in both tellings"


def _shown_roles(pipeline, text: str) -> dict[str, str | None]:
    a = pipeline(read_text(unwrap(text)))
    return {e.name: (e.role.main_role if e.role is not None and e.role.shown else None) for e in a.entities}


def test_shown_roles_never_keep_the_same_side_in_mirrored_tellings(pipeline):
    """What the cast shows (evidence-backed roles) reads the article, not the name: an entity whose role is
    shown in both tellings of a pair has two different roles, and the flipped entities are shown in at least
    one telling (English heroes are not shown by default, MODEL_CARD.md, so mostly the villain's side)."""
    shown_once = 0
    for pair, (first, second, flips) in sorted(PAIRS.items()):
        one, two = _shown_roles(pipeline, first), _shown_roles(pipeline, second)
        for name in flips:
            r1, r2 = _role_of(one, name), _role_of(two, name)
            shown_once += (r1 is not None) or (r2 is not None)
            if r1 is not None and r2 is not None:
                assert r1 != r2, f"{pair}: {name} is shown as {r1} in both tellings"
    assert shown_once >= 6, shown_once


#: Mirrored pairs in the languages without a parse (written for this test): the cast reads the language's
#: words around each name (``cast_evidence.lexical_evidence``). (pair, language) -> (first, second, the
#: aggressor of the first telling, the aggressor of the second).
LEXICAL_PAIRS = {
    ("strike", "ru"): (
        """Ракетный удар по Одессе

Россия обстреляла Одессу ночью во вторник, погибли одиннадцать мирных жителей. Россия снова атаковала жилые
кварталы и солгала, что бьет только по военным целям. Украина защищала город, украинские спасатели вытаскивали
людей из-под завалов.
""",
        """Ракетный удар по Донецку

Украина обстреляла Донецк ночью во вторник, погибли одиннадцать мирных жителей. Украина снова атаковала жилые
кварталы и солгала, что бьет только по военным целям. Россия защищала город, российские спасатели вытаскивали
людей из-под завалов.
""",
        ("Russia", "Ukraine"),
    ),
    # (branch ru-cast48: read only by the Russian items of that branch: "со стороны", the doer of "удары", a passive
    # participle, a relative clause, "стала спасителем"; before them the first telling showed Russia as a hero)
    ("shelling", "ru"): (
        """Удары по Харькову

Обстрелы со стороны России не прекращаются: ночью Харьков снова был обстрелян, среди пострадавших оказались
дети. Удары России по жилым кварталам продолжаются. Россия, которая обстреливает город каждую ночь, называет
свои удары ответными. Украина стала спасителем для тысяч беженцев, украинские медики спасли раненых.
""",
        """Удары по Донецку

Обстрелы со стороны Украины не прекращаются: ночью Донецк снова был обстрелян, среди пострадавших оказались
дети. Удары Украины по жилым кварталам продолжаются. Украина, которая обстреливает город каждую ночь, называет
свои удары ответными. Россия стала спасителем для тысяч беженцев, российские медики спасли раненых.
""",
        ("Russia", "Ukraine"),
    ),
    # (branch ru-cast49: decided by that branch's Russian items: subjects joined by "и", a strike on civilians,
    # injuries received, peace refused and sought, humanitarian help given; before them the first telling showed
    # Russia, who shelled the city, as a hero)
    ("civilians", "ru"): (
        """Удары по мирным поселкам

Белоруссия и Россия обстреляли жилые кварталы Харькова. Россия нанесла удар по мирному поселку под Сумами, двое
жителей получили ранения. Россия отказывается от любых переговоров. Украина оказала гуманитарную помощь
пострадавшим и призвала прекратить огонь.
""",
        """Удары по мирным поселкам

Молдавия и Украина обстреляли жилые кварталы Белгорода. Украина нанесла удар по мирному поселку под Курском, двое
жителей получили ранения. Украина отказывается от всяких переговоров. Россия оказала гуманитарную помощь
пострадавшим и призвала прекратить огонь.
""",
        ("Russia", "Ukraine"),
    ),
    ("strike", "pt"): (
        """Mísseis russos atingem Odessa

A Rússia bombardeou Odessa na noite de terça-feira e matou onze civis. A Rússia voltou a atacar bairros
residenciais e mentiu sobre os alvos. A Ucrânia defendeu a cidade e os socorristas ucranianos resgataram
dezenas de famílias dos escombros.
""",
        """Foguetes ucranianos atingem Donetsk

A Ucrânia bombardeou Donetsk na noite de terça-feira e matou onze civis. A Ucrânia voltou a atacar bairros
residenciais e mentiu sobre os alvos. A Rússia defendeu a cidade e os socorristas russos resgataram dezenas
de famílias dos escombros.
""",
        ("Russia", "Ukraine"),
    ),
    ("strike", "bg"): (
        """Ракетен удар по Одеса

Русия обстреля Одеса във вторник вечерта и уби единадесет цивилни. Русия отново атакува жилищни квартали и
излъга, че удря само военни цели. Украйна защити града, а украинските спасители извадиха десетки семейства
изпод руините.
""",
        """Ракетен удар по Донецк

Украйна обстреля Донецк във вторник вечерта и уби единадесет цивилни. Украйна отново атакува жилищни квартали
и излъга, че удря само военни цели. Русия защити града, а руските спасители извадиха десетки семейства изпод
руините.
""",
        ("Russia", "Ukraine"),
    ),
    # decided by the words of branch bg-cast48: harm that goes on, the passive and its agent, a verb of judging,
    # the passive suffered and what a name is called after a copula
    ("port", "bg"): (
        """Нова нощ на удари по пристанището

Русия продължава да обстрелва зърнените складове на Одеса. Пристанището беше разрушено от Русия. ЕС осъди
Русия за нападението. Украйна беше нападната отново тази нощ, но Украйна е защитник на свободното
корабоплаване.
""",
        """Нова нощ на удари по пристанището

Украйна продължава да обстрелва зърнените складове на Новоросийск. Пристанището беше разрушено от Украйна.
Унгария осъди Украйна за нападението. Русия беше нападната отново тази нощ, но Русия е защитник на свободното
корабоплаване.
""",
        ("Russia", "Ukraine"),
    ),
    # decided by the words of branch bg-cast49: a deed of a name aimed at another, the guilt a name owns, war waged
    # on a name, humanitarian aid given and peace sought
    ("aid", "bg"): (
        """Зима без ток

Плановете на Русия срещу Украйна са ясни. Опозицията говори за вината на Русия за кризата. Русия води информационна
война срещу Украйна. Украйна изпрати хуманитарна помощ на бежанците. Украйна призова за примирие.
""",
        """Зима без ток

Плановете на Украйна срещу Русия са ясни. Опозицията говори за вината на Украйна за кризата. Украйна води
информационна война срещу Русия. Русия изпрати хуманитарна помощ на бежанците. Русия призова за примирие.
""",
        ("Russia", "Ukraine"),
    ),
    # (branch pt-cast48: read only by the whole word forms: "tem bombardeado", "foi atacada pela", "continua a
    # bombardear", "acusou … de", "está pronta para negociar", "procura negociações")
    ("siege", "pt"): (
        """Noite de bombardeamentos em Kharkiv

A Rússia tem bombardeado Kharkiv todas as noites desde segunda-feira, e a cidade foi atacada pela Rússia com
mísseis e drones. A Rússia continua a bombardear bairros residenciais. A Ucrânia está pronta para negociar um
cessar-fogo e procura negociações com a mediação da Turquia. A ONU acusou a Rússia de violar o direito
internacional.
""",
        """Noite de bombardeamentos em Belgorod

A Ucrânia tem bombardeado Belgorod todas as noites desde segunda-feira, e a cidade foi atacada pela Ucrânia com
mísseis e drones. A Ucrânia continua a bombardear bairros residenciais. A Rússia está pronta para negociar um
cessar-fogo e procura negociações com a mediação da Turquia. A ONU acusou a Ucrânia de violar o direito
internacional.
""",
        ("Russia", "Ukraine"),
    ),
    ("strike", "hi"): (
        """ओडेसा पर मिसाइल हमला

रूस ने मंगलवार रात ओडेसा पर हमला किया और ग्यारह नागरिकों की मौत हो गई। रूस ने फिर से रिहायशी इलाकों पर
बमबारी की। यूक्रेन ने शहर की रक्षा की और यूक्रेनी बचावकर्मियों ने मलबे से दर्जनों परिवारों को निकाला।
""",
        """दोनेत्स्क पर रॉकेट हमला

यूक्रेन ने मंगलवार रात दोनेत्स्क पर हमला किया और ग्यारह नागरिकों की मौत हो गई। यूक्रेन ने फिर से रिहायशी
इलाकों पर बमबारी की। रूस ने शहर की रक्षा की और रूसी बचावकर्मियों ने मलबे से दर्जनों परिवारों को निकाला।
""",
        ("Russia", "Ukraine"),
    ),
    # (branch hi-cast48) targeting, missiles fired, the doer before द्वारा, peace sought and praise: words the
    # Hindi evidence reads only from then (before, the second telling showed Ukraine, who shelled Donetsk, as a victim)
    ("occupation", "hi"): (
        """खेरसॉन पर गोलीबारी

रूस ने खेरसॉन के रिहायशी इलाकों को निशाना बनाया और रात भर मिसाइलें दागीं। रूस द्वारा कब्जा किए गए गांवों में
निर्दोष नागरिक मारे गए। यूक्रेन हमेशा शांति के पक्ष में रहा है और कई देशों ने यूक्रेन की सराहना की।
""",
        """दोनेत्स्क पर गोलीबारी

यूक्रेन ने दोनेत्स्क के रिहायशी इलाकों को निशाना बनाया और रात भर मिसाइलें दागीं। यूक्रेन द्वारा कब्जा किए गए
गांवों में निर्दोष नागरिक मारे गए। रूस हमेशा शांति के पक्ष में रहा है और कई देशों ने रूस की सराहना की।
""",
        ("Russia", "Ukraine"),
    ),
}


@pytest.mark.parametrize("pair", sorted(LEXICAL_PAIRS), ids=lambda p: "-".join(p))
def test_lexical_cast_reads_the_article_not_the_name(pipeline, pair):
    """Without a parse, a shown role still follows what the article says: the entity the telling says shelled
    the city is never shown as a hero or a victim, the one it says defended the city is never shown as a
    villain, and no entity is shown on the same side in both tellings."""
    first, second, (bad1, bad2) = LEXICAL_PAIRS[pair]
    one, two = _shown_roles(pipeline, first), _shown_roles(pipeline, second)
    for roles, bad, good in ((one, bad1, bad2), (two, bad2, bad1)):
        assert _role_of(roles, bad) in (None, "Antagonist"), (pair, roles)
        assert _role_of(roles, good) != "Antagonist", (pair, roles)
    for name in (bad1, bad2):
        r1, r2 = _role_of(one, name), _role_of(two, name)
        assert r1 is None or r2 is None or r1 != r2, (pair, name, r1, r2)
    assert sum(r is not None for r in (*one.values(), *two.values())) >= 2, (pair, one, two)
