// Wrapped data keys (see data-keys.ts).
import type { Migration } from '../store/migrations.js';

export const secretsMigrations: readonly Migration[] = [
  {
    id: 'secrets-001-data-keys',
    sql: `CREATE TABLE data_keys (name TEXT PRIMARY KEY, wrapped BLOB NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;`,
  },
];
