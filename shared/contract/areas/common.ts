// Parameter pieces shared by several areas of the contract.
import { z } from 'zod';

export const isoDateTime = z.iso.datetime({ offset: true });
export const kpiId = z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'expected a KPI id such as "health.bed-occupancy"');
export const noParams = z.object({}).strict();

/** One contract method: its parameters and its result. */
export interface MethodSpec {
  params: z.ZodType;
  result: z.ZodType;
}
