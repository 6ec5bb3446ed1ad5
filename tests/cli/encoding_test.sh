# Encodings end to end: invalid UTF-8 becomes U+FFFD with a warning (exit 0), a UTF-8
# BOM and CRLF line ends are read silently, UTF-16 is refused with a clear message
# (exit 1). The extraction lines on stdout are always valid UTF-8.
# Usage: bash encoding_test.sh DKG_BINARY SOURCE_DIR WORK_DIR
set -u
source "$(dirname "$0")/common.sh"

# check_lines FILE PYTHON-CONDITION: every extraction line parses (strict UTF-8) and the
# condition on `x` (the parsed line) holds for at least one.
check_lines() {
  "$PYTHON" - "$1" "$2" <<'PY'
import json, sys
raw = open(sys.argv[1], "rb").read()
lines = [json.loads(l) for l in raw.decode("utf-8").splitlines()]
assert lines, "no extraction lines"
assert any(eval(sys.argv[2], {"json": json}, {"x": x}) for x in lines), (sys.argv[2], lines)
PY
}
has_meeting='any(r["type"] == "MET_WITH" for r in x["relations"])'

printf 'Talks \xff in Geneva\nForeign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva \xc3\x28 on Monday.\n' \
  >"$WORK/invalid.txt"
expect 0 "invalid UTF-8 in a .txt report" -- "$DKG" extract "$WORK/invalid.txt"
stderr_has "warning: $WORK/invalid.txt: invalid UTF-8 replaced with U+FFFD (2 sequences)"
stderr_has "read 1 reports (1 with warnings), skipped 0, failed 0"
check_lines "$WORK/out" "$has_meeting and any('\ufffd' in r['evidence'] for r in x['relations'])" ||
  die "invalid UTF-8 not replaced by U+FFFD in the evidence"

printf '{"id": "bad", "text": "%s \xe9t\xe9"}\n' "$MEETING" >"$WORK/invalid.jsonl"
expect 0 "invalid UTF-8 (Latin-1) in a JSON Lines report" -- "$DKG" extract "$WORK/invalid.jsonl"
stderr_has "warning: $WORK/invalid.jsonl:1: invalid UTF-8 replaced with U+FFFD (2 sequences)"
check_lines "$WORK/out" "$has_meeting" || die "report with invalid UTF-8 lost its relation"

printf '\xef\xbb\xbfTalks in Geneva\r\n\r\n%s\r\nThey met again.\r\n' "$MEETING" >"$WORK/bom_crlf.txt"
expect 0 "BOM and CRLF in a .txt report" -- "$DKG" extract "$WORK/bom_crlf.txt"
stderr_has "read 1 reports (0 with warnings), skipped 0, failed 0"
check_lines "$WORK/out" "$has_meeting and '\r' not in json.dumps(x) and '\ufeff' not in json.dumps(x)" ||
  die "BOM or CR reached the extraction"

printf '\xef\xbb\xbf{"id": "a", "text": "%s"}\r\n{"id": "b", "text": "%s"}\r\n' "$MEETING" "$MEETING" \
  >"$WORK/bom_crlf.jsonl"
expect 0 "BOM and CRLF in a JSON Lines file" -- "$DKG" extract "$WORK/bom_crlf.jsonl"
stderr_has "read 2 reports (0 with warnings), skipped 0, failed 0"
check_lines "$WORK/out" "$has_meeting" || die "BOM/CRLF JSON Lines lost a relation"

utf16() {  # CODEC TEXT FILE: TEXT in UTF-16 with a BOM
  "$PYTHON" -c 'import sys; open(sys.argv[3], "wb").write(sys.argv[2].encode(sys.argv[1]))' "$@"
}
utf16 utf-16 "Talks
$MEETING" "$WORK/utf16.txt"
utf16 utf-16-be "{\"text\": \"$MEETING\"}" "$WORK/utf16be.json"
utf16 utf-16-le "{\"text\": \"$MEETING\"}" "$WORK/utf16le_nobom.jsonl"
for f in utf16.txt utf16be.json utf16le_nobom.jsonl; do
  expect 1 "UTF-16 refused ($f)" -- "$DKG" build "$WORK/$f" -o "$WORK/utf16.graphml"
  stderr_has "skipped: $WORK/$f: UTF-16 text: convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"
done
expect 1 "UTF-16 on standard input" -- sh -c "'$DKG' extract < '$WORK/utf16le_nobom.jsonl'"
stderr_has "skipped: <stdin>: UTF-16 text"
echo "PASS"
