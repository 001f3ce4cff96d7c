// The SQL behind the KPI queries: ranges, per-member aggregates, matrices, spans and rejected records.
// Reads only; the sync writes observations (store/observations.ts) and quarantines bad records.
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { Database } from '../store/database.js';

export interface Span {
  earliest: string | null;
  latest: string | null;
}

/** The first and last period the cache holds for a stream (one member, or any member when null). */
export async function readSpan(db: Database, kpiId: string, dim: string, member: string | null): Promise<Span> {
  const where = `kpi_id = ? AND dim = ?${member === null ? '' : ' AND member = ?'}`;
  const row = await db.get<{ earliest: string | null; latest: string | null }>(
    // Two subqueries, so each min/max is one index seek (min and max in one SELECT scan the whole range).
    `SELECT (SELECT min(period_start) FROM observations WHERE ${where}) AS earliest, (SELECT max(period_start) FROM observations WHERE ${where}) AS latest`,
    member === null ? [kpiId, dim, kpiId, dim] : [kpiId, dim, member, kpiId, dim, member],
  );
  return { earliest: row?.earliest ?? null, latest: row?.latest ?? null };
}

/**
 * Records of a stream the sync rejected whose period lies in [from, to), or could not be read at all
 * (so a record without a date is never silently left out of "partial"). Records re-processed into the cache no
 * longer count; discarded ones still do (their figures are missing).
 */
export async function readRejectedCount(db: Database, kpiId: string, dim: string, member: string | null, from: string, to: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    `SELECT count(*) AS n FROM quarantine
     WHERE stream = ?1 AND status <> 'reprocessed' AND CASE
       WHEN json_valid(raw) AND json_type(raw) = 'object' THEN
         (?2 IS NULL OR json_extract(raw, '$.member') IS NULL OR json_extract(raw, '$.member') = ?2)
         AND (json_type(raw, '$.period_start') IS NOT 'text'
              OR json_extract(raw, '$.period_start') NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'
              OR (json_extract(raw, '$.period_start') >= ?3 AND json_extract(raw, '$.period_start') < ?4))
       ELSE 1 END`,
    [`${kpiId}|${dim}`, member, from, to],
  );
  return row?.n ?? 0;
}

/** The periods present in [from, to) for any member of a breakdown. */
export async function readPeriodStarts(db: Database, kpiId: string, dim: string, from: string, to: string): Promise<string[]> {
  const rows = await db.all<{ p: string }>(
    `SELECT DISTINCT period_start AS p FROM observations WHERE kpi_id = ? AND dim = ? AND period_start >= ? AND period_start < ? ORDER BY p`,
    [kpiId, dim, from, to],
  );
  return rows.map((r) => r.p);
}

const AGGREGATE_SQL: Record<Exclude<Kpi['aggregate'], 'last'>, string> = { sum: 'sum(value)', mean: 'avg(value)', max: 'max(value)' };

/** Each member's values over [from, to), rolled up with the KPI's aggregate ("last" = its latest period). */
export async function readAggregateByMember(db: Database, kpi: Kpi, dim: string, from: string, to: string) {
  if (kpi.aggregate === 'last') {
    return db.all<{ member: string; value: number }>(
      `SELECT member, value FROM (
         SELECT member, value, row_number() OVER (PARTITION BY member ORDER BY period_start DESC) AS rn
         FROM observations WHERE kpi_id = ? AND dim = ? AND period_start >= ? AND period_start < ?)
       WHERE rn = 1 ORDER BY value DESC, member`,
      [kpi.id, dim, from, to],
    );
  }
  return db.all<{ member: string; value: number }>(
    `SELECT member, ${AGGREGATE_SQL[kpi.aggregate]} AS value FROM observations
     WHERE kpi_id = ? AND dim = ? AND period_start >= ? AND period_start < ?
     GROUP BY member ORDER BY value DESC, member`,
    [kpi.id, dim, from, to],
  );
}

export interface MatrixRow {
  member: string;
  period_start: string;
  value: number;
}

/** Every (member, period) value of a breakdown in [from, to), optionally for some members only. */
export function readMatrixRows(db: Database, kpiId: string, dim: string, from: string, to: string, members?: readonly string[]) {
  const only = members && members.length > 0;
  return db.all<MatrixRow>(
    `SELECT member, period_start, value FROM observations
     WHERE kpi_id = ? AND dim = ? AND period_start >= ? AND period_start < ?
     ${only ? `AND member IN (SELECT value FROM json_each(?))` : ''}
     ORDER BY member, period_start`,
    only ? [kpiId, dim, from, to, JSON.stringify(members)] : [kpiId, dim, from, to],
  );
}

/** The latest `limit` province values of a KPI, newest first. */
export function readRecentTotals(db: Database, kpiId: string, limit: number) {
  return db.all<{ period_start: string; value: number }>(
    `SELECT period_start, value FROM observations WHERE kpi_id = ? AND dim = 'total' AND member = ''
     ORDER BY period_start DESC LIMIT ?`,
    [kpiId, limit],
  );
}
