#!/usr/bin/env python3
"""Where each gold actor's forms landed, for actor B3 work: per report, each gold actor with each of its forms
and the predicted actor holding it (or NOTFOUND; '**' marks a gold actor split or partly unfound), then each
predicted actor holding forms of several gold actors (MERGED).
Usage: python3 scripts/actor_forms.py OUT/wide [PREFIXES]   (OUT as given to ../shared/eval/all.sh;
PREFIXES: comma-separated file-number prefixes, default half B: 22,24,32,34,41,43,45)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "shared", "eval")
sys.path.insert(0, EVAL if os.path.isdir(EVAL) else "/work/shared/eval")
from score import bcubed, norm  # noqa: E402

gold_dir = os.path.join(sys.path[0], "wide")
pred_dir = sys.argv[1]
wanted = sys.argv[2].split(",") if len(sys.argv) > 2 else ["22", "24", "32", "34", "41", "43", "45"]
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith(".gold.json") or f[:2] not in wanted:
        continue
    stem = f[:-len(".gold.json")]
    gold = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
    path = os.path.join(pred_dir, stem + ".actors.jsonl")
    actors = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()] if os.path.exists(path) else []
    pred_of = {}
    for i, a in enumerate(actors):
        for x in [a.get("name", "")] + a.get("aliases", []):
            if norm(x):
                pred_of.setdefault(norm(x), i)
    b = bcubed(gold, actors) or {"f1": 0, "p": 0, "r": 0, "forms": 0, "found": 0}
    print("=====", stem, "B3 %.3f p %.3f r %.3f forms %d found %d" % (b["f1"], b["p"], b["r"], b["forms"], b["found"]))
    holders = {}
    for gi, a in enumerate(gold.get("actors", [])):
        forms = sorted({norm(x) for x in [a["name"]] + a.get("aliases", []) if norm(x)})
        where = {form: pred_of.get(form) for form in forms}
        whole = len(set(where.values())) == 1 and None not in where.values()
        print("  G%d %s (%s)%s" % (gi, a["name"], a.get("kind", "?"), "" if whole else "  **"))
        for form, p in where.items():
            print("       %s -> %s" % (form, "NOTFOUND" if p is None else "[" + actors[p]["id"] + "]"))
            if p is not None:
                holders.setdefault(p, set()).add(gi)
    for p, gs in holders.items():
        if len(gs) > 1:
            print("  MERGED [%s] %s holds: %s" % (actors[p]["id"], actors[p].get("aliases", []),
                                                 [gold["actors"][g]["name"] for g in sorted(gs)]))
