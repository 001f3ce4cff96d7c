// Tables of the sync area beyond the core ones: quarantine resolution, Open311 request versions, CAP alerts.
import type { Migration } from '../store/migrations.js';

export const syncMigrations: readonly Migration[] = [
  {
    id: 'sync-001-quarantine-resolution',
    sql: `
    ALTER TABLE quarantine ADD COLUMN status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'reprocessed', 'discarded'));
    ALTER TABLE quarantine ADD COLUMN resolved_at TEXT;
    CREATE INDEX quarantine_by_source ON quarantine (source_id, status, id);
    `,
  },
  {
    id: 'sync-002-open311-requests',
    sql: `
    CREATE TABLE open311_requests (
      source_id TEXT NOT NULL,
      external_id TEXT NOT NULL,
      status TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      service_code TEXT NOT NULL,
      stored_at TEXT NOT NULL,
      PRIMARY KEY (source_id, external_id)
    ) WITHOUT ROWID;
    CREATE INDEX open311_open ON open311_requests (source_id, status);
    `,
  },
  {
    id: 'sync-003-alerts',
    sql: `
    CREATE TABLE alerts (
      sender TEXT NOT NULL,
      identifier TEXT NOT NULL,
      source_id TEXT NOT NULL,
      sent TEXT NOT NULL,
      msg_type TEXT NOT NULL,
      effective TEXT,
      expires TEXT,
      cancelled INTEGER NOT NULL DEFAULT 0,
      superseded_by TEXT,
      body TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (sender, identifier)
    ) WITHOUT ROWID;
    CREATE INDEX alerts_by_sent ON alerts (sent);
    `,
  },
  {
    id: 'sync-004-quarantine-hash',
    sql: `
    ALTER TABLE quarantine ADD COLUMN raw_hash TEXT;
    CREATE INDEX quarantine_by_hash ON quarantine (source_id, raw_hash);
    `,
  },
];
