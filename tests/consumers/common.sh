# Shared by the consumer tests (sourced, not run): argument checks and one `dkg build`
# of the sample reports into $WORK. Exit code 77 tells CTest the test was skipped.

. "$(dirname "${BASH_SOURCE[0]}")/../shell_test_args.sh"
"$DKG" build --help >/dev/null 2>&1 || skip "'$DKG build' is not available yet"

# Writes $WORK/graph.graphml, $WORK/neo4j/ and $WORK/graph.json from data/reports.
build_sample_graph() {
  rm -rf "$WORK" && mkdir -p "$WORK" || die "cannot create $WORK"
  "$DKG" build "$SOURCE_DIR/data/reports" -o "$WORK/graph.graphml" --neo4j "$WORK/neo4j" \
    --json "$WORK/graph.json" --quiet || die "dkg build failed"
  for f in graph.graphml graph.json neo4j/nodes.csv neo4j/relationships.csv neo4j/load.cypher; do
    [ -s "$WORK/$f" ] || die "dkg build did not write $WORK/$f"
  done
}

# Prints "NODES EDGES" as counted in the raw GraphML, the JSON and the CSV files, and
# fails unless all three agree.
count_exports() {
  "$PYTHON" - "$WORK" <<'PY'
import csv, json, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
ns = '{http://graphml.graphdrawing.org/xmlns}'
root = ET.parse(f'{work}/graph.graphml').getroot()
graphml = (len(root.findall(f'{ns}graph/{ns}node')), len(root.findall(f'{ns}graph/{ns}edge')))
with open(f'{work}/graph.json', encoding='utf-8') as f:
    doc = json.load(f)
as_json = (len(doc['nodes']), len(doc['edges']))
def rows(name):
    with open(f'{work}/neo4j/{name}', encoding='utf-8', newline='') as f:
        return len(list(csv.reader(f))) - 1
as_csv = (rows('nodes.csv'), rows('relationships.csv'))
if not graphml == as_json == as_csv:
    sys.exit(f'counts disagree: graphml {graphml}, json {as_json}, csv {as_csv}')
print(*graphml)
PY
}
