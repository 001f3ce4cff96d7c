// Map reads for the UI, always from the cache: layer summaries, a layer's features (whole or changed since
// a revision), and place search over communes and features, insensitive to diacritics and case.
import { EngineError } from '../../../shared/contract/envelope.js';
import type { Commune, Freshness, Provenance } from '../../../shared/contract/model.js';
import type { LayerSummary, MapFeature, RejectedFeature, SearchResult } from '../../../shared/contract/areas/map.js';
import { featureClass, isFlagged, type FeatureProps } from '../../../shared/map/feature-class.js';
import { foldName, matchRank } from '../../../shared/map/fold.js';
import { findMapLayer, MAP_LAYERS, type MapLayer } from '../../../shared/map/layers.js';
import type { RejectReason } from '../../../shared/map/reject-reasons.js';
import type { Database } from '../store/database.js';
import { sourceOf } from './layer-sources.js';
import { ALL, type LayerView } from './layer-views.js';
import { countByLayer, countInScope, readChangedSince, readDrawable, readLayerState, readLayerStates, readRejected, searchFeatures, type LayerState, type StoredFeature } from './map-store.js';

export function layerFreshness(layer: MapLayer, state: LayerState | undefined, now: Date): Freshness {
  if (!state?.synced_at) return 'missing';
  return now.getTime() - Date.parse(state.synced_at) <= layer.staleAfterMinutes * 60_000 ? 'fresh' : 'stale';
}

function parseProps(text: string): FeatureProps {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as FeatureProps) : {};
  } catch {
    return {};
  }
}

/** Whether a view lets a stored feature through (rows of other scopes, cameras not listed for the caller). */
function admits(view: LayerView, row: { id: string; scope: string | null }): boolean {
  if (view.kind === 'all') return true;
  if (view.kind === 'none') return false;
  return view.kind === 'scope' ? row.scope === view.scope : view.viewable.has(row.id);
}

/** The view of every layer for one caller. */
export type ViewsOf = (layer: MapLayer) => LayerView;

export class MapQueries {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  private layer(key: string): MapLayer {
    const layer = findMapLayer(key);
    if (!layer) throw new EngineError('not-found', `unknown map layer "${key}"; known: ${MAP_LAYERS.map((l) => l.key).join(', ')}`);
    return layer;
  }

  provenance(layer: MapLayer, state: LayerState | undefined): Provenance {
    return {
      agency: layer.agency,
      source: sourceOf(layer).name,
      asOf: state?.as_of ?? null,
      syncedAt: state?.synced_at ?? null,
      freshness: layerFreshness(layer, state, this.now()),
    };
  }

  /** Counts as the view allows: an agency its own field reports, a camera viewer the cameras listed for them. */
  private async counted(layer: MapLayer, view: LayerView, whole: { drawable: number; rejected: number } | undefined) {
    if (view.kind === 'all') return { drawable: whole?.drawable ?? 0, rejected: whole?.rejected ?? 0, narrowed: false };
    if (view.kind === 'none') return { drawable: 0, rejected: 0, narrowed: true };
    if (view.kind === 'scope') return { ...(await countInScope(this.db, layer.key, view.scope)), narrowed: true };
    const [drawable, rejected] = await Promise.all([readDrawable(this.db, layer.key), readRejected(this.db, layer.key)]);
    const seen = { drawable: drawable.filter((r) => admits(view, r)).length, rejected: rejected.filter((r) => admits(view, r)).length };
    // A camera viewer the camera area lists every camera for sees the whole layer.
    return { ...seen, narrowed: seen.drawable < drawable.length || seen.rejected < rejected.length };
  }

