// Field reports as an engine module: the sink connectors deliver to, the provincial feed pull, the queues,
// the workflow's transitions, scorecards, map points, escalation notices, the directory and the calendar.
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { createReportsModule } from '../reports/reports-module.js';
import { resolveToken } from '../sync/sync-module.js';
import { UpstreamClient } from '../sync/upstream-client.js';
import { actorOf, visibleAgency } from './actor.js';
import { directoryHandlers } from './directory-handlers.js';
import { listNotices, markNoticesRead } from './escalation/escalation-runner.js';
import { FeedRunner } from './feed-runner.js';
import type { IdentitySealer } from './identity/identity-sealer.js';
import { sealerFromBox } from './identity/sealed-box-sealer.js';
import { reportDetail } from './report-detail.js';
import { countReports, listReports, mapPoints } from './report-queries.js';
import { scorecards, scorePeriod } from './scorecards/scorecards.js';
import { trend } from './scorecards/trend.js';
import { applyTransition } from './transitions.js';
import { wallReadHandlers } from './wall-reads.js';
import { WorkflowContext } from './workflow-context.js';

type Methods =
  | 'fieldReports.list'
  | 'fieldReports.get'
  | 'fieldReports.transition'
  | 'fieldReports.counts'
  | 'fieldReports.scorecards'
  | 'fieldReports.trend'
  | 'fieldReports.mapPoints'
  | 'fieldReports.categories'
  | 'fieldReports.notices'
  | 'fieldReports.markNoticesRead';


export interface WorkflowModule extends EngineModule {
  /** For the lead: the sink the Open311 connector delivers to. */
  context: WorkflowContext;
}

export async function createFieldReportsModule(ctx: EngineContext, sealer: IdentitySealer = sealerFromBox(ctx.sealedBox)): Promise<WorkflowModule> {
  const w = new WorkflowContext(ctx, sealer);
  // Every connector that brings field reports (Open311 …) delivers them here, unless the host gave its own sink.
  if (ctx.options.fieldReportSink === undefined) ctx.sinks.fieldReports = w.sink;
  ctx.sinks.agencyDirectory = { has: async (key) => (await ctx.db.get('SELECT 1 FROM fr_agencies WHERE key = ?', [key])) !== undefined };
  await w.reloadCalendar();
  const changed = (ids: number[], count = ids.length) => ctx.hub.emit('fieldReports.changed', { ids: ids.slice(0, 1000), count });
  const runner = new FeedRunner(
    w,
    new UpstreamClient({ baseUrl: ctx.options.upstreamUrl, token: await resolveToken(ctx) }),
    (count) => changed([], count),
    (notice) => ctx.hub.emit('fieldReports.notice', notice),
  );
  const transitionDeps = {
    db: ctx.db,
    calendar: () => w.calendar(),
    categories: w.categories,
    now: ctx.now,
    communes: () => w.communeCodes(),
    outbound: (sourceId: string) => ctx.sinks.outboundSources.has(sourceId),
  };

  const handlers: HandlersFor<Methods> = {
    'fieldReports.list': async (p, caller) => {
      const agencyKey = visibleAgency(actorOf(caller), p.agencyKey);
      const nowIso = w.nowIso();
      return { ...(await listReports(ctx.db, { ...p, agencyKey }, nowIso)), asOf: nowIso };
    },
    'fieldReports.get': (p, caller) => reportDetail(w, p.id, actorOf(caller)),
    'fieldReports.transition': async (p, caller) => {
      const actor = actorOf(caller);
      const { applied } = await applyTransition(transitionDeps, p, actor);
      if (applied) {
        await ctx.audit.record(caller, 'field-report.transition', String(p.id), { action: p.action });
        changed([p.id]);
        void runner.escalate();
      }
      return { applied, report: await reportDetail(w, p.id, actor) };
    },
    'fieldReports.counts': async (p, caller) => {
      const nowIso = w.nowIso();
      return { ...(await countReports(ctx.db, visibleAgency(actorOf(caller), p.agencyKey), nowIso)), asOf: nowIso };
    },
    'fieldReports.scorecards': async (p) => {
      const period = scorePeriod(p.from, p.to, ctx.now());
      const [rows, [total]] = await Promise.all([scorecards(ctx.db, p.groupBy, period), scorecards(ctx.db, 'province', period)]);
      return { groupBy: p.groupBy, ...period, total: total!, rows, provenance: await w.provenance() };
    },
    'fieldReports.trend': async (p) => ({ points: await trend(ctx.db, p.scope, p.key, p.months, ctx.now()), provenance: await w.provenance() }),
    'fieldReports.mapPoints': async (p) => ({ ...(await mapPoints(ctx.db, p, w.nowIso())), provenance: await w.provenance() }),
    'fieldReports.categories': async () => ({
      categories: w.categories.categories.map((c) => ({ key: c.key, name: c.name, handlingDays: c.handlingDays, defaultHandler: c.defaultHandler })),
      policy: w.policy,
    }),
    'fieldReports.notices': (p) => listNotices(ctx.db, p.limit, p.unreadOnly),
    'fieldReports.markNoticesRead': async (p) => ({ updated: await markNoticesRead(ctx.db, p.ids, w.nowIso()) }),
  };
  // Period reports live in their own folder (electron/core/reports) but read this module's context.
  const reports = createReportsModule(ctx, w);
  return {
    name: 'field-reports',
    context: w,
    handlers: { ...handlers, ...directoryHandlers(w), ...wallReadHandlers(w), ...reports.handlers },
    start: async () => runner.start(),
    close: async () => {
      await runner.close();
      await reports.close?.();
    },
  };
}
