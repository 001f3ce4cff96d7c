// KPI reads as a module: series, breakdowns, matrices, latest values and breaches, always from the cache.
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { BreachWatch } from './breaches.js';
import { KpiQueries } from './kpi-queries.js';

export function createKpiModule(ctx: EngineContext): EngineModule {
  const queries = new KpiQueries(ctx.db, ctx.catalog, PROVINCIAL_SOURCE.name, ctx.now);
  const breaches = new BreachWatch(ctx.db, ctx.catalog, (kpi) => queries.provenance(kpi), ctx.now);
  // New observations make the cached recent values of those KPIs stale.
  const unsubscribe = ctx.hub.subscribe((message) => {
    if (message.type !== 'event' || message.event !== 'data.changed') return;
    const { kpiIds } = message.payload as { kpiIds: string[] };
    queries.invalidate(kpiIds);
    breaches.invalidate(kpiIds);
  });
  const handlers: HandlersFor<'kpi.series' | 'kpi.breakdown' | 'kpi.matrix' | 'kpi.latest' | 'kpi.breaches'> = {
    'kpi.series': (p) => queries.series(p),
    'kpi.breakdown': (p) => queries.breakdown(p),
    'kpi.matrix': (p) => queries.matrix(p),
    'kpi.latest': async (p) => ({ values: await queries.latest(p.kpiIds) }),
    'kpi.breaches': () => breaches.evaluate(),
  };
  return { name: 'kpi', handlers, close: async () => unsubscribe() };
}
