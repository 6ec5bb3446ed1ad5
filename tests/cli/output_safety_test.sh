# Output safety end to end: characters XML 1.0 forbids never reach the GraphML (which
# then validates against the GraphML schema), CSV is RFC 4180 with formula-like fields
# neutralised by --spreadsheet-csv only, and a failed write leaves the previous file
# intact with exit code 1.
# Usage: bash output_safety_test.sh DKG_BINARY SOURCE_DIR WORK_DIR
set -u
source "$(dirname "$0")/common.sh"
command -v xmllint >/dev/null || skip "xmllint missing (apt-get install libxml2-utils)"

# --- every C0 control, U+FFFE and U+FFFF in report ids and evidence sentences ----------
"$PYTHON" - "$WORK/controls.jsonl" "$MEETING" <<'PY'
import json, sys
path, meeting = sys.argv[1], sys.argv[2]
chars = [chr(c) for c in range(0x20)] + ["\ufffe", "\uffff"]
with open(path, "w", encoding="utf-8") as f:
    for n, c in enumerate(chars):
        text = meeting.replace(" in Geneva", f" in Geneva on Monday {c}to discuss trade")
        f.write(json.dumps({"id": f"r{n:02d}-{c}-end", "text": text}) + "\n")
PY
# --evidence-per-edge 0: every report's id and sentence is written, not only a sample.
expect 0 "build of reports full of control characters" -- \
  "$DKG" build "$WORK/controls.jsonl" -o "$WORK/controls.graphml" --json "$WORK/controls.json" \
  --neo4j "$WORK/controls-csv" --evidence-per-edge 0
stderr_has "characters that XML 1.0 forbids in the GraphML"
stderr_has "read 34 reports"
"$PYTHON" - "$WORK/controls.graphml" <<'PY' || die "forbidden characters reached the GraphML"
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8")  # strict: must be valid UTF-8
bad = re.findall("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)
def forbidden(c):
    return (c < 0x20 and c not in (0x9, 0xA, 0xD)) or c in (0xFFFE, 0xFFFF)
refs = [m for m in re.findall(r"&#(x[0-9a-fA-F]+|[0-9]+);", text)
        if forbidden(int(m[1:], 16) if m.startswith("x") else int(m))]
assert not bad and not refs, (bad[:5], refs[:5])
# Nothing lost: every report supports the edge, each under its own (repaired) id.
ids = set(re.findall(r"r\d\d-[^|<]*?-end", text))
assert len(ids) == 34, sorted(ids)
PY
xmllint --noout --nonet "$WORK/controls.graphml" || die "GraphML is not well-formed"
if [ -f "$SCHEMA" ]; then
  xmllint --noout --nonet --schema "$SCHEMA" "$WORK/controls.graphml" 2>"$WORK/xsd" ||
    { cat "$WORK/xsd" >&2; die "GraphML does not validate against $SCHEMA"; }
  echo "ok: GraphML with control characters validates against the schema"
else
  echo "note: $SCHEMA missing (needs ../shared); schema validation not run" >&2
fi
"$PYTHON" - "$WORK/controls.json" <<'PY' || die "JSON output lost report ids"
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
ids = {s["report_id"] for e in doc["edges"] for s in e["support"]}
assert len(ids) == 34, len(ids)
PY

# --- CSV: RFC 4180, and formula neutralisation with --spreadsheet-csv only ------------
"$PYTHON" - "$WORK/formulas.jsonl" "$MEETING" <<'PY'
import json, sys
path, meeting = sys.argv[1], sys.argv[2]
ids = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "\tTAB", "\rCR", 'quote " and, comma;semi',
       "line\nbreak", " padded "]
with open(path, "w", encoding="utf-8") as f:
    for i in ids:
        f.write(json.dumps({"id": i, "text": meeting}) + "\n")
