// Stored KPI observations: idempotent batch upserts (the newest version wins) and the reads the UI needs.
import type { Database } from './database.js';

export interface ObservationInput {
  member: string;
  period_start: string;
  value: number;
  updated_at: string;
  version: number;
}

export interface StreamKey {
  sourceId: string;
  kpiId: string;
  dim: string;
}

/**
 * One statement per batch: the rows travel as one JSON document and SQLite unpacks them with json_each,
 * which is far faster than a round trip per row through the async driver.
 */
const UPSERT_BATCH = `
  INSERT INTO observations (kpi_id, dim, member, period_start, value, updated_at, version, source_id, stored_at)
  SELECT ?1, ?2, json_extract(j.value, '$.member'), json_extract(j.value, '$.period_start'),
         json_extract(j.value, '$.value'), json_extract(j.value, '$.updated_at'),
         json_extract(j.value, '$.version'), ?3, ?4
  FROM json_each(?5) AS j WHERE true
  ON CONFLICT (kpi_id, dim, member, period_start) DO UPDATE SET
    value = excluded.value, updated_at = excluded.updated_at, version = excluded.version,
    source_id = excluded.source_id, stored_at = excluded.stored_at
  WHERE excluded.version > observations.version
     OR (excluded.version = observations.version AND excluded.updated_at > observations.updated_at)`;

export async function upsertObservations(db: Database, key: StreamKey, rows: ObservationInput[], storedAt: string) {
  if (rows.length === 0) return 0;
  const { changes } = await db.run(UPSERT_BATCH, [key.kpiId, key.dim, key.sourceId, storedAt, JSON.stringify(rows)]);
  return changes;
}

export interface SeriesRow {
  period_start: string;
  value: number;
}

export function readSeries(db: Database, kpiId: string, dim: string, member: string, from: string, to: string) {
  return db.all<SeriesRow>(
    `SELECT period_start, value FROM observations
     WHERE kpi_id = ? AND dim = ? AND member = ? AND period_start >= ? AND period_start < ?
     ORDER BY period_start`,
    [kpiId, dim, member, from, to],
  );
}

export async function latestPeriod(db: Database, kpiId: string, dim: string): Promise<string | null> {
  const row = await db.get<{ p: string | null }>('SELECT max(period_start) AS p FROM observations WHERE kpi_id = ? AND dim = ?', [kpiId, dim]);
  return row?.p ?? null;
}

export function readBreakdown(db: Database, kpiId: string, dim: string, periodStart: string) {
  return db.all<{ member: string; value: number }>(
    'SELECT member, value FROM observations WHERE kpi_id = ? AND dim = ? AND period_start = ? ORDER BY value DESC',
    [kpiId, dim, periodStart],
  );
}

export function readLatestTwo(db: Database, kpiId: string) {
  return db.all<SeriesRow>(
    `SELECT period_start, value FROM observations WHERE kpi_id = ? AND dim = 'total' AND member = ''
     ORDER BY period_start DESC LIMIT 2`,
    [kpiId],
  );
}

export interface KpiStamp {
  kpi_id: string;
  as_of: string | null;
  stored_at: string | null;
}

/** Newest upstream publication time and newest local store time per KPI (province totals). */
export function readKpiStamps(db: Database) {
  return db.all<KpiStamp>(
    `SELECT kpi_id, max(updated_at) AS as_of, max(stored_at) AS stored_at
     FROM observations WHERE dim = 'total' GROUP BY kpi_id`,
  );
}
