"""Session-wide fixtures: models are loaded once per test session; :func:`require` for optional packages."""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The training data lives beside the checkout (../shared/data); NARRASCOPE_SHARED_DATA points elsewhere.
SHARED_DATA = Path(os.environ.get("NARRASCOPE_SHARED_DATA") or (REPO / ".." / "shared" / "data")).resolve()
EXAMPLES = REPO / "examples"


def in_ci() -> bool:
    """Whether this run is CI (``CI=true``), where nothing may be skipped for a missing dependency."""
    return os.environ.get("CI") == "true"


def require(module: str):
    """``pytest.importorskip(module)``, except that under ``CI=true`` a missing module fails the run.

    Use it at module level for optional dependencies (pyarrow, schemathesis, playwright): on a laptop without
    them those tests skip; in CI, where every extra is installed, a missing one is a broken install.
    """
    if in_ci():
        try:
            return importlib.import_module(module)
        except ImportError as exc:
            pytest.fail(f"CI=true but {module} cannot be imported ({exc}); install the dev extra", pytrace=False)
    return pytest.importorskip(module)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (training data); skips when absent, unless CI=true, where it must be there."""
    if not SHARED_DATA.is_dir():
        if in_ci():
            pytest.fail(f"CI=true but the shared data is missing at {SHARED_DATA}")
        pytest.skip(f"shared training data not found at {SHARED_DATA} (only on the project's machines)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline with the shipped settings, built once."""
    from narrascope import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyze(pipeline):
    """``analyze(text_or_path) -> Analysis`` with the session pipeline (a str is the article's text)."""
    from narrascope import read_path, read_text

    return lambda source: pipeline(read_text(source) if isinstance(source, str) else read_path(source))
