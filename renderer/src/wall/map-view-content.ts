// The map page's current view as wall tile content (kind "map"): rounded as the URL rounds it, the zoom kept
// within what a map tile accepts, the KPI the communes are coloured by; before the first move, the opening view.
import type { TileContentInput } from '../../../shared/wall/schema.js';

const OPENING_VIEW = { center: [108.5, 12.9] as [number, number], zoom: 7.3 };
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function mapViewContent(view: { center: [number, number]; zoom: number } | null, layers: readonly string[], kpiId: string | null = null): TileContentInput {
  const { center, zoom } = view ?? OPENING_VIEW;
  return {
    kind: 'map',
    options: {
      center: [round(center[0], 5), round(center[1], 5)],
      zoom: Math.min(18, Math.max(5, round(zoom, 2))),
      layers: [...layers],
      ...(kpiId ? { kpiId } : {}),
    },
  };
}
