// Synchronisation with the upstream sources: status, "sync now", and the status event.
import { z } from 'zod';
import { sourceStatusSchema } from '../model.js';
import { noParams, type MethodSpec } from './common.js';

const syncStatusSchema = z.object({ online: z.boolean(), sources: z.array(sourceStatusSchema) });

export const syncMethods = {
  'sync.status': {
    params: noParams,
    result: syncStatusSchema,
  },
  'sync.now': {
    params: z.object({ sourceId: z.string().max(100).optional() }).strict(),
    result: z.object({ started: z.boolean() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const syncEvents = {
  /** The sync state of one or more sources changed. */
  'sync.status': syncStatusSchema,
} as const;
