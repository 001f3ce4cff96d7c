// The exchange data structure of the provincial data-sharing API (see electron/simulator/openapi.yaml).
import { z } from 'zod';
import { communeSchema } from '../../../shared/contract/model.js';

const isoWithOffset = z.iso.datetime({ offset: true });

/** The record schema "lgsp-observation/1", as documented; `checkObservation` is its fast twin on the ingest path. */
export const observationRecordSchema = z.object({
  member: z.string().max(64),
  period_start: isoWithOffset,
  value: z.number().finite(),
  updated_at: isoWithOffset,
  version: z.number().int().nonnegative(),
});

export const observationPageSchema = z.object({
  kpiId: z.string(),
  dim: z.string(),
  items: z.array(z.unknown()),
  next_page_token: z.string().nullable(),
});

export const communeListSchema = z.object({ items: z.array(communeSchema) });

export type ObservationRecord = z.infer<typeof observationRecordSchema>;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function isoProblem(value: unknown, field: string): string | null {
  if (typeof value !== 'string') return `${field}: expected an ISO 8601 date-time, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`;
  if (!ISO.test(value) || Number.isNaN(Date.parse(value))) return `${field}: "${value.slice(0, 40)}" is not an ISO 8601 date-time with offset`;
  return null;
}

/**
 * Checks a record against "lgsp-observation/1" without allocating (a million records a minute pass here):
 * the same rules as `observationRecordSchema`, one plain-words reason for the first problem, null when good.
 */
export function checkObservation(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'record: expected an object';
  const r = raw as Record<string, unknown>;
  if (typeof r.member !== 'string') return 'member: expected a string';
  if (r.member.length > 64) return 'member: longer than 64 characters';
  const period = isoProblem(r.period_start, 'period_start');
  if (period) return period;
  if (typeof r.value !== 'number' || !Number.isFinite(r.value)) return `value: expected a number, got ${JSON.stringify(r.value) ?? 'nothing'}`;
  const updated = isoProblem(r.updated_at, 'updated_at');
  if (updated) return updated;
  if (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 0) return `version: expected a whole number ≥ 0, got ${JSON.stringify(r.version) ?? 'nothing'}`;
  return null;
}
