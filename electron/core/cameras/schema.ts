// Camera grants (Art. 7.2) and the cached camera registry from the police camera gateway.
import type { Migration } from '../store/migrations.js';

export const cameraMigrations: readonly Migration[] = [
  {
    id: 'cameras-001-grants-registry',
    sql: `
  CREATE TABLE camera_grants (
    grant_id TEXT PRIMARY KEY,
    grantee_unit_id TEXT NOT NULL,
    grantor_unit_id TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    scope TEXT NOT NULL,
    purpose TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    parent_grant_id TEXT REFERENCES camera_grants (grant_id),
    revoked_at TEXT,
    revoked_by TEXT,
    revoke_reason TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX camera_grants_by_grantee ON camera_grants (grantee_unit_id);
  CREATE TABLE camera_registry (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    fetched_at TEXT NOT NULL
  );
  `,
  },
];
