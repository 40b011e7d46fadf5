"""Analyst corrections: checked against the article and the taxonomies, stored beside the model's value,
applied when a reading is served, and read back by ``train … --corrections``.

A correction names a layer and a target inside one stored article:

* ``narratives`` — target ``article``: the article's full label set (``coarse`` and ``fine`` lists);
* ``cast`` — target the entity's name: its ``main_role`` (``None``: the article does not frame it) and
  ``fine_roles``;
* ``persuasion`` — target ``START-END TECHNIQUE``: a technique span judged ``right`` or ``wrong``;
* ``quotes`` — target the quote id: who really said it (``speaker``). The quote's content span is kept in
  the analyst's value, so the correction still finds its quote after a re-analysis renumbers the quotes.

The analyst's value always holds the whole answer for its target (not a diff), and the latest correction of
a target wins when a reading is served; earlier ones stay in the store as history.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..schema import (
    Analysis,
    CastMember,
    EntityRole,
    MentionRole,
    NarrativeLabel,
    Narratives,
    ScoredLabel,
    TechniqueSpan,
)

LAYERS: tuple[str, ...] = ("narratives", "cast", "persuasion", "quotes")
VERDICTS: tuple[str, ...] = ("right", "wrong")
_MAIN_ROLES = ("Protagonist", "Antagonist", "Innocent")
_CAST_LIST = {"Protagonist": "protagonists", "Antagonist": "antagonists", "Innocent": "innocents"}


class CorrectionError(InputError):
    """A correction that does not fit its article or the taxonomy (the API answers 422)."""

    code = "bad_correction"


@dataclass
class Correction:
    """One stored correction (``id`` and ``created_at`` are set by the store)."""

    article_id: int
    layer: str
    target: str
    model_value: Any
    analyst_value: Any
    who: str
    content_hash: str = ""
    id: int | None = None
    created_at: str | None = None
    applied: bool | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``applied`` only when the correction was applied to a served reading)."""
        d = {"id": self.id, "article_id": self.article_id, "content_hash": self.content_hash, "layer": self.layer,
             "target": self.target, "model_value": self.model_value, "analyst_value": self.analyst_value,
             "who": self.who, "created_at": self.created_at}
        if self.applied is not None:
            d["applied"] = self.applied
        return d

    @classmethod
    def from_row(cls, row: Any) -> Correction:
        """From a ``corrections`` table row (JSON columns decoded)."""
        r = dict(row)
        return cls(id=int(r["id"]), article_id=int(r["article_id"]), content_hash=r["content_hash"],
                   layer=r["layer"], target=r["target"],
                   model_value=json.loads(r["model_value"]) if r["model_value"] is not None else None,
                   analyst_value=json.loads(r["analyst_value"]), who=r["who"], created_at=r["created_at"])


# -- checking a posted correction ----------------------------------------------------------------------------
def _strings(body: dict, key: str) -> list[str]:
    value = body.get(key, [])
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorrectionError(f"{key} must be a list of labels")
    return [v.strip() for v in value]


def _find_entity(analysis: Analysis, name: str):
    key = name.strip().casefold()
    for e in analysis.entities:
        if e.id == name or e.name.casefold() == key:
            return e
    return None


def _find_quote(analysis: Analysis, qid: str | None, content: dict | None = None):
    for q in analysis.quotes:
        if content is not None:
            if q.content.start == content.get("start") and q.content.end == content.get("end"):
                return q
        elif q.id == qid:
            return q
    return None


def make_correction(article_id: int, analysis: Analysis, body: dict[str, Any], who: str) -> Correction:
    """Check ``body`` (one of the four shapes in the module docstring) against the article's ``analysis`` and
    the taxonomies; return the correction with the model's current value beside the analyst's.

    Raises :class:`CorrectionError` (an :class:`~narrascope.errors.InputError`) for a label outside the
    taxonomy, an unknown entity or quote, a span outside the text or a malformed body.
    """
    if not isinstance(body, dict):
        raise CorrectionError("a correction is a JSON object with a layer")
    layer = body.get("layer")
    if layer not in LAYERS:
        raise CorrectionError(f"layer must be one of {', '.join(LAYERS)}, got {layer!r}")
    allowed = {"narratives": {"coarse", "fine"}, "cast": {"entity", "main_role", "fine_roles"},
               "persuasion": {"start", "end", "technique", "verdict"}, "quotes": {"quote", "speaker"}}[layer]
    extra = set(body) - allowed - {"layer"}
    if extra:
        raise CorrectionError(f"unknown field(s) for a {layer} correction: {', '.join(sorted(extra))}; "
                              f"expected {', '.join(sorted(allowed))}")
    make = {"narratives": _narratives, "cast": _cast, "persuasion": _persuasion, "quotes": _quotes}[layer]
    target, model_value, analyst_value = make(analysis, body)
    return Correction(article_id=article_id, layer=layer, target=target, model_value=model_value,
                      analyst_value=analyst_value, who=who, content_hash=analysis.article.content_hash)


