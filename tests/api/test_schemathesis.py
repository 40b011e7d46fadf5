"""The API against its own OpenAPI document, with generated requests (schemathesis): no 500s, responses
match their declared schemas and status codes, errors have the one shape."""
from __future__ import annotations

import pytest

from tests.conftest import require

schemathesis = require("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from narrascope.api import create_app  # noqa: E402
from narrascope.settings import load_settings  # noqa: E402
from narrascope.store import open_store  # noqa: E402

from ..corpus.corpus_data import fill  # noqa: E402


def _app():
    store = open_store(":memory:")
    fill(store)
    # The pipeline loads on the first posted article (schemathesis needs the app when the module loads).
    return create_app(load_settings(api_token="schemathesis-token"), store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_follows_its_openapi_document(case):
    response = case.call()
    case.validate_response(response)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["status"] == response.status_code
