"""Shared fixtures for the interop tests: the real server with the demo on a fresh database,
plus helpers that start further Kizuna servers and the OASIS reference TAXII server (medallion)."""
import contextlib
import json
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
KIZUNA = ROOT / ".build" / "debug" / "kizuna"
TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1"


@contextlib.contextmanager
def serve_kizuna(directory, *arguments, name="server"):
    """Runs `kizuna serve --port 0 --database DIRECTORY/NAME.sqlite ARGUMENTS` until the block ends.

    Yields {"port", "url", "keys" (organisation -> key), "admin_key", "database", "directory"}.
    """
    directory = pathlib.Path(directory)
    database = directory / f"{name}.sqlite"
    log_path = directory / f"{name}.log"
    log = open(log_path, "w+")
    server = subprocess.Popen(
        [str(KIZUNA), "serve", "--port", "0", "--database", str(database), *arguments],
        stdout=log, stderr=subprocess.STDOUT, cwd=directory,
    )
    try:
        output = ""
        for _ in range(600):
            output = log_path.read_text()
            if "Kizuna listening on" in output:
                break
            assert server.poll() is None, output
            time.sleep(0.1)
        port = int(re.search(r"Kizuna listening on http://127\.0\.0\.1:(\d+)", output).group(1))
        keys = dict(re.findall(r"^  (.+?) \(user [^)]+\): (kz_\S+)$", output, re.MULTILINE))
        admin = re.search(r"Admin API key \(shown once\): (kz_\S+)", output)
        yield {
            "port": port, "url": f"http://127.0.0.1:{port}", "keys": keys,
            "admin_key": admin.group(1) if admin else None,
            "database": database, "directory": directory, "log": log_path,
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    directory = tmp_path_factory.mktemp("kizuna")
    with serve_kizuna(directory, "--demo", name="kizuna") as server:
        yield server


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def medallion_data(port, collections, api_root="api1", max_content_length=10 * 1024 * 1024):
    """The memory backend's data file: one API root with the given collections.

    `collections` is a list of {"id", "title", "objects"}; every object gets a manifest entry
    with its own date_added (one second apart, oldest first), so added_after paging is exercised.
    """
    root_url = f"http://127.0.0.1:{port}/{api_root}/"
    data_collections = []
    base = time.time() - 3600
    for collection in collections:
        manifest = []
        for index, obj in enumerate(collection["objects"]):
            added = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(base + index)) + ".000000Z"
            manifest.append({
                "id": obj["id"], "date_added": added,
                "version": obj.get("modified", obj.get("created", added)),
                "media_type": "application/stix+json;version=2.1",
            })
        data_collections.append({
            "id": collection["id"], "title": collection["title"],
            "description": collection.get("description", collection["title"]),
            "can_read": True, "can_write": True,
            "media_types": ["application/stix+json;version=2.1"],
            "objects": list(collection["objects"]), "manifest": manifest,
        })
    return {
        "/discovery": {
            "title": "medallion (interop peer)", "description": "OASIS TAXII 2.1 reference server",
            "contact": "nobody@example.invalid", "default": root_url, "api_roots": [root_url],
        },
        api_root: {
            "information": {
                "title": "Interop API root", "description": "peer",
                "versions": [TAXII_MEDIA_TYPE], "max_content_length": max_content_length,
            },
            "status": [],
            "collections": data_collections,
        },
    }


@contextlib.contextmanager
def serve_medallion(directory, collections, user="peer", password="peer-secret", max_page_size=100,
                    api_root="api1"):
    """Runs medallion 3 (memory backend) on 127.0.0.1 with one API root holding `collections`.

    Yields {"port", "url" (discovery), "api_root", "user", "password"}.
    """
    directory = pathlib.Path(directory)
    port = free_port()
    data_path = directory / "medallion-data.json"
    data_path.write_text(json.dumps(medallion_data(port, collections, api_root)))
    config_path = directory / "medallion-config.json"
    config_path.write_text(json.dumps({
        "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                    "filename": str(data_path)},
        "users": {user: password},
        "taxii": {"max_page_size": max_page_size},
    }))
    executable = pathlib.Path(sys.executable).parent / "medallion"
    if not executable.exists():
        executable = shutil.which("medallion") or "medallion"
    log_path = directory / "medallion.log"
    log = open(log_path, "w+")
    server = subprocess.Popen(
        [str(executable), "--host", "127.0.0.1", "--port", str(port), str(config_path)],
        stdout=log, stderr=subprocess.STDOUT, cwd=directory,
    )
    try:
        import requests
        for _ in range(300):
            assert server.poll() is None, log_path.read_text()
            try:
                response = requests.get(f"http://127.0.0.1:{port}/taxii2/", auth=(user, password),
                                        headers={"Accept": TAXII_MEDIA_TYPE}, timeout=2)
                if response.status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        else:
            raise AssertionError("medallion did not start: " + log_path.read_text())
        yield {
            "port": port, "url": f"http://127.0.0.1:{port}/taxii2/",
            "api_root": f"http://127.0.0.1:{port}/{api_root}/", "user": user, "password": password,
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
