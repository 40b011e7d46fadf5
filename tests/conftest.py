"""Session-wide fixtures: models are loaded once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# A throwaway PostgreSQL server for the store contract tests (pg_server, pg_url fixtures).
pytest_plugins = ["tests.pg_server"]

REPO = Path(__file__).resolve().parents[1]
# The training data lives beside the checkout (../shared/data); NARRASCOPE_SHARED_DATA points elsewhere.
SHARED_DATA = Path(os.environ.get("NARRASCOPE_SHARED_DATA") or (REPO / ".." / "shared" / "data")).resolve()
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (training data); skips when absent, unless CI=true, where it must be there."""
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared data is missing at {SHARED_DATA}")
        pytest.skip(f"shared training data not found at {SHARED_DATA} (only on the project's machines)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def pipeline():
    """The default pipeline, built once."""
    from narrascope import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyze(pipeline):
    """``analyze(text) -> Analysis`` with the session pipeline."""
    from narrascope import read

    return lambda text: pipeline(read(text))
