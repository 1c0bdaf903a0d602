#!/usr/bin/env bash
# Checks that the Spark job (local mode) gives the same merged events as `sitrep ingest` of the same reports into
# one store: the PLOVER export of both, line for line. Usage: scripts/spark-check.sh [FOLDER] (default
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
./sitrep spark ingest "$input" --out "$work/spark" --master 'local[2]' --export plover-jsonl >/dev/null 2>"$work/spark.log" \
  || [ $? -eq 3 ] || { cat "$work/spark.log" >&2; exit 1; }

if diff "$work/cli.plover.jsonl" "$work/spark/merged_events.plover.jsonl" >"$work/diff.txt"; then
  echo "spark-check: the Spark job's $(wc -l <"$work/cli.plover.jsonl") merged events on $input equal sitrep ingest's"
else
  echo "spark-check: the Spark job's merged events on $input differ from sitrep ingest's:" >&2
  head -c 4000 "$work/diff.txt" >&2
  keep=1
  echo "(both runs kept in $work)" >&2
  exit 1
fi
