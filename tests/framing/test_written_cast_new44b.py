"""The English cast on a second set of twelve articles written blind in stop 44 (``tests/framing/articles/
cast_new44b/``, branch written44-en2): three pro-Kremlin opinion pieces (NATO's Baltic drills, Ukrainian drones on a
Mariupol substation with Russian repair crews praised, a German MP who refuses money for missiles), a Russian drone
strike on the port of Izmail, Qatari mediation bringing deported children home, diamond sanctions run through
Antwerp, a neutral report of both sides blaming each other over the Zaporizhzhia plant, floods in Kenya, a
climate-sceptic piece against a boiler ban, an oil spill in the Amazon, women deminers in Kherson, and a tabloid
piece on a pop star's private jet. A helper wrote them and their gold and committed them before anything was run on
them; scored once, unseen, on the code of stop 44 (after its English rules and the groups): 13 shown, 10 right
(0.769), villains 2 of 4, heroes 3 of 3, victims 5 of 6, gold covered 9 of 148; seven more shown entities match no
stem of the gold (not scored: "Red Cross" against the gold's "kenya red cross", Russia a villain in the pro-Kremlin
Mariupol piece, which the gold does not list). One rule was written from its errors (a sanction that starves a
country of money makes no victim: Russia had been a victim of "starve the Kremlin's war machine of ... cash"): 12
shown, 10 right, no longer unseen. These are floors."""
from pathlib import Path

import pytest

from tests.framing.cast_scorer import score_folder

FOLDER = Path(__file__).resolve().parent / "articles" / "cast_new44b"
MEASURED_RIGHT = 10
MEASURED_WRONG = 2  # 3 unseen
MEASURED_UNMATCHED = 7
MEASURED_HV_RIGHT = 8


@pytest.fixture(scope="module")
def scored(pipeline):
    return score_folder(FOLDER, pipeline)


def test_written_cast_new44b_floor(scored):
    results, total = scored
    assert len(results) == 12
    assert total["right"] >= MEASURED_RIGHT, total
    assert total["shown"] - total["right"] <= MEASURED_WRONG, total
    assert total["heroes_right"] + total["victims_right"] >= MEASURED_HV_RIGHT, total
    # shown entities that match no stem of the gold are not scored; no more of them than measured
    assert sum(len(r["unmatched"]) for r in results.values()) <= MEASURED_UNMATCHED, \
        {n: r["unmatched"] for n, r in results.items() if r["unmatched"]}
