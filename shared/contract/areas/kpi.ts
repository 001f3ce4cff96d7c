// KPI reads over the cache: series, breakdowns (one period or a range), member × period matrices, latest
// values, the KPIs currently in breach; and the event that new data landed.
import { z } from 'zod';
import { severitySchema, thresholdSchema } from '../../catalog/schema.js';
import { breakdownSchema, dimensionSchema, latestValueSchema, provenanceSchema, seriesSchema } from '../model.js';
import { isoDateTime, kpiId, noParams, type MethodSpec } from './common.js';

const breakdownDim = z.enum(['commune', 'agency', 'category']);
const memberKey = z.string().max(64);

/**
 * How complete the data of a window is: how many periods should have been published by now, how many
 * the cache holds, how many records the sync rejected for this stream, and the span the cache holds at all
 * (breakdowns are kept for a shorter time than province totals).
 */
export const coverageSchema = z.object({
  from: z.string(),
  to: z.string(),
  expected: z.number().int().nonnegative(),
  present: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
});

export const kpiSeriesSchema = seriesSchema.extend({ coverage: coverageSchema });

export const rangeBreakdownSchema = breakdownSchema.extend({
  /** Set when the values aggregate a range of periods with the KPI's aggregate (sum, mean, max, last). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** How many periods went into the values (1 for a single period). */
  periods: z.number().int().nonnegative(),
  coverage: coverageSchema.nullable(),
});

export const matrixSchema = z.object({
  kpiId: z.string(),
  dim: breakdownDim,
  /** Period starts, oldest first. */
  periods: z.array(z.string()),
  members: z.array(z.string()),
  /** values[m][p]: member m in period p, null where the cache has nothing. */
  values: z.array(z.array(z.number().nullable())),
  coverage: coverageSchema,
  provenance: provenanceSchema,
});

export const breachSchema = z.object({
  kpiId: z.string(),
  domain: z.string(),
  severity: severitySchema.extract(['warning', 'critical']),
  value: z.number(),
  threshold: thresholdSchema,
  /** The latest period, whose value crosses the threshold. */
  periodStart: z.string(),
  /** The first period of the current unbroken run of periods in breach. */
  since: z.string(),
  provenance: provenanceSchema,
});

export const kpiMethods = {
  'kpi.series': {
    params: z
      .object({
        kpiId,
        dim: dimensionSchema.default('total'),
        member: memberKey.default(''),
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
      })
      .strict(),
    result: kpiSeriesSchema,
  },
  'kpi.breakdown': {
    params: z
      .object({
        kpiId,
        dim: breakdownDim,
        /** One period; without it (and without a range) the latest period with data. */
        periodStart: isoDateTime.optional(),
        /** A range [from, to) of periods, aggregated per member with the KPI's aggregate. */
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
      })
      .strict()
      .refine((p) => !(p.periodStart && (p.from || p.to)), { message: 'give either periodStart or a from/to range, not both' }),
    result: rangeBreakdownSchema,
  },
  'kpi.matrix': {
    params: z
      .object({
        kpiId,
        dim: breakdownDim,
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
        /** Only these members (all when absent). */
        members: z.array(memberKey).max(200).optional(),
      })
      .strict(),
    result: matrixSchema,
  },
  'kpi.latest': {
    params: z.object({ kpiIds: z.array(kpiId).max(500) }).strict(),
    result: z.object({ values: z.array(latestValueSchema) }),
  },
  'kpi.breaches': {
    params: noParams,
    result: z.object({ evaluatedAt: z.string(), breaches: z.array(breachSchema) }),
  },
} as const satisfies Record<string, MethodSpec>;

export const kpiEvents = {
  /** New observations were stored for these KPIs. */
  'data.changed': z.object({ kpiIds: z.array(z.string()) }),
} as const;

export type Coverage = z.infer<typeof coverageSchema>;
export type KpiSeries = z.infer<typeof kpiSeriesSchema>;
export type RangeBreakdown = z.infer<typeof rangeBreakdownSchema>;
export type Matrix = z.infer<typeof matrixSchema>;
export type Breach = z.infer<typeof breachSchema>;
