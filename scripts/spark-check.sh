#!/usr/bin/env bash
# Checks that the Spark job (local mode) gives the same merged events as `sitrep ingest` of the same reports into
# one store: the PLOVER export of both, line for line; and that the job's --store load gives the same store as the
# ingest (events, actors, documents exported from both), into SQLite, and into PostgreSQL when SITREP_TEST_POSTGRES
# names a test server (scripts/pg-test-server.sh). Usage: scripts/spark-check.sh [FOLDER] (default
# ../shared/corpus/mali). Exits 1 and shows the difference when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-../shared/corpus/mali}"
work="$(mktemp -d)"
keep=0
trap '[ "$keep" = 1 ] || rm -rf "$work"' EXIT
export SITREP_JAVA_OPTS="${SITREP_JAVA_OPTS:--Xmx4g}"

# Exit code 3 means some files failed: both sides report those, the comparison still holds.
./sitrep --store "$work/cli.db" ingest --quiet "$input" >/dev/null || [ $? -eq 3 ]
./sitrep --store "$work/cli.db" export --what events -o "$work/cli.plover.jsonl" 2>/dev/null
stores=("$work/job.db")
if [ -n "${SITREP_TEST_POSTGRES:-}" ]; then
  # A fresh database on the test server, beside the one the tests use.
  pg="${SITREP_TEST_POSTGRES%/*}/sitrep_spark_check"
  PGOPTIONS='-c client_min_messages=warning' psql "$SITREP_TEST_POSTGRES" -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS sitrep_spark_check WITH (FORCE)' \
    -c 'CREATE DATABASE sitrep_spark_check' >/dev/null
  stores+=("$pg")
fi
./sitrep spark ingest "$input" --out "$work/spark" --master 'local[2]' --export plover-jsonl --store "${stores[0]}" \
  >/dev/null 2>"$work/spark.log" || [ $? -eq 3 ] || { cat "$work/spark.log" >&2; exit 1; }
for store in "${stores[@]:1}"; do
  # The second load reads the job's cache: nothing is coded again.
  ./sitrep spark ingest "$input" --out "$work/spark" --master 'local[2]' --store "$store" >/dev/null 2>>"$work/spark.log" \
    || [ $? -eq 3 ] || { cat "$work/spark.log" >&2; exit 1; }
done

differs() {
  echo "spark-check: $1 on $input differ from sitrep ingest's:" >&2
  head -c 4000 "$work/diff.txt" >&2
  keep=1
  echo "(both runs kept in $work)" >&2
  exit 1
}

diff "$work/cli.plover.jsonl" "$work/spark/merged_events.plover.jsonl" >"$work/diff.txt" \
  || differs "the Spark job's merged events"
echo "spark-check: the Spark job's $(wc -l <"$work/cli.plover.jsonl") merged events on $input equal sitrep ingest's"

for what in events actors documents; do
  ./sitrep --store "$work/cli.db" export --what "$what" -o "$work/cli.$what" 2>/dev/null
done
n=0
for store in "${stores[@]}"; do
  n=$((n + 1))
  case $store in postgresql://*) kind=PostgreSQL ;; *) kind=SQLite ;; esac
  for what in events actors documents; do
    ./sitrep --store "$store" export --what "$what" -o "$work/job$n.$what" 2>/dev/null
    # Documents record when they were ingested; everything else must be equal.
    diff <(sed 's/"ingested_at":"[^"]*"//' "$work/cli.$what") <(sed 's/"ingested_at":"[^"]*"//' "$work/job$n.$what") \
      >"$work/diff.txt" || differs "the $what of the $kind store the job loaded"
  done
  echo "spark-check: the $kind store the job loaded exports the same events, actors and documents as sitrep ingest's"
done
