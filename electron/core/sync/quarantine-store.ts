// Quarantined inbound records: kept with their source, raw payload and reason; re-processed or discarded
// by an operator, never deleted.
import { createHash } from 'node:crypto';
import type { QuarantineItem } from '../../../shared/contract/areas/sync-model.js';
import type { Database } from '../store/database.js';

export interface QuarantineInput {
  /** The record as received: JSON text, or the XML of a CAP alert. */
  raw: string;
  reason: string;
}

/**
 * Writes records to quarantine inside the caller's transaction (with the rest of their batch). A record already
 * waiting in quarantine (the same payload from the same source, sent again) is not added twice; returns how many were added.
 */
export async function quarantine(tx: Database, sourceId: string, stream: string, records: readonly QuarantineInput[], at: string): Promise<number> {
  if (records.length === 0) return 0;
  const unique = new Map<string, QuarantineInput & { hash: string }>();
  for (const r of records) {
    const hash = createHash('sha1').update(stream).update('\n').update(r.raw).digest('base64url');
    if (!unique.has(hash)) unique.set(hash, { ...r, hash });
  }
  const { changes } = await tx.run(
    `INSERT INTO quarantine (source_id, stream, raw, reason, received_at, raw_hash)
     SELECT ?1, ?2, json_extract(j.value, '$.raw'), json_extract(j.value, '$.reason'), ?3, json_extract(j.value, '$.hash') FROM json_each(?4) AS j
     WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.source_id = ?1 AND q.raw_hash = json_extract(j.value, '$.hash') AND q.status = 'pending')`,
    [sourceId, stream, at, JSON.stringify([...unique.values()])],
  );
  return changes;
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
