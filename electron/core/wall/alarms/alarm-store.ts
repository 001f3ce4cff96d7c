// Alarm rows: one per episode (raised → cleared), acknowledged once, with who and when. An open alarm's key is
// unique, so a source that reports the same condition again does not raise it twice.
import type { LocalizedText } from '../../../../shared/catalog/schema.js';
import type { Alarm } from '../../../../shared/contract/areas/wall.js';
import type { Database } from '../../store/database.js';

/** What a source says is wrong now; `key` names the condition (e.g. "kpi:health.bed-occupancy"). */
export interface AlarmCandidate {
  source: string;
  key: string;
  severity: Alarm['severity'];
  title: LocalizedText;
  detail: LocalizedText | null;
  kpiId: string | null;
  value: number | null;
}

interface AlarmRow {
  id: number;
  source: string;
  key: string;
  severity: Alarm['severity'];
  title: string;
  detail: string | null;
  kpi_id: string | null;
  value: number | null;
  raised_at: string;
  cleared_at: string | null;
  acked_at: string | null;
  acked_by: string | null;
}

function toAlarm(r: AlarmRow): Alarm {
  return {
    id: r.id,
    source: r.source,
    key: r.key,
    severity: r.severity,
    title: JSON.parse(r.title) as LocalizedText,
    detail: r.detail === null ? null : (JSON.parse(r.detail) as LocalizedText),
    kpiId: r.kpi_id,
    value: r.value,
    raisedAt: r.raised_at,
    clearedAt: r.cleared_at,
    acknowledged: r.acked_at === null ? null : { by: r.acked_by ?? '', at: r.acked_at },
  };
}

export async function openAlarms(db: Database, source: string): Promise<Alarm[]> {
  return (await db.all<AlarmRow>('SELECT * FROM wall_alarms WHERE source = ? AND cleared_at IS NULL', [source])).map(toAlarm);
}

/** What the walls show: unacknowledged alarms, and acknowledged ones still active. */
export async function visibleAlarms(db: Database): Promise<Alarm[]> {
  const rows = await db.all<AlarmRow>('SELECT * FROM wall_alarms WHERE acked_at IS NULL OR cleared_at IS NULL ORDER BY id DESC LIMIT 200');
  return rows.map(toAlarm);
}

export async function recentAlarms(db: Database, limit = 200): Promise<Alarm[]> {
  return (await db.all<AlarmRow>('SELECT * FROM wall_alarms ORDER BY id DESC LIMIT ?', [limit])).map(toAlarm);
}

export async function getAlarm(db: Database, id: number): Promise<Alarm | undefined> {
  const row = await db.get<AlarmRow>('SELECT * FROM wall_alarms WHERE id = ?', [id]);
  return row && toAlarm(row);
}

export async function raiseAlarm(db: Database, c: AlarmCandidate, at: string): Promise<boolean> {
  const { changes } = await db.run(
    `INSERT OR IGNORE INTO wall_alarms (source, key, severity, title, detail, kpi_id, value, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.source, c.key, c.severity, JSON.stringify(c.title), c.detail === null ? null : JSON.stringify(c.detail), c.kpiId, c.value, at],
  );
  return changes > 0;
}

export async function clearAlarm(db: Database, id: number, at: string): Promise<void> {
  await db.run('UPDATE wall_alarms SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL', [at, id]);
}

export async function updateAlarmValue(db: Database, id: number, value: number | null): Promise<void> {
  await db.run('UPDATE wall_alarms SET value = ? WHERE id = ?', [value, id]);
}

/** The first acknowledgement counts; acknowledging again changes nothing. */
export async function ackAlarm(db: Database, id: number, by: string, connectionId: string, at: string): Promise<boolean> {
  const { changes } = await db.run('UPDATE wall_alarms SET acked_at = ?, acked_by = ?, acked_connection = ? WHERE id = ? AND acked_at IS NULL', [
    at,
    by,
    connectionId,
    id,
  ]);
  return changes > 0;
}

export interface AlarmPlan {
  raise: AlarmCandidate[];
  clear: number[];
  revalue: { id: number; value: number | null }[];
}

/** What to change so that the open alarms of one source match what it reports now. */
export function planAlarms(open: readonly Alarm[], candidates: readonly AlarmCandidate[]): AlarmPlan {
  const openByKey = new Map(open.map((a) => [a.key, a]));
  const wanted = new Map(candidates.map((c) => [c.key, c]));
  const plan: AlarmPlan = { raise: [], clear: [], revalue: [] };
  for (const c of wanted.values()) {
    const existing = openByKey.get(c.key);
    if (!existing) plan.raise.push(c);
    else if (existing.value !== c.value) plan.revalue.push({ id: existing.id, value: c.value });
  }
  for (const a of open) if (!wanted.has(a.key)) plan.clear.push(a.id);
  return plan;
}
