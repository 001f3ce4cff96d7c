// The catalog of domains, KPIs and agencies, fetched once from the engine (never imported as data).
import { defineStore } from 'pinia';
import { computed, shallowRef, watch } from 'vue';
import type { Agency, Catalog, Domain, Kpi } from '../../../shared/catalog/schema.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';

export const useCatalogStore = defineStore('catalog', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const catalog = shallowRef<Catalog | null>(null);
  const error = shallowRef<CallError | null>(null);
  const loading = shallowRef(false);
  let inflight: Promise<void> | undefined;

  function load(): Promise<void> {
    if (catalog.value) return Promise.resolve();
    inflight ??= (async () => {
      loading.value = true;
      try {
        catalog.value = await client.call('catalog.get', {});
        error.value = null;
      } catch (err) {
        error.value = isCallError(err) ? err : null;
      } finally {
        loading.value = false;
        inflight = undefined;
      }
    })();
    return inflight;
  }

  // Load on first connection; retry after a failure when the engine comes back.
  watch(
    () => connection.generation,
    (g) => {
      if (g > 0 && !catalog.value) void load();
    },
    { immediate: true },
  );

  const domains = computed<Domain[]>(() => catalog.value?.domains ?? []);
  const kpis = computed(() => {
    const map = new Map<string, { kpi: Kpi; domain: Domain }>();
    for (const domain of domains.value) for (const kpi of domain.kpis) map.set(kpi.id, { kpi, domain });
    return map;
  });
  const agencies = computed(() => new Map<string, Agency>((catalog.value?.agencies ?? []).map((a) => [a.key, a])));

  function domain(key: string): Domain | undefined {
    return domains.value.find((d) => d.key === key);
  }

  function headline(d: Domain): Kpi {
    return d.kpis.find((k) => k.headline) ?? d.kpis[0]!;
  }

  return {
    catalog,
    error,
    loading,
    loaded: computed(() => catalog.value !== null),
    domains,
    kpis,
    agencies,
    domain,
    headline,
    load,
  };
});
