"""Corrections routes: analysts post corrections of a stored reading (bearer token) and list them.

The token names who corrected: a token written ``name:secret`` (in ``api_token`` or ``api_token_file``) records
``name``; a token without a colon records ``analyst``. Clients send the whole token, as for every write.
"""
from __future__ import annotations

import hmac
from typing import Any, Literal

from fastapi import Depends, FastAPI, Path
from fastapi import Query as Q
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..settings import Settings
from ..store import Store, StoredArticle
from ..store.corrections import Correction, apply_corrections, make_correction
from .errors import ApiError, ErrorBody
from .models import CorrectionIn, CorrectionList, CorrectionOut

_ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 413, 422, 500, 503)}
DEFAULT_WHO = "analyst"


def token_name(token: str) -> str:
    """Who a token stands for: the part before ``:`` of a ``name:secret`` token, else ``analyst``."""
    name, sep, secret = token.partition(":")
    return name.strip() if sep and name.strip() and secret else DEFAULT_WHO


def check_token(token: str, given: str | None) -> str:
    """The name of the token when ``given`` is it; else a 401 (403 when the server has no token)."""
    if not token:
        raise ApiError(403, "corrections are disabled on this server: set the api_token setting "
                            "(NARRASCOPE_API_TOKEN or api_token_file) to enable them", "forbidden")
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "missing or wrong bearer token (Authorization: Bearer <api_token>)", "unauthorized",
                       headers={"WWW-Authenticate": "Bearer"})
    return token_name(token)


def post_correction(store: Store, article_id: int, body: dict[str, Any], who: str) -> Correction:
    """Check ``body`` against the stored article and store it; a 404 for an unknown article, a 422 (nothing
    stored) for a correction outside the taxonomy or the article."""
    found = store.get(article_id)
    if found is None:
        raise ApiError(404, f"no article {article_id} in the store", "not_found")
    if found.analysis is None:
        raise ApiError(422, f"article {article_id} has no analysis to correct", "bad_correction")
    correction = make_correction(article_id, found.analysis, body, who)  # CorrectionError -> 422
    return store.add_correction(correction)


def corrected(store: Store, found: StoredArticle) -> dict[str, Any]:
    """The stored article as the API serves it: the reading with its corrections applied and listed."""
    out = dict(found.__dict__)
    fixes = store.corrections(article=found.id) if found.analysis is not None else []
    if fixes:
        out["analysis"], applied = apply_corrections(found.analysis, fixes)
        out["corrections"] = [c.to_dict() for c in applied]
    return out


def add_correction_routes(app: FastAPI, store: Store, settings: Settings, read: list[Any]) -> None:
    """``POST /api/articles/{id}/corrections`` (token) and ``GET /api/corrections``."""
    token = settings.token()
    bearer = HTTPBearer(auto_error=False, description="The api_token setting.")

    def writer(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> str:
        return check_token(token, creds.credentials if creds else None)

    @app.post("/api/articles/{article_id}/corrections", response_model=CorrectionOut, status_code=201,
              tags=["corrections"], responses=_ERRORS)
    def add(body: CorrectionIn, article_id: int = Path(ge=1, le=2**62), who: str = Depends(writer)) -> dict:
        """Correct one layer of a stored article's reading (needs the bearer token): a narrative label set, an
        entity's role, a persuasion span's verdict or a quote's speaker. 422 (and nothing stored) for a label
        outside the taxonomy, an unknown entity or quote, or a span outside the text."""
        return post_correction(store, article_id, body.model_dump(exclude_unset=True), who).to_dict()

    @app.get("/api/corrections", response_model=CorrectionList, tags=["corrections"], responses=_ERRORS,
             dependencies=read)
    def list_corrections(article: int | None = Q(None, ge=1, le=2**62),
                         layer: Literal["narratives", "cast", "persuasion", "quotes"] | None = None,
                         limit: int = Q(1000, ge=1, le=10_000)) -> dict:
        """Stored corrections, oldest first, of one article and/or one layer."""
        items = [c.to_dict() for c in store.corrections(article=article, layer=layer, limit=limit)]
        return {"total": len(items), "items": items}


__all__ = ["add_correction_routes", "check_token", "corrected", "post_correction", "token_name"]
