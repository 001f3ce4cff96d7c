// The data side of a KPI panel: what it asks the engine for under the page filters, what it draws (chart or
// table), the figures it states, and what it honestly can show (panel-state.ts).
import { computed, ref, watch, type Ref } from 'vue';
import { useTheme } from 'vuetify';
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { Provenance } from '../../../shared/contract/index.js';
import { useLocale } from '../i18n/use-locale.js';
import { useCatalogStore } from '../stores/catalog.js';
import { useGeoStore } from '../stores/geo.js';
import { useKpiStore, type Entry, type WatchedMethod } from '../stores/kpi.js';
import { callKey } from '../stores/kpi-window.js';
import { thresholdsApplyHere } from './common.js';
import { latestOf, summarise } from './figures.js';
import { getPanel, memberDim, type BreakdownDim, type ChartClick, type PanelContext, type PanelData } from './index.js';
import { kpiWindow, previousWindow, scopeOf, type KpiWindow } from './page-filters.js';
import { panelStatus } from './panel-state.js';
import { evaluateThresholds } from './thresholds.js';
import { useDashboardPage } from './use-dashboard-page.js';

type Role = keyof PanelData;
interface Request {
  role: Role;
  method: WatchedMethod;
  params: Record<string, unknown> & { kpiId: string };
}

/** A computed that keeps its previous object while the new one is equal (by key): no needless redraws. */
function stable<T>(get: () => T, key: (v: T) => string) {
  let last: { key: string; value: T } | undefined;
  return computed(() => {
    const value = get();
    const k = key(value);
    if (last?.key === k) return last.value;
    last = { key: k, value };
    return value;
  });
}

const windowKey = (w: KpiWindow) => `${w.from}|${w.to}|${w.extended}`;

