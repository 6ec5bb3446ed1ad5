#!/usr/bin/env bash
# Installs everything dkg builds and tests with, from Debian 12's packages and the npm
# registry. Idempotent: packages already present are left as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libfmt-dev libgtest-dev libgmock-dev libcli11-dev
  libicu-dev libbenchmark-dev libxml2-dev libmimalloc-dev
  python3 python3-networkx python3-igraph libxml2-utils graphviz wamerican wbritish iso-codes
  clang-14 libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "dkg: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
# The Cypher engine the CSV export is tested against (prebuilt inside the npm package).
if [ ! -d tests/consumers/node_modules/kuzu ]; then
  (cd tests/consumers && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
