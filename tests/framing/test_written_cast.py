"""The English cast on sixty articles written for issue 20 (``tests/framing/articles/cast/``: ten pro-Kremlin
pieces, two of them on Western arms deliveries, one on sanctions and farmers, one on sanctions and energy bills, one
on Moldova and Transnistria, one on NATO drills and Narva's Russian speakers, one on Ukrainian shelling of a Donetsk
market and Russian sappers, twelve wire/opinion/report pieces on the war, two of them reporting both sides' blame
(one of drone strikes on power sites), one a prisoner exchange mediated by the UAE, one on winter strikes on the
grid, two on deported children (one an opinion piece on the mediators), one a hospital shelled in Kherson and the
denial, one a pro-Ukrainian piece on a Russian general's biolab disinformation, two neutral pieces on the grain trade
(an analysis and an explainer of a new arrangement), neutral G20, COP summit and OSCE council reports (the last of
two delegations trading accusations), sixteen on climate and pollution, six of them climate-sceptic (two EU engine
bans, wind farms, a town's low-traffic zones, a carbon levy on farmers), one attacking fossil-fuel money, one an oil
major's greenwashing, one a flood in Malawi, one a drought in Kenya, one a heatwave in Karachi, one a wildfire on
Evia with volunteer pilots and a utility under investigation, two with rescuers and mediators), and five more
(branch en-cast46: a Russian missile on a Kyiv children's hospital, a pro-Kremlin piece on Ukraine's mobilisation
law, Amazon deforestation for soy, a climate-sceptic piece on a heat-pump mandate, a neutral prisoner swap mediated by
the UAE), and five more (branch en-cast47: a pro-Kremlin piece on Russian aid convoys to Mariupol, Ukrainian railway
workers under Russian strikes, a Pacific island nation facing sea-level rise, a climate-sceptic piece on wind
subsidies and a Lincolnshire village, a neutral wire report on a dam collapse with officials trading blame), and five
more (branch en-cast48: a pro-Kremlin piece on EU sanctions holding Russian fertiliser for Africa, a pro-Ukrainian
piece on children taken from occupied Oleshky, a coal plant that understated its emissions and smeared its critics, a
climate-sceptic piece on a city's clean air zone and its fines, a neutral wire report on a truce breach with UN
monitors), scored
against their hand-written gold with ``tests/framing/cast_scorer.py``. The articles and the gold were committed before
the cast code was read (or changed); the floors sit slightly under what the code gets (see the framing model card,
2026-12-06)."""
from pathlib import Path

import pytest

from tests.framing.cast_scorer import match_stem, score, score_folder

