#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine (as root) and runs the main job:
# installs the packages, builds dkg in build/, and builds the graph of the bundled
# sample reports in data/reports into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDKG_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target dkg_app
mkdir -p out
./build/bin/dkg build data/reports -o out/graph.graphml --neo4j out/neo4j \
  --json out/graph.json --extractions out/extractions.jsonl
echo
echo "Outputs in $(pwd)/out:"
echo "  out/graph.graphml        GraphML for Gephi, networkx, igraph"
echo "  out/neo4j/               nodes.csv, relationships.csv, load.cypher for Neo4j"
echo "  out/graph.json           JSON graph for web tools"
echo "  out/extractions.jsonl    per-report extractions (dkg-gold/1) with node ids"
