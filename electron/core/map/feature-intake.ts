// Sorts the records of a map feed into what the cache keeps: drawable points (with the commune their
// position lies in), rejected ones with the reason (shown in the layer's legend, never dropped silently),
// and tombstones. Pure: the engine's pull and the tests both use it.
import { z } from 'zod';
import { foldName } from '../../../shared/map/fold.js';
import { pointOf, type AreaIndex, type RejectReason } from '../../../shared/map/geometry.js';

const isoWithOffset = z.iso.datetime({ offset: true });
const propValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

/** The exchange structure of one feed record (openapi.yaml, MapFeature); geometry is checked separately. */
export const feedRecordSchema = z.object({
  id: z.string().min(1).max(128),
  name: z.string().max(500),
  geometry: z.unknown(),
  commune: z.string().max(32).nullable().optional(),
  properties: z.record(z.string(), propValue).default({}),
  updated_at: isoWithOffset,
  deleted: z.boolean().optional(),
  /** Who may see the feature, when its layer is scoped (an agency key, a police unit): set by engine-side sources. */
  scope: z.string().max(128).nullable().optional(),
});

export const feedPageSchema = z.object({
  layer: z.string(),
  items: z.array(z.unknown()),
  next_page_token: z.string().nullable(),
  as_of: isoWithOffset.optional(),
});

export interface FeatureRow {
  id: string;
  name: string;
  nameFolded: string;
  lon: number | null;
  lat: number | null;
  commune: string | null;
  props: string;
  updatedAt: string;
  rejectReason: RejectReason | null;
  rejectDetail: string | null;
  deleted: boolean;
  scope: string | null;
}

export interface IntakeResult {
  rows: FeatureRow[];
  /** Records that do not even have the exchange structure (no id, no time): quarantined, with why. */
  malformed: { raw: unknown; reason: string }[];
  newestUpdatedAt: string | null;
}

export interface Areas {
  province: AreaIndex | null;
  communes: AreaIndex | null;
}

export function intakeRecords(items: readonly unknown[], areas: Areas): IntakeResult {
  const rows: FeatureRow[] = [];
  const malformed: IntakeResult['malformed'] = [];
  let newest: string | null = null;
  for (const raw of items) {
    const parsed = feedRecordSchema.safeParse(raw);
    if (!parsed.success) {
      malformed.push({ raw, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') });
      continue;
    }
    const r = parsed.data;
    if (newest === null || Date.parse(r.updated_at) > Date.parse(newest)) newest = r.updated_at;
    const base = {
      id: r.id,
      name: r.name || r.id,
      nameFolded: foldName(r.name || r.id),
      props: JSON.stringify(r.properties),
      updatedAt: r.updated_at,
      deleted: r.deleted === true,
      scope: r.scope ?? null,
    };
    if (r.deleted) {
      rows.push({ ...base, lon: null, lat: null, commune: r.commune ?? null, rejectReason: null, rejectDetail: null });
      continue;
    }
    const point = pointOf(r.geometry);
    if ('reason' in point) {
      rows.push({ ...base, lon: null, lat: null, commune: r.commune ?? null, rejectReason: point.reason, rejectDetail: point.detail });
      continue;
    }
    const position = point.position;
    if (areas.province && !areas.province.contains(position)) {
      rows.push({
        ...base, lon: position[0], lat: position[1], commune: r.commune ?? null,
        rejectReason: 'outside-province', rejectDetail: `${position[0]}, ${position[1]} is outside the province boundary`,
      });
      continue;
    }
    // The boundary decides the commune; the upstream's filing is kept when the point falls in a gap between them.
    const commune = areas.communes?.locate(position) ?? r.commune ?? null;
    rows.push({ ...base, lon: position[0], lat: position[1], commune, rejectReason: null, rejectDetail: null });
  }
  return { rows, malformed, newestUpdatedAt: newest };
}
