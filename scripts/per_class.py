#!/usr/bin/env python3
"""Detection per class on a gold set, from an all.sh output folder (its score.json).
Usage: python3 scripts/per_class.py OUT [SET]   (SET: wide (default) or dev)
gold: scored gold events of the class; found: detected (class and sentence); extra: predictions matching no gold."""
import collections
import json
import os
import sys

out = sys.argv[1]
name = sys.argv[2] if len(sys.argv) > 2 else "wide"
score = json.load(open(f"{out}/{name}/score.json"))
missed, extra, attr = collections.Counter(), collections.Counter(), collections.Counter()
for doc in score["docs"].values():
    for miss in doc["misses"]:
        (missed if miss["why"] == ["not detected"] else attr)[miss["type"]] += 1
    for x in doc["extras"]:
        extra[x["class"]] += 1
# found = gold - not detected (an event detected with a wrong attribute is found); gold counted as score.py counts.
sys.path.insert(0, "../shared/eval")
import score as S  # noqa: E402  (the scorer lies outside the repository)

gold = collections.Counter()
gdir = f"../shared/eval/{name}"
for f in sorted(os.listdir(gdir)):
    g = json.load(open(os.path.join(gdir, f)))
    used = {e["type"] for e in g["events"]} - {"OTHER"}
    for e in g["events"]:
        if S.counts(e, S.CORE | used):
            gold[e["type"]] += 1
print(f"| class | gold | found | extra | F1 |\n|---|---|---|---|---|")
for cls, n in gold.most_common():
    found = n - missed[cls]
    pred = found + extra[cls]
    p = found / pred if pred else 0
    r = found / n if n else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"| {cls} | {n} | {found} | {extra[cls]} | {f1:.2f} |")
