"""The ``narratives`` analyser: domain, narratives and sub-narratives with calibrated scores and evidence.

Evidence for a label is the 1-3 sentences that carry it. Each sentence is vectorised with the model's own
TF-IDF features and multiplied by the label's weights (for a sub-narrative, its weights plus half its
narrative's), which is the sentence's contribution to the label's linear score: what the classifier relied
on. A sentence qualifies only when it raises the label's score (positive contribution) and has at least four
words; the title qualifies the same way (it carries the label); the byline and date lines (before the body)
never do. Qualifying sentences are ranked by their standardised contribution plus a label-independent prior
(:class:`narrascope.models.evidence_scorer.EvidenceScorer`: position, the title, similarity to the title and a
lexical model trained with the gold explanations of SemEval subtask 3 as weak supervision). In grouped CV
this evidence is closer to the gold explanations than both the lead sentences and the title plus lead
(see ``MODEL_CARD.md``).

Precision at display: a label is ``shown`` when its score reaches its language's cut-off for its level
(``models/narratives/display.json``, chosen out of fold by ``research/narrative_display.py`` so that shown
narratives are right at least 0.6 of the time and shown sub-narratives 0.5), and a sub-narrative only under a
shown narrative; every label stays in the JSON and the SemEval export keeps the full label set. A language the
policy does not know was not measured: its labels are not shown and a warning says so.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..registry import Document, analyser
from ..schema import EvidenceSentence, NarrativeLabel, Narratives, Sentence
from ..taxonomy.narratives import OTHER

if TYPE_CHECKING:  # the models (numpy, scipy, scikit-learn) are imported when first used, not on registration
    import numpy as np

    from ..models.evidence_scorer import EvidenceScorer
    from ..models.narrative_classifier import NarrativeClassifier, Prediction

_MIN_WORDS = 4
_DISPLAY = Path(__file__).resolve().parent.parent / "models" / "narratives" / "display.json"


@lru_cache(maxsize=4)
def display_policy(path: str | None = None) -> dict:
    """The narratives' display policy (``models/narratives/display.json``): per language, the lowest score of a
    narrative and of a sub-narrative shown by default, chosen out of fold for the model card's targets."""
    return json.loads(Path(path or _DISPLAY).read_text(encoding="utf-8"))


def parent_label(label: str) -> str:
    """The narrative of a sub-narrative label ("CC: Amplifying fears: Other" -> "CC: Amplifying fears"; "Other"
    is its own)."""
    return label.rsplit(": ", 1)[0] if label.count(": ") >= 2 else label


def label_shown(label: str, score: float, language: str | None, coarse: bool = True,
                policy: dict | None = None) -> bool:
    """Whether a narrative (``coarse``) or sub-narrative label of this score clears its language's cut-off."""
    cut = (policy or display_policy())["cutoffs"].get((language or "").upper())
    level = cut and cut.get("coarse" if coarse else "fine")
    return level is not None and score >= level


def measured(language: str | None, policy: dict | None = None) -> bool:
    """Whether the display policy knows ``language`` (its labels were measured out of fold)."""
    return (language or "").upper() in (policy or display_policy())["cutoffs"]


def mark_shown(nar: Narratives, language: str | None, policy: dict | None = None) -> Narratives:
    """Set ``shown`` on every label of ``nar``: its score clears its language's cut-off and, for a
    sub-narrative, its narrative is shown too."""
    for c in nar.coarse:
        c.shown = label_shown(c.label, c.score, language, True, policy)
    shown = {c.label for c in nar.coarse if c.shown}
    for f in nar.fine:
        f.shown = parent_label(f.label) in shown and label_shown(f.label, f.score, language, False, policy)
    return nar


def unmeasured_warning(language: str | None) -> str:
    """The warning of an article whose language has no measured narrative display policy."""
    return (f"narratives: not shown for language '{language or 'unknown'}': the narrative classifier was measured "
            "only on Bulgarian, English, Hindi, Portuguese and Russian articles (its labels stay in the JSON with "
            "shown=false; --all shows them)")


#: A sub-narrative's sentences are scored with its own weights plus this share of its narrative's.
PARENT_SHARE = 0.5
#: The header's date marker (``date 2025-02-27``, alone or before the title on its line; ``readers/text.py``):
#: never part of an evidence sentence.
_DATE_MARKER = re.compile(r"\s*date:?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*", re.IGNORECASE)


def header_trimmed(text: str, start: int, end: int, body_start: int) -> int | None:
    """Where a sentence before the body may start as evidence: after the header's date marker when it holds
    one ("date 2025-02-27 Trump Shuts the Door…" gives the title alone); ``None`` when nothing but the
    marker (or fewer than ``_MIN_WORDS`` words) remains. Sentences of the body are returned unchanged."""
    if start >= body_start:
        return start
    m = _DATE_MARKER.match(text, start)
    if m is None:
        return start
    rest = m.end()
    while rest < end and text[rest].isspace():
        rest += 1
    return rest if len(text[rest:end].split()) >= _MIN_WORDS else None


