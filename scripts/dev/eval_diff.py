#!/usr/bin/env python3
"""Per-report differences between dkg's extractions and a gold file (a development aid).

Usage: eval_diff.py GOLD.jsonl EXTRACTIONS.jsonl [--only entities|MET_WITH|REPRESENTS|CONVEYED_GREETINGS_TO]
Matching follows ANNOTATION.md loosely (normalised names and aliases); dkg eval is the
authoritative scorer, this only shows where the misses and false alarms are."""
import json
import re
import sys
import unicodedata


def norm(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(w for w in text.split() if w != "the")


def forms(entity):
    return {norm(x) for x in [entity["name"]] + entity.get("aliases", [])} - {""}


def main():
    gold = [json.loads(line) for line in open(sys.argv[1])]
    pred = {}
    for line in open(sys.argv[2]):
        doc = json.loads(line)
        pred[doc["id"]] = doc
    only = sys.argv[4] if len(sys.argv) > 4 else None
    for g in gold:
        p = pred.get(g.get("text_ref") or g["id"], {"entities": [], "relations": []})
        match = {}
        used = set()
        for ge in g["entities"]:
            for pe in p["entities"]:
                if pe["id"] in used or pe["type"] != ge["type"]:
                    continue
                if forms(ge) & forms(pe):
                    match[pe["id"]] = ge["id"]
                    used.add(pe["id"])
                    break
        gname = {e["id"]: e["name"] for e in g["entities"]}
        pname = {e["id"]: e["name"] for e in p["entities"]}
        lines = []
        if only in (None, "entities"):
            for ge in g["entities"]:
                if ge["id"] not in match.values():
                    lines.append(f"  FN entity {ge['type']} {ge['name']} {ge.get('aliases')}")
            for pe in p["entities"]:
                if pe["id"] not in match:
                    lines.append(f"  FP entity {pe['type']} {pe['name']} {pe.get('aliases')}")
        def key(r, m, names):
            s = m(r["source"]); t = m(r["target"])
            if r["type"] == "MET_WITH":
                return (r["type"],) + tuple(sorted([str(s), str(t)]))
            return (r["type"], str(s), str(t))
        gset = {key(r, lambda x: x, gname): r for r in g["relations"]}
        pset = {key(r, lambda x: match.get(x, "?" + pname.get(x, x)), pname): r for r in p["relations"]}
        for k in sorted(set(gset) - set(pset)):
            if only and k[0] != only: continue
            if k[0] == "REPRESENTS": pass
            lines.append(f"  FN {k[0]} {gname.get(k[1], k[1])} -> {gname.get(k[2], k[2])}")
        for k in sorted(set(pset) - set(gset)):
            if only and k[0] != only: continue
            r = pset[k]
            lines.append(f"  FP {k[0]} {pname.get(r['source'])} -> {pname.get(r['target'])}  [{r.get('rule')}] {r.get('evidence', '')[:160]}")
        if lines:
            print(f"== {g['id']}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
