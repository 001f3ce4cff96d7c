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
import { countByLayer, readChangedSince, readDrawable, readLayerState, readLayerStates, readRejected, searchFeatures, type LayerState, type StoredFeature } from './map-store.js';

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

export class MapQueries {
  constructor(
    private readonly db: Database,
    private readonly sourceName: string,
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
      source: this.sourceName,
      asOf: state?.as_of ?? null,
      syncedAt: state?.synced_at ?? null,
      freshness: layerFreshness(layer, state, this.now()),
    };
  }

  async layers(): Promise<LayerSummary[]> {
    const [states, counts] = await Promise.all([readLayerStates(this.db), countByLayer(this.db)]);
    const byLayer = new Map(counts.map((c) => [c.layer, c]));
    return MAP_LAYERS.map((layer) => {
      const state = states.get(layer.key);
      return {
        key: layer.key,
        count: byLayer.get(layer.key)?.drawable ?? 0,
        rejected: byLayer.get(layer.key)?.rejected ?? 0,
        revision: state?.revision ?? 0,
        provenance: this.provenance(layer, state),
      };
    });
  }

  private toFeature(layer: MapLayer, row: StoredFeature, now: Date): MapFeature {
    const props = parseProps(row.props);
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

  async features(p: { layer: string; sinceRevision?: number }) {
    const layer = this.layer(p.layer);
    const state = await readLayerState(this.db, layer.key);
    const now = this.now();
    const delta = p.sinceRevision !== undefined && p.sinceRevision >= state.pruned_before && p.sinceRevision <= state.revision;
    const rows = delta ? await readChangedSince(this.db, layer.key, p.sinceRevision!) : await readDrawable(this.db, layer.key);
    const drawable = rows.filter((r) => !r.deleted && r.reject_reason === null);
    const removed = delta ? rows.filter((r) => r.deleted || r.reject_reason !== null).map((r) => r.id) : [];
    const rejected: RejectedFeature[] = (await readRejected(this.db, layer.key)).map((r) => ({
      id: r.id,
      name: r.name,
      reason: r.reject_reason as RejectReason,
      detail: r.reject_detail ?? '',
    }));
    return {
      layer: layer.key,
      revision: state.revision,
      full: !delta,
      features: drawable.map((r) => this.toFeature(layer, r, now)),
      removed,
      rejected,
      provenance: this.provenance(layer, state),
    };
  }

  async search(query: string, limit: number, communes: readonly Commune[]): Promise<SearchResult[]> {
    const words = foldName(query).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const results: SearchResult[] = [];
    for (const c of communes) {
      const rank = Math.max(matchRank(c.name, query), matchRank(c.fullName, query));
      if (rank > 0) results.push({ kind: 'commune', layer: null, id: c.code, name: c.fullName, commune: c.code, lon: c.point[0], lat: c.point[1], rank: rank + 1 });
    }
    for (const row of await searchFeatures(this.db, words, 400)) {
      const rank = matchRank(row.name, query);
      if (rank > 0) results.push({ kind: 'place', layer: row.layer, id: row.id, name: row.name, commune: row.commune, lon: row.lon, lat: row.lat, rank });
    }
    // Communes first at equal match quality, then shorter names (closer to what was typed).
    results.sort((a, b) => b.rank - a.rank || a.name.length - b.name.length || a.name.localeCompare(b.name, 'vi'));
    return results.slice(0, limit);
  }
}
