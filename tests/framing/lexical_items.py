"""The cast evidence of a name read without a parse (``cast_evidence.lexical_evidence``), as the tests of each
language read it: ``reader("ru")("Россия атаковала Украину.", "Украину")`` gives the (hero, villain, victim) items of
the first occurrence of the name."""
from narrascope.models.cast_evidence import lexical_evidence

NONE = ((), (), ())


def reader(lang: str):
    """A function ``(text, name) -> items`` for texts in ``lang``."""
    def read(text: str, name: str):
        i = text.index(name)
        return lexical_evidence(text, i, i + len(name), (), lang)

    return read
