// Warnings received as CAP 1.2 (floods, landslides, forest fire, air quality), for the overview and the map.
import { z } from 'zod';
import { type MethodSpec } from './common.js';

/** A text in the languages the alert came in (CAP has one <info> block per language). */
export const alertTextSchema = z.object({ vi: z.string().nullable(), en: z.string().nullable() });

export const alertKindSchema = z.enum(['flood', 'landslide', 'forest-fire', 'air-quality', 'storm', 'other']);
export const alertSeveritySchema = z.enum(['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown']);
/** active: in force now; upcoming: effective later; the rest are kept for the record. */
export const alertStateSchema = z.enum(['active', 'upcoming', 'expired', 'cancelled', 'superseded']);

export const alertAreaSchema = z.object({
  description: z.string(),
  /** Rings as [lon, lat] pairs (GeoJSON order; CAP writes "lat,lon"), each closed. */
  polygons: z.array(z.array(z.tuple([z.number(), z.number()]))),
  circles: z.array(z.object({ center: z.tuple([z.number(), z.number()]), radiusKm: z.number() })),
  geocodes: z.array(z.object({ name: z.string(), value: z.string() })),
});

export const alertSchema = z.object({
  /** CAP identifier, unique per sender. */
  id: z.string(),
  sourceId: z.string(),
  sender: z.string(),
  senderName: alertTextSchema,
  sent: z.string(),
  status: z.enum(['Actual', 'Exercise', 'System', 'Test', 'Draft']),
  msgType: z.enum(['Alert', 'Update', 'Cancel', 'Ack', 'Error']),
  scope: z.enum(['Public', 'Restricted', 'Private']),
  kind: alertKindSchema,
  categories: z.array(z.string()),
  event: alertTextSchema,
  urgency: z.string(),
  severity: alertSeveritySchema,
  certainty: z.string(),
  effective: z.string().nullable(),
  onset: z.string().nullable(),
  expires: z.string().nullable(),
  headline: alertTextSchema,
  description: alertTextSchema,
  instruction: alertTextSchema,
  areas: z.array(alertAreaSchema),
  /** Identifiers of the earlier alerts this one updates or cancels. */
  references: z.array(z.string()),
  state: alertStateSchema,
  /** The alert that replaced or cancelled this one. */
  supersededBy: z.string().nullable(),
  receivedAt: z.string(),
});

export const alertsMethods = {
  'alerts.list': {
    params: z
      .object({
        /** Also expired, cancelled and superseded alerts (most recent first). */
        includeInactive: z.boolean().default(false),
        kind: alertKindSchema.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    result: z.object({ alerts: z.array(alertSchema), asOf: z.string().nullable() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const alertsEvents = {
  /** Alerts arrived, changed state or were cancelled; call alerts.list for the current set. */
  'alerts.changed': z.object({ active: z.number().int(), changedIds: z.array(z.string()) }),
} as const;

export type Alert = z.infer<typeof alertSchema>;
export type AlertArea = z.infer<typeof alertAreaSchema>;
export type AlertKind = z.infer<typeof alertKindSchema>;
export type AlertText = z.infer<typeof alertTextSchema>;
