#!/usr/bin/env bash
# Output identity for refactors: writes the PLOVER export of every report (one store each, NAME.plover.jsonl)
# and of all of them in one store (all.plover.jsonl) with the build of this checkout; with --against, compares
# them with the same files written by the code before the change and exits 1 on any difference.
#
#   git switch main     && scripts/compare-outputs.sh /tmp/before  reports/
#   git switch my-branch && scripts/compare-outputs.sh --against /tmp/before /tmp/after reports/
#
# Reports are files or folders of them; a folder's files are taken one by one. Needs the models' memory:
# SITREP_JAVA_OPTS defaults to -Xmx4g. Extra arguments for ingest (e.g. --rules DIR) go in SITREP_INGEST_ARGS.
set -euo pipefail
usage() { echo "usage: $0 [--against BEFORE_DIR] OUT_DIR REPORT_OR_FOLDER..." >&2; exit 2; }
against=""
if [ "${1:-}" = "--against" ]; then
  [ $# -ge 2 ] || usage
  against=$2; shift 2
  [ -d "$against" ] || { echo "$0: no such directory: $against" >&2; exit 2; }
fi
[ $# -ge 2 ] || usage
out=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
export SITREP_JAVA_OPTS=${SITREP_JAVA_OPTS:--Xmx4g}
read -r -a ingest_args <<< "${SITREP_INGEST_ARGS:-}"
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

reports=()
for path in "$@"; do
  if [ -d "$path" ]; then
    while IFS= read -r -d '' file; do reports+=("$file"); done \
      < <(find "$path" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.pdf' -o -name '*.docx' \) -print0 | sort -z)
  elif [ -f "$path" ]; then
    reports+=("$path")
  else
    echo "$0: no such report or folder: $path" >&2; exit 2
  fi
done
[ ${#reports[@]} -gt 0 ] || { echo "$0: no reports found in $*" >&2; exit 2; }

export_one() { # STORE OUTFILE LOG
  "$root/sitrep" --store "$1" export --what events --format plover-jsonl -o "$2" >> "$3" 2>&1
}
for report in "${reports[@]}"; do
  name=$(basename "${report%.*}")
  log="$out/$name.log"
  "$root/sitrep" --store "$scratch/$name.db" ingest "${ingest_args[@]}" "$report" > "$log" 2>&1 \
    || { echo "$0: ingest of $report failed, see $log" >&2; exit 1; }
  export_one "$scratch/$name.db" "$out/$name.plover.jsonl" "$log"
done
"$root/sitrep" --store "$scratch/all.db" ingest "${ingest_args[@]}" "${reports[@]}" > "$out/all.log" 2>&1 \
  || { echo "$0: ingest of all reports failed, see $out/all.log" >&2; exit 1; }
export_one "$scratch/all.db" "$out/all.plover.jsonl" "$out/all.log"
echo "wrote ${#reports[@]} report export(s) and all.plover.jsonl to $out"

if [ -n "$against" ]; then
  if diff -r --exclude='*.log' "$against" "$out"; then
    echo "identical to $against"
  else
    echo "outputs differ from $against (diff above)" >&2; exit 1
  fi
fi
