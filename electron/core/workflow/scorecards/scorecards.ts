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
// A report is with an agency at asOf when forwarded before it and not resolved by then.
const OPEN_AT = `(forwarded_at < :asOf AND (resolved_at IS NULL OR resolved_at >= :asOf) AND (state IN (${quoted(AGENCY_OPEN_STATES)}) OR resolved_at IS NOT NULL))`;
const HANDLED = '(resolved_at >= :from AND resolved_at < :to)';

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

function scoreSql(group: ScoreGroup, keyFilter: boolean, agencyFilter: boolean): string {
  const received = group === 'agency' ? '(forwarded_at >= :from AND forwarded_at < :to)' : "(reported_at >= :from AND reported_at < :to AND state NOT IN ('rejected', 'duplicate'))";
  const where = [
    group === 'agency' ? 'agency_key IS NOT NULL' : null,
    keyFilter ? `${GROUP_KEY[group]} = :key` : null,
    agencyFilter ? 'agency_key = :agency' : null,
    '(forwarded_at < :to OR (reported_at >= :from AND reported_at < :to) OR (rated_at >= :from AND rated_at < :to))',
    '(resolved_at IS NULL OR resolved_at >= :from OR (rated_at >= :from AND rated_at < :to) OR reported_at >= :from)',
  ].filter(Boolean);
  return `SELECT ${GROUP_KEY[group]} AS key,
      coalesce(sum(${received}), 0) AS received,
      coalesce(sum(${HANDLED}), 0) AS handled,
      coalesce(sum(${HANDLED} AND resolved_at <= due_at), 0) AS on_time,
      coalesce(sum(${HANDLED} AND resolved_at > due_at), 0) AS handled_late,
      coalesce(sum(${OPEN_AT}), 0) AS open,
      coalesce(sum(${OPEN_AT} AND due_at < :asOf), 0) AS open_overdue,
      avg(CASE WHEN ${HANDLED} THEN (julianday(resolved_at) - julianday(forwarded_at)) * 24 END) AS handling_hours,
      coalesce(sum(rated_at >= :from AND rated_at < :to), 0) AS rated,
      coalesce(sum(rated_at >= :from AND rated_at < :to AND satisfaction IN (${SATISFIED})), 0) AS satisfied
    FROM fr_reports WHERE ${where.join(' AND ')} ${group === 'province' ? '' : 'GROUP BY 1'}`;
}

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

/** `agencyKey` keeps to one agency's reports, e.g. its categories. */
export async function scorecards(db: Database, group: ScoreGroup, period: ScorePeriod, key?: string, agencyKey?: string): Promise<ScoreRow[]> {
  const q = named(scoreSql(group, key !== undefined, agencyKey !== undefined), { ...period, key: key ?? null, agency: agencyKey ?? null });
  const rows = await db.all<Sums>(q.sql, q.params);
  const scored = rows.map(toScoreRow);
  return group === 'province' || key !== undefined ? scored : rank(scored);
}

export async function provinceScore(db: Database, period: ScorePeriod): Promise<ScoreRow> {
  const [row] = await scorecards(db, 'province', period);
  return row ?? toScoreRow({ key: '', received: 0, handled: 0, on_time: 0, handled_late: 0, open: 0, open_overdue: 0, handling_hours: null, rated: 0, satisfied: 0 });
}
