"""Quotes with speakers, claims with claimants and dates in Bulgarian, Hindi, Portuguese and Russian, measured
on news articles written for these tests (``articles/<lang>/*.txt``, each with a ``.gold.json``: the
article's date, a snippet and the speaker of every quote and reported statement, a snippet and the claimant of
every claim; ``null`` claimant = the article itself).

A speaker is right when the gold name (a stem, so inflected forms count: "Шатров" in "Шатрова") is in the
speaker the layer gives; a quote or claim the layer does not find counts as wrong. Run with ``-s`` to see
the figures.

The rules were written on these articles, so their scores flatter the rules. Honest figures are the ones measured
on articles before any rule was fitted to them: the ``*_sanctions``/``*_heating``, ``pt_habitacao``/
``pt_amazonia``, ``bg_highway``/``bg_population`` and ``hi_inflation``/``hi_japan`` pairs scored speakers 0.65-0.83
and claimants 0.56-0.88 unseen; ``ru_flights``, ``pt_inflacao``, ``bg_tourism`` and ``hi_rail``, written after the
first round of fixes, scored speakers 0.57-0.88 and claimants 0.40-1.00 unseen; ``ru_schools``,
``pt_transportes``, ``bg_water`` and ``hi_monsoon``, written after the second round, scored speakers 0.67-1.00
and claimants 0.25-1.00 unseen. A fourth batch, four longer articles per language with more varied attribution
(``bg_hospitals``/``bg_prices``/``bg_transport``/``bg_drought``, ``pt_incendios``/``pt_juros``/``pt_aeroporto``/
``pt_energia``, ``ru_mortgage``/``ru_snow``/``ru_doctors``/``ru_oil``, ``hi_pollution``/``hi_isro``/``hi_flood``/
``hi_jobs``), written after the third round, scored unseen: speakers BG 32/47, HI 31/39, PT 14/42, RU 26/52;
claimants BG 17/25, HI 20/23, PT 9/21, RU 18/33. Pooled over the four held-out batches: speakers BG 51/77 = 0.66,
HI 56/70 = 0.80, PT 40/78 = 0.51, RU 53/87 = 0.61; claimants BG 25/43 = 0.58, HI 33/37 = 0.89, PT 22/38 = 0.58,
RU 29/50 = 0.58: short of the 0.8/0.7 targets except Hindi. A fifth batch, one article per language
(``bg_teachers``, ``pt_dengue``, ``ru_fuel``, ``hi_heatwave``), written after the fourth round, scored unseen:
speakers BG 10/14, HI 7/7, PT 8/8, RU 8/10; claimants BG 2/5, HI 3/3, PT 3/4, RU 5/5 (pooled over all five held-out
batches: speakers BG 61/91 = 0.67, HI 63/77 = 0.82, PT 48/86 = 0.56, RU 61/97 = 0.63; claimants BG 27/48 = 0.56,
HI 36/40 = 0.90, PT 25/42 = 0.60, RU 34/55 = 0.62). After the fifth round of fixes every language stood at 0.96
or more (speakers BG 128/128, HI 112/112, PT 122/124, RU 134/136; claimants BG 64/65, HI 53/53, PT 57/58, RU 68/71)
and the thresholds were raised to 0.95 and 0.9. A sixth batch, written before the attribution code was read
(``bg_euro``/``bg_gas``/``bg_trains``, ``pt_chuvas``/``pt_combustiveis``/``pt_creches``, ``ru_metro``/
``ru_harvest``/``ru_wildfires``, ``hi_wheat``/``hi_roads``), scored unseen: speakers BG 25/31, HI 15/19,
PT 16/30, RU 25/33; claimants BG 11/17, HI 4/7, PT 7/13, RU 13/17. Pooled over all six held-out batches:
speakers BG 86/122 = 0.70, HI 78/96 = 0.81, PT 64/116 = 0.55, RU 86/130 = 0.66; claimants BG 38/65 = 0.58,
HI 40/47 = 0.85, PT 32/55 = 0.58, RU 47/72 = 0.65: still short of the 0.8/0.7 targets on unseen text except
Hindi. After the sixth round the sixth batch scores speakers BG 29/31, HI 17/19, PT 30/30, RU 32/33 and
claimants BG 15/17, HI 5/7, PT 13/13, RU 17/17, and the whole set speakers BG 157/159, HI 129/131, PT 153/154,
RU 167/169, claimants BG 79/82, HI 58/60, PT 71/71, RU 87/88. A seventh batch, written before the attribution code
was read (``bg_bears``/``bg_pensions``, ``hi_paperleak``/``hi_tigers``, ``pt_sardinha``/``pt_enem``/
``pt_taxa_turistica``, ``ru_lena``/``ru_taxi``), scored unseen: speakers BG 23/33, HI 17/25, PT 27/39, RU 26/32;
claimants BG 8/14, HI 5/11, PT 9/12, RU 10/12. Pooled over all seven held-out batches: speakers BG 109/155 = 0.70,
HI 95/121 = 0.79, PT 91/155 = 0.59, RU 112/162 = 0.69; claimants BG 46/79 = 0.58, HI 45/58 = 0.78, PT 41/67 = 0.61,
RU 57/84 = 0.68: still short of the 0.8/0.7 targets on unseen text except Hindi claimants. After the seventh round
the seventh batch scores speakers BG 33/33, HI 25/25, PT 39/39, RU 31/32 and claimants BG 13/14, HI 9/11, PT 12/12,
RU 11/12, and the whole set speakers BG 190/192, HI 154/156, PT 192/193, RU 198/201, claimants BG 92/96, HI 66/71,
PT 83/83, RU 98/100. An eighth batch, written before the attribution code was read (``bg_roses``/``bg_housing``,
``hi_onion``/``hi_cyberfraud``, ``pt_vindima``/``pt_golpes_pix``/``pt_propinas``, ``ru_salmon``/``ru_medicines``),
scored unseen: speakers BG 27/28, HI 23/25, PT 30/46, RU 16/25; claimants BG 15/16, HI 10/12, PT 15/23, RU 8/11.
Pooled over all eight held-out batches: speakers BG 136/183 = 0.74, HI 118/146 = 0.81, PT 121/201 = 0.60,
RU 128/187 = 0.68; claimants BG 61/95 = 0.64, HI 55/70 = 0.79, PT 56/90 = 0.62, RU 65/95 = 0.68: Hindi speakers
reach the 0.8 target on unseen text, the rest do not yet. After the eighth round the eighth batch scores speakers
BG 28/28, HI 25/25, PT 46/46, RU 24/25 and claimants BG 16/16, HI 12/12, PT 23/23, RU 11/11, and the whole set
speakers BG 218/220, HI 179/181, PT 238/239, RU 222/226, claimants BG 108/112, HI 78/83, PT 106/106, RU 109/111.
A ninth batch, written before the attribution code was read (``bg_garbage``, ``hi_coaching``,
``pt_barragem_julgamento``/``pt_futebol_sad``/``pt_oropouche``, ``ru_unzha_bridge``/``ru_car_sales``/``ru_bees``),
scored unseen: speakers BG 13/16, HI 12/14, PT 29/49, RU 33/43; claimants BG 3/5, HI 4/6, PT 15/18, RU 15/21.
Pooled over all nine held-out batches: speakers BG 149/199 = 0.75, HI 130/160 = 0.81, PT 150/250 = 0.60,
RU 161/230 = 0.70; claimants BG 64/100 = 0.64, HI 59/76 = 0.78, PT 71/108 = 0.66, RU 80/116 = 0.69: Hindi speakers
still reach the 0.8 target on unseen text, Russian claimants come close to 0.7, Portuguese speakers stay weakest.
After the ninth round the ninth batch scores speakers BG 15/16, HI 14/14, PT 43/49, RU 41/43 and claimants BG 4/5,
HI 6/6, PT 15/18, RU 18/21 (the claims left are small counts in words, "seis SAD", "в пяти регионах", which are no
values by design), and the whole set speakers BG 233/236, HI 194/195, PT 281/288, RU 264/269, claimants BG 112/117,
HI 85/89, PT 121/124, RU 128/132. A tenth batch for Portuguese, written before the attribution code was read
(``pt_porto_santos``, ``pt_orcamento_leiria``, ``pt_greve_hospital``), scored unseen: speakers 14/18, 11/19, 14/17
(39/54) and claimants 8/10, 8/11, 5/6 (21/27), as its gold was first written (one stem, "autarquia" for the Câmara
Municipal de Leiria the text names, was then corrected to the body's name: the layer had it right, 40/54 and 22/27).
Pooled over the ten held-out Portuguese batches: speakers 189/304 = 0.62, claimants 92/135 = 0.68. After the tenth
round the tenth Portuguese batch scores speakers 54/54 and claimants 27/27.
A tenth Russian batch, written before the attribution code was read (``ru_tobol_flood``, ``ru_developer_court``,
``ru_utility_tariffs``), scored unseen: speakers RU 45/50 (17/18, 14/16, 14/16), claimants RU 23/25 (8/8, 8/8, 7/9).
Pooled over all ten held-out Russian batches: speakers RU 206/280 = 0.74, claimants RU 103/141 = 0.73: the
claimant target of 0.7 is reached on unseen Russian text, the speaker target of 0.8 not yet. After the tenth round
the tenth Russian batch scores speakers RU 50/50 and claimants RU 25/25. After both tenth rounds the whole set
scores speakers BG 233/236, HI 194/195, PT 335/342, RU 314/319, claimants BG 112/117, HI 85/89, PT 148/151,
RU 153/157.
A tenth Bulgarian batch, written before the attribution code was read (``bg_procurement``, ``bg_snowroads``,
``bg_fishing``), scored unseen: speakers BG 43/51 (13/16, 15/19, 15/16), claimants BG 26/28 (7/8, 9/10, 10/10).
Pooled over all ten held-out Bulgarian batches: speakers BG 192/250 = 0.77, claimants BG 90/128 = 0.70: the
claimant target of 0.7 is reached on unseen Bulgarian text, the speaker target of 0.8 not yet. After the tenth
Bulgarian round the batch scores speakers 51/51 and claimants 28/28, and the whole set speakers BG 285/287,
claimants BG 140/145 (the other languages unchanged).
An eleventh batch for Portuguese, written before the attribution code was read (``pt_seca_algarve``,
``pt_bolsas_ufpr``, ``pt_cimeira_bruxelas``), scored unseen: speakers 14/17, 14/20, 11/17 (39/54) and claimants
9/9, 6/7, 5/7 (20/23). Pooled over the eleven held-out Portuguese batches: speakers 228/358 = 0.64, claimants
112/158 = 0.71: the claimant target of 0.7 is reached on unseen Portuguese text, the speaker target of 0.8 not yet.
After the eleventh round the eleventh batch scores speakers 53/54 and claimants 23/23, and the whole Portuguese set
speakers 388/396, claimants 171/174 (one older stem, "pasta" in ``pt_dengue``, was corrected to the body it points
back at, the Secretaria Estadual da Saúde). After these rounds the whole set scores speakers BG 285/287, HI 194/195,
PT 388/396, RU 314/319, claimants BG 140/145, HI 85/89, PT 171/174, RU 153/157.
An eleventh Russian batch, closer to the war and politics coverage most users read, written before the attribution
code was read (``ru_istanbul_round``, ``ru_border_drones``, ``ru_frozen_assets``: peace talks, a drone attack on a
border region, a Telegram-style piece on frozen assets with a dash interview), scored unseen: speakers RU 42/51
(16/18, 17/18, 9/15), claimants RU 16/16 (4/4, 7/7, 5/5), as its gold was first written (one stem, "Банка России",
an inflected form, was then corrected to "Банк России": the layer had it right, 43/51). Pooled over all eleven
held-out Russian batches: speakers RU 248/331 = 0.75, claimants RU 119/157 = 0.76. After the eleventh round the
eleventh batch scores speakers RU 49/51 and claimants RU 16/16, and the whole Russian set speakers RU 364/370,
claimants RU 169/173. After all these rounds the whole set scores speakers BG 285/287, HI 194/195, PT 388/396,
RU 364/370, claimants BG 140/145, HI 85/89, PT 171/174, RU 169/173.
An eleventh Bulgarian batch, written before the attribution code was read (``bg_ukraine_arms``,
``bg_power_tariffs``, ``bg_kremlin_truce``), scored unseen: speakers BG 47/59 (19/20, 17/22, 11/17), claimants BG
13/19 (5/7, 5/8, 3/4). Pooled over all eleven held-out Bulgarian batches: speakers BG 239/309 = 0.77, claimants BG
103/147 = 0.70: the claimant target of 0.7 is held on unseen Bulgarian text, the speaker target of 0.8 not yet.
After the eleventh Bulgarian round the batch scores speakers 57/59 and claimants 16/19 (left: "ООН", which the
entities layer names "United Nations", the right body under a name the stem does not match; "дипломатическата
мисия" for the embassy named the sentence before; the figures after "Данните на … „Тренд“ обаче показват …:"), and
the whole set speakers BG 344/346, claimants BG 158/164 (the other languages unchanged).
A twelfth batch for Portuguese, written before the attribution code was read (``pt_itamaraty_ucrania``,
``pt_despedimento_vougametal``, ``pt_pantanal_fogo``), scored unseen: speakers 19/19, 8/15, 15/20 (42/54) and
claimants 7/7, 2/6, 7/10 (16/23). Pooled over the twelve held-out Portuguese batches: speakers 270/412 = 0.66,
claimants 128/181 = 0.71. After the twelfth round the batch scores speakers 52/54 and claimants 22/23, and the whole
Portuguese set speakers 442/450, claimants 193/197 (one older stem, "empresa" in ``pt_transportes``, was corrected to
the company it points back at, the CP).
After all rounds (BG 11, PT 12) the whole set scores speakers BG 344/346, HI 194/195, PT 442/450, RU 364/370,
claimants BG 158/164, HI 85/89, PT 193/197, RU 169/173.
A twelfth Russian batch, written before the attribution code was read (``ru_znpp_outage``, a TASS-style wire on a
power cut at the Zaporizhzhia plant; ``ru_contract_payments``, a Meduza-style piece on regions cutting payments to
contract soldiers, with anonymous sources, a Telegram blogger and "по словам представителя Кремля";
``ru_dairy_bankruptcy``, a regional court story), scored unseen: speakers RU 38/50 (12/17, 11/17, 15/16), claimants
RU 15/20 (4/6, 5/7, 6/7). Pooled over all twelve held-out Russian batches: speakers RU 286/381 = 0.75, claimants RU
134/177 = 0.76: the claimant target of 0.7 is held on unseen Russian text, the speaker target of 0.8 not yet. After
the twelfth round the batch scores speakers RU 50/50 and claimants RU 19/20 (left: "По данным агентства" for the
Международное агентство по атомной энергии, which the article names in full and later as "МАГАТЭ", two entities
the layer does not join), and the whole Russian set speakers RU 415/420, claimants RU 188/193 (the older
"представителя Кремля" miss in ``ru_istanbul_round`` is now Песков). After all rounds (BG 11, PT 12, RU 12) the
whole set scores speakers BG 344/346, HI 194/195, PT 442/450, RU 415/420, claimants BG 158/164, HI 85/89,
PT 193/197, RU 188/193.
A thirteenth batch for Portuguese, written before the attribution code was read (``pt_nato_drones``, a Lusa-style
piece on NATO and Russian drones; ``pt_fraude_inss``, a Brazilian court story with dash answers;
``pt_sarampo_famalicao``, a local measles outbreak), scored unseen: speakers 13/21, 13/20, 16/18 (42/59) and
claimants 6/8, 7/7, 7/7 (20/22).
The misses were again back-references and frames: "Para ela, …" and "Para a professora … Fernanda Castilho, …", a
dash answer after a paragraph ending in a colon, "Ele" taken for a body ("o relatório da CGU"), "o magistrado", "O
antigo porta-voz da missão da NATO no Afeganistão", "…, mas admitiu que" after a fronted participle and a bare title.
Pooled over the thirteen held-out Portuguese batches: speakers 312/471 = 0.66, claimants 148/203 = 0.73. After the
thirteenth round the batch scores speakers 59/59 and claimants 22/22, and the whole Portuguese set speakers 505/509,
claimants 216/219 (four older misses of a kind that recurs, fixed too: 'acusa o treinador de "…"' after "Em
comunicado," with the body named by its acronym, "A SAD"; "reclamam da demora"; "A ONG criticou ainda o corte de
30%"). After all rounds (BG 11, PT 13) the whole set scores speakers BG 344/346, HI 194/195, PT 505/509, RU 364/370,
claimants BG 158/164, HI 85/89, PT 216/219, RU 169/173.
A twelfth batch for Bulgarian, written before the attribution code was read (``bg_nato_brigade``,
``bg_eu_fraud_court``, ``bg_measles``), scored unseen: speakers 15/19, 14/20, 20/22 (49/61) and claimants 4/6, 3/7,
5/7 (12/20). Pooled over the twelve held-out Bulgarian batches: speakers 288/370 = 0.78, claimants 115/167 = 0.69.
After the twelfth round the batch scores speakers 61/61 and claimants 20/20 (no gold stem changed; "Световната
здравна организация" and "Европейската служба за борба с измамите" are named as written, no entity renames them), and
the whole Bulgarian set speakers 406/407, claimants 180/184: two of the eleventh round's misses ("дипломатическата
мисия" for the embassy named before, the figures after "Данните на … „Тренд“ обаче показват …:") now right, "ООН"
("United Nations") left. The other languages unchanged: speakers HI 194/195, PT 442/450, RU 364/370, claimants
HI 85/89, PT 193/197, RU 169/173.
A new Hindi batch (round eleven), written before the attribution code was read (``hi_mea_ukraine``, an NDTV
India-style piece on the MEA briefing with Modi, Zelensky, Putin and Peskov quoted; ``hi_himachal_karz``, an Amar
Ujala-style story on a state's debt; ``hi_dengue_lucknow``, a Dainik Jagran-style local dengue story), scored unseen:
speakers 16/19, 13/17, 13/17 (42/53) and claimants 4/7, 5/7, 6/8 (15/22). The misses were back-references and
frames: a demonym or a party before a bare title ("यूक्रेनी राष्ट्रपति का कहना है", "भाजपा विधायक ने"), "निदेशक ने"
after a "निदेशक डॉ. …" whose full stop cut the title from the name, "सीएमओ के मुताबिक" for the मुख्य चिकित्सा अधिकारी
named before, a bare "अधिकारी ने" after "वित्त सचिव … ने", "जब X से … पूछा गया तो उन्होंने", "X की ओर से जारी बयान
में कहा गया", "X की एक रिपोर्ट के अनुसार", "ने स्वीकार किया कि" and "X का अनुमान है कि". Pooled over the ten
held-out Hindi batches: speakers 172/213 = 0.81, claimants 74/98 = 0.76. After the round the batch scores speakers
53/53 and claimants 21/22 (left: "केवल तीन मौतों", a small count in words, no value by design), and the whole Hindi
set speakers HI 247/248, claimants HI 106/111 (the other languages unchanged: BG 344/346, PT 505/509, RU 415/420,
claimants BG 158/164, PT 216/219, RU 188/193).
A thirteenth Russian batch, written before the attribution code was read (``ru_kupyansk_front``, a RIA-style front
report quoting both sides' military, two governors and the Kremlin; ``ru_china_payments``, a Kommersant-style piece
on payments to China with an outlet told in quote marks, a paper's source and a letter; ``ru_kirov_water``, a
regional story with a governor, residents and a prosecutor), scored unseen: speakers RU 44/57 (17/20, 12/19, 15/18),
claimants RU 16/20 (4/7, 6/7, 6/6). The misses: "сообщило … Министерство обороны РФ" read as Russia; the paper
told taken for the speaker ("— рассказал «Ъ» управляющий партнер компании «ВЭД Эксперт» Дмитрий Ляхов", "— пояснил
собеседник «Ъ»"); "Зампред регулятора добавил"; "Шохин в письме на имя премьер-министра Михаила Мишустина
предупредил"; "— считает главный экономист агентства «…» Марина Кожевникова"; "Как сообщает агентство Reuters";
"в пресс-службе надзорного ведомства"; a bare "Прокурор"; "Источник «Ъ» в одном из крупных банков говорит, что"
not found. Pooled over the thirteen held-out Russian batches: speakers RU 330/438 = 0.75, claimants RU 150/197 =
0.76. After the thirteenth round the batch scores speakers RU 56/57 and claimants RU 18/20 (left: "В
Роспотребнадзоре рекомендовали жителям употреблять …", an infinitive with no "что"; counts in words with no scale,
"пострадали три мирных жителя", "еще два комплекса Patriot", which are no claims), and the whole Russian set
speakers RU 471/477, claimants RU 206/213. After all rounds (BG 11, PT 13, RU 13) the whole set scores speakers
BG 344/346, HI 194/195, PT 505/509, RU 471/477, claimants BG 158/164, HI 85/89, PT 216/219, RU 206/213.
A fourteenth batch for Portuguese, written before the attribution code was read (``pt_ativos_congelados``, a
Lusa-style piece on an EU loan to Ukraine backed by frozen Russian assets; ``pt_escala_6x1``, a Brazilian
parliamentary vote with dash answers; ``pt_eolicas_viana``, offshore wind and fishermen, with «» marks), scored
unseen: speakers 18/22, 17/18, 11/18 (46/58) and claimants 6/7, 6/7, 5/7 (17/21), as its gold was first written (no
stem corrected). The misses were bare titles and bodies again: "o chefe do executivo" in lower case, "Para o líder
húngaro," after "O primeiro-ministro húngaro", "avisou o dirigente" and "O autarca, que …, considera" for a person
whose title in apposition ran past six words ("O presidente da Associação de Pescadores do Alto Minho, Joaquim
Barbosa"), "A ministra, questionada pelos jornalistas …, prometeu", "…", mas que informará …" after a quote, "A Zero
saudou …, mas alertou, em comunicado, que", "recorda que", bodies whose names hold "e" ("Direção-Geral de Energia e
Geologia", "Departamento Intersindical de Estatística e Estudos Socioeconômicos") and a person written after a body
with no comma ("o investigador do Instituto Português de Relações Internacionais Filipe Amaral"). Pooled over the
fourteen held-out Portuguese batches: speakers 358/529 = 0.68, claimants 165/224 = 0.74. After the fourteenth round
the batch scores speakers 58/58 and claimants 21/21, and the whole Portuguese set speakers 563/567, claimants 237/240
(the two open weaknesses of round 13 were fixed too: a bare "O porta-voz do Kremlin" no longer goes to the person
named last when that person holds another office, and "O ativista felicitou o presidente eleito …, Fulano, e disse
que" no longer takes the object's name for the subject). After all rounds (BG 11, PT 14, RU 12) the whole set scores
speakers BG 344/346, HI 194/195, PT 563/567, RU 415/420, claimants BG 158/164, HI 85/89, PT 237/240, RU 188/193.
A thirteenth batch for Bulgarian, written before the attribution code was read (``bg_sea_drone``, a Dnevnik-style
piece on a naval drone off Shabla with the minister, the president, the Russian embassy and Zakharova quoted;
``bg_budget_first_reading``, a parliamentary budget story with a bTV dash interview; ``bg_pernik_smog``, a local smog
story with the mayor, residents, the РИОСВ and the РЗИ), scored unseen: speakers 17/21, 13/17, 13/17 (43/55) and
claimants 5/6, 7/10, 5/6 (17/22); the dateline "Сряда, 25 ноември 2026" was not read either. Pooled over the
thirteen held-out Bulgarian batches: speakers 331/425 = 0.78, claimants 132/189 = 0.70. The misses: a weekday
before the date, "Украинското посолство от своя страна посочи" and "Министерството на външните работи съобщи" (names
cut short), "По думите на адмирала", a dash interview announced by "В предаването … по bTV", "каза Стоянов пред
Bulgaria ON AIR", "Стефанов (72 г.) казва", "Според директора на РЗИ – Перник д-р Мария Николова", "… след 18 ч.
Според …" (one sentence to the splitter), "защити рамката с аргумента, че", "препоръча на хората … да",
"Съветът, цитиран от „Сега“, определи прогнозата като „…“" and "се казва в позиция на дипломатическата мисия"
after "От руското посолство". After the thirteenth round the batch scores speakers 55/55 and claimants 22/22 (no gold
stem changed), and the whole Bulgarian set speakers 461/462, claimants 202/206 (the older misses "ООН", "F-16",
"три пъти", "322 евро" left). The other languages unchanged: speakers HI 194/195, PT 505/509, RU 415/420, claimants
HI 85/89, PT 216/219, RU 188/193.
A fourteenth Russian batch, written before the attribution code was read (``ru_csto_summit``, a TASS-style piece on a
CSTO summit with the Kremlin, Zakharova, Duma deputies, foreign leaders and an unnamed source; ``ru_deposit_rates``, an
RBC-style story on deposit rates with the Central Bank, bankers, analysts and a bank association; ``ru_rural_hospital``,
a regional story on a court that stopped a hospital's closure, with doctors, residents, a head of a district and a
prosecutor), scored unseen: speakers RU 52/63 (18/22, 16/20, 18/21), claimants RU 16/18 (6/6, 4/6, 6/6), as its gold was
first written (no stem corrected). The misses: "— сказал депутат в беседе с «Известиями»" read as the paper; "— заявил
генсек"; "Источник в делегации Киргизии сообщил ТАСС, что" read as the place, and "— пояснил собеседник агентства" after
it; "по словам зампредседателя правления банка Дмитрия Пьянова" ("зампредседателя" unknown to pymorphy3); "Ассоциация
банков России в письме в ЦБ предупредила" read as the addressee; "Об этом свидетельствует мониторинг Банка России"; "—
резюмировал …", "… вспоминает, что" not reporting; a bare "Мэр добавил" after "Глава … округа Сергей Мокиевский";
"Силуанов, выступая на форуме «Россия зовет!», напомнил, что" (no quote: the "!" inside the marks); "— говорит врач" for
a surgeon after a "Главный врач" was named. Pooled over the fourteen held-out Russian batches: speakers RU 382/501 =
0.76, claimants RU 166/215 = 0.77. After the fourteenth round the batch scores speakers RU 61/63 (22/22, 19/20, 20/21)
and claimants RU 17/18 (left: the "!" in marks, "— говорит врач" for the "Хирург", and "Хирург …, проработавший в
больнице 32 года, вспоминает, что" whose apposition's number goes to him), and the whole Russian set speakers RU
532/540, claimants RU 223/231. After all rounds (BG 11, PT 14, RU 14) the whole set scores speakers BG 406/407, HI
247/248, PT 563/567, RU 532/540, claimants BG 180/184, HI 106/111, PT 237/240, RU 223/231.
A fifteenth batch for Portuguese, written before the attribution code was read (``pt_kremlin_cessar_fogo``, a
Lusa-style piece on the Kremlin rejecting an EU ceasefire, with Itamaraty and Celso Amorim; ``pt_merenda_stf``, a
Brazilian school-meals fraud case with the PF, the STF and dash answers; ``pt_seca_alentejo``, drought and
public health in the Alentejo, with «» marks), scored unseen: speakers 14/17, 15/16, 15/17 (44/50) and claimants
5/5, 3/6, 7/8 (15/19), as its gold was first written (no stem corrected). The misses: 'O porta-voz do Kremlin
também criticou Paris e disse que o Eliseu "…"' gave the quote to France (round 14's open weakness: the object of a
first past verb before "e disse" taken for its subject), "O Kremlin rejeitou … e acusou o Governo francês de
"…"" with no speaker, "A agência alerta que, …, "…"" and "O governo de Goiás informou que" (bare body nouns),
"fontes diplomáticas" cut to "fontes", "O autarca de Ourique insistiu" for the person introduced as "O presidente
da Câmara de Ourique, Fulano", and claims: counts in words with no value ("três servidores", "seis aldeias", "até
três vezes") and "Foram cumpridos 23 mandados" after a sentence opened by "De acordo com a PF". Pooled over the
fifteen held-out Portuguese batches: speakers 402/579 = 0.69, claimants 180/243 = 0.74. After the fifteenth round
the batch scores speakers 49/50 and claimants 14/19 (left: "prolongar a guerra" goes to "Russia", the name the
entities layer gives the Kremlin, not the gold stem "Kremlin"; the article's own "cessar-fogo de 30 dias" now goes
to that quote's speaker in the same sentence; the counts in words and "23 mandados"), and the whole Portuguese set
speakers 612/617, claimants 251/259 (no older article changed). After this round the whole set, as the test prints it,
scores speakers BG 406/407, HI 247/248, PT 612/617, RU 471/477, claimants BG 180/184, HI 106/111,
PT 251/259, RU 206/213.
A fourteenth batch for Bulgarian, written before the attribution code was read (``bg_nato_drones``, a
Mediapool-style piece on NATO counter-drone systems with Rutte, the foreign and defence ministers, Zakharova,
Peskov, Zelensky, a retired general and the mayor of Shabla; ``bg_heating_debt``, a Capital-style story on the
heating companies' debt with the Сметна палата, the НСИ, the ИПИ, a court ruling and eleven sourced figures;
``bg_sarafovo_flood``, a NOVA-style local story on a flood protest in Burgas with dash speech), scored unseen:
speakers 19/21, 14/16, 17/18 (50/55) and claimants 7/9, 8/11, 9/9 (24/29), as its gold was first written (no stem
corrected). The misses: "По думите на генералния секретар" (an adjective before the title) and "Румънските власти
съобщиха" (cut to "Румънските"), each with its figure; "отсече министърът", "— извика Петко Манолов", "Съдът
приема, че" with its "18 процента", "…, посочват одиторите" and "…, показва одитен доклад на Сметната палата" (an
adjective before the cited text). Pooled over the fourteen held-out Bulgarian batches: speakers 381/480 = 0.79,
claimants 156/218 = 0.72: the claimant target of 0.7 is reached on unseen Bulgarian text, the speaker target of
0.8 not quite. After the fourteenth round the batch scores speakers 55/55 and claimants 29/29, and the whole
Bulgarian set speakers 516/517, claimants 231/235 (the older misses "ООН", "F-16", "три пъти", "322 евро" left;
an age in brackets, "Стефанов (72 г.) казва", is no longer a claim). The other languages unchanged: speakers
HI 247/248, PT 612/617, RU 532/540, claimants HI 106/111, PT 251/259, RU 223/231.
Sixteenth Portuguese round (``pt_cabo_baltico``, a cut Baltic cable with Lithuanian, Kremlin, NATO, Kyiv and Swedish
officials, «» and "" marks, a dash answer and "disse à Lusa"; ``pt_aplicativos_tst``, a Brazilian labour-court ruling
on delivery apps with present-tense attribution and "conforme a entidade"; ``pt_legionella_gaia``, a legionella
outbreak in Gaia with a closing "anunciou … a DGS", "A empresa, que pediu para não ser identificada, diz que …"),
scored unseen: speakers 12/20, 17/19, 14/20 (43/59) and claimants 2/7, 5/7, 5/6 (12/20), as its gold was first written
(no stem corrected). The misses: counts in words ("mais quatro fragatas", "pelo menos dez países", "Três cortes em
onze meses"), "O almirante … Henrique Gouveia e Melo, antigo chefe …, disse" (a surname joined by "e" cut into two
names, the person lost), "declarou o ministro ucraniano" and "O ministro critica Bruxelas e diz" given to the first
minister of the article, "pediu … à NATO que duplique …" and "acrescentando que" with no speaker, "a empresa" taken
for the DGS ("a diretora-geral da Saúde" read as a company's mention), "…, que pediu para não ser identificada," read
as a reported clause, "Segundo Porto, pesquisa … mostra que" given to the association, "A iFood, maior empresa do
setor, afirmou" to the apposition, "… em Vila Nova de Gaia, anunciou … a DGS" to the place, and no speaker for "o
Ministério … russo, por sua vez, acusou a Lituânia de "…"", "Em declarações ao JN, o autarca acusou a empresa de ter
…", "Para o pneumologista Filipe Froes, o surto mostra que" and "afirmou à margem de uma visita ao hospital que".
Pooled over the sixteen held-out Portuguese batches: speakers 445/638 = 0.70, claimants 192/263 = 0.73. After the
sixteenth round the batch scores speakers 46/59 and claimants 15/20, and the whole Portuguese set speakers 658/676,
claimants 268/279 (no older speaker changed; two older claims now found, "até três vezes o preço" among them). After
this round the whole set, as the test prints it, scores speakers BG 461/462, HI 247/248, PT 658/676, RU 532/540,
claimants BG 202/206, HI 106/111, PT 268/279, RU 223/231.
After every round of the stop before merged (BG 14, HI 11, PT 16, RU 14) the whole set scored speakers BG 516/517,
HI 247/248, PT 658/676, RU 532/540, claimants BG 231/235, HI 106/111, PT 268/279, RU 223/231; pooled unseen, speakers
BG 381/480 = 0.79, HI 172/213 = 0.81, PT 445/638 = 0.70, RU 382/501 = 0.76; claimants BG 156/218 = 0.72, HI 74/98 =
0.76, PT 192/263 = 0.73, RU 166/215 = 0.77.
A fifteenth Russian batch, written before the attribution code was read (``ru_geneva_consultations``, an
Interfax-style piece on US-Russian consultations with Ryabkov, Peskov, Zakharova, Lavrov, Zelensky, Merz, Tusk,
Rutte, the defence ministry and Ushakov; ``ru_coal_exports``, a Kommersant-style story on coal exports with a deputy
minister, Siluanov, RZD, the Central Bank, analysts, a governor and a union quoted through "приводит слова";
``ru_maternity_ward``, a regional story on a closed maternity ward with a chief doctor, a resident, the governor, the
regional minister, a court's press service, a hospital's lawyer and a union), scored unseen: speakers RU 42/56
(14/21, 14/18, 14/17), claimants RU 14/22 (4/6, 6/9, 4/7), as its gold was first written (no stem corrected). The
misses: the outlet told taken for the speaker ("Лавров в интервью агентству РИА Новости заявил", "Костров в беседе с
журналистами ИА «Север-Пресс» отметил", "— написал глава региона в своем канале в «Максе»"); offices named otherwise
("По словам замминистра" for "Заместитель министра … Рябков", "Как отметил министр" given to that deputy rather than
"Глава МИД … Лавров", "Глава ведомства добавил" for the finance minister, "глава региона" for the governor);
"— добавил представитель Кремля" read as Russia; "— передает слова польского премьера агентство PAP" and "—
приводит слова председателя профсоюза Ивана Мохначука „Интерфакс“" with no speaker; "Министерство обороны России
… сообщило" read as Russia; "Как сообщает пресс-служба суда" cut to "пресс-служба"; "Рютте" lemmatised to
"Рютта"; no reported speech after "заявил на заседании профильного комитета Госдумы, что" (the comma before "что"
taken for a clause) nor before "…, приводит данные эксперт"; "По данным регулятора" left unresolved. Pooled over
the fifteen held-out Russian batches: speakers RU 424/557 = 0.76, claimants RU 180/237 = 0.76. After the fifteenth
round the batch scores speakers RU 56/56 and claimants RU 21/22 (left: "семь родильных отделений", a count in words
with no scale, no value by design). Three older misses now found ("Силуанов, выступая на форуме «Россия зовет!»,
напомнил, что": a gerund's clause with a name in quote marks; "Белозёров связывает падение с …", a cause given as an
opinion; "— говорит врач" for the surgeon who spoke in that paragraph, and his "проработавший в больнице 32 года"
no longer his claim), "в пресс-службе института" in ``ru_salmon`` now the institute's, and one older gold stem now
missed: ``ru_mortgage``'s "— говорится в обзоре
регулятора" goes to "Центробанк", the body the sentence before named, where the gold keeps the bare "регулятор".
The whole Russian set scores speakers RU 591/596, claimants RU 245/253; after this round the whole set, as the
test prints it, scores speakers BG 516/517, HI 247/248, PT 658/676, RU 591/596, claimants BG 231/235, HI 106/111,
PT 268/279, RU 245/253.
Seventeenth Portuguese round (``pt_defesa_safe``, a Lusa-style piece on Portugal's loans from the European SAFE
defence fund with the minister, the Kremlin's and Kyiv's voices, a reserve general heard by Lusa, party leaders,
"conforme explicou o chefe do Estado-Maior …, general …" and "tinha pedido aos aliados que"; ``pt_stf_emendas``, a
Folha/G1-style story on a Supreme Court judge blocking parliamentary grants, with the Speaker, a party leader "(RJ)",
a lawyer in dash speech, "Conforme levantamento da ONG …" and a senator who is the object of the sentence before;
``pt_erosao_caparica``, a coastal-erosion story in Almada with IPMA, APA, residents in dash and «» speech, "disse à
Lusa" and "Em declarações à SIC Notícias"), scored unseen: speakers 18/21, 18/19, 19/21 (55/61) and claimants 7/7,
6/7, 8/8 (21/22), as its gold was first written (no stem corrected). The misses: a rank between the comma and the name
after a title's body ("o chefe do Estado-Maior da Força Aérea, general João Cartaxo Alves," and "Para o líder do PL na
Câmara, deputado Sóstenes Cavalcante (RJ)," given to the body, with that figure), a compound past ("…, Mark Rutte, que
esteve em Lisboa …, tinha pedido aos aliados que "…""), "Uma fonte dos estaleiros de Viana do Castelo disse" given to
the place, "…, Jorge Valadas, que descreveu uma noite "de pânico"" and 'afirmou que "…" para proteger as populações e
que o Governo vai …' (the second clause lost). Pooled over the seventeen held-out Portuguese batches: speakers 500/699
= 0.72, claimants 213/285 = 0.75. The round's rules took on those misses and the kinds that recur in the older rounds'
misses: a reporting gerund after a comma (", acrescentando que …"), "acusou X de" with an infinitive or one quoted
word, a title with a country's adjective ("declarou o ministro ucraniano", "O presidente lituano sublinhou") and "o
chefe da diplomacia" for a bare "o ministro", a study that "mostra que" after an opening source ("Segundo Porto,
pesquisa … mostra que"), "Para o pneumologista X," (specialists in -logista/-ólogo as titles), a long phrase of
occasion before "que" ("afirmou à margem de uma visita ao hospital que"), a second verb of the reported clause's
subject after its quote ('os réus "…" e optaram por …'), "A iFood, maior empresa do setor, afirmou" and a later "A
empresa diz", double surnames joined by "e" ("Henrique Gouveia e Melo"), a country's adjective closing a body's name
("a Marinha sueca"), two titles joined by "e" before a name ("O jornalista e ambientalista Hiram Firmino, criador do
prémio …,") and a quote that opens a sentence in the middle of a paragraph with no attribution of its own, which goes
on with the sentence before (the speaker of its quote, else the person who opens it: '"…", disse Dudchak. "O gabinete
…"', "Já a porta-voz …, Maria Zakharova, foi mais comedida. "Vimos …""). On the first 100 SemEval training articles 44
speakers or claimants changed, none from right to wrong: 25 unattributed or wrong now right (four of them a body's
name made exact, "Governo" to "Governo turco"; "O presidente lituano sublinhou" no longer Macron; quotes after '…",
disse Putin.'), 14 new quotes with their right speakers (", acrescentando que", "tinha dito que", "descreveu … que"),
one accusation and the clause after it now one quote, and two still wrong (a quote after '…", afirmou o grupo.' takes
the wrong name its neighbour already had; a sentence claim with an age in it now goes to the speaker of its reported
clause). After the seventeenth round the batch scores speakers 61/61 and claimants 22/22, and the whole Portuguese set
speakers 732/737, claimants 294/301 (the older articles gained 13 speakers and 4 claims: "Gouveia e Melo", "o ministro
ucraniano", "A iFood", "a Marinha sueca", "acrescentando que", "de ter ignorado dois avisos", "o surto mostra que", "à
margem de uma visita ao hospital que" and 'acusou a Lituânia de "histeria"' among them). After this round the whole
set, as the test prints it, scores speakers BG 516/517, HI 247/248, PT 732/737, RU 532/540, claimants BG 231/235, HI
106/111, PT 294/301, RU 223/231.
A fifteenth batch for Bulgarian, written before the attribution code was read (``bg_shadow_fleet``, a BTA-style
piece on checks of Russia's "shadow fleet" in the Black Sea with the foreign and defence ministers, Kallas,
Zakharova, the Russian embassy, the president, Sybiha, a retired admiral and the IEA; ``bg_inflation_budget``, an
economy and parliament story with the НСИ, the finance minister, the Фискален съвет, the КНСБ, the АИКБ, the БНБ and
Eurostat, thirteen sourced figures; ``bg_plovdiv_flu``, a local flu-epidemic story with the РЗИ, the mayor, doctors,
parents and dash speech), scored unseen: speakers 17/19, 13/18, 17/17 (47/54) and claimants 6/7, 7/13, 6/7 (19/27),
as its gold was first written (no stem corrected); the dateline "4 декември 2026 г., 12:40 ч." was not read either.
The misses: "По думите на върховния представител на ЕС за външната политика Кая Калас" (the EU taken, a title's
field before a foreign name) with its figure; "Говорителката на … Мария Захарова определи решението като „…“" (a
feminine title, four quoted words); "…, показват предварителните данни на НСИ" and the two rates of the sentence after
it; "– … – отвърна Тодоров"; "Според данните на организацията" (the АИКБ named before); "Цанков отчита, че"; "Данните
на Евростат пък сочат, че". Pooled over the fifteen held-out Bulgarian batches: speakers 428/534 = 0.80, claimants
175/245 = 0.71: both targets reached on unseen Bulgarian text. After the fifteenth round the batch scores speakers
54/54 and claimants 26/27 (left: "девет области", a count in words, which the claims layer does not read as a value),
and the whole Bulgarian set speakers 570/571, claimants 257/262 (the older misses "ООН", "F-16", "три пъти", "322
евро" left). The round's other rules came from probing common constructions, not from the batch: a plural group with
its field ("Учените по климата предупреждават", "…, казват учените"), which "Те" then points back at; "В
съобщението на прокуратурата се казва, че"; "По думите на кмета на Варна" (the person named with that title and
place); up to eight words of where and to whom before ", че"; a denied verb ("Ройтерс не уточнява") reports nothing;
"предаде БТА", "увериха", "отбелязват", "информира", "уточняват"; a sentence the splitter joined over "2028 г." cut
before a title or a pronoun; "Според данни от 2023 г." names no source; "X пред БНР: „…“"; "Представители на
бранша", "Източник от МВР" kept whole; "Той" after a sentence opened by a title with no name is that title; "Преди",
"Някои", "Ето", "Тъй" open no name; and "_bg_named_before" compares the noun's stem without its article
("министерството" no longer finds "Финансовият министър"). On the first 100 SemEval training articles the round
changed 91 quotes or claims (most of them new reported speech closed by "предупреждават", "казват учените", "предаде
Ройтерс"): by our reading none went from right to wrong but four debatable ones ("Докладът за състоянието на планетата
предупреждава, че …, обяви днес WWF": the report now, the announcing WWF before; twice "Според тях" now "Учените", the
World Weather Attribution team named before; "Според доклада" now "Учени", the report's authors), and two new quotes
have a wrong speaker (the lead-in to a quoted headline; "…“, предупреждава проучването" given to the climatologists
named before). The other languages unchanged:
speakers HI 247/248, PT 658/676, RU 532/540, claimants HI 106/111, PT 268/279, RU 223/231.
A sixteenth Russian batch, written before the attribution code was read (``ru_lng_transit``, a Kommersant-style
analysis of an EU ban on Russian LNG transhipment with von der Leyen, a port operator's head, the Belgian premier,
Peskov, Zakharova, two energy analysts, Rutte, Szijjártó and an unnamed source of the paper; ``ru_school_roof``, a
regional story on a school gym's collapsed roof with the regional МЧС, the health ministry, the governor, the
investigators' spokeswoman, the prosecutor's office, the headmistress, the education department, two parents, the
town administration and a university lecturer; ``ru_measles``, a health story on measles with Rospotrebnadzor, the
WHO, the health ministry's chief specialist, a research institute's study and its leader, a hospital's head of
department, a deputy and a paediatrician), scored unseen: speakers RU 48/56 (18/20, 15/18, 15/18), claimants RU
20/24 (6/7, 7/7, 7/10), as its gold was first written (no stem corrected). The misses: "Как выяснил «Коммерсантъ»,
…" with no reporting verb; "Позицию Вермелена поддержал премьер-министр Бельгии Барт де Вевер. По его словам" given
to the man in the genitive (the particle "де" hid the first name's gender); "Об этом говорится в сообщении
Роспотребнадзора" not giving the sentence before; "— рассказала руководитель исследования, кандидат медицинских наук
Анастасия Горелова" cut at the title's comma; "По информации министерства" not resolved to "Минздрав"; "—
считает специалист" with no role noun; "В надзорном ведомстве отметили" given to a committee named earlier rather than
"Прокуратура Златоуста", which opened the sentence before; "В управлении образования Златоуста с этим не согласны.
Там заявили" given to that committee too. Pooled over the sixteen held-out Russian batches: speakers RU 472/613 =
0.77, claimants RU 200/261 = 0.77. After the sixteenth round the batch scores speakers RU 56/56 and claimants RU
24/24. Older misses now found: "В Роспотребнадзоре рекомендовали жителям употреблять …" (an infinitive after a
verb of advice), "в дорожном департаменте возразили: по данным ведомства" (the body the same sentence named), "Как
сообщили в «Яндекс Go», … . Стоимость поездок … на 14%" (the next sentence's figure goes on with the body) and
"Источники в ведомстве сообщили" in ``ru_metro``; ``ru_znpp_outage``'s "По данным агентства" now gives the agency
("Международное агентство по атомной энергии", where the gold keeps its acronym "МАГАТЭ"); and one older gold stem
now missed: ``ru_oil``'s "по оценке министерства" goes to "Минфин", the ministry named before, where the gold keeps
the bare "министерств" (quote and claim). On the first 100 SemEval training articles no speaker or claimant went from
right to wrong (one sentence and its claim now given to "СберАналитика" by "Об этом сообщается в исследовании
сервисов «СберАналитика»", one stray quote gone); on the other 115 none either (a lawyer's three statements now his
name rather than "Адвокат", four quoted names no longer quotes, "Политикам в ЕС посоветовали" no speaker). The whole
Russian set scores speakers RU 650/652, claimants RU 269/277; after this round the whole set, as the test prints it,
scores speakers BG 516/517, HI 247/248, PT 658/676, RU 650/652, claimants BG 231/235, HI 106/111, PT 268/279, RU
269/277.
A twelfth Hindi batch, written before the attribution code was read (``hi_kyiv_drones``, a BBC Hindi-style piece on a
drone attack on Kyiv with Zelensky, Klitschko, Peskov, Rutte, the MEA spokesman and Jaishankar; ``hi_gst_sangrah``, a
Navbharat Times-style GST story with the finance ministry's figures, two states, a revenue secretary and a court;
``hi_sitapur_dawat``, a Dainik Bhaskar-style local story on food poisoning at a wedding with the DM, the CMO, the SP,
doctors and villagers), scored unseen: speakers 18/20, 14/17, 15/19 (47/56) and claimants 7/7, 7/9, 6/7 (20/23). The
misses were again back-references and missing cues: verbs of asking and arguing ("ने अपील की कि", "ने दलील दी कि"), a
bare "मेयर के अनुसार", a title with its modifier ("'…,' राजस्व सचिव ने जोड़ा" after "केंद्रीय राजस्व सचिव अरविंद
श्रीवास्तव"), "वित्त मंत्रालय की ओर से सोमवार को जारी आंकड़ों के मुताबिक" and a bare "आंकड़ों के अनुसार" after it, an
उन्होंने that took "डीएम" unresolved or the "टीम ने" inside the DM's reported clause, "सुशीला देवी रोते हुए कहती हैं,
'…।'" whose quote went to the next sentence's "उन्होंने बताया कि", and "प्रदेश सरकार ने … 2-2 लाख रुपये … देने की
घोषणा की". Rules were also added for kinds of cue that recur across the rounds: nouns that report with their light
verb ("पुष्टि की कि", "खुलासा किया कि", "निर्देश दिए कि", "जानकारी दी कि", "ट्वीट किया"; alone they report nothing),
"X का दावा/आरोप है कि", "X के शब्दों में", "X की रिपोर्ट में कहा गया है कि", role words as titles ("वकील",
"वैज्ञानिक", "प्रभारी", "सरपंच" …), and a reported clause that ends before "जबकि". Pooled over the eleven held-out
Hindi batches: speakers 219/269 = 0.81, claimants 94/121 = 0.78. After the round the batch scores speakers 56/56 and
claimants 23/23 (no gold stem changed), and the whole Hindi set speakers HI 303/304, claimants HI 130/134 (one earlier
miss, "20 लाख से बढ़ाकर" of ``hi_tigers``, now right by the rule for an announced sum); the other languages as
printed: speakers BG 516/517, PT 732/737, RU 591/596, claimants BG 231/235, PT 294/301, RU 245/253. On the first 100
Hindi training articles the round changed 21 attributions: 5 wrong to right, none right to wrong, 6 the same speaker
named otherwise or a span cut differently, 10 new reported clauses (9 right; one "उन्होंने चेताया कि" whose
antecedent, a name opening the article without ने, is not found).
Eighteenth Portuguese round (``pt_lula_mediacao``, a Folha/Agência Brasil-style story on Lula's offer to host
Russia-Ukraine talks with the Finnish president, the Itamaraty "em nota" and "De acordo com a pasta", Peskov, Kyiv's
presidential office, a former ambassador "ao g1", a senator "(PL-SC)" with an apposition, Kaja Kallas and a one-question
dash interview; ``pt_autoeuropa_paragem``, a Lusa-style piece on a production stop at Autoeuropa with the workers'
commission, "a estrutura sindical do SITE-Sul", a minister, INE and Banco de Portugal figures, an ISEG economist, the
mayor and workers at the gate; ``pt_prefeito_transporte``, a g1-style story on a mayor removed by a judge over
school-transport fraud with the MPMS prosecutor, the Polícia Civil "em nota, a corporação", a police chief, residents
in dash speech, the defence and the vice-mayor), scored unseen: speakers 15/22, 17/20, 15/19 (47/61) and claimants 4/6,
4/7, 5/7 (13/20) as the gold was first written; one stem was a slip and is corrected ("MDIC" for the ministry's full
name "Ministério do Desenvolvimento, Indústria, Comércio e Serviços (MDIC)", which the layer gave unseen), which makes
the unseen claimants 6/6 and 15/20. The misses: role nouns standing for a person the names layer had not made one
("disse a diplomata" after "A ex-embaixadora do Brasil em Kiev Regina Coutinho", joined into one name with the place,
like "UnB Marcelo Trindade"; "Segundo o petista" after "Lula", a middle name of "Luiz Inácio Lula da Silva (PT)", whose
party stayed in the name; "criticou o parlamentar" after "O senador Eduardo Pires (PL-SC), vice-presidente da Comissão
…," given to the committee), "Para o finlandês," with no speaker, "De acordo com a pasta" given to the UN named last,
"a estrutura sindical do SITE-Sul acusa a Autoeuropa de" given to the company, "segundo os mesmos dados do instituto"
and "a corporação" left as bare nouns, "o magistrado" after "do juiz Leandro Afonso Reis, da 1ª Vara …" given to the
court, "— … — relembra." and a single question-and-answer pair with no speaker, "Outra moradora, …, disse" given to
"Outra", and "a administração" of the company given to the company (kept as a miss: the gold asks for the
administration). Pooled over the eighteen held-out Portuguese batches: speakers 547/760 = 0.72, claimants 226/305 =
0.74 as first written (228/305 = 0.75 with the corrected stem). The round's rules: "relembra"/"relembrou" report;
"estrutura" is a body noun ("a estrutura sindical do X" names X, a bare "a estrutura sindical" is the body named
before); "corporação" points back at the body named last, and "Polícia"/"Guarda" open bodies' names; "o instituto"
with no institute of that name is the one named last by its acronym ("De acordo com o INE"); brackets after a person's
name are no part of it ("Davi Lima (MDB-BA)", "Lula da Silva (PT)": a body keeps its acronym when its capitals are the
name's initials) and a party in brackets no longer hides the apposition after it ("O senador X (PL-SC),
vice-presidente da Comissão …, disse"); a place or an acronym after a preposition joined to the name after it ("em
Kiev Regina Coutinho", "da UnB Marcelo Trindade", "à BBC Andrew Fleming") is split when the place stands alone
elsewhere or the word is an acronym; one question and its answer in dash speech after an interview's introduction are
an interview; "Outro/Outra" and a role noun are an unnamed person, not a name; "o magistrado" is the one named before
as "juiz" (a title synonym); "a pasta" is the ministry (or the Itamaraty) named before, not another body named
after it; a one-word name that is a middle word of a person's full name ("Lula") may be what a role noun ("o
petista") points back at; "Para o finlandês," is the person introduced with that country. On the first 100 SemEval
training articles 4 speakers or claimants changed, none from right to wrong: "BBC Andrew Fleming" to "Andrew Fleming"
(two quotes and a claim) and "referiu um comunicado da pasta" from "NATO" to the Russian "Ministério dos Negócios
Estrangeiros" named before. After the eighteenth round the batch scores speakers 59/61 and claimants 17/20 (with the
corrected stem), and the whole Portuguese set speakers 790/798, claimants 310/321; the older articles lost one
speaker and one claim to better answers their gold does not take ("…, segundo a corporação" after "A Polícia Federal
prendeu" in ``pt_merenda_stf`` is now the Polícia Federal, the gold keeps "corporação"), and ``pt_transportes``'s
"a estrutura sindical acusa" is now "Sindicato dos Maquinistas" where the gold keeps "sindical" (a miss before and
after). After this round the whole set, as the test prints it, scores speakers BG 516/517, HI 247/248, PT 790/798, RU
591/596, claimants BG 231/235, HI 106/111, PT 310/321, RU 245/253.
A seventeenth Russian batch, written before the attribution code was read (``ru_key_rate_pause``, an RBC-style
piece on the Central Bank's pause with Nabiullina, Siluanov, bank economists, «Дом.РФ», a think tank's commentary,
an unnamed ministry source told to RBC, «Коммерсантъ» and a deputy; ``ru_black_sea_talks``, an Izvestia-style piece
on a Black Sea truce with Peskov, Zakharova, Rutte, Sybiha, Fidan, a military expert, the Wall Street Journal,
Ushakov and Kallas; ``ru_boiler_accident``, a regional story on a boiler-house failure with the governor's Telegram
channel, the МЧС, a resident, a head doctor, the prosecutor's office, a court, the mayor, the heating company and a
pensioner), scored unseen: speakers RU 34/38 (10/13, 13/13, 11/12), claimants RU 7/10 (2/5, 1/1, 4/4) as its gold
was first written; one slip of mine corrected: two claimant stems "Банк России" for "По прогнозу ЦБ" and "из доклада
ЦБ", now "ЦБ" (claimants 9/10 after it, ``ru_key_rate_pause`` 4/5). The misses: "Председатель ЦБ Эльвира
Набиуллина … Глава регулятора также отметила, что" given to "ЦБ" (the r16 weakness again); "— говорится в
комментарии аналитического центра «Твердые цифры»" given to "комментарии аналитического"; "— сказал РБК источник в
министерстве" given to the outlet told; "В компании «Кузбассэнерго» причиной аварии назвали … «…», — отметили в
компании" given to "компании" (the company's name in quote marks was read as a quote and never counted as a body);
"По оценкам аналитиков «Дом.РФ», … на 15%" split by the sentence splitter at "Дом." (left alone). Pooled over the
seventeen held-out Russian batches: speakers RU 506/651 = 0.78, claimants RU 207/271 = 0.76 (209/271 = 0.77 with the
corrected stems). After the seventeenth round the batch scores speakers RU 38/38 and claimants RU 9/10, and the whole
set, as the test prints it, speakers BG 571/571, HI 304/304, PT 733/737, RU 688/690, claimants BG 258/262, HI
131/134, PT 294/301, RU 279/287. On the first 100 Russian training articles the round changed no speaker or claimant
(a first form of the quoted-name rule gave a journal, «Разведчик», for "Во французском оборонном ведомстве
посетовали" and was narrowed to names after a company's noun).
A sixteenth batch for Bulgarian, written before the attribution code was read (``bg_mine_clearing``, a BTA-style
piece on the Black Sea mine-clearing mission with the Bulgarian, Turkish and Romanian defence ministers, the
president, an MEP, the Russian embassy, an analyst on Nova, a vice admiral, Rutte and Sozopol's fishermen and mayor;
``bg_wages_euro``, an economy story on wages and euro prices with the НСИ, the finance minister, the КНСБ, the БНБ,
the ИПИ, the КЗП and Eurostat; ``bg_vratsa_ambulance``, a local protest over a closed ambulance post with ОДМВР,
residents, the mayor, the ЦСМП's director, the regional governor, the health minister and the БЛС), scored unseen:
speakers 17/19, 16/19, 18/19 (51/57) and claimants 2/5, 5/8, 5/6 (12/19) as its gold was first written; two stems
were slips and were corrected to the body they point back at ("ведомството" to "отбраната", the Ministry of Defence
the layer names; "синдиката" to "КНСБ"), which gives claimants 3/5, 6/8, 5/6 (14/19). The misses: "е на мнение, че"
three times (an MEP, the БНБ governor, the БЛС chairman), "Той настоя минималната работна заплата да бъде вдигната до
620 евро" (three words before "да") with its figure, "Ръстът … е 11,4 на сто" after a sum read from "сочат данните на
НСИ" ("на сто" was not a percentage), "позиция, според която мисията е „…“" for the embassy, "Петкова допълна, че"
(the article's own slip for "допълни"), and counts in words ("два нови миночистача", "пет държави", "Около двеста
жители"). Pooled over the sixteen held-out Bulgarian batches: speakers 479/591 = 0.81, claimants 187/264 = 0.71
(189/264 = 0.72 with the two corrected stems). Rules: "мнение" reports ("X е на мнение, че", "Това мнение изрази
X"); "на сто" is a percentage; a percentage right after a sum (not only a percentage) read from a body's data comes
from the same data; a Bulgarian reporting verb reaches its "да" clause over three words, not two.
After the sixteenth round the batch scores speakers 18/19, 18/19, 19/19 (55/57) and claimants 3/5, 8/8, 5/6 (16/19)
(left: the embassy's "според която", "допълна", the counts in words), and the whole Bulgarian set speakers 626/628,
claimants 274/281 (the older misses "F-16", "три пъти", "322 евро", "девет области" left). On the first 100 SemEval
training articles the round changed 7 quotes, all new: none right to wrong; 5 new with the right speaker ("Те са на
мнение, че" twice for "учените", "Това мнение изрази … Виктор Орбан", "Столтенберг призова съюзниците от Алианса да
премахнат …" twice), 2 with a wrong one ("Той … призова участниците в конференцията да бъдат …" given to Putin, as
the older "Той също така каза, че" of that paragraph already is, for Sachs; "Тя заявява готовността на поляците да
умрат …" with "Тя", the government, unresolved). After this round the whole set, as the test prints it, scores
speakers BG 626/628, HI 304/304, PT 733/737, RU 650/652, claimants BG 274/281, HI 131/134, PT 294/301, RU 270/277.
After every round merged (BG 16, HI 12, PT 18, RU 17), and with the scorer below reading a gold stem also in a
mention of the speaker's entity (the entities layer names big actors in English in every language: "ООН", "ВОЗ",
"МАГАТЭ" are "United Nations", "World Health Organization", "IAEA"; this flipped 8 items, all the same entity), the
whole set scores speakers BG 626/628, HI 304/304, PT 791/798, RU 688/690, claimants BG 274/281, HI 131/134, PT
310/321, RU 279/287. Pooled over every unseen batch, as first written: speakers BG 479/591 = 0.81, HI 219/269 =
0.81, PT 547/760 = 0.72, RU 506/651 = 0.78; claimants BG 187/264 = 0.71, HI 94/121 = 0.78, PT 226/305 = 0.74, RU
207/271 = 0.76.
A seventeenth batch for Bulgarian, written before the attribution code was read (``bg_disinfo_network``, a
Sega-style piece on a Russian propaganda network uncovered by ДАНС, with its chairwoman, the interior minister, the
Russian embassy, an MEP, an analyst of the Център за изследване на демокрацията, the president, a Romanian minister,
Reuters, the EU's diplomatic service, Meta and „Галъп интернешънъл“; ``bg_coal_transition``, a Capital-style story on
closing the coal plants of "Марица-изток" with the ИПИ, the НСИ, the energy minister, the Commission, the КНСБ, the
БНБ, the grid operator, a court, an energy expert, the mayor of Раднево, a miner and the employers, fourteen sourced
figures; ``bg_kresna_fire``, a NOVA-style local story on a forest fire in the Kresna gorge with the fire service, the
regional governor, the mayor, МВР, residents, a doctor, the forestry agency, a climatologist of НИМХ and the
prosecutors, with dash speech), scored unseen: speakers 15/21, 15/17, 16/19 (46/57) and claimants 4/8, 12/14, 6/7
(22/29), as its gold was first written (no stem corrected). The misses: bare titles and bodies after a source
phrase read with the next word ("По думите на кметицата в някои", "Според комисаря пожарът", "По изчисления на
центъра мрежата"), "Според председателя на ДАНС" given to the body (the woman named as "председателят на агенцията"),
"От руското посолство … определиха доклада като „…“ и заявиха, че Москва „…“" given to the minister named before,
"В доклад на службата, цитиран от агенцията, се посочва, че" given to the agency, no statement for "Компанията Meta,
собственик на „Фейсбук“, съобщи, че", "Данни на „Галъп интернешънъл“ от ноември сочат, че", "…, сочи анализ на
Института за пазарна икономика", "Комисията публикува … оценка, според която" and "Изпълнителната агенция по горите
изчислява, че", and "Електроенергийния системен оператор" cut after its adjective. Pooled over the seventeen held-out
Bulgarian batches: speakers 525/648 = 0.81, claimants 209/293 = 0.71. Rules: "комисар" and "кметица" are titles
("кметицата" points back at the person named "Кметът на …"); "центъра" is a body's noun, which points back at the
body named by that noun with its complement ("Центъра за изследване на демокрацията"), however far back in the
article; "изчислява" reports; "…, сочи анализ на X" (a cited text with no adjective) is X's; the month after a name in
quote marks ("Данни на „X“ от ноември сочат") and a name in quote marks inside an apposition ("Компанията Meta,
собственик на „Фейсбук“, съобщи") no longer hide the subject; "посолство" is a body's noun and "определиха" a verb of
calling; "… като „…“ и заявиха, че …" keeps the subject of the sentence's first verb; "цитиран от агенцията, се
посочва" is an aside; "…оценка/позиция/одит, според която …" after a verb of issuing is the sentence's subject's, with
the clause after the relative as the statement (the round-16 embassy's "позиция, според която" now right); "Според
председателя на ДАНС" is the person named with that title of a body told by a common noun whose initial is in the
acronym ("председателят на агенцията"); a country between a title and a name ("на отбраната на Румъния Ион
Попеску") is dropped; a sentence the splitter cut after "млн.," is joined ("2,1 млн., сочат данните на НСИ");
"Общественото мнение, че" reports nothing; a short masculine adjective ("системен") runs on in a body's name; and one
introduced by a profession ("Икономистът", "Анализаторът") is not the one a bare office points back at ("По думите на
европейския комисар по кохезията"). Two faults seen on the way were fixed too: a statement cut by the splitter at a
number's abbreviation was also kept beside the whole one (47 such pairs in the Bulgarian set, "… 3,1 млн" and "…
3,1 млн. барела дневно …"), and a body's name ran on past its noun into the statement ("Според данни на Морската
администрация риболовните кораби …"). After the seventeenth round the batch scores speakers 57/57 and claimants 29/29,
and the whole Bulgarian set speakers 684/685, claimants 303/310 (left: "допълна", the counts in words, "F-16", "322
евро"). On the first 100 SemEval training articles the round changed 24 quotes or claims: none right to wrong; 10
from wrong to right ("Според Световната метеорологична организация няколко държави" no longer "… организация
няколко"; "Световната здравна организация (СЗО) изчислява, че" no longer БТА's; "според министъра на
околната среда на Румъния Мирча Фекет" no longer "Румъния Мирча Фекет"; the figures of "ООН изчисли, че", "…,
изчислява Reclaim Finance", "…, показват данни на Международния валутен фонд" twice and "…, изчислява днес
Международната агенция за енергетика (МАЕ)" now theirs), 7 new quotes with the right speaker (the МАЕ's runs over
the sentence before, which the splitter joined over "2070 г."), 5 the same person under a fuller name ("Буонтемпо"
now "Карло Буонтемпо"), and "Сега на Вашингтон му е все по-трудно да защити своята основна теза", the writer's own
words, is no longer the United States' (the thesis after "според която" is). After this round the whole set, as the
test prints it, scores speakers BG 684/685, HI 304/304, PT 791/798, RU 688/690, claimants BG 303/310, HI 131/134,
PT 310/321, RU 279/287.

Nineteenth Portuguese round (``pt_fertilizantes_russos``, a Folha/Agência Brasil-style story on Brazil keeping its
Russian fertiliser imports against EU sanctions, with the chanceler, "Em nota, o Itamaraty informou", Kaja Kallas,
Peskov, Kyiv's ambassador in dash speech, the CNA's president "Na avaliação do presidente da … (CNA), João Martins,", an
economist in the present tense and by pronoun, the agriculture minister, Lula, the European Commission, "Segundo dados
da Associação Nacional para Difusão de Adubos (Anda)" and a former minister "hoje senadora"; ``pt_hidrogenio_sines``, a
Lusa/Público-style piece on a green-hydrogen consortium suspending its Sines plant, with "Em comunicado, a empresa", its
Spanish CEO "o presidente executivo do consórcio, o espanhol Javier Olmedo,", "O gestor acrescentou", the SIESI union
and a union leader, the minister, REN, INE, an ISEG economist in dash speech, the Banco de Portugal governor after
"Para", the mayor, a worker and the Commission; ``pt_garimpo_prefeita``, a g1/UOL-style story on a mayor arrested over
illegal-gold laundering, with "A Polícia Federal (PF) … Segundo a PF", the delegado, the MPF, a prosecutor in dash
speech, the defence "em nota", a lawyer "ao UOL", an unnamed shopkeeper, a resident, the state government, the council
president and Funai), scored unseen: speakers 18/22, 17/20, 16/18 (51/60) and claimants 5/7, 5/7, 5/7 (15/21); no gold
stem was changed. The misses: a body's acronym in brackets before the apposed name hid the person ("presidente da
Confederação … (CNA), João Martins," gave the body); "para" cut a body's name ("Associação Nacional"); "A ex-ministra da
Agricultura Tereza Cristina, hoje senadora pelo PP, disse" gave "senadora" (the portfolio joined to the name, an office
in apposition after it); "a empresa" after "O consórcio H2 Costa Azul" stayed a bare noun; "o presidente executivo do
consórcio, o espanhol Javier Olmedo" gave "presidente"; "O gestor" was no role; "Segundo a PF" after "A Polícia Federal
(PF)" gave only "PF"; "contou um comerciante que pediu …" gave the lawyer named before (and its relative clause became a
quote); "ao menos três aldeias" is a count in words, no value by design (kept as a miss). Pooled over the nineteen
held-out Portuguese batches: speakers 598/820 = 0.73, claimants 241/326 = 0.74. The round's rules: a body's acronym in
brackets may stand between the body and the apposed person ("Segundo o presidente da Federação … (FIEC), Ricardo
Matos,"); after a title, ", o/a" and a country's adjective or a role noun open the apposed name ("o diretor-geral do
estaleiro, o norueguês Lars Holm"); the apposed person after a title's body may close the sentence ("admitiu à Lusa o
presidente da Adega …, Luís Serra."); "um/uma" and a noun after a reporting verb, or an indefinite role noun, is someone
not named (never the one who spoke before) and "que" after it opens a relative clause, not what was said; a minister's
portfolio or "Câmara" between the title and the name is split from the name by the names layer ("o ministro da Fazenda
Fernando Haddad") and skipped before an apposition ("A ex-ministra da Saúde X, hoje deputada …, disse"); "a empresa" is
also a company introduced with its kind ("o consórcio X", "a construtora X", "o grupo X"); "a estatal" is a company
noun; a body named by an acronym is given the full name it was introduced with ("Polícia Federal (PF)"); "para" (and
"para a") runs inside a body's name opening with a body's head word ("Agência para a Modernização Administrativa");
"gestor", "administrador", "sindicalista", "edil", "consultor", "assessor", "fundador", "perito" are role nouns and
"comissário" a title; a body noun with a country's adjective is that country's body ("O Governo francês", "as fontes
russas"), and a name after the adjective is the body ("a agência espanhola Europa Press"); 'disse que "…" e saiu da
sala' ends at the quote; "acusou o Governo de" names the one accused, however written; a bare title is the person right
after it, not a court or body in that person's apposition ("O juiz X, da 2ª Vara Criminal"); "Segundo o levantamento,
feito pela X," is X's ("sondagem" and "pesquisa" are cited texts); "no X." (the platform) is no initial of the name
opening the next sentence; an aside between commas may stand between the verb and "que" ("lamentou, numa publicação nas
redes sociais, que"); a foreign name with a lower-case particle is one name ("Ursula von der Leyen", then "von der
Leyen" alone: the names layer cut it in two); "embaixada" is a body noun ("a embaixada russa"); "falou com" and "ouviu"
announce an interview ("A Lusa falou com a enfermeira-chefe …, X." before dash questions and answers); "divulgou que"
reports; a closing source verb takes an article before the cited text and its body ("…, indicam os dados do INE"), and
the plural source verbs ("indicam", "revelam", "apontam", "mostram", "concluem") close a statement too; a UN agency's
long name runs over "para os" and, after "para", over "e a" ("Alto Comissariado das Nações Unidas para os Refugiados",
"Organização das Nações Unidas para a Alimentação e a Agricultura"; "organização", "fundo", "programa", "comissariado"
open bodies' names); a bare title's article tells the gender of the person it points back at when no one was named with
that title ("A governante garantiu" after a man spoke is the woman named before); a subject closed by a bare verb is no
statement ("O arguido, Paulo Serra, nega."); "testemunha", "vizinho", "vizinha" are role nouns; the defence, office or
lawyer of a titled person speaks as itself ("a defesa do ex-deputado disse", "a assessoria da prefeita informou": not
the person the title points back at; "assessoria" is a body noun). On the first 100 SemEval training articles 31
speakers or claimants changed, none from right to wrong: 17 from wrong or none to right ("O assessor da Presidência
disse ainda que" to Amorim twice, "a agência espanhola Europa Press" twice, "dados do Ministério para as Situações de
Emergência" twice, "a gestora … revelou que" and the quote after it to Marina Silva, "o diretor da Divisão Florestal da
FAO, Zhimin Wu," twice, "Kalinak afirmou, em entrevista à Ta3 News, que" new, "a Câmara Municipal de La Puebla del Rio"
for "Rio" twice, "…, informou o Ministério da Defesa da Rússia" for "da Rússia" twice, "o jornal “Estadão’’ divulgou
que" new, its name with the article's stray marks, "O líder da Lituânia disse que" to Gitanas Nauseda, not Macron), 10
made more precise ("Ursula von der Leyen" for "Leyen" four times, "Agência Espacial Norte-americana (Nasa)" for
"Espacial Norte-americana (Nasa)" twice; "fonte ucraniana", "defesa ucraniana", "fontes russas" for the bare nouns), 2
wrong before and after ("Segundo essa fonte" after "O exército russo anunciou" now "fontes russas", before "fonte") and
one announcement whose span moved to its object ("o governo da primeira-ministra italiana, Giorgia Meloni, anunciou um
projeto de lei", the same speaker, two entries). After the nineteenth round the batch scores speakers 60/60 and
claimants 20/21, and the whole Portuguese set speakers 851/858, claimants 330/342 (the older articles unchanged). After
this round the whole set, as the test prints it, scores speakers BG 626/628, HI 304/304, PT 851/858, RU 688/690,
claimants BG 274/281, HI 131/134, PT 330/342, RU 279/287.

An eighteenth Russian batch, written before the attribution code was read (``ru_nwf_reserves``, a RIA/TASS-style
wire on the finance ministry selling National Wealth Fund reserves with the ministry, Siluanov, Nabiullina and her
deputy Yudaeva in oblique cases, Raiffeisenbank's analysts, a one-page dash interview with an economist, the Счетная
палата "как следует из доклада", "По прогнозу Минэкономразвития", a bank association's director, a deputy, an
unnamed government source told to RBC and «Ведомости»; ``ru_arctic_exercises``, an Izvestia-style piece on NATO
exercises in Finland with Zakharova "Об этом «Известиям» рассказала", Peskov, the Finnish foreign minister quoted
through "приводит слова", Rutte, Kallas, Podolyak, two military experts, the Karelian governor's Telegram channel,
Reuters, the OSCE envoy, the Finnish defence minister's estimate, the defence ministry's figures and two MEPs;
``ru_permafrost_houses``, a regional climate story on houses cracking on thawing permafrost in Yakutsk with the head
of the republic's Telegram channel, a pensioner and her neighbour, a permafrost scientist, the prosecutor's office,
a court ruling, the mayor, the МЧС, a head doctor, a deputy, the regional construction ministry and a resident told
to a news agency), scored unseen: speakers RU 50/52 (17/17, 15/17, 18/18), claimants RU 22/23 (9/9, 6/7, 7/7), as
its gold was first written (no stem corrected). The misses: "В МИД России пообещали «…». Об этом «Известиям»
рассказала … Мария Захарова" (an outlet in quote marks between the pointer opener and its verb), "Литовкину
возражает директор … Алексей Подберезкин. По мнению Подберезкина, … Эксперт обратил внимание, что" ("обратить
внимание" no reporting verb), and "Хяккянен ранее оценивал расходы … в 90 млн евро" (a measuring verb gives no
claimant). Pooled over the eighteen held-out Russian batches: speakers RU 556/703 = 0.79, claimants RU 229/294 =
0.78 (231/294 = 0.79 with r17's corrected stems). Since this batch scored high, most of the round's rules came from
probing the kinds of miss that recur in the earlier rounds (the outlet told taken for the speaker, offices named
otherwise, oblique-case names, pointer openers, role nouns) in wire, interview and opinion styles: "обратить
внимание, что", "прокомментировать", "высказать", "подсчитать" report ("отказался комментировать сообщения о том,
что …" reports nothing); "Об этом «Известиям» рассказала X" and "Об этом она рассказала в шоу «…»" (a pronoun after
the opener is the speaker); "Такое мнение высказала X", "Такой прогноз дал X", "Такое заявление сделал X"; a dative
name or pronoun opening the clause is whom one answers ("Гладкову ответила глава района …: «…»", "Ему возразила …");
a fronted inanimate object a past-tense verb cannot agree with is no subject ("Решение суда прокомментировала
адвокат …", "Слова Лаврова прокомментировала Кая Каллас: «…»"); "Слова X приводит ТАСС: «…»", "ТАСС приводит слова
X: «…»", "Reuters цитирует X: «…»" are X's; a person named before the verb after a quote is its subject ("«…»:
Рязанова прокомментировала поведение …"); "— сказал ТАСС представитель оперативных служб" (an outlet told before a
role); "Собеседник агентства в правительстве сообщил"; "собеседница" is an anonymous source; a role noun opening a
sentence is the paragraph's last speaker even after another person named earlier in it; "По словам
высокопоставленного дипломата" and "Глава военного ведомства" (an adjective before the title or the body noun; a
country's adjective must match the person found: "По мнению венгерского лидера" is not the Ukrainian president named
last); "Глава государства" is the president, "глава правительства" the premier named before; "Андрей Смирнов,
аналитик ФГ «Финам», считает" (an apposition ending with a company in quote marks); "сообщили в региональном
Минздраве"; one dash question and its answer after an interview's introduction, and "ответила на вопросы «…»" as
one; "В разговоре с Набиуллиной президент отметил" (the one talked with is no speaker); measuring verbs give a claim
to their named subject ("Росстат зафиксировал рост цен на 0,5%", which closes the r17 weakness; not "Долг оценивают
в …", with no subject) and a cited text opening the sentence gives its body the figure ("Прогноз Минэкономразвития
предполагает рост ВВП на 1,3%"); "вот" and "потому" are no names. After the eighteenth round the batch scores
speakers RU 52/52 and claimants RU 23/23, and the whole set, as the test prints it, speakers BG 626/628, HI 304/304,
PT 791/798, RU 740/742, claimants BG 274/281, HI 131/134, PT 310/321, RU 302/310 (no older Russian item changed). On
the first 100 Russian training articles the round changed 7 attributions: 6 wrong to right ("Как обратил внимание
глава региона", "Журналисты обратили внимание, что", "Об этом она рассказала в YouTube-шоу «…»", "По словам
белорусского лидера", a headline "«…»: Рязанова прокомментировала …", "Эксперты … оценили" as a claimant) and one
the same person named with his title ("Замглавы МИД России Михаил Галузин"), none right to wrong; on the other 115
it changed 19, none right to wrong (15 wrong to right, among them "Такое мнение высказал", "— прокомментировал
Сальдо", "заявил РИА Новости депутат … Василий Боля", "Глава государства обратил внимание" for Putin where Orbán had
just been named; two wrong speakers dropped, one span cut anew, and "На саммите НАТО оценили … в 40 миллиардов
помощи" now NATO's). Versions dropped or narrowed on that check: "передать" as a reporting verb ("США передали
Украине 30 танков, что вызвало …"), a bare "Как" before a verb read as "Вот как" ("Как отметил парламентарий, «…»"
in ``ru_csto_summit``), "По словам американского/венгерского …" resolved to whoever was named last, and the
told-outlet rule resolving "специалист по работе с вооружением" to Zelensky.

An eighteenth batch for Bulgarian, written before the attribution code was read (``bg_refinery_sanctions``, a
Mediapool-style story on the Burgas refinery under a special manager after the US sanctions, with that manager, the
energy minister in dash speech, a "Възраждане" MP, the Russian embassy's "позиция, в която определи мерките като
„…“", an analyst of the Център за изследване на демокрацията "е на мнение, че", the НСИ, the ИПИ, a union's
chairwoman after a colon, an MEP "пред Нова", a US official "цитиран от агенцията", a former minister, the mayor of
Бургас and the БНБ; ``bg_farm_subsidies``, a Dnevnik/Sega-style economy story on late farm subsidies with the grain
producers' association ("сочат данните на асоциацията"), the agriculture minister (a woman, "По думите ѝ"), the State
Fund "Земеделие", the НСИ, an ИПИ economist, "По изчисления на Министерството", the commodity exchange commission, a
farmer woman, an MEP, the chairman of the parliament's farm committee ("– … – настоя депутатът"), the БНБ governor
and "Фермерите от Русенско … Според тях"; ``bg_school_violence``, a Nova-style local story on a stabbing in a Stara
Zagora school with "съобщиха от МВР", the regional police director, a woman surgeon, the school's director in dash
speech, a mother, the mayor, the regional governor, the education minister "цитиран от БТА", a psychologist, УНИЦЕФ,
the teachers' union and its chairwoman, the prosecutors and pupils), scored unseen: speakers 19/20, 17/19, 19/19
(55/58) and claimants 7/7, 8/9, 4/6 (19/22), as its gold was first written (no stem corrected; one claim, "задържан
за 24 часа", was taken out of the gold before the first score as no checkable claim). The misses: the quoted words of
"позиция, в която определи мерките като „…“" had no speaker; "Според тях" after "Фермерите от Русенско настояват"
gave the ministry named in the sentence before; "настоя депутатът" gave the man introduced as "Евродепутатът", not
the chairman of the committee who spoke last; and the counts in words "Около двеста стопани", "петима свидетели" and
"всяко трето дете" were no claims. Pooled over the eighteen held-out Bulgarian batches: speakers 580/706 = 0.82,
claimants 228/315 = 0.72. Rules: a number in words after a phrase that counts ("около", "над", "поне", "близо",
"почти", "общо", "още", "повече от", "по-малко от", "най-малко", "до", "едва", "само") is a checkable count, read
from the lexicon (``count_phrases``, ``count_numbers``; "един", "една", "няколко" count nothing, and a span of time
is no counted thing: ``count_not_nouns``, "още три дни"); the numbers that count people ("двама", "петима") are a
count by themselves; "двеста" to "петстотин" are number words (also before a scale: "двеста хиляди души");
"всеки/всяка/всяко" with an ordinal ("всяко трето дете") is a proportion; a bare title is not a longer title that
ends with it ("депутатът" is no "евродепутатът", as in Portuguese); "Според тях" right after a sentence opened by a
plural group with a plural verb ("Фермерите от Русенско настояват") is that group; and a verb of calling inside a
relative clause ("…разпространи позиция, в която определи мерките като „…“") gives the quoted words to the subject of
the sentence. Three faults left open by earlier rounds were fixed too: a short sentence in the future with sums or
percentages, no quote marks and no other name, right after a speaker's figures in the same paragraph, goes on with
that speaker ("Минималната пенсия ще стане 322 евро, а максималната – 1200 евро." after the minister's sentence); a
reported clause of two words after "че" is kept ("съобщи, че лихвите растат"); and "комисията" is a body's noun,
pointing back at the commission named before ("Европейската комисия"). Count words alone ("десетки", "стотици") were
tried and dropped: on the first 100 SemEval training articles they added 13 claims, mostly vague and unsourced
("поведе на смърт стотици хора", "десетки от тях"). With the rules kept the training articles changed in 3 claims,
all new, none right to wrong: "Почти две трети от тези инвестиции …, показва проучването" (no claimant: the closing
"показва проучването" is not read), "според статистиката студеното време взима до десет пъти повече жертви" (given to
"статистиката студеното", the source phrase's span running over the next word, as before for the quote there) and
"двеста хиляди души в Приднестровието" in an interview's answer (no claimant, as the interview's other answers); the
speaker rules, the plan that goes on, the two-word clause and "комисията" changed nothing there. After the eighteenth
round the batch scores speakers 58/58 and claimants 22/22, and the whole Bulgarian set speakers 742/743, claimants
327/332 ("Около двеста жители" of ``bg_vratsa_ambulance`` and "322 евро" of ``bg_pensions`` now read; left: "от пет
държави", "в девет области", "два нови миночистача", "три пъти", "F-16" and "допълна"). After this round the whole
set, as the test prints it, scores speakers BG 742/743, HI 304/304, PT 851/858, RU 688/690, claimants BG 327/332, HI
131/134, PT 330/342, RU 279/287.

A twentieth Portuguese batch, written before the attribution code was read and in European Portuguese only (Lusa,
RTP, SIC Notícias and Jornal de Notícias styles): ``pt_onda_calor_ipma`` (a heat wave: the IPMA, a meteorologist, the
director-general of health, the environment minister, Zero and its president, a climatologist, the APA, the mayor of
Beja in a dash answer, the civil protection), ``pt_despesa_defesa`` (NATO's 2% target: the prime minister, NATO's
secretary-general, the foreign minister, Zelensky, Peskov, the PS and Bloco leaders, a former defence minister) and
``pt_urgencias_obstetricia`` (a closing maternity emergency: a hospital board, its chairwoman, a nurses' union and a
nurse, the health minister, the medical association's head, the mayor of Almada, an obstetrician), scored unseen:
speakers PT 41/46 (14/15, 14/15, 13/16), claimants PT 12/14 (4/5, 4/4, 4/5), as the gold was first written (no stem
corrected). The misses: "— … — contou a autarca ao Jornal de Notícias" (the outlet told after a bare title taken for
the speaker), "Moscovo, disse Peskov, "tomará …"" (the verb and its speaker between commas inside the quoted
sentence: the subject before was taken), "Para o obstetra Diogo Ayres de Campos, do Hospital …, a concentração …
"até pode ser positiva"" ("obstetra" no title, so no source, and the "disse ele" after it went to the mayor named
before), "a administração … explica que" given to the hospital's Unidade Local de Saúde (kept as a miss, as
``pt_autoeuropa_paragem``'s), and "O IPMA colocou 12 distritos sob aviso vermelho, prevendo … 46 graus" (a forecasting
gerund gives no claimant). Pooled over the nineteen held-out Portuguese batches counted so far (round 19's runs
apart): speakers 588/806 = 0.73, claimants 238/319 = 0.75. The speaker misses are again of the recurring kinds (an
outlet told taken for the speaker, a role noun the lexicon lacks, a speaker placed where the rules do not look). The
round's rules: medical specialists are titles ("obstetra", "pediatra", "psiquiatra", "geriatra", "cirurgião",
"anestesista", "parteira", "farmacêutico"); after a bare title, a capitalised name after "à"/"ao"/"às"/"aos" is the
outlet told, and the title points back ("— … — disse a autarca ao Diário de Notícias"); a reporting verb between
commas with its speaker inside the quoted sentence gives that speaker ("Budapeste, afirmou Szijjártó, "não aceitará
…""); a forecasting, measuring or counting verb with the figure as its object ("O IPMA prevê 40 graus", "A DGS
contabilizou 1.200 casos") or such a gerund after the comma that ends the main clause ("…, prevendo 46 graus") gives
the claim to its named subject when that is a body (an acronym or the head of a body's name) or a person, not a place
("a Amazónia registou a pior época de incêndios em 17 anos" stays the article's); "segundo" after "por" is no source
("300 metros cúbicos por segundo no rio Guadiana" was given to the river). After the twentieth round the batch scores
speakers PT 45/46 and claimants PT 14/14, and the whole set, as the test prints it, speakers BG 684/685, HI 304/304,
PT 896/904, RU 740/742, claimants BG 303/310, HI 131/134, PT 344/356, RU 302/310 (no older item changed). On the
first 100 Portuguese training articles the round changed no attribution; a first version of the measuring-verb rule
gave "a Amazónia registou …" to the Amazon (right to wrong) and was narrowed to bodies and persons, and "executivo"
as a body noun was dropped: it gives "O executivo de Luís Montenegro garantiu que …" (still no quote at all) but also
turned "afirmou o executivo" after a Petrobras chief into the body (right to wrong).

A thirteenth Hindi batch, written before the attribution code was read (``hi_lavrov_delhi``, a Navbharat Times/BBC
Hindi-style piece on Lavrov's visit to Delhi with Jaishankar, the MEA spokesman, Peskov, Zelensky, a JNU professor and
SIPRI's figures; ``hi_surya_ghar``, an Amar Ujala-style story on the rooftop solar scheme with the ministry's figures,
the minister's answer in the Lok Sabha, an opposition MP, a High Court bench, a power corporation and a CEEW analyst;
``hi_siwan_sharab``, a Dainik Bhaskar-style local story on a hooch tragedy with the DM, the SP, doctors, villagers,
the excise minister and the leader of the opposition), scored unseen: speakers 17/20, 17/18, 15/18 (49/56) and
claimants 7/7, 8/8, 6/7 (21/22). The misses: a name right after a title was no person to the resolver, Hindi having no
capitals ("रूस के विदेश मंत्री सर्गेई लावरोव", so "रूसी विदेश मंत्री ने कहा" stayed "मंत्री"; the Jaishankar found
instead kept the full stop of "एस." as a sentence end), a short quoted phrase before its verb ('विदेश मंत्री ने
व्यापार घाटे को "चिंता का विषय" बताया'), a reported clause cut at a quoted phrase inside it ('कहा कि मोदी का "…" वाला
बयान दुनिया भर में सुना गया'), "न्यायमूर्ति X की पीठ ने कहा" (the bench, not the judge), "डीएम के मुताबिक" after
"ज़िलाधिकारी" written with a nukta, "नेता प्रतिपक्ष तेजस्वी यादव ने", two quotes that went to the next sentence ('… ने
रोते हुए कहा, "…।" स्थानीय निवासी मीना देवी ने बताया कि', its कि past the old five-word window, and '…।\' यादव के
मुताबिक, …', a source with its own statement), and "चार-चार लाख रुपये … देने की घोषणा की" (a sum in words). Rules: two
or three words right after a title word (not one that is also an adjective: "पूर्व", "प्रमुख", "विदेश" …) are a
person; a demonym title ("रूसी विदेश मंत्री ने") resolves as an antecedent of उन्होंने too; titles match with or
without a nukta; "प्रतिपक्ष", "न्यायमूर्ति", "जस्टिस" are titles; "X की पीठ/खंडपीठ/बेंच ने" is X; 'X ने … "…"
बताया/कहा/करार' gives a short quote to X; a reported clause goes on past a quoted phrase that does not end it, up to
its first comma; the sentence after a quote is its own when it has a कि after a reporting verb within eight words or
opens with a source phrase and a comma; an announced sum may be in words; and "हुए" ends a name ("प्रतिक्रिया देते हुए
विदेश मंत्रालय ने", "संबोधित करते हुए मोदी ने"). For kinds of miss open from earlier rounds: a name of two or three
words opening its sentence, with no title or ने, is an antecedent of उन्होंने ("व्लादिमीर पुतिन, जो … पहुंचे। उन्होंने
कहा कि"; not before a body or place noun: "जवाहरलाल नेहरू विश्वविद्यालय"); "… । X की (वार्षिक) रिपोर्ट में यह आंकड़ा
सामने आया है" gives the sentence before to X; and "X ने … 11 लोगों को गिरफ्तार किया" (also बरामद, जब्त, दर्ज) gives
the figure to X when the count is the verb's object (not "1600 किमी दूर … से गिरफ्तार"). Pooled over the twelve
held-out Hindi batches: speakers 268/325 = 0.82, claimants 115/143 = 0.80. After the round the batch scores speakers
56/56 and claimants 22/22 (no gold stem changed), and the whole Hindi set speakers HI 360/360, claimants HI 155/156
(two older Hindi misses now right: "11 लोगों को गिरफ्तार" of ``hi_paperleak`` and "1,77,000 लोगों की मौत" of
``hi_roads``; "तीन मौतों" of ``hi_dengue_lucknow``, a number in words with no scale word, is still no claim); the
other languages as printed: speakers BG 684/685, PT 851/858, RU 740/742, claimants BG 303/310, PT 330/342, RU 302/310.
On the first 100 Hindi training articles the round changed 30 attributions: 4 wrong to right (a reported clause after
“50 निजी कारें …” and one after a report's quoted phrase, MEA calling a report "काल्पनिक और भ्रामक" and "गुमराह करने
वाली"), none right to wrong, the rest the same speaker without the participle before the name ("जिक्र करते हुए डोनाल्ड
ट्रंप" now "डोनाल्ड ट्रंप") or named in full ("मोदी" now "नरेंद्र मोदी"); on the 60 articles 160-219 (sorted), read
for no rule, it changed 14: 4 wrong to right ("‘सेल्समैन’" Trump's, "‘सेक्रेड वॉर’" Choe Son Hui's, Modi's reported
clause going on past "‘लगातार कम हो रही हैं’", and Yulia Navalnaya's "मैं एक उम्मीदवार के रूप में …" no longer
Alexei's, by the opening-name rule), none right to wrong, 10 the same speaker named otherwise (9 without the
participle, "उनकी पत्नी" now "यूलिया नवेलनी"); the opening-name, report-pointer and arrest rules changed nothing on
the first 100. Narrowed on these checks: the clause going on past a quote stops at its first comma (it had given Modi
"है, लेकिन नई दिल्ली को … पक्षपाती के रूप में देखा गया है", the writer's words), and the arrest rule needs the count
within three words before its verb, no "से" between (it had given Russia "1600 किमी दूर" in HI_3).

A nineteenth batch for Bulgarian, written before the attribution code was read (``bg_arms_depot``, a Mediapool-style
story on blasts at a private ammunition depot near Мъглиж with "съобщиха от МВР", "По първоначални данни на
пожарната", the interior minister and "По думите на министъра", the ДАНС chairwoman "пред Нова телевизия", the owner
"е на мнение, че" and in dash speech "цитиран от БТА", the president as "държавният глава", an MEP, the Russian
embassy that "отхвърли обвиненията като „…“", Russia's foreign ministry, NATO's spokeswoman, an analyst of the Център
за изследване на демокрацията, "По изчисления на браншовата асоциация", the mayor and "…, показва първоначалната оценка
на застрахователите"; ``bg_exports``, a BTA/Капитал-style economy story on exports outside the EU with "сочат
предварителните данни на НСИ", "уточняват от института", the economy ministry, the economy minister, the АИКБ's
chairman in dash speech, "По данни на асоциацията", the КНСБ, an ИПИ economist (a woman), "По оценка на БНБ", the БНБ
governor, "…, показва проучване на Българската търговско-промишлена палата", "По изчисления на Агенцията за
насърчаване на малките и средните предприятия" and the finance minister (a woman); ``bg_landslide``, a Nova-style
local story on a landslide in Бяла with the municipality, the mayor, the regional governor (a woman, "категорична
беше"), "От МВР съобщиха", a geologist ("каза ученият", "Според него"), residents ("казва жената"), the emergency
centre, a woman doctor, "Според първоначалната оценка на общинската комисия", the regional minister and "Данните на
„Геозащита“ – Варна сочат"), scored unseen: speakers 17/22, 17/18, 15/17 (49/57) and claimants 3/6, 11/13, 4/6
(18/25), as its gold was first written (no stem corrected). The misses: an adjective before the cited data ("По
първоначални данни на пожарната", "Според първоначалната оценка на общинската комисия", "…, показва първоначалната
оценка на застрахователите"), each with its figure; "По думите на министъра разследващите не изключват …, включително
…" (only the words after the comma were read); "отхвърли обвиненията като „…“"; "Министерството на външните работи на
Русия също заяви" ("външните" read as a title: the fault round 18 left open); "Загубите на фирмата бизнесменът оцени
на около 20 млн. евро"; "уточняват от института" after the НСИ, with its two sums; and "„Геозащита“ – Варна" (the
town of the branch taken). Pooled over the nineteen held-out Bulgarian batches: speakers 629/763 = 0.82, claimants
246/340 = 0.72. Rules: source phrases with an adjective before the cited data ("по първоначални данни на", "по
предварителни данни на", "по официални данни на", "по първоначална оценка на" …, lexicon), and "Според
първоначалната оценка на X" read as "Според оценката на X"; a lower-case source stops before a second word with its
own article, since a noun phrase bears the article once ("По данни на пожарната огънят …", "Според статистиката
студеното време …", "Според учените високите температури …": the fault round 18 left open); a closing cited text
whose owner is a common noun, with its adjective ("…, показва първоначалната оценка на застрахователите", "Това сочи
прогнозата на енергийния регулатор"); a closing cited text alone ("…, показва проучването.") is the body (an
organisation, an acronym or a body's noun, never a person) that spoke last in its paragraph or the one before, or
that issued a study there ("организацията Urgewald, която публикува финансовото изследване"); a
source phrase opening the sentence, then three words or more of the statement (not a preposition's complement)
before a comma and a lower-case word, gives the whole clause ("По думите на министъра разследващите не изключват …,
включително …"); "института" points back at the institute named by its acronym (as "instituto" in Portuguese); the
words of a title inside a ministry's name are no title ("Министерството на външните работи на Китай заяви"; its
adverbs "също", "обаче" … trimmed); "отхвърли", "квалифицира" and "оцени" take their object ("отхвърли обвиненията
като „…“", "оцени щетите на 4 млн. лева"; "оцени, че" reports); "бизнесменът" is a role; "кмета" is a title's short
form; a body's name, quoted or an acronym, with the town of its branch after a dash ("„Геозащита“ – Варна", "РЗИ –
Бургас") is the speaker; and in the claims layer a sentence the splitter cut after "млн.", "млрд.", "хил." or "трлн."
before a lower-case word is one claim with the next (the fault round 18 left open). On the first 100 SemEval training
articles 14 speakers, claimants or claim spans changed, none from right to wrong: 11 wrong to right ("Според учените
високите температури" four times, "Според климатолозите основната причина", "Според статистиката студеното време"
twice, "Според проучванията отглежданите", "Според учените глобалното", and round 18's "Почти две трети от тези
инвестиции …, показва проучването", quote and claim, now Urgewald's), and 3 claims now whole after "млрд." or
"трлн." (their claimants None before and after; one, "…, сочи статистика за 2022 г. от активистката група „…“", left
without its claimant). A first form of the closing-text rule gave "показва проучването" to a scientist quoted before
(a person, not the institute whose study it was): it now takes bodies only. On articles 160-219, which no round reads,
2 changed, none from right to wrong: "Според изданието най-голямата заплаха" (now "изданието") and a claim now whole
after "млрд." ("Юроклиър … неотдавна съобщи, че е събрала около 4,4 млрд. евро", still without its claimant). After the
nineteenth round the batch scores speakers 57/57 and claimants 25/25, and the whole Bulgarian set speakers 799/800,
claimants 352/357 (the older articles unchanged). After this round the whole set, as the test prints it, scores
speakers BG 799/800, HI 304/304, PT 851/858, RU 740/742, claimants BG 352/357, HI 131/134, PT 330/342, RU 302/310.

A nineteenth Russian batch, written before the attribution code was read, in three styles the earlier rounds had not
used (``ru_urals_discount``, a Vedomosti-style energy story: Argus, the IEA's report, Rosneft's spokesman told to a
paper, Novak, Tsivilev, Siluanov quoted by Interfax, the Finance Ministry's forecast, analysts of Sber CIB,
Gazprombank and T-Investments, Nabiullina, Bessent, Bloomberg passing on a source's words, Yushkov, a consultant;
``ru_zakharova_briefing``, an RT/Lenta-style piece: Zakharova, Rutte, Lavrov, Kallas, Medvedev's Telegram channel,
Peskov, Whitaker as Politico writes, Sybiha quoted by a Ukrainian outlet, the Kiel Institute, a military expert,
Pistorius, Cooper, "передает корреспондент ТАСС"; ``ru_psychiatric_ward``, a Novaya Gazeta/Mediazona-style regional
story: a court's press service, the governor's Telegram channel, a lawyer, a department, an anonymous orderly, a
victim's daughter, a psychiatrist, the ombudsman, the Accounts Chamber, the Investigative Committee, a resident, a
union leader), scored unseen: speakers RU 55/65 (20/23, 18/22, 17/20), claimants RU 13/16 (6/6, 4/5, 3/5), as its
gold was first written (no stem corrected). The misses: "По ее словам" after "раскритиковала генерального секретаря
НАТО Марка Рютте" (a man's first name in the genitive ends like a woman's, so Rutte was taken for "she"), "Сибигу
цитирует «Европейская правда»: «…»" (a fronted surname in the accusative the names layer did not see; the outlet was
taken), "— сказала глава ЦБ" (the body, not "Председатель Банка России Эльвира Набиуллина"), "Издание Bloomberg
приводит слова источника … о том, что …" (no quote), "Дипломат, по данным издания, предложил" after "X, как пишет
Politico, убеждает" (the role noun left bare, the last speaker being an outlet), "По словам защитника, ее
подзащитная неоднократно просила …" ("защитник" no role; the reporting verb inside the statement cut it), "Как
заявила уполномоченный по правам человека в Курганской области Наталья Тимошенко, …" (no title: the name too far),
"По версии следствия, …" (no source phrase), "«…», — вспоминает она" after "Санитарка интерната, попросившая не
называть ее имени, рассказала, что …" (an unnamed person is no candidate for a pronoun), and two left: "Агентство
связывает это с …" after the IEA's report, and "Постпред … Мэтью Уитакер, как пишет Politico, убеждает …"
(Politico's report, defensibly the outlet's). Pooled over the nineteen held-out Russian batches: speakers RU 611/768
= 0.80 (0.796), claimants RU 242/310 = 0.78. The round's rules: "По версии X, …" opens a source (only at the
sentence's start: not "карты Украины — по версии Киева и по версии Запада"); "защитник" is a role noun,
"уполномоченный" and "омбудсмен" titles; a man's first name in an oblique case as the names layer read it ("Петра
Иванова", "Марка Рютте") is no woman for "она", nor a known man for "он" (not "Кая Каллас", whose undeclined surname
shows the nominative, nor "Евгения Григорьева заявила", whose verb does); "X цитирует «Outlet»: «…»" with X a
surname in an oblique case of one person named before; "глава ЦБ" is the one introduced as head of the Bank of
Russia; "приводит слова X о том, что …" gives X (a source by its noun when no name: "слова источника в компании"); a
role noun opening a sentence whose paragraph's last speaker was an outlet or body is the paragraph's one named
person; a reporting verb inside the statement after an opening "По словам X," is part of X's words; an adverb
opening the sentence ("Днем", "Ранее", "Также", "Поэтому") is no part of the name after it; "…, передает
корреспондент ТАСС." gives the outlet when no past-tense reporting verb in the sentence names a speaker ("Об этом
заявил политолог …, передаёт корреспондент «…»" stays his); a pronoun after a quote points back at an unnamed person
who opened the sentence before with a common noun of its gender and a reporting verb; a foreign surname in the
genitive after a man's first name written only in an oblique case is named in the nominative ("Бориса Писториуса" is
"Борис Писториус", closing the r18 weakness; on the 160 training articles below it also gave "Ульрих Шнеккер", "Сэм
Бринтон", "Стивен Левитт" and "Виктор Орбан" for a second entity named "Виктор Орбана" (the names layer still keeps
it apart from the first), no entity name made worse). After the nineteenth round the batch scores speakers RU 63/65
and claimants RU 16/16, and the whole set, as the test prints it, speakers BG 684/685, HI 304/304, PT 851/858, RU
803/807, claimants BG 303/310, HI 131/134, PT 330/342, RU 318/326 (no older Russian item changed). On the first 100
Russian training articles the round changed 17 attributions, none right to wrong: 11 wrong to right (six names cut
free of the adverb before them, "Ранее Трамп" now "Трамп"; "По версии следствия" as a quote and a claim; the
ombudsman's title for "Об этом сообщила уполномоченный по правам человека", the name missing from the text, as a
quote and a claim; "По словам гособвинителя, журналист также требовал …" now the prosecutor's claim, not the
journalist's), two statements re-cut as the whole clause after "По данным/По словам X," (four lines of the diff: a
Telegram channel's, and the prosecutor's, whose inner part had gone to the journalist), and two wrong before and
after (a garbled sentence whose speaker the text lost, "Он также напомнил", now Stubb rather than Zelensky;
"Владимира] Зеленский" and the like, the names layer's own entity names). On the first 60 Russian articles of
SemEval-2023 task 3, which no round had read, it changed 12, none right to wrong: 5 wrong to right (names freed of
"Ранее"/"Также"), two statements after "По словам X," re-cut as X's whole (four lines; one had given the words to
Zelensky, whom the source quotes), and 3 wrong before and after ("Поэтому Зеленский" now the names layer's
"Зеленский будет"; two of them are a dash interview's answers by another man). Versions dropped or narrowed on that
check: "по версии" anywhere in a sentence ("— по версии Киева и по версии Запада" gave a quote to Ukraine); "…,
передает корреспондент …" after any reporting verb ("Москва ответит …" is no attribution; "Об этом … заявил …,
передаёт корреспондент «ПолитНавигатора»" gave the outlet); a man's oblique first name counted a known man ("он"
after "Андрей Ермак … бывшего президента США Дональда Трампа" went to Trump); and a first name pymorphy reads first
as a man's oblique case counted no woman ("Мэр Якутска Евгения Григорьева заявила" in ``ru_permafrost_houses``).

A twenty-first Portuguese batch, written before the attribution code was read and mixing Brazilian and European
Portuguese: ``pt_corredor_fertilizantes`` (an Agência Brasil-style piece on a Black Sea corridor for fertilisers: the
Itamaraty and "a chancelaria", the foreign minister, Peskov, a Ukrainian deputy minister, Lula, Kallas, a UnB professor
written after the university's acronym, the fertiliser association, IBGE-style data), ``pt_petroleiros_greve`` (a
g1/Folha-style oil workers' strike: the FUP and its coordinator, Petrobras in a note, IBGE, an FGV economist, a
Petrobras director, an unnamed operator in a dash answer, the mines minister, the TST, the ANP) and
``pt_julgamento_autarca`` (a Lusa-style trial of a former mayor of Tondela: the Ministério Público, the defendant, the
prosecutor, his lawyer to SIC Notícias, residents, the new mayor, a PSP spokesman, the judge, justice statistics),
scored unseen: speakers PT 50/55 (18/20, 16/18, 16/17), claimants PT 19/19 (6/6, 7/7, 6/6), as the gold was first
written (no stem corrected). The misses: "Em nota, a chancelaria afirmou que …" (no speaker: "chancelaria" no body
noun), "Na avaliação do professor … da Universidade de Brasília (UnB) Roberto Goulart," (the university: a name after
the body's acronym with no comma), "Um operador que pediu para não ser identificado contou que …" (no quote: "pediu
para" read as the verb) and its "— … — disse ele" (given to the IBGE), and "O arguido, de 61 anos, disse ainda que …"
(no quote: "arguido" no role noun). Pooled over the twenty-one held-out Portuguese batches counted so far: speakers
689/921 = 0.75, claimants 272/359 = 0.76. The misses are again of the recurring kinds (role and body nouns the lexicon
lacks, speakers where the rules do not look), so the round's rules also take on open weaknesses of those kinds: "a
chancelaria" is a body noun that points back at the ministry named before (as "a pasta"); "arguido", "arguida", "réu"
are role nouns; a role noun with an article and a relative clause with no commas right before the verb is the subject
("Um operador que … contou que"), and trades that name a person only after "um"/"uma" (lexicon ``UNNAMED_PEOPLE``:
"operador", "funcionário", "trabalhador", "servidor", "colaborador"; "o operador da rede" stays a body) are such
subjects too; "pediu para não ser identificado", "pediu anonimato" report nothing; an unnamed speaker opening a sentence
with "Um"/"Uma"/"Outro"/"Outra" and a role noun is someone a later "ele"/"ela" may point back at, with the article's
gender; a person written after a body's acronym with no comma, after a title, is the speaker ("Segundo a economista do
Instituto … (Ipea) Joana Martins,"); a verb after a name in apposition closes no statement ("O presidente da Câmara de
Almada, Nuno Matias, pediu uma reunião …" no longer makes a quote of "reunião"); a stance closed by a colon reports what
follows ("O sindicalista João Dias não tem dúvidas: a greve "vai continuar""); a forecasting verb after a name in
apposition gives the claim to it ("O ministro …, Fulano, estimou em 300 milhões de euros o custo"); a capitalised name
after "à"/"ao" that follows the speaker's name is the outlet told ('"…", disse o ministro Fulano à Folha de
Pernambuco'); the full stop in "Folha de S.Paulo" ends no clause before "que"; an attribution closing the sentence wins
over a verb with an infinitive before it ("A empresa prevê investir …, informou o diretor financeiro, Marcos Prado." was
the company's). After the twenty-first round the batch scores speakers PT 55/55 and claimants PT 19/19, and the whole
set, as the test prints it, speakers BG 742/743, HI 304/304, PT 951/959, RU 740/742, claimants BG 327/332, HI 131/134,
PT 363/375, RU 302/310 (no older item changed; "operadora" as a role noun was dropped: it gave "De acordo com a
operadora do cabo" in ``pt_cabo_baltico`` to Mark Rutte). On the first 100 Portuguese training articles and on articles
160-219 the round changed no attribution.

A twentieth batch for Bulgarian, written before the attribution code was read (``bg_cyberattack``, a Mediapool-style
story on a pro-Russian hacker attack on state sites with the e-government vice-premier and "По думите му", the МВР's
chief secretary "заяви пред Нова телевизия", the president "е на мнение, че" and then "Според държавния глава", an MEP
"цитирана от БТА", an expert's hyphen-dash interview answer in "Сега", the Russian embassy and "дипломатическата
мисия", "По данни на Държавна агенция „Национална сигурност“", a woman analyst "пред Mediapool", the ЦИК's
chairwoman, the energy minister whose quote holds "АЕЦ „Козлодуй“" in the same marks, and the premier
"категоричен беше"; ``bg_mortgage_loans``, a Капитал/БНТ-style economy story with "сочат данните на Българската
народна банка (БНБ)", the БНБ's deputy governor, "По изчисления на Асоциацията на банките", its chairwoman, "Според
данните на НСИ … отчита статистиката", an ИПИ economist, the finance minister (a woman) and "По думите на
министърката", a broker "цитиран от „Капитал“", the ЕЦБ's report and an MP who "предложи държавата да построи 10 000
общински жилища"; ``bg_ruse_bridge``, a local story on lorry queues in Русе with "съобщиха от Областната дирекция на
МВР", "уточниха от полицията", the regional governor, the mayor "е на друго мнение", the regional minister, a
resident to БНТ, a lorry driver whose words open with a hyphen ("- Нямаме вода … – оплака се той"), the РЗИ, the
border police chief, "По оценка на Русенската търговско-индустриална камара", its chairwoman and "Според Агенция
„Митници“"), scored unseen: speakers 20/22, 15/16, 11/14 (46/52) and claimants 2/4, 6/8, 5/6 (13/18), as its gold
was first written (no stem corrected). The misses: a quote holding a name in the same marks („… АЕЦ „Козлодуй“ …“,
„… Агенция „Пътна инфраструктура“ …“: the inner closing mark closed the quote, twice); "Според държавния глава" (the
synonym was read only after a verb); "По думите на министърката" (no woman's form of the title), with its figure;
"Държавна агенция „Национална сигурност“" cut before its quoted name, with two figures; "Областната дирекция на
МВР" cut before the acronym, with its figure; a hyphen opening speech ("- Нямаме вода, …"); and "предложи … да
построи 10 000 …" (no reporting verb). Pooled over the twenty held-out Bulgarian batches: speakers 675/815 = 0.83,
claimants 259/358 = 0.72. Rules: a „…“ pair nested inside a „…“ quote stays inside it, the quote closing at the
mark after the nested pairs (when none follows in the paragraph, one mark closing both, the quote is read as before,
up to the first closing mark); a title synonym right after a source phrase ("Според държавния глава") is the person
named before with the office's title; "министърка", "министърката" are titles; a body's noun ending a name runs on
over its name in quote marks ("Държавна агенция „Национална сигурност“") and over "на" and an acronym ("Областната
дирекция на МВР"); a hyphen at a paragraph's start opens speech only before a spaced dash and a reporting verb (a
hyphen also marks a list's items); "предложи" (and its forms) reports its "да" clause. On the first 100 SemEval
training articles 20 speakers, claimants or spans changed, none from right to wrong: nested quotes now whole and
attributed (Шилачи twice, where the first part had no speaker; Карасьов, with the next quote, "обобщава експертът",
now his too; Фараж, the same speaker), three proposals now reported ("Шрак-Цимерман предложи „активиране“ …", with
its claim, "Салвини предложи …", "Путин … предложи на Киев да …"), and two quotes and two claims that had gone to Olaf
Scholz now "депутатът" (still unresolved, no longer a wrong name). A first form of the nested-quote rule lost three
quotes whose outer mark never closed ("„Те имат … „достатъчно!“ добави той", "„без никакво присъствие …\"" closed by
a straight mark, "„Видяхме … „по-добре … забрадки.“, каза … Ганев", with its claim): the fallback to the first
closing mark covers them. On articles 220-279, which no round reads, 7 changed, none from right to wrong: three
nested quotes now whole (their speakers unchanged, one of them wrong before and after: "пише той" given to
Zelensky) and "Путин предложи Украйна да се откаже …" now Putin's. After the twentieth round the batch scores
speakers 52/52 and claimants 18/18, and the whole Bulgarian set speakers 851/852, claimants 370/375 (the older
articles unchanged). After this round the whole set, as the test prints it, scores speakers BG 851/852, HI 360/360,
PT 951/959, RU 803/807, claimants BG 370/375, HI 155/156, PT 363/375, RU 318/326.

A twentieth Russian batch, written before the attribution code was read: ``ru_ofz_auction`` (an RBC/Vedomosti-style
piece on a record OFZ auction: Siluanov, "как следует из доклада ведомства", Nabiullina in the Duma, a first deputy
chairman of the Bank of Russia to Interfax, Gazprombank's estimates and analyst, a Sovcombank analyst's Telegram
channel, the Central Bank's forecast, "как пишет «Коммерсант»", Aksakov by his committee title, a government source
to TASS, a rating agency's analyst as "его коллега"), ``ru_prisoner_exchange`` (an Izvestia/Kommersant-style prisoner
exchange: the Defence Ministry's statement, Peskov, Zakharova in the dative, Moskalkova's Telegram channel and "как
отметила омбудсмен", Zelensky, Yermak "заявил о том, что", Rutte quoted by Reuters, a retired colonel, The
Washington Post, a political scientist, UN data) and ``ru_ice_crossing`` (a regional story: a bus through the ice on
the Lena, the head of Yakutia's Telegram channel, the Investigative Committee's spokeswoman with a long title, a
court's press service, a lawyer, a chief doctor, residents, the transport minister, the emergencies chief "как
рассказал он «Якутия.Инфо»", the region's ombudsman), scored unseen: speakers RU 46/53 (16/19, 17/18, 13/16),
claimants RU 13/15 (7/8, 3/3, 3/4) as the gold was first written; one stem was then corrected ("Как следует из
доклада ведомства" is the Finance Ministry's report, first written "доклад": its quote and claim are the ministry's),
giving 47/53 (17/19) and 14/15 (8/8). The misses: "как отметила омбудсмен" and "— написала омбудсмен" twice (the
commissioner named as "Уполномоченный по правам человека в …" six words before her name, too far for an office), "Как
сообщила старший помощник … Ирина Никифорова, водитель задержан." (no quote: a two-word clause), "Как рассказал он
«Якутия.Инфо», …" (no quote: the splitter cut the sentence at the outlet's full stop), "— подчеркнула его коллега,
аналитик агентства Екатерина Ковалева" (given to the man "его" points at), and two left: "— отметил председатель
комитета по финансовому рынку" after "Депутат Госдумы Анатолий Аксаков" (the bare title went to Nabiullina,
"Председатель Центрального банка", whose office has another complement) and a court's "на два месяца" (a duration in
words is no claim). Pooled over the twenty held-out Russian batches: speakers RU 657/821 = 0.80 (0.800), claimants
RU 255/325 = 0.78 as first written (658/821, 256/325 with the corrected stem). The round's rules: "омбудсмен" (and
its oblique forms) is a synonym of the office "уполномоченный", which in Russian may stand up to seven words before
the name ("уполномоченный по правам человека в России Татьяна Москалькова"); a two-word reported clause counts when
it ends its sentence after "что" or after an opening "Как сообщил X," ("мост закрыт"); a sentence cut at a full stop
inside a name in «» ("«Якутия.Инфо»") is joined again; after "его/ее/их коллега," a name in apposition is the speaker;
"возразить", "возражать", "парировать" are reporting verbs; "X, как пишет «Outlet», заявил/считает, что …" gives X,
the outlet between commas only relaying (the r19 weakness "Уитакер, как пишет Politico, убеждает …" stays the
outlet's: "убеждает" reports nothing). After the twentieth round the batch scores speakers RU 52/53 and claimants RU
14/15, and the whole set, as the test prints it, speakers BG 799/800, HI 360/360, PT 951/959, RU 855/860, claimants
BG 352/357, HI 155/156, PT 363/375, RU 332/341 (no older Russian item changed). On the first 100 Russian training
articles and on articles 60-119 of the SemEval-2023 Russian training set the round changed no attribution.

Twenty-second Portuguese round (``pt_troca_prisioneiros``, a Lusa/Público-style wire on a Russian-Ukrainian prisoner
exchange with the Russian defence ministry, Kyiv's coordination headquarters, Zelensky "nas redes sociais", Peskov,
Moskalkova "à agência TASS", Kaja Kallas, Paulo Rangel "à Lusa" and in dash speech, the UN monitoring mission and its
head, a soldier's mother in «», Lubinets, the ISW and "Em nota, o Itamaraty informou"; ``pt_desemprego_pnad``, an
Agência Brasil/g1-style story on the Pnad unemployment figures with the IBGE, its coordinator (then "a pesquisadora",
"Ela"), a bank economist after "Na avaliação do", the labour minister "à rádio CBN", an auto-parts maker laying off
workers "Em nota, a empresa", the metalworkers' union leader "ao g1" and in dash speech, the state secretary "A titular
da pasta", a worker and the CNI after "Para a"; ``pt_lar_ilegal_braga``, a JN/SIC-style court story on an illegal care
home with the Ministério Público, the indictment, a PSP spokesman "disse ao Público o porta-voz do Comando Distrital
…, subcomissário …", the prosecutor, the defence lawyer "Em declarações à SIC, afirmou", the mayor in «», the Social
Security institute, an unnamed neighbour, a daughter in dash speech, an association leader and an unnamed minister),
scored unseen: speakers 16/19, 12/17, 11/18 (39/54) and claimants 4/6, 4/7, 4/6 (12/19) as the gold was first written;
one claim snippet was a slip ("240 prisioneiros" is first found in the title, where no claim stands) and was made
"240 prisioneiros de guerra": claimants 13/19 with it. The misses: "Quartel-General de Coordenação para o Tratamento …"
cut at "para o"; "escreveu o Presidente ucraniano, Volodymyr Zelensky, nas redes sociais" gave "Presidente ucraniano"
(the capitalised title read as a name); "Olena, mãe de um fuzileiro …, esperava na fronteira. «…», contou" given to
the woman who spoke before; "segundo dados da Pesquisa Nacional … (Pnad Contínua) divulgados … pelo IBGE" gave the
survey; "De acordo com o instituto" (the IBGE, named by its acronym only) stayed the noun; "…, conforme o levantamento."
gave no quote; "a fabricante de autopeças Valtec … Em nota, a empresa afirma" gave "Trabalho" (the labour minister's
portfolio); "A titular da pasta avalia" gave the union named last; "…, disse ao Público o porta-voz do Comando
Distrital da PSP de Braga, subcomissário Nuno Carvalhais." gave no quote (too long a tail) and "O oficial explicou
que" none ("oficial" no role noun); "A procuradora titular do processo sustenta" and "A magistrada pede ainda que"
given to that man or no quote; "Em declarações à SIC, afirmou que" gave no quote; "A ministra do Trabalho,
Solidariedade e Segurança Social prometeu … A governante disse" gave the Social Security institute. Pooled over the
twenty-two held-out Portuguese batches: speakers 728/975 = 0.75 (0.747), claimants 284/378 = 0.75. The round's rules:
"oficial", "subcomissário", "subintendente", "superintendente", "inspetor" are role nouns ("oficial" also an adjective:
"Uma fonte oficial da Navigator" stays the source) and "subcomissário" a title, so a rank may stand before the name
apposed to a title's body in a closing attribution ("disse à Lusa o porta-voz da GNR de Évora, subcomissário Rui
Matos."); a closing attribution may run to 17 words when its verb follows the comma, it holds no "que" and the name
it gives closes the sentence (the outlet told and a long title before the name; not "afirmou o chefe das Tropas de
Defesa Radiológica, Química e …, Igor Kirillov", whose name the rules do not reach); a reporting verb with no subject
after an opening adverbial and its comma ("Em declarações à SIC, afirmou que", "Ontem, disse que", "No entanto,
acrescentou que", "Além disso, …"; not "Em comunicado/nota,", read elsewhere) is said by whoever spoke or was named
last; a company may be introduced with its noun and trade ("a fabricante de autopeças Valtec") and a minister's
portfolio ("o ministro do Trabalho") is no company for "a empresa"; a capitalised title after a closing verb's article
is a title, not a name ('"…", escreveu o Presidente ucraniano, Volodymyr Zelensky, …'; "o Presidente da República"
alone now gives "Presidente", as the lower-case title does); "quartel-general" opens bodies' names; "o instituto" with
no institute named is the last acronym opening with "I" ("IBGE", "INE"), even with another body named after it; the
body that released a cited survey's figures is the source ("segundo dados da Pesquisa … (Pnad) divulgados … pelo
IBGE"); a closing source phrase with a bare cited text reports ("…, conforme o levantamento." gives "levantamento", not
the last speaker); "o/a titular da pasta" is the minister or secretary named last. "pede" was tried as a reporting
verb and dropped ("Além disso, pede ao Departamento de Defesa que …" gave "Além"). Left: the mother introduced in a
sentence of her own before «…», contou; a feminine bare title ("A procuradora") after a man of unknown gender; a
portfolio with commas ("do Trabalho, Solidariedade e Segurança Social"). After the twenty-second round the batch
scores speakers 18/19, 17/17, 15/18 (50/54) and claimants 6/6, 7/7, 5/6 (18/19), and the whole set, as the test
prints it, speakers BG 799/800, HI 360/360, PT 1001/1013, RU 803/807, claimants BG 352/357, HI 155/156, PT 381/394,
RU 318/326 (no older Portuguese item changed). On the first 100 Portuguese training articles the round changed 3
attributions, none from right to wrong: 2 new and right ("No entanto, acrescentou que …" and the quote after it, to
Putin) and "…, segundo o relatório." now the report's own noun. On articles 220-279 it changed 9, none from right to
wrong: 4 from wrong to right ("afirmou a Secretária-Geral da OMM, Celeste Saulo" twice; "explica a analista", "A
especialista observou" to Rebekah Koffler), 2 new and right ("Ao mesmo tempo, afirmou que" to Dmitry Spivak, "escreve
num artigo para a Fox News a ex-oficial …, Rebekah Koffler") and 3 new with the cited text's own noun ("segundo as
projeções." twice, "de acordo com o relatório.").
After every round of stop 32 merged (BG 20, HI 13, PT 22, RU 20) the whole set scores speakers BG 851/852, HI
360/360, PT 1001/1013, RU 855/860, claimants BG 370/375, HI 155/156, PT 381/394, RU 332/341. Pooled over every
unseen batch, as first written: speakers BG 675/815 = 0.83, HI 268/325 = 0.82, PT 728/975 = 0.747, RU 657/821 =
0.80; claimants BG 259/358 = 0.72, HI 115/143 = 0.80, PT 284/378 = 0.75, RU 255/325 = 0.78. Stop 32's batches
alone: speakers BG 196/224, HI 49/56, PT 181/215, RU 151/170; claimants BG 72/94, HI 21/22, PT 58/73, RU 48/54.
From this stop on, each round's rules are also diffed on 60 training articles no round had read (SemEval-2025
articles 100-279 of BG, HI and PT in turns of 60, and SemEval-2023 Russian articles for Russian, whose 215
SemEval-2025 articles were all read): the first such check, of Portuguese round 19 on PT articles 100-159, found 4
right->wrong changes its first-100 diff had not (a masculine bare title preferring a man named earlier, "vizinho"
as a role noun, a lower-case "a coordenadora" read as a man's title), fixed in their own commit; Hindi's
first-version antecedent rule had 8 there, Bulgarian round 18 and Hindi round 13 one each, all fixed.

A twenty-first Bulgarian batch, written before the attribution code was read (``bg_kozloduy_disinfo``, a
Mediapool-style piece on a Russian disinformation campaign against the new Kozloduy units with the energy minister,
Zakharova, the president ("държавният глава"), an MEP "пред Нова телевизия", a ЦИД analyst, the mayor ("кметицата"),
"От Агенцията за ядрено регулиране съобщиха", a former deputy minister "цитиран от БТА" and "Според доклад на
Европейската служба за външна дейност"; ``bg_tax_revenue``, a Dnevnik-style story on the НАП's revenue and the
deficit with twelve sourced figures: "съобщиха от агенцията" and a comparison in the next sentence, "сочат данните
на Министерството на финансите", "По изчисления на Фискалния съвет", "Според данните на НСИ", a figure in a quote,
"От Българската стопанска камара посочиха", "показва отчетът на агенцията" for Агенция „Митници“ and "Според
есенната прогноза на Европейската комисия"; ``bg_bus_crash``, a NOVA-style local story on a school bus crash with
"съобщиха от МВР", a hospital director and a police chief, the regional governor in dash speech, the roads agency,
the mayor, a mother, residents, the education minister and the prosecutors' spokeswoman), scored unseen: speakers
20/21, 17/17, 17/18 (54/56) and claimants 5/6, 9/12, 6/7 (20/25), as its gold was first written (no stem
corrected). The misses: "Европейската служба за външна дейност" cut to "Европейската служба" (with its figure);
"Това е с 11,2% повече …" after a figure "съобщиха от агенцията"; "поиска минималната заплата да достигне 620 евро"
(no reporting verb); "показва отчетът на агенцията" left as the bare noun though "Агенция „Митници“" opened the
sentence; "Жители на съседното село Градница твърдят" given to the village; "Четиринадесет от децата", a count in
words with no value. Pooled over the twenty-one held-out Bulgarian batches: speakers 729/871 = 0.84, claimants
279/383 = 0.73. Rules: a body's noun with no adjective's ending after its capitalised adjective ("Европейската
служба") runs on over its genitive; a sentence opening with "Това е/са/означава/прави" with a rate or sum, right
after a sourced claim with a rate or sum in the same paragraph, keeps that claim's source; "поиска" (and its forms)
reports its "да" clause; a bare body noun (``_bg_named_before``) also points back at a body of that noun named
with its name in quote marks ("Агенция „Митници“ … показва отчетът на агенцията"); an indefinite plural of people
(lexicon PLURAL_PEOPLE: "Жители", "Граждани", "Лекари" …) opening a sentence with "на/от/в", up to three lower-case
words and a place's name, before a plural verb, is the group ("Жители на село Белица твърдят"); a counted group
after "според" runs to its noun ("Според най-малко петима експерти", round 20's open weakness "най-малко десет");
"Ръководителят"/"Ръководителката" opening a sentence keeps the body it heads ("Ръководителят на Кремъл поиска …"),
as "Представители на бранша" does ("ръководител" as a title was tried and dropped: four right names on the first
100 training articles, "ръководителят на ООН" for Guterres among them, went to the bare title). On the first 100
SemEval training articles one attribution changed, none from right to wrong: "Ръководителят на делегацията на ЕС
изтъкна, че" now that whole phrase rather than "Ръководителят" (the person, named in the article, still not
reached). On articles 280-339, which no round had read, one changed, none from right to wrong: "Ръководителят на
Кремъл поиска ВСУ да се изтеглят …" is a new reported clause, given to "Ръководителят на Кремъл" (Putin, named the
sentence before, not reached). After the twenty-first round the batch scores speakers 56/56 and claimants 24/25
(left: "Четиринадесет от децата"), and the whole Bulgarian set speakers 907/908, claimants 394/400 (the older
articles unchanged). After this round the whole set, as the test prints it, scores speakers BG 907/908, HI 360/360,
PT 1001/1013, RU 855/860, claimants BG 394/400, HI 155/156, PT 381/394, RU 332/341.

A fourteenth Hindi batch, written before the attribution code was read (``hi_ganna_bakaya``, a Jansatta/Dainik
Jagran-style court story on sugar-cane dues with a bench of two judges, the petitioners' counsel (later "त्रिपाठी जी"),
the additional advocate general (later by his bare title), the cane department's data, a farmers' union spokesman,
farmers, a mill association and a NITI Aayog report; ``hi_zelensky_phone``, a BBC Hindi-style piece on Zelensky's
call to Modi before a NATO summit with the MEA spokesman, Peskov, Rutte, Jaishankar, the commerce ministry's and
CREA's figures, an ORF fellow and the UN; ``hi_middaymeal``, an Aaj Tak/Navbharat Times-style local story on children
poisoned by a mid-day meal with the DM, the hospital superintendent, the CMO, a mother, a villager, the basic education
officer, the SP and the headmistress), scored unseen: speakers 14/18, 18/21, 16/19 (48/58) and claimants 7/7, 5/7,
5/7 (17/21). The misses: "न्यायमूर्ति X और न्यायमूर्ति Y की खंडपीठ ने कहा कि" gave Y alone; "खंडपीठ ने पूछा, '…?'" and
"X जी ने अदालत के सामने यह भी रखा कि" were no reporting; "अपर महाधिवक्ता का कहना था" stayed the title
("महाधिवक्ता" was no title); "बीएसए ने कहा कि", "उनके मुताबिक" after it and "डॉक्टर के मुताबिक" stayed the short
title (the basic education officer and the doctor named before); "X ने अपने दफ़्तर की ओर से जारी बयान में कहा कि" gave
"अपने दफ़्तर" (and so did the "उनके मुताबिक़" and the two figures after it); "उन्होंने लिखा, '…'" went to "रूस" of "उनके
मुताबिक़, … रूस ने … दागी हैं।" before it; and "आंकड़ों के मुताबिक, …" with no body's data named gave "आंकड़ों". Rules:
"बीएसए" (बेसिक शिक्षा अधिकारी), "एडीएम" (अपर जिलाधिकारी) and "डॉक्टर" (one introduced as "डॉ.") are short titles for
the officer named before; "महाधिवक्ता" is a title; "पूछा" reports (but a question put to X, "जब X से पूछा गया कि क्या
…, तो X ने …", leaves X outside a reported clause for a later उन्होंने); "रखा" reports only with its कि right after it
("रुख बनाए रखा है" reports nothing); a statement issued "by one's own office" (अपने/अपनी/अपना before "की ओर से जारी बयान
में") is the ने-subject's; a name inside a sentence opened by a source phrase and a comma ("उनके मुताबिक़, …") is no
antecedent of a later उन्होंने, as one inside a कि-clause was not; a bench of two judges ("X और न्यायमूर्ति Y की
खंडपीठ") speaks for both; and bare "आंकड़ों/आंकड़े के मुताबिक" with no owner found (none named in the sentence nor the
same noun owned a few sentences before) is the article's own figures: no claimant. Pooled over the thirteen held-out
Hindi batches: speakers 316/383 = 0.83, claimants 132/164 = 0.80. After the round the batch scores speakers 58/58
and claimants 21/21 (no gold stem changed), and the whole Hindi set speakers HI 418/418, claimants HI 176/177 ("तीन
मौतों" of ``hi_dengue_lucknow`` still no claim); the other languages as printed: speakers BG 851/852, PT 1001/1013,
RU 855/860, claimants BG 370/375, PT 381/394, RU 332/341. On the first 100 Hindi training articles the round changed
nothing (a first version had 2 right->wrong changes, fixed before this count: "पूछा" in the reported-clause test moved
Trump's answer after "जब ट्रंप से पूछा गया कि …" to Kamala Harris, and "रखा" as a plain reporting verb made "भारत ने
… रुख बनाए रखा है" a quote); on the 60 articles 280-339 (sorted), read for no rule, it changed 2, none right to
wrong: after a minister "डेटा साझा किया", "आंकड़ों के मुताबिक, … 124 छात्रों …" lost its quote and its figure's claimant
"आंकड़ों" (wrong before and after: the minister's data).

Russian round 21 wrote ``ru_ruble_rally`` (RBC style: the rouble, the Central Bank, the Finance Ministry, bank
economists), ``ru_mikkeli_command`` (Izvestia/Kommersant style: a NATO command in Finland, the Kremlin, the MFA, a
Finnish minister, a military expert, the Istanbul talks) and ``ru_shawarma_poisoning`` (a regional story: a governor's
Telegram channel, Rospotrebnadzor, doctors, a court, residents) before reading the attribution code. Unseen they scored
speakers 14/17, 17/20, 19/19 (50/56) and claimants 7/9, 7/7, 5/7 (19/23); pooled with the earlier unseen batches,
Russian speakers 707/877 = 0.81 and claimants 274/348 = 0.79. The misses and their rules: a source phrase between
commas after a short opening gives the whole sentence ("Среди пострадавших, по его словам, 11 детей", no verb after
the comma); an adjective between "по" and the cited noun ("по предварительной оценке следствия", "по последним
данным"), and such a phrase right before its comma names no source ("По последним данным, пострадал один человек");
"— цитирует издание собеседника" is the unnamed source introduced before ("источник «Коммерсанта»"); an outlet told
in the dative right after a bare title ends the speaker's phrase ("— пояснил эксперт «Известиям».", "— заявил
адвокат агентству ТАСС"); a foreign name with no gender of its own takes its past-tense verb's ("Антти Хяккянен
назвал …" is the "он" after it, not Peskov named before); an office named otherwise ("Глава ЦБ") is held by the person
named right after the office, not a name further on ("… Эльвира Набиуллина на Финансовом конгрессе"); "…, уточнили в
ведомстве" closing a statement is not a body named inside it ("из Фонда национального благосостояния"); a role noun
closing a quote ("— считает экономист") is the one person its paragraph named, as at a sentence's start; a
lower-case dative alone before the closing verb is the one told ("— губернатору ответил мэр …"). A code-review
finding was fixed with them: ``_cue_after``'s speculative ``subject_before``/``subject_after`` lookups recorded
speakers in ``res.speakers`` even when their result was dropped (Russian; now ``_tentative``/``_kept``). After the
round the batch scores speakers 17/17, 20/20, 19/19 (56/56) and claimants 8/9, 7/7, 7/7 (22/23; left: "следует из
данных торгов" gives "торгов" where the gold has the article), and the whole set, as the test prints it, speakers BG
851/852, HI 360/360, PT 1001/1013, RU 911/916, claimants BG 370/375, HI 155/156, PT 381/394, RU 354/364 (no older
Russian item changed). On the first 100 Russian training articles the round changed 8 quotes, none from right to
wrong: 5 from wrong to right ("— заявил адвокат агентству ТАСС" to the lawyer; "— рассказал эксперт" twice, "Он
добавил" to Scott Ritter; "— отметил дипломат" to Anatoly Antonov) and 3 only in span with the same speaker (the
opening words before a mid-sentence source phrase now inside the statement). On SemEval-2023 Russian articles
120-142 it changed one quote's span only (same speaker), none from right to wrong.

Portuguese round 23 added pt_criancas_deportadas (Lusa/Público style: a Lisbon conference on Ukrainian children
taken to Russia, Rangel, Kremlin, Kallas, the Itamaraty), pt_montadora_layoff (g1/Folha style: a carmaker's layoff
in Paraná, a union, IBGE figures, the Copom, Anfavea) and pt_burla_idosos_setubal (SIC/DN style: a trial of a ring
that swindled the elderly, the Ministério Público, the PJ, the PSP, a mayor, witnesses), written before the code
was read. Unseen: speakers 19/20, 17/18, 17/19 (53/57), claimants 6/8, 7/7, 9/9 (22/24). The misses: "O executivo
de Luís Montenegro garantiu que" gave no quote; "disse ao jornal O Estado de S. Paulo que" gave none (the "que"
eight words after the verb); "A procuradora Marta Leitão pediu ao coletivo de juízes "penas exemplares"" gave none
(a two-word fragment); "A primeira vítima, uma reformada de 81 anos, contou que … «…», disse a idosa" gave the
inspector who spoke before; "dois pedidos de ajuda" is no claim (a number in words before no scale word); "38
países" in the attribution's own tail was given to the minister. Pooled over the twenty-three held-out Portuguese
batches: speakers 781/1032 = 0.757, claimants 306/402 = 0.761. The round's rules: "O executivo de/liderado
por/chefiado por <Name>" opening a sentence speaks as a body (a bare "o executivo" may be a company's chief: "…",
afirmou o executivo, for Petrobras's, stays with him; the first version, "executivo" as an institution noun, made
that right->wrong on the first 100 training articles and was narrowed); an outlet told of many words may stand
between the verb and "que" ("disse ao jornal O Estado de S. Paulo que", "à rádio Renascença de Lisboa que");
"idoso"/"idosa" are role nouns; an unnamed person in apposition (", uma reformada de 81 anos, contou") is a
candidate for who spoke before a bare role noun, and a bare role noun may point back at such an unnamed one; a
title with no article right before a name ("subcomissário Nuno Carvalhais") tells a man or a woman when the other
gender's form is a title too, and a feminine bare title ("A procuradora titular do processo sustenta") no longer
points back at a known man; a number in words after "ao menos"/"no mínimo" is a count; a subjectless verb after an
opening adverbial may have whom it was told before "que" ("Além disso, disse ao Departamento de Defesa que …" gave
"Além"; now whoever spoke last). "pede" was tried again as a reporting verb and dropped again (on the first 100
training articles: "Além disso, pede ao Departamento de Defesa que" to "Além", a headline's "pede" given to the
text after it). Two code-review fixes, with
no output change: _cue_before calls subject_after once for a speaker between commas (it recorded the speaker
twice), and _pt_expanded_acronym scans the text once per acronym and article (the last introduction ending before
the acronym, as before). Left: a two-word quoted fragment after "pediu"; "A magistrada pede ainda que" ("pede" is no
reporting verb); number words before a plain noun. After the round the batch scores speakers 20/20, 18/18, 18/19
(56/57) and claimants 6/8, 7/7, 9/9 (22/24); three older items changed, all to right (pt_lar_ilegal_braga "A
procuradora titular do processo sustenta", and "ao menos três aldeias", "ao menos três servidores" now claims with
their claimants), and the whole set, as the test prints it, scores speakers BG 851/852, HI 360/360, PT 1058/1070,
RU 855/860, claimants BG 370/375, HI 155/156, PT 405/418, RU 332/341. On the first 100 Portuguese training articles
and on articles 280-339 the final rules changed no attribution (0 right->wrong, 0 wrong->right on each).

A fifteenth Hindi batch, written before the attribution code was read (``hi_nato_shikhar``, an NDTV India-style
piece on a NATO summit's package for Ukraine with Rutte, Zelensky, Peskov, Lavrov, the MEA spokesman, Jaishankar,
Modi, Merz, Macron and SIPRI's figures; ``hi_jharkhand_matdan``, a Hindustan/Live Hindustan-style state election story
on the first phase's turnout with the Election Commission's figures, the chief electoral officer, the chief minister,
the BJP state chief (later "मरांडी जी"), a Congress leader, the deputy commissioner (a woman, later by her bare title),
a first-time voter, a 92-year-old voter (later "वे"), the DGP and an analyst; ``hi_jharia_gofe``, a Prabhat
Khabar-style local story on land subsidence in Jharia with the deputy commissioner, the victim's son, BCCL's CMD, the
rehabilitation authority's figures, residents, the MLA, a hospital superintendent, the police station chief (later
"तिवारी जी") and a mining expert), scored unseen: speakers 18/20, 15/18, 17/19 (50/57) and claimants 7/7, 6/7, 5/6
(18/20). The misses: "उपायुक्त" (the deputy commissioner of Jharkhand's districts) was no title, so "उपायुक्त ने
बताया" and the figure in the quote stayed the bare title (four quotes and two claims); "लावरोव बोले, '…'" was no
reporting (बोलना takes no ने); "मोदी भी कई मौकों पर कह चुके हैं कि '…'" was no reporting (the bare stem "कह" with its
aspect verb, and an adverbial between the subject and the verb); and "वे कहती हैं" after "92 साल की सुखमनी देवी …
पहुंचीं।" (a name the tagger missed) went to the voter quoted before. Rules: "उपायुक्त" is a title; "बोले"/"बोलीं"
report with a subject in the nominative, as "कहती हैं" does; the stem "कह" reports with "चुके/चुकी/चुका/रहे/रही/रहा"
after it (a nominative subject: only a name the entities layer knows right before the verb, or a titled name, or
वह/वे; not "कुछ लोग कह रहे हैं", not "फ्रांस के राष्ट्रपति भी कह चुके हैं") and with "दिया/दी/डाला" (its ने-subject),
never alone ("हम कह सकते हैं"); adverbs between a nominative subject and its verb ("भी", "कई मौकों पर", "अक्सर",
"पहले ही") are skipped; a quote closed by "।" and followed by a sentence whose "कह चुके हैं कि" takes its own कि-clause
keeps the verb before it ("विदेश मंत्री ने जोड़ा, '…।' मोदी भी … कह चुके हैं कि …"); and a pronoun opening a sentence
after one in the same paragraph that opens with a person given with her age ("70 साल की X देवी", "45 वर्षीय X") and
names no person the entities layer knows is that person. Pooled over the fourteen held-out Hindi batches: speakers
366/440 = 0.83, claimants 150/184 = 0.82. After the round the batch scores speakers 57/57 and claimants 20/20 (no
gold stem changed), and the whole Hindi set speakers HI 475/475, claimants HI 196/197 (the older articles unchanged;
"तीन मौतों" of ``hi_dengue_lucknow`` still no claim); the other languages as printed: speakers BG 907/908, PT
1001/1013, RU 911/916, claimants BG 394/400, PT 381/394, RU 354/364. On the first 100 Hindi training articles (sorted)
the round changed 5 quotes, none from right to wrong: 5 new quotes with the right speaker ("ब्रिटिश पीएम बोरिस जॉनसन
पहले ही कह चुके हैं कि", twice, one of the two spans running on past its sentence; "राष्ट्रपति जिनपिंग ने पुतिन से
साफ कह दिया था कि"; "रूस ने साफ-साफ कह दिया है कि"; "… के बावजूद रूस कह रहा है कि"). On the 26 articles 340-365,
read for no rule, the final version changed nothing; a first version (any phrase before "कह चुके/रहे") made 2 new
quotes with wrong speakers there ("कुछ लोग कह रहे हैं कि" to Putin named before, "अमेरिका और फ्रांस के राष्ट्रपति भी कह
चुके हैं कि" to a phrase before) and one in the first 100 ("बावजूद रूस"), which the named-subject condition removed.

A twenty-second Bulgarian batch, written before the attribution code was read (``bg_spy_expulsion``, a
Sega/Mediapool-style story on three Russian diplomats expelled for espionage, with the foreign ministry's statement,
the foreign minister in dash speech and "По думите ѝ", the ДАНС chairman "пред БНТ", the prosecutor general's
spokeswoman, the Russian embassy and "дипломатическата мисия, цитирани от ТАСС", Zakharova, the president ("държавният
глава"), an MEP "е на мнение, че" and "пред Нова телевизия", a ЦИД analyst "По негова оценка", a former ambassador
"цитиран от БТА", Rutte and a deputy; ``bg_holiday_prices``, a Dnevnik/Capital-style piece on the price of the holiday
table with seventeen sourced figures: "сочи проучване на Института за пазарна икономика", "посочват от института",
"показват данните на Държавната комисия по стоковите борси и тържищата", "съобщи Националният статистически институт",
"според данните на НСИ", "По оценка на Българската народна банка", the БНБ governor's figures in speech, "както
съобщи председателят ѝ", "Според Евростат" and "Данни на Евростат сочат", "Социологическо проучване на агенция „Тренд“
показва" and "сочи още изследването", a union's "изчисли" and "По изчисления на министерството"; ``bg_stray_dogs``, a
NOVA-style local story on a child bitten by stray dogs in Sliven with "съобщиха от МВР", a hospital director, the
mother "пред Нова", the mayor in dash speech, the regional governor ("Според Николова"), the police chief, residents,
an animal-rights association and its chairwoman, the food safety agency and "съобщиха от обвинението"), scored unseen:
speakers 24/25, 16/17, 18/21 (58/63) and claimants 2/3, 17/17, 6/6 (25/26), as its gold was first written (no stem
corrected). The misses: "Според данните му от 2022 г. насам …" gave "му от 2022" (quote and figure); "X отрече, че
…" was no reporting; "каза директорът на МБАЛ – Сливен д-р Стоян Вълчев" stopped at the dash ("директорът");
"Зоозащитниците от сдружение „Четири лапи“ пък настояват …" was no speech; "…, съобщиха от обвинението." was no
speech. Pooled over the twenty-two held-out Bulgarian batches: speakers 787/934 = 0.84, claimants 304/409 = 0.74.
Rules: "според" with the cited noun and a possessive clitic ("Според данните му", "думите ѝ", "оценката им") points
back as "по думите му" does; "отрече" (and its forms) reports; a town after a dash behind a body's acronym ("МБАЛ –
Сливен", "УМБАЛ – Русе") is part of the body's name, so the name after it is reached; "пък" may stand between a
subject and its verb like "обаче"; "обвинението" is an institution noun ("съобщиха от обвинението"). And, for the
claimant shapes the brief asked about (tested on invented sentences, not on the batch): "над" before a number after
"според" stays in the counted group ("Според над 40 икономисти", round 21's open weakness); a body's complement runs
on over "в" and a definite field noun ("Националната служба за съвети в земеделието", the other open weakness); a
lower-case definite adjective and a body noun right after the verb ending the clause is the source ("…, изчисли
финансовото министерство", and "-овото/-овата/-овите" adjectives also after "от"); "преброяване", "справка", "анкета"
are cited texts ("показва преброяването на НСИ" gives "НСИ"); "фонд" is a body noun and runs on over its name in
quote marks ("Държавен фонд „Земеделие“"); a ministry's field in the short definite form and a second field after "и"
("Министерството на труда и социалната политика", "Министерството на туризма") is part of its name. After the round the
batch scores speakers 63/63 and claimants 26/26, and the whole set, as the test prints it, speakers BG 970/971, HI
418/418, PT 1001/1013, RU 911/916, claimants BG 420/426, HI 176/177, PT 381/394, RU 354/364 (no older Bulgarian item
changed). On the first 100 Bulgarian training articles the round changed nothing (none of its phrases occurs there);
on articles 340-399 (sorted), read for no rule, it changed 3, none from right to wrong, all wrong to right: "съобщи
руското министерство на отбраната" now that body rather than "отбраната" (quote and claim), and "Както заяви руското
министерство на отбраната, САЩ …" that body rather than "Република Крим". Left open: "Според ръководителя на
агенцията" still gives "агенцията", not the head named before; "Проучване на „Медиана“, поръчано от БНТ, сочи, че
…" (a participle aside between the cited text and its verb) is no speech; a body's name in quote marks alone is
taken as a quote ("„Земеделие“").

Russian round 22 wrote ``ru_shadow_fleet`` (Vedomosti/RBC style: oil exports by sea after new sanctions on tankers,
Vortexa's data, a Kpler analyst told to «Ведомости», Siluanov before a Duma committee, "как следует из доклада Счетной
палаты", Nabiullina and her first deputy, an Alfa-Bank economist in her note to clients, ЦМАКП's estimate, Reuters, a
European Commission spokeswoman, Peskov and an expert told to «Коммерсант»), ``ru_refinery_drones`` (Izvestia/Kommersant
style: a drone attack on the Saratov refinery, the governor's Telegram channel, the defence ministry's count, an SBU
source told to an outlet, Ryabkov to «Известия», Zakharova and her Ukrainian counterpart in the dative, Ushakov, Rutte
"цитирует агентство Reuters", a retired colonel "в беседе с «Газетой.ру»" and «Коммерсантъ»'s estimate) and
``ru_road_bribe`` (a Fontanka-style regional court story: a deputy mayor arrested for a bribe, the court's press
service, the regional СК, a woman lawyer told to «Фонтанка», the head of Karelia's Telegram channel, the mayor to
«Медуза», residents, the ОНФ and its woman head, a source told to «Коммерсантъ», a lawyer, the Judicial Department and
RIA Novosti) before reading the attribution code. Unseen, as the gold was first written, they scored speakers 19/21,
15/18, 13/18 (47/57) and claimants 6/7, 4/4, 3/4 (13/15); three stems of ``ru_road_bribe`` were slips and were corrected
("управлен", "ведомств" twice, for what the article calls "региональное управление СК" and "ведомство", now "СК" as the
pipeline names it), with which the unseen figures are 15/18 and 4/4 there, 49/57 and 14/15 in all. Pooled with the
earlier unseen batches, Russian speakers 754/934 = 0.81 and claimants 287/363 = 0.79 (756/934 and 288/363 with the
corrected stems). The misses and their rules: an occasion between the subject and its verb is no subject ("Силуанов на
заседании бюджетного комитета Госдумы заверил" gave the Duma; "на заседании/совещании/встрече/форуме/конгрессе/брифинге
…" then a capitalised name, only when a name that is no preposition or adverb stands before it: "В четверг на встрече с
X Y заявил" is Y's); a comma closing an apposition may stand before the outlet told ("Военный эксперт, полковник в
отставке Виктор Литовкин, в беседе с «Газетой.ру» отметил") and a dot inside an outlet's name ends nothing (the quote
was lost); the channel posted in is no subject ("Парфенчиков в своем Telegram-канале написал" gave "Telegram-канале")
and after the verb is skipped before the speaker ("Как сообщил в Telegram-канале губернатор Саратовской области Роман
Бусаргин" gave the region; not a channel named in quote marks); an adverb may open the sentence before an unnamed source
("Однако источник в Службе безопасности Украины сообщил РБК-Украина" gave Ukraine; "собеседник" with its place after it
is such a source too); an unnamed source found after the verb ("Как рассказал «Коммерсанту» источник, …") is recorded so
that "По его словам" right after it is that source, not a body named earlier; "— говорится в ее комментарии для клиентов
банка" is the one the possessive points back at. Left: "Аудиторы обращают внимание, что … на 22%" (the Счетная палата's
auditors, the plural noun is the claimant), and a lede attributed only by the next sentence's "…, сообщила пресс-служба
суда". After the round the batch scores speakers 21/21, 18/18, 17/18 (56/57) and claimants 6/7, 4/4, 4/4 (14/15), and
the whole set, as the test prints it, speakers BG 907/908, HI 418/418, PT 1001/1013, RU 967/973, claimants BG 394/400,
HI 176/177, PT 381/394, RU 368/379 (no older Russian item changed). On the first 100 Russian training articles the round
changed one quote, from wrong to right ("Такер Карлсон на своей странице в соцсети Х […] заявил, что" was Russia's),
none from right to wrong; on SemEval-2023 Russian articles 0-59 it changed nothing.

A sixteenth Hindi batch, written before the attribution code was read (``hi_pak_sindhu``, a Zee News/Amar
Ujala-style piece on India's answer to Pakistan over the Indus Waters Treaty with the MEA spokesman (later "प्रवक्ता"
and "उन्होंने"), Shehbaz Sharif, Jaishankar ("जयशंकर के मुताबिक"), China's spokeswoman Mao Ning ("माओ ने"), a former
high commissioner ("कहते हैं", then a closing quote), the IMF's estimate, a JNU professor (a woman: "का कहना है कि",
"वे कहती हैं"), the Jal Shakti minister ("मंत्री ने कहा"), sources and a retired brigadier; ``hi_gdp_timahi``, a News18
Hindi/Dainik Bhaskar business-style story on second-quarter GDP with the NSO's figures, the chief economic adviser,
Sitharaman, the RBI governor and "आरबीआई के ताज़ा बुलेटिन के अनुसार", Jairam Ramesh on X, two bank economists (a woman,
"नायर के मुताबिक"), a FICCI survey, a shopkeeper, economists and sources; ``hi_bus_hadsa``, a Rajasthan Patrika-style
local story on a bus and trailer crash near Jodhpur with the district collector (later "कलेक्टर"), the rural SP (later
"एसपी"), a hospital superintendent and a trauma centre head (a woman), a passenger given with his residence and age
("पोकरण निवासी 34 वर्षीय महेंद्र सिंह भाटी बाल-बाल बचे। उन्होंने बताया"), a mother ("की रहने वाली कमला देवी का
बेटा …। वे बताती हैं"), villagers, the transport department's figures, the chief minister and the RTO), scored unseen:
speakers 19/19, 15/18, 12/16 (46/53) and claimants 7/7, 6/8, 5/7 (18/22), as the gold was first written (no stem
corrected). The misses: "कलेक्टर" was no title (a quote and its figure stayed the bare title); "आरटीओ" did not stand
for the "प्रादेशिक परिवहन अधिकारी" named before; "आरबीआई के ताज़ा बुलेटिन के अनुसार" gave "ताज़ा बुलेटिन" (a quote and a
claim); "नायर के मुताबिक, कारों … की बिक्री के आंकड़े बताते हैं कि …" gave "बिक्री" (the figures' "बताते हैं" took
the sentence from the source that opens it, and the "उन्होंने कहा कि" after it followed); the pronoun after the
passenger and the one after the mother went to the speakers quoted before (names the tagger missed, not opening their
sentence); "फ़िक्की के एक सर्वे में शामिल 62 प्रतिशत कंपनियों ने कहा" gave "शामिल 62 प्रतिशत कंपनियों" as the claimant;
"एक दर्जन से ज़्यादा हादसे" (a number in words) is no claim. Rules: "कलेक्टर" is a title; "आरटीओ" stands for the
"(क्षेत्रीय/प्रादेशिक) परिवहन अधिकारी" named before; "बुलेटिन" is a source noun (its owner speaks); figures that "say"
("आंकड़े बताते/बताती हैं कि") in a sentence that opens with "X के मुताबिक/अनुसार," are X's, and the statement runs
from the source's comma; a pronoun opening a sentence after one in the same paragraph that gives a person with their
residence ("… निवासी [34 वर्षीय] X", "… की रहने वाली X देवी"), anywhere in the sentence, with no ने-subject and no
person the entities layer knows, is that person (as the round-15 age rule; the owner before "का/की/के" only for a
woman and a feminine verb; "X सिंह Y" keeps the third word when the paragraph names the person by it again; not a
demonym: "इन देशों में रहने वाले भारतीय समुदाय"); "X के (एक) सर्वे/अध्ययन में शामिल N …" keeps the body in the
speaker. Pooled over the fifteen held-out Hindi batches: speakers 412/493 = 0.84, claimants 168/206 = 0.82. After the
round the batch scores speakers 19/19, 18/18, 16/16 (53/53) and claimants 7/7, 8/8, 6/7 (21/22), and the whole set, as
the test prints it, speakers BG 970/971, HI 528/528, PT 1058/1070, RU 967/973, claimants BG 420/426, HI 217/219, PT
405/418, RU 368/379 (the older Hindi items unchanged; "तीन मौतों" of ``hi_dengue_lucknow`` still no claim). On the
first 100 Hindi training articles (sorted) and on articles 160-219 (diffed by round 13 for no rule) the final version
changed nothing; a first version of the residence rule gave "उन्होंने कहा कि" in the first 100 to "भारतीय" ("इन देशों
में रहने वाले भारतीय समुदाय", right to wrong; now "की/के रहने वाली/वाले" and no demonym) and, in the older gold,
"… गांवों के रहने वाले थे। उन्होंने कहा" to "थे।" (now no ने-subject in the sentence, and no stop word or danda in
the name).

Portuguese round 24 wrote ``pt_zaporijia_aiea`` (Agência Brasil style: the IAEA on the Zaporizhzhia plant, Grossi in
Vienna, Peskov, the Ukrainian energy minister "diz que", "O Itamaraty informou, em nota", Mauro Vieira, a woman
ambassador "avalia que" and "afirma a diplomata", Lula, a UnB professor "Na avaliação do …", Kallas, "De acordo com a
Comissão Europeia", a woman engineer "relata" and "Segundo ela"), ``pt_salario_minimo_concertacao`` (Lusa/Público
style: the minimum wage in the Concertação Social, the labour minister "a governante" and "a ministra respondeu", the
CGTP and UGT leaders, the CIP, "De acordo com o INE", the Banco de Portugal's governor, a Nova SBE economist "Ouvida
pela agência Lusa" and "Na opinião da economista", a seamstress "desabafou a trabalhadora") and ``pt_milicia_vereador``
(g1/O Globo style: a Rio city councillor arrested as a militia boss, the Polícia Civil, a Draco delegado "disse ao
g1", the MPRJ "Em nota", a woman prosecutor of the Gaeco, the defence lawyer, Eduardo Paes, the council's president,
an unnamed shopkeeper, a driver "lamenta", a UFF sociologist "Na avaliação dela" and the Geni's survey) before reading
the attribution code. Unseen: speakers 19/19, 16/18, 17/19 (52/56) and claimants 5/6, 5/6, 6/6 (16/18), as the gold
was first written (no stem corrected). The misses: "A ministra do Trabalho, Solidariedade e Segurança Social, Rosário
Palma Ramalho" made "Segurança Social" (a first word in -a) a woman, so "afirmou a governante" and "a ministra
respondeu" went to it; "A promotora Luciana Bastos, do Grupo de Atuação Especial … (Gaeco), explica que" gave the
body ("Organizado (Gaeco)"); "Na avaliação dela, …" was no source phrase; "O Banco de Portugal, no boletim económico
publicado na semana passada, estima que" gave no quote (the figure no claimant); "combustível para apenas dez dias"
was no claim. Pooled over the twenty-four held-out Portuguese batches: speakers 833/1088 = 0.766, claimants 322/420 =
0.767. Rules: the fields a title or a body's name lists ("ministra do Trabalho, Solidariedade e Segurança Social",
"Ministério da Ciência, Tecnologia e Ensino Superior") are no person, neither for a pronoun or bare title pointing
back nor as a rival between a title and its name, and a title's apposition may list such fields with commas before
the name; a body with its acronym in brackets between commas (", do … (Gaeco),") stands between the subject and its
verb; "na avaliação/opinião/visão dele/dela", "no entender dele/dela", "nas palavras dele/dela" point back by the
pronoun's gender; a lower-case aside of where a body said it (", no boletim … publicado na semana passada,") between a
short capitalised subject opening the sentence and its verb is skipped (not after a clause with "que", nor after a
preposition opening the sentence); a number in words after "apenas"/"somente" is a count. And, for round 23's open
weaknesses (tested on invented sentences): a bare title after a name whose first word the names layer left out
because it opens the sentence ("Rita Gomes, do Ministério Público, … A procuradora respondeu") points back at it; a
gendered pronoun when only people of the other gender were named before gives no one, not the last of them
("O advogado Rui Sousa … Segundo ela"); a figure in a relative clause of the occasion after the speaker ("afirmou o
governante, na abertura da conferência que reúne representantes de 38 países") is not the speaker's (round 23's
``pt_criancas_deportadas`` miss, now right). After the round the batch scores speakers 19/19, 18/18, 19/19 (56/56) and
claimants 6/6, 6/6, 6/6 (18/18), the older Portuguese articles speakers 1058/1070 (unchanged) and claimants 406/418
(one more), and the whole set, as the test prints it, speakers BG 970/971, HI 475/475, PT 1114/1126, RU 967/973,
claimants BG 420/426, HI 196/197, PT 424/436, RU 368/379. On the first 100 Portuguese training articles the round
changed one claim, no right to wrong ("apenas três países", a new claim of the article's own); on articles 340-399
(sorted), read for no rule, it changed two, none from right to wrong: a new claim of the article's own ("em apenas
seis anos") and "A mesma porta-voz afirmou que" now "Shaylyn Hynes" (named opening the sentence before) instead of a
bare "porta-voz". A first version of the aside rule removed, on the first 100, a bogus quote ("Não é a primeira vez
que Nauseda faz comentários …, em janeiro do ano passado, disse que") and was narrowed to a short subject with no
clause. Left open: "Rosário" (a woman's name in -o) gives no gender; "A magistrada pede ainda que" and a two-word
fragment after a verb and its object still give no quote.

A twenty-third Bulgarian batch, written before the attribution code was read (``bg_f16_jets``, a BTA/Mediapool-style
story on the first F-16 jets landing at Graf Ignatievo, with the defence ministry ("Според ведомството"), the minister
"По думите му" and "припомни той", the air force commander and "категоричен беше генералът", the president (a woman,
"Държавният глава коментира пред журналисти в Плевен, че …", "По думите ѝ"), the US ambassador, "Според данни на
НАТО", an analyst "е на мнение, че" and "пред Нова телевизия", an MEP, the Russian embassy and "дипломатическата мисия
твърди", two deputies, a former chief of defence after "Според" and "уточниха от щаба на ВВС"; ``bg_bank_fees``, a
Dnevnik/Capital-style piece on bank fees before the euro with eleven sourced figures: "установи проверка на Комисията за
защита на потребителите (КЗП)", the commission's chairwoman, the bank association and "По данни на асоциацията", a БНБ
deputy governor, "Проучване на агенция „Алфа Рисърч“, проведено между …, показва, че", an ИПИ economist's "изчисли",
"Сметната палата установи в одитен доклад, публикуван в сряда, че", "Анализаторите от рейтинговата агенция Fitch Ratings
очакват печалбата на банковия сектор да достигне …, пише в последния им доклад", the governor after "Според", "Данните
на Министерството на финансите, изпратени до „Капитал“, показват", a consumers' association and "сочи оценката на
Световната банка"; ``bg_ruse_chlorine``, a NOVA/BNR-style local story on a chlorine leak in Ruse with "съобщиха от МВР",
"уточниха от пресцентъра на полицията", the director of "УМБАЛ – Русе" and "уточни лекарката", the mayor in dash speech
and "призова жителите на кварталите … да", the regional governor after "Според", "От РИОСВ – Русе", the fire chief, a
company, residents "пред Нова" and "оплака се пенсионерът", the prosecution, the minister (a woman, "Тя напомни, че"),
"По данни на Изпълнителната агенция по околна среда", a health inspector's "посъветва … да" and "съобщиха от Пътна
полиция"), scored unseen: speakers 19/23, 15/20, 17/21 (51/64) and claimants 5/6, 6/11, 5/7 (16/24), as its gold was
first written (no stem corrected). Pooled over the twenty-three held-out Bulgarian batches: speakers 838/998 = 0.84,
claimants 320/433 = 0.74. Rules: "напомни", "установи" (past forms only: the present "установяват" gave "Чрез сложни
изчисления изследователи установяват" to "Чрез"), "посъветва" and "съветва" report; a past passive participle with its
preposition opens an aside between commas as a relative does ("Проучване на …, проведено между …, показва", "Данните
на …, изпратени до „Капитал“, показват": a short name in quote marks inside the aside is masked; not a participle of
leading, "групата, ръководена от професор X, предупреди" stays the professor's), and also between the verb and its "че"
("установи в одитен доклад, публикуван в сряда, че") and after a source phrase before the statement's comma ("По думите
му пилотите, обучени в САЩ, ще …"); "установи" closing a statement before its cited text and whose it is ("…, установи
проверка на КЗП") as "сочи" does; "щаба" is an institution noun; a five-letter adjective in "-на" before a body's noun
is its name ("Пътна полиция", not "Пътна"); a lower-case adjective and a noun that points back at a body right before
the verb ("дипломатическата мисия твърди") is the body named before ("руското посолство"); a reporting verb's object
with its genitive ("очакват печалбата на банковия сектор да …", "призова жителите на кварталите … да") may stand
between the verb and "да"; "То" opening a sentence is no name. After the round the batch scores speakers 22/23, 20/20,
21/21 (63/64) and claimants 6/6, 11/11, 7/7 (24/24), and the whole set, as the test prints it, speakers BG 1033/1035,
HI 475/475, PT 1058/1070, RU 967/973, claimants BG 444/450, HI 196/197, PT 405/418, RU 368/379 (no older Bulgarian item
changed). Left: "коментира …, че самолетите пристигат „с години закъснение …“" (a two-word clause before a quote that
closes the sentence is dropped by design, the quote keeps the speaker). On the first 100 Bulgarian training articles
the round changed 6 quotes, none from right to wrong: four new and right ("„Грийнпийс“ съветва държавите … да",
"Дженифър Франсис, климатолог …, напомни, че", "Оценка на ООН през септември установи, че", "Екип от учени
предупреждава в научен труд, публикуван в …, че" as "Екип"), two only in their span (same speaker); on articles
160-219 (sorted), read for no rule, it changed 2, none from right to wrong: one wrong to right ("«…», съветва … Neulich
Paul"), one wrong to another wrong (a quote closed by "предлага на …", no reporting verb).

Russian round 23 wrote ``ru_labour_shortage`` (RBC/Vedomosti style: unemployment at a record low, Rosstat's figure,
Nabiullina in the Duma and "По словам Набиуллиной", Reshetnikov's "считает, что", "как следует из доклада
Минэкономразвития", "по оценкам аналитиков hh.ru", a Promsvyazbank analyst told to РБК, the МВД's patents, Kotyakov to
ТАСС, a ВЦИОМ poll and its woman director, Siluanov's "предупредил о том, что" and an inserted "пояснил Силуанов",
ЦМАКП's economists "не исключают, что", "В «Опоре России» считают" and "цитирует «Интерфакс» вице-президента … Дмитрия
Зотова"), ``ru_nato_spending`` (Izvestia/Kommersant style: NATO defence ministers agree 3.5% of GDP, Rutte, SIPRI,
Peskov and "представитель Кремля", Grushko to «Известиям» in the genitive and "Дипломат также напомнил", the Latvian
foreign minister in X, the Ukrainian one "как пишет «Укринформ»", Kallas, a «Коммерсантъ» source and its count, a
military expert, Kartapolov "приводит слова … РИА Новости", Ushakov) and ``ru_gas_explosion`` (an НГС-style regional
story: a gas explosion in a Novosibirsk block, the МЧС and rescuers' figures, the governor's Telegram channel, the СК's
woman spokeswoman, a court's arrest "Об этом сообщила пресс-служба суда", a woman lawyer told to НГС, residents and a
pensioner, a woman chief doctor, the mayor, "В мэрии оценили ущерб", «Коммерсантъ-Сибирь» and an expert "цитирует
эксперта НГС") before reading the attribution code. Unseen they scored speakers 14/17, 18/18, 18/19 (50/54) and
claimants 5/7, 7/7, 4/5 (16/19); no gold stem was changed. Pooled with the earlier unseen batches, Russian speakers
804/988 = 0.81 and claimants 303/382 = 0.79. The misses and their rules: "не исключать" reports ("Экономисты ЦМАКП,
напротив, не исключают, что …" was no speech, and the "пишут они" after it went to Siluanov); an attribution inserted
between commas in a sentence without quote marks makes the whole sentence the named one's ("Для бюджета, пояснил
Силуанов, каждый лишний процент … обходится примерно в 90 млрд рублей" was neither quote nor claim; not when a gerund,
participle or conjunction follows the insert: "…, заявил Песков, выступая в Думе" still closes the statement); "—
цитирует эксперта НГС", a bare title in the accusative then only the outlet, gives the one so titled before, not the
outlet; a Russian website written in lower case ("hh.ru") is a name ("Аналитики hh.ru считают, что …" was no speech, "По
оценкам аналитиков hh.ru" gave "аналитиков hh"); "мэрия" is a body noun and a plural estimate verb after "В <body>"
gives that body the figure ("В мэрии предварительно оценили ущерб в 120 млн рублей" had no claimant). The insert is read
before the sentence's other verbs: "Каждый процент, считает Алексей Иванов, обходится …" made "Каждый процент" the
speaker of the words after the name. After the round the batch scores speakers 17/17, 18/18, 19/19 (54/54) and claimants
7/7, 7/7, 5/5 (19/19), and the whole set, as the test prints it, speakers BG 970/971, HI 475/475, PT 1058/1070, RU
1021/1027, claimants BG 420/426, HI 196/197, PT 405/418, RU 387/398 (no older Russian item changed). On the first 100
Russian training articles and on SemEval-2023 Russian articles 60-119 the round changed nothing (its phrases hardly
occur there: the one "не исключаю, что" is inside a quote, the only lower-case website is "5-tv.ru").
Portuguese round 25 wrote ``pt_sancoes_gas_russo`` (CNN Portugal/Público style: the EU's ban on Russian LNG, Rangel at
Brussels and "o chefe da diplomacia portuguesa", "Segundo a Comissão Europeia", Kallas, Orbán to Hungarian radio, "O
ministro lembrou que … e considerou que", Peskov, a Ukrainian woman deputy premier "escreveu nas redes sociais" and "A
governante acrescentou", a woman MEP "defende a antiga ministra", "De acordo com o Instituto Nacional de Estatística",
an ISCTE analyst "avalia que" and "explica o investigador", an unnamed secretary of state "Questionado pela CNN
Portugal" and "De acordo com o governante", an association "em comunicado, considerou a medida «…»"),
``pt_cafe_exportacoes`` (Valor Econômico style: record coffee exports, the Cecafé and its president, "segundo a
entidade", "De acordo com dados do IBGE", the Abic "diz que" and "Em nota, a associação", a FGV economist "disse ela ao
Valor", the agriculture minister "Para o ministro", a woman grower "Na avaliação de" and "conta ela", "Conforme a
Conab", a dash interview) and ``pt_furto_museu_porto`` (Observador style: a museum theft in Porto, "Segundo a Polícia
Judiciária", its coordinator "revelou o inspetor", a woman prosecutor "a magistrada sustentou que", the defence lawyer
"disse ao Observador" and "O causídico anunciou que", the museum's woman director, "De acordo com o relatório da
Inspeção-Geral", the mayor "Para o autarca", the culture minister "em nota", an unnamed guard "Um vigilante que …, e que
pediu para não ser identificado, conta que" and "relata", a dash answer "respondeu o funcionário", "Conforme a PJ")
before reading the attribution code. Unseen: speakers 11/15, 15/16, 11/15 (37/46) and claimants 4/5, 6/6, 4/4 (14/15),
as the gold was first written; two stems were slips and were corrected: "as torrefadoras pequenas estão" had "Abic"
where the speaker given, the Abic's full name, is right ("Indústria de Café"; unseen with it 16/16, 38/46), and
"respondeu o funcionário" had "funcionário" for the guard introduced as "Um vigilante" ("vigilante"; wrong unseen either
way). Pooled over the twenty-five held-out Portuguese batches (as first written): speakers 870/1134 = 0.767, claimants
336/435 = 0.772. The misses: "O causídico anunciou que" (no role noun) and "…, relata." (no reporting form) gave no
quote; "Um vigilante que …, e que pediu …, conta que" (a relative clause with commas) gave none; "o secretário de Estado
da Energia garantiu que" went to the analyst named before ("O analista Bruno Cardoso Reis"); "O ministro lembrou que a
Hungria já recuou … e considerou que «…»" gave "Hungria"; "De acordo com o governante" after the unnamed secretary of
state went to the analyst; "considerou a medida «inevitável»" (one word) is no quote. Rules: "causídico/causídica" are
role nouns, "relata/relatam" report; after "Um/Uma/Outro/Outra" and a trade, the relative clause before the verb may
hold commas; an office title (``TITLES``) does not point back at a person introduced with a role noun that is no office
("O analista …", as Bulgarian already did), unless the title is a former one ("a antiga ministra") or the person was
given an office in apposition ("Rui Sampaio e Castro, antigo chefe da Armada"); a coordinated second reporting verb
after a first reporting verb's "que" clause ("lembrou que X … e considerou que") takes the subject before the first
reporting verb, not the reported clause's subject. After the round the batch scores speakers 13/15, 16/16, 15/15 (44/46)
and claimants 4/5, 6/6, 4/4 (14/15), the older Portuguese articles speakers 1114/1126 and claimants 424/436 (unchanged),
and the whole set, as the test prints it, speakers BG 1033/1035, HI 528/528, PT 1158/1172, RU 1021/1027, claimants BG
444/450, HI 217/219, PT 438/451, RU 387/398. On the first 100 Portuguese training articles the round changed one quote,
wrong to right (", relata a Reuters" now gives a quote to Reuters); on articles 160-219 (sorted), read for no rule, it
changed nothing. A first version of the office rule took "disse" of "O almirante …, antigo chefe da Armada," from the
admiral (a unit test) and was narrowed to persons with no office in apposition. Left open: a role noun pointing back
("De acordo com o governante") does not reach an unnamed office holder who spoke before; a one-word quote after
"considerou a medida"; "Um vigilante, que …, contou que" (a comma right after the noun) still gives no quote.

Hindi round 17 wrote a sixteenth held-out batch before reading the code: ``hi_jaishankar_moscow`` (a BBC Hindi-style
report on the foreign minister in Moscow with Lavrov in '…' quotes and "लावरोव का कहना है कि", Peskov, the MEA spokesman
later "प्रवक्ता", Zelensky, the NATO secretary general, a former ambassador with "उनके अनुसार, \"…\"" and a woman
professor with "वह कहती हैं"), ``hi_parali_court`` (a Jagran-style Supreme Court hearing on stubble burning with the
CPCB's AQI, the bench, Punjab's advocate general, the additional solicitor general later "भाटी के मुताबिक", the amicus
with "उनका कहना है कि \"…\"", an AIIMS doctor with "ने सलाह दी, \"…\"", the CSE director and the Delhi minister) and
``hi_board_result`` (a Prabhat Khabar-style local story on Bihar board results with the board chairman later "अध्यक्ष
के मुताबिक", the district topper, her father introduced as "प्रिया के पिता रामेश्वर यादव …। उन्होंने भावुक होकर कहा",
her mother, the DM later "डीएम", the district education officer, a headmaster and a woman academic), scored unseen:
speakers 17/17, 12/14, 15/16 (44/47) and claimants 5/5, 4/5, 5/5 (14/15), as the gold was first written (no stem
corrected). The misses: "ने सलाह दी, \"…\"" was no reporting verb; the pronoun after the father's sentence went to the
daughter quoted before (a person named after a kinship phrase, reporting nothing); "पीठ ने टिप्पणी की कि" gives
"पीठ", not the judge named before with "की पीठ" (left); "भारतीय उष्णकटिबंधीय मौसम विज्ञान संस्थान के निर्णय सहायता तंत्र
के अनुमान के मुताबिक" gives "निर्णय सहायता तंत्र" (the institute's system: defensible, left). Rules: "सलाह" is a
reporting form; a pronoun opening a sentence after one in the same paragraph that opens with "<X> का/की/के
<kin word> <person>" (पिता, मां, भाई, बहन, पति, पत्नी, बेटा, बेटी, बहू …) with no ने-subject and no quote is that person
(the entity there, else the first two words). Pooled over the sixteen held-out Hindi batches: speakers 456/540 = 0.84,
claimants 182/221 = 0.82. After the round the batch scores speakers 17/17, 13/14, 16/16 (46/47) and claimants 5/5, 4/5,
5/5 (14/15), and the whole set, as the test prints it, speakers BG 1033/1035, HI 574/575, PT 1114/1126, RU 1021/1027,
claimants BG 444/450, HI 231/234, PT 424/436, RU 387/398 (the older Hindi items unchanged). On the first 100 Hindi
training articles (sorted) and on articles 220-279 (diffed by an earlier round for no rule) the round changed nothing.

Russian round 24 wrote ``ru_vat_budget`` (RBC/Vedomosti style: the Minfin may raise VAT to 22%, a lead sourced by
"Об этом в четверг на Финансовом конгрессе заявил" Siluanov, "По словам Силуанова", Nabiullina "предупредила, что" and
"подчеркнула председатель ЦБ", "Как следует из доклада ЦБ" and "По прогнозу регулятора", "По оценкам аналитиков
«Твердых цифр»", a Sberbank economist's "считает", a Sovcombank analyst "рассказал РБК, что" and "По его словам", a
woman economist "Она считает, что" and "заявила Акиндинова «Ведомостям»", Reshetnikov, a «Ведомости» source, "Как пишет
«Коммерсантъ»" and "цитирует издание замглавы министерства", Makarov, Shokhin "напомнил о том, что" and "По его
данным"), ``ru_ceasefire_monitors`` (Izvestia/Kommersant style: Western monitors on the line of contact, Peskov and
"представитель Кремля", Rutte, Zakharova in her Telegram channel, Grushko to «Известиям» and "Дипломат также напомнил о
том, что", Yermak "цитирует агентство «Укрінформ»", Sybiha "считает, что", Sikorski, Reuters, Fico, Ushakov, a
military expert "объяснил Кашин «Коммерсанту»", "По данным Минобороны России … В ведомстве уточнили", Kartapolov
"приводит слова депутата РИА Новости") and ``ru_school_bus_crash`` (a Bashinform-style regional story: a school bus in
a ditch near Ufa, "сообщили в региональном управлении МЧС", the head of the republic's Telegram channel, a woman chief
doctor, the СК's woman spokeswoman "По ее словам", a court's house arrest, a woman lawyer to «Башинформу», a woman
resident, "говорит отец одного из пострадавших школьников", the district head, the education minister, "Региональная
прокуратура, как пишет «Коммерсантъ-Уфа», … В ведомстве оценили ущерб", a psychologist) before reading the attribution
code. Unseen they scored speakers 20/21, 17/18, 14/15 (51/54) and claimants 6/7, 5/5, 2/4 (13/16); one gold stem was a
slip and was changed after scoring ("По прогнозу регулятора", the ЦБ named just before, had the stem "регулятор" for
the answer "ЦБ": 14/16 with the stem "ЦБ"). Pooled with the earlier unseen batches, Russian speakers 855/1042 = 0.82
and claimants 316/398 = 0.79 (as written). The misses and their rules: a time and a place may stand between "Об этом"
and its verb ("Об этом в четверг на Финансовом конгрессе заявил министр …" left the lead sentence without speaker; up
to seven words, no punctuation); "В ведомстве уточнили" after a sentence opened by "По данным X," / "Как сообщили в X"
is X, not a body named inside what X reported ("силы ПВО"); a paragraph's opening body may be a capitalised adjective
and an institution noun ("Региональная прокуратура, как пишет «Коммерсантъ-Уфа», проверяет … В ведомстве оценили
ущерб" gave the outlet); a plural verb with no subject and "в (adjectives) управлении|компании <Name>" gives the named
body ("сообщили в региональном управлении МЧС" had no claimant); "отец" and "мать" are titles ("— говорит отец одного
из пострадавших школьников Руслан Галиев" went to the speaker before). After the round the batch scores speakers 21/21,
18/18, 15/15 (54/54) and claimants 7/7, 5/5, 4/4 (16/16), and the whole set, as the test prints it, speakers BG
1033/1035, HI 528/528, PT 1114/1126, RU 1075/1081, claimants BG 444/450, HI 217/219, PT 424/436, RU 403/414 (no older
Russian item changed). On the first 100 Russian training articles the round changed one speaker, wrong to right (the
sentence before "Об этом в эфире своего интернет-канала заявил киевский политолог Руслан Бортник" is now his); on
SemEval-2023 Russian articles 0-59 it changed nothing.

A twenty-fourth Bulgarian batch, written before the attribution code was read (``bg_gps_jamming``, a Mediapool/BTA-style
story on GPS jamming over the Black Sea coast, with the defence minister ("По думите на министъра", "Министър Запрянов
съобщи още", "По негови данни"), the air traffic director in dash speech "пред Нова телевизия" and "Според Пеев", a
former chief of defence "е на мнение, че" and "коментира генералът в ефира на БНТ", an MEP (a woman) "написа … в
социалните мрежи", NATO's spokeswoman "заяви, цитиран от БТА, че", the president and "Държавният глава подчерта", "От
своя страна руското посолство в София отрече …" and "В позиция на дипломатическата мисия се казва, че обвиненията са
„…“", an analyst and "Според него", the chairwoman of the defence committee "заяви пред Дневник" and "посочи тя";
``bg_medicines``, a Dnevnik-style piece on the health fund's drug spending with nine sourced figures: "сочат данните на
касата" after "Националната здравноосигурителна каса (НЗОК)", "НЗОК отчита", "По данни на касата", the fund's manager,
the health minister, "Според изчисленията на Института за пазарна икономика (ИПИ)" and "сочи докладът на ИПИ", an
economist (a woman), the pharmacists' union after "от своя страна", "По данни на Националния съвет по цени и
реимбурсиране" and its chairwoman, patients, "Данните на Евростат показват" and the finance minister (a woman, "подчерта
министърката"); ``bg_vidin_ferry``, a BNR-style local story on a Danube ferry stopped by low water, with the regional
governor, a mayor (a woman, "каза кметицата", "По думите й"), a driver, "От Областната дирекция на МВР във Враца
съобщиха" and "Според полицията", a maritime agency director in dash speech, "Според прогнозата на НИМХ", a resident
(a woman, "каза жената"), a doctor and "Той припомни, че", the transport minister), scored unseen: speakers 19/20,
16/16, 17/17 (52/53) and claimants 3/3, 7/9, 7/7 (17/19), as its gold was first written. One stem was corrected after
scoring: the claimant of "По данни на касата … 41 300 души" was written "кас" where the two figures before it from the
same fund were written "НЗОК"; it is "НЗОК" now (a slip: with it the unseen claimants are 16/19). Pooled over the
twenty-four held-out Bulgarian batches: speakers 890/1051 = 0.85, claimants 337/452 = 0.75 (336/452 with the corrected
stem). Rules: "касата" is a body's noun that points back, with a stem of four letters ("каса": "Националната
здравноосигурителна каса") and the acronym in brackets right after it kept in the name; "От своя страна" may stand
before a body named by a lower-case adjective ("От своя страна руското посолство …"), which "дипломатическата мисия"
then points back at; "В позиция на …", "В съобщение на …", "В становище на …", "В декларация на …" (without the
article) open a body's text as "В позицията на …" does. After the round the batch scores speakers 19/20, 16/16, 17/17
(52/53) and claimants 3/3, 9/9, 7/7 (19/19), and the whole set, as the test prints it, speakers BG 1085/1088, HI
528/528, PT 1114/1126, RU 1021/1027, claimants BG 463/469, HI 217/219, PT 424/436, RU 387/398 (no older Bulgarian item
changed). Left: "В позиция на дипломатическата мисия се казва, че … „…“" gives "дипломатическата мисия", not the
embassy named before it (``bg_cyberattack``'s gold keeps "мисия" for the same form; resolving the noun there changed
that older item, so it was not done). On the first 100 Bulgarian training articles the round changed nothing; on
articles 220-279 (sorted), read for no rule, it changed nothing either.

After every round of stop 33 merged (BG 24, HI 17, PT 25, RU 24) the whole set scores speakers BG 1085/1088, HI
574/575, PT 1158/1172, RU 1075/1081, claimants BG 463/469, HI 231/234, PT 438/451, RU 403/414. Pooled over every
unseen batch, as first written: speakers BG 890/1051 = 0.85, HI 456/540 = 0.84, PT 870/1134 = 0.767, RU 855/1042 =
0.82; claimants BG 337/452 = 0.75, HI 182/221 = 0.82, PT 336/435 = 0.77, RU 316/398 = 0.79. Stop 33's batches
alone: speakers BG 215/236, HI 188/215, PT 142/159, RU 198/221; claimants BG 78/94, HI 67/78, PT 52/57, RU 61/73.
By this stop every BG, HI and PT training article and every Russian one (SemEval-2025 and SemEval-2023) had been
read by some round, so the later rounds' out-of-sample checks reuse sets earlier rounds only diffed (never wrote
rules from). Two review fixes after the merges: Russian round 23's attribution inserted between commas no longer
overrides a sentence's own subject and verb, and the speculative lookups after a quote compare speakers through a
set of ids.

Hindi round 18 wrote a seventeenth held-out batch before reading the code: ``hi_rusi_sena_bhartiya`` (a BBC Hindi-style
report on Indians recruited into the Russian army with the MEA spokesman later "प्रवक्ता के मुताबिक", Modi, Peskov in
'…' quotes, a mother introduced as "उनकी मां कुलविंदर कौर बताती हैं कि" and later "वह कहती हैं", a returnee with "का
कहना है कि" and "उनके मुताबिक", a CBI officer unnamed, Jaishankar later "विदेश मंत्री", Zelensky and a former
ambassador), ``hi_bijli_dar`` (a Rajasthan Patrika-style story on the regulator's new electricity tariff with "आयोग के
आदेश के अनुसार", its chairman, a discom's woman MD, an industry body's head with "के अनुसार", the opposition leader, the
energy minister later "ऊर्जा मंत्री", a shopkeeper's '"…?" वे पूछते हैं' and a consumer forum) and ``hi_awara_kutte``
(a Prabhat Khabar-style local story on dog bites and a vaccine shortage with a hospital's deputy superintendent, a
mother, a chemist, the DM later "डीएम" and "जिलाधिकारी", the civil surgeon, the health department's figures, a
councillor with "वह कहती हैं", the municipal commissioner and a professor), scored unseen: speakers 18/19, 15/17,
17/17 (50/53) and claimants 6/7, 8/9, 8/8 (22/24), as the gold was first written (no stem corrected). The misses:
"उनकी मां कुलविंदर कौर बताती हैं कि" went to the son, the owner of "उनकी"; "पूछते" was no reporting form; "आयोग के
आदेश के अनुसार" gave "आदेश" (now "आरईआरसी", the commission's acronym named before: the same body, but the stem "आयोग"
is not in it, so it stays a miss in the count). Rules: a possessive pronoun, a kin word and a name before a present
reporting verb ("उनकी पत्नी रेखा देवी बताती हैं") make the name the speaker; "पूछते", "पूछती" report (also with no
ने); "आदेश" and "अधिसूचना" are source nouns whose owner speaks; and in the claims layer an age is no value: "<N>
वर्षीय", and "के/की/अपने/उनकी … <N> साल के/की <word>" unless the word is one of time ("इतिहास", "दौरान", "संबंध" …).
Pooled over the seventeen held-out Hindi batches: speakers 506/593 = 0.85, claimants 204/245 = 0.83. After the round
the batch scores speakers 19/19, 16/17, 17/17 (52/53) and claimants 7/7, 8/9, 8/8 (23/24), and the whole set, as the
test prints it, speakers BG 1085/1088, HI 626/628, PT 1158/1172, RU 1075/1081, claimants BG 463/469, HI 254/258, PT
438/451, RU 403/414 (the older Hindi items unchanged). On the first 100 Hindi training articles (sorted) the round
changed 2 claims (two ages, "57 साल की …", "56 वर्षीय …", no longer claims: wrong to right, none right to wrong); on
articles 280-365 (diffed by rounds 14 and 15 for no rule) it changed 1 claim ("45 साल की अंबिका हाउसवाइफ हैं", an age:
wrong to right, none right to wrong) and no speaker.

Portuguese round 26 wrote ``pt_comissao_defesa_blindados`` (RTP/Expresso style: the defence minister before a
parliament committee on armoured vehicles late for Ukraine, "admitiu esta quarta-feira na comissão parlamentar de
Defesa que", "garantiu o governante", an unnamed "secretário de Estado da Defesa Nacional, que …, explicou que" and
"frisou o governante", a woman deputy "acusou o Governo de «…»" and "perguntou a antiga ministra", "Segundo o
Estado-Maior-General das Forças Armadas (EMGFA)", the Ukrainian woman ambassador "pediu ainda que" and "disse a
diplomata à RTP", a retired general "Na avaliação do" and "Para o especialista", "De acordo com dados do Instituto
Kiel", Peskov "considerou o envio … «irrelevante»", the foreign ministry "em comunicado", the committee chairman),
``pt_greve_metro_sp`` (Estadão style: a São Paulo metro strike, "segundo estimativa da Companhia do Metropolitano
(Metrô)", the union's woman president "disse ela ao Estadão" and "Segundo Camila", "Em nota, o Metrô", "O governador
Tarcísio de Freitas (Republicanos) diz que", a labour-court judge "Rosário Mendes … determinou que" and "a magistrada
afirma", "O sindicato diz que", "Conforme o advogado da entidade", "De acordo com dados do IBGE", an Idec economist and
a dash answer "afirma o economista", a cleaner, a student "disse que … : «…»", a state secretariat) and
``pt_buscas_camara_amarante`` (Jornal de Notícias style: a PJ search of a town hall, "Em comunicado, a PJ informou
que", "De acordo com o Ministério Público", a woman prosecutor "sustenta, no despacho a que o JN teve acesso, que" and
"A magistrada pede ainda que", the mayor "— … — disse o autarca, que se recusou a comentar …", a lawyer "diz que … e
acusa o Ministério Público de «…»", a woman councillor "afirmou ao Jornal de Notícias" and "Segundo a vereadora", "Um
funcionário dos serviços de urbanismo, que pediu o anonimato, contou que" and "relatou", "Fonte da PJ adiantou ao JN",
"De acordo com dados do INE", a law professor "Para o especialista" and "O professor defende que") before reading the
attribution code. Unseen they scored speakers 18/21, 15/19, 13/17 (46/57) and claimants 6/7, 5/6, 6/6 (17/19) as the
gold was first written; three stems of ``pt_greve_metro_sp`` were slips (the snippet began with the "que" before the
reported clause, outside it: "que não vai recuar", "que não foi notificado", "que apoia os metroviários") and were cut
to the clause; with them the layer had all three right, 18/19 (49/57). Pooled over the twenty-six held-out Portuguese
batches (as first written): speakers 916/1191 = 0.769, claimants 353/454 = 0.778. The misses: "«…», afirmou ao Jornal
de Notícias." gave the newspaper (an outlet of several words joined by "de" closing the sentence); "admitiu esta
quarta-feira na comissão parlamentar de Defesa que" (when, then a long phrase of place) and "determinou que", "A
magistrada pede ainda que" gave no quote; "— … — disse o autarca, que se recusou a comentar …" made the relative clause
a reported clause and lost the mayor; "Um funcionário dos serviços de urbanismo, que pediu o anonimato, contou que" (a
genitive before the relative clause) gave none; "O secretário de Estado da Defesa Nacional explicou que" gave "Defesa
Nacional" (the portfolio of two words read as the name after the genitive); "«…», frisou o governante" after the
unnamed secretary of state went to the minister named before. Rules: after a reporting verb, "ao"/"à" and a capitalised
name of several words joined by "de"/"da"/"do" that closes the sentence is the outlet told, no speaker; "esta/neste
<weekday>", "hoje", "ontem" may stand before the phrase of place between a reporting verb and its "que"; "pede"/"pedem"
and "determina/determinou/determinam/determinaram" report only with "que" right after them (or after "ainda"/"também");
after a reporting verb, a "que" right after a short subject's comma opens a relative clause on who spoke, not the
reported clause (the clause after a second comma and "que" is: "disse aos deputados, que a ouviam …, que"); a statement
closed by ", <reporting verb> <short subject>, que …" is the subject's, the relative after it no part of the
attribution; after "Um/Uma/Outro/Outra" and a trade a lower-case genitive of up to four words may precede the relative
clause, also when the relative clause holds commas; a portfolio of ``_PT_PORTFOLIOS`` after a title's genitive closes
the title ("o secretário de Estado da Defesa Nacional"), no name after it. After the round the batch scores speakers
20/21, 19/19, 17/17 (56/57) and claimants 7/7, 6/6, 6/6 (19/19), the older Portuguese articles speakers 1158/1172 and
claimants 438/451 (unchanged), and the whole set, as the test prints it, speakers BG 1085/1088, HI 574/575, PT
1214/1229, RU 1075/1081, claimants BG 463/469, HI 231/234, PT 457/470, RU 403/414. On the first 100 Portuguese training
articles the round changed two quotes, only in their span and none from right to wrong (", acrescenta o porta-voz, que
reitera que …" and "disse Guterres, que descreveu …": the span now opens after the relative's own reporting verb, not
at it; the same speaker); on articles 220-279 (sorted), read for no rule, it changed two, both wrong to right: a bogus
quote of the relative clause ("lamenta a OMM, que divulga o seu relatório …") is gone and the statement that "lamenta a
OMM" closes is now the OMM's quote. Left open: "«…», frisou o governante" does not reach an unnamed office holder who
spoke before (the direct quotes are resolved before the reported clause that names him); "Um funcionário da secretaria,
que …" (a genitive of an institution noun) gives "secretaria"; "a professora da Universidade do Minho Ana Lopes" gives
the body and the name as one speaker; "«…», disse ao Expresso Marta Reis." gives "Expresso Marta Reis".

A twenty-fifth Bulgarian batch, written before the attribution code was read (``bg_grain_corridor``, a
Mediapool/BTA-style story on a Russian drone found near Shabla, with the defence minister ("заяви … пред журналисти",
"По думите му", "уточни, че", "допълни министърът"), the foreign minister "е на мнение, че" and "Според него", the
president and "каза държавният глава", an MEP "написа той в социалната мрежа Фейсбук", the Russian embassy and "В
позиция на дипломатическата мисия се казва, че „…“", an analyst "коментира пред Нова телевизия, че" and "смята той", a
mayor (a woman, "каза тя пред БНТ"), NATO's secretary general "цитиран от БТА", a retired general in unmarked speech
"каза Попов пред bTV", the Ukrainian ambassador (a woman, "подчерта дипломатката"), "По данни на Министерството на
отбраната", "сочат данните на ВМС" and "От Министерството на вътрешните работи съобщиха"; ``bg_fuel_prices``, a
Capital/Dnevnik-style piece on fuel prices before the euro with eight sourced figures: "сочат данните на Националния
статистически институт", "Според Евростат", "От Българската петролна и газова асоциация отчитат", "По изчисления на
Института за пазарна икономика", "показват данните на НСИ", "По оценка на БНБ", "съобщиха от Агенцията „Митници“" and
"Според доклад на Фискалния съвет", with the competition authority's chairman, the finance minister (a woman, "каза тя
пред Bloomberg TV Bulgaria", "Петкова допълни"), an MP "от парламентарната трибуна", an economist (a woman, "е на
мнение, че", "припомни тя") and a taxi driver; ``bg_school_poisoning``, a Darik/bTV-style local story on a school
canteen poisoning in Kardzhali, with the regional governor, the director of the regional health inspectorate (a
woman, "уточни тя", "Според д-р Юсеин"), the mayor ("заяви градоначалникът"), "От ОДМВР – Кърджали съобщиха", a doctor
(a woman, "допълни лекарката"), a mother, the caterer in unmarked speech "твърди Колев", "От Българската агенция по
безопасност на храните обявиха" and "Според агенцията", the education minister, a school director (a woman) and "По
данни на РЗИ – Кърджали … сочат данните на инспекцията"), scored unseen: speakers 19/20, 12/13, 19/19 (50/52) and
claimants 3/3, 7/8, 3/4 (13/15). Pooled over the twenty-five held-out Bulgarian batches: speakers 941/1104 = 0.85,
claimants 350/467 = 0.75. Rules: a body named by a capitalised adjective runs on over "и", a second adjective and its
noun ("Българската петролна и газова асоциация"; the name ended on "и"), and never ends on "и"; "инспекцията" is a
body's noun (and one after "от" closing a sentence) that points back at the acronym named last when that has an "И"
(РЗИ, ГИТ, РИОСВ), not at "НСИ". After the round the batch scores speakers 19/20, 13/13, 19/19 (51/52) and claimants
3/3, 8/8, 4/4 (15/15), and the whole set, as the test prints it, speakers BG 1136/1140, HI 574/575, PT 1158/1172, RU
1075/1081, claimants BG 478/484, HI 231/234, PT 438/451, RU 403/414 (no older Bulgarian item changed). Left: "В
позиция на дипломатическата мисия се казва, че „…“" again gives "дипломатическата мисия" (gold "посолство" here, as in
``bg_gps_jamming``; ``bg_cyberattack`` and a unit test keep "мисия"). On the first 100 Bulgarian training articles the
round changed one item (its quote and claim), wrong to right ("По данни на Националната океанска и атмосферна
администрация": the name had ended on "и"); on articles 340-399 (sorted), read for no rule, it changed nothing.

Russian round 25 wrote three more articles before reading any attribution code: ``ru_aluminium_sanctions`` (a
Vedomosti-style piece on an EU ban on Russian aluminium: ЦМАКП's report, Siluanov, Nabiullina, bank analysts, a
Kommersant figure, a Brussels source relayed by Reuters), ``ru_longrange_missiles`` (Izvestia-style: the Kremlin,
the MFA, a Washington Post source, NATO, Kyiv, a military expert, Berlin) and ``ru_stray_dogs`` (a regional story from
Orsk: the governor's Telegram channel, a hospital's head doctor, the СК, residents, the mayor, a court's fine, an
animal charity, the prosecutor). Unseen they scored speakers 14/15, 15/16, 16/17 (45/48) and claimants 7/7, 5/6,
6/6 (18/19); no gold stem was changed. Pooled over the twenty-five held-out Russian batches: speakers 900/1090 =
0.83, claimants 334/417 = 0.80. Rules: in "по словам …" the lower-case genitive words of a title's body
("главного врача областной детской больницы Ольги Макаровой") no longer count as other words, so the name after
them is reached; where and when one spoke ("на встрече с журналистами в среду", "на брифинге", "на заседании")
between a named subject and its verb is skipped; an outlet's noun in the dative with its name right after the verb
("Как сообщил газете The Washington Post источник в администрации") is the one told, and the speaker comes after
it. After the round the batch scores speakers 15/15, 16/16, 17/17 (48/48) and claimants 7/7, 6/6, 6/6 (19/19), and
the whole set, as the test prints it, speakers BG 1085/1088, HI 574/575, PT 1158/1172, RU 1123/1129, claimants BG
463/469, HI 231/234, PT 438/451, RU 422/433 (no older Russian item changed). On the first 100 Russian SemEval-2025
training articles the round changed nothing; on SemEval-2023 articles 60-142 (sorted), read for no rule, it changed
nothing either.

After the four rounds of 2026-12-05 merged (Hindi 18, Portuguese 26, Bulgarian 25, Russian 25, each written before
the code was read): pooled unseen speakers BG 941/1104 = 0.85, HI 506/593 = 0.85, PT 916/1191 = 0.77, RU 900/1090 =
0.83; claimants BG 350/467 = 0.75, HI 204/245 = 0.83, PT 353/454 = 0.78, RU 334/417 = 0.80. Whole set: speakers BG
1136/1140, HI 626/628, PT 1214/1229, RU 1123/1129; claimants BG 478/484, HI 254/258, PT 457/470, RU 422/433 (BG 69,
HI 44, PT 76, RU 71 articles, every date read). The same day's hostile-input work (linear cost on floods of one name
and quoted copies) and the Hindi entity rules left every figure of this file unchanged.

A twenty-sixth Bulgarian batch, written before the attribution code was read (``bg_ammunition_plant``, a BTA wire on a
government deal for a Rheinmetall shell plant near Kazanlak: "съобщи правителствената пресслужба" with the figure in the
next sentence, the economy minister ("заяви пред журналисти", "По думите му", "уточни, че"), Rheinmetall's chief in a
quote split around "каза по видеовръзка", the defence minister ("подчерта, че", "каза той"), "По данни на Министерството
на отбраната", "сочат данните на Стокхолмския институт за изследване на мира (СИПРИ)", an anonymous government source,
an opposition leader ("написа той във Фейсбук"), the Russian embassy, NATO's secretary general ("се казва в изявление
на"), "В доклад на Алианса", the president ("призова", "Държавният глава смята, че „…“"), a Gallup survey, a union
leader's quote running over two paragraphs without reopening, the mayor (a woman, "каза градоначалничката", "Тя обеща,
че", "Според Стоянова") and a dash interview; ``bg_deficit_gap``, a Capital-style analysis of the 2027 budget with
eleven sourced figures: "По данни на Министерството на финансите", the finance minister in a quote split by dashes
inside the marks ("„… – заяви … Петкова. – …“", "Петкова призна, че", "Причината според нея"), "сочат данните на НАП",
"Фискалният съвет публикува … становище … Според него", its chairman ("предупреди, че", "добави професорът"), an
opposition MP ("Според него … 3,8%"), the prime minister ("отговори, че", "категоричен беше министър-председателят"),
"От Асоциацията на индустриалния капитал … настояха", "Икономическият институт на БАН е изчислил … пише в анализа на
института", a union leader ("председателят на КТ „Подкрепа“ Димитър Манолов"), an anonymous official ("Висш служител в
Министерството на финансите, пожелал да остане анонимен, коментира пред „Капитал“, че"), an economist's two-paragraph
quote, "Мисията на Международния валутен фонд, която …, очаква" and "Според МВФ", a European commissioner, an Alpha
Research survey, "Сметната палата публикува … одитен доклад … Според него" and "смятат в Асоциацията на банките в
България"; ``bg_dam_crack``, a regional-site story on a cracked dam near Mineralni bani: "съобщиха … от Областната
администрация", the regional governor ("По думите на управителя"), "уточниха от Басейнова дирекция „Източнобеломорски
район“" and "Според дирекцията той е сред …", the mayor ("обясни, че", "заяви кметът пред …", "Мехмед призна, че"), a
state inspector ("посочи експертът"), "От ДАМТН припомнят, че", "сочи годишният доклад на агенцията", villagers in a
dash interview and "каза жената", "От ОДМВР – Хасково съобщиха", the environment minister ("Той обяви, че", "увери
министърът", "Според него"), an economist's two-paragraph quote ("коментира той"), "Според данни на Министерството на
регионалното развитие и благоустройството", an ecologist ("По думите ѝ …, за да …") and "съобщиха от „Напоителни
системи“"), scored unseen: speakers 18/20, 12/16, 15/18 (45/54) and claimants 4/6, 5/11, 3/7 (12/24); no gold stem was
changed. Pooled over the twenty-six held-out Bulgarian batches: speakers 986/1158 = 0.85, claimants 362/491 = 0.74.
Rules: a „…“ quote whose paragraph ends a sentence without closing runs on into the next paragraph when that one holds
no opening mark before its closing mark and the attribution follows it (lexicon ``QUOTES_RUN_ON``); "куб." and "кв." end
no sentence; a capitalised possessive adjective ("Басейнова") before a body's noun names the body with its name in quote
marks, and a quoted name after a body's noun is no speech; "припомня(т)", "обяснява(т)" report; "дирекцията" is a body's
noun; a pronoun after a cited body or title ("Според дирекцията той е …") opens the statement; a capitalised place after
"в" past lower-case words of the statement ("По думите на управителя за нощта в училището в Минерални бани") is no name
of the title's holder; after a source opening the sentence the statement runs on past a comma before "за да", "без да",
"така че" (only there: a source inside the sentence cut the words before it into its statement on a training article);
"Според него" right after a body issued a text ("публикува … становище/одитен доклад") is that body; a body's noun and
the capitalised name of whose it is are one name ("Мисията на Международния валутен фонд"); the person after a title of
a body named in quote marks ("председателят на КТ „Подкрепа“ Димитър Манолов"); the paper after "пред" is told, not
telling; "пожелал да остане анонимен" is an aside; a capitalised adjective before an unnamed source's noun ("Висш
служител в …") is no name; a plural verb, "в" and a body's capitalised noun ("смятат в Асоциацията на …"); an acronym in
brackets closes a long name over a second genitive ("… на мира (СИПРИ)"); "института" points back at the institute of an
acronym named before ("Икономическият институт на БАН"), not the acronym, and a scale's full stop ends no sentence when
looking back for a named body; a year's "г." before a source phrase opening the next sentence ends the claim. After the
round the batch scores speakers 19/20, 16/16, 18/18 (53/54) and claimants 5/6, 11/11, 7/7 (23/24), and the whole set, as
the test prints it, speakers BG 1189/1194, HI 626/628, PT 1214/1229, RU 1123/1129, claimants BG 501/508, HI 254/258, PT
457/470, RU 422/433 (no older Bulgarian item changed). Left: "Радев призова пълният текст … да бъде публикуван" (a call
with "да") gives no quote; a figure in the sentence after "…, съобщи правителствената пресслужба." has no claimant. On
the Bulgarian SemEval-2025 training articles 0-99 and 160-219 (sorted) the round changed 16 items against the commit it
branched from: 15 wrong to right (quotes running over two paragraphs now whole and attributed, "припомня", "припомнят от
The Times", "обяснява X", a claim split at "2023 г. По данни на …") and one neither ("експертът припомня, че" now a
quote, its speaker the bare title, not the author it points back at); the one right to wrong change of a first run (the
purpose-clause rule) was narrowed away.

Other changes of the same stop, read on training articles (not on this set, whose figures they leave as printed above):
a speaker or claimant that is one function word of the language with no entity ("Для", "И", "Até", "Вече", a
lower-case "mesmo"; a word the article writes capitalised inside a sentence stays a name: the association "Zero", the
paper "Сега") is left unresolved (training articles 0-119: 6 RU, 13 BG, 17 PT removed, all junk but one partial,
"Екип" for a team of scientists); a wire's dateline ("РИГА, 10 июл - Sputnik.") is no claim (6 RU, 2 BG, 1 in the PT
folder removed, all datelines); Hindi speakers skip a bracketed description before "ने" and keep a bracketed acronym
whole, and a sentence's last short verb ("है.", "दी.") or a line break is no initial (all 366 Hindi training
articles: 64 items in 26 articles changed, none right to wrong); the entity junk rules of the same day (titles cut, a
place before a person split, common words opening a sentence dropped) changed no item of this set. After the stop the
whole set, as the test prints it: speakers BG 1189/1194, HI 626/628, PT 1214/1229, RU 1123/1129, claimants BG 501/508,
HI 254/258, PT 457/470, RU 422/433 (BG 72, HI 44, PT 76, RU 71 articles, every date read); pooled unseen speakers BG
986/1158 = 0.85, HI 506/593 = 0.85, PT 916/1191 = 0.77, RU 900/1090 = 0.83, claimants BG 362/491 = 0.74, HI 204/245 =
0.83, PT 353/454 = 0.78, RU 334/417 = 0.80.

Portuguese round 27 wrote ``pt_desminagem_coligacao`` (Público/Lusa style: Portugal to lead Ukraine's demining
coalition, the statement before ", anunciou esta quinta-feira em Bruxelas o ministro …, Paulo Rangel, à margem da
reunião …", "Segundo o chefe da diplomacia portuguesa", a quote of two sentences then ", disse Rangel aos jornalistas,
acrescentando que … "…"", "De acordo com estimativas do Governo ucraniano", a Ukrainian deputy minister "considerou o
anúncio «…»" and "sublinhou a governante" (the minister a "governante" too), Rutte's quote split around "afirmou o
secretário-geral …" and "O antigo primeiro-ministro neerlandês revelou que", "Uma fonte diplomática portuguesa, que
pediu para não ser identificada, admitiu ao PÚBLICO que" and "disse a mesma fonte", "segundo o relatório anual da
Aliança", a Chega leader "acusou … de «…»", "A deputada do Livre Isabel Mendes Lopes defendeu", a researcher "Para …"
with a quote running over two paragraphs and "acrescentou a especialista", Zakharova, "Segundo a organização
não-governamental HALO Trust", "adiantou à Lusa o responsável da organização …, Rupert Hamilton" and the ministry "numa
nota"), ``pt_coqueluche_parana`` (G1/Folha style: whooping cough in Paraná, "segundo boletim divulgado … pela Secretaria
da Saúde do Paraná" and "informou a pasta", the state secretary's dash answer "disse o secretário em entrevista à RPC",
"De acordo com o Ministério da Saúde", a paediatric infectologist "…, do Hospital Pequeno Príncipe, em Curitiba, afirma
que", "diz a médica", a quote split around "explica Carvalhaes", a manicure "Ela conta que" and "lamenta", "Um servidor
da vigilância epidemiológica de Curitiba, que pediu para não ter o nome publicado, disse à reportagem que", "Procurada,
a secretaria negou … e disse que", a deputy who "cobrou do governo uma campanha "…"", the government leader and the
Pan-American Health Organization) and ``pt_falta_professores`` (Expresso style: pupils without teachers, ", revelou esta
terça-feira a Fenprof, a maior estrutura sindical do setor, com base num levantamento …", its secretary general "afirmou
o secretário-geral da federação" and "O dirigente sindical sublinhou que", "Fonte oficial do Ministério da Educação,
Ciência e Inovação contestou … e garantiu ao Expresso que", the minister's split quote "disse o governante", "Segundo o
ministro", a school director's quote over two paragraphs closed by a bare "explica.", the parents' confederation
president "pede «…» e defende que" and "Ela lembra que", "Segundo um estudo coordenado pela economista …", "O PS
anunciou que", a deputy "acusou a deputada socialista …", "Na Escola Secundária de Loulé, uma aluna do 11.º ano, que
preferiu não ser identificada, conta que" and "diz.") before reading the attribution code. Unseen they scored speakers
22/24, 16/19, 12/19 (50/62) and claimants 6/6, 7/9, 4/8 (17/23); no gold stem was corrected. Pooled over the
twenty-seven held-out Portuguese batches (as first written): speakers 966/1253 = 0.771, claimants 370/477 = 0.776. The
misses: a statement closed by ", <verb> <when> <where> <speaker>, …" with a phrase of circumstance after the speaker's
comma (", à margem da reunião …", ", com base num levantamento …") was too long a tail and gave no quote (twice, and two
claims); the gerund "acrescentando que" after a quote of two sentences found no speaker (the quote opened before its
sentence); "«… Um professor contratado ganha …», explica." went to the unnamed "professor" inside the quote (twice, and
a claim); "Um servidor da vigilância epidemiológica de Curitiba, que …," (a town closing the genitive) and "Na Escola
Secundária de Loulé, uma aluna do 11.º ano, que …, conta que" (a fronted place, an ordinal) gave none (the second also
sent the following "diz." to the deputy before); "pede «medidas de emergência» e defende" and "cobrou do governo uma
campanha "…"" gave none; "…, do Hospital Pequeno Príncipe, em Curitiba, afirma que" gave none (and its claim); "Fonte
oficial do Ministério da Educação, Ciência e Inovação" gave "Inovação" (and its claim). Rules: in a closing attribution
whose tail opens with a reporting verb and is too long, a phrase of circumstance after a later comma ("à margem", "com
base", "durante", "após", "perante", "numa conferência/entrevista/nota …") ends the attribution, when what stands before
it holds no "que"; the unnamed trade that opens a sentence ("Um professor …") is no candidate for a bare verb when it
stands inside a quote of four words or more; the genitive after "Um/Uma <trade>" may hold an ordinal ("do 11.º ano") and
close on a capitalised town ("de Curitiba"), and a place may be fronted before a lower-case "um/uma" ("Na Escola …, uma
aluna …, que …, conta que"; "aluno"/"aluna" join the trades named only after an indefinite article);
"pede/pedem/cobra/cobrou/cobram/cobraram/reivindica …" report the words in marks after them (at most five words of
object between, no comma), a few words too when right after the verb; ", em <Town>," after a body's aside (", do
Hospital X,") before the verb is no part of the subject; a body whose name lists its fields ("Ministério da Educação,
Ciência e Inovação", "Ministério da Agricultura, Pecuária e Abastecimento") right before the verb, or "Fonte (oficial)
do/da <Body>", is the speaker as a whole; a reporting gerund goes on with the speaker of a quote that opened before its
own sentence. After the round the batch scores speakers 24/24, 19/19, 19/19 (62/62) and claimants 6/6, 9/9, 8/8 (23/23),
the older Portuguese articles speakers 1214/1229 and claimants 457/470 (unchanged), and the whole set, as the test
prints it, speakers BG 1189/1194, HI 626/628, PT 1276/1291, RU 1123/1129, claimants BG 501/508, HI 254/258, PT 480/493,
RU 422/433. On the Portuguese SemEval-2025 training articles 0-99 and 340-399 (sorted) the round changed 5 quotes in 4
articles, none right to wrong: 4 wrong to right (", informou Moscovo, após o encontro …" now Moscow's quote; a quote
closed by ", indicou a diplomacia de Kiev em comunicado" now the Ukrainian foreign ministry's, named before as "MNE
ucraniano"; after '"… impactos", diz Carlos da Câmara, considerando que "…" e que …' the gerund's clause and the quote
in it, two items, are now his) and one neither (the headline "Coreia do Sul pede 'retirada imediata' …" now a quote of
South Korea, shown under the entity's name "Relações Exteriores da Coreia do Sul"). Left: "A deputada do Livre Isabel
Mendes Lopes" gives "Livre Isabel Mendes Lopes" (the party glued to the name, as "a professora da Universidade do Minho
Ana Lopes" in round 26); "classificou a coligação como «…»" also gives a stray quote "a coligação como".

Portuguese round 28 wrote ``pt_stf_foro_senado`` (Folha style: the Supreme Court's majority to narrow parliamentary
immunity, the rapporteur "do relator, ministro Flávio Dino" then "afirmou Dino" and "Segundo o relator", the Senate
president "disse a jornalistas que … "…"" with a dash answer "— … — declarou o senador, na saída de …", "Para o líder
da oposição no Senado, … (PL-RN), a Corte "…"" and "O parlamentar afirmou que", a quote split around "disse o petista",
"Um ministro do STF ouvido reservadamente pela reportagem avaliou que" and "Segundo esse magistrado", the dean "Em seu
voto, o ministro defendeu que", a criminal lawyer "O criminalista …, professor da USP, vê …" and "disse o advogado", a
lawyer presiding a long-named institute "Para ela, …", the Procuradoria-Geral "informou, em nota, que" and "O órgão
disse ainda que", a senator's quote opening the paragraph closed by "reagiu o senador … em discurso na tribuna",
"Segundo levantamento da Transparência Brasil", "Técnicos da consultoria legislativa do Senado calculam que" and "Um
servidor da consultoria, que pediu para não ser identificado, afirmou que"), ``pt_seca_rio_negro`` (G1 style: the
Rio Negro's record low, ", informou o Serviço Geológico do Brasil (SGB)", "Segundo a Defesa Civil do Amazonas", a
colonel "afirmou o coronel em entrevista coletiva na sede …", "A pesquisadora do Instituto … (Inpa) …, que acompanha …,
afirmou que" and "disse a pesquisadora", "O climatologista …, do Instituto de Estudos Avançados da USP, vai além. Nobre
avalia que", a fisherwoman "conta que" and "disse a moradora, enquanto limpava a canoa", "Um agente comunitário de
saúde da região, que preferiu não se identificar, relatou …. Segundo ele, …", a biologist "disse que … e que o calor é
"…"", the regional development minister and "O ministro garantiu que", a mayor "criticou o prefeito de Coari, …, em
entrevista à rádio local", "Dados do Instituto Nacional de Pesquisas Espaciais (Inpe) mostram", "Meteorologistas do
Centro Nacional … (Cemaden) preveem" and "O órgão informou que", and a flour seller's dash quote "contou o
comerciante, sentado no casco de …") and ``pt_reservas_russas_ue`` (Observador/RTP style: the Commission's plan for
Russia's frozen reserves, "declarou a presidente da Comissão, Ursula von der Leyen, numa conferência …" and "A líder do
executivo comunitário garantiu que", Zakharova "classificou a proposta como "…" e avisou que …" and "Segundo a
diplomata", the Belgian prime minister's dash quote "afirmou o chefe do Governo belga, à chegada a …", "Um diplomata
europeu envolvido nas negociações disse ao Observador que" and "resumiu a mesma fonte", Rangel "O governante
acrescentou, contudo, que", Sybiha "escreveu nas redes sociais que", a retired major general "afirmou que" and "disse
o militar na reserva", "Para o oficial, …" and "O investigador lembrou que …, segundo a Força Aérea ucraniana", "Um
responsável da instituição, que falou sob condição de anonimato, disse que", "Questionada …, a francesa limitou-se a
dizer que", Peskov and Szijjártó) before reading the attribution code. Unseen they scored speakers 14/18, 15/18, 16/19
(45/55) and claimants 3/6, 4/6, 4/6 (11/18). Gold slips fixed after scoring: an unnamed source's stem is its noun, as
in earlier rounds ("ministro do STF" -> "ministro" twice, "agente comunitário" -> "agente" twice), and "governo federal"
-> "governo" for "O governo federal anunciou"; with them the unseen figures are speakers 45/55 (the four items were
misses either way) and claimants 12/18. Pooled over the twenty-eight held-out Portuguese batches (as first written):
speakers 1011/1308 = 0.773, claimants 381/495 = 0.770. The misses: "Segundo o relator" gave the bare "relator" (and its
claim); "Ursula von der Leyen" after a title and its comma gave the bare "presidente" (two lower-case particles cut
the name); "resumiu a mesma fonte" and "Segundo esse magistrado" gave a new "fonte"/"esse magistrado", not the
unnamed source before; "Um ministro do STF ouvido reservadamente pela reportagem avaliou que" gave none; "Técnicos …
calculam que" gave no claimant ("calculam", like "afirmam", was no reporting form though "calcula" was); the
unnamed health agent gave none and "Segundo ele" went to the climatologist three paragraphs before; "disse o advogado"
went to the dean (the lawyer, a "criminalista", was no candidate); "a francesa limitou-se a dizer que" gave none; "O
órgão informou que" went to the air-quality platform named last; "Dados do … (Inpe) mostram 21.480 focos" and "A
Comissão Europeia apresentou … uma proposta para usar até 140 mil milhões" gave no claimant; "…, segundo a Força Aérea
ucraniana" closing the investigator's reported clause left the claim to him. Rules: "relator"/"relatora" are titles
(and role nouns), so the rapporteur points back at the one introduced with that title; after a reporting verb or a
source phrase, an unnamed noun (a role noun, a trade named only after "um", or "fonte") after "o mesmo/a mesma" or
"esse/essa/este/esta" is the unnamed one who opened a sentence with "Um/Uma/Outro/Outra <noun>" last, in this
paragraph or the one before; a capitalised run goes on over "von der"/"van den" before a capitalised surname; the
present plurals "afirmam declaram acrescentam sublinham salientam referem asseguram frisam reconhecem destacam
calculam" report ("consideram" was tried and dropped: out of sample it reported "aquilo que consideram ser …" and "um
conflito que consideram "…"" for the wrong people); "Um/Uma <noun> (de/do … up to three words) ouvido/consultado/
contactado/entrevistado …" right before the verb is the unnamed subject; "agente" joins the trades named only after
an indefinite article; and a plural verb closing a quote with no subject found, then "os/as <plural noun>", gives that
group ("acrescentam os signatários"), not the last person named. After the round the batch scores speakers 17/18,
16/18, 18/19 (51/55) and claimants 5/6, 5/6, 4/6 (14/18), the older Portuguese articles speakers 1276/1291 and
claimants 480/493 (unchanged), and the whole set, as the test prints it, speakers BG 1189/1194, HI 626/628, PT
1327/1346, RU 1123/1129, claimants BG 501/508, HI 254/258, PT 494/511, RU 422/433. On the Portuguese SemEval-2025
training articles 100-159 and 280-339 (sorted) the round changed 3 quotes in 3 articles, none right to wrong: 3 wrong
to right (a quote closed by "acrescentam os signatários", one by "referem os investigadores" and one by "afirmaram os
investigadores num relatório …", all three without a speaker before, are now the group's). Left: the misses above from
"disse o advogado" on.

Portuguese round 29 wrote ``pt_copom_selic_pausa`` (Folha/Valor style: the Central Bank's committee holding the Selic,
"O Comitê de Política Monetária (Copom) …" then "o colegiado afirmou que" and "Segundo o comitê", the bank's president
with a quote split around "disse ele aos senadores" and "Na ocasião, o economista lembrou que", a bank economist "…",
avalia a economista-chefe …" and "Ela projeta que", a fronted statement closed by ", observou em relatório enviado a
clientes nesta quinta-feira o economista …, da consultoria Tendências", the bankers' federation "divulgou nota em que
diz" and "A entidade revisou de 9% para 7,5% …", "Um diretor de um grande banco privado, que pediu …, disse à reportagem
que", the CUT's president who "chamou a decisão de "…"", a dash quote "disse o sindicalista, de cima de um carro de
som", "Pelas contas da central, …", "Para Miguel Torres, que preside a Força Sindical, …", a Fazenda secretary with a
quote running over two paragraphs, "Pelas estimativas do Tesouro Nacional, …", "Um técnico do órgão, ouvido sob
reserva, afirmou que", Petrobras, "Analistas ouvidos pela Folha avaliam que" and "Operadores de renda fixa disseram
que"), ``pt_pf_compra_votos_para`` (G1 style: a Federal Police operation against vote buying, "Segundo a corporação",
a delegate's quote closed by "disse em entrevista coletiva em Marabá o delegado …" and split around "afirmou o
policial", "Um investigador que participou das buscas contou, sob condição de anonimato, que", a judge "escreveu na
decisão que há "…"" and "A magistrada também determinou …", the regional electoral prosecutor's dash quote and "Para
ele, …", "o governo do Pará disse que" and "O Executivo estadual afirmou ainda que", a mayor's lawyer "classificou as
prisões como "…"" and "O defensor sustenta que", "o Tribunal Superior Eleitoral (TSE) informou que" and "Segundo a
corte, …", a cleaner's quotes closed by "relata", "Um vizinho dela, que pediu …, afirmou que", "Delegados ouvidos
pelo g1 afirmam que" and "Sua assessoria informou") and ``pt_nato_meta_bruxelas`` (Lusa/Público style: the defence
minister in Brussels, "garantiu hoje … que", "afirmou o governante aos jornalistas portugueses, à entrada …", "o
ministro remeteu para … e recusou "…"", "disse hoje à Lusa fonte diplomática de um país nórdico", "Um diplomata de um
Estado báltico foi mais direto: «…»" and "Na leitura deste responsável, …", Rutte, "adiantou à Lusa fonte do gabinete
do ministro", the chief of the general staff "o Chefe do Estado-Maior-General das Forças Armadas, general …" then "O
CEMGFA lembrou que" and a dash exchange "respondeu o general", a retired general "…, para quem a meta … é "…"", a quote
split around "frisou o antigo militar" and "Nas contas do oficial, Portugal teria de …", "Em comunicado, a associação
considera que", a socialist deputy, "Já para a bancada do Chega, o Governo "…"", Shmyhal "Segundo a agência
Ukrinform, o governante ucraniano afirmou que", and "Uma fonte da representação portuguesa … admitiu, sob anonimato,
que" then "resumiu") before reading the attribution code. Unseen they scored speakers 14/21, 18/20, 16/23 (48/64) and
claimants 4/10, 4/7, 6/8 (14/25); no gold slips were found. Pooled over the twenty-nine held-out Portuguese batches:
speakers 1059/1372 = 0.772, claimants 395/520 = 0.760. The misses: "o colegiado"/"Segundo o comitê"/"Segundo a corte"
gave the bare noun (it looked for a body with a word of the noun's own stem, and "Comitê"/"Tribunal" open no body's
name the entities layer calls an organisation); "Pelas contas da central" and "Pelas estimativas do Tesouro Nacional"
were no source phrases; "Ela projeta que" and "A entidade revisou de 9% para 7,5%" reported nothing; the fronted
statement closed by a verb, a long medium ("em relatório enviado a clientes nesta quinta-feira") and the speaker's
body got none; "chamou a decisão de "…"" none; "Um técnico do órgão, ouvido sob reserva, afirmou" went to the last man
named and "Um diplomata de um Estado báltico" to "Estado"; "Na leitura deste responsável" none; "O CEMGFA" stayed the
acronym; "…, para quem a meta é "…"" none; "Nas contas do oficial, Portugal …" gave "Portugal", and the split quote
after "frisou o antigo militar" followed it; "O Executivo estadual" stayed "Executivo"; "O defensor" none ("defensor"
was no role noun); "Já para a bancada do Chega, …" none. Rules: a body's kind noun points back at the last body whose
name opens with a head word of that kind ("colegiado" -> comitê, conselho, comissão, tribunal, …; "comitê";
"corte" -> tribunal, supremo; "central"; "executivo" -> governo), with "corte" only after a feminine article (not
"o corte", a cut), "central" only as a noun after one (not "o banco central") and "Executivo" only capitalised or with
its level ("estadual", "federal", …), never "disse o executivo" (a company's executive); "pelas contas", "pelas
estimativas", "pelos cálculos" and "na leitura" (with de/do/da, dele/dela, deste/desta, desse/dessa) are source
phrases, and "deste/desse" join "este/esse" in pointing back at the last unnamed source; "projeta/projetou/projetam/
projetaram" report and, with "revisou/revisaram", estimate a figure for their subject; "Um/Uma <noun>" with a genitive
(a capitalised noun after "de um/uma" too) and a participle of being heard between commas right before the verb is the
unnamed subject; the words in marks right after "chamou/chama … de" are the subject's, as after "acusou … de"; a quote
in a ", para quem …" clause is the person's named last before that comma in the sentence; a bare role noun's comma
closes a source phrase ("Nas contas do oficial, …"); "defensor/defensora" are role nouns; an all-capital acronym that
spells an office named before a person's name (the parts of hyphens counted: "Chefe do Estado-Maior-General das Forças
Armadas" = CEMGFA) is that person; "Já" may stand before an opening "Para …," source and "bancada" is a body noun; a
medium ("em relatório/nota/entrevista/comunicado …" and a few words) between a closing verb and "o/a <noun> <Name>" is
skipped, and a long closing attribution may end with the speaker's body (", da consultoria Tendências."). Gold stem
changed in an older article: ``pt_juros``'s "colegiado" (three items) is now the committee it points back at, "Comitê
de Política Monetária", which the rule gives. After the round the batch scores speakers 21/21, 20/20, 22/23 (63/64)
and claimants 10/10, 6/7, 8/8 (24/25), the older Portuguese articles speakers 1327/1346 and claimants 494/511
(unchanged), and the whole set, as the test prints it, speakers BG 1189/1194, HI 626/628, PT 1390/1410, RU 1123/1129,
claimants BG 501/508, HI 254/258, PT 518/536, RU 422/433. On the Portuguese SemEval-2025 training articles 160-219 and
340-379 (sorted) the round changed nothing (0 quotes or claims in 0 articles; none of "colegiado", "a corte",
"pelas contas", "para quem", "chamou" occurs there; "a central" does 28 times, mostly a nuclear plant's or "Europa
Central", unchanged), nor on all 400 Portuguese training articles. Left: "e recusou "fazer futurologia …"" after a
long first verb's object (no subject found) and "A magistrada também determinou o bloqueio de R$ 4,2 milhões" (no
claimant: an order, not a statement).

A twenty-seventh Bulgarian batch, written before the attribution code was read (``bg_services_inflation``, a
Capital-style analysis of November inflation: "показват предварителните данни на Националния статистически институт
(НСИ)" with a second figure in the same sentence, "сочат данните на статистиката", a bank economist ("коментира пред
„Капитал“", "Според него"), "Българската народна банка е на друго мнение. В тримесечния си … преглед … централната
банка изчислява, че", the governor ("заяви управителят на БНБ", "Управителят посочи, че", a quote split around "каза
Ранчев", "Ранчев беше категоричен, че", "прогнозира той"), "Министерството на финансите … „…“, се посочва в отговор на
ведомството", "По данни на МФ", the consumer body's chairman ("призна пред БНР, че нарушенията са „…“", "добави той"),
a UNWE economist ("обясни тя", "По нейни изчисления"), "Служители на финансовото министерство, разговаряли с „Капитал“
при условие да не бъдат назовавани, признават, че", "Това показва … проучване на агенция „Тренд“, проведено между …,
според което 64%", a consumer association's chairman, an economist introduced with "е по-предпазлив в оценките си:" and
a quote over two paragraphs after the colon, "В есенната си прогноза Европейската комисия очаква");
``bg_shadow_tanker``, a BTA wire on a sanctioned tanker adrift off Burgas: "съобщиха от Министерството на отбраната"
with a figure in the next sentence, the navy commander ("каза пред БТА командирът на ВМС контраадмирал …", "По думите
му", "Командирът уточни, че"), the defence minister ("заяви, че случаят е „…“", "подчерта министърът", "Той допълни,
че"), "уточниха от ведомството", the foreign minister ("призова … да включи", "каза тя", "Според министърката през
Босфора …"), the Russian embassy ("се казва в коментар на посолството"), "Данните на анализаторската компания Kpler
сочат друго. Според тях", an analyst ("смята", "Той обясни, че", "добави експертът"), "Офицер от щаба на флота, който
не пожела да бъде цитиран с име, каза за БТА, че" and "Според него", a fishermen's leader, the prime minister ("съобщи
вечерта, че", "заяви той в ефира на …"), "От НАТО коментираха, че", "Двама дипломати от Брюксел, запознати с
разговорите, потвърдиха пред БТА, че" and a Market Links survey; ``bg_sliven_dropouts``, a regional-site story on
school dropouts in Sliven: "сочат данните на Регионалното управление на образованието (РУО)" with a figure in the next
sentence, the RUO head ("обясни пред „Сливен нюз“ началникът на РУО – Сливен …", "Тя уточни, че", "По думите ѝ"), "По
данни на МОН", a deputy minister ("призна, че механизмът … „…“", "каза Колева"), a union leader ("каза тя", "показва
справка на синдиката", a quote split around "призна Пенева"), "От Синдикат „Образование“ към КТ „Подкрепа“ настояват",
a dash interview with a village school head after no word of an interview ("– отговори директорът", then an answer with
no attribution), "Учителка от сливенския квартал „Надежда“, която пожела да не се споменава името ѝ, разказа, че" and
"каза жената", "сочат данните на Националния статистически институт", a sociologist ("е категорична:" and a
two-paragraph quote), the parents' council chair and "От МОН съобщиха, че", "уточниха от министерството"), scored
unseen: speakers 12/16, 16/20, 13/19 (41/55) and claimants 7/9, 3/7, 8/8 (18/24). One gold stem was changed after
scoring: "60 млн. евро, уточниха от ведомството" is claimed by the defence ministry "ведомството" points back at
("отбрана", not "ведомств"); it was a miss either way (the layer gave "Командирът"). Pooled over the twenty-seven
held-out Bulgarian batches: speakers 1027/1213 = 0.85, claimants 380/515 = 0.74. Rules: a „…“ quote opening the
paragraph after one that ends with a colon is said by that sentence's subject (as in Portuguese) when the sentence
opens with a title, a role or a two-word name, not an adverb ("Явно подготвяйки се …, Орбан отвръща …:" gave "Явно" out
of sample), and such a quote runs on over a second paragraph that closes it at its end; an unnamed source's noun
opening the sentence ("Офицер/Учителка/Източник/Двама дипломати …"), with where it is from and an aside between commas,
right before the verb, is the speaker, not the body or the name in quote marks inside it, and "каза жената" and "Според
него" after it point back at it; "признава(т)" report; "командир(ът)" is a title; after "Според", a bare title then
"през/в/до/…" and a place is the one introduced with the title, the place part of the statement; "Според тях" after a
sentence opened by "Данните/ Изчисленията/… на <name>" is that name; "ведомството" is the ministry or agency named by
its own noun in the sentences just before, before the body named last; "централната банка" points back at the bank
named just before; in a dash question-and-answer block with no word of an interview before it, an answer left without a
speaker is said by the one all its attributed answers are; "X „Y“ към Z „W“" before a plural verb is the body X within
Z; and "…, според което …" after "проучване/доклад/… на <name>" (past a participle's aside) is that name's; and, from
the out-of-sample check, a capitalised adjective opening the sentence and the plural noun it qualifies before a plural
verb ("Украинските военни лидери открито признават") are the group, not the adjective alone. After the round the batch
scores speakers 16/16, 20/20, 19/19 (55/55) and claimants 9/9, 7/7, 8/8 (24/24), and the whole set, as the test prints
it, speakers BG 1244/1249, HI 626/628, PT 1327/1346, RU 1123/1129, claimants BG 525/532, HI 254/258, PT 494/511, RU
422/433 (no older Bulgarian item changed). On the Bulgarian SemEval-2025 training articles 100-159 and 220-279 (sorted)
the round changed 5 items against main: 4 wrong to right (a colon-led quote "EEA сподели:" and its claim now EEA's,
"Европейският съюз многократно признава, че …" now the EU's, "Украинските военни лидери открито признават, че …" a new
quote of that group: a first run gave it the bare adjective "Украинските", hence the group rule) and 1 neither (a
"според тях" that meant the prime ministers went from the newspaper "Труд" to no one); a first run also gave a
colon-led quote with no speaker before the wrong speaker "Явно" ("Явно подготвяйки се …, Орбан отвръща …:"), and the
colon rule was narrowed to sentences that open with their subject. Left, though scored right: "По данни на МФ Комисията
за защита на потребителите …" gives the claimant "МФ Комисията за защита на потребителите" (the entities layer joins
the acronym to the name after it), and "в село Ичера Стоян Драганов" gives "Ичера Стоян Драганов" (the village joined
to the name).

Hindi round 19 wrote an eighteenth held-out batch before reading the code: ``hi_kharkiv_andhera`` (a BBC Hindi-style
report on Ukraine's blackouts: a pensioner given with her age and a participle with its object before "कहती हैं", who
answers again in a quote running over two paragraphs after "<X> से जब पूछा गया कि …, उन्होंने … कहा", "उक्रएनर्गो के
मुताबिक़", the company's head with "कहा कि … "…"" and later "उक्रएनर्गो प्रमुख", Peskov in a single-quoted statement
closed by ", <title> <name> ने मॉस्को में संवाददाताओं से कहा" and "उनके अनुसार", OCHA with a long body and its acronym
in brackets, an unnamed embassy official, a student with "का कहना है कि" and a quote split around the verb by
Zelensky, an unnamed MEA spokesman with fifteen words between ने and कहा and then a bare "प्रवक्ता ने", "कूटनीतिक
सूत्रों के मुताबिक़", a JNU professor with "मानती हैं कि", a dash answer and "उनके मुताबिक़", and the Kiel Institute's
figures), ``hi_soyabean_sookha`` (a Dainik Bhaskar-style story on the monsoon deficit in Malwa: "मौसम विभाग के भोपाल
केंद्र के आंकड़ों के अनुसार", the IMD centre's woman director and "निदेशक के मुताबिक़", a farmer with "वे बताते हैं",
a soybean scientist with "का कहना है कि" and "वैज्ञानिक ने … सलाह दी", the processors' body, the agriculture minister
and "मंत्री ने बताया", an MLA's single-quoted "'…,' पटेल बोले", an unnamed official with "उनके अनुसार", the water
resources department's report, a climate scientist introduced in a sentence that reports nothing and then "वे कहते हैं
कि", and a traders' head with a dash) and ``hi_panchayat_chunav`` (an NDTV-style story on the Rajasthan High Court and
postponed panchayat polls: a bench of two judges, a woman advocate "की ओर से पेश" whose quote runs on into the next
paragraph, the Advocate General later "महाधिवक्ता ने जवाब दिया कि", a judge's single-quoted question, the state
election commission and "आयोग के आंकड़ों के मुताबिक़", the opposition leader, the panchayati raj minister and "मंत्री
का दावा है कि", "सूत्रों के मुताबिक़", an unnamed official in single quotes, an unnamed chief minister "मुख्यमंत्री ने
भी", and a law professor introduced in a sentence that reports nothing, then "वह कहती हैं—" and a quote over two
paragraphs). Unseen they scored speakers 16/24, 17/18, 15/19 (48/61) and claimants 8/10, 9/9, 7/7 (24/26), as the gold
was first written (no stem corrected). Pooled over the eighteen held-out Hindi batches: speakers 554/654 = 0.85,
claimants 228/271 = 0.84. The misses: a pronoun after a sentence whose subject is a titled name but which reports
nothing ("डॉ. अरुण नायर इसे … से जोड़ते हैं। वे कहते हैं कि", "प्रोफ़ेसर कमला चंद्रावत … सहमत नहीं हैं। वह कहती हैं—")
went to the last speaker; "X से जब पूछा गया कि …, उन्होंने" with no तो lost X; "जवाब दिया कि" did not report; a bare
"मुख्यमंत्री ने" went to the unnamed official who spoke before; a quote closed by a comma and a ने-subject of five
words with its verb eleven words on, and a ने fifteen words before कहा, were out of reach; "विदेश मंत्रालय के प्रवक्ता
ने" and the bare "प्रवक्ता ने" after it went to Peskov, the Kremlin's spokesman named before; "… मार्चेंको अपने फ़्लैट
की खिड़की पर मोमबत्ती जलाते हुए कहती हैं" gave "मोमबत्ती"; "कील इंस्टीट्यूट फ़ॉर द वर्ल्ड इकोनॉमी" lost its first word
(a phrase of five words at most). Rules: a pronoun opening a sentence after one in the same paragraph with no ने, no
quote and no reporting word before a कि, whose subject is a title, "डॉ." or "प्रोफ़ेसर" and a name of two words (three
with "सिंह/प्रसाद/कुमार/लाल") not followed by a postposition, is that person; the comma alone, without "तो", closes
the question of "X से जब पूछा गया"; "जवाब" reports with a light verb ("जवाब दिया"), not in "जवाब में"; an unnamed
official ("अधिकारी", "सूत्रों" …) holds no other title, and "मुख्यमंत्री" is a single office; after a quote closed by
a comma, a ने within the ten-word window lets the verb come up to six words later; a ने up to sixteen words before the
verb in a clause with no punctuation and no sentence end is its subject; "<body> के प्रवक्ता ने" is not a spokesman
named before unless the body is in his introduction, and a bare "प्रवक्ता ने" is the unnamed spokesman who spoke last;
the object and place of a "-ते हुए" participle after a reflexive ("अपने/अपनी/अपना") are no part of the subject before
it; an institution's English name joined by "फ़ॉर/ऑफ़/एंड/द" may run to seven words. After the round the batch scores
speakers 23/24, 18/18, 19/19 (60/61) and claimants 10/10, 9/9, 7/7 (26/26), and the whole set, as the test prints it,
speakers BG 1244/1249, HI 686/689, PT 1390/1410, RU 1123/1129, claimants BG 525/532, HI 280/284, PT 518/536, RU
422/433 (the older Hindi items unchanged: 626/628 and 254/258). Left: "उक्रएनर्गो प्रमुख ने … चेतावनी भी दी कि" gives
the title, not the company's head introduced as "कंपनी की मुख्य कार्यकारी"; a dash quote holding its own "कहता है कि"
also yields a spurious short quote "वह कहती हैं" (not scored). On the Hindi SemEval-2025 training articles 100-159 and
200-259 (sorted) the round changed 7 quotes and no claim: 6 wrong to right (a ने fifteen words before कहा: Zelensky's
"… में कहा कि इस योजना का उद्देश्य …" found and its quoted phrase given to him, Trump's "… और कहा था कि …" and "… और
कहा कि …" found, Choe Son Hui's and an unnamed NSC aide's quotes after a long ने-clause given to them) and 1 neither
(the words after that quoted phrase, "मजबूत बनाना है", a fragment with the right speaker); a first run also carried
the sixteen-word ने across a full stop written "." ("… ने … रिपोर्ट जारी की थी. इसमें बताया गया था कि"), so the rule
stops at a sentence end.

Portuguese round 30 wrote ``pt_dengue_upa_goias`` (G1/Folha style: a dengue emergency in Goiás's SUS units, "Segundo
boletim da Secretaria de Estado da Saúde (SES-GO)" and "De acordo com a pasta", the state secretary ("disse a
secretária durante entrevista no Palácio …", "Prado garantiu, porém, que"), "Em nota, o ministério informou", the
health minister in dash speech, a mother's quote closed by "contou a mãe", "Uma enfermeira da unidade, que pediu …
por medo de represália, disse que" and "Segundo ela", a UPA doctor ("admite …, mas diz que", a quote closed by
"afirmou o médico" and a second quote after it in the same paragraph), "Pesquisadores da Fundação Oswaldo Cruz
(Fiocruz) identificaram que", a virologist ("alertou a pesquisadora", "Para ela"), "Procurada, a prefeitura de
Aparecida de Goiânia informou que" and "Ainda segundo o município", the town's secretary, a UFG infectologist ("O
especialista lembra que … e avalia que o corte "…"") and a pensioner "Questionado sobre a espera, resumiu:" before a
dash quote), ``pt_ibama_apyterewa_gado`` (G1/Estadão style: an Ibama operation against cattle in an indigenous land,
"Segundo o órgão ambiental", the Ibama coordinator ("Ainda de acordo com o fiscal"), "Imagens de satélite analisadas
pelo Instituto do Homem e Meio Ambiente da Amazônia (Imazon) mostram que", an NGO researcher in dash speech, the MPF's
request, a federal prosecutor "sustenta que os réus "…"" and "A procuradora também pede que", a farmers' association
"afirmou em nota que" and "A entidade diz que recorrerá", a farmer by phone and "Segundo ele", a cacique, "Uma
liderança feminina da aldeia, que pediu …, afirmou que" and "— … — disse ela" after the cacique, Funai and its acting
president, "Na avaliação do promotor de Justiça …" then "O promotor lembra que", the environment minister, "Pelos
cálculos do Ibama" and "Um agente do órgão …, ouvido sob reserva, disse que") and ``pt_oe2028_generalidade``
(Expresso/Observador style: the 2028 budget passed on first reading, the prime minister ("O chefe do Governo
sublinhou", "atirou Montenegro"), the PS leader with two «…» in one sentence ("justificou … com «…», mas avisou que
… «…»", "o líder socialista disse que", a dash quote), Ventura and "Segundo as contas do partido", the IL's
parliamentary leader ("A deputada recordou que, segundo o INE, …"), "Pelo PCP, a deputada …", "Já o Livre, pela voz
de Rui Tavares, lamentou …" and "ironizou o porta-voz", the finance minister ("O governante assegurou", "desafiou o
ministro"), "Fonte da direção socialista contou ao Expresso que", "Outro dirigente do partido, que falou sob
anonimato, admitiu", "Um deputado do PSD eleito pelo círculo do Porto, que pediu …, queixou-se de que", "O
Presidente da República …" then "o Chefe do Estado considerou", and the CFP "estima que" then "Para a entidade
liderada por …") before reading the attribution code. Unseen they scored speakers 18/24, 20/27, 20/28 (58/79) and
claimants 4/8, 3/6, 4/7 (11/21); no gold slips were found. Pooled over the thirty held-out Portuguese batches:
speakers 1117/1451 = 0.770, claimants 406/541 = 0.750. The misses: "Um deputado do PSD eleito pelo círculo do
Porto, que pediu …, queixou-se de que" and "Uma liderança feminina da aldeia, que pediu …, afirmou que" got no
speaker (a capitalised name and a participle's phrase, or an adjective, between the noun and its relative clause;
"queixou-se" did not report; "liderança" was no unnamed person), and "disse ela" then went to the cacique;
"identificaram que" reported nothing; "Ainda de acordo com o fiscal" stayed "fiscal"; "pela voz de Rui Tavares" and
"ironizou o porta-voz" gave none and the IL's leader; "o Chefe do Estado" stayed the title; "Questionado …, resumiu:"
gave "Questionado"; "disse a secretária durante entrevista no Palácio Pedro Ludovico" gave the palace; a quote after
'"… antes. O que mata é a demora", afirmou o médico.' got none (the full stop inside the first quote was read as the
sentence's); "…, mas avisou que … «um cheque em branco»" none; "Para a entidade liderada por Nazaré da Costa Cabral"
gave its head; "a prefeitura de Aparecida de Goiânia" gave the town and "segundo o município" the noun; "Segundo as
contas do partido" stays "partido"; the Ibama's and the Imazon's names are cut at their "e" by the names layer
("Instituto Brasileiro do Meio Ambiente", "Meio Ambiente da Amazônia"); "O promotor lembra que" went to the last man
named (the names layer joined "Justiça" to the prosecutor's name after "promotor de"); "A entidade diz que recorrerá"
(a statement of one word), "lamentou a ausência de …" (an object, no clause), the MPF's "pediu … o bloqueio de R$ 87
milhões" (a request) and "A deputada recordou que, segundo o INE, a carga fiscal atingiu 36,8%" (the deputy, not the
INE) are left. Rules: after "Um/Uma <noun>", an adjective, a genitive with a capitalised name and a participle's
phrase (up to eight words, no "que"/"e"/"mas") may stand before the relative clause between commas, and the noun is
the speaker, whatever the name inside; "queixou-se/queixa-se/queixam-se/queixaram-se de que" report (as stances
before "de que"); "identificou/identificaram/identifica/identificam" report only with "que" right after (as "pede",
"determina"); "liderança" is an unnamed person after "Um/Uma"; "fiscal" is a role noun; "X, pela voz de <Name>," gives
the person (a name the entities layer left untyped counts), and a bare "o porta-voz" within 400 characters after such
a voice, with no "porta-voz" between, is that person; "o Chefe do Estado" after "Presidente da República" in the
article is the President by office; a capitalised participle with its phrase and comma opening the sentence before
only a verb and a colon ("Questionada sobre …, respondeu:") is the one named last of the participle's gender, and
that participle clause is no statement closed by the verb; a bare title or role noun after a closing verb, then
"em/num/numa/durante entrevista/nota/comunicado/visita/…", is resolved without the names of that phrase; a full stop
inside a quote ends no sentence when a quote opening a later sentence looks for the last speaker in the sentence
before; Portuguese "mas" joins "e" in giving a second reporting verb the subject of the sentence's first one;
"<body noun> liderado/presidido/dirigido/chefiado/coordenado por X," in a source phrase is the body the noun points
back at; "<body noun> de/do/da <a name of three words or more>" right before the verb is the body with its complement
("a prefeitura de Aparecida de Goiânia"), not the name; and "município" is a body kind pointing back at the last
"prefeitura"/"câmara", only after a masculine article (the out-of-sample check: "a Câmara Municipal de La Puebla del
Rio, município de Sevilha, disse" gave the apposition "município de Sevilha" before that narrowing). After the round
the batch scores speakers 24/24, 23/27, 26/28 (73/79) and claimants 8/8, 3/6, 5/7 (16/21), the older Portuguese
articles speakers 1390/1410 and claimants 518/536 (unchanged), and the whole set, as the test prints it (with main's
Hindi round 19 merged in), speakers BG 1244/1249, HI 686/689, PT 1463/1489, RU 1123/1129, claimants BG 525/532, HI
280/284, PT 534/557, RU 422/433. On the
Portuguese SemEval-2025 training articles 220-279 and 0-59 (sorted) the round changes nothing (0 quotes or claims;
the first run changed 2 quotes of one article right to wrong, "município de Sevilha", hence the article rule); on all
400 training articles it changes 2 quotes: "Fico salientou …, mas alertou que o Ocidente não pode …" is a new
statement of Robert Fico (wrong to right, the "mas" rule) and "os responsáveis da administração do Presidente Joe
Biden tenham defendido que …" goes from "Joe Biden" to "administração do Presidente Joe Biden" (wrong to right: the
administration's officials said it, not Biden).

Russian round 26 wrote three more articles before reading any attribution code: ``ru_air_defence_veto`` (a TASS wire on
an EU veto of money for Ukraine's air defence: "Об этом журналистам рассказал источник в одной из делегаций" after the
figure, "— добавил собеседник агентства", "Глава МИД Венгрии … не стал отрицать, что" with no name, then "— заявил
министр", "Он напомнил" and "Венгерский министр … ограничился короткой фразой:", "Президент Франции, выступая …,
призвал" and "Канцлер был осторожнее. «…», — сказал он", "По словам министра обороны Польши", "Как пишет Politico",
"Представитель Еврокомиссии, попросивший не называть его имени", an envoy on X, "Выступая в четверг на заседании …,
заместитель министра … Грушко заявил", Zakharova's Telegram post after a colon, "SIPRI опубликовал доклад … Согласно
документу" and a dash interview with a political scientist introduced by a long apposition); ``ru_corporate_credit`` (a
Kommersant-style analysis of corporate lending: "Банк России опубликовал очередной выпуск обзора … Согласно ему",
Nabiullina in the Duma, "Собеседник “Ъ” в одном из крупнейших госбанков говорит" and "— рассказал он", VTB's first
deputy chairman, "— приводит ее оценку пресс-служба агентства", "Представитель ведомства на вопрос “Ъ” ответил", "Как
ранее заявлял министр финансов Антон Силуанов, … 3,5 трлн руб. Замминистра … добавил", "Как пишет РБК, ознакомившийся с
документом", Shokhin, "Экономисты ЦМАКП … пишут" and "Авторы мониторинга предупреждают", a dash interview and "Источник,
знакомый с ходом подготовки …, утверждает" then "— пояснил он"); ``ru_emergency_housing`` (a regional site from
Syktyvkar: a court's ruling relayed by the courts' press service, "По словам руководителя инспекции … «…», — сказал он в
интервью нашему изданию", a pensioner in a dash interview ("— говорит женщина. — …"), the city prosecutor, the city head
after a long circumstance phrase ("Выслушав жалобы жителей на встрече …, глава администрации Сыктывкара Наталья
Хозяинова пообещала"), "Глава республики написал в своем Telegram-канале" with no name and "— пообещал он",
"Контрольно-счетная палата Коми представила отчет … Согласно отчету", a deputy, "Как пишет «Комсомольская правда в
Коми»", "в … больнице № 1 рассказали", an unnamed head doctor and a lawyer). Unseen they scored speakers 9/22, 12/19,
16/20 (37/61) and claimants 2/8, 3/7, 4/6 (9/21); no gold stem was changed. Pooled over the twenty-six held-out Russian
batches: speakers 937/1151 = 0.81, claimants 343/438 = 0.78. Rules: an office of a foreign country with no name after it
("Президент Франции", "Глава МИД Венгрии", "министра обороны Польши") is the person introduced before with that office
and country, else the office itself, unnamed, when the last speaker is no one named or one introduced with another
office or profession (not Russia's own offices, "Лидер РФ", "Президент России", which the press gives by office alone,
and not before a name), and such an unnamed office is pointed back at by its title or its other name ("— заявил министр"
for "Глава МИД …"), by "он" (its gender from its verb, "не стал"), and a body's name inside it ("МИД Венгрии") is no
speaker of its own; a bare "Глава республики/области/края/региона" with no governor or head of it named before is the
region's head, not the last speaker nor a town's head; a gerund opening the sentence ("Выступая …,") is no subject: the
subject follows one of its commas, else there is none; "Согласно документу/ему/отчету, …" is the issuer of the text the
sentence before names ("… опубликовал доклад/обзор", "представила отчет"); "отрицать" reports and "не стал отрицать" is
no refusal, with "не стал" and "на пресс-подходе после заседания" skipped between the subject and its verb; "Собеседник"
of a paper named in “…” as well as «…» ("Собеседник “Ъ” в одном из …"); "источник"/"собеседник" is masculine and is
recorded, so "— пояснил он" points back at it; "на вопрос «Ъ»" between a subject and its verb; "как (ранее) заявлял",
"как ранее заявил/сообщал"; a sum's abbreviation ("3,5 трлн руб.") before a title or a source phrase ends the sentence;
a name after its title opening the sentence ("Политолог Сергей Ветров, руководитель центра … одного из московских вузов,
считает") is the subject past an apposition too long for the title to reach back over; and, as in Bulgarian, in a dash
question-and-answer block with no word of an interview before it an answer left without a speaker is said by the one its
attributed answers are ("— …, — ответил эксперт."). After the round the batch scores speakers 18/22, 17/19, 18/20
(53/61) and claimants 6/8, 6/7, 4/6 (16/21), and the whole set, as the test prints it, speakers BG 1244/1249, HI
686/689, PT 1390/1410, RU 1176/1190, claimants BG 525/532, HI 280/284, PT 518/536, RU 438/454 (no older Russian item
changed: 1123/1129 and 422/433). Left: "собеседник агентства" right after "источник в одной из делегаций" gives
"источник" (the same person; the gold keeps the word the text uses there); "Канцлер был осторожнее. «…», — сказал он"
gives the French president who spoke before; "Венгерский министр … ограничился короткой фразой:"; "— приводит ее оценку
пресс-служба агентства"; "Представитель ведомства" gives Nabiullina; "По словам руководителя инспекции … «…», — сказал
он" gives the courts' press service; "Контрольно-счетная палата Коми" gives "Коми" (the entities layer); "по данным
медиков" inside the hospital's statement; and the claims "еще две батареи Patriot" (none found) and "оценивало эти
расходы в 900 млн злотых". On the Russian SemEval-2025 training articles 100-159 and SemEval-2023 articles 0-59 (sorted)
the round changed 3 quotes and no claim against main: 1 wrong to right ("Как заявлял сам бразилец, одна из целей его
прибытия …", a statement missed before, now found with its speaker as the text names him there) and 2 neither ("Воюя на
стороне врага России, признался он, …": the gerund's "России" gave "Russia", now the unresolved "он"; the speaker is the
Czech mercenary). A first run gave "Лидер РФ" and not Putin, who spoke just before, hence the exception for Russia's own
offices, and the gerund rule then gave the gerund "Чувствуя" as a speaker when no subject followed its commas, hence
"else there is none".

Portuguese round 31 wrote ``pt_carne_cota_china`` (Valor style: a Chinese quota and surtax on Brazilian beef, "Pelas
contas da Associação Brasileira das Indústrias Exportadoras de Carnes (Abiec)", its president ("Segundo ele", "O
dirigente disse que"), "Em nota, o Ministério da Agricultura e Pecuária (Mapa) informou que", the minister with a
circumstance phrase after the verb ("disse o ministro a jornalistas, na saída de uma reunião no Palácio do
Planalto") and "Bezerra contou que … o diplomata "…"", "Um diplomata que acompanha as conversas …, e que pediu …,
disse", the CNA and "Para o diretor técnico da confederação, Marcelo Agostini Reis, o governo "…"" then his dash
speech split around "disse Reis, por telefone", a Conab survey and "A estatal estima", '"…", avaliou o gerente de uma
trading multinacional …, que falou sob condição de anonimato' then "Segundo esse executivo", "De acordo com a entidade"
for the Anec, "O pesquisador Tiago Menezes, da unidade Gado de Corte, em Campo Grande, lembra que" then '"…",
estimou.', "Para a economista-chefe da consultoria Agrimercado, Luíza Fontoura," then "Ela calcula que" and "A
economista, contudo, faz uma ressalva: "…"", and "Técnicos do Mapa admitem, reservadamente, que"),
``pt_greve_federais_mec`` (Folha style: a federal universities' strike, "segundo balanço do Sindicato Nacional dos
Docentes … (Andes-SN)", its president "durante ato em frente ao Ministério da Educação, na Esplanada" and "Segundo a
sindicalista", "a vice-presidente da entidade, Rosana Lemos, que chamou de "esmola" …" then "Ela lembrou que …
perdas de 27% desde 2016, pelos cálculos do … (Dieese)", the Andifes' figures, "Para o presidente da Andifes, o reitor
da Universidade Federal de Pernambuco (UFPE), Henrique Vasconcelos Dantas, a greve "…"" then "O reitor afirmou", the
education minister ("Questionado sobre o reajuste, o ministro disse que"), "Integrantes da equipe econômica dizem,
sob reserva, que", "Um assessor do MEC que participa das mesas de negociação afirmou à Folha que … "…"", the Inep "Em
nota", the Fasubra, whose long name holds "em", and its coordinator in dash speech, two students (one only by "Já o
estudante de engenharia …" and "Ele diz que"), the UnB's rector ("De acordo com a dirigente", a quote closed by
"prometeu") and the budget's rapporteur) and ``pt_alojamento_local_lisboa`` (Público/Lusa style: Lisbon suspends
new Alojamento Local registrations, the mayor "na conferência de imprensa que se seguiu à reunião do executivo" and
"O autarca garantiu", "Segundo dados da câmara", "De acordo com o instituto" for the INE, the housing councillor "que,
defendeu, provam …" and "reconheceu o responsável pelo pelouro", two women councillors one after the other ("Ela
acusou ainda"), "votou contra por entender que … «…»", "Segundo a associação" for the tenants, a quote running over
two paragraphs closed by "disse à agência Lusa o presidente da AIL, Romão Figueiredo", a tenant introduced by "É o
caso de Carla Antunes, 44 anos, que …" then "conta a auxiliar de ação educativa" and "— … — pergunta.", the landlords'
president, "A Associação do Alojamento Local em Portugal (ALEP) estima" and "avisou, em declarações à SIC, o
presidente da ALEP, Nuno Carreira", "Fonte do gabinete do presidente disse ao PÚBLICO que" and "A mesma fonte
reconheceu", and the PS's leader "onde, afirmou, os preços …") before reading the attribution code. Unseen they scored
speakers 16/21, 19/23, 16/22 (51/66) and claimants 9/12, 8/9, 7/8 (24/29); no gold slips were found. Pooled over the
thirty-one held-out Portuguese batches: speakers 1168/1517 = 0.770, claimants 430/570 = 0.754. Rules: a town after a
body's aside may follow a body opening with one lower-case noun ("…, da unidade Gado de Corte, em Campo Grande,"), and
the aside's comma is kept so the apposition before it closes; a name right after "do/da/dos/das" and a lower-case noun
that is no title, role or trade ("da unidade Gado de Corte", "da consultoria Agrimercado") is no person (a trade's bare
"de" still gives one: "A operadora de máquinas Juliana Prado"); "Para o <title> …, <Name>, …" gives the name when the
title itself was read as the source (the body its noun points back at, or none), and a second title with its article
("Para o presidente da Andifes, o reitor da … (UFPE), Henrique …,") may stand before the name; after a closing verb a
title or role noun "de um/uma" body is someone not named before (not the last speaker), recorded, and "esse/este
<role>" points back at such a speaker; "gerente", "executivo/a", "pecuarista", "produtor/a", "exportador/a",
"corretor/a" and "auxiliar" are role nouns; "estatal" is a body kind pointing back at the last "Companhia …"/"Empresa
…", and "companhia" opens a body's name (no woman's first name in -a); an occasion or the outlet told between commas
after the verb ("avisou, em declarações à SIC, o presidente …") is skipped before the subject; "Fonte(s) [oficial,
próxima] do/da <lower-case words>" opening the sentence right before the verb is an unnamed source, recorded for "A
mesma fonte"; "Um/Uma <noun> do/da <Name> que … <verb>" (a relative clause with no commas after a named genitive) is
the unnamed noun; a claim whose reported clause cites a body by a source phrase after a comma past every figure (",
pelos cálculos do Dieese") or before the first ("recordou que, segundo o INE, …") is that body's (not a person cited
so); a two-word name with an age after it (", 44 anos,", ", 21,") is a person's after a preposition too; "num/numa"
before "segundo" makes it an ordinal; a bare reporting verb between commas right after "onde,"/"que,"/"mas," etc.
goes on with the subject of the sentence's earlier reporting verb; a body's name may hold "em" before its bracketed
acronym when it opens with a body's head word; "entender" reports after "por" as "considerar" does; and "pergunta"
reports right after the dash that closes dash speech, as after a quote's comma. After the round the batch scores
speakers 21/21, 22/23, 22/22 (65/66) and claimants 11/12, 9/9, 8/8 (28/29), the older Portuguese articles speakers
1463/1489 (unchanged) and claimants 535/557 (one up: round 30's "recordou que, segundo o INE, a carga fiscal atingiu
36,8%" is now the INE's), and the whole set, as the test prints it, speakers BG 1244/1249, HI 686/689, PT 1528/1555,
RU 1176/1190, claimants BG 525/532, HI 280/284, PT 563/586, RU 438/454. Left: '"Rosana Lemos, que chamou de "esmola"
a proposta"' (no statement is found after "chamou de"; adding "chamou" to the object verbs did not reach it and was
dropped); "A estatal estima" now gives "Companhia Nacional de Abastecimento", right, but the gold's "Conab" is not a
mention of that entity (the entities layer does not join the bracketed acronym to it). On the Portuguese SemEval-2025
training articles 60-119 and 280-339 (sorted) the round changes nothing (0 of 772 quotes and 467 claims); on all 400
it changes 2 quotes, both wrong to right: '"…", afirmou, na segunda-feira, o porta-voz do Governo húngaro, Zoltan
Kovacs' (was Szijjártó, named before; the aside rule) and "Para o relator, senador Hamilton Mourão, a proposta é
importante" (was Alan Rick; the "Para o <title>" rule). A first run had "pergunta" as a reporting form everywhere, and
"estava a responder a uma pergunta sobre comentários que Trump disse …" became a statement of Peskov's (a noun), hence
"pergunta" only right after a closing dash or a quote's comma.

A twenty-eighth Bulgarian batch, written before the attribution code was read (``bg_grain_blockade``, a BTA wire on
grain farmers blocking roads over Ukrainian imports: "обявиха от Националната асоциация на зърнопроизводителите (НАЗ)",
"сочат данните на асоциацията" after the figures, the association's chairman ("заяви пред БТА председателят на НАЗ …",
"Той обвини …, че", "Според Проданов"), the agriculture minister ("каза пред журналисти, че", a dash quote closed by
"обясни министърът", "По думите му", "Карадимов уточни, че"), a European Commission spokesman, "Източник от земеделското
министерство, пожелал анонимност, каза за БТА, че", "Държавен фонд „Земеделие“ (ДФЗ) съобщи, че" and "…, допълниха от
фонда", another farmers' association's chairman, "В анализ на Института за пазарна икономика (ИПИ) се посочва, че" and
"…, пише в анализа.", an IME economist ("смята икономистът от ИПИ"), "Според предварителните данни на Националния
статистически институт" and "посочват от НСИ", a farmer in a dash quote ("каза той", "Той е категоричен, че"), the
regional governor ("призова протестиращите да", "По нейните думи") and the port's director with "Според него";
``bg_customs_bribery_trial``, a Dnevnik-style report on a customs bribery trial: "Прокуратурата поиска 12 години",
"Според обвинителния акт", "смятат от Софийската градска прокуратура", the prosecutor ("каза в съдебната зала прокурор
…", "Обвинителката напомни, че", "добави тя"), the defence lawyer ("Адвокат X, който представлява Y, заяви, че", "каза
адвокатът", "Според Манолов"), the judge's scheduling reported by the court's press office, the anti-corruption
commission's chairman ("каза пред „Дневник“, че", "обясни той"), "По данни на КПК", "уточняват от комисията", "припомнят
от Центъра за изследване на демокрацията" and "Изследване на центъра … сочи, че", an analyst in a dash quote split
around "казва анализаторът от центъра …", the customs director's quote running over two paragraphs, "Висш магистрат,
който не пожела да бъде назован, коментира" with "Според него", and the finance minister ("Тя обаче заяви, че");
``bg_black_sea_season``, a regional-site piece on the Black Sea summer: "Това показват данните, които Министерството на
туризма представи" after the sentence it sources, "По данни на министерството" with figures in the next sentence past
"2,1 млн., а …", the tourism minister ("призна … пред местни медии", "Той обеща, че", "По думите на Милошев"), "Данните
на Националния статистически институт показват сходна картина." and the figures in the next sentence, "отчитат от НСИ",
"уточниха от Областната администрация", the hoteliers' chair (a woman: "смята, че", a dash quote split around "каза тя",
"признава, че", "Според нея"), two mayors ("заяви кметът", "Според градоначалника", "се оплака от", "По изчисления на
общината"), a Market Links survey, a holidaymaker, an anonymous water official, "От Българската асоциация на заведенията
коментираха, че" with "По техни оценки", its chairman and "Синоптиците от … (НИМХ) отчетоха" with "посочват от
института"), scored unseen: speakers 19/24, 19/24, 20/24 (58/72) and claimants 9/11, 8/10, 8/13 (25/34). No gold item
was changed. Pooled over the twenty-eight held-out Bulgarian batches: speakers 1085/1285 = 0.84, claimants 405/549 =
0.74. Rules: "По нейните/неговите/техните думи" (the long possessive) and "По техни оценки" are source phrases;
"адвокат(ът)", "прокурор(ът)", "обвинителката" are roles a bare title points back at, and a title's holder is the person
right after it, passed over for one named later only past a comma (a relative clause: "Адвокат X, който представлява Y";
not "Председателят на Държавната Дума Вячеслав Володин", found out of sample); "градоначалник(а/ът)" is a mayor's title
and stands for "кметът"; after "Според" a bare title right before a body noun ("Според градоначалника общината …") is
the source, the noun the statement's subject; a rank before an unnamed source ("Висш магистрат, който …, коментира");
"фонда" is a body noun; a body's noun and its name in quote marks before an acronym in brackets are one name ("Агенция
„Митници“ (АМ)"); a sentence the splitter cut after "млн.," and joined again goes on with the source of the sentence
before it; "Това показват данните(, които X …/на X)" gives the sentence before to X; an acronym the text introduced
after its full name is given with that name ("Националния институт по метеорология и хидрология (НИМХ)"), the initials
of its words spelling it, the small words left out; "…, пише в анализа." / "…, се казва в становището." (a bare text
noun closing the sentence) is the author the sentence before named with that text ("В анализ на X", "X публикува
становище"); "Данните на X показват …" with no statement of its own gives X the figures of the next sentence only; and
the names layer splits an office's place or a village from the person after it ("Кметът на Кърджали Хасан Азис", "в село
Ичера Стоян Драганов"). After the round the batch scores speakers 24/24, 23/24, 24/24 (71/72) and claimants 11/11,
10/10, 13/13 (34/34), and the whole set, as the test prints it, speakers BG 1315/1321, claimants BG 559/566 (no older
Bulgarian item changed: 1244/1249 and 525/532). Left: "Прокуратурата поиска 12 години затвор" (a demand with a noun
object, no clause). On the Bulgarian SemEval-2025 training articles 160-219 and 280-339 (sorted) the round changed
nothing against main once the title rule was narrowed (a first run gave "Държавната Дума" for two statements of Volodin,
right to wrong, hence the comma); over all 401 training articles it changed 27 items: 10 wrong to right (the WMO's
report statements gave the glued "СМО Селесте Сауло", now the organisation; "Съюза Патрик Зенсбург" is now "Патрик
Зенсбург") and 17 neither (СМО, СЗО, МОТ and "World Health Organization" now by the full name the article introduced
them with). The entities check (``narrascope eval entities --cv 5 --langs BG``) gave 575/627 matched before the round
and 575/627 after (7,162 mentions before, 7,164 after: two glued names split, no match gained or lost; the glued names
the issue lists, "ООН С.Дюжарик", "Бундесвера Ерих Вад" and the like, are left).

Russian round 27 wrote three more articles before reading any attribution code: ``ru_energy_moratorium`` (an RIA Novosti
wire on US-Russian talks in Riyadh on a moratorium on strikes on energy sites: "…, сообщил РИА Новости источник, близкий
к российской делегации" after the statement, "— пояснил собеседник агентства. Он не исключил", "Высокопоставленный
сотрудник Государственного департамента, проинформировавший журналистов …, назвал" then "По его словам", the Saudi
minister after a long gerund phrase and "— подчеркнул саудовский министр", a dash interview with a Russian diplomat
whose second answer has no attribution, Peskov's quote split around the verb, "Верховный представитель Евросоюза по
иностранным делам и политике безопасности, комментируя …, напомнила" with no name and "— сказала она", "Международное
энергетическое агентство … выпустило доклад … . В нем говорится, что", "по данным Минэнерго", Trump's post and
"американский лидер", and a quote running over two paragraphs by a scholar "которого РИА Новости попросило оценить
шансы" closed by "— сказал эксперт"); ``ru_regional_debt`` (a Kommersant-style analysis of regional budgets: a deputy
finance minister after "Выступая в среду в Совете федерации …,", "— рассказал “Ъ” высокопоставленный чиновник
финансового блока одной из областей Центральной России", "АКРА … опубликовало обзор … . По оценке его авторов", "В Банке
России на запрос “Ъ” сообщили", "глава соседней Тюменской области: в интервью … он заявил", "заявили “Ъ” в пресс-службе
ведомства", Siluanov's "допускал лишь точечное решение: …", a dash interview after "… Марат Гайнуллин сомневается, что
…" with no attributed answer, and "Как сообщил “Ъ” источник …" then "— объясняет собеседник “Ъ”"); ``ru_ambulance_pay``
(a regional site on paramedics' pay in Cherepovets: "— рассказала нашему корреспонденту фельдшер с пятнадцатилетним
стажем Ольга", the head doctor's dash speech, "Как говорится в ответе фонда", the regional health minister as "она"
after a deputy named with her, "Губернатор в среду в своем телеграм-канале назвал …" with no name and "— написал глава
региона", an assistant prosecutor after "Об этом сообщила", a dash interview after "… Виктор Кашин уверен, что …" with
«Лечебное дело» inside an answer, and a pensioner). Unseen they scored speakers 9/19, 8/16, 13/17 (30/52) and claimants
2/7, 4/8, 4/6 (10/21). Gold fixes: the unnamed source of ``ru_energy_moratorium`` and ``ru_regional_debt`` is "источник"
where "собеседник" points back at him (three items), and "заявили “Ъ” в пресс-службе ведомства" is the Finance Ministry
("Минфин"); re-scored with them the first run gives 32/52 speakers. Pooled over the twenty-seven held-out Russian
batches (first figures): speakers 967/1203 = 0.80, claimants 353/459 = 0.77. Rules: a one-sentence paragraph in which a
person named before what is said says something (not a scene told of, "…, рассказала продавщица …"), then a
question-and-answer block no answer of which is attributed: the answers are that person's; "сомневаться" reports; an
outlet told before an unnamed source or role ("сообщил РИА Новости источник", "рассказал “Ъ” высокопоставленный
чиновник") also when it is "РИА Новости" or in “…”, and a place ending the role's genitives ("… Центральной России") is
no speaker; "В нем/докладе говорится (отмечается, сообщается), что …" is the issuer of the text the sentence before
names, "В сообщении Роспотребнадзора говорится, что" the body named (not a bare "министерства" with none named before),
and "По оценке его авторов" / "авторов доклада" the issuer; a role, a "с …" phrase and a name after the verb ("фельдшер
с пятнадцатилетним стажем Ольга") is the name; a «…» quote not opened again in the next paragraph runs on to its closing
mark before an attribution (as Bulgarian „…“); a short name in quote marks inside dash speech does not end it; a request
to the person of an object relative ("которого … попросило оценить") is no statement; "на запрос “Ъ”" between a body and
its verb, as "на вопрос"; an office "по … делам" of a named body and an unnamed member ("Высокопоставленный сотрудник
Государственного департамента, …,") opening the sentence are the speakers, noted with the gender of their verb so that
"она" and "По его словам" point back at them; and a bare "Губернатор" opening the sentence with no governor named before
is the governor, unnamed, not the last speaker, and "глава региона" after it points back at him; and (the last stop's
item (b)) "— сказал китайский лидер" after "Си Цзиньпин на встрече с премьер-министром Венгрии Виктором Орбаном заявил"
is no longer Orbán: when the words introducing the person a country adjective's bare title points back at name another
country, the last speaker introduced with none (no gold item held it; a unit test does). After the round the batch
scores speakers 19/19, 14/16, 17/17 (50/52) and claimants 6/7, 8/8, 6/6 (20/21), and the whole set, as the test prints
it, speakers BG 1244/1249, HI 686/689, PT 1463/1489, RU 1226/1242, claimants BG 525/532, HI 280/284, PT 534/557, RU
458/475 (no older Russian item changed). Left: "глава соседней Тюменской области: … он заявил" gives Remezov, named
before; item (a), "Владимир Путин выступил … Президент Франции заявил", still gives Putin (without knowing who holds
which office it reads as "Эмманюэль Макрон прибыл … Президент Франции заявил", which the rule is for), and (c), one
helper for the two office-holder rules, was not tried; Siluanov's "допускал …:" has no statement found; and the claim
"по трем пунктам из одиннадцати" (numbers in words) is not found. On the Russian SemEval-2025 training articles 160-214
and SemEval-2023 articles 60-119 (sorted) the round changed 2 quotes and no claim against main, both neither: in a dash
paragraph with «разрешают» inside it, the speech before the mark is now read whole ("Иначе чем объяснить …", no speaker
where main gave the word "Иначе") and a second dash sentence is found with no speaker (the speaker is Konstantinov,
"риторически заметил он", after a doubled dash the rules do not read).

Stop 37's other attribution changes (no articles written; each has a unit test in ``test_multilingual_units.py``):
money with a word naming whose currency it is ("250 बिलियन अमेरिकी डॉलर", "2 млрд. щатски долара", "2 млрд американских
долларов") is one value (lexicon ``CURRENCY_QUALIFIERS``); the Bulgarian negation "Не" opening a sentence is no speaker;
a Russian office nobody named before holds is shown whole ("Министр обороны", "Представитель Министерства иностранных
дел", "Министерство обороны"; before, its portfolio word: "обороны"), the holder still found by the portfolio word; a
body the entities layer found under a capitalised adjective and a noun ("Представитель Государственного департамента")
is that body, not the bare noun. The whole set is unchanged by them; on the 215 Russian SemEval-2025 training articles
the Russian ones change no quote or claim.

Portuguese round 32 wrote ``pt_sarampo_ceara_vacinacao`` (Agência Brasil/G1 style: a measles outbreak in Ceará,
"O Ministério da Saúde confirmou … 87 casos" and "Segundo a pasta", the minister ('"…", afirmou o ministro, que viaja a
Fortaleza' and, paragraphs later, "O ministro anunciou ainda que"), the state secretary ("Segundo ela", "Questionada
sobre se …, a secretária respondeu que a medida "…""), "Técnicos do ministério ouvidos pela reportagem sob condição de
anonimato dizem que" then '"…", disse um deles' and "Outro técnico relatou", '"…", rebateu a coordenadora do Programa
Nacional de Imunizações (PNI), Juliana Barreto Farias. "…"', a hospital director, a mother in dash speech and a
grandmother after her ("Ela conta que"), "O Conselho Regional de Medicina do Ceará (Cremec) …. Em nota, o conselho
estima que … e afirma que "…"", a deputy after a long circumstance phrase, "Dados do Ministério da Saúde mostram" and
the Opas), ``pt_camara_apostas_publicidade`` (Folha/Estadão style: the Câmara votes limits on betting ads, the
rapporteur ("Segundo o relator", a quote of two sentences), the PP's leader "disse a jornalistas na saída da reunião
que", the PL's leader ("Para ela"), "a Associação Brasileira de Apostas Esportivas (Abaesp) … estimou" then "A entidade
afirma", "Um lobista que representa …, e que pediu para não ter o nome publicado, disse à reportagem que" then '"…",
afirmou' and "Segundo ele", "Assessores do Palácio do Planalto ouvidos sob reserva dizem" and "A pasta, por sua vez,
calcula", the Fazenda's secretary ("Perguntado sobre se …, o secretário disse que "…""), "Interlocutores do ministro
afirmam que ele", two deputies of one party, a club's president "ouvido na galeria", an FGV economist and a Locomotiva
survey ("De acordo com o instituto")) and ``pt_greve_professores_fenprof`` (Expresso/RTP style: a teachers' strike,
"A Fenprof estima uma adesão de 85%, enquanto o Ministério … aponta para 41%", its secretary-general at a school gate,
the minister ("Sobre os números da federação, o governante foi seco: "…"", "Segundo o ministro"), "Fonte do gabinete
do ministro admitiu ao Expresso, sob anonimato, que" and "resumiu a mesma fonte", the FNE's leader ("Santos
sublinhou"), a mother in dash speech, "A Confederação Nacional das Associações de Pais (Confap) …. Em comunicado, a
confederação afirma que", a PS leader's question over two paragraphs closed by "questionou a deputada socialista", the
Livre's deputy and "Segundo a direção-geral" for the DGEEC) before reading the attribution code. Unseen they scored
speakers 16/23, 19/22, 16/23 (51/68) and claimants 7/10, 7/8, 5/8 (19/26). Gold slips: two statements were left out of
the gold, the technicians' "dizem que a resposta federal foi lenta" and the lobbyist's "disse à reportagem que as
empresas vão concentrar esforços" (added after the first run; unseen the first was wrong and the second right, 52/70
with them). Pooled over the thirty-two held-out Portuguese batches (first-written gold): speakers 1219/1585 = 0.769,
claimants 449/596 = 0.753. Most unseen speaker misses were a body named again by the common noun of its kind ("o
conselho", "a confederação", "a direção-geral": 5), an unnamed group with a genitive and its "um deles" (2), figures
as a verb's object with no "que" (3), a reporting verb the lexicon lacked ("rebateu": 2) and a lobbyist no role noun
covered (2). Rules: "conselho", "confederação", "federação" and "direção-geral" are institution nouns that point back
at the last body whose name opens with them; "rebateu/rebate/rebateram" report; after a closing verb, a title of a
body with its acronym in brackets and then ", Name" is that name ("…, rebateu a coordenadora do Programa … (PNI),
Juliana Barreto Farias"); a reporting verb right after "e" with no subject of its own, or one found only before the
sentence, is said by the subject of the sentence's first reporting verb when that subject is in the sentence ("o
conselho estima que … e afirma que "…""); a name in a relative clause on a bare title ("afirmou o ministro, que viaja a
Fortaleza") holds no title; a capitalised plural role or group noun with its genitive opening the sentence before a
plural verb ("Técnicos do ministério … dizem", "Interlocutores do ministro afirmam") is that unnamed group, recorded,
and '"…", disse um deles' is that group; "lobista" is a role noun; "confirmou/confirma/confirmaram/confirmam" count a
named body's figures in the claims layer ("O Ministério da Saúde confirmou nesta quinta-feira (13) 87 casos"); a
fronted phrase opening a colon's sentence may have five words and "sobre" opens one, and a role noun after its article
before the colon points back like a title ("Sobre os números da federação, o governante foi seco: "…""); an aside
between commas may follow the outlet told ("admitiu ao Expresso, sob anonimato, que"); a body's name drops the
sentence's article (and the line before) that the entities layer kept when the name opens with a body's head word
(the last stop's item (b): "A Organização Pan-Americana da Saúde (Opas)" is now "Organização Pan-Americana da Saúde
(Opas)"); and 'que chamou de "esmola" a proposta' gives the word in marks to the subject (the last stop's item (a)),
only when an object with its article follows the closing mark. After the round the batch scores speakers 23/24,
23/23, 21/23 (67/70) and claimants 10/10, 8/8, 7/8 (25/26); the older Portuguese articles speakers 1529/1555 (one up:
round 31's "esmola" is Lemos's) and claimants 563/586 (unchanged); the whole set, as the test prints it, speakers BG
1315/1321, HI 686/689, PT 1596/1625, RU 1226/1242, claimants BG 559/566, HI 280/284, PT 588/612, RU 458/475 (BG, HI and
RU as on main). Left: statements that are a verb's object with a figure and no "que" ("A Fenprof estima uma adesão de
85%", "O Ministério da Saúde confirmou … 87 casos": claims, no quotes) and a second clause after ", enquanto" with its
own subject ("enquanto o Ministério … aponta para 41%": no statement, and the claim is the Fenprof's, the sentence's
first). On the Portuguese SemEval-2025 training articles 100-159 and 340-399 (sorted) the round changes 2 quotes of
815 and no claim of 483, both wrong to right ('"…", disse na quinta-feira o secretário-geral da Organização das Nações
Unidas (ONU), António Guterres', was the ONU); on all 400 it changes 3 quotes, all wrong to right (also '"…", afirmou
à agência France-Presse o diretor-geral da Agência Internacional da Energia Atómica (AIEA), Rafael Grossi', was the
AIEA). A first run found a new quote in 'aquilo a que os meteorologistas chamam de "seca-relâmpago", que …' (a term,
neither right nor wrong), hence the object after the closing mark.

Russian round 28 wrote three more articles before reading any attribution code: ``ru_osce_budget`` (a TASS wire from the
OSCE ministerial council in Vienna: "сообщил корреспонденту ТАСС постоянный представитель РФ при ОБСЕ Дмитрий Поляков"
after the statement, "— сказал дипломат", "По его словам", "Постпред добавил", the Swiss minister after a gerund, "—
заявил швейцарский министр", an unnamed "Министр иностранных дел Литвы заявил журналистам, что Россия «…»", a US deputy
secretary's quote split around "— сказал Ордуэй на пленарном заседании. —", "Как рассказал ТАСС источник в одной из
европейских делегаций, …" then "— пояснил собеседник агентства", the OSCE secretary general with "Она уточнила" and a
quote running over two paragraphs closed by "— сказала генсек", a dash interview after "В кулуарах заседания Поляков
ответил на вопросы ТАСС", and a deputy foreign minister with "Он напомнил, что"); ``ru_butter_prices`` (an RBC analysis
of butter prices: "следует из данных Росстата", "Главная причина — нехватка сырья, считают в Национальном союзе
производителей молока", "рассказал РБК генеральный директор союза Артем Беляев" and "По оценке Артема Беляева", a
retailer's unnamed spokesman split around "— заявил РБК представитель одной из федеральных розничных сетей. —", "В
ведомстве РБК сообщили" after "Федеральная антимонопольная служба … запросила", "Министр экономического развития Максим
Решетников" then an unnamed "Министр сельского хозяйства заявил", a deputy minister's figures closed by "привела она
данные ведомства", "говорится в комментарии пресс-службы ЦБ для РБК" then "Регулятор при этом отмечает", "Аналитики
ЦМАКП в обзоре, вышедшем в пятницу, оценили … в 0,15 п.п. Пик, по их мнению, пройден", a dash interview after
"Руководитель аналитического центра «Агрополис» Наталья Шубина с этим согласна, но … не ждет." and a farmer's quote
split around "— говорит владелец молочной фермы в Вологодской области Игорь Сотников. —"); ``ru_perm_parking`` (a Perm
city site on a court annulling the paid-parking zone: "Об этом нашему изданию сообщила пресс-секретарь суда Дарья
Ковалева", the plaintiff's "— рассказал он нашему корреспонденту", his lawyer with "По ее словам" and "— добавила она",
"заявили нашему изданию в пресс-службе администрации Перми", "Как пояснил начальник городского управления транспорта
Роман Шевелев, …" then "— считает чиновник", a deputy's quote split around "— напомнила депутат гордумы Виктория
Сафонова. —" and "По ее подсчетам", "Представитель краевой прокуратуры в заключении указал", "Источник в краевом
правительстве рассказал …" then "По словам собеседника", an unnamed "Губернатор … написал" and "Глава региона добавил",
"По данным мэрии", a pensioner's quote over two paragraphs, a neighbour's "по его словам", and a dash interview with the
plaintiff). Unseen they scored speakers 16/19, 10/20, 18/20 (44/59) and claimants 5/6, 5/7, 4/6 (14/19). Gold fix:
"Регулятор при этом отмечает" in ``ru_butter_prices`` is the Bank of Russia, which the gold named "Банк" beside "ЦБ" for
the comment just before; it is now "ЦБ" like that one (the first run gave "РБК" there, so the re-scored first figure is
the same, 44/59). Pooled over the twenty-eight held-out Russian batches (first figures): speakers 1011/1262 = 0.80,
claimants 367/478 = 0.77. Rules: "корреспонденту ТАСС" after the verb is the one told, like "агентству ТАСС", and the
person after it speaks; "Постпред" points back at the person introduced as "постоянный представитель"; "По словам
собеседника" and "— пояснил собеседник агентства." are the unnamed source noted before ("Источник в … рассказал", "Как
рассказал ТАСС источник …"; the latter only when one was noted); "начальник" and "владелец" are titles, so the name is
reached past a long complement ("начальник городского управления транспорта Роман Шевелев", "владелец молочной фермы в
Вологодской области Игорь Сотников"); a bare "Министр" and a portfolio of genitives opening the sentence ("Министр
сельского хозяйства заявил", "Министр обороны заявил") is the person introduced before with that portfolio (not its
deputy), else the office with no name, not the last minister named (the last stop's item (b)); ", считают в <body>"
after a statement names where the opinion is held, not the verb's object; "В ведомстве РБК сообщили": the outlet between
the pointing-back body and its verb is no part of it, and a service opening a sentence of the paragraph by its
adjectives ("Федеральная антимонопольная служба") is what "ведомство" points back at (a body's phrase no longer runs on
over a preposition: "служба в ноябре"); "регулятор" is the central bank named shortly before (the entities layer may see
only "России" in "Банк России"); a measuring verb's subject is found past a body's acronym in brackets and a
participle's aside between commas ("Аналитики ЦМАКП в обзоре, вышедшем в пятницу, оценили"); "по их мнению" is the
plural role and body that open the sentence before as its subject; "…, привела она данные ведомства." gives the figures
to the person the pronoun points back at; and a dash interview after a one-sentence paragraph whose subject is the one
person it names, in the nominative, with no statement of his or hers attributed there, gives the answers to that person.
After the round the batch scores speakers 19/19, 20/20, 20/20 (59/59) and claimants 6/6, 7/7, 6/6 (19/19), and the whole
set, as the test prints it, speakers BG 1315/1321, HI 686/689, PT 1528/1555, RU 1285/1301, claimants BG 559/566, HI
280/284, PT 563/586, RU 477/494 (no older Russian item changed). Left: item (a), "Владимир Путин выступил … Президент
Франции заявил", still gives Putin; (c) "Николу Пашиняну" is still its own entity beside "Никол Пашинян" (a quote by
"Пашинян" goes to the latter, so the speaker is right; the entities are not merged); (d) was checked only: after "Ирина
Лаптева" and "По словам инженера Алексея Кобзева", "— сказал он" is Kobzev and "— сказала она" Lapteva; the male first
name "Беат" of the Swiss minister is given as "Беата Келлер" by the entities layer (the surname still matches). On the
Russian SemEval-2025 training articles 0-59 and SemEval-2023 articles 120-179 (sorted) the round changed no quote and no
claim against main (the constructions the rules read barely occur there: "В ведомстве" and "считают в" once each,
"владелец" once).

Russian round 29 wrote three more articles before reading any attribution code: ``ru_caspian_summit`` (an Interfax
wire from a Caspian summit in Ashgabat: "Об этом журналистам сообщил заместитель министра … Вепа Хаджиев" after the
statement, "— сказал замминистра, добавив, что …", "По словам казахстанского лидера", Aliyev's quote closed by "—
заявил он", "Владимир Путин в своем выступлении предложил" then "Российский президент сообщил, что …", an unnamed
"Президент Ирана заявил" after Aliyev and Tokayev had been introduced as presidents of other countries, "по данным
источника в делегации", Peskov with "— ответил Песков на вопрос" and "Кремль, добавил он, не видит «…»", Lavrov's
quote split around "— сказал глава МИД. —", Zakharova's dash quote and "Она также обвинила …", "Дипломат из одной из
прикаспийских стран, пожелавший остаться неназванным, рассказал Интерфаксу, что …" then "— считает собеседник
агентства", a dash interview with the Turkmen foreign minister after "Глава МИД Туркмении Рашид Мередов подчеркнул,
что …" whose answers hold "Квоты — это вопрос экономики" and "Я уверен, что …", and "По оценке Евразийского банка
развития … Аналитики банка в своем докладе указывают"); ``ru_opec_quotas`` (a Vedomosti report on OPEC+ keeping its
cuts: "говорится в сообщении секретариата ОПЕК", Novak's quote split around "— сказал он журналистам. —" and
"подчеркнул чиновник", "следует из данных Минфина", "говорят два собеседника «Ведомостей» в отрасли. Один из них
рассказал, что …", Sechin's "еще в октябре на Российской энергетической неделе предупреждал, что …", Yushkov's "по
мнению эксперта" and a quote split around "— объясняет Юшков. —", "Вахрамеев ждет, что …" and his quote over two
paragraphs closed by "— пишет Вахрамеев в своем телеграм-канале", "По расчетам агентства Argus", Kallas's "заявила"
and "по ее словам", "сообщили «Ведомостям» в пресс-службе компании" after Gazprom's figures, "Федеральный чиновник,
знакомый с ходом обсуждения, утверждает" then "Речь идет, по его словам, о …", and a dash interview after "Партнер …
Vygon Consulting Мария Белова называет решение ОПЕК+ ожидаемым" whose first answer opens "Главный риск — это …");
``ru_teacher_verdict`` (a Novaya Gazeta Europe report on a music teacher's sentence: "Об этом «Новой газете Европа»
рассказала адвокат осужденной Вероника Стрельцова" closing a paragraph, the prosecutor's "Гособвинитель … настаивал,
что", "По словам Стрельцовой", the lawyer's quote over two paragraphs closed by "— подчеркнула защитница" with the
defendant's name and patronymic inside it, the last word with "она сказала, что" and "— заявила женщина", "По словам
присутствовавших в зале", the husband's "признался, что" and a dash interview, the daughter's "В разговоре с
«Новой-Европа» она рассказала, что" and "— вспоминает Ксения", "Пресс-служба областной прокуратуры сообщила", an
anonymous source's "утверждает, что", "Правозащитный проект «ОВД-Инфо» называет …" then "По подсчетам проекта", "Как
отмечают правозащитники" after «Мемориал», a lawyer of «Мемориал» with "— считает юрист …" and "Он добавил, что", and
"Стрельцова рассчитывает, что"). Unseen they scored speakers 12/20, 15/20, 13/19 (40/59) and claimants 4/5, 5/7, 1/5
(10/17). Gold fix: "шесть комментариев" in ``ru_teacher_verdict`` sits in the paragraph that "Об этом … рассказала
адвокат" closes, and the gold gave the lawyer the paragraph's first sentence but the article itself this one; it is
now the lawyer's (the first run gave "Вероника Стрельцова" there, so the re-scored first figure is claimants 2/5,
11/17). Pooled over the twenty-nine held-out Russian batches (first figures): speakers 1051/1321 = 0.80, claimants
377/495 = 0.76. Rules: "защитница"/"защитник" is the one introduced as "адвокат" (lexicon ``TITLE_SYNONYMS``), a
woman's "защитница" never a man introduced so; a capitalised role noun followed by "из одной/одного из" and lower-case
words, with an optional participle's aside between commas, opening the clause ("Дипломат из одной из прикаспийских
стран, пожелавший остаться неназванным, рассказал") is an unnamed person, not the person named before with that role,
and "собеседник агентства" points back at it; "Один из них"/"Одна из них" opening a sentence before a reporting verb
is one of the unnamed sources noted before (with none noted, read as before); in a dash interview an answer's own "Я
уверен, что …" gives the block no speaker "Я" (the answers then go to the person of the one-sentence paragraph before,
as round 28 reads it); a dash followed by "это" is the sentence's copula, never the attribution that closes dash
speech ("— Главный риск — это запасы в США."); a bare title that names a country by its genitive or by an adjective
right before it ("Президент Ирана", "Российский президент") skips a holder of the same office introduced with another
country ("Президент Азербайджана Ильхам Алиев"), and "Президент Ирана заявил" right after a person who spoke as
another country's president ("Российский президент сообщил" for Putin) is the office with no name (item (a) of the
last round, in that form; a country's adjective and name match by their first three letters or one inside the other:
"белорусский", "Беларуси"). A first version also made "ждать" and "рассчитывать" reporting verbs (and looked up "ждет"
written with "е"); out of sample they reported "рассчитывает на получение сверхоружия" and "что они ждут русских", so
both were dropped ("Вахрамеев ждет, что" and "Стрельцова рассчитывает, что" stay misses). After the round the batch
scores speakers 17/20, 17/20, 15/19 (49/59) and claimants 5/5, 6/7, 2/5 (13/17), and the whole set, as the test prints
it, speakers BG 1315/1321, HI 686/689, PT 1596/1625, RU 1334/1360, claimants BG 559/566, HI 280/284, PT 588/612, RU
490/511 (no older Russian item changed). Left: "Кремль, добавил он, не видит «…»" (a parenthetical verb inside the
subject's clause), "Она также обвинила … в «…»", "Аналитики банка" (the genitive pointing back at the bank), Sechin's
statement past two adverbials, "по его словам" after an unnamed official introduced with an adjective, Gazprom's
figures told by "пресс-службе компании", the paragraph before "Об этом … рассказала адвокат" beyond its last sentence,
"— заявила женщина", the daughter's "она" (given to her mother), "По подсчетам проекта" (ОВД-Инфо), "Как отмечают
правозащитники" (Memorial) and "около сорока человек" (a number in words, no claim). On the Russian SemEval-2025
training articles 60-119 and SemEval-2023 articles 0-59 (sorted) the first version changed three articles against
main, all for the worse: "рассчитывает на получение …" split an interview answer and gave it to "Ukraine" (it had no
speaker), "ждут русских" made a quote with no speaker, and "белорусский президент отметил" went from Lukashenko
(introduced as "Президент Беларуси") to the bare "президент" (four-letter stems "бело"/"бела"); after dropping the two
verbs and matching countries by prefix the round changes no quote and no claim there.

Portuguese round 33 wrote three more articles before reading any attribution code: ``pt_copom_selic_fiscal``
(Valor/Exame style: the Copom raises the Selic, "Em comunicado …, o colegiado afirmou que "…" e sinalizou que …", the
IBGE's IPCA after "Segundo o IBGE", the BC president ("segundo ele" inside a colon's sentence), a director with "Para
ele" and "O diretor estimou que", a quote split around "reconheceu o diretor de Política Econômica, Diogo Guillen", the
finance minister "afirmou a jornalistas, na saída de uma reunião no Palácio do Planalto, que … "…" e que … "…"",
"Técnicos do Tesouro Nacional ouvidos pelo Valor sob condição de anonimato, porém, admitem que", "disse um deles" and
"Outro técnico calcula", a bank's chief economist ("Segundo a economista"), "Para o economista-chefe de um grande banco
privado, que falou sob reserva, …", the Febraban's note and "De acordo com a pesquisa mensal da entidade", its president
"cobrou", the CNI "classificou a decisão de "equivocada" e estima que" and its president, "O dirigente acrescentou"),
``pt_operacao_mare_defensoria`` (UOL/Metrópoles style: a police operation in the Maré, "segundo a Secretaria de Estado
de Polícia Militar. De acordo com a corporação, …", "informou a Polícia Civil" after the figures, "de acordo com o
delegado responsável pelo inquérito", the governor at a press conference, the PM secretary "Ao lado dele" and "Segundo o
coronel", a delegado "disse ao Metrópoles que" with two quotes, "Investigadores que acompanham o caso, ouvidos pela
reportagem sob condição de anonimato, afirmam que" and "disse um dos policiais", a resident named by first name only and
a dash exchange opened by her statement with the reporter's question between, the Defensoria and "Para a coordenadora do
Núcleo de Defesa dos Direitos Humanos da Defensoria, Maria Júlia Miranda, há "…"", "A organização Redes da Maré, que
monitora …, contabiliza 31 operações", "Segundo ela, a entidade", the MP "Procurado, …", a sociologist "disse o
pesquisador, que coordena o … (Geni)" and "Um levantamento do grupo mostra que") and ``pt_defesa_nato_orcamento``
(Lusa/Público style: the defence minister "garantiu … que" and "o governante adiantou que", a quote opening the next
paragraph with "disse aos jornalistas, acrescentando que", the prime minister "Perante os deputados, o chefe do Governo
afirmou que", Rutte with "pediu aos aliados que" and "O antigo primeiro-ministro neerlandês considerou "encorajador" o
compromisso", the Ukrainian foreign minister with a relative aside and "disse o chefe da diplomacia ucraniana", "Fontes
diplomáticas ouvidas pela Lusa em Bruxelas admitem que", '"…", explicou um diplomata de um país do Norte da Europa' and
"Segundo a mesma fonte", the PS and PCP secretaries-general ("acusou o líder socialista", "Para o dirigente comunista"),
a quote over two paragraphs after a colon, "Questionado sobre as críticas de Carneiro, Melo respondeu" and "Ele disse
ainda", an analyst '"…", disse à Lusa o analista, para quem …' and the SIPRI). Unseen they scored speakers 21/25, 21/24,
23/27 (65/76) and claimants 6/8, 6/8, 6/6 (18/22). Gold slips: the Copom's stem was "Copom" where the layer gives the
name the text opens with, "Comitê de Política Monetária", and the Febraban's claimant stem "Febraban" where it gives
"Federação Brasileira de Bancos"; both are now the full names (66/76 and 19/22 with them). Before the code was read,
five sentences that came close to older articles on the same subjects (``pt_copom_selic_pausa``, ``pt_defesa_safe``)
were reworded (the drone count, the analyst and his figures, the PS leader's words, the futures curve, the cost of a
Selic point); the reworded items scored as before. Pooled over the thirty-three held-out Portuguese batches
(first-written gold): speakers 1284/1661 = 0.773, claimants 467/618 = 0.756. The misses, besides the two stems: an
unnamed trade "de um/uma" read as someone named before (2: "explicou um diplomata de um país do Norte da Europa" gave
the place, "Para o economista-chefe de um grande banco privado" the economist named before), "a mesma fonte" read as the
group rather than the one of it who spoke (1), a second "e que" clause's quote after a long aside (1), a dash exchange
opened by a statement (2), a reporting verb the lexicon lacked ("sinalizou": 1), "considerou "…" o …" (1), a clause
after ", para quem" with no marks (1), an opening "Para" whose title and body ran past ten words (1); claims: "elevou …
para 15,25%" (no counting verb: 1), a counting verb's subject past a relative aside (1) and "Um levantamento do grupo"
(1). Rules: "sinalizou/sinaliza/sinalizaram/sinalizam" report; a dash block opened by a statement whose every second
line is a short question, after a paragraph whose last sentence is a named person's reported speech ("… disse que …"),
is that person's (the questions stay without a speaker); "um/uma" and a role noun right after a closing verb, then a
genitive that names nothing either ("de um …"), is that unnamed person, recorded, and "a mesma fonte" read as a group
named before points at that one when he spoke after the group was named; the clause after ", para quem" that ends a
quote's closing attribution (holding its verb) is that speaker's reported view; a quote in a second "e que" clause (up
to six words of subject) after a quote with a speaker is that speaker's; a verb of judging ("considerou", "classificou
de/como") right before words in marks whose object with its article follows them is the subject's judgement, and "O
antigo <title> <adjective>" there is the one named last; a counting verb's subject is found past a relative ", que …,"
aside, and a name the common noun of a body's kind introduces ("A organização Redes da Maré") counts as a body; an
opening "Para <lower-case title> <body's long name>, Name Name, …" may run to fourteen words when a name of two words or
more stands in apposition; "Para o <trade> de um/uma …" is a new unnamed source, and a relative aside after its comma is
no part of the statement. After the round the batch scores speakers 25/25, 24/24, 27/27 (76/76) and claimants 7/8, 7/8,
6/6 (20/22); the older Portuguese articles speakers 1596/1625 and claimants 588/612 (unchanged); the whole set, as the
test prints it, speakers BG 1315/1321, HI 686/689, PT 1672/1701, RU 1285/1301, claimants BG 559/566, HI 280/284, PT
608/634, RU 477/494 (BG, HI and RU as on main). Left: "O Comitê … elevou … a Selic … para 15,25%" (a verb of raising, no
claimant) and "Um levantamento do grupo mostra que" (the group is the Geni named by its acronym in the sentence before:
no claimant). On the Portuguese SemEval-2025 training articles 160-219 and 280-339 (sorted) the round changes no quote
and no claim against main (891 quotes and 493 claims, identical): the constructions the rules read do not occur there in
the shapes the rules take.

The thresholds below (0.95 and 0.9) guard against regressions on the whole set.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrascope import Pipeline
from narrascope.readers.text import parse_text

ARTICLES = Path(__file__).parent / "articles"
LANGS = ("bg", "hi", "pt", "ru")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(["spacy", "entities", "quotes", "claims"])


def _fold(s: str | None) -> str:
    return (s or "").casefold().replace("ё", "е")


def _is(gold: str, name: str | None, entity: str | None, analysis) -> bool:
    """The gold stem is in the name given, or in a mention of the entity given: the entities layer names a big
    actor in English in every language ("ВОЗ", "МАГАТЭ" are "World Health Organization", "IAEA")."""
    forms = [name] + [m.text for e in analysis.entities if entity and e.id == entity for m in e.mentions]
    return any(_fold(gold) in _fold(f) for f in forms if f)


def score_language(pipeline, lang: str) -> dict:
    """Counts for one language: quotes, right speakers, claims, right claimants, dates read, misses."""
    out = {"quotes": 0, "speakers": 0, "claims": 0, "claimants": 0, "articles": 0, "dates": 0, "misses": []}
    for path in sorted((ARTICLES / lang).glob("*.txt")):
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        article = parse_text(text, name=path.name)
        assert article.language == lang, path.name
        analysis = pipeline(article)
        out["articles"] += 1
        out["dates"] += article.date == gold["date"]
        for g in gold["quotes"]:
            assert g["text"] in text, (path.name, g["text"])
            at = text.index(g["text"])
            hits = [q for q in analysis.quotes if q.content.start <= at < q.content.end]
            speaker = hits[0].speaker if hits else None
            ok = _is(g["speaker"], speaker, hits[0].speaker_entity if hits else None, analysis)
            out["quotes"] += 1
            out["speakers"] += ok
            if not ok:
                out["misses"].append(f"{path.name} quote {g['text'][:30]!r}: {speaker!r} != {g['speaker']!r}")
        for g in gold["claims"]:
            assert g["text"] in text, (path.name, g["text"])
            at = text.index(g["text"])
            hits = [c for c in analysis.claims if c.span.start <= at < c.span.end]
            claimant = hits[0].claimant if hits else "<no claim>"
            ok = bool(hits) and (_is(g["claimant"], claimant, hits[0].claimant_entity, analysis) if g["claimant"]
                                 else claimant is None)
            out["claims"] += 1
            out["claimants"] += ok
            if not ok:
                out["misses"].append(f"{path.name} claim {g['text'][:30]!r}: {claimant!r} != {g['claimant']!r}")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_speakers_claimants_and_dates(pipeline, lang):
    s = score_language(pipeline, lang)
    speaker_acc = s["speakers"] / s["quotes"]
    claimant_acc = s["claimants"] / s["claims"]
    print(f"\n{lang}: {s['articles']} articles, speakers {s['speakers']}/{s['quotes']} = {speaker_acc:.2f}, "
          f"claimants {s['claimants']}/{s['claims']} = {claimant_acc:.2f}, dates {s['dates']}/{s['articles']}")
    for miss in s["misses"]:
        print("  miss:", miss)
    assert s["quotes"] >= 20 and s["claims"] >= 10
    assert s["dates"] == s["articles"]
    assert speaker_acc >= 0.95
    assert claimant_acc >= 0.9
