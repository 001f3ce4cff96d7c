// Quarantined inbound records: kept with their source, raw payload and reason; re-processed or discarded
// by an operator, never deleted.
import type { QuarantineItem } from '../../../shared/contract/areas/sync-model.js';
import type { Database } from '../store/database.js';

export interface QuarantineInput {
  /** The record as received: JSON text, or the XML of a CAP alert. */
  raw: string;
  reason: string;
}

/** Writes records to quarantine inside the caller's transaction (with the rest of their batch). */
export async function quarantine(tx: Database, sourceId: string, stream: string, records: readonly QuarantineInput[], at: string) {
  if (records.length === 0) return;
  await tx.run(
    `INSERT INTO quarantine (source_id, stream, raw, reason, received_at)
     SELECT ?1, ?2, json_extract(j.value, '$.raw'), json_extract(j.value, '$.reason'), ?3 FROM json_each(?4) AS j`,
    [sourceId, stream, at, JSON.stringify(records)],
  );
}

/** JSON text of a record as received; `undefined` (an absent array slot) is kept as the word. */
export const rawJson = (value: unknown) => JSON.stringify(value) ?? 'undefined';

interface Row {
  id: number;
  source_id: string;
  stream: string;
  raw: string;
  reason: string;
  received_at: string;
  status: QuarantineItem['status'];
  resolved_at: string | null;
}

const toItem = (r: Row): QuarantineItem => ({
  id: r.id,
  sourceId: r.source_id,
  stream: r.stream,
  raw: r.raw,
  reason: r.reason,
  receivedAt: r.received_at,
  status: r.status,
  resolvedAt: r.resolved_at,
});

export async function listQuarantine(db: Database, q: { sourceId?: string; status: QuarantineItem['status']; limit: number; offset: number }) {
  const where = q.sourceId ? 'status = ? AND source_id = ?' : 'status = ?';
  const params = q.sourceId ? [q.status, q.sourceId] : [q.status];
  const rows = await db.all<Row>(`SELECT * FROM quarantine WHERE ${where} ORDER BY id DESC LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
  const total = await db.get<{ n: number }>(`SELECT count(*) AS n FROM quarantine WHERE ${where}`, params);
  return { items: rows.map(toItem), total: total?.n ?? 0 };
}

export async function readQuarantined(db: Database, id: number): Promise<QuarantineItem | undefined> {
  const row = await db.get<Row>('SELECT * FROM quarantine WHERE id = ?', [id]);
  return row ? toItem(row) : undefined;
}

export async function countPendingQuarantine(db: Database, sourceId?: string): Promise<number> {
  const row = sourceId
    ? await db.get<{ n: number }>("SELECT count(*) AS n FROM quarantine WHERE status = 'pending' AND source_id = ?", [sourceId])
    : await db.get<{ n: number }>("SELECT count(*) AS n FROM quarantine WHERE status = 'pending'");
  return row?.n ?? 0;
}

/** Marks a pending record resolved; the payload as received stays as it was, for the record. */
export async function resolveQuarantined(tx: Database, id: number, status: 'reprocessed' | 'discarded', at: string) {
  const { changes } = await tx.run(`UPDATE quarantine SET status = ?, resolved_at = ? WHERE id = ? AND status = 'pending'`, [status, at, id]);
  return changes > 0;
}

/** A re-read that failed again: the new reason replaces the old. */
export async function updateQuarantineReason(tx: Database, id: number, reason: string) {
  await tx.run('UPDATE quarantine SET reason = ? WHERE id = ?', [reason, id]);
}
