// Synchronisation with the upstream sources: status, "sync now", cancel, quarantine, outbox, credentials.
import { z } from 'zod';
import { noParams, type MethodSpec } from './common.js';
import { outboxItemSchema, quarantineItemSchema, quarantineStatusSchema, sourceStatusSchema } from './sync-model.js';

const syncStatusSchema = z.object({ online: z.boolean(), sources: z.array(sourceStatusSchema) });
const sourceId = z.string().min(1).max(100);
const quarantineIds = z.array(z.number().int().positive()).min(1).max(500);

export const syncMethods = {
  'sync.status': {
    params: noParams,
    result: syncStatusSchema,
  },
  'sync.now': {
    params: z.object({ sourceId: sourceId.optional() }).strict(),
    result: z.object({ started: z.boolean() }),
  },
  /** Stops the pull in progress; what was stored stays, the cursor stays where the last complete stream left it. */
  'sync.cancel': {
    params: z.object({ sourceId }).strict(),
    result: z.object({ cancelled: z.boolean() }),
  },
  'sync.quarantine': {
    params: z
      .object({
        sourceId: sourceId.optional(),
        status: quarantineStatusSchema.default('pending'),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    result: z.object({ items: z.array(quarantineItemSchema), total: z.number().int() }),
  },
  /** Runs quarantined records through validation again (after a fix upstream, in the catalog, or of the payload). */
  'sync.reprocess': {
    params: z
      .object({
        ids: quarantineIds,
        /** A corrected payload for a single record; otherwise each record is re-read as received. */
        raw: z.string().max(1_000_000).optional(),
      })
      .strict()
      .refine((p) => p.raw === undefined || p.ids.length === 1, { message: 'a corrected payload applies to exactly one record', path: ['raw'] }),
    result: z.object({
      results: z.array(z.object({ id: z.number().int(), outcome: z.enum(['stored', 'still-invalid', 'not-pending']), reason: z.string().nullable() })),
    }),
  },
  /** Sets records aside for good; they stay in the table, marked discarded (nothing is deleted). */
  'sync.discard': {
    params: z.object({ ids: quarantineIds }).strict(),
    result: z.object({ discarded: z.number().int() }),
  },
  'sync.outbox': {
    params: z.object({ limit: z.number().int().min(1).max(500).default(200) }).strict(),
    result: z.object({ items: z.array(outboxItemSchema), pending: z.number().int() }),
  },
  /** Sends an item (or every pending one) at once, including one held after the upstream refused it. */
  'sync.outboxRetry': {
    params: z.object({ id: z.number().int().positive().optional() }).strict(),
    result: z.object({ retried: z.number().int() }),
  },
  /** Stores (or, with null, removes) a source's credential in the OS keychain; it is never sent back. */
  'sync.setCredential': {
    params: z.object({ sourceId, secret: z.string().min(1).max(4096).nullable() }).strict(),
    result: z.object({ stored: z.boolean() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const syncEvents = {
  /** The sync state of one or more sources changed. */
  'sync.status': syncStatusSchema,
  /** The outbox changed (an item was delivered, failed, or queued). */
  'sync.outbox': z.object({ pending: z.number().int() }),
  /** Quarantine changed (records set aside, re-processed or discarded). */
  'sync.quarantine': z.object({ pending: z.number().int() }),
} as const;