def narrative_model(path: str | Path | None = None) -> NarrativeClassifier:
    """The narrative model in ``path`` (default: the shipped one), loaded once per process and folder."""
    from ..models import model_dir, shared_model
    from ..models.narrative_classifier import NarrativeClassifier

    return shared_model("narratives", path or model_dir("narratives"), NarrativeClassifier.load)


def evidence_scorer(path: str | Path | None = None) -> EvidenceScorer:
    """The evidence scorer in ``path`` (default: the shipped one), loaded once per process and folder."""
    from ..models import model_dir, shared_model
    from ..models.evidence_scorer import EvidenceScorer

    return shared_model("evidence", path or model_dir("evidence"), EvidenceScorer.load)


def get_model(models_dir: str = "") -> NarrativeClassifier:
    """The shipped narrative model (or the adapted one in ``models_dir/narratives``), loaded once per process."""
    from ..models import resolve_model_dir

    return narrative_model(resolve_model_dir("narratives", models_dir))


def get_scorer() -> EvidenceScorer:
    """The shipped evidence scorer, loaded once per process."""
    return evidence_scorer()


class NarrativeModelUser:
    """Base of the analysers that read the narratives model: it is loaded on first use from the settings'
    path (:func:`narrascope.models.model_path`) and kept on the instance."""

    def __init__(self, settings):
        self.settings = settings
        self._model: NarrativeClassifier | None = None
        self._scorer: EvidenceScorer | None = None

    @property
    def model(self) -> NarrativeClassifier:
        """The narratives model of this analyser's settings."""
        if self._model is None:
            from ..models import model_path

            self._model = narrative_model(model_path(self.settings, "narratives"))
        return self._model

    @property
    def scorer(self) -> EvidenceScorer:
        """The evidence scorer of this analyser's settings."""
        if self._scorer is None:
            from ..models import model_path

            self._scorer = evidence_scorer(model_path(self.settings, "evidence"))
        return self._scorer


def _weights(model: NarrativeClassifier, labels: list[str]) -> np.ndarray:
    """Label weight columns: a sub-narrative's own plus ``PARENT_SHARE`` of its narrative's."""
    import numpy as np

    col = {c: j for j, c in enumerate(model.columns_)}
    cols = []
    for lab in labels:
        parent = lab.rsplit(": ", 1)[0] if lab.count(": ") >= 2 else None
        own = col.get(lab)
        w = np.zeros(len(model.columns_), np.float32)
        if own is not None:
            w[own] = 1.0
        if parent in col:
            w[col[parent]] += PARENT_SHARE if own is not None else 1.0
        cols.append(w)
    return np.stack(cols, 1) if cols else np.zeros((len(model.columns_), 0), np.float32)


def sentence_scores(model: NarrativeClassifier, text: str, sentences: list[Sentence],
                    labels: list[str], features=None) -> np.ndarray:
    """Contribution of each sentence (rows) to each label's linear score (columns); short ones score 0.

    ``features`` are the sentences' TF-IDF rows when already computed (:meth:`NarrativeClassifier.transform_parts`).
    """
    import numpy as np

    if not sentences or not labels:
        return np.zeros((len(sentences), len(labels)))
    x = features if features is not None else model.transform([text[s.start:s.end] for s in sentences])
    # (sentences x features) @ (features x columns) first: far cheaper than mixing the 50k-row weights.
    scores = np.asarray(x @ model.coef_) @ _weights(model, labels)
    short = np.array([len(text[s.start:s.end].split()) < _MIN_WORDS for s in sentences])
    scores[short] = 0.0
    return scores


def pick_evidence(text: str, sentences: list[Sentence], scores: np.ndarray, body_start: int = 0,
                  k: int = 3, prior: np.ndarray | None = None, weight: float = 1.0,
                  label: str | None = None) -> list[EvidenceSentence]:
    """The up-to-``k`` sentences that carry a label, strongest first (see the module doc for the rule).

    ``scores`` are the sentences' contributions to the label (:func:`sentence_scores`); ``body_start`` is
    where the article body begins (the title is the first sentence; anything else before the body is a
    byline or date line). The rank is ``weight * z + prior``: ``z`` the standardised contribution, ``prior``
    the label-independent part (:meth:`EvidenceScorer.prior`; without it, ``-log(1 + position)``). Each
    evidence sentence's ``score`` is ``sigmoid(z)``: 0.5 for an average sentence of the article, near 1 for
    one that carries the label far more.
    """
    import numpy as np

    n = len(sentences)
    if n == 0:
        return []
    sd = float(scores.std())
    z = (scores - scores.mean()) / sd if sd > 1e-12 else np.zeros(n)
    rank = weight * z + (prior if prior is not None else -np.log1p(np.arange(n)))
    ok = scores > 0
    starts = [s.start for s in sentences]
    title = title_index(text, sentences, body_start)
    for i, s in enumerate(sentences):
        if s.start < body_start:
            # byline/date lines never; the title like any sentence, only when it carries the label, and
            # without the date marker that may share its line
            cut = header_trimmed(text, s.start, s.end, body_start) if i == title else None
            if cut is None:
                ok[i] = False
            else:
                starts[i] = cut
    out = []
    for i in np.argsort(-np.where(ok, rank, -np.inf), kind="stable")[:k]:
        if not ok[i]:
            break
        s = sentences[i]
        out.append(EvidenceSentence(start=starts[i], end=s.end, text=text[starts[i]:s.end], label=label,
                                    score=round(float(1.0 / (1.0 + np.exp(-z[i]))), 4)))
    return out


