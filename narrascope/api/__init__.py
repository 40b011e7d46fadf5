"""The REST API: ``create_app(settings, store)`` builds the FastAPI app (API under ``/api``, dashboard at
``/``); ``serve`` runs it with uvicorn. Needs the ``api`` extra: ``pip install 'narrascope[api]'``."""
from __future__ import annotations

import os
from dataclasses import fields
from typing import Any

from ..errors import UsageError
from ..settings import Settings, load_settings


def _require_fastapi() -> None:
    try:
        import fastapi  # noqa: F401
        import jinja2  # noqa: F401
    except ImportError:
        raise UsageError("the REST API needs FastAPI: pip install 'narrascope[api]'") from None


def create_app(settings: Settings | None = None, store: Any = None, pipeline: Any = None):
    """The FastAPI application over ``store`` (opened from ``settings.store`` when not given).

    ``pipeline`` analyses posted articles (the default pipeline, built on first use, when not given).
    """
    _require_fastapi()
    from .app import build_app

    return build_app(settings, store, pipeline)


def app_from_environment():
    """The app built from settings alone (``NARRASCOPE_*`` environment): what each worker process runs."""
    return create_app(load_settings())


def serve(settings: Settings, store: Any = None) -> None:
    """Serve the API and dashboard on ``settings.api_host:settings.api_port`` until interrupted.

    With ``api_workers`` > 1, uvicorn starts that many processes, each opening the store itself (SQLite
    in WAL mode serves concurrent readers; writes still go through one writer at a time).
    """
    _require_fastapi()
    try:
        import uvicorn
    except ImportError:
        raise UsageError("serving needs uvicorn: pip install 'narrascope[api]'") from None
    if settings.api_workers > 1:
        # Workers are fresh processes: hand them the settings through the environment they read.
        for f in fields(settings):
            os.environ[f"NARRASCOPE_{f.name.upper()}"] = str(getattr(settings, f.name))
        uvicorn.run("narrascope.api:app_from_environment", factory=True, workers=settings.api_workers,
                    host=settings.api_host, port=settings.api_port, log_level="warning")
        return
    app = create_app(settings, store)
    uvicorn.run(app, host=settings.api_host, port=settings.api_port, log_level="warning")


__all__ = ["app_from_environment", "create_app", "serve"]
