"""Portuguese evidence read without a parse (:func:`_pt_items`, with the ``CAST_*`` words of
``narrascope/lang/pt.py``): corrects and adds to the items :func:`.lexical._lexical_items` reads.
"""
from __future__ import annotations

import re

from .common import _A, _I, _P
from .words import _CLAUSE_END, _CLAUSE_WINDOW, _clause, _matches, _word_char

_PT_CLITICS = frozenset("a o as os lo la los las no na nos nas lhe lhes".split())
_PT_ARTICLES = frozenset("o a os as um uma uns umas".split())
_PT_PREPS = frozenset("de da do das dos em na no nas nos para com por pela pelo pelas pelos contra sobre à ao às aos "
                      "entre sem".split())
_PT_AGENT = frozenset("por pela pelo pelas pelos".split())
_PT_OBJECT_AFTER = frozenset("à ao às aos contra na no nas nos".split())
_PT_NOT_SUBJECT = frozenset("em na no nas nos para contra sobre entre com sem à ao às aos".split())
_PT_EITHER_WAY = frozenset(["invasão", "ocupação"])  # "a invasão da Rússia": done or suffered
_PT_ADVERBS = frozenset("ainda também já novamente ontem hoje sempre".split())  # "acusou ainda Orbán de"
#: Who acts for a name: "acusou as forças de Kiev de …", "elogiou o governo de Lula" blames or praises the name
_PT_BODIES = frozenset("governo autoridades administração executivo liderança".split())
_PT_DAY_BEFORE = frozenset("na no nesta neste esta este".split())  # "acusou na terça-feira a X de" (pt-cast42b)


def _pt_day(word: str) -> bool:
    """Whether ``word`` names a day of the week ("terça-feira", "sábado")."""
    return word.endswith("-feira") or word in ("sábado", "domingo")


def _pt_disaster(words: list[str], lex) -> str | None:
    """The first word of a disaster in ``words`` (``CAST_WORD_KINDS`` "disaster"), up to a negation."""
    for t in words:
        if t in lex.cast_negations:
            return None
        if lex.cast_word_kinds.get(t) == "disaster":
            return t
    return None


_PT_EM = frozenset("em na no nas nos".split())
#: A condition, a possibility or a forecast: no disaster lived through yet
_PT_MAYBE = frozenset("""se caso pode podem poderá poderão poderia poderiam deve devem deverá deverão vai vão irá
irão""".split())
#: The end of a war sought: "pronto para interromper a guerra", "quer pôr fim ao conflito", "pede o fim dos combates"
_PT_ENDING = frozenset("fim término interromper terminar acabar parar".split())
_PT_WAR = frozenset("guerra conflito hostilidades combates".split())
_PT_RUNS = frozenset("corre correm correu correram corria corriam".split())  # "corre o risco de"


def _pt_fronted_place(left: list[str], right: list[str], after: tuple, lex) -> list[tuple[int, str]]:
    """A place named first, set off by a comma, where the clause after it tells a disaster (branch pt-cast42): "Na
    Islândia, um sismo …", "Na Turquia e na Síria, um terramoto devastador …" (without a comma, "Só em Myanmar
    morreram …", see :func:`_pt_harmed_place`). ``left``: the words before the name in its clause (the preposition
    alone, or after another place of the same list)."""
    lead = left[1:] if left[:1] in (["só"], ["também"], ["até"], ["já"]) else left
    if not lead or lead[0] not in _PT_EM or len(lead) > 6 or len(lead) > 1 and lead[-2:-1] != ["e"] \
            or len(lead) > 1 and lead[-1] not in _PT_EM:
        return []
    if right and (right[0] != "e" or len(right) > 5):
        return []
    text, b, e, index = after
    toks = index.tokens(b, min(e, b + _CLAUSE_WINDOW))
    if toks[len(right):len(right) + 1] != [","]:
        return []
    clause = _clause(toks[len(right) + 1:], forward=True)[:12]
    if any(t in _PT_MAYBE for t in clause):
        return []  # "Na Islândia, se houver um sismo …", "Na Grécia, os incêndios podem voltar"
    hit = _pt_disaster(clause, lex)
    return [(_I, f"suffers “{hit}”")] if hit else []


def _pt_verb(word: str, lex) -> bool:
    """Whether ``word`` is a verb form the cast reads (a finite verb of harm, help, blame, waging, facing or dying,
    an auxiliary, a verb of saying): where a phrase without a verb ends."""
    base, form = _pt_kind(word, lex.cast_word_kinds)
    return word in lex.reporting_forms or base in ("perfect", "passive", "going", "die") \
        or form == "" and base in ("harm", "hurt", "help", "judge", "laud", "wage", "face", "suffer", "wrong")


_PT_BE = frozenset("é são foi foram era eram fica ficou ficaram".split())
_PT_VULNERABLE = frozenset(["vulnerável", "vulneráveis"])


def _pt_hit_word(words: list[str], lex) -> str | None:
    """The participle of harm after "mais" (an adverb between): "mais afetadas", "mais severamente afetados"."""
    if words[:1] != ["mais"]:
        return None
    words = [w for w in words[1:3] if not w.endswith("mente")]
    base, form = _pt_kind(words[0], lex.cast_word_kinds) if words else ("", "")
    return words[0] if form == "pp" and base in ("harm", "hurt") or words[:1] and words[0] in _PT_VULNERABLE else None


