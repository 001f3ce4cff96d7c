// Scorecards per agency, commune or category over a period [from, to), with the open counts taken at asOf
// (the period's end, or now when sooner). Definitions, the same everywhere (panels, map, period reports):
//   received   agency: forwarded to it in the period; commune, category, province: reported in the period
//   handled    resolved in the period; onTime when resolved by the deadline, handledLate otherwise
//   open       with an agency at asOf (forwarded before, not resolved by then); openOverdue: past its deadline
//   late       handledLate + openOverdue: an item left open past its deadline is late, not pending
//   onTimeRate onTime / (handled + openOverdue) × 100
//   satisfaction  ratings given in the period; satisfied = "rất hài lòng" or "hài lòng"
import type { ScoreRow } from '../../../../shared/contract/areas/field-reports.js';
import { AGENCY_OPEN_STATES, SATISFIED_LEVELS } from '../../../../shared/model/field-report-workflow.js';
import { formatLocal, parseInstant } from '../../../../shared/model/period-math.js';
import { EngineError } from '../../../../shared/contract/envelope.js';
import type { Database, SqlValue } from '../../store/database.js';

export type ScoreGroup = 'agency' | 'commune' | 'category' | 'province';

const GROUP_KEY: Record<ScoreGroup, string> = {
  agency: 'agency_key',
  commune: "coalesce(commune_code, '')",
  category: "coalesce(category, '')",
  province: "''",
};

const quoted = (list: readonly string[]) => list.map((s) => `'${s}'`).join(', ');
const SATISFIED = quoted(SATISFIED_LEVELS);
const OPEN_STATES = quoted(AGENCY_OPEN_STATES);

interface Sums {
  key: string;
  received: number;
  handled: number;
  on_time: number;
  handled_late: number;
  open: number;
  open_overdue: number;
  handling_hours: number | null;
  rated: number;
  satisfied: number;
}

/**
 * Each figure is one range over a covering index, grouped; the parts are merged by key. (One pass with
 * OR-ed conditions over the whole table was ten times slower with 200,000 reports.)
 *   received  forwarded (agency) or reported (others) in the period
 *   handled   resolved in the period
 *   open      with an agency at asOf: open now and forwarded before asOf, or resolved only after asOf
 *   rated     ratings given in the period
 * A report with a forwarding, resolution or rating time always has its agency (returning clears both), so
 * no part needs `agency_key IS NOT NULL`. Each part names its index: without it the planner may scan a
 * grouping index instead (measured: seconds instead of milliseconds).
 */
function partSqls(group: ScoreGroup, filter: string): Record<'received' | 'handled' | 'openNow' | 'openThen' | 'rated', string> {
  const g = GROUP_KEY[group];
  const by = group === 'province' ? '' : 'GROUP BY 1';
  // All agencies at once read an agency-ordered index (no sorting); other groups read the time-ordered one.
  const received =
    group === 'agency'
      ? `SELECT ${g} AS key, count(*) AS received FROM fr_reports INDEXED BY fr_reports_agency_forwarded WHERE forwarded_at >= :from AND forwarded_at < :to ${filter} ${by}`
      : `SELECT ${g} AS key, count(*) AS received FROM fr_reports WHERE reported_at >= :from AND reported_at < :to AND state NOT IN ('rejected', 'duplicate') ${filter} ${by}`;
  const handledIndex = group === 'agency' ? 'fr_reports_agency_resolved' : 'fr_reports_resolved_cov';
  return {
    received,
    handled: `SELECT ${g} AS key, count(*) AS handled, coalesce(sum(resolved_at <= due_at), 0) AS on_time, coalesce(sum(resolved_at > due_at), 0) AS handled_late,
        sum(handling_minutes) / 60.0 AS hours
      FROM fr_reports INDEXED BY ${handledIndex} WHERE resolved_at >= :from AND resolved_at < :to ${filter} ${by}`,
    openNow: `SELECT ${g} AS key, count(*) AS open, coalesce(sum(due_at < :asOf), 0) AS open_overdue
      FROM fr_reports INDEXED BY fr_reports_open_cov WHERE state IN (${OPEN_STATES}) AND forwarded_at < :asOf ${filter} ${by}`,
    openThen: `SELECT ${g} AS key, count(*) AS open, coalesce(sum(due_at < :asOf), 0) AS open_overdue
      FROM fr_reports INDEXED BY fr_reports_resolved_cov WHERE resolved_at >= :asOf AND forwarded_at < :asOf ${filter} ${by}`,
    rated: `SELECT ${g} AS key, count(*) AS rated, coalesce(sum(satisfaction IN (${SATISFIED})), 0) AS satisfied
      FROM fr_reports INDEXED BY fr_reports_rated_cov WHERE rated_at >= :from AND rated_at < :to ${filter} ${by}`,
  };
}

