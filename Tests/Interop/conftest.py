"""Shared fixture for the interop tests: the real server with the demo on a fresh database."""
import pathlib
import re
import subprocess
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
KIZUNA = ROOT / ".build" / "debug" / "kizuna"


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    directory = tmp_path_factory.mktemp("kizuna")
    database = directory / "kizuna.sqlite"
    log = open(directory / "server.log", "w+")
    server = subprocess.Popen(
        [str(KIZUNA), "serve", "--demo", "--port", "0", "--database", str(database)],
        stdout=log, stderr=subprocess.STDOUT, cwd=directory,
    )
    try:
        output = ""
        for _ in range(600):
            output = (directory / "server.log").read_text()
            if "Kizuna listening on" in output:
                break
            assert server.poll() is None, output
            time.sleep(0.1)
        port = int(re.search(r"Kizuna listening on http://127\.0\.0\.1:(\d+)", output).group(1))
        keys = dict(re.findall(r"^  (.+?) \(user [^)]+\): (kz_\S+)$", output, re.MULTILINE))
        yield {"port": port, "keys": keys, "database": database, "directory": directory}
    finally:
        server.terminate()
        server.wait(timeout=30)


