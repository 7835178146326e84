#!/usr/bin/env bash
# Log matching benchmark: `kizuna match` against `grep -F -f` and `rg -F -f` on the same generated log, in one run.
#
#   Benchmarks/LogMatch/run.sh                  # from the repository root: 256 MB log, 100,000 indicator values
#   MB=64 Benchmarks/LogMatch/run.sh            # smaller log
#   SCANNER=/path/to/LogMatchBenchmark Benchmarks/LogMatch/run.sh   # drive the scanner without the CLI
#
# Ours is the product path: the 100,000 values become STIX indicators (`[ipv4-addr:value = '…']`, `[domain-name:value
# = '…']`, `[url:value = '…']`, `[file:hashes.'SHA-256' = '…']`) imported into a fresh database (not timed), then
# `${KIZUNA:-.build-release/release/kizuna} match --org Bench LOG --json` is timed: loading and compiling the
# indicators the organisation may read, scanning, extracting, refanging, normalising, matching and printing one JSON
# object per hit. Build it first with `swift build -c release --scratch-path .build-release --product kizuna`. With
# SCANNER set, the LogMatchBenchmark executable (same LogScanner, a hash set of the canonical values as the lookup)
# runs instead. Peers run with LC_ALL=C, their fastest setting. Prints MB/s for each, the ratio of ours to
# the faster peer, and how the lines with hits differ: grep -F finds substrings anywhere (so `1.2.3.4` also hits
# `11.2.3.45`, and `evil.example` hits `notevil.example`), we find whole observables in canonical form (so we also
# hit uppercase and defanged mentions such as `hxxp://EVIL[.]example`, which grep cannot see).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
MB=${MB:-256}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/logmatch.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOG=$WORK/log.txt
VALUES=$WORK/values.txt

echo "generating a ${MB} MB log and 100,000 indicator values in $WORK"
python3 "$HERE/generate.py" --megabytes "$MB" --out "$WORK"
BYTES=$(stat -c %s "$LOG")

now() { date +%s.%N; }
rate() { python3 -c "import sys; print('%.1f' % ($BYTES / 1e6 / float(sys.argv[1])))" "$1"; }
elapsed() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }

# Ours.
if [ -n "${SCANNER:-}" ]; then
    OURS_NAME="LogScanner (LogMatchBenchmark)"
    start=$(now)
    "$SCANNER" "$VALUES" "$LOG" --hit-lines "$WORK/ours.lines" > "$WORK/ours.out"
    end=$(now)
    cat "$WORK/ours.out"
else
    KIZUNA=${KIZUNA:-.build-release/release/kizuna}
    OURS_NAME="kizuna match"
    python3 - "$VALUES" "$WORK/indicators.json" <<'PY'
import json, re, sys, uuid
objects = []
for value in open(sys.argv[1]).read().split():
    if re.fullmatch(r"[0-9a-f]{64}", value):
        pattern = "[file:hashes.'SHA-256' = '%s']" % value
    elif re.fullmatch(r"[0-9.]+", value):
        pattern = "[ipv4-addr:value = '%s']" % value
    elif "://" in value:
        pattern = "[url:value = '%s']" % value.replace("\\", "\\\\").replace("'", "\\'")
    else:
        pattern = "[domain-name:value = '%s']" % value
    objects.append({"type": "indicator", "spec_version": "2.1", "id": "indicator--%s" % uuid.uuid4(),
                    "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                    "pattern": pattern, "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z",
                    "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]})
json.dump({"type": "bundle", "id": "bundle--%s" % uuid.uuid4(), "objects": objects}, open(sys.argv[2], "w"))
PY
    "$KIZUNA" org add Bench --sector government --country JP --database "$WORK/bench.sqlite" > /dev/null
    "$KIZUNA" import "$WORK/indicators.json" --org Bench --audience community --database "$WORK/bench.sqlite" > /dev/null
    start=$(now)
    "$KIZUNA" match --org Bench --database "$WORK/bench.sqlite" --no-progress --json "$LOG" > "$WORK/ours.json" || true
    end=$(now)
    python3 -c '
import json, sys
lines = sorted({json.loads(row)["line"] for row in open(sys.argv[1]) if row.strip()})
open(sys.argv[2], "w").write("".join("%d\n" % line for line in lines))' "$WORK/ours.json" "$WORK/ours.lines"
fi
OURS_SECONDS=$(elapsed "$start" "$end")

# grep.
start=$(now)
LC_ALL=C grep -n -F -f "$VALUES" "$LOG" > "$WORK/grep.out" || true
end=$(now)
GREP_SECONDS=$(elapsed "$start" "$end")
cut -d: -f1 "$WORK/grep.out" > "$WORK/grep.lines"

# ripgrep.
RG_SECONDS=""
if command -v rg > /dev/null; then
    start=$(now)
    LC_ALL=C rg -n -F -f "$VALUES" "$LOG" > "$WORK/rg.out" || true
    end=$(now)
    RG_SECONDS=$(elapsed "$start" "$end")
else
    echo "rg not found: skipping ripgrep (apt-get install -y ripgrep)"
fi

echo
printf '%-34s %8s s %10s MB/s\n' "$OURS_NAME" "$OURS_SECONDS" "$(rate "$OURS_SECONDS")"
printf '%-34s %8s s %10s MB/s\n' "grep -F -f" "$GREP_SECONDS" "$(rate "$GREP_SECONDS")"
PEER=$GREP_SECONDS
PEER_NAME="grep -F"
if [ -n "$RG_SECONDS" ]; then
    printf '%-34s %8s s %10s MB/s\n' "rg -F -f" "$RG_SECONDS" "$(rate "$RG_SECONDS")"
    if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$RG_SECONDS" "$GREP_SECONDS"; then
        PEER=$RG_SECONDS
        PEER_NAME="rg -F"
    fi
fi
python3 -c "import sys; print('ratio: ours is %.1fx the faster peer (%s)' % (float(sys.argv[1]) / float(sys.argv[2]), sys.argv[3]))" \
    "$PEER" "$OURS_SECONDS" "$PEER_NAME"

# Hits: lines with at least one hit.
sort -u "$WORK/ours.lines" > "$WORK/ours.sorted"
sort -u "$WORK/grep.lines" > "$WORK/grep.sorted"
echo
echo "lines with hits: ours $(wc -l < "$WORK/ours.sorted"), grep $(wc -l < "$WORK/grep.sorted"),"\
" both $(comm -12 "$WORK/ours.sorted" "$WORK/grep.sorted" | wc -l),"\
" only ours $(comm -23 "$WORK/ours.sorted" "$WORK/grep.sorted" | wc -l),"\
" only grep $(comm -13 "$WORK/ours.sorted" "$WORK/grep.sorted" | wc -l)"
echo "examples only ours (uppercase or defanged mentions):"
comm -23 "$WORK/ours.sorted" "$WORK/grep.sorted" | head -3 | while read -r n; do sed -n "${n}p" "$LOG" | cut -c1-160; done
echo "examples only grep (substring matches that are not the whole observable):"
comm -13 "$WORK/ours.sorted" "$WORK/grep.sorted" | head -3 | while read -r n; do
    line=$(sed -n "${n}p" "$LOG")
    echo "$line" | cut -c1-160
    echo "    matched: $(echo "$line" | LC_ALL=C grep -o -F -f "$VALUES" | head -1)"
done
