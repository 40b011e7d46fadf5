"""The English cast on twelve new articles written blind for issue 20 (``tests/framing/articles/cast_new44/``,
branch written44-en): three pro-Kremlin opinion pieces (NATO arms deliveries with a US senator who blocks aid
praised, Russian rescuers bringing water to shelled Gorlovka, Chisinau's gas policy and Gagauz pensioners), a wire
report of a missile on a Dnipro bus station, a Swiss envoy brokering an evacuation pause for Siversk, EU sanctions on
the shadow fleet, a neutral report of Moscow and Kyiv trading blame over a shelled border village, a cyclone in Beira
with fishermen and navy divers as rescuers, a climate-sceptic piece on a methane levy and Irish dairy farmers, an oil
company's gas flares near Basra, a tabloid piece on a Ukrainian footballer joining the army, and a Russian teacher
jailed over Bucha. The articles and the gold were committed before the product was run on them or its cast code read;
scored unseen with ``tests/framing/cast_scorer.py`` on the code of 2026-12-06 (main 527afa6): 22 shown, 14 right
(0.636), villains 3/9, heroes 6/6, victims 5/7, gold covered 14/226. One gold slip fixed after scoring
(methane_tax_dairy: the stem "irish farmers' association" did not match the shown name, which drops the
apostrophe; totals unchanged). After three rules of stop 44 written from these errors (blocking a vote is no harm,
the sentence that reports both sides' blame casts no villain, a named storm gets no role), the articles are no longer
unseen: 18 shown, 14 right (0.778), villains 3/5. These are floors: a change that loses a right role or adds a wrong
one fails. One more shown entity matches no stem ("young men", the rescuers in substance) and is not scored."""
from pathlib import Path

import pytest

from tests.framing.cast_scorer import score_folder

FOLDER = Path(__file__).resolve().parent / "articles" / "cast_new44"
MEASURED_RIGHT = 14
MEASURED_WRONG = 4  # 8 unseen, before stop 44's rules
MEASURED_UNMATCHED = 1
MEASURED_HV_RIGHT = 11


@pytest.fixture(scope="module")
def scored(pipeline):
    return score_folder(FOLDER, pipeline)


def test_written_cast_new44_floor(scored):
    results, total = scored
    assert len(results) == 12
    assert total["right"] >= MEASURED_RIGHT, total
    assert total["shown"] - total["right"] <= MEASURED_WRONG, total
    assert total["heroes_right"] + total["victims_right"] >= MEASURED_HV_RIGHT, total
    # shown entities that match no stem of the gold are not scored; no more of them than measured
    assert sum(len(r["unmatched"]) for r in results.values()) <= MEASURED_UNMATCHED, \
        {n: r["unmatched"] for n, r in results.items() if r["unmatched"]}
