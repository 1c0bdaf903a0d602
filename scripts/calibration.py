#!/usr/bin/env python3
"""Calibration of sitrep's event confidence against a gold set (issue 13, point 5).

  scripts/calibration.py EVAL_OUT GOLD_DIR --scorer SCORE_PY [--bands 0.5,0.6,0.7,0.8,0.9]

EVAL_OUT is the folder `./sitrep eval --out` wrote (NAME.events.jsonl per report, and score.json if the
scorer ran); GOLD_DIR the gold set (NAME.gold.json); SCORE_PY the scorer, whose own matching rules are reused
so that "correct" means exactly what the scorer counts as a detected gold event (same class, same sentence,
one prediction per gold event). Prints, per confidence band, the scored predicted events and the share of them
that are detected gold events, then the same for every event at or above each threshold.

Events the scorer ignores (statuses it does not score, classes the gold does not use, restatements of a gold
event marked OTHER) are left out, as the scorer leaves them out.
"""
import argparse
import importlib.util
import json
import os
import sys


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("sitrep_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged(score, gold, events):
    """(confidence, correct) for each prediction the scorer judges, with the scorer's greedy matching."""
    used = {e["type"] for e in gold["events"]} - {"OTHER"}
    scored = score.CORE | used
    golds = [e for e in gold["events"] if score.counts(e, scored)]
    others = [e for e in gold["events"] if not score.counts(e, scored)]
    preds = [e for e in events
             if (e.get("sitrep") or {}).get("class") in scored
             and score.act_status(e["sitrep"]["class"], e["sitrep"].get("status", "occurred"))
             not in score.IGNORED_STATUS]
    aliases = score.alias_sets(gold)
    taken = set()
    for g in golds:
        best = None
        for pi, p in enumerate(preds):
            if pi in taken or p["sitrep"]["class"] != g["type"] or not score.same_sentence(g["evidence"], p):
                continue
            rank = sum((score.date_ok(g.get("date"), p, g.get("enddate")), score.place_ok(g.get("place"), p),
                        score.actor_ok(g.get("source_actor"), p, "actor", aliases)))
            if best is None or rank > best[0]:
                best = (rank, pi)
        if best:
            taken.add(best[1])
    out = []
    for pi, p in enumerate(preds):
        if pi not in taken and any(score.same_sentence(o["evidence"], p) for o in others):
            continue
        out.append((float(p["sitrep"].get("confidence", 0.0)), pi in taken))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_out")
    parser.add_argument("gold_dir")
    parser.add_argument("--scorer", required=True)
    parser.add_argument("--bands", default="0.5,0.6,0.7,0.8,0.9")
    args = parser.parse_args()
    score = load_scorer(args.scorer)
    cuts = [float(c) for c in args.bands.split(",")]
    rows = []
    for name in sorted(os.listdir(args.gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        stem = name[:-len(".gold.json")]
        path = os.path.join(args.eval_out, stem + ".events.jsonl")
        if not os.path.exists(path):
            print(f"{path}: no export for this report", file=sys.stderr)
            continue
        with open(os.path.join(args.gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        rows += judged(score, gold, score.load_jsonl(path))
    summary = os.path.join(args.eval_out, "score.json")
    if os.path.exists(summary):
        with open(summary, encoding="utf-8") as f:
            s = json.load(f)["summary"]
        print(f"scorer: detect F1 {s['detect']['f1']}, {len(rows)} judged predicted events")
    edges = [0.0] + cuts + [1.01]
    print(f"{'band':<12} {'events':>6} {'correct':>8} {'share':>6}")
    for lo, hi in zip(edges, edges[1:]):
        band = [ok for c, ok in rows if lo <= c < hi]
        share = f"{sum(band) / len(band):.2f}" if band else "-"
        label = f"[{lo:.2f},{min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"
        print(f"{label:<12} {len(band):>6} {sum(band):>8} {share:>6}")
    print(f"{'at least':<12} {'events':>6} {'correct':>8} {'share':>6}")
    for cut in cuts:
        band = [ok for c, ok in rows if c >= cut]
        share = f"{sum(band) / len(band):.2f}" if band else "-"
        print(f"{'>= ' + format(cut, '.2f'):<12} {len(band):>6} {sum(band):>8} {share:>6}")


if __name__ == "__main__":
    main()
