"""The REST API: ``create_app(settings, store)`` builds the FastAPI app (API under ``/api``, dashboard at
``/``); ``serve`` runs it with uvicorn. Needs the ``api`` extra: ``pip install 'narrascope[api]'``."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ..errors import SettingsError, UsageError
from ..settings import Settings

#: Set by ``serve`` for its worker processes: the path of a private file holding the server's settings.
WORKER_SETTINGS_ENV = "NARRASCOPE_SERVE_SETTINGS_FILE"


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
    """What each ``serve`` worker process runs: the app over the settings ``serve`` handed to its workers."""
    path = os.environ.get(WORKER_SETTINGS_ENV)
    if not path:
        raise SettingsError(f"{WORKER_SETTINGS_ENV} is not set: worker processes are started by `narrascope serve`")
    try:
        values = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"cannot read the worker settings {path}: {exc}") from None
    return create_app(Settings(**values))


def _write_worker_settings(settings: Settings, folder: Path) -> Path:
    """The settings as JSON in a file only this user can read (the token included: workers need it)."""
    values = {name: getattr(settings, name) for name in Settings.model_fields}
    values["api_token"] = settings.token()  # resolved once, so workers need not read the token file
    values["api_token_file"] = ""
    path = folder / "settings.json"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(values, f)
    return path


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
        # Workers are fresh processes that inherit only the environment. The settings (token included) go
        # in a private file and the environment carries only its path: a token in the environment would be
        # readable by every child process and in /proc/<pid>/environ.
        folder = Path(tempfile.mkdtemp(prefix="narrascope-serve-"))  # mode 0700
        try:
            os.environ[WORKER_SETTINGS_ENV] = str(_write_worker_settings(settings, folder))
            uvicorn.run("narrascope.api:app_from_environment", factory=True, workers=settings.api_workers,
                        host=settings.api_host, port=settings.api_port, log_level="warning")
        finally:
            os.environ.pop(WORKER_SETTINGS_ENV, None)
            shutil.rmtree(folder, ignore_errors=True)
        return
    app = create_app(settings, store)
    uvicorn.run(app, host=settings.api_host, port=settings.api_port, log_level="warning")


__all__ = ["app_from_environment", "create_app", "serve"]
