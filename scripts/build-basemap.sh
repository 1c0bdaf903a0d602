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
