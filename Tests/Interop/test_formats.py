"""Interop: the feeds Kizuna exports are accepted and acted on by the real tools, and MISP content imports.

- Suricata 7: `suricata -T` accepts the exported rules and hash lists; replaying a generated pcap with a DNS
  query for a listed name and a packet from a listed address makes exactly those rules fire.
- BIND 9: `named-checkzone` accepts the RPZ zone; a `named` on 127.0.0.1 loaded with it answers NXDOMAIN for
  listed names and for names that resolve to a listed address, answers other names, and logs no `invalid rpz`.
- OASIS stix2-validator accepts the STIX export; PyMISP loads every event of the exported MISP feed.
- The 12 real MISP events and the MISP feed under KIZUNA_TEST_DATA import through the CLI.

Tools that are missing make these tests skip with a message, unless KIZUNA_REQUIRE_TOOLS=1 (CI), where they fail.
"""
import io
import json
import os
import pathlib
import shutil
import subprocess
import tarfile
import time
import urllib.request
import uuid

import pytest

from conftest import KIZUNA, free_port, serve_kizuna

BANK = "Sakuragi Bank"
LISTED_NAME = "login.sakuragi-secure.test"
LISTED_IP = "198.51.100.77"
RESOLVES_TO_LISTED = "cdn.kizuna-lab.test"
UNLISTED_NAME = "www.kizuna-lab.test"
LISTED_SHA256 = "5d41402abc4b2a76b9719d911017c592" * 2
TEST_DATA = pathlib.Path(os.environ.get("KIZUNA_TEST_DATA", pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "data"))


def require(tool):
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("KIZUNA_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{tool} is not installed (CI installs it in .ci/run)")
        pytest.skip(f"{tool} is not installed")
    return path


def api(server, key, path, data=None, method=None, content_type="application/json"):
    request = urllib.request.Request(
        server["url"] + path, data=data, method=method,
        headers={"Authorization": f"Bearer {key}", "Content-Type": content_type},
    )
    with urllib.request.urlopen(request, timeout=300) as response:
        return response.read()


def indicator(pattern, name):
    return {
        "type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
        "created": "2026-11-20T09:00:00.000Z", "modified": "2026-11-20T09:00:00.000Z", "name": name,
        "pattern_type": "stix", "pattern": pattern, "valid_from": "2026-11-20T09:00:00Z",
        "object_marking_refs": ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"],
    }


