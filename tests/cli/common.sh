# Shared by the CLI tests (sourced, not run): arguments, helpers that run dkg and check
# its exit code and messages. Exit code 77 tells CTest the test was skipped.

. "$(dirname "${BASH_SOURCE[0]}")/../shell_test_args.sh"
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
