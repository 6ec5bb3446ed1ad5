#!/usr/bin/env python3
"""Writes a benchmark corpus by repeating a JSON Lines corpus with fresh report ids.

usage: make_corpus.py SOURCE.jsonl OUT.jsonl MIN_MEGABYTES

Copy k of report "X" gets the id "X~k" (copy 0 keeps "X"), so every report is distinct
for the graph while the text, and so the work per report, stays real. Only the "id"
field changes; the lines are otherwise written back byte for byte.
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    source, out_path, min_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(source, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    prefix = '{"id": '
    target = int(min_mb * 1e6)
    written = 0
    copy = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while written < target:
            for line in lines:
                if copy and line.startswith(prefix):
                    decoder = json.JSONDecoder()
                    old_id, end = decoder.raw_decode(line, len(prefix))
                    line = prefix + json.dumps(f"{old_id}~{copy}") + line[end:]
                out.write(line + "\n")
                written += len(line.encode("utf-8")) + 1
            copy += 1
    print(f"{out_path}: {written / 1e6:.1f} MB, {copy} copies of {len(lines)} reports",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