  async layers(viewOf: ViewsOf = () => ALL): Promise<LayerSummary[]> {
    const [states, counts] = await Promise.all([readLayerStates(this.db), countByLayer(this.db)]);
    const byLayer = new Map(counts.map((c) => [c.layer, c]));
    return Promise.all(
      MAP_LAYERS.map(async (layer) => {
        const state = states.get(layer.key);
        const view = viewOf(layer);
        const { drawable, rejected, narrowed } = await this.counted(layer, view, byLayer.get(layer.key));
        return {
          key: layer.key,
          count: drawable,
          rejected,
          revision: state?.revision ?? 0,
          access: view.kind === 'none' ? 'none' : narrowed ? 'scoped' : 'all',
          provenance: this.provenance(layer, state),
        } satisfies LayerSummary;
      }),
    );
  }

  private toFeature(layer: MapLayer, view: LayerView, row: StoredFeature, now: Date): MapFeature {
    const props = parseProps(row.props);
    // Whether this caller holds a valid right to watch the camera: the drawer offers the (grant-checked) stream.
    if (view.kind === 'ids') props.viewable = view.viewable.get(row.id) === true;
    const cls = featureClass(layer, props);
    return {
      id: row.id,
      name: row.name,
      lon: row.lon!,
      lat: row.lat!,
      commune: row.commune,
      cls,
      flagged: isFlagged(layer, props, cls, now),
      props,
      updatedAt: row.updated_at,
    };
  }

  async features(p: { layer: string; sinceRevision?: number }, viewOf: ViewsOf = () => ALL) {
    const layer = this.layer(p.layer);
    const view = viewOf(layer);
    const state = await readLayerState(this.db, layer.key);
    const now = this.now();
    // A narrowed view is always answered whole: a feature that left the caller's scope must leave their map too,
    // and a delta cannot say so without naming features of other scopes. Narrowed layers are small.
    const delta = view.kind === 'all' && p.sinceRevision !== undefined && p.sinceRevision >= state.pruned_before && p.sinceRevision <= state.revision;
    const scope = view.kind === 'scope' ? view.scope : undefined;
    const rows = view.kind === 'none' ? [] : delta ? await readChangedSince(this.db, layer.key, p.sinceRevision!) : await readDrawable(this.db, layer.key, scope);
    const drawable = rows.filter((r) => !r.deleted && r.reject_reason === null && admits(view, r));
    const removed = delta ? rows.filter((r) => r.deleted || r.reject_reason !== null).map((r) => r.id) : [];
    const rejectedRows = view.kind === 'none' ? [] : (await readRejected(this.db, layer.key, scope)).filter((r) => admits(view, r));
    const rejected: RejectedFeature[] = rejectedRows.map((r) => ({
      id: r.id,
      name: r.name,
      reason: r.reject_reason as RejectReason,
      detail: r.reject_detail ?? '',
    }));
    return {
      layer: layer.key,
      revision: state.revision,
      full: !delta,
      features: drawable.map((r) => this.toFeature(layer, view, r, now)),
      removed,
      rejected,
      provenance: this.provenance(layer, state),
    };
  }

  async search(query: string, limit: number, communes: readonly Commune[], viewOf: ViewsOf = () => ALL): Promise<SearchResult[]> {
    const words = foldName(query).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const results: SearchResult[] = [];
    for (const c of communes) {
      const rank = Math.max(matchRank(c.name, query), matchRank(c.fullName, query));
      if (rank > 0) results.push({ kind: 'commune', layer: null, id: c.code, name: c.fullName, commune: c.code, lon: c.point[0], lat: c.point[1], rank: rank + 1 });
    }
    const views = new Map(MAP_LAYERS.map((l) => [l.key, viewOf(l)]));
    for (const row of await searchFeatures(this.db, words, 400)) {
      if (!admits(views.get(row.layer) ?? { kind: 'none' }, row)) continue;
      const rank = matchRank(row.name, query);
      if (rank > 0) results.push({ kind: 'place', layer: row.layer, id: row.id, name: row.name, commune: row.commune, lon: row.lon, lat: row.lat, rank });
    }
    // Communes first at equal match quality, then shorter names (closer to what was typed).
    results.sort((a, b) => b.rank - a.rank || a.name.length - b.name.length || a.name.localeCompare(b.name, 'vi'));
    return results.slice(0, limit);
  }
}
