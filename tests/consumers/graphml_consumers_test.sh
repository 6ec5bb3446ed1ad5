# Builds the sample graph with `dkg build` and loads the GraphML into its real consumers:
# the GraphML schema (xmllint), networkx and igraph. Counts must agree everywhere.
# Usage: bash graphml_consumers_test.sh DKG_BINARY SOURCE_DIR WORK_DIR
set -u
source "$(dirname "$0")/common.sh"

build_sample_graph
read -r NODES EDGES < <(count_exports) || die "exports disagree"
[ -n "${NODES:-}" ] || die "could not count the exports"
echo "exports: $NODES nodes, $EDGES edges"

if [ -f "$SCHEMA" ]; then
  xmllint --noout --nonet --schema "$SCHEMA" "$WORK/graph.graphml" || die "schema validation"
else
  echo "note: $SCHEMA missing (needs ../shared); schema validation not run" >&2
fi

"$PYTHON" - "$WORK/graph.graphml" "$NODES" "$EDGES" <<'PY' || die "networkx/igraph check"
import sys
path, nodes, edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
import networkx as nx
g = nx.read_graphml(path)
assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges), \
    ('networkx', g.number_of_nodes(), g.number_of_edges())
assert all('label' in d and 'type' in d for _, d in g.nodes(data=True))
assert all(d['weight'] == d['report_count'] for *_, d in g.edges(data=True))
import igraph
h = igraph.Graph.Read_GraphML(path)
assert (h.vcount(), h.ecount()) == (nodes, edges), ('igraph', h.vcount(), h.ecount())
assert sorted(h.vs['id']) == sorted(g.nodes), 'igraph and networkx see different node ids'
assert sorted(h.vs['label']) == sorted(d['label'] for _, d in g.nodes(data=True))
print(f'networkx and igraph: {nodes} nodes, {edges} edges')
PY
echo "PASS"
