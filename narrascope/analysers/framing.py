"""The ``framing`` analyser: the role the article gives each entity (protagonist, antagonist, innocent).

Every mention of every canonical entity (from the ``entities`` layer) is read by the framing model
(:mod:`narrascope.models.role_classifier`); a mention whose framed-score reaches ``framing_min_score`` gets a
:class:`~narrascope.schema.MentionRole`. An entity is framed when the chance that at least one of its
mentions is framed reaches the same threshold; its role pools its mentions, each weighted by how clearly it
is framed (summed confidence), so one passing mention does not outvote the sentences that really cast it;
an entity the text does not frame gets no role rather than a forced guess. The evidence is the sentences of
the mentions that weigh most. The ``cast`` layer lists the framed entities by main role.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..lang import lexicon
from ..models.cast_evidence import lone_weak, mutual_blame
from ..models.stance import ELSEWHERE
from ..registry import Document, analyser
from ..schema import (
    Cast,
    CastMember,
    EntityRole,
    MentionRole,
    RoleCue,
    ScoredLabel,
    Span,
)
from ..taxonomy.roles import MAIN_ROLES

if TYPE_CHECKING:  # the model (numpy, scipy) is imported when first used, not on registration
    from ..models.role_classifier import RoleClassifier, RolePrediction

_MAX_EVIDENCE = 2
_DISPLAY = Path(__file__).resolve().parent.parent / "models" / "framing" / "display.json"


@lru_cache(maxsize=4)
def display_policy(path: str | None = None) -> dict:
    """The cast's display policy (``models/framing/display.json``): per language and main role, the lowest
    main-role score shown, chosen out of fold for the precision targets of the model card, and the languages
    whose roles are shown only with evidence from the parse (English)."""
    return json.loads(Path(path or _DISPLAY).read_text(encoding="utf-8"))


def is_shown(main: str, score: float, evidence: tuple[str, ...] | list[str], lang: str,
             policy: dict | None = None, contradicted: bool = False, mutual: bool = False) -> bool:
    """Whether a role clears the display policy: the article gives evidence for it (where the language has a
    parse), no evidence speaks only for another role (``contradicted``: "Россия обстреляла Харьков" read as a
    hero is not shown), its score reaches the main role's threshold for the language, and a role no evidence item
    names reaches the language's ``no_cue_floor`` (the score from which the model's reading alone was right 0.85 of
    the time out of fold; ``null``: never shown without a cue). ``mutual``: the article reports two sides blaming
    each other (:func:`narrascope.models.cast_evidence.mutual_blame`, languages without a parse), so it makes neither
    charge its own and the model's reading alone, learnt from articles that take a side, shows no role there
    (branch mutual43). A language the policy does not know was not measured, so nothing of it is shown."""
    policy = policy or display_policy()
    row = policy["thresholds"].get(lang.upper())
    if row is None or row.get(main) is None:
        return False
    needed = policy.get("evidence_required", [])
    if not evidence and (contradicted or mutual or lang.upper() in needed or f"{lang.upper()}:{main}" in needed):
        return False  # (a language, or one role of it: "HI:Antagonist", shown only with an evidence item)
    floors = policy.get("no_cue_floor") or {}
    if not evidence and lang.upper() in floors and (floors[lang.upper()] is None or score < floors[lang.upper()]):
        return False  # no evidence item names the role: the model alone must be right often enough (stop 43)
    if lone_weak(main, evidence):
        return False  # one brokering act alone is no hero (branch en-cast41)
    return score >= row[main]


def framed_floor(lang: str, policy: dict | None = None) -> float:
    """The entity framed score (:func:`entity_framed_score`) below which an entity's role is not shown in
    ``lang``: an entity the article does not frame (a town, a plane, a country named in passing) keeps its role
    in the JSON, not in the cast. Chosen out of fold (``research/cast_framed.py``); 0 where the policy has none."""
    policy = policy or display_policy()
    return float((policy.get("entity_framed_floor") or {}).get(lang.upper(), 0.0))


def evidence_over_floor(lang: str, policy: dict | None = None) -> frozenset[str]:
    """Entity types whose role, when an evidence item names it, is shown in ``lang`` even under the entity framed
    floor (``evidence_over_floor`` in ``display.json``; a group's only where the policy has none, English among
    them, whose floor is the framing layer's own). Places typed as such (GPE, LOC, NORP, FAC) are not lifted: their
    items are mostly a strike on them or a deed done there, and the articles we wrote frame few of them; a place
    the entities layer leaves an untyped ``NAME`` is lifted where ``NAME`` is (Hindi, Russian). In Bulgarian and
    Portuguese, whose names are all ``NAME``, it is not: on folds 1-4 lifting it looked good (BG covered 0.291 ->
    0.319, PT 0.40 -> 0.438), but on our articles the names it added were towns, regions and countries (Одеса,
    Pará, Brasil: 6 of 7 unframed or wrong), and the articles decided. What is lifted, on folds 1-4
    (``research/cast_framed.py``): gold mentions covered HI 0.204 -> 0.22, RU 0.377 -> 0.416, BG 0.291 -> 0.295,
    PT unchanged, marked roles right as often or more; on fold 0 only Hindi moved (0.205 -> 0.219)."""
    policy = policy or display_policy()
    return frozenset((policy.get("evidence_over_floor") or {}).get(lang.upper(), ("GROUP",)))


_WORD_BEFORE = re.compile(r"([\w\u0900-\u097F]+)[\s«»\"'“”„]*$")  # (Devanagari vowel signs are no \w)


#: Entity types that are never a storm: a place after "the storm" ("после шторма Одесса осталась без света") is one.
_NOT_HAZARDS = frozenset(["GPE", "LOC", "NORP", "GROUP"])


def named_hazard(text: str, mentions, lang: str, etype: str | None = None) -> bool:
    """Whether an entity is a named storm or natural hazard (stop 44): one of its mentions begins with, or follows,
    a word of the language's :attr:`~narrascope.lang.Lexicon.natural_hazards` ("Cyclone Jude", "Tropical Storm
    Alberto", "циклон «Даниэль»", "o ciclone Idai"). The press names storms; no annotation in any language of the
    SemEval data casts one, so the cast shows it no role ("Cyclone Jude killed 63 people" is no villain). A place,
    a nationality or a group of people (``etype``) is never one."""
    words = lexicon((lang or "").lower()).natural_hazards
    if not words or etype in _NOT_HAZARDS:
        return False
    for m in mentions:
        own = text[m.start:m.end].lower().split()[:2]
        before = _WORD_BEFORE.search(text[max(0, m.start - 40):m.start])
        # the word before counts capitalised in English ("Storm Isha"; not "the storm Biden faced")
        if any(w in words for w in own) or (before and before.group(1).lower() in words
                                            and (lang.lower() != "en" or before.group(1)[0].isupper())):
            return True
    return False


def blamed_group(name: str, lang: str) -> bool:
    """Whether a group of people is named by a word of blame of its language ("terroristas do Hamas", "неонацисты",
    "окупаторите"; :attr:`~narrascope.lang.Lexicon.cast_blame_words`): such a group is no victim, whatever it suffers
    ("matando sete terroristas"), stop 44."""
    stems = lexicon((lang or "").lower()).cast_blame_words
    return bool(stems) and any(w.startswith(stems) for w in name.lower().split())


def _hide(role: EntityRole) -> None:
    """Keep a role in the JSON, out of the cast and the default views."""
    role.shown = False
    for f in role.fine_roles:
        f.shown = False


def contradicted(evidence, k: int) -> bool:
    """Whether the evidence items ``(Protagonist, Antagonist, Innocent)`` speak for a role other than ``k``."""
    return any(items for j, items in enumerate(evidence or ()) if j != k)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _mention_role(p: RolePrediction, text: str, lang: str) -> MentionRole:
    ev = [_span(text, *p.sentence)]
    k = MAIN_ROLES.index(p.main_role)
    shown = is_shown(p.main_role, p.main_score, p.evidence[k], lang, contradicted=contradicted(p.evidence, k))
    return MentionRole(main_role=p.main_role, main_score=round(p.main_score, 4),
                       fine_roles=[ScoredLabel(label=f, score=round(s, 4), evidence=ev, shown=shown)
                                   for f, s in p.fine_roles],
                       cues=[RoleCue(cue=c, weight=w) for c, w in p.cues], shown=shown)


def entity_cues(preds: list[RolePrediction], main: str, limit: int = 3) -> list[RoleCue]:
    """The cues of the entity's mentions that read ``main``, pooled (summed weight per cue), strongest first."""
    pooled: dict[str, float] = {}
    for p in preds:
        if p.main_role == main:
            for c, w in p.cues:
                pooled[c] = pooled.get(c, 0.0) + w * max(p.framed_score, 1e-3)
    best, seen = [], set()
    for c, w in sorted(pooled.items(), key=lambda kv: (-kv[1], kv[0])):
        key = c.replace(ELSEWHERE, "")  # the same evidence at this mention and elsewhere is one cue
        if key not in seen and len(best) < limit:
            seen.add(key)
            best.append(RoleCue(cue=c, weight=round(w, 4)))
    return best


def entity_framed_score(preds: list[RolePrediction]) -> float:
    """How likely the article frames the entity at all: the chance that at least one mention is framed.

    An entity named eight times, each mention weakly framed, is more surely framed than one named once;
    a per-mention threshold alone left e.g. a country mentioned all through an article without a role.
    """
    import numpy as np

    return float(1.0 - np.prod([1.0 - p.framed_score for p in preds])) if preds else 0.0


def entity_role(preds: list[RolePrediction], text: str, fine_names: tuple[str, ...], threshold: float,
                fine_threshold: float, lang: str = "EN", etype: str = "") -> EntityRole | None:
    """Pool the predictions of one entity's mentions into its role; ``None`` when it is not framed.

    ``etype``: the entity's type. An entity whose role an evidence item names is shown without the language's
    entity framed floor when its type is one the policy lifts for the language (:func:`evidence_over_floor`; since
    stop 46, stop 44 did it for groups only): the item is what the article says of it, the floor a guess that it
    is framed at all.

    When mentions disagree, the main role with the highest *summed* confidence wins: each mention adds its
    main-role probabilities weighted by its framed score. The entity's main score is that role's share of
    the summed confidence (a weighted mean probability), so it reads like a mention's score.
    """
    import numpy as np

    from ..models.role_classifier import decode_roles

    framed_score = entity_framed_score(preds)
    if framed_score < threshold:
        return None
    framed = sorted(preds, key=lambda p: -p.framed_score)
    # Weigh mentions by framed score; the best-framed mention always counts, however weak the others.
    w = np.array([max(p.framed_score, 1e-3) for p in framed])
    main_scores = (w[:, None] * np.array([p.main_scores for p in framed])).sum(0) / w.sum()
    fine_scores = (w[:, None] * np.array([p.fine_scores for p in framed])).sum(0) / w.sum()
    # as for one mention (:meth:`RoleClassifier.predict`): an English hero the article gives evidence for, and the
    # most probable role, is not overruled by the fine-role factor
    keep = 0 if lang.upper() == "EN" and any(p.evidence and p.evidence[0] for p in framed) else None
    main, score, fines = decode_roles(main_scores, fine_scores, fine_names, fine_threshold, keep)
    k = MAIN_ROLES.index(main)
    # Evidence: the sentences where this entity is most clearly framed in the chosen role.
    ranked = sorted(framed, key=lambda p: -(p.framed_score * p.main_scores[k]))
    evidence, seen = [], set()
    for p in ranked:
        if p.sentence not in seen:
            seen.add(p.sentence)
            evidence.append(_span(text, *p.sentence))
        if len(evidence) >= _MAX_EVIDENCE:
            break
    # what the article says about the entity for this role (pooled over its mentions)
    said = sorted({c for p in framed for c in (p.evidence[k] if p.evidence else ())})
    other = any(contradicted(p.evidence, k) for p in framed)
    shown = is_shown(main, score, said, lang, contradicted=other, mutual=not said and mutual_blame(text, lang)) \
        and (framed_score >= framed_floor(lang) or bool(said) and etype in evidence_over_floor(lang))
    labels = []
    for f, s in fines:
        j = fine_names.index(f)
        best = max(framed, key=lambda p: p.fine_scores[j])
        labels.append(ScoredLabel(label=f, score=round(s, 4), evidence=[_span(text, *best.sentence)], shown=shown))
    return EntityRole(main_role=main, main_score=round(score, 4), fine_roles=labels, evidence=evidence,
                      cues=entity_cues(framed, main), shown=shown)


def _with_layer_sentence(p: RolePrediction, start: int, sentences, end: int | None = None,
                         index: list[int] | None = None) -> RolePrediction:
    """Point the evidence at the ``sentences`` layer's sentence (the one the report shows), when one holds it.

    With the mention's ``end``, the evidence is cut to the part of the sentence the model read
    (``SENTENCE_VIEW_CHARS`` on each side of the mention: longer than any line of the training data, so only a
    sentence of thousands of words is cut, and a flood of one name no longer copies the whole text into every
    mention's evidence). ``index`` (:func:`_sentence_index`) finds the sentence by bisection."""
    found = None
    if index is not None:
        i = bisect.bisect_right(index, start) - 1
        if i >= 0 and sentences[i].start <= start < sentences[i].end:
            found = sentences[i]
    else:
        found = next((s for s in sentences if s.start <= start < s.end), None)
    if found is not None:
        p = replace(p, sentence=(found.start, found.end))
    if end is not None:
        from ..models.role_classifier import SENTENCE_VIEW_CHARS

        a, b = p.sentence
        cut = (max(a, start - SENTENCE_VIEW_CHARS), min(b, end + SENTENCE_VIEW_CHARS))
        if cut != (a, b):
            p = replace(p, sentence=cut)
    return p


def _sentence_index(sentences) -> list[int] | None:
    """The sentences' starts, for :func:`_with_layer_sentence`'s bisection; ``None`` unless the sentences are in
    order and do not overlap (then the first sentence holding an offset is the one the bisection finds)."""
    starts = [s.start for s in sentences]
    if all(a.end <= b.start for a, b in zip(sentences, sentences[1:])) and all(s.start < s.end for s in sentences):
        return starts
    return None


def build_cast(entities, min_score: float = 0.0) -> Cast:
    """Heroes, villains and victims: framed entities grouped by main role, shown ones first, then by score.

    Every entity with a role is listed; a member is ``shown`` when its role is (the display policy: evidence
    and a per-role threshold measured out of fold) and its main-role score reaches ``min_score`` (setting
    ``framing_cast_min_score``, an extra floor). The report and the dashboard show only shown members by
    default; the JSON keeps all of them with the flag.
    """
    groups: dict[str, list[CastMember]] = {m: [] for m in MAIN_ROLES}
    for e in entities:
        if e.role is None:
            continue
        shown = bool(getattr(e.role, "shown", True)) and e.role.main_score >= min_score
        groups[e.role.main_role].append(CastMember(entity=e.id, name=e.name, score=e.role.main_score,
                                                   fine_roles=[f.label for f in e.role.fine_roles], shown=shown))
    for members in groups.values():
        members.sort(key=lambda c: (not c.shown, -c.score))
    return Cast(protagonists=groups["Protagonist"], antagonists=groups["Antagonist"], innocents=groups["Innocent"])


# It writes the roles onto the entities and their mentions, so it assigns (refines) ``entities`` as well.
@analyser("framing", requires=("entities", "sentences"), assigns=("entities", "cast"))
class Framing:
    """Gives each framed entity and mention a main role and fine roles with scores and evidence sentences.

    Its model (setting ``framing_model``, or ``models_dir/framing``, or the shipped one) is loaded on first use."""

    def __init__(self, settings):
        self.settings = settings
        self._model: RoleClassifier | None = None

    @property
    def model(self) -> RoleClassifier:
        """The framing model of this analyser's settings (:func:`narrascope.models.model_path`)."""
        if self._model is None:
            from ..models import model_path
            from ..models.role_classifier import load_role_model

            self._model = load_role_model(model_path(self.settings, "framing"))
        return self._model

    def __call__(self, document: Document) -> Document:
        from ..models.role_classifier import MentionInput

        model = self.model
        text = document.article.text
        lang = (document.article.language or "").upper()
        entities = document.data.get("entities") or []
        # each mention reads what its entity does at all its mentions (the same tuple: pooled once per entity)
        spans = [tuple((m.start, m.end) for m in e.mentions) for e in entities]
        # the quotes layer's quotes (when it ran): the cast's evidence names whose words an item is
        quotes = None if "quotes" not in document.data else tuple(
            (q.content.start, q.content.end, q.speaker) for q in document.data["quotes"] or [])
        inputs = [MentionInput(text, m.start, m.end, lang, document.doc, spans[k], quotes)
                  for k, e in enumerate(entities) for m in e.mentions]
        sentences = document.data.get("sentences") or []
        index = _sentence_index(sentences)
        preds = [_with_layer_sentence(p, m.start, sentences, m.end, index)
                 for p, m in zip(model.predict(inputs), inputs)]
        threshold = self.settings.framing_min_score
        i = 0
        for e in entities:
            mine = preds[i:i + len(e.mentions)]
            i += len(e.mentions)
            e.role = entity_role(mine, text, model.fine_roles_, threshold, model.fine_threshold, lang, e.type)
            if e.role is not None and e.role.shown and named_hazard(text, e.mentions, lang, e.type):
                _hide(e.role)  # a named storm is no villain, nor anyone's victim or hero
            if e.role is not None and e.role.shown and e.role.main_role == "Innocent" and e.type == "GROUP" \
                    and blamed_group(e.name, lang):
                _hide(e.role)
            for m, p in zip(e.mentions, mine):
                m.role = _mention_role(p, text, lang) if p.framed_score >= threshold else None
                if m.role is not None and m.role.shown and not (e.role is not None and e.role.shown):
                    # an entity the cast does not show has no shown role anywhere (the dashboard colours mentions)
                    m.role.shown = False
                    for f in m.role.fine_roles:
                        f.shown = False
        document.data["cast"] = build_cast(entities, self.settings.framing_cast_min_score)
        document.models["framing"] = "framing-" + model.version_
        return document
