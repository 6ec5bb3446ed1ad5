#!/usr/bin/env bash
# Builds dkg and runs every test: unit and golden tests, the real consumers (xmllint,
# networkx, igraph, kuzu), the suite again under AddressSanitizer+UBSan, and the fuzz
# targets for a bounded time. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)
# Each stage's wall time, so a CI log shows where its minutes go.
stage() { echo "== $1 (at ${SECONDS} s)"; }

stage "build and test (RelWithDebInfo)"
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-test -j"$jobs"
(cd build-test && ctest --output-on-failure -j"$jobs")

if [ "${DKG_SKIP_SANITIZERS:-0}" != 1 ]; then
  stage "build and test under AddressSanitizer + UndefinedBehaviorSanitizer"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDKG_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$jobs"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j"$jobs" -E '^consumer\.')
fi

if [ -x scripts/fuzz.sh ] && [ "${DKG_SKIP_FUZZ:-0}" != 1 ]; then
  stage "fuzz targets"
  bash scripts/fuzz.sh
fi
stage "done"