export const emptySums = (key: string): Sums => ({ key, received: 0, handled: 0, on_time: 0, handled_late: 0, open: 0, open_overdue: 0, handling_hours: null, rated: 0, satisfied: 0 });

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export function toScoreRow(s: Sums): ScoreRow {
  return {
    key: s.key ?? '',
    received: s.received,
    handled: s.handled,
    onTime: s.on_time,
    handledLate: s.handled_late,
    open: s.open,
    openOverdue: s.open_overdue,
    late: s.handled_late + s.open_overdue,
    onTimeRate: rate(s.on_time, s.handled + s.open_overdue),
    avgHandlingHours: s.handling_hours === null ? null : Math.round(s.handling_hours * 10) / 10,
    rated: s.rated,
    satisfied: s.satisfied,
    satisfactionRate: rate(s.satisfied, s.rated),
    rank: null,
  };
}

/** Best on-time rate first (no rate last), then more handled; equal figures share a rank. */
export function rank(rows: ScoreRow[]): ScoreRow[] {
  const sorted = [...rows].sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || b.handled - a.handled || a.key.localeCompare(b.key));
  let previous: ScoreRow | undefined;
  return sorted.map((row, i) => {
    const same = previous && previous.onTimeRate === row.onTimeRate && previous.handled === row.handled;
    const ranked = { ...row, rank: row.onTimeRate === null ? null : same ? previous!.rank : i + 1 };
    previous = ranked;
    return ranked;
  });
}

export interface ScorePeriod {
  from: string;
  to: string;
  asOf: string;
}

/** Normalises the bounds to the stored +07:00 form, so text comparison is time comparison. */
export function scorePeriod(from: string, to: string, now: Date): ScorePeriod {
  const f = parseInstant(from);
  const t = parseInstant(to);
  if (f === null || t === null || f >= t) throw new EngineError('invalid-params', 'the period must have from before to', ['from', 'to']);
  return { from: formatLocal(f), to: formatLocal(t), asOf: formatLocal(Math.min(t, now.getTime())) };
}

function named(sql: string, values: Record<string, SqlValue>): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = [];
  return { sql: sql.replace(/:(from|to|asOf|key|agency)\b/g, (_, name: string) => (params.push(values[name]!), '?')), params };
}

/** `key` keeps to one member of the group; `agencyKey` to one agency's reports (e.g. its categories). */
export async function scorecards(db: Database, group: ScoreGroup, period: ScorePeriod, key?: string, agencyKey?: string): Promise<ScoreRow[]> {
  const filter = `${key !== undefined ? `AND ${GROUP_KEY[group]} = :key` : ''} ${agencyKey !== undefined ? 'AND agency_key = :agency' : ''}`;
  const values = { ...period, key: key ?? null, agency: agencyKey ?? null };
  const sqls = partSqls(group, filter);
  const run = <T>(sql: string) => {
    const q = named(sql, values);
    return db.all<T & { key: string | null }>(q.sql, q.params);
  };
  const [received, handled, openNow, openThen, rated] = await Promise.all([
    run<{ received: number }>(sqls.received),
    run<{ handled: number; on_time: number; handled_late: number; hours: number | null }>(sqls.handled),
    run<{ open: number; open_overdue: number }>(sqls.openNow),
    run<{ open: number; open_overdue: number }>(sqls.openThen),
    run<{ rated: number; satisfied: number }>(sqls.rated),
  ]);
  const sums = new Map<string, Sums & { hours: number }>();
  const at = (k: string | null) => {
    const id = k ?? '';
    let s = sums.get(id);
    if (!s) sums.set(id, (s = { ...emptySums(id), hours: 0 }));
    return s;
  };
  for (const r of received) if (r.received) at(r.key).received += r.received;
  for (const r of handled) {
    if (!r.handled) continue;
    const s = at(r.key);
    Object.assign(s, { handled: r.handled, on_time: r.on_time, handled_late: r.handled_late, hours: r.hours ?? 0 });
  }
  for (const r of [...openNow, ...openThen]) {
    if (!r.open) continue;
    const s = at(r.key);
    s.open += r.open;
    s.open_overdue += r.open_overdue;
  }
  for (const r of rated) if (r.rated) Object.assign(at(r.key), { rated: r.rated, satisfied: r.satisfied });
  if (group === 'province' && sums.size === 0) at('');
  const scored = [...sums.values()].map((s) => toScoreRow({ ...s, handling_hours: s.handled ? s.hours / s.handled : null }));
  return group === 'province' || key !== undefined ? scored : rank(scored);
}

export async function provinceScore(db: Database, period: ScorePeriod): Promise<ScoreRow> {
  const [row] = await scorecards(db, 'province', period);
  return row ?? toScoreRow(emptySums(''));
}
