"""Reports of mutual blame in the languages read without a parse (branch mutual43): when the title or lead tells two
sides blaming each other, the article makes neither charge its own, so a villain item in someone's words or a charge
one side makes is dropped and no role is shown by the model's score alone; the same charge in an article that makes
it its own stays. One short article per language, each pair written for these tests (a Kakhovka dam struck)."""
import pytest

from narrascope.models.cast_evidence import mutual_blame
from tests.framing.lexical_items import reader

_RU_MUTUAL = (
    "Москва и Киев обвинили друг друга в обстреле Каховской ГЭС\n"
    "date 2025-05-10\n"
    "\n"
    "Россия и Украина в субботу обвинили друг друга в обстреле плотины Каховской ГЭС. Независимо "
    "проверить заявления сторон не удалось.\n"
    "\n"
    "Министерство обороны России заявило, что плотина повреждена по вине ВСУ. «Украина обстреляла "
    "плотину ракетами HIMARS», — сказал представитель ведомства Игорь Конашенков. Украинский "
    "Генштаб ответил, что Россия сама обстреляла плотину."
)
_RU_OWN = (
    "ВСУ обстреляли плотину Каховской ГЭС\n"
    "date 2025-05-10\n"
    "\n"
    "Украина в субботу обстреляла плотину Каховской ГЭС ракетами HIMARS. Плотина повреждена по вине "
    "ВСУ, вода из водохранилища затопила прибрежные сёла.\n"
    "\n"
    "Жители эвакуированы, двое погибли. Украина обстреляла плотину уже в третий раз за месяц."
)
_PT_MUTUAL = (
    "Rússia e Ucrânia acusam-se mutuamente pelo ataque a barragem\n"
    "date 2025-05-10\n"
    "\n"
    "Rússia e Ucrânia acusaram-se mutuamente pelo ataque à barragem de Kakhovka no sábado. Nenhuma "
    "das versões pôde ser verificada de forma independente.\n"
    "\n"
    "O Ministério da Defesa russo acusou a Ucrânia de bombardear a barragem com mísseis. \"A Ucrânia "
    "bombardeou a barragem de forma deliberada\", disse o porta-voz Igor Konashenkov. Kiev acusou a "
    "Rússia de destruir a barragem para travar a contraofensiva."
)
_PT_OWN = (
    "Ucrânia bombardeia barragem de Kakhovka\n"
    "date 2025-05-10\n"
    "\n"
    "A Ucrânia bombardeou no sábado a barragem de Kakhovka com mísseis e inundou as aldeias da "
    "margem do rio. O Governo acusou a Ucrânia de destruir a barragem de forma deliberada.\n"
    "\n"
    "Dois moradores morreram e centenas foram retirados das suas casas. A Ucrânia bombardeou a "
    "barragem pela terceira vez este mês."
)
_BG_MUTUAL = (
    "Русия и Украйна се обвиниха взаимно за удара по язовирната стена\n"
    "date 2025-05-10\n"
    "\n"
    "Русия и Украйна си размениха в събота обвинения за удара по стената на Каховския язовир. Нито "
    "една от версиите не може да бъде проверена независимо.\n"
    "\n"
    "Министерството на отбраната на Русия обвини Украйна за удара. „Украйна обстреля стената с "
    "ракети“, каза говорителят Игор Конашенков. Киев заяви, че Русия е взривила стената, за да спре "
    "настъплението."
)
_BG_OWN = (
    "Украйна обстреля стената на Каховския язовир\n"
    "date 2025-05-10\n"
    "\n"
    "Украйна обстреля в събота стената на Каховския язовир с ракети и наводни крайбрежните села. "
    "Правителството обвини Украйна за удара.\n"
    "\n"
    "Двама жители загинаха, стотици бяха евакуирани. Украйна обстреля стената за трети път този месец."
)
_HI_MUTUAL = (
    "बांध पर हमला, रूस और यूक्रेन ने एक-दूसरे पर आरोप लगाए\n"
    "date 2025-05-10\n"
    "\n"
    "काखोव्का बांध पर शनिवार को हुए हमले के लिए रूस और यूक्रेन ने एक-दूसरे को दोषी ठहराया है। किसी "
    "भी दावे की स्वतंत्र पुष्टि नहीं हो सकी है।\n"
    "\n"
    "यूक्रेन के विदेश मंत्रालय ने इस हमले के लिए रूस को दोषी ठहराया। प्रवक्ता हेओरही तिखी ने कहा, "
    "\"रूस ने मिसाइलों से बांध पर हमला किया।\" मॉस्को ने कहा कि यूक्रेन ने खुद बांध को उड़ाया।"
)
_HI_OWN = (
    "रूस ने काखोव्का बांध पर हमला किया\n"
    "date 2025-05-10\n"
    "\n"
    "रूस ने शनिवार को मिसाइलों से काखोव्का बांध पर हमला किया और नदी किनारे के गाँव डूब गए। संयुक्त "
    "राष्ट्र ने इस हमले के लिए रूस को दोषी ठहराया।\n"
    "\n"
    "दो लोगों की मौत हो गई और सैकड़ों लोगों को निकाला गया। रूस ने इस महीने तीसरी बार बांध पर हमला किया।"
)

