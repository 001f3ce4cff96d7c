// A real SQLite cache in a temporary folder, filled with chosen observations (tests of the KPI queries).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../store/database.js';
import { upsertObservations } from '../store/observations.js';
import { openCache } from '../store/open-cache.js';
import { addPeriods, formatLocal, parseInstant } from '../../../shared/model/period-math.js';
import type { Period } from '../../../shared/catalog/schema.js';

export async function tempCache(): Promise<Database> {
  return (await openCache(await mkdtemp(join(tmpdir(), 'ioc-kpi-')))).db;
}

/** Stores `values` for consecutive periods starting at `first` (null leaves a gap), published at `updatedAt`. */
export async function storeRun(
  db: Database,
  o: { kpiId: string; dim?: string; member?: string; period: Period; first: string; values: (number | null)[]; updatedAt?: string; version?: number },
) {
  const start = parseInstant(o.first)!;
  const rows = o.values.flatMap((value, i) =>
    value === null
      ? []
      : [{ member: o.member ?? '', period_start: formatLocal(addPeriods(o.period, start, i)), value, updated_at: o.updatedAt ?? '2026-12-01T08:00:00+07:00', version: o.version ?? 1 }],
  );
  await upsertObservations(db, { sourceId: 'provincial-api', kpiId: o.kpiId, dim: o.dim ?? 'total' }, rows, '2026-12-01T08:05:00+07:00');
}