export function useKpiPanel(kpi: Ref<Kpi>) {
  const store = useKpiStore();
  const catalog = useCatalogStore();
  const geo = useGeoStore();
  const theme = useTheme();
  const page = useDashboardPage();
  const { locale, text } = useLocale();

  const view = ref<'chart' | 'table'>(kpi.value.chart === 'table' ? 'table' : 'chart');
  const order = ref<'top' | 'bottom'>('top');
  const variant = ref<'stacked' | 'donut' | undefined>();
  const chosenDim = ref<BreakdownDim | undefined>();

  const def = computed(() => getPanel(kpi.value.chart));
  const scope = stable(() => scopeOf(kpi.value, page.filters.value), (s) => `${s.dim}|${s.member}|${s.fallback ?? ''}`);
  const window = stable(() => kpiWindow(page.range.value, kpi.value.period), windowKey);
  const previous = computed(() => previousWindow(window.value, kpi.value.period));
  /** Breakdowns a ranking can switch between (commune and agency, when the KPI has both). */
  const dims = computed(() => (['commune', 'agency'] as const).filter((d) => kpi.value.breakdowns.includes(d)));
  const dim = computed<BreakdownDim | undefined>(() => chosenDim.value ?? memberDim(kpi.value, scope.value));
  const needs = computed(() => def.value.needs(kpi.value, { scope: scope.value, dim: dim.value }));

  const requests = computed<Request[]>(() => {
    const k = kpi.value;
    const s = scope.value;
    const w = window.value;
    const seriesParams = (win: KpiWindow) => ({ kpiId: k.id, dim: s.dim, member: s.member, from: win.from, to: win.to });
    const list: Request[] = [{ role: 'series', method: 'kpi.series', params: seriesParams(w) }];
    const n = needs.value;
    if (n.previous) list.push({ role: 'previous', method: 'kpi.series', params: seriesParams(previous.value) });
    if (n.breakdown) list.push({ role: 'breakdown', method: 'kpi.breakdown', params: { kpiId: k.id, dim: n.breakdown, from: w.from, to: w.to } });
    if (n.matrix) list.push({ role: 'matrix', method: 'kpi.matrix', params: { kpiId: k.id, dim: n.matrix, from: w.from, to: w.to } });
    return list;
  });

  watch(
    () => requests.value.map((r) => callKey(r.method, r.params)).join('\n'),
    (_keys, _before, onCleanup) => {
      const offs = requests.value.map((r) => store.watchCall(r.method, r.params as never));
      onCleanup(() => offs.forEach((off) => off()));
    },
    { immediate: true },
  );
  watch(
    () => needs.value.breakdown === 'commune' || needs.value.matrix === 'commune' || scope.value.dim === 'commune',
    (communes) => communes && void geo.load(),
    { immediate: true },
  );

  // What the panel draws changes in one step: while any of its requests is on its way the previous data stays
  // on screen (another window, another filter, a refetch), so a refresh is one chart update, not one per part.
  // Plain (not reactive) on purpose: they only remember what `data` already returned.
  const held: PanelData = {};
  let shown: PanelData | undefined;
  const entries = computed(() => {
    const out: Partial<Record<Role, Entry<unknown>>> = {};
    for (const r of requests.value) out[r.role] = store.entry(r.method, r.params as never);
    return out;
  });
  const data = computed<PanelData>(() => {
    const pending = requests.value.some((r) => entries.value[r.role]?.loading);
    if (pending && shown) return shown;
    const next: Record<string, unknown> = {};
    for (const r of requests.value) {
      const fresh = entries.value[r.role]?.data;
      if (fresh) (held as Record<string, unknown>)[r.role] = fresh;
      next[r.role] = fresh ?? (held as Record<string, unknown>)[r.role] ?? null;
    }
    const same = shown && Object.keys(next).length === Object.keys(shown).length && Object.entries(next).every(([k, v]) => (shown as Record<string, unknown>)[k] === v);
    if (!same) shown = next as PanelData;
    return shown!;
  });
  const loading = computed(() => Object.values(entries.value).some((e) => e?.loading));
  const error = computed(() => Object.values(entries.value).find((e) => e?.error)?.error ?? null);

  const memberNames = computed<ReadonlyMap<string, string>>(() => {
    const d = needs.value.matrix ?? needs.value.breakdown ?? dim.value;
    if (d === 'commune') return geo.communeNames;
    if (d === 'agency') return new Map([...catalog.agencies].map(([key, a]) => [key, text(a.name)]));
    if (d === 'category') return new Map((kpi.value.categories ?? []).map((c) => [c.key, text(c.name)]));
    return new Map();
  });

  const ctx = computed<PanelContext>(() => ({
    kpi: kpi.value,
    locale: locale.value,
    dark: theme.current.value.dark,
    scope: scope.value,
    window: window.value,
    memberNames: memberNames.value,
    selected: scope.value.dim === 'total' ? undefined : scope.value.member,
    order: order.value,
    variant: variant.value,
    dim: needs.value.breakdown ?? needs.value.matrix ?? dim.value,
  }));

  const option = computed(() => (view.value === 'chart' ? def.value.transform(data.value, ctx.value) : null));
  const table = computed(() => (view.value === 'table' ? def.value.table(data.value, ctx.value) : null));
  const drawable = computed(() => (view.value === 'chart' ? option.value !== null : (table.value?.rows.length ?? 0) > 0));

  const status = computed(() =>
    panelStatus({
      needs: needs.value,
      data: data.value,
      scope: scope.value,
      window: window.value,
      provinceOnly: def.value.provinceOnly,
      loading: loading.value,
      failed: error.value !== null,
      drawable: drawable.value,
    }),
  );

  /** The figures the card states: the latest value of the scoped series, its threshold state, the window's roll-up. */
  const latest = computed(() => latestOf(kpi.value, data.value.series?.points));
  const severity = computed(() => (latest.value && thresholdsApplyHere(ctx.value) ? evaluateThresholds(kpi.value.thresholds, latest.value.v) : { severity: 'ok' as const }));
  const summary = computed(() => summarise(kpi.value, data.value.series?.points ?? [], needs.value.previous ? data.value.previous?.points : undefined));
  const provenance = computed<Provenance | null>(
    () => data.value.series?.provenance ?? data.value.breakdown?.provenance ?? data.value.matrix?.provenance ?? null,
  );

  function onChartClick(click: ChartClick) {
    const drill = def.value.drill?.(click, data.value, ctx.value);
    if (drill) page.drill(drill);
  }

  return {
    def,
    view,
    order,
    variant,
    chosenDim,
    dims,
    dim,
    scope,
    window,
    data,
    ctx,
    option,
    table,
    status,
    loading,
    error,
    latest,
    severity,
    summary,
    provenance,
    dark: computed(() => theme.current.value.dark),
    retry: () => store.refresh([kpi.value.id]),
    onChartClick,
  };
}
