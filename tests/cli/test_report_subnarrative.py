"""A sub-narrative read from the cast (not predicted by the classifier) is shown without a score of its own, with
``--all`` only: what the cast adds is never shown by default (narratives MODEL_CARD.md, precision at display)."""
from rich.console import Console

from narrascope import load_pipeline, read_text
from narrascope.report import SHOW_ALL, narratives


def test_sub_narrative_from_the_cast_has_no_zero_score():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "examples" / "nato_expansion.txt").read_text(encoding="utf-8")
    a = load_pipeline()(read_text(text))
    zero = [f for f in a.narratives.fine if f.score == 0]
    assert zero, "the example's blame narrative is read at its cast's sub-narrative"
    token = SHOW_ALL.set(True)
    try:
        console = Console(width=200, record=True)
        console.print(narratives(a))
        out = console.export_text()
    finally:
        SHOW_ALL.reset(token)
    assert "(from the cast)" in out and " 0.00" not in out, out
    assert "low confidence" in out, out
    console = Console(width=200, record=True)
    console.print(narratives(a))
    assert "(from the cast)" not in console.export_text()  # the default view hides it
