"""Interop: Kizuna's TAXII 2.1 server driven by the OASIS client (taxii2-client 2.3).

Every endpoint (discovery, API root, collections, objects, object, versions, manifest, status,
delete) is exercised through `taxii2client.v21` against the real server with the demo; error
statuses the client cannot produce (406, 415, 413, 401, 400, 403, 404) are sent with `requests`.
The visibility rule is checked through every TAXII path: an outsider organisation never sees
another organisation's TLP:RED or group-only objects. What Kizuna serves over TAXII is run
through the OASIS stix2-validator.
"""
import base64
import datetime
import json
import os
import pathlib
import re
import socket
import subprocess
import time
import uuid

import pytest
import requests
import stix2
from taxii2client.v21 import ApiRoot, Server, as_pages

from conftest import KIZUNA, TAXII_MEDIA_TYPE, serve_kizuna

VALIDATOR = pathlib.Path(os.environ.get("STIX2_VALIDATOR", "stix2_validator"))
STIX_MEDIA_TYPE = "application/stix+json;version=2.1"

TLP = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
RED_MARKINGS = {TLP["red"], "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"}

BANK = "Sakuragi Bank"
OTHER_BANK = "Minato Shinkin Bank"
OUTSIDER = "Musashino Institute of Technology CSIRT"
GROUP = "Group: Financial sector"
COMMUNITY = "Community"
ADVISORIES = "Advisories"


# ---------------------------------------------------------------------------------------------
# helpers


def timestamp(offset_seconds=0.0):
    moment = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=offset_seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def indicator(tlp="green", name="Interop indicator", created=None, modified=None):
    """A fresh STIX 2.1 indicator, built with the OASIS stix2 library, as a dict."""
    created = created or timestamp(-600)
    marking = [TLP[tlp]] if tlp else None
    obj = stix2.v21.Indicator(
        name=name, indicator_types=["malicious-activity"], pattern_type="stix",
        pattern=f"[domain-name:value = 'i{uuid.uuid4().hex[:12]}.interop.example']",
        valid_from=created, created=created, modified=modified or created,
        object_marking_refs=marking, allow_custom=False,
    )
    return json.loads(obj.serialize())


def malware(tlp="green"):
    created = timestamp(-600)
    obj = stix2.v21.Malware(name=f"interop-{uuid.uuid4().hex[:8]}", is_family=False, created=created,
                            modified=created, object_marking_refs=[TLP[tlp]])
    return json.loads(obj.serialize())


