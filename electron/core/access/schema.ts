// Accounts, wall devices and the audit log. The audit log refuses UPDATE and DELETE at the database level; its
// hash chain (audit-log.ts) shows any change made around those triggers.
import type { Migration } from '../store/migrations.js';

export const accessMigrations: readonly Migration[] = [
  {
    id: 'access-001-accounts-devices-audit',
    sql: `
  CREATE TABLE accounts (
    account_id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    agency_id TEXT,
    unit_id TEXT,
    sso_subject TEXT UNIQUE,
    password_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    enrol_code_hash TEXT,
    enrol_expires_at TEXT,
    credential_hash TEXT UNIQUE,
    revoked_at TEXT,
    created_at TEXT NOT NULL,
    last_seen TEXT
  );
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT,
    actor_name TEXT,
    action TEXT NOT NULL,
    target TEXT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE INDEX audit_log_by_action ON audit_log (action, seq);
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
  },
];
