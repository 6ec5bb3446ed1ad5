#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 (ASan + UBSan) and runs each
# from its seed corpus for DKG_FUZZ_SECONDS (default 30) seconds, nproc targets at a time.
# Fails on any crash, leak, timeout, out-of-memory or sanitizer report; the input that
# caused it is saved as build-fuzz/artifacts/<target>-crash-<sha1> and the log's tail
# is printed. Usage: scripts/fuzz.sh [target...]   (targets: report_json report_reader
# extract writers). Reproduce one input: build-fuzz/fuzz_<target> <file>.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${DKG_FUZZ_SECONDS:-30}
build=${DKG_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${DKG_FUZZ_JOBS:-$(nproc)}
targets=(report_json report_reader extract writers)
if (($#)); then targets=("$@"); fi

echo "dkg fuzz: building ${targets[*]} in $build"
CC=clang-14 CXX=clang++-14 cmake -S tests/fuzz -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  >/dev/null
mkdir -p "$build/artifacts" "$build/logs"
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}" >"$build/logs/build.log" 2>&1 ||
  { tail -n 40 "$build/logs/build.log" >&2; echo "dkg fuzz: build failed" >&2; exit 1; }

dictionary() {
  case "$1" in
    report_json | report_reader) echo "-dict=tests/fuzz/json.dict" ;;
    extract) echo "-dict=tests/fuzz/extract.dict" ;;
  esac
}

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Replays the inputs that once crashed the target (tests/fuzz/regressions/<target>/).
replay_regressions() {
  local target=$1 dir="tests/fuzz/regressions/$1"
  compgen -G "$dir/*" >/dev/null || return 0
  if ! "$build/fuzz_$target" "$dir"/* >"$build/logs/$target.regressions.log" 2>&1; then
    echo "dkg fuzz: $target FAILED on a regression input of $dir:" >&2
    tail -n 40 "$build/logs/$target.regressions.log" >&2
    return 1
  fi
}

# Runs one target; new corpus entries go to the build directory, never the source tree.
run_target() {
  local target=$1 work="$build/corpus/$1" log="$build/logs/$1.log"
  mkdir -p "$work"
  replay_regressions "$target" || return 1
  # shellcheck disable=SC2046
  if "$build/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
       -max_len=8192 -print_final_stats=1 $(dictionary "$target") \
       -artifact_prefix="$build/artifacts/$target-" "$work" "tests/fuzz/corpus/$target" \
       >"$log" 2>&1 && ! grep -q "runtime error:" "$log"; then
    echo "dkg fuzz: $target ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" |
      grep -o '[0-9]*$') runs in ${seconds}s)"
  else
    echo "dkg fuzz: $target FAILED; log $log, input in $build/artifacts/:" >&2
    tail -n 60 "$log" >&2
    return 1
  fi
}

rm -f "$build"/logs/*.failed
for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= jobs)); do sleep 1; done
  (run_target "$target" || touch "$build/logs/$target.failed") &
done
wait
if compgen -G "$build/logs/*.failed" >/dev/null; then exit 1; fi
