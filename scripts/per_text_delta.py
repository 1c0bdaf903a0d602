#!/usr/bin/env python3
"""Per-text change between two all.sh output folders: the check before keeping a rule that no text of any crisis
loses. Prints, for every report of dev and wide, gold-event counts that changed (detected, full, date, place, doer
ok; predictions) and the actor B3 change, and flags a text that lost detected or full events or B3.
Usage: python3 scripts/per_text_delta.py BEFORE_OUT AFTER_OUT"""
import json, sys

KEYS = ("detect_tp", "full_tp", "date_ok", "place_ok", "actor_ok", "pred")


def docs(out, part):
    try:
        return json.load(open(f"{out}/{part}/score.json"))["docs"]
    except FileNotFoundError:
        return {}


losers = 0
for part in ("dev", "wide"):
    before, after = docs(sys.argv[1], part), docs(sys.argv[2], part)
    for stem in sorted(set(before) | set(after)):
        b, a = before.get(stem, {}), after.get(stem, {})
        changes = [f"{k} {b.get(k, 0)}->{a.get(k, 0)}" for k in KEYS if b.get(k, 0) != a.get(k, 0)]
        b3b = (b.get("actors") or {}).get("f1", 0.0)
        b3a = (a.get("actors") or {}).get("f1", 0.0)
        if abs(b3a - b3b) > 0.0005:
            changes.append(f"B3 {b3b:.3f}->{b3a:.3f}")
        if not changes:
            continue
        lost = a.get("detect_tp", 0) < b.get("detect_tp", 0) or a.get("full_tp", 0) < b.get("full_tp", 0) \
            or b3a < b3b - 0.0005
        losers += lost
        print(f"{'LOSES ' if lost else '      '}{part}/{stem[:40]:<40} " + ", ".join(changes))
print(f"{losers} text(s) lost" if losers else "no text lost")
