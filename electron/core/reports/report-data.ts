// The figures of a period report, gathered once from the same scorecard queries the console shows, so the
// XLSX, the PDF and the screen agree: summary, per-agency table, per-category table, overdue list, satisfaction.
import type { ScoreRow } from '../../../shared/contract/areas/field-reports.js';
import { AGENCY_OPEN_STATES, SATISFACTION_LEVELS, type SatisfactionLevel } from '../../../shared/model/field-report-workflow.js';
import { formatLocal } from '../../../shared/model/period-math.js';
import type { Database } from '../store/database.js';
import type { WorkingCalendar } from '../workflow/calendar/working-calendar.js';
import { emptySums, provinceScore, scorecards, scorePeriod, toScoreRow } from '../workflow/scorecards/scorecards.js';
import type { PeriodBounds } from './report-period.js';

export interface NamedRow extends ScoreRow {
  name: string;
}

export interface OverdueItem {
  id: number;
  externalId: string;
  category: string;
  agency: string;
  commune: string;
  reportedAt: string;
  dueAt: string;
  workingDaysLate: number;
}

export interface ReportData {
  title: string;
  scopeName: string;
  periodLabel: string;
  from: string;
  to: string;
  asOf: string;
  generatedAt: string;
  total: ScoreRow;
  agencies: NamedRow[];
  categories: NamedRow[];
  overdue: OverdueItem[];
  satisfaction: { level: SatisfactionLevel; label: string; count: number }[];
}

export const SATISFACTION_LABELS: Record<SatisfactionLevel, string> = {
  'rat-hai-long': 'Rất hài lòng',
  'hai-long': 'Hài lòng',
  'chap-nhan': 'Chấp nhận được',
  'khong-hai-long': 'Không hài lòng',
};

export interface ReportSources {
  db: Database;
  now: Date;
  calendar: WorkingCalendar;
  categoryName: (key: string) => string;
}

export async function gatherReportData(src: ReportSources, bounds: PeriodBounds, agencyKey: string | null, onStep: (stage: string) => void): Promise<ReportData> {
  const { db } = src;
  const period = scorePeriod(bounds.from, bounds.to, src.now);
  const names = new Map((await db.all<{ key: string; name_vi: string }>('SELECT key, name_vi FROM fr_agencies')).map((a) => [a.key, a.name_vi]));
  const communes = new Map((await db.all<{ key: string; commune_code: string; name_vi: string }>(`SELECT key, commune_code, name_vi FROM fr_agencies WHERE commune_code IS NOT NULL`)).map((a) => [a.commune_code, a.name_vi.replace(/^UBND /, '')]));
  onStep('summary');
  const agencyRows = agencyKey ? await scorecards(db, 'agency', period, agencyKey) : await scorecards(db, 'agency', period);
  const total = agencyKey ? (agencyRows[0] ?? toScoreRow(emptySums(agencyKey))) : await provinceScore(db, period);
  onStep('agencies');
  const categories = (await scorecards(db, 'category', period, undefined, agencyKey ?? undefined)).map((r) => ({ ...r, name: r.key ? src.categoryName(r.key) : 'Chưa phân loại' }));
  onStep('categories');
  // Open past the deadline at asOf: open now (forwarded before asOf), or resolved only after asOf; two index ranges.
  const open = AGENCY_OPEN_STATES.map((s) => `'${s}'`).join(', ');
  const agencyFilter = agencyKey ? 'AND agency_key = ?' : '';
  const columns = 'id, external_id, category, agency_key, commune_code, reported_at, due_at';
  const overdueRows = await db.all<{ id: number; external_id: string; category: string | null; agency_key: string; commune_code: string | null; reported_at: string; due_at: string }>(
    `SELECT ${columns} FROM fr_reports WHERE state IN (${open}) AND forwarded_at < ? AND due_at < ? ${agencyFilter}
     UNION ALL
     SELECT ${columns} FROM fr_reports INDEXED BY fr_reports_resolved_cov WHERE resolved_at >= ? AND forwarded_at < ? AND due_at < ? ${agencyFilter}
     ORDER BY due_at LIMIT 5000`,
    [period.asOf, period.asOf, ...(agencyKey ? [agencyKey] : []), period.asOf, period.asOf, period.asOf, ...(agencyKey ? [agencyKey] : [])],
  );
  const overdue = overdueRows.map((r) => ({
    id: r.id,
    externalId: r.external_id,
    category: r.category ? src.categoryName(r.category) : 'Chưa phân loại',
    agency: names.get(r.agency_key) ?? r.agency_key,
    commune: r.commune_code ? (communes.get(r.commune_code) ?? r.commune_code) : '—',
    reportedAt: r.reported_at,
    dueAt: r.due_at,
    workingDaysLate: src.calendar.workingDaysPast(r.due_at, period.asOf),
  }));
  onStep('overdue');
  const ratings = await db.all<{ satisfaction: SatisfactionLevel; n: number }>(
    `SELECT satisfaction, count(*) AS n FROM fr_reports WHERE rated_at >= ? AND rated_at < ? ${agencyKey ? 'AND agency_key = ?' : ''} GROUP BY satisfaction`,
    [period.from, period.to, ...(agencyKey ? [agencyKey] : [])],
  );
  const scopeName = agencyKey ? (names.get(agencyKey) ?? agencyKey) : 'Toàn tỉnh Đắk Lắk';
  return {
    title: 'BÁO CÁO KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH HIỆN TRƯỜNG',
    scopeName,
    periodLabel: bounds.label,
    ...period,
    generatedAt: formatLocal(src.now.getTime()),
    total,
    agencies: agencyRows.map((r) => ({ ...r, name: names.get(r.key) ?? r.key })),
    categories,
    overdue,
    satisfaction: SATISFACTION_LEVELS.map((level) => ({ level, label: SATISFACTION_LABELS[level], count: ratings.find((r) => r.satisfaction === level)?.n ?? 0 })),
  };
}
