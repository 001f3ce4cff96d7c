// Projects a commune boundary and a point into an SVG box (equirectangular around the commune's latitude):
// a location map that needs no tiles and works offline.
export interface Projected {
  paths: string[];
  point: [number, number] | null;
  width: number;
  height: number;
}

type Ring = [number, number][];

function rings(geometry: { type: string; coordinates: unknown } | null): Ring[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  return [];
}

export function projectLocation(geometry: { type: string; coordinates: unknown } | null, lon: number | null, lat: number | null, width = 360, height = 240, pad = 12): Projected | null {
  const all = rings(geometry);
  const points: [number, number][] = all.flat();
  if (lon !== null && lat !== null) points.push([lon, lat]);
  if (points.length === 0) return null;
  const lats = points.map((p) => p[1]);
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const xs = points.map((p) => p[0] * k);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...lats), Math.max(...lats)];
  const span = Math.max(maxX - minX, maxY - minY, 0.002);
  const scale = Math.min((width - 2 * pad) / span, (height - 2 * pad) / span);
  const ox = pad + (width - 2 * pad - (maxX - minX) * scale) / 2;
  const oy = pad + (height - 2 * pad - (maxY - minY) * scale) / 2;
  const at = (x: number, y: number): [number, number] => [Math.round((ox + (x * k - minX) * scale) * 10) / 10, Math.round((oy + (maxY - y) * scale) * 10) / 10];
  const paths = all.map((ring) => `M${ring.map(([x, y]) => at(x, y).join(',')).join('L')}Z`);
  return { paths, point: lon !== null && lat !== null ? at(lon, lat) : null, width, height };
}
