"""Interop: `kizuna pull` as a TAXII 2.1 client, against Kizuna itself and against medallion 3.0.

Each test starts a second Kizuna server on a fresh database ("the mirror"), pulls a remote
collection into it, pulls again (the added_after bookmark must make the second run store
nothing new), adds objects on the remote side and pulls a third time (only those are new), and
reads the pulled indicators back through the mirror's REST API (`GET /api/v1/objects`).
The tests skip when this build has no `kizuna pull` yet.
"""
import datetime
import json
import re
import subprocess
import uuid

import pytest
import requests
import stix2
from taxii2client.v21 import ApiRoot, as_pages

from conftest import KIZUNA, serve_kizuna, serve_medallion

INSTANCE = "Kizuna Coordination Centre"  # serve's default --instance-name, created on an empty database
TLP_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
TLP_CLEAR = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"
SUMMARY = re.compile(
    r"pulled (\d+) objects?: (\d+) created, (\d+) new-version, (\d+) unchanged, (\d+) rejected")


@pytest.fixture(scope="module")
def pull_cli():
    try:
        result = subprocess.run([str(KIZUNA), "pull", "--help"], capture_output=True, text=True, timeout=60)
    except OSError as error:
        pytest.skip(f"kizuna is not built: {error}")
    # Without the subcommand, ArgumentParser prints the root help and still exits 0: look for the
    # pull command's own options as well.
    if result.returncode != 0 or "--collection" not in result.stdout:
        pytest.skip("this build has no `kizuna pull` (the TAXII client); `kizuna pull --help` "
                    f"exited {result.returncode}")
    return result.stdout


def pull(url, collection_id, database, user=None, password=None, org=INSTANCE, audience="community"):
    command = [str(KIZUNA), "pull", url, "--collection", collection_id, "--org", org,
               "--audience", audience, "--database", str(database)]
    if user is not None:
        command += ["--user", user, "--password", password]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    match = SUMMARY.search(output)
    assert match, f"no summary line in: {output[-2000:]}"
    pulled, created, new_version, unchanged, rejected = map(int, match.groups())
    assert created + new_version + unchanged + rejected == pulled, match.group(0)
    return {"pulled": pulled, "created": created, "new-version": new_version,
            "unchanged": unchanged, "rejected": rejected, "output": output}


def rest_objects(server, key, **params):
    """Every object the mirror's REST API lists for these filters (following `next` cursors)."""
    objects, cursor = [], None
    for _ in range(10_000):
        query = {"limit": 1000, **params}
        if cursor:
            query["cursor"] = cursor
        response = requests.get(f"{server['url']}/api/v1/objects", params=query,
                                headers={"Authorization": f"Bearer {key}"}, timeout=120)
        assert response.status_code == 200, response.text[:500]
        body = response.json()
        objects.extend(item["object"] for item in body["items"])
        cursor = body.get("next")
        if not cursor or not body["items"]:
            return objects
    raise AssertionError("the REST listing did not end")


def taxii_objects(collection):
    objects = []
    for page in as_pages(collection.get_objects, per_request=1000, version="all"):
        objects.extend(page.get("objects", []))
    return objects


def stix_timestamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def generated_objects(count_indicators=30, count_malware=9):
    """About 50 STIX 2.1 objects made with the OASIS stix2 library: an identity, indicators,
    malware, relationships, and a second version of two indicators."""
    base = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=2)
    identity = stix2.v21.Identity(name="Interop peer CSIRT", identity_class="organization",
                                  created=base, modified=base, object_marking_refs=[TLP_CLEAR])
    objects = [identity]
    families = []
    for index in range(count_malware):
        moment = base + datetime.timedelta(minutes=index)
        families.append(stix2.v21.Malware(name=f"peer-family-{index}", is_family=True, created=moment,
                                          modified=moment, created_by_ref=identity.id,
                                          object_marking_refs=[TLP_GREEN]))
    objects.extend(families)
    indicators = []
    for index in range(count_indicators):
        moment = base + datetime.timedelta(minutes=30 + index)
        indicators.append(stix2.v21.Indicator(
            name=f"Peer C2 {index}", indicator_types=["malicious-activity"], pattern_type="stix",
            pattern=f"[ipv4-addr:value = '198.51.100.{index + 1}']", valid_from=moment,
            created=moment, modified=moment, created_by_ref=identity.id, object_marking_refs=[TLP_GREEN]))
    objects.extend(indicators)
    for index, family in enumerate(families):
        moment = base + datetime.timedelta(hours=2, minutes=index)
        objects.append(stix2.v21.Relationship(indicators[index], "indicates", family, created=moment,
                                              modified=moment, created_by_ref=identity.id,
                                              object_marking_refs=[TLP_GREEN]))
    for index in (0, 1):
        objects.append(indicators[index].new_version(
            modified=base + datetime.timedelta(hours=3, minutes=index), confidence=80))
    return [json.loads(obj.serialize()) for obj in objects]


def new_indicators(count):
    moment = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)
    return [json.loads(stix2.v21.Indicator(
        name=f"Late indicator {index}", indicator_types=["malicious-activity"], pattern_type="stix",
        pattern=f"[domain-name:value = 'late{index}-{uuid.uuid4().hex[:8]}.example']", valid_from=moment,
        created=moment, modified=moment, object_marking_refs=[TLP_GREEN]).serialize()) for index in range(count)]


