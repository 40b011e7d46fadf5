"""The ``persuasion`` analyser: where an article persuades rather than informs (SemEval-2023 Task 3 techniques).

Decisions are made per paragraph (one line of text, as in the SemEval data) by the shipped
:class:`~narrascope.training.persuasion.TechniqueModel`. Each detected (paragraph, technique) is then pinned
to evidence inside that paragraph: phrases from the technique's lexicon (learned from annotated spans),
repeated wording for ``Repetition``, or else the paragraph's sentence the model scores highest for the
technique. Spans are exact offsets into the raw text and may overlap.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..registry import Document, analyser
from ..schema import ParagraphTechniques, Persuasion, ScoredLabel, Span, TechniqueSpan
from ..taxonomy.techniques import load_techniques
from ..models.technique_model import Paragraph, ParagraphRows, TechniqueModel, article_rows, split_paragraphs

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SHORT = {"Loaded_Language", "Name_Calling-Labeling", "Slogans", "Exaggeration-Minimisation", "Flag_Waving",
          "Conversation_Killer", "Repetition"}  # techniques annotated as short phrases, not whole clauses


class TechniqueTagger:
    """A loaded persuasion model + lexicons: paragraph decisions and evidence spans for one text."""

    def __init__(self, model: TechniqueModel, lexicon: dict[str, list[list]], max_spans: int = 3,
                 version: str = "unversioned"):
        self.model = model
        self.version = version
        self.max_spans = max_spans
        self.lexicon = {t: {ph: float(p) for ph, p in entries} for t, entries in lexicon.items()}
        self.max_len = {t: max((len(ph.split()) for ph in d), default=0) for t, d in self.lexicon.items()}

    @classmethod
    def load(cls, directory: str | Path, max_spans: int = 3) -> "TechniqueTagger":
        """Load the artifact written by ``narrascope train persuasion``."""
        from ..models import load_artifact

        arrays, meta = load_artifact(directory)
        return cls(TechniqueModel.from_artifact(arrays, meta), meta.get("lexicon", {}), max_spans,
                   meta.get("version", "unversioned"))

    def paragraph_scores(self, text: str, paragraphs: list[Paragraph]) -> tuple[ParagraphRows, np.ndarray]:
        """Feature rows and [0, 1] scores (paragraphs x techniques; >= 0.5 means present)."""
        rows = article_rows(text, paragraphs)
        return rows, self.model.predict_proba(rows)

    def predict_sets(self, text: str, paragraphs: list[Paragraph]) -> list[set[str]]:
        """The set of techniques of each paragraph (used by the SemEval export)."""
        _, scores = self.paragraph_scores(text, paragraphs)
        techs = self.model.techniques_
        return [{techs[j] for j in np.flatnonzero(row >= 0.5)} for row in scores]

    # -- evidence -------------------------------------------------------------------------------------------
    def _lexicon_spans(self, text: str, p: Paragraph, tech: str) -> list[tuple[float, int, int]]:
        lex = self.lexicon.get(tech)
        if not lex:
            return []
        toks = _tokens_at(text, p)
        hits = []
        for n in range(self.max_len[tech], 0, -1):
            for i in range(len(toks) - n + 1):
                ph = " ".join(t[0] for t in toks[i:i + n])
                if ph in lex:
                    hits.append((lex[ph], toks[i][1], toks[i + n - 1][2]))
        return _non_overlapping(hits)

    def _repetition_spans(self, text: str, p: Paragraph, article_grams: Counter) -> list[tuple[float, int, int]]:
        toks = _tokens_at(text, p)
        hits = []
        for n in (3, 2, 1):
            for i in range(len(toks) - n + 1):
                g = tuple(t[0] for t in toks[i:i + n])
                if article_grams.get(g, 0) >= 2 and (n > 1 or len(g[0]) >= 5):
                    hits.append((min(1.0, 0.3 * n + 0.1 * article_grams[g]), toks[i][1], toks[i + n - 1][2]))
        return _non_overlapping(hits)

    def _sentence_margins(self, text: str, psents: list[list[tuple[int, int]]], rows: ParagraphRows,
                          wanted: list[int]) -> dict[int, np.ndarray]:
        """Margins of every sentence of the paragraphs ``wanted`` (those with a technique and several
        sentences), scored in one batch with the paragraph model, keeping each paragraph's context and numbers."""
        wanted = [i for i in wanted if len(psents[i]) > 1]
        if not wanted:
            return {}
        texts, context, numeric, owner = [], [], [], []
        for i in wanted:
            for s, e in psents[i]:
                texts.append(text[s:e])
                context.append(rows.context[i])
                numeric.append(rows.numeric[i])
                owner.append(i)
        margins = self.model.decision_function(ParagraphRows(texts, context, np.asarray(numeric)))
        owner_arr = np.asarray(owner)
        return {i: margins[owner_arr == i] for i in wanted}

    def analyse(self, text: str, sentences: list[tuple[int, int]] | None = None) -> Persuasion:
        """Persuasion layer for ``text``; ``sentences`` (start, end) come from the sentence splitter."""
        tax = load_techniques()
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            return Persuasion(density=0.0)
        rows, scores = self.paragraph_scores(text, paragraphs)
        sentences = sentences or [(p.start, p.end) for p in paragraphs]
        article_grams = rows.article_grams or Counter()
        spans: list[TechniqueSpan] = []
        para_out = []
        all_psents = []
        for p in paragraphs:
            ps = [(max(s, p.start), min(e, p.end)) for s, e in sentences if s < p.end and p.start < e]
            all_psents.append([s for s in ps if s[1] > s[0]] or [(p.start, p.end)])
        margins = self._sentence_margins(text, all_psents, rows,
                                         [i for i in range(len(paragraphs)) if scores[i].max() >= 0.5])
        for i, p in enumerate(paragraphs):
            labels = []
            psents = all_psents[i]
            for j in np.argsort(-scores[i]):
                score = float(scores[i, j])
                if score < 0.5:
                    break
                tech = self.model.techniques_[j]
                found = (self._repetition_spans(text, p, article_grams) if tech == "Repetition"
                         else self._lexicon_spans(text, p, tech) if tech in _SHORT else [])
                if not found:
                    s, e = psents[int(np.argmax(margins[i][:, j]))] if i in margins else psents[0]
                    found = [(1.0, s, e)]
                evidence = []
                for _, s, e in sorted(found, key=lambda h: -h[0])[: self.max_spans]:
                    spans.append(TechniqueSpan(technique=tech, category=tax.category_of(tech), score=round(score, 4),
                                               start=s, end=e, text=text[s:e]))
                    evidence.append(Span(start=s, end=e, text=text[s:e]))
                labels.append(ScoredLabel(label=tech, score=round(score, 4), evidence=evidence))
            para_out.append(ParagraphTechniques(paragraph=p.no, start=p.start, end=p.end, techniques=labels))
        spans.sort(key=lambda s: (s.start, s.end, s.technique))
        for n, span in enumerate(spans, 1):
            span.id = f"t{n}"  # ids in reading order: the linked reading refers to spans by them
        counts = Counter(s.category for s in spans)
        hit = sum(1 for s, e in sentences if any(sp.start < e and s < sp.end for sp in spans))
        return Persuasion(spans=spans, paragraphs=para_out,
                          counts_by_category={c: counts.get(c, 0) for c in tax.categories},
                          density=round(hit / len(sentences), 4) if sentences else 0.0)


