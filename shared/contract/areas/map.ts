// The operational map: point layers from the cache, the boundaries, place search, and the operator's basemap.
import { z } from 'zod';
import { REJECT_REASONS, type RejectReason } from '../../map/reject-reasons.js';
import { provenanceSchema } from '../model.js';
import { noParams, type MethodSpec } from './common.js';

const layerKey = z.string().regex(/^[a-z0-9-]+$/).max(64);
const propValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const rejectReasonSchema = z.enum(REJECT_REASONS as [RejectReason, ...RejectReason[]]);

/** A point the map can draw: inside the province, with its class (colour) and flag worked out by the engine. */
export const mapFeatureSchema = z.object({
  id: z.string(),
  name: z.string(),
  lon: z.number(),
  lat: z.number(),
  /** Commune code the point lies in (by its boundary), null when no boundary contains it. */
  commune: z.string().nullable(),
  /** Class key of the layer's legend, null when the upstream value names none. */
  cls: z.string().nullable(),
  flagged: z.boolean(),
  props: z.record(z.string(), propValue),
  updatedAt: z.string(),
});

/** A feature the upstream sent that the map cannot draw, and why. */
export const rejectedFeatureSchema = z.object({ id: z.string(), name: z.string(), reason: rejectReasonSchema, detail: z.string() });

export const layerSummarySchema = z.object({
  key: layerKey,
  count: z.number().int(),
  rejected: z.number().int(),
  revision: z.number().int(),
  /** What the caller sees of the layer: all of it, their share (their agency's reports, the cameras listed for them), or none. */
  access: z.enum(['all', 'scoped', 'none']),
  provenance: provenanceSchema,
});

const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
});
export const boundaryCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(boundaryFeatureSchema) });

export const basemapSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** A MapLibre style served on the local network (fetched through the engine, never by the page). */
  z.object({ kind: z.literal('style'), url: z.url({ protocol: /^https?$/ }).max(2000) }),
  /** A PMTiles archive on the engine's disk, with the vector or raster tiles of a basemap. */
  z.object({ kind: z.literal('pmtiles'), path: z.string().min(1).max(1000) }),
]);

export const searchResultSchema = z.object({
  kind: z.enum(['commune', 'place']),
  /** The layer of a place; null for a commune. */
  layer: z.string().nullable(),
  id: z.string(),
  name: z.string(),
  /** Commune code (a commune's own, or the one a place lies in). */
  commune: z.string().nullable(),
  lon: z.number(),
  lat: z.number(),
  rank: z.number().int(),
});

export const mapMethods = {
  'map.layers': {
    params: noParams,
    result: z.object({ layers: z.array(layerSummarySchema) }),
  },
  'map.features': {
    params: z
      .object({
        layer: layerKey,
        /** Only what changed after this revision (with the ids removed); the whole layer when absent or too old. */
        sinceRevision: z.number().int().nonnegative().optional(),
      })
      .strict(),
    result: z.object({
      layer: z.string(),
      revision: z.number().int(),
      /** True when `features` is the whole layer; false when it is the change since `sinceRevision`. */
      full: z.boolean(),
      features: z.array(mapFeatureSchema),
      removed: z.array(z.string()),
      rejected: z.array(rejectedFeatureSchema),
      provenance: provenanceSchema,
    }),
  },
  'map.boundaries': {
    params: noParams,
    result: z.object({
      province: boundaryCollectionSchema.nullable(),
      communes: boundaryCollectionSchema.nullable(),
      /** Boundaries that cannot be drawn: counted and named, never dropped silently. */
      rejected: z.array(z.object({ code: z.string(), name: z.string(), reason: z.string() })),
      asOf: z.string().nullable(),
    }),
  },
  'map.search': {
    params: z.object({ query: z.string().min(1).max(100), limit: z.number().int().min(1).max(50).default(12) }).strict(),
    result: z.object({ results: z.array(searchResultSchema) }),
  },
  'map.basemap': {
    params: noParams,
    result: z.object({ basemap: basemapSchema }),
  },
  'map.setBasemap': {
    params: z.object({ basemap: basemapSchema }).strict(),
    result: z.object({ basemap: basemapSchema }),
  },
  'map.basemapFetch': {
    params: z.object({ url: z.url({ protocol: /^https?$/ }).max(4000) }).strict(),
    result: z.object({ contentType: z.string(), base64: z.string() }),
  },
  'map.basemapBytes': {
    params: z.object({ offset: z.number().int().nonnegative(), length: z.number().int().min(1).max(16 * 1024 * 1024) }).strict(),
    result: z.object({ base64: z.string(), size: z.number().int(), modifiedAt: z.string() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const mapEvents = {
  /** New or changed features were stored for these layers. */
  'map.changed': z.object({ layers: z.array(z.string()) }),
  /** The operator changed the basemap (every window follows). */
  'map.basemapChanged': z.object({ basemap: basemapSchema }),
} as const;

export type MapFeature = z.infer<typeof mapFeatureSchema>;
export type RejectedFeature = z.infer<typeof rejectedFeatureSchema>;
export type LayerSummary = z.infer<typeof layerSummarySchema>;
export type BoundaryCollection = z.infer<typeof boundaryCollectionSchema>;
export type Basemap = z.infer<typeof basemapSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
