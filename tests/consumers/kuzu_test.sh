# Builds the sample graph with `dkg build` and loads the Neo4j CSV export into kuzu
# (tests/consumers/kuzu_load.mjs); kuzu's counts must match the GraphML and JSON exports.
# Usage: bash kuzu_test.sh DKG_BINARY SOURCE_DIR WORK_DIR
# Needs node and, once: cd tests/consumers && npm install
set -u
source "$(dirname "$0")/common.sh"
CONSUMERS="$SOURCE_DIR/tests/consumers"

command -v node >/dev/null || skip "node missing (apt-get install nodejs npm)"
[ -f "$CONSUMERS/node_modules/kuzu/package.json" ] ||
  skip "kuzu missing: cd $CONSUMERS && npm install"

build_sample_graph
read -r NODES EDGES < <(count_exports) || die "exports disagree"
[ -n "${NODES:-}" ] || die "could not count the exports"

SUMMARY=$(node "$CONSUMERS/kuzu_load.mjs" "$WORK/neo4j") || die "kuzu could not load the export"
echo "kuzu: $SUMMARY"
case "$SUMMARY" in
  "{\"nodes\":$NODES,\"relationships\":$EDGES,"*) ;;
  *) die "kuzu counts differ from the GraphML/JSON exports ($NODES nodes, $EDGES edges)" ;;
esac
echo "PASS"
