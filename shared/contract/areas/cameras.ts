// Security cameras (regulation Art. 7.2): the registry, the police hierarchy, time-limited grants with a purpose,
// and stream URLs for grant holders only.
import { z } from 'zod';
import { isoDateTime, noParams, type MethodSpec } from './common.js';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9._:-]+$/);

export const streamKindSchema = z.enum(['hls', 'mjpeg']);

export const cameraSchema = z.object({
  id: z.string(),
  name: z.string(),
  communeCode: z.string(),
  /** [lon, lat] */
  point: z.tuple([z.number(), z.number()]),
  ownerUnitId: z.string(),
  online: z.boolean(),
  kinds: z.array(streamKindSchema),
  /** The caller holds a valid grant (or the authority) to watch it now. */
  viewable: z.boolean(),
});

export const policeUnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  communeCode: z.string().nullable(),
});

export const grantScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cameras'), cameraIds: z.array(id).min(1).max(200) }).strict(),
  /** Every camera owned by this unit or any unit below it. */
  z.object({ kind: z.literal('unit'), unitId: id }).strict(),
]);

export const grantSchema = z.object({
  grantId: z.string(),
  granteeUnitId: z.string(),
  grantorUnitId: z.string(),
  grantedBy: z.string(),
  scope: grantScopeSchema,
  purpose: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  parentGrantId: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** valid now: not revoked, inside its window, and so is every grant it was derived from. */
  active: z.boolean(),
});

export const cameraMethods = {
  'cameras.list': {
    params: z.object({ communeCode: z.string().max(16).optional() }).strict(),
    result: z.object({ cameras: z.array(cameraSchema), asOf: z.string().nullable() }),
  },
  'cameras.units': { params: noParams, result: z.object({ units: z.array(policeUnitSchema) }) },
  /** A short-lived stream URL for one camera; refused without a valid grant; every call is audited. */
  'cameras.stream': {
    params: z.object({ cameraId: id, kind: streamKindSchema }).strict(),
    result: z.object({ url: z.string(), kind: streamKindSchema, expiresAt: z.string(), watermark: z.string(), grantId: z.string() }),
  },
  'cameras.grants.list': {
    params: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    result: z.object({ grants: z.array(grantSchema) }),
  },
  'cameras.grants.create': {
    params: z
      .object({
        granteeUnitId: id,
        scope: grantScopeSchema,
        purpose: z.string().trim().min(10, 'state the purpose (at least 10 characters)').max(500),
        validFrom: isoDateTime.optional(),
        validUntil: isoDateTime,
        /** Re-granting down the hierarchy: the grant this one derives from. */
        parentGrantId: id.optional(),
      })
      .strict(),
    result: grantSchema,
  },
  'cameras.grants.revoke': {
    params: z.object({ grantId: id, reason: z.string().trim().min(5).max(500) }).strict(),
    result: grantSchema,
  },
} as const satisfies Record<string, MethodSpec>;
