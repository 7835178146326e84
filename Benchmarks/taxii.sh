#!/usr/bin/env bash
# TAXII 2.1 throughput: Kizuna (release build) next to medallion 3.0, the OASIS reference TAXII
# server (memory backend), both on 127.0.0.1; then Kizuna alone at 100,000 objects (1,000,000
# with --large). See Benchmarks/taxii_vs_medallion.py for what is measured.
# Usage: Benchmarks/taxii.sh [--large] [--count N] [--big N] [--skip-big]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-release --product kizuna >/dev/null
venv=.venv-bench
[ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check \
    medallion==3.0.0
"$venv/bin/python" Benchmarks/taxii_vs_medallion.py \
    --kizuna .build-release/release/kizuna --medallion "$venv/bin/medallion" "$@"
