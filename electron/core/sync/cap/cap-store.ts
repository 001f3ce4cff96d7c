// Stored CAP alerts: one row per (sender, identifier), idempotent; updates and cancels mark the alerts they
// reference, whichever arrives first; the state (active, expired …) is worked out at read time.
import type { Alert } from '../../../../shared/contract/areas/alerts.js';
import type { Database } from '../../store/database.js';
import type { ParsedAlert } from './cap-parse.js';

interface Row {
  body: string;
  source_id: string;
  cancelled: number;
  superseded_by: string | null;
  received_at: string;
}

/** Stores an alert (once) and applies it to the alerts it references; returns whether it was new. */
export async function storeAlert(tx: Database, sourceId: string, alert: ParsedAlert, at: string): Promise<boolean> {
  const { changes } = await tx.run(
    `INSERT INTO alerts (sender, identifier, source_id, sent, msg_type, effective, expires, body, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sender, identifier) DO NOTHING`,
    [alert.sender, alert.id, sourceId, alert.sent, alert.msgType, alert.effective, alert.expires, JSON.stringify(alert), at],
  );
  if (changes === 0) return false;
  if (alert.msgType === 'Update' || alert.msgType === 'Cancel') {
    const column = alert.msgType === 'Cancel' ? 'cancelled = 1, superseded_by = ?' : 'superseded_by = ?';
    await tx.run(`UPDATE alerts SET ${column} WHERE sender = ? AND identifier IN (SELECT value FROM json_each(?)) AND sent <= ?`, [
      alert.id,
      alert.sender,
      JSON.stringify(alert.references),
      alert.sent,
    ]);
  }
  // Arrived after its own update or cancel (out of order): it is replaced from the start.
  const later = await tx.all<{ identifier: string; msg_type: string }>(
    `SELECT identifier, msg_type FROM alerts WHERE sender = ? AND msg_type IN ('Update', 'Cancel') AND sent >= ?
       AND EXISTS (SELECT 1 FROM json_each(json_extract(body, '$.references')) WHERE value = ?) ORDER BY sent LIMIT 1`,
    [alert.sender, alert.sent, alert.id],
  );
  if (later[0]) {
    await tx.run('UPDATE alerts SET superseded_by = ?, cancelled = ? WHERE sender = ? AND identifier = ?', [
      later[0].identifier,
      later[0].msg_type === 'Cancel' ? 1 : 0,
      alert.sender,
      alert.id,
    ]);
  }
  return true;
}

function stateOf(alert: ParsedAlert, row: Row, nowMs: number): Alert['state'] {
  if (row.cancelled || alert.msgType === 'Cancel') return 'cancelled';
  if (row.superseded_by) return 'superseded';
  if (alert.expires && Date.parse(alert.expires) <= nowMs) return 'expired';
  if (alert.msgType !== 'Alert' && alert.msgType !== 'Update') return 'expired';
  if (alert.effective && Date.parse(alert.effective) > nowMs) return 'upcoming';
  return 'active';
}

export async function listAlerts(db: Database, now: Date, o: { includeInactive: boolean; kind?: Alert['kind']; limit: number }): Promise<Alert[]> {
  const rows = await db.all<Row>(`SELECT body, source_id, cancelled, superseded_by, received_at FROM alerts ORDER BY sent DESC LIMIT ?`, [o.includeInactive ? o.limit : 5000]);
  const nowMs = now.getTime();
  const alerts: Alert[] = [];
  for (const row of rows) {
    const parsed = JSON.parse(row.body) as ParsedAlert;
    const state = stateOf(parsed, row, nowMs);
    if (!o.includeInactive && state !== 'active' && state !== 'upcoming') continue;
    if (parsed.status !== 'Actual' && !o.includeInactive) continue;
    if (o.kind && parsed.kind !== o.kind) continue;
    alerts.push({ ...parsed, sourceId: row.source_id, state, supersededBy: row.superseded_by, receivedAt: row.received_at });
    if (alerts.length >= o.limit) break;
  }
  return alerts;
}

export async function newestAlertTime(db: Database): Promise<string | null> {
  const row = await db.get<{ t: string | null }>('SELECT max(received_at) AS t FROM alerts');
  return row?.t ?? null;
}
