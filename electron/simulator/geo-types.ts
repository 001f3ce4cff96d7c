// The geography the simulator serves: commune list plus GeoJSON boundaries.
import type { Commune } from '../../shared/contract/model.js';

export type { Commune };

export interface GeoJsonFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

export interface Geography {
  communes: Commune[];
  communesGeoJson: GeoJsonFeatureCollection;
  provinceGeoJson: GeoJsonFeatureCollection;
  /** `files`: read from a geo folder; `generated`: a plausible made-up province. */
  source: 'files' | 'generated';
  /** Why the files were not used, when they were asked for but could not be read. */
  reason?: string;
}
