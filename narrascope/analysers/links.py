"""The ``links`` analyser: the linked reading. It runs last and ties every narrative evidence sentence to
what the other layers found inside it — claims (with claimants), quotes (with speakers), persuasion spans and
entities (with their roles) — by id, and checks that the cast agrees with the dominant narrative.

Why a separate analyser: each layer stays independent and testable; linking is plain offset arithmetic over
finished layers (no model), so it costs well under a millisecond and can be recomputed on stored analyses.

The dominant narrative is the one the article's evidence supports best (:func:`rank_narratives`): the
classifier's score plus the shown cast roles that agree with the narrative's stance, minus those that contradict
it; the narratives are listed in that order. The stance of the dominant narrative comes from two sources:
the cast (entities named in the narrative's evidence with an antagonist, protagonist or innocent role) and
the taxonomy (``taxonomy/stances.json``: the groups of actors each narrative blames, praises or pities).
When they disagree — an entity the narrative
blames sits among the heroes — a shown role (the article's own evidence: what the entity does, suffers, is
called) always stands and is the entity's stance, so no entity is both "blamed" and a hero or victim; a role
below the display target stands only when the framing layer is confident and has its own evidence sentence;
otherwise it leaves the cast summary (keeping its role in the entity list) and a
:class:`~narrascope.schema.CastCheck` says why.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..registry import Document, analyser
from ..schema import (
    Cast,
    CastCheck,
    EvidenceSentence,
    Links,
    NarrativeLabel,
    Narratives,
    Span,
    StanceMember,
)
from ..taxonomy.narratives import OTHER
from ..taxonomy.stances import load_stances
from .narratives import NarrativeModelUser

#: A hero the narrative blames keeps its place only with this main-role score and an evidence sentence.
KEEP_SCORE = 0.7
#: Below this score the dominant narrative is too uncertain to overrule the cast.
MIN_NARRATIVE_SCORE = 0.4
_ROLE_STANCE = {"Antagonist": "blamed", "Protagonist": "praised", "Innocent": "victim"}
_CAST_KEY = {"Protagonist": "protagonists", "Antagonist": "antagonists", "Innocent": "innocents"}


def assign_ids(document: Document) -> None:
    """Give quotes (``q1``…), claims (``c1``…) and persuasion spans (``t1``…) ids where they lack one."""
    for prefix, items in (("q", document.data.get("quotes") or []), ("c", document.data.get("claims") or []),
                          ("t", getattr(document.data.get("persuasion"), "spans", None) or [])):
        taken = {x.id for x in items if x.id}
        n = 0
        for x in items:
            if x.id is None:
                n += 1
                while f"{prefix}{n}" in taken:
                    n += 1
                x.id = f"{prefix}{n}"


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def link_span(document: Document, start: int, end: int) -> dict[str, list[str]]:
    """Ids of the claims, quotes, persuasion spans and entities found inside ``text[start:end]``."""
    persuasion = document.data.get("persuasion")
    return {
        "claims": [c.id for c in document.data.get("claims") or [] if _overlaps(c.span.start, c.span.end, start, end)],
        "quotes": [q.id for q in document.data.get("quotes") or []
                   if _overlaps(q.content.start, q.content.end, start, end)],
        "techniques": [t.id for t in (persuasion.spans if persuasion else [])
                       if _overlaps(t.start, t.end, start, end)],
        "entities": [e.id for e in document.data.get("entities") or []
                     if any(start <= m.start and m.end <= end for m in e.mentions)],
    }


def linked_evidence(document: Document, ev: Span) -> EvidenceSentence:
    """``ev`` as an :class:`EvidenceSentence` carrying the ids of the items inside it."""
    score = getattr(ev, "score", None)
    return EvidenceSentence(start=ev.start, end=ev.end, text=ev.text, score=score, label=getattr(ev, "label", None),
                            **link_span(document, ev.start, ev.end))


_WORDS = re.compile(r"[\w.]+")


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[tuple[str, ...], str]:
    """A name's lower-case words ("U.S." -> "us") and them joined between spaces, read once per name (the stance
    table asks about the same names for every narrative label)."""
    words = [w.strip(".") for w in _WORDS.findall(name.lower().replace("’", "'"))]
    words = [w.replace(".", "") if len(w) <= 5 else w for w in words if w]  # U.S. -> us
    return tuple(words), f" {' '.join(words)} "


def _matches(names: Iterable[str], stems: list[str]) -> bool:
    """Whether any name belongs to a group: a stem of 3 letters or fewer, or of several words, must match whole
    words ("US" but not "Usman"); a longer one matches the start of a word ("ukrain" in "Ukrainian")."""
    for name in names:
        words, joined = _name_words(name)
        for stem in stems:
            if " " in stem or len(stem.replace(".", "")) <= 3:
                if f" {stem.replace('.', '')} " in joined:
                    return True
            elif any(w.startswith(stem) for w in words):
                return True
    return False


def taxonomy_stance(entity, label_stance: dict[str, list[str]], groups: dict[str, list[str]]) -> str | None:
    """``"blamed"``, ``"praised"`` or ``"victim"`` when the entity belongs to a group the narrative names."""
    names = [entity.name] + [m.text for m in entity.mentions[:5]]
    for stance, key in (("blamed", "blames"), ("praised", "praises"), ("victim", "victims")):
        if any(_matches(names, groups.get(g, [])) for g in label_stance.get(key, [])):
            return stance
    return None


def dominant_label(narratives: Narratives | None, document: Document | None = None, model=None
                   ) -> tuple[NarrativeLabel | None, NarrativeLabel | None]:
    """The dominant narrative and its sub-narrative (``None`` for Other).

    With ``document`` (its cast read), the narrative the article's evidence supports best
    (:func:`rank_narratives`, with the narratives ``model``) among those shown by default (their score clears the
    display cut-off), or the best supported when none is, with a shown sub-narrative when it is shown; without, the
    highest-scoring narrative and its highest-scoring sub-narrative.
    """
    if narratives is None:
        return None, None
    if document is not None and document.data.get("cast") is not None:
        ranked = rank_narratives(document, model)
        if not ranked:
            return None, None
        # the best supported narrative the reader is shown (one that clears its display target), else the best;
        # under a shown narrative, a sub-narrative the reader is shown (its best supported one when it is, else the
        # highest-scoring shown one, else none), so the explanation never names a sub-narrative the report hides
        top, sub = next((r for r in ranked if r[0].shown), ranked[0])
        if top.shown and sub is not None and not sub.shown:
            subs = [f for f in narratives.fine if f.shown and f.label.startswith(top.label + ": ")]
            sub = max(subs, key=lambda f: f.score) if subs else None
        return top, sub
    coarse = [c for c in narratives.coarse if c.label != OTHER]
    if not coarse:
        return None, None
    top = max(coarse, key=lambda c: c.score)
    subs = [f for f in narratives.fine if f.label.startswith(top.label + ": ")]
    return top, (max(subs, key=lambda f: f.score) if subs else None)


#: A narrative's rank: its score plus this much per shown cast member whose role agrees with what the
#: narrative blames, praises or pities, minus as much per one that contradicts it (counted for the narrative
#: and again for its best-agreeing sub-narrative, which carries the narrative's stance too).
SUPPORT_WEIGHT = 0.15
#: A narrative the classifier scored below its decision threshold is added (as a candidate) only with at
#: least this score, this many agreeing cast members with evidence, and more agreeing than contradicting.
CANDIDATE_MIN_SCORE = 0.15
CANDIDATE_MIN_AGREEING = 2


def _shown_roles(document: Document) -> list:
    """Entities whose role is shown (the cast's evidence-backed roles)."""
    return [e for e in document.data.get("entities") or [] if e.role is not None and getattr(e.role, "shown", True)]


def cast_agreement(document: Document, label: str, entities: list | None = None) -> tuple[int, int]:
    """``(agreeing, contradicting)``: shown cast members whose role matches or contradicts the stance the
    stance table gives ``label`` (a villain the label blames agrees; a victim it blames contradicts)."""
    stances = load_stances()
    label_stance = stances.for_label(label)
    agree = contra = 0
    for e in entities if entities is not None else _shown_roles(document):
        if getattr(e, "type", None) == "GROUP":
            # a group of people ("ordinary Ukrainians") matches its country's taxonomy group: counting it as well
            # would count one side twice (the ranking was set on names)
            continue
        by_tax = taxonomy_stance(e, label_stance, stances.groups)
        if by_tax is None:
            continue
        if _ROLE_STANCE[e.role.main_role] == by_tax:
            agree += 1
        else:
            contra += 1
    return agree, contra


def narrative_support(document: Document, label: str, predicted: bool, fine: dict[str, NarrativeLabel],
                      shown: list) -> tuple[int, int, tuple[str, NarrativeLabel | None]]:
    """``(support, agreeing, best)`` of narrative ``label``: the shown cast members (``shown``) that agree with
    its stance minus those that contradict it, counted for the narrative and again for its best-agreeing
    sub-narrative (``best``: its label and predicted label, or ``None`` for one the classifier did not predict;
    the taxonomy's sub-narratives are options only for a narrative it did not predict, ``predicted`` False)."""
    from ..taxonomy.narratives import load_taxonomy

    subs = [f for f in fine.values() if f.label.startswith(label + ": ")]
    options = [(label, None)] + [(f.label, f) for f in subs]
    if not predicted:
        options += [(f, None) for f in load_taxonomy().children(label) if not f.endswith(": Other")]
    net = {o[0]: (lambda a_c: a_c[0] - a_c[1])(cast_agreement(document, o[0], shown)) for o in options}
    # a sub-narrative also carries its narrative's stance: both count
    best = max(options, key=lambda o: (net[label] + (net[o[0]] if o[0] != label else 0), o[1] is not None))
    support = net[label] + (net[best[0]] if best[0] != label else 0)
    agree = max(cast_agreement(document, label, shown)[0], cast_agreement(document, best[0], shown)[0])
    return support, agree, best


#: The last article's narrative probabilities: (model, text, probabilities). An article's narratives are ranked
#: three times (the explanation's dominant narrative, then the links' order and their dominant narrative), each
#: asking the model about the same text; the model is held here, so ``is`` never matches another one.
_LAST_PROBS: tuple | None = None


def _article_probs(model, text: str):
    """``model.predict_proba([text])[0]``, computed once for the same model and text in a row."""
    global _LAST_PROBS
    last = _LAST_PROBS
    if last is not None and last[0] is model and last[1] == text:
        return last[2]
    probs = model.predict_proba([text])[0]
    _LAST_PROBS = (model, text, probs)
    return probs


def rank_narratives(document: Document, model=None) -> list[tuple[NarrativeLabel, NarrativeLabel | None]]:
    """The article's narratives, the best supported first, each with its sub-narrative.

    Support is the classifier's score plus ``SUPPORT_WEIGHT`` per shown cast member (a role with evidence
    from the article) that agrees with the narrative's stance, minus as much per one that contradicts it;
    a narrative is read at its best-agreeing sub-narrative (the taxonomy's, when none is predicted), so
    "blaming the war on others" is read as "the West are the aggressors" when the article's villains are
    Western. A narrative below the classifier's threshold joins as a candidate when its score and agreeing
    evidence are high enough (``CANDIDATE_MIN_SCORE``, ``CANDIDATE_MIN_AGREEING``), with its own evidence
    sentences. Without a cast the order is the classifier's. ``model`` is the narratives model (default: the
    shipped one), loaded only when candidates are looked for.
    """
    from ..taxonomy.narratives import load_taxonomy

    nar: Narratives | None = document.data.get("narratives")
    if nar is None:
        return []
    tax = load_taxonomy()
    shown = _shown_roles(document)
    predicted = {c.label: c for c in nar.coarse if c.label != OTHER}
    fine = {f.label: f for f in nar.fine}
    scores: dict[str, float] = {c: lab.score for c, lab in predicted.items()}
    if shown and nar.domain != "Other":
        try:
            if model is None:
                from .narratives import get_model

                model = get_model()
            probs = _article_probs(model, document.article.text)
            for label, p in zip(model.columns_, probs):
                if label in tax.gist and label not in predicted and label.startswith(nar.domain + ":") \
                        and p >= CANDIDATE_MIN_SCORE:
                    scores[label] = float(p)
        except Exception:  # noqa: BLE001 - without the model there are no candidates, only the predicted labels
            pass
    ranked = []
    for label, score in scores.items():
        support, agree, best = narrative_support(document, label, label in predicted, fine, shown)
        if label not in predicted and (agree < CANDIDATE_MIN_AGREEING or support < 1):
            continue
        ranked.append((score + SUPPORT_WEIGHT * support, label, best))
    ranked.sort(key=lambda r: -r[0])
    out = []
    for _, label, (best_label, best_fine) in ranked:
        top = predicted.get(label)
        sub_label = best_label if best_label != label else None
        if top is None or (sub_label and best_fine is None):
            from .narratives import evidence_spans, get_model

            wanted = [label] + ([sub_label] if sub_label else [])
            ev = evidence_spans(model or get_model(), document.article.text, document.data.get("sentences") or [],
                                wanted, document.article.body_start)
            # a candidate the cast adds is never shown by default: out of fold such candidates were right 31 times
            # in 104 (research/narrative_links_oof.py), under the narratives' display target
            if top is None:
                top = NarrativeLabel(label=label, score=round(scores[label], 4), evidence=ev[label], shown=False)
            if sub_label and best_fine is None:
                best_fine = NarrativeLabel(label=sub_label, score=0.0, evidence=ev[sub_label], shown=False)
        sub = best_fine
        if sub is None:
            subs = [f for f in fine.values() if f.label.startswith(label + ": ")]
            sub = max(subs, key=lambda f: f.score) if subs else None
        out.append((top, sub))
    return out


def stance_of(document: Document, top: NarrativeLabel, sub: NarrativeLabel | None) -> list[StanceMember]:
    """Who the dominant narrative blames, praises or pities in this article, from the cast and the taxonomy.

    An entity counts when it is named in the narrative's evidence sentences; its stance is its shown role
    (source ``cast``) or, without one, its group in the taxonomy (source ``taxonomy``) unless its role, even
    one below the display target, says otherwise.
    """
    stances = load_stances()
    label_stance = stances.for_label(sub.label if sub else top.label)
    ev = {(e.start, e.end) for lab in (top, sub) if lab for e in lab.evidence}
    out: list[StanceMember] = []
    for e in document.data.get("entities") or []:
        inside = [m for m in e.mentions if any(s <= m.start and m.end <= t for s, t in ev)]
        if not inside:
            continue
        # The entity's shown role (evidence from the article, precision measured) is its stance, and the
        # taxonomy never overrules it: no entity is both "blamed" and a hero or victim. A role below the display
        # target is not read; the taxonomy's group then counts only when that role does not contradict it.
        role = e.role.main_role if e.role is not None else None
        by_cast = _ROLE_STANCE[role] if role and getattr(e.role, "shown", True) else None
        by_tax = taxonomy_stance(e, label_stance, stances.groups)
        if by_cast is None and by_tax is not None and role is not None and _ROLE_STANCE[role] != by_tax:
            by_tax = None
        stance = by_cast or by_tax
        if stance is None:
            continue
        source = "cast+taxonomy" if by_cast and by_cast == by_tax else "cast" if by_cast else "taxonomy"
        out.append(StanceMember(entity=e.id, name=e.name, stance=stance, source=source))
    order = {"cast+taxonomy": 0, "cast": 1, "taxonomy": 2}
    counts = {e.id: len(e.mentions) for e in document.data.get("entities") or []}
    out.sort(key=lambda m: (order[m.source], -counts.get(m.entity, 0)))
    return out


def role_holds(entity, narrative_score: float) -> bool:
    """Whether an entity's role stands against the dominant narrative's stance: the framing layer is confident
    (main score at least ``KEEP_SCORE``) and shows its own evidence sentence, or the narrative is uncertain."""
    role = entity.role
    confident = role is not None and role.main_score >= KEEP_SCORE and bool(role.evidence)
    return confident or narrative_score < MIN_NARRATIVE_SCORE


def check_cast(document: Document, top: NarrativeLabel, sub: NarrativeLabel | None) -> list[CastCheck]:
    """Entities the dominant narrative blames that the cast lists as heroes (or praises and lists as villains).

    A confident role with its own evidence sentence is kept (the article may well praise someone the
    narrative generally blames); otherwise the entity leaves the cast summary. ``document``'s cast is updated.
    """
    cast: Cast | None = document.data.get("cast")
    if cast is None:
        return []
    stances = load_stances()
    label = sub.label if sub else top.label
    label_stance = stances.for_label(label)
    by_id = {e.id: e for e in document.data.get("entities") or []}
    checks: list[CastCheck] = []
    for role, narrative_stance in (("Protagonist", "blamed"), ("Antagonist", "praised")):
        key = _CAST_KEY[role]
        keep = []
        for member in getattr(cast, key):
            e = by_id.get(member.entity)
            if e is None or taxonomy_stance(e, label_stance, stances.groups) != narrative_stance:
                keep.append(member)
                continue
            evidence = list(e.role.evidence) if e.role else []
            confident = e.role is not None and e.role.main_score >= KEEP_SCORE and bool(evidence)
            if member.shown or role_holds(e, top.score):
                cues = "; ".join(c.cue for c in e.role.cues[:2]) if e.role and e.role.cues else ""
                why = (f"the article's own words cast {e.name} as {role.lower()} ({cues})" if member.shown and cues
                       else f"the article's own sentences cast {e.name} as {role.lower()} (score {member.score:.2f})"
                       if confident else f"the narrative is uncertain (score {top.score:.2f})")
                checks.append(CastCheck(entity=e.id, name=e.name, cast_role=role, narrative=label,
                                        narrative_stance=narrative_stance, action="kept",
                                        reason=f"{label} {narrative_stance} {e.name}, but {why}",
                                        evidence=[Span(start=s.start, end=s.end, text=s.text) for s in evidence]))
                keep.append(member)
            else:
                checks.append(CastCheck(entity=e.id, name=e.name, cast_role=role, narrative=label,
                                        narrative_stance=narrative_stance, action="removed",
                                        reason=f"{label} {narrative_stance} {e.name}; the {role.lower()} role "
                                               f"(score {member.score:.2f}) has no sentence strong enough to "
                                               "overrule it",
                                        evidence=[Span(start=s.start, end=s.end, text=s.text) for s in evidence]))
        setattr(cast, key, keep)
    return checks


def link_document(document: Document, model=None) -> Links:
    """Link every narrative evidence sentence in ``document`` and check the cast; returns the ``links`` layer.

    The narratives are put in the order of :func:`rank_narratives` (best supported first; candidates it adds
    join the layer), so the report, the explanation and the stance read the same dominant narrative.
    """
    assign_ids(document)
    nar: Narratives | None = document.data.get("narratives")
    linked = 0
    if nar is not None and document.data.get("cast") is not None:
        ranked = rank_narratives(document, model)
        known = {c.label for c in nar.coarse}
        order = {top.label: i for i, (top, _) in enumerate(ranked)}
        nar.coarse = sorted(nar.coarse + [t for t, _ in ranked if t.label not in known],
                            key=lambda c: order.get(c.label, len(order)))
        known_fine = {f.label for f in nar.fine}
        nar.fine += [s for _, s in ranked if s is not None and s.label not in known_fine]
    if nar is not None:
        for lab in nar.coarse + nar.fine:
            lab.evidence = [linked_evidence(document, ev) for ev in lab.evidence]
            for ev in lab.evidence:
                ev.label = ev.label or lab.label
            linked += sum(1 for ev in lab.evidence if ev.claims or ev.quotes or ev.techniques or ev.entities)
    top, sub = dominant_label(nar, document, model)
    if top is None:
        return Links(narrative=None, linked=linked)
    return Links(narrative=top.label, stance=stance_of(document, top, sub), cast_checks=check_cast(document, top, sub),
                 linked=linked)


@analyser("links", requires=("narratives",), assigns=("links", "narratives", "cast", "persuasion"),
          uses=("entities", "quotes", "claims", "explanation", "cast", "persuasion"))
class LinksAnalyser(NarrativeModelUser):
    """Adds ``links``, fills the ids of linked items into every narrative evidence sentence (and ids on
    persuasion spans that lack one), and takes out of the cast summary what the dominant narrative contradicts
    without evidence; runs last. Candidate narratives come from the narratives model of its settings."""

    def __call__(self, document: Document) -> Document:
        document.data["links"] = link_document(document, self.model)
        return document
