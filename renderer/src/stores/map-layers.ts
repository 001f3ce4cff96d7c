// The map's point layers on screen: each layer's features (fetched whole once, then only what changed, by
// revision, when the engine says 'map.changed'), its rejected features, counts and provenance. Features are
// kept outside Vue reactivity (plain maps: 100,000 reactive objects would crawl); the UI watches small summaries.
import { defineStore } from 'pinia';
import { shallowReactive, shallowRef, watch } from 'vue';
import type { LayerSummary, MapFeature, RejectedFeature } from '../../../shared/contract/areas/map.js';
import type { Provenance } from '../../../shared/contract/model.js';
import { MAP_LAYERS } from '../../../shared/map/layers.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import type { Update } from '../map/update-queue.js';
import { useConnectionStore } from './connection.js';

export interface LayerStatus {
  loading: boolean;
  error: CallError | null;
  count: number;
  rejected: RejectedFeature[];
  provenance: Provenance | null;
  revision: number;
}

type Listener = (update: Update<MapFeature>) => void;

interface LayerData {
  byId: Map<string, MapFeature>;
  revision: number | null;
  listeners: Set<Listener>;
  inflight: Promise<void> | null;
  again: boolean;
}

const EMPTY_STATUS: LayerStatus = { loading: true, error: null, count: 0, rejected: [], provenance: null, revision: 0 };

export const useMapLayersStore = defineStore('map-layers', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const data = new Map<string, LayerData>();
  const status = shallowReactive(new Map<string, LayerStatus>());
  const summaries = shallowRef<LayerSummary[]>([]);

  function entry(layer: string): LayerData {
    let d = data.get(layer);
    if (!d) data.set(layer, (d = { byId: new Map(), revision: null, listeners: new Set(), inflight: null, again: false }));
    return d;
  }

  function setStatus(layer: string, patch: Partial<LayerStatus>) {
    status.set(layer, { ...(status.get(layer) ?? EMPTY_STATUS), ...patch });
  }

  async function fetchLayer(layer: string) {
    const d = entry(layer);
    setStatus(layer, { loading: d.revision === null });
    try {
      const answer = await client.call('map.features', { layer, ...(d.revision !== null ? { sinceRevision: d.revision } : {}) }, { timeoutMs: 60_000 });
      let update: Update<MapFeature>;
      if (answer.full) {
        d.byId = new Map(answer.features.map((f) => [f.id, f]));
        update = { kind: 'full', features: answer.features };
      } else {
        for (const id of answer.removed) d.byId.delete(id);
        for (const f of answer.features) d.byId.set(f.id, f);
        update = { kind: 'delta', delta: { upsert: answer.features, remove: answer.removed } };
      }
      d.revision = answer.revision;
      setStatus(layer, { loading: false, error: null, count: d.byId.size, rejected: answer.rejected, provenance: answer.provenance, revision: answer.revision });
      if (update.kind === 'full' || update.delta.upsert.length || update.delta.remove.length) for (const l of d.listeners) l(update);
    } catch (error) {
      setStatus(layer, { loading: false, error: isCallError(error) ? error : null });
    }
  }

  /** Fetches a layer (whole or its changes); a call while one runs asks for one more run after it. */
  function refresh(layer: string): Promise<void> {
    const d = entry(layer);
    if (d.inflight) {
      d.again = true;
      return d.inflight;
    }
    d.inflight = fetchLayer(layer).finally(() => {
      d.inflight = null;
      if (d.again && d.listeners.size) {
        d.again = false;
        void refresh(layer);
      }
    });
    return d.inflight;
  }

  /** Follows a layer: `listener` gets the whole layer now (when loaded) and every change after. */
  function follow(layer: string, listener: Listener): () => void {
    const d = entry(layer);
    d.listeners.add(listener);
    if (d.revision !== null) listener({ kind: 'full', features: [...d.byId.values()] });
    else void refresh(layer);
    return () => d.listeners.delete(listener);
  }

  function feature(layer: string, id: string): MapFeature | undefined {
    return data.get(layer)?.byId.get(id);
  }

  /** How many features of a loaded layer lie in a commune (null when the layer is not loaded). */
  function countIn(layer: string, commune: string): number | null {
    const d = data.get(layer);
    if (!d || d.revision === null) return null;
    let n = 0;
    for (const f of d.byId.values()) if (f.commune === commune) n++;
    return n;
  }

  async function loadSummaries() {
    try {
      summaries.value = (await client.call('map.layers', {})).layers;
    } catch {
      // counts stay as they were; each layer shows its own error
    }
  }

  client.on('map.changed', ({ layers }) => {
    void loadSummaries();
    for (const layer of layers) if (entry(layer).listeners.size) void refresh(layer);
  });

  // After a reconnection the engine may have moved on: fetch what is followed again (as a delta when it can).
  watch(
    () => connection.generation,
    (g) => {
      if (g === 0) return;
      void loadSummaries();
      for (const layer of MAP_LAYERS) if (entry(layer.key).listeners.size) void refresh(layer.key);
    },
    { immediate: true },
  );

  return { status, summaries, follow, feature, countIn, refresh, statusOf: (layer: string) => status.get(layer) ?? EMPTY_STATUS };
});
