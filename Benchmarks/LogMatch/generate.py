#!/usr/bin/env python3
"""Generates a realistic mixed log (web proxy, DNS query, mail, firewall, endpoint) and an indicator value file.

Usage: generate.py --megabytes N --out DIR [--seed S] [--indicators 100000] [--hit-rate 0.02]

Writes DIR/log.txt (about N MB) and DIR/values.txt (one canonical indicator value per line: IPv4 addresses,
domains, URLs, SHA-256 digests). About `hit-rate` of the log lines mention one indicator value; a tenth of those
mentions are written uppercase or defanged (hxxp, [.]), which plain `grep -F` cannot see. Deterministic for a seed.
"""

import argparse
import os
import random

WORDS = ("alpha bravo cloud data edge fast global home info lab mail net open portal query secure shop static "
         "stream update video web zone api app cdn login media news pay service store track").split()
TLDS = ["com", "net", "org", "io", "jp", "co.jp", "de", "info", "biz", "ru", "cn", "xyz", "online", "top"]
PATHS = ["/", "/index.html", "/login.php", "/api/v1/items", "/static/js/app.js", "/images/logo.png", "/download/setup.exe",
         "/wp-admin/admin-ajax.php", "/search", "/update/check", "/gate.php", "/cdn-cgi/trace"]
AGENTS = ['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"',
          '"curl/8.5.0"', '"Microsoft-CryptoAPI/10.0"', '"python-requests/2.31.0"']


def domain(rng):
    labels = [rng.choice(WORDS) + str(rng.randrange(1000))]
    if rng.random() < 0.5:
        labels.insert(0, rng.choice(WORDS))
    return ".".join(labels) + "." + rng.choice(TLDS)


def ipv4(rng):
    return "%d.%d.%d.%d" % (rng.randrange(1, 224), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))


def url(rng, host):
    path = rng.choice(PATHS)
    query = "?id=%d" % rng.randrange(100000) if rng.random() < 0.3 else ""
    return "%s://%s%s%s" % (rng.choice(["http", "https"]), host, path, query)


def sha256(rng):
    return "%064x" % rng.getrandbits(256)


def defang(value, rng):
    if rng.random() < 0.5:
        if "://" not in value:
            return value.upper()
        scheme, _, rest = value.partition("://")
        host, slash, path = rest.partition("/")
        return scheme.upper() + "://" + host.upper() + slash + path
    value = value.replace("http", "hxxp", 1)
    head, dot, tail = value.rpartition(".")
    return head + "[.]" + tail if dot else value


def indicator_values(rng, count):
    values = []
    kinds = [("ipv4", 0.25), ("domain", 0.40), ("url", 0.20), ("sha256", 0.15)]
    seen = set()
    for kind, share in kinds:
        produced = 0
        while produced < int(count * share):
            if kind == "ipv4":
                value = ipv4(rng)
            elif kind == "domain":
                value = "bad-" + domain(rng)
            elif kind == "url":
                value = url(rng, "evil-" + domain(rng))
            else:
                value = sha256(rng)
            if value not in seen:
                seen.add(value)
                values.append((kind, value))
                produced += 1
    while len(values) < count:
        value = sha256(rng)
        if value not in seen:
            seen.add(value)
            values.append(("sha256", value))
    return values


def log_line(rng, when, pick):
    """One log line; `pick(kind)` returns an indicator value of that kind or None (then a benign one is used)."""
    form = rng.random()
    client = "10.%d.%d.%d" % (rng.randrange(4), rng.randrange(256), rng.randrange(1, 255))
    if form < 0.45:
        host = pick("domain") or domain(rng)
        target = pick("url") or url(rng, host)
        server = pick("ipv4") or ipv4(rng)
        return "%d.%03d %6d %s TCP_MISS/200 %d GET %s - HIER_DIRECT/%s text/html" % (
            when, rng.randrange(1000), rng.randrange(5000), client, rng.randrange(100000), target, server)
    if form < 0.70:
        name = pick("domain") or domain(rng)
        return ("26-Nov-2026 %02d:%02d:%02d.%03d queries: info: client @0x7f1c2c%04x %s#%d (%s): query: %s IN %s + (10.0.0.1)" % (
            when // 3600 % 24, when // 60 % 60, when % 60, rng.randrange(1000), rng.randrange(65536), client,
            rng.randrange(1024, 65535), name, name, rng.choice(["A", "AAAA", "MX", "TXT"])))
    if form < 0.82:
        sender = "%s@%s" % (rng.choice(WORDS), pick("domain") or domain(rng))
        relay = pick("ipv4") or ipv4(rng)
        return "Nov 26 %02d:%02d:%02d mx1 postfix/smtp[%d]: %X: to=<%s>, relay=mx.%s[%s]:25, delay=0.%d, status=sent (250 2.0.0 OK)" % (
            when // 3600 % 24, when // 60 % 60, when % 60, rng.randrange(30000), rng.getrandbits(40), sender, domain(rng), relay,
            rng.randrange(100))
    if form < 0.95:
        source = pick("ipv4") or (ipv4(rng) if rng.random() < 0.9 else "2001:db8:%x::%x" % (rng.randrange(65536), rng.randrange(65536)))
        return ("Nov 26 %02d:%02d:%02d fw1 kernel: [%d.%06d] IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:00:1a:2b:3c:4d:5f:08:00 SRC=%s DST=%s "
                "LEN=60 TOS=0x00 PREC=0x00 TTL=%d ID=%d DF PROTO=TCP SPT=%d DPT=%d WINDOW=64240 RES=0x00 SYN URGP=0" % (
                    when // 3600 % 24, when // 60 % 60, when % 60, when, rng.randrange(1000000), source, client, rng.randrange(30, 128),
                    rng.randrange(65536), rng.randrange(1024, 65535), rng.choice([22, 80, 443, 445, 3389])))
    digest = pick("sha256") or sha256(rng)
    return "2026-11-26T%02d:%02d:%02dZ edr host=ws-%03d.corp.example process=C:\\Users\\user\\Downloads\\setup.exe sha256=%s version=4.18.2311.0 action=blocked" % (
        when // 3600 % 24, when // 60 % 60, when % 60, rng.randrange(1000), digest)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--indicators", type=int, default=100000)
    parser.add_argument("--hit-rate", type=float, default=0.02)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    values = indicator_values(rng, arguments.indicators)
    os.makedirs(arguments.out, exist_ok=True)
    with open(os.path.join(arguments.out, "values.txt"), "w") as out:
        out.write("".join(value + "\n" for _, value in values))
    by_kind = {}
    for kind, value in values:
        by_kind.setdefault(kind, []).append(value)
    # Half of the indicators can occur in the log; the other half never do.
    present = {kind: items[: len(items) // 2] for kind, items in by_kind.items()}
    target = arguments.megabytes * 1000 * 1000
    written = 0
    when = 1795651200
    with open(os.path.join(arguments.out, "log.txt"), "w") as out:
        batch = []
        while written < target:
            hit_kind = rng.choice(["ipv4", "domain", "url", "sha256"]) if rng.random() < arguments.hit_rate else None

            def pick(kind):
                if kind != hit_kind:
                    return None
                value = rng.choice(present[kind])
                return defang(value, rng) if rng.random() < 0.1 else value

            when += rng.randrange(2)
            line = log_line(rng, when, pick) + "\n"
            batch.append(line)
            written += len(line)
            if len(batch) >= 10000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))


if __name__ == "__main__":
    main()
