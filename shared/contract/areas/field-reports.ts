// Field reports (Art. 2.8–2.9, 4.3–4.5, 6.7): the queues, one report with its timeline, the workflow's
// transitions, scorecards and trends (also for the domain panels), points for the map layer, escalation notices.
import { z } from 'zod';
import { reportChannelSchema } from '../../model/field-report-inbound.js';
import { REPORT_ACTIONS, REPORT_STATES, SATISFACTION_LEVELS, TRIAGE_FLAGS, TRIAGE_VERDICTS } from '../../model/field-report-workflow.js';
import { provenanceSchema } from '../model.js';
import { isoDateTime, noParams, type MethodSpec } from './common.js';

export const reportStateSchema = z.enum(REPORT_STATES);
export const reportActionSchema = z.enum(REPORT_ACTIONS);
export const triageFlagSchema = z.enum(TRIAGE_FLAGS);
export const satisfactionSchema = z.enum(SATISFACTION_LEVELS);
const key = z.string().min(1).max(100);
const reportId = z.number().int().positive();

export const reportSummarySchema = z.object({
  id: z.number().int(),
  sourceId: z.string(),
  externalId: z.string(),
  category: z.string().nullable(),
  description: z.string(),
  communeCode: z.string().nullable(),
  channel: reportChannelSchema,
  reportedAt: z.string(),
  state: reportStateSchema,
  agencyKey: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** Open at an agency past its deadline. */
  overdue: z.boolean(),
  flags: z.array(triageFlagSchema),
  satisfaction: satisfactionSchema.nullable(),
});

export const reportEventSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string(), agencyKey: z.string().nullable() }),
  at: z.string(),
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const reportDetailSchema = reportSummarySchema.extend({
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  address: z.string().nullable(),
  mediaUrls: z.array(z.string()),
  upstreamCategory: z.string(),
  upstreamStatus: z.string(),
  statusNotes: z.string().nullable(),
  agencyResponsibleUpstream: z.string().nullable(),
  flagDetails: z.array(z.object({ flag: triageFlagSchema, detail: z.string() })),
  verdict: z.string().nullable(),
  duplicateOf: z.number().int().nullable(),
  forwardedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  resultNote: z.string().nullable(),
  ratedAt: z.string().nullable(),
  /** Whether a sealed identity is stored; the identity itself never crosses the contract (Art. 6.9). */
  hasReporterIdentity: z.boolean(),
  events: z.array(reportEventSchema),
  allowedActions: z.array(reportActionSchema),
  /** The agency the category routes to by default, for the forward dialog. */
  suggestedAgency: z.string().nullable(),
  /** The commune's boundary for the location map, GeoJSON geometry. */
  communeBoundary: z.object({ type: z.string(), coordinates: z.unknown() }).nullable(),
});

