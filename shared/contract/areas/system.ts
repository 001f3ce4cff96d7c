// The engine itself: hello (version, clock, data folder, notices) and the catalog.
import { z } from 'zod';
import { catalogSchema } from '../../catalog/schema.js';
import { noticeSchema } from '../model.js';
import { noParams, type MethodSpec } from './common.js';

export const systemMethods = {
  'system.hello': {
    params: noParams,
    result: z.object({
      version: z.string(),
      now: z.string(),
      timeZone: z.string(),
      dataDir: z.string(),
      notices: z.array(noticeSchema),
    }),
  },
  'catalog.get': {
    params: noParams,
    result: catalogSchema,
  },
} as const satisfies Record<string, MethodSpec>;

export const systemEvents = {
  /** Something the operator should know (cache rebuilt, source offline …). */
  'engine.notice': noticeSchema,
} as const;
