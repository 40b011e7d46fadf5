"""Monitor routes of the REST API: stories, narrative spread, entity role drift and alerts (read-only views of
the store; articles are assigned to stories when they are written, never by a GET)."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import FastAPI, Path
from fastapi import Query as Q
from pydantic import BaseModel, Field

from ..service import ApiError
from ..store import Store
from .errors import ErrorBody

_ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 422, 500, 503)}
_DAY = r"^\d{4}-\d{2}-\d{2}$"

# "Not blank" as both Python and the schema's regex dialect read it: ECMAScript's \s (the OpenAPI schema, and
# clients that generate requests from it) lacks the separators \x1c-\x1f and \x85 that str.strip() removes,
# so a label of those alone would pass the schema and then be refused as blank.
_NOT_BLANK = r"[^\s\x1c-\x1f\x85]"


class ArticleRef(BaseModel):
    id: int
    key: str
    title: str | None = None
    source: str | None = None
    date: str | None = Field(None, description="The date as read (the feed's date for watched articles).")
    when: str = Field(description="When it appeared: its date (with time when known), else its ingest time.")
    url: str | None = None
    similarity: float | None = Field(None, description="Near-duplicate similarity to its story when it joined.")
    story_id: int | None = None


class LabelCount(BaseModel):
    label: str
    articles: int
    share: float


class CastEntry(BaseModel):
    name: str
    role: Literal["Protagonist", "Antagonist", "Innocent"]
    articles: int
    roles: dict[str, int]


class FirstSeen(BaseModel):
    article_id: int
    source: str | None = None
    when: str
    date: str | None = None


class StoryOut(BaseModel):
    """A story (near-duplicate copies and rewrites) or an event (stories on one event within days)."""

    story_id: int | None = None
    event_id: int | None = None
    stories: list[int] | None = Field(None, description="For an event: its stories.")
    size: int
    title: str | None = None
    first_seen: FirstSeen
    last_seen: str
    sources: list[str]
    articles: list[ArticleRef]
    narratives: list[LabelCount]
    fine_narratives: list[LabelCount]
    cast: list[CastEntry]


class StoryPage(BaseModel):
    level: Literal["story", "event"]
    total: int
    limit: int
    offset: int
    items: list[StoryOut]


class Carrier(BaseModel):
    source: str
    first_article: ArticleRef
    first_seen: str
    lag_days: float = Field(description="Days after the narrative's first article.")
    articles: int


class PeriodCount(BaseModel):
    period: str
    articles: int
    stories: int = Field(description="Distinct stories (copies of one story once).")
    outlets: int
    new_outlets: int


class Lag(BaseModel):
    median: float | None = None
    max: float | None = None


class SpreadOut(BaseModel):
    narrative: str
    level: str | None = None
    by: Literal["day", "week"]
    articles: int
    stories: int
    outlets: int
    first_articles: list[ArticleRef]
    carriers: list[Carrier]
    per_period: list[PeriodCount]
    lag_days: Lag


class NarrativeReach(BaseModel):
    narrative: str
    level: str
    articles: int = Field(description="Articles carrying it (each once, even when it is both coarse and fine).")
    stories: int = Field(description="Distinct stories carrying it (copies of one story once).")
    outlets: int
    first_seen: str
    first_source: str | None = None
    first_article: int


class NarrativesOut(BaseModel):
    items: list[NarrativeReach]


class DriftPeriod(BaseModel):
    period: str
    Protagonist: int
    Antagonist: int
    Innocent: int
    dominant: str
    dominant_share: float


class Shift(BaseModel):
    from_period: str
    to_period: str
    from_role: str
    to_role: str


class DriftSource(BaseModel):
    source: str
    articles: int
    periods: list[DriftPeriod]
    shifts: list[Shift]


class DriftOut(BaseModel):
    entity: str
    aliases: list[str] = Field(default_factory=list, description="Shorter names merged into it (e.g. a surname).")
    by: Literal["day", "week"]
    sources: list[DriftSource]
    shifts: int


class Baseline(BaseModel):
    mean: float
    sd: float
    periods: int


class AlertStory(BaseModel):
    story_id: int
    title: str
    outlets: list[str]
    articles: list[ArticleRef]


class AlertOut(BaseModel):
    kind: Literal["narrative", "entity_role"]
    label: str
    role: str | None = None
    period: str
    count: int
    total: int
    share: float
    baseline: Baseline
    z: float
    articles: list[ArticleRef]
    stories: list[AlertStory] = Field(description="The carriers grouped by story: title, outlets, articles.")


class AlertsOut(BaseModel):
    rule: dict[str, Any] = Field(description="The rule's parameters (see the alerts documentation).")
    since: str | None = None
    periods: list[str]
    alerts: list[AlertOut]


def _day(value: str | None, name: str) -> str | None:
    try:
        if value is not None:
            date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"query.{name}: {value!r} is not a calendar date", "invalid_request") from None
    return value


def add_monitor_routes(app: FastAPI, store: Store, read: list[Any]) -> None:
    """Add ``/api/stories``, ``/api/narratives``, ``/api/narratives/spread``, ``/api/entities/{name}/drift``
    and ``/api/alerts`` to ``app``; ``read`` are the dependencies guarding reads."""
    from ..monitor import (
        AlertRule,
        alerts,
        get_story,
        list_stories,
        narrative_spread,
        narratives_overview,
        role_drift,
    )

    @app.get("/api/stories", response_model=StoryPage, response_model_exclude_none=True, tags=["monitor"],
             responses=_ERRORS, dependencies=read)
    def stories(level: Literal["story", "event"] = "story", min_articles: int = Q(1, ge=1, le=100_000),
                since: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"}),
                source: str | None = Q(None, max_length=300),
                limit: int = Q(20, ge=1, le=100), offset: int = Q(0, ge=0, le=1_000_000)) -> dict:
        """Stories (near-duplicate copies and rewrites) or events, newest first, with articles, sources, first
        seen, narratives and cast."""
        found = list_stories(store, level=level, min_articles=min_articles, since=_day(since, "since"),
                             source=source)
        return {"level": level, "total": len(found), "limit": limit, "offset": offset,
                "items": found[offset:offset + limit]}

    @app.get("/api/stories/{story_id}", response_model=StoryOut, response_model_exclude_none=True,
             tags=["monitor"], responses=_ERRORS, dependencies=read)
    def story(story_id: int = Path(ge=1, le=2**62), level: Literal["story", "event"] = "story") -> dict:
        """One story (or event) by id: the id of its first article."""
        found = get_story(store, story_id, level=level)
        if found is None:
            raise ApiError(404, f"no {level} {story_id} in the store", "not_found")
        return found

    @app.get("/api/narratives", response_model=NarrativesOut, tags=["monitor"], responses=_ERRORS,
             dependencies=read)
    def narratives(level: Literal["coarse", "fine"] | None = None,
                   since: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"}),
                   until: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"})) -> dict:
        """Every narrative with its articles, outlets and first carrier."""
        return {"items": narratives_overview(store, since=_day(since, "since"), until=_day(until, "until"),
                                             level=level)}

    @app.get("/api/narratives/spread", response_model=SpreadOut, tags=["monitor"], responses=_ERRORS,
             dependencies=read)
    def spread(narrative: str = Q(min_length=1, max_length=300, pattern=_NOT_BLANK, description="A narrative label."),
               by: Literal["day", "week"] = "day", first: int = Q(5, ge=1, le=100),
               since: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"}),
               until: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"})) -> dict:
        """How a narrative spread: its first articles, each outlet's first carrier and lag, outlets per period."""
        return narrative_spread(store, narrative, by=by, first=first, since=_day(since, "since"),
                                until=_day(until, "until"))

    @app.get("/api/entities/{name}/drift", response_model=DriftOut, tags=["monitor"], responses=_ERRORS,
             dependencies=read)
    def drift(name: str = Path(min_length=1, max_length=300, pattern=_NOT_BLANK), by: Literal["day", "week"] = "week",
              since: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"}),
              until: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"})) -> dict:
        """How each source casts an entity over time (main roles per period) and where its dominant role shifts."""
        return role_drift(store, name, by=by, since=_day(since, "since"), until=_day(until, "until"))

    @app.get("/api/alerts", response_model=AlertsOut, tags=["monitor"], responses=_ERRORS, dependencies=read)
    def get_alerts(since: str | None = Q(None, pattern=_DAY, json_schema_extra={"format": "date"}),
                   by: Literal["day", "week"] = "day", baseline: int | None = Q(None, ge=1, le=365),
                   min_count: int = Q(3, ge=1, le=100_000), k: float = Q(3.0, ge=0, le=100),
                   ratio: float = Q(2.0, ge=0, le=100),
                   count: Literal["stories", "articles"] = Q("stories", description=(
                       "stories: copies of one story count once; articles: every copy counts."))) -> dict:
        """Narratives and entity roles whose share of articles jumps above their own recent baseline: share in
        the period >= max(mean + k * max(sd, 0.05), ratio * mean) of the baseline periods, with at least
        min_count articles (see the README for the rule)."""
        rule = AlertRule(by=by, baseline=baseline, min_count=min_count, k=k, ratio=ratio)
        return alerts(store, since=_day(since, "since"), rule=rule, count=count)

    from .outlets import add_outlet_routes

    add_outlet_routes(app, store, read)
