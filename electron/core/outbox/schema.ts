// The outbox: every change the console sends upstream is written here in the same transaction as the local
// change, then delivered (with its idempotency key) until the upstream acknowledges it.
import type { Migration } from '../store/migrations.js';

export const outboxMigrations: readonly Migration[] = [
  {
    id: 'outbox-001-items',
    sql: `
    CREATE TABLE outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      idempotency_key TEXT NOT NULL UNIQUE,
      target TEXT NOT NULL,
      kind TEXT NOT NULL,
      subject TEXT NOT NULL,
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT NOT NULL,
      last_error TEXT,
      delivered_at TEXT,
      upstream_ack TEXT
    );
    CREATE INDEX outbox_pending ON outbox (target, delivered_at, next_attempt_at);
    `,
  },
  {
    id: 'outbox-002-held',
    sql: `ALTER TABLE outbox ADD COLUMN held_reason TEXT;`,
  },
];
