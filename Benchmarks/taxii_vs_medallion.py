"""TAXII 2.1 throughput: Kizuna next to the OASIS reference server (medallion 3, memory backend).

Phase 1, both servers on 127.0.0.1: POST N (default 2,000) generated indicators in envelopes of
100 to one collection, then GET them all back in pages of 100 (following `next`); objects/s for
each, and the ratios Kizuna/medallion.
Phase 2, Kizuna alone on a fresh database: 100,000 indicators (1,000,000 with --large) POSTed in
envelopes of 1,000 and read back in pages of 1,000; per-object µs for POST and GET, the ratio to
the phase-1 figure and the ratio of the last tenth of the run to the first tenth (flatness).

The client is Python's `http.client` on one keep-alive connection, the same for both servers;
a request is timed from sending it to having read the whole answer, and the JSON of the answer
is decoded (and checked) outside the timing, so the figures are the servers' and the loopback's,
not the client's parser. Every request has a timeout and every phase is bounded by its object
count. Usage:
    python Benchmarks/taxii_vs_medallion.py --kizuna .build-release/release/kizuna [--large]
"""
import argparse
import base64
import contextlib
import http.client
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

TAXII = "application/taxii+json;version=2.1"
HEADERS = {"Accept": TAXII, "Content-Type": TAXII}
TLP_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
TIMEOUT = 600


def indicators(count, seed):
    """`count` distinct STIX 2.1 indicators (dicts), cheap to generate."""
    created = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() - 86400))
    for index in range(count):
        yield {
            "type": "indicator", "spec_version": "2.1", "id": f"indicator--{uuid.uuid4()}",
            "created": created, "modified": created,
            "name": f"Benchmark C2 {seed}-{index}", "indicator_types": ["malicious-activity"],
            "pattern": f"[ipv4-addr:value = '10.{(index >> 16) & 255}.{(index >> 8) & 255}.{index & 255}']",
            "pattern_type": "stix", "valid_from": created, "object_marking_refs": [TLP_GREEN],
        }


def envelopes(count, size, seed):
    """Serialised envelopes of `size` objects, prepared before any timing."""
    batch, bodies = [], []
    for obj in indicators(count, seed):
        batch.append(obj)
        if len(batch) == size:
            bodies.append(json.dumps({"objects": batch}).encode())
            batch = []
    if batch:
        bodies.append(json.dumps({"objects": batch}).encode())
    return bodies


class Client:
    """One keep-alive HTTP/1.1 connection with Basic authentication and TAXII media types."""

    def __init__(self, port, user, password):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.headers = dict(HEADERS, Authorization=f"Basic {token}")

    def request(self, method, url, body=None, params=None):
        """(status, body bytes, seconds from sending to the last byte read)."""
        if params:
            url += "?" + urllib.parse.urlencode(params)
        start = time.perf_counter()
        self.connection.request(method, url, body=body, headers=self.headers)
        response = self.connection.getresponse()
        data = response.read()
        return response.status, data, time.perf_counter() - start

    def json(self, method, url, body=None, params=None):
        status, data, _ = self.request(method, url, body, params)
        return status, json.loads(data) if data else None


def wait_until_up(client, url, process, log_path, name):
    for _ in range(600):
        if process.poll() is not None:
            raise SystemExit(f"{name} exited: " + pathlib.Path(log_path).read_text()[-2000:])
        try:
            if client.request("GET", url)[0] == 200:
                return
        except (ConnectionError, http.client.HTTPException, OSError):
            client.connection.close()
        time.sleep(0.1)
    raise SystemExit(f"{name} did not start")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def medallion(executable, directory, page_size):
    port = free_port()
    collection = str(uuid.uuid4())
    root = f"http://127.0.0.1:{port}/bench/"
    data = {
        "/discovery": {"title": "medallion", "default": root, "api_roots": [root]},
        "bench": {
            "information": {"title": "bench", "versions": [TAXII], "max_content_length": 256 * 1024 * 1024},
            "status": [],
            "collections": [{"id": collection, "title": "bench", "can_read": True, "can_write": True,
                             "media_types": ["application/stix+json;version=2.1"], "objects": [], "manifest": []}],
        },
    }
    (directory / "medallion-data.json").write_text(json.dumps(data))
    (directory / "medallion-config.json").write_text(json.dumps({
        "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                    "filename": str(directory / "medallion-data.json")},
        "users": {"bench": "bench"},
        "taxii": {"max_page_size": page_size},
    }))
    log = open(directory / "medallion.log", "w+")
    process = subprocess.Popen([executable, "--host", "127.0.0.1", "--port", str(port),
                                str(directory / "medallion-config.json")], stdout=log, stderr=subprocess.STDOUT)
    try:
        client = Client(port, "bench", "bench")
        wait_until_up(client, "/taxii2/", process, directory / "medallion.log", "medallion")
        yield client, f"/bench/collections/{collection}/objects/"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@contextlib.contextmanager
