"""Precision at display: the cut-off above which shown labels reach the target precision, checked out of fold."""
from __future__ import annotations

import numpy as np

from narrascope.models.persuasion_model import NEVER, display_cut, display_cuts


def test_display_cut_is_the_lowest_cut_reaching_the_target():
    rng = np.random.RandomState(0)
    scores = rng.rand(2000)
    y = (rng.rand(2000) < scores).astype(np.int8)  # precision above a cut c is about (1 + c) / 2
    cut = display_cut(scores, y, base=0.0, target=0.8)
    assert 0.5 < cut < 0.7
    above = scores >= cut
    assert y[above].mean() >= 0.8
    # never below the F1 threshold, and off when the target cannot be reached
    assert display_cut(scores, y, base=0.9, target=0.8) >= 0.9
    assert display_cut(scores, np.zeros_like(y), base=0.0, target=0.5) == NEVER


def test_display_cuts_switch_off_a_technique_that_fails_out_of_fold():
    rng = np.random.RandomState(1)
    n = 3000
    good = rng.rand(n)
    y = np.stack([(rng.rand(n) < good).astype(np.int8), (rng.rand(n) < 0.05).astype(np.int8)], axis=1)
    scores = np.stack([good, rng.rand(n)], axis=1)  # the second column is noise
    folds = np.arange(n) % 3
    cuts, report = display_cuts(y, scores, np.zeros(2), 0.6, folds, ["a", "b"])
    assert cuts[0] < NEVER and cuts[1] == NEVER
    assert report["precision"] >= 0.55 and report["per_technique"]["a"]["shown"] > 100


def test_shown_labels_and_spans_agree():
    """A shown span supports a shown label of its paragraph; a hidden label hides its spans."""
    from narrascope.analysers.persuasion import load_tagger

    text = ("Once again the corrupt clique at city hall has shown its utter contempt for ordinary taxpayers.\n\n"
            "These arrogant bureaucrats squandered millions of our hard-earned money on a monstrous waste.\n")
    res = load_tagger(language="en").analyse(text)
    for p in res.paragraphs:
        shown = {t.label for t in p.techniques if t.shown}
        for s in res.spans:
            if p.start <= s.start < p.end and s.shown:
                assert s.technique in shown


def test_spans_shown_only_above_their_techniques_span_cut_off():
    """Span precision at display (``span_display.json`` of each model folder, chosen out of fold by
    ``research/span_display.py``): a span is shown by default only when it is a tagged span (not a
    paragraph-level fallback) scoring at least its technique's cut-off; a technique without a cut-off shows its
    paragraph label but no span. Russian spans were technique-right under 0.2 at every cut-off: none shown."""
    import json
    from pathlib import Path

    from narrascope.analysers.persuasion import load_tagger
    from narrascope.models import model_dir

    en = load_tagger(language="en")
    cuts = json.loads((Path(model_dir("persuasion")) / "span_display.json").read_text("utf-8"))["cutoffs"]
    assert en.model.span_display_ == cuts and cuts
    text = ("Once again the corrupt clique at city hall has shown its utter contempt for ordinary taxpayers.\n\n"
            "These arrogant bureaucrats squandered millions of our hard-earned money on a monstrous waste.\n")
    pred = en.model.predict_article(text, __import__("narrascope.models.technique_model", fromlist=["x"])
                                    .split_paragraphs(text))
    assert pred.spans
    for h in pred.spans:
        tech = en.model.techniques_[h.technique]
        if h.shown:
            assert not h.fallback and tech in cuts and h.score >= cuts[tech]
    ru = load_tagger(language="ru")
    assert ru.model.span_display_ == {}
    res = ru.analyse("Киевский режим снова лжет, а западные кукловоды цинично молчат.\n\n"
                     "Эти так называемые эксперты никогда не скажут правду о провале.\n")
    assert not any(s.shown for s in res.spans)
