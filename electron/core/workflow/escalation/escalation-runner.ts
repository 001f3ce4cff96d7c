// Walks the open reports near or past their deadline and records each stage of the ladder once per deadline
// (a re-forwarded report has a new deadline and climbs the ladder again). Notices are kept in the cache.
import type { EscalationPolicy } from '../../../../shared/catalog/field-report-categories.js';
import type { WorkflowNotice } from '../../../../shared/contract/areas/field-reports.js';
import { AGENCY_OPEN_STATES } from '../../../../shared/model/field-report-workflow.js';
import { formatLocal } from '../../../../shared/model/period-math.js';
import type { Database } from '../../store/database.js';
import { localDateOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { servingContacts } from '../directory/directory-store.js';
import { escalationStage, RECIPIENTS, type NoticeStage } from './escalation-ladder.js';

/** The reminder can come at most this long before a deadline (10 working days cannot span more). */
const HORIZON_MS = 31 * 86_400_000;

interface NoticeRow {
  id: number;
  report_id: number;
  stage: NoticeStage;
  due_at: string;
  agency_key: string | null;
  recipients: string;
  created_at: string;
  read_at: string | null;
  category: string | null;
  description: string;
}

export const toNotice = (r: NoticeRow): WorkflowNotice => ({
  id: r.id,
  reportId: r.report_id,
  stage: r.stage,
  dueAt: r.due_at,
  agencyKey: r.agency_key,
  recipients: JSON.parse(r.recipients) as WorkflowNotice['recipients'],
  createdAt: r.created_at,
  readAt: r.read_at,
  category: r.category,
  description: r.description.length > 200 ? `${r.description.slice(0, 199)}…` : r.description,
});

const NOTICE_SELECT = `SELECT n.*, r.category, r.description FROM fr_notices n JOIN fr_reports r ON r.id = n.report_id`;

export async function runEscalation(db: Database, calendar: WorkingCalendar, policy: EscalationPolicy, now: Date): Promise<WorkflowNotice[]> {
  const nowIso = formatLocal(now.getTime());
  const today = localDateOf(nowIso);
  const open = await db.all<{ id: number; due_at: string; agency_key: string | null }>(
    `SELECT id, due_at, agency_key FROM fr_reports WHERE state IN (${AGENCY_OPEN_STATES.map((s) => `'${s}'`).join(', ')}) AND due_at < ?`,
    [formatLocal(now.getTime() + HORIZON_MS)],
  );
  const created: number[] = [];
  const contacts = new Map<string, { role: 'leader' | 'focal'; name: string }[]>();
  for (const item of open) {
    const stage = escalationStage(item.due_at, nowIso, calendar, policy);
    if (!stage) continue;
    const exists = await db.get('SELECT 1 FROM fr_notices WHERE report_id = ? AND stage = ? AND due_at = ?', [item.id, stage, item.due_at]);
    if (exists) continue;
    if (item.agency_key && !contacts.has(item.agency_key)) contacts.set(item.agency_key, await servingContacts(db, item.agency_key, today));
    const serving = item.agency_key ? contacts.get(item.agency_key)! : [];
    const recipients = RECIPIENTS[stage].map((role) => ({ role, name: role === 'ioc-supervisors' ? null : (serving.find((c) => c.role === role)?.name ?? null) }));
    const { lastID, changes } = await db.run(
      `INSERT INTO fr_notices (report_id, stage, due_at, agency_key, recipients, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [item.id, stage, item.due_at, item.agency_key, JSON.stringify(recipients), nowIso],
    );
    if (changes) created.push(lastID);
  }
  if (!created.length) return [];
  const rows = await db.all<NoticeRow>(`${NOTICE_SELECT} WHERE n.id IN (${created.map(() => '?').join(', ')}) ORDER BY n.id`, created);
  return rows.map(toNotice);
}

export async function listNotices(db: Database, limit: number, unreadOnly: boolean): Promise<{ items: WorkflowNotice[]; unread: number }> {
  const rows = await db.all<NoticeRow>(`${NOTICE_SELECT} ${unreadOnly ? 'WHERE n.read_at IS NULL' : ''} ORDER BY n.id DESC LIMIT ?`, [limit]);
  const unread = await db.get<{ n: number }>('SELECT count(*) AS n FROM fr_notices WHERE read_at IS NULL');
  return { items: rows.map(toNotice), unread: unread?.n ?? 0 };
}

export async function markNoticesRead(db: Database, ids: number[], at: string): Promise<number> {
  if (!ids.length) return 0;
  const { changes } = await db.run(`UPDATE fr_notices SET read_at = ? WHERE read_at IS NULL AND id IN (${ids.map(() => '?').join(', ')})`, [at, ...ids]);
  return changes;
}
