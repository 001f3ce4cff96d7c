// Warnings as a module: the alerts received over CAP, for the overview and the map (alerts.list); the
// alerts.changed event is sent by the CAP connector when new ones land.
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { listAlerts, newestAlertTime } from './cap/cap-store.js';

export function createAlertsModule(ctx: EngineContext): EngineModule {
  const handlers: HandlersFor<'alerts.list'> = {
    'alerts.list': async (p) => ({
      alerts: await listAlerts(ctx.db, ctx.now(), { includeInactive: p.includeInactive, limit: p.limit, ...(p.kind ? { kind: p.kind } : {}) }),
      asOf: await newestAlertTime(ctx.db),
    }),
  };
  return { name: 'alerts', handlers };
}
