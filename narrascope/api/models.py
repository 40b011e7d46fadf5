"""Request and response bodies of the REST API (their JSON Schemas are in /openapi.json)."""
from __future__ import annotations

import dataclasses
import typing
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..schema import Analysis
from ..store import ArticleSummary


class ArticleIn(BaseModel):
    """An article to analyse. Only ``text`` is required; title and date are found in it when not given."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description=(
        "The raw article text; every offset in the analysis points into it. Read like a JSONL record: blank "
        "or binary text is refused (422), text over the max_input_bytes setting too (413)."))
    title: str | None = Field(default=None, max_length=2000)
    id: str | None = Field(default=None, max_length=500, description="Your id for the article (versions share it).")
    date: str | None = Field(default=None, max_length=100, description="Publication date, YYYY-MM-DD preferred.")
    source: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=4000)
    author: str | None = Field(default=None, max_length=500)
    language: Literal["en", "bg", "hi", "pt", "ru"] | None = None


class Stored(BaseModel):
    """Where an analysed article is in the store."""

    id: int
    status: Literal["new", "version", "duplicate", "unchanged", "refreshed"]
    version: int


class AnalyzeOut(BaseModel):
    analysis: Analysis
    stored: Stored | None = None


def _model_of(record: type, name: str, descriptions: dict[str, str]) -> type[BaseModel]:
    """A response model with exactly the fields of the store's dataclass ``record`` (same names, types and
    defaults), so the API's items cannot drift from what the store returns; ``descriptions`` documents some."""
    hints = typing.get_type_hints(record)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.default is not dataclasses.MISSING:
            default = Field(default=f.default, description=descriptions.get(f.name))
        elif f.default_factory is not dataclasses.MISSING:
            default = Field(default_factory=f.default_factory, description=descriptions.get(f.name))
        else:
            default = Field(description=descriptions.get(f.name))
        fields[f.name] = (hints[f.name], default)
    return create_model(name, **fields)


#: One row of a search result: the store's ArticleSummary, as the API returns it.
ArticleItem = _model_of(ArticleSummary, "ArticleItem",
                        {"snippet": "Text around the hits; hits are wrapped in «» marks."})


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleItem]


class ArticleOut(BaseModel):
    id: int
    content_hash: str
    key: str
    version: int
    latest: bool
    ingested_at: str
    text: str
    analysis: Analysis | None
    aliases: list[dict[str, Any]]
    versions: list[dict[str, Any]]
    corrections: list[CorrectionOut] = Field(default_factory=list, description=(
        "Analysts' corrections applied to ``analysis`` (latest per target), each with the model's value beside."))


class TrendPoint(BaseModel):
    period: str | None = Field(description="Day, Monday of the week, or YYYY-MM; null for undated articles.")
    count: int
    total: int
    share: float
    source: str | None = None


class TrendsOut(BaseModel):
    by: Literal["day", "week", "month"]
    metric: dict[str, str]
    rows: list[TrendPoint]


class FramingPoint(BaseModel):
    period: str | None
    role: str | None = Field(description="Protagonist, Antagonist, Innocent, or null when no role was assigned.")
    count: int


class FramingOut(BaseModel):
    entity: str
    by: Literal["day", "week", "month"]
    rows: list[FramingPoint]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    schema_version: str
    store: dict[str, int]


class CorrectionIn(BaseModel):
    """An analyst's correction of one stored article's reading; ``layer`` decides which fields apply:

    * ``narratives``: ``coarse`` and ``fine`` (the article's full label set);
    * ``cast``: ``entity``, ``main_role`` (null: not framed) and ``fine_roles``;
    * ``persuasion``: ``start``, ``end`` (character offsets, end exclusive), ``technique``, ``verdict``;
    * ``quotes``: ``quote`` (its id) and ``speaker``.
    """

    model_config = ConfigDict(extra="forbid")

    layer: Literal["narratives", "cast", "persuasion", "quotes"]
    coarse: list[str] | None = Field(default=None, max_length=50)
    fine: list[str] | None = Field(default=None, max_length=100)
    entity: str | None = Field(default=None, max_length=300)
    main_role: Literal["Protagonist", "Antagonist", "Innocent"] | str | None = Field(default=None, max_length=50)
    fine_roles: list[str] | None = Field(default=None, max_length=22)
    start: int | None = Field(default=None, ge=0, le=2**31)
    end: int | None = Field(default=None, ge=0, le=2**31)
    technique: str | None = Field(default=None, max_length=100)
    verdict: Literal["right", "wrong"] | None = None
    quote: str | None = Field(default=None, max_length=50)
    speaker: str | None = Field(default=None, max_length=300)


class CorrectionOut(BaseModel):
    """A stored correction: the model's value beside the analyst's, who made it and when."""

    id: int
    article_id: int
    content_hash: str
    layer: str
    target: str = Field(description="'article' (narratives), the entity's name, 'START-END TECHNIQUE' or the quote id.")
    model_value: Any = None
    analyst_value: Any
    who: str = Field(description="The name of the token that posted it (the part before ':' of a 'name:secret' "
                     "token).")
    created_at: str
    applied: bool | None = Field(default=None, description="In a served reading: whether its target was found "
                                 "and the correction applied.")


class CorrectionList(BaseModel):
    total: int
    items: list[CorrectionOut]
