// TopoJSON to GeoJSON for the bundled basemap (Natural Earth outlines): arcs are delta-encoded integers
// scaled by the topology's transform; a negative arc index means the arc reversed.

export function features(topology, objectName) {
  const object = topology.objects[objectName];
  const arcs = decodeArcs(topology);
  const line = (indexes) => {
    const points = [];
    indexes.forEach((index, i) => {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      points.push(...(i > 0 ? arc.slice(1) : arc));
    });
    return points;
  };
  const geometry = (g) => {
    switch (g.type) {
      case 'Polygon': return {type: 'Polygon', coordinates: g.arcs.map(line)};
      case 'MultiPolygon': return {type: 'MultiPolygon', coordinates: g.arcs.map((p) => p.map(line))};
      case 'LineString': return {type: 'LineString', coordinates: line(g.arcs)};
      case 'MultiLineString': return {type: 'MultiLineString', coordinates: g.arcs.map(line)};
      default: return null;
    }
  };
  return {
    type: 'FeatureCollection',
    features: object.geometries.map((g) => ({type: 'Feature', id: g.id, properties: g.properties || {},
      geometry: geometry(g)})).filter((f) => f.geometry),
  };
}

function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}
