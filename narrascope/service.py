"""What the REST API (``api/``) and the dashboard (``web/``) share, so that neither imports the other.

The length limits of the search filters, the error raised with an HTTP status, the bearer-token check for
writes and the correction write path. The API app mounts the dashboard; the dashboard uses only this module.
The token names who corrected: a token written ``name:secret`` (in ``api_token`` or ``api_token_file``) records
``name``; a token without a colon records ``analyst``.
"""
from __future__ import annotations

import hmac
from typing import Any

from .store import Store
from .store.corrections import Correction, make_correction

#: Longest value of each text filter of searches, for the REST API and the dashboard alike.
QUERY_LIMITS = {"q": 500, "narrative": 300, "entity": 300, "technique": 200, "source": 300}
DEFAULT_WHO = "analyst"


class ApiError(Exception):
    """Raised by routes to return an error in the one shape."""

    def __init__(self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.headers = status, message, code, headers


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


__all__ = ["QUERY_LIMITS", "ApiError", "check_token", "post_correction", "token_name"]
