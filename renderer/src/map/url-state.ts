// The map's state in the URL (#/map?center=108.05,12.68&zoom=8.5&layers=cameras,schools&kpi=…&period=…&commune=…),
// so a view can be bookmarked, shared, put on the wall, and restored after a reload.
import { MAP_LAYERS } from '../../../shared/map/layers.js';

export interface MapUrlState {
  center: [number, number] | null;
  zoom: number | null;
  /** Visible layers; null means the layers' defaults. */
  layers: string[] | null;
  kpi: string | null;
  period: string | null;
  commune: string | null;
}

type Query = Record<string, string | null | (string | null)[] | undefined>;

const first = (v: Query[string]) => (Array.isArray(v) ? (v[0] ?? null) : (v ?? null));
const KNOWN = new Set(MAP_LAYERS.map((l) => l.key));

export function parseMapQuery(query: Query): MapUrlState {
  const centerText = first(query.center);
  const parts = centerText?.split(',').map(Number) ?? [];
  const center: [number, number] | null =
    parts.length === 2 && parts.every(Number.isFinite) && Math.abs(parts[0]!) <= 180 && Math.abs(parts[1]!) <= 90 ? [parts[0]!, parts[1]!] : null;
  const zoomText = first(query.zoom);
  const zoom = zoomText !== null && zoomText !== '' && Number.isFinite(Number(zoomText)) ? Math.min(22, Math.max(0, Number(zoomText))) : null;
  const layersText = first(query.layers);
  const layers = layersText === null ? null : layersText.split(',').filter((k) => KNOWN.has(k));
  const kpi = first(query.kpi);
  const period = first(query.period);
  const commune = first(query.commune);
  return {
    center,
    zoom,
    layers,
    kpi: kpi && /^[a-z0-9-]+\.[a-z0-9-]+$/.test(kpi) ? kpi : null,
    period: period && !Number.isNaN(Date.parse(period)) ? period : null,
    commune: commune && /^[0-9A-Za-z-]{1,16}$/.test(commune) ? commune : null,
  };
}

const round = (x: number, digits: number) => String(Math.round(x * 10 ** digits) / 10 ** digits);

export function mapQuery(state: MapUrlState): Record<string, string> {
  const out: Record<string, string> = {};
  if (state.center) out.center = `${round(state.center[0], 5)},${round(state.center[1], 5)}`;
  if (state.zoom !== null) out.zoom = round(state.zoom, 2);
  if (state.layers) out.layers = state.layers.join(',');
  if (state.kpi) out.kpi = state.kpi;
  if (state.period) out.period = state.period;
  if (state.commune) out.commune = state.commune;
  return out;
}

/** Layers shown when the URL does not say. */
export function defaultLayers(): string[] {
  return MAP_LAYERS.filter((l) => l.visibleByDefault).map((l) => l.key);
}
