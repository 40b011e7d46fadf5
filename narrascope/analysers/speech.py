"""Shared helpers for quotes and claims: reporting verbs and mapping a speaker token to an entity."""
from __future__ import annotations

from ..schema import Entity, Span

REPORTING_VERBS = frozenset("""
say tell claim add state insist argue write warn note explain declare announce accuse deny ask reply suggest
stress assert allege admit believe respond comment remark conclude emphasize emphasise maintain report tweet
post acknowledge confirm predict promise threaten vow urge demand describe recall testify contend complain
concede observe estimate mention reveal charge answer caution argue boast brag continue quip recount
""".split())

PRONOUNS_PERSON = {"he", "she", "him", "her"}


def entity_at(entities: list[Entity], start: int, end: int, prefer_person: bool = True) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)``; people win over places and organisations."""
    hits = [e for e in entities for m in e.mentions if m.start < end and start < m.end]
    if not hits:
        return None
    if prefer_person:
        people = [e for e in hits if e.type == "PERSON"]
        if people:
            return people[0]
    return hits[0]


def last_person_before(entities: list[Entity], pos: int) -> Entity | None:
    """The person mentioned most recently before ``pos`` (antecedent of 'he'/'she')."""
    best, best_pos = None, -1
    for e in entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            if best_pos < m.start < pos:
                best, best_pos = e, m.start
    return best


def speaker_of(subject, entities: list[Entity], text: str) -> tuple[str | None, str | None, Span | None]:
    """Resolve a spaCy subject token to ``(speaker name, entity id, span)``.

    The subject's head or subtree is matched against entity mentions; a he/she pronoun is resolved to the
    most recent person; otherwise the subject phrase itself names the speaker (e.g. 'a Kremlin spokesman').
    """
    sub = list(subject.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    span = Span(start=start, end=end, text=text[start:end])
    if subject.lower_ in PRONOUNS_PERSON:
        ent = last_person_before(entities, subject.idx)
        if ent is not None:
            return ent.name, ent.id, span
        return subject.text, None, span
    head_ent = entity_at(entities, subject.idx, subject.idx + len(subject.text))
    if head_ent is not None:
        return head_ent.name, head_ent.id, span
    if subject.pos_ in ("PRON", "DET") and subject.lower_ not in ("who",):
        return None, None, None
    people = [e for e in entities if e.type == "PERSON"
              and any(start <= m.start and m.end <= end for m in e.mentions)]
    if people:
        return people[0].name, people[0].id, span
    return span.text, None, span
