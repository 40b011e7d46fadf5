"""Corrections routes: analysts post corrections of a stored reading (bearer token) and list them.

The token check and the write path are shared with the dashboard (``narrascope.service``). Clients send the whole
token, as for every write.
"""
from __future__ import annotations

from typing import Any, Literal

from fastapi import Depends, FastAPI, Path
from fastapi import Query as Q
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..service import check_token, post_correction
from ..settings import Settings
from ..store import Store, StoredArticle
from ..store.corrections import apply_corrections
from .errors import ErrorBody
from .models import CorrectionIn, CorrectionList, CorrectionOut

_ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 413, 422, 500, 503)}


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


__all__ = ["add_correction_routes", "corrected"]