@pytest.fixture(scope="module")
def shared(demo):
    """The bank shares three indicators with itself only: a phishing name, a C2 address and a payload hash."""
    objects = [
        indicator(f"[domain-name:value = '{LISTED_NAME}']", "Phishing login page"),
        indicator(f"[ipv4-addr:value = '{LISTED_IP}']", "C2 server"),
        indicator(f"[file:hashes.'SHA-256' = '{LISTED_SHA256}']", "Dropper payload"),
    ]
    bundle = {"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objects}
    answer = json.loads(api(demo, demo["keys"][BANK], "/api/v1/bundles?audience=organisation", json.dumps(bundle).encode()))
    assert answer["summary"]["created"] == 3, answer
    return {obj["name"]: obj["id"] for obj in objects}


def export(server, organisation, fmt, query=""):
    return api(server, server["keys"][organisation], f"/api/v1/export/{fmt}{query}")


SURICATA_CONFIG = """%YAML 1.1
---
vars:
  address-groups:
    HOME_NET: "[10.0.0.0/8,192.168.0.0/16]"
    EXTERNAL_NET: "!$HOME_NET"
  port-groups:
    HTTP_PORTS: "80"
default-rule-path: {rules}
classification-file: /etc/suricata/classification.config
reference-config-file: /etc/suricata/reference.config
rule-files: []
app-layer:
  protocols:
    tls: {{enabled: yes}}
    dns: {{tcp: {{enabled: yes}}, udp: {{enabled: yes}}}}
    http: {{enabled: yes}}
outputs:
  - eve-log:
      enabled: yes
      filetype: regular
      filename: eve.json
      types: [alert]
"""


def test_suricata_accepts_the_rules_and_fires_on_listed_traffic(demo, shared, tmp_path):
    suricata = require("suricata")
    rules = export(demo, BANK, "suricata").decode()
    assert shared["Phishing login page"] in rules and shared["C2 server"] in rules
    (tmp_path / "kizuna.rules").write_text(rules)
    assert "filesha256:kizuna-file-sha256.txt" in rules
    hashes = export(demo, BANK, "suricata", "?list=file-sha256").decode()
    assert LISTED_SHA256 in hashes
    (tmp_path / "kizuna-file-sha256.txt").write_text(hashes)
    config = tmp_path / "suricata.yaml"
    config.write_text(SURICATA_CONFIG.format(rules=tmp_path))
    logs = tmp_path / "logs"
    logs.mkdir()
    check = subprocess.run([suricata, "-T", "-c", str(config), "-S", str(tmp_path / "kizuna.rules"), "-l", str(logs)],
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]
    assert "rules failed" not in check.stdout + check.stderr or " 0 rules failed" in check.stdout + check.stderr

    from scapy.all import DNS, DNSQR, IP, TCP, UDP, Ether, wrpcap
    packets = [
        Ether() / IP(src="10.0.0.5", dst="192.0.2.53") / UDP(sport=40001, dport=53) / DNS(id=7, rd=1, qd=DNSQR(qname=LISTED_NAME)),
        Ether() / IP(src="10.0.0.5", dst="192.0.2.53") / UDP(sport=40002, dport=53) / DNS(id=8, rd=1, qd=DNSQR(qname=UNLISTED_NAME)),
        Ether() / IP(src=LISTED_IP, dst="10.0.0.5") / TCP(sport=443, dport=40003, flags="S"),
        Ether() / IP(src="203.0.113.1", dst="10.0.0.5") / TCP(sport=443, dport=40004, flags="S"),
    ]
    for index, packet in enumerate(packets):
        packet.time = 1_764_000_000 + index
    wrpcap(str(tmp_path / "traffic.pcap"), packets)
    replay = subprocess.run(
        [suricata, "-c", str(config), "-S", str(tmp_path / "kizuna.rules"), "-r", str(tmp_path / "traffic.pcap"),
         "-l", str(logs), "-k", "none"], capture_output=True, text=True, timeout=300)
    assert replay.returncode == 0, replay.stdout[-3000:] + replay.stderr[-3000:]
    alerts = [json.loads(line) for line in (logs / "eve.json").read_text().splitlines() if line.strip()]
    fired = {alert["alert"]["signature"] for alert in alerts if alert.get("event_type") == "alert"}
    assert any(shared["Phishing login page"] in name for name in fired), fired
    assert any(shared["C2 server"] in name for name in fired), fired
    queried = {alert.get("dns", {}).get("query", [{}])[0].get("rrname") for alert in alerts if "dns" in alert}
    assert UNLISTED_NAME not in queried
    assert all(alert["src_ip"] != "203.0.113.1" for alert in alerts)
    # Signature ids are stable: a second export gives the same rules.
    assert export(demo, BANK, "suricata").decode().splitlines()[-20:] == rules.splitlines()[-20:]


def test_every_demo_members_rules_pass_suricata(demo, tmp_path):
    suricata = require("suricata")
    config = tmp_path / "suricata.yaml"
    config.write_text(SURICATA_CONFIG.format(rules=tmp_path))
    for organisation in ["Kita-Kanto Electric Power", "Musashino Institute of Technology CSIRT"]:
        rules = export(demo, organisation, "suricata").decode()
        assert "alert " in rules
        (tmp_path / "kizuna.rules").write_text(rules)
        for kind in ["file-md5", "file-sha1", "file-sha256"]:
            (tmp_path / f"kizuna-{kind}.txt").write_text(export(demo, organisation, "suricata", f"?list={kind}").decode())
        check = subprocess.run([suricata, "-T", "-c", str(config), "-S", str(tmp_path / "kizuna.rules"), "-l", str(tmp_path)],
                               capture_output=True, text=True, timeout=600)
        assert check.returncode == 0, organisation + check.stdout[-3000:] + check.stderr[-3000:]


NAMED_CONFIG = """options {{
    directory "{directory}";
    pid-file "{directory}/named.pid";
    listen-on port {port} {{ 127.0.0.1; }};
    listen-on-v6 {{ none; }};
    recursion yes;
    allow-query {{ 127.0.0.1; }};
    dnssec-validation no;
    response-policy {{ zone "rpz.kizuna"; }};
}};
zone "rpz.kizuna" {{ type primary; file "{directory}/kizuna.rpz"; }};
zone "test" {{ type primary; file "{directory}/test.zone"; }};
"""

TEST_ZONE = f"""$TTL 60
@ IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
@ IN NS ns.test.
ns IN A 127.0.0.1
{LISTED_NAME}. IN A 192.0.2.10
{RESOLVES_TO_LISTED}. IN A {LISTED_IP}
{UNLISTED_NAME}. IN A 192.0.2.20
"""


def dig(port, name):
    result = subprocess.run(["dig", "@127.0.0.1", "-p", str(port), name, "A", "+tries=1", "+time=3"],
                            capture_output=True, text=True, timeout=30)
    return result.stdout


def test_named_enforces_the_rpz_zone(demo, shared, tmp_path):
    named = require("named")
    checkzone = require("named-checkzone")
    require("dig")
    zone = export(demo, BANK, "rpz").decode()
    assert LISTED_NAME in zone and shared["Phishing login page"] in zone
    (tmp_path / "kizuna.rpz").write_text(zone)
    check = subprocess.run([checkzone, "rpz.kizuna", str(tmp_path / "kizuna.rpz")], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    (tmp_path / "test.zone").write_text(TEST_ZONE)
    port = free_port()
    (tmp_path / "named.conf").write_text(NAMED_CONFIG.format(directory=tmp_path, port=port))
    log = open(tmp_path / "named.log", "w+")
    server = subprocess.Popen([named, "-g", "-c", str(tmp_path / "named.conf")], stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            if "running" in (tmp_path / "named.log").read_text():
                break
            assert server.poll() is None, (tmp_path / "named.log").read_text()
            time.sleep(0.1)
        assert "status: NXDOMAIN" in dig(port, LISTED_NAME)
        assert "status: NXDOMAIN" in dig(port, "sub." + LISTED_NAME)
        assert "status: NXDOMAIN" in dig(port, RESOLVES_TO_LISTED)
        answer = dig(port, UNLISTED_NAME)
        assert "status: NOERROR" in answer and "192.0.2.20" in answer
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    text = (tmp_path / "named.log").read_text()
    assert "invalid rpz" not in text, text
    assert "rpz.kizuna" in text


def test_demo_rpz_zones_pass_named_checkzone(demo, tmp_path):
    checkzone = require("named-checkzone")
    for organisation in ["Kita-Kanto Electric Power", "Sakuragi Bank"]:
        path = tmp_path / "zone.rpz"
        path.write_bytes(export(demo, organisation, "rpz", "?action=nodata"))
        check = subprocess.run([checkzone, "rpz.kizuna", str(path)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, organisation + check.stdout + check.stderr


def test_stix_export_path_is_valid_stix(demo, tmp_path):
    from test_stix_validator import validate
    path = tmp_path / "bank.json"
    path.write_bytes(export(demo, BANK, "stix", "?type=indicator,report"))
    bundle = json.loads(path.read_text())
    assert {obj["type"] for obj in bundle["objects"]} <= {"indicator", "report"}
    validate(path)


def test_pymisp_loads_the_exported_feed(demo, tmp_path):
    pytest.importorskip("pymisp")
    from misp_feed_check import check_feed
    archive = export(demo, BANK, "misp-feed")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        names = tar.getnames()
        tar.extractall(tmp_path / "feed", filter="data")
    assert "manifest.json" in names and "hashes.csv" in names
    assert len([name for name in names if name.endswith(".json")]) > 2
    assert check_feed(str(tmp_path / "feed")) == []


def kizuna(*arguments, database):
    return subprocess.run([str(KIZUNA), *arguments, "--database", str(database)], capture_output=True, text=True, timeout=600)


def test_real_misp_events_and_feed_import(tmp_path):
    events = sorted((TEST_DATA / "misp-events" / "circl-osint").glob("*.json"))
    if not events:
        pytest.skip(f"no MISP events under {TEST_DATA} (set KIZUNA_TEST_DATA)")
    with serve_kizuna(tmp_path, name="misp") as server:
        database = server["database"]
    result = kizuna("import", "--org", "Kizuna Coordination Centre", "--format", "misp", "--json", *map(str, events), database=database)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout)
    summary = report["summary"]
    assert summary.get("created", 0) > 500, summary
    assert summary.get("rejected", 0) == 0, [item for item in report["items"] if item["status"] == "rejected"][:5]
    # Importing the same events as a feed changes nothing: every id is derived from the MISP uuids.
    result = kizuna("import", "--org", "Kizuna Coordination Centre", "--json", str(TEST_DATA / "misp-feed"), database=database)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    again = json.loads(result.stdout)["summary"]
    assert again.get("created", 0) == 0 and again.get("unchanged", 0) > 500, again
    exported = tmp_path / "misp.json"
    result = kizuna("export", "--org", "Kizuna Coordination Centre", "--format", "stix", "--output", str(exported), database=database)
    assert result.returncode == 0, result.stderr
    from test_stix_validator import validate
    validate(exported)
