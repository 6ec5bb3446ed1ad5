#!/usr/bin/env bash
# Checks that extraction time grows linearly with report size and that `dkg extract`
# streams JSON Lines in bounded memory. Prints figures; asserts nothing (not a test).
#
#   bench/linearity.sh [DKG_BINARY]        (default: build/bin/dkg)
#
# 1. One .txt report of 1, 10 and 100 MB (DKG_BENCH_SIZES, in MB) made of the sample
#    reports' paragraphs repeated, extracted with `dkg extract --max-report-bytes`: prints
#    seconds, seconds per MB and peak memory. Seconds per MB should stay about flat;
#    if it grows with the size, something is superlinear (profile with
#    `perf record -g build/bin/dkg extract FILE --max-report-bytes N >/dev/null`).
# 2. JSON Lines of 10 thousand to 1 million short reports (DKG_BENCH_REPORTS) through
#    `dkg extract`: peak memory should not grow with the number of reports.
# Each run is stopped after DKG_BENCH_TIMEOUT seconds (default 1200).
set -euo pipefail
cd "$(dirname "$0")/.."
dkg=${1:-build/bin/dkg}
[ -x "$dkg" ] || { echo "no dkg binary at $dkg (build first or pass its path)" >&2; exit 2; }
sizes=${DKG_BENCH_SIZES:-1 10 100}
counts=${DKG_BENCH_REPORTS:-10000 100000 1000000}
limit=${DKG_BENCH_TIMEOUT:-1200}
work=$(mktemp -d "${TMPDIR:-/tmp}/dkg-linearity.XXXXXX")
trap 'rm -rf "$work"' EXIT

# run FILE EXTRA_ARGS...: prints "seconds peak_kib" of `dkg extract`, or "timeout".
run() {
  local file=$1
  shift
  if timeout "$limit" /usr/bin/time -f "%e %M" -o "$work/time" \
       "$dkg" extract "$file" --quiet "$@" >/dev/null 2>"$work/err"; then
    cat "$work/time"
  else
    local rc=$?
    if [ "$rc" = 124 ]; then echo "timeout"; else echo "failed(exit $rc): $(tail -1 "$work/err")"; fi
  fi
}

# The paragraphs of the sample reports (no titles), joined, as the unit to repeat.
unit="$work/unit.txt"
for f in data/reports/*.txt; do tail -n +2 "$f"; echo; done >"$unit"

echo "== extraction time against report size (one report)"
printf '%8s %10s %10s %12s\n' "MB" "seconds" "s/MB" "peak MiB"
for mb in $sizes; do
  file="$work/report-${mb}mb.txt"
  { echo "Repeated sample reports"
    /usr/bin/python3 -c '
import sys
unit = open(sys.argv[1], "rb").read()
size = int(sys.argv[2]) << 20
out = sys.stdout.buffer
written = 0
while written < size:
    out.write(unit)
    written += len(unit)' "$unit" "$mb"; } >"$file"
  read -r seconds kib <<<"$(run "$file" --max-report-bytes $(((mb + 1) << 21)))" || true
  if [[ "$seconds" =~ ^[0-9.]+$ ]]; then
    awk -v mb="$mb" -v s="$seconds" -v k="$kib" \
      'BEGIN { printf "%8d %10.2f %10.3f %12.0f\n", mb, s, s / mb, k / 1024 }'
  else
    printf '%8d %s %s\n' "$mb" "$seconds" "$kib"
  fi
  rm -f "$file"
done

echo "== memory against number of reports (JSON Lines, streamed)"
printf '%10s %10s %12s\n' "reports" "seconds" "peak MiB"
for n in $counts; do
  file="$work/reports-$n.jsonl"
  /usr/bin/python3 -c '
import json, sys
n = int(sys.argv[2])
text = ("Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva. "
        "President Emmanuel Macron received Chancellor Olaf Scholz at the Elysee Palace.")
with open(sys.argv[1], "w") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"r{i}", "date": "2024-01-02", "text": text}) + "\n")' "$file" "$n"
  read -r seconds kib <<<"$(run "$file")" || true
  if [[ "$seconds" =~ ^[0-9.]+$ ]]; then
    awk -v n="$n" -v s="$seconds" -v k="$kib" 'BEGIN { printf "%10d %10.2f %12.0f\n", n, s, k / 1024 }'
  else
    printf '%10d %s %s\n' "$n" "$seconds" "$kib"
  fi
  rm -f "$file"
done
