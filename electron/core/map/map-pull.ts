// Pulls each layer's source (the provincial API's feeds, the workflow, the camera registry) into the cache: per layer, incremental (updated-since cursor),
// paged; records sorted by feature-intake, malformed ones quarantined with the reason.
import { MAP_LAYERS, type MapLayer } from '../../../shared/map/layers.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { readCursor, writeCursor } from '../store/sync-state.js';
import { quarantine } from '../sync/quarantine-store.js';
import { UpstreamError, type UpstreamClient } from '../sync/upstream-client.js';
import type { BoundaryCache } from './boundaries.js';
import { feedPageSchema, intakeRecords } from './feature-intake.js';
import { sourceOf } from './layer-sources.js';
import { recordPull, recordPullError, writeFeatures } from './map-store.js';

export interface MapPullContext {
  db: Database;
  client: UpstreamClient;
  boundaries: BoundaryCache;
  now: () => Date;
  signal?: AbortSignal;
}

export interface LayerPullStats {
  layer: string;
  received: number;
  changed: number;
  rejected: number;
  malformed: number;
}

const streamOf = (layer: MapLayer) => `map:${layer.key}`;

export async function pullLayer(ctx: MapPullContext, layer: MapLayer): Promise<LayerPullStats> {
  const stats: LayerPullStats = { layer: layer.key, received: 0, changed: 0, rejected: 0, malformed: 0 };
  const source = sourceOf(layer);
  const since = await readCursor(ctx.db, source.id, streamOf(layer));
  const { areas } = await ctx.boundaries.get();
  let pageToken: string | undefined;
  let newest = since;
  let asOf: string | null = null;
  do {
    const body = await source.fetch(ctx, { since, pageToken }, ctx.signal);
    const page = feedPageSchema.safeParse(body);
    if (!page.success) throw new UpstreamError('invalid-response', `the map feed of ${layer.key} does not match the exchange structure`);
    asOf ??= page.data.as_of ?? null;
    const intake = intakeRecords(page.data.items, areas);
    const at = toVnIso(ctx.now());
    stats.changed += await ctx.db.transaction(async (tx) => {
      await quarantine(tx, source.id, streamOf(layer), intake.malformed.map((m) => ({ raw: JSON.stringify(m.raw), reason: m.reason })), at);
      return writeFeatures(tx, layer.key, intake.rows, source.id);
    });
    stats.received += page.data.items.length;
    stats.rejected += intake.rows.filter((r) => r.rejectReason !== null).length;
    stats.malformed += intake.malformed.length;
    if (intake.newestUpdatedAt && (newest === null || Date.parse(intake.newestUpdatedAt) > Date.parse(newest))) newest = intake.newestUpdatedAt;
    pageToken = page.data.next_page_token ?? undefined;
  } while (pageToken);
  // The cursor moves only once the whole layer is in: an interrupted pull starts again from the old one.
  await ctx.db.transaction(async (tx) => {
    if (newest !== null && newest !== since) await writeCursor(tx, source.id, streamOf(layer), newest, toVnIso(ctx.now()));
    await recordPull(tx, layer.key, toVnIso(ctx.now()), asOf, ctx.now());
  });
  return stats;
}

/** Pulls every layer; one layer's failure is recorded and does not stop the others. */
export async function pullMapLayers(ctx: MapPullContext, layers: readonly MapLayer[] = MAP_LAYERS) {
  const results: LayerPullStats[] = [];
  const failures: { layer: string; error: Error }[] = [];
  for (const layer of layers) {
    if (ctx.signal?.aborted) break;
    try {
      results.push(await pullLayer(ctx, layer));
    } catch (error) {
      failures.push({ layer: layer.key, error: error as Error });
      await recordPullError(ctx.db, layer.key, (error as Error).message).catch(() => undefined);
      if (error instanceof UpstreamError && (error.kind === 'unreachable' || error.kind === 'cancelled')) break;
    }
  }
  return { results, failures };
}
