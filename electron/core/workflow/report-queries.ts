// Reading reports: the queues (filters, paging), counts for badges, one report with its timeline, map points.
import type { ReportListParams, ReportSummary } from '../../../shared/contract/areas/field-reports.js';
import { AGENCY_OPEN_STATES } from '../../../shared/model/field-report-workflow.js';
import type { SqlValue, Database } from '../store/database.js';
import { toSummary } from './report-mapper.js';
import type { ReportRow } from './report-row.js';

const OPEN_LIST = AGENCY_OPEN_STATES.map((s) => `'${s}'`).join(', ');
export const OVERDUE_SQL = `(state IN (${OPEN_LIST}) AND due_at < ?)`;

export type ListFilter = Partial<Pick<ReportListParams, 'states' | 'category' | 'agencyKey' | 'communeCode' | 'overdue' | 'flagged' | 'search'>>;

/** Every word of the operator's text as a quoted prefix term: `ổ gà` → `"ổ"* "gà"*`; null when nothing is left. */
export function ftsQuery(text: string): string | null {
  const words = text.split(/[\s\p{P}]+/u).filter((w) => w.length > 0).slice(0, 8);
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ') : null;
}

export function whereOf(f: ListFilter, nowIso: string): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (f.states?.length) {
    parts.push(`state IN (${f.states.map(() => '?').join(', ')})`);
    params.push(...f.states);
  }
  if (f.category) {
    parts.push('category = ?');
    params.push(f.category);
  }
  if (f.agencyKey) {
    parts.push('agency_key = ?');
    params.push(f.agencyKey);
  }
  if (f.communeCode) {
    parts.push('commune_code = ?');
    params.push(f.communeCode);
  }
  if (f.overdue === true) {
    parts.push(OVERDUE_SQL);
    params.push(nowIso);
  }
  if (f.overdue === false) {
    parts.push(`NOT ${OVERDUE_SQL}`);
    params.push(nowIso);
  }
  if (f.flagged === true) parts.push(`flags <> '[]'`);
  if (f.flagged === false) parts.push(`flags = '[]'`);
  if (f.search?.trim()) {
    const text = f.search.trim();
    const id = /^#?(\d+)$/.exec(text);
    if (id) {
      parts.push('(id = ? OR external_id = ?)');
      params.push(Number(id[1]), text);
    } else if (/^[\w.:/-]+$/.test(text) && /\d/.test(text)) {
      // A code such as PA-2026120310-1: the upstream's id.
      parts.push('external_id = ?');
      params.push(text);
    } else {
      const match = ftsQuery(text);
      parts.push(match ? 'id IN (SELECT rowid FROM fr_reports_fts WHERE fr_reports_fts MATCH ?)' : '0');
      if (match) params.push(match);
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const ORDER = {
  'reported-desc': 'reported_at DESC, id DESC',
  'reported-asc': 'reported_at ASC, id ASC',
  'due-asc': 'due_at IS NULL, due_at ASC, id ASC',
} as const;

export async function listReports(db: Database, p: ReportListParams, nowIso: string): Promise<{ items: ReportSummary[]; total: number }> {
  const where = whereOf(p, nowIso);
  // Text matches come newest first by arrival: the order the full-text index gives without sorting them all.
  const order = p.search && !/^#?\d+$/.test(p.search.trim()) && p.sort === 'reported-desc' ? 'id DESC' : ORDER[p.sort];
  const [rows, count] = await Promise.all([
    db.all<ReportRow>(`SELECT * FROM fr_reports ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [...where.params, p.limit, p.offset]),
    db.get<{ n: number }>(`SELECT count(*) AS n FROM fr_reports ${where.sql}`, where.params),
  ]);
  return { items: rows.map((r) => toSummary(r, nowIso)), total: count?.n ?? 0 };
}

export async function countReports(db: Database, agencyKey: string | undefined, nowIso: string) {
  const where = agencyKey ? 'WHERE agency_key = ?' : '';
  const params = agencyKey ? [agencyKey] : [];
  const rows = await db.all<{ state: string; n: number }>(`SELECT state, count(*) AS n FROM fr_reports ${where} GROUP BY state`, params);
  const extra = await db.get<{ overdue: number; flagged: number }>(
    `SELECT coalesce(sum(${OVERDUE_SQL}), 0) AS overdue, coalesce(sum(flags <> '[]' AND state = 'received'), 0) AS flagged FROM fr_reports ${where}`,
    [nowIso, ...params],
  );
  return { byState: Object.fromEntries(rows.map((r) => [r.state, r.n])), overdue: extra?.overdue ?? 0, flagged: extra?.flagged ?? 0 };
}

export async function mapPoints(db: Database, p: { states?: string[]; overdueOnly: boolean; from?: string; limit: number }, nowIso: string) {
  const parts = ['lat IS NOT NULL', 'lon IS NOT NULL'];
  const params: SqlValue[] = [];
  if (p.states?.length) {
    parts.push(`state IN (${p.states.map(() => '?').join(', ')})`);
    params.push(...p.states);
  }
  if (p.overdueOnly) {
    parts.push(OVERDUE_SQL);
    params.push(nowIso);
  }
  if (p.from) {
    parts.push('reported_at >= ?');
    params.push(p.from);
  }
  const rows = await db.all<Pick<ReportRow, 'id' | 'lat' | 'lon' | 'state' | 'due_at' | 'category' | 'commune_code'>>(
    `SELECT id, lat, lon, state, due_at, category, commune_code FROM fr_reports WHERE ${parts.join(' AND ')} ORDER BY reported_at DESC LIMIT ?`,
    [...params, p.limit + 1],
  );
  const truncated = rows.length > p.limit;
  const points = rows.slice(0, p.limit).map((r) => ({
    id: r.id,
    lat: r.lat!,
    lon: r.lon!,
    state: r.state,
    overdue: AGENCY_OPEN_STATES.includes(r.state) && r.due_at !== null && r.due_at < nowIso,
    category: r.category,
    communeCode: r.commune_code,
  }));
  return { points, truncated };
}
