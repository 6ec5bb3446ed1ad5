# Input limits give a clear message and the rest of the input is still read: report
# size (--max-report-bytes), line length (64 MiB), JSON depth (64), sentence length.
# Usage: bash limits_test.sh DKG_BINARY SOURCE_DIR WORK_DIR
set -u
source "$(dirname "$0")/common.sh"

# --- report size ----------------------------------------------------------------------
printf 'Talks\n%s\n' "$MEETING" >"$WORK/small.txt"
"$PYTHON" -c 'import sys; open(sys.argv[1], "w").write("Big\n" + (sys.argv[2] + " ") * 200)' \
  "$WORK/big.txt" "$MEETING"
expect 1 "report over --max-report-bytes" -- \
  "$DKG" build "$WORK/small.txt" "$WORK/big.txt" --max-report-bytes 1000 -o "$WORK/g.graphml"
stderr_has "skipped: $WORK/big.txt: report too large: "
stderr_has "(limit 1000)"
stderr_has "read 1 reports (0 with warnings), skipped 1, failed 0"
expect 0 "same report under a larger --max-report-bytes" -- \
  "$DKG" build "$WORK/big.txt" --max-report-bytes 100000 -o "$WORK/g.graphml"
printf '{"id": "x", "text": "%s"}\n{"id": "y", "text": "short"}\n' "$(head -c 3000 "$WORK/big.txt" |
  tail -n +2)" >"$WORK/big.jsonl"
expect 1 "JSON Lines report over --max-report-bytes" -- \
  "$DKG" extract "$WORK/big.jsonl" --max-report-bytes 1000
stderr_has "skipped: $WORK/big.jsonl:1: report too large: "
stderr_has "read 1 reports"

# --- a line of 65 MiB in JSON Lines: skipped without being held, next line read --------
"$PYTHON" - "$WORK/long_line.jsonl" <<'PY'
import sys
with open(sys.argv[1], "wb") as f:
    f.write(b'{"id": "long", "text": "' + b"word " * (13 << 20) + b'"}\n')
    f.write(b'{"id": "after", "text": "short report"}\n')
PY
expect 1 "JSON Lines line over 64 MiB" -- "$DKG" extract "$WORK/long_line.jsonl"
stderr_has "skipped: $WORK/long_line.jsonl:1: line too long: "
stderr_has "(limit 67108864)"
stderr_has "read 1 reports (0 with warnings), skipped 1, failed 0"
rm -f "$WORK/long_line.jsonl"

# --- JSON nested 100000 deep: refused at depth 64, no stack overflow -------------------
"$PYTHON" -c 'import sys; open(sys.argv[1], "w").write("{\"a\":" * 100000 + "1" + "}" * 100000)' \
  "$WORK/deep.json"
"$PYTHON" -c 'import sys; open(sys.argv[1], "w").write("{\"text\": \"x\", \"a\": " + "[" * 100000 + "\n")' \
  "$WORK/deep_unclosed.jsonl"
expect 1 "JSON nested 100000 deep" -- "$DKG" build "$WORK/deep.json" "$WORK/deep_unclosed.jsonl" \
  "$WORK/small.txt" -o "$WORK/g.graphml"
stderr_has "skipped: $WORK/deep.json: JSON nested deeper than 64 levels"
stderr_has "skipped: $WORK/deep_unclosed.jsonl:1: JSON nested deeper than 64 levels"
stderr_has "read 1 reports (0 with warnings), skipped 2, failed 0"

# --- one sentence of 40000 tokens: cut by the splitter, extraction finishes ------------
"$PYTHON" - "$WORK/long_sentence.txt" <<'PY'
import sys
words = "Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken and".split()
with open(sys.argv[1], "w") as f:
    f.write("One sentence\n" + " ".join(words[i % len(words)] for i in range(40000)) + ".\n")
PY
expect 0 "a sentence of 40000 tokens" -- "$DKG" extract "$WORK/long_sentence.txt"
grep -q '"MET_WITH"' "$WORK/out" || die "no relation found in the long sentence"
echo "PASS"
