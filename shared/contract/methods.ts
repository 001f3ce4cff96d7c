// Every call the UI can make and every event it can receive, declared once (DESIGN.md invariant 2).
import { z } from 'zod';
import { catalogSchema } from '../catalog/schema.js';
import {
  breakdownSchema,
  communeSchema,
  dimensionSchema,
  latestValueSchema,
  noticeSchema,
  seriesSchema,
  sourceStatusSchema,
} from './model.js';

const isoDateTime = z.iso.datetime({ offset: true });
const kpiId = z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'expected a KPI id such as "health.bed-occupancy"');

export const methods = {
  'system.hello': {
    params: z.object({}).strict(),
    result: z.object({
      version: z.string(),
      now: z.string(),
      timeZone: z.string(),
      dataDir: z.string(),
      notices: z.array(noticeSchema),
    }),
  },
  'catalog.get': {
    params: z.object({}).strict(),
    result: catalogSchema,
  },
  'geo.communes': {
    params: z.object({}).strict(),
    result: z.object({ communes: z.array(communeSchema), asOf: z.string().nullable() }),
  },
  'kpi.series': {
    params: z
      .object({
        kpiId,
        dim: dimensionSchema.default('total'),
        member: z.string().max(64).default(''),
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
      })
      .strict(),
    result: seriesSchema,
  },
  'kpi.breakdown': {
    params: z
      .object({
        kpiId,
        dim: z.enum(['commune', 'agency', 'category']),
        periodStart: isoDateTime.optional(),
      })
      .strict(),
    result: breakdownSchema,
  },
  'kpi.latest': {
    params: z.object({ kpiIds: z.array(kpiId).max(500) }).strict(),
    result: z.object({ values: z.array(latestValueSchema) }),
  },
  'sync.status': {
    params: z.object({}).strict(),
    result: z.object({ online: z.boolean(), sources: z.array(sourceStatusSchema) }),
  },
  'sync.now': {
    params: z.object({ sourceId: z.string().optional() }).strict(),
    result: z.object({ started: z.boolean() }),
  },
} as const;

export const events = {
  /** The sync state of one or more sources changed. */
  'sync.status': z.object({ online: z.boolean(), sources: z.array(sourceStatusSchema) }),
  /** New observations were stored for these KPIs. */
  'data.changed': z.object({ kpiIds: z.array(z.string()) }),
  /** Something the operator should know (cache rebuilt, source offline …). */
  'engine.notice': noticeSchema,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ParamsInput<M extends MethodName> = z.input<Methods[M]['params']>;
export type Params<M extends MethodName> = z.output<Methods[M]['params']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
