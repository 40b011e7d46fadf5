"""The versioned ``Analysis`` record (pydantic v2); its JSON Schema is generated from these models.

Offsets are ``start``/``end`` character positions into ``Article.text`` with ``end`` exclusive, so
``text[start:end]`` is the span. Every label carries a score and evidence spans.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A slice ``text[start:end]`` of the article's raw text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ArticleMeta(_Model):
    """What we know about the article itself."""

    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None
    path: str | None = None
    words: int = 0
    chars: int = 0
    body_start: int = 0
    content_hash: str
    text: str = Field(description="The article's raw text; every offset in the analysis points into it.")
    notes: list[str] = Field(default_factory=list, description="Reader remarks, e.g. the detected encoding.")


class Sentence(_Model):
    start: int
    end: int


class ScoredLabel(_Model):
    """A label with a calibrated score in [0, 1] and the spans that support it most."""

    label: str
    score: float = Field(ge=0.0, le=1.0)
    evidence: list[Span] = Field(default_factory=list)
    shown: bool = Field(default=True, description="Clears the layer's display-precision target (see its model "
                        "card); False: kept for `--all` and exports, hidden by default.")


class RoleCue(_Model):
    """What decided a role: a verb the entity does or undergoes, a word that qualifies it, a word nearby."""

    cue: str = Field(description="The cue in words, e.g. 'does “shell”', 'described as “criminal”'.")
    weight: float = Field(ge=0.0, description="How much it pushed this main role above the others.")


class MentionRole(_Model):
    """The role one mention is given where it occurs."""

    main_role: Literal["Protagonist", "Antagonist", "Innocent"]
    main_score: float = Field(ge=0.0, le=1.0)
    fine_roles: list[ScoredLabel] = Field(default_factory=list)
    cues: list[RoleCue] = Field(default_factory=list, description="What decided the main role, strongest first.")
    shown: bool = Field(default=True, description="Clears the layer's display-precision target (see its model "
                        "card); False: kept for `--all` and exports, hidden by default.")


class EntityRole(MentionRole):
    """The role the article gives an entity overall, with the sentences that show it."""

    evidence: list[Span] = Field(default_factory=list)


class Mention(_Model):
    start: int
    end: int
    text: str
    label: str = Field(description="Entity type of this mention: spaCy's (PERSON, ORG, GPE, NORP, ...), NAME (a name "
                       "found without NER) or GROUP (English: a group of people, \"Ukrainian civilians\").")
    role: MentionRole | None = None


class Entity(_Model):
    """A canonical entity: all mentions of one person, organisation, country or group."""

    id: str
    name: str
    type: str
    mentions: list[Mention]
    role: EntityRole | None = None


class Quote(_Model):
    """Something someone said: ``direct`` (in quote marks) or ``indirect`` (reported speech)."""

    id: str | None = Field(default=None, description="Id within this analysis ('q1', 'q2', ...), used by links.")
    kind: Literal["direct", "indirect"]
    content: Span
    speaker: str | None = None
    speaker_entity: str | None = Field(default=None, description="Entity id of the speaker, when resolved.")
    speaker_span: Span | None = None
    cue: str | None = Field(default=None, description="The reporting verb or phrase, e.g. 'said', 'according to'.")
    unresolved_reason: str | None = Field(default=None, description="Why no speaker was found, when none was.")
    partial: bool = Field(default=False, description="A few quoted words inside reported speech "
                          "(stating that the country can “forget about” joining NATO), not a whole statement.")


class ClaimValue(_Model):
    """A checkable value inside a claim."""

    type: Literal["money", "percent", "quantity", "number", "fraction", "date", "comparison"]
    start: int
    end: int
    text: str


class Claim(_Model):
    """A check-worthy statement and who makes it."""

    id: str | None = Field(default=None, description="Id within this analysis ('c1', 'c2', ...), used by links.")
    span: Span
    score: float = Field(ge=0.0, le=1.0, description="Check-worthiness, from the kinds of values present.")
    values: list[ClaimValue]
    claimant: str | None = None
    claimant_entity: str | None = None
    cue: str | None = None


class EvidenceSentence(Span):
    """An evidence sentence of a narrative, linked (by id) to what the other layers found inside it."""

    # A plain Span (schema 1.0 evidence) is accepted and read by its attributes.
    model_config = ConfigDict(extra="forbid", from_attributes=True)

    score: float | None = Field(default=None, description="How strongly this sentence carries the label "
                                "(the sentence scorer's calibrated probability), when known.")
    label: str | None = Field(default=None, description="The narrative or sub-narrative this sentence is "
                              "evidence for (the one it was chosen for), when known.")
    claims: list[str] = Field(default_factory=list, description="Ids of claims overlapping the sentence.")
    quotes: list[str] = Field(default_factory=list, description="Ids of quotes overlapping the sentence.")
    techniques: list[str] = Field(default_factory=list, description="Ids of persuasion spans inside the sentence.")
    entities: list[str] = Field(default_factory=list, description="Ids of entities mentioned in the sentence.")


class NarrativeLabel(ScoredLabel):
    """A narrative or sub-narrative with its score and linked evidence sentences."""

    # A plain ScoredLabel (schema 1.0) is accepted and read by its attributes.
    model_config = ConfigDict(extra="forbid", from_attributes=True)

    evidence: list[EvidenceSentence] = Field(default_factory=list)


class Narratives(_Model):
    """Which SemEval-2025 narratives the article advances. ``Other`` alone means none of the taxonomy."""

    domain: Literal["URW", "CC", "Other"]
    domain_score: float = Field(ge=0.0, le=1.0)
    coarse: list[NarrativeLabel] = Field(default_factory=list)
    fine: list[NarrativeLabel] = Field(default_factory=list)


class Explanation(_Model):
    """Why the dominant narrative was found: at most 80 words, from the article's own evidence."""

    narrative: str
    subnarrative: str | None = None
    text: str
    evidence: list[Span] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Ids of the entities, quotes, claims and "
                               "persuasion spans the explanation names.")


