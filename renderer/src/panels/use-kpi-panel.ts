// The data side of a KPI panel: what it watches in the KPI store, and the chart option it draws.
import { computed, ref, watch, type Ref } from 'vue';
import { useTheme } from 'vuetify';
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { Provenance } from '../../../shared/contract/index.js';
import { useLocale } from '../i18n/use-locale.js';
import { useCatalogStore } from '../stores/catalog.js';
import { useGeoStore } from '../stores/geo.js';
import { useKpiStore } from '../stores/kpi.js';
import { getPanel } from './index.js';
import { defaultMode, panelModes, type PanelMode } from './modes.js';

export function useKpiPanel(kpi: Ref<Kpi>) {
  const store = useKpiStore();
  const catalog = useCatalogStore();
  const geo = useGeoStore();
  const theme = useTheme();
  const { locale, text } = useLocale();

  const mode = ref<PanelMode>(defaultMode(kpi.value));
  const modes = computed(() => panelModes(kpi.value));

  watch(
    [() => kpi.value.id, mode],
    (_now, _before, onCleanup) => {
      const k = kpi.value;
      const offs = [store.watchLatest([k.id])];
      if (mode.value === 'series') offs.push(store.watchSeries({ kpiId: k.id, period: k.period }));
      else {
        offs.push(store.watchBreakdown({ kpiId: k.id, dim: mode.value }));
        if (mode.value === 'commune') void geo.load();
      }
      onCleanup(() => offs.forEach((off) => off()));
    },
    { immediate: true },
  );

  const panel = computed(() =>
    mode.value === 'series' ? getPanel(kpi.value.chart === 'bar-ranking' ? 'timeseries' : kpi.value.chart) : getPanel('bar-ranking'),
  );
  const latest = computed(() => store.latest(kpi.value.id));
  const entry = computed(() =>
    mode.value === 'series'
      ? store.series({ kpiId: kpi.value.id, period: kpi.value.period })
      : store.breakdown({ kpiId: kpi.value.id, dim: mode.value }),
  );

  const memberNames = computed<ReadonlyMap<string, string>>(() => {
    if (mode.value === 'commune') return geo.communeNames;
    if (mode.value === 'agency') return new Map([...catalog.agencies].map(([key, a]) => [key, text(a.name)]));
    if (mode.value === 'category') return new Map((kpi.value.categories ?? []).map((c) => [c.key, text(c.name)]));
    return new Map();
  });

  const pointCount = computed(() => {
    const data = entry.value.data;
    if (!data) return 0;
    return 'points' in data ? data.points.length : data.items.length;
  });

  const option = computed(() => {
    const data = entry.value.data;
    if (!data) return null;
    return panel.value.transform('points' in data ? { series: data } : { breakdown: data }, {
      kpi: kpi.value,
      locale: locale.value,
      dark: theme.current.value.dark,
      memberNames: memberNames.value,
    });
  });

  const provenance = computed<Provenance | null>(
    () => latest.value.data?.provenance ?? entry.value.data?.provenance ?? null,
  );

  return {
    mode,
    modes,
    latest,
    entry,
    option,
    pointCount,
    provenance,
    dark: computed(() => theme.current.value.dark),
    retry: () => store.refresh([kpi.value.id]),
  };
}
