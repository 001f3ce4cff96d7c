// Fault injection for tests: an unavailable upstream, slow answers, malformed records.
import { z } from 'zod';
import { hashOf, unit } from './random.js';

export interface Faults {
  /** Every request (except fault control) is answered 503. */
  down: boolean;
  /** Delay before each answer. */
  latencyMs: number;
  /** KPIs whose observation pages mix malformed items with good ones. */
  corrupt: string[];
}

export const NO_FAULTS: Faults = Object.freeze({ down: false, latencyMs: 0, corrupt: [] }) as Faults;

/** A partial update of the faults, as accepted by `POST /__sim/faults` and `setFaults`. */
export const faultsPatchSchema = z
  .object({
    down: z.boolean(),
    latencyMs: z.number().int().min(0).max(600_000),
    corrupt: z.array(z.string()),
  })
  .partial()
  .strict();

export type FaultsPatch = z.infer<typeof faultsPatchSchema>;

export function applyFaults(current: Faults, patch: FaultsPatch): Faults {
  return {
    down: patch.down ?? current.down,
    latencyMs: patch.latencyMs ?? current.latencyMs,
    corrupt: patch.corrupt ? [...patch.corrupt] : current.corrupt,
  };
}

const DAMAGE: Array<(item: Record<string, unknown>) => void> = [
  (item) => (item.value = 'n/a'),
  (item) => delete item.period_start,
  (item) => (item.value = null),
  (item) => (item.period_start = 'not-a-date'),
];

/**
 * Damages about one item in eight (always including the first), deterministically by position,
 * in one of four ways: non-numeric value, missing period_start, null value, unparsable period_start.
 */
export function corruptItems<T extends object>(kpiId: string, items: T[]): Array<T | Record<string, unknown>> {
  return items.map((item, i) => {
    const h = hashOf(0xbad, kpiId, i);
    if (i !== 0 && unit(h) >= 0.125) return item;
    const damaged = { ...item } as Record<string, unknown>;
    DAMAGE[h % DAMAGE.length]!(damaged);
    return damaged;
  });
}
