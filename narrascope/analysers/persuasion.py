"""The ``persuasion`` analyser: where an article persuades rather than informs (SemEval-2023 Task 3 techniques).

The shipped :class:`~narrascope.models.persuasion_model.PersuasionModel` tags technique spans over the
Document's tokens and sentences (a token tagger learned from the SemEval-2023 span annotations) and decides
each paragraph's techniques (one line of text, as in the SemEval data) by combining a paragraph classifier
with the spans. Spans are exact offsets into the raw text, may overlap, and each carries a cue saying why
(the loaded word, the repeated phrase, the authority quoted). A paragraph decision that no span supports gets
one around its best-scoring words, marked as a paragraph-level decision in its cue.

Techniques are shown only for a language with a model measured on labelled data of that language
(:data:`MEASURED_LANGUAGES`: English, Russian); any other language (Bulgarian, Portuguese and Hindi have no
labelled persuasion data; languages outside the five, or unknown) gets an empty layer and a warning saying why.
Labels and spans below the model's display-precision cut-off carry ``shown=False`` (hidden by default, kept for
``--all`` and the exports).
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.sentences import doc_text
from ..registry import Document, analyser
from ..schema import ParagraphTechniques, Persuasion, ScoredLabel, Span, TechniqueSpan
from ..taxonomy.techniques import load_techniques

if TYPE_CHECKING:  # the model (numpy, scipy, scikit-learn) is imported when first used, not on registration
    from ..models.persuasion_model import PersuasionModel
    from ..models.technique_model import Paragraph


class TechniqueTagger:
    """A loaded persuasion model: paragraph decisions and technique spans (with cues) for one text."""

    def __init__(self, model: PersuasionModel, max_spans: int = 3, version: str = "unversioned"):
        self.model = model
        self.version = version
        self.max_spans = max_spans

    @classmethod
    def load(cls, directory: str | Path, max_spans: int = 3) -> TechniqueTagger:
        """Load the artifact written by ``narrascope train persuasion``."""
        from ..models import load_artifact
        from ..models.persuasion_model import PersuasionModel

        arrays, meta = load_artifact(directory)
        if "tagger" not in meta:
            from ..errors import ModelError
            raise ModelError(f"the persuasion model in {directory} predates span tagging; retrain it with "
                             "`narrascope train persuasion`")
        model = PersuasionModel.from_artifact(arrays, meta)
        span_display = Path(directory) / "span_display.json"
        if span_display.is_file():
            # per-technique span cut-offs chosen out of fold for span precision (research/span_display.py)
            import json

            model.span_display_ = json.loads(span_display.read_text(encoding="utf-8"))["cutoffs"]
        return cls(model, max_spans, meta.get("version", "unversioned"))

    @property
    def language(self) -> str:
        """The language the model was trained and measured on."""
        return self.model.language

    def predict_sets(self, text: str, paragraphs: list[Paragraph],
                     sentences: list[tuple[int, int]] | None = None) -> list[set[str]]:
        """The set of techniques of each paragraph (used by the SemEval export and evaluation)."""
        techs = self.model.techniques_
        pred = self.model.predict_article(text, paragraphs, sentences)
        return [{techs[j] for j in labels} for labels in pred.labels]

    def analyse(self, text: str, sentences: list[tuple[int, int]] | None = None, layout: str | None = None,
                names: frozenset[str] | set[str] = frozenset()) -> Persuasion:
        """Persuasion layer for ``text``; ``sentences`` (start, end) come from the sentence splitter.

        ``layout``: ``text`` with the line breaks of hard-wrapped paragraphs made spaces (the parse text, same
        length, see ``spacy_parse.unwrap``), so that a paragraph is the paragraph and not each wrapped line.
        ``names``: the Document's entity mentions, lower-cased (a span that is only a name is dropped).
        """
        from ..models.technique_model import split_paragraphs
        from .persuasion_cues import span_cue

        tax = load_techniques()
        paragraphs = split_paragraphs(layout if layout is not None and len(layout) == len(text) else text)
        if not paragraphs:
            return Persuasion(density=0.0)
        pred = self.model.predict_article(text, paragraphs, sentences, names)
        techs = self.model.techniques_
        spans = []
        th = self.model.tagger_.thresholds_
        for h in pred.spans:
            tech = techs[h.technique]
            cue = span_cue(tech, text, pred.table, pred.probs[:, h.technique], h.start, h.end, h.fallback)
            # Like paragraph scores, 0.5 is the decision threshold: token scores are shifted by the
            # technique's span threshold (a bridged gap can pull a run's mean below it: floor at 0.5).
            score = h.score if h.fallback else max(0.5, _shift(h.score, float(th[h.technique])))
            spans.append(TechniqueSpan(technique=tech, category=tax.category_of(tech), score=round(min(1.0, score), 4),
                                       start=h.start, end=h.end, text=text[h.start:h.end], cue=cue, shown=h.shown))
        for n, span in enumerate(spans, 1):
            span.id = f"t{n}"  # ids in reading order: the linked reading refers to spans by them
        para_out = []
        index = _SpanIndex(spans)
        for p, labels, shown in zip(paragraphs, pred.labels, pred.shown or [None] * len(paragraphs)):
            out = []
            for j, score in sorted(labels.items(), key=lambda kv: -kv[1]):
                inside = index.overlapping(techs[j], p.start, p.end)
                inside.sort(key=lambda s: -s.score)
                out.append(ScoredLabel(label=techs[j], score=round(min(1.0, score), 4),
                                       evidence=[Span(start=s.start, end=s.end, text=s.text)
                                                 for s in inside[: self.max_spans]],
                                       shown=shown is None or j in shown))
            para_out.append(ParagraphTechniques(paragraph=p.no, start=p.start, end=p.end, techniques=out))
        counts = Counter(s.category for s in spans)
        sentences = sentences or [(p.start, p.end) for p in paragraphs]
        hit = _sentences_hit(sentences, spans)
        return Persuasion(spans=spans, paragraphs=para_out,
                          counts_by_category={c: counts.get(c, 0) for c in tax.categories},
                          density=round(hit / len(sentences), 4) if sentences else 0.0)


class _SpanIndex:
    """The spans of one technique that overlap a range, in the spans' own order, found by bisection.

    A paragraph used to test every span of the article (paragraphs x labels x spans on a long article).
    """

    def __init__(self, spans: list[TechniqueSpan]):
        self._by_tech: dict[str, tuple[list[int], list[tuple[int, TechniqueSpan]]]] = {}
        grouped: dict[str, list[tuple[int, TechniqueSpan]]] = {}
        for n, sp in enumerate(spans):
            grouped.setdefault(sp.technique, []).append((n, sp))
        for tech, items in grouped.items():
            items.sort(key=lambda it: it[1].start)
            self._by_tech[tech] = ([sp.start for _, sp in items], items)
        self._longest = max((sp.end - sp.start for sp in spans), default=0)

    def overlapping(self, technique: str, start: int, end: int) -> list[TechniqueSpan]:
        starts, items = self._by_tech.get(technique, ([], []))
        # A span that reaches past ``start`` starts after ``start - longest``; one that starts at ``end`` or later
        # does not overlap.
        lo, hi = bisect_right(starts, start - self._longest), bisect_left(starts, end)
        found = sorted((n, sp) for n, sp in items[lo:hi] if sp.start < end and start < sp.end)
        return [sp for _, sp in found]


def _sentences_hit(sentences: list[tuple[int, int]], spans: list[TechniqueSpan]) -> int:
    """How many sentences overlap at least one span (the union of the spans, found by bisection)."""
    merged: list[list[int]] = []
    for sp in sorted(spans, key=lambda sp: sp.start):
        if merged and sp.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], sp.end)
        else:
            merged.append([sp.start, sp.end])
    ends = [e for _, e in merged]
    hit = 0
    for s, e in sentences:
        k = bisect_right(ends, s)  # the first stretch of spans that ends after the sentence starts
        hit += k < len(merged) and merged[k][0] < e
    return hit


def _shift(p: float, threshold: float) -> float:
    """``p`` moved on the logit scale so that ``threshold`` maps to 0.5."""
    p, threshold = min(max(p, 1e-6), 1 - 1e-6), min(max(threshold, 1e-6), 1 - 1e-6)
    return 1.0 / (1.0 + math.exp(-(math.log(p / (1 - p)) - math.log(threshold / (1 - threshold)))))


#: Languages with a persuasion model measured on labelled data of that language -> shipped model folder.
MEASURED_LANGUAGES = {"en": "persuasion", "ru": "persuasion_ru"}
#: Why a language of the taxonomy gets no techniques.
_NO_DATA = ("persuasion techniques: not shown for {name} articles: there is no labelled persuasion data in "
            "{name} to measure a model on (the English and Russian models were measured only on English and Russian "
            "news)")
_NAMES = {"bg": "Bulgarian", "pt": "Portuguese", "hi": "Hindi"}


def load_tagger(directory: str | Path = "", max_spans: int = 3, language: str = "en") -> TechniqueTagger:
    """The tagger from ``directory`` (default: the shipped model of ``language``, ``narrascope/models/persuasion``
    for English, ``persuasion_ru`` for Russian), once per process for each folder."""
    from ..models import model_dir

    path = Path(directory or model_dir(MEASURED_LANGUAGES.get(language, "persuasion"))).expanduser()
    return _load_tagger(str(path.resolve()), max_spans)


@lru_cache(maxsize=8)
def _load_tagger(directory: str, max_spans: int) -> TechniqueTagger:
    return TechniqueTagger.load(directory, max_spans)


def has_model(language: str | None) -> bool:
    """Whether a measured model of ``language`` ships (its artifact is in the package)."""
    from ..models import model_dir

    return language in MEASURED_LANGUAGES and (model_dir(MEASURED_LANGUAGES[language]) / "meta.json").is_file()


def persuasion_language(language: str | None, text: str) -> str | None:
    """The language whose model reads ``text``: the article's language, or the identified one when unset;
    None when it is unknown."""
    if language:
        return language
    from ..language import detect_language

    return detect_language(text)


def unmeasured_warning(language: str | None) -> str:
    """The warning of an article whose language has no measured persuasion model."""
    if language in _NAMES:
        return _NO_DATA.format(name=_NAMES[language])
    if language in MEASURED_LANGUAGES:
        return (f"persuasion techniques: not shown: the {language!r} persuasion model is not installed (train it with "
                f"`narrascope train persuasion --data ../shared/data/semeval2023-task3/{language}`)")
    if language:
        return (f"persuasion techniques: not shown for language {language!r}: no persuasion model was measured on "
                "it (models exist for English and Russian only)")
    return ("persuasion techniques: not shown: the article's language is unknown, and no persuasion model was "
            "measured beyond English and Russian")


@analyser("persuasion", requires=("sentences",), assigns=("persuasion",))
class PersuasionAnalyser:
    """Adds the ``persuasion`` layer: technique spans, per-paragraph technique sets, counts and density.

    Only English and Russian articles get techniques (:data:`MEASURED_LANGUAGES`); others get an empty layer and
    a warning. The English model is read from :func:`narrascope.models.model_path` (the ``persuasion_model``
    setting, else ``models_dir/persuasion``, else the shipped one); each language's model is loaded on first use
    and kept on the instance."""

    def __init__(self, settings):
        self.settings = settings
        self._taggers: dict[str, TechniqueTagger] = {}

    def tagger(self, language: str) -> TechniqueTagger:
        """The tagger of ``language`` (one with a model), loaded on first use."""
        if language not in self._taggers:
            directory: str | Path = ""
            if language == "en":
                from ..models import model_path

                directory = model_path(self.settings, "persuasion")
            self._taggers[language] = load_tagger(directory, self.settings.persuasion_max_spans, language)
        return self._taggers[language]

    def __call__(self, document: Document) -> Document:
        lang = persuasion_language(document.article.language, document.article.text)
        if not has_model(lang) and not (lang == "en" and self.settings.persuasion_model):
            document.data["persuasion"] = Persuasion(density=0.0)
            document.warnings.append(unmeasured_warning(lang))
            return document
        tagger = self.tagger(lang)
        sents = [(s.start, s.end) for s in document.data.get("sentences", [])]
        layout = doc_text(document.doc) if document.doc is not None else None
        # names only: a group's words ("globalist elites") can be the loaded language itself
        names = {" ".join(m.text.lower().split()) for e in document.data.get("entities", []) for m in e.mentions
                 if e.type != "GROUP"}
        document.data["persuasion"] = tagger.analyse(document.article.text, sents, layout, frozenset(names))
        document.models["persuasion"] = tagger.version
        return document
