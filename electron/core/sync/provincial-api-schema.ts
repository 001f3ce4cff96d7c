// The exchange data structure of the provincial data-sharing API (see electron/simulator/openapi.yaml).
import { z } from 'zod';
import { communeSchema } from '../../../shared/contract/model.js';

const isoWithOffset = z.iso.datetime({ offset: true });

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