def _pt_most_hit(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The name among the worst hit (branch pt-cast42): "Zaporijia foi uma das regiões mais afetadas", "X é
    considerado um dos países mais severamente afetados" (a copula after the name, no other verb before "mais"), "o
    local mais atingido foi a X", "os países mais afetados como X" (before the name)."""
    if right[:1] and right[0] in _PT_BE and not (left and left[-1] in _PT_PREPS):
        for k in range(1, min(len(right), 7)):
            if right[k] in lex.cast_negations or _pt_verb(right[k], lex):
                break
            hit = _pt_hit_word(right[k:k + 3], lex)
            if hit:
                return [(_I, f"suffers “{hit}”")]
    lead = left[:-1] if left[-1:] and left[-1] in _PT_ARTICLES else left
    if lead[-1:] and lead[-1] in _PT_BE | {"como"}:
        for k in range(max(0, len(lead) - 5), len(lead) - 1):
            hit = _pt_hit_word(lead[k:len(lead) - 1], lex)
            if hit:
                return [(_I, f"suffers “{hit}”")]
    return []


_PT_CLAUSE_OPENERS = frozenset("que quando enquanto mas porque".split())


def _pt_joined_subject(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """What the first of two subjects joined by "e" does or suffers (branch pt-cast42): "a Hungria e a Eslováquia
    foram atingidas", "os EUA e o Reino Unido bombardearam"; the verb after the second name must be plural (a
    singular verb opens a new clause: "bombardeou Kharkiv e Zelensky pediu ajuda"), and the first name must open
    its clause (not the object of a verb before it)."""
    if right[:1] != ["e"] or left and not (left[-1] in _PT_ARTICLES or left[-1] in _PT_CLAUSE_OPENERS):
        return []
    for k in range(2, min(len(right), 7)):
        t = right[k]
        if t in lex.cast_negations or t in _PT_PREPS and t not in ("de", "da", "do", "das", "dos"):
            return []
        if _pt_verb(t, lex) or lex.cast_word_kinds.get(t) in ("seek", "fight", "give", "refuse"):
            return _pt_predicate(right[k:], lex) if t.endswith(("m", "ão")) else []
    return []


def _pt_harmed_place(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The place where a harm is done or a death told (branch pt-cast42): "os incêndios devastaram milhares de
    hectares na Grécia", "a Rússia bombardeou alvos na Ucrânia" (a finite verb of harm a few words before "em X",
    nothing but its object between), "Só em Myanmar morreram 1500 pessoas" (the place opening its clause)."""
    kinds = lex.cast_word_kinds
    if not left or left[-1] not in _PT_EM:
        return []
    lead = left[1:] if left[:1] in (["só"], ["também"], ["até"], ["já"]) else left
    if len(lead) == 1 and right[:1] and kinds.get(right[0]) == "die":
        return [(_I, f"suffers “{right[0]}”")]  # "Só em Myanmar morreram 1500 pessoas"
    for k in range(len(left) - 2, max(-1, len(left) - 8), -1):
        t = left[k]
        base, form = _pt_kind(t, kinds)
        if base in ("harm", "hurt") and form == "" and (k == 0 or left[k - 1] not in lex.cast_negations):
            return [(_I, f"suffers “{t}”")]
        if t in lex.cast_negations or t in _PT_CLAUSE_OPENERS or t in _PT_PREPS and t not in ("de", "da", "do", "das",
                                                                                               "dos") \
                or _pt_verb(t, lex) or t in ("e", "ou"):
            return []
    return []


#: Who a harm "de X" is done to, named by a word before the name ("o assassinato do jornalista X")
_PT_PEOPLE = frozenset("""jornalista jornalistas ativista ativistas activista activistas líder opositor opositores
dissidente dissidentes civil civis""".split())


def _pt_harmed_person(left: list[str], lex) -> list[tuple[int, str]]:
    """A noun of harm "de" a person named after a word of what it is (branch pt-cast42): "o assassinato do
    jornalista X", "os assassinatos dos jornalistas X e Y" (the titles, "do presidente X", are read the same)."""
    if len(left) < 3 or not (left[-1] in _PT_PEOPLE or left[-1] in lex.titles) \
            or left[-2] not in ("de", "da", "do", "das", "dos"):
        return []
    for noun in left[-4:-2][::-1]:
        if left[-2] in lex.cast_harm_nouns.get(noun, "").split("|"):
            return [(_I, f"suffers “{noun}”")]
    return []


def _pt_counted_object(left: list[str], lex) -> list[tuple[int, str]]:
    """A group counted in words after a verb of harm or injury (branch groups44): "matando sete civis", "ferindo
    três trabalhadores" (a figure is read already: "matou 12 civis")."""
    if len(left) >= 2 and left[-1] in lex.number_words and lex.cast_word_kinds.get(left[-2]) in ("harm", "hurt") \
            and (len(left) < 3 or left[-3] not in lex.cast_negations):
        return [(_I, f"suffers “{left[-2]}”")]
    return []


def _pt_called_before(left: list[str], lex) -> list[tuple[int, str]]:
    """A word of blame in the name's own phrase before it (branch pt-cast42): "o partido neonazi alemão Terceira
    Via", "o movimento fascista italiano X", "o ditador X" (up to three words back, none a preposition, an article
    or a verb between)."""
    for k in range(1, min(3, len(left)) + 1):
        word = left[-k]
        if _matches(word, lex.cast_blame_words, frozenset()) and lex.cast_word_kinds.get(word) in (None, "blame_adj"):
            return [(_A, f"called “{word}”")]  # (not a verb the stem begins: "para assassinar X"; "o terrorista X")
        if lex.cast_word_kinds.get(word) == "praise":
            return [(_P, f"called “{word}”")]  # "a corajosa X", "o herói X"
        if _matches(word, lex.cast_victim_words, frozenset()):
            return [(_I, f"called “{word}”")]  # "a vítima X"
        if word in _PT_PREPS or word in _PT_ARTICLES or word in lex.cast_negations or _pt_verb(word, lex) \
                or word in _PT_CLAUSE_OPENERS or word in ("e", "ou", "—", "–", "-"):
            return []
    return []


def _pt_apposition(after: tuple, lex) -> list[tuple[int, str]]:
    """What the name is called in a phrase set off after it (branch pt-cast42): "Mário Machado, um neo-nazi
    assumido", "Zelensky, o herói de Kiev" (an article, then the word of blame, pity or praise within two words)."""
    text, b, e, index = after
    toks = index.tokens(b, min(e, b + 200))
    if toks[:1] == [","] and toks[1:2] and _pt_role_word(toks[1], lex):
        return _pt_role_apposition(_clause(toks[1:], forward=True), lex)
    if toks[:1] != [","] or toks[1:2] == [] or toks[1] not in _PT_ARTICLES:
        return []
    for word in _clause(toks[2:], forward=True)[:2]:
        if word in lex.cast_negations or word in lex.cast_word_kinds and lex.cast_word_kinds[word] != "praise":
            return []
        if _matches(word, lex.cast_blame_words, frozenset()):
            return [(_A, f"called “{word}”")]
        if _matches(word, lex.cast_victim_words, frozenset()):
            return [(_I, f"called “{word}”")]
        if lex.cast_word_kinds.get(word) == "praise":
            return [(_P, f"called “{word}”")]
    return []


#: Nouns and adjectives that may open a phrase set off after a name before its participle ("Kursk, região russa
#: invadida pela Ucrânia", "X, cidade já bombardeada")
_PT_BEFORE_PARTICIPLE = frozenset("já também várias vários muito duramente repetidamente recentemente".split())


def _pt_labelled(after: tuple, lex) -> list[tuple[int, str]]:
    """What a phrase set off right after the name calls it or says is done to it (branch pt-cast42b): a label in
    brackets ("Daesh (organização terrorista proibida na Rússia)": a word of blame in its first three words), a
    participle of harm, blame or praise opening the phrase after a comma, past a noun of place or a nationality
    ("Kursk, região russa invadida pela Ucrânia": suffers; "X, condenado a prisão": blamed; "X, elogiado por":
    praised)."""
    text, b, e, index = after
    toks = index.tokens(b, min(e, b + 200))
    if toks[:1] == ["("]:
        for word in _clause(toks[1:], forward=True)[:3]:
            if word in lex.cast_negations:
                return []
            if _matches(word, lex.cast_blame_words, frozenset()) \
                    and lex.cast_word_kinds.get(word) in (None, "blame_adj"):  # (not a verb the stem begins)
                return [(_A, f"called “{word}”")]
        return []
    if toks[:1] != [","]:
        return []
    kinds = lex.cast_word_kinds
    words = _clause(toks[1:], forward=True)
    for k, word in enumerate(words[:4]):
        base, form = _pt_kind(word, kinds)
        if form == "pp" and base in ("harm", "hurt", "judge", "laud"):
            if base == "judge" and words[k + 1:k + 2] not in (["a"], ["à"], ["por"], ["pela"], ["pelo"], ["de"]):
                return []
            return [(_I, f"suffers “{word}”") if base in ("harm", "hurt")
                    else (_A, f"blamed “{word}”") if base == "judge" else (_P, f"praised “{word}”")]
        if not (kinds.get(word) == "place" or word in lex.nationalities or word in _PT_BEFORE_PARTICIPLE
                or k == 0 and word in _PT_ARTICLES):
            return []
    return []


#: Words that may stand between a verb and the place noun it acts on ("atingir grandes áreas dos X")
_PT_PLACE_SIZE = frozenset("grandes grande várias vários muitas muitos toda todo todas todos diversas diversos "
                           "algumas alguns duas três".split())


def _pt_place_object(left: list[str], lex) -> list[tuple[int, str]]:
    """The name owning a place that is the object of a verb of harm (branch pt-cast42b): "a Rússia bombardeou a
    região de Kherson", "as ondas de calor começaram a atingir grandes áreas dos X" (a finite verb, or an infinitive
    that goes on: "continua a bombardear a cidade de X"); not negated, not a verb only threatened ("ameaçou atacar
    a cidade de X")."""
    kinds = lex.cast_word_kinds
    if len(left) < 3 or left[-1] not in ("de", "da", "do", "das", "dos") or kinds.get(left[-2]) != "place":
        return []
    k = len(left) - 3
    while k >= 0 and (left[k] in _PT_ARTICLES or left[k] in _PT_PLACE_SIZE) and k > len(left) - 6:
        k -= 1
    if k < 0:
        return []
    base, form = _pt_kind(left[k], kinds)
    if base not in ("harm", "hurt") or k >= 1 and left[k - 1] in lex.cast_negations:
        return []
    if form == "inf" and not (k >= 2 and left[k - 1] == "a" and (kinds.get(left[k - 2]) == "going"
                                                                 or left[k - 2] in lex.cast_fillers)):
        return []
    return [(_I, f"suffers “{left[k]}”")] if form in ("", "inf") else []


_PT_KNOWN = frozenset("conhecido conhecida antigo antiga".split())


def _pt_role_word(word: str, lex) -> bool:
    """Whether ``word`` opens an apposition without an article that says what the name is: a title or a role
    ("X, líder dos …", "X, ex-líder", "X, conhecido ex-líder")."""
    return word in lex.titles or word in lex.role_nouns or word in _PT_KNOWN \
        or word.startswith("ex-") and (word[3:] in lex.titles or word[3:] in lex.role_nouns)


def _pt_role_apposition(words: list[str], lex) -> list[tuple[int, str]]:
    """A word of blame in an apposition of a title or role without an article (branch pt-cast42b): "X, conhecido
    ex-líder dos skinheads neonazis", "X, líder do grupo terrorista"; up to six words, none a verb or a negation."""
    for word in words[:6]:
        if word in lex.cast_negations or _pt_verb(word, lex) or word in _PT_CLAUSE_OPENERS:
            return []
        if _matches(word, lex.cast_blame_words, frozenset()) and lex.cast_word_kinds.get(word) in (None, "blame_adj"):
            return [(_A, f"called “{word}”")]
    return []


#: Nouns of readiness or offer whose "de X" is the one who offers ("a predisposição da Rússia para negociar")
_PT_OFFERS = frozenset("""predisposição disponibilidade disposição vontade proposta propostas sugestão apelo apelos
oferta ofertas""".split())


def _pt_peace_of(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """Peace the name offers, named by a noun of readiness or offer "de X" with peace after the name (branch
    pt-cast42b): "a predisposição da Rússia para iniciar negociações", "a proposta do Brasil de um cessar-fogo";
    not a noun denied before it ("nenhuma vontade da X de negociar", "negou qualquer vontade")."""
    if len(left) < 2 or left[-1] not in ("de", "da", "do", "das", "dos") or left[-2] not in _PT_OFFERS \
            or len(left) >= 3 and (left[-3] in lex.cast_negations or left[-3] in _PT_NONE or left[-3] == "qualquer"):
        return []
    if not right or right[0] not in ("para", "de", "a", "ao", "à"):
        return []
    for t in right[1:5]:
        if t in lex.cast_negations:
            return []
        if lex.cast_word_kinds.get(t) == "peace":
            return [(_P, f"seeks “{t}”")]
    return []


_PT_CHARGES = frozenset("críticas crítica acusações acusação condenação condenações sanções".split())


def _pt_target(right: list[str], lex) -> list[tuple[int, str]]:
    """The name made the target of a harm or of blame (branch pt-cast42b): "X foi alvo de ataques", "tem sido alvo de
    bombardeamentos": suffers; "X foi alvo de críticas": blamed (past auxiliaries, a negation gives nothing)."""
    kinds = lex.cast_word_kinds
    k = 0
    while k < len(right) and k < 4 and (kinds.get(right[k]) in ("perfect", "passive", "going")
                                        or right[k] in lex.cast_fillers or right[k] in ("sido", "o", "um")):
        k += 1
    if k == 0 or right[k:k + 1] not in (["alvo"], ["alvos"]) or right[k + 1:k + 2] not in (
            ["de"], ["da"], ["do"], ["dos"], ["das"]):
        return []
    for t in right[k + 2:k + 5]:
        if t in lex.cast_negations:
            return []
        if t in _PT_CHARGES and t != "sanções":
            return [(_A, f"blamed “{t}”")]
        if t in lex.cast_harm_nouns or kinds.get(t) in ("own", "deed"):
            return [(_I, f"suffers “{t}”")]
    return []


def _pt_set_off(after: tuple, lex) -> list[tuple[int, str]]:
    """What the name before a comma does or suffers, read past the comma (branch pt-cast42): in a relative clause
    ("Kursk, que foi ocupada pelas forças ucranianas", "a Rússia, que invadiu a Ucrânia") or past a short
    phrase of place or title set off by commas ("Derna, na Líbia, foi destruída")."""
    text, b, e, index = after
    toks = index.tokens(b, min(e, b + _CLAUSE_WINDOW))
    if toks[:1] != [","]:
        return []
    first = _clause(toks[1:], forward=True)
    if first[:1] == ["que"]:
        return _pt_predicate(first[1:], lex)
    rest = toks[len(first) + 1:]
    if not first or len(first) > 6 or rest[:1] != [","] or not (first[0] in _PT_PREPS or first[0] in _PT_ARTICLES
                                                                or first[0] in lex.titles) \
            or any(_pt_verb(t, lex) for t in first):
        return []
    clause = _clause(rest[1:], forward=True)
    return _pt_predicate(clause, lex) + _pt_most_hit([], clause, lex)  # "X, na região Y, é uma das mais afetadas"


def _pt_deed_by(left: list[str], lex) -> list[tuple[int, str]]:
    """A deed of harm done by the name after "por": "a invasão, lançada por Moscovo", "o genocídio cometido por
    Kiev", "os ataques contra a Ucrânia levados a cabo pela Rússia" (branch pt-cast42; ``left`` ends with "por")."""
    kinds = lex.cast_word_kinds
    v = len(left) - 2
    if left[-3:-1] == ["a", "cabo"] and len(left) >= 4 and left[-4].startswith("levad"):
        v = len(left) - 4  # "levado a cabo por"
    elif _pt_kind(left[v], kinds) != ("wage", "pp"):
        return []
    for noun in left[max(0, v - 6):v][::-1]:
        if noun in lex.cast_negations:
            break
        if kinds.get(noun) in ("own", "deed"):
            return [(_A, f"its “{noun}”")]
    return []


def _pt_judged_body(left: list[str], right: list[str], lex) -> list[tuple[int, str]]:
    """The name blamed or praised through its forces or government, the object of a finite verb of blame or
    praise: "Putin acusou as forças de Kiev de atirar", "elogiou o governo de Lula" (branch pt-cast42)."""
    kinds = lex.cast_word_kinds
    if len(left) < 3 or left[-1] not in ("de", "da", "do", "dos", "das") \
            or not (kinds.get(left[-2]) == "forces" or left[-2] in _PT_BODIES):
        return []
    k = 4 if left[-3] in _PT_ARTICLES else 3
    if len(left) < k:
        return []
    base, form = _pt_kind(left[-k], kinds)
    if form or base not in ("judge", "laud") or len(left) > k and left[-k - 1] in lex.cast_negations:
        return []
    return [(_A, f"blamed “{left[-k]}”") if base == "judge" else (_P, f"praised “{left[-k]}”")]


#: What a war is declared or waged on that is no one's harm: "declarou guerra à corrupção", "ao crime organizado",
#: "contra as drogas" (a common figure of speech in Portuguese news; the review of stop 42 found it gave a villain).
_PT_SCOURGES = frozenset("""corrupção crime crimes criminalidade terrorismo terror pobreza miséria fome droga drogas
narcotráfico tráfico traficantes inflação desemprego desinformação vírus pandemia doença doenças dengue mosquito
mosquitos fraude fraudes evasão sonegação máfia máfias gangues milícias plástico poluição desmatamento
desflorestação incêndios obesidade cancro câncer racismo violência""".split())
_PT_WAR_PREPS = frozenset("à ao às aos contra a o as os".split())


def _pt_war_on_a_scourge(after: list[str]) -> bool:
    """Whether the words after a deed noun name a scourge it is waged on ("à corrupção", "contra as drogas",
    "ao crime organizado"): prepositions and articles, then a word of :data:`_PT_SCOURGES`."""
    k = 0
    while k < len(after) and after[k] in _PT_WAR_PREPS:
        k += 1
    return 0 < k < len(after) and after[k] in _PT_SCOURGES


def _pt_kind(word: str, kinds: dict[str, str]) -> tuple[str, str]:
    """(verb kind, form) of a Portuguese word ("bombardeou" -> ("harm", ""), "atacada" -> ("harm", "pp")), a
    clitic object kept off ("atacou-a"; not "defendeu-se": who defends itself helps no one); ("", "") for others."""
    k = kinds.get(word)
    if k is None and "-" in word:
        verb, _, clitic = word.partition("-")
        k = kinds.get(verb) if clitic in _PT_CLITICS else None
    base, _, form = (k or "").partition("_")
    return base, form


#: A name listed before this one ("na Eslovénia, Croácia e Sérvia", "o Canadá e a Noruega"): capitalised
#: words (with "de"/"do"/"da" between), an article before it at most, then a comma or "e" up to the name
_PT_LISTED = re.compile(r"(?<![\w-])((?:[A-ZÀ-Ý][\w’'-]*)(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ý][\w’'-]*)*)"
                        r"(?:\s*\([^()]{1,40}\))?\s*(?:,|\se)\s+(?:(?:o|a|os|as)\s+)?$")


def _pt_listed(text: str, a: int, index) -> tuple[int, int] | None:
    """The first name of a list that ends with the name at ``a`` (``None`` when it is not listed)."""
    first = None
    s = index.sentence(a, a)[0]
    for _ in range(6):
        m = _PT_LISTED.search(text, max(s, a - 120), a)
        if not m:
            break
        first, a = (m.start(1), m.end(1)), m.start(1)
    return first


def _pt_acted(form: str, mode: str) -> bool:
    """Whether a verb of ``form`` after auxiliaries of ``mode`` (:func:`_pt_predicate`) is done by the subject:
    "lançou", "está a lançar", "tem lançado" (not "foi lançada", nor an infinitive alone)."""
    return form == "" and mode in ("", "going") or form == "inf" and mode in ("going", "perfect-going") \
        or form == "pp" and mode == "perfect"


def _pt_predicate(right: list[str], lex) -> list[tuple[int, str]]:
    """What the name before ``right`` does or suffers as its subject, through auxiliaries ("tem atacado", "está a
    bombardear": does; "foi atacada", "ficou destruída": suffers), and the peace it seeks or the cause it fights
    for ("está pronta para negociar", "luta pela liberdade"); a negation gives nothing."""
    kinds = lex.cast_word_kinds
    out: list[tuple[int, str]] = []
    mode, i = "", 0
    while i < len(right) and i < 6:
        t = right[i]
        if t in lex.cast_negations:
            mode = "no"
            break
        kind = kinds.get(t, "")
        if kind in ("perfect", "passive", "going"):
            mode = kind if mode != "perfect" or kind != "going" else "perfect-going"
        elif t not in lex.cast_fillers and not t.endswith("mente") \
                and not (t == "se" and i + 1 < len(right) and kinds.get(right[i + 1]) == "refuse"):
            break  # ("se recusa a dialogar": the pronoun before a refusal)
        i += 1
    if mode != "no" and i < len(right):
        t = right[i]
        base, form = _pt_kind(t, kinds)
        if form == "pp" and base in ("harm", "hurt") and mode != "perfect":
            out.append((_I, f"suffers “{t}”"))  # "foi atacada", "ficou destruída", "Odessa bombardeada"
        elif form == "pp" and base == "judge" and mode == "passive":
            out.append((_A, f"blamed “{t}”"))  # "é acusada de"
        elif form == "pp" and base == "laud" and mode == "passive":
            out.append((_P, f"praised “{t}”"))  # "foi elogiado pela coragem" (branch pt-cast42)
        elif base == "die" and mode in ("", "going"):
            out.append((_I, f"suffers “{t}”"))  # "o activista morreu" (branch pt-cast42)
        elif form == "" and base == "suffer" and mode == "":
            out.append((_I, f"suffers “{t}”"))  # "o Japão sofre com um calor recorde"
        elif form == "pp" and mode == "perfect" and base in ("harm", "help", "wrong"):
            out.append((_P if base == "help" else _A, f"does “{t}”"))  # "tem atacado"
        elif (form == "" and mode in ("", "going") or form == "inf" and mode in ("going", "perfect-going")) \
                and base in ("harm", "help", "wrong") and right[i + 1:i + 2] != ["que"] \
                and not (base == "help" and _pt_argued(right, i)):  # (not "defende a posição de": pt-cast42)
            # "está a bombardear", "atacou"; "estão a encobrir os responsáveis" (a wrong, pt-cast42b)
            out.append((_P if base == "help" else _A, f"does “{t}”"))
    # help it gives: "enviou ajuda humanitária" (not "ajuda militar")
    if mode != "no" and i < len(right) and kinds.get(right[i]) == "give":
        window = right[i + 1:i + 5]
        aid = [w for w in window if kinds.get(w) == "aid"]
        if aid and not any(kinds.get(w) == "armed" for w in right[i + 1:i + 7]):
            out.append((_P, f"does “{right[i]} {aid[0]}”"))
    # peace refused: "Kiev recusa-se a dialogar", "rejeitou as negociações"
    if mode != "no" and i < len(right) and (kinds.get(right[i]) == "refuse"):
        for t in right[i + 1:i + 5]:
            if kinds.get(t) == "peace":
                out.append((_A, f"refuses “{t}”"))
                break
    # a disaster it lives through (branch pt-cast42): "a Grécia enfrenta uma onda de calor", "vai sofrer" aside
    if mode != "no" and i < len(right):
        base, form = _pt_kind(right[i], kinds)
        if base == "face" and _pt_acted(form, mode):
            hit = _pt_disaster(right[i + 1:i + 6], lex)
            if hit:
                out.append((_I, f"suffers “{hit}”"))
    # under attack or a disaster (branch pt-cast42): "está sob uma intensa onda de calor", "ficou sob fogo"
    if mode != "no" and i < len(right) and right[i] == "sob":
        hit = _pt_disaster(right[i + 1:i + 7], lex) or next(
            (t for t in right[i + 1:i + 4] if kinds.get(t) in ("own", "deed") or t == "fogo"), None)
        if hit:
            out.append((_I, f"suffers “{hit}”"))
    # at risk (branch pt-cast42): "Espanha corre um risco extremo de incêndio", "várias áreas estão em risco"
    if mode != "no" and i < len(right) and (
            right[i] in _PT_RUNS and "risco" in right[i + 1:i + 3] and right[i + 1] in ("o", "um", "risco")
            or mode in ("passive", "going") and right[i:i + 2] in (["em", "risco"], ["em", "perigo"])):
        out.append((_I, "suffers “perigo”" if right[i + 1] == "perigo" else "suffers “risco”"))
    # a deed of harm it does (branch pt-cast42): "lançou uma ofensiva", "cometeu crimes", "está a preparar uma
    # provocação", "tem travado uma guerra"
    if mode != "no" and i < len(right):
        base, form = _pt_kind(right[i], kinds)
        if base == "wage" and _pt_acted(form, mode):
            for j in range(i + 1, min(len(right), i + 5)):
                t = right[j]
                if t in lex.cast_negations or t in _PT_PREPS or t in _PT_CLAUSE_OPENERS:
                    break  # ("declarou que a guerra …": what was said, branch pt-cast42b)
                if kinds.get(t) in ("own", "deed"):
                    if not _pt_war_on_a_scourge(right[j + 1:j + 5]):
                        out.append((_A, f"does “{right[i]} {t}”"))
                    break
    # what it seeks or fights for: "está pronta para negociar", "procura negociações", "luta pela liberdade"
    if mode != "no" and i < len(right):
        head = kinds.get(right[i])
        want = "peace" if head == "seek" else "cause" if head == "fight" else None
        if head == "fight" and right[i + 1:i + 2] not in (["por"], ["pela"], ["pelo"], ["pelos"], ["pelas"]):
            want = None
        for k, t in enumerate(right[i + 1:i + 5] if want else (), start=i + 1):
            if t in lex.cast_negations:
                break
            if kinds.get(t) == want or want == "cause" and kinds.get(t) == "peace" and t == "paz":
                out.append((_P, f"seeks “{t}”" if want == "peace" else f"does “{right[i]}”"))
                break
            war = [m for m in range(k + 1, min(k + 4, len(right))) if right[m] in _PT_WAR]
            if want == "peace" and t in _PT_ENDING:  # "pronto para interromper a guerra" (branch pt-cast42; the
                if war:  # end of anything else is no peace: "pronto para interromper as negociações")
                    out.append((_P, f"seeks “{' '.join(right[k:war[0] + 1])}”"))
                break
    return out


def _pt_items(items: list[tuple[int, str]], left: list[str], right: list[str], lex,
              where: tuple | None = None, after: tuple | None = None) -> list[tuple[int, str]]:
    """Portuguese items read with whole word forms (``lex.cast_word_kinds``, branch pt-cast48), added to the
    stem reading's ``items``: the verb after an auxiliary ("tem atacado", "está a bombardear": does; "foi
    atacada", "ficou destruída", "Odessa bombardeada": suffers), the agent after "por" ("atacada pela Rússia"),
    the object of a verb of harm or blame ("o fogo destruiu o Pantanal", "acusou a Ucrânia de"), what it is called
    that praises it ("é um herói"); a noun of harm "de X" followed by its target ("a agressão da Rússia à Moldávia")
    or after "por parte de" is X's own harm. A negation gives nothing. Branch pt-cast42 adds deeds of harm ("lançou
    uma ofensiva"), what is done or said past a comma (``after``: ``(text, end of the name, end of its sentence,
    index)``), disasters a place lives through, the worst hit, and what the name's own phrase calls it."""
    kinds = lex.cast_word_kinds
    # a number swallows the comma after it ("em 2023, mas a Holanda …"): the clause ends there
    cut = [k for k, t in enumerate(left) if t[0].isdigit() and t[-1] in ",."]
    left = left[cut[-1] + 1:] if cut else left
    cut = [k for k, t in enumerate(right) if t[0].isdigit() and t[-1] in ",."]
    right = right[:cut[0] + 1] if cut else right
    # a condition ("caso a Rússia ataque", "se Pequim instalar"; not "o caso", "X se afoga"), also before a phrase in
    # quotes ("caso ocorra um “lançamento massivo” de ataques contra a X"; fix43)
    before = _pt_before_clause(where, left) if where is not None else []
    whole = _pt_past_quotes(before, left)
    if any(t == "caso" and (k == 0 or kinds.get(whole[k - 1]) != "det")
           or t == "se" and whole[k + 1:k + 2] in ([], ["o"], ["a"], ["os"], ["as"]) for k, t in enumerate(whole)):
        return []
    out = list(items)
    left_all = left
    # a name in a phrase of place or of harm is not the subject of the verb after the phrase ("o ataque nos
    # arredores de Moscovo matou dezenas", "os bombardeamentos contra Kiev mataram"; but "o exército da Rússia
    # atacou" is Russia's doing)
    last = left[-1] if left else ""
    # (past an adjective of a land: "a invasão russa da Geórgia matou milhares" is no killing by Georgia; fix43)
    owner = left[-3] if len(left) >= 3 and left[-2] in lex.nationalities else left[-2] if len(left) >= 2 else ""
    if last in _PT_NOT_SUBJECT or last in ("de", "da", "do", "das", "dos") and len(left) >= 2 and (
            kinds.get(owner) == "place" or owner in lex.cast_harm_nouns):
        out = [x for x in out if not (x[0] in (_A, _P) and x[1].startswith("does “"))]
    # (not when a verb unknown here follows: "bombardeou Kharkiv e Zelensky pediu ajuda" opens a new clause)
    if where is not None and (not left or left[-1] in ("e", "o", "a", "os", "as")) \
            and (not right or right[0] in ("e", "ou") or right[0] in _PT_PREPS):
        text, a, index, reread = where
        first = _pt_listed(text, a, index)
        if first is not None:  # a name listed after another shares what is done to the first
            # (the first name is read without its own list: a list of more names than _pt_listed goes back over
            # would read back to the sentence's start once per name, and past the recursion limit; review48)
            out += [x for x in reread(text, first[0], first[1], lex, index, listed=False) if x[0] != _P]
    last = left[-1] if left else ""
    # the name is a subject (no preposition before it): what it does, also in a second predicate after "e"
    # ("Kiev não reconhece os resultados e continua a bombardear o território")
    # (also when the name owns a place that is the subject: "várias cidades da Polónia sofreram")
    if last not in _PT_PREPS or last in ("de", "da", "do", "dos", "das") and len(left) >= 2 \
            and kinds.get(left[-2]) == "place" and (len(left) == 2 or left[-3] not in _PT_PREPS):
        out += _pt_predicate(right, lex)
        out += _pt_target(right, lex)
        if "e" in right[1:12]:
            out += _pt_predicate(right[right.index("e", 1) + 1:], lex)
        if not right and after is not None and left[-1:] not in (["segundo"], ["conforme"]):
            out += _pt_set_off(after, lex)
        out += _pt_joined_subject(left, right, lex)
    if after is not None:
        out += _pt_fronted_place(left, right, after, lex)
    out += _pt_most_hit(left, right, lex)
    out += _pt_harmed_place(left, right, lex)
    out += _pt_harmed_person(left, lex)
    out += _pt_counted_object(left, lex)
    out += _pt_place_object(left, lex)
    out += _pt_peace_of(left, right, lex)
    out += _pt_called_before(left, lex)
    if not right and after is not None:
        out += _pt_apposition(after, lex)
        out += _pt_labelled(after, lex)
    # what is said of it: "é um herói"
    k = 0
    while k < len(right) and k < 3 and right[k] in lex.cast_copulas:
        k += 1
    for n, word in enumerate(right[k:k + 2] if k > 0 else ()):
        if word in lex.cast_negations:
            break
        if kinds.get(word) == "praise":
            out.append((_P, f"called “{word}”"))
            break
        if word == "responsável" and right[k + n + 1:k + n + 2] in (["pela"], ["pelo"], ["pelos"], ["pelas"]):
            out.append((_A, f"called “{word}”"))  # "é o grande responsável pela crise"
            break
    # "na região de Poltava", "o litoral de Santa Catarina": the place noun stands for the name
    if len(left) >= 3 and last in ("de", "da", "do") and kinds.get(left[-2]) == "place" and left[-3] != "por":
        left = left[:-2]
        last = left[-1]
        for j in range(2, min(5, len(left)) + 1):
            preps = lex.cast_harm_nouns.get(left[-j])
            if preps is not None and last in preps.split("|"):
                out.append((_I, f"suffers “{left[-j]}”"))  # "a ofensiva contra a região de Poltava"
                break
    # "uma campanha criminosa aberta contra a Rússia": the article after "contra"
    if len(left) >= 3 and last in _PT_ARTICLES and left[-2] == "contra":
        for noun in left[-6:-2][::-1]:
            if "contra" in lex.cast_harm_nouns.get(noun, "").split("|"):
                out.append((_I, f"suffers “{noun}”"))
                break
    # "as ameaças da Rússia", "o regime criminoso de Zelensky": its own harm, what it is called
    if len(left) >= 2 and last in ("de", "da", "do", "das", "dos"):
        for noun in left[-3:-1][::-1]:
            if kinds.get(noun) == "own":
                out.append((_A, f"its “{noun}”"))
                break
            if noun in lex.cast_blame_nouns:
                out.append((_A, f"called “{noun}”"))
                break
        else:
            adj = [w for w in left[-3:-1] if kinds.get(w) == "blame_adj"]
            if adj:
                out.append((_A, f"called “{adj[-1]}”"))
    # what is done to it: the object of a finite verb of harm or blame ("acusando o presidente X": past a title),
    # or the agent of a participle
    while len(left) > 1 and left[-1] in lex.titles:
        left = left[:-1]
    last = left[-1] if left else ""
    j = 2 if last in _PT_ARTICLES or last == "contra" else 1
    if last in ("ao", "aos", "à", "às") and len(left) >= 2 and _pt_kind(left[-2], kinds)[0] == "laud":
        j = 2  # "agradeceu aos Estados Unidos" (branch pt-cast42)
    # "culparam imediatamente os EUA", "acusou ainda Orbán de" (branch pt-cast42: an adverb of time too)
    while len(left) > j and (left[-j].endswith("mente") or left[-j] in _PT_ADVERBS):
        left = left[:-j] + left[-j + 1:] if j > 1 else left[:-1]
    # "acusou na terça-feira a Comissão de …", "criticou esta segunda-feira o X" (branch pt-cast42b: a day between)
    if len(left) > j + 1 and _pt_day(left[-j]) and left[-j - 1] in _PT_DAY_BEFORE:
        left = left[:-j - 1] + left[-j + 1:] if j > 1 else left[:-2]
    if len(left) >= j:
        verb = left[-j]
        base, form = _pt_kind(verb, kinds)
        aux = left[-j - 1] if len(left) > j else ""
        # "os bombardeamentos que têm assolado a Ucrânia", "depois de ter invadido a Ucrânia" (branch pt-cast42)
        perfect = form == "pp" and kinds.get(aux) == "perfect"
        if perfect:
            form, aux = "", left[-j - 2] if len(left) > j + 1 else ""
        negated = aux in lex.cast_negations
        if not negated and form == "" and base in ("harm", "hurt"):
            out.append((_I, f"suffers “{verb}”"))
        elif not negated and form == "" and base in ("judge", "laud") and last != "contra" \
                and (len(left) > j or right[:1] == ["de"]):
            # "a Rússia acusou a Ucrânia de …", "elogiou os bombeiros" (not '«…», acusou Lavrov')
            out.append((_A, f"blamed “{verb}”") if base == "judge" else (_P, f"praised “{verb}”"))
    out += _pt_judged_body(left, right, lex)
    if last in _PT_AGENT and len(left) >= 2:
        base, form = _pt_kind(left[-2], kinds)
        if form == "pp" and base in ("harm", "help"):
            out.append((_A if base == "harm" else _P, f"does “{left[-2]}”"))  # "atacada pela Rússia"
        out += _pt_deed_by(left, lex)
    # "a invasão da Rússia" is as often Russia's own invasion as one it suffers (3 of 7 suffered on folds 1-4):
    # suffered only with its agent named ("pela Rússia") or an adjective between ("a invasão russa da Ucrânia")
    if len(left) >= 2 and left[-2] in _PT_EITHER_WAY and last in ("de", "da", "do") \
            and not (right[:1] and (right[0] in _PT_AGENT or right[0] in _PT_OBJECT_AFTER)):
        out = [x for x in out if x != (_I, f"suffers “{left[-2]}”")]
    # an infinitive tells no fact ("ameaçou atacar o Ocidente", "o direito de invadir X"), unless it goes on
    # ("voltou a atacar X", "continua a bombardear X")
    if len(left) >= j and _pt_kind(left[-j], kinds)[1] == "inf" and not (
            left[-j - 1:-j] == ["a"] and len(left) > j + 1
            and (kinds.get(left[-j - 2]) == "going" or left[-j - 2] in lex.cast_fillers)):
        out = [x for x in out if x != (_I, f"suffers “{left[-j]}”")]
    # "a agressão da Rússia à Moldávia", "genocídio por parte de Belgrado": the harm is the name's own
    if last in ("de", "da", "do", "das", "dos") and (right[:1] and right[0] in _PT_OBJECT_AFTER
                                                     or left[-3:-1] == ["por", "parte"]
                                                     or len(left) >= 3 and kinds.get(left[-2]) == "forces"):
        own = [(r, c) for r, c in out if r == _I and c.startswith("suffers “")
               and c[len("suffers “"):-1] in lex.cast_harm_nouns]
        out = [x for x in out if x not in own] + [(_A, "its “" + c[len("suffers “"):]) for _, c in own]
    # "defende a posição da Ucrânia", "defendeu a proposta": an idea argued for, no one defended (branch pt-cast42)
    out = [x for x in out if not (x[0] == _P and x[1].startswith("does “defend") and x[1][6:-1] in right
                                  and _pt_argued(right, right.index(x[1][6:-1])))]
    # "Canoas vê inundação alastrar e evacua hospital": a town moves its own people out of harm (fix43)
    rescue = [x for x in out if x[0] == _P and x[1].startswith(_PT_RESCUE)]
    if rescue and where is not None and after is not None and _pt_town(where[0], where[1], after[1]):
        out = [x for x in out if x not in rescue]
    # "a Rússia atacará Kiev", "bombardearia": a verb of the stems (``CAST_HARM_VERBS``: "atacar", "bombarde") in the
    # future or the conditional foretells or supposes, it tells no fact (as the word kinds list none; fix43)
    out = [x for x in out
           if not (x[1].startswith(("does “", "suffers “")) and _pt_foretold(x[1].split("“")[1][:-1], lex))]
    return [x for x in out if not _pt_denied(x, left_all, lex, _pt_before_aside(before))]


def _pt_foretold(word: str, lex) -> bool:
    """Whether ``word``, a form of the verb stems (``CAST_HARM_VERBS``, ``CAST_HELP_VERBS``), is in the future or
    the conditional (:func:`_pt_future`, "bombardearia", "atacariam"; not a noun: "artilharia")."""
    return (_pt_future(word) or len(word) > 6 and word.endswith(("aria", "eria", "iria", "ariam", "eriam", "iriam"))) \
        and any(_matches(word, stems, frozenset()) for stems in (lex.cast_harm_verbs, lex.cast_help_verbs))


_PT_QUOTES = frozenset('"«»“”„')


def _pt_before_clause(where: tuple, left: list[str]) -> list[str]:
    """The words of the name's sentence before ``left``, its clause (``where``: ``(text, start of the name,
    index, the reader)``), as :func:`_lexical_items` reads them."""
    text, a, index = where[:3]
    raw = index.tokens(max(index.sentence(a, a)[0], a - _CLAUSE_WINDOW), a)
    return raw[:len(raw) - len(left)]


def _pt_past_quotes(before: list[str], left: list[str]) -> list[str]:
    """``left`` (the words of the name's clause before it) with the words ``before`` it back to the clause's real
    start when a quote mark cut it: a phrase in quotes ("um “lançamento massivo” de ataques") ends no clause. The
    quote marks are left out; ``left`` unchanged when no quote mark cut it."""
    if not before or before[-1] not in _PT_QUOTES:
        return left
    out: list[str] = []
    for t in reversed(before):
        if t in _CLAUSE_END and t not in _PT_QUOTES or t[0].isdigit() and t[-1] in ",.":
            break
        if t not in _PT_QUOTES:
            out.append(t)
    return out[::-1] + left


def _pt_before_aside(raw: list[str]) -> list[str]:
    """The words ``raw`` of the sentence before the name's clause (:func:`_pt_before_clause`), short of an aside
    set off by commas that the clause opens after ("após o início, em fevereiro de 2022, da invasão russa da X":
    [..., "após", "o", "início"]; a number swallows the comma after it); ``[]`` when the clause opens otherwise.
    (:func:`_pt_denied` reads it only where the clause goes on the phrase before the aside: "… início, em 2022, da
    invasão", not "Depois, em 2022, a invasão".)"""
    if not raw or not raw[-1].endswith(","):
        return []
    return next((raw[:n] for n in range(len(raw) - 2, max(-1, len(raw) - 9), -1) if raw[n] == ","), [])


#: Rescue and shelter ("evacua", "resgatou", "socorreu", "salvou", "abriga", "acolheu"): a hero's deed for others,
#: not when the one said to do it is a stricken town (:func:`_pt_town`)
_PT_RESCUE = tuple("does “" + stem for stem in "evacu resgat socorr salv abrig acolh".split())
#: Nouns that name a town before "de X" ("a cidade de Canoas", "o município de X"); not "região", "capital", "centro"
#: (the region or capital "de X" is a country's as often)
_PT_TOWN = re.compile(r"(?<!\w)(?:cidade|município|municipio|vila|aldeia|localidade|concelho)\s+d[eoa]\s+",
                      re.IGNORECASE)


def _pt_town(text: str, a: int, b: int) -> bool:
    """Whether the article calls the name at ``text[a:b]`` a town anywhere ("a cidade de Canoas", "o município de
    X"): a town does not rescue, it is evacuated (fix43: "Canoas vê inundação alastrar e evacua hospital", a flooded
    city, was read a hero); whoever rescues there (the firefighters, the civil defence) is the hero."""
    name = text[a:b]
    return any(text.startswith(name, m.end()) and not _word_char(text[m.end() + len(name):][:1] or " ")
               for m in _PT_TOWN.finditer(text))


#: Words that deny a noun of harm before it ("não houve incêndios na X", "nenhum ataque contra X")
_PT_NONE = frozenset("nenhum nenhuma nenhuns nenhumas sem".split())
#: A war named only to date something ("desde a invasão da Ucrânia", "muito antes da invasão total da X", "após o
#: início da ocupação"): background, not what the article tells of the name
_PT_DATING = frozenset("desde antes após depois início começo aquando".split())
_PT_WAR_NOUNS = frozenset("invasão ocupação anexação guerra".split())


def _pt_future(word: str) -> bool:
    """Whether ``word`` is a verb in the future or a common conditional ("terminará", "serão", "seria"): what is
    foretold or supposed is no fact."""
    return len(word) > 4 and word.endswith(("ará", "erá", "irá", "arão", "erão", "irão")) \
        or word in ("será", "serão", "seria", "seriam", "iria", "iriam", "haveria")


def _pt_denied(item: tuple[int, str], left: list[str], lex, aside: list[str] | None = None) -> bool:
    """Whether an item read from a word before the name (a noun of harm "de/na/contra/por X", a participle "por X",
    a verb whose object the name is) is denied or only dates something (branch pt-cast42b): a negation between that
    word and the name ("a ofensiva não foi lançada por Moscovo", "os incêndios não devastaram nada na Grécia") or
    just before the word ("não houve incêndios na X", "nenhum ataque contra X"); a noun of harm after a modal, a
    future or a conditional ("poderá levar à destruição da X"); a war after a word of time ("desde a invasão da
    Ucrânia pela Rússia"), also one before a date set off by commas (``aside``: :func:`_pt_before_aside`)."""
    cue = item[1].split("“", 1)[-1].split("”", 1)[0]
    if " " in cue or cue not in left[-8:]:
        return False
    k = len(left) - 1 - left[::-1].index(cue)
    # ("os incêndios não só na X como no Y": no denial)
    denied = [n for n, t in enumerate(left) if (t in lex.cast_negations or t in _PT_NONE)
              and left[n + 1:n + 2] not in (["só"], ["apenas"], ["somente"])]
    if any(n > k or k - 2 <= n < k for n in denied):
        return True
    if cue in lex.cast_harm_nouns and item[1].startswith(("suffers “", "its “")) \
            and any(t in _PT_MAYBE and t not in ("se", "caso") or _pt_future(t) for t in left[:k]):
        return True  # "a escalada poderá levar à destruição da X", "terminará com a destruição da X": not yet
    # ("após o início, em fevereiro de 2022, da invasão da X": the word of time before the aside; fix43)
    return cue in _PT_WAR_NOUNS and (any(t in _PT_DATING for t in left[max(0, k - 4):k])
                                     or k == 1 and left[0] in ("de", "da", "do") and any(t in _PT_DATING for t
                                                                                         in (aside or [])[-4:]))


#: What is argued for, not protected, after "defender": "defende a posição de X", "defendeu a proposta"
_PT_ARGUED = frozenset("""posição posições ideia ideias proposta propostas tese teses necessidade uso política
políticas medida medidas criação adoção expansão ponto opção solução abordagem estratégia""".split())


def _pt_argued(right: list[str], k: int) -> bool:
    """Whether the verb ``right[k]`` ("defende") has an idea argued for as its object (past an article)."""
    rest = right[k + 1:]
    rest = rest[1:] if rest[:1] and rest[0] in _PT_ARTICLES else rest
    return bool(rest) and rest[0] in _PT_ARGUED
