// Where each map layer's points come from, and who may see which of them: one small declaration per layer,
// so a layer can be rewired without touching the pull. Most layers are feeds of the provincial API; field
// reports come from the console's own field-report workflow and cameras from the police camera registry.
import type { MethodName } from '../../../shared/contract/methods.js';
import type { MapLayer } from '../../../shared/map/layers.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import type { UpstreamClient } from '../sync/upstream-client.js';
import { cameraRegistryPage } from './camera-layer-source.js';
import { workflowReportsPage } from './workflow-layer-source.js';

export interface SourceEnv {
  client: UpstreamClient;
  db: Database;
  now: () => Date;
}

/** One page of a layer's feed (the exchange structure of openapi.yaml, MapFeaturePage), unvalidated. */
export type FetchPage = (env: SourceEnv, query: { since: string | null; pageToken: string | undefined }, signal?: AbortSignal) => Promise<unknown>;

/**
 * Who sees which features, beyond the map's own rule (map.features): `agency` keeps agency roles to their
 * agency's features (the workflow's scoping), `camera-grants` to the cameras the camera area lists for them.
 */
export type LayerScoping = 'agency' | 'camera-grants';

export interface LayerSource {
  /** The owner of the cache rows, the sync cursor and the quarantine entries. */
  id: string;
  /** Provenance: the system the figures come from. */
  name: string;
  fetch: FetchPage;
  /** The contract method whose access rule also decides whether a role sees this layer at all. */
  readableAs?: MethodName;
  scoping?: LayerScoping;
}

const provincialFeed = (layer: MapLayer): LayerSource => ({
  id: PROVINCIAL_SOURCE.id,
  name: PROVINCIAL_SOURCE.name,
  fetch: (env, query, signal) =>
    env.client.getJson(`api/v1/map/layers/${layer.key}/features`, { since: query.since ?? undefined, page_token: query.pageToken }, signal),
});

export const WORKFLOW_SOURCE: LayerSource = {
  id: 'workflow',
  name: 'Hệ thống phản ánh hiện trường của Trung tâm',
  // The workflow's store is the source itself: its points are as of the moment they are read.
  fetch: async (env, query) => ({ ...(await workflowReportsPage(env.db, query)), as_of: toVnIso(env.now()) }),
  // The map points of the workflow (no reporter, no description), read by those who read its map points.
  readableAs: 'fieldReports.mapPoints',
  scoping: 'agency',
};

export const CAMERA_REGISTRY_SOURCE: LayerSource = {
  id: 'camera-registry',
  name: 'Danh mục camera của Công an tỉnh (cổng camera)',
  fetch: (env) => cameraRegistryPage(env.db),
  readableAs: 'cameras.list',
  scoping: 'camera-grants',
};

const BY_LAYER: Record<string, LayerSource> = {
  'field-reports': WORKFLOW_SOURCE,
  cameras: CAMERA_REGISTRY_SOURCE,
};

export function sourceOf(layer: MapLayer): LayerSource {
  return BY_LAYER[layer.key] ?? provincialFeed(layer);
}
