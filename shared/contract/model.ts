// Data shapes that cross the contract: observations, provenance, sync status, geography.
import { z } from 'zod';

export const freshnessSchema = z.enum(['fresh', 'stale', 'missing']);

/** Where a figure comes from and how old it is. No figure is shown without it (DESIGN.md invariant 6). */
export const provenanceSchema = z.object({
  agency: z.string(),
  source: z.string(),
  /** ISO time of the newest observation's publication upstream, null when nothing is cached. */
  asOf: z.string().nullable(),
  /** ISO time the engine last stored data for this KPI. */
  syncedAt: z.string().nullable(),
  freshness: freshnessSchema,
});

export const dimensionSchema = z.enum(['total', 'commune', 'agency', 'category']);

export const pointSchema = z.object({
  /** Period start, ISO 8601 with the +07:00 offset. */
  t: z.string(),
  v: z.number(),
});

export const seriesSchema = z.object({
  kpiId: z.string(),
  dim: dimensionSchema,
  member: z.string(),
  points: z.array(pointSchema),
  provenance: provenanceSchema,
});

export const breakdownItemSchema = z.object({ member: z.string(), v: z.number() });

export const breakdownSchema = z.object({
  kpiId: z.string(),
  dim: dimensionSchema,
  /** The period the values belong to (the latest one with data unless asked). */
  periodStart: z.string().nullable(),
  items: z.array(breakdownItemSchema),
  provenance: provenanceSchema,
});

export const latestValueSchema = z.object({
  kpiId: z.string(),
  periodStart: z.string().nullable(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  provenance: provenanceSchema,
});

// The sync area owns the source status shape (areas/sync-model.ts); re-exported here for older imports.
export { sourceStateSchema, sourceStatusSchema } from './areas/sync-model.js';

export const communeSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  type: z.enum(['xa', 'phuong']),
  areaKm2: z.number(),
  point: z.tuple([z.number(), z.number()]),
});

/** The notices the engine posts; the console words each one in Vietnamese and English by its code. */
export const NOTICE_CODES = ['cache-rebuilt', 'keychain-unavailable', 'keys-in-data-dir', 'reporter-identity-not-stored', 'wall-config-rejected'] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  /** English, for logs and for a console that does not know the code yet. */
  message: z.string(),
  /** The figures and names the localized text fills in. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  at: z.string(),
});

export type Freshness = z.infer<typeof freshnessSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type BreakdownResult = z.infer<typeof breakdownSchema>;
export type LatestValue = z.infer<typeof latestValueSchema>;
export type { SourceStatus } from './areas/sync-model.js';
export type Commune = z.infer<typeof communeSchema>;
export type Notice = z.infer<typeof noticeSchema>;
