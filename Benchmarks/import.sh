#!/usr/bin/env bash
# Import throughput: 100,000 generated indicators through `kizuna import` and through
# POST /api/v1/bundles (release build), next to a peer in the same run (Python json + sqlite3).
# Usage: Benchmarks/import.sh [COUNT]     (builds release binaries into .build-release)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
swift build -c release --scratch-path .build-release --product kizuna >/dev/null
swift build -c release --scratch-path .build-release --product kizuna-bench >/dev/null
bin=.build-release/release
"$bin/kizuna-bench" "$count" "$work/bundle.json" >/dev/null
size=$(stat -c %s "$work/bundle.json")
echo "bundle: $count indicators, $((size / 1024 / 1024)) MiB"

# The CLI: a fresh database each run, best of three.
cli_best=0
for run in 1 2 3; do
    rm -f "$work"/cli.sqlite*
    "$bin/kizuna" org add Bench --sector finance --country JP --database "$work/cli.sqlite" >/dev/null
    start=$(date +%s.%N)
    "$bin/kizuna" import "$work/bundle.json" --org Bench --audience community --database "$work/cli.sqlite" >/dev/null
    end=$(date +%s.%N)
    rate=$(python3 -c "print(int($count / ($end - $start)))")
    [ "$rate" -gt "$cli_best" ] && cli_best=$rate
done

# The HTTP API: one POST of the whole bundle to a running server, best of three.
rm -f "$work"/http.sqlite*
"$bin/kizuna" serve --database "$work/http.sqlite" --port 0 --max-bundle-mib 1024 --log-level warning >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/server.log" && break; sleep 0.1; done
port=$(grep "listening on" "$work/server.log" | sed 's/.*://')
key=$(grep "Admin API key" "$work/server.log" | awk '{print $NF}')
http_best=0
for run in 1 2 3; do
    "$bin/kizuna-bench" "$count" "$work/bundle-$run.json" >/dev/null
    start=$(date +%s.%N)
    status=$(curl -s -o "$work/response.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $key" \
        --data-binary "@$work/bundle-$run.json" "http://127.0.0.1:$port/api/v1/bundles?audience=community")
    end=$(date +%s.%N)
    [ "$status" = 200 ] || { echo "POST failed: $status $(head -c 300 "$work/response.json")"; exit 1; }
    rate=$(python3 -c "print(int($count / ($end - $start)))")
    [ "$rate" -gt "$http_best" ] && http_best=$rate
done

peer_best=0
for run in 1 2 3; do
    rate=$(python3 Benchmarks/peer_sqlite_import.py "$work/bundle.json" "$work/peer.sqlite")
    [ "$rate" -gt "$peer_best" ] && peer_best=$rate
done

printf '%-44s %10s objects/s\n' "kizuna import (CLI)" "$cli_best"
printf '%-44s %10s objects/s\n' "POST /api/v1/bundles" "$http_best"
printf '%-44s %10s objects/s\n' "peer: Python json + sqlite3 (no validation)" "$peer_best"
python3 -c "print(f'ratio CLI/peer: {$cli_best / $peer_best:.2f}   ratio HTTP/peer: {$http_best / $peer_best:.2f}')"