FOLDER = Path(__file__).resolve().parent / "articles" / "cast"
# the code of 2026-12-05 (branch cast-en34): 7 shown, 7 right, all villains; no hero or victim shown (the heroes
# and victims of these articles are mostly groups the entities layer does not list: rescuers, pensioners, farmers).
# Branch en-groups35 (groups of people as GROUP entities, group evidence; two more articles, sumy_drones and
# river_mine, written before the cast code was changed): 16 shown, 14 right on the eight, 6 of 7 victims right
# Branch en-hero36 (hero evidence, English heroes shown; two more articles with heroes, mountain_rescue and
# ceasefire_envoy, written and committed before the code was changed): on the ten, 19 shown, 17 right (no hero) ->
# 34 shown, 30 right, heroes 13 of 15 right, victims 9 of 10
# Branch en-cast39 (five more articles, donbas_restraint, zaporizhzhia_strike, net_zero_farmers, seville_heatwave,
# nuclear_plant_blame, written and committed before the cast code was read): as first written, unseen, the five
# 9 shown, 5 right (villains 2 of 6, heroes 1 of 1, victims 2 of 2); the fifteen 43 shown, 35 right (0.814),
# villains 10/15, heroes 14/16, victims 11/12 (the ten: 33 shown, 30 right). After the branch's rules (false-flag
# blame, blame going round, scare-quoted charge, "It is false." two sentences on, mutual-blame lead, civil group
# forced to act): the five 7 shown, 7 right (villains 2/2, heroes 1/1, victims 4/4); the fifteen 41 shown, 37 right
# (0.902), villains 10/11, heroes 14/16, victims 13/14 (the ten unchanged)
# Branch en-cast40 (five more articles, arms_convoys_istanbul, deported_children, climate_denial_money,
# engine_ban_brussels, grain_corridor_analysis, written and committed before the cast code was read): as first
# written, unseen, the five 7 shown, 2 right (villains 0 shown, heroes 1 of 6, victims 1 of 1); the twenty 48 shown,
# 39 right (0.812), villains 10/11, heroes 15/22, victims 14/15 (the fifteen 41 shown, 37 right). After the
# branch's rules (own family fetched or helped, signatures collected, a road blocked by a civil group, a trade deal
# brokered: no hero/villain; a bare participle is passive; people sent to the front, a civil group forced, an arrest
# warrant over a war crime: villain; "the price is paid by", hardship faced, "cost X their Y", harvests watched
# failing: victim): the five 8 shown, 8 right (villains 3/3, heroes 1/1, victims 4/4); the fifteen 38 shown, 37 right
# (three wrong roles hidden); the twenty 46 shown, 45 right (0.978), villains 13/13, heroes 15/15, victims 17/18
# Branch en-cast41 (five more articles, brussels_fields, emirates_exchange, shire_flood, winter_grid,
# moorland_turbines, written and committed before the cast code was read): as first written, unseen, the five 13
# shown, 7 right (villains 1 of 4, heroes 3 of 6, victims 3 of 3); the twenty-five 59 shown, 52 right (0.881),
# villains 14/17, heroes 18/21, victims 20/21. After the branch's rules (a person's charge answered by the accused
# and a charge "neither claim could be verified": no villain; war waged on civilians: villain; a lifeline repaired:
# hero; thanking: no hero; a civil group rescued: victim; one brokering act alone shows no hero): the five 9 shown,
# 9 right (villains 2/2, heroes 4/4, victims 3/3); the twenty unchanged (46 shown, 45 right); the twenty-five 55
# shown, 54 right (0.982), villains 15/15, heroes 19/19, victims 20/21
# Branch en-cast42 (five more articles, transnistria_squeeze, kherson_hospital, climate_lockdown_zones,
# turkana_drought, g20_finance_talks, written and committed before the cast code was read): as first written, unseen,
# the five 10 shown, 7 right (villains 0 of 2, heroes 3 of 3, victims 4 of 5); the thirty 65 shown, 61 right (0.938),
# villains 15/17, heroes 22/22, victims 24/26. One gold slip fixed after scoring (turkana_drought: "the UN agency"
# is the entity United Nations, a hero): the five 11 shown, 8 right, heroes 4/4; the thirty 66 shown, 62 right.
# After the branch's rules (a claim the next sentence calls "a fabrication"/"a lie"/"nonsense" is refuted; a body's
# own forces inside its own denial make no villain): the five 9 shown, 8 right (villains 0/0, heroes 4/4, victims
# 4/5); the twenty-five unchanged (55 shown, 54 right); the thirty 64 shown, 62 right (0.969), villains 15/15,
# heroes 23/23, victims 24/26
# Branch en-cast43 (five more articles, narva_drills_baltic, border_energy_drone_strikes,
# children_deportation_mediators, western_arms_prolong_war, black_sea_grain_deal_explainer, written and committed
# before the cast code was read): as first written, unseen, the five 9 shown, 4 right (villains 1 of 5, heroes 0 of 1,
# victims 3 of 3); the thirty-five 73 shown, 66 right (0.904), villains 16/20, heroes 23/24, victims 27/29. No gold
# slip was fixed. After the branch's rules (a charge scorned as a habit, "predictably"; a country's charge the
# accused answers in the same sentence or the next two; "each side blames the other" as mutual blame, whose charges
# are one side's: no villain; a bare conjunct verb of rescue: no hero; a civil group seized or detained: victim):
# the five 5 shown, 5 right (villains 1/1, heroes 0/0, victims 4/4); the thirty unchanged (64 shown, 62 right); the
# thirty-five 69 shown, 67 right (0.971), villains 16/16, heroes 23/23, victims 28/30
# Branch en-cast44 (five more articles, oil_major_greenwash_fishing_village, petrol_car_ban_rural_slovakia,
# karachi_heatwave_cooling_shelters, sanctions_energy_bills_factories, cop_summit_adaptation_fund_talks, written and
# committed before the cast code was read): as first written, unseen, the five 7 shown, 4 right (villains 0 of 1,
# heroes 0 of 0, victims 4 of 6); the thirty-five 71 shown, 66 right (0.930), villains 15/16, heroes 23/23, victims
# 28/32. One gold slip fixed after scoring (karachi: the students are the volunteers, heroes): the five 8 shown, 5
# right, heroes 1/1; the thirty-five 72 shown, 67 right. After the branch's rules (a claim the next sentence says
# fails the facts is refuted; a lone threat shows no victim): the five 6 shown, 5 right (villains 0/0, heroes 1/1,
# victims 4/5: Orban, the piece's hero, still shown a victim for "has been attacked"); the thirty unchanged (64
# shown, 62 right); the thirty-five 70 shown, 67 right (0.957), villains 15/15, heroes 24/24, victims 28/31
# Both branches merged (the forty articles): 74 shown, 71 right (0.959), villains 16/16, heroes 24/24, victims
# 31/34; each branch's five new articles as each branch reports them (neither branch's rules changed the other's
# figures)
# Branch en-cast45 (five more articles, donetsk_market_shelling, biolab_disinformation, carbon_levy_farmers,
# evia_wildfire_pilots, osce_council_session, written and committed before the cast code was read): as first written,
# unseen, the five 9 shown, 7 right (villains 2 of 3, heroes 1 of 2, victims 4 of 4); the forty-five 83 shown, 78
# right (0.940), villains 18/19, heroes 25/26, victims 35/38 (the forty unchanged, 74 shown, 71 right). No gold slip
# was fixed. After the branch's rules (a charge told as a named falsehood, "revived its propaganda story, accusing
# X of ...": no villain; aid handed out, mines cleared or defused: hero; sappers and deminers are groups; a civil
# group called evacuated, stranded or trapped: victim): the five 10 shown, 9 right (villains 2/2, heroes 3/4, victims
# 4/4: a Donetsk resident who brings the sappers tea is still shown a hero); the forty unchanged; the forty-five 84
# shown, 80 right (0.952), villains 18/18, heroes 27/28, victims 35/38
# Branch en-cast46 (five more articles, kyiv_childrens_hospital_missile, mobilisation_law_press_gangs,
# amazon_soy_frontier, heat_pump_mandate_vote, prisoner_swap_mediated, written and committed before the cast code was
# read): as first written, unseen, the five 8 shown, 3 right (villains 1 of 5, heroes 0 of 0, victims 2 of 3); the
# fifty 92 shown, 83 right (0.902), villains 19/23, heroes 27/28, victims 37/41 (the forty-five unchanged, 84 shown,
# 80 right). No gold slip was fixed. After the branch's rules (a party's charge answered by a counter-charge, "made
# similar accusations against", or by "both deny"; a charge the next sentence calls unfair, absurd or ridiculous; a
# civil group hiding with nothing hidden: no villain item): the five 5 shown, 3 right (villains 1/2: Budapest still
# shown a villain for "would continue to block EU funds" in its own minister's words; heroes 0/0, victims 2/3: the
# doctors, heroes in the gold, shown victims); the forty-five unchanged; the fifty 89 shown, 83 right (0.933),
# villains 19/20, heroes 27/28, victims 37/41
# Branch en-cast47 (five more articles, mariupol_aid_convoys, railway_workers_under_fire, tuvalu_rising_seas,
# wind_subsidy_village, dam_collapse_blame, written and committed before the cast code was read): as first written,
# unseen, the five 6 shown, 6 right (villains 2 of 2, heroes 4 of 4, victims 0 of 0); the fifty-five 95 shown, 89
# right (0.937), villains 21/22, heroes 31/32, victims 37/41 (the fifty unchanged, 89 shown, 83 right). No gold slip
# was fixed. After the branch's rules (sheltering with no one sheltered: no hero item; a civil group forced or driven
# from its homes: victim): the five unchanged (6 shown, 6 right); the fifty 90 shown, 84 right (heat_pump_mandate_vote:
# families "pushed out of homes" shown a victim, right); the fifty-five 96 shown, 90 right (0.938), villains
# 21/22, heroes 31/32, victims 38/42
# Branch en-cast48 (five more articles, fertiliser_ships_africa, oleshky_children_orders, coal_plant_emissions_cover,
# clean_air_zone_fines, truce_breach_monitors, written and committed before the cast code was read): as first written,
# unseen, the five 6 shown, 1 right (villains 0 of 4, heroes 0 of 1, victims 1 of 1); the sixty 102 shown, 91 right
# (0.892), villains 21/26, heroes 31/33, victims 39/43 (the fifty-five unchanged, 96 shown, 90 right). No gold slip
# was fixed. After the branch's rules (a charge told as a preference or haste, "prefer to blame X"; mutual blame in a
# lead under a date line, and "X and Y each accused the other": no villain item; a kin group fetching "them": no hero
# item; a civil group treated for wounds: victim item): the five 1 shown, 1 right (villains 0/0, heroes 0/0, victims
# 1/1); the fifty-five unchanged; the sixty 97 shown, 91 right (0.938), villains 21/22, heroes 31/32, victims 39/43
FLOOR_SHOWN = 93
FLOOR_PRECISION = 0.92
FLOOR_HV_RIGHT = 67


