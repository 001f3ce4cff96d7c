// KPI reads as a module: series, breakdowns and latest values, always from the cache.
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { KpiQueries } from './kpi-queries.js';

export function createKpiModule(ctx: EngineContext): EngineModule {
  const queries = new KpiQueries(ctx.db, ctx.catalog, PROVINCIAL_SOURCE.name, ctx.now);
  const handlers: HandlersFor<'kpi.series' | 'kpi.breakdown' | 'kpi.latest'> = {
    'kpi.series': (p) => queries.series(p),
    'kpi.breakdown': (p) => queries.breakdown(p),
    'kpi.latest': async (p) => ({ values: await queries.latest(p.kpiIds) }),
  };
  return { name: 'kpi', handlers };
}
