# Shared by the CLI tests (sourced, not run): arguments, helpers that run dkg and check
# its exit code and messages. Exit code 77 tells CTest the test was skipped.

skip() { echo "SKIP: $*" >&2; exit 77; }
die() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 3 ] || { echo "usage: bash $0 DKG_BINARY SOURCE_DIR WORK_DIR" >&2; exit 2; }
DKG=$1
SOURCE_DIR=$2
WORK=$3
PYTHON=/usr/bin/python3
SCHEMA="$SOURCE_DIR/../shared/schemas/graphml/graphml+gephi-edge-label.xsd"

[ -x "$DKG" ] || skip "dkg binary not found at $DKG (build the dkg_app target)"
rm -rf "$WORK" && mkdir -p "$WORK" || die "cannot create $WORK"

# expect CODE DESCRIPTION -- COMMAND...: runs COMMAND with stdout and stderr in
# $WORK/out and $WORK/err and fails unless it exits with CODE.
expect() {
  local code=$1 what=$2
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
  local got=$?
  if [ "$got" != "$code" ]; then
    sed 's/^/  stderr: /' "$WORK/err" | head -20 >&2
    die "$what: exit code $got, expected $code (command: $*)"
  fi
  echo "ok: $what (exit $code)"
}

# stderr_has TEXT: the last command's stderr contains TEXT (a fixed string).
stderr_has() {
  grep -qF -- "$1" "$WORK/err" || {
    sed 's/^/  stderr: /' "$WORK/err" | head -20 >&2
    die "stderr does not say: $1"
  }
}

# A report the bundled lexicon turns into two people and a MET_WITH edge.
MEETING="Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva."
