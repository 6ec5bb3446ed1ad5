# Sourced first by tests/cli/common.sh and tests/consumers/common.sh: the arguments CTest
# passes to every shell test (DKG_BINARY SOURCE_DIR WORK_DIR) and the skip/fail helpers.
# Exit code 77 tells CTest the test was skipped.

skip() { echo "SKIP: $*" >&2; exit 77; }
die() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 3 ] || { echo "usage: bash $0 DKG_BINARY SOURCE_DIR WORK_DIR" >&2; exit 2; }
DKG=$1
SOURCE_DIR=$2
WORK=$3
PYTHON=/usr/bin/python3
SCHEMA="$SOURCE_DIR/../shared/schemas/graphml/graphml+gephi-edge-label.xsd"

[ -x "$DKG" ] || skip "dkg binary not found at $DKG (build the dkg_app target)"
