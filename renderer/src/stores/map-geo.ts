// What the map draws under its layers: the boundaries from the cache (or a clear "none loaded" state), the
// commune labels, and the operator's basemap setting (followed live across windows).
import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import type { Basemap, BoundaryCollection } from '../../../shared/contract/areas/map.js';
import type { Commune, Provenance } from '../../../shared/contract/model.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import type { CommuneLabel } from '../map/map-controller.js';
import { useConnectionStore } from './connection.js';

export interface BoundaryData {
  province: BoundaryCollection | null;
  communes: BoundaryCollection | null;
  rejected: { code: string; name: string; reason: string }[];
  asOf: string | null;
}

const BOUNDARY_AGENCY = 'so-nong-nghiep-moi-truong';

export const useMapGeoStore = defineStore('map-geo', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const communes = shallowRef<Commune[]>([]);
  const boundaries = shallowRef<BoundaryData | null>(null);
  const error = shallowRef<CallError | null>(null);
  const loading = shallowRef(false);
  let markLoaded: () => void = () => undefined;
  /** Settles once the first load has answered (with data or an error): the map then knows its basemap. */
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  const basemap = shallowRef<Basemap>({ kind: 'none' });

  async function load() {
    loading.value = true;
    try {
      const [answer, list] = await Promise.all([client.call('map.boundaries', {}, { timeoutMs: 60_000 }), client.call('geo.communes', {})]);
      boundaries.value = answer;
      communes.value = list.communes;
      error.value = null;
      const next = (await client.call('map.basemap', {})).basemap;
      if (JSON.stringify(next) !== JSON.stringify(basemap.value)) basemap.value = next;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    } finally {
      loading.value = false;
      markLoaded();
    }
  }

  async function setBasemap(next: Basemap) {
    basemap.value = (await client.call('map.setBasemap', { basemap: next })).basemap;
  }

  client.on('map.basemapChanged', (e) => (basemap.value = e.basemap));
  // The first sync brings the geography: look again when layers change while none is loaded.
  client.on('map.changed', () => {
    if (!hasBoundaries.value && !loading.value) void load();
  });
  watch(
    () => connection.generation,
    (g) => {
      if (g > 0) void load();
    },
    { immediate: true },
  );

  const hasBoundaries = computed(() => (boundaries.value?.communes?.features.length ?? 0) > 0 || (boundaries.value?.province?.features.length ?? 0) > 0);

  // Labels sit at each commune's interior point from the commune list (a box centre can fall outside).
  const labels = computed<CommuneLabel[]>(() => communes.value.map((c) => ({ code: c.code, name: c.name, point: c.point })));
  const communeFullNames = computed(() => new Map(communes.value.map((c) => [c.code, c.fullName])));

  /** The boundaries' provenance: the province's surveying and mapping agency, as of the last geography pull. */
  const provenance = computed<Provenance>(() => ({
    agency: BOUNDARY_AGENCY,
    source: '',
    asOf: boundaries.value?.asOf ?? null,
    syncedAt: boundaries.value?.asOf ?? null,
    // Administrative boundaries change by decree, not by the hour: cached ones stay current.
    freshness: boundaries.value?.asOf ? 'fresh' : 'missing',
  }));

  return { boundaries, communes, provenance, loaded, error, loading, basemap, hasBoundaries, labels, communeFullNames, load, setBasemap };
});
