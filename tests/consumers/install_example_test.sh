#!/usr/bin/env bash
# Installs the build tree to a temporary prefix, builds examples/ against the exported
# CMake package (find_package(dkg CONFIG)), and runs it on a graph built from
# data/reports. Usage: bash SCRIPT DKG_BINARY SOURCE_DIR WORK_DIR
set -uo pipefail
source "$(dirname "$0")/common.sh"

BUILD_DIR=$(cd "$(dirname "$DKG")/.." && pwd)  # the binary lives in <build>/bin
[ -f "$BUILD_DIR/cmake_install.cmake" ] || skip "no cmake_install.cmake in $BUILD_DIR"
rm -rf "$WORK" && mkdir -p "$WORK" || die "cannot create $WORK"
PREFIX="$WORK/prefix"

cmake --install "$BUILD_DIR" --prefix "$PREFIX" >"$WORK/install.log" 2>&1 ||
  { cat "$WORK/install.log"; die "cmake --install failed"; }
for f in bin/dkg include/dkg/query/relations.h include/dkg/io/graph_reader.h \
         share/dkg/lexicon/countries.json; do
  [ -e "$PREFIX/$f" ] || die "install did not produce $f"
done
ls "$PREFIX"/lib*/cmake/dkg/dkgConfig.cmake >/dev/null 2>&1 || die "no dkgConfig.cmake installed"

cmake -S "$SOURCE_DIR/examples" -B "$WORK/example-build" -DCMAKE_PREFIX_PATH="$PREFIX" \
  -DCMAKE_BUILD_TYPE=Release >"$WORK/configure.log" 2>&1 ||
  { cat "$WORK/configure.log"; die "configuring examples/ against the package failed"; }
cmake --build "$WORK/example-build" -j1 >"$WORK/build.log" 2>&1 ||
  { cat "$WORK/build.log"; die "building examples/ failed"; }

# The installed binary finds its lexicon under <prefix>/share/dkg/lexicon.
"$PREFIX/bin/dkg" build "$SOURCE_DIR/data/reports" -o "$WORK/graph.graphml" --quiet ||
  die "installed dkg build failed"
out=$("$WORK/example-build/who_met" "$WORK/graph.graphml" "Saddam Haftar") ||
  die "who_met failed: $out"
echo "$out"
grep -q "Paul Soler" <<<"$out" || die "who_met did not report Paul Soler"
grep -q "Vincent Girod" <<<"$out" || die "who_met did not report Vincent Girod"
echo "PASS: example built against the installed package"
