#!/usr/bin/env bash
# End-to-end throughput and memory of dkg on a corpus of >= 300 MB made by repeating
# ../shared/corpus/news.jsonl with fresh ids (bench/make_corpus.py). Prints MB/s and
# reports/s for `dkg extract` and the whole `dkg build` (GraphML + neo4j CSVs) at 1, 2
# and nproc threads, times and peak RSS at 10%, 30% and 100% of the corpus, bytes of
# memory per node and per edge, and checks that --jobs 1 and --jobs 2 write
# byte-identical files.
#
# usage: bash bench/run.sh [DKG_BINARY] [WORK_DIR] [MEGABYTES]
#   defaults: build-bench/bin/dkg, /tmp/dkg-bench, 300. Build first, in Release:
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench
# Set DKG_BENCH_REPEAT=N to time every run N times and keep the fastest (noisy machines).
# "MB/s" is wall-clock throughput; "MB/CPU-s" divides by user + system time of all
# threads, which other processes on a shared machine disturb much less.
set -euo pipefail
SOURCE_DIR=$(cd "$(dirname "$0")/.." && pwd)
DKG=$(realpath "${1:-$SOURCE_DIR/build-bench/bin/dkg}")
WORK=${2:-/tmp/dkg-bench}
MEGABYTES=${3:-300}
REPEAT=${DKG_BENCH_REPEAT:-1}
CORPUS_SOURCE="$SOURCE_DIR/../shared/corpus/news.jsonl"
TIME=/usr/bin/time

[ -x "$DKG" ] || { echo "no dkg binary at $DKG" >&2; exit 2; }
[ -f "$CORPUS_SOURCE" ] || { echo "no corpus at $CORPUS_SOURCE" >&2; exit 2; }
[ -x "$TIME" ] || { echo "needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }
mkdir -p "$WORK"

# The corpus and its 10% / 30% prefixes (whole lines).
CORPUS="$WORK/corpus-${MEGABYTES}mb.jsonl"
[ -s "$CORPUS" ] || python3 "$SOURCE_DIR/bench/make_corpus.py" "$CORPUS_SOURCE" "$CORPUS" "$MEGABYTES"
corpus_part() {  # PERCENT -> path
  local percent=$1 path="$WORK/corpus-${MEGABYTES}mb-$1pct.jsonl"
  if [ "$percent" = 100 ]; then echo "$CORPUS"; return; fi
  if [ ! -s "$path" ]; then
    local bytes=$(( $(stat -c %s "$CORPUS") * percent / 100 ))
    head -c "$bytes" "$CORPUS" | sed '$d' > "$path"  # drop the cut last line
  fi
  echo "$path"
}

# Runs a command under GNU time (fastest of $REPEAT runs); sets SECONDS_TAKEN (wall),
# CPU_SECONDS (user + system, all threads) and PEAK_KB.
timed() {
  local best_s="" best_cpu="" best_kb="" i log="$WORK/time.log"
  for ((i = 0; i < REPEAT; i++)); do
    "$TIME" -f '%e %U %S %M' -o "$log" "$@"
    read -r s user sys kb < <(tail -1 "$log")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then
      best_s=$s best_cpu=$(awk "BEGIN{print $user + $sys}") best_kb=$kb
    fi
  done
  SECONDS_TAKEN=$best_s CPU_SECONDS=$best_cpu PEAK_KB=$best_kb
}

row() {  # LABEL INPUT -> one table row from SECONDS_TAKEN / PEAK_KB
  local bytes reports
  bytes=$(stat -c %s "$2")
  reports=$(wc -l < "$2")
  awk -v l="$1" -v b="$bytes" -v r="$reports" -v s="$SECONDS_TAKEN" -v c="$CPU_SECONDS" \
      -v kb="$PEAK_KB" 'BEGIN {
    if (s <= 0) s = 0.01
    if (c <= 0) c = 0.01
    printf "| %-28s | %8.1f | %7.2f | %8.1f | %9.0f | %7.2f | %8.1f | %7.0f |\n", l, b / 1e6, s,
           b / 1e6 / s, r / s, c, b / 1e6 / c, kb / 1024 }'
}

header() {
  echo
  echo "| run                          | input MB |  time s |     MB/s | reports/s |   CPU s | MB/CPU-s | RSS MiB |"
  echo "|------------------------------|----------|---------|----------|-----------|---------|----------|---------|"
}

run_extract() {  # JOBS INPUT
  timed bash -c '"$0" extract --quiet --jobs "$1" < "$2" > /dev/null' "$DKG" "$1" "$2"
  row "extract --jobs $1 ($3)" "$2"
}

run_build() {  # JOBS INPUT OUT_DIR LABEL
  rm -rf "$3" && mkdir -p "$3"
  timed "$DKG" build "$2" --quiet --jobs "$1" -o "$3/graph.graphml" --neo4j "$3/neo4j"
  row "build --jobs $1 ($4)" "$2"
}

echo "dkg benchmark: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
echo "binary: $DKG"
echo "corpus: $CORPUS ($(( $(stat -c %s "$CORPUS") / 1000000 )) MB, $(wc -l < "$CORPUS") reports)"

THREADS="1 2"
[ "$(nproc)" -gt 2 ] && THREADS="$THREADS $(nproc)"

echo
echo "## Threads (100% of the corpus)"
header
for jobs in $THREADS; do run_extract "$jobs" "$CORPUS" 100%; done
for jobs in $THREADS; do
  run_build "$jobs" "$CORPUS" "$WORK/out-j$jobs" 100%
  [ "$jobs" = 1 ] && FULL_BUILD_KB=$PEAK_KB
done

echo
echo "## Linear growth (1 thread)"
header
for percent in 10 30; do
  part=$(corpus_part "$percent")
  run_extract 1 "$part" "$percent%"
  run_build 1 "$part" "$WORK/out-$percent" "$percent%"
  echo "|   graph: $(grep -c '<node ' "$WORK/out-$percent/graph.graphml") nodes, $(grep -c '<edge ' "$WORK/out-$percent/graph.graphml") edges |"
done
echo "|   graph (100%): $(grep -c '<node ' "$WORK/out-j1/graph.graphml") nodes, $(grep -c '<edge ' "$WORK/out-j1/graph.graphml") edges |"

echo
echo "## Memory per graph element (100% build, --jobs 1)"
nodes=$(grep -c '<node ' "$WORK/out-j1/graph.graphml")
edges=$(grep -c '<edge ' "$WORK/out-j1/graph.graphml")
awk -v kb="$FULL_BUILD_KB" -v n="$nodes" -v e="$edges" -v g="$(stat -c %s "$WORK/out-j1/graph.graphml")" 'BEGIN {
  printf "peak RSS %.0f MiB for %d nodes and %d edges: %.0f bytes per node, %.0f per edge,\n", kb / 1024, n, e, kb * 1024 / n, kb * 1024 / e
  printf "%.0f bytes per (node + edge); GraphML %.1f MB = %.0f bytes per (node + edge)\n", kb * 1024 / (n + e), g / 1e6, g / (n + e) }'

echo
echo "## Same output whatever the number of threads"
status=0
for f in graph.graphml neo4j/nodes.csv neo4j/relationships.csv; do
  for jobs in $THREADS; do
    [ "$jobs" = 1 ] && continue
    if cmp -s "$WORK/out-j1/$f" "$WORK/out-j$jobs/$f"; then
      echo "identical: $f (--jobs 1 vs --jobs $jobs)"
    else
      echo "DIFFERENT: $f (--jobs 1 vs --jobs $jobs)"; status=1
    fi
  done
done
exit $status
