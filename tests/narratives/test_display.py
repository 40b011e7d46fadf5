"""Precision at display for narratives (issue 20): a label is shown when its score clears its language's cut-off
(``models/narratives/display.json``, chosen out of fold), a sub-narrative only under a shown narrative, a
candidate the cast adds never; the explanation and the stance follow a shown narrative; a language without a
measured policy shows none and says so. The fold-0 precision of what is shown is pinned in ``test_gate.py``."""
from pathlib import Path

from narrascope import read_path, read_text
from narrascope.analysers.narratives import display_policy, label_shown, mark_shown, measured, parent_label
from narrascope.display import shown_only
from narrascope.schema import NarrativeLabel, Narratives

ROOT = Path(__file__).resolve().parents[2]
BLAME = "URW: Blaming the war on others rather than the invader"
POLICY = {"cutoffs": {"EN": {"coarse": 0.3, "fine": 0.2}, "HI": {"coarse": 0.4, "fine": None}}}


def _labels():
    return Narratives(domain="URW", domain_score=0.9, coarse=[
        NarrativeLabel(label="URW: Discrediting Ukraine", score=0.5),
        NarrativeLabel(label=BLAME, score=0.29),
    ], fine=[
        NarrativeLabel(label="URW: Discrediting Ukraine: Ukraine is a puppet of the West", score=0.25),
        NarrativeLabel(label="URW: Discrediting Ukraine: Other", score=0.1),
        NarrativeLabel(label=BLAME + ": The West are the aggressors", score=0.9),
    ])


def test_a_label_is_shown_at_its_languages_cut_off_and_a_sub_narrative_only_under_a_shown_one():
    nar = mark_shown(_labels(), "en", POLICY)
    assert [c.shown for c in nar.coarse] == [True, False]
    # 0.25 >= 0.2 under a shown narrative; 0.1 under it is not; 0.9 under a hidden narrative is not
    assert [f.shown for f in nar.fine] == [True, False, False]
    hi = mark_shown(_labels(), "hi", POLICY)  # Hindi: narratives at 0.4, no sub-narrative reaches the target
    assert [c.shown for c in hi.coarse] == [True, False] and not any(f.shown for f in hi.fine)
    de = mark_shown(_labels(), "de", POLICY)  # not measured: nothing shown
    assert not any(x.shown for x in de.coarse + de.fine)
    assert parent_label(BLAME + ": The West are the aggressors") == BLAME and parent_label(BLAME) == BLAME
    assert parent_label("Other") == "Other"


def test_the_shipped_policy_covers_the_five_languages_and_states_its_targets():
    policy = display_policy()
    assert set(policy["cutoffs"]) == {"BG", "EN", "HI", "PT", "RU"}
    assert policy["targets"] == {"coarse": 0.6, "fine": 0.5}
    assert all(measured(lang) for lang in ("bg", "en", "hi", "pt", "ru")) and not measured("de")
    assert label_shown(BLAME, 0.99, "en") and not label_shown(BLAME, 0.0, "en")


def test_an_unmeasured_language_shows_no_narrative_and_says_so(pipeline):
    a = pipeline(read_text("Russland greift die Ukraine an\n\nDie russische Armee hat am Dienstag erneut Kiew mit "
                           "Raketen angegriffen. Die NATO verurteilte den Angriff und versprach mehr Hilfe. Präsident "
                           "Selenskyj sagte, der Westen müsse mehr tun.\n"))
    assert a.article.language == "de"
    assert a.narratives.coarse and not any(c.shown for c in a.narratives.coarse + a.narratives.fine)
    assert any(w.startswith("narratives: not shown for language 'de'") for w in a.warnings), a.warnings
    view = shown_only(a)
    assert view.narratives.coarse == [] and view.explanation is None
    assert view.links is None or (view.links.narrative is None and view.links.stance == [])
    assert a.explanation is not None  # the JSON keeps it, with the label it explains marked not shown


def test_a_candidate_the_cast_adds_is_kept_but_not_shown_and_the_dominant_narrative_is_shown(pipeline):
    """The example's blame narrative is scored 0.175 by the classifier and added by its cast (NATO and the United
    States villains, Ukraine a victim): it stays second in the ranking, marked not shown, because such candidates
    were right 31 times in 104 out of fold; the explanation and the stance read the best supported shown one. In
    the other written article the classifier itself predicts it (0.63, over the English cut-off 0.45): shown, and
    dominant. (Until stop 47 that article was ``door_closed.txt``, at 0.46; the narrative model retrained with stable
    ties at its feature cut-off scores it 0.445, just under the cut-off, so it now shows it no more.)"""
    nato = pipeline(read_path(ROOT / "examples" / "nato_expansion.txt"))
    door = pipeline(read_path(ROOT / "tests" / "framing" / "articles" / "cast" / "nuclear_plant_blame.txt"))
    assert [c.label for c in nato.narratives.coarse].index(BLAME) == 1
    assert not next(c for c in nato.narratives.coarse if c.label == BLAME).shown
    assert next(c for c in door.narratives.coarse if c.label == BLAME).shown and door.explanation.narrative == BLAME
    for a in (nato, door):
        shown = [c.label for c in a.narratives.coarse if c.shown]
        assert shown and a.explanation.narrative == shown[0] and a.links.narrative == shown[0]
        # the explanation names a sub-narrative only when the report shows it
        assert a.explanation.subnarrative is None or a.explanation.subnarrative in [f.label for f in a.narratives.fine
                                                                                    if f.shown]
        view = shown_only(a)
        assert [c.label for c in view.narratives.coarse] == shown
        assert view.explanation is not None and view.explanation.narrative == shown[0]
        sub = view.explanation.subnarrative
        assert sub is None or sub in [f.label for f in view.narratives.fine]


