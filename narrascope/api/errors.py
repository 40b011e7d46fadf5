"""One error shape for every error the API returns, and the request-size guard.

Every error body is ``{"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}``
whatever raised it: a route, FastAPI's validation (422), Starlette's routing (404/405), the body-size guard
(413), authentication (401/403) or an unexpected bug (500, without internals).
"""
from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, InputTooLargeError, NarrascopeError, SettingsError, StoreError, UsageError
from ..service import ApiError
from ..settings import RedactingFilter, redact

log = logging.getLogger("narrascope.api")
log.addFilter(RedactingFilter())  # a traceback of an unexpected error may quote a store URL

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          413: "body_too_large", 415: "unsupported_media_type", 422: "invalid_request", 429: "too_many_requests",
          500: "internal_error", 503: "unavailable"}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


def error_response(status: int, message: str, code: str | None = None, details: list | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSON error response in the one shape; secrets (a store password, the token) are redacted."""
    body: dict[str, Any] = {"status": status, "code": code or _CODES.get(status, "error"), "message": redact(message)}
    if details:
        body["details"] = json.loads(redact(json.dumps(details)))
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _status_of(exc: NarrascopeError) -> int:
    if isinstance(exc, InputTooLargeError):
        return 413
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, (UsageError, SettingsError)):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 500


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of error through :func:`error_response`."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
            # Starlette names only the first matching route's methods; list every route's for this path.
            allowed = sorted({m for r in request.app.routes if getattr(r, "methods", None)
                              and r.path_regex.match(request.url.path) for m in r.methods})
            headers = {**(headers or {}), "Allow": ", ".join(allowed)}
        return error_response(exc.status_code, message, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"location": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
                   for e in exc.errors()]
        first = details[0] if details else {"location": "", "message": "invalid request"}
        return error_response(422, f"{first['location']}: {first['message']}", details=details)

    @app.exception_handler(NarrascopeError)
    async def _library(request: Request, exc: NarrascopeError) -> JSONResponse:
        return error_response(_status_of(exc), str(exc), exc.code)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; see the server log", "internal_error")


class BodyLimit:
    """ASGI middleware refusing request bodies over ``limit`` bytes with a 413 in the one error shape.

    Checks ``Content-Length`` up front and counts streamed (chunked) bodies as they arrive.
    """

    def __init__(self, app: Any, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = error_response(413, f"request body over the limit of {self.limit} bytes (api_max_body_bytes)")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    await error_response(400, "bad Content-Length header")(scope, receive, send)
                    return
                if size > self.limit:
                    await too_big(scope, receive, send)
                    return
        seen = 0
        started = False

        async def guarded_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(self.limit)
            return message

        async def tracking_send(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, tracking_send)
        except _TooLarge:
            if not started:
                await too_big(scope, receive, send)


class _TooLarge(StarletteHTTPException):
    """An HTTPException, so FastAPI's body parsing passes it on to the one error handler as a 413."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body over the limit of {limit} bytes (api_max_body_bytes)")
