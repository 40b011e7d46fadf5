"""Evidence sentences: the faithfulness rules (positive contribution, no byline, the title only when it carries
the label) and the evidence scorer (artifact round trip, binding to a vocabulary, what the lexical part learns).
Articles are written for these tests."""
import numpy as np
import pytest

from narrascope.analysers.narratives import evidence_spans, get_model, narratives_of, pick_evidence, sentence_scores
from narrascope.models.evidence_scorer import EvidenceScorer
from narrascope.schema import Sentence

ARTICLE = (
    "NATO's march east lit the fuse, and Washington still denies it\n\n"
    "By Staff Writer\n\n"
    "The weather in the capital was mild on Tuesday and the markets opened calmly. "
    "For three decades the alliance pushed its bases toward Russia's border despite every warning from Moscow. "
    "Western leaders armed Kyiv and blocked every peace plan, so the war is their doing, not Russia's. "
    "A local bakery reopened after a short renovation, its owner said. "
    "The sanctions have ruined European households while American arms makers count record profits.\n"
)


def _sentences(text: str) -> list[Sentence]:
    from narrascope.analysers.spacy_parse import split_sentences

    return split_sentences(text, "en")


@pytest.fixture(scope="module")
def model():
    return get_model()


def test_every_evidence_sentence_raises_its_labels_score(model):
    body_start = ARTICLE.index("The weather")
    sentences = _sentences(ARTICLE)
    nar = narratives_of(ARTICLE, "en", sentences, model, body_start=body_start)
    labels = [lab for lab in nar.coarse + nar.fine if lab.label != "Other"]
    assert labels and all(1 <= len(lab.evidence) <= 3 for lab in labels)
    byline = ARTICLE.index("By Staff Writer")
    for lab in labels:
        scores = sentence_scores(model, ARTICLE, sentences, [lab.label])[:, 0]
        for ev in lab.evidence:
            i = next(k for k, s in enumerate(sentences) if (s.start, s.end) == (ev.start, ev.end))
            assert scores[i] > 0, (lab.label, ev.text)
            assert ev.start != byline and ARTICLE[ev.start:ev.end] == ev.text
            assert len(ev.text.split()) >= 4
    # the neutral filler sentences carry no narrative of this article
    texts = {ev.text for lab in labels for ev in lab.evidence}
    assert not any(t.startswith(("The weather", "A local bakery")) for t in texts)


def test_title_only_when_it_carries_the_label_and_never_the_byline():
    text = "Title line that is long enough\nBy Some Writer Here\nBody one has four words. Body two has four words."
    sents = [Sentence(start=0, end=30), Sentence(start=31, end=50), Sentence(start=51, end=75),
             Sentence(start=76, end=100)]
    body_start = 51
    prior = np.array([10.0, 10.0, 0.0, 0.0])  # a prior that would pick the title and the byline first
    picked = pick_evidence(text, sents, np.array([-0.1, 5.0, 1.0, 0.5]), body_start, k=3, prior=prior)
    assert [p.start for p in picked] == [51, 76]  # the title lowers the score; the byline never counts
    picked = pick_evidence(text, sents, np.array([0.2, 5.0, 1.0, 0.5]), body_start, k=3, prior=prior)
    assert [p.start for p in picked] == [0, 51, 76]  # the title raises it: it may lead
    assert pick_evidence(text, sents, np.array([0.0, 0.0, -1.0, -2.0]), body_start) == []


def test_scorer_artifact_round_trip_and_binding(model, tmp_path):
    scorer = EvidenceScorer.load()
    assert set(scorer.weights) == {"contribution", "log_position", "title", "title_similarity", "lexical"}
    assert scorer.ngrams_["word"] and scorer.ngrams_["char"]
    sentences = _sentences(ARTICLE)
    _, x = model.transform_parts(ARTICLE, [(s.start, s.end) for s in sentences])
    scorer.save(tmp_path / "ev")
    again = EvidenceScorer.load(tmp_path / "ev")
    assert np.allclose(scorer.prior(model, x, 0), again.prior(model, x, 0))
    # n-grams the model lacks are ignored; only the lexical part changes
    alien = EvidenceScorer(scorer.weights)
    alien.ngrams_ = {"word": {"zzqx never seen": 3.0}, "char": {}}
    assert not alien.lexical_vector(model).any()
    plain = EvidenceScorer({**scorer.weights, "lexical": 0.0})
    assert np.allclose(alien.prior(model, x, 0), plain.prior(model, x, 0))