#: language -> (the article of mutual blame, the article that makes the charge its own, the accused, its charge)
_PAIRS = {
    "ru": (_RU_MUTUAL, _RU_OWN, "ВСУ", "blamed “по вине”"),
    "pt": (_PT_MUTUAL, _PT_OWN, "Ucrânia", "blamed “acusou”"),
    "bg": (_BG_MUTUAL, _BG_OWN, "Украйна", "blamed “обвини”"),
    "hi": (_HI_MUTUAL, _HI_OWN, "रूस", "blamed “दोषी”"),
}


@pytest.mark.parametrize("lang", sorted(_PAIRS))
def test_a_charge_in_a_report_of_mutual_blame_is_one_sides(lang):
    """The charge ("по вине ВСУ", "acusou a Ucrânia", "обвини Украйна", "रूस को दोषी ठहराया") is an item where the
    article makes it, none where the lead says both sides blame each other; other items stay (no quotes given here)."""
    mutual, own, name, charge = _PAIRS[lang]
    assert mutual_blame(mutual, lang) and not mutual_blame(own, lang)
    assert charge in reader(lang)(own, name)[1]
    assert charge not in reader(lang)(mutual, name)[1]


def test_mutual_blame_is_read_on_words_in_the_lead():
    """The phrases match words, up to two words between theirs ("си размениха в събота обвинения"), in the title
    or the lead's first sentences only (a date line skipped), and not negated."""
    lead = "Заголовок\ndate 2025-05-10\n\nПервое предложение. "
    assert mutual_blame(lead + "Стороны возлагают ответственность друг на друга.", "ru")
    assert not mutual_blame(lead + "Второе. Третье. Москва и Киев обвиняют друг друга.", "ru")  # past the lead
    assert not mutual_blame(lead + "Стороны не обвиняют друг друга.", "ru")
    assert mutual_blame("Русия и Украйна си размениха в събота обвинения.", "bg")
    assert not mutual_blame("Русия и Украйна си размениха в събота, според източници в Киев, пленници и обвинения.",
                            "bg")
    assert mutual_blame("Rússia e Ucrânia se acusam pelo ataque.", "pt")
    assert not mutual_blame("Moscovo acusou Kiev de bombardear a central.", "pt")  # one side's charge
    assert mutual_blame("दोनों देशों के बीच आरोप-प्रत्यारोप जारी है।", "hi")
    assert not mutual_blame("Russia and Ukraine accused each other.", "en")  # English reads its own from the parse


@pytest.mark.parametrize("lang", sorted(_PAIRS))
def test_no_villain_shown_in_a_report_of_mutual_blame(analyze, lang):
    """Whole pipeline: the charges quoted or reported from each side showed the other a villain (before the branch:
    Ukraine in Russian and Bulgarian, Russia in Hindi, both in Portuguese); now none is shown, and the article that
    makes the charge its own still shows its villain."""
    mutual, own, _, _ = _PAIRS[lang]
    shown = {e.name for e in analyze(mutual).entities if e.role is not None and e.role.shown}
    assert not shown, shown
    villains = [e.name for e in analyze(own).entities if e.role is not None and e.role.shown
                and e.role.main_role == "Antagonist"]
    assert villains, lang
