// When each period's values are published upstream, and when (rarely) they are revised.
// A period is published as a whole: every member shares its updated_at and version.
import type { Period } from '../../shared/catalog/schema.js';
import { DAY_MS, HOUR_MS, nextPeriod } from '../../shared/model/period-math.js';
import { hashOf, unit } from './random.js';

const MINUTE_MS = 60_000;

interface Schedule {
  /** Publication delay after the period ends, [min, max]. */
  delay: readonly [number, number];
  /** Chance that a period is revised later, and the lag of the revision after publication. */
  revision: number;
  revisionLag: readonly [number, number];
}

const SCHEDULE: Record<Period, Schedule> = {
  hourly: { delay: [3 * MINUTE_MS, 20 * MINUTE_MS], revision: 0.003, revisionLag: [30 * MINUTE_MS, 3 * HOUR_MS] },
  daily: { delay: [1 * HOUR_MS, 8 * HOUR_MS], revision: 0.04, revisionLag: [1 * DAY_MS, 5 * DAY_MS] },
  monthly: { delay: [2 * DAY_MS, 10 * DAY_MS], revision: 0.04, revisionLag: [5 * DAY_MS, 20 * DAY_MS] },
  quarterly: { delay: [7 * DAY_MS, 25 * DAY_MS], revision: 0.04, revisionLag: [10 * DAY_MS, 40 * DAY_MS] },
};

export interface Publication {
  version: number;
  /** Epoch ms of the publication of this version (whole minutes). */
  updatedAt: number;
}

const between = (h: number, [min, max]: readonly [number, number]) =>
  Math.round((min + unit(h) * (max - min)) / MINUTE_MS) * MINUTE_MS;

/** Every version of the period starting at `start`, oldest first. */
export function versions(salt: number, period: Period, start: number): Publication[] {
  const s = SCHEDULE[period];
  const published = nextPeriod(period, start) + between(hashOf(salt, 'delay', start), s.delay);
  const list: Publication[] = [{ version: 1, updatedAt: published }];
  if (unit(hashOf(salt, 'revised', start)) < s.revision) {
    list.push({ version: 2, updatedAt: published + between(hashOf(salt, 'revision-lag', start), s.revisionLag) });
  }
  return list;
}

/** The version of a period visible at `nowMs`, or null when it is not published yet. */
export function publicationAt(salt: number, period: Period, start: number, nowMs: number): Publication | null {
  let visible: Publication | null = null;
  for (const v of versions(salt, period, start)) if (v.updatedAt <= nowMs) visible = v;
  return visible;
}

/** The longest time from a period's end to its last version: bounds how far back `since` must look. */
export function maxPublicationLag(period: Period): number {
  const s = SCHEDULE[period];
  return s.delay[1] + s.revisionLag[1];
}