def test_lexical_part_learns_what_the_explanations_echo(model):
    """Sentences with 'provocation' are close to the (made-up) explanations: the fitted prior ranks a new
    sentence with that word above an otherwise similar one without it."""
    train = [
        ("The provocation by the alliance started the conflict.", "Officials met in the city on Monday."),
        ("Analysts call the drills a deliberate provocation.", "The committee published its yearly report."),
        ("Every provocation was planned in Washington.", "Rain is expected later in the week."),
    ] * 4
    xs, ys = [], []
    for good, bad in train:
        xs.append(model.transform([good, bad]))
        ys.append(np.array([1.0, 0.0]))
    scorer = EvidenceScorer({"contribution": 0.0, "log_position": 0.0, "title": 0.0, "title_similarity": 0.0,
                             "lexical": 1.0}, alpha=1.0).fit_lexical(model, xs, ys)
    x = model.transform(["The parliament discussed the budget today.", "They staged another provocation today."])
    prior = scorer.prior(model, x, None)
    assert prior[1] > prior[0]


def test_evidence_spans_uses_the_given_scorer(model):
    sentences = _sentences(ARTICLE)
    body_start = ARTICLE.index("The weather")
    label = "URW: Blaming the war on others rather than the invader"
    shipped = evidence_spans(model, ARTICLE, sentences, [label, "Other"], body_start)
    assert shipped["Other"] == [] and shipped[label]
    # with position as the only prior (weight 0 for the contribution), the earliest qualifying sentences lead
    lead_only = EvidenceScorer({"contribution": 0.0, "log_position": -1.0, "title": 0.0, "title_similarity": 0.0,
                                "lexical": 0.0})
    ev = evidence_spans(model, ARTICLE, sentences, [label], body_start, scorer=lead_only)[label]
    assert [e.start for e in ev] == sorted(e.start for e in ev)


@pytest.mark.parametrize("text", [
    ARTICLE,
    # a sentence boundary inside a "word" (no space after the stop), tabs, odd capitals and a dotted İ
    "Sanctions backfire.Europe pays\tthe price!  İstanbul talks STALL; \"Kyiv's\" allies waver.\n\nEnd of story here.",
    "",
])
def test_fast_features_equal_the_models_own(model, text):
    from narrascope.models import fast_features

    sentences = _sentences(text) if text else []
    spans = [(s.start, s.end) for s in sentences] or ([(0, 0)] if not text else [])
    if "Europe pays" in text:
        spans = [(0, 19), (19, 57), (57, len(text))]  # the first boundary cuts "backfire.Europe"
    fast = fast_features.transform_parts(model, text, spans)
    slow = model.transform_parts(text, spans)
    for a, b in zip(fast, slow):
        a, b = a.tocsr(), b.tocsr()
        a.sort_indices()
        b.sort_indices()
        assert a.shape == b.shape
        assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all()
        assert np.array_equal(a.data, b.data)  # bit for bit, not approximately
    # and both are scikit-learn's own TF-IDF of the whole text and of each span, not only each other
    pieces = [text[s:e] for s, e in spans]
    for a, b in zip(fast, (model.transform([text]), model.transform(pieces))):
        a, b = a.tocsr(), b.tocsr()
        a.sort_indices()
        b.sort_indices()
        assert a.shape == b.shape and a.dtype == b.dtype == np.float32
        assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all()
        assert np.array_equal(a.data, b.data)


def test_a_scorer_built_without_weights_uses_the_default_ones(model):
    # scikit-learn convention: EvidenceScorer() keeps weights=None; the rank uses WEIGHTS (what the CV and the
    # explanation gate build). evidence_spans read scorer.weights directly and failed on None.
    from narrascope.models.evidence_scorer import WEIGHTS

    shipped = EvidenceScorer.load()
    default = EvidenceScorer(None, shipped.alpha)
    default.ngrams_ = shipped.ngrams_
    assert default.weights is None and default.rank_weights == WEIGHTS
    sentences = _sentences(ARTICLE)
    label = "URW: Blaming the war on others rather than the invader"
    body_start = ARTICLE.index("The weather")
    ev = evidence_spans(model, ARTICLE, sentences, [label], body_start, scorer=default)[label]
    same = evidence_spans(model, ARTICLE, sentences, [label], body_start, scorer=shipped)[label]
    assert ev and [e.start for e in ev] == [e.start for e in same]  # the shipped weights are the defaults