def test_the_explanation_does_not_name_a_sub_narrative_that_is_not_shown(pipeline):
    """Under a shown narrative, a sub-narrative below its target is named neither in the explanation's text nor in
    the text report's "Why:" title by default (review48: the example's "The West is weak", 0.18 under a 0.25 cut-off,
    was): the dominant reading takes a shown sub-narrative instead ("West is tired of Ukraine", 0.28), the explanation
    built for a hidden one does not name it, and the report's title names one only when it is shown (``--all`` names
    it, marked low confidence); the JSON keeps every label. Since stop 44's cut-offs (English sub-narratives from 0.35)
    the example shows no sub-narrative, so the explanation names none, the choice is read again under the English
    sub-narrative cut-off of before (0.25), and the title is read with a hidden sub-narrative set by hand."""
    import io

    from rich.console import Console

    from narrascope.analysers.explain import compose_explanation
    from narrascope.report import render

    a = pipeline(read_path(ROOT / "examples" / "nato_expansion.txt"))
    e = a.explanation
    top = next(c for c in a.narratives.coarse if c.label == e.narrative)
    # (since stop 44's cut-offs the example shows no English sub-narrative: the explanation then names none)
    assert top.shown and (e.subnarrative is None or e.subnarrative in [f.label for f in a.narratives.fine if f.shown])
    # with the English sub-narrative cut-off of before (0.25), one sub-narrative clears it: the dominant reading
    # takes that shown one, not a hidden sibling
    from narrascope.analysers.explain import ExplainAnalyser
    from narrascope.analysers.narratives import mark_shown as mark

    low = pipeline.run(read_path(ROOT / "examples" / "nato_expansion.txt"))
    mark(low.data["narratives"], "en", {"cutoffs": {"EN": {"coarse": 0.45, "fine": 0.25}}})
    explain = next(x for x in pipeline.analysers if isinstance(x, ExplainAnalyser))
    chosen = explain(low).data["explanation"].subnarrative
    fine = low.data["narratives"].fine
    assert any(f.shown for f in fine) and any(not f.shown for f in fine)
    assert chosen in [f.label for f in fine if f.shown]
    # the explanation composed for a hidden sub-narrative of the shown narrative does not name it
    doc = pipeline.run(read_path(ROOT / "examples" / "nato_expansion.txt"))
    nar = doc.data["narratives"]
    dtop = next(c for c in nar.coarse if c.label == e.narrative)
    hidden = next(f for f in nar.fine if f.label.startswith(dtop.label + ": ") and not f.shown)
    name = hidden.label.rsplit(": ", 1)[-1]
    text = compose_explanation(doc, dtop, hidden, 80, True).text
    assert name not in text and text.startswith("The article ")
    # the report's title: give the explanation a hidden sub-narrative and read the title with and without --all
    b = a.model_copy(deep=True)
    sub = next(f for f in b.narratives.fine if f.label.startswith(b.explanation.narrative + ": "))
    sub.shown = False
    b.explanation.subnarrative = sub.label
    shown_name = sub.label.rsplit(": ", 1)[-1]

    def why(show_all):
        console = Console(record=True, width=300, file=io.StringIO())
        console.print(render(b, show_all=show_all))
        return next(line for line in console.export_text().splitlines() if "Why:" in line)

    assert shown_name not in why(False) and b.explanation.narrative in why(False)
    assert f"{shown_name} (low confidence)" in why(True)


def test_the_text_report_shows_no_stance_of_a_narrative_that_is_not_shown(pipeline):
    """When no narrative clears its cut-off, the links still read the best supported one: the default text report
    shows neither its stance nor its cast checks (review48: "blamed: United States, NATO …" stood under "No narrative
    reaches its display-precision target"), as ``shown_only`` does not; ``--all`` shows them."""
    import io

    from rich.console import Console

    from narrascope.report import render

    a = pipeline(read_path(ROOT / "examples" / "nato_expansion.txt")).model_copy(deep=True)
    assert a.links.narrative and a.links.stance
    mark_shown(a.narratives, "en", {"cutoffs": {"EN": {"coarse": 0.99, "fine": 0.99}}})  # none clears its cut-off

    def text(show_all):
        console = Console(record=True, width=300, file=io.StringIO())
        console.print(render(a, show_all=show_all))
        return console.export_text().split("Narratives")[1].split("Cast")[0]

    assert "No narrative reaches" in text(False) and "blamed:" not in text(False)
    assert "blamed:" in text(True)
