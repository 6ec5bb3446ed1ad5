# The documented exit codes of dkg (docs/limits.md): 0 ok, 1 some input or output
# failed (the rest is still processed and written), 2 usage error.
# Usage: bash exit_codes_test.sh DKG_BINARY SOURCE_DIR WORK_DIR
set -u
source "$(dirname "$0")/common.sh"

printf 'Talks in Geneva\n%s\n' "$MEETING" >"$WORK/good.txt"
printf '{"title": "no text"}\n' >"$WORK/bad.json"

# 0: everything read and written.
expect 0 "build, all inputs good" -- "$DKG" build "$WORK/good.txt" -o "$WORK/g.graphml"
stderr_has "read 1 reports (0 with warnings), skipped 0, failed 0"
expect 0 "extract from standard input" -- \
  sh -c "printf '{\"text\": \"%s\"}\n' '$MEETING' | '$DKG' extract"
grep -q '"relations"' "$WORK/out" || die "extract printed no extraction line"
expect 0 "--help" -- "$DKG" --help
expect 0 "--version" -- "$DKG" --version

# 1: an input skipped for its content; the good input is still used and outputs written.
expect 1 "build, one input skipped" -- \
  "$DKG" build "$WORK/good.txt" "$WORK/bad.json" -o "$WORK/skipped.graphml"
stderr_has "skipped: $WORK/bad.json: missing field 'text'"
stderr_has "read 1 reports (0 with warnings), skipped 1, failed 0"
grep -q "<edge " "$WORK/skipped.graphml" || die "outputs not written when an input was skipped"

# 1: an input path that does not exist.
expect 1 "build, missing input path" -- \
  "$DKG" build "$WORK/good.txt" "$WORK/missing.txt" -o "$WORK/missing.graphml"
stderr_has "error: $WORK/missing.txt: cannot open: No such file or directory"
[ -s "$WORK/missing.graphml" ] || die "outputs not written when an input was missing"

# 1: extract with nothing on standard input.
expect 1 "extract, empty standard input" -- "$DKG" extract
stderr_has "skipped: <stdin>: empty file"

# 1: an output that cannot be written (its directory does not exist), said before any
# report is read rather than at the end of a long build.
expect 1 "build, unwritable output" -- \
  "$DKG" build "$WORK/good.txt" -o "$WORK/no/such/dir/g.graphml"
stderr_has "dkg: error: cannot write $WORK/no/such/dir/g.graphml: no directory $WORK/no/such/dir"
if grep -q "read 1 reports" "$WORK/err"; then
  die "the build ran before the missing directory was reported"
fi

# 1: a lexicon directory that cannot be loaded.
expect 1 "build, missing lexicon" -- \
  "$DKG" build "$WORK/good.txt" --lexicon "$WORK/no-lexicon" -o "$WORK/l.graphml"
stderr_has "dkg: error:"

# 2: usage errors, before anything is read or written.
expect 2 "unknown flag" -- "$DKG" build "$WORK/good.txt" --no-such-flag
stderr_has "--no-such-flag"
expect 2 "missing required flag (eval without --gold)" -- \
  "$DKG" eval --corpus "$WORK/good.txt"
stderr_has "--gold"
expect 2 "missing required argument (build without inputs)" -- "$DKG" build -o "$WORK/x.graphml"
expect 2 "no subcommand" -- "$DKG"
expect 2 "unknown subcommand" -- "$DKG" frobnicate
expect 2 "value out of range (--jobs 0)" -- "$DKG" build "$WORK/good.txt" --jobs 0
expect 2 "value of the wrong type (--max-report-bytes abc)" -- \
  "$DKG" build "$WORK/good.txt" --max-report-bytes abc
[ ! -e "$WORK/x.graphml" ] || die "a usage error wrote an output"
echo "PASS"
