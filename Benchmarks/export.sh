#!/usr/bin/env bash
# Export in constant memory: COUNT generated indicators (a mix of domains, IPv4 addresses, URLs and SHA-256
# hashes) imported into a fresh database, then exported as Suricata rules and as an RPZ zone by
# `kizuna export` (release build), timed with peak memory (GNU time), next to a peer in the same run:
# Python reading the same database and formatting one rule per value (Benchmarks/peer_rules_export.py).
# Memory is flat when the peak at 1,000,000 is close to the peak at 100,000.
# Usage: Benchmarks/export.sh [COUNT ...]     (default: 100000 1000000; builds into .build-release)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then counts=("$@"); else counts=(100000 1000000); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --scratch-path .build-release --product kizuna >/dev/null
swift build -c release --scratch-path .build-release --product kizuna-bench >/dev/null
bin=.build-release/release
measure() { # label, command...: prints "label seconds peak-MiB"
    local label=$1
    shift
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
    read -r seconds kib <"$work/time"
    printf '%-34s %8.2f s %8d MiB\n' "$label" "$seconds" "$((kib / 1024))"
    echo "$seconds" >"$work/last"
}
for count in "${counts[@]}"; do
    db="$work/export-$count.sqlite"
    "$bin/kizuna" org add Bench --sector finance --country JP --database "$db" >/dev/null
    batch=100000
    for ((offset = 0; offset < count; offset += batch)); do
        size=$((count - offset < batch ? count - offset : batch))
        "$bin/kizuna-bench" "$size" "$work/part.json" --mixed --offset "$offset" >/dev/null
        "$bin/kizuna" import "$work/part.json" --org Bench --audience community --database "$db" >/dev/null
    done
    echo "== $count indicators"
    measure "kizuna export --format suricata" "$bin/kizuna" export --org Bench --format suricata --output "$work/out.rules" --database "$db"
    kizuna_seconds=$(cat "$work/last")
    echo "   $(grep -c '^alert' "$work/out.rules") rules, $(wc -l <"$work/kizuna-file-sha256.txt") hashes listed"
    measure "kizuna export --format rpz" "$bin/kizuna" export --org Bench --format rpz --output "$work/out.rpz" --database "$db"
    echo "   $(grep -c 'CNAME' "$work/out.rpz") RPZ records"
    measure "peer: Python sqlite3 + json + re" python3 Benchmarks/peer_rules_export.py "$db" "$work/peer.rules"
    peer_seconds=$(cat "$work/last")
    python3 -c "print(f'   ratio peer time / kizuna suricata time: {$peer_seconds / $kizuna_seconds:.2f}')"
    rm -f "$db"*
done