PY
check_csv() {  # DIR NEUTRALISED(0/1)
  "$PYTHON" - "$1" "$2" "$WORK/formulas.jsonl" <<'PY'
import csv, json, sys
d, neutralised, source = sys.argv[1], sys.argv[2] == "1", sys.argv[3]
expected = {json.loads(l)["id"] for l in open(source, encoding="utf-8")}
def rows(name):
    with open(f"{d}/{name}", encoding="utf-8", newline="") as f:
        return list(csv.reader(f, strict=True))
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
assert len(nodes) >= 3 and len(rels) >= 2, (len(nodes), len(rels))
assert all(len(r) == len(nodes[0]) for r in nodes) and all(len(r) == len(rels[0]) for r in rels)
header = rels[0]
report_ids = [r[header.index("report_ids:string[]")] for r in rels[1:]]
for row in nodes[1:] + rels[1:]:
    for field in row:
        if neutralised:
            assert not field or field[0] not in "=+-@\t\r", field
ids = set()
for field in report_ids:
    items = field.split(";")
    if neutralised:
        items[0] = items[0].removeprefix("'")
    ids.update(items)
# The reader turns CR and CRLF into LF; the CSV writer turns ';' inside items into ','.
clean = {i.replace("\r\n", "\n").replace("\r", "\n").replace(";", ",") for i in expected}
assert ids == clean, (sorted(ids), sorted(clean))
PY
}
expect 0 "build with formula-like report ids (neo4j CSV)" -- \
  "$DKG" build "$WORK/formulas.jsonl" --neo4j "$WORK/csv-plain"
check_csv "$WORK/csv-plain" 0 || die "plain CSV is not RFC 4180 or altered values"
expect 0 "build with --spreadsheet-csv" -- \
  "$DKG" build "$WORK/formulas.jsonl" --neo4j "$WORK/csv-sheet" --spreadsheet-csv
check_csv "$WORK/csv-sheet" 1 || die "--spreadsheet-csv left a formula-like field"
echo "ok: CSV is RFC 4180; --spreadsheet-csv neutralises formulas"

# --- atomic outputs: a failed write keeps the previous file and exits 1 ---------------
printf 'Talks\n%s\n' "$MEETING" >"$WORK/good.txt"
printf 'Other talks\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Berlin.\n' \
  >"$WORK/other.txt"
mkdir -p "$WORK/outputs"
expect 0 "first build" -- "$DKG" build "$WORK/good.txt" -o "$WORK/outputs/g.graphml" \
  --json "$WORK/outputs/g.json" --neo4j "$WORK/outputs/csv"
cp -r "$WORK/outputs" "$WORK/before"

mkdir -p "$WORK/outputs/dir.graphml"
expect 1 "output path is a directory" -- \
  "$DKG" build "$WORK/other.txt" -o "$WORK/outputs/dir.graphml"
stderr_has "dkg: error: cannot rename"
stderr_has "Is a directory"

read_only_build() {  # runs dkg as an unprivileged user when we are root (root ignores modes)
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
  else
    "$@"
  fi
}
chmod a-w "$WORK/outputs" "$WORK/outputs/csv"
chmod o+rx "$WORK" 2>/dev/null
if read_only_build test -r "$WORK/other.txt" -a -x "$DKG" 2>/dev/null; then
  expect 1 "GraphML into a read-only directory" -- \
    read_only_build "$DKG" build "$WORK/other.txt" -o "$WORK/outputs/g.graphml"
  stderr_has "dkg: error: cannot create $WORK/outputs/g.graphml.tmp-"
  stderr_has "Permission denied"
  expect 1 "CSV into a read-only directory" -- \
    read_only_build "$DKG" build "$WORK/other.txt" --neo4j "$WORK/outputs/csv"
  stderr_has "Permission denied"
  expect 1 "JSON into a read-only directory" -- \
    read_only_build "$DKG" build "$WORK/other.txt" --json "$WORK/outputs/g.json"
  stderr_has "Permission denied"
else
  echo "note: cannot run dkg as an unprivileged user here; read-only directory not tested" >&2
fi
chmod u+w "$WORK/outputs" "$WORK/outputs/csv"
rmdir "$WORK/outputs/dir.graphml"
diff -r "$WORK/before" "$WORK/outputs" || die "a failed build changed the previous outputs"
[ -z "$(find "$WORK/outputs" -name '*.tmp-*')" ] || die "a failed build left temporary files"
echo "ok: failed writes left the previous outputs intact and no temporary files"
echo "PASS"
