// The catalog schema: domains, KPIs and agencies are data, validated when loaded (DESIGN.md invariant 5).
import { z } from 'zod';

export const localizedTextSchema = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});

export const periodSchema = z.enum(['hourly', 'daily', 'monthly', 'quarterly']);

export const chartKindSchema = z.enum([
  'timeseries',
  'bar-ranking',
  'stat',
  'gauge',
  'composition',
  'heatmap',
  'table',
]);

export const unitSchema = z.enum([
  'count',
  'percent',
  'billion-vnd',
  'million-usd',
  'index',
  'points',
  'hours',
  'days',
  'minutes',
  'mm',
  'm',
  'ug-m3',
  'level',
  'tonnes',
  /** Farm-gate / market prices, e.g. coffee beans in đồng/kg. */
  'vnd-per-kg',
]);

export const severitySchema = z.enum(['info', 'warning', 'critical']);

export const thresholdSchema = z.object({
  op: z.enum(['>', '>=', '<', '<=']),
  value: z.number(),
  severity: severitySchema,
  label: localizedTextSchema,
});

export const breakdownSchema = z.enum(['commune', 'agency', 'category']);

export const categorySchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
});

const kpiIdPattern = /^[a-z0-9-]+\.[a-z0-9-]+$/;

export const kpiSchema = z
  .object({
    /** `<domain>.<kpi>`, stable: it is the key of stored observations and of URLs. */
    id: z.string().regex(kpiIdPattern, 'KPI id must look like "domain.kpi-name"'),
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    unit: unitSchema,
    period: periodSchema,
    /** Key of the source agency in the agency list. */
    agency: z.string().min(1),
    breakdowns: z.array(breakdownSchema),
    /** How values roll up across communes and across periods. */
    aggregate: z.enum(['sum', 'mean', 'max', 'last']),
    direction: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
    thresholds: z.array(thresholdSchema),
    chart: chartKindSchema,
    /** Plausible range of a province-level value; values outside it are rejected at sync. */
    range: z.tuple([z.number(), z.number()]),
    target: z.number().optional(),
    categories: z.array(categorySchema).optional(),
    headline: z.boolean().optional(),
  })
  .refine((k) => k.range[0] < k.range[1], { message: 'range must be [min, max] with min < max', path: ['range'] })
  .refine((k) => !k.breakdowns.includes('category') || (k.categories?.length ?? 0) > 0, {
    message: 'a KPI broken down by category must list its categories',
    path: ['categories'],
  });

export const domainSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
  shortName: localizedTextSchema,
  /** Material Design Icons name, e.g. "mdi-hospital-building". */
  icon: z.string().regex(/^mdi-[a-z0-9-]+$/),
  kpis: z.array(kpiSchema).min(1),
});

export const agencySchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
  kind: z.enum(['department', 'police', 'commune', 'public-service', 'central']),
});

export const catalogSchema = z.object({
  agencies: z.array(agencySchema).min(1),
  domains: z.array(domainSchema).min(1),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Period = z.infer<typeof periodSchema>;
export type ChartKind = z.infer<typeof chartKindSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type Breakdown = z.infer<typeof breakdownSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
