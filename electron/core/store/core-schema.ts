// The cache's first tables: KPI observations, sync cursors and source status, quarantine, geography.
import type { Migration } from './migrations.js';

export const coreMigrations: readonly Migration[] = [
  {
    id: 'core-001-observations-sync-geo',
    sql: `
  CREATE TABLE observations (
    kpi_id TEXT NOT NULL,
    dim TEXT NOT NULL,
    member TEXT NOT NULL,
    period_start TEXT NOT NULL,
    value REAL NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    PRIMARY KEY (kpi_id, dim, member, period_start)
  ) WITHOUT ROWID;
  CREATE INDEX observations_by_period ON observations (kpi_id, dim, period_start);
  CREATE TABLE sync_cursors (
    source_id TEXT NOT NULL,
    stream TEXT NOT NULL,
    cursor TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source_id, stream)
  ) WITHOUT ROWID;
  CREATE TABLE source_status (
    source_id TEXT PRIMARY KEY,
    last_attempt TEXT,
    last_success TEXT,
    last_error TEXT,
    received INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id TEXT NOT NULL,
    stream TEXT NOT NULL,
    raw TEXT NOT NULL,
    reason TEXT NOT NULL,
    received_at TEXT NOT NULL
  );
  CREATE TABLE geo_documents (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    source_id TEXT NOT NULL,
    fetched_at TEXT NOT NULL
  );
  `,
  },
];
