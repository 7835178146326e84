"""Peer for the import benchmark: Python's json + sqlite3 loading a STIX bundle.

Parses the bundle once and inserts every object (id, type, modified, JSON) into one table with
a unique (id, modified) index in a single transaction, the floor of what a Python STIX importer
(MISP's or OpenCTI's connectors) does before any validation or visibility logic. Prints objects/s.
"""
import json
import os
import sqlite3
import sys
import time

path, database = sys.argv[1], sys.argv[2]
if os.path.exists(database):
    os.remove(database)
start = time.perf_counter()
with open(path, "rb") as handle:
    objects = json.load(handle)["objects"]
connection = sqlite3.connect(database)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=FULL")
connection.execute("CREATE TABLE object (seq INTEGER PRIMARY KEY, id TEXT, type TEXT, modified TEXT, json BLOB)")
connection.execute("CREATE UNIQUE INDEX object_version ON object(id, modified)")
with connection:
    connection.executemany(
        "INSERT INTO object (id, type, modified, json) VALUES (?, ?, ?, ?)",
        ((o["id"], o["type"], o.get("modified"), json.dumps(o, separators=(",", ":"))) for o in objects),
    )
connection.close()
elapsed = time.perf_counter() - start
print(f"{len(objects) / elapsed:.0f}")
