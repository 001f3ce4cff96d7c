// A by-commune KPI as colours on the map: its breakdown for the chosen period (the latest by default),
// classed by classify(), refetched when the engine stores new data for it. The periods offered are the
// recent ones the KPI has values for.
import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue';
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { BreakdownResult } from '../../../shared/contract/model.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useCatalogStore } from '../stores/catalog.js';
import { useConnectionStore } from '../stores/connection.js';
import { classify, NO_DATA_COLOR, type Classification } from './classify.js';

export interface Choropleth {
  kpi: Kpi;
  breakdown: BreakdownResult;
  classification: Classification;
  values: Map<string, number>;
  colors: Map<string, string>;
}

/** Periods a choropleth offers: as many as breakdowns are kept for (sync keeps fewer than for totals). */
const PERIODS_OFFERED = 12;

export function useChoropleth(kpiId: Ref<string | null>, period: Ref<string | null>, communeCodes: Ref<readonly string[]>) {
  const client = useClient();
  const catalog = useCatalogStore();
  const connection = useConnectionStore();
  const data = shallowRef<BreakdownResult | null>(null);
  const periods = shallowRef<string[]>([]);
  const error = shallowRef<CallError | null>(null);
  const loading = shallowRef(false);
  let ticket = 0;

  const candidates = computed(() =>
    catalog.domains.flatMap((domain) => domain.kpis.filter((k) => k.breakdowns.includes('commune')).map((kpi) => ({ kpi, domain }))),
  );
  const kpi = computed(() => (kpiId.value ? catalog.kpis.get(kpiId.value)?.kpi : undefined));

  async function load() {
    const mine = ++ticket;
    const k = kpi.value;
    if (!k || !connection.ready) {
      data.value = null;
      return;
    }
    loading.value = true;
    try {
      const [breakdown, series] = await Promise.all([
        client.call('kpi.breakdown', { kpiId: k.id, dim: 'commune', ...(period.value ? { periodStart: period.value } : {}) }),
        client.call('kpi.series', { kpiId: k.id }),
      ]);
      if (mine !== ticket) return;
      data.value = breakdown;
      periods.value = series.points.map((p) => p.t).reverse().slice(0, PERIODS_OFFERED);
      error.value = null;
    } catch (err) {
      if (mine !== ticket) return;
      error.value = isCallError(err) ? err : null;
      data.value = null;
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  // The KPI itself, not only its id: the catalog may arrive after the connection, and the first load then had none.
  watch([() => kpi.value?.id, period, () => connection.ready], () => void load(), { immediate: true });
  const off = client.on('data.changed', ({ kpiIds }) => {
    if (kpiId.value && kpiIds.includes(kpiId.value)) void load();
  });
  onScopeDispose(off);

  const result = computed<Choropleth | null>(() => {
    const k = kpi.value;
    const b = data.value;
    if (!k || !b || b.kpiId !== k.id) return null;
    const values = new Map(b.items.map((i) => [i.member, i.v]));
    // Every commune counts: one without a value is "no data", not left out of the legend.
    const codes = communeCodes.value.length ? communeCodes.value : [...values.keys()];
    const classification = classify(codes.map((c) => values.get(c) ?? null), k);
    const colors = new Map<string, string>();
    for (const code of codes) {
      const index = classification.classOf(values.get(code));
      colors.set(code, index >= 0 ? classification.classes[index]!.color : NO_DATA_COLOR);
    }
    return { kpi: k, breakdown: b, classification, values, colors };
  });

  return { candidates, result, periods, error, loading, reload: load };
}
