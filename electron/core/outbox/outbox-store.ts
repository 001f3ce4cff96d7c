// Outbox rows: enqueue inside the caller's transaction; the sender reads what is due, marks delivery or failure.
import type { Database } from '../store/database.js';

export interface OutboxItemInput {
  /** Stable for one intended change: a retry of the same action must produce the same key. */
  idempotencyKey: string;
  /** Connector that delivers it, e.g. "open311". */
  target: string;
  /** What it is, e.g. "field-report.status". */
  kind: string;
  /** What it is about, e.g. the report id; items of one subject are delivered in order. */
  subject: string;
  payload: unknown;
}

export interface OutboxItem {
  id: number;
  idempotencyKey: string;
  target: string;
  kind: string;
  subject: string;
  payload: unknown;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
  upstreamAck: string | null;
  /** Set when the upstream refused the item for good; it waits for an operator's retry. */
  heldReason: string | null;
}

interface OutboxRow {
  id: number;
  idempotency_key: string;
  target: string;
  kind: string;
  subject: string;
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  delivered_at: string | null;
  upstream_ack: string | null;
  held_reason: string | null;
}

const toItem = (r: OutboxRow): OutboxItem => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  target: r.target,
  kind: r.kind,
  subject: r.subject,
  payload: JSON.parse(r.payload) as unknown,
  createdAt: r.created_at,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
  upstreamAck: r.upstream_ack,
  heldReason: r.held_reason,
});

/**
 * Call inside the transaction of the local change. An item whose key is already queued is not queued again
 * (a retried action stays one upstream change); returns whether a new item was written.
 */
export async function enqueueOutbox(tx: Database, item: OutboxItemInput, at: string): Promise<boolean> {
  const { changes } = await tx.run(
    `INSERT INTO outbox (idempotency_key, target, kind, subject, payload, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
    [item.idempotencyKey, item.target, item.kind, item.subject, JSON.stringify(item.payload), at, at],
  );
  return changes > 0;
}

/**
 * Undelivered items of `target` that are due at `now`, oldest first; an item whose subject has an older
 * undelivered item is held back so that changes to one subject reach the upstream in order. Items the
 * upstream refused for good (held) wait for an operator, and hold back their subject's later items.
 */
export async function dueOutboxItems(db: Database, target: string, now: string, limit = 100): Promise<OutboxItem[]> {
  const rows = await db.all<OutboxRow>(
    `SELECT o.* FROM outbox o
     WHERE o.target = ? AND o.delivered_at IS NULL AND o.held_reason IS NULL AND o.next_attempt_at <= ?
       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.target = o.target AND p.subject = o.subject
                       AND p.delivered_at IS NULL AND p.id < o.id)
     ORDER BY o.id LIMIT ?`,
    [target, now, limit],
  );
  return rows.map(toItem);
}

export async function markOutboxDelivered(db: Database, id: number, at: string, upstreamAck: string | null): Promise<void> {
  await db.run('UPDATE outbox SET delivered_at = ?, upstream_ack = ?, attempts = attempts + 1, last_error = NULL WHERE id = ? AND delivered_at IS NULL', [
    at,
    upstreamAck,
    id,
  ]);
}

export async function markOutboxFailed(db: Database, id: number, error: string, nextAttemptAt: string): Promise<void> {
  await db.run('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ? AND delivered_at IS NULL', [
    error,
    nextAttemptAt,
    id,
  ]);
}

/** The queue as the operator sees it: undelivered first, then the most recent deliveries. */
export async function listOutbox(db: Database, limit = 200): Promise<OutboxItem[]> {
  const rows = await db.all<OutboxRow>(
    `SELECT * FROM outbox ORDER BY delivered_at IS NOT NULL, CASE WHEN delivered_at IS NULL THEN id END, delivered_at DESC LIMIT ?`,
    [limit],
  );
  return rows.map(toItem);
}

/** The upstream refused the item for good (e.g. HTTP 422): it is kept, and waits for an operator's retry. */
export async function markOutboxHeld(db: Database, id: number, reason: string): Promise<void> {
  await db.run('UPDATE outbox SET attempts = attempts + 1, last_error = ?, held_reason = ? WHERE id = ? AND delivered_at IS NULL', [reason, reason, id]);
}

/** Makes an item (or every undelivered one) due at once, held or not; returns how many. */
export async function releaseOutbox(db: Database, id: number | undefined, now: string): Promise<number> {
  const { changes } = await db.run(
    `UPDATE outbox SET held_reason = NULL, next_attempt_at = ? WHERE delivered_at IS NULL ${id === undefined ? '' : 'AND id = ?'}`,
    id === undefined ? [now] : [now, id],
  );
  return changes;
}

export async function countPendingOutbox(db: Database, target?: string): Promise<number> {
  const row = target
    ? await db.get<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL AND target = ?', [target])
    : await db.get<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL');
  return row?.n ?? 0;
}
