"""Sentences of hard-wrapped text: a line break inside a wrapped paragraph is not a sentence end."""
from __future__ import annotations

from narrascope import analyze
from narrascope.analysers.spacy_parse import unwrap

WRAPPED = (
    "Grain corridor talks stall as Kyiv accuses Moscow\n\nBy Staff Writer\n\n"
    "Ukraine's foreign ministry said on Tuesday that Russia had blocked three\n"
    "cargo ships carrying wheat in the Black Sea, calling the move a deliberate\n"
    "attempt to starve importing countries. Officials in Moscow denied the\n"
    "charge and said the vessels had failed inspections.\n\n"
    "The United Nations urged both sides to return to the talks in Istanbul,\n"
    "where negotiators from Turkey have tried for months to revive the\n"
    "agreement. Prices for wheat rose by 4 percent after the announcement.\n"
)

ONE_PARAGRAPH_PER_LINE = (
    "Wheat prices rise after ships are blocked\n"
    "Ukraine said Russia had blocked three cargo ships carrying wheat in the Black Sea on Tuesday.\n"
    "Officials in Moscow denied the charge and said the vessels had failed their inspections.\n"
    "The United Nations urged both sides to return to the talks in Istanbul without delay.\n"
    "Traders in Chicago said prices rose by four percent\n"
    "Egypt warned that the delay would hurt families who depend on bread\n"
)


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in analyze(text).sentences]


def test_a_wrapped_paragraph_is_read_as_sentences_not_lines():
    sents = _sentences(WRAPPED)
    assert sents[:2] == ["Grain corridor talks stall as Kyiv accuses Moscow", "By Staff Writer"]
    assert ("Ukraine's foreign ministry said on Tuesday that Russia had blocked three\ncargo ships carrying "
            "wheat in the Black Sea, calling the move a deliberate\nattempt to starve importing countries.") in sents
    assert "Officials in Moscow denied the\ncharge and said the vessels had failed inspections." in sents
    assert len(sents) == 6


def test_unwrapping_keeps_every_offset_and_every_paragraph_break():
    flat = unwrap(WRAPPED)
    assert len(flat) == len(WRAPPED)
    assert [i for i, (a, b) in enumerate(zip(flat, WRAPPED)) if a != b] == \
        [i for i, c in enumerate(WRAPPED) if c == "\n" and WRAPPED[i - 1] not in ".\n" and WRAPPED[i + 1] != "\n"
         and i > WRAPPED.index("By Staff")]
    assert "\n\n" in flat and flat.startswith("Grain corridor talks stall as Kyiv accuses Moscow\n")


def test_text_with_a_paragraph_per_line_keeps_its_line_breaks():
    # Lines without a full stop (headlines, captions) are not wrapping when the lines are long and most end one.
    assert unwrap(ONE_PARAGRAPH_PER_LINE) == ONE_PARAGRAPH_PER_LINE
    assert len(_sentences(ONE_PARAGRAPH_PER_LINE)) == 6


def test_crlf_wrapped_text_is_unwrapped_too():
    crlf = WRAPPED.replace("\n", "\r\n")
    flat = unwrap(crlf)
    assert len(flat) == len(crlf) and "three  cargo" in flat and "\r\n\r\n" in flat
