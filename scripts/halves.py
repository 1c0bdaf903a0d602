#!/usr/bin/env python3
"""Figures per half of the wide set (leave-half-out) and dev, from an all.sh output folder.
Usage: python3 scripts/halves.py OUT   (OUT as given to ../shared/eval/all.sh)
Half A = crises 21 23 31 33 35 42 44, half B = crises 22 24 32 34 41 43 45. One half is read while writing a fix,
the other held out and checked after: A was read until the evening of 6 Dec 2026, B from the night of that day
(README, the accuracy section)."""
import json, sys
A = {"21", "23", "31", "33", "35", "42", "44"}
def figs(docs, keep):
    t = {"gold": 0, "pred": 0, "detect_tp": 0, "full_tp": 0, "date_ok": 0, "place_ok": 0, "actor_ok": 0}; b3 = []
    for stem, r in docs.items():
        if not keep(stem): continue
        for k in t: t[k] += r[k]
        if r.get("actors"): b3.append(r["actors"]["f1"])
    f = lambda tp: (2 * tp / (t["gold"] + t["pred"])) if t["gold"] + t["pred"] else 0
    d = t["detect_tp"] or 1
    return f"detect {f(t['detect_tp']):.3f} full {f(t['full_tp']):.3f} date {t['date_ok']/d:.3f} place {t['place_ok']/d:.3f} doer {t['actor_ok']/d:.3f} B3 {sum(b3)/max(1,len(b3)):.3f}  (gold {t['gold']} pred {t['pred']} tp {t['detect_tp']} full {t['full_tp']})"
out = sys.argv[1]
wide = json.load(open(f"{out}/wide/score.json"))["docs"]
dev = json.load(open(f"{out}/dev/score.json"))["docs"]
print("wide A:            ", figs(wide, lambda s: s[:2] in A))
print("wide B:            ", figs(wide, lambda s: s[:2] not in A))
print("wide all:          ", figs(wide, lambda s: True))
print("dev:               ", figs(dev, lambda s: True))