class CastMember(_Model):
    entity: str = Field(description="Entity id.")
    name: str
    fine_roles: list[str] = Field(default_factory=list)
    score: float = Field(ge=0.0, le=1.0)
    shown: bool = Field(default=True, description="Clears the layer's display-precision target (see its model "
                        "card); False: kept for `--all` and exports, hidden by default.")


class Cast(_Model):
    """Heroes, villains and victims of the article at a glance."""

    protagonists: list[CastMember] = Field(default_factory=list)
    antagonists: list[CastMember] = Field(default_factory=list)
    innocents: list[CastMember] = Field(default_factory=list)


class TechniqueSpan(_Model):
    id: str | None = Field(default=None, description="Id within this analysis ('t1', 't2', ...), used by links.")
    technique: str
    category: str
    score: float = Field(ge=0.0, le=1.0)
    start: int
    end: int
    text: str
    cue: str | None = Field(default=None, description="Why the span was flagged: the loaded word, the repeated "
                                                        "phrase, the authority quoted, ...")
    shown: bool = Field(default=True, description="Clears the layer's display-precision target (see its model "
                        "card); False: kept for `--all` and exports, hidden by default.")


class ParagraphTechniques(_Model):
    paragraph: int = Field(description="1-based paragraph number.")
    start: int
    end: int
    techniques: list[ScoredLabel] = Field(default_factory=list)


class Persuasion(_Model):
    spans: list[TechniqueSpan] = Field(default_factory=list)
    paragraphs: list[ParagraphTechniques] = Field(default_factory=list)
    counts_by_category: dict[str, int] = Field(default_factory=dict)
    density: float = Field(ge=0.0, le=1.0, description="Share of sentences with at least one technique.")


class StanceMember(_Model):
    """An entity the dominant narrative blames, praises or pities, and why we say so."""

    entity: str = Field(description="Entity id.")
    name: str
    stance: Literal["blamed", "praised", "victim"]
    source: Literal["cast", "taxonomy", "cast+taxonomy"] = Field(
        description="'cast': its role in the narrative's evidence; 'taxonomy': the narrative names its group.")


class CastCheck(_Model):
    """A disagreement between the cast and the dominant narrative, and how it was settled."""

    entity: str = Field(description="Entity id.")
    name: str
    cast_role: Literal["Protagonist", "Antagonist", "Innocent"]
    narrative: str
    narrative_stance: Literal["blamed", "praised", "victim"]
    action: Literal["kept", "removed"] = Field(description="'removed': taken out of the cast summary (the entity "
                                               "keeps its role); 'kept': the article's own sentences support it.")
    reason: str
    evidence: list[Span] = Field(default_factory=list)


class Links(_Model):
    """The linked reading: the dominant narrative's stance and how the cast agrees with it."""

    narrative: str | None = Field(default=None, description="The dominant narrative (None when Other).")
    stance: list[StanceMember] = Field(default_factory=list)
    cast_checks: list[CastCheck] = Field(default_factory=list)
    linked: int = Field(default=0, ge=0, description="Evidence sentences with at least one linked item.")


class Analysis(_Model):
    """The structured reading of one article."""

    schema_version: str = SCHEMA_VERSION
    narrascope_version: str
    models: dict[str, str] = Field(default_factory=dict, description="Analyser name -> model version used.")
    article: ArticleMeta
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    narratives: Narratives | None = None
    explanation: Explanation | None = None
    cast: Cast | None = None
    persuasion: Persuasion | None = None
    links: Links | None = None
    warnings: list[str] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of :class:`Analysis`."""
    schema = Analysis.model_json_schema()
    schema["$id"] = f"https://narrascope.org/schema/analysis-{SCHEMA_VERSION}.json"
    return schema
