// Where each map layer's points come from: one small function per layer, so a layer can be rewired without
// touching the pull. Today every layer is a feed of the provincial API; field reports will come from the
// field-report workflow and cameras from access control (police-granted streams) once those areas exist.
import type { MapLayer } from '../../../shared/map/layers.js';
import type { UpstreamClient } from '../sync/upstream-client.js';

/** One page of a layer's feed (the exchange structure of openapi.yaml, MapFeaturePage), unvalidated. */
export type LayerSource = (client: UpstreamClient, query: { since: string | null; pageToken: string | undefined }, signal?: AbortSignal) => Promise<unknown>;

const provincialFeed =
  (layer: MapLayer): LayerSource =>
  (client, query, signal) =>
    client.getJson(`api/v1/map/layers/${layer.key}/features`, { since: query.since ?? undefined, page_token: query.pageToken }, signal);

export function sourceOf(layer: MapLayer): LayerSource {
  switch (layer.key) {
    // 'field-reports': the workflow's store, when it exists; 'cameras': access control's granted cameras.
    default:
      return provincialFeed(layer);
  }
}
