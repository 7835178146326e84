"""Peer for Benchmarks/export.sh: Python reads the same SQLite database and writes Suricata-like rules.

It does the least a feed exporter must: read the latest non-revoked indicators in sequence order, parse each
one's JSON, pull the value out of a single-comparison pattern with a regular expression and format one rule
per value. No visibility rule, no validity check, no pattern parser, no DNS/TLS/HTTP variants.
Usage: peer_rules_export.py DATABASE OUTPUT   (prints the rule count)
"""
import json
import re
import sqlite3
import sys
import zlib

COMPARISON = re.compile(r"^\[([a-z0-9-]+):([^ ]+) = '((?:[^'\\]|\\.)*)'\]$")


def main(database, output):
    connection = sqlite3.connect(database)
    rows = connection.execute(
        "SELECT json FROM object WHERE type = 'indicator' AND latest = 1 AND revoked = 0 ORDER BY seq")
    count = 0
    with open(output, "w") as sink:
        for (blob,) in rows:
            indicator = json.loads(blob)
            match = COMPARISON.match(indicator.get("pattern", ""))
            if not match:
                continue
            kind, _, value = match.groups()
            sid = 9_000_000 + zlib.crc32(f"{indicator['id']}|{value}".encode()) % 1_000_000_000
            name = indicator.get("name", "").replace('"', "'")
            if kind == "ipv4-addr":
                sink.write(f'alert ip [{value}] any <> any any (msg:"{indicator["id"]} {name}"; sid:{sid}; rev:1;)\n')
            else:
                sink.write(f'alert dns any any -> any any (msg:"{indicator["id"]} {name}"; dns.query; '
                           f'content:"{value}"; nocase; sid:{sid}; rev:1;)\n')
            count += 1
    print(count)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