def _narratives(analysis: Analysis, body: dict) -> tuple[str, Any, Any]:
    from ..taxonomy.narratives import OTHER, load_taxonomy, make_consistent

    tax = load_taxonomy()
    coarse, fine = _strings(body, "coarse"), _strings(body, "fine")
    bad = [c for c in coarse if c not in tax.coarse] + [f for f in fine if f not in tax.parent]
    if bad:
        raise CorrectionError(f"not in the narrative taxonomy: {', '.join(map(repr, bad))} (labels are spelled "
                              "'URW: <narrative>' and 'URW: <narrative>: <sub-narrative>', or 'Other')")
    if (OTHER in coarse or OTHER in fine) and (len(set(coarse) - {OTHER}) or len(set(fine) - {OTHER})):
        raise CorrectionError("'Other' means no narrative of the taxonomy: it cannot go with other labels")
    coarse, fine = make_consistent(coarse, fine, tax)
    n = analysis.narratives
    model = {"coarse": [x.label for x in n.coarse], "fine": [x.label for x in n.fine]} if n else None
    return "article", model, {"coarse": coarse, "fine": fine}


def _cast(analysis: Analysis, body: dict) -> tuple[str, Any, Any]:
    from ..taxonomy.roles import fine_roles

    name = body.get("entity")
    if not isinstance(name, str) or not name.strip():
        raise CorrectionError("entity: give the entity's name as the reading shows it")
    entity = _find_entity(analysis, name)
    if entity is None:
        raise CorrectionError(f"entity {name!r} is not among the article's entities")
    if "main_role" not in body:
        raise CorrectionError("main_role is required (null: the article does not frame this entity)")
    main = body["main_role"]
    fines = _strings(body, "fine_roles")
    if main is not None and main not in _MAIN_ROLES:
        raise CorrectionError(f"main_role {main!r} is not one of {', '.join(_MAIN_ROLES)} (or null)")
    if main is None and fines:
        raise CorrectionError("fine_roles need a main_role")
    if main is not None:
        bad = [f for f in fines if f not in fine_roles(main)]
        if bad:
            raise CorrectionError(f"fine role(s) {', '.join(map(repr, bad))} are not roles of a {main}; "
                                  f"use {', '.join(fine_roles(main))}")
    r = entity.role
    model = {"main_role": r.main_role, "fine_roles": [f.label for f in r.fine_roles]} if r else \
        {"main_role": None, "fine_roles": []}
    return entity.name, model, {"main_role": main, "fine_roles": list(dict.fromkeys(fines))}


def _persuasion(analysis: Analysis, body: dict) -> tuple[str, Any, Any]:
    from ..taxonomy.techniques import load_techniques

    start, end = body.get("start"), body.get("end")
    n = len(analysis.article.text)
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise CorrectionError("start and end must be integer character offsets")
    if not 0 <= start < end <= n:
        raise CorrectionError(f"span {start}-{end} lies outside the text (0-{n}, start before end)")
    technique = body.get("technique")
    if technique not in load_techniques().ids:
        raise CorrectionError(f"technique {technique!r} is not in the taxonomy; use one of "
                              f"{', '.join(load_techniques().ids)}")
    verdict = body.get("verdict")
    if verdict not in VERDICTS:
        raise CorrectionError(f"verdict must be 'right' or 'wrong', got {verdict!r}")
    found = [s for s in (analysis.persuasion.spans if analysis.persuasion else [])
             if s.start == start and s.end == end and s.technique == technique]
    model = {"technique": technique, "score": found[0].score, "found": True} if found else {"found": False}
    value = {"start": start, "end": end, "technique": technique, "verdict": verdict,
             "text": analysis.article.text[start:end]}
    return f"{start}-{end} {technique}", model, value


def _quotes(analysis: Analysis, body: dict) -> tuple[str, Any, Any]:
    qid, speaker = body.get("quote"), body.get("speaker")
    if not isinstance(qid, str) or not qid:
        raise CorrectionError("quote: give the quote's id ('q1', 'q2', ...)")
    if not isinstance(speaker, str) or not speaker.strip():
        raise CorrectionError("speaker: give the name of who said it")
    quote = _find_quote(analysis, qid)
    if quote is None:
        raise CorrectionError(f"quote {qid!r} is not among the article's quotes")
    return qid, {"speaker": quote.speaker}, {"speaker": speaker.strip(), "start": quote.content.start,
                                             "end": quote.content.end}


