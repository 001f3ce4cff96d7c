// Builds period reports in the background, one at a time, telling progress as it goes; finished files are
// kept in the data folder (reports/) for download.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { ReportJob, ReportPeriod } from '../../../shared/contract/areas/reports.js';
import { formatLocal } from '../../../shared/model/period-math.js';
import { gatherReportData, type ReportSources } from './report-data.js';
import { periodBounds } from './report-period.js';
import { buildPdf } from './pdf-report.js';
import { buildXlsx } from './xlsx-report.js';

export const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;
const KEEP_JOBS = 50;

export interface JobRequest {
  format: 'xlsx' | 'pdf';
  period: ReportPeriod;
  agencyKey?: string;
}

export class ReportJobs {
  private readonly jobs = new Map<string, ReportJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly sources: () => ReportSources,
    /** The agency's name, or null when it is not in the directory. */
    private readonly agencyName: (key: string) => Promise<string | null>,
    private readonly onProgress: (job: ReportJob) => void,
  ) {}

  list(): ReportJob[] {
    return [...this.jobs.values()].reverse();
  }

  async start(req: JobRequest): Promise<ReportJob> {
    const bounds = periodBounds(req.period);
    const agency = req.agencyKey ? await this.agencyName(req.agencyKey) : null;
    if (req.agencyKey && !agency) throw new EngineError('invalid-params', `${req.agencyKey} is not in the directory`, ['agencyKey']);
    const now = this.sources().now;
    const job: ReportJob = {
      id: randomUUID(),
      format: req.format,
      title: `Báo cáo phản ánh hiện trường ${bounds.label} — ${agency ?? 'Toàn tỉnh'}`,
      state: 'queued',
      progress: 0,
      stage: 'queued',
      fileName: null,
      bytes: null,
      error: null,
      createdAt: formatLocal(now.getTime()),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEEP_JOBS))) this.jobs.delete(old);
    const fileName = `bao-cao-phan-anh-${req.agencyKey ?? 'toan-tinh'}-${bounds.slug}.${req.format}`;
    this.queue = this.queue.then(() => this.run(job, req, bounds, fileName));
    return { ...job };
  }

  /** Waits for every queued job (tests, closing). */
  idle(): Promise<void> {
    return this.queue;
  }

  private update(job: ReportJob, patch: Partial<ReportJob>) {
    Object.assign(job, patch);
    this.onProgress({ ...job });
  }

  private async run(job: ReportJob, req: JobRequest, bounds: ReturnType<typeof periodBounds>, fileName: string) {
    const steps = ['summary', 'agencies', 'categories', 'overdue'];
    try {
      this.update(job, { state: 'running', stage: 'data', progress: 0.02 });
      const src = this.sources();
      const data = await gatherReportData(src, bounds, req.agencyKey ?? null, (stage) => this.update(job, { stage, progress: 0.05 + (0.45 * (steps.indexOf(stage) + 1)) / steps.length }));
      const render = req.format === 'xlsx' ? buildXlsx : buildPdf;
      const buffer = await render(data, (part) => this.update(job, { stage: 'render', progress: 0.5 + part * 0.45 }));
      await mkdir(this.dir, { recursive: true });
      await writeFile(join(this.dir, `${job.id}.${req.format}`), buffer);
      this.update(job, { state: 'done', stage: 'done', progress: 1, fileName, bytes: buffer.length, finishedAt: formatLocal(this.sources().now.getTime()) });
    } catch (error) {
      this.update(job, { state: 'failed', stage: 'failed', error: (error as Error).message, finishedAt: formatLocal(this.sources().now.getTime()) });
    }
  }

  async download(jobId: string): Promise<{ fileName: string; mimeType: string; base64: string }> {
    const job = this.jobs.get(jobId);
    if (!job) throw new EngineError('not-found', `no report job ${jobId}`);
    if (job.state !== 'done' || !job.fileName) throw new EngineError('unavailable', `the report is ${job.state}`);
    const body = await readFile(join(this.dir, `${job.id}.${job.format}`));
    return { fileName: job.fileName, mimeType: MIME[job.format], base64: body.toString('base64') };
  }
}
