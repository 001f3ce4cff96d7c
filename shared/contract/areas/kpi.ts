// KPI reads over the cache: series, breakdowns, latest values; and the event that new data landed.
import { z } from 'zod';
import { breakdownSchema, dimensionSchema, latestValueSchema, seriesSchema } from '../model.js';
import { isoDateTime, kpiId, type MethodSpec } from './common.js';

export const kpiMethods = {
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
} as const satisfies Record<string, MethodSpec>;

export const kpiEvents = {
  /** New observations were stored for these KPIs. */
  'data.changed': z.object({ kpiIds: z.array(z.string()) }),
} as const;