def test_pull_from_kizuna(pull_cli, demo, tmp_path):
    key = demo["keys"]["Musashino Institute of Technology CSIRT"]
    root = ApiRoot(f"{demo['url']}/taxii2/api/", user="mirror", password=key)
    community = {c.title: c for c in root.collections}["Community"]
    source = taxii_objects(community)
    source_ids = {obj["id"] for obj in source}
    source_indicators = {obj["id"] for obj in source if obj["type"] == "indicator"}
    assert len(source_indicators) > 100

    with serve_kizuna(tmp_path, name="mirror") as mirror:
        database = mirror["database"]
        # a fresh database already holds the TLP marking definitions and a few identities
        before = {obj["id"] for obj in rest_objects(mirror, mirror["admin_key"])}
        first = pull(root.url, community.id, database, user="mirror", password=key)
        assert first["rejected"] == 0, first["output"][-3000:]
        assert first["created"] == len(source_ids - before), first
        assert first["unchanged"] <= len(before & source_ids), first
        assert first["pulled"] >= len(source_ids)

        second = pull(root.url, community.id, database, user="mirror", password=key)
        assert second["created"] == second["new-version"] == second["rejected"] == 0, second

        # something new at the source: only that is stored by the next run
        late = new_indicators(3)
        writer = ApiRoot(f"{demo['url']}/taxii2/api/", user="bank", password=demo["keys"]["Sakuragi Bank"])
        bank_community = {c.title: c for c in writer.collections}["Community"]
        status = bank_community.add_objects({"objects": late}, wait_for_completion=False)
        assert status.success_count == 3, status.failures
        third = pull(root.url, community.id, database, user="mirror", password=key)
        assert third["created"] == 3 and third["new-version"] == 0 and third["rejected"] == 0, third

        fourth = pull(root.url, community.id, database, user="mirror", password=key)
        assert fourth["created"] == fourth["new-version"] == 0, fourth

        # the mirror serves them through its REST API
        pulled = rest_objects(mirror, mirror["admin_key"], type="indicator")
        assert {obj["id"] for obj in pulled} == source_indicators | {obj["id"] for obj in late}
        by_id = {obj["id"]: obj for obj in pulled}
        for obj in late:
            assert by_id[obj["id"]]["pattern"] == obj["pattern"]
        latest = {}
        for obj in source:
            if obj["type"] == "indicator" and obj["modified"] >= latest.get(obj["id"], {}).get("modified", ""):
                latest[obj["id"]] = obj
        for oid, obj in list(latest.items())[:50]:
            assert by_id[oid]["modified"] == obj["modified"] and by_id[oid]["pattern"] == obj["pattern"]


def test_pull_from_medallion(pull_cli, tmp_path):
    objects = generated_objects()
    assert 45 <= len(objects) <= 55
    collection_id = str(uuid.uuid4())
    peer_directory = tmp_path / "medallion"
    peer_directory.mkdir()
    with serve_medallion(peer_directory, [{"id": collection_id, "title": "Peer feed", "objects": objects}],
                         max_page_size=20) as peer, serve_kizuna(tmp_path, name="mirror") as mirror:
        database = mirror["database"]
        distinct = {obj["id"] for obj in objects}
        first = pull(peer["api_root"], collection_id, database, user=peer["user"], password=peer["password"])
        assert first["rejected"] == 0, first["output"][-3000:]
        assert first["created"] == len(distinct), first
        assert first["pulled"] in (len(distinct), len(objects)), first

        second = pull(peer["api_root"], collection_id, database, user=peer["user"], password=peer["password"])
        assert second["created"] == second["new-version"] == second["rejected"] == 0, second

        late = new_indicators(5)
        peer_root = ApiRoot(peer["api_root"], user=peer["user"], password=peer["password"])
        status = peer_root.collections[0].add_objects({"objects": late}, wait_for_completion=False)
        assert status.success_count == 5
        third = pull(peer["api_root"], collection_id, database, user=peer["user"], password=peer["password"])
        assert third["created"] == 5 and third["new-version"] == 0 and third["rejected"] == 0, third

        fourth = pull(peer["api_root"], collection_id, database, user=peer["user"], password=peer["password"])
        assert fourth["created"] == fourth["new-version"] == 0, fourth

        pulled = rest_objects(mirror, mirror["admin_key"], type="indicator")
        expected = {obj["id"] for obj in objects if obj["type"] == "indicator"} | {obj["id"] for obj in late}
        assert {obj["id"] for obj in pulled} == expected
        # the second versions arrived as the current ones
        versioned = [obj for obj in objects if obj["type"] == "indicator" and obj.get("confidence") == 80]
        by_id = {obj["id"]: obj for obj in pulled}
        for obj in versioned:
            assert by_id[obj["id"]]["modified"] == obj["modified"]
            # the whole history came across, not only the current version
            history = requests.get(f"{mirror['url']}/api/v1/objects/{obj['id']}", params={"versions": "all"},
                                   headers={"Authorization": f"Bearer {mirror['admin_key']}"}, timeout=60)
            assert history.status_code == 200, history.text[:300]
            assert len(history.json()["objects"]) == 2, history.text[:300]
        assert len(rest_objects(mirror, mirror["admin_key"], type="relationship")) == 9

        # wrong credentials at the peer: the pull fails with a message, and stores nothing
        bad = subprocess.run([str(KIZUNA), "pull", peer["api_root"], "--collection", collection_id,
                              "--user", peer["user"], "--password", "wrong", "--org", INSTANCE,
                              "--audience", "community", "--database", str(database)],
                             capture_output=True, text=True, timeout=300)
        assert bad.returncode != 0
        assert "401" in bad.stdout + bad.stderr or "unauthor" in (bad.stdout + bad.stderr).lower()