# -- applying corrections to a reading -------------------------------------------------------------------
def latest_per_target(corrections: list[Correction]) -> list[Correction]:
    """The last correction of each (layer, target), in id order (the analyst's latest word wins)."""
    last: dict[tuple[str, str], Correction] = {}
    for c in sorted(corrections, key=lambda c: c.id or 0):
        if c.layer == "persuasion":
            # A span judged right then wrong: the latest verdict on that (span, technique) counts.
            key = (c.layer, c.target)
        else:
            key = (c.layer, c.target.casefold() if c.layer == "cast" else c.target)
        last.pop(key, None)
        last[key] = c
    return list(last.values())


def apply_corrections(analysis: Analysis, corrections: list[Correction]) -> tuple[Analysis, list[Correction]]:
    """A copy of ``analysis`` with the latest correction of each target applied (scores of corrected labels
    are 1.0, an analyst's word); returns it and the corrections, each with ``applied`` set (False: its target
    is gone from this reading, e.g. a quote the re-analysis no longer finds)."""
    a = analysis.model_copy(deep=True)
    out = []
    for c in latest_per_target(corrections):
        fn = {"narratives": _apply_narratives, "cast": _apply_cast, "persuasion": _apply_persuasion,
              "quotes": _apply_quotes}.get(c.layer)
        c.applied = bool(fn and fn(a, c))
        out.append(c)
    return a, out


def _apply_narratives(a: Analysis, c: Correction) -> bool:
    from ..taxonomy.narratives import OTHER, load_taxonomy

    tax = load_taxonomy()
    v = c.analyst_value
    old = a.narratives
    have = {x.label: x for x in ((old.coarse + old.fine) if old else [])}

    def label(name: str) -> NarrativeLabel:
        kept = have.get(name)
        return NarrativeLabel(label=name, score=1.0, evidence=kept.evidence if kept else [])

    domains = {tax.domain_of(x) for x in v["coarse"]} - {OTHER}
    domain = sorted(domains)[0] if len(domains) == 1 else (OTHER if not domains else sorted(domains)[0])
    a.narratives = Narratives(domain=domain, domain_score=1.0, coarse=[label(x) for x in v["coarse"]],
                              fine=[label(x) for x in v["fine"]])
    return True


def _apply_cast(a: Analysis, c: Correction) -> bool:
    entity = _find_entity(a, c.target)
    if entity is None:
        return False
    v = c.analyst_value
    main = v["main_role"]
    if main is None:
        entity.role = None
    else:
        entity.role = EntityRole(main_role=main, main_score=1.0,
                                 fine_roles=[ScoredLabel(label=f, score=1.0) for f in v["fine_roles"]],
                                 evidence=entity.role.evidence if entity.role else [])
    # The analyst judged the entity as the article casts it: its mentions follow (the highlight colours them).
    for m in entity.mentions:
        m.role = None if main is None else MentionRole(main_role=main, main_score=1.0,
                                                       fine_roles=list(entity.role.fine_roles))
    if a.cast is not None:
        for attr in _CAST_LIST.values():
            setattr(a.cast, attr, [m for m in getattr(a.cast, attr) if m.entity != entity.id])
        if main is not None:
            getattr(a.cast, _CAST_LIST[main]).append(
                CastMember(entity=entity.id, name=entity.name, fine_roles=list(v["fine_roles"]), score=1.0))
    return True


def _apply_persuasion(a: Analysis, c: Correction) -> bool:
    from ..taxonomy.techniques import load_techniques

    if a.persuasion is None:
        return False
    v = c.analyst_value
    same = [s for s in a.persuasion.spans if s.start == v["start"] and s.end == v["end"]
            and s.technique == v["technique"]]
    if v["verdict"] == "wrong":
        a.persuasion.spans = [s for s in a.persuasion.spans if s not in same]
    elif same:
        for s in same:
            s.score, s.shown = 1.0, True  # confirmed by an analyst: shown whatever its score was
    else:
        a.persuasion.spans.append(TechniqueSpan(
            technique=v["technique"], category=load_techniques().category_of(v["technique"]), score=1.0,
            start=v["start"], end=v["end"], text=a.article.text[v["start"]:v["end"]], cue="analyst"))
        a.persuasion.spans.sort(key=lambda s: (s.start, s.end))
    return True


def _apply_quotes(a: Analysis, c: Correction) -> bool:
    v = c.analyst_value
    quote = _find_quote(a, None, v) or _find_quote(a, c.target)
    if quote is None:
        return False
    quote.speaker = v["speaker"]
    entity = _find_entity(a, v["speaker"])
    quote.speaker_entity = entity.id if entity else None
    quote.unresolved_reason = None
    return True


__all__ = ["LAYERS", "VERDICTS", "Correction", "CorrectionError", "apply_corrections", "latest_per_target",
           "make_correction"]