def _tokens_at(text: str, p: Paragraph) -> list[tuple[str, int, int]]:
    """Lower-cased words of paragraph ``p`` with absolute offsets (finditer's pos keeps offsets absolute)."""
    return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text, p.start, p.end)]


def _non_overlapping(hits: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Greedy: best-scoring (then longest) hits first, dropping those that overlap a kept one."""
    kept: list[tuple[float, int, int]] = []
    for h in sorted(hits, key=lambda h: (-h[0], -(h[2] - h[1]), h[1])):
        if all(h[2] <= k[1] or k[2] <= h[1] for k in kept):
            kept.append(h)
    return kept


@lru_cache(maxsize=2)
def load_tagger(directory: str = "", max_spans: int = 3) -> TechniqueTagger:
    """The tagger from ``directory`` (default: the shipped ``narrascope/models/persuasion``), once per process."""
    from ..models import model_dir

    return TechniqueTagger.load(directory or model_dir("persuasion"), max_spans)


@analyser("persuasion", requires=("sentences",), assigns=("persuasion",))
class PersuasionAnalyser:
    """Adds the ``persuasion`` layer: technique spans, per-paragraph technique sets, counts and density."""

    def __init__(self, settings):
        self.settings = settings

    def __call__(self, document: Document) -> Document:
        tagger = load_tagger(self.settings.persuasion_model, self.settings.persuasion_max_spans)
        sents = [(s.start, s.end) for s in document.data.get("sentences", [])]
        document.data["persuasion"] = tagger.analyse(document.article.text, sents)
        document.models["persuasion"] = tagger.version
        if document.article.language not in (None, "en"):
            document.warnings.append("persuasion techniques: the model is trained on English news only")
        return document