def title_index(text: str, sentences: list[Sentence], body_start: int) -> int | None:
    """The index of the title's sentence: the first before the body that is not only the date marker."""
    for i, s in enumerate(sentences):
        if s.start >= body_start:
            return None if body_start > 0 else 0
        if header_trimmed(text, s.start, s.end, body_start) is not None:
            return i
    return None


def evidence_spans(model: NarrativeClassifier, text: str, sentences: list[Sentence], labels: list[str],
                   body_start: int = 0, k: int = 3, features=None,
                   scorer: EvidenceScorer | None = None) -> dict[str, list[EvidenceSentence]]:
    """Evidence sentences (strongest first) of every label in ``labels`` (``Other`` gets none).

    ``features`` are the sentences' TF-IDF rows when already computed; ``scorer`` gives the rank's prior
    (default: the shipped one, :func:`get_scorer`).
    """
    wanted = [lab for lab in labels if lab != OTHER]
    if not wanted or not sentences:
        return {lab: [] for lab in labels}
    x = features if features is not None else model.transform([text[s.start:s.end] for s in sentences])
    scores = sentence_scores(model, text, sentences, wanted, x)
    scorer = scorer or get_scorer()
    title = title_index(text, sentences, body_start) if body_start > 0 else None
    prior = scorer.prior(model, x, title)
    ev = {lab: pick_evidence(text, sentences, scores[:, j], body_start, k, prior, scorer.rank_weights["contribution"],
                             label=lab)
          for j, lab in enumerate(wanted)}
    return {lab: ev.get(lab, []) for lab in labels}


def narratives_of(text: str, language: str | None, sentences: list[Sentence] | None = None,
                  model: NarrativeClassifier | None = None, evidence: int = 3,
                  body_start: int | None = None, scorer: EvidenceScorer | None = None) -> Narratives:
    """Classify one article's text and attach evidence sentences to every predicted label.

    Without ``sentences`` the project's sentence splitter runs on the text (the ``spacy`` analyser's own).
    Without ``body_start`` a first line followed by a line break is taken as the title. ``model`` and
    ``scorer`` default to the shipped ones.
    """
    from ..models import fast_features

    model = model or get_model()
    if sentences is None:
        from .spacy_parse import split_sentences

        sentences = split_sentences(text, language)
    # One n-gram pass gives the article's features and its sentences' (the expensive part of this layer).
    # (fast_features: the same rows as model.transform_parts, bit for bit, at about a third of the cost)
    x_article, x_sentences = fast_features.transform_parts(model, text, [(s.start, s.end) for s in sentences])
    pred: Prediction = model.predict_features(x_article, [language])[0]
    if body_start is None:
        titled = len(sentences) > 1 and "\n" in text[sentences[0].end:sentences[1].start]
        body_start = sentences[1].start if titled else 0
    ev = evidence_spans(model, text, sentences, [c for c, _ in pred.coarse] + [f for f, _ in pred.fine],
                        body_start, evidence, x_sentences, scorer)
    return mark_shown(Narratives(domain=pred.domain, domain_score=pred.domain_score,
                                 coarse=[NarrativeLabel(label=c, score=s, evidence=ev[c]) for c, s in pred.coarse],
                                 fine=[NarrativeLabel(label=f, score=s, evidence=ev[f]) for f, s in pred.fine]),
                      language)


@analyser("narratives", requires=("sentences",), assigns=("narratives",))
class NarrativesAnalyser(NarrativeModelUser):
    """Adds ``narratives``: the article's domain, narratives and sub-narratives, each with evidence.

    Its models (settings ``narratives_model`` and ``evidence_model``) are loaded on first use."""

    def __call__(self, document: Document) -> Document:
        model = self.model
        document.data["narratives"] = narratives_of(document.article.text, document.article.language,
                                                    document.data.get("sentences"), model,
                                                    evidence=self.settings.narrative_evidence,
                                                    body_start=document.article.body_start, scorer=self.scorer)
        if not measured(document.article.language):
            document.warnings.append(unmeasured_warning(document.article.language))
        document.models["narratives"] = model.meta_.get("version", "?")
        return document
