// The domain page's filters as the panels see them: read from the URL query, written back to it, and the
// drill-downs that narrow the page (pushed on the history, so "back" undoes them).
import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useConnectionStore } from '../stores/connection.js';
import { applyDrill, DEFAULT_PRESET, filtersToQuery, parseFilters, rangeOf, type Drill, type FilterProblem, type PageFilters, type TimeRange } from './page-filters.js';

export interface DashboardPage {
  filters: ComputedRef<PageFilters>;
  problems: ComputedRef<FilterProblem[]>;
  range: ComputedRef<TimeRange>;
  /** Changes filters in place (the history entry is replaced). */
  set(patch: Partial<PageFilters>): void;
  /** Narrows the page (a new history entry: "back" returns to the wider view). */
  drill(d: Drill): void;
  canGoBack: ComputedRef<boolean>;
  back(): void;
}

const KEY: InjectionKey<DashboardPage> = Symbol('dashboard-page');

/** Keys of the query that belong to the page, not to the filters (kept when filters change). */
const PAGE_KEYS = ['focus'];

export function provideDashboardPage(): DashboardPage {
  const route = useRoute();
  const router = useRouter();
  const connection = useConnectionStore();
  const parsed = computed(() => parseFilters(route.query));
  const filters = computed(() => parsed.value.filters);
  const toQuery = (f: PageFilters) => filtersToQuery(f);

  const page: DashboardPage = {
    filters,
    problems: computed(() => parsed.value.problems),
    range: computed(() => rangeOf(filters.value, connection.now.getTime())),
    set(patch) {
      const next: PageFilters = { ...filters.value, ...patch };
      if (patch.commune) delete next.agency;
      if (patch.agency) delete next.commune;
      if (next.period !== 'custom') {
        delete next.from;
        delete next.to;
      }
      const kept = Object.fromEntries(PAGE_KEYS.flatMap((k) => (route.query[k] ? [[k, route.query[k]]] : [])));
      void router.replace({ query: { ...kept, ...toQuery(next) } });
    },
    drill(d) {
      void router.push({ query: toQuery(applyDrill(filters.value, d)) });
    },
    canGoBack: computed(() => {
      void route.fullPath;
      const back = (window.history.state as { back?: unknown } | null)?.back;
      return typeof back === 'string' && back.split('?')[0] === route.path;
    }),
    back: () => router.back(),
  };
  provide(KEY, page);
  return page;
}

const FIXED = computed<PageFilters>(() => ({ period: DEFAULT_PRESET }));

/** The page's filters; outside a domain page (a wall scene, a briefing) the province over the default range. */
export function useDashboardPage(): DashboardPage {
  const page = inject(KEY, null);
  if (page) return page;
  const connection = useConnectionStore();
  return {
    filters: FIXED,
    problems: computed(() => []),
    range: computed(() => rangeOf(FIXED.value, connection.now.getTime())),
    set: () => undefined,
    drill: () => undefined,
    canGoBack: computed(() => false),
    back: () => undefined,
  };
}