def new_version(obj, seconds):
    """Another version of `obj` whose `modified` is `seconds` after the original's."""
    stix = stix2.parse(obj, allow_custom=True)
    modified = datetime.datetime.strptime(obj["modified"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=seconds)
    return json.loads(stix.new_version(modified=modified, name=f"{obj.get('name', '')} v+{seconds}").serialize())


def envelope(*objects):
    return {"objects": list(objects)}


def root_for(demo, key, user="interop-client"):
    return ApiRoot(f"{demo['url']}/taxii2/api/", user=user, password=key)


def collections_for(demo, key):
    return {collection.title: collection for collection in root_for(demo, key).collections}


def collection(demo, organisation, title):
    key = key_of(demo, organisation)
    found = collections_for(demo, key)
    assert title in found, f"{organisation} has no collection {title!r}: {sorted(found)}"
    return found[title]


def key_of(demo, organisation):
    if organisation == "coordinator":
        return demo["admin_key"]
    return demo["keys"][organisation]


def raw(demo, method, path, key=None, accept=TAXII_MEDIA_TYPE, headers=None, auth=True, **kwargs):
    """A request to `/taxii2/api/` + path with Basic credentials (key as password)."""
    all_headers = {"Accept": accept} if accept else {}
    all_headers.update(headers or {})
    url = path if path.startswith("http") else f"{demo['url']}/taxii2/api/{path}"
    credentials = ("interop-client", key) if (key and auth) else None
    return requests.request(method, url, headers=all_headers, auth=credentials, timeout=120, **kwargs)


def objects_path(col, suffix=""):
    return f"collections/{col.id}/objects/{suffix}"


def assert_taxii_error(response, status):
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers.get("Content-Type", "").replace(" ", "").startswith("application/taxii+json"), \
        response.headers.get("Content-Type")
    body = response.json()
    assert body.get("title"), body
    assert str(body.get("http_status")) == str(status), body
    return body


def all_objects(col, per_request=100, **filters):
    objects = []
    for page in as_pages(col.get_objects, per_request=per_request, **filters):
        objects.extend(page.get("objects", []))
    return objects


def ids_of(objects):
    return [obj["id"] for obj in objects]


def post(col, *objects):
    """add_objects through taxii2-client; returns the Status."""
    return col.add_objects(envelope(*objects), wait_for_completion=False)


def successes(status):
    return {(entry["id"], entry["version"]) for entry in status.successes}


# ---------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def reader(demo):
    """A reader-role user of Sakuragi Bank, created with the CLI; returns its key."""
    name = "sakuragi-interop-reader"
    subprocess.run([str(KIZUNA), "user", "add", name, "--org", BANK, "--role", "reader",
                    "--database", str(demo["database"])], check=True, capture_output=True, timeout=60)
    result = subprocess.run([str(KIZUNA), "key", "add", "--user", name, "--json",
                             "--database", str(demo["database"])],
                            check=True, capture_output=True, text=True, timeout=60)
    return json.loads(result.stdout)["key"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A second server on a fresh database that accepts at most 1 MiB per request."""
    with serve_kizuna(tmp_path_factory.mktemp("kizuna-small"), "--max-bundle-mib", "1", name="small") as server:
        yield server


# ---------------------------------------------------------------------------------------------
# discovery, API root, collections


def test_discovery(demo):
    server = Server(f"{demo['url']}/taxii2/", user="anyone", password=key_of(demo, OUTSIDER))
    assert server.title
    assert server.description
    expected = f"{demo['url']}/taxii2/api/"
    assert [root.url for root in server.api_roots] == [expected]
    assert server.default is not None and server.default.url == expected
    response = raw(demo, "GET", f"{demo['url']}/taxii2/", key=key_of(demo, OUTSIDER))
    assert response.status_code == 200
    assert response.headers["Content-Type"].replace(" ", "") == TAXII_MEDIA_TYPE
    assert response.json()["api_roots"] == [expected]  # absolute URL


def test_api_root(demo):
    root = root_for(demo, key_of(demo, BANK))
    assert root.title
    assert root.versions == [TAXII_MEDIA_TYPE]
    assert root.max_content_length == 256 * 1024 * 1024  # serve's default --max-bundle-mib 256


def test_api_root_reports_max_bundle_mib(small):
    root = ApiRoot(f"{small['url']}/taxii2/api/", user="admin", password=small["admin_key"])
    assert root.max_content_length == 1024 * 1024


def test_collections_per_organisation(demo):
    bank = collections_for(demo, key_of(demo, BANK))
    for title in (COMMUNITY, GROUP, f"{BANK} (private)", ADVISORIES):
        assert title in bank, sorted(bank)
    assert all(t in (COMMUNITY, ADVISORIES, f"{BANK} (private)") or t.startswith("Group: ") for t in bank), bank
    for title in (COMMUNITY, GROUP, f"{BANK} (private)"):
        assert bank[title].can_read and bank[title].can_write, title
    assert bank[ADVISORIES].can_read and not bank[ADVISORIES].can_write

    outsider = collections_for(demo, key_of(demo, OUTSIDER))
    assert set(outsider) == {COMMUNITY, f"{OUTSIDER} (private)", ADVISORIES}
    assert outsider[COMMUNITY].can_read and outsider[COMMUNITY].can_write
    assert outsider[f"{OUTSIDER} (private)"].can_read and outsider[f"{OUTSIDER} (private)"].can_write
    assert outsider[ADVISORIES].can_read and not outsider[ADVISORIES].can_write

    other_bank = collections_for(demo, key_of(demo, OTHER_BANK))
    assert GROUP in other_bank and f"{OTHER_BANK} (private)" in other_bank
    assert f"{BANK} (private)" not in other_bank
    assert other_bank[GROUP].id == bank[GROUP].id

    coordinator = collections_for(demo, demo["admin_key"])
    assert coordinator[ADVISORIES].can_read and coordinator[ADVISORIES].can_write
    assert coordinator[COMMUNITY].id == bank[COMMUNITY].id == outsider[COMMUNITY].id
    assert coordinator[ADVISORIES].id == bank[ADVISORIES].id

    # the collection ids are unique within one listing
    for listing in (bank, outsider, other_bank, coordinator):
        assert len({c.id for c in listing.values()}) == len(listing)


def test_get_collection(demo):
    bank = collections_for(demo, key_of(demo, BANK))
    for title, col in bank.items():
        response = raw(demo, "GET", f"collections/{col.id}/", key=key_of(demo, BANK))
        assert response.status_code == 200, (title, response.text)
        assert response.headers["Content-Type"].replace(" ", "") == TAXII_MEDIA_TYPE
        body = response.json()
        assert body["id"] == col.id and body["title"] == title
        assert body["can_read"] == col.can_read and body["can_write"] == col.can_write
        if "media_types" in body:
            assert STIX_MEDIA_TYPE in [m.replace(" ", "") for m in body["media_types"]]


def test_basic_any_user_name_and_bearer(demo):
    key = key_of(demo, OUTSIDER)
    for user in ("someone", "musashino-institute-of-technology", "x"):
        response = requests.get(f"{demo['url']}/taxii2/api/collections/", auth=(user, key),
                                headers={"Accept": TAXII_MEDIA_TYPE}, timeout=60)
        assert response.status_code == 200, (user, response.text)
    response = requests.get(f"{demo['url']}/taxii2/api/collections/",
                            headers={"Accept": TAXII_MEDIA_TYPE, "Authorization": f"Bearer {key}"}, timeout=60)
    assert response.status_code == 200
    assert {c["title"] for c in response.json()["collections"]} == {COMMUNITY, f"{OUTSIDER} (private)", ADVISORIES}


# ---------------------------------------------------------------------------------------------
# add objects and status


def test_add_objects_answers_202_with_status(demo):
    community = collection(demo, BANK, COMMUNITY)
    objects = [indicator("green"), indicator("clear"), malware("amber")]
    response = raw(demo, "POST", objects_path(community), key=key_of(demo, BANK),
                   headers={"Content-Type": TAXII_MEDIA_TYPE}, data=json.dumps(envelope(*objects)))
    assert response.status_code == 202, response.text
    assert response.headers["Content-Type"].replace(" ", "") == TAXII_MEDIA_TYPE
    status = response.json()
    assert status["id"]
    assert status["status"] == "complete"
    assert status["total_count"] == 3
    assert status["success_count"] == 3 and status["failure_count"] == 0 and status["pending_count"] == 0
    assert {(s["id"], s["version"]) for s in status["successes"]} == {(o["id"], o["modified"]) for o in objects}
    assert status.get("failures", []) == [] and status.get("pendings", []) == []

    # GET status later, through the client, by the same organisation (another user name, same key)
    later = root_for(demo, key_of(demo, BANK), user="someone-else").get_status(status["id"])
    assert later.id == status["id"] and later.status == "complete"
    assert later.total_count == 3 and later.success_count == 3 and later.failure_count == 0
    assert successes(later) == {(o["id"], o["modified"]) for o in objects}

    # ... but not by another organisation
    for organisation in (OTHER_BANK, OUTSIDER):
        assert_taxii_error(raw(demo, "GET", f"status/{status['id']}/", key=key_of(demo, organisation)), 404)


def test_expect_100_continue_gets_an_interim_answer(demo):
    """curl sends `Expect: 100-continue` with bodies over 1 MiB and holds the body back until the server
    answers `100 Continue` (or a second passes): the interim answer must come before any body byte."""
    community = collection(demo, BANK, COMMUNITY)
    objects = [indicator("green") for _ in range(3)]
    body = json.dumps(envelope(*objects)).encode()
    token = base64.b64encode(f"interop-client:{key_of(demo, BANK)}".encode()).decode()
    head = (f"POST /taxii2/api/{objects_path(community)} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Basic {token}\r\nAccept: {TAXII_MEDIA_TYPE}\r\nContent-Type: {TAXII_MEDIA_TYPE}\r\n"
            f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", demo["port"]), timeout=10) as connection:
        connection.sendall(head)
        interim = b""
        while b"\r\n\r\n" not in interim:
            chunk = connection.recv(4096)  # times out (an error) when no interim answer comes
            assert chunk, "connection closed before the interim answer"
            interim += chunk
        assert interim.startswith(b"HTTP/1.1 100"), interim[:200]
        connection.sendall(body)
        answer = interim.split(b"\r\n\r\n", 1)[1]
        while b"\r\n\r\n" not in answer:
            answer += connection.recv(65536)
        headers, rest = answer.split(b"\r\n\r\n", 1)
        assert headers.startswith(b"HTTP/1.1 202"), headers[:200]
        length = int(re.search(rb"(?im)^content-length:\s*(\d+)", headers).group(1))
        while len(rest) < length:
            rest += connection.recv(65536)
    status = json.loads(rest[:length])
    assert status["success_count"] == 3 and status["failure_count"] == 0, status


def test_add_objects_through_client(demo):
    group = collection(demo, BANK, GROUP)
    objects = [indicator("amber"), indicator("red")]
    status = post(group, *objects)
    assert status.status == "complete"
    assert status.total_count == 2 and status.success_count == 2 and status.failure_count == 0
    assert status.pending_count == 0
    assert successes(status) == {(o["id"], o["modified"]) for o in objects}


def test_duplicate_is_reported(demo):
    community = collection(demo, BANK, COMMUNITY)
    first = indicator("green")
    assert post(community, first).success_count == 1
    fresh = indicator("green")
    status = post(community, first, fresh)
    assert status.total_count == 2
    assert status.success_count == 1 and status.failure_count == 1
    assert successes(status) == {(fresh["id"], fresh["modified"])}
    [failure] = status.failures
    assert failure["id"] == first["id"] and failure["version"] == first["modified"]
    assert "duplicate" in failure.get("message", "").lower(), failure
    # stored once
    versions = community.object_versions(first["id"])
    assert versions["versions"] == [first["modified"]]


@pytest.mark.parametrize("tlp", ["red"])
@pytest.mark.parametrize("title", [COMMUNITY, ADVISORIES])
def test_red_to_everyone_is_a_per_object_failure(demo, title, tlp):
    """TLP:RED goes to group or private collections only (DESIGN.md's rule; AMBER and
    AMBER+STRICT may reach the community): writing it to a collection everyone reads fails for
    that object (in the status), not for the request."""
    organisation = "coordinator" if title == ADVISORIES else BANK
    col = collection(demo, organisation, title)
    good = indicator("green")
    bad = indicator(tlp)
    status = post(col, good, bad)
    assert status.status == "complete"
    assert (status.total_count, status.success_count, status.failure_count) == (2, 1, 1), \
        (status.successes, status.failures)
    assert successes(status) == {(good["id"], good["modified"])}
    [failure] = status.failures
    assert failure["id"] == bad["id"] and failure["version"] == bad["modified"]
    assert failure.get("message"), failure
    # nothing of the failed object was stored
    assert_taxii_error(raw(demo, "GET", objects_path(col, f"{bad['id']}/"), key=key_of(demo, organisation)), 404)
    assert col.get_object(good["id"])["objects"][0]["id"] == good["id"]


def test_advisories_only_the_coordinator_writes(demo):
    advisories = collection(demo, "coordinator", ADVISORIES)
    advisory = indicator("clear", name="Coordinator advisory")
    status = post(advisories, advisory)
    assert status.success_count == 1, status.failures
    for organisation in (BANK, OUTSIDER):
        # everyone reads it
        col = collection(demo, organisation, ADVISORIES)
        assert ids_of(col.get_object(advisory["id"])["objects"]) == [advisory["id"]]
        # nobody else writes
        response = raw(demo, "POST", objects_path(advisories), key=key_of(demo, organisation),
                       headers={"Content-Type": TAXII_MEDIA_TYPE}, data=json.dumps(envelope(indicator("clear"))))
        assert_taxii_error(response, 403)


def test_reader_cannot_write(demo, reader):
    found = {c.title: c for c in root_for(demo, reader).collections}
    assert {COMMUNITY, GROUP, f"{BANK} (private)", ADVISORIES} <= set(found)
    for title, col in found.items():
        assert col.can_read, title
        assert not col.can_write, title
    for title in (COMMUNITY, GROUP, f"{BANK} (private)", ADVISORIES):
        response = raw(demo, "POST", objects_path(found[title]), key=reader,
                       headers={"Content-Type": TAXII_MEDIA_TYPE}, data=json.dumps(envelope(indicator("green"))))
        assert_taxii_error(response, 403)
    # the reader reads what its organisation shared with its group, but cannot delete it
    shared = indicator("red")
    assert post(collection(demo, BANK, GROUP), shared).success_count == 1
    assert ids_of(found[GROUP].get_object(shared["id"])["objects"]) == [shared["id"]]
    assert_taxii_error(raw(demo, "DELETE", objects_path(found[GROUP], f"{shared['id']}/"), key=reader), 403)


# ---------------------------------------------------------------------------------------------
# get objects: pagination and filters


def test_pagination_with_as_pages(demo):
    private = collection(demo, BANK, f"{BANK} (private)")
    objects = [indicator("amber") for _ in range(23)]
    assert post(private, *objects).success_count == 23
    ids = ids_of(objects)
    pages = list(as_pages(private.get_objects, per_request=5, id=ids))
    assert [len(page.get("objects", [])) for page in pages] == [5, 5, 5, 5, 3]
    assert [page["more"] for page in pages] == [True, True, True, True, False]
    for page in pages[:-1]:
        assert page.get("next")
    seen = [obj["id"] for page in pages for obj in page.get("objects", [])]
    assert len(seen) == len(set(seen)) == 23 and set(seen) == set(ids)
    # the whole collection: as_pages and the manifest agree, and nothing repeats
    everything = all_objects(private, per_request=7)
    assert len(ids_of(everything)) == len(set(ids_of(everything)))
    manifest = [m for page in as_pages(private.get_manifest, per_request=9) for m in page.get("objects", [])]
    assert sorted(m["id"] for m in manifest) == sorted(ids_of(everything))
    assert set(ids) <= set(ids_of(everything))


def test_pagination_over_the_community(demo):
    community = collection(demo, OUTSIDER, COMMUNITY)
    small_pages = all_objects(community, per_request=100)
    big_pages = all_objects(community, per_request=1000)
    assert len(small_pages) > 500  # the demo shares hundreds of objects with the community
    assert len(ids_of(small_pages)) == len(set(ids_of(small_pages)))
    assert sorted(ids_of(small_pages)) == sorted(ids_of(big_pages))


def test_date_added_headers_and_added_after(demo):
    community = collection(demo, BANK, COMMUNITY)
    key = key_of(demo, BANK)
    first = [indicator("green") for _ in range(3)]
    assert post(community, *first).success_count == 3
    response = raw(demo, "GET", objects_path(community), key=key, params={"match[id]": ",".join(ids_of(first))})
    assert response.status_code == 200
    assert sorted(ids_of(response.json()["objects"])) == sorted(ids_of(first))
    added_first = response.headers["X-TAXII-Date-Added-First"]
    added_last = response.headers["X-TAXII-Date-Added-Last"]
    assert added_first <= added_last
    time.sleep(0.05)
    second = [indicator("green") for _ in range(2)]
    assert post(community, *second).success_count == 2
    everything = ids_of(first) + ids_of(second)
    after = community.get_objects(added_after=added_last, id=everything)
    assert sorted(ids_of(after.get("objects", []))) == sorted(ids_of(second))
    after_manifest = community.get_manifest(added_after=added_last, id=everything)
    assert sorted(m["id"] for m in after_manifest.get("objects", [])) == sorted(ids_of(second))
    # an added_after before the first batch returns both batches
    before = community.get_objects(added_after="2000-01-01T00:00:00.000Z", id=everything)
    assert sorted(ids_of(before["objects"])) == sorted(everything)
    # the headers of the second batch come after the first batch's
    response = raw(demo, "GET", objects_path(community), key=key, params={"match[id]": ",".join(ids_of(second))})
    assert response.headers["X-TAXII-Date-Added-First"] > added_last


def test_percent_encoded_filter_names(demo):
    """HTTP clients (requests, hence taxii2-client) send `match[id]` as `match%5Bid%5D`: the
    server decodes parameter names as well as values."""
    community = collection(demo, BANK, COMMUNITY)
    obj = indicator("green")
    assert post(community, obj).success_count == 1
    url = f"{demo['url']}/taxii2/api/{objects_path(community)}"
    for query in (f"match%5Bid%5D={obj['id']}",
                  f"match%5Bid%5D={obj['id']}&match%5Btype%5D=indicator&match%5Bversion%5D=all"
                  "&match%5Bspec_version%5D=2.1"):
        response = requests.get(f"{url}?{query}", auth=("interop-client", key_of(demo, BANK)),
                                headers={"Accept": TAXII_MEDIA_TYPE}, timeout=60)
        assert response.status_code == 200, (query, response.text[:300])
        assert ids_of(response.json()["objects"]) == [obj["id"]], query


def test_date_added_headers_on_every_endpoint(demo):
    group = collection(demo, BANK, GROUP)
    v1 = indicator("amber")
    v2 = new_version(v1, 5)
    assert post(group, v1, v2).success_count == 2
    key = key_of(demo, BANK)
    for path in (objects_path(group), f"collections/{group.id}/manifest/", objects_path(group, f"{v1['id']}/"),
                 objects_path(group, f"{v1['id']}/versions/")):
        response = raw(demo, "GET", path, key=key)
        assert response.status_code == 200, (path, response.text[:300])
        first = response.headers.get("X-TAXII-Date-Added-First")
        last = response.headers.get("X-TAXII-Date-Added-Last")
        assert first and last and first <= last, (path, dict(response.headers))
        datetime.datetime.strptime(first[:19], "%Y-%m-%dT%H:%M:%S")


def test_match_type_and_id(demo):
    community = collection(demo, BANK, COMMUNITY)
    ind, mal = indicator("green"), malware("green")
    assert post(community, ind, mal).success_count == 2
    both = [ind["id"], mal["id"]]
    assert ids_of(community.get_objects(id=both, type="malware")["objects"]) == [mal["id"]]
    assert sorted(ids_of(community.get_objects(id=both, type=["indicator", "malware"])["objects"])) == sorted(both)
    assert ids_of(community.get_objects(id=ind["id"])["objects"]) == [ind["id"]]
    assert community.get_objects(id=both, type="campaign").get("objects", []) == []
    # the filters work on the whole collection too
    malware_only = all_objects(community, per_request=500, type="malware")
    assert malware_only and {o["type"] for o in malware_only} == {"malware"}
    assert mal["id"] in ids_of(malware_only)


def test_match_version(demo):
    community = collection(demo, BANK, COMMUNITY)
    v1 = indicator("green", name="Versioned indicator")
    v2, v3 = new_version(v1, 60), new_version(v1, 120)
    status = post(community, v1, v2, v3)
    assert status.success_count == 3, status.failures
    oid = v1["id"]

    def versions_of(**filters):
        return sorted(o["modified"] for o in community.get_objects(id=oid, **filters).get("objects", []))

    assert versions_of() == [v3["modified"]]  # default: last
    assert versions_of(version="last") == [v3["modified"]]
    assert versions_of(version="first") == [v1["modified"]]
    assert versions_of(version="all") == sorted([v1["modified"], v2["modified"], v3["modified"]])
    assert versions_of(version=v2["modified"]) == [v2["modified"]]
    assert versions_of(version=["first", "last"]) == sorted([v1["modified"], v3["modified"]])
    assert versions_of(version=[v1["modified"], v2["modified"]]) == sorted([v1["modified"], v2["modified"]])
    # get an object
    latest = community.get_object(oid)["objects"]
    assert [o["modified"] for o in latest] == [v3["modified"]] and latest[0]["name"] == v3["name"]
    assert sorted(o["modified"] for o in community.get_object(oid, version="all")["objects"]) == \
        sorted([v1["modified"], v2["modified"], v3["modified"]])
    assert [o["modified"] for o in community.get_object(oid, version="first")["objects"]] == [v1["modified"]]
    # versions
    versions = community.object_versions(oid)
    assert versions["more"] is False
    assert sorted(versions["versions"]) == sorted([v1["modified"], v2["modified"], v3["modified"]])
    # manifest
    manifest = community.get_manifest(id=oid, version="all")["objects"]
    assert sorted(m["version"] for m in manifest) == sorted(versions["versions"])
    assert community.get_manifest(id=oid)["objects"][0]["version"] == v3["modified"]


def test_match_spec_version(demo):
    community = collection(demo, BANK, COMMUNITY)
    obj = indicator("green")
    assert post(community, obj).success_count == 1
    assert ids_of(community.get_objects(id=obj["id"], spec_version="2.1")["objects"]) == [obj["id"]]
    assert community.get_objects(id=obj["id"], spec_version="2.0").get("objects", []) == []
    assert ids_of(community.get_objects(id=obj["id"], spec_version=["2.0", "2.1"])["objects"]) == [obj["id"]]
    assert community.get_manifest(id=obj["id"], spec_version="2.0").get("objects", []) == []


def test_manifest(demo):
    group = collection(demo, OTHER_BANK, GROUP)
    objects = [indicator("amber"), malware("red")]
    assert post(group, *objects).success_count == 2
    manifest = group.get_manifest(id=ids_of(objects))
    assert manifest["more"] is False
    entries = {m["id"]: m for m in manifest["objects"]}
    assert set(entries) == set(ids_of(objects))
    for obj in objects:
        entry = entries[obj["id"]]
        assert set(entry) >= {"id", "date_added", "version", "media_type"}
        assert entry["version"] == obj["modified"]
        assert entry["media_type"].replace(" ", "") == STIX_MEDIA_TYPE
        datetime.datetime.strptime(entry["date_added"][:19], "%Y-%m-%dT%H:%M:%S")
        assert entry["date_added"].endswith("Z")
    pages = list(as_pages(group.get_manifest, per_request=1, id=ids_of(objects)))
    assert [len(p["objects"]) for p in pages] == [1, 1] and pages[0]["more"] and not pages[1]["more"]
    assert group.get_manifest(id=ids_of(objects), type="malware")["objects"][0]["id"] == objects[1]["id"]


# ---------------------------------------------------------------------------------------------
# delete


def test_delete_object(demo):
    community = collection(demo, BANK, COMMUNITY)
    v1 = indicator("green", name="To be deleted")
    v2 = new_version(v1, 30)
    assert post(community, v1, v2).success_count == 2
    oid = v1["id"]
    # other organisations see it, so they are forbidden to delete it
    for organisation in (OTHER_BANK, OUTSIDER):
        col = collection(demo, organisation, COMMUNITY)
        with pytest.raises(requests.HTTPError) as error:
            col.delete_object(oid, version="all")
        assert_taxii_error(error.value.response, 403)
    assert sorted(community.object_versions(oid)["versions"]) == sorted([v1["modified"], v2["modified"]])
    # the owner removes the first version, then the rest
    community.delete_object(oid, version="first")
    assert community.object_versions(oid)["versions"] == [v2["modified"]]
    assert [o["modified"] for o in community.get_object(oid, version="all")["objects"]] == [v2["modified"]]
    community.delete_object(oid, version="all")
    key = key_of(demo, BANK)
    assert_taxii_error(raw(demo, "GET", objects_path(community, f"{oid}/"), key=key), 404)
    assert_taxii_error(raw(demo, "GET", objects_path(community, f"{oid}/versions/"), key=key), 404)
    assert community.get_manifest(id=oid).get("objects", []) == []
    assert_taxii_error(raw(demo, "DELETE", objects_path(community, f"{oid}/"), key=key), 404)


def test_delete_invisible_object_is_404(demo):
    group = collection(demo, BANK, GROUP)
    secret = indicator("red")
    assert post(group, secret).success_count == 1
    outsider = collections_for(demo, key_of(demo, OUTSIDER))
    for col in outsider.values():
        assert_taxii_error(raw(demo, "DELETE", objects_path(col, f"{secret['id']}/"), key=key_of(demo, OUTSIDER)), 404)
    assert_taxii_error(raw(demo, "DELETE", objects_path(group, f"{secret['id']}/"), key=key_of(demo, OUTSIDER)), 404)
    # still there for the group
    assert ids_of(collection(demo, OTHER_BANK, GROUP).get_object(secret["id"])["objects"]) == [secret["id"]]


# ---------------------------------------------------------------------------------------------
# visibility through every TAXII path


def test_outsider_never_sees_red_or_group_objects(demo):
    bank_collections = collections_for(demo, key_of(demo, BANK))
    group, private, community = bank_collections[GROUP], bank_collections[f"{BANK} (private)"], bank_collections[COMMUNITY]
    group_red, group_amber, group_green = indicator("red"), indicator("amber"), indicator("green")
    group_red_v2 = new_version(group_red, 10)
    private_red, private_green = indicator("red"), indicator("green")
    public = indicator("green")
    group_status = post(group, group_red, group_red_v2, group_amber, group_green)
    assert group_status.success_count == 4, group_status.failures
    assert post(private, private_red, private_green).success_count == 2
    assert post(community, public).success_count == 1
    hidden = [group_red["id"], group_amber["id"], group_green["id"], private_red["id"], private_green["id"]]
    everything = hidden + [public["id"]]

    key = key_of(demo, OUTSIDER)
    outsider = collections_for(demo, key)
    # the group and the bank's private collection are not listed, and do not exist for the outsider
    assert GROUP not in outsider and f"{BANK} (private)" not in outsider
    assert not {group.id, private.id} & {c.id for c in outsider.values()}
    for hidden_collection in (group, private):
        for path in (f"collections/{hidden_collection.id}/", objects_path(hidden_collection),
                     f"collections/{hidden_collection.id}/manifest/",
                     objects_path(hidden_collection, f"{group_red['id']}/"),
                     objects_path(hidden_collection, f"{group_red['id']}/versions/"),
                     objects_path(hidden_collection, f"{private_red['id']}/")):
            assert_taxii_error(raw(demo, "GET", path, key=key), 404)
        response = raw(demo, "POST", objects_path(hidden_collection), key=key,
                       headers={"Content-Type": TAXII_MEDIA_TYPE}, data=json.dumps(envelope(indicator("green"))))
        assert_taxii_error(response, 404)
    # in every collection the outsider can read: objects, object, versions, manifest
    for title, col in outsider.items():
        assert ids_of(col.get_objects(id=everything).get("objects", [])) == ([public["id"]] if title == COMMUNITY else [])
        assert [m["id"] for m in col.get_manifest(id=everything, version="all").get("objects", [])] == \
            ([public["id"]] if title == COMMUNITY else [])
        for oid in hidden:
            assert_taxii_error(raw(demo, "GET", objects_path(col, f"{oid}/"), key=key), 404)
            assert_taxii_error(raw(demo, "GET", objects_path(col, f"{oid}/versions/"), key=key), 404)
            assert_taxii_error(raw(demo, "GET", objects_path(col, f"{oid}/"), key=key,
                                   params={"match[version]": "all"}), 404)
        # and no TLP:RED at all, anywhere the outsider reads
        for obj in all_objects(col, per_request=1000, version="all"):
            assert not RED_MARKINGS & set(obj.get("object_marking_refs", [])), obj["id"]
            assert obj["id"] not in hidden
        manifest_ids = {m["id"] for page in as_pages(col.get_manifest, per_request=1000, version="all")
                        for m in page.get("objects", [])}
        assert not manifest_ids & set(hidden)
    # the status of the bank's write (which names the RED objects) is not the outsider's to read
    assert_taxii_error(raw(demo, "GET", f"status/{group_status.id}/", key=key), 404)

    # a group member reads the group objects (every version), but not the bank's private ones
    member = collections_for(demo, key_of(demo, OTHER_BANK))
    member_group = member[GROUP]
    assert sorted(ids_of(member_group.get_objects(id=everything)["objects"])) == \
        sorted([group_red["id"], group_amber["id"], group_green["id"]])
    assert sorted(member_group.object_versions(group_red["id"])["versions"]) == \
        sorted([group_red["modified"], group_red_v2["modified"]])
    for col in member.values():
        for oid in (private_red["id"], private_green["id"]):
            assert_taxii_error(raw(demo, "GET", objects_path(col, f"{oid}/"), key=key_of(demo, OTHER_BANK)), 404)
    # the owner reads its private objects in its private collection
    assert sorted(ids_of(private.get_objects(id=everything)["objects"])) == sorted([private_red["id"], private_green["id"]])


# ---------------------------------------------------------------------------------------------
# errors


def test_wrong_accept_is_406(demo):
    key = key_of(demo, BANK)
    community = collection(demo, BANK, COMMUNITY)
    for accept in ("application/json", "application/taxii+json;version=2.0", "text/html"):
        for path in (f"{demo['url']}/taxii2/", "", "collections/", objects_path(community),
                     f"collections/{community.id}/manifest/"):
            assert_taxii_error(raw(demo, "GET", path, key=key, accept=accept), 406)
    # the bare TAXII media type (no version) and the exact one are accepted
    assert raw(demo, "GET", "collections/", key=key, accept="application/taxii+json").status_code == 200
    assert raw(demo, "GET", "collections/", key=key, accept=TAXII_MEDIA_TYPE).status_code == 200


@pytest.mark.parametrize("content_type", ["application/json", "application/stix+json;version=2.1",
                                          "application/taxii+json;version=2.0", "text/plain", None])
def test_wrong_content_type_is_415(demo, content_type):
    """Add Objects takes a TAXII envelope: only application/taxii+json(;version=2.1)."""
    community = collection(demo, BANK, COMMUNITY)
    obj = indicator("green")
    headers = {"Content-Type": content_type} if content_type else {}
    response = raw(demo, "POST", objects_path(community), key=key_of(demo, BANK), headers=headers,
                   data=json.dumps(envelope(obj)).encode())
    assert_taxii_error(response, 415)
    assert_taxii_error(raw(demo, "GET", objects_path(community, f"{obj['id']}/"), key=key_of(demo, BANK)), 404)


def test_taxii_content_type_without_version_is_accepted(demo):
    community = collection(demo, BANK, COMMUNITY)
    response = raw(demo, "POST", objects_path(community), key=key_of(demo, BANK),
                   headers={"Content-Type": "application/taxii+json"}, data=json.dumps(envelope(indicator("green"))))
    assert response.status_code == 202, response.text[:500]


def test_body_above_max_content_length_is_413(small):
    root = ApiRoot(f"{small['url']}/taxii2/api/", user="admin", password=small["admin_key"])
    limit = root.max_content_length
    community = {c.title: c for c in root.collections}[COMMUNITY]
    url = f"{small['url']}/taxii2/api/collections/{community.id}/objects/"
    headers = {"Accept": TAXII_MEDIA_TYPE, "Content-Type": TAXII_MEDIA_TYPE}
    auth = ("admin", small["admin_key"])
    # an envelope just under the limit is accepted
    objects, size = [], 20
    while size < limit - 4000:
        obj = indicator("green")
        objects.append(obj)
        size += len(json.dumps(obj)) + 2
    body = json.dumps(envelope(*objects))
    assert len(body) <= limit
    response = requests.post(url, data=body, headers=headers, auth=auth, timeout=300)
    assert response.status_code == 202, response.text[:500]
    assert response.json()["success_count"] == len(objects)
    # one byte above the limit is refused, whatever the content
    too_big = json.dumps(envelope(*objects, indicator("green")))
    too_big += " " * max(0, limit + 1 - len(too_big))
    assert len(too_big) > limit
    assert_taxii_error(requests.post(url, data=too_big, headers=headers, auth=auth, timeout=300), 413)
    # also without a Content-Length (chunked)
    def chunks():
        for start in range(0, len(too_big), 65536):
            yield too_big[start:start + 65536].encode()
    assert_taxii_error(requests.post(url, data=chunks(), headers=headers, auth=auth, timeout=300), 413)


def test_missing_or_bad_credentials_are_401(demo):
    community = collection(demo, BANK, COMMUNITY)
    paths = ["", "collections/", f"collections/{community.id}/", objects_path(community),
             f"collections/{community.id}/manifest/", f"status/{uuid.uuid4()}/"]
    for path in paths + ["../"]:  # "../" is the discovery resource, /taxii2/
        url = f"{demo['url']}/taxii2/api/{path}" if path != "../" else f"{demo['url']}/taxii2/"
        attempts = [
            {},
            {"auth": ("sakuragi-bank", "kz_000000000000_wrongwrongwrongwrongwrongwrongwrongwrong1")},
            {"auth": ("sakuragi-bank", "not-a-key")},
            {"headers": {"Authorization": "Bearer kz_000000000000_wrongwrongwrongwrongwrongwrongwrongwrong1"}},
            {"headers": {"Authorization": "Basic !!!not-base64"}},
        ]
        for attempt in attempts:
            headers = {"Accept": TAXII_MEDIA_TYPE, **attempt.get("headers", {})}
            response = requests.get(url, headers=headers, auth=attempt.get("auth"), timeout=60)
            assert_taxii_error(response, 401)
            assert response.headers.get("WWW-Authenticate"), (path, attempt)
    response = requests.post(f"{demo['url']}/taxii2/api/{objects_path(community)}",
                             headers={"Accept": TAXII_MEDIA_TYPE, "Content-Type": TAXII_MEDIA_TYPE},
                             data=json.dumps(envelope(indicator("green"))), timeout=60)
    assert_taxii_error(response, 401)
    assert response.headers.get("WWW-Authenticate")


def test_next_with_a_different_query_is_400(demo):
    community = collection(demo, OUTSIDER, COMMUNITY)
    key = key_of(demo, OUTSIDER)
    first = raw(demo, "GET", objects_path(community), key=key, params={"limit": 5, "match[type]": "indicator"})
    assert first.status_code == 200
    page = first.json()
    assert page["more"] is True and page.get("next") and len(page["objects"]) == 5
    # the same query continues ...
    same = raw(demo, "GET", objects_path(community), key=key,
               params={"limit": 5, "match[type]": "indicator", "next": page["next"]})
    assert same.status_code == 200
    assert not set(ids_of(same.json()["objects"])) & set(ids_of(page["objects"]))
    # ... a different one does not
    for params in ({"match[type]": "malware"}, {}, {"match[type]": "indicator", "added_after": "2020-01-01T00:00:00Z"},
                   {"match[type]": "indicator", "match[version]": "all"}):
        assert_taxii_error(raw(demo, "GET", objects_path(community), key=key,
                               params={"limit": 5, "next": page["next"], **params}), 400)
    # nor on another endpoint
    assert_taxii_error(raw(demo, "GET", f"collections/{community.id}/manifest/", key=key,
                           params={"limit": 5, "match[type]": "malware", "next": page["next"]}), 400)
    # a made-up next is a 400 too
    assert_taxii_error(raw(demo, "GET", objects_path(community), key=key,
                           params={"limit": 5, "match[type]": "indicator", "next": "not-a-real-next-token"}), 400)


def test_bad_filter_values_are_400(demo):
    community = collection(demo, BANK, COMMUNITY)
    for params in ({"limit": "0"}, {"limit": "-5"}, {"limit": "many"}, {"added_after": "yesterday"}):
        for path in (objects_path(community), f"collections/{community.id}/manifest/"):
            assert_taxii_error(raw(demo, "GET", path, key=key_of(demo, BANK), params=params), 400)


def test_unknown_things_are_404(demo):
    key = key_of(demo, BANK)
    community = collection(demo, BANK, COMMUNITY)
    unknown_collection = str(uuid.uuid4())
    unknown_object = f"indicator--{uuid.uuid4()}"
    for path in (f"collections/{unknown_collection}/", f"collections/{unknown_collection}/objects/",
                 f"collections/{unknown_collection}/manifest/",
                 f"collections/{unknown_collection}/objects/{unknown_object}/",
                 objects_path(community, f"{unknown_object}/"),
                 objects_path(community, f"{unknown_object}/versions/"),
                 f"status/{uuid.uuid4()}/"):
        assert_taxii_error(raw(demo, "GET", path, key=key), 404)
    assert_taxii_error(raw(demo, "DELETE", objects_path(community, f"{unknown_object}/"), key=key), 404)
    assert_taxii_error(raw(demo, "POST", f"collections/{unknown_collection}/objects/", key=key,
                           headers={"Content-Type": TAXII_MEDIA_TYPE},
                           data=json.dumps(envelope(indicator("green")))), 404)


# ---------------------------------------------------------------------------------------------
# what Kizuna serves over TAXII is valid STIX 2.1


def validate(path):
    result = subprocess.run([str(VALIDATOR), str(path)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "STIX JSON: Valid" in result.stdout
    return result.stdout


@pytest.mark.parametrize("organisation,title", [(OUTSIDER, COMMUNITY), (BANK, GROUP), (BANK, ADVISORIES)])
def test_served_objects_are_valid_stix(demo, tmp_path, organisation, title):
    if title == ADVISORIES:  # the demo may have no advisory yet: the coordinator publishes one
        assert post(collection(demo, "coordinator", ADVISORIES), indicator("clear")).success_count == 1
    col = collection(demo, organisation, title)
    objects = all_objects(col, per_request=1000)
    if title != ADVISORIES:
        assert len(objects) > 50
    for obj in objects[:200]:
        stix2.parse(obj, allow_custom=True)  # the OASIS library reads them too
    bundle = {"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objects}
    path = tmp_path / "taxii.json"
    path.write_text(json.dumps(bundle))
    validate(path)