@pytest.fixture(scope="module")
def scored(pipeline):
    return score_folder(FOLDER, pipeline)


def test_written_cast_floor(scored):
    results, total = scored
    assert len(results) == 60
    assert total["shown"] >= FLOOR_SHOWN, total
    assert total["right"] / total["shown"] >= FLOOR_PRECISION, total
    assert total["heroes_right"] + total["victims_right"] >= FLOOR_HV_RIGHT, total
    # no place named in a dateline or only located ("lies 30 km from the border") is shown as a villain
    assert not any("Kharkiv=" in u or "Ukraine=Antagonist" in u for r in results.values() for u in r["unmatched"])


def test_scorer_counts():
    gold = {"cast": {"nato": "Antagonist", "pensioners": "Innocent"}, "unframed": ["turkey"]}
    analysis = {
        "entities": [{"id": "E1", "name": "NATO", "mentions": [{"text": "NATO"}]},
                     {"id": "E2", "name": "Turkey", "mentions": [{"text": "Turkish"}]},
                     {"id": "E3", "name": "Mars", "mentions": [{"text": "Mars"}]},
                     {"id": "E4", "name": "the pensioners", "mentions": [{"text": "pensioners"}]}],
        "cast": {"protagonists": [{"entity": "E2", "name": "Turkey", "shown": True}],
                 "antagonists": [{"entity": "E1", "name": "NATO", "shown": True},
                                 {"entity": "E3", "name": "Mars", "shown": True}],
                 "innocents": [{"entity": "E4", "name": "the pensioners", "shown": False}]}}
    c = score(analysis, gold)
    assert (c["counts"]["shown"], c["counts"]["right"], c["counts"]["covered"]) == (2, 1, 1)
    assert c["unmatched"] == ["Mars=Antagonist"]
    assert match_stem("Russian Navy", ["navy"], ["russia", "russian navy"]) == "russian navy"
