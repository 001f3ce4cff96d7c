// Reporter identity disclosure (regulation Art. 6.9): a competent authority asks in writing, an IOC operator records
// the request, another IOC supervisor approves it for a limited time, and only then may the requester read the
// identity. Every step is audited; the identity itself never travels except in identity.revealIdentity's answer.
import { z } from 'zod';
import { reporterIdentitySchema } from '../../model/field-report-inbound.js';
import type { MethodSpec } from './common.js';

export const DISCLOSURE_STATUSES = ['pending', 'approved', 'rejected', 'revoked', 'expired'] as const;
export const disclosureStatusSchema = z.enum(DISCLOSURE_STATUSES);
export const DEFAULT_VALID_HOURS = 24;
export const MAX_VALID_HOURS = 72;

const requestId = z.string().min(1).max(64).regex(/^disc-[A-Za-z0-9-]+$/);
const reportId = z.number().int().positive();
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const disclosureSchema = z.object({
  requestId: z.string(),
  reportId: z.number().int(),
  authority: z.string(),
  documentNumber: z.string(),
  /** yyyy-MM-dd, the date on the authority's document. */
  documentDate: z.string(),
  reason: z.string(),
  status: disclosureStatusSchema,
  requestedBy: z.object({ accountId: z.string(), name: z.string() }),
  requestedAt: z.string(),
  decidedBy: z.object({ accountId: z.string(), name: z.string() }).nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  validUntil: z.string().nullable(),
  revokedBy: z.object({ accountId: z.string(), name: z.string() }).nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** How many times the identity was read under this request. */
  reveals: z.number().int(),
});

/** What the sink sealed: the reporter's contact as the connector gave it (any field may be missing). */
export { reporterIdentitySchema };

export const disclosureMethods = {
  'identity.requestDisclosure': {
    params: z
      .object({
        reportId,
        authority: text(3, 200),
        documentNumber: text(1, 64),
        documentDate: z.iso.date(),
        reason: text(10, 1000),
      })
      .strict(),
    result: disclosureSchema,
  },
  'identity.decideDisclosure': {
    params: z
      .object({
        requestId,
        decision: z.enum(['approve', 'reject']),
        validForHours: z.number().int().min(1).max(MAX_VALID_HOURS).default(DEFAULT_VALID_HOURS),
        note: text(0, 1000).default(''),
      })
      .strict(),
    result: disclosureSchema,
  },
  'identity.listDisclosures': {
    params: z.object({ status: disclosureStatusSchema.optional(), reportId: reportId.optional(), limit: z.number().int().min(1).max(500).default(200) }).strict(),
    result: z.object({ items: z.array(disclosureSchema), asOf: z.string() }),
  },
  /** The identity in clear, to the requester only, while the approval is valid; every call is audited. */
  'identity.revealIdentity': {
    params: z.object({ requestId }).strict(),
    result: z.object({ requestId: z.string(), reportId: z.number().int(), identity: reporterIdentitySchema, validUntil: z.string(), revealedAt: z.string() }),
  },
  'identity.revokeDisclosure': {
    params: z.object({ requestId, reason: text(5, 500) }).strict(),
    result: disclosureSchema,
  },
} as const satisfies Record<string, MethodSpec>;

export const disclosureEvents = {
  /** A request was made, decided or revoked: the lists reload. Carries no identity. */
  'identity.disclosureChanged': z.object({ requestId: z.string(), reportId: z.number().int(), status: disclosureStatusSchema }),
} as const;

export type Disclosure = z.infer<typeof disclosureSchema>;
export type DisclosureStatus = z.infer<typeof disclosureStatusSchema>;
export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;