export const reportListParamsSchema = z
  .object({
    states: z.array(reportStateSchema).max(REPORT_STATES.length).optional(),
    category: key.optional(),
    agencyKey: key.optional(),
    communeCode: z.string().max(20).optional(),
    overdue: z.boolean().optional(),
    flagged: z.boolean().optional(),
    search: z.string().max(100).optional(),
    sort: z.enum(['reported-desc', 'reported-asc', 'due-asc']).default('reported-desc'),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const note = z.string().trim().max(2000).optional();
const idempotencyKey = z.string().min(8).max(100);
const base = { id: reportId, idempotencyKey, note };

export const transitionParamsSchema = z.discriminatedUnion('action', [
  z.object({ ...base, action: z.literal('triage'), verdict: z.enum(TRIAGE_VERDICTS), category: key.optional(), communeCode: z.string().max(20).optional() }).strict(),
  z.object({ ...base, action: z.literal('mark-duplicate'), duplicateOf: reportId }).strict(),
  z.object({ ...base, action: z.literal('forward'), agencyKey: key }).strict(),
  z.object({ ...base, action: z.literal('acknowledge') }).strict(),
  z.object({ ...base, action: z.literal('start') }).strict(),
  z.object({ ...base, action: z.literal('return'), note: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ ...base, action: z.literal('resolve'), note: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ ...base, action: z.literal('request-rework'), note: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ ...base, action: z.literal('publish') }).strict(),
  z.object({ ...base, action: z.literal('close') }).strict(),
  z.object({ ...base, action: z.literal('reopen'), note: z.string().trim().min(1).max(2000) }).strict(),
  z.object({ ...base, action: z.literal('rate'), satisfaction: satisfactionSchema }).strict(),
]);

export const scoreRowSchema = z.object({
  key: z.string(),
  received: z.number().int(),
  handled: z.number().int(),
  onTime: z.number().int(),
  handledLate: z.number().int(),
  open: z.number().int(),
  openOverdue: z.number().int(),
  /** Handled late plus open past the deadline: an item left open past its deadline is late, not pending. */
  late: z.number().int(),
  /** onTime / (handled + openOverdue), percent; null when nothing was due. */
  onTimeRate: z.number().nullable(),
  avgHandlingHours: z.number().nullable(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  satisfactionRate: z.number().nullable(),
  rank: z.number().int().nullable(),
});

export const scorecardGroupSchema = z.enum(['agency', 'commune', 'category']);
const periodParams = { from: isoDateTime, to: isoDateTime };

export const scorecardResultSchema = z.object({
  groupBy: scorecardGroupSchema,
  from: z.string(),
  to: z.string(),
  /** The moment the open and overdue counts are taken: the end of the period, or now when sooner. */
  asOf: z.string(),
  total: scoreRowSchema,
  rows: z.array(scoreRowSchema),
  provenance: provenanceSchema,
});

export const noticeStageSchema = z.enum(['reminder', 'urge', 'escalate']);

export const workflowNoticeSchema = z.object({
  id: z.number().int(),
  reportId: z.number().int(),
  stage: noticeStageSchema,
  dueAt: z.string(),
  agencyKey: z.string().nullable(),
  recipients: z.array(z.object({ role: z.enum(['focal', 'leader', 'ioc-supervisors']), name: z.string().nullable() })),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  category: z.string().nullable(),
  description: z.string(),
});

export const fieldReportMethods = {
  'fieldReports.list': {
    params: reportListParamsSchema,
    result: z.object({ items: z.array(reportSummarySchema), total: z.number().int(), asOf: z.string() }),
  },
  'fieldReports.get': {
    params: z.object({ id: reportId }).strict(),
    result: reportDetailSchema,
  },
  'fieldReports.transition': {
    params: transitionParamsSchema,
    /** `applied` is false when the same idempotency key was applied before (a retry): nothing changed twice. */
    result: z.object({ applied: z.boolean(), report: reportDetailSchema }),
  },
  'fieldReports.counts': {
    params: z.object({ agencyKey: key.optional() }).strict(),
    result: z.object({ byState: z.record(z.string(), z.number().int()), overdue: z.number().int(), flagged: z.number().int(), asOf: z.string() }),
  },
  'fieldReports.scorecards': {
    params: z.object({ groupBy: scorecardGroupSchema, ...periodParams }).strict(),
    result: scorecardResultSchema,
  },
  'fieldReports.trend': {
    params: z.object({ scope: z.enum(['province', 'agency', 'commune']), key: key.optional(), months: z.number().int().min(1).max(36).default(12) }).strict(),
    result: z.object({ points: z.array(scoreRowSchema.extend({ periodStart: z.string() })), provenance: provenanceSchema }),
  },
  'fieldReports.mapPoints': {
    params: z.object({ states: z.array(reportStateSchema).optional(), overdueOnly: z.boolean().default(false), from: isoDateTime.optional(), limit: z.number().int().min(1).max(50_000).default(20_000) }).strict(),
    result: z.object({
      points: z.array(z.object({ id: z.number().int(), lat: z.number(), lon: z.number(), state: reportStateSchema, overdue: z.boolean(), category: z.string().nullable(), communeCode: z.string().nullable() })),
      truncated: z.boolean(),
      provenance: provenanceSchema,
    }),
  },
  'fieldReports.categories': {
    params: noParams,
    result: z.object({
      categories: z.array(z.object({ key: z.string(), name: z.object({ vi: z.string(), en: z.string() }), handlingDays: z.number().int(), defaultHandler: z.string().nullable() })),
      policy: z.object({ remindBeforeWorkingDays: z.number().int(), escalateAfterWorkingDays: z.number().int() }),
    }),
  },
  'fieldReports.notices': {
    params: z.object({ limit: z.number().int().min(1).max(500).default(100), unreadOnly: z.boolean().default(false) }).strict(),
    result: z.object({ items: z.array(workflowNoticeSchema), unread: z.number().int() }),
  },
  'fieldReports.markNoticesRead': {
    params: z.object({ ids: z.array(z.number().int()).max(500) }).strict(),
    result: z.object({ updated: z.number().int() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const fieldReportEvents = {
  /** Reports changed (ingest, transitions); clients reload what they show. */
  'fieldReports.changed': z.object({ ids: z.array(z.number().int()).max(1000), count: z.number().int() }),
  /** A new reminder, urging notice or escalation. */
  'fieldReports.notice': workflowNoticeSchema,
} as const;

export type ReportSummary = z.infer<typeof reportSummarySchema>;
export type ReportDetail = z.infer<typeof reportDetailSchema>;
export type ReportEvent = z.infer<typeof reportEventSchema>;
export type ReportListParams = z.output<typeof reportListParamsSchema>;
export type TransitionParams = z.output<typeof transitionParamsSchema>;
export type ScoreRow = z.infer<typeof scoreRowSchema>;
export type ScorecardResult = z.infer<typeof scorecardResultSchema>;
export type WorkflowNotice = z.infer<typeof workflowNoticeSchema>;
