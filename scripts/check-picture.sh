#!/usr/bin/env bash
# The picture-level check on real reports: ingests a folder of reports (default ../shared/corpus/mali, the five
# Mali reports of 2012-2020) into a scratch store and checks what an analyst must be able to trust: one merged
# event per real coup, the mutiny, the seizures of Kidal, Gao and Timbuktu, the suspensions and sanctions; the
# situation on three dates; contradictions that are real disagreements only. Run from the repository root:
#   scripts/check-picture.sh [REPORTS_DIR]
# Exit code 1 names each failed expectation. Needs python3 and about 4 GB of heap for the language models.
# CHECK_PICTURE_STORE=FILE checks a store already holding those reports instead of ingesting them again.
set -euo pipefail
cd "$(dirname "$0")/.."
reports="${1:-../shared/corpus/mali}"
[ -d "$reports" ] || { echo "check-picture: no reports folder $reports" >&2; exit 2; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
store="${CHECK_PICTURE_STORE:-$scratch/picture.db}"

if [ -z "${CHECK_PICTURE_STORE:-}" ]; then
  SITREP_JAVA_OPTS="${SITREP_JAVA_OPTS:--Xmx4g}" ./sitrep --store "$store" ingest "$reports" > "$scratch/ingest.log"
fi
./sitrep --store "$store" timeline --format jsonl > "$scratch/timeline.jsonl"
for at in 2012-03-15 2012-04-02 2020-08-25; do
  ./sitrep --store "$store" situation --at "$at" --country MLI --format json > "$scratch/situation-$at.json"
done
./sitrep --store "$store" contradictions --format jsonl > "$scratch/contradictions.jsonl"

python3 - "$scratch" <<'PY'
import json, sys, os
d = sys.argv[1]
events = [json.loads(l) for l in open(os.path.join(d, "timeline.jsonl")) if l.strip()]
situation = {at: json.load(open(os.path.join(d, f"situation-{at}.json")))
             for at in ("2012-03-15", "2012-04-02", "2020-08-25")}
contradictions = [json.loads(l) for l in open(os.path.join(d, "contradictions.jsonl")) if l.strip()]
failures = []

def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)

def of(cls, status="occurred"):
    return [e for e in events if e["sitrep"]["class"] == cls and e["sitrep"]["status"] == status]

def dated(e, start, end):
    return e.get("date") is not None and start <= e["date"] and e["enddate"] <= end

def place(e):
    loc = e.get("event_loc") or {}
    return loc.get("resolved_place") or loc.get("extracted_place") or ""

# Distinct real events, each once.
coups = [e for e in of("COUP") if e.get("date")]
for label, start, end in (("1991", "1991-01-01", "1991-12-31"), ("March 2012", "2012-03-01", "2012-03-31"),
                          ("August 2020", "2020-08-01", "2020-08-31")):
    check(sum(dated(e, start, end) for e in coups) == 1, f"one merged COUP for the {label} coup")
check(len(coups) == 3, f"dated merged COUPs: {len(coups)} for the 3 real coups "
      f"({', '.join(e['date'] + '..' + e['enddate'] for e in coups)})")
march = [e for e in coups if dated(e, "2012-03-01", "2012-03-31")]
check(bool(march) and len({m["doc_id"] for m in march[0]["sitrep"]["mentions"]}) >= 3,
      "the March 2012 coup joins the reports that tell it")
check(bool(of("MUTINY")), "a mutiny (the coder codes the 2020 one; it misses the Kati mutiny of March 2012)")
def doers(e):
    return tuple(sorted(a.get("identifier_id") or a.get("entity_text") or "" for a in e["actor"]))

for town, day in (("Kidal", "2012-03-30"), ("Gao", "2012-03-31"), ("Timbuktu", "2012-04-01")):
    # The coder gives each of several doers an event of its own (one per dyad): one per doer, never two.
    taken = [e for e in of("SEIZE_TERRITORY") if town in place(e) and e.get("date") == day]
    check(bool(taken) and len({doers(e) for e in taken}) == len(taken), f"the seizure of {town} on {day}, once")
check(any(e["sitrep"]["class"] == "SUSPEND_MEMBERSHIP" for e in events), "a suspension")
check(any(e["sitrep"]["class"] in ("SANCTION", "BORDER_CLOSE") for e in events), "sanctions")

# The situation on three dates.
before = situation["2012-03-15"]
check([p["holder"] for p in before["power"] if p["office"] == "head of state"] == ["Amadou Toumani Touré"],
      "2012-03-15: ATT is head of state")
check(not before["control"], "2012-03-15: no town held yet")
s = situation["2012-04-02"]
check(all(p.get("country") == "MLI" for p in s["power"]), "2012-04-02: only Mali's offices, each with its country")
check(any(p["office"] == "head of state" and p["holder"] == "CNRDRE" for p in s["power"]),
      "2012-04-02: the CNRDRE holds power")
held = {c["place"]: c for c in s["control"]}
for town, day in (("Kidal", "2012-03-30"), ("Gao", "2012-03-31"), ("Timbuktu", "2012-04-01")):
    check(town in held and held[town]["since"] == day and bool(held[town]["held_by"]),
          f"2012-04-02: {town} held since {day} by its takers")
kinds = {(m["kind"], m["by"]) for m in s["measures"]}
check(any(k == "SUSPEND_MEMBERSHIP" and b == "African Union" for k, b in kinds), "2012-04-02: the AU suspension")
check(any(b == "ECOWAS" for k, b in kinds), "2012-04-02: ECOWAS's measures")
check(any(k == "AID_SUSPEND" for k, b in kinds), "2012-04-02: the donors' aid cuts")
check(all(m["since"] is None or m["since"] >= "2012-03-22" for m in s["measures"]),
      "2012-04-02: no measure in force before the coup ended (2012-03-22)")
later = situation["2020-08-25"]
check(all(p.get("country") == "MLI" for p in later["power"]), "2020-08-25: only Mali's offices")

# Contradictions: real disagreements only.
names = [c for c in contradictions if c["kind"] == "name"]
check([c["subject"] for c in names] == ["CNRDRE"], "the one name contradiction is the CNRDRE's two long names "
      f"(found: {[c['subject'] for c in names]})")
figures = [c for c in contradictions if c["kind"] == "figure"]
check(len(figures) == 1, f"the displaced figures (173,000 against almost 200,000) listed once ({len(figures)})")
who = [c for c in contradictions if c["kind"] == "actor"]
check(not who, f"no 'who did it' contradiction without two reports naming doers ({[c['subject'] for c in who]})")

if failures:
    sys.exit(f"check-picture: {len(failures)} expectation(s) failed")
print("check-picture: all expectations hold")
PY
