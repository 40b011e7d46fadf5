"""Portuguese lexicon (European and Brazilian). Forms are listed as used in news."""
from __future__ import annotations

__all__ = ["QUOTE_MARKS", "REPORTING_VERBS", "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES",
           "CURRENCIES", "TITLES", "PRONOUNS", "COMPLEMENTIZERS", "PERCENT_WORDS", "SOURCE_VERBS_AFTER",
           "ROLE_NOUNS", "FRACTION_WORDS", "ABBREVIATIONS"]

QUOTE_MARKS = frozenset('“"«‘')
REPORTING_VERBS = frozenset("""
dizer afirmar declarar anunciar acrescentar sublinhar salientar referir explicar garantir alertar defender
considerar adiantar assegurar frisar admitir acusar negar escrever avisar insistir reconhecer destacar
""".split())
REPORTING_FORMS = frozenset("""
disse disseram diz dizem afirmou afirmaram afirma declarou declararam declara anunciou anunciaram acrescentou
acrescentaram sublinhou salientou referiu explicou garantiu alertou defendeu considerou adiantou assegurou
frisou admitiu acusou negou escreveu avisou insistiu reconheceu destacou afirmara dissera referiu indicou
reforçou questionou concluiu lembrou prometeu respondeu comentou observou ressaltou informou revelou apontou
contou relatou acrescenta sublinha salienta garante alerta defende considera adianta assegura reconhece
destaca explica refere frisa admite acusa nega escreve avisa insiste lembra ameaçou advertiu criticou
lamentou lamenta desabafou desabafa apelou pediu reagiu questiona critica
""".split())
SOURCE_PHRASES = ("segundo", "de acordo com", "conforme", "citado por", "nas palavras de", "na opinião de",
                  "segundo ele", "segundo ela", "de acordo com ele", "de acordo com ela")
MONTHS = {m: i for i, names in enumerate((
    "janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun", "julho jul",
    "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"), 1) for m in names.split()}
NUMBER_SCALES = {"mil": 10**3, "milhão": 10**6, "milhões": 10**6, "milhao": 10**6, "milhoes": 10**6,
                 "mil milhões": 10**9, "bilião": 10**12, "biliões": 10**12, "bilhão": 10**9, "bilhões": 10**9}
CURRENCIES = frozenset("$ € £ r$ us$ dólar dólares euro euros real reais libra libras rublo rublos".split())
TITLES = frozenset("""
presidente primeiro-ministro ministro ministra chanceler secretário secretária porta-voz embaixador
embaixadora general comandante líder diretor diretora governador governadora prefeito deputado deputada
senador senadora chefe ex-presidente antigo antiga negócios estrangeiros defesa
""".split())

PRONOUNS = {"ele": "m", "ela": "f", "eles": "", "elas": "f"}
COMPLEMENTIZERS = frozenset({"que"})
PERCENT_WORDS = frozenset({"%", "por cento", "pontos percentuais"})
SOURCE_VERBS_AFTER = frozenset({"diz", "dizem", "afirma", "indica", "revela", "aponta", "conclui", "estima"})
ROLE_NOUNS = frozenset("""
responsável governante dirigente bastonário investigador investigadora economista analista especialista
professor professora cientista diplomata embaixador embaixadora ministro ministra presidente porta-voz
deputado deputada jornalista chanceler pesquisador pesquisadora demógrafo demógrafa
""".split())
FRACTION_WORDS = frozenset("""
metade terço terços quarto dobro triplo
""".split())
ABBREVIATIONS = frozenset("dr dra prof profa sr sra eng".split())
