// Period reports as an engine module: it reads the workflow's figures through the same scorecard queries.
import { join } from 'node:path';
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import type { WorkflowContext } from '../workflow/workflow-context.js';
import { ReportJobs } from './report-jobs.js';

export function createReportsModule(ctx: EngineContext, w: WorkflowContext): EngineModule & { jobs: ReportJobs } {
  const jobs = new ReportJobs(
    join(ctx.options.dataDir, 'reports'),
    () => ({ db: ctx.db, now: ctx.now(), calendar: w.calendar(), categoryName: (key) => w.categories.get(key)?.name.vi ?? key }),
    async (key) => (await ctx.db.get<{ name_vi: string }>('SELECT name_vi FROM fr_agencies WHERE key = ?', [key]))?.name_vi ?? null,
    (job) => ctx.hub.emit('reports.progress', job),
  );
  const handlers: HandlersFor<'reports.build' | 'reports.jobs' | 'reports.download'> = {
    'reports.build': (p) => jobs.start(p),
    'reports.jobs': async () => ({ jobs: jobs.list() }),
    'reports.download': async (p, caller) => {
      const file = await jobs.download(p.jobId);
      // Exports are audited (Art. 10.3): who took which report, when.
      await ctx.audit.record(caller, 'export.period-report', p.jobId, {});
      return file;
    },
  };
  return { name: 'reports', handlers, jobs, close: () => jobs.idle() };
}
