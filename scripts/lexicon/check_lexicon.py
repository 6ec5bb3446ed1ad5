#!/usr/bin/python3
"""Validate data/lexicon/*.json: shape, key order, deterministic sorting, uniqueness,
and cross-file consistency. Prints summary counts; exits 1 on any problem.

Usage (from the repository root): /usr/bin/python3 scripts/lexicon/check_lexicon.py [LEXICON_DIR]
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "data", "lexicon")

TITLE_KINDS = {"civil", "diplomatic", "military", "royal", "religious", "honorific-like"}

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = json.loads(text)
    # 2-space indented, as written by json.dumps(indent=2) / JSON.stringify(x, null, 2)
    if json.dumps(data, indent=2, ensure_ascii=False) + "\n" != text:
        err(f"{os.path.basename(path)}: not in canonical 2-space-indented form")
    return data


def keys(obj, expected, where):
    if list(obj.keys()) != expected:
        err(f"{where}: keys {list(obj.keys())} != {expected}")


def is_sorted(seq):
    return all(a < b for a, b in zip(seq, seq[1:]))


def dupes(seq):
    return [k for k, v in collections.Counter(seq).items() if v > 1]


def check_countries(d):
    keys(d, ["source", "countries"], "countries.json")
    cs = d["countries"]
    codes = [c["alpha3"] for c in cs]
    if not is_sorted(codes):
        err("countries.json: countries not sorted by alpha3 (or duplicated)")
    owner_name, owner_adj, owner_cap, owner_host, owner_seat = {}, {}, {}, {}, {}
    n_cap = 0
    for c in cs:
        expected = ["alpha3", "alpha2", "name", "names", "adjectives", "capitals"]
        optional = [k for k in ("publishers", "seats", "shared_adjectives", "shared_names") if k in c]
        keys(c, expected + optional, f"countries.json {c.get('alpha3')}")
        for seat in c.get("seats", []):
            if not isinstance(seat, str) or not seat or seat.strip() != seat:
                err(f"countries.json {c['alpha3']}: seat {seat!r} is not a trimmed string")
            elif seat.lower() in owner_seat:
                err(f"countries.json: seat {seat!r} in {owner_seat[seat.lower()]} and {c['alpha3']}")
            else:
                owner_seat[seat.lower()] = c["alpha3"]
        for host in c.get("publishers", []):
            if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host):
                err(f"countries.json {c['alpha3']}: publisher {host!r} is not a lower-case host")
            elif host in owner_host:
                err(f"countries.json: publisher {host!r} in {owner_host[host]} and {c['alpha3']}")
            owner_host[host] = c["alpha3"]
        caps = c.get("capitals")
        if not isinstance(caps, list) or not all(isinstance(k, str) and k.strip() == k and k for k in caps):
            err(f"countries.json {c['alpha3']}: capitals must be an array of non-empty trimmed strings")
            caps = [k for k in caps if isinstance(k, str) and k] if isinstance(caps, list) else []
        if dupes([k.lower() for k in caps]):
            err(f"countries.json {c['alpha3']}: capitals duplicated")
        n_cap += len(caps)
        for k in caps:
            if k.lower() in owner_cap and owner_cap[k.lower()] != c["alpha3"]:
                err(f"countries.json: capital {k!r} in {owner_cap[k.lower()]} and {c['alpha3']}")
            owner_cap[k.lower()] = c["alpha3"]
        if not re.fullmatch(r"[A-Z]{3}", c["alpha3"]) or not re.fullmatch(r"[A-Z]{2}", c["alpha2"]):
            err(f"countries.json {c['alpha3']}: bad code")
        if not c["names"] or c["names"][0] != c["name"]:
            err(f"countries.json {c['alpha3']}: names must start with name")
        for field in ("names", "adjectives"):
            vals = c[field]
            if vals[1:] != sorted(vals[1:]) or dupes(vals):
                err(f"countries.json {c['alpha3']}: {field} not [canonical, sorted rest...] or duplicated")
        for n in c["names"]:
            if n in owner_name and owner_name[n] != c["alpha3"]:
                err(f"countries.json: name {n!r} in {owner_name[n]} and {c['alpha3']}")
            owner_name[n] = c["alpha3"]
        for a in c["adjectives"]:
            if a in owner_adj and owner_adj[a] != c["alpha3"]:
                err(f"countries.json: adjective {a!r} in {owner_adj[a]} and {c['alpha3']}")
            owner_adj[a] = c["alpha3"]
    for a, o in owner_adj.items():
        if a in owner_name and owner_name[a] != o:
            err(f"countries.json: {a!r} adjective of {o}, name of {owner_name[a]}")
    print(f"countries.json: {len(cs)} countries, {len(owner_name)} names, {len(owner_adj)} adjectives, "
          f"{n_cap} capitals")
    return set(codes), set(owner_name) | set(owner_adj)


def check_titles(d, country_codes):
    keys(d, ["source", "heads", "modifiers", "honorifics", "honorific_abbreviations",
             "abbreviations"], "titles.json")
    texts = [h["text"] for h in d["heads"]]
    for h in d["heads"]:
        keys(h, ["text", "kind"] + (["countries"] if "countries" in h else []),
             f"titles.json head {h.get('text')}")
        if h["kind"] not in TITLE_KINDS:
            err(f"titles.json: {h['text']!r} has unknown kind {h['kind']!r}")
        # an office of particular governments: the states that have it
        if "countries" in h and (not h["countries"] or not is_sorted(h["countries"]) or
                                 any(c not in country_codes for c in h["countries"])):
            err(f"titles.json: {h['text']!r} countries empty, unsorted or unknown")
    if not is_sorted(texts):
        err("titles.json: heads not sorted by text or duplicated")
    for field in ("modifiers", "honorifics"):
        if not is_sorted(d[field]):
            err(f"titles.json: {field} not sorted or duplicated")
    ab = d["abbreviations"]
    if not is_sorted(list(ab)):
        err("titles.json: abbreviations keys not sorted")
    # "HH": His Highness, an honorific of the list
    hab = d["honorific_abbreviations"]
    if not is_sorted(list(hab)):
        err("titles.json: honorific_abbreviations keys not sorted")
    for letters, honorific in hab.items():
        if honorific not in d["honorifics"] or letters in d["honorifics"]:
            err(f"titles.json: {letters!r} stands for {honorific!r}, no honorific of the list, "
                "or is listed itself")
    kinds = collections.Counter(h["kind"] for h in d["heads"])
    print(f"titles.json: {len(texts)} heads ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
          f"{len(d['modifiers'])} modifiers, {len(d['honorifics'])} honorifics, {len(hab)} honorific and {len(ab)} title abbreviations")


def check_institutions(d, country_codes, country_strings):
    keys(d, ["source", "heads", "organizations"], "institutions.json")
    if not is_sorted(d["heads"]):
        err("institutions.json: heads not sorted or duplicated")
    orgs = d["organizations"]
    if not is_sorted([o["name"] for o in orgs]):
        err("institutions.json: organizations not sorted by name or duplicated")
    owner = {}
    for o in orgs:
        keys(o, ["name", "aliases", "country"] + (["parent"] if "parent" in o else []) +
             (["media"] if "media" in o else []), f"institutions.json {o.get('name')}")
        if "media" in o and o["media"] is not True:
            err(f"institutions.json {o['name']}: media must be true when given")
        if "parent" in o and (o["parent"] == o["name"] or
                              o["parent"] not in {x["name"] for x in orgs}):
            err(f"institutions.json {o['name']}: parent {o['parent']!r} is not another organization")
        al = o["aliases"]  # primary alias (official acronym) first, then the rest sorted
        if not is_sorted(al[1:]) or dupes(al):
            err(f"institutions.json {o['name']}: aliases not [primary, sorted rest...] or duplicated")
        if o["country"] and o["country"] not in country_codes:
            err(f"institutions.json {o['name']}: unknown country {o['country']}")
        for s in [o["name"]] + o["aliases"]:
            if s in owner and owner[s] != o["name"]:
                err(f"institutions.json: {s!r} in {owner[s]!r} and {o['name']!r}")
            owner[s] = o["name"]
            if s in country_strings:
                err(f"institutions.json: {s!r} is also a country name/adjective")
    n_alias = sum(len(o["aliases"]) for o in orgs)
    n_state = sum(1 for o in orgs if o["country"])
    print(f"institutions.json: {len(d['heads'])} heads, {len(orgs)} organizations "
          f"({n_state} with a country), {n_alias} aliases")


def check_words(d):
    keys(d, ["source", "words"], "common_words.json")
    w = d["words"]
    if not is_sorted(w):
        err("common_words.json: words not sorted or duplicated")
    bad = [x for x in w if len(x) < 2 or x != x.lower() or x.endswith("'s") or not x.isascii()]
    if bad:
        err(f"common_words.json: {len(bad)} bad entries, e.g. {bad[:5]}")
    print(f"common_words.json: {len(w)} words")


def check_office_holders(d, country_codes, file, array, noun):
    keys(d, ["source", array], file)
    ls = d[array]
    order = [(x["country"], x["name"]) for x in ls]
    if not is_sorted(order):
        err(f"{file}: {array} not sorted by country and name, or duplicated")
    for x in ls:
        keys(x, ["name", "country", "variants"], f"{file}: {x.get('name')!r}")
        if x["country"] not in country_codes:
            err(f"{file}: {x['name']!r} has unknown country {x['country']!r}")
        for v in [x["name"]] + x["variants"]:
            if len(v.split()) < 2:
                err(f"{file}: {x['name']!r} has a one-word name {v!r}")
    print(f"{file}: {len(ls)} {noun} of {len({x['country'] for x in ls})} states")


def check_names(d):
    keys(d, ["source", "given_name_forms"], "names.json")
    groups = d["given_name_forms"]
    if not is_sorted([g[0] for g in groups]):
        err("names.json: groups not sorted by their usual form, or duplicated")
    forms = [f for g in groups for f in g]
    if dupes(forms):
        err(f"names.json: forms in more than one group: {dupes(forms)[:5]}")
    for g in groups:
        if len(g) < 2 or not is_sorted(g[1:]):
            err(f"names.json: {g[0]!r}: a group needs other forms, sorted after its usual one")
        if any(f != f.lower() or not f.isascii() or " " in f for f in g):
            err(f"names.json: {g[0]!r}: forms are lower-case ASCII words")
    print(f"names.json: {len(groups)} given names, {len(forms)} forms")


def main():
    lex = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    p = lambda n: os.path.join(lex, n)
    codes, strings = check_countries(load(p("countries.json")))
    check_titles(load(p("titles.json")), codes)
    check_institutions(load(p("institutions.json")), codes, strings)
    check_words(load(p("common_words.json")))
    check_office_holders(load(p("leaders.json")), codes, "leaders.json", "leaders", "leaders")
    if os.path.exists(p("foreign_ministers.json")):
        check_office_holders(load(p("foreign_ministers.json")), codes, "foreign_ministers.json",
                             "ministers", "foreign ministers")
    if os.path.exists(p("names.json")):
        check_names(load(p("names.json")))
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
