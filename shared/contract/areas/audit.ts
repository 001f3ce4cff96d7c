// The audit log (issue 8 item 5): append-only, hash-chained; listing, verification and a stamped export.
import { z } from 'zod';
import { type MethodSpec } from './common.js';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export const auditFindingSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(['edited', 'removed', 'reordered', 'truncated', 'unreadable']),
  message: z.string(),
});

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int().nullable(),
  findings: z.array(auditFindingSchema),
  verifiedAt: z.string(),
});

const actionFilter = z
  .string()
  .max(64)
  .regex(/^[a-z0-9.-]*$/, 'an action prefix such as "camera." or "auth.sign-in"');

export const auditMethods = {
  'audit.list': {
    params: z
      .object({
        beforeSeq: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
        action: actionFilter.optional(),
      })
      .strict(),
    result: z.object({ entries: z.array(auditEntrySchema), headSeq: z.number().int().nullable() }),
  },
  'audit.verify': { params: z.object({}).strict(), result: auditVerificationSchema },
  /** The log as CSV, stamped with who exported it and when (Art. 10.3); the export itself is audited. */
  'audit.export': {
    params: z
      .object({ fromSeq: z.number().int().positive().optional(), toSeq: z.number().int().positive().optional(), action: actionFilter.optional() })
      .strict(),
    result: z.object({ fileName: z.string(), mediaType: z.literal('text/csv'), content: z.string(), rows: z.number().int(), exportedBy: z.string(), exportedAt: z.string() }),
  },
} as const satisfies Record<string, MethodSpec>;
