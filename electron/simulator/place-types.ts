// One feature of a map feed as the upstream publishes it (see openapi.yaml, MapFeature).
export type FeedProps = Record<string, string | number | boolean | null>;

export interface FeedRecord {
  id: string;
  name: string;
  /** GeoJSON Point; real feeds also send null, empty or malformed geometry, and the engine must cope. */
  geometry: unknown;
  /** Commune code the upstream files the feature under. */
  commune: string | null;
  properties: FeedProps;
  updated_at: string;
  /** A tombstone: the feature left the feed (archived report, cleared incident). */
  deleted?: boolean;
}

/** A layer's feed: everything it holds at `nowMs` (current features and recent tombstones). */
export type Feed = (nowMs: number) => FeedRecord[];

export const point = (p: readonly [number, number]) => ({ type: 'Point', coordinates: [p[0], p[1]] });