def kizuna(executable, directory, name):
    log_path = directory / f"{name}.log"
    log = open(log_path, "w+")
    process = subprocess.Popen([executable, "serve", "--port", "0", "--database", str(directory / f"{name}.sqlite"),
                                "--log-level", "warning"], stdout=log, stderr=subprocess.STDOUT, cwd=directory)
    try:
        output = ""
        for _ in range(600):
            output = log_path.read_text()
            if "Kizuna listening on" in output:
                break
            if process.poll() is not None:
                raise SystemExit("kizuna exited: " + output[-2000:])
            time.sleep(0.1)
        else:
            raise SystemExit("kizuna did not start")
        port = re.search(r"Kizuna listening on http://127\.0\.0\.1:(\d+)", output).group(1)
        key = re.search(r"Admin API key \(shown once\): (kz_\S+)", output).group(1)
        client = Client(int(port), "bench", key)
        base = "/taxii2/api/"
        status, listing = client.json("GET", base + "collections/")
        if status != 200:
            raise SystemExit(f"GET collections: {status}")
        community = [c for c in listing["collections"] if c["title"] == "Community"]
        if not community:
            raise SystemExit(f"no Community collection: {listing}")
        yield client, f"{base}collections/{community[0]['id']}/objects/"
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def post_all(client, url, bodies, expected_per_body):
    """POSTs every envelope; returns the seconds each took."""
    times = []
    for body, expected in zip(bodies, expected_per_body):
        status, data, seconds = client.request("POST", url, body=body)
        times.append(seconds)
        if status != 202:
            raise SystemExit(f"POST {url}: {status} {data[:500]!r}")
        answer = json.loads(data)
        if answer.get("success_count") != expected:
            raise SystemExit(f"POST {url}: {answer.get('success_count')} of {expected} stored: "
                             f"{json.dumps(answer.get('failures', [])[:3])}")
    return times


