"""Interop: what Kizuna exports is valid STIX 2.1 for the OASIS stix2-validator.

Starts the real server with the demo on a fresh database, exports each organisation's view
through the CLI and through GET /api/v1/export, and runs `stix2_validator` on the bundles.
"""
import json
import os
import pathlib
import subprocess
import urllib.request

import pytest

from conftest import KIZUNA

VALIDATOR = pathlib.Path(os.environ.get("STIX2_VALIDATOR", "stix2_validator"))


def validate(path):
    result = subprocess.run([str(VALIDATOR), str(path)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "STIX JSON: Valid" in result.stdout
    return result.stdout


@pytest.mark.parametrize("organisation", ["Sakuragi Bank", "Kita-Kanto Electric Power"])
def test_cli_export_is_valid_stix(demo, organisation):
    path = demo["directory"] / "export.json"
    subprocess.run(
        [str(KIZUNA), "export", "--org", organisation, "--format", "stix", "--output", str(path),
         "--database", str(demo["database"])],
        check=True, capture_output=True, timeout=120,
    )
    bundle = json.loads(path.read_text())
    assert bundle["type"] == "bundle"
    assert len(bundle["objects"]) > 1000
    validate(path)


def test_http_export_is_valid_stix(demo):
    key = demo["keys"]["Musashino Institute of Technology CSIRT"]
    request = urllib.request.Request(
        f"http://127.0.0.1:{demo['port']}/api/v1/export?format=stix",
        headers={"Authorization": f"Bearer {key}"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.headers["Content-Type"].startswith("application/stix+json")
        body = response.read()
    bundle = json.loads(body)
    # The university is in no sharing group: it reads only what is shared with the community.
    tlps = {ref for obj in bundle["objects"] for ref in obj.get("object_marking_refs", [])}
    assert "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1" not in tlps  # TLP:RED
    path = demo["directory"] / "university.json"
    path.write_bytes(body)
    validate(path)
