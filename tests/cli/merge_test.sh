# `dkg merge` gives the graph of a one-shot `dkg build`: the corpus is split in 4, each
# part extracted on its own (as mappers on 4 machines would), the parts merged, and the
# GraphML, neo4j CSVs and JSON compared byte for byte with `dkg build` on the whole
# (with the default and a smaller --evidence-per-edge, and other --jobs).
# Also checks that extraction lines round-trip (extract -> merge of one file).
# Usage: bash merge_test.sh DKG_BINARY SOURCE_DIR WORK_DIR   (exit 77: skipped)
set -u
[ $# -eq 3 ] || { echo "usage: bash $0 DKG_BINARY SOURCE_DIR WORK_DIR" >&2; exit 2; }
DKG=$1
SOURCE_DIR=$2
WORK=$3
CORPUS="$SOURCE_DIR/../shared/corpus/news.jsonl"
skip() { echo "SKIP: $*" >&2; exit 77; }
die() { echo "FAIL: $*" >&2; exit 1; }

[ -x "$DKG" ] || skip "dkg binary not found at $DKG"
"$DKG" merge --help >/dev/null 2>&1 || skip "'$DKG merge' is not available"
[ -f "$CORPUS" ] || skip "no corpus at $CORPUS (needs ../shared)"
rm -rf "$WORK" && mkdir -p "$WORK" || die "cannot create $WORK"

"$DKG" build "$CORPUS" --quiet --jobs 2 -o "$WORK/one.graphml" --neo4j "$WORK/one-neo4j" \
  --json "$WORK/one.json" || die "dkg build failed"

lines=$(wc -l < "$CORPUS")
split -l $(( (lines + 3) / 4 )) -d -a 1 "$CORPUS" "$WORK/part-" || die "split failed"
parts=("$WORK"/part-?)
[ ${#parts[@]} -eq 4 ] || die "expected 4 parts, got ${#parts[@]}"
for part in "${parts[@]}"; do
  "$DKG" extract --quiet < "$part" > "$part.ext.jsonl" || die "dkg extract failed on $part"
  [ "$(wc -l < "$part.ext.jsonl")" -eq "$(grep -c . "$part")" ] \
    || die "$part: one extraction line per report expected"
done
"$DKG" merge --quiet "${parts[@]/%/.ext.jsonl}" -o "$WORK/merged.graphml" \
  --neo4j "$WORK/merged-neo4j" --json "$WORK/merged.json" || die "dkg merge failed"

for f in graphml json; do
  cmp "$WORK/one.$f" "$WORK/merged.$f" || die "merged $f differs from the one-shot build"
done
for f in "$WORK"/one-neo4j/*; do
  cmp "$f" "$WORK/merged-neo4j/$(basename "$f")" || die "merged neo4j/$(basename "$f") differs"
done

# With another evidence sample size too (fewer supports kept than many edges have).
"$DKG" build "$CORPUS" --quiet --jobs 1 --evidence-per-edge 3 --json "$WORK/one3.json" \
  || die "dkg build --evidence-per-edge 3 failed"
"$DKG" merge --quiet --jobs 2 --evidence-per-edge 3 "${parts[@]/%/.ext.jsonl}" \
  --json "$WORK/merged3.json" || die "dkg merge --evidence-per-edge 3 failed"
cmp "$WORK/one3.json" "$WORK/merged3.json" || die "merged JSON (3 samples) differs"

# Standard input works as a mapper's output stream would.
cat "${parts[@]/%/.ext.jsonl}" | "$DKG" merge --quiet - -o "$WORK/stdin.graphml" \
  || die "dkg merge - failed"
cmp "$WORK/one.graphml" "$WORK/stdin.graphml" || die "merge from stdin differs"

# A bad line is an error naming the file and line.
printf '{"id": "x", "entities": [{"id": "p1"}], "relations": []}\n' > "$WORK/bad.jsonl"
"$DKG" merge --quiet "$WORK/bad.jsonl" -o "$WORK/bad.graphml" 2> "$WORK/bad.err"
[ $? -eq 1 ] || die "a malformed extraction line must exit 1"
grep -q "bad.jsonl:1" "$WORK/bad.err" || die "the error must name file:line: $(cat "$WORK/bad.err")"
echo "PASS: merge of 4 extraction files == one-shot build ($lines reports)"