def get_all(client, url, page_size, expected):
    """GETs the whole collection in pages of `page_size`; returns (seconds per page, objects per page)."""
    times, counts, seen, cursor = [], [], 0, None
    ids = set()
    for _ in range(expected // page_size + 10):
        params = {"limit": page_size}
        if cursor:
            params["next"] = cursor
        status, data, seconds = client.request("GET", url, params=params)
        times.append(seconds)
        if status != 200:
            raise SystemExit(f"GET {url}: {status} {data[:500]!r}")
        page = json.loads(data)
        objects = page.get("objects", [])
        counts.append(len(objects))
        seen += len(objects)
        ids.update(obj["id"] for obj in objects)
        if not page.get("more"):
            break
        cursor = page.get("next")
        if not cursor:
            raise SystemExit(f"GET {url}: more without next")
    if seen != expected or len(ids) != expected:
        raise SystemExit(f"GET {url}: read {seen} objects ({len(ids)} distinct), expected {expected}")
    return times, counts


def preexisting(client, url):
    """Objects the collection holds before the run (a fresh Kizuna database already has the TLP
    marking definitions and its identities in the Community collection); not timed."""
    count, cursor = 0, None
    for _ in range(1000):
        params = {"limit": 1000}
        if cursor:
            params["next"] = cursor
        status, page = client.json("GET", url, params=params)
        if status != 200:
            raise SystemExit(f"GET {url}: {status} {page}")
        count += len(page.get("objects", []))
        cursor = page.get("next")
        if not page.get("more") or not cursor:
            return count
    raise SystemExit(f"GET {url}: the collection did not end")


def rate(count, seconds):
    return count / seconds if seconds else float("inf")


def tenth_ratio(times, counts):
    """Per-object time of the last tenth of the requests over the first tenth."""
    tenth = max(1, len(times) // 10)
    first = sum(times[:tenth]) / sum(counts[:tenth])
    last = sum(times[-tenth:]) / sum(counts[-tenth:])
    return last / first


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kizuna", default=".build-release/release/kizuna")
    parser.add_argument("--medallion", default=shutil.which("medallion")
                        or str(pathlib.Path(sys.executable).parent / "medallion"))
    parser.add_argument("--count", type=int, default=2000, help="objects in the comparison (default 2,000)")
    parser.add_argument("--big", type=int, default=100_000, help="objects for Kizuna alone (default 100,000)")
    parser.add_argument("--large", action="store_true", help="Kizuna alone at 1,000,000 objects")
    parser.add_argument("--skip-big", action="store_true", help="only the comparison with medallion")
    arguments = parser.parse_args()
    big = 1_000_000 if arguments.large else arguments.big
    kizuna_binary = str(pathlib.Path(arguments.kizuna).resolve())
    if not os.access(kizuna_binary, os.X_OK):
        raise SystemExit(f"no kizuna binary at {kizuna_binary}")

    work = pathlib.Path(tempfile.mkdtemp(prefix="taxii-bench-"))
    try:
        n, size = arguments.count, 100
        print(f"phase 1: {n:,} indicators, POST in envelopes of {size}, GET in pages of {size}")
        results = {}
        for name in ("medallion", "kizuna"):
            bodies = envelopes(n, size, name)
            expected = [min(size, n - i * size) for i in range(len(bodies))]
            server = medallion(arguments.medallion, work, size) if name == "medallion" else kizuna(kizuna_binary, work, "compare")
            with server as (client, url):
                baseline = preexisting(client, url)
                post_times = post_all(client, url, bodies, expected)
                get_times, _ = get_all(client, url, size, n + baseline)
            results[name] = (rate(n, sum(post_times)), rate(n + baseline, sum(get_times)))
            print(f"  {name:<10} POST {results[name][0]:>10,.0f} objects/s   GET {results[name][1]:>10,.0f} objects/s")
        post_ratio = results["kizuna"][0] / results["medallion"][0]
        get_ratio = results["kizuna"][1] / results["medallion"][1]
        print(f"  ratio Kizuna/medallion: POST {post_ratio:.2f}   GET {get_ratio:.2f}")
        small_post_us = 1e6 / results["kizuna"][0]
        small_get_us = 1e6 / results["kizuna"][1]

        if not arguments.skip_big:
            size = 1000
            print(f"phase 2: Kizuna alone, {big:,} indicators, POST in envelopes of {size}, GET in pages of {size}")
            with kizuna(kizuna_binary, work, "big") as (client, url):
                baseline = preexisting(client, url)
                post_times, post_counts = [], []
                done, chunk = 0, 50_000  # generate in chunks to bound memory
                while done < big:
                    count = min(chunk, big - done)
                    bodies = envelopes(count, size, f"big{done}")
                    expected = [min(size, count - i * size) for i in range(len(bodies))]
                    post_times += post_all(client, url, bodies, expected)
                    post_counts += expected
                    done += count
                get_times, get_counts = get_all(client, url, size, big + baseline)
            post_us = 1e6 * sum(post_times) / big
            get_us = 1e6 * sum(get_times) / (big + baseline)
            print(f"  POST {post_us:8.1f} µs/object ({rate(big, sum(post_times)):,.0f} objects/s)   "
                  f"ratio to {n:,}: {post_us / small_post_us:.2f}   last/first tenth: "
                  f"{tenth_ratio(post_times, post_counts):.2f}")
            print(f"  GET  {get_us:8.1f} µs/object ({rate(big, sum(get_times)):,.0f} objects/s)   "
                  f"ratio to {n:,}: {get_us / small_get_us:.2f}   last/first tenth: "
                  f"{tenth_ratio(get_times, get_counts):.2f}")
            print(f"  (phase-1 Kizuna figures: POST {small_post_us:.1f} µs/object, GET {small_get_us:.1f} µs/object,"
                  f" envelopes/pages of 100)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
