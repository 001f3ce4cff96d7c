// Period reports for the People's Committee (Art. 4.10, 6.8): monthly, quarterly, yearly or any range, for
// the province or one agency, as XLSX or PDF; built in the background with progress events.
import { z } from 'zod';
import { noParams, type MethodSpec } from './common.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const reportPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year: z.number().int().min(2000).max(2100), month: z.number().int().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('year'), year: z.number().int().min(2000).max(2100) }).strict(),
  z.object({ kind: z.literal('range'), from: date, to: date }).strict(),
]);

export const reportJobSchema = z.object({
  id: z.string(),
  format: z.enum(['xlsx', 'pdf']),
  title: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0 to 1. */
  progress: z.number(),
  stage: z.string(),
  fileName: z.string().nullable(),
  bytes: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const reportMethods = {
  'reports.build': {
    params: z.object({ format: z.enum(['xlsx', 'pdf']), period: reportPeriodSchema, agencyKey: z.string().min(1).max(100).optional() }).strict(),
    result: reportJobSchema,
  },
  'reports.jobs': {
    params: noParams,
    result: z.object({ jobs: z.array(reportJobSchema) }),
  },
  'reports.download': {
    params: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    result: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const reportEvents = {
  'reports.progress': reportJobSchema,
} as const;

export type ReportPeriod = z.infer<typeof reportPeriodSchema>;
export type ReportJob = z.infer<typeof reportJobSchema>;
