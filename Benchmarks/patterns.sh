#!/usr/bin/env bash
# STIX pattern matching: Kizuna's PatternMatcher and indicator catalog (release build of kizuna-pattern-bench) next to
# the OASIS stix2-matcher 3.0.0, in one run, on the same generated 10,000 observed-data and 1,000 indicator patterns.
# See Benchmarks/patterns_vs_stix2matcher.py for what is measured and how stix2-matcher's figure for (b) is
# extrapolated from a sample.
# Usage: Benchmarks/patterns.sh [--sample-observations N] [--sample-patterns N] [--single 'PATTERN'] [--keep DIR] [--min-seconds S]
# KIZUNA_PATTERN_BENCH=/path/to/kizuna-pattern-bench skips the build and runs that binary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KIZUNA_PATTERN_BENCH:-}" ]; then
    swift build -c release --scratch-path .build-release --product kizuna-pattern-bench >/dev/null
    KIZUNA_PATTERN_BENCH=.build-release/release/kizuna-pattern-bench
fi
venv=.venv-bench
[ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check \
    stix2-matcher==3.0.0
"$venv/bin/python" Benchmarks/patterns_vs_stix2matcher.py --kizuna-bench "$KIZUNA_PATTERN_BENCH" "$@"
