"""Portuguese lexicon (European and Brazilian). Forms are listed as used in news."""
from __future__ import annotations

__all__ = ["QUOTE_MARKS", "REPORTING_VERBS", "REPORTING_FORMS", "SOURCE_PHRASES", "MONTHS", "NUMBER_SCALES",
           "CURRENCIES", "TITLES"]

QUOTE_MARKS = frozenset('“"«‘')
REPORTING_VERBS = frozenset("""
dizer afirmar declarar anunciar acrescentar sublinhar salientar referir explicar garantir alertar defender
considerar adiantar assegurar frisar admitir acusar negar escrever avisar insistir reconhecer destacar
""".split())
REPORTING_FORMS = frozenset("""
disse disseram diz dizem afirmou afirmaram afirma declarou declararam declara anunciou anunciaram acrescentou
acrescentaram sublinhou salientou referiu explicou garantiu alertou defendeu considerou adiantou assegurou
frisou admitiu acusou negou escreveu avisou insistiu reconheceu destacou afirmara dissera
""".split())
SOURCE_PHRASES = ("segundo", "de acordo com", "conforme", "citado por", "nas palavras de", "na opinião de",
                  "para")
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
