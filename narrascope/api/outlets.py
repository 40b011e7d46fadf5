"""Outlet routes of the REST API: ``/api/outlets`` (every outlet's profile) and ``/api/outlets/{name}``."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import FastAPI, Path
from pydantic import BaseModel, Field

from ..service import ApiError
from ..store import Store
from .errors import ErrorBody

_ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 422, 500, 503)}


class CopyLink(BaseModel):
    outlet: str
    stories: int = Field(description="Stories (near-duplicate groups) shared, the other outlet's article first.")
    median_lag_hours: float


class MixEntry(BaseModel):
    label: str
    articles: int
    share: float = Field(description="Share of the outlet's articles.")
    corpus_share: float = Field(description="Share of the corpus's articles.")
    ratio: float


class Persuasion(BaseModel):
    techniques: int
    words: int
    per_1000_words: float | None = None


class Casting(BaseModel):
    entity: str
    articles: int
    roles: dict[str, int]
    dominant: str | None = None
    corpus_dominant: str | None = None


class OutletPeriod(BaseModel):
    period: str
    articles: int


class OutletOut(BaseModel):
    """An outlet's profile: see ``narrascope outlets --help`` and the README's monitoring section."""

    outlet: str
    articles: int
    stories: int
    first_day: str | None = None
    last_day: str | None = None
    domains: list[str]
    feeds: list[str]
    language: str | None = None
    country: str | None = None
    notes: str | None = None
    first_carrier: int = Field(description="Narratives whose first article in the corpus is this outlet's.")
    first_carrier_of: list[str]
    narratives: dict[str, int]
    narrative_mix: list[MixEntry]
    persuasion: Persuasion
    cast: list[Casting]
    by: Literal["day", "week"]
    per_period: list[OutletPeriod]
    copies_from: list[CopyLink]
    copied_by: list[CopyLink]


class OutletsOut(BaseModel):
    items: list[OutletOut]


def add_outlet_routes(app: FastAPI, store: Store, read: list[Any]) -> None:
    """Add ``/api/outlets`` and ``/api/outlets/{name}``; ``read`` are the dependencies guarding reads."""
    from ..monitor import outlet_profile, outlet_profiles

    @app.get("/api/outlets", response_model=OutletsOut, tags=["monitor"], responses=_ERRORS, dependencies=read)
    def outlets(by: Literal["day", "week"] = "week") -> dict:
        """Every outlet's profile: articles over time, narrative mix against the corpus, first carriers,
        persuasion density, casting of the frequent entities, and who it copies and who copies it."""
        return {"items": outlet_profiles(store, by=by)}

    @app.get("/api/outlets/{name}", response_model=OutletOut, tags=["monitor"], responses=_ERRORS,
             dependencies=read)
    def outlet(name: str = Path(min_length=1, max_length=300, pattern=r"[^\s\x1c-\x1f\x85]"),
               by: Literal["day", "week"] = "week") -> dict:
        """One outlet's profile (the name is case-insensitive)."""
        found = outlet_profile(store, name, by=by)
        if found is None:
            raise ApiError(404, f"no outlet {name!r} in the store", "not_found")
        return found
