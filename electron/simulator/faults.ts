// Fault injection for tests, switchable at run time and per source (the provincial API, Open311, CAP):
// an outage, latency, HTTP 5xx, timeouts, dropped connections, malformed bodies, schema-violating records,
// duplicates, out-of-order versions and oversized pages.
import { z } from 'zod';
import { hashOf, unit } from './random.js';

export const SOURCE_GROUPS = ['provincial', 'open311', 'cap'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

export interface SourceFaults {
  /** Every request is answered 503. */
  down: boolean;
  latencyMs: number;
  /** Every request is answered with this 5xx status (null: off). */
  status5xx: number | null;
  /** Requests are accepted and never answered. */
  timeout: boolean;
  /** The connection is cut half-way through the answer. */
  drop: boolean;
  /** Bodies are cut in the middle (broken JSON or XML). */
  malformed: boolean;
  /** Records that violate the exchange structure are mixed into pages. */
  invalidRecords: boolean;
  /** Records are repeated within and across pages. */
  duplicates: boolean;
  /** Older versions of records arrive after newer ones. */
  outOfOrder: boolean;
  /** Answers are padded to at least this many bytes (0: off). */
  oversizedBytes: number;
  /** Open311 only: answers the way some real servers do (wrapped lists, "lon", text coordinates, "Open", +0700). */
  variant: boolean;
}

export interface Faults {
  /** Every request (except fault control) is answered 503. */
  down: boolean;
  /** Delay before each answer. */
  latencyMs: number;
  /** KPIs whose observation pages mix malformed items with good ones. */
  corrupt: string[];
  /** Faults of one source only. */
  sources: Record<SourceGroup, SourceFaults>;
}

export const NO_SOURCE_FAULTS: SourceFaults = Object.freeze({
  down: false,
  latencyMs: 0,
  status5xx: null,
  timeout: false,
  drop: false,
  malformed: false,
  invalidRecords: false,
  duplicates: false,
  outOfOrder: false,
  oversizedBytes: 0,
  variant: false,
});

export const NO_FAULTS: Faults = Object.freeze({
  down: false,
  latencyMs: 0,
  corrupt: [],
  sources: { provincial: NO_SOURCE_FAULTS, open311: NO_SOURCE_FAULTS, cap: NO_SOURCE_FAULTS },
}) as Faults;

const sourceFaultsPatchSchema = z
  .object({
    down: z.boolean(),
    latencyMs: z.number().int().min(0).max(600_000),
    status5xx: z.number().int().min(500).max(599).nullable(),
    timeout: z.boolean(),
    drop: z.boolean(),
    malformed: z.boolean(),
    invalidRecords: z.boolean(),
    duplicates: z.boolean(),
    outOfOrder: z.boolean(),
    oversizedBytes: z.number().int().min(0).max(256 * 1024 * 1024),
    variant: z.boolean(),
  })
  .partial()
  .strict();

/** A partial update of the faults, as accepted by `POST /__sim/faults` and `setFaults`. */
export const faultsPatchSchema = z
  .object({
    down: z.boolean(),
    latencyMs: z.number().int().min(0).max(600_000),
    corrupt: z.array(z.string()),
    sources: z.object({ provincial: sourceFaultsPatchSchema, open311: sourceFaultsPatchSchema, cap: sourceFaultsPatchSchema }).partial().strict(),
    /** Clears every fault before applying the rest of the patch. */
    reset: z.literal(true),
  })
  .partial()
  .strict();

export type FaultsPatch = z.infer<typeof faultsPatchSchema>;

export function applyFaults(current: Faults, patch: FaultsPatch): Faults {
  const base = patch.reset ? NO_FAULTS : current;
  const sources = { ...base.sources };
  for (const group of SOURCE_GROUPS) {
    const change = patch.sources?.[group];
    if (change) sources[group] = { ...sources[group], ...change } as SourceFaults;
  }
  return {
    down: patch.down ?? base.down,
    latencyMs: patch.latencyMs ?? base.latencyMs,
    corrupt: patch.corrupt ? [...patch.corrupt] : base.corrupt,
    sources,
  };
}

/** The source a request path belongs to. */
export function groupOf(pathname: string): SourceGroup | null {
  if (pathname.startsWith('/api/')) return 'provincial';
  if (pathname.startsWith('/open311/')) return 'open311';
  if (pathname.startsWith('/cap/')) return 'cap';
  return null;
}

/** The faults in force for one request: the global ones combined with its source's. */
export function faultsFor(faults: Faults, group: SourceGroup | null): SourceFaults {
  const own = group ? faults.sources[group] : NO_SOURCE_FAULTS;
  return { ...own, down: own.down || faults.down, latencyMs: own.latencyMs + faults.latencyMs };
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

/** Every fifth item sent twice (the copy right after it), and the page's first item again at the end. */
export function duplicateItems<T>(items: T[]): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    out.push(item);
    if (i % 5 === 0) out.push(item);
  });
  if (items.length) out.push(items[0]!);
  return out;
}
