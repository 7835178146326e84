"""Interop: the OpenAPI document the server serves is valid OpenAPI 3.1 for openapi-spec-validator."""
import json
import urllib.request

from openapi_spec_validator import validate


def test_served_openapi_document_is_valid(demo):
    with urllib.request.urlopen(f"http://127.0.0.1:{demo['port']}/api/v1/openapi.json", timeout=30) as response:
        document = json.loads(response.read())
    assert document["openapi"].startswith("3.1")
    validate(document)
